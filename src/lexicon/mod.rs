//! Lexicons as data: countries, titles, exercise words, number words, months.

pub(crate) mod countries;
pub(crate) mod exercise_words;
pub(crate) mod titles;
