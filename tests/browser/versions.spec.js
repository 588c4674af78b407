// Two versions of the app side by side: a tab left open on the old version must never move
// aside or delete what a newer version wrote, and every tab learns that a new version took over.
//
// How the "newer version" is made, honestly: the only ways one version reaches another's tab
// are the documents it writes to localStorage and the service worker it installs. A test cannot
// rebuild the wasm with a raised document VERSION, so (1) a second tab writes exactly what a build
// with a raised VERSION writes: the same key, an envelope with a higher version number and a
// shape this build does not know; and (2) a copy of dist/ is "deployed" again with a changed
// sw.js, as update.spec.js does, so a real second worker takes over.
import { test, expect, appReady, waitForServiceWorker, deployCopyOfDist } from './fixtures.js';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';

// A port of its own, beside the one the other specs use (update.spec.js has 4174).
const PORT = (Number(process.env.TEST_PORT) || 4173) + 1000;
const base = `http://127.0.0.1:${PORT}`;
test.describe.configure({ mode: 'serial' });
let deployment;
let site;

test.beforeAll(async () => {
  deployment = await deployCopyOfDist(PORT, 'versions');
  site = deployment.site;
});

test.afterAll(() => deployment?.close());

const RELOAD_OFFER = 'This guide was updated in another tab. Reload to see your notes.';

/** What a build with the checklist's VERSION raised to 99 writes. */
const NEWER_CHECKLIST = JSON.stringify({ version: 99, data: { lists: [{ stage: 'before', tasks: ['Written by the newer version'] }] } });

async function stored(page) {
  return page.evaluate(() => Object.fromEntries(
    Object.keys(localStorage).filter((k) => k.startsWith('cp-guide:')).sort().map((k) => [k, localStorage.getItem(k)]),
  ));
}

test('the old tab leaves a newer version\'s notes untouched, treats them as read-only and asks to reload', async ({ page, context }) => {
  await page.goto(`${base}/checklist/`);
  await appReady(page);
  await page.locator('#checklist-add-before').fill('Written by the old version');
  await page.locator('#checklist-add-before').press('Enter');
  await expect(page.locator('.checklist-item')).toHaveCount(1);
  await expect(page.getByText(RELOAD_OFFER)).toHaveCount(0);

  // The newer version, in another tab, writes its checklist.
  const newer = await context.newPage();
  await newer.goto(`${base}/`);
  await newer.evaluate((text) => localStorage.setItem('cp-guide:checklist', text), NEWER_CHECKLIST);

  const offer = page.getByRole('alert').filter({ hasText: RELOAD_OFFER });
  await expect(offer).toBeVisible();
  await expect(offer.getByRole('button', { name: 'Reload' })).toBeVisible();
  let after = await stored(page);
  expect(after['cp-guide:checklist']).toBe(NEWER_CHECKLIST);
  expect(Object.keys(after).filter((k) => k.includes(':unreadable:'))).toEqual([]);

  // A change here is not written over the newer notes.
  await page.locator('#checklist-add-before').fill('Typed in the old tab afterwards');
  await page.locator('#checklist-add-before').press('Enter');
  after = await stored(page);
  expect(after['cp-guide:checklist']).toBe(NEWER_CHECKLIST);

  // Opening the old version again (as a tab the update has not reached would) moves nothing.
  await Promise.all([page.waitForEvent('framenavigated'), offer.getByRole('button', { name: 'Reload' }).click()]);
  await appReady(page);
  await expect(page.getByRole('alert').filter({ hasText: RELOAD_OFFER })).toBeVisible();
  after = await stored(page);
  expect(after['cp-guide:checklist']).toBe(NEWER_CHECKLIST);
  expect(Object.keys(after).filter((k) => k.includes(':unreadable:'))).toEqual([]);
  await newer.close();
});

test('when another tab switches to a new version, every tab offers to reload, not only that one', async ({ page, context }) => {
  // Two tabs, and a new worker that precaches the whole build (about 3 MB) before it can take
  // over: on a busy two-core machine, with another test running beside it, over 30 s once.
  test.slow();
  await page.goto(`${base}/help/`);
  await appReady(page);
  await waitForServiceWorker(page);
  const other = await context.newPage();
  await other.goto(`${base}/before/`);
  await appReady(other);
  await waitForServiceWorker(other);
  await expect(page.getByText(RELOAD_OFFER)).toHaveCount(0);

  // Deploy a new version; the other tab finds it and the reader there takes it.
  appendFileSync(join(site, 'sw.js'), '\n// next release\n');
  await other.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  await expect(other.getByText('A new version of this guide is ready.')).toBeVisible();
  await page.evaluate(() => { window.stillTheSamePage = true; });
  await Promise.all([
    other.waitForEvent('framenavigated'),
    other.getByRole('button', { name: 'Reload to update' }).click(),
  ]);
  await appReady(other);

  // This tab did not ask, and is told; nothing reloads by itself.
  const offer = page.getByRole('alert').filter({ hasText: RELOAD_OFFER });
  await expect(offer).toBeVisible();
  expect(await page.evaluate(() => window.stillTheSamePage)).toBe(true);
  // It had found the new version too: its own "Reload to update", though no worker waits any
  // more (the other tab took it), still reloads (the offer's own Reload is tapped above).
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.waiting))).toBeNull();
  await Promise.all([
    page.waitForEvent('framenavigated'),
    page.getByRole('button', { name: 'Reload to update' }).click(),
  ]);
  await appReady(page);
  await expect(page.getByText(RELOAD_OFFER)).toHaveCount(0);
  await expect(page.getByText('A new version of this guide is ready.')).toHaveCount(0);
  await other.close();
});
