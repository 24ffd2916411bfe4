//! Exercise names in a sentence: quoted, before or after a head word, or
//! a known series; overlaps resolved and aliases in brackets marked.

use super::*;

/// A mention built from tokens `a..b` (name) and `a..tb` (with suffix).
pub(super) fn make_mention(
    s: &Sent,
    a: usize,
    b: usize,
    tb: usize,
    year: Option<i32>,
    strong: bool,
) -> Option<Mention> {
    if a >= b {
        return None;
    }
    let mut name = s.slice(a, b);
    // "UNITAS's 60th edition": the possessive is no part of the name.
    if let Some(head) = name
        .strip_suffix("'s")
        .or_else(|| name.strip_suffix("\u{2019}s"))
    {
        name = head;
    }
    // "Brotherhood-II" is one token: its Roman edition is no part of the name.
    if let Some((head, ed)) = name.rsplit_once('-') {
        if is_roman(ed) && !head.is_empty() {
            name = head;
        }
    }
    // "the Indo-Pak exercise": the sides, not a name.
    if b == a + 1 && super::participants::is_combining_pair(s, a) {
        return None;
    }
    let name = name.to_string();
    let key = name_key(&name);
    if key.is_empty() {
        return None;
    }
    let (st, en) = s.span(a, tb.max(b));
    Some(Mention {
        name,
        key,
        start: st,
        end: en,
        ta: a,
        tb: tb.max(b),
        year: year.map(|y| (y, 3)),
        strong,
        title: false,
        past: false,
        alias_of: None,
        location: None,
        location_in: None,
    })
}

/// Quoted names: `"Birlestik" exercises`, `such exercises as "A", "B" and "C"`.
pub(super) fn quoted_names(s: &Sent, out: &mut Vec<Mention>) {
    let n = s.toks.len();
    // (open, close) token indices.
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    let mut open: Option<usize> = None;
    for i in 0..n {
        if s.is_punct(i, '"') {
            match open {
                Some(o) => {
                    pairs.push((o, i));
                    open = None;
                }
                None => open = Some(i),
            }
        }
    }
    let mut i = 0;
    while i < n {
        if s.is_punct(i, '\'')
            && (i == 0 || !s.glued(i) || s.kind(i - 1) == Some(TokenKind::Punct))
            && s.glued(i + 1)
        {
            // A closing single quote within eight tokens.
            let close = (i + 2..n.min(i + 10)).find(|&j| {
                s.is_punct(j, '\'')
                    && s.glued(j)
                    && !s
                        .toks
                        .get(j + 1)
                        .is_some_and(|t| t.start == s.toks[j].end && t.kind != TokenKind::Punct)
            });
            if let Some(c) = close {
                pairs.push((i, c));
                i = c + 1;
                continue;
            }
        }
        i += 1;
    }
    pairs.sort_unstable();

    // Valid names, then groups of names joined by ",", "and", "or".
    let mut names: Vec<(usize, usize, usize, usize, Option<i32>)> = Vec::new(); // (open, close, name a, name b, year)
    for &(o, c) in &pairs {
        if let Some((b, year)) = quoted_name_end(s, o + 1, c) {
            names.push((o, c, o + 1, b, year));
        }
    }
    let mut g = 0;
    while g < names.len() {
        let mut h = g;
        while h + 1 < names.len()
            && (names[h].1 + 1..names[h + 1].0)
                .all(|k| s.is_punct(k, ',') || s.is_any(k, &["and", "or", "&"]))
        {
            h += 1;
        }
        let first_open = names[g].0;
        let last_close = names[h].1;
        let headed = head_before(s, first_open) || head_after(s, last_close + 1);
        for nm in &names[g..=h] {
            let known = series_by_name(s.slice(nm.2, nm.3)).is_some();
            // "Silver Anchor 2025 Exercise": the head word inside the quotes.
            let inside = (nm.3..nm.1).any(|k| s.in_class(k, HEADS_AS_NAMES));
            if let Some(mut m) = make_mention(s, nm.2, nm.3, nm.3, nm.4, headed || known || inside)
            {
                // The span covers the suffix inside the quotes.
                let (st, en) = s.span(nm.2, nm.1);
                m.start = st;
                m.end = en;
                m.tb = nm.1 + 1;
                out.push(m);
            }
        }
        g = h + 1;
    }
}

