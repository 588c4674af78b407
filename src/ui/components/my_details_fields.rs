use crate::core::dates::{iso, parse_iso};
use crate::core::letters::MyDetails;
use crate::ui::i18n::use_i18n;
use crate::ui::notes::use_documents;
use leptos::prelude::*;

/// The parent's and the child's details, kept once for every letter and my report: typed
/// here, they fill in the next document too. `with_address` adds the address and the phone
/// number or email, which only letters need.
#[component]
pub fn MyDetailsFields(legend_key: &'static str, with_address: bool) -> impl IntoView {
    let i18n = use_i18n();
    let letters = use_documents().letters;
    let line = move |id: &'static str,
                     label: &'static str,
                     read: fn(&MyDetails) -> String,
                     write: fn(&mut MyDetails, String)| {
        view! {
            <label for=id>{i18n.text(label)}</label>
            <input class="text-input" type="text" id=id autocomplete="off"
                prop:value=move || letters.with(|l| read(&l.me))
                on:input=move |e| { let v = event_target_value(&e); letters.change(|l| write(&mut l.me, v)); }/>
        }
    };
    view! {
        <fieldset class="fieldset box">
            <legend class="fieldset__legend">{i18n.text(legend_key)}</legend>
            {line("letter-my-name", "letters-my-name", |m| m.name.clone(), |m, v| m.name = v)}
            {with_address.then(|| view! {
                <label for="letter-my-address">{i18n.text("letters-my-address")}</label>
                <textarea class="text-area" id="letter-my-address" rows="3"
                    prop:value=move || letters.with(|l| l.me.address.clone())
                    on:input=move |e| { let v = event_target_value(&e); letters.change(|l| l.me.address = v); }></textarea>
                {line("letter-my-contact", "letters-my-contact", |m| m.contact.clone(), |m, v| m.contact = v)}
            })}
            {line("letter-child-name", "letters-child-name", |m| m.child_name.clone(), |m, v| m.child_name = v)}
            <label for="letter-child-dob">{i18n.text("letters-child-dob")}</label>
            <input class="text-input" type="date" id="letter-child-dob"
                prop:value=move || letters.with(|l| l.me.child_dob.map(iso).unwrap_or_default())
                on:change=move |e| { let v = parse_iso(&event_target_value(&e)); letters.change(|l| l.me.child_dob = v); }/>
        </fieldset>
    }
}
