//! Lexicons as data: countries, titles, exercise words, number words, months.

pub(crate) mod countries;
pub(crate) mod exercise_words;
pub(crate) mod months;
pub(crate) mod numbers;
pub(crate) mod plan_words;
pub(crate) mod titles;
