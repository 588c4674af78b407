use crate::core::personal::Stage;
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

/// The guide's suggestions for one stage that are not on the parent's list yet: each can be
/// added with one tap, or hidden ("Not for me"). Hidden ones can be brought back.
#[component]
pub fn SuggestionOffer(
    stage: Stage,
    /// Message ids of the suggestions still on offer.
    offered: Signal<Vec<&'static str>>,
    hidden: Signal<usize>,
    on_add: Callback<&'static str>,
    on_hide: Callback<&'static str>,
    on_unhide: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let heading_id = format!("offer-{}", stage.slug());
    // The tapped button goes with its idea: keep focus in the list (the next idea's Add), or on
    // the heading when none is left, rather than dropping it to the top of the page.
    let heading = StoredValue::new(heading_id.clone());
    let refocus = move || {
        let heading_id = heading.get_value();
        request_animation_frame(move || {
            use wasm_bindgen::JsCast;
            let doc = crate::web::document();
            let next = doc
                .query_selector(&format!("#{heading_id} ~ .offer__list button"))
                .ok()
                .flatten()
                .or_else(|| doc.get_element_by_id(&heading_id));
            if let Some(el) = next {
                let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
            }
        });
    };
    let items = move || {
        offered
            .get()
            .into_iter()
            .map(|id| {
                let key = crate::core::personal::suggestion_key(id);
                view! {
                    <li class="offer__item">
                        <span class="offer__words">{i18n.text(key)}</span>
                        <span class="offer__buttons">
                            <button type="button" class="button button--small" on:click=move |_| { on_add.run(id); refocus(); }>
                                {i18n.text("notes-add")}
                                <span class="visually-hidden">": " {i18n.text(key)}</span>
                            </button>
                            <button type="button" class="button button--secondary button--small" on:click=move |_| { on_hide.run(id); refocus(); }>
                                {i18n.text("notes-not-for-me")}
                                <span class="visually-hidden">": " {i18n.text(key)}</span>
                            </button>
                        </span>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <div class="offer">
            <h3 id=heading_id tabindex="-1">{i18n.text("notes-suggestions-heading")}</h3>
            <Show when=move || !offered.with(Vec::is_empty)
                fallback=move || view! { <p class="hint">{i18n.text("notes-suggestions-none")}</p> }>
                <ul class="offer__list">{items}</ul>
            </Show>
            <Show when=move || { hidden.get() > 0 }>
                <button type="button" class="link-button" on:click=move |_| on_unhide.run(())>
                    {move || i18n.t_args("notes-show-hidden", [("count", hidden.get().into())])}
                </button>
            </Show>
        </div>
    }
}
