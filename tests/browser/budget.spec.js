// The size budget: the compressed first load of / may not grow more than the tolerance over
// the figure recorded in perf-budget.json. Raising that figure is a deliberate commit with a
// reason in its history.
import { test, expect } from './fixtures.js';
import { readFileSync } from 'node:fs';
import { measureFirstLoad } from '../../scripts/lib-first-load.mjs';

test('the first load stays within the size budget', async ({ browser, baseURL }) => {
  // Brotli at quality 11 over a megabyte of wasm takes seconds on a busy machine.
  test.slow();
  const budget = JSON.parse(readFileSync('perf-budget.json', 'utf8'));
  const { files, total } = await measureFirstLoad(browser, `${baseURL}/`);
  const limit = Math.round(budget.firstLoadBrotliBytes * (1 + budget.tolerance));
  const detail = files.map((f) => `${f.path}: ${f.brotli}`).join('\n');
  console.log(`first load, brotli: ${total.brotli} bytes (budget ${budget.firstLoadBrotliBytes}, limit ${limit})`);
  expect(files.some((f) => f.path.endsWith('.wasm')), detail).toBe(true);
  // The passcode's key-derivation worker and its Argon2id come only when a passcode is used.
  expect(files.map((f) => f.path), detail).not.toEqual(expect.arrayContaining(['/kdf-worker.js']));
  expect(files.map((f) => f.path), detail).not.toEqual(expect.arrayContaining(['/argon2.umd.min.js']));
  expect(total.brotli, `first load over budget:\n${detail}`).toBeLessThanOrEqual(limit);
});
