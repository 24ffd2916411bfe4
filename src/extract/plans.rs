//! Cooperation plans, programmes and roadmaps.
//!
//! | phrasing | record |
//! |---|---|
//! | "the five-year Cooperation Plan ... which covers work in such fields as A, B and C" | "Cooperation Plan", 5 years, fields A, B, C |
//! | "Kazakhstan and Turkey signed the Plan of Military Cooperation for 2019" | "Plan of Military Cooperation", 2019, KZ + TR |
//! | "the 2023 plan for military cooperation between the Armenian and Russian defense ministries" | "plan for military cooperation", 2023, AM + RU |
//! | "the Armenian-Greek defense cooperation plan for 2020" | "defense cooperation plan", 2020, AM + GR |
//! | "signed similar bilateral roadmaps for cooperation with both Latvia and Lithuania" | two records, one per partner |
//! | "a military cooperation roadmap until 2020" | years unknown: an open end |
//! | "the National Defence Development Plan", "the Partnership for Peace program" | no record: not a plan between states |
//! | "a memorandum of understanding" | no record: not a plan |
//!
//! Per article: one phrase-table pass over the word starts finds the head
//! nouns (plan, programme, program, roadmap, road map) and other document
//! nouns (agreement, memorandum ...). Around each head, in its sentence's
//! tokens:
//!
//! 1. walk left over the name's modifiers (cooperation and military words,
//!    capitalised words), stopping at a determiner, a duration ("five-year"),
//!    a year ("the 2023 plan") or a party group ("Armenian-Greek");
//! 2. walk right over "of / for / on X" complements made of the same words;
//! 3. read what follows: "for 2019", "2021-2025", "until 2020" (open, no
//!    years), "between A and B", "with A", "(was) signed by A";
//! 4. read the parties of a clause that signs or adopts it ("Kazakhstan and
//!    Turkey signed ...");
//! 5. read fields from a relative clause on the plan ("which covers work in
//!    such fields as ...", "directed on ...") or from the next sentence when
//!    its subject refers back ("It highlights ...", "The agreement covers ...").
//!
//! A name without a cooperation word ("the new roadmap") is not a record but
//! an anaphor of the last plan. Mentions of the same plan are merged (same
//! name, or same years and parties, or a headline and the body's plan), and
//! parties missing from the text around the plan come from the headline, then
//! the outlet; a single party is completed by the outlet.

use std::sync::LazyLock;

use super::Article;
use crate::grammar::durations::duration;
use crate::grammar::years::year_expr;
use crate::lexicon::countries::{MentionKind, PlaceMention};
use crate::lexicon::plan_words::{
    is_in, ANAPHOR_NOUNS, AUXILIARIES, COOPERATION_WORDS, DOMAIN_NOUNS, FIELD_CUES, FIELD_DROP,
    FIELD_EVENT_NOUNS, FIELD_LEAD_ADJECTIVES, FIELD_LEAD_NOUNS, FIELD_VERB_CUES, HEADS,
    NAME_STOP_SET, NAME_WORD_SET, NATIONAL_WORDS, OPEN_YEAR_WORDS, OTHER_DOCUMENTS, PARTY_STOP_SET,
    SIGN_VERB_SET, SPEECH_VERBS,
};
use crate::model::{CooperationPlan, Country, Diagnostic, DiagnosticKind, Report, Span, YearRange};
use crate::scan::{PhraseTable, PrefixGate, WordMap, WordStarts};
use crate::text::{sub, Token, TokenKind};

/// At most this many plans per article.
const MAX_PLANS: usize = 32;
/// At most this many trigger words are looked at per article.
const MAX_HITS: usize = 2_000;
/// Longest left walk over a name's modifiers, in tokens.
const MAX_LEFT: usize = 8;
/// Longest party list, in tokens.
const MAX_PARTY_LIST: usize = 25;
/// Tokens looked at before a plan for its signing clause, and after a cue for its list.
const MAX_WINDOW: usize = 80;
/// A field longer than this many words is not a field.
const MAX_FIELD_WORDS: usize = 16;

/// Head nouns first, then other documents: the pattern index tells which.
static TRIGGERS: LazyLock<PhraseTable> =
    LazyLock::new(|| PhraseTable::new(HEADS.iter().chain(OTHER_DOCUMENTS).copied(), true));

/// The word starts where a trigger may begin.
pub(super) fn gate() -> &'static PrefixGate {
    TRIGGERS.gate()
}

/// A trigger word in the text.
#[derive(Debug, Clone, Copy)]
struct Hit {
    start: usize,
    end: usize,
    /// A plan head, not another document.
    plan: bool,
}

/// One mention of a plan, before merging.
#[derive(Debug, Clone)]
struct Mention {
    name: String,
    /// Normalised content words of the name, for merging, one space apart.
    key: String,
    duration: Option<u32>,
    years: Option<YearRange>,
    /// States the text around this mention binds.
    parties: Vec<Country>,
    fields: Vec<String>,
    span: Span,
    /// In the headline and not yet merged with a body mention.
    headline: bool,
}

/// What one head noun turned out to be.
enum Outcome {
    /// One plan, or one per partner for a plural ("roadmaps ... with A and B").
    Plans(Vec<Mention>),
    /// A plan word that refers back ("the new roadmap", "The implementation plan").
    Anaphor,
    /// Not a plan of cooperation ("National Defence Development Plan").
    Other,
}

pub(crate) fn extract(article: &Article, out: &mut Report) {
    let hits = find_hits(article.text(), &article.words);
    if !hits.iter().any(|h| h.plan) {
        return;
    }
    let mut plans = merge(read_mentions(article, &hits));
    for m in &mut plans {
        complete_parties(article, m.span, &mut m.parties);
        if m.fields.is_empty() {
            m.fields = through_fields(article, m);
        }
    }
    if plans.len() > MAX_PLANS {
        out.diagnostics.push(Diagnostic::new(
            DiagnosticKind::WorkLimit,
            format!("more than {MAX_PLANS} cooperation plans; the rest were dropped"),
            plans[MAX_PLANS].span,
        ));
        plans.truncate(MAX_PLANS);
    }
    out.cooperation_plans
        .extend(plans.into_iter().map(|m| CooperationPlan {
            name: m.name,
            duration_years: m.duration,
            years: m.years,
            fields: m.fields,
            parties: m.parties,
            span: m.span,
        }));
}

/// What the sentences read so far leave for the next one to refer back to
/// ("The plan ... . It highlights ...").
#[derive(Debug, Default)]
struct Thread {
    /// The last plan mentioned and the sentence that last referred to it.
    last_ref: Option<(usize, usize)>,
    /// Whether the last document noun seen was a plan head.
    last_doc_plan: bool,
}

impl Thread {
    /// Whether sentence `si` may refer back to the last plan: the last
    /// document noun was a plan head, referred to in this or the previous sentence.
    fn refers_back(&self, si: usize) -> bool {
        self.last_doc_plan && self.last_ref.is_some_and(|(_, rs)| si <= rs + 1)
    }
}

/// Every plan mention, sentence by sentence, in text order; a sentence that
/// refers back to the last plan ("It highlights A, B and C") gives it fields.
fn read_mentions(article: &Article, hits: &[Hit]) -> Vec<Mention> {
    let text = article.text();
    let mut mentions: Vec<Mention> = Vec::new();
    let mut thread = Thread::default();
    let mut h = 0;
    for (si, s) in article.sentences().iter().enumerate() {
        let here = hits_in(hits, &mut h, s.start, article.read_end(s));
        let refers_back = thread.refers_back(si);
        if here.is_empty() && !refers_back {
            continue;
        }
        let tokens = article.tokens(si);
        if let Some((mi, _)) = thread.last_ref.filter(|_| refers_back) {
            if mentions[mi].fields.is_empty() {
                mentions[mi].fields = anaphoric_fields(text, tokens);
            }
        }
        // A headline proper, not a lead paragraph that happens to stand alone.
        let headline = article
            .doc
            .headline
            .as_ref()
            .is_some_and(|r| r.start == s.start && r.end == s.end);
        let at = SentenceAt {
            si,
            tokens,
            headline,
        };
        read_heads(article, &at, here, &mut thread, &mut mentions);
    }
    mentions
}

/// The hits from `start` to `end` (one sentence's read part), moving the
/// cursor `h` past them.
fn hits_in<'h>(hits: &'h [Hit], h: &mut usize, start: usize, end: usize) -> &'h [Hit] {
    while *h < hits.len() && hits[*h].start < start {
        *h += 1;
    }
    let first = *h;
    while *h < hits.len() && hits[*h].end <= end {
        *h += 1;
    }
    &hits[first..*h]
}

/// One sentence being read: its index, its tokens, and whether it is the headline.
struct SentenceAt<'a> {
    si: usize,
    tokens: &'a [Token],
    headline: bool,
}

