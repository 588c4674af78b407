use crate::ui::drafts::Drafts;
use crate::ui::i18n::use_i18n;
use crate::ui::notes::{use_notes, LockState};
use crate::web;
use leptos::prelude::*;

/// "Delete all my data": says exactly what goes and that it cannot be undone, asks once more,
/// then deletes every key the app keeps in this browser and empties the screen too.
#[component]
pub fn DeleteAllData() -> impl IntoView {
    let i18n = use_i18n();
    let notes = use_notes();
    let asking = RwSignal::new(false);
    let outcome = RwSignal::new(None::<&'static str>);
    let confirm_button = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |_| {
        if let Some(button) = confirm_button.get() {
            let _ = button.focus();
        }
    });
    let delete = move |_| {
        let result = web::storage::delete_all();
        if result.is_ok() {
            notes.forget_all();
            expect_context::<Drafts>().clear();
            web::service_worker::forget_page_variants();
            web::vault::set_key(None);
            notes.lock.set(LockState::NoPasscode);
        }
        asking.set(false);
        outcome.set(Some(if result.is_ok() {
            "delete-all-done"
        } else {
            "delete-all-failed"
        }));
    };
    view! {
        <section class="delete-all" aria-labelledby="delete-all-heading">
            <h2 id="delete-all-heading">{i18n.text("delete-all-heading")}</h2>
            <p>{i18n.text("delete-all-body")}</p>
            <Show when=move || asking.get() fallback=move || view! {
                <p><button type="button" class="button button--warning" on:click=move |_| { outcome.set(None); asking.set(true); }>
                    {i18n.text("delete-all-button")}
                </button></p>
            }>
                <div class="delete-all__confirm" role="group" aria-labelledby="delete-all-question">
                    <p id="delete-all-question"><strong>{i18n.text("delete-all-question")}</strong></p>
                    <p class="button-row">
                        <button node_ref=confirm_button type="button" class="button button--warning" on:click=delete>
                            {i18n.text("delete-all-confirm")}
                        </button>
                        <button type="button" class="button button--secondary" on:click=move |_| asking.set(false)>
                            {i18n.text("delete-all-keep")}
                        </button>
                    </p>
                </div>
            </Show>
            <div role="status">
                {move || outcome.get().map(|key| view! { <p class="success-message">{i18n.t(key)}</p> })}
            </div>
        </section>
    }
}
