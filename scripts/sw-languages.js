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

// Once this version is in charge, the older copies are of no use.
self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(LOCALES_CACHE);
    for (const request of await cache.keys()) {
      if (versionOf(request.url) !== LOCALES_VERSION) await cache.delete(request);
    }
  })());
});

// Pages in the reader's language. Every page's HTML holds the page already rendered, for the
// first paint; the build writes it once per language (`/before/index.pl.html`), since a
// Polish reader should not see English for the seconds the app takes to start. None of those
// is precached: the page tells the worker its reader's language and the page it opened on,
// the worker keeps that page in that language, and answers the next visit to it with it.
// prerender.mjs fills in the fingerprint of every such page.
const PAGES_VERSION = '__PAGES_VERSION__';
const PAGES_CACHE = 'cp-guide-pages';
const READER_LANGUAGE = '/reader-language';

const pageIn = (path, code) => `${path}index.${code}.html?v=${PAGES_VERSION}`;
const variantOf = (url) => new URL(url).pathname.match(/^(.*\/)index\.([a-z]{2,3})\.html$/);

self.addEventListener('message', (event) => {
  const { type, code, path } = event.data ?? {};
  if (type !== 'READER_LANGUAGE' || !/^[a-z]{2,3}$/.test(code) || !/^\/([a-z0-9-]+\/)*$/.test(path)) return;
  event.waitUntil((async () => {
    const cache = await caches.open(PAGES_CACHE);
    await cache.put(READER_LANGUAGE, new Response(code));
    if (code !== 'en' && !(await cache.match(pageIn(path, code)))) {
      await cache.add(pageIn(path, code)).catch(() => {});
    }
  })());
});

// Registered before Workbox's own listener (this file is imported first), so it answers every
// navigation: with the kept page in the reader's language if there is one, otherwise as
// Workbox would (the precached English page, else the network, else the app's shell).
self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.mode !== 'navigate' || url.origin !== self.location.origin || !url.pathname.endsWith('/')) return;
  event.respondWith((async () => {
    const cache = await caches.open(PAGES_CACHE);
    const code = url.searchParams.get('lang') ?? await (await cache.match(READER_LANGUAGE))?.text();
    const inLanguage = code && code !== 'en' && await cache.match(pageIn(url.pathname, code));
    if (inLanguage) return inLanguage;
    const english = await caches.match(`${url.pathname}index.html`, { ignoreSearch: true });
    if (english) return english;
    try {
      return await fetch(request);
    } catch (offline) {
      const shell = await caches.match('/index.html', { ignoreSearch: true });
      if (shell) return shell;
      throw offline;
    }
  })());
});

// A new version's pages: fetch anew those this phone keeps, while online; drop the old ones
// once this version is in charge.
self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(PAGES_CACHE);
    const kept = (await cache.keys()).map((request) => variantOf(request.url)).filter(Boolean);
    await Promise.all(kept.map(([, path, code]) => cache.add(pageIn(path, code)).catch(() => {})));
  })());
});
self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(PAGES_CACHE);
    for (const request of await cache.keys()) {
      if (variantOf(request.url) && versionOf(request.url) !== PAGES_VERSION) await cache.delete(request);
    }
  })());
});