/// Reads each trigger word of one sentence: a plan head becomes mentions
/// ("the Plan of Military Cooperation for 2019") or refers back ("the new
/// roadmap"); another document ("the agreement") breaks the thread.
fn read_heads(
    article: &Article,
    at: &SentenceAt,
    here: &[Hit],
    thread: &mut Thread,
    mentions: &mut Vec<Mention>,
) {
    for hit in here {
        if !hit.plan {
            thread.last_doc_plan = false;
            continue;
        }
        if mentions.len() >= MAX_PLANS * 4 {
            break;
        }
        let Ok(i) = at.tokens.binary_search_by_key(&hit.start, |t| t.start) else {
            continue;
        };
        match read_mention(article, at.tokens, i, hit, at.headline) {
            Outcome::Plans(ms) => {
                thread.last_doc_plan = true;
                mentions.extend(ms);
                thread.last_ref = Some((mentions.len() - 1, at.si));
            }
            Outcome::Anaphor => {
                thread.last_doc_plan = true;
                if let Some(r) = thread.last_ref.as_mut() {
                    r.1 = at.si;
                }
            }
            Outcome::Other => thread.last_doc_plan = false,
        }
    }
}

/// Whole-word trigger words, in text order.
fn find_hits(text: &str, words: &WordStarts) -> Vec<Hit> {
    let mut hits = TRIGGERS.find_words(text, words);
    hits.truncate(MAX_HITS);
    hits.into_iter()
        .map(|(start, end, i)| Hit {
            start,
            end,
            plan: i < HEADS.len(),
        })
        .collect()
}

/// Reads the plan whose head noun starts at `tokens[h]`.
fn read_mention(
    article: &Article,
    tokens: &[Token],
    h: usize,
    hit: &Hit,
    headline: bool,
) -> Outcome {
    let text = article.text();
    let head_end = head_end(tokens, h, hit);
    let plural = sub(text, hit.start, hit.end).ends_with(['s', 'S']);
    let left = walk_left(article, tokens, h);
    if left.national {
        return Outcome::Other;
    }
    let name_end = walk_right(article, tokens, head_end);
    let ns = left.start;
    let words: Vec<&str> = tokens[ns..name_end].iter().map(|t| t.text(text)).collect();
    let cooperation = words.iter().any(|w| is_cooperation_word(w));
    // Without a cooperation word, a plan is one of cooperation when it is
    // joint, titled or dated, and binds two states or more.
    if !cooperation && !joint_or_titled(&words) && left.duration.is_none() && left.years.is_none() {
        let dated = scan_after(article, tokens, name_end).years.is_some();
        if !dated {
            return Outcome::Anaphor;
        }
    }
    let after = scan_after(article, tokens, name_end);
    let parties = mention_parties(article, tokens, ns, &left, &after);
    if !cooperation && parties.len() < 2 {
        return Outcome::Anaphor;
    }
    if parties.len() < 2 && (left.org || after.org) {
        // "the NATO cooperation programme", "a programme with NATO": an alliance's,
        // not one between states.
        return Outcome::Other;
    }
    let name = name_text(
        text,
        tokens[ns].start,
        hit,
        tokens[name_end - 1].end,
        plural,
    );
    let fields = same_sentence_fields(text, tokens, name_end, after.end.max(name_end));
    let years = if after.open {
        None
    } else {
        mention_years(text, tokens, ns, name_end, &left, &after)
    };
    let mention = Mention {
        key: name_key(&name),
        name,
        duration: left.duration.or(after.duration),
        years,
        parties,
        fields,
        span: Span::new(tokens[ns].start, tokens[name_end - 1].end),
        headline,
    };
    if !plural {
        return Outcome::Plans(vec![mention]);
    }
    one_per_partner(mention, &after.partners)
}

/// The first token after the head noun that starts at `tokens[h]`: "road
/// map" is two tokens.
fn head_end(tokens: &[Token], h: usize, hit: &Hit) -> usize {
    let mut head_end = h + 1;
    while head_end < tokens.len() && tokens[head_end].end <= hit.end {
        head_end += 1;
    }
    head_end
}

/// Whether a name without a cooperation word may still be a plan of
/// cooperation, reading its words: joint ("the sides adopted the action plan
/// for 2019") or a capitalised name of its own ("the Defence Industrial
/// Roadmap agreed by India and France"). Such a plan binds two states or more.
fn joint_or_titled(words: &[&str]) -> bool {
    let joint = words
        .iter()
        .any(|w| is_in(&["joint", "action", "activities", "events", "measures"], w));
    let titled = words.len() >= 2
        && words
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()));
    joint || titled
}

/// The states a plan binds, from its name and what follows ("the
/// Armenian-Greek plan", "plan ... between A and B"), then the subject of
/// its clause ("The United States has signed ... with Latvia"), then passive
/// signers ("was signed by A and B"), then "the sides" of the sentence.
fn mention_parties(
    article: &Article,
    tokens: &[Token],
    ns: usize,
    left: &Left,
    after: &After,
) -> Vec<Country> {
    let mut parties = left.parties.clone();
    extend_unique(&mut parties, &after.parties);
    // "The United States has signed ... with Latvia": the subject is the other side.
    if parties.len() < 2 || !after.partners.is_empty() {
        extend_unique(&mut parties, &subject_parties(article, tokens, ns));
    }
    if parties.is_empty() {
        extend_unique(
            &mut parties,
            &passive_signers(article, tokens, ns, after.end),
        );
    }
    if parties.is_empty() {
        extend_unique(&mut parties, &sides(article, tokens, ns));
    }
    parties
}

/// The years of a plan whose end is not open: before the name ("the 2023
/// plan"), after it ("for 2019"), when it is carried out ("the
/// implementation of the plan in 2019"), or a range the duration settles.
fn mention_years(
    text: &str,
    tokens: &[Token],
    ns: usize,
    name_end: usize,
    left: &Left,
    after: &After,
) -> Option<YearRange> {
    left.years
        .or(after.years)
        .or_else(|| implemented_in(text, tokens, ns, name_end))
        .or_else(|| years_by_duration(left, after))
}

/// "the five-year programme for 201-2015": the duration before the name
/// settles which reading of an ambiguous start is meant.
fn years_by_duration(left: &Left, after: &After) -> Option<YearRange> {
    let (starts, end) = after.ambiguous.as_ref()?;
    let d = i32::try_from(left.duration?).ok()?;
    let fits: Vec<i32> = starts
        .iter()
        .copied()
        .filter(|s| end - s + 1 == d)
        .collect();
    match fits[..] {
        [start] => YearRange::new(start, *end).ok(),
        _ => None,
    }
}

/// A plural head ("signed similar bilateral roadmaps ... with both Latvia and
/// Lithuania") is a record only when it lists its partners: one plan each,
/// its parties those that are not partners plus its own partner.
fn one_per_partner(mention: Mention, partners: &[Country]) -> Outcome {
    if partners.len() < 2 {
        return Outcome::Anaphor;
    }
    let common: Vec<Country> = mention
        .parties
        .iter()
        .copied()
        .filter(|c| !partners.contains(c))
        .collect();
    let plans = partners
        .iter()
        .map(|p| {
            let mut m = mention.clone();
            m.parties = common.clone();
            extend_unique(&mut m.parties, &[*p]);
            m
        })
        .collect();
    Outcome::Plans(plans)
}

/// "discussed the implementation of the Plan of Military Cooperation in 2019":
/// the year the plan is carried out in.
fn implemented_in(text: &str, tokens: &[Token], ns: usize, name_end: usize) -> Option<YearRange> {
    let mut k = ns;
    if k > 0 && tokens[k - 1].text(text).eq_ignore_ascii_case("the") {
        k -= 1;
    }
    let implementation = k >= 2
        && tokens[k - 1].text(text).eq_ignore_ascii_case("of")
        && tokens[k - 2]
            .text(text)
            .eq_ignore_ascii_case("implementation");
    if !implementation || !tokens.get(name_end)?.text(text).eq_ignore_ascii_case("in") {
        return None;
    }
    let (y, _) = year_at(text, tokens, name_end + 1)?;
    (y.len() == 1).then_some(y)
}

/// The name as written, a plural head made singular.
fn name_text(text: &str, start: usize, hit: &Hit, end: usize, plural: bool) -> String {
    if !plural {
        return sub(text, start, end).to_string();
    }
    let head = sub(text, hit.start, hit.end - 1);
    format!(
        "{}{}{}",
        sub(text, start, hit.start),
        head,
        sub(text, hit.end, end)
    )
}

