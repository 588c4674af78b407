// The split: the guide's pages load only the core; each tool fetches its own chunk of wasm when
// it is opened (src/ui/chunks.rs, scripts/build.sh), and works offline after one visit.
import { test, expect, routes, appReady, waitForServiceWorker, deployCopyOfDist, openMenu } from './fixtures.js';
import { readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliSize } from '../../scripts/lib-first-load.mjs';
import { functionNames } from '../../scripts/lib-wasm-names.mjs';

const chunks = JSON.parse(readFileSync('target/chunks.json', 'utf8'));
const CORE = ['cp-guide.js', '__wasm_split.js', 'cp-guide_bg.wasm'];
const splitOf = (slug) => Object.keys(chunks.splits).find((name) => name.startsWith(`${slug.replaceAll('-', '_')}_`));
const tools = routes.filter((r) => r.slug && splitOf(r.slug));
const guidePages = routes.filter((r) => !tools.includes(r));
const fileOf = (url) => url.split('/').pop();

/** The files under /pkg/ a page asks for, in order. */
function wasmRequests(page) {
  const asked = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/pkg/')) asked.push(path);
  });
  return asked;
}

/** Whether the page asked for the tools' stylesheet (tools-<hash>.css). */
function toolsStylesheetRequests(page) {
  const asked = [];
  page.on('request', (request) => {
    if (/\/tools-[0-9a-f]{16}\.css$/.test(new URL(request.url()).pathname)) asked.push(request.url());
  });
  return asked;
}

/** Opens `path` cold (a new context, no service worker) and returns the page, its context and
 *  the files it asked for under /pkg/. */
async function coldVisit(browser, baseURL, path) {
  const context = await browser.newContext({ baseURL, serviceWorkers: 'block' });
  const page = await context.newPage();
  const asked = wasmRequests(page);
  await page.goto(path);
  await appReady(page);
  return { context, page, asked };
}

test('every tool has its chunk, named after its page', () => {
  expect(tools.map((r) => r.slug).sort()).toEqual(
    ['checklist', 'contacts', 'dates', 'keep-a-copy', 'letters', 'my-report', 'plan', 'print', 'questions', 'share', 'take-to-meeting', 'understand-a-report'],
  );
  expect(splitOf('unlock-form')).toBeTruthy();
  expect(splitOf('passcode-settings')).toBeTruthy();
});

test('a cold visit to each guide page fetches the core and no tool chunk (Settings: the passcode section\'s)', async ({ browser, baseURL }) => {
  test.slow();
  expect(guidePages.length).toBeGreaterThan(8);
  for (const route of guidePages) {
    const context = await browser.newContext({ baseURL, serviceWorkers: 'block' });
    const page = await context.newPage();
    const asked = wasmRequests(page);
    const styles = toolsStylesheetRequests(page);
    await page.goto(route.path);
    await appReady(page);
    // A moment for anything fetched late (a preload, a chunk asked for after the start).
    await page.waitForTimeout(300);
    // Settings holds the passcode's section, which is a tool of its own.
    const expected = route.slug === 'settings'
      ? [...CORE, ...chunks.splits[splitOf('passcode-settings')].map(fileOf)]
      : CORE;
    expect(asked.map(fileOf).sort(), route.path).toEqual([...expected].sort());
    expect(asked.every((path) => path.startsWith(`${chunks.pkg}/`)), route.path).toBe(true);
    // Nor the tools' stylesheet.
    expect(styles, route.path).toEqual([]);
    await context.close();
  }
});

