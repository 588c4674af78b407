//! The active language's messages, shared with every component through context.

use crate::core::address::Address;
use crate::core::content::Nation;
use crate::core::dates::{MONTH_KEYS, WEEKDAY_KEYS};
use crate::core::i18n::{Catalog, Language};
use crate::core::routes::Route;
use crate::core::store::Settings;
use crate::web;
use chrono::{Datelike, NaiveDate};
use fluent_bundle::{FluentArgs, FluentValue};
use leptos::prelude::*;
use std::sync::Arc;

#[derive(Clone, Copy)]
pub struct I18n {
    catalog: RwSignal<Arc<Catalog>>,
    /// True after a language failed to download, until the next successful switch.
    pub load_failed: RwSignal<bool>,
    /// England or Wales: every message receives it as `$nation`.
    pub nation: RwSignal<Nation>,
    /// Whether the reader has answered the England-or-Wales question.
    pub nation_chosen: RwSignal<bool>,
}

impl I18n {
    pub fn provide(catalog: Catalog, nation: Nation, nation_chosen: bool) -> I18n {
        let i18n = I18n {
            catalog: RwSignal::new(Arc::new(catalog)),
            load_failed: RwSignal::new(false),
            nation: RwSignal::new(nation),
            nation_chosen: RwSignal::new(nation_chosen),
        };
        provide_context(i18n);
        i18n
    }

    /// The message `key` in the active language. Reactive: call it inside a closure in a view.
    pub fn t(self, key: &str) -> String {
        self.t_args(key, [])
    }

    /// The message `key` as reactive text for a view: `{i18n.text("key")}`. Every call returns
    /// the same closure type, so Leptos compiles its rendering code once, not once per message
    /// as separate `move || i18n.t(..)` closures would (measured: several KB of wasm each).
    pub fn text(self, key: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
        move || self.t(key)
    }

    pub fn t_args<'a>(
        self,
        key: &str,
        args: impl IntoIterator<Item = (&'a str, FluentValue<'a>)>,
    ) -> String {
        let fluent_args = message_args(self.nation.get(), args);
        self.catalog.with(|c| c.format(key, Some(&fluent_args)))
    }

    /// The reader's answer to "England or Wales?", remembered on the phone.
    pub fn set_nation(self, nation: Nation) {
        self.nation.set(nation);
        self.nation_chosen.set(true);
        let _ = web::storage::update::<Settings>(|s| s.nation = Some(nation));
        self.tell_reader();
    }

    /// The service worker keeps the pages this reader returns to in their language and nation.
    fn tell_reader(self) {
        let route = web_sys::window()
            .and_then(|w| w.location().pathname().ok())
            .and_then(|path| web::address::parse(&path))
            .map_or(Route::Home, |a| a.route);
        let language = self.language_untracked();
        if language.is_offered() {
            let nation = self
                .nation_chosen
                .get_untracked()
                .then(|| self.nation.get_untracked());
            web::service_worker::tell_reader(
                Address::new(route).in_language(language).in_nation(nation),
            );
        }
    }

    /// The page `route` in the reader's language and, once answered, their nation: where the
    /// guide's own links lead, so a reload, a bookmark or a copied address keeps them.
    /// Reactive.
    pub fn address(self, route: Route) -> Address {
        Address::new(route)
            .in_language(self.language())
            .in_nation(self.nation_chosen.get().then(|| self.nation.get()))
    }

    /// A link to `route` for `href`: `{i18n.href(Route::Glossary)}`. Reactive.
    pub fn href(self, route: Route) -> impl Fn() -> String + Copy + Send + Sync + 'static {
        move || web::address::href(self.address(route))
    }

    /// A link to one part of `route`'s page (`/pl/glossary/#core-group`). Reactive.
    pub fn href_to(
        self,
        route: Route,
        section: impl AsRef<str> + Clone + Send + Sync + 'static,
    ) -> impl Fn() -> String + Clone + Send + Sync + 'static {
        move || web::address::href_to(self.address(route), section.as_ref())
    }

    /// "6 January 2027", "6 Ionawr 2027".
    pub fn date_long(self, date: NaiveDate) -> String {
        self.date_with("date-long", date)
    }

    /// "Wednesday 6 January 2027", "Dydd Mercher, 6 Ionawr 2027".
    pub fn date_full(self, date: NaiveDate) -> String {
        self.date_with("date-full", date)
    }

    fn date_with(self, pattern: &str, date: NaiveDate) -> String {
        let month = self.t(MONTH_KEYS[date.month0() as usize]);
        let weekday = self.t(WEEKDAY_KEYS[date.weekday().num_days_from_monday() as usize]);
        self.t_args(
            pattern,
            [
                ("day", date.day().to_string().into()),
                ("month", month.into()),
                ("year", date.year().to_string().into()),
                ("weekday", weekday.into()),
            ],
        )
    }

    pub fn language(self) -> Language {
        self.catalog.with(|c| c.language())
    }

    pub fn language_untracked(self) -> Language {
        self.catalog.with_untracked(|c| c.language())
    }

    /// Downloads the language's messages, then switches the page and remembers the choice.
    /// On failure the page stays in its current language and says so.
    pub fn switch_to(self, language: Language) {
        leptos::task::spawn_local(async move {
            match web::i18n::fetch_catalog(language).await {
                Ok(catalog) => {
                    self.catalog.set(Arc::new(catalog));
                    self.load_failed.set(false);
                    web::i18n::apply_to_document(language);
                    web::i18n::keep_page_words_for_offline(language);
                    let _ = web::storage::update::<Settings>(|s| {
                        s.language = Some(language.code().into())
                    });
                    self.tell_reader();
                }
                Err(_) => self.load_failed.set(true),
            }
        });
    }
}

