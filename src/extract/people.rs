//! People named in an article: full mentions with their titles and states,
//! and the later short mentions ("Minister Dzhaksybekov", "Hoagland") that
//! refer back to them.
//!
//! A capitalised run is a person when the name grammar reads it as a full name
//! and a title stands right before it ("Kazakh Defense Minister X", "Minister
//! of Defense of Kazakhstan X", "the Chief of Defence Staff, General X"),
//! a title follows it in apposition ("X, the Ambassador of India"), or it is
//! introduced as "his Chinese counterpart X".

use memchr::memmem;
use nom::Parser as _;
use std::sync::LazyLock;

use super::Article;
use crate::annotate::fold_diacritics;
use crate::grammar::names::{name_from_title_word, person_name};
use crate::lexicon::countries::{MentionKind, PlaceMention};
use crate::lexicon::titles::{
    is_honorific_word, skip_honorifics_back, skip_honorifics_forward, title_phrase_at, TitleKind,
    TitleMatch,
};
use crate::model::Country;
use crate::text::{after, before, sub};

/// At most this many people per article.
const MAX_PEOPLE: usize = 256;
/// At most this many mentions per article.
const MAX_MENTIONS: usize = 4_096;

/// One person.
#[derive(Debug, Clone)]
pub(crate) struct Person {
    /// Fullest form of the name.
    pub name: String,
    /// Last word of the name, the key for short mentions.
    pub surname: String,
    /// The first word of a two-word name, the other key for short mentions:
    /// names written family name first ("Liang Wenhao" is later "Liang").
    pub first: Option<String>,
    pub role: Option<String>,
    pub country: Option<Country>,
    /// Holds an international body's office: no state is filled in.
    pub international: bool,
    /// Where the fullest mention stands (normalised offsets).
    pub span: (usize, usize),
}

/// A mention of a known person.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Mention {
    pub person: usize,
    pub start: usize,
    pub end: usize,
}

/// Everyone named in an article and where.
#[derive(Debug, Default)]
pub(crate) struct People {
    pub people: Vec<Person>,
    /// Full and short mentions, in text order.
    pub mentions: Vec<Mention>,
}

impl People {
    pub fn collect(article: &Article, titles: &[TitleMatch]) -> People {
        let text = article.text();
        let mut people = People::default();
        let mut full: Vec<Mention> = Vec::new();
        let cues = counterpart_cues(text);
        for (si, s) in article.sentences().iter().enumerate() {
            if !introduces_people(article, titles, &cues, si, s) {
                continue;
            }
            let tokens = article.tokens(si);
            let limit = article.read_end(s);
            let mut i = 0;
            while i < tokens.len() && people.people.len() < MAX_PEOPLE {
                let t = tokens[i];
                if !t.is_capitalised(text) || full.last().is_some_and(|m| m.end > t.start) {
                    i += 1;
                    continue;
                }
                let (start, end, name) = match name_at(article, titles, t.start, limit) {
                    NameAt::Name(start, end, name) => (start, end, name),
                    NameAt::After(past) => {
                        while i < tokens.len() && tokens[i].start < past {
                            i += 1;
                        }
                        continue;
                    }
                    NameAt::None => {
                        i += 1;
                        continue;
                    }
                };
                let Some(ctx) = context_of_name(article, titles, full.last(), (start, end), limit)
                else {
                    i += 1;
                    continue;
                };
                let name = name.trim_end_matches("'s").to_string();
                let (plural, role) = (ctx.plural.clone(), ctx.role.clone());
                let idx = people.add(name, ctx, (start, end));
                full.push(Mention {
                    person: idx,
                    start,
                    end,
                });
                let mut end = end;
                if let Some(states) = plural {
                    end = people.add_plural(article, limit, end, role, &states, &mut full);
                }
                while i < tokens.len() && tokens[i].start < end {
                    i += 1;
                }
            }
        }
        people.mentions = full.clone();
        people.add_short_mentions(article, &full);
        people
    }

    /// "the Defence Ministers of Ghana and Togo, A and B": the names after
    /// the first (which ends at `at`), each with the office and the next
    /// of `states`. Returns where the last name ends.
    fn add_plural(
        &mut self,
        article: &Article,
        limit: usize,
        mut at: usize,
        role: Option<String>,
        states: &[Country],
        full: &mut Vec<Mention>,
    ) -> usize {
        let text = article.text();
        for k in 1..4 {
            // "Defence Ministers A of Ghana and B of Togo": past A's state.
            at = end_of_state_after(article, at, limit).unwrap_or(at);
            let rest = sub(text, at, limit);
            let Some(gap) = [", and ", " and ", ", "]
                .iter()
                .find(|g| rest.starts_with(**g))
            else {
                break;
            };
            // "..., General Ram Thapa and General Vikram Rao": past the rank.
            let mut start = skip_honorifics_forward(text, at + gap.len());
            if let Some((e, TitleKind::Rank)) = title_phrase_at(text, start) {
                start = skip_honorifics_forward(text, e + 1);
            }
            let Ok((_, name)) = person_name.parse(sub(text, start, limit)) else {
                break;
            };
            let end = start + name.len();
            let ctx = Context {
                role: role.clone(),
                country: states
                    .get(k)
                    .copied()
                    .or_else(|| state_of_after(article, end, limit)),
                ..Context::default()
            };
            let person = self.add(name.trim_end_matches("'s").to_string(), ctx, (start, end));
            full.push(Mention { person, start, end });
            at = end;
        }
        at
    }

    fn add(&mut self, name: String, ctx: Context, span: (usize, usize)) -> usize {
        let surname = surname_of(&name).to_string();
        // A two-word name's first word, unless an initial ("J. Smith").
        let first = match name.split_once(' ') {
            // Not a style ("Sheikh Hasina" is not "Sheikh" later).
            Some((a, b)) if !b.contains(' ') && !a.ends_with('.') && !is_honorific_word(a) => {
                Some(a.to_string())
            }
            _ => None,
        };
        // The same full name again, or a fuller form of a known one, is the same person;
        // "A. Anusauskas" is "Arvydas Anusauskas".
        let same = |p: &Person| p.name == name || initial_form_of(&name, &p.name);
        if let Some(i) = self.people.iter().position(same) {
            let p = &mut self.people[i];
            // The fuller title wins: a headline's "Dy PM and Defence Minister"
            // against the body's "Deputy Prime Minister and Minister for National Defence".
            p.role = match (p.role.take(), ctx.role) {
                (Some(a), Some(b)) if b.len() > a.len() => Some(b),
                (a, b) => a.or(b),
            };
            p.country = p.country.or(ctx.country);
            p.international |= ctx.international;
            return i;
        }
        // The full name after its initial form: one person, the fuller name.
        if let Some(i) = self
            .people
            .iter()
            .position(|p| initial_form_of(&p.name, &name))
        {
            let p = &mut self.people[i];
            p.name = name;
            p.first = first;
            p.role = p.role.take().or(ctx.role);
            p.country = p.country.or(ctx.country);
            p.international |= ctx.international;
            return i;
        }
        self.people.push(Person {
            name,
            surname,
            first,
            role: ctx.role,
            country: ctx.country,
            international: ctx.international,
            span,
        });
        self.people.len() - 1
    }

