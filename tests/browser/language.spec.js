// The guide speaks English and Welsh: the first visit follows the browser, a choice is kept.
import { test, expect, appReady, chooseLanguage, openMenu } from './fixtures.js';

test('switching to Cymraeg changes the page and <html lang>, and survives a reload', async ({ page }) => {
  await page.goto('/core-group/');
  await appReady(page);
  await expect(page.locator('h1')).toHaveText('The core group');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await chooseLanguage(page, 'Cymraeg');
  await expect(page.locator('h1')).toHaveText('Y grŵp craidd');
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page).toHaveTitle(/^Y grŵp craidd – Canllaw/);
  await openMenu(page);
  await expect(page.getByRole('navigation', { name: 'Prif ddewislen' })).toBeVisible();
  await expect(page.locator('.site-menu summary')).toHaveText('Dewislen');

  await page.reload();
  await appReady(page);
  await expect(page.locator('h1')).toHaveText('Y grŵp craidd');
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');

  await chooseLanguage(page, 'English');
  await expect(page.locator('h1')).toHaveText('The core group');
  await page.reload();
  await appReady(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the languages, at the top of the menu, are each named in itself, in its own direction', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await page.locator('.site-menu summary').click();
  const list = page.getByRole('list', { name: 'Language' });
  await expect(list.locator('[aria-current="true"]')).toHaveText('English');
  await expect(list.getByRole('link')).toHaveText(['English', 'Cymraeg', 'Polski', 'Română', 'اردو', 'العربية']);
  await expect(list.getByRole('link', { name: 'Cymraeg' })).toHaveAttribute('lang', 'cy');
  await expect(list.getByRole('link', { name: 'اردو' })).toHaveAttribute('dir', 'rtl');
  // A globe beside them, for a parent who reads none of the words.
  await expect(page.locator('.language-switcher__globe')).toBeVisible();
  // Escape closes it, focus back on the menu button; so does a tap elsewhere.
  await page.keyboard.press('Escape');
  await expect(list).toBeHidden();
  await expect(page.locator('.site-menu summary')).toBeFocused();
  await page.locator('.site-menu summary').click();
  await expect(list).toBeVisible();
  await page.locator('.site-header__bar').click({ position: { x: 2, y: 2 } });
  await expect(list).toBeHidden();
  // Choosing one closes the menu.
  await page.locator('.site-menu summary').click();
  await list.getByRole('link', { name: 'Polski' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  await expect(list).toBeHidden();
});

for (const [code, endonym] of [['ur', 'اردو'], ['ar', 'العربية']]) {
  test(`${endonym} reads right to left, with numbers still left to right`, async ({ page }) => {
    await page.goto('/help/');
    await appReady(page);
    await chooseLanguage(page, endonym);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('html')).toHaveAttribute('lang', code);
    // The layout is mirrored: a short line ("Stage 5 of 5") sits at the right, not the left.
    const edges = () => page.evaluate(() => {
      const caption = document.querySelector('main .caption');
      const range = document.createRange();
      range.selectNodeContents(caption);
      // The line may be several boxes (right-to-left words, left-to-right numbers): take them all.
      const rects = [...range.getClientRects()];
      const left = Math.min(...rects.map((r) => r.left));
      const right = Math.max(...rects.map((r) => r.right));
      const box = caption.getBoundingClientRect();
      return { fromLeft: left - box.left, fromRight: box.right - right };
    });
    const rtl = await edges();
    expect(rtl.fromRight).toBeLessThan(4);
    expect(rtl.fromLeft).toBeGreaterThan(100);
    // Phone numbers keep their order.
    const number = page.locator('.advice-line__call').first();
    await expect(number).toHaveCSS('direction', 'ltr');
    await expect(page.locator('.translation-notice')).toBeVisible();
    // Back to English: left to right again.
    await chooseLanguage(page, 'English');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    const ltr = await edges();
    expect(ltr.fromLeft).toBeLessThan(4);
    expect(ltr.fromRight).toBeGreaterThan(100);
    await expect(page.locator('.translation-notice')).toHaveCount(0);
  });
}

// Urdu is read in Nastaliq, Arabic in Naskh: the fonts the stylesheet names, as an Android
// phone has them (setup installs Debian's Noto fonts), with no glyph left to another font.
for (const [code, family] of [['ur', 'Noto Nastaliq Urdu'], ['ar', 'Noto Naskh Arabic']]) {
  test(`the ${code} heading is drawn wholly in ${family}`, async ({ page }) => {
    await page.goto(`/before/?lang=${code}`);
    await appReady(page);
    await expect(page.locator('html')).toHaveAttribute('lang', code);
    const client = await page.context().newCDPSession(page);
    await client.send('DOM.enable');
    await client.send('CSS.enable');
    const { root } = await client.send('DOM.getDocument');
    const { nodeId } = await client.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'main h1' });
    const { fonts } = await client.send('CSS.getPlatformFontsForNode', { nodeId });
    expect(fonts.map((f) => f.familyName)).toEqual([family]);
  });
}

