use crate::ui::i18n::use_i18n;
use crate::ui::notes::use_documents;
use leptos::prelude::*;

/// One meeting that happened: its kind and date as a heading, and what was decided, in the
/// parent's words (saved as typed).
#[component]
pub fn MeetingRecord(id: u64, on_delete: Callback<u64>) -> impl IntoView {
    let i18n = use_i18n();
    let plan = use_documents().plan;
    let meeting = move || plan.with(|p| p.meetings.iter().find(|m| m.id == id).cloned());
    let title = Signal::derive(move || {
        meeting()
            .map(|m| {
                let kind = i18n.t(m.kind.message_key());
                match m.date {
                    Some(d) => format!("{kind}, {}", i18n.date_long(d)),
                    None => kind,
                }
            })
            .unwrap_or_default()
    });
    let notes_id = format!("meeting-{id}-notes");
    view! {
        <li class="meeting-record">
            <h3 class="meeting-record__title">{move || title.get()}</h3>
            <label for=notes_id.clone()>{i18n.text("plan-meeting-notes")}
                <span class="visually-hidden">": " {move || title.get()}</span></label>
            <textarea class="text-area" id=notes_id rows="4"
                prop:value=move || meeting().map(|m| m.notes).unwrap_or_default()
                on:input=move |e| {
                    let v = event_target_value(&e);
                    plan.change(|p| if let Some(m) = p.meeting_mut(id) { m.notes = v; });
                }></textarea>
            <div class="item-tools">
                <button type="button" class="link-button link-button--warning" on:click=move |_| on_delete.run(id)>
                    {i18n.text("notes-delete")}<span class="visually-hidden">": " {move || title.get()}</span>
                </button>
            </div>
        </li>
    }
}
