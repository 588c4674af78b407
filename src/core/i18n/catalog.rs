//! One language's messages, parsed and ready to format.

use super::Language;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use std::fmt;

/// The messages of one language. Built from the text of its `.ftl` files.
pub struct Catalog {
    language: Language,
    // The concurrent bundle is Send + Sync, so a catalogue can sit in a Leptos signal.
    bundle: FluentBundle<FluentResource>,
}

/// Why a set of `.ftl` sources could not become a catalogue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogError(pub Vec<String>);

impl fmt::Display for CatalogError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.join("; "))
    }
}

impl Catalog {
    /// Parses `(file name, text)` pairs. Any syntax error or duplicate message id is an error:
    /// a broken locale file must fail loudly in the tests, not show gaps to a parent.
    pub fn from_sources(
        language: Language,
        sources: &[(&str, &str)],
    ) -> Result<Catalog, CatalogError> {
        let langid = language
            .code()
            .parse()
            .map_err(|e| CatalogError(vec![format!("bad language code: {e:?}")]))?;
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        // Isolation marks (U+2068/U+2069) around placeables matter only when right-to-left and
        // left-to-right text mix; leaving them out elsewhere keeps copied text clean.
        bundle.set_use_isolating(language.direction() == super::Direction::Rtl);
        if language == Language::Pseudo {
            bundle.set_transform(Some(super::pseudo::transform));
        }
        let mut errors = Vec::new();
        for (name, text) in sources {
            match FluentResource::try_new(text.to_string()) {
                Ok(resource) => {
                    if let Err(errs) = bundle.add_resource(resource) {
                        errors.extend(errs.iter().map(|e| format!("{name}: {e}")));
                    }
                }
                Err((_, errs)) => errors.extend(errs.iter().map(|e| format!("{name}: {e:?}"))),
            }
        }
        if errors.is_empty() {
            Ok(Catalog { language, bundle })
        } else {
            Err(CatalogError(errors))
        }
    }

    pub fn language(&self) -> Language {
        self.language
    }

    pub fn has(&self, key: &str) -> bool {
        self.bundle
            .get_message(key)
            .and_then(|m| m.value())
            .is_some()
    }

    /// Formats a message. A missing message shows its id rather than nothing, so a gap is
    /// visible (and the host tests make sure no shipped key is missing).
    pub fn format(&self, key: &str, args: Option<&FluentArgs>) -> String {
        let Some(pattern) = self.bundle.get_message(key).and_then(|m| m.value()) else {
            return key.to_string();
        };
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_messages_and_arguments() {
        let catalog = Catalog::from_sources(
            Language::En,
            &[("a.ftl", "hello = Hello\ncount = { $n } done\n")],
        )
        .unwrap();
        assert_eq!(catalog.format("hello", None), "Hello");
        let mut args = FluentArgs::new();
        args.set("n", 3);
        assert_eq!(catalog.format("count", Some(&args)), "3 done");
        assert!(catalog.has("hello"));
        assert!(!catalog.has("nope"));
        assert_eq!(catalog.format("nope", None), "nope");
    }

    #[test]
    fn syntax_errors_and_duplicates_are_reported() {
        let broken = Catalog::from_sources(Language::En, &[("a.ftl", "hello = Hello\n= oops\n")]);
        assert!(broken.is_err());
        let twice = Catalog::from_sources(
            Language::En,
            &[("a.ftl", "hello = Hello\n"), ("b.ftl", "hello = Again\n")],
        );
        assert!(twice.is_err());
    }
}
