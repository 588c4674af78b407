// Pre-renders every route: runs the built app in Chromium (English, England) and writes what it
// shows into that route's HTML file, between the <!--prerender--> markers. A visitor then sees
// the real page at first paint, before the WebAssembly has downloaded, and can read it and
// follow its links even if the app never starts. The app replaces it with identical markup.
import { chromium } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_ARGS, serve } from './lib-serve.mjs';

const dist = process.argv[2] ?? 'dist';
const START = '<!--prerender-->';
const END = '<!--/prerender-->';
const routes = JSON.parse(readFileSync('target/route-table.json', 'utf8'));
const pages = [...routes.map((r) => ({ url: r.path, file: join(dist, r.slug, 'index.html') })), { url: '/404.html', file: join(dist, '404.html') }];

const server = await serve(dist, 4179);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  const context = await browser.newContext({ locale: 'en-GB', serviceWorkers: 'block' });
  const page = await context.newPage();
  for (const { url, file } of pages) {
    await page.goto(server.url + url);
    await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
    // Leptos's empty marker comments (`<!---->`) mean nothing in a static page, which is never
    // hydrated (the app replaces it): drop them, as they would split words for a search engine.
    const body = (await page.evaluate(() => document.getElementById('app').innerHTML)).replaceAll('<!---->', '');
    const html = readFileSync(file, 'utf8');
    const start = html.indexOf(START);
    const end = html.indexOf(END);
    if (start < 0 || end < start) throw new Error(`${file} has no ${START} … ${END} markers`);
    writeFileSync(file, html.slice(0, start + START.length) + body + html.slice(end));
  }
  console.log(`prerender: wrote ${pages.length} pages`);
} finally {
  await browser.close();
  server.close();
}
