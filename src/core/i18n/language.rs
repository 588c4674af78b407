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
}

impl Language {
    /// Every language, in the order the language switcher lists them.
    pub const ALL: [Language; 2] = [Language::En, Language::Cy];

    /// The BCP 47 code: the locale folder's name and the value of `<html lang>`.
    pub const fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Cy => "cy",
        }
    }

    /// The language's name in itself. An endonym is the same in every locale, so it is data kept
    /// with the code, not a translatable message: the switcher must name languages whose
    /// messages have not been downloaded.
    pub const fn endonym(self) -> &'static str {
        match self {
            Language::En => "English",
            Language::Cy => "Cymraeg",
        }
    }

    pub const fn direction(self) -> Direction {
        match self {
            Language::En | Language::Cy => Direction::Ltr,
        }
    }

    pub fn from_code(code: &str) -> Option<Language> {
        Language::ALL.into_iter().find(|l| l.code() == code)
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
        assert_eq!(Language::negotiate(&["pl-PL", "CY", "en"]), Language::Cy);
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
    }
}
