// Writes the English text of each stage page, as a parent sees it rendered (the page's main
// content, without the step list and previous/next links), to target/page-text.json for
// scripts/readability.py. Each block (heading, paragraph, list item) is one unit: a unit
// without closing punctuation gets a full stop, so a list item counts as its own sentence.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const PORT = 4177;
const routes = JSON.parse(readFileSync('target/route-table.json', 'utf8')).filter((r) => r.stage);
const server = spawn('python3', ['-m', 'http.server', String(PORT), '--bind', '127.0.0.1', '--directory', 'dist'], { stdio: 'ignore' });
try {
  for (let i = 0; ; i++) {
    try { await fetch(`http://127.0.0.1:${PORT}/`); break; } catch { if (i > 50) throw new Error('server did not start'); await new Promise((r) => setTimeout(r, 100)); }
  }
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  const pages = [];
  for (const nation of ['england', 'wales']) {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${PORT}/`);
    await page.evaluate((n) => localStorage.setItem('cp-guide:settings', JSON.stringify({ version: 1, data: { nation: n } })), nation);
    for (const route of routes) {
      await page.goto(`http://127.0.0.1:${PORT}${route.path}`);
      await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
      const units = await page.evaluate(() => [...document.querySelectorAll('main h1, main h2, main h3, main p, main li')]
        .filter((el) => !el.closest('.stage-steps, .stage-nav, .caption'))
        .map((el) => el.innerText.trim())
        .filter(Boolean));
      const text = units.map((u) => (/[.!?:]$/.test(u) ? u : `${u}.`)).join('\n');
      pages.push({ path: route.path, nation, text });
    }
    await context.close();
  }
  await browser.close();
  mkdirSync('target', { recursive: true });
  writeFileSync('target/page-text.json', JSON.stringify(pages, null, 2));
} finally {
  server.kill();
}
