//! "Understand a report" (issue 19): the terms a parent meets in a social worker's conference
//! report, minutes, a plan or a letter, and a matcher that finds them in pasted text.
//!
//! Pure and host-tested. The words that explain each term are not here: they live in
//! `locales/<lang>/report-terms.ftl` ([`REPORT_TERMS_FILE`]), as `rt-<id>` (the explanation,
//! with a `# source:` comment above it) and `rt-<id>-question` (a question the parent could
//! ask, for loaded terms only). That file is fetched only with the page, like the letters' words.
//!
//! The marked words are the report's own (English or Welsh); only the explanations are
//! translated.

mod catalogue;
mod marked;
mod matcher;
mod sentence;

pub use catalogue::TERMS;
pub use marked::marked_html;
pub use matcher::{find_terms, patterns_for, Mark};
pub use sentence::sentence_around;

use crate::core::content::Nation;
use matcher::WordHasher;
use std::collections::{HashMap, HashSet};
use std::hash::BuildHasherDefault;

/// The locale file that holds the explanations and questions (not in `LOCALE_FILES`: it is
/// fetched only when the page is opened).
pub const REPORT_TERMS_FILE: &str = "report-terms.ftl";

/// The four groups of the page's summary, in the order the page lists them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Group {
    /// The law and the process: meetings, plans, orders, sections of Acts.
    Law,
    /// The people: who is who.
    People,
    /// Health and school.
    HealthSchool,
    /// The words professionals use about parents.
    AboutParents,
}

impl Group {
    pub const ALL: [Group; 4] = [
        Group::Law,
        Group::People,
        Group::HealthSchool,
        Group::AboutParents,
    ];

    /// The message naming the group (in report-terms.ftl).
    pub const fn title_key(self) -> &'static str {
        match self {
            Group::Law => "rt-group-law",
            Group::People => "rt-group-people",
            Group::HealthSchool => "rt-group-health-school",
            Group::AboutParents => "rt-group-about-parents",
        }
    }
}

/// One term of the catalogue.
#[derive(Clone, Copy, Debug)]
pub struct ReportTerm {
    /// Stable kebab-case id: the message is `rt-<id>`. Where the guide's glossary has the same
    /// term, the id is the glossary's.
    pub id: &'static str,
    pub group: Group,
    /// English patterns (see [`find_terms`] for how they match). A token of a pattern with a
    /// capital letter matches only that exact case ("CIN", "CiN"); a token in lower case
    /// matches any case ("section 47" finds "Section 47" and "SECTION 47").
    pub patterns: &'static [&'static str],
    /// Welsh-language patterns, matched in Wales only. The first word also matches in its
    /// mutated forms ("y gofrestr" for "cofrestr").
    pub welsh: &'static [&'static str],
    /// `Some` when the term belongs to one nation only: it is not marked in the other.
    pub nation: Option<Nation>,
    /// A phrase that judges parents: it has a question `rt-<id>-question`.
    pub loaded: bool,
    /// The glossary entry (`/glossary/#id`) with more about it, if any.
    pub glossary: Option<&'static str>,
}

impl ReportTerm {
    pub const fn new(id: &'static str, group: Group, patterns: &'static [&'static str]) -> Self {
        ReportTerm {
            id,
            group,
            patterns,
            welsh: &[],
            nation: None,
            loaded: false,
            glossary: None,
        }
    }
    pub const fn wales(self) -> Self {
        ReportTerm {
            nation: Some(Nation::Wales),
            ..self
        }
    }
    pub const fn england(self) -> Self {
        ReportTerm {
            nation: Some(Nation::England),
            ..self
        }
    }
    pub const fn loaded(self) -> Self {
        ReportTerm {
            loaded: true,
            ..self
        }
    }
    pub const fn glossary(self, id: &'static str) -> Self {
        ReportTerm {
            glossary: Some(id),
            ..self
        }
    }
    pub const fn cy(self, welsh: &'static [&'static str]) -> Self {
        ReportTerm { welsh, ..self }
    }

    /// The explanation's message id.
    pub fn explanation_key(&self) -> String {
        format!("rt-{}", self.id)
    }

    /// The question's message id, for loaded terms.
    pub fn question_key(&self) -> Option<String> {
        self.loaded.then(|| format!("rt-{}-question", self.id))
    }

    /// Whether the term is marked for a parent in `nation`.
    pub fn applies_to(&self, nation: Nation) -> bool {
        self.nation.is_none_or(|n| n == nation)
    }
}

/// The term with this id.
pub fn term(id: &str) -> Option<&'static ReportTerm> {
    TERMS.iter().find(|t| t.id == id)
}

/// One group of the summary: its terms, each once, in the order they first appear.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GroupSummary {
    pub group: Group,
    /// Term ids in order of first appearance.
    pub terms: Vec<&'static str>,
    /// How many marks the group has in the text (a term used three times counts three).
    pub marks: usize,
}

/// The summary at the top of the page: the groups that have at least one term, in
/// [`Group::ALL`] order.
pub fn summarise(marks: &[Mark]) -> Vec<GroupSummary> {
    let mut out: Vec<GroupSummary> = Group::ALL
        .into_iter()
        .map(|group| GroupSummary {
            group,
            terms: Vec::new(),
            marks: 0,
        })
        .collect();
    // Each term's group, looked up once: a long report has a thousand marks of a few dozen
    // terms.
    let mut groups: HashMap<&str, Option<usize>, BuildHasherDefault<WordHasher>> =
        HashMap::default();
    for mark in marks {
        let group = *groups.entry(mark.id).or_insert_with(|| {
            let at =
                term(mark.id).and_then(|term| Group::ALL.iter().position(|g| *g == term.group));
            if let Some(at) = at {
                out[at].terms.push(mark.id);
            }
            at
        });
        if let Some(at) = group {
            out[at].marks += 1;
        }
    }
    out.retain(|g| g.marks > 0);
    out
}

/// How many distinct terms the marks name (the summary's headline number).
pub fn distinct_terms(marks: &[Mark]) -> usize {
    let ids: HashSet<&str, BuildHasherDefault<WordHasher>> = marks.iter().map(|m| m.id).collect();
    ids.len()
}

/// A report of at least `words` words, made by repeating `sample`: the text `make bench` (and
/// `cargo run --release --example mark_report`) times the matcher on. Not used by the app.
pub fn long_report(sample: &str, words: usize) -> String {
    let per_copy = sample.split_whitespace().count().max(1);
    let copies = words.div_ceil(per_copy);
    let mut out = String::with_capacity(sample.len() * copies + copies);
    for _ in 0..copies {
        out.push_str(sample);
        out.push('\n');
    }
    out
}
