//! Meetings: reported in-person encounters between named people.
//!
//! A sentence with a meeting trigger ("met with", "held talks with", "was
//! received by", "a meeting with", "hosted", "welcomed by", named officials
//! "signed") and no remote-contact word ("phone", "video", "letter") reports a
//! meeting; its participants are the people it names (see [`super::people`]),
//! plus the person a leading "He" refers to. A later sentence about "the
//! meeting" continues it. A lead sentence that names only the visitor ("X
//! visited Morocco and met with top leaders") is folded into the meetings
//! that follow, lending them its date and place.

use nom::Parser as _;

use super::people::{back_over_gap, place_ending_at, squash, People};
use super::Article;
use crate::dates::{resolve, Tense};
use crate::grammar::dates::{date_expr, DateExpr};
use crate::lexicon::countries::MentionKind;
use crate::lexicon::titles::{find_titles_at, TitleKind};
use crate::lexicon::{ClassTable, WordClass};
use crate::model::{
    Country, DateMention, Diagnostic, DiagnosticKind, Meeting, Participant, Report, Span,
};
use crate::scan::{PhraseTable, PrefixGate, WordStarts};
use crate::text::{after, contains_ignore_ascii_case, sub, Token, TokenKind};
use std::sync::LazyLock;

/// At most this many meetings per article.
const MAX_MEETINGS: usize = 200;

/// Words that make a sentence report remote contact, not a meeting.
const REMOTE: &[&str] = &[
    "phone",
    "telephone",
    "video",
    "videoconference",
    "teleconference",
    "videolink",
    "letter",
    "message",
    "online",
    "virtual",
    "virtually",
];

/// Words that report a trip to a place.
const TRAVEL: &[&str] = &[
    "arrived",
    "arrives",
    "arriving",
    "visit",
    "visited",
    "visits",
    "visiting",
    "traveled",
    "travelled",
    "trip",
];

/// [`REMOTE`] and [`TRAVEL`] as bits of a word's mask in [`WORD_CLASSES`]:
/// one lookup per word of a sentence answers both.
const REMOTE_WORDS: WordClass = WordClass::new(0, REMOTE);
const TRAVEL_WORDS: WordClass = WordClass::new(1, TRAVEL);
static WORD_CLASSES: LazyLock<ClassTable> =
    LazyLock::new(|| ClassTable::new(&[REMOTE_WORDS, TRAVEL_WORDS]));

/// A meeting being assembled.
#[derive(Debug, Clone)]
struct Draft {
    people: Vec<(usize, usize, usize)>, // (person, start, end) in order of mention
    date: Option<DateMention>,
    location: Option<Place>,
    /// Where the trigger stands: people named before it are the subject side.
    trigger_at: usize,
    /// Taking part in a meeting, talks or consultations, as opposed to visiting or meeting someone.
    participation: bool,
    /// Officials signing a document: the people named are the two sides.
    signing: bool,
    start: usize,
    end: usize,
    /// Every sentence that tells the meeting, in text order.
    sentences: Vec<Span>,
    /// The index of the last sentence joined to `start..end`: a
    /// continuation right after it extends the span, a later one does not.
    last_sentence: usize,
}

