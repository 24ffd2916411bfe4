//! Countries, demonyms, capitals and international bodies, as data.
//!
//! [`COUNTRIES`] lists every code of ISO 3166-1 alpha-2 (all 249: the UN
//! member states, Taiwan `TW`, Palestine `PS`, the Holy See `VA` and the
//! dependent territories such as Hong Kong `HK`, Macao `MO`, Puerto Rico `PR`
//! and Greenland `GL`) plus Kosovo (`XK`, user-assigned): common name, other
//! names and abbreviations, demonyms (singular and plural), capitals. A
//! territory gets only the forms that rarely mean anything else: no capital
//! that is also a common name or another well-known place (Hamilton, San
//! Juan, Stanley, Douglas, George Town, The Valley, Saint-Denis, Cayenne,
//! Kingston), no bare "Norfolk" (the English county, the US naval base), and
//! no "Diego Garcia" (a base, reported as a location, not as a party). [`ORGS`] lists
//! international bodies; they are reported as [`Entity::Org`], never as states.
//!
//! [`find_mentions_at`] looks every form up where a word starts (a
//! [`PhraseTable`], built once: longest form first) and keeps whole-word
//! matches only:
//!
//! * Forms match case-sensitively as written in the tables. Names, capitals,
//!   org names and the [`NOT_PLACES`] phrases also match in ALL CAPS
//!   (datelines: "NUR-SULTAN", "KAZAKHSTAN"); demonyms do not. Lower-case
//!   text never matches ("us", "chad", "turkey").
//! * The character before and after a match must not be alphanumeric
//!   (`char::is_alphanumeric`); punctuation, spaces and hyphens are
//!   boundaries, so "Kazakh-US" gives KZ and US and "U.S.-led" gives US.
//! * Longest match wins: "Russian Federation" is one RU mention, "U.S.
//!   Central Command" is one `CENTCOM` org mention, "Guinea-Bissau" is GW.
//!   When the longest match at a word start is not a whole word, the search
//!   goes on at the next word start; a shorter form starting at that same
//!   place is not retried (only matters for contrived text such as
//!   "Guinea-Bissaux").
//! * [`NOT_PLACES`] phrases ("Latin America", "New Mexico", "Indian Ocean",
//!   "Gulf of Guinea", "US$" ...) are matched and dropped, so the country
//!   word inside them is not reported.
//! * "US" heuristic: the case-exact "US" is dropped when the word right
//!   before it (separated by spaces only) is an ALL-CAPS word of three or more
//!   ASCII letters that is not itself a known place or org and not "THE" or
//!   "AND" ("LET US", "MEET US", "JOIN US"). Pronoun "us" after an all-caps
//!   verb is the usual headline false positive; a country "US" in headlines
//!   usually starts a noun phrase ("US TROOPS"), so the word after is not
//!   checked. Known cost: "TOKAYEV VISITS US" loses its US.
//!
//! # Ambiguous words
//!
//! A mention is flagged `ambiguous: true` when the word often names
//! something other than the state. Each maps to one code anyway:
//!
//! | Form(s) | Code | Why ambiguous |
//! |---|---|---|
//! | Georgia, Georgian(s) | GE | also the US state and its people |
//! | Jordan | JO | personal name, river ("Jordanian" is not ambiguous) |
//! | Chad | TD | personal name ("Chadian" is not ambiguous) |
//! | Guinea, Guinean(s) | GN | may be short for Guinea-Bissau, Equatorial Guinea, Papua New Guinea; those full names match as GW, GQ, PG |
//! | Korea, Korean(s) | KR | North or South; the Republic of Korea is the usual partner in cooperation news. "South Korea(n)", "ROK" are KR and "North Korea(n)", "DPRK" are KP, unambiguous |
//! | Congo, Congolese | CG | Republic of the Congo or DR Congo; "DR Congo", "DRC", "Democratic Republic of the Congo", "Kinshasa" are CD; "Republic of the Congo", "Congo-Brazzaville" are CG, unambiguous |
//! | Dominican(s) | DO | also the demonym of Dominica (DM), which therefore has no demonym here |
//! | Central African(s) | CF | also any person or thing from central Africa |
//! | Finn, Pole | FI, PL | personal name; a pole ("Finns", "Poles" are not ambiguous) |
//! | Macedonian(s) | MK | also the Greek region and its people |
//! | Washington | US | also the US state and a surname; "Washington, D.C." is not ambiguous |
//! | Jersey | JE | also a garment and part of US place names; "New Jersey" and "Jersey City" are not places here |
//! | South Georgia | GS | also the south of the US state |
//! | Jerusalem | IL | status disputed; "East Jerusalem" is PS |
//! | Victoria (SC), Kingston (JM), Georgetown (GY), Wellington (NZ), Nassau (BS), Santiago (CL), San José/San Jose (CR), Panama City (PA), Tripoli (LY), St. John's/Saint John's (AG), Lima (PE), Sofia (BG), Sucre (BO), Moroni (KM), Male (MV) | capital's code | also a common personal name, word ("Male", NATO "Lima") or another well-known city of the same name |
//!
//! Niger is not ambiguous: whole-word matching keeps it apart from Nigeria.
//! Former or alternative names of capitals (Nur-Sultan, Kiev, Ashkhabad,
//! Rangoon, Peking) map to today's state. Almaty and other former capitals
//! that are still large cities are not listed, except Yangon (as asked by
//! the brief: it is still widely called the capital in news).

use crate::text::FastMap;
use std::sync::LazyLock;

