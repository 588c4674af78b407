use crate::core::file_names;
use crate::core::personal::{
    export, merge, read_copy, removed_by_replace, replace, seal_copy, ImportError, KeptCopy,
    MyData, OpenCopyError, SealedCopy, MAX_IMPORT_BYTES,
};
use crate::core::routes::Route;
use crate::core::vault::KdfParams;
use crate::ui::components::TranslationNotice;
use crate::ui::components::{download_outcome, refused_passcode_message, UndoNotice};
use crate::ui::i18n::{use_i18n, I18n};
use crate::ui::notes::{use_notes, LockState, Notes};
use crate::web;
use crate::web::files::ReadError;
use leptos::prelude::*;

/// `/keep-a-copy/`: download everything as one file (locked with the passcode when there is
/// one), bring a file back (seeing what it holds first, then replacing or adding), and print.
#[component]
pub fn KeepACopyPage() -> impl IntoView {
    let i18n = use_i18n();
    let notes = use_notes();
    let documents = notes.documents();
    let from_file = RwSignal::new(None::<(MyData, Vec<String>)>);
    // A chosen file that is locked, waiting for its passcode.
    let sealed_file = RwSignal::new(None::<SealedCopy>);
    let problem = RwSignal::new(None::<String>);
    let done = RwSignal::new(None::<String>);
    // Said beside the download buttons, where the parent is looking.
    let downloaded = RwSignal::new(None::<String>);
    // What the phone held before a "Replace", for Undo.
    let before_replace = RwSignal::new(None::<MyData>);
    let undo_words = RwSignal::new(None::<String>);

    let download_plain = move |_| {
        let today = web::clock::today_iso();
        let offered = web::download::text_file(
            &file_names::notes(&today),
            "application/json",
            &export(&documents.snapshot(), &today),
        );
        downloaded.set(Some(download_outcome(
            i18n,
            i18n.t("backup-downloaded"),
            offered,
        )));
    };
    let chosen = move |event: leptos::ev::Event| {
        let Some(input) = web::files::input_of(&event) else {
            return;
        };
        from_file.set(None);
        sealed_file.set(None);
        problem.set(None);
        done.set(None);
        leptos::task::spawn_local(async move {
            let result = match web::files::read_chosen(&input, MAX_IMPORT_BYTES).await {
                Ok(text) => read_copy(&text),
                Err(ReadError::TooLarge) => Err(ImportError::TooLarge),
                Err(ReadError::Unreadable) => Err(ImportError::NotOurs),
            };
            // The same file can be chosen again after a Cancel.
            input.set_value("");
            // The page was left meanwhile.
            if problem.is_disposed() {
                return;
            }
            match result {
                Ok(KeptCopy::Plain(data, parts)) => from_file.set(Some((*data, parts))),
                Ok(KeptCopy::Sealed(copy)) => sealed_file.set(Some(copy)),
                Err(e) => problem.set(Some(i18n.t(import_error_key(e)))),
            }
        });
    };
    let apply = move |replace_all: bool| {
        let Some((data, parts)) = from_file.get_untracked() else {
            return;
        };
        // Storage read afresh: another tab may have changed the notes since this page showed them.
        let phone = documents.current();
        let result = if replace_all {
            replace(&phone, data, &parts)
        } else {
            merge(&phone, data)
        };
        documents.replace_all(result);
        from_file.set(None);
        if replace_all && removed_by_replace(&phone, &parts) > 0 {
            before_replace.set(Some(phone));
            undo_words.set(Some(i18n.t("backup-replace-undo-what")));
        }
        done.set(Some(if replace_all {
            i18n.t("backup-replaced")
        } else {
            i18n.t("backup-merged")
        }));
    };
    let has_passcode = move || notes.lock.get() != LockState::NoPasscode;
    let undo_replace = Callback::new(move |()| {
        if let Some(previous) = before_replace.try_update(Option::take).flatten() {
            documents.replace_all(previous);
            done.set(None);
        }
    });
    // "12 items on this phone will be removed", counted on what storage holds now.
    let will_remove = move |parts: &[String]| {
        let count = removed_by_replace(&untrack(|| documents.current()), parts);
        (count > 0).then(|| {
            view! { <p><strong>{i18n.t_args("backup-replace-removes", [("count", count.into())])}</strong></p> }
        })
    };

    view! {
        <h1>{i18n.text(Route::KeepACopy.title_key())}</h1>
        <TranslationNotice/>
        <p class="lead">{i18n.text(Route::KeepACopy.intro_key())}</p>

        <h2>{i18n.text("backup-download-heading")}</h2>
        <Show when=has_passcode fallback=move || view! {
            <p>{i18n.text("backup-download-body")}</p>
            <p>{i18n.text("backup-no-passcode-hint")}</p>
            <p><button type="button" class="button" on:click=download_plain>{i18n.text("backup-download")}</button></p>
        }>
            <SealedDownload notes=notes downloaded=downloaded/>
            <h3>{i18n.text("backup-unprotected-heading")}</h3>
            <p>{i18n.text("backup-unprotected-body")}</p>
            <p><button type="button" class="button button--secondary" on:click=download_plain>{i18n.text("backup-unprotected-button")}</button></p>
        </Show>
        <div role="status">
            {move || downloaded.get().map(|text| view! { <p class="success-message">{text}</p> })}
        </div>

        <h2>{i18n.text("backup-print-heading")}</h2>
        <p>{i18n.text("backup-print-body")}</p>
        <p><a class="button button--secondary" href=i18n.href(Route::Print)>{i18n.text("backup-print-link")}</a></p>

        <h2>{i18n.text("backup-import-heading")}</h2>
        <p>{i18n.text("backup-import-body")}</p>
        <label class="file-label" for="import-file">{i18n.text("backup-import-choose")}</label>
        <input class="file-input" type="file" id="import-file" accept=".json,application/json" on:change=chosen/>
        <div role="alert">
            {move || problem.get().map(|text| view! { <p class="error-message">{text}</p> })}
        </div>
        <Show when=move || sealed_file.with(Option::is_some)>
            <OpenSealedFile sealed_file=sealed_file from_file=from_file problem=problem/>
        </Show>
        {move || from_file.get().map(|(data, parts)| view! {
            <div class="box import-preview">
                <h3>{i18n.t("backup-file-holds")}</h3>
                <ul class="list">{counts(i18n, &data)}</ul>
                <p>{i18n.t("backup-choose-how")}</p>
                {will_remove(&parts)}
                <p class="button-row">
                    <button type="button" class="button" on:click=move |_| apply(false)>{i18n.t("backup-merge")}</button>
                    <button type="button" class="button button--secondary" on:click=move |_| apply(true)>{i18n.t("backup-replace")}</button>
                    <button type="button" class="button button--secondary" on:click=move |_| from_file.set(None)>{i18n.t("notes-cancel")}</button>
                </p>
            </div>
        })}
        <div role="status">
            {move || done.get().map(|text| view! { <p class="success-message">{text}</p> })}
        </div>
        <UndoNotice deleted=undo_words on_undo=undo_replace/>

        <h2>{i18n.text("backup-delete-heading")}</h2>
        <p><a href=i18n.href(Route::Settings)>{i18n.text("backup-delete-link")}</a></p>
    }
}

