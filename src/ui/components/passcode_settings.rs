use crate::core::vault::{
    passcode_problem, KdfParams, LockRecord, PasscodeProblem, AUTO_LOCK_CHOICES,
};
use crate::ui::components::{refused_passcode_message, PasscodeInput, UnlockForm};
use crate::ui::i18n::use_i18n;
use crate::ui::notes::{use_notes, LockState, Notes};
use crate::web;
use leptos::prelude::*;

/// The passcode in Settings: set one (after saying plainly what it protects against, and that
/// a forgotten passcode means deleting the notes), and once set, lock now, change the
/// auto-lock time, change or remove it. Changing or removing asks for the passcode in use
/// first (a try like any other): holding the unlocked phone is not enough to turn it off.
#[component]
pub fn PasscodeSettings() -> impl IntoView {
    let i18n = use_i18n();
    let notes = use_notes();
    let current = RwSignal::new(String::new());
    let first = RwSignal::new(String::new());
    let again = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let outcome = RwSignal::new(None::<&'static str>);
    let busy = RwSignal::new(false);
    let confirm_remove = RwSignal::new(false);
    let remove_passcode = RwSignal::new(String::new());
    let remove_problem = RwSignal::new(None::<String>);
    let auto_lock = RwSignal::new(
        web::storage::load::<LockRecord>()
            .ok()
            .flatten()
            .map_or(5, |r| r.auto_lock_minutes),
    );

    // Set or change: check the rules, then (for a change) the passcode in use, then derive
    // the new key, after the "Please wait" has painted.
    let set_passcode = move || {
        if busy.get_untracked() {
            return;
        }
        let passcode = first.get_untracked();
        let changing = notes.lock.get_untracked() == LockState::Unlocked;
        outcome.set(None);
        problem.set(
            match passcode_problem(&passcode) {
                Some(PasscodeProblem::PinTooShort) => Some("passcode-pin-too-short"),
                Some(PasscodeProblem::PhraseTooShort) => Some("passcode-phrase-too-short"),
                Some(PasscodeProblem::Guessable) => Some("passcode-guessable"),
                None if passcode != again.get_untracked() => Some("passcode-mismatch"),
                None if changing && current.get_untracked().is_empty() => {
                    Some("passcode-current-needed")
                }
                None => None,
            }
            .map(|key| i18n.t(key)),
        );
        if problem.get_untracked().is_some() {
            return;
        }
        busy.set(true);
        // The keys are derived in a worker, so the page stays free meanwhile. Read now:
        // Settings may be closed before the key arrives.
        let auto_lock_minutes = auto_lock.get_untracked();
        let in_use = current.get_untracked();
        leptos::task::spawn_local(async move {
            if changing {
                if let Err(refused) = notes.check_passcode(&in_use).await {
                    if busy.is_disposed() {
                        return;
                    }
                    busy.set(false);
                    current.set(String::new());
                    problem.set(refused_passcode_message(i18n, refused));
                    return;
                }
            }
            let sealed = seal_with_new_passcode(notes, &passcode, auto_lock_minutes).await;
            // Settings was left meanwhile: the change is made, with no form left to tell.
            if busy.is_disposed() {
                return;
            }
            busy.set(false);
            current.set(String::new());
            first.set(String::new());
            again.set(String::new());
            outcome.set(Some(match sealed {
                Some(true) => "passcode-set-done",
                _ => "passcode-set-failed",
            }));
        });
    };
    let remove = move || {
        if busy.get_untracked() {
            return;
        }
        if remove_passcode.get_untracked().is_empty() {
            remove_problem.set(Some(i18n.t("passcode-current-needed")));
            return;
        }
        busy.set(true);
        remove_problem.set(None);
        let in_use = remove_passcode.get_untracked();
        leptos::task::spawn_local(async move {
            let removed = notes.check_passcode(&in_use).await.map(|_| notes.unseal());
            // Settings was left meanwhile: nothing is left to show the outcome on.
            if busy.is_disposed() {
                return;
            }
            busy.set(false);
            remove_passcode.set(String::new());
            match removed {
                Err(refused) => remove_problem.set(refused_passcode_message(i18n, refused)),
                Ok(ok) => {
                    confirm_remove.set(false);
                    outcome.set(Some(if ok {
                        "passcode-removed"
                    } else {
                        "passcode-set-failed"
                    }));
                }
            }
        });
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
            <PasscodeInput id=id class="passcode__input" value=value on_enter=set_passcode
                described_by=Signal::derive(|| Some("passcode-rules".to_string()))/>
        }
    };
    let form = move |button: &'static str, changing: bool| {
        view! {
            <div class="box passcode__form">
                <p class="hint" id="passcode-rules">{i18n.text("passcode-rules")}</p>
                <div role="alert">
                    {move || problem.get().map(|text| view! { <p class="error-message">{text}</p> })}
                </div>
                {changing.then(|| field("passcode-current", "passcode-current-label", current))}
                {field("passcode-new", "passcode-new-label", first)}
                {field("passcode-again", "passcode-again-label", again)}
                <p><button type="button" class="button" disabled=move || busy.get() on:click=move |_| set_passcode()>
                    {move || if busy.get() { i18n.t("passcode-working") } else { i18n.t(button) }}
                </button></p>
            </div>
        }
    };

    view! {
        <section class="passcode" aria-labelledby="passcode-heading">
            <h2 id="passcode-heading">{i18n.text("passcode-heading")}</h2>
            <PasscodeNotices/>
            {move || match state() {
                LockState::NoPasscode => view! {
                    <p>{i18n.text("passcode-what")}</p>
                    <p>{i18n.text("passcode-protects")}</p>
                    <p>{i18n.text("passcode-not-protects")}</p>
                    <p>{i18n.text("passcode-never-save")}</p>
                    <div class="inset passcode__warning">
                        <p><strong>{i18n.text("passcode-forget-warning")}</strong></p>
                    </div>
                    {form("passcode-set-button", false)}
                }.into_any(),
                LockState::Locked => view! {
                    <p>{i18n.text("passcode-locked-here")}</p>
                    <UnlockForm inline=true/>
                }.into_any(),
                LockState::Unlocked => view! {
                    <p>{i18n.text("passcode-is-on")}</p>
                    <p>{i18n.text("passcode-not-protects")}</p>
                    <p>{i18n.text("passcode-never-save")}</p>
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
                    {form("passcode-change-button", true)}
                    <h3>{i18n.text("passcode-remove-heading")}</h3>
                    <p>{i18n.text("passcode-remove-body")}</p>
                    <Show when=move || confirm_remove.get() fallback=move || view! {
                        <p><button type="button" class="button button--secondary" on:click=move |_| confirm_remove.set(true)>
                            {i18n.text("passcode-remove-button")}
                        </button></p>
                    }>
                        <div class="box passcode__form">
                            <div role="alert">
                                {move || remove_problem.get().map(|text| view! { <p class="error-message">{text}</p> })}
                            </div>
                            <label for="passcode-remove-current">{i18n.text("passcode-remove-ask")}</label>
                            <PasscodeInput id="passcode-remove-current" class="passcode__input" value=remove_passcode on_enter=remove/>
                            <p class="button-row">
                                <button type="button" class="button button--warning" disabled=move || busy.get() on:click=move |_| remove()>
                                    {move || if busy.get() { i18n.t("unlock-checking") } else { i18n.t("passcode-remove-confirm") }}
                                </button>
                                <button type="button" class="button button--secondary" on:click=move |_| confirm_remove.set(false)>{i18n.text("notes-cancel")}</button>
                            </p>
                        </div>
                    </Show>
                }.into_any(),
            }}
            <div role="status">
                {move || outcome.get().map(|key| view! { <p class="success-message">{i18n.t(key)}</p> })}
            </div>
        </section>
    }
}

