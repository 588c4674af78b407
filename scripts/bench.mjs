// `make bench`: the performance report. Prints figures (medians of RUNS runs) and writes them to
// target/bench.json; it passes no judgement (the size budget is enforced by the tests).
//
//  1. Bytes of every file a cold visit to / downloads: raw, gzip -9, brotli; the .wasm alone.
//     Then the same first load in each language (`/?lang=pl`): only that language's messages
//     are fetched, so the first load does not grow with the number of languages; and what the
//     service worker downloads afterwards (the app, not the languages).
//  2. Cold loads of / and /core-group/ on an emulated mid-range phone on a slow network (4x CPU
//     slowdown; 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up): first contentful paint,
//     largest contentful paint, and the moment the page first answers a tap (the menu opened
//     and "Settings" tapped as soon as the app is running: the Settings page shown); and the
//     language menu tapped as soon as the page has painted, before the app runs (its links
//     are the languages' own pages): the Polish page painted. Times are
//     taken in the page (performance.now(), a MutationObserver), not when Playwright notices:
//     its polling of a page whose CPU is slowed 4x lags by about 450 ms, which is not the app's.
//  3. The floor: the same pages as plain static HTML (the pre-rendered words and the same CSS,
//     no script), and the plain page the issue names (the same words, no CSS, no script), loaded
//     the same way; the ratios app / floor and app / plain. All of it twice: on a host that
//     serves the precompressed files, and on a bare host that does not compress.
// 2a. Opening a tool: from a tap on a guide page whose app runs, to the tool ready (its chunks
//     fetched and compiled), and a cold deep link to the tool, to the tool ready.
// 2b. Understand a report: a 10,000-word report pasted, the time from the typing pause to every
//     term marked and shown. `BENCH_ONLY=report node scripts/bench.mjs` runs this section alone.
//  4. A repeat visit with the network off (served by the service worker): time to the heading.
//  5. Lighthouse, mobile preset, on / and /core-group/.
//  6. The passcode: the time to unlock at the chosen Argon2id settings (a tap on Unlock to the
//     notes shown) with the phone's 4x CPU slowdown, and the key derivation alone (in its Web
//     Worker) at the older 19 MiB, t=2 and at the chosen settings, slowed and not.
import { chromium } from '@playwright/test';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { measureFirstLoad, gzipSize, brotliSize } from './lib-first-load.mjs';
import { CHROMIUM_ARGS, serveLikeAHost } from './lib-serve.mjs';

const RUNS = Number(process.env.BENCH_RUNS || 5);
const PAGES = ['/', '/core-group/'];
const PHONE = { cpu: 4, latency: 150, down: (1.6 * 1024 * 1024) / 8, up: (750 * 1024) / 8 };
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
// The tools whose opening is timed (2a): the two most used, from a guide page.
const TOOLS_OPENED = [
  { from: '/before/', path: '/checklist/', heading: 'My checklist' },
  { from: '/before/', path: '/questions/', heading: 'My questions' },
];

// A paint entry can be missing from a run; the median is of the runs that have one.
const median = (xs) => { const v = xs.filter(Number.isFinite).sort((a, b) => a - b); return v.length ? v[Math.floor(v.length / 2)] : NaN; };
const ms = (x) => (Number.isFinite(x) ? `${Math.round(x)} ms` : 'n/a');

/** Opens a page with the phone's CPU and network, before anything loads. The page notes the
 * moment the app is running (`window.appReadyAt`, performance.now()). */
async function throttledPage(context) {
  const page = await context.newPage();
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.documentElement?.dataset.app === 'ready') {
        window.appReadyAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-app'] });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: PHONE.latency, downloadThroughput: PHONE.down, uploadThroughput: PHONE.up,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpu });
  return page;
}

/** Paint timings of the page: waits for the first contentful paint (a page with no script can
 * finish loading before it paints), then reads the largest contentful paint so far. */
