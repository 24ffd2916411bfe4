//! Month and weekday names, as data.

use chrono::Weekday;
use std::sync::LazyLock;

use crate::scan::WordMap;

/// Month names and abbreviations with their number. A trailing dot after an
/// abbreviation ("Sept.") is handled by the grammar, not listed here.
/// Longest first within a month so "Sept" wins over "Sep".
pub(crate) static MONTHS: &[(&str, u32)] = &[
    ("January", 1),
    ("Jan", 1),
    ("February", 2),
    ("Feb", 2),
    ("March", 3),
    ("Mar", 3),
    ("April", 4),
    ("Apr", 4),
    ("May", 5),
    ("June", 6),
    ("Jun", 6),
    ("July", 7),
    ("Jul", 7),
    ("August", 8),
    ("Aug", 8),
    ("September", 9),
    ("Sept", 9),
    ("Sep", 9),
    ("October", 10),
    ("Oct", 10),
    ("November", 11),
    ("Nov", 11),
    ("December", 12),
    ("Dec", 12),
];

/// Full weekday names. Abbreviations ("Sun", "Sat") are left out: they are
/// ordinary words too.
pub(crate) static WEEKDAYS: &[(&str, Weekday)] = &[
    ("Monday", Weekday::Mon),
    ("Tuesday", Weekday::Tue),
    ("Wednesday", Weekday::Wed),
    ("Thursday", Weekday::Thu),
    ("Friday", Weekday::Fri),
    ("Saturday", Weekday::Sat),
    ("Sunday", Weekday::Sun),
];

/// Words naming a part of the day after a weekday or "yesterday" ("Monday evening").
pub(crate) static PARTS_OF_DAY: &[&str] = &["morning", "afternoon", "evening", "night"];

/// The month number of a name or abbreviation, ASCII case ignored.
pub(crate) fn month(word: &str) -> Option<u32> {
    // Asked of many words that are none: one table lookup, not a list scan.
    static NUMBERS: LazyLock<WordMap<u32>> = LazyLock::new(|| {
        let mut m = WordMap::new(true);
        for &(name, n) in MONTHS {
            m.entry(name.as_bytes(), || n);
        }
        m
    });
    NUMBERS.get(word.as_bytes()).copied()
}

/// The weekday of a full name, ASCII case ignored.
pub(crate) fn weekday(word: &str) -> Option<Weekday> {
    WEEKDAYS
        .iter()
        .find(|(w, _)| w.eq_ignore_ascii_case(word))
        .map(|&(_, d)| d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups() {
        assert_eq!(month("sept"), Some(9));
        assert_eq!(month("SEP"), Some(9));
        assert_eq!(month("December"), Some(12));
        assert_eq!(month("Decem"), None);
        assert_eq!(weekday("friday"), Some(Weekday::Fri));
        assert_eq!(weekday("Fri"), None);
        // Every name is found in every ASCII case, and nothing else.
        for &(name, m) in MONTHS {
            assert_eq!(month(name), Some(m));
            assert_eq!(month(&name.to_ascii_uppercase()), Some(m));
            assert_eq!(month(&name.to_ascii_lowercase()), Some(m));
        }
        assert_eq!(month(""), None);
        assert_eq!(month("é"), None);
        assert_eq!(month("Tuesday"), None);
    }
}
