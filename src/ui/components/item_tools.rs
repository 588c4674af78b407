use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

/// The small row of buttons under an item of the parent's: Change, Move up, Move down, Delete.
/// Each button's accessible name ends with the item's words, so a screen reader's list of
/// buttons says which item each one acts on. Change opens the item's edit form (`editing`;
/// pressing it again never throws away words being changed); when that form closes by its own
/// buttons or Escape, focus comes back to Change, where the parent was, rather than falling
/// to the top of the page.
#[component]
pub fn ItemTools(
    /// The item's words, for the buttons' accessible names.
    words: Signal<String>,
    editing: RwSignal<bool>,
    #[prop(optional)] on_move: Option<Callback<bool>>,
    on_delete: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let context = move || view! { <span class="visually-hidden">": " {move || words.get()}</span> };
    let change_button = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |was_editing: Option<bool>| {
        let now = editing.get();
        if was_editing == Some(true) && !now {
            if let Some(button) = change_button.get_untracked() {
                let _ = button.focus();
            }
        }
        now
    });
    view! {
        <div class="item-tools">
            <button node_ref=change_button type="button" class="link-button"
                aria-expanded=move || editing.get().to_string()
                on:click=move |_| editing.set(true)>
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
