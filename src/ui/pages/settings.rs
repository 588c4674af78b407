use crate::core::routes::Route;
use crate::ui::components::{DeleteAllData, ExitSiteChoice, LanguageChoice, NationChoice};
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

/// `/settings`: the reader's choices, kept on the phone.
#[component]
pub fn SettingsPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <h1>{move || i18n.t(Route::Settings.title_key())}</h1>
        <p class="lead">{move || i18n.t(Route::Settings.intro_key())}</p>
        <LanguageChoice/>
        <NationChoice/>
        <ExitSiteChoice/>
        <p><a href=Route::KeepACopy.path()>{move || i18n.t("backup-title")}</a></p>
        <p><a href=Route::CoverTracks.path()>{move || i18n.t("footer-cover-tracks")}</a></p>
        <DeleteAllData/>
    }
}
