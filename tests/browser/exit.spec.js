// The emergency exit: one tap or three Shift presses leave for a neutral site, from the first
// paint (public/exit.js), in every tab, and nothing of the visit is left behind Back. These run
// with the back-forward cache on (playwright.config.js), as on a phone. The neutral sites are
// intercepted: nothing real is fetched.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { test, expect, appReady, setPasscode as setPasscodeTo, unlock as unlockWith } from './fixtures.js';

const NEUTRAL = 'https://www.bbc.co.uk/weather';
// What the parent had open before the guide.
const BEFORE = 'https://example.org/';
const GUIDE = /127\.0\.0\.1/;

// The neutral sites, stood in for (no internet here), each with an icon of its own: the browser
// asks for a page's /favicon.ico past the test's routes, and its failure is a console error
// (seen about once in 20 runs, for example.org's).
test.beforeEach(async ({ context, guarded }) => {
  guarded.allow(/request left 127\.0\.0\.1: https:\/\/(www\.bbc\.co\.uk|example\.org)\//);
  await context.route('https://www.bbc.co.uk/**', (route) => route.fulfill({ contentType: 'text/html', body: '<link rel="icon" href="data:,"><title>Weather</title><p>Weather</p>' }));
  await context.route('https://example.org/**', (route) => route.fulfill({ contentType: 'text/html', body: '<link rel="icon" href="data:,"><title>Recipes</title><p>Recipes</p>' }));
});

async function openGuide(page) {
  await page.goto('about:blank');
  await page.goto('/core-group/');
  await appReady(page);
}

const PASSCODE = '482915';
const setPasscode = (page) => setPasscodeTo(page, PASSCODE);
const unlock = (page) => unlockWith(page, PASSCODE);


/** Opens the checklist (unlocking it if a passcode is set) and writes a secret in it. */
async function openSecretChecklist(page) {
  await page.goto('/checklist/');
  await appReady(page);
  if (await page.getByLabel('Passcode', { exact: true }).count()) await unlock(page);
  await page.locator('#checklist-add-before').fill('Secret item');
  await page.locator('#checklist-add-before').press('Enter');
  await expect(page.locator('main')).toContainText('Secret item');
}

/** The tab's history as the browser keeps it (what pressing and holding Back would list). */
async function tabHistory(page) {
  const cdp = await page.context().newCDPSession(page);
  const { currentIndex, entries } = await cdp.send('Page.getNavigationHistory');
  await cdp.detach();
  return { back: entries.slice(0, currentIndex), current: entries[currentIndex], forward: entries.slice(currentIndex + 1) };
}

/** Presses Back (or Forward) and waits for what it shows to settle: a page of the guide opened
 *  again this way leaves on its own. Returns every address the tab showed on the way. */
async function press(page, direction) {
  const seen = [];
  const record = (frame) => { if (frame === page.mainFrame()) seen.push(frame.url()); };
  page.on('framenavigated', record);
  // 'commit': a page brought back from the back-forward cache fires no load event.
  const options = { waitUntil: 'commit', timeout: 5000 };
  await (direction === 'back' ? page.goBack(options) : page.goForward(options)).catch(() => null);
  await page.waitForTimeout(1000);
  page.off('framenavigated', record);
  return { seen, now: page.url() };
}

/** After an exit: Back three times and Forward three times never land on the guide, and the
 *  pages behind Back say nothing of it. */
async function expectNoWayBack(page) {
  await expect(page).toHaveURL(NEUTRAL);
  const history = await tabHistory(page);
  expect(history.back.map((e) => e.url)).toEqual(['about:blank', BEFORE]);
  for (let i = 0; i < 3; i++) expect((await press(page, 'back')).now).not.toMatch(GUIDE);
  for (let i = 0; i < 3; i++) expect((await press(page, 'forward')).now).not.toMatch(GUIDE);
}

test('after reading four pages (links and full loads), the exit leaves no page of the guide behind Back', async ({ page }) => {
  test.slow();
  await page.goto(BEFORE);
  await page.goto('/');
  await appReady(page);
  await page.locator('main a[href="/before/"]').first().click();
  await expect(page).toHaveURL(/\/before\/$/);
  await page.goto('/during/');
  await appReady(page);
  await page.locator('main a[href="/core-group/"]').first().click();
  await expect(page).toHaveURL(/\/core-group\/$/);
  await page.getByRole('link', { name: 'Emergency Exit this page' }).click();
  await expectNoWayBack(page);
});

test('with the app blocked, the exit button and Shift three times both leave with no way back', async ({ page, context, guarded }) => {
  test.slow();
  guarded.allow(/console error|page error/);
  await context.route('**/*.wasm', (route) => route.abort());
  for (const how of ['button', 'shift']) {
    await page.goto('about:blank');
    await page.goto(BEFORE);
    await page.goto('/');
    await page.locator('main a[href="/before/"]').first().click();
    await expect(page).toHaveURL(/\/before\/$/);
    await page.locator('main a[href="/core-group/"]').first().click();
    await expect(page).toHaveURL(/\/core-group\/$/);
    await expect(page.locator('html[data-app="ready"]')).toHaveCount(0);
    if (how === 'button') {
      await page.getByRole('link', { name: /Exit this page/ }).click();
    } else {
      for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    }
    await expect(page).toHaveURL(NEUTRAL);
    for (let i = 0; i < 3; i++) expect((await press(page, 'back')).now).not.toMatch(GUIDE);
  }
});

test('exiting in one tab sends every other tab of the guide away within two seconds', async ({ context }) => {
  const notes = await context.newPage();
  await openSecretChecklist(notes);
  const reading = await context.newPage();
  await reading.goto('/during/');
  await appReady(reading);
  await reading.getByRole('link', { name: 'Emergency Exit this page' }).click();
  await expect(reading).toHaveURL(NEUTRAL);
  await expect(notes).toHaveURL(NEUTRAL, { timeout: 2000 });
  expect(await notes.title()).toBe('Weather');
});

test('a page of the guide restored from the back-forward cache after an exit leaves again, unseen', async ({ page }) => {
  await page.goto(BEFORE);
  await openSecretChecklist(page);
  // A second document: the first is kept in the back-forward cache.
  await page.goto('/core-group/');
  await appReady(page);
  await page.getByRole('link', { name: 'Emergency Exit this page' }).click();
  await expectNoWayBack(page);
});

test('a tab on another site, with the guide behind Back, does not show the guide after an exit elsewhere', async ({ context }) => {
  const other = await context.newPage();
  await other.goto('/before/');
  await appReady(other);
  await other.locator('main a[href="/during/"]').first().click();
  await expect(other).toHaveURL(/\/during\/$/);
  await other.goto(BEFORE);
  const page = await context.newPage();
  await page.goto('/core-group/');
  await appReady(page);
  await page.getByRole('link', { name: 'Emergency Exit this page' }).click();
  await expect(page).toHaveURL(NEUTRAL);
  for (let i = 0; i < 3; i++) expect((await press(other, 'back')).now).not.toMatch(GUIDE);
});

test.describe('an exit while the next page is on its way', () => {
  // Without the worker, so the slow answer below is the network's.
  test.use({ serviceWorkers: 'block' });
  test('a reload or a new page still loading when Shift is pressed three times is never shown', async ({ page, context }) => {
    await page.goto('/core-group/');
    await appReady(page);
    await context.route(/\/(core-group|review)\/$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    for (const start of [() => location.reload(), () => { location.href = '/review/'; }]) {
      await page.evaluate(start);
      await page.waitForTimeout(300);
      for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
      await expect(page).toHaveURL(NEUTRAL);
      await page.waitForTimeout(2500);
      expect(page.url()).toBe(NEUTRAL);
      await page.goto('/core-group/');
      await appReady(page);
    }
  });
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
  await page.getByLabel('Your new passcode').focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  await page.waitForTimeout(300);
  expect(page.url()).toContain('127.0.0.1');
  // A radio button is not a text field: Shift there counts.
  await page.getByRole('radio', { name: 'English' }).focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  await expect(page).toHaveURL(NEUTRAL);
});

test('Back to a page kept in the back-forward cache shows it again (no exit), with the notes locked', async ({ page, context }) => {
  await context.addInitScript(() => addEventListener('pageshow', (event) => { window.restoredFromCache = event.persisted; }));
  await setPasscode(page);
  await openSecretChecklist(page);
  await page.goto(BEFORE);
  await page.goBack({ waitUntil: 'commit' });
  await expect(page).toHaveURL(/\/checklist\/$/);
  expect(await page.evaluate(() => window.restoredFromCache), 'the page came back from the back-forward cache').toBe(true);
  await expect(page.locator('h1')).toHaveText('Your notes are locked');
  await expect(page.locator('main')).not.toContainText('Secret item');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).visibility)).toBe('visible');
  expect(await page.title()).toMatch(/My checklist/);
});

