//! Repairs and doubts, reported instead of hidden.

use serde::{Deserialize, Serialize};
use std::fmt;

use super::Span;

/// What a [`Diagnostic`] is about. Serialised in `snake_case` ("repaired_year").
///
/// # Example
/// ```
/// use milcoop::DiagnosticKind;
/// assert_eq!(DiagnosticKind::RepairedYear.as_str(), "repaired_year");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum DiagnosticKind {
    /// A year typo was read as the year it plainly meant ("208" read as 2008).
    RepairedYear,
    /// A year typo had more than one plausible reading and was left alone.
    AmbiguousYear,
    /// A relative date ("Friday", "today") could not be tied to a calendar day.
    UnresolvedDate,
    /// A word could name more than one state, or not a state at all ("Georgia").
    AmbiguousCountry,
    /// A work cap was reached; the rest of the text was not searched for that record kind.
    WorkLimit,
}

impl DiagnosticKind {
    /// The `snake_case` name used in JSON.
    ///
    /// # Example
    /// ```
    /// assert_eq!(milcoop::DiagnosticKind::UnresolvedDate.as_str(), "unresolved_date");
    /// ```
    pub const fn as_str(&self) -> &'static str {
        match self {
            DiagnosticKind::RepairedYear => "repaired_year",
            DiagnosticKind::AmbiguousYear => "ambiguous_year",
            DiagnosticKind::UnresolvedDate => "unresolved_date",
            DiagnosticKind::AmbiguousCountry => "ambiguous_country",
            DiagnosticKind::WorkLimit => "work_limit",
        }
    }
}

impl fmt::Display for DiagnosticKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A repair or a doubt the parser wants a human to see.
///
/// # Example
/// ```
/// let report = milcoop::parse("30 joint activities were held in 2003-2004 while in 208-2009 their number reached 100.")?;
/// let d = &report.diagnostics[0];
/// assert_eq!(d.kind, milcoop::DiagnosticKind::RepairedYear);
/// assert!(d.message.contains("2008"));
/// # Ok::<(), milcoop::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Diagnostic {
    /// What kind of repair or doubt.
    pub kind: DiagnosticKind,
    /// A sentence-like, lowercase explanation.
    pub message: String,
    /// The words it is about.
    pub span: Span,
}

impl Diagnostic {
    /// A diagnostic from its parts.
    ///
    /// # Example
    /// ```
    /// use milcoop::{Diagnostic, DiagnosticKind, Span};
    /// let d = Diagnostic::new(DiagnosticKind::UnresolvedDate, "no publication date", Span::new(0, 6));
    /// assert_eq!(d.kind.as_str(), "unresolved_date");
    /// ```
    pub fn new(kind: DiagnosticKind, message: impl Into<String>, span: Span) -> Diagnostic {
        Diagnostic {
            kind,
            message: message.into(),
            span,
        }
    }
}
