use crate::core::personal::{Contact, Removed, Role};
use crate::core::routes::Route;
use crate::ui::components::TranslationNotice;
use crate::ui::components::{ContactCard, UndoNotice};
use crate::ui::drafts::use_draft;
use crate::ui::i18n::use_i18n;
use crate::ui::notes::use_documents;
use crate::web;
use leptos::prelude::*;

/// `/contacts/`: the people in my child's case, with numbers to tap.
#[component]
pub fn ContactsPage() -> impl IntoView {
    let i18n = use_i18n();
    let contacts = use_documents().contacts;
    let deleted = RwSignal::new(None::<String>);
    let last_removed = StoredValue::new(None::<Removed<Contact>>);
    let on_delete = Callback::new(move |id: u64| {
        if let Some(removed) = contacts.change(|c| c.remove(id)) {
            deleted.set(Some(removed.item.name.clone()));
            last_removed.set_value(Some(removed));
        }
    });
    let on_undo = Callback::new(move |_| {
        if let Some(removed) = last_removed.get_value() {
            contacts.change(|c| c.restore(removed));
        }
    });
    let ids = move || contacts.with(|c| c.people.iter().map(|p| p.id).collect::<Vec<_>>());

    // The new contact's fields, kept while the parent looks elsewhere (see ui::drafts).
    let name = use_draft::<String>("new-contact-name");
    let role = use_draft::<Role>("new-contact-role");
    let phone = use_draft::<String>("new-contact-phone");
    let email = use_draft::<String>("new-contact-email");
    let notes = use_draft::<String>("new-contact-notes");
    let missing_name = RwSignal::new(false);
    let add = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let typed = name.get_untracked().trim().to_string();
        missing_name.set(typed.is_empty());
        if typed.is_empty() {
            return;
        }
        let person = Contact {
            id: web::clock::unique_id(),
            name: typed,
            role: role.get_untracked(),
            phone: phone.get_untracked().trim().to_string(),
            email: email.get_untracked().trim().to_string(),
            notes: notes.get_untracked(),
        };
        contacts.change(|c| c.people.push(person));
        for field in [name, phone, email, notes] {
            field.set(String::new());
        }
        role.set(Role::default());
    };
    let field = move |id: &'static str,
                      label: &'static str,
                      kind: &'static str,
                      value: RwSignal<String>| {
        view! {
            <label for=id>{i18n.text(label)}</label>
            <input class="text-input" type=kind id=id autocomplete="off"
                prop:value=move || value.get() on:input=move |e| value.set(event_target_value(&e))/>
        }
    };
    view! {
        <h1>{i18n.text(Route::Contacts.title_key())}</h1>
        <TranslationNotice/>
        <p class="lead">{i18n.text(Route::Contacts.intro_key())}</p>
        <p class="inset">{i18n.text("notes-kept-here")}</p>
        <UndoNotice deleted=deleted on_undo=on_undo/>
        <Show when=move || !ids().is_empty()
            fallback=move || view! { <p class="hint">{i18n.text("contacts-none")}</p> }>
            <ul class="contact-list">
                <For each=ids key=|id| *id let:id>
                    <ContactCard id=id on_delete=on_delete/>
                </For>
            </ul>
        </Show>
        <form class="box" on:submit=add novalidate>
            <h2>{i18n.text("contacts-add")}</h2>
            <label for="new-contact-name">{i18n.text("contacts-name")}</label>
            <Show when=move || missing_name.get()>
                <p class="error-message" id="new-contact-name-error">{i18n.text("contacts-name-missing")}</p>
            </Show>
            <input class="text-input" type="text" id="new-contact-name" autocomplete="off"
                aria-describedby=move || missing_name.get().then_some("new-contact-name-error")
                prop:value=move || name.get() on:input=move |e| name.set(event_target_value(&e))/>
            <label for="new-contact-role">{i18n.text("contacts-role")}</label>
            <select class="select" id="new-contact-role" on:change=move |e| {
                let v = event_target_value(&e);
                role.set(Role::ALL.into_iter().find(|r| r.slug() == v).unwrap_or_default());
            }>
                {Role::ALL.map(|r| view! {
                    <option value=r.slug() prop:selected=move || role.get() == r>{i18n.text(r.message_key())}</option>
                }).into_iter().collect_view()}
            </select>
            {field("new-contact-phone", "contacts-phone", "tel", phone)}
            {field("new-contact-email", "contacts-email", "email", email)}
            {field("new-contact-notes", "contacts-notes", "text", notes)}
            <p><button type="submit" class="button">{i18n.text("contacts-add-button")}</button></p>
        </form>
    }
}
