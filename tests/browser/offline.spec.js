// After one visit the whole guide works with no signal, deep links included.
import { test, expect, routes, appReady, waitForServiceWorker } from './fixtures.js';

const title = (slug) => routes.find((r) => r.slug === slug).title;

test('after one visit, reloading a deep link works offline', async ({ page, context }) => {
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

  // The other language was never downloaded online, yet switching works offline.
  await page.getByRole('button', { name: 'Cymraeg' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');

  // An unknown address still gets the app's own not-found page.
  await page.goto('/no-such-page');
  await appReady(page);
  await expect(page.locator('main')).toContainText("Mynd i ddechrau'r canllaw");
});

test('the service worker precaches every file of the build', async ({ page, request }) => {
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
  for (const path of [...assets, ...routes.map((r) => `${r.path}index.html`), '/locales/en/app.ftl', '/locales/cy/app.ftl', '/manifest.webmanifest']) {
    expect(cached, path).toContain(path);
  }
});
