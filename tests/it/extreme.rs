//! Adversarial inputs of about 1 MB each: they parse, return `Ok`, give a
//! bounded number of records, and every span slices the input.
//!
//! Timing is not asserted here (debug builds vary too much); the linear-time
//! check is `cargo run --release --example linearity`, which runs the same
//! patterns at 1 MB and 8 MB.

#[cfg(feature = "jsonl")]
use milcoop::jsonl;
use milcoop::{Parser, Report};

use crate::common::assert_spans_slice;

const MB: usize = 1 << 20;

/// `unit` repeated until the text reaches `len` bytes (never splitting a char).
fn fill(unit: &str, len: usize) -> String {
    let mut s = String::with_capacity(len + unit.len());
    while s.len() + unit.len() <= len {
        s.push_str(unit);
    }
    s
}

fn records(r: &Report) -> usize {
    r.record_count() + r.diagnostics.len()
}

/// Parses `text` with a parser that accepts it and checks the bounds.
fn check(name: &str, text: &str) {
    let p = Parser::new().max_input_len(16 * MB);
    let report = p
        .parse(text)
        .unwrap_or_else(|e| panic!("{name}: parse failed: {e}"));
    assert_spans_slice(text, &report);
    let n = records(&report);
    assert!(
        n <= text.len() / 4 + 1,
        "{name}: {n} records and diagnostics from {} bytes",
        text.len()
    );
    let participants: usize = report.meetings.iter().map(|m| m.participants.len()).sum();
    assert!(
        participants <= text.len() / 4 + 1,
        "{name}: {participants} participants from {} bytes",
        text.len()
    );
    if let Some(h) = &report.headline {
        assert!(h.len() <= text.len(), "{name}: headline longer than input");
    }
    for d in &report.diagnostics {
        assert!(
            d.message.len() <= 4096,
            "{name}: diagnostic message of {} bytes: {}...",
            d.message.len(),
            d.message.chars().take(200).collect::<String>()
        );
    }
}

#[test]
fn only_straight_quotes() {
    check("double quotes", &"\"".repeat(MB));
    check("single quotes", &"'".repeat(MB));
    check("triple quotes and spaces", &fill("\"\"\" ", MB));
}

#[test]
fn only_mixed_quotes() {
    check(
        "mixed quotes",
        &fill("\"'\u{201C}\u{201D}\u{2018}\u{2019}\u{00AB}\u{00BB}", MB),
    );
    check("quoted words", &fill("\u{201C}Steppe Eagle\u{201D}, ", MB));
    check("open quotes", &fill("\u{201C}Eagle ", MB));
}

#[test]
fn only_year_ranges_and_numbers() {
    check("years", &fill("2003-2004 208-2009 1,500 ", MB));
    check("years no spaces", &fill("2003-2004208-20091,500", MB));
    check(
        "year list",
        &fill("in 2019, 2020 and 2021 over 1,500 servicemen ", MB),
    );
}

#[test]
fn only_capitalised_words() {
    check(
        "capitals",
        &fill("Minister Of Defense Steppe Eagle Plan ", MB),
    );
    check(
        "titles and names",
        &fill("Defense Minister of Kazakhstan Adilbek Dzhaksybekov ", MB),
    );
}

#[test]
fn only_meeting_triggers() {
    check("met with", &fill("met with ", MB));
    check(
        "met with people",
        &fill(
            "Minister Dzhaksybekov met with Ambassador Hoagland and ",
            MB,
        ),
    );
}

#[test]
fn one_huge_word() {
    check("x word", &"x".repeat(MB));
    check("capital word", &fill("Kazakhstan", MB));
    check("dotted word", &fill("U.S.", MB));
}

#[test]
fn one_line_of_digits() {
    check("digits", &fill("1234567890", MB));
    check("digits and commas", &fill("1,000,", MB));
    check("digits and dashes", &fill("2003-", MB));
}

#[test]
fn many_newlines() {
    check("newlines", &"\n".repeat(100_000));
    check("crlf", &"\r\n".repeat(100_000));
    check("cr", &"\r".repeat(100_000));
    check("blank paragraphs", &fill("A\n\n", MB));
}

