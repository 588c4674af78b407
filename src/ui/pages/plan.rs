use crate::core::dates::parse_iso;
use crate::core::personal::{Action, Meeting, MeetingKind, Removed, Who};
use crate::core::routes::Route;
use crate::ui::components::TranslationNotice;
use crate::ui::components::{MeetingRecord, PlanAction, UndoNotice};
use crate::ui::drafts::use_draft;
use crate::ui::i18n::use_i18n;
use crate::ui::notes::use_documents;
use crate::web;
use leptos::prelude::*;

/// What a delete on this page took away: an action or a meeting.
#[derive(Clone)]
enum Deleted {
    Action(Removed<Action>),
    Meeting(Removed<Meeting>),
}

/// `/plan/`: what was agreed (who does what, by when, and whether it was done) and the
/// meetings where it was agreed.
#[component]
pub fn PlanPage() -> impl IntoView {
    let i18n = use_i18n();
    let plan = use_documents().plan;
    let today = parse_iso(&web::clock::today_iso());
    let deleted = RwSignal::new(None::<String>);
    let last_removed = StoredValue::new(None::<Deleted>);
    let delete_action = Callback::new(move |id: u64| {
        if let Some(removed) = plan.change(|p| p.remove_action(id)) {
            deleted.set(Some(removed.item.what.clone()));
            last_removed.set_value(Some(Deleted::Action(removed)));
        }
    });
    let delete_meeting = Callback::new(move |id: u64| {
        if let Some(removed) = plan.change(|p| p.remove_meeting(id)) {
            deleted.set(Some(i18n.t(removed.item.kind.message_key())));
            last_removed.set_value(Some(Deleted::Meeting(removed)));
        }
    });
    let on_undo = Callback::new(move |_| match last_removed.get_value() {
        Some(Deleted::Action(r)) => plan.change(|p| p.restore_action(r)),
        Some(Deleted::Meeting(r)) => plan.change(|p| p.restore_meeting(r)),
        None => {}
    });
    let action_ids =
        move || plan.with(|p| p.actions_by_date().iter().map(|a| a.id).collect::<Vec<_>>());
    let meeting_ids = move || {
        plan.with(|p| {
            p.meetings_by_date()
                .iter()
                .map(|m| m.id)
                .collect::<Vec<_>>()
        })
    };
    let overdue = move || today.map_or(0, |t| plan.with(|p| p.overdue_count(t)));

    // The new action's and meeting's fields, kept while the parent looks elsewhere (see
    // ui::drafts).
    let what = use_draft::<String>("new-action-what");
    let who = use_draft::<Who>("new-action-who");
    let who_name = use_draft::<String>("new-action-who-name");
    let by = use_draft::<String>("new-action-by");
    let add_action = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        if what.get_untracked().trim().is_empty() {
            return;
        }
        let action = Action {
            id: web::clock::unique_id(),
            what: what.get_untracked().trim().to_string(),
            who: who.get_untracked(),
            who_name: who_name.get_untracked().trim().to_string(),
            by: parse_iso(&by.get_untracked()),
            ..Action::default()
        };
        plan.change(|p| p.actions.push(action));
        what.set(String::new());
        who.set(Who::default());
        who_name.set(String::new());
        by.set(String::new());
    };

    let kind = use_draft::<MeetingKind>("new-meeting-kind");
    let meeting_date = use_draft::<String>("new-meeting-date");
    let meeting_notes = use_draft::<String>("new-meeting-notes");
    let add_meeting = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let meeting = Meeting {
            id: web::clock::unique_id(),
            kind: kind.get_untracked(),
            date: parse_iso(&meeting_date.get_untracked()),
            notes: meeting_notes.get_untracked(),
        };
        plan.change(|p| p.meetings.push(meeting));
        kind.set(MeetingKind::default());
        meeting_date.set(String::new());
        meeting_notes.set(String::new());
    };

    view! {
        <h1>{i18n.text(Route::Plan.title_key())}</h1>
        <TranslationNotice/>
        <p class="lead">{i18n.text(Route::Plan.intro_key())}</p>
        <p class="inset">{i18n.text("notes-kept-here")}</p>
        <UndoNotice deleted=deleted on_undo=on_undo/>

        <h2>{i18n.text("plan-actions-heading")}</h2>
        <Show when=move || { overdue() > 0 }>
            <p class="plan-overdue-summary">
                <strong>{move || i18n.t_args("plan-overdue-count", [("count", overdue().into())])}</strong>
            </p>
        </Show>
        <Show when=move || !action_ids().is_empty()
            fallback=move || view! { <p class="hint">{i18n.text("plan-no-actions")}</p> }>
            <ul class="plan-actions">
                <For each=action_ids key=|id| *id let:id>
                    <PlanAction id=id today=today on_delete=delete_action/>
                </For>
            </ul>
        </Show>
        <form class="plan-form box" on:submit=add_action>
            <h3>{i18n.text("plan-add-action")}</h3>
            <label for="new-action-what">{i18n.text("plan-what")}</label>
            <input class="text-input" type="text" id="new-action-what" autocomplete="off"
                prop:value=move || what.get() on:input=move |e| what.set(event_target_value(&e))/>
            <label for="new-action-who">{i18n.text("plan-who")}</label>
            <select class="select" id="new-action-who" on:change=move |e| {
                let v = event_target_value(&e);
                who.set(Who::ALL.into_iter().find(|w| w.slug() == v).unwrap_or_default());
            }>
                {Who::ALL.map(|w| view! {
                    <option value=w.slug() prop:selected=move || who.get() == w>{i18n.text(w.message_key())}</option>
                }).into_iter().collect_view()}
            </select>
            <Show when=move || who.get() == Who::Other>
                <label for="new-action-who-name">{i18n.text("plan-who-name")}</label>
                <input class="text-input" type="text" id="new-action-who-name" autocomplete="off"
                    prop:value=move || who_name.get() on:input=move |e| who_name.set(event_target_value(&e))/>
            </Show>
            <label for="new-action-by">{i18n.text("plan-by")}</label>
            <input class="text-input" type="date" id="new-action-by"
                prop:value=move || by.get() on:input=move |e| by.set(event_target_value(&e))/>
            <p><button type="submit" class="button">{i18n.text("plan-add-action-button")}</button></p>
        </form>

        <h2>{i18n.text("plan-meetings-heading")}</h2>
        <Show when=move || !meeting_ids().is_empty()
            fallback=move || view! { <p class="hint">{i18n.text("plan-no-meetings")}</p> }>
            <ul class="meeting-records">
                <For each=meeting_ids key=|id| *id let:id>
                    <MeetingRecord id=id on_delete=delete_meeting/>
                </For>
            </ul>
        </Show>
        <form class="plan-form box" on:submit=add_meeting>
            <h3>{i18n.text("plan-add-meeting")}</h3>
            <label for="new-meeting-kind">{i18n.text("plan-meeting-kind")}</label>
            <select class="select" id="new-meeting-kind" on:change=move |e| {
                let v = event_target_value(&e);
                kind.set(MeetingKind::ALL.into_iter().find(|k| k.slug() == v).unwrap_or_default());
            }>
                {MeetingKind::ALL.map(|k| view! {
                    <option value=k.slug() prop:selected=move || kind.get() == k>{i18n.text(k.message_key())}</option>
                }).into_iter().collect_view()}
            </select>
            <label for="new-meeting-date">{i18n.text("plan-meeting-date")}</label>
            <input class="text-input" type="date" id="new-meeting-date"
                prop:value=move || meeting_date.get() on:input=move |e| meeting_date.set(event_target_value(&e))/>
            <label for="new-meeting-notes">{i18n.text("plan-meeting-notes")}</label>
            <textarea class="text-area" id="new-meeting-notes" rows="3"
                prop:value=move || meeting_notes.get() on:input=move |e| meeting_notes.set(event_target_value(&e))></textarea>
            <p><button type="submit" class="button">{i18n.text("plan-add-meeting-button")}</button></p>
        </form>
    }
}
