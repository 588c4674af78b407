use super::{LanguageSwitcher, MainNav};
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

/// The band at the top of every page: the guide's name (a link home), the language switcher
/// and the main menu.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <header class="site-header">
            <div class="page-width site-header__bar">
                <a class="site-header__name" href="/">{i18n.text("app-name")}</a>
                <LanguageSwitcher/>
            </div>
            <MainNav/>
        </header>
    }
}
