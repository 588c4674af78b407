//! The versioned JSON envelope around every stored document.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::fmt;

/// Every key the app writes starts with this, so the app's data can be found and deleted as one.
pub const KEY_PREFIX: &str = "cp-guide:";

/// A value kept in storage under its own key.
pub trait Document: Serialize + DeserializeOwned {
    /// The key's name after [`KEY_PREFIX`].
    const NAME: &'static str;
    /// The schema version this build writes. Raise it when the shape changes, and teach
    /// [`Document::migrate`] to upgrade the previous version.
    const VERSION: u32;
    /// Something the parent wrote (as opposed to a setting): stored encrypted once they set a
    /// passcode, and hidden while the notes are locked.
    const PERSONAL: bool = false;

    /// Upgrades `data` stored at version `from` to version `from + 1`.
    fn migrate(from: u32, data: Value) -> Result<Value, DecodeError> {
        let _ = data;
        Err(DecodeError::UnknownVersion(from))
    }
}

/// Why stored text could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// Not JSON, or not in the envelope's shape, or the data does not fit the type.
    Corrupt(String),
    /// Written by a newer version of the app than this one.
    NewerVersion(u32),
    /// An old version that no migration knows.
    UnknownVersion(u32),
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::Corrupt(why) => write!(f, "unreadable: {why}"),
            DecodeError::NewerVersion(v) => write!(f, "written by a newer version ({v})"),
            DecodeError::UnknownVersion(v) => write!(f, "unknown old version ({v})"),
        }
    }
}

#[derive(Serialize)]
struct EnvelopeOut<'a, D> {
    version: u32,
    data: &'a D,
}

#[derive(Deserialize)]
struct EnvelopeIn {
    version: u32,
    data: Value,
}

pub fn storage_key<D: Document>() -> String {
    format!("{KEY_PREFIX}{}", D::NAME)
}

pub fn encode<D: Document>(doc: &D) -> String {
    let envelope = EnvelopeOut {
        version: D::VERSION,
        data: doc,
    };
    // Serialising plain data structs to a String cannot fail.
    serde_json::to_string(&envelope).expect("documents serialise")
}

pub fn decode<D: Document>(text: &str) -> Result<D, DecodeError> {
    let envelope: Value =
        serde_json::from_str(text).map_err(|e| DecodeError::Corrupt(e.to_string()))?;
    decode_value(envelope)
}

/// The envelope as a JSON value, for files that hold several documents (the backup file).
pub fn encode_value<D: Document>(doc: &D) -> Value {
    let envelope = EnvelopeOut {
        version: D::VERSION,
        data: doc,
    };
    serde_json::to_value(&envelope).expect("documents serialise")
}

/// Reads an envelope already parsed as JSON, running migrations like [`decode`].
pub fn decode_value<D: Document>(envelope: Value) -> Result<D, DecodeError> {
    let envelope: EnvelopeIn =
        serde_json::from_value(envelope).map_err(|e| DecodeError::Corrupt(e.to_string()))?;
    if envelope.version > D::VERSION {
        return Err(DecodeError::NewerVersion(envelope.version));
    }
    if envelope.version == 0 {
        return Err(DecodeError::UnknownVersion(0));
    }
    let mut data = envelope.data;
    for from in envelope.version..D::VERSION {
        data = D::migrate(from, data)?;
    }
    serde_json::from_value(data).map_err(|e| DecodeError::Corrupt(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A document at version 3 whose field was renamed at 2 and gained a default at 3.
    #[derive(Serialize, Deserialize, Debug, PartialEq)]
    struct Sample {
        title: String,
        count: u32,
    }

    impl Document for Sample {
        const NAME: &'static str = "sample";
        const VERSION: u32 = 3;
        fn migrate(from: u32, mut data: Value) -> Result<Value, DecodeError> {
            let obj = data
                .as_object_mut()
                .ok_or(DecodeError::Corrupt("not an object".into()))?;
            match from {
                1 => {
                    let name = obj.remove("name").unwrap_or(Value::Null);
                    obj.insert("title".into(), name);
                }
                2 => {
                    obj.insert("count".into(), Value::from(0));
                }
                other => return Err(DecodeError::UnknownVersion(other)),
            }
            Ok(data)
        }
    }

    #[test]
    fn round_trip() {
        let doc = Sample {
            title: "<b>x</b> \"quoted\" ✓".into(),
            count: 7,
        };
        let text = encode(&doc);
        assert!(text.starts_with("{\"version\":3,"));
        assert_eq!(decode::<Sample>(&text), Ok(doc));
        assert_eq!(storage_key::<Sample>(), "cp-guide:sample");
    }

    #[test]
    fn migrates_every_earlier_version() {
        let v1 = r#"{"version":1,"data":{"name":"a"}}"#;
        let v2 = r#"{"version":2,"data":{"title":"a"}}"#;
        let expected = Sample {
            title: "a".into(),
            count: 0,
        };
        assert_eq!(decode::<Sample>(v1), Ok(expected));
        assert_eq!(decode::<Sample>(v2).unwrap().title, "a");
    }

    #[test]
    fn refuses_what_it_cannot_read() {
        assert!(matches!(
            decode::<Sample>("not json"),
            Err(DecodeError::Corrupt(_))
        ));
        assert!(matches!(
            decode::<Sample>("{\"data\":{}}"),
            Err(DecodeError::Corrupt(_))
        ));
        assert!(matches!(
            decode::<Sample>(r#"{"version":3,"data":{"title":5,"count":1}}"#),
            Err(DecodeError::Corrupt(_))
        ));
        assert_eq!(
            decode::<Sample>(r#"{"version":9,"data":{}}"#),
            Err(DecodeError::NewerVersion(9))
        );
        assert_eq!(
            decode::<Sample>(r#"{"version":0,"data":{}}"#),
            Err(DecodeError::UnknownVersion(0))
        );
    }
}
