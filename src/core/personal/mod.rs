//! The parent's own notes: checklist, questions, plan (actions and meetings) and contacts,
//! plus the backup file that carries all of them (plain, or sealed with the passcode). Each
//! is a storage [`Document`] with its own schema version; the browser layer only moves their
//! text in and out of storage.
//!
//! Items carry a numeric id chosen by the caller (the browser layer uses the clock plus a random
//! part), so two tabs, or a phone and an imported file, can add items without colliding, and a
//! change is always applied to an item by id, never by position.
//!
//! [`Document`]: crate::core::store::Document

mod backup;
mod checklist;
mod contacts;
mod kept_report;
mod list;
mod plan;
mod questions;
mod room;
mod sealed_copy;
mod stage;
mod stage_list;

pub use backup::{
    export, import, import_with_parts, merge, removed_by_replace, replace, ImportError, MyData,
    MAX_IMPORT_BYTES,
};
pub use checklist::{Checklist, Task};
pub use contacts::{mailto_href, tel_href, Contact, Contacts, Role};
pub use kept_report::KeptReport;
pub use list::{Keyed, Removed};
pub use plan::{Action, ActionStatus, Meeting, MeetingKind, Plan, Who};
pub use questions::{Question, Questions};
pub use room::{Attendee, MeetingRole};
pub use sealed_copy::{read_copy, seal_copy, KeptCopy, OpenCopyError, SealedCopy};
pub use stage::Stage;
pub use stage_list::{StageItem, StageList};

/// The words of an item that may have come from the guide's suggestions: the parent's own
/// text when there is any, else the suggestion's message id (shown in the reader's language).
pub enum Words<'a> {
    Own(&'a str),
    Suggested(&'static str),
    /// A suggestion this version of the app no longer has, and no text of the parent's.
    Missing,
}

pub(crate) fn words<'a>(text: &'a str, suggestion: Option<&str>) -> Words<'a> {
    if !text.trim().is_empty() {
        return Words::Own(text);
    }
    match suggestion.and_then(stage::find_suggestion) {
        Some(s) => Words::Suggested(s.key),
        None => Words::Missing,
    }
}

/// The message id of a suggestion's words; a placeholder message for an id this version of the
/// app no longer has.
pub fn suggestion_key(id: &str) -> &'static str {
    stage::find_suggestion(id).map_or("notes-missing-words", |s| s.key)
}

/// The message ids this module names (roles, statuses, kinds), for the locale tests.
pub fn message_ids() -> Vec<&'static str> {
    let mut ids = vec!["notes-missing-words"];
    ids.extend(Who::ALL.map(Who::message_key));
    ids.extend(ActionStatus::ALL.map(ActionStatus::message_key));
    ids.extend(MeetingKind::ALL.map(MeetingKind::message_key));
    ids.extend(Role::ALL.map(Role::message_key));
    ids
}
