//! Where an exercise is held: a place phrase after "in"/"at" or before
//! the name, and a host state as the sentence's subject.

use super::*;
use crate::lexicon::venues::SETTLEMENTS;

/// Nouns for a place that names others after "of": "the regions of A, B
/// and C", "the port cities of A and B", "the outskirts of A".
const PLACE_OF_NOUNS: &[&str] = &[
    "port",
    "ports",
    "island",
    "islands",
    "state",
    "oblast",
    "governorate",
    "waters",
    "region",
    "regions",
    "province",
    "provinces",
    "city",
    "cities",
    "area",
    "areas",
    "county",
    "counties",
    "district",
    "districts",
    "town",
    "towns",
    "village",
    "villages",
    "mountains",
    "hills",
    "forests",
    "jungles",
    "plains",
    "coast",
    "shores",
    "outskirts",
    "vicinity",
];

/// Compass words before the places named: "the mountains of northern Pakistan".
const COMPASS_WORDS: &[&str] = &[
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "north-western",
    "north-eastern",
    "south-western",
    "south-eastern",
    "northwestern",
    "northeastern",
    "southwestern",
    "southeastern",
];

/// A place phrase at `i`: "the Iliskiy Training Center", "Baluran, East Java",
/// "the Vaziani training area", "the regions of A, B and C",
/// "the Surya Foreign Training Node in Auli, Uttarakhand". Returns (text, end token).
pub(super) fn place_phrase(s: &Sent, i: usize) -> Option<(String, usize)> {
    let a = if s.is(i, "the") { i + 1 } else { i };
    if let Some(first) = places_of_start(s, a) {
        let last = place_list_end(s, first)?;
        return Some((s.slice(first, last).to_string(), last));
    }
    let e = cap_run(s, a)?;
    if let Some(e2) = named_place_of(s, e) {
        return Some((s.slice(a, e2).to_string(), e2));
    }
    let e = geo_of_end(s, e);
    if !is_place_name(s, a, e) {
        return None;
    }
    let (e, facility) = facility_end(s, e);
    if facility {
        if let Some(e2) = facility_in_end(s, e) {
            return Some((s.slice(a, e2).to_string(), e2));
        }
    }
    let e = region_end(s, a, e);
    Some((s.slice(a, e).to_string(), e))
}

/// "the port cities of A and B", "the northern province of A", "the
/// mountains of northern Pakistan": a place noun (after a modifier or two)
/// and "of" at `a`; the first token of the places it names, past a compass word.
fn places_of_start(s: &Sent, a: usize) -> Option<usize> {
    let mut r = a;
    while r < a + 2 && s.is_lower_word(r) && !s.is(r + 1, "of") && s.is_lower_word(r + 1) {
        r += 1;
    }
    if !(s.is_any(r, PLACE_OF_NOUNS) && s.is(r + 1, "of")) {
        return None;
    }
    let mut first = r + 2;
    if s.is_any(first, COMPASS_WORDS) {
        first += 1;
    }
    Some(first)
}

/// The end of the list of names at `first`: "A, B and C", "A, B, and C",
/// at most 30 tokens; `None` when no name starts it.
fn place_list_end(s: &Sent, first: usize) -> Option<usize> {
    let mut k = first;
    let mut last = None;
    while k < s.toks.len() && k - first < 30 {
        if let Some(e) = cap_run(s, k) {
            last = Some(e);
            k = e;
            if s.is_punct(k, ',') || s.is(k, "and") {
                if cap_run(s, k + 1).is_some() {
                    k += 1;
                    continue;
                }
                if s.is_punct(k, ',') && s.is(k + 1, "and") && cap_run(s, k + 2).is_some() {
                    k += 2;
                    continue;
                }
            }
        }
        break;
    }
    last
}

/// "the Black Sea port of Constanta": a name ending in a place noun at
/// `e`, "of" and the place it names; the end of that place.
fn named_place_of(s: &Sent, e: usize) -> Option<usize> {
    if s.is_any(e, SETTLEMENTS) && s.is(e + 1, "of") {
        cap_run(s, e + 2)
    } else {
        None
    }
}

