//! Years, year ranges, fiscal years, and one-digit typo repair of range starts.

use nom::error::ErrorKind;
use nom::IResult;

use super::keyword::{ascii_digits, at_boundary, fail, match_keyword, sp, ws};
use crate::model::YearRange;

/// Earliest year read as a year.
pub(crate) const MIN_YEAR: i32 = 1900;
/// Latest year read as a year.
pub(crate) const MAX_YEAR: i32 = 2099;
/// A repaired start lies at most this many years before the range end.
pub(crate) const REPAIR_WINDOW: i32 = 10;
/// A two-digit end ("2003-04") lies at most this many years after the start.
const SHORT_END_WINDOW: i32 = 20;

/// How a year expression was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum YearForm {
    /// "2019"
    Single,
    /// "2003-2004", "2003–04", "2003 - 2004"
    Dash,
    /// "2003/04"
    Slash,
    /// "from 2003 to 2004", "2003 to 2004", "2003 through 2004"
    FromTo,
    /// "between 2003 and 2004"
    Between,
    /// "2017 and 2018"
    And,
    /// "FY2016", "FY 2016-17", "fiscal 2016", "fiscal year 2016"
    Fiscal,
}

/// A range start typo read as the year it plainly meant.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct Repair {
    /// The start as written ("208").
    pub written: String,
    /// The year it was read as (2008).
    pub read_as: i32,
}

/// A range start typo with several plausible readings, left unrepaired.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct Ambiguity {
    /// The start as written ("201").
    pub written: String,
    /// Every plausible reading, ascending.
    pub candidates: Vec<i32>,
}

/// A year or year range as read by [`year_expr`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct YearExpr {
    /// The years. When `ambiguous` is set the start is unknown and this spans
    /// from the earliest candidate to the end: report it, do not trust it.
    pub range: YearRange,
    /// Set when the start was a typo read as one year.
    pub repaired: Option<Repair>,
    /// Set when the start was a typo with several readings.
    pub ambiguous: Option<Ambiguity>,
    /// How it was written.
    pub form: YearForm,
}

/// What [`repair_start`] makes of a range start that is not a year.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum RepairOutcome {
    /// One reading only.
    Repaired(i32),
    /// Several readings, ascending.
    Ambiguous(Vec<i32>),
    /// No reading.
    Impossible,
}

/// Reads a range start typo ("208" before "-2009") by inserting one digit
/// anywhere: a reading must be a year in `MIN_YEAR..=end` and at most
/// [`REPAIR_WINDOW`] years before `end`.
pub(crate) fn repair_start(written: &str, end: i32) -> RepairOutcome {
    if written.len() != 3 || !written.bytes().all(|b| b.is_ascii_digit()) {
        return RepairOutcome::Impossible;
    }
    let lo = MIN_YEAR.max(end - REPAIR_WINDOW);
    let mut found: Vec<i32> = Vec::new();
    for pos in 0..=written.len() {
        for d in b'0'..=b'9' {
            let mut s = String::with_capacity(4);
            s.push_str(&written[..pos]);
            s.push(char::from(d));
            s.push_str(&written[pos..]);
            if let Ok(y) = s.parse::<i32>() {
                if (lo..=end).contains(&y) && !found.contains(&y) {
                    found.push(y);
                }
            }
        }
    }
    found.sort_unstable();
    match found.len() {
        0 => RepairOutcome::Impossible,
        1 => RepairOutcome::Repaired(found[0]),
        _ => RepairOutcome::Ambiguous(found),
    }
}

/// A year from 1900 to 2099: exactly four digits, not followed by a letter or digit.
pub(crate) fn year(input: &str) -> IResult<&str, i32> {
    match year_opt(input) {
        Some((y, rest)) => Ok((rest, y)),
        None => fail(input, ErrorKind::Digit),
    }
}

fn year_opt(input: &str) -> Option<(i32, &str)> {
    let (digits, rest) = ascii_digits(input);
    if digits.len() != 4 || !at_boundary(rest) {
        return None;
    }
    let y: i32 = digits.parse().ok()?;
    (MIN_YEAR..=MAX_YEAR).contains(&y).then_some((y, rest))
}

