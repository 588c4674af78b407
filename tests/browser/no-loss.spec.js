// No note is lost: an import's "Replace" says what it takes off the phone and can be undone;
// copies of unreadable data stay listed in Settings in later visits; and locking never throws
// away a change the phone refused to save.
import { test, expect, appReady, stored, addChecklistItem, setPasscode as setPasscodeTo, unlock as unlockWith } from './fixtures.js';
import { readFileSync } from 'node:fs';

const PASSCODE = 'quiet orange bicycle';
const setPasscode = (page) => setPasscodeTo(page, PASSCODE);
const unlock = (page) => unlockWith(page, PASSCODE);





test('Replace says how many items on the phone it removes, counted afresh, and can be undone', async ({ page, context }) => {
  await page.goto('/checklist/');
  await appReady(page);
  await addChecklistItem(page, 'From the file');
  await page.goto('/keep-a-copy/');
  await appReady(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download my notes' }).click(),
  ]);
  const file = readFileSync(await download.path());

  // Two more here, and one in another tab while this page is open.
  await page.goto('/checklist/');
  await appReady(page);
  await addChecklistItem(page, 'Kept one');
  await addChecklistItem(page, 'Kept two');
  await page.goto('/keep-a-copy/');
  await appReady(page);
  const other = await context.newPage();
  await other.goto('/checklist/');
  await appReady(other);
  await addChecklistItem(other, 'Added in another tab');
  // Another tab's write reaches this one's storage a moment later (Chromium passes it between
  // the tabs' processes): wait for it here, with both tabs open, so a busy machine cannot
  // make it look lost.
  const itemsStored = async () => JSON.parse((await stored(page))['cp-guide:checklist']).data.items.length;
  await expect.poll(itemsStored).toBe(4);
  await other.close();
  const before = await stored(page);
  expect(JSON.parse(before['cp-guide:checklist']).data.items).toHaveLength(4);

  await page.setInputFiles('#import-file', { name: 'notes.json', mimeType: 'application/json', buffer: file });
  const preview = page.locator('.import-preview');
  await expect(preview).toContainText('1 thing to do');
  await expect(preview).toContainText('4 items on this phone will be removed.');
  await page.getByRole('button', { name: 'Replace my notes with the file' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your notes now are the ones from the file' })).toBeVisible();
  expect(JSON.parse((await stored(page))['cp-guide:checklist']).data.items.map((i) => i.text)).toEqual(['From the file']);

  const undo = page.getByRole('status').filter({ hasText: 'Deleted: the notes this phone had before the file' });
  await expect(undo).toBeVisible();
  await undo.getByRole('button', { name: 'Undo' }).click();
  expect(await stored(page)).toEqual(before);
  await page.goto('/checklist/');
  await appReady(page);
  await expect(page.locator('.checklist-item')).toHaveCount(4);
});

test('kept copies of unreadable data are listed in Settings after a reload, with Download and Delete (asked once)', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  // 2 December 2025, as `load` names a copy it keeps.
  await page.evaluate(() => localStorage.setItem('cp-guide:plan:unreadable:1764633600000', 'Saffron damaged text'));
  await page.goto('/settings/');
  await appReady(page);
  const kept = page.locator('.kept-copies');
  await expect(kept.getByRole('heading', { name: 'Kept copies' })).toBeVisible();
  await page.reload();
  await appReady(page);
  await expect(kept).toContainText('Kept on 2 December 2025');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    kept.getByRole('button', { name: 'Download this copy' }).click(),
  ]);
  expect(readFileSync(await download.path(), 'utf8')).toContain('Saffron damaged text');

  await kept.getByRole('button', { name: 'Delete this copy' }).click();
  await expect(kept.getByText('Delete this copy? It cannot be brought back.')).toBeVisible();
  // Nothing goes before the "Yes".
  expect(Object.keys(await stored(page))).toContain('cp-guide:plan:unreadable:1764633600000');
  await kept.getByRole('button', { name: 'Yes, delete this copy' }).click();
  // The last copy gone, the section goes with it.
  await expect(kept).toHaveCount(0);
  expect(Object.keys(await stored(page)).filter((k) => k.includes(':unreadable:'))).toEqual([]);
  await page.reload();
  await appReady(page);
  await expect(page.locator('.kept-copies')).toHaveCount(0);
});

test('with a passcode, kept copies are listed while locked and download only as they are stored (sealed)', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await page.evaluate(() => localStorage.setItem('cp-guide:plan:unreadable:1764633600000', 'Saffron damaged text'));
  await setPasscode(page);
  await page.reload();
  await appReady(page);
  const kept = page.locator('.kept-copies');
  await expect(kept).toContainText('Kept on 2 December 2025');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    kept.getByRole('button', { name: 'Download this copy' }).click(),
  ]);
  const text = readFileSync(await download.path(), 'utf8');
  expect(text).toContain('cp-guide:plan:unreadable:1764633600000');
  expect(text).not.toContain('Saffron');
});

test('locking while the phone refuses to save keeps the change: the screen empties, the banner stays, and the change is back after unlocking', async ({ page }) => {
  await setPasscode(page);
  await page.goto('/checklist/');
  await appReady(page);
  await unlock(page);
  await addChecklistItem(page, 'Saved before the phone filled up');
  await page.evaluate(() => {
    window.realSetItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await addChecklistItem(page, 'Typed while the phone is full');
  const notSaved = page.getByRole('alert').filter({ hasText: 'Your last change was not saved' });
  await expect(notSaved).toBeVisible();

  await page.getByRole('button', { name: 'Lock my notes now' }).click();
  await expect(page.locator('h1')).toHaveText('Your notes are locked');
  await expect(page.locator('.checklist-item')).toHaveCount(0);
  await expect(page.getByText('Typed while the phone is full')).toHaveCount(0);
  await expect(notSaved).toBeVisible();

  // Room again; the change comes back on unlocking, still marked unsaved, and the next change
  // stores both.
  await page.evaluate(() => { Storage.prototype.setItem = window.realSetItem; });
  await unlock(page);
  await expect(page.locator('.checklist-item', { hasText: 'Typed while the phone is full' })).toHaveCount(1);
  await expect(page.locator('.checklist-item', { hasText: 'Saved before the phone filled up' })).toHaveCount(1);
  await expect(notSaved).toBeVisible();
  await addChecklistItem(page, 'After there was room');
  await expect(notSaved).toHaveCount(0);
  await page.reload();
  await appReady(page);
  await unlock(page);
  await expect(page.locator('.checklist-item')).toHaveCount(3);
});

test('a lock saves a refused change if the phone has room by then, and then locks as usual', async ({ page }) => {
  await setPasscode(page);
  await page.goto('/checklist/');
  await appReady(page);
  await unlock(page);
  await page.evaluate(() => {
    window.realSetItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await addChecklistItem(page, 'Typed while the phone is full');
  await page.evaluate(() => { Storage.prototype.setItem = window.realSetItem; });
  await page.getByRole('button', { name: 'Lock my notes now' }).click();
  await expect(page.locator('h1')).toHaveText('Your notes are locked');
  await expect(page.getByRole('alert').filter({ hasText: 'Your last change was not saved' })).toHaveCount(0);
  const text = Object.values(await stored(page)).join('\n');
  expect(text).not.toContain('Typed while');
  await page.reload();
  await appReady(page);
  await unlock(page);
  await expect(page.locator('.checklist-item', { hasText: 'Typed while the phone is full' })).toHaveCount(1);
});
