//! Letters a parent can send: the seven letters, their paragraphs, and the plain text they
//! render to. The words of the letters live in `locales/<lang>/letter-text.ftl` (English and
//! Welsh: parents in Wales may write to the council in Welsh), fetched when the letters page
//! opens; the form around them speaks the reader's language.

mod catalogue;
mod render;
mod saved;

pub use catalogue::{Field, Letter, Para, Recipient, LETTERS};
pub use render::{render, LetterFields, LETTER_TEXT_FILE};
pub use saved::{Draft, Letters, MyDetails, SentLetter};
