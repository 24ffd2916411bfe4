//! Named military exercises: one record per name per article.
//!
//! Triggers are found once over the whole text (one lexicon pass for exercise
//! head words, negative contexts, known series and focus cues); per sentence
//! the tokens near them are read:
//!
//! * names in quotes next to a head word (`"Birlestik" exercises`, `such
//!   exercises as "A", "B" and "C"`), in quotes anywhere when the name is
//!   already known from another mention;
//! * capitalised names before a head (`the Steppe Eagle exercise`, `Three
//!   Brothers joint drills`) or after one (`Exercise African Lion`, `exercise
//!   PANAMAX`, `drills known as Super Garuda Shield`);
//! * known series from the lexicon, with a head, quotes or a year suffix when
//!   the name is also an ordinary word.
//!
//! A year or number suffix is split off (`Zapad-21` -> 2021, `Eternal
//! Brotherhood-1` -> no year); an alias in brackets joins the name before it.
//! Mentions of one name are merged; a mention of an earlier edition ("the
//! previous edition of X") only merges. Attributes come from the mention's
//! sentence (year, `since YEAR`, `in/at PLACE`) and participants also from
//! the following sentences that go on about the same single exercise.

use std::cell::OnceCell;
use std::sync::LazyLock;

use super::Article;
use crate::lexicon::countries::{Entity, MentionKind};
use crate::lexicon::exercise_words::{self, find_all, series_by_name, Found, SeriesMatch};
use crate::lexicon::{ClassTable, WordClass, CLAUSE_WORDS};
use crate::model::{Country, Diagnostic, DiagnosticKind, Exercise, Report, Span};
use crate::text::{is_title_case, FastMap, FastSet, Token, TokenKind};

/// At most this many exercise records per article.
const MAX_RECORDS: usize = 200;
/// Participants of a sentence without a name go to the exercise named at most
/// this many sentences before.
const FOCUS_DISTANCE: usize = 4;
/// Longest name, in tokens.
const MAX_NAME_TOKENS: usize = 6;

/// Capitalised words that never belong to an unquoted name.
#[rustfmt::skip]
const NAME_STOP: WordClass = WordClass::new(0, &[
    "The", "A", "An", "In", "On", "At", "Of", "For", "And", "But", "Or", "To", "With", "By", "From",
    "As", "Into", "During", "Since", "Until", "While", "When", "Where", "Which", "Who", "This",
    "That", "These", "Those", "He", "She", "It", "They", "We", "His", "Her", "Its", "Their", "Our",
    "Also", "Both", "All", "Some", "Other", "According", "Last", "Next", "Earlier", "Later",
    "Meanwhile", "However", "Moreover", "After", "Before", "Over", "Under", "Thus", "Today",
    "Yesterday", "Tomorrow", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
    "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
    "Sept", "Oct", "Nov", "Dec", "Minister", "Ministry", "President", "Ambassador", "Secretary",
    "General", "Commander", "Chief", "Mr", "Mrs", "Ms", "Dr", "Said", "Says", "If", "Then", "There",
    "Here", "Begin", "Begins", "Began", "Starts", "Start", "Launch", "Launches", "Kicks", "Ends",
    "Held", "Hold", "Holds", "Host", "Hosts", "Part", "Take", "Takes", "Join", "Joins", "Will",
    "Is", "Are", "Was", "Were", "Be", "Has", "Have", "Not", "No", "Yes", "Photo", "Video", "News",
    "Director", "Spokesman", "Spokesperson", "Coordinator", "Officer", "Colonel", "Col", "Lt",
    "Gen", "Maj", "Capt", "Adm", "Sgt", "Brigadier", "Lieutenant", "Captain", "Admiral", "Deputy",
    "Sen", "Rep",
]);

/// Military units and bodies: "the Black Sea Fleet drills" are a unit's, not named.
#[rustfmt::skip]
const UNITS: WordClass = WordClass::new(1, &[
    "Fleet", "Flotilla", "District", "Brigade", "Division", "Regiment", "Corps", "Battalion",
    "Group", "Army", "Command", "Forces", "Force", "Navy", "Guard", "Ministry", "Department",
    "Academy", "University", "School", "Center", "Centre", "Agency", "Service", "Police", "Troops",
    "Committee", "Council", "Government", "Office", "Squadron", "Wing", "Company",
]);

/// Words after "exercise" that make it a verb ("exercises his right").
#[rustfmt::skip]
const VERB_OBJECTS: WordClass = WordClass::new(2, &[
    "his", "her", "its", "their", "the", "a", "an", "this", "that", "full", "great", "control",
    "power", "authority", "caution", "restraint", "new", "our", "your", "my", "extreme",
]);

/// Words that say a sentence goes on about taking part ("participating nations").
const FOCUS_CUES: WordClass = WordClass::new(3, exercise_words::FOCUS_CUES);

/// Nouns before "between" that make it about relations, not an exercise's sides.
#[rustfmt::skip]
const RELATIONS: WordClass = WordClass::new(4, &[
    "tensions", "tension", "conflict", "war", "relations", "border", "dispute", "rivalry",
    "standoff", "talks", "agreement", "cooperation", "ties", "partnership", "friendship",
    "fighting", "clashes", "meeting", "differences", "balance",
]);

/// Capitalised words that describe a kind of training rather than name one
/// ("Field Training Exercises", "Combined Joint Task Force Command Post Exercise").
#[rustfmt::skip]
const GENERIC: WordClass = WordClass::new(5, &[
    "joint", "combined", "military", "naval", "navy", "army", "air", "land", "ground", "special",
    "forces", "force", "annual", "multinational", "international", "bilateral", "trilateral",
    "tactical", "strategic", "operational", "field", "training", "command", "staff", "post", "live",
    "fire", "live-fire", "computer", "assisted", "computer-assisted", "table", "top", "tabletop",
    "table-top", "aviation", "task", "peacekeeping", "counter-terrorism", "counterterrorism",
    "anti-terrorism", "anti-terror", "humanitarian", "rescue", "search", "disaster", "relief",
    "exercise", "exercises", "drill", "drills", "maneuver", "maneuvers", "manoeuvre", "manoeuvres",
    "war", "games", "wargame", "wargames", "marine", "marines", "amphibious", "maritime",
    "readiness", "emergency", "mobilization", "mobilisation", "snap", "large-scale", "large",
    "scale", "main", "final", "major", "mountain", "urban", "night", "airborne", "medical",
    "engineering", "command-staff", "command-post", "flight-tactical", "operational-tactical",
    "security", "border", "defense", "defence", "armed", "national", "regional", "combat", "cyber",
    "logistics", "intelligence", "civic", "assistance", "interagency", "integrated", "simulation",
    "rehearsal", "mission", "missions", "training, ", "first", "second", "third", "fourth", "fifth",
    "sixth", "seventh", "eighth", "ninth", "tenth", "inaugural", "biennial", "upcoming", "new",
    "recent", "latest", "current", "ongoing", "scheduled", "planned", "two-week", "one-week",
    "three-week", "month-long", "week-long", "weeklong", "day-long", "two-day", "three-day",
    "five-day", "ten-day", "allied", "nato-led", "us-led", "u.s.-led", "sea", "coastal",
    "submarine", "anti-submarine", "electronic", "nuclear", "missile", "artillery", "tank",
    "infantry", "paratroop", "parachute",
]);

/// Geographic words: a capitalised phrase ending in one is a place, not a name.
#[rustfmt::skip]
const GEO: WordClass = WordClass::new(6, &[
    "Sea", "Ocean", "Gulf", "Strait", "Straits", "Region", "Mountains", "Peninsula", "Coast",
    "Island", "Islands", "Bay", "Sahel", "Baltic", "Mediterranean", "Pacific", "Atlantic",
    "Caspian", "Arctic", "Indo-Pacific", "Balkans", "Caucasus", "Asia", "Europe", "Africa",
    "America", "Americas", "East", "West", "North", "South", "Desert", "Valley", "River",
    "Province", "District", "Oblast", "County", "City", "Canal",
]);

/// Words before a mention that make it an earlier edition.
#[rustfmt::skip]
const PAST_MARKERS: WordClass = WordClass::new(7, &[
    "previous", "last", "first", "past", "earlier", "prior", "former", "inaugural",
]);

/// Words before a year that make it not the edition's year.
#[rustfmt::skip]
const NOT_EDITION_BEFORE: WordClass = WordClass::new(8, &[
    "since", "until", "till", "by", "before", "through", "after", "from", "between", "to",
]);

/// Words just before a year that make it the series' start, not an edition.
#[rustfmt::skip]
const BEGIN_WORDS: WordClass = WordClass::new(9, &[
    "began", "begun", "started", "first", "inception", "established", "founded", "launched",
    "initiated", "created", "inaugurated", "birth",
]);

/// Nouns for those who take part: "troops", "servicemen", "military personnel".
#[rustfmt::skip]
const TROOPS: WordClass = WordClass::new(10, &[
    "troops", "troop", "soldiers", "soldier", "servicemen", "serviceman", "servicemembers",
    "service-members", "personnel", "forces", "force", "military", "militaries", "army", "armies",
    "navy", "navies", "units", "unit", "contingent", "contingents", "marines", "sailors", "airmen",
    "pilots", "officers", "officials", "paratroopers", "commandos", "servants", "battalion",
    "battalions", "brigade", "brigades", "company", "companies", "specialists", "teams", "team",
    "delegation", "delegations", "participants", "guard", "guardsmen", "cadets", "crews", "crew",
    "squad", "platoon", "platoons", "warships", "ships", "aircraft", "jets", "vessels", "corps",
    "militarymen", "peacekeepers",
]);

