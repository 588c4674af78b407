use crate::core::exit::{ExitSite, ShiftOutcome, ShiftPresses};
use crate::core::store::Settings;
use crate::ui::i18n::use_i18n;
use crate::web::{self, exit};
use leptos::ev;
use leptos::prelude::*;

/// The site the exit goes to, shared by the button and the setting.
#[derive(Clone, Copy)]
pub struct ExitChoice(pub RwSignal<ExitSite>);

impl ExitChoice {
    pub fn provide(site: ExitSite) {
        provide_context(ExitChoice(RwSignal::new(site)));
    }

    pub fn use_context() -> ExitChoice {
        expect_context::<ExitChoice>()
    }

    /// Remembers the reader's choice on the phone.
    pub fn choose(self, site: ExitSite) {
        self.0.set(site);
        let _ = web::storage::update::<Settings>(|s| s.exit_site = Some(site));
    }
}

/// "Exit this page", on every page and always in reach: a tap (or Shift three times) blanks the
/// page and leaves for a neutral site. Without the app running it is still a plain link.
#[component]
pub fn ExitThisPage() -> impl IntoView {
    let i18n = use_i18n();
    let site = ExitChoice::use_context().0;
    let presses = StoredValue::new(ShiftPresses::default());
    // What a screen reader hears after each Shift press ("Press Shift 2 more times to exit").
    let remaining = RwSignal::new(None::<u8>);

    let listener = window_event_listener(ev::keydown, move |event| {
        if event.repeat() || exit::typing_in_a_field(&event) {
            return;
        }
        if event.key() == "Shift" {
            let outcome = presses.try_update_value(|p| p.shift(js_sys::Date::now()));
            match outcome {
                Some(ShiftOutcome::Exit) => exit::leave(site.get_untracked().url()),
                Some(ShiftOutcome::Remaining(n)) => remaining.set(Some(n)),
                None => {}
            }
        } else {
            presses.update_value(ShiftPresses::other_key);
            remaining.set(None);
        }
    });
    on_cleanup(move || listener.remove());

    view! {
        <div class="exit-this-page" role="region" aria-label=i18n.text("exit-region")>
            <a class="exit-this-page__button" href=move || site.get().url() rel="noreferrer"
                on:click=move |event| {
                    event.prevent_default();
                    exit::leave(site.get_untracked().url());
                }>
                <span class="visually-hidden">{i18n.text("exit-emergency")}" "</span>
                {i18n.text("exit-this-page")}
            </a>
            <p class="visually-hidden" aria-live="polite">
                {move || remaining.get().map(|n| i18n.t_args("exit-shift-remaining", [("count", n.into())]))}
            </p>
        </div>
    }
}
