//! The parent's own data: stored documents and the backup file (plain or sealed with a
//! passcode) read back exactly, every earlier version still opens, and nothing fed to the
//! readers makes them panic.

use chrono::NaiveDate;
use cp_guide::core::dates::MyDates;
use cp_guide::core::letters::{Draft, Letters, MyDetails, Point, SentLetter};
use cp_guide::core::my_report::{MyReport, Section};
use cp_guide::core::personal::removed_by_replace;
use cp_guide::core::personal::{
    export, import, merge, read_copy, seal_copy, Action, ActionStatus, Attendee, Checklist,
    Contact, Contacts, ImportError, KeptCopy, KeptReport, Meeting, MeetingKind, MeetingRole,
    MyData, OpenCopyError, Plan, Question, Questions, Role, Stage, Task, Who, MAX_IMPORT_BYTES,
};
use cp_guide::core::store::{decode, encode, Document, Settings};
use cp_guide::core::vault::{derive_key, KdfParams};
use proptest::prelude::*;
use proptest::sample::select;

// ---- every earlier version of every document still opens ----

/// `tests/fixtures/stored/<name>-v<N>.json` must exist for every version up to the current
/// one: raising a document's VERSION without keeping a sample of the old shape fails here.
fn every_version_opens<D: Document + std::fmt::Debug>() -> Vec<D> {
    (1..=D::VERSION)
        .map(|v| {
            let path = format!(
                "{}/tests/fixtures/stored/{}-v{v}.json",
                env!("CARGO_MANIFEST_DIR"),
                D::NAME
            );
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|_| panic!("keep a saved sample of version {v} at {path}"));
            decode::<D>(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
        })
        .collect()
}

#[test]
fn a_saved_document_of_every_earlier_version_opens() {
    let checklist = every_version_opens::<Checklist>().pop().unwrap();
    assert_eq!(checklist.items.len(), 2);
    assert_eq!(checklist.items[1].text, "Ring the school <b>today</b>");
    assert_eq!(checklist.progress(Stage::Before), (1, 1));
    let questions = every_version_opens::<Questions>().pop().unwrap();
    assert_eq!(
        questions.items[0].answer,
        "They said the school reported bruises."
    );
    let plan = every_version_opens::<Plan>().pop().unwrap();
    assert_eq!(plan.actions[1].status, ActionStatus::NotDone);
    assert_eq!(plan.meetings[0].kind, MeetingKind::CoreGroup);
    let mut contacts = every_version_opens::<Contacts>();
    // Version 1, before who is in the room: the room starts empty.
    assert!(contacts[0].in_the_room.is_empty());
    assert_eq!(contacts[0].people, contacts[1].people);
    let contacts = contacts.pop().unwrap();
    assert_eq!(contacts.people[0].role, Role::SocialWorker);
    assert_eq!(contacts.in_the_room[1].role, MeetingRole::Gp);
    let report = every_version_opens::<KeptReport>().pop().unwrap();
    assert!(report.text.starts_with("The ICPC"));
    let mut dates = every_version_opens::<MyDates>();
    assert_eq!(dates[0].minutes_received, None);
    let dates = dates.pop().unwrap();
    assert_eq!(
        dates.initial_conference,
        NaiveDate::from_ymd_opt(2026, 12, 18)
    );
    assert_eq!(
        dates.minutes_received,
        NaiveDate::from_ymd_opt(2026, 12, 21)
    );
    let letters = every_version_opens::<Letters>();
    // Version 1's correction letter became the reply, its words a point; nothing is lost.
    let (old, new) = (&letters[0], &letters[1]);
    assert_eq!(old.drafts, new.drafts[..2]);
    assert_eq!(old.sent, new.sent);
    assert_eq!(old.me, new.me);
    let reply = old.draft("reply").unwrap();
    assert_eq!(reply.extra, "the social worker's report");
    assert_eq!(reply.language, "cy");
    assert!(reply.details.is_empty());
    assert_eq!(
        reply.points[0].why,
        "It says I missed two visits.\nI was in hospital on both days."
    );
    assert!(old.draft("correction").is_none());
    assert_eq!(old.sent[1].letter, "reply");
    assert!(old.sent[1].text.starts_with("Dear Alex Smith,"));
    assert!(old.my_report.is_empty());
    let letters = &letters[1];
    assert_eq!(
        letters.draft("complaint").unwrap().details,
        "The chair did not let me speak."
    );
    assert_eq!(letters.draft("minutes").unwrap().points.len(), 1);
    assert_eq!(
        letters
            .my_report
            .text(cp_guide::core::my_report::Section::GoingWell),
        "Sam goes to school every day."
    );
    let settings = every_version_opens::<Settings>().pop().unwrap();
    assert_eq!(settings.language.as_deref(), Some("cy"));
}

