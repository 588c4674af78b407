use crate::core::routes::Route;
use crate::ui::components::TranslationNotice;
use crate::ui::components::{GuideSections, ListenControls, StageNav, StepList, SuggestionLists};
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

/// One of the five stages (`/before/` … `/help/`): its sections for the reader's nation, the
/// suggested actions and questions, the step list with "you are here", and previous/next.
///
/// The frame (ui::app) sends here every route it does not name; Share this guide is not a
/// stage but a tool with a chunk of its own, so it is handed on.
#[component]
pub fn StagePage(route: Route) -> impl IntoView {
    if route == Route::Share {
        return crate::ui::chunks::share_page();
    }
    let i18n = use_i18n();
    let number = route.stage_number().unwrap_or(1);
    view! {
        <p class="caption">
            {move || i18n.t_args("stage-number", [("number", number.into()), ("total", Route::STAGES.len().into())])}
        </p>
        <h1>{i18n.text(route.title_key())}</h1>
        <TranslationNotice/>
        <ListenControls/>
        <GuideSections route/>
        // Where reports arrive (before the conference, before a review): what their words mean.
        {matches!(route, Route::Before | Route::Review).then(|| view! {
            <p class="inset"><a href=i18n.href(Route::UnderstandReport)>{i18n.text("report-link")}</a></p>
            <p class="inset"><a href=i18n.href(Route::MyReport)>{i18n.text("my-report-link")}</a></p>
        })}
        <SuggestionLists route/>
        <nav class="stage-steps" aria-label=i18n.text("home-stages-heading")>
            <h2>{i18n.text("home-stages-heading")}</h2>
            <StepList current=route/>
        </nav>
        <StageNav current=route/>
    }
    .into_any()
}
