use super::TranslationNotice;
use crate::ui::i18n::{use_i18n, I18n};
use crate::ui::notes::{use_notes, UnlockError};
use leptos::prelude::*;

/// Asks for the passcode while the notes are locked. Checking it takes a moment on purpose
/// (that is what makes guessing slow), so the form says "Checking…" meanwhile.
/// `inline`: inside another page (Settings), without the page heading and introduction.
#[component]
pub fn UnlockForm(#[prop(optional)] inline: bool) -> impl IntoView {
    let i18n = use_i18n();
    let notes = use_notes();
    let passcode = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    // A button and the Enter key, not a <form>: a form that disappears after a passcode is
    // what browsers take for a login to offer to save.
    let submit = move || {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        problem.set(None);
        // The key is derived in a worker: the page stays free meanwhile (the exit, typing).
        leptos::task::spawn_local(async move {
            let result = notes.try_unlock(&passcode.get_untracked()).await;
            // Opened: the notes' page takes this form's place, so nothing in it changes (its
            // views would update after it is gone). Or the page was left meanwhile.
            if result.is_ok() || busy.is_disposed() {
                return;
            }
            busy.set(false);
            passcode.set(String::new());
            problem.set(result.err().and_then(|e| refused_passcode_message(i18n, e)));
        });
    };
    view! {
        <div class="unlock">
            {(!inline).then(|| view! {
                <h1>{i18n.text("unlock-title")}</h1>
                <TranslationNotice/>
                <p class="lead">{i18n.text("unlock-intro")}</p>
            })}
            <div class="unlock__form">
                <label class="unlock__label" for="unlock-passcode">{i18n.text("unlock-label")}</label>
                <div role="alert">
                    {move || problem.get().map(|text| view! { <p class="error-message" id="unlock-problem">{text}</p> })}
                </div>
                <PasscodeInput id="unlock-passcode" class="unlock__input" value=passcode on_enter=submit
                    described_by=Signal::derive(move || problem.get().map(|_| "unlock-problem".to_string()))/>
                <p><button type="button" class="button" disabled=move || busy.get() on:click=move |_| submit()>
                    {move || if busy.get() { i18n.t("unlock-checking") } else { i18n.t("unlock-button") }}
                </button></p>
            </div>
            <details class="unlock__forgot" hidden=inline>
                <summary>{i18n.text("unlock-forgot")}</summary>
                <p>{i18n.text("unlock-forgot-body")}</p>
                <p><a href=i18n.href(crate::core::routes::Route::Settings)>{i18n.text("unlock-forgot-link")}</a></p>
            </details>
        </div>
    }
}

/// A field for a passcode that no password manager takes for a password: plain text drawn as
/// dots (CSS `-webkit-text-security`), no autocomplete, no capitals, no spelling check. No
/// `inputmode="numeric"`: a passcode may be a phrase, and the record does not say which
/// (saying so would tell a guesser). Enter runs `on_enter`.
#[component]
pub fn PasscodeInput(
    id: &'static str,
    #[prop(optional)] class: &'static str,
    value: RwSignal<String>,
    #[prop(optional)] described_by: Option<Signal<Option<String>>>,
    on_enter: impl Fn() + Copy + 'static,
) -> impl IntoView {
    view! {
        <input class=format!("text-input passcode-field {class}") type="text" id=id
            autocomplete="off" autocapitalize="off" spellcheck="false"
            aria-describedby=move || described_by.and_then(|d| d.get())
            prop:value=move || value.get() on:input=move |e| value.set(event_target_value(&e))
            on:keydown=move |e: leptos::ev::KeyboardEvent| {
                if e.key() == "Enter" {
                    e.prevent_default();
                    on_enter();
                }
            }/>
    }
}

/// What to tell the parent when their passcode was not accepted (here, or where a kept copy
/// is locked with it). None when there is no passcode any more (removed in another tab).
pub fn refused_passcode_message(i18n: I18n, error: UnlockError) -> Option<String> {
    match error {
        UnlockError::Wrong { wait: 0 } => Some(i18n.t("unlock-wrong")),
        UnlockError::Wrong { wait } | UnlockError::Wait(wait) => Some(format!(
            "{} {}",
            i18n.t("unlock-wrong"),
            i18n.t_args("unlock-wait", [("seconds", wait.into())])
        )),
        UnlockError::Unavailable => Some(i18n.t("unlock-unavailable")),
        UnlockError::NoRecord | UnlockError::Interrupted => None,
    }
}
