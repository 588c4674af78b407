// Trunk starts the app with an inline <script type="module">. The Content-Security-Policy
// (index.html) allows no inline script, so this moves it into its own file, named by its
// content hash, and points the page at it. Runs as Trunk's post-build hook (Trunk.toml), on
// the staging folder, for `make serve` and release builds alike.
//
// The one inline script left is index.html's early-settings script (the text size, before the
// first paint), with the emergency exit (public/exit.js, minified) added to its end here: the
// policy allows exactly it, by its SHA-256 hash, added here. The exit was a script file of its
// own, which the page had to fetch before it could paint (a round trip: about 170 ms of the
// first paint on a slow phone); in the page itself it also works where a file could not be
// fetched.
//
// A debug build (`make serve` only) also drops the policy: Trunk's development server adds an
// inline live-reload script, which the policy would block. Release builds keep it.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';
import { base } from './lib-base.mjs';

const dist = process.argv[2] || process.env.TRUNK_STAGING_DIR || 'dist';
const file = join(dist, 'index.html');
let html = readFileSync(file, 'utf8');
const debug = process.env.TRUNK_PROFILE === 'debug';
if (debug) {
  html = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
}
let early = html.match(/<script data-early-settings>([\s\S]*?)<\/script>/);
if (!early) throw new Error(`no early-settings script in ${file}`);
const exitSource = readFileSync(new URL('../public/exit.js', import.meta.url), 'utf8');
const exit = (await minify(exitSource, { compress: true, mangle: true })).code;
if (!exit || exit.includes('</')) throw new Error('externalize-loader: the exit script did not minify, or holds "</"');
html = html.replace(early[0], `<script data-early-settings>${early[1]};${exit}</script>`);
early = html.match(/<script data-early-settings>([\s\S]*?)<\/script>/);
const earlyHash = `'sha256-${createHash('sha256').update(early[1]).digest('base64')}'`;
html = html.replace("script-src 'self'", `script-src 'self' ${earlyHash}`);
const inline = /<script type="module">([\s\S]*?)<\/script>/g;
const scripts = [...html.matchAll(inline)];
if (scripts.length !== 1) throw new Error(`expected one inline module script in ${file}, found ${scripts.length}`);
const code = scripts[0][1].trim();
const name = `start-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`;
writeFileSync(join(dist, name), `${code}\n`);
// In the guide's folder (make dist BASE=/guide/; scripts/lib-base.mjs).
writeFileSync(file, html.replace(scripts[0][0], `<script type="module" src="${base}/${name}"></script>`));
// A release build must have no inline script left (a debug build has live reload's).
const left = [...readFileSync(file, 'utf8').matchAll(/<script(?![^>]*\bsrc=)[^>]*>/g)].filter((m) => !m[0].includes('data-early-settings'));
if (!debug && left.length) throw new Error('an inline script is left');
// The same policy as headers, for hosts that set them from a file (Netlify, Cloudflare Pages),
// with what only a header can say. Exact for this build: the stylesheet's hash changes with it.
const policy = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
if (policy) {
  writeFileSync(join(dist, '_headers'), `/*
  Content-Security-Policy: ${policy}; frame-ancestors 'none'
  Referrer-Policy: no-referrer
  X-Content-Type-Options: nosniff
`);
}
console.log(`externalize-loader: ${name}`);
