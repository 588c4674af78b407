//! Every letter renders completely in each letter language and nation, with every field filled
//! and with every optional field empty: no placeholder, no message id and no gap reaches the text.

use chrono::NaiveDate;
use cp_guide::core::content::Nation;
use cp_guide::core::i18n::{Catalog, Language};
use cp_guide::core::letters::{render, LetterFields, Point, LETTERS, LETTER_TEXT_FILE};
use fluent_syntax::ast;
use std::collections::BTreeMap;

fn text_of(language: Language) -> String {
    let path = format!(
        "{}/locales/{}/{LETTER_TEXT_FILE}",
        env!("CARGO_MANIFEST_DIR"),
        language.code()
    );
    std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("{path} is missing"))
}

fn catalog(language: Language) -> Catalog {
    Catalog::from_sources(language, &[(LETTER_TEXT_FILE, &text_of(language))]).unwrap()
}

/// Message id -> the variables it uses, sorted.
fn variables(text: &str) -> BTreeMap<String, Vec<String>> {
    let resource = fluent_syntax::parser::parse(text.to_string()).expect("valid Fluent");
    let mut out = BTreeMap::new();
    for entry in resource.body {
        if let ast::Entry::Message(m) = entry {
            let mut found = Vec::new();
            if let Some(value) = &m.value {
                collect(&value.elements, &mut found);
            }
            found.sort();
            found.dedup();
            out.insert(m.id.name.to_string(), found);
        }
    }
    out
}

fn collect(elements: &[ast::PatternElement<String>], found: &mut Vec<String>) {
    for element in elements {
        if let ast::PatternElement::Placeable { expression } = element {
            match expression {
                ast::Expression::Inline(ast::InlineExpression::VariableReference { id }) => {
                    found.push(id.name.clone())
                }
                ast::Expression::Select { selector, variants } => {
                    if let ast::InlineExpression::VariableReference { id } = selector {
                        found.push(id.name.clone());
                    }
                    for v in variants {
                        collect(&v.value.elements, found);
                    }
                }
                _ => {}
            }
        }
    }
}

#[test]
fn welsh_letters_have_the_same_messages_and_variables_as_english() {
    let en = variables(&text_of(Language::En));
    let cy = variables(&text_of(Language::Cy));
    assert_eq!(en.keys().collect::<Vec<_>>(), cy.keys().collect::<Vec<_>>());
    for (id, vars) in &en {
        assert_eq!(Some(vars), cy.get(id), "{id} uses other variables in Welsh");
    }
    for letter in LETTERS {
        for id in letter.message_ids() {
            assert!(en.contains_key(&id), "{} needs the message {id}", letter.id);
        }
    }
    for id in cp_guide::core::my_report::message_ids() {
        assert!(en.contains_key(&id), "my report needs the message {id}");
    }
}

fn filled() -> LetterFields {
    LetterFields {
        my_name: "Jo Bloggs".into(),
        my_address: "12 High Street\nNewtown\nNT1 2AB".into(),
        my_contact: "07700 900123".into(),
        child_name: "Sam Bloggs".into(),
        child_dob: NaiveDate::from_ymd_opt(2019, 3, 4),
        conference_date: NaiveDate::from_ymd_opt(2026, 12, 18),
        to_name: "Alex Smith".into(),
        extra: "Polish".into(),
        details: "The report says I missed two visits.\nI was in hospital on both days.".into(),
        points: vec![
            Point {
                id: 1,
                said: "Sam missed school in October.".into(),
                why: "Sam was ill; the school knew.".into(),
                evidence: "The doctor's note of 3 October.".into(),
            },
            Point::default(),
            Point {
                id: 3,
                why: "Nothing about Sam's grandmother, who helps every week.".into(),
                ..Point::default()
            },
        ],
    }
}

