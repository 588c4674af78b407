// Writes .br (brotli, quality 11) and .gz (gzip -9) beside every text file and the wasm in
// dist/, for hosts that serve precompressed files (nginx `brotli_static`/`gzip_static`,
// Netlify, Cloudflare). Hosts that do not will ignore them.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const compressible = /\.(html|js|wasm|css|ftl|webmanifest|svg|json)$/;
let count = 0;
for (const name of readdirSync(dist, { recursive: true })) {
  const path = join(dist, name);
  if (!compressible.test(name) || !statSync(path).isFile()) continue;
  const data = readFileSync(path);
  writeFileSync(`${path}.br`, brotliCompressSync(data, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
  }));
  writeFileSync(`${path}.gz`, gzipSync(data, { level: 9 }));
  count++;
}
console.log(`precompress: ${count} files`);