use crate::scan::{PhraseTable, PrefixGate, WordStarts};

use crate::iso3166::COUNTRIES;
use crate::model::Country;

/// International bodies: the abbreviation reported in [`Entity::Org`], then
/// every form that names it (the abbreviation itself included).
#[rustfmt::skip]
pub(crate) static ORGS: &[(&str, &[&str])] = &[
    ("AFRICOM", &["AFRICOM", "USAFRICOM", "U.S. Africa Command", "US Africa Command", "United States Africa Command", "Africa Command"]),
    ("ASEAN", &["ASEAN", "Association of Southeast Asian Nations", "Association of South East Asian Nations"]),
    ("AMISOM", &["AMISOM", "African Union Mission in Somalia"]),
    ("ATMIS", &["ATMIS", "African Union Transition Mission in Somalia"]),
    ("AU", &["AU", "African Union"]),
    ("Arab League", &["Arab League", "League of Arab States"]),
    ("Bundeswehr", &["Bundeswehr"]),
    ("Bundesheer", &["Bundesheer"]),
    ("ENDF", &["ENDF", "Ethiopian National Defense Force", "Ethiopian National Defence Force"]),
    ("FARDC", &["FARDC"]),
    ("IRGC", &["IRGC", "Islamic Revolutionary Guard Corps"]),
    ("JASDF", &["JASDF", "Japan Air Self-Defense Force", "Japan Air Self-Defence Force", "Japanese Air Self-Defense Force", "Japanese Air Self-Defence Force"]),
    ("JGSDF", &["JGSDF", "Japan Ground Self-Defense Force", "Japan Ground Self-Defence Force", "Japanese Ground Self-Defense Force", "Japanese Ground Self-Defence Force"]),
    ("JMSDF", &["JMSDF", "Japan Maritime Self-Defense Force", "Japan Maritime Self-Defence Force", "Japanese Maritime Self-Defense Force", "Japanese Maritime Self-Defence Force"]),
    ("KDF", &["KDF", "Kenya Defence Forces", "Kenya Defense Forces"]),
    ("MNDF", &["MNDF", "Maldives National Defence Force"]),
    ("People's National Army", &["People's National Army", "People\u{2019}s National Army"]),
    ("RDF", &["RDF", "Rwanda Defence Force", "Rwanda Defence Forces"]),
    ("Rosgvardia", &["Rosgvardia"]),
    ("SANDF", &["SANDF"]),
    ("TNI", &["TNI"]),
    ("TPDF", &["TPDF", "Tanzania People's Defence Force", "Tanzania People\u{2019}s Defence Force"]),
    ("UPDF", &["UPDF", "Uganda People's Defence Force", "Uganda People's Defence Forces", "Uganda People\u{2019}s Defence Forces"]),
    ("CARICOM", &["CARICOM", "Caribbean Community"]),
    ("CENTCOM", &["CENTCOM", "USCENTCOM", "U.S. Central Command", "US Central Command", "United States Central Command", "Central Command"]),
    ("CIS", &["CIS", "Commonwealth of Independent States"]),
    ("CSTO", &["CSTO", "Collective Security Treaty Organization", "Collective Security Treaty Organisation"]),
    ("ECOWAS", &["ECOWAS", "Economic Community of West African States"]),
    ("EU", &["EU", "European Union"]),
    ("EUFOR", &["EUFOR"]),
    ("EUCOM", &["EUCOM", "USEUCOM", "U.S. European Command", "US European Command", "United States European Command", "European Command"]),
    ("GCC", &["GCC", "Gulf Cooperation Council", "Cooperation Council for the Arab States of the Gulf"]),
    ("IDF", &["IDF", "Israel Defense Forces", "Israel Defence Forces", "Israeli Defense Forces"]),
    ("ISAF", &["ISAF", "International Security Assistance Force"]),
    ("ISPR", &["ISPR", "Inter Services Public Relations", "Inter-Services Public Relations"]),
    ("INDOPACOM", &["INDOPACOM", "USINDOPACOM", "U.S. Indo-Pacific Command", "US Indo-Pacific Command", "United States Indo-Pacific Command", "Indo-Pacific Command", "PACOM", "USPACOM", "U.S. Pacific Command", "US Pacific Command", "Pacific Command"]),
    ("JSDF", &["JSDF", "Japan Self-Defense Forces", "Japan Self-Defence Forces", "Japanese Self-Defense Forces"]),
    ("KFOR", &["KFOR"]),
    ("MINUSMA", &["MINUSMA"]),
    ("MONUSCO", &["MONUSCO"]),
    ("NATO", &["NATO", "North Atlantic Treaty Organization", "North Atlantic Treaty Organisation", "North Atlantic Alliance"]),
    ("NORTHCOM", &["NORTHCOM", "USNORTHCOM", "U.S. Northern Command", "US Northern Command", "United States Northern Command"]),
    ("OSCE", &["OSCE", "Organization for Security and Co-operation in Europe", "Organization for Security and Cooperation in Europe"]),
    ("PLA", &["PLA", "People's Liberation Army", "People\u{2019}s Liberation Army"]),
    ("SCO", &["SCO", "Shanghai Cooperation Organization", "Shanghai Cooperation Organisation"]),
    ("SOUTHCOM", &["SOUTHCOM", "USSOUTHCOM", "U.S. Southern Command", "US Southern Command", "United States Southern Command"]),
    ("Tatmadaw", &["Tatmadaw"]),
    ("UN", &["UN", "U.N.", "United Nations", "United Nations Organization"]),
    ("UNIFIL", &["UNIFIL", "United Nations Interim Force in Lebanon"]),
    ("UNMISS", &["UNMISS"]),
    ("USFK", &["USFK", "U.S. Forces Korea", "US Forces Korea", "United States Forces Korea"]),
];

