use super::{ExitThisPage, LanguageLoadError, MainNav};
use crate::core::routes::Route;
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

/// The one short row at the top of every page, kept in view while reading: the guide's name
/// (a link home), the menu and "Exit this page".
///
/// The name is written both ways, its own and the plain name ("Notes"), and the stylesheet
/// shows the one `<html data-plain-name>` asks for: the early script in index.html sets it
/// before the first paint, so the pre-rendered page already shows the parent's choice, and the
/// app keeps it in step (web::appearance::apply_plain_name).
#[component]
pub fn SiteHeader() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <header class="site-header">
            <div class="page-width site-header__bar">
                <a class="site-header__name" href=i18n.href(Route::Home)>
                    <span class="site-header__own-name">{i18n.text("app-name")}</span>
                    <span class="site-header__plain-name">{i18n.text("plain-name-title")}</span>
                </a>
                <MainNav/>
                <ExitThisPage/>
            </div>
            <LanguageLoadError/>
        </header>
    }
}
