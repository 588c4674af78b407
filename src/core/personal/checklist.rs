use super::list::{self, Keyed};
use super::stage_list::{StageItem, StageList};
use super::{words, Stage, Words};
use crate::core::content::SuggestionKind;
use crate::core::store::Document;
use serde::{Deserialize, Serialize};

/// My checklist: things to do, grouped by stage. Kept as the `checklist` document.
pub type Checklist = StageList<Task>;

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

impl StageItem for Task {
    const KIND: SuggestionKind = SuggestionKind::Action;
    fn new(id: u64, stage: Stage, suggestion: Option<String>, text: String) -> Self {
        Task {
            id,
            stage,
            suggestion,
            text,
            done: false,
        }
    }
    fn stage(&self) -> Stage {
        self.stage
    }
    fn suggestion(&self) -> Option<&str> {
        self.suggestion.as_deref()
    }
    fn text(&self) -> &str {
        &self.text
    }
    fn text_mut(&mut self) -> &mut String {
        &mut self.text
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
    /// (done, total) for a stage: "3 of 8 done".
    pub fn progress(&self, stage: Stage) -> (usize, usize) {
        let total = self.in_stage(stage).count();
        let done = self.in_stage(stage).filter(|t| t.done).count();
        (done, total)
    }

    pub fn set_done(&mut self, id: u64, done: bool) {
        if let Some(t) = list::find_mut(&mut self.items, id) {
            t.done = done;
        }
    }
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
