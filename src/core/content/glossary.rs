//! The glossary: every term the guide explains. The id is the entry's stable anchor on
//! `/glossary/` (`/glossary/#core-group`) and the name used in `[[id|words]]` markup.

#[derive(Debug)]
pub struct GlossaryTerm {
    pub id: &'static str,
    pub term_key: &'static str,
    pub meaning_key: &'static str,
}

macro_rules! terms {
    ($($id:literal),* $(,)?) => {
        &[$(GlossaryTerm { id: $id, term_key: concat!("term-", $id), meaning_key: concat!("term-", $id, "-meaning") }),*]
    };
}

pub const GLOSSARY: &[GlossaryTerm] = terms![
    "advocate",
    "assessment",
    "care-and-support-plan",
    "care-and-support-protection-plan",
    "category-of-harm",
    "chair",
    "child-in-need-plan",
    "child-protection-conference",
    "child-protection-plan",
    "child-protection-register",
    "childrens-services",
    "contingency-plan",
    "core-group",
    "family-group-conference",
    "health-visitor",
    "lead-social-worker",
    "legal-aid",
    "legal-planning-meeting",
    "letter-before-proceedings",
    "letter-of-issue",
    "minutes",
    "ombudsman",
    "parental-responsibility",
    "plo",
    "pre-birth-conference",
    "review-conference",
    "section-47-enquiries",
    "significant-harm",
    "strategy-discussion",
    "working-day",
];

pub fn find(id: &str) -> Option<&'static GlossaryTerm> {
    GLOSSARY.iter().find(|t| t.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_anchors() {
        let mut ids: Vec<_> = GLOSSARY.iter().map(|t| t.id).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), GLOSSARY.len());
        assert!(ids.iter().all(|id| id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')));
        assert_eq!(
            find("core-group").unwrap().meaning_key,
            "term-core-group-meaning"
        );
    }
}
