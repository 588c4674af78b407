//! How the page looks for this reader: the text size. (Dark mode, reduced motion, more
//! contrast and forced colours come from the phone's own settings, in the stylesheet.)

use super::document;
use crate::core::store::TextSize;

/// Sets `<html data-text-size>`; the stylesheet scales every size in `rem` from it.
pub fn apply_text_size(size: TextSize) {
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("data-text-size", size.code());
    }
}