/// A meeting place as written, and the state it lies in when known.
#[derive(Debug, Clone)]
struct Place {
    text: String,
    state: Option<Country>,
    /// The place is a state's name ("Rwanda"), not a city or site in it.
    country_level: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Signal {
    /// A new encounter.
    Trigger,
    /// Taking part in a meeting or talks ("attended the meeting", "a meeting was held").
    Participation,
    /// "the meeting", "this meeting": more about the previous encounter.
    Continuation,
    None,
}

pub(crate) fn extract(article: &Article, out: &mut Report) {
    let text = article.text();
    let triggers = trigger_positions(text, &article.words);
    if triggers.is_empty() {
        return;
    }
    let titles = find_titles_at(text, &article.words);
    let people = People::collect(article, &titles);
    if people.people.is_empty() {
        return;
    }
    let mut drafts: Vec<Draft> = Vec::new();
    let mut subject: Option<usize> = None;
    // The person who leads the delegation the article follows.
    let mut leader: Option<usize> = None;
    // The place of the trip the article reports ("arrived in Baku"), for meetings that name none.
    let mut trip: Option<Place> = None;
    // A trigger sentence in lower case, in one buffer reused from sentence to sentence.
    let mut lower = String::new();
    let sentences = article.sentences();
    for (si, s) in sentences.iter().enumerate() {
        if drafts.len() >= MAX_MEETINGS {
            out.diagnostics.push(Diagnostic::new(
                DiagnosticKind::WorkLimit,
                format!("more than {MAX_MEETINGS} meetings; the rest of the text was not searched"),
                Span::new(s.start, s.end),
            ));
            break;
        }
        let mentions = people.mentions_in(s.start, s.end);
        // "A Qatari delegation led by X": the delegation's later meetings are X's.
        let led_here = delegation_leader(article.doc.sentence_text(s), s.start, mentions);
        let t = triggers.partition_point(|&at| at < s.start);
        if triggers.get(t).is_none_or(|&at| at >= s.end) {
            leader = led_here.or(leader);
            if let Some(first) = mentions.first() {
                if subject.is_none() || !starts_with_pronoun_text(article.doc.sentence_text(s)) {
                    subject = Some(first.person);
                }
            }
            continue;
        }
        let tokens = article.tokens(si);
        // One lower-case copy of the sentence, sliced per token (ASCII case
        // folding keeps offsets).
        let base = tokens.first().map_or(s.start, |t| t.start);
        lower.clear();
        lower.push_str(sub(text, base, tokens.last().map_or(base, |t| t.end)));
        lower.make_ascii_lowercase();
        let words: Vec<&str> = tokens
            .iter()
            .map(|t| lower.get(t.start - base..t.end - base).unwrap_or(""))
            .collect();
        // The lists the sentence's words are in, all of them together.
        let classes = words.iter().fold(0, |all, w| all | WORD_CLASSES.mask(w));
        let remote = REMOTE_WORDS.has(classes);
        let (signal, trigger_at) = classify(text, tokens, &words, remote, |a, b| {
            mentions.iter().any(|m| m.start > a && m.start < b)
        });
        let pronoun_subject = starts_with_pronoun(&words);
        if TRAVEL_WORDS.has(classes) {
            if let Some(place) = sentence_location(article, tokens, &words) {
                trip = Some(place);
            }
        }
        match signal {
            Signal::Trigger | Signal::Participation => {
                let mut group: Vec<(usize, usize, usize)> = Vec::new();
                let he_before = mentions.first().is_none_or(|m| m.start > trigger_at)
                    && words_before_have_he(&words, tokens, trigger_at);
                if pronoun_subject || he_before {
                    if let Some(p) = subject {
                        group.push((p, s.start, s.start));
                    }
                }
                // "the Qatari delegation paid a courtesy call on Y": its leader.
                let k = trigger_index(tokens, trigger_at).min(words.len());
                let delegation_subject = words[..k].contains(&"delegation")
                    && mentions.first().is_none_or(|m| m.start > trigger_at);
                if delegation_subject && group.is_empty() {
                    if let Some(p) = led_here.or(leader) {
                        group.push((p, s.start, s.start));
                    }
                }
                for m in mentions {
                    if !group.iter().any(|g| g.0 == m.person) && !is_reporter(&people, m.person) {
                        group.push((m.person, m.start, m.end));
                    }
                }
                for p in role_references(article, &people, &titles, s.start, s.end) {
                    if !group.iter().any(|g| g.0 == p.0) {
                        group.push(p);
                    }
                }
                // "a bilateral meeting with his New Zealand counterpart": the
                // one person of that state the article names.
                for (at, c) in unnamed_counterparts(article, tokens, &words) {
                    let of_state: Vec<usize> = (0..people.people.len())
                        .filter(|&i| people.people[i].country == Some(c))
                        .collect();
                    if let [i] = of_state[..] {
                        if !group.iter().any(|g| g.0 == i) {
                            group.push((i, at, at));
                        }
                    }
                }
                if group.is_empty() {
                    // "held consultations. The delegation was headed by X": the next sentence names them.
                    if let Some(next) = sentences.get(si + 1) {
                        let nw = article.doc.sentence_text(next).to_ascii_lowercase();
                        if nw.contains("headed by") || nw.contains("led by") {
                            for m in people.mentions_in(next.start, next.end) {
                                if !group.iter().any(|g| g.0 == m.person) {
                                    group.push((m.person, m.start, m.end));
                                }
                            }
                        }
                    }
                }
                if group.is_empty() {
                    continue;
                }
                // "X said after a meeting held by the president": one
                // speaker at a meeting is a quote, not an encounter.
                let speaker_only = signal == Signal::Participation
                    && group.len() == 1
                    && words[..trigger_index(tokens, trigger_at).min(words.len())]
                        .iter()
                        .any(|w| matches!(*w, "said" | "says" | "stated" | "told" | "noted"));
                if speaker_only {
                    continue;
                }
                group.sort_by_key(|g| g.1);
                let tense = if words[..words.len().min(trigger_index(tokens, trigger_at) + 1)]
                    .contains(&"will")
                {
                    Tense::Future
                } else {
                    Tense::Past
                };
                let date = find_date(article, tokens, trigger_at, tense, out);
                let mut location = sentence_location(article, tokens, &words);
                if location.is_none() {
                    location = trip.clone();
                }
                if location.is_none() {
                    // The same visitor's previous meeting: same trip, same place.
                    location = drafts
                        .iter()
                        .rev()
                        .find(|d| d.people.first().map(|p| p.0) == group.first().map(|p| p.0))
                        .and_then(|d| d.location.clone());
                }
                let separate = says_separate(article.doc.sentence_text(s))
                    || si
                        .checked_sub(1)
                        .and_then(|p| sentences.get(p))
                        .is_some_and(|p| says_separate(article.doc.sentence_text(p)));
                let groups = split_series(tokens, &words, group);
                let groups: Vec<_> = if separate {
                    groups
                        .into_iter()
                        .flat_map(|g| split_separate(g, trigger_at))
                        .collect()
                } else {
                    groups
                };
                for g in groups {
                    drafts.push(Draft {
                        people: g,
                        date: date.clone(),
                        location: location.clone(),
                        trigger_at,
                        participation: signal == Signal::Participation,
                        signing: after(text, trigger_at).starts_with("signed"),
                        start: s.start,
                        end: s.end,
                        sentences: vec![Span::new(s.start, s.end)],
                        last_sentence: si,
                    });
                }
            }
            Signal::Continuation => {
                if let Some(d) = drafts.last_mut() {
                    // "Upon completion of the meeting ..." ten sentences on is
                    // one of its sentences, but the span stays where it is told.
                    if si == d.last_sentence + 1 {
                        d.end = s.end;
                        d.last_sentence = si;
                    }
                    d.sentences.push(Span::new(s.start, s.end));
                }
            }
            Signal::None => {}
        }
        leader = led_here.or(leader);
        if let Some(first) = mentions.first() {
            if !pronoun_subject || subject.is_none() {
                subject = Some(first.person);
            }
        }
    }
    fold_lead_visits(&mut drafts);
    merge_same(&mut drafts);
    // The dateline's place, read only for a meeting that names none.
    let fallback = std::cell::OnceCell::new();
    for d in drafts {
        let dateline = || fallback.get_or_init(|| fallback_location(article)).clone();
        let location = match d.location.clone() {
            // "visited Rwanda" under a "KIGALI" dateline: the city says more.
            Some(l) if l.country_level => dateline()
                .filter(|c| !c.country_level && c.state.is_some() && c.state == l.state)
                .or(Some(l)),
            Some(l) => Some(l),
            None => dateline(),
        };
        let subject_side = if d.signing {
            1
        } else {
            d.people
                .iter()
                .filter(|p| p.1 < d.trigger_at)
                .count()
                .max(1)
        };
        let mut participants: Vec<Participant> = d
            .people
            .iter()
            .map(|&(i, _, _)| {
                let p = &people.people[i];
                Participant {
                    name: p.name.clone(),
                    role: p.role.clone(),
                    country: p.country,
                    span: Span::new(p.span.0, p.span.1),
                }
            })
            .collect();
        let international: Vec<bool> = d
            .people
            .iter()
            .map(|&(i, _, _)| people.people[i].international)
            .collect();
        fill_countries(
            article,
            &mut participants,
            &international,
            subject_side,
            location.as_ref(),
        );
        out.meetings.push(Meeting {
            participants,
            date: d.date,
            location: location.map(|l| l.text),
            span: Span::new(d.start, d.end),
            sentences: d.sentences,
        });
    }
}

/// Trigger words and stems ("arriv"), matched as word prefixes.
static TRIGGERS: LazyLock<PhraseTable> = LazyLock::new(|| {
    PhraseTable::new(
        [
            "met",
            "meet",
            "talks",
            "consultations",
            "received",
            "receives",
            "hosted",
            "hosts",
            "welcomed",
            "welcomes",
            "signed",
            "visit",
            "arriv",
            "travel",
            "trip",
            "dialogue",
            "chaired",
            "co-chair",
            "call",
            "discuss",
            "exchanged",
            "interacted",
            "conferred",
            "audience",
        ],
        true,
    )
});

/// The word starts where a trigger may begin.
pub(super) fn gate() -> &'static PrefixGate {
    TRIGGERS.gate()
}

