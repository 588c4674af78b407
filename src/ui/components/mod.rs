//! Pieces of pages. Each component is one file, with its styles in the `.css` file of the same
//! name beside it (bundled into one stylesheet by scripts/bundle-css.sh).

mod language_choice;
mod language_switcher;
mod main_nav;
mod site_footer;
mod site_header;
mod skip_link;
mod step_list;
mod update_banner;

pub use language_choice::LanguageChoice;
pub use language_switcher::LanguageSwitcher;
pub use main_nav::MainNav;
pub use site_footer::SiteFooter;
pub use site_header::SiteHeader;
pub use skip_link::SkipLink;
pub use step_list::StepList;
pub use update_banner::UpdateBanner;
