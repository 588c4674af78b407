use crate::core::routes::Route;
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// The menu: the guide, then the reader's own tools.
#[component]
pub fn MainNav() -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let entries = [
        (Route::Home, "nav-guide"),
        (Route::Checklist, "nav-checklist"),
        (Route::Questions, "nav-questions"),
        (Route::Plan, "nav-plan"),
        (Route::Dates, "nav-dates"),
        (Route::Contacts, "nav-contacts"),
        (Route::Letters, "nav-letters"),
        (Route::Settings, "nav-settings"),
    ];
    let links = entries.map(|(route, key)| {
        let here = move || Route::from_path(&location.pathname.get()) == Some(route);
        view! {
            <li>
                <a href=route.path() class="main-nav__link" aria-current=move || here().then_some("page")>
                    {i18n.text(key)}
                </a>
            </li>
        }
    });
    view! {
        <nav class="main-nav" aria-label=i18n.text("nav-label")>
            <ul class="page-width">{links.into_iter().collect_view()}</ul>
        </nav>
    }
}