    /// Single capitalised words equal to a known surname refer to the latest
    /// person with that surname ("Hoagland", "Güler's"). A SIMD substring
    /// search per known surname finds them.
    fn add_short_mentions(&mut self, article: &Article, full: &[Mention]) {
        if self.people.is_empty() {
            return;
        }
        let text = article.text();
        let mut surnames: Vec<&str> = self
            .people
            .iter()
            .flat_map(|p| {
                std::iter::once(p.surname.as_str())
                    .chain(p.first.as_deref())
                    .chain(bare_surname(&p.surname))
            })
            .collect();
        surnames.sort_unstable();
        surnames.dedup();
        // Few people per article: one search per surname.
        let mut hits: Vec<(usize, usize, usize)> = Vec::new();
        for (k, name) in surnames.iter().enumerate() {
            if name.is_empty() {
                continue;
            }
            occurrences(text.as_bytes(), name.as_bytes(), MAX_MENTIONS, |at| {
                hits.push((at, at + name.len(), k));
            });
        }
        diacritic_variants(text, &surnames, &mut hits);
        hits.sort_unstable();
        let mut out: Vec<Mention> = Vec::new();
        let mut fi = 0;
        for &(start, end, k) in &hits {
            if out.len() >= MAX_MENTIONS {
                break;
            }
            let before_ok = !before(text, start)
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric);
            let rest = after(text, end);
            let after_ok =
                !rest.chars().next().is_some_and(char::is_alphanumeric) || rest.starts_with("'s");
            if !before_ok || !after_ok || (rest.starts_with('\'') && !rest.starts_with("'s")) {
                continue;
            }
            while fi < full.len() && full[fi].end <= start {
                out.push(full[fi]);
                fi += 1;
            }
            if fi < full.len() && full[fi].start <= start {
                continue;
            }
            let w = surnames[k];
            // The latest person with that surname mentioned before here, else the first.
            let best = self
                .people
                .iter()
                .enumerate()
                .filter(|(_, p)| {
                    p.surname == w
                        || p.first.as_deref() == Some(w)
                        || bare_surname(&p.surname) == Some(w)
                })
                .map(|(i, _)| i)
                .max_by_key(|&i| {
                    out.iter()
                        .rev()
                        .find(|m| m.person == i)
                        .map_or(0, |m| m.end + 1)
                });
            if let Some(person) = best {
                out.push(Mention { person, start, end });
            }
        }
        out.extend_from_slice(&full[fi..]);
        out.sort_by_key(|m| m.start);
        out.dedup_by_key(|m| m.start);
        self.mentions = out;
    }

    /// Mentions inside `start..end`.
    pub fn mentions_in(&self, start: usize, end: usize) -> &[Mention] {
        let lo = self.mentions.partition_point(|m| m.start < start);
        let hi = self.mentions.partition_point(|m| m.start < end).max(lo);
        &self.mentions[lo..hi]
    }
}

/// Known surnames written with other diacritics: "Błaszczak" for a
/// "Blaszczak" named in full, "Guler" for "Güler". Each capitalised word of
/// the text that is not ASCII, and each surname that is not, is compared
/// folded to ASCII; hits are `(start, end, index into surnames)`.
fn diacritic_variants(text: &str, surnames: &[&str], hits: &mut Vec<(usize, usize, usize)>) {
    for (k, name) in surnames.iter().enumerate() {
        if let Some(folded) = fold_diacritics(name) {
            occurrences(text.as_bytes(), folded.as_bytes(), MAX_MENTIONS, |at| {
                hits.push((at, at + folded.len(), k));
            });
        }
    }
    if text.is_ascii() {
        return;
    }
    let folded: Vec<String> = surnames
        .iter()
        .map(|n| fold_diacritics(n).unwrap_or_else(|| n.to_string()))
        .collect();
    let mut at = 0;
    for word in text.split(|c: char| !c.is_alphabetic()) {
        let start = at;
        at += word.len()
            + text[at + word.len()..]
                .chars()
                .next()
                .map_or(0, char::len_utf8);
        if word.is_ascii() || !word.starts_with(char::is_uppercase) {
            continue;
        }
        let Some(f) = fold_diacritics(word) else {
            continue;
        };
        if let Some(k) = folded.iter().position(|n| *n == f) {
            hits.push((start, start + word.len(), k));
        }
    }
}

/// Needles up to this long are found by their first byte and a compare.
const SHORT_NEEDLE: usize = 16;

/// Calls `found` with the first `max` places where `needle` (not empty)
/// occurs in `hay`, left to right, not overlapping (as memmem reports them).
///
/// A short needle is found by a SIMD search for its first byte and a
/// compare at each hit: at most [`SHORT_NEEDLE`] bytes per byte of `hay`,
/// so linear, and for an article of a few kilobytes several times cheaper
/// than building a substring searcher per surname. A longer one gets
/// memmem's searcher (linear for any needle).
fn occurrences(hay: &[u8], needle: &[u8], max: usize, mut found: impl FnMut(usize)) {
    let [first, ..] = needle else {
        return;
    };
    if needle.len() > SHORT_NEEDLE {
        memmem::find_iter(hay, needle).take(max).for_each(found);
        return;
    }
    let (mut from, mut n) = (0, 0);
    while n < max {
        let Some(at) = hay.get(from..).and_then(|h| memchr::memchr(*first, h)) else {
            return;
        };
        let at = from + at;
        if hay[at..].starts_with(needle) {
            found(at);
            n += 1;
            from = at + needle.len();
        } else {
            from = at + 1;
        }
    }
}

