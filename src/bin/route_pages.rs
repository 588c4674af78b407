//! Writes a real HTML file for every page in every language and nation (core::address:
//! `/before/`, `/pl/before/`, `/pl/wales/before/`), so that a deep link loads from any static
//! host (with HTTP 200) and offline from the service worker's cache, with the page's own
//! language, title and head links (canonical, and an alternate for each language) before any
//! script runs. scripts/prerender.mjs then puts the rendered page in each.
//!
//! Usage: `route-pages <dist dir> [<route table json>]`, after the page is assembled. Reads
//! `<dist>/index.html` as the template (it holds the marker comments below) and every
//! language's messages; `BASE` (`/guide/`) and `SITE` (`https://example.org`) from the
//! environment. Writes `target/page-files.json`, every page's path and file, for the build's
//! next steps, and the optional route table (each route's path and English title) for the
//! browser tests, so they walk exactly the routes the app has. Also writes `robots.txt`,
//! `sitemap.xml` (when SITE is given: a sitemap's addresses must be whole), `sw-languages.js`,
//! which the service worker imports to keep the reader's languages across updates, and the
//! plain name's manifest in each language.

use cp_guide::core::address::{robots, sitemap, Address};
use cp_guide::core::i18n::{Catalog, Language, LOCALE_FILES, PAGE_LOCALE_FILES};
use cp_guide::core::routes::Route;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const TITLE_MARKER: &str = "<!--route-title-->";
const HEADING_MARKER: &str = "<!--route-heading-->";
const MESSAGE_MARKER: &str = "<!--t:";
const LINKS_MARKER: &str = "<!--route-links-->";
const WORDS_MARKER: &str = "<!--words-preloads-->";
const BASE_MARKER: &str = "<!--base-path-->";
const HTML_TAG: &str = r#"<html lang="en" dir="ltr">"#;

fn main() -> ExitCode {
    let Some(dist) = std::env::args().nth(1).map(PathBuf::from) else {
        eprintln!("usage: route-pages <dist dir>");
        return ExitCode::FAILURE;
    };
    let table = std::env::args().nth(2).map(PathBuf::from);
    match write_pages(&dist, table.as_deref()) {
        Ok(count) => {
            println!("route-pages: wrote {count} pages into {}", dist.display());
            ExitCode::SUCCESS
        }
        Err(why) => {
            eprintln!("route-pages: {why}");
            ExitCode::FAILURE
        }
    }
}