#[test]
fn sentence_punctuation() {
    check("dots", &".".repeat(MB));
    check("dot space", &fill(". ", MB));
    check("initials", &fill("A. B. ", MB));
    check("dotted capitals", &fill("U. S. ", MB));
    check("abbreviations", &fill("Gen. Lt. Col. No. ", MB));
    check("closing quotes", &fill(".\"\"\"\"\")) ", MB));
}

#[test]
fn unicode_runs() {
    check("nbsp", &"\u{00A0}".repeat(MB / 2));
    check("zero width", &"\u{200B}".repeat(MB / 3));
    check("kelvin", &"\u{212A}".repeat(MB / 3));
    check("combining", &fill("e\u{0301}", MB));
    check(
        "one long grapheme",
        &format!("a{}", "\u{0301}".repeat(MB / 2)),
    );
    check("arabic", &fill("مرحبا ", MB));
    check("dotted I", &fill("\u{0130}stanbul ", MB));
}

#[test]
fn crawl_residue_and_dates() {
    check("date residue", &fill(" date 2019-09-20 ", MB));
    check("weekdays", &fill("on Friday ", MB));
    check(
        "exercise",
        &fill("Nomadic Elephant-2019 exercise held since 2006 ", MB),
    );
}

#[test]
#[cfg(feature = "jsonl")]
fn big_jsonl_line_gives_one_json_line() {
    let text = fill("Minister Of Defense Steppe Eagle Plan met with ", MB);
    let line = serde_json::json!({"id": "big", "text": text}).to_string();
    let out = jsonl::process_line(&Parser::new(), &line, 1).expect("one output line");
    assert!(!out.contains('\n'));
    let v: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
    assert_eq!(v["id"], "big");
    assert!(v.get("report").is_some(), "{}", &out[..out.len().min(500)]);
}

#[test]
fn a_known_series_in_every_sentence_is_one_exercise() {
    // No head word anywhere: each sentence is opened by its series match alone.
    let text = fill("Steppe Eagle went on. ", MB);
    check("series without head", &text);
    let report = Parser::new().parse(&text).unwrap();
    let names: Vec<&str> = report.exercises.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(names, ["Steppe Eagle"]);
}

#[test]
fn ambiguous_states_in_every_sentence_are_checked_once_per_article() {
    let text = fill("Georgia and Chad. ", MB);
    check("ambiguous states", &text);
    let report = Parser::new().parse(&text).unwrap();
    let sentences = text.len() / "Georgia and Chad. ".len();
    assert_eq!(report.diagnostics.len(), 2 * sentences);
    // One unambiguous mention backs every "Georgia" of the article.
    let backed = format!("Tbilisi. {text}");
    let report = Parser::new().parse(&backed).unwrap();
    assert_eq!(report.diagnostics.len(), sentences);
    assert!(report
        .diagnostics
        .iter()
        .all(|d| d.message.contains("'Chad'")));
}

#[test]
fn many_distinct_exercise_names_stay_bounded() {
    // "Aaa", "Aab", ...: every sentence names two new exercises in quotes.
    let name = |i: usize| {
        let l = |k: usize| char::from(b'a' + (i / 26usize.pow(k as u32) % 26) as u8);
        format!("A{}{}{}{}", l(3), l(2), l(1), l(0))
    };
    let mut text = String::new();
    let mut i = 0;
    while text.len() < MB {
        text.push_str(&format!(
            "The \"{}\" exercise and \"{}\" drills. ",
            name(i),
            name(i + 1)
        ));
        i += 2;
    }
    check("distinct quoted names", &text);
    let report = Parser::new().parse(&text).unwrap();
    assert_eq!(report.exercises.len(), 200);
    assert!(report
        .diagnostics
        .iter()
        .any(|d| d.kind == milcoop::DiagnosticKind::WorkLimit));
}

#[test]
fn roles_with_commas_inside_and_ranks_in_lists() {
    // A role that holds commas ("(Army, Navy and Air)") after a name, and a
    // list of names, titles and ranks: offsets computed from both must
    // stay ordered (debug builds assert on a reversed range).
    check(
        "comma inside the role after a name",
        "Present were Deputy Chief (Navy) Rear Admiral Kyaw Moe, Chief of Staff (Army, Navy and Air Force) General Tun Oo and staff officers.",
    );
    check(
        "a rank inside the mention before",
        "At the parade, Major-General T. Lt. Gen Le Van Hoa paid a call to General Chea Sok.",
    );
}
