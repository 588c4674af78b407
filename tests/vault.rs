//! The passcode lock's cipher against arbitrary input: every note comes back exactly, and no
//! stored text, however damaged, makes the reader panic.

use cp_guide::core::vault::{derive_key, is_sealed, open, seal, KdfParams, Key, VaultError};
use proptest::prelude::*;

/// A small Argon2 cost: these tests are about the cipher, not the key's strength.
fn key(passcode: &str) -> Key {
    let cheap = KdfParams {
        memory_kib: 64,
        passes: 1,
        lanes: 1,
    };
    derive_key(passcode, &[1; 16], cheap).unwrap()
}

proptest! {
    #[test]
    fn every_text_seals_and_opens_exactly(text in any::<String>(), nonce in any::<[u8; 12]>()) {
        let k = key("123456");
        let sealed = seal(&k, nonce, &text);
        prop_assert!(is_sealed(&sealed));
        prop_assert_eq!(open(&k, &sealed), Ok(text));
        prop_assert_eq!(open(&key("654321"), &sealed), Err(VaultError::Refused));
    }

    #[test]
    fn arbitrary_stored_text_is_refused_without_panicking(text in any::<String>(), tail in "[A-Za-z0-9+/=]{0,80}") {
        let k = key("123456");
        prop_assert!(open(&k, &text).is_err());
        let sealed = format!("cpv1:{tail}");
        prop_assert!(open(&k, &sealed).is_err());
    }

    #[test]
    fn any_cut_or_flipped_byte_is_refused(text in "[ -~]{1,60}", cut in 0usize..200, flip in 0usize..200) {
        let k = key("123456");
        let sealed = seal(&k, [3; 12], &text);
        let cut = cut % sealed.len();
        prop_assert!(open(&k, &sealed[..cut]).is_err());
        let mut chars: Vec<char> = sealed.chars().collect();
        let i = 5 + flip % (chars.len() - 5);
        chars[i] = if chars[i] == 'A' { 'B' } else { 'A' };
        let flipped: String = chars.into_iter().collect();
        if flipped != sealed {
            prop_assert!(open(&k, &flipped).is_err());
        }
    }
}
