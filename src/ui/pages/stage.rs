use crate::core::routes::Route;
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

/// One of the five stages: `/before`, `/during`, `/core-group`, `/review`, `/help`.
#[component]
pub fn StagePage(route: Route) -> impl IntoView {
    let i18n = use_i18n();
    let number = route.stage_number().unwrap_or(1);
    view! {
        <p class="caption">
            {move || i18n.t_args("stage-number", [("number", number.into()), ("total", Route::STAGES.len().into())])}
        </p>
        <h1>{move || i18n.t(route.title_key())}</h1>
        <p class="lead">{move || i18n.t(route.intro_key())}</p>
    }
}