/// "the Gulf of Thailand", "the Bay of Bengal": a geographic noun ending
/// the name at `e`, "of" and a name; the end of the whole.
fn geo_of_end(s: &Sent, e: usize) -> usize {
    if s.in_class(e - 1, GEO) && s.is(e, "of") {
        if let Some(e2) = cap_run(s, e + 1) {
            return e2;
        }
    }
    e
}

/// The name at `a..e` may be a place: not only a demonym or an org
/// ("Russian", "NATO"), not a weekday ("Monday").
fn is_place_name(s: &Sent, a: usize, e: usize) -> bool {
    let demonym_or_org = s
        .places
        .iter()
        .any(|p| p.a == a && p.b == e && matches!(p.kind, MentionKind::Demonym | MentionKind::Org));
    !demonym_or_org && crate::lexicon::months::weekday(s.w(e - 1)).is_none()
}

/// The end of a name at `e` with any lower-case facility words after it
/// ("the Vaziani training area"), and whether it names a facility (also by
/// its own head: "Iliskiy Training Center").
fn facility_end(s: &Sent, e: usize) -> (usize, bool) {
    let facility = s.in_class(e - 1, FACILITY_HEADS);
    for f in FACILITIES {
        if f.iter()
            .enumerate()
            .all(|(k, w)| s.is(e + k, w) && s.is_lower_word(e + k))
        {
            return (e + f.len(), true);
        }
    }
    (e, facility)
}

/// The places at `a..b` are exactly a country's name.
fn is_country(s: &Sent, a: usize, b: usize) -> bool {
    s.places
        .iter()
        .any(|p| p.a == a && p.b == b && p.kind == MentionKind::Name)
}

/// "Training Node in Auli, Uttarakhand": a facility's "in" and the place
/// it is in, with its region; not "Training Center in Kazakhstan".
fn facility_in_end(s: &Sent, e: usize) -> Option<usize> {
    if !s.is(e, "in") {
        return None;
    }
    let e2 = cap_run(s, e + 1)?;
    if is_country(s, e + 1, e2) {
        return None;
    }
    if s.is_punct(e2, ',') {
        if let Some(e3) = cap_run(s, e2 + 1).filter(|&e3| !reporter_ends(s, e3)) {
            return Some(e3);
        }
    }
    Some(e2)
}

/// "Ankara, Turkiye", "Baluran, East Java": a comma and a region or state
/// of at most three words after the name at `a..e`; not "Kazakhstan,
/// Kyrgyzstan" (two countries) nor the start of a list ("A, B and C").
fn region_end(s: &Sent, a: usize, e: usize) -> usize {
    if !s.is_punct(e, ',') {
        return e;
    }
    let Some(e2) = cap_run(s, e + 1) else {
        return e;
    };
    let next_ok = e2 >= s.toks.len() || !s.is_cap(e2) && !s.is(e2, "and") && !reporter_ends(s, e2);
    let both_countries = is_country(s, a, e) && is_country(s, e + 1, e2);
    let region_like = !s
        .places
        .iter()
        .any(|p| p.a == e + 1 && p.kind != MentionKind::Name);
    if next_ok && !both_countries && region_like && e2 - (e + 1) <= 3 {
        e2
    } else {
        e
    }
}

/// ", Xinhua reported", ", TASS said": the capitalised words before `e`
/// are a source of the report, not a region.
fn reporter_ends(s: &Sent, e: usize) -> bool {
    s.in_class(e, LOCATION_STOPS)
}

/// A run of capitalised words at `i` ("Iliskiy Training Center", "JBSA-Ft"),
/// returning its end token.
pub(super) fn cap_run(s: &Sent, i: usize) -> Option<usize> {
    let mut e = i;
    while e < s.toks.len() && e - i < 6 {
        let w = s.w(e);
        let ok = s.is_cap(e) && !NAME_STOP.has(CLASSES.mask(w.trim_end_matches("'s")));
        if !ok {
            break;
        }
        e += 1;
        // "Tan-Tan" is one token; "Ft. Sam" keeps its dot.
        if s.is_punct(e, '.') && s.glued(e) && s.is_cap(e + 1) {
            e += 1;
        }
    }
    (e > i).then_some(e)
}