/// Phrases that contain a country word but do not name a state; they are
/// matched (longest wins) and dropped.
#[rustfmt::skip]
pub(crate) static NOT_PLACES: &[&str] = &[
    "British Columbia", "Central America", "Central American", "Central Americans",
    "Gulf of Guinea", "Indian Ocean", "Jersey City", "Latin America", "Latin American",
    "Latin Americans", "Native American", "Native Americans", "New Guinea", "New Jersey",
    "New Mexico", "North America", "North American", "North Americans", "North Pole",
    "Northern Ireland", "Northern Irish", "Pan-American", "Pan American", "South America",
    "South American", "South Americans", "South Pole", "Strait of Gibraltar",
    "Straits of Gibraltar", "US$", "Washington Post", "Washington Times",
];

/// Forms (as written in [`COUNTRIES`]) flagged `ambiguous`; see the module docs.
#[rustfmt::skip]
pub(crate) static AMBIGUOUS: &[&str] = &[
    "Central African", "Central Africans", "Chad", "Congo", "Congolese", "Dominican", "Dominicans",
    "Finn", "Georgetown", "Georgia", "Georgian", "Georgians", "Guinea", "Guinean", "Guineans",
    "Jersey", "Jerusalem", "Jordan", "Kingston", "Korea", "Korean", "Koreans", "Lima", "Macedonian",
    "Macedonians", "Male", "Moroni", "Nassau", "Panama City", "Pole", "Saint John's", "San Jose",
    "San José", "Santiago", "Sofia", "South Georgia", "St. John's", "Sucre", "Tripoli", "Victoria",
    "Washington", "Wellington",
];

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

/// What a lexicon phrase stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    Place {
        entity: Entity,
        kind: MentionKind,
        ambiguous: bool,
    },
    /// A [`NOT_PLACES`] phrase: matched, then dropped.
    Block,
}

/// The phrase table and the lookup map, built once.
struct Lexicon {
    /// Every searchable form, looked up at word starts; phrase ids index `targets`.
    table: PhraseTable,
    targets: Vec<Target>,
    /// Searchable forms plus ALL-CAPS demonyms, for [`lookup`].
    by_phrase: FastMap<String, Target>,
    /// Forms that two different targets claimed at the same priority (tests check it is empty).
    #[cfg(test)]
    conflicts: Vec<String>,
}

/// Priority when two table rows produce the same form: a lower rank wins.
/// Exact forms beat derived ALL-CAPS forms; within one state, a name beats a
/// capital ("Luxembourg") which beats a demonym.
fn rank(kind: Option<MentionKind>, derived: bool) -> u8 {
    let k = match kind {
        None => 0,
        Some(MentionKind::Org) | Some(MentionKind::Name) => 1,
        Some(MentionKind::Capital) => 2,
        Some(MentionKind::Demonym) => 3,
    };
    k + if derived { 10 } else { 0 }
}

fn kind_of(t: &Target) -> Option<MentionKind> {
    match t {
        Target::Place { kind, .. } => Some(*kind),
        Target::Block => None,
    }
}

/// Adds `form` unless a better-ranked target already owns it; records conflicts.
fn insert(
    map: &mut FastMap<String, (Target, u8)>,
    conflicts: &mut Vec<String>,
    form: String,
    target: Target,
    derived: bool,
) {
    let r = rank(kind_of(&target), derived);
    match map.get_mut(&form) {
        None => {
            map.insert(form, (target, r));
        }
        Some((old, old_r)) => {
            let same_entity = match (&*old, &target) {
                (Target::Place { entity: a, .. }, Target::Place { entity: b, .. }) => a == b,
                (Target::Block, Target::Block) => true,
                _ => false,
            };
            if !same_entity && *old_r == r {
                conflicts.push(form.clone());
            }
            if r < *old_r {
                *old = target;
                *old_r = r;
            }
        }
    }
}

