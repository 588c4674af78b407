use crate::core::i18n::Language;
use crate::ui::i18n::use_i18n;
use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The language menu in the header: a globe and the current language's name, which opens the
/// list of languages, each named in itself (a parent who reads no English still finds
/// "Polski" or "العربية"). Tapping one downloads its messages and switches the whole page.
#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let i18n = use_i18n();
    let open = RwSignal::new(false);
    let menu = NodeRef::<leptos::html::Div>::new();
    let toggle = NodeRef::<leptos::html::Summary>::new();
    // Like any menu: a tap elsewhere closes it, and so does Escape (focus back on the globe).
    let on_tap = window_event_listener(ev::pointerdown, move |event| {
        let inside = menu.get_untracked().is_some_and(|m| {
            let target = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Node>().ok());
            m.contains(target.as_ref())
        });
        if !inside && open.get_untracked() {
            open.set(false);
        }
    });
    let on_key = window_event_listener(ev::keydown, move |event| {
        if event.key() == "Escape" && open.get_untracked() {
            open.set(false);
            if let Some(summary) = toggle.get_untracked() {
                let _ = summary.focus();
            }
        }
    });
    on_cleanup(move || {
        on_tap.remove();
        on_key.remove();
    });
    let items = Language::ALL.map(|language| {
        let current = move || i18n.language() == language;
        let choose = move |_| {
            open.set(false);
            if !current() {
                i18n.switch_to(language);
            }
        };
        view! {
            <li>
                <button type="button" class="language-switcher__option"
                    lang=language.code() dir=language.direction().as_str()
                    aria-current=move || current().then_some("true")
                    on:click=choose>
                    {language.endonym()}
                </button>
            </li>
        }
    });
    view! {
        <div class="language-switcher" node_ref=menu>
            <details prop:open=move || open.get()
                on:toggle=move |ev| open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())>
                <summary class="language-switcher__toggle" node_ref=toggle>
                    <svg class="language-switcher__globe" aria-hidden="true" viewBox="0 0 24 24" width="24" height="24">
                        <circle cx="12" cy="12" r="10"/>
                        <ellipse cx="12" cy="12" rx="4.5" ry="10"/>
                        <path d="M2 12h20M4 6.5h16M4 17.5h16"/>
                    </svg>
                    <span class="visually-hidden">{i18n.text("language-switcher-label")}": "</span>
                    <span lang=move || i18n.language().code()>{move || i18n.language().endonym()}</span>
                </summary>
                <ul class="language-switcher__list" aria-label=i18n.text("language-switcher-label")>
                    {items.into_iter().collect_view()}
                </ul>
            </details>
            <Show when=move || i18n.load_failed.get()>
                <p class="language-switcher__error" role="alert">{i18n.text("language-load-failed")}</p>
            </Show>
        </div>
    }
}
