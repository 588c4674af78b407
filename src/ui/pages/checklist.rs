use crate::core::personal::{Removed, Stage, Task};
use crate::core::routes::Route;
use crate::ui::components::TranslationNotice;
use crate::ui::components::{AddOwnForm, ChecklistItem, SuggestionOffer, UndoNotice};
use crate::ui::i18n::use_i18n;
use crate::ui::notes::use_documents;
use crate::web;
use leptos::prelude::*;

/// `/checklist/`: my things to do, stage by stage, from the guide's suggestions and my own.
#[component]
pub fn ChecklistPage() -> impl IntoView {
    let i18n = use_i18n();
    let checklist = use_documents().checklist;
    let deleted = RwSignal::new(None::<String>);
    let last_removed = StoredValue::new(None::<Removed<Task>>);
    let on_delete = Callback::new(move |id: u64| {
        if let Some(removed) = checklist.change(|c| c.remove(id)) {
            deleted.set(Some(crate::ui::components::words_text(
                i18n,
                removed.item.words(),
            )));
            last_removed.set_value(Some(removed));
        }
    });
    let on_undo = Callback::new(move |_| {
        if let Some(removed) = last_removed.get_value() {
            checklist.change(|c| c.restore(removed));
            last_removed.set_value(None);
        }
    });
    let sections = Stage::ALL.map(|stage| {
        let ids = move || checklist.with(|c| c.in_stage(stage).map(|t| t.id).collect::<Vec<_>>());
        let progress = move || {
            let (done, total) = checklist.with(|c| c.progress(stage));
            i18n.t_args("checklist-progress", [("done", done.into()), ("total", total.into())])
        };
        let heading_id = format!("checklist-{}", stage.slug());
        let labelled_by = heading_id.clone();
        view! {
            <section class="notes-stage" aria-labelledby=labelled_by>
                <h2 id=heading_id>{i18n.text(stage.route().title_key())}</h2>
                <Show when=move || !ids().is_empty()
                    fallback=move || view! { <p class="hint">{i18n.text("checklist-empty-stage")}</p> }>
                    <p class="notes-stage__progress">{progress}</p>
                    <ul class="checklist">
                        <For each=ids key=|id| *id let:id>
                            <ChecklistItem id=id on_delete=on_delete/>
                        </For>
                    </ul>
                </Show>
                <AddOwnForm id=format!("checklist-add-{}", stage.slug()) label_key="checklist-add-label"
                    on_add=Callback::new(move |text: String| {
                        checklist.change(|c| c.add_own(web::clock::unique_id(), stage, &text));
                    })/>
                <SuggestionOffer stage=stage
                    offered=Signal::derive(move || checklist.with(|c| c.offered(stage)))
                    hidden=Signal::derive(move || checklist.with(|c| c.dismissed_in(stage)))
                    on_add=Callback::new(move |id: &'static str| {
                        checklist.change(|c| c.add_suggestion(web::clock::unique_id(), id));
                    })
                    on_hide=Callback::new(move |id: &'static str| checklist.change(|c| c.dismiss(id)))
                    on_unhide=Callback::new(move |_| checklist.change(|c| c.undismiss_stage(stage)))/>
            </section>
        }
    });
    view! {
        <h1>{i18n.text(Route::Checklist.title_key())}</h1>
        <TranslationNotice/>
        <p class="lead">{i18n.text(Route::Checklist.intro_key())}</p>
        <p class="inset">{i18n.text("notes-kept-here")}</p>
        <UndoNotice deleted=deleted on_undo=on_undo/>
        {sections.into_iter().collect_view()}
    }
}