/// Lower-case content words of a name with spelling variants folded, one
/// space apart.
fn name_key(name: &str) -> String {
    let mut lower = name.to_ascii_lowercase();
    if lower.contains("road map") {
        lower = lower.replace("road map", "roadmap");
    }
    let words = lower
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty() && !matches!(*w, "of" | "for" | "on" | "in" | "the" | "and"))
        .map(|w| match w {
            "defence" => "defense",
            "programme" | "programmes" | "programs" => "program",
            "plans" => "plan",
            "roadmaps" => "roadmap",
            "co" => "",
            "operation" => "cooperation",
            other => other,
        })
        .filter(|w| !w.is_empty());
    let mut key = String::with_capacity(lower.len());
    for w in words {
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(w);
    }
    key
}

fn is_cooperation_word(w: &str) -> bool {
    is_in(COOPERATION_WORDS, w) || w.split('-').any(|p| is_in(COOPERATION_WORDS, p))
}

/// What lies left of a head noun.
#[derive(Debug, Default)]
struct Left {
    /// First token of the name.
    start: usize,
    duration: Option<u32>,
    years: Option<YearRange>,
    parties: Vec<Country>,
    /// A national plan ("National Defence Development Plan").
    national: bool,
    /// An international body stands before the name ("NATO cooperation programme").
    org: bool,
}

fn walk_left(article: &Article, tokens: &[Token], h: usize) -> Left {
    let text = article.text();
    let mut left = Left {
        start: h,
        ..Left::default()
    };
    let mut k = h;
    while k > 0 && h - k < MAX_LEFT {
        let i = k - 1;
        let t = tokens[i];
        let w = t.text(text);
        match t.kind {
            TokenKind::Number => {
                left.years = year_ending_at(text, tokens, i);
                break;
            }
            TokenKind::Punct => {
                // "Belarus' plan of cooperation": a state's possessive before the name.
                if (w == "'" || w == "\u{2019}")
                    && i > 0
                    && tokens[i - 1].end == t.start
                    && !overlapping_places(article, tokens[i - 1]).is_empty()
                {
                    party_group(article, tokens, i - 1, &mut left);
                }
                break;
            }
            TokenKind::Word => {}
        }
        let ends = |suffix: &str| {
            w.len() >= suffix.len()
                && w.as_bytes()[w.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
        };
        if ends("year") || ends("years") {
            left.duration = duration_ending_at(text, tokens, i);
            break;
        }
        let places = overlapping_places(article, t);
        if !places.is_empty() {
            party_group(article, tokens, i, &mut left);
            break;
        }
        if is_in(NATIONAL_WORDS, w) {
            left.national = true;
            break;
        }
        if NAME_STOP_SET.contains(w) || w.ends_with("'s") {
            break;
        }
        if is_cooperation_word(w) || NAME_WORD_SET.contains(w) || t.is_capitalised(text) {
            k = i;
            continue;
        }
        break;
    }
    left.start = k;
    left
}

/// "Armenian-Greek", "Estonia-United States", "Kazakh and US": states right before a name.
fn party_group(article: &Article, tokens: &[Token], from: usize, left: &mut Left) {
    let text = article.text();
    let mut i = from + 1;
    while i > 0 && from + 1 - i < MAX_LEFT {
        let t = tokens[i - 1];
        let places = overlapping_places(article, t);
        let joiner = t.is_punct(text, '-')
            || t.is_punct(text, ',')
            || t.is_punct(text, '&')
            || t.text(text).eq_ignore_ascii_case("and");
        if places.is_empty() && !joiner {
            break;
        }
        for p in places.iter().rev() {
            match p.state() {
                Some(c) => {
                    if !left.parties.contains(&c) {
                        left.parties.insert(0, c);
                    }
                }
                None => left.org = true,
            }
        }
        i -= 1;
    }
}

/// Place mentions that overlap a token.
fn overlapping_places<'a>(article: &'a Article, t: Token) -> &'a [PlaceMention] {
    let places = &article.places;
    let lo = places.partition_point(|p| p.end <= t.start);
    let hi = places.partition_point(|p| p.start < t.end);
    &places[lo..hi.max(lo)]
}

/// A year or range whose last token is `tokens[i]` ("2023", "2019-2024").
fn year_ending_at(text: &str, tokens: &[Token], i: usize) -> Option<YearRange> {
    let end = tokens[i].end;
    (i.saturating_sub(2)..=i).find_map(|j| {
        let (rest, e) = year_expr(sub(text, tokens[j].start, end)).ok()?;
        (rest.is_empty() && e.ambiguous.is_none()).then_some(e.range)
    })
}

/// A duration whose last token is `tokens[i]` ("five-year", "5-year", "five year").
fn duration_ending_at(text: &str, tokens: &[Token], i: usize) -> Option<u32> {
    let end = tokens[i].end;
    (i.saturating_sub(2)..=i).find_map(|j| {
        let (rest, d) = duration(sub(text, tokens[j].start, end)).ok()?;
        rest.is_empty().then_some(d)
    })
}

/// Extends a name over "of / for / on X" complements; returns the end token (exclusive).
fn walk_right(article: &Article, tokens: &[Token], head_end: usize) -> usize {
    let text = article.text();
    let mut e = head_end;
    for _ in 0..3 {
        let Some(p) = tokens.get(e) else { break };
        let pw = p.text(text);
        let prev = tokens[e - 1].text(text);
        let prep = ["of", "for", "on"]
            .iter()
            .any(|w| w.eq_ignore_ascii_case(pw))
            || (pw.eq_ignore_ascii_case("in") && is_cooperation_word(prev));
        if !prep {
            break;
        }
        // "for the development of": an article may open the complement.
        let mut j = e + 1;
        if tokens
            .get(j)
            .is_some_and(|t| t.text(text).eq_ignore_ascii_case("the"))
        {
            j += 1;
        }
        // Any plain words, cut back to the last name word ("defence industrial cooperation").
        let mut last_good = None;
        while j < tokens.len() && j - e <= 6 {
            let t = tokens[j];
            let w = t.text(text);
            if t.kind != TokenKind::Word
                || NAME_STOP_SET.contains(w)
                || is_in(OPEN_YEAR_WORDS, w)
                // "signed the plan on Monday": a date, not a complement.
                || crate::lexicon::months::weekday(w).is_some()
                || crate::lexicon::months::month(w).is_some()
                || w.ends_with("'s")
                || !overlapping_places(article, t).is_empty()
            {
                break;
            }
            if is_cooperation_word(w) || NAME_WORD_SET.contains(w) || t.is_capitalised(text) {
                last_good = Some(j);
            }
            j += 1;
        }
        let Some(last) = last_good else { break };
        e = last + 1;
    }
    e
}

/// What follows a name: years and parties.
#[derive(Debug, Default)]
struct After {
    years: Option<YearRange>,
    /// "for 201-2015": a range whose start has several readings, with its end.
    ambiguous: Option<(Vec<i32>, i32)>,
    /// "until 2020": the years are not known.
    open: bool,
    parties: Vec<Country>,
    /// States after "with": one plan each when the head is plural.
    partners: Vec<Country>,
    /// An international body is among the parties ("with NATO").
    org: bool,
    /// "for the next five years", "for five years".
    duration: Option<u32>,
    /// First token not read.
    end: usize,
}

fn scan_after(article: &Article, tokens: &[Token], from: usize) -> After {
    let text = article.text();
    let mut after = After {
        end: from,
        ..After::default()
    };
    let mut j = from;
    let mut steps = 0;
    while j < tokens.len() && steps < 12 {
        steps += 1;
        let t = tokens[j];
        let w = t.text(text);
        if t.kind == TokenKind::Number {
            if let Some((y, next)) = year_at(text, tokens, j) {
                after.years = after.years.or(Some(y));
                j = next;
            }
            break;
        }
        if t.kind != TokenKind::Word {
            break;
        }
        if w.eq_ignore_ascii_case("for") {
            match read_for(article, tokens, j, &mut after) {
                Some(next) => {
                    j = next;
                    continue;
                }
                None => break,
            }
        }
        if is_in(OPEN_YEAR_WORDS, w) {
            if let Some((_, next)) = year_at(text, tokens, j + 1) {
                after.open = true;
                j = next;
                continue;
            }
            if !w.eq_ignore_ascii_case("by") {
                break;
            }
        }
        if w.eq_ignore_ascii_case("between")
            || w.eq_ignore_ascii_case("with")
            || w.eq_ignore_ascii_case("by")
        {
            let (states, org, next) = party_list(article, tokens, j + 1);
            after.org |= org;
            if w.eq_ignore_ascii_case("with") {
                extend_unique(&mut after.partners, &states);
            }
            extend_unique(&mut after.parties, &states);
            j = next;
            continue;
        }
        if is_in(AUXILIARIES, w) || SIGN_VERB_SET.contains(w) {
            j += 1;
            continue;
        }
        if cue_at(text, tokens, j).is_some() {
            // "in the areas of training, ...": a list of fields follows.
            break;
        }
        if let Some(next) = domain_phrase(text, tokens, j) {
            j = next;
            continue;
        }
        break;
    }
    after.end = j;
    after
}

