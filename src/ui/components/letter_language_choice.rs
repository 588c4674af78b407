use crate::core::content::Nation;
use crate::core::i18n::Language;
use crate::ui::components::{RadioGroup, RadioOption};
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

/// In Wales, the choice of English or Welsh for a letter or my report (a parent in Wales may
/// write to the council in Welsh); nothing elsewhere. `chosen` is the document's language now.
#[component]
pub fn LetterLanguageChoice(
    name: &'static str,
    #[prop(into)] chosen: Signal<Language>,
    on_choose: Callback<Language>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Show when=move || i18n.nation.get() == Nation::Wales>
            <RadioGroup name=name legend_key="letters-language" hint_key="letters-language-hint"
                options=[(Language::En, "letters-language-en"), (Language::Cy, "letters-language-cy")]
                    .map(|(choice, key)| RadioOption {
                        value: choice.code(),
                        label: Signal::derive(move || i18n.t(key)),
                        lang: None,
                        checked: Signal::derive(move || chosen.get() == choice),
                        on_choose: Callback::new(move |()| on_choose.run(choice)),
                    })
                    .into()/>
        </Show>
    }
}
