//! Calendar arithmetic for the parent's timeline: bank holidays in England and Wales, working
//! days, and "within N months". Pure, computed by rule for any year.

mod bank_holidays;
mod ics;
mod iso;
mod months;
mod timeline;
mod working_days;

pub use bank_holidays::{bank_holidays, easter_sunday, is_bank_holiday};
pub use ics::{calendar, CalendarEvent};
pub use iso::{iso, optional as optional_iso, parse_iso};
pub use months::add_months;
pub use timeline::{
    minutes_corrections_due, next_entry, timeline, Entry, Milestone, MyDates,
    WALES_MINUTES_WORKING_DAYS,
};
pub use working_days::{
    add_working_days, is_working_day, subtract_working_days, working_days_between,
};

/// Messages naming the months, January first. Dates are written from these and the
/// `date-long`/`date-full` patterns, not by the browser's Intl, which lacks Welsh on many
/// phones (Chrome ships locale data only for its own interface languages).
pub const MONTH_KEYS: [&str; 12] = [
    "month-1", "month-2", "month-3", "month-4", "month-5", "month-6", "month-7", "month-8",
    "month-9", "month-10", "month-11", "month-12",
];

/// Messages naming the days of the week, Monday first.
pub const WEEKDAY_KEYS: [&str; 7] = [
    "weekday-1",
    "weekday-2",
    "weekday-3",
    "weekday-4",
    "weekday-5",
    "weekday-6",
    "weekday-7",
];
