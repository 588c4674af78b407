//! A letter as plain text, in the letter's language: the same text is previewed, copied,
//! shared, printed and downloaded.

use super::catalogue::{Field, Letter, Para, Recipient, POINT_PARTS};
use super::saved::Point;
use crate::core::content::Nation;
use crate::core::i18n::Catalog;
use chrono::{Datelike, NaiveDate};
use fluent_bundle::{FluentArgs, FluentValue};

/// The letters' words, one file per letter language, fetched only on the letters page.
pub const LETTER_TEXT_FILE: &str = "letter-text.ftl";

/// What the parent filled in. Empty strings and `None` are "not given".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LetterFields {
    pub my_name: String,
    pub my_address: String,
    pub my_contact: String,
    pub child_name: String,
    pub child_dob: Option<NaiveDate>,
    pub conference_date: Option<NaiveDate>,
    /// The social worker's or the chair's name, whichever the letter goes to.
    pub to_name: String,
    pub extra: String,
    /// The parent's own words, kept exactly (lines and all).
    pub details: String,
    /// The reply's or the minutes letter's points (empty ones are left out).
    pub points: Vec<Point>,
}

impl LetterFields {
    fn has(&self, field: Field) -> bool {
        match field {
            Field::ChildName => !self.child_name.trim().is_empty(),
            Field::ConferenceDate => self.conference_date.is_some(),
            Field::Extra => !self.extra.trim().is_empty(),
            Field::Points => self.points.iter().any(|p| !p.is_empty()),
        }
    }
}

/// A date in the letter's language: "4 March 2019". My report writes its dates the same way.
pub fn long_date(catalog: &Catalog, date: NaiveDate) -> String {
    let month = catalog.format(&format!("letter-month-{}", date.month()), None);
    let mut args = FluentArgs::new();
    args.set("day", date.day().to_string());
    args.set("month", month);
    args.set("year", date.year().to_string());
    catalog.format("letter-date", Some(&args))
}

/// One point, numbered: each part the parent filled in, on its own line after its words.
fn point(catalog: &Catalog, letter: Letter, number: usize, point: &Point) -> String {
    let parts = POINT_PARTS.iter().filter_map(|&part| {
        let text = point.part(part).trim();
        (!text.is_empty()).then(|| {
            let mut args = FluentArgs::new();
            args.set("text", text.to_string());
            catalog.format(&letter.point_key(part), Some(&args))
        })
    });
    format!("{number}. {}", parts.collect::<Vec<_>>().join("\n"))
}

/// The whole letter. Lines the parent left empty are left out, never shown as gaps.
pub fn render(
    catalog: &Catalog,
    letter: Letter,
    fields: &LetterFields,
    nation: Nation,
    today: NaiveDate,
) -> String {
    let text = |s: &str| s.trim().to_string();
    let mut args = FluentArgs::new();
    args.set("nation", nation.code());
    let child: String = if fields.child_name.trim().is_empty() {
        catalog.format("letter-my-child", None)
    } else {
        text(&fields.child_name)
    };
    args.set("child", FluentValue::from(child.clone()));
    args.set("extra", FluentValue::from(text(&fields.extra)));
    if let Some(d) = fields.conference_date {
        args.set("conference", long_date(catalog, d));
    }
    args.set("to", text(&fields.to_name));
    if let Some(dob) = fields.child_dob {
        args.set("dob", long_date(catalog, dob));
    }
    let say = |key: &str| catalog.format(key, Some(&args));

    let mut blocks: Vec<String> = Vec::new();
    let sender: Vec<String> = [&fields.my_name, &fields.my_address, &fields.my_contact]
        .into_iter()
        .flat_map(|f| {
            f.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(String::from)
                .collect::<Vec<_>>()
        })
        .collect();
    if !sender.is_empty() {
        blocks.push(sender.join("\n"));
    }
    blocks.push(long_date(catalog, today));
    blocks.push(if fields.to_name.trim().is_empty() {
        say(match letter.to {
            Recipient::SocialWorker => "letter-dear-social-worker",
            Recipient::Chair => "letter-dear-chair",
        })
    } else {
        say("letter-dear")
    });
    blocks.push(say(if fields.child_dob.is_some() {
        "letter-about-born"
    } else {
        "letter-about"
    }));
    let shown = |p: &&Para| {
        p.needs.is_none_or(|f| fields.has(f)) && p.unless.is_none_or(|f| !fields.has(f))
    };
    blocks.extend(letter.before.iter().filter(shown).map(|p| say(p.key)));
    if letter.has_points {
        blocks.extend(
            fields
                .points
                .iter()
                .filter(|p| !p.is_empty())
                .enumerate()
                .map(|(i, p)| point(catalog, letter, i + 1, p)),
        );
    }
    let details = fields.details.trim();
    if !details.is_empty() {
        blocks.push(details.to_string());
    }
    blocks.extend(letter.after.iter().filter(shown).map(|p| say(p.key)));
    let mut closing = say("letter-signoff");
    if !fields.my_name.trim().is_empty() {
        closing.push('\n');
        closing.push_str(fields.my_name.trim());
    }
    blocks.push(closing);
    blocks.join("\n\n") + "\n"
}
