//! Titles of officials as data, and a matcher over them.
//!
//! Two kinds of title are listed: *positions* ("Defense Minister", "Chief of the
//! General Staff", "Ambassador") and military *ranks* ("Lieutenant-General",
//! "Maj. Gen."). One [`PhraseTable`] (ASCII case-insensitive, longest form
//! first at each word start) holds every form; it is built once.
//!
//! Matching rules:
//! * whole words only: the byte before the match and the char after it are not
//!   letters or digits;
//! * positions match in any case ("defence minister" counts), except a few
//!   common nouns ("Head", "Speaker", "Chief", "Chair") that need a capital;
//! * ranks need a capital first letter ("major exercise" is not a rank);
//! * a few capitalised non-titles that start with a rank word ("General Staff",
//!   "General Assembly") are blocked.
//!
//! Position forms are also generated with the modifiers "Acting", "Deputy",
//! "First Deputy", "Assistant", "Vice" and a few more, so "Acting Deputy Defense
//! Minister" is one title.
//!
//! [`find_titles_at`] also extends a position over the qualifiers that belong to the
//! role ("of the International Cooperation Department", "for Defence Policy")
//! and reports the country qualifier ("of the Republic of Kazakhstan")
//! separately; see [`extend`] for the heuristic.

use std::collections::HashSet;
use std::sync::LazyLock;

use crate::scan::{PhraseTable, PrefixGate, WordStart, WordStarts};

/// What a title names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TitleKind {
    /// An office or function: "Defense Minister", "Ambassador", "Commander".
    Position,
    /// A military rank: "Lieutenant-General", "Col.".
    Rank,
}

/// A title found in text. Offsets are byte offsets into the searched text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct TitleMatch {
    /// First byte of the title.
    pub start: usize,
    /// One past the last byte of the lexicon phrase ("Deputy Minister of Defense").
    pub end: usize,
    /// One past the last byte of the role as written, including qualifiers that
    /// belong to the role ("Head of the International Cooperation Department")
    /// but not the country qualifier. Always `>= end`.
    pub role_end: usize,
    /// Span of the country/organisation qualifier words ("Kazakhstan", "the
    /// Republic of Kazakhstan", "the Turkish Republic"), unverified: the caller
    /// checks it against its country lexicon.
    pub qualifier: Option<(usize, usize)>,
    /// Position or rank.
    pub kind: TitleKind,
    /// A plural office ("the Defence Ministers of Ghana and Togo, A and B"):
    /// where the plural "s" stands, left out of the role of each person.
    pub plural_at: Option<usize>,
    /// Where a service written before the title starts when the title is
    /// read without it ("Army" in "Indonesian Army Chief of Staff"): the
    /// caller decides whether it names the office or ends an organisation
    /// ("People's Liberation Army Chief of General Staff").
    pub service: Option<usize>,
}

/// Internal classification of a lexicon phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Title(TitleKind),
    /// A position's phrase with a plural "s" this many bytes after its
    /// start: "Defence Ministers", "Chiefs of Army Staff".
    Plural(usize),
    /// Not a title, listed so that its rank-like first word is not matched.
    Block,
}

/// One lexicon phrase.
struct Entry {
    words: &'static str,
    kind: TitleKind,
    /// The first letter of the phrase must be upper case in the text.
    cap: bool,
}

const fn pos(words: &'static str) -> Entry {
    Entry {
        words,
        kind: TitleKind::Position,
        cap: false,
    }
}

const fn pos_cap(words: &'static str) -> Entry {
    Entry {
        words,
        kind: TitleKind::Position,
        cap: true,
    }
}

const fn rank(words: &'static str) -> Entry {
    Entry {
        words,
        kind: TitleKind::Rank,
        cap: true,
    }
}

/// Positions. Each also gets the [`MODIFIERS`] forms.
static POSITIONS: &[Entry] = &[
    // Ministers.
    pos("Minister"),
    pos("Defense Minister"),
    pos("Defence Minister"),
    pos("Minister of Defense"),
    pos("Minister of Defence"),
    pos("National Defense Minister"),
    pos("National Defence Minister"),
    // Hindi for Defence Minister, as Indian copy writes it.
    pos_cap("Raksha Mantri"),
    // Service chiefs' abbreviations written as titles ("COAS General X",
    // South Asian, Nigerian and Ghanaian copy).
    pos_cap("COAS"),
    pos_cap("CJCSC"),
    pos_cap("CNS"),
    pos_cap("CDS"),
    pos_cap("CDF"),
    pos_cap("CGS"),
    pos_cap("GOC"),
    pos_cap("GOC-in-C"),
    pos("Minister of National Defense"),
    pos("Minister of National Defence"),
    pos("Minister of Foreign Affairs"),
    pos("Foreign Minister"),
    pos("Foreign Affairs Minister"),
    pos("Minister for Foreign Affairs"),
    pos("Minister of State"),
    pos("External Affairs Minister"),
    pos("Minister of External Affairs"),
    pos("Home Minister"),
    pos("Finance Minister"),
    pos("Interior Minister"),
    pos("Minister of Internal Affairs"),
    pos("Minister of the Interior"),
    pos("Minister of Emergency Situations"),
    pos("Prime Minister"),
    pos("Chief of Defence Forces"),
    pos("Chief of Defence Force"),
    pos("Chief of the Defence Force"),
    pos("Chief of the Defence Forces"),
    // Secretaries.
    pos("Secretary"),
    pos("Secretary of Defense"),
    pos("Secretary of Defence"),
    pos("Defense Secretary"),
    pos("Defence Secretary"),
    pos("Secretary of State"),
    pos("State Secretary"),
    pos("Foreign Secretary"),
    pos("Home Secretary"),
    pos("Press Secretary"),
    pos("Permanent Secretary"),
    // Kenya's ministers and their civil-service heads.
    pos("Cabinet Secretary"),
    pos("Defence Cabinet Secretary"),
    pos("Defense Cabinet Secretary"),
    pos("Principal Secretary"),
    pos("Secretary General"),
    pos("Secretary-General"),
    pos("General Secretary"),
    pos("Under Secretary"),
    pos("Under-Secretary"),
    pos("Undersecretary"),
    pos("Secretary of the Army"),
    pos("Secretary of the Navy"),
    pos("Secretary of the Air Force"),
    pos("Army Secretary"),
    pos("Navy Secretary"),
    pos("Air Force Secretary"),
    pos("Security Council Secretary"),
    // Chiefs of staff.
    pos_cap("Chief"),
    pos("Chief of Staff"),
    pos("Chief of the General Staff"),
    pos("Chief of General Staff"),
    pos("Chief of the Defence Staff"),
    pos("Chief of the Defense Staff"),
    pos("Chief of Defence Staff"),
    pos("Chief of Defense Staff"),
    pos("Chief of Defence"),
    pos("Chief of Defense"),
    pos("Chief of the Defence Force"),
    pos("Chief of Defence Force"),
    pos("Chief of Army Staff"),
    pos("Chief of the Army Staff"),
    pos("Chief of Naval Staff"),
    pos("Chief of the Naval Staff"),
    pos("Chief of Air Staff"),
    pos("Chief of the Air Staff"),
    pos("Chief of Naval Operations"),
    pos("Chief of the National Guard Bureau"),
    pos("Chairman of the Joint Chiefs of Staff"),
    pos("Chairman of the Joint Chiefs"),
    pos("Joint Chiefs Chairman"),
    pos("Chairman"),
    pos("Chairwoman"),
    pos_cap("Chair"),
    // Commissioners (of the AU, the EU, the UN).
    pos("Commissioner"),
    pos("High Commissioner"),
    // Commanders.
    pos("Commander"),
    pos("Commander-in-Chief"),
    pos("Commander in Chief"),
    pos("Supreme Allied Commander"),
    pos("Supreme Allied Commander Europe"),
    pos("Supreme Allied Commander Transformation"),
    pos("Commanding General"),
    pos("Commanding Officer"),
    pos("Wing Commander"),
    pos("Lieutenant Commander"),
    // Heads and directors.
    pos_cap("Head"),
    pos("Director"),
    pos("Director General"),
    pos("Director-General"),
    pos("Inspector General"),
    pos("Inspector-General"),
    pos("Governor"),
    pos("Adjutant General"),
    // Diplomats.
    pos("Ambassador"),
    pos("Ambassador Extraordinary and Plenipotentiary"),
    pos("Ambassador-at-Large"),
    pos("Ambassador at Large"),
    pos("Envoy"),
    pos("Special Envoy"),
    pos("Special Representative"),
    pos("Permanent Representative"),
    pos("Charge d'Affaires"),
    pos("Chargé d'Affaires"),
    pos("Attache"),
    pos("Attaché"),
    pos("Defense Attache"),
    pos("Defense Attaché"),
    pos("Defence Attache"),
    pos("Defence Attaché"),
    pos("Military Attache"),
    pos("Military Attaché"),
    pos("Air Attache"),
    pos("Air Attaché"),
    pos("Naval Attache"),
    pos("Naval Attaché"),
    pos("Consul General"),
    pos("Consul"),
    // Heads of state and government, parliament.
    pos("President"),
    pos("Vice President"),
    pos("Vice-President"),
    pos("President of the Parliament"),
    pos("National Security Adviser"),
    pos("National Security Advisor"),
    pos("Security Adviser"),
    pos("Security Advisor"),
    pos("Adviser"),
    pos("Advisor"),
    pos("King"),
    pos("Queen"),
    pos("Emir"),
    pos("Amir"),
    pos("Crown Prince"),
    pos("State Councillor"),
    pos("State Councilor"),
    pos_cap("Prince"),
    pos("Sultan"),
    pos_cap("Speaker"),
    pos("Senator"),
    pos("Spokesman"),
    pos("Spokeswoman"),
    pos("Spokesperson"),
    pos("Press Officer"),
    pos("Representative"),
];