/// Tokens `a..c` form a name: capitalised words, inner connectors, an
/// optional year or number suffix at the end. Returns the name's end token and year.
pub(super) fn quoted_name_end(s: &Sent, a: usize, c: usize) -> Option<(usize, Option<i32>)> {
    if a >= c || c - a > MAX_NAME_TOKENS + 2 {
        return None;
    }
    if !s.is_cap(a) {
        return None;
    }
    // "Lake Guard." with the sentence's full stop inside the quotes, and
    // "Silver Anchor 2025 Exercise" with the head word inside.
    let mut c = c;
    while c > a + 1
        && (s.is_punct(c - 1, '.') || s.is_punct(c - 1, ',') || s.in_class(c - 1, HEADS_AS_NAMES))
    {
        c -= 1;
    }
    let mut b = c;
    let mut year = None;
    // Suffix: "-21", " 2023", "-II", " IV".
    if s.kind(c - 1) == Some(TokenKind::Word) && c - 1 > a && is_roman(s.w(c - 1)) {
        b = if s.is_punct(c - 2, '-') && s.glued(c - 2) {
            c - 2
        } else {
            c - 1
        };
    } else if s.kind(c - 1) == Some(TokenKind::Number) && c - 1 > a {
        // "Steppe Guard-2016", "Steppe Guard - 2016".
        if s.is_punct(c - 2, '-') {
            year = digits_year(s.w(c - 1), true);
            b = c - 2;
        } else {
            year = digits_year(s.w(c - 1), true);
            b = c - 1;
        }
    }
    if b <= a {
        return None;
    }
    for k in a..b {
        let w = s.w(k);
        let ok = match s.kind(k) {
            Some(TokenKind::Word) => {
                s.is_cap(k)
                    || (k > a
                        && k + 1 < b
                        && ["of", "the", "and", "for", "de", "al", "in", "on", "to"]
                            .iter()
                            .any(|x| x == &w))
            }
            Some(TokenKind::Punct) => w == "-" || w == "&",
            _ => false,
        };
        if !ok {
            return None;
        }
    }
    // A quoted sentence or a lone function word is not a name, nor is a lone place.
    if b == a + 1 && s.in_class(a, NAME_STOP) {
        return None;
    }
    if s.places.iter().any(|p| p.a == a && p.b == b) {
        return None;
    }
    Some((b, year))
}

/// A head word ends within a few tokens before `i` ("exercises as", "exercise, code-named").
pub(super) fn head_before(s: &Sent, i: usize) -> bool {
    let mut k = i;
    let mut gap = 0;
    while k > 0 && gap <= 3 {
        k -= 1;
        if let Some(h) = s.head_covering(k) {
            return !h.negative;
        }
        let ok = s.is_any(
            k,
            &[
                "as",
                "known",
                "called",
                "named",
                "dubbed",
                "code-named",
                "codenamed",
                "titled",
                "the",
                "such",
                "of",
                "a",
                "an",
            ],
        ) || s.is_punct(k, ',')
            || s.is_punct(k, ':')
            || s.is_punct(k, '-');
        if !ok {
            return false;
        }
        gap += 1;
    }
    false
}

/// A head word starts within a few words after `i` ("military exercise",
/// "multinational peacekeeping exercise", "Joint Drills").
pub(super) fn head_after(s: &Sent, i: usize) -> bool {
    // "\"Coral Lance 2021\", a joint naval exercise of ...": an appositive head.
    let appositive = s.is_punct(i, ',') && s.is_any(i + 1, &["a", "an", "the"]);
    let i = if appositive { i + 2 } else { i };
    for k in i..i + 4 {
        if let Some(h) = s.head_at(k) {
            return !h.negative;
        }
        // "\"Sea Power Today\", a new book on naval exercises": not the head's.
        if appositive && s.is_any(k, &["on", "of", "about", "for", "in", "with", "by", "to"]) {
            return false;
        }
        let w_ok = s.kind(k) == Some(TokenKind::Word) && (s.is_lower_word(k) || s.generic(k));
        if !w_ok {
            return false;
        }
    }
    false
}

/// Known series from the lexicon.
pub(super) fn series_names(
    s: &Sent,
    series: &[crate::lexicon::exercise_words::SeriesMatch],
    start: usize,
    end: usize,
    out: &mut Vec<Mention>,
) {
    let lo = series.partition_point(|m| m.start < start);
    for m in &series[lo..] {
        if m.start >= end || m.end > end {
            break;
        }
        let a = s.toks.partition_point(|t| t.end <= m.start);
        let b = s.toks.partition_point(|t| t.start < m.end);
        // "UNITAS's 60th edition": a possessive ends the name's token.
        let possessive = b > a && {
            let tail = crate::text::sub(s.text, m.end, s.toks[b - 1].end);
            tail == "'s" || tail == "\u{2019}s"
        };
        if a >= b || s.toks[a].start != m.start || (s.toks[b - 1].end != m.end && !possessive) {
            continue;
        }
        let after_head = a > 0 && s.head_covering(a - 1).is_some_and(|h| !h.negative);
        let suffix = s.suffix_at(
            b,
            after_head || head_after(s, b + 1) || head_after(s, b + 2) || short_year_at(s, b),
        );
        let (year, tb) = match suffix {
            Some((y, e)) => (y, e),
            None => (None, b),
        };
        let headed = head_after(s, tb) || head_before(s, a);
        let quoted = a > 0 && (s.is_punct(a - 1, '"') || s.is_punct(a - 1, '\''));
        let strong =
            !m.needs_context || suffix.is_some() || headed || quoted || series_in_context(s, a, tb);
        // "Northern Interaction 2023": a longer name of its own.
        let lead = if m.needs_context {
            longer_name_start(s, a)
        } else {
            a
        };
        if let Some(mut mention) = make_mention(s, lead, b, tb, year, strong) {
            if lead == a {
                mention.key = name_key(m.name);
            }
            out.push(mention);
        }
    }
}