/// A range start: a year, or three digits that may be a typo.
#[derive(Clone, Copy)]
enum Start<'a> {
    Year(i32),
    Typo(&'a str),
}

fn start_token(input: &str) -> Option<(Start<'_>, &str)> {
    if let Some((y, rest)) = year_opt(input) {
        return Some((Start::Year(y), rest));
    }
    let (digits, rest) = ascii_digits(input);
    (digits.len() == 3 && at_boundary(rest)).then_some((Start::Typo(digits), rest))
}

/// A range end: a year, or two digits after a year start ("2003-04").
fn end_token<'a>(input: &'a str, start: Start<'_>, allow_short: bool) -> Option<(i32, &'a str)> {
    if let Some(found) = year_opt(input) {
        return Some(found);
    }
    let Start::Year(start) = start else {
        return None;
    };
    if !allow_short {
        return None;
    }
    let (digits, rest) = ascii_digits(input);
    if digits.len() != 2 || !at_boundary(rest) {
        return None;
    }
    // "2019-03-12" is a date, not a range.
    let b = rest.as_bytes();
    if matches!(b.first(), Some(b'-' | b'/' | b'.')) && b.get(1).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let yy: i32 = digits.parse().ok()?;
    let mut end = start - start.rem_euclid(100) + yy;
    if end < start {
        end += 100;
    }
    (end - start <= SHORT_END_WINDOW && end <= MAX_YEAR).then_some((end, rest))
}

/// Builds the expression for `start..=end`; `None` when it cannot be a range.
fn build(start: Start<'_>, end: i32, form: YearForm) -> Option<YearExpr> {
    match start {
        Start::Year(s) => Some(YearExpr {
            range: YearRange::new(s, end).ok()?,
            repaired: None,
            ambiguous: None,
            form,
        }),
        Start::Typo(written) => match repair_start(written, end) {
            RepairOutcome::Repaired(s) => Some(YearExpr {
                range: YearRange::new(s, end).ok()?,
                repaired: Some(Repair {
                    written: written.to_string(),
                    read_as: s,
                }),
                ambiguous: None,
                form,
            }),
            RepairOutcome::Ambiguous(candidates) => Some(YearExpr {
                range: YearRange::new(*candidates.first()?, end).ok()?,
                repaired: None,
                ambiguous: Some(Ambiguity {
                    written: written.to_string(),
                    candidates,
                }),
                form,
            }),
            RepairOutcome::Impossible => None,
        },
    }
}

fn single(y: i32, form: YearForm) -> YearExpr {
    YearExpr {
        range: YearRange::single(y),
        repaired: None,
        ambiguous: None,
        form,
    }
}

/// `keyword` then at least one space.
fn word_then_space<'a>(input: &'a str, word: &str) -> Option<&'a str> {
    let n = match_keyword(input, word)?;
    ws(&input[n..]).ok().map(|(rest, _)| rest)
}

fn dash(input: &str) -> Option<&str> {
    let (after, _) = sp(input).ok()?;
    let mut chars = after.chars();
    match chars.next() {
        Some('-' | '\u{2013}' | '\u{2014}') => sp(chars.as_str()).ok().map(|(r, _)| r),
        _ => None,
    }
}

static TO_WORDS: &[&str] = &["to", "through", "till", "until"];

/// "to 2004", "through 2004", after at least one space.
fn to_end<'a>(input: &'a str, start: Start<'_>) -> Option<(i32, &'a str)> {
    let (after, _) = ws(input).ok()?;
    let rest = TO_WORDS.iter().find_map(|w| word_then_space(after, w))?;
    end_token(fiscal_prefix(rest), start, false)
}

/// Past "FY", "FY " or "fiscal (year) " before a four-digit year, for the
/// ends of a range ("from FY 2011 to FY 2014", "between fiscal 2012 and
/// fiscal 2016"); `input` itself when none stands there.
fn fiscal_prefix(input: &str) -> &str {
    match fiscal_head(input) {
        Some((after, _)) if ascii_digits(after).0.len() == 4 => after,
        _ => input,
    }
}

