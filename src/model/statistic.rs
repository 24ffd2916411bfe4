//! Counts tied to a year or a range of years.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::{Span, YearRange};

/// A number of things tied to a year or a range of years in the same clause.
///
/// | phrasing | records |
/// |---|---|
/// | "30 joint activities were held in 2003-2004" | 30, "joint activities", 2003..2004 |
/// | "while in 208-2009 their number reached 100" | 100, "joint activities", 2008..2009 (+ a `repaired_year` diagnostic) |
/// | "from 19 to 43 from 2013 to 2022" | 19 in 2013, 43 in 2022 |
/// | "since 2014 ... $2.5bn" | none: open range |
///
/// # Example
/// ```
/// let report = milcoop::parse("In 2019 over 120 servicemen took part.")?;
/// let stat = &report.statistics[0];
/// assert_eq!(stat.value, 120.0);
/// assert_eq!(stat.metric, "servicemen");
/// assert_eq!(stat.years.start(), 2019);
/// # Ok::<(), milcoop::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct YearRangeStat {
    /// The number, words and scales resolved ("a hundred" -> 100, "$4.5 million" -> 4500000).
    /// Whole numbers serialise as JSON integers.
    #[serde(
        serialize_with = "serialize_value",
        deserialize_with = "deserialize_value"
    )]
    pub value: f64,
    /// What is counted, as written, with an anaphor resolved.
    pub metric: String,
    /// The years it is tied to.
    pub years: YearRange,
    /// The clause it was read from.
    pub span: Span,
}

fn serialize_value<S: Serializer>(v: &f64, s: S) -> Result<S::Ok, S::Error> {
    // 2^53: beyond it f64 no longer holds every integer exactly.
    if v.fract() == 0.0 && v.abs() < 9_007_199_254_740_992.0 {
        s.serialize_i64(*v as i64)
    } else {
        s.serialize_f64(*v)
    }
}

fn deserialize_value<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
    f64::deserialize(d)
}
