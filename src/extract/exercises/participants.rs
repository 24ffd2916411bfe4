//! The states taking part in what a sentence reports: lists after a
//! cue, coordinated subjects, troops' owners; observers and sponsors left out.

use super::*;

/// States said to take part in what the sentence reports.
pub(super) fn participants(s: &Sent, mentions: &[Mention]) -> Vec<Country> {
    // "the Indo-Thai exercise", "Sino-Pak drills": a combining form.
    let combined = combining_pairs(s);
    // Participants are named states: none named, nothing more to read.
    if s.places.is_empty() && s.outlet.is_none() {
        return combined;
    }
    let n = s.toks.len();
    let has_cue = s.has_class(CUES);
    let has_head = !s.heads.is_empty();
    let mut found: Vec<usize> = Vec::new(); // indices into s.places

    found.extend(with_after_mentions(s, mentions));
    // "Slavic Shield 2016, a joint exercise of Serbia, Russia and Belarus".
    found.extend(lists_after_head_of(s));

    // Lists after cue words (none in a sentence without an opener).
    found.extend(lists_after_openers(s, mentions, has_cue, has_head));
    if has_cue {
        found.extend(cued_states(s));
    }
    found.extend(hyphen_pairs(s));

    // "Our military troops regularly participate": the outlet's country.
    let mut out: Vec<Country> = Vec::new();
    out.extend(combined);
    if has_cue {
        if let Some(c) = s.outlet {
            let ours = (0..n).any(|i| {
                s.is(i, "our")
                    && (i + 1..n.min(i + 4)).any(|k| s.in_class(k, TROOPS) || s.is(k, "country"))
            });
            if ours {
                out.push(c);
            }
        }
    }

    // Observers and sponsors are not participants.
    let excluded = excluded_places(s);
    found.sort_unstable();
    found.dedup();
    for pi in found {
        if excluded.contains(&pi) {
            continue;
        }
        if let Some(c) = s.places[pi].country {
            if !out.contains(&c) {
                out.push(c);
            }
        }
    }
    out
}

/// "the Garuda Shield exercise with the United States": states after "with"
/// right after a name.
fn with_after_mentions(s: &Sent, mentions: &[Mention]) -> Vec<usize> {
    let n = s.toks.len();
    let mut found = Vec::new();
    for m in mentions {
        let mut k = m.tb;
        while k < n
            && k - m.tb < 4
            && (s.head_covering(k).is_some()
                || (s.kind(k) == Some(TokenKind::Word) && s.generic(k)))
        {
            k += 1;
        }
        if s.is(k, "with") && !s.is(k + 2, "participation") {
            found.extend(country_list(s, k + 1));
        }
    }

    found
}

/// States listed after the sentence's list openers.
fn lists_after_openers(
    s: &Sent,
    mentions: &[Mention],
    has_cue: bool,
    has_head: bool,
) -> Vec<usize> {
    let n = s.toks.len();
    let mut found = Vec::new();
    // Lists after cue words (none in a sentence without an opener).
    let openers = match s.has_class(LIST_OPENERS) || s.has_class(TROOPS) {
        true => 0..n,
        false => 0..0,
    };
    for i in openers {
        // One bit test turns away the words no branch below starts with.
        if !s.in_class(i, LIST_OPENERS) && !s.in_class(i, TROOPS) {
            continue;
        }
        let start = opener_start(s, i, mentions, has_cue, has_head);
        let Some(st) = start else {
            continue;
        };
        let got = country_list(s, st);
        if got.is_empty() {
            // "from 16 countries, namely ...", "from 13 member states - A, B".
            if s.is(i, "from") {
                for k in st..n.min(st + 10) {
                    if s.clause_break(k) && !s.is_punct(k, '-') {
                        break;
                    }
                    if s.is_punct(k, ':')
                        || s.is_punct(k, '-')
                        || s.is_any(k, &["namely", "including"])
                    {
                        found.extend(country_list(s, k + 1));
                        break;
                    }
                }
            }
        } else {
            found.extend(got);
        }
    }

    found
}

