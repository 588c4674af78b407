//! The passcode's key for this visit, held in memory only, and random bytes from the browser.
//! Storage (web::storage) seals and opens personal documents with it. The key is derived in
//! a Web Worker ([`derive_key`]).

use crate::core::store::storage_key;
use crate::core::vault::{KdfParams, Key, LockRecord, VaultError};
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};

thread_local! {
    /// Set while the notes are unlocked; dropped when they lock.
    static KEY: RefCell<Option<Key>> = const { RefCell::new(None) };
    /// True while the passcode is being removed: every document is written in plain text
    /// before the lock record goes, so a refused write leaves the passcode in place.
    static REMOVING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

pub fn set_removing_passcode(removing: bool) {
    REMOVING.with(|r| r.set(removing));
}

pub fn removing_passcode() -> bool {
    REMOVING.with(|r| r.get())
}

pub fn set_key(key: Option<Key>) {
    if key.is_none() {
        LOCKS.with(|l| l.set(l.get() + 1));
    }
    KEY.with(|k| *k.borrow_mut() = key);
}

pub fn key() -> Option<Key> {
    KEY.with(|k| k.borrow().clone())
}

/// Whether a passcode is set (its record is in storage), whatever this tab knows.
pub fn passcode_set() -> bool {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .and_then(|s| s.get_item(&storage_key::<LockRecord>()).ok().flatten())
        .is_some()
}

/// Whether `key` is the one the stored passcode record was made with. False once another tab
/// has changed or removed the passcode: this tab's key must then neither write nor judge a
/// document it cannot open.
pub fn key_fits_record(key: &Key) -> bool {
    matches!(
        crate::web::storage::load::<LockRecord>(),
        Ok(Some(record)) if record.accept(key.clone()).is_ok()
    )
}

/// N random bytes from crypto.getRandomValues (the browser's CSPRNG).
pub fn random<const N: usize>() -> Option<[u8; N]> {
    let crypto = web_sys::window()?.crypto().ok()?;
    let mut bytes = [0u8; N];
    crypto.get_random_values_with_u8_array(&mut bytes).ok()?;
    Some(bytes)
}

thread_local! {
    /// Counts the times the key was dropped (lock, exit, pagehide): a derivation that was
    /// running when the notes locked must not open them when it ends.
    static LOCKS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Why no key came back from the worker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeriveError {
    /// The settings are not ones this app would use (a changed or damaged record).
    BadParams,
    /// The notes locked (or the page was left) while the key was being derived.
    Interrupted,
    /// The worker could not start or failed (it is precached, so this should not happen).
    Unavailable,
}

/// Argon2id in a Web Worker (public/kdf-worker.js), so the page's main thread stays free: a
/// tap on the exit is answered at once however long the derivation takes. The worker is
/// started for this one key and ended when it arrives.
pub async fn derive_key(
    passcode: &str,
    salt: &[u8],
    params: KdfParams,
) -> Result<Key, DeriveError> {
    if !params.within_limit() {
        return Err(DeriveError::BadParams);
    }
    let locks_before = LOCKS.with(|l| l.get());
    let worker = web_sys::Worker::new(&format!("{}{WORKER}", super::address::base()))
        .map_err(|_| DeriveError::Unavailable)?;
    let request = js_sys::Object::new();
    let set = |name: &str, value: JsValue| js_sys::Reflect::set(&request, &name.into(), &value);
    let salt_array = js_sys::Uint8Array::from(salt);
    let sent = set("passcode", passcode.into())
        .and(set("salt", salt_array.into()))
        .and(set("memoryKib", params.memory_kib.into()))
        .and(set("passes", params.passes.into()))
        .and(set("lanes", params.lanes.into()));
    let reply = js_sys::Promise::new(&mut |resolve, reject| {
        worker.set_onmessage(Some(&resolve));
        worker.set_onerror(Some(&reject));
    });
    if sent.is_err() || worker.post_message(&request).is_err() {
        worker.terminate();
        return Err(DeriveError::Unavailable);
    }
    let answer = wasm_bindgen_futures::JsFuture::from(reply).await;
    worker.terminate();
    let key = answer
        .ok()
        .and_then(|event| event.dyn_into::<web_sys::MessageEvent>().ok())
        .and_then(|event| js_sys::Reflect::get(&event.data(), &"key".into()).ok())
        .and_then(|key| key.dyn_into::<js_sys::Uint8Array>().ok())
        .filter(|key| key.length() == 32);
    let Some(array) = key else {
        return Err(DeriveError::Unavailable);
    };
    let mut bytes = [0u8; 32];
    array.copy_to(&mut bytes);
    array.fill(0, 0, 32);
    let key = Key::from_bytes(bytes);
    zeroize::Zeroize::zeroize(&mut bytes);
    if LOCKS.with(|l| l.get()) != locks_before {
        return Err(DeriveError::Interrupted);
    }
    Ok(key)
}

/// The key for `record`, if `passcode` is the right one.
pub async fn unlock(record: &LockRecord, passcode: &str) -> Result<Key, UnlockFailure> {
    // Never the passcode (none can be set empty); the worker's Argon2id refuses an empty one.
    if passcode.is_empty() {
        return Err(UnlockFailure::Refused(VaultError::Refused));
    }
    let salt = record.salt_bytes().map_err(UnlockFailure::Refused)?;
    let key = derive_key(passcode, &salt, record.kdf)
        .await
        .map_err(UnlockFailure::NoKey)?;
    record.accept(key).map_err(UnlockFailure::Refused)
}

/// Why [`unlock`] gave no key: the passcode (or the record) was refused, or no key was made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UnlockFailure {
    Refused(VaultError),
    NoKey(DeriveError),
}

/// In the guide's folder (web::address::base).
const WORKER: &str = "/kdf-worker.js";
