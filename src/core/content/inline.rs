//! Glossary terms inside messages.
//!
//! A message marks a term as `[[term-id|the words shown]]`, for example
//! `the [[core-group|core group]] meets`. The words are the translator's; the id names the
//! glossary entry. The first use of each term on a page becomes a link to its meaning.

/// A run of message text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inline {
    Text(String),
    Term {
        id: String,
        text: String,
        first: bool,
    },
}

/// Splits formatted message text into plain runs and marked terms. Malformed markup (an
/// unclosed `[[`, a missing `|`) stays as plain text rather than vanishing.
pub fn parse_inline(text: &str) -> Vec<Inline> {
    let mut out = Vec::new();
    let mut rest = text;
    let mut plain = String::new();
    while let Some(start) = rest.find("[[") {
        let after = &rest[start + 2..];
        let parsed = after.find("]]").and_then(|end| {
            let (id, shown) = after[..end].split_once('|')?;
            let valid_id = !id.is_empty()
                && id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            (valid_id && !shown.is_empty()).then(|| (id.to_string(), shown.to_string(), end))
        });
        match parsed {
            Some((id, shown, end)) => {
                plain.push_str(&rest[..start]);
                if !plain.is_empty() {
                    out.push(Inline::Text(std::mem::take(&mut plain)));
                }
                out.push(Inline::Term {
                    id,
                    text: shown,
                    first: false,
                });
                rest = &after[end + 2..];
            }
            None => {
                plain.push_str(&rest[..start + 2]);
                rest = after;
            }
        }
    }
    plain.push_str(rest);
    if !plain.is_empty() {
        out.push(Inline::Text(plain));
    }
    out
}

/// Marks the first use of each term, in reading order across a whole page.
pub fn mark_first_uses<'a>(runs: impl IntoIterator<Item = &'a mut Inline>) {
    let mut seen = std::collections::HashSet::new();
    for run in runs {
        if let Inline::Term { id, first, .. } = run {
            *first = seen.insert(id.clone());
        }
    }
}

/// The term ids a message's text refers to.
pub fn term_ids(text: &str) -> Vec<String> {
    parse_inline(text)
        .into_iter()
        .filter_map(|run| match run {
            Inline::Term { id, .. } => Some(id),
            Inline::Text(_) => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Inline {
        Inline::Text(s.into())
    }
    fn term(id: &str, s: &str) -> Inline {
        Inline::Term {
            id: id.into(),
            text: s.into(),
            first: false,
        }
    }

    #[test]
    fn parses_terms_between_text() {
        assert_eq!(
            parse_inline(
                "The [[core-group|core group]] meets within 10 [[working-day|working days]]."
            ),
            vec![
                text("The "),
                term("core-group", "core group"),
                text(" meets within 10 "),
                term("working-day", "working days"),
                text(".")
            ]
        );
        assert_eq!(
            parse_inline("[[minutes|Minutes]]"),
            vec![term("minutes", "Minutes")]
        );
        assert_eq!(parse_inline(""), vec![]);
    }

    #[test]
    fn malformed_markup_stays_as_text() {
        for s in [
            "a [[b",
            "a [[b]] c",
            "a [[|x]] c",
            "a [[B C|x]] c",
            "[[x|]]",
            "]] [[",
        ] {
            assert_eq!(parse_inline(s), vec![text(s)], "{s}");
        }
        assert_eq!(
            parse_inline("[[x [[y|z]]"),
            vec![text("[[x "), term("y", "z")]
        );
    }

    #[test]
    fn only_the_first_use_on_a_page_is_marked() {
        let mut page = [
            parse_inline("[[a|A]] and [[b|B]]"),
            parse_inline("[[a|again]] [[c|C]] [[b|B]]"),
        ];
        mark_first_uses(page.iter_mut().flatten());
        let firsts: Vec<(String, bool)> = page
            .iter()
            .flatten()
            .filter_map(|r| match r {
                Inline::Term { id, first, .. } => Some((id.clone(), *first)),
                _ => None,
            })
            .collect();
        let expect = [
            ("a", true),
            ("b", true),
            ("a", false),
            ("c", true),
            ("b", false),
        ];
        assert_eq!(firsts, expect.map(|(i, f)| (i.to_string(), f)).to_vec());
    }
}
