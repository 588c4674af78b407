use super::ExitChoice;
use crate::core::routes::Route;
use crate::ui::drafts::Drafts;
use crate::ui::i18n::use_i18n;
use crate::ui::notes::use_notes;
use crate::web;
use crate::web::tabs::TabNews;
use leptos::prelude::*;

/// Which of the two deletions is waiting for a "Yes".
#[derive(Clone, Copy, PartialEq, Eq)]
enum Asking {
    Nothing,
    DeleteAll,
    RemoveEveryTrace,
}

/// "Delete all my data", and the stronger "Remove every trace of this guide from this
/// browser": each says exactly what goes and asks once more. The first deletes every key the
/// app keeps, what the worker kept of the languages and pages read, the screen's notes and
/// the drafts, here and in every other tab, then says what the browser itself may still hold.
/// The second also removes the app's own offline copy and its service worker, then leaves
/// like the exit.
#[component]
pub fn DeleteAllData() -> impl IntoView {
    let i18n = use_i18n();
    let notes = use_notes();
    let asking = RwSignal::new(Asking::Nothing);
    let outcome = RwSignal::new(None::<&'static str>);
    let confirm_button = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |_| {
        if let Some(button) = confirm_button.get() {
            let _ = button.focus();
        }
    });
    let delete_all = move || {
        let result = web::storage::delete_all();
        if result.is_ok() {
            web::tries::forget();
            notes.forget_after_delete_all();
            expect_context::<Drafts>().clear();
            web::tabs::tell_others(TabNews::DeletedAll);
        }
        result.is_ok()
    };
    let exit_site = ExitChoice::use_context().0;
    let confirm = move |_| {
        let which = asking.get_untracked();
        asking.set(Asking::Nothing);
        // Read before the settings go.
        let site = exit_site.get_untracked().url();
        let deleted = delete_all();
        match which {
            Asking::RemoveEveryTrace => wasm_bindgen_futures::spawn_local(async move {
                web::site_data::remove_the_guide().await;
                web::exit::leave(site);
            }),
            _ if deleted => {
                outcome.set(Some("delete-all-done"));
                wasm_bindgen_futures::spawn_local(web::site_data::forget_what_was_read());
            }
            _ => outcome.set(Some("delete-all-failed")),
        }
    };
    let ask = move |which: Asking| {
        outcome.set(None);
        asking.set(which);
    };
    let question = move || match asking.get() {
        Asking::RemoveEveryTrace => "remove-trace-question",
        _ => "delete-all-question",
    };
    view! {
        <section class="delete-all" aria-labelledby="delete-all-heading">
            <h2 id="delete-all-heading">{i18n.text("delete-all-heading")}</h2>
            <p>{i18n.text("delete-all-body")}</p>
            <p><button type="button" class="button button--warning" on:click=move |_| ask(Asking::DeleteAll)>
                {i18n.text("delete-all-button")}
            </button></p>
            <h3 id="remove-trace-heading">{i18n.text("remove-trace-heading")}</h3>
            <p>{i18n.text("remove-trace-body")}</p>
            <p><button type="button" class="button button--warning" on:click=move |_| ask(Asking::RemoveEveryTrace)>
                {i18n.text("remove-trace-button")}
            </button></p>
            <Show when=move || asking.get() != Asking::Nothing>
                <div class="delete-all__confirm" role="group" aria-labelledby="delete-all-question">
                    <p id="delete-all-question"><strong>{move || i18n.t(question())}</strong></p>
                    <p class="button-row">
                        <button node_ref=confirm_button type="button" class="button button--warning" on:click=confirm>
                            {i18n.text("delete-all-confirm")}
                        </button>
                        <button type="button" class="button button--secondary" on:click=move |_| asking.set(Asking::Nothing)>
                            {i18n.text("delete-all-keep")}
                        </button>
                    </p>
                </div>
            </Show>
            <div role="status">
                {move || outcome.get().map(|key| view! {
                    <div class="success-message">
                        <p>{i18n.t(key)}</p>
                        <Show when=move || key == "delete-all-done">
                            <p>{i18n.text("delete-all-remains")}</p>
                            <p><a href=i18n.href(Route::CoverTracks)>{i18n.text("delete-all-cover-tracks")}</a></p>
                        </Show>
                    </div>
                })}
            </div>
        </section>
    }
}
