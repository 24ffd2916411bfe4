//! PLOVER events from reports.
//!
//! The mapping (PLOVER manual draft 0.8; the choices the manual leaves to
//! each coder are milcoop's):
//!
//! * A **meeting** is `CONSULT` (quad code 1). Its sides are the
//!   participants grouped by the state they represent, in order of first
//!   mention. The host state is the state of the meeting's location (a
//!   country or capital name milcoop knows), else the state named after
//!   "arrived in", "visit to", "visiting" or "in" in the meeting's sentences,
//!   else, when those sentences say "received" or "hosted", the first side.
//!   Mode `multilateral` with three or more states; `visit` when the host is
//!   one of the sides (the host is the recipient, the others the source);
//!   `third-party` when the host is not a side. With no host known: no mode,
//!   the first side is the source, the others the recipient. Context
//!   `military` when a participant holds a defence or military title.
//! * A **cooperation plan** is `AGREE` (quad code 1), context `military`:
//!   the first party is the source, the other parties the recipient.
//! * An **exercise** is `COOPERATE` (quad code 2), context `military`: all
//!   participating states in the source; the host state (of the location) in
//!   the recipient when known and not a participant.
//! * **Statistics** are not events.
//!
//! Actors: `code` is the ISO 3166-1 alpha-3 code (null when the state is not
//! known, as for international bodies); `sector` `MIL` for military ranks
//! and commands, `GOV` otherwise; for states (plans, exercises)
//! `actor_text` is the state's name. Dates: a meeting's resolved date, else
//! the article's publication date; a plan's or exercise's publication date,
//! else 1 January of its (first) year. `text_info` gives **byte** offsets of
//! the record's span in the article text and, as `sequence`, the number of
//! the span's first sentence (counted by a simple rule: a `.`, `!` or `?`
//! followed by white space, or a line break, ends a sentence). `comment`
//! lists the diagnostics whose spans touch the record.

use chrono::{Datelike, NaiveDate};
use milcoop::{Country, Meeting, Participant, Report, Span};
use serde::Serialize;

use crate::alpha3::alpha3;

/// An article's report and what events need besides it.
pub struct Article<'a> {
    pub id: &'a str,
    pub text: &'a str,
    pub published: Option<NaiveDate>,
    pub report: &'a Report,
}

#[derive(Serialize)]
struct Event<'a> {
    id: String,
    date: Option<String>,
    source: Vec<Actor>,
    recipient: Vec<Actor>,
    event: [&'static str; 1],
    mode: Vec<&'static str>,
    context: Vec<&'static str>,
    event_loc: Option<Location<'a>>,
    event_text: [&'a str; 1],
    text_info: TextInfo,
    quad_code: u8,
    coder: &'static str,
    comment: Option<String>,
}

#[derive(Serialize)]
struct Actor {
    code: Option<&'static str>,
    sector: &'static str,
    actor_text: String,
    office: Option<String>,
}

#[derive(Serialize)]
struct Location<'a> {
    name: &'a str,
    #[serde(rename = "country code")]
    country_code: Option<&'static str>,
    cc3: Option<&'static str>,
}

#[derive(Serialize)]
struct TextInfo {
    sequence: usize,
    start: usize,
    end: usize,
}

const CODER: &str = concat!("milcoop ", env!("CARGO_PKG_VERSION"));

