//! Pure logic: no web-sys, no Leptos. Everything here is tested with `cargo test` on the host.
pub mod address;
pub mod content;
pub mod dates;
pub mod exit;
pub mod file_names;
pub mod html;
pub mod i18n;
pub mod letters;
pub mod my_report;
pub mod personal;
pub mod report_terms;
pub mod routes;
pub mod share;
pub mod store;
pub mod vault;
