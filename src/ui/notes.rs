//! The parent's notes as signals, shared by every page through context, and kept in step with
//! storage. Every change is applied to a fresh read of storage and written back at once, so two
//! tabs never overwrite each other's newer change; the other tab hears of it through the
//! browser's `storage` event and reloads.
//!
//! The documents are read the first time a page shows them (`Notes::documents`), not at the
//! start: their formats' code (serde, the codec, the seal) then travels in the chunks of the
//! pages that use them (see ui::chunks), and a new kind of note adds nothing to the guide's
//! first load. The app's frame (the lock, the exit, other tabs' news) reaches them only
//! through `OnScreen`, for the same reason.

use crate::core::dates::MyDates;
use crate::core::letters::Letters;
use crate::core::personal::{Checklist, Contacts, KeptReport, MyData, Plan, Questions};
use crate::core::store::{storage_key, Document};
use crate::core::vault::{KdfParams, Key, LockRecord, PasscodeRemoved, WrongTries};
use crate::web;
use crate::web::storage::{LoadError, SaveError};
use crate::web::tabs::TabNews;
use crate::web::vault::{DeriveError, UnlockFailure};
use leptos::prelude::*;

/// What went wrong with storage, for the banner at the top of every page.
#[derive(Clone, Copy)]
pub struct StorageProblems {
    /// Backup keys of documents that could not be read (their text is kept there).
    pub unreadable: RwSignal<Vec<String>>,
    /// The last write was refused: what is on screen is not saved.
    pub not_saved: RwSignal<bool>,
    /// Another tab runs a newer version of the app: it wrote a document this version cannot
    /// read (left untouched, read-only here), or the service worker changed under this page.
    pub other_version: RwSignal<bool>,
}

/// One stored document as a signal.
pub struct Synced<D: Send + Sync + 'static> {
    doc: RwSignal<D>,
    /// True while the screen holds changes the browser refused to store: the next change
    /// builds on the screen's copy rather than the older stored one, so nothing typed is lost.
    unsaved: StoredValue<bool>,
    /// The stored text is unreadable and could not be moved aside: never write over it.
    stuck: StoredValue<bool>,
    /// The stored document was written by a newer version of the app: read-only in this tab.
    newer: StoredValue<bool>,
    /// Changes the phone refused to save, put away while the notes are locked: the screen
    /// empties, and they come back (still unsaved) when the notes are opened again.
    held: StoredValue<Option<D>>,
    problems: StorageProblems,
}

impl<D: Send + Sync + 'static> Clone for Synced<D> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<D: Send + Sync + 'static> Copy for Synced<D> {}

