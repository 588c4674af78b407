use super::{RadioGroup, RadioOption};
use crate::core::routes::Route;
use crate::core::store::Settings;
use crate::ui::i18n::use_i18n;
use crate::web;
use leptos::prelude::*;

/// Whether the parent chose a plain name ("Notes") for every title, the manifest and the
/// icon, so that no tab, history entry, bookmark or install names the guide.
#[derive(Clone, Copy)]
pub struct PlainName(pub RwSignal<bool>);

impl PlainName {
    /// Keeps the stored words in the reader's language (the early script in index.html shows
    /// them before the app starts) and the page's manifest and icon in step with the choice.
    pub fn provide(on: bool) {
        let plain = PlainName(RwSignal::new(on));
        provide_context(plain);
        let i18n = use_i18n();
        Effect::new(move |_| {
            let name = plain.0.get().then(|| i18n.t("plain-name-title"));
            web::appearance::apply_plain_name(name.is_some(), i18n.language());
            // Written only when it changes: after Delete all, nothing may put a key back.
            let stored: Settings = web::storage::load_or_default();
            if stored.plain_name != name {
                let _ = web::storage::update::<Settings>(|s| s.plain_name = name);
            }
        });
    }

    pub fn use_context() -> PlainName {
        expect_context::<PlainName>()
    }

    /// The document's title: the plain name, or the page's own (Route::document_title).
    pub fn title(self, route: Option<Route>) -> String {
        let i18n = use_i18n();
        match route {
            _ if self.0.get() => i18n.t("plain-name-title"),
            Some(route) => route.document_title(|key| i18n.t(key)),
            None => format!("{} – {}", i18n.t("not-found-title"), i18n.t("app-name")),
        }
    }
}

/// The plain-name setting, with what it changes and what it cannot.
#[component]
pub fn PlainNameChoice() -> impl IntoView {
    let plain = PlainName::use_context().0;
    let i18n = use_i18n();
    let options = [
        (false, "guide-name", "plain-name-off"),
        (true, "plain", "plain-name-on"),
    ]
    .map(|(on, value, label_key)| RadioOption {
        value,
        label: Signal::derive(move || i18n.t(label_key)),
        lang: None,
        checked: Signal::derive(move || plain.get() == on),
        on_choose: Callback::new(move |()| plain.set(on)),
    })
    .into();
    view! {
        <RadioGroup name="plain-name" legend_key="plain-name-heading" hint_key="plain-name-hint" options/>
        <p class="hint">{i18n.text("plain-name-install")}</p>
    }
}
