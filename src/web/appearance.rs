//! How the page looks for this reader: the text size, and the plain name's manifest and icon. (Dark mode, reduced motion, more
//! contrast and forced colours come from the phone's own settings, in the stylesheet.)

use super::document;
use crate::core::i18n::Language;
use crate::core::store::TextSize;

/// Sets `<html data-text-size>`; the stylesheet scales every size in `rem` from it.
pub fn apply_text_size(size: TextSize) {
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("data-text-size", size.code());
    }
}

/// Points the page at the neutral manifest in `language` (`plain.pl.webmanifest`, written by
/// route-pages) and the neutral icon, or back at the guide's own, and sets
/// `<html data-plain-name>`, by which the header shows the plain name, as the early script in
/// index.html does before the first paint.
pub fn apply_plain_name(plain: bool, language: Language) {
    if let Some(html) = document().document_element() {
        let _ = if plain {
            html.set_attribute("data-plain-name", "")
        } else {
            html.remove_attribute("data-plain-name")
        };
    }
    let manifest = format!("plain.{}.webmanifest", language.code());
    let links = [
        (
            "link[rel=manifest]",
            "manifest.webmanifest",
            manifest.as_str(),
        ),
        ("link[rel=icon]", "icon.svg", "plain-icon.svg"),
        (
            "link[rel=apple-touch-icon]",
            "icon-192.png",
            "plain-icon-192.png",
        ),
    ];
    // In the guide's folder (`/guide/icon.svg`).
    let base = super::address::base();
    for (selector, own, neutral) in links {
        if let Ok(Some(link)) = document().query_selector(selector) {
            let file = if plain { neutral } else { own };
            let _ = link.set_attribute("href", &format!("{base}/{file}"));
        }
    }
}
