//! Finding the catalogue's terms in a report, in one pass.
//!
//! The text is cut once into tokens: words (runs of letters and digits, with an apostrophe
//! inside a word kept: "children's", "sy'n") and single punctuation marks ("s.47" is `s`, `.`,
//! `47`). Spaces and line breaks separate tokens and are otherwise ignored, so a phrase is
//! found across a line break or extra spaces. Each pattern is cut the same way, and indexed
//! by its first word in lower case. At each token the matcher looks up the patterns that
//! start with it, keeps the longest that matches, marks it and carries on after it: marks
//! never overlap and never start or end inside a word.
//!
//! Why not the `aho-corasick` crate: its matches are byte strings, so every rule here (whole
//! words only, capitals for acronyms, any case for phrases, any run of spaces and line breaks
//! between words, plurals) would need a normalised copy of the text and a second pass to
//! check word edges and case, and it would add its own tables and code to the wasm. With a
//! few hundred patterns of one to eleven words, a hash lookup per word is already linear in
//! the text and cheap: a word is copied only to lower its case.

use super::{ReportTerm, TERMS};
use crate::core::content::Nation;
use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// One marked term: `text[start..end]` is the report's own words; `id` names the term.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mark {
    pub start: usize,
    pub end: usize,
    pub id: &'static str,
}

#[derive(Debug)]
struct Token<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    /// Lower case, with ’ as ' (borrowed when the word already is).
    lower: Cow<'a, str>,
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// Cut text into word and punctuation tokens (see the module's comment).
fn tokens(text: &str) -> Vec<Token<'_>> {
    let mut out = Vec::with_capacity(text.len() / 5);
    let mut at = 0;
    while let Some(c) = char_at(text, at) {
        let start = at;
        at += c.len_utf8();
        if c.is_whitespace() {
            continue;
        }
        if c.is_alphanumeric() {
            while let Some(next) = char_at(text, at) {
                let after = at + next.len_utf8();
                // An apostrophe, or the ampersand of "A&E", is part of the word only between
                // two letters or digits: "DA&E" is one word, in which "DA" is not marked.
                let inside = next.is_alphanumeric()
                    || ((is_apostrophe(next) || next == '&')
                        && char_at(text, after).is_some_and(char::is_alphanumeric));
                if !inside {
                    break;
                }
                at = after;
            }
        }
        let word = &text[start..at];
        out.push(Token {
            start,
            end: at,
            text: word,
            lower: normalise(word),
        });
    }
    out
}

/// The character that starts at byte `at` of `text` (a character boundary), read straight from
/// the byte when it is ASCII, as most of a report is.
fn char_at(text: &str, at: usize) -> Option<char> {
    let byte = *text.as_bytes().get(at)?;
    if byte.is_ascii() {
        Some(char::from(byte))
    } else {
        text[at..].chars().next()
    }
}

fn normalise(word: &str) -> Cow<'_, str> {
    if word.is_ascii() {
        if word.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(word.to_ascii_lowercase())
        } else {
            Cow::Borrowed(word)
        }
    } else {
        Cow::Owned(word.to_lowercase().replace('\u{2019}', "'"))
    }
}

/// One word of a pattern.
#[derive(Debug)]
struct PatternToken {
    /// As written if `exact`, else lower case.
    text: String,
    /// Written with a capital: matches only this case.
    exact: bool,
}

#[derive(Debug)]
struct Pattern {
    tokens: Vec<PatternToken>,
    term: &'static ReportTerm,
}

impl Pattern {
    fn new(text: &str, term: &'static ReportTerm) -> Pattern {
        let tokens = tokens(text)
            .into_iter()
            .map(|t| {
                let exact = t.text.chars().any(char::is_uppercase);
                PatternToken {
                    text: if exact {
                        t.text.replace('\u{2019}', "'")
                    } else {
                        t.lower.into_owned()
                    },
                    exact,
                }
            })
            .collect();
        Pattern { tokens, term }
    }

    /// Whether the pattern matches the tokens from `at`; if so, whether the last word was
    /// matched through a plural or possessive ending.
    fn matches(&self, text: &[Token], at: usize) -> Option<bool> {
        let words = text.get(at..at + self.tokens.len())?;
        let last = self.tokens.len() - 1;
        let mut inflected = false;
        for (i, (want, have)) in self.tokens.iter().zip(words).enumerate() {
            let have_text = if want.exact {
                // Compare with ’ as ', keeping the case.
                if have.text.contains('\u{2019}') {
                    Cow::Owned(have.text.replace('\u{2019}', "'"))
                } else {
                    Cow::Borrowed(have.text)
                }
            } else {
                Cow::Borrowed(have.lower.as_ref())
            };
            if have_text == want.text {
                continue;
            }
            if i == last && inflects(&want.text, &have_text) {
                inflected = true;
                continue;
            }
            return None;
        }
        Some(inflected)
    }
}