/// A new salt and record for `passcode`, and every note sealed with it. None when the browser
/// gives no random bytes.
async fn seal_with_new_passcode(
    notes: Notes,
    passcode: &str,
    auto_lock_minutes: u32,
) -> Option<bool> {
    let salt = web::vault::random()?;
    let nonce = web::vault::random()?;
    let key = web::vault::derive_key(passcode, &salt, KdfParams::RECOMMENDED)
        .await
        .ok()?;
    let mut record = LockRecord::new(&key, salt, KdfParams::RECOMMENDED, nonce);
    record.auto_lock_minutes = auto_lock_minutes;
    Some(notes.seal_with(key, &record))
}

/// What the parent must be told when the notes open: wrong passcodes typed since they last
/// opened them, and a passcode that was removed. Each stays until the parent closes it.
#[component]
pub fn PasscodeNotices() -> impl IntoView {
    let i18n = use_i18n();
    let notes = use_notes();
    let opened = move || notes.lock.get() != LockState::Locked;
    view! {
        {move || (opened() && notes.wrong_tries.get().is_some()).then(|| {
            let tries = notes.wrong_tries.get().unwrap_or(crate::core::vault::WrongTries { count: 0, last_ms: 0 });
            let (date, time) = web::clock::local_date_and_time(tries.last_ms);
            let date = crate::core::dates::parse_iso(&date)
                .map(|d| i18n.date_long(d))
                .unwrap_or(date);
            view! {
                <div class="inset passcode-notice" role="alert">
                    <p><strong>{i18n.t_args("unlock-wrong-tries", [
                        ("count", tries.count.into()),
                        ("date", date.into()),
                        ("time", time.into()),
                    ])}</strong></p>
                    <p><button type="button" class="button button--secondary" on:click=move |_| notes.wrong_tries.set(None)>
                        {i18n.text("passcode-notice-close")}
                    </button></p>
                </div>
            }
        })}
        {move || opened().then(|| notes.passcode_removed.get()).flatten().map(|on| {
            let date = crate::core::dates::parse_iso(&on)
                .map(|d| i18n.date_long(d))
                .unwrap_or(on);
            view! {
                <div class="inset passcode-notice" role="alert">
                    <p><strong>{i18n.t_args("passcode-removed-notice", [("date", date.into())])}</strong></p>
                    <p><button type="button" class="button button--secondary" on:click=move |_| notes.dismiss_removal()>
                        {i18n.text("passcode-notice-close")}
                    </button></p>
                </div>
            }
        })}
    }
}
