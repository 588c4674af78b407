//! The passcode's key for this visit, held in memory only, and random bytes from the browser.
//! Storage (web::storage) seals and opens personal documents with it.

use crate::core::store::storage_key;
use crate::core::vault::{Key, LockRecord};
use std::cell::RefCell;

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

/// N random bytes from crypto.getRandomValues (the browser's CSPRNG).
pub fn random<const N: usize>() -> Option<[u8; N]> {
    let crypto = web_sys::window()?.crypto().ok()?;
    let mut bytes = [0u8; N];
    crypto.get_random_values_with_u8_array(&mut bytes).ok()?;
    Some(bytes)
}