/// Words that say someone takes part in, holds or joins an exercise.
#[rustfmt::skip]
const CUES: WordClass = WordClass::new(11, &[
    "participate", "participates", "participated", "participating", "participation", "participants",
    "participant", "part", "join", "joins", "joined", "joining", "attend", "attends", "attended",
    "attending", "involve", "involves", "involved", "involving", "begin", "begins", "began",
    "begun", "conduct", "conducts", "conducted", "conducting", "hold", "holds", "held", "host",
    "hosts", "hosted", "hosting", "launch", "launched", "launches", "inaugurated", "inaugurate",
    "kicked", "staged", "stage", "deployed", "dispatched", "sent", "represented", "arrived",
    "together", "led", "engaged", "took", "take", "taking", "takes", "taken", "hailing", "included",
    "include", "includes", "including", "drawn", "contributed", "opened", "opens", "trained",
    "train",
]);

/// Verbs that hold an exercise: before an unnamed head they introduce another one.
const HOLDING_VERBS: WordClass = WordClass::new(
    12,
    &[
        "hold",
        "holds",
        "held",
        "holding",
        "conduct",
        "conducts",
        "conducted",
        "staged",
        "stage",
        "organized",
        "organised",
        "organize",
    ],
);

/// Verbs whose subject takes part: "Canada and Japan actively participated".
#[rustfmt::skip]
const SUBJECT_VERBS: WordClass = WordClass::new(13, &[
    "participate", "participates", "participated", "participating", "hold", "holds", "held", "host",
    "hosts", "hosted", "hosting", "conducted", "conduct", "conducts", "inaugurated", "launched",
    "staged", "attended", "attend", "joined", "join", "took", "take", "takes", "taking", "began",
    "begin", "organized", "organised", "led", "lead", "leads", "co-hosted", "sent", "opened",
    "trained",
]);

/// Words allowed between a subject and its verb.
#[rustfmt::skip]
const AUX: WordClass = WordClass::new(14, &[
    "actively", "also", "regularly", "will", "would", "have", "has", "had", "been", "are", "is",
    "were", "was", "periodically", "annually", "jointly", "all", "both", "to", "which", "who",
    "traditionally", "again", "successfully", "recently", "each", "year", "together", "now",
    "currently", "usually", "often", "shall", "plan", "plans", "planned", "set", "due", "not",
    "only", "first",
]);

/// Verbs of hosting: the subject is also the location.
const HOST_VERBS: WordClass =
    WordClass::new(15, &["hold", "holds", "host", "hosts", "hosted", "hosting"]);

/// Lower-case facility nouns after a place name ("the Vaziani training area").
const FACILITIES: &[&[&str]] = &[
    &["training", "area"],
    &["training", "ground"],
    &["training", "grounds"],
    &["training", "range"],
    &["training", "centre"],
    &["training", "center"],
    &["training", "camp"],
    &["proving", "ground"],
    &["firing", "range"],
    &["air", "base"],
    &["naval", "base"],
    &["military", "base"],
    &["range"],
    &["base"],
    &["airbase"],
    &["polygon"],
    &["region"],
    &["province"],
    &["district"],
    &["oblast"],
    &["area"],
    &["sea"],
    &["waters"],
];

/// Capitalised last words of a facility name, after which "in PLACE" still belongs to it.
#[rustfmt::skip]
const FACILITY_HEADS: WordClass = WordClass::new(16, &[
    "Center", "Centre", "Node", "Range", "Ground", "Grounds", "Base", "Area", "Camp", "Polygon",
    "Academy", "School", "Site", "Field", "Airfield", "Port", "Garrison", "Barracks", "area",
    "ground", "grounds", "range", "base", "camp", "polygon", "airbase",
]);

/// Words that may open a list of participants ("from", "including",
/// "joined by", "between", "participation of", "in addition to").
#[rustfmt::skip]
const LIST_OPENERS: WordClass = WordClass::new(17, &[
    "from", "namely", "including", "include", "included", "includes", "participation", "led",
    "joined", "hosted", "join", "joins", "joining", "between", "in",
]);

/// Words that break a clause ([`CLAUSE_WORDS`]).
const CLAUSE_BREAKS: WordClass = WordClass::new(18, CLAUSE_WORDS);

/// "since 2007": a sentence without it has no series start.
const SINCE: WordClass = WordClass::new(19, &["since"]);

/// "the 2018 edition": a sentence without one of these has no edition year.
const EDITIONS: WordClass = WordClass::new(20, &["edition", "iteration", "session"]);

/// "under the auspices of", "sponsored by": the places after are sponsors.
const SPONSORS: WordClass = WordClass::new(21, &["auspices", "sponsored"]);

/// Words that end the search for an exercise's place after its name: a
/// report ("said", "according"), an agent or sponsor ("by", "under").
const LOCATION_STOPS: WordClass = WordClass::new(
    22,
    &[
        "said",
        "says",
        "told",
        "according",
        "reported",
        "reports",
        "under",
        "by",
        "auspices",
    ],
);

/// Prepositions of place before a state's name ("in", "across", "near").
const LOCATIVES: WordClass = WordClass::new(
    23,
    &[
        "in", "at", "to", "into", "near", "across", "inside", "around", "on",
    ],
);

/// Words that join the states of a list ("A, B and the C", "plus D"); a
/// "&" is a mark, tested apart.
const LIST_LINKS: WordClass = WordClass::new(24, &["and", "the", "or", "plus", "alongside"]);

/// Every word class above, for the token masks (each word starts with a
/// letter: a test keeps it so, and only word tokens are looked up).
const ALL_CLASSES: &[WordClass] = &[
    NAME_STOP,
    UNITS,
    VERB_OBJECTS,
    FOCUS_CUES,
    RELATIONS,
    GENERIC,
    GEO,
    PAST_MARKERS,
    NOT_EDITION_BEFORE,
    BEGIN_WORDS,
    TROOPS,
    CUES,
    HOLDING_VERBS,
    SUBJECT_VERBS,
    AUX,
    HOST_VERBS,
    FACILITY_HEADS,
    LIST_OPENERS,
    CLAUSE_BREAKS,
    SINCE,
    EDITIONS,
    SPONSORS,
    LOCATION_STOPS,
    LOCATIVES,
    LIST_LINKS,
];

/// The token masks of [`ALL_CLASSES`].
static CLASSES: LazyLock<ClassTable> = LazyLock::new(|| ClassTable::new(ALL_CLASSES));

/// A mention of an exercise name in a sentence.
#[derive(Debug, Clone)]
struct Mention {
    /// Name as written, without quotes and suffix.
    name: String,
    key: String,
    /// Byte span of the name with its suffix.
    start: usize,
    end: usize,
    /// Token range of the name with its suffix.
    ta: usize,
    tb: usize,
    year: Option<(i32, u8)>,
    /// Has its own evidence (a head word, a known series); else it only merges.
    strong: bool,
    /// From a title-case line: may carry extra words ("US Launch African Lion").
    title: bool,
    /// An earlier edition: merges, gives nothing.
    past: bool,
    /// Key of the name this one is an alias of ("Tsentr" in "Center-2019 (Tsentr-2019)").
    alias_of: Option<String>,
    location: Option<String>,
}

/// What one sentence says.
#[derive(Debug, Default)]
struct SentInfo {
    mentions: Vec<Mention>,
    participants: Vec<Country>,
    since: Option<i32>,
    /// Goes on about an exercise (a head word or a participation word).
    focusable: bool,
    /// Has a definite head ("the drills"): may give the series' since_year.
    anaphoric: bool,
    /// Introduces another, unnamed exercise ("periodically hold joint drills").
    reset: bool,
    /// A host country and its name as written ("Kazakhstan will hold ...").
    host: Option<(Country, String)>,
}

/// A place mention mapped onto tokens.
#[derive(Debug, Clone, Copy)]
struct PlaceTok {
    a: usize,
    b: usize,
    country: Option<Country>,
    kind: MentionKind,
}

#[derive(Debug, Clone, Copy)]
struct Head {
    a: usize,
    b: usize,
    negative: bool,
}

/// One sentence's tokens and triggers.
struct Sent<'t> {
    text: &'t str,
    toks: &'t [Token],
    /// Each token's text, sliced once: the rules compare words many times.
    words: Vec<&'t str>,
    /// Each token's word classes ([`CLASSES`]), looked up once.
    masks: Vec<u32>,
    /// The classes of all its words together: a rule that needs a word of
    /// some class skips a sentence without one.
    any: u32,
    places: Vec<PlaceTok>,
    heads: Vec<Head>,
    /// A Title Case line ([`is_title_case`]), found when first asked.
    title: OnceCell<bool>,
    outlet: Option<Country>,
    /// A double or single quote stands in the sentence: only then can a
    /// name be quoted.
    quotes: bool,
}