impl<D: Document + Default + Clone + PartialEq + Send + Sync + 'static> Synced<D> {
    fn load(problems: StorageProblems) -> Self {
        let synced = Synced {
            doc: RwSignal::new(D::default()),
            unsaved: StoredValue::new(false),
            stuck: StoredValue::new(false),
            newer: StoredValue::new(false),
            held: StoredValue::new(None),
            problems,
        };
        synced.doc.set(synced.read_stored().unwrap_or_default());
        synced
    }

    /// The stored document; `None` when storage cannot be reached.
    fn read_stored(self) -> Option<D> {
        let loaded = web::storage::load::<D>();
        self.newer
            .set_value(matches!(loaded, Err(LoadError::Newer)));
        match loaded {
            Err(LoadError::Newer) => {
                self.problems.other_version.set(true);
                None
            }
            Ok(doc) => Some(doc.unwrap_or_default()),
            Err(LoadError::Unavailable | LoadError::Locked) => None,
            Err(LoadError::Stuck) => {
                self.stuck.set_value(true);
                self.problems.not_saved.set(true);
                None
            }
            Err(LoadError::Unreadable { backup_key, .. }) => {
                self.problems
                    .unreadable
                    .update(|keys| keys.push(backup_key));
                Some(D::default())
            }
        }
    }

    /// The document as it is now: read afresh from storage (another tab may have changed it),
    /// or the screen's copy while it holds changes the phone refused to save.
    fn current(self) -> D {
        if self.unsaved.get_value() {
            return self.doc.get_untracked();
        }
        self.read_stored()
            .unwrap_or_else(|| self.doc.get_untracked())
    }

    /// The document's key in storage.
    fn storage_key(self) -> String {
        storage_key::<D>()
    }

    /// Empties the screen's copy (after Delete all).
    fn forget(self) {
        self.doc.set(D::default());
    }

    /// Reads the document (tracked, for views).
    pub fn with<R>(self, f: impl FnOnce(&D) -> R) -> R {
        self.doc.with(f)
    }

    pub fn get(self) -> D {
        self.doc.get()
    }

    pub fn get_untracked(self) -> D {
        self.doc.get_untracked()
    }

    /// Applies a change and stores it. Returns what the change returned.
    pub fn change<R>(self, f: impl FnOnce(&mut D) -> R) -> R {
        let base = if self.unsaved.get_value() {
            None
        } else {
            self.read_stored()
        };
        let mut doc = base.unwrap_or_else(|| self.doc.get_untracked());
        let result = f(&mut doc);
        // A newer version's document is read-only here: the change is neither stored nor shown
        // (it was made on this tab's older copy), and the banner asks for a reload.
        if !self.newer.get_value() {
            self.store(doc);
        }
        result
    }

    /// Replaces the whole document if it differs from the one on screen (or always, with
    /// `every`).
    /// Returns whether the document is stored (true when nothing needed writing).
    fn replace_if(self, doc: D, every: bool) -> bool {
        if every || self.doc.with_untracked(|d| *d != doc) {
            self.store(doc)
        } else {
            true
        }
    }

    /// Returns whether the browser stored it (never, for a document a newer version wrote).
    fn store(self, doc: D) -> bool {
        if self.newer.get_value() {
            return false;
        }
        if self.stuck.get_value() && self.read_stored().is_none() {
            // Still stuck: keep the change on screen only, and say so.
            self.unsaved.set_value(true);
            self.problems.not_saved.set(true);
            self.doc.set(doc);
            return false;
        }
        self.stuck.set_value(false);
        let saved = match web::storage::save(&doc) {
            // This tab still holds a key, but the passcode was changed in another tab a moment
            // ago and it has not heard yet: the change is kept like any refused one (on screen,
            // then held by the lock that follows), and saved once the notes are opened again.
            Err(SaveError::Locked) if web::vault::key().is_some() => false,
            // Locked (a late change after the notes locked): the screen holds no notes to keep,
            // and building later changes on this empty copy would overwrite the sealed ones.
            Err(SaveError::Locked) => return false,
            result => result.is_ok(),
        };
        self.unsaved.set_value(!saved);
        self.problems.not_saved.set(!saved);
        if self.doc.with_untracked(|d| *d != doc) {
            self.doc.set(doc);
        }
        saved
    }

    /// Locking: tries once more to save a refused change, then empties the screen. A change the
    /// phone still refuses is held in this tab's memory (never written anywhere in the clear)
    /// rather than thrown away.
    fn put_away(self) {
        if self.unsaved.get_value() {
            self.store(self.doc.get_untracked());
        }
        if self.unsaved.get_value() {
            self.held.set_value(Some(self.doc.get_untracked()));
        }
        self.doc.set(D::default());
    }

    /// Unlocking: a held change comes back on screen (still unsaved, so the next change builds
    /// on it and the banner still offers a copy); otherwise the stored document is read afresh.
    fn bring_back(self) {
        match self.held.try_update_value(Option::take).flatten() {
            Some(doc) => self.doc.set(doc),
            None => {
                self.unsaved.set_value(false);
                self.reload();
            }
        }
    }

    /// Another tab changed this document: show its version (unless this tab holds unsaved
    /// changes, which must stay on screen).
    fn reload(self) {
        if self.unsaved.get_value() {
            return;
        }
        if let Some(doc) = self.read_stored() {
            if self.doc.with_untracked(|d| *d != doc) {
                self.doc.set(doc);
            }
        }
    }
}

/// Whether the notes are behind a passcode, and whether this tab holds its key.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum LockState {
    NoPasscode,
    Locked,
    Unlocked,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum UnlockError {
    /// No passcode record (deleted in another tab).
    NoRecord,
    /// Wrong; `wait` seconds before the next try (0 for the first few).
    Wrong { wait: u32 },
    /// Too soon after wrong tries: this many seconds left.
    Wait(u32),
    /// The notes locked (or the page was left) while the passcode was being checked.
    Interrupted,
    /// The passcode could not be checked (the key-derivation worker failed); not counted.
    Unavailable,
}

