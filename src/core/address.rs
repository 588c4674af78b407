//! The address of a page in a language and a nation: `/pl/before/`, `/ur/wales/core-group/`,
//! `/wales/help/`. A family support worker's link names the parent's language (and, if they
//! chose it, England or Wales), and the build writes a file at every such address with the page
//! already in those words, so the parent's first paint is theirs before any script runs.
//!
//! English is the original and keeps the plain paths (`/before/`). A path that names no
//! language means "the reader's own": English for a first visit, the saved choice after
//! (web::start). The guide may be hosted under a folder (`/guide/`): these paths are within
//! it, and the web layer adds and strips the folder (web::address).

use super::content::Nation;
use super::i18n::Language;
use super::routes::Route;

/// One page, in one language and, if named, one nation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Address {
    /// `None`: the path names no language (the plain English paths).
    pub language: Option<Language>,
    pub nation: Option<Nation>,
    pub route: Route,
}

impl Address {
    pub const fn new(route: Route) -> Address {
        Address {
            language: None,
            nation: None,
            route,
        }
    }

    pub const fn in_language(self, language: Language) -> Address {
        Address {
            language: Some(language),
            ..self
        }
    }

    pub const fn in_nation(self, nation: Option<Nation>) -> Address {
        Address { nation, ..self }
    }

    /// The language's own segment: none for English (it keeps the plain paths) nor for the
    /// pseudo-language, which is only ever turned on by `?lang=en-XA`.
    fn language_segment(self) -> Option<&'static str> {
        self.language
            .filter(|l| l.is_offered() && *l != Language::En)
            .map(Language::code)
    }

    /// The folder the page's file is in, from the site's root: `/pl/wales/before/`, `/before/`.
    pub fn path(self) -> String {
        let mut path = String::from("/");
        for segment in [self.language_segment(), self.nation.map(Nation::code)]
            .into_iter()
            .flatten()
        {
            path.push_str(segment);
            path.push('/');
        }
        if self.route != Route::Home {
            path.push_str(self.route.slug());
            path.push('/');
        }
        path
    }

    /// The path to one part of the page: `/pl/glossary/#core-group`.
    pub fn path_to(self, section: &str) -> String {
        format!("{}#{section}", self.path())
    }

    /// Reads a path within the site (`/pl/wales/before/`, `/before`, `/pl/index.html`).
    /// Tolerates a missing trailing slash and `index.html`, as static hosts redirect the one
    /// and may show the other. The same page with the language named twice, or the nation
    /// before the language, is not an address.
    pub fn parse(path: &str) -> Option<Address> {
        let trimmed = path
            .strip_suffix("index.html")
            .unwrap_or(path)
            .trim_matches('/');
        let mut segments: Vec<&str> = if trimmed.is_empty() {
            Vec::new()
        } else {
            trimmed.split('/').collect()
        };
        let mut address = Address::new(Route::Home);
        if let Some(language) = segments
            .first()
            .and_then(|s| Language::from_code(s))
            .filter(|l| *l != Language::En)
        {
            address.language = Some(language);
            segments.remove(0);
        }
        if let Some(nation) = segments.first().and_then(|s| Nation::from_code(s)) {
            address.nation = Some(nation);
            segments.remove(0);
        }
        address.route = match segments.as_slice() {
            [] => Route::Home,
            [slug] => Route::ALL.into_iter().find(|r| r.slug() == *slug)?,
            _ => return None,
        };
        Some(address)
    }

    /// Every address the build writes a page at: each route in each language, with no nation
    /// and with each.
    pub fn all() -> Vec<Address> {
        let mut all = Vec::new();
        for language in Language::ALL {
            for nation in [None, Some(Nation::England), Some(Nation::Wales)] {
                for route in Route::ALL {
                    all.push(Address::new(route).in_language(language).in_nation(nation));
                }
            }
        }
        all
    }

    /// The same page in every language (`hreflang` and its address), then `x-default`, the
    /// English, for a reader whose language is none of them.
    pub fn alternates(self) -> Vec<(&'static str, Address)> {
        Language::ALL
            .into_iter()
            .map(|language| (language.code(), self.in_language(language)))
            .chain([("x-default", self.in_language(Language::En))])
            .collect()
    }

    /// The `<html lang>` of the page's file: its language, English if it names none.
    pub fn page_language(self) -> Language {
        self.language
            .filter(|l| l.is_offered())
            .unwrap_or(Language::En)
    }
}

/// The query of an address once its `?lang=` has been applied: the address names the language
/// from then on (`?lang=pl&x=1` -> `?x=1`, `?lang=pl` -> ``).
pub fn query_without_language(query: &str) -> String {
    let kept: Vec<&str> = query
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty() && pair.split('=').next() != Some("lang"))
        .collect();
    if kept.is_empty() {
        String::new()
    } else {
        format!("?{}", kept.join("&"))
    }
}

/// The build's `sitemap.xml`: every page of every language, at `site` (the address the guide is
/// served from, with its folder: `https://example.org/guide`).
pub fn sitemap(site: &str) -> String {
    let site = site.trim_end_matches('/');
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for address in Address::all() {
        xml.push_str(&format!(
            "  <url><loc>{site}{}</loc></url>\n",
            address.path()
        ));
    }
    xml.push_str("</urlset>\n");
    xml
}

