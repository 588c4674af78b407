//! Times the report matcher (issue 19) on the host: a 10,000-word report made from the test
//! excerpt, marked for England and for Wales. `make bench` measures the same in the browser;
//! this is a quick check while changing the catalogue.
//!
//!     cargo run --release --example mark_report

use cp_guide::core::content::Nation;
use cp_guide::core::report_terms::{find_terms, long_report};
use std::time::Instant;

fn main() {
    let sample = include_str!("../tests/fixtures/report-excerpt.txt");
    let report = long_report(sample, 10_000);
    let words = report.split_whitespace().count();
    for nation in Nation::ALL {
        // The first call also builds the nation's index.
        let first = Instant::now();
        let marks = find_terms(&report, nation);
        let first = first.elapsed();
        let runs = 20;
        let start = Instant::now();
        for _ in 0..runs {
            std::hint::black_box(find_terms(std::hint::black_box(&report), nation));
        }
        let each = start.elapsed() / runs;
        println!(
            "{nation:?}: {words} words, {} marks; first call {:.2} ms, then {:.2} ms each",
            marks.len(),
            first.as_secs_f64() * 1000.0,
            each.as_secs_f64() * 1000.0
        );
    }
}
