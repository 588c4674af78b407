use crate::ui::i18n::use_i18n;
use crate::web::speech;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Reading {
    Stopped,
    Speaking,
    Paused,
}

/// "Listen to this page": the phone reads the page's heading and guide text aloud in the
/// page's language, with Pause / Carry on and Stop. Shown only where the browser has a voice
/// for that language; a Listen button that reads Urdu with an English voice would be worse
/// than none.
#[component]
pub fn ListenControls() -> impl IntoView {
    let i18n = use_i18n();
    let reading = RwSignal::new(Reading::Stopped);
    // Voices arrive late on many phones: count the changes, so `has_voice` re-checks.
    let voices_changed = RwSignal::new(0u32);
    speech::on_voices_changed(move || voices_changed.update(|n| *n += 1));
    let has_voice = Memo::new(move |_| {
        voices_changed.track();
        speech::voice_for(i18n.language().code()).is_some()
    });
    // A new language, or leaving the page, ends the reading.
    Effect::new(move |previous: Option<()>| {
        i18n.language();
        if previous.is_some() {
            speech::stop();
            reading.set(Reading::Stopped);
        }
    });
    on_cleanup(speech::stop);

    let start = move || {
        let Some(voice) = speech::voice_for(i18n.language().code()) else {
            return;
        };
        let parts = page_text();
        if parts.is_empty() {
            return;
        }
        reading.set(Reading::Speaking);
        speech::speak(&parts, &voice, move || reading.set(Reading::Stopped));
    };
    // One button that is Listen, then Pause, then Carry on: focus stays on it throughout.
    let listen_pause_or_resume = move |_| match reading.get_untracked() {
        Reading::Stopped => start(),
        Reading::Speaking => {
            speech::pause();
            reading.set(Reading::Paused);
        }
        Reading::Paused => {
            speech::resume();
            reading.set(Reading::Speaking);
        }
    };
    let main_button = NodeRef::<leptos::html::Button>::new();
    let stop = move |_| {
        speech::stop();
        reading.set(Reading::Stopped);
        // The Stop button goes away: focus goes back to Listen rather than to the page.
        if let Some(button) = main_button.get() {
            let _ = button.focus();
        }
    };

    view! {
        <Show when=move || has_voice.get()>
            <div class="listen" role="group" aria-label=i18n.text("listen-label")>
                <button type="button" class="button button--secondary listen__start" node_ref=main_button
                    on:click=listen_pause_or_resume>
                    <span class="listen__icon" aria-hidden="true">"🔊"</span>
                    {move || i18n.t(match reading.get() {
                        Reading::Stopped => "listen-button",
                        Reading::Speaking => "listen-pause",
                        Reading::Paused => "listen-resume",
                    })}
                </button>
                <Show when=move || reading.get() != Reading::Stopped>
                    <button type="button" class="button button--secondary" on:click=stop>
                        {i18n.text("listen-stop")}
                    </button>
                </Show>
            </div>
        </Show>
    }
}

/// What is read: the page's heading and the guide's own text, block by block, skipping the
/// buttons and menus around it.
fn page_text() -> Vec<String> {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return Vec::new();
    };
    let Ok(blocks) =
        document.query_selector_all("main h1, main .guide-sections :is(h2, h3, p, li)")
    else {
        return Vec::new();
    };
    let mut parts: Vec<String> = Vec::new();
    for index in 0..blocks.length() {
        let Some(element) = blocks
            .item(index)
            .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            continue;
        };
        let text = element.inner_text();
        let text = text.trim();
        // A list item's paragraph is read once, not once for the item and again for the p.
        if !text.is_empty() && parts.last().map(String::as_str) != Some(text) {
            parts.push(text.to_string());
        }
    }
    parts
}
