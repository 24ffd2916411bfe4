//! Where an exercise is held: a place phrase after "in"/"at" or before
//! the name, and a host state as the sentence's subject.

use super::*;

/// A place phrase at `i`: "the Iliskiy Training Center", "Baluran, East Java",
/// "the Vaziani training area", "the regions of A, B and C",
/// "the Surya Foreign Training Node in Auli, Uttarakhand". Returns (text, end token).
pub(super) fn place_phrase(s: &Sent, i: usize) -> Option<(String, usize)> {
    let mut a = i;
    if s.is(a, "the") {
        a += 1;
    }
    // "the port cities of A and B", "the northern province of A": a modifier or two.
    let mut r = a;
    while r < a + 2 && s.is_lower_word(r) && !s.is(r + 1, "of") && s.is_lower_word(r + 1) {
        r += 1;
    }
    // "the regions of A, B and C".
    if s.is_any(
        r,
        &[
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
        ],
    ) && s.is(r + 1, "of")
    {
        let mut first = r + 2;
        // "the mountains of northern Pakistan".
        if s.is_any(
            first,
            &[
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
            ],
        ) {
            first += 1;
        }
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
        let last = last?;
        return Some((s.slice(first, last).to_string(), last));
    }
    let mut e = cap_run(s, a)?;
    // "the Black Sea port of Constanta": a place noun and the place it names.
    if s.is_any(
        e,
        &[
            "port", "city", "town", "island", "region", "province", "village",
        ],
    ) && s.is(e + 1, "of")
    {
        if let Some(e2) = cap_run(s, e + 2) {
            return Some((s.slice(a, e2).to_string(), e2));
        }
    }
    // "the Gulf of Thailand", "the Bay of Bengal".
    if s.in_class(e - 1, GEO) && s.is(e, "of") {
        if let Some(e2) = cap_run(s, e + 1) {
            e = e2;
        }
    }
    // Only a demonym or an org: not a place.
    if s.places
        .iter()
        .any(|p| p.a == a && p.b == e && matches!(p.kind, MentionKind::Demonym | MentionKind::Org))
    {
        return None;
    }
    if crate::lexicon::months::weekday(s.w(e - 1)).is_some() {
        return None;
    }
    let mut facility = s.in_class(e - 1, FACILITY_HEADS);
    for f in FACILITIES {
        if f.iter()
            .enumerate()
            .all(|(k, w)| s.is(e + k, w) && s.is_lower_word(e + k))
        {
            e += f.len();
            facility = true;
            break;
        }
    }
    let is_country = |a: usize, b: usize| {
        s.places
            .iter()
            .any(|p| p.a == a && p.b == b && p.kind == MentionKind::Name)
    };
    // "Training Node in Auli, Uttarakhand"; not "Training Center in Kazakhstan".
    if facility && s.is(e, "in") {
        if let Some(e2) = cap_run(s, e + 1) {
            if !is_country(e + 1, e2) {
                e = e2;
                if s.is_punct(e, ',') {
                    if let Some(e3) = cap_run(s, e + 1) {
                        e = e3;
                    }
                }
                return Some((s.slice(a, e).to_string(), e));
            }
        }
    }
    // "Ankara, Turkiye", "Baluran, East Java"; not "Kazakhstan, Kyrgyzstan".
    if s.is_punct(e, ',') {
        if let Some(e2) = cap_run(s, e + 1) {
            let next_ok = e2 >= s.toks.len() || !s.is_cap(e2) && !s.is(e2, "and");
            let both_countries = is_country(a, e) && is_country(e + 1, e2);
            let region_like = !s
                .places
                .iter()
                .any(|p| p.a == e + 1 && p.kind != MentionKind::Name);
            if next_ok && !both_countries && region_like && e2 - (e + 1) <= 3 {
                e = e2;
            }
        }
    }
    Some((s.slice(a, e).to_string(), e))
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