/// The first token of the capitalised words that open a longer name before a
/// series that is an ordinary word ("Northern" in "Northern Interaction"):
/// no place, unit, head or generic word ("Joint", "Russian", "Exercise").
fn longer_name_start(s: &Sent, a: usize) -> usize {
    let mut start = a;
    while start > 0
        && a - start < MAX_NAME_TOKENS - 1
        && s.kind(start - 1) == Some(TokenKind::Word)
        && s.name_word(start - 1)
        && !s.generic(start - 1)
        && !s.in_class(start - 1, UNITS)
        && s.place_covering(start - 1).is_none()
        && s.head_covering(start - 1).is_none()
    {
        start -= 1;
    }
    start
}

/// Lower-case words that may follow a known series' two-digit edition:
/// "RIMPAC 24 off Hawaii", "African Lion 23 kicked off". A noun after the
/// number makes it a count ("Cobra Gold 30 nations").
const AFTER_EDITION: &[&str] = &[
    "in",
    "at",
    "off",
    "near",
    "on",
    "from",
    "with",
    "and",
    "or",
    "was",
    "is",
    "will",
    "has",
    "had",
    "began",
    "begins",
    "kicked",
    "kicks",
    "ended",
    "ends",
    "opened",
    "opens",
    "concluded",
    "concludes",
    "wrapped",
    "wraps",
    "involved",
    "involves",
    "included",
    "includes",
    "brought",
    "brings",
    "drew",
    "draws",
    "saw",
    "sees",
    "took",
    "takes",
    "featured",
    "features",
    "got",
    "gets",
    "came",
    "comes",
    "which",
    "that",
    "where",
    "when",
];

/// A known series' two-digit edition without a head word near: "RIMPAC 24
/// off Hawaii", "African Lion 23.", "Red Flag Alaska 23-2 included ...".
fn short_year_at(s: &Sent, b: usize) -> bool {
    if s.kind(b) != Some(TokenKind::Number) || s.w(b).len() != 2 || s.glued(b) {
        return false;
    }
    // "23-2": the year, then the event of that year.
    let serial = s.is_punct(b + 1, '-') && s.glued(b + 1) && s.glued(b + 2);
    if serial && s.kind(b + 2) == Some(TokenKind::Number) && s.w(b + 2).len() == 1 {
        return true;
    }
    match s.kind(b + 1) {
        None => true,
        Some(TokenKind::Punct) => !s.is_punct(b + 1, '-') && !s.is_punct(b + 1, '%'),
        Some(TokenKind::Word) => s.is_any(b + 1, AFTER_EDITION),
        _ => false,
    }
}

/// Capitalised names before a head: "the Steppe Eagle exercise", "Three
/// Brothers joint drills", "Eternal Brotherhood-1 Special Forces drills".
pub(super) fn names_before_heads(s: &Sent, out: &mut Vec<Mention>) {
    for h in &s.heads {
        if h.negative || h.a == 0 || is_verb_use(s, h) {
            continue;
        }
        let j = past_modifiers(s, h);
        let Some(ed) = edition_before(s, j) else {
            continue;
        };
        let a = name_start(s, ed.name_end, ed.has_suffix);
        let b = name_close(s, a, ed.name_end, ed.has_suffix);
        if !is_name_before(s, h, a, b, ed.has_suffix) {
            continue;
        }
        let mut year = ed.year;
        let mut tb = if ed.has_suffix { j } else { b };
        if !ed.has_suffix {
            if let Some((y, e)) = edition_after_head(s, h) {
                year = y;
                tb = e;
            }
        }
        if let Some(mut m) = make_mention(s, a, b, tb, year, true) {
            if s.title() {
                m.strong = ed.has_suffix;
                m.title = true;
            }
            out.push(m);
        }
    }
}

/// Back from the head `h` over what stands between it and the name: generic
/// words and the states' adjectives ("Tuul-2024 joint Russian-Mongolian
/// exercise"), an appositive comma ("Silver Arrow, an annual multinational
/// exercise"), an alias in brackets ("Shaheen-IX (Eagle) air exercise").
/// The first token past the name and its edition.
fn past_modifiers(s: &Sent, h: &Head) -> usize {
    let mut j = h.a;
    let mut skipped = 0;
    while j > 0
        && skipped < 4
        && s.kind(j - 1) == Some(TokenKind::Word)
        && (s.generic(j - 1)
            || s.place_covering(j - 1)
                .is_some_and(|p| p.kind == MentionKind::Demonym))
    {
        j -= 1;
        skipped += 1;
    }
    if let Some(c) = appositive_comma(s, j) {
        j = c;
    }
    // "Shaheen-IX (Eagle) air exercise", "Shaheen [Eagle] air exercise".
    let open = [(')', '('), (']', '[')]
        .into_iter()
        .find(|&(c, _)| j >= 3 && s.is_punct(j - 1, c))
        .map(|(_, o)| o);
    if let Some(open) = open {
        if let Some(o) = (j.saturating_sub(6)..j - 1)
            .rev()
            .find(|&o| s.is_punct(o, open))
        {
            // A name or its gloss, not a description ("(underwater offense and defense)").
            if o > 0 && (o + 1..j - 1).all(|k| s.kind(k) == Some(TokenKind::Word) && s.is_cap(k)) {
                j = o;
            }
        }
    }
    j
}

