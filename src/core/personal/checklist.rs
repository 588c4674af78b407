use super::list::{self, Keyed, Removed};
use super::{words, Stage, Words};
use crate::core::content::SuggestionKind;
use crate::core::store::Document;
use serde::{Deserialize, Serialize};

/// My checklist: things to do, grouped by stage. Kept as the `checklist` document.
#[derive(Serialize, Deserialize, Debug, Clone, Default, PartialEq, Eq)]
#[serde(default)]
pub struct Checklist {
    pub items: Vec<Task>,
    /// Suggestions the parent said were not for them (by suggestion id).
    pub dismissed: Vec<String>,
}

#[derive(Serialize, Deserialize, Debug, Clone, Default, PartialEq, Eq)]
#[serde(default)]
pub struct Task {
    pub id: u64,
    pub stage: Stage,
    /// Set when the task was added from the guide's suggestions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suggestion: Option<String>,
    /// The parent's own words (empty for an unedited suggestion).
    pub text: String,
    pub done: bool,
}

impl Keyed for Task {
    fn id(&self) -> u64 {
        self.id
    }
}

impl Task {
    pub fn words(&self) -> Words<'_> {
        words(&self.text, self.suggestion.as_deref())
    }
}

impl Document for Checklist {
    const NAME: &'static str = "checklist";
    const VERSION: u32 = 1;
    const PERSONAL: bool = true;
}

impl Checklist {
    pub fn in_stage(&self, stage: Stage) -> impl Iterator<Item = &Task> {
        self.items.iter().filter(move |t| t.stage == stage)
    }

    /// (done, total) for a stage: "3 of 8 done".
    pub fn progress(&self, stage: Stage) -> (usize, usize) {
        let total = self.in_stage(stage).count();
        let done = self.in_stage(stage).filter(|t| t.done).count();
        (done, total)
    }

    pub fn add_own(&mut self, id: u64, stage: Stage, text: &str) -> bool {
        let text = text.trim();
        if text.is_empty() {
            return false;
        }
        self.items.push(Task {
            id,
            stage,
            text: text.to_string(),
            ..Task::default()
        });
        true
    }

    /// Adds a suggested action; does nothing if it is already on the list.
    pub fn add_suggestion(&mut self, id: u64, suggestion: &str) -> bool {
        let Some(found) = super::stage::find_suggestion(suggestion) else {
            return false;
        };
        let stage = Stage::ALL
            .into_iter()
            .find(|s| s.suggestions().iter().any(|x| x.id == found.id))
            .unwrap_or_default();
        if self.has_suggestion(suggestion) {
            return false;
        }
        self.dismissed.retain(|d| d != suggestion);
        self.items.push(Task {
            id,
            stage,
            suggestion: Some(found.id.to_string()),
            ..Task::default()
        });
        true
    }

    pub fn has_suggestion(&self, suggestion: &str) -> bool {
        self.items
            .iter()
            .any(|t| t.suggestion.as_deref() == Some(suggestion))
    }

    /// Suggested actions for a stage that are neither on the list nor dismissed.
    pub fn offered(&self, stage: Stage) -> Vec<&'static str> {
        offered(stage, SuggestionKind::Action, |id| {
            self.has_suggestion(id) || self.dismissed.iter().any(|d| d == id)
        })
    }

    pub fn dismiss(&mut self, suggestion: &str) {
        if !self.dismissed.iter().any(|d| d == suggestion) {
            self.dismissed.push(suggestion.to_string());
        }
    }

    /// Brings back the dismissed suggestions of one stage.
    pub fn undismiss_stage(&mut self, stage: Stage) {
        let ids: Vec<&str> = stage.suggestions().iter().map(|s| s.id).collect();
        self.dismissed.retain(|d| !ids.contains(&d.as_str()));
    }

    pub fn dismissed_in(&self, stage: Stage) -> usize {
        stage
            .suggestions()
            .iter()
            .filter(|s| {
                s.kind == SuggestionKind::Action && self.dismissed.iter().any(|d| d == s.id)
            })
            .count()
    }

    pub fn set_done(&mut self, id: u64, done: bool) {
        if let Some(t) = list::find_mut(&mut self.items, id) {
            t.done = done;
        }
    }

    /// Replaces the words; an empty edit keeps the old words.
    pub fn edit(&mut self, id: u64, text: &str) {
        if let Some(t) = list::find_mut(&mut self.items, id) {
            if !text.trim().is_empty() {
                t.text = text.trim().to_string();
            }
        }
    }

    pub fn remove(&mut self, id: u64) -> Option<Removed<Task>> {
        list::remove(&mut self.items, id)
    }

    pub fn restore(&mut self, removed: Removed<Task>) {
        list::restore(&mut self.items, removed)
    }

    pub fn shift(&mut self, id: u64, up: bool) -> bool {
        list::shift(&mut self.items, id, up, |a, b| a.stage == b.stage)
    }

    pub fn merge(&mut self, other: Checklist) {
        for d in other.dismissed {
            self.dismiss(&d);
        }
        let incoming = other
            .items
            .into_iter()
            .filter(|t| {
                t.suggestion
                    .as_deref()
                    .is_none_or(|s| !self.has_suggestion(s))
            })
            .collect();
        list::merge(&mut self.items, incoming);
    }
}

/// Suggestions of `kind` for `stage` that `taken` does not rule out.
pub(crate) fn offered(
    stage: Stage,
    kind: SuggestionKind,
    taken: impl Fn(&str) -> bool,
) -> Vec<&'static str> {
    stage
        .suggestions()
        .iter()
        .filter(|s| s.kind == kind && !taken(s.id))
        .map(|s| s.id)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions_are_added_once_and_leave_the_offer() {
        let mut list = Checklist::default();
        let offered = list.offered(Stage::Before);
        assert!(offered.len() >= 8);
        assert!(list.add_suggestion(1, offered[0]));
        assert!(!list.add_suggestion(2, offered[0]));
        list.dismiss(offered[1]);
        assert_eq!(list.offered(Stage::Before).len(), offered.len() - 2);
        assert_eq!(list.dismissed_in(Stage::Before), 1);
        list.undismiss_stage(Stage::Before);
        assert_eq!(list.offered(Stage::Before).len(), offered.len() - 1);
        assert!(matches!(list.items[0].words(), Words::Suggested(k) if k.starts_with("suggest-")));
        assert!(!list.add_suggestion(3, "no-such-suggestion"));
    }

    #[test]
    fn progress_counts_done_items_per_stage() {
        let mut list = Checklist::default();
        list.add_own(1, Stage::Review, "Ring the school");
        list.add_own(2, Stage::Review, "Find the letter");
        assert!(!list.add_own(3, Stage::Review, "   "));
        list.add_own(4, Stage::Before, "Read the report");
        list.set_done(2, true);
        assert_eq!(list.progress(Stage::Review), (1, 2));
        assert_eq!(list.progress(Stage::Before), (0, 1));
        assert_eq!(list.progress(Stage::Help), (0, 0));
    }

    #[test]
    fn editing_a_suggestion_makes_it_the_parents_words() {
        let mut list = Checklist::default();
        let id = list.offered(Stage::During)[0];
        list.add_suggestion(7, id);
        list.edit(7, "  Get there by ten  ");
        assert!(matches!(
            list.items[0].words(),
            Words::Own("Get there by ten")
        ));
        list.edit(7, " ");
        assert!(matches!(
            list.items[0].words(),
            Words::Own("Get there by ten")
        ));
    }
}
