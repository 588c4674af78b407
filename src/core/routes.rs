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
    MyReport,
    UnderstandReport,
    Plan,
    Meeting,
    KeepACopy,
    Print,
    Glossary,
    CoverTracks,
    Settings,
    Share,
}

impl Route {
    /// All routes, in the order they appear in the menu (see `menu_group`).
    pub const ALL: [Route; 21] = [
        Route::Home,
        Route::Before,
        Route::During,
        Route::CoreGroup,
        Route::Review,
        Route::Help,
        Route::Glossary,
        Route::UnderstandReport,
        Route::Checklist,
        Route::Questions,
        Route::Meeting,
        Route::Plan,
        Route::Dates,
        Route::Contacts,
        Route::KeepACopy,
        Route::Print,
        Route::MyReport,
        Route::Letters,
        Route::CoverTracks,
        Route::Settings,
        Route::Share,
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
            Route::MyReport => "my-report",
            Route::UnderstandReport => "understand-a-report",
            Route::Plan => "plan",
            Route::Meeting => "take-to-meeting",
            Route::KeepACopy => "keep-a-copy",
            Route::Print => "print",
            Route::Glossary => "glossary",
            Route::CoverTracks => "cover-your-tracks",
            Route::Settings => "settings",
            Route::Share => "share",
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
            Route::MyReport => "my-report-title",
            Route::UnderstandReport => "report-title",
            Route::Plan => "plan-title",
            Route::Meeting => "meeting-title",
            Route::KeepACopy => "backup-title",
            Route::Print => "print-title",
            Route::Glossary => "glossary-title",
            Route::CoverTracks => "cover-tracks-title",
            Route::Settings => "settings-title",
            Route::Share => "share-title",
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
            Route::MyReport => "my-report-intro",
            Route::UnderstandReport => "report-intro",
            Route::Plan => "plan-intro",
            Route::Meeting => "meeting-intro",
            Route::KeepACopy => "backup-intro",
            Route::Print => "print-intro",
            Route::Glossary => "glossary-intro",
            Route::CoverTracks => "cover-tracks-intro",
            Route::Settings => "settings-intro",
            Route::Share => "share-intro",
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
                | Route::MyReport
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
            // A report printed to PDF is named like a letter.
            Route::Letters | Route::MyReport => Some("letters-file-title"),
            // The leaflet a worker prints for a parent.
            Route::Share => Some("share-file-title"),
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

    /// Where the page sits in the menu, grouped by what a parent is doing; `None` for a page
    /// reached from another (the print view, from "Keep a copy"; Share this guide, from the
    /// home page and the footer). A new page appears in the
    /// menu by its entry here, in its place in `ALL`.
    pub const fn menu_group(self) -> Option<MenuGroup> {
        match self {
            Route::Home
            | Route::Before
            | Route::During
            | Route::CoreGroup
            | Route::Review
            | Route::Help
            | Route::Glossary
            | Route::UnderstandReport => Some(MenuGroup::Guide),
            Route::Checklist
            | Route::Questions
            | Route::Meeting
            | Route::Plan
            | Route::Dates
            | Route::Contacts
            | Route::KeepACopy => Some(MenuGroup::Notes),
            Route::MyReport | Route::Letters => Some(MenuGroup::Writing),
            Route::CoverTracks => Some(MenuGroup::Help),
            Route::Settings => Some(MenuGroup::Settings),
            // Share this guide is for the people who help parents: linked from the home page
            // and the footer, not among the parent's own pages.
            Route::Print | Route::Share => None,
        }
    }

    /// The Fluent message id of the page's link in the menu: short where the title is long.
    pub const fn menu_key(self) -> &'static str {
        match self {
            Route::Home => "nav-home",
            Route::Glossary => "nav-glossary",
            Route::Checklist => "nav-checklist",
            Route::Questions => "nav-questions",
            Route::Plan => "nav-plan",
            Route::Dates => "nav-dates",
            Route::Contacts => "nav-contacts",
            Route::Letters => "nav-letters",
            Route::Settings => "nav-settings",
            other => other.title_key(),
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

/// The menu's groups, by what a parent is doing, in the order the menu shows them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MenuGroup {
    /// The five stages, and the word list.
    Guide,
    /// What the parent keeps: checklist, questions, plan, dates, contacts.
    Notes,
    /// My report for the conference, and the letters.
    Writing,
    /// Advice lines, and covering their tracks.
    Help,
    Settings,
}

/// One link of the menu: a page, or a part of one (`/help/#advice-lines`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MenuLink {
    pub route: Route,
    /// The `id` of the part of the page it opens at, if not the top.
    pub section: Option<&'static str>,
    /// The Fluent message id of its words.
    pub label_key: &'static str,
}

impl MenuLink {
    pub fn href(self) -> String {
        match self.section {
            Some(id) => format!("{}#{id}", self.route.path()),
            None => self.route.path(),
        }
    }
}

/// Parts of a page that a parent looks for on their own, so the menu names them too. Each
/// `section` is the `id` of one of that page's sections in core::content (tested below).
pub const MENU_SECTIONS: [(MenuGroup, MenuLink); 1] = [(
    MenuGroup::Help,
    MenuLink {
        route: Route::Help,
        section: Some("advice-lines"),
        label_key: "help-lines-heading",
    },
)];

impl MenuGroup {
    pub const ALL: [MenuGroup; 5] = [
        MenuGroup::Guide,
        MenuGroup::Notes,
        MenuGroup::Writing,
        MenuGroup::Help,
        MenuGroup::Settings,
    ];

