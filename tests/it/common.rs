//! Helpers shared by the integration tests.

use milcoop::{Country, Parser, Report};

pub const SEED: &str = include_str!("../fixtures/seed.txt");

pub fn country(code: &str) -> Country {
    code.parse().unwrap_or_else(|e| panic!("{code}: {e}"))
}

pub fn date(s: &str) -> chrono::NaiveDate {
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
}

/// Parses with a pinned publication date and outlet country.
pub fn parse_with(text: &str, published: Option<&str>, outlet: Option<&str>) -> Report {
    let mut p = Parser::new();
    if let Some(d) = published {
        p = p.published(date(d));
    }
    if let Some(c) = outlet {
        p = p.outlet_country(country(c));
    }
    p.parse(text)
        .unwrap_or_else(|e| panic!("parse failed: {e}"))
}

/// The whole report as pretty JSON, for failure messages.
pub fn dump(r: &Report) -> String {
    serde_json::to_string_pretty(r).unwrap_or_default()
}

/// Every span slices the input on char boundaries.
pub fn assert_spans_slice(text: &str, r: &Report) {
    for s in r.spans() {
        assert!(
            s.start <= s.end && s.end <= text.len(),
            "span {s:?} outside input\n{}",
            dump(r)
        );
        assert!(
            text.get(s.range()).is_some(),
            "span {s:?} not on char boundaries\n{}",
            dump(r)
        );
    }
}

/// Parsers with an optional outlet country (one of `outlets`) and an
/// optional publication date in `years`: what the property tests vary.
pub fn parser_strategy(
    outlets: &'static [&'static str],
    years: std::ops::Range<i32>,
) -> impl proptest::strategy::Strategy<Value = milcoop::Parser> {
    use proptest::prelude::*;
    (
        prop::option::of(prop::sample::select(outlets)),
        prop::option::of((years, 1u32..=12, 1u32..=28)),
    )
        .prop_map(|(outlet, date)| {
            let mut p = milcoop::Parser::new();
            if let Some(c) = outlet.and_then(Country::from_alpha2) {
                p = p.outlet_country(c);
            }
            if let Some((y, m, d)) = date {
                p = p.published(chrono::NaiveDate::from_ymd_opt(y, m, d).expect("valid date"));
            }
            p
        })
}
