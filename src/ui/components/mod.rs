//! Pieces of pages. Each component is one file, with its styles in the `.css` file of the same
//! name beside it (bundled into one stylesheet by scripts/bundle-css.sh).

mod add_own_form;
mod advice_lines;
mod checklist_item;
mod contact_card;
mod delete_all_data;
mod document_actions;
mod edit_words;
mod exit_site_choice;
mod exit_this_page;
mod guide_sections;
mod guide_text;
mod item_tools;
mod kept_copies;
mod language_choice;
mod language_switcher;
mod letter_language_choice;
mod listen_controls;
mod lock_bar;
mod main_nav;
mod meeting_record;
mod my_details_fields;
mod nation_choice;
mod passcode_settings;
mod plain_name_choice;
mod plan_action;
mod points_editor;
mod question_card;
mod radio_group;
mod site_footer;
mod site_header;
mod skip_link;
mod stage_nav;
mod step_list;
mod storage_problem_banner;
mod suggestion_lists;
mod suggestion_offer;
mod text_size_choice;
mod translation_notice;
mod undo_notice;
mod unlock_form;
mod update_banner;
mod who_is_in_the_room;

pub use add_own_form::AddOwnForm;
pub use advice_lines::AdviceLines;
pub use checklist_item::ChecklistItem;
pub use contact_card::ContactCard;
pub use delete_all_data::DeleteAllData;
pub use document_actions::DocumentActions;
pub use edit_words::EditWords;
pub use exit_site_choice::ExitSiteChoice;
pub use exit_this_page::{ExitChoice, ExitThisPage};
pub use guide_sections::GuideSections;
pub use guide_text::GuideText;
pub use item_tools::ItemTools;
pub use kept_copies::KeptCopies;
pub use language_choice::LanguageChoice;
pub use language_switcher::{LanguageLoadError, LanguageSwitcher};
pub use letter_language_choice::LetterLanguageChoice;
pub use listen_controls::ListenControls;
pub use lock_bar::LockBar;
pub use main_nav::MainNav;
pub use meeting_record::MeetingRecord;
pub use my_details_fields::MyDetailsFields;
pub use nation_choice::NationChoice;
pub use passcode_settings::{PasscodeNotices, PasscodeSettings};
pub use plain_name_choice::{PlainName, PlainNameChoice};
pub use plan_action::PlanAction;
pub use points_editor::PointsEditor;
pub use question_card::QuestionCard;
pub use radio_group::{RadioGroup, RadioOption};
pub use site_footer::SiteFooter;
pub use site_header::SiteHeader;
pub use skip_link::SkipLink;
pub use stage_nav::StageNav;
pub use step_list::StepList;
pub use storage_problem_banner::StorageProblemBanner;
pub use suggestion_lists::SuggestionLists;
pub use suggestion_offer::SuggestionOffer;
pub use text_size_choice::TextSizeChoice;
pub use translation_notice::TranslationNotice;
pub use undo_notice::UndoNotice;
pub use unlock_form::{refused_passcode_message, PasscodeInput, UnlockForm};
pub use update_banner::UpdateBanner;
pub use who_is_in_the_room::WhoIsInTheRoom;

use crate::core::personal::Words;
use crate::ui::i18n::I18n;

/// An item's words for the screen: the parent's own, or the suggestion's in the reader's
/// language. Shown as text, never as markup.
pub fn words_text(i18n: I18n, words: Words<'_>) -> String {
    match words {
        Words::Own(text) => text.to_string(),
        Words::Suggested(key) => i18n.t(key),
        Words::Missing => i18n.t("notes-missing-words"),
    }
}

/// What to say once a file was offered for download: `done` (what was downloaded), where
/// the phone put it and that it can be deleted there, since a file left in Downloads can give
/// the parent away; or that the browser refused.
pub fn download_outcome(i18n: I18n, done: String, offered: Option<()>) -> String {
    match offered {
        Some(()) => format!("{done} {}", i18n.t("download-where")),
        None => i18n.t("backup-download-failed"),
    }
}

/// Says in `said` what became of a download made after a wait (its file's code fetched first),
/// unless the part of the page that asked has gone meanwhile: the file is downloaded all the same.
pub fn tell_download_outcome(
    said: leptos::prelude::RwSignal<Option<String>>,
    i18n: I18n,
    done: String,
    offered: Option<()>,
) {
    use leptos::prelude::{IsDisposed, Set};
    if !said.is_disposed() {
        said.set(Some(download_outcome(i18n, done, offered)));
    }
}
