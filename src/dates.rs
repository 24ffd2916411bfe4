//! Tying written dates ("Friday", "On 22 May") to calendar days, given the
//! publication date.

use chrono::{Datelike, Days, NaiveDate, Weekday};

use crate::grammar::dates::DateExpr;

/// Whether a date is spoken of as past ("met on Friday") or to come ("will
/// meet on Friday"); it picks the side of the publication date a bare weekday
/// or a day without a year falls on.
///
/// # Example
/// ```
/// use chrono::{NaiveDate, Weekday};
/// use milcoop::{resolve_weekday, Tense};
/// let saturday = NaiveDate::from_ymd_opt(2019, 3, 16).ok_or("bad date")?;
/// assert_eq!(resolve_weekday(Weekday::Fri, saturday, Tense::Past).day(), 15);
/// assert_eq!(resolve_weekday(Weekday::Fri, saturday, Tense::Future).day(), 22);
/// # use chrono::Datelike;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tense {
    /// Already happened: the date is on or before publication.
    Past,
    /// Still to come: the date is after (weekdays) or on or after (days of the
    /// month) publication.
    Future,
}

/// The calendar day a bare weekday names, seen from the publication date.
///
/// * [`Tense::Past`]: the latest such weekday **on or before** `published`
///   (an article published on a Friday saying "met on Friday" means that day).
/// * [`Tense::Future`]: the first such weekday **strictly after** `published`
///   (an article published on a Friday saying "will meet on Friday" means a
///   week later).
///
/// At the very ends of chrono's date range, where the answer does not exist,
/// `published` itself is returned.
///
/// # Example
/// ```
/// use chrono::{NaiveDate, Weekday};
/// use milcoop::{resolve_weekday, Tense};
/// let friday = NaiveDate::from_ymd_opt(2019, 3, 15).ok_or("bad date")?;
/// assert_eq!(resolve_weekday(Weekday::Fri, friday, Tense::Past), friday);
/// assert_eq!(
///     resolve_weekday(Weekday::Fri, friday, Tense::Future),
///     NaiveDate::from_ymd_opt(2019, 3, 22).ok_or("bad date")?,
/// );
/// assert_eq!(
///     resolve_weekday(Weekday::Mon, friday, Tense::Past),
///     NaiveDate::from_ymd_opt(2019, 3, 11).ok_or("bad date")?,
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn resolve_weekday(weekday: Weekday, published: NaiveDate, tense: Tense) -> NaiveDate {
    let from = i64::from(published.weekday().num_days_from_monday());
    let to = i64::from(weekday.num_days_from_monday());
    let resolved = match tense {
        Tense::Past => published.checked_sub_days(Days::new((from - to).rem_euclid(7) as u64)),
        Tense::Future => {
            let ahead = match (to - from).rem_euclid(7) {
                0 => 7,
                n => n,
            };
            published.checked_add_days(Days::new(ahead as u64))
        }
    };
    resolved.unwrap_or(published)
}

