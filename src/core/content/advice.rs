//! National advice lines. Numbers and hours are facts to re-check before every release
//! (shared/CONTENT-FACTS.md, section 5); `checked` is the date they were last checked.
//! Local numbers (social worker, chair, out-of-hours) differ by council and are never shipped:
//! the parent saves their own.

use super::Nation;

#[derive(Debug)]
pub struct AdviceLine {
    pub id: &'static str,
    pub name_key: &'static str,
    /// Who it is for and what it helps with.
    pub about_key: &'static str,
    /// The number as printed, grouped for reading aloud.
    pub number: &'static str,
    /// Opening hours; `None` where they could not be confirmed (then none are shown).
    pub hours_key: Option<&'static str>,
    /// Only for readers in this nation.
    pub only: Option<Nation>,
    /// ISO date the number and hours were last checked against their source.
    pub checked: &'static str,
}

impl AdviceLine {
    /// The `tel:` URI: digits only.
    pub fn tel_uri(&self) -> String {
        format!(
            "tel:{}",
            self.number
                .chars()
                .filter(char::is_ascii_digit)
                .collect::<String>()
        )
    }
}

/// Checked against shared/CONTENT-FACTS.md as of this date (that file records the sources).
const CHECKED: &str = "2026-11-23";

pub const ADVICE_LINES: &[AdviceLine] = &[
    AdviceLine {
        id: "family-rights-group",
        name_key: "line-frg-name",
        about_key: "line-frg-about",
        number: "0808 801 0366",
        hours_key: Some("line-frg-hours"),
        only: Some(Nation::England),
        checked: CHECKED,
    },
    AdviceLine {
        id: "family-lives",
        name_key: "line-family-lives-name",
        about_key: "line-family-lives-about",
        number: "0808 800 2222",
        hours_key: None,
        only: None,
        checked: CHECKED,
    },
    AdviceLine {
        id: "civil-legal-advice",
        name_key: "line-cla-name",
        about_key: "line-cla-about",
        number: "0345 345 4345",
        hours_key: Some("line-cla-hours"),
        only: None,
        checked: CHECKED,
    },
    AdviceLine {
        id: "samaritans",
        name_key: "line-samaritans-name",
        about_key: "line-samaritans-about",
        number: "116 123",
        hours_key: Some("line-samaritans-hours"),
        only: None,
        checked: CHECKED,
    },
    AdviceLine {
        id: "emergency",
        name_key: "line-emergency-name",
        about_key: "line-emergency-about",
        number: "999",
        hours_key: None,
        only: None,
        checked: CHECKED,
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tel_uris_are_digits_only() {
        let frg = ADVICE_LINES
            .iter()
            .find(|l| l.id == "family-rights-group")
            .unwrap();
        assert_eq!(frg.tel_uri(), "tel:08088010366");
        assert!(ADVICE_LINES.iter().all(|l| l.tel_uri().len() > 4));
    }

    #[test]
    fn the_out_of_date_family_rights_group_number_is_never_shipped() {
        assert!(ADVICE_LINES
            .iter()
            .all(|l| !l.tel_uri().contains("08007311696")));
    }
}
