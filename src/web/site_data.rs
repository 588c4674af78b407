//! What the guide keeps in this browser besides the notes and settings in localStorage: the
//! service worker's caches (the app itself, the languages read, the pages kept in the reader's
//! language) and, in versions before the worker stopped using it, Workbox's expiration
//! database (every language file's address and when it was fetched).

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The caches that say what was read: the languages and the pages kept in them
/// (scripts/service-worker.mjs, scripts/sw-languages.js).
const READING_CACHE_PREFIX: &str = "cp-guide-";
const OLD_EXPIRATION_DATABASE: &str = "workbox-expiration";

/// After "Delete all my data": forgets which languages and pages were read. The app itself
/// stays cached, so the guide still opens offline (in English until a language is chosen).
pub async fn forget_what_was_read() {
    delete_caches(|name| name.starts_with(READING_CACHE_PREFIX)).await;
    delete_old_database();
}

/// "Remove every trace of this guide from this browser": every cache, the service worker's
/// registration, the old database. The page then leaves (web::exit::leave).
pub async fn remove_the_guide() {
    delete_caches(|_| true).await;
    delete_old_database();
    let Some(container) = web_sys::window().map(|w| w.navigator().service_worker()) else {
        return;
    };
    let Ok(registrations) = JsFuture::from(container.get_registrations()).await else {
        return;
    };
    for registration in js_sys::Array::from(&registrations).iter() {
        if let Ok(registration) = registration.dyn_into::<web_sys::ServiceWorkerRegistration>() {
            if let Ok(unregistering) = registration.unregister() {
                let _ = JsFuture::from(unregistering).await;
            }
        }
    }
}

async fn delete_caches(which: impl Fn(&str) -> bool) {
    let Some(caches) = web_sys::window().and_then(|w| w.caches().ok()) else {
        return;
    };
    let Ok(names) = JsFuture::from(caches.keys()).await else {
        return;
    };
    for name in js_sys::Array::from(&names)
        .iter()
        .filter_map(|n| n.as_string())
    {
        if which(&name) {
            let _ = JsFuture::from(caches.delete(&name)).await;
        }
    }
}

/// Not awaited: a worker still holding it open delays the deletion until it stops.
fn delete_old_database() {
    if let Some(factory) = web_sys::window().and_then(|w| w.indexed_db().ok().flatten()) {
        let _ = factory.delete_database(OLD_EXPIRATION_DATABASE);
    }
}