/// "the alpine camp \"Edelweiss\"", "the training ground 'Orlan'": a facility
/// described in lower case and named in quotes; the name as written.
pub(super) fn quoted_facility(s: &Sent, i: usize) -> Option<String> {
    let mut k = i;
    if s.is(k, "the") {
        k += 1;
    }
    let first = k;
    while k < first + 4 && s.is_lower_word(k) {
        k += 1;
    }
    if k == first || !(s.is_punct(k, '"') || s.is_punct(k, '\'')) {
        return None;
    }
    let close =
        (k + 2..(k + 8).min(s.toks.len())).find(|&c| s.is_punct(c, '"') || s.is_punct(c, '\''))?;
    let e = cap_run(s, k + 1)?;
    (e == close).then(|| s.slice(k + 1, e).to_string())
}

/// "in/at PLACE" after the mention, in the same clause.
pub(super) fn location_after(s: &Sent, from: usize) -> Option<String> {
    let n = s.toks.len();
    let mut k = from;
    while k < n && k < from + 14 {
        // "hosted by Fiji at the Blackrock Camp": the host, then the place.
        if s.is(k, "by") && k > 0 && s.is_any(k - 1, &["hosted", "organised", "organized"]) {
            if let Some(p) = s.place_covering(k + 1) {
                k = p.b.max(k + 2);
                continue;
            }
        }
        // "held by troops of the two countries near Jhelum": the agent, then the place.
        let agent = s.is(k, "by")
            && k > 0
            && s.is_any(k - 1, &["held", "conducted", "staged", "carried", "out"]);
        if agent {
            k += 1;
            continue;
        }
        if s.clause_break(k) || s.in_class(k, LOCATION_STOPS) || s.is_punct(k, '"') {
            return None;
        }
        // "on the island of Viti Levu".
        if s.is(k, "on") && s.is(k + 1, "the") && s.is_any(k + 2, &["island", "islands"]) {
            if let Some((p, _)) = place_phrase(s, k + 1) {
                return Some(p);
            }
        }
        if s.is_any(k, &["in", "at"]) {
            match place_after_in(s, k) {
                Some(Ok(p)) => return Some(p),
                Some(Err(skip_to)) => {
                    k = skip_to;
                    continue;
                }
                None => {}
            }
        }
        // "off the coast of Valparaiso", "off Valparaiso".
        if s.is(k, "off") {
            let mut p = k + 1;
            if s.is(p, "the") && s.is_any(p + 1, &["coast", "coasts", "shores", "shore"]) {
                p += 2;
                if s.is(p, "of") {
                    p += 1;
                }
            }
            if let Some((p, _)) = place_phrase(s, p) {
                return Some(p);
            }
        }
        // "host the drills near Salalah".
        if s.is(k, "near") {
            if let Some((p, _)) = place_phrase(s, k + 1) {
                return Some(p);
            }
        }
        // "around Mombasa and Malindi".
        if s.is(k, "around") {
            if let Some((_, e)) = place_phrase(s, k + 1) {
                let mut e = e;
                if s.is(e, "and") {
                    if let Some(e2) = cap_run(s, e + 1) {
                        e = e2;
                    }
                }
                return Some(s.slice(k + 1, e).to_string());
            }
        }
        k += 1;
    }
    None
}

