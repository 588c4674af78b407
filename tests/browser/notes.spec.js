// The parent's own notes: what they type stays, on this phone only, through reloads, a second
// tab, a full phone, damaged data and a damaged file, and can be printed, exported and brought back.
import { test, expect, appReady, expectNoAxeViolations, followMenuLink } from './fixtures.js';
import { readFileSync } from 'node:fs';

/** A tool button's accessible name: its action, then the item it acts on ("Delete: Milk"). */
function named(action, words) {
  const escape = (t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escape(action)}\\s*:\\s*${escape(words)}$`);
}

/** Everything the app keeps, as stored text, key by key. */
async function stored(page) {
  return page.evaluate(() => Object.fromEntries(
    Object.keys(localStorage).filter((k) => k.startsWith('cp-guide:')).sort().map((k) => [k, localStorage.getItem(k)]),
  ));
}

async function addChecklistItem(page, stage, words) {
  await page.locator(`#checklist-add-${stage}`).fill(words);
  await page.locator(`#checklist-add-${stage}`).press('Enter');
  await expect(page.locator('.checklist-item', { hasText: words })).toHaveCount(1);
}

/** One of each kind of note, through the pages a parent uses. */
async function writeOneOfEach(page) {
  await page.goto('/checklist/');
  await appReady(page);
  await addChecklistItem(page, 'before', 'Ring Sam about the report');
  await page.locator('.offer').first().getByRole('button', { name: /^Add\s*:\s*Ask the social worker for a copy/ }).click();
  // Focus stays in the list of ideas, on the next one's Add.
  await expect(page.locator('.offer').first().locator('.offer__list button').first()).toBeFocused();

  await page.goto('/questions/');
  await appReady(page);
  await page.locator('#questions-add-during').fill('Who will chair the meeting?');
  await page.locator('#questions-add-during').press('Enter');
  await expect(page.locator('.question-card', { hasText: 'Who will chair the meeting?' })).toHaveCount(1);

  await page.goto('/plan/');
  await appReady(page);
  await page.getByLabel('What will be done').fill('Book the parenting course');
  await page.locator('#new-action-by').fill('2020-01-10');
  await page.getByRole('button', { name: 'Add to my plan' }).click();
  await expect(page.locator('.plan-action', { hasText: 'Book the parenting course' })).toHaveCount(1);

  await page.goto('/contacts/');
  await appReady(page);
  await page.getByLabel('Name', { exact: true }).fill('Sam Jones');
  await page.getByLabel('Phone').fill('07700 900 123');
  await page.getByLabel('Email').fill('sam.jones@example.gov.uk');
  await page.getByRole('button', { name: 'Add the contact' }).click();
  await expect(page.locator('.contact-card', { hasText: 'Sam Jones' })).toHaveCount(1);
}

test('a checklist item, a question, a plan action and a contact survive a reload; a tick persists', async ({ page }) => {
  // Several pages, each checked with axe: slow on a busy two-core machine.
  test.slow();
  await writeOneOfEach(page);

  await page.goto('/checklist/');
  await appReady(page);
  const mine = page.locator('.checklist-item', { hasText: 'Ring Sam about the report' });
  await mine.getByRole('checkbox').check();
  await expect(page.locator('#checklist-before ~ .notes-stage__progress')).toHaveText('1 of 2 done');
  await page.reload();
  await appReady(page);
  await expect(mine.getByRole('checkbox')).toBeChecked();
  await expect(page.locator('.checklist-item', { hasText: 'for a copy of every report' })).toHaveCount(1);
  await expectNoAxeViolations(page, '/checklist/ with items');

  await page.goto('/');
  await appReady(page);
  await expect(page.locator('.step-list__progress').first()).toHaveText('1 of 2 done');

  await page.goto('/questions/');
  await appReady(page);
  await expect(page.locator('.question-card', { hasText: 'Who will chair the meeting?' })).toHaveCount(1);
  await expectNoAxeViolations(page, '/questions/ with a question');

  await page.goto('/plan/');
  await appReady(page);
  const action = page.locator('.plan-action', { hasText: 'Book the parenting course' });
  await expect(action).toContainText('Late: the date has passed.');
  await expect(action).toHaveClass(/plan-action--overdue/);
  await expect(page.locator('main')).toContainText('1 thing is late.');
  await expectNoAxeViolations(page, '/plan/ with an action');

  await page.goto('/contacts/');
  await appReady(page);
  const card = page.locator('.contact-card', { hasText: 'Sam Jones' });
  await expect(card.getByRole('link', { name: /07700 900 123/ })).toHaveAttribute('href', 'tel:07700900123');
  await expect(card.getByRole('link', { name: 'sam.jones@example.gov.uk' })).toHaveAttribute('href', 'mailto:sam.jones@example.gov.uk');
  await expectNoAxeViolations(page, '/contacts/ with a contact');
});

