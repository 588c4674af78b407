// Have my say: the parent's own report for the conference, a reply to the social worker's
// report point by point, and corrections to the minutes on time; written on the phone, kept
// as typed, sealed by the passcode.
import { test, expect, appReady, expectNoAxeViolations, setPasscode, unlock, stored } from './fixtures.js';

async function openLetter(page, title) {
  await page.goto('/letters/');
  await appReady(page);
  await page.getByRole('button', { name: title, exact: true }).click();
  await expect(page.locator('#letter-form-heading')).toHaveText(title);
}

async function openMyReport(page) {
  await page.goto('/my-report/');
  await appReady(page);
  // The page's own words (prompts, examples) have arrived.
  await expect(page.getByLabel('What is going well')).toBeVisible();
}

test('a report written in three parts survives a reload, copies exactly and prints alone on A4', async ({ page, context }) => {
  test.slow();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/dates/');
  await appReady(page);
  await page.getByLabel('Date of the first child protection conference').fill('2030-01-15');

  await openMyReport(page);
  await page.getByLabel('Your name').fill('Jo Bloggs');
  await page.getByLabel("Your child's name").fill('Sam');
  await page.getByLabel('About my child').fill('Sam loves football.\nHe is kind to his sister.');
  await page.getByLabel('What I have done, and what has changed').fill('I finished a parenting course.');
  await page.getByLabel('What I would like to happen').fill('Help from a family support worker. <b>No plan</b>');
  // The conference date comes from My dates; the page says how long is left.
  await expect(page.getByLabel('The date of the conference')).toHaveValue('2030-01-15');
  // Family and friends leads to the guide's family group conference; disagreeing, to the reply.
  await expect(page.getByRole('link', { name: /family group conference/ })).toHaveAttribute('href', '/core-group/#what-helps');
  await expect(page.getByRole('link', { name: /Reply to a report/ })).toHaveAttribute('href', '/letters/#reply');
  await expect(page.locator('main')).toContainText('Your conference is on 15 January 2030, in');

  const sheet = page.locator('.letter-sheet');
  await expect(sheet).toContainText('My report for the child protection conference');
  await expect(sheet).toContainText('About: Sam');
  await expect(sheet).toContainText('The conference: 15 January 2030');
  await expect(sheet).toContainText('Written by Jo Bloggs on');
  await expect(sheet).toContainText('About my child\nSam loves football.\nHe is kind to his sister.', { useInnerText: true });
  await expect(sheet).toContainText('What I have done, and what has changed\nI finished a parenting course.', { useInnerText: true });
  // Markup typed into the report stays words.
  await expect(sheet).toContainText('<b>No plan</b>');
  await expect(sheet.locator('b')).toHaveCount(0);
  // Parts left empty are left out, headings and all.
  await expect(sheet).not.toContainText('What is going well');
  await expectNoAxeViolations(page, '/my-report/ written');

  await page.reload();
  await appReady(page);
  await expect(page.getByLabel('About my child')).toHaveValue('Sam loves football.\nHe is kind to his sister.');
  await expect(page.getByLabel('What I would like to happen')).toHaveValue('Help from a family support worker. <b>No plan</b>');

  await page.getByRole('button', { name: 'Copy the report' }).click();
  await expect(page.getByText('The report is copied.')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.trim()).toBe((await sheet.innerText()).trim());

  await page.getByRole('button', { name: 'I have sent my report: keep a copy' }).click();
  await expect(page.getByText("A copy is kept on the letters page, with today's date.")).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  await expect(sheet).toBeVisible();
  for (const hidden of ['.site-header', 'h1', '#mr-child', '.letter-actions', '.site-footer']) {
    await expect(page.locator(hidden).first()).toBeHidden();
  }
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
  await page.emulateMedia({ media: 'screen' });

  // The sent copy is listed with the letters.
  await page.goto('/letters/');
  await appReady(page);
  await expect(page.locator('.sent-letter summary')).toContainText('My report for the conference');

  // All my notes, on paper: the report's parts with the reader's headings.
  await page.goto('/print/');
  await appReady(page);
  const section = page.locator('.print-section', { has: page.getByRole('heading', { name: 'My report for the conference' }) });
  await expect(section.getByRole('heading', { name: 'About my child' })).toBeVisible();
  await expect(section).toContainText('Sam loves football.');
  await expect(section).not.toContainText('What is going well');
});

