// Fewer, larger shared chunks. The splitter (wasm-split-cli, see scripts/build.sh) makes one
// shared chunk for each set of tools that needs a piece of code: 131 of them, most under 1 KB,
// so opening a tool meant fetching up to 52 files. On a phone's connection each file costs a
// round trip (six at a time over HTTP/1.1), which cost more than the bytes. This joins shared
// chunks that are mostly needed together, as long as a tool fetching code it does not use
// costs less than the files it saves.
//
//   node scripts/merge-chunks.mjs <the split's pkg folder> [--dry-run]
//
// How a join stays correct: a shared chunk is a module that imports only the core's memory,
// function table and stack pointer, and writes its functions and data into them at fixed places
// when instantiated (it exports nothing). Two such modules merged into one (binaryen's
// wasm-merge) and instantiated once do exactly what the two did. wasm-merge would keep each
// module's imports apart (two memories), so a small module named `__wasm_split` is merged first
// and hands every chunk the same memory, table and stack pointer; its own imports are named
// `__wasm_sp1it` (same length) and renamed back in the bytes afterwards. Then the loader the
// splitter wrote is rewritten to load each joined chunk once, under its first member's name.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { readSplitLoader } from './lib-split-loader.mjs';

const [pkg, flag] = process.argv.slice(2);
if (!pkg) throw new Error('usage: node scripts/merge-chunks.mjs <pkg folder> [--dry-run]');
const dryRun = flag === '--dry-run';
// What one more file costs a tool, in compressed bytes it could fetch instead: a round trip of
// about 150 ms shared six ways is about 25 ms, which a 1.6 Mbit/s phone spends on about 5 KB. A
// host speaking HTTP/2 makes files cheaper, so this errs low (at 3000 the tools fetched 10 to
// 26 KB more each, at 800 up to 20 files each).
const FILE_COST = 1500;
// The features the build's wasm-opt allows (scripts/build.sh), and binaryen's defaults.
const FEATURES = ['--enable-bulk-memory', '--enable-nontrapping-float-to-int'];

const loaderPath = join(pkg, '__wasm_split.js');
let loader = readFileSync(loaderPath, 'utf8');

const read = readSplitLoader(loader);
const chunks = new Map([...read.chunks].map(([name, { file, whole }]) => [name, {
  file, whole, users: new Set(), size: brotliCompressSync(readFileSync(join(pkg, file))).length,
}]));
const splits = read.tools.map(({ name, deps, whole }) => ({ tool: name, deps, whole }));
for (const { tool, deps } of splits) for (const dep of deps) chunks.get(dep).users.add(tool);

// Greedy: join the two groups whose join saves most (files saved for the tools needing both,
// less the bytes fetched by tools needing only one), until no join saves anything.
let groups = [...chunks].map(([name, c]) => ({ members: [name], users: new Set(c.users), size: c.size }));
const gain = (a, b) => {
  let both = 0;
  for (const u of a.users) if (b.users.has(u)) both++;
  const waste = a.size * (b.users.size - both) + b.size * (a.users.size - both);
  return both * FILE_COST - waste;
};
for (;;) {
  let best = null;
  for (let i = 0; i < groups.length; i++) {
    for (let j = i + 1; j < groups.length; j++) {
      const g = gain(groups[i], groups[j]);
      if (g > 0 && (!best || g > best.g)) best = { i, j, g };
    }
  }
  if (!best) break;
  const [a, b] = [groups[best.i], groups[best.j]];
  const joined = { members: [...a.members, ...b.members], users: new Set([...a.users, ...b.users]), size: a.size + b.size };
  groups = groups.filter((_, k) => k !== best.i && k !== best.j).concat([joined]);
}
const number = (name) => Number(name.slice('__chunk_'.length));
for (const g of groups) g.members.sort((x, y) => number(x) - number(y));
groups.sort((x, y) => number(x.members[0]) - number(y.members[0]));

const filesBefore = splits.map((s) => s.deps.length + 1);
const groupOf = new Map(groups.flatMap((g) => g.members.map((m) => [m, g.members[0]])));
const newDeps = (deps) => [...new Set(deps.map((d) => groupOf.get(d)))];
const filesAfter = splits.map((s) => newDeps(s.deps).length + 1);
const sum = (xs) => xs.reduce((a, b) => a + b, 0);
console.log(`merge-chunks: ${chunks.size} shared chunks into ${groups.length}; files a tool fetches: at most ${Math.max(...filesBefore)} -> ${Math.max(...filesAfter)}, ${sum(filesBefore)} -> ${sum(filesAfter)} over ${splits.length} tools`);
if (dryRun) {
  for (const s of splits) {
    const needed = sum(s.deps.map((d) => chunks.get(d).size));
    const fetched = sum(newDeps(s.deps).map((r) => groups.find((g) => g.members[0] === r).size));
    console.log(`  ${s.tool.replace(/_\d+$/, '')}: ${s.deps.length + 1} -> ${newDeps(s.deps).length + 1} files, shared code ${needed} -> ${fetched} B brotli`);
  }
  process.exit(0);
}