fn write_pages(dist: &Path, table: Option<&Path>) -> Result<usize, String> {
    let template_path = dist.join("index.html");
    let template = std::fs::read_to_string(&template_path)
        .map_err(|e| format!("cannot read {}: {e}", template_path.display()))?;
    for marker in [
        TITLE_MARKER,
        HEADING_MARKER,
        LINKS_MARKER,
        WORDS_MARKER,
        HTML_TAG,
    ] {
        if !template.contains(marker) {
            return Err(format!(
                "{} has no {marker}: run `trunk build` first (this tool fills a fresh build once)",
                template_path.display()
            ));
        }
    }
    let site = Site::from_env()?;
    let catalogs: Vec<(Language, Catalog)> = Language::ALL
        .into_iter()
        .map(|language| load_catalog(language).map(|c| (language, c)))
        .collect::<Result<_, _>>()?;
    let catalog_of = |language: Language| {
        &catalogs
            .iter()
            .find(|(l, _)| *l == language)
            .expect("every language is loaded")
            .1
    };
    let page = |catalog: &Catalog, head_links: &str, document_title: &str, heading: &str| {
        let language = catalog.language();
        Ok::<_, String>(
            fill_messages(&template, catalog)?
                .replace(
                    HTML_TAG,
                    &format!(
                        r#"<html lang="{}" dir="{}">"#,
                        language.code(),
                        language.direction().as_str()
                    ),
                )
                .replace(TITLE_MARKER, &escape(document_title))
                .replace(HEADING_MARKER, &escape(heading))
                .replace(LINKS_MARKER, head_links)
                .replace(WORDS_MARKER, &words_preloads(&site.base, language))
                .replace(BASE_MARKER, &format!("{}/", site.base)),
        )
    };

    // Every page in every language and nation (core::address): a shared `/pl/wales/before/`
    // shows the parent's words at first paint, and search engines find each language.
    let mut files = Vec::new();
    for address in Address::all() {
        let catalog = catalog_of(address.page_language());
        let dir = dist.join(address.path().trim_start_matches('/'));
        std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        let title = catalog.format(address.route.title_key(), None);
        let document_title = address
            .route
            .document_title(|key| catalog.format(key, None));
        let file = dir.join("index.html");
        write(
            &file,
            &page(catalog, &site.head_links(address), &document_title, &title)?,
        )?;
        files.push(serde_json::json!({
            "path": address.path(),
            "file": file.strip_prefix(dist).unwrap_or(&file).to_string_lossy(),
            "lang": address.page_language().code(),
            "nation": address.nation.map(|n| n.code()),
            "slug": address.route.slug(),
        }));
    }
    write(
        Path::new("target/page-files.json"),
        &serde_json::to_string_pretty(&files).map_err(|e| e.to_string())?,
    )?;

    let english = catalog_of(Language::En);
    if let Some(table) = table {
        let entries: Vec<_> = Route::ALL
            .into_iter()
            .map(|route| {
                serde_json::json!({
                    "slug": route.slug(),
                    "path": route.path(),
                    "title": english.format(route.title_key(), None),
                    "documentTitle": route.document_title(|key| english.format(key, None)),
                    "stage": route.stage_number(),
                    "menu": route.menu_group().map(|g| g.code()),
                })
            })
            .collect();
        let json = serde_json::to_string_pretty(&entries).map_err(|e| e.to_string())?;
        write(table, &json)?;
    }
    // GitHub Pages and many hosts serve 404.html for unknown paths; the app then shows its
    // own not-found page.
    let not_found = english.format("not-found-title", None);
    write(
        &dist.join("404.html"),
        &page(
            english,
            "",
            &format!("{not_found} – {}", english.format("app-name", None)),
            &not_found,
        )?,
    )?;
    write(&dist.join("robots.txt"), &robots(site.origin.as_deref()))?;
    if let Some(origin) = &site.origin {
        write(&dist.join("sitemap.xml"), &sitemap(origin))?;
    } else {
        println!("route-pages: no SITE given (make dist SITE=https://…): no sitemap.xml, canonical or alternate links");
    }
    write(&dist.join("sw-languages.js"), &service_worker_languages())?;
    write_plain_manifests(dist, &site.base)?;
    Ok(files.len() + 1)
}

/// Where the guide is served: `SITE` (`https://example.org`, with the folder or not) and `BASE`
/// (`/guide/`), from `make dist SITE=… BASE=…`.
struct Site {
    /// The folder, without its last slash: `""` at the root, `/guide` under a folder.
    base: String,
    /// The whole address of the folder (`https://example.org/guide`), if the build was told it.
    origin: Option<String>,
}

impl Site {
    fn from_env() -> Result<Site, String> {
        let base = std::env::var("BASE").unwrap_or_default();
        let base = base.trim_end_matches('/').to_string();
        if !(base.is_empty() || base.starts_with('/')) || base.contains(['"', '<', '>', ' ']) {
            return Err(format!(
                "BASE={base:?}: a folder from the site's root, such as /guide/"
            ));
        }
        let origin = std::env::var("SITE")
            .ok()
            .filter(|s| !s.is_empty())
            .map(|site| {
                let site = site.trim_end_matches('/');
                if !(site.starts_with("https://") || site.starts_with("http://"))
                    || site.contains(['"', '<', '>', ' '])
                {
                    return Err(format!(
                        "SITE={site:?}: a whole address, such as https://example.org"
                    ));
                }
                // The folder is part of every address: added here unless SITE has it already.
                Ok(if site.ends_with(&base) {
                    site.to_string()
                } else {
                    format!("{site}{base}")
                })
            })
            .transpose()?;
        Ok(Site { base, origin })
    }

    /// The page's canonical address and its alternates in every language, for search
    /// engines, which read them only as whole addresses: none when the build was not told the
    /// site's (a path there is ignored by them, and marked as an error by Lighthouse). The
    /// menu's languages still link every language's page (`<a hreflang>`).
    fn head_links(&self, address: Address) -> String {
        let Some(origin) = &self.origin else {
            return String::new();
        };
        let mut links = format!(
            r#"<link rel="canonical" href="{origin}{}">"#,
            address.path()
        );
        for (hreflang, alternate) in address.alternates() {
            links.push_str(&format!(
                "\n  <link rel=\"alternate\" hreflang=\"{hreflang}\" href=\"{origin}{}\">",
                alternate.path()
            ));
        }
        links
    }
}

