//! Locale completeness: every language has every message, none is empty, each uses the same
//! variables as English, and every key the code asks for exists.

use cp_guide::core::content::{
    self, glossary_term, page_sections, render_page, term_ids, Inline, Nation, RenderedBlock,
};
use cp_guide::core::i18n::{Catalog, Language, LOCALE_FILES, PAGE_LOCALE_FILES};
use cp_guide::core::routes::{MenuGroup, Route};
use fluent_bundle::FluentArgs;
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

#[path = "support/locale_check.rs"]
mod locale_check;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every file of the language: those fetched at start and those fetched with their page.
fn read_locale(lang: Language) -> Vec<(String, String)> {
    LOCALE_FILES
        .iter()
        .chain(PAGE_LOCALE_FILES)
        .map(|name| {
            let path = root().join("locales").join(lang.folder()).join(name);
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{} is missing: {e}", path.display()));
            (name.to_string(), text)
        })
        .collect()
}

fn catalog(lang: Language) -> Catalog {
    let texts = read_locale(lang);
    let sources: Vec<(&str, &str)> = texts
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_str()))
        .collect();
    Catalog::from_sources(lang, &sources).unwrap_or_else(|e| panic!("{}: {e}", lang.code()))
}

/// Message id (or `id.attribute`) → the variables it references.
fn messages(lang: Language) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    for (name, text) in read_locale(lang) {
        let resource = fluent_syntax::parser::parse(text.as_str())
            .unwrap_or_else(|(_, errs)| panic!("{}/{name}: {errs:?}", lang.code()));
        for entry in resource.body {
            if let ast::Entry::Message(msg) = entry {
                if let Some(value) = &msg.value {
                    out.insert(msg.id.name.to_string(), variables(value));
                }
                for attr in &msg.attributes {
                    out.insert(
                        format!("{}.{}", msg.id.name, attr.id.name),
                        variables(&attr.value),
                    );
                }
            }
        }
    }
    out
}

fn variables(pattern: &ast::Pattern<&str>) -> BTreeSet<String> {
    let mut vars = BTreeSet::new();
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            collect_expression(expression, &mut vars);
        }
    }
    vars
}

fn collect_expression(expression: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Inline(inline) => collect_inline(inline, vars),
        ast::Expression::Select { selector, variants } => {
            collect_inline(selector, vars);
            for variant in variants {
                vars.extend(variables(&variant.value));
            }
        }
    }
}

fn collect_inline(inline: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => collect_expression(expression, vars),
        _ => {}
    }
}

#[test]
fn every_language_has_every_message_and_no_others() {
    let english: BTreeSet<_> = messages(Language::En).into_keys().collect();
    assert!(
        english.len() > 20,
        "suspiciously few English messages: {}",
        english.len()
    );
    for lang in Language::ALL {
        let other: BTreeSet<_> = messages(lang).into_keys().collect();
        let missing: Vec<_> = english.difference(&other).collect();
        let extra: Vec<_> = other.difference(&english).collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", lang.code());
        assert!(
            extra.is_empty(),
            "{} has messages English lacks: {extra:?}",
            lang.code()
        );
    }
}

fn format(catalog: &Catalog, key: &str, nation: Nation) -> String {
    let mut args = FluentArgs::new();
    args.set("nation", nation.code());
    catalog.format(key, Some(&args))
}

#[test]
fn no_message_is_empty_in_either_nation() {
    for lang in Language::ALL {
        let catalog = catalog(lang);
        for nation in Nation::ALL {
            for id in messages(lang).keys().filter(|id| !id.contains('.')) {
                let text = format(&catalog, id, nation);
                assert!(
                    !text.trim().is_empty(),
                    "{} ({nation:?}): {id} is empty",
                    lang.code()
                );
            }
        }
    }
}

#[test]
fn nation_selectors_choose_different_words() {
    let catalog = catalog(Language::En);
    let england = format(&catalog, "core-group-when-regular", Nation::England);
    let wales = format(&catalog, "core-group-when-regular", Nation::Wales);
    assert!(
        wales.contains("6 weeks") && !england.contains("at least every 6 weeks"),
        "{england} / {wales}"
    );
}

#[test]
fn every_glossary_term_used_exists_and_translations_mark_the_same_terms() {
    for lang in Language::ALL {
        let catalog = catalog(lang);
        let english = self::catalog(Language::En);
        for nation in Nation::ALL {
            for id in messages(lang).keys().filter(|id| !id.contains('.')) {
                let ids = term_ids(&format(&catalog, id, nation));
                for term in &ids {
                    assert!(
                        glossary_term(term).is_some(),
                        "{} {id}: unknown glossary term {term:?}",
                        lang.code()
                    );
                }
                let mut mine = ids.clone();
                let mut theirs = term_ids(&format(&english, id, nation));
                mine.sort();
                theirs.sort();
                assert_eq!(
                    mine,
                    theirs,
                    "{} {id} ({nation:?}) marks other terms than English",
                    lang.code()
                );
            }
        }
    }
}

