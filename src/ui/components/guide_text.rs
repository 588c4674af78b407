use crate::core::content::Inline;
use crate::core::routes::Route;
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

/// Message text with its glossary terms: the first use of a term on the page links to its
/// meaning; later uses are plain words. Text is always inserted as text, never as markup.
#[component]
pub fn GuideText(runs: Vec<Inline>) -> impl IntoView {
    runs.into_iter()
        .map(|run| match run {
            Inline::Text(text) => text.into_any(),
            Inline::Term {
                id,
                text,
                first: true,
            } => {
                let href = use_i18n().href_to(Route::Glossary, id);
                view! { <a class="term" href=href>{text}</a> }.into_any()
            }
            Inline::Term { text, .. } => text.into_any(),
        })
        .collect_view()
}
