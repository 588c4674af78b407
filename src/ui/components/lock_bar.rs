use crate::ui::i18n::use_i18n;
use crate::ui::notes::use_notes;
use leptos::prelude::*;

/// Above a page of notes, when a passcode is set: one tap locks them again at once.
#[component]
pub fn LockBar() -> impl IntoView {
    let i18n = use_i18n();
    let notes = use_notes();
    view! {
        <p class="lock-bar">
            <button type="button" class="link-button" on:click=move |_| notes.lock_everywhere()>
                {i18n.text("passcode-lock-now")}
            </button>
        </p>
    }
}