test('markup typed into a note is shown as text, never run', async ({ page }) => {
  await page.goto('/checklist/');
  await appReady(page);
  const markup = '<img src=x onerror="document.title=\'owned\'"><b>bold</b>';
  await addChecklistItem(page, 'review', markup);
  await expect(page.locator('.checklist-item label', { hasText: markup })).toHaveCount(1);
  await expect(page.locator('main img, main b')).toHaveCount(0);
  await page.goto('/print/');
  await appReady(page);
  await expect(page.locator('main')).toContainText(markup);
  await expect(page.locator('main img, main b')).toHaveCount(0);
  expect(await page.title()).not.toBe('owned');
});

test('delete has an undo, and moving an item changes its place', async ({ page }) => {
  await page.goto('/checklist/');
  await appReady(page);
  await addChecklistItem(page, 'help', 'First thing');
  await addChecklistItem(page, 'help', 'Second thing');
  const labels = page.locator('#checklist-help ~ .checklist .check__label');
  await expect(labels).toHaveText(['First thing', 'Second thing']);
  await page.getByRole('button', { name: named('Move up', 'Second thing') }).click();
  await expect(labels).toHaveText(['Second thing', 'First thing']);
  await page.getByRole('button', { name: named('Delete', 'Second thing') }).click();
  await expect(labels).toHaveText(['First thing']);
  // The deleted item's buttons are gone; focus waits on Undo, not at the top of the page.
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Deleted: Second thing' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(labels).toHaveText(['Second thing', 'First thing']);
  // Change, then Escape: nothing changes, and focus is back on Change.
  const change = page.getByRole('button', { name: named('Change', 'First thing') });
  await change.click();
  await expect(page.locator('.edit-words input')).toBeFocused();
  await page.locator('.edit-words input').fill('Not kept');
  await page.keyboard.press('Escape');
  await expect(page.locator('.edit-words')).toHaveCount(0);
  await expect(change).toBeFocused();
  await expect(labels).toHaveText(['Second thing', 'First thing']);
  await change.click();
  await page.locator('.edit-words input').fill('First thing, changed');
  await page.locator('.edit-words').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('button', { name: named('Change', 'First thing, changed') })).toBeFocused();
  await page.reload();
  await appReady(page);
  await expect(labels).toHaveText(['Second thing', 'First thing, changed']);
});

test('two tabs see each other’s changes and neither overwrites the other', async ({ page, context }) => {
  await page.goto('/checklist/');
  await appReady(page);
  const other = await context.newPage();
  await other.goto('/checklist/');
  await appReady(other);
  await addChecklistItem(page, 'before', 'Added in the first tab');
  await expect(other.locator('.checklist-item', { hasText: 'Added in the first tab' })).toHaveCount(1);
  // The second tab's own change is made on top of the first's, not over it.
  await addChecklistItem(other, 'before', 'Added in the second tab');
  await expect(page.locator('.checklist-item', { hasText: 'Added in the second tab' })).toHaveCount(1);
  await other.locator('.checklist-item', { hasText: 'Added in the first tab' }).getByRole('checkbox').check();
  await expect(page.locator('.checklist-item', { hasText: 'Added in the first tab' }).getByRole('checkbox')).toBeChecked();
  const checklist = JSON.parse((await stored(page))['cp-guide:checklist']);
  expect(checklist.data.items.map((i) => i.text)).toEqual(['Added in the first tab', 'Added in the second tab']);
});

test('unreadable stored notes: the app opens, says so, and keeps the old text under a backup key', async ({ page, guarded }) => {
  await page.goto('/');
  await appReady(page);
  const damaged = '{"version":1,"data":{"items":[{"id":1,"stage":"before","text":"half a no';
  await page.evaluate((text) => localStorage.setItem('cp-guide:questions', text), damaged);
  await page.goto('/questions/');
  await appReady(page);
  await expect(page.getByRole('alert').filter({ hasText: 'Some of your notes could not be opened' })).toBeVisible();
  const after = await stored(page);
  const backups = Object.entries(after).filter(([k]) => k.startsWith('cp-guide:questions:unreadable:'));
  expect(backups.map(([, v]) => v)).toEqual([damaged]);
  expect(after['cp-guide:questions']).toBeUndefined();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the old text' }).click(),
  ]);
  expect(readFileSync(await download.path(), 'utf8')).toContain(damaged);
  // The app still works: a new question is kept, and the backup stays.
  await page.locator('#questions-add-before').fill('A new question');
  await page.locator('#questions-add-before').press('Enter');
  await page.reload();
  await appReady(page);
  await expect(page.locator('.question-card', { hasText: 'A new question' })).toHaveCount(1);
  expect(Object.keys(await stored(page)).filter((k) => k.includes(':unreadable:'))).toHaveLength(1);
});

