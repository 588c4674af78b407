//! Letters kept on the phone: the parent's details (shared by every letter), one draft per
//! kind of letter, and copies of the letters sent, with the date.

use super::catalogue::PointPart;
use crate::core::my_report::MyReport;
use crate::core::store::{DecodeError, Document};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Serialize, Deserialize, Debug, Clone, Default, PartialEq, Eq)]
#[serde(default)]
pub struct Letters {
    pub me: MyDetails,
    pub drafts: Vec<Draft>,
    pub sent: Vec<SentLetter>,
    /// The parent's own report for the conference (src/core/my_report).
    pub my_report: MyReport,
}

#[derive(Serialize, Deserialize, Debug, Clone, Default, PartialEq, Eq)]
#[serde(default)]
pub struct MyDetails {
    pub name: String,
    pub address: String,
    pub contact: String,
    pub child_name: String,
    #[serde(with = "crate::core::dates::optional_iso")]
    pub child_dob: Option<NaiveDate>,
}

#[derive(Serialize, Deserialize, Debug, Clone, Default, PartialEq, Eq)]
#[serde(default)]
pub struct Draft {
    /// The letter's id (`reports`, `complaint`…).
    pub letter: String,
    /// `en` or `cy`.
    pub language: String,
    #[serde(with = "crate::core::dates::optional_iso")]
    pub conference_date: Option<NaiveDate>,
    pub to_name: String,
    pub extra: String,
    pub details: String,
    /// The reply's and the minutes letter's points, in the parent's order.
    pub points: Vec<Point>,
}

/// One point of a reply to a report, or one correction to the minutes.
#[derive(Serialize, Deserialize, Debug, Clone, Default, PartialEq, Eq)]
#[serde(default)]
pub struct Point {
    pub id: u64,
    /// What the report or the minutes say.
    pub said: String,
    /// Why that is wrong or missing, or what was really said.
    pub why: String,
    pub evidence: String,
}

/// What the parent did to a draft's points.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PointChange {
    /// A new, empty point at the end, with this id.
    Add(u64),
    Remove(u64),
    Write(u64, PointPart, String),
}

/// Applies one change; a change to a point that is gone does nothing.
pub fn change_points(points: &mut Vec<Point>, change: PointChange) {
    match change {
        PointChange::Add(id) => points.push(Point {
            id,
            ..Point::default()
        }),
        PointChange::Remove(id) => points.retain(|p| p.id != id),
        PointChange::Write(id, part, text) => {
            if let Some(p) = points.iter_mut().find(|p| p.id == id) {
                *p.part_mut(part) = text;
            }
        }
    }
}

impl Point {
    pub fn part(&self, part: PointPart) -> &str {
        match part {
            PointPart::Said => &self.said,
            PointPart::Why => &self.why,
            PointPart::Evidence => &self.evidence,
        }
    }

    fn part_mut(&mut self, part: PointPart) -> &mut String {
        match part {
            PointPart::Said => &mut self.said,
            PointPart::Why => &mut self.why,
            PointPart::Evidence => &mut self.evidence,
        }
    }

    pub fn is_empty(&self) -> bool {
        [&self.said, &self.why, &self.evidence]
            .iter()
            .all(|t| t.trim().is_empty())
    }
}

#[derive(Serialize, Deserialize, Debug, Clone, Default, PartialEq, Eq)]
#[serde(default)]
pub struct SentLetter {
    pub id: u64,
    pub letter: String,
    #[serde(with = "crate::core::dates::optional_iso")]
    pub date: Option<NaiveDate>,
    pub text: String,
}

impl Document for Letters {
    const NAME: &'static str = "letters";
    /// 2: the reply to a report (with points) replaced the correction letter; the minutes
    /// letter and my report for the conference arrived. An older app in another tab leaves
    /// version 2 alone rather than write it back without them.
    const VERSION: u32 = 2;
    const PERSONAL: bool = true;

