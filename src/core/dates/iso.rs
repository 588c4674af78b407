//! ISO dates (`2027-01-06`) read and written by hand. chrono's own parser and formatter (and its
//! serde support, which goes through them) weigh about 25 KB in the wasm; these few lines do
//! the one format the app uses.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Deserializer, Serializer};

/// Reads `YYYY-MM-DD` (what a date input and our storage hold).
pub fn parse_iso(text: &str) -> Option<NaiveDate> {
    let mut parts = text.trim().splitn(3, '-');
    let year = parts.next()?.parse().ok()?;
    let month = parts.next()?.parse().ok()?;
    let day = parts.next()?.parse().ok()?;
    NaiveDate::from_ymd_opt(year, month, day)
}

/// Writes `YYYY-MM-DD`.
pub fn iso(date: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

/// serde for `Option<NaiveDate>` fields as ISO strings, through [`parse_iso`] and [`iso`].
pub mod optional {
    use super::*;

    pub fn serialize<S: Serializer>(
        date: &Option<NaiveDate>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match date {
            Some(d) => serializer.serialize_str(&iso(*d)),
            None => serializer.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<NaiveDate>, D::Error> {
        let text: Option<String> = Option::deserialize(deserializer)?;
        match text {
            None => Ok(None),
            Some(t) => parse_iso(&t)
                .map(Some)
                .ok_or_else(|| serde::de::Error::custom(format!("not a date: {t:?}"))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_rejects() {
        let d = NaiveDate::from_ymd_opt(2027, 1, 6).unwrap();
        assert_eq!(iso(d), "2027-01-06");
        assert_eq!(parse_iso("2027-01-06"), Some(d));
        for bad in [
            "",
            "2027-02-30",
            "2027-13-01",
            "27-1",
            "x-y-z",
            "2027-01-06-01",
        ] {
            assert_eq!(parse_iso(bad), None, "{bad}");
        }
    }
}
