//! The parent's personal timeline: from the dates they enter, every deadline that follows,
//! soonest first. Every computed date is a latest date ("by"); the council sets the real ones.

use super::{add_months, add_working_days, subtract_working_days};
use crate::core::content::Nation;
use crate::core::store::{DecodeError, Document};
use chrono::{Duration, NaiveDate};
use serde::{Deserialize, Serialize};

/// The dates the parent has entered. Kept on the phone as the `dates` document.
#[derive(Serialize, Deserialize, Debug, Clone, Default, PartialEq, Eq)]
#[serde(default)]
pub struct MyDates {
    #[serde(with = "super::iso::optional")]
    pub initial_conference: Option<NaiveDate>,
    /// The most recent core group meeting that has happened.
    #[serde(with = "super::iso::optional")]
    pub last_core_group: Option<NaiveDate>,
    /// The most recent review conference that has happened.
    #[serde(with = "super::iso::optional")]
    pub last_review: Option<NaiveDate>,
    /// Wales: when the section 47 enquiries started.
    #[serde(with = "super::iso::optional")]
    pub enquiries_started: Option<NaiveDate>,
    /// The day the conference's minutes arrived.
    #[serde(with = "super::iso::optional")]
    pub minutes_received: Option<NaiveDate>,
    /// England: the last day for corrections to the minutes, as the chair's letter gives it
    /// (each area sets its own). Wales counts 10 working days from `minutes_received`.
    #[serde(with = "super::iso::optional")]
    pub minutes_corrections_by: Option<NaiveDate>,
}

impl Document for MyDates {
    const NAME: &'static str = "dates";
    /// 2: the minutes' dates. An older app in another tab leaves version 2 alone rather than
    /// write it back without them.
    const VERSION: u32 = 2;
    const PERSONAL: bool = true;

    fn migrate(from: u32, data: serde_json::Value) -> Result<serde_json::Value, DecodeError> {
        match from {
            // The new dates start empty.
            1 => Ok(data),
            _ => Err(DecodeError::UnknownVersion(from)),
        }
    }
}

/// Wales: corrections to the minutes reach the chair within 10 working days of receiving them.
// source: CONTENT-FACTS.md "Minutes (Wales)"; Wales Safeguarding Procedures, part 2 (post conference)
pub const WALES_MINUTES_WORKING_DAYS: u32 = 10;

/// The last day to send corrections to the minutes: counted in Wales, entered in England.
pub fn minutes_corrections_due(dates: &MyDates, nation: Nation) -> Option<NaiveDate> {
    match nation {
        Nation::Wales => dates
            .minutes_received
            .map(|d| add_working_days(d, WALES_MINUTES_WORKING_DAYS)),
        Nation::England => dates.minutes_corrections_by,
    }
}

/// What a timeline entry is. Its words are the message `dates-item-<id>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Milestone {
    InitialConference,
    ReportsBeforeInitial,
    FirstCoreGroup,
    NextCoreGroup,
    SocialWorkerVisit,
    FirstReview,
    ReportsBeforeReview,
    NextReview,
    AssessmentDue,
    MinutesCorrections,
}

