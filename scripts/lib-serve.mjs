// A throwaway static server for build and measurement scripts: Python's plain http.server
// over a folder, on 127.0.0.1, as the browser tests use.
import { spawn } from 'node:child_process';

export async function serve(dir, port) {
  const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', dir], { stdio: 'ignore' });
  for (let i = 0; ; i++) {
    try {
      await fetch(`http://127.0.0.1:${port}/`);
      return { url: `http://127.0.0.1:${port}`, close: () => server.kill() };
    } catch {
      if (i > 100) { server.kill(); throw new Error(`server on ${port} did not start`); }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

export const CHROMIUM_ARGS = [
  '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];
