// Every reader: each page in each language, light and dark, narrow and wide, passes axe; the
// pseudo-language finds hard-coded text and layouts that break with longer words; every
// control is reached by keyboard with a visible focus ring; Listen, text size and the phone's
// own display settings work.
import { readdirSync } from 'node:fs';
import { test, expect, routes, appReady, expectNoAxeViolations, chooseLanguage } from './fixtures.js';

// Every language the build ships: a new folder in locales/ is tested without editing this file.
const LANGUAGES = readdirSync('dist/locales').sort();

for (const code of LANGUAGES) {
  for (const colorScheme of ['light', 'dark']) {
    test(`every page in ${code}, ${colorScheme}, at 1280 and 320 px: no accessibility violations`, async ({ page }) => {
      test.setTimeout(300_000);
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width: 1280, height: 900 });
      // The shared-link form of the language, remembered for every page after.
      await page.goto(`/?lang=${code}`);
      await appReady(page);
      await expect(page.locator('html')).toHaveAttribute('lang', code);
      for (const route of routes) {
        await page.setViewportSize({ width: 1280, height: 900 });
        await page.goto(route.path);
        await appReady(page);
        await expect(page.locator('html')).toHaveAttribute('lang', code);
        await expectNoAxeViolations(page, `${route.path} ${code} ${colorScheme} 1280`);
        await page.setViewportSize({ width: 320, height: 800 });
        await expectNoAxeViolations(page, `${route.path} ${code} ${colorScheme} 320`);
      }
    });
  }
}

