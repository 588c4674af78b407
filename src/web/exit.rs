//! Leaving in an emergency: blank the page and its title at once, then replace this page in
//! the history with a neutral site, so that Back does not return here.

use super::document;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

const OVERLAY_ID: &str = "exit-overlay";

thread_local! {
    static SAVED_TITLE: RefCell<Option<String>> = const { RefCell::new(None) };
}

pub fn leave(url: &str) {
    super::speech::stop();
    let doc = document();
    if doc.get_element_by_id(OVERLAY_ID).is_none() {
        if let (Ok(overlay), Some(body)) = (doc.create_element("div"), doc.body()) {
            overlay.set_id(OVERLAY_ID);
            overlay.set_class_name("exit-overlay");
            let _ = body.append_child(&overlay);
        }
    }
    SAVED_TITLE.with(|t| t.borrow_mut().get_or_insert_with(|| doc.title()).clone());
    doc.set_title("");
    if let Some(window) = web_sys::window() {
        let _ = window.location().replace(url);
    }
}

/// When the browser brings this page back from its back-forward cache, the blank overlay from
/// an exit would still be there: take it away and restore the title.
pub fn undo_blank_on_restore() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let on_show = Closure::<dyn Fn(web_sys::PageTransitionEvent)>::new(
        |event: web_sys::PageTransitionEvent| {
            if !event.persisted() {
                return;
            }
            let doc = document();
            if let Some(overlay) = doc.get_element_by_id(OVERLAY_ID) {
                overlay.remove();
            }
            if let Some(title) = SAVED_TITLE.with(|t| t.borrow_mut().take()) {
                doc.set_title(&title);
            }
        },
    );
    let _ = window.add_event_listener_with_callback("pageshow", on_show.as_ref().unchecked_ref());
    on_show.forget();
}

/// True when the key press happened while typing in a field, where phone keyboards send Shift
/// on their own: such presses never count towards an exit.
pub fn typing_in_a_field(event: &web_sys::KeyboardEvent) -> bool {
    let Some(element) = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return false;
    };
    matches!(element.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
        || element.is_content_editable()
}
