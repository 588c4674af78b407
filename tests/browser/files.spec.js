// Files that leave the app do not give it away: neutral names and titles, a kept copy locked
// with the passcode, plain calendar entries, and a word on where each file went.
import { test, expect, appReady, stored, addChecklistItem, setPasscode as setPasscodeTo, expectNoAxeViolations, followMenuLink } from './fixtures.js';
import { readFileSync } from 'node:fs';

const PASSCODE = '482915';
const setPasscode = (page) => setPasscodeTo(page, PASSCODE);
/** Words a file's name, a saved PDF's name or a synced calendar must not show. */
const REVEALING = /child|protection|conference|social|council|complaint|guide/i;




/** Opens a page of notes afresh, which asks for the passcode first. */
async function openUnlocked(page, path) {
  await page.goto(path);
  await appReady(page);
  await page.getByLabel('Passcode', { exact: true }).fill(PASSCODE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByLabel('Passcode', { exact: true })).toHaveCount(0, { timeout: 20_000 });
}

/** A calendar file's lines as written before folding at 75 octets (RFC 5545 3.1). */
const unfolded = (ics) => ics.replace(/\r\n[ \t]/g, '');

/** Clicks `button` and returns the file it downloads: its name and text. */
async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8'), buffer: readFileSync(await file.path()) };
}

async function expectToldWhereItWent(page) {
  await expect(page.getByRole('status').filter({ hasText: "The file is in your phone's Downloads" })).toContainText('You can delete the file there.');
}

test('with a passcode, the kept copy is locked: neutral name, no note readable, and it comes back only with its passcode', async ({ page }) => {
  // Argon2id runs several times here (set, unlock, seal, open), each slow on purpose.
  test.slow();
  await page.goto('/checklist/');
  await appReady(page);
  await addChecklistItem(page, 'Xylophone appointment on Tuesday');
  await setPasscode(page);
  await openUnlocked(page, '/keep-a-copy/');

  await expect(page.locator('main')).toContainText('The file will be locked with your passcode.');
  await expectNoAxeViolations(page, '/keep-a-copy/ with a passcode');
  // A wrong passcode makes no file.
  await page.getByLabel('Your passcode').fill('000000');
  await page.getByRole('button', { name: 'Download my notes' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'That passcode is not right.' })).toBeVisible({ timeout: 20_000 });

  await page.getByLabel('Your passcode').fill(PASSCODE);
  const sealed = await download(page, page.getByRole('button', { name: 'Download my notes' }));
  expect(sealed.name).toMatch(/^notes-\d{4}-\d{2}-\d{2}\.json$/);
  expect(sealed.text).not.toContain('Xylophone');
  expect(sealed.text).not.toContain('cp-guide');
  expect(JSON.parse(sealed.text)).toMatchObject({ format: 'cpv1-copy', cipher: 'aes-256-gcm', kdf: { algorithm: 'argon2id' } });
  await expectToldWhereItWent(page);

  // On a phone with no passcode and other notes, the file asks for its own passcode.
  await page.goto('/settings/');
  await appReady(page);
  await page.getByRole('button', { name: 'Delete all my data' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Deleted from this phone' })).toBeVisible();
  await page.goto('/checklist/');
  await appReady(page);
  await addChecklistItem(page, 'Written on the new phone');
  const before = await stored(page);

  await page.goto('/keep-a-copy/');
  await appReady(page);
  await page.setInputFiles('#import-file', { name: sealed.name, mimeType: 'application/json', buffer: sealed.buffer });
  await expect(page.locator('main')).toContainText('This file is locked with a passcode.');
  await expect(page.locator('.import-preview')).toHaveCount(0);
  await expectNoAxeViolations(page, '/keep-a-copy/ asking for a file\'s passcode');
  await page.getByLabel('Passcode for this file').fill('123456');
  await page.getByRole('button', { name: 'Open the file' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'This passcode does not open the file.' })).toBeVisible({ timeout: 20_000 });
  expect(await stored(page)).toEqual(before);

  await page.getByLabel('Passcode for this file').fill(PASSCODE);
  await page.getByRole('button', { name: 'Open the file' }).click();
  await expect(page.locator('.import-preview')).toContainText('1 thing to do', { timeout: 20_000 });
  expect(await stored(page)).toEqual(before);
  await page.getByRole('button', { name: 'Add to my notes' }).click();
  await page.goto('/checklist/');
  await appReady(page);
  await expect(page.locator('.checklist-item', { hasText: 'Xylophone appointment on Tuesday' })).toHaveCount(1);
  await expect(page.locator('.checklist-item', { hasText: 'Written on the new phone' })).toHaveCount(1);
});

test('a changed locked copy is refused and nothing on the phone changes', async ({ page }) => {
  test.slow();
  await page.goto('/checklist/');
  await appReady(page);
  await addChecklistItem(page, 'Quince jam');
  await setPasscode(page);
  await openUnlocked(page, '/keep-a-copy/');
  await page.getByLabel('Your passcode').fill(PASSCODE);
  const sealed = await download(page, page.getByRole('button', { name: 'Download my notes' }));
  const file = JSON.parse(sealed.text);
  // One character of the sealed text changed.
  const at = file.sealed.length - 10;
  file.sealed = file.sealed.slice(0, at) + (file.sealed[at] === 'A' ? 'B' : 'A') + file.sealed.slice(at + 1);
  const before = await stored(page);
  await page.setInputFiles('#import-file', { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await page.getByLabel('Passcode for this file').fill(PASSCODE);
  await page.getByRole('button', { name: 'Open the file' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'If it is right, the file may be damaged.' })).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('.import-preview')).toHaveCount(0);
  expect(await stored(page)).toEqual(before);
});

