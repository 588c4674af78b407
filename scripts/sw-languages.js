// Imported by the service worker (sw.js). Keeps the languages a reader has read working offline
// across updates, and opens the pages they come back to in their language (below). route-pages
// fills in the two values below at build time, from the same fingerprint of every .ftl file
// (build.rs) that the app puts in their addresses.
const LOCALES_VERSION = '__LOCALES_VERSION__';
const LOCALE_FILES = ['__LOCALE_FILES__'];
const LOCALES_CACHE = 'cp-guide-locales';

const languageOf = (url) => new URL(url).pathname.split('/')[2];
const isMessages = (url) => LOCALE_FILES.includes(new URL(url).pathname.split('/')[3]);
const versionOf = (url) => new URL(url).searchParams.get('v');

// A new version's app asks for new addresses: fetch them now, while online, for every language
// this phone already keeps (and no other), so the update still opens with no signal.
self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(LOCALES_CACHE);
    const kept = new Set((await cache.keys())
      .filter((request) => isMessages(request.url))
      .map((request) => languageOf(request.url)));
    await Promise.all([...kept].flatMap((code) => LOCALE_FILES.map((file) =>
      cache.add(`/locales/${code}/${file}?v=${LOCALES_VERSION}`).catch(() => {}))));
  })());
});

/** Once this version is in charge, the older copies are of no use: drops from `cacheName`
 *  every entry whose address `isOlder` says belongs to another version. */
function dropOlderCopies(cacheName, isOlder) {
  self.addEventListener('activate', (event) => {
    event.waitUntil((async () => {
      const cache = await caches.open(cacheName);
      for (const request of await cache.keys()) {
        if (isOlder(request.url)) await cache.delete(request);
      }
    })());
  });
}
dropOlderCopies(LOCALES_CACHE, (url) => versionOf(url) !== LOCALES_VERSION);

// Pages in the reader's language. Every page's HTML holds the page already rendered, for the
// first paint; the build writes it once per language and answer to "England or Wales?"
// (`/before/index.pl.<version>.html`, `/before/index.pl-wales.<version>.html`;
// core::routes::page_variant), since a Polish reader should not see English, nor a reader in
// Wales the question they have answered, for the seconds the app takes to start. None of those
// is precached: the page tells the worker which variant fits its reader and the page it opened
// on, the worker keeps that page in that variant, and answers the next visit to it with it.
// prerender.mjs fills in the fingerprint of every such page. It is in the file's name, so a
// worker only ever keeps pages of its own version (whose scripts it has): an older worker
// asking for its own after a deploy gets nothing rather than the new version's page.
const PAGES_VERSION = '__PAGES_VERSION__';
const PAGES_CACHE = 'cp-guide-pages';
const READER = '/reader-page-variant';
const VARIANT = /^[a-z]{2,3}(-(england|wales))?$/;

const pageIn = (path, variant) => `${path}index.${variant}.${PAGES_VERSION}.html`;
const keptPageOf = (url) => new URL(url).pathname.match(/^(.*\/)index\.([a-z]{2,3}(?:-(?:england|wales))?)\.([0-9a-f]{16})\.html$/);

/** Keeps one page, if the host has it. Some hosts answer `index.pl.html` with a redirect to
 *  `index.pl`: a browser refuses a redirected response for a page load, so the copy kept is
 *  a plain one with the same words and headers. */
async function keepPage(cache, url) {
  try {
    const response = await fetch(url);
    if (!response.ok || !(response.headers.get('content-type') ?? '').includes('text/html')) return;
    await cache.put(url, new Response(await response.blob(), { status: response.status, headers: response.headers }));
  } catch {
    // Offline, or the page is not there: the English page serves until next time.
  }
}

self.addEventListener('message', (event) => {
  const { type, variant, path } = event.data ?? {};
  if (type !== 'PAGE_VARIANT' || !VARIANT.test(variant)) return;
  event.waitUntil((async () => {
    const cache = await caches.open(PAGES_CACHE);
    await cache.put(READER, new Response(variant));
    if (variant !== 'en' && /^\/([a-z0-9-]+\/)*$/.test(path) && !(await cache.match(pageIn(path, variant)))) {
      await keepPage(cache, pageIn(path, variant));
    }
  })());
});

// Registered before Workbox's own listener (this file is imported first), it answers every
// page load (and stops Workbox's listener from answering it too): with the kept page in the
// reader's variant if there is one, otherwise as Workbox would (the precached English page,
// else the app's shell, else the network).
self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.mode !== 'navigate' || request.method !== 'GET' || url.origin !== self.location.origin || !url.pathname.endsWith('/')) return;
  event.respondWith((async () => {
    const cache = await caches.open(PAGES_CACHE);
    const reader = (await (await cache.match(READER))?.text()) ?? 'en';
    // A shared link's `?lang=` names the language; the reader's answer to "England or Wales?" stays.
    const [readerCode, nation] = reader.split('-');
    const code = url.searchParams.get('lang') ?? readerCode;
    const variant = nation ? `${code}-${nation}` : code;
    const kept = variant !== 'en' && VARIANT.test(variant) && await cache.match(pageIn(url.pathname, variant));
    if (kept) return kept;
    const precache = await caches.open((await caches.keys()).find((name) => name.startsWith('workbox-precache')) ?? 'none');
    const english = await precache.match(`${url.pathname}index.html`, { ignoreSearch: true })
      ?? await precache.match('/index.html', { ignoreSearch: true });
    return english ?? fetch(request);
  })());
  event.stopImmediatePropagation();
});

// A new version's pages: fetch anew, while online, the reader's own variant of each page this
// phone keeps; once this version is in charge, drop every older page.
self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(PAGES_CACHE);
    const reader = await (await cache.match(READER))?.text();
    const paths = new Set((await cache.keys()).map((request) => keptPageOf(request.url))
      .filter((kept) => kept && kept[2] === reader).map(([, path]) => path));
    await Promise.all([...paths].map((path) => keepPage(cache, pageIn(path, reader))));
  })());
});
dropOlderCopies(PAGES_CACHE, (url) => {
  const kept = keptPageOf(url);
  return kept !== null && kept[3] !== PAGES_VERSION;
});
