use crate::core::content::{suggestions, SuggestionKind};
use crate::core::routes::Route;
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

/// The suggested actions and questions for a stage, as two lists.
#[component]
pub fn SuggestionLists(route: Route) -> impl IntoView {
    let i18n = use_i18n();
    let list = move |kind: SuggestionKind| {
        suggestions(route)
            .iter()
            .filter(move |s| s.kind == kind)
            .map(move |s| view! { <li>{i18n.text(s.key)}</li> })
            .collect_view()
    };
    view! {
        <section class="suggestions" aria-labelledby="suggestions-do">
            <h2 id="suggestions-do">{i18n.text("stage-suggestions-do")}</h2>
            <ul class="list">{list(SuggestionKind::Action)}</ul>
            <p><a href=i18n.href_to(Route::Checklist, format!("checklist-{}", route.slug()))>{i18n.text("stage-suggestions-to-checklist")}</a></p>
            <h2 id="suggestions-ask">{i18n.text("stage-suggestions-ask")}</h2>
            <ul class="list">{list(SuggestionKind::Question)}</ul>
            <p><a href=i18n.href_to(Route::Questions, format!("questions-{}", route.slug()))>{i18n.text("stage-suggestions-to-questions")}</a></p>
        </section>
    }
}