/// Where trigger words (or their stems) start: sentences without one are skipped.
fn trigger_positions(text: &str, words: &WordStarts) -> Vec<usize> {
    TRIGGERS.prefix_starts(text, words)
}

/// The sentence's signal and the byte offset of its trigger.
/// `named_after(at)`: a person is named after byte `at` in the sentence;
/// `named_in(a, b)`: a person's mention starts in `a..b`.
fn classify(
    text: &str,
    tokens: &[Token],
    words: &[&str],
    remote: bool,
    named_in: impl Fn(usize, usize) -> bool,
) -> (Signal, usize) {
    if remote || contains_seq(words, &["press", "conference"]) || remote_call(words) {
        return (Signal::None, usize::MAX);
    }
    let end = tokens.last().map_or(0, |t| t.end);
    let named_after = |at: usize| named_in(at, end);
    let next = |i: usize| words.get(i + 1).copied().unwrap_or("");
    let prev = |i: usize| if i > 0 { words[i - 1] } else { "" };
    // A person named within `n` words after word `i`.
    let named_soon = |i: usize, n: usize| {
        let Some(from) = tokens.get(i + 1) else {
            return false;
        };
        let to = tokens
            .get(i + n)
            .or(tokens.last())
            .map_or(from.end, |t| t.end);
        named_in(from.start, to)
    };
    let near = |i: usize, set: &[&str]| {
        let lo = i.saturating_sub(4);
        let hi = (i + 4).min(words.len());
        (lo..hi).find(|&k| set.contains(&words[k]))
    };
    // "will meet", "is expected to hold talks", "had met ... last year": not
    // an encounter this article reports.
    let not_done = |i: usize| {
        // "with a stop in Abuja to meet with ..." is a purpose, not a plan: "to"
        // alone does not say the meeting is still ahead; "is expected to",
        // "plans to" do ("Director of Plans X met" does not).
        let window = |set: &[&str]| (1..=3).any(|k| i >= k && set.contains(&words[i - k]));
        matches!(
            prev(i),
            "will" | "would" | "shall" | "had" | "could" | "may"
        ) || window(&["will", "would", "shall"])
            || (prev(i) == "to"
                && window(&[
                    "scheduled",
                    "expected",
                    "due",
                    "plans",
                    "planned",
                    "set",
                    "going",
                    "agreed",
                    "intends",
                    "hopes",
                    "wants",
                ]))
    };
    const TAKING_PART: &[&str] = &[
        "chaired",
        "co-chaired",
        "held",
        "part",
        "participated",
        "attended",
        "attend",
        "hold",
        "holds",
        "had",
        "has",
        "have",
        "having",
        "holding",
        "conducted",
    ];
    // The first meeting noun with a taking-part verb, and the first verb
    // frame: whichever the sentence says first is its trigger.
    let mut noun: Option<(Signal, usize)> = None;
    for (i, w) in words.iter().enumerate() {
        if !matches!(
            *w,
            "meeting" | "meetings" | "talks" | "consultations" | "dialogue" | "discussions"
        ) {
            continue;
        }
        // "held talks", "had a meeting"; after the noun only a passive
        // participle ("talks were held"), not "the talks had focused on".
        let Some(verb) = near(i, TAKING_PART).filter(|&k| {
            k < i
                || matches!(
                    words[k],
                    "held" | "chaired" | "co-chaired" | "attended" | "conducted"
                )
        }) else {
            continue;
        };
        if not_done(verb) {
            continue;
        }
        // "held talks with X" meets someone; "attended the meeting of ministers" takes part.
        let with_someone = matches!(next(i), "with" | "between");
        let signal = if with_someone {
            Signal::Trigger
        } else {
            Signal::Participation
        };
        noun = Some((signal, i));
        break;
    }
    let limit = noun.map_or(words.len(), |(_, i)| i);
    for (i, w) in words.iter().enumerate().take(limit) {
        let hit = match *w {
            // "met soldiers of the brigade": troops are no counterpart.
            "met" | "meets" => !meets_troops(words, i) || named_soon(i, 8),
            "meet" => next(i) == "with" && (!meets_troops(words, i) || named_soon(i, 8)),
            "meeting" | "meetings" | "talks" => matches!(next(i), "with" | "between"),
            // "During the bilateral discussions with X".
            "discussions" | "discussion" | "engagement" => {
                matches!(next(i), "with" | "between") && named_soon(i, 12)
            }
            "consultations" => true,
            // "received X", "was received by X", "received the commander of ..., General X";
            // not "received $60 million".
            "received" | "receives" | "welcomed" | "welcomes" | "hosted" | "hosts" => {
                next(i) == "by"
                    || tokens.get(i + 1).is_some_and(|t| t.is_capitalised(text))
                    // "received in Lima on Wednesday a delegation headed by X"; not "received $60 million".
                    || (tokens.get(i + 1).is_some_and(|t| t.kind == TokenKind::Word)
                        && named_after(tokens[i].end))
            }
            // "called on the Army Chief": a visit in South Asian and Gulf copy;
            // not "called on both sides to ...".
            "called" | "calls" | "call" | "called-on" => {
                (matches!(next(i), "on" | "upon") || *w == "called-on") && named_soon(i, 12)
            }
            // "paid a courtesy call on / a courtesy visit to X".
            "courtesy" => {
                matches!(next(i), "call" | "visit" | "meeting" | "calls") && named_soon(i, 14)
            }
            // "paid a visit to X", "on a visit to X" with a person right after.
            "visit" => next(i) == "to" && named_soon(i + 1, 5),
            // "X discussed ... with Y", "X and Y discussed ...".
            "discussed" | "discusses" | "discuss" => {
                let with = (i + 1..words.len().min(i + 16)).find(|&k| words[k] == "with");
                with.is_some_and(|k| named_soon(k, 10))
                    || named_in(tokens.first().map_or(0, |t| t.start), tokens[i].start)
                        && words[..i].contains(&"and")
            }
            // "exchanged views with X", "interacted with X", "conferred with X".
            "interacted" if meets_troops(words, i) && !named_soon(i, 8) => false,
            "exchanged" | "interacted" | "conferred" => {
                let with = (i + 1..words.len().min(i + 5)).find(|&k| words[k] == "with");
                with.is_some_and(|k| named_soon(k, 10))
            }
            // "granted an audience to X", "received X in audience".
            "audience" => named_after(tokens[i].end) || prev(i) == "in",
            "co-chaired" => true,
            // Named officials sign: "X and Y signed", "was signed by X and Y";
            // not "the two ministries signed".
            "signed" => {
                !matches!(prev(i), "be" | "to")
                    && (named_in(tokens.first().map_or(0, |t| t.start), tokens[i].start)
                        // "signed on Aug. 20 by X and Y"
                        || (i + 1..words.len().min(i + 6)).any(|k| words[k] == "by")
                            && named_after(tokens[i].end))
            }
            // "visited the Chief of Staff X", not "visited Rwanda" (a trip).
            "visited" => {
                tokens.get(i + 1).is_some_and(|t| t.is_capitalised(text)) && named_soon(i, 6)
            }
            _ => false,
        };
        // "is expected to hold talks with": the verb before a meeting noun says it.
        let verb_not_done =
            (i.saturating_sub(3)..i).any(|k| TAKING_PART.contains(&words[k]) && not_done(k));
        if hit && !not_done(i) && !verb_not_done {
            return (Signal::Trigger, tokens[i].start);
        }
    }
    if let Some((signal, i)) = noun {
        return (signal, tokens[i].start);
    }
    for (i, w) in words.iter().enumerate() {
        if matches!(*w, "meeting" | "talks")
            && matches!(prev(i), "the" | "this" | "today's" | "that")
        {
            return (Signal::Continuation, tokens[i].start);
        }
    }
    (Signal::None, usize::MAX)
}