#[test]
fn every_stage_page_renders_completely_in_every_language_and_nation() {
    // English first (Language::ALL starts with it): translations are measured against it.
    let mut english_words = std::collections::HashMap::new();
    for lang in Language::ALL {
        let catalog = catalog(lang);
        for nation in Nation::ALL {
            for route in Route::ALL
                .into_iter()
                .filter(|r| !page_sections(*r).is_empty())
            {
                let page = render_page(route, nation, |key| format(&catalog, key, nation));
                let mut words = 0;
                for run in page.runs() {
                    let text = match run {
                        Inline::Text(t) => t,
                        Inline::Term { text, .. } => text,
                    };
                    assert!(
                        !text.contains("[[") && !text.contains("]]") && !text.contains('{'),
                        "{}: {route:?}: {text}",
                        lang.code()
                    );
                    words += text.split_whitespace().count();
                }
                // Headings name the page's landmarks: two alike confuse a screen reader's list
                // (and axe's landmark-unique rule), the suggestion lists' headings included.
                let mut headings: Vec<String> =
                    page.sections.iter().map(|s| s.heading.clone()).collect();
                headings.push(format(&catalog, "stage-suggestions-do", nation));
                headings.push(format(&catalog, "stage-suggestions-ask", nation));
                let distinct: std::collections::BTreeSet<_> = headings.iter().collect();
                assert_eq!(
                    distinct.len(),
                    headings.len(),
                    "{} {route:?}: repeated heading in {headings:?}",
                    lang.code()
                );
                for section in &page.sections {
                    assert!(!section.heading.trim().is_empty());
                    assert!(
                        !section.blocks.is_empty(),
                        "{route:?} {} is empty for {nation:?}",
                        section.id
                    );
                    for block in &section.blocks {
                        if let RenderedBlock::List(items) = block {
                            assert!(items.iter().all(|i| !i.is_empty()));
                        }
                    }
                }
                // English must say enough; a translation must say about as much as English
                // (Polish and Arabic use fewer, longer words, so a share of it).
                let minimum = if lang == Language::En {
                    english_words.insert((route, nation), words);
                    match route {
                        Route::Help => 250,
                        Route::CoverTracks => 150,
                        _ => 300,
                    }
                } else {
                    english_words[&(route, nation)] * 6 / 10
                };
                assert!(
                    words >= minimum,
                    "{} {route:?} {nation:?}: only {words} words",
                    lang.code()
                );
            }
        }
    }
}

#[test]
fn translations_use_the_same_variables_as_english() {
    let english = messages(Language::En);
    for lang in Language::ALL {
        for (id, vars) in messages(lang) {
            assert_eq!(
                Some(&vars),
                english.get(&id),
                "{}: {id} variables differ",
                lang.code()
            );
        }
    }
}

/// Every message id the code or the page template asks for: `.t("id")`, `.t_args("id", …)`,
/// `.format("id", …)` in Rust, `<!--t:id-->` in index.html, and the route table's keys.
fn keys_used_by_code() -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        // Unit tests use made-up keys; only the code the app runs counts.
        let text = text.split("#[cfg(test)]").next().unwrap_or_default();
        // Comments show calls as examples (`i18n.text("key")`); only code counts.
        let text: String = text
            .lines()
            .filter(|line| !line.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        let text = text.as_str();
        for call in ["t(\"", "t_args(\"", ".format(\"", ".text(\""] {
            keys.extend(literals_after(text, call));
        }
    }
    let index = std::fs::read_to_string(root().join("index.html")).unwrap();
    keys.extend(
        index
            .split("<!--t:")
            .skip(1)
            .filter_map(|s| s.split("-->").next())
            .map(String::from),
    );
    for route in Route::ALL {
        keys.insert(route.title_key().to_string());
        keys.insert(route.intro_key().to_string());
        keys.extend(route.neutral_title_key().map(String::from));
    }
    for group in MenuGroup::ALL {
        keys.insert(group.heading_key().to_string());
        keys.extend(group.links().into_iter().map(|l| l.label_key.to_string()));
    }
    keys.extend(content::message_ids().into_iter().map(String::from));
    keys
}

