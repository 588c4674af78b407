//! A translator's check: `cargo run --example check_locale -- pl` lists every problem in
//! `locales/pl/` compared with English (see README, "Translations"). No argument checks all.

#[path = "../tests/support/locale_check.rs"]
mod locale_check;

use cp_guide::core::i18n::Language;

fn main() {
    let wanted: Vec<String> = std::env::args().skip(1).collect();
    let languages: Vec<Language> = if wanted.is_empty() {
        Language::ALL
            .into_iter()
            .filter(|l| l.is_translation())
            .collect()
    } else {
        match wanted
            .iter()
            .map(|c| Language::from_code(c).ok_or(c))
            .collect()
        {
            Ok(languages) => languages,
            Err(code) => {
                let known: Vec<&str> = Language::ALL.iter().map(|l| l.code()).collect();
                eprintln!("unknown language {code:?}; known: {}", known.join(" "));
                std::process::exit(2);
            }
        }
    };
    let mut total = 0;
    for language in languages {
        let problems = locale_check::check(language);
        println!("{}: {} problem(s)", language.code(), problems.len());
        for problem in &problems {
            println!("  {problem}");
        }
        total += problems.len();
    }
    std::process::exit(if total == 0 { 0 } else { 1 });
}
