//! The service worker (public/sw.js is generated at build time by Workbox): registering it,
//! noticing that a new version is waiting, and switching to it when the reader agrees.
//!
//! A new version never takes over a page by itself: its worker waits until the reader taps
//! "Reload", then the page reloads once under the new worker, so one page never mixes the
//! files of two versions. When another tab applies an update, every other tab is told (the
//! worker that controls it changed) and offers a reload too, rather than going on as the old
//! version beside the new one's notes.

use crate::core::address::Address;
use crate::core::routes::Route;
use std::cell::Cell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

thread_local! {
    /// Set when the reader asked for the update, so that the first install (which also changes
    /// the controller) never reloads the page under them.
    static UPDATE_REQUESTED: Cell<bool> = const { Cell::new(false) };
}

fn container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    // Absent on plain http (other than localhost), and present but undefined where a browser
    // or a privacy setting blocks service workers.
    js_sys::Reflect::get(&navigator, &JsValue::from_str("serviceWorker"))
        .ok()
        .and_then(|value| value.dyn_into::<ServiceWorkerContainer>().ok())
}

/// Registers the worker and calls `on_update_ready` whenever a new version is installed and
/// waiting, and `on_updated_elsewhere` when another tab switched to a new version. Debug builds
/// (`make serve`) skip it, so live reload is never served from a cache.
pub fn register(
    on_update_ready: impl Fn() + Clone + 'static,
    on_updated_elsewhere: impl Fn() + 'static,
) {
    if cfg!(debug_assertions) {
        return;
    }
    let Some(container) = container() else { return };
    // A first install also gives the page a controller: that is not a new version.
    let had_controller = Cell::new(container.controller().is_some());
    let reload = Closure::<dyn Fn()>::new(move || {
        if UPDATE_REQUESTED.with(Cell::get) {
            reload();
        } else if had_controller.replace(true) {
            on_updated_elsewhere();
        }
    });
    container.set_oncontrollerchange(Some(reload.as_ref().unchecked_ref()));
    reload.forget();

    wasm_bindgen_futures::spawn_local(async move {
        // Update checks skip the HTTP cache for the worker's imports too (sw-languages.js): a
        // new version must never install with the old version's language fingerprint.
        let options = web_sys::RegistrationOptions::new();
        options.set_update_via_cache(web_sys::ServiceWorkerUpdateViaCache::None);
        // In the guide's folder, whose pages are its scope.
        let worker = format!("{}/sw.js", super::address::base());
        let Ok(registration) =
            JsFuture::from(container.register_with_options(&worker, &options)).await
        else {
            return;
        };
        let Ok(registration) = registration.dyn_into::<ServiceWorkerRegistration>() else {
            return;
        };
        if registration.waiting().is_some() && container.controller().is_some() {
            on_update_ready();
        }
        watch_for_updates(&registration, container, on_update_ready);
    });
}

fn watch_for_updates(
    registration: &ServiceWorkerRegistration,
    container: ServiceWorkerContainer,
    on_update_ready: impl Fn() + Clone + 'static,
) {
    let reg = registration.clone();
    let on_found = Closure::<dyn Fn()>::new(move || {
        let Some(worker) = reg.installing() else {
            return;
        };
        let container = container.clone();
        let on_update_ready = on_update_ready.clone();
        let watched = worker.clone();
        let on_state = Closure::<dyn Fn()>::new(move || {
            // With no controller this is the first install, not an update.
            if watched.state() == ServiceWorkerState::Installed && container.controller().is_some()
            {
                on_update_ready();
            }
        });
        worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
        on_state.forget();
    });
    registration.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
    on_found.forget();
}

/// Whether a service worker answers this page's requests (and so keeps what it fetches).
pub fn controls_page() -> bool {
    container().is_some_and(|c| c.controller().is_some())
}

/// Tells the waiting worker to take over; the page reloads when it has. When no worker waits
/// any more (another tab took the update first, and this one still offers it), a reload is all
/// that is left to do: the button never does nothing.
pub fn apply_update() {
    let Some(container) = container() else {
        return reload();
    };
    wasm_bindgen_futures::spawn_local(async move {
        let waiting = JsFuture::from(container.get_registration())
            .await
            .ok()
            .and_then(|registration| registration.dyn_into::<ServiceWorkerRegistration>().ok())
            .and_then(|registration| registration.waiting());
        match waiting {
            Some(waiting) => {
                UPDATE_REQUESTED.with(|r| r.set(true));
                post(&waiting, &[("type", "SKIP_WAITING")]);
            }
            None => reload(),
        }
    });
}

fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}

/// Tells the worker whose this phone is: `page` is the page on screen at the reader's address
/// (their language and their answer to "England or Wales?", core::address). The worker keeps
/// that page, and answers a plain address (`/before/`, the home screen's `/`) with the
/// reader's page, so a returning reader never sees the English page, or the question they have
/// answered, while the app starts (scripts/sw-languages.js).
pub fn tell_reader(page: Address) {
    let home = Address {
        route: Route::Home,
        ..page
    }
    .path();
    let page = page.path();
    to_active_worker(move |worker| {
        post(
            worker,
            &[("type", "READER"), ("home", &home), ("page", &page)],
        );
    });
}

/// Runs `send` with the active worker, once there is one (the first visit waits for the
/// install); never where there is no worker, nor in debug builds, which have none.
fn to_active_worker(send: impl FnOnce(&web_sys::ServiceWorker) + 'static) {
    if cfg!(debug_assertions) {
        return;
    }
    let Some(container) = container() else { return };
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(ready) = container.ready() else { return };
        let Ok(registration) = JsFuture::from(ready).await else {
            return;
        };
        if let Some(worker) = registration
            .dyn_into::<ServiceWorkerRegistration>()
            .ok()
            .and_then(|r| r.active())
        {
            send(&worker);
        }
    });
}

/// Posts `{ name: value, … }` to a worker.
fn post(worker: &web_sys::ServiceWorker, fields: &[(&str, &str)]) {
    let message = js_sys::Object::new();
    for (name, value) in fields {
        let _ = js_sys::Reflect::set(&message, &(*name).into(), &(*value).into());
    }
    let _ = worker.post_message(&message);
}