/// A message's arguments: `$nation`, which every message receives, and `args`.
fn message_args<'a>(
    nation: Nation,
    args: impl IntoIterator<Item = (&'a str, FluentValue<'a>)>,
) -> FluentArgs<'a> {
    let mut fluent_args = FluentArgs::new();
    fluent_args.set("nation", nation.code());
    for (name, value) in args {
        fluent_args.set(name, value);
    }
    fluent_args
}

pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

/// The words of one page or tool that nothing else needs, in their own file
/// (`locales/<lang>/<file>`, listed in core::i18n::PAGE_LOCALE_FILES): fetched when the page
/// is opened, in the reader's language, and again when the language changes, so they cost
/// the guide's other pages nothing. Until they arrive the words are empty and
/// [`PageWords::ready`] is false; a failed download sets [`PageWords::failed`].
#[derive(Clone, Copy)]
pub struct PageWords {
    i18n: I18n,
    catalog: RwSignal<Option<Arc<Catalog>>>,
    pub failed: RwSignal<bool>,
}

pub fn use_page_words(file: &'static str) -> PageWords {
    let i18n = use_i18n();
    let words = PageWords {
        i18n,
        catalog: RwSignal::new(None),
        failed: RwSignal::new(false),
    };
    Effect::new(move |_| {
        let language = i18n.language();
        if words
            .catalog
            .with_untracked(|c| c.as_ref().is_some_and(|c| c.language() == language))
        {
            return;
        }
        leptos::task::spawn_local(async move {
            let fetched = web::i18n::fetch_words(language, file).await;
            // The page was left, or the language changed again, meanwhile.
            if words.catalog.is_disposed() || i18n.language_untracked() != language {
                return;
            }
            match fetched {
                Ok(catalog) => {
                    words.failed.set(false);
                    words.catalog.set(Some(Arc::new(catalog)));
                }
                Err(_) => words.failed.set(true),
            }
        });
    });
    words
}

impl PageWords {
    pub fn ready(self) -> bool {
        self.catalog.with(Option::is_some)
    }

    /// The message `key`, with `$nation` as every message has it. Reactive.
    pub fn t(self, key: &str) -> String {
        self.t_args(key, [])
    }

    pub fn t_args<'a>(
        self,
        key: &str,
        args: impl IntoIterator<Item = (&'a str, FluentValue<'a>)>,
    ) -> String {
        let fluent_args = message_args(self.i18n.nation.get(), args);
        self.catalog
            .with(|c| c.as_ref().map(|c| c.format(key, Some(&fluent_args))))
            .unwrap_or_default()
    }

    /// Reactive text for a view, like [`I18n::text`].
    pub fn text(self, key: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
        move || self.t(key)
    }
}

/// The words of one file (`letter-text.ftl`, `share.ftl`) in languages that may differ from the
/// reader's (a letter's language, a leaflet's two): each fetched when first wanted, once, and
/// kept while the page is open.
#[derive(Clone, Copy)]
pub struct WordsIn {
    catalogs: RwSignal<Vec<Arc<Catalog>>>,
    fetching: StoredValue<Vec<Language>>,
    /// The last fetch failed (until the next one starts).
    pub failed: RwSignal<bool>,
}

/// The words of `file` in each of `languages` (reactive: a new language is fetched when it
/// first appears).
pub fn use_words_in(
    file: &'static str,
    languages: impl Fn() -> Vec<Language> + Send + Sync + 'static,
) -> WordsIn {
    let words = WordsIn {
        catalogs: RwSignal::new(Vec::new()),
        fetching: StoredValue::new(Vec::new()),
        failed: RwSignal::new(false),
    };
    Effect::new(move |_| {
        for language in languages() {
            let have = words
                .catalogs
                .with_untracked(|k| k.iter().any(|c| c.language() == language));
            if have || words.fetching.with_value(|f| f.contains(&language)) {
                continue;
            }
            words.fetching.update_value(|f| f.push(language));
            words.failed.set(false);
            leptos::task::spawn_local(async move {
                let fetched = web::i18n::fetch_words(language, file).await;
                // The page was left meanwhile.
                if words.catalogs.is_disposed() {
                    return;
                }
                words
                    .fetching
                    .update_value(|f| f.retain(|l| *l != language));
                match fetched {
                    Ok(catalog) => words.catalogs.update(|k| k.push(Arc::new(catalog))),
                    Err(_) => words.failed.set(true),
                }
            });
        }
    });
    words
}

impl WordsIn {
    /// The words in `language`, once they have arrived. Reactive.
    pub fn catalog(self, language: Language) -> Option<Arc<Catalog>> {
        self.catalogs
            .with(|t| t.iter().find(|c| c.language() == language).cloned())
    }

    /// The words in each of `languages`, in that order, once all have arrived. Reactive.
    pub fn catalogs(self, languages: &[Language]) -> Option<Vec<Arc<Catalog>>> {
        self.catalogs.with(|kept| {
            languages
                .iter()
                .map(|l| kept.iter().find(|c| c.language() == *l).cloned())
                .collect()
        })
    }
}

/// The words of the letters and of my report (`letter-text.ftl`), in the letter's language.
/// `language` is the letter's language while a letter is being written, `None` otherwise.
pub fn use_letter_words(
    language: impl Fn() -> Option<Language> + Send + Sync + 'static,
) -> WordsIn {
    use_words_in(crate::core::letters::LETTER_TEXT_FILE, move || {
        language().into_iter().collect()
    })
}