/// What follows a fiscal prefix ("FY", "FY ", "fiscal year ", "financial
/// year ", "fiscal "), and whether the prefix was "FY".
fn fiscal_head(input: &str) -> Option<(&str, bool)> {
    if input
        .as_bytes()
        .get(..2)
        .is_some_and(|h| h.eq_ignore_ascii_case(b"FY"))
    {
        return Some((sp(&input[2..]).ok()?.0, true));
    }
    ["fiscal year", "financial year", "fiscal"]
        .iter()
        .find_map(|w| word_then_space(input, w))
        .map(|after| (after, false))
}

/// Dash or slash continuation of a range: "-2004", "/04".
fn dash_or_slash<'a>(input: &'a str, start: Start<'_>) -> Option<(i32, YearForm, &'a str)> {
    if let Some(after) = dash(input) {
        let (end, rest) = end_token(after, start, true)?;
        return Some((end, YearForm::Dash, rest));
    }
    let after = input.strip_prefix('/')?;
    let (end, rest) = end_token(after, start, true)?;
    Some((end, YearForm::Slash, rest))
}

/// Consumes an optional " years" after a range.
fn years_suffix(input: &str) -> &str {
    ws(input)
        .ok()
        .and_then(|(after, _)| match_keyword(after, "years").map(|n| &after[n..]))
        .unwrap_or(input)
}

/// A year or year range: "2019", "2003-2004", "2003–04", "2003/04", "from 2003
/// to 2004", "between 2003 and 2004", "2017 and 2018", "2003-2004 years",
/// "FY2016", "FY 2016", "fiscal 2016", "fiscal year 2016".
///
/// A range start written with three digits ("208-2009") is repaired when one
/// inserted digit reads it as a single year, reported as ambiguous when several
/// readings fit, and rejected otherwise. A range ending before it starts is
/// rejected; "2017 and 2016" or "2003 to 100" read as the first year alone.
pub(crate) fn year_expr(input: &str) -> IResult<&str, YearExpr> {
    match year_expr_opt(input) {
        Some((rest, e)) => Ok((rest, e)),
        None => fail(input, ErrorKind::Digit),
    }
}

fn year_expr_opt(input: &str) -> Option<(&str, YearExpr)> {
    if let Some(found) = fiscal(input) {
        return Some(found);
    }
    if let Some(after) = word_then_space(input, "from") {
        let (start, rest) = start_token(fiscal_prefix(after))?;
        let (end, rest) = to_end(rest, start)?;
        let e = build(start, end, YearForm::FromTo)?;
        return Some((years_suffix(rest), e));
    }
    if let Some(after) = word_then_space(input, "between") {
        let (start, rest) = start_token(fiscal_prefix(after))?;
        let (after_sp, _) = ws(rest).ok()?;
        let rest = word_then_space(after_sp, "and")?;
        let (end, rest) = end_token(fiscal_prefix(rest), start, false)?;
        let e = build(start, end, YearForm::Between)?;
        return Some((years_suffix(rest), e));
    }

    let (start, rest) = start_token(input)?;
    if let Some((end, form, after)) = dash_or_slash(rest, start) {
        let e = build(start, end, form)?;
        return Some((years_suffix(after), e));
    }
    // "2019-03-12", "2003/02", "2009-2008": a dash or slash then digits that
    // do not end a range make this something else than a year.
    let dashed = dash(rest).or_else(|| rest.strip_prefix('/'));
    if dashed.is_some_and(|d| d.as_bytes().first().is_some_and(u8::is_ascii_digit)) {
        return None;
    }
    // Three digits are only a year typo inside an explicit range.
    let Start::Year(s) = start else {
        return None;
    };
    if let Some((end, after)) = to_end(rest, start) {
        if end >= s {
            let e = build(start, end, YearForm::FromTo)?;
            return Some((years_suffix(after), e));
        }
    }
    if let Some(after_and) = ws(rest)
        .ok()
        .and_then(|(after, _)| word_then_space(after, "and"))
    {
        if let Some((end, after)) = year_opt(after_and) {
            if end > s {
                let e = build(start, end, YearForm::And)?;
                return Some((years_suffix(after), e));
            }
        }
    }
    Some((rest, single(s, YearForm::Single)))
}