/// Modifiers generated in front of every position.
static MODIFIERS: &[&str] = &[
    "Acting",
    "Deputy",
    "First Deputy",
    "Acting Deputy",
    "Principal Deputy",
    "Deputy Assistant",
    "Principal Deputy Assistant",
    "Assistant",
    "Vice",
    "Vice-",
    "Senior",
    "Chief",
    // "State Minister of Defence" (Sri Lanka, Bangladesh, Japan).
    "State",
];

/// Military ranks (capital first letter required).
static RANKS: &[Entry] = &[
    rank("General"),
    rank("Gen."),
    rank("Gen"),
    rank("Army General"),
    rank("General of the Army"),
    rank("Lieutenant General"),
    rank("Lieutenant-General"),
    rank("Lt. Gen."),
    rank("Lt.Gen."),
    rank("Lt Gen"),
    rank("Lieut. Gen"),
    rank("Sen. Lieut. Gen"),
    rank("Snr Lt Gen"),
    rank("Senior Lieutenant-General"),
    rank("Lt-Gen"),
    rank("Lt.-Gen."),
    rank("Major General"),
    rank("Major-General"),
    rank("Maj. Gen."),
    rank("Maj.Gen."),
    rank("Maj Gen"),
    rank("Maj-Gen"),
    rank("Brigadier General"),
    rank("Brigadier-General"),
    rank("Brig. Gen."),
    rank("Brig.Gen."),
    rank("Brig Gen"),
    rank("Brigadier"),
    rank("Brig."),
    rank("Colonel General"),
    rank("Colonel-General"),
    rank("Col. Gen."),
    rank("Colonel"),
    rank("Col."),
    rank("Lieutenant Colonel"),
    rank("Lieutenant-Colonel"),
    rank("Lt. Col."),
    rank("Lt.Col."),
    rank("Lt Col"),
    rank("Lt-Col"),
    rank("Major"),
    rank("Maj."),
    rank("Captain"),
    rank("Capt."),
    rank("Capt"),
    rank("Group Captain"),
    rank("Navy Captain"),
    rank("Lieutenant"),
    rank("Lt."),
    rank("First Lieutenant"),
    rank("1st Lt."),
    rank("Second Lieutenant"),
    rank("2nd Lt."),
    rank("Flight Lieutenant"),
    rank("Squadron Leader"),
    rank("Lt. Cmdr."),
    rank("Lt. Cdr."),
    rank("Cmdr."),
    rank("Cdr."),
    rank("Admiral"),
    rank("Adm."),
    rank("Fleet Admiral"),
    rank("Vice Admiral"),
    rank("Vice-Admiral"),
    rank("Vice Adm."),
    rank("Rear Admiral"),
    rank("Rear-Admiral"),
    rank("Rear Adm."),
    rank("Commodore"),
    rank("Air Commodore"),
    rank("Marshal"),
    rank("Field Marshal"),
    rank("Air Marshal"),
    rank("Air Vice Marshal"),
    rank("Air Vice-Marshal"),
    rank("Air Chief Marshal"),
    rank("Sergeant"),
    rank("Sgt."),
    rank("Staff Sergeant"),
    rank("Staff Sgt."),
    rank("Master Sergeant"),
    rank("Master Sgt."),
    rank("Senior Master Sergeant"),
    rank("Chief Master Sergeant"),
    rank("Sergeant First Class"),
    rank("Sgt. 1st Class"),
    rank("First Sergeant"),
    rank("Sergeant Major"),
    rank("Sgt. Maj."),
    rank("Command Sergeant Major"),
    rank("Command Sgt. Maj."),
    rank("Corporal"),
    rank("Cpl."),
    rank("Warrant Officer"),
    rank("Chief Warrant Officer"),
    // Variants across English styles: "Lieut.", Commonwealth abbreviations
    // without dots, CIS "General-Colonel", Vietnamese "Senior Lieutenant General".
    // A dot after the first word only, or the last only ("Lt. Gen X", "Maj Gen. X").
    rank("Lt. Gen"),
    rank("Lt Gen."),
    rank("Maj. Gen"),
    rank("Maj Gen."),
    rank("Brig. Gen"),
    rank("Brig Gen."),
    rank("Lt. Col"),
    rank("Lt Col."),
    rank("Col. Gen"),
    rank("Vice Adm"),
    rank("Rear Adm"),
    rank("Lieut. Gen."),
    rank("Lieut.-Gen."),
    rank("Lieut Gen"),
    rank("Lt General"),
    rank("Maj General"),
    rank("Senior Lieutenant General"),
    rank("Sen. Lieut. Gen."),
    rank("Sr. Lt. Gen."),
    rank("Lt Cdr"),
    rank("Lt Cmdr"),
    rank("Cdr"),
    rank("Cmdr"),
    rank("Cdre"),
    rank("Gp Capt"),
    rank("Wg Cdr"),
    rank("Sqn Ldr"),
    rank("Flt Lt"),
    rank("Vice Adm"),
    rank("Rear Adm"),
    rank("Adm"),
    rank("Col"),
    rank("Col Gen"),
    rank("Brig Gen"),
    rank("Maj"),
    rank("Lt"),
    rank("General-Colonel"),
    rank("General-Lieutenant"),
    rank("General-Major"),
    rank("Admiral of the Fleet"),
    rank("Air Vice Marshal"),
    rank("Commandant"),
    // Myanmar, Chinese and Vietnamese ranks in English copy.
    rank("Senior General"),
    rank("Vice-Senior General"),
    rank("Vice Senior General"),
    rank("Senior Colonel"),
    rank("Senior Captain"),
    rank("Senior Lieutenant"),
    rank("Senior Lieutenant Colonel"),
    rank("Vice-Senior General"),
    rank("Vice Senior General"),
];

