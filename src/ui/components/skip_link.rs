use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

/// The first thing a keyboard reaches: jumps past the header to the page's content.
#[component]
pub fn SkipLink() -> impl IntoView {
    let i18n = use_i18n();
    view! { <a class="skip-link" href="#main-content">{i18n.text("skip-link")}</a> }
}
