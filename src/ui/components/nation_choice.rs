use crate::core::content::Nation;
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

/// "Where do you live?": England or Wales, as radio buttons. Used in Settings and, until the
/// reader has answered, on the home page.
#[component]
pub fn NationChoice(#[prop(optional)] id_prefix: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    let options = Nation::ALL.map(|nation| {
        let id = format!("{id_prefix}nation-{}", nation.code());
        let label_key = match nation {
            Nation::England => "nation-england",
            Nation::Wales => "nation-wales",
        };
        view! {
            <div class="radio">
                <input type="radio" name=format!("{id_prefix}nation") id=id.clone() value=nation.code()
                    prop:checked=move || i18n.nation_chosen.get() && i18n.nation.get() == nation
                    on:change=move |_| i18n.set_nation(nation)/>
                <label for=id>{move || i18n.t(label_key)}</label>
            </div>
        }
    });
    view! {
        <fieldset class="fieldset">
            <legend class="fieldset__legend">{move || i18n.t("nation-heading")}</legend>
            <p class="hint">{move || i18n.t("nation-hint")}</p>
            {options.into_iter().collect_view()}
        </fieldset>
    }
}
