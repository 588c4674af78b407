// Generates dist/sw.js with Workbox: a service worker that precaches every file of the build
// (the list comes from dist/ itself, hashed names included), answers navigations from that
// cache when offline, and waits for the page's say-so before a new version takes over.
import { generateSW } from 'workbox-build';

const dist = process.argv[2] ?? 'dist';

const { count, size, warnings } = await generateSW({
  globDirectory: dist,
  globPatterns: ['**/*.{html,js,wasm,css,ftl,webmanifest,png,svg}'],
  // The worker itself is never precached; precompressed copies are the host's business.
  globIgnores: ['sw.js', '**/*.br', '**/*.gz'],
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
  navigateFallback: '/index.html',
  // Trunk puts a content hash in these names, so they need no revision query.
  dontCacheBustURLsMatching: /-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/,
  maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
});

for (const warning of warnings) console.warn(`service worker: ${warning}`);
console.log(`service worker: precaches ${count} files, ${size} bytes`);
