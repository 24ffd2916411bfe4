//! The one public error type.

/// Why milcoop could not read an input or build a value.
///
/// Messages are lowercase, sentence-like, and name what went wrong and where.
///
/// # Example
/// ```
/// let err = milcoop::Parser::new().parse_bytes(b"Astana \xff talks").unwrap_err();
/// assert_eq!(err, milcoop::Error::InvalidUtf8 { offset: 7 });
/// assert_eq!(err.to_string(), "input is not valid UTF-8 at byte 7");
/// assert_eq!(err.kind(), "invalid_utf8");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The input is larger than the parser's limit ([`crate::Parser::max_input_len`]).
    #[error("input is {len} bytes, over the limit of {limit} bytes")]
    InputTooLarge {
        /// Size of the input.
        len: usize,
        /// The parser's limit.
        limit: usize,
    },
    /// The input bytes are not UTF-8.
    #[error("input is not valid UTF-8 at byte {offset}")]
    InvalidUtf8 {
        /// Offset of the first invalid byte.
        offset: usize,
    },
    /// A country code that is not a known ISO 3166-1 alpha-2 code.
    #[error("unknown country code '{code}', expected an ISO 3166-1 alpha-2 code such as 'KZ'")]
    UnknownCountry {
        /// The code as given (at most 16 characters of it).
        code: String,
    },
    /// A year range whose start is after its end.
    #[error("year range starts in {start}, after its end in {end}")]
    InvalidYearRange {
        /// First year.
        start: i32,
        /// Last year.
        end: i32,
    },
    /// A calendar date that could not be read.
    #[error("invalid date '{text}', expected YYYY-MM-DD")]
    InvalidDate {
        /// The text as given (at most 32 characters of it).
        text: String,
    },
}

impl Error {
    /// A stable `snake_case` name for the error, as used in the `extract` tool's error lines.
    ///
    /// # Example
    /// ```
    /// let err = "XX".parse::<milcoop::Country>().unwrap_err();
    /// assert_eq!(err.kind(), "unknown_country");
    /// ```
    pub const fn kind(&self) -> &'static str {
        match self {
            Error::InputTooLarge { .. } => "input_too_large",
            Error::InvalidUtf8 { .. } => "invalid_utf8",
            Error::UnknownCountry { .. } => "unknown_country",
            Error::InvalidYearRange { .. } => "invalid_year_range",
            Error::InvalidDate { .. } => "invalid_date",
        }
    }
}
