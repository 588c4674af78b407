//! The languages the guide speaks, and how a visitor's browser languages map onto them.

/// Writing direction of a language, for `<html dir>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    pub const fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// A language the guide is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Language {
    En,
    Cy,
    Pl,
    Ro,
    Ur,
    Ar,
    /// The pseudo-language for testing: English with every message bracketed and lengthened
    /// (see [`pseudo`](super::pseudo)). Never offered to readers; `?lang=en-XA` turns it on.
    Pseudo,
}

impl Language {
    /// Every language a reader can choose, in the order the language switcher lists them.
    pub const ALL: [Language; 6] = [
        Language::En,
        Language::Cy,
        Language::Pl,
        Language::Ro,
        Language::Ur,
        Language::Ar,
    ];

    /// The BCP 47 code: the value of `<html lang>` (and, except for the pseudo-language, the
    /// locale folder's name).
    pub const fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Cy => "cy",
            Language::Pl => "pl",
            Language::Ro => "ro",
            Language::Ur => "ur",
            Language::Ar => "ar",
            // A region no one speaks English in: the private-use pseudo-locale tag that
            // Android and Windows use, so screen readers still treat it as English.
            Language::Pseudo => "en-XA",
        }
    }

    /// The folder under `locales/` holding this language's `.ftl` files.
    pub const fn folder(self) -> &'static str {
        match self {
            Language::Pseudo => "en",
            other => other.code(),
        }
    }

    /// The CLDR plural categories of the language, `other` last. Every number selector in a
    /// translation has a variant for each (tests/locales.rs), so "3 pytania" and "5 pytań"
    /// both come out right.
    pub const fn plural_categories(self) -> &'static [&'static str] {
        match self {
            Language::En | Language::Ur | Language::Pseudo => &["one", "other"],
            Language::Pl => &["one", "few", "many", "other"],
            Language::Ro => &["one", "few", "other"],
            Language::Cy | Language::Ar => &["zero", "one", "two", "few", "many", "other"],
        }
    }

    /// The language's name in itself. An endonym is the same in every locale, so it is data kept
    /// with the code, not a translatable message: the switcher must name languages whose
    /// messages have not been downloaded.
    pub const fn endonym(self) -> &'static str {
        match self {
            Language::En => "English",
            Language::Cy => "Cymraeg",
            Language::Pl => "Polski",
            Language::Ro => "Română",
            Language::Ur => "اردو",
            Language::Ar => "العربية",
            Language::Pseudo => "[Pseudo]",
        }
    }

    pub const fn direction(self) -> Direction {
        match self {
            Language::Ur | Language::Ar => Direction::Rtl,
            _ => Direction::Ltr,
        }
    }

    /// English is the original; every other language is a translation, and says so.
    pub const fn is_translation(self) -> bool {
        !matches!(self, Language::En | Language::Pseudo)
    }

    /// Whether readers are offered it (all but the pseudo-language).
    pub const fn is_offered(self) -> bool {
        !matches!(self, Language::Pseudo)
    }

    /// A language a reader can choose (the pseudo-language is not one).
    pub fn from_code(code: &str) -> Option<Language> {
        Language::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The `?lang=` of a shared link: any language a reader can choose, or the
    /// pseudo-language for testing.
    pub fn from_link(code: &str) -> Option<Language> {
        if code.eq_ignore_ascii_case(Language::Pseudo.code()) {
            return Some(Language::Pseudo);
        }
        Language::from_code(&code.to_ascii_lowercase())
    }

    /// The first of the browser's preferred languages (`navigator.languages`, best first) that
    /// the guide speaks, matching on the primary subtag (`cy-GB` is Welsh); English otherwise.
    pub fn negotiate<S: AsRef<str>>(preferred: &[S]) -> Language {
        preferred
            .iter()
            .filter_map(|tag| {
                let primary = tag.as_ref().split(['-', '_']).next()?.to_ascii_lowercase();
                Language::from_code(&primary)
            })
            .next()
            .unwrap_or(Language::En)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiation_takes_the_first_language_we_speak() {
        assert_eq!(Language::negotiate(&["cy-GB", "en-GB"]), Language::Cy);
        assert_eq!(Language::negotiate(&["fr-FR", "CY", "en"]), Language::Cy);
        assert_eq!(Language::negotiate(&["pl-PL", "en"]), Language::Pl);
        assert_eq!(Language::negotiate(&["ur-PK", "en"]), Language::Ur);
        assert_eq!(Language::negotiate(&["en-US", "cy"]), Language::En);
    }

    #[test]
    fn negotiation_falls_back_to_english() {
        assert_eq!(Language::negotiate::<&str>(&[]), Language::En);
        assert_eq!(Language::negotiate(&["fr-FR", "", "-"]), Language::En);
    }

    #[test]
    fn codes_round_trip() {
        for lang in Language::ALL {
            assert_eq!(Language::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Language::from_code("xx"), None);
        // The pseudo-language can be reached by a link, never by the browser or a setting.
        assert_eq!(Language::from_code("en-XA"), None);
        assert_eq!(Language::negotiate(&["en-XA"]), Language::En);
        assert_eq!(Language::from_link("en-xa"), Some(Language::Pseudo));
        assert_eq!(Language::from_link("PL"), Some(Language::Pl));
    }

    #[test]
    fn right_to_left_languages() {
        let rtl: Vec<_> = Language::ALL
            .into_iter()
            .filter(|l| l.direction() == Direction::Rtl)
            .collect();
        assert_eq!(rtl, [Language::Ur, Language::Ar]);
    }
}
