//! The building blocks of a guide page.

use super::Nation;

/// One piece of a section. Each names messages; none holds words.
#[derive(Debug)]
pub enum Block {
    /// A paragraph.
    Para(&'static str),
    /// A smaller heading inside a section (`h3`).
    Subheading(&'static str),
    /// A bulleted list, one message per item.
    List(&'static [&'static str]),
    /// Text set apart because it matters most (inset, with a bar).
    Callout(&'static str),
    /// Blocks for readers in one nation only.
    Only(Nation, &'static [Block]),
    /// The national advice lines, with tap-to-call numbers.
    AdviceLines,
    /// A link to one of the reader's own tools: (route slug, link text message).
    ToolLink(&'static str, &'static str),
}

/// A titled part of a page (`h2`), with a stable anchor.
#[derive(Debug)]
pub struct Section {
    pub id: &'static str,
    pub heading: &'static str,
    pub blocks: &'static [Block],
}

impl Section {
    /// The blocks a reader in `nation` sees, in order, with nation-only blocks unwrapped.
    pub fn blocks_for(&self, nation: Nation) -> Vec<&'static Block> {
        fn walk(blocks: &'static [Block], nation: Nation, out: &mut Vec<&'static Block>) {
            for block in blocks {
                match block {
                    Block::Only(only, inner) if *only == nation => walk(inner, nation, out),
                    Block::Only(..) => {}
                    other => out.push(other),
                }
            }
        }
        let mut out = Vec::new();
        walk(self.blocks, nation, &mut out);
        out
    }

    pub(super) fn collect_ids(&self, ids: &mut Vec<&'static str>) {
        fn walk(blocks: &'static [Block], ids: &mut Vec<&'static str>) {
            for block in blocks {
                match block {
                    Block::Para(k)
                    | Block::Subheading(k)
                    | Block::Callout(k)
                    | Block::ToolLink(_, k) => ids.push(k),
                    Block::List(items) => ids.extend(items.iter()),
                    Block::Only(_, inner) => walk(inner, ids),
                    Block::AdviceLines => {}
                }
            }
        }
        ids.push(self.heading);
        walk(self.blocks, ids);
    }
}