pub(crate) fn extract(article: &Article, out: &mut Report) {
    let text = article.text();
    let Found {
        heads,
        negatives,
        series,
        focus: cues,
    } = find_all(text, &article.words);
    if heads.is_empty() && series.is_empty() {
        return;
    }
    // Sentences with no head, series, quote or focus cue need no tokens.
    let mut infos: Vec<SentInfo> = Vec::with_capacity(article.sentences().len());
    // The per-token vectors, reused from sentence to sentence.
    let mut bufs = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for (si, s) in article.sentences().iter().enumerate() {
        let end = article.read_end(s);
        let bytes = &text.as_bytes()[s.start..end];
        let double = memchr::memchr(b'"', bytes).is_some();
        let single = memchr::memchr(b'\'', bytes).is_some();
        // No head word, known series or quote: no exercise is named here, and the
        // sentence can only lend participants to the exercise in focus.
        let may_name = overlaps(&heads, |&r| r, s.start, end)
            || overlaps(&series, |m: &SeriesMatch| (m.start, m.end), s.start, end)
            || double
            // An opening single quote follows a space; "Kazakhstan's" is no quote.
            || (single
                && memchr::memchr_iter(b'\'', bytes)
                    .any(|i| i == 0 || matches!(bytes[i - 1], b' ' | b'(')));
        if !may_name && !overlaps(&cues, |&r| r, s.start, end) {
            infos.push(SentInfo::default());
            continue;
        }
        let toks = article.tokens(si);
        let (mut words, mut masks, mut places, mut hs) = bufs;
        words.clear();
        masks.clear();
        places.clear();
        hs.clear();
        words.extend(toks.iter().map(|t| t.text(text)));
        // Every class word starts with a letter: numbers and punctuation have none.
        masks.extend(toks.iter().zip(&words).map(|(t, w)| match t.kind {
            TokenKind::Word => CLASSES.mask_inlined(w),
            _ => 0,
        }));
        let any = masks.iter().fold(0, |all, m| all | m);
        if !may_name && !FOCUS_CUES.has(any) {
            infos.push(SentInfo::default());
            bufs = (words, masks, places, hs);
            continue;
        }
        map_places(article, toks, s.start, end, &mut places);
        map_heads(toks, &heads, &negatives, s.start, end, &mut hs);
        let sent = Sent {
            text,
            any,
            masks,
            words,
            places,
            heads: hs,
            title: OnceCell::new(),
            toks,
            outlet: article.outlet,
            quotes: double || single,
        };
        infos.push(read_sentence(&sent, &series, s.start, end));
        bufs = (sent.words, sent.masks, sent.places, sent.heads);
    }
    build_records(infos, out);
}

/// Some item of `items` (sorted, non-overlapping spans given by `span`)
/// overlaps `start..end`: a binary search, so a sentence costs no scan of
/// the article's matches.
fn overlaps<T>(items: &[T], span: impl Fn(&T) -> (usize, usize), start: usize, end: usize) -> bool {
    let i = items.partition_point(|x| span(x).1 <= start);
    items.get(i).is_some_and(|x| span(x).0 < end)
}

/// Turns the sentences' mentions and participants into records.
fn build_records(mut infos: Vec<SentInfo>, out: &mut Report) {
    // Names with their own evidence, and aliases.
    let mut strong: FastSet<String> = FastSet::default();
    let mut alias: FastMap<String, String> = FastMap::default();
    for info in &infos {
        for m in &info.mentions {
            if let Some(main) = &m.alias_of {
                alias.insert(m.key.clone(), main.clone());
            } else if m.strong {
                strong.insert(m.key.clone());
            }
        }
    }
    for info in &mut infos {
        info.mentions.retain_mut(|m| {
            if let Some(main) = &m.alias_of {
                m.key = main.clone();
                return strong.contains(&m.key);
            }
            if let Some(main) = alias.get(&m.key) {
                m.key = main.clone();
            }
            if strong.contains(&m.key) {
                return true;
            }
            if m.title {
                // "US Launch African Lion": the longest known tail of the words.
                if let Some((k, off)) = known_tail(&m.name, &strong) {
                    m.key = k;
                    m.start += off;
                    m.name = m.name[off..].to_string();
                    return true;
                }
            }
            false
        });
    }

    let mut records: Vec<Exercise> = Vec::new();
    let mut keys: Vec<String> = Vec::new();
    let mut year_prio: Vec<u8> = Vec::new();
    let mut named: Vec<bool> = Vec::new();
    let mut focus: Option<(String, usize)> = None;
    for (i, info) in infos.iter().enumerate() {
        if info.mentions.is_empty() {
            if info.reset {
                focus = None;
                continue;
            }
            if let Some((key, last)) = &focus {
                if i - last <= FOCUS_DISTANCE && info.focusable {
                    if let Some(r) = keys.iter().position(|k| k == key) {
                        add_participants(&mut records[r], &info.participants);
                        if info.anaphoric && records[r].since_year.is_none() {
                            records[r].since_year = info.since;
                        }
                    }
                }
            }
            continue;
        }
        for m in &info.mentions {
            let r = match keys.iter().position(|k| *k == m.key) {
                Some(r) => r,
                None => {
                    if records.len() >= MAX_RECORDS {
                        out.diagnostics.push(Diagnostic::new(
                            DiagnosticKind::WorkLimit,
                            format!(
                                "more than {MAX_RECORDS} exercises; the rest were not recorded"
                            ),
                            Span::new(m.start, m.end),
                        ));
                        break;
                    }
                    keys.push(m.key.clone());
                    year_prio.push(0);
                    named.push(false);
                    records.push(Exercise {
                        name: m.name.clone(),
                        year: None,
                        since_year: None,
                        location: None,
                        participants: Vec::new(),
                        span: Span::new(m.start, m.end),
                    });
                    records.len() - 1
                }
            };
            // The name as written at its first mention with its own evidence.
            if m.strong && !named[r] {
                records[r].name = m.name.clone();
                named[r] = true;
            }
            if m.past {
                continue;
            }
            if let Some((y, p)) = m.year {
                if p > year_prio[r] {
                    records[r].year = Some(y);
                    year_prio[r] = p;
                }
            }
            if records[r].since_year.is_none() {
                records[r].since_year = info.since;
            }
            if records[r].location.is_none() {
                records[r].location = m
                    .location
                    .clone()
                    .or_else(|| info.host.as_ref().map(|h| h.1.clone()));
            }
            add_participants(&mut records[r], &info.participants);
            if let Some((c, _)) = info.host {
                add_participants(&mut records[r], &[c]);
            }
        }
        let mut distinct: Vec<&str> = info.mentions.iter().map(|m| m.key.as_str()).collect();
        distinct.dedup();
        focus = (distinct.len() == 1).then(|| (distinct[0].to_string(), i));
    }
    out.exercises.extend(records);
}

fn add_participants(r: &mut Exercise, cs: &[Country]) {
    for c in cs {
        if !r.participants.contains(c) {
            r.participants.push(*c);
        }
    }
}

/// The longest word tail of `name` that is one of `keys`, with its byte offset.
fn known_tail(name: &str, keys: &FastSet<String>) -> Option<(String, usize)> {
    let mut off = 0;
    let bytes = name.as_bytes();
    while off < name.len() {
        let k = name_key(&name[off..]);
        if keys.contains(&k) {
            return Some((k, off));
        }
        // Next word.
        let mut j = off;
        while j < bytes.len() && bytes[j] != b' ' {
            j += 1;
        }
        while j < bytes.len() && bytes[j] == b' ' {
            j += 1;
        }
        if j == off {
            break;
        }
        off = j;
    }
    None
}

/// The merge key of a name: the series' canonical name, else the name;
/// lower case, hyphens as spaces.
fn name_key(name: &str) -> String {
    let base = series_by_name(name).map_or(name, |s| s.name);
    let mut out = String::with_capacity(base.len());
    for w in base.split(|c: char| c.is_whitespace() || c == '-') {
        if w.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        if w.is_ascii() {
            // No String per word: most names are ASCII.
            out.extend(w.bytes().map(|b| char::from(b.to_ascii_lowercase())));
        } else {
            out.push_str(&w.to_lowercase());
        }
    }
    out
}

/// Place mentions in `start..end` as token ranges.
fn map_places(
    article: &Article,
    toks: &[Token],
    start: usize,
    end: usize,
    out: &mut Vec<PlaceTok>,
) {
    out.extend(article.places_in(start, end).iter().filter_map(|p| {
        let a = toks.partition_point(|t| t.end <= p.start);
        let b = toks.partition_point(|t| t.start < p.end);
        (a < b).then_some(PlaceTok {
            a,
            b,
            country: match p.entity {
                Entity::Country(c) => Some(c),
                Entity::Org(_) => None,
            },
            kind: p.kind,
        })
    }));
}

/// Head words in `start..end` as token ranges, marked when a negative context
/// overlaps them or ends right before them ("Civil Defence Exercise").
fn map_heads(
    toks: &[Token],
    heads: &[(usize, usize)],
    negatives: &[(usize, usize)],
    start: usize,
    end: usize,
    out: &mut Vec<Head>,
) {
    let lo = heads.partition_point(|h| h.0 < start);
    let hi = heads.partition_point(|h| h.0 < end);
    let nlo = negatives.partition_point(|n| n.1 < start);
    let nhi = negatives.partition_point(|n| n.0 < end);
    let negs = &negatives[nlo..nhi.max(nlo)];
    out.extend(
        heads[lo..hi.max(lo)]
            .iter()
            .filter(|h| h.1 <= end)
            .filter_map(|&(hs, he)| {
                let a = toks.partition_point(|t| t.end <= hs);
                let b = toks.partition_point(|t| t.start < he);
                if a >= b {
                    return None;
                }
                let negative = negs.iter().any(|&(ns, ne)| {
                    if ns < he && hs < ne {
                        return true;
                    }
                    // Ends within two tokens before the head.
                    let nb = toks.partition_point(|t| t.start < ne);
                    ne <= hs && nb + 2 >= a && nb <= a
                });
                Some(Head { a, b, negative })
            }),
    );
}

