//! Languages and message catalogues.
//!
//! Messages live in `locales/<code>/*.ftl` (Project Fluent). The browser downloads only the
//! active language's files at run time, and [`Catalog`] formats them with `fluent-bundle`.

mod catalog;
mod language;
pub mod pseudo;

pub use catalog::{Catalog, CatalogError};
pub use language::{Direction, Language};

/// Files of words only one page or tool needs, fetched when it is opened
/// (ui::i18n::use_page_words); every language has them too.
pub const PAGE_LOCALE_FILES: &[&str] = &[
    "room.ftl",
    "report-terms.ftl",
    "have-my-say.ftl",
    "share.ftl",
];

/// The files every locale folder holds, in load order. The app fetches exactly these for the
/// active language; the host tests check that every language has all of them.
pub const LOCALE_FILES: &[&str] = &[
    "app.ftl",
    "guide.ftl",
    "glossary.ftl",
    "suggestions.ftl",
    "safety.ftl",
    "notes.ftl",
];
