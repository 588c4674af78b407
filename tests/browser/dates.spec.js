// My dates: one date in, every deadline out, in working days, in the reader's language, and
// into the phone's calendar.
import { test, expect, appReady, expectNoAxeViolations, chooseLanguage } from './fixtures.js';
import { readFileSync } from 'node:fs';

test('a conference on 18 December 2026 puts the first core group by 6 January 2027', async ({ page }) => {
  await page.goto('/dates/');
  await appReady(page);
  await expect(page.locator('main')).toContainText('Enter the date of the first conference');
  await page.getByLabel('Date of the first child protection conference').fill('2026-12-18');
  const coreGroup = page.locator('li.timeline__item', { hasText: 'First core group meeting' });
  await expect(coreGroup.locator('time')).toHaveAttribute('datetime', '2027-01-06');
  await expect(coreGroup.locator('time')).toHaveText('By Wednesday 6 January 2027');
  await expect(page.locator('li.timeline__item', { hasText: 'First child protection conference' }).locator('time')).toHaveText('On Friday 18 December 2026');
  await expect(page.locator('li.timeline__item', { hasText: 'First review conference' }).locator('time')).toHaveAttribute('datetime', '2027-03-18');
  await expect(page.locator('main')).toContainText('The council sets the real dates');
  await expect(page.locator('li.timeline__today')).toHaveCount(1);
  await expect(page.locator('li.timeline__item--next')).toHaveCount(1);
  const datetimes = await page.locator('li.timeline__item time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
  expect([...datetimes].sort()).toEqual(datetimes);
  await expectNoAxeViolations(page, '/dates/ with a timeline');

  await page.reload();
  await appReady(page);
  await expect(page.getByLabel('Date of the first child protection conference')).toHaveValue('2026-12-18');
  await expect(coreGroup.locator('time')).toHaveAttribute('datetime', '2027-01-06');
});

test('dates are written in Welsh for a Welsh reader', async ({ page }) => {
  await page.goto('/dates/');
  await appReady(page);
  await page.getByLabel('Date of the first child protection conference').fill('2026-12-18');
  await chooseLanguage(page, 'Cymraeg');
  const coreGroup = page.locator('li.timeline__item', { hasText: 'Cyfarfod cyntaf y grŵp craidd' });
  await expect(coreGroup.locator('time')).toHaveText('Erbyn Dydd Mercher, 6 Ionawr 2027');
  await expect(coreGroup.locator('time')).toHaveAttribute('datetime', '2027-01-06');
});

test('Wales asks for the date the enquiries started and adds the assessment deadline', async ({ page }) => {
  await page.goto('/dates/');
  await appReady(page);
  await expect(page.getByLabel(/the enquiries started/)).toHaveCount(0);
  await page.goto('/settings/');
  await appReady(page);
  await page.getByRole('radio', { name: 'Wales' }).check();
  await page.goto('/dates/');
  await appReady(page);
  await page.getByLabel('Date of the first child protection conference').fill('2026-12-18');
  await page.getByLabel(/the enquiries started/).fill('2026-11-02');
  await expect(page.locator('li.timeline__item', { hasText: 'assessment should be finished' })).toHaveCount(1);
  await page.getByLabel('Date of the most recent core group meeting').fill('2027-01-05');
  await expect(page.locator('li.timeline__item', { hasText: 'at least every 6 weeks' }).locator('time')).toHaveAttribute('datetime', '2027-02-16');
});

test('Add to my calendar downloads an .ics file with every date', async ({ page }) => {
  await page.goto('/dates/');
  await appReady(page);
  await page.getByLabel('Date of the first child protection conference').fill('2026-12-18');
  const count = await page.locator('li.timeline__item').count();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Add these dates to my calendar' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^dates-\d{4}-\d{2}-\d{2}\.ics$/);
  const text = readFileSync(await download.path(), 'utf8');
  expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(count);
  expect(text).toContain('DTSTART;VALUE=DATE:20270106\r\n');
  // Plain titles unless the parent asks for the full wording (files.spec.js).
  expect(text).toContain('SUMMARY:Meeting\r\n');
});
