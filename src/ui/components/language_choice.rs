use super::{RadioGroup, RadioOption};
use crate::core::i18n::Language;
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

/// The language setting: one option per language, each named in itself.
#[component]
pub fn LanguageChoice() -> impl IntoView {
    let i18n = use_i18n();
    let options = Language::ALL
        .map(|language| RadioOption {
            value: language.code(),
            label: Signal::derive(move || language.endonym().to_string()),
            lang: Some(language.code()),
            checked: Signal::derive(move || i18n.language() == language),
            on_choose: Callback::new(move |()| i18n.switch_to(language)),
        })
        .into();
    view! {
        <RadioGroup name="language" legend_key="settings-language-heading" hint_key="settings-language-hint" options/>
    }
}
