// Imported by the service worker (sw.js). Keeps the languages a reader has read working offline
// across updates, and opens the pages they come back to in their language (below). route-pages
// fills in the two values below at build time, from the same fingerprint of every .ftl file
// (build.rs) that the app puts in their addresses.
const LOCALES_VERSION = '__LOCALES_VERSION__';
const LOCALE_FILES = ['__LOCALE_FILES__'];
const LOCALES_CACHE = 'cp-guide-locales';

// The folder the guide is served from, without its last slash (`/guide`), from the scope.
const BASE = new URL(self.registration.scope).pathname.replace(/\/$/, '');
const localePath = (url) => new URL(url).pathname.slice(BASE.length).split('/');
const languageOf = (url) => localePath(url)[2];
const isMessages = (url) => LOCALE_FILES.includes(localePath(url)[3]);
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
      cache.add(`${BASE}/locales/${code}/${file}?v=${LOCALES_VERSION}`).catch(() => {}))));
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

// Pages in the reader's language. Every page exists at an address in every language and
// nation (`/pl/before/`, `/pl/wales/before/`, `/wales/before/`; core::address), written with
// the page already rendered, so a shared link shows the parent's words at first paint. None of
// those is precached: this worker keeps the pages of another language or nation this phone
// opens, and the page tells it (READER) which of them is its reader's, so that a plain address
// (`/before/`, the home screen's `/`) opens in the reader's words too, with no signal.
// prerender.mjs fills in the fingerprint of every page. It names the cache, so a worker only
// ever answers with pages of its own version (whose scripts it has).
const PAGES_VERSION = '__PAGES_VERSION__';
const PAGES_CACHE = `cp-guide-pages-${PAGES_VERSION}`;
// The reader's language and nation, as the address of their home page (`/pl/wales/`).
const READER_CACHE = 'cp-guide-pages';
const READER = '/reader-home';
const LANGUAGES = ['__LANGUAGE_CODES__'];
const PREFIX = new RegExp(`^/(?:(${LANGUAGES.join('|')})/)?(?:(england|wales)/)?`);
const HOME = new RegExp(`^/(?:(?:${LANGUAGES.join('|')})/)?(?:(?:england|wales)/)?$`);

/** A path within the folder (`/guide/pl/before/` -> `/pl/before/`), or null outside it. */
const withinBase = (path) => (path === BASE || path.startsWith(`${BASE}/`) ? path.slice(BASE.length) || '/' : null);
/** `/pl/wales/before/` -> { prefix: '/pl/wales', language: 'pl', nation: 'wales', rest: '/before/' } */
function readPath(path) {
  const [matched, language, nation] = path.match(PREFIX);
  return { prefix: matched.slice(0, -1), language, nation, rest: path.slice(matched.length - 1) };
}

/** Keeps one page, if the host has it. Some hosts answer with a redirect: a browser refuses a
 *  redirected response for a page load, so the copy kept is a plain one with the same words
 *  and headers. */
async function keepPage(cache, url) {
  try {
    const response = await fetch(url);
    if (!response.ok || !(response.headers.get('content-type') ?? '').includes('text/html')) return null;
    const copy = new Response(await response.blob(), { status: response.status, headers: response.headers });
    await cache.put(url, copy.clone());
    return copy;
  } catch {
    // Offline, or the page is not there.
    return null;
  }
}

self.addEventListener('message', (event) => {
  const { type, home, page } = event.data ?? {};
  if (type !== 'READER' || !HOME.test(home) || !/^\/([a-z0-9-]+\/)*$/.test(page)) return;
  event.waitUntil((async () => {
    await (await caches.open(READER_CACHE)).put(READER, new Response(home));
    // The page the reader is on, in their words, for next time (a first visit's page was
    // fetched before this worker was in charge).
    const cache = await caches.open(PAGES_CACHE);
    if (home !== '/' && !(await cache.match(BASE + page))) await keepPage(cache, BASE + page);
  })());
});

