use crate::core::routes::Route;
use crate::ui::components::TranslationNotice;
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

/// Any path the route table does not know.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <h1>{i18n.text("not-found-title")}</h1>
        <TranslationNotice/>
        <p>{i18n.text("not-found-body")}</p>
        <p><a href=i18n.href(Route::Home)>{i18n.text("not-found-home")}</a></p>
    }
}
