use crate::ui::components::download_outcome;
use crate::ui::i18n::use_i18n;
use crate::web;
use crate::web::share::Shared;
use leptos::prelude::*;

/// What a parent does with a finished letter or report: copy, share (where the phone can),
/// print, download, and "I have sent it: keep a copy". Nothing is sent from the guide.
/// `words` gives the page's words for `<prefix>-copy`, `-share`, `-print`, `-download`,
/// `-downloaded`, `-copied`, `-copy-failed`, `-mark-sent` and `-saved-sent`.
#[component]
pub fn DocumentActions(
    /// The text as previewed: `None` while it is not ready.
    #[prop(into)]
    text: Signal<Option<String>>,
    /// A share sheet's subject.
    #[prop(into)]
    subject: Signal<String>,
    prefix: &'static str,
    words: Callback<String, String>,
    /// The neutral name of the downloaded file, from today's date.
    file_name: fn(&str) -> String,
    /// Keeps a dated copy of the sent text.
    on_sent: Callback<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let outcome = RwSignal::new(None::<String>);
    let say = move |part: &str| words.run(format!("{prefix}-{part}"));
    let label = move |part: &'static str| move || say(part);
    let report = move |done: Shared| {
        outcome.set(match done {
            Shared::Copied => Some(say("copied")),
            Shared::Failed => Some(say("copy-failed")),
            Shared::Shared => None,
        })
    };
    let copy = move |_| {
        let Some(t) = text.get_untracked() else {
            return;
        };
        leptos::task::spawn_local(async move {
            let done = web::share::copy_text(&t).await;
            if !outcome.is_disposed() {
                report(if done == Shared::Copied {
                    Shared::Copied
                } else {
                    Shared::Failed
                });
            }
        });
    };
    let share = move |_| {
        let Some(t) = text.get_untracked() else {
            return;
        };
        let subject = subject.get_untracked();
        leptos::task::spawn_local(async move {
            let done = web::share::share_or_copy(&subject, &t).await;
            if !outcome.is_disposed() {
                report(done);
            }
        });
    };
    let download = move |_| {
        let Some(t) = text.get_untracked() else {
            return;
        };
        let offered = web::download::text_file(
            &file_name(&web::clock::today_iso()),
            "text/plain;charset=utf-8",
            &t,
        );
        outcome.set(Some(download_outcome(i18n, say("downloaded"), offered)));
    };
    let mark_sent = move |_| {
        let Some(t) = text.get_untracked() else {
            return;
        };
        on_sent.run(t);
        outcome.set(Some(say("saved-sent")));
    };
    view! {
        <p class="button-row letter-actions">
            <button type="button" class="button" on:click=copy>{label("copy")}</button>
            {web::share::can_share().then(|| view! {
                <button type="button" class="button button--secondary" on:click=share>{label("share")}</button>
            })}
            <button type="button" class="button button--secondary" on:click=|_| web::share::print()>{label("print")}</button>
            <button type="button" class="button button--secondary" on:click=download>{label("download")}</button>
        </p>
        <p><button type="button" class="button button--secondary" on:click=mark_sent>{label("mark-sent")}</button></p>
        <div role="status">{move || outcome.get().map(|t| view! { <p class="success-message">{t}</p> })}</div>
    }
}
