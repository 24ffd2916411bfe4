//! Date expressions: weekdays, relative days, day and month, numeric dates.

use chrono::Weekday;
use nom::error::ErrorKind;
use nom::IResult;

use super::keyword::{ascii_digits, ascii_word, at_boundary, fail, match_keyword, sp, ws};
use super::years::year;
use crate::lexicon::months::{self, PARTS_OF_DAY};
use crate::lexicon::WordSet;
use std::sync::LazyLock;

/// A date as written, before resolution against a publication date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum DateExpr {
    /// "Friday", "on Monday evening"
    Weekday(Weekday),
    /// "today", "this afternoon", "this evening"
    Today,
    /// "this morning"
    ThisMorning,
    /// "tonight"
    Tonight,
    /// "yesterday", "yesterday morning"
    Yesterday,
    /// "tomorrow"
    Tomorrow,
    /// "last week", "earlier this week": a week, no single day.
    Week,
    /// "earlier in the day", "later that day": the day of the event told before.
    SameDay,
    /// "12 March 2019", "March 12", "On March 12-13" (first day), "12.03.2019",
    /// "2019-03-12". `day` is 1..=31 and `month` 1..=12, but the day may not
    /// exist in that month (checked on resolution).
    DayMonth {
        /// Day of the month.
        day: u32,
        /// Month, 1..=12.
        month: u32,
        /// Year when written.
        year: Option<i32>,
    },
}

/// A date expression, with a leading "on"/"On" when present, and the text it
/// covers ("on Friday", "March 12-13, 2019", "yesterday").
///
/// Month names must start with a capital letter ("May", not "may"). Weekday
/// abbreviations are not read ("Sun", "Sat" are words too).
pub(crate) fn date_expr(input: &str) -> IResult<&str, (DateExpr, &str)> {
    match date_opt(input) {
        Some((expr, rest)) => {
            let text = &input[..input.len() - rest.len()];
            Ok((rest, (expr, text)))
        }
        None => fail(input, ErrorKind::Tag),
    }
}

fn date_opt(input: &str) -> Option<(DateExpr, &str)> {
    if !may_start_date(input) {
        return None;
    }
    if let Some(after_on) = word_then_space(input, ON) {
        return numeric(after_on)
            .or_else(|| weekday(after_on))
            .or_else(|| day_first(after_on))
            .or_else(|| month_first(after_on));
    }
    relative(input)
        .or_else(|| numeric(input))
        .or_else(|| weekday(input))
        .or_else(|| day_first(input))
        .or_else(|| month_first(input))
}

/// The words a date may start with besides months and weekdays: the
/// grammar below reads exactly these, so the gate and it cannot drift apart.
const ON: &str = "on";
const THIS: &str = "this";
const LAST: &str = "last";
/// "earlier in the day", "later that day".
const SAME_DAY_STARTS: &[&str] = &["earlier", "later"];
const DAY_WORDS: &[(&str, DateExpr)] = &[
    ("today", DateExpr::Today),
    ("tonight", DateExpr::Tonight),
    ("yesterday", DateExpr::Yesterday),
    ("tomorrow", DateExpr::Tomorrow),
];

/// Every date this grammar reads starts with a digit or with one of these
/// words (its leading ASCII letters): one lookup rules out most positions
/// before the alternatives are tried.
fn may_start_date(input: &str) -> bool {
    static STARTS: LazyLock<WordSet> = LazyLock::new(|| {
        WordSet::of(
            [ON, THIS, LAST]
                .into_iter()
                .chain(SAME_DAY_STARTS.iter().copied())
                .chain(DAY_WORDS.iter().map(|(w, _)| *w))
                .chain(months::MONTHS.iter().map(|(w, _)| *w))
                .chain(months::WEEKDAYS.iter().map(|(w, _)| *w)),
        )
    });
    match input.as_bytes().first() {
        Some(b) if b.is_ascii_digit() => true,
        Some(_) => STARTS.contains(ascii_word(input).0),
        None => false,
    }
}

/// `word` then at least one space.
fn word_then_space<'a>(input: &'a str, word: &str) -> Option<&'a str> {
    let n = match_keyword(input, word)?;
    ws(&input[n..]).ok().map(|(rest, _)| rest)
}

/// Consumes an optional " morning", " evening", ... after a day word.
fn part_of_day(input: &str) -> &str {
    ws(input)
        .ok()
        .and_then(|(after, _)| {
            PARTS_OF_DAY
                .iter()
                .find_map(|w| match_keyword(after, w).map(|n| &after[n..]))
        })
        .unwrap_or(input)
}