impl<'t> Sent<'t> {
    fn title(&self) -> bool {
        *self
            .title
            .get_or_init(|| is_title_case(self.text, self.toks))
    }

    fn w(&self, i: usize) -> &'t str {
        self.words.get(i).copied().unwrap_or("")
    }

    fn is(&self, i: usize, word: &str) -> bool {
        self.w(i).eq_ignore_ascii_case(word)
    }

    fn is_any(&self, i: usize, words: &[&str]) -> bool {
        let w = self.w(i);
        !w.is_empty() && words.iter().any(|x| x.eq_ignore_ascii_case(w))
    }

    /// Some word of the sentence is of class `c`.
    fn has_class(&self, c: WordClass) -> bool {
        c.has(self.any)
    }

    /// `toks[i]` is a word of class `c`.
    fn in_class(&self, i: usize, c: WordClass) -> bool {
        self.masks.get(i).is_some_and(|&m| c.has(m))
    }

    fn is_punct(&self, i: usize, c: char) -> bool {
        self.toks.get(i).is_some_and(|t| t.is_punct(self.text, c))
    }

    fn kind(&self, i: usize) -> Option<TokenKind> {
        self.toks.get(i).map(|t| t.kind)
    }

    /// `toks[i]` touches the token before it.
    fn glued(&self, i: usize) -> bool {
        i > 0 && i < self.toks.len() && self.toks[i].start == self.toks[i - 1].end
    }

    fn is_cap(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.is_capitalised(self.text))
    }

    fn is_lower_word(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Word)
            && self.w(i).chars().next().is_some_and(char::is_lowercase)
    }

    /// A word that may be part of an unquoted name.
    fn name_word(&self, i: usize) -> bool {
        let w = self.w(i);
        self.is_cap(i)
            && !w.contains('.')
            && !w.ends_with("'s")
            && !w.ends_with('\'')
            && !self.in_class(i, NAME_STOP)
    }

    fn generic(&self, i: usize) -> bool {
        self.in_class(i, GENERIC)
    }

    // Places are in text order and do not overlap, so lookups are binary searches.
    fn places_at(&self, i: usize) -> impl Iterator<Item = &PlaceTok> {
        let lo = self.places.partition_point(|p| p.a < i);
        self.places[lo..].iter().take_while(move |p| p.a == i)
    }

    fn place_covering(&self, i: usize) -> Option<&PlaceTok> {
        let k = self.places.partition_point(|p| p.a <= i);
        self.places[..k].last().filter(|p| i < p.b)
    }

    fn head_at(&self, i: usize) -> Option<&Head> {
        self.heads.iter().find(|h| h.a == i)
    }

    fn head_covering(&self, i: usize) -> Option<&Head> {
        self.heads.iter().find(|h| h.a <= i && i < h.b)
    }

    fn span(&self, a: usize, b: usize) -> (usize, usize) {
        (self.toks[a].start, self.toks[b - 1].end)
    }

    fn slice(&self, a: usize, b: usize) -> &'t str {
        let (s, e) = self.span(a, b);
        &self.text[s..e]
    }

    /// A year or number suffix at `i` ("-2015", "-21", "-1", " 2013", " 18"
    /// when `two_digit` allows it): (year, end token).
    fn suffix_at(&self, i: usize, two_digit: bool) -> Option<(Option<i32>, usize)> {
        if self.is_punct(i, '-')
            && self.glued(i)
            && self.kind(i + 1) == Some(TokenKind::Number)
            && self.glued(i + 1)
        {
            let d = self.w(i + 1);
            return Some((digits_year(d, true), i + 2));
        }
        if self.kind(i) == Some(TokenKind::Number) && !self.glued(i) {
            let d = self.w(i);
            // Not a range or a count ("2003-2004", "2013 troops").
            if self.is_punct(i + 1, '-') && self.kind(i + 2) == Some(TokenKind::Number) {
                return None;
            }
            if d.len() == 4 {
                return digits_year(d, false).map(|y| (Some(y), i + 1));
            }
            if d.len() == 2 && two_digit {
                return Some((digits_year(d, true), i + 1));
            }
        }
        None
    }

    /// Clause breaks: ";", a spaced dash, "whereas", "while", "but".
    fn clause_break(&self, i: usize) -> bool {
        if self.is_punct(i, ';') {
            return true;
        }
        if self.is_punct(i, '-') {
            let spaced = i > 0
                && !self.glued(i)
                && self
                    .toks
                    .get(i + 1)
                    .is_some_and(|n| n.start > self.toks[i].end);
            return spaced;
        }
        self.in_class(i, CLAUSE_BREAKS)
    }
}

/// The year a suffix names: four digits 1900-2099; two digits when allowed.
fn digits_year(d: &str, short: bool) -> Option<i32> {
    let n: i32 = d.parse().ok()?;
    match d.len() {
        4 if (1900..=2099).contains(&n) => Some(n),
        2 if short => Some(if n <= 60 { 2000 + n } else { 1900 + n }),
        _ => None,
    }
}

/// Everything one sentence says about exercises.
fn read_sentence(
    s: &Sent,
    series: &[crate::lexicon::exercise_words::SeriesMatch],
    start: usize,
    end: usize,
) -> SentInfo {
    let mut info = SentInfo::default();
    if s.toks.is_empty() {
        return info;
    }
    let mut cands: Vec<Mention> = Vec::new();
    if s.quotes {
        quoted_names(s, &mut cands);
    }
    series_names(s, series, start, end, &mut cands);
    names_before_heads(s, &mut cands);
    names_after_heads(s, &mut cands);
    let mut mentions = resolve_overlaps(cands);
    mark_aliases(s, &mut mentions);
    let edition = edition_year(s);
    // Clause years must not be another mention's suffix.
    let suffix_toks: Vec<(usize, usize)> = mentions.iter().map(|m| (m.ta, m.tb)).collect();
    for m in &mut mentions {
        m.past = is_past(s, m.ta);
        if m.year.is_none() {
            m.year = edition.or_else(|| clause_year(s, &suffix_toks, m.ta, m.tb));
        }
        m.location = location_after(s, m.tb).or_else(|| location_before(s, m.ta));
    }
    info.mentions = mentions;
    info.since = since_year(s);
    info.host = host_subject(s);
    let (focusable, anaphoric, reset) = head_roles(s, &info.mentions);
    info.focusable = focusable;
    info.anaphoric = anaphoric;
    info.reset = reset;
    // Participants are only read for a sentence that names an exercise or may
    // speak of the one in focus (`build_records` uses them for nothing else).
    if !info.mentions.is_empty() || focusable {
        info.participants = participants(s, &info.mentions);
    }
    info
}

/// A mention built from tokens `a..b` (name) and `a..tb` (with suffix).
fn make_mention(
    s: &Sent,
    a: usize,
    b: usize,
    tb: usize,
    year: Option<i32>,
    strong: bool,
) -> Option<Mention> {
    if a >= b {
        return None;
    }
    let name = s.slice(a, b).to_string();
    let key = name_key(&name);
    if key.is_empty() {
        return None;
    }
    let (st, en) = s.span(a, tb.max(b));
    Some(Mention {
        name,
        key,
        start: st,
        end: en,
        ta: a,
        tb: tb.max(b),
        year: year.map(|y| (y, 3)),
        strong,
        title: false,
        past: false,
        alias_of: None,
        location: None,
    })
}

/// Quoted names: `"Birlestik" exercises`, `such exercises as "A", "B" and "C"`.
fn quoted_names(s: &Sent, out: &mut Vec<Mention>) {
    let n = s.toks.len();
    // (open, close) token indices.
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    let mut open: Option<usize> = None;
    for i in 0..n {
        if s.is_punct(i, '"') {
            match open {
                Some(o) => {
                    pairs.push((o, i));
                    open = None;
                }
                None => open = Some(i),
            }
        }
    }
    let mut i = 0;
    while i < n {
        if s.is_punct(i, '\'')
            && (i == 0 || !s.glued(i) || s.kind(i - 1) == Some(TokenKind::Punct))
            && s.glued(i + 1)
        {
            // A closing single quote within eight tokens.
            let close = (i + 2..n.min(i + 10)).find(|&j| {
                s.is_punct(j, '\'')
                    && s.glued(j)
                    && !s
                        .toks
                        .get(j + 1)
                        .is_some_and(|t| t.start == s.toks[j].end && t.kind != TokenKind::Punct)
            });
            if let Some(c) = close {
                pairs.push((i, c));
                i = c + 1;
                continue;
            }
        }
        i += 1;
    }
    pairs.sort_unstable();

    // Valid names, then groups of names joined by ",", "and", "or".
    let mut names: Vec<(usize, usize, usize, usize, Option<i32>)> = Vec::new(); // (open, close, name a, name b, year)
    for &(o, c) in &pairs {
        if let Some((b, year)) = quoted_name_end(s, o + 1, c) {
            names.push((o, c, o + 1, b, year));
        }
    }
    let mut g = 0;
    while g < names.len() {
        let mut h = g;
        while h + 1 < names.len()
            && (names[h].1 + 1..names[h + 1].0)
                .all(|k| s.is_punct(k, ',') || s.is_any(k, &["and", "or", "&"]))
        {
            h += 1;
        }
        let first_open = names[g].0;
        let last_close = names[h].1;
        let headed = head_before(s, first_open) || head_after(s, last_close + 1);
        for nm in &names[g..=h] {
            let known = series_by_name(s.slice(nm.2, nm.3)).is_some();
            if let Some(mut m) = make_mention(s, nm.2, nm.3, nm.3, nm.4, headed || known) {
                // The span covers the suffix inside the quotes.
                let (st, en) = s.span(nm.2, nm.1);
                m.start = st;
                m.end = en;
                m.tb = nm.1 + 1;
                out.push(m);
            }
        }
        g = h + 1;
    }
}