/// A surname without its Arabic article: "Khodr" for "Al-Khodr", "Sisi" for "el-Sisi".
fn bare_surname(surname: &str) -> Option<&str> {
    ["Al-", "al-", "El-", "el-"]
        .iter()
        .find_map(|p| surname.strip_prefix(p))
        .filter(|rest| rest.chars().count() >= 3)
}

/// `short` is `full` with its given name as an initial: "A. Anusauskas" and
/// "A Anusauskas" for "Arvydas Anusauskas".
fn initial_form_of(short: &str, full: &str) -> bool {
    let Some((initial, surname)) = short.split_once(' ') else {
        return false;
    };
    let initial = initial.strip_suffix('.').unwrap_or(initial);
    let mut letters = initial.chars();
    let (Some(i), None) = (letters.next(), letters.next()) else {
        return false;
    };
    let Some((given, rest)) = full.split_once(' ') else {
        return false;
    };
    i.is_uppercase() && given.starts_with(i) && given.chars().count() > 2 && rest == surname
}

fn surname_of(name: &str) -> &str {
    let mut words = name.rsplit(' ');
    let last = words.next().unwrap_or("");
    match (words.next(), words.next()) {
        // Three words or more: a suffix is not the surname.
        (Some(before), Some(_)) if matches!(last, "Jr." | "Jr" | "Sr." | "II" | "III" | "IV") => {
            before
        }
        _ => last,
    }
}

/// Where "counterpart" and "colleague" (or "Counterpart") stand, found once
/// in the whole text: two searches per article, not two per sentence. The
/// first letter is left out of the search, so either case matches.
fn counterpart_cues(text: &str) -> Vec<(usize, usize)> {
    // Built once: a searcher built per sentence costs more than the search.
    static COUNTERPART: LazyLock<memmem::Finder> =
        LazyLock::new(|| memmem::Finder::new(b"ounterpart"));
    static COLLEAGUE: LazyLock<memmem::Finder> = LazyLock::new(|| memmem::Finder::new(b"olleague"));
    let mut cues: Vec<(usize, usize)> = [&*COUNTERPART, &*COLLEAGUE]
        .iter()
        .flat_map(|f| {
            let n = f.needle().len();
            f.find_iter(text.as_bytes())
                .map(move |at| (at.saturating_sub(1), at + n))
        })
        .collect();
    cues.sort_unstable();
    cues
}

/// Sentence `si` may introduce people: it has a title or a counterpart
/// cue, and is no Title Case headline (where every word looks like a name;
/// a lead paragraph on the first line is body, no headline).
fn introduces_people(
    article: &Article,
    titles: &[TitleMatch],
    cues: &[(usize, usize)],
    si: usize,
    s: &crate::text::Sentence,
) -> bool {
    let lo = titles.partition_point(|t| t.start < s.start);
    let has_title = titles.get(lo).is_some_and(|t| t.start < s.end);
    // The two words do not overlap: the first cue from the sentence's
    // start on is inside it, or none is.
    let c = cues.partition_point(|&(at, _)| at < s.start);
    let has_cue = cues.get(c).is_some_and(|&(_, end)| end <= s.end);
    (has_title || has_cue)
        && !(article.doc.is_headline(s)
            && crate::text::is_title_case(article.text(), article.tokens(si)))
}

/// What starts at a capitalised word.
enum NameAt<'a> {
    /// A name: its span and its words.
    Name(usize, usize, &'a str),
    /// Honorifics: the name starts at this offset, read from there.
    After(usize),
    None,
}

/// The name that starts at `at` (up to `limit`): "His Excellency X" and
/// "Tan Sri Dato' X" start after the honorifics (unless the honorific is
/// needed for a name of two words, "Sheikh Hasina"); "Colonel Sultan
/// Nazarov" has a title word as the given name after a rank; "Philippine
/// Counterpart" and "Kazakh Army" are no names (a capital is a given name
/// too, "Kabul", "Victoria": only a state's name or demonym is turned away).
fn name_at<'t>(article: &'t Article, titles: &[TitleMatch], at: usize, limit: usize) -> NameAt<'t> {
    let text = article.text();
    let past = skip_honorifics_forward(text, at);
    if past > at && past < limit && person_name.parse(sub(text, past, limit)).is_ok() {
        return NameAt::After(past);
    }
    let after_rank = || {
        title_ending_at(titles, back_over_gap(text, at, false))
            .is_some_and(|r| r.kind == TitleKind::Rank)
    };
    let parsed = person_name.parse(sub(text, at, limit)).or_else(|e| {
        if after_rank() {
            name_from_title_word.parse(sub(text, at, limit))
        } else {
            Err(e)
        }
    });
    let Ok((_, name)) = parsed else {
        return NameAt::None;
    };
    let end = at + name.len();
    let state_word = article
        .places_in(at, end)
        .first()
        .is_some_and(|p| p.start == at && p.kind != MentionKind::Capital);
    if state_word {
        return NameAt::None;
    }
    NameAt::Name(at, end, name)
}

/// What the words around the name at `start..end` say of the person, or
/// `None` when nothing marks it as a person's (no title, rank, style or
/// apposition). `previous` is the mention before it: "A, Defence
/// Secretary, B" (not "A, Defence Secretary B") gives the title to A.
fn context_of_name(
    article: &Article,
    titles: &[TitleMatch],
    previous: Option<&Mention>,
    (start, end): (usize, usize),
    limit: usize,
) -> Option<Context> {
    let text = article.text();
    let mut before = context_before(article, titles, start);
    let listed = previous.is_some_and(|m| {
        let gap = sub(text, m.end, start);
        // Not "A, and Title, B": the title right after A's comma.
        let title_next = gap
            .strip_prefix(", ")
            .map(|g| g.strip_prefix("the ").unwrap_or(g))
            .is_some_and(|g| g.starts_with(char::is_uppercase));
        // "A, Director of Operations, Colonel B, Defence Attache": the rank
        // before B is B's own, the title before it A's.
        let gap_end = rank_start_before(titles, text, start)
            .filter(|&r| r >= m.end)
            .map_or(gap, |r| sub(text, m.end, r));
        title_next
            && [", ", ", and ", " and "]
                .iter()
                .any(|e| gap_end.ends_with(e))
            && gap.len() < 100
    });
    if listed {
        before = before.map(|b| {
            Context {
                rank_only: true,
                ..Context::default()
            }
            .or(Context { role: None, ..b })
        });
    }
    let after = apposition_after(article, titles, end, limit);
    // "Dr Marcus Faber", "His Excellency Li Wei": a style alone marks a
    // person, with no role.
    if before.is_none() && skip_honorifics_back(text, start) < start {
        before = Some(Context::default());
    }
    // "General X, Deputy Minister of Defence,": the position wins over the rank.
    let mut ctx = match (before, after) {
        (None, None) => return None,
        (Some(b), Some(a)) if b.rank_only => a.or(b),
        (b, a) => b.unwrap_or_default().or(a.unwrap_or_default()),
    };
    ctx.country = ctx.country.or_else(|| state_of_after(article, end, limit));
    ctx.country = ctx.country.or(ctx.shared);
    // A rank alone ("Lt Gen") is not a role: another mention may give one.
    if ctx.rank_only {
        ctx.role = None;
    }
    Some(ctx)
}