/// Runs `$body` once for each of the parent's documents (each a `Synced` field of `$documents`,
/// bound to `$doc`): a new kind of note is added here, not in every place that walks them.
macro_rules! each_document {
    ($documents:expr, |$doc:ident| $body:expr) => {{
        let documents = $documents;
        {
            let $doc = documents.checklist;
            $body;
        }
        {
            let $doc = documents.questions;
            $body;
        }
        {
            let $doc = documents.plan;
            $body;
        }
        {
            let $doc = documents.contacts;
            $body;
        }
        {
            let $doc = documents.dates;
            $body;
        }
        {
            let $doc = documents.letters;
            $body;
        }
        {
            let $doc = documents.report;
            $body;
        }
    }};
}

/// The parent's notes and what guards them.
#[derive(Clone, Copy)]
pub struct Notes {
    pub lock: RwSignal<LockState>,
    pub problems: StorageProblems,
    /// Wrong tries to tell the parent of, after they unlocked (until they close the message).
    pub wrong_tries: RwSignal<Option<WrongTries>>,
    /// The passcode was removed on this date (`YYYY-MM-DD`): said until the parent closes it.
    pub passcode_removed: RwSignal<Option<String>>,
    /// The documents, once read (see `documents`); until then none is on screen.
    read: RwSignal<Option<Documents>>,
    /// The same documents as the frame sees them (see `OnScreen`).
    on_screen: StoredValue<Option<&'static dyn OnScreen>>,
    /// The app's reactive owner: the documents outlive the page that first reads them.
    owner: StoredValue<Owner>,
}

/// Every document the parent writes, each kept in step with storage.
#[derive(Clone, Copy)]
pub struct Documents {
    pub checklist: Synced<Checklist>,
    pub questions: Synced<Questions>,
    pub plan: Synced<Plan>,
    pub contacts: Synced<Contacts>,
    pub dates: Synced<MyDates>,
    pub letters: Synced<Letters>,
    /// A report kept on Understand a report.
    pub report: Synced<KeptReport>,
}

/// What the app's frame asks of the documents on screen. The frame (the lock, the exit, another
/// tab's news, the storage banner) is in every page's first load; calling through this trait,
/// whose one implementation is made where the documents are first read, keeps their storage
/// code out of it.
trait OnScreen: Send + Sync {
    /// Another tab changed the document stored under `key` (every document, for `None`).
    fn reload(&self, key: Option<&str>);
    /// Locking: see `Synced::put_away`. Returns whether a change is still unsaved.
    fn put_away(&self) -> bool;
    /// Unlocking: see `Synced::bring_back`.
    fn bring_back(&self);
    /// Empties the screen, forgetting unsaved changes (and held ones too, with `held`).
    fn forget(&self, held: bool);
    fn snapshot(&self) -> MyData;
}

impl OnScreen for Documents {
    fn reload(&self, key: Option<&str>) {
        each_document!(*self, |doc| if key.is_none_or(|k| k == doc.storage_key()) {
            doc.reload()
        });
    }

    fn put_away(&self) -> bool {
        let mut still_unsaved = false;
        each_document!(*self, |doc| {
            doc.put_away();
            still_unsaved |= doc.unsaved.get_value();
        });
        still_unsaved
    }

    fn bring_back(&self) {
        each_document!(*self, |doc| doc.bring_back());
    }

    fn forget(&self, held: bool) {
        each_document!(*self, |doc| {
            doc.forget();
            doc.unsaved.set_value(false);
            if held {
                doc.held.set_value(None);
            }
        });
    }

    fn snapshot(&self) -> MyData {
        Documents::snapshot(*self)
    }
}

