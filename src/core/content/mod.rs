//! The guide's content catalogue: the structure of every stage page (sections, paragraphs,
//! lists), the glossary, the advice lines and the suggested actions and questions. Words live
//! in the `.ftl` files; this module only names the messages and orders them.

mod advice;
mod glossary;
mod inline;
mod nation;
mod page;
mod render;
mod stages;
mod suggestions;

pub use advice::{AdviceLine, ADVICE_LINES};
pub use glossary::{find as glossary_term, GlossaryTerm, GLOSSARY};
pub use inline::{mark_first_uses, parse_inline, term_ids, Inline};
pub use nation::Nation;
pub use page::{Block, Section};
pub use render::{plain_text, render_page, RenderedBlock, RenderedPage, RenderedSection};
pub use stages::page_sections;
pub use suggestions::{suggestions, Suggestion, SuggestionKind};

use crate::core::routes::Route;

/// Every message id the content catalogue names, for the locale tests.
pub fn message_ids() -> Vec<&'static str> {
    let mut ids = Vec::new();
    for route in Route::ALL {
        for section in page_sections(route) {
            section.collect_ids(&mut ids);
        }
    }
    for term in GLOSSARY {
        ids.push(term.term_key);
        ids.push(term.meaning_key);
    }
    for line in ADVICE_LINES {
        ids.push(line.name_key);
        ids.push(line.about_key);
        ids.extend(line.hours_key);
    }
    for route in Route::STAGES {
        ids.extend(suggestions(route).iter().map(|s| s.key));
    }
    ids.extend(
        crate::core::dates::Milestone::ALL
            .iter()
            .flat_map(|m| [m.message_key(), m.plain_message_key()]),
    );
    ids.extend(crate::core::dates::MONTH_KEYS);
    ids.extend(crate::core::dates::WEEKDAY_KEYS);
    ids.extend(["date-long", "date-full"]);
    ids.extend(crate::core::personal::message_ids());
    ids
}
