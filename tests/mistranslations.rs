//! Known mistranslations that a translation review found (issue 18, `reviews/translations.md`)
//! must not come back: each pattern is searched for in every file of its language.

use std::path::PathBuf;

fn files(lang: &str) -> Vec<(String, String)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(lang);
    let mut out = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "ftl") {
            let text = std::fs::read_to_string(&path).unwrap();
            // Comments (`# source:` and notes to translators) may quote the old wording.
            let text: String = text
                .lines()
                .filter(|l| !l.trim_start().starts_with('#'))
                .collect::<Vec<_>>()
                .join("\n");
            out.push((path.display().to_string(), text));
        }
    }
    assert!(!out.is_empty(), "no .ftl files in {}", dir.display());
    out
}

/// The message (`id = ...` with its indented lines) that holds `id`, or "" if none.
fn message(text: &str, id: &str) -> String {
    let head = format!("{id} =");
    let mut out = String::new();
    let mut inside = false;
    for line in text.lines() {
        if line.starts_with(&head) {
            inside = true;
        } else if inside && !line.starts_with(' ') {
            break;
        }
        if inside {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

fn forbid(lang: &str, patterns: &[&str], why: &str) {
    for (path, text) in files(lang) {
        let lower = text.to_lowercase();
        for pattern in patterns {
            assert!(
                !lower.contains(&pattern.to_lowercase()),
                "{path} contains {pattern:?}: {why}"
            );
        }
    }
}

#[test]
fn romanian_never_says_the_child_feels_sick() {
    // "a i se face rău" is "to feel sick or faint"; harm is "vătămat".
    forbid(
        "ro",
        &["i se face rău", "i s-a făcut rău", "i s-ar putea face rău"],
        "the idiom means feeling sick, not being harmed",
    );
}

#[test]
fn romanian_never_calls_the_ombudsman_a_mediator() {
    // A mediator is a regulated profession that mediates; the Ombudsman investigates.
    forbid("ro", &["mediator"], "the Ombudsman is not a mediator");
}

#[test]
fn romanian_support_line_is_not_an_ambiguous_ban() {
    // "nu trebuie ca" reads as "must not": support would seem to need the child to be safe.
    forbid("ro", &["nu trebuie ca"], "ambiguous negative modal");
}

#[test]
fn polish_keeps_rzecznik_for_the_advocate_only() {
    for (path, text) in files("pl") {
        for id in [
            "term-ombudsman",
            "term-ombudsman-meaning",
            "help-complain-ombudsman",
            "help-complain-ombudsman-limits",
            "suggest-help-q-ombudsman-when",
        ] {
            let msg = message(&text, id).to_lowercase();
            assert!(
                !msg.contains("rzecznik"),
                "{path}: {id} calls the Ombudsman \"rzecznik\", the word for the advocate: {msg}"
            );
        }
        // Anywhere else, "rzecznik" must stand with its "(advocate)" gloss or the advocate term.
        for line in text.lines() {
            let lower = line.to_lowercase();
            if lower.contains("ombudsman") {
                assert!(
                    !lower.contains("rzecznik"),
                    "{path}: the Ombudsman and \"rzecznik\" in one line: {line}"
                );
            }
        }
    }
}

#[test]
fn welsh_says_interpreter_and_uses_welsh_times() {
    for (path, text) in files("cy") {
        for line in text.lines() {
            // "cyfieithydd" alone can be a written translator; an interpreter is "ar y pryd".
            if line.contains("cyfieithydd") && !line.contains("cymwys") {
                assert!(
                    line.contains("cyfieithydd ar y pryd"),
                    "{path}: interpreter without \"ar y pryd\": {line}"
                );
            }
            for english_time in ["am ", "pm", "am,", "am."] {
                let found = line
                    .match_indices(english_time)
                    .any(|(i, _)| i > 0 && line.as_bytes()[i - 1].is_ascii_digit());
                assert!(!found, "{path}: English am/pm time: {line}");
            }
        }
    }
    let app = files("cy")
        .into_iter()
        .find(|(p, _)| p.ends_with("app.ftl"))
        .unwrap()
        .1;
    assert!(
        message(&app, "language-status").contains("peiriant"),
        "the Welsh status line must say machine help was used"
    );
}

#[test]
fn arabic_does_not_turn_should_into_must_where_the_review_found_it() {
    let all: String = files("ar").into_iter().map(|(_, t)| t + "\n").collect();
    for id in [
        "before-reports-every",
        "before-rights-asked-not-to-come",
        "core-group-visits-assessment",
        "review-legal-letters",
        "dates-item-reports-before-initial",
        "dates-item-reports-before-review",
        "term-minutes-meaning",
    ] {
        let msg = message(&all, id);
        assert!(!msg.is_empty(), "ar: {id} is missing");
        assert!(!msg.contains("يجب"), "ar: {id} says must (يجب): {msg}");
    }
}
