use crate::core::routes::Route;
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

/// The reader's own tools (`/checklist`, `/questions`, `/contacts`): what each will hold. Their
/// editors come with the personal-tools work; until then the page says so plainly.
#[component]
pub fn ToolPage(route: Route) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <h1>{move || i18n.t(route.title_key())}</h1>
        <p class="lead">{move || i18n.t(route.intro_key())}</p>
        <p class="inset">{move || i18n.t("tool-not-ready")}</p>
        <p><a href=Route::Home.path()>{move || i18n.t("nav-guide")}</a></p>
    }
}