/// Where the rank right before the name at `start` starts ("Colonel B").
fn rank_start_before(titles: &[TitleMatch], text: &str, start: usize) -> Option<usize> {
    title_ending_at(titles, back_over_gap(text, start, false))
        .filter(|t| t.kind == TitleKind::Rank)
        .map(|t| t.start)
}

/// What the words around a name say about the person.
#[derive(Debug, Clone, Default)]
pub(crate) struct Context {
    pub role: Option<String>,
    pub country: Option<Country>,
    /// The role is only a military rank ("Colonel"), no position.
    pub rank_only: bool,
    /// The title belongs to an international body ("NATO Secretary
    /// General", "Commander International Security Assistance Force"): the
    /// person represents no state.
    pub international: bool,
    /// The state shared with a title before "and" ("Georgian President A
    /// and Defence Minister B"): the words after the name, when they name
    /// one, say more.
    pub shared: Option<Country>,
    /// A plural office ("the Defence Ministers of Ghana and Togo, A and
    /// B"): the states it names, in order, for the names that follow.
    pub plural: Option<Vec<Country>>,
}

impl Context {
    fn or(self, other: Context) -> Context {
        Context {
            rank_only: self.role.is_some() && self.rank_only,
            international: if self.role.is_some() {
                self.international
            } else {
                other.international
            },
            role: self.role.or(other.role),
            country: self.country.or(other.country),
            shared: self.shared.or(other.shared),
            plural: self.plural.or(other.plural),
        }
    }
}

/// Steps back over a bracketed abbreviation ending at `pos` ("(COAS)",
/// "(CDS)") and the spaces before it; `pos` when there is none.
fn back_over_abbreviation(text: &str, pos: usize) -> usize {
    let head = before(text, pos);
    let Some(inner) = head.strip_suffix(')') else {
        return pos;
    };
    let Some(open) = inner.rfind('(') else {
        return pos;
    };
    let abbr = &inner[open + 1..];
    // "(COAS)", "(CDS)"; and the specialty or status after a rank: "Lt Gen
    // (Pilot)", "Brigadier (retd)".
    let is_abbr = (2..=10).contains(&abbr.len())
        && abbr
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-' || b == b'&')
        || ["Pilot", "R", "Dr", "Eng", "P"].contains(&abbr)
        || RETIRED.contains(&abbr);
    if is_abbr {
        back_over_gap(text, open, false)
    } else {
        pos
    }
}

/// Skips spaces backwards from `pos`, and one comma (or a dash between
/// spaces) when `comma` is set.
pub(crate) fn back_over_gap(text: &str, mut pos: usize, comma: bool) -> usize {
    let b = text.as_bytes();
    while pos > 0 && b[pos - 1] == b' ' {
        pos -= 1;
    }
    if comma && pos > 0 && b[pos - 1] == b',' {
        pos -= 1;
        while pos > 0 && b[pos - 1] == b' ' {
            pos -= 1;
        }
    } else if comma && before(text, pos).ends_with(" -") {
        // "Chief of Air Staff – Air Vice Marshal X" (Ghanaian style; dashes
        // are "-" once normalised): a dash between spaces as the comma.
        pos -= 1;
        while pos > 0 && b[pos - 1] == b' ' {
            pos -= 1;
        }
    }
    pos
}

/// The title (or "counterpart") right before a name at `start`.
fn context_before(article: &Article, titles: &[TitleMatch], start: usize) -> Option<Context> {
    let text = article.text();
    // "His Excellency", "the Hon", "Dato' Haji": neither role nor name.
    let pos = back_over_gap(text, skip_honorifics_back(text, start), true);
    // "Lt Gen (Pilot) X", "Chief of Army Staff (COAS) X".
    let pos = back_over_abbreviation(text, pos);
    let (pos, rank, skipped_org) = rank_before(article, titles, pos);
    // "Ambassador to our country X", "Attache of Turkey in the Republic of Kazakhstan X".
    // "Head of the Cooperation Department under Azerbaijan's Defense
    // Ministry, Major General X": the body the office is in, and its state.
    let (pos, body_state) = skip_body_after_title(article, titles, pos);
    let pos = skip_post_qualifier(article, pos);
    // "Defence Advisor attached to the Indian High Commission in Sri Lanka
    // Captain X": the body before the place it sits in.
    let (pos, posted_state) = skip_body_after_title(article, titles, pos);
    let body_state = body_state.or(posted_state);
    let found = match title_ending_at(titles, pos) {
        Some(t) => Some((t, t.role_end.max(t.end))),
        None => title_with_name_words_before(text, titles, pos).map(|t| (t, pos)),
    };
    if let Some((t, role_end)) = found.filter(|(t, _)| t.kind == TitleKind::Position) {
        let mut ctx = position_context(article, titles, t, role_end, skipped_org);
        ctx.country = ctx.country.or(body_state);
        if ctx.country.is_none() {
            ctx.shared = shared_premodifier(article, titles, t.start);
        }
        if t.plural_at.is_some() {
            // One state for each name, in order; else none is known.
            let states = plural_states(article, t, start);
            if states.len() >= 2 {
                ctx.country = states.first().copied();
            }
            ctx.plural = Some(states);
        }
        return Some(ctx);
    }
    if let Some(r) = rank {
        let mut ctx = context_of_title(article, r, r.end);
        ctx.rank_only = true;
        let before_rank = back_over_gap(text, r.start, true);
        if let Some(org) = place_ending_at(article, before_rank) {
            ctx.country = ctx.country.or(org.state());
        }
        // "his Malaysian counterpart General X".
        ctx.country = ctx
            .country
            .or_else(|| counterpart_state(article, before_rank));
        return Some(ctx);
    }
    // "his Chinese colleague X", "his Russian counterpart, X".
    let word_start = before(text, pos).rfind(' ').map_or(0, |i| i + 1);
    let word = sub(text, word_start, pos);
    is_counterpart_word(word).then(|| {
        let country = counterpart_state(article, pos);
        // "their Chilean counterparts A and B": each of the names after it.
        let plural = matches!(
            word,
            "counterparts" | "Counterparts" | "colleagues" | "Colleagues"
        )
        .then(|| vec![country; 4].into_iter().flatten().collect());
        Context {
            country,
            plural,
            ..Context::default()
        }
    })
}

