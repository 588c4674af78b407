use crate::core::personal::{mailto_href, tel_href, Contact, Role};
use crate::ui::components::ItemTools;
use crate::ui::i18n::use_i18n;
use crate::ui::notes::use_documents;
use leptos::prelude::*;

/// One person: name, role, a phone number to tap and an email to tap, and notes. "Change"
/// opens the fields in place; each saves as it is typed.
#[component]
pub fn ContactCard(id: u64, on_delete: Callback<u64>) -> impl IntoView {
    let i18n = use_i18n();
    let contacts = use_documents().contacts;
    let contact = move || contacts.with(|c| c.people.iter().find(|p| p.id == id).cloned());
    let get = move |f: fn(&Contact) -> String| contact().map(|c| f(&c)).unwrap_or_default();
    let name = Signal::derive(move || get(|c| c.name.clone()));
    let editing = RwSignal::new(false);
    let set = move |f: Box<dyn FnOnce(&mut Contact)>| {
        contacts.change(|c| {
            if let Some(p) = c.get_mut(id) {
                f(p);
            }
        });
    };
    let field_id = move |name: &str| format!("contact-{id}-{name}");
    let text_field = move |name: &'static str,
                           label: &'static str,
                           kind: &'static str,
                           read: fn(&Contact) -> String,
                           write: fn(&mut Contact, String)| {
        view! {
            <label for=field_id(name)>{i18n.text(label)}</label>
            <input class="text-input" type=kind id=field_id(name) prop:value=move || get(read)
                on:input=move |e| { let v = event_target_value(&e); set(Box::new(move |c| write(c, v))); }/>
        }
    };
    view! {
        <li class="contact-card">
            <h2 class="contact-card__name">{move || name.get()}</h2>
            <p class="contact-card__role">{move || contact().map(|c| i18n.t(c.role.message_key()))}</p>
            {move || {
                let phone = get(|c| c.phone.clone());
                tel_href(&phone).map(|href| view! {
                    <p><a class="contact-card__link" href=href>{i18n.t("contacts-call")} " " <bdi dir="ltr">{phone}</bdi></a></p>
                })
            }}
            {move || {
                let email = get(|c| c.email.clone());
                match mailto_href(&email) {
                    // Numbers and addresses read left to right, also on a right-to-left page.
                    Some(href) => view! { <p><a class="contact-card__link" href=href><bdi dir="ltr">{email}</bdi></a></p> }.into_any(),
                    None if !email.trim().is_empty() => view! { <p><bdi dir="ltr">{email}</bdi></p> }.into_any(),
                    None => ().into_any(),
                }
            }}
            {move || {
                let notes = get(|c| c.notes.clone());
                (!notes.trim().is_empty()).then(|| view! { <p class="contact-card__notes">{notes}</p> })
            }}
            <Show when=move || editing.get()>
                <div class="box">
                    {text_field("name", "contacts-name", "text", |c| c.name.clone(), |c, v| c.name = v)}
                    <label for=field_id("role")>{i18n.text("contacts-role")}</label>
                    <select class="select" id=field_id("role") on:change=move |e| {
                        let v = event_target_value(&e);
                        let role = Role::ALL.into_iter().find(|r| r.slug() == v).unwrap_or_default();
                        set(Box::new(move |c| c.role = role));
                    }>
                        {Role::ALL.map(|r| view! {
                            <option value=r.slug() selected=move || contact().is_some_and(|c| c.role == r)>{i18n.text(r.message_key())}</option>
                        }).into_iter().collect_view()}
                    </select>
                    {text_field("phone", "contacts-phone", "tel", |c| c.phone.clone(), |c, v| c.phone = v)}
                    {text_field("email", "contacts-email", "email", |c| c.email.clone(), |c, v| c.email = v)}
                    {text_field("notes", "contacts-notes", "text", |c| c.notes.clone(), |c, v| c.notes = v)}
                    <p><button type="button" class="button button--small" on:click=move |_| editing.set(false)>{i18n.text("notes-done-changing")}</button></p>
                </div>
            </Show>
            <ItemTools words=name
                editing=editing
                on_delete=Callback::new(move |_| on_delete.run(id))/>
        </li>
    }
}
