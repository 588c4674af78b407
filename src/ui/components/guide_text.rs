use crate::core::content::Inline;
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
            } => view! { <a class="term" href=format!("/glossary/#{id}")>{text}</a> }.into_any(),
            Inline::Term { text, .. } => text.into_any(),
        })
        .collect_view()
}
