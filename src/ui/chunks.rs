//! The tools, each loaded when it is first shown.
//!
//! In the release build (feature `split`, see scripts/build.sh) every function below is its own
//! chunk of WebAssembly, fetched the first time it is called (from the service worker's cache
//! once the guide has been opened before), so the guide's pages never download the tools'
//! code, and a new tool adds nothing to them. Code two chunks share is split out once. Without
//! the feature (`make serve`, built by Trunk) they are plain async functions in one wasm file.
//!
//! A function is named after its page's slug in the route table (`take-to-meeting` ->
//! `take_to_meeting`): the build reads those names to preload a tool's chunk with its own page
//! (scripts/chunks.mjs).

use super::components::{PasscodeSettings, UnlockForm};
use super::i18n::use_i18n;
use super::notes::Notes;
use super::pages::{
    ChecklistPage, ContactsPage, DatesPage, KeepACopyPage, LettersPage, MeetingPage, MyReportPage,
    PlanPage, PrintPage, QuestionsPage, SharePage, UnderstandReportPage,
};
use crate::core::personal::MyData;
use crate::core::routes::Route;
use leptos::prelude::*;
use std::future::Future;
use std::pin::Pin;

macro_rules! chunk {
    ($name:ident, $view:expr) => {
        #[cfg_attr(feature = "split", leptos::lazy)]
        async fn $name() -> AnyView {
            $view.into_any()
        }
    };
}

chunk!(checklist, view! { <ChecklistPage/> });
chunk!(questions, view! { <QuestionsPage/> });
chunk!(take_to_meeting, view! { <MeetingPage/> });
chunk!(plan, view! { <PlanPage/> });
chunk!(contacts, view! { <ContactsPage/> });
chunk!(dates, view! { <DatesPage/> });
chunk!(letters, view! { <LettersPage/> });
chunk!(my_report, view! { <MyReportPage/> });
chunk!(keep_a_copy, view! { <KeepACopyPage/> });
chunk!(understand_a_report, view! { <UnderstandReportPage/> });
chunk!(print, view! { <PrintPage/> });
// Share this guide: the QR encoder and the leaflet, which no parent's page needs.
chunk!(share, view! { <SharePage/> });
// The passcode's forms, with what they call: the checks, the worker that derives the key.
chunk!(unlock_form, view! { <UnlockForm/> });
chunk!(passcode_settings, view! { <PasscodeSettings/> });

/// The notes as a backup file: outside Keep a copy, only the storage banner's emergency copy
/// (when the phone refuses to save) makes one, so the file's writer waits in a chunk.
#[cfg_attr(feature = "split", leptos::lazy)]
pub async fn notes_file(data: MyData, today: String) -> String {
    crate::core::personal::export(&data, &today)
}

/// The kept copies of notes that could not be read (only the one under `key`, if given), as
/// one text to download: each opened with the passcode's key where it is sealed and this tab
/// holds the key. Only the storage banner and Settings offer them, and the seal's code waits in
/// this chunk.
#[cfg_attr(feature = "split", leptos::lazy)]
pub async fn kept_copies_text(key: Option<String>) -> Option<String> {
    let texts: Vec<String> = crate::web::storage::unreadable_backups()
        .into_iter()
        .filter(|(k, _)| key.as_ref().is_none_or(|wanted| wanted == k))
        .map(|(k, value)| format!("{k}\n{value}\n"))
        .collect();
    (!texts.is_empty()).then(|| texts.join("\n"))
}

/// The parent's documents read from storage, for a guide page that shows their checklist's
/// progress (`Notes::read_if_kept`); a tool's page reads them in its own chunk. Their code is
/// shared with the tools', so it is fetched once.
#[cfg_attr(feature = "split", leptos::lazy)]
pub async fn read_documents(notes: Notes) {
    notes.documents();
}

