use crate::core::personal::{Attendee, MeetingRole, Removed};
use crate::ui::components::UndoNotice;
use crate::ui::drafts::use_draft;
use crate::ui::i18n::{use_i18n, use_page_words};
use crate::ui::notes::use_documents;
use crate::web;
use leptos::prelude::*;

/// Who is in the room, on Take to the meeting: the people at the next meeting in large type,
/// each with their role and one line on why they are there, and a form to add them (or a saved
/// contact with one tap). Its words are in `room.ftl`, fetched with the page.
#[component]
pub fn WhoIsInTheRoom() -> impl IntoView {
    let words = use_page_words("room.ftl");
    let contacts = use_documents().contacts;
    let deleted = RwSignal::new(None::<String>);
    let last_removed = StoredValue::new(None::<Removed<Attendee>>);
    let on_undo = Callback::new(move |_| {
        if let Some(removed) = last_removed.get_value() {
            contacts.change(|c| c.restore_to_room(removed));
        }
    });
    let remove = move |id: u64| {
        if let Some(removed) = contacts.change(|c| c.remove_from_room(id)) {
            deleted.set(Some(removed.item.name.clone()));
            last_removed.set_value(Some(removed));
        }
    };
    let people = move || contacts.with(|c| c.in_the_room.clone());
    let offered = move || {
        contacts.with(|c| {
            c.not_yet_in_the_room()
                .into_iter()
                .map(|(contact, role)| (contact.name.trim().to_string(), role))
                .collect::<Vec<_>>()
        })
    };

    // The new person's fields, kept while the parent looks elsewhere (see ui::drafts).
    let name = use_draft::<String>("new-attendee-name");
    let role = use_draft::<MeetingRole>("new-attendee-role");
    let missing_name = RwSignal::new(false);
    let add = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let typed = name.get_untracked();
        let added = contacts
            .change(|c| c.add_to_room(web::clock::unique_id(), &typed, role.get_untracked()));
        missing_name.set(!added);
        if added {
            name.set(String::new());
            role.set(MeetingRole::default());
        }
    };
    let role_name = move |role: MeetingRole| words.t(&role.name_key());

    // Its words come in a file of their own: until they arrive, nothing of it shows; if they
    // cannot be fetched, the app's own words say so.
    let i18n = use_i18n();
    view! {
        <Show when=move || words.failed.get() && !words.ready()>
            <p class="error-message" role="alert">{i18n.text("chunk-failed")}</p>
        </Show>
        <Show when=move || words.ready()>
        <section class="room" aria-labelledby="room-heading">
            <h2 id="room-heading">{words.text("room-heading")}</h2>
            <p>{words.text("room-intro")}</p>
            <UndoNotice deleted=deleted on_undo=on_undo/>
            <Show when=move || !people().is_empty()
                fallback=move || view! { <p class="hint">{words.text("room-empty")}</p> }>
                <ul class="room__list">
                    <For each=people key=|a| (a.id, a.name.clone(), a.role) let:attendee>
                        <li class="room__person">
                            <p class="room__name">{attendee.name.clone()}</p>
                            <p class="room__role">{move || role_name(attendee.role)}</p>
                            <p class="room__why">{move || words.t(&attendee.role.why_key())}</p>
                            <button type="button" class="link-button" on:click=move |_| remove(attendee.id)>
                                {
                                    let name = attendee.name.clone();
                                    move || words.t_args("room-remove", [("name", name.clone().into())])
                                }
                            </button>
                        </li>
                    </For>
                </ul>
            </Show>
            <Show when=move || !offered().is_empty()>
                <p class="room__offer-label">{words.text("room-from-contacts")}</p>
                <ul class="room__offers">
                    <For each=offered key=|o| o.clone() let:offer>
                        <li>
                            <button type="button" class="button button--secondary" on:click={
                                let (name, role) = offer.clone();
                                move |_| {
                                    contacts.change(|c| c.add_to_room(web::clock::unique_id(), &name, role));
                                }
                            }>
                                {
                                    let (name, role) = offer.clone();
                                    move || words.t_args("room-add-contact", [
                                        ("name", name.clone().into()),
                                        ("role", role_name(role).into()),
                                    ])
                                }
                            </button>
                        </li>
                    </For>
                </ul>
            </Show>
            <form class="box" on:submit=add novalidate>
                <h3>{words.text("room-add-heading")}</h3>
                <label for="new-attendee-name">{words.text("room-name")}</label>
                <Show when=move || missing_name.get()>
                    <p class="error-message" id="new-attendee-name-error">{words.text("room-name-needed")}</p>
                </Show>
                <input class="text-input" type="text" id="new-attendee-name" autocomplete="off"
                    aria-describedby=move || missing_name.get().then_some("new-attendee-name-error")
                    prop:value=move || name.get() on:input=move |e| name.set(event_target_value(&e))/>
                <label for="new-attendee-role">{words.text("room-role")}</label>
                <select class="select" id="new-attendee-role" on:change=move |e| {
                    role.set(MeetingRole::from_slug(&event_target_value(&e)).unwrap_or_default());
                }>
                    {MeetingRole::ALL.map(|r| view! {
                        <option value=r.slug() prop:selected=move || role.get() == r>{move || role_name(r)}</option>
                    }).into_iter().collect_view()}
                </select>
                <p class="hint">{move || words.t(&role.get().why_key())}</p>
                <p><button type="submit" class="button">{words.text("room-add")}</button></p>
            </form>
        </section>
        </Show>
    }
}
