use crate::core::content::Nation;
use crate::core::dates::{iso, parse_iso};
use crate::core::file_names;
use crate::core::i18n::{Catalog, Language};
use crate::core::letters::{render, Draft, Field, Letter, LetterFields, SentLetter, LETTERS};
use crate::core::personal::Role;
use crate::core::routes::Route;
use crate::ui::components::TranslationNotice;
use crate::ui::components::{download_outcome, RadioGroup, RadioOption};
use crate::ui::i18n::use_i18n;
use crate::ui::notes::use_notes;
use crate::web;
use crate::web::share::Shared;
use leptos::prelude::*;
use std::sync::Arc;

/// `/letters/`: choose a letter, fill in a short form (from what the parent has already saved
/// where it can), see the letter as it will be sent, then copy, share, print or download it.
/// Nothing is sent from here. The form speaks the reader's language; the letter is in English,
/// or in Welsh for a parent in Wales who chooses it.
#[component]
pub fn LettersPage() -> impl IntoView {
    let i18n = use_i18n();
    let notes = use_notes();
    let letters = notes.letters;
    let chosen = RwSignal::new(None::<Letter>);
    let texts = RwSignal::new(Vec::<Arc<Catalog>>::new());
    let load_failed = RwSignal::new(false);
    let fetching = StoredValue::new(Vec::<Language>::new());
    let outcome = RwSignal::new(None::<String>);
    let today = parse_iso(&web::clock::today_iso()).unwrap_or_default();

    let letter_id = move || chosen.get().map(|l| l.id).unwrap_or_default();
    let draft = move || letters.with(|l| l.draft(letter_id()).cloned().unwrap_or_default());
    let edit_draft = move |f: Box<dyn FnOnce(&mut Draft)>| {
        let id = letter_id();
        letters.change(|l| f(l.draft_mut(id)));
    };
    // English, unless the parent in Wales reads in Welsh or chose Welsh for this letter.
    let letter_language = move || {
        if i18n.nation.get() != Nation::Wales {
            return Language::En;
        }
        match draft().language.as_str() {
            "cy" => Language::Cy,
            "en" => Language::En,
            _ if i18n.language() == Language::Cy => Language::Cy,
            _ => Language::En,
        }
    };
    // The letter's words in its language, fetched once per language.
    Effect::new(move |_| {
        let language = letter_language();
        if chosen.get().is_none()
            || texts.with(|t| t.iter().any(|c| c.language() == language))
            || fetching.with_value(|f| f.contains(&language))
        {
            return;
        }
        fetching.update_value(|f| f.push(language));
        leptos::task::spawn_local(async move {
            let fetched = web::i18n::fetch_letter_text(language).await;
            // The page was left meanwhile.
            if texts.is_disposed() {
                return;
            }
            match fetched {
                Ok(catalog) => texts.update(|t| t.push(Arc::new(catalog))),
                Err(_) => {
                    fetching.update_value(|f| f.retain(|l| *l != language));
                    load_failed.set(true)
                }
            }
        });
    });
    // Filled in from what the parent already saved: the first conference date, and the social
    // worker's or the chair's name from My contacts.
    let default_to = move |letter: Letter| {
        let role = match letter.to {
            crate::core::letters::Recipient::Chair => Role::ConferenceChair,
            _ => Role::SocialWorker,
        };
        notes
            .contacts
            .with(|c| {
                c.people
                    .iter()
                    .find(|p| p.role == role)
                    .map(|p| p.name.clone())
            })
            .unwrap_or_default()
    };
    let fields = move || {
        let letter = chosen.get()?;
        let d = draft();
        let me = letters.with(|l| l.me.clone());
        Some(LetterFields {
            my_name: me.name,
            my_address: me.address,
            my_contact: me.contact,
            child_name: me.child_name,
            child_dob: me.child_dob,
            conference_date: d
                .conference_date
                .or_else(|| notes.dates.with(|x| x.initial_conference)),
            to_name: if d.to_name.is_empty() {
                default_to(letter)
            } else {
                d.to_name
            },
            extra: d.extra,
            details: d.details,
        })
    };
    let text = Memo::new(move |_| {
        let letter = chosen.get()?;
        let language = letter_language();
        let catalog = texts.with(|t| t.iter().find(|c| c.language() == language).cloned())?;
        Some(render(
            &catalog,
            letter,
            &fields()?,
            i18n.nation.get(),
            today,
        ))
    });

    let choose = move |letter: Letter| {
        chosen.set(Some(letter));
        outcome.set(None);
        // Move to the form, as a link to it would.
        request_animation_frame(|| {
            if let Some(el) = web::document().get_element_by_id("letter-form-heading") {
                use wasm_bindgen::JsCast;
                el.scroll_into_view();
                let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
            }
        });
    };
    let title = move |letter: Letter, part: &str| i18n.t(&format!("letters-{}-{part}", letter.id));

    let copy = move |_| {
        let Some(t) = text.get_untracked() else {
            return;
        };
        leptos::task::spawn_local(async move {
            let done = web::share::copy_text(&t).await;
            if outcome.is_disposed() {
                return;
            }
            outcome.set(Some(i18n.t(if done == Shared::Copied {
                "letters-copied"
            } else {
                "letters-copy-failed"
            })));
        });
    };
    let share = move |_| {
        let (Some(t), Some(letter)) = (text.get_untracked(), chosen.get_untracked()) else {
            return;
        };
        let subject = title(letter, "title");
        leptos::task::spawn_local(async move {
            let done = web::share::share_or_copy(&subject, &t).await;
            if outcome.is_disposed() {
                return;
            }
            outcome.set(match done {
                Shared::Copied => Some(i18n.t("letters-copied")),
                Shared::Failed => Some(i18n.t("letters-copy-failed")),
                Shared::Shared => None,
            });
        });
    };
    let download = move |_| {
        let Some(t) = text.get_untracked() else {
            return;
        };
        let name = file_names::letter(&web::clock::today_iso());
        let offered = web::download::text_file(&name, "text/plain;charset=utf-8", &t);
        outcome.set(Some(download_outcome(
            i18n,
            i18n.t("letters-downloaded"),
            offered,
        )));
    };
    let mark_sent = move |_| {
        let (Some(t), Some(letter)) = (text.get_untracked(), chosen.get_untracked()) else {
            return;
        };
        letters.change(|l| {
            l.sent.push(SentLetter {
                id: web::clock::unique_id(),
                letter: letter.id.to_string(),
                date: Some(today),
                text: t,
            })
        });
        outcome.set(Some(i18n.t("letters-saved-sent")));
    };

    let me_field =
        move |id: &'static str,
              label: &'static str,
              read: fn(&crate::core::letters::MyDetails) -> String,
              write: fn(&mut crate::core::letters::MyDetails, String)| {
            view! {
                <label for=id>{i18n.text(label)}</label>
                <input class="text-input" type="text" id=id autocomplete="off"
                    prop:value=move || letters.with(|l| read(&l.me))
                    on:input=move |e| { let v = event_target_value(&e); letters.change(|l| write(&mut l.me, v)); }/>
            }
        };

    let list = LETTERS.map(|letter| {
        view! {
            <li class="letter-choice">
                <button type="button" class="link-button letter-choice__button"
                    aria-pressed=move || (chosen.get().map(|l| l.id) == Some(letter.id)).to_string()
                    on:click=move |_| choose(letter)>
                    {move || title(letter, "title")}
                </button>
                <p class="letter-choice__when">{move || title(letter, "when")}</p>
            </li>
        }
    });

    let form = move || {
        chosen.get().map(|letter| {
            let uses_date = letter.before.iter().chain(letter.after).any(|p| p.needs == Some(Field::ConferenceDate));
            view! {
                <section class="letter-form" aria-labelledby="letter-form-heading">
                    <h2 id="letter-form-heading" tabindex="-1">{move || title(letter, "title")}</h2>
                    <div class="inset">
                        <h3 class="letter-form__summary-heading">{i18n.text("letters-what-it-says")}</h3>
                        <p>{move || title(letter, "summary")}</p>
                    </div>
                    <fieldset class="fieldset box">
                        <legend class="fieldset__legend">{i18n.text("letters-about-you")}</legend>
                        {me_field("letter-my-name", "letters-my-name", |m| m.name.clone(), |m, v| m.name = v)}
                        <label for="letter-my-address">{i18n.text("letters-my-address")}</label>
                        <textarea class="text-area" id="letter-my-address" rows="3"
                            prop:value=move || letters.with(|l| l.me.address.clone())
                            on:input=move |e| { let v = event_target_value(&e); letters.change(|l| l.me.address = v); }></textarea>
                        {me_field("letter-my-contact", "letters-my-contact", |m| m.contact.clone(), |m, v| m.contact = v)}
                        {me_field("letter-child-name", "letters-child-name", |m| m.child_name.clone(), |m, v| m.child_name = v)}
                        <label for="letter-child-dob">{i18n.text("letters-child-dob")}</label>
                        <input class="text-input" type="date" id="letter-child-dob"
                            prop:value=move || letters.with(|l| l.me.child_dob.map(iso).unwrap_or_default())
                            on:change=move |e| { let v = parse_iso(&event_target_value(&e)); letters.change(|l| l.me.child_dob = v); }/>
                    </fieldset>
                    <fieldset class="fieldset box">
                        <legend class="fieldset__legend">{i18n.text("letters-this-letter")}</legend>
                        // What a parent adds goes into the letter as typed: say which language that is
                        // (to a Welsh or Polish reader whose letter is in English).
                        <Show when=move || letter_language() == Language::En && i18n.language() != Language::En>
                            <p class="hint">{i18n.text("letters-write-in-english")}</p>
                        </Show>
                        <label for="letter-to">{move || i18n.t(match letter.to {
                            crate::core::letters::Recipient::Chair => "letters-to-chair",
                            _ => "letters-to-social-worker",
                        })}</label>
                        // Empty means "the name from My contacts", shown as the placeholder, so
                        // the box can be cleared without the name springing back mid-typing.
                        <input class="text-input" type="text" id="letter-to" autocomplete="off"
                            placeholder=move || default_to(letter)
                            prop:value=move || draft().to_name
                            on:input=move |e| { let v = event_target_value(&e); edit_draft(Box::new(move |d| d.to_name = v)); }/>
                        {uses_date.then(|| view! {
                            <label for="letter-conference-date">{i18n.text("letters-conference-date")}</label>
                            <input class="text-input" type="date" id="letter-conference-date"
                                prop:value=move || fields().and_then(|f| f.conference_date).map(iso).unwrap_or_default()
                                on:change=move |e| { let v = parse_iso(&event_target_value(&e)); edit_draft(Box::new(move |d| d.conference_date = v)); }/>
                        })}
                        {letter.has_extra.then(|| view! {
                            <label for="letter-extra">{move || title(letter, "extra-label")}</label>
                            <input class="text-input" type="text" id="letter-extra" autocomplete="off"
                                prop:value=move || draft().extra
                                on:input=move |e| { let v = event_target_value(&e); edit_draft(Box::new(move |d| d.extra = v)); }/>
                        })}
                        <label for="letter-details">{move || title(letter, "details-label")}</label>
                        <textarea class="text-area" id="letter-details" rows="5"
                            prop:value=move || draft().details
                            on:input=move |e| { let v = event_target_value(&e); edit_draft(Box::new(move |d| d.details = v)); }></textarea>
                    </fieldset>
                    <Show when=move || i18n.nation.get() == Nation::Wales>
                        <RadioGroup name="letter-language" legend_key="letters-language" hint_key="letters-language-hint"
                            options=[(Language::En, "letters-language-en"), (Language::Cy, "letters-language-cy")]
                                .map(|(language, key)| RadioOption {
                                    value: language.code(),
                                    label: Signal::derive(move || i18n.t(key)),
                                    lang: None,
                                    checked: Signal::derive(move || letter_language() == language),
                                    on_choose: Callback::new(move |()| {
                                        edit_draft(Box::new(move |d| d.language = language.code().to_string()))
                                    }),
                                })
                                .into()/>
                    </Show>
                    <h3>{i18n.text("letters-preview")}</h3>
                    <Show when=move || load_failed.get()>
                        <p class="error-message" role="alert">{i18n.text("letters-load-failed")}</p>
                    </Show>
                    <div class="letter-sheet" lang=move || letter_language().code() dir=move || letter_language().direction().as_str()>{move || text.get()}</div>
                    <p class="hint">{i18n.text("letters-nothing-sent")}</p>
                    <p class="button-row letter-actions">
                        <button type="button" class="button" on:click=copy>{i18n.text("letters-copy")}</button>
                        {web::share::can_share().then(|| view! {
                            <button type="button" class="button button--secondary" on:click=share>{i18n.text("letters-share")}</button>
                        })}
                        <button type="button" class="button button--secondary" on:click=|_| web::share::print()>{i18n.text("letters-print")}</button>
                        <button type="button" class="button button--secondary" on:click=download>{i18n.text("letters-download")}</button>
                    </p>
                    <p><button type="button" class="button button--secondary" on:click=mark_sent>{i18n.text("letters-mark-sent")}</button></p>
                    <div role="status">{move || outcome.get().map(|t| view! { <p class="success-message">{t}</p> })}</div>
                </section>
            }
        })
    };

    // Only the sent letters: typing in a draft does not rebuild (and close) this list.
    let sent_letters = Memo::new(move |_| letters.with(|l| l.sent.clone()));
    let sent = move || {
        sent_letters.with(|sent| {
            sent
                .iter()
                .rev()
                .map(|s| {
                    let id = s.id;
                    let name = Letter::find(&s.letter).map(|l| title(l, "title")).unwrap_or_default();
                    let when = s.date.map(|d| i18n.date_long(d)).unwrap_or_default();
                    view! {
                        <li class="sent-letter">
                            <details>
                                <summary>{name.clone()} ", " {when}</summary>
                                <div class="letter-sheet" dir="ltr">{s.text.clone()}</div>
                            </details>
                            <button type="button" class="link-button link-button--warning"
                                on:click=move |_| letters.change(|l| l.sent.retain(|x| x.id != id))>
                                {i18n.t("notes-delete")}<span class="visually-hidden">": " {name}</span>
                            </button>
                        </li>
                    }
                })
                .collect_view()
        })
    };

    view! {
        <div class="letters-page">
            <h1>{i18n.text(Route::Letters.title_key())}</h1>
            <TranslationNotice/>
            <p class="lead">{i18n.text(Route::Letters.intro_key())}</p>
            <p class="inset">{i18n.text("letters-kept-here")}</p>
            <h2>{i18n.text("letters-choose")}</h2>
            <ul class="letter-choices">{list.into_iter().collect_view()}</ul>
            {form}
            <Show when=move || sent_letters.with(|s| !s.is_empty())>
                <h2>{i18n.text("letters-sent-heading")}</h2>
                <ul class="sent-letters">{sent}</ul>
            </Show>
        </div>
    }
}