/// Honorifics and styles written between a title and a name ("Chief of
/// Defence His Excellency General X", "Senator the Hon X", "Tan Sri Dato'
/// Haji X"): part of neither the role nor the name. Longest first where one
/// ends another.
pub(crate) static HONORIFICS: &[&str] = &[
    "His Excellency",
    "Her Excellency",
    "His Royal Highness",
    "His Majesty",
    "Her Majesty",
    "His Highness",
    "Her Highness",
    "H.E.",
    "H. E.",
    "H E",
    "HE",
    "the Honourable",
    "the Honorable",
    "the Hon.",
    "the Hon",
    "Honourable",
    "Honorable",
    "Hon.",
    "Hon",
    "Rt. Hon.",
    "Rt Hon",
    "Mr.",
    "Mr",
    "Mrs.",
    "Mrs",
    "Ms.",
    "Ms",
    "Dr.",
    "Dr",
    "Prof.",
    "Professor",
    "Engr.",
    "Engr",
    "Sir",
    "Dame",
    "Tan Sri",
    "Datuk Seri",
    "Dato' Seri",
    "Dato' Sri",
    "Dato Sri",
    "Dato'",
    "Dato",
    "Datuk",
    "Dató",
    "Haji",
    "Hajjah",
    "Sheikh",
    "Shaikh",
    "Sheikha",
    // Indian styles.
    "Hon'ble",
    "Hon\u{2019}ble",
    "Smt.",
    "Smt",
    "Shri",
    "Pehin",
    "Yang Berhormat",
    "YB",
    // Bruneian styles.
    "Dato Seri Paduka",
    "Dato Paduka",
    "Pengiran",
    "Yang Mulia",
    // Cambodian styles ("Samdech Akka Moha Sena Padei Techo Sok Vanna").
    "Samdech Akka Moha Sena Padei Techo",
    "Samdech Akka Moha Sena Padei",
    "Samdech Pichey Sena",
    "Samdech Techo",
    "Samdech",
    "Lok Chumteav",
    // West African and Omani styles.
    "Alhaji",
    "Alhaja",
    "Sayyid",
    // Burmese styles ("U Myint Soe", "Daw Khin Aye"); "U" only before a
    // word, not an initial ("U K Singh").
    "U",
    "Daw",
];

/// The first and the last words of the [`HONORIFICS`]: a word that is
/// neither starts or ends none, and the list is not scanned (most
/// capitalised words are names and titles, not honorifics).
static HONORIFIC_EDGES: LazyLock<(HashSet<&'static str>, HashSet<&'static str>)> =
    LazyLock::new(|| {
        let first = HONORIFICS
            .iter()
            .filter_map(|h| h.split(' ').next())
            .collect();
        let last = HONORIFICS
            .iter()
            .filter_map(|h| h.rsplit(' ').next())
            .collect();
        (first, last)
    });

/// `word` is the first word of an honorific ("Sheikh", "Dr", "His").
pub(crate) fn is_honorific_word(word: &str) -> bool {
    HONORIFIC_EDGES.0.contains(word)
}

/// Where the honorifics that start at `pos` end (with the spaces after
/// them); `pos` when none does. A honorific must be followed by a space.
pub(crate) fn skip_honorifics_forward(text: &str, mut pos: usize) -> usize {
    loop {
        let tail = text.get(pos..).unwrap_or("");
        let first_word = tail.split(' ').next().unwrap_or("");
        if !HONORIFIC_EDGES.0.contains(first_word) {
            return pos;
        }
        let Some(h) = HONORIFICS
            .iter()
            .filter(|h| tail.strip_prefix(**h).is_some_and(|r| r.starts_with(' ')))
            .max_by_key(|h| h.len())
        else {
            return pos;
        };
        let next_word = tail[h.len()..]
            .trim_start_matches(' ')
            .split(' ')
            .next()
            .unwrap_or("");
        if h.len() == 1 && next_word.chars().filter(|c| c.is_alphabetic()).count() < 2 {
            return pos;
        }
        pos += h.len();
        pos += text.get(pos..).unwrap_or("").len()
            - text.get(pos..).unwrap_or("").trim_start_matches(' ').len();
    }
}

/// Where the honorifics that end at `pos` start (spaces between them
/// skipped); `pos` when none does. A honorific must start a word.
pub(crate) fn skip_honorifics_back(text: &str, mut pos: usize) -> usize {
    loop {
        let head = text.get(..pos).unwrap_or("").trim_end_matches(' ');
        let last_word = head.rsplit([' ', ',', '(', '\n']).next().unwrap_or("");
        if !HONORIFIC_EDGES.1.contains(last_word) {
            return pos;
        }
        let Some(h) = HONORIFICS.iter().find(|h| {
            head.strip_suffix(**h)
                .is_some_and(|rest| rest.is_empty() || rest.ends_with([' ', ',', '(', '\n']))
        }) else {
            return pos;
        };
        pos = head.len() - h.len();
    }
}

/// Capitalised phrases that start like a rank but are not titles.
static BLOCKED: &[&str] = &[
    "General Staff",
    "General Assembly",
    "General Directorate",
    "General Department",
    "General Administration",
    "General Command",
    "General Dynamics",
    "General Electric",
    "General Atomics",
    "General Prosecutor",
    "Major League",
];

/// Per-phrase data kept next to the phrase table.
struct PatternInfo {
    class: Class,
    /// Byte offset (within the pattern) of the letter that must be upper case.
    cap_at: Option<usize>,
}

/// Services and branches written before an office: "Navy Chief", "army
/// commander", "land forces commander", "Defence Adviser".
static SERVICES: &[&str] = &[
    "Army",
    "Navy",
    "Naval",
    "Air Force",
    "Land Forces",
    "Ground Forces",
    "Naval Forces",
    "Marine Corps",
    "Coast Guard",
    "Border Guard",
    "Defence",
    "Defense",
    "Military",
    "Armed Forces",
    "Defence Forces",
    "Defense Forces",
    "Defence Force",
    "Defense Force",
    "Self-Defense Force",
    "Self-Defence Force",
    "Self-Defense Forces",
    "Self-Defence Forces",
    "National Guard",
];

