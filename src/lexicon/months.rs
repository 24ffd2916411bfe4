//! Month and weekday names, as data.
#![allow(dead_code)] // pub(crate) items used by the extractors

use chrono::Weekday;

/// Month names and abbreviations with their number. A trailing dot after an
/// abbreviation ("Sept.") is handled by the grammar, not listed here.
/// Longest first within a month so "Sept" wins over "Sep".
pub(crate) const MONTHS: &[(&str, u32)] = &[
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

/// The first letters of the month names, lower case: most words are turned
/// away by their first byte before the list is scanned.
static MONTH_FIRSTS: [bool; 128] = {
    let mut t = [false; 128];
    let mut i = 0;
    while i < MONTHS.len() {
        t[MONTHS[i].0.as_bytes()[0].to_ascii_lowercase() as usize] = true;
        i += 1;
    }
    t
};

/// The month number of a name or abbreviation, ASCII case ignored.
pub(crate) fn month(word: &str) -> Option<u32> {
    let first = word.as_bytes().first()?.to_ascii_lowercase();
    if !MONTH_FIRSTS.get(usize::from(first)).is_some_and(|&m| m) {
        return None;
    }
    MONTHS
        .iter()
        .find(|(w, _)| w.eq_ignore_ascii_case(word))
        .map(|&(_, m)| m)
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
        // Every name is found in every ASCII case, and the first-letter
        // filter turns away other words only.
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
