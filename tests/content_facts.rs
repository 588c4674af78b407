//! The content review's findings (issue 18, `reviews/content.md`): each corrected fact is said on
//! the rendered page, in English, and in Welsh where the fact differs by nation.

use cp_guide::core::content::{plain_text, render_page, Nation, RenderedBlock};
use cp_guide::core::i18n::{Catalog, Language, LOCALE_FILES};
use cp_guide::core::routes::Route;
use fluent_bundle::FluentArgs;
use std::path::PathBuf;

fn catalog(lang: Language) -> Catalog {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("locales");
    // The letters' words too, in the languages a letter is written in.
    let texts: Vec<(String, String)> = LOCALE_FILES
        .iter()
        .chain(&[cp_guide::core::letters::LETTER_TEXT_FILE])
        .filter_map(|name| {
            let path = root.join(lang.folder()).join(name);
            Some((name.to_string(), std::fs::read_to_string(&path).ok()?))
        })
        .collect();
    let sources: Vec<(&str, &str)> = texts
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_str()))
        .collect();
    Catalog::from_sources(lang, &sources).unwrap()
}

fn format(catalog: &Catalog, key: &str, nation: Nation) -> String {
    let mut args = FluentArgs::new();
    args.set("nation", nation.code());
    catalog.format(key, Some(&args))
}

