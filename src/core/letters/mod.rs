//! Letters a parent can send: the eight letters, their paragraphs, and the plain text they
//! render to. The words of the letters live in `locales/<lang>/letter-text.ftl` (English and
//! Welsh: parents in Wales may write to the council in Welsh), fetched when the letters page
//! opens; the form around them speaks the reader's language.

mod catalogue;
mod render;
mod saved;

pub use catalogue::{Field, Letter, Para, PointPart, Recipient, LETTERS, POINT_PARTS};
pub use render::long_date;
pub use render::{render, LetterFields, LETTER_TEXT_FILE};
pub use saved::{change_points, Draft, Letters, MyDetails, Point, PointChange, SentLetter};

use crate::core::content::Nation;
use crate::core::i18n::Language;

/// The language a letter or my report is written in: English, unless the parent is in Wales
/// and chose Welsh for it, or reads the guide in Welsh and has not chosen (`chosen` empty).
pub fn letter_language(nation: Nation, chosen: &str, reader: Language) -> Language {
    if nation != Nation::Wales {
        return Language::En;
    }
    match chosen {
        "cy" => Language::Cy,
        "en" => Language::En,
        _ if reader == Language::Cy => Language::Cy,
        _ => Language::En,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn welsh_only_in_wales_and_the_parents_choice_wins() {
        assert_eq!(
            letter_language(Nation::England, "cy", Language::Cy),
            Language::En
        );
        assert_eq!(
            letter_language(Nation::Wales, "", Language::Cy),
            Language::Cy
        );
        assert_eq!(
            letter_language(Nation::Wales, "", Language::Pl),
            Language::En
        );
        assert_eq!(
            letter_language(Nation::Wales, "en", Language::Cy),
            Language::En
        );
        assert_eq!(
            letter_language(Nation::Wales, "cy", Language::En),
            Language::Cy
        );
    }
}