    /// The Fluent message id of the group's heading. Settings' heading is its one link's
    /// words, so the menu shows that link alone.
    pub const fn heading_key(self) -> &'static str {
        match self {
            MenuGroup::Guide => "menu-guide",
            MenuGroup::Notes => "menu-notes",
            MenuGroup::Writing => "menu-writing",
            MenuGroup::Help => "menu-help",
            MenuGroup::Settings => "nav-settings",
        }
    }

    /// A name for the group in the page (`id`s, classes).
    pub const fn code(self) -> &'static str {
        match self {
            MenuGroup::Guide => "guide",
            MenuGroup::Notes => "notes",
            MenuGroup::Writing => "writing",
            MenuGroup::Help => "help",
            MenuGroup::Settings => "settings",
        }
    }

    /// The group's links: its parts of pages, then its pages in route-table order.
    pub fn links(self) -> Vec<MenuLink> {
        let sections = MENU_SECTIONS
            .into_iter()
            .filter(|(group, _)| *group == self)
            .map(|(_, link)| link);
        let pages = Route::ALL
            .into_iter()
            .filter(|route| route.menu_group() == Some(self))
            .map(|route| MenuLink {
                route,
                section: None,
                label_key: route.menu_key(),
            });
        sections.chain(pages).collect()
    }

    /// Whether the menu shows a heading above the links: not when the one link says the same.
    pub fn has_heading(self) -> bool {
        !matches!(self.links().as_slice(), [only] if only.label_key == self.heading_key())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

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
    fn every_page_but_the_print_view_and_share_this_guide_is_in_the_menu_once() {
        let in_menu: Vec<Route> = MenuGroup::ALL
            .into_iter()
            .flat_map(|g| g.links())
            .filter(|l| l.section.is_none())
            .map(|l| l.route)
            .collect();
        let left_out: Vec<Route> = Route::ALL
            .into_iter()
            .filter(|r| !in_menu.contains(r))
            .collect();
        assert_eq!(left_out, vec![Route::Print, Route::Share]);
        assert_eq!(
            in_menu.len(),
            Route::ALL.len() - 2,
            "a page twice: {in_menu:?}"
        );
        // And it is there because its entry says so.
        for route in Route::ALL {
            assert_eq!(
                in_menu.contains(&route),
                route.menu_group().is_some(),
                "{route:?}"
            );
        }
    }

    #[test]
    fn the_menu_is_grouped_by_what_a_parent_is_doing() {
        let pages = |group: MenuGroup| -> Vec<Route> {
            group
                .links()
                .into_iter()
                .filter(|l| l.section.is_none())
                .map(|l| l.route)
                .collect()
        };
        let mut guide = vec![Route::Home];
        guide.extend(Route::STAGES);
        guide.extend([Route::Glossary, Route::UnderstandReport]);
        assert_eq!(pages(MenuGroup::Guide), guide);
        assert_eq!(
            pages(MenuGroup::Notes),
            vec![
                Route::Checklist,
                Route::Questions,
                Route::Meeting,
                Route::Plan,
                Route::Dates,
                Route::Contacts,
                Route::KeepACopy
            ]
        );
        assert_eq!(
            pages(MenuGroup::Writing),
            vec![Route::MyReport, Route::Letters]
        );
        assert_eq!(pages(MenuGroup::Help), vec![Route::CoverTracks]);
        assert_eq!(pages(MenuGroup::Settings), vec![Route::Settings]);
        assert_eq!(
            MenuGroup::Help.links()[0].href(),
            "/help/#advice-lines",
            "the advice lines lead the help group"
        );
        for group in MenuGroup::ALL {
            assert!(!group.links().is_empty(), "{group:?}");
        }
        assert!(!MenuGroup::Settings.has_heading());
        assert!(MenuGroup::Writing.has_heading());
        assert!(MenuGroup::Guide.has_heading());
    }

    #[test]
    fn the_menu_s_parts_of_pages_are_there() {
        for (_, link) in MENU_SECTIONS {
            let id = link.section.unwrap();
            let sections = crate::core::content::page_sections(link.route);
            assert!(
                sections.iter().any(|s| s.id == id),
                "{} has no #{id}",
                link.route.path()
            );
        }
    }

    #[test]
    fn menu_words_and_groups_are_distinct() {
        let links: Vec<MenuLink> = MenuGroup::ALL.into_iter().flat_map(|g| g.links()).collect();
        let labels: HashSet<_> = links.iter().map(|l| l.label_key).collect();
        let hrefs: HashSet<_> = links.iter().map(|l| l.href()).collect();
        assert_eq!(labels.len(), links.len());
        assert_eq!(hrefs.len(), links.len());
        let codes: HashSet<_> = MenuGroup::ALL.iter().map(|g| g.code()).collect();
        assert_eq!(codes.len(), MenuGroup::ALL.len());
    }

    #[test]
    fn stages_are_numbered_in_order() {
        let numbers: Vec<_> = Route::STAGES.iter().map(|r| r.stage_number()).collect();
        assert_eq!(numbers, vec![Some(1), Some(2), Some(3), Some(4), Some(5)]);
        assert_eq!(Route::Settings.stage_number(), None);
    }
}