impl Notes {
    pub fn provide() -> Notes {
        let problems = StorageProblems {
            unreadable: RwSignal::new(Vec::new()),
            not_saved: RwSignal::new(false),
            other_version: RwSignal::new(false),
        };
        let lock = if web::vault::passcode_set() {
            LockState::Locked
        } else {
            LockState::NoPasscode
        };
        let notes = Notes {
            lock: RwSignal::new(lock),
            problems,
            wrong_tries: RwSignal::new(None),
            passcode_removed: RwSignal::new(stored_removal()),
            read: RwSignal::new(None),
            on_screen: StoredValue::new(None),
            owner: StoredValue::new(Owner::current().expect("the app's owner")),
        };
        // The key is None when another tab cleared everything (delete all).
        let drafts = use_context::<super::drafts::Drafts>();
        let handle = window_event_listener(leptos::ev::storage, move |event| {
            let key = event.key();
            if key.is_none() {
                if let Some(drafts) = drafts {
                    drafts.clear();
                }
            }
            let is = |name: String| key.as_ref().is_none_or(|k| *k == name);
            // The passcode was set, changed or removed in another tab: this tab's key (if any)
            // no longer fits, so start again from the stored state.
            if key.as_deref() == Some(storage_key::<LockRecord>().as_str())
                && same_passcode(event.old_value(), event.new_value())
            {
                // A wrong try counted, or the auto-lock time changed: not a new passcode.
                return;
            }
            if is(storage_key::<PasscodeRemoved>()) {
                notes.passcode_removed.set(stored_removal());
            }
            if is(storage_key::<LockRecord>()) {
                web::vault::set_key(None);
                if web::vault::passcode_set() {
                    notes.lock_now();
                } else {
                    notes.lock.set(LockState::NoPasscode);
                    notes.reload_all();
                }
                return;
            }
            if let Some(documents) = notes.on_screen.get_value() {
                documents.reload(key.as_deref());
            }
        });
        // The notes live as long as the app.
        std::mem::forget(handle);
        notes.follow_other_tabs_and_the_exit(drafts);
        provide_context(notes);
        notes
    }

    /// The documents, read from storage the first time they are asked for: by a tool's page
    /// (in its chunk), or by `read_if_kept`.
    pub fn documents(self) -> Documents {
        if let Some(documents) = self.read.get_untracked() {
            return documents;
        }
        let problems = self.problems;
        let documents = self
            .owner
            .with_value(|owner| owner.with(|| untrack(|| Documents::load(problems))));
        self.on_screen
            .set_value(Some(Box::leak(Box::new(documents))));
        self.read.set(Some(documents));
        documents
    }

    /// The documents once read (tracked), for a guide page that shows something of them
    /// (`read_if_kept` asks for them).
    pub fn documents_read(self) -> Option<Documents> {
        self.read.get()
    }

    /// Reads the documents (their code fetched as a chunk of its own) if the parent keeps a
    /// checklist: the guide's stage list shows its progress. A first visit fetches nothing.
    pub fn read_if_kept(self) {
        if self.read.get_untracked().is_none() && web::storage::is_stored::<Checklist>() {
            leptos::task::spawn_local(super::chunks::read_documents(self));
        }
    }

    /// What the storage banner's emergency copy holds: what is on screen.
    pub fn on_screen_now(self) -> MyData {
        self.on_screen
            .get_value()
            .map(|documents| documents.snapshot())
            .unwrap_or_default()
    }

    fn reload_all(self) {
        if let Some(documents) = self.on_screen.get_value() {
            documents.reload(None);
        }
    }
}

impl Documents {
    fn load(problems: StorageProblems) -> Documents {
        Documents {
            checklist: Synced::load(problems),
            questions: Synced::load(problems),
            plan: Synced::load(problems),
            contacts: Synced::load(problems),
            dates: Synced::load(problems),
            letters: Synced::load(problems),
            report: Synced::load(problems),
        }
    }

    pub fn snapshot(self) -> MyData {
        MyData {
            checklist: self.checklist.get_untracked(),
            questions: self.questions.get_untracked(),
            plan: self.plan.get_untracked(),
            contacts: self.contacts.get_untracked(),
            dates: self.dates.get_untracked(),
            letters: self.letters.get_untracked(),
            report: self.report.get_untracked(),
        }
    }

    /// Every document as it is now (see `Synced::current`), not as last shown: for an import,
    /// which must count and keep exactly what it replaces.
    pub fn current(self) -> MyData {
        MyData {
            checklist: self.checklist.current(),
            questions: self.questions.current(),
            plan: self.plan.current(),
            contacts: self.contacts.current(),
            dates: self.dates.current(),
            letters: self.letters.current(),
            report: self.report.current(),
        }
    }

    /// Nothing written yet (tracked, for views).
    pub fn is_empty(self) -> bool {
        self.checklist.with(|c| c.items.is_empty())
            && self.questions.with(|q| q.items.is_empty())
            && self
                .plan
                .with(|p| p.actions.is_empty() && p.meetings.is_empty())
            && self
                .contacts
                .with(|c| c.people.is_empty() && c.in_the_room.is_empty())
            && self.dates.with(|d| *d == MyDates::default())
            && self.letters.with(|l| *l == Letters::default())
            && self.report.with(|r| !r.is_kept())
    }

