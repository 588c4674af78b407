//! One page per route of the route table (src/core/routes.rs).

mod checklist;
mod contacts;
mod cover_tracks;
mod dates;
mod glossary;
mod home;
mod keep_a_copy;
mod letters;
mod meeting;
mod my_report;
mod not_found;
mod plan;
mod print;
mod questions;
mod settings;
mod share;
mod stage;
mod understand_report;

pub use checklist::ChecklistPage;
pub use contacts::ContactsPage;
pub use cover_tracks::CoverTracksPage;
pub use dates::DatesPage;
pub use glossary::GlossaryPage;
pub use home::HomePage;
pub use keep_a_copy::KeepACopyPage;
pub use letters::LettersPage;
pub use meeting::MeetingPage;
pub use my_report::MyReportPage;
pub use not_found::NotFoundPage;
pub use plan::PlanPage;
pub use print::PrintPage;
pub use questions::QuestionsPage;
pub use settings::SettingsPage;
pub use share::SharePage;
pub use stage::StagePage;
pub use understand_report::UnderstandReportPage;