/// Where the list a word at `i` opens begins: "troops from A", "including
/// A", "participation of A", "led by A", "will involve A", "between A and B".
fn opener_start(
    s: &Sent,
    i: usize,
    mentions: &[Mention],
    has_cue: bool,
    has_head: bool,
) -> Option<usize> {
    if s.is(i, "from") {
        let after_troops = (i.saturating_sub(3)..i).any(|k| {
            s.in_class(k, TROOPS) || s.is_any(k, &["hailing", "nations", "countries", "states"])
        });
        after_troops.then_some(i + 1)
    } else if s.is_any(
        i,
        &["namely", "including", "include", "included", "includes"],
    ) {
        (has_cue || has_head).then_some(i + 1)
    } else if s.is(i, "participation") && s.is(i + 1, "of") {
        Some(skip_unit_of(s, i + 2))
    } else if s.is_any(i, &["led", "joined", "conducted", "staged"]) && s.is(i + 1, "by") {
        // "hosted by A" alone does not make A a participant.
        Some(i + 2)
    } else if s.is_any(
        i,
        &[
            "involve",
            "involves",
            "involved",
            "involving",
            "featured",
            "features",
            "featuring",
        ],
    ) || (s.is(i, "together")
        && i > 0
        && s.is_any(i - 1, &["brought", "brings", "bring", "bringing"]))
    {
        // "the X exercise will involve A and B", "brought together A, B and C".
        (has_head || !mentions.is_empty()).then_some(i + 1)
    } else if s.is(i, "besides") {
        // "Besides A and B, the exercise will involve C".
        (has_head || !mentions.is_empty()).then_some(i + 1)
    } else if s.is_any(i, &["were", "are"])
        && (i.saturating_sub(10)..i).any(|k| s.is_any(k, &["participating", "participants"]))
    {
        // "The participating nations (in X) were A, B and C".
        Some(i + 1)
    } else if s.is_any(i, &["join", "joins", "joining"])
        || (s.is(i, "joined") && !s.is(i + 1, "by"))
    {
        Some(i + 1)
    } else if s.is(i, "between") {
        let near_head = s
            .heads
            .iter()
            .any(|h| !h.negative && h.b <= i && i - h.b <= 10);
        let relation = i > 0 && s.in_class(i - 1, RELATIONS);
        (near_head && !relation).then_some(i + 1)
    } else if s.in_class(i, TROOPS) && s.is(i + 1, "of") {
        // "servicemen of A, B and C have started the X exercise".
        (has_cue || !mentions.is_empty()).then_some(i + 2)
    } else if s.is(i, "in") && s.is(i + 1, "addition") && s.is(i + 2, "to") {
        has_cue.then_some(i + 3)
    } else {
        None
    }
}

/// In a sentence with a participation cue: states before troop nouns
/// ("Indonesian and American troops") and subjects of participation verbs.
fn cued_states(s: &Sent) -> Vec<usize> {
    let n = s.toks.len();
    let mut found = Vec::new();
    // "Indonesian and American troops", "1300 Georgian and 1170 U.S. military personnel".
    for (pi, p) in s.places.iter().enumerate() {
        if p.country.is_none() || located(s, p.a) {
            continue;
        }
        let troops = (p.b..n.min(p.b + 3))
            .take_while(|&k| s.kind(k) == Some(TokenKind::Word))
            .any(|k| s.in_class(k, TROOPS) || is_troops_possessive(s, k));
        if troops {
            found.push(pi);
            found.extend(coordinated_before(s, pi));
        }
    }
    // "Canada, Japan and the UK actively participated", "which China participated in".
    let verbs = match s.has_class(SUBJECT_VERBS) {
        true => 0..n,
        false => 0..0,
    };
    for v in verbs {
        if !s.in_class(v, SUBJECT_VERBS) {
            continue;
        }
        if s.is(v, "led") && s.is(v + 1, "by") {
            continue;
        }
        // "Somalia and Ethiopia held talks": not the exercise.
        if s.in_class(v + 1, RELATIONS) || s.in_class(v + 2, RELATIONS) {
            continue;
        }
        let k = before_auxiliaries(s, v);
        if let Some(pi) = s
            .places
            .iter()
            .position(|p| p.b == k && p.country.is_some())
        {
            if !located(s, s.places[pi].a) {
                found.push(pi);
                found.extend(coordinated_before(s, pi));
            }
        }
    }
    found
}