    /// Puts `data` in place of the notes (an import). Only what differs is written, so an
    /// empty part of the file does not add an empty document to storage.
    pub fn replace_all(self, data: MyData) {
        self.write_all(data, false);
    }

    /// `every`: write each document even if unchanged (to seal or unseal it). Returns whether
    /// every write was stored (one refused write is not hidden by a later one that worked).
    fn write_all(self, data: MyData, every: bool) -> bool {
        [
            self.checklist.replace_if(data.checklist, every),
            self.questions.replace_if(data.questions, every),
            self.plan.replace_if(data.plan, every),
            self.contacts.replace_if(data.contacts, every),
            self.dates.replace_if(data.dates, every),
            self.letters.replace_if(data.letters, every),
            self.report.replace_if(data.report, every),
        ]
        .into_iter()
        .all(|stored| stored)
    }
}

impl Notes {
    /// Another tab's lock or delete, this tab's exit, and the page being put away: none may
    /// leave the notes open (nor the drafts, after an exit or a delete) in any tab, nor in a
    /// page the browser keeps in its back-forward cache to show again on Back.
    fn follow_other_tabs_and_the_exit(self, drafts: Option<super::drafts::Drafts>) {
        let clear_drafts = move || {
            if let Some(drafts) = drafts {
                drafts.clear();
            }
        };
        web::tabs::listen(move |news| match news {
            // Only where a passcode is set: emptying an open screen without one would look
            // like lost notes.
            TabNews::Locked if web::vault::passcode_set() => self.lock_now(),
            TabNews::Locked => {}
            TabNews::DeletedAll => {
                clear_drafts();
                self.forget_after_delete_all();
            }
        });
        web::exit::on_exit(move || {
            clear_drafts();
            self.lock_now();
        });
        std::mem::forget(window_event_listener_untyped("pagehide", move |_| {
            if self.lock.get_untracked() == LockState::Unlocked {
                self.lock_now();
            }
        }));
    }

    /// "Lock my notes now": here and in every other tab.
    pub fn lock_everywhere(self) {
        self.lock_now();
        web::tabs::tell_others(TabNews::Locked);
    }

    /// After "delete all" (here or in another tab): the screen, the key and the lock go too.
    pub fn forget_after_delete_all(self) {
        self.forget_all(true);
        self.passcode_removed.set(None);
        self.problems.other_version.set(false);
        web::vault::set_key(None);
        self.lock.set(LockState::NoPasscode);
    }

    /// Drops the key and empties the screen; the sealed notes stay in storage.
    ///
    /// A change the phone refused to save is never thrown away by a lock (auto-lock, Lock now,
    /// another tab's lock, leaving the page, the exit). What is safest for the parent is both at
    /// once: the screen still empties at once, since someone else may be holding the phone, and
    /// the refused change is held in this tab's memory only, coming back when the notes are
    /// opened, with the "not saved" banner kept, so it can be saved or downloaded then. Without
    /// a passcode there is nothing to lock behind: the screen empties as before, but a refused
    /// change stays on it.
    pub fn lock_now(self) {
        self.wrong_tries.set(None);
        if !web::vault::passcode_set() {
            web::vault::set_key(None);
            if !self.problems.not_saved.get_untracked() {
                self.forget_all(false);
            }
            return;
        }
        // While the key is still held, so a change saved at the last moment is sealed.
        let still_unsaved = self
            .on_screen
            .get_value()
            .is_some_and(|documents| documents.put_away());
        self.problems.not_saved.set(still_unsaved);
        web::vault::set_key(None);
        self.problems.unreadable.set(Vec::new());
        self.lock.set(LockState::Locked);
    }

    /// Checks the passcode against the stored record (slow on purpose: Argon2id) and opens the
    /// notes if it is right.
    pub async fn try_unlock(self, passcode: &str) -> Result<(), UnlockError> {
        let (key, record) = self.check_passcode(passcode).await?;
        self.unlock_with(key);
        if record.kdf.needs_upgrade() {
            self.upgrade_key(passcode.to_owned(), record);
        }
        Ok(())
    }

