use crate::core::routes::Route;
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

/// Previous and next stage links at the foot of a stage page.
#[component]
pub fn StageNav(current: Route) -> impl IntoView {
    let i18n = use_i18n();
    let index = Route::STAGES
        .iter()
        .position(|r| *r == current)
        .unwrap_or(0);
    let previous = index.checked_sub(1).map(|i| Route::STAGES[i]);
    let next = Route::STAGES.get(index + 1).copied();
    let link =
        move |route: Route, label_key: &'static str, rel: &'static str, class: &'static str| {
            view! {
                <a class=class href=i18n.href(route) rel=rel>
                    <span class="stage-nav__label">{i18n.text(label_key)}</span>
                    <span class="stage-nav__title">{i18n.text(route.title_key())}</span>
                </a>
            }
        };
    view! {
        <nav class="stage-nav" aria-label=i18n.text("stage-nav-label")>
            {previous.map(|r| link(r, "stage-previous", "prev", "stage-nav__link stage-nav__link--previous"))}
            {next.map(|r| link(r, "stage-next", "next", "stage-nav__link stage-nav__link--next"))}
        </nav>
    }
}