/// The endings a word may carry and still be the pattern's last word: plurals ("GPs",
/// "assessments", "enquiries" for "enquiry") and the possessive ("GP's").
fn inflects(base: &str, word: &str) -> bool {
    let Some(rest) = word.strip_prefix(base) else {
        return base
            .strip_suffix('y')
            .is_some_and(|stem| word.strip_prefix(stem) == Some("ies"));
    };
    matches!(rest, "s" | "es" | "'s")
}

/// The forms of a word under which a pattern's first word may be indexed, for a text word:
/// the word itself and the word without a plural or possessive ending. (An iterator without a
/// list of its own: it runs for every word of the report.)
fn stems(word: &str) -> impl Iterator<Item = Cow<'_, str>> {
    let endings = ["'s", "es", "s"].into_iter().filter_map(move |ending| {
        word.strip_suffix(ending)
            .filter(|stem| !stem.is_empty())
            .map(Cow::Borrowed)
    });
    let ies = word
        .strip_suffix("ies")
        .map(|stem| Cow::Owned(format!("{stem}y")));
    std::iter::once(Cow::Borrowed(word))
        .chain(endings)
        .chain(ies)
}

/// Welsh initial mutations of a pattern's first word, so "y gofrestr" is found for
/// "cofrestr", "ei chynllun" for "cynllun" and "ei hasesiad" for "asesiad".
fn welsh_mutations(word: &str) -> Vec<String> {
    let mut out = vec![word.to_string()];
    // Digraphs that do not mutate.
    if ["ch", "dd", "ff", "ng", "ph", "th"]
        .iter()
        .any(|d| word.starts_with(d))
    {
        return out;
    }
    let (head, rest): (&str, &str) = if word.starts_with("ll") || word.starts_with("rh") {
        word.split_at(2)
    } else {
        let first = word.chars().next().map_or(0, char::len_utf8);
        word.split_at(first)
    };
    let changes: &[&str] = match head {
        "c" => &["g", "ngh", "ch"],
        "p" => &["b", "mh", "ph"],
        "t" => &["d", "nh", "th"],
        "g" => &["", "ng"],
        "b" => &["f", "m"],
        "d" => &["dd", "n"],
        "ll" => &["l"],
        "rh" => &["r"],
        "m" => &["f"],
        "a" | "e" | "i" | "o" | "u" | "w" | "y" => {
            out.push(format!("h{word}"));
            &[]
        }
        _ => &[],
    };
    out.extend(changes.iter().map(|c| format!("{c}{rest}")));
    out
}

/// The patterns that apply in one nation, indexed by their first word in lower case.
struct Index {
    by_first: HashMap<String, Vec<Pattern>, BuildHasherDefault<WordHasher>>,
}

/// A hasher for short keys looked up for every word or mark of a report (the index's first
/// words, the summary's term ids):
/// FNV-1a, much quicker on a word than the standard library's SipHash, whose resistance to
/// crafted keys the fixed catalogue does not need.
pub(super) struct WordHasher(u64);

