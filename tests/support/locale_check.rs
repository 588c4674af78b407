//! Checks one translation against English, file by file: the same messages, the same
//! variables, the same glossary terms, nation choices kept, every plural category of the
//! language, and no Fluent syntax errors. Shared by `tests/locales.rs` and the translators'
//! own command, `cargo run --example check_locale -- pl`.

use cp_guide::core::i18n::{Language, LOCALE_FILES};
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The files a language folder holds. The letters' own words are in English and Welsh only.
pub fn files_of(language: Language) -> Vec<&'static str> {
    let mut files = LOCALE_FILES.to_vec();
    if matches!(language, Language::En | Language::Cy) {
        files.push(cp_guide::core::letters::LETTER_TEXT_FILE);
    }
    // The report terms' explanations (issue 19) are fetched with their page only, so they
    // are not in LOCALE_FILES. English has them; a translation is checked against English
    // once its file exists (the translator adds it).
    let report_terms = cp_guide::core::report_terms::REPORT_TERMS_FILE;
    if language == Language::En || read(language, report_terms).is_ok() {
        files.push(report_terms);
    }
    files
}

pub fn read(language: Language, file: &str) -> Result<String, String> {
    let path = root().join("locales").join(language.folder()).join(file);
    std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))
}

/// One thing wrong with a translation, named so a translator can find it.
#[derive(Debug)]
pub struct Problem {
    pub file: String,
    pub id: String,
    pub what: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}: {}", self.file, self.id, self.what)
    }
}

/// What a message (or `id.attribute`) is made of, as far as a translation must match English.
#[derive(Debug, Default, PartialEq)]
struct Shape {
    variables: BTreeSet<String>,
    terms: BTreeSet<String>,
    /// One entry per select expression: its selector, and the variant keys with the default
    /// marked `*`.
    selects: Vec<(String, Vec<String>)>,
    empty: bool,
}

fn shapes(text: &str) -> Result<BTreeMap<String, Shape>, String> {
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(resource) => resource,
        Err((_, errors)) => {
            return Err(errors
                .iter()
                .map(|e| format!("line near byte {}: {:?}", e.pos.start, e.kind))
                .collect::<Vec<_>>()
                .join("; "))
        }
    };
    let mut out = BTreeMap::new();
    for entry in resource.body {
        if let ast::Entry::Message(message) = entry {
            if let Some(value) = &message.value {
                out.insert(message.id.name.to_string(), shape(value));
            }
            for attribute in &message.attributes {
                out.insert(
                    format!("{}.{}", message.id.name, attribute.id.name),
                    shape(&attribute.value),
                );
            }
        }
    }
    Ok(out)
}

fn shape(pattern: &ast::Pattern<&str>) -> Shape {
    let mut shape = Shape::default();
    let mut text = String::new();
    walk_pattern(pattern, &mut shape, &mut text);
    shape.empty = text.trim().is_empty() && shape.variables.is_empty();
    let mut rest = text.as_str();
    while let Some(start) = rest.find("[[") {
        let after = &rest[start + 2..];
        if let Some(bar) = after.find('|') {
            shape.terms.insert(after[..bar].to_string());
        }
        rest = after;
    }
    shape
}

fn walk_pattern(pattern: &ast::Pattern<&str>, shape: &mut Shape, text: &mut String) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => text.push_str(value),
            ast::PatternElement::Placeable { expression } => {
                walk_expression(expression, shape, text)
            }
        }
    }
}

fn walk_expression(expression: &ast::Expression<&str>, shape: &mut Shape, text: &mut String) {
    match expression {
        ast::Expression::Inline(inline) => walk_inline(inline, shape, text),
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, shape, text);
            let selector = match selector {
                ast::InlineExpression::VariableReference { id } => format!("${}", id.name),
                ast::InlineExpression::FunctionReference { id, .. } => id.name.to_string(),
                _ => "?".to_string(),
            };
            let keys = variants
                .iter()
                .map(|v| {
                    let key = match &v.key {
                        ast::VariantKey::Identifier { name } => name.to_string(),
                        ast::VariantKey::NumberLiteral { value } => value.to_string(),
                    };
                    if v.default {
                        format!("*{key}")
                    } else {
                        key
                    }
                })
                .collect();
            shape.selects.push((selector, keys));
            for variant in variants {
                // Variants are separated so `[[` in one cannot pair with `|` in the next.
                text.push('\n');
                walk_pattern(&variant.value, shape, text);
            }
        }
    }
}

