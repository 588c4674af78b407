use crate::core::routes::Route;
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

#[component]
pub fn SiteFooter() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <footer class="site-footer">
            <div class="page-width">
                <p>{move || i18n.t("footer-private")}</p>
                <p><a href=Route::CoverTracks.path()>{move || i18n.t("footer-cover-tracks")}</a></p>
            </div>
        </footer>
    }
}