/// Offices written after a service, in any case ("Indian Navy chief X").
static SERVICE_HEADS: &[&str] = &["Chief", "Commander", "Adviser", "Advisor"];

struct Matcher {
    /// Phrase ids index `info`.
    table: PhraseTable,
    info: Vec<PatternInfo>,
}

static MATCHER: LazyLock<Matcher> = LazyLock::new(build_matcher);

fn build_matcher() -> Matcher {
    let mut patterns: Vec<String> = Vec::new();
    let mut info: Vec<PatternInfo> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut push = |p: String, i: PatternInfo| {
        if seen.insert(p.to_ascii_lowercase()) {
            patterns.push(p);
            info.push(i);
        }
    };
    for e in POSITIONS {
        let class = Class::Title(e.kind);
        push(
            e.words.to_string(),
            PatternInfo {
                class,
                cap_at: e.cap.then_some(0),
            },
        );
        // "Chiefs of Army Staff", "Ministers of Defence": the head's plural
        // before "of".
        if let Some((head, rest)) = e.words.split_once(" of ") {
            if PLURAL_HEADS.contains(&head) {
                push(
                    format!("{head}s of {rest}"),
                    PatternInfo {
                        class: Class::Plural(head.len()),
                        cap_at: e.cap.then_some(0),
                    },
                );
            }
        }
        for m in MODIFIERS {
            let prefix = if m.ends_with('-') {
                (*m).to_string()
            } else {
                format!("{m} ")
            };
            push(
                format!("{prefix}{}", e.words),
                PatternInfo {
                    class,
                    cap_at: e.cap.then_some(prefix.len()),
                },
            );
        }
    }
    for s in SERVICES {
        for h in SERVICE_HEADS {
            push(
                format!("{s} {h}"),
                PatternInfo {
                    class: Class::Title(TitleKind::Position),
                    cap_at: None,
                },
            );
        }
    }
    for e in RANKS {
        push(
            e.words.to_string(),
            PatternInfo {
                class: Class::Title(e.kind),
                cap_at: e.cap.then_some(0),
            },
        );
    }
    for b in BLOCKED {
        push(
            (*b).to_string(),
            PatternInfo {
                class: Class::Block,
                cap_at: Some(0),
            },
        );
    }
    let table = PhraseTable::new(patterns.iter().map(String::as_str), true);
    Matcher { table, info }
}

/// Letters and digits make words.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

fn char_before(text: &str, pos: usize) -> Option<char> {
    text.get(..pos).and_then(|s| s.chars().next_back())
}

fn char_at(text: &str, pos: usize) -> Option<char> {
    text.get(pos..).and_then(|s| s.chars().next())
}

/// `pos` is a char boundary that starts a word.
fn is_word_start(text: &str, pos: usize) -> bool {
    text.is_char_boundary(pos)
        && char_at(text, pos).is_some_and(is_word_char)
        && !char_before(text, pos).is_some_and(is_word_char)
}

/// A match ending at `end` ends a word.
fn ends_word(text: &str, end: usize) -> bool {
    text.is_char_boundary(end) && !char_at(text, end).is_some_and(is_word_char)
}

/// The longest lexicon phrase starting at `pos` that is a whole-word match,
/// with its class. Tries shorter phrases when the longest one fails a check.
fn phrase_at(text: &str, pos: usize) -> Option<(usize, Class)> {
    if !is_word_start(text, pos) {
        return None;
    }
    first_phrase(text, pos, MATCHER.table.at(text, pos))
}

/// [`phrase_at`] a word start whose end is known.
fn phrase_at_start(text: &str, w: &WordStart) -> Option<(usize, Class)> {
    if !is_word_start(text, w.pos()) {
        return None;
    }
    first_phrase(text, w.pos(), MATCHER.table.at_start(text, w))
}

/// The first of `found` (the table's phrases at `pos`, longest first) that
/// ends a word and has its capital.
fn first_phrase(
    text: &str,
    pos: usize,
    mut found: impl Iterator<Item = (usize, usize)>,
) -> Option<(usize, Class)> {
    let m = &*MATCHER;
    found.find_map(|(end, id)| {
        let info = &m.info[id];
        let cap_ok = match info.cap_at {
            None => true,
            Some(off) => {
                text.as_bytes()
                    .get(pos + off)
                    .is_some_and(|b| b.is_ascii_uppercase())
                    // "the deputy chief of International Affairs": a common
                    // noun in lower case is a title when a name of what it
                    // heads follows.
                    || (info.class == Class::Title(TitleKind::Position)
                        && lit_at(text, end, " of ")
                            .and_then(|a| char_at(text, a))
                            .is_some_and(char::is_uppercase))
            }
        };
        if cap_ok && ends_word(text, end) && !is_given_name(text, pos, end) {
            return Some((end, info.class));
        }
        // "Defence Ministers", "Chiefs of Staff" are read by the caller as plurals.
        (cap_ok && info.class == Class::Title(TitleKind::Position) && plural_end(text, end))
            .then_some((end + 1, Class::Plural(end - pos)))
    })
}

/// Titles that are also common given names: "the Amir of Kuwait" and
/// "Amir Sheikh Tamim" are titles, "Defence Minister Amir Hatami" is a name.
static GIVEN_NAME_TITLES: &[&str] = &["Amir"];

/// The title at `pos..end` is part of a name: one of [`GIVEN_NAME_TITLES`]
/// followed by a capitalised word that is not a honorific ("Amir Nasiri"),
/// or after a capitalised word that names no state ("Yusuf Amir", not
/// "Kuwaiti Amir" or "Qatar's Amir").
fn is_given_name(text: &str, pos: usize, end: usize) -> bool {
    let word = &text[pos..end];
    if !GIVEN_NAME_TITLES.contains(&word) {
        return false;
    }
    let capitalised = |w: &str| w.starts_with(|c: char| c.is_uppercase());
    let next_word = text[end..]
        .strip_prefix(' ')
        .map_or("", |n| n.split([' ', ',', '.']).next().unwrap_or(""));
    let prev_word = text[..pos]
        .strip_suffix(' ')
        .map_or("", |p| p.rsplit([' ', ',', '(', '\n']).next().unwrap_or(""));
    (capitalised(next_word) && !is_honorific_word(next_word))
        || (capitalised(prev_word)
            && ![
                "The", "A", "An", "This", "That", "His", "Her", "Its", "Their", "Our",
            ]
            .contains(&prev_word)
            && prev_word.chars().all(char::is_alphabetic)
            && crate::lexicon::countries::lookup(prev_word).is_none()
            && title_phrase_at(text, pos - prev_word.len() - 1).is_none())
}

/// Offices whose plural is the word and "s".
static PLURAL_HEADS: &[&str] = &[
    "Minister",
    "Chief",
    "Commander",
    "Ambassador",
    "Attache",
    "Attaché",
    "Adviser",
    "Advisor",
    "Director",
];

