//! An iCalendar file (RFC 5545) of all-day events, for "Add to my calendar".
//!
//! Written here rather than with a crate: the format needed is a few lines (all-day events,
//! escaping, line folding), and every kilobyte counts against the first-load budget. A host
//! test reads the output back with an independent parser (the `ical` crate).

use chrono::{Datelike, Duration, NaiveDate};

/// One all-day event.
pub struct CalendarEvent<'a> {
    /// Stable across downloads, so a calendar updates an event instead of doubling it.
    pub uid: String,
    pub date: NaiveDate,
    pub summary: &'a str,
    /// None for none at all: a plain event says no more than its title.
    pub description: Option<&'a str>,
}

/// The whole file. `stamp` is when it was made, as `YYYYMMDDTHHMMSSZ` (UTC).
pub fn calendar(events: &[CalendarEvent], stamp: &str) -> String {
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        // Shown by some calendars as the event's source: it names nothing.
        "PRODID:-//dates//EN".to_string(),
        "CALSCALE:GREGORIAN".to_string(),
    ];
    for event in events {
        lines.push("BEGIN:VEVENT".into());
        lines.push(format!("UID:{}", escape(&event.uid)));
        lines.push(format!("DTSTAMP:{stamp}"));
        lines.push(format!("DTSTART;VALUE=DATE:{}", basic(event.date)));
        lines.push(format!(
            "DTEND;VALUE=DATE:{}",
            basic(event.date + Duration::days(1))
        ));
        lines.push(format!("SUMMARY:{}", escape(event.summary)));
        if let Some(description) = event.description {
            lines.push(format!("DESCRIPTION:{}", escape(description)));
        }
        lines.push("TRANSP:TRANSPARENT".into());
        lines.push("END:VEVENT".into());
    }
    lines.push("END:VCALENDAR".into());
    lines
        .iter()
        .map(|l| fold(l))
        .collect::<Vec<_>>()
        .join("\r\n")
        + "\r\n"
}

/// `YYYYMMDD`, the basic date form of RFC 5545.
fn basic(date: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", date.year(), date.month(), date.day())
}

/// Escapes text values (RFC 5545 3.3.11).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            other => out.push(other),
        }
    }
    out
}

/// Folds a content line at 75 octets, never inside a UTF-8 character (RFC 5545 3.1).
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3);
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_day_events_escaped_and_folded() {
        let long = "Cyfarfod y grŵp craidd; ".repeat(8);
        let events = [CalendarEvent {
            uid: "first-core-group@cp-guide".into(),
            date: NaiveDate::from_ymd_opt(2027, 1, 6).unwrap(),
            summary: "Core group, by this date",
            description: Some(&long),
        }];
        let text = calendar(&events, "20261123T040000Z");
        assert!(text.contains("DTSTART;VALUE=DATE:20270106\r\n"));
        assert!(text.contains("DTEND;VALUE=DATE:20270107\r\n"));
        assert!(text.contains("\\;"));
        assert!(
            text.split("\r\n").all(|l| l.len() <= 75),
            "every line folded"
        );
        assert!(text.ends_with("END:VCALENDAR\r\n"));
        assert!(text.contains("PRODID:-//dates//EN\r\n"));
    }

    #[test]
    fn an_event_without_a_description_has_no_description_line() {
        let events = [CalendarEvent {
            uid: "date-3-2027-01-06".into(),
            date: NaiveDate::from_ymd_opt(2027, 1, 6).unwrap(),
            summary: "Meeting",
            description: None,
        }];
        let text = calendar(&events, "20261123T040000Z");
        assert!(text.contains("SUMMARY:Meeting\r\n"));
        assert!(!text.contains("DESCRIPTION"));
    }
}
