// What the guide leaves in the browser: "Delete all my data" deletes everything it keeps that
// says what was read, "Remove every trace" removes the guide itself, and the plain name keeps
// every title, the manifest and the icon from naming the guide, from the first paint.
import { test, expect, appReady, chooseLanguage, openMenu, routes, waitForServiceWorker } from './fixtures.js';

const NEUTRAL = 'https://www.bbc.co.uk/weather';
const TOPIC = /child|protection|conference|guide|social|council|CP /i;

/** Every address in every cache of this site, and the names of its IndexedDB databases. */
async function browserCopies(page) {
  return page.evaluate(async () => {
    const cached = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) cached.push(`${name} ${request.url}`);
    }
    const databases = (await indexedDB.databases()).map((d) => d.name);
    const keys = Object.keys(localStorage);
    return { cached, databases, keys };
  });
}

test('after Polish and several pages, Delete all leaves nothing that names a language or page read, in any tab', async ({ page, context }) => {
  test.slow();
  await page.goto('/');
  await appReady(page);
  await waitForServiceWorker(page);
  await chooseLanguage(page, 'Polski');
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  for (const path of ['/core-group/', '/review/']) {
    await page.goto(path);
    await appReady(page);
  }
  await expect.poll(async () => (await browserCopies(page)).cached.filter((c) => /\/locales\/pl\/|index\.pl\./.test(c)).length).toBeGreaterThan(0);
  // A second tab with a draft and a note.
  const other = await context.newPage();
  await other.goto('/checklist/');
  await appReady(other);
  await other.locator('#checklist-add-before').fill('Secret draft');

  await page.goto('/settings/');
  await appReady(page);
  await chooseLanguage(page, 'English');
  await page.getByRole('button', { name: 'Delete all my data' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  const status = page.getByRole('status').filter({ hasText: 'Deleted from this phone' });
  await expect(status).toContainText('may still hold');
  await expect(status.getByRole('link', { name: /Cover your tracks/ })).toHaveAttribute('href', '/cover-your-tracks/');

  await expect.poll(async () => {
    const { cached, databases } = await browserCopies(page);
    // The precache is the same for every reader (the app, the English pages, both letter
    // languages): it says nothing of what this one read.
    const read = cached.filter((c) => !c.startsWith('workbox-precache'));
    return [...read.filter((c) => /\/locales\/(?!en\/)|\/(cy|pl|ro|ur|ar|england|wales)\/|reader-|cp-guide-pages/.test(c)), ...databases];
  }).toEqual([]);
  expect((await browserCopies(page)).keys).toEqual([]);
  // The other tab forgot its draft too.
  await expect(other.locator('#checklist-add-before')).toHaveValue('');
});

test('Remove every trace removes the notes, every cache and the service worker, then leaves for the chosen site with no way back', async ({ page, context, guarded }) => {
  guarded.allow(/request left 127\.0\.0\.1: https:\/\/www\.bbc\.co\.uk\//);
  await context.route('https://www.bbc.co.uk/**', (route) => route.fulfill({ contentType: 'text/html', body: '<link rel="icon" href="data:,"><title>Weather</title>' }));
  await page.goto('/checklist/');
  await appReady(page);
  await waitForServiceWorker(page);
  await page.locator('#checklist-add-before').fill('Secret item');
  await page.locator('#checklist-add-before').press('Enter');
  await page.goto('/settings/');
  await appReady(page);
  await page.getByRole('radio', { name: 'BBC News' }).check();
  await page.getByRole('button', { name: 'Remove every trace of this guide' }).click();
  await expect(page.locator('.delete-all__confirm')).toContainText('this page will close');
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page).toHaveURL('https://www.bbc.co.uk/news');
  await page.goBack({ waitUntil: 'commit', timeout: 5000 }).catch(() => null);
  await page.waitForTimeout(1000);
  expect(page.url()).not.toContain('127.0.0.1');

  // A look from this site with the app held back (it would register the worker again).
  guarded.allow(/console error|page error/);
  const look = await context.newPage();
  await look.route('**/*.wasm', (route) => route.abort());
  await look.goto('/404.html');
  const copies = await browserCopies(look);
  expect(copies.cached).toEqual([]);
  expect(copies.databases).toEqual([]);
  expect(copies.keys).toEqual([]);
  expect(await look.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
});

test('with a plain name, no title of any page, nor the manifest, names the guide, from the first paint', async ({ page, context, guarded }) => {
  test.slow();
  await page.goto('/settings/');
  await appReady(page);
  await page.getByRole('radio', { name: 'A plain name: Notes' }).check();
  await expect(page).toHaveTitle('Notes');
  await expect(page.locator('link[rel=manifest]')).toHaveAttribute('href', '/plain.en.webmanifest');
  // In-app moves keep it.
  await openMenu(page);
  await page.locator('.main-nav a[href="/checklist/"]').click();
  await expect(page.locator('h1')).toHaveText('My checklist');
  await expect(page).toHaveTitle('Notes');

  // Before the app starts: what the early script does alone, on every page.
  guarded.allow(/console error|page error/);
  const early = await context.newPage();
  await early.route('**/*.wasm', (route) => route.abort());
  for (const route of routes) {
    await early.goto(route.path);
    expect(await early.title(), route.path).toBe('Notes');
    await expect(early.locator('link[rel=manifest]')).toHaveAttribute('href', '/plain.en.webmanifest');
    await expect(early.locator('link[rel=icon]')).toHaveAttribute('href', '/plain-icon.svg');
  }
  const manifest = await (await page.request.get('/plain.en.webmanifest')).json();
  expect(JSON.stringify(manifest)).not.toMatch(TOPIC);
  expect(manifest.name).toBe('Notes');
  for (const icon of manifest.icons) expect((await page.request.get(icon.src)).ok()).toBe(true);

  // In Polish, the plain name is in Polish; back to the guide's name, the titles come back.
  await chooseLanguage(page, 'Polski');
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  await expect(page).not.toHaveTitle('Notes');
  const polishTitle = await page.title();
  expect(polishTitle).not.toContain('–');
  expect(polishTitle).not.toMatch(TOPIC);
  await expect(page.locator('link[rel=manifest]')).toHaveAttribute('href', '/plain.pl.webmanifest');
  expect((await (await page.request.get('/plain.pl.webmanifest')).json()).name).toBe(polishTitle);
  await page.goto('/settings/');
  await appReady(page);
  await page.locator('input[name="plain-name"][value="guide-name"]').check();
  await expect(page).toHaveTitle(/ – /);
  await expect(page.locator('link[rel=manifest]')).toHaveAttribute('href', '/manifest.webmanifest');
});