// ---- strategies ----

fn text() -> impl Strategy<Value = String> {
    // Markup, quotes, right-to-left and astral characters all have to survive.
    prop_oneof![
        Just(String::new()),
        "[a-zA-Z0-9 ]{1,20}",
        Just("<script>alert(1)</script> & \"quotes\"".to_string()),
        Just("مرحبا 😀 zażółć".to_string()),
        any::<String>(),
    ]
}

fn date() -> impl Strategy<Value = Option<NaiveDate>> {
    prop::option::of((2000i32..2060, 1u32..=12, 1u32..=28))
        .prop_map(|o| o.and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d)))
}

fn stage() -> impl Strategy<Value = Stage> {
    select(Stage::ALL.to_vec())
}

fn suggestion() -> impl Strategy<Value = Option<String>> {
    prop::option::of(select(vec![
        "before-ask-for-reports",
        "during-q-what-worried",
        "gone-id",
    ]))
    .prop_map(|o| o.map(str::to_string))
}

prop_compose! {
    fn task()(id in any::<u64>(), stage in stage(), suggestion in suggestion(), text in text(), done in any::<bool>()) -> Task {
        Task { id, stage, suggestion, text, done }
    }
}
prop_compose! {
    fn question()(id in any::<u64>(), stage in stage(), suggestion in suggestion(), text in text(), asked in any::<bool>(), answer in text()) -> Question {
        Question { id, stage, suggestion, text, asked, answer }
    }
}
prop_compose! {
    fn action()(id in any::<u64>(), what in text(), who in select(Who::ALL.to_vec()), who_name in text(), by in date(), status in select(ActionStatus::ALL.to_vec()), reason in text()) -> Action {
        Action { id, what, who, who_name, by, status, reason }
    }
}
prop_compose! {
    fn meeting()(id in any::<u64>(), kind in select(MeetingKind::ALL.to_vec()), date in date(), notes in text()) -> Meeting {
        Meeting { id, kind, date, notes }
    }
}
prop_compose! {
    fn contact()(id in any::<u64>(), name in text(), role in select(Role::ALL.to_vec()), phone in text(), email in text(), notes in text()) -> Contact {
        Contact { id, name, role, phone, email, notes }
    }
}
prop_compose! {
    fn attendee()(id in any::<u64>(), name in text(), role in select(MeetingRole::ALL.to_vec())) -> Attendee {
        Attendee { id, name, role }
    }
}
prop_compose! {
    fn my_data()(
        tasks in prop::collection::vec(task(), 0..6),
        dismissed in prop::collection::vec(text(), 0..3),
        questions in prop::collection::vec(question(), 0..6),
        actions in prop::collection::vec(action(), 0..4),
        meetings in prop::collection::vec(meeting(), 0..3),
        people in prop::collection::vec(contact(), 0..4),
        in_the_room in prop::collection::vec(attendee(), 0..4),
        dates in (date(), date(), date(), date()),
        letter_words in (text(), text(), text()),
        point_words in (text(), text(), text()),
        minutes in (date(), date()),
        report in text(),
    ) -> MyData {
        MyData {
            checklist: Checklist { items: tasks, dismissed },
            questions: Questions { items: questions, dismissed: vec![] },
            plan: Plan { actions, meetings },
            contacts: Contacts { people, in_the_room },
            dates: MyDates {
                initial_conference: dates.0,
                last_core_group: dates.1,
                last_review: dates.2,
                enquiries_started: dates.3,
                minutes_received: minutes.0,
                minutes_corrections_by: minutes.1,
            },
            letters: Letters {
                me: MyDetails { name: letter_words.0, child_dob: dates.0, ..MyDetails::default() },
                drafts: vec![
                    Draft { letter: "reports".into(), details: letter_words.1, conference_date: dates.1, ..Draft::default() },
                    Draft {
                        letter: "reply".into(),
                        points: vec![Point { id: 7, said: point_words.0, why: point_words.1, evidence: point_words.2.clone() }],
                        ..Draft::default()
                    },
                ],
                sent: vec![SentLetter { id: 1, letter: "complaint".into(), date: dates.2, text: letter_words.2 }],
                my_report: {
                    let mut r = MyReport { conference_date: dates.0, ..MyReport::default() };
                    r.set_text(Section::GoingWell, point_words.2);
                    r
                },
            },
            report: KeptReport { text: report },
        }
    }
}