    fn migrate(from: u32, mut data: serde_json::Value) -> Result<serde_json::Value, DecodeError> {
        match from {
            // A correction draft becomes a reply with one point holding what the parent wrote
            // (what is wrong and what is right); "which report" stays. Sent copies keep their
            // text and are listed as replies.
            1 => {
                if let Some(drafts) = data.get_mut("drafts").and_then(|d| d.as_array_mut()) {
                    for draft in drafts.iter_mut() {
                        if draft.get("letter").and_then(|l| l.as_str()) != Some(OLD_CORRECTION) {
                            continue;
                        }
                        draft["letter"] = REPLY.into();
                        let details = draft
                            .get_mut("details")
                            .map(serde_json::Value::take)
                            .and_then(|d| d.as_str().map(String::from))
                            .unwrap_or_default();
                        draft["details"] = "".into();
                        if !details.trim().is_empty() {
                            draft["points"] = serde_json::json!([{ "id": 1, "why": details }]);
                        }
                    }
                }
                if let Some(sent) = data.get_mut("sent").and_then(|d| d.as_array_mut()) {
                    for letter in sent.iter_mut() {
                        if letter.get("letter").and_then(|l| l.as_str()) == Some(OLD_CORRECTION) {
                            letter["letter"] = REPLY.into();
                        }
                    }
                }
                Ok(data)
            }
            _ => Err(DecodeError::UnknownVersion(from)),
        }
    }
}

/// The version 1 letter that the reply replaced.
const OLD_CORRECTION: &str = "correction";
const REPLY: &str = "reply";

impl Letters {
    pub fn draft(&self, letter: &str) -> Option<&Draft> {
        self.drafts.iter().find(|d| d.letter == letter)
    }

    /// The draft for a letter, made if there is none yet.
    pub fn draft_mut(&mut self, letter: &str) -> &mut Draft {
        if let Some(i) = self.drafts.iter().position(|d| d.letter == letter) {
            return &mut self.drafts[i];
        }
        self.drafts.push(Draft {
            letter: letter.to_string(),
            ..Draft::default()
        });
        self.drafts.last_mut().expect("just pushed")
    }

    /// Starts a point of the reply to a report with words quoted from it (from Understand a
    /// report). The same words twice make one point.
    pub fn quote_in_reply(&mut self, said: &str, id: u64) {
        let points = &mut self.draft_mut(REPLY).points;
        if points.iter().any(|p| p.said == said) {
            return;
        }
        points.push(Point {
            id,
            said: said.to_string(),
            ..Point::default()
        });
    }

    pub fn merge(&mut self, other: Letters) {
        for d in other.drafts {
            if self.draft(&d.letter).is_none() {
                self.drafts.push(d);
            }
        }
        for s in other.sent {
            if !self.sent.iter().any(|x| x.id == s.id) {
                self.sent.push(s);
            }
        }
        if self.me == MyDetails::default() {
            self.me = other.me;
        }
        if self.my_report == MyReport::default() {
            self.my_report = other.my_report;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_are_added_written_and_removed_by_id() {
        let mut points = Vec::new();
        change_points(&mut points, PointChange::Add(1));
        change_points(&mut points, PointChange::Add(2));
        change_points(
            &mut points,
            PointChange::Write(2, PointPart::Why, "Not true".into()),
        );
        change_points(
            &mut points,
            PointChange::Write(9, PointPart::Why, "gone".into()),
        );
        assert_eq!(points[1].part(PointPart::Why), "Not true");
        assert!(points[0].is_empty());
        change_points(&mut points, PointChange::Remove(1));
        assert_eq!(points.iter().map(|p| p.id).collect::<Vec<_>>(), [2]);
    }

    #[test]
    fn a_quoted_sentence_starts_a_reply_point_once() {
        let mut letters = Letters::default();
        letters.quote_in_reply("Mum missed two visits.", 5);
        letters.quote_in_reply("Mum missed two visits.", 6);
        let reply = letters.draft(REPLY).unwrap();
        assert_eq!(reply.points.len(), 1);
        assert_eq!(
            (reply.points[0].id, reply.points[0].said.as_str()),
            (5, "Mum missed two visits.")
        );
    }
}
