use crate::core::content::Nation;
use crate::core::dates::{calendar, iso, next_entry, parse_iso, timeline, CalendarEvent, MyDates};
use crate::core::file_names;
use crate::core::routes::Route;
use crate::ui::components::download_outcome;
use crate::ui::components::TranslationNotice;
use crate::ui::i18n::use_i18n;
use crate::ui::notes::use_documents;
use crate::web;
use chrono::NaiveDate;
use leptos::prelude::*;

/// `/dates/`: the parent enters their meeting dates; the page shows every deadline that
/// follows, soonest first, with today marked and the next one highlighted, and can put them
/// in the phone's calendar.
#[component]
pub fn DatesPage() -> impl IntoView {
    let i18n = use_i18n();
    let dates = use_documents().dates;
    let today = parse_iso(&web::clock::today_iso());

    let set = move |change: fn(&mut MyDates, Option<NaiveDate>), value: String| {
        let parsed = parse_iso(&value);
        // Saved at once; if the phone refuses, the banner at the top says so and the date
        // stays on screen.
        dates.change(|d| change(d, parsed));
    };
    let field = move |id: &'static str,
                      label: &'static str,
                      value: fn(&MyDates) -> Option<NaiveDate>,
                      change: fn(&mut MyDates, Option<NaiveDate>),
                      hint: bool| {
        view! {
            <div class="date-field">
                <label for=id>{i18n.text(label)}</label>
                {hint.then(|| view! { <p class="hint" id=format!("{id}-hint")>{i18n.text("dates-optional-hint")}</p> })}
                <input type="date" id=id aria-describedby=hint.then(|| format!("{id}-hint"))
                    prop:value=move || dates.with(|d| value(d).map(iso).unwrap_or_default())
                    on:change=move |event| set(change, event_target_value(&event))/>
            </div>
        }
    };

    let entries = Memo::new(move |_| timeline(&dates.get(), i18n.nation.get()));
    let describe = move |date: NaiveDate, deadline: bool| {
        let written = i18n.date_full(date);
        i18n.t_args(
            if deadline { "dates-by" } else { "dates-on" },
            [("date", written.into())],
        )
    };
    let items = move || {
        let list = entries.get();
        let next = today.and_then(|t| next_entry(&list, t).map(|e| (e.milestone, e.date)));
        let mut views = Vec::new();
        let mut today_shown = false;
        for entry in list.iter() {
            if let Some(t) = today.filter(|t| !today_shown && entry.date >= *t) {
                today_shown = true;
                views.push(today_marker(t, describe(t, false)).into_any());
            }
            let is_next = next == Some((entry.milestone, entry.date));
            let days = today.map(|t| (entry.date - t).num_days());
            let when = match days {
                Some(n) if n < 0 => i18n.t("dates-passed"),
                Some(n) => i18n.t_args("dates-in-days", [("days", n.into())]),
                None => String::new(),
            };
            views.push(
                view! {
                    <li class="timeline__item" class:timeline__item--next=is_next class:timeline__item--past=days.is_some_and(|n| n < 0)>
                        {is_next.then(|| view! { <strong class="timeline__next">{i18n.t("dates-next")}": "</strong> })}
                        <span class="timeline__name">{i18n.t(entry.milestone.message_key())}</span>
                        <br/>
                        <time datetime=iso(entry.date)>{describe(entry.date, entry.deadline)}</time>
                        ", " {when}
                    </li>
                }
                .into_any(),
            );
        }
        if let Some(t) = today.filter(|_| !today_shown && !list.is_empty()) {
            views.push(today_marker(t, describe(t, false)).into_any());
        }
        views
    };

    // Plain titles unless the parent asks: calendars sync to other devices and show alerts
    // on the lock screen.
    let full_wording = RwSignal::new(false);
    let downloaded = RwSignal::new(None::<String>);
    let download = move |_| {
        let list = entries.get_untracked();
        let full = full_wording.get_untracked();
        let note = i18n.t("dates-calendar-note");
        let names: Vec<String> = list
            .iter()
            .map(|e| {
                i18n.t(if full {
                    e.milestone.message_key()
                } else {
                    e.milestone.plain_message_key()
                })
            })
            .collect();
        let events: Vec<CalendarEvent> = list
            .iter()
            .zip(&names)
            .map(|(e, name)| CalendarEvent {
                uid: e.milestone.calendar_uid(e.date),
                date: e.date,
                summary: name,
                description: full.then_some(note.as_str()),
            })
            .collect();
        let offered = web::download::text_file(
            &file_names::calendar(&web::clock::today_iso()),
            "text/calendar",
            &calendar(&events, &web::clock::utc_stamp()),
        );
        downloaded.set(Some(download_outcome(
            i18n,
            i18n.t("dates-calendar-downloaded"),
            offered,
        )));
    };

    view! {
        <h1>{i18n.text(Route::Dates.title_key())}</h1>
        <TranslationNotice/>
        <p class="lead">{i18n.text(Route::Dates.intro_key())}</p>
        <fieldset class="fieldset">
            <legend class="fieldset__legend">{i18n.text("dates-fields-heading")}</legend>
            {field("initial-conference", "dates-initial-label", |d| d.initial_conference, |d, v| d.initial_conference = v, false)}
            {field("last-core-group", "dates-last-core-group-label", |d| d.last_core_group, |d, v| d.last_core_group = v, true)}
            {field("last-review", "dates-last-review-label", |d| d.last_review, |d, v| d.last_review = v, true)}
            <Show when=move || i18n.nation.get() == Nation::Wales>
                {field("enquiries-started", "dates-enquiries-label", |d| d.enquiries_started, |d, v| d.enquiries_started = v, true)}
            </Show>
            {field("minutes-received", "dates-minutes-received-label", |d| d.minutes_received, |d, v| d.minutes_received = v, true)}
            // Wales counts the deadline from the day they arrived; in England the chair's letter gives it.
            <Show when=move || i18n.nation.get() == Nation::England>
                {field("minutes-by", "dates-minutes-by-label", |d| d.minutes_corrections_by, |d, v| d.minutes_corrections_by = v, true)}
            </Show>
        </fieldset>
        <h2>{i18n.text("dates-timeline-heading")}</h2>
        <Show when=move || !entries.get().is_empty() fallback=move || view! { <p>{i18n.text("dates-empty")}</p> }>
            <p class="inset">{i18n.text("dates-latest-note")}</p>
            <ol class="timeline">{items}</ol>
            <h2>{i18n.text("dates-calendar-heading")}</h2>
            <p>{i18n.text("dates-calendar-warning")}</p>
            <div class="check">
                <input type="checkbox" class="check__box" id="dates-full-wording" aria-describedby="dates-full-wording-hint"
                    prop:checked=move || full_wording.get()
                    on:change=move |e| full_wording.set(event_target_checked(&e))/>
                <label class="check__label" for="dates-full-wording">{i18n.text("dates-calendar-full-wording")}</label>
            </div>
            <p class="hint" id="dates-full-wording-hint">{i18n.text("dates-calendar-plain-hint")}</p>
            <p><button type="button" class="button" on:click=download>{i18n.text("dates-add-to-calendar")}</button></p>
            <div role="status">
                {move || downloaded.get().map(|text| view! { <p class="success-message">{text}</p> })}
            </div>
        </Show>
    }
}

fn today_marker(today: NaiveDate, written: String) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <li class="timeline__today">
            <strong>{i18n.t("dates-today")}": "</strong>
            <time datetime=iso(today)>{written}</time>
        </li>
    }
}
