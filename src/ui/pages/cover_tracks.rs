use crate::core::routes::Route;
use crate::ui::components::GuideSections;
use crate::ui::components::TranslationNotice;
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

/// `/cover-your-tracks/`: what the guide keeps and where, how to delete it and the browsing
/// history, and honestly what the exit button cannot do.
#[component]
pub fn CoverTracksPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <h1>{i18n.text(Route::CoverTracks.title_key())}</h1>
        <TranslationNotice/>
        <GuideSections route=Route::CoverTracks/>
    }
}
