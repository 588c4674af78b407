// Share this guide: a family support worker chooses the parent's language, nation and first
// page; the link is shown as text, copied, drawn as a QR code that an independent decoder reads
// back, and printed on a one-page leaflet in the parent's language with English beside it.
// The link the code gives then opens, on the parent's phone, in the parent's words.
import { test, expect, appReady, expectNoAxeViolations } from './fixtures.js';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const LANGUAGES = [
  // [code, name in itself, direction, a sentence of its leaflet (share.ftl, leaflet-private)]
  ['en', 'English', 'ltr', 'It works without signal once opened, and nothing you type leaves your phone.'],
  ['cy', 'Cymraeg', 'ltr', 'Mae\'n gweithio heb signal ar ôl ei agor'],
  ['pl', 'Polski', 'ltr', 'Po otwarciu działa bez zasięgu'],
  ['ro', 'Română', 'ltr', 'Odată deschis, funcționează fără semnal'],
  ['ur', 'اردو', 'rtl', null],
  ['ar', 'العربية', 'rtl', null],
];
const ENGLISH_SENTENCE = LANGUAGES[0][3];

async function openShare(page) {
  await page.goto('/share/');
  await appReady(page);
  // The page's own words (share.ftl) have arrived.
  await expect(page.getByRole('group', { name: "The parent's language" })).toBeVisible();
}

async function choose(page, { language, nation = 'Wales', start = 'The core group' }) {
  await page.getByRole('radio', { name: language, exact: true }).check();
  await page.getByRole('radio', { name: nation, exact: true }).check();
  await page.getByLabel('The page the guide opens at').selectOption({ label: start });
}

/** Decodes the QR code drawn on screen, from a screenshot, with jsQR. */
async function readQrCode(locator) {
  const png = PNG.sync.read(await locator.screenshot());
  const found = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  return { text: found?.data, png };
}

/** The PDF's pages: each one's size and its text, lines joined by spaces. */
async function readPdf(pdf) {
  // pdf.js takes the bytes over; the fonts are read from a copy.
  const document = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, disableFontFace: true }).promise;
  const pages = [];
  for (let n = 1; n <= document.numPages; n++) {
    const page = await document.getPage(n);
    const [, , width, height] = page.view;
    const content = await page.getTextContent();
    const text = content.items.map((item) => item.str + (item.hasEOL ? ' ' : '')).join('').replace(/\s+/g, ' ');
    pages.push({ width, height, text, fonts: pdfFonts(pdf) });
  }
  await document.destroy();
  return pages;
}

/** Prints the page as Chromium would to paper, with the page size the stylesheet asks for. */
async function printToPdf(page) {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: false });
  await page.emulateMedia({ media: 'screen' });
  return readPdf(pdf);
}

const A4 = { width: 595.28, height: 841.89 };
function expectA4(sheet) {
  expect(Math.abs(sheet.width - A4.width)).toBeLessThan(2);
  expect(Math.abs(sheet.height - A4.height)).toBeLessThan(2);
}

/** The fonts a PDF draws its text with (Chromium's PDFs name them in plain text). */
function pdfFonts(pdf) {
  return [...new Set([...pdf.toString('latin1').matchAll(/\/BaseFont\s*\/[A-Z]{6}\+([\w-]+)/g)].map((m) => m[1]))];
}

const SCRIPT_FONTS = { ur: /^NotoNastaliqUrdu/, ar: /^NotoNaskhArabic/ };

/** Urdu and Arabic on the printed page. A PDF's text layer gives Nastaliq and Naskh back as
 *  glyphs in visual order (ligatures lost), so no sentence can be matched in it: instead the
 *  PDF must draw text in the script's own font, carry the Latin words of that half (the
 *  browser's name) as well as the English half's, and the half on paper must hold the
 *  sentence, right to left. */
async function expectRightToLeftHalf(page, sheet, code) {
  expect(sheet.fonts.some((font) => SCRIPT_FONTS[code].test(font)), `${code}: ${sheet.fonts}`).toBe(true);
  expect(sheet.text.split('Safari'), `${code}: the iPhone line in both halves`).toHaveLength(3);
  const sentence = await leafletSentence(page, code);
  await page.emulateMedia({ media: 'print' });
  const half = page.locator(`.leaflet__half[lang=${code}]`);
  await expect(half).toHaveAttribute('dir', 'rtl');
  await expect(half).toBeVisible();
  await expect(half).toContainText(sentence);
  await page.emulateMedia({ media: 'screen' });
}

/** What the leaflet says in one language, as the app has it (share.ftl). */
async function leafletSentence(page, code) {
  const response = await page.request.get(`/locales/${code}/share.ftl`);
  const line = (await response.text()).split('\n').find((l) => l.startsWith('leaflet-private = '));
  return line.slice('leaflet-private = '.length);
}