/// A small Argon2 cost: these tests are about the file, not the key's strength.
const CHEAP: KdfParams = KdfParams {
    memory_kib: 64,
    passes: 1,
    lanes: 1,
};

proptest! {
    #[test]
    fn every_document_reads_back_exactly(data in my_data()) {
        prop_assert_eq!(decode::<Checklist>(&encode(&data.checklist)), Ok(data.checklist.clone()));
        prop_assert_eq!(decode::<Questions>(&encode(&data.questions)), Ok(data.questions.clone()));
        prop_assert_eq!(decode::<Plan>(&encode(&data.plan)), Ok(data.plan.clone()));
        prop_assert_eq!(decode::<Contacts>(&encode(&data.contacts)), Ok(data.contacts.clone()));
        prop_assert_eq!(decode::<MyDates>(&encode(&data.dates)), Ok(data.dates.clone()));
    }

    #[test]
    fn a_backup_file_reads_back_exactly(data in my_data()) {
        let file = export(&data, "2026-11-23");
        prop_assert_eq!(import(&file), Ok(data));
    }

    #[test]
    fn a_sealed_copy_reads_back_exactly_with_its_passcode_only(
        data in my_data(), salt in any::<[u8; 16]>(), nonce in any::<[u8; 12]>()
    ) {
        let key = derive_key("246810", &salt, CHEAP).unwrap();
        let file = seal_copy(&data, "2026-11-23", &key, CHEAP, salt, nonce);
        let Ok(KeptCopy::Sealed(copy)) = read_copy(&file) else {
            panic!("not read as a sealed copy");
        };
        prop_assert_eq!(copy.open("246810").map(|(d, _)| d), Ok(data));
        prop_assert_eq!(copy.open("246801"), Err(OpenCopyError::WrongPasscode));
    }

    #[test]
    fn merging_keeps_everything_on_the_phone_and_is_idempotent(phone in my_data(), file in my_data()) {
        let once = merge(&phone, file.clone());
        for t in &phone.checklist.items {
            prop_assert!(once.checklist.items.contains(t));
        }
        for c in &phone.contacts.people {
            prop_assert!(once.contacts.people.contains(c));
        }
        prop_assert_eq!(merge(&once, file), once.clone());
        prop_assert_eq!(merge(&phone, MyData::default()), phone);
    }

    #[test]
    fn arbitrary_bytes_never_panic_the_readers(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let text = String::from_utf8_lossy(&bytes);
        let _ = decode::<Checklist>(&text);
        let _ = decode::<Plan>(&text);
        let _ = import(&text);
        let _ = read_copy(&text);
        let sealed = format!(r#"{{"format":"cpv1-copy","kdf":{{"algorithm":"argon2id","version":19,"memory_kib":8,"passes":1,"lanes":1}},"salt":"AAAAAAAAAAA=","cipher":"aes-256-gcm","sealed":"cpv1:{}"}}"#, text.escape_default());
        if let Ok(KeptCopy::Sealed(copy)) = read_copy(&sealed) {
            let _ = copy.open("246810");
        }
    }

    #[test]
    fn damaged_json_of_the_right_shape_is_refused_not_panicked_on(
        version in any::<i64>(), data in any::<String>(), id in any::<i64>()
    ) {
        let stored = format!(r#"{{"version":{version},"data":{{"items":[{{"id":{id},"stage":{data:?}}}]}}}}"#);
        let _ = decode::<Checklist>(&stored);
        let file = format!(r#"{{"app":"cp-guide","file":"my-notes","documents":{{"checklist":{stored}}}}}"#);
        let _ = import(&file);
    }
}

// ---- the importer's messages ----

#[test]
fn files_that_are_not_ours_damaged_or_too_big_are_told_apart() {
    assert_eq!(import("not json at all"), Err(ImportError::NotOurs));
    assert_eq!(import(r#"{"name":"a photo"}"#), Err(ImportError::NotOurs));
    assert_eq!(import("[]"), Err(ImportError::NotOurs));
    assert_eq!(
        import(r#"{"app":"cp-guide","file":"my-notes"}"#),
        Err(ImportError::Damaged("documents"))
    );
    assert_eq!(
        import(
            r#"{"app":"cp-guide","file":"my-notes","documents":{"plan":{"version":1,"data":{"actions":7}}}}"#
        ),
        Err(ImportError::Damaged("plan"))
    );
    assert_eq!(
        import(
            r#"{"app":"cp-guide","file":"my-notes","documents":{"contacts":{"version":99,"data":{}}}}"#
        ),
        Err(ImportError::Newer)
    );
    let huge = format!(
        r#"{{"app":"cp-guide","pad":"{}"}}"#,
        "x".repeat(MAX_IMPORT_BYTES)
    );
    assert_eq!(import(&huge), Err(ImportError::TooLarge));
    // A file from before a document existed: the missing part is empty.
    let old = r#"{"app":"cp-guide","file":"my-notes","documents":{"contacts":{"version":1,"data":{"people":[]}}}}"#;
    assert_eq!(import(old), Ok(MyData::default()));
    // A plain file made before copies could be sealed still reads as one.
    assert_eq!(
        read_copy(old),
        Ok(KeptCopy::Plain(
            Box::default(),
            vec!["contacts".to_string()]
        ))
    );
}

#[test]
fn the_exported_file_says_what_it_is_and_keeps_markup_as_text() {
    let mut data = MyData::default();
    data.checklist
        .add_own(1, Stage::Before, "<img src=x onerror=alert(1)>");
    let file = export(&data, "2026-11-23");
    assert!(file.contains("\"app\": \"cp-guide\""));
    assert!(file.contains("\"exported\": \"2026-11-23\""));
    assert_eq!(
        import(&file).unwrap().checklist.items[0].text,
        "<img src=x onerror=alert(1)>"
    );
    assert_eq!(
        data.counts(),
        [
            ("checklist", 1),
            ("questions", 0),
            ("actions", 0),
            ("meetings", 0),
            ("contacts", 0),
            ("dates", 0),
            ("letters", 0),
            ("reports", 0)
        ]
    );
}

#[test]
fn replacing_from_an_older_file_keeps_the_kinds_of_note_it_does_not_have() {
    let mut phone = MyData::default();
    phone.checklist.add_own(1, Stage::Before, "on the phone");
    phone.letters.me.name = "Jo".into();
    let mut older = MyData::default();
    older.checklist.add_own(2, Stage::Help, "from the file");
    // A file made before letters existed: no `letters` part at all.
    let mut file: serde_json::Value = serde_json::from_str(&export(&older, "2026-11-01")).unwrap();
    file["documents"].as_object_mut().unwrap().remove("letters");
    let (data, parts) = cp_guide::core::personal::import_with_parts(&file.to_string()).unwrap();
    let result = cp_guide::core::personal::replace(&phone, data, &parts);
    assert_eq!(result.checklist.items[0].text, "from the file");
    assert_eq!(result.checklist.items.len(), 1);
    assert_eq!(result.letters.me.name, "Jo");
}

#[test]
fn replace_counts_what_it_takes_off_the_phone_not_what_the_file_holds() {
    let mut phone = MyData::default();
    phone.checklist.add_own(1, Stage::Before, "one");
    phone.checklist.add_own(2, Stage::Before, "two");
    phone.letters.me.name = "Jo".into();
    let mut older = MyData::default();
    older.checklist.add_own(3, Stage::Help, "from the file");
    let mut file: serde_json::Value = serde_json::from_str(&export(&older, "2026-11-01")).unwrap();
    file["documents"].as_object_mut().unwrap().remove("letters");
    let (_, parts) = cp_guide::core::personal::import_with_parts(&file.to_string()).unwrap();
    // Both checklist items go; the letters stay, since the file has none to put in their place.
    assert_eq!(removed_by_replace(&phone, &parts), 2);
    assert_eq!(removed_by_replace(&MyData::default(), &parts), 0);
}

/// A question offered in two places (a report's term list and its panel) is on the list once:
/// the page asks `holds_own` before it adds.
#[test]
fn a_list_knows_the_words_it_holds_in_any_stage() {
    let mut data = MyData::default();
    assert!(!data.questions.holds_own("What would show you?"));
    data.questions
        .add_own(1, Stage::Review, "  What would show you?");
    assert!(data.questions.holds_own("What would show you? "));
    assert!(!data.questions.holds_own("What would show you"));
    assert!(!data.checklist.holds_own("What would show you?"));
    // A suggestion not yet edited has no words of the parent's: no words are not "held".
    let suggestion = Stage::ALL
        .into_iter()
        .flat_map(|s| s.suggestions())
        .find(|s| s.kind == cp_guide::core::content::SuggestionKind::Question)
        .expect("a suggested question");
    assert!(data.questions.add_suggestion(2, suggestion.id));
    assert!(!data.questions.holds_own(""));
    assert!(!data.questions.holds_own("  "));
}