/// A name before a head: where it ends, and the edition written after it.
struct EditionBefore {
    year: Option<i32>,
    /// The first token past the name's words.
    name_end: usize,
    /// An edition follows the name ("Peace Mission 2013").
    has_suffix: bool,
}

/// The edition ending at `tokens[j]`: "Resolute Hunter (RH) 24-2" (a
/// two-digit year and a serial), "Eternal Brotherhood-1", "Peace Mission
/// 2013"; the abbreviation in brackets before it is no part of the name.
/// `None` for a number that is not an edition ("Group 101").
fn edition_before(s: &Sent, j: usize) -> Option<EditionBefore> {
    if !(j >= 2 && s.kind(j - 1) == Some(TokenKind::Number)) {
        return Some(EditionBefore {
            year: None,
            name_end: j,
            has_suffix: false,
        });
    }
    let serial = j >= 4
        && s.is_punct(j - 2, '-')
        && s.glued(j - 2)
        && s.glued(j - 1)
        && s.kind(j - 3) == Some(TokenKind::Number)
        && s.w(j - 3).len() == 2
        && s.w(j - 1).len() <= 2;
    let (year, mut name_end) = if serial {
        (digits_year(s.w(j - 3), true), j - 3)
    } else if s.is_punct(j - 2, '-') && s.glued(j - 2) && s.glued(j - 1) && j >= 3 {
        (digits_year(s.w(j - 1), true), j - 2)
    } else {
        let d = s.w(j - 1);
        if d.len() != 4 && d.len() != 2 {
            return None;
        }
        (digits_year(d, true), j - 1)
    };
    if name_end >= 4
        && s.is_punct(name_end - 1, ')')
        && s.is_punct(name_end - 3, '(')
        && s.w(name_end - 2).chars().all(|c| c.is_ascii_uppercase())
    {
        name_end -= 3;
    }
    Some(EditionBefore {
        year,
        name_end,
        has_suffix: true,
    })
}

/// The first word of the name ending at `name_end`: back over name words,
/// then past leading places, orgs and generic words; but a capitalised word
/// of a name in running text is the name's ("Mountain Eagle-3"), and so is
/// a lone word with an edition ("the Rescue 2026 drill").
fn name_start(s: &Sent, name_end: usize, has_suffix: bool) -> usize {
    let mut a = name_end;
    while a > 0 && name_end - a < MAX_NAME_TOKENS && s.name_word(a - 1) {
        a -= 1;
    }
    let title = s.title();
    while a < name_end
        && (s.place_covering(a).is_some()
            || (s.generic(a)
                && (title
                    || !s.is_cap(a)
                    || s.in_class(a, HEADS_AS_NAMES)
                    || ((a + 1..name_end).all(|k| s.generic(k)) && !has_suffix)))
            || s.w(a).starts_with(|c: char| c.is_ascii_digit()))
    {
        a += 1;
    }
    a
}

/// The end of the name from `a`: trailing generic words dropped, but "the
/// Rescue 2026 drill", "Peace Mission 2013": a capitalised word before an
/// edition is the name's own.
fn name_close(s: &Sent, a: usize, name_end: usize, has_suffix: bool) -> usize {
    let mut b = name_end;
    let keep_last = has_suffix && !s.title() && s.is_cap(name_end.saturating_sub(1));
    while b > a
        && s.generic(b - 1)
        && !(keep_last && b == name_end && !s.in_class(b - 1, HEADS_AS_NAMES))
    {
        b -= 1;
    }
    b
}

/// The words `a..b` before the head `h` are a name: not only generic words
/// (a kind of training), not part of a longer title ("Rehearsal of Concept
/// drill"), not right after a quote mark (the quoted names' reader takes
/// those), not a place ("the Black Sea drills"), not a unit without an
/// edition ("the Southern Military District exercise"), not a lone
/// capitalised word opening the sentence ("Massive drills").
fn is_name_before(s: &Sent, h: &Head, a: usize, b: usize, has_suffix: bool) -> bool {
    if a >= b {
        return false;
    }
    if a >= 2 && s.is_any(a - 1, &["of", "and", "&", "for"]) && s.is_cap(a - 2) {
        return false;
    }
    if a > 0 && (s.is_punct(a - 1, '"') || s.is_punct(a - 1, '\'')) {
        return false;
    }
    if s.in_class(b - 1, GEO) || (a..b).all(|k| s.place_covering(k).is_some()) {
        return false;
    }
    if !has_suffix && (a..h.a).any(|k| s.in_class(k, UNITS)) {
        return false;
    }
    !(a == 0 && b == 1 && !has_suffix)
}

/// "the Keris Strike Exercise Series 29/2024", "the Desert Falcon
/// Exercise-2024": the edition after the head `h`, and its end.
fn edition_after_head(s: &Sent, h: &Head) -> Option<(Option<i32>, usize)> {
    let series = s.is(h.b, "series");
    if !(series || (s.is_punct(h.b, '-') && s.glued(h.b))) {
        return None;
    }
    let at = if series { h.b + 1 } else { h.b };
    s.suffix_at(at, true)
}