/// Tokens `a..c` form a name: capitalised words, inner connectors, an
/// optional year or number suffix at the end. Returns the name's end token and year.
fn quoted_name_end(s: &Sent, a: usize, c: usize) -> Option<(usize, Option<i32>)> {
    if a >= c || c - a > MAX_NAME_TOKENS + 2 {
        return None;
    }
    if !s.is_cap(a) {
        return None;
    }
    let mut b = c;
    let mut year = None;
    // Suffix: "-21", " 2023".
    if s.kind(c - 1) == Some(TokenKind::Number) && c - 1 > a {
        if s.is_punct(c - 2, '-') && s.glued(c - 2) {
            year = digits_year(s.w(c - 1), true);
            b = c - 2;
        } else {
            year = digits_year(s.w(c - 1), true);
            b = c - 1;
        }
    }
    if b <= a {
        return None;
    }
    for k in a..b {
        let w = s.w(k);
        let ok = match s.kind(k) {
            Some(TokenKind::Word) => {
                s.is_cap(k)
                    || (k > a
                        && k + 1 < b
                        && ["of", "the", "and", "for", "de", "al", "in", "on", "to"]
                            .iter()
                            .any(|x| x == &w))
            }
            Some(TokenKind::Punct) => w == "-" || w == "&",
            _ => false,
        };
        if !ok {
            return None;
        }
    }
    // A quoted sentence or a lone function word is not a name, nor is a lone place.
    if b == a + 1 && s.in_class(a, NAME_STOP) {
        return None;
    }
    if s.places.iter().any(|p| p.a == a && p.b == b) {
        return None;
    }
    Some((b, year))
}

/// A head word ends within a few tokens before `i` ("exercises as", "exercise, code-named").
fn head_before(s: &Sent, i: usize) -> bool {
    let mut k = i;
    let mut gap = 0;
    while k > 0 && gap <= 3 {
        k -= 1;
        if let Some(h) = s.head_covering(k) {
            return !h.negative;
        }
        let ok = s.is_any(
            k,
            &[
                "as",
                "known",
                "called",
                "named",
                "dubbed",
                "code-named",
                "codenamed",
                "titled",
                "the",
                "such",
                "of",
                "a",
                "an",
            ],
        ) || s.is_punct(k, ',')
            || s.is_punct(k, ':')
            || s.is_punct(k, '-');
        if !ok {
            return false;
        }
        gap += 1;
    }
    false
}

/// A head word starts within a few words after `i` ("military exercise",
/// "multinational peacekeeping exercise", "Joint Drills").
fn head_after(s: &Sent, i: usize) -> bool {
    for k in i..i + 4 {
        if let Some(h) = s.head_at(k) {
            return !h.negative;
        }
        let w_ok = s.kind(k) == Some(TokenKind::Word) && (s.is_lower_word(k) || s.generic(k));
        if !w_ok {
            return false;
        }
    }
    false
}

/// Known series from the lexicon.
fn series_names(
    s: &Sent,
    series: &[crate::lexicon::exercise_words::SeriesMatch],
    start: usize,
    end: usize,
    out: &mut Vec<Mention>,
) {
    let lo = series.partition_point(|m| m.start < start);
    for m in &series[lo..] {
        if m.start >= end || m.end > end {
            break;
        }
        let a = s.toks.partition_point(|t| t.end <= m.start);
        let b = s.toks.partition_point(|t| t.start < m.end);
        if a >= b || s.toks[a].start != m.start || s.toks[b - 1].end != m.end {
            continue;
        }
        let after_head = a > 0 && s.head_covering(a - 1).is_some_and(|h| !h.negative);
        let suffix = s.suffix_at(
            b,
            after_head || head_after(s, b + 1) || head_after(s, b + 2),
        );
        let (year, tb) = match suffix {
            Some((y, e)) => (y, e),
            None => (None, b),
        };
        let headed = head_after(s, tb) || head_before(s, a);
        let quoted = a > 0 && (s.is_punct(a - 1, '"') || s.is_punct(a - 1, '\''));
        let strong = !m.needs_context || suffix.is_some() || headed || quoted;
        if let Some(mut mention) = make_mention(s, a, b, tb, year, strong) {
            mention.key = name_key(m.name);
            out.push(mention);
        }
    }
}

/// Capitalised names before a head: "the Steppe Eagle exercise", "Three
/// Brothers joint drills", "Eternal Brotherhood-1 Special Forces drills".
fn names_before_heads(s: &Sent, out: &mut Vec<Mention>) {
    for h in &s.heads {
        if h.negative || h.a == 0 || is_verb_use(s, h) {
            continue;
        }
        // Modifiers between the name and the head.
        let mut j = h.a;
        let mut skipped = 0;
        // "Tuul-2024 joint Russian-Mongolian exercise": generic words and the
        // states' adjectives stand between.
        while j > 0
            && skipped < 4
            && s.kind(j - 1) == Some(TokenKind::Word)
            && (s.generic(j - 1)
                || s.place_covering(j - 1)
                    .is_some_and(|p| p.kind == MentionKind::Demonym))
        {
            j -= 1;
            skipped += 1;
        }
        // A suffix.
        let mut year = None;
        let mut has_suffix = false;
        let name_end;
        if j >= 2 && s.kind(j - 1) == Some(TokenKind::Number) {
            if s.is_punct(j - 2, '-') && s.glued(j - 2) && s.glued(j - 1) && j >= 3 {
                year = digits_year(s.w(j - 1), true);
                name_end = j - 2;
            } else {
                let d = s.w(j - 1);
                if d.len() != 4 && d.len() != 2 {
                    continue;
                }
                year = digits_year(d, true);
                name_end = j - 1;
            }
            has_suffix = true;
        } else {
            name_end = j;
        }
        let mut a = name_end;
        while a > 0 && name_end - a < MAX_NAME_TOKENS && s.name_word(a - 1) {
            a -= 1;
        }
        // Leading places, orgs and generic words are not part of the name.
        while a < name_end
            && (s.place_covering(a).is_some()
                || s.generic(a)
                || s.w(a).starts_with(|c: char| c.is_ascii_digit()))
        {
            a += 1;
        }
        let mut b = name_end;
        while b > a && s.generic(b - 1) {
            b -= 1;
        }
        // Only generic words: a kind of training.
        if a >= b {
            continue;
        }
        // Part of a longer title ("Rehearsal of Concept drill").
        if a >= 2 && s.is_any(a - 1, &["of", "and", "&", "for"]) && s.is_cap(a - 2) {
            continue;
        }
        if a > 0 && (s.is_punct(a - 1, '"') || s.is_punct(a - 1, '\'')) {
            continue;
        }
        if s.in_class(b - 1, GEO) || (a..b).all(|k| s.place_covering(k).is_some()) {
            continue;
        }
        // "the Black Sea Fleet drills", "the Southern Military District exercise".
        if !has_suffix && (a..h.a).any(|k| s.in_class(k, UNITS)) {
            continue;
        }
        // A lone capitalised word opening the sentence ("Massive drills").
        if a == 0 && b == 1 && !has_suffix {
            continue;
        }
        let tb = if has_suffix { j } else { b };
        if let Some(mut m) = make_mention(s, a, b, tb, year, true) {
            if s.title() {
                m.strong = has_suffix;
                m.title = true;
            }
            out.push(m);
        }
    }
}

/// Names after a head: "Exercise African Lion", "exercise PANAMAX",
/// "drills known as Super Garuda Shield", "Joint Military Exercise, KAZIND-2024".
fn names_after_heads(s: &Sent, out: &mut Vec<Mention>) {
    for h in &s.heads {
        if h.negative || is_verb_use(s, h) {
            continue;
        }
        let mut i = h.b;
        let mut introduced = false;
        // "known as", "code-named", "dubbed", "called".
        if s.is_punct(i, ',')
            && s.is_any(
                i + 1,
                &[
                    "code-named",
                    "codenamed",
                    "dubbed",
                    "called",
                    "named",
                    "known",
                ],
            )
        {
            i += 1;
        }
        if s.is_any(i, &["known", "also"]) && s.is(i + 1, "as") {
            i += 2;
            introduced = true;
        } else if s.is_any(
            i,
            &[
                "code-named",
                "codenamed",
                "dubbed",
                "called",
                "named",
                "titled",
            ],
        ) {
            i += 1;
            introduced = true;
        }
        let single = h.b == h.a + 1 && s.is_any(h.a, &["exercise", "exercises"]);
        let mut appositive = false;
        if !introduced && s.is_punct(i, ',') {
            i += 1;
            appositive = true;
        }
        if s.is(i, "Exercise") {
            i += 1;
        }
        let a = i;
        let mut b = a;
        while b < s.toks.len() && b - a < MAX_NAME_TOKENS && s.name_word(b) {
            b += 1;
        }
        if a == b || s.place_covering(a).is_some() {
            continue;
        }
        while b > a && s.generic(b - 1) && !introduced {
            b -= 1;
        }
        if a == b {
            continue;
        }
        let suffix = s.suffix_at(b, true);
        let all_caps = (a..b).all(|k| s.w(k).chars().all(|c| !c.is_lowercase()));
        let ok = introduced
            || (single && !appositive)
            || (appositive && (suffix.is_some() || all_caps))
            || (!single && suffix.is_some() && !appositive);
        // "the exercise Smith said": a person.
        let reported = s.is_any(
            tb_of(b, suffix),
            &["said", "says", "told", "added", "noted", "stressed"],
        );
        if !ok || s.in_class(b - 1, GEO) || (reported && suffix.is_none()) {
            continue;
        }
        let (year, tb) = match suffix {
            Some((y, e)) => (y, e),
            None => (None, b),
        };
        if let Some(mut m) = make_mention(s, a, b, tb, year, true) {
            if s.title() && suffix.is_none() {
                m.strong = false;
                m.title = true;
            }
            out.push(m);
        }
    }
}

