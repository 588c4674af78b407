// A throwaway static server for build and measurement scripts: Python's plain http.server
// over a folder, on 127.0.0.1, as the browser tests use.
import { spawn } from 'node:child_process';

/** A port no one is listening on now (the OS picks it). */
async function freePort() {
  const { createServer } = await import('node:net');
  return new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Serves `dir` with Python's static server on `port`; 0 picks a free one, so two checkouts
 *  building at once never render each other's pages. With `base` (`/guide`), `dir` is served
 *  under that folder, as a host serving the guide from a folder of its site would. */
export async function serve(dir, port = 0, { base = '' } = {}) {
  if (!port) port = await freePort();
  let root = dir;
  if (base) {
    const { mkdirSync, mkdtempSync, symlinkSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { dirname, join, resolve } = await import('node:path');
    root = mkdtempSync(join(tmpdir(), 'cp-guide-site-'));
    mkdirSync(join(root, dirname(base)), { recursive: true });
    symlinkSync(resolve(dir), join(root, base));
  }
  const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', root], { stdio: 'ignore' });
  for (let i = 0; ; i++) {
    try {
      await fetch(`http://127.0.0.1:${port}${base}/`);
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

/**
 * A static server that behaves like a production host: serves the precompressed `.br`/`.gz`
 * file when the browser accepts it, with the right content type, and `/x/` as `/x/index.html`.
 * The benchmark uses it, so that its figures are those of a real deployment.
 */
export async function serveLikeAHost(dir, port, { compressed = true } = {}) {
  const { createServer } = await import('node:http');
  const { existsSync, readFileSync, statSync } = await import('node:fs');
  const { extname, join, normalize } = await import('node:path');
  const types = {
    '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
    '.css': 'text/css', '.ftl': 'text/plain; charset=utf-8', '.webmanifest': 'application/manifest+json',
    '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json',
  };
  const server = createServer((req, res) => {
    let path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (path.endsWith('/')) path += 'index.html';
    let file = join(dir, path);
    if (existsSync(file) && statSync(file).isDirectory()) {
      res.writeHead(301, { location: `${path}/` });
      return res.end();
    }
    if (!existsSync(file)) {
      res.writeHead(404, { 'content-type': types['.html'] });
      return res.end(existsSync(join(dir, '404.html')) ? readFileSync(join(dir, '404.html')) : 'not found');
    }
    const headers = { 'content-type': types[extname(file)] ?? 'application/octet-stream', vary: 'accept-encoding' };
    // A bare host (`compressed: false`) sends the plain files, as `python3 -m http.server` does.
    const accepts = compressed ? req.headers['accept-encoding'] ?? '' : '';
    if (/\bbr\b/.test(accepts) && existsSync(`${file}.br`)) {
      file += '.br';
      headers['content-encoding'] = 'br';
    } else if (/\bgzip\b/.test(accepts) && existsSync(`${file}.gz`)) {
      file += '.gz';
      headers['content-encoding'] = 'gzip';
    }
    res.writeHead(200, headers);
    res.end(readFileSync(file));
  });
  // Port 0: the OS picks a free one.
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}
