//! Fetching a language's messages and telling the document which language it is in.

use super::document;
use crate::core::i18n::{Catalog, Language, LOCALE_FILES};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The language a shared link asks for (`?lang=pl`), if any.
pub fn language_from_link() -> Option<Language> {
    let search = web_sys::window()?.location().search().ok()?;
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok()?;
    Language::from_link(&params.get("lang")?)
}

/// `navigator.languages`, best first.
pub fn browser_languages() -> Vec<String> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    window
        .navigator()
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect()
}

/// Sorts `items` by `key` as a reader of `language` expects a list to run: by the browser's
/// collation (Romanian "Î" beside "I", Polish "ł" after "l", Urdu's letters in their own order,
/// case aside), not by the characters' codes. It also keeps the standard library's Unicode case
/// tables (about 15 KB) out of the core.
pub fn sort_for_reader<T>(items: &mut [T], language: Language, key: impl Fn(&T) -> &str) {
    let locales = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(language.code()));
    let options = js_sys::Object::new();
    items.sort_by(|a, b| {
        js_sys::JsString::from(key(a))
            .locale_compare(key(b), &locales, &options)
            .cmp(&0)
    });
}

/// Sets `<html lang>` and `<html dir>`, which screen readers, spelling and fonts all follow.
pub fn apply_to_document(language: Language) {
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("lang", language.code());
        let _ = html.set_attribute("dir", language.direction().as_str());
    }
}

pub fn set_title(title: &str) {
    document().set_title(title);
}

/// The address of one of a language's files. `?v=` is a fingerprint of every `.ftl` file
/// (build.rs), so the service worker's copy is never older than the app asking for it.
fn locale_url(language: Language, file: &str) -> String {
    format!(
        "{}/locales/{}/{file}?v={}",
        super::address::base(),
        language.folder(),
        env!("LOCALES_VERSION")
    )
}

/// Downloads `locales/<code>/*.ftl` for one language, and nothing of any other, and parses
/// them. The service worker keeps the files once fetched, so a language once read stays
/// readable offline.
pub async fn fetch_catalog(language: Language) -> Result<Catalog, String> {
    // All files at once: on a slow network each request costs a round trip.
    let urls: Vec<String> = LOCALE_FILES
        .iter()
        .map(|name| locale_url(language, name))
        .collect();
    let texts = futures::future::try_join_all(urls.iter().map(|url| fetch_text(url))).await?;
    let sources: Vec<(&str, &str)> = LOCALE_FILES
        .iter()
        .copied()
        .zip(texts.iter().map(String::as_str))
        .collect();
    Catalog::from_sources(language, &sources).map_err(|e| e.to_string())
}

/// One file of words that only one page or tool needs (`locales/<lang>/<file>`), fetched when
/// it is opened rather than with every start (see ui::i18n::use_page_words).
/// Until they arrive the page is marked busy (`<main aria-busy="true">`, see [`WordsOnTheirWay`]).
pub async fn fetch_words(language: Language, file: &str) -> Result<Catalog, String> {
    let _busy = WordsOnTheirWay::start();
    let text = fetch_text(&locale_url(language, file)).await?;
    Catalog::from_sources(language, &[(file, &text)]).map_err(|e| e.to_string())
}

thread_local! {
    static WORDS_ON_THEIR_WAY: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// A page's own words on their way: while any are, `<main>` says it is busy (its labels and
/// buttons are still empty), so a screen reader waits for them rather than reading a half
/// page, and a test knows when the page is whole. Ends when dropped, arrived or not.
struct WordsOnTheirWay;

impl WordsOnTheirWay {
    fn start() -> WordsOnTheirWay {
        WORDS_ON_THEIR_WAY.with(|n| n.set(n.get() + 1));
        mark_main_busy(true);
        WordsOnTheirWay
    }
}

impl Drop for WordsOnTheirWay {
    fn drop(&mut self) {
        let left = WORDS_ON_THEIR_WAY.with(|n| {
            n.set(n.get().saturating_sub(1));
            n.get()
        });
        if left == 0 {
            mark_main_busy(false);
        }
    }
}

fn mark_main_busy(busy: bool) {
    if let Some(main) = document().query_selector("main").ok().flatten() {
        let _ = if busy {
            main.set_attribute("aria-busy", "true")
        } else {
            main.remove_attribute("aria-busy")
        };
    }
}

/// The words of the pages that have a file of their own (`PAGE_LOCALE_FILES`), fetched a few
/// seconds after the app has started, at low priority, and kept: every tool then works offline
/// after one visit, as its code does (the service worker fetches the chunks then too). Not on
/// the first paint's path, and not at all where the browser keeps nothing for offline use.
pub fn keep_page_words_for_offline(language: Language) {
    use crate::core::i18n::PAGE_LOCALE_FILES;
    if cfg!(debug_assertions) {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    if window.caches().is_err() {
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        super::clock::pause(std::time::Duration::from_secs(2)).await;
        for file in PAGE_LOCALE_FILES {
            // The reader chose another language meanwhile: that one's words are kept instead.
            let shown = super::document()
                .document_element()
                .map(|html| html.get_attribute("lang"));
            if shown.flatten().as_deref() != Some(language.code()) {
                return;
            }
            let url = locale_url(language, file);
            let init = web_sys::RequestInit::new();
            let _ = js_sys::Reflect::set(&init, &"priority".into(), &"low".into());
            if let Ok(response) = JsFuture::from(window.fetch_with_str_and_init(&url, &init)).await
            {
                if let Ok(response) = response.dyn_into::<web_sys::Response>() {
                    if response.ok() {
                        keep_for_offline(&url, &response);
                    }
                }
            }
        }
    });
}

/// The name of the cache the service worker keeps languages in (scripts/service-worker.mjs).
const LOCALES_CACHE: &str = "cp-guide-locales";

/// On a first visit the worker is not yet in charge, so it never sees these files: the page
/// puts them in the worker's cache itself. The language just read then works offline however
/// soon the reader closes the page. (Once the worker is in charge it keeps them on its own.)
fn keep_for_offline(url: &str, response: &web_sys::Response) {
    if cfg!(debug_assertions) || super::service_worker::controls_page() {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    // Absent where the browser offers no storage of this kind (plain http, some private modes).
    let Ok(caches) = window.caches() else {
        return;
    };
    let Ok(copy) = response.clone() else {
        return;
    };
    let url = url.to_string();
    wasm_bindgen_futures::spawn_local(async move {
        if let Ok(cache) = JsFuture::from(caches.open(LOCALES_CACHE)).await {
            let cache: web_sys::Cache = cache.unchecked_into();
            let _ = JsFuture::from(cache.put_with_str(&url, &copy)).await;
        }
    });
}

async fn fetch_text(url: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window")?;
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| format!("{url}: network error"))?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| "not a response")?;
    if !response.ok() {
        return Err(format!("{url}: HTTP {}", response.status()));
    }
    keep_for_offline(url, &response);
    let text = JsFuture::from(response.text().map_err(|_| "no body")?)
        .await
        .map_err(|_| format!("{url}: body not read"))?;
    text.as_string()
        .ok_or_else(|| format!("{url}: body is not text"))
}
