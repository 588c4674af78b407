// The guide speaks English and Welsh: the first visit follows the browser, a choice is kept.
import { test, expect, appReady } from './fixtures.js';

test('switching to Cymraeg changes the page and <html lang>, and survives a reload', async ({ page }) => {
  await page.goto('/core-group/');
  await appReady(page);
  await expect(page.locator('h1')).toHaveText('The core group');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.getByRole('button', { name: 'Cymraeg' }).click();
  await expect(page.locator('h1')).toHaveText('Y grŵp craidd');
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page).toHaveTitle(/^Y grŵp craidd – Canllaw/);
  await expect(page.getByRole('navigation', { name: 'Prif ddewislen' })).toBeVisible();

  await page.reload();
  await appReady(page);
  await expect(page.locator('h1')).toHaveText('Y grŵp craidd');
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('h1')).toHaveText('The core group');
  await page.reload();
  await appReady(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the language switcher names each language in itself', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  const switcher = page.getByRole('navigation', { name: 'Language' });
  await expect(switcher.locator('[aria-current="true"]')).toHaveText('English');
  await expect(switcher.getByRole('button', { name: 'Cymraeg' })).toHaveAttribute('lang', 'cy');
});

test('the language can be chosen in Settings', async ({ page }) => {
  await page.goto('/settings/');
  await appReady(page);
  await expect(page.getByRole('radio', { name: 'English' })).toBeChecked();
  await page.getByRole('radio', { name: 'Cymraeg' }).check();
  await expect(page.locator('h1')).toHaveText('Gosodiadau');
  await expect(page.getByRole('radio', { name: 'Cymraeg' })).toBeChecked();
  const stored = await page.evaluate(() => localStorage.getItem('cp-guide:settings'));
  expect(JSON.parse(stored)).toEqual({ version: 1, data: { language: 'cy' } });
});

test.describe('with no service worker to answer from its cache', () => {
  test.use({ serviceWorkers: 'block' });
test('a language that cannot be downloaded leaves the page readable and says so', async ({ page, guarded }) => {
  guarded.allow(/Failed to load resource/);
  await page.goto('/before/');
  await appReady(page);
  await page.route('**/locales/cy/**', (route) => route.abort());
  await page.getByRole('button', { name: 'Cymraeg' }).click();
  await expect(page.getByRole('alert')).toContainText('could not be loaded');
  await expect(page.locator('h1')).toHaveText('Before the conference');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
});

test('unreadable stored settings do not stop the app, and are kept aside', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await page.evaluate(() => localStorage.setItem('cp-guide:settings', '{not json'));
  await page.reload();
  await appReady(page);
  await expect(page.locator('h1')).toBeVisible();
  const backups = await page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith('cp-guide:settings:unreadable:')).map((k) => localStorage.getItem(k)));
  expect(backups).toEqual(['{not json']);
});

test.describe('a first visit from a Welsh browser', () => {
  test.use({ locale: 'cy-GB' });
  test('opens in Welsh', async ({ page }) => {
    await page.goto('/');
    await appReady(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
    await expect(page.locator('h1')).toHaveText('Eich canllaw i gynhadledd amddiffyn plant');
  });
});

test.describe('a first visit from a browser in a language we lack', () => {
  test.use({ locale: 'fr-FR' });
  test('opens in English', async ({ page }) => {
    await page.goto('/');
    await appReady(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});
