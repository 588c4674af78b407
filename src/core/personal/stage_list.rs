//! A list of the parent's items grouped by stage, some added from the guide's suggestions:
//! what the checklist and the questions have in common (they differ only in their items).

use super::list::{self, Keyed, Removed};
use super::Stage;
use crate::core::content::SuggestionKind;
use serde::{Deserialize, Serialize};

/// An item of a [`StageList`].
pub trait StageItem: Keyed {
    /// Which of the guide's suggestions the list offers.
    const KIND: SuggestionKind;
    fn new(id: u64, stage: Stage, suggestion: Option<String>, text: String) -> Self;
    fn stage(&self) -> Stage;
    fn suggestion(&self) -> Option<&str>;
    /// The parent's own words (empty for an unedited suggestion).
    fn text(&self) -> &str;
    fn text_mut(&mut self) -> &mut String;
}

#[derive(Serialize, Deserialize, Debug, Clone, Default, PartialEq, Eq)]
#[serde(default)]
pub struct StageList<T> {
    pub items: Vec<T>,
    /// Suggestions the parent said were not for them (by suggestion id).
    pub dismissed: Vec<String>,
}

impl<T: StageItem> StageList<T> {
    pub fn in_stage(&self, stage: Stage) -> impl Iterator<Item = &T> {
        self.items.iter().filter(move |t| t.stage() == stage)
    }

    pub fn add_own(&mut self, id: u64, stage: Stage, text: &str) -> bool {
        let text = text.trim();
        if text.is_empty() {
            return false;
        }
        self.items.push(T::new(id, stage, None, text.to_string()));
        true
    }

    /// Whether the parent has these words on the list already (in any stage; spaces around them
    /// do not count; no words are never held): a question offered in two places is added once.
    pub fn holds_own(&self, text: &str) -> bool {
        let text = text.trim();
        !text.is_empty() && self.items.iter().any(|t| t.text().trim() == text)
    }

    /// Adds one of the guide's suggestions; does nothing if it is already on the list or is
    /// not a suggestion of this kind.
    pub fn add_suggestion(&mut self, id: u64, suggestion: &str) -> bool {
        let Some(stage) = Stage::ALL.into_iter().find(|s| {
            s.suggestions()
                .iter()
                .any(|x| x.id == suggestion && x.kind == T::KIND)
        }) else {
            return false;
        };
        if self.has_suggestion(suggestion) {
            return false;
        }
        self.dismissed.retain(|d| d != suggestion);
        self.items.push(T::new(
            id,
            stage,
            Some(suggestion.to_string()),
            String::new(),
        ));
        true
    }

    pub fn has_suggestion(&self, suggestion: &str) -> bool {
        self.items
            .iter()
            .any(|t| t.suggestion() == Some(suggestion))
    }

    fn is_dismissed(&self, suggestion: &str) -> bool {
        self.dismissed.iter().any(|d| d == suggestion)
    }

    /// The stage's suggestions that are neither on the list nor dismissed.
    pub fn offered(&self, stage: Stage) -> Vec<&'static str> {
        stage
            .suggestions()
            .iter()
            .filter(|s| s.kind == T::KIND && !self.has_suggestion(s.id) && !self.is_dismissed(s.id))
            .map(|s| s.id)
            .collect()
    }

    pub fn dismiss(&mut self, suggestion: &str) {
        if !self.is_dismissed(suggestion) {
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
            .filter(|s| s.kind == T::KIND && self.is_dismissed(s.id))
            .count()
    }

    /// Replaces the words; an empty edit keeps the old words.
    pub fn edit(&mut self, id: u64, text: &str) {
        if let Some(item) = list::find_mut(&mut self.items, id) {
            if !text.trim().is_empty() {
                *item.text_mut() = text.trim().to_string();
            }
        }
    }

    pub fn remove(&mut self, id: u64) -> Option<Removed<T>> {
        list::remove(&mut self.items, id)
    }

    pub fn restore(&mut self, removed: Removed<T>) {
        list::restore(&mut self.items, removed)
    }

    pub fn shift(&mut self, id: u64, up: bool) -> bool {
        list::shift(&mut self.items, id, up, |a, b| a.stage() == b.stage())
    }

    /// Adds the file's items the phone lacks (by id, and by suggestion), and its dismissals.
    pub fn merge(&mut self, other: StageList<T>) {
        for d in other.dismissed {
            self.dismiss(&d);
        }
        let incoming = other
            .items
            .into_iter()
            .filter(|t| t.suggestion().is_none_or(|s| !self.has_suggestion(s)))
            .collect();
        list::merge(&mut self.items, incoming);
    }
}
