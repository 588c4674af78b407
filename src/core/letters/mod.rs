//! Letters a parent can send: the eight letters, their paragraphs, and the plain text they
//! render to. The words of the letters live in `locales/<lang>/letter-text.ftl` (English and
//! Welsh: parents in Wales may write to the council in Welsh), fetched when the letters page
//! opens; the form around them speaks the reader's language.

mod catalogue;
mod render;
mod saved;

pub use catalogue::{Field, Letter, Para, PointPart, Recipient, LETTERS, POINT_PARTS};
pub use render::{render, LetterFields, LETTER_TEXT_FILE};
pub use render::{long_date};
pub use saved::{Draft, Letters, MyDetails, Point, SentLetter};
