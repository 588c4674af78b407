//! Suggested checklist actions and questions for each stage, in the parent's voice. The
//! personal tools offer them with one tap; their ids are stable because a parent's saved
//! checklist refers to them. Words: `suggest-<id>` in locales/*/suggestions.ftl.

use crate::core::routes::Route;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SuggestionKind {
    /// Something to do.
    Action,
    /// Something to ask.
    Question,
}

#[derive(Debug)]
pub struct Suggestion {
    pub id: &'static str,
    pub kind: SuggestionKind,
    pub key: &'static str,
}

macro_rules! list {
    ($($kind:ident $id:literal),* $(,)?) => {
        &[$(Suggestion { id: $id, kind: SuggestionKind::$kind, key: concat!("suggest-", $id) }),*]
    };
}

pub fn suggestions(route: Route) -> &'static [Suggestion] {
    match route {
        Route::Before => BEFORE,
        Route::During => DURING,
        Route::CoreGroup => CORE_GROUP,
        Route::Review => REVIEW,
        Route::Help => HELP,
        _ => &[],
    }
}

const BEFORE: &[Suggestion] = list![
    Action "before-ask-for-reports",
    Action "before-read-reports",
    Action "before-note-mistakes",
    Action "before-write-my-report",
    Action "before-send-my-report",
    Action "before-choose-supporter",
    Action "before-tell-who-is-coming",
    Action "before-call-solicitor",
    Action "before-ask-interpreter",
    Action "before-plan-childcare",
    Action "before-plan-journey",
    Question "before-q-worried-about",
    Question "before-q-evidence",
    Question "before-q-who-is-coming",
    Question "before-q-when-report",
    Question "before-q-solicitor-speak",
    Question "before-q-child-attend",
    Question "before-q-travel-help",
    Question "before-q-meet-chair",
];

const DURING: &[Suggestion] = list![
    Action "during-arrive-early",
    Action "during-bring-notes",
    Action "during-bring-my-report",
    Action "during-write-down-names",
    Action "during-say-what-is-going-well",
    Action "during-ask-for-break",
    Action "during-correct-mistakes",
    Action "during-ask-for-minutes",
    Action "during-disagreement-in-minutes",
    Question "during-q-what-worried",
    Question "during-q-what-change",
    Question "during-q-expected-of-me",
    Question "during-q-what-category",
    Question "during-q-who-social-worker",
    Question "during-q-who-core-group",
    Question "during-q-when-minutes",
    Question "during-q-what-support",
];

const CORE_GROUP: &[Suggestion] = list![
    Action "core-group-read-decision",
    Action "core-group-write-questions",
    Action "core-group-note-actions",
    Action "core-group-suggest-support",
    Action "core-group-involve-family",
    Action "core-group-ask-fgc",
    Action "core-group-save-numbers",
    Action "core-group-keep-diary",
    Question "core-group-q-what-by-when",
    Question "core-group-q-who-does-what",
    Question "core-group-q-how-often",
    Question "core-group-q-visits",
    Question "core-group-q-help-available",
    Question "core-group-q-assessment",
    Question "core-group-q-contingency",
    Question "core-group-q-copy-of-plan",
];

const REVIEW: &[Suggestion] = list![
    Action "review-list-changes",
    Action "review-note-difference",
    Action "review-read-reports",
    Action "review-gather-evidence",
    Action "review-ask-supporter",
    Action "review-think-about-support",
    Action "review-keep-letters",
    Action "review-call-solicitor-if-letter",
    Question "review-q-what-improved",
    Question "review-q-what-still-worries",
    Question "review-q-can-plan-end",
    Question "review-q-what-support-after",
    Question "review-q-next-review",
    Question "review-q-legal-planning",
    Question "review-q-what-letter-means",
    Question "review-q-changes-to-plan",
];

const HELP: &[Suggestion] = list![
    Action "help-write-to-chair",
    Action "help-keep-copies",
    Action "help-note-dates",
    Action "help-call-advice-line",
    Action "help-contact-complaints-team",
    Action "help-ask-for-advocate",
    Action "help-save-local-numbers",
    Action "help-check-legal-aid",
    Question "help-q-how-to-complain",
    Question "help-q-how-long",
    Question "help-q-who-decides",
    Question "help-q-ombudsman-when",
    Question "help-q-advocate",
    Question "help-q-different-worker",
    Question "help-q-record-meeting",
    Question "help-q-manager-contact",
];

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn every_stage_has_at_least_eight_of_each_kind_with_unique_ids() {
        let mut ids = HashSet::new();
        for route in Route::STAGES {
            let all = suggestions(route);
            for kind in [SuggestionKind::Action, SuggestionKind::Question] {
                let n = all.iter().filter(|s| s.kind == kind).count();
                assert!(n >= 8, "{route:?} has {n} of {kind:?}");
            }
            for s in all {
                assert!(ids.insert(s.id), "{} is used twice", s.id);
                assert!(
                    s.id.starts_with(route.slug()),
                    "{} belongs to {route:?}",
                    s.id
                );
            }
        }
    }
}
