//! Handing text to another app: the phone's share sheet where the browser has one (Web Share
//! API), else the clipboard. Either way the text goes only where the parent sends it.

use wasm_bindgen_futures::JsFuture;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Shared {
    /// The share sheet opened (the parent may still have cancelled it).
    Shared,
    Copied,
    Failed,
}

/// Whether this browser has a share sheet (most phones do; desktop Chromium often not).
pub fn can_share() -> bool {
    web_sys::window()
        .map(|w| js_sys::Reflect::has(&w.navigator(), &"share".into()).unwrap_or(false))
        .unwrap_or(false)
}

pub async fn share_or_copy(title: &str, text: &str) -> Shared {
    let Some(window) = web_sys::window() else {
        return Shared::Failed;
    };
    let navigator = window.navigator();
    if can_share() {
        let data = web_sys::ShareData::new();
        data.set_title(title);
        data.set_text(text);
        return match JsFuture::from(navigator.share_with_data(&data)).await {
            Ok(_) => Shared::Shared,
            // Cancelling the sheet is an AbortError: not a failure to report, nor a reason to
            // copy behind the parent's back.
            Err(e) if is_abort(&e) => Shared::Shared,
            Err(_) => copy(&navigator, text).await,
        };
    }
    copy(&navigator, text).await
}

pub async fn copy_text(text: &str) -> Shared {
    match web_sys::window() {
        Some(w) => copy(&w.navigator(), text).await,
        None => Shared::Failed,
    }
}

async fn copy(navigator: &web_sys::Navigator, text: &str) -> Shared {
    match JsFuture::from(navigator.clipboard().write_text(text)).await {
        Ok(_) => Shared::Copied,
        Err(_) => Shared::Failed,
    }
}

fn is_abort(error: &wasm_bindgen::JsValue) -> bool {
    js_sys::Reflect::get(error, &"name".into())
        .ok()
        .and_then(|n| n.as_string())
        .is_some_and(|n| n == "AbortError")
}

/// Opens the browser's print dialogue (where the parent can also save a PDF).
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}