/// Appends the article's events, one JSON line each.
pub fn write_events(a: &Article, out: &mut Vec<u8>) {
    let mut push = |e: Event| {
        if serde_json::to_writer(&mut *out, &e).is_ok() {
            out.push(b'\n');
        }
    };
    for (i, m) in a.report.meetings.iter().enumerate() {
        push(meeting(a, i, m));
    }
    for (i, p) in a.report.cooperation_plans.iter().enumerate() {
        let mut parties = p.parties.iter().map(|&c| state_actor(c, "GOV"));
        let source: Vec<Actor> = parties.next().into_iter().collect();
        let year = p.years.map(|y| y.start());
        push(Event {
            id: format!("{}-plan-{i}", a.id),
            date: date_of(a.published, year),
            source,
            recipient: parties.collect(),
            event: ["AGREE"],
            mode: Vec::new(),
            context: vec!["military"],
            event_loc: None,
            event_text: [span_text(a.text, p.span)],
            text_info: text_info(a.text, p.span),
            quad_code: 1,
            coder: CODER,
            comment: comment(a.report, p.span),
        });
    }
    for (i, e) in a.report.exercises.iter().enumerate() {
        let host = e.location.as_deref().and_then(Country::from_name);
        let recipient = host
            .filter(|h| !e.participants.contains(h))
            .map(|h| state_actor(h, "MIL"))
            .into_iter()
            .collect();
        push(Event {
            id: format!("{}-exercise-{i}", a.id),
            date: date_of(a.published, e.year),
            source: e
                .participants
                .iter()
                .map(|&c| state_actor(c, "MIL"))
                .collect(),
            recipient,
            event: ["COOPERATE"],
            mode: Vec::new(),
            context: vec!["military"],
            event_loc: e.location.as_deref().map(|name| location(name, host)),
            event_text: [span_text(a.text, e.span)],
            text_info: text_info(a.text, e.span),
            quad_code: 2,
            coder: CODER,
            comment: comment(a.report, e.span),
        });
    }
}

fn meeting<'a>(a: &Article<'a>, i: usize, m: &'a Meeting) -> Event<'a> {
    // Sides: participants by state, in order of first mention.
    let mut sides: Vec<(Option<Country>, Vec<&Participant>)> = Vec::new();
    for p in &m.participants {
        match sides.iter_mut().find(|(c, _)| *c == p.country) {
            Some((_, people)) => people.push(p),
            None => sides.push((p.country, vec![p])),
        }
    }
    let states: Vec<Country> = sides.iter().filter_map(|(c, _)| *c).collect();
    let told = span_text(a.text, m.span);
    let located = m.location.as_deref().and_then(Country::from_name);
    let host = located.or_else(|| host_named(told)).or_else(|| {
        let t = told.to_ascii_lowercase();
        (t.contains(" received ") || t.contains(" hosted "))
            .then(|| states.first().copied())
            .flatten()
    });
    let mut mode = Vec::new();
    if states.len() >= 3 {
        mode.push("multilateral");
    } else if let Some(h) = host.filter(|_| sides.len() >= 2) {
        // A visit or a third-party meeting needs two sides.
        mode.push(if states.contains(&h) {
            "visit"
        } else {
            "third-party"
        });
    }
    // The host side is the recipient; otherwise the first side is the source.
    let host_side = host.and_then(|h| sides.iter().position(|(c, _)| *c == Some(h)));
    let (mut source, mut recipient) = (Vec::new(), Vec::new());
    for (k, (_, people)) in sides.iter().enumerate() {
        let to_source = match host_side {
            Some(h) => k != h,
            None => k == 0,
        };
        let actors = people.iter().map(|p| person_actor(p));
        if to_source {
            source.extend(actors);
        } else {
            recipient.extend(actors);
        }
    }
    let military = m
        .participants
        .iter()
        .any(|p| p.role.as_deref().is_some_and(is_defence_title));
    let date = m
        .date
        .as_ref()
        .and_then(|d| d.resolved)
        .or(a.published)
        .map(|d| d.to_string());
    Event {
        id: format!("{}-meeting-{i}", a.id),
        date,
        source,
        recipient,
        event: ["CONSULT"],
        mode,
        context: if military {
            vec!["military"]
        } else {
            Vec::new()
        },
        event_loc: m.location.as_deref().map(|name| location(name, located)),
        event_text: [told],
        text_info: text_info(a.text, m.span),
        quad_code: 1,
        coder: CODER,
        comment: comment(a.report, m.span),
    }
}

/// The state named after "arrived in", "visit to", "visiting" or "in".
fn host_named(text: &str) -> Option<Country> {
    for cue in ["arrived in ", "visit to ", "visiting ", " in "] {
        for (at, _) in text.match_indices(cue) {
            let rest = &text[at + cue.len()..];
            let rest = rest.strip_prefix("the ").unwrap_or(rest);
            let words: Vec<&str> = rest
                .split(|c: char| c.is_whitespace())
                .take(3)
                .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()))
                .collect();
            for n in (1..=words.len()).rev() {
                let phrase = words[..n].join(" ");
                if phrase.starts_with(|c: char| c.is_uppercase()) {
                    if let Some(c) = Country::from_name(&phrase) {
                        return Some(c);
                    }
                }
            }
        }
    }
    None
}

