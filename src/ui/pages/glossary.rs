use crate::core::content::{parse_inline, plain_text, GLOSSARY};
use crate::core::routes::Route;
use crate::ui::components::TranslationNotice;
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

/// `/glossary/`: every term the guide uses, in alphabetical order for the reader's language,
/// each with a stable anchor (`#core-group`) that the guide's term links point to.
#[component]
pub fn GlossaryPage() -> impl IntoView {
    let i18n = use_i18n();
    let entries = move || {
        let mut terms: Vec<(String, &'static str, String)> = GLOSSARY
            .iter()
            .map(|term| {
                (
                    i18n.t(term.term_key),
                    term.id,
                    plain_text(&parse_inline(&i18n.t(term.meaning_key))),
                )
            })
            .collect();
        crate::web::i18n::sort_for_reader(&mut terms, i18n.language(), |(name, ..)| name);
        terms
            .into_iter()
            .map(|(name, id, meaning)| view! { <dt id=id>{name}</dt><dd>{meaning}</dd> })
            .collect_view()
    };
    view! {
        <h1>{i18n.text(Route::Glossary.title_key())}</h1>
        <TranslationNotice/>
        <p class="lead">{i18n.text(Route::Glossary.intro_key())}</p>
        <p class="inset"><a href=i18n.href(Route::UnderstandReport)>{i18n.text("report-link")}</a></p>
        <dl class="glossary">{entries}</dl>
    }
}
