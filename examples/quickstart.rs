//! Parses the seed article (or the file named on the command line) and prints
//! a short human-readable summary.
//!
//! ```text
//! cargo run --example quickstart
//! cargo run --example quickstart -- path/to/article.txt
//! ```

use std::process::ExitCode;

/// The article milcoop started from, shipped with the crate.
const SEED: &str = include_str!("../tests/fixtures/seed.txt");

fn main() -> ExitCode {
    let text = match std::env::args().nth(1) {
        Some(path) => match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("quickstart: {path}: {e}");
                return ExitCode::from(1);
            }
        },
        None => SEED.to_string(),
    };
    let parser = milcoop::Parser::new()
        .outlet_country(milcoop::Country::from_alpha2("KZ").expect("KZ is known"));
    let report = match parser.parse(&text) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("quickstart: {e}");
            return ExitCode::from(1);
        }
    };
    println!(
        "headline: {}",
        report.headline.as_deref().unwrap_or("(none)")
    );
    for m in &report.meetings {
        let who: Vec<String> = m
            .participants
            .iter()
            .map(|p| {
                let role = p.role.as_deref().unwrap_or("?");
                let country = p
                    .country
                    .map(|c| c.to_string())
                    .unwrap_or_else(|| "?".into());
                format!("{} ({role}, {country})", p.name)
            })
            .collect();
        let date = m.date.as_ref().map(|d| d.text.as_str()).unwrap_or("?");
        let place = m.location.as_deref().unwrap_or("?");
        println!("meeting: {} | {date} | {place}", who.join(" + "));
    }
    for p in &report.cooperation_plans {
        let mut head = vec![p.name.clone()];
        head.extend(p.duration_years.map(|d| format!("{d}-year")));
        head.extend(p.years.map(|y| format!("{}-{}", y.start(), y.end())));
        println!(
            "plan: {} | fields: {}",
            head.join(", "),
            p.fields.join("; ")
        );
    }
    for e in &report.exercises {
        let parts: Vec<String> = e.participants.iter().map(|c| c.to_string()).collect();
        println!(
            "exercise: {}{}{} | participants: {}",
            e.name,
            e.year.map(|y| format!(" ({y})")).unwrap_or_default(),
            e.since_year
                .map(|y| format!(" since {y}"))
                .unwrap_or_default(),
            parts.join(", ")
        );
    }
    for s in &report.statistics {
        println!(
            "statistic: {} {} in {}-{}",
            s.value,
            s.metric,
            s.years.start(),
            s.years.end()
        );
    }
    for d in &report.diagnostics {
        println!("note: {}: {}", d.kind, d.message);
    }
    ExitCode::SUCCESS
}
