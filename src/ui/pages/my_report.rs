use crate::core::dates::{iso, parse_iso};
use crate::core::file_names;
use crate::core::i18n::Language;
use crate::core::letters::{letter_language, SentLetter};
use crate::core::my_report::{render, ReportFields, Section, SENT_ID};
use crate::core::routes::Route;
use crate::ui::components::{
    DocumentActions, LetterLanguageChoice, MyDetailsFields, TranslationNotice,
};
use crate::ui::i18n::{use_i18n, use_letter_words, use_page_words};
use crate::ui::notes::use_documents;
use crate::web;
use leptos::prelude::*;

/// The page's own words (prompts, examples), in the reader's language.
const WORDS_FILE: &str = "have-my-say.ftl";

/// `/my-report/`: the parent's own report for the conference, written part by part (every
/// part optional, each with a prompt and an example), shown as the tidy document it becomes,
/// with when and to whom to send it. Kept as typed with the letters; the document is in
/// English, or in Welsh for a parent in Wales who chooses it (`core::my_report`).
#[component]
pub fn MyReportPage() -> impl IntoView {
    let i18n = use_i18n();
    let page = use_page_words(WORDS_FILE);
    let notes = use_documents();
    let letters = notes.letters;
    let today = parse_iso(&web::clock::today_iso()).unwrap_or_default();

    let report = move || letters.with(|l| l.my_report.clone());
    let language = move || {
        letters.with(|l| letter_language(i18n.nation.get(), &l.my_report.language, i18n.language()))
    };
    let words = use_letter_words(move || Some(language()));
    // The report's own date, else the first conference in My dates if it is still to come.
    let conference = move || {
        letters.with(|l| l.my_report.conference_date).or_else(|| {
            notes
                .dates
                .with(|d| d.initial_conference.filter(|d| *d >= today))
        })
    };
    let text = Memo::new(move |_| {
        let catalog = words.catalog(language())?;
        let me = letters.with(|l| l.me.clone());
        let fields = ReportFields {
            my_name: me.name,
            child_name: me.child_name,
            child_dob: me.child_dob,
            conference_date: conference(),
        };
        Some(render(&catalog, &report(), &fields, today))
    });
    let written = move || letters.with(|l| !l.my_report.is_empty());

    let part = move |section: Section| {
        let id = format!("mr-{}", section.id());
        let key = move |part: &str| section.page_key(part);
        let (hint_id, example_id) = (format!("{id}-prompt"), format!("{id}-example"));
        // Where a part has more help elsewhere in the guide.
        let more = match section {
            Section::WhatIDisagreeWith => Some(view! {
                <p class="hint"><a href=i18n.href_to(Route::Letters, "reply")>{move || page.t("mr-disagree-reply")}</a></p>
            }.into_any()),
            Section::FamilyAndFriends => Some(view! {
                <p class="hint"><a href=i18n.href_to(Route::CoreGroup, "what-helps")>{move || page.t("mr-family-fgc")}</a></p>
            }.into_any()),
            _ => None,
        };
        view! {
            <div class="report-part">
                <label class="report-part__label" for=id.clone()>{move || page.t(&key("label"))}</label>
                <p class="hint" id=hint_id.clone()>{move || page.t(&key("prompt"))}</p>
                <p class="report-part__example" id=example_id.clone()>
                    <span class="report-part__example-name">{page.text("mr-example")}": "</span>
                    {move || page.t(&key("example"))}
                </p>
                {more}
                <textarea class="text-area" id=id rows="4" aria-describedby=format!("{hint_id} {example_id}")
                    prop:value=move || letters.with(|l| l.my_report.text(section).to_string())
                    on:input=move |e| { let v = event_target_value(&e); letters.change(|l| l.my_report.set_text(section, v)); }></textarea>
            </div>
        }
    };

    let when_to_send = move || match conference() {
        Some(date) if date >= today => page.t_args(
            "mr-send-when",
            [
                ("conference", i18n.date_long(date).into()),
                ("days", (date - today).num_days().into()),
            ],
        ),
        Some(_) => page.t("mr-send-past"),
        None => page.t("mr-send-no-date"),
    };
    let keep_sent = Callback::new(move |text: String| {
        letters.change(|l| {
            l.sent.push(SentLetter {
                id: web::clock::unique_id(),
                letter: SENT_ID.to_string(),
                date: Some(today),
                text,
            })
        })
    });

    view! {
        <div class="my-report-page">
            <h1>{i18n.text(Route::MyReport.title_key())}</h1>
            <TranslationNotice/>
            <p class="lead">{i18n.text(Route::MyReport.intro_key())}</p>
            <Show when=move || page.failed.get() && !page.ready()>
                <p class="error-message" role="alert">{i18n.text("chunk-failed")}</p>
            </Show>
            <div class="inset">
                <p>{page.text("mr-why")}</p>
                <p>{page.text("mr-help")}</p>
                <p>{page.text("mr-how")}</p>
            </div>
            <p class="hint">{page.text("mr-details-hint")}</p>
            <MyDetailsFields legend_key="letters-about-you" with_address=false/>
            <label for="mr-conference-date">{page.text("mr-conference-date")}</label>
            <input class="text-input" type="date" id="mr-conference-date"
                prop:value=move || conference().map(iso).unwrap_or_default()
                on:change=move |e| { let v = parse_iso(&event_target_value(&e)); letters.change(|l| l.my_report.conference_date = v); }/>
            <LetterLanguageChoice name="report-language" chosen=Signal::derive(language)
                    on_choose=Callback::new(move |choice: Language| letters.change(|l| l.my_report.language = choice.code().to_string()))/>
            <h2>{page.text("mr-sections-heading")}</h2>
            <Show when=move || language() == Language::En && i18n.language() != Language::En>
                <p class="hint">{page.text("mr-write-in-english")}</p>
            </Show>
            {Section::ALL.map(part).into_iter().collect_view()}
            <section class="letter-form" aria-labelledby="mr-preview-heading">
                <h2 id="mr-preview-heading">{page.text("mr-preview")}</h2>
                <Show when=move || words.failed.get()>
                    <p class="error-message" role="alert">{page.text("mr-load-failed")}</p>
                </Show>
                <Show when=move || !written()>
                    <p class="hint">{page.text("mr-nothing-yet")}</p>
                </Show>
                <div class="letter-sheet" lang=move || language().code() dir=move || language().direction().as_str()>{move || text.get()}</div>
                <h3>{page.text("mr-send-heading")}</h3>
                <p>{page.text("mr-send-who")}</p>
                <p class="inset">{when_to_send}</p>
                <p class="hint">{page.text("mr-send-nothing")}</p>
                <DocumentActions text=text subject=Signal::derive(move || i18n.t(Route::MyReport.title_key()))
                    prefix="mr" words=Callback::new(move |key: String| page.t(&key))
                    file_name=file_names::document on_sent=keep_sent/>
                <p><a href=i18n.href(Route::Letters)>{i18n.text("letters-sent-heading")}</a></p>
            </section>
        </div>
    }
}
