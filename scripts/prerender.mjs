// Pre-renders every route: runs the built app in Chromium (England) and writes what it shows
// into that route's HTML file, between the <!--prerender--> markers. A visitor then sees the
// real page at first paint, before the WebAssembly has downloaded, and can read it and follow
// its links even if the app never starts. The app replaces it with identical markup.
//
// English goes into `<route>/index.html`, which every host serves. Each other language goes
// into `<route>/index.<code>.html`, with its own `<html lang dir>` and title: the service
// worker answers a returning reader with the page in their language (scripts/sw-languages.js),
// and the fingerprint of all of them is written into that worker's file here.
import { chromium } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_ARGS, serve } from './lib-serve.mjs';

const dist = process.argv[2] ?? 'dist';
const START = '<!--prerender-->';
const END = '<!--/prerender-->';
const routes = JSON.parse(readFileSync('target/route-table.json', 'utf8'));
const pages = [...routes.map((r) => ({ url: r.path, file: join(dist, r.slug, 'index.html') })), { url: '/404.html', file: join(dist, '404.html') }];
const otherLanguages = readdirSync(join(dist, 'locales')).filter((code) => code !== 'en').sort();

/** Renders `url` in the app and returns what a static copy of it needs. */
async function render(page, url) {
  await page.goto(url);
  await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
  return page.evaluate(() => ({
    // Leptos's empty marker comments (`<!---->`) mean nothing in a static page, which is never
    // hydrated (the app replaces it): drop them, as they would split words for a search engine.
    body: document.getElementById('app').innerHTML.replaceAll('<!---->', ''),
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
    title: document.title,
  }));
}

/** The route's HTML (as route-pages wrote it) with `shown` between the markers. */
function withBody(file, shown) {
  const html = readFileSync(file, 'utf8');
  const start = html.indexOf(START);
  const end = html.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${file} has no ${START} … ${END} markers`);
  return html.slice(0, start + START.length) + shown.body + html.slice(end);
}

const escapeText = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

const server = await serve(dist, 4179);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  const variants = [];
  // Other languages first: they start from route-pages' file, before English fills it.
  for (const code of otherLanguages) {
    const context = await browser.newContext({ locale: 'en-GB', serviceWorkers: 'block' });
    const page = await context.newPage();
    for (const { url, file } of pages.filter((p) => p.url.endsWith('/'))) {
      const shown = await render(page, `${server.url}${url}?lang=${code}`);
      if (shown.lang !== code) throw new Error(`${url} in ${code} rendered as ${shown.lang}`);
      const html = withBody(file, shown)
        .replace(/<html lang="en" dir="ltr">/, `<html lang="${shown.lang}" dir="${shown.dir}">`)
        .replace(/<title>[^<]*<\/title>/, `<title>${escapeText(shown.title)}</title>`);
      const variant = file.replace(/index\.html$/, `index.${code}.html`);
      writeFileSync(variant, html);
      variants.push(html);
    }
    await context.close();
  }
  const context = await browser.newContext({ locale: 'en-GB', serviceWorkers: 'block' });
  const page = await context.newPage();
  for (const { url, file } of pages) {
    writeFileSync(file, withBody(file, await render(page, server.url + url)));
  }
  // The worker keeps pages by this fingerprint, so an update never answers with an old one.
  const version = createHash('sha256').update(variants.join('\0')).digest('hex').slice(0, 16);
  const worker = join(dist, 'sw-languages.js');
  writeFileSync(worker, readFileSync(worker, 'utf8').replace('__PAGES_VERSION__', version));
  console.log(`prerender: wrote ${pages.length} pages, and ${variants.length} in ${otherLanguages.join(', ')}`);
} finally {
  await browser.close();
  server.close();
}
