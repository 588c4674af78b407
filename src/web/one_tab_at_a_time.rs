//! Work that must not run in two tabs of the guide at the same instant: the Web Locks API
//! (`navigator.locks`) lets one tab at a time hold a named lock, across every tab and window
//! of the site. Where a browser lacks it (Safari before 15.4), the work runs at once, as it did
//! before.

use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Runs `work` while holding the lock `name`, and returns what it returned. The work is
/// synchronous: the lock is held only for as long as it runs.
pub async fn run<R: 'static>(name: &str, work: impl FnOnce() -> R + 'static) -> R {
    let work = Rc::new(RefCell::new(Some(work)));
    let result: Rc<RefCell<Option<R>>> = Rc::new(RefCell::new(None));
    if let Some(locks) = lock_manager() {
        let (work_in, result_in) = (work.clone(), result.clone());
        let callback: Closure<dyn FnMut(JsValue) -> JsValue> =
            Closure::once(move |_lock: JsValue| -> JsValue {
                if let Some(work) = work_in.borrow_mut().take() {
                    *result_in.borrow_mut() = Some(work());
                }
                JsValue::UNDEFINED
            });
        let request = js_sys::Reflect::get(&locks, &"request".into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
        if let Some(request) = request {
            if let Ok(promise) = request.call2(&locks, &name.into(), callback.as_ref()) {
                if let Ok(promise) = promise.dyn_into::<js_sys::Promise>() {
                    // Refused (a sandboxed frame, say): the work runs below, without the lock.
                    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
                }
            }
        }
    }
    // Without the lock, or if it was refused before the work ran.
    if let Some(work) = work.borrow_mut().take() {
        *result.borrow_mut() = Some(work());
    }
    let done = result.borrow_mut().take();
    done.expect("the work ran, with the lock or without it")
}

fn lock_manager() -> Option<JsValue> {
    let navigator = web_sys::window()?.navigator();
    js_sys::Reflect::get(&navigator, &"locks".into())
        .ok()
        .filter(|locks| !locks.is_undefined() && !locks.is_null())
}