/// "India-Kazakhstan Joint Military Exercise", "U.S.-led": states glued
/// before a head or a "-led".
fn hyphen_pairs(s: &Sent) -> Vec<usize> {
    let n = s.toks.len();
    let mut found = Vec::new();
    for (pi, p) in s.places.iter().enumerate() {
        if p.country.is_none() {
            continue;
        }
        let w_end = s.toks[p.b - 1].end;
        let tok_text = s.w(p.b - 1);
        let tb = tok_text.as_bytes();
        if (tb.len() >= 4 && tb[tb.len() - 4..].eq_ignore_ascii_case(b"-led"))
            || (s.is_punct(p.b, '-') && s.glued(p.b) && s.is(p.b + 1, "led"))
        {
            found.push(pi);
            continue;
        }
        // Two states in one hyphenated token or glued by a dash, before a head.
        // Places are in text order and do not overlap: only the next one can pair.
        let pair = s
            .places
            .iter()
            .enumerate()
            .skip(pi + 1)
            .take(1)
            .find(|(qi, q)| {
                *qi != pi
                    && q.country.is_some()
                    && (q.a == p.a
                        || (q.a == p.b + 1
                            && s.is_punct(p.b, '-')
                            && s.glued(p.b)
                            && s.toks[p.b].start == w_end))
            });
        if let Some((qi, q)) = pair {
            let after = q.b.max(p.b);
            if (after..n.min(after + 4)).any(|k| s.head_at(k).is_some_and(|h| !h.negative)) {
                found.push(pi);
                found.push(qi);
            }
        }
    }

    found
}

/// "troops of the two countries", "forces from both sides": the two sides
/// take part, named elsewhere.
pub(super) fn troops_of_both_sides(s: &Sent) -> bool {
    let n = s.toks.len();
    sides_hold_their_exercise(s)
        || (0..n.saturating_sub(3)).any(|i| {
            if !(s.in_class(i, TROOPS) && s.is_any(i + 1, &["of", "from"])) {
                return false;
            }
            let k = if s.is(i + 2, "the") { i + 3 } else { i + 2 };
            let two = (s.is(k - 1, "the") && s.is(k, "two")) || s.is(k, "both");
            two && s.is_any(k + 1, &["countries", "sides", "nations", "states"])
        })
}

/// "Both sides will continue organising their joint military exercise":
/// the sides as the subject, the exercise theirs and joint.
fn sides_hold_their_exercise(s: &Sent) -> bool {
    const SIDES: &[&str] = &["countries", "sides", "nations", "states", "armies"];
    let k = if s.is(0, "the") && s.is(1, "two") {
        2
    } else if s.is(0, "both") {
        1
    } else {
        return false;
    };
    s.is_any(k, SIDES)
        && s.heads.iter().any(|h| {
            (h.a.saturating_sub(3)..h.a).any(|d| s.is(d, "their"))
                && (h.a.saturating_sub(3)..h.b).any(|d| s.is(d, "joint"))
        })
}

/// "a joint military exercise of A, B and C", "the drills of the armed forces
/// of A and B": the states whose exercise it is. ("exercise of" alone marks a
/// head as no exercise, as in "the exercise of power": a state right after it
/// is what tells the two apart.)
fn lists_after_head_of(s: &Sent) -> Vec<usize> {
    let mut out = Vec::new();
    for h in &s.heads {
        if s.is(h.b, "of") {
            out.extend(country_list(s, skip_unit_of(s, h.b + 1)));
        }
    }
    out
}

