//! The working-day calendar against an independent source (tests/fixtures, generated from the
//! `holidays` package on PyPI by scripts/make-holiday-fixture.py), and property tests.

use chrono::{Datelike, NaiveDate, Weekday};
use cp_guide::core::dates::{
    add_working_days, bank_holidays, is_working_day, working_days_between,
};
use proptest::prelude::*;
use std::collections::BTreeSet;

/// The fixture's days off work: its holidays that fall Monday to Friday (a holiday on a
/// Saturday is listed with its weekday substitute, which is the day off).
fn fixture() -> BTreeSet<NaiveDate> {
    include_str!("fixtures/bank-holidays-england-and-wales.txt")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| NaiveDate::parse_from_str(&l[..10], "%Y-%m-%d").expect("an ISO date"))
        .filter(|d| !matches!(d.weekday(), Weekday::Sat | Weekday::Sun))
        .collect()
}

#[test]
fn every_bank_holiday_from_2000_to_2040_matches_the_independent_list() {
    let expected = fixture();
    assert!(expected.len() > 300);
    let ours: BTreeSet<NaiveDate> = (2000..=2040).flat_map(bank_holidays).collect();
    let missing: Vec<_> = expected.difference(&ours).collect();
    let extra: Vec<_> = ours.difference(&expected).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "missing {missing:?}, extra {extra:?}"
    );
    for day in &expected {
        assert!(!is_working_day(*day), "{day} is a bank holiday");
    }
}

fn any_date() -> impl Strategy<Value = NaiveDate> {
    // 2000-01-01 to 2040-12-31.
    (0i64..15_000)
        .prop_map(|n| NaiveDate::from_ymd_opt(2000, 1, 1).unwrap() + chrono::Duration::days(n))
}

proptest! {
    #[test]
    fn adding_working_days_lands_on_a_working_day_and_counts_back(from in any_date(), n in 1u32..80) {
        let to = add_working_days(from, n);
        prop_assert!(is_working_day(to));
        prop_assert_eq!(working_days_between(from, to), n);
        prop_assert!(to > from);
    }
}

#[test]
fn the_calendar_file_reads_back_with_an_independent_parser() {
    use cp_guide::core::content::Nation;
    use cp_guide::core::dates::{calendar, timeline, CalendarEvent, MyDates};
    let dates = MyDates {
        initial_conference: NaiveDate::from_ymd_opt(2026, 12, 18),
        ..Default::default()
    };
    let entries = timeline(&dates, Nation::England);
    let events: Vec<CalendarEvent> = entries
        .iter()
        .map(|e| CalendarEvent {
            uid: e.milestone.calendar_uid(e.date),
            date: e.date,
            summary: "Core group meeting, by this date; ask, \"what next?\"",
            description: Some("A latest date.\nThe council sets the real one."),
        })
        .collect();
    let text = calendar(&events, "20261123T040000Z");
    let mut parser = ical::IcalParser::new(text.as_bytes());
    let parsed = parser
        .next()
        .expect("one calendar")
        .expect("a valid calendar");
    assert_eq!(parsed.events.len(), entries.len());
    let first_core_group = parsed
        .events
        .iter()
        .find(|e| {
            e.properties
                .iter()
                .any(|p| p.name == "UID" && p.value.as_deref() == Some("date-3-2027-01-06"))
        })
        .expect("the first core group event");
    let value = |name: &str| {
        first_core_group
            .properties
            .iter()
            .find(|p| p.name == name)
            .and_then(|p| p.value.clone())
    };
    assert_eq!(value("DTSTART").as_deref(), Some("20270106"));
    assert_eq!(
        value("SUMMARY").as_deref(),
        Some("Core group meeting\\, by this date\\; ask\\, \"what next?\"")
    );
}

#[test]
fn calendar_events_are_plain_by_default_and_their_ids_name_nothing() {
    use cp_guide::core::dates::Milestone;
    let date = NaiveDate::from_ymd_opt(2027, 1, 6).unwrap();
    let uids: std::collections::BTreeSet<String> = Milestone::ALL
        .iter()
        .map(|m| m.calendar_uid(date))
        .collect();
    assert_eq!(uids.len(), Milestone::ALL.len(), "one id per kind of entry");
    for uid in &uids {
        for word in [
            "conference",
            "core",
            "social",
            "review",
            "report",
            "cp-",
            "guide",
        ] {
            assert!(!uid.contains(word), "{uid} names {word}");
        }
    }
    for m in Milestone::ALL {
        assert!(
            [
                "dates-plain-meeting",
                "dates-plain-appointment",
                "dates-plain-reminder"
            ]
            .contains(&m.plain_message_key()),
            "{m:?}"
        );
    }
}

/// Ten working days counted by hand from the independent list: every weekday that is not in it.
fn ten_working_days_by_the_fixture(from: NaiveDate) -> NaiveDate {
    let days_off = fixture();
    let mut day = from;
    let mut counted = 0;
    while counted < 10 {
        day = day.succ_opt().unwrap();
        if !matches!(day.weekday(), Weekday::Sat | Weekday::Sun) && !days_off.contains(&day) {
            counted += 1;
        }
    }
    day
}

#[test]
fn the_welsh_minutes_deadline_skips_the_bank_holidays_of_the_independent_list() {
    use cp_guide::core::content::Nation;
    use cp_guide::core::dates::{minutes_corrections_due, MyDates};
    // Minutes received just before Easter, Christmas and the May bank holidays, over years.
    let received = [
        (2027, 3, 24),
        (2026, 12, 21),
        (2030, 4, 30),
        (2031, 8, 22),
        (2035, 12, 24),
    ];
    for (y, m, d) in received {
        let day = NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let dates = MyDates {
            minutes_received: Some(day),
            ..Default::default()
        };
        let due = minutes_corrections_due(&dates, Nation::Wales).unwrap();
        assert_eq!(due, ten_working_days_by_the_fixture(day), "from {day}");
        let holidays_between = fixture().range(day..=due).count();
        assert!(
            holidays_between > 0,
            "{day}: the case crosses a bank holiday"
        );
    }
}
