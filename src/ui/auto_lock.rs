//! Locks the notes again after some minutes without a tap or a key press (5 unless the parent
//! chose otherwise in Settings), and checks at once when the page comes back into view, so a
//! phone left on a table does not stay open.

use crate::core::vault::LockRecord;
use crate::ui::notes::{LockState, Notes};
use crate::web;
use leptos::prelude::*;
use std::time::Duration;

pub fn watch(notes: Notes) {
    let last_use = StoredValue::new(js_sys::Date::now());
    let used = move || last_use.set_value(js_sys::Date::now());
    let check = move || {
        if notes.lock.get_untracked() != LockState::Unlocked {
            return;
        }
        let minutes = web::storage::load::<LockRecord>()
            .ok()
            .flatten()
            .map_or(5, |r| r.auto_lock_minutes);
        if js_sys::Date::now() - last_use.get_value() >= f64::from(minutes) * 60_000.0 {
            notes.lock_now();
        }
    };
    // These listeners and the timer live as long as the app.
    std::mem::forget(window_event_listener(leptos::ev::pointerdown, move |_| {
        used()
    }));
    std::mem::forget(window_event_listener(leptos::ev::keydown, move |_| used()));
    std::mem::forget(window_event_listener(
        leptos::ev::visibilitychange,
        move |_| check(),
    ));
    let _ = set_interval_with_handle(check, Duration::from_secs(10));
    // Unlocking counts as use.
    Effect::new(move |_| {
        if notes.lock.get() == LockState::Unlocked {
            used();
        }
    });
}
