// The release build's page and files, from index.html: what Trunk does for `make serve`, done
// here for the split WebAssembly (scripts/build.sh), which Trunk cannot build.
//
//   node scripts/assemble.mjs <dist> <pkg>
//
// index.html stays the one source for both: its `data-trunk` links are read here too.
// - rel="css" data-tools: the tools' stylesheet, written as tools-<hash>.css, its address in a
//   <meta name="tools-stylesheet"> (see src/web/tools_stylesheet.rs).
// - rel="css": the bundled stylesheet (scripts/bundle-css.sh), inlined in a <style> element and
//   allowed by its hash in the page's Content-Security-Policy: the first paint then needs the
//   HTML alone, not a second request (one round trip less on a slow phone; about 5 KB brotli
//   in every page).
// - rel="rust": the split wasm in <pkg> (the core `cp-guide.js` and `cp-guide_bg.wasm`, the
//   loader `__wasm_split.js`, one `split_*.wasm` per tool and `chunk_*.wasm` for code tools
//   share) copied to `/pkg/<hash of them all>/`: one build's core never meets another build's
//   chunk at the same address. Then a start script (inline here, moved out to a file by
//   scripts/externalize-loader.mjs), and the core's preloads, which wait in the page's
//   <template data-after-first-paint> for the start script to let them go.
// - rel="copy-dir" and rel="copy-file": copied into dist as Trunk copies them.
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { base } from './lib-base.mjs';

const [dist, pkg] = process.argv.slice(2);
if (!dist || !pkg) throw new Error('usage: assemble.mjs <dist> <pkg>');

const hash = (bytes, length = 16) => createHash('sha256').update(bytes).digest('hex').slice(0, length);
const attribute = (tag, name) => tag.match(new RegExp(`\\b${name}="([^"]*)"`))?.[1];

mkdirSync(dist, { recursive: true });
// index.html's own addresses (`/manifest.webmanifest`, the icons, and the plain
// name's in its early script) move into the guide's folder (make dist BASE=/guide/).
let html = readFileSync('index.html', 'utf8').replace(/\b(href|src)="\/(?!\/)/g, `$1="${base}/`);

const pkgFiles = readdirSync(pkg).filter((f) => /\.(js|wasm)$/.test(f)).sort();
const build = hash(Buffer.concat(pkgFiles.map((f) => readFileSync(join(pkg, f)))));
const pkgPath = `pkg/${build}`;
const pkgUrl = `${base}/${pkgPath}`;
mkdirSync(join(dist, pkgPath), { recursive: true });
for (const file of pkgFiles) cpSync(join(pkg, file), join(dist, pkgPath, file));

// A chunk that cannot be fetched (offline before the guide was kept for offline use, or a page
// left open across an update whose files are gone) makes Leptos 0.8 stop the whole app (a
// panic: "load callback should succeed"). The loader instead tells the page, which asks the
// parent to try again (src/ui/chunks.rs), and never answers the failed load.
const loaderFile = join(dist, pkgPath, '__wasm_split.js');
const loader = readFileSync(loaderFile, 'utf8');
const reported = /console\.error\(e\);\s*success = false;\s*\} finally \{/;
if (!reported.test(loader)) throw new Error('assemble: the wasm-split loader changed; look again at how a failed chunk load is answered');
writeFileSync(loaderFile, loader.replace(reported, `console.error(e);
            success = false;
            dispatchEvent(new CustomEvent('cp-guide-chunk-failed'));
        } finally {
            if (!success) return;`));

/** A web manifest with its addresses in the guide's folder. */
function inFolder(manifest) {
  const within = (path) => (path.startsWith('/') ? `${base}${path}` : path);
  return {
    ...manifest,
    id: within(manifest.id),
    start_url: within(manifest.start_url),
    scope: within(manifest.scope),
    icons: manifest.icons.map((icon) => ({ ...icon, src: within(icon.src) })),
  };
}

let styleHash;
let corePreloads;
html = html.replace(/^( *)(<link data-trunk [^>]*>)\n/gm, (_, indent, tag) => {
  const rel = attribute(tag, 'rel');
  const href = attribute(tag, 'href');
  if (rel === 'css' && / data-tools\b/.test(tag)) {
    // The tools' stylesheet: a file of its own, linked by a tool's page (scripts/chunks.mjs)
    // and added by the app when a tool is opened from a guide page (src/web/tools_stylesheet.rs),
    // which finds its address here.
    const css = readFileSync(href);
    const file = `tools-${hash(css)}.css`;
    writeFileSync(join(dist, file), css);
    return `${indent}<meta name="tools-stylesheet" content="${base}/${file}">\n`;
  }
  if (rel === 'css') {
    const css = readFileSync(href, 'utf8').trim();
    if (css.includes('</')) throw new Error('assemble: the stylesheet holds "</", which would end its <style> early');
    styleHash = `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
    return `${indent}<style>${css}</style>\n`;
  }
  if (rel === 'rust') {
    corePreloads = [
      `<link rel="modulepreload" href="${pkgUrl}/cp-guide.js">`,
      `<link rel="modulepreload" href="${pkgUrl}/__wasm_split.js">`,
      // Low priority, for a tool's page, where chunks.mjs puts these in the head from the
      // start: the page's own HTML and CSS come first.
      `<link rel="preload" href="${pkgUrl}/cp-guide_bg.wasm" crossorigin="anonymous" as="fetch" type="application/wasm" fetchpriority="low">`,
    ].join('');
    // Once the page has painted (or after 300 ms, which also starts a page opened in a
    // background tab, where no frame is drawn): the preloads the page holds back (index.html),
    // then the app. So the app never replaces the pre-rendered page before it was painted,
    // which on a fast connection made its copy of the same words a later "largest paint".
    return `${indent}<script type="module">${[
      'await new Promise((resolve) => { requestAnimationFrame(() => setTimeout(resolve)); setTimeout(resolve, 300); });',
      "const later = document.querySelector('template[data-after-first-paint]');",
      'if (later) document.head.append(later.content);',
      `const { default: init } = await import('${pkgUrl}/cp-guide.js');`,
      `await init({ module_or_path: '${pkgUrl}/cp-guide_bg.wasm' });`,
    ].join('\n')}</script>\n`;
  }
  if (rel === 'copy-dir') {
    cpSync(href, join(dist, basename(href)), { recursive: true });
    return '';
  }
  if (rel === 'copy-file') {
    cpSync(href, join(dist, basename(href)));
    return '';
  }
  throw new Error(`assemble: no rule for ${tag}`);
});
if (!styleHash) throw new Error('assemble: index.html links no stylesheet');
const afterPaint = '<template data-after-first-paint>';
if (!corePreloads || !html.includes(afterPaint)) throw new Error('assemble: index.html has no rust link or no <template data-after-first-paint>');
html = html.replace(afterPaint, `${afterPaint}${corePreloads}`);
const policyPattern = /(http-equiv="Content-Security-Policy" content="[^"]*style-src 'self')/;
if (!policyPattern.test(html)) throw new Error("assemble: no style-src 'self' in the page's policy");
html = html.replace(policyPattern, `$1 ${styleHash}`);
writeFileSync(join(dist, 'index.html'), html);
// The manifest's addresses too: an icon added to the home screen opens the guide's folder.
const manifestFile = join(dist, 'manifest.webmanifest');
writeFileSync(manifestFile, `${JSON.stringify(inFolder(JSON.parse(readFileSync(manifestFile, 'utf8'))), null, 2)}\n`);
console.log(`assemble: ${pkgFiles.length} wasm files under ${pkgUrl}/`);
