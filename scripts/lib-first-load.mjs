// What a cold first visit downloads: every response from the site while loading a page until
// the app is running, with each file's size raw, gzip -9 and brotli (quality 11), as a host
// serving compressed files would send it. Shared by `make bench` and the size-budget test.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const gzipSize = (buf) => gzipSync(buf, { level: 9 }).length;
export const brotliSize = (buf) => brotliCompressSync(buf, {
  params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length },
}).length;

/** Loads `url` in a fresh context (empty cache, no service worker) and sizes what it fetched. */
export async function measureFirstLoad(browser, url) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const origin = new URL(url).origin;
  const responses = [];
  page.on('response', (response) => { if (response.url().startsWith(origin)) responses.push(response); });
  await page.goto(url);
  await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
  const files = [];
  const seen = new Set();
  for (const response of responses) {
    // The same URL can answer twice (the favicon); it is downloaded once.
    if (seen.has(response.url()) || response.status() !== 200) continue;
    seen.add(response.url());
    const body = await response.body().catch(() => null);
    if (!body) continue;
    files.push({ path: new URL(response.url()).pathname, raw: body.length, gzip: gzipSize(body), brotli: brotliSize(body) });
  }
  await context.close();
  const total = files.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  return { files, total };
}
