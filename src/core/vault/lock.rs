//! The passcode's record (salt, cost, a sealed check value, the auto-lock time, failed tries)
//! and the rules around it.

use super::{derive_key, open, seal, KdfParams, Key, VaultError, NONCE_BYTES, SALT_BYTES};
use crate::core::store::Document;
use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use serde::{Deserialize, Serialize};

/// What the check value holds; opening it proves the passcode is right.
const CHECK_TEXT: &str = "cp-guide passcode check";

/// Minutes without use before the notes lock again; 5 unless the parent chose.
pub const AUTO_LOCK_CHOICES: [u32; 4] = [1, 5, 15, 60];

/// Kept as the `lock` document, in plain text (it must be readable to ask for the passcode).
/// It holds nothing that helps a guesser beyond what Argon2id is built to withstand.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
pub struct LockRecord {
    pub salt: String,
    pub kdf: KdfParams,
    pub check: String,
    #[serde(default = "default_auto_lock")]
    pub auto_lock_minutes: u32,
    /// Wrong passcodes in a row, kept across reloads so that reloading does not reset the delay.
    #[serde(default)]
    pub failures: u32,
    /// No new try before this time (milliseconds since 1970).
    #[serde(default)]
    pub retry_after_ms: u64,
}

fn default_auto_lock() -> u32 {
    5
}

impl Document for LockRecord {
    const NAME: &'static str = "lock";
    const VERSION: u32 = 1;
}

impl LockRecord {
    /// A new record for `key`, derived from the passcode with `salt` and `kdf`.
    pub fn new(
        key: &Key,
        salt: [u8; SALT_BYTES],
        kdf: KdfParams,
        nonce: [u8; NONCE_BYTES],
    ) -> LockRecord {
        LockRecord {
            salt: BASE64.encode(salt),
            kdf,
            check: seal(key, nonce, CHECK_TEXT),
            auto_lock_minutes: default_auto_lock(),
            failures: 0,
            retry_after_ms: 0,
        }
    }

    /// The key, if `passcode` is the right one (on the host; the browser derives the key in
    /// a worker, then calls [`Self::accept`]).
    pub fn unlock(&self, passcode: &str) -> Result<Key, VaultError> {
        self.accept(derive_key(passcode, &self.salt_bytes()?, self.kdf)?)
    }

    /// The salt the key is derived with.
    pub fn salt_bytes(&self) -> Result<Vec<u8>, VaultError> {
        BASE64.decode(&self.salt).map_err(|_| VaultError::Malformed)
    }

    /// `key` back, if it is the one this record was made with (it opens the check value).
    pub fn accept(&self, key: Key) -> Result<Key, VaultError> {
        match open(&key, &self.check)? {
            text if text == CHECK_TEXT => Ok(key),
            _ => Err(VaultError::Refused),
        }
    }

    /// The same record for a key derived again from the same passcode with a new salt and
    /// cost (the upgrade at unlock): everything else it holds is kept as it is.
    pub fn resealed(
        &self,
        key: &Key,
        salt: [u8; SALT_BYTES],
        kdf: KdfParams,
        nonce: [u8; NONCE_BYTES],
    ) -> LockRecord {
        let fresh = LockRecord::new(key, salt, kdf, nonce);
        LockRecord {
            salt: fresh.salt,
            kdf: fresh.kdf,
            check: fresh.check,
            ..self.clone()
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasscodeProblem {
    /// All digits, but fewer than 6.
    PinTooShort,
    /// Not all digits, and fewer than 8 characters.
    PhraseTooShort,
}

/// A PIN of at least 6 digits, or a phrase of at least 8 characters.
pub fn passcode_problem(passcode: &str) -> Option<PasscodeProblem> {
    let length = passcode.chars().count();
    let all_digits = !passcode.is_empty() && passcode.chars().all(|c| c.is_ascii_digit());
    if all_digits {
        (length < 6).then_some(PasscodeProblem::PinTooShort)
    } else {
        (length < 8).then_some(PasscodeProblem::PhraseTooShort)
    }
}

/// How long to wait before the next try after `failures` wrong passcodes in a row: free for
/// the first 3 (typing mistakes), then 30 seconds, doubling, up to 15 minutes.
pub fn retry_delay_seconds(failures: u32) -> u32 {
    if failures < 3 {
        return 0;
    }
    let doublings = (failures - 3).min(5);
    (30u32 << doublings).min(15 * 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SMALL: KdfParams = KdfParams {
        memory_kib: 64,
        passes: 1,
        lanes: 1,
    };

    #[test]
    fn the_right_passcode_unlocks_and_a_wrong_one_is_refused() {
        let key = derive_key("246810", &[5; SALT_BYTES], SMALL).unwrap();
        let record = LockRecord::new(&key, [5; SALT_BYTES], SMALL, [6; NONCE_BYTES]);
        assert_eq!(record.unlock("246810").unwrap().bytes(), key.bytes());
        assert_eq!(record.unlock("246811").err(), Some(VaultError::Refused));
        assert_eq!(record.unlock("").err(), Some(VaultError::Refused));
        let mut damaged = record.clone();
        damaged.salt = "***".into();
        assert_eq!(damaged.unlock("246810").err(), Some(VaultError::Malformed));
    }

    #[test]
    fn an_upgraded_record_opens_with_the_new_key_only_and_keeps_the_rest() {
        let old_key = derive_key("246810", &[5; SALT_BYTES], SMALL).unwrap();
        let mut old = LockRecord::new(&old_key, [5; SALT_BYTES], SMALL, [6; NONCE_BYTES]);
        old.auto_lock_minutes = 15;
        old.failures = 2;
        let stronger = KdfParams {
            memory_kib: 128,
            passes: 2,
            lanes: 1,
        };
        let new_key = derive_key("246810", &[9; SALT_BYTES], stronger).unwrap();
        let new = old.resealed(&new_key, [9; SALT_BYTES], stronger, [7; NONCE_BYTES]);
        assert_eq!(new.kdf, stronger);
        assert_eq!((new.auto_lock_minutes, new.failures), (15, 2));
        assert_eq!(new.unlock("246810").unwrap().bytes(), new_key.bytes());
        assert_eq!(new.accept(old_key).err(), Some(VaultError::Refused));
        assert_eq!(new.salt_bytes().unwrap(), [9; SALT_BYTES]);
    }

    #[test]
    fn passcode_rules() {
        assert_eq!(
            passcode_problem("12345"),
            Some(PasscodeProblem::PinTooShort)
        );
        assert_eq!(passcode_problem("123456"), None);
        assert_eq!(passcode_problem("blue car"), None);
        assert_eq!(
            passcode_problem("blue"),
            Some(PasscodeProblem::PhraseTooShort)
        );
        assert_eq!(passcode_problem(""), Some(PasscodeProblem::PhraseTooShort));
        assert_eq!(
            passcode_problem("12345a"),
            Some(PasscodeProblem::PhraseTooShort)
        );
    }

    #[test]
    fn the_delay_grows_after_three_wrong_tries_and_stops_at_fifteen_minutes() {
        let delays: Vec<u32> = (0..12).map(retry_delay_seconds).collect();
        assert_eq!(delays, [0, 0, 0, 30, 60, 120, 240, 480, 900, 900, 900, 900]);
    }
}
