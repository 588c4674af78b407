// Cover your tracks: the page names every trace the guide can leave on a phone (history, synced
// accounts, downloads, calendars, calls, the clipboard, the recent apps screen, saved passwords,
// what is left after deleting), and says honestly what the exit cannot do. Every translation
// has the same sections.
import { test, expect, routes, appReady } from './fixtures.js';

const PATH = routes.find((r) => r.path.includes('cover-your-tracks'))?.path ?? '/cover-your-tracks/';

/** The page's words, one string, with the line breaks and runs of spaces made single spaces. */
async function pageText(page) {
  return (await page.locator('main').innerText()).replace(/\s+/g, ' ');
}

/** The headings of the page (its title and each section's). */
function headings(page) {
  return page.locator('main').locator('h1, h2, h3');
}

test('the English page names every trace, and what the guide and its exit cannot do', async ({ page }) => {
  await page.goto(`${PATH}?lang=en`);
  await appReady(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const text = await pageText(page);
  const expected = {
    'where it keeps things': 'only in this browser on this phone',
    'no cookies': 'does not use cookies',
    'single history entries, not all of it': 'one by one',
    'an empty history is itself a sign': 'empty history',
    'Chrome on Android history steps': 'In Chrome on Android',
    'Safari history steps': 'In Safari on an iPhone',
    'new-tab tiles': 'touch and hold its tile',
    'synced accounts (Google)': 'Google My Activity',
    'synced accounts (Apple)': 'iCloud',
    'downloads': 'Files you download',
    'the download notification': 'lock screen',
    'plain file names and what a file still shows': 'notes-2026-03-14.json',
    'calendar': 'calendar',
    'call history': 'call history',
    'clipboard': 'clipboard',
    'recent apps': 'recent apps',
    'saved passwords': 'choose Never',
    'Delete all my data': 'Delete all my data',
    'Remove every trace': 'Remove every trace of this guide',
    'what remains after Delete all': 'Some things may still be left after that',
    "the site in the browser's site settings": 'Website Data',
    'only this site, not everything': 'This removes only this site, not everything',
    'private browsing': 'private window',
    'plain name': 'plain name',
    'home screen icon': 'home screen',
    'exit closes other tabs': 'closes this guide in your other tabs',
    'exit locks the notes': 'locks your notes',
    'Back button': 'Back button',
    'exit does not delete history': 'does not delete your browsing history',
    'someone who can unlock the phone': 'unlock your phone',
  };
  const missing = Object.entries(expected).filter(([, phrase]) => !text.includes(phrase));
  expect(missing.map(([what, phrase]) => `${what}: "${phrase}"`), 'missing from the English page').toEqual([]);
  // No advice to wipe the whole history: that is what can make someone suspicious.
  expect(text).not.toContain('Delete browsing data');
  expect(text).not.toContain('Clear History and Website Data');
  // A link to Settings, where both delete buttons are.
  expect(await page.locator('main a[href="/settings/"]').count()).toBeGreaterThan(0);
});

test('the Polish page has the same headings as the English one, and every one is different', async ({ page }) => {
  await page.goto(`${PATH}?lang=en`);
  await appReady(page);
  const english = await headings(page).allInnerTexts();
  expect(english.length).toBeGreaterThanOrEqual(14);
  await page.goto(`${PATH}?lang=pl`);
  await appReady(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  const polish = await headings(page).allInnerTexts();
  expect(polish.length).toBe(english.length);
  expect(new Set(polish).size).toBe(polish.length);
  // Translated, not English left in place.
  expect(polish.filter((h) => english.includes(h))).toEqual([]);
  const text = await pageText(page);
  expect(text).toContain('tylko w tej przeglądarce na tym telefonie');
  expect(text).toContain('historii połączeń');
});
