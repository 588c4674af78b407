//! One page per route of the route table (src/core/routes.rs).

mod cover_tracks;
mod dates;
mod glossary;
mod home;
mod not_found;
mod settings;
mod stage;
mod tool;

pub use cover_tracks::CoverTracksPage;
pub use dates::DatesPage;
pub use glossary::GlossaryPage;
pub use home::HomePage;
pub use not_found::NotFoundPage;
pub use settings::SettingsPage;
pub use stage::StagePage;
pub use tool::ToolPage;
