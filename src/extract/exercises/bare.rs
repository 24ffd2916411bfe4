//! Names told by neither a head word nor a known series, after a verb of
//! holding or taking part whose subject is two states or troops:
//!
//! * a capitalised name with an edition: "Indus Viper XI", "Sea
//!   Guardians-III", "Cope Tiger 24-1", "Al-Samsaam-8";
//! * with troops as the subject, a name of two words or more: "troops took
//!   part in Ushirikiano Imara", "Troops of A and B held Nile Eagles".
//!
//! "Queen Elizabeth II", "World War II", "Phase III", "Su-30" and "F-16" stay
//! out: a title or ordinal word, a short or a one-state subject, or a noun
//! after the edition ("F-16 jets") turns them away.

use super::*;

/// Verbs of joining, as [`name_after_verb`] reads them.
const JOINING: &[&str] = &[
    "joined",
    "part in",
    "participated in",
    "kicked off",
    "wrapped up",
];

/// [`HOLDING`] and [`JOINING`] as searchers for the words between spaces, built once.
static VERB_FINDERS: std::sync::LazyLock<Vec<memchr::memmem::Finder<'static>>> =
    std::sync::LazyLock::new(|| {
        HOLDING
            .iter()
            .chain(JOINING)
            .map(|v| memchr::memmem::Finder::new(format!(" {v} ").as_bytes()).into_owned())
            .collect()
    });

/// Where the verbs that may bring a bare name stand in `bytes`, sorted: a
/// sentence with none of them needs no look.
pub(super) fn bare_verb_spans(bytes: &[u8]) -> Vec<(usize, usize)> {
    let mut spans: Vec<(usize, usize)> = VERB_FINDERS
        .iter()
        .flat_map(|f| {
            f.find_iter(bytes)
                .map(move |at| (at, at + f.needle().len()))
        })
        .collect();
    spans.sort_unstable_by_key(|s| s.1);
    spans
}

/// Verbs of holding: "Pakistan and Turkey opened Indus Viper XI".
const HOLDING: &[&str] = &[
    "held",
    "hold",
    "holds",
    "opened",
    "launched",
    "began",
    "begin",
    "started",
    "completed",
    "concluded",
    "staged",
    "conducted",
];

/// Words of a capitalised run that make it a title, a war, a stage or an
/// operation rather than an exercise ("Queen Elizabeth II", "World War II",
/// "Phase III", "Operation Sea Guardian").
#[rustfmt::skip]
const NOT_EXERCISE: &[&str] = &[
    "war", "queen", "king", "prince", "princess", "pope", "emperor", "tsar", "czar", "saint",
    "phase", "stage", "round", "part", "chapter", "volume", "tranche", "block", "mark", "type",
    "class", "level", "generation", "season", "episode", "act", "article", "section", "title",
    "operation", "operations", "project", "mission", "treaty", "accord", "protocol", "start",
    "new", "talks", "package", "bill", "law", "act", "resolution", "convention", "republic",
    "airport", "bridge", "road", "highway", "street", "square", "hill", "heights", "village",
    "town", "station", "dam", "plant", "line", "front", "church", "cathedral", "palace",
];

/// Lower-case words a bare name may be followed by; a noun after the edition
/// makes it a model ("Su-30 jets", "Block III upgrade").
const AFTER_NAME: &[&str] = &[
    "in",
    "at",
    "off",
    "near",
    "on",
    "with",
    "and",
    "from",
    "this",
    "last",
    "which",
    "that",
    "over",
    "for",
    "across",
    "along",
    "inside",
    "outside",
    "between",
    "involving",
    "under",
];

/// Bare names after a verb of holding or taking part.
pub(super) fn bare_names(s: &Sent, out: &mut Vec<Mention>) {
    for k in 1..s.toks.len() {
        let Some((a, holding)) = name_after_verb(s, k) else {
            continue;
        };
        let Some((b, tb, year, edition)) = bare_name_at(s, a) else {
            continue;
        };
        let (states, troops) = subject_of(s, k);
        // "launched Hwasong-18" with one state is a missile, not an exercise.
        let edition = edition && (states >= 2 || (troops && !s.is(k, "launched")));
        let plain = tb == b && b - a >= 2 && troops && (!holding || s.is(k, "held"));
        if !(edition || plain) {
            continue;
        }
        if let Some(m) = make_mention(s, a, b, tb, year, true) {
            out.push(m);
        }
    }
}

/// The first token of a name after the verb at `k`, and whether the verb holds
/// (rather than joins: "took part in", "participated in", "joined").
fn name_after_verb(s: &Sent, k: usize) -> Option<(usize, bool)> {
    if s.is_any(k, HOLDING) {
        return Some((k + 1, true));
    }
    if s.is_any(k, &["kicked", "wrapped"]) && s.is_any(k + 1, &["off", "up"]) {
        return Some((k + 2, true));
    }
    let takes = s.is(k, "part") && s.is_any(k - 1, &["took", "take", "takes", "taking"]);
    if (takes || s.is(k, "participated")) && s.is(k + 1, "in") {
        return Some((k + 2, false));
    }
    s.is(k, "joined").then_some((k + 1, false))
}

