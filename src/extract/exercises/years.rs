//! Years of an exercise in its sentence: a suffix's, an edition's, a
//! clause's, and the series' start ("since 2007").

use super::*;

/// "the previous edition of X", "last year's X", "the first X".
pub(super) fn is_past(s: &Sent, a: usize) -> bool {
    (a.saturating_sub(4)..a).any(|k| {
        s.in_class(k, PAST_MARKERS)
            || s.w(k).eq_ignore_ascii_case("year's") && k > 0 && s.is(k - 1, "last")
    })
}

/// "the 2018 edition".
pub(super) fn edition_year(s: &Sent) -> Option<(i32, u8)> {
    if !s.has_class(EDITIONS) {
        return None;
    }
    (0..s.toks.len()).find_map(|i| {
        (s.kind(i) == Some(TokenKind::Number) && s.w(i).len() == 4 && s.in_class(i + 1, EDITIONS))
            .then(|| digits_year(s.w(i), false).map(|y| (y, 2)))
            .flatten()
    })
}

/// A year in the sentence that dates what it reports: "In 2021, ...", "in 2024",
/// "August 5-23, 2013"; not "since 2007", "began in 2003", or a name's suffix.
pub(super) fn clause_year(
    s: &Sent,
    suffixes: &[(usize, usize)],
    ta: usize,
    tb: usize,
) -> Option<(i32, u8)> {
    let mut from = ta;
    while from > 0 && !s.clause_break(from - 1) {
        from -= 1;
    }
    let mut to = tb;
    while to < s.toks.len() && !s.clause_break(to) {
        to += 1;
    }
    for i in from..to {
        if s.kind(i) != Some(TokenKind::Number) || s.w(i).len() != 4 {
            continue;
        }
        let Some(y) = digits_year(s.w(i), false) else {
            continue;
        };
        if suffixes.iter().any(|&(a, b)| a <= i && i < b) {
            continue;
        }
        if (i > 0 && s.is_punct(i - 1, '-') && s.glued(i))
            || (s.is_punct(i + 1, '-') && s.kind(i + 2) == Some(TokenKind::Number))
        {
            continue;
        }
        if i > 0 && s.in_class(i - 1, NOT_EDITION_BEFORE) {
            continue;
        }
        if (i.saturating_sub(3)..i).any(|k| s.in_class(k, BEGIN_WORDS)) {
            continue;
        }
        let before_ok = i == 0
            || s.is_any(i - 1, &["in", "during", "of", "for"])
            || is_month(s.w(i - 1))
            || (s.is_punct(i - 1, ',')
                && i >= 2
                && (s.kind(i - 2) == Some(TokenKind::Number) || is_month(s.w(i - 2))));
        // Followed by a capitalised word that is not a place: a label ("2023 Defense White Paper").
        let label =
            s.is_cap(i + 1) && s.places_at(i + 1).next().is_none() && !s.in_class(i + 1, NAME_STOP);
        if !before_ok || label {
            continue;
        }
        return Some((y, 1));
    }
    None
}

pub(super) fn is_month(w: &str) -> bool {
    crate::lexicon::months::month(w).is_some()
}

/// "Since 2007 ...", "since its inception in 2016".
pub(super) fn since_year(s: &Sent) -> Option<i32> {
    if !s.has_class(SINCE) {
        return None;
    }
    for i in 0..s.toks.len() {
        if !s.in_class(i, SINCE) {
            continue;
        }
        // "the largest since ...": a comparison, not the series' start.
        if (i.saturating_sub(3)..i)
            .any(|k| s.is_any(k, &["largest", "biggest", "first", "most", "time"]))
        {
            continue;
        }
        if s.kind(i + 1) == Some(TokenKind::Number)
            && !(s.is_punct(i + 2, '-') && s.kind(i + 3) == Some(TokenKind::Number))
        {
            if let Some(y) = digits_year(s.w(i + 1), false) {
                return Some(y);
            }
        }
        if s.is_any(i + 1, &["its", "their", "the"])
            && s.is_any(
                i + 2,
                &[
                    "inception",
                    "creation",
                    "establishment",
                    "launch",
                    "founding",
                    "start",
                    "beginning",
                    "introduction",
                ],
            )
            && s.is(i + 3, "in")
            && s.kind(i + 4) == Some(TokenKind::Number)
        {
            if let Some(y) = digits_year(s.w(i + 4), false) {
                return Some(y);
            }
        }
    }
    None
}