async function paints(page) {
  return page.evaluate(() => new Promise((resolve) => {
    let fcp = NaN;
    let lcp = NaN;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) lcp = entry.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    const finish = () => setTimeout(() => resolve({ fcp, lcp }), 100);
    new PerformanceObserver((list) => {
      const entry = list.getEntries().find((e) => e.name === 'first-contentful-paint');
      if (entry && Number.isNaN(fcp)) { fcp = entry.startTime; finish(); }
    }).observe({ type: 'paint', buffered: true });
    setTimeout(() => resolve({ fcp, lcp }), 10_000);
  }));
}

async function coldLoad(browser, url, { app }) {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 412, height: 823 }, isMobile: true });
  const page = await throttledPage(context);
  await page.goto(url, { waitUntil: 'load' });
  let tap = NaN;
  if (app) {
    await page.locator('html[data-app="ready"]').waitFor({ state: 'attached', timeout: 60_000 });
    // The menu (a disclosure in the header), then its Settings link, which the app answers:
    // tapped once Playwright sees the app, timed in the page, and counted from the moment the
    // app was running (a parent's tap then would have been answered as quickly).
    const answer = await page.evaluate(() => new Promise((resolve) => {
      const tapped = performance.now();
      document.querySelector('details.site-menu > summary').click();
      document.querySelector('.main-nav a[href="/settings/"]').click();
      const shown = () => document.querySelector('main h1')?.textContent.includes('Settings');
      const done = () => resolve(performance.now() - tapped);
      if (shown()) return done();
      new MutationObserver((_, observer) => {
        if (shown()) { observer.disconnect(); done(); }
      }).observe(document, { subtree: true, childList: true, characterData: true });
    }));
    tap = (await page.evaluate(() => window.appReadyAt)) + answer;
  }
  const result = { ...(await paints(page)), tap };
  await context.close();
  return result;
}

/** The language menu, tapped as soon as the page has painted (before the app runs, as a parent
 * would): the menu is a disclosure and each language a link to that language's pre-rendered
 * page, so the browser answers without the app. The time from the start of the cold load to the
 * Polish page's first paint (the tap's moment on the first page, plus the second page's first
 * paint from its own start). */
async function languageTap(browser, url) {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 412, height: 823 }, isMobile: true });
  const page = await throttledPage(context);
  await page.goto(url, { waitUntil: 'commit' });
  const tappedAt = await page.evaluate(() => new Promise((resolve) => {
    const tap = () => {
      const at = performance.now();
      document.querySelector('details.site-menu > summary').click();
      document.querySelector('.language-switcher__option[hreflang="pl"]').click();
      resolve(at);
    };
    new PerformanceObserver((list, observer) => {
      if (list.getEntriesByName('first-contentful-paint').length) { observer.disconnect(); tap(); }
    }).observe({ type: 'paint', buffered: true });
  }));
  await page.waitForURL(/\/pl\//, { waitUntil: 'commit', timeout: 60_000 });
  const { fcp } = await paints(page);
  const shown = await page.evaluate(() => document.documentElement.lang);
  await context.close();
  return shown === 'pl' ? tappedAt + fcp : NaN;
}

/** The moment (performance.now(), in the page) a tool's page is ready: its heading, no
 * "Opening this tool…" left, and a field to type in; watched in the page, so Playwright's lag in
 * noticing is not counted. */
function toolReadyAt(page, heading) {
  return page.evaluate((heading) => new Promise((resolve) => {
    const ready = () => document.documentElement.dataset.app === 'ready'
      && document.querySelector('main h1')?.textContent.includes(heading)
      && !document.querySelector('.chunk-loading')
      && document.querySelector('main input, main textarea');
    if (ready()) return resolve(performance.now());
    new MutationObserver((_, observer) => {
      if (ready()) { observer.disconnect(); resolve(performance.now()); }
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  }), heading);
}

/** Opening a tool on the throttled phone, on the compressing host: from a guide page whose app
 * is running, the time from the tap on the tool's link to the tool ready (its chunks fetched
 * and compiled); and a cold deep link to the tool, the time from the start to the tool ready. */
async function toolOpen(browser, base, { from, path, heading }) {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 412, height: 823 }, isMobile: true });
  const page = await throttledPage(context);
  await page.goto(`${base}${from}`, { waitUntil: 'load' });
  await page.locator('html[data-app="ready"]').waitFor({ state: 'attached', timeout: 60_000 });
  // Tapped through the page's own link (wherever the menu keeps it): the router's navigation.
  const readyAt = toolReadyAt(page, heading);
  const tapped = await page.evaluate((href) => { const at = performance.now(); document.querySelector(`a[href="${href}"]`).click(); return at; }, path);
  const fromTap = (await readyAt) - tapped;
  await context.close();
  const deep = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 412, height: 823 }, isMobile: true });
  const deepPage = await throttledPage(deep);
  await deepPage.goto(`${base}${path}`, { waitUntil: 'load' });
  const deepLink = await toolReadyAt(deepPage, heading);
  await deep.close();
  return { fromTap, deepLink };
}

