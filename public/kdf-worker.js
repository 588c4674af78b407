// The passcode's key (Argon2id), derived here rather than on the page's main thread: the
// derivation takes a second or more on a phone, and the page must still answer a tap on the
// exit at once. The page (src/web/vault.rs) starts this worker for one derivation and ends it
// when the key arrives, so its 64 MiB and any copy of the key go with it.
//
// Argon2id is hash-wasm's (npm; its WebAssembly is inside argon2.umd.min.js, copied beside this
// file by the build). For the same passcode, salt and cost it gives the same key as the Rust
// `argon2` crate the host tests check against RFC 9106 (src/core/vault/mod.rs pins both
// outputs), so every record made before still opens.
//
// Message in: { passcode, salt: Uint8Array, memoryKib, passes, lanes }.
// Message out: { key: Uint8Array(32) } or { error }.
'use strict';
// Beside this file, wherever the guide is hosted (under a folder too).
importScripts('argon2.umd.min.js');

self.onmessage = async (event) => {
  const { passcode, salt, memoryKib, passes, lanes } = event.data;
  try {
    const key = await self.hashwasm.argon2id({
      password: passcode,
      salt,
      iterations: passes,
      parallelism: lanes,
      memorySize: memoryKib,
      hashLength: 32,
      outputType: 'binary',
    });
    self.postMessage({ key }, [key.buffer]);
  } catch (error) {
    self.postMessage({ error: String(error) });
  }
};
