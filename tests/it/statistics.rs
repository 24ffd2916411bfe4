//! Year-range statistics over realistic sentences.

use milcoop::{DiagnosticKind, Report};

use crate::common::*;

/// (value, metric, start, end) of every statistic, in order.
fn stats(r: &Report) -> Vec<(f64, String, i32, i32)> {
    r.statistics
        .iter()
        .map(|s| (s.value, s.metric.clone(), s.years.start(), s.years.end()))
        .collect()
}

fn one(text: &str) -> (f64, String, i32, i32) {
    let r = parse_with(text, Some("2020-06-01"), None);
    assert_eq!(
        r.statistics.len(),
        1,
        "expected one statistic in {text:?}\n{}",
        dump(&r)
    );
    assert_spans_slice(text, &r);
    stats(&r).remove(0)
}

#[test]
fn seed_gives_both_counts_and_the_repair() {
    let r = parse_with(SEED, None, Some("KZ"));
    assert_eq!(
        stats(&r),
        vec![
            (30.0, "joint activities".into(), 2003, 2004),
            (100.0, "joint activities".into(), 2008, 2009)
        ],
        "{}",
        dump(&r)
    );
    let repairs: Vec<_> = r
        .diagnostics
        .iter()
        .filter(|d| d.kind == DiagnosticKind::RepairedYear)
        .collect();
    assert_eq!(repairs.len(), 1, "{}", dump(&r));
    assert_eq!(&SEED[repairs[0].span.range()], "208-2009");
    assert!(
        repairs[0].message.contains("2008"),
        "{}",
        repairs[0].message
    );
}

