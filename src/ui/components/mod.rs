//! Pieces of pages. Each component is one file, with its styles in the `.css` file of the same
//! name beside it (bundled into one stylesheet by scripts/bundle-css.sh).

mod advice_lines;
mod exit_site_choice;
mod exit_this_page;
mod guide_sections;
mod guide_text;
mod language_choice;
mod language_switcher;
mod main_nav;
mod nation_choice;
mod radio_group;
mod site_footer;
mod site_header;
mod skip_link;
mod stage_nav;
mod step_list;
mod suggestion_lists;
mod update_banner;

pub use advice_lines::AdviceLines;
pub use exit_site_choice::ExitSiteChoice;
pub use exit_this_page::{ExitChoice, ExitThisPage};
pub use guide_sections::GuideSections;
pub use guide_text::GuideText;
pub use language_choice::LanguageChoice;
pub use language_switcher::LanguageSwitcher;
pub use main_nav::MainNav;
pub use nation_choice::NationChoice;
pub use radio_group::{RadioGroup, RadioOption};
pub use site_footer::SiteFooter;
pub use site_header::SiteHeader;
pub use skip_link::SkipLink;
pub use stage_nav::StageNav;
pub use step_list::StepList;
pub use suggestion_lists::SuggestionLists;
pub use update_banner::UpdateBanner;
