//! Latin letters with diacritics folded to ASCII, for matching names
//! written both ways in one article ("Błaszczak" and "Blaszczak", "Güler"
//! and "Guler").

use crate::text::FastMap;
use std::sync::LazyLock;

/// Letters with diacritics, and below them, at the same place, the letters without.
const FROM: &str = "ÀÁÂÃÄÅĀĂĄàáâãäåāăąÇĆĈĊČçćĉċčĎĐďđÈÉÊËĒĔĖĘĚèéêëēĕėęěĜĞĠĢĝğġģĤĦĥħÌÍÎÏĨĪĬĮİìíîïĩīĭįıĴĵĶķĹĻĽĿŁĺļľŀłÑŃŅŇñńņňÒÓÔÕÖØŌŎŐòóôõöøōŏőŔŖŘŕŗřŚŜŞŠȘśŝşšșŢŤŦȚţťŧțÙÚÛÜŨŪŬŮŰŲùúûüũūŭůűųŴŵÝŸŶýÿŷŹŻŽźżž";
const TO: &str = "AAAAAAAAAaaaaaaaaaCCCCCcccccDDddEEEEEEEEEeeeeeeeeeGGGGggggHHhhIIIIIIIIIiiiiiiiiiJjKkLLLLLlllllNNNNnnnnOOOOOOOOOoooooooooRRRrrrSSSSSsssssTTTTttttUUUUUUUUUUuuuuuuuuuuWwYYYyyyZZZzzz";

/// [`FROM`] to [`TO`], as a map.
static FOLDS: LazyLock<FastMap<char, char>> =
    LazyLock::new(|| FROM.chars().zip(TO.chars()).collect());

/// `c` without its diacritic, if it is a Latin letter with one this table knows.
fn fold_char(c: char) -> Option<char> {
    if c.is_ascii() {
        return None;
    }
    FOLDS.get(&c).copied()
}

/// `s` with every letter [`fold_char`] knows folded; `None` when nothing changes.
pub(crate) fn fold_diacritics(s: &str) -> Option<String> {
    if s.is_ascii() || !s.chars().any(|c| fold_char(c).is_some()) {
        return None;
    }
    Some(s.chars().map(|c| fold_char(c).unwrap_or(c)).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_line_up() {
        assert_eq!(FROM.chars().count(), TO.chars().count());
        assert!(TO.is_ascii());
        for (f, t) in [
            ('Ł', 'L'),
            ('ł', 'l'),
            ('ş', 's'),
            ('İ', 'I'),
            ('ž', 'z'),
            ('Ő', 'O'),
            ('ț', 't'),
        ] {
            assert_eq!(fold_char(f), Some(t), "{f}");
        }
        let from: Vec<char> = "ÀÁÂÃÄÅĀĂĄ".chars().collect();
        assert!(from.iter().all(|&c| fold_char(c) == Some('A')));
    }

    #[test]
    fn folds_names_and_leaves_ascii_alone() {
        assert_eq!(fold_diacritics("Błaszczak").as_deref(), Some("Blaszczak"));
        assert_eq!(fold_diacritics("Güler").as_deref(), Some("Guler"));
        assert_eq!(fold_diacritics("Søreide").as_deref(), Some("Soreide"));
        assert_eq!(fold_diacritics("Blaszczak"), None);
        assert_eq!(fold_diacritics("Шойгу"), None);
    }
}