#[test]
fn counts_tied_to_years() {
    type Case<'a> = (&'a str, (f64, &'a str, i32, i32));
    let cases: &[Case] = &[
        (
            "In 2019 over 120 servicemen took part in the training.",
            (120.0, "servicemen", 2019, 2019),
        ),
        (
            "Some 45 officers trained abroad in 2015-2016.",
            (45.0, "officers trained abroad", 2015, 2016),
        ),
        (
            "The ministry sent thirty cadets to the academy in 2018.",
            (30.0, "cadets", 2018, 2018),
        ),
        (
            "Between 2010 and 2014 the US provided $10 million in security assistance.",
            (10_000_000.0, "security assistance", 2010, 2014),
        ),
        (
            "A hundred instructors arrived in 2021.",
            (100.0, "instructors", 2021, 2021),
        ),
        (
            "The army bought 1,250 trucks in FY2017.",
            (1250.0, "trucks", 2017, 2017),
        ),
    ];
    for (text, (v, m, s, e)) in cases {
        let got = one(text);
        assert_eq!(got.0, *v, "{text}");
        assert!(got.1.starts_with(m), "metric {:?} for {text}", got.1);
        assert_eq!((got.2, got.3), (*s, *e), "{text}");
    }
}

#[test]
fn respective_ranges_and_anaphors() {
    let text = "The number of foreign cadets at the academy grew from 12 to 40 from 2014 to 2019.";
    let r = parse_with(text, None, None);
    assert_eq!(
        stats(&r),
        vec![
            (12.0, "foreign cadets".into(), 2014, 2014),
            (40.0, "foreign cadets".into(), 2019, 2019)
        ],
        "{}",
        dump(&r)
    );
    let text = "Georgia hosted 14 joint drills in 2016, while in 2017 their number reached 20.";
    let r = parse_with(text, None, None);
    assert_eq!(
        stats(&r),
        vec![
            (14.0, "joint drills".into(), 2016, 2016),
            (20.0, "joint drills".into(), 2017, 2017)
        ],
        "{}",
        dump(&r)
    );
}

#[test]
fn not_statistics() {
    let texts = [
        // open ranges and relative years
        "Since 2014 the United States has provided $2.5 billion in aid.",
        "This year 300 soldiers will take part.",
        // dates, ordinals, percentages, ages, compounds
        "The drills ran from August 5 to 23, 2013.",
        "It was the 11th edition of the exercise, held in 2013.",
        "Spending rose by 40 per cent in 2019.",
        "The 20-nation drill opened in 2018.",
        // a year that belongs to a name
        "BALTOPS 2019 will involve 50 ships.",
        // a reference, not a count
        "In 2016 the two countries signed an agreement.",
        // a year that names an event
        "At the alliance's 2014 summit 29 leaders signed the pledge.",
        // no year at all
        "More than 3,000 troops took part in the two-week drills.",
    ];
    for text in texts {
        let r = parse_with(text, Some("2020-06-01"), None);
        assert!(
            r.statistics.is_empty(),
            "expected none in {text:?}\n{}",
            dump(&r)
        );
    }
}

#[test]
fn ambiguous_typo_is_reported_not_repaired() {
    let text = "The unit trained 40 sappers in 201-2015.";
    let r = parse_with(text, None, None);
    assert!(
        r.statistics.iter().all(|s| s.years.start() >= 2015),
        "{}",
        dump(&r)
    );
    let d = r
        .diagnostics
        .iter()
        .find(|d| d.kind == DiagnosticKind::AmbiguousYear)
        .unwrap_or_else(|| panic!("no ambiguous_year diagnostic\n{}", dump(&r)));
    assert_eq!(&text[d.span.range()], "201-2015");
}

#[test]
fn figure_repeated_in_headline_and_body_is_one_record() {
    let text = "Drills with 5 countries to be held in 2024\n\nDrills with 5 countries will be held in 2024, the ministry said.";
    let r = parse_with(text, None, None);
    assert_eq!(
        stats(&r),
        vec![(5.0, "countries".into(), 2024, 2024)],
        "{}",
        dump(&r)
    );
}

#[test]
fn a_year_after_another_count_belongs_to_that_count() {
    let text = "In 2023, the two navies held 19 joint exercises, compared with 12 in 2019.";
    let r = parse_with(text, None, None);
    assert_eq!(
        stats(&r),
        vec![
            (19.0, "joint exercises".into(), 2023, 2023),
            (12.0, "joint exercises".into(), 2019, 2019)
        ],
        "{}",
        dump(&r)
    );
    let text = "In 2022 alone, 650 cadets were trained abroad, up from 480 in 2021.";
    let r = parse_with(text, None, None);
    assert_eq!(
        stats(&r).iter().map(|s| (s.0, s.2)).collect::<Vec<_>>(),
        vec![(650.0, 2022), (480.0, 2021)],
        "{}",
        dump(&r)
    );
}

#[test]
fn an_open_range_takes_later_counts_away_from_an_earlier_year() {
    let text = "In 2022 the US committed $288 million to the programme, and since 2015 its aid has exceeded $1.2 billion.";
    let r = parse_with(text, None, None);
    assert_eq!(
        stats(&r).iter().map(|s| (s.0, s.2)).collect::<Vec<_>>(),
        vec![(288_000_000.0, 2022)],
        "{}",
        dump(&r)
    );
}

#[test]
fn a_year_typed_with_the_letter_o_is_read_and_reported() {
    let text = "In 2O17, 48 officers completed courses abroad.";
    let r = parse_with(text, None, None);
    assert_eq!(
        stats(&r).iter().map(|s| (s.0, s.2)).collect::<Vec<_>>(),
        vec![(48.0, 2017)],
        "{}",
        dump(&r)
    );
    let d = r
        .diagnostics
        .iter()
        .find(|d| d.kind == DiagnosticKind::RepairedYear)
        .unwrap_or_else(|| panic!("no repair reported\n{}", dump(&r)));
    assert_eq!(&text[d.span.range()], "2O17");
}

#[test]
fn comma_and_starts_a_new_clause_and_south_asian_scales() {
    let text = "In 2019, 1,150 personnel took part, and in 2022 the number rose to 1,600.";
    let r = parse_with(text, None, None);
    assert_eq!(
        stats(&r).iter().map(|s| (s.0, s.2)).collect::<Vec<_>>(),
        vec![(1150.0, 2019), (1600.0, 2022)],
        "{}",
        dump(&r)
    );
    let text = "Defence exports stood at Rs 9,116 crore in 2019-20.";
    let r = parse_with(text, None, None);
    assert_eq!(
        stats(&r)
            .iter()
            .map(|s| (s.0, s.2, s.3))
            .collect::<Vec<_>>(),
        vec![(91_160_000_000.0, 2019, 2020)],
        "{}",
        dump(&r)
    );
}

#[test]
fn a_year_that_names_a_period_still_anchors() {
    let text = "In the 2024 academic year, 300 cadets will study abroad.";
    let r = parse_with(text, None, None);
    assert_eq!(
        stats(&r).iter().map(|s| (s.0, s.2)).collect::<Vec<_>>(),
        vec![(300.0, 2024)],
        "{}",
        dump(&r)
    );
}

/// The look-backs for a relative clause ("which joined ... in 1994") cut the
/// text a fixed number of bytes before a year: after a run of two-byte
/// letters that cut must move to a char boundary, not panic (debug builds
/// assert on a bad slice).
#[test]
fn relative_clause_look_back_after_multibyte_text() {
    for pad in 0..2 {
        let text = format!(
            "{}{}. Kazakhstan, which joined the alliance in 1994, sent 300 troops. In 2019, 45 officers, who trained in 2018, returned.",
            "a".repeat(pad),
            "\u{e9}".repeat(150)
        );
        let r = parse_with(&text, None, None);
        assert_spans_slice(&text, &r);
        assert_eq!(
            stats(&r),
            vec![(45.0, "officers".into(), 2019, 2019)],
            "{}",
            dump(&r)
        );
    }
}