/// The words of a rendered page (intro, headings and every block), as one string.
fn page(lang: Language, route: Route, nation: Nation) -> String {
    let catalog = catalog(lang);
    let page = render_page(route, nation, |key| format(&catalog, key, nation));
    let mut parts = vec![plain_text(&page.intro)];
    for section in &page.sections {
        parts.push(section.heading.clone());
        for block in &section.blocks {
            match block {
                RenderedBlock::Para(runs) | RenderedBlock::Callout(runs) => {
                    parts.push(plain_text(runs))
                }
                RenderedBlock::List(items) => parts.extend(items.iter().map(|i| plain_text(i))),
                RenderedBlock::Subheading(s) => parts.push(s.clone()),
                RenderedBlock::ToolLink { text, .. } => parts.push(text.clone()),
                RenderedBlock::AdviceLines => parts.push("[advice lines]".into()),
            }
        }
    }
    let text = parts.join(" ");
    // Unicode isolation marks around placeables would split phrases.
    text.replace(['\u{2068}', '\u{2069}'], "")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn says(text: &str, phrases: &[&str]) {
    for phrase in phrases {
        assert!(
            text.contains(phrase),
            "the page does not say {phrase:?}:\n{text}"
        );
    }
}

fn never_says(text: &str, phrases: &[&str]) {
    for phrase in phrases {
        assert!(!text.contains(phrase), "the page still says {phrase:?}");
    }
}

fn message(lang: Language, key: &str, nation: Nation) -> String {
    format(&catalog(lang), key, nation).replace(['\u{2068}', '\u{2069}'], "")
}

#[test]
fn m1_legal_aid_is_means_tested_until_a_letter_and_free_in_court() {
    let before = page(Language::En, Route::Before, Nation::England);
    says(&before, &["legal aid depends on your income", "means test"]);
    let review = page(Language::En, Route::Review, Nation::England);
    says(
        &review,
        &[
            "letter before proceedings, legal help is free, whatever your income",
            "means test",
            "If the council goes to court, you get free legal aid",
        ],
    );
    never_says(&review, &["help is free at this stage"]);
    let glossary = message(Language::En, "term-legal-aid-meaning", Nation::England);
    assert!(glossary.contains("depends on your income"), "{glossary}");
}

#[test]
fn m2_wales_register_is_conditional_and_private() {
    for lang in [Language::En, Language::Cy] {
        let during = page(lang, Route::During, Nation::Wales);
        let expected: &[&str] = if lang == Language::En {
            &[
                "Your child may need a care and support protection plan. If so, their name also goes on the child protection register",
                "Only professionals can check it",
            ]
        } else {
            &["Os felly, mae ei enw hefyd yn mynd ar y gofrestr amddiffyn plant"]
        };
        says(&during, expected);
    }
    never_says(
        &page(Language::En, Route::During, Nation::Wales),
        &["Your child's name is placed on the"],
    );
}

#[test]
fn m3_the_professionals_decide_after_hearing_the_family() {
    let during = page(Language::En, Route::During, Nation::England);
    says(
        &during,
        &[
            "The professionals decide, after they have heard your views",
            "If they do not agree, the chair decides",
        ],
    );
    never_says(&during, &["The people at the meeting decide together"]);
}

#[test]
fn m4_confidentiality_binds_the_professionals_not_the_parent() {
    let before = page(Language::En, Route::Before, Nation::England);
    says(
        &before,
        &[
            "Professionals may only share what they hear",
            "You can show the reports and minutes to your solicitor or advocate",
        ],
    );
}

#[test]
fn m5_the_other_half_of_cannot_take_your_child_away() {
    let england = page(Language::En, Route::During, Nation::England);
    says(
        &england,
        &[
            "Only a court can decide your child lives elsewhere without your agreement",
            "police can also act",
            "\"section 20\"",
            "you can end it at any time",
            "It is not a court order, but it can be used as evidence",
            "Talk to a solicitor before you sign",
        ],
    );
    let wales = page(Language::En, Route::During, Nation::Wales);
    says(&wales, &["\"section 76\""]);
    never_says(&wales, &["section 20"]);
    says(
        &page(Language::Cy, Route::During, Nation::Wales),
        &["\"Adran 76\""],
    );
    says(
        &page(Language::En, Route::Review, Nation::England),
        &["can take legal advice at any time, not only after a review"],
    );
}

#[test]
fn m7_complaints_are_quick_local_and_the_plan_carries_on() {
    let help = page(Language::En, Route::Help, Nation::England);
    says(
        &help,
        &[
            "as soon as you can",
            "about 28 days",
            "how complaints about conferences work in your area",
            "the plan carries on",
            "or about what it decided",
        ],
    );
    let when = message(Language::En, "letters-complaint-when", Nation::England);
    assert!(when.contains("what it decided"), "{when}");
}

#[test]
fn m9_safety_at_the_meeting() {
    says(
        &page(Language::En, Route::Before, Nation::England),
        &["unsafe in the same room", "take part separately"],
    );
}

#[test]
fn m10_police_investigation() {
    says(
        &page(Language::En, Route::Before, Nation::England),
        &[
            "The police may be looking into what happened",
            "Talk to a solicitor before the meeting about what to say",
        ],
    );
}

#[test]
fn m11_check_the_minutes_and_by_when() {
    let wales = page(Language::En, Route::During, Nation::Wales);
    says(
        &wales,
        &[
            "Read the minutes when they come",
            "write to the chair",
            "within 10 working days of getting them",
        ],
    );
    let england = page(Language::En, Route::During, Nation::England);
    says(&england, &["Ask the chair how long you have"]);
    never_says(&england, &["within 10 working days of getting them"]);
    says(
        &page(Language::Cy, Route::During, Nation::Wales),
        &["o fewn 10 diwrnod gwaith ar ôl eu cael"],
    );
}

#[test]
fn m8_wales_is_told_honestly_that_no_checked_line_was_found() {
    let wales = page(Language::En, Route::Help, Nation::Wales);
    says(
        &wales,
        &[
            "The Family Rights Group advice line is for England only",
            "We have not yet found a checked advice line on child protection for Wales",
            "Ask a children law solicitor for advice",
        ],
    );
    never_says(&wales, &["Free advice lines can help you at any stage"]);
    says(
        &page(Language::Cy, Route::Help, Nation::Wales),
        &["ar gyfer Lloegr yn unig"],
    );
    never_says(
        &page(Language::En, Route::Help, Nation::England),
        &["We have not yet found"],
    );
}

#[test]
fn m13_cover_your_tracks_names_the_call_history() {
    says(
        &page(Language::En, Route::CoverTracks, Nation::England),
        &["call history"],
    );
}

#[test]
fn low_findings_are_fixed_on_the_pages() {
    let during_e = page(Language::En, Route::During, Nation::England);
    let during_w = page(Language::En, Route::During, Nation::Wales);
    // L1, L2: a decision for each child; one or more categories.
    says(
        &during_e,
        &["decides for each child", "one or more categories of harm"],
    );
    // L7: the chair's duty is a Wales rule; good practice in England.
    says(&during_e, &["the chair should make sure"]);
    says(&during_w, &["the chair must make sure"]);
    let before_e = page(Language::En, Route::Before, Nation::England);
    let before_w = page(Language::En, Route::Before, Nation::Wales);
    // L3: the chair works for the council but is not part of the case.
    says(
        &before_e,
        &["works for the council", "not part of your child's case"],
    );
    // L9: an advocate; L15: no bare order about young children.
    says(
        &before_e,
        &["or an advocate", "It is best not to bring young children"],
    );
    // L13: Welsh at a Wales conference.
    says(&before_w, &["to be in Welsh"]);
    never_says(&before_e, &["to be in Welsh"]);
    let help_e = page(Language::En, Route::Help, Nation::England);
    let help_w = page(Language::En, Route::Help, Nation::Wales);
    // L4: the Wales Ombudsman's time limit; L6: notes need no permission; L14: calls may cost.
    says(&help_w, &["within 12 months of knowing about the problem"]);
    says(&help_e, &["You can take your own notes"]);
    never_says(&help_e, &["ask to take your own notes"]);
    assert_eq!(
        message(Language::En, "help-lines-heading", Nation::England),
        "Advice lines"
    );
    // L12: the register is private and not a criminal record.
    let register = message(
        Language::En,
        "term-child-protection-register-meaning",
        Nation::Wales,
    );
    assert!(register.contains("not a criminal record"), "{register}");
    // L2 in the glossary too.
    let category = message(Language::En, "term-category-of-harm-meaning", Nation::Wales);
    assert!(category.contains("one or more"), "{category}");
}

#[test]
fn m12_my_dates_says_which_dates_are_rules_and_which_are_local_practice() {
    let england = message(Language::En, "dates-latest-note", Nation::England);
    assert!(
        england.contains(
            "National rules set the latest dates for the first core group and the reviews"
        ) && england.contains("common local practice, not rules")
            && !england.contains("latest dates the rules allow"),
        "{england}"
    );
    let wales = message(Language::En, "dates-latest-note", Nation::Wales);
    assert!(
        wales.contains("the assessment") && wales.contains("local practice"),
        "{wales}"
    );
    // England has no national rule for how often the core group meets (the guide says so too).
    let next = message(Language::En, "dates-item-next-core-group", Nation::England);
    assert!(next.contains("no national rule"), "{next}");
    assert!(
        message(Language::En, "core-group-when-regular", Nation::England)
            .contains("no national rule")
    );
    let visit = message(
        Language::En,
        "dates-item-social-worker-visit",
        Nation::England,
    );
    assert!(visit.contains("ask how often"), "{visit}");
}

#[test]
fn m11_and_l11_suggestions_exist_on_their_stages() {
    use cp_guide::core::content::suggestions;
    let during: Vec<_> = suggestions(Route::During).iter().map(|s| s.key).collect();
    assert!(during.contains(&"suggest-during-disagreement-in-minutes"));
    let before: Vec<_> = suggestions(Route::Before).iter().map(|s| s.key).collect();
    assert!(before.contains(&"suggest-before-send-my-report"));
}

#[test]
fn l5_l8_l15_nation_terms_england_assessment_and_plain_words() {
    // L5: the core group page's intro uses the Wales term in Wales.
    let wales = page(Language::En, Route::CoreGroup, Nation::Wales);
    says(
        &wales,
        &["If your child has a care and support protection plan"],
    );
    let core = message(Language::En, "term-core-group-meaning", Nation::Wales);
    assert!(core.contains("care and support protection plan"), "{core}");
    // L8: England's assessment timescale, and not in Wales.
    let england = page(Language::En, Route::CoreGroup, Nation::England);
    says(&england, &["within 45 working days of the referral"]);
    never_says(&wales, &["45 working days"]);
    // L15: no unexplained "tribunal"; the jobs are explained.
    let before = page(Language::En, Route::Before, Nation::England);
    never_says(&before, &["tribunal"]);
    says(
        &before,
        &[
            "who supervises people after a court case",
            "who helps children get to school",
        ],
    );
    says(
        &page(Language::En, Route::Help, Nation::England),
        &["the social workers on call that day"],
    );
}

#[test]
fn m11_the_minutes_have_a_letter_of_their_own_that_asks_for_the_disagreement_recorded() {
    let title = message(Language::En, "letters-minutes-title", Nation::England);
    assert!(title.contains("minutes"), "{title}");
    let ask = message(Language::En, "letter-minutes-ask", Nation::England);
    assert!(ask.contains("record that I disagree"), "{ask}");
    let wales = message(Language::En, "letters-minutes-deadline", Nation::Wales);
    assert!(wales.contains("10 working days"), "{wales}");
    let england = message(Language::En, "letters-minutes-deadline", Nation::England);
    assert!(
        !england.contains("10 working days"),
        "no national rule in England: {england}"
    );
}
