// The guide can be installed: a complete manifest, real icons of the stated sizes, and no
// installability errors from Chromium itself.
import { test, expect, appReady, waitForServiceWorker } from './fixtures.js';

function pngSize(buffer) {
  expect(buffer.subarray(1, 4).toString()).toBe('PNG');
  return `${buffer.readUInt32BE(16)}x${buffer.readUInt32BE(20)}`;
}

test('the manifest has what install needs', async ({ page, request }) => {
  await page.goto('/');
  await appReady(page);
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await request.get(href)).json();
  expect(manifest.name).toBe('Child protection conference guide');
  expect(manifest.short_name.length).toBeLessThanOrEqual(12);
  expect(manifest.start_url).toBe('/');
  expect(manifest.display).toBe('standalone');
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);

  const pngs = manifest.icons.filter((i) => i.type === 'image/png');
  for (const icon of pngs) {
    const response = await request.get(icon.src);
    expect(response.status(), icon.src).toBe(200);
    expect(pngSize(await response.body()), icon.src).toBe(icon.sizes);
  }
  const sizes = pngs.map((i) => `${i.sizes} ${i.purpose}`);
  expect(sizes).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));

  await waitForServiceWorker(page);
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  // Playwright's browser contexts are incognito-like, which Chromium itself reports; anything
  // else would be the app's fault.
  const errors = installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito');
  expect(errors).toEqual([]);
});
