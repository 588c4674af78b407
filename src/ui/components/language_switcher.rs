use crate::core::address::Address;
use crate::core::i18n::Language;
use crate::core::routes::Route;
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

/// The languages, at the top of the menu: a globe, then each language named in itself (a
/// parent who reads no English still finds "Polski" or "العربية"). Each is a link to this page
/// in that language (`/ro/before/`), so the menu works before the app has started, and where
/// it never does. With the app running, tapping one downloads its messages and switches the
/// page in place (its address follows: ui::app); `on_chosen` closes the menu.
#[component]
pub fn LanguageSwitcher(#[prop(into)] on_chosen: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let location = leptos_router::hooks::use_location();
    let here = move || {
        crate::web::address::parse(&location.pathname.get()).map_or(Route::Home, |a| a.route)
    };
    let items = Language::ALL.map(|language| {
        let current = move || i18n.language() == language;
        let choose = move |event: web_sys::MouseEvent| {
            event.prevent_default();
            on_chosen.run(());
            if !current() {
                i18n.switch_to(language);
            }
        };
        let href = move || {
            let nation = i18n.nation_chosen.get().then(|| i18n.nation.get());
            crate::web::address::href(Address::new(here()).in_language(language).in_nation(nation))
        };
        // target="_self": the router leaves the tap to this link's own handler.
        view! {
            <li>
                <a class="language-switcher__option" href=href target="_self"
                    hreflang=language.code() lang=language.code() dir=language.direction().as_str()
                    aria-current=move || current().then_some("true")
                    on:click=choose>
                    {language.endonym()}
                </a>
            </li>
        }
    });
    view! {
        <div class="language-switcher">
            <p class="language-switcher__label" id="language-switcher-label">
                <svg class="language-switcher__globe" aria-hidden="true" viewBox="0 0 24 24" width="24" height="24">
                    <circle cx="12" cy="12" r="10"/>
                    <ellipse cx="12" cy="12" rx="4.5" ry="10"/>
                    <path d="M2 12h20M4 6.5h16M4 17.5h16"/>
                </svg>
                {i18n.text("language-switcher-label")}
            </p>
            <ul class="language-switcher__list" aria-labelledby="language-switcher-label">
                {items.into_iter().collect_view()}
            </ul>
        </div>
    }
}

/// Said under the header when a language's messages could not be downloaded (the menu, where
/// it was chosen, has closed).
#[component]
pub fn LanguageLoadError() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Show when=move || i18n.load_failed.get()>
            <p class="language-switcher__error page-width" role="alert">{i18n.text("language-load-failed")}</p>
        </Show>
    }
}
