//! Working days: Monday to Friday, less the bank holidays of England and Wales.

use super::bank_holidays::bank_holidays;
use chrono::{Datelike, Duration, NaiveDate, Weekday};

pub fn is_working_day(day: NaiveDate) -> bool {
    !matches!(day.weekday(), Weekday::Sat | Weekday::Sun)
        && !bank_holidays(day.year()).contains(&day)
}

/// The date `n` working days after `from` ("within 10 working days of the conference"): the
/// day of the conference itself does not count. `n = 0` gives `from`.
pub fn add_working_days(from: NaiveDate, n: u32) -> NaiveDate {
    step_working_days(from, n, Duration::days(1))
}

/// The date `n` working days before `to` ("5 working days before the conference").
pub fn subtract_working_days(to: NaiveDate, n: u32) -> NaiveDate {
    step_working_days(to, n, Duration::days(-1))
}

fn step_working_days(from: NaiveDate, n: u32, step: Duration) -> NaiveDate {
    let mut day = from;
    let mut left = n;
    while left > 0 {
        day += step;
        if is_working_day(day) {
            left -= 1;
        }
    }
    day
}

/// How many working days fall after `from`, up to and including `to` (0 if `to` is not later).
pub fn working_days_between(from: NaiveDate, to: NaiveDate) -> u32 {
    let mut count = 0;
    let mut day = from;
    while day < to {
        day += Duration::days(1);
        if is_working_day(day) {
            count += 1;
        }
    }
    count
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn ten_working_days_across_christmas_and_new_year() {
        // A conference on Friday 18 December 2026: the first core group is due by 6 January 2027.
        assert_eq!(add_working_days(d(2026, 12, 18), 10), d(2027, 1, 6));
    }

    #[test]
    fn across_easter_and_a_year_end() {
        // Thursday before Easter 2027 (Good Friday 26 March, Easter Monday 29 March).
        assert_eq!(add_working_days(d(2027, 3, 25), 1), d(2027, 3, 30));
        assert_eq!(add_working_days(d(2027, 12, 31), 1), d(2028, 1, 4)); // 3 Jan 2028 is the substitute day
    }

    #[test]
    fn five_working_days_before_a_conference() {
        // Before Friday 18 December 2026: Friday 11 December.
        assert_eq!(subtract_working_days(d(2026, 12, 18), 5), d(2026, 12, 11));
        // Before Tuesday 6 April 2027, across Easter (Good Friday 26 March, Easter Monday 29).
        assert_eq!(subtract_working_days(d(2027, 4, 6), 5), d(2027, 3, 30));
    }

    #[test]
    fn in_a_leap_year() {
        assert_eq!(add_working_days(d(2028, 2, 28), 1), d(2028, 2, 29));
        assert_eq!(working_days_between(d(2028, 2, 25), d(2028, 3, 1)), 3);
    }
}
