use super::list::{self, Keyed, Removed};
use crate::core::store::Document;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// My plan: what was agreed at the conference and the core group (who does what by when), and
/// the meetings themselves. Kept as the `plan` document.
#[derive(Serialize, Deserialize, Debug, Clone, Default, PartialEq, Eq)]
#[serde(default)]
pub struct Plan {
    pub actions: Vec<Action>,
    pub meetings: Vec<Meeting>,
}

#[derive(Serialize, Deserialize, Debug, Clone, Default, PartialEq, Eq)]
#[serde(default)]
pub struct Action {
    pub id: u64,
    pub what: String,
    pub who: Who,
    /// The name, when `who` is someone else.
    pub who_name: String,
    #[serde(with = "crate::core::dates::optional_iso")]
    pub by: Option<NaiveDate>,
    pub status: ActionStatus,
    /// Why it was not done (with `ActionStatus::NotDone`).
    pub reason: String,
}

/// Who agreed to do it. The words are `plan-who-<slug>`.
#[derive(Serialize, Deserialize, Debug, Clone, Copy, Default, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum Who {
    #[default]
    Me,
    SocialWorker,
    School,
    HealthVisitor,
    Other,
}

impl Who {
    pub const ALL: [Who; 5] = [
        Who::Me,
        Who::SocialWorker,
        Who::School,
        Who::HealthVisitor,
        Who::Other,
    ];
    pub const fn slug(self) -> &'static str {
        match self {
            Who::Me => "me",
            Who::SocialWorker => "social-worker",
            Who::School => "school",
            Who::HealthVisitor => "health-visitor",
            Who::Other => "other",
        }
    }
    pub const fn message_key(self) -> &'static str {
        match self {
            Who::Me => "plan-who-me",
            Who::SocialWorker => "plan-who-social-worker",
            Who::School => "plan-who-school",
            Who::HealthVisitor => "plan-who-health-visitor",
            Who::Other => "plan-who-other",
        }
    }
}

#[derive(Serialize, Deserialize, Debug, Clone, Copy, Default, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum ActionStatus {
    #[default]
    ToDo,
    Done,
    NotDone,
}

impl ActionStatus {
    pub const ALL: [ActionStatus; 3] = [
        ActionStatus::ToDo,
        ActionStatus::Done,
        ActionStatus::NotDone,
    ];
    pub const fn slug(self) -> &'static str {
        match self {
            ActionStatus::ToDo => "to-do",
            ActionStatus::Done => "done",
            ActionStatus::NotDone => "not-done",
        }
    }
    pub const fn message_key(self) -> &'static str {
        match self {
            ActionStatus::ToDo => "plan-status-to-do",
            ActionStatus::Done => "plan-status-done",
            ActionStatus::NotDone => "plan-status-not-done",
        }
    }
}

#[derive(Serialize, Deserialize, Debug, Clone, Default, PartialEq, Eq)]
#[serde(default)]
pub struct Meeting {
    pub id: u64,
    pub kind: MeetingKind,
    #[serde(with = "crate::core::dates::optional_iso")]
    pub date: Option<NaiveDate>,
    /// What was decided, in the parent's words.
    pub notes: String,
}

#[derive(Serialize, Deserialize, Debug, Clone, Copy, Default, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum MeetingKind {
    #[default]
    InitialConference,
    CoreGroup,
    Review,
}

impl MeetingKind {
    pub const ALL: [MeetingKind; 3] = [
        MeetingKind::InitialConference,
        MeetingKind::CoreGroup,
        MeetingKind::Review,
    ];
    pub const fn slug(self) -> &'static str {
        match self {
            MeetingKind::InitialConference => "initial-conference",
            MeetingKind::CoreGroup => "core-group",
            MeetingKind::Review => "review",
        }
    }
    pub const fn message_key(self) -> &'static str {
        match self {
            MeetingKind::InitialConference => "plan-meeting-initial-conference",
            MeetingKind::CoreGroup => "plan-meeting-core-group",
            MeetingKind::Review => "plan-meeting-review",
        }
    }
}