// The module that gives every merged chunk the same memory, table and stack pointer.
const work = mkdtempSync(join(tmpdir(), 'merge-chunks-'));
const provider = join(work, 'provider.wasm');
const table = /\(import "__wasm_split" "__indirect_function_table" \(table \$[\w$]+ (\d+) funcref\)\)/;
const memory = /\(import "__wasm_split" "memory" \(memory \$[\w$]+ (\d+)\)\)/;
// (read from the largest chunk: a small one may import only the memory)
const largest = [...chunks.values()].sort((a, b) => b.size - a.size)[0];
const anyChunk = execFileSync('wasm-dis', [join(pkg, largest.file)], { encoding: 'utf8', maxBuffer: 1 << 28 });
const [tableSize, memorySize] = [anyChunk.match(table)?.[1], anyChunk.match(memory)?.[1]];
if (!tableSize || !memorySize) throw new Error('merge-chunks: a chunk without the core\'s table or memory; has the splitter changed?');
writeFileSync(join(work, 'provider.wat'), `(module
 (import "__wasm_sp1it" "memory" (memory ${memorySize}))
 (import "__wasm_sp1it" "__indirect_function_table" (table ${tableSize} funcref))
 (import "__wasm_sp1it" "__wasm_split_shared0" (global (mut i32)))
 (export "memory" (memory 0))
 (export "__indirect_function_table" (table 0))
 (export "__wasm_split_shared0" (global 0)))
`);
execFileSync('wasm-as', [join(work, 'provider.wat'), '-o', provider, ...FEATURES]);

/** `bytes` with the import section's `__wasm_sp1it` named back `__wasm_split`. */
function renameImports(bytes) {
  let at = 8;
  const leb = () => { let r = 0; let s = 0; let b; do { b = bytes[at++]; r += (b & 0x7f) * 2 ** s; s += 7; } while (b & 0x80); return r; };
  while (at < bytes.length) {
    const id = bytes[at++];
    const size = leb();
    if (id === 2) {
      const section = bytes.subarray(at, at + size);
      const from = Buffer.from('__wasm_sp1it');
      let renamed = 0;
      for (let i = section.indexOf(from); i >= 0; i = section.indexOf(from, i + 1)) {
        section.write('__wasm_split', i, 'latin1');
        renamed++;
      }
      if (renamed !== 3) throw new Error(`merge-chunks: renamed ${renamed} imports, not 3`);
      return bytes;
    }
    at += size;
  }
  throw new Error('merge-chunks: a merged chunk without imports');
}

for (const g of groups.filter((x) => x.members.length > 1)) {
  const out = join(pkg, chunks.get(g.members[0]).file);
  const inputs = g.members.flatMap((m, i) => [join(pkg, chunks.get(m).file), `m${i}`]);
  const merged = join(work, 'merged.wasm');
  execFileSync('wasm-merge', [provider, '__wasm_split', ...inputs, '-o', merged, ...FEATURES]);
  // The provider's exports stay (a few bytes): nothing reads them.
  execFileSync('wasm-opt', ['-Oz', ...FEATURES, merged, '-o', merged]);
  writeFileSync(out, renameImports(readFileSync(merged)));
  for (const m of g.members.slice(1)) rmSync(join(pkg, chunks.get(m).file));
}
rmSync(work, { recursive: true });

// The loader: one definition per group (its comment naming every tool that needs it), and each
// tool's list of chunks in terms of the groups.
for (const g of groups) {
  const [first, ...rest] = g.members;
  const { whole } = chunks.get(first);
  const users = [...g.users].sort().join(', ');
  loader = loader.replace(whole, whole.replace(/^\/\* [^*]* \*\//, `/* ${users} */`));
  for (const m of rest) loader = loader.replace(chunks.get(m).whole, '');
}
for (const s of splits) {
  loader = loader.replace(s.whole, s.whole.replace(/\n, \[[^\]]*\]\)\);$/, `\n, [${newDeps(s.deps).join(', ')}]));`));
}
writeFileSync(loaderPath, loader);