fn build() -> Lexicon {
    let mut map: FastMap<String, (Target, u8)> = FastMap::default();
    let mut conflicts = Vec::new();
    let ambiguous = |form: &str| AMBIGUOUS.contains(&form);

    for e in COUNTRIES {
        let Some(country) = Country::from_alpha2(e.code) else {
            continue;
        };
        let groups: [(&[&str], MentionKind, bool); 4] = [
            (std::slice::from_ref(&e.name), MentionKind::Name, true),
            (e.names, MentionKind::Name, true),
            (e.capitals, MentionKind::Capital, true),
            (e.demonyms, MentionKind::Demonym, false),
        ];
        for (forms, kind, caps) in groups {
            for &form in forms {
                let target = Target::Place {
                    entity: Entity::Country(country),
                    kind,
                    ambiguous: ambiguous(form),
                };
                insert(&mut map, &mut conflicts, form.to_string(), target, false);
                if caps {
                    insert(&mut map, &mut conflicts, form.to_uppercase(), target, true);
                }
            }
        }
    }
    for &(abbrev, forms) in ORGS {
        let target = Target::Place {
            entity: Entity::Org(abbrev),
            kind: MentionKind::Org,
            ambiguous: false,
        };
        for &form in forms {
            insert(&mut map, &mut conflicts, form.to_string(), target, false);
            insert(&mut map, &mut conflicts, form.to_uppercase(), target, true);
        }
    }
    for &form in NOT_PLACES {
        insert(
            &mut map,
            &mut conflicts,
            form.to_string(),
            Target::Block,
            false,
        );
        insert(
            &mut map,
            &mut conflicts,
            form.to_uppercase(),
            Target::Block,
            true,
        );
    }

    // Sorted so pattern ids are deterministic.
    let mut forms: Vec<(String, Target)> = map.into_iter().map(|(f, (t, _))| (f, t)).collect();
    forms.sort_by(|a, b| a.0.cmp(&b.0));
    // Case matters: "US" is a state, "us" is not.
    let table = PhraseTable::new(forms.iter().map(|(f, _)| f.as_str()), false);
    let targets = forms.iter().map(|(_, t)| *t).collect();

    let mut by_phrase: FastMap<String, Target> = forms.into_iter().collect();
    // ALL-CAPS demonyms are not searched ("POLE", "FINN") but can be looked up.
    for e in COUNTRIES {
        for &d in e.demonyms {
            let upper = d.to_uppercase();
            if let Some(&t) = by_phrase.get(d) {
                by_phrase.entry(upper).or_insert(t);
            }
        }
    }
    Lexicon {
        table,
        targets,
        by_phrase,
        #[cfg(test)]
        conflicts,
    }
}

static LEXICON: LazyLock<Lexicon> = LazyLock::new(build);

impl Country {
    /// The state a name, short name, abbreviation or demonym stands for
    /// ("Kazakhstan", "Republic of Kazakhstan", "Kazakh", "U.S.", "Americans");
    /// `None` for anything else, international bodies included.
    ///
    /// # Example
    /// ```
    /// use milcoop::Country;
    /// assert_eq!(Country::from_name("Kazakhstani").map(|c| c.alpha2()), Some("KZ"));
    /// assert_eq!(Country::from_name("United States of America").map(|c| c.alpha2()), Some("US"));
    /// assert_eq!(Country::from_name("NATO"), None);
    /// ```
    pub fn from_name(name: &str) -> Option<Country> {
        match lookup(name.trim())? {
            (Entity::Country(c), _) => Some(c),
            _ => None,
        }
    }
}

/// The state or body one exact phrase names ("Kazakhstan", "ASTANA",
/// "Kazakhs", "NATO"), in table case or ALL CAPS; `None` otherwise.
pub(crate) fn lookup(phrase: &str) -> Option<(Entity, MentionKind)> {
    match LEXICON.by_phrase.get(phrase)? {
        Target::Place { entity, kind, .. } => Some((*entity, *kind)),
        Target::Block => None,
    }
}

/// True when `text[start..end]` is a whole word: no alphanumeric character
/// touches it on either side.
fn is_whole_word(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// The "US" pronoun heuristic (see the module docs): true when the case-exact
/// "US" at `start` follows an ALL-CAPS word that is not a place, org or "THE"/"AND".
fn looks_like_pronoun_us(text: &str, start: usize) -> bool {
    let head = text[..start].trim_end_matches(' ');
    if head.len() == start {
        return false; // not separated by spaces
    }
    // Longer words are never places or orgs, and the cap keeps this O(1).
    const MAX: usize = 32;
    let bytes = head.as_bytes();
    let mut i = bytes.len();
    while i > 0 && bytes.len() - i <= MAX && bytes[i - 1].is_ascii_alphabetic() {
        i -= 1;
    }
    let word = &head[i..];
    if word.len() < 3 || word.len() > MAX || !word.bytes().all(|b| b.is_ascii_uppercase()) {
        return false;
    }
    // The word must be whole (not the tail of "KAZAKH2US" or "ÉTATS").
    if head[..i]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
    {
        return false;
    }
    !matches!(word, "THE" | "AND") && !LEXICON.by_phrase.contains_key(word)
}

/// National commands that are listed as bodies but stand for one state:
/// a US combatant command is the US, the Bundeswehr Germany, the PLA China.
pub(crate) static NATIONAL_COMMANDS: &[(&str, &str)] = &[
    ("AFRICOM", "US"),
    ("CENTCOM", "US"),
    ("EUCOM", "US"),
    ("INDOPACOM", "US"),
    ("NORTHCOM", "US"),
    ("SOUTHCOM", "US"),
    ("USFK", "US"),
    // Armed forces and services named for their state.
    ("Bundeswehr", "DE"),
    ("Bundesheer", "AT"),
    ("ENDF", "ET"),
    ("FARDC", "CD"),
    ("IRGC", "IR"),
    ("JASDF", "JP"),
    ("JGSDF", "JP"),
    ("JMSDF", "JP"),
    ("KDF", "KE"),
    ("MNDF", "MV"),
    ("People's National Army", "DZ"),
    ("RDF", "RW"),
    ("Rosgvardia", "RU"),
    ("SANDF", "ZA"),
    ("TNI", "ID"),
    ("TPDF", "TZ"),
    ("UPDF", "UG"),
    ("IDF", "IL"),
    ("ISPR", "PK"),
    ("JSDF", "JP"),
    ("PLA", "CN"),
    ("Tatmadaw", "MM"),
];

impl PlaceMention {
    /// The state the mention stands for: a country, or the state a national
    /// command belongs to; `None` for international bodies.
    pub(crate) fn state(&self) -> Option<Country> {
        match self.entity {
            Entity::Country(c) => Some(c),
            Entity::Org(org) => NATIONAL_COMMANDS
                .iter()
                .find(|(o, _)| *o == org)
                .and_then(|(_, code)| Country::from_alpha2(code)),
        }
    }
}

/// The word starts where a place name may begin.
pub(crate) fn gate() -> &'static PrefixGate {
    LEXICON.table.gate()
}