/// "for 2019", "for the next five years", "for the period 2021-2025", "for
/// A, B and C" after a plan's name, read into `after`: where the scan goes
/// on, or `None` where it stops.
fn read_for(article: &Article, tokens: &[Token], j: usize, after: &mut After) -> Option<usize> {
    let text = article.text();
    // "for the next five years": a duration, not years.
    let mut k = j + 1;
    for skip in ["the", "next", "coming", "following"] {
        if tokens
            .get(k)
            .is_some_and(|t| t.text(text).eq_ignore_ascii_case(skip))
        {
            k += 1;
        }
    }
    if let Some(d) = (k + 1..(k + 3).min(tokens.len()))
        .find(|&e| {
            let w = tokens[e].text(text);
            w.eq_ignore_ascii_case("years") || w.eq_ignore_ascii_case("year")
        })
        .and_then(|e| duration_ending_at(text, tokens, e))
    {
        after.duration = Some(d);
        return Some(k + 2);
    }
    let mut k = j + 1;
    for skip in ["the", "years", "year", "period", "of"] {
        if tokens
            .get(k)
            .is_some_and(|t| t.text(text).eq_ignore_ascii_case(skip))
        {
            k += 1;
        }
    }
    if let Some((y, next)) = year_at(text, tokens, k) {
        after.years = after.years.or(Some(y));
        return Some(next);
    }
    // "the quadruple co-operation plan for Estonia, Latvia, Lithuania and
    // Georgia": the states it is for.
    let (states, _, next) = party_list(article, tokens, j + 1);
    if states.len() >= 2 {
        extend_unique(&mut after.parties, &states);
        return Some(next);
    }
    after.ambiguous = ambiguous_year_at(text, tokens, k);
    None
}

/// "in the defence field", "in the military sphere": the end of such a phrase at `tokens[j]`.
fn domain_phrase(text: &str, tokens: &[Token], j: usize) -> Option<usize> {
    if !tokens.get(j)?.text(text).eq_ignore_ascii_case("in") {
        return None;
    }
    let mut k = j + 1;
    if tokens.get(k)?.text(text).eq_ignore_ascii_case("the") {
        k += 1;
    }
    (k..(k + 4).min(tokens.len()))
        .take_while(|&i| tokens[i].kind == TokenKind::Word)
        .find(|&i| is_in(DOMAIN_NOUNS, tokens[i].text(text)))
        .map(|i| i + 1)
}

/// A year expression starting at `tokens[j]`, and the first token after it.
fn year_at(text: &str, tokens: &[Token], j: usize) -> Option<(YearRange, usize)> {
    let t = tokens.get(j)?;
    if t.kind != TokenKind::Number {
        return None;
    }
    let limit = tokens.get(j + 3).map_or(tokens.last()?.end, |t| t.end);
    let input = sub(text, t.start, limit);
    let (rest, e) = year_expr(input).ok()?;
    if e.ambiguous.is_some() {
        return None;
    }
    let end = t.start + (input.len() - rest.len());
    let mut next = j + 1;
    while next < tokens.len() && tokens[next].start < end {
        next += 1;
    }
    Some((e.range, next))
}

/// A range at `tokens[j]` whose start is a typo with several readings
/// ("201-2015"): the readings and the end year.
fn ambiguous_year_at(text: &str, tokens: &[Token], j: usize) -> Option<(Vec<i32>, i32)> {
    let t = tokens.get(j)?;
    let limit = tokens.get(j + 3).map_or(tokens.last()?.end, |t| t.end);
    let (_, e) = year_expr(text.get(t.start..limit)?).ok()?;
    let amb = e.ambiguous?;
    Some((amb.candidates, e.range.end()))
}

/// The states of a list after "between", "with" or "by", whether an international
/// body is among them, and the first token after the list.
fn party_list(article: &Article, tokens: &[Token], from: usize) -> (Vec<Country>, bool, usize) {
    let text = article.text();
    let mut j = from;
    while j < tokens.len() && j - from < MAX_PARTY_LIST {
        let t = tokens[j];
        let w = t.text(text);
        let stop = match t.kind {
            TokenKind::Punct => {
                !(t.is_punct(text, ',') || t.is_punct(text, '-') || t.is_punct(text, '&'))
            }
            TokenKind::Number => true,
            TokenKind::Word => PARTY_STOP_SET.contains(w),
        };
        if stop {
            break;
        }
        j += 1;
    }
    if j == from {
        return (Vec::new(), false, j);
    }
    let (start, end) = (tokens[from].start, tokens[j - 1].end);
    let mut states = states_in(article, start, end, false);
    let org = article
        .places_in(start, end)
        .iter()
        .any(|p| p.state().is_none());
    if has_our_country(text, &tokens[from..j]) {
        extend_unique(&mut states, article.outlet.as_slice());
    }
    (states, org, j)
}

/// States named in `start..end`, optionally without capitals.
fn states_in(article: &Article, start: usize, end: usize, skip_capitals: bool) -> Vec<Country> {
    let mut out = Vec::new();
    for p in article.places_in(start, end) {
        if skip_capitals && p.kind == MentionKind::Capital {
            continue;
        }
        if let Some(c) = p.state() {
            extend_unique(&mut out, &[c]);
        }
    }
    out
}

fn has_our_country(text: &str, tokens: &[Token]) -> bool {
    tokens.windows(2).any(|w| {
        w[0].text(text).eq_ignore_ascii_case("our")
            && w[1].text(text).eq_ignore_ascii_case("country")
    })
}

/// "Kazakhstan and Turkey signed the plan": the states before a signing verb in the plan's clause.
fn subject_parties(article: &Article, tokens: &[Token], name_start: usize) -> Vec<Country> {
    let text = article.text();
    let window = name_start.saturating_sub(MAX_WINDOW);
    let clause_start = tokens[window..name_start]
        .iter()
        .rposition(|t| t.is_punct(text, ';') || t.is_punct(text, ':'))
        .map_or(window, |i| window + i + 1);
    let region = &tokens[clause_start..name_start];
    let Some(v) = region
        .iter()
        .rposition(|t| SIGN_VERB_SET.contains(t.text(text)))
    else {
        return Vec::new();
    };
    if v == 0 {
        return Vec::new();
    }
    let mut states = states_in(article, region[0].start, region[v - 1].end, true);
    let we = region[..v]
        .iter()
        .any(|t| t.text(text).eq_ignore_ascii_case("we"))
        || has_our_country(text, &region[..v]);
    if we {
        extend_unique(&mut states, article.outlet.as_slice());
    }
    states
}

/// Nouns for the sides of a plan: "the two countries", "both sides".
const SIDE_NOUNS: &[&str] = &[
    "sides",
    "parties",
    "countries",
    "states",
    "nations",
    "navies",
    "armies",
    "ministries",
];

/// "the sides adopted the plan", "the two countries signed": the states of the
/// nearest earlier sentence that names two or more, when the subject before the
/// plan's verb is such a phrase.
fn sides(article: &Article, tokens: &[Token], name_start: usize) -> Vec<Country> {
    let text = article.text();
    let window = &tokens[name_start.saturating_sub(12)..name_start];
    // "the two countries": exactly two states, not a sentence that names three.
    let two = window
        .windows(2)
        .any(|w| is_in(&["two", "both"], w[0].text(text)) && is_in(SIDE_NOUNS, w[1].text(text)));
    let says_sides = window.windows(2).any(|w| {
        let (a, b) = (w[0].text(text), w[1].text(text));
        is_in(&["the", "both", "two"], a) && is_in(SIDE_NOUNS, b)
    });
    let Some(first) = tokens.first() else {
        return Vec::new();
    };
    if !says_sides {
        return Vec::new();
    }
    let earlier: Vec<_> = article
        .sentences()
        .iter()
        .filter(|s| s.end <= first.start)
        .collect();
    for s in earlier.iter().rev().take(4) {
        let states = states_in(article, s.start, s.end, true);
        if states.len() == 2 || (states.len() > 2 && !two) {
            return states;
        }
    }
    Vec::new()
}

