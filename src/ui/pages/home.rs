use crate::core::routes::Route;
use crate::ui::components::TranslationNotice;
use crate::ui::components::{NationChoice, StepList};
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

/// `/`: what this guide is, and the five stages in order.
#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <h1>{i18n.text(Route::Home.title_key())}</h1>
        <TranslationNotice/>
        <p class="lead">{i18n.text(Route::Home.intro_key())}</p>
        <p class="inset">{i18n.text("home-not-legal-advice")}</p>
        // Asked once, gently: until answered, England's rules show. The question stays, with
        // its answer, for the rest of this visit; after that it lives in Settings.
        {(!i18n.nation_chosen.get_untracked()).then(|| view! {
            <div class="question-box"><NationChoice name="home-nation"/></div>
        })}
        <h2>{i18n.text("home-stages-heading")}</h2>
        <StepList/>
        <p><a href=i18n.href(Route::Glossary)>{i18n.text("nav-glossary")}</a></p>
        // For the family support workers who pass the guide on.
        <p class="inset"><a href=i18n.href(Route::Share)>{i18n.text("home-share")}</a></p>
    }
}
