//! Writes a real HTML file for every route, so that a deep link such as `/core-group` loads
//! from any static host (with HTTP 200) and offline from the service worker's cache.
//!
//! Usage: `route-pages <dist dir> [<route table json>]`, after `trunk build`. Reads
//! `<dist>/index.html` as the template (it holds the marker comments below) and the English
//! messages. The optional JSON file lists each route's path and English title, for the browser
//! tests, so they walk exactly the routes the app has. Also writes `sw-languages.js`, which the
//! service worker imports to keep the reader's languages across updates, and the plain name's
//! manifest in each language.

use cp_guide::core::i18n::{Catalog, Language, LOCALE_FILES, PAGE_LOCALE_FILES};
use cp_guide::core::routes::Route;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const TITLE_MARKER: &str = "<!--route-title-->";
const HEADING_MARKER: &str = "<!--route-heading-->";
const MESSAGE_MARKER: &str = "<!--t:";

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
    if !template.contains(TITLE_MARKER) || !template.contains(HEADING_MARKER) {
        return Err(format!(
            "{} has no route markers: run `trunk build` first (this tool fills a fresh build once)",
            template_path.display()
        ));
    }
    let catalog = load_catalog(Language::En)?;
    let site = catalog.format("app-name", None);
    let shell = fill_messages(&template, &catalog)?;
    let page = |document_title: &str, heading: &str| {
        shell
            .replace(TITLE_MARKER, &escape(document_title))
            .replace(HEADING_MARKER, &escape(heading))
    };

    let mut written = 0;
    let mut entries = Vec::new();
    for route in Route::ALL {
        let dir = dist.join(route.slug());
        std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        let title = catalog.format(route.title_key(), None);
        let document_title = route.document_title(|key| catalog.format(key, None));
        write(&dir.join("index.html"), &page(&document_title, &title))?;
        written += 1;
        entries.push(serde_json::json!({
            "slug": route.slug(),
            "path": route.path(),
            "title": title,
            "documentTitle": document_title,
            "stage": route.stage_number(),
            "menu": route.menu_group().map(|g| g.code()),
        }));
    }
    if let Some(table) = table {
        let json = serde_json::to_string_pretty(&entries).map_err(|e| e.to_string())?;
        write(table, &json)?;
    }
    // GitHub Pages and many hosts serve 404.html for unknown paths; the app then shows its
    // own not-found page.
    write(
        &dist.join("404.html"),
        &page(
            &format!("{} – {site}", catalog.format("not-found-title", None)),
            &catalog.format("not-found-title", None),
        ),
    )?;
    write(&dist.join("sw-languages.js"), &service_worker_languages())?;
    write_plain_manifests(dist)?;
    Ok(written + 1)
}

/// The plain name's manifest in each language (`plain.pl.webmanifest`: "Notatki"), from
/// public/plain.webmanifest, so an icon added to the home screen after choosing a plain name
/// is called what a notes app is called in the parent's language.
fn write_plain_manifests(dist: &Path) -> Result<(), String> {
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
    include_str!("../../scripts/sw-languages.js")
        .replace("__LOCALES_VERSION__", env!("LOCALES_VERSION"))
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