/** Understand a report on the throttled phone: a 10,000-word report (the test excerpt,
 * repeated) put in the box in one go, by an input event that is not a paste (so the page waits
 * its typing pause, taken off here; a paste is marked at once, with the same work); the time from
 * the end of the typing pause to every term marked and shown (found by core::report_terms, and
 * drawn), in milliseconds. */
async function markReport(browser, base) {
  const excerpt = readFileSync('tests/fixtures/report-excerpt.txt', 'utf8');
  const words = excerpt.split(/\s+/).filter(Boolean).length;
  const report = Array.from({ length: Math.ceil(10_000 / words) }, () => excerpt).join('\n');
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 412, height: 823 }, isMobile: true });
  const page = await throttledPage(context);
  await page.goto(`${base}/understand-a-report/`, { waitUntil: 'load' });
  // The app, not the pre-rendered copy of the page (whose box answers nothing).
  await page.locator('html[data-app="ready"]').waitFor({ state: 'attached', timeout: 60_000 });
  await toolReadyAt(page, 'Understand a report');
  const took = await page.evaluate(async (text) => {
    const box = document.getElementById('report-text');
    box.value = text;
    box.dispatchEvent(new Event('input', { bubbles: true }));
    const typed = performance.now();
    // Marks appear after the page's pause (400 ms, src/ui/pages/understand_report.rs).
    while (!document.querySelector('.report__terms')) {
      if (performance.now() - typed > 60_000) return { shown: NaN, marks: 0 };
      await new Promise((r) => setTimeout(r, 5));
    }
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    // The matching alone (find_terms), as the page measures it (web::clock::timed).
    const marking = performance.getEntriesByName('report-marking').pop()?.duration ?? NaN;
    return { shown: performance.now() - typed - 400, marking, marks: document.querySelectorAll('.report__marked mark').length };
  }, report);
  await context.close();
  return { words: report.split(/\s+/).filter(Boolean).length, ...took };
}

/** The worker's derivation in the page, in milliseconds (from starting the worker to the key). */
function deriveInWorker(page, memoryKib, passes) {
  return page.evaluate(({ memoryKib, passes }) => new Promise((resolve, reject) => {
    const started = performance.now();
    const worker = new Worker('/kdf-worker.js');
    worker.onerror = (e) => reject(new Error(e.message));
    worker.onmessage = (e) => { worker.terminate(); return e.data.key ? resolve(performance.now() - started) : reject(new Error(e.data.error)); };
    worker.postMessage({ passcode: 'blue car 2026', salt: new Uint8Array(16), memoryKib, passes, lanes: 1 });
  }), { memoryKib, passes });
}

/** The same derivation (hash-wasm, the worker's code) on the page's main thread, in ms: the CPU
 * slowdown is sure to apply there (DevTools' throttle may not reach a worker). */
async function deriveOnMainThread(page, memoryKib, passes) {
  if (!(await page.evaluate(() => 'hashwasm' in window))) await page.addScriptTag({ url: '/argon2.umd.min.js' });
  return page.evaluate(async ({ memoryKib, passes }) => {
    const started = performance.now();
    await window.hashwasm.argon2id({ password: 'blue car 2026', salt: new Uint8Array(16), iterations: passes, parallelism: 1, memorySize: memoryKib, hashLength: 32, outputType: 'binary' });
    return performance.now() - started;
  }, { memoryKib, passes });
}

