use crate::core::exit::ExitSite;
use crate::core::store::Settings;
use crate::ui::i18n::use_i18n;
use crate::web::{self, exit};
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

/// "Exit this page", on every page and always in reach. Its tap and Shift three times are
/// handled by public/exit.js, which also works before the app starts; the button here shows
/// the site chosen in Settings, and tells a screen reader how many Shift presses are left.
#[component]
pub fn ExitThisPage() -> impl IntoView {
    let i18n = use_i18n();
    let site = ExitChoice::use_context().0;
    // What a screen reader hears after each Shift press ("Press Shift 2 more times to exit").
    let remaining = RwSignal::new(None::<u8>);
    let listener = exit::on_shift_count(move |left| remaining.set((left > 0).then_some(left)));
    on_cleanup(move || listener.remove());

    view! {
        <div class="exit-this-page" role="region" aria-label=i18n.text("exit-region")>
            <a class="exit-this-page__button" href=move || site.get().url() rel="noreferrer">
                <span class="visually-hidden">{i18n.text("exit-emergency")}" "</span>
                {i18n.text("exit-this-page")}
            </a>
            <p class="visually-hidden" aria-live="polite">
                {move || remaining.get().map(|n| i18n.t_args("exit-shift-remaining", [("count", n.into())]))}
            </p>
        </div>
    }
}