impl Keyed for Action {
    fn id(&self) -> u64 {
        self.id
    }
}

impl Keyed for Meeting {
    fn id(&self) -> u64 {
        self.id
    }
}

impl Action {
    /// Still to do and its date has passed.
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        self.status == ActionStatus::ToDo && self.by.is_some_and(|by| by < today)
    }
}

impl Document for Plan {
    const NAME: &'static str = "plan";
    const VERSION: u32 = 1;
    const PERSONAL: bool = true;
}

impl Plan {
    /// The actions by date, soonest first; those with no date last, in the order added.
    pub fn actions_by_date(&self) -> Vec<&Action> {
        let mut sorted: Vec<&Action> = self.actions.iter().collect();
        sorted.sort_by_key(|a| (a.by.is_none(), a.by));
        sorted
    }

    /// The meetings by date, most recent first (notes are read back from the latest).
    pub fn meetings_by_date(&self) -> Vec<&Meeting> {
        let mut sorted: Vec<&Meeting> = self.meetings.iter().collect();
        sorted.sort_by_key(|m| (m.date.is_none(), std::cmp::Reverse(m.date)));
        sorted
    }

    pub fn action_mut(&mut self, id: u64) -> Option<&mut Action> {
        list::find_mut(&mut self.actions, id)
    }

    pub fn meeting_mut(&mut self, id: u64) -> Option<&mut Meeting> {
        list::find_mut(&mut self.meetings, id)
    }

    pub fn remove_action(&mut self, id: u64) -> Option<Removed<Action>> {
        list::remove(&mut self.actions, id)
    }

    pub fn restore_action(&mut self, removed: Removed<Action>) {
        list::restore(&mut self.actions, removed)
    }

    pub fn remove_meeting(&mut self, id: u64) -> Option<Removed<Meeting>> {
        list::remove(&mut self.meetings, id)
    }

    pub fn restore_meeting(&mut self, removed: Removed<Meeting>) {
        list::restore(&mut self.meetings, removed)
    }

    pub fn overdue_count(&self, today: NaiveDate) -> usize {
        self.actions.iter().filter(|a| a.is_overdue(today)).count()
    }

    pub fn merge(&mut self, other: Plan) {
        list::merge(&mut self.actions, other.actions);
        list::merge(&mut self.meetings, other.meetings);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2027, 1, d).unwrap()
    }

    #[test]
    fn actions_sort_by_date_and_overdue_means_to_do_and_late() {
        let mut plan = Plan::default();
        for (id, by, status) in [
            (1, None, ActionStatus::ToDo),
            (2, Some(day(20)), ActionStatus::ToDo),
            (3, Some(day(5)), ActionStatus::ToDo),
            (4, Some(day(3)), ActionStatus::Done),
            (5, Some(day(4)), ActionStatus::NotDone),
        ] {
            plan.actions.push(Action {
                id,
                by,
                status,
                ..Action::default()
            });
        }
        let order: Vec<u64> = plan.actions_by_date().iter().map(|a| a.id).collect();
        assert_eq!(order, [4, 5, 3, 2, 1]);
        let today = day(10);
        let overdue: Vec<u64> = plan
            .actions
            .iter()
            .filter(|a| a.is_overdue(today))
            .map(|a| a.id)
            .collect();
        assert_eq!(overdue, [3]);
        assert_eq!(plan.overdue_count(today), 1);
        assert!(!plan.actions[2].is_overdue(day(5)), "due today is not late");
    }

    #[test]
    fn meetings_newest_first() {
        let mut plan = Plan::default();
        for (id, date) in [(1, Some(day(2))), (2, None), (3, Some(day(9)))] {
            plan.meetings.push(Meeting {
                id,
                date,
                ..Meeting::default()
            });
        }
        let order: Vec<u64> = plan.meetings_by_date().iter().map(|m| m.id).collect();
        assert_eq!(order, [3, 1, 2]);
    }
}
