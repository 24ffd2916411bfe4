//! Repairs and doubts, reported instead of hidden.

use serde::{Deserialize, Serialize};
use std::fmt;

use super::Span;

/// What a [`Diagnostic`] is about. Serialised in `snake_case` ("repaired_year").
///
/// The set of kinds is open (see the output contract): a later version may
/// report kinds this one does not know, and reading such a report gives
/// [`DiagnosticKind::Other`] for them instead of an error.
///
/// # Example
/// ```
/// use milcoop::{Diagnostic, DiagnosticKind};
/// assert_eq!(DiagnosticKind::RepairedYear.as_str(), "repaired_year");
/// let d: Diagnostic = serde_json::from_str(
///     r#"{"kind": "some_future_kind", "message": "m", "span": {"start": 0, "end": 0}}"#,
/// ).unwrap();
/// assert_eq!(d.kind, DiagnosticKind::Other);
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
    /// The article's `published` metadata was not a `YYYY-MM-DD` date or an
    /// RFC 3339 timestamp, so it was ignored (relative dates stay unresolved).
    /// Its span is the empty span at 0: it is about the metadata, not the text.
    InvalidPublished,
    /// The article's `outlet_country` metadata was not a known ISO 3166-1
    /// alpha-2 code, so it was ignored ("our country" stays unresolved).
    /// Its span is the empty span at 0: it is about the metadata, not the text.
    UnknownOutletCountry,
    /// A kind this version does not know, read from a report written by a
    /// later one (diagnostic kinds are open). Serialised as "other".
    #[serde(other)]
    Other,
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
            DiagnosticKind::InvalidPublished => "invalid_published",
            DiagnosticKind::UnknownOutletCountry => "unknown_outlet_country",
            DiagnosticKind::Other => "other",
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_serialise_as_their_names() {
        for kind in [
            DiagnosticKind::RepairedYear,
            DiagnosticKind::AmbiguousYear,
            DiagnosticKind::UnresolvedDate,
            DiagnosticKind::AmbiguousCountry,
            DiagnosticKind::WorkLimit,
            DiagnosticKind::InvalidPublished,
            DiagnosticKind::UnknownOutletCountry,
            DiagnosticKind::Other,
        ] {
            let json = serde_json::to_string(&kind).unwrap();
            assert_eq!(json, format!("\"{}\"", kind.as_str()));
            assert_eq!(serde_json::from_str::<DiagnosticKind>(&json).unwrap(), kind);
        }
    }

    #[test]
    fn unknown_kinds_read_as_other() {
        let d: Diagnostic = serde_json::from_str(
            r#"{"kind":"some_future_kind","message":"m","span":{"start":1,"end":2}}"#,
        )
        .unwrap();
        assert_eq!(d.kind, DiagnosticKind::Other);
        assert_eq!(d.span, Span::new(1, 2));
        // A kind still has to be a string.
        assert!(serde_json::from_str::<DiagnosticKind>("7").is_err());
    }
}
