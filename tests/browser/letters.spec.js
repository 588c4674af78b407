// Letters: fill one in on the phone, see it as it will be sent, copy, print, keep a copy; the
// letter is in English (or Welsh in Wales, by choice) whatever language the form is in.
import { test, expect, appReady, expectNoAxeViolations, chooseLanguage } from './fixtures.js';

async function openLetter(page, title) {
  await page.goto('/letters/');
  await appReady(page);
  await page.getByRole('button', { name: title, exact: true }).click();
  await expect(page.locator('#letter-form-heading')).toHaveText(title);
}

test('a filled-in letter is previewed, copied exactly, kept as sent, and its draft survives a reload', async ({ page, context }) => {
  // Several pages, each checked with axe: slow on a busy two-core machine.
  test.slow();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // Saved elsewhere in the app, used to fill the letter in.
  await page.goto('/contacts/');
  await appReady(page);
  await page.getByLabel('Name', { exact: true }).fill('Alex Smith');
  await page.getByRole('button', { name: 'Add the contact' }).click();
  await page.goto('/dates/');
  await appReady(page);
  await page.getByLabel('Date of the first child protection conference').fill('2026-12-18');

  await openLetter(page, 'Reply to a report');
  // The name from My contacts is used unless the parent types another (shown as a placeholder).
  await expect(page.getByLabel("The social worker's name")).toHaveAttribute('placeholder', 'Alex Smith');
  await page.getByLabel('Your name').fill('Jo Bloggs');
  await page.getByLabel("Your child's name").fill('Sam');
  await page.getByLabel('Which report').fill('the social worker’s report');
  await page.getByRole('button', { name: 'Add a point' }).click();
  // The new point's first box has the focus, ready to type.
  await expect(page.getByLabel('The report says')).toBeFocused();
  await page.keyboard.type('I missed two visits.');
  await page.getByLabel('This is wrong or missing because').fill('I was in hospital.');
  const sheet = page.locator('.letter-sheet');
  await expect(sheet).toContainText('Dear Alex Smith,');
  await expect(sheet).toContainText('About: Sam');
  await expect(sheet).toContainText('I have read the social worker’s report, written for the child protection conference for Sam.');
  await expect(sheet).toContainText('1. The report says: I missed two visits.\nThis is wrong or missing because: I was in hospital.', { useInnerText: true });
  await expect(sheet).toContainText('I am sending a copy of this letter to the conference chair.');
  await expect(sheet).toContainText(/Yours sincerely,\s+Jo Bloggs\s*$/);
  await expect(sheet).not.toContainText('{');
  await expectNoAxeViolations(page, '/letters/ with a letter');

  await page.getByRole('button', { name: 'Copy the letter' }).click();
  await expect(page.getByText('The letter is copied.')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.trim()).toBe((await sheet.innerText()).trim());

  await page.getByRole('button', { name: 'I have sent this letter: keep a copy' }).click();
  await expect(page.locator('.sent-letter summary')).toContainText('Reply to a report');

  await page.reload();
  await appReady(page);
  await page.getByRole('button', { name: 'Reply to a report', exact: true }).click();
  await expect(page.getByLabel('The report says')).toHaveValue('I missed two visits.');
  await expect(page.getByLabel('This is wrong or missing because')).toHaveValue('I was in hospital.');
  await expect(page.getByLabel('Your name')).toHaveValue('Jo Bloggs');
  await expect(page.locator('.sent-letter')).toHaveCount(1);
});

test('printing from the letters page prints the letter alone, to an A4 PDF', async ({ page }) => {
  await openLetter(page, 'Ask for the reports');
  await page.getByLabel('Your name').fill('Jo Bloggs');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.letter-sheet')).toBeVisible();
  for (const hidden of ['.site-header', '.letter-choices', '#letter-my-name', '.letter-actions', 'h1']) {
    await expect(page.locator(hidden).first()).toBeHidden();
  }
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
});

for (const [endonym, code] of [['Cymraeg', 'cy'], ['Polski', 'pl'], ['العربية', 'ar']]) {
  test(`with the guide in ${endonym}, a parent in England gets an English letter`, async ({ page }) => {
    await page.goto('/letters/');
    await appReady(page);
    await chooseLanguage(page, endonym);
    await expect(page.locator('html')).toHaveAttribute('lang', code);
    await expect(page.locator('h1')).not.toHaveText('Letters I can send');
    await page.locator('.letter-choice__button').first().click();
    await expect(page.locator('.letter-sheet')).toContainText('Yours sincerely,');
    await expect(page.locator('.letter-sheet')).toHaveAttribute('lang', 'en');
    // Left to right, even on a right-to-left page.
    await expect(page.locator('.letter-sheet')).toHaveCSS('direction', 'ltr');
    await expect(page.getByRole('radio', { name: 'Cymraeg' })).toHaveCount(0);
    if (code !== 'cy') {
      // What the parent types goes into an English letter: the page says so.
      await expect(page.locator('main')).toContainText(code === 'pl' ? 'po angielsku' : 'بالإنجليزية');
    }
  });
}

test('in Wales the letter can be written in Welsh', async ({ page }) => {
  await page.goto('/settings/');
  await appReady(page);
  await page.getByRole('radio', { name: 'Wales' }).check();
  await openLetter(page, 'Ask for help to go on');
  await expect(page.locator('.letter-sheet')).toContainText('care and support protection plan');
  await page.getByRole('radio', { name: 'Cymraeg (Welsh)' }).check();
  await expect(page.locator('.letter-sheet')).toContainText('Yn gywir,');
  await expect(page.locator('.letter-sheet')).toHaveAttribute('lang', 'cy');
  await page.reload();
  await appReady(page);
  await page.getByRole('button', { name: 'Ask for help to go on' }).click();
  await expect(page.locator('.letter-sheet')).toContainText('Yn gywir,');
});