/// Words that name a group before its members: "NATO allies A and B",
/// "partner nations A and B", "member states A, B".
const GROUP_NOUNS: &[&str] = &[
    "allies",
    "partners",
    "nations",
    "countries",
    "states",
    "members",
    "neighbours",
    "neighbors",
];

/// The end of a short group label at `k` followed by a state ("NATO allies
/// Spain", "partner nations Finland"), when there is one.
fn group_label_end(s: &Sent, k: usize) -> Option<usize> {
    let n = s.toks.len();
    let end = (k..n.min(k + 3))
        .take_while(|&j| s.kind(j) == Some(TokenKind::Word) && s.places_at(j).next().is_none())
        .find(|&j| s.is_any(j, GROUP_NOUNS))?;
    s.places_at(end + 1).next().map(|_| end + 1)
}

/// Combining forms of states' names before a hyphen ("Indo-Thai").
const COMBINING_FORMS: &[(&str, &str)] = &[
    ("indo", "IN"),
    ("sino", "CN"),
    ("russo", "RU"),
    ("franco", "FR"),
    ("anglo", "GB"),
    ("pak", "PK"),
    ("turco", "TR"),
    ("nippo", "JP"),
    ("italo", "IT"),
    ("greco", "GR"),
    ("hispano", "ES"),
    ("luso", "PT"),
];

/// The state of a combining form ("Indo" -> India).
fn combining_form(w: &str) -> Option<Country> {
    let code = COMBINING_FORMS
        .iter()
        .find(|(f, _)| f.eq_ignore_ascii_case(w))?
        .1;
    Country::from_alpha2(code)
}

/// "the Indo-Thai joint exercise", "Sino-Russian drills": both states of a
/// word made of a combining form, a hyphen and a state (or another form)
/// before a head word. "Indo-Pacific" names no state after the hyphen.
fn combining_pairs(s: &Sent) -> Vec<Country> {
    let n = s.toks.len();
    let mut out = Vec::new();
    for i in 0..n {
        let Some((c1, c2)) = combining_pair(s, i) else {
            continue;
        };
        if (i + 1..n.min(i + 5)).any(|k| s.head_at(k).is_some_and(|h| !h.negative)) {
            out.extend([c1, c2]);
        }
    }
    out
}

/// The token at `i` is a combining form, a hyphen and a state ("Indo-Thai").
pub(super) fn is_combining_pair(s: &Sent, i: usize) -> bool {
    combining_pair(s, i).is_some()
}

fn combining_pair(s: &Sent, i: usize) -> Option<(Country, Country)> {
    let (first, rest) = s.w(i).split_once('-')?;
    let c1 = combining_form(first)?;
    let c2 = combining_form(rest).or_else(|| {
        s.places
            .iter()
            .find(|p| p.a == i && p.b == i + 1 && p.country != Some(c1))
            .and_then(|p| p.country)
    })?;
    Some((c1, c2))
}

/// "Navy's": a troop noun with a possessive.
pub(super) fn is_troops_possessive(s: &Sent, k: usize) -> bool {
    let w = s.w(k);
    w.len() > 2 && w.ends_with("'s") && TROOPS.has(CLASSES.mask(&w[..w.len() - 2]))
}

/// "participation of the military contingents of A": skips to the list.
pub(super) fn skip_unit_of(s: &Sent, i: usize) -> usize {
    let mut k = i;
    if s.is(k, "the") {
        k += 1;
    }
    let mut j = k;
    while j < s.toks.len()
        && j - k < 3
        && s.kind(j) == Some(TokenKind::Word)
        && !s.is(j, "of")
        && s.places_at(j).next().is_none()
    {
        j += 1;
    }
    if j > k && s.is(j, "of") && (k..j).any(|x| s.in_class(x, TROOPS)) {
        return j + 1;
    }
    i
}

/// The mention at `a` follows "in", "at", "to", "into" (optionally "the"): a place.
pub(super) fn located(s: &Sent, a: usize) -> bool {
    let mut k = a;
    if k > 0 && s.is(k - 1, "the") {
        k -= 1;
    }
    k > 0 && s.in_class(k - 1, LOCATIVES)
}

