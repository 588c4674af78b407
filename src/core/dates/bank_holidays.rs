//! Bank holidays in England and Wales (both nations share them), by rule for any year, with
//! the moved and one-off days from a table. A holiday that falls at a weekend is replaced by
//! a substitute weekday; only days off work (Monday to Friday) are listed.

use chrono::{Datelike, Duration, NaiveDate, Weekday};

/// Easter Sunday (Gregorian calendar), by the anonymous algorithm (Meeus/Jones/Butcher).
pub fn easter_sunday(year: i32) -> NaiveDate {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    date(year, month as u32, day as u32)
}

/// A day of the year as (month, day).
type MonthDay = (u32, u32);

/// Years in which a regular holiday was moved by royal proclamation: (year, usual day, moved
/// to). The early May holiday moved for VE Day anniversaries; the spring holiday for jubilees.
const MOVED: &[(i32, MonthDay, MonthDay)] = &[
    (1995, (5, 1), (5, 8)),
    (2002, (5, 27), (6, 4)),
    (2012, (5, 28), (6, 4)),
    (2020, (5, 4), (5, 8)),
    (2022, (5, 30), (6, 2)),
];

/// One-off bank holidays.
const EXTRA: &[(i32, u32, u32)] = &[
    (1999, 12, 31), // the millennium
    (2002, 6, 3),   // Golden Jubilee
    (2011, 4, 29),  // royal wedding
    (2012, 6, 5),   // Diamond Jubilee
    (2022, 6, 3),   // Platinum Jubilee
    (2022, 9, 19),  // the Queen's state funeral
    (2023, 5, 8),   // the King's coronation
];

fn date(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).expect("a real calendar date")
}

fn is_weekend(day: NaiveDate) -> bool {
    matches!(day.weekday(), Weekday::Sat | Weekday::Sun)
}

fn first_monday(year: i32, month: u32) -> NaiveDate {
    let first = date(year, month, 1);
    first + Duration::days(i64::from((7 - first.weekday().num_days_from_monday()) % 7))
}

fn last_monday(year: i32, month: u32) -> NaiveDate {
    let next_month = if month == 12 {
        date(year + 1, 1, 1)
    } else {
        date(year, month + 1, 1)
    };
    let last = next_month - Duration::days(1);
    last - Duration::days(i64::from(last.weekday().num_days_from_monday()))
}

/// The weekdays that are bank holidays in `year`, in order.
pub fn bank_holidays(year: i32) -> Vec<NaiveDate> {
    let mut days = Vec::new();

    // New Year's Day, or the Monday after it.
    let new_year = date(year, 1, 1);
    days.push(next_weekday(new_year));

    let easter = easter_sunday(year);
    days.push(easter - Duration::days(2));
    days.push(easter + Duration::days(1));

    let moved = |usual: NaiveDate| {
        MOVED
            .iter()
            .find(|(y, (m, d), _)| *y == year && date(year, *m, *d) == usual)
            .map_or(usual, |(_, _, (m, d))| date(year, *m, *d))
    };
    days.push(moved(first_monday(year, 5)));
    days.push(moved(last_monday(year, 5)));
    days.push(last_monday(year, 8));

    // Christmas Day and Boxing Day, each taking the next free weekday when at a weekend.
    for day in [date(year, 12, 25), date(year, 12, 26)] {
        let mut off = day;
        while is_weekend(off) || days.contains(&off) {
            off += Duration::days(1);
        }
        days.push(off);
    }

    days.extend(
        EXTRA
            .iter()
            .filter(|(y, ..)| *y == year)
            .map(|(y, m, d)| date(*y, *m, *d)),
    );
    days.sort();
    days
}

fn next_weekday(mut day: NaiveDate) -> NaiveDate {
    while is_weekend(day) {
        day += Duration::days(1);
    }
    day
}

pub fn is_bank_holiday(day: NaiveDate) -> bool {
    bank_holidays(day.year()).contains(&day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn easter_in_known_years() {
        assert_eq!(easter_sunday(2024), date(2024, 3, 31));
        assert_eq!(easter_sunday(2025), date(2025, 4, 20));
        assert_eq!(easter_sunday(2027), date(2027, 3, 28));
        assert_eq!(easter_sunday(2038), date(2038, 4, 25)); // the latest possible
        assert_eq!(easter_sunday(2285), date(2285, 3, 22)); // the earliest possible
    }

    #[test]
    fn christmas_at_a_weekend_moves_to_the_next_weekdays() {
        // 2021: Christmas on Saturday, Boxing Day on Sunday.
        let h = bank_holidays(2021);
        assert!(h.contains(&date(2021, 12, 27)) && h.contains(&date(2021, 12, 28)));
        // 2022: Christmas on Sunday: Boxing Day Monday, Christmas substitute Tuesday.
        let h = bank_holidays(2022);
        assert!(h.contains(&date(2022, 12, 26)) && h.contains(&date(2022, 12, 27)));
        // 2026: Boxing Day on Saturday: substitute Monday 28.
        assert!(bank_holidays(2026).contains(&date(2026, 12, 28)));
    }

    #[test]
    fn moved_and_one_off_days() {
        let h2020 = bank_holidays(2020);
        assert!(h2020.contains(&date(2020, 5, 8)) && !h2020.contains(&date(2020, 5, 4)));
        let h2022 = bank_holidays(2022);
        for d in [date(2022, 6, 2), date(2022, 6, 3), date(2022, 9, 19)] {
            assert!(h2022.contains(&d), "{d}");
        }
        assert!(!h2022.contains(&date(2022, 5, 30)));
        assert!(bank_holidays(2023).contains(&date(2023, 5, 8)));
    }

    #[test]
    fn every_listed_day_is_a_weekday() {
        for year in 1990..2100 {
            assert!(
                bank_holidays(year).iter().all(|d| !is_weekend(*d)),
                "{year}"
            );
        }
    }
}
