// The guide hosted under a folder of a site (a charity's own site, a GitHub Pages project
// site): built with `BASE=/guide/ SITE=https://guide.example.org` into target/dist-guide (see
// the Makefile's `test`), served here from /guide/ as such a host would.
import { existsSync, readFileSync } from 'node:fs';
import { test, expect, routes, appReady, waitForServiceWorker } from './fixtures.js';
import { serve } from '../../scripts/lib-serve.mjs';

const DIST = 'target/dist-guide';
let site;
test.beforeAll(async () => {
  if (!existsSync(`${DIST}/index.html`)) throw new Error(`no ${DIST}: run \`make test\`, which builds it`);
  site = await serve(DIST, 0, { base: '/guide' });
});
test.afterAll(() => site?.close());

/** Every link of the page that stays on this site, as a path. */
const localLinks = (page) => page.locator('a[href]').evaluateAll((links) => links
  .map((a) => new URL(a.href)).filter((u) => u.origin === location.origin).map((u) => u.pathname));

test('every route loads directly from the folder, and its links stay inside it', async ({ page }) => {
  test.slow();
  for (const route of routes) {
    const response = await page.goto(`${site.url}/guide${route.path}`);
    expect(response.status(), route.path).toBe(200);
    await appReady(page);
    await expect(page.locator('main h1'), route.path).toHaveText(route.title);
    const outside = (await localLinks(page)).filter((path) => !path.startsWith('/guide/'));
    expect(outside, route.path).toEqual([]);
  }
  // The guide's own links lead within it, and the page opens there.
  await page.goto(`${site.url}/guide/`);
  await appReady(page);
  await page.locator('.step-list__link').first().click();
  await expect(page).toHaveURL(`${site.url}/guide/before/`);
  await expect(page.locator('main h1')).toHaveText(routes.find((r) => r.slug === 'before').title);
});

test.describe('with no script', () => {
  test.use({ javaScriptEnabled: false });
  test('the pages written for the folder link within it, in every language', async ({ page }) => {
    for (const path of ['/guide/', '/guide/pl/before/', '/guide/ar/wales/help/']) {
      expect((await page.goto(site.url + path)).status(), path).toBe(200);
      const links = await localLinks(page);
      expect(links.length, path).toBeGreaterThan(10);
      expect(links.filter((p) => !p.startsWith('/guide/')), path).toEqual([]);
      const files = await page.locator('script[src], link[href]').evaluateAll((els) => els
        .map((e) => new URL(e.src || e.href)).filter((u) => u.origin === location.origin).map((u) => u.pathname));
      expect(files.filter((p) => !p.startsWith('/guide/')), path).toEqual([]);
    }
    // Its address in every language for search engines, whole, from SITE; and its own.
    await page.goto(`${site.url}/guide/pl/wales/before/`);
    const alternates = await page.locator('link[rel="alternate"]').evaluateAll((links) => links.map((l) => [l.hreflang, l.href]));
    const at = (path) => `https://guide.example.org/guide${path}`;
    expect(alternates).toEqual([
      ['en', at('/wales/before/')], ['cy', at('/cy/wales/before/')], ['pl', at('/pl/wales/before/')], ['ro', at('/ro/wales/before/')],
      ['ur', at('/ur/wales/before/')], ['ar', at('/ar/wales/before/')], ['x-default', at('/wales/before/')],
    ]);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', at('/pl/wales/before/'));
  });
});

test('the worker\'s scope is the folder, and the guide works offline from it', async ({ page, context }) => {
  await page.goto(`${site.url}/guide/pl/during/`);
  await appReady(page);
  await waitForServiceWorker(page);
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.scope))).toBe(`${site.url}/guide/`);
  const manifest = await (await page.request.get(`${site.url}/guide/manifest.webmanifest`)).json();
  expect([manifest.start_url, manifest.scope]).toEqual(['/guide/', '/guide/']);
  expect(manifest.icons.every((icon) => icon.src.startsWith('/guide/'))).toBe(true);
  await context.setOffline(true);
  // A page opened before, one never opened, and a plain address: all from the worker.
  for (const [path, lang] of [['/guide/pl/during/', 'pl'], ['/guide/pl/review/', 'pl'], ['/guide/help/', 'pl']]) {
    await page.goto(site.url + path);
    await appReady(page);
    await expect(page.locator('html'), path).toHaveAttribute('lang', lang);
  }
  await expect(page).toHaveURL(`${site.url}/guide/pl/help/`);
});

test('the sitemap lists every page of every language at the site\'s address, and robots.txt names it', async ({ page }) => {
  const sitemap = readFileSync(`${DIST}/sitemap.xml`, 'utf8');
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  expect(locs).toHaveLength(routes.length * 6 * 3);
  expect(locs).toContain('https://guide.example.org/guide/ur/wales/core-group/');
  expect(locs).toContain('https://guide.example.org/guide/');
  expect(locs.every((loc) => loc.startsWith('https://guide.example.org/guide/'))).toBe(true);
  const robots = await (await page.request.get(`${site.url}/guide/robots.txt`)).text();
  expect(robots).toContain('Sitemap: https://guide.example.org/guide/sitemap.xml');
});
