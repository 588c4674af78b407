//! The app's side of the emergency exit. The exit itself is `public/exit.js`, loaded before
//! the app so that it works from the first paint: it blanks the page, takes the visit out of
//! Back and sends every tab of the guide away. The app only asks it to leave and hears that
//! it is leaving.

use leptos::prelude::*;

/// Leaves for `site` as the exit button does (public/exit.js): used after removing every
/// trace, when the stored choice of site is already gone.
pub fn leave(site: &str) {
    let init = web_sys::CustomEventInit::new();
    init.set_detail(&site.into());
    if let (Some(window), Ok(event)) = (
        web_sys::window(),
        web_sys::CustomEvent::new_with_event_init_dict("cp-guide-leave", &init),
    ) {
        let _ = window.dispatch_event(&event);
    }
}

/// Runs `forget` the moment this tab leaves by the exit (here or in another tab), before the
/// page goes, so nothing the parent unlocked or typed stays in a page the browser may keep.
pub fn on_exit(forget: impl Fn() + 'static) {
    std::mem::forget(window_event_listener_untyped("cp-guide-exit", move |_| {
        super::speech::stop();
        forget();
    }));
}

/// Runs `count` with the Shift presses still needed to exit after each press (0: the count
/// started again), for a screen reader.
pub fn on_shift_count(count: impl Fn(u8) + 'static) -> WindowListenerHandle {
    window_event_listener_untyped("cp-guide-exit-shift", move |event| {
        let left = js_sys::Reflect::get(&event, &"detail".into())
            .ok()
            .and_then(|d| d.as_f64())
            .unwrap_or(0.0);
        count(left as u8);
    })
}
