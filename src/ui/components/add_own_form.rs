use crate::ui::drafts::use_draft;
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

/// A one-line form to add the parent's own item: a labelled box and an Add button. Empty text
/// adds nothing; after adding, the box empties and keeps focus for the next one. Words typed
/// and not yet added are kept as a draft under the input's id.
#[component]
pub fn AddOwnForm(
    /// The input's id (unique on the page).
    id: String,
    label_key: &'static str,
    on_add: Callback<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let text = use_draft::<String>(id.clone());
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let words = text.get_untracked();
        if !words.trim().is_empty() {
            on_add.run(words);
            text.set(String::new());
        }
    };
    view! {
        <form class="add-own" on:submit=submit>
            <label class="add-own__label" for=id.clone()>{i18n.text(label_key)}</label>
            <div class="add-own__row">
                <input class="text-input" type="text" id=id autocomplete="off"
                    prop:value=move || text.get()
                    on:input=move |e| text.set(event_target_value(&e))/>
                <button type="submit" class="button">{i18n.text("notes-add")}</button>
            </div>
        </form>
    }
}