test('a guide page holds the app\'s files back until it has painted; a tool\'s page asks for them at once', async ({ browser, baseURL, request }) => {
  const preloads = (html) => [...html.matchAll(/<link rel="(?:modulepreload|preload)" href="([^"]+)"/g)].map((m) => fileOf(m[1]).replace(/\?.*/, ''));
  const heldBack = /<template data-after-first-paint>([^]*?)<\/template>/;
  // As served: a guide page's preloads wait in its template, and only there.
  const guide = await (await request.get('/core-group/')).text();
  expect(preloads(guide.match(heldBack)?.[1] ?? '')).toEqual(expect.arrayContaining(['cp-guide_bg.wasm', 'cp-guide.js', 'app.ftl', 'guide.ftl']));
  expect(preloads(guide.replace(heldBack, ''))).toEqual([]);
  // A tool's page has no template: the core, its words and its chunks are asked for at once.
  const tool = await (await request.get('/checklist/')).text();
  expect(tool).not.toMatch(heldBack);
  expect(preloads(tool)).toEqual(expect.arrayContaining(['cp-guide_bg.wasm', 'app.ftl', ...chunks.splits[splitOf('checklist')].map(fileOf)]));
  // In the browser: when the page is parsed (DOMContentLoaded) nothing of the app's is in the
  // head yet; the core is asked for after the first frame, by the links the start script let go.
  const context = await browser.newContext({ baseURL, serviceWorkers: 'block' });
  await context.addInitScript(() => {
    requestAnimationFrame(() => { window.firstFrameAt ??= performance.now(); });
    document.addEventListener('DOMContentLoaded', () => {
      window.appFilesAtParse = document.head.querySelectorAll('link[href*="/pkg/"], link[href*="/locales/"]').length;
    });
  });
  const page = await context.newPage();
  const asked = wasmRequests(page);
  await page.goto('/core-group/');
  await appReady(page);
  const timing = await page.evaluate(() => ({
    coreAskedAt: performance.getEntriesByType('resource').find((e) => e.name.endsWith('/cp-guide_bg.wasm'))?.startTime,
    firstFrameAt: window.firstFrameAt,
    appFilesAtParse: window.appFilesAtParse,
  }));
  expect(timing.appFilesAtParse).toBe(0);
  expect(timing.coreAskedAt).toBeGreaterThan(timing.firstFrameAt);
  expect(await page.locator('head > link[rel="preload"][href$="/cp-guide_bg.wasm"]').count()).toBe(1);
  expect(asked.filter((path) => path.endsWith('/cp-guide_bg.wasm'))).toHaveLength(1);
  await context.close();
});

test('a guide page reads the notes (a chunk of their own) only for a parent who keeps a checklist, to show its progress', async ({ browser, baseURL }) => {
  const documents = chunks.splits[splitOf('read-documents')];
  expect(documents?.length).toBeGreaterThan(0);
  const context = await browser.newContext({ baseURL, serviceWorkers: 'block' });
  const page = await context.newPage();
  const asked = wasmRequests(page);
  // The checklist opened, but nothing written on it: nothing is read on a guide page.
  await page.goto('/checklist/');
  await appReady(page);
  await expect(page.locator('h1')).toHaveText('My checklist');
  const before = asked.length;
  await page.goto('/before/');
  await appReady(page);
  await page.waitForTimeout(300);
  expect(asked.slice(before).map(fileOf).sort()).toEqual([...CORE].sort());
  // With a checklist: its progress on the stage list, and no tool's own chunk.
  await page.goto('/checklist/');
  await appReady(page);
  await page.locator('#checklist-add-before').fill('Find the letter');
  await page.locator('#checklist-add-before').press('Enter');
  const after = asked.length;
  await page.goto('/before/');
  await appReady(page);
  await expect(page.locator('.step-list__progress').first()).toHaveText('0 of 1 done');
  const fetched = asked.slice(after);
  expect(fetched).toEqual(expect.arrayContaining(documents));
  expect(fetched.filter((path) => path.includes('/split_')).map(fileOf))
    .toEqual([fileOf(documents.find((path) => path.includes('/split_')))]);
  await context.close();
});

test('opening a tool from a guide page fetches its chunk then, and the tool works', async ({ page }) => {
  const asked = wasmRequests(page);
  const styles = toolsStylesheetRequests(page);
  await page.goto('/core-group/');
  await appReady(page);
  expect(asked.some((path) => path.includes('/split_'))).toBe(false);
  await openMenu(page);
  await page.locator('.main-nav a[href="/checklist/"]').click();
  await expect(page.locator('h1')).toHaveText('My checklist');
  expect(asked).toContain(chunks.splits[splitOf('checklist')].at(-1));
  // Focus moves to the new page's heading once the chunk has arrived, as for any page.
  await expect(page.locator('h1')).toBeFocused();
  await page.locator('#checklist-add-before').fill('Copper kettle');
  await page.locator('#checklist-add-before').press('Enter');
  await expect(page.locator('.checklist-item', { hasText: 'Copper kettle' })).toHaveCount(1);
  // With the tools' stylesheet, fetched then, and applied (checklist_item.css: a rule below each).
  expect(styles).toHaveLength(1);
  expect(await page.locator('.checklist-item').first().evaluate((item) => getComputedStyle(item).borderBottomStyle)).toBe('solid');
  // Back on a guide page and into the tool again: nothing is fetched twice.
  const before = asked.length;
  await page.goBack();
  await expect(page.locator('h1')).toHaveText(routes.find((r) => r.slug === 'core-group').title);
  await page.goForward();
  await expect(page.locator('.checklist-item', { hasText: 'Copper kettle' })).toHaveCount(1);
  expect(asked.slice(before)).toEqual([]);
});

