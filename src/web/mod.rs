//! The thin layer between the pure core and the browser: storage, fetching a language's
//! messages, the document's language and title, and the service worker.

pub mod address;
pub mod appearance;
pub mod clock;
pub mod download;
pub mod exit;
pub mod files;
pub mod i18n;
pub mod one_tab_at_a_time;
pub mod service_worker;
pub mod share;
pub mod site_data;
pub mod speech;
pub mod storage;
pub mod tabs;
pub mod tools_stylesheet;
pub mod tries;
pub mod vault;

use crate::core::i18n::Language;
use crate::core::store::Settings;

/// The app's start: read the address, choose the language, fetch its messages, then hand them
/// and the settings to `mount` (the views' entry, `ui::mount`: this layer does not know the
/// views), which replaces the pre-rendered page with the app. The pre-rendered page (written at build time in the
/// address's language, or English at a plain address) stays on screen
/// until then, so a slow connection shows real words rather than a blank page. `<html lang>`
/// changes only with the words, so a screen reader never reads English with Welsh sounds.
pub fn start(mount: fn(crate::core::i18n::Catalog, Settings)) {
    let mut settings: Settings = storage::load_or_default();
    let address = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .and_then(|path| address::parse(&path));
    // A family support worker's link may name the parent's language (`/pl/before/`, or an
    // older link's `?lang=pl`) and their nation (`/wales/before/`): they win, and are
    // remembered like a choice in the menu. The pseudo-language is never kept. The app then
    // keeps the address in step with the reader's choices (ui::app::CurrentPage).
    let from_link = address
        .and_then(|a| a.language)
        .or_else(i18n::language_from_link);
    let mut changed = false;
    if let Some(language) = from_link.filter(|l| l.is_offered()) {
        changed |= settings.chosen_language() != Some(language);
        settings.language = Some(language.code().into());
    }
    if let Some(nation) = address.and_then(|a| a.nation) {
        changed |= settings.nation != Some(nation);
        settings.nation = Some(nation);
    }
    if changed {
        let _ = storage::save(&settings);
    }
    let language = from_link
        .or_else(|| settings.chosen_language())
        .unwrap_or_else(|| Language::negotiate(&i18n::browser_languages()));
    // Before the messages download, so the page does not change size again once they arrive.
    appearance::apply_text_size(settings.text_size.unwrap_or_default());
    wasm_bindgen_futures::spawn_local(async move {
        let catalog = match i18n::fetch_catalog(language).await {
            Ok(catalog) => catalog,
            // The chosen language may not be downloaded yet when offline: English is the
            // fallback (the pre-rendered page stays readable if that fails too).
            Err(_) if language != Language::En => match i18n::fetch_catalog(Language::En).await {
                Ok(catalog) => catalog,
                Err(_) => return show_shell_error(),
            },
            Err(_) => return show_shell_error(),
        };
        i18n::apply_to_document(catalog.language());
        // The reader's own language, not English in its place while offline.
        if catalog.language() == language && language.is_offered() {
            let route = address.map_or(crate::core::routes::Route::Home, |a| a.route);
            service_worker::tell_reader(
                crate::core::address::Address::new(route)
                    .in_language(language)
                    .in_nation(settings.nation),
            );
        }
        let shown = catalog.language();
        mount(catalog, settings);
        i18n::keep_page_words_for_offline(shown);
    });
}

/// Reveals the shell's own "could not start" line (its words come from the build, in the
/// page's language).
fn show_shell_error() {
    if let Some(el) = document().get_element_by_id("shell-error") {
        let _ = el.remove_attribute("hidden");
    }
}

pub(crate) fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a browser window with a document")
}
