use crate::core::routes::Route;
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

/// Any path the route table does not know.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <h1>{move || i18n.t("not-found-title")}</h1>
        <p>{move || i18n.t("not-found-body")}</p>
        <p><a href=Route::Home.path()>{move || i18n.t("not-found-home")}</a></p>
    }
}
