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

mod bare;
mod classes;
mod names;
mod participants;
mod places;
mod years;

use bare::*;
use classes::*;
use names::*;
use participants::*;
use places::*;
use years::*;

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
    /// The wider place the sentence puts `location` in ("at the X Ranges in
    /// Rajasthan" -> "Rajasthan"): a place named before may be refined.
    location_in: Option<String>,
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
    /// Says the exercise is "here": the dateline's place.
    here: bool,
    /// A place after an unnamed head ("will host the drills near Salalah").
    head_place: Option<String>,
    /// Troops of "the two countries" / "both countries": the pair named before.
    both_sides: bool,
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
    let found = find_all(text, &article.words);
    let bare_verbs = bare_verb_spans(text.as_bytes());
    if found.heads.is_empty() && found.series.is_empty() && bare_verbs.is_empty() {
        return;
    }
    // Sentences with no head, series, quote or focus cue need no tokens.
    let mut infos: Vec<SentInfo> = Vec::with_capacity(article.sentences().len());
    // The per-token vectors, reused from sentence to sentence.
    let mut bufs = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for (si, s) in article.sentences().iter().enumerate() {
        let end = article.read_end(s);
        let cue = byte_cues(
            &text.as_bytes()[s.start..end],
            &found,
            s.start,
            end,
            &bare_verbs,
        );
        if !cue.may_name && !cue.from && !cue.bare && !cue.focus {
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
            TokenKind::Word => CLASSES.mask(w),
            _ => 0,
        }));
        let any = masks.iter().fold(0, |all, m| all | m);
        let read = cue.may_name || FOCUS_CUES.has(any) || (cue.from && TROOPS.has(any));
        if !read && !cue.bare {
            infos.push(SentInfo::default());
            bufs = (words, masks, places, hs);
            continue;
        }
        map_places(article, toks, s.start, end, &mut places);
        map_heads(toks, &found.heads, &found.negatives, s.start, end, &mut hs);
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
            quotes: cue.quotes,
        };
        let info = read_sentence(&sent, &found.series, s.start, end);
        // A sentence read only for a bare name gives nothing else.
        infos.push(if read || !info.mentions.is_empty() {
            info
        } else {
            SentInfo::default()
        });
        bufs = (sent.words, sent.masks, sent.places, sent.heads);
    }
    resolve_both_sides(article, &mut infos);
    let dateline = dateline_place(article);
    build_records(infos, dateline.as_deref(), out);
}

/// What a sentence's bytes allow, before any token is made.
struct ByteCues {
    /// A head word, known series or quote: an exercise may be named here.
    may_name: bool,
    /// " from ": troops from somewhere may go on about the exercise in focus.
    from: bool,
    /// A verb that may bring a bare name ([`bare_verb_spans`]).
    bare: bool,
    /// A focus cue ("participating").
    focus: bool,
    quotes: bool,
}

fn byte_cues(
    bytes: &[u8],
    found: &Found,
    start: usize,
    end: usize,
    bare_verbs: &[(usize, usize)],
) -> ByteCues {
    let double = memchr::memchr(b'"', bytes).is_some();
    let single = memchr::memchr(b'\'', bytes).is_some();
    let may_name = overlaps(&found.heads, |&r| r, start, end)
        || overlaps(&found.series, |m: &SeriesMatch| (m.start, m.end), start, end)
        || double
        // An opening single quote follows a space; "Kazakhstan's" is no quote.
        || (single
            && memchr::memchr_iter(b'\'', bytes)
                .any(|i| i == 0 || matches!(bytes[i - 1], b' ' | b'(')));
    ByteCues {
        may_name,
        from: memchr::memmem::find(bytes, b" from ").is_some(),
        bare: overlaps(bare_verbs, |&r| r, start, end),
        focus: overlaps(&found.focus, |&r| r, start, end),
        quotes: double || single,
    }
}

