use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

/// "Deleted: <item>. Undo". Announced politely; stays until the next delete or a tap on Undo.
/// `deleted` holds the words of what was deleted, `None` when there is nothing to undo.
#[component]
pub fn UndoNotice(deleted: RwSignal<Option<String>>, on_undo: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    // The deleted item's buttons are gone: focus goes to Undo rather than to the page's start.
    let undo = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |_| {
        if let Some(button) = undo.get() {
            let _ = button.focus();
        }
    });
    view! {
        <div class="undo-notice" role="status">
            {move || deleted.get().map(|words| view! {
                <p class="undo-notice__box">
                    {i18n.t_args("notes-deleted", [("item", words.into())])} " "
                    <button node_ref=undo type="button" class="button button--secondary" on:click=move |_| {
                        on_undo.run(());
                        deleted.set(None);
                    }>{i18n.t("notes-undo")}</button>
                </p>
            })}
        </div>
    }
}