test('a full phone: the app says so at once and what was typed stays on the screen', async ({ page }) => {
  await page.goto('/checklist/');
  await appReady(page);
  await page.evaluate(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.locator('#checklist-add-before').fill('Typed while the phone is full');
  await page.locator('#checklist-add-before').press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Your last change was not saved' })).toBeVisible();
  await expect(page.locator('.checklist-item', { hasText: 'Typed while the phone is full' })).toHaveCount(1);
  // A second change builds on the unsaved first, not on the older stored list.
  await page.locator('#checklist-add-before').fill('And a second one');
  await page.locator('#checklist-add-before').press('Enter');
  await expect(page.locator('.checklist-item')).toHaveCount(2);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download a copy of my notes' }).click(),
  ]);
  const file = readFileSync(await download.path(), 'utf8');
  expect(file).toContain('Typed while the phone is full');
  expect(file).toContain('And a second one');
});

test('export, delete all, import: the notes come back exactly', async ({ page }) => {
  // Several pages, each checked with axe: slow on a busy two-core machine.
  test.slow();
  await writeOneOfEach(page);
  await page.goto('/dates/');
  await appReady(page);
  await page.getByLabel('Date of the first child protection conference').fill('2026-12-18');
  const before = await stored(page);
  delete before['cp-guide:settings'];

  await page.goto('/keep-a-copy/');
  await appReady(page);
  await expectNoAxeViolations(page, '/keep-a-copy/');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download my notes' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^notes-\d{4}-\d{2}-\d{2}\.json$/);
  const file = readFileSync(await download.path());

  await page.goto('/settings/');
  await appReady(page);
  await page.getByRole('button', { name: 'Delete all my data' }).click();
  await expect(page.getByText('Are you sure?')).toBeVisible();
  await expectNoAxeViolations(page, '/settings/ asking to delete');
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Deleted from this phone' })).toBeVisible();
  expect(await stored(page)).toEqual({});
  await page.goto('/checklist/');
  await appReady(page);
  await expect(page.locator('.checklist-item')).toHaveCount(0);

  await page.goto('/keep-a-copy/');
  await appReady(page);
  await page.setInputFiles('#import-file', { name: 'notes.json', mimeType: 'application/json', buffer: file });
  const preview = page.locator('.import-preview');
  await expect(preview).toContainText('2 things to do');
  await expect(preview).toContainText('1 question');
  await expect(preview).toContainText('1 thing that was agreed');
  await expect(preview).toContainText('1 contact');
  await expect(preview).toContainText('1 date');
  await page.getByRole('button', { name: 'Replace my notes with the file' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your notes now are the ones from the file' })).toBeVisible();
  expect(await stored(page)).toEqual(before);

  // Adding the same file again changes nothing: every item is already here.
  await page.setInputFiles('#import-file', { name: 'notes.json', mimeType: 'application/json', buffer: file });
  await page.getByRole('button', { name: 'Add to my notes' }).click();
  expect(await stored(page)).toEqual(before);
});

test('a wrong, damaged or huge file is refused with a message and the notes are untouched', async ({ page }) => {
  await page.goto('/checklist/');
  await appReady(page);
  await addChecklistItem(page, 'before', 'Keep me');
  const before = await stored(page);
  await page.goto('/keep-a-copy/');
  await appReady(page);
  const tries = [
    ['photo.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'This is not a file from this guide'],
    ['other.json', Buffer.from('{"name":"someone else\'s file"}'), 'This is not a file from this guide'],
    ['cut.json', Buffer.from('{"app":"cp-guide","file":"my-notes","documents":{"plan":{"version":1,"data":{"actions":"x"}}}}'), 'This file is damaged'],
    ['big.json', Buffer.alloc(1_200_000, 32), 'This file is too big'],
  ];
  for (const [name, buffer, message] of tries) {
    await page.setInputFiles('#import-file', { name, mimeType: 'application/json', buffer });
    await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible();
    await expect(page.locator('.import-preview')).toHaveCount(0);
  }
  expect(await stored(page)).toEqual(before);
});

test('take to the meeting: one tap marks a question asked, and it can be taken back', async ({ page }) => {
  await page.goto('/questions/');
  await appReady(page);
  await page.locator('#questions-add-core-group').fill('Who visits next week?');
  await page.locator('#questions-add-core-group').press('Enter');
  await page.getByRole('link', { name: 'Take my questions to the meeting' }).click();
  await expect(page.locator('h1')).toHaveText('Take to the meeting');
  await expectNoAxeViolations(page, '/take-to-meeting/');
  await page.getByRole('button', { name: named('I have asked this', 'Who visits next week?') }).click();
  await expect(page.locator('main')).toContainText('You have asked all your questions.');
  await page.goto('/questions/');
  await appReady(page);
  const card = page.locator('.question-card', { hasText: 'Who visits next week?' });
  await expect(card.getByRole('checkbox')).toBeChecked();
  await card.getByLabel(/The answer I was given/).fill('The social worker, on Tuesday');
  await page.getByLabel('Show only questions I have not asked yet').check();
  await expect(card).toHaveCount(0);
  await page.reload();
  await appReady(page);
  await expect(card.getByLabel(/The answer I was given/)).toHaveValue('The social worker, on Tuesday');
});

test('the question list copies as text where the browser has no share sheet', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.addInitScript(() => { delete Navigator.prototype.share; });
  await page.goto('/questions/');
  await appReady(page);
  await page.locator('#questions-add-review').fill('Can the plan end?');
  await page.locator('#questions-add-review').press('Enter');
  await page.getByRole('button', { name: 'Copy my questions' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your questions are copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('- Can the plan end?\n');
});

test('the print view holds every kind of note and prints to an A4 PDF without the app frame', async ({ page }) => {
  // Several pages, each checked with axe: slow on a busy two-core machine.
  test.slow();
  await writeOneOfEach(page);
  await page.goto('/print/');
  await appReady(page);
  const main = page.locator('main');
  for (const words of ['Ring Sam about the report', 'Who will chair the meeting?', 'Book the parenting course', 'Sam Jones', '07700 900 123']) {
    await expect(main).toContainText(words);
  }
  await expectNoAxeViolations(page, '/print/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.exit-this-page')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  await expect(page.getByText('Sam Jones')).toBeVisible();
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(2);
});

test('words typed into a form but not yet added are still there after looking at another page, until Delete all', async ({ page }) => {
  await page.goto('/contacts/');
  await appReady(page);
  await page.getByLabel('Name', { exact: true }).fill('Dr Patel');
  await page.getByLabel('Who they are').selectOption('solicitor');
  await page.getByLabel('Phone').fill('020 7946 0000');
  // Away through the menu (the app keeps running, as when a parent checks something).
  await followMenuLink(page, 'Checklist');
  await expect(page.locator('h1')).toHaveText('My checklist');
  await page.locator('#checklist-add-before').fill('Ask for the chair');
  await followMenuLink(page, 'Contacts');
  await expect(page.locator('h1')).toHaveText('My contacts');
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Dr Patel');
  await expect(page.getByLabel('Who they are')).toHaveValue('solicitor');
  await expect(page.getByLabel('Phone')).toHaveValue('020 7946 0000');
  // Added: the form is empty for the next one, and stays empty after another visit.
  await page.getByRole('button', { name: 'Add the contact' }).click();
  await expect(page.locator('.contact-card', { hasText: 'Dr Patel' })).toHaveCount(1);
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('');
  await expect(page.getByLabel('Who they are')).toHaveValue('social-worker');
  await followMenuLink(page, 'Checklist');
  await expect(page.locator('#checklist-add-before')).toHaveValue('Ask for the chair');
  await followMenuLink(page, 'Contacts');
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('');
  // A draft is never written to storage.
  const kept = await page.evaluate(() => Object.values(localStorage).join('\n'));
  expect(kept).not.toContain('Ask for the chair');
  // Delete all forgets drafts too.
  await followMenuLink(page, 'Settings');
  await page.getByRole('button', { name: 'Delete all my data' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await followMenuLink(page, 'Checklist');
  await expect(page.locator('#checklist-add-before')).toHaveValue('');
});

test('with only questions not asked yet shown, ticking one moves focus to the next, then to the stage heading', async ({ page }) => {
  await page.goto('/questions/');
  await appReady(page);
  for (const words of ['First to ask', 'Second to ask']) {
    await page.locator('#questions-add-during').fill(words);
    await page.locator('#questions-add-during').press('Enter');
  }
  await page.getByLabel('Show only questions I have not asked yet').check();
  const asked = (words) => page.getByRole('checkbox', { name: named('I have asked this', words) });
  await asked('First to ask').focus();
  await page.keyboard.press('Space');
  await expect(page.locator('.question-card', { hasText: 'First to ask' })).toHaveCount(0);
  await expect(asked('Second to ask')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.locator('.question-card', { hasText: 'Second to ask' })).toHaveCount(0);
  await expect(page.locator('#questions-during')).toBeFocused();
});
