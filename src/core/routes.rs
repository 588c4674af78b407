//! The one route table. The router (src/ui/app.rs) matches paths against it, and the build
//! (src/bin/route_pages.rs) writes one `dist/<slug>/index.html` for each entry, so that a deep
//! link loads from any static host with no rewrite rules.

/// Every page of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Route {
    Home,
    Before,
    During,
    CoreGroup,
    Review,
    Help,
    Checklist,
    Questions,
    Dates,
    Contacts,
    Letters,
    UnderstandReport,
    Plan,
    Meeting,
    KeepACopy,
    Print,
    Glossary,
    CoverTracks,
    Settings,
}

impl Route {
    /// All routes, in the order they appear in navigation.
    pub const ALL: [Route; 19] = [
        Route::Home,
        Route::Before,
        Route::During,
        Route::CoreGroup,
        Route::Review,
        Route::Help,
        Route::Checklist,
        Route::Questions,
        Route::Dates,
        Route::Contacts,
        Route::Letters,
        Route::UnderstandReport,
        Route::Plan,
        Route::Meeting,
        Route::KeepACopy,
        Route::Print,
        Route::Glossary,
        Route::CoverTracks,
        Route::Settings,
    ];

    /// The five stages of the process, in the order a parent meets them.
    pub const STAGES: [Route; 5] = [
        Route::Before,
        Route::During,
        Route::CoreGroup,
        Route::Review,
        Route::Help,
    ];

    /// The path segment; empty for the home page.
    pub const fn slug(self) -> &'static str {
        match self {
            Route::Home => "",
            Route::Before => "before",
            Route::During => "during",
            Route::CoreGroup => "core-group",
            Route::Review => "review",
            Route::Help => "help",
            Route::Checklist => "checklist",
            Route::Questions => "questions",
            Route::Dates => "dates",
            Route::Contacts => "contacts",
            Route::Letters => "letters",
            Route::UnderstandReport => "understand-a-report",
            Route::Plan => "plan",
            Route::Meeting => "take-to-meeting",
            Route::KeepACopy => "keep-a-copy",
            Route::Print => "print",
            Route::Glossary => "glossary",
            Route::CoverTracks => "cover-your-tracks",
            Route::Settings => "settings",
        }
    }

    /// The canonical path used in links: `/core-group/`, the folder the build writes. Static
    /// hosts answer `/core-group` with a redirect to it, so linking the folder saves a round
    /// trip on a slow network, and the service worker's cache holds it under this exact URL.
    pub fn path(self) -> String {
        match self {
            Route::Home => "/".to_string(),
            other => format!("/{}/", other.slug()),
        }
    }

    /// The Fluent message id of the page's title (its `h1` and `<title>`).
    /// Written out in full, not built from the slug, so a search for the key finds its user.
    pub const fn title_key(self) -> &'static str {
        match self {
            Route::Home => "home-title",
            Route::Before => "before-title",
            Route::During => "during-title",
            Route::CoreGroup => "core-group-title",
            Route::Review => "review-title",
            Route::Help => "help-title",
            Route::Checklist => "checklist-title",
            Route::Questions => "questions-title",
            Route::Dates => "dates-title",
            Route::Contacts => "contacts-title",
            Route::Letters => "letters-title",
            Route::UnderstandReport => "report-title",
            Route::Plan => "plan-title",
            Route::Meeting => "meeting-title",
            Route::KeepACopy => "backup-title",
            Route::Print => "print-title",
            Route::Glossary => "glossary-title",
            Route::CoverTracks => "cover-tracks-title",
            Route::Settings => "settings-title",
        }
    }

    /// The Fluent message id of the page's short introduction.
    pub const fn intro_key(self) -> &'static str {
        match self {
            Route::Home => "home-intro",
            Route::Before => "before-intro",
            Route::During => "during-intro",
            Route::CoreGroup => "core-group-intro",
            Route::Review => "review-intro",
            Route::Help => "help-intro",
            Route::Checklist => "checklist-intro",
            Route::Questions => "questions-intro",
            Route::Dates => "dates-intro",
            Route::Contacts => "contacts-intro",
            Route::Letters => "letters-intro",
            Route::UnderstandReport => "report-intro",
            Route::Plan => "plan-intro",
            Route::Meeting => "meeting-intro",
            Route::KeepACopy => "backup-intro",
            Route::Print => "print-intro",
            Route::Glossary => "glossary-intro",
            Route::CoverTracks => "cover-tracks-intro",
            Route::Settings => "settings-intro",
        }
    }

    /// A page that shows what the parent wrote: hidden behind the passcode while locked.
    pub const fn is_personal(self) -> bool {
        matches!(
            self,
            Route::Checklist
                | Route::Questions
                | Route::Meeting
                | Route::Plan
                | Route::Contacts
                | Route::Letters
                | Route::UnderstandReport
                | Route::Dates
                | Route::KeepACopy
                | Route::Print
        )
    }

    /// A page whose title becomes a file's name: a PDF saved from the print dialogue is named
    /// after the document's title, and shows in Downloads and Files. Such a page's title is
    /// one plain word, without the guide's name.
    pub const fn neutral_title_key(self) -> Option<&'static str> {
        match self {
            Route::Print => Some("print-file-title"),
            Route::Letters => Some("letters-file-title"),
            _ => None,
        }
    }

    /// The document's `<title>`: "<page> – <guide>", or the neutral title alone. `message`
    /// formats a message id in the reader's language.
    pub fn document_title(self, message: impl Fn(&str) -> String) -> String {
        match self.neutral_title_key() {
            Some(key) => message(key),
            None => format!("{} – {}", message(self.title_key()), message("app-name")),
        }
    }

    /// Position among the five stages (1-based), if this route is a stage.
    pub fn stage_number(self) -> Option<usize> {
        Route::STAGES.iter().position(|r| *r == self).map(|i| i + 1)
    }

    /// Finds the route for a URL path. Tolerates a trailing slash and `index.html`, because
    /// static hosts redirect `/core-group` to `/core-group/` and may expose the file name.
    pub fn from_path(path: &str) -> Option<Route> {
        let trimmed = path
            .strip_suffix("index.html")
            .unwrap_or(path)
            .trim_matches('/');
        Route::ALL.into_iter().find(|r| r.slug() == trimmed)
    }
}