fn literals_after(text: &str, call: &str) -> Vec<String> {
    text.match_indices(call)
        .filter(|(at, _)| {
            // `t("` must be a whole name, not the end of `format("` or `split("`.
            let before = text[..*at].chars().last();
            call.starts_with('.') || matches!(before, Some('.') | Some(' ') | Some('('))
        })
        .filter_map(|(at, _)| text[at + call.len()..].split('"').next())
        // Message ids are lower-case words joined by hyphens; anything else (a date format
        // string passed to chrono's `.format("%Y")`) is not a message.
        .filter(|id| {
            !id.is_empty()
                && id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        })
        .map(String::from)
        .collect()
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn every_key_the_code_asks_for_exists_in_every_language() {
    // `letter-…` messages are the letters' own words, in letter-text.ftl (English and Welsh
    // only, loaded on the letters page): tests/letters.rs renders every one of them.
    let used: Vec<String> = keys_used_by_code()
        .into_iter()
        .filter(|k| !k.starts_with("letter-"))
        .collect();
    assert!(
        used.len() > 25,
        "the key scanner found too little: {used:?}"
    );
    for lang in Language::ALL {
        let catalog = catalog(lang);
        let missing: Vec<_> = used.iter().filter(|k| !catalog.has(k)).collect();
        assert!(
            missing.is_empty(),
            "{} lacks keys the code uses: {missing:?}",
            lang.code()
        );
    }
}

#[test]
fn the_key_scanner_sees_calls_and_ignores_lookalikes() {
    let sample = r#"i18n.t("a-key"); t_args("b-key", x); cat.format("c-key", None); format!("x"); s.split("-"); d.format("%Y%m%d")"#;
    let mut found: Vec<String> = ["t(\"", "t_args(\"", ".format(\""]
        .iter()
        .flat_map(|c| literals_after(sample, c))
        .collect();
    found.sort();
    assert_eq!(found, vec!["a-key", "b-key", "c-key"]);
}

#[test]
fn every_translation_passes_the_translators_check() {
    // The same check a translator runs (`cargo run --example check_locale -- pl`): number
    // selectors carry every plural category of the language (Polish one/few/many, Arabic and
    // Welsh all six), nation choices are kept, and nothing is missing, extra or empty.
    for lang in Language::ALL.into_iter().filter(|l| l.is_translation()) {
        let problems = locale_check::check(lang);
        assert!(
            problems.is_empty(),
            "{}:\n{}",
            lang.code(),
            problems
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        );
    }
}

#[test]
fn plural_variants_are_chosen_by_the_languages_own_rules() {
    // Fluent picks the variant by CLDR rules for the bundle's language: prove it on a message
    // written here, so the check above is about something real.
    let ftl = "n = { $count ->\n [one] one\n [few] few\n [many] many\n *[other] other\n}\n";
    let polish = Catalog::from_sources(Language::Pl, &[("t.ftl", ftl)]).unwrap();
    let pick = |n: i64| {
        let mut args = FluentArgs::new();
        args.set("count", n);
        polish.format("n", Some(&args))
    };
    assert_eq!(
        [pick(1), pick(3), pick(5), pick(22), pick(25)],
        ["one", "few", "many", "few", "many"]
    );
}

#[test]
fn the_pseudo_language_brackets_every_message_and_makes_it_longer() {
    let english = catalog(Language::En);
    let pseudo = catalog(Language::Pseudo);
    let (mut before, mut after) = (0, 0);
    for id in messages(Language::En).keys().filter(|id| !id.contains('.')) {
        let plain = format(&english, id, Nation::England);
        let long = format(&pseudo, id, Nation::England);
        // `date-long` and `date-full` are only placeables; the month names in them are
        // messages of their own, and bracketed.
        if plain.chars().any(char::is_alphabetic) && !id.starts_with("date-") {
            assert!(long.contains('⟦'), "{id}: {long}");
        }
        assert_eq!(
            term_ids(&long),
            term_ids(&plain),
            "{id}: glossary ids survive"
        );
        before += plain.chars().count();
        after += long.chars().count();
    }
    let growth = after as f64 / before as f64;
    assert!(growth > 1.3 && growth < 1.6, "grew by {growth:.2}");
}

#[test]
fn every_language_folder_states_its_status() {
    for lang in Language::ALL {
        let path = root().join("locales").join(lang.folder()).join("STATUS.md");
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("{} is missing: {e}", path.display()));
        let status = text
            .lines()
            .find_map(|l| l.strip_prefix("status: "))
            .unwrap_or_else(|| panic!("{}: no `status:` line", path.display()));
        let allowed: &[&str] = if lang.is_translation() {
            &["machine-assisted", "reviewed"]
        } else {
            &["original"]
        };
        assert!(
            allowed.contains(&status.trim()),
            "{}: status {status:?}",
            lang.code()
        );
    }
}

#[test]
fn titles_that_name_a_saved_pdf_are_plain_in_every_language() {
    for lang in Language::ALL {
        let catalog = catalog(lang);
        let guide = catalog.format("app-name", None);
        for route in Route::ALL {
            let title = route.document_title(|key| catalog.format(key, None));
            if route.neutral_title_key().is_none() {
                continue;
            }
            assert!(
                !title.contains(&guide) && title.split_whitespace().count() <= 2,
                "{}: {route:?}'s title {title:?} should be a plain word",
                lang.code()
            );
        }
    }
}

#[test]
fn every_meeting_role_is_named_and_explained_in_every_language() {
    use cp_guide::core::personal::MeetingRole;
    for lang in Language::ALL {
        let catalog = catalog(lang);
        for role in MeetingRole::ALL {
            for key in [role.name_key(), role.why_key()] {
                assert!(catalog.has(&key), "{} lacks {key}", lang.code());
            }
        }
    }
}
