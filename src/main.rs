// The WebAssembly entry point. On the host this binary does nothing: the app only runs in a browser.
fn main() {
    #[cfg(target_arch = "wasm32")]
    // The browser layer prepares (address, language, its words), then the views take over.
    cp_guide::web::start(cp_guide::ui::mount);
}
