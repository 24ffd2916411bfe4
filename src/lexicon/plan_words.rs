//! Words for cooperation plans, programmes and roadmaps, as data.
//!
//! Every list is lower case and matched ASCII case-insensitively on whole words.

use std::sync::LazyLock;

use super::WordSet;

/// Head nouns of a plan mention; "road map" is two words.
pub(crate) const HEADS: &[&str] = &[
    "plan",
    "plans",
    "programme",
    "programmes",
    "program",
    "programs",
    "roadmap",
    "roadmaps",
    "road map",
    "road maps",
];

/// Other documents: an anaphor ("the agreement") after one of these refers to it, not to a plan.
pub(crate) const OTHER_DOCUMENTS: &[&str] = &[
    "agreement",
    "agreements",
    "memorandum",
    "memoranda",
    "treaty",
    "treaties",
    "accord",
    "accords",
    "arrangement",
    "arrangements",
    "protocol",
    "declaration",
    "statement",
    "initiative",
    "commission",
];

/// Words that make a plan one of cooperation: a name needs one of them.
pub(crate) const COOPERATION_WORDS: &[&str] = &[
    "cooperation",
    "co-operation",
    "cooperative",
    "collaboration",
    "partnership",
    "exchange",
    "exchanges",
    "contacts",
    "interaction",
    "engagement",
    "bilateral",
    "trilateral",
    "multilateral",
];

/// Lower-case words that may stand in a plan's name besides the cooperation words:
/// "military cooperation plan", "plan for cooperation of defense ministries".
pub(crate) const NAME_WORDS: &[&str] = &[
    "military",
    "defense",
    "defence",
    "security",
    "military-technical",
    "military-political",
    "defense-industrial",
    "defence-industrial",
    "technical",
    "joint",
    "implementation",
    "action",
    "work",
    "training",
    "exchange",
    "exchanges",
    "strategic",
    "army",
    "armies",
    "armed",
    "forces",
    "naval",
    "navy",
    "border",
    "peacekeeping",
    "ministries",
    "ministry",
    "departments",
    "agencies",
    "contact",
    "industrial",
    "industry",
    "development",
    "sphere",
    "field",
    "area",
    "domain",
    "activities",
    "events",
    "measures",
    // "officer exchange program", "cadet exchange programme".
    "officer",
    "officers",
    "cadet",
    "cadets",
    "student",
    "students",
    "personnel",
    "staff",
    "education",
    "educational",
];

/// Nouns that close "in the defence field" after a plan's name.
pub(crate) const DOMAIN_NOUNS: &[&str] = &[
    "field", "fields", "sphere", "spheres", "area", "areas", "domain", "domains",
];

/// A plan whose name carries one of these is a state's own plan, not one of cooperation.
pub(crate) const NATIONAL_WORDS: &[&str] = &["national", "domestic", "nationwide"];

/// Words that end a capitalised name when walking over it: verbs of headlines and
/// function words ("Ukraine, Turkey Sign Military Cooperation Roadmap").
pub(crate) const NAME_STOP: &[&str] = &[
    "a",
    "an",
    "the",
    "and",
    "or",
    "of",
    "for",
    "on",
    "in",
    "at",
    "to",
    "with",
    "by",
    "from",
    "between",
    "among",
    "under",
    "within",
    "this",
    "that",
    "these",
    "those",
    "its",
    "their",
    "our",
    "his",
    "her",
    "new",
    "draft",
    "another",
    "similar",
    "big",
    "annual",
    "current",
    "next",
    "first",
    "second",
    "third",
    "latest",
    "updated",
    "long-term",
    "comprehensive",
    "sign",
    "signs",
    "signed",
    "signing",
    "adopt",
    "adopts",
    "adopted",
    "approve",
    "approves",
    "approved",
    "discuss",
    "discusses",
    "discussed",
    "agree",
    "agrees",
    "agreed",
    "ink",
    "inks",
    "inked",
    "launch",
    "launches",
    "launched",
    "unveil",
    "unveils",
    "unveiled",
    "renew",
    "renews",
    "renewed",
    "extend",
    "extends",
    "extended",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "has",
    "have",
    "had",
    "will",
    "would",
    "said",
    "says",
    "under",
    "via",
    "per",
    "about",
    "over",
    "into",
    "during",
    "before",
    "after",
    "as",
    "which",
    "who",
    "we",
    "they",
    "it",
    "he",
    "she",
];

/// Verbs that make the states before them the parties of the plan after them.
pub(crate) const SIGN_VERBS: &[&str] = &[
    "sign",
    "signs",
    "signed",
    "signing",
    "adopt",
    "adopts",
    "adopted",
    "approve",
    "approves",
    "approved",
    "develop",
    "develops",
    "developed",
    "agree",
    "agrees",
    "agreed",
    "conclude",
    "concludes",
    "concluded",
    "ink",
    "inks",
    "inked",
    "draft",
    "drafted",
    "drew",
    "discuss",
    "discusses",
    "discussed",
    "implement",
    "implements",
    "implemented",
    "implementing",
    "renew",
    "renews",
    "renewed",
    "extend",
    "extends",
    "extended",
    "endorse",
    "endorsed",
    "finalize",
    "finalized",
    "finalise",
    "finalised",
    "prepare",
    "prepared",
    "ratify",
    "ratified",
    "launch",
    "launched",
    "review",
    "reviewed",
    "exchange",
    "exchanged",
];

