//! Checks that parsing time grows linearly with input size on adversarial text.
//!
//! ```text
//! cargo run --release --example linearity            # every pattern
//! cargo run --release --example linearity -- quotes  # patterns whose name contains "quotes"
//! ```
//!
//! Each pattern is repeated to 1 MiB and to 8 MiB and parsed, the two sizes
//! alternating, best of seven runs each; the table shows both times and their ratio. The exit status is 1 if
//! any ratio is over 12 (linear is about 8) or any 8 MiB run takes over 20 s.
//! The same patterns, at 1 MiB, are in `tests/it/extreme.rs`.

use std::process::ExitCode;
use std::time::{Duration, Instant};

use milcoop::{Parser, Report};

const MB: usize = 1 << 20;
const MAX_RATIO: f64 = 12.0;
const MAX_8MB: Duration = Duration::from_secs(20);
/// Times under this are too short to compare (page faults and cache warmth
/// weigh more than the parse); the ratio uses this floor instead. A pattern
/// judged against the floor still fails once its 8 MiB run takes over 48 ms.
const FLOOR: Duration = Duration::from_millis(4);

/// (name, unit repeated to size); a unit of "" means a special pattern.
const PATTERNS: &[(&str, &str)] = &[
    ("double quotes", "\""),
    ("single quotes", "'"),
    ("triple quotes", "\"\"\" "),
    (
        "mixed quotes",
        "\"'\u{201C}\u{201D}\u{2018}\u{2019}\u{00AB}\u{00BB}",
    ),
    ("quoted words", "\u{201C}Steppe Eagle\u{201D}, "),
    ("years", "2003-2004 208-2009 1,500 "),
    ("years no spaces", "2003-2004208-20091,500"),
    ("capitals", "Minister Of Defense Steppe Eagle Plan "),
    (
        "titles and names",
        "Defense Minister of Kazakhstan Adilbek Dzhaksybekov ",
    ),
    ("met with", "met with "),
    (
        "met with people",
        "Minister Dzhaksybekov met with Ambassador Hoagland and ",
    ),
    ("one word", "x"),
    ("capital word", "Kazakhstan"),
    ("dotted word", "U.S."),
    ("digits", "1234567890"),
    ("digits and commas", "1,000,"),
    ("newlines", "\n"),
    ("crlf", "\r\n"),
    ("blank paragraphs", "A\n\n"),
    ("series without head", "Steppe Eagle went on. "),
    ("ambiguous states", "Georgia and Chad. "),
    ("dots", "."),
    ("dot space", ". "),
    ("initials", "A. B. "),
    ("dotted capitals", "U. S. "),
    ("abbreviations", "Gen. Lt. Col. No. "),
    ("closing quotes", ".\"\"\"\"\")) "),
    ("nbsp", "\u{00A0}"),
    ("kelvin", "\u{212A}"),
    ("combining", "e\u{0301}"),
    ("arabic", "مرحبا "),
    ("dotted I", "\u{0130}stanbul "),
    ("date residue", " date 2019-09-20 "),
    ("weekdays", "on Friday "),
    (
        "exercise",
        "Nomadic Elephant-2019 exercise held since 2006 ",
    ),
    ("one long grapheme", ""),
];

fn build(name: &str, unit: &str, len: usize) -> String {
    if unit.is_empty() {
        // "one long grapheme": a letter followed by combining marks only.
        let mut s = String::from("a");
        while s.len() + 2 <= len {
            s.push('\u{0301}');
        }
        return s;
    }
    let mut s = String::with_capacity(len + unit.len());
    while s.len() + unit.len() <= len {
        s.push_str(unit);
    }
    assert!(!s.is_empty(), "{name}: empty pattern");
    s
}

fn records(r: &Report) -> usize {
    r.record_count() + r.diagnostics.len()
}

/// One timed parse: (time, records found).
fn time_once(parser: &Parser, text: &str) -> (Duration, usize) {
    let t = Instant::now();
    let report = parser.parse(std::hint::black_box(text));
    let elapsed = t.elapsed();
    match report {
        Ok(r) => (elapsed, records(&r)),
        Err(e) => {
            eprintln!("linearity: parse failed: {e}");
            std::process::exit(2);
        }
    }
}

/// Best times of `runs` rounds, each parsing `small` then `big`: the minimum is
/// the least disturbed by other load on the machine, and alternating the two
/// sizes lets both see the same machine. Stops early once a big run is slow.
fn time_pair(parser: &Parser, small: &str, big: &str, runs: usize) -> [(Duration, usize); 2] {
    let mut best = [(Duration::MAX, 0), (Duration::MAX, 0)];
    for _ in 0..runs {
        for (k, text) in [small, big].into_iter().enumerate() {
            let (t, n) = time_once(parser, text);
            best[k] = (best[k].0.min(t), n);
        }
        if best[1].0 > Duration::from_secs(2) {
            break;
        }
    }
    best
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn main() -> ExitCode {
    let filter = std::env::args().nth(1);
    if cfg!(debug_assertions) {
        eprintln!("linearity: debug build; use --release for meaningful times");
    }
    let parser = Parser::new().max_input_len(16 << 20);
    println!(
        "{:<20} {:>10} {:>10} {:>7} {:>9} {:>9}",
        "pattern", "1 MiB ms", "8 MiB ms", "ratio", "rec 1M", "rec 8M"
    );
    let mut failed = Vec::new();
    for &(name, unit) in PATTERNS {
        if filter.as_deref().is_some_and(|f| !name.contains(f)) {
            continue;
        }
        let small = build(name, unit, MB);
        let big = build(name, unit, 8 * MB);
        let [(t1, n1), (t8, n8)] = time_pair(&parser, &small, &big, 7);
        let ratio = t8.as_secs_f64() / t1.max(FLOOR).as_secs_f64();
        let bad = ratio > MAX_RATIO || t8 > MAX_8MB;
        println!(
            "{:<20} {:>10.1} {:>10.1} {:>7.1} {:>9} {:>9}{}",
            name,
            ms(t1),
            ms(t8),
            ratio,
            n1,
            n8,
            if bad { "  <- FAIL" } else { "" }
        );
        if bad {
            failed.push(name);
        }
    }
    if failed.is_empty() {
        ExitCode::SUCCESS
    } else {
        eprintln!(
            "linearity: not linear (ratio > {MAX_RATIO} or 8 MiB over {}s): {}",
            MAX_8MB.as_secs(),
            failed.join(", ")
        );
        ExitCode::FAILURE
    }
}