/// Names listed after a head without quotes: "joint drills such as Silver
/// Current, Harbor Watch and Iron Reef", "exercises including A 2019 and B".
pub(super) fn listed_names(s: &Sent, out: &mut Vec<Mention>) {
    for h in &s.heads {
        if h.negative || is_verb_use(s, h) {
            continue;
        }
        let Some(mut i) = list_opener(s, h) else {
            continue;
        };
        let mut found = Vec::new();
        loop {
            let a = i;
            let mut b = a;
            while b < s.toks.len() && b - a < MAX_NAME_TOKENS && s.name_word(b) && s.is_cap(b) {
                b += 1;
            }
            if a == b || (a..b).all(|k| s.place_covering(k).is_some()) || s.in_class(b - 1, GEO) {
                break;
            }
            let suffix = s.suffix_at(b, true);
            let tb = tb_of(b, suffix);
            found.push((a, b, tb, suffix.and_then(|x| x.0)));
            i = tb;
            if s.is_punct(i, ',') {
                i += 1;
            }
            if s.is_any(i, &["and", "or"]) {
                i += 1;
            }
            if i == tb {
                break;
            }
        }
        // One name alone could be anything capitalised; a list is a list of names.
        if found.len() < 2 {
            continue;
        }
        for (a, b, tb, year) in found {
            if let Some(m) = make_mention(s, a, b, tb, year, true) {
                out.push(m);
            }
        }
    }
}

/// The comma before an appositive head phrase ending at `j`: "Silver Arrow,
/// an annual multinational exercise", "Kilele Peace 2022, a command post
/// exercise", "Cobra Gold 2024, the largest multinational exercise"; the
/// name (or its edition) stands before the comma.
fn appositive_comma(s: &Sent, j: usize) -> Option<usize> {
    const DETS: &[&str] = &["a", "an", "the"];
    let mut k = j;
    while k > 0 && j - k < 5 && s.is_lower_word(k - 1) && !s.is_any(k - 1, DETS) {
        k -= 1;
    }
    if k < 3 || !s.is_any(k - 1, DETS) || !s.is_punct(k - 2, ',') {
        return None;
    }
    let before = k - 3;
    // A lone "a"/"an" right after the comma, as ever; "the" and modifiers
    // only after a name with its edition ("In May 2022, the largest ..." is a date).
    let plain = j == k && !s.is(k - 1, "the") && s.is_cap(before);
    let edition = s.kind(before) == Some(TokenKind::Number)
        && digits_year(s.w(before), true).is_some()
        && before > 0
        && s.is_cap(before - 1)
        && s.name_word(before - 1)
        && !is_month(s.w(before - 1))
        && !s.is_any(
            before - 1,
            &[
                "in", "on", "since", "by", "from", "during", "of", "until", "after", "before",
            ],
        );
    (plain || edition).then_some(k - 2)
}

/// Where the names listed on head `h` begin: right after an opener on the
/// head ("drills such as", "exercises including"), or, for a plural head, an
/// opener a few words on ("three exercises held this year: A, B and C", "the
/// three exercises conducted between A and B this year - which are ...").
fn list_opener(s: &Sent, h: &Head) -> Option<usize> {
    let opener_at = |i: usize| {
        if s.is(i, "such") && s.is(i + 1, "as") {
            Some(i + 2)
        } else if s.is_any(i, &["including", "like", "namely"]) {
            Some(i + 1)
        } else {
            None
        }
    };
    if let Some(i) = opener_at(h.b) {
        return Some(i);
    }
    let plural = s.w(h.b - 1).ends_with('s');
    if !plural {
        return None;
    }
    for k in h.b..s.toks.len().min(h.b + 24) {
        if s.is_punct(k, '.') || s.is_punct(k, ';') || s.is_punct(k, '"') {
            return None;
        }
        let after_break = k > h.b
            && (s.is_punct(k - 1, ',')
                || s.is_punct(k - 1, '-')
                || s.is_punct(k - 1, '\u{2014}')
                || s.is_punct(k - 1, '\u{2013}'));
        if after_break {
            if let Some(i) = opener_at(k) {
                return Some(i);
            }
            if s.is(k, "which") && s.is_any(k + 1, &["are", "were"]) {
                return Some(k + 2);
            }
        }
        if s.is_punct(k, ':') {
            return Some(k + 1);
        }
    }
    None
}

/// "In Coral Watch's 50th edition": a possessive name before an ordinal edition
/// refers to an exercise named elsewhere (it only merges).
pub(super) fn names_before_editions(s: &Sent, out: &mut Vec<Mention>) {
    if !s.has_class(EDITIONS) {
        return;
    }
    for k in 2..s.toks.len() {
        if !s.in_class(k, EDITIONS) {
            continue;
        }
        edition_of_name(s, k, out);
        let ordinal = s.w(k - 1);
        let is_ordinal = ordinal.starts_with(|c: char| c.is_ascii_digit())
            && ["st", "nd", "rd", "th"]
                .iter()
                .any(|x| ordinal.ends_with(x));
        let p = k - 2;
        let w = s.w(p);
        let possessive = w.ends_with("'s") || w.ends_with("\u{2019}s");
        if !is_ordinal || !possessive || !s.is_cap(p) {
            continue;
        }
        let mut a = p;
        while a > 0
            && p - a < MAX_NAME_TOKENS
            && s.is_cap(a - 1)
            && s.kind(a - 1) == Some(TokenKind::Word)
            && !s.in_class(a - 1, NAME_STOP)
        {
            a -= 1;
        }
        if let Some(m) = make_mention(s, a, p + 1, p + 1, None, false) {
            out.push(m);
        }
    }
}

