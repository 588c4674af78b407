use super::{AdviceLines, GuideText};
use crate::core::content::{render_page, RenderedBlock};
use crate::core::routes::Route;
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

/// A written guide page's introduction and sections, for the reader's language and nation,
/// with the first use of each glossary term linked.
#[component]
pub fn GuideSections(route: Route) -> impl IntoView {
    let i18n = use_i18n();
    // Re-rendered when the language or the nation changes.
    let page = Memo::new(move |_| render_page(route, i18n.nation.get(), |key| i18n.t(key)));
    move || {
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
            <div class="guide-sections">
                <p class="lead"><GuideText runs=page.intro/></p>
                {sections}
            </div>
        }
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
        RenderedBlock::ToolLink { slug, text } => {
            let i18n = use_i18n();
            let route = Route::from_path(slug).unwrap_or(Route::Home);
            view! { <p><a href=i18n.href(route)>{text}</a></p> }.into_any()
        }
    }
}