/// The words after word `i` ("with", "the" and one modifier skipped) name
/// troops, not a counterpart: "met soldiers", "interacted with the young officers".
fn meets_troops(words: &[&str], i: usize) -> bool {
    const TROOPS: &[&str] = &[
        "troops",
        "soldiers",
        "servicemen",
        "servicewomen",
        "personnel",
        "officers",
        "cadets",
        "students",
        "sailors",
        "airmen",
        "marines",
        "veterans",
        "families",
        "staff",
        "crew",
        "crews",
        "recruits",
        "peacekeepers",
        "contingent",
        "jawans",
    ];
    words
        .iter()
        .skip(i + 1)
        .skip_while(|w| matches!(**w, "with" | "the" | "a" | "an"))
        .take(2)
        .any(|w| TROOPS.contains(w))
}

/// "call" is remote contact ("a call with", "in a call") unless it is a
/// courtesy call or a call on someone in person.
fn remote_call(words: &[&str]) -> bool {
    words.iter().enumerate().any(|(i, w)| {
        matches!(*w, "call" | "calls")
            && !(i > 0 && words[i - 1] == "courtesy")
            && !matches!(words.get(i + 1).copied(), Some("on" | "upon"))
    })
}

fn contains_seq(words: &[&str], seq: &[&str]) -> bool {
    words
        .windows(seq.len())
        .any(|w| w.iter().zip(seq).all(|(a, b)| a == b))
}

