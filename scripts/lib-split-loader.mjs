// The loader the splitter writes (`__wasm_split.js`, by wasm-split-cli; see scripts/build.sh),
// read in one place by the scripts that depend on its shape: merge-chunks.mjs rewrites it,
// chunks.mjs reads which files each tool needs. If a new splitter writes it otherwise, this
// fails loudly rather than letting a tool lose a chunk.
//
// Its two kinds of definition, as the splitter writes them (before terser, see build.sh):
//
//   /* the tools that need it */
//   const __chunk_12 = makeLoad(() => {
//       const src = fetch(new URL("./chunk_12.wasm", import.meta.url));
//       …
//   }
//   , []);
//
//   export const __wasm_split_load_<tool> = wrapAsyncCb(makeLoad(() => {
//       const src = fetch(new URL("./split_<tool>.wasm", import.meta.url));
//       …
//   }
//   , [__chunk_12, …]));

const chunkDefinition = /\/\* [^*]* \*\/\nconst (__chunk_\d+) = makeLoad\(\(\) => \{\n {4}const src = fetch\(new URL\("\.\/(chunk_\d+\.wasm)", import\.meta\.url\)\);\n[\s\S]*?\n\}\n, \[([^\]]*)\]\);\n/g;
const toolDefinition = /export const __wasm_split_load_(\w+) = wrapAsyncCb\(makeLoad\(\(\) => \{\n {4}const src = fetch\(new URL\("\.\/([^"]+\.wasm)", import\.meta\.url\)\);\n[\s\S]*?\n\}\n, \[([^\]]*)\]\)\);/g;

/**
 * The shared chunks the loader defines (`__chunk_12` -> { file, whole }) and its tools
 * ([{ name, file, deps, whole }], `deps` the shared chunks' names): `whole` is the text of
 * each definition, for a script that rewrites it.
 */
export function readSplitLoader(loader) {
  const chunks = new Map();
  for (const [whole, name, file, deps] of loader.matchAll(chunkDefinition)) {
    if (deps.trim()) throw new Error(`split loader: ${name} has chunks of its own; the splitter's loader has changed`);
    chunks.set(name, { file, whole });
  }
  const tools = [...loader.matchAll(toolDefinition)].map(([whole, name, file, deps]) => ({
    name, file, whole, deps: deps.split(',').map((d) => d.trim()).filter(Boolean),
  }));
  const chunksDefined = (loader.match(/^const __chunk_\d+ = /gm) ?? []).length;
  const toolsDefined = (loader.match(/^export const __wasm_split_load_\w+ = /gm) ?? []).length;
  if (!tools.length || chunks.size !== chunksDefined || tools.length !== toolsDefined) {
    throw new Error(`split loader: read ${chunks.size} of ${chunksDefined} chunks and ${tools.length} of ${toolsDefined} tools; has its format changed?`);
  }
  for (const { name, deps } of tools) {
    for (const dep of deps) {
      if (!chunks.has(dep)) throw new Error(`split loader: ${name} needs ${dep}, which the loader does not define`);
    }
  }
  return { chunks, tools };
}