/// "The plan ..., which covers ..., was signed by the chiefs of staff of Kenya and
/// Uganda": the plan is the clause's subject and a passive signing names the parties.
fn passive_signers(
    article: &Article,
    tokens: &[Token],
    name_start: usize,
    from: usize,
) -> Vec<Country> {
    let text = article.text();
    let leading = tokens[..name_start]
        .iter()
        .rev()
        .take_while(|t| !t.is_punct(text, ';') && !t.is_punct(text, ':'))
        .count();
    if leading > 2 {
        return Vec::new();
    }
    let end = (from + MAX_WINDOW).min(tokens.len());
    for k in from..end.saturating_sub(2) {
        let (a, v, p) = (
            tokens[k].text(text),
            tokens[k + 1].text(text),
            tokens[k + 2].text(text),
        );
        let by = ["by", "between", "with"]
            .iter()
            .any(|w| w.eq_ignore_ascii_case(p));
        if is_in(AUXILIARIES, a) && SIGN_VERB_SET.contains(v) && by {
            return party_list(article, tokens, k + 3).0;
        }
        if tokens[k].is_punct(text, ';') {
            break;
        }
    }
    Vec::new()
}

/// Fields from a relative clause or participle on the plan: "which covers work in
/// such fields as A, B and C", "directed on A, B and C".
fn same_sentence_fields(text: &str, tokens: &[Token], name_end: usize, from: usize) -> Vec<String> {
    // "the plan ... between our ministries this year stipulates A and B": the
    // plan's own verb, a few words on.
    for c in name_end..(name_end + 16).min(tokens.len()) {
        if tokens[c].kind != TokenKind::Word {
            break;
        }
        if let Some(end) = FIELD_VERB_CUES
            .iter()
            .filter_map(|cue| words_at(text, tokens, c, cue))
            .max()
        {
            return split_fields(text, tokens, chain_cues(text, tokens, end));
        }
    }
    // "signed a plan for 2024 with about 30 activities, including A, B and C".
    let mut from = from;
    let with = (name_end..(from + 1).min(tokens.len()))
        .find(|&k| tokens[k].text(text).eq_ignore_ascii_case("with"));
    if let Some(w) = with {
        let mut k = w + 1;
        while k < tokens.len()
            && k - w < 5
            && (tokens[k].kind == TokenKind::Number
                || is_in(
                    &["about", "some", "around", "over", "more", "than", "nearly"],
                    tokens[k].text(text),
                ))
        {
            k += 1;
        }
        if k > w + 1
            && tokens
                .get(k)
                .is_some_and(|t| is_in(FIELD_EVENT_NOUNS, t.text(text)))
        {
            k += 1;
            if tokens.get(k).is_some_and(|t| t.is_punct(text, ',')) {
                k += 1;
            }
            if cue_at(text, tokens, k).is_some() {
                from = k;
            }
        }
    }
    let start = if cue_at(text, tokens, from).is_some() {
        from
    } else {
        let relative = |r: usize| {
            let w = tokens[r].text(text);
            w.eq_ignore_ascii_case("which") || w.eq_ignore_ascii_case("that")
        };
        // "for 201-2015, which covered ...": past a year the scan left unread,
        // a relative clause after a comma.
        let after_comma = (from + 3..(from + 8).min(tokens.len()))
            .take_while(|&r| !tokens[r].is_punct(text, ';'))
            .find(|&r| relative(r) && tokens[r - 1].is_punct(text, ','));
        let Some(r) = (from..(from + 3).min(tokens.len()))
            .find(|&r| relative(r))
            .or(after_comma)
        else {
            return participle_fields(text, tokens, name_end);
        };
        r + 1
    };
    for c in start..(start + 25).min(tokens.len()) {
        if tokens[c].is_punct(text, ';') {
            break;
        }
        if let Some(end) = cue_at(text, tokens, c) {
            return split_fields(text, tokens, chain_cues(text, tokens, end));
        }
    }
    Vec::new()
}

/// Participles that open the plan's areas after a comma later in its sentence.
const PARTICIPLE_CUES: &[&str] = &[
    "focusing on",
    "focussing on",
    "focused on",
    "covering",
    "encompassing",
    "spanning",
];

/// "the implementation of the 2022 cooperation plan and the protocol's
/// contents, focusing on A, B and C": a participle after a comma, in the
/// plan's sentence before any other clause, opens its fields.
fn participle_fields(text: &str, tokens: &[Token], name_end: usize) -> Vec<String> {
    let end = (name_end + 30).min(tokens.len());
    for c in name_end..end {
        let t = tokens[c];
        if t.is_punct(text, ';') || t.is_punct(text, ':') || t.is_punct(text, '"') {
            break;
        }
        if !t.is_punct(text, ',') {
            continue;
        }
        if let Some(e) = PARTICIPLE_CUES
            .iter()
            .filter_map(|cue| words_at(text, tokens, c + 1, cue))
            .max()
        {
            return split_fields(text, tokens, chain_cues(text, tokens, e));
        }
    }
    Vec::new()
}

/// "Its key areas include ...", "Priority areas are ...", "The ministry notes
/// that the main directions of the cooperation are ...": the areas as the
/// subject, after a reporting clause or not.
fn areas_are(text: &str, tokens: &[Token]) -> Option<Vec<String>> {
    // "X notes that": the reported clause starts after "that".
    let lead = (1..tokens.len().min(10))
        .find(|&k| {
            tokens[k].text(text).eq_ignore_ascii_case("that")
                && is_in(SPEECH_VERBS, tokens[k - 1].text(text))
        })
        .map_or(0, |k| k + 1);
    let k = (lead..(lead + 4).min(tokens.len())).find(|&k| {
        is_in(
            &["areas", "fields", "directions", "priorities"],
            tokens[k].text(text),
        ) && (lead..k).all(|j| {
            is_in(
                &["its", "the", "key", "priority", "main", "major", "their"],
                tokens[j].text(text),
            )
        })
    })?;
    if k == lead {
        return None;
    }
    // "directions of (the) cooperation are".
    let mut v = k + 1;
    if let Some(e) = [
        "of the cooperation",
        "of cooperation",
        "of the co-operation",
        "of co-operation",
    ]
    .iter()
    .find_map(|p| words_at(text, tokens, v, p))
    {
        v = e;
    }
    let next = tokens.get(v)?;
    let nw = next.text(text);
    (is_in(&["include", "are", "cover", "covered"], nw) || next.is_punct(text, ':'))
        .then(|| split_fields(text, tokens, chain_cues(text, tokens, v + 1)))
}

/// Verbs whose object lists what a plan has the sides do.
const HOLD_VERBS: &[&str] = &["hold", "conduct", "organise", "organize", "stage", "carry"];

/// "Under the plan, the two armies will hold A, B and C", "According to the
/// plan, it was agreed to hold A": what the sides hold under the plan.
fn under_plan_fields(text: &str, tokens: &[Token]) -> Option<Vec<String>> {
    let lead = tokens.first()?.text(text);
    let opens = lead.eq_ignore_ascii_case("under")
        || (lead.eq_ignore_ascii_case("according")
            && tokens.get(1)?.text(text).eq_ignore_ascii_case("to"));
    if !opens {
        return None;
    }
    let comma = (1..tokens.len().min(10)).find(|&k| tokens[k].is_punct(text, ','))?;
    let refers = tokens[..comma].iter().any(|t| {
        let w = t.text(text);
        (is_in(HEADS, w) || is_in(ANAPHOR_NOUNS, w)) && !w.eq_ignore_ascii_case("agreement")
    });
    if !refers {
        return None;
    }
    let v = (comma + 1..tokens.len().min(comma + 10))
        .take_while(|&k| !tokens[k].is_punct(text, ','))
        .find(|&k| is_in(HOLD_VERBS, tokens[k].text(text)))?;
    let mut from = v + 1;
    if tokens
        .get(from)
        .is_some_and(|t| t.text(text).eq_ignore_ascii_case("out"))
    {
        from += 1;
    }
    // "carry out more than 40 events, including A and B": the cue a few words on.
    let from = (from..tokens.len().min(from + 8))
        .find_map(|k| cue_at(text, tokens, k))
        .unwrap_or(from);
    let fields = split_fields(text, tokens, from);
    (!fields.is_empty()).then_some(fields)
}

