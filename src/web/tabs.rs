//! Telling the guide's other open tabs (and windows) what happened in this one: the notes were
//! locked, or everything was deleted. A `BroadcastChannel`, or where a browser lacks it, a
//! storage key set and removed at once (other tabs hear the change; nothing stays). The exit
//! uses the same channel from public/exit.js.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

const CHANNEL: &str = "cp-guide-tabs";
const SIGNAL_KEY: &str = "cp-guide:tabs-signal";

/// What one tab tells the others.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TabNews {
    /// "Lock my notes now" (or the exit): drop the key, show the unlock form.
    Locked,
    /// "Delete all my data": forget the screen's notes and drafts too.
    DeletedAll,
}

impl TabNews {
    fn name(self) -> &'static str {
        match self {
            TabNews::Locked => "lock",
            TabNews::DeletedAll => "delete-all",
        }
    }

    fn from_name(name: &str) -> Option<TabNews> {
        [TabNews::Locked, TabNews::DeletedAll]
            .into_iter()
            .find(|news| news.name() == name)
    }
}

thread_local! {
    static CHANNEL_HERE: Option<web_sys::BroadcastChannel> = web_sys::BroadcastChannel::new(CHANNEL).ok();
}

/// Tells every other tab of the guide (never this one).
pub fn tell_others(news: TabNews) {
    let sent = CHANNEL_HERE.with(|channel| {
        channel.as_ref().is_some_and(|channel| {
            let message = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&message, &"type".into(), &news.name().into());
            channel.post_message(&message).is_ok()
        })
    });
    if !sent {
        if let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
            let _ = storage.set_item(SIGNAL_KEY, news.name());
            let _ = storage.remove_item(SIGNAL_KEY);
        }
    }
}

/// Runs `hear` with what another tab tells, for as long as the app runs.
pub fn listen(hear: impl Fn(TabNews) + Clone + 'static) {
    let from_channel = hear.clone();
    CHANNEL_HERE.with(|channel| {
        if let Some(channel) = channel {
            let on_message = Closure::<dyn Fn(web_sys::MessageEvent)>::new(
                move |event: web_sys::MessageEvent| {
                    let name = js_sys::Reflect::get(&event.data(), &"type".into())
                        .ok()
                        .and_then(|t| t.as_string());
                    if let Some(news) = name.as_deref().and_then(TabNews::from_name) {
                        from_channel(news);
                    }
                },
            );
            let _ = channel
                .add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());
            on_message.forget();
        }
    });
    std::mem::forget(window_event_listener(leptos::ev::storage, move |event| {
        if event.key().as_deref() == Some(SIGNAL_KEY) {
            if let Some(news) = event.new_value().as_deref().and_then(TabNews::from_name) {
                hear(news);
            }
        }
    }));
}
