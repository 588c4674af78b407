use crate::core::letters::{Letter, Point, PointChange, POINT_PARTS};
use crate::ui::i18n::use_i18n;
use crate::web;
use leptos::prelude::*;

/// The points of a reply to a report, or the corrections to the minutes: one card per point
/// with its three boxes (what it says, why it is wrong, what shows it), added and removed one
/// by one. The points come down; what the parent does goes up as a [`PointChange`].
#[component]
pub fn PointsEditor(
    letter: Letter,
    #[prop(into)] points: Signal<Vec<Point>>,
    on_change: Callback<PointChange>,
) -> impl IntoView {
    let i18n = use_i18n();
    let removed = RwSignal::new(false);
    let ids = Memo::new(move |_| points.with(|p| p.iter().map(|p| p.id).collect::<Vec<_>>()));
    let number_of =
        move |id: u64| ids.with(|ids| ids.iter().position(|x| *x == id).map_or(0, |i| i + 1));
    let label = move |part| i18n.t(&letter.point_label_key(part));
    let number_text = move |key: &'static str, id: u64| {
        move || i18n.t_args(key, [("number", number_of(id).into())])
    };

    let add = move |_| {
        let id = web::clock::unique_id();
        removed.set(false);
        on_change.run(PointChange::Add(id));
        // To the new point's first box, as a parent expects after "Add".
        request_animation_frame(move || {
            focus(&format!("point-{id}-said"));
        });
    };
    let card = move |id: u64| {
        let boxes = POINT_PARTS.map(|part| {
            let box_id = format!("point-{id}-{}", part.suffix());
            view! {
                <label for=box_id.clone()>{move || label(part)}</label>
                <textarea class="text-area" id=box_id rows="3"
                    prop:value=move || points.with(|p| p.iter().find(|p| p.id == id).map(|p| p.part(part).to_string()).unwrap_or_default())
                    on:input=move |e| on_change.run(PointChange::Write(id, part, event_target_value(&e)))></textarea>
            }
        });
        view! {
            <li class="point box">
                <h4 class="point__heading">{number_text("letters-point-heading", id)}</h4>
                {boxes.into_iter().collect_view()}
                <button type="button" class="link-button link-button--warning"
                    on:click=move |_| {
                        on_change.run(PointChange::Remove(id));
                        removed.set(true);
                        focus("point-add");
                    }>
                    {number_text("letters-point-remove", id)}
                </button>
            </li>
        }
    };
    view! {
        <section class="points" aria-labelledby="points-heading">
            <h3 id="points-heading">{i18n.text("letters-points-heading")}</h3>
            <Show when=move || ids.with(Vec::is_empty)>
                <p class="hint">{i18n.text("letters-points-empty")}</p>
            </Show>
            <ol class="points__list">
                <For each=move || ids.get() key=|id| *id children=card/>
            </ol>
            <p><button type="button" class="button button--secondary" id="point-add" on:click=add>{i18n.text("letters-point-add")}</button></p>
            <div role="status">
                {move || removed.get().then(|| view! { <p class="success-message">{i18n.t("letters-point-removed")}</p> })}
            </div>
        </section>
    }
}

fn focus(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = web::document().get_element_by_id(id) {
        let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
    }
}
