//! localStorage, through gloo-storage. Every value is a versioned [`Document`] (see
//! `core::store`): this module only moves its text in and out of the browser.

use super::vault as web_vault;
use crate::core::store::{
    decode, encode, is_kept_copy_key, kept_copy_key, storage_key, DecodeError, Document,
};
use crate::core::vault;
use gloo_storage::{LocalStorage, Storage};

/// Why a document could not be written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveError {
    /// Storage is switched off or blocked (some private modes, strict privacy settings).
    Unavailable,
    /// The browser refused the write, most often because its storage quota is full.
    Refused,
    /// The notes are locked: a personal document cannot be written without the passcode.
    Locked,
    /// The stored document was written by a newer version of the app (in another tab, after
    /// an update): this version cannot read it, so it must not write over it.
    Newer,
}

/// Why a stored document could not be read.
#[derive(Debug, Clone)]
pub enum LoadError {
    Unavailable,
    /// Unreadable, and the browser would not store a backup copy: left in place, untouched.
    Stuck,
    /// Written by a newer version of the app (another tab, after an update). Left exactly as it
    /// is: the newer version reads it, and this tab treats it as read-only until reloaded.
    Newer,
    /// Stored encrypted, and this tab does not hold the key (locked, or the passcode was changed
    /// in another tab). Never treated as unreadable: the text stays where it is.
    Locked,
    /// The stored text could not be read; it was copied to `backup_key` before anything else.
    Unreadable {
        backup_key: String,
        reason: DecodeError,
    },
}

/// gloo-storage throws (and so traps the wasm) when localStorage is blocked; ask first.
fn available() -> bool {
    matches!(
        web_sys::window().map(|w| w.local_storage()),
        Some(Ok(Some(_)))
    )
}

/// Reads a document: `Ok(None)` when nothing is stored yet.
///
/// Only the decoding depends on the kind of document; the rest is in plain functions, so each
/// kind adds little to the build.
pub fn load<D: Document>() -> Result<Option<D>, LoadError> {
    if !available() {
        return Err(LoadError::Unavailable);
    }
    let key = storage_key::<D>();
    let Ok(Some(stored)) = LocalStorage::raw().get_item(&key) else {
        return Ok(None);
    };
    // Only a personal document is ever sealed: for the others (settings, the lock record) the
    // seal's code is left out of the build (and so out of the guide's first load).
    let opened = if D::PERSONAL && vault::is_sealed(&stored) {
        open_sealed(&key, &stored)?
    } else {
        Ok(stored.clone())
    };
    opened
        .and_then(|text| decode::<D>(&text))
        .map(Some)
        .map_err(|reason| set_aside(key, &stored, reason))
}

/// A sealed document's text, opened with this tab's key.
fn open_sealed(key: &str, stored: &str) -> Result<Result<String, DecodeError>, LoadError> {
    let vault_key = web_vault::key().ok_or(LoadError::Locked)?;
    match vault::open_document(&vault_key, key, stored) {
        Ok(text) => Ok(Ok(text)),
        // The passcode was changed in another tab, which sealed this document with the new
        // key: this tab's key is out of date (it hears of the change and locks). The
        // document is sound, so it stays where it is.
        Err(_) if !web_vault::key_fits_record(&vault_key) => Err(LoadError::Locked),
        // This tab's key is the passcode's, and still does not open it (left sealed by an
        // older passcode after a failed change, or damaged): keep it aside like any
        // unreadable text, never write over it.
        Err(_) => Ok(Err(DecodeError::Corrupt(
            "sealed with another passcode".into(),
        ))),
    }
}

/// What could not be read: moved aside under a backup key, unless it is only newer.
fn set_aside(key: String, stored: &str, reason: DecodeError) -> LoadError {
    if matches!(reason, DecodeError::NewerVersion(_)) {
        // Not damaged, only newer than this tab: moving it aside would take the notes
        // away from the tab (and the version) that wrote them.
        return LoadError::Newer;
    }
    // Keep what could not be read: a later version of the app, or a person, may recover it.
    let backup_key = kept_copy_key(&key, js_sys::Date::now() as u64);
    // Move it aside only once the copy is safely written, so it is never lost and never
    // copied again on every start. The stored form is kept (sealed, if it was), so a
    // backup never holds a readable copy of locked notes.
    if LocalStorage::raw().set_item(&backup_key, stored).is_ok() {
        LocalStorage::delete(&key);
        LoadError::Unreadable { backup_key, reason }
    } else {
        // No room for the copy (storage full): the text stays where it is, and this
        // document must not be written until it can be moved.
        LoadError::Stuck
    }
}

/// Whether anything is stored under the document's key, without reading it.
pub fn is_stored<D: Document>() -> bool {
    available()
        && matches!(
            LocalStorage::raw().get_item(&storage_key::<D>()),
            Ok(Some(_))
        )
}

/// Reads a document, falling back to its default when it is absent or unreadable (the
/// unreadable text is kept under a backup key by [`load`]).
pub fn load_or_default<D: Document + Default>() -> D {
    load::<D>().ok().flatten().unwrap_or_default()
}

