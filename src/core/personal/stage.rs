use crate::core::content::{suggestions, Suggestion};
use crate::core::dates::Milestone;
use crate::core::routes::Route;
use serde::{Deserialize, Serialize};

/// Which stage of the guide an item belongs to; stored by its slug, so the words can change
/// without touching saved data.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
#[serde(rename_all = "kebab-case")]
pub enum Stage {
    #[default]
    Before,
    During,
    CoreGroup,
    Review,
    Help,
}

impl Stage {
    pub const ALL: [Stage; 5] = [
        Stage::Before,
        Stage::During,
        Stage::CoreGroup,
        Stage::Review,
        Stage::Help,
    ];

    /// The guide page for this stage.
    pub const fn route(self) -> Route {
        match self {
            Stage::Before => Route::Before,
            Stage::During => Route::During,
            Stage::CoreGroup => Route::CoreGroup,
            Stage::Review => Route::Review,
            Stage::Help => Route::Help,
        }
    }

    pub fn of_route(route: Route) -> Option<Stage> {
        Stage::ALL.into_iter().find(|s| s.route() == route)
    }

    /// The slug, also used in element ids (`checklist-core-group`).
    pub const fn slug(self) -> &'static str {
        self.route().slug()
    }

    pub fn suggestions(self) -> &'static [Suggestion] {
        suggestions(self.route())
    }
}

impl Stage {
    /// Whose questions to bring to the meeting a timeline entry is about: the conference
    /// itself is the "during" stage.
    pub fn for_milestone(milestone: Milestone) -> Stage {
        match milestone {
            // The minutes are the record of a conference.
            Milestone::InitialConference
            | Milestone::ReportsBeforeInitial
            | Milestone::MinutesCorrections => Stage::During,
            Milestone::FirstReview | Milestone::ReportsBeforeReview | Milestone::NextReview => {
                Stage::Review
            }
            Milestone::FirstCoreGroup
            | Milestone::NextCoreGroup
            | Milestone::SocialWorkerVisit
            | Milestone::AssessmentDue => Stage::CoreGroup,
        }
    }
}

pub(crate) fn find_suggestion(id: &str) -> Option<&'static Suggestion> {
    Stage::ALL
        .iter()
        .flat_map(|s| s.suggestions())
        .find(|s| s.id == id)
}
