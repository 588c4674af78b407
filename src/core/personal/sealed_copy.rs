//! The kept copy, locked with the parent's passcode. Without this, one downloaded file would
//! undo the passcode: it holds letters with names and addresses, contacts and notes.
//!
//! The file says how to open it, so it opens on a new phone, after the passcode has changed,
//! or in a later version of the app with a higher cost:
//!
//! ```json
//! {
//!   "format": "cpv1-copy",
//!   "kdf": { "algorithm": "argon2id", "version": 19, "memory_kib": 19456, "passes": 2, "lanes": 1 },
//!   "salt": "<base64 of 16 random bytes>",
//!   "cipher": "aes-256-gcm",
//!   "sealed": "cpv1:<base64 of the 12-byte nonce, the ciphertext and the 16-byte tag>"
//! }
//! ```
//!
//! The salt is the file's own (not the one on the phone), so the file and the phone's storage
//! share nothing but the passcode. What is sealed is the plain backup file ([`export`]), so an
//! opened copy is read, checked and migrated exactly as a plain one is.

use super::backup::{export, import_with_parts, ImportError, MyData, MAX_IMPORT_BYTES};
use crate::core::vault::{self, derive_key, KdfParams, Key, VaultError, NONCE_BYTES, SALT_BYTES};
use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Marks a sealed copy, and its format's version.
const FORMAT: &str = "cpv1-copy";
/// A later format would start the same way; this version cannot read it.
const FORMAT_FAMILY: &str = "cpv";
const ALGORITHM: &str = "argon2id";
/// Argon2 version 1.3, the only one `derive_key` uses.
const ARGON2_VERSION: u32 = 0x13;
const CIPHER: &str = "aes-256-gcm";

/// A sealed copy read from a file, not yet opened.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
pub struct SealedCopy {
    format: String,
    kdf: KdfSettings,
    salt: String,
    cipher: String,
    sealed: String,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
struct KdfSettings {
    algorithm: String,
    version: u32,
    #[serde(flatten)]
    params: KdfParams,
}

/// What a chosen file turned out to be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeptCopy {
    /// A plain backup: what it holds, and which documents (see [`import_with_parts`]).
    Plain(Box<MyData>, Vec<String>),
    /// Locked: it needs its passcode before anything can be shown.
    Sealed(SealedCopy),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpenCopyError {
    /// The passcode does not open it, or the file was changed after it was made: AES-GCM's
    /// tag cannot tell these apart.
    WrongPasscode,
    /// It opened, but what was inside is not a readable backup.
    Import(ImportError),
}

/// The kept copy of `data`, sealed with `key`, derived from the passcode with a fresh `salt`
/// and `kdf`. `exported` is today's date (ISO).
pub fn seal_copy(
    data: &MyData,
    exported: &str,
    key: &Key,
    kdf: KdfParams,
    salt: [u8; SALT_BYTES],
    nonce: [u8; NONCE_BYTES],
) -> String {
    let file = SealedCopy {
        format: FORMAT.into(),
        kdf: KdfSettings {
            algorithm: ALGORITHM.into(),
            version: ARGON2_VERSION,
            params: kdf,
        },
        salt: BASE64.encode(salt),
        cipher: CIPHER.into(),
        sealed: vault::seal(key, nonce, &export(data, exported)),
    };
    serde_json::to_string_pretty(&file).expect("values serialise")
}

/// Reads a chosen file: a plain backup (of any version) or a sealed copy. Nothing is changed
/// here, and nothing slow is done: a sealed copy is only checked for its shape.
pub fn read_copy(text: &str) -> Result<KeptCopy, ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge);
    }
    let file: Value = serde_json::from_str(text).map_err(|_| ImportError::NotOurs)?;
    match file.get("format").and_then(Value::as_str) {
        Some(FORMAT) => {
            let copy: SealedCopy =
                serde_json::from_value(file).map_err(|_| ImportError::Damaged("sealed"))?;
            copy.check()?;
            Ok(KeptCopy::Sealed(copy))
        }
        Some(other) if other.starts_with(FORMAT_FAMILY) => Err(ImportError::Newer),
        _ => import_with_parts(text).map(|(data, parts)| KeptCopy::Plain(Box::new(data), parts)),
    }
}

