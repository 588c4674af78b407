//! The app's frame: header, the page for the current path, footer.

use super::chunks::{personal_page, unlock_page};
use super::components::{
    ExitChoice, LockBar, PasscodeNotices, PlainName, SiteFooter, SiteHeader, SkipLink,
    StorageProblemBanner, UpdateBanner,
};
use super::i18n::I18n;
use super::notes::{use_notes, LockState, Notes};
use super::pages::{
    CoverTracksPage, GlossaryPage, HomePage, NotFoundPage, SettingsPage, StagePage,
};
use crate::core::i18n::Catalog;
use crate::core::routes::Route;
use crate::core::store::Settings;
use crate::web;
use leptos::prelude::*;
use leptos_router::components::{Route as RouterRoute, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::path;

#[component]
pub fn App(catalog: Catalog, settings: Settings) -> impl IntoView {
    I18n::provide(
        catalog,
        settings.nation.unwrap_or_default(),
        settings.nation.is_some(),
    );
    ExitChoice::provide(settings.exit_site.unwrap_or_default());
    PlainName::provide(settings.plain_name.is_some());
    // Before the notes, which forget the drafts when another tab deletes everything.
    super::drafts::Drafts::provide();
    let notes = Notes::provide();
    super::auto_lock::watch(notes);
    let update_ready = RwSignal::new(false);
    let other_version = notes.problems.other_version;
    web::service_worker::register(
        move || update_ready.set(true),
        move || other_version.set(true),
    );

    view! {
        <Router>
            <SkipLink/>
            // The exit is in the header's row, which stays in view.
            <SiteHeader/>
            <UpdateBanner ready=update_ready/>
            <main id="main-content" class="page-width" tabindex="-1">
                <StorageProblemBanner/>
                // One catch-all route: the route table picks the page (see CurrentPage). The
                // router still needs <Routes> to finish each navigation (push the new URL).
                <Routes fallback=CurrentPage>
                    <RouterRoute path=path!("/*any") view=CurrentPage/>
                </Routes>
            </main>
            <SiteFooter/>
        </Router>
    }
}

/// The route table decides the page (see core::routes), so the router, the build's route pages
/// and the tests share one list of paths.
#[component]
fn CurrentPage() -> impl IntoView {
    let location = use_location();
    let route = Memo::new(move |_| web::address::parse(&location.pathname.get()).map(|a| a.route));

    keep_the_address_in_step(route);

    // The document title follows the page, the language and the plain-name choice.
    let plain_name = PlainName::use_context();
    Effect::new(move |_| {
        web::i18n::set_title(&plain_name.title(route.get()));
    });
    // After a client-side move, put focus on the new page's heading and start at the top, as a
    // full page load would for a screen reader; a link to a glossary entry
    // (`/glossary/#core-group`) goes to that entry instead.
    Effect::new(move |previous: Option<(Option<Route>, String)>| {
        let current = (route.get(), location.hash.get());
        if previous.is_some_and(|p| p != current) {
            focus_target(current.1.trim_start_matches('#').to_owned());
        }
        current
    });

    // What the parent wrote stays behind the passcode while locked; the guide stays readable.
    let notes = use_notes();
    move || match route.get() {
        Some(r) if r.is_personal() && notes.lock.get() == LockState::Locked => unlock_page(),
        Some(r) if r.is_personal() && notes.lock.get() == LockState::Unlocked => {
            view! { <LockBar/><PasscodeNotices/>{personal_page(r)} }.into_any()
        }
        Some(r) if r.is_personal() => view! { <PasscodeNotices/>{personal_page(r)} }.into_any(),
        Some(Route::Home) => view! { <HomePage/> }.into_any(),
        Some(Route::Settings) => view! { <SettingsPage/> }.into_any(),
        Some(Route::Glossary) => view! { <GlossaryPage/> }.into_any(),
        Some(Route::CoverTracks) => view! { <CoverTracksPage/> }.into_any(),
        Some(Route::Share) => super::chunks::share_page(),
        Some(stage) => view! { <StagePage route=stage/> }.into_any(),
        None => view! { <NotFoundPage/> }.into_any(),
    }
}

/// The address bar names the page in the reader's language and nation (core::address), as
/// the links do: after a start on a plain address (`/before/` for a reader of Polish), after
/// choosing another language or answering "England or Wales?", after Back to a page read before
/// that. It replaces the entry rather than add one, and an older link's `?lang=` goes once
/// applied, so a reload or a bookmark later never overrides a choice made since.
fn keep_the_address_in_step(route: Memo<Option<Route>>) {
    use crate::core::address::query_without_language;
    use leptos_router::NavigateOptions;
    let i18n = super::i18n::use_i18n();
    let location = use_location();
    let navigate = leptos_router::hooks::use_navigate();
    Effect::new(move |_| {
        let shown = location.pathname.get();
        let Some(route) = route.get() else { return };
        let wanted = web::address::href(i18n.address(route));
        let (query, hash) = web::address::query_and_hash();
        let wanted_query = if i18n.language().is_offered() {
            query_without_language(&query)
        } else {
            query.clone()
        };
        if shown != wanted || query != wanted_query {
            let options = NavigateOptions {
                replace: true,
                scroll: false,
                ..Default::default()
            };
            navigate(&format!("{wanted}{wanted_query}{hash}"), options);
        }
    });
}

/// Moves focus to the element with id `anchor` if there is one, else to the page's heading.
/// Runs after the new page has rendered (effects run after the DOM update); a tool opened for
/// the first time renders once its chunk has arrived, so until then it looks again every
/// 50 ms, for up to 10 seconds.
fn focus_target(anchor: String) {
    focus_when_rendered(anchor, 200);
}

fn focus_when_rendered(anchor: String, tries_left: u32) {
    use wasm_bindgen::JsCast;
    let doc = web::document();
    let target = (!anchor.is_empty())
        .then(|| doc.get_element_by_id(&anchor))
        .flatten();
    let Some(target) = target.or_else(|| doc.query_selector("main h1").ok().flatten()) else {
        if tries_left > 0 {
            set_timeout(
                move || focus_when_rendered(anchor, tries_left - 1),
                std::time::Duration::from_millis(50),
            );
        }
        return;
    };
    if target.tag_name() == "H1" {
        if let Some(window) = web_sys::window() {
            window.scroll_to_with_x_and_y(0.0, 0.0);
        }
    } else {
        target.scroll_into_view();
    }
    let target: web_sys::HtmlElement = target.unchecked_into();
    let _ = target.set_attribute("tabindex", "-1");
    let _ = target.focus();
}
