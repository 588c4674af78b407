use crate::ui::components::{EditWords, ItemTools};
use crate::ui::i18n::use_i18n;
use crate::ui::notes::use_documents;
use leptos::prelude::*;

/// One of my questions: its words, "I have asked this", and a box for the answer I was given
/// (saved as it is typed, so closing the app mid-sentence loses nothing).
#[component]
pub fn QuestionCard(id: u64, on_delete: Callback<u64>) -> impl IntoView {
    let i18n = use_i18n();
    let questions = use_documents().questions;
    let question = move || questions.with(|q| q.items.iter().find(|x| x.id == id).cloned());
    let words = Signal::derive(move || {
        question()
            .map(|q| super::words_text(i18n, q.words()))
            .unwrap_or_default()
    });
    let asked = move || question().is_some_and(|q| q.asked);
    let editing = RwSignal::new(false);
    let heading_id = format!("question-{id}");
    view! {
        <li class="question-card" class:question-card--asked=asked>
            <Show when=move || editing.get() fallback={
                let heading_id = heading_id.clone();
                move || view! { <p class="question-card__words" id=heading_id.clone()>{move || words.get()}</p> }
            }>
                <EditWords id=format!("question-{id}-edit") initial=words.get_untracked()
                    on_save=Callback::new(move |text: String| {
                        questions.change(|q| q.edit(id, &text));
                        editing.set(false);
                    })
                    on_cancel=Callback::new(move |_| editing.set(false))/>
            </Show>
            <div class="check">
                <input type="checkbox" class="check__box" id=format!("question-{id}-asked")
                    prop:checked=asked
                    on:change=move |e| {
                        let on = event_target_checked(&e);
                        let this: web_sys::HtmlElement = event_target(&e);
                        let next = place_after(&this);
                        questions.change(|q| q.set_asked(id, on));
                        // With "only questions not asked yet" on, this card has just gone: keep
                        // the parent's place rather than dropping focus to the top of the page.
                        request_animation_frame(move || {
                            if let Some(next) = next.filter(|_| !this.is_connected()) {
                                if next.tag_name() == "H2" {
                                    let _ = next.set_attribute("tabindex", "-1");
                                }
                                let _ = next.focus();
                            }
                        });
                    }/>
                <label class="check__label" for=format!("question-{id}-asked")>
                    {i18n.text("questions-asked")}
                    <span class="visually-hidden">": " {move || words.get()}</span>
                </label>
            </div>
            <label class="question-card__answer-label" for=format!("question-{id}-answer")>
                {i18n.text("questions-answer")}
                <span class="visually-hidden">": " {move || words.get()}</span>
            </label>
            <textarea class="text-area" id=format!("question-{id}-answer") rows="2"
                prop:value=move || question().map(|q| q.answer).unwrap_or_default()
                on:input=move |e| {
                    let answer = event_target_value(&e);
                    questions.change(|q| q.set_answer(id, &answer));
                }></textarea>
            <ItemTools words=words
                editing=editing
                on_move=Callback::new(move |up| { questions.change(|q| q.shift(id, up)); })
                on_delete=Callback::new(move |_| on_delete.run(id))/>
        </li>
    }
}

/// Where focus goes if this question's card disappears: the next card's "I have asked this",
/// else the one before, else its stage's heading.
fn place_after(checkbox: &web_sys::HtmlElement) -> Option<web_sys::HtmlElement> {
    use wasm_bindgen::JsCast;
    let card = checkbox.closest("li").ok().flatten()?;
    let box_in = |li: web_sys::Element| li.query_selector(".check__box").ok().flatten();
    let place = card
        .next_element_sibling()
        .and_then(box_in)
        .or_else(|| card.previous_element_sibling().and_then(box_in))
        .or_else(|| {
            let section = card.closest("section").ok().flatten()?;
            section.query_selector("h2").ok().flatten()
        })?;
    place.dyn_into().ok()
}
