use super::list::{self, Keyed, Removed};
use super::room::{self, Attendee, MeetingRole};
use crate::core::store::{DecodeError, Document};
use serde::{Deserialize, Serialize};

/// My contacts: the people in my child's case, and who is in the room at the next meeting.
/// Kept as the `contacts` document.
#[derive(Serialize, Deserialize, Debug, Clone, Default, PartialEq, Eq)]
#[serde(default)]
pub struct Contacts {
    pub people: Vec<Contact>,
    /// Since version 2.
    pub in_the_room: Vec<Attendee>,
}

#[derive(Serialize, Deserialize, Debug, Clone, Default, PartialEq, Eq)]
#[serde(default)]
pub struct Contact {
    pub id: u64,
    pub name: String,
    pub role: Role,
    pub phone: String,
    pub email: String,
    pub notes: String,
}

/// The words are `contacts-role-<slug>`.
#[derive(Serialize, Deserialize, Debug, Clone, Copy, Default, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    #[default]
    SocialWorker,
    ConferenceChair,
    Solicitor,
    Advocate,
    OutOfHours,
    Other,
}

impl Role {
    pub const ALL: [Role; 6] = [
        Role::SocialWorker,
        Role::ConferenceChair,
        Role::Solicitor,
        Role::Advocate,
        Role::OutOfHours,
        Role::Other,
    ];
    pub const fn slug(self) -> &'static str {
        match self {
            Role::SocialWorker => "social-worker",
            Role::ConferenceChair => "conference-chair",
            Role::Solicitor => "solicitor",
            Role::Advocate => "advocate",
            Role::OutOfHours => "out-of-hours",
            Role::Other => "other",
        }
    }
    pub const fn message_key(self) -> &'static str {
        match self {
            Role::SocialWorker => "contacts-role-social-worker",
            Role::ConferenceChair => "contacts-role-conference-chair",
            Role::Solicitor => "contacts-role-solicitor",
            Role::Advocate => "contacts-role-advocate",
            Role::OutOfHours => "contacts-role-out-of-hours",
            Role::Other => "contacts-role-other",
        }
    }
}

impl Keyed for Contact {
    fn id(&self) -> u64 {
        self.id
    }
}

impl Document for Contacts {
    const NAME: &'static str = "contacts";
    /// 2: who is in the room. An older version of the app, in another tab, then leaves the
    /// document alone rather than write it back without that list.
    const VERSION: u32 = 2;
    const PERSONAL: bool = true;

    fn migrate(from: u32, data: serde_json::Value) -> Result<serde_json::Value, DecodeError> {
        match from {
            // The new list starts empty (its default).
            1 => Ok(data),
            _ => Err(DecodeError::UnknownVersion(from)),
        }
    }
}

impl Contacts {
    pub fn get_mut(&mut self, id: u64) -> Option<&mut Contact> {
        list::find_mut(&mut self.people, id)
    }
    pub fn remove(&mut self, id: u64) -> Option<Removed<Contact>> {
        list::remove(&mut self.people, id)
    }
    pub fn restore(&mut self, removed: Removed<Contact>) {
        list::restore(&mut self.people, removed)
    }
    pub fn merge(&mut self, other: Contacts) {
        list::merge(&mut self.people, other.people);
        list::merge(&mut self.in_the_room, other.in_the_room);
    }
    pub fn add_to_room(&mut self, id: u64, name: &str, role: MeetingRole) -> bool {
        room::add(&mut self.in_the_room, id, name, role)
    }
    pub fn remove_from_room(&mut self, id: u64) -> Option<Removed<Attendee>> {
        room::remove(&mut self.in_the_room, id)
    }
    pub fn restore_to_room(&mut self, removed: Removed<Attendee>) {
        room::restore(&mut self.in_the_room, removed)
    }
    /// Saved contacts who come to meetings and are not in the room yet, with the role they
    /// would come in: offered with one tap.
    pub fn not_yet_in_the_room(&self) -> Vec<(&Contact, MeetingRole)> {
        self.people
            .iter()
            .filter(|c| !c.name.trim().is_empty())
            .filter_map(|c| MeetingRole::for_contact(c.role).map(|r| (c, r)))
            .filter(|(c, _)| {
                !self
                    .in_the_room
                    .iter()
                    .any(|a| a.name.trim() == c.name.trim())
            })
            .collect()
    }
}

/// A `tel:` link for a number as people write it ("07700 900 123", "+44 (0)20 7946 0000"):
/// digits and a leading plus only. None when there are too few digits to dial.
pub fn tel_href(phone: &str) -> Option<String> {
    let phone = phone.trim();
    // "+44 (0)20…": the (0) is not dialled after a country code, but "(0)20…" alone is a
    // whole number with brackets.
    let phone = if phone.starts_with('+') {
        phone.replace("(0)", "")
    } else {
        phone.to_string()
    };
    let digits: String = phone.chars().filter(|c| c.is_ascii_digit()).collect();
    if digits.len() < 3 {
        return None;
    }
    let plus = if phone.trim_start().starts_with('+') {
        "+"
    } else {
        ""
    };
    Some(format!("tel:{plus}{digits}"))
}

/// A `mailto:` link when the text looks like one email address; None otherwise, so a note
/// typed in the email box never becomes a link with extra headers (`?cc=`, `&body=`).
pub fn mailto_href(email: &str) -> Option<String> {
    let email = email.trim();
    let (local, domain) = email.split_once('@')?;
    let fine = |part: &str| {
        !part.is_empty()
            && part
                .chars()
                .all(|c| c.is_alphanumeric() || ".-_+'".contains(c))
    };
    (fine(local) && fine(domain) && domain.contains('.')).then(|| format!("mailto:{email}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_numbers_become_dialable_links() {
        assert_eq!(
            tel_href("07700 900 123").as_deref(),
            Some("tel:07700900123")
        );
        assert_eq!(
            tel_href("+44 (0)20 7946-0000").as_deref(),
            Some("tel:+442079460000")
        );
        assert_eq!(
            tel_href("(0)20 7946 0000").as_deref(),
            Some("tel:02079460000")
        );
        assert_eq!(tel_href("ask at reception"), None);
        assert_eq!(tel_href("999").as_deref(), Some("tel:999"));
    }

    #[test]
    fn only_plain_addresses_become_mail_links() {
        assert_eq!(
            mailto_href(" sam.jones@council.gov.uk ").as_deref(),
            Some("mailto:sam.jones@council.gov.uk")
        );
        for bad in [
            "sam",
            "sam@",
            "@council.gov.uk",
            "sam@council",
            "sam@x.uk?cc=other@y.uk",
            "a b@c.uk",
            "javascript:alert(1)@x.uk",
        ] {
            assert_eq!(mailto_href(bad), None, "{bad}");
        }
    }
}
