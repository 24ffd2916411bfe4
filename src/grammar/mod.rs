//! Small nom combinators: keywords, numbers, years and ranges, dates, names.
//!
//! Everything here is `pub(crate)`: nom types never reach the public API.
pub(crate) mod names;
