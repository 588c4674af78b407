// Understand a report (src/ui/pages/understand_report.rs, src/core/report_terms): a parent
// pastes words from a report; the terms are marked and explained; nothing leaves the phone.
import { readFileSync } from 'node:fs';
import { test, expect, appReady, expectNoAxeViolations, setPasscode, stored, unlock } from './fixtures.js';

const excerpt = readFileSync('tests/fixtures/report-excerpt.txt', 'utf8');
// The marks the host test expects (tests/report_terms.rs), for a parent in England.
const expected = readFileSync('tests/fixtures/report-excerpt.marks.tsv', 'utf8')
  .split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t')[0].replaceAll('\\n', '\n'));

/** Pastes the text as a parent would (one input event), then waits for the marks. */
async function paste(page, text) {
  await page.getByLabel('Text from your report').fill(text);
}

test('the excerpt is marked term by term, a tap explains, and a question goes to My questions', async ({ page }) => {
  const requests = [];
  const methods = [];
  page.on('request', (r) => { requests.push(new URL(r.url()).href); methods.push(r.method()); });
  await page.goto('/understand-a-report/');
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Understand a report');
  await expect(page.getByText('It is not sent anywhere.')).toBeVisible();
  await paste(page, excerpt);
  const marks = page.locator('.report__marked mark');
  await expect(marks).toHaveCount(expected.length);
  // The same words, in the same order, as the host test marks them; the whitespace of a mark
  // across a line break is the report's own.
  expect(await marks.allTextContents()).toEqual(expected);
  await expect(page.locator('.report__summary')).toContainText(/We found \d+ words you may want explained/);
  // The report keeps its line breaks and every word of it.
  expect(await page.locator('.report__marked').evaluate((e) => e.textContent)).toBe(excerpt);

  // A tap on "ICPC" explains it in the panel at the bottom of the screen.
  const icpc = marks.filter({ hasText: /^ICPC$/ }).first();
  await icpc.click();
  await expect(icpc).toHaveAttribute('aria-expanded', 'true');
  const explained = page.locator('.term-sheet');
  await expect(explained).toContainText('ICPC means initial child protection conference.');
  await expect(explained).toBeFocused();
  await explained.getByRole('button', { name: 'Close' }).click();
  await expect(explained).toHaveCount(0);
  await expect(icpc).toHaveAttribute('aria-expanded', 'false');
  await expect(icpc).toBeFocused();
  // A second tap on the same word closes it too.
  await icpc.click();
  await expect(explained).toHaveCount(1);
  await icpc.click();
  await expect(explained).toHaveCount(0);

  // A word that judges parents comes with a question, added with one tap: in its panel...
  await page.locator('.report__marked mark', { hasText: /^lack of insight$/ }).click();
  await explained.getByRole('button', { name: 'Add to My questions' }).click();
  await expect(explained.locator('.term-explain__added')).toHaveText('Added to My questions.');
  await expect(explained.getByRole('button', { name: 'Add to My questions' })).toHaveCount(0);
  // Focus stays where the button was.
  await expect(explained.locator('.term-explain__added')).toBeFocused();
  // ...and in the list of the report's terms (where the same question, added again, is there once).
  const insight = 'What would show you that I understand your worries?';
  const again = page.locator('.report__terms dd', { hasText: insight });
  await again.getByRole('button', { name: 'Add to My questions' }).click();
  await expect(again.locator('.term-explain__added')).toHaveText('Added to My questions.');
  const loaded = page.locator('.report__terms dd', { hasText: 'A question you could ask' }).last();
  const question = (await loaded.locator('q').textContent()).trim();
  expect(question.length).toBeGreaterThan(10);
  await loaded.getByRole('button', { name: 'Add to My questions' }).click();
  await expect(loaded.getByText('Added to My questions.')).toBeVisible();
  await page.goto('/questions/');
  await appReady(page);
  await expect(page.locator('main')).toContainText(question);
  await expect(page.locator('main li > p', { hasText: insight }), 'the question once').toHaveCount(1);

  // Left and come back (Back, from the back-forward cache): the box is empty, nothing was kept.
  await page.goBack({ waitUntil: 'commit' });
  await expect(page).toHaveURL(/understand-a-report/);
  await appReady(page);
  await expect(page.getByLabel('Text from your report')).toHaveValue('');
  await expect(page.locator('.report__marked mark')).toHaveCount(0);
  // And after an in-app move away and back.
  await paste(page, excerpt);
  await expect(page.locator('.report__marked mark').first()).toBeVisible();
  await page.locator('.report__terms .term-explain__more').first().click();
  await expect(page).toHaveURL(/\/glossary\/#/);
  await page.goBack({ waitUntil: 'commit' });
  await expect(page).toHaveURL(/understand-a-report/);
  await appReady(page);
  await expect(page.getByLabel('Text from your report')).toHaveValue('');
  // Nothing of the report was sent anywhere; the page's words came in the reader's language
  // only (asked for by the page, and kept for offline use a moment after the start).
  expect([...new Set(requests.filter((p) => p.includes('report-terms')).map((p) => new URL(p).pathname))]).toEqual(['/locales/en/report-terms.ftl']);
  expect(requests.filter((p) => /Harrow|MASH/.test(p))).toEqual([]);
  expect(methods.filter((m) => m !== 'GET')).toEqual([]);
  expect(JSON.stringify(await stored(page))).not.toContain('Harrow');
});

test('the summary lists the terms by group, each with its explanation; axe; 320 px', async ({ page }) => {
  await page.goto('/understand-a-report/');
  await appReady(page);
  await paste(page, excerpt);
  await expect(page.locator('.report__terms dt').first()).toBeVisible();
  const groups = await page.locator('main h3').allTextContents();
  expect(groups).toEqual(['The law and the process', 'The people', 'Health and school', 'Words professionals use about parents']);
  // Each term once, with its explanation.
  const terms = await page.locator('.report__terms dt').allTextContents();
  expect(new Set(terms).size).toBe(terms.length);
  expect(await page.locator('.report__terms dd').count()).toBe(terms.length);
  await marksOpen(page);
  await expectNoAxeViolations(page, 'understand a report with an explanation open');
  await page.setViewportSize({ width: 320, height: 700 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

async function marksOpen(page) {
  await page.locator('.report__marked mark').first().click();
  await expect(page.locator('.term-sheet')).toHaveCount(1);
}

test('a text file opens in the box, and a file that is not text is refused with a message', async ({ page }) => {
  await page.goto('/understand-a-report/');
  await appReady(page);
  await page.setInputFiles('#report-file', { name: 'report.txt', mimeType: 'text/plain', buffer: Buffer.from(excerpt) });
  await expect(page.getByLabel('Text from your report')).toHaveValue(excerpt);
  await expect(page.locator('.report__marked mark')).toHaveCount(expected.length);
  await page.setInputFiles('#report-file', { name: 'report.docx', mimeType: 'application/octet-stream', buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0]) });
  await expect(page.getByRole('alert')).toContainText('could not be read as text');
  // What was in the box stays.
  await expect(page.getByLabel('Text from your report')).toHaveValue(excerpt);
});

test('a kept report comes back, is sealed by the passcode, and goes with Clear', async ({ page }) => {
  await page.goto('/understand-a-report/');
  await appReady(page);
  await paste(page, 'The chair said the s47 enquiry found disguised compliance by Kestrelwick.');
  await page.getByLabel('Keep this report on my phone').check();
  await expect.poll(async () => (await stored(page))['cp-guide:report'] ?? '').toContain('Kestrelwick');
  await setPasscode(page, 'amber kettle road');
  expect(JSON.stringify(await stored(page))).not.toContain('Kestrelwick');
  await page.goto('/understand-a-report/');
  await appReady(page);
  await unlock(page, 'amber kettle road');
  await expect(page.getByLabel('Text from your report')).toHaveValue(/Kestrelwick/, { timeout: 20_000 });
  await expect(page.getByLabel('Keep this report on my phone')).toBeChecked();
  await expect(page.locator('.report__marked mark', { hasText: 'disguised compliance' })).toHaveCount(1);
  await page.getByRole('button', { name: 'Clear the text' }).click();
  await expect(page.getByLabel('Keep this report on my phone')).not.toBeChecked();
  await page.reload();
  await appReady(page);
  await unlock(page, 'amber kettle road');
  await expect(page.getByLabel('Text from your report')).toHaveValue('', { timeout: 20_000 });
});

test('a report pasted in is marked at once; typing is marked once it pauses', async ({ page }) => {
  await page.goto('/understand-a-report/');
  await appReady(page);
  // Typing (an input event as a key makes it): no marks once the page has answered the key
  // (its tasks run), then after the pause.
  const typedMarks = await page.evaluate(async () => {
    const box = document.getElementById('report-text');
    box.value = 'The ICPC';
    box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: 'C' }));
    await new Promise((r) => setTimeout(r, 0));
    return document.querySelectorAll('.report__marked mark').length;
  });
  expect(typedMarks).toBe(0);
  await expect(page.locator('.report__marked mark')).toHaveText(['ICPC']);
  // A paste (as the browser says of one): marked once the page has answered it, with no pause.
  const pastedMarks = await page.evaluate(async () => {
    const box = document.getElementById('report-text');
    box.value = 'The ICPC and the MASH';
    box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    await new Promise((r) => setTimeout(r, 0));
    return [...document.querySelectorAll('.report__marked mark')].map((m) => m.textContent);
  });
  expect(pastedMarks).toEqual(['ICPC', 'MASH']);
});

