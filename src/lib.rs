#![doc = include_str!("../README.md")]
//!
//! ## Example: the seed article
//!
//! ```
//! let seed = include_str!("../tests/fixtures/seed.txt");
//! let report = milcoop::Parser::new()
//!     .outlet_country(milcoop::Country::from_alpha2("KZ").unwrap())
//!     .parse(seed)?;
//! assert_eq!(report.headline.as_deref(), Some("Kazakh-US military cooperation discussed in Astana"));
//! for span in report.spans() {
//!     assert!(seed.get(span.range()).is_some());
//! }
//! # Ok::<(), milcoop::Error>(())
//! ```
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![forbid(unsafe_code)]

mod annotate;
mod dates;
mod error;
mod extract;
mod grammar;
mod iso3166;
#[cfg(feature = "jsonl")]
#[cfg_attr(docsrs, doc(cfg(feature = "jsonl")))]
pub mod jsonl;
mod lexicon;
mod model;
mod parser;
mod scan;
#[cfg(test)]
mod test_support;
mod text;

/// chrono's calendar date and weekday, the date types of
/// [`Parser::published`], [`DateMention`], [`resolve_date`] and
/// [`resolve_weekday`]: re-exported so that callers need not depend on
/// chrono to use them.
#[doc(no_inline)]
pub use chrono::{NaiveDate, Weekday};
pub use dates::{resolve_date, resolve_weekday, Tense};
pub use error::Error;
pub use model::{
    CooperationPlan, Country, DateMention, Diagnostic, DiagnosticKind, Exercise, Meeting,
    Participant, RecordKind, Report, Span, YearRange, YearRangeStat,
};
pub use parser::{parse, Parser};