/// The page of a tool that shows what the parent wrote (see `Route::is_personal`).
pub fn personal_page(route: Route) -> AnyView {
    match route {
        Route::Checklist => when_loaded(|| Box::pin(checklist()), Styles::Tools),
        Route::Questions => when_loaded(|| Box::pin(questions()), Styles::Tools),
        Route::Meeting => when_loaded(|| Box::pin(take_to_meeting()), Styles::Tools),
        Route::Plan => when_loaded(|| Box::pin(plan()), Styles::Tools),
        Route::Contacts => when_loaded(|| Box::pin(contacts()), Styles::Tools),
        Route::Dates => when_loaded(|| Box::pin(dates()), Styles::Tools),
        Route::Letters => when_loaded(|| Box::pin(letters()), Styles::Tools),
        Route::MyReport => when_loaded(|| Box::pin(my_report()), Styles::Tools),
        Route::KeepACopy => when_loaded(|| Box::pin(keep_a_copy()), Styles::Tools),
        Route::UnderstandReport => when_loaded(|| Box::pin(understand_a_report()), Styles::Tools),
        _ => when_loaded(|| Box::pin(print()), Styles::Tools),
    }
}

/// Share this guide (`/share/`), a tool for the people who help parents.
pub fn share_page() -> AnyView {
    when_loaded(|| Box::pin(share()), Styles::Tools)
}

/// The form that asks for the passcode while the notes are locked.
pub fn unlock_page() -> AnyView {
    when_loaded(|| Box::pin(unlock_form()), Styles::Tools)
}

/// Settings' passcode section.
pub fn passcode_section() -> AnyView {
    when_loaded(|| Box::pin(passcode_settings()), Styles::Guide)
}

/// A chunk's view on its way. Boxed, so that the waiting below is compiled once into the
/// core rather than once for each of the 14 futures (11 KB of the core's 787 KB raw, 1.6 KB
/// brotli).
type Loading = Pin<Box<dyn Future<Output = AnyView> + Send>>;

/// `load`'s view once its chunk (and, for `Styles::Tools`, the tools' stylesheet) is here: at
/// once when it already is, otherwise after a short "Opening…" that a screen reader also
/// hears. A chunk that cannot be fetched (offline before
/// the guide was ever kept for offline use, or a page left open across an update) is told by
/// the loader (scripts/assemble.mjs) rather than left to stop the app: the parent is asked to
/// try again, which loads the page afresh.
fn when_loaded(load: fn() -> Loading, styles: Styles) -> AnyView {
    let i18n = use_i18n();
    let failed = RwSignal::new(false);
    let listening = window_event_listener_untyped(CHUNK_FAILED, move |_| failed.set(true));
    on_cleanup(move || listening.remove());
    let status = move || {
        if failed.get() {
            view! {
                <div class="chunk-failed" role="alert">
                    <p>{i18n.text("chunk-failed")}</p>
                    <p><button type="button" class="button" on:click=|_| reload()>{i18n.text("chunk-retry")}</button></p>
                </div>
            }
            .into_any()
        } else {
            view! { <p class="chunk-loading" role="status">{i18n.text("chunk-loading")}</p> }
                .into_any()
        }
    };
    // The tool's chunk and the tools' stylesheet, fetched side by side.
    let both = move || async move {
        let stylesheet = send_wrapper::SendWrapper::new(async move {
            if styles == Styles::Tools {
                crate::web::tools_stylesheet::ready().await;
            }
        });
        futures::future::join(load(), stylesheet).await.0
    };
    view! {
        <Suspense fallback=move || status>
            {move || Suspend::new(both())}
        </Suspense>
    }
    .into_any()
}

/// Whose styles a chunk's view needs: the tools' stylesheet (style/tools.css), or only the
/// guide's, which every page has (Settings' passcode section).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Styles {
    Tools,
    Guide,
}

/// The event the loader sends when a chunk could not be fetched or compiled.
const CHUNK_FAILED: &str = "cp-guide-chunk-failed";

fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}