impl SealedCopy {
    /// Settings this version can use, within limits a phone can afford.
    fn check(&self) -> Result<(), ImportError> {
        let usable = self.kdf.algorithm == ALGORITHM
            && self.kdf.version == ARGON2_VERSION
            && self.cipher == CIPHER;
        if !usable {
            return Err(ImportError::Newer);
        }
        let salt_ok = BASE64.decode(&self.salt).is_ok_and(|salt| salt.len() >= 8);
        if !salt_ok || !self.kdf.params.within_limit() || !vault::is_sealed(&self.sealed) {
            return Err(ImportError::Damaged("sealed"));
        }
        Ok(())
    }

    /// Opens the copy with `passcode` (slow on purpose: Argon2id), and reads what it holds
    /// (on the host; the browser derives the key in a worker, then calls [`Self::open_with`]).
    pub fn open(&self, passcode: &str) -> Result<(MyData, Vec<String>), OpenCopyError> {
        let damaged = OpenCopyError::Import(ImportError::Damaged("sealed"));
        let key = derive_key(passcode, &self.salt_bytes(), self.kdf()).map_err(|_| damaged)?;
        self.open_with(&key)
    }

    /// The salt and cost to derive this copy's key with (checked by [`read_copy`]).
    pub fn salt_bytes(&self) -> Vec<u8> {
        BASE64.decode(&self.salt).unwrap_or_default()
    }

    pub fn kdf(&self) -> KdfParams {
        self.kdf.params
    }