fn tb_of(b: usize, suffix: Option<(Option<i32>, usize)>) -> usize {
    suffix.map_or(b, |(_, e)| e)
}

/// "exercises his right", "drills a well": the head word is a verb.
fn is_verb_use(s: &Sent, h: &Head) -> bool {
    h.b == h.a + 1
        && s.in_class(h.b, VERB_OBJECTS)
        && s.is_lower_word(h.b)
        && h.a > 0
        && !s.is_any(
            h.a - 1,
            &[
                "the", "a", "an", "this", "its", "their", "joint", "military",
            ],
        )
}

/// Keeps the strongest, longest of overlapping candidates, in text order.
fn resolve_overlaps(mut cands: Vec<Mention>) -> Vec<Mention> {
    cands.sort_by(|x, y| {
        y.strong
            .cmp(&x.strong)
            .then((y.end - y.start).cmp(&(x.end - x.start)))
            .then(x.start.cmp(&y.start))
    });
    let mut kept: Vec<Mention> = Vec::new();
    for c in cands {
        if kept.iter().any(|k| k.start < c.end && c.start < k.end) {
            // A weaker overlapping candidate may still add a known year.
            if let Some(k) = kept
                .iter_mut()
                .find(|k| k.start < c.end && c.start < k.end && k.key == c.key)
            {
                if k.year.is_none() {
                    k.year = c.year;
                }
            }
            continue;
        }
        kept.push(c);
    }
    kept.sort_by_key(|m| m.start);
    kept
}

/// "Center-2019 (Tsentr-2019)": the bracketed name is an alias of the one before.
fn mark_aliases(s: &Sent, ms: &mut [Mention]) {
    for i in 1..ms.len() {
        let (prev, cur) = (&ms[i - 1], &ms[i]);
        if cur.ta >= 1
            && s.is_punct(cur.ta - 1, '(')
            && cur.ta - 1 == prev.tb
            && s.is_punct(cur.tb, ')')
        {
            let key = prev.key.clone();
            let strong = prev.strong || cur.strong;
            ms[i - 1].strong = strong;
            if ms[i].key != key {
                ms[i].alias_of = Some(key);
            }
        }
    }
}

/// "the previous edition of X", "last year's X", "the first X".
fn is_past(s: &Sent, a: usize) -> bool {
    (a.saturating_sub(4)..a).any(|k| {
        s.in_class(k, PAST_MARKERS)
            || s.w(k).eq_ignore_ascii_case("year's") && k > 0 && s.is(k - 1, "last")
    })
}

/// "the 2018 edition".
fn edition_year(s: &Sent) -> Option<(i32, u8)> {
    if !s.has_class(EDITIONS) {
        return None;
    }
    (0..s.toks.len()).find_map(|i| {
        (s.kind(i) == Some(TokenKind::Number) && s.w(i).len() == 4 && s.in_class(i + 1, EDITIONS))
            .then(|| digits_year(s.w(i), false).map(|y| (y, 2)))
            .flatten()
    })
}

/// A year in the sentence that dates what it reports: "In 2021, ...", "in 2024",
/// "August 5-23, 2013"; not "since 2007", "began in 2003", or a name's suffix.
fn clause_year(s: &Sent, suffixes: &[(usize, usize)], ta: usize, tb: usize) -> Option<(i32, u8)> {
    let mut from = ta;
    while from > 0 && !s.clause_break(from - 1) {
        from -= 1;
    }
    let mut to = tb;
    while to < s.toks.len() && !s.clause_break(to) {
        to += 1;
    }
    for i in from..to {
        if s.kind(i) != Some(TokenKind::Number) || s.w(i).len() != 4 {
            continue;
        }
        let Some(y) = digits_year(s.w(i), false) else {
            continue;
        };
        if suffixes.iter().any(|&(a, b)| a <= i && i < b) {
            continue;
        }
        if (i > 0 && s.is_punct(i - 1, '-') && s.glued(i))
            || (s.is_punct(i + 1, '-') && s.kind(i + 2) == Some(TokenKind::Number))
        {
            continue;
        }
        if i > 0 && s.in_class(i - 1, NOT_EDITION_BEFORE) {
            continue;
        }
        if (i.saturating_sub(3)..i).any(|k| s.in_class(k, BEGIN_WORDS)) {
            continue;
        }
        let before_ok = i == 0
            || s.is_any(i - 1, &["in", "during", "of", "for"])
            || is_month(s.w(i - 1))
            || (s.is_punct(i - 1, ',')
                && i >= 2
                && (s.kind(i - 2) == Some(TokenKind::Number) || is_month(s.w(i - 2))));
        // Followed by a capitalised word that is not a place: a label ("2023 Defense White Paper").
        let label =
            s.is_cap(i + 1) && s.places_at(i + 1).next().is_none() && !s.in_class(i + 1, NAME_STOP);
        if !before_ok || label {
            continue;
        }
        return Some((y, 1));
    }
    None
}

fn is_month(w: &str) -> bool {
    crate::lexicon::months::month(w).is_some()
}

/// "Since 2007 ...", "since its inception in 2016".
fn since_year(s: &Sent) -> Option<i32> {
    if !s.has_class(SINCE) {
        return None;
    }
    for i in 0..s.toks.len() {
        if !s.in_class(i, SINCE) {
            continue;
        }
        // "the largest since ...": a comparison, not the series' start.
        if (i.saturating_sub(3)..i)
            .any(|k| s.is_any(k, &["largest", "biggest", "first", "most", "time"]))
        {
            continue;
        }
        if s.kind(i + 1) == Some(TokenKind::Number)
            && !(s.is_punct(i + 2, '-') && s.kind(i + 3) == Some(TokenKind::Number))
        {
            if let Some(y) = digits_year(s.w(i + 1), false) {
                return Some(y);
            }
        }
        if s.is_any(i + 1, &["its", "their", "the"])
            && s.is_any(
                i + 2,
                &[
                    "inception",
                    "creation",
                    "establishment",
                    "launch",
                    "founding",
                    "start",
                    "beginning",
                    "introduction",
                ],
            )
            && s.is(i + 3, "in")
            && s.kind(i + 4) == Some(TokenKind::Number)
        {
            if let Some(y) = digits_year(s.w(i + 4), false) {
                return Some(y);
            }
        }
    }
    None
}

/// A place phrase at `i`: "the Iliskiy Training Center", "Baluran, East Java",
/// "the Vaziani training area", "the regions of A, B and C",
/// "the Surya Foreign Training Node in Auli, Uttarakhand". Returns (text, end token).
fn place_phrase(s: &Sent, i: usize) -> Option<(String, usize)> {
    let mut a = i;
    if s.is(a, "the") {
        a += 1;
    }
    // "the regions of A, B and C".
    if s.is_any(
        a,
        &[
            "region",
            "regions",
            "province",
            "provinces",
            "city",
            "cities",
            "area",
            "areas",
            "county",
            "counties",
            "district",
            "districts",
            "town",
            "towns",
            "village",
            "villages",
        ],
    ) && s.is(a + 1, "of")
    {
        let first = a + 2;
        let mut k = first;
        let mut last = None;
        while k < s.toks.len() && k - first < 30 {
            if let Some(e) = cap_run(s, k) {
                last = Some(e);
                k = e;
                if s.is_punct(k, ',') || s.is(k, "and") {
                    if cap_run(s, k + 1).is_some() {
                        k += 1;
                        continue;
                    }
                    if s.is_punct(k, ',') && s.is(k + 1, "and") && cap_run(s, k + 2).is_some() {
                        k += 2;
                        continue;
                    }
                }
            }
            break;
        }
        let last = last?;
        return Some((s.slice(first, last).to_string(), last));
    }
    let mut e = cap_run(s, a)?;
    // Only a demonym or an org: not a place.
    if s.places
        .iter()
        .any(|p| p.a == a && p.b == e && matches!(p.kind, MentionKind::Demonym | MentionKind::Org))
    {
        return None;
    }
    if crate::lexicon::months::weekday(s.w(e - 1)).is_some() {
        return None;
    }
    let mut facility = s.in_class(e - 1, FACILITY_HEADS);
    for f in FACILITIES {
        if f.iter()
            .enumerate()
            .all(|(k, w)| s.is(e + k, w) && s.is_lower_word(e + k))
        {
            e += f.len();
            facility = true;
            break;
        }
    }
    let is_country = |a: usize, b: usize| {
        s.places
            .iter()
            .any(|p| p.a == a && p.b == b && p.kind == MentionKind::Name)
    };
    // "Training Node in Auli, Uttarakhand"; not "Training Center in Kazakhstan".
    if facility && s.is(e, "in") {
        if let Some(e2) = cap_run(s, e + 1) {
            if !is_country(e + 1, e2) {
                e = e2;
                if s.is_punct(e, ',') {
                    if let Some(e3) = cap_run(s, e + 1) {
                        e = e3;
                    }
                }
                return Some((s.slice(a, e).to_string(), e));
            }
        }
    }
    // "Ankara, Turkiye", "Baluran, East Java"; not "Kazakhstan, Kyrgyzstan".
    if s.is_punct(e, ',') {
        if let Some(e2) = cap_run(s, e + 1) {
            let next_ok = e2 >= s.toks.len() || !s.is_cap(e2) && !s.is(e2, "and");
            let both_countries = is_country(a, e) && is_country(e + 1, e2);
            let region_like = !s
                .places
                .iter()
                .any(|p| p.a == e + 1 && p.kind != MentionKind::Name);
            if next_ok && !both_countries && region_like && e2 - (e + 1) <= 3 {
                e = e2;
            }
        }
    }
    Some((s.slice(a, e).to_string(), e))
}

