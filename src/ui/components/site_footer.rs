use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

#[component]
pub fn SiteFooter() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <footer class="site-footer">
            <p class="page-width">{move || i18n.t("footer-private")}</p>
        </footer>
    }
}