fn relative(input: &str) -> Option<(DateExpr, &str)> {
    for &(word, expr) in DAY_WORDS {
        if let Some(n) = match_keyword(input, word) {
            let rest = &input[n..];
            let rest = match expr {
                DateExpr::Yesterday | DateExpr::Tomorrow => part_of_day(rest),
                _ => rest,
            };
            // "today (March 9)": the bracketed date says which day.
            return Some(bracketed_date(rest).unwrap_or((expr, rest)));
        }
    }
    if let Some(after) = word_then_space(input, THIS) {
        let parts: &[(&str, DateExpr)] = &[
            ("morning", DateExpr::ThisMorning),
            ("afternoon", DateExpr::Today),
            ("evening", DateExpr::Today),
        ];
        for &(word, expr) in parts {
            if let Some(n) = match_keyword(after, word) {
                return Some((expr, &after[n..]));
            }
        }
    }
    for start in SAME_DAY_STARTS {
        let Some(after) = word_then_space(input, start) else {
            continue;
        };
        // "earlier this week".
        if let Some(n) = match_keyword(after, "this week") {
            return Some((DateExpr::Week, &after[n..]));
        }
        for tail in ["in the day", "that day", "on the same day", "the same day"] {
            if let Some(n) = match_keyword(after, tail) {
                return Some((DateExpr::SameDay, &after[n..]));
            }
        }
    }
    let after = word_then_space(input, LAST)?;
    // "last Tuesday (March 5, 2024)": the weekday, as after "on".
    if let Some(found) = weekday(after) {
        return Some(found);
    }
    let n = match_keyword(after, "week")?;
    Some((DateExpr::Week, &after[n..]))
}

/// "2019-03-12" or "12.03.2019".
fn numeric(input: &str) -> Option<(DateExpr, &str)> {
    let (first, rest) = ascii_digits(input);
    match first.len() {
        4 => {
            let (_, y) = year(input).ok()?;
            let (m, rest) = fixed_digits(rest.strip_prefix('-')?, 2)?;
            let (d, rest) = fixed_digits(rest.strip_prefix('-')?, 2)?;
            day_month(d, m, Some(y), rest)
        }
        1 | 2 => {
            let d: u32 = first.parse().ok()?;
            let (m_digits, rest) = ascii_digits(rest.strip_prefix('.')?);
            if !(1..=2).contains(&m_digits.len()) {
                return None;
            }
            let m: u32 = m_digits.parse().ok()?;
            let (rest, y) = year(rest.strip_prefix('.')?).ok()?;
            day_month(d, m, Some(y), rest)
        }
        _ => None,
    }
}

/// Exactly `n` ASCII digits, not followed by a letter or digit.
fn fixed_digits(input: &str, n: usize) -> Option<(u32, &str)> {
    let (digits, rest) = ascii_digits(input);
    if digits.len() != n || !at_boundary(rest) {
        return None;
    }
    Some((digits.parse().ok()?, rest))
}

fn day_month(day: u32, month: u32, year: Option<i32>, rest: &str) -> Option<(DateExpr, &str)> {
    ((1..=31).contains(&day) && (1..=12).contains(&month))
        .then_some((DateExpr::DayMonth { day, month, year }, rest))
}

/// "Friday", "Monday evening", "Friday, March 15, 2019".
fn weekday(input: &str) -> Option<(DateExpr, &str)> {
    let (word, rest) = ascii_word(input);
    let wd = months::weekday(word)?;
    if !at_boundary(rest) {
        return None;
    }
    // A full date after the weekday wins: "Friday, 15 March".
    let after_sep = rest
        .strip_prefix(',')
        .map(|r| sp(r).map_or(r, |(r, _)| r))
        .or_else(|| ws(rest).ok().map(|(r, _)| r));
    if let Some(after) = after_sep {
        if let Some(found) = day_first(after).or_else(|| month_first(after)) {
            return Some(found);
        }
    }
    let rest = part_of_day(rest);
    // "on Monday (5 February 2018)": the bracketed date says which day;
    // "on Tuesday (5)": the day of the month, the weekday resolves it.
    if let Some(found) = bracketed_date(rest) {
        return Some(found);
    }
    if let Some(inner) = rest.strip_prefix(" (") {
        if let Some((_, after)) = day_num(inner) {
            if let Some(after) = after.strip_prefix(')') {
                return Some((DateExpr::Weekday(wd), after));
            }
        }
    }
    Some((DateExpr::Weekday(wd), rest))
}

/// " (5 February 2018)", " (March 5, 2024)": a full date in brackets after a day word.
fn bracketed_date(rest: &str) -> Option<(DateExpr, &str)> {
    let inner = rest.strip_prefix(" (")?;
    let (expr, after) = day_first(inner).or_else(|| month_first(inner))?;
    Some((expr, after.strip_prefix(')')?))
}

