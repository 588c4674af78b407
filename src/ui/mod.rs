//! Leptos views. Pages (one per route) in `pages/`, the pieces they share in `components/`.
//! Views stay thin: text comes from the catalogue, structure from `core`.

mod app;
mod auto_lock;
mod chunks;
mod components;
mod drafts;
mod i18n;
mod notes;
mod pages;

use crate::core::i18n::Catalog;
use crate::core::store::Settings;
use wasm_bindgen::JsCast;

/// Replaces the static page shell with the running app.
pub fn mount(catalog: Catalog, settings: Settings) {
    let Some(root) = crate::web::document().get_element_by_id("app") else {
        return;
    };
    root.set_inner_html("");
    let root: web_sys::HtmlElement = root.unchecked_into();
    leptos::mount::mount_to(root, move || leptos::view! { <app::App catalog settings/> }).forget();
    // Tells tests, the benchmark and the pre-renderer that the app (not the static page) is
    // what is on screen now.
    if let Some(html) = crate::web::document().document_element() {
        let _ = html.set_attribute("data-app", "ready");
    }
}
