use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

/// The small row of buttons under an item of the parent's: Change, Move up, Move down, Delete.
/// Each button's accessible name ends with the item's words, so a screen reader's list of
/// buttons says which item each one acts on.
#[component]
pub fn ItemTools(
    /// The item's words, for the buttons' accessible names.
    words: Signal<String>,
    on_edit: Callback<()>,
    #[prop(optional)] on_move: Option<Callback<bool>>,
    on_delete: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let context = move || view! { <span class="visually-hidden">": " {move || words.get()}</span> };
    view! {
        <div class="item-tools">
            <button type="button" class="link-button" on:click=move |_| on_edit.run(())>
                {i18n.text("notes-change")}{context()}
            </button>
            {on_move.map(|on_move| view! {
                <button type="button" class="link-button" on:click=move |_| on_move.run(true)>
                    {i18n.text("notes-move-up")}{context()}
                </button>
                <button type="button" class="link-button" on:click=move |_| on_move.run(false)>
                    {i18n.text("notes-move-down")}{context()}
                </button>
            })}
            <button type="button" class="link-button link-button--warning" on:click=move |_| on_delete.run(())>
                {i18n.text("notes-delete")}{context()}
            </button>
        </div>
    }
}