test('the pseudo-language: no visible text without brackets and nothing wider than 320 px, on every page', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 320, height: 800 });
  for (const route of routes) {
    await page.goto(`${route.path}?lang=en-XA`);
    await appReady(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA');
    const unbracketed = await page.evaluate(() => {
      const found = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent.trim();
        const element = node.parentElement;
        if (!/\p{L}/u.test(text) || !element) continue;
        // Languages named in themselves (and letters in their own language) are meant to
        // stay as they are.
        if (element.closest('[lang]:not(html)')) continue;
        if (!element.checkVisibility({ visibilityProperty: true }) || element.closest('.visually-hidden')) continue;
        if (!text.includes('⟦') && !text.includes('⟧')) found.push(text);
      }
      for (const element of document.querySelectorAll('[aria-label], [placeholder], [title]')) {
        for (const name of ['aria-label', 'placeholder', 'title']) {
          const value = element.getAttribute(name);
          if (value && /\p{L}/u.test(value) && !value.includes('⟦') && !element.closest('[lang]:not(html)')) found.push(`${name}="${value}"`);
        }
      }
      return found;
    });
    expect(unbracketed, `${route.path}: text typed into the code, not a message`).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${route.path} overflows at 320 px`).toBeLessThanOrEqual(0);
  }
});

test('every control on every page is reached with Tab, with a visible focus ring', async ({ page }) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  for (const route of routes) {
    await page.goto(route.path);
    await appReady(page);
    // Every control a mouse could use, as the page shows it.
    const expected = await page.evaluate(() => {
      const controls = [...document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex="0"]')]
        .filter((el) => !el.disabled && el.checkVisibility({ visibilityProperty: true }) && !el.closest('[inert]'));
      // A group of radio buttons is one stop for Tab (arrows move within it).
      const seenGroups = new Set();
      return controls.filter((el) => {
        if (el.type !== 'radio') return true;
        if (seenGroups.has(el.name)) return false;
        seenGroups.add(el.name);
        return true;
      }).length;
    });
    // How each control looks unfocused, to compare with how it looks focused.
    await page.evaluate(() => {
      const look = (el) => { const s = getComputedStyle(el); return [s.outlineStyle, s.outlineColor, s.outlineWidth, s.boxShadow, s.backgroundColor, s.color].join('|'); };
      window.unfocusedLook = new Map();
      for (const el of document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex="0"]')) window.unfocusedLook.set(el, look(el));
      window.lookOf = look;
    });
    const reached = [];
    const withoutRing = [];
    await page.locator('body').focus();
    for (let i = 0; i < 400; i += 1) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return null;
        // Visible focus: the control looks different when focused (outline, ring, colours).
        const ring = window.unfocusedLook.get(el) !== window.lookOf(el);
        const id = el.dataset.tabSeen ?? (el.dataset.tabSeen = String(Math.random()));
        return { id, ring, name: `${el.tagName.toLowerCase()} ${(el.textContent || el.getAttribute('aria-label') || el.name || '').trim().slice(0, 40)}` };
      });
      if (!info) continue;
      // A date box takes several Tabs (day, month, year) on the same element.
      if (info.id === reached.at(-1)) continue;
      if (info.id === reached[0]) break; // back at the start: the whole page has been toured
      if (reached.includes(info.id)) continue;
      reached.push(info.id);
      if (!info.ring) withoutRing.push(info.name);
    }
    expect(withoutRing, `${route.path}: focus not visible`).toEqual([]);
    // `main` itself takes focus after a page change (tabindex -1) but is not a Tab stop.
    expect(reached.length, `${route.path}: Tab reached ${reached.length} of ${expected} controls`).toBeGreaterThanOrEqual(expected);
  }
});

test('keyboard only: open the menu, choose Polski, and add an idea to the checklist', async ({ page }) => {
  await page.goto('/checklist/');
  await appReady(page);
  await page.locator('.site-menu summary').focus();
  await page.keyboard.press('Enter');
  const polski = page.getByRole('link', { name: 'Polski', exact: true });
  await expect(polski).toBeVisible();
  await polski.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  const firstIdea = page.locator('.offer__item button').first();
  await firstIdea.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.checklist-item')).toHaveCount(1);
  // Space ticks it.
  await page.locator('.checklist-item input[type="checkbox"]').focus();
  await page.keyboard.press('Space');
  await expect(page.locator('.checklist-item input[type="checkbox"]')).toBeChecked();
});

/** A pretend speech engine with English and Polish voices, which records what it is asked.
 * `online` languages get a voice that is not on the phone (`localService: false`), listed first
 * and as the default, as desktop Chrome lists its "Google …" voices. */
async function fakeVoices(page, langs = ['en-GB', 'pl-PL'], online = []) {
  await page.addInitScript(([voiceLangs, onlineLangs]) => {
    const voice = (lang, local, isDefault) => Object.create(SpeechSynthesisVoice.prototype, {
      lang: { value: lang }, name: { value: `Test ${local ? '' : 'online '}${lang}` },
      default: { value: isDefault }, localService: { value: local },
      voiceURI: { value: `test-${local ? '' : 'online-'}${lang}` },
    });
    const voices = [
      ...onlineLangs.map((lang, i) => voice(lang, false, i === 0)),
      ...voiceLangs.map((lang, i) => voice(lang, true, i === 0 && onlineLangs.length === 0)),
    ];
    const log = { spoken: [], paused: false, cancelled: 0 };
    window.speechLog = log;
    window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; } };
    const synth = {
      getVoices: () => voices,
      // As in Chrome: a paused engine stays paused after cancel, and queues what it is given.
      speak: (u) => log.spoken.push({ text: u.text, lang: u.lang, voice: u.voice && u.voice.lang, last: !!u.onend, heard: !log.paused }),
      pause: () => { log.paused = true; },
      resume: () => { log.paused = false; },
      cancel: () => { log.cancelled += 1; if (window.speechCancelled) window.speechCancelled(); },
      onvoiceschanged: null,
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  }, [langs, online]);
}

test('Listen reads the page in its language, pauses, carries on and stops', async ({ page }) => {
  await fakeVoices(page);
  await page.goto('/before/');
  await appReady(page);
  await page.getByRole('button', { name: 'Listen to this page' }).click();
  const spoken = await page.evaluate(() => window.speechLog.spoken);
  expect(spoken[0].text).toBe(await page.locator('h1').textContent());
  expect(spoken.length).toBeGreaterThan(10);
  expect(spoken.every((s) => s.lang === 'en-GB' && s.voice === 'en-GB')).toBe(true);
  expect(spoken.at(-1).last).toBe(true);
  // Buttons and menus are not read.
  expect(spoken.some((s) => s.text.includes('Exit this page'))).toBe(false);

  // The same button, focused throughout, becomes Pause, then Carry on.
  await expect(page.getByRole('button', { name: 'Pause' })).toBeFocused();
  await page.getByRole('button', { name: 'Pause' }).click();
  expect(await page.evaluate(() => window.speechLog.paused)).toBe(true);
  await page.getByRole('button', { name: 'Carry on' }).click();
  expect(await page.evaluate(() => window.speechLog.paused)).toBe(false);
  const cancelled = await page.evaluate(() => window.speechLog.cancelled);
  await page.getByRole('button', { name: 'Stop' }).click();
  expect(await page.evaluate(() => window.speechLog.cancelled)).toBeGreaterThan(cancelled);
  await expect(page.getByRole('button', { name: 'Listen to this page' })).toBeFocused();
  // Pause, then Stop, then Listen again: it is heard, not left waiting behind the pause.
  await page.getByRole('button', { name: 'Listen to this page' }).click();
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.getByRole('button', { name: 'Stop' }).click();
  await page.getByRole('button', { name: 'Listen to this page' }).click();
  expect(await page.evaluate(() => window.speechLog.spoken.at(-1).heard)).toBe(true);

  // Polish has a voice: the button is there and reads Polish.
  await chooseLanguage(page, 'Polski');
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  await page.locator('.listen__start').click();
  const polish = await page.evaluate(() => window.speechLog.spoken.at(-1));
  expect(polish.lang).toBe('pl-PL');
  await page.locator('.listen button').last().click();

  // Romanian has none: no button rather than the wrong voice.
  await chooseLanguage(page, 'Română');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ro');
  await expect(page.locator('.listen')).toHaveCount(0);
});

test('the emergency exit stops any reading aloud', async ({ page, guarded }) => {
  guarded.allow(/request left 127\.0\.0\.1: https:\/\/www\.bbc\.co\.uk\//);
  let cancels = 0;
  await page.exposeFunction('speechCancelled', () => { cancels += 1; });
  await fakeVoices(page);
  await page.route('https://www.bbc.co.uk/**', (route) => route.fulfill({ body: 'weather' }));
  await page.goto('/during/');
  await appReady(page);
  await page.getByRole('button', { name: 'Listen to this page' }).click();
  const before = cancels;
  await page.locator('.exit-this-page__button').first().click();
  await page.waitForURL(/bbc/);
  expect(cancels).toBeGreaterThan(before);
});

test('without a voice for the language, there is no Listen button', async ({ page }) => {
  await fakeVoices(page, ['fr-FR']);
  await page.goto('/before/');
  await appReady(page);
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('.listen')).toHaveCount(0);
});

test('Listen never uses a voice that is not on the phone, and is hidden where only such voices exist', async ({ page }) => {
  // English: an online default voice (en-GB) beside a voice on the phone (en-US).
  await fakeVoices(page, ['en-US'], ['en-GB', 'pl-PL']);
  await page.goto('/before/');
  await appReady(page);
  await page.getByRole('button', { name: 'Listen to this page' }).click();
  const spoken = await page.evaluate(() => window.speechLog.spoken);
  expect(spoken.length).toBeGreaterThan(0);
  expect(spoken.every((s) => s.voice === 'en-US')).toBe(true);
  // Polish: only an online voice, so no Listen button.
  await chooseLanguage(page, 'Polski');
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('.listen')).toHaveCount(0);
});

test('text size: three steps in Settings, applied at once, kept after a reload, and still fits 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/settings/');
  await appReady(page);
  const size = () => page.locator('h1').evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
  const standard = await size();
  await expect(page.getByRole('radio', { name: 'Standard' })).toBeChecked();
  await page.getByRole('radio', { name: 'Largest' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'largest');
  expect(await size()).toBeGreaterThan(standard * 1.3);
  await page.reload();
  await appReady(page);
  await expect(page.getByRole('radio', { name: 'Largest' })).toBeChecked();
  expect(await size()).toBeGreaterThan(standard * 1.3);
  for (const path of ['/', '/before/', '/checklist/', '/plan/', '/letters/']) {
    await page.goto(path);
    await appReady(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} at the largest text`).toBeLessThanOrEqual(0);
  }
  await page.goto('/settings/');
  await appReady(page);
  await page.getByRole('radio', { name: 'Large', exact: true }).check();
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'large');
});