/// A run of capitalised words at `i` ("Iliskiy Training Center", "JBSA-Ft"),
/// returning its end token.
fn cap_run(s: &Sent, i: usize) -> Option<usize> {
    let mut e = i;
    while e < s.toks.len() && e - i < 6 {
        let w = s.w(e);
        let ok = s.is_cap(e) && !NAME_STOP.has(CLASSES.mask(w.trim_end_matches("'s")));
        if !ok {
            break;
        }
        e += 1;
        // "Tan-Tan" is one token; "Ft. Sam" keeps its dot.
        if s.is_punct(e, '.') && s.glued(e) && s.is_cap(e + 1) {
            e += 1;
        }
    }
    (e > i).then_some(e)
}

/// "in/at PLACE" after the mention, in the same clause.
fn location_after(s: &Sent, from: usize) -> Option<String> {
    let n = s.toks.len();
    let mut k = from;
    while k < n && k < from + 14 {
        if s.clause_break(k) || s.in_class(k, LOCATION_STOPS) || s.is_punct(k, '"') {
            return None;
        }
        if s.is_any(k, &["in", "at"]) {
            if let Some((p, _)) = place_phrase(s, k + 1) {
                return Some(p);
            }
        }
        k += 1;
    }
    None
}

/// "training in Grenada as part of Exercise X", "in the Northern Territory
/// during a ... exercise known as X", "sent to Romania to participate in X".
fn location_before(s: &Sent, a: usize) -> Option<String> {
    const CONNECTORS: &[&[&str]] = &[
        &["as", "part", "of"],
        &["during"],
        &["to", "participate", "in"],
        &["to", "take", "part", "in"],
        &["for", "participation", "in"],
        &["to", "join"],
    ];
    // Find a connector ending within 8 tokens before the mention.
    for c_end in (a.saturating_sub(8)..=a).rev() {
        for conn in CONNECTORS {
            let len = conn.len();
            if c_end < len {
                continue;
            }
            let c_start = c_end - len;
            if !conn.iter().enumerate().all(|(k, w)| s.is(c_start + k, w)) {
                continue;
            }
            // Only words between the connector and the mention.
            if (c_end..a).any(|k| s.kind(k) != Some(TokenKind::Word)) {
                continue;
            }
            // A place phrase ending right before the connector, after in/at/to.
            for p in (c_start.saturating_sub(8)..c_start).rev() {
                if s.is_any(p, &["in", "at", "to"]) {
                    if let Some((text, e)) = place_phrase(s, p + 1) {
                        if e == c_start {
                            return Some(text);
                        }
                    }
                }
            }
        }
    }
    None
}

/// The token a verb's subject ends at, stepping back over up to three
/// auxiliaries ("have actively participated").
fn before_auxiliaries(s: &Sent, v: usize) -> usize {
    let mut k = v;
    while k > 0 && v - k < 3 && s.in_class(k - 1, AUX) {
        k -= 1;
    }
    k
}

/// "Kazakhstan will hold ... exercises": the host, by name.
fn host_subject(s: &Sent) -> Option<(Country, String)> {
    if !s.has_class(HOST_VERBS) {
        return None;
    }
    for v in 0..s.toks.len() {
        if !s.in_class(v, HOST_VERBS) {
            continue;
        }
        let k = before_auxiliaries(s, v);
        if let Some(p) = s
            .places
            .iter()
            .find(|p| p.b == k && p.kind == MentionKind::Name)
        {
            // Not one of a list ("A and B hold").
            if p.a > 0
                && (s.is(p.a - 1, "and")
                    || (s.is_punct(p.a - 1, ',') && s.places.iter().any(|q| q.b + 1 == p.a)))
            {
                return None;
            }
            let c = p.country?;
            return Some((c, s.slice(p.a, p.b).to_string()));
        }
    }
    None
}

/// States said to take part in what the sentence reports.
fn participants(s: &Sent, mentions: &[Mention]) -> Vec<Country> {
    // Participants are named states: none named, nothing to read.
    if s.places.is_empty() && s.outlet.is_none() {
        return Vec::new();
    }
    let n = s.toks.len();
    let has_cue = s.has_class(CUES);
    let has_head = !s.heads.is_empty();
    let mut found: Vec<usize> = Vec::new(); // indices into s.places

    // "the Garuda Shield exercise with the United States".
    for m in mentions {
        let mut k = m.tb;
        while k < n
            && k - m.tb < 4
            && (s.head_covering(k).is_some()
                || (s.kind(k) == Some(TokenKind::Word) && s.generic(k)))
        {
            k += 1;
        }
        if s.is(k, "with") && !s.is(k + 2, "participation") {
            found.extend(country_list(s, k + 1));
        }
    }

    // Lists after cue words (none in a sentence without an opener).
    let openers = match s.has_class(LIST_OPENERS) || s.has_class(TROOPS) {
        true => 0..n,
        false => 0..0,
    };
    for i in openers {
        // One bit test turns away the words no branch below starts with.
        if !s.in_class(i, LIST_OPENERS) && !s.in_class(i, TROOPS) {
            continue;
        }
        let start = if s.is(i, "from") {
            let after_troops = (i.saturating_sub(3)..i).any(|k| {
                s.in_class(k, TROOPS) || s.is_any(k, &["hailing", "nations", "countries", "states"])
            });
            after_troops.then_some(i + 1)
        } else if s.is_any(
            i,
            &["namely", "including", "include", "included", "includes"],
        ) {
            (has_cue || has_head).then_some(i + 1)
        } else if s.is(i, "participation") && s.is(i + 1, "of") {
            Some(skip_unit_of(s, i + 2))
        } else if s.is_any(i, &["led", "joined", "hosted"]) && s.is(i + 1, "by") {
            Some(i + 2)
        } else if s.is_any(i, &["join", "joins", "joining"])
            || (s.is(i, "joined") && !s.is(i + 1, "by"))
        {
            Some(i + 1)
        } else if s.is(i, "between") {
            let near_head = s
                .heads
                .iter()
                .any(|h| !h.negative && h.b <= i && i - h.b <= 10);
            let relation = i > 0 && s.in_class(i - 1, RELATIONS);
            (near_head && !relation).then_some(i + 1)
        } else if s.in_class(i, TROOPS) && s.is(i + 1, "of") {
            // "servicemen of A, B and C have started the X exercise".
            (has_cue || !mentions.is_empty()).then_some(i + 2)
        } else if s.is(i, "in") && s.is(i + 1, "addition") && s.is(i + 2, "to") {
            has_cue.then_some(i + 3)
        } else {
            None
        };
        let Some(st) = start else {
            continue;
        };
        let got = country_list(s, st);
        if got.is_empty() {
            // "from 16 countries, namely ...", "from 13 member states - A, B".
            if s.is(i, "from") {
                for k in st..n.min(st + 10) {
                    if s.clause_break(k) && !s.is_punct(k, '-') {
                        break;
                    }
                    if s.is_punct(k, ':')
                        || s.is_punct(k, '-')
                        || s.is_any(k, &["namely", "including"])
                    {
                        found.extend(country_list(s, k + 1));
                        break;
                    }
                }
            }
        } else {
            found.extend(got);
        }
    }

    if has_cue {
        // "Indonesian and American troops", "1300 Georgian and 1170 U.S. military personnel".
        for (pi, p) in s.places.iter().enumerate() {
            if p.country.is_none() || located(s, p.a) {
                continue;
            }
            let troops = (p.b..n.min(p.b + 3))
                .take_while(|&k| s.kind(k) == Some(TokenKind::Word))
                .any(|k| s.in_class(k, TROOPS) || is_troops_possessive(s, k));
            if troops {
                found.push(pi);
                found.extend(coordinated_before(s, pi));
            }
        }
        // "Canada, Japan and the UK actively participated", "which China participated in".
        let verbs = match s.has_class(SUBJECT_VERBS) {
            true => 0..n,
            false => 0..0,
        };
        for v in verbs {
            if !s.in_class(v, SUBJECT_VERBS) {
                continue;
            }
            if s.is(v, "led") && s.is(v + 1, "by") {
                continue;
            }
            let k = before_auxiliaries(s, v);
            if let Some(pi) = s
                .places
                .iter()
                .position(|p| p.b == k && p.country.is_some())
            {
                if !located(s, s.places[pi].a) {
                    found.push(pi);
                    found.extend(coordinated_before(s, pi));
                }
            }
        }
    }

    // "India-Kazakhstan Joint Military Exercise", "U.S.-led".
    for (pi, p) in s.places.iter().enumerate() {
        if p.country.is_none() {
            continue;
        }
        let w_end = s.toks[p.b - 1].end;
        let tok_text = s.w(p.b - 1);
        let tb = tok_text.as_bytes();
        if (tb.len() >= 4 && tb[tb.len() - 4..].eq_ignore_ascii_case(b"-led"))
            || (s.is_punct(p.b, '-') && s.glued(p.b) && s.is(p.b + 1, "led"))
        {
            found.push(pi);
            continue;
        }
        // Two states in one hyphenated token or glued by a dash, before a head.
        // Places are in text order and do not overlap: only the next one can pair.
        let pair = s
            .places
            .iter()
            .enumerate()
            .skip(pi + 1)
            .take(1)
            .find(|(qi, q)| {
                *qi != pi
                    && q.country.is_some()
                    && (q.a == p.a
                        || (q.a == p.b + 1
                            && s.is_punct(p.b, '-')
                            && s.glued(p.b)
                            && s.toks[p.b].start == w_end))
            });
        if let Some((qi, q)) = pair {
            let after = q.b.max(p.b);
            if (after..n.min(after + 4)).any(|k| s.head_at(k).is_some_and(|h| !h.negative)) {
                found.push(pi);
                found.push(qi);
            }
        }
    }

    // "Our military troops regularly participate": the outlet's country.
    let mut out: Vec<Country> = Vec::new();
    if has_cue {
        if let Some(c) = s.outlet {
            let ours = (0..n).any(|i| {
                s.is(i, "our")
                    && (i + 1..n.min(i + 4)).any(|k| s.in_class(k, TROOPS) || s.is(k, "country"))
            });
            if ours {
                out.push(c);
            }
        }
    }

    // Observers and sponsors are not participants.
    let excluded = excluded_places(s);
    found.sort_unstable();
    found.dedup();
    for pi in found {
        if excluded.contains(&pi) {
            continue;
        }
        if let Some(c) = s.places[pi].country {
            if !out.contains(&c) {
                out.push(c);
            }
        }
    }
    out
}

