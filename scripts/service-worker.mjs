// Generates dist/sw.js with Workbox: a service worker that precaches the app (the list comes
// from dist/ itself, hashed names included), answers navigations from that cache when offline,
// and waits for the page's say-so before a new version takes over.
//
// Languages are not precached: a visitor downloads only the language they read, and the
// worker keeps each language's files once the app has fetched them (cache-first). The app asks
// for `/locales/pl/app.ftl?v=<fingerprint of every .ftl>` (build.rs), so after an update the
// new words have new addresses and an old copy is never used. So the first visit costs the
// same with 2 languages or 20.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { generateSW } from 'workbox-build';
import { base } from './lib-base.mjs';

const dist = process.argv[2] ?? 'dist';
// The pages at another language's or nation's address (`/pl/…`, `/wales/…`; core::address).
const otherAddresses = [...readdirSync(join(dist, 'locales')).filter((code) => code !== 'en'), 'england', 'wales'];

const { count, size, warnings } = await generateSW({
  globDirectory: dist,
  // The letters' words are the exception: they exist in English and Welsh only, whatever the
  // number of languages, and a letter must be writable offline.
  globPatterns: ['**/*.{html,js,wasm,css,webmanifest,png,svg}', 'locales/*/letter-text.ftl'],
  // The worker itself is never precached; precompressed copies are the host's business; and
  // the pages at another language's or nation's address are kept only once opened
  // (sw-languages.js).
  globIgnores: ['sw.js', 'sw-languages.js', '**/*.br', '**/*.gz', ...otherAddresses.map((folder) => `${folder}/**`)],
  // The app's `?v=` on the letters' files must still find their precached copies (Workbox's
  // own defaults are kept; an older link's `?lang=` is answered by sw-languages.js).
  ignoreURLParametersMatching: [/^v$/, /^lang$/, /^utm_/, /^fbclid$/],
  // Written by route-pages: on install, fetch the new version of every language already kept,
  // and on activate, drop older versions' copies (see dist/sw-languages.js).
  importScripts: [`${base}/sw-languages.js`],
  swDest: `${dist}/sw.js`,
  inlineWorkboxRuntime: true,
  mode: 'production',
  sourcemap: false,
  // A new version waits until the page sends SKIP_WAITING (the "Reload to update" button).
  skipWaiting: false,
  // The first visit's page is controlled at once, so a reload with no signal still works.
  clientsClaim: true,
  cleanupOutdatedCaches: true,
  // `/core-group/` is served as `/core-group/index.html`; any other navigation (such as
  // `/core-group` without the slash, or an unknown path) gets the app, whose router decides.
  directoryIndex: 'index.html',
  navigateFallback: `${base}/index.html`,
  // A content hash is in these names (or, for the wasm, in its folder: scripts/assemble.mjs),
  // so they need no revision query.
  dontCacheBustURLsMatching: /-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$|^\/?pkg\/[0-9a-f]{16}\//,
  maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
  runtimeCaching: [{
    // A RegExp, not a function: Workbox copies a function's source into sw.js, without the
    // build's variables. `…/locales/pl/app.ftl?v=…` in the guide's folder.
    urlPattern: new RegExp(`^https?://[^/]+${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/locales/[^?#]+\\?(?:[^#]*&)?v=`),
    handler: 'CacheFirst',
    options: {
      cacheName: 'cp-guide-locales',
      // No Workbox expiration: its database would be one more record of the languages read,
      // which "Delete all my data" could not remove while the worker holds it open. Older
      // versions' copies are dropped on activate instead (sw-languages.js).
      cacheableResponse: { statuses: [200] },
    },
  }],
});

for (const warning of warnings) console.warn(`service worker: ${warning}`);
console.log(`service worker: precaches ${count} files, ${size} bytes`);