/// The page's words (its language's `LOCALE_FILES`), fetched beside the core wasm instead of
/// once it has started: a round trip less before the first tap on a slow phone. The addresses
/// are the app's own (`web::i18n::locale_url`); they wait with the wasm's preloads in the
/// page's `<template data-after-first-paint>` (index.html) until the page has painted.
fn words_preloads(base: &str, language: Language) -> String {
    LOCALE_FILES
        .iter()
        .map(|file| {
            format!(
                "<link rel=\"preload\" href=\"{base}/locales/{}/{file}?v={}\" as=\"fetch\" crossorigin=\"anonymous\" fetchpriority=\"low\">",
                language.folder(),
                env!("LOCALES_VERSION")
            )
        })
        .collect()
}

/// The plain name's manifest in each language (`plain.pl.webmanifest`: "Notatki"), from
/// public/plain.webmanifest, so an icon added to the home screen after choosing a plain name
/// is called what a notes app is called in the parent's language.
fn write_plain_manifests(dist: &Path, base: &str) -> Result<(), String> {
    let template: serde_json::Value =
        serde_json::from_str(include_str!("../../public/plain.webmanifest"))
            .map_err(|e| format!("public/plain.webmanifest: {e}"))?;
    for language in Language::ALL {
        let name = load_catalog(language)?.format("plain-name-title", None);
        let mut manifest = template.clone();
        manifest["name"] = name.clone().into();
        manifest["short_name"] = name.into();
        manifest["lang"] = language.code().into();
        manifest["dir"] = language.direction().as_str().into();
        // In the guide's folder, as assemble.mjs does for the guide's own manifest.
        for key in ["id", "start_url", "scope"] {
            let path = manifest[key].as_str().unwrap_or("/").to_string();
            manifest[key] = format!("{base}{path}").into();
        }
        if let Some(icons) = manifest["icons"].as_array_mut() {
            for icon in icons {
                let path = icon["src"].as_str().unwrap_or_default().to_string();
                icon["src"] = format!("{base}{path}").into();
            }
        }
        let text = serde_json::to_string_pretty(&manifest).map_err(|e| e.to_string())?;
        write(
            &dist.join(format!("plain.{}.webmanifest", language.code())),
            &text,
        )?;
    }
    Ok(())
}

/// The service worker's language keeper (scripts/sw-languages.js) with this build's locale
/// fingerprint and file list: the same values the app uses in its `.ftl` addresses.
fn service_worker_languages() -> String {
    let languages: Vec<String> = Language::ALL
        .into_iter()
        .filter(|l| *l != Language::En)
        .map(|l| format!("'{}'", l.code()))
        .collect();
    include_str!("../../scripts/sw-languages.js")
        .replace("__LOCALES_VERSION__", env!("LOCALES_VERSION"))
        .replace("'__LANGUAGE_CODES__'", &languages.join(", "))
        .replace(
            "'__LOCALE_FILES__'",
            &LOCALE_FILES
                .iter()
                .chain(PAGE_LOCALE_FILES)
                .map(|f| format!("'{f}'"))
                .collect::<Vec<_>>()
                .join(", "),
        )
}

/// Replaces each `<!--t:message-id-->` with that English message.
fn fill_messages(template: &str, catalog: &Catalog) -> Result<String, String> {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(start) = rest.find(MESSAGE_MARKER) {
        out.push_str(&rest[..start]);
        let after = &rest[start + MESSAGE_MARKER.len()..];
        let end = after.find("-->").ok_or("unclosed <!--t: marker")?;
        let key = &after[..end];
        if !catalog.has(key) {
            return Err(format!(
                "index.html asks for message {key:?}, which locales/en lacks"
            ));
        }
        out.push_str(&escape(&catalog.format(key, None)));
        rest = &after[end + 3..];
    }
    out.push_str(rest);
    Ok(out)
}

fn load_catalog(language: Language) -> Result<Catalog, String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(language.folder());
    let texts: Vec<(String, String)> = LOCALE_FILES
        .iter()
        .map(|name| {
            std::fs::read_to_string(dir.join(name))
                .map(|text| (name.to_string(), text))
                .map_err(|e| format!("{}: {e}", dir.join(name).display()))
        })
        .collect::<Result<_, _>>()?;
    let sources: Vec<(&str, &str)> = texts
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_str()))
        .collect();
    Catalog::from_sources(language, &sources).map_err(|e| e.to_string())
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
