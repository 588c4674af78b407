use crate::core::routes::Route;
use crate::ui::chunks::passcode_section;
use crate::ui::components::TranslationNotice;
use crate::ui::components::{
    DeleteAllData, ExitSiteChoice, KeptCopies, LanguageChoice, NationChoice, PlainNameChoice,
    TextSizeChoice,
};
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

/// `/settings`: the reader's choices, kept on the phone.
#[component]
pub fn SettingsPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <h1>{i18n.text(Route::Settings.title_key())}</h1>
        <TranslationNotice/>
        <p class="lead">{i18n.text(Route::Settings.intro_key())}</p>
        <LanguageChoice/>
        <TextSizeChoice/>
        <NationChoice/>
        <ExitSiteChoice/>
        <PlainNameChoice/>
        {passcode_section()}
        <p><a href=i18n.href(Route::KeepACopy)>{i18n.text("backup-title")}</a></p>
        <p><a href=i18n.href(Route::CoverTracks)>{i18n.text("footer-cover-tracks")}</a></p>
        <KeptCopies/>
        <DeleteAllData/>
    }
}