fn walk_inline(inline: &ast::InlineExpression<&str>, shape: &mut Shape, text: &mut String) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            shape.variables.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, shape, text),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                walk_inline(argument, shape, text);
            }
        }
        _ => {}
    }
}

/// Every problem with `language`'s files, compared with English. Empty means all is well.
pub fn check(language: Language) -> Vec<Problem> {
    let mut problems = Vec::new();
    for file in files_of(language) {
        let problem = |id: &str, what: String| Problem {
            file: format!("{}/{file}", language.folder()),
            id: id.to_string(),
            what,
        };
        let english = match read(Language::En, file).and_then(|t| shapes(&t)) {
            Ok(shapes) => shapes,
            Err(e) => {
                problems.push(problem("(English)", e));
                continue;
            }
        };
        let theirs = match read(language, file) {
            Ok(text) => match shapes(&text) {
                Ok(shapes) => shapes,
                Err(e) => {
                    problems.push(problem("(syntax)", e));
                    continue;
                }
            },
            Err(e) => {
                problems.push(problem("(file)", e));
                continue;
            }
        };
        for id in theirs.keys().filter(|id| !english.contains_key(*id)) {
            problems.push(problem(id, "English has no such message".into()));
        }
        for (id, want) in &english {
            let Some(have) = theirs.get(id) else {
                problems.push(problem(id, "missing".into()));
                continue;
            };
            if have.empty {
                problems.push(problem(id, "empty".into()));
            }
            if have.variables != want.variables {
                problems.push(problem(
                    id,
                    format!(
                        "variables {:?}, English has {:?}",
                        have.variables, want.variables
                    ),
                ));
            }
            if have.terms != want.terms {
                problems.push(problem(
                    id,
                    format!(
                        "glossary ids {:?}, English has {:?}",
                        have.terms, want.terms
                    ),
                ));
            }
            problems.extend(
                select_problems(language, have, want)
                    .into_iter()
                    .map(|what| problem(id, what)),
            );
        }
    }
    problems
}

fn select_problems(language: Language, have: &Shape, want: &Shape) -> Vec<String> {
    let mut out = Vec::new();
    let nation_selects = |s: &Shape| -> Vec<Vec<String>> {
        s.selects
            .iter()
            .filter(|(selector, _)| selector == "$nation")
            .map(|(_, keys)| {
                let mut keys = keys.clone();
                keys.sort();
                keys
            })
            .collect()
    };
    let (mut mine, mut english) = (nation_selects(have), nation_selects(want));
    mine.sort();
    english.sort();
    if mine != english {
        out.push(format!(
            "$nation choices {mine:?}, English has {english:?} (keep [wales] and *[england])"
        ));
    }
    let categories = language.plural_categories();
    for (selector, keys) in have.selects.iter().filter(|(s, _)| s != "$nation") {
        let named: BTreeSet<&str> = keys
            .iter()
            .map(|k| k.trim_start_matches('*'))
            .filter(|k| k.parse::<f64>().is_err())
            .collect();
        let unknown: Vec<_> = named.iter().filter(|k| !categories.contains(k)).collect();
        if !unknown.is_empty() {
            out.push(format!(
                "{selector}: {unknown:?} are not plural categories of {} ({categories:?})",
                language.code()
            ));
        }
        // An exact `[0]`, `[1]` or `[2]` covers zero, one or two where the language has that
        // category: in each of our languages it holds that one number alone.
        let mut covered = named.clone();
        for (number, category) in [("0", "zero"), ("1", "one"), ("2", "two")] {
            if keys.iter().any(|k| k.trim_start_matches('*') == number) {
                covered.insert(category);
            }
        }
        let lacking: Vec<_> = categories
            .iter()
            .filter(|c| !covered.contains(*c))
            .collect();
        if !lacking.is_empty() {
            out.push(format!("{selector}: no variant for {lacking:?}"));
        }
        if !keys.iter().any(|k| k == "*other") {
            out.push(format!("{selector}: the default must be *[other]"));
        }
    }
    out
}
