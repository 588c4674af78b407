//! The sections of each guide page (the five stages, and "Cover your tracks"), in reading
//! order. Messages are in locales/*/guide.ftl and safety.ftl.

use super::page::{Block::*, Section};
use super::Nation::{England, Wales};
use crate::core::routes::Route;

/// The sections of a guide page; empty for routes that are not written guide pages.
pub fn page_sections(route: Route) -> &'static [Section] {
    match route {
        Route::Before => BEFORE,
        Route::During => DURING,
        Route::CoreGroup => CORE_GROUP,
        Route::Review => REVIEW,
        Route::Help => HELP,
        Route::CoverTracks => COVER_TRACKS,
        _ => &[],
    }
}

const BEFORE: &[Section] = &[
    Section {
        id: "what",
        heading: "before-what-heading",
        blocks: &[
            Para("before-what-meeting"),
            Para("before-what-harm"),
            Para("before-what-not-court"),
            Para("before-what-pre-birth"),
        ],
    },
    Section {
        id: "when",
        heading: "before-when-heading",
        blocks: &[Para("before-when-timing"), Para("before-when-cannot-go")],
    },
    Section {
        id: "who",
        heading: "before-who-heading",
        blocks: &[
            Para("before-who-chair"),
            Para("before-who-list-intro"),
            List(&[
                "before-who-you",
                "before-who-social-worker",
                "before-who-gp",
                "before-who-health-visitor",
                "before-who-teacher",
                "before-who-police",
                "before-who-paediatrician",
                "before-who-minute-taker",
            ]),
            Para("before-who-others"),
            Para("before-who-confidential"),
        ],
    },
    Section {
        id: "your-rights",
        heading: "before-rights-heading",
        blocks: &[
            Para("before-rights-go"),
            Para("before-rights-supporter"),
            Para("before-rights-solicitor"),
            Para("before-rights-legal-aid"),
            Para("before-rights-police"),
            Para("before-rights-interpreter"),
            Para("before-rights-safety"),
            Callout("before-rights-asked-not-to-come"),
        ],
    },
    Section {
        id: "reports",
        heading: "before-reports-heading",
        blocks: &[
            Para("before-reports-share"),
            Para("before-reports-every"),
            Para("before-reports-wrong"),
            Para("before-reports-your-own"),
            List(&[
                "before-reports-idea-going-well",
                "before-reports-idea-worries",
                "before-reports-idea-help",
            ]),
        ],
    },
    Section {
        id: "children",
        heading: "before-children-heading",
        blocks: &[
            Para("before-children-attend"),
            Para("before-children-childcare"),
        ],
    },
    Section {
        id: "on-the-day",
        heading: "before-day-heading",
        blocks: &[Para("before-day-early"), Para("before-day-break")],
    },
];

const DURING: &[Section] = &[
    Section {
        id: "start",
        heading: "during-start-heading",
        blocks: &[Para("during-start-chair"), Para("during-start-share")],
    },
    Section {
        id: "what-happens",
        heading: "during-happens-heading",
        blocks: &[
            Para("during-happens-minutes"),
            Para("during-happens-decide"),
            Para("during-happens-check-minutes"),
            Para("during-happens-break"),
        ],
    },
    Section {
        id: "decisions",
        heading: "during-decisions-heading",
        blocks: &[
            Para("during-decisions-intro"),
            List(&[
                "during-decisions-no-action",
                "during-decisions-support",
                "during-decisions-plan",
            ]),
            Para("during-decisions-plan-details"),
            Para("during-decisions-core-group"),
            Only(Wales, &[Para("during-decisions-register")]),
            Only(England, &[Para("during-decisions-no-register")]),
            Callout("during-decisions-not-removal"),
            Para("during-decisions-court-only"),
            Para("during-decisions-living-elsewhere"),
            Para("during-decisions-agreements"),
            Para("during-decisions-responsibility"),
        ],
    },
    Section {
        id: "before-you-leave",
        heading: "during-leave-heading",
        blocks: &[
            Para("during-leave-intro"),
            List(&[
                "during-leave-evidence",
                "during-leave-change",
                "during-leave-expected",
            ]),
            Para("during-leave-ask"),
        ],
    },
];

