//! Calendar arithmetic for the parent's timeline: bank holidays in England and Wales, working
//! days, and "within N months". Pure, computed by rule for any year.

mod bank_holidays;
mod ics;
mod months;
mod timeline;
mod working_days;

pub use bank_holidays::{bank_holidays, easter_sunday, is_bank_holiday};
pub use ics::{calendar, CalendarEvent};
pub use months::add_months;
pub use timeline::{next_entry, timeline, Entry, Milestone, MyDates};
pub use working_days::{add_working_days, is_working_day, working_days_between};
