use crate::core::file_names;
use crate::core::routes::Route;
use crate::ui::components::tell_download_outcome;
use crate::ui::i18n::use_i18n;
use crate::ui::notes::{use_notes, LockState};
use crate::web;
use leptos::prelude::*;

/// Tells the parent, at the top of every page, when the phone would not keep their notes or
/// could not read what it kept, and what to do about it. Nothing is deleted in either case.
#[component]
pub fn StorageProblemBanner() -> impl IntoView {
    let i18n = use_i18n();
    let notes = use_notes();
    let problems = notes.problems;
    let downloaded = RwSignal::new(None::<String>);
    let download_old = move |_| {
        leptos::task::spawn_local(async move {
            let offered = super::kept_copies::download_kept_copies(None).await;
            let done = i18n.t("storage-unreadable-downloaded");
            tell_download_outcome(downloaded, i18n, done, offered);
        });
    };
    let download_copy = move |_| {
        let today = web::clock::today_iso();
        let data = notes.on_screen_now();
        leptos::task::spawn_local(async move {
            let file = crate::ui::chunks::notes_file(data, today.clone()).await;
            let offered =
                web::download::text_file(&file_names::notes(&today), "application/json", &file);
            tell_download_outcome(downloaded, i18n, i18n.t("backup-downloaded"), offered);
        });
    };
    // With a passcode, a copy must be locked with it: Keep a copy asks for it. Moving there
    // within the app keeps what is on the screen.
    let has_passcode = move || notes.lock.get() != LockState::NoPasscode;
    let status = move || {
        view! {
            <div role="status">
                {move || downloaded.get().map(|text| view! { <p class="success-message">{text}</p> })}
            </div>
        }
    };
    let reload = |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.location().reload();
        }
    };
    view! {
        // Another tab runs a newer version: its notes stay untouched here (read-only), and a
        // reload brings this tab to that version.
        <Show when=move || problems.other_version.get()>
            <div class="storage-problem" role="alert">
                <p>{i18n.text("other-version-body")}</p>
                <button type="button" class="button" on:click=reload>
                    {i18n.text("other-version-reload")}
                </button>
            </div>
        </Show>
        <Show when=move || !problems.unreadable.with(Vec::is_empty)>
            <div class="storage-problem" role="alert">
                <h2 class="storage-problem__title">{i18n.text("storage-unreadable-title")}</h2>
                <p>{i18n.text("storage-unreadable-body")}</p>
                <button type="button" class="button button--secondary" on:click=download_old>
                    {i18n.text("storage-unreadable-download")}
                </button>
                {status}
            </div>
        </Show>
        <Show when=move || problems.not_saved.get()>
            <div class="storage-problem" role="alert">
                <h2 class="storage-problem__title">{i18n.text("storage-not-saved-title")}</h2>
                <p>{i18n.text("storage-not-saved-body")}</p>
                <Show when=has_passcode fallback=move || view! {
                    <button type="button" class="button button--secondary" on:click=download_copy>
                        {i18n.text("storage-not-saved-download")}
                    </button>
                }>
                    <a class="button button--secondary" href=i18n.href(Route::KeepACopy)>
                        {i18n.text("storage-not-saved-keep-locked")}
                    </a>
                </Show>
                {status}
            </div>
        </Show>
    }
}