const CORE_GROUP: &[Section] = &[
    Section {
        id: "what",
        heading: "core-group-what-heading",
        blocks: &[
            Para("core-group-what-group"),
            Para("core-group-what-members"),
        ],
    },
    Section {
        id: "when",
        heading: "core-group-when-heading",
        blocks: &[
            Para("core-group-when-first"),
            Para("core-group-when-regular"),
        ],
    },
    Section {
        id: "the-plan",
        heading: "core-group-plan-heading",
        blocks: &[
            Para("core-group-plan-outline"),
            Para("core-group-plan-says"),
            List(&[
                "core-group-plan-social-worker",
                "core-group-plan-needs",
                "core-group-plan-actions",
                "core-group-plan-who",
                "core-group-plan-when",
            ]),
            Para("core-group-plan-examples-intro"),
            List(&[
                "core-group-plan-example-dentist",
                "core-group-plan-example-school",
                "core-group-plan-example-housing",
            ]),
        ],
    },
    Section {
        id: "what-helps",
        heading: "core-group-helps-heading",
        blocks: &[List(&[
            "core-group-helps-read",
            "core-group-helps-questions",
            "core-group-helps-views",
            "core-group-helps-support",
            "core-group-helps-family",
            "core-group-helps-fgc",
        ])],
    },
    Section {
        id: "visits",
        heading: "core-group-visits-heading",
        blocks: &[
            Para("core-group-visits-often"),
            Para("core-group-visits-see"),
            Para("core-group-visits-assessment"),
            Only(England, &[Para("core-group-visits-assessment-england")]),
            Only(Wales, &[Para("core-group-visits-assessment-wales")]),
            Para("core-group-visits-contingency"),
        ],
    },
];

const REVIEW: &[Section] = &[
    Section {
        id: "when",
        heading: "review-when-heading",
        blocks: &[
            Para("review-when-timing"),
            Para("review-when-early"),
            Para("review-when-who"),
        ],
    },
    Section {
        id: "what-it-looks-at",
        heading: "review-looks-heading",
        blocks: &[
            Para("review-looks-intro"),
            List(&[
                "review-looks-plan",
                "review-looks-working-together",
                "review-looks-worries",
            ]),
            Para("review-looks-reports"),
        ],
    },
    Section {
        id: "get-ready",
        heading: "review-ready-heading",
        blocks: &[Para("review-ready-changes")],
    },
    Section {
        id: "plan-ends",
        heading: "review-ends-heading",
        blocks: &[
            Subheading("review-outcome-means"),
            Para("review-ends-means"),
            Subheading("review-outcome-feel"),
            Para("review-ends-feel"),
            Subheading("review-outcome-do"),
            Para("review-ends-do"),
        ],
    },
    Section {
        id: "plan-continues",
        heading: "review-continues-heading",
        blocks: &[
            Subheading("review-outcome-means"),
            Para("review-continues-means"),
            Subheading("review-outcome-feel"),
            Para("review-continues-feel"),
            Subheading("review-outcome-do"),
            Para("review-continues-do"),
        ],
    },
    Section {
        id: "legal-planning",
        heading: "review-legal-heading",
        blocks: &[
            Subheading("review-outcome-means"),
            Para("review-legal-means"),
            Para("review-legal-any-time"),
            Subheading("review-outcome-feel"),
            Para("review-legal-feel"),
            Subheading("review-outcome-do"),
            Para("review-legal-letters"),
            List(&["review-legal-letter-before", "review-legal-letter-issue"]),
            Callout("review-legal-solicitor"),
            Para("review-legal-plo"),
            Para("review-legal-aid"),
            Para("review-legal-court-aid"),
            Para("review-legal-find"),
        ],
    },
    Section {
        id: "not-legal-advice",
        heading: "review-guidance-heading",
        blocks: &[Para("review-guidance")],
    },
];

const HELP: &[Section] = &[
    Section {
        id: "complain",
        heading: "help-complain-heading",
        blocks: &[
            Para("help-complain-chair"),
            Para("help-complain-team"),
            Para("help-complain-meanwhile"),
            Para("help-complain-ombudsman"),
            Callout("help-complain-ombudsman-limits"),
        ],
    },
    Section {
        id: "advice-lines",
        heading: "help-lines-heading",
        blocks: &[
            Para("help-lines-intro"),
            Only(Wales, &[Para("help-lines-wales")]),
            AdviceLines,
        ],
    },
    Section {
        id: "local-numbers",
        heading: "help-local-heading",
        blocks: &[
            Para("help-local-numbers"),
            ToolLink("contacts", "help-local-link"),
        ],
    },
    Section {
        id: "common-questions",
        heading: "help-faq-heading",
        blocks: &[
            Subheading("help-faq-record-q"),
            Para("help-faq-record-a"),
            Subheading("help-faq-complain-q"),
            Para("help-faq-complain-a"),
            Subheading("help-faq-new-worker-q"),
            Para("help-faq-new-worker-a"),
            Subheading("help-faq-no-call-back-q"),
            Para("help-faq-no-call-back-a"),
            Subheading("help-faq-how-long-q"),
            Para("help-faq-how-long-a"),
            Subheading("help-faq-end-early-q"),
            Para("help-faq-end-early-a"),
        ],
    },
];