/// With a passcode set, the copy is locked with it. The parent types it again: that proves
/// they know the passcode the file will need, and gives the file a key of its own (a fresh
/// salt), so the file and the phone's storage share nothing but the passcode.
#[component]
fn SealedDownload(notes: Notes, downloaded: RwSignal<Option<String>>) -> impl IntoView {
    let i18n = use_i18n();
    let passcode = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        problem.set(None);
        downloaded.set(None);
        // Both keys are derived in a worker, so the page stays free meanwhile.
        leptos::task::spawn_local(async move {
            let typed = passcode.get_untracked();
            let checked = notes.check_passcode(&typed).await;
            // The page was left meanwhile: no copy is made.
            if busy.is_disposed() {
                return;
            }
            match checked {
                Err(refused) => problem.set(refused_passcode_message(i18n, refused)),
                Ok(_) => {
                    let today = web::clock::today_iso();
                    let sealed = async {
                        let salt = web::vault::random()?;
                        let nonce = web::vault::random()?;
                        // Today's cost, whatever the phone's record still holds.
                        let kdf = KdfParams::RECOMMENDED;
                        let key = web::vault::derive_key(&typed, &salt, kdf).await.ok()?;
                        Some(seal_copy(
                            &notes.documents().snapshot(),
                            &today,
                            &key,
                            kdf,
                            salt,
                            nonce,
                        ))
                    }
                    .await;
                    if busy.is_disposed() {
                        return;
                    }
                    let offered = sealed.and_then(|file| {
                        web::download::text_file(
                            &file_names::notes(&today),
                            "application/json",
                            &file,
                        )
                    });
                    downloaded.set(Some(download_outcome(
                        i18n,
                        i18n.t("backup-downloaded"),
                        offered,
                    )));
                }
            }
            busy.set(false);
            passcode.set(String::new());
        });
    };
    view! {
        <p>{i18n.text("backup-sealed-body")}</p>
        <form class="keep-copy__form" on:submit=submit>
            <label class="file-label" for="backup-passcode">{i18n.text("backup-passcode-label")}</label>
            <div role="alert">
                {move || problem.get().map(|text| view! { <p class="error-message" id="backup-passcode-problem">{text}</p> })}
            </div>
            <input class="text-input keep-copy__passcode passcode-field" type="text" id="backup-passcode" autocomplete="off" autocapitalize="off" spellcheck="false"
                aria-describedby=move || problem.get().map(|_| "backup-passcode-problem")
                prop:value=move || passcode.get() on:input=move |e| passcode.set(event_target_value(&e))/>
            <p><button type="submit" class="button" disabled=move || busy.get()>
                {move || if busy.get() { i18n.t("backup-sealing") } else { i18n.t("backup-download") }}
            </button></p>
        </form>
    }
}