/// The build's `robots.txt`: every page may be read, and the sitemap is named when the build
/// knows the site's address (a sitemap's addresses must be whole).
pub fn robots(site: Option<&str>) -> String {
    let mut text = String::from("User-agent: *\nAllow: /\n");
    if let Some(site) = site {
        text.push_str(&format!(
            "\nSitemap: {}/sitemap.xml\n",
            site.trim_end_matches('/')
        ));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn english_keeps_the_plain_paths_and_other_languages_lead_with_their_code() {
        let before = Address::new(Route::Before);
        assert_eq!(before.path(), "/before/");
        assert_eq!(before.in_language(Language::En).path(), "/before/");
        assert_eq!(before.in_language(Language::Pl).path(), "/pl/before/");
        assert_eq!(
            before
                .in_language(Language::Ur)
                .in_nation(Some(Nation::Wales))
                .path(),
            "/ur/wales/before/"
        );
        assert_eq!(
            before.in_nation(Some(Nation::England)).path(),
            "/england/before/"
        );
        assert_eq!(
            Address::new(Route::Home).in_language(Language::Ar).path(),
            "/ar/"
        );
        assert_eq!(Address::new(Route::Home).path(), "/");
        assert_eq!(
            Address::new(Route::Before)
                .in_language(Language::Pseudo)
                .path(),
            "/before/"
        );
        assert_eq!(
            Address::new(Route::Glossary)
                .in_language(Language::Cy)
                .path_to("core-group"),
            "/cy/glossary/#core-group"
        );
    }

    #[test]
    fn every_address_reads_back_as_itself() {
        for address in Address::all() {
            let read = Address::parse(&address.path()).unwrap();
            let expected = Address {
                language: address.language.filter(|l| *l != Language::En),
                ..address
            };
            assert_eq!(read, expected, "{}", address.path());
            let without_slash = address.path().trim_end_matches('/').to_string();
            assert_eq!(Address::parse(&without_slash), Some(expected));
            let file = format!("{}index.html", address.path());
            assert_eq!(Address::parse(&file), Some(expected));
        }
    }

    #[test]
    fn a_path_that_names_no_language_reads_as_none() {
        assert_eq!(
            Address::parse("/before/"),
            Some(Address::new(Route::Before))
        );
        assert_eq!(Address::parse("/"), Some(Address::new(Route::Home)));
        assert_eq!(Address::parse(""), Some(Address::new(Route::Home)));
    }

    #[test]
    fn paths_that_are_no_page_are_not_addresses() {
        for path in [
            "/nope/",
            "/pl/nope/",
            "/pl/pl/before/",
            "/wales/pl/before/",
            "/wales/england/before/",
            "/before/during/",
            "/en/before/",
            "/en-XA/before/",
            "/pl/before/extra/",
            "//x",
        ] {
            assert_eq!(Address::parse(path), None, "{path}");
        }
    }

    #[test]
    fn every_page_lists_every_language_as_an_alternate() {
        for address in Address::all() {
            let alternates = address.alternates();
            let codes: Vec<&str> = alternates.iter().map(|(code, _)| *code).collect();
            let mut expected: Vec<&str> = Language::ALL.iter().map(|l| l.code()).collect();
            expected.push("x-default");
            assert_eq!(codes, expected);
            for (code, alternate) in &alternates {
                assert_eq!(alternate.route, address.route);
                assert_eq!(alternate.nation, address.nation, "the same nation's page");
                let language = if *code == "x-default" { "en" } else { code };
                assert_eq!(alternate.page_language().code(), language);
            }
            let paths: HashSet<String> = alternates.iter().map(|(_, a)| a.path()).collect();
            assert_eq!(paths.len(), Language::ALL.len(), "x-default is the English");
        }
    }

    #[test]
    fn the_sitemap_lists_every_page_of_every_language_once() {
        let xml = sitemap("https://example.org/guide/");
        let locs: Vec<&str> = xml
            .split("<loc>")
            .skip(1)
            .map(|s| s.split("</loc>").next().unwrap())
            .collect();
        let unique: HashSet<&str> = locs.iter().copied().collect();
        assert_eq!(
            locs.len(),
            Language::ALL.len() * 3 * Route::ALL.len(),
            "each language, with no nation and with each"
        );
        assert_eq!(unique.len(), locs.len());
        for address in Address::all() {
            let loc = format!("https://example.org/guide{}", address.path());
            assert!(unique.contains(loc.as_str()), "{loc}");
        }
        assert!(unique.contains("https://example.org/guide/pl/wales/core-group/"));
        assert!(unique.contains("https://example.org/guide/"));
    }

    #[test]
    fn an_applied_link_language_leaves_the_query() {
        assert_eq!(query_without_language("?lang=pl"), "");
        assert_eq!(query_without_language(""), "");
        assert_eq!(
            query_without_language("?lang=pl&utm_source=x"),
            "?utm_source=x"
        );
        assert_eq!(query_without_language("a=1&lang=ur&b=2"), "?a=1&b=2");
        assert_eq!(query_without_language("?language=x"), "?language=x");
    }

    #[test]
    fn robots_names_the_sitemap_only_at_a_whole_address() {
        assert_eq!(robots(None), "User-agent: *\nAllow: /\n");
        assert!(robots(Some("https://example.org/guide/"))
            .ends_with("Sitemap: https://example.org/guide/sitemap.xml\n"));
    }
}