    /// A record made with a weaker Argon2 cost than today's: once the notes are open, the
    /// key is derived again at today's cost (with a new salt) and every document re-sealed
    /// with it, unless the notes lock or the passcode changes meanwhile. The other tabs lock
    /// first: their key would no longer open what is stored.
    fn upgrade_key(self, passcode: String, unlocked_with: LockRecord) {
        leptos::task::spawn_local(async move {
            let (Some(salt), Some(nonce)) = (web::vault::random(), web::vault::random()) else {
                return;
            };
            let stronger = KdfParams::RECOMMENDED;
            let Ok(key) = web::vault::derive_key(&passcode, &salt, stronger).await else {
                return;
            };
            let unchanged = |record: &LockRecord| record.salt == unlocked_with.salt;
            let still_open = || {
                self.lock.get_untracked() == LockState::Unlocked
                    && matches!(web::storage::load::<LockRecord>(), Ok(Some(r)) if unchanged(&r))
            };
            if !still_open() {
                return;
            }
            web::tabs::tell_others(TabNews::Locked);
            // Give the other tabs a moment to lock before the writes they would hear of.
            web::clock::pause(std::time::Duration::from_millis(300)).await;
            let Ok(Some(current)) = web::storage::load::<LockRecord>() else {
                return;
            };
            if still_open() {
                self.seal_with(key.clone(), &current.resealed(&key, salt, stronger, nonce));
            }
        });
    }

    /// Whether `passcode` is the one set (slow on purpose: Argon2id); if so, its key and
    /// record. Every try counts, wherever the passcode was asked for (unlock, Keep a copy,
    /// change, remove): it is written down with the wait that follows before the slow check
    /// starts (in a worker: web::vault), so tries in several tabs at once each count, and a
    /// reload resets nothing. The right passcode clears the count, and the wrong tries before
    /// it are kept to tell. A check that could not run (no worker, or the notes locked
    /// meanwhile) still counts: a try was made.
    pub async fn check_passcode(self, passcode: &str) -> Result<(Key, LockRecord), UnlockError> {
        // Counted exactly once, even against a try at the same instant in another tab.
        let now_ms = js_sys::Date::now() as u64;
        let seen_ms = web::clock::seen_since_last_count();
        let counted = web::tries::count(move |record| {
            // Written even when refused: the wait was counted down.
            record.begin_try(now_ms, seen_ms).map_err(UnlockError::Wait)
        })
        .await
        .map_err(|_| UnlockError::NoRecord);
        let (record, started) = counted?;
        let ticket = started?;
        let key = match web::vault::unlock(&record, passcode).await {
            Ok(key) => key,
            Err(UnlockFailure::NoKey(DeriveError::Interrupted)) => {
                return Err(UnlockError::Interrupted)
            }
            Err(UnlockFailure::NoKey(_)) => return Err(UnlockError::Unavailable),
            Err(UnlockFailure::Refused(_)) => {
                return Err(UnlockError::Wrong {
                    wait: ticket.next_wait_seconds,
                })
            }
        };
        // Another tab may have counted tries meanwhile: ended on the count as it is now.
        let (record, told) = match web::tries::count(move |now| now.end_right_try(ticket)).await {
            Ok(ended) => ended,
            // The passcode was removed meanwhile: nothing left to count.
            Err(_) => (record, None),
        };
        if told.is_some() {
            self.wrong_tries.set(told);
        }
        Ok((key, record))
    }

    /// Opens the notes with a key that has just been checked against the passcode record.
    fn unlock_with(self, key: Key) {
        web::vault::set_key(Some(key));
        self.lock.set(LockState::Unlocked);
        // Whatever was on screen before locking was emptied; read everything afresh, but for
        // changes the phone refused to save, which were held (see `lock_now`).
        // Through `OnScreen`, so the unlock form's chunk does not carry the documents' code.
        if let Some(documents) = self.on_screen.get_value() {
            documents.bring_back();
        }
    }

