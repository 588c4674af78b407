// The WebAssembly entry point. On the host this binary does nothing: the app only runs in a browser.
fn main() {
    #[cfg(target_arch = "wasm32")]
    cp_guide::web::start();
}
