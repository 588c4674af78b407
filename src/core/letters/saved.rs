//! Letters kept on the phone: the parent's details (shared by every letter), one draft per
//! kind of letter, and copies of the letters sent, with the date.

use crate::core::store::Document;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Serialize, Deserialize, Debug, Clone, Default, PartialEq, Eq)]
#[serde(default)]
pub struct Letters {
    pub me: MyDetails,
    pub drafts: Vec<Draft>,
    pub sent: Vec<SentLetter>,
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
    const VERSION: u32 = 1;
    const PERSONAL: bool = true;
}

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
    }
}
