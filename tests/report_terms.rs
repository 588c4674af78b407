//! "Understand a report" (issue 19): the catalogue of report terms, its explanations in
//! locales/<lang>/report-terms.ftl, and the matcher that marks them in a pasted report.

use cp_guide::core::content::{glossary_term, Nation};
use cp_guide::core::i18n::{Catalog, Language};
use cp_guide::core::report_terms::{
    distinct_terms, find_terms, marked_html, patterns_for, summarise, term, Group, Mark,
    REPORT_TERMS_FILE, TERMS,
};
use fluent_bundle::FluentArgs;
use fluent_syntax::ast;
use proptest::prelude::*;
use proptest::sample::select;
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn english_file() -> String {
    std::fs::read_to_string(root().join("locales/en").join(REPORT_TERMS_FILE)).unwrap()
}

/// (marked words, term id) for each mark, in order.
fn marked(text: &str, nation: Nation) -> Vec<(String, &'static str)> {
    find_terms(text, nation)
        .into_iter()
        .map(|m| (text[m.start..m.end].to_string(), m.id))
        .collect()
}

fn ids(text: &str, nation: Nation) -> Vec<&'static str> {
    find_terms(text, nation).into_iter().map(|m| m.id).collect()
}

// ---- the catalogue ----

#[test]
fn the_catalogue_has_at_least_150_terms_with_unique_kebab_case_ids() {
    assert!(TERMS.len() >= 150, "only {} terms", TERMS.len());
    let unique: BTreeSet<_> = TERMS.iter().map(|t| t.id).collect();
    assert_eq!(unique.len(), TERMS.len(), "an id is used twice");
    for t in TERMS {
        assert!(
            !t.id.is_empty()
                && !t.id.starts_with('-')
                && !t.id.ends_with('-')
                && t.id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "{:?} is not kebab-case",
            t.id
        );
        assert!(!t.patterns.is_empty(), "{} has no pattern", t.id);
    }
    for group in Group::ALL {
        let n = TERMS.iter().filter(|t| t.group == group).count();
        assert!(n >= 15, "{group:?} has only {n} terms");
    }
}

#[test]
fn every_glossary_term_is_in_the_catalogue_and_every_link_exists() {
    for t in TERMS {
        if let Some(id) = t.glossary {
            assert!(
                glossary_term(id).is_some(),
                "{}: no glossary entry {id}",
                t.id
            );
        }
    }
    for entry in cp_guide::core::content::GLOSSARY {
        assert!(
            TERMS.iter().any(|t| t.glossary == Some(entry.id)),
            "the glossary's {} is not in the catalogue",
            entry.id
        );
        // Where the catalogue has the glossary's own term, it uses the glossary's id.
        if let Some(same) = term(entry.id) {
            assert_eq!(same.glossary, Some(entry.id), "{}", entry.id);
        }
    }
}