/// Writes a document; a personal one is sealed with the passcode's key when one is set.
pub fn save<D: Document>(doc: &D) -> Result<(), SaveError> {
    if !available() {
        return Err(SaveError::Unavailable);
    }
    let key = storage_key::<D>();
    let text = encode(doc);
    let text = if D::PERSONAL {
        seal_if_locked(&key, D::VERSION, text)?
    } else {
        text
    };
    LocalStorage::raw()
        .set_item(&key, &text)
        .map_err(|_| SaveError::Refused)
}

/// A personal document's text as it is to be stored: sealed with the passcode's key when one is
/// set.
fn seal_if_locked(key: &str, version: u32, text: String) -> Result<String, SaveError> {
    match web_vault::key() {
        // The passcode was changed in another tab and this one has not heard yet: a write
        // sealed with the old key would be one the new passcode cannot open.
        Some(vault_key) if !web_vault::key_fits_record(&vault_key) => Err(SaveError::Locked),
        Some(vault_key) => {
            let nonce = web_vault::random().ok_or(SaveError::Unavailable)?;
            Ok(vault::seal_document(&vault_key, nonce, key, version, &text))
        }
        None if web_vault::passcode_set() && !web_vault::removing_passcode() => {
            Err(SaveError::Locked)
        }
        None => Ok(text),
    }
}

/// Reads, changes and writes back a document, so that a change to one field keeps the others.
/// A document from a newer version is left as it is.
pub fn update<D: Document + Default>(change: impl FnOnce(&mut D)) -> Result<(), SaveError> {
    let mut doc = match load::<D>() {
        Err(LoadError::Newer) => return Err(SaveError::Newer),
        loaded => loaded.ok().flatten().unwrap_or_default(),
    };
    change(&mut doc);
    save(&doc)
}

/// The backup keys of unreadable data, with their text (opened with the passcode's key where
/// they are sealed and this tab holds it).
pub fn unreadable_backups() -> Vec<(String, String)> {
    let key = web_vault::key();
    stored_backups()
        .into_iter()
        .map(|(k, text)| match (&key, vault::is_sealed(&text)) {
            (Some(key), true) => {
                let opened = vault::open_document(key, place_of_backup(&k), &text);
                (k, opened.unwrap_or(text))
            }
            _ => (k, text),
        })
        .collect()
}

/// Writes every backup of unreadable data again for a new passcode (or none): opened with
/// `old` where sealed, then sealed with `new`, so setting, changing or removing the passcode
/// leaves no readable copy behind, and no copy only the old passcode could open.
pub fn reseal_backups(old: Option<&vault::Key>, new: Option<&vault::Key>) {
    for (k, text) in stored_backups() {
        let plain = match (old, vault::is_sealed(&text)) {
            (Some(old), true) => match vault::open_document(old, place_of_backup(&k), &text) {
                Ok(plain) => plain,
                Err(_) => continue,
            },
            (None, true) => continue,
            _ => text,
        };
        let rewritten = match (new, web_vault::random()) {
            (Some(new), Some(nonce)) => vault::seal(new, nonce, &plain),
            (Some(_), None) => continue,
            (None, _) => plain,
        };
        let _ = LocalStorage::raw().set_item(&k, &rewritten);
    }
}

/// A backup keeps the stored form of a document, sealed for the document's own key.
fn place_of_backup(backup_key: &str) -> &str {
    backup_key
        .split(":unreadable:")
        .next()
        .unwrap_or(backup_key)
}

fn stored_backups() -> Vec<(String, String)> {
    let Some(Ok(Some(storage))) = web_sys::window().map(|w| w.local_storage()) else {
        return Vec::new();
    };
    let length = storage.length().unwrap_or(0);
    (0..length)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| is_kept_copy_key(k))
        .filter_map(|k| storage.get_item(&k).ok().flatten().map(|v| (k, v)))
        .collect()
}

/// The keys of the kept copies of unreadable data, oldest first.
pub fn kept_copy_keys() -> Vec<String> {
    let mut keys: Vec<String> = stored_backups().into_iter().map(|(k, _)| k).collect();
    keys.sort_by_key(|k| crate::core::store::kept_copy_time(k));
    keys
}

/// Deletes one kept copy of unreadable data (never anything else).
pub fn delete_kept_copy(key: &str) {
    if available() && is_kept_copy_key(key) {
        LocalStorage::delete(key);
    }
}

/// Deletes everything the app keeps in this browser (every `cp-guide:` key), including
/// settings and the backups of unreadable data. Other sites' data on the same host is left.
pub fn delete_all() -> Result<(), SaveError> {
    let Some(Ok(Some(storage))) = web_sys::window().map(|w| w.local_storage()) else {
        return Err(SaveError::Unavailable);
    };
    let length = storage.length().unwrap_or(0);
    // Collect first: removing while walking the index would skip keys.
    let keys: Vec<String> = (0..length)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(crate::core::store::KEY_PREFIX))
        .collect();
    for key in keys {
        storage.remove_item(&key).map_err(|_| SaveError::Refused)?;
    }
    Ok(())
}

/// Removes one document (the passcode record, when the passcode is removed).
pub fn remove<D: Document>() {
    if available() {
        LocalStorage::delete(storage_key::<D>());
    }
}
