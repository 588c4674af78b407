use super::ExitChoice;
use crate::core::exit::ExitSite;
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

/// The setting for where "Exit this page" goes, as radio buttons.
#[component]
pub fn ExitSiteChoice() -> impl IntoView {
    let i18n = use_i18n();
    let choice = ExitChoice::use_context();
    let options = ExitSite::ALL.map(|site| {
        let id = format!("exit-site-{}", site.id());
        view! {
            <div class="radio">
                <input type="radio" name="exit-site" id=id.clone() value=site.id()
                    prop:checked=move || choice.0.get() == site
                    on:change=move |_| choice.choose(site)/>
                <label for=id>{move || i18n.t(site.label_key())}</label>
            </div>
        }
    });
    view! {
        <fieldset class="fieldset">
            <legend class="fieldset__legend">{move || i18n.t("exit-site-heading")}</legend>
            <p class="hint">{move || i18n.t("exit-site-hint")}</p>
            {options.into_iter().collect_view()}
        </fieldset>
    }
}
