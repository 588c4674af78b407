// The tools' chunks of wasm, read from the loader the splitter wrote (`__wasm_split.js`, see
// scripts/build.sh), and preloaded with their own page: a parent who opens `/checklist/`
// directly fetches the checklist's chunks beside the core, not one after the other, and at once
// rather than after the first paint as a guide page does. A tool's
// page also links the tools' stylesheet (tools-<hash>.css, see scripts/assemble.mjs).
//
//   node scripts/chunks.mjs <dist>
//
// A chunk is named after its page's slug (`take-to-meeting` -> `take_to_meeting_<hash>`, see
// src/ui/chunks.rs). Also writes target/chunks.json, what each tool loads, for the tests and
// `make bench`.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { base } from './lib-base.mjs';
import { readSplitLoader } from './lib-split-loader.mjs';

const dist = process.argv[2] ?? 'dist';
const [build] = readdirSync(join(dist, 'pkg'));
const pkgUrl = `${base}/pkg/${build}`;
const loader = readFileSync(join(dist, 'pkg', build, '__wasm_split.js'), 'utf8');

const { chunks: shared, tools } = readSplitLoader(loader);
// Each tool's files, its shared chunks first: `checklist_<hash>` -> [`${pkgUrl}/chunk_12.wasm`, …].
const splits = Object.fromEntries(tools.map(({ name, file, deps }) => [
  name, [...deps.map((d) => shared.get(d).file), file].map((f) => `${pkgUrl}/${f}`),
]));

// Every page of a tool, in every language and nation (route-pages' list).
const pages = JSON.parse(readFileSync('target/page-files.json', 'utf8'));
let preloaded = 0;
for (const page of pages) {
  const prefix = `${page.slug.replaceAll('-', '_')}_`;
  const split = Object.keys(splits).find((name) => name.startsWith(prefix) && /^\d+$/.test(name.slice(prefix.length)));
  if (!page.slug || !split) continue;
  const file = join(dist, page.file);
  const links = splits[split]
    .map((url) => `<link rel="preload" href="${url}" as="fetch" type="application/wasm" crossorigin="anonymous" fetchpriority="low">`)
    .join('');
  const html = readFileSync(file, 'utf8');
  if (!html.includes('</head>')) throw new Error(`chunks: no </head> in ${file}`);
  // The tools' stylesheet too: a tool's page needs it to look right at its first paint.
  const styles = html.match(/<meta name="tools-stylesheet" content="([^"]+)">/)?.[1];
  if (!styles) throw new Error(`chunks: no tools-stylesheet address in ${file}`);
  // On a guide page the app's files wait for the first paint (index.html's
  // <template data-after-first-paint>); a tool's page is opened for the tool, which needs them
  // all, so it fetches them at once: the core's, the page's words and then the tool's chunks.
  const afterPaint = /<template data-after-first-paint>([^]*?)<\/template>/;
  if (!afterPaint.test(html)) throw new Error(`chunks: no <template data-after-first-paint> in ${file}`);
  writeFileSync(file, html
    .replace(afterPaint, '')
    .replace('</head>', `  <link rel="stylesheet" href="${styles}" data-tools>\n  ${html.match(afterPaint)[1]}${links}\n</head>`));
  preloaded++;
}
writeFileSync('target/chunks.json', `${JSON.stringify({ pkg: pkgUrl, splits }, null, 2)}\n`);
console.log(`chunks: ${Object.keys(splits).length} tools, ${shared.size} shared chunks; preloaded on ${preloaded} pages`);