/** The English page of the precache for `rest` (`/before/`), else the app's own page. */
async function englishPage(rest) {
  const precache = await caches.open((await caches.keys()).find((name) => name.startsWith('workbox-precache')) ?? 'none');
  return await precache.match(`${BASE}${rest}index.html`, { ignoreSearch: true })
    ?? precache.match(`${BASE}/index.html`, { ignoreSearch: true });
}

/** A page as this worker answers with it: without its preloads of words. They are for a first
 *  visit, which fetches the words beside the core wasm; a page answered from here is a later
 *  one, whose words this worker keeps (and they may not be the page's language: an English
 *  page for a reader of Polish). Offline on the throttled phone they cost the first paint
 *  about 40 ms. */
async function withoutWordsPreloads(response) {
  if (!response || !(response.headers.get('content-type') ?? '').includes('text/html')) return response;
  const html = (await response.text()).replace(/<link rel="preload" href="[^"]*\/locales\/[^"]*"[^>]*>\s*/g, '');
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(html, { status: response.status, statusText: response.statusText, headers });
}

// Registered before Workbox's own listener (this file is imported first), it answers every
// page load (and stops Workbox's listener from answering it too).
self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  const path = withinBase(url.pathname);
  if (request.mode !== 'navigate' || request.method !== 'GET' || url.origin !== self.location.origin || path === null || !path.endsWith('/')) return;
  const { prefix, nation, rest } = readPath(path);
  // An older link's `?lang=pl` leads to the page's address in that language. (Not `?lang=en`:
  // a plain address means the reader's saved choice, so the app applies that one itself.)
  const asked = url.searchParams.get('lang');
  if (LANGUAGES.includes(asked)) {
    url.searchParams.delete('lang');
    url.pathname = `${BASE}/${asked}${nation ? `/${nation}` : ''}${rest}`;
    event.respondWith(Response.redirect(url.href, 302));
    event.stopImmediatePropagation();
    return;
  }
  event.respondWith((async () => {
    const cache = await caches.open(PAGES_CACHE);
    if (prefix) {
      // An address that names a language or nation: that page, kept once opened.
      return withoutWordsPreloads(await cache.match(BASE + path, { ignoreSearch: true })
        ?? await keepPage(cache, BASE + path)
        ?? await englishPage(rest)
        ?? await fetch(request));
    }
    // A plain address: the page in the reader's words if this phone keeps it.
    const home = (await (await (await caches.open(READER_CACHE)).match(READER))?.text()) ?? '/';
    const kept = home !== '/' && await cache.match(BASE + home.slice(0, -1) + rest, { ignoreSearch: true });
    return withoutWordsPreloads(kept || await englishPage(rest) || await fetch(request));
  })());
  event.stopImmediatePropagation();
});

// A new version's pages: fetch anew, while online, each page this phone keeps; once this
// version is in charge, drop every older version's (and the reader record's old neighbours).
self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const older = (await caches.keys()).filter((name) => name.startsWith('cp-guide-pages-') && name !== PAGES_CACHE);
    const paths = new Set();
    for (const name of older) {
      for (const request of await (await caches.open(name)).keys()) paths.add(new URL(request.url).pathname);
    }
    const cache = await caches.open(PAGES_CACHE);
    await Promise.all([...paths].map((path) => keepPage(cache, path)));
  })());
});
self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith('cp-guide-pages-') && name !== PAGES_CACHE) await caches.delete(name);
    }
    // Versions before the language addresses kept their pages beside the reader record, and
    // named the reader's language and nation as `pl-wales`.
    const readers = await caches.open(READER_CACHE);
    const variant = (await (await readers.match('/reader-page-variant'))?.text())?.match(/^([a-z]{2,3})(?:-(england|wales))?$/);
    if (variant && !(await readers.match(READER))) {
      const [, code, nation] = variant;
      const home = `/${LANGUAGES.includes(code) ? `${code}/` : ''}${nation ? `${nation}/` : ''}`;
      await readers.put(READER, new Response(home));
    }
    for (const request of await readers.keys()) {
      if (new URL(request.url).pathname !== READER) await readers.delete(request);
    }
  })());
});
