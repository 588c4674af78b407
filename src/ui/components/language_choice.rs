use crate::core::i18n::Language;
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

/// The language setting as a form: one radio button per language, named in itself.
#[component]
pub fn LanguageChoice() -> impl IntoView {
    let i18n = use_i18n();
    let options = Language::ALL.map(|language| {
        let id = format!("language-{}", language.code());
        view! {
            <div class="radio">
                <input type="radio" name="language" id=id.clone() value=language.code()
                    prop:checked=move || i18n.language() == language
                    on:change=move |_| i18n.switch_to(language)/>
                <label for=id lang=language.code()>{language.endonym()}</label>
            </div>
        }
    });
    view! {
        <fieldset class="fieldset">
            <legend class="fieldset__legend">{move || i18n.t("settings-language-heading")}</legend>
            <p class="hint">{move || i18n.t("settings-language-hint")}</p>
            {options.into_iter().collect_view()}
        </fieldset>
    }
}
