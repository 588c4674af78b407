use crate::core::dates::{next_entry, parse_iso, timeline};
use crate::core::personal::Stage;
use crate::core::report_terms::{
    distinct_terms, find_terms, marked_html, sentence_around, summarise, term, Mark,
    REPORT_TERMS_FILE,
};
use crate::core::routes::Route;
use crate::ui::components::TranslationNotice;
use crate::ui::i18n::{use_i18n, use_page_words, PageWords};
use crate::ui::notes::use_notes;
use crate::web;
use crate::web::files::ReadError;
use leptos::prelude::*;
use std::time::Duration;

/// A text file bigger than this is not a report (a 20-page report is about 60 KB).
const MAX_FILE_BYTES: usize = 2_000_000;
/// Marks are found once typing pauses this long, so typing stays smooth on a long report.
const PAUSE: Duration = Duration::from_millis(400);

/// `/understand-a-report/`: the parent pastes words from a report (or opens a text file), and
/// every term the guide knows is marked; a tap explains it in the reader's language, with a
/// question to ask for the words that judge parents. The text stays in the page's memory
/// unless the parent keeps it (then it is the `report` note). The terms and the matcher are
/// `core::report_terms`; the words are `report-terms.ftl`, fetched with this page.
#[component]
pub fn UnderstandReportPage() -> impl IntoView {
    let i18n = use_i18n();
    let words = use_page_words(REPORT_TERMS_FILE);
    let notes = use_notes();
    let kept = notes.report;

    let text = RwSignal::new(kept.get_untracked().text);
    let keep = RwSignal::new(kept.get_untracked().is_kept());
    // The text the marks are found in: the typed text, once typing pauses.
    let settled = RwSignal::new(text.get_untracked());
    let typing = StoredValue::new(0u64);
    let settle = move || {
        let now = text.get_untracked();
        if keep.get_untracked() {
            kept.change(|r| r.text = now.clone());
        }
        settled.set(now);
    };
    let on_input = move |value: String| {
        text.set(value);
        let generation = typing.get_value() + 1;
        typing.set_value(generation);
        set_timeout(
            move || {
                // A later key restarted the pause; or the page was left.
                if !typing.is_disposed() && typing.get_value() == generation {
                    settle();
                }
            },
            PAUSE,
        );
    };
    let set_keep = move |on: bool| {
        keep.set(on);
        let now = if on {
            text.get_untracked()
        } else {
            String::new()
        };
        kept.change(|r| r.text = now);
    };
    let clear = move |_| {
        text.set(String::new());
        set_keep(false);
        settled.set(String::new());
    };

    let file_problem = RwSignal::new(false);
    let chosen = move |event: leptos::ev::Event| {
        let Some(input) = web::files::input_of(&event) else {
            return;
        };
        leptos::task::spawn_local(async move {
            let read = web::files::read_chosen(&input, MAX_FILE_BYTES).await;
            input.set_value("");
            if file_problem.is_disposed() {
                return;
            }
            match read {
                // A text file: not a document from a word processor, whose bytes are not words.
                Ok(read) if !read.contains('\u{0}') => {
                    file_problem.set(false);
                    text.set(read);
                    settle();
                }
                Ok(_) | Err(ReadError::TooLarge | ReadError::Unreadable) => file_problem.set(true),
            }
        });
    };

    // Leaving the page by a full load puts it in the back-forward cache, from which Back would
    // show it again as it was: a text not kept is emptied first, as an in-app move does.
    let leaving = window_event_listener_untyped("pagehide", move |_| {
        if !keep.get_untracked() {
            text.set(String::new());
            settled.set(String::new());
        }
    });
    on_cleanup(move || leaving.remove());

    let marks = Memo::new(move |_| {
        let nation = i18n.nation.get();
        settled.with(|t| web::clock::timed("report-marking", || find_terms(t, nation)))
    });
    let selected = RwSignal::new(None::<usize>);
    // Opens the mark at `index` (None: closes the one open), telling a screen reader which,
    // and which panel it opened.
    let choose = move |index: Option<usize>| {
        if let Some(open) = selected.get_untracked().and_then(mark_button) {
            let _ = open.set_attribute("aria-expanded", "false");
            let _ = open.remove_attribute("aria-controls");
        }
        if let Some(button) = index.and_then(mark_button) {
            let _ = button.set_attribute("aria-expanded", "true");
            let _ = button.set_attribute("aria-controls", "term-sheet");
        }
        selected.set(index);
    };
    // A new text: what was open belongs to the old one.
    Effect::new(move |_| {
        settled.track();
        selected.set(None);
    });

    view! {
        <h1>{i18n.text(Route::UnderstandReport.title_key())}</h1>
        <TranslationNotice/>
        <Show when=move || words.failed.get() && !words.ready()>
            <p class="error-message" role="alert">{i18n.text("chunk-failed")}</p>
        </Show>
        <p class="lead">{words.text("rp-intro")}</p>
        <p class="inset">{words.text("rp-private")}</p>
        <label for="report-text">{words.text("rp-text-label")}</label>
        <textarea id="report-text" class="text-input report__input" rows="8" autocomplete="off"
            spellcheck="false" prop:value=move || text.get()
            on:input=move |e| on_input(event_target_value(&e))></textarea>
        <p class="report__file">
            <label for="report-file">{words.text("rp-open-file")}</label>
            <input type="file" id="report-file" accept=".txt,text/plain" on:change=chosen/>
        </p>
        <Show when=move || file_problem.get()>
            <p class="error-message" role="alert">{words.text("rp-file-wrong")}</p>
        </Show>
        <div class="report__keep">
            <input type="checkbox" id="report-keep" prop:checked=move || keep.get()
                on:change=move |e| set_keep(event_target_checked(&e))/>
            <label for="report-keep">{words.text("rp-keep")}</label>
            <p class="hint">{words.text("rp-keep-hint")}</p>
        </div>
        <p><button type="button" class="button button--secondary" on:click=clear>{words.text("rp-clear")}</button></p>

        <p class="report__summary" role="status">
            {move || words.t_args("rp-summary", [("count", marks.with(|m| distinct_terms(m)).into())])}
        </p>
        <Show when=move || !marks.with(Vec::is_empty)>
            // The summary first: the terms by group, like a glossary of the report (it can be
            // folded away to reach the text sooner).
            <details class="report__list" open>
                <summary><h2>{words.text("rp-list-heading")}</h2></summary>
                <p class="hint">{words.text("rp-source-note")}</p>
                {move || settled.with(|t| marks.with(|m| term_list(t, m, words)))}
            </details>
            <h2>{words.text("rp-marked-heading")}</h2>
            <div class="report__reading">
                // The text with each term a button, inserted as one piece of HTML (escaped:
                // `marked_html`). The marks carry no reactive code of their own (a long report
                // has over a thousand): these listeners hear taps, Enter and Space (a mark is
                // a span in the role of a button), and one panel shows the chosen term's
                // explanation (`TermSheet`).
                <div class="report__marked"
                    inner_html=move || settled.with(|t| marks.with(|m| marked_html(t, m)))
                    on:click=move |event| {
                        // A second tap on the open word closes it.
                        if let Some(index) = mark_of(event.target()) {
                            choose((selected.get_untracked() != Some(index)).then_some(index));
                        }
                    }
                    on:keydown=move |event| {
                        if !matches!(event.key().as_str(), "Enter" | " ") {
                            return;
                        }
                        if let Some(index) = mark_of(event.target()) {
                            // Space would scroll the page, as it does on a native button.
                            event.prevent_default();
                            choose((selected.get_untracked() != Some(index)).then_some(index));
                        }
                    }></div>
                <TermSheet text=settled marks=marks selected=selected choose words=words/>
            </div>
        </Show>
    }
}

