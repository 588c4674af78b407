//! Which letters there are, who each goes to, and which paragraphs it is made of.

/// A value the parent fills in. Paragraphs name the fields they need, so a letter never shows a
/// sentence with a gap in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    ChildName,
    ConferenceDate,
    /// The one thing particular to a letter: a language, a supporter's name, which report…
    Extra,
    /// At least one point with something written in it (the reply and the minutes letters).
    Points,
}

/// One paragraph: the message id, shown only when `needs` is filled in (or only when `unless`
/// is empty, for the other way of saying it).
#[derive(Clone, Copy, Debug)]
pub struct Para {
    pub key: &'static str,
    pub needs: Option<Field>,
    pub unless: Option<Field>,
}

const fn always(key: &'static str) -> Para {
    Para {
        key,
        needs: None,
        unless: None,
    }
}
const fn with(field: Field, key: &'static str) -> Para {
    Para {
        key,
        needs: Some(field),
        unless: None,
    }
}
const fn without(field: Field, key: &'static str) -> Para {
    Para {
        key,
        needs: None,
        unless: Some(field),
    }
}

/// Who the letter is to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Recipient {
    SocialWorker,
    Chair,
}

#[derive(Clone, Copy, Debug)]
pub struct Letter {
    /// Stable: saved drafts refer to it. UI words: `letters-<id>-title`, `-when`, `-summary`,
    /// and `-extra-label` / `-details-label`.
    pub id: &'static str,
    pub to: Recipient,
    /// Whether the form asks for the letter's particular field (`Field::Extra`).
    pub has_extra: bool,
    /// Whether the letter is built from the parent's points, one by one ("it says…", "this is
    /// wrong because…", "my evidence"). Their words: `letter-<id>-said`, `-why`, `-evidence`.
    pub has_points: bool,
    /// The paragraphs before the parent's own words.
    pub before: &'static [Para],
    /// The paragraphs after them.
    pub after: &'static [Para],
}

use Field::{ChildName, ConferenceDate, Extra, Points};

pub const LETTERS: [Letter; 8] = [
    Letter {
        id: "reports",
        to: Recipient::SocialWorker,
        has_extra: false,
        has_points: false,
        before: &[
            with(ConferenceDate, "letter-conference-dated"),
            without(ConferenceDate, "letter-conference"),
            always("letter-reports-ask"),
        ],
        after: &[always("letter-reports-else")],
    },
    Letter {
        id: "interpreter",
        to: Recipient::SocialWorker,
        has_extra: true,
        has_points: false,
        before: &[
            with(ConferenceDate, "letter-conference-dated"),
            without(ConferenceDate, "letter-conference"),
            with(Extra, "letter-interpreter-ask"),
            without(Extra, "letter-interpreter-help"),
        ],
        after: &[always("letter-interpreter-travel")],
    },
    Letter {
        id: "supporter",
        to: Recipient::SocialWorker,
        has_extra: true,
        has_points: false,
        before: &[
            with(ConferenceDate, "letter-conference-dated"),
            without(ConferenceDate, "letter-conference"),
            with(Extra, "letter-supporter-named"),
            without(Extra, "letter-supporter-unnamed"),
        ],
        after: &[always("letter-supporter-ask")],
    },
    // Replaces the version 1 "correction" letter, whose drafts become this one's (see saved.rs).
    Letter {
        id: "reply",
        to: Recipient::SocialWorker,
        has_extra: true,
        has_points: true,
        before: &[
            with(Extra, "letter-reply-report-named"),
            without(Extra, "letter-reply-report"),
            with(Points, "letter-reply-points"),
        ],
        after: &[always("letter-reply-ask"), always("letter-reply-copy")],
    },
    Letter {
        id: "minutes",
        to: Recipient::Chair,
        has_extra: false,
        has_points: true,
        before: &[
            with(ConferenceDate, "letter-minutes-dated"),
            without(ConferenceDate, "letter-minutes"),
            with(Points, "letter-minutes-points"),
        ],
        after: &[always("letter-minutes-ask"), always("letter-minutes-copy")],
    },
    Letter {
        id: "family-group",
        to: Recipient::SocialWorker,
        has_extra: false,
        has_points: false,
        before: &[
            with(ChildName, "letter-about-my-child"),
            without(ChildName, "letter-about-my-child-unnamed"),
            always("letter-family-group-ask"),
        ],
        after: &[always("letter-family-group-next")],
    },
    Letter {
        id: "support",
        to: Recipient::SocialWorker,
        has_extra: true,
        has_points: false,
        before: &[
            with(ChildName, "letter-about-my-child"),
            without(ChildName, "letter-about-my-child-unnamed"),
            always("letter-support-ask"),
        ],
        after: &[with(Extra, "letter-support-what")],
    },
    Letter {
        id: "complaint",
        to: Recipient::Chair,
        has_extra: false,
        has_points: false,
        before: &[
            with(ConferenceDate, "letter-complaint-dated"),
            without(ConferenceDate, "letter-complaint"),
        ],
        after: &[
            always("letter-complaint-ask"),
            always("letter-complaint-next"),
        ],
    },
];

impl Letter {
    pub fn find(id: &str) -> Option<Letter> {
        LETTERS.into_iter().find(|l| l.id == id)
    }

    /// Every message id a letter may use, for the locale tests.
    pub fn message_ids(self) -> impl Iterator<Item = String> {
        let points = self
            .has_points
            .then(|| POINT_PARTS.map(|part| self.point_key(part)))
            .into_iter()
            .flatten();
        self.before
            .iter()
            .chain(self.after)
            .map(|p| p.key.to_string())
            .chain(points)
    }

    /// The corrections to the minutes: its form asks for the minutes' dates.
    pub fn is_minutes(self) -> bool {
        self.id == "minutes"
    }

    /// The label of one part of a point's box on the form and in the print view, in the
    /// reader's language: `letters-reply-said-label`…
    pub fn point_label_key(self, part: PointPart) -> String {
        format!("letters-{}-{}-label", self.id, part.suffix())
    }

    /// The words before one part of a point: `letter-reply-said`, `letter-minutes-why`…
    pub fn point_key(self, part: PointPart) -> String {
        format!("letter-{}-{}", self.id, part.suffix())
    }
}

/// The three parts of a point, in the order the letter gives them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PointPart {
    /// What the report or the minutes say.
    Said,
    /// Why it is wrong or missing, or what was really said.
    Why,
    /// What shows it: dates, who saw it, documents.
    Evidence,
}

pub const POINT_PARTS: [PointPart; 3] = [PointPart::Said, PointPart::Why, PointPart::Evidence];

impl PointPart {
    pub const fn suffix(self) -> &'static str {
        match self {
            PointPart::Said => "said",
            PointPart::Why => "why",
            PointPart::Evidence => "evidence",
        }
    }
}