/// "Navy's": a troop noun with a possessive.
fn is_troops_possessive(s: &Sent, k: usize) -> bool {
    let w = s.w(k);
    w.len() > 2 && w.ends_with("'s") && TROOPS.has(CLASSES.mask(&w[..w.len() - 2]))
}

/// "participation of the military contingents of A": skips to the list.
fn skip_unit_of(s: &Sent, i: usize) -> usize {
    let mut k = i;
    if s.is(k, "the") {
        k += 1;
    }
    let mut j = k;
    while j < s.toks.len()
        && j - k < 3
        && s.kind(j) == Some(TokenKind::Word)
        && !s.is(j, "of")
        && s.places_at(j).next().is_none()
    {
        j += 1;
    }
    if j > k && s.is(j, "of") && (k..j).any(|x| s.in_class(x, TROOPS)) {
        return j + 1;
    }
    i
}

/// The mention at `a` follows "in", "at", "to", "into" (optionally "the"): a place.
fn located(s: &Sent, a: usize) -> bool {
    let mut k = a;
    if k > 0 && s.is(k - 1, "the") {
        k -= 1;
    }
    k > 0 && s.in_class(k - 1, LOCATIVES)
}

/// States listed at `i`: "A, B, and the C", "the kingdom of Morocco", "1170 U.S.".
fn country_list(s: &Sent, i: usize) -> Vec<usize> {
    let n = s.toks.len();
    let mut out = Vec::new();
    let mut k = i;
    let mut steps = 0;
    while k < n && steps < 60 {
        steps += 1;
        let lo = s.places.partition_point(|p| p.a < k);
        let hi = lo + s.places[lo..].iter().take_while(|p| p.a == k).count();
        if hi > lo {
            let mut next = k + 1;
            for pi in lo..hi {
                if s.places[pi].country.is_some() {
                    out.push(pi);
                }
                next = next.max(s.places[pi].b);
            }
            k = next;
            continue;
        }
        if s.is_punct(k, ',') || s.is_punct(k, '&') || s.in_class(k, LIST_LINKS) {
            k += 1;
            continue;
        }
        if s.is_any(k, &["kingdom", "republic", "state", "sultanate"]) && s.is(k + 1, "of") {
            k += 2;
            continue;
        }
        if s.is(k, "in") && s.is(k + 1, "addition") && s.is(k + 2, "to") {
            k += 3;
            continue;
        }
        if s.is(k, "as") && s.is(k + 1, "well") && s.is(k + 2, "as") {
            k += 3;
            continue;
        }
        if (s.is(k, "such") && s.is(k + 1, "as"))
            || (s.is(k, "along") && s.is(k + 1, "with"))
            || (s.is(k, "together") && s.is(k + 1, "with"))
        {
            k += 2;
            continue;
        }
        // "several Arab states such as": a short gap before the list goes on.
        if !out.is_empty() && s.kind(k) == Some(TokenKind::Word) {
            let resume = (k..n.min(k + 5)).find(|&j| {
                s.is(j, "such") && s.is(j + 1, "as") || s.is_any(j, &["including", "namely"])
            });
            if let Some(j) = resume {
                if (k..j).all(|x| s.kind(x) == Some(TokenKind::Word)) {
                    k = j;
                    continue;
                }
            }
        }
        // A count before a state: "1170 U.S. personnel".
        if s.kind(k) == Some(TokenKind::Number) && s.places_at(k + 1).next().is_some() {
            k += 1;
            continue;
        }
        break;
    }
    out
}

/// States coordinated before place `pi`: "Azerbaijani, Turkish, and Pakistani".
fn coordinated_before(s: &Sent, pi: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut cur = s.places[pi].a;
    loop {
        let mut k = cur;
        let mut saw_link = false;
        while k > 0 && cur - k < 4 {
            let j = k - 1;
            if s.is_punct(j, ',')
                || s.is_any(j, &["and", "the"])
                || s.kind(j) == Some(TokenKind::Number)
            {
                saw_link |= s.is_punct(j, ',') || s.is(j, "and");
                k = j;
                continue;
            }
            break;
        }
        if !saw_link || k == 0 {
            break;
        }
        match s
            .places
            .iter()
            .position(|p| p.b == k && p.country.is_some())
        {
            Some(q) => {
                out.push(q);
                cur = s.places[q].a;
            }
            None => break,
        }
    }
    out
}

/// Places named as observers ("Indonesian personnel were among observers",
/// "A and B are participating as observer nations") or sponsors ("under the
/// auspices of the US Ground Forces").
fn excluded_places(s: &Sent) -> Vec<usize> {
    let n = s.toks.len();
    let mut out = Vec::new();
    for i in 0..n {
        let w = s.w(i);
        if w.len() >= 6 && w.as_bytes()[..6].eq_ignore_ascii_case(b"observ") {
            // "units and observers from": both kinds, leave them.
            if i >= 2 && s.is(i - 1, "and") && s.in_class(i - 2, TROOPS) {
                continue;
            }
            let mut c = i;
            while c > 0 && !s.clause_break(c - 1) {
                c -= 1;
            }
            for (pi, p) in s.places.iter().enumerate() {
                if p.a >= c && p.b <= i {
                    out.push(pi);
                }
            }
            // "observers from A, B".
            if s.is(i + 1, "from") {
                out.extend(country_list(s, i + 2));
            }
        }
        if s.in_class(i, SPONSORS) {
            for (pi, p) in s.places.iter().enumerate() {
                if p.a > i && p.a <= i + 6 {
                    out.push(pi);
                }
            }
        }
    }
    out
}

/// What the sentence's head words say: (goes on about an exercise, has a
/// definite head, introduces another unnamed exercise).
fn head_roles(s: &Sent, mentions: &[Mention]) -> (bool, bool, bool) {
    let mut anaphoric = false;
    let mut reset = false;
    let mut any_head = false;
    for h in &s.heads {
        if h.negative {
            continue;
        }
        if mentions.iter().any(|m| h.a < m.tb + 4 && m.ta < h.b + 4) {
            continue;
        }
        any_head = true;
        let mut k = h.a;
        let mut steps = 0;
        let mut det = None;
        while k > 0 && steps < 4 {
            k -= 1;
            steps += 1;
            if s.is_any(
                k,
                &[
                    "the", "this", "these", "that", "those", "its", "their", "such", "same",
                ],
            ) {
                det = Some(true);
                break;
            }
            if s.kind(k) != Some(TokenKind::Word)
                || s.is_any(k, &["a", "an", "in", "of", "carried", "carry"])
                || s.in_class(k, HOLDING_VERBS)
            {
                det = Some(false);
                // Host verbs right before an unnamed head: another exercise.
                if s.in_class(k, HOLDING_VERBS) && h.a - k <= 3 && s.is_lower_word(h.a) {
                    reset = true;
                }
                break;
            }
        }
        if det == Some(true) {
            anaphoric = true;
        }
    }
    let cue = s.has_class(FOCUS_CUES);
    let reset = reset && !anaphoric;
    (any_head || cue, anaphoric, reset)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn class_words_start_with_a_letter() {
        // Only word tokens get a mask: a class word written with a digit or
        // punctuation first would never be found.
        for class in ALL_CLASSES {
            for w in class.words() {
                assert!(w.starts_with(char::is_alphabetic), "{w:?}");
            }
        }
    }
}
