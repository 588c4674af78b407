use crate::core::dates::{parse_iso, timeline};
use crate::core::letters::{LETTERS, POINT_PARTS};
use crate::core::personal::{mailto_href, Stage};
use crate::core::routes::Route;
use crate::ui::components::words_text;
use crate::ui::components::TranslationNotice;
use crate::ui::i18n::{use_i18n, use_page_words};
use crate::ui::notes::use_documents;
use crate::web;
use leptos::prelude::*;

/// `/print/`: all my notes on plain pages, to print or save as a PDF and take to a meeting or
/// a solicitor. The print stylesheet drops the app's header, menu and buttons.
#[component]
pub fn PrintPage() -> impl IntoView {
    let i18n = use_i18n();
    let notes = use_documents();
    let today = parse_iso(&web::clock::today_iso());
    let stage_name = move |s: Stage| i18n.t(s.route().title_key());

    let questions = move || {
        notes.questions.with(|q| {
            Stage::ALL
                .into_iter()
                .filter(|s| q.in_stage(*s).next().is_some())
                .map(|s| {
                    let items = q
                        .in_stage(s)
                        .map(|x| {
                            let mark = if x.asked { "☑" } else { "☐" };
                            let answer = (!x.answer.trim().is_empty()).then(|| {
                                view! { <br/><span class="print-answer">{i18n.t("questions-answer")}": " {x.answer.clone()}</span> }
                            });
                            view! { <li><span aria-hidden="true">{mark}" "</span>{words_text(i18n, x.words())}{answer}</li> }
                        })
                        .collect_view();
                    view! { <h3>{stage_name(s)}</h3><ul class="print-list">{items}</ul> }
                })
                .collect_view()
        })
    };
    let checklist = move || {
        notes.checklist.with(|c| {
            Stage::ALL
                .into_iter()
                .filter(|s| c.in_stage(*s).next().is_some())
                .map(|s| {
                    let items = c
                        .in_stage(s)
                        .map(|t| {
                            let mark = if t.done { "☑" } else { "☐" };
                            let state = if t.done { i18n.t("print-done") } else { String::new() };
                            view! { <li><span aria-hidden="true">{mark}" "</span>{words_text(i18n, t.words())}<span class="visually-hidden">" "{state}</span></li> }
                        })
                        .collect_view();
                    view! { <h3>{stage_name(s)}</h3><ul class="print-list">{items}</ul> }
                })
                .collect_view()
        })
    };
    let actions = move || {
        notes.plan.with(|p| {
            p.actions_by_date()
                .into_iter()
                .map(|a| {
                    let who = if a.who_name.trim().is_empty() { i18n.t(a.who.message_key()) } else { a.who_name.clone() };
                    let by = a.by.map(|d| i18n.date_long(d)).unwrap_or_default();
                    let late = today.is_some_and(|t| a.is_overdue(t)).then(|| i18n.t("plan-overdue"));
                    view! {
                        <tr>
                            <td>{a.what.clone()}</td><td>{who}</td><td>{by}</td>
                            <td>{i18n.t(a.status.message_key())} " " {late} " " {a.reason.clone()}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let meetings = move || {
        notes.plan.with(|p| {
            p.meetings_by_date()
                .into_iter()
                .map(|m| {
                    let date = m.date.map(|d| i18n.date_long(d)).unwrap_or_default();
                    view! { <h3>{i18n.t(m.kind.message_key())} " " {date}</h3><p class="print-notes">{m.notes.clone()}</p> }
                })
                .collect_view()
        })
    };
    let contacts = move || {
        notes.contacts.with(|c| {
            c.people
                .iter()
                .map(|p| {
                    let email = mailto_href(&p.email)
                        .map(|_| p.email.clone())
                        .unwrap_or_default();
                    view! {
                        <tr>
                            <td>{p.name.clone()}</td><td>{i18n.t(p.role.message_key())}</td>
                            <td>{p.phone.clone()}</td><td>{email}</td><td>{p.notes.clone()}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    // Who is in the room: its words come with it (room.ftl), as on Take to the meeting.
    let room_words = use_page_words("room.ftl");
    let room = move || {
        notes.contacts.with(|c| {
            c.in_the_room
                .iter()
                .map(|a| view! { <li>{a.name.clone()}": " {room_words.t(&a.role.name_key())}</li> })
                .collect_view()
        })
    };
    let dates = move || {
        timeline(&notes.dates.get(), i18n.nation.get())
            .into_iter()
            .map(|e| view! { <li>{i18n.t(e.milestone.message_key())}": " {i18n.date_full(e.date)}</li> })
            .collect_view()
    };
    // My report and the points of a reply or of corrections to the minutes, as written so far,
    // in the reader's language around the parent's words (have-my-say.ftl).
    let say_words = use_page_words("have-my-say.ftl");
    let my_report = move || {
        notes.letters.with(|l| {
            l.my_report
                .written()
                .map(|(section, text)| {
                    let label = say_words.t(&section.page_key("label"));
                    view! { <h3>{label}</h3><p class="print-notes">{text.to_string()}</p> }
                })
                .collect_view()
        })
    };
    let points = move || {
        notes.letters.with(|l| {
            LETTERS
                .into_iter()
                .filter(|letter| letter.has_points)
                .filter_map(|letter| {
                    let draft = l.draft(letter.id)?;
                    let items = draft
                        .points
                        .iter()
                        .filter(|p| !p.is_empty())
                        .map(|p| {
                            let parts = POINT_PARTS
                                .into_iter()
                                .filter(|part| !p.part(*part).trim().is_empty())
                                .map(|part| {
                                    let label = i18n.t(&letter.point_label_key(part));
                                    view! { <span class="print-point">{label}": " {p.part(part).to_string()}</span> }
                                })
                                .collect_view();
                            view! { <li>{parts}</li> }
                        })
                        .collect::<Vec<_>>();
                    (!items.is_empty()).then(|| view! {
                        <h3>{i18n.t(&format!("letters-{}-title", letter.id))}</h3>
                        <ol>{items}</ol>
                    })
                })
                .collect_view()
        })
    };
    let has_points = move || {
        notes.letters.with(|l| {
            l.drafts
                .iter()
                .any(|d| d.points.iter().any(|p| !p.is_empty()))
        })
    };
    let has = move |n: usize| n > 0;

    view! {
        <div class="print-intro">
            <h1>{i18n.text(Route::Print.title_key())}</h1>
            <TranslationNotice/>
            <p class="lead">{i18n.text(Route::Print.intro_key())}</p>
            <p><button type="button" class="button" on:click=|_| web::share::print()>{i18n.text("print-button")}</button></p>
        </div>
        <p class="print-stamp">{move || today.map(|t| i18n.t_args("print-made-on", [("date", i18n.date_long(t).into())]))}</p>
        <Show when=move || notes.is_empty()>
            <p>{i18n.text("print-nothing")}</p>
        </Show>
        <Show when=move || has(notes.questions.with(|q| q.items.len()))>
            <section class="print-section"><h2>{i18n.text("questions-title")}</h2>{questions}</section>
        </Show>
        <Show when=move || has(notes.checklist.with(|c| c.items.len()))>
            <section class="print-section"><h2>{i18n.text("checklist-title")}</h2>{checklist}</section>
        </Show>
        <Show when=move || has(notes.plan.with(|p| p.actions.len()))>
            <section class="print-section">
                <h2>{i18n.text("plan-actions-heading")}</h2>
                <table class="print-table">
                    <thead><tr>
                        <th scope="col">{i18n.text("plan-what")}</th><th scope="col">{i18n.text("plan-who")}</th>
                        <th scope="col">{i18n.text("plan-by")}</th><th scope="col">{i18n.text("plan-status")}</th>
                    </tr></thead>
                    <tbody>{actions}</tbody>
                </table>
            </section>
        </Show>
        <Show when=move || has(notes.plan.with(|p| p.meetings.len()))>
            <section class="print-section"><h2>{i18n.text("plan-meetings-heading")}</h2>{meetings}</section>
        </Show>
        <Show when=move || has(notes.contacts.with(|c| c.people.len()))>
            <section class="print-section">
                <h2>{i18n.text("contacts-title")}</h2>
                <table class="print-table">
                    <thead><tr>
                        <th scope="col">{i18n.text("contacts-name")}</th><th scope="col">{i18n.text("contacts-role")}</th>
                        <th scope="col">{i18n.text("contacts-phone")}</th><th scope="col">{i18n.text("contacts-email")}</th>
                        <th scope="col">{i18n.text("contacts-notes")}</th>
                    </tr></thead>
                    <tbody>{contacts}</tbody>
                </table>
            </section>
        </Show>
        <Show when=move || room_words.ready() && has(notes.contacts.with(|c| c.in_the_room.len()))>
            <section class="print-section">
                <h2>{room_words.text("room-heading")}</h2>
                <ul class="print-list">{room}</ul>
            </section>
        </Show>
        <Show when=move || say_words.ready() && notes.letters.with(|l| !l.my_report.is_empty())>
            <section class="print-section"><h2>{i18n.text(Route::MyReport.title_key())}</h2>{my_report}</section>
        </Show>
        <Show when=has_points>
            <section class="print-section"><h2>{i18n.text("letters-points-heading")}</h2>{points}</section>
        </Show>
        <Show when=move || !timeline(&notes.dates.get(), i18n.nation.get()).is_empty()>
            <section class="print-section"><h2>{i18n.text("dates-title")}</h2><ul class="print-list">{dates}</ul></section>
        </Show>
    }
}
