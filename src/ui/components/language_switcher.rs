use crate::core::i18n::Language;
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

/// The languages, each named in itself. The active one is marked; tapping another downloads
/// its messages and switches the whole page.
#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let i18n = use_i18n();
    let items = Language::ALL.map(|language| {
        let current = move || i18n.language() == language;
        view! {
            <li>
                <Show
                    when=current
                    fallback=move || view! {
                        <button type="button" class="language-switcher__option" lang=language.code()
                            on:click=move |_| i18n.switch_to(language)>
                            {language.endonym()}
                        </button>
                    }
                >
                    <span class="language-switcher__current" lang=language.code() aria-current="true">
                        {language.endonym()}
                    </span>
                </Show>
            </li>
        }
    });
    view! {
        <nav class="language-switcher" aria-label=i18n.text("language-switcher-label")>
            <ul>{items.into_iter().collect_view()}</ul>
            <Show when=move || i18n.load_failed.get()>
                <p class="language-switcher__error" role="alert">{i18n.text("language-load-failed")}</p>
            </Show>
        </nav>
    }
}
