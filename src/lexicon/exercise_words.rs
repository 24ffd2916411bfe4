//! Exercise words as data: head words ("exercise", "drills", "war games"),
//! phrases that rule out a military exercise ("fire drill", "exercise
//! restraint"), and the names of well-known multi-year exercise series.
//!
//! All matching is ASCII case-insensitive on bytes and whole-word (the chars
//! around a match are not letters or digits). Series names also need the
//! capitals of their canonical form ("Red Flag", not "red flag").

use std::sync::LazyLock;

use crate::scan::{PhraseTable, PrefixGate, WordMap, WordStarts};

/// Head words and phrases naming an exercise. Single words come first.
pub(crate) static EXERCISE_HEADS: &[&str] = &[
    "exercise",
    "exercises",
    "drill",
    "drills",
    "manoeuvre",
    "manoeuvres",
    "maneuver",
    "maneuvers",
    "manoeuver",
    "manoeuvers",
    "wargame",
    "wargames",
    "war-game",
    "war-games",
    "war game",
    "war games",
    "joint training",
    "joint trainings",
    "joint army training",
    "joint military training",
    "joint naval training",
    "joint navy training",
    "joint air training",
    "joint air force training",
    "joint exercise",
    "joint exercises",
    "military exercise",
    "military exercises",
    "military drill",
    "military drills",
    "military games",
    "naval drills",
    "naval exercise",
    "naval exercises",
    "training exercise",
    "training exercises",
    "command-staff exercise",
    "command-staff exercises",
    "command and staff exercise",
    "command and staff exercises",
    "command post exercise",
    "command post exercises",
    "command-post exercise",
    "command-post exercises",
    "staff exercise",
    "staff exercises",
    "field training exercise",
    "field training exercises",
    "tactical exercise",
    "tactical exercises",
    "tactical drills",
    "tabletop exercise",
    "tabletop exercises",
    "table-top exercise",
    "table-top exercises",
    "computer-assisted exercise",
    "computer-assisted exercises",
    "live-fire exercise",
    "live-fire exercises",
    "live fire exercise",
    "live fire exercises",
    "live-fire drills",
    "peacekeeping exercise",
    "peacekeeping exercises",
    "counter-terrorism exercise",
    "counter-terrorism exercises",
    "counterterrorism exercise",
    "counterterrorism exercises",
    "anti-terrorism exercise",
    "anti-terrorism exercises",
    "anti-terror drills",
];

/// Phrases that mean the nearby head word is not a military exercise.
pub(crate) static NEGATIVE_CONTEXTS: &[&str] = &[
    "fire drill",
    "fire drills",
    "fire safety drill",
    "mock drill",
    "mock drills",
    "evacuation drill",
    "evacuation drills",
    "earthquake drill",
    "earthquake drills",
    "tsunami drill",
    "lockdown drill",
    "air raid drill",
    "school drill",
    "civil defence",
    "civil defense",
    "boot camp",
    "physical exercise",
    "physical exercises",
    "exercise bike",
    "exercise of",
    "exercise restraint",
    "exercise caution",
    "exercise control",
    "exercise sovereignty",
    "exercise jurisdiction",
    "exercise its",
    "exercise their",
    "exercise his",
    "exercise her",
    "exercise the right",
    "exercised",
    "drill bit",
    "drill down",
    "oil drill",
    "drilling",
];

/// One exercise series.
#[derive(Debug)]
pub(crate) struct Series {
    /// Canonical name.
    pub name: &'static str,
    /// Other spellings.
    pub aliases: &'static [&'static str],
    /// The name is also an ordinary word or place ("Indra", "Center",
    /// "Malabar"): the caller should require an exercise head word, a year
    /// suffix ("-2019") or quotes around it.
    pub needs_context: bool,
}

const fn s(name: &'static str) -> Series {
    Series {
        name,
        aliases: &[],
        needs_context: false,
    }
}