/// "the 2023 edition of Ocean Shield", "the fifth edition of Desert Knight":
/// the name after an edition word, in a sentence about troops or an exercise
/// ("the 14th edition of Aero India", with exhibitors, is a show).
fn edition_of_name(s: &Sent, k: usize, out: &mut Vec<Mention>) {
    if !s.is(k + 1, "of") || !(s.has_class(TROOPS) || s.has_class(FOCUS_CUES)) {
        return;
    }
    let mut a = k + 2;
    if s.is(a, "the") {
        a += 1;
    }
    let mut b = a;
    while b < s.toks.len() && b - a < MAX_NAME_TOKENS && s.name_word(b) {
        b += 1;
    }
    while b > a && s.generic(b - 1) {
        b -= 1;
    }
    if a == b
        || s.place_covering(a).is_some()
        || (a..b).any(|i| s.in_class(i, UNITS))
        || s.in_class(b - 1, GEO)
    {
        return;
    }
    let (year, tb) = match s.suffix_at(b, true) {
        Some((y, e)) => (y, e),
        None => (None, b),
    };
    if let Some(m) = make_mention(s, a, b, tb, year, true) {
        out.push(m);
    }
}

/// Names after a head: "Exercise African Lion", "exercise PANAMAX",
/// "drills known as Super Garuda Shield", "Joint Military Exercise, KAZIND-2024".
pub(super) fn names_after_heads(s: &Sent, out: &mut Vec<Mention>) {
    for h in &s.heads {
        if h.negative || is_verb_use(s, h) {
            continue;
        }
        let (mut i, introduced) = past_naming_words(s, h.b);
        let single = is_single_head(s, h);
        let mut appositive = false;
        if !introduced && s.is_punct(i, ',') {
            i += 1;
            appositive = true;
        }
        if s.is(i, "Exercise") {
            i += 1;
        }
        let a = i;
        let Some(b) = name_run_after(s, a, introduced) else {
            continue;
        };
        let (b, suffix) = edition_closing(s, a, b);
        let how = NamedAfter {
            introduced,
            single,
            appositive,
            determined: determined_head(s, h),
        };
        if !is_name_after(s, how, a, b, suffix) {
            continue;
        }
        let (year, tb) = match suffix {
            Some((y, e)) => (y, e),
            None => (None, b),
        };
        if let Some(mut m) = make_mention(s, a, b, tb, year, true) {
            if s.title() && suffix.is_none() {
                m.strong = false;
                m.title = true;
            }
            out.push(m);
        }
    }
}

/// Past the words that introduce a name after a head at `i`: "known as",
/// "also as", ", code-named", "dubbed", "called", "titled". The first token
/// of the name, and whether such words introduced it.
fn past_naming_words(s: &Sent, i: usize) -> (usize, bool) {
    let mut i = i;
    if s.is_punct(i, ',')
        && s.is_any(
            i + 1,
            &[
                "code-named",
                "codenamed",
                "dubbed",
                "called",
                "named",
                "known",
            ],
        )
    {
        i += 1;
    }
    if s.is_any(i, &["known", "also"]) && s.is(i + 1, "as") {
        (i + 2, true)
    } else if s.is_any(
        i,
        &[
            "code-named",
            "codenamed",
            "dubbed",
            "called",
            "named",
            "titled",
        ],
    ) {
        (i + 1, true)
    } else {
        (i, false)
    }
}

/// The head `h` names one exercise after it: a head ending in "exercise"
/// ("exercise X", "the naval exercise X", "the India-Nepal joint exercise
/// X": the sides named before the head), or other drills after a determiner
/// whose name ends well ("the naval drills Blue Current were held", not "a
/// drill Smith described").
fn is_single_head(s: &Sent, h: &Head) -> bool {
    let mut d = h.a;
    while d > 0
        && (s.place_covering(d - 1).is_some()
            || super::participants::is_combining_pair(s, d - 1)
            || (s.is_punct(d - 1, '-') && s.glued(d - 1)))
    {
        d -= 1;
    }
    (s.is_any(h.b - 1, &["exercise", "exercises"])
        && (h.b == h.a + 1 || d == 0 || s.is_any(d - 1, &["the", "a", "an"])))
        || (!s.is_any(h.b - 1, &["exercise", "exercises"])
            && d > 0
            && s.is_any(d - 1, &["the", "a", "an"])
            && drills_name_ends_well(s, h.b))
}

/// The end of the run of name words at `a` ("African Lion"), without the
/// generic words closing it unless introduced; a capitalised one inside a
/// title-case name stays ("Blue Current"). `None` when no name is left or
/// it starts with a place.
fn name_run_after(s: &Sent, a: usize, introduced: bool) -> Option<usize> {
    let mut b = a;
    while b < s.toks.len() && b - a < MAX_NAME_TOKENS && s.name_word(b) {
        b += 1;
    }
    if a == b || s.place_covering(a).is_some() {
        return None;
    }
    while b > a
        && s.generic(b - 1)
        && !introduced
        && (!s.is_cap(b - 1) || s.in_class(b - 1, HEADS_AS_NAMES))
    {
        b -= 1;
    }
    (a != b).then_some(b)
}