/// Fields from a sentence whose subject refers back to the last plan:
/// "It highlights ...", "The agreement covers ...".
fn anaphoric_fields(text: &str, tokens: &[Token]) -> Vec<String> {
    // "\"The document envisages A, B and C,\" the ministry said": a quote
    // opening the sentence is no subject.
    let tokens = match tokens.first() {
        Some(t) if t.is_punct(text, '"') || is_in(&["\u{201c}", "'"], t.text(text)) => &tokens[1..],
        _ => tokens,
    };
    let Some(first) = tokens.first() else {
        return Vec::new();
    };
    let fw = first.text(text);
    if let Some(fields) = areas_are(text, tokens) {
        return fields;
    }
    if let Some(fields) = under_plan_fields(text, tokens) {
        return fields;
    }
    let subject_end = if fw.eq_ignore_ascii_case("it") {
        1
    } else if is_in(&["areas", "fields", "spheres", "forms"], fw)
        && words_at(text, tokens, 1, "of cooperation")
            .or_else(|| words_at(text, tokens, 1, "of co-operation"))
            .is_some()
    {
        // "Areas of cooperation include: a) training; b) ...".
        3
    } else if is_in(&["such", "these", "the"], fw)
        && tokens
            .get(1)
            .is_some_and(|t| is_in(FIELD_EVENT_NOUNS, t.text(text)))
    {
        // "Such events include joint exercises, staff talks and ...".
        2
    } else if fw.eq_ignore_ascii_case("the") || fw.eq_ignore_ascii_case("this") {
        let found = (1..4.min(tokens.len())).find_map(|k| {
            ANAPHOR_NOUNS
                .iter()
                .find_map(|n| words_at(text, tokens, k, n))
        });
        match found {
            Some(end) => end,
            None => return Vec::new(),
        }
    } else {
        return Vec::new();
    };
    for c in subject_end..(subject_end + 3).min(tokens.len()) {
        if let Some(end) = cue_at(text, tokens, c) {
            return split_fields(text, tokens, chain_cues(text, tokens, end));
        }
    }
    emphasised_fields(text, tokens, subject_end)
}

/// "The roadmap sets out the steps for closer defence cooperation,
/// notably in the area of A, B and C": a cue after
/// "especially" later in the sentence singles out the plan's areas.
fn emphasised_fields(text: &str, tokens: &[Token], from: usize) -> Vec<String> {
    let at = (from..tokens.len()).find(|&k| {
        is_in(EMPHASIS_WORDS, tokens[k].text(text)) && cue_at(text, tokens, k + 1).is_some()
    });
    at.and_then(|k| cue_at(text, tokens, k + 1))
        .map(|end| split_fields(text, tokens, chain_cues(text, tokens, end)))
        .unwrap_or_default()
}

/// Words that single out the areas of a broader aim: "especially in the area of".
const EMPHASIS_WORDS: &[&str] = &[
    "especially",
    "particularly",
    "notably",
    "mainly",
    "primarily",
    "chiefly",
];

/// "Through the DCP, Australia supports A, conducts B, and provides C": what
/// a state does through the plan (named by its initials or a plan noun, in a
/// sentence after it), one field per verb, the verbs dropped.
fn through_fields(article: &Article, m: &Mention) -> Vec<String> {
    let text = article.text();
    let initials = initials(&m.name);
    for (si, s) in article.sentences().iter().enumerate() {
        if s.start < m.span.start {
            continue;
        }
        let tokens = article.tokens(si);
        let Some(v) = through_verb(text, tokens, &initials) else {
            continue;
        };
        let end = tokens.len().min(v + MAX_WINDOW);
        let Some(last) = tokens[v..end]
            .iter()
            .rposition(|t| t.kind != TokenKind::Punct)
        else {
            continue;
        };
        let list = sub(text, tokens[v].start, tokens[v + last].end);
        // A chunk that does not start with a verb: not a list of what is done.
        let Some(out) = verb_items(list) else {
            return Vec::new();
        };
        if out.len() >= 2 {
            return out;
        }
    }
    Vec::new()
}

/// A name's initials, from its capitalised words: "Defence Cooperation
/// Program" -> "DCP".
fn initials(name: &str) -> String {
    name.split([' ', '-'])
        .filter(|w| w.starts_with(|c: char| c.is_ascii_uppercase()))
        .filter_map(|w| w.chars().next())
        .collect()
}

/// The first verb of a sentence that opens "Through the DCP, Australia
/// supports ..." (or "Under the plan,", "Via the programme,"): the subject
/// is skipped, the verb is a lower-case word ending in "s" or "ed".
fn through_verb(text: &str, tokens: &[Token], initials: &str) -> Option<usize> {
    let [lead, the, subject, comma, ..] = tokens else {
        return None;
    };
    let named = subject.text(text);
    let refers = (initials.len() >= 2 && named == initials)
        || is_in(ANAPHOR_NOUNS, named) && !named.eq_ignore_ascii_case("agreement");
    if !is_in(&["through", "under", "via"], lead.text(text))
        || !the.text(text).eq_ignore_ascii_case("the")
        || !refers
        || !comma.is_punct(text, ',')
    {
        return None;
    }
    // The subject, then the first verb: "Australia supports".
    (4..tokens.len().min(12)).find(|&k| {
        let w = tokens[k].text(text);
        tokens[k].kind == TokenKind::Word
            && w.starts_with(|c: char| c.is_ascii_lowercase())
            && (w.ends_with('s') || w.ends_with("ed"))
    })
}

/// A lower-case word ending in "s" or "ed": "supports", "conducted".
fn verb_like(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_lowercase()) && (w.ends_with('s') || w.ends_with("ed"))
}

/// "supports A, conducts B, and provides C": one item per verb, the verb
/// dropped; `None` when a chunk does not start with a verb.
fn verb_items(list: &str) -> Option<Vec<String>> {
    let mut out = Vec::new();
    for chunk in verb_chunks(list) {
        let chunk = chunk.trim();
        // The verb of each item: "conducts", "provides", "supported".
        let Some((verb, rest)) = chunk.split_once(' ') else {
            continue;
        };
        if !verb_like(verb) {
            return None;
        }
        let item = strip_where(rest).trim();
        if !item.is_empty() && item.split_whitespace().count() <= MAX_FIELD_WORDS {
            out.push(item.to_string());
        }
    }
    Some(out)
}

/// `list` cut into one chunk per verb: items end at commas and at an "and"
/// before the next verb ("trains A and provides B").
fn verb_chunks(list: &str) -> Vec<&str> {
    let mut chunks: Vec<&str> = Vec::new();
    for part in list.split(',') {
        let mut part = part.trim();
        part = strip_word(part, "and").unwrap_or(part);
        while let Some(at) = part
            .match_indices(" and ")
            .map(|(at, _)| at)
            .find(|&at| part[at + 5..].split(' ').next().is_some_and(verb_like))
        {
            chunks.push(&part[..at]);
            part = &part[at + 5..];
        }
        chunks.push(part);
    }
    chunks
}

/// "... personnel in Papua New Guinea and Australia": a trailing "in" and
/// capitalised names say where, not what, and are dropped.
fn strip_where(rest: &str) -> &str {
    match rest.rfind(" in ") {
        Some(at)
            if rest[at + 4..]
                .split_whitespace()
                .all(|w| w == "and" || w.starts_with(|c: char| c.is_uppercase())) =>
        {
            &rest[..at]
        }
        _ => rest,
    }
}

/// The end of `phrase` (space-separated words) when it starts at `tokens[k]`.
fn words_at(text: &str, tokens: &[Token], k: usize, phrase: &str) -> Option<usize> {
    let mut j = k;
    for w in phrase.split(' ') {
        let t = tokens.get(j)?;
        if !t.text(text).eq_ignore_ascii_case(w) {
            return None;
        }
        j += 1;
    }
    Some(j)
}

/// The end of a field cue starting at `tokens[k]`, longest cue first.
fn cue_at(text: &str, tokens: &[Token], k: usize) -> Option<usize> {
    // The cues by first word: one lookup rules out most tokens, and only
    // the cues that begin with this word are compared.
    static BY_FIRST: LazyLock<WordMap<Vec<&'static str>>> = LazyLock::new(|| {
        let mut m = WordMap::new(true);
        for c in FIELD_CUES {
            let first = c.split(' ').next().unwrap_or(c);
            m.entry(first.as_bytes(), Vec::new).push(*c);
        }
        m
    });
    BY_FIRST
        .get(tokens.get(k)?.text(text).as_bytes())?
        .iter()
        .filter_map(|c| words_at(text, tokens, k, c))
        .max()
}

/// "covers work in such fields as": a second cue a few words on starts the list.
fn chain_cues(text: &str, tokens: &[Token], end: usize) -> usize {
    // "is divided into three parts: A, B and C", "includes the following: A, B".
    for d in 0..5 {
        match tokens.get(end + d) {
            Some(t) if t.is_punct(text, ':') => return end + d + 1,
            Some(t) if t.kind == TokenKind::Word || t.kind == TokenKind::Number => {}
            _ => break,
        }
    }
    // "envisages more than 150 events in the fields of A, B and C".
    for d in 0..8 {
        let k = end + d;
        match tokens.get(k) {
            Some(t) if t.kind == TokenKind::Word || t.kind == TokenKind::Number => {}
            _ => break,
        }
        if let Some(e) = cue_at(text, tokens, k) {
            return e;
        }
    }
    end
}