impl Default for WordHasher {
    fn default() -> Self {
        WordHasher(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        for byte in bytes {
            self.0 = (self.0 ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

impl Index {
    fn build(nation: Nation) -> Index {
        let mut by_first: HashMap<String, Vec<Pattern>, BuildHasherDefault<WordHasher>> =
            HashMap::default();
        let mut add = |pattern: Pattern| {
            let key = pattern.tokens[0].text.to_lowercase();
            by_first.entry(key).or_default().push(pattern);
        };
        for term in TERMS.iter().filter(|t| t.applies_to(nation)) {
            for text in term.patterns {
                add(Pattern::new(text, term));
            }
            if nation == Nation::Wales {
                for text in term.welsh {
                    let pattern = Pattern::new(text, term);
                    let first = &pattern.tokens[0].text;
                    for form in welsh_mutations(first) {
                        let mut variant = Pattern::new(text, term);
                        variant.tokens[0].text = form;
                        add(variant);
                    }
                }
            }
        }
        // Longest first, so the first pattern that matches at a word is the longest there.
        for patterns in by_first.values_mut() {
            patterns.sort_by_key(|p| std::cmp::Reverse(p.tokens.len()));
        }
        Index { by_first }
    }

    fn get(nation: Nation) -> &'static Index {
        static ENGLAND: OnceLock<Index> = OnceLock::new();
        static WALES: OnceLock<Index> = OnceLock::new();
        match nation {
            Nation::England => ENGLAND.get_or_init(|| Index::build(Nation::England)),
            Nation::Wales => WALES.get_or_init(|| Index::build(Nation::Wales)),
        }
    }

    /// The longest pattern that matches at token `at`: (its length in tokens, its term).
    fn longest_at(&self, text: &[Token], at: usize) -> Option<(usize, &'static ReportTerm)> {
        // (tokens, matched without an ending) – a whole-word match beats an inflected one.
        let mut best: Option<(usize, bool, &'static ReportTerm)> = None;
        for stem in stems(&text[at].lower) {
            let Some(patterns) = self.by_first.get(stem.as_ref()) else {
                continue;
            };
            for pattern in patterns {
                let len = pattern.tokens.len();
                if best.is_some_and(|(l, plain, _)| l > len || (l == len && plain)) {
                    continue;
                }
                if let Some(inflected) = pattern.matches(text, at) {
                    let plain = !inflected;
                    if best.is_none_or(|(l, p, _)| len > l || (len == l && plain && !p)) {
                        best = Some((len, plain, pattern.term));
                    }
                }
            }
        }
        best.map(|(len, _, term)| (len, term))
    }
}

/// Every term of the catalogue in `text`, for a parent in `nation`, in order.
///
/// - An acronym (a pattern word with capitals) matches as a whole word in that exact case: not
///   "CIN" in "CINEMA" or "cinema", not "PR" in "PRIMARY"; "CiN" is a pattern of its own.
/// - A phrase in lower case matches in any case, across line breaks and extra spaces.
/// - The last word may carry a plural or possessive ending ("ICPCs", "GP's", "enquiries").
/// - Where patterns overlap, the one that starts first wins, then the longest.
/// - Terms of the other nation are not marked; in Wales, the Welsh-language patterns are.
pub fn find_terms(text: &str, nation: Nation) -> Vec<Mark> {
    let index = Index::get(nation);
    let words = tokens(text);
    let mut marks = Vec::new();
    let mut at = 0;
    while at < words.len() {
        match index.longest_at(&words, at) {
            Some((len, term)) => {
                marks.push(Mark {
                    start: words[at].start,
                    end: words[at + len - 1].end,
                    id: term.id,
                });
                at += len;
            }
            None => at += 1,
        }
    }
    marks
}

/// Every pattern of the catalogue for `nation`, Welsh mutations included, as (pattern, term
/// id): for the tests, which embed each in ordinary text.
pub fn patterns_for(nation: Nation) -> Vec<(String, &'static str)> {
    let mut out = Vec::new();
    for term in TERMS.iter().filter(|t| t.applies_to(nation)) {
        out.extend(term.patterns.iter().map(|p| (p.to_string(), term.id)));
        if nation == Nation::Wales {
            for text in term.welsh {
                let (first, rest) = text.split_once(' ').unwrap_or((text, ""));
                for form in welsh_mutations(first) {
                    let joined = if rest.is_empty() {
                        form
                    } else {
                        format!("{form} {rest}")
                    };
                    out.push((joined, term.id));
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokens(text).iter().map(|t| t.text).collect()
    }

    #[test]
    fn tokens_keep_apostrophes_inside_words_and_split_punctuation() {
        assert_eq!(
            words("the children’s s.47 (A&E) sy'n  'x'"),
            [
                "the",
                "children’s",
                "s",
                ".",
                "47",
                "(",
                "A&E",
                ")",
                "sy'n",
                "'",
                "x",
                "'"
            ]
        );
    }

    #[test]
    fn endings() {
        assert!(inflects("enquiry", "enquiries"));
        assert!(inflects("GP", "GPs"));
        assert!(inflects("GP", "GP's"));
        assert!(inflects("assessment", "assessments"));
        assert!(!inflects("GP", "GPX"));
        assert!(!inflects("CIN", "CINEMA"));
    }

    #[test]
    fn welsh_first_words_mutate() {
        assert!(welsh_mutations("cofrestr").contains(&"gofrestr".to_string()));
        assert!(welsh_mutations("cynllun").contains(&"chynllun".to_string()));
        assert!(welsh_mutations("gweithiwr").contains(&"weithiwr".to_string()));
        assert!(welsh_mutations("asesiad").contains(&"hasesiad".to_string()));
        assert!(welsh_mutations("llais").contains(&"lais".to_string()));
        assert_eq!(welsh_mutations("niwed"), ["niwed"]);
    }
}
