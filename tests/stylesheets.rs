//! Every stylesheet beside a component or page is bundled: a `.css` file that neither
//! style/main.css (the guide's, inline in every page) nor style/tools.css (the tools', a file
//! fetched with a tool) imports would silently leave its page unstyled (it happened to
//! `/dates/`); one imported by both would be sent twice.

use std::path::Path;

#[test]
fn every_component_and_page_stylesheet_is_imported_once() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let read = |file: &str| std::fs::read_to_string(root.join(file)).unwrap();
    let (main, tools) = (read("style/main.css"), read("style/tools.css"));
    let mut missing = Vec::new();
    let mut twice = Vec::new();
    for folder in ["src/ui/components", "src/ui/pages"] {
        for entry in std::fs::read_dir(root.join(folder)).unwrap() {
            let name = entry.unwrap().file_name().into_string().unwrap();
            if name.ends_with(".css") {
                let import = format!("@import \"../{folder}/{name}\";");
                match (main.contains(&import), tools.contains(&import)) {
                    (false, false) => missing.push(import),
                    (true, true) => twice.push(import),
                    _ => {}
                }
            }
        }
    }
    assert!(
        missing.is_empty(),
        "add to style/main.css (the frame and the guide's pages) or style/tools.css (a tool's):\n{}",
        missing.join("\n")
    );
    assert!(
        twice.is_empty(),
        "imported by both style/main.css and style/tools.css:\n{}",
        twice.join("\n")
    );
}