/** Sets a passcode in Settings (the app's chosen settings), then times unlocking the checklist
 * on the throttled phone, and the derivation alone at the old and the chosen settings. */
async function passcodeTimes(browser, base) {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 412, height: 823 }, isMobile: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const throttle = (rate) => cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.goto(`${base}/settings/`);
  await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
  await page.getByLabel('Your new passcode').fill('quiet harbour lamp');
  await page.getByLabel('Type it again').fill('quiet harbour lamp');
  await page.getByRole('button', { name: 'Lock my notes', exact: true }).click();
  await page.getByText('Done. Your notes are locked with your passcode.').waitFor({ timeout: 60_000 });
  const chosen = JSON.parse(await page.evaluate(() => localStorage.getItem('cp-guide:lock'))).data.kdf;
  const runs = { unlock: [], oldWorker: [], chosenWorker: [], oldWorkerSlowed: [], chosenWorkerSlowed: [], oldSlowed: [], chosenSlowed: [] };
  for (let i = 0; i < RUNS; i++) {
    await throttle(1);
    await page.goto(`${base}/checklist/`);
    await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
    runs.oldWorker.push(await deriveInWorker(page, 19 * 1024, 2));
    runs.chosenWorker.push(await deriveInWorker(page, chosen.memory_kib, chosen.passes));
    await throttle(PHONE.cpu);
    runs.oldWorkerSlowed.push(await deriveInWorker(page, 19 * 1024, 2));
    runs.chosenWorkerSlowed.push(await deriveInWorker(page, chosen.memory_kib, chosen.passes));
    runs.oldSlowed.push(await deriveOnMainThread(page, 19 * 1024, 2));
    runs.chosenSlowed.push(await deriveOnMainThread(page, chosen.memory_kib, chosen.passes));
    await page.reload();
    await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
    await page.getByLabel('Passcode', { exact: true }).fill('quiet harbour lamp');
    const tapped = Date.now();
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.locator('h1', { hasText: 'My checklist' }).waitFor({ timeout: 60_000 });
    runs.unlock.push(Date.now() - tapped);
  }
  await context.close();
  return { settings: chosen, ...Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, median(v)])) };
}

async function offlineRepeat(browser, base, path, code = 'en') {
  const context = await browser.newContext();
  const warm = await context.newPage();
  await warm.goto(code === 'en' ? `${base}/` : `${base}${path}?lang=${code}`);
  await warm.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
  await warm.evaluate(() => navigator.serviceWorker.ready);
  // Another language's reader: once the worker keeps this page at its address in their
  // language (`/pl/core-group/`, in a `cp-guide-pages-<version>` cache; scripts/sw-languages.js).
  // (Polled from here: waitForFunction does not wait for an async predicate's answer.)
  if (code !== 'en') {
    const kept = `/${code}${path}`;
    const isKept = () => warm.evaluate(async (wanted) => {
      for (const name of (await caches.keys()).filter((n) => n.startsWith('cp-guide-pages-'))) {
        if ((await (await caches.open(name)).keys()).some((r) => new URL(r.url).pathname === wanted)) return true;
      }
      return false;
    }, kept);
    for (const deadline = Date.now() + 30_000; !(await isKept());) {
      if (Date.now() > deadline) throw new Error(`bench: the worker never kept ${kept}`);
      await warm.waitForTimeout(100);
    }
  }
  await warm.close();
  await context.setOffline(true);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpu });
  const response = await page.goto(`${base}${path}`);
  // The language of what is painted first: the HTML as served, before any script runs.
  const firstLanguage = (await response.text()).match(/<html lang="([^"]+)"/)?.[1];
  await page.locator('main h1').waitFor();
  const heading = (await paints(page)).fcp;
  await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
  const appReady = await page.evaluate(() => performance.now());
  await context.close();
  return { heading, appReady, firstLanguage };
}

