//! The pseudo-language: English text that looks translated, for testing only.
//!
//! Every piece of message text is wrapped in `⟦ ⟧` and its vowels are doubled, which makes it
//! about 40% longer ("Before the conference" → "⟦Beefooree thee coonfeereencee⟧"). Text on
//! screen without the brackets was typed into the code instead of a `.ftl` file, and a layout
//! that breaks with the longer words would break in Polish or Welsh too.
//!
//! It works through `fluent-bundle`'s text transform, which sees only the literal text of a
//! message, never its variables. So numbers, dates and names pass unchanged, and the glossary
//! markup `[[term-id|words]]` keeps its id: only the words shown are changed.

use std::borrow::Cow;

pub const OPEN: char = '⟦';
pub const CLOSE: char = '⟧';

/// The transform `Catalog` hands to `FluentBundle::set_transform` for the pseudo-language.
pub fn transform(text: &str) -> Cow<'_, str> {
    if !text.chars().any(char::is_alphabetic) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() * 3 / 2 + 8);
    let mut rest = text;
    // Glossary markup: the id stays as it is. The words shown become a link of their own, so
    // they, and each piece of text around them, are bracketed on their own: every run of text
    // on screen then shows its brackets.
    while let Some(start) = rest.find("[[") {
        let Some(bar) = rest[start..].find('|').map(|i| start + i) else {
            break;
        };
        let Some(end) = rest[bar..].find("]]").map(|i| bar + i) else {
            break;
        };
        bracket_into(&rest[..start], &mut out);
        out.push_str(&rest[start..=bar]);
        bracket_into(&rest[bar + 1..end], &mut out);
        out.push_str("]]");
        rest = &rest[end + 2..];
    }
    bracket_into(rest, &mut out);
    Cow::Owned(out)
}

/// Lengthened text in brackets; text with nothing to read (a space, a full stop) stays bare.
fn bracket_into(text: &str, out: &mut String) {
    if text.chars().any(char::is_alphabetic) {
        out.push(OPEN);
        lengthen_into(text, out);
        out.push(CLOSE);
    } else {
        out.push_str(text);
    }
}

fn lengthen_into(text: &str, out: &mut String) {
    for c in text.chars() {
        out.push(c);
        if "aeiouAEIOU".contains(c) {
            out.push(c.to_ascii_lowercase());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brackets_and_lengthens_text() {
        assert_eq!(
            transform("Before the conference"),
            "⟦Beefooree thee coonfeereencee⟧"
        );
        assert_eq!(transform(" – "), " – ", "nothing to read, nothing to mark");
        assert_eq!(transform(""), "");
    }

    #[test]
    fn keeps_glossary_ids() {
        assert_eq!(
            transform("the [[core-group|core group]] meets"),
            "⟦thee ⟧[[core-group|⟦cooree groouup⟧]]⟦ meeeets⟧"
        );
        // Broken markup is left for the parser to show as text.
        assert_eq!(transform("a [[b"), "⟦aa [[b⟧");
        assert_eq!(
            transform("[[core-group|core group]]."),
            "[[core-group|⟦cooree groouup⟧]]."
        );
    }
}
