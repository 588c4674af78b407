use super::list::{self, Keyed};
use super::stage_list::{StageItem, StageList};
use super::{words, Stage, Words};
use crate::core::content::SuggestionKind;
use crate::core::store::Document;
use serde::{Deserialize, Serialize};

/// My questions for the meetings, and the answers I was given. Kept as the `questions`
/// document.
pub type Questions = StageList<Question>;

#[derive(Serialize, Deserialize, Debug, Clone, Default, PartialEq, Eq)]
#[serde(default)]
pub struct Question {
    pub id: u64,
    pub stage: Stage,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suggestion: Option<String>,
    pub text: String,
    pub asked: bool,
    pub answer: String,
}

impl Keyed for Question {
    fn id(&self) -> u64 {
        self.id
    }
}

impl StageItem for Question {
    const KIND: SuggestionKind = SuggestionKind::Question;
    fn new(id: u64, stage: Stage, suggestion: Option<String>, text: String) -> Self {
        Question {
            id,
            stage,
            suggestion,
            text,
            ..Question::default()
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

impl Question {
    pub fn words(&self) -> Words<'_> {
        words(&self.text, self.suggestion.as_deref())
    }
}

impl Document for Questions {
    const NAME: &'static str = "questions";
    const VERSION: u32 = 1;
    const PERSONAL: bool = true;
}

impl Questions {
    /// The questions still to ask, those of `first` (the next meeting's stage) first.
    pub fn to_ask(&self, first: Option<Stage>) -> Vec<&Question> {
        let mut open: Vec<&Question> = self.items.iter().filter(|q| !q.asked).collect();
        // A stable sort keeps the parent's own order within each group.
        open.sort_by_key(|q| Some(q.stage) != first);
        open
    }

    pub fn set_asked(&mut self, id: u64, asked: bool) {
        if let Some(q) = list::find_mut(&mut self.items, id) {
            q.asked = asked;
        }
    }

    /// Keeps the answer exactly as typed (it is saved as the parent types).
    pub fn set_answer(&mut self, id: u64, answer: &str) {
        if let Some(q) = list::find_mut(&mut self.items, id) {
            q.answer = answer.to_string();
        }
    }

    /// The questions as plain text, to share or copy: one line each, the answer under it.
    /// `text_of` gives a suggested question's words in the reader's language.
    pub fn as_text(&self, only_open: bool, text_of: impl Fn(&Question) -> String) -> String {
        let mut out = String::new();
        for q in self.items.iter().filter(|q| !only_open || !q.asked) {
            out.push_str("- ");
            out.push_str(&text_of(q));
            out.push('\n');
            if !q.answer.trim().is_empty() {
                out.push_str("  ");
                out.push_str(q.answer.trim());
                out.push('\n');
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn to_ask_puts_the_next_meeting_first_and_leaves_out_asked_ones() {
        let mut qs = Questions::default();
        qs.add_own(1, Stage::Before, "A");
        qs.add_own(2, Stage::CoreGroup, "B");
        qs.add_own(3, Stage::Before, "C");
        qs.add_own(4, Stage::CoreGroup, "D");
        qs.set_asked(4, true);
        let order: Vec<u64> = qs
            .to_ask(Some(Stage::CoreGroup))
            .iter()
            .map(|q| q.id)
            .collect();
        assert_eq!(order, [2, 1, 3]);
        let order: Vec<u64> = qs.to_ask(None).iter().map(|q| q.id).collect();
        assert_eq!(order, [1, 2, 3]);
    }

    #[test]
    fn as_text_lists_questions_and_answers() {
        let mut qs = Questions::default();
        qs.add_own(1, Stage::During, "Who is the chair?");
        qs.add_own(2, Stage::During, "When are the minutes sent?");
        qs.set_answer(2, "Within 15 working days ");
        qs.set_asked(2, true);
        let text = |q: &Question| q.text.clone();
        assert_eq!(
            qs.as_text(false, text),
            "- Who is the chair?\n- When are the minutes sent?\n  Within 15 working days\n"
        );
        assert_eq!(qs.as_text(true, text), "- Who is the chair?\n");
    }

    #[test]
    fn merge_skips_ids_and_suggestions_already_here() {
        let mut phone = Questions::default();
        let s = phone.offered(Stage::Review)[0];
        phone.add_suggestion(1, s);
        phone.add_own(2, Stage::Review, "mine");
        let mut file = Questions::default();
        file.add_suggestion(9, s);
        file.add_own(2, Stage::Review, "other words, same id");
        file.add_own(3, Stage::Help, "new");
        phone.merge(file);
        let ids: Vec<u64> = phone.items.iter().map(|q| q.id).collect();
        assert_eq!(ids, [1, 2, 3]);
        assert_eq!(phone.items[1].text, "mine");
    }
}
