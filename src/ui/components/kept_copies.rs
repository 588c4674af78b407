use crate::core::file_names;
use crate::core::store::kept_copy_time;
use crate::ui::components::tell_download_outcome;
use crate::ui::i18n::use_i18n;
use crate::ui::notes::use_notes;
use crate::web;
use leptos::prelude::*;

/// "Kept copies" in Settings: the text of notes that could not be read, which the phone kept
/// rather than deleted, listed in every visit (not only the one that found it unreadable), each
/// with Download and Delete. A copy sealed with the passcode is downloaded as it is stored
/// unless the notes are open, as the banner at the top of the page does.
#[component]
pub fn KeptCopies() -> impl IntoView {
    let i18n = use_i18n();
    let notes = use_notes();
    let keys = RwSignal::new(web::storage::kept_copy_keys());
    // A copy made in this visit (the banner shows it too) is listed at once.
    Effect::new(move |_| {
        notes.problems.unreadable.track();
        keys.set(web::storage::kept_copy_keys());
    });
    let asking = RwSignal::new(None::<String>);
    let outcome = RwSignal::new(None::<String>);
    let download = move |key: String| {
        leptos::task::spawn_local(async move {
            let offered = download_kept_copies(Some(key)).await;
            let done = i18n.t("storage-unreadable-downloaded");
            tell_download_outcome(outcome, i18n, done, offered);
        });
    };
    let delete = move |key: String| {
        web::storage::delete_kept_copy(&key);
        asking.set(None);
        notes
            .problems
            .unreadable
            .update(|k| k.retain(|k| *k != key));
        keys.set(web::storage::kept_copy_keys());
        outcome.set(Some(i18n.t("kept-copies-deleted")));
    };
    let made_on = move |key: &str| {
        kept_copy_time(key)
            .and_then(|ms| chrono::DateTime::from_timestamp_millis(ms as i64))
            .map(|time| i18n.date_long(time.date_naive()))
            .unwrap_or_default()
    };
    view! {
        <Show when=move || !keys.with(Vec::is_empty)>
            <section class="kept-copies" aria-labelledby="kept-copies-heading">
                <h2 id="kept-copies-heading">{i18n.text("kept-copies-heading")}</h2>
                <p>{i18n.text("kept-copies-body")}</p>
                <ul class="list">
                    {move || keys.get().into_iter().map(|key| {
                        let when = made_on(&key);
                        let (for_download, for_ask, for_delete) = (key.clone(), key.clone(), key.clone());
                        let this_one = key.clone();
                        view! {
                            <li class="kept-copies__copy">
                                <p>{i18n.t_args("kept-copies-item", [("date", when.into())])}</p>
                                <p class="button-row">
                                    <button type="button" class="button button--secondary"
                                        on:click=move |_| download(for_download.clone())>
                                        {i18n.text("kept-copies-download")}
                                    </button>
                                    <button type="button" class="button button--warning"
                                        on:click=move |_| { outcome.set(None); asking.set(Some(for_ask.clone())); }>
                                        {i18n.text("kept-copies-delete")}
                                    </button>
                                </p>
                                <Show when=move || asking.with(|a| a.as_deref() == Some(this_one.as_str()))>
                                    <div class="box" role="alert">
                                        <p>{i18n.text("kept-copies-question")}</p>
                                        <p class="button-row">
                                            {
                                                let key = for_delete.clone();
                                                view! {
                                                    <button type="button" class="button button--warning"
                                                        on:click=move |_| delete(key.clone())>
                                                        {i18n.text("kept-copies-confirm")}
                                                    </button>
                                                }
                                            }
                                            <button type="button" class="button button--secondary"
                                                on:click=move |_| asking.set(None)>
                                                {i18n.text("notes-cancel")}
                                            </button>
                                        </p>
                                    </div>
                                </Show>
                            </li>
                        }
                    }).collect_view()}
                </ul>
                <div role="status">
                    {move || outcome.get().map(|text| view! { <p class="success-message">{text}</p> })}
                </div>
            </section>
        </Show>
    }
}

/// Downloads the kept copies of unreadable notes (only `key`'s, if given) as one text file:
/// here and from the storage banner.
pub(super) async fn download_kept_copies(key: Option<String>) -> Option<()> {
    let text = crate::ui::chunks::kept_copies_text(key).await?;
    web::download::text_file(
        &file_names::unreadable_data(&web::clock::today_iso()),
        "text/plain",
        &text,
    )
}
