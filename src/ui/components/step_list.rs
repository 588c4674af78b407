use crate::core::personal::Stage;
use crate::core::routes::Route;
use crate::ui::i18n::use_i18n;
use crate::ui::notes::use_notes;
use leptos::prelude::*;

/// The five stages in order, in the manner of GOV.UK's "step by step": a number, a link and one
/// line on each. `current` marks the stage being read ("you are here").
#[component]
pub fn StepList(#[prop(optional)] current: Option<Route>) -> impl IntoView {
    let i18n = use_i18n();
    // The progress lines show once the checklist is read (only if the parent keeps one).
    let notes = use_notes();
    notes.read_if_kept();
    let steps = Route::STAGES.map(|stage| {
        let summary_key = match stage {
            Route::Before => "before-summary",
            Route::During => "during-summary",
            Route::CoreGroup => "core-group-summary",
            Route::Review => "review-summary",
            _ => "help-summary",
        };
        let is_current = current == Some(stage);
        // "3 of 8 done", once the parent has a checklist for this stage.
        let progress = move || {
            let checklist = notes.documents_read().map(|documents| documents.checklist);
            let (done, total) = Stage::of_route(stage)
                .zip(checklist)
                .map_or((0, 0), |(s, checklist)| checklist.with(|c| c.progress(s)));
            (total > 0).then(|| view! {
                <p class="step-list__progress">
                    <a href=i18n.href_to(Route::Checklist, format!("checklist-{}", stage.slug()))>
                        {i18n.t_args("checklist-progress", [("done", done.into()), ("total", total.into())])}
                    </a>
                </p>
            })
        };
        view! {
            <li class="step-list__step" class:step-list__step--current=is_current>
                <span class="step-list__number" aria-hidden="true">{stage.stage_number()}</span>
                <a class="step-list__link" href=i18n.href(stage) aria-current=is_current.then_some("step")>
                    {i18n.text(stage.title_key())}
                </a>
                {is_current.then(|| view! { <strong class="step-list__here">{i18n.text("stage-you-are-here")}</strong> })}
                <p class="step-list__summary">{i18n.text(summary_key)}</p>
                {progress}
            </li>
        }
    });
    view! { <ol class="step-list">{steps.into_iter().collect_view()}</ol> }
}
