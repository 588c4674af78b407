//! Saving a file the app made (a calendar, a letter, the notes) to the phone, without any
//! server.

use super::document;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsCast;

/// How long the file's address stays valid after the click. The browser reads the file after
/// `click()` returns, and some (Safari, older Chrome on Android) only once the save dialogue
/// has been answered: revoking at once can fail the download while the app says it is done.
const KEEP_ADDRESS_MS: i32 = 60_000;

/// Offers `text` as a download called `name`. `None` if the browser refused.
pub fn text_file(name: &str, mime: &str, text: &str) -> Option<()> {
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let link: web_sys::HtmlAnchorElement = document().create_element("a").ok()?.unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    link.click();
    revoke_later(url);
    Some(())
}

/// Frees the file's memory once the browser has had time to save it. (Should the timer be
/// refused, the address is freed with the page.)
fn revoke_later(url: String) {
    let revoke = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    if let Some(window) = web_sys::window() {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
            revoke.unchecked_ref(),
            KEEP_ADDRESS_MS,
        );
    }
}