/// `end` closes one of [`PLURAL_HEADS`] and an "s" follows it, ending a word.
fn plural_end(text: &str, end: usize) -> bool {
    text.as_bytes().get(end) == Some(&b's')
        && ends_word(text, end + 1)
        && PLURAL_HEADS.iter().any(|h| {
            end >= h.len()
                && text
                    .get(end - h.len()..end)
                    .is_some_and(|w| w.eq_ignore_ascii_case(h))
        })
}

/// [`find_titles_at`] over every word start of `text`.
#[cfg(test)]
pub(crate) fn find_titles(text: &str) -> Vec<TitleMatch> {
    find_titles_at(text, &WordStarts::new(text))
}

/// The word starts where a title (or a blocked phrase) may begin.
pub(crate) fn gate() -> &'static PrefixGate {
    MATCHER.table.gate()
}

/// Every title in `text`, left to right, non-overlapping, at the word
/// starts `words` (which must include those [`gate`] admits). Each position
/// is extended as in [`extend`]; the scan resumes after the role and its
/// qualifier, so the rank in "Deputy Minister of Defense of the Republic of
/// Kazakhstan Lieutenant-General Talgat Mukhtarov" is a second match.
pub(crate) fn find_titles_at(text: &str, words: &WordStarts) -> Vec<TitleMatch> {
    let mut out = Vec::new();
    let mut next = 0;
    let m = &*MATCHER;
    // Only word starts that some phrase's first bytes allow are tried, anchored.
    for w in m.table.words(words, 0) {
        let i = w.pos();
        if i < next {
            continue;
        }
        match phrase_at_start(text, w) {
            Some((end, Class::Plural(s_at))) => {
                let mut t = extend(text, i, end, TitleKind::Position);
                t.plural_at = Some(i + s_at);
                // "the Defence Ministers of Ghana and Togo": both states.
                if let Some((qs, qe)) = t.qualifier {
                    let more = lit_at(text, qe, " and ").and_then(|a| cap_run_at(text, a));
                    if let Some((words, possessive)) = more {
                        t.qualifier = Some((qs, state_name_end(text, &words, possessive)));
                    }
                }
                next = t.qualifier.map_or(t.role_end, |(_, q)| q.max(t.role_end));
                out.push(t);
            }
            Some((end, Class::Title(kind))) => {
                let (head, end) = service_or_longer_head(text, i, end);
                let mut t = extend(text, head, end, kind);
                t.service = (head > i).then_some(i);
                next = t.qualifier.map_or(t.role_end, |(_, q)| q.max(t.role_end));
                out.push(t);
            }
            Some((end, Class::Block)) => next = end,
            None => {}
        }
    }
    out
}

/// "Navy Chief" at `start..end` is one title, unless the office after the
/// service is a longer title of its own: "People's Liberation Army Chief of
/// General Staff" has the role "Chief of General Staff".
fn service_or_longer_head(text: &str, start: usize, end: usize) -> (usize, usize) {
    let Some(len) = SERVICES
        .iter()
        .find(|s| lit_at(text, start, s).is_some_and(|e| text[e..].starts_with(' ')))
        .map(|s| s.len() + 1)
    else {
        return (start, end);
    };
    match phrase_at(text, start + len) {
        Some((head_end, Class::Title(_) | Class::Plural(_))) if head_end > end => {
            (start + len, head_end)
        }
        _ => (start, end),
    }
}

/// The title phrase starting at `pos`, unextended: (end, kind). Used by the
/// name grammar to stop before titles.
pub(crate) fn title_phrase_at(text: &str, pos: usize) -> Option<(usize, TitleKind)> {
    match phrase_at(text, pos)? {
        (end, Class::Title(kind)) => Some((end, kind)),
        (end, Class::Plural(_)) => Some((end, TitleKind::Position)),
        (_, Class::Block) => None,
    }
}

/// Words ending an organisation name that belongs to the role.
/// Last words of a second field of one office: "Minister of Defense and
/// Military Production", "Minister of Defence and Aviation".
static FIELD_HEADS: &[&str] = &[
    "Affairs",
    "Production",
    "Industry",
    "Industries",
    "Aviation",
    "Procurement",
    "Logistics",
    "Security",
    "Development",
    "Planning",
];

static ORG_HEADS: &[&str] = &[
    "Department",
    "Ministry",
    "Command",
    "Staff",
    "Staffs",
    "Chiefs",
    "Forces",
    "Force",
    "Army",
    "Navy",
    "Guard",
    "Guards",
    "Corps",
    "Marines",
    "Fleet",
    "Flotilla",
    "Committee",
    "Commission",
    "Council",
    "Office",
    "Directorate",
    "Agency",
    "Service",
    "Services",
    "Administration",
    "Division",
    "Brigade",
    "Regiment",
    "Battalion",
    "Squadron",
    "Wing",
    "Group",
    "District",
    "Region",
    "Academy",
    "University",
    "College",
    "School",
    "Institute",
    "Center",
    "Centre",
    "Bureau",
    "Branch",
    "Unit",
    "Units",
    "Policy",
    "Homeland",
    "Affairs",
    "Security",
    "Operations",
    "Cooperation",
    "Intelligence",
    "Logistics",
    "Acquisition",
    "Sustainment",
    "Readiness",
    "Personnel",
    "Defense",
    "Defence",
    "Industry",
    "Parliament",
    "Senate",
    "Assembly",
    "Congress",
    "Duma",
    "Majlis",
    "Mazhilis",
    "Mazhilisi",
    "Cabinet",
    "Government",
    "Board",
    "Embassy",
    "Mission",
    "Delegation",
    "Headquarters",
    "Secretariat",
    "Organization",
    "Organisation",
    "Alliance",
    "Base",
    "Station",
    "Area",
    "Zone",
    "Theater",
    "Theatre",
    "Programs",
    "Programmes",
    "Plans",
    "Affairs",
    "Training",
    "Education",
    "Armaments",
    "Armament",
    "Justice",
    "Interior",
    "Finance",
    "Health",
    "Development",
    "Relations",
    "Integration",
    "Emergencies",
    "Situations",
    "Research",
];

/// Words ending a state name that may continue with " of \[the\] X".
static STATE_HEADS_OF: &[&str] = &[
    "Republic",
    "States",
    "Kingdom",
    "Federation",
    "Commonwealth",
    "Sultanate",
    "Principality",
    "Emirates",
    "Duchy",
    "Islands",
    "State",
];

/// Second parts of "X and Y" state names.
static AND_TAILS: &[&str] = &[
    "Herzegovina",
    "Tobago",
    "Barbuda",
    "Nevis",
    "Principe",
    "Príncipe",
    "Grenadines",
    "Caicos",
    "Futuna",
];

/// A word that ends an organisation's name: "Ministry", "Department", "Command".
pub(crate) fn is_org_head(w: &str) -> bool {
    word_in(w, ORG_HEADS)
}

fn word_in(w: &str, list: &[&str]) -> bool {
    list.iter().any(|x| x.eq_ignore_ascii_case(w))
}