/// A day of the month: one or two digits, optional ordinal suffix.
fn day_num(input: &str) -> Option<(u32, &str)> {
    let (digits, rest) = ascii_digits(input);
    if !(1..=2).contains(&digits.len()) {
        return None;
    }
    let day: u32 = digits.parse().ok()?;
    let rest = ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|s| match_keyword(rest, s).map(|n| &rest[n..]))
        .unwrap_or(rest);
    ((1..=31).contains(&day) && at_boundary(rest)).then_some((day, rest))
}

/// An optional second day: "-13", "–13th".
fn day_range_end(input: &str) -> &str {
    let mut chars = input.chars();
    match chars.next() {
        Some('-' | '\u{2013}') => day_num(chars.as_str()).map_or(input, |(_, r)| r),
        _ => input,
    }
}

/// A capitalised month name or abbreviation, with the dot of an abbreviation.
fn month_word(input: &str) -> Option<(u32, &str)> {
    let (word, rest) = ascii_word(input);
    if !word.as_bytes().first().is_some_and(u8::is_ascii_uppercase) || !at_boundary(rest) {
        return None;
    }
    let month = months::month(word)?;
    let full_len = months::MONTHS
        .iter()
        .find(|&&(_, m)| m == month)
        .map_or(0, |(w, _)| w.len());
    let rest = match rest.strip_prefix('.') {
        Some(after) if word.len() < full_len => after,
        _ => rest,
    };
    Some((month, rest))
}

/// An optional year after a day and month: " 2019", ", 2019".
fn opt_year(input: &str) -> (Option<i32>, &str) {
    let after_comma = input.strip_prefix(',').unwrap_or(input);
    ws(after_comma)
        .ok()
        .and_then(|(after, _)| year(after).ok())
        .map_or((None, input), |(rest, y)| (Some(y), rest))
}

/// "12 March 2019", "22 May", "12-13 March", "1st of June".
fn day_first(input: &str) -> Option<(DateExpr, &str)> {
    let (day, rest) = day_num(input)?;
    let rest = day_range_end(rest);
    let (after, _) = ws(rest).ok()?;
    let after = word_then_space(after, "of").unwrap_or(after);
    let (month, rest) = month_word(after)?;
    let (year, rest) = opt_year(rest);
    day_month(day, month, year, rest)
}