/// How many sentences back "the two countries" looks for its pair.
const SIDES_LOOKBACK: usize = 4;

/// "held by troops of the two countries", "with troops from both countries
/// taking part": the two states of the sentence itself or the nearest of the
/// few before it that names exactly two.
fn resolve_both_sides(article: &Article, infos: &mut [SentInfo]) {
    let sentences = article.sentences();
    for (i, info) in infos.iter_mut().enumerate() {
        if !info.both_sides || info.participants.len() >= 2 {
            continue;
        }
        let pair = (i.saturating_sub(SIDES_LOOKBACK)..=i).rev().find_map(|si| {
            let s = &sentences[si];
            let mut states: Vec<Country> = Vec::new();
            for p in article.places_in(s.start, s.end) {
                if p.kind == MentionKind::Capital {
                    continue;
                }
                if let Some(c) = p.state() {
                    extend_unique(&mut states, &[c]);
                }
            }
            (states.len() == 2).then_some(states)
        });
        if let Some(pair) = pair {
            extend_unique(&mut info.participants, &pair);
        }
    }
}

/// The place of a dateline opening one of the first sentences, as written:
/// "KOTA BELUD, June 28 -", "NAIROBI (Reuters) -".
fn dateline_place(article: &Article) -> Option<String> {
    let text = article.text();
    for si in 0..article.sentences().len().min(3) {
        let toks = article.tokens(si);
        let caps = toks
            .iter()
            .take_while(|t| {
                let w = t.text(text);
                t.kind == TokenKind::Word
                    && w.len() >= 2
                    && w.bytes().all(|b| b.is_ascii_uppercase() || b == b'-')
            })
            .count();
        if caps == 0 || caps > 4 {
            continue;
        }
        let after = toks.get(caps).map(|t| t.text(text));
        let next = toks.get(caps + 1).map(|t| t.text(text));
        let dated = (after == Some(",")
            && next.is_some_and(|w| crate::lexicon::months::month(w).is_some()))
            || after == Some("(");
        if dated {
            return Some(crate::text::sub(text, toks[0].start, toks[caps - 1].end).to_string());
        }
    }
    None
}

/// Some item of `items` (sorted, non-overlapping spans given by `span`)
/// overlaps `start..end`: a binary search, so a sentence costs no scan of
/// the article's matches.
fn overlaps<T>(items: &[T], span: impl Fn(&T) -> (usize, usize), start: usize, end: usize) -> bool {
    let i = items.partition_point(|x| span(x).1 <= start);
    items.get(i).is_some_and(|x| span(x).0 < end)
}

/// Turns the sentences' mentions and participants into records.
fn build_records(mut infos: Vec<SentInfo>, dateline: Option<&str>, out: &mut Report) {
    keep_named(&mut infos);
    let mut book = Book::default();
    let mut focus: Option<(String, usize)> = None;
    // "Fourteen countries will take part in the drills, including A, B ...",
    // before the exercise is named: the states, and the sentence that gave them.
    let mut lead: Option<(Vec<Country>, usize)> = None;
    for (i, info) in infos.iter().enumerate() {
        if info.mentions.is_empty() {
            if info.reset {
                focus = None;
                lead = None;
                continue;
            }
            match &focus {
                Some((key, last)) if i - last <= FOCUS_DISTANCE && info.focusable => {
                    book.lend(key, info);
                }
                None if book.records.is_empty()
                    && info.anaphoric
                    && !info.participants.is_empty() =>
                {
                    let (states, _) = lead.get_or_insert_with(|| (Vec::new(), i));
                    extend_unique(states, &info.participants);
                }
                _ => {}
            }
            continue;
        }
        let mut distinct: Vec<&str> = info.mentions.iter().map(|m| m.key.as_str()).collect();
        distinct.dedup();
        // The lead's states go to the exercise the article goes on to name,
        // when that sentence names it alone, and not long after.
        let lead_states = lead
            .take()
            .filter(|(_, at)| distinct.len() == 1 && i - at <= FOCUS_DISTANCE)
            .map(|(states, _)| states);
        for m in &info.mentions {
            let Some(r) = book.record_for(m, out) else {
                break;
            };
            book.apply(r, m, info, dateline);
            if let Some(states) = &lead_states {
                add_participants(&mut book.records[r], states);
            }
        }
        focus = (distinct.len() == 1).then(|| (distinct[0].to_string(), i));
    }
    out.exercises.extend(book.records);
}