fn trigger_index(tokens: &[Token], at: usize) -> usize {
    tokens.partition_point(|t| t.start < at)
}

/// The person named first after "led by" / "headed by" in a sentence about
/// a delegation (`base`: the sentence's start in the text).
fn delegation_leader(
    sentence: &str,
    base: usize,
    mentions: &[super::people::Mention],
) -> Option<usize> {
    // "led by" first: a SIMD search, and rarer than "delegation".
    let b = sentence.as_bytes();
    let at = [&b"led by"[..], b"headed by"]
        .iter()
        .filter_map(|w| memchr::memmem::find(b, w))
        .min()?;
    if !contains_ignore_ascii_case(sentence, "delegation") {
        return None;
    }
    mentions
        .iter()
        .find(|m| m.start >= base + at)
        .map(|m| m.person)
}

fn starts_with_pronoun_text(s: &str) -> bool {
    ["He ", "She ", "His Excellency ", "Her Excellency "]
        .iter()
        .any(|p| s.starts_with(p))
}

/// The text says the meetings were separate: "held bilateral meetings with
/// A and B", "separately met A and B" (in the sentence or the one before).
fn says_separate(sentence: &str) -> bool {
    // Lower case mid-sentence; only a sentence's first word is capitalised.
    let b = sentence.as_bytes();
    sentence.starts_with("Separately")
        || sentence.starts_with("Bilateral meetings")
        || ["bilateral meetings", "separate meetings", "separately"]
            .iter()
            .any(|w| memchr::memmem::find(b, w.as_bytes()).is_some())
}

