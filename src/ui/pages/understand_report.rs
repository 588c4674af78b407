use crate::core::address::Address;
use crate::core::dates::{next_entry, parse_iso, timeline};
use crate::core::html;
use crate::core::personal::Stage;
use crate::core::report_terms::{
    distinct_terms, find_terms, marked_html, sentence_around, summarise, term, Mark,
    REPORT_TERMS_FILE,
};
use crate::core::routes::Route;
use crate::ui::components::TranslationNotice;
use crate::ui::i18n::{use_i18n, use_page_words, PageWords};
use crate::ui::notes::use_documents;
use crate::web;
use crate::web::files::ReadError;
use leptos::prelude::*;
use std::time::Duration;

/// A text file bigger than this is not a report (a 20-page report is about 60 KB).
const MAX_FILE_BYTES: usize = 2_000_000;
/// Marks are found once typing pauses this long, so typing stays smooth on a long report (a
/// paste is marked at once).
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
    let notes = use_documents();
    let kept = notes.report;

    let text = RwSignal::new(kept.get_untracked().text);
    let keep = RwSignal::new(kept.get_untracked().is_kept());
    // The text the marks are found in: the typed text once typing pauses, a pasted one at once.
    let settled = RwSignal::new(text.get_untracked());
    let typing = StoredValue::new(0u64);
    let settle = move || {
        let now = text.get_untracked();
        if keep.get_untracked() {
            kept.change(|r| r.text = now.clone());
        }
        settled.set(now);
    };
    let on_input = move |event: leptos::ev::Event| {
        use wasm_bindgen::JsCast;
        text.set(event_target_value(&event));
        let generation = typing.get_value() + 1;
        typing.set_value(generation);
        // A report pasted or dropped in is there at once: no typing to wait for (an input
        // method's "insertFromComposition" is typing).
        let pasted = event.dyn_ref::<web_sys::InputEvent>().is_some_and(|e| {
            matches!(
                e.input_type().as_str(),
                "insertFromPaste" | "insertFromPasteAsQuotation" | "insertFromDrop"
            )
        });
        if pasted {
            settle();
            return;
        }
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

    let ask = asker(words);
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
            on:input=on_input></textarea>
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
                // One piece of HTML, as the marked text is (a long report's list has dozens of
                // entries, and building them one node at a time from WebAssembly took longer
                // than showing them); its Add buttons are heard here.
                <div inner_html=move || settled.with(|t| marks.with(|m| term_list_html(t, m, words, i18n.address(Route::Glossary))))
                    on:click=move |event| ask(&event)></div>
            </details>
            <h2>{words.text("rp-marked-heading")}</h2>
            <div class="report__reading">
                // The text with each term a button, inserted as one piece of HTML (escaped:
                // `marked_html`). The marks carry no reactive code of their own (a long report
                // has over a thousand): these listeners hear taps, Enter and Space (a mark is
                // a <mark> in the role of a button), and one panel shows the chosen term's
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
                <TermSheet text=settled marks=marks selected=selected choose words=words
                    ask=Callback::new(move |e: leptos::ev::MouseEvent| ask(&e))/>
            </div>
        </Show>
    }
}

/// The index of the mark a tap or a key in the marked text landed on, if any.
fn mark_of(target: Option<web_sys::EventTarget>) -> Option<usize> {
    use wasm_bindgen::JsCast;
    let target: web_sys::Element = target?.dyn_into().ok()?;
    let button = target.closest(".report__marked mark").ok()??;
    button.get_attribute("data-mark")?.parse().ok()
}