/// Which pre-rendered copy of a page fits this reader: the build writes each route's page for
/// every language, with no answer to "England or Wales?" and with each answer
/// (`dist/before/index.pl-wales.<version>.html`; scripts/prerender.mjs), and the worker answers a
/// returning reader with theirs (scripts/sw-languages.js). `en` is the plain `index.html`; the
/// pseudo-language has none.
pub fn page_variant(
    language: crate::core::i18n::Language,
    nation: Option<crate::core::content::Nation>,
) -> Option<String> {
    language.is_offered().then(|| match nation {
        Some(nation) => format!("{}-{}", language.code(), nation.code()),
        None => language.code().to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::content::Nation;
    use crate::core::i18n::Language;
    use std::collections::HashSet;

    #[test]
    fn each_reader_has_one_pre_rendered_page_variant() {
        assert_eq!(page_variant(Language::En, None).as_deref(), Some("en"));
        assert_eq!(page_variant(Language::Pl, None).as_deref(), Some("pl"));
        assert_eq!(
            page_variant(Language::Cy, Some(Nation::Wales)).as_deref(),
            Some("cy-wales")
        );
        assert_eq!(
            page_variant(Language::En, Some(Nation::England)).as_deref(),
            Some("en-england")
        );
        assert_eq!(page_variant(Language::Pseudo, None), None);
        // The names the service worker accepts (sw-languages.js) and the build writes.
        let accepted = |key: &str| {
            let (code, nation) = key.split_once('-').unwrap_or((key, ""));
            (2..=3).contains(&code.len())
                && code.chars().all(|c| c.is_ascii_lowercase())
                && ["", "england", "wales"].contains(&nation)
        };
        for language in Language::ALL {
            for nation in [None, Some(Nation::England), Some(Nation::Wales)] {
                assert!(accepted(&page_variant(language, nation).unwrap()));
            }
        }
    }

    #[test]
    fn every_route_round_trips_through_its_path() {
        for route in Route::ALL {
            assert_eq!(Route::from_path(&route.path()), Some(route), "{route:?}");
            let without_slash = format!("/{}", route.slug());
            assert_eq!(
                Route::from_path(&without_slash),
                Some(route),
                "{without_slash}"
            );
            let file = format!("{}/index.html", route.path().trim_end_matches('/'));
            assert_eq!(Route::from_path(&file), Some(route), "{file}");
        }
    }

    #[test]
    fn paths_are_folders() {
        assert_eq!(Route::Home.path(), "/");
        assert_eq!(Route::CoreGroup.path(), "/core-group/");
    }

    #[test]
    fn unknown_paths_match_nothing() {
        for path in [
            "/nope",
            "/core",
            "/core-group/extra",
            "/before/../during",
            "//x",
        ] {
            assert_eq!(Route::from_path(path), None, "{path}");
        }
    }

    #[test]
    fn slugs_and_keys_are_unique() {
        let slugs: HashSet<_> = Route::ALL.iter().map(|r| r.slug()).collect();
        let titles: HashSet<_> = Route::ALL.iter().map(|r| r.title_key()).collect();
        let intros: HashSet<_> = Route::ALL.iter().map(|r| r.intro_key()).collect();
        assert_eq!(slugs.len(), Route::ALL.len());
        assert_eq!(titles.len(), Route::ALL.len());
        assert_eq!(intros.len(), Route::ALL.len());
    }

    #[test]
    fn the_pages_that_can_be_saved_as_a_pdf_have_neutral_titles() {
        let message = |key: &str| format!("<{key}>");
        assert_eq!(Route::Print.document_title(message), "<print-file-title>");
        assert_eq!(
            Route::Letters.document_title(message),
            "<letters-file-title>"
        );
        assert_eq!(
            Route::CoreGroup.document_title(message),
            "<core-group-title> – <app-name>"
        );
    }

    #[test]
    fn stages_are_numbered_in_order() {
        let numbers: Vec<_> = Route::STAGES.iter().map(|r| r.stage_number()).collect();
        assert_eq!(numbers, vec![Some(1), Some(2), Some(3), Some(4), Some(5)]);
        assert_eq!(Route::Settings.stage_number(), None);
    }
}