test('a link straight to a tool fetches its chunks with the page, and each tool opens', async ({ browser, baseURL }) => {
  test.slow();
  for (const route of tools) {
    const { context, page, asked } = await coldVisit(browser, baseURL, route.path);
    await expect(page.locator('h1'), route.path).toHaveText(route.title);
    // Its styles are linked by the page itself, in time for its first paint.
    await expect(page.locator('head link[rel="stylesheet"][data-tools]'), route.path).toHaveCount(1);
    const needed = chunks.splits[splitOf(route.slug)];
    expect(asked, route.path).toEqual(expect.arrayContaining(needed));
    // Preloaded by the page itself: each asked for once.
    expect(asked.length, route.path).toBe(new Set(asked).size);
    await context.close();
  }
});

test('after one visit every tool, and the passcode, work offline', async ({ page, context }) => {
  test.slow();
  await page.goto('/');
  await appReady(page);
  await waitForServiceWorker(page);
  // The words of the pages that have a file of their own, kept a moment after the start.
  await expect.poll(() => page.evaluate(async () => {
    const kept = (await (await caches.open('cp-guide-locales')).keys()).map((r) => new URL(r.url).pathname);
    return ['room.ftl', 'report-terms.ftl'].every((f) => kept.includes(`/locales/en/${f}`));
  }), { timeout: 15_000 }).toBe(true);
  await context.setOffline(true);
  for (const route of tools) {
    await page.goto(route.path);
    await appReady(page);
    await expect(page.locator('h1'), route.path).toHaveText(route.title);
  }
  await page.goto('/checklist/');
  await appReady(page);
  await page.locator('#checklist-add-before').fill('Offline lantern');
  await page.locator('#checklist-add-before').press('Enter');
  await page.goto('/settings/');
  await appReady(page);
  await page.getByLabel('Your new passcode').fill('482915');
  await page.getByLabel('Type it again').fill('482915');
  await page.getByRole('button', { name: 'Lock my notes', exact: true }).click();
  await expect(page.getByText('Done. Your notes are locked with your passcode.')).toBeVisible({ timeout: 20_000 });
  await page.goto('/checklist/');
  await appReady(page);
  await page.getByLabel('Passcode', { exact: true }).fill('482915');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.locator('.checklist-item', { hasText: 'Offline lantern' })).toHaveCount(1, { timeout: 20_000 });
});

test.describe('two builds', () => {
  const PORT = Number(process.env.TEST_PORT || 4173) + 7;
  let deployment;
  let site;
  let nextPkg;

  test.beforeAll(async () => {
    deployment = await deployCopyOfDist(PORT, 'chunks');
    site = deployment.site;
  });

  test.afterAll(() => deployment?.close());

  /** "Deploys" the next build: the same files in a new build folder, the old one gone. */
  function deployNextBuild() {
    nextPkg = `/pkg/${'f'.repeat(16)}`;
    renameSync(join(site, chunks.pkg), join(site, nextPkg));
    const rewrite = (dir) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) rewrite(path);
        else if (/\.(html|js)$/.test(entry.name)) {
          const text = readFileSync(path, 'utf8');
          if (text.includes(chunks.pkg)) writeFileSync(path, text.replaceAll(chunks.pkg, nextPkg));
        }
        if (/\.(br|gz)$/.test(entry.name)) rmSync(path);
      }
    };
    rewrite(site);
  }

  test('a page left open across an update never loads the other build\'s chunk: it asks to try again, then opens the tool', async ({ browser, guarded }) => {
    // The old build's chunk is gone from the host: its fetch fails, as it would on a phone.
    guarded.allow(/Failed to load resource|404/);
    const base = `http://127.0.0.1:${PORT}`;
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const asked = wasmRequests(page);
    await page.goto(`${base}/core-group/`);
    await appReady(page);
    deployNextBuild();
    await openMenu(page);
    await page.locator('.main-nav a[href="/plan/"]').click();
    await expect(page.getByRole('alert')).toContainText('This part of the guide could not be opened.');
    expect(asked.every((path) => path.startsWith(`${chunks.pkg}/`))).toBe(true);
    // What the reloaded page asks for: counted from its start, since the old page may still
    // ask for one more of its own chunks (which fails) as it goes.
    let before = Infinity;
    page.once('framenavigated', () => { before = asked.length; });
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.locator('h1')).toHaveText('My plan');
    expect(before).toBeLessThan(Infinity);
    expect(asked.slice(before).length).toBeGreaterThan(0);
    expect(asked.slice(before).every((path) => path.startsWith(`${nextPkg}/`))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});

