//! The tools' stylesheet (style/tools.css). A guide page does not carry it (the guide's own
//! stylesheet is in every page); a tool's page links it in its head (scripts/chunks.mjs), and a
//! tool opened from a guide page adds the link first and waits for it (`ready`), so the tool
//! never shows unstyled.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Marks the link while its file is on its way; cleared by the link's own load or error.
const LOADING: &str = "loading";

/// Resolves once the tools' stylesheet is in the page: at once when the page linked it (or it
/// arrived before), else when the file has loaded, or failed to (a tool without its styles is
/// better than none). Under `make serve`, Trunk links it in every page.
pub async fn ready() {
    let document = super::document();
    let link = match document.query_selector("link[data-tools]").ok().flatten() {
        Some(link) if link.get_attribute("data-tools").as_deref() != Some(LOADING) => return,
        Some(link) => link,
        None => match add_link(&document) {
            Some(link) => link,
            None => return,
        },
    };
    let settled = js_sys::Promise::new(&mut |resolve, _| {
        let _ = link.add_event_listener_with_callback("load", &resolve);
        let _ = link.add_event_listener_with_callback("error", &resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(settled).await;
}

/// Links the stylesheet at the address the build wrote into the page (scripts/assemble.mjs).
fn add_link(document: &web_sys::Document) -> Option<web_sys::Element> {
    let href = document
        .query_selector("meta[name=tools-stylesheet]")
        .ok()??
        .get_attribute("content")?;
    let link = document.create_element("link").ok()?;
    link.set_attribute("rel", "stylesheet").ok()?;
    link.set_attribute("href", &href).ok()?;
    link.set_attribute("data-tools", LOADING).ok()?;
    // Cleared by the link itself, so a wait that began later (or was dropped) never misses it.
    for event in ["load", "error"] {
        let marked = link.clone();
        let settle = Closure::<dyn Fn()>::new(move || {
            let _ = marked.set_attribute("data-tools", "");
        });
        let _ = link.add_event_listener_with_callback(event, settle.as_ref().unchecked_ref());
        settle.forget();
    }
    document.head()?.append_child(&link).ok()?;
    Some(link)
}
