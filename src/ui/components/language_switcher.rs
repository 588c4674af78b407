use crate::core::i18n::Language;
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

/// The languages, at the top of the menu: a globe, then each language named in itself (a
/// parent who reads no English still finds "Polski" or "العربية"). Tapping one downloads its
/// messages and switches the whole page; `on_chosen` closes the menu.
#[component]
pub fn LanguageSwitcher(#[prop(into)] on_chosen: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let items = Language::ALL.map(|language| {
        let current = move || i18n.language() == language;
        let choose = move |_| {
            on_chosen.run(());
            if !current() {
                i18n.switch_to(language);
            }
        };
        view! {
            <li>
                <button type="button" class="language-switcher__option"
                    lang=language.code() dir=language.direction().as_str()
                    aria-current=move || current().then_some("true")
                    on:click=choose>
                    {language.endonym()}
                </button>
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
