use crate::core::routes::Route;
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

#[component]
pub fn SiteFooter() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <footer class="site-footer">
            <div class="page-width">
                <p>{i18n.text("footer-private")}</p>
                <p><a href=i18n.href(Route::CoverTracks)>{i18n.text("footer-cover-tracks")}</a></p>
                <p><a href=i18n.href(Route::Share)>{i18n.text("footer-share")}</a></p>
            </div>
        </footer>
    }
}