/// A rank right before `pos` ("Colonel", "Lieutenant-General"): where the
/// words before it end, the rank, and an organisation stepped over between
/// a title and the rank ("Commander, U.S. Africa Command, Army General X";
/// not when a title takes the organisation in, "Commander of U.S. Africa
/// Command General X"). `(pos, None, None)` when no rank ends there.
fn rank_before<'t, 'a>(
    article: &'a Article,
    titles: &'t [TitleMatch],
    pos: usize,
) -> (usize, Option<&'t TitleMatch>, Option<&'a PlaceMention>) {
    let text = article.text();
    let Some(rank) = title_ending_at(titles, pos).filter(|t| t.kind == TitleKind::Rank) else {
        return (pos, None, None);
    };
    let pos = back_over_gap(text, skip_honorifics_back(text, rank.start), true);
    // "Chief of Army Staff (COAS) General X": the title's abbreviation between.
    let pos = back_over_abbreviation(text, pos);
    let org = place_ending_at(article, pos)
        .filter(|p| p.kind == MentionKind::Org && title_ending_at(titles, pos).is_none());
    match org {
        Some(org) => (back_over_gap(text, org.start, true), Some(rank), Some(org)),
        None => (pos, Some(rank), None),
    }
}

/// The person a position title `t` (its role up to `role_end`) gives: the
/// coordinated titles before it as one role ("Deputy Prime Minister and
/// Minister of National Defence X"), a body written right after the title
/// ("Commander International Security Assistance Force (ISAF), General X":
/// part of the role; an international one gives no state), the state of
/// that body or of "his Turkish counterpart, Minister X".
fn position_context(
    article: &Article,
    titles: &[TitleMatch],
    t: &TitleMatch,
    role_end: usize,
    skipped_org: Option<&PlaceMention>,
) -> Context {
    let text = article.text();
    let mut ctx = context_of_title(article, t, role_end);
    let first = coordinated_title_start(text, titles, t.start);
    if first < t.start {
        let mut role = squash(sub(text, first, role_end));
        role.truncate(role.trim_end_matches([',', ' ']).len());
        ctx.role = Some(role);
    }
    if let Some(org) = skipped_org {
        let gap = sub(text, role_end, org.start);
        if role_end <= org.start && gap.trim().is_empty() {
            ctx.role = Some(squash(sub(text, t.start, org.end)));
            ctx.international |= org.state().is_none();
        }
    }
    if ctx.country.is_none() {
        ctx.country = skipped_org.and_then(PlaceMention::state);
    }
    if ctx.country.is_none() {
        ctx.country = counterpart_state(article, back_over_gap(text, t.start, true));
    }
    ctx
}

/// "counterpart", "counterparts", "colleague", in either case of the first letter.
fn is_counterpart_word(word: &str) -> bool {
    ["counterpart", "counterparts", "colleague", "colleagues"]
        .iter()
        .any(|w| word.eq_ignore_ascii_case(w))
}

/// The state of "his Chinese counterpart" ending at `pos`.
fn counterpart_state(article: &Article, pos: usize) -> Option<Country> {
    let text = article.text();
    let word_start = before(text, pos).rfind(' ').map_or(0, |i| i + 1);
    if !is_counterpart_word(sub(text, word_start, pos)) {
        return None;
    }
    place_ending_at(article, back_over_gap(text, word_start, false)).and_then(|p| p.state())
}

/// How a retired officer is marked, in brackets after the rank or the name.
const RETIRED: &[&str] = &[
    "Retd", "retd", "Retd.", "retd.", "Ret.", "ret.", "Ret", "ret", "Retired", "retired",
];

/// Where the decorations after a name end (", PVSM, AVSM", " (retd)"):
/// comma-led words of two to six capitals (brackets allowed, "HI(M)"), up
/// to the last comma before something else.
fn skip_post_nominals(text: &str, mut end: usize, limit: usize) -> usize {
    let rest = sub(text, end, limit);
    if let Some(inner) = rest.strip_prefix(" (") {
        if let Some(close) = inner.find(')').filter(|&c| RETIRED.contains(&&inner[..c])) {
            end += 2 + close + 1;
        }
    }
    loop {
        let rest = sub(text, end, limit);
        let Some(after) = rest.strip_prefix(", ") else {
            return end;
        };
        let word_len = after.find([',', ' ']).unwrap_or(after.len());
        let word = &after[..word_len];
        let caps = word.chars().filter(|c| c.is_ascii_uppercase()).count();
        let decoration = (2..=6).contains(&caps)
            && word
                .chars()
                .all(|c| c.is_ascii_uppercase() || matches!(c, '(' | ')'))
            && after[word_len..].starts_with(',');
        if !decoration {
            return end;
        }
        end += 2 + word_len;
    }
}

/// " under Azerbaijan's Defense Ministry", " at the German Ministry of
/// Defence" ending at `pos`: where it starts, and the state it names.
/// `(pos, None)` when there is none.
fn skip_body_after_title(
    article: &Article,
    titles: &[TitleMatch],
    pos: usize,
) -> (usize, Option<Country>) {
    let text = article.text();
    let last = before_word(text, pos).unwrap_or("");
    // Most names follow no body: a capital first, then the list.
    if !last.starts_with(char::is_uppercase) || !crate::lexicon::titles::is_org_head(last) {
        return (pos, None);
    }
    // Back over the body's words: capitalised, "of", "the", a possessive.
    let mut at = pos;
    for _ in 0..8 {
        let Some(w) = before_word(text, at) else {
            break;
        };
        let w_start = at - w.len();
        for lead in [
            " under ",
            " at the ",
            " at ",
            " attached to the ",
            " attached to ",
        ] {
            if before(text, at).ends_with(lead.trim_end()) && at >= lead.len() - 1 {
                // A title inside is no body: "at the Minister of Defence's office".
                if titles.iter().any(|t| t.start >= at && t.start < pos) {
                    return (pos, None);
                }
                let start = at + 1 - lead.len();
                let state = article.places_in(at, pos).iter().find_map(|p| p.state());
                return (start, state);
            }
        }
        let capital = w.chars().next().is_some_and(char::is_uppercase);
        if !(capital || matches!(w, "of" | "the" | "and")) {
            break;
        }
        at = w_start.saturating_sub(1);
    }
    (pos, None)
}

