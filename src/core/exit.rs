//! The emergency exit's keyboard shortcut: Shift pressed three times, each press within five
//! seconds of the last, as GOV.UK's "Exit this page" does, with two of its known faults fixed:
//! left and right Shift both count (govuk-frontend #5393), and presses while typing in a text
//! field are ignored by the caller (#4095), because phone keyboards send Shift there unasked.

use serde::{Deserialize, Serialize};

/// Where the exit goes: a neutral, common site, chosen in Settings (BBC Weather unless the
/// reader chose another). A short fixed list rather than a typed address: a mistyped address
/// would strand a parent in danger on an error page.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ExitSite {
    #[default]
    BbcWeather,
    BbcNews,
    BbcSport,
}

impl ExitSite {
    pub const ALL: [ExitSite; 3] = [ExitSite::BbcWeather, ExitSite::BbcNews, ExitSite::BbcSport];

    pub const fn url(self) -> &'static str {
        match self {
            ExitSite::BbcWeather => "https://www.bbc.co.uk/weather",
            ExitSite::BbcNews => "https://www.bbc.co.uk/news",
            ExitSite::BbcSport => "https://www.bbc.co.uk/sport",
        }
    }

    /// The message naming the site in Settings.
    pub const fn label_key(self) -> &'static str {
        match self {
            ExitSite::BbcWeather => "exit-site-bbc-weather",
            ExitSite::BbcNews => "exit-site-bbc-news",
            ExitSite::BbcSport => "exit-site-bbc-sport",
        }
    }

    pub const fn id(self) -> &'static str {
        match self {
            ExitSite::BbcWeather => "bbc-weather",
            ExitSite::BbcNews => "bbc-news",
            ExitSite::BbcSport => "bbc-sport",
        }
    }
}

/// Counts Shift presses towards an exit.
#[derive(Debug, Default, Clone)]
pub struct ShiftPresses {
    count: u8,
    last_ms: Option<f64>,
}

/// What one key press means for the exit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShiftOutcome {
    /// This many more presses will exit.
    Remaining(u8),
    /// Leave now.
    Exit,
}

impl ShiftPresses {
    pub const NEEDED: u8 = 3;
    pub const WINDOW_MS: f64 = 5000.0;

    /// A Shift key went down on its own (not held, not a repeat) at `now_ms`.
    pub fn shift(&mut self, now_ms: f64) -> ShiftOutcome {
        let in_time = self
            .last_ms
            .is_some_and(|last| now_ms - last <= Self::WINDOW_MS && now_ms >= last);
        self.count = if in_time { self.count + 1 } else { 1 };
        self.last_ms = Some(now_ms);
        if self.count >= Self::NEEDED {
            *self = Self::default();
            ShiftOutcome::Exit
        } else {
            ShiftOutcome::Remaining(Self::NEEDED - self.count)
        }
    }

    /// Any other key: Shift was a modifier (Shift+A) or the reader is typing. Start again.
    pub fn other_key(&mut self) {
        *self = Self::default();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ShiftOutcome::*;

    #[test]
    fn three_presses_within_five_seconds_of_each_other_exit() {
        let mut presses = ShiftPresses::default();
        assert_eq!(presses.shift(0.0), Remaining(2));
        assert_eq!(presses.shift(4_000.0), Remaining(1));
        assert_eq!(
            presses.shift(8_900.0),
            Exit,
            "each press counts from the last, not the first"
        );
        assert_eq!(
            presses.shift(9_000.0),
            Remaining(2),
            "after an exit the count starts again"
        );
    }

    #[test]
    fn a_slow_press_starts_the_count_again() {
        let mut presses = ShiftPresses::default();
        presses.shift(0.0);
        presses.shift(1_000.0);
        assert_eq!(presses.shift(6_001.0), Remaining(2));
    }

    #[test]
    fn shift_as_a_modifier_never_exits() {
        let mut presses = ShiftPresses::default();
        for i in 0..5 {
            assert_ne!(presses.shift(i as f64 * 100.0), Exit);
            presses.other_key(); // Shift+A: the A resets
        }
    }

    #[test]
    fn a_clock_going_backwards_does_not_count_as_in_time() {
        let mut presses = ShiftPresses::default();
        presses.shift(10_000.0);
        assert_eq!(presses.shift(5_000.0), Remaining(2));
    }
}