/// A lettered or numbered list at `tokens[from]`: "a) training; b) search and
/// rescue; c) border management", one field per item.
fn lettered_fields(text: &str, tokens: &[Token], from: usize) -> Option<Vec<String>> {
    let marker = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            let w = t.text(text);
            (w.len() == 1 && w.bytes().all(|b| b.is_ascii_lowercase()))
                || (w.len() <= 2 && w.bytes().all(|b| b.is_ascii_digit()))
        }) && tokens.get(k + 1).is_some_and(|t| t.is_punct(text, ')'))
    };
    if !marker(from) {
        return None;
    }
    let mut out = Vec::new();
    let mut k = from;
    while marker(k) && out.len() < 12 {
        let a = k + 2;
        let mut b = a;
        while b < tokens.len()
            && !marker(b)
            && !tokens[b].is_punct(text, ';')
            && !tokens[b].is_punct(text, '.')
        {
            b += 1;
        }
        if b > a {
            let item = strip_tail(sub(text, tokens[a].start, tokens[b - 1].end));
            let item = strip_word(item, "and").unwrap_or(item).trim();
            if !item.is_empty() && item.split_whitespace().count() <= MAX_FIELD_WORDS {
                out.push(item.to_string());
            }
        }
        k = b;
        while k < tokens.len() && (tokens[k].is_punct(text, ';') || tokens[k].text(text) == "and") {
            k += 1;
        }
    }
    (out.len() >= 2).then_some(out)
}

/// Splits the list starting at `tokens[from]` into fields: commas, and a final "and".
fn split_fields(text: &str, tokens: &[Token], from: usize) -> Vec<String> {
    if let Some(items) = lettered_fields(text, tokens, from) {
        return items;
    }
    let end = list_end(text, tokens, from);
    let Some(from) = list_start(text, tokens, from, end) else {
        return Vec::new();
    };
    let list = sub(text, tokens[from].start, tokens[end - 1].end);
    clean_fields(list_items(list))
}

/// The end of the list at `tokens[from]`: the first punctuation other than a
/// comma, hyphen or apostrophe; "ship visits (port calls, passing exercises)":
/// a bracket stays in its item.
fn list_end(text: &str, tokens: &[Token], from: usize) -> usize {
    let mut end = from;
    while end < tokens.len() && end - from < MAX_WINDOW {
        let t = tokens[end];
        if t.is_punct(text, '(') {
            if let Some(c) =
                (end + 1..tokens.len().min(end + 16)).find(|&c| tokens[c].is_punct(text, ')'))
            {
                end = c + 1;
                continue;
            }
        }
        if t.kind == TokenKind::Punct
            && !(t.is_punct(text, ',') || t.is_punct(text, '-') || t.is_punct(text, '\''))
        {
            break;
        }
        end += 1;
    }
    end
}

/// The first token of the list's first item, past leading commas and lead
/// words ("continued cooperation in"); `None` when nothing is left, or when a
/// clause follows instead ("sets out how the two navies will cooperate").
fn list_start(text: &str, tokens: &[Token], from: usize, end: usize) -> Option<usize> {
    let mut from = from;
    while from < end && tokens[from].is_punct(text, ',') {
        from += 1;
    }
    if from >= end {
        return None;
    }
    let from = skip_lead(text, tokens, from, end);
    if from >= end {
        return None;
    }
    // "sets out how the two navies will cooperate": a clause, not a list of areas.
    if is_in(
        &["how", "what", "where", "when", "why", "whether", "ways"],
        tokens[from].text(text),
    ) {
        return None;
    }
    Some(from)
}

/// "A, B and C": the items of `list`, cut at commas outside brackets and at
/// the last chunk's "and"; the list ends where a clause resumes (", was
/// signed by ...", ", the minister said").
fn list_items(list: &str) -> Vec<&str> {
    let chunks: Vec<&str> = split_outside_brackets(list)
        .into_iter()
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .take_while(|c| !resumes_clause(c))
        .collect();
    let mut items: Vec<&str> = Vec::new();
    let n = chunks.len();
    for (i, &chunk) in chunks.iter().enumerate() {
        // "and links between the College of X, the Institute of Y, and the
        // Academy of Z": the parties of "between" run to the list's end.
        if i + 1 < n && has_between(chunk) && chunks[i + 1..].iter().all(|c| names_party(c)) {
            let (from, to) = (offset_in(list, chunk), offset_in(list, chunks[n - 1]));
            let whole = &list[from..to + chunks[n - 1].len()];
            items.push(strip_word(whole, "and").unwrap_or(whole));
            break;
        }
        let chunk = strip_tail(chunk);
        if i + 1 < n {
            items.push(chunk);
        } else {
            split_last_chunk(chunk, &mut items);
        }
    }
    items
}

/// The chunk names a relation between parties: "cooperation between A".
fn has_between(chunk: &str) -> bool {
    chunk
        .split_whitespace()
        .any(|w| w.eq_ignore_ascii_case("between"))
}

/// A chunk that names a party by its proper name: "the Institute of Naval
/// Studies", "and the Academy of Military Medicine".
fn names_party(chunk: &str) -> bool {
    let rest = strip_word(chunk, "and").unwrap_or(chunk);
    let rest = strip_word(rest, "the").unwrap_or(rest);
    rest.starts_with(|c: char| c.is_uppercase())
}

/// The byte offset of `part`, a slice of `whole`, inside `whole`.
fn offset_in(whole: &str, part: &str) -> usize {
    (part.as_ptr() as usize).saturating_sub(whole.as_ptr() as usize)
}

/// The last chunk of a list: "and C" after a serial comma, else "B and C";
/// "as well as" is an "and", and "between A and B" is one phrase.
fn split_last_chunk<'a>(chunk: &'a str, items: &mut Vec<&'a str>) {
    if let Some(rest) = strip_word(chunk, "and").or_else(|| strip_word(chunk, "as well as")) {
        items.push(rest);
    } else if let Some(at) = chunk.find(" as well as ") {
        items.push(chunk[..at].trim());
        items.push(chunk[at + 12..].trim());
    } else if let Some(at) = chunk.rfind(" and ").filter(|&at| {
        !chunk[..at]
            .split_whitespace()
            .any(|w| w.eq_ignore_ascii_case("between"))
    }) {
        items.push(chunk[..at].trim());
        items.push(chunk[at + 5..].trim());
    } else {
        items.push(chunk);
    }
}

/// The items that are fields, trimmed of quotes and tails: not empty, not a
/// dropped word ("a range", "all"), at most `MAX_FIELD_WORDS` words.
fn clean_fields(items: Vec<&str>) -> Vec<String> {
    let mut out = Vec::new();
    for item in items {
        let item =
            strip_tail(item).trim_matches(|c: char| c == '"' || c == '\'' || c.is_whitespace());
        if item.is_empty() {
            continue;
        }
        if FIELD_DROP
            .iter()
            .any(|d| strip_word(item, d).is_some() || item.eq_ignore_ascii_case(d))
        {
            continue;
        }
        // A relation between named parties is one field however long.
        if item.split_whitespace().count() > MAX_FIELD_WORDS && !has_between(item) {
            continue;
        }
        out.push(item.to_string());
    }
    out
}

/// `list` cut at the commas outside brackets.
fn split_outside_brackets(list: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let (mut depth, mut from) = (0usize, 0);
    for (i, c) in list.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            ',' if depth == 0 => {
                out.push(crate::text::sub(list, from, i));
                from = i + 1;
            }
            _ => {}
        }
    }
    out.push(crate::text::after(list, from));
    out
}

/// A chunk after a list that is not an item: it opens with a verb or reports speech.
fn resumes_clause(chunk: &str) -> bool {
    // ", and agreed to meet again": a second predicate after the list.
    let chunk = strip_word(chunk, "and").unwrap_or(chunk);
    let mut words = chunk.split_whitespace();
    let first = words.next().unwrap_or("");
    // Past forms only: "exchange of instructors" is an item, "signed by" is not.
    is_in(AUXILIARIES, first)
        || ["which", "who", "that", "where", "while"]
            .iter()
            .any(|w| w.eq_ignore_ascii_case(first))
        || (SIGN_VERB_SET.contains(first) && first.ends_with("ed"))
        // Lower case only: "to the United States" reports no speech.
        || chunk
            .split_whitespace()
            .any(|w| w.starts_with(|c: char| c.is_lowercase()) && is_in(SPEECH_VERBS, w))
}

