//! The entry points.

use chrono::NaiveDate;

use crate::extract;
use crate::model::{Kinds, RecordKind};
use crate::text::Document;
use crate::{Country, Error, Report};

/// Default limit on input size: 8 MiB.
const DEFAULT_MAX_INPUT: usize = 8 * 1024 * 1024;

/// A configured parser. Options grow without breaking callers: build with
/// [`Parser::new`] and chain setters.
///
/// # Example
/// ```
/// use milcoop::{Country, Parser};
/// let parser = Parser::new()
///     .published(chrono::NaiveDate::from_ymd_opt(2009, 11, 20).unwrap())
///     .outlet_country("KZ".parse::<Country>()?);
/// let report = parser.parse("Kazakh-US talks\n\nNothing to report.")?;
/// assert_eq!(report.headline.as_deref(), Some("Kazakh-US talks"));
/// # Ok::<(), milcoop::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parser {
    published: Option<NaiveDate>,
    outlet_country: Option<Country>,
    max_input_len: usize,
    kinds: Kinds,
}

impl Default for Parser {
    fn default() -> Self {
        Parser::new()
    }
}

impl Parser {
    /// A parser with no publication date, no outlet country and an 8 MiB input limit.
    ///
    /// # Example
    /// ```
    /// const PARSER: milcoop::Parser = milcoop::Parser::new();
    /// assert!(PARSER.parse("").is_ok());
    /// ```
    pub const fn new() -> Parser {
        Parser {
            published: None,
            outlet_country: None,
            max_input_len: DEFAULT_MAX_INPUT,
            kinds: Kinds::ALL,
        }
    }

    /// The article's publication date, against which "Friday" or "yesterday" resolve.
    ///
    /// # Example
    /// ```
    /// let p = milcoop::Parser::new().published(chrono::NaiveDate::from_ymd_opt(2019, 9, 20).unwrap());
    /// # let _ = p;
    /// ```
    pub const fn published(mut self, date: NaiveDate) -> Parser {
        self.published = Some(date);
        self
    }

    /// The outlet's country, which "our country" refers to.
    ///
    /// # Example
    /// ```
    /// let p = milcoop::Parser::new().outlet_country("KZ".parse()?);
    /// # let _ = p;
    /// # Ok::<(), milcoop::Error>(())
    /// ```
    pub const fn outlet_country(mut self, country: Country) -> Parser {
        self.outlet_country = Some(country);
        self
    }

    /// The largest input accepted, in bytes (default 8 MiB); larger inputs give
    /// [`Error::InputTooLarge`].
    ///
    /// # Example
    /// ```
    /// let err = milcoop::Parser::new().max_input_len(4).parse("hello").unwrap_err();
    /// assert_eq!(err, milcoop::Error::InputTooLarge { len: 5, limit: 4 });
    /// ```
    pub const fn max_input_len(mut self, bytes: usize) -> Parser {
        self.max_input_len = bytes;
        self
    }

    /// Extract only these record kinds (all four by default); the others stay
    /// empty and their work is skipped.
    ///
    /// # Example
    /// ```
    /// use milcoop::{Parser, RecordKind};
    /// let p = Parser::new().record_kinds(&[RecordKind::Meetings, RecordKind::Exercises]);
    /// let r = p.parse("In 2019 over 120 servicemen took part.")?;
    /// assert!(r.statistics.is_empty());
    /// # Ok::<(), milcoop::Error>(())
    /// ```
    pub const fn record_kinds(mut self, kinds: &[RecordKind]) -> Parser {
        self.kinds = Kinds::of(kinds);
        self
    }

    /// The effective limit: offsets are kept in 32 bits, so never above `u32::MAX`.
    fn limit(&self) -> usize {
        self.max_input_len.min(u32::MAX as usize - 1)
    }

    /// Parses one article.
    ///
    /// # Example
    /// ```
    /// let report = milcoop::Parser::new().parse("Headline\n\nBody.")?;
    /// assert_eq!(report.headline.as_deref(), Some("Headline"));
    /// # Ok::<(), milcoop::Error>(())
    /// ```
    pub fn parse(&self, text: &str) -> Result<Report, Error> {
        let limit = self.limit();
        if text.len() > limit {
            return Err(Error::InputTooLarge {
                len: text.len(),
                limit,
            });
        }
        let doc = Document::new(text);
        Ok(extract::run(
            &doc,
            self.published,
            self.outlet_country,
            self.kinds,
        ))
    }

    /// Parses one article given as bytes; they must be UTF-8.
    ///
    /// # Example
    /// ```
    /// let err = milcoop::Parser::new().parse_bytes(b"ok \xc3").unwrap_err();
    /// assert_eq!(err, milcoop::Error::InvalidUtf8 { offset: 3 });
    /// ```
    pub fn parse_bytes(&self, bytes: &[u8]) -> Result<Report, Error> {
        let limit = self.limit();
        if bytes.len() > limit {
            return Err(Error::InputTooLarge {
                len: bytes.len(),
                limit,
            });
        }
        let text = std::str::from_utf8(bytes).map_err(|e| Error::InvalidUtf8 {
            offset: e.valid_up_to(),
        })?;
        self.parse(text)
    }
}

/// Parses one article with default options.
///
/// # Example
/// ```
/// let report = milcoop::parse("Kazakh-US military cooperation discussed in Astana\n\nBody.")?;
/// assert_eq!(report.headline.as_deref(), Some("Kazakh-US military cooperation discussed in Astana"));
/// # Ok::<(), milcoop::Error>(())
/// ```
pub fn parse(text: &str) -> Result<Report, Error> {
    Parser::new().parse(text)
}