/** The floor: each page's pre-rendered HTML and CSS with every script and preload removed. */
function writeFloor(dir, { css = true } = {}) {
  rmSync(dir, { recursive: true, force: true });
  for (const path of PAGES) {
    let html = readFileSync(join('dist', path, 'index.html'), 'utf8')
      .replace(/<script[\s\S]*?<\/script>/g, '')
      .replace(/<link rel="(modulepreload|preload|manifest)"[^>]*>/g, '');
    // The issue's floor: the same words with no stylesheet at all.
    if (!css) html = html.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/style-src 'self' 'sha256-[^']+'/, "style-src 'self'");
    mkdirSync(join(dir, path), { recursive: true });
    writeFileSync(join(dir, path, 'index.html'), html);
  }
  for (const file of readdirSync('dist').filter((f) => /\.(css|svg)$/.test(f))) cpSync(join('dist', file), join(dir, file));
}

async function lighthouseScores(urls) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox', ...CHROMIUM_ARGS],
  });
  const scores = {};
  try {
    for (const url of urls) {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
      scores[new URL(url).pathname] = Object.fromEntries(
        Object.entries(result.lhr.categories).map(([id, c]) => [id, Math.round(c.score * 100)]),
      );
    }
  } finally {
    await chrome.kill();
  }
  return scores;
}

// BENCH_ONLY=report: section 2b alone (about a minute instead of ten), each run printed;
// BENCH_ONLY=offline: section 4 alone; BENCH_ONLY=taps: the first taps and the tools' opening
// (2, 2a) on the compressing host alone. target/bench.json is left as it was.
if (process.env.BENCH_ONLY === 'offline') {
  const only = await serveLikeAHost(process.env.BENCH_DIST || 'dist', 0);
  const onlyBrowser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    for (const path of PAGES) {
      for (const code of ['en', 'pl']) {
        const runs = [];
        for (let i = 0; i < RUNS; i++) runs.push(await offlineRepeat(onlyBrowser, only.url, path, code));
        console.log(`${`${path} ${code}`.padEnd(17)} heading shown ${ms(median(runs.map((r) => r.heading)))} (runs: ${runs.map((r) => Math.round(r.heading)).join(', ')}), app running ${ms(median(runs.map((r) => r.appReady)))}`);
      }
    }
  } finally {
    await onlyBrowser.close();
    only.close();
  }
  process.exit(0);
}
if (process.env.BENCH_ONLY === 'taps') {
  const only = await serveLikeAHost(process.env.BENCH_DIST || 'dist', 0);
  const onlyBrowser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    for (const path of PAGES) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await coldLoad(onlyBrowser, `${only.url}${path}`, { app: true }));
      console.log(`${path.padEnd(14)} first tap answered ${ms(median(runs.map((r) => r.tap)))} (runs: ${runs.map((r) => Math.round(r.tap)).join(', ')})`);
      const language = [];
      for (let i = 0; i < RUNS; i++) language.push(await languageTap(onlyBrowser, `${only.url}${path}`));
      console.log(`${path.padEnd(14)} language menu tapped at the first paint, the Polish page painted at ${ms(median(language))} (runs: ${language.map(Math.round).join(', ')})`);
    }
    for (const tool of TOOLS_OPENED) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await toolOpen(onlyBrowser, only.url, tool));
      console.log(`${tool.path.padEnd(14)} from a tap ${ms(median(runs.map((r) => r.fromTap)))} (runs: ${runs.map((r) => Math.round(r.fromTap)).join(', ')}); cold deep link ${ms(median(runs.map((r) => r.deepLink)))}`);
    }
  } finally {
    await onlyBrowser.close();
    only.close();
  }
  process.exit(0);
}
if (process.env.BENCH_ONLY) {
  if (process.env.BENCH_ONLY !== 'report') throw new Error(`BENCH_ONLY=${process.env.BENCH_ONLY}: only "report", "offline" and "taps" are known`);
  const only = await serveLikeAHost('dist', 0);
  const onlyBrowser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      runs.push(await markReport(onlyBrowser, only.url));
      console.log(`run ${i + 1}: ${runs[i].marks} marks, matching ${ms(runs[i].marking)}, marked and shown ${ms(runs[i].shown)}`);
    }
    console.log(`\n2b. Understand a report, CPU 4x, median of ${RUNS}: a ${runs[0].words}-word report, ${runs[0].marks} terms found in ${ms(median(runs.map((r) => r.marking)))} (the matching alone), marked and shown ${ms(median(runs.map((r) => r.shown)))} after the typing pause`);
  } finally {
    await onlyBrowser.close();
    only.close();
  }
  process.exit(0);
}