/// "March 12, 2019", "October 12", "March 12-13", "Sept. 1".
fn month_first(input: &str) -> Option<(DateExpr, &str)> {
    let (month, rest) = month_word(input)?;
    let (after, _) = ws(rest).ok()?;
    let (day, rest) = day_num(after)?;
    let rest = day_range_end(rest);
    let (year, rest) = opt_year(rest);
    day_month(day, month, year, rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dm(day: u32, month: u32, year: Option<i32>) -> DateExpr {
        DateExpr::DayMonth { day, month, year }
    }

    #[test]
    fn accepts() {
        use DateExpr::*;
        let cases: &[(&str, DateExpr, &str, &str)] = &[
            (
                "on Friday.",
                Weekday(chrono::Weekday::Fri),
                "on Friday",
                ".",
            ),
            ("Friday", Weekday(chrono::Weekday::Fri), "Friday", ""),
            (
                "On Monday evening, he",
                Weekday(chrono::Weekday::Mon),
                "On Monday evening",
                ", he",
            ),
            (
                "Friday, March 15, 2019",
                dm(15, 3, Some(2019)),
                "Friday, March 15, 2019",
                "",
            ),
            ("Friday 15 March", dm(15, 3, None), "Friday 15 March", ""),
            (
                "Friday, he",
                Weekday(chrono::Weekday::Fri),
                "Friday",
                ", he",
            ),
            (
                "12 March 2019 in",
                dm(12, 3, Some(2019)),
                "12 March 2019",
                " in",
            ),
            (
                "March 12, 2019.",
                dm(12, 3, Some(2019)),
                "March 12, 2019",
                ".",
            ),
            ("March 12, the", dm(12, 3, None), "March 12", ", the"),
            ("on October 12", dm(12, 10, None), "on October 12", ""),
            ("On 22 May", dm(22, 5, None), "On 22 May", ""),
            (
                "On March 12-13 the",
                dm(12, 3, None),
                "On March 12-13",
                " the",
            ),
            ("12-13 March", dm(12, 3, None), "12-13 March", ""),
            ("Sept. 1", dm(1, 9, None), "Sept. 1", ""),
            ("Sep 1", dm(1, 9, None), "Sep 1", ""),
            ("Jan. 5, 2020", dm(5, 1, Some(2020)), "Jan. 5, 2020", ""),
            ("1st of June", dm(1, 6, None), "1st of June", ""),
            ("26th May", dm(26, 5, None), "26th May", ""),
            ("May 3rd", dm(3, 5, None), "May 3rd", ""),
            ("30 February", dm(30, 2, None), "30 February", ""),
            ("12.03.2019", dm(12, 3, Some(2019)), "12.03.2019", ""),
            ("1.3.2019.", dm(1, 3, Some(2019)), "1.3.2019", "."),
            ("2019-03-12", dm(12, 3, Some(2019)), "2019-03-12", ""),
            ("on 2019-03-12", dm(12, 3, Some(2019)), "on 2019-03-12", ""),
            ("today", Today, "today", ""),
            ("Today,", Today, "Today", ","),
            ("this morning", ThisMorning, "this morning", ""),
            ("this evening", Today, "this evening", ""),
            ("tonight", Tonight, "tonight", ""),
            ("yesterday", Yesterday, "yesterday", ""),
            ("yesterday morning.", Yesterday, "yesterday morning", "."),
            ("tomorrow", Tomorrow, "tomorrow", ""),
            (
                "today (March 9) at",
                dm(9, 3, None),
                "today (March 9)",
                " at",
            ),
            (
                "last Monday.",
                Weekday(chrono::Weekday::Mon),
                "last Monday",
                ".",
            ),
            (
                "last Tuesday (March 5, 2024) X",
                dm(5, 3, Some(2024)),
                "last Tuesday (March 5, 2024)",
                " X",
            ),
            ("last week", Week, "last week", ""),
            ("earlier this week.", Week, "earlier this week", "."),
            ("Earlier in the day,", SameDay, "Earlier in the day", ","),
            (
                "on Monday (5 February 2018) in",
                dm(5, 2, Some(2018)),
                "on Monday (5 February 2018)",
                " in",
            ),
            (
                "on Tuesday (5),",
                Weekday(chrono::Weekday::Tue),
                "on Tuesday (5)",
                ",",
            ),
            (
                "Tuesday (the",
                Weekday(chrono::Weekday::Tue),
                "Tuesday",
                " (the",
            ),
            ("later that day", SameDay, "later that day", ""),
            (
                "later on the same day",
                SameDay,
                "later on the same day",
                "",
            ),
        ];
        for &(input, expr, text, rest) in cases {
            let got = date_expr(input);
            assert_eq!(got, Ok((rest, (expr, text))), "{input:?}");
        }
    }

    #[test]
    fn rejects() {
        for input in [
            "",
            "on",
            "on the",
            "on today",
            "May. 3",
            "Fri",
            "Fridays",
            "may 12",
            "March",
            "March 2019",
            "March 32",
            "32 March",
            "0 March",
            "12 march",
            "Marching 12",
            "12 Mayo",
            "12.13.2019",
            "12.03.19",
            "2019-13-01",
            "2019-03-32",
            "2019-3-12",
            "12/03/2019",
            "this week",
            "last",
            "last year",
            "thisevening",
            "todays",
            "12th",
            "on 12",
            "2019",
            "\u{212a}",
            "on \u{212a}",
            "12 \u{212a}",
        ] {
            assert!(
                date_expr(input).is_err(),
                "{input:?} -> {:?}",
                date_expr(input)
            );
        }
    }

    #[test]
    fn never_panics() {
        for s in [
            "on Friday,\u{e9}",
            "March\u{2009}12\u{2013}",
            "12.\u{e9}",
            "Sept.\u{e9}",
            "2019-\u{e9}",
        ] {
            for (i, _) in s.char_indices() {
                let _ = date_expr(&s[i..]);
            }
        }
    }

    proptest::proptest! {
        /// Every combinator of the grammar, on arbitrary short text: no panic,
        /// and what is left is a suffix of the input.
        #[test]
        fn grammar_never_panics(s in "[0-9a-zA-Z ,.$%/\u{2013}\u{2009}\u{20ac}\u{212a}\u{e9}-]{0,24}") {
            use crate::grammar::{durations, keyword, numbers, years};
            for (i, _) in s.char_indices() {
                let t = &s[i..];
                if let Ok((rest, _)) = date_expr(t) { proptest::prop_assert!(t.ends_with(rest)); }
                if let Ok((rest, _)) = numbers::cardinal(t) { proptest::prop_assert!(t.ends_with(rest)); }
                if let Ok((rest, _)) = years::year_expr(t) { proptest::prop_assert!(t.ends_with(rest)); }
                if let Ok((rest, _)) = durations::duration(t) { proptest::prop_assert!(t.ends_with(rest)); }
                if let Some(n) = keyword::match_keyword(t, "kelvin") { proptest::prop_assert!(t.is_char_boundary(n)); }
            }
        }
    }
}