test('"Lock my notes now" in one tab locks the notes in the other', async ({ context }) => {
  const settings = await context.newPage();
  await setPasscode(settings);
  const notes = await context.newPage();
  await openSecretChecklist(notes);
  await settings.getByRole('button', { name: 'Lock my notes now' }).click();
  await expect(notes.locator('h1')).toHaveText('Your notes are locked', { timeout: 2000 });
  await expect(notes.locator('main')).not.toContainText('Secret item');
});

test('the exit works as a plain link in the pre-rendered page, before the app runs', async ({ request }) => {
  const html = await (await request.get('/core-group/')).text();
  expect(html).toContain(`href="${NEUTRAL}"`);
  // The one inline script is the early settings (text size, awaiting the reader's language)
  // with the exit's own code at its end: in the page itself, no file to fetch first, and
  // before the stylesheet and the app. It is allowed by its hash alone.
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)];
  expect(inline.map((m) => m[0].slice(0, 28))).toEqual(['<script data-early-settings>']);
  expect(inline[0][1]).toContain('cp-guide:left');
  expect(inline[0][1]).toContain(NEUTRAL);
  expect(html.indexOf('<script data-early-settings>')).toBeLessThan(html.indexOf('<style>'));
  expect(html.indexOf('<script data-early-settings>')).toBeLessThan(html.indexOf('<script type="module"'));
  expect([...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1])).not.toContain('/exit.js');
  const hash = createHash('sha256').update(inline[0][1]).digest('base64');
  const policy = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)[1];
  expect(policy).toContain(`script-src 'self' 'sha256-${hash}' 'wasm-unsafe-eval';`);
  // The stylesheet is inline, allowed by its own hash alone, and no other style is.
  const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)];
  expect(styles).toHaveLength(1);
  const styleHash = createHash('sha256').update(styles[0][1]).digest('base64');
  expect(policy).toContain(`style-src 'self' 'sha256-${styleHash}';`);
  // The header for hosts that read it from a file is the same policy (plus frame-ancestors,
  // header-only); the README shows it with both hashes left out (they change with every change
  // of style, of the early script or of the exit).
  const header = `Content-Security-Policy: ${policy}; frame-ancestors 'none'`;
  expect(await (await request.get('/_headers')).text()).toContain(header);
  expect(readFileSync('README.md', 'utf8')).toContain(header
    .replace(styleHash, '<hash of the stylesheet>').replace(hash, '<hash of the early script>'));
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