    /// Sets or changes the passcode: every personal document is written again, sealed with the
    /// new key, over its old copy (so no readable copy is left). `record` holds the new salt
    /// and check value. For a change, every other tab is locked first, so none writes with the
    /// old key meanwhile. Returns false if the browser refused a write.
    ///
    /// The record is written before the documents: another tab that hears of a document it
    /// cannot open then finds its key no longer fits the record, and leaves the document be
    /// (see `web::storage::load`) rather than keep it aside as damaged.
    pub fn seal_with(self, key: Key, record: &LockRecord) -> bool {
        let old_record = web::storage::load::<LockRecord>().ok().flatten();
        // A change needs the notes open (see `is_open`); a first passcode, none set.
        let ready = match old_record {
            Some(_) => self.is_open(),
            None => self.lock.get_untracked() == LockState::NoPasscode,
        };
        if !ready {
            return false;
        }
        // A change (not a first passcode: no other tab holds a key then, and locking would
        // only empty their screens).
        if old_record.is_some() {
            web::tabs::tell_others(TabNews::Locked);
        }
        // As stored, not as shown: another tab may have written since this one last heard.
        // Read while this tab's key still fits the stored record.
        let documents = self.documents();
        let data = documents.current();
        let old_key = web::vault::key();
        if web::storage::save(record).is_err() {
            return false;
        }
        web::vault::set_key(Some(key.clone()));
        if !documents.write_all(data.clone(), true) {
            // Put everything back as it was, the record first: no note left sealed with a
            // passcode that was never set, none left readable under one that was.
            match &old_record {
                Some(old) => {
                    let _ = web::storage::save(old);
                }
                None => web::storage::remove::<LockRecord>(),
            }
            web::vault::set_key(old_key);
            documents.write_all(data, true);
            return false;
        }
        web::storage::reseal_backups(old_key.as_ref(), Some(&key));
        self.lock.set(LockState::Unlocked);
        true
    }

    /// Removes the passcode (already checked by the caller): every other tab is locked, every
    /// personal document is written again in plain text, and only then is the lock record
    /// removed, so a write the phone refuses leaves the passcode in place and nothing lost.
    /// The date is kept to tell the parent.
    pub fn unseal(self) -> bool {
        if !self.is_open() {
            return false;
        }
        web::tabs::tell_others(TabNews::Locked);
        // As stored, not as shown: another tab may have written since this one last heard.
        let documents = self.documents();
        let data = documents.current();
        let key = web::vault::key();
        web::vault::set_key(None);
        web::vault::set_removing_passcode(true);
        let all_plain = documents.write_all(data.clone(), true);
        web::vault::set_removing_passcode(false);
        if !all_plain {
            web::vault::set_key(key);
            documents.write_all(data, true);
            return false;
        }
        web::storage::reseal_backups(key.as_ref(), None);
        let removed = PasscodeRemoved {
            on: web::clock::today_iso(),
        };
        let _ = web::storage::save(&removed);
        web::storage::remove::<LockRecord>();
        web::tries::forget();
        self.passcode_removed.set(Some(removed.on));
        self.lock.set(LockState::NoPasscode);
        true
    }

    /// Whether the notes are open in this tab, with the passcode's key. Checked again just before
    /// every document is written anew (a passcode changed or removed): the notes may have locked
    /// while the passcode was being checked (another tab's Lock now, the page put away), and the
    /// screen's emptied copies must never be written over the sealed notes.
    fn is_open(self) -> bool {
        self.lock.get_untracked() == LockState::Unlocked && web::vault::key().is_some()
    }

    /// The parent has read that the passcode was removed.
    pub fn dismiss_removal(self) {
        web::storage::remove::<PasscodeRemoved>();
        self.passcode_removed.set(None);
    }

    /// Empties the screen, unsaved changes too; changes held while locked go too with `held`
    /// (only for Delete all, which means to remove everything).
    fn forget_all(self, held: bool) {
        if let Some(documents) = self.on_screen.get_value() {
            documents.forget(held);
        }
        self.problems.unreadable.set(Vec::new());
        self.problems.not_saved.set(false);
    }
}

fn stored_removal() -> Option<String> {
    web::storage::load::<PasscodeRemoved>()
        .ok()
        .flatten()
        .map(|r| r.on)
}

/// Whether two stored passcode records hold the same passcode (same salt and check value).
fn same_passcode(old: Option<String>, new: Option<String>) -> bool {
    let read = |text: Option<String>| {
        text.and_then(|t| crate::core::store::decode::<LockRecord>(&t).ok())
            .map(|r| (r.salt, r.check))
    };
    match (read(old), read(new)) {
        (Some(a), Some(b)) => a == b,
        _ => false,
    }
}

pub fn use_notes() -> Notes {
    expect_context::<Notes>()
}

/// The parent's documents, read now if no page has yet: for a tool's page, in its chunk.
pub fn use_documents() -> Documents {
    use_notes().documents()
}
