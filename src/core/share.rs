//! Sharing the guide with a parent: the link a family support worker chooses (the parent's
//! language, nation and the page to open at), the QR code of that link drawn as SVG, and the
//! printed leaflet's layout. Pure: the page (ui::pages::share) only shows what this makes.

use super::address::Address;
use super::content::Nation;
use super::i18n::Language;
use super::routes::Route;
use qrcodegen::{QrCode, QrCodeEcc};

/// The pages a shared link can open at: the start, each stage, and the checklist.
pub const START_PAGES: [Route; 7] = [
    Route::Home,
    Route::Before,
    Route::During,
    Route::CoreGroup,
    Route::Review,
    Route::Help,
    Route::Checklist,
];

/// The languages a link can name: every one the guide offers, in the menu's order.
pub const LANGUAGES: [Language; 6] = Language::ALL;

/// The answers to "Where does the parent live?": England, Wales, or not said (the guide then
/// asks the parent).
pub const NATIONS: [Option<Nation>; 3] = [None, Some(Nation::England), Some(Nation::Wales)];

/// What the worker has chosen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ShareChoice {
    pub language: Language,
    pub nation: Option<Nation>,
    pub start: Route,
}

impl ShareChoice {
    /// Where the page starts: the worker's own language (the parent's is often the same),
    /// no nation, the home page.
    pub fn starting_from(language: Language) -> ShareChoice {
        ShareChoice {
            language: if language.is_offered() {
                language
            } else {
                Language::En
            },
            nation: None,
            start: Route::Home,
        }
    }

    /// The page the link opens at (`/ur/wales/core-group/`).
    pub fn address(self) -> Address {
        Address::new(self.start)
            .in_language(self.language)
            .in_nation(self.nation)
    }

    /// The languages of the leaflet: the parent's, with English beside it when that is another.
    pub fn leaflet_languages(self) -> Vec<Language> {
        if self.language == Language::En {
            vec![Language::En]
        } else {
            vec![self.language, Language::En]
        }
    }
}

/// The value of a nation choice in a form (`england`, `wales`, `unsaid`).
pub fn nation_value(nation: Option<Nation>) -> &'static str {
    nation.map(Nation::code).unwrap_or("unsaid")
}

/// The link as a person types it: without `https://` (`example.org/ur/before/`). Phones'
/// browsers add the scheme themselves.
pub fn short_link(link: &str) -> &str {
    link.strip_prefix("https://")
        .or_else(|| link.strip_prefix("http://"))
        .unwrap_or(link)
}

/// The leaflet's paper: one A4 page, or two A5 copies on one A4 sheet, to cut in half.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Paper {
    A4,
    A5Pair,
}

impl Paper {
    pub const ALL: [Paper; 2] = [Paper::A4, Paper::A5Pair];

    /// How many copies of the leaflet one sheet holds.
    pub const fn copies(self) -> usize {
        match self {
            Paper::A4 => 1,
            Paper::A5Pair => 2,
        }
    }

    /// Its value in the form, and the leaflet's class (`leaflet-sheet--a5`).
    pub const fn code(self) -> &'static str {
        match self {
            Paper::A4 => "a4",
            Paper::A5Pair => "a5",
        }
    }
}

/// The modules around the code that must stay blank for a camera to find it (the standard's
/// quiet zone is four modules).
pub const QUIET_ZONE: i32 = 4;

