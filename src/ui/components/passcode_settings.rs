use crate::core::vault::{
    passcode_problem, KdfParams, LockRecord, PasscodeProblem, AUTO_LOCK_CHOICES,
};
use crate::ui::components::UnlockForm;
use crate::ui::i18n::use_i18n;
use crate::ui::notes::{use_notes, LockState};
use crate::web;
use leptos::prelude::*;

/// The passcode in Settings: set one (after saying plainly that a forgotten passcode means
/// deleting the notes), and once set, lock now, change the auto-lock time, change or remove it.
#[component]
pub fn PasscodeSettings() -> impl IntoView {
    let i18n = use_i18n();
    let notes = use_notes();
    let first = RwSignal::new(String::new());
    let again = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<&'static str>);
    let outcome = RwSignal::new(None::<&'static str>);
    let busy = RwSignal::new(false);
    let confirm_remove = RwSignal::new(false);
    let auto_lock = RwSignal::new(
        web::storage::load::<LockRecord>()
            .ok()
            .flatten()
            .map_or(5, |r| r.auto_lock_minutes),
    );

    // Set or change: check the rules, then derive the key ("Please wait" meanwhile).
    let set_passcode = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let passcode = first.get_untracked();
        outcome.set(None);
        problem.set(match passcode_problem(&passcode) {
            Some(PasscodeProblem::PinTooShort) => Some("passcode-pin-too-short"),
            Some(PasscodeProblem::PhraseTooShort) => Some("passcode-phrase-too-short"),
            None if passcode != again.get_untracked() => Some("passcode-mismatch"),
            None => None,
        });
        if problem.get_untracked().is_some() || busy.get_untracked() {
            return;
        }
        busy.set(true);
        // The key is derived in a worker, so the page stays free meanwhile.
        // Read now: Settings may be closed before the key arrives.
        let auto_lock_minutes = auto_lock.get_untracked();
        leptos::task::spawn_local(async move {
            let sealed = async {
                let salt = web::vault::random()?;
                let nonce = web::vault::random()?;
                let kdf = KdfParams::RECOMMENDED;
                let key = web::vault::derive_key(&passcode, &salt, kdf).await.ok()?;
                let mut record = LockRecord::new(&key, salt, kdf, nonce);
                record.auto_lock_minutes = auto_lock_minutes;
                Some(notes.seal_with(key, &record))
            }
            .await;
            busy.set(false);
            first.set(String::new());
            again.set(String::new());
            outcome.set(Some(match sealed {
                Some(true) => "passcode-set-done",
                _ => "passcode-set-failed",
            }));
        });
    };
    let remove = move |_| {
        let ok = notes.unseal();
        confirm_remove.set(false);
        outcome.set(Some(if ok {
            "passcode-removed"
        } else {
            "passcode-set-failed"
        }));
    };
    let choose_auto_lock = move |event: leptos::ev::Event| {
        let minutes = event_target_value(&event).parse().unwrap_or(5);
        auto_lock.set(minutes);
        if let Ok(Some(mut record)) = web::storage::load::<LockRecord>() {
            record.auto_lock_minutes = minutes;
            let _ = web::storage::save(&record);
        }
    };
    let state = move || notes.lock.get();
    let field = move |id: &'static str, label: &'static str, value: RwSignal<String>| {
        view! {
            <label for=id>{i18n.text(label)}</label>
            <input class="text-input passcode__input" type="password" id=id autocomplete="new-password"
                aria-describedby="passcode-rules"
                prop:value=move || value.get() on:input=move |e| value.set(event_target_value(&e))/>
        }
    };
    let form = move |button: &'static str| {
        view! {
            <form class="box passcode__form" on:submit=set_passcode>
                <p class="hint" id="passcode-rules">{i18n.text("passcode-rules")}</p>
                <div role="alert">
                    {move || problem.get().map(|key| view! { <p class="error-message">{i18n.t(key)}</p> })}
                </div>
                {field("passcode-new", "passcode-new-label", first)}
                {field("passcode-again", "passcode-again-label", again)}
                <p><button type="submit" class="button" disabled=move || busy.get()>
                    {move || if busy.get() { i18n.t("passcode-working") } else { i18n.t(button) }}
                </button></p>
            </form>
        }
    };

    view! {
        <section class="passcode" aria-labelledby="passcode-heading">
            <h2 id="passcode-heading">{i18n.text("passcode-heading")}</h2>
            {move || match state() {
                LockState::NoPasscode => view! {
                    <p>{i18n.text("passcode-what")}</p>
                    <div class="inset passcode__warning">
                        <p><strong>{i18n.text("passcode-forget-warning")}</strong></p>
                    </div>
                    {form("passcode-set-button")}
                }.into_any(),
                LockState::Locked => view! {
                    <p>{i18n.text("passcode-locked-here")}</p>
                    <UnlockForm inline=true/>
                }.into_any(),
                LockState::Unlocked => view! {
                    <p>{i18n.text("passcode-is-on")}</p>
                    <p><button type="button" class="button" on:click=move |_| notes.lock_everywhere()>{i18n.text("passcode-lock-now")}</button></p>
                    <label for="passcode-auto-lock">{i18n.text("passcode-auto-lock-label")}</label>
                    <select class="select passcode__select" id="passcode-auto-lock" on:change=choose_auto_lock>
                        {AUTO_LOCK_CHOICES.map(|m| view! {
                            <option value=m.to_string() selected=move || auto_lock.get() == m>
                                {move || i18n.t_args("passcode-minutes", [("minutes", m.into())])}
                            </option>
                        }).into_iter().collect_view()}
                    </select>
                    <h3>{i18n.text("passcode-change-heading")}</h3>
                    {form("passcode-change-button")}
                    <h3>{i18n.text("passcode-remove-heading")}</h3>
                    <p>{i18n.text("passcode-remove-body")}</p>
                    <Show when=move || confirm_remove.get() fallback=move || view! {
                        <p><button type="button" class="button button--secondary" on:click=move |_| confirm_remove.set(true)>
                            {i18n.text("passcode-remove-button")}
                        </button></p>
                    }>
                        <p class="button-row">
                            <button type="button" class="button button--warning" on:click=remove>{i18n.text("passcode-remove-confirm")}</button>
                            <button type="button" class="button button--secondary" on:click=move |_| confirm_remove.set(false)>{i18n.text("notes-cancel")}</button>
                        </p>
                    </Show>
                }.into_any(),
            }}
            <div role="status">
                {move || outcome.get().map(|key| view! { <p class="success-message">{i18n.t(key)}</p> })}
            </div>
        </section>
    }
}