const fn sa(name: &'static str, aliases: &'static [&'static str]) -> Series {
    Series {
        name,
        aliases,
        needs_context: false,
    }
}

const fn c(name: &'static str) -> Series {
    Series {
        name,
        aliases: &[],
        needs_context: true,
    }
}

/// Well-known, real, recurring exercise series.
pub(crate) static SERIES: &[Series] = &[
    // Central Asia, CSTO, SCO, Russia.
    s("Steppe Eagle"),
    s("Khaan Quest"),
    s("Kazind"),
    c("Khanjar"),
    s("Dustlik"),
    c("Regional Cooperation"),
    s("Prabal Dostyk"),
    c("Selenga"),
    s("Nomadic Elephant"),
    s("Nomad Elephant"),
    s("Vostok"),
    s("Zapad"),
    s("Tsentr"),
    c("Center"),
    s("Kavkaz"),
    c("Peace Mission"),
    c("Interaction"),
    c("Cooperation"),
    s("Indestructible Brotherhood"),
    s("Slavic Brotherhood"),
    c("Union Shield"),
    c("Joint Sea"),
    c("Grom"),
    // NATO and Europe.
    s("BALTOPS"),
    c("Sea Breeze"),
    s("Rapid Trident"),
    s("Three Swords"),
    c("Clear Sky"),
    s("Saber Strike"),
    s("Saber Guardian"),
    sa("Saber Junction", &["Sabre Junction"]),
    s("Defender Europe"),
    s("Defender Pacific"),
    s("Trident Juncture"),
    s("Cold Response"),
    s("Noble Partner"),
    s("Agile Spirit"),
    s("Anakonda"),
    c("Anaconda"),
    s("Steadfast Defender"),
    s("Steadfast Jazz"),
    s("Dynamic Manta"),
    s("Dynamic Mongoose"),
    c("Swift Response"),
    s("Allied Spirit"),
    s("Combined Resolve"),
    c("Immediate Response"),
    c("Spring Storm"),
    c("Iron Wolf"),
    s("Brilliant Jump"),
    s("Noble Jump"),
    s("Ramstein Flag"),
    s("Frisian Flag"),
    s("Tiger Meet"),
    s("Arctic Challenge"),
    s("Joint Warrior"),
    s("Cobra Warrior"),
    s("Anatolian Eagle"),
    c("EFES"),
    c("Sea Shield"),
    s("Astral Knight"),
    // Asia-Pacific.
    s("Cobra Gold"),
    s("Balikatan"),
    s("RIMPAC"),
    sa("Talisman Sabre", &["Talisman Saber"]),
    c("Pitch Black"),
    c("Kakadu"),
    c("Komodo"),
    c("Malabar"),
    s("Yudh Abhyas"),
    s("Garuda Shield"),
    s("Super Garuda Shield"),
    s("Cope Thunder"),
    s("Cope North"),
    s("Cope India"),
    s("Cope Taufan"),
    c("Red Flag"),
    s("Red Flag Alaska"),
    s("Northern Edge"),
    s("Valiant Shield"),
    s("Pacific Vanguard"),
    s("Keen Sword"),
    s("Keen Edge"),
    s("Orient Shield"),
    s("Resolute Dragon"),
    c("Iron Fist"),
    s("Key Resolve"),
    s("Foal Eagle"),
    sa(
        "Ulchi Freedom Shield",
        &[
            "Ulchi-Freedom Shield",
            "Ulchi Freedom Guardian",
            "Ulchi-Freedom Guardian",
        ],
    ),
    s("Freedom Shield"),
    c("CARAT"),
    // South Asia.
    s("Al-Mohed Al-Hindi"),
    s("Sampriti"),
    c("Hand-in-Hand"),
    s("Mitra Shakti"),
    c("Garuda"),
    s("Ajeya Warrior"),
    c("Indra"),
    c("Varuna"),
    c("Shakti"),
    s("Lamitiye"),
    c("Desert Knight"),
    c("Shaheen"),
    s("Ekuverin"),
    c("Surya Kiran"),
    s("Harimau Shakti"),
    c("Maitree"),
    s("Vinbax"),
    s("Vajra Prahar"),
    s("Tarang Shakti"),
    s("Dharma Guardian"),
    s("JIMEX"),
    s("SIMBEX"),
    s("AUSINDEX"),
    s("SLINEX"),
    c("Konkan"),
    c("Indradhanush"),
    s("Al Nagah"),
    c("Eastern Bridge"),
    // Middle East and Africa.
    c("Bright Star"),
    s("Eager Lion"),
    s("African Lion"),
    c("Flintlock"),
    s("Justified Accord"),
    s("Juniper Cobra"),
    s("Juniper Falcon"),
    s("Austere Challenge"),
    c("Blue Flag"),
    s("Desert Flag"),
    s("Eagle Resolve"),
    s("Native Fury"),
    s("Iron Union"),
    s("Cutlass Express"),
    s("Phoenix Express"),
    s("Obangame Express"),
    // Americas.
    c("Tradewinds"),
    s("PANAMAX"),
    s("UNITAS"),
    s("UNITAS Pacific"),
    s("UNITAS Atlantic"),
    s("UNITAS Amphibious"),
    c("Southern Star"),
    c("Fuerzas Comando"),
    s("CENTAM Guardian"),
    s("Resolute Sentinel"),
    c("Continuing Promise"),
    s("Arctic Edge"),
    s("Golden Medic"),
];

/// Words that say a sentence goes on about taking part ("participating
/// nations"): such a sentence may lend its states to the exercise in focus.
#[rustfmt::skip]
pub(crate) static FOCUS_CUES: &[&str] = &[
    "participate", "participates", "participated", "participating", "participation", "participants",
    "participant", "part", "join", "joins", "joined", "joining", "attend", "attends", "attended",
    "attending", "hailing", "involve", "involves", "involved", "involving",
];

/// The four lists of this module in one phrase table, each matched on its
/// own; the discriminant is the list's group in the table.
#[derive(Clone, Copy, PartialEq, Eq)]
enum List {
    Head,
    Negative,
    Series,
    Focus,
}

struct Matcher {
    table: PhraseTable,
    /// Per phrase id: its list and, for a series, (index into SERIES, pattern).
    info: Vec<(List, usize, &'static str)>,
}

static MATCHER: LazyLock<Matcher> = LazyLock::new(|| {
    let mut info: Vec<(List, usize, &'static str)> = Vec::new();
    info.extend(EXERCISE_HEADS.iter().map(|p| (List::Head, 0, *p)));
    info.extend(NEGATIVE_CONTEXTS.iter().map(|p| (List::Negative, 0, *p)));
    for (i, e) in SERIES.iter().enumerate() {
        for p in std::iter::once(&e.name).chain(e.aliases.iter()) {
            info.push((List::Series, i, *p));
        }
    }
    info.extend(FOCUS_CUES.iter().map(|p| (List::Focus, 0, *p)));
    Matcher {
        table: PhraseTable::new(info.iter().map(|i| i.2), true),
        info,
    }
});

/// Exercise words in a text, each list leftmost-longest on its own, in text order.
#[derive(Debug, Default)]
pub(crate) struct Found {
    /// Head words and phrases ("command post exercise", "drills").
    pub heads: Vec<(usize, usize)>,
    /// Phrases that rule out a military exercise ("fire drill").
    pub negatives: Vec<(usize, usize)>,
    /// Known series, with their capitals.
    pub series: Vec<SeriesMatch>,
    /// Focus cues ("participating").
    pub focus: Vec<(usize, usize)>,
}

/// The word starts where an exercise word may begin.
pub(crate) fn gate() -> &'static PrefixGate {
    MATCHER.table.gate()
}

/// Every exercise word of `text`, in one pass over its word starts.
pub(crate) fn find_all(text: &str, words: &WordStarts) -> Found {
    let m = &*MATCHER;
    let group = |id: usize| m.info[id].0 as usize;
    let found = m.table.find_words_grouped(text, words, &group, 4);
    let Ok([heads, negatives, series, focus]) = <[_; 4]>::try_from(found) else {
        return Found::default();
    };
    let spans = |v: Vec<(usize, usize, usize)>| v.into_iter().map(|(s, e, _)| (s, e)).collect();
    let series = series
        .into_iter()
        .filter_map(|(start, end, id)| {
            let (_, idx, pat) = m.info[id];
            if !capitals_match(pat, &text[start..end]) {
                return None;
            }
            let e = &SERIES[idx];
            Some(SeriesMatch {
                start,
                end,
                name: e.name,
                needs_context: e.needs_context,
            })
        })
        .collect();
    let (heads, negatives, focus) = (spans(heads), spans(negatives), spans(focus));
    Found {
        heads,
        negatives,
        series,
        focus,
    }
}

/// `word` (or phrase) is an exercise head ("exercises", "war games"),
/// compared ASCII case-insensitively.
#[cfg(test)]
pub(crate) fn is_exercise_head(word: &str) -> bool {
    EXERCISE_HEADS.iter().any(|h| h.eq_ignore_ascii_case(word))
}

/// Spans of exercise head words and phrases in `text`, longest first at each
/// place ("command post exercise" rather than "exercise").
#[cfg(test)]
pub(crate) fn find_exercise_heads(text: &str, words: &WordStarts) -> Vec<(usize, usize)> {
    find_all(text, words).heads
}

/// Spans of phrases that rule out a military exercise ("fire drill",
/// "exercise restraint", "civil defence").
#[cfg(test)]
pub(crate) fn find_negative_contexts(text: &str, words: &WordStarts) -> Vec<(usize, usize)> {
    find_all(text, words).negatives
}

/// A known series name found in text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct SeriesMatch {
    /// First byte of the name.
    pub start: usize,
    /// One past its last byte (before any "-2019" suffix).
    pub end: usize,
    /// Canonical name of the series.
    pub name: &'static str,
    /// See [`Series::needs_context`].
    pub needs_context: bool,
}

/// Every upper-case ASCII letter of `pattern` that starts a word is upper case
/// in `found` too (so "red flag" is not "Red Flag").
fn capitals_match(pattern: &str, found: &str) -> bool {
    let (p, f) = (pattern.as_bytes(), found.as_bytes());
    p.len() == f.len()
        && p.iter().enumerate().all(|(i, &b)| {
            let word_start = i == 0 || !p[i - 1].is_ascii_alphanumeric();
            !(word_start && b.is_ascii_uppercase()) || f[i].is_ascii_uppercase()
        })
}

/// Known exercise series named in `text`, left to right.
#[cfg(test)]
pub(crate) fn known_series(text: &str, words: &WordStarts) -> Vec<SeriesMatch> {
    find_all(text, words).series
}

/// The canonical series name for `name` as written ("Talisman Saber" ->
/// "Talisman Sabre"), ASCII case-insensitive.
pub(crate) fn series_by_name(name: &str) -> Option<&'static Series> {
    // Folded, so a lookup needs no lower-case copy of the name.
    static BY_NAME: LazyLock<WordMap<&'static Series>> = LazyLock::new(|| {
        let mut map = WordMap::new(true);
        for e in SERIES {
            for n in std::iter::once(&e.name).chain(e.aliases.iter()) {
                map.entry(n.as_bytes(), || e);
            }
        }
        map
    });
    BY_NAME.get(name.as_bytes()).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<(&str, &'static str, bool)> {
        known_series(text, &WordStarts::new(text))
            .into_iter()
            .map(|m| (&text[m.start..m.end], m.name, m.needs_context))
            .collect()
    }

    #[test]
    fn heads() {
        assert!(is_exercise_head("Exercises"));
        assert!(is_exercise_head("war games"));
        assert!(!is_exercise_head("games"));
        assert!(!is_exercise_head("training"));
        let t = "a command post exercise and joint drills, not exercisers";
        let got: Vec<&str> = find_exercise_heads(t, &WordStarts::new(t))
            .into_iter()
            .map(|(s, e)| &t[s..e])
            .collect();
        assert_eq!(got, ["command post exercise", "drills"]);
    }

    #[test]
    fn negatives() {
        let t = "The school held a Fire Drill; both sides must exercise restraint.";
        let got: Vec<&str> = find_negative_contexts(t, &WordStarts::new(t))
            .into_iter()
            .map(|(s, e)| &t[s..e])
            .collect();
        assert_eq!(got, ["Fire Drill", "exercise restraint"]);
    }

    #[test]
    fn series() {
        assert_eq!(
            names("the Steppe Eagle-2015 exercise and \"Regional Cooperation\""),
            [
                ("Steppe Eagle", "Steppe Eagle", false),
                ("Regional Cooperation", "Regional Cooperation", true)
            ]
        );
        assert_eq!(
            names("Talisman Saber and RIMPAC, Rimpac"),
            [
                ("Talisman Saber", "Talisman Sabre", false),
                ("RIMPAC", "RIMPAC", false),
                ("Rimpac", "RIMPAC", false)
            ]
        );
        assert!(names("a red flag and regional cooperation, Zapadnaya").is_empty());
        assert_eq!(
            names("Ulchi-Freedom Guardian"),
            [("Ulchi-Freedom Guardian", "Ulchi Freedom Shield", false)]
        );
        assert_eq!(series_by_name("kazind").map(|s| s.name), Some("Kazind"));
    }

    #[test]
    fn no_panic_on_unicode() {
        let t = "\u{212A}azind é Vostok中 Steppe Eagle\u{212A}";
        let w = WordStarts::new(t);
        let _ = known_series(t, &w);
        let _ = find_exercise_heads(t, &w);
        let _ = find_negative_contexts(t, &w);
    }

    #[test]
    fn no_duplicate_names() {
        let mut all: Vec<String> = SERIES
            .iter()
            .flat_map(|e| std::iter::once(e.name).chain(e.aliases.iter().copied()))
            .map(str::to_ascii_lowercase)
            .collect();
        let n = all.len();
        all.sort();
        all.dedup();
        assert_eq!(all.len(), n);
    }
}