/// Keeps the mentions with their own evidence, their aliases and the names a
/// title line carries ("US Launch African Lion"), keyed by their main name.
fn keep_named(infos: &mut [SentInfo]) {
    let mut strong: FastSet<String> = FastSet::default();
    let mut alias: FastMap<String, String> = FastMap::default();
    for info in infos.iter() {
        for m in &info.mentions {
            if let Some(main) = &m.alias_of {
                alias.insert(m.key.clone(), main.clone());
            } else if m.strong {
                strong.insert(m.key.clone());
            }
        }
    }
    for info in infos.iter_mut() {
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
}

/// The records being built, with what each one's fields rest on.
#[derive(Default)]
struct Book {
    records: Vec<Exercise>,
    keys: Vec<String>,
    /// How sure the record's year is (a higher priority replaces it).
    year_prio: Vec<u8>,
    /// The record's name was taken from a mention with its own evidence.
    named: Vec<bool>,
    /// The record's place is only its host state's name ("Kenya hosts X drills").
    host_place: Vec<bool>,
}

impl Book {
    /// A sentence without a name goes on about the exercise in focus: its
    /// states, its place after a host, its since-year.
    fn lend(&mut self, key: &str, info: &SentInfo) {
        let Some(r) = self.keys.iter().position(|k| k == key) else {
            return;
        };
        add_participants(&mut self.records[r], &info.participants);
        if self.records[r].location.is_none() || self.host_place[r] {
            if let Some(p) = &info.head_place {
                self.records[r].location = Some(p.clone());
                self.host_place[r] = false;
            }
        }
        if info.anaphoric && self.records[r].since_year.is_none() {
            self.records[r].since_year = info.since;
        }
    }

    /// The record of `m`'s name, made when new (none past [`MAX_RECORDS`]).
    fn record_for(&mut self, m: &Mention, out: &mut Report) -> Option<usize> {
        if let Some(r) = self.keys.iter().position(|k| *k == m.key) {
            return Some(r);
        }
        if self.records.len() >= MAX_RECORDS {
            out.diagnostics.push(Diagnostic::new(
                DiagnosticKind::WorkLimit,
                format!("more than {MAX_RECORDS} exercises; the rest were not recorded"),
                Span::new(m.start, m.end),
            ));
            return None;
        }
        self.keys.push(m.key.clone());
        self.year_prio.push(0);
        self.named.push(false);
        self.host_place.push(false);
        self.records.push(Exercise {
            name: m.name.clone(),
            year: None,
            since_year: None,
            location: None,
            participants: Vec::new(),
            span: Span::new(m.start, m.end),
        });
        Some(self.records.len() - 1)
    }

    /// What mention `m` in a sentence (`info`) says of record `r`.
    fn apply(&mut self, r: usize, m: &Mention, info: &SentInfo, dateline: Option<&str>) {
        // The name as written at its first mention with its own evidence.
        if m.strong && !self.named[r] {
            self.records[r].name = m.name.clone();
            self.named[r] = true;
        }
        // "The Sand Hawk-2022 exercise was staged in Egypt" after the 2024
        // edition: another edition lends neither place nor states.
        let other_edition = matches!(
            (m.year, self.records[r].year),
            (Some((y, p)), Some(ry)) if y != ry && p <= self.year_prio[r]
        );
        if m.past || other_edition {
            return;
        }
        let rec = &mut self.records[r];
        if let Some((y, p)) = m.year {
            if p > self.year_prio[r] {
                rec.year = Some(y);
                self.year_prio[r] = p;
            }
        }
        if rec.since_year.is_none() {
            rec.since_year = info.since;
        }
        // A place written for the exercise replaces a host state named before,
        // and a place it refines ("Vaziani" -> "the Vaziani training area",
        // "Rajasthan" -> "Mahajan Field Firing Ranges in Rajasthan").
        let refines = match (&rec.location, &m.location) {
            (Some(old), Some(new)) => refines(new, m.location_in.as_deref(), old),
            _ => false,
        };
        if refines {
            rec.location = m.location.clone();
        }
        if rec.location.is_none() || (self.host_place[r] && m.location.is_some()) {
            self.host_place[r] = m.location.is_none() && info.host.is_some();
            rec.location = m
                .location
                .clone()
                .or_else(|| info.host.as_ref().map(|h| h.1.clone()))
                .or_else(|| dateline.filter(|_| info.here).map(str::to_string));
        }
        add_participants(rec, &info.participants);
        if let Some((c, _)) = info.host {
            add_participants(rec, &[c]);
        }
    }
}

/// Place `new` (inside `within`, when the text says so) is a finer name of
/// the place `old`: it holds `old` as whole words, or lies in it.
fn refines(new: &str, within: Option<&str>, old: &str) -> bool {
    if new.len() <= old.len() || new.eq_ignore_ascii_case(old) {
        return false;
    }
    let words = |x: &str| format!(" {} ", x.to_lowercase());
    words(new).contains(&words(old)) || within.is_some_and(|w| w.eq_ignore_ascii_case(old))
}

fn extend_unique(into: &mut Vec<Country>, from: &[Country]) {
    for c in from {
        if !into.contains(c) {
            into.push(*c);
        }
    }
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
            let at = out.len();
            out.push_str(w);
            if let Some(added) = out.get_mut(at..) {
                added.make_ascii_lowercase();
            }
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
        *self.title.get_or_init(|| self.title_case_past_places())
    }

    /// A Title Case line ([`is_title_case`]) once the states, places, weekdays
    /// and months named in it are left out: "Armies of India and Mongolia are taking part in
    /// Exercise Nomadic Lance at Ulaanbaatar." is prose with many names.
    fn title_case_past_places(&self) -> bool {
        if !is_title_case(self.text, self.toks) {
            return false;
        }
        let (mut words, mut caps) = (0, 0);
        // A full stop after a lower-case word of prose ("are taking part
        // in ... at Arequipa."): a sentence, not a headline.
        let stop = self.toks.last().is_some_and(|t| t.text(self.text) == ".");
        let prose_word = |t: &Token| {
            let w = t.text(self.text);
            t.kind == TokenKind::Word && w.len() > 3 && w.starts_with(|c: char| c.is_lowercase())
        };
        if stop && self.toks.iter().skip(1).any(prose_word) {
            return false;
        }
        for (i, t) in self.toks.iter().enumerate().skip(1) {
            let w = t.text(self.text);
            let long = w.len() > 3 && (w.is_ascii() || w.chars().count() > 3);
            // Weekdays, months and other words capitalised in prose too.
            let named = self.place_covering(i).is_some() || self.in_class(i, NAME_STOP);
            if t.kind == TokenKind::Word && long && !named {
                words += 1;
                if t.is_capitalised(self.text) {
                    caps += 1;
                }
            }
        }
        words >= 3 && caps * 4 >= words * 3
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
        crate::text::sub(self.text, s, e)
    }

    /// A year or number suffix at `i` ("-2015", "-21", "-1", " 2013", " 18"
    /// when `two_digit` allows it): (year, end token).
    fn suffix_at(&self, i: usize, two_digit: bool) -> Option<(Option<i32>, usize)> {
        // An edition in Roman numerals: "Falcon-VII", "UNITAS LX".
        if self.is_punct(i, '-')
            && self.glued(i)
            && self.glued(i + 1)
            && self.kind(i + 1) == Some(TokenKind::Word)
            && is_roman(self.w(i + 1))
        {
            return Some((None, i + 2));
        }
        if self.kind(i) == Some(TokenKind::Word)
            && !self.glued(i)
            && is_roman(self.w(i))
            && self.w(i).len() >= 2
        {
            return Some((None, i + 1));
        }
        // "BALTOPS '01": a year cut to two digits after an apostrophe.
        if (self.is_punct(i, '\'') || self.is_punct(i, '\u{2019}'))
            && !self.glued(i)
            && self.glued(i + 1)
            && self.kind(i + 1) == Some(TokenKind::Number)
            && self.w(i + 1).len() == 2
        {
            return Some((digits_year(self.w(i + 1), true), i + 2));
        }
        if self.kind(i) == Some(TokenKind::Number)
            && !self.glued(i)
            && self.glued(i + 1)
            && self.glued(i + 2)
            && self.kind(i + 2) == Some(TokenKind::Number)
        {
            let (d, e) = (self.w(i), self.w(i + 2));
            // "Series 29/2024": a serial number, then the year.
            if self.is_punct(i + 1, '/') && d.len() <= 3 && e.len() == 4 {
                return Some((digits_year(e, false), i + 3));
            }
            // "Coral Shield 26-1": the year, then the event of that year.
            if self.is_punct(i + 1, '-') && d.len() == 2 && e.len() == 1 && two_digit {
                return Some((digits_year(d, true), i + 3));
            }
        }
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

/// An edition in Roman numerals, upper case: "II", "VII", "LX" (not a lone "I").
pub(super) fn is_roman(w: &str) -> bool {
    (1..=6).contains(&w.len())
        && !matches!(w, "I" | "C" | "L")
        && w.bytes()
            .all(|b| matches!(b, b'I' | b'V' | b'X' | b'L' | b'C'))
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
    names_before_editions(s, &mut cands);
    editions_taking_part(s, &mut cands);
    bare_names(s, &mut cands);
    listed_names(s, &mut cands);
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
        m.location_in = m.location.as_deref().and_then(|l| wider_place(s, l));
    }
    let mentions_empty = mentions.is_empty();
    info.mentions = mentions;
    info.since = since_year(s);
    // "Oman will host the drills near Salalah": a place after an unnamed head.
    info.host = host_subject(s);
    // "taking part in the X exercise here": where the dateline says.
    info.here = (0..s.toks.len()).any(|k| s.is(k, "here"));

    let (focusable, anaphoric, reset) = head_roles(s, &info.mentions);
    // "The exercise will be held at the X training area": where the one in
    // focus takes place ("The previous exercise was held in Chile in 2020",
    // "Last year the exercise ..." speak of another edition).
    let other_time = (0..s.toks.len()).any(|k| {
        s.is_any(
            k,
            &["previous", "last", "earlier", "past", "former", "next"],
        ) || (s.kind(k) == Some(TokenKind::Number) && digits_year(s.w(k), false).is_some())
    });
    let held = anaphoric
        && !other_time
        && (0..s.toks.len()).any(|k| {
            s.is_any(k, &["held", "conducted", "staged"])
                || (s.is_any(k, &["take", "takes", "took"]) && s.is(k + 1, "place"))
        });
    if mentions_empty && (info.host.is_some() || held) {
        info.head_place = s
            .heads
            .iter()
            .filter(|h| !h.negative)
            .find_map(|h| location_after(s, h.b));
    }
    info.focusable = focusable;
    info.anaphoric = anaphoric;
    info.reset = reset;
    // Participants are only read for a sentence that names an exercise or may
    // speak of the one in focus (`build_records` uses them for nothing else).
    if !info.mentions.is_empty() || focusable {
        info.participants = participants(s, &info.mentions);
        info.both_sides = troops_of_both_sides(s);
    }
    info
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
