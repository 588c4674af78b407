// Pre-renders every route: runs the built app in Chromium (England) and writes what it shows
// into that route's HTML file, between the <!--prerender--> markers. A visitor then sees the
// real page at first paint, before the WebAssembly has downloaded, and can read it and follow
// its links even if the app never starts. The app replaces it with identical markup.
//
// English, before "England or Wales?" is answered, goes into `<route>/index.html`, which every
// host serves. Every other language and answer goes into `<route>/index.<variant>.<version>.html`
// (`index.pl.…`, `index.pl-wales.…`, `index.en-england.…`: core::routes::page_variant), with its
// own `<html lang dir>`, title and "could not start" line: the service worker answers a
// returning reader with theirs (scripts/sw-languages.js). The version is a fingerprint of all
// of them, also written into that worker's file here.
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
const variants = readdirSync(join(dist, 'locales')).sort()
  .flatMap((code) => [[code, null], [code, 'england'], [code, 'wales']])
  .filter(([code, nation]) => code !== 'en' || nation);

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
    return {
      // Leptos's empty marker comments (`<!---->`) mean nothing in a static page, which is
      // never hydrated (the app replaces it): drop them, as they would split words for a
      // search engine.
      body: app.innerHTML.replaceAll('<!---->', ''),
      lang: document.documentElement.lang,
      dir: document.documentElement.dir,
      title: document.title,
    };
  });
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

/** `text` with `pattern` replaced, which must be there: a page or worker the build did not
 *  expect fails the build rather than shipping unchanged. */
function replaceOnce(text, pattern, replacement) {
  if (!(typeof pattern === 'string' ? text.includes(pattern) : pattern.test(text))) {
    throw new Error(`prerender: ${pattern} not found`);
  }
  return text.replace(pattern, replacement);
}

/** The one-line "could not start" message in a language: it sits outside the app, so the
 *  rendered page does not carry it. */
function loadError(code) {
  const line = readFileSync(join(dist, 'locales', code, 'app.ftl'), 'utf8').match(/^shell-load-error = (.+)$/m);
  if (!line) throw new Error(`locales/${code}/app.ftl has no one-line shell-load-error`);
  return escapeText(line[1]);
}

const server = await serve(dist);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  const written = [];
  // The variants first: they start from route-pages' file, before English fills it.
  for (const [code, nation] of variants) {
    const context = await browser.newContext({ locale: 'en-GB', serviceWorkers: 'block' });
    const page = await context.newPage();
    // The reader's choices, made as a reader makes them (and remembered for every page after).
    await render(page, `${server.url}/settings/?lang=${code}`);
    if (nation) await page.locator(`input[name="nation"][value="${nation}"]`).check();
    const variant = nation ? `${code}-${nation}` : code;
    for (const { url, file } of pages.filter((p) => p.url.endsWith('/'))) {
      const shown = await render(page, server.url + url);
      if (shown.lang !== code) throw new Error(`${url} in ${code} rendered as ${shown.lang}`);
      const html = replaceOnce(replaceOnce(replaceOnce(withBody(file, shown),
        /<html lang="en" dir="ltr">/, `<html lang="${shown.lang}" dir="${shown.dir}">`),
        /<title>[^<]*<\/title>/, `<title>${escapeText(shown.title)}</title>`),
        /(<p id="shell-error"[^>]*>)[^<]*(<\/p>)/, (_, open, close) => open + loadError(code) + close);
      written.push({ file: file.replace(/index\.html$/, `index.${variant}.VERSION.html`), html });
    }
    await context.close();
  }
  const context = await browser.newContext({ locale: 'en-GB', serviceWorkers: 'block' });
  const page = await context.newPage();
  for (const { url, file } of pages) {
    writeFileSync(file, withBody(file, await render(page, server.url + url)));
  }
  // The worker keeps pages by this fingerprint, so an update never answers with an old one.
  const version = createHash('sha256').update(written.map((w) => w.html).join('\0')).digest('hex').slice(0, 16);
  for (const { file, html } of written) writeFileSync(file.replace('VERSION', version), html);
  const worker = join(dist, 'sw-languages.js');
  writeFileSync(worker, replaceOnce(readFileSync(worker, 'utf8'), '__PAGES_VERSION__', version));
  console.log(`prerender: wrote ${pages.length} pages, and ${written.length} for ${variants.length} other languages and answers to "England or Wales?"`);
} finally {
  await browser.close();
  server.close();
}