const site = await serveLikeAHost('dist', 0);
const floorSite = await (async () => { writeFloor('target/bench-floor'); return serveLikeAHost('target/bench-floor', 0); })();
const plainSite = await (async () => { writeFloor('target/bench-plain', { css: false }); return serveLikeAHost('target/bench-plain', 0); })();
// The same sites on a bare host that does not compress (the wasm goes over the wire raw).
const bareSite = await serveLikeAHost('dist', 0, { compressed: false });
const bareFloorSite = await serveLikeAHost('target/bench-floor', 0, { compressed: false });
const barePlainSite = await serveLikeAHost('target/bench-plain', 0, { compressed: false });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
try {
  const firstLoad = await measureFirstLoad(browser, `${site.url}/`);
  // The core wasm, and what each tool's chunks add when it is first opened (scripts/chunks.mjs).
  const chunks = JSON.parse(readFileSync('target/chunks.json', 'utf8'));
  const sized = (url) => { const b = readFileSync(join('dist', url)); return { raw: b.length, gzip: gzipSize(b), brotli: brotliSize(b) }; };
  const wasmName = `${chunks.pkg}/cp-guide_bg.wasm`;
  const wasm = { file: wasmName, ...sized(wasmName) };
  const tools = Object.fromEntries(Object.entries(chunks.splits).map(([name, urls]) => [
    name.replace(/_\d+$/, ''),
    { files: urls.length, brotli: urls.reduce((sum, url) => sum + sized(url).brotli, 0) },
  ]));

  // One first load per language: which locale folders it fetched, and its brotli total.
  const languages = readdirSync(join('dist', 'locales')).sort();
  const byLanguage = {};
  for (const code of languages) {
    const load = await measureFirstLoad(browser, `${site.url}/?lang=${code}`);
    const localeFiles = load.files.filter((f) => f.path.startsWith('/locales/'));
    byLanguage[code] = {
      brotli: load.total.brotli,
      localeBrotli: localeFiles.reduce((n, f) => n + f.brotli, 0),
      folders: [...new Set(localeFiles.map((f) => f.path.split('/')[2]))],
    };
  }
  // The same first load from a copy of the build that has only English and Welsh, as before
  // the four new languages: the figure must not change with the number of languages.
  const twoLanguagesDir = 'target/bench-two-languages';
  rmSync(twoLanguagesDir, { recursive: true, force: true });
  cpSync('dist', twoLanguagesDir, { recursive: true });
  for (const code of languages.filter((c) => c !== 'en' && c !== 'cy')) rmSync(join(twoLanguagesDir, 'locales', code), { recursive: true });
  const twoSite = await serveLikeAHost(twoLanguagesDir, 0);
  const twoLanguages = (await measureFirstLoad(browser, `${twoSite.url}/`)).total;
  twoSite.close();

  // The service worker's precache list (urls in dist/sw.js), summed from dist/.
  const precached = [...new Set([...readFileSync('dist/sw.js', 'utf8').matchAll(/url:"\/?([^"]+)"/g)].map((m) => m[1]))];
  const precacheBrotli = precached.reduce((n, url) => {
    try { return n + brotliSize(readFileSync(join('dist', url))); } catch { return n; }
  }, 0);

  /** Cold loads of the app and of the floor from `appBase` and `floorBase`, medians. */
  async function coldLoads(appBase, floorBase, plainBase) {
    const result = {};
    for (const path of PAGES) {
      const app = [];
      const floor = [];
      const plain = [];
      for (let i = 0; i < RUNS; i++) {
        app.push({
          ...(await coldLoad(browser, `${appBase}${path}`, { app: true })),
          languageTap: await languageTap(browser, `${appBase}${path}`),
        });
        floor.push(await coldLoad(browser, `${floorBase}${path}`, { app: false }));
        plain.push(await coldLoad(browser, `${plainBase}${path}`, { app: false }));
      }
      const m = (runs, key) => median(runs.map((r) => r[key]));
      result[path] = {
        fcp: m(app, 'fcp'), lcp: m(app, 'lcp'), firstTapAnswered: m(app, 'tap'), languageTapAnswered: m(app, 'languageTap'),
        floorFcp: m(floor, 'fcp'), floorLcp: m(floor, 'lcp'), plainFcp: m(plain, 'fcp'),
      };
      result[path].fcpRatio = result[path].fcp / result[path].floorFcp;
      result[path].plainRatio = result[path].fcp / result[path].plainFcp;
    }
    return result;
  }
  const cold = await coldLoads(site.url, floorSite.url, plainSite.url);
  const coldBare = await coldLoads(bareSite.url, bareFloorSite.url, barePlainSite.url);

  // An English reader, and a Polish one (whose page the worker keeps in Polish).
  const offline = {};
  for (const path of PAGES) {
    for (const code of ['en', 'pl']) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await offlineRepeat(browser, site.url, path, code));
      offline[`${path} ${code}`] = {
        heading: median(runs.map((r) => r.heading)),
        appReady: median(runs.map((r) => r.appReady)),
        firstLanguage: [...new Set(runs.map((r) => r.firstLanguage))].join('/'),
      };
    }
  }

  // The smallest tool and the largest (target/chunks.json, in 1a).
  const toolOpens = {};
  for (const tool of TOOLS_OPENED) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await toolOpen(browser, site.url, tool));
    toolOpens[tool.path] = { from: tool.from, fromTap: median(runs.map((r) => r.fromTap)), deepLink: median(runs.map((r) => r.deepLink)) };
  }

  const reportRuns = [];
  for (let i = 0; i < RUNS; i++) reportRuns.push(await markReport(browser, site.url));
  const reportMarking = { words: reportRuns[0].words, marks: reportRuns[0].marks, marking: median(reportRuns.map((r) => r.marking)), shown: median(reportRuns.map((r) => r.shown)) };

  const passcode = await passcodeTimes(browser, site.url);

  let lighthouse = {};
  try {
    lighthouse = await lighthouseScores(PAGES.map((p) => `${site.url}${p}`));
  } catch (error) {
    lighthouse = { error: String(error.message ?? error) };
  }

  const result = { date: new Date().toISOString(), runs: RUNS, phone: PHONE, wasm, tools, firstLoad, byLanguage, twoLanguages, precache: { files: precached.length, brotli: precacheBrotli }, cold, coldBare, toolOpens, reportMarking, offline, passcode, lighthouse };

  const pad = (s, n) => String(s).padEnd(n);
  const num = (s, n) => String(s).padStart(n);
  console.log('\n1. First load of / (cold cache), bytes');
  console.log(`${pad('file', 44)}${num('raw', 10)}${num('gzip -9', 10)}${num('brotli', 10)}`);
  for (const f of firstLoad.files) console.log(`${pad(f.path.slice(0, 43), 44)}${num(f.raw, 10)}${num(f.gzip, 10)}${num(f.brotli, 10)}`);
  const t = firstLoad.total;
  console.log(`${pad('total', 44)}${num(t.raw, 10)}${num(t.gzip, 10)}${num(t.brotli, 10)}`);
  console.log(`core .wasm alone: ${wasm.raw} raw, ${wasm.gzip} gzip -9, ${wasm.brotli} brotli`);
  console.log('\n1a. Each tool when first opened: its chunks (fetched in parallel), brotli');
  for (const [name, t] of Object.entries(tools)) console.log(`${pad(name, 22)}${num(t.brotli, 10)} in ${t.files} files`);
  console.log(`\n1b. First load per language (${languages.length} languages in this build), brotli`);
  console.log(`${pad('language', 10)}${num('total', 10)}${num('messages', 10)}  locale folders fetched`);
  for (const [code, l] of Object.entries(byLanguage)) console.log(`${pad(code, 10)}${num(l.brotli, 10)}${num(l.localeBrotli, 10)}  ${l.folders.join(' ')}`);
  console.log(`First load of / with 2 languages in the build (en, cy): ${twoLanguages.brotli} brotli; with ${languages.length}: ${firstLoad.total.brotli} brotli`);
  console.log(`Service worker, after the first load: precaches ${precached.length} files, ${precacheBrotli} bytes brotli (no language's messages; only the letters' English and Welsh words)`);

  for (const [host, loads] of [['a host that serves the precompressed files', cold], ['a bare host (no compression)', coldBare]]) {
    console.log(`\n2-3. Cold load on a throttled phone (CPU 4x, 150 ms RTT, 1.6/0.75 Mbit/s), ${host}, median of ${RUNS}`);
    console.log('    (floor: the same page with its CSS and no script; plain: the same words, no CSS, no script)');
    console.log(`${pad('page', 14)}${num('FCP', 10)}${num('LCP', 10)}${num('tap answered', 14)}${num('language tap', 14)}${num('floor FCP', 11)}${num('floor LCP', 11)}${num('FCP ratio', 11)}${num('plain FCP', 11)}${num('ratio', 7)}`);
    for (const [path, c] of Object.entries(loads)) {
      console.log(`${pad(path, 14)}${num(ms(c.fcp), 10)}${num(ms(c.lcp), 10)}${num(ms(c.firstTapAnswered), 14)}${num(ms(c.languageTapAnswered), 14)}${num(ms(c.floorFcp), 11)}${num(ms(c.floorLcp), 11)}${num(c.fcpRatio.toFixed(2), 11)}${num(ms(c.plainFcp), 11)}${num(c.plainRatio.toFixed(2), 7)}`);
    }
  }

  console.log(`\n2a. Opening a tool on the throttled phone, a host that serves the precompressed files, median of ${RUNS}`);
  for (const [path, t] of Object.entries(toolOpens)) console.log(`${pad(path, 14)} from a tap on ${t.from}: ${ms(t.fromTap)} to the tool ready; cold deep link: ${ms(t.deepLink)} to the tool ready`);

  console.log(`\n2b. Understand a report, CPU 4x, median of ${RUNS}: a ${reportMarking.words}-word report, ${reportMarking.marks} terms found in ${ms(reportMarking.marking)} (the matching alone), marked and shown ${ms(reportMarking.shown)} after the typing pause`);

  console.log(`\n4. Repeat visit, network off (service worker), CPU 4x, median of ${RUNS}`);
  for (const [page, o] of Object.entries(offline)) console.log(`${pad(page, 17)} heading shown ${ms(o.heading)} (first paint in ${o.firstLanguage}), app running ${ms(o.appReady)}`);

  console.log('\n5. Lighthouse (mobile preset)');
  if (lighthouse.error) console.log(`  not run: ${lighthouse.error}`);
  for (const [path, s] of Object.entries(lighthouse)) {
    if (path !== 'error') console.log(`${pad(path, 14)} performance ${s.performance}, accessibility ${s.accessibility}, best practices ${s['best-practices']}, SEO ${s.seo}`);
  }

  const p = passcode;
  const k = p.settings;
  console.log(`\n6. Passcode (Argon2id), median of ${RUNS}; chosen settings ${k.memory_kib / 1024} MiB, t=${k.passes}, p=${k.lanes}`);
  console.log(`   unlock (tap on Unlock to the notes shown), page CPU ${PHONE.cpu}x: ${ms(p.unlock)}`);
  console.log(`   derivation with the CPU ${PHONE.cpu}x (on the main thread, where the slowdown surely applies): 19 MiB t=2 ${ms(p.oldSlowed)}, chosen ${ms(p.chosenSlowed)}`);
  console.log(`   derivation in the worker: not slowed 19 MiB t=2 ${ms(p.oldWorker)}, chosen ${ms(p.chosenWorker)}; page slowed ${PHONE.cpu}x 19 MiB t=2 ${ms(p.oldWorkerSlowed)}, chosen ${ms(p.chosenWorkerSlowed)}`);

  mkdirSync('target', { recursive: true });
  writeFileSync('target/bench.json', JSON.stringify(result, null, 2));
  console.log('\n(written to target/bench.json)');
} finally {
  await browser.close();
  site.close();
  floorSite.close();
  plainSite.close();
  bareSite.close();
  bareFloorSite.close();
  barePlainSite.close();
}
