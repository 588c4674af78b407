use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

/// Changing an item's words in place: a labelled box filled with the current words, Save and
/// Cancel (Escape cancels too). Focus goes to the box when it opens.
#[component]
pub fn EditWords(
    id: String,
    initial: String,
    on_save: Callback<String>,
    on_cancel: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let text = RwSignal::new(initial);
    let input = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        if let Some(el) = input.get() {
            let _ = el.focus();
        }
    });
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        on_save.run(text.get_untracked());
    };
    view! {
        <form class="edit-words" on:submit=submit on:keydown=move |e| {
            // Not while a keyboard is still composing a word (Urdu, Arabic and others use Escape).
            if e.key() == "Escape" && !e.is_composing() {
                on_cancel.run(());
            }
        }>
            <label for=id.clone() class="visually-hidden">{i18n.text("notes-change")}</label>
            <input node_ref=input class="text-input" type="text" id=id autocomplete="off"
                prop:value=move || text.get() on:input=move |e| text.set(event_target_value(&e))/>
            <div class="edit-words__buttons">
                <button type="submit" class="button button--small">{i18n.text("notes-save")}</button>
                <button type="button" class="button button--secondary button--small" on:click=move |_| on_cancel.run(())>
                    {i18n.text("notes-cancel")}
                </button>
            </div>
        </form>
    }
}