/// A chosen file that is locked: its passcode (the one set when it was made, which may not be
/// today's), then what it holds. Nothing on the phone changes until the parent chooses.
#[component]
fn OpenSealedFile(
    sealed_file: RwSignal<Option<SealedCopy>>,
    from_file: RwSignal<Option<(MyData, Vec<String>)>>,
    problem: RwSignal<Option<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let passcode = RwSignal::new(String::new());
    let wrong = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let Some(copy) = sealed_file.get_untracked() else {
            return;
        };
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        wrong.set(false);
        leptos::task::spawn_local(async move {
            let typed = passcode.get_untracked();
            // An empty passcode opens no copy (and the worker's Argon2id refuses it).
            let key = if typed.is_empty() {
                Err(web::vault::DeriveError::BadParams)
            } else {
                web::vault::derive_key(&typed, &copy.salt_bytes(), copy.kdf()).await
            };
            // The page was left meanwhile.
            if busy.is_disposed() {
                return;
            }
            busy.set(false);
            passcode.set(String::new());
            let result = match key {
                Ok(key) => copy.open_with(&key),
                Err(_) if typed.is_empty() => Err(OpenCopyError::WrongPasscode),
                Err(web::vault::DeriveError::Interrupted) => return,
                Err(_) => {
                    problem.set(Some(i18n.t("unlock-unavailable")));
                    return;
                }
            };
            match result {
                Ok(data) => {
                    sealed_file.set(None);
                    from_file.set(Some(data));
                }
                Err(OpenCopyError::WrongPasscode) => wrong.set(true),
                Err(OpenCopyError::Import(e)) => {
                    sealed_file.set(None);
                    problem.set(Some(i18n.t(import_error_key(e))));
                }
            }
        });
    };
    view! {
        <form class="box keep-copy__form" on:submit=submit>
            <p>{i18n.text("backup-sealed-file")}</p>
            <label class="file-label" for="import-passcode">{i18n.text("backup-sealed-file-label")}</label>
            <div role="alert">
                <Show when=move || wrong.get()>
                    <p class="error-message" id="import-passcode-problem">{i18n.text("backup-sealed-file-wrong")}</p>
                </Show>
            </div>
            <input class="text-input keep-copy__passcode passcode-field" type="text" id="import-passcode" autocomplete="off" autocapitalize="off" spellcheck="false"
                aria-describedby=move || wrong.get().then_some("import-passcode-problem")
                prop:value=move || passcode.get() on:input=move |e| passcode.set(event_target_value(&e))/>
            <p class="button-row">
                <button type="submit" class="button" disabled=move || busy.get()>
                    {move || if busy.get() { i18n.t("unlock-checking") } else { i18n.t("backup-sealed-file-open") }}
                </button>
                <button type="button" class="button button--secondary" on:click=move |_| sealed_file.set(None)>{i18n.text("notes-cancel")}</button>
            </p>
        </form>
    }
}

fn import_error_key(error: ImportError) -> &'static str {
    match error {
        ImportError::TooLarge => "backup-error-too-large",
        ImportError::NotOurs => "backup-error-not-ours",
        ImportError::Damaged(_) => "backup-error-damaged",
        ImportError::Newer => "backup-error-newer",
    }
}

/// "3 checklist items", "1 question"…: one line per kind the file has.
fn counts(i18n: I18n, data: &MyData) -> impl IntoView {
    let lines: Vec<_> = data
        .counts()
        .into_iter()
        .map(|(kind, n)| {
            let key = match kind {
                "checklist" => "backup-count-checklist",
                "questions" => "backup-count-questions",
                "actions" => "backup-count-actions",
                "meetings" => "backup-count-meetings",
                "contacts" => "backup-count-contacts",
                "letters" => "backup-count-letters",
                "reports" => "backup-count-reports",
                _ => "backup-count-dates",
            };
            view! { <li>{i18n.t_args(key, [("count", n.into())])}</li> }
        })
        .collect();
    lines.into_iter().collect_view()
}
