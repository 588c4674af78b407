//! The page's address in this browser: the folder the guide is hosted under, added to the
//! paths of core::address and taken off the address bar's.

use crate::core::address::Address;
use std::sync::OnceLock;

/// The folder the guide is served from, without its last slash: `""` at a site's root,
/// `"/guide"` under a folder. The build writes it into every page (`<meta name="base-path">`,
/// from `make dist BASE=/guide/`), so one build of the app serves any folder.
pub fn base() -> &'static str {
    static BASE: OnceLock<String> = OnceLock::new();
    BASE.get_or_init(|| {
        super::document()
            .query_selector("meta[name=base-path]")
            .ok()
            .flatten()
            .and_then(|meta| meta.get_attribute("content"))
            .map(|base| base.trim_end_matches('/').to_string())
            .filter(|base| base.starts_with('/'))
            .unwrap_or_default()
    })
}

/// A link to the page, for `href`.
pub fn href(address: Address) -> String {
    format!("{}{}", base(), address.path())
}

/// A link to one part of the page (`/pl/glossary/#core-group`).
pub fn href_to(address: Address, section: &str) -> String {
    format!("{}{}", base(), address.path_to(section))
}

/// The whole address, to share or to print (`https://example.org/pl/before/`).
pub fn absolute(address: Address) -> String {
    let origin = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    format!("{origin}{}", href(address))
}

/// The address bar's query (`?x=1`, or empty) and fragment (`#part`, or empty).
pub fn query_and_hash() -> (String, String) {
    let location = web_sys::window().map(|w| w.location());
    let part = |read: fn(&web_sys::Location) -> Result<String, wasm_bindgen::JsValue>| {
        location
            .as_ref()
            .and_then(|l| read(l).ok())
            .unwrap_or_default()
    };
    (
        part(web_sys::Location::search),
        part(web_sys::Location::hash),
    )
}

/// A path of the address bar within the guide's folder: `/guide/pl/before/` -> `/pl/before/`.
pub fn within_base(path: &str) -> &str {
    let base = base();
    match path.strip_prefix(base) {
        Some(rest) if rest.starts_with('/') || rest.is_empty() => rest,
        _ => path,
    }
}

/// The page the address bar names, if it names one.
pub fn parse(path: &str) -> Option<Address> {
    Address::parse(within_base(path))
}