fn assert_complete(text: &str, label: &str) {
    for bad in ["{", "}", "$", "letter-", "\n\n\n", " ,", "  "] {
        assert!(!text.contains(bad), "{label}: {bad:?} in\n{text}");
    }
    assert!(
        !text.lines().any(|l| l.trim().is_empty() && !l.is_empty()),
        "{label}: a line of spaces"
    );
}

#[test]
fn every_letter_renders_completely_filled_and_with_every_optional_field_empty() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    for language in [Language::En, Language::Cy] {
        let catalog = catalog(language);
        for nation in [Nation::England, Nation::Wales] {
            for letter in LETTERS {
                let label = format!("{} {} {:?}", letter.id, language.code(), nation);
                let full = render(&catalog, letter, &filled(), nation, today);
                assert_complete(&full, &label);
                for words in [
                    "Jo Bloggs",
                    "NT1 2AB",
                    "Sam Bloggs",
                    "Alex Smith",
                    "I was in hospital on both days.",
                ] {
                    assert!(
                        full.contains(words),
                        "{label}: {words} missing from\n{full}"
                    );
                }
                if letter.has_points {
                    for words in [
                        "1. ",
                        "Sam missed school in October.",
                        "The doctor's note of 3 October.",
                        "2. ",
                        "Sam's grandmother",
                    ] {
                        assert!(full.contains(words), "{label}: {words} missing\n{full}");
                    }
                    assert!(!full.contains("3. "), "{label}: an empty point is numbered");
                }
                if letter.has_extra {
                    assert!(
                        full.contains("Polish"),
                        "{label}: the letter's own field is missing"
                    );
                }
                assert!(
                    full.contains("2019") && full.contains("2026"),
                    "{label}: dates are written"
                );

                let bare = LetterFields {
                    my_name: "Jo Bloggs".into(),
                    child_name: "Sam Bloggs".into(),
                    ..LetterFields::default()
                };
                let short = render(&catalog, letter, &bare, nation, today);
                assert_complete(&short, &format!("{label}, optional fields empty"));
                assert!(
                    short.contains("Sam Bloggs") && short.ends_with("Jo Bloggs\n"),
                    "{label}:\n{short}"
                );

                let nothing = render(&catalog, letter, &LetterFields::default(), nation, today);
                assert_complete(&nothing, &format!("{label}, nothing filled in"));
                let my_child = catalog.format("letter-my-child", None);
                assert!(
                    !nothing.contains(&format!("{my_child}, {my_child}")),
                    "{label}: {nothing}"
                );
            }
        }
    }
}

#[test]
fn the_support_letter_names_the_plan_of_each_nation() {
    let catalog = catalog(Language::En);
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let support = LETTERS.into_iter().find(|l| l.id == "support").unwrap();
    assert!(render(&catalog, support, &filled(), Nation::England, today)
        .contains("a Child in Need plan"));
    assert!(render(&catalog, support, &filled(), Nation::Wales, today)
        .contains("a care and support plan"));
}

#[test]
fn every_letter_has_its_words_in_the_interface_of_every_language() {
    for language in Language::ALL {
        let path = format!(
            "{}/locales/{}/notes.ftl",
            env!("CARGO_MANIFEST_DIR"),
            language.code()
        );
        let text = std::fs::read_to_string(path).unwrap();
        let ui = Catalog::from_sources(language, &[("notes.ftl", &text)]).unwrap();
        for letter in LETTERS {
            let mut parts = vec!["title", "when", "summary", "details-label"];
            if letter.has_extra {
                parts.push("extra-label");
            }
            for part in parts {
                let id = format!("letters-{}-{part}", letter.id);
                assert!(ui.has(&id), "{}: {id} is missing", language.code());
            }
            if letter.has_points {
                for part in cp_guide::core::letters::POINT_PARTS {
                    let id = letter.point_label_key(part);
                    assert!(ui.has(&id), "{}: {id} is missing", language.code());
                }
            }
        }

        // My report's page: each section's label, prompt and example.
        let path = format!(
            "{}/locales/{}/have-my-say.ftl",
            env!("CARGO_MANIFEST_DIR"),
            language.code()
        );
        let text = std::fs::read_to_string(path).unwrap();
        let page = Catalog::from_sources(language, &[("have-my-say.ftl", &text)]).unwrap();
        for section in cp_guide::core::my_report::Section::ALL {
            for part in ["label", "prompt", "example"] {
                let id = section.page_key(part);
                assert!(page.has(&id), "{}: {id} is missing", language.code());
            }
        }
    }
}

