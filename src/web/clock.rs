//! The phone's clock, read in the two forms the app needs.

/// Today's date on this phone, as `YYYY-MM-DD`.
pub fn today_iso() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}

/// Now in UTC as `YYYYMMDDTHHMMSSZ`, the stamp a calendar file needs.
pub fn utc_stamp() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        now.get_utc_full_year(),
        now.get_utc_month() + 1,
        now.get_utc_date(),
        now.get_utc_hours(),
        now.get_utc_minutes(),
        now.get_utc_seconds()
    )
}

/// An id for a new item: milliseconds since 1970 times 1000 plus a random part, so two tabs
/// (or a phone and a backup file) adding at once do not collide. Stays below 2^53, so it
/// survives a trip through JavaScript numbers.
pub fn unique_id() -> u64 {
    let ms = js_sys::Date::now() as u64;
    ms * 1000 + (js_sys::Math::random() * 1000.0) as u64
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// Milliseconds since the page started: moves only forward, at the speed of real time,
    /// whatever the phone's clock is set to.
    #[wasm_bindgen(js_namespace = performance, js_name = now)]
    fn performance_now() -> f64;
    #[wasm_bindgen(js_namespace = performance, js_name = measure)]
    fn performance_measure(name: &str, options: &js_sys::Object);
}

/// Runs `work` and leaves its duration in the browser's own User Timing list under `name`
/// (`performance.getEntriesByName(name)`), where `make bench` reads it: nothing is sent or kept.
pub fn timed<R>(name: &str, work: impl FnOnce() -> R) -> R {
    let start = performance_now();
    let result = work();
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"start".into(), &start.into());
    let _ = js_sys::Reflect::set(&options, &"end".into(), &performance_now().into());
    performance_measure(name, &options);
    result
}

thread_local! {
    static LAST_COUNTED: std::cell::Cell<f64> = const { std::cell::Cell::new(0.0) };
}

/// The time this page has itself seen pass (ms) since it last counted a passcode wait, or
/// since it started; counting starts afresh from now.
pub fn seen_since_last_count() -> u64 {
    let now = performance_now();
    let last = LAST_COUNTED.with(|l| l.replace(now));
    (now - last).max(0.0) as u64
}

/// Local date (`YYYY-MM-DD`) and time (`HH:MM`) of a moment in milliseconds since 1970.
pub fn local_date_and_time(ms: u64) -> (String, String) {
    let at = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    (
        format!(
            "{:04}-{:02}-{:02}",
            at.get_full_year(),
            at.get_month() + 1,
            at.get_date()
        ),
        format!("{:02}:{:02}", at.get_hours(), at.get_minutes()),
    )
}

/// Waits `duration` without holding up the page (a `setTimeout` awaited).
pub async fn pause(duration: std::time::Duration) {
    let waited = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
                &resolve,
                duration.as_millis() as i32,
            );
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(waited).await;
}