/// Steps back over "to our country", "to \[the\] PLACE" or "in \[the\] PLACE" written
/// between a title and the name.
fn skip_post_qualifier(article: &Article, pos: usize) -> usize {
    let text = article.text();
    if let Some(p) = before(text, pos).strip_suffix(" to our country") {
        return p.len();
    }
    let Some(place) = place_ending_at(article, pos) else {
        return pos;
    };
    let before = before(text, place.start);
    for lead in [" to the ", " in the ", " to ", " in "] {
        if let Some(p) = before.strip_suffix(lead) {
            return p.len();
        }
    }
    pos
}

/// A position title a few capitalised words before `pos`, all of which belong to
/// the role: "Head of Defense Ministry's Defense Policy Department X".
fn title_with_name_words_before<'t>(
    text: &str,
    titles: &'t [TitleMatch],
    pos: usize,
) -> Option<&'t TitleMatch> {
    let i = titles.partition_point(|t| t.start < pos);
    let t = titles[..i].last()?;
    let end = t
        .qualifier
        .map_or(t.role_end, |(_, q)| q.max(t.role_end))
        .max(t.end);
    let between = text.get(end..pos)?;
    let mut words = 0;
    // (Not across a line: "... meets Peru President\n\nState News Service\n\nGeneral X".)
    let ok = !between.contains([',', '\n'])
        && between.split_whitespace().all(|w| {
            words += 1;
            words <= 6
                && (w.chars().next().is_some_and(char::is_uppercase)
                    || w.starts_with("'s")
                    || matches!(w, "of" | "the" | "for"))
        });
    (ok && words > 0).then_some(t)
}

/// ", \[the\] TITLE ..." right after a name: "X, chairman of the Turkmen People's Council".
fn apposition_after(
    article: &Article,
    titles: &[TitleMatch],
    end: usize,
    limit: usize,
) -> Option<Context> {
    let text = article.text();
    // "Lieutenant General X, PVSM, AVSM, SM, GOC-in-C Southern Command":
    // decorations after the name come before its apposition.
    let end = skip_post_nominals(text, end, limit);
    let rest = text.get(end..limit)?;
    let rest_trim = rest.strip_prefix(", ")?;
    let mut at = end + 2;
    if rest_trim.starts_with("the ") {
        at += 4;
    }
    // "the Acting Assistant Secretary": up to two modifier words before the title.
    let clause_end = sub(text, at, limit).find(',').map_or(limit, |i| at + i);
    let first = titles.partition_point(|t| t.start < at);
    let t = titles[first..]
        .iter()
        .take_while(|t| t.start < clause_end)
        // A title read on past the sentence ("Commander of the U.S. The
        // Defense Ministry") is not this sentence's apposition.
        .find(|t| t.kind == TitleKind::Position && t.role_end.max(t.end) <= limit)?;
    // Only modifiers may stand before the title ("the Acting Assistant Secretary"),
    // not a verb ("X, received the Chief of ...").
    let lead: Vec<&str> = sub(text, at, t.start).split_whitespace().collect();
    if lead.len() > 2
        || !lead.iter().all(|w| {
            w.starts_with(char::is_uppercase) || matches!(*w, "the" | "a" | "an" | "former")
        })
    {
        return None;
    }
    // "in Central Asia, Russian Defense Minister Sergei Shoigu said": the title
    // introduces the next name, not this one.
    // "A, Defence Secretary, B, Chief of Naval Staff": with a comma after
    // it, the title is this name's, in a list of names and titles.
    let after_raw = sub(text, t.role_end.max(t.end), limit);
    let after_title = after_raw.trim_start_matches([' ', ',']);
    if (!after_raw.starts_with(", ") && person_name.parse(after_title).is_ok())
        || names_after_qualifier(article, t, limit)
    {
        return None;
    }
    let mut ctx = context_of_title(article, t, t.role_end.max(t.end));
    // "X, the Tajik military attache": the role without the state's word.
    let role_start = article
        .places_in(at, t.start)
        .last()
        .map_or(at, |p| p.end)
        .max(at);
    ctx.role = Some(
        squash(sub(text, role_start, t.role_end.max(t.end)))
            .trim()
            .to_string(),
    );
    if ctx.country.is_none() {
        // The states named up to the next comma: "at the Estonian Ministry of
        // Defence"; not past an "and" after the title ("X, Minister of Defense
        // and Y Minister of Defense of Germany").
        let role_end = t.role_end.max(t.end);
        // (A role may hold commas itself: "Chief of Staff (Army, Navy and Air Force)".)
        let stop = sub(text, role_end, limit)
            .find(',')
            .map_or(limit, |i| role_end + i);
        let stop = sub(text, role_end, stop)
            .find(" and ")
            .map_or(stop, |i| role_end + i);
        ctx.country = article
            .places_in(t.start, stop)
            .iter()
            .find_map(|p| p.state());
    }
    Some(ctx)
}

/// "Myanmar Ambassador to Cambodia U Myint Soe": after the title and a
/// place qualifier ("to Cambodia", "in Sri Lanka"), or an honorific ("H
/// E"), in the same clause, a name follows: the title is that name's.
fn names_after_qualifier(article: &Article, t: &TitleMatch, limit: usize) -> bool {
    let text = article.text();
    let from = t.role_end.max(t.end);
    let rest = sub(text, from, limit);
    let clause = rest.find([',', ';', '(']).map_or(rest, |i| &rest[..i]);
    // "..., First Deputy Minister of Defence of the Republic of Azerbaijan H E
    // Lt Gen X": an honorific in the same clause introduces the next person.
    if [" H E ", " H.E. ", " HE ", "Excellency "]
        .iter()
        .any(|h| clause.contains(h))
    {
        return true;
    }
    let mut words = clause.split(' ').filter(|w| !w.is_empty());
    if !matches!(words.next(), Some("to" | "in" | "of" | "at")) {
        return false;
    }
    // Past the place's words, the next capitalised word must start a name.
    let places = article.places_in(from, from + clause.len());
    let Some(last) = places.last() else {
        return false;
    };
    let after = sub(text, last.end, from + clause.len()).trim_start();
    !after.is_empty() && person_name.parse(after).is_ok()
}

