// Every page has an address in every language and nation (`/pl/before/`, `/cy/wales/help/`;
// core::address), written with the page already in those words: a family support worker's
// link shows the parent's language from the first paint, with no script, and keeps it offline.
import { readFileSync } from 'node:fs';
import { test, expect, appReady, waitForServiceWorker, openMenu } from './fixtures.js';

/** A one-line message of locales/<code>/app.ftl. */
function message(code, id) {
  const line = readFileSync(`locales/${code}/app.ftl`, 'utf8').match(new RegExp(`^${id} = (.+)$`, 'm'));
  if (!line) throw new Error(`no one-line ${id} in locales/${code}/app.ftl`);
  return line[1];
}

/** The pages the worker keeps (`/pl/before/`), and its record of the reader. */
const keptPages = (page) => page.evaluate(async () => {
  const kept = [];
  for (const name of (await caches.keys()).filter((n) => n.startsWith('cp-guide-pages'))) {
    for (const request of await (await caches.open(name)).keys()) kept.push(new URL(request.url).pathname);
  }
  return kept.sort();
});

test.describe('with no script at all', () => {
  test.use({ javaScriptEnabled: false });

  for (const { path, code, dir, title } of [
    { path: '/pl/before/', code: 'pl', dir: 'ltr', title: 'before-title' },
    { path: '/ar/review/', code: 'ar', dir: 'rtl', title: 'review-title' },
    { path: '/cy/wales/help/', code: 'cy', dir: 'ltr', title: 'help-title' },
  ]) {
    test(`${path} is served in its language, with its other languages linked`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', code);
      await expect(page.locator('html')).toHaveAttribute('dir', dir);
      await expect(page.locator('main h1')).toHaveText(message(code, title));
      // The first paragraph is the translation's, not the English.
      const lead = (await page.locator('main p.lead').textContent()).trim();
      expect(lead.length).toBeGreaterThan(20);
      const english = await (await page.request.get(path.replace(/^\/[a-z]{2}\//, '/'))).text();
      expect(english).not.toContain(lead);
      // The menu links its address in every language, and works with no script. (The head's
      // alternates, whole addresses for search engines, need SITE: base-path.spec.js.)
      const rest = path.replace(/^\/[a-z]{2}\//, '/');
      const languages = await page.locator('.language-switcher__option').evaluateAll((links) => links.map((l) => [l.hreflang, new URL(l.href).pathname]));
      expect(languages).toEqual([
        ['en', rest], ['cy', `/cy${rest}`], ['pl', `/pl${rest}`], ['ro', `/ro${rest}`], ['ur', `/ur${rest}`], ['ar', `/ar${rest}`],
      ]);
      await expect(page.locator('.language-switcher__option[aria-current="true"]')).toHaveAttribute('hreflang', code);
    });
  }

  test('the Wales address shows what Wales does, in Welsh', async ({ page }) => {
    await page.goto('/cy/wales/help/');
    const wales = await page.locator('main p.lead').textContent();
    await page.goto('/cy/england/help/');
    const england = await page.locator('main p.lead').textContent();
    expect(wales).toContain('chyfreithiwr');
    expect(wales).not.toEqual(england);
    await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  });

  test('the build says where each page is, and lets it be read', async ({ page }) => {
    const robots = await page.request.get('/robots.txt');
    expect(robots.status()).toBe(200);
    expect(await robots.text()).toContain('User-agent: *');
  });
});

test('a first visit to /pl/ shows Polish words at first paint, with no turning sign', async ({ page, guarded }) => {
  guarded.allow(/./); // the app is stopped on purpose, to see the first paint alone
  await page.route(/\.wasm$/, (route) => route.abort());
  await page.goto('/pl/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  await expect(page.locator('html')).not.toHaveAttribute('data-awaiting-language', /./);
  await expect(page.locator('#main-content')).toHaveCSS('visibility', 'visible');
  await expect(page.locator('main h1')).toHaveText(message('pl', 'home-title'));
  await expect(page).toHaveTitle(new RegExp(message('pl', 'home-title')));
});

test('the address names the page, in the language and nation the reader chose', async ({ page }) => {
  await page.goto('/pl/');
  await appReady(page);
  await expect(page.locator('main h1')).toHaveText(message('pl', 'home-title'));
  // The link's language is remembered, and the guide's own links keep it.
  await page.locator('.step-list__link').first().click();
  await expect(page).toHaveURL(/\/pl\/before\/$/);
  await expect(page.locator('main h1')).toHaveText(message('pl', 'before-title'));
  // The menu's Română leads to the Romanian address of the same page.
  await openMenu(page);
  await page.locator('.language-switcher').getByRole('link', { name: 'Română' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ro');
  await expect(page).toHaveURL(/\/ro\/before\/$/);
  await expect(page.locator('main h1')).toHaveText(message('ro', 'before-title'));
  // Back goes to the page before, not to the language before: a choice is not a page.
  await page.goBack();
  await expect(page).toHaveURL(/\/ro\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ro');
  await expect(page.locator('main h1')).toHaveText(message('ro', 'home-title'));
  // Answering "England or Wales?" puts it in the address too.
  await page.locator('input[name="home-nation"][value="wales"]').check();
  await expect(page).toHaveURL(/\/ro\/wales\/$/);
  // A plain address opens in the saved choice, and is named so.
  await page.goto('/core-group/');
  await appReady(page);
  await expect(page.locator('main h1')).toHaveText(message('ro', 'core-group-title'));
  await expect(page).toHaveURL(/\/ro\/wales\/core-group\/$/);
  // English: the plain address again.
  await openMenu(page);
  await page.locator('.language-switcher').getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/wales\/core-group\/$/);
  await expect(page.locator('main h1')).toHaveText(message('en', 'core-group-title'));
});

test('an older ?lang=ro link lands on the same page at its Romanian address, with the worker in charge too', async ({ page }) => {
  await page.goto('/core-group/?lang=ro#what-helps');
  await appReady(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ro');
  await expect(page).toHaveURL(/\/ro\/core-group\/#what-helps$/);
  await waitForServiceWorker(page);
  // Once the worker is in charge it answers with the Romanian page itself.
  const response = await page.goto('/during/?lang=ro');
  expect(await response.text()).toMatch(/<html lang="ro" dir="ltr">/);
  await expect(page).toHaveURL(/\/ro\/during\/$/);
  await appReady(page);
  await expect(page.locator('main h1')).toHaveText(message('ro', 'during-title'));
});

test('offline after one visit to /pl/, /pl/core-group/ still loads, in Polish', async ({ page, context }) => {
  await page.goto('/pl/');
  await appReady(page);
  await waitForServiceWorker(page);
  await expect.poll(() => keptPages(page)).toEqual(['/pl/', '/reader-home']);
  await context.setOffline(true);
  // The page opened, from the first paint.
  const home = await page.goto('/pl/');
  expect(await home.text()).toMatch(/<html lang="pl" dir="ltr">/);
  await appReady(page);
  // A page never opened: the app, in Polish.
  await page.goto('/pl/core-group/');
  await appReady(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  await expect(page.locator('main h1')).toHaveText(message('pl', 'core-group-title'));
  // The home screen's plain address opens in Polish from the first paint.
  const plain = await page.goto('/');
  expect(await plain.text()).toMatch(/<html lang="pl" dir="ltr">/);
});

test('a link in another language, opened by a reader of one, is shown in the link\'s language', async ({ page }) => {
  await page.goto('/ur/');
  await appReady(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ur');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.goto('/pl/before/');
  await appReady(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  await expect(page.locator('main h1')).toHaveText(message('pl', 'before-title'));
  // And remembered: the plain address follows it.
  await page.goto('/during/');
  await appReady(page);
  await expect(page).toHaveURL(/\/pl\/during\/$/);
});

test.describe('a page\'s words', () => {
  test.use({ serviceWorkers: 'block' });

  test('come with the page in its language: preloaded, each fetched once, no other language\'s', async ({ page }) => {
    // The words the app fetches as it starts (core::i18n::LOCALE_FILES).
    const files = readFileSync('src/core/i18n/mod.rs', 'utf8')
      .match(/pub const LOCALE_FILES: &\[&str\] = &\[([^\]]*)\]/)[1].match(/"[^"]+"/g).map((f) => f.slice(1, -1));
    expect(files.length).toBeGreaterThanOrEqual(4);
    const fetched = [];
    page.on('request', (r) => { const path = new URL(r.url()).pathname; if (path.startsWith('/locales/')) fetched.push(path); });
    await page.goto('/pl/before/');
    await appReady(page);
    // Let go by the start script once the page had painted (scripts/assemble.mjs).
    const preloaded = await page.locator('head > link[rel="preload"][href*="/locales/"]').evaluateAll((links) => links.map((l) => new URL(l.href).pathname));
    expect(preloaded).toEqual(files.map((f) => `/locales/pl/${f}`));
    await expect(page.locator('h1')).toHaveText(message('pl', 'before-title'));
    // Not fetched again by the app: the preload's answer is the one it reads.
    for (const file of files) expect(fetched.filter((p) => p === `/locales/pl/${file}`), file).toHaveLength(1);
    expect(fetched.filter((p) => !p.startsWith('/locales/pl/'))).toEqual([]);
  });
});

test('a page the worker answers with leaves out the words\' preloads (it keeps the words itself)', async ({ page }) => {
  await page.goto('/pl/before/');
  await appReady(page);
  await waitForServiceWorker(page);
  const again = await page.goto('/pl/before/');
  const html = await again.text();
  expect(html).toMatch(/<html lang="pl" dir="ltr">/);
  expect(html).not.toMatch(/<link rel="preload" href="[^"]*\/locales\//);
  await appReady(page);
  await expect(page.locator('main h1')).toHaveText(message('pl', 'before-title'));
});
