//! England or Wales: the two nations share most of the process but differ in words and rules.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Nation {
    #[default]
    England,
    Wales,
}

impl Nation {
    pub const ALL: [Nation; 2] = [Nation::England, Nation::Wales];

    /// The value of the `$nation` variable that every message receives, so a message can
    /// choose its words with a Fluent selector (`{ $nation -> [wales] … *[england] … }`).
    pub const fn code(self) -> &'static str {
        match self {
            Nation::England => "england",
            Nation::Wales => "wales",
        }
    }

    pub fn from_code(code: &str) -> Option<Nation> {
        Nation::ALL.into_iter().find(|n| n.code() == code)
    }
}
