use crate::core::file_names;
use crate::core::personal::{
    export, import_with_parts, merge, replace, ImportError, MyData, MAX_IMPORT_BYTES,
};
use crate::core::routes::Route;
use crate::ui::i18n::{use_i18n, I18n};
use crate::ui::notes::use_notes;
use crate::web;
use crate::web::files::ReadError;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// `/keep-a-copy/`: download everything as one file, bring a file back (seeing what it holds
/// first, then replacing or adding), and print.
#[component]
pub fn KeepACopyPage() -> impl IntoView {
    let i18n = use_i18n();
    let notes = use_notes();
    let from_file = RwSignal::new(None::<(MyData, Vec<String>)>);
    let problem = RwSignal::new(None::<&'static str>);
    let done = RwSignal::new(None::<&'static str>);

    let download = move |_| {
        let today = web::clock::today_iso();
        let ok = web::download::text_file(
            &file_names::notes(&today),
            "application/json",
            &export(&notes.snapshot(), &today),
        );
        done.set(Some(if ok.is_some() {
            "backup-downloaded"
        } else {
            "backup-download-failed"
        }));
    };
    let chosen = move |event: leptos::ev::Event| {
        let Some(input) = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        from_file.set(None);
        problem.set(None);
        done.set(None);
        leptos::task::spawn_local(async move {
            let result = match web::files::read_chosen(&input, MAX_IMPORT_BYTES).await {
                Ok(text) => import_with_parts(&text),
                Err(ReadError::TooLarge) => Err(ImportError::TooLarge),
                Err(ReadError::Unreadable) => Err(ImportError::NotOurs),
            };
            // The same file can be chosen again after a Cancel.
            input.set_value("");
            match result {
                Ok(data) => from_file.set(Some(data)),
                Err(e) => problem.set(Some(match e {
                    ImportError::TooLarge => "backup-error-too-large",
                    ImportError::NotOurs => "backup-error-not-ours",
                    ImportError::Damaged(_) => "backup-error-damaged",
                    ImportError::Newer => "backup-error-newer",
                })),
            }
        });
    };
    let apply = move |replace_all: bool| {
        let Some((data, parts)) = from_file.get_untracked() else {
            return;
        };
        let phone = notes.snapshot();
        let result = if replace_all {
            replace(&phone, data, &parts)
        } else {
            merge(&phone, data)
        };
        notes.replace_all(result);
        from_file.set(None);
        done.set(Some(if replace_all {
            "backup-replaced"
        } else {
            "backup-merged"
        }));
    };

    view! {
        <h1>{i18n.text(Route::KeepACopy.title_key())}</h1>
        <p class="lead">{i18n.text(Route::KeepACopy.intro_key())}</p>

        <h2>{i18n.text("backup-download-heading")}</h2>
        <p>{i18n.text("backup-download-body")}</p>
        <p><button type="button" class="button" on:click=download>{i18n.text("backup-download")}</button></p>

        <h2>{i18n.text("backup-print-heading")}</h2>
        <p>{i18n.text("backup-print-body")}</p>
        <p><a class="button button--secondary" href=Route::Print.path()>{i18n.text("backup-print-link")}</a></p>

        <h2>{i18n.text("backup-import-heading")}</h2>
        <p>{i18n.text("backup-import-body")}</p>
        <label class="file-label" for="import-file">{i18n.text("backup-import-choose")}</label>
        <input class="file-input" type="file" id="import-file" accept=".json,application/json" on:change=chosen/>
        <div role="alert">
            {move || problem.get().map(|key| view! { <p class="error-message">{i18n.t(key)}</p> })}
        </div>
        {move || from_file.get().map(|(data, _)| view! {
            <div class="box import-preview">
                <h3>{i18n.t("backup-file-holds")}</h3>
                <ul class="list">{counts(i18n, &data)}</ul>
                <p>{i18n.t("backup-choose-how")}</p>
                <p class="button-row">
                    <button type="button" class="button" on:click=move |_| apply(false)>{i18n.t("backup-merge")}</button>
                    <button type="button" class="button button--secondary" on:click=move |_| apply(true)>{i18n.t("backup-replace")}</button>
                    <button type="button" class="button button--secondary" on:click=move |_| from_file.set(None)>{i18n.t("notes-cancel")}</button>
                </p>
            </div>
        })}
        <div role="status">
            {move || done.get().map(|key| view! { <p class="success-message">{i18n.t(key)}</p> })}
        </div>

        <h2>{i18n.text("backup-delete-heading")}</h2>
        <p><a href=Route::Settings.path()>{i18n.text("backup-delete-link")}</a></p>
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
                _ => "backup-count-dates",
            };
            view! { <li>{i18n.t_args(key, [("count", n.into())])}</li> }
        })
        .collect();
    lines.into_iter().collect_view()
}
