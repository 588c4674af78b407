//! Copies of stored text that could not be read (`cp-guide:<name>:unreadable:<time>`): kept
//! so that nothing is ever lost, and listed in Settings so that they can be downloaded or
//! deleted in a later visit too.

use super::KEY_PREFIX;

const MARK: &str = ":unreadable:";

/// The key a copy of the document stored under `key` is kept under, made at `time_ms`.
pub fn kept_copy_key(key: &str, time_ms: u64) -> String {
    format!("{key}{MARK}{time_ms}")
}

/// Whether `key` holds a kept copy of unreadable data.
pub fn is_kept_copy_key(key: &str) -> bool {
    kept_copy_time(key).is_some()
}

/// When the copy under `key` was made (milliseconds since 1970), if `key` is one.
pub fn kept_copy_time(key: &str) -> Option<u64> {
    let rest = key.strip_prefix(KEY_PREFIX)?;
    let (_, time) = rest.rsplit_once(MARK)?;
    time.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_time_is_read_back_from_the_key() {
        let key = kept_copy_key("cp-guide:plan", 1_764_633_600_000);
        assert_eq!(key, "cp-guide:plan:unreadable:1764633600000");
        assert!(is_kept_copy_key(&key));
        assert_eq!(kept_copy_time(&key), Some(1_764_633_600_000));
    }

    #[test]
    fn other_keys_are_not_kept_copies() {
        for key in [
            "cp-guide:plan",
            "cp-guide:settings",
            "other:plan:unreadable:1",
            "cp-guide:plan:unreadable:",
            "cp-guide:plan:unreadable:soon",
        ] {
            assert!(!is_kept_copy_key(key), "{key}");
        }
    }
}