/// Verbs of reported speech: a list chunk with one of them is the reporting clause.
pub(crate) const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "stated",
    "states",
    "noted",
    "notes",
    "added",
    "adds",
    "reported",
    "reports",
    "stressed",
    "emphasized",
    "emphasised",
    "told",
];

/// Auxiliaries skipped between a plan and "signed by/between/with".
pub(crate) const AUXILIARIES: &[&str] = &[
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "will",
    "would",
    "to",
    "also",
    "jointly",
    "today",
    "yesterday",
];

/// Words before a year that make it an open end ("until 2020"): years stay unknown.
pub(crate) const OPEN_YEAR_WORDS: &[&str] = &[
    "until", "till", "through", "thru", "to", "by", "before", "up", "beyond",
];

/// Words that end a party list ("between A and B for 2022").
pub(crate) const PARTY_STOP: &[&str] = &[
    "for", "which", "that", "who", "was", "were", "is", "are", "has", "have", "had", "will",
    "would", "to", "in", "at", "on", "during", "as", "since", "until", "through", "after",
    "before", "while", "but", "was", "under", "within", "by", "said", "says",
];

/// Words that open a list of the areas a plan covers, longest first where they overlap.
/// A cue may be followed by another within a few words ("covers work in such fields as").
pub(crate) const FIELD_CUES: &[&str] = &[
    "in such fields as",
    "in such areas as",
    "in such spheres as",
    "such fields as",
    "such areas as",
    "such spheres as",
    "in fields such as",
    "in areas such as",
    "fields such as",
    "areas such as",
    "in the fields of",
    "in the areas of",
    "in the spheres of",
    "in the field of",
    "in the area of",
    "in the sphere of",
    "such as",
    "including",
    "directed on",
    "directed at",
    "directed towards",
    "directed toward",
    "covers",
    "cover",
    "covered",
    "covering",
    "provides for",
    "provide for",
    "provided for",
    "envisages",
    "envisage",
    "envisaged",
    "envisions",
    "highlights",
    "focuses on",
    "focused on",
    "focus on",
    "focusing on",
    "stipulates",
    "stipulate",
    "stipulated",
    "includes",
    "include",
    "outlines",
    "outline",
    "lists",
    "comprises",
    "consists of",
    "is divided into",
    "divided into",
    "sets out",
    "encompassing",
    "encompasses",
    "encompass",
    "spans",
    "spanning",
    "addresses",
    "addressing",
    "on issues of",
    "on the issues of",
];

/// Field cues that are verbs: a plan's verb may stand a few words after its
/// name ("the plan of cooperation between our ministries this year stipulates ...").
pub(crate) const FIELD_VERB_CUES: &[&str] = &[
    "covers",
    "provides for",
    "envisages",
    "envisions",
    "highlights",
    "focuses on",
    "stipulates",
    "includes",
    "outlines",
    "lists",
    "comprises",
    "consists of",
    "is divided into",
    "sets out",
    "encompasses",
    "spans",
    "addresses",
];

/// Nouns of a leading "holding events within" that is not part of the first field
/// ("stipulates holding events within joint training of troops").
pub(crate) const FIELD_EVENT_NOUNS: &[&str] = &["events", "activities", "measures", "actions"];

/// Leading words of a list that are not part of its first field
/// ("covers continued cooperation in capacity development").
pub(crate) const FIELD_LEAD_ADJECTIVES: &[&str] = &[
    "continued",
    "further",
    "closer",
    "joint",
    "practical",
    "bilateral",
];

/// Nouns of a leading "cooperation in" that is not part of the first field.
pub(crate) const FIELD_LEAD_NOUNS: &[&str] = &[
    "cooperation",
    "co-operation",
    "work",
    "collaboration",
    "interaction",
    "activities",
];

/// A list item starting with one of these closes the list ("and several other areas").
pub(crate) const FIELD_DROP: &[&str] = &[
    "a broad",
    "a wide",
    "a range",
    "a variety",
    "a host",
    "a series",
    "all",
    "areas",
    "directions",
    "spheres",
    "other",
    "others",
    "several",
    "many",
    "various",
    "etc",
    "the like",
    "a number",
    "among other things",
    "among others",
    "so on",
    "more",
];

/// Subjects that refer back to the last plan ("It highlights", "The agreement covers").
pub(crate) const ANAPHOR_NOUNS: &[&str] = &[
    "plan",
    "programme",
    "program",
    "roadmap",
    "road map",
    "agreement",
    "document",
];

/// The longer lists as hash sets: a lookup instead of a scan of dozens of words.
pub(crate) static NAME_STOP_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(NAME_STOP));
pub(crate) static SIGN_VERB_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(SIGN_VERBS));
pub(crate) static NAME_WORD_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(NAME_WORDS));
pub(crate) static PARTY_STOP_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(PARTY_STOP));

/// Whether `word` is in `list`, ASCII case ignored.
pub(crate) fn is_in(list: &[&str], word: &str) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}