test('the home page and the footer lead to Share this guide, which is not in the menu', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await expect(page.locator('main').getByRole('link', { name: 'Do you help parents? Share this guide in their language' })).toHaveAttribute('href', '/share/');
  await expect(page.locator('.site-footer').getByRole('link', { name: 'Share this guide' })).toHaveAttribute('href', '/share/');
  await expect(page.locator('.main-nav a[href="/share/"]')).toHaveCount(0);
  await page.locator('.site-footer').getByRole('link', { name: 'Share this guide' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Share this guide');
  // The printed leaflet's file is named plainly.
  await expect(page).toHaveTitle('Leaflet');
});

test('Urdu, Wales, the core group: the link shown, its QR code read back, copied, and a one-page leaflet in Urdu and English', async ({ page, context, baseURL }) => {
  test.slow();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openShare(page);
  await choose(page, { language: 'اردو' });

  const link = `${baseURL}/ur/wales/core-group/`;
  const shown = page.locator('.share-link');
  await expect(shown).toHaveText(link);
  // Text to copy, not a link that would switch this phone to Urdu.
  await expect(page.locator('.share-result a')).toHaveCount(0);

  // The QR code: named, large enough to scan across a table, and it reads back as the link.
  const code = page.getByRole('img', { name: `QR code for ${link}` });
  await expect(code).toBeVisible();
  const box = await code.boundingBox();
  expect(box.width).toBeGreaterThanOrEqual(240);
  expect(Math.abs(box.width - box.height)).toBeLessThan(1);
  const { text, png } = await readQrCode(code);
  expect(text).toBe(await shown.textContent());
  // Its quiet zone is white: the top-left corner of the image.
  expect([...png.data.subarray(0, 3)]).toEqual([255, 255, 255]);

  await page.getByRole('button', { name: 'Copy the link' }).click();
  await expect(page.locator('.share-result [role=status]')).toHaveText('The link is copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

  // Another choice, another link and another code.
  await choose(page, { language: 'Polski', nation: 'Not said: the guide will ask them', start: 'Before the conference' });
  await expect(shown).toHaveText(`${baseURL}/pl/before/`);
  await expect(page.locator('.share-result [role=status]')).toHaveText('');
  expect((await readQrCode(page.locator('.share-qr svg'))).text).toBe(`${baseURL}/pl/before/`);
  await choose(page, { language: 'اردو' });

  // On paper: the leaflet alone, Urdu right to left beside English.
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['.site-header', 'h1', '.share-result', '.share-leaflet', '.site-footer']) {
    await expect(page.locator(hidden).first()).toBeHidden();
  }
  const halves = page.locator('.leaflet__half');
  await expect(halves).toHaveCount(2);
  await expect(halves.nth(0)).toHaveAttribute('lang', 'ur');
  await expect(halves.nth(0)).toHaveAttribute('dir', 'rtl');
  await expect(halves.nth(1)).toHaveAttribute('lang', 'en');
  await expect(halves.nth(1)).toHaveAttribute('dir', 'ltr');
  expect((await readQrCode(page.locator('.leaflet__code svg'))).text).toBe(link);
  await page.emulateMedia({ media: 'screen' });

  const sheets = await printToPdf(page);
  expect(sheets).toHaveLength(1);
  expectA4(sheets[0]);
  expect(sheets[0].text).toContain(ENGLISH_SENTENCE);
  expect(sheets[0].text).toContain('Or press the Shift key three times on a keyboard.');
  expect(sheets[0].text).toContain('127.0.0.1');
  expect(sheets[0].text).toContain('/ur/wales/core-group/');
  await expectRightToLeftHalf(page, sheets[0], 'ur');
});

test('the parent\'s phone opens the link the code gives in Urdu for Wales, from the first paint, and keeps it offline', async ({ page, browser }) => {
  await openShare(page);
  await choose(page, { language: 'اردو' });
  const { text: link } = await readQrCode(page.getByRole('img', { name: /^QR code for / }));
  expect(new URL(link).pathname).toBe('/ur/wales/core-group/');
  // Another phone: a profile of its own, never opened the guide.
  const phone = await browser.newContext({ locale: 'en-GB' });
  try {
    const parent = await phone.newPage();
    // Before any script: the page itself is in Urdu, right to left, the Wales page.
    const html = await (await parent.goto(link)).text();
    expect(html).toMatch(/<html lang="ur" dir="rtl">/);
    await appReady(parent);
    await expect(parent.locator('html')).toHaveAttribute('lang', 'ur');
    await expect(parent).toHaveURL(link);
    // Wales was remembered: Settings shows it chosen.
    const settings = JSON.parse(await parent.evaluate(() => localStorage.getItem('cp-guide:settings')));
    expect(settings.data).toMatchObject({ language: 'ur', nation: 'wales' });
    // The signal drops: the page still opens, in Urdu.
    await parent.evaluate(() => navigator.serviceWorker.ready);
    await expect.poll(() => parent.evaluate(async () => {
      for (const name of (await caches.keys()).filter((n) => n.startsWith('cp-guide-pages-'))) {
        if (await (await caches.open(name)).match('/ur/wales/core-group/')) return true;
      }
      return false;
    })).toBe(true);
    await phone.setOffline(true);
    await parent.reload();
    await appReady(parent);
    await expect(parent.locator('html')).toHaveAttribute('lang', 'ur');
  } finally {
    await phone.close();
  }
});

test('two A5 copies: one A4 sheet with the leaflet twice', async ({ page }) => {
  await openShare(page);
  await choose(page, { language: 'Română' });
  await page.getByRole('radio', { name: 'Two A5 copies on one A4 sheet, to cut in half' }).check();
  const sheets = await printToPdf(page);
  expect(sheets).toHaveLength(1);
  expectA4(sheets[0]);
  expect(sheets[0].text.split(ENGLISH_SENTENCE)).toHaveLength(3);
  const romanian = await leafletSentence(page, 'ro');
  expect(sheets[0].text.split(romanian)).toHaveLength(3);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.leaflet')).toHaveCount(2);
});

test('every language\'s leaflet fits one A4 page, alone or as two A5 copies', async ({ page }) => {
  test.setTimeout(120_000);
  await openShare(page);
  for (const [code, name, dir] of LANGUAGES) {
    await choose(page, { language: name });
    await page.getByRole('radio', { name: 'One A4 page' }).check();
    await expect(page.locator('.leaflet__half').first()).toHaveAttribute('dir', dir);
    const sentence = await leafletSentence(page, code);
    let sheets = await printToPdf(page);
    expect(sheets, `${code}: A4`).toHaveLength(1);
    expect(sheets[0].text, code).toContain(ENGLISH_SENTENCE);
    if (dir === 'ltr') expect(sheets[0].text, code).toContain(sentence);
    else await expectRightToLeftHalf(page, sheets[0], code);
    // Nothing cut off at the bottom of the page.
    await page.emulateMedia({ media: 'print' });
    const clipped = await page.locator('.leaflet').evaluateAll((leaflets) => leaflets.some((l) => l.scrollHeight > l.clientHeight + 1));
    expect(clipped, `${code}: A4 leaflet overflows`).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    await page.getByRole('radio', { name: 'Two A5 copies on one A4 sheet, to cut in half' }).check();
    sheets = await printToPdf(page);
    expect(sheets, `${code}: A5`).toHaveLength(1);
    expect(sheets[0].text.split(ENGLISH_SENTENCE), code).toHaveLength(3);
    await page.emulateMedia({ media: 'print' });
    const cut = await page.locator('.leaflet').evaluateAll((leaflets) => leaflets.filter((l) => l.scrollHeight > l.clientHeight + 1).length);
    expect(cut, `${code}: an A5 copy overflows its half`).toBe(0);
    await page.emulateMedia({ media: 'screen' });
  }
});

test('Share this guide passes axe, light and dark, fits 320 px, and keeps its code black on white', async ({ page }) => {
  await openShare(page);
  await choose(page, { language: 'العربية' });
  for (const colorScheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme });
    for (const width of [1280, 320]) {
      await page.setViewportSize({ width, height: 800 });
      // From the top, as a reader arrives: a control scrolled under the header, which stays
      // in view, would count as too small a target.
      await page.evaluate(() => window.scrollTo(0, 0));
      await expectNoAxeViolations(page, `/share/ ${colorScheme} ${width}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${colorScheme} ${width}`).toBeLessThanOrEqual(0);
    }
    const code = page.locator('.share-qr svg');
    expect((await code.boundingBox()).width).toBeGreaterThanOrEqual(240);
    const { text, png } = await readQrCode(code);
    expect(text).toMatch(/\/ar\/wales\/core-group\/$/);
    expect([...png.data.subarray(0, 3)], colorScheme).toEqual([255, 255, 255]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  // In Welsh too, the form is the page's language and the languages keep their own names.
  await page.goto('/share/?lang=cy');
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Rhannu'r canllaw hwn");
  await expect(page.getByRole('radio', { name: 'اردو' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Cymraeg' })).toBeChecked();
  await expectNoAxeViolations(page, '/share/ cy');
});
