//! Child protection conference guide.
//!
//! - [`core`]: pure logic (route table, i18n catalogue, storage codec). No browser APIs, tested on the host.
//! - `web`: the thin layer that touches the browser (storage, fetching locales, the service worker).
//! - `ui`: Leptos components: `pages/` (one per route) and `components/` (pieces of pages).

pub mod core;

#[cfg(target_arch = "wasm32")]
pub mod ui;
#[cfg(target_arch = "wasm32")]
pub mod web;