/// The calendar day a day of the month names ("22 May", "December 30",
/// "12 March 2019").
///
/// With a `year`, that date. Without one, the year comes from `published`:
/// in [`Tense::Past`] the latest such date **on or before** `published`, in
/// [`Tense::Future`] the first such date **on or after** it, looking at the
/// publication year and the one before (past) or after (future) only. `None`
/// when the day does not exist ("30 February", or "29 February" with no leap
/// year among those two), or when there is neither a year nor a publication
/// date.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use milcoop::{resolve_date, Tense};
/// let published = NaiveDate::from_ymd_opt(2019, 1, 3).ok_or("bad date")?;
/// // "on December 30", past: the end of the previous year.
/// assert_eq!(
///     resolve_date(30, 12, None, Some(published), Tense::Past),
///     NaiveDate::from_ymd_opt(2018, 12, 30),
/// );
/// // "on 22 May", future: later this year.
/// assert_eq!(
///     resolve_date(22, 5, None, Some(published), Tense::Future),
///     NaiveDate::from_ymd_opt(2019, 5, 22),
/// );
/// assert_eq!(resolve_date(12, 3, Some(2019), None, Tense::Past), NaiveDate::from_ymd_opt(2019, 3, 12));
/// assert_eq!(resolve_date(30, 2, Some(2019), None, Tense::Past), None);
/// assert_eq!(resolve_date(22, 5, None, None, Tense::Past), None);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn resolve_date(
    day: u32,
    month: u32,
    year: Option<i32>,
    published: Option<NaiveDate>,
    tense: Tense,
) -> Option<NaiveDate> {
    if let Some(year) = year {
        return NaiveDate::from_ymd_opt(year, month, day);
    }
    let published = published?;
    let this_year = published.year();
    let (fits, other_year): (fn(NaiveDate, NaiveDate) -> bool, i32) = match tense {
        Tense::Past => (|d, p| d <= p, this_year.checked_sub(1)?),
        Tense::Future => (|d, p| d >= p, this_year.checked_add(1)?),
    };
    match NaiveDate::from_ymd_opt(this_year, month, day) {
        Some(d) if fits(d, published) => Some(d),
        _ => NaiveDate::from_ymd_opt(other_year, month, day).filter(|&d| fits(d, published)),
    }
}