test('markup typed into the box is shown as text, never run', async ({ page, guarded }) => {
  await page.goto('/understand-a-report/');
  await appReady(page);
  // The marked text is inserted as HTML (core::report_terms::marked_html): all of this is text.
  const typed = 'The <img src=x onerror="window.ran=1"> MASH referral <b>ICPC</b> &amp; &lt; <script>window.ran=2</script>\n<mark role="button" data-mark="0">x</mark> A & E';
  await paste(page, typed);
  await expect(page.locator('.report__marked mark', { hasText: 'MASH' })).toHaveCount(1);
  expect(await page.evaluate(() => window.ran)).toBeUndefined();
  await expect(page.locator('.report__marked img, .report__marked b, .report__marked script')).toHaveCount(0);
  // The list of terms (HTML too) holds the report's own words as text.
  await expect(page.locator('.report__list img, .report__list b, .report__list script')).toHaveCount(0);
  await expect(page.locator('.report__terms dt', { hasText: 'A & E' })).toHaveCount(1);
  await expect(page.locator('.report__marked')).toContainText('<img src=x');
  // Only the terms are marks; the text reads back exactly as typed.
  expect(await page.locator('.report__marked mark').allTextContents()).toEqual(['MASH', 'referral', 'ICPC', 'A & E']);
  expect(await page.locator('.report__marked').evaluate((e) => e.textContent)).toBe(typed);
});

