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
                    {i18n.text("update-ready")} " "
                    <button type="button" class="button button--secondary" on:click=|_| service_worker::apply_update()>
                        {i18n.text("update-reload")}
                    </button>
                </p>
            </div>
        </Show>
    }
}
