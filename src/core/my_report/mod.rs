//! My report for the conference: the parent's own report, written section by section, every
//! section optional, and the tidy document it becomes. The document is in the letter language
//! (English, or Welsh for a parent in Wales who chooses it): its words live in
//! `letter-text.ftl` with the letters'. The page's own words (prompts and examples, in the
//! reader's language) are in `have-my-say.ftl`.

use crate::core::dates::optional_iso;
use crate::core::i18n::Catalog;
use crate::core::letters::long_date;
use chrono::NaiveDate;
use fluent_bundle::FluentArgs;
use serde::{Deserialize, Serialize};

/// A sent copy of the report is kept with the sent letters under this name.
pub const SENT_ID: &str = "my-report";

/// The sections, in the order the report gives them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    AboutMyChild,
    GoingWell,
    WhatIHaveDone,
    WhatIAgreeWith,
    WhatIDisagreeWith,
    HelpThatWouldWork,
    FamilyAndFriends,
    ChildsWishes,
    WhatIWouldLike,
}

impl Section {
    pub const ALL: [Section; 9] = [
        Section::AboutMyChild,
        Section::GoingWell,
        Section::WhatIHaveDone,
        Section::WhatIAgreeWith,
        Section::WhatIDisagreeWith,
        Section::HelpThatWouldWork,
        Section::FamilyAndFriends,
        Section::ChildsWishes,
        Section::WhatIWouldLike,
    ];

    /// Stable: saved reports refer to it. Words: `my-report-heading-<id>` in the document,
    /// `mr-<id>-label`, `-prompt` and `-example` on the page.
    pub const fn id(self) -> &'static str {
        match self {
            Section::AboutMyChild => "child",
            Section::GoingWell => "going-well",
            Section::WhatIHaveDone => "changes",
            Section::WhatIAgreeWith => "agree",
            Section::WhatIDisagreeWith => "disagree",
            Section::HelpThatWouldWork => "help",
            Section::FamilyAndFriends => "family",
            Section::ChildsWishes => "wishes",
            Section::WhatIWouldLike => "hopes",
        }
    }

    /// The page's words about the section, in the reader's language: `label` (also the print
    /// view's heading), `prompt` or `example`.
    pub fn page_key(self, part: &str) -> String {
        format!("mr-{}-{part}", self.id())
    }

    /// The section's heading in the document.
    pub fn heading_key(self) -> String {
        format!("my-report-heading-{}", self.id())
    }
}

/// What the parent has written, kept with the letters (the `letters` document).
#[derive(Serialize, Deserialize, Debug, Clone, Default, PartialEq, Eq)]
#[serde(default)]
pub struct MyReport {
    pub sections: Vec<SectionText>,
    /// `en` or `cy`; empty means "as the reader reads, in Wales" (see `letters::letter_language`).
    pub language: String,
    /// Empty means the conference date from My dates.
    #[serde(with = "optional_iso")]
    pub conference_date: Option<NaiveDate>,
}

#[derive(Serialize, Deserialize, Debug, Clone, Default, PartialEq, Eq)]
#[serde(default)]
pub struct SectionText {
    /// A `Section::id`.
    pub section: String,
    pub text: String,
}

impl MyReport {
    pub fn text(&self, section: Section) -> &str {
        self.sections
            .iter()
            .find(|s| s.section == section.id())
            .map(|s| s.text.as_str())
            .unwrap_or_default()
    }

    pub fn set_text(&mut self, section: Section, text: String) {
        match self.sections.iter_mut().find(|s| s.section == section.id()) {
            Some(s) => s.text = text,
            None => self.sections.push(SectionText {
                section: section.id().to_string(),
                text,
            }),
        }
    }

    /// The sections with something written in them, in the report's order.
    pub fn written(&self) -> impl Iterator<Item = (Section, &str)> {
        Section::ALL
            .into_iter()
            .map(|s| (s, self.text(s).trim()))
            .filter(|(_, t)| !t.is_empty())
    }

    pub fn is_empty(&self) -> bool {
        self.written().next().is_none()
    }
}

/// What the document's first lines need, from My details and My dates.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReportFields {
    pub my_name: String,
    pub child_name: String,
    pub child_dob: Option<NaiveDate>,
    pub conference_date: Option<NaiveDate>,
}

/// The report as plain text: a title, who and what it is about, then each section the parent
/// wrote, under its heading. Sections left empty are left out, headings and all.
pub fn render(
    catalog: &Catalog,
    report: &MyReport,
    fields: &ReportFields,
    today: NaiveDate,
) -> String {
    let mut args = FluentArgs::new();
    let child = fields.child_name.trim();
    let child = if child.is_empty() {
        catalog.format("letter-my-child", None)
    } else {
        child.to_string()
    };
    args.set("child", child);
    if let Some(dob) = fields.child_dob {
        args.set("dob", long_date(catalog, dob));
    }
    if let Some(conference) = fields.conference_date {
        args.set("conference", long_date(catalog, conference));
    }
    args.set("name", fields.my_name.trim().to_string());
    args.set("today", long_date(catalog, today));
    let say = |key: &str| catalog.format(key, Some(&args));

    let mut head = vec![say("my-report-doc-title")];
    head.push(say(if fields.child_dob.is_some() {
        "letter-about-born"
    } else {
        "letter-about"
    }));
    if fields.conference_date.is_some() {
        head.push(say("my-report-doc-conference"));
    }
    head.push(say(if fields.my_name.trim().is_empty() {
        "my-report-doc-on"
    } else {
        "my-report-doc-by"
    }));

    let mut blocks = vec![head.join("\n")];
    blocks.extend(
        report
            .written()
            .map(|(section, text)| format!("{}\n{text}", say(&section.heading_key()))),
    );
    blocks.join("\n\n") + "\n"
}

/// Every message id the document may use, for the locale tests.
pub fn message_ids() -> impl Iterator<Item = String> {
    [
        "my-report-doc-title",
        "my-report-doc-conference",
        "my-report-doc-by",
        "my-report-doc-on",
    ]
    .into_iter()
    .map(String::from)
    .chain(Section::ALL.into_iter().map(Section::heading_key))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_section_is_written_once_and_read_back() {
        let mut report = MyReport::default();
        assert!(report.is_empty());
        report.set_text(Section::GoingWell, "Sam goes to school every day.".into());
        report.set_text(Section::GoingWell, "Sam goes to school.".into());
        report.set_text(Section::AboutMyChild, "  ".into());
        assert_eq!(report.sections.len(), 2);
        assert_eq!(report.text(Section::GoingWell), "Sam goes to school.");
        assert_eq!(
            report.written().map(|(s, _)| s).collect::<Vec<_>>(),
            [Section::GoingWell]
        );
    }
}
