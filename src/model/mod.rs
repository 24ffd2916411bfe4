//! The public record types: their serde form is the JSON contract.

mod country;
mod date;
mod diagnostic;
mod exercise;
mod kind;
mod meeting;
mod plan;
mod report;
mod span;
mod statistic;
mod years;

pub use country::Country;
pub(crate) use country::CountrySet;
pub use date::DateMention;
pub use diagnostic::{Diagnostic, DiagnosticKind};
pub use exercise::Exercise;
pub(crate) use kind::Kinds;
pub use kind::RecordKind;
pub use meeting::{Meeting, Participant};
pub use plan::CooperationPlan;
pub use report::Report;
pub use span::Span;
pub use statistic::YearRangeStat;
pub use years::YearRange;