/// A title of defence or the armed forces.
fn is_defence_title(role: &str) -> bool {
    let r = role.to_ascii_lowercase();
    is_military_title(role)
        || [
            "defen",
            "military",
            "army",
            "navy",
            "naval",
            "air force",
            "armed forces",
        ]
        .iter()
        .any(|k| r.contains(k))
}

/// A military rank or command (rather than a civilian office).
fn is_military_title(role: &str) -> bool {
    let r = format!(
        " {} ",
        role.to_ascii_lowercase().replace(['.', ',', '-'], " ")
    );
    let civil_general = [
        "secretary general",
        "attorney general",
        "consul general",
        "director general",
        "governor general",
    ];
    if civil_general.iter().any(|k| r.contains(k)) {
        return false;
    }
    [
        " general ",
        " gen ",
        " admiral ",
        " adm ",
        " colonel ",
        " col ",
        " lieutenant ",
        " lt ",
        " brigadier ",
        " brig ",
        " major ",
        " maj ",
        " captain ",
        " capt ",
        " commander ",
        " commandant ",
        " marshal ",
        " sergeant ",
        " officer ",
        " chief of staff ",
        " chief of the general staff ",
        " chief of defence ",
        " chief of defense ",
        " army chief ",
        " naval chief ",
        " air chief ",
    ]
    .iter()
    .any(|k| r.contains(k))
}

fn person_actor(p: &Participant) -> Actor {
    let sector = match &p.role {
        Some(r) if is_military_title(r) => "MIL",
        _ => "GOV",
    };
    Actor {
        code: p.country.and_then(alpha3),
        sector,
        actor_text: match &p.role {
            Some(r) => format!("{r} {}", p.name),
            None => p.name.clone(),
        },
        office: p.role.clone(),
    }
}

fn state_actor(c: Country, sector: &'static str) -> Actor {
    Actor {
        code: alpha3(c),
        sector,
        actor_text: c.name().to_string(),
        office: None,
    }
}

fn location(name: &str, country: Option<Country>) -> Location<'_> {
    Location {
        name,
        country_code: country.map(|c| c.alpha2()),
        cc3: country.and_then(alpha3),
    }
}

/// The publication date, else 1 January of `year`.
fn date_of(published: Option<NaiveDate>, year: Option<i32>) -> Option<String> {
    published
        .or_else(|| year.and_then(|y| NaiveDate::from_ymd_opt(y, 1, 1)))
        .filter(|d| d.year() > 0)
        .map(|d| d.to_string())
}

fn span_text(text: &str, span: Span) -> &str {
    text.get(span.range()).unwrap_or("")
}

fn text_info(text: &str, span: Span) -> TextInfo {
    TextInfo {
        sequence: sentence_number(text, span.start),
        start: span.start,
        end: span.end,
    }
}

/// The 1-based number of the sentence at byte `at` (see the module docs).
fn sentence_number(text: &str, at: usize) -> usize {
    let head = &text.as_bytes()[..at.min(text.len())];
    let mut n = 1;
    let mut ended = false;
    for (i, &b) in head.iter().enumerate() {
        let next = head.get(i + 1).copied();
        let end = match b {
            b'.' | b'!' | b'?' => next.is_some_and(|c| c.is_ascii_whitespace()),
            b'\n' => !ended,
            _ => false,
        };
        if end && !ended {
            n += 1;
        }
        if end {
            ended = true;
        } else if !b.is_ascii_whitespace() {
            ended = false;
        }
    }
    n
}

