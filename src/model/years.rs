//! Year ranges that cannot be inverted.

use serde::{Deserialize, Serialize};

use crate::Error;

/// An inclusive range of calendar years; a single year has `start == end`.
///
/// A `YearRange` can never hold `start > end`: the constructor and the serde
/// form both refuse it.
///
/// # Example
/// ```
/// use milcoop::YearRange;
/// let r = YearRange::new(2003, 2004)?;
/// assert_eq!((r.start(), r.end()), (2003, 2004));
/// assert!(YearRange::new(2009, 2008).is_err());
/// assert_eq!(YearRange::single(2019).len(), 1);
/// # Ok::<(), milcoop::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "RawYearRange")]
pub struct YearRange {
    start: i32,
    end: i32,
}

#[derive(Deserialize)]
struct RawYearRange {
    start: i32,
    end: i32,
}

impl TryFrom<RawYearRange> for YearRange {
    type Error = Error;
    fn try_from(raw: RawYearRange) -> Result<Self, Error> {
        YearRange::new(raw.start, raw.end)
    }
}

impl YearRange {
    /// The range `start..=end`, or [`Error::InvalidYearRange`] when `start > end`.
    ///
    /// # Example
    /// ```
    /// let r = milcoop::YearRange::new(2018, 2022)?;
    /// assert_eq!(r.len(), 5);
    /// # Ok::<(), milcoop::Error>(())
    /// ```
    pub const fn new(start: i32, end: i32) -> Result<YearRange, Error> {
        if start <= end {
            Ok(YearRange { start, end })
        } else {
            Err(Error::InvalidYearRange { start, end })
        }
    }

    /// A one-year range.
    ///
    /// # Example
    /// ```
    /// let r = milcoop::YearRange::single(2019);
    /// assert_eq!((r.start(), r.end()), (2019, 2019));
    /// ```
    pub const fn single(year: i32) -> YearRange {
        YearRange {
            start: year,
            end: year,
        }
    }

    /// First year.
    ///
    /// # Example
    /// ```
    /// assert_eq!(milcoop::YearRange::single(2019).start(), 2019);
    /// ```
    pub const fn start(&self) -> i32 {
        self.start
    }

    /// Last year, inclusive.
    ///
    /// # Example
    /// ```
    /// assert_eq!(milcoop::YearRange::single(2019).end(), 2019);
    /// ```
    pub const fn end(&self) -> i32 {
        self.end
    }

    /// Number of years covered (at least 1).
    ///
    /// # Example
    /// ```
    /// assert_eq!(milcoop::YearRange::new(2003, 2004)?.len(), 2);
    /// # Ok::<(), milcoop::Error>(())
    /// ```
    #[allow(clippy::len_without_is_empty)]
    pub const fn len(&self) -> u32 {
        (self.end - self.start) as u32 + 1
    }
}
