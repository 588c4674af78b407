//! Every stylesheet beside a component or page is bundled: a `.css` file that style/main.css
//! does not import would silently leave its page unstyled (it happened to `/dates/`).

use std::path::Path;

#[test]
fn every_component_and_page_stylesheet_is_imported_by_main_css() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let main = std::fs::read_to_string(root.join("style/main.css")).unwrap();
    let mut missing = Vec::new();
    for folder in ["src/ui/components", "src/ui/pages"] {
        for entry in std::fs::read_dir(root.join(folder)).unwrap() {
            let name = entry.unwrap().file_name().into_string().unwrap();
            if name.ends_with(".css") {
                let import = format!("@import \"../{folder}/{name}\";");
                if !main.contains(&import) {
                    missing.push(import);
                }
            }
        }
    }
    assert!(
        missing.is_empty(),
        "add to style/main.css:\n{}",
        missing.join("\n")
    );
}