/// Role and state read from a title and the words before it.
fn context_of_title(article: &Article, t: &TitleMatch, role_end: usize) -> Context {
    let text = article.text();
    // "Indonesian Army Chief of Staff", "Army Chief of Staff": the service
    // is part of the office; in "People's Liberation Army Chief of General
    // Staff" it ends the organisation's name.
    let t = &match t.service {
        Some(s) if service_names_office(article, s) => TitleMatch { start: s, ..*t },
        _ => *t,
    };
    let mut role = match t.plural_at {
        // One of the "Defence Ministers": a "Defence Minister".
        Some(at) => squash(&format!(
            "{}{}",
            text.get(t.start..at).unwrap_or(""),
            text.get(at + 1..role_end).unwrap_or("")
        )),
        None => squash(text.get(t.start..role_end).unwrap_or("")),
    };
    role.truncate(role.trim_end_matches([',', ' ']).len());
    let mut country = None;
    if let Some((qs, qe)) = t.qualifier {
        // "Ambassador to X" represents the other party: X is not the person's state.
        let connector = text.get(t.role_end..qs).unwrap_or("");
        if !connector.contains(" to ") && !connector.starts_with("to ") {
            country = article.places_in(qs, qe).iter().find_map(|p| p.state());
        }
    }
    if country.is_none() {
        country = premodifier_state(article, t.start);
    }
    if country.is_none() {
        // "Commander of the U.S. Army Pacific", "Head of ... of the Kazakh Ministry of Defense".
        country = article
            .places_in(t.start, role_end.max(t.end))
            .iter()
            .find_map(|p| p.state());
    }
    if country.is_none() {
        // "Japanese Maritime Self-Defense Force chief X": the title starts
        // inside the name of a force that names its state.
        let i = article.places.partition_point(|p| p.end <= t.start);
        country = article
            .places
            .get(i)
            .filter(|p| p.start < t.start)
            .and_then(PlaceMention::state);
    }
    // "NATO Secretary General", "Commander ISAF": an international body's
    // office, before or inside the title, and no state.
    let international = country.is_none() && {
        let before_title = place_ending_at(article, back_over_gap(text, t.start, false));
        before_title
            .into_iter()
            .chain(article.places_in(t.start, role_end.max(t.end)))
            .any(|p| p.kind == MentionKind::Org && p.state().is_none())
    };
    Context {
        role: Some(role),
        country,
        rank_only: false,
        international,
        shared: None,
        plural: None,
    }
}

/// The states a plural office names, in order: "the Armenian and Greek
/// defence ministers", "the Defence Ministers of Ghana and Togo" (up to
/// `name`, where the names start).
fn plural_states(article: &Article, t: &TitleMatch, name: usize) -> Vec<Country> {
    let text = article.text();
    let mut states = Vec::new();
    let mut pos = back_over_gap(text, t.start, false);
    while let Some(p) = place_ending_at(article, pos) {
        states.extend(p.state());
        pos = back_over_gap(text, p.start, false);
        match before_word(text, pos) {
            Some("and") => pos = back_over_gap(text, pos - 3, false),
            _ if before(text, pos).ends_with(',') => pos = back_over_gap(text, pos - 1, false),
            _ => break,
        }
    }
    states.reverse();
    let after = article
        .places_in(t.start, name)
        .iter()
        .filter(|p| matches!(p.kind, MentionKind::Demonym | MentionKind::Name))
        .filter_map(|p| p.state());
    states.extend(after);
    states.dedup();
    states
}

/// The word that ends at `pos`.
fn before_word(text: &str, pos: usize) -> Option<&str> {
    let b = before(text, pos);
    let start = b.rfind(' ').map_or(0, |i| i + 1);
    (start < b.len()).then(|| &b[start..])
}

/// "Georgian President A and Defence Minister B": the state the first
/// title's premodifier gives, for the title after "and" (`title_start`)
/// that has none of its own.
fn shared_premodifier(
    article: &Article,
    titles: &[TitleMatch],
    title_start: usize,
) -> Option<Country> {
    let text = article.text();
    let head = before(text, back_over_gap(text, title_start, false)).strip_suffix(" and")?;
    // The first person's name: up to four capitalised words before "and".
    let mut pos = head.len();
    for _ in 0..4 {
        let ws = before(text, pos).rfind(' ').map_or(0, |i| i + 1);
        let w = sub(text, ws, pos);
        if !w.chars().next().is_some_and(char::is_uppercase)
            || title_ending_at(titles, pos).is_some()
        {
            break;
        }
        pos = back_over_gap(text, ws, false);
    }
    let first = title_ending_at(titles, pos).filter(|t| t.kind == TitleKind::Position)?;
    premodifier_state(article, first.start)
}

/// "General Li Ming of the People's Liberation Army", "Lt Gen Ali Shah of
/// the Pakistan Army", "Defence Minister X of Georgia": the state the words
/// right after " of (the)" after a name (ending at `end`) give.
fn state_of_after(article: &Article, end: usize, limit: usize) -> Option<Country> {
    place_of_after(article, end, limit).and_then(PlaceMention::state)
}

/// Where " of \[the\] STATE" right after `end` ends.
fn end_of_state_after(article: &Article, end: usize, limit: usize) -> Option<usize> {
    place_of_after(article, end, limit)
        .filter(|p| p.state().is_some())
        .map(|p| p.end)
}

/// The place mention that " of (the)" right after `end` introduces.
fn place_of_after<'a>(article: &'a Article, end: usize, limit: usize) -> Option<&'a PlaceMention> {
    let rest = sub(article.text(), end, limit);
    let skip = [" of the ", " of "]
        .iter()
        .find(|p| rest.starts_with(**p))?
        .len();
    let mut at = end + skip;
    // "of the Royal Thai Army", "of the Royal Saudi Naval Forces".
    if rest[skip..].starts_with("Royal ") {
        at += "Royal ".len();
    }
    article
        .places_in(at, limit)
        .first()
        .filter(|p| p.start == at)
}

