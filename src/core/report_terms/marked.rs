//! The report with its marks, as one piece of HTML that the page inserts at once: a long report
//! has over a thousand marks, and building them one element at a time from WebAssembly took
//! most of the time to show them. Each mark is a `<mark>` (text marked for the reader's
//! attention) in the role of a button (the page answers Enter and Space on it): a `<button>` is
//! always laid out as a box of its own, and a thousand of them took the browser longer to lay
//! out than all the words around them. It has no class (the page styles `.report__marked mark`):
//! on the throttled phone a class on each of a thousand marks cost about 10 ms more to show.
//!
//! The text is the parent's own: whatever it holds (markup, `&amp;`, a stray `<`) must stay
//! text. Every character the HTML parser would read as markup, or change, is escaped; the only
//! tags are the marks' own, and the only attribute values are numbers.

use super::Mark;
use crate::core::html::escape_into;

/// The text with each mark a button, as HTML for the inside of an element whose white space is
/// kept (`white-space: pre-wrap`): `<mark role="button" tabindex="0" data-mark="<index>"
/// aria-expanded="false">` + the report's own words + `</mark>`, the rest of the text as it is. `index` is the mark's place in `marks`. Marks must be in order and not
/// overlap (as [`super::find_terms`] returns them); one that does not fit is left out, its words
/// kept.
pub fn marked_html(text: &str, marks: &[Mark]) -> String {
    const OPEN: &str = r#"<mark role="button" tabindex="0" data-mark=""#;
    const SHUT: &str = r#"" aria-expanded="false">"#;
    let mut out = String::with_capacity(text.len() + marks.len() * (OPEN.len() + SHUT.len() + 15));
    let mut at = 0;
    for (index, mark) in marks.iter().enumerate() {
        if mark.start < at || mark.end <= mark.start {
            continue;
        }
        let (Some(before), Some(words)) =
            (text.get(at..mark.start), text.get(mark.start..mark.end))
        else {
            continue;
        };
        escape_into(before, &mut out);
        out.push_str(OPEN);
        out.push_str(&index.to_string());
        out.push_str(SHUT);
        escape_into(words, &mut out);
        out.push_str("</mark>");
        at = mark.end;
    }
    escape_into(&text[at..], &mut out);
    out
}
