//! "Within 3 months": the same day of the month, N months on; where that month is shorter,
//! its last day (3 months after 30 November is 28 February, or 29 in a leap year).

use chrono::{Datelike, Months, NaiveDate};

pub fn add_months(from: NaiveDate, n: u32) -> NaiveDate {
    // chrono clamps to the end of a shorter month, which is the rule we want.
    from.checked_add_months(Months::new(n))
        .unwrap_or(from.with_day(1).unwrap_or(from))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn month_ends_clamp() {
        assert_eq!(add_months(d(2026, 11, 30), 3), d(2027, 2, 28));
        assert_eq!(add_months(d(2027, 11, 30), 3), d(2028, 2, 29));
        assert_eq!(add_months(d(2026, 8, 31), 6), d(2027, 2, 28));
        assert_eq!(add_months(d(2026, 1, 15), 6), d(2026, 7, 15));
        assert_eq!(add_months(d(2026, 12, 18), 3), d(2027, 3, 18));
    }
}
