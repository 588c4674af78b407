//! Who is in the room: the people at the parent's next meeting, as the invitation names them,
//! each with the role they come in. Shown large on Take to the meeting, so a parent knows who
//! is speaking, in the room or on a video call. Kept in the `contacts` document (the people in
//! the child's case), so it is sealed, copied, printed and deleted with them.

use super::contacts::Role;
use super::list::{self, Keyed, Removed};
use serde::{Deserialize, Serialize};

#[derive(Serialize, Deserialize, Debug, Clone, Default, PartialEq, Eq)]
#[serde(default)]
pub struct Attendee {
    pub id: u64,
    pub name: String,
    pub role: MeetingRole,
}

impl Keyed for Attendee {
    fn id(&self) -> u64 {
        self.id
    }
}

/// Why someone is at a child protection meeting. The words are `room-role-<slug>` (the role)
/// and `room-role-<slug>-why` (one line on why they are there), in locales/<lang>/room.ftl.
#[derive(Serialize, Deserialize, Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum MeetingRole {
    Chair,
    #[default]
    SocialWorker,
    TeamManager,
    HealthVisitor,
    SchoolNurse,
    Gp,
    Teacher,
    PoliceOfficer,
    Paediatrician,
    MinuteTaker,
    Probation,
    Housing,
    Interpreter,
    Advocate,
    MySupporter,
    MySolicitor,
    Other,
}

impl MeetingRole {
    /// In the order the list offers them: the people who run the meeting first, the parent's
    /// own people last.
    pub const ALL: [MeetingRole; 17] = [
        MeetingRole::Chair,
        MeetingRole::SocialWorker,
        MeetingRole::TeamManager,
        MeetingRole::HealthVisitor,
        MeetingRole::SchoolNurse,
        MeetingRole::Gp,
        MeetingRole::Teacher,
        MeetingRole::PoliceOfficer,
        MeetingRole::Paediatrician,
        MeetingRole::MinuteTaker,
        MeetingRole::Probation,
        MeetingRole::Housing,
        MeetingRole::Interpreter,
        MeetingRole::Advocate,
        MeetingRole::MySupporter,
        MeetingRole::MySolicitor,
        MeetingRole::Other,
    ];

    pub const fn slug(self) -> &'static str {
        match self {
            MeetingRole::Chair => "chair",
            MeetingRole::SocialWorker => "social-worker",
            MeetingRole::TeamManager => "team-manager",
            MeetingRole::HealthVisitor => "health-visitor",
            MeetingRole::SchoolNurse => "school-nurse",
            MeetingRole::Gp => "gp",
            MeetingRole::Teacher => "teacher",
            MeetingRole::PoliceOfficer => "police-officer",
            MeetingRole::Paediatrician => "paediatrician",
            MeetingRole::MinuteTaker => "minute-taker",
            MeetingRole::Probation => "probation",
            MeetingRole::Housing => "housing",
            MeetingRole::Interpreter => "interpreter",
            MeetingRole::Advocate => "advocate",
            MeetingRole::MySupporter => "my-supporter",
            MeetingRole::MySolicitor => "my-solicitor",
            MeetingRole::Other => "other",
        }
    }

    pub fn from_slug(slug: &str) -> Option<MeetingRole> {
        MeetingRole::ALL.into_iter().find(|r| r.slug() == slug)
    }

    /// The role's name: `room-role-<slug>`.
    pub fn name_key(self) -> String {
        format!("room-role-{}", self.slug())
    }

    /// Why they are there, in one line: `room-role-<slug>-why`.
    pub fn why_key(self) -> String {
        format!("room-role-{}-why", self.slug())
    }

    /// The role a saved contact comes to the meeting in, for those who come to it.
    pub fn for_contact(role: Role) -> Option<MeetingRole> {
        match role {
            Role::SocialWorker => Some(MeetingRole::SocialWorker),
            Role::ConferenceChair => Some(MeetingRole::Chair),
            Role::Solicitor => Some(MeetingRole::MySolicitor),
            Role::Advocate => Some(MeetingRole::Advocate),
            Role::OutOfHours | Role::Other => None,
        }
    }
}

/// The list's operations, on the `in_the_room` list of [`super::Contacts`].
pub(crate) fn add(room: &mut Vec<Attendee>, id: u64, name: &str, role: MeetingRole) -> bool {
    let name = name.trim();
    if name.is_empty() || list::find(room, id).is_some() {
        return false;
    }
    room.push(Attendee {
        id,
        name: name.to_string(),
        role,
    });
    true
}

pub(crate) fn remove(room: &mut Vec<Attendee>, id: u64) -> Option<Removed<Attendee>> {
    list::remove(room, id)
}

pub(crate) fn restore(room: &mut Vec<Attendee>, removed: Removed<Attendee>) {
    list::restore(room, removed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_role_has_its_own_slug_and_comes_back_from_it() {
        let mut slugs: Vec<_> = MeetingRole::ALL.iter().map(|r| r.slug()).collect();
        slugs.sort_unstable();
        slugs.dedup();
        assert_eq!(slugs.len(), MeetingRole::ALL.len());
        for role in MeetingRole::ALL {
            assert_eq!(MeetingRole::from_slug(role.slug()), Some(role));
            assert_eq!(role.why_key(), format!("{}-why", role.name_key()));
        }
    }

    #[test]
    fn a_name_is_needed_and_an_id_is_used_once() {
        let mut room = Vec::new();
        assert!(!add(&mut room, 1, "   ", MeetingRole::Chair));
        assert!(add(&mut room, 1, "  Sam Patel ", MeetingRole::Chair));
        assert!(!add(&mut room, 1, "Jo", MeetingRole::Gp));
        assert_eq!(room[0].name, "Sam Patel");
        let removed = remove(&mut room, 1).unwrap();
        assert!(room.is_empty());
        restore(&mut room, removed.clone());
        restore(&mut room, removed);
        assert_eq!(room.len(), 1);
    }

    #[test]
    fn saved_contacts_come_in_the_role_they_hold() {
        assert_eq!(
            MeetingRole::for_contact(Role::ConferenceChair),
            Some(MeetingRole::Chair)
        );
        assert_eq!(
            MeetingRole::for_contact(Role::Solicitor),
            Some(MeetingRole::MySolicitor)
        );
        assert_eq!(MeetingRole::for_contact(Role::OutOfHours), None);
    }
}
