use crate::core::personal::Task;
use crate::ui::components::{EditWords, ItemTools};
use crate::ui::i18n::use_i18n;
use crate::ui::notes::use_documents;
use leptos::prelude::*;

/// One task on my checklist: a checkbox with its words, and the tools to change, move or
/// delete it. Reads the task by id, so a change made in another tab shows here too.
#[component]
pub fn ChecklistItem(id: u64, on_delete: Callback<u64>) -> impl IntoView {
    let i18n = use_i18n();
    let checklist = use_documents().checklist;
    let task = move || checklist.with(|c| c.items.iter().find(|t| t.id == id).cloned());
    let words = Signal::derive(move || {
        task()
            .map(|t: Task| super::words_text(i18n, t.words()))
            .unwrap_or_default()
    });
    let done = move || task().is_some_and(|t| t.done);
    let editing = RwSignal::new(false);
    let box_id = format!("task-{id}");
    view! {
        <li class="checklist-item" class:checklist-item--done=done>
            <Show when=move || editing.get() fallback={
                let box_id = box_id.clone();
                move || view! {
                    <div class="check">
                        <input type="checkbox" class="check__box" id=box_id.clone()
                            prop:checked=done
                            on:change=move |e| {
                                let on = event_target_checked(&e);
                                checklist.change(|c| c.set_done(id, on));
                            }/>
                        <label class="check__label" for=box_id.clone()>{move || words.get()}</label>
                    </div>
                }
            }>
                <EditWords id=format!("task-{id}-edit") initial=words.get_untracked()
                    on_save=Callback::new(move |text: String| {
                        checklist.change(|c| c.edit(id, &text));
                        editing.set(false);
                    })
                    on_cancel=Callback::new(move |_| editing.set(false))/>
            </Show>
            <ItemTools words=words
                editing=editing
                on_move=Callback::new(move |up| { checklist.change(|c| c.shift(id, up)); })
                on_delete=Callback::new(move |_| on_delete.run(id))/>
        </li>
    }
}
