//! Words that head the name of a building, a base or a seat of government:
//! the venue of a meeting ("at the Western Naval Command Headquarters", "at
//! GHQ", "at the Pentagon", "at Ulinzi House"); and the kinds of settlement
//! and region written before "of" and a name ("the port city of Karachi").

/// Head words of venues, lower case. A venue's name ends in one of them
/// ("Army Headquarters", "Defence House") or starts with one ("Camp X",
/// "the headquarters of the Land Forces").
pub(crate) const VENUE_HEADS: &[&str] = &[
    "academy",
    "airbase",
    "arsenal",
    "barracks",
    "base",
    "building",
    "camp",
    "cantonment",
    "chancellery",
    "college",
    "command",
    "complex",
    "compound",
    "dockyard",
    "embassy",
    "fort",
    "garrison",
    "ghq",
    "hall",
    "headquarters",
    "house",
    "hq",
    "kremlin",
    "mess",
    "ministry",
    "office",
    "palace",
    "parliament",
    "pentagon",
    "residence",
    "secretariat",
    "shipyard",
    "station",
    "university",
];

/// Whether `word` (any case) heads a venue's name.
pub(crate) fn is_venue_head(word: &str) -> bool {
    VENUE_HEADS.iter().any(|h| h.eq_ignore_ascii_case(word))
}

/// Kinds of settlement and region written before "of" and their name, lower
/// case: "the northern city of Kankan", "the Black Sea port of Constanta",
/// "the province of Herat".
pub(crate) const SETTLEMENTS: &[&str] = &[
    "city",
    "town",
    "port",
    "village",
    "island",
    "province",
    "region",
    "district",
    "county",
    "state",
    "governorate",
    "oblast",
    "municipality",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heads_are_lower_case_and_sorted() {
        assert!(VENUE_HEADS.windows(2).all(|w| w[0] < w[1]));
        assert!(VENUE_HEADS
            .iter()
            .all(|h| h.chars().all(|c| c.is_ascii_lowercase())));
        assert!(
            is_venue_head("Headquarters") && is_venue_head("GHQ") && !is_venue_head("invitation")
        );
    }
}
