//! Turns a stage page's structure into the text a reader in one nation sees: every message
//! formatted, glossary markup parsed, and the first use of each term on the page marked so
//! the view can link it. Pure, so the host tests can read every page in every language.

use super::inline::{mark_first_uses, parse_inline, Inline};
use super::page::Block;
use super::{page_sections, Nation};
use crate::core::routes::Route;

#[derive(Debug, Clone, PartialEq)]
pub enum RenderedBlock {
    Para(Vec<Inline>),
    Subheading(String),
    List(Vec<Vec<Inline>>),
    Callout(Vec<Inline>),
    AdviceLines,
    /// A link to one of the guide's tools, by its slug in the route table.
    ToolLink {
        slug: &'static str,
        text: String,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct RenderedSection {
    pub id: &'static str,
    pub heading: String,
    pub blocks: Vec<RenderedBlock>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RenderedPage {
    pub intro: Vec<Inline>,
    pub sections: Vec<RenderedSection>,
}

/// The words of a run list, without markup (for headings, where a link would not belong).
pub fn plain_text(runs: &[Inline]) -> String {
    runs.iter()
        .map(|run| match run {
            Inline::Text(t) => t.as_str(),
            Inline::Term { text, .. } => text.as_str(),
        })
        .collect()
}

/// Renders a guide page (a stage, or another written page such as "Cover your tracks"). `format` turns a message id into text for the reader's language and
/// nation (the caller passes `$nation` to Fluent).
pub fn render_page(route: Route, nation: Nation, format: impl Fn(&str) -> String) -> RenderedPage {
    let mut page = RenderedPage {
        intro: parse_inline(&format(route.intro_key())),
        sections: Vec::new(),
    };
    for section in page_sections(route) {
        let blocks = section
            .blocks_for(nation)
            .into_iter()
            .map(|block| match block {
                Block::Para(k) => RenderedBlock::Para(parse_inline(&format(k))),
                Block::Subheading(k) => {
                    RenderedBlock::Subheading(plain_text(&parse_inline(&format(k))))
                }
                Block::List(items) => {
                    RenderedBlock::List(items.iter().map(|k| parse_inline(&format(k))).collect())
                }
                Block::Callout(k) => RenderedBlock::Callout(parse_inline(&format(k))),
                Block::AdviceLines => RenderedBlock::AdviceLines,
                Block::ToolLink(slug, k) => RenderedBlock::ToolLink {
                    slug,
                    text: format(k),
                },
                Block::Only(..) => unreachable!("blocks_for unwraps nation-only blocks"),
            })
            .collect();
        page.sections.push(RenderedSection {
            id: section.id,
            heading: plain_text(&parse_inline(&format(section.heading))),
            blocks,
        });
    }
    mark_first_uses(page.runs_mut());
    page
}

impl RenderedPage {
    /// Every run of the page in reading order.
    pub fn runs_mut(&mut self) -> impl Iterator<Item = &mut Inline> {
        let intro = self.intro.iter_mut();
        let body = self
            .sections
            .iter_mut()
            .flat_map(|s| s.blocks.iter_mut())
            .flat_map(|b| {
                let runs: Vec<&mut Inline> = match b {
                    RenderedBlock::Para(r) | RenderedBlock::Callout(r) => r.iter_mut().collect(),
                    RenderedBlock::List(items) => items.iter_mut().flatten().collect(),
                    _ => Vec::new(),
                };
                runs
            });
        intro.chain(body)
    }

    pub fn runs(&self) -> Vec<&Inline> {
        let mut out: Vec<&Inline> = self.intro.iter().collect();
        for block in self.sections.iter().flat_map(|s| &s.blocks) {
            match block {
                RenderedBlock::Para(r) | RenderedBlock::Callout(r) => out.extend(r),
                RenderedBlock::List(items) => out.extend(items.iter().flatten()),
                _ => {}
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nation_decides_which_blocks_appear_and_terms_link_once() {
        let fake = |key: &str| format!("{key} about the [[core-group|core group]]");
        for nation in Nation::ALL {
            let page = render_page(Route::During, nation, fake);
            let firsts = page
                .runs()
                .into_iter()
                .filter(|r| matches!(r, Inline::Term { first: true, .. }))
                .count();
            assert_eq!(firsts, 1, "one linked use of the term per page");
            let text = format!("{page:?}");
            assert_eq!(
                text.contains("during-decisions-register"),
                nation == Nation::Wales
            );
            assert_eq!(
                text.contains("during-decisions-no-register"),
                nation == Nation::England
            );
        }
    }
}
