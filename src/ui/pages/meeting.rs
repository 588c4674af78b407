use crate::core::dates::{next_entry, parse_iso, timeline};
use crate::core::personal::Stage;
use crate::core::routes::Route;
use crate::ui::components::{words_text, TranslationNotice, WhoIsInTheRoom};
use crate::ui::i18n::use_i18n;
use crate::ui::notes::use_documents;
use crate::web;
use leptos::prelude::*;

/// `/take-to-meeting/`: the questions not asked yet, in large type, to hold up in the meeting.
/// One tap marks a question asked; it moves to the end, where a tap takes it back. Then who is
/// in the room.
#[component]
pub fn MeetingPage() -> impl IntoView {
    let i18n = use_i18n();
    let notes = use_documents();
    let questions = notes.questions;
    let today = parse_iso(&web::clock::today_iso());
    let next = Memo::new(move |_| {
        let list = timeline(&notes.dates.get(), i18n.nation.get());
        today.and_then(|t| next_entry(&list, t).map(|e| (e.milestone, e.date)))
    });
    let first_stage = move || next.get().map(|(m, _)| Stage::for_milestone(m));
    let open_ids = move || {
        let first = first_stage();
        questions.with(|q| q.to_ask(first).iter().map(|x| x.id).collect::<Vec<_>>())
    };
    let asked_ids = move || {
        questions.with(|q| {
            q.items
                .iter()
                .filter(|x| x.asked)
                .map(|x| x.id)
                .collect::<Vec<_>>()
        })
    };
    let words = move |id: u64| {
        questions.with(|q| {
            q.items
                .iter()
                .find(|x| x.id == id)
                .map(|x| words_text(i18n, x.words()))
                .unwrap_or_default()
        })
    };
    let next_line = move || {
        next.get().map(|(milestone, date)| {
            i18n.t_args(
                "meeting-next",
                [
                    ("meeting", i18n.t(milestone.message_key()).into()),
                    ("date", i18n.date_full(date).into()),
                ],
            )
        })
    };
    view! {
        <h1>{i18n.text(Route::Meeting.title_key())}</h1>
        <TranslationNotice/>
        <p class="lead">{i18n.text(Route::Meeting.intro_key())}</p>
        {move || next_line().map(|line| view! { <p class="inset">{line}</p> })}
        <Show when=move || !open_ids().is_empty()
            fallback=move || view! { <p class="meeting-done">{i18n.text("meeting-none-left")}</p> }>
            <ol class="meeting-list">
                <For each=open_ids key=|id| *id let:id>
                    <li class="meeting-list__item">
                        <p class="meeting-list__words">{move || words(id)}</p>
                        <button type="button" class="button meeting-list__button"
                            on:click=move |_| {
                                questions.change(|q| q.set_asked(id, true));
                                focus_next_question();
                            }>
                            {i18n.text("meeting-mark-asked")}
                            <span class="visually-hidden">": " {move || words(id)}</span>
                        </button>
                    </li>
                </For>
            </ol>
        </Show>
        <Show when=move || !asked_ids().is_empty()>
            <h2>{i18n.text("meeting-asked-heading")}</h2>
            <ul class="meeting-asked">
                <For each=asked_ids key=|id| *id let:id>
                    <li>
                        <span>{move || words(id)}</span> " "
                        <button type="button" class="link-button"
                            on:click=move |_| questions.change(|q| q.set_asked(id, false))>
                            {i18n.text("meeting-not-asked")}
                            <span class="visually-hidden">": " {move || words(id)}</span>
                        </button>
                    </li>
                </For>
            </ul>
        </Show>
        <p><a href=i18n.href(Route::Questions)>{i18n.text("meeting-back-to-questions")}</a></p>
        <WhoIsInTheRoom/>
    }
}

/// After "I have asked this" the button is gone: focus goes to the next question's button, or
/// to the heading when all are asked, so a screen reader user carries on from there.
fn focus_next_question() {
    request_animation_frame(|| {
        use wasm_bindgen::JsCast;
        let doc = web::document();
        let next = doc
            .query_selector(".meeting-list__button")
            .ok()
            .flatten()
            .or_else(|| doc.query_selector("main h1").ok().flatten());
        if let Some(el) = next {
            let el: web_sys::HtmlElement = el.unchecked_into();
            if el.tag_name() == "H1" {
                let _ = el.set_attribute("tabindex", "-1");
            }
            let _ = el.focus();
        }
    });
}
