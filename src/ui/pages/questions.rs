use crate::core::personal::{Question, Removed, Stage};
use crate::core::routes::Route;
use crate::ui::components::TranslationNotice;
use crate::ui::components::{words_text, AddOwnForm, QuestionCard, SuggestionOffer, UndoNotice};
use crate::ui::i18n::use_i18n;
use crate::ui::notes::use_documents;
use crate::web;
use crate::web::share::Shared;
use leptos::prelude::*;

/// `/questions/`: what I want to ask at each meeting, and the answers I got.
#[component]
pub fn QuestionsPage() -> impl IntoView {
    let i18n = use_i18n();
    let questions = use_documents().questions;
    let only_open = RwSignal::new(false);
    let deleted = RwSignal::new(None::<String>);
    let last_removed = StoredValue::new(None::<Removed<Question>>);
    let shared = RwSignal::new(None::<Shared>);
    let on_delete = Callback::new(move |id: u64| {
        if let Some(removed) = questions.change(|q| q.remove(id)) {
            deleted.set(Some(words_text(i18n, removed.item.words())));
            last_removed.set_value(Some(removed));
        }
    });
    let on_undo = Callback::new(move |_| {
        if let Some(removed) = last_removed.get_value() {
            questions.change(|q| q.restore(removed));
            last_removed.set_value(None);
        }
    });
    let share = move |_| {
        let text = questions
            .get_untracked()
            .as_text(true, |q| words_text(i18n, q.words()));
        let title = i18n.t("questions-share-title");
        leptos::task::spawn_local(async move {
            let done = web::share::share_or_copy(&title, &text).await;
            // The page was left meanwhile.
            if !shared.is_disposed() {
                shared.set(Some(done));
            }
        });
    };
    let share_message = move || {
        shared.get().map(|s| match s {
            Shared::Shared => i18n.t("questions-shared"),
            Shared::Copied => i18n.t("questions-copied"),
            Shared::Failed => i18n.t("questions-share-failed"),
        })
    };
    let sections = Stage::ALL.map(|stage| {
        let ids = move || {
            let open_only = only_open.get();
            questions.with(|q| {
                q.in_stage(stage)
                    .filter(|x| !open_only || !x.asked)
                    .map(|x| x.id)
                    .collect::<Vec<_>>()
            })
        };
        let heading_id = format!("questions-{}", stage.slug());
        let labelled_by = heading_id.clone();
        view! {
            <section class="notes-stage" aria-labelledby=labelled_by>
                <h2 id=heading_id>{i18n.text(stage.route().title_key())}</h2>
                <Show when=move || !ids().is_empty()
                    fallback=move || view! { <p class="hint">{i18n.text("questions-empty-stage")}</p> }>
                    <ul class="question-list">
                        <For each=ids key=|id| *id let:id>
                            <QuestionCard id=id on_delete=on_delete/>
                        </For>
                    </ul>
                </Show>
                <AddOwnForm id=format!("questions-add-{}", stage.slug()) label_key="questions-add-label"
                    on_add=Callback::new(move |text: String| {
                        questions.change(|q| q.add_own(web::clock::unique_id(), stage, &text));
                    })/>
                <SuggestionOffer stage=stage
                    offered=Signal::derive(move || questions.with(|q| q.offered(stage)))
                    hidden=Signal::derive(move || questions.with(|q| q.dismissed_in(stage)))
                    on_add=Callback::new(move |id: &'static str| {
                        questions.change(|q| q.add_suggestion(web::clock::unique_id(), id));
                    })
                    on_hide=Callback::new(move |id: &'static str| questions.change(|q| q.dismiss(id)))
                    on_unhide=Callback::new(move |_| questions.change(|q| q.undismiss_stage(stage)))/>
            </section>
        }
    });
    view! {
        <h1>{i18n.text(Route::Questions.title_key())}</h1>
        <TranslationNotice/>
        <p class="lead">{i18n.text(Route::Questions.intro_key())}</p>
        <p class="inset">{i18n.text("notes-kept-here")}</p>
        <p><a class="button" href=i18n.href(Route::Meeting)>{i18n.text("questions-take-to-meeting")}</a></p>
        <div class="notes-toolbar">
            <div class="check">
                <input type="checkbox" class="check__box" id="questions-only-open"
                    prop:checked=move || only_open.get()
                    on:change=move |e| only_open.set(event_target_checked(&e))/>
                <label class="check__label" for="questions-only-open">{i18n.text("questions-only-open")}</label>
            </div>
            <button type="button" class="button button--secondary" on:click=share>
                {move || if web::share::can_share() { i18n.t("questions-share") } else { i18n.t("questions-copy") }}
            </button>
            <p role="status" class="notes-toolbar__status">{share_message}</p>
        </div>
        <UndoNotice deleted=deleted on_undo=on_undo/>
        {sections.into_iter().collect_view()}
    }
}
