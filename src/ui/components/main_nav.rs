use super::LanguageSwitcher;
use crate::core::routes::{MenuGroup, MenuLink};
use crate::ui::i18n::use_i18n;
use leptos::ev;
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use wasm_bindgen::JsCast;

/// The `id` of the menu's panel, which its button controls.
const PANEL_ID: &str = "site-menu-panel";

/// The one menu, behind the "Menu" button in the header: the languages first, each named in
/// itself beside a globe, then every page of the guide grouped by what a parent is doing
/// (core::routes::MenuGroup), the current page marked.
///
/// A `<details>` disclosure, so the pre-rendered page's menu opens and its links work before
/// the app starts, and without script. The app adds what a menu button does: `aria-expanded`
/// and `aria-controls` (left out of the static page, scripts/prerender.mjs, where the browser's
/// own disclosure says whether it is open), Escape closes it with focus back on the button, and
/// a tap elsewhere, a link followed or focus moving out of it closes it too.
#[component]
pub fn MainNav() -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let open = RwSignal::new(false);
    let menu = NodeRef::<leptos::html::Details>::new();
    let toggle = NodeRef::<leptos::html::Summary>::new();

    let inside = move |target: Option<web_sys::EventTarget>| {
        let node = target.and_then(|t| t.dyn_into::<web_sys::Node>().ok());
        menu.get_untracked()
            .is_some_and(|m| m.contains(node.as_ref()))
    };
    // The disclosure itself says whether it is open: `open` follows it through the `toggle`
    // event, which comes a task later, so a tap, key or focus move straight after the button
    // would otherwise find the menu "closed" and leave it open.
    let is_open = move || menu.get_untracked().is_some_and(|m| m.open());
    let close = move || {
        if let Some(m) = menu.get_untracked() {
            m.set_open(false);
        }
        open.set(false);
    };
    let on_tap = window_event_listener(ev::pointerdown, move |event| {
        if is_open() && !inside(event.target()) {
            close();
        }
    });
    let on_key = window_event_listener(ev::keydown, move |event| {
        if event.key() == "Escape" && is_open() {
            close();
            if let Some(button) = toggle.get_untracked() {
                let _ = button.focus();
            }
        }
    });
    on_cleanup(move || {
        on_tap.remove();
        on_key.remove();
    });
    // The header stays from page to page: a link followed from the menu closes it.
    Effect::new(move |_| {
        location.pathname.track();
        location.hash.track();
        close();
    });
    // Tab past the last link: the menu closes rather than cover the control focus lands on.
    let on_focus_out = move |event: web_sys::FocusEvent| {
        let to = event.related_target();
        if is_open() && to.is_some() && !inside(to) {
            close();
        }
    };

    let here = move || crate::web::address::parse(&location.pathname.get()).map(|a| a.route);
    let link = move |link: MenuLink| {
        let current = move || link.section.is_none() && here() == Some(link.route);
        view! {
            <li>
                <a href=move || match link.section {
                    Some(id) => crate::web::address::href_to(i18n.address(link.route), id),
                    None => crate::web::address::href(i18n.address(link.route)),
                } class="main-nav__link" aria-current=move || current().then_some("page")>
                    {i18n.text(link.label_key)}
                </a>
            </li>
        }
    };
    let groups = MenuGroup::ALL.map(|group| {
        let heading_id = format!("menu-group-{}", group.code());
        let heading = group.has_heading().then(|| {
            view! { <p class="main-nav__heading" id=heading_id.clone()>{i18n.text(group.heading_key())}</p> }
        });
        let labelled_by = group.has_heading().then_some(heading_id);
        view! {
            <li class="main-nav__group" data-menu-group=group.code()>
                {heading}
                <ul class="main-nav__links" aria-labelledby=labelled_by>
                    {group.links().into_iter().map(link).collect_view()}
                </ul>
            </li>
        }
    });

    view! {
        <details class="site-menu" node_ref=menu prop:open=move || open.get()
            on:toggle=move |ev| open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())
            on:focusout=on_focus_out>
            <summary class="site-menu__toggle" node_ref=toggle
                aria-expanded=move || if open.get() { "true" } else { "false" }
                aria-controls=PANEL_ID data-app-only="aria-expanded aria-controls">
                <svg class="site-menu__icon site-menu__icon--closed" aria-hidden="true" viewBox="0 0 24 24" width="20" height="20">
                    <path d="M3 6h18M3 12h18M3 18h18"/>
                </svg>
                <svg class="site-menu__icon site-menu__icon--open" aria-hidden="true" viewBox="0 0 24 24" width="20" height="20">
                    <path d="M5 5l14 14M19 5L5 19"/>
                </svg>
                <span>{i18n.text("menu-button")}</span>
            </summary>
            <div class="site-menu__panel" id=PANEL_ID>
                <div class="page-width site-menu__inner">
                    <LanguageSwitcher on_chosen=Callback::new(move |()| close())/>
                    <nav class="main-nav" aria-label=i18n.text("nav-label")>
                        <ul class="main-nav__groups">{groups.into_iter().collect_view()}</ul>
                    </nav>
                </div>
            </div>
        </details>
    }
}