/// Consume `lit` (ASCII case-insensitive) at `pos`; return the new position.
fn lit_at(text: &str, pos: usize, lit: &str) -> Option<usize> {
    let b = text.as_bytes().get(pos..pos + lit.len())?;
    b.eq_ignore_ascii_case(lit.as_bytes())
        .then_some(pos + lit.len())
}

/// A capitalised word at `pos`: (word end, stop after it). Allows letters,
/// digits, inner '-', '\'' and '.' ("U.S.", "People's"). A trailing period is
/// kept only for abbreviations with an inner period. A possessive "'s" ends the
/// word and the run (except in "People's").
fn cap_word_at(text: &str, pos: usize) -> Option<(usize, bool)> {
    let first = char_at(text, pos)?;
    if !first.is_uppercase() {
        return None;
    }
    let rest = &text[pos..];
    let mut end = 0;
    let mut iter = rest.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if is_word_char(c) {
            end = i + c.len_utf8();
        } else if matches!(c, '-' | '\'' | '.') {
            // Punctuation inside a word must be followed by a word char,
            // except a final '.' of an abbreviation.
            match iter.peek() {
                Some(&(_, n)) if is_word_char(n) => {}
                _ => {
                    if c == '.' && rest[..i].contains('.') {
                        end = i + 1;
                    }
                    break;
                }
            }
        } else {
            break;
        }
    }
    if end == 0 {
        return None;
    }
    let word = &rest[..end];
    // Possessive: "Kazakhstan's" -> "Kazakhstan", run stops.
    if let Some(stem) = word.strip_suffix("'s") {
        if !stem.eq_ignore_ascii_case("People") && !stem.is_empty() {
            return Some((pos + stem.len(), true));
        }
    }
    Some((pos + end, false))
}

/// A run of capitalised words separated by single spaces, starting at `pos`:
/// the (start, end) of each word, and whether a possessive "'s" ended it.
/// The run stops before a title ("... Kazakhstan Lieutenant-General").
fn cap_run_at(text: &str, pos: usize) -> Option<(Vec<(usize, usize)>, bool)> {
    let (mut end, mut stop) = cap_word_at(text, pos)?;
    let mut words = vec![(pos, end)];
    while !stop && words.len() < 12 {
        let Some(next) = lit_at(text, end, " ") else {
            break;
        };
        if title_phrase_at(text, next).is_some() {
            break;
        }
        let Some((e, s)) = cap_word_at(text, next) else {
            break;
        };
        words.push((next, e));
        end = e;
        stop = s;
    }
    Some((words, stop))
}

/// Connectors introducing a qualifier: (connector, is "for").
static CONNECTORS: &[(&str, bool)] = &[
    (" of the ", false),
    (" of ", false),
    (" for the ", true),
    (" for ", true),
    (" to the ", false),
    (" to ", false),
    // "State Secretary in the Ministry of Defence": only an organisation.
    (" in the ", false),
];

/// Whole qualifiers that belong to the role.
static ROLE_QUALIFIERS: &[&str] = &[
    "State",
    "Foreign Affairs",
    "National Defense",
    "National Defence",
];

/// A title at `start..end` (the lexicon phrase), extended over its qualifiers.
///
/// After the lexicon phrase, qualifiers introduced by " of ", " for " or " to "
/// (each optionally followed by "the ") are read one after another. The
/// qualifier words are a run of capitalised words ("U.S." and "People's"
/// included) that stops before a title. The run belongs to the **role**
/// * up to its last organisation word ("Department", "Ministry", "Command",
///   "Staff", "Forces", "Guard", "Army", "Parliament", "Policy", "Affairs",
///   ... see `ORG_HEADS`), so "Commander of the Montana National Guard
///   Matthew Quinn" ends after "Guard";
/// * up to the title when it starts with one ("Adviser to the President");
/// * when it starts with "State", "Foreign Affairs", "National Defense";
/// * entirely when the connector is " for " ("Minister for Defence Policy").
///
/// Otherwise it is taken as the **country qualifier**: the role ends before the
/// connector and reading stops. The qualifier span covers the connector's
/// "the" and the run; when the run has a state head word ("Republic",
/// "States", "Kingdom", "Federation", ...) it ends there, extended over
/// " of \[the\] X" ("the Republic of Kazakhstan", "the United States of
/// America"); " and X" is added for two-part names ("Bosnia and
/// Herzegovina"). Without a state head word the qualifier is one word ("of
/// Kazakhstan Adilbek Dzhaksybekov" gives "Kazakhstan"), two after a known
/// first word ("South Korea", "Sri Lanka", "New Zealand"). The caller should
/// still match its country lexicon anchored at the qualifier start. When the qualifier is not a place at all ("of NATO" is an
/// organisation), the caller may decide what to do with it.
///
/// Ranks are not extended.
fn extend(text: &str, start: usize, end: usize, kind: TitleKind) -> TitleMatch {
    let mut t = TitleMatch {
        start,
        end,
        role_end: end,
        qualifier: None,
        kind,
        plural_at: None,
        service: None,
    };
    if kind == TitleKind::Rank {
        return t;
    }
    // Bounded: each step consumes at least one word.
    'outer: loop {
        let at = t.role_end;
        // "Senior Defense Advisor on the Middle East", "Special Envoy on
        // Climate Security": the field of an adviser or envoy.
        let role = &text[start..t.role_end];
        if [
            "Adviser",
            "Advisor",
            "Envoy",
            "Representative",
            "Coordinator",
        ]
        .iter()
        .any(|h| role.ends_with(h))
        {
            let field = [" on the ", " on "]
                .iter()
                .find_map(|c| lit_at(text, at, c))
                .and_then(|a| cap_run_at(text, a))
                // Not "Defence Adviser on Monday".
                .filter(|(w, _)| {
                    let first = &text[w[0].0..w[0].1];
                    super::months::weekday(first).is_none() && super::months::month(first).is_none()
                });
            if let Some((words, _)) = field {
                t.role_end = words[words.len() - 1].1;
                continue 'outer;
            }
        }
        // "Chief of Staff (Army, Navy and Air Force)",
        // "Commander-in-Chief (Army)": the services the office covers.
        if let Some(close) = bracketed_services(text, at) {
            t.role_end = close;
            continue 'outer;
        }
        // "Chief of Defence Staff (CDS) of Rwanda Defence Force": the
        // title's abbreviation, then more of the title.
        if let Some(close) = bracketed_abbreviation(text, at) {
            if CONNECTORS
                .iter()
                .any(|(c, _)| lit_at(text, close, c).is_some())
            {
                t.role_end = close;
                continue 'outer;
            }
        }
        // "Minister of National Defence and Veterans of the Homeland",
        // "Minister of Defence and Veterans Affairs": a second field of the
        // same office, after the role has a field of its own; not a second
        // title ("... and Chief of Staff") or anything else after "and".
        let role = &text[start..t.role_end];
        if role.contains(" of ") || role.contains(" for ") {
            if let Some((words, _)) = lit_at(text, at, " and ").and_then(|a| cap_run_at(text, a)) {
                let last = words[words.len() - 1];
                let org = words.iter().rev().find(|&&(s, e)| {
                    word_in(&text[s..e], ORG_HEADS) || word_in(&text[s..e], FIELD_HEADS)
                });
                let of_follows = lit_at(text, last.1, " of ").is_some().then_some(&last);
                if let Some(&(_, e)) = org.or(of_follows) {
                    if title_phrase_at(text, words[0].0).is_none() {
                        t.role_end = e;
                        continue 'outer;
                    }
                }
            }
        }
        for &(conn, is_for) in CONNECTORS {
            let Some(after) = lit_at(text, at, conn) else {
                continue;
            };
            let Some((words, possessive)) = cap_run_at(text, after) else {
                continue;
            };
            let run_end = words[words.len() - 1].1;
            // Role: up to the last organisation word of the run.
            if let Some(&(_, e)) = words
                .iter()
                .rev()
                .find(|&&(s, e)| word_in(&text[s..e], ORG_HEADS))
            {
                t.role_end = e;
                if possessive && e == run_end {
                    break 'outer;
                }
                continue 'outer;
            }
            if let Some((e, _)) = title_phrase_at(text, after) {
                t.role_end = e;
                continue 'outer;
            }
            if let Some(&(_, e)) = words
                .iter()
                .find(|&&(_, e)| word_in(&text[after..e], ROLE_QUALIFIERS))
            {
                t.role_end = e;
                continue 'outer;
            }
            if is_for {
                t.role_end = run_end;
                if possessive {
                    break 'outer;
                }
                continue 'outer;
            }
            if conn == " in the " {
                break 'outer;
            }
            // Country qualifier. Include "the" of the connector.
            let q_start = if conn.ends_with(" the ") {
                after - "the ".len()
            } else {
                after
            };
            // "deputy head of China's PLA (People's Liberation Army) General
            // Logistics Department": the state's body is the role's too.
            if possessive {
                if let Some(e) = possessive_body_end(text, run_end) {
                    t.qualifier = Some((q_start, run_end));
                    t.role_end = e;
                    break 'outer;
                }
            }
            let q_end = state_name_end(text, &words, possessive);
            t.qualifier = Some((q_start, q_end));
            break 'outer;
        }
        break;
    }
    t
}

