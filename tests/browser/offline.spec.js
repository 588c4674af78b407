// After one visit the whole guide works with no signal, deep links included.
import { readFileSync } from 'node:fs';
import { test, expect, routes, appReady, waitForServiceWorker, chooseLanguage, openMenu } from './fixtures.js';

const title = (slug) => routes.find((r) => r.slug === slug).title;

test('after one visit, reloading a deep link works offline', async ({ page, context, guarded }) => {
  // Welsh is asked for offline on purpose below, and cannot be fetched.
  guarded.allow(/Failed to load resource: net::ERR_FAILED/);
  await page.goto('/core-group/');
  await appReady(page);
  await waitForServiceWorker(page);

  await context.setOffline(true);
  await page.reload();
  await appReady(page);
  await expect(page.locator('h1')).toHaveText(title('core-group'));

  // A page never opened before, typed without its trailing slash.
  await page.goto('/review');
  await appReady(page);
  await expect(page.locator('h1')).toHaveText(title('review'));

  // A language never chosen online was never downloaded: offline, choosing it says so and
  // the page stays readable in English.
  await chooseLanguage(page, 'Cymraeg');
  await expect(page.getByRole('alert')).toContainText('could not be loaded');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('h1')).toHaveText(title('review'));

  // An unknown address still gets the app's own not-found page.
  await page.goto('/no-such-page');
  await appReady(page);
  await expect(page.locator('main')).toContainText('Go to the start of the guide');
});

test('the service worker precaches the app, but no language the reader has not chosen', async ({ page, request }) => {
  await page.goto('/');
  await appReady(page);
  await waitForServiceWorker(page);
  const cached = await page.evaluate(async () => {
    const urls = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const req of await cache.keys()) urls.push(new URL(req.url).pathname);
    }
    return urls;
  });
  const html = await (await request.get('/')).text();
  const assets = [...html.matchAll(/(?:href|src)="(\/[^"]+\.(?:js|wasm|css))"/g)].map((m) => m[1]);
  expect(assets.length).toBeGreaterThanOrEqual(3);
  for (const path of [...assets, ...routes.map((r) => `${r.path}index.html`), '/locales/en/letter-text.ftl', '/locales/cy/letter-text.ftl', '/manifest.webmanifest']) {
    expect(cached, path).toContain(path);
  }
  // English was read, so it is kept (fetched again through the worker once it took over).
  await expect.poll(() => page.evaluate(async () => {
    const cache = await caches.open('cp-guide-locales');
    return (await cache.keys()).map((r) => new URL(r.url).pathname);
  })).toContain('/locales/en/app.ftl');
  for (const code of ['cy', 'pl', 'ro', 'ur', 'ar']) {
    expect(cached.filter((p) => p.startsWith(`/locales/${code}/`) && !p.endsWith('letter-text.ftl')), code).toEqual([]);
  }
  // Nor any page at another language's or nation's address.
  expect(cached.filter((p) => /^\/(cy|pl|ro|ur|ar|england|wales)\//.test(p))).toEqual([]);
});

/** The pages the worker keeps for this reader (`/pl/before/`), and its record of the reader. */
const keptPages = (page) => page.evaluate(async () => {
  const kept = [];
  for (const name of (await caches.keys()).filter((n) => n.startsWith('cp-guide-pages'))) {
    for (const request of await (await caches.open(name)).keys()) kept.push(new URL(request.url).pathname);
  }
  return kept.sort();
});