/// The QR code of `text` as an SVG image, black on white whatever the page's colours, its
/// quiet zone included, named `label` for a screen reader. One path of dark modules (each row's
/// runs as one rectangle), so a link of a hundred characters draws in about 3 KB. Sized by
/// its container (`viewBox` only). `None` if the text is too long for any QR code.
pub fn qr_svg(text: &str, label: &str) -> Option<String> {
    // Medium error correction (15%): a code on a cracked screen or a creased leaflet still
    // reads; the encoder raises it further where that costs no extra size.
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let size = code.size();
    let side = size + 2 * QUIET_ZONE;
    let mut path = String::new();
    for y in 0..size {
        let mut x = 0;
        while x < size {
            if !code.get_module(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < size && code.get_module(x, y) {
                x += 1;
            }
            path.push_str(&format!(
                "M{},{}h{}v1h-{}z",
                start + QUIET_ZONE,
                y + QUIET_ZONE,
                x - start,
                x - start
            ));
        }
    }
    Some(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {side} {side}\" role=\"img\" aria-label=\"{label}\" shape-rendering=\"crispEdges\"><rect width=\"{side}\" height=\"{side}\" fill=\"#fff\"/><path fill=\"#000\" d=\"{path}\"/></svg>",
        label = crate::core::html::escape(label),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn the_start_pages_are_the_home_page_the_five_stages_and_the_checklist() {
        let mut expected = vec![Route::Home];
        expected.extend(Route::STAGES);
        expected.push(Route::Checklist);
        assert_eq!(START_PAGES.to_vec(), expected);
        assert!(LANGUAGES.iter().all(|l| l.is_offered()));
        assert_eq!(LANGUAGES.len(), 6);
    }

    #[test]
    fn each_choice_leads_to_its_own_address() {
        let choice = ShareChoice {
            language: Language::Ur,
            nation: Some(Nation::Wales),
            start: Route::CoreGroup,
        };
        assert_eq!(choice.address().path(), "/ur/wales/core-group/");
        let english = ShareChoice {
            language: Language::En,
            nation: None,
            start: Route::Home,
        };
        assert_eq!(english.address().path(), "/");
        let mut paths = HashSet::new();
        for language in LANGUAGES {
            for nation in NATIONS {
                for start in START_PAGES {
                    let address = ShareChoice {
                        language,
                        nation,
                        start,
                    }
                    .address();
                    // The same page when the guide reads the address back.
                    let read = Address::parse(&address.path()).unwrap();
                    assert_eq!(read.route, start);
                    assert_eq!(read.nation, nation);
                    assert_eq!(read.page_language(), language);
                    assert!(paths.insert(address.path()), "{}", address.path());
                }
            }
        }
        assert_eq!(paths.len(), 6 * 3 * 7);
    }

    #[test]
    fn the_form_starts_in_the_worker_s_language_at_the_home_page() {
        let start = ShareChoice::starting_from(Language::Pl);
        assert_eq!(start.language, Language::Pl);
        assert_eq!(start.nation, None);
        assert_eq!(start.start, Route::Home);
        assert_eq!(
            ShareChoice::starting_from(Language::Pseudo).language,
            Language::En,
            "the pseudo-language is never offered to a parent"
        );
    }

    #[test]
    fn the_leaflet_puts_english_beside_another_language() {
        let choice = |language| ShareChoice {
            language,
            ..ShareChoice::starting_from(Language::En)
        };
        assert_eq!(choice(Language::En).leaflet_languages(), [Language::En]);
        assert_eq!(
            choice(Language::Ar).leaflet_languages(),
            [Language::Ar, Language::En]
        );
        assert_eq!(Paper::A4.copies(), 1);
        assert_eq!(Paper::A5Pair.copies(), 2);
        assert_eq!(nation_value(None), "unsaid");
        assert_eq!(nation_value(Some(Nation::Wales)), "wales");
    }

    #[test]
    fn the_short_link_leaves_out_the_scheme() {
        assert_eq!(
            short_link("https://example.org/ur/wales/core-group/"),
            "example.org/ur/wales/core-group/"
        );
        assert_eq!(short_link("http://127.0.0.1:4573/"), "127.0.0.1:4573/");
        assert_eq!(short_link("example.org/"), "example.org/");
    }

    /// The numbers in an SVG path, in order.
    fn numbers(path: &str) -> Vec<i32> {
        path.split(|c: char| !(c.is_ascii_digit() || c == '-'))
            .filter(|s| !s.is_empty() && *s != "-")
            .map(|s| s.parse().unwrap())
            .collect()
    }

    fn attribute<'a>(svg: &'a str, name: &str) -> &'a str {
        let start = svg.find(&format!(" {name}=\"")).unwrap() + name.len() + 3;
        &svg[start..start + svg[start..].find('"').unwrap()]
    }

    #[test]
    fn the_qr_code_is_a_square_svg_with_a_quiet_zone_and_a_name() {
        let link = "https://example.org/ur/wales/core-group/";
        let svg = qr_svg(link, &format!("QR code for {link}")).unwrap();
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" "));
        assert!(svg.ends_with("</svg>"));
        assert_eq!(svg.matches('<').count(), 4, "svg, rect, path and the end");
        assert_eq!(attribute(&svg, "role"), "img");
        assert_eq!(
            attribute(&svg, "aria-label"),
            "QR code for https://example.org/ur/wales/core-group/"
        );
        let code = QrCode::encode_text(link, QrCodeEcc::Medium).unwrap();
        let side = code.size() + 2 * QUIET_ZONE;
        assert_eq!(attribute(&svg, "viewBox"), format!("0 0 {side} {side}"));
        assert!(svg.contains(&format!(
            "<rect width=\"{side}\" height=\"{side}\" fill=\"#fff\"/>"
        )));
        // Every rectangle is one row high, within the code, never in the quiet zone.
        let d = attribute(&svg, "d");
        let mut dark = HashSet::new();
        for run in d.split('M').skip(1) {
            let n = numbers(run);
            let [x, y, width, _one, back] = n[..] else {
                panic!("{run}")
            };
            assert_eq!(back, -width);
            assert!(x >= QUIET_ZONE && y >= QUIET_ZONE, "{run}");
            assert!(
                x + width <= side - QUIET_ZONE && y < side - QUIET_ZONE,
                "{run}"
            );
            for column in x..x + width {
                assert!(dark.insert((column - QUIET_ZONE, y - QUIET_ZONE)));
            }
        }
        // And the dark modules are exactly the code's.
        for y in 0..code.size() {
            for x in 0..code.size() {
                assert_eq!(dark.contains(&(x, y)), code.get_module(x, y), "({x}, {y})");
            }
        }
    }

    #[test]
    fn the_qr_code_s_name_cannot_break_out_of_its_attribute() {
        let svg = qr_svg("https://example.org/", "a \"b\" <c> & d").unwrap();
        assert_eq!(
            attribute(&svg, "aria-label"),
            "a &quot;b&quot; &lt;c&gt; &amp; d"
        );
        assert_eq!(svg.matches('<').count(), 4);
    }

    #[test]
    fn every_shared_link_fits_a_qr_code_small_enough_to_scan_across_a_table() {
        // A long host and folder, the longest path.
        let link =
            "https://child-protection-guide.example.org.uk/family-help/ur/england/core-group/";
        let code = QrCode::encode_text(link, QrCodeEcc::Medium).unwrap();
        // Version 6 (41 modules) or less: at 60 mm each module is over 1.2 mm.
        assert!(code.size() <= 41, "{}", code.size());
        assert!(qr_svg(&"x".repeat(5000), "too long").is_none());
    }
}
