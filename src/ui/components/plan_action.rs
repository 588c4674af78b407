use crate::core::dates::{iso, parse_iso};
use crate::core::personal::{Action, ActionStatus, Who};
use crate::ui::components::ItemTools;
use crate::ui::i18n::use_i18n;
use crate::ui::notes::use_documents;
use chrono::NaiveDate;
use leptos::prelude::*;

/// One agreed action: what, who, by when, and whether it was done. Late ones say so in words
/// and with a red edge. "Change" opens its fields in place; every field saves as it is typed.
#[component]
pub fn PlanAction(id: u64, today: Option<NaiveDate>, on_delete: Callback<u64>) -> impl IntoView {
    let i18n = use_i18n();
    let plan = use_documents().plan;
    let action = move || plan.with(|p| p.actions.iter().find(|a| a.id == id).cloned());
    let get = move |f: fn(&Action) -> String| action().map(|a| f(&a)).unwrap_or_default();
    let words = Signal::derive(move || get(|a| a.what.clone()));
    let overdue = move || action().zip(today).is_some_and(|(a, t)| a.is_overdue(t));
    let status = move || action().map(|a| a.status).unwrap_or_default();
    let editing = RwSignal::new(false);
    let set = move |f: Box<dyn FnOnce(&mut Action)>| {
        plan.change(|p| {
            if let Some(a) = p.action_mut(id) {
                f(a);
            }
        });
    };
    let who_words = move || {
        action()
            .map(|a| match a.who {
                Who::Other if !a.who_name.trim().is_empty() => a.who_name.clone(),
                who => i18n.t(who.message_key()),
            })
            .unwrap_or_default()
    };
    let field_id = move |name: &str| format!("action-{id}-{name}");
    view! {
        <li class="plan-action" class:plan-action--overdue=overdue>
            <p class="plan-action__what">{move || words.get()}</p>
            <Show when=overdue>
                <p class="plan-action__late"><strong>{i18n.text("plan-overdue")}</strong></p>
            </Show>
            <dl class="plan-action__facts">
                <dt>{i18n.text("plan-who")}</dt>
                <dd>{who_words}</dd>
                <dt>{i18n.text("plan-by")}</dt>
                <dd>{move || action().and_then(|a| a.by).map(|d| i18n.date_full(d)).unwrap_or_else(|| i18n.t("plan-no-date"))}</dd>
            </dl>
            <Show when=move || editing.get()>
                <div class="plan-form">
                    <label for=field_id("what")>{i18n.text("plan-what")}</label>
                    <input class="text-input" type="text" id=field_id("what") prop:value=move || words.get()
                        on:input=move |e| { let v = event_target_value(&e); set(Box::new(move |a| a.what = v)); }/>
                    <label for=field_id("who")>{i18n.text("plan-who")}</label>
                    <select class="select" id=field_id("who")
                        on:change=move |e| {
                            let v = event_target_value(&e);
                            let who = Who::ALL.into_iter().find(|w| w.slug() == v).unwrap_or_default();
                            set(Box::new(move |a| a.who = who));
                        }>
                        {Who::ALL.map(|w| view! {
                            <option value=w.slug() selected=move || action().is_some_and(|a| a.who == w)>{i18n.text(w.message_key())}</option>
                        }).into_iter().collect_view()}
                    </select>
                    <label for=field_id("who-name")>{i18n.text("plan-who-name")}</label>
                    <input class="text-input" type="text" id=field_id("who-name") prop:value=move || get(|a| a.who_name.clone())
                        on:input=move |e| { let v = event_target_value(&e); set(Box::new(move |a| a.who_name = v)); }/>
                    <label for=field_id("by")>{i18n.text("plan-by")}</label>
                    <input class="text-input" type="date" id=field_id("by") prop:value=move || action().and_then(|a| a.by).map(iso).unwrap_or_default()
                        on:change=move |e| { let v = parse_iso(&event_target_value(&e)); set(Box::new(move |a| a.by = v)); }/>
                    <p><button type="button" class="button button--small" on:click=move |_| editing.set(false)>{i18n.text("notes-done-changing")}</button></p>
                </div>
            </Show>
            <label class="plan-action__status-label" for=field_id("status")>{i18n.text("plan-status")}
                <span class="visually-hidden">": " {move || words.get()}</span></label>
            <select class="select" id=field_id("status")
                on:change=move |e| {
                    let v = event_target_value(&e);
                    let status = ActionStatus::ALL.into_iter().find(|s| s.slug() == v).unwrap_or_default();
                    set(Box::new(move |a| a.status = status));
                }>
                {ActionStatus::ALL.map(|s| view! {
                    <option value=s.slug() selected=move || status() == s>{i18n.text(s.message_key())}</option>
                }).into_iter().collect_view()}
            </select>
            <Show when=move || status() == ActionStatus::NotDone>
                <label class="plan-action__reason-label" for=field_id("reason")>{i18n.text("plan-reason")}
                    <span class="visually-hidden">": " {move || words.get()}</span></label>
                <textarea class="text-area" id=field_id("reason") rows="2"
                    prop:value=move || get(|a| a.reason.clone())
                    on:input=move |e| { let v = event_target_value(&e); set(Box::new(move |a| a.reason = v)); }></textarea>
            </Show>
            <ItemTools words=words
                editing=editing
                on_delete=Callback::new(move |_| on_delete.run(id))/>
        </li>
    }
}
