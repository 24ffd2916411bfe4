//! Durations in years: "five-year", "5-year", "three years".

use nom::error::ErrorKind;
use nom::IResult;

use super::keyword::{fail, match_keyword, sp};
use super::numbers::cardinal;

/// Longest duration read, in years.
const MAX_YEARS: u64 = 100;

/// A number of years: "five-year", "5-year", "five year", "three years",
/// "3 years", "twenty-five-year". "annual", "10-year-old" (an age) and hedged
/// numbers ("over five years") are rejected.
pub(crate) fn duration(input: &str) -> IResult<&str, u32> {
    match duration_opt(input) {
        Some((years, rest)) => Ok((rest, years)),
        None => fail(input, ErrorKind::Digit),
    }
}

fn duration_opt(input: &str) -> Option<(u32, &str)> {
    let (rest, n) = cardinal(input).ok()?;
    if n.qualifier.is_some() || n.currency.is_some() || n.percent {
        return None;
    }
    let years = n.as_integer().filter(|y| (1..=MAX_YEARS).contains(y))?;
    let after = match rest.strip_prefix('-') {
        Some(after) => after,
        None => {
            let (after, spaces) = sp(rest).ok()?;
            if spaces.is_empty() {
                return None;
            }
            after
        }
    };
    let n = match_keyword(after, "years").or_else(|| match_keyword(after, "year"))?;
    let rest = &after[n..];
    if let Some(old) = rest.strip_prefix('-') {
        if match_keyword(old, "old").is_some() {
            return None;
        }
    }
    Some((u32::try_from(years).ok()?, rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts() {
        let cases: &[(&str, u32, &str)] = &[
            ("five-year Cooperation Plan", 5, " Cooperation Plan"),
            ("Five-Year", 5, ""),
            ("5-year", 5, ""),
            ("five year plan", 5, " plan"),
            ("three years.", 3, "."),
            ("3 years", 3, ""),
            ("two-year", 2, ""),
            ("ten-year", 10, ""),
            ("twenty-five-year", 25, ""),
            ("one-year-long", 1, "-long"),
            ("5-years", 5, ""),
        ];
        for &(input, years, rest) in cases {
            assert_eq!(duration(input), Ok((rest, years)), "{input:?}");
        }
    }

    #[test]
    fn rejects() {
        for input in [
            "",
            "annual",
            "five",
            "five-",
            "5 yearly",
            "five-years-old",
            "10-year-old",
            "over five years",
            "0 years",
            "1.5 years",
            "101 years",
            "$5 years",
            "5% years",
            "5years",
            "fifth year",
            "a year",
            "2019 year",
            "five -year",
        ] {
            assert!(
                duration(input).is_err(),
                "{input:?} -> {:?}",
                duration(input)
            );
        }
    }
}