/// One meeting per person named after the trigger, each with the subject side.
fn split_separate(
    group: Vec<(usize, usize, usize)>,
    trigger_at: usize,
) -> Vec<Vec<(usize, usize, usize)>> {
    let (subject, others): (Vec<_>, Vec<_>) = group.into_iter().partition(|g| g.1 < trigger_at);
    if subject.is_empty() || others.len() < 2 {
        let mut all = subject;
        all.extend(others);
        return vec![all];
    }
    others
        .into_iter()
        .map(|o| {
            let mut m = subject.clone();
            m.push(o);
            m
        })
        .collect()
}

/// "He", "She", and the honorific "His Excellency" used as a pronoun.
fn starts_with_pronoun(words: &[&str]) -> bool {
    matches!(
        words,
        ["he" | "she", ..] | ["his" | "her", "excellency", ..]
    )
}

/// "..., he said at a meeting with X": a subject pronoun before the trigger.
fn words_before_have_he(words: &[&str], tokens: &[Token], trigger_at: usize) -> bool {
    let k = trigger_index(tokens, trigger_at);
    words[..k].iter().any(|w| *w == "he" || *w == "she")
}

/// Unnamed title mentions that point at a known person: "the Armenian defense
/// minister" is the defense minister of Armenia named earlier.
fn role_references(
    article: &Article,
    people: &People,
    titles: &[crate::lexicon::titles::TitleMatch],
    start: usize,
    end: usize,
) -> Vec<(usize, usize, usize)> {
    let text = article.text();
    let mut out = Vec::new();
    let lo = titles.partition_point(|t| t.start < start);
    for t in titles[lo..].iter().take_while(|t| t.start < end) {
        if t.kind != TitleKind::Position {
            continue;
        }
        // Followed by a name: a full mention, already counted.
        let title_end = t
            .qualifier
            .map_or(t.role_end, |(_, q)| q.max(t.role_end))
            .max(t.end);
        if people.mentions.iter().any(|m| {
            m.start >= title_end
                && sub(text, title_end, m.start)
                    .trim_matches([' ', ','])
                    .is_empty()
        }) {
            continue;
        }
        let Some(place) = place_ending_at(article, back_over_gap(text, t.start, false)) else {
            continue;
        };
        if place.kind != MentionKind::Demonym && place.kind != MentionKind::Name {
            continue;
        }
        let Some(country) = place.state() else {
            continue;
        };
        let head = squash(sub(text, t.start, t.end));
        if let Some(i) = people.people.iter().position(|p| {
            p.country == Some(country)
                && p.role
                    .as_deref()
                    .is_some_and(|r| contains_ignore_ascii_case(r, &head))
        }) {
            out.push((i, t.start, t.end));
        }
    }
    out
}

/// "his New Zealand counterpart" with no name after it: where it stands and
/// the state the demonym or name before it gives.
fn unnamed_counterparts(
    article: &Article,
    tokens: &[Token],
    words: &[&str],
) -> Vec<(usize, Country)> {
    let text = article.text();
    let mut out = Vec::new();
    for (i, w) in words.iter().enumerate() {
        if !matches!(*w, "counterpart" | "colleague") {
            continue;
        }
        // A name right after ("counterpart X", "counterpart, X") is a full mention.
        let next = tokens.iter().skip(i + 1).find(|t| t.text(text) != ",");
        if next.is_some_and(|t| t.is_capitalised(text)) {
            continue;
        }
        let before = back_over_gap(text, tokens[i].start, false);
        if let Some(c) = place_ending_at(article, before).and_then(|p| p.state()) {
            out.push((tokens[i].start, c));
        }
    }
    out
}

/// "a series of meetings with A, with B, and with C": one meeting per "with".
fn split_series(
    tokens: &[Token],
    words: &[&str],
    group: Vec<(usize, usize, usize)>,
) -> Vec<Vec<(usize, usize, usize)>> {
    if !words.contains(&"meetings") {
        return vec![group];
    }
    let withs: Vec<usize> = tokens
        .iter()
        .zip(words)
        .filter(|(_, w)| **w == "with")
        .map(|(t, _)| t.start)
        .collect();
    if withs.len() < 2 {
        return vec![group];
    }
    let (before, after): (Vec<_>, Vec<_>) = group.into_iter().partition(|g| g.1 < withs[0]);
    let mut out = Vec::new();
    for (k, &w) in withs.iter().enumerate() {
        let until = withs.get(k + 1).copied().unwrap_or(usize::MAX);
        let part: Vec<_> = after
            .iter()
            .copied()
            .filter(|g| g.1 >= w && g.1 < until)
            .collect();
        if part.is_empty() {
            continue;
        }
        let mut m = before.clone();
        m.extend(part);
        out.push(m);
    }
    if out.is_empty() {
        out.push(before);
    }
    out
}

