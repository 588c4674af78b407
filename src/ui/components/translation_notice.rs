use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

/// One short line on every page in a translated language: how the translation was made
/// (`language-status`, kept up to date by the translator with the folder's STATUS.md) and to
/// check anything unclear with an interpreter. English, the original, has none. Each page
/// puts it under its heading, so a small phone's first screen starts with the heading.
#[component]
pub fn TranslationNotice() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Show when=move || i18n.language().is_translation()>
            <p class="translation-notice">
                {i18n.text("language-status")} " " {i18n.text("language-check-interpreter")}
            </p>
        </Show>
    }
}