test('a shared link can name the language: ?lang=ro opens in Romanian and remembers it', async ({ page }) => {
  await page.goto('/before/?lang=ro');
  await appReady(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ro');
  // The link's work is done: the address loses `?lang=`, so a later choice is not undone by a
  // reload.
  await expect(page).toHaveURL(/\/ro\/before\/$/);
  await page.goto('/before/');
  await appReady(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ro');
});

test('the pseudo-language is reached by link only, and is never remembered or offered', async ({ page }) => {
  await page.goto('/?lang=en-XA');
  await appReady(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA');
  await expect(page.locator('h1')).toContainText('⟦');
  await openMenu(page);
  await expect(page.locator('.language-switcher__list a')).toHaveCount(6);
  await page.goto('/');
  await appReady(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
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
  await chooseLanguage(page, 'Cymraeg');
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

test.describe('before the app has started', () => {
  test.use({ serviceWorkers: 'block' });

  test('a shared ?lang= link keeps the English words out of sight, not the exit, and they come back if the app never starts', async ({ page, guarded }) => {
    guarded.allow(/./); // the app is stopped on purpose: its loader reports it
    await page.route(/\.wasm$/, (route) => route.abort());
    await page.goto('/before/?lang=pl');
    await expect(page.locator('html')).toHaveAttribute('data-awaiting-language', 'pl');
    await expect(page.locator('#main-content')).toHaveCSS('visibility', 'hidden');
    await expect(page.locator('.site-header__name')).toHaveCSS('visibility', 'hidden');
    await expect(page.locator('.site-menu')).toHaveCSS('visibility', 'hidden');
    await expect(page.getByRole('link', { name: 'Emergency Exit this page' })).toBeVisible();
    // Eight seconds on, with no app: the English page, readable as before.
    await page.evaluate(() => { for (const a of document.getAnimations()) a.currentTime = 9000; });
    await expect(page.locator('#main-content')).toHaveCSS('visibility', 'visible');
    await expect(page.locator('h1')).toHaveText('Before the conference');
  });

  test('once the app has started the page shows, in the reader\'s language; an English reader\'s page is never hidden', async ({ page }) => {
    await page.goto('/before/?lang=pl');
    await appReady(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
    await expect(page.locator('#main-content')).toHaveCSS('visibility', 'visible');
    await expect(page.locator('h1')).toBeVisible();
    // The saved choice, without a link, does the same; English never waits.
    await page.goto('/during/');
    await appReady(page);
    await expect(page.locator('html')).toHaveAttribute('data-awaiting-language', 'pl');
    await page.goto('/during/?lang=en');
    await expect(page.locator('html')).not.toHaveAttribute('data-awaiting-language', /./);
    await expect(page.locator('#main-content')).toHaveCSS('visibility', 'visible');
  });
});
