// The emergency exit: one tap or three Shift presses leave for a neutral site, and Back does
// not come back. The neutral site is intercepted: nothing real is fetched.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { test, expect, appReady } from './fixtures.js';

const NEUTRAL = 'https://www.bbc.co.uk/weather';

test.beforeEach(async ({ context, guarded }) => {
  guarded.allow(/request left 127\.0\.0\.1: https:\/\/www\.bbc\.co\.uk\/weather/);
  await context.route('https://www.bbc.co.uk/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><p>Weather</p>' }));
});

async function openGuide(page) {
  await page.goto('about:blank');
  await page.goto('/core-group/');
  await appReady(page);
}

test('Exit this page leaves for the neutral site, and Back does not return', async ({ page }) => {
  await openGuide(page);
  const exit = page.getByRole('link', { name: 'Emergency Exit this page' });
  await expect(exit).toBeVisible();
  await exit.click();
  await expect(page).toHaveURL(NEUTRAL);
  await page.goBack();
  expect(page.url()).not.toContain('127.0.0.1');
});

test('the exit is on screen without scrolling, at 320 px wide, even far down a page', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 568 });
  await openGuide(page);
  await page.mouse.wheel(0, 3000);
  await expect(page.getByRole('link', { name: 'Emergency Exit this page' })).toBeInViewport();
});

test('pressing Shift three times exits, and a screen reader hears the count', async ({ page }) => {
  await openGuide(page);
  await page.keyboard.press('Shift');
  await expect(page.locator('[aria-live="polite"]').first()).toHaveText('Press Shift 2 more times to exit.');
  await page.keyboard.press('Shift');
  await expect(page.locator('[aria-live="polite"]').first()).toHaveText('Press Shift 1 more time to exit.');
  await page.keyboard.press('Shift');
  await expect(page).toHaveURL(NEUTRAL);
});

test('Shift+A three times, or Shift while typing in a field, does not exit', async ({ page }) => {
  await openGuide(page);
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+A');
  await page.goto('/settings/');
  await appReady(page);
  await page.getByRole('radio', { name: 'English' }).focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  await page.waitForTimeout(300);
  expect(page.url()).toContain('127.0.0.1');
});

test('a page restored from the back-forward cache is not left blank', async ({ page, context }) => {
  // The way out is cancelled (as if the reader stopped it), so the blanked page stays to be
  // restored: an aborted navigation leaves the current document in place.
  await context.unroute('https://www.bbc.co.uk/**');
  await context.route('https://www.bbc.co.uk/**', (route) => route.abort('aborted'));
  await openGuide(page);
  await page.getByRole('link', { name: 'Emergency Exit this page' }).click({ noWaitAfter: true });
  const state = () => page.evaluate(() => ({ blank: !!document.getElementById('exit-overlay'), title: document.title }));
  expect(await state()).toEqual({ blank: true, title: '' });
  await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })));
  const restored = await state();
  expect(restored.blank).toBe(false);
  expect(restored.title).toMatch(/The core group/);
});

test('the exit works as a plain link in the pre-rendered page, before the app runs', async ({ request }) => {
  const html = await (await request.get('/core-group/')).text();
  expect(html).toContain(`href="${NEUTRAL}"`);
  // The one inline script is the early settings (text size, awaiting the reader's language),
  // allowed by its hash alone.
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)];
  expect(inline.map((m) => m[0].slice(0, 28))).toEqual(['<script data-early-settings>']);
  const hash = createHash('sha256').update(inline[0][1]).digest('base64');
  const policy = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)[1];
  expect(policy).toContain(`script-src 'self' 'sha256-${hash}' 'wasm-unsafe-eval';`);
  // The README's header for hosts is the same policy (plus frame-ancestors, header-only).
  expect(readFileSync('README.md', 'utf8')).toContain(`Content-Security-Policy: ${policy}; frame-ancestors 'none'`);
});

test('the exit goes to the site chosen in Settings', async ({ page, context, guarded }) => {
  guarded.allow(/request left 127\.0\.0\.1: https:\/\/www\.bbc\.co\.uk\/news/);
  await page.goto('/settings/');
  await appReady(page);
  await page.getByRole('radio', { name: 'BBC News' }).check();
  await page.reload();
  await appReady(page);
  await expect(page.getByRole('radio', { name: 'BBC News' })).toBeChecked();
  await page.getByRole('link', { name: 'Emergency Exit this page' }).click();
  await expect(page).toHaveURL('https://www.bbc.co.uk/news');
});

test('Cover your tracks is one tap from every page, and honest about the limits', async ({ page }) => {
  await openGuide(page);
  await page.getByRole('contentinfo').getByRole('link', { name: 'Cover your tracks' }).click();
  await expect(page.locator('h1')).toHaveText('Cover your tracks');
  const text = await page.locator('main').innerText();
  for (const fact of ['only in this browser on this phone', 'does not use cookies', 'does not delete your browsing history', 'home screen', 'private window']) {
    expect(text).toContain(fact);
  }
});