/// The name `a..b` and its edition: "SOUTHERN TIDE XII": a Roman numeral
/// closing the run is the edition; else the suffix after it ("KAZIND-2024").
fn edition_closing(s: &Sent, a: usize, b: usize) -> (usize, Option<(Option<i32>, usize)>) {
    let roman = b > a + 1 && is_roman(s.w(b - 1)) && s.w(b - 1).len() >= 2;
    if roman {
        (b - 1, Some((None, b)))
    } else {
        (b, s.suffix_at(b, true))
    }
}

/// How a name after a head is introduced.
#[derive(Clone, Copy)]
struct NamedAfter {
    /// By "known as", "dubbed", "code-named".
    introduced: bool,
    /// After a head that names one exercise ("exercise X").
    single: bool,
    /// After a comma ("Joint Military Exercise, KAZIND-2024").
    appositive: bool,
    /// One exercise after a determiner ("their joint military exercise").
    determined: bool,
}

/// "their joint military exercise", "the annual drill": a singular head
/// after a determiner and lower-case modifiers.
fn determined_head(s: &Sent, h: &Head) -> bool {
    if !s.is_any(h.b - 1, &["exercise", "drill"]) {
        return false;
    }
    let mut d = h.a;
    while d > 0 && h.a - d < 3 && s.is_lower_word(d - 1) && !s.is_any(d - 1, DETERMINERS) {
        d -= 1;
    }
    // "After the exercise, John Smith, the commander, spoke": a fronted
    // adverbial's comma sets off no name.
    let fronted = d == 2 && s.is_any(0, FRONTING_PREPOSITIONS);
    d > 0 && s.is_any(d - 1, DETERMINERS) && !fronted
}

/// Prepositions that open a fronted adverbial: "During the exercise, ...".
const FRONTING_PREPOSITIONS: &[&str] = &[
    "after",
    "during",
    "following",
    "before",
    "at",
    "in",
    "throughout",
    "since",
    "upon",
    "on",
    "ahead",
];

/// Determiners before a head that names one exercise.
pub(super) const DETERMINERS: &[&str] = &["the", "a", "an", "their", "its", "our", "this"];

/// "their joint naval drill, Silver Heron, this spring": a title-case
/// name of two words or more set off by commas (or closing the sentence),
/// not a person's title ("the exercise, Colonel Smith said").
fn set_off_name(s: &Sent, a: usize, b: usize) -> bool {
    let closed = b >= s.toks.len() || s.is_punct(b, ',') || s.is_punct(b, '.');
    let title_case = (a..b).all(|k| s.is_cap(k));
    let pos = s.toks[a].start;
    let person = crate::lexicon::titles::title_phrase_at(s.text, pos).is_some()
        || crate::lexicon::titles::is_honorific_word(s.w(a));
    closed && title_case && b >= a + 2 && !person
}

/// The words `a..b` after a head, with their edition, are a name: introduced;
/// after a single head; an appositive with an edition or standing alone in
/// capitals ("the exercise, MES employees gave" is not); or with an edition.
/// Not a place, nor a person reported ("the exercise Smith said").
fn is_name_after(
    s: &Sent,
    how: NamedAfter,
    a: usize,
    b: usize,
    suffix: Option<(Option<i32>, usize)>,
) -> bool {
    let NamedAfter {
        introduced,
        single,
        appositive,
        determined,
    } = how;
    let all_caps = (a..b).all(|k| s.w(k).chars().all(|c| !c.is_lowercase()));
    let alone = b >= s.toks.len() || s.kind(b) == Some(TokenKind::Punct);
    let ok = introduced
        || (single && !appositive)
        || (appositive && (suffix.is_some() || (all_caps && alone)))
        || (appositive && determined && suffix.is_none() && set_off_name(s, a, b))
        || (!single && suffix.is_some() && !appositive);
    let reported = s.is_any(
        tb_of(b, suffix),
        &["said", "says", "told", "added", "noted", "stressed"],
    );
    ok && !s.in_class(b - 1, GEO) && !(reported && suffix.is_none())
}

/// After "the drills", the capitalised run from `i` ends at a mark, an
/// auxiliary or a preposition: a name, not the subject of a clause.
fn drills_name_ends_well(s: &Sent, i: usize) -> bool {
    let mut b = i;
    while b < s.toks.len() && b - i < MAX_NAME_TOKENS && s.name_word(b) {
        b += 1;
    }
    if let Some((_, e)) = s.suffix_at(b, true) {
        b = e;
    }
    b > i
        && (b >= s.toks.len()
            || s.kind(b) == Some(TokenKind::Punct)
            || s.is_any(
                b,
                &[
                    "were",
                    "was",
                    "is",
                    "are",
                    "will",
                    "have",
                    "has",
                    "had",
                    "in",
                    "at",
                    "on",
                    "near",
                    "off",
                    "with",
                    "from",
                    "between",
                    "involving",
                    "and",
                ],
            ))
}