/// States listed at `i`: "A, B, and the C", "the kingdom of Morocco", "1170 U.S.".
pub(super) fn country_list(s: &Sent, i: usize) -> Vec<usize> {
    let n = s.toks.len();
    let mut out = Vec::new();
    let mut k = i;
    let mut steps = 0;
    while k < n && steps < 60 {
        steps += 1;
        let lo = s.places.partition_point(|p| p.a < k);
        let hi = lo + s.places[lo..].iter().take_while(|p| p.a == k).count();
        if hi > lo {
            let mut next = k + 1;
            for pi in lo..hi {
                if s.places[pi].country.is_some() {
                    out.push(pi);
                }
                next = next.max(s.places[pi].b);
            }
            k = next;
            continue;
        }
        if s.is_punct(k, ',') || s.is_punct(k, '&') || s.in_class(k, LIST_LINKS) {
            k += 1;
            continue;
        }
        if s.is_any(k, &["kingdom", "republic", "state", "sultanate"]) && s.is(k + 1, "of") {
            k += 2;
            continue;
        }
        if s.is(k, "in") && s.is(k + 1, "addition") && s.is(k + 2, "to") {
            k += 3;
            continue;
        }
        if s.is(k, "as") && s.is(k + 1, "well") && s.is(k + 2, "as") {
            k += 3;
            continue;
        }
        if (s.is(k, "such") && s.is(k + 1, "as"))
            || (s.is(k, "along") && s.is(k + 1, "with"))
            || (s.is(k, "together") && s.is(k + 1, "with"))
        {
            k += 2;
            continue;
        }
        // "several Arab states such as", "three partner navies - Spain, Italy".
        if let Some(j) = (!out.is_empty()).then(|| list_resumes(s, k)).flatten() {
            k = j;
            continue;
        }
        // "including NATO allies A, B, along with partner nations C and D".
        if let Some(e) = group_label_end(s, k) {
            k = e;
            continue;
        }
        // A count before a state: "1170 U.S. personnel".
        if s.kind(k) == Some(TokenKind::Number) && s.places_at(k + 1).next().is_some() {
            k += 1;
            continue;
        }
        break;
    }
    out
}

/// Where a list goes on after a short gap of words at `k`: "several Arab
/// states such as A", "three partner navies - Spain, Italy and Canada -"
/// (a counted group, then its members between dashes or in brackets).
fn list_resumes(s: &Sent, k: usize) -> Option<usize> {
    let n = s.toks.len();
    if s.kind(k) != Some(TokenKind::Word) {
        return None;
    }
    let resume = (k..n.min(k + 5))
        .find(|&j| s.is(j, "such") && s.is(j + 1, "as") || s.is_any(j, &["including", "namely"]));
    if let Some(j) = resume {
        if (k..j).all(|x| s.kind(x) == Some(TokenKind::Word)) {
            return Some(j);
        }
    }
    let open = (k..n.min(k + 5)).find(|&j| s.is_punct(j, '-') || s.is_punct(j, '('))?;
    let words = (k..open).all(|x| s.kind(x) == Some(TokenKind::Word));
    (words && s.places_at(open + 1).next().is_some()).then_some(open + 1)
}

/// States coordinated before place `pi`: "Azerbaijani, Turkish, and Pakistani".
pub(super) fn coordinated_before(s: &Sent, pi: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut cur = s.places[pi].a;
    loop {
        let mut k = cur;
        let mut saw_link = false;
        while k > 0 && cur - k < 4 {
            let j = k - 1;
            if s.is_punct(j, ',')
                || s.is_any(j, &["and", "the"])
                || s.kind(j) == Some(TokenKind::Number)
            {
                saw_link |= s.is_punct(j, ',') || s.is(j, "and");
                k = j;
                continue;
            }
            break;
        }
        if !saw_link || k == 0 {
            break;
        }
        match s
            .places
            .iter()
            .position(|p| p.b == k && p.country.is_some())
        {
            Some(q) => {
                out.push(q);
                cur = s.places[q].a;
            }
            None => break,
        }
    }
    out
}

