//! Throughput benches, in bytes of article text per second.
//!
//! ```text
//! cargo bench                                              # everything
//! cargo bench -- parse/seed                                # one bench
//! cargo bench -- --warm-up-time 1 --measurement-time 2     # a quick look
//! ```
//!
//! Groups: `parse` (the whole `Parser::parse`) over the seed article, the dev
//! corpus concatenated (`../shared/corpus/dev/*.json` when that folder exists,
//! else the fixture articles), 20 KB of plain English with nothing to
//! extract, and the empty string; `jsonl` runs `jsonl::process_line` on the
//! seed as one JSON line; `kinds` parses the seed for one record kind at a
//! time (`Parser::record_kinds`). Each result is checked once before timing.

use std::hint::black_box;
use std::path::Path;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use milcoop::{jsonl, Country, Parser, RecordKind, Report};

const SEED: &str = include_str!("../tests/fixtures/seed.txt");
const FIXTURES: [&str; 3] = [
    SEED,
    include_str!("../tests/fixtures/drill.txt"),
    include_str!("../tests/fixtures/plan.txt"),
];
const SEED_HEADLINE: &str = "Kazakh-US military cooperation discussed in Astana";

/// Sentences with no names, numbers, dates or cooperation words.
const PLAIN: &[&str] = &[
    "the quiet river ran slowly past the old mill and into the green valley below.",
    "people walked along the path in the morning light, talking about the weather.",
    "a small bakery on the corner sold warm bread, sweet rolls and strong coffee.",
    "children played in the park while their parents read books on the benches.",
    "the wind moved through the tall grass and the birds sang in the trees above.",
    "after lunch everyone went back to work, and the street was calm once again.",
];

/// About `len` bytes of plain lower-case prose, in paragraphs.
fn no_match_text(len: usize) -> String {
    let mut s = String::from("a walk by the river\n\n");
    let mut i = 0;
    while s.len() < len {
        s.push_str(PLAIN[i % PLAIN.len()]);
        s.push(if i % 5 == 4 { '\n' } else { ' ' });
        i += 1;
    }
    s
}

/// The dev corpus texts joined by blank lines, or the fixtures when the
/// shared corpus is not checked out next to this crate.
fn corpus() -> (String, &'static str) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/dev");
    let mut texts = Vec::new();
    if let Ok(entries) = std::fs::read_dir(&dir) {
        let mut paths: Vec<_> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        paths.sort();
        for path in paths {
            let Ok(raw) = std::fs::read_to_string(&path) else {
                continue;
            };
            let Ok(value) = serde_json::from_str::<serde_json::Value>(&raw) else {
                continue;
            };
            if let Some(text) = value.get("text").and_then(|t| t.as_str()) {
                texts.push(text.to_owned());
            }
        }
    }
    if texts.is_empty() {
        (FIXTURES.join("\n\n"), "fixtures")
    } else {
        (texts.join("\n\n"), "dev corpus")
    }
}

fn seed_parser() -> Parser {
    Parser::new()
        .published(chrono::NaiveDate::from_ymd_opt(2009, 11, 21).expect("valid date"))
        .outlet_country(Country::from_alpha2("KZ").expect("KZ is known"))
}

fn bench_parse(c: &mut Criterion) {
    let seed_parser = seed_parser();
    let report = seed_parser.parse(SEED).expect("the seed parses");
    assert_eq!(report.headline.as_deref(), Some(SEED_HEADLINE));

    let (corpus, source) = corpus();
    let big = Parser::new().max_input_len(64 << 20);
    big.parse(&corpus).expect("the corpus parses");
    eprintln!("corpus: {source}, {} bytes", corpus.len());

    let plain = no_match_text(20 * 1024);
    let r = Parser::new().parse(&plain).expect("plain text parses");
    let found =
        r.meetings.len() + r.cooperation_plans.len() + r.exercises.len() + r.statistics.len();
    assert_eq!(found, 0, "plain text yields no records");

    assert_eq!(
        Parser::new().parse("").expect("empty parses"),
        Report::default(),
        "the empty text gives an empty report"
    );

    let mut g = c.benchmark_group("parse");
    g.throughput(Throughput::Bytes(SEED.len() as u64));
    g.bench_function("seed", |b| b.iter(|| seed_parser.parse(black_box(SEED))));
    g.throughput(Throughput::Bytes(corpus.len() as u64));
    g.bench_function("corpus", |b| b.iter(|| big.parse(black_box(&corpus))));
    g.throughput(Throughput::Bytes(plain.len() as u64));
    g.bench_function("no_match_20k", |b| {
        b.iter(|| Parser::new().parse(black_box(&plain)))
    });
    // Zero bytes has no byte rate; count calls instead.
    g.throughput(Throughput::Elements(1));
    g.bench_function("empty", |b| b.iter(|| Parser::new().parse(black_box(""))));
    g.finish();
}

fn bench_jsonl(c: &mut Criterion) {
    let line = serde_json::json!({
        "id": "seed", "text": SEED, "published": "2009-11-21", "outlet_country": "KZ",
    })
    .to_string();
    let parser = Parser::new();
    let out = jsonl::process_line(&parser, &line, 1).expect("one output line");
    let v: serde_json::Value = serde_json::from_str(&out).expect("output is JSON");
    assert_eq!(v["id"], "seed");
    assert_eq!(v["report"]["headline"], SEED_HEADLINE);

    let mut g = c.benchmark_group("jsonl");
    g.throughput(Throughput::Bytes(line.len() as u64));
    g.bench_function("seed_line", |b| {
        b.iter(|| jsonl::process_line(&parser, black_box(&line), 1))
    });
    g.finish();
}

fn bench_kinds(c: &mut Criterion) {
    let kinds = [
        ("meetings", RecordKind::Meetings, 1),
        ("cooperation_plans", RecordKind::CooperationPlans, 2),
        ("exercises", RecordKind::Exercises, 4),
        ("statistics", RecordKind::Statistics, 2),
    ];
    let mut g = c.benchmark_group("kinds");
    g.throughput(Throughput::Bytes(SEED.len() as u64));
    for (name, kind, expected) in kinds {
        let parser = seed_parser().record_kinds(&[kind]);
        let r = parser.parse(SEED).expect("the seed parses");
        assert_eq!(r.record_count(), expected, "{name} on the seed");
        g.bench_function(name, |b| b.iter(|| parser.parse(black_box(SEED))));
    }
    g.finish();
}

criterion_group!(benches, bench_parse, bench_jsonl, bench_kinds);
criterion_main!(benches);
