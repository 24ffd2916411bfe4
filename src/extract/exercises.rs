//! Exercises extraction.

use super::Article;
use crate::model::Report;

pub(crate) fn extract(_article: &Article, _out: &mut Report) {}