test('the chosen text size is there at the first paint, before the app has started', async ({ page, guarded }) => {
  guarded.allow(/Failed to load resource|Failed to fetch|wasm|WebAssembly/);
  await page.goto('/settings/');
  await appReady(page);
  await page.getByRole('radio', { name: 'Largest' }).check();
  // A phone too slow (or offline) to start the app: the pre-rendered page alone.
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto('/before/');
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'largest');
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(0);
  const cspErrors = [];
  page.on('console', (m) => { if (/Content Security Policy/.test(m.text())) cspErrors.push(m.text()); });
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'largest');
  expect(cspErrors).toEqual([]);
});

test('the phone decides: dark mode, more contrast and forced colours', async ({ page }) => {
  await page.goto('/before/');
  await appReady(page);
  const background = () => page.locator('body').evaluate((b) => getComputedStyle(b).backgroundColor);
  expect(await background()).toBe('rgb(255, 255, 255)');
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await background()).not.toBe('rgb(255, 255, 255)');
  const [text, bg] = await page.locator('body').evaluate((b) => [getComputedStyle(b).color, getComputedStyle(b).backgroundColor]);
  expect(text).not.toBe(bg);

  await page.emulateMedia({ colorScheme: 'light', contrast: 'more' });
  const [caption, body] = await page.evaluate(() => [getComputedStyle(document.querySelector('.caption')).color, getComputedStyle(document.body).color]);
  expect(caption).toBe(body);

  // The focus ring's outline is transparent normally, and a system colour in forced colours.
  const focusedOutline = async () => {
    await page.locator('.step-list__link').first().focus();
    await page.keyboard.press('Tab');
    return page.evaluate(() => getComputedStyle(document.activeElement).outlineColor);
  };
  await page.emulateMedia({ contrast: null });
  expect(await focusedOutline()).toBe('rgba(0, 0, 0, 0)');
  await page.emulateMedia({ forcedColors: 'active' });
  expect(await focusedOutline()).not.toBe('rgba(0, 0, 0, 0)');
});
