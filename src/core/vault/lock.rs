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
    /// Tries in a row not known to be right, kept across reloads so that reloading does not
    /// reset the wait. Counted when a try starts, before the slow check, so tries made at
    /// once in several tabs each count; set back to 0 by the right passcode.
    #[serde(default)]
    pub failures: u32,
    /// How long the next try must still wait (milliseconds), counted down only by time a tab
    /// of the guide has seen pass (see [`LockRecord::count_waiting`]).
    #[serde(default)]
    pub wait_left_ms: u64,
    /// The phone's clock (milliseconds since 1970) when the wait was last counted down: what
    /// several tabs counting at once share, so that each second is counted once.
    #[serde(default)]
    pub wait_counted_at_ms: u64,
    /// Tries not yet told to the parent, and the time of the latest one: told at the next
    /// unlock, then set back to 0.
    #[serde(default)]
    pub untold_tries: u32,
    #[serde(default)]
    pub last_try_ms: u64,
    /// How many times tries were counted on this record: of two copies for the same
    /// passcode, the one with the higher number holds the newer count (web::tries).
    #[serde(default)]
    pub counted: u64,
}

fn default_auto_lock() -> u32 {
    5
}

impl Document for LockRecord {
    const NAME: &'static str = "lock";
    const VERSION: u32 = 1;
}

/// Written when the passcode is removed, and kept (in plain text) until the parent has read
/// it, so that a passcode turned off by someone else does not go unnoticed.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
pub struct PasscodeRemoved {
    /// The phone's date then, `YYYY-MM-DD`.
    pub on: String,
}

impl Document for PasscodeRemoved {
    const NAME: &'static str = "passcode-removed";
    const VERSION: u32 = 1;
}

/// No wait is ever longer than this, whatever the record says (a changed record, or a clock
/// that was far ahead and then put right, must not lock the parent out for longer).
pub const MAX_WAIT_MS: u64 = 15 * 60 * 1000;

/// A try in progress: what its start counted, so that its end can take its own count back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TryTicket {
    pub at_ms: u64,
    /// The latest try before this one (0 if none).
    pub previous_try_ms: u64,
    /// The wait written for the try after this one, in seconds.
    pub next_wait_seconds: u32,
}

