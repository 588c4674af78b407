use crate::core::content::{render_stage, RenderedBlock};
use crate::core::routes::Route;
use crate::ui::components::{AdviceLines, GuideText, StageNav, StepList, SuggestionLists};
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

/// One of the five stages (`/before/` … `/help/`): its sections for the reader's nation, the
/// suggested actions and questions, the step list with "you are here", and previous/next.
#[component]
pub fn StagePage(route: Route) -> impl IntoView {
    let i18n = use_i18n();
    let number = route.stage_number().unwrap_or(1);
    // Re-rendered when the language or the nation changes.
    let page = Memo::new(move |_| render_stage(route, i18n.nation.get(), |key| i18n.t(key)));
    let body = move || {
        let page = page.get();
        let sections = page
            .sections
            .into_iter()
            .map(|section| {
                let blocks = section.blocks.into_iter().map(render_block).collect_view();
                view! {
                    <section aria-labelledby=section.id>
                        <h2 id=section.id>{section.heading}</h2>
                        {blocks}
                    </section>
                }
            })
            .collect_view();
        view! {
            <p class="lead"><GuideText runs=page.intro/></p>
            {sections}
        }
    };
    view! {
        <p class="caption">
            {move || i18n.t_args("stage-number", [("number", number.into()), ("total", Route::STAGES.len().into())])}
        </p>
        <h1>{move || i18n.t(route.title_key())}</h1>
        {body}
        <SuggestionLists route/>
        <nav class="stage-steps" aria-label=move || i18n.t("home-stages-heading")>
            <h2>{move || i18n.t("home-stages-heading")}</h2>
            <StepList current=route/>
        </nav>
        <StageNav current=route/>
    }
}

fn render_block(block: RenderedBlock) -> AnyView {
    match block {
        RenderedBlock::Para(runs) => view! { <p><GuideText runs/></p> }.into_any(),
        RenderedBlock::Subheading(text) => view! { <h3>{text}</h3> }.into_any(),
        RenderedBlock::List(items) => view! {
            <ul class="list">
                {items.into_iter().map(|runs| view! { <li><GuideText runs/></li> }).collect_view()}
            </ul>
        }
        .into_any(),
        RenderedBlock::Callout(runs) => view! { <p class="inset"><GuideText runs/></p> }.into_any(),
        RenderedBlock::AdviceLines => view! { <AdviceLines/> }.into_any(),
        RenderedBlock::ToolLink { path, text } => view! { <p><a href=path>{text}</a></p> }.into_any(),
    }
}
