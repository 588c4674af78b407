// When a new version is deployed, the app says so and reloads only when asked.
import { test, expect, appReady, waitForServiceWorker, deployCopyOfDist } from './fixtures.js';
import { appendFileSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Beside this run's own server (TEST_PORT), so two checkouts testing at once never share it.
const PORT = (Number(process.env.TEST_PORT) || 4173) + 1;
// The tests share one deployment, one after the other.
// Each test installs the worker twice (the second time a new version, while a page is open):
// on a busy machine that alone took most of the default 30 s (CI once ran out of time waiting for
// the reload after "Reload to update", with the banner shown and the button tapped).
test.describe.configure({ mode: 'serial', timeout: 60_000 });
let deployment;
let site;

// A deployment of our own, so the test can "deploy" a new version into it.
test.beforeAll(async () => {
  deployment = await deployCopyOfDist(PORT, 'site');
  site = deployment.site;
});

test.afterAll(() => deployment?.close());

test('a new version is announced, and applied when the reader taps reload', async ({ page }) => {
  const base = `http://127.0.0.1:${PORT}`;
  await page.goto(`${base}/help/`);
  await appReady(page);
  await waitForServiceWorker(page);
  await expect(page.getByText('A new version of this guide is ready.')).toHaveCount(0);

  // Deploy: any change to sw.js is a new version of the worker.
  appendFileSync(join(site, 'sw.js'), '\n// next release\n');
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  await expect(page.getByText('A new version of this guide is ready.')).toBeVisible({ timeout: 20_000 });

  // Nothing reloads until asked.
  await page.evaluate(() => { window.stillTheSamePage = true; });
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => window.stillTheSamePage)).toBe(true);

  await Promise.all([
    page.waitForEvent('framenavigated'),
    page.getByRole('button', { name: 'Reload to update' }).click(),
  ]);
  await appReady(page);
  expect(await page.evaluate(() => window.stillTheSamePage)).toBeUndefined();
  const waiting = await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.waiting));
  expect(waiting).toBeNull();
  await expect(page.getByText('A new version of this guide is ready.')).toHaveCount(0);
});

// A language's files: those fetched at start and those of the pages that have their own
// (core::i18n::LOCALE_FILES and PAGE_LOCALE_FILES), kept a moment after the start.
const FILES_OF_A_LANGUAGE = 10;

test('a new version fetches anew the languages this phone keeps (and no other), and drops the old copies', async ({ page }) => {
  const base = `http://127.0.0.1:${PORT}`;
  const kept = () => page.evaluate(async () => {
    const cache = await caches.open('cp-guide-locales');
    return (await cache.keys()).map((r) => { const u = new URL(r.url); return `${u.pathname}?v=${u.searchParams.get('v')}`; });
  });
  // The page's own fetches of the words of the pages that have their own file, made two seconds
  // after the start to keep them (web::i18n::keep_page_words_for_offline). Had one of them come
  // after the update below, it would have kept an old copy again (waiting for the network to go
  // quiet was not enough: it could go quiet before those two seconds were up).
  const pageFiles = readFileSync('src/core/i18n/mod.rs', 'utf8')
    .match(/PAGE_LOCALE_FILES: &\[&str\] = &\[([^\]]*)\]/)[1].match(/"[^"]+"/g).map((f) => `/locales/pl/${f.slice(1, -1)}`);
  const keptByThePage = new Set();
  page.on('requestfinished', (r) => keptByThePage.add(new URL(r.url()).pathname));
  await page.goto(`${base}/before/?lang=pl`);
  await appReady(page);
  await waitForServiceWorker(page);
  await expect.poll(async () => (await kept()).filter((u) => u.startsWith('/locales/pl/')).length, { timeout: 15_000 }).toBe(FILES_OF_A_LANGUAGE);
  await expect.poll(() => pageFiles.filter((f) => !keptByThePage.has(f)), { timeout: 15_000 }).toEqual([]);
  await page.waitForLoadState('networkidle');
  const oldVersion = (await kept())[0].split('?v=')[1];
  // The page itself, kept in Polish for the next visit (its version names the cache).
  const keptPages = () => page.evaluate(async () => {
    const kept = [];
    for (const name of (await caches.keys()).filter((n) => n.startsWith('cp-guide-pages'))) {
      for (const request of await (await caches.open(name)).keys()) kept.push(`${name} ${new URL(request.url).pathname}`);
    }
    return kept.sort();
  });
  await expect.poll(async () => (await keptPages()).filter((u) => u.endsWith(' /pl/before/')).length).toBe(1);
  const oldPages = (await keptPages()).find((u) => u.endsWith(' /pl/before/')).split(' ')[0].replace('cp-guide-pages-', '');
  const NEXT_PAGES = 'feedfacefeedface';

  // Deploy a release whose messages and pages changed: new fingerprints in the worker's keeper,
  // whose pages are kept under a new name.
  const file = join(site, 'sw-languages.js');
  writeFileSync(file, readFileSync(file, 'utf8').replace(oldVersion, 'next-release').replace(oldPages, NEXT_PAGES));
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  // (The page is in Polish.) Only the worker's own file changed: it is still a new version.
  await expect(page.locator('.update-banner')).toBeVisible();
  // Installed, still waiting: the new copies of Polish are already kept, and nothing else new.
  const afterInstall = await kept();
  expect(afterInstall.filter((u) => u.endsWith('?v=next-release') && u.startsWith('/locales/pl/'))).toHaveLength(FILES_OF_A_LANGUAGE);
  expect(afterInstall.filter((u) => u.endsWith('?v=next-release') && !u.startsWith('/locales/pl/') && !u.startsWith('/locales/en/'))).toEqual([]);
  expect(await keptPages()).toContain(`cp-guide-pages-${NEXT_PAGES} /pl/before/`);

  // The new worker takes over (without the page reloading, which would fetch the old version's
  // addresses again): the old copies go.
  await page.evaluate(() => new Promise((resolve) => {
    navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true });
    navigator.serviceWorker.getRegistration().then((r) => r.waiting.postMessage({ type: 'SKIP_WAITING' }));
  }));
  await expect.poll(async () => (await kept()).filter((u) => u.includes(`?v=${oldVersion}`))).toEqual([]);
  expect((await kept()).filter((u) => u.startsWith('/locales/pl/'))).toHaveLength(FILES_OF_A_LANGUAGE);
  await expect.poll(keptPages).toEqual(expect.not.arrayContaining([`cp-guide-pages-${oldPages} /pl/before/`]));
  expect(await keptPages()).toEqual(['cp-guide-pages /reader-home', `cp-guide-pages-${NEXT_PAGES} /pl/before/`]);
});