impl Milestone {
    pub const fn id(self) -> &'static str {
        match self {
            Milestone::InitialConference => "initial-conference",
            Milestone::ReportsBeforeInitial => "reports-before-initial",
            Milestone::FirstCoreGroup => "first-core-group",
            Milestone::NextCoreGroup => "next-core-group",
            Milestone::SocialWorkerVisit => "social-worker-visit",
            Milestone::FirstReview => "first-review",
            Milestone::ReportsBeforeReview => "reports-before-review",
            Milestone::NextReview => "next-review",
            Milestone::AssessmentDue => "assessment-due",
            Milestone::MinutesCorrections => "minutes-corrections",
        }
    }

    /// The message naming this entry on the timeline.
    pub const fn message_key(self) -> &'static str {
        match self {
            Milestone::InitialConference => "dates-item-initial-conference",
            Milestone::ReportsBeforeInitial => "dates-item-reports-before-initial",
            Milestone::FirstCoreGroup => "dates-item-first-core-group",
            Milestone::NextCoreGroup => "dates-item-next-core-group",
            Milestone::SocialWorkerVisit => "dates-item-social-worker-visit",
            Milestone::FirstReview => "dates-item-first-review",
            Milestone::ReportsBeforeReview => "dates-item-reports-before-review",
            Milestone::NextReview => "dates-item-next-review",
            Milestone::AssessmentDue => "dates-item-assessment-due",
            Milestone::MinutesCorrections => "dates-item-minutes-corrections",
        }
    }

    /// The name a calendar shows unless the parent asks for the full wording: what kind of
    /// date it is, never what it is about, since calendars sync to other devices and show
    /// alerts on the lock screen.
    pub const fn plain_message_key(self) -> &'static str {
        match self {
            Milestone::InitialConference
            | Milestone::FirstCoreGroup
            | Milestone::NextCoreGroup
            | Milestone::FirstReview
            | Milestone::NextReview => "dates-plain-meeting",
            Milestone::SocialWorkerVisit => "dates-plain-appointment",
            Milestone::ReportsBeforeInitial
            | Milestone::ReportsBeforeReview
            | Milestone::AssessmentDue
            | Milestone::MinutesCorrections => "dates-plain-reminder",
        }
    }

    /// A calendar event's id: the same for the same entry in every download (so a calendar
    /// updates the event rather than doubling it, whichever wording was chosen), and naming
    /// nothing, as `id()` would.
    pub fn calendar_uid(self, date: NaiveDate) -> String {
        let number = match self {
            Milestone::InitialConference => 1,
            Milestone::ReportsBeforeInitial => 2,
            Milestone::FirstCoreGroup => 3,
            Milestone::NextCoreGroup => 4,
            Milestone::SocialWorkerVisit => 5,
            Milestone::FirstReview => 6,
            Milestone::ReportsBeforeReview => 7,
            Milestone::NextReview => 8,
            Milestone::AssessmentDue => 9,
            Milestone::MinutesCorrections => 10,
        };
        format!("date-{number}-{}", super::iso(date))
    }

    pub const ALL: [Milestone; 10] = [
        Milestone::InitialConference,
        Milestone::ReportsBeforeInitial,
        Milestone::FirstCoreGroup,
        Milestone::NextCoreGroup,
        Milestone::SocialWorkerVisit,
        Milestone::FirstReview,
        Milestone::ReportsBeforeReview,
        Milestone::NextReview,
        Milestone::AssessmentDue,
        Milestone::MinutesCorrections,
    ];
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub milestone: Milestone,
    pub date: NaiveDate,
    /// True for a latest date worked out from a rule; false for a date the parent entered.
    pub deadline: bool,
}

/// Every entry that follows from `dates`, soonest first. Later core groups and reviews run
/// from the real dates once the parent has entered them.
pub fn timeline(dates: &MyDates, nation: Nation) -> Vec<Entry> {
    let mut out = Vec::new();
    let mut push = |milestone, date, deadline| {
        out.push(Entry {
            milestone,
            date,
            deadline,
        })
    };

    if let Some(conference) = dates.initial_conference {
        push(Milestone::InitialConference, conference, false);
        // In many areas reports reach you 5 working days before a conference.
        push(
            Milestone::ReportsBeforeInitial,
            subtract_working_days(conference, 5),
            true,
        );
        // The first core group and, in many areas, the first visit: 10 working days on.
        let ten_working_days_on = add_working_days(conference, 10);
        push(Milestone::FirstCoreGroup, ten_working_days_on, true);
        push(Milestone::SocialWorkerVisit, ten_working_days_on, true);

        let core_group_from = dates.last_core_group.filter(|d| *d >= conference);
        if let Some(last) = core_group_from {
            let next = match nation {
                Nation::Wales => last + Duration::weeks(6),
                Nation::England => add_months(last, 1),
            };
            push(Milestone::NextCoreGroup, next, true);
        }

        let (review_milestone, review) = match dates.last_review.filter(|d| *d > conference) {
            None => (Milestone::FirstReview, add_months(conference, 3)),
            Some(last) => (Milestone::NextReview, add_months(last, 6)),
        };
        push(review_milestone, review, true);
        push(
            Milestone::ReportsBeforeReview,
            subtract_working_days(review, 5),
            true,
        );
    }
    if nation == Nation::Wales {
        if let Some(started) = dates.enquiries_started {
            push(
                Milestone::AssessmentDue,
                add_working_days(started, 42),
                true,
            );
        }
    }
    if let Some(due) = minutes_corrections_due(dates, nation) {
        // Counted by rule in Wales; in England, the date the parent copied from the letter.
        push(Milestone::MinutesCorrections, due, nation == Nation::Wales);
    }
    out.sort_by_key(|e| e.date);
    out
}

