//! Dates as written in the article, resolved when possible.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::Span;

/// A date expression as written ("Friday", "on 12 March", "yesterday") and
/// the calendar day it denotes when the publication date settles it.
///
/// # Example
/// ```
/// let report = milcoop::Parser::new()
///     .published(chrono::NaiveDate::from_ymd_opt(2019, 3, 16).unwrap())
///     .parse("The Minister of Defense of Kazakhstan Nurlan Yermekbayev met with U.S. Ambassador William Moser on Friday.")?;
/// let date = report.meetings[0].date.as_ref().unwrap();
/// assert_eq!(date.text, "on Friday");
/// assert_eq!(date.resolved, chrono::NaiveDate::from_ymd_opt(2019, 3, 15));
/// # Ok::<(), milcoop::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DateMention {
    /// The words as written.
    pub text: String,
    /// The calendar day, serialised as `YYYY-MM-DD`; `None` when the text and
    /// the publication date do not settle a single day.
    pub resolved: Option<NaiveDate>,
    /// Where the words stand in the input.
    pub span: Span,
}

impl DateMention {
    /// A date mention from its parts.
    ///
    /// # Example
    /// ```
    /// use milcoop::{DateMention, Span};
    /// let d = DateMention::new("today", None, Span::new(0, 5));
    /// assert_eq!(d.text, "today");
    /// ```
    pub fn new(text: impl Into<String>, resolved: Option<NaiveDate>, span: Span) -> DateMention {
        DateMention {
            text: text.into(),
            resolved,
            span,
        }
    }
}