/// Every single point part alone, and every single section of my report alone: no empty
/// heading, no number without words, no gap.
#[test]
fn each_point_part_and_each_report_section_renders_alone() {
    use cp_guide::core::letters::POINT_PARTS;
    use cp_guide::core::my_report::{self, MyReport, ReportFields, Section};
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    for language in [Language::En, Language::Cy] {
        let catalog = catalog(language);
        for letter in LETTERS.into_iter().filter(|l| l.has_points) {
            for part in POINT_PARTS {
                let mut point = Point::default();
                let text = "Only this part.".to_string();
                match part {
                    cp_guide::core::letters::PointPart::Said => point.said = text,
                    cp_guide::core::letters::PointPart::Why => point.why = text,
                    cp_guide::core::letters::PointPart::Evidence => point.evidence = text,
                }
                let fields = LetterFields {
                    points: vec![point],
                    ..LetterFields::default()
                };
                let label = format!("{} {} {part:?}", letter.id, language.code());
                let out = render(&catalog, letter, &fields, Nation::Wales, today);
                assert_complete(&out, &label);
                assert!(
                    out.contains("\n\n1. ") && out.contains("Only this part."),
                    "{label}\n{out}"
                );
            }
        }

        let full_fields = ReportFields {
            my_name: "Jo Bloggs".into(),
            child_name: "Sam Bloggs".into(),
            child_dob: NaiveDate::from_ymd_opt(2019, 3, 4),
            conference_date: NaiveDate::from_ymd_opt(2026, 12, 18),
        };
        let mut full = MyReport::default();
        for section in Section::ALL {
            full.set_text(
                section,
                format!("Written for {}.\nA second line.", section.id()),
            );
        }
        {
            let label = format!("my report {}", language.code());
            let out = my_report::render(&catalog, &full, &full_fields, today);
            assert_complete(&out, &label);
            for section in Section::ALL {
                let heading = catalog.format(&section.heading_key(), None);
                assert!(
                    out.contains(&format!("{heading}\nWritten for {}.", section.id())),
                    "{label}: {heading}\n{out}"
                );
            }
            for words in ["Jo Bloggs", "Sam Bloggs", "2019", "18", "2026"] {
                assert!(out.contains(words), "{label}: {words} missing\n{out}");
            }

            let empty = my_report::render(
                &catalog,
                &MyReport::default(),
                &ReportFields::default(),
                today,
            );
            assert_complete(&empty, &format!("{label}, empty"));
            assert_eq!(
                empty.trim().lines().count(),
                3,
                "title, about and date only:\n{empty}"
            );

            for section in Section::ALL {
                let mut alone = MyReport::default();
                alone.set_text(section, "Only this section.".into());
                let out = my_report::render(&catalog, &alone, &ReportFields::default(), today);
                assert_complete(&out, &format!("{label} {} alone", section.id()));
                let heading = catalog.format(&section.heading_key(), None);
                assert!(
                    out.ends_with(&format!("\n\n{heading}\nOnly this section.\n")),
                    "{label}\n{out}"
                );
                let headings = Section::ALL
                    .iter()
                    .filter(|s| out.contains(&catalog.format(&s.heading_key(), None)))
                    .count();
                assert_eq!(headings, 1, "{label}: one heading only\n{out}");
            }
        }
    }
}
