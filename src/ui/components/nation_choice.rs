use super::{RadioGroup, RadioOption};
use crate::core::content::Nation;
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

/// "Where do you live?": England or Wales. Used in Settings and, until the reader has
/// answered, on the home page (with its own `name`, so ids stay unique).
#[component]
pub fn NationChoice(#[prop(default = "nation")] name: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    let options = Nation::ALL
        .map(|nation| RadioOption {
            value: nation.code(),
            label: Signal::derive(move || {
                i18n.t(match nation {
                    Nation::England => "nation-england",
                    Nation::Wales => "nation-wales",
                })
            }),
            lang: None,
            checked: Signal::derive(move || {
                i18n.nation_chosen.get() && i18n.nation.get() == nation
            }),
            on_choose: Callback::new(move |()| i18n.set_nation(nation)),
        })
        .into();
    view! { <RadioGroup name legend_key="nation-heading" hint_key="nation-hint" options/> }
}