/// After "China's" (ending at `state_end`, before its "'s"): the body it
/// owns, capitalised words with bracketed glosses, up to its last
/// organisation word ("PLA (People's Liberation Army) General Logistics
/// Department"); `None` when no organisation word ends it.
fn possessive_body_end(text: &str, state_end: usize) -> Option<usize> {
    let mut pos = lit_at(text, state_end, "'s ")?;
    let mut end = None;
    for _ in 0..3 {
        let Some((words, _)) = cap_run_at(text, pos) else {
            break;
        };
        if let Some(&(_, e)) = words
            .iter()
            .rev()
            .find(|&&(s, e)| word_in(&text[s..e], ORG_HEADS))
        {
            end = Some(e);
        }
        let run_end = words[words.len() - 1].1;
        // " (People's Liberation Army) ": a gloss, then more of the name.
        let Some(close) = text
            .get(run_end..)
            .and_then(|r| r.strip_prefix(" ("))
            .and_then(|r| r.get(..60.min(r.len())))
            .and_then(|r| r.find(')'))
        else {
            break;
        };
        pos = run_end + 2 + close + 2;
        if text.get(pos - 1..pos) != Some(" ") {
            break;
        }
    }
    end
}

/// " (CDS)" at `pos`: where it ends. Two to eight capital letters.
fn bracketed_abbreviation(text: &str, pos: usize) -> Option<usize> {
    let inner = text.get(pos..)?.strip_prefix(" (")?;
    let len = inner.find(')')?;
    let abbr = &inner[..len];
    ((2..=8).contains(&abbr.len()) && abbr.bytes().all(|b| b.is_ascii_uppercase()))
        .then_some(pos + 2 + len + 1)
}

/// " (Army, Navy and Air Force)", " (Army)" at `pos`: services in brackets
/// after an office; where the bracket closes.
fn bracketed_services(text: &str, pos: usize) -> Option<usize> {
    const WORDS: &[&str] = &[
        "Army", "Navy", "Air", "Force", "Forces", "Land", "Ground", "Naval", "Marines", "and",
    ];
    let inner = text.get(pos..)?.strip_prefix(" (")?;
    let len = inner.find(')')?;
    let words = inner[..len].split([' ', ',']).filter(|w| !w.is_empty());
    let mut n = 0;
    for w in words {
        n += 1;
        if n > 6 || !WORDS.contains(&w) {
            return None;
        }
    }
    (n > 0).then_some(pos + 2 + len + 1)
}

/// First words of two-word state names that can follow "Republic of".
static TWO_WORD_STARTS: &[&str] = &[
    "North",
    "South",
    "Costa",
    "El",
    "Sierra",
    "Burkina",
    "Equatorial",
    "Cabo",
    "Cape",
    "San",
    "Sri",
    "New",
    "Great",
    "Trinidad",
    "Central",
    "Czech",
    "Dominican",
    "Saudi",
    "Marshall",
    "Solomon",
    "Papua",
    "United",
    "Ivory",
    "Sao",
    "São",
    "Saint",
    "St.",
    "Hong",
    "Puerto",
    "Timor",
    "Western",
    "Vatican",
    "Antigua",
];