/// The place after "in"/"at" at `k`: `Ok(place)` for the exercise's,
/// `Err(next)` for a place that is not its (a ceremony's, a superlative's
/// scope) and where to read on, `None` without a place.
fn place_after_in(s: &Sent, k: usize) -> Option<Result<String, usize>> {
    if let Some(p) = quoted_facility(s, k + 1) {
        return Some(Ok(p));
    }
    let (p, e) = place_phrase(s, k + 1)?;
    // "sailed for X following an opening ceremony in Brisbane", "a
    // ceremony at the naval base in Callao": where the ceremony was.
    let ceremony = (k.saturating_sub(6)..k).any(|j| s.is_any(j, &["ceremony", "ceremonies"]));
    // "the largest multinational exercise in Asia": a superlative's scope.
    let scope = (k.saturating_sub(4)..k).any(|j| {
        s.is_any(
            j,
            &[
                "largest", "biggest", "oldest", "longest", "most", "first", "only",
            ],
        )
    });
    Some(if ceremony || scope {
        Err(e.max(k + 1))
    } else {
        Ok(p)
    })
}

/// "training in Grenada as part of Exercise X", "in the Northern Territory
/// during a ... exercise known as X", "sent to Romania to participate in X".
pub(super) fn location_before(s: &Sent, a: usize) -> Option<String> {
    const CONNECTORS: &[&[&str]] = &[
        &["as", "part", "of"],
        &["during"],
        &["to", "participate", "in"],
        &["to", "take", "part", "in"],
        &["for", "participation", "in"],
        &["to", "join"],
        // "arrived in Jabalpur for Exercise X".
        &["for"],
    ];
    // Find a connector ending within 8 tokens before the mention.
    for c_end in (a.saturating_sub(8)..=a).rev() {
        for conn in CONNECTORS {
            let len = conn.len();
            if c_end < len {
                continue;
            }
            let c_start = c_end - len;
            if !conn.iter().enumerate().all(|(k, w)| s.is(c_start + k, w)) {
                continue;
            }
            // Only words between the connector and the mention.
            if (c_end..a).any(|k| s.kind(k) != Some(TokenKind::Word)) {
                continue;
            }
            // A place phrase ending right before the connector, after in/at/to.
            for p in (c_start.saturating_sub(8)..c_start).rev() {
                if s.is_any(p, &["in", "at", "to"]) {
                    if let Some((text, e)) = place_phrase(s, p + 1) {
                        if e == c_start {
                            return Some(text);
                        }
                    }
                }
            }
        }
    }
    None
}

/// The token a verb's subject ends at, stepping back over up to three
/// auxiliaries ("have actively participated").
pub(super) fn before_auxiliaries(s: &Sent, v: usize) -> usize {
    let mut k = v;
    while k > 0 && v - k < 3 && s.in_class(k - 1, AUX) {
        k -= 1;
    }
    k
}

/// "Kazakhstan will hold ... exercises": the host, by name.
pub(super) fn host_subject(s: &Sent) -> Option<(Country, String)> {
    if !s.has_class(HOST_VERBS) {
        return None;
    }
    for v in 0..s.toks.len() {
        if !s.in_class(v, HOST_VERBS) {
            continue;
        }
        let k = before_auxiliaries(s, v);
        if let Some(p) = s
            .places
            .iter()
            .find(|p| p.b == k && p.kind == MentionKind::Name)
        {
            // Not one of a list ("A and B hold").
            if p.a > 0
                && (s.is(p.a - 1, "and")
                    || (s.is_punct(p.a - 1, ',') && s.places.iter().any(|q| q.b + 1 == p.a)))
            {
                return None;
            }
            let c = p.country?;
            return Some((c, s.slice(p.a, p.b).to_string()));
        }
    }
    None
}

/// The place right after `loc` in the sentence, joined by "in" or a comma:
/// "at Mahajan Field Firing Ranges in Rajasthan" -> "Rajasthan".
pub(super) fn wider_place(s: &Sent, loc: &str) -> Option<String> {
    let n = s.toks.len();
    let last = loc.split_whitespace().last()?;
    (0..n).filter(|&k| s.w(k) == last).find_map(|k| {
        let j = if s.is(k + 1, "in") || s.is_punct(k + 1, ',') {
            k + 2
        } else {
            return None;
        };
        place_phrase(s, j).map(|(p, _)| p)
    })
}
