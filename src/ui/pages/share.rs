use crate::core::content::Nation;
use crate::core::i18n::Catalog;
use crate::core::routes::Route;
use crate::core::share::{
    nation_value, qr_svg, short_link, Paper, ShareChoice, LANGUAGES, NATIONS, START_PAGES,
};
use crate::ui::components::TranslationNotice;
use crate::ui::i18n::{use_i18n, use_page_words, use_words_in};
use crate::web;
use crate::web::share::Shared;
use fluent_bundle::FluentArgs;
use leptos::prelude::*;
use std::sync::Arc;

/// The page's words and all the leaflet's: printing needs only this file, in the parent's
/// language and in English.
const WORDS_FILE: &str = "share.ftl";

/// The leaflet's five stages, a line each, in the order of `Route::STAGES`.
const STAGE_LINES: [&str; 5] = [
    "leaflet-stage-before",
    "leaflet-stage-during",
    "leaflet-stage-core-group",
    "leaflet-stage-review",
    "leaflet-stage-help",
];

/// `/share/`: for a family support worker. They choose the parent's language, England or
/// Wales, and the page to open at; the page shows the link (as text: tapping it would turn the
/// worker's own phone to the parent's language), copies or shares it, draws its QR code, and
/// prints a leaflet in the parent's language with English beside it. Nothing is kept.
#[component]
pub fn SharePage() -> impl IntoView {
    let i18n = use_i18n();
    let page = use_page_words(WORDS_FILE);
    let choice = RwSignal::new(ShareChoice::starting_from(i18n.language_untracked()));
    let paper = RwSignal::new(Paper::A4);
    let link = Memo::new(move |_| web::address::absolute(choice.get().address()));
    let qr = move || {
        let link = link.get();
        qr_svg(
            &link,
            &page.t_args("share-qr-label", [("link", link.clone().into())]),
        )
        .unwrap_or_default()
    };
    let outcome = RwSignal::new(None::<&'static str>);
    Effect::new(move |_| {
        // A new link: what was said about the old one no longer holds.
        link.track();
        outcome.set(None);
    });
    let report = move |done: Shared| {
        if !outcome.is_disposed() {
            outcome.set(match done {
                Shared::Copied => Some("share-copied"),
                Shared::Failed => Some("share-copy-failed"),
                Shared::Shared => None,
            });
        }
    };
    let copy = move |_| {
        let link = link.get_untracked();
        leptos::task::spawn_local(async move {
            let done = web::share::copy_text(&link).await;
            report(done);
        });
    };
    let share = move |_| {
        let link = link.get_untracked();
        let title = i18n.t("app-name");
        leptos::task::spawn_local(async move {
            let done = web::share::share_or_copy(&title, &link).await;
            report(done);
        });
    };
    // The leaflet's words, in the languages it is printed in, which may differ from the reader's.
    let leaflet = use_words_in(WORDS_FILE, move || choice.get().leaflet_languages());

    let language_options = LANGUAGES
        .into_iter()
        .map(|language| {
            let id = format!("share-language-{}", language.code());
            view! {
                <div class="radio">
                    <input type="radio" name="share-language" id=id.clone() value=language.code()
                        prop:checked=move || choice.get().language == language
                        on:change=move |_| choice.update(|c| c.language = language)/>
                    <label for=id lang=language.code()>{language.endonym()}</label>
                </div>
            }
        })
        .collect_view();
    let nation_options = NATIONS
        .into_iter()
        .map(|nation| {
            let value = nation_value(nation);
            let id = format!("share-nation-{value}");
            let key = match nation {
                Some(Nation::England) => "share-nation-england",
                Some(Nation::Wales) => "share-nation-wales",
                None => "share-nation-unsaid",
            };
            view! {
                <div class="radio">
                    <input type="radio" name="share-nation" id=id.clone() value=value
                        prop:checked=move || choice.get().nation == nation
                        on:change=move |_| choice.update(|c| c.nation = nation)/>
                    <label for=id>{move || page.t(key)}</label>
                </div>
            }
        })
        .collect_view();
    let start_options = START_PAGES
        .into_iter()
        .map(|route| {
            view! {
                <option value=route.slug() prop:selected=move || choice.get().start == route>
                    {i18n.text(route.menu_key())}
                </option>
            }
        })
        .collect_view();
    let paper_options = Paper::ALL
        .into_iter()
        .map(|choice_of_paper| {
            let id = format!("share-paper-{}", choice_of_paper.code());
            let key = match choice_of_paper {
                Paper::A4 => "share-paper-a4",
                Paper::A5Pair => "share-paper-a5",
            };
            view! {
                <div class="radio">
                    <input type="radio" name="share-paper" id=id.clone() value=choice_of_paper.code()
                        prop:checked=move || paper.get() == choice_of_paper
                        on:change=move |_| paper.set(choice_of_paper)/>
                    <label for=id>{move || page.t(key)}</label>
                </div>
            }
        })
        .collect_view();

    view! {
        <div class="share-page">
            <h1>{i18n.text(Route::Share.title_key())}</h1>
            <TranslationNotice/>
            <p class="lead">{i18n.text(Route::Share.intro_key())}</p>
            <Show when=move || page.failed.get() && !page.ready()>
                <p class="error-message" role="alert">{i18n.text("chunk-failed")}</p>
            </Show>
            <p>{page.text("share-who")}</p>
            <fieldset class="fieldset">
                <legend class="fieldset__legend">{page.text("share-language-legend")}</legend>
                <p class="hint">{page.text("share-language-hint")}</p>
                {language_options}
            </fieldset>
            <fieldset class="fieldset">
                <legend class="fieldset__legend">{page.text("share-nation-legend")}</legend>
                <p class="hint">{page.text("share-nation-hint")}</p>
                {nation_options}
            </fieldset>
            <label class="share-page__label" for="share-start">{page.text("share-start-label")}</label>
            <select class="select" id="share-start" on:change=move |e| {
                let slug = event_target_value(&e);
                if let Some(route) = START_PAGES.into_iter().find(|r| r.slug() == slug) {
                    choice.update(|c| c.start = route);
                }
            }>
                {start_options}
            </select>

            // Once the page's words are here (or could not be fetched: the link still works),
            // which also keeps the link out of the build's pre-rendered copy as far as it can:
            // that copy is made on the build's own host.
            <Show when=move || page.ready() || page.failed.get()>
            // Its link names the site it runs on: not the build's, in a pre-rendered page.
            <section class="share-result" data-live-only aria-labelledby="share-link-heading">
                <h2 id="share-link-heading">{page.text("share-link-heading")}</h2>
                <p class="hint" id="share-link-hint">{page.text("share-link-hint")}</p>
                // Text to select, not a link: see the page's comment.
                <p class="share-link" lang="en" dir="ltr">{move || link.get()}</p>
                <p class="button-row">
                    <button type="button" class="button" on:click=copy>{page.text("share-copy")}</button>
                    {web::share::can_share().then(|| view! {
                        <button type="button" class="button button--secondary" on:click=share>{page.text("share-share")}</button>
                    })}
                </p>
                <div role="status">{move || outcome.get().map(|key| view! {
                    <p class=if key == "share-copied" { "success-message" } else { "error-message" }>{page.t(key)}</p>
                })}</div>
                <h2>{page.text("share-qr-heading")}</h2>
                <p class="hint">{page.text("share-qr-hint")}</p>
                <div class="share-qr" inner_html=qr></div>
                <p class="hint">{page.text("share-private")}</p>
            </section>
            </Show>

            <section class="share-leaflet" aria-labelledby="share-leaflet-heading">
                <h2 id="share-leaflet-heading">{page.text("share-leaflet-heading")}</h2>
                <p>{page.text("share-leaflet-hint")}</p>
                <fieldset class="fieldset">
                    <legend class="fieldset__legend">{page.text("share-paper-legend")}</legend>
                    {paper_options}
                </fieldset>
                <Show when=move || leaflet.failed.get()>
                    <p class="error-message" role="alert">{page.text("share-words-failed")}</p>
                </Show>
                <p><button type="button" class="button" on:click=|_| web::share::print()>{page.text("share-print")}</button></p>
            </section>

            // Shown only on paper (share.css).
            {move || {
                let chosen = choice.get();
                let catalogs = leaflet.catalogs(&chosen.leaflet_languages())?;
                let copies = paper.get().copies();
                let sheet_class = format!("leaflet-sheet leaflet-sheet--{}", paper.get().code());
                let link = link.get();
                Some(view! {
                    <div class=sheet_class>
                        {(0..copies).map(|_| leaflet_view(chosen, &catalogs, &link)).collect_view()}
                    </div>
                })
            }}
        </div>
    }
}

/// One copy of the leaflet: the QR code and the short link, then a column in each language.
fn leaflet_view(choice: ShareChoice, catalogs: &[Arc<Catalog>], link: &str) -> impl IntoView {
    let first = &catalogs[0];
    let mut args = FluentArgs::new();
    args.set("nation", choice.nation.unwrap_or_default().code());
    args.set("link", link.to_string());
    let label = first.format("share-qr-label", Some(&args));
    let qr = qr_svg(link, &label).unwrap_or_default();
    let halves = catalogs
        .iter()
        .map(|catalog| {
            let language = catalog.language();
            let say = |key: &str| catalog.format(key, Some(&args));
            let stages = STAGE_LINES
                .map(|key| view! { <li>{say(key)}</li> })
                .into_iter()
                .collect_view();
            view! {
                <section class="leaflet__half" lang=language.code() dir=language.direction().as_str()>
                    <h2 class="leaflet__title">{say("leaflet-title")}</h2>
                    <p>{say("leaflet-what")}</p>
                    <p>{say("leaflet-open")}</p>
                    <h3>{say("leaflet-stages-heading")}</h3>
                    <ol class="leaflet__stages">{stages}</ol>
                    <p class="leaflet__private">{say("leaflet-private")}</p>
                    <h3>{say("leaflet-home-heading")}</h3>
                    <p>{say("leaflet-home-android")}</p>
                    <p>{say("leaflet-home-iphone")}</p>
                    <h3>{say("leaflet-exit-heading")}</h3>
                    <p>{say("leaflet-exit")}</p>
                </section>
            }
        })
        .collect_view();
    let class = if catalogs.len() == 1 {
        "leaflet leaflet--one"
    } else {
        "leaflet"
    };
    view! {
        <article class=class lang=first.language().code() dir=first.language().direction().as_str()>
            <div class="leaflet__qr">
                <div class="leaflet__code" inner_html=qr></div>
                <p class="leaflet__link" lang="en" dir="ltr">{short_link(link).to_string()}</p>
            </div>
            {halves}
        </article>
    }
}