/// Skips "continued cooperation in" before the first field.
fn skip_lead(text: &str, tokens: &[Token], from: usize, end: usize) -> usize {
    // "holding events within", "conducting activities in the field of".
    let mut k = from;
    if k < end && tokens[k].text(text).ends_with("ing") {
        k += 1;
    }
    if k + 1 < end
        && is_in(FIELD_EVENT_NOUNS, tokens[k].text(text))
        && ["in", "within", "on", "for"]
            .iter()
            .any(|p| p.eq_ignore_ascii_case(tokens[k + 1].text(text)))
    {
        k += 2;
        for cue in [
            "the field of",
            "the fields of",
            "the area of",
            "the areas of",
        ] {
            if let Some(e) = words_at(text, tokens, k, cue) {
                return e;
            }
        }
        return k;
    }
    let mut k = from;
    if k < end && is_in(FIELD_LEAD_ADJECTIVES, tokens[k].text(text)) {
        k += 1;
    }
    if k + 1 < end
        && is_in(FIELD_LEAD_NOUNS, tokens[k].text(text))
        && ["in", "on"]
            .iter()
            .any(|p| p.eq_ignore_ascii_case(tokens[k + 1].text(text)))
    {
        return k + 2;
    }
    from
}

/// `s` without a leading `word` and the space after it.
fn strip_word<'s>(s: &'s str, word: &str) -> Option<&'s str> {
    let head = s.get(..word.len())?;
    if !head.eq_ignore_ascii_case(word) {
        return None;
    }
    let rest = &s[word.len()..];
    match rest.chars().next() {
        None => Some(""),
        Some(c) if c.is_whitespace() || c == '.' => Some(rest.trim_start()),
        _ => None,
    }
}

/// Drops "and the like", "etc." and similar closers.
fn strip_tail(s: &str) -> &str {
    let mut s = s.trim();
    for tail in [
        " and the like",
        " and so on",
        " and others",
        " among others",
        " etc.",
        " etc",
    ] {
        if s.len() >= tail.len() {
            let cut = s.len() - tail.len();
            if s.is_char_boundary(cut) && s[cut..].eq_ignore_ascii_case(tail) {
                s = s[..cut].trim_end();
            }
        }
    }
    s
}

/// Merges mentions of the same plan, keeping the first mention's span.
fn merge(mentions: Vec<Mention>) -> Vec<Mention> {
    // How often each name is written: a paraphrase gives way to the usual name.
    let uses = |key: &str| mentions.iter().filter(|m| m.key == key).count();
    let counts: Vec<usize> = mentions.iter().map(|m| uses(&m.key)).collect();
    let mut out: Vec<(Mention, usize)> = Vec::new();
    for (m, n) in mentions.iter().cloned().zip(counts) {
        match out
            .iter()
            .enumerate()
            .find_map(|(i, (o, _))| same_plan(o, &m).map(|how| (i, how)))
        {
            Some((i, SameBy::Paraphrase)) => {
                let (into, used) = &mut out[i];
                // The name written more often; on a tie, the fuller one.
                let take = n > *used || (n == *used && words(&m.key) > words(&into.key));
                let (name, key) = (m.name.clone(), m.key.clone());
                absorb(into, m, SameBy::Identity);
                if take {
                    into.name = name;
                    into.key = key;
                    *used = n;
                }
            }
            Some((i, how)) => absorb(&mut out[i].0, m, how),
            None => out.push((m, n)),
        }
    }
    out.into_iter().map(|(m, _)| m).collect()
}

/// Why two mentions are one plan; it decides whose name the record keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SameBy {
    /// Same name, or same years and parties: the first name stays.
    Identity,
    /// One name's words are all in the other's: the fuller name stays.
    Subset,
    /// A headline and the body's first compatible plan: the body's name stays.
    Headline,
    /// Two names for one plan of the same duration and parties ("five-year strategic
    /// military partnership plan", "strategic partnership program ... for five
    /// years"): the name written more often stays.
    Paraphrase,
}

fn same_plan(a: &Mention, b: &Mention) -> Option<SameBy> {
    let years_ok = a.years.is_none() || b.years.is_none() || a.years == b.years;
    if !years_ok || !parties_compatible(&a.parties, &b.parties) {
        return None;
    }
    let same_years = a.years.is_some() && a.years == b.years;
    let same_parties = !a.parties.is_empty() && same_set(&a.parties, &b.parties);
    if a.key == b.key || (same_years && same_parties) {
        return Some(SameBy::Identity);
    }
    // "a big plan for cooperation" after "a plan for cooperation of defense ministries".
    let sub = |x: &Mention, y: &Mention| {
        x.key
            .split_whitespace()
            .all(|w| y.key.split_whitespace().any(|v| v == w))
    };
    if sub(a, b) || sub(b, a) {
        return Some(SameBy::Subset);
    }
    let shared = a
        .key
        .split_whitespace()
        .filter(|w| !matches!(*w, "plan" | "program" | "roadmap"))
        .filter(|w| b.key.split_whitespace().any(|v| v == *w))
        .count();
    if a.duration.is_some() && a.duration == b.duration && same_parties && shared >= 1 {
        return Some(SameBy::Paraphrase);
    }
    // "the tripartite defence cooperation programme" told again as "the
    // tripartite military cooperation programme".
    if domain_folded(&a.key) == domain_folded(&b.key) {
        return Some(SameBy::Paraphrase);
    }
    (a.headline != b.headline).then_some(SameBy::Headline)
}

/// A name key with its domain adjective folded: "military" and "defense"
/// name the same field of cooperation.
fn domain_folded(key: &str) -> String {
    key.split_whitespace()
        .map(|w| if w == "military" { "defense" } else { w })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The number of words of a name key.
fn words(key: &str) -> usize {
    key.split_whitespace().count()
}

fn parties_compatible(a: &[Country], b: &[Country]) -> bool {
    a.is_empty()
        || b.is_empty()
        || a.iter().all(|c| b.contains(c))
        || b.iter().all(|c| a.contains(c))
}

fn same_set(a: &[Country], b: &[Country]) -> bool {
    a.len() == b.len() && a.iter().all(|c| b.contains(c))
}

fn absorb(into: &mut Mention, m: Mention, how: SameBy) {
    // A headline compresses or restyles the name; the body's is the plan's.
    let take_name = (into.headline && !m.headline)
        || (how == SameBy::Subset && words(&m.key) > words(&into.key));
    if into.headline != m.headline {
        into.headline = false;
    }
    if take_name {
        into.name = m.name;
        into.key = m.key;
    }
    into.years = into.years.or(m.years);
    into.duration = into.duration.or(m.duration);
    if into.fields.is_empty() {
        into.fields = m.fields;
    }
    extend_unique(&mut into.parties, &m.parties);
}

/// Parties not written around the plan come from the headline, then the outlet;
/// a lone party's partner, when unwritten, is the outlet's state.
fn complete_parties(article: &Article, span: Span, parties: &mut Vec<Country>) {
    if parties.is_empty() {
        if let Some(h) = article.doc.headline.clone() {
            *parties = states_in(article, h.start, h.end, true);
        } else if let Some(first) = article.sentences().first() {
            // No headline: a lead sentence that names exactly two states
            // ("The Cyprus-UK ... memorandum ... by the Cypriot Defence Minister").
            let pair = states_in(article, first.start, first.end, true);
            if pair.len() == 2 {
                *parties = pair;
            }
        }
    } else if parties.len() == 1 {
        // "The Cyprus-UK ... memorandum" in the headline, "with Cyprus" at the
        // plan: the headline's pair, when it holds the one side found.
        if let Some(h) = article.doc.headline.clone() {
            let pair = states_in(article, h.start, h.end, true);
            if pair.len() == 2 && pair.contains(&parties[0]) {
                extend_unique(parties, &pair);
            }
        }
    }
    // "Lithuanian minister met with Georgian President ... discussed a bilateral
    // plan": the pair of states nearest before the plan, when it holds the one
    // side found (or the outlet's state).
    if parties.len() <= 1 {
        let known = parties.first().copied().or(article.outlet);
        if let Some(pair) = nearby_pair(article, span, known) {
            *parties = pair;
            return;
        }
    }
    if let Some(outlet) = article.outlet {
        if parties.len() <= 1 && !parties.contains(&outlet) {
            parties.insert(0, outlet);
        }
    }
}

/// How many sentences back a plan's lone side looks for its partner.
const PAIR_LOOKBACK: usize = 4;

/// The two states named in the plan's sentence or in the nearest of the few
/// sentences before it that names exactly two, one of them `known` when given.
fn nearby_pair(article: &Article, span: Span, known: Option<Country>) -> Option<Vec<Country>> {
    let sentences = article.sentences();
    let here = sentences.partition_point(|s| s.end <= span.start);
    let from = here.saturating_sub(PAIR_LOOKBACK);
    (from..=here.min(sentences.len().checked_sub(1)?))
        .rev()
        .map(|si| {
            let s = &sentences[si];
            states_in(article, s.start, s.end, true)
        })
        .find(|states| states.len() == 2 && known.is_none_or(|k| states.contains(&k)))
}

fn extend_unique(into: &mut Vec<Country>, from: &[Country]) {
    for c in from {
        if !into.contains(c) {
            into.push(*c);
        }
    }
}