/// The calendar day a parsed date expression names, if `published` and
/// `tense` settle one. "last week" never does; relative expressions
/// ("today", "Friday") need `published`.
pub(crate) fn resolve(
    expr: &DateExpr,
    published: Option<NaiveDate>,
    tense: Tense,
) -> Option<NaiveDate> {
    match *expr {
        DateExpr::DayMonth { day, month, year } => resolve_date(day, month, year, published, tense),
        DateExpr::Weekday(w) => published.map(|p| resolve_weekday(w, p, tense)),
        DateExpr::Today | DateExpr::ThisMorning | DateExpr::Tonight => published,
        DateExpr::Yesterday => published?.checked_sub_days(Days::new(1)),
        DateExpr::Tomorrow => published?.checked_add_days(Days::new(1)),
        DateExpr::Week | DateExpr::SameDay => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grammar::dates::date_expr;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn weekdays() {
        use Weekday::*;
        // 2019-03-15 is a Friday.
        let fri = d(2019, 3, 15);
        let cases: &[(Weekday, NaiveDate, Tense, NaiveDate)] = &[
            (Fri, fri, Tense::Past, fri),
            (Fri, fri, Tense::Future, d(2019, 3, 22)),
            (Thu, fri, Tense::Past, d(2019, 3, 14)),
            (Thu, fri, Tense::Future, d(2019, 3, 21)),
            (Sat, fri, Tense::Past, d(2019, 3, 9)),
            (Sat, fri, Tense::Future, d(2019, 3, 16)),
            (Mon, fri, Tense::Past, d(2019, 3, 11)),
            (Sun, d(2019, 3, 16), Tense::Past, d(2019, 3, 10)),
            (Fri, d(2019, 3, 16), Tense::Past, fri),
            (Tue, d(2018, 12, 31), Tense::Future, d(2019, 1, 1)),
            (Mon, NaiveDate::MIN, Tense::Past, NaiveDate::MIN),
        ];
        for &(w, published, tense, want) in cases {
            assert_eq!(
                resolve_weekday(w, published, tense),
                want,
                "{w:?} {published} {tense:?}"
            );
        }
        let _ = resolve_weekday(Mon, NaiveDate::MAX, Tense::Future);
    }

    #[test]
    #[allow(clippy::type_complexity)]
    fn days_of_month() {
        let cases: &[(
            u32,
            u32,
            Option<i32>,
            Option<NaiveDate>,
            Tense,
            Option<NaiveDate>,
        )] = &[
            (
                22,
                5,
                None,
                Some(d(2019, 5, 26)),
                Tense::Past,
                Some(d(2019, 5, 22)),
            ),
            (
                26,
                5,
                None,
                Some(d(2019, 5, 26)),
                Tense::Past,
                Some(d(2019, 5, 26)),
            ),
            (
                27,
                5,
                None,
                Some(d(2019, 5, 26)),
                Tense::Past,
                Some(d(2018, 5, 27)),
            ),
            (
                30,
                12,
                None,
                Some(d(2019, 1, 3)),
                Tense::Past,
                Some(d(2018, 12, 30)),
            ),
            (
                30,
                12,
                None,
                Some(d(2019, 1, 3)),
                Tense::Future,
                Some(d(2019, 12, 30)),
            ),
            (
                2,
                1,
                None,
                Some(d(2019, 12, 30)),
                Tense::Future,
                Some(d(2020, 1, 2)),
            ),
            (
                26,
                5,
                None,
                Some(d(2019, 5, 26)),
                Tense::Future,
                Some(d(2019, 5, 26)),
            ),
            (
                29,
                2,
                None,
                Some(d(2021, 3, 1)),
                Tense::Past,
                Some(d(2020, 2, 29)),
            ),
            (29, 2, None, Some(d(2022, 3, 1)), Tense::Past, None),
            (
                29,
                2,
                None,
                Some(d(2020, 3, 1)),
                Tense::Past,
                Some(d(2020, 2, 29)),
            ),
            (
                29,
                2,
                None,
                Some(d(2019, 3, 1)),
                Tense::Future,
                Some(d(2020, 2, 29)),
            ),
            (30, 2, None, Some(d(2019, 3, 1)), Tense::Past, None),
            (12, 3, Some(2019), None, Tense::Past, Some(d(2019, 3, 12))),
            (
                12,
                3,
                Some(2019),
                Some(d(2001, 1, 1)),
                Tense::Past,
                Some(d(2019, 3, 12)),
            ),
            (31, 4, Some(2019), None, Tense::Past, None),
            (12, 13, Some(2019), None, Tense::Past, None),
            (0, 1, Some(2019), None, Tense::Past, None),
            (22, 5, None, None, Tense::Past, None),
        ];
        for &(day, month, year, published, tense, want) in cases {
            assert_eq!(
                resolve_date(day, month, year, published, tense),
                want,
                "{day}/{month}/{year:?} {published:?} {tense:?}"
            );
        }
    }

    #[test]
    fn expressions() {
        let published = Some(d(2019, 3, 16)); // a Saturday
        let cases: &[(&str, Option<NaiveDate>, Tense, Option<NaiveDate>)] = &[
            ("on Friday", published, Tense::Past, Some(d(2019, 3, 15))),
            ("on Friday", None, Tense::Past, None),
            ("today", published, Tense::Past, published),
            ("this morning", published, Tense::Past, published),
            ("tonight", published, Tense::Future, published),
            ("yesterday", published, Tense::Past, Some(d(2019, 3, 15))),
            ("tomorrow", published, Tense::Future, Some(d(2019, 3, 17))),
            ("yesterday", None, Tense::Past, None),
            ("last week", published, Tense::Past, None),
            (
                "On 22 May",
                Some(d(2019, 5, 26)),
                Tense::Past,
                Some(d(2019, 5, 22)),
            ),
            (
                "on December 30",
                Some(d(2019, 1, 3)),
                Tense::Past,
                Some(d(2018, 12, 30)),
            ),
            (
                "On March 12-13",
                published,
                Tense::Past,
                Some(d(2019, 3, 12)),
            ),
            ("12.03.2019", None, Tense::Past, Some(d(2019, 3, 12))),
            ("2019-03-12", None, Tense::Future, Some(d(2019, 3, 12))),
            ("30 February 2019", published, Tense::Past, None),
        ];
        for &(text, published, tense, want) in cases {
            let (_, (expr, _)) = date_expr(text).unwrap();
            assert_eq!(resolve(&expr, published, tense), want, "{text:?}");
        }
    }
}
