// Imported by the service worker (sw.js). Keeps the languages a reader has read working offline
// across updates. route-pages fills in the two values below at build time, from the same
// fingerprint of every .ftl file (build.rs) that the app puts in their addresses.
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
