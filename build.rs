//! Gives the app a fingerprint of its translations, `LOCALES_VERSION`, which it adds to every
//! `.ftl` address (`/locales/pl/app.ftl?v=…`). The service worker keeps each language only once
//! it is chosen (see scripts/service-worker.mjs), cache-first; a new fingerprint after a change
//! to any message means a new address, so an updated app never reads yesterday's words.

use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=locales");
    let mut files = Vec::new();
    collect(Path::new("locales"), &mut files);
    files.sort();
    // FNV-1a over names and contents: stable across compilers, unlike std's hasher.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for file in &files {
        let bytes = std::fs::read(file).unwrap_or_default();
        for byte in file.to_string_lossy().bytes().chain(bytes) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
        println!("cargo:rerun-if-changed={}", file.display());
    }
    println!("cargo:rustc-env=LOCALES_VERSION={hash:016x}");
}

fn collect(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            println!("cargo:rerun-if-changed={}", path.display());
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "ftl") {
            out.push(path);
        }
    }
}
