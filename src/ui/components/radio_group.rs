use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

/// One choice in a [`RadioGroup`].
pub struct RadioOption {
    /// The input's value, also used in its id.
    pub value: &'static str,
    pub label: Signal<String>,
    /// The label's language, where it differs from the page's (a language named in itself).
    pub lang: Option<&'static str>,
    pub checked: Signal<bool>,
    pub on_choose: Callback<()>,
}

/// A question answered by picking one option: a fieldset with a legend, a hint and one radio
/// button per option, each with a 44px target. The settings are all made of these.
#[component]
pub fn RadioGroup(
    /// The inputs' shared name; also prefixes their ids, so it must be unique on the page.
    name: &'static str,
    legend_key: &'static str,
    hint_key: &'static str,
    options: Vec<RadioOption>,
) -> impl IntoView {
    let i18n = use_i18n();
    let options = options
        .into_iter()
        .map(|option| {
            let id = format!("{name}-{}", option.value);
            view! {
                <div class="radio">
                    <input type="radio" name=name id=id.clone() value=option.value
                        prop:checked=move || option.checked.get()
                        on:change=move |_| option.on_choose.run(())/>
                    <label for=id lang=option.lang>{move || option.label.get()}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="fieldset">
            <legend class="fieldset__legend">{i18n.text(legend_key)}</legend>
            <p class="hint">{i18n.text(hint_key)}</p>
            {options}
        </fieldset>
    }
}