/// Cover your tracks: in the order a parent meets the traces. What the guide keeps; the browser's
/// history (single entries, not all of it: an empty history is itself a sign); synced accounts;
/// downloads; calendars; calls; the clipboard; the recent apps screen; saved passwords; deleting
/// and what remains after; private windows; the plain name; and what the exit can and cannot do.
const COVER_TRACKS: &[Section] = &[
    Section {
        id: "what-we-keep",
        heading: "cover-keep-heading",
        blocks: &[
            Para("cover-keep-where"),
            List(&["cover-keep-notes", "cover-keep-choices", "cover-keep-pages"]),
            Para("cover-keep-passcode"),
            Para("cover-keep-nothing-sent"),
        ],
    },
    Section {
        id: "history",
        heading: "cover-history-heading",
        blocks: &[
            Para("cover-history-why"),
            List(&["cover-history-chrome", "cover-history-safari"]),
            Para("cover-history-tiles"),
            Para("cover-history-suggest"),
        ],
    },
    Section {
        id: "synced-accounts",
        heading: "cover-sync-heading",
        blocks: &[
            Para("cover-sync-google"),
            Para("cover-sync-apple"),
            Para("cover-sync-do"),
        ],
    },
    Section {
        id: "downloads",
        heading: "cover-files-heading",
        blocks: &[
            Para("cover-files-where"),
            Para("cover-files-notice"),
            Para("cover-files-names"),
        ],
    },
    Section {
        id: "calendar",
        heading: "cover-calendar-heading",
        blocks: &[Para("cover-calendar-sync"), Para("cover-calendar-titles")],
    },
    Section {
        id: "calls",
        heading: "cover-calls-heading",
        blocks: &[Para("cover-calls-log"), Para("cover-calls-delete")],
    },
    Section {
        id: "copied-text",
        heading: "cover-copy-heading",
        blocks: &[Para("cover-copy-text")],
    },
    Section {
        id: "recent-apps",
        heading: "cover-recent-heading",
        blocks: &[Para("cover-recent-text")],
    },
    Section {
        id: "passwords",
        heading: "cover-password-heading",
        blocks: &[Para("cover-password-text")],
    },
    Section {
        id: "delete",
        heading: "cover-delete-heading",
        blocks: &[
            Para("cover-delete-all"),
            Para("cover-delete-trace"),
            ToolLink("settings", "cover-settings-link"),
            Para("cover-delete-remains"),
            List(&[
                "cover-remains-history",
                "cover-remains-files",
                "cover-remains-site",
            ]),
            List(&["cover-site-chrome", "cover-site-safari"]),
        ],
    },
    Section {
        id: "private",
        heading: "cover-private-heading",
        blocks: &[Para("cover-private-text")],
    },
    Section {
        id: "plain-name",
        heading: "cover-plain-heading",
        blocks: &[Para("cover-plain-name"), Para("cover-plain-icon")],
    },
    Section {
        id: "exit",
        heading: "cover-exit-heading",
        blocks: &[
            Para("cover-exit-does"),
            List(&["cover-exit-tabs", "cover-exit-lock", "cover-exit-back"]),
            Para("cover-exit-back-other"),
            Para("cover-exit-history"),
            Para("cover-exit-unlock"),
        ],
    },
];

#[cfg(test)]
mod tests {
    use super::super::page::Block;
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn every_stage_has_sections_with_unique_anchors() {
        for route in Route::STAGES {
            let sections = page_sections(route);
            assert!(sections.len() >= 3, "{route:?}");
            let ids: HashSet<_> = sections.iter().map(|s| s.id).collect();
            assert_eq!(ids.len(), sections.len(), "{route:?} has a repeated anchor");
        }
        assert!(page_sections(Route::Settings).is_empty());
        assert!(!page_sections(Route::CoverTracks).is_empty());
    }

    #[test]
    fn nation_only_blocks_show_in_one_nation() {
        let decisions = DURING.iter().find(|s| s.id == "decisions").unwrap();
        let has = |nation, key| {
            decisions
                .blocks_for(nation)
                .iter()
                .any(|b| matches!(b, Block::Para(k) if *k == key))
        };
        assert!(has(Wales, "during-decisions-register"));
        assert!(!has(England, "during-decisions-register"));
        assert!(has(England, "during-decisions-no-register"));
        assert!(!has(Wales, "during-decisions-no-register"));
    }
}