/// The first date in the sentence, resolved against the publication date.
fn find_date(
    article: &Article,
    tokens: &[Token],
    trigger_at: usize,
    tense: Tense,
    out: &mut Report,
) -> Option<DateMention> {
    let text = article.text();
    let end = tokens.last()?.end;
    let mut found: Vec<(usize, DateExpr, &str)> = Vec::new();
    let mut skip_to = 0;
    for t in tokens {
        if t.start < skip_to || (t.kind != TokenKind::Word && t.kind != TokenKind::Number) {
            continue;
        }
        if let Ok((_, (expr, written))) = date_expr.parse(sub(text, t.start, end)) {
            skip_to = t.start + written.len();
            found.push((t.start, expr, written));
        }
    }
    // The date nearest after the trigger, else the last before it.
    let pick = found
        .iter()
        .find(|d| d.0 >= trigger_at)
        .or_else(|| found.iter().rev().find(|d| d.0 < trigger_at));
    if let Some(&(start, expr, written)) = pick {
        let span = Span::new(start, start + written.len());
        let resolved = resolve(&expr, article.published, tense);
        if resolved.is_none() && !matches!(expr, DateExpr::LastWeek) {
            let why = if article.published.is_none() {
                "no publication date to resolve it against"
            } else {
                "the date does not exist"
            };
            out.diagnostics.push(Diagnostic::new(
                DiagnosticKind::UnresolvedDate,
                format!("'{written}' left unresolved: {why}"),
                span,
            ));
        }
        return Some(DateMention::new(written, resolved, span));
    }
    None
}

/// Spokespeople report meetings; they do not take part in them.
fn is_reporter(people: &People, i: usize) -> bool {
    people.people[i].role.as_deref().is_some_and(|r| {
        contains_ignore_ascii_case(r, "spokes") || contains_ignore_ascii_case(r, "press secretary")
    })
}

/// "in Astana", "in Turkmenistan's capital Ashgabat", "visit to Chisinau".
fn sentence_location(article: &Article, tokens: &[Token], words: &[&str]) -> Option<Place> {
    let text = article.text();
    for (i, w) in words.iter().enumerate() {
        // "in Astana", "a visit to Chisinau", "visited Oslo".
        let lead = matches!(*w, "in" | "to")
            && (*w == "in"
                || matches!(
                    words.get(i.wrapping_sub(1)).copied(),
                    Some("visit" | "traveled" | "travelled")
                ))
            || matches!(*w, "visited" | "visiting");
        if !lead {
            continue;
        }
        let Some(next) = tokens.get(i + 1) else {
            continue;
        };
        let places = article.places_in(next.start, tokens.last()?.end);
        let Some(p) = places.first().filter(|p| p.start == next.start) else {
            // "in Luang Prabang, Laos": a city the gazetteer does not know,
            // named by its capitalised words before ", <state>".
            if *w == "in" {
                if let Some(place) = city_before_state(article, tokens, i + 1) {
                    return Some(place);
                }
            }
            continue;
        };
        if !matches!(p.kind, MentionKind::Capital | MentionKind::Name) {
            continue;
        }
        // "Turkmenistan's capital Ashgabat": the city after "capital".
        let after = sub(text, p.end, tokens.last()?.end);
        if let Some(rest) = after.strip_prefix("'s capital ") {
            let city: String = rest
                .split(|c: char| !(c.is_alphanumeric() || c == '-'))
                .next()
                .unwrap_or("")
                .to_string();
            if city.chars().next().is_some_and(char::is_uppercase) {
                return Some(Place {
                    text: city,
                    state: p.state(),
                    country_level: false,
                });
            }
        }
        return Some(Place {
            text: sub(text, p.start, p.end).to_string(),
            state: p.state(),
            country_level: p.kind == MentionKind::Name,
        });
    }
    None
}

/// Capitalised words from token `k` up to a comma, then a state's name:
/// "Luang Prabang, Laos" gives the city "Luang Prabang" in LA.
fn city_before_state(article: &Article, tokens: &[Token], k: usize) -> Option<Place> {
    let text = article.text();
    let mut j = k;
    while j < tokens.len() && j < k + 4 && tokens[j].is_capitalised(text) {
        j += 1;
    }
    if j == k || tokens.get(j)?.text(text) != "," {
        return None;
    }
    let next = tokens.get(j + 1)?;
    let state = article
        .places_in(next.start, tokens.last()?.end)
        .first()
        .filter(|p| p.start == next.start && p.kind == MentionKind::Name)?
        .state()?;
    // Not a place the gazetteer knows (that reading is taken elsewhere).
    if !article
        .places_in(tokens[k].start, tokens[j - 1].end)
        .is_empty()
    {
        return None;
    }
    Some(Place {
        text: sub(text, tokens[k].start, tokens[j - 1].end).to_string(),
        state: Some(state),
        country_level: false,
    })
}

