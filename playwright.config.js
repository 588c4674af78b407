// Browser tests: Debian's Chromium (never a downloaded browser) against the release build in
// dist/, served by Python's plain static file server on 127.0.0.1 (no rewrite rules).
import { defineConfig } from '@playwright/test';

// TEST_PORT: a second checkout can run its tests beside this one.
export const PORT = Number(process.env.TEST_PORT) || 4173;

export default defineConfig({
  testDir: 'tests/browser',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      // Playwright switches the back-forward cache off; a phone has it on, and the exit and
      // the passcode must hold with it (tests/browser/exit.spec.js).
      ignoreDefaultArgs: ['--disable-back-forward-cache'],
      args: [
        '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync',
      ],
    },
    serviceWorkers: 'allow',
  },
  webServer: {
    command: `python3 -m http.server ${PORT} --bind 127.0.0.1 --directory dist`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'ignore',
  },
});