/// Places named as observers ("Indonesian personnel were among observers",
/// "A and B are participating as observer nations") or sponsors ("under the
/// auspices of the US Ground Forces").
pub(super) fn excluded_places(s: &Sent) -> Vec<usize> {
    let n = s.toks.len();
    let mut out = Vec::new();
    for i in 0..n {
        let w = s.w(i);
        if w.len() >= 6 && w.as_bytes()[..6].eq_ignore_ascii_case(b"observ") {
            // "units and observers from": both kinds, leave them.
            if i >= 2 && s.is(i - 1, "and") && s.in_class(i - 2, TROOPS) {
                continue;
            }
            // Back to the clause start, or a comma: "took part in X, as well
            // as observers from C" leaves the states before the comma.
            let mut c = i;
            while c > 0
                && !s.clause_break(c - 1)
                && !(s.is_punct(c - 1, ',')
                    && s.is_any(c, &["as", "and", "with", "along", "plus", "alongside"]))
            {
                c -= 1;
            }
            for (pi, p) in s.places.iter().enumerate() {
                if p.a >= c && p.b <= i {
                    out.push(pi);
                }
            }
            // "observers from A, B".
            if s.is(i + 1, "from") {
                out.extend(country_list(s, i + 2));
            }
        }
        // "officials from the US embassy": diplomats, not troops.
        if s.is_any(i, &["embassy", "embassies", "consulate", "mission"]) {
            if let Some(pi) = s.places.iter().position(|p| p.b == i || p.b + 1 == i) {
                out.push(pi);
            }
        }
        if s.in_class(i, SPONSORS) {
            for (pi, p) in s.places.iter().enumerate() {
                if p.a > i && p.a <= i + 6 {
                    out.push(pi);
                }
            }
        }
    }
    out
}

/// What the sentence's head words say: (goes on about an exercise, has a
/// definite head, introduces another unnamed exercise).
pub(super) fn head_roles(s: &Sent, mentions: &[Mention]) -> (bool, bool, bool) {
    let mut anaphoric = false;
    let mut reset = false;
    let mut any_head = false;
    for h in &s.heads {
        if h.negative {
            continue;
        }
        if mentions.iter().any(|m| h.a < m.tb + 4 && m.ta < h.b + 4) {
            continue;
        }
        any_head = true;
        let mut k = h.a;
        let mut steps = 0;
        let mut det = None;
        while k > 0 && steps < 4 {
            k -= 1;
            steps += 1;
            if s.is_any(
                k,
                &[
                    "the", "this", "these", "that", "those", "its", "their", "such", "same",
                ],
            ) {
                det = Some(true);
                break;
            }
            if s.kind(k) != Some(TokenKind::Word)
                || s.is_any(k, &["a", "an", "in", "of", "carried", "carry"])
                || s.in_class(k, HOLDING_VERBS)
            {
                det = Some(false);
                // Host verbs right before an unnamed head: another exercise.
                if s.in_class(k, HOLDING_VERBS) && h.a - k <= 3 && s.is_lower_word(h.a) {
                    reset = true;
                }
                break;
            }
        }
        if det == Some(true) {
            anaphoric = true;
        }
    }
    // "It has been held since 1959": the exercise in focus as a pronoun subject.
    if s.is(0, "it") && s.has_class(SINCE) {
        anaphoric = true;
        any_head = true;
    }
    // "Units from Peru, Chile and Ecuador make up the task force": troops from
    // named states go on about the exercise in focus.
    let troops_from = s.has_class(TROOPS)
        && (0..s.toks.len().saturating_sub(2)).any(|i| {
            s.in_class(i, TROOPS) && s.is(i + 1, "from") && s.place_covering(i + 2).is_some()
        });
    let cue = s.has_class(FOCUS_CUES) || troops_from;
    let reset = reset && !anaphoric;
    (any_head || cue, anaphoric, reset)
}