/// A dateline ("ASTANA. KAZINFORM", "DONGUZ PROVING GROUND /Orenburg Region/,")
/// or a headline place ("... discussed in Astana").
fn fallback_location(article: &Article) -> Option<Place> {
    let text = article.text();
    for (si, s) in article.sentences().iter().enumerate().take(5) {
        let tokens = article.tokens(si);
        let mut end = None;
        for t in tokens.iter().take(6) {
            let w = t.text(text);
            let caps = t.kind == TokenKind::Word
                && w.chars().filter(|c| c.is_alphabetic()).count() >= 3
                && w.chars()
                    .all(|c| c.is_uppercase() || matches!(c, '-' | '\'' | '.'));
            if caps {
                end = Some(t.end);
            } else {
                break;
            }
        }
        let end = end.or_else(|| {
            // "Baku, December 12, AZERTAC": a capital in mixed case, then a comma.
            let first = tokens.first()?;
            let p = article.places_in(first.start, s.end).first()?;
            // "Doha: ...", "Kigali — ..." too.
            (p.start == first.start
                && p.kind == MentionKind::Capital
                && after(text, p.end)
                    .trim_start_matches(' ')
                    .starts_with([',', ':', '-', '\u{2013}', '\u{2014}']))
            .then_some(p.end)
        });
        let Some(e) = end else { continue };
        // A dateline's place is followed by punctuation: "ASTANA.", "AMMAN,", "DONGUZ PROVING GROUND /".
        let after = sub(text, e, s.end).trim_start_matches(' ');
        if !after.starts_with(['.', ',', '-', '/', '(', ':', '\u{2013}', '\u{2014}']) {
            continue;
        }
        let places = article.places_in(tokens[0].start, e);
        if places.iter().any(|p| p.kind == MentionKind::Org) {
            continue;
        }
        return Some(Place {
            text: sub(text, tokens[0].start, e).to_string(),
            state: places.first().and_then(|p| p.state()),
            country_level: places.first().is_some_and(|p| {
                p.kind == MentionKind::Name && p.start == tokens[0].start && p.end == e
            }),
        });
    }
    let head = article.doc.headline.clone()?;
    let htext = sub(text, head.start, head.end);
    let at = htext.rfind(" in ")? + head.start + 4;
    let p = article.places_in(at, head.end).first()?;
    (p.start == at && matches!(p.kind, MentionKind::Capital | MentionKind::Name)).then(|| Place {
        text: sub(text, p.start, p.end).to_string(),
        state: p.state(),
        country_level: p.kind == MentionKind::Name,
    })
}

/// A draft naming only someone who takes part in a later, fuller meeting is the
/// lead of a visit ("X visited Morocco"): drop it, lending its date and place.
fn fold_lead_visits(drafts: &mut Vec<Draft>) {
    let mut i = 0;
    while i < drafts.len() {
        let d = &drafts[i];
        let fold = d.people.len() == 1
            && !d.participation
            && drafts
                .iter()
                .any(|o| o.people.len() > 1 && o.people.iter().any(|p| p.0 == d.people[0].0));
        if fold {
            let lead = drafts.remove(i);
            for o in drafts[i..].iter_mut() {
                if o.date.is_none() {
                    o.date = lead.date.clone();
                }
                if o.location.is_none() {
                    o.location = lead.location.clone();
                }
            }
            continue;
        }
        i += 1;
    }
}

/// Two drafts with the same people are one encounter told twice.
fn merge_same(drafts: &mut Vec<Draft>) {
    let mut i = 0;
    while i < drafts.len() {
        let key: Vec<usize> = sorted_people(&drafts[i]);
        if let Some(j) = drafts[..i].iter().position(|d| sorted_people(d) == key) {
            let d = drafts.remove(i);
            let keep = &mut drafts[j];
            keep.date = keep.date.take().or(d.date);
            keep.location = keep.location.take().or(d.location);
            keep.sentences.extend(d.sentences);
            keep.sentences.sort_by_key(|s| s.start);
            keep.sentences.dedup();
            continue;
        }
        i += 1;
    }
}

fn sorted_people(d: &Draft) -> Vec<usize> {
    let mut v: Vec<usize> = d.people.iter().map(|p| p.0).collect();
    v.sort_unstable();
    v
}

/// Participants whose state the text does not give: those named before the
/// trigger (the subject side) share the first one's state, which defaults to
/// the outlet's; the others are hosts, of the state of the meeting place.
/// Holders of an international body's office (`international[k]`) keep none.
fn fill_countries(
    article: &Article,
    ps: &mut [Participant],
    international: &[bool],
    subject_side: usize,
    place: Option<&Place>,
) {
    let place_state = place.and_then(|p| p.state);
    let is_intl = |k: usize| international.get(k).copied().unwrap_or(false);
    if let Some(first) = ps.first_mut().filter(|_| !is_intl(0)) {
        first.country = first.country.or(article.outlet);
    }
    let visitor = ps.first().and_then(|p| p.country);
    for (k, p) in ps.iter_mut().enumerate().skip(1) {
        if p.country.is_some() || is_intl(k) {
            continue;
        }
        if k < subject_side {
            p.country = visitor;
        } else if place_state != visitor {
            p.country = place_state;
        }
    }
}