/// The diagnostics whose spans touch `span`, as "kind: message; ...".
fn comment(report: &Report, span: Span) -> Option<String> {
    let notes: Vec<String> = report
        .diagnostics
        .iter()
        .filter(|d| !d.span.is_empty() && d.span.start < span.end && span.start < d.span.end)
        .map(|d| format!("{}: {}", d.kind, d.message))
        .collect();
    (!notes.is_empty()).then(|| notes.join("; "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_sort_into_sectors() {
        assert!(is_military_title("Chief of the General Staff"));
        assert!(is_military_title("Lt Gen"));
        assert!(is_military_title("Major General"));
        assert!(!is_military_title("Secretary General"));
        assert!(!is_military_title("Minister of Defense"));
        assert!(is_defence_title("Minister of Defense"));
        assert!(!is_defence_title("Foreign Minister"));
    }

    #[test]
    fn hosts_are_read_from_places_and_capitals() {
        assert_eq!(
            host_named("who arrived in Astana on a visit").map(|c| c.alpha2()),
            Some("KZ")
        );
        assert_eq!(
            host_named("during a visit to the United States.").map(|c| c.alpha2()),
            Some("US")
        );
        assert_eq!(host_named("talks in the morning"), None);
    }

    /// The events of one article whose report has these meetings.
    fn events(text: &str, meetings: serde_json::Value) -> Vec<serde_json::Value> {
        let report: Report = serde_json::from_value(serde_json::json!({
            "headline": null, "meetings": meetings, "cooperation_plans": [],
            "exercises": [], "statistics": [], "diagnostics": [],
        }))
        .unwrap();
        let mut out = Vec::new();
        let article = Article {
            id: "a",
            text,
            published: None,
            report: &report,
        };
        write_events(&article, &mut out);
        String::from_utf8(out)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    }

    fn person(name: &str, role: &str, country: &str) -> serde_json::Value {
        serde_json::json!({"name": name, "role": role, "country": country, "span": {"start": 0, "end": 1}})
    }

    fn meeting(
        people: Vec<serde_json::Value>,
        location: Option<&str>,
        len: usize,
    ) -> serde_json::Value {
        serde_json::json!([{"participants": people, "date": null, "location": location, "span": {"start": 0, "end": len}}])
    }

    #[test]
    fn meeting_modes_follow_the_host() {
        let kz = person("A", "Minister of Defense", "KZ");
        let us = person("B", "Ambassador", "US");
        let cn = person("C", "General", "CN");
        // In a third state.
        let e = &events(
            "They met.",
            meeting(vec![kz.clone(), us.clone()], Some("Beijing"), 9),
        )[0];
        assert_eq!(e["mode"], serde_json::json!(["third-party"]));
        assert_eq!(e["source"][0]["code"], "KAZ");
        assert_eq!(e["recipient"][0]["code"], "USA");
        assert_eq!(e["event_loc"]["cc3"], "CHN");
        // In the state of one side: that side hosts and is the recipient.
        let e = &events(
            "They met.",
            meeting(vec![kz.clone(), us.clone()], Some("Washington"), 9),
        )[0];
        assert_eq!(e["mode"], serde_json::json!(["visit"]));
        assert_eq!(e["source"][0]["code"], "KAZ");
        assert_eq!(e["recipient"][0]["code"], "USA");
        // Three states.
        let e = &events(
            "They met.",
            meeting(vec![kz.clone(), us.clone(), cn], None, 9),
        )[0];
        assert_eq!(e["mode"], serde_json::json!(["multilateral"]));
        assert_eq!(e["recipient"][1]["sector"], "MIL");
        // "received", no place: the first side hosts.
        let text = "A received B.";
        let e = &events(
            text,
            meeting(vec![kz.clone(), us.clone()], None, text.len()),
        )[0];
        assert_eq!(e["mode"], serde_json::json!(["visit"]));
        assert_eq!(e["recipient"][0]["code"], "KAZ");
        assert_eq!(e["context"], serde_json::json!(["military"]));
        // Nothing to go by: no mode, the first side is the source.
        let e = &events("They met.", meeting(vec![us, kz], None, 9))[0];
        assert_eq!(e["mode"], serde_json::json!([]));
        assert_eq!(e["source"][0]["code"], "USA");
        assert_eq!(e["date"], serde_json::Value::Null);
        assert_eq!(e["event_text"][0], "They met.");
    }

    #[test]
    fn sentences_are_counted() {
        let t = "Headline\n\nOne. Two! Three";
        assert_eq!(sentence_number(t, 0), 1);
        assert_eq!(sentence_number(t, t.find("One").unwrap()), 2);
        assert_eq!(sentence_number(t, t.find("Two").unwrap()), 3);
        assert_eq!(sentence_number(t, t.find("Three").unwrap()), 4);
        assert_eq!(sentence_number(t, 999), 4);
    }
}
