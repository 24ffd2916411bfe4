//! Small nom combinators: keywords, numbers, years and ranges, dates, names.
//!
//! Everything here is `pub(crate)`: nom types never reach the public API.

pub(crate) mod dates;
pub(crate) mod durations;
pub(crate) mod keyword;
pub(crate) mod names;
pub(crate) mod numbers;
pub(crate) mod years;