pub(super) fn tb_of(b: usize, suffix: Option<(Option<i32>, usize)>) -> usize {
    suffix.map_or(b, |(_, e)| e)
}

/// "exercises his right", "drills a well": the head word is a verb.
pub(super) fn is_verb_use(s: &Sent, h: &Head) -> bool {
    h.b == h.a + 1
        && s.in_class(h.b, VERB_OBJECTS)
        && s.is_lower_word(h.b)
        && h.a > 0
        && s.kind(h.a - 1) != Some(TokenKind::Number)
        && !s.is_any(
            h.a - 1,
            &[
                "the", "a", "an", "this", "its", "their", "joint", "military",
                // "held three exercises this year": a count, not a subject.
                "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several",
                "many", "both", "these", "those", "all",
            ],
        )
}

/// Keeps the strongest, longest of overlapping candidates, in text order.
pub(super) fn resolve_overlaps(mut cands: Vec<Mention>) -> Vec<Mention> {
    cands.sort_by(|x, y| {
        y.strong
            .cmp(&x.strong)
            .then((y.end - y.start).cmp(&(x.end - x.start)))
            .then(x.start.cmp(&y.start))
    });
    let mut kept: Vec<Mention> = Vec::new();
    for c in cands {
        if kept.iter().any(|k| k.start < c.end && c.start < k.end) {
            // A weaker overlapping candidate may still add a known year.
            if let Some(k) = kept
                .iter_mut()
                .find(|k| k.start < c.end && c.start < k.end && k.key == c.key)
            {
                if k.year.is_none() {
                    k.year = c.year;
                }
            }
            continue;
        }
        kept.push(c);
    }
    kept.sort_by_key(|m| m.start);
    kept
}

/// "Center-2019 (Tsentr-2019)": the bracketed name is an alias of the one before.
pub(super) fn mark_aliases(s: &Sent, ms: &mut [Mention]) {
    for i in 1..ms.len() {
        let (prev, cur) = (&ms[i - 1], &ms[i]);
        if cur.ta >= 1
            && s.is_punct(cur.ta - 1, '(')
            && cur.ta - 1 == prev.tb
            && s.is_punct(cur.tb, ')')
        {
            let key = prev.key.clone();
            let strong = prev.strong || cur.strong;
            ms[i - 1].strong = strong;
            if ms[i].key != key {
                ms[i].alias_of = Some(key);
            }
        }
    }
}

/// Words of a name that make it an event other than an exercise ("Defence
/// Expo 2024", "World Cup 2022", "Vision 2030").
pub(super) const EVENT_WORDS: &[&str] = &[
    "expo",
    "forum",
    "summit",
    "show",
    "airshow",
    "conference",
    "games",
    "cup",
    "olympiad",
    "championship",
    "championships",
    "exhibition",
    "vision",
    "budget",
    "congress",
    "dialogue",
    "festival",
    "fair",
    "meeting",
    "council",
    "week",
    "strategy",
    "plan",
    "programme",
    "program",
    "agenda",
    "review",
    "report",
    "index",
    "award",
    "awards",
    "tournament",
    "contest",
    "olympics",
];

/// Nouns of states taking part without a troop noun: "participating nations",
/// "Countries involved".
const PARTY_NOUNS: &[&str] = &["nations", "countries", "states", "navies", "armies"];

/// "Andean Eagle 2024 was joined by Chilean forces", "The participating
/// nations in Andean Eagle 2024 were ...": a name with its year and no head
/// word, in a sentence about forces or nations taking part.
pub(super) fn editions_taking_part(s: &Sent, out: &mut Vec<Mention>) {
    let n = s.toks.len();
    let about_parties = s.has_class(TROOPS) || (0..n).any(|k| s.is_any(k, PARTY_NOUNS));
    if !s.has_class(FOCUS_CUES) || !about_parties {
        return;
    }
    for k in 1..n {
        if !s.name_word(k - 1) || s.in_class(k - 1, GEO) {
            continue;
        }
        // A year of four digits: "COVID-19" is no edition.
        let Some((Some(year), tb)) = s
            .suffix_at(k, false)
            .filter(|&(_, e)| s.w(e - 1).len() == 4)
        else {
            continue;
        };
        let mut a = k;
        while a > 0 && k - a < MAX_NAME_TOKENS && s.name_word(a - 1) {
            a -= 1;
        }
        // Leading places and generic words ("Peruvian", "Exercise") are not the name's.
        while a < k && (s.place_covering(a).is_some() || s.generic(a)) {
            a += 1;
        }
        let event = (a..k).any(|j| EVENT_WORDS.iter().any(|e| e.eq_ignore_ascii_case(s.w(j))));
        // "the Peace Corps 2024 Vision": a unit's or a longer title's.
        let unit = (a..k).any(|j| s.in_class(j, UNITS));
        let title_goes_on = s.kind(tb) == Some(TokenKind::Word) && s.is_cap(tb);
        if a >= k || event || unit || title_goes_on || (a..k).any(|j| s.place_covering(j).is_some())
        {
            continue;
        }
        if let Some(m) = make_mention(s, a, k, tb, Some(year), true) {
            out.push(m);
        }
    }
}
