//! The backup file: everything the parent wrote, in one JSON file they can keep, move to a new
//! phone, or bring back after deleting. Each document inside keeps its own versioned envelope,
//! so a file from an older version of the app is migrated on import like stored data is.

use super::{Checklist, Contacts, KeptReport, Plan, Questions};
use crate::core::dates::MyDates;
use crate::core::letters::Letters;
use crate::core::store::{decode_value, encode_value, DecodeError, Document};
use serde_json::{Map, Value};

/// Marks a file as ours.
const APP: &str = "cp-guide";
const KIND: &str = "my-notes";

/// A real backup is a few kilobytes; anything this big is not ours (or would fill the phone).
pub const MAX_IMPORT_BYTES: usize = 1_000_000;

/// Everything personal the app keeps.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MyData {
    pub checklist: Checklist,
    pub questions: Questions,
    pub plan: Plan,
    pub contacts: Contacts,
    pub dates: MyDates,
    pub letters: Letters,
    pub report: KeptReport,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    TooLarge,
    /// Not JSON, or JSON that is not one of our backup files.
    NotOurs,
    /// Our file, but one part of it cannot be read (the part's name).
    Damaged(&'static str),
    /// Made by a newer version of the app.
    Newer,
}

impl MyData {
    pub fn is_empty(&self) -> bool {
        *self == MyData::default()
    }

    /// How many things of each kind: checklist items, questions, plan actions, meetings,
    /// contacts, dates, letters (drafts and sent), a kept report. Shown before an import so the
    /// parent sees what the file holds.
    pub fn counts(&self) -> [(&'static str, usize); 8] {
        let d = &self.dates;
        let dates = [
            d.initial_conference,
            d.last_core_group,
            d.last_review,
            d.enquiries_started,
        ]
        .iter()
        .filter(|x| x.is_some())
        .count();
        [
            ("checklist", self.checklist.items.len()),
            ("questions", self.questions.items.len()),
            ("actions", self.plan.actions.len()),
            ("meetings", self.plan.meetings.len()),
            (
                "contacts",
                self.contacts.people.len() + self.contacts.in_the_room.len(),
            ),
            ("dates", dates),
            (
                "letters",
                self.letters.drafts.len() + self.letters.sent.len(),
            ),
            ("reports", usize::from(self.report.is_kept())),
        ]
    }
}

/// The file's text. `exported` is the date it was made (ISO).
pub fn export(data: &MyData, exported: &str) -> String {
    let mut documents = Map::new();
    documents.insert(Checklist::NAME.into(), encode_value(&data.checklist));
    documents.insert(Questions::NAME.into(), encode_value(&data.questions));
    documents.insert(Plan::NAME.into(), encode_value(&data.plan));
    documents.insert(Contacts::NAME.into(), encode_value(&data.contacts));
    documents.insert(MyDates::NAME.into(), encode_value(&data.dates));
    documents.insert(Letters::NAME.into(), encode_value(&data.letters));
    documents.insert(KeptReport::NAME.into(), encode_value(&data.report));
    let file = serde_json::json!({
        "app": APP,
        "file": KIND,
        "exported": exported,
        "documents": documents,
    });
    serde_json::to_string_pretty(&file).expect("values serialise")
}

/// Reads a backup file. Nothing is changed here: the caller shows what it holds and the parent
/// chooses to replace or merge.
pub fn import(text: &str) -> Result<MyData, ImportError> {
    import_with_parts(text).map(|(data, _)| data)
}

/// Which documents a file holds, by name. A file from an older version of the app lacks the
/// documents that came later (letters, the kept report): replacing must keep the phone's copy
/// of those.
pub fn import_with_parts(text: &str) -> Result<(MyData, Vec<String>), ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge);
    }
    let file: Value = serde_json::from_str(text).map_err(|_| ImportError::NotOurs)?;
    if file.get("app").and_then(Value::as_str) != Some(APP)
        || file.get("file").and_then(Value::as_str) != Some(KIND)
    {
        return Err(ImportError::NotOurs);
    }
    let Some(documents) = file.get("documents").and_then(Value::as_object) else {
        return Err(ImportError::Damaged("documents"));
    };
    let data = MyData {
        checklist: part(documents)?,
        questions: part(documents)?,
        plan: part(documents)?,
        contacts: part(documents)?,
        dates: part(documents)?,
        letters: part(documents)?,
        report: part(documents)?,
    };
    Ok((data, documents.keys().cloned().collect()))
}

/// "Replace my notes with the file": each document the file holds replaces the phone's; one it
/// does not hold (from before that kind of note existed) stays as it is on the phone.
pub fn replace(phone: &MyData, file: MyData, parts: &[String]) -> MyData {
    let pick = |name: &str| parts.iter().any(|p| p == name);
    MyData {
        checklist: if pick(Checklist::NAME) {
            file.checklist
        } else {
            phone.checklist.clone()
        },
        questions: if pick(Questions::NAME) {
            file.questions
        } else {
            phone.questions.clone()
        },
        plan: if pick(Plan::NAME) {
            file.plan
        } else {
            phone.plan.clone()
        },
        contacts: if pick(Contacts::NAME) {
            file.contacts
        } else {
            phone.contacts.clone()
        },
        dates: if pick(MyDates::NAME) {
            file.dates
        } else {
            phone.dates.clone()
        },
        letters: if pick(Letters::NAME) {
            file.letters
        } else {
            phone.letters.clone()
        },
        report: if pick(KeptReport::NAME) {
            file.report
        } else {
            phone.report.clone()
        },
    }
}

/// How many things on the phone "Replace" takes away: everything in each part the file holds.
pub fn removed_by_replace(phone: &MyData, parts: &[String]) -> usize {
    let total = |data: &MyData| data.counts().iter().map(|(_, n)| n).sum::<usize>();
    total(phone) - total(&replace(phone, MyData::default(), parts))
}

/// One document of the file; a missing one is empty (a file from before it existed).
fn part<D: Document + Default>(documents: &Map<String, Value>) -> Result<D, ImportError> {
    match documents.get(D::NAME) {
        None => Ok(D::default()),
        Some(envelope) => decode_value(envelope.clone()).map_err(|e| match e {
            DecodeError::NewerVersion(_) => ImportError::Newer,
            _ => ImportError::Damaged(D::NAME),
        }),
    }
}

/// What is on the phone plus what the file adds: items the phone lacks are added; an item on
/// both keeps the phone's version; a date the phone lacks is taken from the file.
pub fn merge(phone: &MyData, file: MyData) -> MyData {
    let mut out = phone.clone();
    out.checklist.merge(file.checklist);
    out.questions.merge(file.questions);
    out.plan.merge(file.plan);
    out.contacts.merge(file.contacts);
    out.letters.merge(file.letters);
    out.report.merge(file.report);
    let d = &mut out.dates;
    d.initial_conference = d.initial_conference.or(file.dates.initial_conference);
    d.last_core_group = d.last_core_group.or(file.dates.last_core_group);
    d.last_review = d.last_review.or(file.dates.last_review);
    d.enquiries_started = d.enquiries_started.or(file.dates.enquiries_started);
    out
}