/// The service word at `s` starts the office: no capitalised word before
/// it, or a state's word ("Indonesian Army Chief of Staff").
fn service_names_office(article: &Article, s: usize) -> bool {
    let text = article.text();
    let pos = back_over_gap(text, s, false);
    let word = before_word(text, pos).unwrap_or("");
    !word.starts_with(char::is_uppercase) || place_ending_at(article, pos).is_some()
}

/// "Kazakh Defense Minister", "U.S. Ambassador", "Australia's defence minister",
/// "the Nigerian President's Chief of Staff".
fn premodifier_state(article: &Article, title_start: usize) -> Option<Country> {
    let text = article.text();
    let mut pos = back_over_gap(text, title_start, false);
    // "President's Chief of Staff": step over one possessive word.
    if before(text, pos).ends_with("'s") {
        let p = pos - 2;
        if let Some(place) = place_ending_at(article, p) {
            return place.state();
        }
        let ws = before(text, p).rfind(' ').map_or(0, |i| i + 1);
        pos = back_over_gap(text, ws, false);
    }
    // "Thai Supreme Commander", "US Naval Forces Central Commander": up to three
    // capitalised modifiers before the title.
    for _ in 0..4 {
        if let Some(place) = place_ending_at(article, pos) {
            return place.state();
        }
        // "Britain's Senior Defense Advisor".
        if before(text, pos).ends_with("'s") {
            if let Some(place) = place_ending_at(article, pos - 2) {
                return place.state();
            }
        }
        let ws = before(text, pos).rfind(' ').map_or(0, |i| i + 1);
        let word = sub(text, ws, pos);
        // (Not across a line break: "... Royal Navy\n\nRear Admiral X".)
        if ws == pos || !word.chars().next().is_some_and(char::is_uppercase) || word.contains('\n')
        {
            return None;
        }
        pos = back_over_gap(text, ws, false);
    }
    None
}

/// The title whose role or qualifier ends exactly at `pos`.
fn title_ending_at(titles: &[TitleMatch], pos: usize) -> Option<&TitleMatch> {
    let i = titles.partition_point(|t| t.start < pos);
    titles[..i].iter().rev().take(3).find(|t| {
        let end = t.qualifier.map_or(t.role_end, |(_, q)| q.max(t.role_end));
        end == pos || t.end == pos || t.role_end == pos
    })
}

/// Where a chain of position titles joined by "and" ends at `start` begins:
/// "Deputy Prime Minister and Minister of Defence" from the second title's start.
fn coordinated_title_start(text: &str, titles: &[TitleMatch], mut start: usize) -> usize {
    for _ in 0..3 {
        let p = back_over_gap(text, start, false);
        let Some(head) = before(text, p).strip_suffix(" and") else {
            break;
        };
        let q = back_over_gap(text, head.len(), false);
        // "Chief of the General Staff of the Vietnam People's Army (VPA) and
        // Deputy Minister ...": a title, then its organisation, then "and".
        let found = title_ending_at(titles, q).or_else(|| {
            let i = titles.partition_point(|t| t.end <= q);
            let t = titles[..i].last()?;
            qualifier_only(sub(text, t.end, q)).then_some(t)
        });
        match found {
            Some(t) if t.kind == TitleKind::Position && t.start < start => start = t.start,
            _ => break,
        }
    }
    start
}

/// " of the Vietnam People's Army (VPA)": "of", then capitalised words,
/// "the", "of" and a bracketed abbreviation, and nothing else.
fn qualifier_only(gap: &str) -> bool {
    let Some(rest) = gap.strip_prefix(" of ") else {
        return false;
    };
    let mut capitalised = false;
    for w in rest.split_whitespace() {
        let w = w.trim_start_matches('(').trim_end_matches(')');
        if matches!(w, "the" | "of") {
            continue;
        }
        if !w.starts_with(char::is_uppercase) {
            return false;
        }
        capitalised = true;
    }
    capitalised
}

/// The place mention ending exactly at `pos`.
pub(crate) fn place_ending_at<'a>(article: &'a Article, pos: usize) -> Option<&'a PlaceMention> {
    let i = article.places.partition_point(|p| p.end < pos);
    article.places.get(i).filter(|p| p.end == pos)
}

/// Collapses runs of white space.
pub(crate) fn squash(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::titles::find_titles;
    use crate::text::Document;

    #[test]
    fn occurrences_are_the_matches_memmem_reports_up_to_the_limit() {
        let hay = "Aliyev met Aliyeva; AAAAA aa Hoagland-Hoagland ".repeat(3);
        let long = "x".repeat(SHORT_NEEDLE + 1);
        let hay = format!("{hay}{long}{long}x");
        for needle in ["Aliyev", "AA", "a", "Hoagland", "zz", long.as_str()] {
            let want: Vec<usize> = memmem::find_iter(hay.as_bytes(), needle.as_bytes()).collect();
            assert!(!want.is_empty() || needle == "zz");
            for max in [0, 1, 3, usize::MAX] {
                let mut got = Vec::new();
                occurrences(hay.as_bytes(), needle.as_bytes(), max, |at| got.push(at));
                assert_eq!(got, want[..want.len().min(max)], "{needle:?} max {max}");
            }
        }
    }

    /// `MILCOOP_DEBUG_TEXT=file cargo test --lib debug_people -- --nocapture` prints what is found.
    #[test]
    fn debug_people() {
        let Ok(path) = std::env::var("MILCOOP_DEBUG_TEXT") else {
            return;
        };
        let text = std::fs::read_to_string(path).unwrap();
        let doc = Document::new(&text);
        let article = Article::new(&doc, None, None);
        let t = article.text();
        let titles = find_titles(t);
        for x in &titles {
            println!(
                "TITLE {:?} role={:?} qual={:?}",
                &t[x.start..x.end],
                &t[x.start..x.role_end],
                x.qualifier.map(|(a, b)| &t[a..b])
            );
        }
        let people = People::collect(&article, &titles);
        for p in &people.people {
            println!(
                "PERSON {:?} role={:?} country={:?}",
                p.name, p.role, p.country
            );
        }
        for s in article.sentences() {
            println!("SENT {:?}", &t[s.start..s.end]);
        }
    }
}
