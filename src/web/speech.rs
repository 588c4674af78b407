//! Reading aloud with the phone's own voices (the Web Speech API): nothing is sent anywhere by
//! us, and nothing is downloaded. Only voices on the phone (`localService`) are used: an online
//! voice (desktop Chrome's "Google …", Edge's "Natural" voices) sends the page's text to its
//! maker. Where the browser has no voice on the phone for a language, there is no Listen button.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

fn synth() -> Option<SpeechSynthesis> {
    web_sys::window()?.speech_synthesis().ok()
}

/// The best voice on the phone for a language code such as `pl` or `en`: the phone's default
/// voice if it speaks the language, otherwise the first that does. British English is preferred
/// for `en`. Never an online voice.
pub fn voice_for(code: &str) -> Option<SpeechSynthesisVoice> {
    let voices = synth()?.get_voices();
    let speaks = |voice: &SpeechSynthesisVoice| {
        let lang = voice.lang().replace('_', "-").to_ascii_lowercase();
        lang == code || lang.starts_with(&format!("{code}-"))
    };
    let matching: Vec<SpeechSynthesisVoice> = voices
        .iter()
        .filter_map(|v| v.dyn_into::<SpeechSynthesisVoice>().ok())
        .filter(|v| v.local_service() && speaks(v))
        .collect();
    matching
        .iter()
        .find(|v| v.default())
        .or_else(|| {
            matching
                .iter()
                .find(|v| code == "en" && v.lang().eq_ignore_ascii_case("en-GB"))
        })
        .or_else(|| matching.first())
        .cloned()
}

/// Calls `changed` whenever the browser's list of voices changes: it is often empty at first
/// and filled a moment later.
pub fn on_voices_changed(changed: impl Fn() + 'static) {
    if let Some(synth) = synth() {
        let callback = Closure::<dyn Fn()>::new(changed);
        synth.set_onvoiceschanged(Some(callback.as_ref().unchecked_ref()));
        // One listener for the page's life (the Listen button is the only user).
        callback.forget();
    }
}

/// Reads `parts` aloud in order, in `voice`'s language, one utterance each (long utterances
/// are cut off by some browsers); `finished` runs after the last, or never if stopped.
pub fn speak(parts: &[String], voice: &SpeechSynthesisVoice, finished: impl Fn() + 'static) {
    let Some(synth) = synth() else {
        return;
    };
    synth.cancel();
    // `cancel` leaves a paused engine paused: what is queued next would never be heard.
    synth.resume();
    let finished = Closure::<dyn Fn()>::new(finished);
    let count = parts.len();
    for (index, part) in parts.iter().enumerate() {
        let Ok(utterance) = SpeechSynthesisUtterance::new_with_text(part) else {
            continue;
        };
        utterance.set_voice(Some(voice));
        utterance.set_lang(&voice.lang());
        if index + 1 == count {
            utterance.set_onend(Some(finished.as_ref().unchecked_ref()));
        }
        synth.speak(&utterance);
    }
    finished.forget();
}

pub fn pause() {
    if let Some(synth) = synth() {
        synth.pause();
    }
}

pub fn resume() {
    if let Some(synth) = synth() {
        synth.resume();
    }
}

/// Stops at once and forgets what was queued. Also called on leaving a page and by the
/// emergency exit: the phone must not go on reading the guide aloud.
pub fn stop() {
    if let Some(synth) = synth() {
        synth.cancel();
        synth.resume();
    }
}