    /// Opens the copy with a key derived from the typed passcode, and reads what it holds.
    pub fn open_with(&self, key: &Key) -> Result<(MyData, Vec<String>), OpenCopyError> {
        let damaged = OpenCopyError::Import(ImportError::Damaged("sealed"));
        let text = vault::open(key, &self.sealed).map_err(|e| match e {
            VaultError::Refused => OpenCopyError::WrongPasscode,
            _ => damaged.clone(),
        })?;
        import_with_parts(&text).map_err(OpenCopyError::Import)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::personal::Stage;

    /// A small Argon2 cost: these tests are about the file, not the key's strength.
    const CHEAP: KdfParams = KdfParams {
        memory_kib: 64,
        passes: 1,
        lanes: 1,
    };

    fn some_notes() -> MyData {
        let mut data = MyData::default();
        data.checklist
            .add_own(1, Stage::Before, "Pomegranate: ring the school");
        data.letters.me.name = "Quillfeather Adams".into();
        data
    }

    fn key(passcode: &str, salt: [u8; SALT_BYTES]) -> Key {
        derive_key(passcode, &salt, CHEAP).unwrap()
    }

    fn sealed(passcode: &str) -> String {
        seal_copy(
            &some_notes(),
            "2026-01-05",
            &key(passcode, [4; SALT_BYTES]),
            CHEAP,
            [4; SALT_BYTES],
            [5; NONCE_BYTES],
        )
    }

    fn read_sealed(text: &str) -> SealedCopy {
        match read_copy(text) {
            Ok(KeptCopy::Sealed(copy)) => copy,
            other => panic!("not a sealed copy: {other:?}"),
        }
    }

    #[test]
    fn a_sealed_copy_opens_with_its_passcode_and_hides_everything_else() {
        let text = sealed("246810");
        for hidden in [
            "Pomegranate",
            "Quillfeather",
            "cp-guide",
            "my-notes",
            "checklist",
        ] {
            assert!(!text.contains(hidden), "{hidden} is readable in the file");
        }
        let file: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(file["format"], "cpv1-copy");
        assert_eq!(file["kdf"]["algorithm"], "argon2id");
        assert_eq!(file["kdf"]["memory_kib"], 64);
        assert_eq!(file["cipher"], "aes-256-gcm");
        assert_eq!(file["salt"], BASE64.encode([4; SALT_BYTES]));

        let (data, parts) = read_sealed(&text).open("246810").unwrap();
        assert_eq!(data, some_notes());
        assert!(parts.contains(&"letters".to_string()));
    }

    #[test]
    fn a_wrong_passcode_is_refused() {
        let copy = read_sealed(&sealed("246810"));
        assert_eq!(copy.open("246811"), Err(OpenCopyError::WrongPasscode));
        assert_eq!(copy.open(""), Err(OpenCopyError::WrongPasscode));
    }

    #[test]
    fn a_changed_file_is_refused() {
        let text = sealed("246810");
        let file: Value = serde_json::from_str(&text).unwrap();
        let with = |field: &str, value: Value| {
            let mut changed = file.clone();
            changed[field] = value;
            changed.to_string()
        };

        // One bit of the ciphertext flipped: the tag no longer matches.
        let sealed_value = file["sealed"].as_str().unwrap();
        let mut bytes = BASE64.decode(&sealed_value["cpv1:".len()..]).unwrap();
        bytes[NONCE_BYTES + 2] ^= 1;
        let flipped = with("sealed", format!("cpv1:{}", BASE64.encode(&bytes)).into());
        assert_eq!(
            read_sealed(&flipped).open("246810"),
            Err(OpenCopyError::WrongPasscode)
        );
        // Another salt: another key.
        let salted = with("salt", BASE64.encode([9; SALT_BYTES]).into());
        assert_eq!(
            read_sealed(&salted).open("246810"),
            Err(OpenCopyError::WrongPasscode)
        );
        // A cut ciphertext.
        let cut = with("sealed", sealed_value[..sealed_value.len() - 6].into());
        assert!(read_sealed(&cut).open("246810").is_err());

        // Damaged shapes are refused before any key is derived.
        let damaged = Err(ImportError::Damaged("sealed"));
        assert_eq!(read_copy(&with("sealed", "not sealed".into())), damaged);
        assert_eq!(read_copy(&with("salt", "***".into())), damaged);
        assert_eq!(read_copy(&with("kdf", Value::Null)), damaged);
        let mut costly = file.clone();
        costly["kdf"]["memory_kib"] = (4u32 * 1024 * 1024).into();
        assert_eq!(read_copy(&costly.to_string()), damaged);
        let mut other_cipher = file.clone();
        other_cipher["cipher"] = "chacha20-poly1305".into();
        assert_eq!(
            read_copy(&other_cipher.to_string()),
            Err(ImportError::Newer)
        );
        assert_eq!(
            read_copy(&with("format", "cpv2-copy".into())),
            Err(ImportError::Newer)
        );
    }

    #[test]
    fn a_plain_backup_still_reads_as_before() {
        let plain = export(&some_notes(), "2026-01-05");
        let (data, parts) = import_with_parts(&plain).unwrap();
        assert_eq!(
            read_copy(&plain),
            Ok(KeptCopy::Plain(Box::new(data), parts))
        );
        assert_eq!(read_copy("not json"), Err(ImportError::NotOurs));
        assert_eq!(
            read_copy(&" ".repeat(MAX_IMPORT_BYTES + 1)),
            Err(ImportError::TooLarge)
        );
    }

    #[test]
    fn each_copy_is_sealed_afresh() {
        let a = seal_copy(
            &some_notes(),
            "2026-01-05",
            &key("246810", [1; SALT_BYTES]),
            CHEAP,
            [1; SALT_BYTES],
            [2; NONCE_BYTES],
        );
        let b = seal_copy(
            &some_notes(),
            "2026-01-05",
            &key("246810", [3; SALT_BYTES]),
            CHEAP,
            [3; SALT_BYTES],
            [2; NONCE_BYTES],
        );
        let sealed_part = |t: &str| serde_json::from_str::<Value>(t).unwrap()["sealed"].clone();
        assert_ne!(sealed_part(&a), sealed_part(&b));
    }
}
