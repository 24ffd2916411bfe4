//! Named military exercises.

use serde::{Deserialize, Serialize};

use super::{Country, Span};

/// A named military exercise, drill or training event; one record per name per article.
///
/// | phrasing | record |
/// |---|---|
/// | "such exercises as "Regional Cooperation" and "Golden Medic"" | two records |
/// | "Steppe Eagle-2015" | "Steppe Eagle", year 2015 |
/// | "Since 2007 American military servants have been participating in "Steppe Eagle" exercises in Kazakhstan" | since 2007, location "Kazakhstan", participant US |
/// | "joint drills" | no record: unnamed |
///
/// # Example
/// ```
/// let report = milcoop::parse("Troops from Kazakhstan and the US took part in the Steppe Eagle-2015 exercise.")?;
/// let ex = &report.exercises[0];
/// assert_eq!(ex.name, "Steppe Eagle");
/// assert_eq!(ex.year, Some(2015));
/// # Ok::<(), milcoop::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Exercise {
    /// Name without quotes and without a year or number suffix.
    pub name: String,
    /// Edition year when stated.
    pub year: Option<i32>,
    /// "since YEAR" participation or series start.
    pub since_year: Option<i32>,
    /// Place as written.
    pub location: Option<String>,
    /// States stated to take part (observers excluded).
    pub participants: Vec<Country>,
    /// The first mention.
    pub span: Span,
}