/// The index of the mark a tap or a key in the marked text landed on, if any.
fn mark_of(target: Option<web_sys::EventTarget>) -> Option<usize> {
    use wasm_bindgen::JsCast;
    let target: web_sys::Element = target?.dyn_into().ok()?;
    let button = target.closest(".term-mark").ok()??;
    button.get_attribute("data-mark")?.parse().ok()
}

/// The mark at `index` on screen (the marks are not reactive: their state is set on them).
fn mark_button(index: usize) -> Option<web_sys::HtmlElement> {
    use wasm_bindgen::JsCast;
    let selector = format!(".term-mark[data-mark=\"{index}\"]");
    web::document()
        .query_selector(&selector)
        .ok()??
        .dyn_into()
        .ok()
}

/// The tapped term's explanation, in a panel that stays at the bottom of the screen while the
/// report is in view; focus goes to it, and Close brings it back to the term.
#[component]
fn TermSheet(
    text: RwSignal<String>,
    marks: Memo<Vec<Mark>>,
    selected: RwSignal<Option<usize>>,
    #[prop(into)] choose: Callback<Option<usize>>,
    words: PageWords,
) -> impl IntoView {
    let sheet = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        if let Some(sheet) = sheet.get() {
            let _ = sheet.focus();
        }
    });
    let close = move |_| {
        let open = selected.get_untracked();
        choose.run(None);
        if let Some(button) = open.and_then(mark_button) {
            let _ = button.focus();
        }
    };
    // "Reply to this sentence": the sentence starts a point of the reply to a report; the
    // parent stays here to add more, with a link to the letter.
    let letters = use_notes().letters;
    let replied = RwSignal::new(None::<usize>);
    let reply = move |index: usize, start: usize, end: usize| {
        let quote = text.with(|t| sentence_around(t, start, end).to_string());
        letters.change(|l| l.quote_in_reply(&quote, web::clock::unique_id()));
        replied.set(Some(index));
    };
    move || {
        let index = selected.get()?;
        let (id, shown, start, end) = marks.with(|m| {
            m.get(index).map(|mark| {
                (
                    mark.id,
                    text.with(|t| t.get(mark.start..mark.end).unwrap_or_default().to_string()),
                    mark.start,
                    mark.end,
                )
            })
        })?;
        let label = shown.clone();
        Some(view! {
            <div id="term-sheet" class="term-explain term-sheet" role="region" aria-label=label
                tabindex="-1" node_ref=sheet>
                <p class="term-sheet__word">{shown}</p>
                {explanation(id, words)}
                <span class="term-explain__source">{words.text("rp-source-note")}</span>
                <button type="button" class="link-button" on:click=move |_| reply(index, start, end)>{words.text("rp-reply")}</button>
                <span role="status">
                    {move || (replied.get() == Some(index)).then(|| view! {
                        {words.t("rp-replied")} " "
                        <a href=use_i18n().href_to(Route::Letters, "reply")>{words.text("rp-open-reply")}</a>
                    })}
                </span>
                <button type="button" class="link-button" on:click=close>{words.text("rp-explain-close")}</button>
            </div>
        })
    }
}

