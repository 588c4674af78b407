// `make bench`: what a cold first visit costs. Prints figures, passes no judgement.
//  - bytes of every file a cold visit to / fetches: raw, gzip -9 and brotli (q 11), and totals;
//  - median of 5 cold loads in headless Chromium: first contentful paint, and the moment the
//    page first answers a tap (a tap on "Settings" in the menu shows the Settings page).
// Figures are also written to target/bench.json.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const PORT = 4175;
const BASE = `http://127.0.0.1:${PORT}`;
const RUNS = 5;

const gzip = (buf) => gzipSync(buf, { level: 9 }).length;
const brotli = (buf) => brotliCompressSync(buf, {
  params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length },
}).length;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

const server = spawn('python3', ['-m', 'http.server', String(PORT), '--bind', '127.0.0.1', '--directory', 'dist'], { stdio: 'ignore' });
try {
  for (let i = 0; ; i++) {
    try { await fetch(`${BASE}/`); break; } catch { if (i > 50) throw new Error('server did not start'); await new Promise((r) => setTimeout(r, 100)); }
  }
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });

  const loads = [];
  let files = null;
  for (let run = 0; run < RUNS; run++) {
    // A fresh context each time: empty cache, no service worker.
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const fetched = [];
    page.on('response', async (response) => {
      if (new URL(response.url()).host === `127.0.0.1:${PORT}`) fetched.push(response);
    });
    await page.goto(`${BASE}/`);
    const settingsLink = page.locator('nav.main-nav a[href="/settings/"]');
    await settingsLink.waitFor();
    await settingsLink.click();
    await page.locator('h1', { hasText: 'Settings' }).waitFor();
    const timing = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      tapAnswered: performance.now(),
    }));
    loads.push(timing);
    if (!files) {
      files = [];
      const seen = new Set();
      for (const response of fetched) {
        // The same URL can answer twice (the favicon); it is downloaded once.
        if (seen.has(response.url())) continue;
        seen.add(response.url());
        const body = await response.body().catch(() => null);
        if (!body || response.status() !== 200) continue;
        files.push({ path: new URL(response.url()).pathname, raw: body.length, gzip: gzip(body), brotli: brotli(body) });
      }
    }
    await context.close();
  }
  await browser.close();

  const wasmName = readdirSync('dist').find((f) => f.endsWith('.wasm'));
  const wasmBytes = readFileSync(join('dist', wasmName));
  const wasm = { file: wasmName, raw: wasmBytes.length, gzip: gzip(wasmBytes), brotli: brotli(wasmBytes) };
  const total = files.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  const result = {
    date: new Date().toISOString(),
    wasm,
    firstLoad: { files, total },
    coldLoadMedianMs: { runs: RUNS, firstContentfulPaint: median(loads.map((l) => l.fcp)), firstTapAnswered: median(loads.map((l) => l.tapAnswered)) },
    distBytes: readdirSync('dist', { recursive: true }).map((f) => join('dist', f)).filter((f) => statSync(f).isFile()).reduce((t, f) => t + statSync(f).size, 0),
  };

  const pad = (s, n) => String(s).padEnd(n);
  const num = (s, n) => String(s).padStart(n);
  console.log('\nFirst load of / (cold cache), bytes');
  console.log(`${pad('file', 44)}${num('raw', 10)}${num('gzip -9', 10)}${num('brotli', 10)}`);
  for (const f of files) console.log(`${pad(f.path.slice(0, 43), 44)}${num(f.raw, 10)}${num(f.gzip, 10)}${num(f.brotli, 10)}`);
  console.log(`${pad('total', 44)}${num(total.raw, 10)}${num(total.gzip, 10)}${num(total.brotli, 10)}`);
  console.log(`\n.wasm alone: ${wasm.raw} raw, ${wasm.gzip} gzip -9, ${wasm.brotli} brotli (${kb(wasm.brotli)})`);
  console.log(`first load total, brotli: ${kb(total.brotli)}; gzip: ${kb(total.gzip)}`);
  console.log(`\nCold load, median of ${RUNS} (no throttling, this machine):`);
  console.log(`  first contentful paint: ${result.coldLoadMedianMs.firstContentfulPaint.toFixed(0)} ms`);
  console.log(`  first tap answered:     ${result.coldLoadMedianMs.firstTapAnswered.toFixed(0)} ms`);
  mkdirSync('target', { recursive: true });
  writeFileSync('target/bench.json', JSON.stringify(result, null, 2));
  console.log('\n(written to target/bench.json)');
} finally {
  server.kill();
}