/// [`find_mentions_at`] over every word start of `text`.
#[cfg(test)]
pub(crate) fn find_mentions(text: &str) -> Vec<PlaceMention> {
    find_mentions_at(text, &WordStarts::new(text))
}

/// Every country, demonym, capital and organisation mention in `text`,
/// leftmost-longest, whole words only, in order, at the word starts `words`
/// (which must include those [`gate`] admits).
pub(crate) fn find_mentions_at(text: &str, words: &WordStarts) -> Vec<PlaceMention> {
    let lex = &*LEXICON;
    // Up to a place per 40 bytes in news of state visits: room for nearly
    // all articles, so that the vector is not grown (and copied) on the way.
    let mut out = Vec::with_capacity(text.len() / 32 + 1);
    let mut next = 0;
    for w in lex.table.words(words, 0) {
        let start = w.pos();
        if start < next {
            continue;
        }
        // The longest form written here.
        let Some((end, id)) = lex.table.at_start(text, w).next() else {
            continue;
        };
        if !is_whole_word(text, start, end) {
            continue;
        }
        next = end;
        if let Target::Place {
            entity,
            kind,
            ambiguous,
        } = lex.targets[id]
        {
            if &text[start..end] == "US" && looks_like_pronoun_us(text, start) {
                continue;
            }
            out.push(PlaceMention {
                start,
                end,
                entity,
                kind,
                ambiguous,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::iso3166::{index_by_code, CountryEntry};

    fn code(m: &PlaceMention) -> Option<&str> {
        match &m.entity {
            Entity::Country(c) => Some(c.alpha2()),
            Entity::Org(_) => None,
        }
    }

    fn org(m: &PlaceMention) -> Option<&'static str> {
        match m.entity {
            Entity::Org(o) => Some(o),
            Entity::Country(_) => None,
        }
    }

    /// (matched text, code or org abbrev, ambiguous) for each mention.
    fn summary(text: &str) -> Vec<(&str, String, bool)> {
        find_mentions(text)
            .iter()
            .map(|m| {
                let who = code(m)
                    .map(str::to_string)
                    .or_else(|| org(m).map(str::to_string))
                    .unwrap_or_default();
                (&text[m.start..m.end], who, m.ambiguous)
            })
            .collect()
    }

    fn codes(text: &str) -> Vec<String> {
        summary(text).into_iter().map(|(_, c, _)| c).collect()
    }

    fn all_forms(e: &CountryEntry) -> impl Iterator<Item = (&'static str, MentionKind)> + '_ {
        std::iter::once((e.name, MentionKind::Name))
            .chain(e.names.iter().map(|&n| (n, MentionKind::Name)))
            .chain(e.demonyms.iter().map(|&d| (d, MentionKind::Demonym)))
            .chain(e.capitals.iter().map(|&c| (c, MentionKind::Capital)))
    }

    #[test]
    fn table_has_250_sorted_unique_valid_codes() {
        assert_eq!(COUNTRIES.len(), 250);
        for w in COUNTRIES.windows(2) {
            assert!(w[0].code < w[1].code, "{} before {}", w[0].code, w[1].code);
        }
        for e in COUNTRIES {
            assert_eq!(e.code.len(), 2);
            assert!(e.code.bytes().all(|b| b.is_ascii_uppercase()));
            assert_eq!(
                index_by_code(e.code).map(|i| COUNTRIES[i].code),
                Some(e.code)
            );
            assert_eq!(Country::from_alpha2(e.code).map(|c| c.name()), Some(e.name));
            assert_eq!(
                Country::from_alpha2(e.code).map(|c| c.alpha2()),
                Some(e.code)
            );
        }
        // States order as their codes do.
        for w in COUNTRIES.windows(2) {
            assert!(Country::from_alpha2(w[0].code) < Country::from_alpha2(w[1].code));
        }
        for c in [
            "XK", "TW", "PS", "VA", "KZ", "US", "GB", "RU", "CN", "KP", "KR",
        ] {
            assert!(index_by_code(c).is_some(), "{c}");
        }
        assert!(index_by_code("QQ").is_none());
        assert!(index_by_code("kz").is_none());
        assert!(index_by_code("").is_none());
        // A `Country` keeps its index in a byte.
        assert!(COUNTRIES.len() <= 256);
    }

    /// ISO 3166-1 alpha-2 as published by the ISO 3166 Maintenance Agency
    /// (the 249 officially assigned codes).
    const ISO_3166_1: &str = "\
        AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ \
        BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ \
        CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ \
        DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR \
        GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY \
        HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP \
        KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY \
        MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ \
        NA NC NE NF NG NI NL NO NP NR NU NZ OM \
        PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW \
        SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ \
        TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ \
        VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW";

    #[test]
    fn every_iso_code_is_known_and_only_xk_besides() {
        let iso: Vec<&str> = ISO_3166_1.split_whitespace().collect();
        assert_eq!(iso.len(), 249);
        for code in &iso {
            let c = Country::from_alpha2(code).unwrap_or_else(|| panic!("{code} unknown"));
            assert_eq!(c.alpha2(), *code);
            assert!(!c.name().is_empty(), "{code}");
        }
        let extra: Vec<&str> = COUNTRIES
            .iter()
            .map(|e| e.code)
            .filter(|c| !iso.contains(c))
            .collect();
        assert_eq!(extra, ["XK"]);
        // Every state fits a `CountrySet` (256 bits) and a `u8` index.
        let mut set = crate::model::CountrySet::default();
        for e in COUNTRIES {
            let c = Country::from_alpha2(e.code).unwrap();
            set.insert(c);
            assert!(set.contains(c));
        }
        for (form, code) in [
            ("Hong Kong", "HK"),
            ("Macau", "MO"),
            ("Macao", "MO"),
            ("Puerto Rico", "PR"),
            ("Puerto Rican", "PR"),
            ("Greenland", "GL"),
            ("Greenlandic", "GL"),
            ("Nuuk", "GL"),
            ("American Samoa", "AS"),
            ("Turks and Caicos Islands", "TC"),
            ("Guam", "GU"),
        ] {
            assert_eq!(
                codes(&format!("Troops from {form} arrived.")),
                [code],
                "{form}"
            );
        }
        // Near misses of territory names are not places.
        assert_eq!(
            codes("Kazakhs and Turks met in New Jersey and Jersey City."),
            ["KZ", "TR"]
        );
        assert!(codes("Ships crossed the Strait of Gibraltar.").is_empty());
    }

    #[test]
    fn no_phrase_claimed_twice() {
        let mut seen: FastMap<&str, &str> = FastMap::default();
        for e in COUNTRIES {
            for (form, _) in all_forms(e) {
                if let Some(other) = seen.insert(form, e.code) {
                    assert_eq!(other, e.code, "{form:?} is in {other} and {}", e.code);
                }
            }
        }
        for &(abbrev, forms) in ORGS {
            for &f in forms {
                assert!(
                    !seen.contains_key(f),
                    "org form {f:?} ({abbrev}) is also a country form"
                );
            }
        }
        assert!(LEXICON.conflicts.is_empty(), "{:?}", LEXICON.conflicts);
    }

    #[test]
    fn ambiguous_and_blocked_phrases_exist() {
        for a in AMBIGUOUS {
            assert!(
                COUNTRIES.iter().any(|e| all_forms(e).any(|(f, _)| f == *a)),
                "{a:?} is flagged but not in the table"
            );
        }
        for b in NOT_PLACES {
            assert_eq!(lookup(b), None, "{b:?}");
            assert!(find_mentions(&format!("In {b} today.")).is_empty(), "{b:?}");
        }
    }

    #[test]
    fn every_form_round_trips() {
        for e in COUNTRIES {
            for (form, kind) in all_forms(e) {
                let text = format!("Officials from {form} met on Monday.");
                let ms = find_mentions(&text);
                assert_eq!(ms.len(), 1, "{form:?}: {ms:?}");
                let m = ms[0];
                assert_eq!(&text[m.start..m.end], form);
                assert_eq!(code(&m), Some(e.code), "{form:?}");
                assert_eq!(m.ambiguous, AMBIGUOUS.contains(&form), "{form:?}");
                // Luxembourg-like duplicates resolve to the name.
                if kind != MentionKind::Capital || !e.names.contains(&form) {
                    assert!(m.kind == kind || m.kind == MentionKind::Name, "{form:?}");
                }
                let (ent, _) = lookup(form).unwrap_or_else(|| panic!("lookup {form:?}"));
                assert_eq!(ent, m.entity);
                // ALL CAPS: names and capitals are found, every form can be looked up.
                let upper = form.to_uppercase();
                assert_eq!(lookup(&upper).map(|(e, _)| e), Some(m.entity), "{upper:?}");
                if kind != MentionKind::Demonym {
                    let text = format!("{upper}. KAZINFORM");
                    let ms = find_mentions(&text);
                    assert_eq!(code(&ms[0]), Some(e.code), "{upper:?}");
                    assert_eq!((ms[0].start, ms[0].end), (0, upper.len()), "{upper:?}");
                }
            }
        }
    }

    #[test]
    fn every_org_form_round_trips() {
        for &(abbrev, forms) in ORGS {
            for &f in forms {
                let text = format!("The {f} said.");
                let ms = find_mentions(&text);
                assert_eq!(ms.len(), 1, "{f:?}: {ms:?}");
                assert_eq!(org(&ms[0]), Some(abbrev), "{f:?}");
                assert_eq!(ms[0].kind, MentionKind::Org);
                assert!(!ms[0].ambiguous);
                assert_eq!(lookup(f), Some((Entity::Org(abbrev), MentionKind::Org)));
            }
        }
        assert_eq!(codes("NATO and the CSTO"), ["NATO", "CSTO"]);
        assert_eq!(
            codes("the Shanghai Cooperation Organisation and the African Union"),
            ["SCO", "AU"]
        );
    }

    #[test]
    fn longest_match_wins() {
        assert_eq!(
            summary("the U.S. Central Command chief"),
            [("U.S. Central Command", "CENTCOM".into(), false)]
        );
        assert_eq!(
            summary("U.S. Africa Command and US Indo-Pacific Command"),
            [
                ("U.S. Africa Command", "AFRICOM".into(), false),
                ("US Indo-Pacific Command", "INDOPACOM".into(), false)
            ]
        );
        assert_eq!(
            summary("the Russian Federation"),
            [("Russian Federation", "RU".into(), false)]
        );
        assert_eq!(codes("Guinea-Bissau"), ["GW"]);
        assert_eq!(
            codes("Equatorial Guinea and Papua New Guinea"),
            ["GQ", "PG"]
        );
        assert_eq!(codes("the People's Republic of China"), ["CN"]);
        assert_eq!(codes("the Republic of China"), ["TW"]);
        assert_eq!(codes("the Democratic People's Republic of Korea"), ["KP"]);
        assert_eq!(codes("the Republic of Korea"), ["KR"]);
        assert_eq!(codes("Democratic Republic of the Congo"), ["CD"]);
        assert_eq!(codes("the Republic of the Congo"), ["CG"]);
        assert_eq!(
            codes("United Kingdom of Great Britain and Northern Ireland"),
            ["GB"]
        );
        assert_eq!(codes("South Sudanese and Sudanese troops"), ["SS", "SD"]);
        assert_eq!(codes("Washington, D.C."), ["US"]);
        assert!(!find_mentions("Washington, D.C.")[0].ambiguous);
        assert_eq!(codes("East Jerusalem"), ["PS"]);
    }

    #[test]
    fn word_boundaries() {
        assert_eq!(codes("Nigeria"), ["NG"]);
        assert_eq!(codes("Niger"), ["NE"]);
        assert!(!find_mentions("Niger")[0].ambiguous);
        assert_eq!(codes("Nigerien and Nigerian units"), ["NE", "NG"]);
        assert_eq!(
            summary("Kazakh-US drills"),
            [("Kazakh", "KZ".into(), false), ("US", "US".into(), false)]
        );
        assert_eq!(
            summary("U.S.-led coalition"),
            [("U.S.", "US".into(), false)]
        );
        assert_eq!(codes("Kazakhstan's army"), ["KZ"]);
        assert_eq!(codes("Steppe Eagle-2015 in Kazakhstan"), ["KZ"]);
        assert_eq!(codes("Turkmen and Turkish officers"), ["TM", "TR"]);
        assert!(find_mentions("Kazakhstani2").is_empty());
        assert!(find_mentions("USS Nimitz, Omanix? Chadwick Jordanx").is_empty());
        assert!(find_mentions("Anti-Americanism").is_empty());
        assert!(find_mentions("ÉUS, US\u{e9}").is_empty());
        assert_eq!(codes("(Russia)"), ["RU"]);
        assert_eq!(codes("\"UK\""), ["GB"]);
        assert_eq!(codes("Tajikistan;Uzbekistan"), ["TJ", "UZ"]);
    }

    #[test]
    fn case_rules() {
        assert!(find_mentions("let us know, said chad, eating turkey in georgia").is_empty());
        assert!(find_mentions("Us and Uk").is_empty());
        assert_eq!(codes("US and UK"), ["US", "GB"]);
        assert_eq!(codes("KAZAKHSTAN and NUR-SULTAN"), ["KZ", "KZ"]);
        let m = find_mentions("NUR-SULTAN. KAZINFORM - Kazakh and U.S. officers");
        assert_eq!(
            (m[0].start, m[0].end, m[0].kind),
            (0, 10, MentionKind::Capital)
        );
        assert_eq!(code(&m[0]), Some("KZ"));
        assert_eq!(code(&m[1]), Some("KZ"));
        assert_eq!(m[1].kind, MentionKind::Demonym);
        assert_eq!(code(&m[2]), Some("US"));
        assert_eq!(codes("ASTANA. ТÜRKIYE TÜRKIYE"), ["KZ", "TR"]);
        // ALL-CAPS demonyms are not searched, but lookup knows them.
        assert!(find_mentions("KAZAKH").is_empty());
        assert_eq!(
            lookup("KAZAKHS").map(|(_, k)| k),
            Some(MentionKind::Demonym)
        );
        assert_eq!(lookup("kazakhstan"), None);
        assert_eq!(lookup("us"), None);
        assert_eq!(lookup("Latin America"), None);
        assert_eq!(
            lookup("Astana"),
            Some((
                Entity::Country(Country::from_alpha2("KZ").unwrap()),
                MentionKind::Capital
            ))
        );
    }

    #[test]
    fn us_pronoun_heuristic() {
        assert!(find_mentions("PLEASE JOIN US").is_empty());
        assert!(find_mentions("LET US GO").is_empty());
        assert_eq!(codes("THE US AND KAZAKHSTAN"), ["US", "KZ"]);
        assert_eq!(codes("KAZAKHSTAN US DRILLS"), ["KZ", "US"]);
        assert_eq!(codes("US TROOPS ARRIVE"), ["US"]);
        assert_eq!(codes("talks with US officials"), ["US"]);
        assert_eq!(codes("NATO US"), ["NATO", "US"]);
        assert_eq!(codes("MEET, US"), ["US"]); // not separated by spaces only
    }

    #[test]
    fn not_places_are_dropped() {
        assert!(find_mentions("Latin American and South American states").is_empty());
        assert!(find_mentions("New Mexico and the Gulf of Guinea").is_empty());
        assert!(find_mentions("in the Indian Ocean, near Northern Ireland").is_empty());
        assert!(find_mentions("US$5 million").is_empty());
        assert!(find_mentions("LATIN AMERICA").is_empty());
        assert_eq!(codes("Indian and American troops"), ["IN", "US"]);
        assert_eq!(codes("the Americas and America"), ["US"]);
    }

    #[test]
    fn ambiguous_words() {
        let amb = |t: &str| -> Vec<(String, bool)> {
            summary(t).into_iter().map(|(_, c, a)| (c, a)).collect()
        };
        assert_eq!(amb("Georgia"), [("GE".into(), true)]);
        assert_eq!(amb("Georgian"), [("GE".into(), true)]);
        assert_eq!(amb("Tbilisi"), [("GE".into(), false)]);
        assert_eq!(amb("Jordan"), [("JO".into(), true)]);
        assert_eq!(amb("Jordanian"), [("JO".into(), false)]);
        assert_eq!(amb("Chad"), [("TD".into(), true)]);
        assert_eq!(amb("CHAD"), [("TD".into(), true)]);
        assert_eq!(amb("Guinea"), [("GN".into(), true)]);
        assert_eq!(amb("Korea"), [("KR".into(), true)]);
        assert_eq!(amb("Korean"), [("KR".into(), true)]);
        assert_eq!(amb("South Korea"), [("KR".into(), false)]);
        assert_eq!(amb("South Korean"), [("KR".into(), false)]);
        assert_eq!(amb("North Korea"), [("KP".into(), false)]);
        assert_eq!(amb("North Korean"), [("KP".into(), false)]);
        assert_eq!(amb("Congo"), [("CG".into(), true)]);
        assert_eq!(amb("Congolese"), [("CG".into(), true)]);
        assert_eq!(amb("DR Congo"), [("CD".into(), false)]);
        assert_eq!(amb("DRC"), [("CD".into(), false)]);
        assert_eq!(amb("Dominican"), [("DO".into(), true)]);
        assert_eq!(amb("Dominican Republic"), [("DO".into(), false)]);
        assert_eq!(amb("Dominica"), [("DM".into(), false)]);
        assert_eq!(amb("Washington"), [("US".into(), true)]);
        assert_eq!(amb("WASHINGTON"), [("US".into(), true)]);
        assert_eq!(amb("Victoria"), [("SC".into(), true)]);
        assert_eq!(amb("Kingston"), [("JM".into(), true)]);
        assert_eq!(amb("Georgetown"), [("GY".into(), true)]);
    }

    #[test]
    fn spec_forms() {
        for (form, c) in [
            ("Turkiye", "TR"),
            ("Türkiye", "TR"),
            ("Turkey", "TR"),
            ("Kyrgyz Republic", "KG"),
            ("Czech Republic", "CZ"),
            ("Ivory Coast", "CI"),
            ("Côte d'Ivoire", "CI"),
            ("Burma", "MM"),
            ("Great Britain", "GB"),
            ("Republic of Moldova", "MD"),
            ("Macedonia", "MK"),
            ("Swaziland", "SZ"),
            ("Cape Verde", "CV"),
            ("East Timor", "TL"),
            ("U.S.A.", "US"),
            ("PRC", "CN"),
            ("ROK", "KR"),
            ("DPRK", "KP"),
            ("UAE", "AE"),
            ("Briton", "GB"),
            ("Ukranian", "UA"),
            ("Azeri", "AZ"),
            ("Filipino", "PH"),
            ("Emirati", "AE"),
            ("Kiev", "UA"),
            ("Ashkhabad", "TM"),
            ("Yangon", "MM"),
            ("Naypyidaw", "MM"),
        ] {
            assert_eq!(codes(form), [c], "{form:?}");
        }
        assert!(find_mentions("Almaty").is_empty());
    }

    #[test]
    fn mentions_are_sorted_non_overlapping() {
        let t = "ASTANA - Kazakh Defense Minister met U.S. Central Command and NATO officials; \
                 Uzbek, Kyrgyz and Tajik delegations, Russia and China observed.";
        let ms = find_mentions(t);
        assert_eq!(
            codes(t),
            ["KZ", "KZ", "CENTCOM", "NATO", "UZ", "KG", "TJ", "RU", "CN"]
        );
        for w in ms.windows(2) {
            assert!(w[0].end <= w[1].start);
        }
    }

    #[test]
    fn arbitrary_unicode_never_panics() {
        let samples = [
            "\u{212A}azakhstan \u{212A}AZAKHSTAN",
            "Kazakhstan\u{301} e\u{301}US\u{301}",
            "قازاقستان Kazakhstan مع US",
            "\u{202E}Russia\u{202C} Чад Chad",
            "🇰🇿Kazakhstan🇺🇸US",
            "",
            "U",
            "U.S",
            "\u{0}US\u{0}",
            "日本Japan日本 Japan",
            "ΑΘΗΝΑ Athens",
        ];
        for s in samples {
            for m in find_mentions(s) {
                assert!(
                    s.is_char_boundary(m.start) && s.is_char_boundary(m.end),
                    "{s:?}"
                );
                assert!(m.start < m.end);
            }
        }
        assert_eq!(codes("🇰🇿Kazakhstan🇺🇸US"), ["KZ", "US"]);
        assert!(find_mentions("日本Japan日本").is_empty());
        assert_eq!(codes("\u{202E}Russia\u{202C}"), ["RU"]);
        // Every char boundary prefix/suffix of a mixed string.
        let s = "Ünited Kazakh-US ΚZ Türkiye, \u{212A}yiv Kyiv ⟨Chad⟩";
        for (i, _) in s.char_indices() {
            for m in find_mentions(&s[i..])
                .into_iter()
                .chain(find_mentions(&s[..i]))
            {
                assert!(m.start < m.end);
            }
        }
    }

    #[test]
    fn long_input_is_linear_enough() {
        let chunk = "Kazakhx US-ÜSA Americanism Georgiana ";
        let text = chunk.repeat(20_000);
        let ms = find_mentions(&text);
        assert_eq!(ms.len(), 20_000);
    }
}
