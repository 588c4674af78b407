use crate::core::content::Nation;
use crate::core::dates::{iso, minutes_corrections_due, parse_iso, MyDates};
use crate::core::file_names;
use crate::core::i18n::Language;
use crate::core::letters::{
    change_points, letter_language, render, Draft, Field, Letter, LetterFields, SentLetter, LETTERS,
};
use crate::core::my_report::SENT_ID as MY_REPORT_SENT;
use crate::core::personal::Role;
use crate::core::routes::Route;
use crate::ui::components::{
    DocumentActions, LetterLanguageChoice, MyDetailsFields, PointsEditor, TranslationNotice,
};
use crate::ui::i18n::{use_i18n, use_letter_words};
use crate::ui::notes::use_documents;
use crate::web;
use chrono::NaiveDate;
use leptos::prelude::*;

/// `/letters/`: choose a letter, fill in a short form (from what the parent has already saved
/// where it can), see the letter as it will be sent, then copy, share, print or download it.
/// Nothing is sent from here. The form speaks the reader's language; the letter is in English,
/// or in Welsh for a parent in Wales who chooses it.
#[component]
pub fn LettersPage() -> impl IntoView {
    let i18n = use_i18n();
    let notes = use_documents();
    let letters = notes.letters;
    let chosen = RwSignal::new(None::<Letter>);
    let today = parse_iso(&web::clock::today_iso()).unwrap_or_default();

    let letter_id = move || chosen.get().map(|l| l.id).unwrap_or_default();
    let draft = move || letters.with(|l| l.draft(letter_id()).cloned().unwrap_or_default());
    let edit_draft = move |f: Box<dyn FnOnce(&mut Draft)>| {
        let id = letter_id();
        letters.change(|l| f(l.draft_mut(id)));
    };
    let language = move || letter_language(i18n.nation.get(), &draft().language, i18n.language());
    // The letter's words in its language, fetched once a letter is chosen.
    let words = use_letter_words(move || chosen.get().map(|_| language()));
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
            points: d.points,
        })
    };
    let text = Memo::new(move |_| {
        let letter = chosen.get()?;
        let catalog = words.catalog(language())?;
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
        // Move to the form, as a link to it would.
        request_animation_frame(|| {
            if let Some(el) = web::document().get_element_by_id("letter-form-heading") {
                use wasm_bindgen::JsCast;
                el.scroll_into_view();
                let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
            }
        });
    };
    // A link to one letter (`/letters/#reply`, from Understand a report) opens it.
    let hash = leptos_router::hooks::use_location().hash.get_untracked();
    if let Some(letter) = Letter::find(hash.trim_start_matches('#')) {
        choose(letter);
    }
    let title = move |letter: Letter, part: &str| i18n.t(&format!("letters-{}-{part}", letter.id));

    let keep_sent = Callback::new(move |text: String| {
        let Some(letter) = chosen.get_untracked() else {
            return;
        };
        letters.change(|l| {
            l.sent.push(SentLetter {
                id: web::clock::unique_id(),
                letter: letter.id.to_string(),
                date: Some(today),
                text,
            })
        });
    });
    let points = Signal::derive(move || draft().points);
    let change_point = Callback::new(move |change| {
        edit_draft(Box::new(move |d: &mut Draft| {
            change_points(&mut d.points, change)
        }))
    });
    let dates = notes.dates;
    let minutes_due = move || dates.with(|d| minutes_corrections_due(d, i18n.nation.get()));
    // The minutes' dates belong to My dates, where the deadline shows: the same values there.
    let minutes_date = move |id: &'static str,
                             label: &'static str,
                             read: fn(&MyDates) -> Option<NaiveDate>,
                             write: fn(&mut MyDates, Option<NaiveDate>)| {
        view! {
            <label for=id>{i18n.text(label)}</label>
            <input class="text-input" type="date" id=id
                prop:value=move || dates.with(|d| read(d).map(iso).unwrap_or_default())
                on:change=move |e| { let v = parse_iso(&event_target_value(&e)); dates.change(|d| write(d, v)); }/>
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
                    <MyDetailsFields legend_key="letters-about-you" with_address=true/>
                    <fieldset class="fieldset box">
                        <legend class="fieldset__legend">{i18n.text("letters-this-letter")}</legend>
                        // What a parent adds goes into the letter as typed: say which language that is
                        // (to a Welsh or Polish reader whose letter is in English).
                        <Show when=move || language() == Language::En && i18n.language() != Language::En>
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
                        {letter.is_minutes().then(|| view! {
                            <p class="hint">{i18n.text("letters-minutes-deadline")}</p>
                            {minutes_date("letter-minutes-received", "letters-minutes-received", |d| d.minutes_received, |d, v| d.minutes_received = v)}
                            <Show when=move || i18n.nation.get() == Nation::England>
                                {minutes_date("letter-minutes-by", "letters-minutes-by", |d| d.minutes_corrections_by, |d, v| d.minutes_corrections_by = v)}
                            </Show>
                            {move || minutes_due().map(|due| view! {
                                <p class="inset">
                                    {i18n.t_args("letters-minutes-due", [("date", i18n.date_long(due).into())])}
                                    " " <a href=i18n.href(Route::Dates)>{i18n.text("nav-dates")}</a>
                                </p>
                            })}
                        })}
                        {letter.has_points.then(|| view! { <PointsEditor letter=letter points=points on_change=change_point/> })}
                        <label for="letter-details">{move || title(letter, "details-label")}</label>
                        <textarea class="text-area" id="letter-details" rows="5"
                            prop:value=move || draft().details
                            on:input=move |e| { let v = event_target_value(&e); edit_draft(Box::new(move |d| d.details = v)); }></textarea>
                    </fieldset>
                    <LetterLanguageChoice name="letter-language" chosen=Signal::derive(language)
                    on_choose=Callback::new(move |choice: Language| edit_draft(Box::new(move |d| d.language = choice.code().to_string())))/>
                    <h3>{i18n.text("letters-preview")}</h3>
                    <Show when=move || words.failed.get()>
                        <p class="error-message" role="alert">{i18n.text("letters-load-failed")}</p>
                    </Show>
                    <div class="letter-sheet" lang=move || language().code() dir=move || language().direction().as_str()>{move || text.get()}</div>
                    <p class="hint">{i18n.text("letters-nothing-sent")}</p>
                    <DocumentActions text=text subject=Signal::derive(move || title(letter, "title"))
                        prefix="letters" words=Callback::new(move |key: String| i18n.t(&key))
                        file_name=file_names::letter on_sent=keep_sent/>
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
                    let name = match Letter::find(&s.letter) {
                        Some(l) => title(l, "title"),
                        None if s.letter == MY_REPORT_SENT => i18n.t("letters-my-report-sent"),
                        None => String::new(),
                    };
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
            <p class="inset"><a href=i18n.href(Route::MyReport)>{i18n.text("my-report-link")}</a></p>
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
