// The function names in a wasm file's "name" section (the build's unoptimised split output
// keeps them): used to check which code is in the core and which in a chunk.

/** Function names of the wasm module in `bytes` (empty if it has no name section). */
export function functionNames(bytes) {
  let at = 8; // magic and version
  const leb = () => {
    let result = 0; let shift = 0; let byte;
    do { byte = bytes[at++]; result += (byte & 0x7f) * 2 ** shift; shift += 7; } while (byte & 0x80);
    return result;
  };
  const text = (length) => { const s = Buffer.from(bytes.subarray(at, at + length)).toString('utf8'); at += length; return s; };
  const names = [];
  while (at < bytes.length) {
    const id = bytes[at++];
    const size = leb();
    const end = at + size;
    if (id === 0 && text(leb()) === 'name') {
      while (at < end) {
        const sub = bytes[at++];
        const subEnd = at + leb();
        if (sub === 1) for (let count = leb(); count > 0; count--) { leb(); names.push(text(leb())); }
        at = subEnd;
      }
    }
    at = end;
  }
  return names;
}