/// "FY2016", "FY 2016-17", "fiscal 2016", "fiscal year 2016", "financial year 2016".
fn fiscal(input: &str) -> Option<(&str, YearExpr)> {
    let (after, fy) = fiscal_head(input)?;
    // "FY17", "FY 22": a two-digit fiscal year after "FY" is 20YY (19YY past 50).
    let short = || {
        if !fy {
            return None;
        }
        let (digits, rest) = ascii_digits(after);
        if digits.len() != 2 || !at_boundary(rest) {
            return None;
        }
        let yy: i32 = digits.parse().ok()?;
        Some((if yy <= 50 { 2000 + yy } else { 1900 + yy }, rest))
    };
    let (y, rest) = year_opt(after).or_else(short)?;
    if let Some((end, _, after)) = dash_or_slash(rest, Start::Year(y)) {
        let e = build(Start::Year(y), end, YearForm::Fiscal)?;
        return Some((after, e));
    }
    Some((rest, single(y, YearForm::Fiscal)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn year_table() {
        let ok: &[(&str, i32, &str)] = &[
            ("2019", 2019, ""),
            ("1900 x", 1900, " x"),
            ("2099.", 2099, "."),
            ("2015-2016", 2015, "-2016"),
        ];
        for &(input, y, rest) in ok {
            assert_eq!(year(input), Ok((rest, y)), "{input:?}");
        }
        for input in [
            "",
            "1899",
            "2100",
            "201",
            "20190",
            "1990s",
            "2019th",
            "x2019",
            "\u{ff12}019",
        ] {
            assert!(year(input).is_err(), "{input:?}");
        }
    }

    #[test]
    fn repair_table() {
        use RepairOutcome::*;
        let cases: &[(&str, i32, RepairOutcome)] = &[
            ("208", 2009, Repaired(2008)),
            (
                "200",
                2009,
                Ambiguous(vec![
                    2000, 2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009,
                ]),
            ),
            (
                "201",
                2015,
                Ambiguous(vec![2010, 2011, 2012, 2013, 2014, 2015]),
            ),
            ("203", 2004, Repaired(2003)),
            (
                "199",
                2001,
                Ambiguous(vec![1991, 1992, 1993, 1994, 1995, 1996, 1997, 1998, 1999]),
            ),
            ("217", 2018, Repaired(2017)),
            ("208", 2005, Impossible),
            ("208", 2030, Repaired(2028)),
            ("999", 2009, Repaired(1999)),
            ("999", 2020, Impossible),
            ("2008", 2009, Impossible),
            ("20", 2009, Impossible),
            ("2a8", 2009, Impossible),
            ("", 2009, Impossible),
        ];
        for (written, end, want) in cases {
            assert_eq!(&repair_start(written, *end), want, "{written}-{end}");
        }
    }

    fn r(s: i32, e: i32) -> YearRange {
        YearRange::new(s, e).unwrap()
    }

    #[test]
    fn accepts() {
        use YearForm::*;
        let cases: &[(&str, YearRange, YearForm, &str)] = &[
            ("2019", r(2019, 2019), Single, ""),
            ("2019 plan", r(2019, 2019), Single, " plan"),
            ("2015-style", r(2015, 2015), Single, "-style"),
            ("2015 - the", r(2015, 2015), Single, " - the"),
            ("2015/", r(2015, 2015), Single, "/"),
            ("2003-2004 while", r(2003, 2004), Dash, " while"),
            ("2003\u{2013}2004", r(2003, 2004), Dash, ""),
            ("2003 - 2004", r(2003, 2004), Dash, ""),
            ("2003-04", r(2003, 2004), Dash, ""),
            ("1999-00", r(1999, 2000), Dash, ""),
            ("2003/04", r(2003, 2004), Slash, ""),
            ("2003/2004", r(2003, 2004), Slash, ""),
            ("2003-2004 years.", r(2003, 2004), Dash, "."),
            ("from 2003 to 2004", r(2003, 2004), FromTo, ""),
            ("From 2003 until 2005,", r(2003, 2005), FromTo, ","),
            ("2003 to 2004", r(2003, 2004), FromTo, ""),
            ("2003 to 2002", r(2003, 2003), Single, " to 2002"),
            ("2003 to 100", r(2003, 2003), Single, " to 100"),
            ("between 2003 and 2004", r(2003, 2004), Between, ""),
            ("from FY 2011 to FY 2014", r(2011, 2014), FromTo, ""),
            ("from FY2011 to FY2014,", r(2011, 2014), FromTo, ","),
            ("between FY 2012 and FY 2016", r(2012, 2016), Between, ""),
            (
                "from fiscal year 2015 to fiscal year 2016",
                r(2015, 2016),
                FromTo,
                "",
            ),
            ("2017 and 2018", r(2017, 2018), And, ""),
            ("2017 and 2019 years", r(2017, 2019), And, ""),
            ("2017 and 2016", r(2017, 2017), Single, " and 2016"),
            ("2017 and 12", r(2017, 2017), Single, " and 12"),
            ("2019-2019", r(2019, 2019), Dash, ""),
            ("FY2016", r(2016, 2016), Fiscal, ""),
            ("FY 2016 budget", r(2016, 2016), Fiscal, " budget"),
            ("FY2016-17", r(2016, 2017), Fiscal, ""),
            ("FY17", r(2017, 2017), Fiscal, ""),
            ("FY 22 budget", r(2022, 2022), Fiscal, " budget"),
            ("FY17-18", r(2017, 2018), Fiscal, ""),
            ("FY99", r(1999, 1999), Fiscal, ""),
            ("fiscal 2016", r(2016, 2016), Fiscal, ""),
            ("Fiscal year 2016", r(2016, 2016), Fiscal, ""),
            ("208-2009 their", r(2008, 2009), Dash, " their"),
            ("from 208 to 2009", r(2008, 2009), FromTo, ""),
            ("201-2015", r(2010, 2015), Dash, ""),
        ];
        for &(input, range, form, rest) in cases {
            let (got_rest, e) = year_expr(input).unwrap_or_else(|err| panic!("{input:?}: {err:?}"));
            assert_eq!(
                (got_rest, e.range, e.form),
                (rest, range, form),
                "{input:?}"
            );
        }
    }

    #[test]
    fn repairs_and_doubts() {
        let (_, e) = year_expr("208-2009").unwrap();
        assert_eq!(
            e.repaired,
            Some(Repair {
                written: "208".into(),
                read_as: 2008
            })
        );
        assert_eq!(e.ambiguous, None);
        let (_, e) = year_expr("201-2015").unwrap();
        assert_eq!(e.repaired, None);
        assert_eq!(e.ambiguous.map(|a| a.candidates.len()), Some(6));
        let (_, e) = year_expr("2003-2004").unwrap();
        assert_eq!((e.repaired, e.ambiguous), (None, None));
    }

    #[test]
    fn rejects() {
        for input in [
            "",
            "x",
            "208",
            "20",
            "2009-2008",
            "2003/02",
            "from 2003",
            "from 2004 to 2003",
            "between 2003",
            "between 2004 and 2003",
            "208-2005",
            "999-2020",
            "2019-03-12",
            "2019-03",
            "2019-99",
            "1990s",
            "FY",
            "FY1",
            "FY123",
            "FY16x",
            "fiscal",
            "fiscal policy",
            "100",
            "20190",
            "2003-04-05",
            "2003-100",
            "2003 - 1",
            "2003/2",
        ] {
            assert!(
                year_expr(input).is_err(),
                "{input:?} -> {:?}",
                year_expr(input)
            );
        }
    }

    #[test]
    fn never_panics() {
        for s in [
            "2003-\u{e9}",
            "2003\u{2013}",
            "FY\u{e9}",
            "208-",
            "2003 and \u{212a}",
            "from \u{2013}",
        ] {
            for (i, _) in s.char_indices() {
                let _ = year_expr(&s[i..]);
            }
        }
    }
}
