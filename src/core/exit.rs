//! Where the emergency exit goes. The exit itself (the tap, Shift three times, every tab) is
//! public/exit.js, which must work before the app starts; it reads the choice from the
//! settings by the ids below.

use serde::{Deserialize, Serialize};

/// Where the exit goes: a neutral, common site, chosen in Settings (BBC Weather unless the
/// reader chose another). A short fixed list rather than a typed address: a mistyped address
/// would strand a parent in danger on an error page.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ExitSite {
    #[default]
    BbcWeather,
    BbcNews,
    BbcSport,
}

impl ExitSite {
    pub const ALL: [ExitSite; 3] = [ExitSite::BbcWeather, ExitSite::BbcNews, ExitSite::BbcSport];

    pub const fn url(self) -> &'static str {
        match self {
            ExitSite::BbcWeather => "https://www.bbc.co.uk/weather",
            ExitSite::BbcNews => "https://www.bbc.co.uk/news",
            ExitSite::BbcSport => "https://www.bbc.co.uk/sport",
        }
    }

    /// The message naming the site in Settings.
    pub const fn label_key(self) -> &'static str {
        match self {
            ExitSite::BbcWeather => "exit-site-bbc-weather",
            ExitSite::BbcNews => "exit-site-bbc-news",
            ExitSite::BbcSport => "exit-site-bbc-sport",
        }
    }

    pub const fn id(self) -> &'static str {
        match self {
            ExitSite::BbcWeather => "bbc-weather",
            ExitSite::BbcNews => "bbc-news",
            ExitSite::BbcSport => "bbc-sport",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// public/exit.js reads the stored choice by its id and must go where the app says.
    #[test]
    fn the_exit_script_knows_every_site_by_its_stored_id() {
        let script = include_str!("../../public/exit.js");
        for site in ExitSite::ALL {
            assert_eq!(
                serde_json::to_string(&site).unwrap(),
                format!("\"{}\"", site.id())
            );
            assert!(
                script.contains(&format!("'{}': '{}'", site.id(), site.url())),
                "exit.js lacks {site:?}"
            );
        }
    }
}