/// End of the state name in a run of capitalised words: after the first
/// state head word ("Republic", "States", ...) extended over " of \[the\] X",
/// else the whole run; then over " and X" for two-part names.
fn state_name_end(text: &str, words: &[(usize, usize)], possessive: bool) -> usize {
    let mut end = words[words.len() - 1].1;
    if let Some(&(_, e)) = words
        .iter()
        .find(|&&(s, e)| word_in(&text[s..e], STATE_HEADS_OF))
    {
        end = e;
        if possessive && e == words[words.len() - 1].1 {
            return end;
        }
        for conn in [" of the ", " of "] {
            let Some(after) = lit_at(text, e, conn) else {
                continue;
            };
            let Some((tail, _)) = cap_run_at(text, after) else {
                continue;
            };
            end = tail[0].1;
            if tail.len() > 1 && word_in(&text[tail[0].0..tail[0].1], TWO_WORD_STARTS) {
                end = tail[1].1;
            }
            return end;
        }
        return end;
    }
    // No state head: one word, two for the known two-word names, three for
    // "Papua New Guinea". The rest of the run is usually a person's name.
    let first = &text[words[0].0..words[0].1];
    let n = if first.eq_ignore_ascii_case("Papua") {
        3
    } else if word_in(first, TWO_WORD_STARTS) {
        2
    } else {
        1
    };
    if words.len() > n {
        return words[n - 1].1;
    }
    if possessive {
        return end;
    }
    for conn in [" and the ", " and "] {
        if let Some(after) = lit_at(text, end, conn) {
            if let Some((e, _)) = cap_word_at(text, after) {
                if word_in(&text[after..e], AND_TAILS) {
                    return e;
                }
            }
        }
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The longest title starting exactly at byte `pos` (which must start a
    /// word), extended over its qualifiers.
    fn title_at(text: &str, pos: usize) -> Option<TitleMatch> {
        match phrase_at(text, pos)? {
            (end, Class::Title(kind)) => Some(extend(text, pos, end, kind)),
            (end, Class::Plural(_)) => Some(extend(text, pos, end, TitleKind::Position)),
            (_, Class::Block) => None,
        }
    }

    fn role(text: &str, pos: usize) -> Option<(&str, Option<&str>, TitleKind)> {
        title_at(text, pos).map(|t| {
            (
                &text[t.start..t.role_end],
                t.qualifier.map(|(a, b)| &text[a..b]),
                t.kind,
            )
        })
    }

    fn all(text: &str) -> Vec<(&str, TitleKind)> {
        find_titles(text)
            .into_iter()
            .map(|t| (&text[t.start..t.role_end], t.kind))
            .collect()
    }

    use TitleKind::{Position as P, Rank as R};

    #[test]
    fn roles_and_qualifiers() {
        let cases: &[(&str, &str, Option<&str>, TitleKind)] = &[
            ("Defense Minister Adilbek", "Defense Minister", None, P),
            ("defence minister", "defence minister", None, P),
            (
                "Deputy Minister of Defense of the Republic of Kazakhstan Lieutenant-General Talgat",
                "Deputy Minister of Defense",
                Some("the Republic of Kazakhstan"),
                P,
            ),
            ("Minister of Defense of Kazakhstan.", "Minister of Defense", Some("Kazakhstan"), P),
            (
                "Minister of National Defence and Veterans of the Homeland, Kofi",
                "Minister of National Defence and Veterans of the Homeland",
                None,
                P,
            ),
            (
                "Minister of Defence and Veterans Affairs Kofi",
                "Minister of Defence and Veterans Affairs",
                None,
                P,
            ),
            (
                "Minister of Defence and Chief of Staff Kofi",
                "Minister of Defence",
                None,
                P,
            ),
            (
                "Minister of Defence and Kofi Mensah",
                "Minister of Defence",
                None,
                P,
            ),
            (
                "Head of the International Cooperation Department of the Ministry",
                "Head of the International Cooperation Department of the Ministry",
                None,
                P,
            ),
            ("Minister for Defence Policy", "Minister for Defence Policy", None, P),
            (
                "Adjutant General of the Montana National Guard Matthew Quinn",
                "Adjutant General of the Montana National Guard",
                None,
                P,
            ),
            (
                "Chief of the General Staff of the Armed Forces of the Turkish Republic",
                "Chief of the General Staff of the Armed Forces",
                Some("the Turkish Republic"),
                P,
            ),
            ("U.S. Ambassador to Kazakhstan George", "Ambassador", Some("Kazakhstan"), P),
            (
                "Assistant Secretary of Defense for International Security Affairs",
                "Assistant Secretary of Defense for International Security Affairs",
                None,
                P,
            ),
            (
                "Acting Deputy Defense Minister",
                "Acting Deputy Defense Minister",
                None,
                P,
            ),
            ("Secretary of State Rex", "Secretary of State", None, P),
            ("Commander-in-Chief", "Commander-in-Chief", None, P),
            (
                "Chairman of the Joint Chiefs of Staff Gen. Joseph",
                "Chairman of the Joint Chiefs of Staff",
                None,
                P,
            ),
            ("Lt. Gen. Smith", "Lt. Gen.", None, R),
            ("Lieutenant-General Talgat", "Lieutenant-General", None, R),
            ("Colonel Olzhas", "Colonel", None, R),
            ("Defense Attaché Col. X", "Defense Attaché", None, P),
            (
                "Minister of Foreign Affairs of the United States of America and",
                "Minister of Foreign Affairs",
                Some("the United States of America"),
                P,
            ),
            (
                "Ambassador of Bosnia and Herzegovina to",
                "Ambassador",
                Some("Bosnia and Herzegovina"),
                P,
            ),
            ("Minister of Defense of Kazakhstan's army", "Minister of Defense", Some("Kazakhstan"), P),
            ("President of the Parliament", "President of the Parliament", None, P),
            ("Vice-President", "Vice-President", None, P),
            ("Charge d'Affaires", "Charge d'Affaires", None, P),
            (
                "Minister of Defense of Kazakhstan Adilbek Dzhaksybekov",
                "Minister of Defense",
                Some("Kazakhstan"),
                P,
            ),
            ("Defense Minister of South Korea Lee", "Defense Minister", Some("South Korea"), P),
            ("Commander of NATO forces", "Commander", Some("NATO"), P),
            ("Adviser to the President Tokayev", "Adviser to the President", None, P),
            ("Minister of State for Defence", "Minister of State for Defence", None, P),
            (
                "Britain's Defense Advisor on the Middle East Lieutenant General",
                "Defense Advisor on the Middle East",
                None,
                P,
            ),
            (
                "Chief of Defence Staff (CDS) of Rwanda Defence Force, Gen",
                "Chief of Defence Staff (CDS) of Rwanda Defence Force",
                None,
                P,
            ),
            ("Defence Adviser on Monday", "Defence Adviser", None, P),
            (
                "deputy head of China's PLA (People's Liberation Army) General Logistics Department,",
                "deputy head of China's PLA (People's Liberation Army) General Logistics Department",
                Some("China"),
                P,
            ),
            (
                "State Secretary in the Ministry of Defence of Mongolia Gantulga",
                "State Secretary in the Ministry of Defence",
                Some("Mongolia"),
                P,
            ),
            ("Ambassador in the United Kingdom", "Ambassador", None, P),
            (
                "the deputy chief of International Affairs, Brigadier",
                "deputy chief of International Affairs",
                None,
                P,
            ),
        ];
        for (text, r, q, k) in cases {
            let at = text.find(r).unwrap();
            assert_eq!(role(text, at), Some((*r, *q, *k)), "{text}");
        }
    }

    #[test]
    fn rejects() {
        for text in [
            "Ministers",
            "major exercise",
            "General Staff",
            "head of state",
            "Generally",
            "Kazakh",
            "Colombia",
            "speaker",
            "chief of the army",
        ] {
            assert_eq!(title_at(text, 0), None, "{text}");
        }
        // Not at a word start / not a char boundary.
        assert_eq!(title_at("xMinister", 1), None);
        assert_eq!(title_at("é", 1), None);
        assert_eq!(title_at("Minister", 99), None);
    }

    #[test]
    fn finds_all() {
        let text = "Kazakh Defense Minister Adilbek Dzhaksybekov met Deputy Minister of Defense of the Republic of Kazakhstan Lieutenant-General Talgat Mukhtarov and the General Staff; the ministers said.";
        assert_eq!(
            all(text),
            vec![
                ("Defense Minister", P),
                ("Deputy Minister of Defense", P),
                ("Lieutenant-General", R)
            ]
        );
        let text = "Maj. Gen. Matthew Quinn, the Adjutant General of the Montana National Guard, and U.S. Ambassador Richard Hoagland";
        assert_eq!(
            all(text),
            vec![
                ("Maj. Gen.", R),
                ("Adjutant General of the Montana National Guard", P),
                ("Ambassador", P)
            ]
        );
    }

    #[test]
    fn no_panic_on_unicode() {
        let text = "K\u{212A}elvin Minister é Müller Generalé 中文 Chief of the 中";
        let _ = find_titles(text);
        for i in 0..=text.len() + 1 {
            let _ = title_at(text, i);
        }
    }
}