/// Wrong tries since the parent last opened the notes, to tell them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WrongTries {
    pub count: u32,
    pub last_ms: u64,
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
            wait_left_ms: 0,
            wait_counted_at_ms: 0,
            untold_tries: 0,
            last_try_ms: 0,
            counted: 0,
        }
    }

    /// The key, if `passcode` is the right one (on the host; the browser derives the key in
    /// a worker, then calls [`Self::accept`]).
    pub fn unlock(&self, passcode: &str) -> Result<Key, VaultError> {
        self.accept(derive_key(passcode, &self.salt_bytes()?, self.kdf)?)
    }

    /// The salt the key is derived with. Settings out of range (a changed record) are refused
    /// here, before any work: they can neither crash nor hang the page.
    pub fn salt_bytes(&self) -> Result<Vec<u8>, VaultError> {
        if !self.kdf.within_limit() {
            return Err(VaultError::BadParams);
        }
        let salt = BASE64
            .decode(&self.salt)
            .map_err(|_| VaultError::Malformed)?;
        if salt.len() < 8 || salt.len() > 64 {
            return Err(VaultError::Malformed);
        }
        Ok(salt)
    }

    /// `key` back, if it is the one this record was made with (it opens the check value).
    pub fn accept(&self, key: Key) -> Result<Key, VaultError> {
        match open(&key, &self.check)? {
            text if text == CHECK_TEXT => Ok(key),
            _ => Err(VaultError::Refused),
        }
    }

    /// Counts the wait down by the time that has passed, and returns what is left (ms).
    ///
    /// `now_ms` is the phone's clock, which anyone holding the phone can set; `seen_ms` is the
    /// time this tab has itself seen pass since it last counted (`performance.now()`: it only
    /// moves forward, at the speed of real time, whatever the clock is set to). Only time both
    /// agree on counts, so moving the clock forward skips nothing, and moving it back does not
    /// stop the wait either (then the tab's own time counts). Time while no tab of the guide is
    /// open does not count: a wait of at most 15 minutes is served with the guide open.
    pub fn count_waiting(&mut self, now_ms: u64, seen_ms: u64) -> u64 {
        let by_clock = now_ms
            .checked_sub(self.wait_counted_at_ms)
            .unwrap_or(seen_ms);
        let passed = seen_ms.min(by_clock);
        self.wait_left_ms = self.wait_left_ms.min(MAX_WAIT_MS).saturating_sub(passed);
        self.wait_counted_at_ms = now_ms;
        self.wait_left_ms
    }

    /// Starts a try: refused (`Err(seconds left)`) while a wait runs, and then told to the
    /// parent but not checked; otherwise counted as if it were wrong, with the wait that
    /// follows, before the slow check begins.
    pub fn begin_try(&mut self, now_ms: u64, seen_ms: u64) -> Result<TryTicket, u32> {
        let left = self.count_waiting(now_ms, seen_ms);
        if left > 0 {
            // Not checked, but told: someone typed a passcode without waiting.
            self.untold_tries = self.untold_tries.saturating_add(1);
            self.last_try_ms = now_ms;
            return Err(left.div_ceil(1000) as u32);
        }
        let previous_try_ms = self.last_try_ms;
        self.failures = self.failures.saturating_add(1);
        let next_wait_seconds = retry_delay_seconds(self.failures);
        self.wait_left_ms = u64::from(next_wait_seconds) * 1000;
        self.untold_tries = self.untold_tries.saturating_add(1);
        self.last_try_ms = now_ms;
        Ok(TryTicket {
            at_ms: now_ms,
            previous_try_ms,
            next_wait_seconds,
        })
    }

    /// The try `ticket` was right: its own count is taken back, the wait ends, and the wrong
    /// tries since the parent last opened the notes (if any) are returned to tell them, then
    /// forgotten. `self` is the record as stored now (another tab may have counted tries since).
    pub fn end_right_try(&mut self, ticket: TryTicket) -> Option<WrongTries> {
        let count = self.untold_tries.saturating_sub(1);
        let last_ms = if self.last_try_ms == ticket.at_ms {
            ticket.previous_try_ms
        } else {
            self.last_try_ms
        };
        self.failures = 0;
        self.wait_left_ms = 0;
        self.untold_tries = 0;
        self.last_try_ms = 0;
        (count > 0).then_some(WrongTries { count, last_ms })
    }

    /// Whether `other` was made for the same passcode as this record (same salt and check
    /// value): a copy made before the passcode was set again or changed is not.
    pub fn same_passcode(&self, other: &LockRecord) -> bool {
        self.salt == other.salt && self.check == other.check
    }

    /// The tries as `counted` holds them, if it is a copy for this same passcode with a count
    /// at least as new; otherwise this record's own (so a new passcode starts with none, and
    /// an older count never replaces a newer one).
    pub fn take_tries_from(&mut self, counted: &LockRecord) {
        if self.same_passcode(counted) && counted.counted >= self.counted {
            self.failures = counted.failures;
            self.wait_left_ms = counted.wait_left_ms;
            self.wait_counted_at_ms = counted.wait_counted_at_ms;
            self.untold_tries = counted.untold_tries;
            self.last_try_ms = counted.last_try_ms;
            self.counted = counted.counted;
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
    /// Long enough, but among the first things a person in the home would try: one digit
    /// repeated, a short pattern repeated, a run up or down, a date, or a very common PIN.
    Guessable,
}

/// A PIN of at least 6 digits that is not easily guessed, or a phrase of at least 8
/// characters.
pub fn passcode_problem(passcode: &str) -> Option<PasscodeProblem> {
    let length = passcode.chars().count();
    let all_digits = !passcode.is_empty() && passcode.chars().all(|c| c.is_ascii_digit());
    if all_digits {
        if length < 6 {
            Some(PasscodeProblem::PinTooShort)
        } else if guessable_pin(passcode) {
            Some(PasscodeProblem::Guessable)
        } else {
            None
        }
    } else {
        (length < 8).then_some(PasscodeProblem::PhraseTooShort)
    }
}

/// Six-digit PINs among the most chosen in published studies, those not already caught by
/// the rules (repeats, runs, dates): mostly lines and shapes on the keypad, and numbers with a
/// meaning. From the top of the six-digit lists in D. Wang, Q. Gu, X. Huang and P. Wang,
/// "Understanding Human-chosen PINs: Characteristics, Distribution and Security", ASIA CCS
/// 2017, and P. Markert et al., "This PIN Can Be Easily Guessed", IEEE S&P 2020 (whose
/// blocklist study found that even a short list like this one changes what people choose).
const COMMON_PINS: [&str; 20] = [
    "112233", "123321", "159753", "147258", "258369", "789456", "456123", "147852", "741852",
    "963852", "159357", "852456", "753951", "321654", "520520", "5201314", "246810", "135790",
    "102030", "696969",
];

fn guessable_pin(pin: &str) -> bool {
    let digits: Vec<u8> = pin.bytes().map(|b| b - b'0').collect();
    COMMON_PINS.contains(&pin)
        || repeats_a_short_pattern(&digits)
        || is_run(&digits)
        || looks_like_a_date(&digits)
}

/// 111111, 121212, 123123, 12341234 …: a pattern of at most 4 digits, repeated.
fn repeats_a_short_pattern(digits: &[u8]) -> bool {
    (1..=4).any(|period| {
        digits.len() >= 2 * period
            && digits.len() % period == 0
            && digits
                .iter()
                .enumerate()
                .all(|(i, d)| *d == digits[i % period])
    })
}

/// 123456, 987654, 234567, 890123 …: each digit one more (or each one less) than the last,
/// going round from 9 to 0.
fn is_run(digits: &[u8]) -> bool {
    [1u8, 9].into_iter().any(|step| {
        digits
            .windows(2)
            .all(|pair| pair[1] == (pair[0] + step) % 10)
    })
}

/// A real date in a form people type: DDMMYY, MMDDYY or YYMMDD in six digits; DDMMYYYY,
/// MMDDYYYY or YYYYMMDD (years 1900 to 2099) in eight.
fn looks_like_a_date(digits: &[u8]) -> bool {
    let n = |range: std::ops::Range<usize>| {
        digits[range]
            .iter()
            .fold(0u32, |value, d| value * 10 + u32::from(*d))
    };
    let real = |day: u32, month: u32, year: Option<u32>| {
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 => 29,
            _ => return false,
        };
        (1..=days).contains(&day) && year.is_none_or(|y| (1900..=2099).contains(&y))
    };
    match digits.len() {
        6 => {
            real(n(0..2), n(2..4), None)
                || real(n(2..4), n(0..2), None)
                || real(n(4..6), n(2..4), None)
        }
        8 => {
            real(n(0..2), n(2..4), Some(n(4..8)))
                || real(n(2..4), n(0..2), Some(n(4..8)))
                || real(n(6..8), n(4..6), Some(n(0..4)))
        }
        _ => false,
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
    fn tries_are_taken_only_from_a_newer_copy_for_the_same_passcode() {
        let key = derive_key("246810", &[5; SALT_BYTES], SMALL).unwrap();
        let stored = LockRecord::new(&key, [5; SALT_BYTES], SMALL, [1; NONCE_BYTES]);
        let mut counted = stored.clone();
        counted.begin_try(T0, 0).unwrap();
        counted.begin_try(T0 + 1, 0).unwrap();
        counted.counted = 2;
        let mut record = stored.clone();
        record.take_tries_from(&counted);
        assert_eq!(
            (record.failures, record.untold_tries, record.last_try_ms),
            (2, 2, T0 + 1)
        );
        // An older count (written late by a slower tab) does not undo a newer one.
        let mut older = stored.clone();
        older.begin_try(T0, 0).unwrap();
        older.counted = 1;
        record.take_tries_from(&older);
        assert_eq!((record.failures, record.counted), (2, 2));
        // A passcode set again: its new salt and check value start with no tries.
        let mut fresh = LockRecord::new(&key, [6; SALT_BYTES], SMALL, [2; NONCE_BYTES]);
        fresh.take_tries_from(&counted);
        assert_eq!((fresh.failures, fresh.untold_tries), (0, 0));
        assert!(!fresh.same_passcode(&counted));
    }

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

    fn record() -> LockRecord {
        let key = derive_key("246810", &[5; SALT_BYTES], SMALL).unwrap();
        LockRecord::new(&key, [5; SALT_BYTES], SMALL, [6; NONCE_BYTES])
    }

    const T0: u64 = 1_800_000_000_000;
    const SECOND: u64 = 1000;
    const DAY: u64 = 24 * 3600 * SECOND;

    #[test]
    fn each_try_is_counted_when_it_starts_and_the_fourth_waits() {
        let mut stored = record();
        // Three tries started at once (three tabs): each counts, none is lost.
        let tickets: Vec<_> = (0..3)
            .map(|i| stored.begin_try(T0 + i, 0).unwrap())
            .collect();
        assert_eq!(stored.failures, 3);
        assert_eq!(stored.untold_tries, 3);
        assert_eq!(tickets[2].next_wait_seconds, 30);
        // A fourth, at once, must wait: the wait was written before any check ended. It is
        // not checked, but it is told.
        assert_eq!(stored.begin_try(T0 + 3, 3), Err(30));
        assert_eq!((stored.failures, stored.untold_tries), (3, 4));
    }

    #[test]
    fn moving_the_clock_forward_skips_no_wait() {
        let mut stored = record();
        for i in 0..3 {
            stored.begin_try(T0 + i, 0).unwrap();
        }
        // A day later by the clock, but the page saw only 5 seconds pass.
        assert_eq!(stored.begin_try(T0 + DAY, 5 * SECOND), Err(25));
        // And back again: the page's own time still counts.
        assert_eq!(stored.begin_try(T0, 10 * SECOND), Err(15));
        // Once real time has served it, the next try may start.
        assert!(stored.begin_try(T0 + 20 * SECOND, 20 * SECOND).is_ok());
    }

    #[test]
    fn two_tabs_counting_at_once_count_each_second_once() {
        let mut stored = record();
        for i in 0..3 {
            stored.begin_try(T0, i).unwrap();
        }
        // Two tabs, each having seen 10 seconds, count within the same 10 seconds.
        stored.count_waiting(T0 + 10 * SECOND, 10 * SECOND);
        assert_eq!(
            stored.count_waiting(T0 + 10 * SECOND, 10 * SECOND),
            20 * SECOND
        );
    }

    #[test]
    fn no_wait_is_longer_than_fifteen_minutes() {
        let mut stored = record();
        stored.wait_left_ms = 90 * DAY;
        assert_eq!(stored.count_waiting(T0, 0), MAX_WAIT_MS);
        assert_eq!(stored.begin_try(T0, 0), Err(15 * 60));
    }

    #[test]
    fn the_right_passcode_tells_of_the_wrong_tries_then_forgets_them() {
        let mut stored = record();
        for i in 0..2 {
            stored.begin_try(T0 + i * SECOND, 0).unwrap();
        }
        let ticket = stored.begin_try(T0 + 9 * SECOND, 0).unwrap();
        assert_eq!(
            stored.end_right_try(ticket),
            Some(WrongTries {
                count: 2,
                last_ms: T0 + SECOND
            })
        );
        assert_eq!(
            (stored.failures, stored.untold_tries, stored.wait_left_ms),
            (0, 0, 0)
        );
        let ticket = stored.begin_try(T0 + 20 * SECOND, 0).unwrap();
        assert_eq!(stored.end_right_try(ticket), None);
    }

    #[test]
    fn out_of_range_settings_are_refused_before_any_work() {
        let mut stored = record();
        stored.kdf.memory_kib = u32::MAX;
        assert_eq!(stored.unlock("246810").err(), Some(VaultError::BadParams));
        stored.kdf = SMALL;
        stored.salt = BASE64.encode([1u8; 4]);
        assert_eq!(stored.unlock("246810").err(), Some(VaultError::Malformed));
    }

    proptest::proptest! {
        /// Whatever the stored settings say, reading and unlocking never panics or hangs:
        /// out of range is a clear error, before Argon2 runs.
        #[test]
        fn any_stored_settings_are_refused_or_used(memory in proptest::prelude::any::<u32>(), passes in proptest::prelude::any::<u32>(), lanes in proptest::prelude::any::<u32>()) {
            let kdf = KdfParams { memory_kib: memory, passes, lanes };
            let text = format!(
                r#"{{"version":1,"data":{{"salt":"BQUFBQUFBQUFBQUFBQUFBQ==","kdf":{{"memory_kib":{memory},"passes":{passes},"lanes":{lanes}}},"check":"cpv1:AAAA"}}}}"#
            );
            let stored: LockRecord = crate::core::store::decode(&text).unwrap();
            if !kdf.within_limit() {
                proptest::prop_assert_eq!(stored.unlock("246810").err(), Some(VaultError::BadParams));
            }
        }

        #[test]
        fn a_stored_wait_is_never_more_than_the_cap(left in proptest::prelude::any::<u64>(), at in proptest::prelude::any::<u64>(), now in proptest::prelude::any::<u64>(), seen in proptest::prelude::any::<u64>()) {
            let mut stored = record();
            stored.wait_left_ms = left;
            stored.wait_counted_at_ms = at;
            proptest::prop_assert!(stored.count_waiting(now, seen) <= MAX_WAIT_MS);
        }
    }

    #[test]
    fn guessable_pins_are_refused() {
        for pin in [
            "123456",
            "111111",
            "000000",
            "987654",
            "234567",
            "890123",
            "121212",
            "123123",
            "01021990",
            "19900201",
            "02011990",
            "010290",
            "311299",
            "147258",
            "112233",
            "12345678",
            "999999999",
        ] {
            assert_eq!(
                passcode_problem(pin),
                Some(PasscodeProblem::Guessable),
                "{pin}"
            );
        }
        for pin in ["482915", "739164", "58203917", "31130190"] {
            assert_eq!(passcode_problem(pin), None, "{pin}");
        }
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
        assert_eq!(passcode_problem("482915"), None);
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
