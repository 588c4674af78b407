use super::{ExitChoice, RadioGroup, RadioOption};
use crate::core::exit::ExitSite;
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

/// The setting for where "Exit this page" goes.
#[component]
pub fn ExitSiteChoice() -> impl IntoView {
    let i18n = use_i18n();
    let choice = ExitChoice::use_context();
    let options = ExitSite::ALL
        .map(|site| RadioOption {
            value: site.id(),
            label: Signal::derive(i18n.text(site.label_key())),
            lang: None,
            checked: Signal::derive(move || choice.0.get() == site),
            on_choose: Callback::new(move |()| choice.choose(site)),
        })
        .into();
    view! { <RadioGroup name="exit-site" legend_key="exit-site-heading" hint_key="exit-site-hint" options/> }
}
