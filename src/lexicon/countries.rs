//! Countries, demonyms, capitals and international bodies, as data.
//!
//! SKELETON: to be filled by the country-lexicon work (every UN member state, etc.).

use crate::model::Country;

/// One state and the words that name it.
#[derive(Debug)]
pub(crate) struct CountryEntry {
    /// ISO 3166-1 alpha-2, upper case.
    pub code: &'static str,
    /// Common English short name ("United States").
    pub name: &'static str,
    /// Other names: official names, abbreviations ("USA", "U.S.", "US", "United States of America").
    pub names: &'static [&'static str],
    /// Demonyms and adjectives, singular and plural ("American", "Americans").
    pub demonyms: &'static [&'static str],
    /// Capitals (current and well-known former names).
    pub capitals: &'static [&'static str],
}

pub(crate) static COUNTRIES: &[CountryEntry] = &[
    CountryEntry {
        code: "KZ",
        name: "Kazakhstan",
        names: &["Republic of Kazakhstan"],
        demonyms: &["Kazakh", "Kazakhstani"],
        capitals: &["Astana", "Nur-Sultan"],
    },
    CountryEntry {
        code: "US",
        name: "United States",
        names: &["United States of America", "USA", "U.S.", "US", "U.S.A."],
        demonyms: &["American", "Americans"],
        capitals: &["Washington"],
    },
];

/// The entry for an upper-case alpha-2 code.
pub(crate) fn entry_by_code(code: &str) -> Option<&'static CountryEntry> {
    COUNTRIES.iter().find(|e| e.code == code)
}

/// What a mention names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Entity {
    /// A state.
    Country(Country),
    /// An international body ("NATO"), by its usual abbreviation.
    Org(&'static str),
}

/// How the mention names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum MentionKind {
    /// The state's name or abbreviation ("Kazakhstan", "USA").
    Name,
    /// A demonym or adjective ("Kazakh", "Americans").
    Demonym,
    /// Its capital ("Astana").
    Capital,
    /// An international body ("NATO", "United Nations").
    Org,
}

/// A place or body named in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct PlaceMention {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// What it names.
    pub entity: Entity,
    /// How it names it.
    pub kind: MentionKind,
    /// The word may not name a state here ("Georgia", "Chad", "Jordan").
    pub ambiguous: bool,
}

/// Every country, demonym, capital and organisation mention in `text`,
/// leftmost-longest, whole words only, in order.
pub(crate) fn find_mentions(_text: &str) -> Vec<PlaceMention> {
    Vec::new()
}