test('a mark is reached with Tab and opened with Enter or Space; Close gives the focus back', async ({ page }) => {
  await page.goto('/understand-a-report/');
  await appReady(page);
  await paste(page, excerpt);
  const first = page.locator('.report__marked mark').first();
  await expect(first).toHaveText(expected[0]);
  // The list of terms folded away, the next stop after its heading is the text's first mark.
  await page.locator('.report__list > summary').click();
  await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  await expect(first).toHaveRole('button');
  await expect(first).toHaveAccessibleName(expected[0].replace(/\s+/g, ' '));
  await expect(first).toHaveAttribute('aria-expanded', 'false');
  await expect(first).not.toHaveAttribute('aria-controls');
  await page.keyboard.press('Enter');
  const sheet = page.locator('.term-sheet');
  await expect(sheet).toBeFocused();
  await expect(sheet).toHaveAccessibleName(expected[0].replace(/\s+/g, ' '));
  await expect(first).toHaveAttribute('aria-expanded', 'true');
  await expect(first).toHaveAttribute('aria-controls', 'term-sheet');
  await sheet.getByRole('button', { name: 'Close' }).press('Enter');
  await expect(sheet).toHaveCount(0);
  await expect(first).toBeFocused();
  await expect(first).toHaveAttribute('aria-expanded', 'false');
  await expect(first).not.toHaveAttribute('aria-controls');
  await page.keyboard.press('Space');
  await expect(sheet).toBeFocused();
});

test('a long report: every mark is in the page and in the accessibility tree with its words, the last one opens', async ({ page }) => {
  const copies = 8;
  const long = Array.from({ length: copies }, () => excerpt).join('\n');
  await page.goto('/understand-a-report/');
  await appReady(page);
  await paste(page, long);
  const marks = page.locator('.report__marked mark');
  await expect(marks).toHaveCount(expected.length * copies);
  expect(await page.locator('.report__marked').evaluate((e) => e.textContent)).toBe(long);
  // Chromium's own accessibility tree, far below the screen too (content-visibility: auto,
  // for one, would leave the marks out of it until scrolled to).
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '.report__marked' });
  const { nodes } = await cdp.send('Accessibility.queryAXTree', { nodeId, role: 'button' });
  const named = (words) => words.replace(/\s+/g, ' ').trim();
  expect(nodes.map((n) => n.name?.value)).toEqual(Array.from({ length: copies }, () => expected.map(named)).flat());
  // A mark flows with the words, yet is as tall as a finger needs: a tap at its top edge,
  // above the letters, opens it.
  const last = marks.last();
  await last.scrollIntoViewIfNeeded();
  const box = await last.boundingBox();
  expect(box.height).toBeGreaterThanOrEqual(44);
  await page.mouse.click(box.x + Math.min(box.width / 2, 10), box.y + 2);
  await expect(page.locator('.term-sheet')).toBeFocused();
  await expect(page.locator('.term-sheet__word')).toHaveText(expected.at(-1));
});

test('until the page\'s own words arrive, the page says it is busy, then it is whole', async ({ page }) => {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/locales/en/report-terms.ftl*', async (route) => { await held; await route.continue(); });
  await page.goto('/understand-a-report/');
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
  await expect(page.locator('main')).toHaveAttribute('aria-busy', 'true');
  release();
  await appReady(page);
  await expect(page.locator('main')).not.toHaveAttribute('aria-busy');
  await expect(page.getByLabel('Text from your report')).toBeVisible();
});
