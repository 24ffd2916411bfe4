//! Byte spans into the caller's input.

use serde::{Deserialize, Serialize};
use std::ops::Range;

/// A half-open byte range `start..end` into the text given to the parser.
///
/// Every record milcoop emits carries one, so a caller can always slice the
/// original article to see the words a record came from.
///
/// # Example
/// ```
/// use milcoop::Span;
/// let text = "Steppe Eagle began.";
/// let span = Span::new(0, 12);
/// assert_eq!(&text[span.range()], "Steppe Eagle");
/// assert_eq!(span.len(), 12);
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub struct Span {
    /// First byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`; the bounds are put in order if given reversed.
    ///
    /// # Example
    /// ```
    /// use milcoop::Span;
    /// assert_eq!(Span::new(7, 3), Span::new(3, 7));
    /// ```
    pub const fn new(start: usize, end: usize) -> Span {
        if start <= end {
            Span { start, end }
        } else {
            Span {
                start: end,
                end: start,
            }
        }
    }

    /// The span as a `Range`, ready to slice the input.
    ///
    /// # Example
    /// ```
    /// assert_eq!(milcoop::Span::new(2, 5).range(), 2..5);
    /// ```
    pub const fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// Length in bytes.
    ///
    /// # Example
    /// ```
    /// assert_eq!(milcoop::Span::new(2, 5).len(), 3);
    /// ```
    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no byte.
    ///
    /// # Example
    /// ```
    /// assert!(milcoop::Span::new(4, 4).is_empty());
    /// ```
    pub const fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The smallest span covering both.
    ///
    /// # Example
    /// ```
    /// use milcoop::Span;
    /// assert_eq!(Span::new(2, 5).cover(Span::new(8, 9)), Span::new(2, 9));
    /// ```
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}
