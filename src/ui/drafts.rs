//! What the parent has typed into a form but not yet added (a new contact, a new checklist
//! item, a plan action): kept in the page's memory, so that following a link, changing
//! language or an auto-lock does not throw it away. When the form comes back, so do the words.
//!
//! Never written to storage: a half-typed note would otherwise sit on the phone unsealed by
//! the passcode. A reload or closing the tab still loses it; "Delete all my data" empties it.

use leptos::prelude::*;
use std::any::Any;
use std::collections::HashMap;

type Kept = HashMap<String, Box<dyn Any + Send + Sync>>;

/// The app-wide store of drafts, keyed by a name unique across the app (for example the
/// field's element id).
#[derive(Clone, Copy)]
pub struct Drafts(StoredValue<Kept>);

impl Drafts {
    /// Called once, by the app's frame, which outlives every page.
    pub fn provide() {
        provide_context(Drafts(StoredValue::new(Kept::new())));
    }

    /// Forgets every draft (after "Delete all my data").
    pub fn clear(self) {
        self.0.update_value(Kept::clear);
    }
}

/// A signal for one form field that starts with what was last typed there and keeps each
/// change. A field back at its default (emptied, or just added) leaves no draft behind.
pub fn use_draft<T>(key: impl Into<String>) -> RwSignal<T>
where
    T: Clone + Default + PartialEq + Send + Sync + 'static,
{
    let Drafts(kept) = expect_context::<Drafts>();
    let key = key.into();
    let start = kept
        .with_value(|k| k.get(&key).and_then(|v| v.downcast_ref::<T>()).cloned())
        .unwrap_or_default();
    let value = RwSignal::new(start);
    Effect::new(move |_| {
        let now = value.get();
        kept.update_value(|k| {
            if now == T::default() {
                k.remove(&key);
            } else {
                k.insert(key.clone(), Box::new(now));
            }
        });
    });
    value
}