test('with a passcode, an unprotected copy is a plain choice that says what it means', async ({ page }) => {
  test.slow();
  await page.goto('/checklist/');
  await appReady(page);
  await addChecklistItem(page, 'Zeppelin museum');
  await setPasscode(page);
  await openUnlocked(page, '/keep-a-copy/');
  await expect(page.locator('main')).toContainText('Anyone who opens the file can read everything in it');
  const plain = await download(page, page.getByRole('button', { name: 'Keep an unprotected copy' }));
  expect(plain.name).toMatch(/^notes-\d{4}-\d{2}-\d{2}\.json$/);
  expect(plain.text).toContain('Zeppelin museum');
  await expectToldWhereItWent(page);
});

test('a letter downloads under a neutral name, and the pages that print to PDF have neutral titles', async ({ page }) => {
  await page.goto('/letters/');
  await appReady(page);
  await expect(page).toHaveTitle('Letters');
  await page.getByRole('button', { name: 'Complain about the conference', exact: true }).click();
  await page.getByLabel('Your name').fill('Jo Bloggs');
  await expect(page.locator('.letter-sheet')).toContainText('Jo Bloggs');
  const letter = await download(page, page.getByRole('button', { name: 'Download the letter' }));
  expect(letter.name).toMatch(/^letter-\d{4}-\d{2}-\d{2}\.txt$/);
  expect(letter.text).toContain('Jo Bloggs');
  await expectToldWhereItWent(page);

  await page.goto('/print/');
  await appReady(page);
  await expect(page).toHaveTitle('Notes');
  // The same in another language, and after moving within the app.
  await page.goto('/print/?lang=cy');
  await appReady(page);
  await expect(page).toHaveTitle('Nodiadau');
  await followMenuLink(page, 'Gosodiadau');
  await expect(page).toHaveTitle(/Gosodiadau – /);
  await page.goBack();
  await expect(page).toHaveTitle('Nodiadau');
});

test('the calendar file: plain titles by default, the full wording by choice, never the guide\'s name', async ({ page }) => {
  await page.goto('/dates/');
  await appReady(page);
  await page.getByLabel('Date of the first child protection conference').fill('2026-12-18');
  const button = page.getByRole('button', { name: 'Add these dates to my calendar' });
  // Said before the parent downloads.
  await expect(page.locator('main')).toContainText('Calendars often copy their dates to your other devices');
  await expect(page.locator('main')).toContainText('show alerts on the lock screen');
  await expectNoAxeViolations(page, '/dates/ with the calendar choice');

  const plain = await download(page, button);
  expect(plain.name).toMatch(/^dates-\d{4}-\d{2}-\d{2}\.ics$/);
  expect(unfolded(plain.text)).not.toMatch(REVEALING);
  const summaries = plain.text.match(/^SUMMARY:.*$/gm).map((l) => l.slice('SUMMARY:'.length).trim());
  expect(summaries.length).toBeGreaterThan(3);
  for (const summary of summaries) expect(['Meeting', 'Appointment', 'Reminder']).toContain(summary);
  expect(plain.text).toContain('PRODID:-//dates//EN');
  expect(plain.text).not.toContain('DESCRIPTION');
  await expect(page.getByRole('status').filter({ hasText: 'The calendar file is downloaded.' })).toContainText("The file is in your phone's Downloads");

  await page.getByLabel('Use the full wording in my calendar').check();
  const full = await download(page, button);
  expect(full.text).toContain('SUMMARY:First core group meeting\r\n');
  expect(unfolded(full.text)).toContain('DESCRIPTION:A latest date\\, worked out from the rules. The council sets the real date.');
  expect(unfolded(full.text)).not.toMatch(/guide/i);
  // The same events either way, so a calendar updates them rather than doubling them.
  const uids = (text) => text.match(/^UID:.*$/gm);
  expect(uids(full.text)).toEqual(uids(plain.text));
  expect(uids(plain.text).join()).not.toMatch(REVEALING);
});

test('the copy of unreadable data has a neutral name', async ({ page, guarded }) => {
  await page.goto('/');
  await appReady(page);
  await page.evaluate(() => localStorage.setItem('cp-guide:questions', '{"version":1,"data":{"items":[{"id":1,"st'));
  await page.goto('/questions/');
  await appReady(page);
  const old = await download(page, page.getByRole('button', { name: 'Download the old text' }));
  expect(old.name).toMatch(/^data-\d{4}-\d{2}-\d{2}\.txt$/);
  await expectToldWhereItWent(page);
});

test('with a passcode, a full phone offers a locked copy, not a plain one', async ({ page }) => {
  test.slow();
  await setPasscode(page);
  await followMenuLink(page, 'Checklist');
  await expect(page.locator('h1')).toHaveText('My checklist');
  await page.evaluate(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.locator('#checklist-add-before').fill('Typed while the phone is full');
  await page.locator('#checklist-add-before').press('Enter');
  const banner = page.getByRole('alert').filter({ hasText: 'Your last change was not saved' });
  await expect(banner).toBeVisible();
  await expect(banner.getByRole('button', { name: 'Download a copy of my notes' })).toHaveCount(0);
  await banner.getByRole('link', { name: 'Keep a locked copy of my notes' }).click();
  await expect(page.locator('h1')).toHaveText('Keep a copy of my notes');
  await page.getByLabel('Your passcode').fill(PASSCODE);
  const sealed = await download(page, page.getByRole('button', { name: 'Download my notes' }));
  expect(sealed.text).not.toContain('Typed while the phone is full');
  expect(JSON.parse(sealed.text).format).toBe('cpv1-copy');
});