test('a reply with two points becomes a letter to the social worker', async ({ page }) => {
  await openLetter(page, 'Reply to a report');
  await expect(page.getByText('No points yet.')).toBeVisible();
  for (const [said, why] of [['Sam missed school.', 'He was ill; the school knew.'], ['The house was cold.', 'The heating was mended on 3 March.']]) {
    await page.getByRole('button', { name: 'Add a point' }).click();
    await expect(page.locator('.point').last().getByLabel('The report says')).toBeFocused();
    await page.keyboard.type(said);
    await page.locator('.point').last().getByLabel('This is wrong or missing because').fill(why);
  }
  const sheet = page.locator('.letter-sheet');
  await expect(sheet).toContainText('1. The report says: Sam missed school.');
  await expect(sheet).toContainText('2. The report says: The house was cold.\nThis is wrong or missing because: The heating was mended on 3 March.', { useInnerText: true });
  await expect(sheet).toContainText('attach my reply to the report');
  await expectNoAxeViolations(page, '/letters/ reply with points');

  // Removing the first renumbers the rest, and says so.
  await page.getByRole('button', { name: 'Remove point 1' }).click();
  await expect(page.getByText('The point is removed.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add a point' })).toBeFocused();
  await expect(sheet).toContainText('1. The report says: The house was cold.');
  await expect(sheet).not.toContainText('Sam missed school.');

  await page.goto('/print/');
  await appReady(page);
  const section = page.locator('.print-section', { has: page.getByRole('heading', { name: 'Your points' }) });
  await expect(section.getByRole('heading', { name: 'Reply to a report' })).toBeVisible();
  await expect(section).toContainText('The house was cold.');
  await expect(section).toContainText('This is wrong or missing because: The heating was mended on 3 March.');
});

test('minutes received before a bank holiday: the Welsh deadline skips it and shows in My dates', async ({ page }) => {
  await page.goto('/settings/');
  await appReady(page);
  await page.getByRole('radio', { name: 'Wales' }).check();
  await openLetter(page, 'Correct the minutes');
  await expect(page.locator('.letter-form')).toContainText('within 10 working days');
  // Wednesday 24 March 2027: Good Friday and Easter Monday follow.
  await page.getByLabel('The day the minutes arrived').fill('2027-03-24');
  await expect(page.locator('.letter-form')).toContainText('Send your corrections by 9 April 2027.');
  await page.getByRole('button', { name: 'Add a point' }).click();
  await expect(page.getByLabel('The minutes say')).toBeFocused();
  await page.keyboard.type('That I refused a parenting course.');
  await page.locator('.point').getByLabel('What was really said').fill('I said I would start it in January.');
  await expect(page.locator('.letter-sheet')).toContainText('1. The minutes say: That I refused a parenting course.');
  await expect(page.locator('.letter-sheet')).toContainText('record that I disagree');

  await page.goto('/dates/');
  await appReady(page);
  await expect(page.getByLabel('The day the minutes of the last conference arrived')).toHaveValue('2027-03-24');
  const entry = page.locator('li.timeline__item', { hasText: 'Send corrections to the minutes to the chair' });
  await expect(entry.locator('time')).toHaveText('By Friday 9 April 2027');
});

test('in England the chair\'s date for corrections is entered and shown in My dates', async ({ page }) => {
  await openLetter(page, 'Correct the minutes');
  await page.getByLabel('The day the minutes arrived').fill('2027-03-24');
  // No rule is counted in England: nothing shows until the chair's date is entered.
  await expect(page.locator('.letter-form')).not.toContainText('Send your corrections by');
  await page.getByLabel("The last date for corrections, from the chair's letter").fill('2027-04-14');
  await expect(page.locator('.letter-form')).toContainText('Send your corrections by 14 April 2027.');
  await page.goto('/dates/');
  await appReady(page);
  const entry = page.locator('li.timeline__item', { hasText: 'Send corrections to the minutes to the chair' });
  await expect(entry.locator('time')).toHaveText('On Wednesday 14 April 2027');
});

