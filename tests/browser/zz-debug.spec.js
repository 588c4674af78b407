import { test, expect, appReady } from './fixtures.js';
test('debug', async ({ page }) => {
  await page.setViewportSize({ width: 718, height: 1047 });
  await page.goto('/share/');
  await appReady(page);
  await page.getByRole('radio', { name: 'اردو', exact: true }).check();
  await page.getByRole('radio', { name: 'Wales', exact: true }).check();
  await expect(page.locator('.share-link')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: '/tmp/leaflet-ur-a4.png', fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('radio', { name: 'Two A5 copies on one A4 sheet, to cut in half' }).check();
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: '/tmp/leaflet-ur-a5.png', fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 360, height: 800 });
  await page.screenshot({ path: '/tmp/share-screen.png', fullPage: true });
});