test('the core holds no tool and no page of a tool; the budgets for the core and the largest chunk hold', () => {
  const stage = 'target/split-stage/split';
  const core = functionNames(readFileSync(join(stage, 'cp-guide.wasm')));
  expect(core.length).toBeGreaterThan(1000);
  // Each tool page's and the passcode forms' own component (not the generic drop code the
  // core keeps for types it shares).
  const toolComponents = /^_ZN8cp_guide2ui(5pages\d+(checklist|questions|meeting|plan|contacts|dates|letters|keep_a_copy|print|understand_report|share)|10components\d+(unlock_form|plan_action|checklist_item|question_card|contact_card|meeting_record|who_is_in_the_room))\d+__component_/;
  const found = core.filter((name) => toolComponents.test(name) && !name.includes('closure'));
  expect(found).toEqual([]);
  // Nor the notes' own storage code (reading, writing, sealing each kind of document), which
  // the frame reaches only through ui::notes::OnScreen; the same names are found in the chunks
  // (so they are not simply inlined away, nor the pattern wrong).
  const notesCode = /cp_guide2ui5notes15Synced.*(read_stored|5store)|cp_guide4core5vault13open_document/;
  expect(core.filter((name) => notesCode.test(name))).toEqual([]);
  const elsewhere = readdirSync(stage).filter((f) => f.endsWith('.wasm') && f !== 'cp-guide.wasm')
    .flatMap((f) => functionNames(readFileSync(join(stage, f))))
    .filter((name) => notesCode.test(name));
  expect(elsewhere.filter((name) => name.includes('read_stored')).length).toBeGreaterThan(3);
  expect(elsewhere.filter((name) => name.includes('open_document')).length).toBeGreaterThan(0);
  // Nor the report terms' catalogue and matcher, which only Understand a report uses.
  expect(core.filter((name) => name.includes('cp_guide4core12report_terms'))).toEqual([]);
  // The same names are in the chunks, so the pattern is not simply wrong.
  const inChunks = readdirSync(stage).filter((f) => f.startsWith('split_'))
    .flatMap((f) => functionNames(readFileSync(join(stage, f))))
    .filter((name) => toolComponents.test(name));
  expect(inChunks.length).toBeGreaterThan(9);

  const budget = JSON.parse(readFileSync('perf-budget.json', 'utf8'));
  const sized = (url) => brotliSize(readFileSync(join('dist', url)));
  const coreBrotli = sized(`${chunks.pkg}/cp-guide_bg.wasm`);
  const largest = Object.entries(chunks.splits)
    .map(([name, urls]) => ({ name, brotli: urls.reduce((sum, url) => sum + sized(url), 0) }))
    .sort((a, b) => b.brotli - a.brotli)[0];
  console.log(`core wasm ${coreBrotli} brotli (budget ${budget.coreWasmBrotliBytes}); largest tool ${largest.name} ${largest.brotli} with its chunks (budget ${budget.largestToolBrotliBytes})`);
  expect(coreBrotli).toBeLessThanOrEqual(Math.round(budget.coreWasmBrotliBytes * (1 + budget.tolerance)));
  expect(largest.brotli).toBeLessThanOrEqual(Math.round(budget.largestToolBrotliBytes * (1 + budget.tolerance)));
});
