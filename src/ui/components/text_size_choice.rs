use super::{RadioGroup, RadioOption};
use crate::core::store::{Settings, TextSize};
use crate::ui::i18n::use_i18n;
use crate::web;
use leptos::prelude::*;

/// The text-size setting: three steps, applied at once and remembered on the phone.
#[component]
pub fn TextSizeChoice() -> impl IntoView {
    let i18n = use_i18n();
    let stored: Settings = web::storage::load_or_default();
    let chosen = RwSignal::new(stored.text_size.unwrap_or_default());
    let options = TextSize::ALL
        .map(|size| RadioOption {
            value: size.code(),
            label: Signal::derive(move || i18n.t(size.label_key())),
            lang: None,
            checked: Signal::derive(move || chosen.get() == size),
            on_choose: Callback::new(move |()| {
                chosen.set(size);
                web::appearance::apply_text_size(size);
                let _ = web::storage::update::<Settings>(|s| s.text_size = Some(size));
            }),
        })
        .into();
    view! {
        <RadioGroup name="text-size" legend_key="text-size-heading" hint_key="text-size-hint" options/>
        <p class="hint">{i18n.text("theme-note")}</p>
    }
}
