// Pre-renders every page: runs the built app in Chromium and writes what it shows into that
// page's HTML file, between the <!--prerender--> markers. A visitor then sees the real page at
// first paint, before the WebAssembly has downloaded, and can read it and follow its links even
// if the app never starts. The app replaces it with identical markup.
//
// Every page exists in every language and nation (core::address; route-pages wrote the files,
// with their `<html lang dir>`, title and head links, and listed them in target/page-files.json):
// each is rendered at its own address, which the app reads as a shared link. Each language and
// nation gets a fresh browser profile, since a path that names neither (`/before/`) shows the
// reader's saved choice. The pages' fingerprint goes into the service worker's file, which keeps
// the pages a reader has opened until the next version's replace them.
import { chromium } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { base } from './lib-base.mjs';
import { CHROMIUM_ARGS, serve } from './lib-serve.mjs';

const dist = process.argv[2] ?? 'dist';
const START = '<!--prerender-->';
const END = '<!--/prerender-->';
const pages = JSON.parse(readFileSync('target/page-files.json', 'utf8'));
const groups = new Map();
for (const page of pages) {
  const key = `${page.lang}-${page.nation ?? ''}`;
  if (!groups.has(key)) groups.set(key, []);
  groups.get(key).push(page);
}
groups.get('en-').push({ path: '/404.html', file: '404.html', lang: 'en' });

/** Renders `url` in the app and returns what a static copy of it needs. */
async function render(page, url) {
  await page.goto(url);
  await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
  // A tool's page is shown once its chunk of wasm has arrived (src/ui/chunks.rs).
  await page.locator('main h1').waitFor({ state: 'attached' });
  return page.evaluate(() => {
    const app = document.getElementById('app').cloneNode(true);
    // What only the running app keeps true (`data-app-only`: the menu button's aria-expanded,
    // and aria-controls): the static page leaves it to the browser's own <details>.
    for (const element of app.querySelectorAll('[data-app-only]')) {
      for (const name of element.dataset.appOnly.split(' ')) element.removeAttribute(name);
      element.removeAttribute('data-app-only');
    }
    // What names the site it runs on (`data-live-only`: Share this guide's link and QR code),
    // which at build time is the build's own.
    for (const element of app.querySelectorAll('[data-live-only]')) element.remove();
    // Leptos's empty marker comments (`<!---->`) mean nothing in a static page, which is
    // never hydrated (the app replaces it): drop them, as they would split words for a
    // search engine.
    return { body: app.innerHTML.replaceAll('<!---->', ''), lang: document.documentElement.lang };
  });
}

/** The page's HTML (as route-pages wrote it) with `body` between the markers. */
function withBody(file, body) {
  const html = readFileSync(file, 'utf8');
  const start = html.indexOf(START);
  const end = html.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${file} has no ${START} … ${END} markers`);
  return html.slice(0, start + START.length) + body + html.slice(end);
}

// Under the guide's folder (make dist BASE=/guide/), where its pages look for their files.
const server = await serve(dist, 0, { base });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS });
const fingerprint = createHash('sha256');
try {
  for (const group of groups.values()) {
    const context = await browser.newContext({ locale: 'en-GB', serviceWorkers: 'block' });
    const page = await context.newPage();
    for (const { path, file, lang } of group) {
      const shown = await render(page, server.url + base + path);
      if (shown.lang !== lang) throw new Error(`${path} rendered in ${shown.lang}, not ${lang}`);
      const html = withBody(join(dist, file), shown.body);
      writeFileSync(join(dist, file), html);
      fingerprint.update(html);
    }
    await context.close();
  }
  // The worker keeps pages by this fingerprint, so an update never answers with an old one.
  const version = fingerprint.digest('hex').slice(0, 16);
  const worker = join(dist, 'sw-languages.js');
  const text = readFileSync(worker, 'utf8');
  if (!text.includes('__PAGES_VERSION__')) throw new Error('prerender: no __PAGES_VERSION__ in sw-languages.js');
  writeFileSync(worker, text.replace('__PAGES_VERSION__', version));
  console.log(`prerender: wrote ${pages.length + 1} pages in ${groups.size} languages and nations`);
} finally {
  await browser.close();
  server.close();
}