test('with a passcode, no word of the report or of a reply is kept readable', async ({ page }) => {
  test.slow();
  const passcode = 'blue kettle 42';
  await setPasscode(page, passcode);
  // Each full load opens locked.
  const openUnlocked = async (path) => {
    await page.goto(path);
    await appReady(page);
    await unlock(page, passcode);
  };
  await openUnlocked('/my-report/');
  await page.getByLabel('What is going well').fill('Zebracrossing every morning');
  await openUnlocked('/letters/');
  await page.getByRole('button', { name: 'Reply to a report', exact: true }).click();
  await page.getByRole('button', { name: 'Add a point' }).click();
  // The new point's box takes the focus in the next frame: type once it has it.
  await expect(page.getByLabel('The report says')).toBeFocused();
  await page.keyboard.type('Hippopotamus visits');
  await expect(page.locator('.letter-sheet')).toContainText('Hippopotamus visits');
  const all = JSON.stringify(await stored(page));
  expect(all).not.toContain('Zebracrossing');
  expect(all).not.toContain('Hippopotamus');
  // And both read back after unlocking.
  await openUnlocked('/my-report/');
  await expect(page.getByLabel('What is going well')).toHaveValue('Zebracrossing every morning');
  await expect(page.locator('.letter-sheet')).toContainText('Zebracrossing every morning');
  await openUnlocked('/letters/');
  await page.getByRole('button', { name: 'Reply to a report', exact: true }).click();
  await expect(page.getByLabel('The report says')).toHaveValue('Hippopotamus visits');
  expect(JSON.stringify(await stored(page))).not.toContain('Hippopotamus');
});

test('my report fits a 320 px screen, in Arabic too', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await openMyReport(page);
  await page.getByLabel('About my child').fill('A long word: Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.goto('/my-report/?lang=ar');
  await appReady(page);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('.report-part').first()).toBeVisible();
  const overflowRtl = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflowRtl).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page, '/my-report/ in Arabic at 320 px');
});

test('a sentence of a report starts a point of the reply, from Understand a report', async ({ page }) => {
  await page.goto('/understand-a-report/');
  await appReady(page);
  await page.getByLabel('Text from your report').fill('Mum was seen on 3 May. The core group met twice and Mum did not attend. Dad works nights.');
  const mark = page.locator('.report__marked mark', { hasText: /^core group$/ });
  await mark.click();
  await page.locator('.term-sheet').getByRole('button', { name: 'Reply to this sentence in a letter' }).click();
  await expect(page.locator('.term-sheet')).toContainText('The sentence is in your reply to the report.');
  await page.locator('.term-sheet').getByRole('link', { name: 'Open the reply' }).click();
  // The letters page opens at the reply, the sentence quoted in its first point.
  await expect(page.locator('#letter-form-heading')).toHaveText('Reply to a report');
  await expect(page.getByLabel('The report says')).toHaveValue('The core group met twice and Mum did not attend.');
  await expect(page.locator('.letter-sheet')).toContainText('1. The report says: The core group met twice and Mum did not attend.');
});

test('in Wales my report can be written in Welsh, and stays so', async ({ page }) => {
  await page.goto('/settings/');
  await appReady(page);
  await page.getByRole('radio', { name: 'Wales' }).check();
  await openMyReport(page);
  await page.getByLabel('What is going well').fill('Mae Sam yn mynd i’r ysgol bob dydd.');
  const sheet = page.locator('.letter-sheet');
  await expect(sheet).toContainText('My report for the child protection conference');
  await page.getByRole('radio', { name: 'Cymraeg (Welsh)' }).check();
  await expect(sheet).toContainText('Fy adroddiad ar gyfer y gynhadledd amddiffyn plant');
  await expect(sheet).toContainText("Beth sy'n mynd yn dda");
  await expect(sheet).toHaveAttribute('lang', 'cy');
  await page.reload();
  await appReady(page);
  await expect(page.locator('.letter-sheet')).toContainText('Fy adroddiad');
});
