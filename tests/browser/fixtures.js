// Shared test setup. Every test fails if the page logs an error or asks for anything that is
// not on 127.0.0.1: a parent's reading must never be seen by a third party.
import { test as base, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The app's routes as the build wrote them from src/core/routes.rs. */
export const routes = JSON.parse(readFileSync('target/route-table.json', 'utf8'));

export const test = base.extend({
  /** Collects problems; a test that provokes an error on purpose calls `guarded.allow(/re/)`. */
  guarded: [async ({ context }, use) => {
    const problems = [];
    const allowed = [];
    context.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol.startsWith('http') && url.hostname !== '127.0.0.1') {
        problems.push(`request left 127.0.0.1: ${request.url()}`);
      }
    });
    context.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()} at ${message.location().url} on ${message.page()?.url()}`);
    });
    context.on('weberror', (error) => problems.push(`page error: ${error.error().message}`));
    await use({ allow: (pattern) => allowed.push(pattern) });
    const unexpected = problems.filter((p) => !allowed.some((re) => re.test(p)));
    expect(unexpected, unexpected.join('\n')).toEqual([]);
  }, { auto: true }],
});

export { expect };

/** Waits until the app has replaced the pre-rendered page (which looks the same but is static). */
export async function appReady(page) {
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
  // A tool is shown once its own chunk of wasm has arrived (src/ui/chunks.rs), and a page is
  // whole once its own words have (web::i18n::fetch_words marks <main> busy until then).
  await expect(page.locator('.chunk-loading')).toHaveCount(0);
  await expect(page.locator('main[aria-busy="true"]')).toHaveCount(0);
}

/** Runs axe-core on the page and fails with a readable list of violations. */
export async function expectNoAxeViolations(page, label) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${label}: ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, summary.join('\n')).toEqual([]);
}

/** Waits until a service worker controls the page and has finished precaching. */
export async function waitForServiceWorker(page) {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
    return registration.active.state;
  });
}

/** Opens the header's menu ("Menu"), which holds the languages and every page, unless it is
 *  open already. */
export async function openMenu(page) {
  const menu = page.locator('details.site-menu');
  if (!(await menu.evaluate((d) => d.open))) await menu.locator('summary').click();
  await expect(page.locator('.site-menu__panel')).toBeVisible();
}

/** Follows a link of the menu by its words, as a parent would: opens the menu, taps it. */
export async function followMenuLink(page, name) {
  await openMenu(page);
  await page.locator('.main-nav').getByRole('link', { name, exact: true }).click();
}

/** Opens the menu and picks a language by its own name (at the top of the menu, beside a
 *  globe), as a parent would. */
export async function chooseLanguage(page, endonym) {
  await openMenu(page);
  await page.locator('.language-switcher').getByRole('link', { name: endonym, exact: true }).click();
}

/** Every key the app keeps in localStorage, with its stored text. */
export async function stored(page) {
  return page.evaluate(() => Object.fromEntries(
    Object.keys(localStorage).filter((k) => k.startsWith('cp-guide:')).sort().map((k) => [k, localStorage.getItem(k)]),
  ));
}

/** Adds a checklist item to the first stage, as a parent would, and waits to see it. */
export async function addChecklistItem(page, words) {
  await page.locator('#checklist-add-before').fill(words);
  await page.locator('#checklist-add-before').press('Enter');
  await expect(page.locator('.checklist-item', { hasText: words })).toHaveCount(1);
}

/** Sets a first passcode in Settings and waits until the notes are sealed with it. */
export async function setPasscode(page, passcode) {
  await page.goto('/settings/');
  await appReady(page);
  await page.getByLabel('Your new passcode').fill(passcode);
  await page.getByLabel('Type it again').fill(passcode);
  await page.getByRole('button', { name: 'Lock my notes', exact: true }).click();
  await expect(page.getByText('Done. Your notes are locked with your passcode.')).toBeVisible({ timeout: 20_000 });
}

/** Types the passcode into the unlock form on screen. */
export async function unlock(page, passcode) {
  await page.getByLabel('Passcode', { exact: true }).fill(passcode);
  await page.getByRole('button', { name: 'Unlock' }).click();
}

/** A deployment of the site's own, on `port`: a copy of dist/ that a test can change (a new
 *  version, a new build) while pages are open on it. `close()` stops it and removes the copy. */
export async function deployCopyOfDist(port, name) {
  const site = mkdtempSync(join(tmpdir(), `cp-guide-${name}-`));
  cpSync('dist', site, { recursive: true });
  const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', site], { stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;
  const close = () => { server.kill(); rmSync(site, { recursive: true, force: true }); };
  for (let i = 0; i < 50; i++) {
    try { await fetch(`${base}/`); return { site, base, close }; } catch { await new Promise((r) => setTimeout(r, 100)); }
  }
  close();
  throw new Error(`test server on ${port} did not start`);
}