/// The mark at `index` on screen (the marks are not reactive: their state is set on them).
fn mark_button(index: usize) -> Option<web_sys::HtmlElement> {
    use wasm_bindgen::JsCast;
    let selector = format!(".report__marked mark[data-mark=\"{index}\"]");
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
    ask: Callback<leptos::ev::MouseEvent>,
) -> impl IntoView {
    let i18n = use_i18n();
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
    let letters = use_documents().letters;
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
                <div inner_html=explanation_html(id, words, i18n.address(Route::Glossary))
                    on:click=move |event| ask.run(event)></div>
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

/// The terms found, by group, each once with the report's own words: a glossary of the report,
/// as HTML (every word in it escaped; `glossary`: the glossary page in the reader's language).
fn term_list_html(text: &str, marks: &[Mark], words: PageWords, glossary: Address) -> String {
    let mut out = String::new();
    for group in summarise(marks) {
        out.push_str("<h3>");
        out.push_str(&html::escape(&words.t(group.group.title_key())));
        out.push_str(r#"</h3><dl class="report__terms">"#);
        for id in &group.terms {
            let shown = marks
                .iter()
                .find(|m| m.id == *id)
                .and_then(|m| text.get(m.start..m.end))
                .unwrap_or_default();
            out.push_str("<dt>");
            out.push_str(&html::escape(shown));
            out.push_str("</dt><dd>");
            out.push_str(&explanation_html(id, words, glossary));
            out.push_str("</dd>");
        }
        out.push_str("</dl>");
    }
    out
}

/// What a term means, as HTML; for a term that judges parents, "A question you could ask" and
/// an Add button (`data-ask`: the term, heard by [`asker`]); a link to the glossary where the
/// guide explains it further. Its words are read once: the list and the panel it is in are
/// drawn again when the language changes.
fn explanation_html(id: &str, words: PageWords, glossary: Address) -> String {
    let Some(term) = term(id) else {
        return String::new();
    };
    let mut out = format!(
        r#"<span class="term-explain__text">{}</span>"#,
        html::escape(&words.t(&term.explanation_key()))
    );
    if let Some(question) = term.question_key() {
        out.push_str(&format!(
            r#"<span class="term-explain__ask"><span class="term-explain__label">{}: </span><q>{}</q></span><button type="button" class="button button--secondary" data-ask="{}">{}</button>"#,
            html::escape(&words.t("rp-ask")),
            html::escape(&words.t(&question)),
            html::escape(term.id),
            html::escape(&words.t("rp-add-question")),
        ));
    }
    if let Some(anchor) = term.glossary {
        out.push_str(&format!(
            r#"<a class="term-explain__more" href="{}">{}</a>"#,
            html::escape(&web::address::href_to(glossary, anchor)),
            html::escape(&words.t("rp-see-glossary")),
        ));
    }
    out
}

/// What a tap on an explanation's Add button does: the term's question goes to My questions (in
/// the stage of the parent's next meeting, as Take to the meeting orders them), and the button
/// gives way to the words that say it is there.
fn asker(words: PageWords) -> impl Fn(&leptos::ev::MouseEvent) + Copy + Send + Sync + 'static {
    use wasm_bindgen::JsCast;
    let i18n = use_i18n();
    let notes = use_documents();
    move |event| {
        let Some(button) = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|t| t.closest("[data-ask]").ok().flatten())
        else {
            return;
        };
        let Some(question) = button
            .get_attribute("data-ask")
            .and_then(|id| term(&id))
            .and_then(|t| t.question_key())
        else {
            return;
        };
        let today = parse_iso(&web::clock::today_iso());
        let list = timeline(&notes.dates.get_untracked(), i18n.nation.get_untracked());
        let stage = today
            .and_then(|t| next_entry(&list, t))
            .map(|e| Stage::for_milestone(e.milestone))
            .unwrap_or(Stage::Before);
        let question = words.t(&question);
        // Offered in the list and in the panel: on My questions once (and not stored again).
        if notes.questions.with(|q| q.holds_own(&question))
            || notes.questions.change(|q| {
                q.holds_own(&question) || q.add_own(web::clock::unique_id(), stage, &question)
            })
        {
            // Focus stays where the button was (a keyboard would otherwise start again at the
            // top of the page); being focused, its words are read out (a live region as well
            // would read them twice).
            let added = web::document().create_element("span").ok();
            if let Some(added) = added.and_then(|a| a.dyn_into::<web_sys::HtmlElement>().ok()) {
                added.set_class_name("term-explain__added");
                added.set_tab_index(-1);
                added.set_text_content(Some(&words.t("rp-question-added")));
                let _ = button.replace_with_with_node_1(&added);
                let _ = added.focus();
            }
        }
    }
}
