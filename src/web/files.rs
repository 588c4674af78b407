//! Reading a file the parent picked (a backup to import), without sending it anywhere.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

pub enum ReadError {
    /// Bigger than `limit` bytes: not read at all.
    TooLarge,
    Unreadable,
}

/// The file input a `change` event came from.
pub fn input_of(event: &web_sys::Event) -> Option<web_sys::HtmlInputElement> {
    event.target()?.dyn_into::<web_sys::HtmlInputElement>().ok()
}

/// The text of the first file chosen in a file input, refusing files over `limit` bytes before
/// reading them (a wrong pick could be a video).
pub async fn read_chosen(
    input: &web_sys::HtmlInputElement,
    limit: usize,
) -> Result<String, ReadError> {
    let file = input
        .files()
        .and_then(|list| list.get(0))
        .ok_or(ReadError::Unreadable)?;
    if file.size() > limit as f64 {
        return Err(ReadError::TooLarge);
    }
    let text = JsFuture::from(file.text())
        .await
        .map_err(|_| ReadError::Unreadable)?;
    text.dyn_into::<js_sys::JsString>()
        .map(String::from)
        .map_err(|_| ReadError::Unreadable)
}
