//! milcoop turns English news about defense and military cooperation into
//! typed, serde-ready records.
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod dates;
mod error;
mod extract;
mod grammar;
mod lexicon;
mod model;
mod parser;
mod text;

pub use dates::{resolve_date, resolve_weekday, Tense};
pub use error::Error;
pub use model::{
    CooperationPlan, Country, DateMention, Diagnostic, DiagnosticKind, Exercise, Meeting,
    Participant, Report, Span, YearRange, YearRangeStat,
};
pub use parser::{parse, Parser};
