//! The names of the files the app offers for download. A name shows in the phone's "Download
//! complete" notification (on the lock screen too), in the browser's downloads list and in the
//! Files app, where someone else may see it: so no name says what the app is about, only what
//! kind of file it is and its date.

/// The kept copy of the notes (sealed or not: the name does not say).
pub fn notes(today_iso: &str) -> String {
    format!("notes-{today_iso}.json")
}

/// A letter as plain text.
pub fn letter(today_iso: &str) -> String {
    format!("letter-{today_iso}.txt")
}

/// A document the parent wrote that is not a letter (my report for the conference).
pub fn document(today_iso: &str) -> String {
    format!("document-{today_iso}.txt")
}

/// The calendar file of the parent's dates.
pub fn calendar(today_iso: &str) -> String {
    format!("dates-{today_iso}.ics")
}

/// The stored text that could not be read, kept so that nothing is lost.
pub fn unreadable_data(today_iso: &str) -> String {
    format!("data-{today_iso}.txt")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Words that would give the parent away, in any file name.
    const REVEALING: [&str; 9] = [
        "child",
        "protection",
        "conference",
        "social",
        "council",
        "complaint",
        "guide",
        "cp-",
        "safeguard",
    ];

    #[test]
    fn every_file_name_is_neutral_and_dated() {
        let names = [
            notes("2026-01-05"),
            letter("2026-01-05"),
            document("2026-01-05"),
            calendar("2026-01-05"),
            unreadable_data("2026-01-05"),
        ];
        assert_eq!(
            names,
            [
                "notes-2026-01-05.json",
                "letter-2026-01-05.txt",
                "document-2026-01-05.txt",
                "dates-2026-01-05.ics",
                "data-2026-01-05.txt"
            ]
        );
        for name in &names {
            for word in REVEALING {
                assert!(!name.contains(word), "{name} contains {word}");
            }
        }
    }
}