test('a returning Polish reader sees the page in Polish from the first paint, online and offline', async ({ page, context }) => {
  await page.goto('/before/');
  await appReady(page);
  await waitForServiceWorker(page);
  await chooseLanguage(page, 'Polski');
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  const polishHeading = (await page.locator('h1').textContent()).trim();
  // The worker keeps the page the reader is on in Polish, and no other.
  await expect.poll(() => keptPages(page)).toEqual(['/pl/before/', '/reader-home']);
  for (const offline of [false, true]) {
    await context.setOffline(offline);
    const response = await page.goto('/before/');
    // What the browser paints before any script runs: the page as the app shows it in Polish.
    const html = await response.text();
    expect(html, offline ? 'offline' : 'online').toMatch(/<html lang="pl" dir="ltr">/);
    expect(html).toMatch(new RegExp(`<h1[^>]*>${polishHeading}</h1>`));
    expect(html).not.toContain('Before the conference');
    // Even the line shown if the app cannot start.
    expect(html).toContain('Nie udało się uruchomić przewodnika.');
    await appReady(page);
    await expect(page.locator('h1')).toHaveText(polishHeading);
  }
  // Another page opens in English until the app has started, then is kept in Polish too.
  await context.setOffline(false);
  const other = await page.goto('/during/');
  expect(await other.text()).toMatch(/<html lang="en" dir="ltr">/);
  await appReady(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  await expect.poll(() => keptPages(page)).toEqual(['/pl/before/', '/pl/during/', '/reader-home']);
  // Back to English: the next visit is in English from the start.
  await chooseLanguage(page, 'English');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect.poll(async () => (await (await page.goto('/before/')).text()).match(/<html lang="(\w+)"/)[1]).toBe('en');
  await appReady(page);
  await expect(page.locator('h1')).toHaveText('Before the conference');
});

test('choosing Polish downloads Polish only, and it then works offline', async ({ page, context }) => {
  const fetched = [];
  page.on('request', (r) => { if (r.url().includes('/locales/')) fetched.push(new URL(r.url()).pathname); });
  await page.goto('/before/');
  await appReady(page);
  await waitForServiceWorker(page);
  // The English words of the pages that have their own file, fetched by the page a moment after
  // the start to be kept (web::i18n::keep_page_words_for_offline): before the choice.
  const pageFiles = readFileSync('src/core/i18n/mod.rs', 'utf8')
    .match(/PAGE_LOCALE_FILES: &\[&str\] = &\[([^\]]*)\]/)[1].match(/"[^"]+"/g).map((f) => f.slice(1, -1));
  expect(pageFiles.length).toBeGreaterThanOrEqual(3);
  await expect.poll(() => pageFiles.every((f) => fetched.includes(`/locales/en/${f}`)), { timeout: 15_000 }).toBe(true);
  fetched.length = 0;
  await chooseLanguage(page, 'Polski');
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  expect(fetched.length).toBeGreaterThanOrEqual(6);
  expect(fetched.every((p) => p.startsWith('/locales/pl/')), fetched.join(' ')).toBe(true);
  const polishHeading = await page.locator('h1').textContent();

  await context.setOffline(true);
  await page.reload();
  await appReady(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  await expect(page.locator('h1')).toHaveText(polishHeading);
  // Another page, opened for the first time, offline, in Polish; with a working tap.
  await page.goto('/core-group/');
  await appReady(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  await expect(page.locator('.translation-notice')).toBeVisible();
  await openMenu(page);
  await expect(page.getByRole('link', { name: 'English', exact: true })).toBeVisible();
});

test('a first visit closed as soon as the worker is installed still opens offline, in its language', async ({ context }) => {
  const first = await context.newPage();
  await first.goto('/help/?lang=ro');
  await appReady(first);
  // No waiting for the worker to take over this page: just installed, then the page is shut.
  await first.evaluate(() => navigator.serviceWorker.ready);
  await first.close();
  await context.setOffline(true);
  const page = await context.newPage();
  await page.goto('/before/');
  await appReady(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ro');
});

test('a returning reader who answered England or Wales is not shown the question again while the app starts', async ({ page, context }) => {
  await page.goto('/');
  await appReady(page);
  await waitForServiceWorker(page);
  await page.getByRole('group', { name: 'Where do you live?' }).getByRole('radio', { name: 'Wales' }).check();
  await expect.poll(() => keptPages(page)).toEqual(['/reader-home', '/wales/']);
  for (const offline of [false, true]) {
    await context.setOffline(offline);
    const html = await (await page.goto('/')).text();
    expect(html, offline ? 'offline' : 'online').toMatch(/<html lang="en" dir="ltr">/);
    expect(html).not.toContain('Where do you live?');
    await appReady(page);
    await expect(page.getByRole('group', { name: 'Where do you live?' })).toHaveCount(0);
  }
  // Delete all my data: the kept pages go too, and the next visit asks again.
  await context.setOffline(false);
  await page.goto('/settings/');
  await appReady(page);
  await page.getByRole('button', { name: 'Delete all my data' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect.poll(() => keptPages(page)).toEqual([]);
  expect(await (await page.goto('/')).text()).toContain('Where do you live?');
});
