use crate::ui::i18n::use_i18n;
use crate::web::service_worker;
use leptos::prelude::*;

/// Says that a new version has been downloaded, and offers to switch to it.
#[component]
pub fn UpdateBanner(ready: RwSignal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Show when=move || ready.get()>
            <div class="update-banner" role="status">
                <p class="page-width">
                    {move || i18n.t("update-ready")} " "
                    <button type="button" class="button button--secondary" on:click=|_| service_worker::apply_update()>
                        {move || i18n.t("update-reload")}
                    </button>
                </p>
            </div>
        </Show>
    }
}