/// The terms found, by group, each once with the report's own words: a glossary of the report.
fn term_list(text: &str, marks: &[Mark], words: PageWords) -> impl IntoView {
    summarise(marks)
        .into_iter()
        .map(|group| {
            let entries = group
                .terms
                .iter()
                .map(|id| {
                    let shown = marks
                        .iter()
                        .find(|m| m.id == *id)
                        .map(|m| text[m.start..m.end].to_string())
                        .unwrap_or_default();
                    view! { <dt>{shown}</dt><dd>{explanation(id, words)}</dd> }
                })
                .collect_view();
            view! {
                <h3>{words.t(group.group.title_key())}</h3>
                <dl class="report__terms">{entries}</dl>
            }
        })
        .collect_view()
}

/// What a term means, and for a term that judges parents, a question to ask with one tap to
/// add it to My questions; a link to the glossary where the guide explains it further.
/// Its words are read once: it is called inside a view that is drawn again when the language
/// changes (a report's list has dozens of these, and a reactive text each slowed it down).
fn explanation(id: &'static str, words: PageWords) -> impl IntoView {
    let Some(term) = term(id) else {
        return ().into_any();
    };
    let question = term.question_key();
    let glossary = term.glossary.map(|g| {
        let i18n = use_i18n();
        (
            web::address::href_to(i18n.address(Route::Glossary), g),
            words.t("rp-see-glossary"),
        )
    });
    view! {
        <span class="term-explain__text">{words.t(&term.explanation_key())}</span>
        {question.map(|key| view! { <AskQuestion key=key words=words/> })}
        {glossary.map(|(href, more)| view! { <a class="term-explain__more" href=href>{more}</a> })}
    }
    .into_any()
}

/// "A question you could ask", and Add to My questions (in the stage of the parent's next
/// meeting, as Take to the meeting orders them).
#[component]
fn AskQuestion(key: String, words: PageWords) -> impl IntoView {
    let i18n = use_i18n();
    let notes = use_notes();
    let added = RwSignal::new(false);
    let key = StoredValue::new(key);
    let asked = move || key.with_value(|k| words.t(k));
    let add = move |_| {
        let today = parse_iso(&web::clock::today_iso());
        let list = timeline(&notes.dates.get_untracked(), i18n.nation.get_untracked());
        let stage = today
            .and_then(|t| next_entry(&list, t))
            .map(|e| Stage::for_milestone(e.milestone))
            .unwrap_or(Stage::Before);
        let question = key.with_value(|k| words.t(k));
        added.set(
            notes
                .questions
                .change(|q| q.add_own(web::clock::unique_id(), stage, &question)),
        );
    };
    view! {
        <span class="term-explain__ask">
            <span class="term-explain__label">{words.text("rp-ask")}": "</span>
            <q>{asked}</q>
        </span>
        <Show when=move || !added.get()
            fallback=move || view! { <span class="term-explain__added" role="status">{words.text("rp-question-added")}</span> }>
            <button type="button" class="button button--secondary" on:click=add>{words.text("rp-add-question")}</button>
        </Show>
    }
}
