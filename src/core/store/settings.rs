//! The reader's settings. Kept apart from personal notes: settings must be readable before a
//! passcode is entered (the language of the unlock screen), personal data may not be.

use super::Document;
use crate::core::content::Nation;
use crate::core::exit::ExitSite;
use crate::core::i18n::Language;
use serde::{Deserialize, Serialize};

#[derive(Serialize, Deserialize, Debug, Clone, Default, PartialEq, Eq)]
#[serde(default)]
pub struct Settings {
    /// The language code the reader chose; `None` until they choose (the browser's languages
    /// decide until then).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// England or Wales; `None` until the reader answers (England's rules show until then).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nation: Option<Nation>,
    /// Where "Exit this page" goes; BBC Weather unless chosen.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exit_site: Option<ExitSite>,
    /// How big the words are; standard unless chosen. Added without a version change: an
    /// older copy of the app reading it simply ignores the field.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text_size: Option<TextSize>,
    /// The plain name shown instead of the guide's in every title, and the neutral manifest
    /// and icon ("Notes", in the reader's language); `None`: the guide's own. Kept as the
    /// words themselves, so the early script (index.html) can use them before the first
    /// paint, when no messages are loaded.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plain_name: Option<String>,
}

/// The text-size setting's three steps.
#[derive(Serialize, Deserialize, Debug, Clone, Copy, Default, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum TextSize {
    #[default]
    Standard,
    Large,
    Largest,
}

impl TextSize {
    pub const ALL: [TextSize; 3] = [TextSize::Standard, TextSize::Large, TextSize::Largest];

    /// The value of `<html data-text-size>`, which the stylesheet scales the page by.
    pub const fn code(self) -> &'static str {
        match self {
            TextSize::Standard => "standard",
            TextSize::Large => "large",
            TextSize::Largest => "largest",
        }
    }

    pub const fn label_key(self) -> &'static str {
        match self {
            TextSize::Standard => "text-size-standard",
            TextSize::Large => "text-size-large",
            TextSize::Largest => "text-size-largest",
        }
    }
}

impl Settings {
    /// The chosen language, if it is one this build still speaks.
    pub fn chosen_language(&self) -> Option<Language> {
        self.language.as_deref().and_then(Language::from_code)
    }
}

impl Document for Settings {
    const NAME: &'static str = "settings";
    const VERSION: u32 = 1;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::store::{decode, encode};

    #[test]
    fn round_trip_and_language_choice() {
        let settings = Settings {
            language: Some("cy".into()),
            nation: Some(Nation::Wales),
            exit_site: Some(ExitSite::BbcNews),
            text_size: Some(TextSize::Largest),
            plain_name: Some("Notes".into()),
        };
        let back: Settings = decode(&encode(&settings)).unwrap();
        assert_eq!(back, settings);
        assert_eq!(back.chosen_language(), Some(Language::Cy));
    }

    #[test]
    fn a_language_no_longer_offered_is_ignored() {
        let settings: Settings = decode(r#"{"version":1,"data":{"language":"xx"}}"#).unwrap();
        assert_eq!(settings.chosen_language(), None);
        let wales: Settings = decode(r#"{"version":1,"data":{"nation":"wales"}}"#).unwrap();
        assert_eq!(wales.nation, Some(Nation::Wales));
        let empty: Settings = decode(r#"{"version":1,"data":{}}"#).unwrap();
        assert_eq!(empty, Settings::default());
        assert_eq!(empty.text_size.unwrap_or_default(), TextSize::Standard);
        let large: Settings = decode(r#"{"version":1,"data":{"text_size":"large"}}"#).unwrap();
        assert_eq!(large.text_size, Some(TextSize::Large));
    }
}
