use crate::core::store::Document;
use serde::{Deserialize, Serialize};

/// A report the parent chose to keep on Understand a report ("Keep this report on my phone"):
/// otherwise the text pasted there lives only in the page's memory. Kept as the `report`
/// document, so it is sealed by the passcode, in the kept copy and removed by Delete all.
#[derive(Serialize, Deserialize, Debug, Clone, Default, PartialEq, Eq)]
#[serde(default)]
pub struct KeptReport {
    pub text: String,
}

impl Document for KeptReport {
    const NAME: &'static str = "report";
    const VERSION: u32 = 1;
    const PERSONAL: bool = true;
}

impl KeptReport {
    pub fn is_kept(&self) -> bool {
        !self.text.trim().is_empty()
    }

    /// A merge keeps the phone's report, or takes the file's when the phone has none.
    pub fn merge(&mut self, other: KeptReport) {
        if !self.is_kept() && other.is_kept() {
            *self = other;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_merge_never_replaces_the_phones_report() {
        let mut phone = KeptReport::default();
        phone.merge(KeptReport {
            text: "from the file".into(),
        });
        assert_eq!(phone.text, "from the file");
        phone.merge(KeptReport {
            text: "another".into(),
        });
        assert_eq!(phone.text, "from the file");
    }
}