/// A capitalised run from `a` that reads as a bare name: its end, the end
/// with an edition ("XI", "-III", "24-1", "-8"), the edition's year, and
/// whether it has an edition (also "Guardians-III", one token).
fn bare_name_at(s: &Sent, a: usize) -> Option<(usize, usize, Option<i32>, bool)> {
    let mut b = a;
    while b < s.toks.len()
        && b - a < MAX_NAME_TOKENS
        && s.kind(b) == Some(TokenKind::Word)
        && s.name_word(b)
        && !(b > a && is_roman(s.w(b)))
    {
        b += 1;
    }
    let turned_away = |j: usize| {
        s.place_covering(j).is_some()
            || s.in_class(j, UNITS)
            || s.head_covering(j).is_some()
            || s.is_any(j, NOT_EXERCISE)
            || s.is_any(j, EVENT_WORDS)
    };
    if b == a || (a..b).any(turned_away) || s.in_class(b - 1, GEO) || s.w(b - 1).len() < 3 {
        return None;
    }
    let (year, tb) = edition_suffix(s, b).unwrap_or((None, b));
    let ends = match s.kind(tb) {
        None => true,
        Some(TokenKind::Punct) => !s.is_punct(tb, '-') && !s.is_punct(tb, '%'),
        Some(TokenKind::Word) => s.is_any(tb, AFTER_NAME),
        _ => false,
    };
    let glued_roman = s
        .w(b - 1)
        .rsplit_once('-')
        .is_some_and(|(_, ed)| is_roman(ed));
    ends.then_some((b, tb, year, tb > b || glued_roman))
}

/// An edition right after a name: Roman numerals, "-8", "24-1" (not a spaced
/// count or a four-digit year, which other rules read).
fn edition_suffix(s: &Sent, b: usize) -> Option<(Option<i32>, usize)> {
    let (year, tb) = s.suffix_at(b, true)?;
    let roman = (b..tb).any(|j| s.kind(j) == Some(TokenKind::Word));
    let short = s.w(tb - 1).len() <= 2;
    let spaced_count = tb == b + 1 && s.kind(b) == Some(TokenKind::Number);
    (roman || (short && !spaced_count)).then_some((year, tb))
}

/// Before the verb at `k`, back to the clause's start: how many states the
/// subject names, and whether it names troops. A subject with another noun
/// ("Tourists from A and B") names neither.
fn subject_of(s: &Sent, k: usize) -> (usize, bool) {
    let mut c = k;
    while c > 0 && !s.clause_break(c - 1) && !s.is_punct(c - 1, ',') {
        c -= 1;
    }
    // "Troops from A, B and C took part": the list's commas stay in the subject.
    while c > 0 && s.is_punct(c - 1, ',') && s.place_covering(c).is_some() {
        c -= 1;
        while c > 0 && !s.clause_break(c - 1) && !s.is_punct(c - 1, ',') {
            c -= 1;
        }
    }
    let mut states: Vec<Country> = Vec::new();
    for p in s.places.iter().filter(|p| p.a >= c && p.b <= k) {
        if let Some(country) = p.country {
            extend_unique(&mut states, &[country]);
        }
    }
    // The clause's first word is capitalised: "Tourists from A" still counts.
    let common = |j: usize| {
        s.is_lower_word(j) || (j == c && s.place_covering(j).is_none() && s.is_lower_word(j + 1))
    };
    let other = (c..k).any(|j| {
        common(j)
            && !s.in_class(j, TROOPS)
            && !s.in_class(j, CUES)
            && !s.generic(j)
            && !s.in_class(j, LIST_LINKS)
            && !s.in_class(j, AUX)
            && !s.is_any(j, &["of", "from", "two", "three", "jointly"])
    });
    if other {
        return (0, false);
    }
    let troops = (c..k).any(|j| s.in_class(j, TROOPS));
    (states.len(), troops)
}

/// A known series that is also an ordinary word ("Flintlock", "Shakti") told
/// by its clause alone: after a verb of holding or taking part whose subject
/// is two states or troops ("the A and B armies began Khanjar"), before ",
/// hosted by" / ", first held in" / "is held", or after "participants in".
pub(super) fn series_in_context(s: &Sent, a: usize, tb: usize) -> bool {
    let after_verb = (a.saturating_sub(3)..a).any(|k| {
        name_after_verb(s, k).is_some_and(|(at, _)| at == a) && {
            let (states, troops) = subject_of(s, k);
            states >= 2 || troops
        }
    });
    let subject = a == 0 || !s.is_any(a - 1, DETERMINERS);
    // ", hosted by Ghana", ", first held in 1981".
    let described = s.is_punct(tb, ',')
        && ((s.is_any(tb + 1, &["hosted", "co-hosted"])
            && s.is(tb + 2, "by")
            && s.places_at(tb + 3).next().is_some())
            || (s.is(tb + 1, "first")
                && s.is(tb + 2, "held")
                && s.is(tb + 3, "in")
                && s.kind(tb + 4) == Some(TokenKind::Number)));
    let mut v = tb;
    while s.is_any(
        v,
        &[
            "is", "was", "has", "have", "been", "will", "be", "usually", "annually",
        ],
    ) {
        v += 1;
    }
    let held = v > tb && s.is_any(v, &["held", "conducted", "staged", "hosted"]);
    let party_in = a >= 2
        && s.is(a - 1, "in")
        && s.is_any(
            a - 2,
            &[
                "participants",
                "participating",
                "nations",
                "countries",
                "states",
            ],
        );
    // "Malabar Hill": the word opens a longer name.
    let longer = s.kind(tb) == Some(TokenKind::Word) && s.is_cap(tb);
    !longer && (after_verb || (subject && (described || held)) || party_in)
}