/// The first entry on or after `today`: the one to highlight.
pub fn next_entry(entries: &[Entry], today: NaiveDate) -> Option<&Entry> {
    entries.iter().find(|e| e.date >= today)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn find(entries: &[Entry], m: Milestone) -> Option<NaiveDate> {
        entries.iter().find(|e| e.milestone == m).map(|e| e.date)
    }

    #[test]
    fn deadlines_from_the_initial_conference() {
        let dates = MyDates {
            initial_conference: Some(d(2026, 12, 18)),
            ..Default::default()
        };
        let t = timeline(&dates, Nation::England);
        assert_eq!(find(&t, Milestone::FirstCoreGroup), Some(d(2027, 1, 6)));
        assert_eq!(find(&t, Milestone::FirstReview), Some(d(2027, 3, 18)));
        assert_eq!(
            find(&t, Milestone::ReportsBeforeInitial),
            Some(d(2026, 12, 11))
        );
        assert!(
            t.windows(2).all(|w| w[0].date <= w[1].date),
            "soonest first"
        );
        assert_eq!(
            next_entry(&t, d(2026, 12, 19)).unwrap().milestone,
            Milestone::FirstCoreGroup
        );
    }

    #[test]
    fn later_meetings_run_from_the_real_dates() {
        let dates = MyDates {
            initial_conference: Some(d(2026, 12, 18)),
            last_core_group: Some(d(2027, 1, 5)),
            last_review: Some(d(2027, 3, 10)),
            enquiries_started: Some(d(2026, 11, 2)),
            ..Default::default()
        };
        let england = timeline(&dates, Nation::England);
        assert_eq!(
            find(&england, Milestone::NextCoreGroup),
            Some(d(2027, 2, 5))
        );
        assert_eq!(find(&england, Milestone::NextReview), Some(d(2027, 9, 10)));
        assert_eq!(find(&england, Milestone::FirstReview), None);
        assert_eq!(
            find(&england, Milestone::AssessmentDue),
            None,
            "England has no 42-day rule"
        );
        let wales = timeline(&dates, Nation::Wales);
        assert_eq!(find(&wales, Milestone::NextCoreGroup), Some(d(2027, 2, 16)));
        assert!(find(&wales, Milestone::AssessmentDue).is_some());
    }

    #[test]
    fn the_minutes_deadline_is_counted_in_wales_and_entered_in_england() {
        let dates = MyDates {
            minutes_received: Some(d(2027, 3, 22)),
            minutes_corrections_by: Some(d(2027, 4, 9)),
            ..Default::default()
        };
        // Ten working days from Monday 22 March 2027, over Good Friday and Easter Monday.
        let wales = timeline(&dates, Nation::Wales);
        assert_eq!(
            find(&wales, Milestone::MinutesCorrections),
            Some(d(2027, 4, 7))
        );
        let england = timeline(&dates, Nation::England);
        assert_eq!(
            find(&england, Milestone::MinutesCorrections),
            Some(d(2027, 4, 9))
        );
        assert!(!england[0].deadline, "the parent's own date, not a rule");
        let received_only = MyDates {
            minutes_received: Some(d(2027, 3, 22)),
            ..Default::default()
        };
        assert!(timeline(&received_only, Nation::England).is_empty());
    }

    #[test]
    fn nothing_entered_means_an_empty_timeline() {
        assert!(timeline(&MyDates::default(), Nation::England).is_empty());
    }
}
