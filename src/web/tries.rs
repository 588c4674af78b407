//! Wrong passcode tries, counted exactly once each, even when two tabs take a try at the same
//! instant.
//!
//! Why IndexedDB, not localStorage: every tab reads localStorage from its own copy, which the
//! browser brings up to date a moment after another tab writes (in Chromium, another renderer
//! process). Two tabs could each read the same count and each write it plus one: one try lost,
//! even under a Web Lock. An IndexedDB read-change-write transaction on one store runs alone,
//! across every tab, against the one copy the browser holds. So the copy tries are counted on
//! lives there, as the whole lock record (`LockRecord`, for its salt and check value), and the
//! stored record in localStorage is brought in line after each count, for every other reader.
//!
//! Where IndexedDB cannot be opened (some private windows), tries are counted on the stored
//! record under a Web Lock, as before: exact within a tab, and near enough across tabs.

use crate::core::vault::LockRecord;
use crate::web;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbRequest, IdbTransactionMode};

/// A neutral name: the browser's site data lists it.
const DATABASE: &str = "notes-state";
const STORE: &str = "records";
const KEY: &str = "lock";
/// Held while the stored record is brought in line, so tabs write it in the order they counted.
const TRIES_LOCK: &str = "cp-guide-passcode-tries";

/// No passcode is set: there is nothing to count a try against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NoRecord;

/// Applies `count` to the lock record's tries as one step no other tab can interleave with,
/// and returns the record as counted with what `count` returned.
pub async fn count<R: 'static>(
    count: impl Fn(&mut LockRecord) -> R + 'static,
) -> Result<(LockRecord, R), NoRecord> {
    let Ok(Some(stored)) = web::storage::load::<LockRecord>() else {
        return Err(NoRecord);
    };
    let count = Rc::new(count);
    let in_database = {
        let count = count.clone();
        change_in_database(move |held| {
            let mut record = stored;
            if let Some(held) = held.and_then(|h| serde_json::from_str::<LockRecord>(&h).ok()) {
                record.take_tries_from(&held);
            }
            let told = count(&mut record);
            record.counted += 1;
            let json = serde_json::to_string(&record).ok()?;
            Some((json, (record, told)))
        })
        .await
    };
    web::one_tab_at_a_time::run(TRIES_LOCK, move || {
        let Ok(Some(mut now)) = web::storage::load::<LockRecord>() else {
            return Err(NoRecord);
        };
        match in_database {
            // Brought in line for every other reader, unless the passcode changed meanwhile or
            // a later count is already there.
            Some((record, told)) => {
                now.take_tries_from(&record);
                let _ = web::storage::save(&now);
                Ok((record, told))
            }
            // No database (or it failed to commit, and counted nothing): counted here.
            None => {
                let told = count(&mut now);
                now.counted += 1;
                let _ = web::storage::save(&now);
                Ok((now, told))
            }
        }
    })
    .await
}

/// Forgets the counted copy (Delete all, Remove every trace, the passcode removed). Not
/// awaited: a tab still holding the database open delays the deletion until it closes it.
pub fn forget() {
    if let Some(factory) = web_sys::window().and_then(|w| w.indexed_db().ok().flatten()) {
        let _ = factory.delete_database(DATABASE);
    }
}

/// Reads the value under KEY, lets `change` make the new one, and writes it, in one readwrite
/// transaction. `change` runs inside the request's success event, so the transaction is still
/// open for the write whatever the browser's rules on promises. None if the database could
/// not be used, or `change` gave nothing to write.
async fn change_in_database<R: 'static>(
    change: impl FnOnce(Option<String>) -> Option<(String, R)> + 'static,
) -> Option<R> {
    let database = open().await?;
    let result: Rc<RefCell<Option<R>>> = Rc::new(RefCell::new(None));
    let transaction = database
        .transaction_with_str_and_mode(STORE, IdbTransactionMode::Readwrite)
        .ok()?;
    let store = transaction.object_store(STORE).ok()?;
    let read = store.get(&KEY.into()).ok()?;
    let finished = finished(&transaction);
    {
        let (read_in, store, result) = (read.clone(), store.clone(), result.clone());
        let on_read = Closure::once_into_js(move || {
            let held = read_in.result().ok().and_then(|v| v.as_string());
            if let Some((json, told)) = change(held) {
                if store.put_with_key(&json.into(), &KEY.into()).is_ok() {
                    *result.borrow_mut() = Some(told);
                }
            }
        });
        read.set_onsuccess(Some(on_read.unchecked_ref()));
    }
    let committed = JsFuture::from(finished).await.is_ok();
    database.close();
    let told = result.borrow_mut().take();
    told.filter(|_| committed)
}

async fn open() -> Option<IdbDatabase> {
    let factory = web_sys::window()?.indexed_db().ok()??;
    let request = factory.open_with_u32(DATABASE, 1).ok()?;
    let on_upgrade = {
        let request = request.clone();
        Closure::once_into_js(move || {
            if let Ok(database) = request.result().and_then(|d| d.dyn_into::<IdbDatabase>()) {
                if !database.object_store_names().contains(STORE) {
                    let _ = database.create_object_store(STORE);
                }
            }
        })
    };
    request.set_onupgradeneeded(Some(on_upgrade.unchecked_ref()));
    JsFuture::from(settled(&request)).await.ok()?;
    request.result().ok()?.dyn_into::<IdbDatabase>().ok()
}

/// A promise that resolves when `request` succeeds and rejects when it fails.
fn settled(request: &IdbRequest) -> js_sys::Promise {
    let request = request.clone();
    js_sys::Promise::new(&mut move |resolve, reject| {
        request.set_onsuccess(Some(&resolve));
        request.set_onerror(Some(&reject));
    })
}

/// A promise that resolves when `transaction` commits, and rejects if it fails or is aborted.
fn finished(transaction: &web_sys::IdbTransaction) -> js_sys::Promise {
    let transaction = transaction.clone();
    js_sys::Promise::new(&mut move |resolve, reject| {
        transaction.set_oncomplete(Some(&resolve));
        transaction.set_onerror(Some(&reject));
        transaction.set_onabort(Some(&reject));
    })
}