/// A pattern as the matcher sees it: words with capitals kept, others in lower case.
fn pattern_key(pattern: &str) -> String {
    pattern
        .split_whitespace()
        .map(|w| {
            if w.chars().any(char::is_uppercase) {
                w.to_string()
            } else {
                w.to_lowercase()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn no_pattern_belongs_to_two_terms() {
    for nation in Nation::ALL {
        let mut seen: BTreeMap<String, &str> = BTreeMap::new();
        for (pattern, id) in patterns_for(nation) {
            if let Some(other) = seen.insert(pattern_key(&pattern), id) {
                assert_eq!(other, id, "{pattern:?} is under {other} and {id}");
                panic!("{pattern:?} is listed twice under {id}");
            }
        }
    }
}

// ---- the explanations ----

/// Message id → (its `# source:` comment, if any).
fn english_messages() -> BTreeMap<String, Option<String>> {
    let text = english_file();
    let resource = fluent_syntax::parser::parse(text.as_str())
        .unwrap_or_else(|(_, errors)| panic!("report-terms.ftl: {errors:?}"));
    let mut out = BTreeMap::new();
    for entry in resource.body {
        if let ast::Entry::Message(message) = entry {
            let source = message.comment.as_ref().and_then(|c| {
                c.content
                    .iter()
                    .find_map(|line| line.strip_prefix("source:"))
                    .map(|s| s.trim().to_string())
            });
            out.insert(message.id.name.to_string(), source);
        }
    }
    out
}

fn english_catalog() -> Catalog {
    let text = english_file();
    Catalog::from_sources(Language::En, &[(REPORT_TERMS_FILE, text.as_str())]).unwrap()
}

fn format(catalog: &Catalog, key: &str, nation: Nation) -> String {
    let mut args = FluentArgs::new();
    args.set("nation", nation.code());
    catalog
        .format(key, Some(&args))
        .replace(['\u{2068}', '\u{2069}'], "")
}

#[test]
fn every_term_has_a_sourced_explanation_and_every_loaded_term_a_question() {
    let messages = english_messages();
    for t in TERMS {
        let key = t.explanation_key();
        match messages.get(&key) {
            None => panic!("report-terms.ftl has no {key}"),
            Some(None) => panic!("{key} has no `# source:` comment above it"),
            Some(Some(source)) => assert!(source.len() > 5, "{key}: source {source:?}"),
        }
        let question = format!("rt-{}-question", t.id);
        assert_eq!(
            messages.contains_key(&question),
            t.loaded,
            "{question}: a question is for loaded terms, and every loaded term has one"
        );
        assert_eq!(t.question_key().is_some(), t.loaded);
    }
    assert!(TERMS.iter().filter(|t| t.loaded).count() >= 10);
    // No message without a term (a renamed id would leave its words behind).
    // (`rp-` messages are the page's own interface.)
    for key in messages.keys().filter(|k| !k.starts_with("rp-")) {
        let id = key
            .strip_prefix("rt-")
            .expect("every message starts rt- or rp-");
        let id = id.strip_suffix("-question").unwrap_or(id);
        assert!(
            term(id).is_some() || Group::ALL.iter().any(|g| g.title_key() == key),
            "{key} names no term"
        );
    }
    for group in Group::ALL {
        assert!(messages.contains_key(group.title_key()));
    }
}

#[test]
fn every_explanation_reads_in_both_nations_in_short_sentences() {
    let catalog = english_catalog();
    for t in TERMS {
        let keys = [Some(t.explanation_key()), t.question_key()];
        for key in keys.iter().flatten() {
            for nation in Nation::ALL {
                let text = format(&catalog, key, nation);
                assert!(!text.trim().is_empty(), "{key} is empty ({nation:?})");
                assert!(!text.contains('{') && !text.contains("[["), "{key}: {text}");
                // Plain English: no sentence longer than 22 words.
                for sentence in text.split(['.', '?', ':']) {
                    let words = sentence.split_whitespace().count();
                    assert!(words <= 22, "{key}: {words} words in {sentence:?}");
                }
            }
        }
    }
}

#[test]
fn a_translation_of_the_file_is_checked_once_it_exists() {
    // report-terms.ftl is not in LOCALE_FILES (it is fetched with the page only). Each
    // translated folder that has it must have every English message; the translators' check
    // (tests/support/locale_check.rs) compares it message by message like the other files.
    let english: BTreeSet<String> = english_messages().into_keys().collect();
    for lang in Language::ALL {
        let path = root()
            .join("locales")
            .join(lang.folder())
            .join(REPORT_TERMS_FILE);
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        let resource = fluent_syntax::parser::parse(text.as_str())
            .unwrap_or_else(|(_, e)| panic!("{}: {e:?}", path.display()));
        let theirs: BTreeSet<String> = resource
            .body
            .iter()
            .filter_map(|e| match e {
                ast::Entry::Message(m) => Some(m.id.name.to_string()),
                _ => None,
            })
            .collect();
        assert_eq!(theirs, english, "{}", path.display());
    }
}

// ---- matching: acronyms, phrases, variants ----

#[test]
fn acronyms_match_whole_words_in_capitals_only() {
    let e = Nation::England;
    assert!(ids("We went to the CINEMA and the cinema.", e).is_empty());
    assert!(ids("She is at PRIMARY school. Primary.", e).is_empty());
    assert!(ids("a cin plan; gp; Gp; sw; hv", e).is_empty());
    assert_eq!(ids("Leo is on a CIN plan.", e), ["child-in-need-plan"]);
    assert_eq!(ids("Leo is a CiN.", e), ["child-in-need"]);
    assert_eq!(ids("Both GPs and the GP's notes", e), ["gp", "gp"]);
    assert_eq!(
        ids("the ICPC, then two RCPCs.", e),
        ["icpc", "review-conference"]
    );
    assert_eq!(ids("Mr Cole has PR.", e), ["parental-responsibility"]);
    assert_eq!(ids("(DA/DV)", e), ["domestic-abuse", "domestic-violence"]);
    assert_eq!(
        ids("seen at A&E, then A & E again", e),
        ["a-and-e", "a-and-e"]
    );
    // Mixed-case acronyms are their own variants.
    assert_eq!(ids("Cafcass, CAFCASS, cafcass", e), ["cafcass", "cafcass"]);
    assert_eq!(ids("The SENCo and the SENCO", e), ["senco", "senco"]);
}

#[test]
fn phrases_match_across_line_breaks_extra_spaces_and_in_any_case() {
    let text = "subject to a Child\nProtection   Plan, and\r\n  DISGUISED\tCOMPLIANCE.";
    assert_eq!(
        marked(text, Nation::England),
        [
            (
                "Child\nProtection   Plan".to_string(),
                "child-protection-plan"
            ),
            ("DISGUISED\tCOMPLIANCE".to_string(), "disguised-compliance"),
        ]
    );
    assert_eq!(
        ids(
            "children’s services and childrens services and Children's Services",
            Nation::England
        ),
        ["childrens-services"; 3]
    );
}

#[test]
fn plurals_and_possessives_are_found() {
    let e = Nation::England;
    assert_eq!(
        marked(
            "two chronologies, three assessments and the assessment's end",
            e
        ),
        [
            ("chronologies".to_string(), "chronology"),
            ("assessments".to_string(), "assessment"),
            ("assessment's".to_string(), "assessment"),
        ]
    );
    assert_eq!(
        ids("protective factors; a risk factor", e),
        ["protective-factors", "risk-factors"]
    );
}

#[test]
fn the_longest_match_wins_and_marks_never_overlap() {
    let e = Nation::England;
    assert_eq!(
        marked(
            "the initial child protection conference and the child protection plan",
            e
        ),
        [
            ("initial child protection conference".to_string(), "icpc"),
            ("child protection plan".to_string(), "child-protection-plan"),
        ]
    );
    assert_eq!(ids("child protection concerns", e), ["cp"]);
    assert_eq!(ids("a DASH risk assessment", e), ["dash"]);
    assert_eq!(
        ids("an interim care order and a care order", e),
        ["ico", "care-order"]
    );
    assert_eq!(
        ids("not engaging, then engaging", e),
        ["non-engagement", "engagement"]
    );
}

#[test]
fn section_numbers_are_found_in_every_usual_form() {
    for text in [
        "s47",
        "S47",
        "s.47",
        "S.47",
        "s. 47",
        "s 47",
        "section 47",
        "Section 47",
        "SECTION 47",
        "section\n47",
        "Section 47 enquiry",
        "Section 47 Enquiries",
        "section 47 investigation",
        "s47 enquiries",
        "S.47 Enquiry",
        "s.47 investigations",
    ] {
        let found = marked(&format!("A {text} was started."), Nation::England);
        assert_eq!(
            found,
            [(text.to_string(), "section-47-enquiries")],
            "{text:?}"
        );
    }
    // The subsection is not part of the mark; other numbers are not section 47.
    assert_eq!(
        marked("under s47(1)(b)", Nation::England),
        [("s47".to_string(), "section-47-enquiries")]
    );
    for text in [
        "s470",
        "s4",
        "section 470",
        "section 4 7",
        "47",
        "as47",
        "s47x",
    ] {
        assert!(ids(text, Nation::England).is_empty(), "{text:?}");
    }
    let e = Nation::England;
    assert_eq!(
        ids("s17, s.20, Section 31", e),
        ["section-17", "section-20", "section-31"]
    );
    // Section 20 is England's; Wales has section 76 of the 2014 Act.
    assert_eq!(ids("s20 and s76", e), ["section-20"]);
    assert_eq!(ids("s20 and s.76", Nation::Wales), ["section-76"]);
}

#[test]
fn terms_of_one_nation_are_marked_only_there() {
    let text = "a care and support protection plan and a child in need plan; the child protection register; Cafcass Cymru";
    assert_eq!(
        ids(text, Nation::Wales),
        [
            "care-and-support-protection-plan",
            "child-in-need-plan",
            "child-protection-register",
            "cafcass-cymru"
        ]
    );
    // In England the register is gone: only its "child protection" is explained.
    assert_eq!(
        ids(text, Nation::England),
        ["child-in-need-plan", "cp", "cafcass"]
    );
}

#[test]
fn a_welsh_report_is_matched_against_the_welsh_terms() {
    let text = "Cynhaliwyd y gynhadledd amddiffyn plant gychwynnol ar 3 Mawrth. Mae enw'r \
        plentyn ar y gofrestr amddiffyn plant. Bydd y grŵp craidd yn cyfarfod o fewn 10 \
        diwrnod gwaith. Roedd y gweithiwr cymdeithasol, yr ymwelydd iechyd a'r meddyg teulu \
        yn bresennol. Bydd y cadeirydd yn anfon y cofnodion. Mae'r cynllun amddiffyn gofal a \
        chymorth yn nodi pryderon am esgeulustod a cham-drin emosiynol. Cwblhawyd ymholiadau \
        adran 47 o dan Ddeddf Gwasanaethau Cymdeithasol a Llesiant (Cymru) 2014.";
    let expected = [
        ("gynhadledd amddiffyn plant gychwynnol", "icpc"),
        ("gofrestr amddiffyn plant", "child-protection-register"),
        ("grŵp craidd", "core-group"),
        ("diwrnod gwaith", "working-day"),
        ("gweithiwr cymdeithasol", "social-worker"),
        ("ymwelydd iechyd", "health-visitor"),
        ("meddyg teulu", "gp"),
        ("cadeirydd", "chair"),
        (
            "cynllun amddiffyn gofal a chymorth",
            "care-and-support-protection-plan",
        ),
        ("esgeulustod", "neglect"),
        ("cham-drin emosiynol", "emotional-abuse"),
        ("ymholiadau adran 47", "section-47-enquiries"),
        (
            "Ddeddf Gwasanaethau Cymdeithasol a Llesiant (Cymru) 2014",
            "sswba",
        ),
    ];
    // (The `\` at each line's end drops the line break and the next line's indent.)
    let found = marked(text, Nation::Wales);
    let want: Vec<(String, &str)> = expected
        .iter()
        .map(|(w, id)| (w.to_string(), *id))
        .collect();
    assert_eq!(found, want);
    // The Welsh words are not looked for in England.
    assert!(ids(text, Nation::England).is_empty());
}

// ---- a realistic report, term by term ----

#[test]
fn the_report_excerpt_is_marked_exactly_as_expected() {
    let text = std::fs::read_to_string(root().join("tests/fixtures/report-excerpt.txt")).unwrap();
    assert!(text.split_whitespace().count() >= 400);
    let expected =
        std::fs::read_to_string(root().join("tests/fixtures/report-excerpt.marks.tsv")).unwrap();
    let expected: Vec<(String, String)> = expected
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let (words, id) = l.split_once('\t').expect("words<TAB>id");
            // Line breaks inside a mark are written as `\n`.
            (words.replace("\\n", "\n"), id.to_string())
        })
        .collect();
    let found: Vec<(String, String)> = marked(&text, Nation::England)
        .into_iter()
        .map(|(w, id)| (w, id.to_string()))
        .collect();
    for (i, (want, have)) in expected.iter().zip(&found).enumerate() {
        assert_eq!(want, have, "mark {i}");
    }
    assert_eq!(found.len(), expected.len(), "{found:#?}");
    let marks = find_terms(&text, Nation::England);
    assert!(distinct_terms(&marks) >= 25, "{}", distinct_terms(&marks));
}

#[test]
fn the_summary_groups_each_term_once_in_order_of_first_appearance() {
    let text = "The SW saw the GP. The social worker wrote about disguised compliance and the ICPC. The GP came.";
    let marks = find_terms(text, Nation::England);
    let summary = summarise(&marks);
    let shape: Vec<(Group, Vec<&str>, usize)> = summary
        .into_iter()
        .map(|g| (g.group, g.terms, g.marks))
        .collect();
    assert_eq!(
        shape,
        [
            (Group::Law, vec!["icpc"], 1),
            (Group::People, vec!["social-worker"], 2),
            (Group::HealthSchool, vec!["gp"], 2),
            (Group::AboutParents, vec!["disguised-compliance"], 1),
        ]
    );
    assert_eq!(distinct_terms(&marks), 4);
    assert!(summarise(&[]).is_empty());
}

// ---- properties ----

fn is_word_char(text: &str, at: usize, forward: bool) -> bool {
    let c = if forward {
        text[at..].chars().next()
    } else {
        text[..at].chars().next_back()
    };
    c.is_some_and(char::is_alphanumeric)
}

/// Marks are in order, do not overlap, and start and end at word edges.
fn check_marks(text: &str, marks: &[Mark]) -> Result<(), TestCaseError> {
    let mut last_end = 0;
    for m in marks {
        prop_assert!(m.start < m.end && m.start >= last_end, "{marks:?}");
        prop_assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
        prop_assert!(
            !is_word_char(text, m.start, false),
            "starts inside a word: {m:?} in {text:?}"
        );
        prop_assert!(
            !is_word_char(text, m.end, true),
            "ends inside a word: {m:?} in {text:?}"
        );
        prop_assert!(term(m.id).is_some());
        last_end = m.end;
    }
    Ok(())
}

fn acronyms() -> Vec<String> {
    let mut out: Vec<String> = TERMS
        .iter()
        .flat_map(|t| t.patterns.iter())
        .filter(|p| !p.contains(' ') && p.chars().any(char::is_uppercase))
        .map(|p| p.to_string())
        .collect();
    out.sort();
    out.dedup();
    out
}

fn pieces() -> Vec<String> {
    let mut out = acronyms();
    out.extend(patterns_for(Nation::Wales).into_iter().map(|(p, _)| p));
    out.extend(
        [
            " ",
            " ",
            "\n",
            ".",
            ",",
            "-",
            "'",
            "’",
            "(",
            ")",
            "EMA",
            "IMARY",
            "s",
            "es",
            "X",
            "x",
            "47",
            "ŵ",
            "é",
            "the",
            "and",
            "of",
            "child",
            "protection",
            "plan",
            "section",
        ]
        .map(String::from),
    );
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn marks_are_ordered_apart_and_never_inside_a_word(
        parts in prop::collection::vec(select(pieces()), 0..40),
        wales in any::<bool>(),
    ) {
        let text: String = parts.concat();
        let nation = if wales { Nation::Wales } else { Nation::England };
        check_marks(&text, &find_terms(&text, nation))?;
    }

    #[test]
    fn an_acronym_inside_a_longer_word_is_never_marked_alone(
        acronym in select(acronyms()),
        before in "[A-Za-z0-9]{0,3}",
        after in "[A-Za-z0-9]{0,3}",
    ) {
        prop_assume!(!before.is_empty() || !after.is_empty());
        let word = format!("{before}{acronym}{after}");
        let text = format!("We saw {word} today.");
        let (start, end) = (7, 7 + word.len());
        for m in find_terms(&text, Nation::England).into_iter().chain(find_terms(&text, Nation::Wales)) {
            // A mark may cover the whole word (when it is itself a term, like "SEND" or
            // "GPs"), never a part of it.
            if m.end > start && m.start < end {
                prop_assert!(m.start == start && m.end == end, "{m:?} inside {word:?}");
            }
        }
    }

    #[test]
    fn every_pattern_is_found_in_ordinary_text(
        (pattern, id, nation) in select(
            Nation::ALL
                .into_iter()
                .flat_map(|n| patterns_for(n).into_iter().map(move |(p, id)| (p, id, n)))
                .collect::<Vec<_>>()
        ),
        before in select(vec!["", "We met on Tuesday. ", "It said: ", "(", "Then\n"]),
        after in select(vec!["", " yesterday.", ", then left", ")", "\nIt was"]),
        spacing in select(vec![" ", "  ", "\n", " \r\n "]),
        shout in any::<bool>(),
    ) {
        // Lower-case words may be written in any case; spaces may be any run of white space.
        let mut words: Vec<String> = pattern.split(' ').map(String::from).collect();
        if shout {
            for w in &mut words {
                if !w.chars().any(char::is_uppercase) {
                    *w = w.to_uppercase();
                }
            }
        }
        let written = words.join(spacing);
        let text = format!("{before}{written}{after}");
        let marks = find_terms(&text, nation);
        prop_assert_eq!(
            marks,
            vec![Mark { start: before.len(), end: before.len() + written.len(), id }],
            "{:?} in {:?}", pattern, text
        );
    }
}

#[test]
fn every_pattern_is_found_in_ordinary_text_exhaustively() {
    // The property above samples; this walks every pattern once, as written.
    for nation in Nation::ALL {
        for (pattern, id) in patterns_for(nation) {
            let text = format!("We read that {pattern} was discussed.");
            assert_eq!(
                find_terms(&text, nation),
                [Mark {
                    start: 13,
                    end: 13 + pattern.len(),
                    id
                }],
                "{pattern:?} ({nation:?})"
            );
        }
    }
}

/// Not a timed test: marks a 10,000-word report built from the excerpt, so `make bench` (or
/// `cargo run --release --example mark_report`) can time the same work.
#[test]
fn a_ten_thousand_word_report_is_marked() {
    let text = std::fs::read_to_string(root().join("tests/fixtures/report-excerpt.txt")).unwrap();
    let long = cp_guide::core::report_terms::long_report(&text, 10_000);
    assert!(long.split_whitespace().count() >= 10_000);
    let marks = find_terms(&long, Nation::England);
    assert!(marks.len() > 1000);
}

/// The marked text as the page inserts it (`marked_html`): the marks as buttons, numbered by
/// their place in the list; everything else the parent's own text, escaped.
#[test]
fn the_marked_html_keeps_markup_typed_into_the_report_as_text() {
    let text =
        "The <img src=x onerror=\"alert(1)\"> MASH & <b>ICPC</b>\r\n&amp; <script>x</script>";
    let marks = find_terms(text, Nation::England);
    assert_eq!(marks.len(), 2);
    assert_eq!(
        marked_html(text, &marks),
        "The &lt;img src=x onerror=&quot;alert(1)&quot;&gt; \
         <mark role=\"button\" tabindex=\"0\" data-mark=\"0\" aria-expanded=\"false\">MASH</mark> \
         &amp; &lt;b&gt;\
         <mark role=\"button\" tabindex=\"0\" data-mark=\"1\" aria-expanded=\"false\">ICPC</mark>\
         &lt;/b&gt;&#13;\n&amp;amp; &lt;script&gt;x&lt;/script&gt;"
    );
    // Markup inside a mark's own words stays text too (a mark never holds a `<`, but its words
    // are escaped all the same).
    let odd = [Mark {
        start: 0,
        end: 6,
        id: "icpc",
    }];
    assert_eq!(
        marked_html("a<b>&c d", &odd),
        "<mark role=\"button\" tabindex=\"0\" data-mark=\"0\" aria-expanded=\"false\">a&lt;b&gt;&amp;c</mark> d"
    );
    // No marks: the text alone; nothing: nothing. A NUL, which HTML cannot hold, shows as U+FFFD.
    assert_eq!(marked_html("x < y\0", &[]), "x &lt; y\u{FFFD}");
    assert_eq!(marked_html("", &[]), "");
    // A mark out of order, overlapping or empty is left out; its words stay, and the others
    // keep their numbers.
    let muddled = [
        Mark {
            start: 4,
            end: 8,
            id: "mash",
        },
        Mark {
            start: 0,
            end: 3,
            id: "icpc",
        },
        Mark {
            start: 6,
            end: 9,
            id: "icpc",
        },
        Mark {
            start: 9,
            end: 9,
            id: "icpc",
        },
        Mark {
            start: 9,
            end: 13,
            id: "icpc",
        },
    ];
    assert_eq!(
        marked_html("The MASH ICPC.", &muddled),
        "The <mark role=\"button\" tabindex=\"0\" data-mark=\"0\" aria-expanded=\"false\">MASH</mark> \
         <mark role=\"button\" tabindex=\"0\" data-mark=\"4\" aria-expanded=\"false\">ICPC</mark>."
    );
}

/// The text back from `marked_html` as a browser's parser reads it: the marks' own tags taken
/// out, then the five references it writes turned back. Fails on any other `<` or `&`.
fn text_of_marked_html(html: &str) -> Result<(String, Vec<String>), String> {
    let mut text = String::new();
    let mut marked = Vec::new();
    let mut rest = html;
    let mut index = 0;
    while let Some(at) = rest.find('<') {
        text.push_str(&unescape(&rest[..at])?);
        let open = format!(
            "<mark role=\"button\" tabindex=\"0\" data-mark=\"{index}\" aria-expanded=\"false\">"
        );
        let inside = rest[at..]
            .strip_prefix(&open)
            .ok_or_else(|| format!("a stray < in {rest:?}"))?;
        let end = inside.find("</mark>").ok_or("a mark not closed")?;
        let words = unescape(&inside[..end])?;
        text.push_str(&words);
        marked.push(words);
        rest = &inside[end + "</mark>".len()..];
        index += 1;
    }
    text.push_str(&unescape(rest)?);
    Ok((text, marked))
}

fn unescape(html: &str) -> Result<String, String> {
    if html.contains('<') || html.contains('"') || html.contains('\r') || html.contains('\0') {
        return Err(format!("unescaped markup in {html:?}"));
    }
    let mut out = String::new();
    let mut rest = html;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let (char, len) = [
            ("&amp;", '&'),
            ("&lt;", '<'),
            ("&gt;", '>'),
            ("&quot;", '"'),
            ("&#13;", '\r'),
        ]
        .into_iter()
        .find(|(r, _)| rest[at..].starts_with(r))
        .map(|(r, c)| (c, r.len()))
        .ok_or_else(|| format!("a stray & in {rest:?}"))?;
        out.push(char);
        rest = &rest[at + len..];
    }
    out.push_str(rest);
    Ok(out)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Whatever the parent types, the HTML holds only the marks' tags, and reads back as the
    /// same text with the same words marked.
    #[test]
    fn the_marked_html_reads_back_as_the_text_and_its_marks(
        parts in prop::collection::vec(
            prop_oneof![
                select(pieces()),
                select(vec!["<", ">", "&", "&amp;", "&lt;", "\"", "\r", "\r\n", "<b>", "</span>", "</mark>", "</button>",
                    "<button data-mark=\"0\">", "<span data-mark=\"0\">", "<mark role=\"button\" data-mark=\"0\">", "<!--", "<script>", "]]>"]).prop_map(String::from),
                ".{0,3}",
            ],
            0..40,
        ),
    ) {
        let text: String = parts.concat();
        let marks = find_terms(&text, Nation::England);
        let (back, marked) = text_of_marked_html(&marked_html(&text, &marks))
            .map_err(TestCaseError::fail)?;
        prop_assert_eq!(back, text.replace('\0', "\u{FFFD}"));
        let expected: Vec<String> = marks.iter().map(|m| text[m.start..m.end].to_string()).collect();
        prop_assert_eq!(marked, expected);
    }
}
