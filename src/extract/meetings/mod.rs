//! Meetings: reported in-person encounters between named people.
//!
//! The stages, in order:
//!
//! 1. [`rules`]: each sentence with a trigger word is classified by a table
//!    of phrasings (nom patterns over its annotated words): a new encounter
//!    ("X met Y", "held talks with", "was received by"), taking part ("the
//!    meeting was attended by"), more about the last one ("the meeting",
//!    "also present were"), or nothing (phone calls, "will meet").
//! 2. [`participants`]: who takes part, the people the sentence names
//!    (see [`super::people`]) and those it refers to ("He", "the two", "the
//!    delegation", "his New Zealand counterpart").
//! 3. [`add_drafts`]: the date and the [`place`], and one draft per
//!    encounter ("held separate meetings with A and B" tells two); the
//!    [`venue`] as written ("at GHQ").
//! 4. [`Discourse`]: what carries from sentence to sentence (the person the
//!    story follows, the delegation's leader, the trip's place, a meeting
//!    told before anyone in it is named, which waits for "The delegations
//!    were headed by ..." or "The talks between X and Y ..."); then a lead
//!    sentence naming only the visitor ("X visited Morocco and met with top
//!    leaders") is folded into the meetings that follow, and drafts with the
//!    same people (or some of them, on no other day) are merged.
//! 5. [`finish`]: participants' states filled in from the side they are on.

use nom::Parser as _;

mod place;
mod rules;
mod venue;

use place::{fallback_location, sentence_location, Place};

use rules::Signal;

use super::people::{back_over_gap, place_ending_at, squash, Mention, People};
use super::Article;
use crate::annotate::{lower_words, Annotated};
use crate::dates::{resolve, Tense};
use crate::grammar::dates::{date_expr, DateExpr};
use crate::lexicon::countries::MentionKind;
use crate::lexicon::titles::{find_titles_at, TitleKind, TitleMatch};
use crate::model::{
    Country, DateMention, Diagnostic, DiagnosticKind, Meeting, Participant, Report, Span,
};
use crate::scan::{PhraseTable, PrefixGate, WordStarts};
use crate::text::{after, contains_ignore_ascii_case, sub, Sentence, Token, TokenKind};
use chrono::NaiveDate;
use std::sync::LazyLock;

/// At most this many meetings per article.
const MAX_MEETINGS: usize = 200;

/// How many sentences on a meeting told without names ("the two
/// delegations met in Luanda") may still name its people.
const PENDING_REACH: usize = 3;

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

/// The people of one encounter: `(person, start, end)` in order of mention.
type Group = Vec<(usize, usize, usize)>;

/// A meeting being assembled.
#[derive(Debug, Clone)]
struct Draft {
    people: Vec<(usize, usize, usize)>, // (person, start, end) in order of mention
    /// People a later sentence says were present too ("Also present were ...").
    present: Vec<(usize, usize, usize)>,
    /// `(present, with)`: "Y was accompanied by Z": Z came with Y, on Y's side.
    escorts: Vec<(usize, usize)>,
    date: Option<DateMention>,
    location: Option<Place>,
    /// The building or base it was held at, as written ("GHQ", "Defence House").
    venue: Option<(usize, usize)>,
    /// Where the trigger stands: people named before it are the subject side.
    trigger_at: usize,
    /// Taking part in a meeting, talks or consultations, as opposed to visiting or meeting someone.
    participation: bool,
    /// Officials signing a document: the people named are the two sides.
    signing: bool,
    /// "X received / hosted / welcomed Y": the subject side is the host.
    hosting: bool,
    /// States the text gives the people by the side they lead ("The
    /// Russian and Belarusian delegations were led by A and B").
    sides: Vec<(usize, Country)>,
    start: usize,
    end: usize,
    /// Every sentence that tells the meeting, in text order.
    sentences: Vec<Span>,
    /// The index of the last sentence joined to `start..end`: a
    /// continuation right after it extends the span, a later one does not.
    last_sentence: usize,
}

/// What the sentences before have told, carried from one sentence to the
/// next: the meetings so far and who and where the story is about.
#[derive(Default)]
struct Discourse {
    drafts: Vec<Draft>,
    /// The person the story follows: "He", "the two" and headless "talks with" refer back to them.
    subject: Option<usize>,
    /// The person who leads the delegation the article follows.
    leader: Option<usize>,
    /// The place of the trip the article reports ("arrived in Baku"), for meetings that name none.
    trip: Option<Place>,
    /// `(leader, state)`: "A Qatar Armed Forces delegation led by X": X
    /// leads for that state (when nothing else gives X's).
    leader_states: Vec<(usize, Country)>,
    /// A meeting told before anyone in it is named ("the two delegations
    /// met in Luanda on Monday"): its date and place wait for the sentence
    /// that names its people ("The talks were co-chaired by ...").
    pending: Option<Draft>,
}

/// What every sentence of the article reads.
struct Ctx<'a, 'd> {
    article: &'a Article<'d>,
    people: &'a People,
    titles: &'a [TitleMatch],
}

/// A sentence with a trigger, annotated and classified.
struct Told<'a> {
    si: usize,
    s: &'a Sentence,
    tokens: &'a [Token],
    words: &'a [&'a str],
    mentions: &'a [Mention],
    signal: Signal,
    /// Where the trigger stands, as a byte offset and as a word index.
    trigger_at: usize,
    k: usize,
    /// "the two met", "they held talks": a plural subject that names no one.
    pair: bool,
    /// The sentence starts with "He", "She" or "His Excellency".
    pronoun_subject: bool,
    /// "A Qatari delegation led by X": X.
    led_here: Option<usize>,
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
    let ctx = Ctx {
        article,
        people: &people,
        titles: &titles,
    };
    let mut dis = Discourse::default();
    // A trigger sentence in lower case, in one buffer reused from sentence to sentence.
    let mut lower = String::new();
    for (si, s) in article.sentences().iter().enumerate() {
        if dis.drafts.len() >= MAX_MEETINGS {
            out.diagnostics.push(Diagnostic::new(
                DiagnosticKind::WorkLimit,
                format!("more than {MAX_MEETINGS} meetings; the rest of the text was not searched"),
                Span::new(s.start, s.end),
            ));
            break;
        }
        let mentions = people.mentions_in(s.start, s.end);
        let led = delegation_leader(article.doc.sentence_text(s), s.start, mentions);
        if let Some((p, at)) = led {
            dis.note_leader_state(article, s.start, at, p);
        }
        let led_here = led.map(|(p, _)| p);
        let t = triggers.partition_point(|&at| at < s.start);
        if triggers.get(t).is_none_or(|&at| at >= s.end) {
            dis.name_pending(&people, si, s, mentions);
            let pronoun = starts_with_pronoun_text(article.doc.sentence_text(s));
            dis.follow(led_here, mentions, pronoun);
            continue;
        }
        let tokens = article.tokens(si);
        let words = lower_words(text, tokens, &mut lower);
        let told = Told::read(article, &dis, (si, s), tokens, &words, mentions, led_here);
        if words.iter().any(|w| TRAVEL.contains(w)) {
            if let Some(place) = sentence_location(article, tokens, &words) {
                dis.trip = Some(place);
            }
        }
        if tell(&ctx, &mut dis, &told, out) {
            dis.follow(led_here, mentions, told.pronoun_subject);
        }
    }
    fold_lead_visits(&mut dis.drafts);
    merge_same(&mut dis.drafts);
    // The dateline's place, read only for a meeting that names none.
    let fallback = std::cell::OnceCell::new();
    let first = out.meetings.len();
    for mut d in dis.drafts {
        if d.participation
            && d.people.len() + d.present.len() == 1
            && !names_another_party(article, &d)
        {
            // "The meeting, chaired by the Prime Minister, approved ...": an
            // internal meeting, no encounter.
            continue;
        }
        d.sides.extend_from_slice(&dis.leader_states);
        let dateline = || fallback.get_or_init(|| fallback_location(article)).clone();
        out.meetings.push(finish(&ctx, d, dateline));
    }
    share_countries(&mut out.meetings[first..]);
}

/// Words that tell a second party at a meeting: a delegation, a side, a
/// counterpart, talks "with" or "between" someone.
const PARTY_WORDS: &[&str] = &[
    "delegation",
    "delegations",
    "side",
    "sides",
    "counterpart",
    "counterparts",
    "visiting",
    "visit",
    "bilateral",
    "trilateral",
    "joint",
    "with",
    "between",
    "talks",
    "team",
    "received",
    "called",
];

/// One of the sentences that tell the meeting `d` (told by taking part
/// in it, not by a verb of meeting someone) names a second party
/// ([`PARTY_WORDS`]), named or not.
fn names_another_party(article: &Article, d: &Draft) -> bool {
    d.sentences.iter().any(|s| {
        article.text()[s.start..s.end]
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| PARTY_WORDS.iter().any(|p| p.eq_ignore_ascii_case(w)))
    })
}

/// A person whose state one meeting tells (as its host, say) is of that
/// state at the article's other meetings too.
fn share_countries(meetings: &mut [Meeting]) {
    let known: Vec<(String, Country)> = meetings
        .iter()
        .flat_map(|m| &m.participants)
        .filter_map(|p| Some((p.name.clone(), p.country?)))
        .collect();
    for p in meetings.iter_mut().flat_map(|m| &mut m.participants) {
        if p.country.is_none() {
            p.country = known.iter().find(|k| k.0 == p.name).map(|k| k.1);
        }
    }
}

/// What a classified sentence adds to the meetings told so far; `false`
/// for a lone speaker's quote ("X said after a meeting held by the
/// president"), which leaves the story's subject as it was.
fn tell(ctx: &Ctx, dis: &mut Discourse, told: &Told, out: &mut Report) -> bool {
    match told.signal {
        Signal::Trigger | Signal::Participation => match participants(ctx, dis, told) {
            // "X paid a courtesy call on Y. X ... held a cordial discussion":
            // taking part again, with no one new, is the meeting just told.
            Some(group) if told.signal == Signal::Participation && dis.told_again(told, &group) => {
                dis.continue_last(told);
            }
            Some(group) => add_drafts(ctx, dis, told, group, out),
            None if told.mentions.is_empty() => {
                let d = unnamed_draft(ctx, dis, told, out);
                dis.pend(d);
            }
            None => return false,
        },
        Signal::Led => dis.add_led(ctx, told),
        // "X said during the talks": who took part in talks told with no one named.
        Signal::Continuation if dis.pending_reaches(told.si) && !told.mentions.is_empty() => {
            dis.fill_pending(ctx.people, told.si, told.s, told.mentions, 1);
        }
        // "The meeting took place on Tuesday": the date and place of a
        // meeting told before anyone in it is named.
        Signal::Continuation
            if dis.pending_reaches(told.si) || (dis.drafts.is_empty() && dis.pending.is_none()) =>
        {
            let d = unnamed_draft(ctx, dis, told, out);
            dis.pend(d);
        }
        Signal::Continuation => dis.continue_last(told),
        // A trigger word that tells nothing ("Sato" starts like "sat").
        Signal::None => dis.name_pending(ctx.people, told.si, told.s, told.mentions),
        Signal::Presence => dis.add_present(ctx.people, told, 2, 1),
        Signal::Attended => dis.add_present(ctx.people, told, 8, 1),
        Signal::AttendedBoth => dis.add_present(ctx.people, told, 8, 2),
    }
    true
}

impl<'a> Told<'a> {
    /// Classifies sentence `si` by the rule tables; "the two sides held
    /// talks" right after a meeting says more about it.
    fn read(
        article: &'a Article,
        dis: &Discourse,
        (si, s): (usize, &'a Sentence),
        tokens: &'a [Token],
        words: &'a [&'a str],
        mentions: &'a [Mention],
        led_here: Option<usize>,
    ) -> Told<'a> {
        let named: Vec<usize> = mentions.iter().map(|m| m.start).collect();
        let annotated = Annotated {
            text: article.text(),
            tokens,
            words,
            named: &named,
        };
        let (mut signal, trigger_at, _) = rules::classify(&annotated);
        let k = trigger_index(tokens, trigger_at).min(words.len());
        // "both high officials held a cordial discussion": up to six words before.
        let pair = signal != Signal::Continuation && plural_subject(&words[k.saturating_sub(6)..k]);
        if pair && dis.drafts.last().is_some_and(|d| si == d.last_sentence + 1) {
            signal = Signal::Continuation;
        }
        Told {
            si,
            s,
            tokens,
            words,
            mentions,
            signal,
            trigger_at,
            k,
            pair,
            pronoun_subject: starts_with_pronoun(words),
            led_here,
        }
    }
}

impl Discourse {
    /// After a sentence: the delegation's leader it names, and the person
    /// the story follows, its first named (a sentence that starts with "He"
    /// keeps the one before).
    fn follow(&mut self, led_here: Option<usize>, mentions: &[Mention], pronoun: bool) {
        self.leader = led_here.or(self.leader);
        if let Some(first) = mentions.first() {
            if !pronoun || self.subject.is_none() {
                self.subject = Some(first.person);
            }
        }
    }

    /// "... as their defence ministers met in Tokyo. Japanese Defence
    /// Minister X and his Australian counterpart Y agreed ...": the sentence
    /// right after a meeting that named no one names two or more people,
    /// who are its participants.
    fn name_pending(&mut self, people: &People, si: usize, s: &Sentence, mentions: &[Mention]) {
        if self
            .pending
            .as_ref()
            .is_none_or(|p| p.last_sentence + 1 != si)
        {
            return;
        }
        self.fill_pending(people, si, s, mentions, 2);
    }

    /// The meeting kept without names gets the people `mentions` names,
    /// when they are at least `min`.
    fn fill_pending(
        &mut self,
        people: &People,
        si: usize,
        s: &Sentence,
        mentions: &[Mention],
        min: usize,
    ) {
        let mut named: Group = Vec::new();
        for m in mentions.iter().filter(|m| !is_reporter(people, m.person)) {
            if !named.iter().any(|n| n.0 == m.person) {
                named.push((m.person, m.start, m.end));
            }
        }
        if named.len() < min {
            return;
        }
        let Some(mut d) = self.pending.take() else {
            return;
        };
        d.people = named;
        d.trigger_at = s.start;
        d.end = s.end;
        d.last_sentence = si;
        d.sentences.push(Span::new(s.start, s.end));
        self.drafts.push(d);
    }

    /// "The meeting focused on ...": one more sentence of the last meeting.
    fn continue_last(&mut self, t: &Told) {
        if let Some(d) = self.drafts.last_mut() {
            // "Upon completion of the meeting ..." ten sentences on is
            // one of its sentences, but the span stays where it is told.
            if t.si == d.last_sentence + 1 {
                d.end = t.s.end;
                d.last_sentence = t.si;
            }
            d.sentences.push(Span::new(t.s.start, t.s.end));
        }
    }

    /// "A Qatar Armed Forces delegation led by X", "The Qatari delegation,
    /// headed by X": the state named from the sentence's `start` to "led
    /// by" at `led_at`.
    fn note_leader_state(&mut self, article: &Article, start: usize, led_at: usize, leader: usize) {
        let state = article
            .places_in(start, led_at)
            .iter()
            .filter(|p| {
                matches!(
                    p.kind,
                    MentionKind::Name | MentionKind::Demonym | MentionKind::Org
                )
            })
            .find_map(|p| p.state());
        if let Some(c) = state {
            self.leader_states.push((leader, c));
        }
    }

    /// A meeting that names no one yet: kept for the sentences after it,
    /// or, told again ("the meeting held from 12 to 13 May in Luanda"),
    /// merged into the one kept.
    fn pend(&mut self, d: Draft) {
        match self
            .pending
            .as_mut()
            .filter(|p| d.last_sentence <= p.last_sentence + PENDING_REACH)
        {
            Some(p) => {
                p.date = p.date.take().or(d.date);
                p.location = p.location.take().or(d.location);
                p.venue = p.venue.or(d.venue);
                if d.last_sentence == p.last_sentence + 1 {
                    p.end = d.end;
                }
                p.last_sentence = d.last_sentence;
                p.sentences.extend(d.sentences);
            }
            None => self.pending = Some(d),
        }
    }

    /// `group` are all people of the last meeting, told up to two sentences before.
    fn told_again(&self, t: &Told, group: &Group) -> bool {
        self.drafts.last().is_some_and(|d| {
            t.si <= d.last_sentence + 2
                && group
                    .iter()
                    .all(|g| d.people.iter().chain(&d.present).any(|p| p.0 == g.0))
        })
    }

    /// A meeting kept without names, newer than the last meeting, reaches sentence `si`.
    fn pending_reaches(&self, si: usize) -> bool {
        self.pending.as_ref().is_some_and(|p| {
            si <= p.last_sentence + PENDING_REACH
                && self
                    .drafts
                    .last()
                    .is_none_or(|d| d.last_sentence < p.last_sentence)
        })
    }

    /// The meeting kept without names, if the sentence `si` is still in its reach.
    fn take_pending(&mut self, si: usize) -> Option<Draft> {
        self.pending
            .take()
            .filter(|p| si <= p.last_sentence + PENDING_REACH)
    }

    /// "The delegations were headed by X and Y": the people of the meeting
    /// kept without names, or more people of the last one.
    fn add_led(&mut self, ctx: &Ctx, t: &Told) {
        let led: Group = t
            .mentions
            .iter()
            .filter(|m| !is_reporter(ctx.people, m.person))
            .map(|m| (m.person, m.start, m.end))
            .collect();
        if led.is_empty() {
            return;
        }
        let sides = led_sides(ctx.article, t, &led);
        let span = Span::new(t.s.start, t.s.end);
        let d = match self.take_pending(t.si) {
            Some(mut d) => {
                d.trigger_at = t.trigger_at;
                self.drafts.push(d);
                self.drafts.last_mut()
            }
            None => self
                .drafts
                .last_mut()
                .filter(|d| t.si <= d.last_sentence + PENDING_REACH),
        };
        let Some(d) = d else { return };
        for p in led {
            if !d.people.iter().any(|q| q.0 == p.0) {
                d.people.push(p);
            }
        }
        d.sides.extend(sides);
        if t.si == d.last_sentence + 1 {
            d.end = t.s.end;
        }
        d.last_sentence = t.si;
        d.sentences.push(span);
    }

    /// "Also present were X and Y": they took part in the meeting just told.
    /// `reach`: how many sentences after the meeting's last the sentence
    /// may stand ("Also present were" is about the last sentences; "The
    /// meeting was attended by" names the meeting it adds to).
    /// `last`: how many of the meetings told last it adds to ("Z attended
    /// both meetings": two).
    fn add_present(&mut self, people: &People, t: &Told, reach: usize, last: usize) {
        let from = self.drafts.len().saturating_sub(last);
        for d in self.drafts[from..]
            .iter_mut()
            .filter(|d| t.si <= d.last_sentence + reach)
        {
            // "Y was accompanied by Z": Y, named before the trigger, takes part.
            let with = t
                .mentions
                .iter()
                .find(|m| m.start < t.trigger_at && t.words.get(t.k) == Some(&"accompanied"))
                .map(|m| m.person)
                .filter(|p| d.people.iter().any(|q| q.0 == *p));
            for m in t.mentions {
                let known = d.people.iter().chain(&d.present).any(|p| p.0 == m.person);
                if !known && !is_reporter(people, m.person) {
                    d.present.push((m.person, m.start, m.end));
                    if let Some(w) = with {
                        d.escorts.push((m.person, w));
                    }
                }
            }
            d.sentences.push(Span::new(t.s.start, t.s.end));
        }
    }
}

/// "X said after a meeting held by the president": one speaker at a
/// meeting is a quote, not an encounter (but "X said during the talks"
/// about talks told just before with no one named is who took part).
fn speaker_only(dis: &Discourse, t: &Told, group: &Group) -> bool {
    t.signal == Signal::Participation
        && group.len() == 1
        && !dis.pending_reaches(t.si)
        && t.words[..t.k]
            .iter()
            .any(|w| matches!(*w, "said" | "says" | "stated" | "told" | "noted"))
}

/// Who takes part in the meeting a trigger sentence tells, as `(person,
/// start, end)` in text order: the people it names, and those it refers to
/// ("He", "the two", "the delegation", "his New Zealand counterpart", "the
/// Armenian defense minister"). `None`: no meeting (no one, or a lone speaker).
fn participants(ctx: &Ctx, dis: &Discourse, t: &Told) -> Option<Vec<(usize, usize, usize)>> {
    let (article, people, s) = (ctx.article, ctx.people, t.s);
    let mut group = referred(ctx, dis, t);
    for m in t.mentions {
        if !group.iter().any(|g| g.0 == m.person) && !is_reporter(people, m.person) {
            group.push((m.person, m.start, m.end));
        }
    }
    for p in role_references(article, people, ctx.titles, s.start, s.end) {
        if !group.iter().any(|g| g.0 == p.0) {
            group.push(p);
        }
    }
    // "a bilateral meeting with his New Zealand counterpart": the
    // one person of that state the article names.
    for (at, c) in unnamed_counterparts(article, t.tokens, t.words) {
        let found = match c {
            Some(c) => match (0..people.people.len())
                .filter(|&i| people.people[i].country == Some(c))
                .collect::<Vec<_>>()[..]
            {
                [i] => Some(i),
                _ => None,
            },
            // "X met with his counterpart": the visitor the sentences before named.
            None => group
                .first()
                .filter(|_| group.len() == 1)
                .and_then(|&(me, _, _)| counterpart_before(ctx, s.start, me)),
        };
        if let Some(i) = found.filter(|i| !group.iter().any(|g| g.0 == *i)) {
            group.push((i, at, at));
        }
    }
    if group.is_empty() {
        // "held consultations. The delegation was headed by X": the next sentence names them.
        if let Some(next) = article.sentences().get(t.si + 1) {
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
        return None;
    }
    // "During the bilateral discussions with X, ...", "The engagement with
    // X": no one named before the meeting noun; the person the article
    // follows is the other side.
    let headless = matches!(
        t.words.get(t.k..t.k + 2),
        Some([
            "meeting" | "talks" | "discussions" | "discussion" | "engagement" | "consultations",
            "with"
        ])
    ) && !group.iter().any(|g| g.1 < t.trigger_at);
    if let Some(p) = dis
        .subject
        .filter(|p| headless && !group.iter().any(|g| g.0 == *p))
    {
        group.insert(0, (p, s.start, s.start));
    }
    if speaker_only(dis, t, &group) {
        return None;
    }
    group.sort_by_key(|g| g.1);
    Some(group)
}

/// The people a trigger sentence refers to without naming them before
/// its trigger: "He met", "the two met", "the delegation called on".
fn referred(ctx: &Ctx, dis: &Discourse, t: &Told) -> Vec<(usize, usize, usize)> {
    let s = t.s;
    let mut group = Vec::new();
    let named_first = t.mentions.first().is_some_and(|m| m.start <= t.trigger_at);
    let he_before = !named_first && words_before_have_he(t.words, t.tokens, t.trigger_at);
    if t.pronoun_subject || he_before {
        if let Some(p) = dis.subject {
            group.push((p, s.start, s.start));
        }
    }
    // "the two met", "they held talks": the two people named last before
    // the sentence ("The two ministers, A and B, met" names them).
    let named_before = t.mentions.iter().filter(|m| m.start < t.trigger_at).count();
    if t.pair && named_before < 2 {
        group.clear();
        for m in ctx
            .people
            .mentions
            .iter()
            .rev()
            .filter(|m| m.end <= s.start)
        {
            if group.len() == 2 {
                break;
            }
            if !group.iter().any(|g| g.0 == m.person) && !is_reporter(ctx.people, m.person) {
                group.insert(0, (m.person, s.start, s.start));
            }
        }
        if group.len() < 2 {
            group.clear();
        }
    }
    // "The COAS called on Y", "The minister met Y": the person named
    // before with that office.
    if group.is_empty() && !named_first {
        if let Some(p) = office_anaphor(ctx, t) {
            group.push((p, s.start, s.start));
        }
    }
    // "the Qatari delegation paid a courtesy call on Y": its leader.
    if group.is_empty() && !named_first && t.words[..t.k].contains(&"delegation") {
        if let Some(p) = t.led_here.or(dis.leader) {
            group.push((p, s.start, s.start));
        }
    }
    group
}

/// "The COAS", "The naval chief", "The minister" opening the sentence
/// before its trigger: the person named last before it whose office that
/// is (its words, or its initials: "COAS" for "Chief of Army Staff").
fn office_anaphor(ctx: &Ctx, t: &Told) -> Option<usize> {
    const ADVERBS: &[&str] = &[
        "later",
        "also",
        "then",
        "subsequently",
        "further",
        "had",
        "has",
        "earlier",
    ];
    // "In addition, the COAS had received ...": the words after a fronted adverbial.
    let before = t.words.get(..t.k)?;
    let from = before.iter().rposition(|w| *w == ",").map_or(0, |c| c + 1);
    let clause = &before[from..];
    let office: Vec<&str> = match clause {
        ["the", rest @ ..] => rest
            .iter()
            .copied()
            .filter(|w| !ADVERBS.contains(w))
            .collect(),
        _ => return None,
    };
    if office.is_empty() || office.len() > 4 {
        return None;
    }
    office_holder(ctx, t, &office.join(" ")).or_else(|| {
        // "the JOC Chief of Staff": an abbreviation of the force, not a state, before the office.
        let (first, rest) = office.split_first()?;
        let written = t.tokens.get(from + 1)?.text(ctx.article.text());
        let abbreviation = first.len() <= 4
            && !rest.is_empty()
            && written.eq_ignore_ascii_case(first)
            && crate::lexicon::countries::lookup(written).is_none();
        abbreviation.then(|| office_holder(ctx, t, &rest.join(" ")))?
    })
}

/// The person named last before the sentence of `t` whose role is `office`
/// (its words, or its initials: "COAS" for "Chief of Army Staff").
fn office_holder(ctx: &Ctx, t: &Told, office: &str) -> Option<usize> {
    let office = office.to_string();
    let fits = |role: &str| {
        let role_lower = role.to_lowercase();
        let initials: String = role
            .split_whitespace()
            .filter_map(|w| w.chars().next())
            .collect::<String>()
            .to_lowercase();
        let capitals: String = role
            .split_whitespace()
            .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))
            .collect::<String>()
            .to_lowercase();
        role_lower.contains(&office) || initials == office || capitals == office
    };
    let people = ctx.people;
    people
        .mentions
        .iter()
        .rev()
        .filter(|m| m.end <= t.s.start)
        .map(|m| m.person)
        .find(|&i| people.people[i].role.as_deref().is_some_and(fits))
}

/// One draft per meeting the sentence tells ("held separate meetings with
/// A and B" tells two), with its date and place.
fn add_drafts(
    ctx: &Ctx,
    dis: &mut Discourse,
    t: &Told,
    group: Vec<(usize, usize, usize)>,
    out: &mut Report,
) {
    let (article, s) = (ctx.article, t.s);
    let tense = if t.words[..t.words.len().min(t.k + 1)].contains(&"will") {
        Tense::Future
    } else {
        Tense::Past
    };
    let day_before = dis.drafts.last().and_then(|d| d.date.as_ref()?.resolved);
    let mut date = find_date(article, t.tokens, t.trigger_at, (tense, day_before), out);
    if t.pair && date.is_none() && t.si > 0 {
        // "X and Y on Tuesday decided ... The two met ...": the sentence that named them.
        let prev = article.tokens(t.si - 1);
        let end = prev.last().map_or(0, |t| t.end);
        date = find_date(article, prev, end, (tense, day_before), out);
    }
    let pending = dis.take_pending(t.si);
    if let Some(p) = &pending {
        date = date.or_else(|| p.date.clone());
    }
    // "Separately, X also met Y": the same day as the meeting told before.
    if date.is_none() && t.words[..t.k].contains(&"also") {
        date = dis.drafts.last().and_then(|d| d.date.clone());
    }
    let location = sentence_location(article, t.tokens, t.words)
        .or_else(|| pending.as_ref().and_then(|p| p.location.clone()))
        .or_else(|| dis.trip.clone())
        .or_else(|| {
            // The same visitor's previous meeting: same trip, same place.
            dis.drafts
                .iter()
                .rev()
                .find(|d| d.people.first().map(|p| p.0) == group.first().map(|p| p.0))
                .and_then(|d| d.location.clone())
        });
    let then = sequence_point(t);
    let venue = |from: usize, before: usize| {
        venue::venue(article, t.tokens, t.words, from).filter(|v| v.0 < before)
    };
    let groups = encounters(article, t, group, then);
    // The sentences that told the meeting before naming anyone lead into it.
    let (start, mut sentences) = match &pending {
        Some(p) if p.last_sentence + 1 == t.si => (p.start, p.sentences.clone()),
        Some(p) => (s.start, p.sentences.clone()),
        None => (s.start, Vec::new()),
    };
    sentences.push(Span::new(s.start, s.end));
    for (g, second) in groups {
        let venue = match then {
            Some(at) if second => venue(at, usize::MAX),
            Some(at) => venue(t.trigger_at, at),
            None => venue(t.trigger_at, usize::MAX),
        }
        .or(pending.as_ref().and_then(|p| p.venue));
        dis.drafts.push(Draft {
            people: g,
            present: Vec::new(),
            escorts: Vec::new(),
            date: date.clone(),
            location: location.clone(),
            venue,
            trigger_at: t.trigger_at,
            participation: t.signal == Signal::Participation,
            signing: after(article.text(), t.trigger_at).starts_with("signed"),
            hosting: hosts(t),
            sides: Vec::new(),
            start,
            end: s.end,
            sentences: sentences.clone(),
            last_sentence: t.si,
        });
    }
}

/// "X received / hosted / welcomed Y" in the active voice: the subject hosts.
fn hosts(t: &Told) -> bool {
    const HOSTING: &[&str] = &[
        "received", "receives", "hosted", "hosts", "welcomed", "welcomes",
    ];
    let passive = t.k > 0 && ["was", "were", "been", "being", "be"].contains(&t.words[t.k - 1]);
    !passive && t.words.get(t.k).is_some_and(|w| HOSTING.contains(w))
}

/// The encounters a sentence tells, each with whether it is the second of
/// a sequence: "held bilateral meetings with A and B" tells two, "a series
/// of meetings with A, with B", "called on A and thereafter held
/// discussions with B" (split at `then`) too.
fn encounters(
    article: &Article,
    t: &Told,
    group: Group,
    then: Option<usize>,
) -> Vec<(Group, bool)> {
    let sentences = article.sentences();
    let separate = says_separate(article.doc.sentence_text(t.s))
        || t.si
            .checked_sub(1)
            .and_then(|p| sentences.get(p))
            .is_some_and(|p| says_separate(article.doc.sentence_text(p)))
        // "... met A and B. Both meetings focused on training."
        || sentences
            .get(t.si + 1)
            .is_some_and(|n| tells_two_meetings(article.doc.sentence_text(n)));
    split_series(t.tokens, t.words, group)
        .into_iter()
        .flat_map(|g| {
            if separate {
                split_separate(g, t.trigger_at)
            } else {
                vec![g]
            }
        })
        .flat_map(|g| split_sequence(g, t.trigger_at, then))
        .collect()
}

/// A meeting sentence that names no one ("Officers of the two armies met
/// in Dakar on Monday"): a draft with its date and place, and no people yet.
fn unnamed_draft(ctx: &Ctx, dis: &Discourse, t: &Told, out: &mut Report) -> Draft {
    let (article, s) = (ctx.article, t.s);
    let location = sentence_location(article, t.tokens, t.words).or_else(|| dis.trip.clone());
    Draft {
        people: Vec::new(),
        present: Vec::new(),
        escorts: Vec::new(),
        date: find_date(
            article,
            t.tokens,
            t.trigger_at,
            (
                Tense::Past,
                dis.drafts.last().and_then(|d| d.date.as_ref()?.resolved),
            ),
            out,
        ),
        location,
        venue: venue::venue(article, t.tokens, t.words, t.trigger_at),
        trigger_at: t.trigger_at,
        participation: t.signal == Signal::Participation,
        signing: false,
        hosting: false,
        sides: Vec::new(),
        start: s.start,
        end: s.end,
        sentences: vec![Span::new(s.start, s.end)],
        last_sentence: t.si,
    }
}

/// The states the sides are named by: "The Russian and Belarusian
/// delegations were led by A and B" (one state for each person led, in
/// order), "The Indian delegation was led by A, the Vietnamese side by B"
/// (the one state named before each person).
fn led_sides(article: &Article, t: &Told, led: &Group) -> Vec<(usize, Country)> {
    let states = |from: usize, to: usize| {
        let mut states: Vec<Country> = Vec::new();
        for p in article.places_in(from, to) {
            if !matches!(p.kind, MentionKind::Demonym | MentionKind::Name) {
                continue;
            }
            if let Some(c) = p.state().filter(|c| states.last() != Some(c)) {
                states.push(c);
            }
        }
        states
    };
    let before = states(t.s.start, t.trigger_at);
    if before.len() == led.len() {
        return led.iter().zip(before).map(|(p, c)| (p.0, c)).collect();
    }
    let mut out = Vec::new();
    let mut from = t.s.start;
    for p in led {
        if let [c] = states(from, p.1)[..] {
            out.push((p.0, c));
        }
        from = p.2;
    }
    out
}

/// The meeting a draft tells: its participants with their states filled
/// in, its place (`dateline` when it names none).
fn finish(ctx: &Ctx, d: Draft, dateline: impl Fn() -> Option<Place>) -> Meeting {
    let (article, people) = (ctx.article, ctx.people);
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
        d.people.iter().filter(|p| p.1 < d.trigger_at).count()
    };
    let participant = |i: usize| {
        let p = &people.people[i];
        Participant {
            name: p.name.clone(),
            role: p.role.clone(),
            country: p.country,
            span: Span::new(p.span.0, p.span.1),
        }
    };
    let mut participants: Vec<Participant> = d.people.iter().map(|p| participant(p.0)).collect();
    for (p, &(i, _, _)) in participants.iter_mut().zip(&d.people) {
        if p.country.is_none() {
            p.country = d.sides.iter().find(|s| s.0 == i).map(|s| s.1);
        }
    }
    let international: Vec<bool> = d
        .people
        .iter()
        .map(|&(i, _, _)| people.people[i].international)
        .collect();
    // "at the Ministry of National Defence of Cambodia": the venue's state.
    let venue_state = d
        .venue
        .and_then(|(a, b)| article.places_in(a, b).iter().find_map(|p| p.state()));
    let place_state = location.as_ref().and_then(|l| l.state).or(venue_state);
    fill_countries(
        article,
        &mut participants,
        &international,
        (subject_side, d.hosting),
        place_state,
    );
    // People present too keep the country their own mention gives: which
    // side they came with, the text seldom says.
    // Those who came with a participant ("was accompanied by") are on
    // that participant's side.
    for &(i, _, _) in &d.present {
        if !d.people.iter().any(|p| p.0 == i) {
            let mut p = participant(i);
            if p.country.is_none() {
                p.country = d
                    .escorts
                    .iter()
                    .find(|e| e.0 == i)
                    .and_then(|e| d.people.iter().position(|q| q.0 == e.1))
                    .and_then(|k| participants[k].country);
            }
            participants.push(p);
        }
    }
    Meeting {
        participants,
        date: d.date,
        location: with_venue(article.text(), d.venue, location),
        span: Span::new(d.start, d.end),
        sentences: d.sentences,
    }
}

/// The head words of the rule tables, and the words of travel (for the
/// trip's place), matched as word prefixes ("meet" finds "meeting"):
/// sentences without one are not classified. One list, the tables' own.
static TRIGGERS: LazyLock<PhraseTable> = LazyLock::new(|| {
    let mut words: Vec<&str> = rules::RULES
        .iter()
        .chain(rules::CONTINUATIONS)
        .flat_map(|r| r.heads.iter().copied())
        .chain(TRAVEL.iter().copied())
        .collect();
    words.sort_unstable();
    words.dedup();
    PhraseTable::new(words, true)
});

/// The word starts where a trigger may begin.
pub(super) fn gate() -> &'static PrefixGate {
    TRIGGERS.gate()
}

/// Where trigger words (or their stems) start: sentences without one are skipped.
fn trigger_positions(text: &str, words: &WordStarts) -> Vec<usize> {
    TRIGGERS.prefix_starts(text, words)
}

fn trigger_index(tokens: &[Token], at: usize) -> usize {
    tokens.partition_point(|t| t.start < at)
}

/// The person named first after "led by" / "headed by" in a sentence about
/// a delegation (`base`: the sentence's start in the text), and where "led
/// by" stands.
fn delegation_leader(
    sentence: &str,
    base: usize,
    mentions: &[super::people::Mention],
) -> Option<(usize, usize)> {
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
        .map(|m| (m.person, base + at))
}

fn starts_with_pronoun_text(s: &str) -> bool {
    ["He ", "She ", "His Excellency ", "Her Excellency "]
        .iter()
        .any(|p| s.starts_with(p))
}

/// The text says the meetings were separate: "held bilateral meetings with
/// A and B", "separately met A and B" (in the sentence or the one before).
fn says_separate(sentence: &str) -> bool {
    says_one_of(
        sentence,
        &[
            "bilateral meetings",
            "separate meetings",
            "separately",
            "back-to-back meetings",
        ],
    )
}

/// "Both meetings focused on ...", "The two meetings ...": the sentence
/// before told two encounters.
fn tells_two_meetings(sentence: &str) -> bool {
    says_one_of(
        sentence,
        &[
            "both meetings",
            "two meetings",
            "both talks",
            "both encounters",
        ],
    )
}

/// One of the lower-case `phrases` stands in `sentence`: mid-sentence as
/// written, or opening it with a capital ("Separately, ...").
fn says_one_of(sentence: &str, phrases: &[&str]) -> bool {
    let b = sentence.as_bytes();
    phrases.iter().any(|p| {
        let at_start = b.len() >= p.len()
            && b[0] == p.as_bytes()[0].to_ascii_uppercase()
            && b[1..p.len()] == p.as_bytes()[1..];
        at_start || memchr::memmem::find(b, p.as_bytes()).is_some()
    })
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

/// The last words before the trigger make a plural subject that names no
/// one: "the two", "both ministers", "the two sides", "they".
fn plural_subject(words: &[&str]) -> bool {
    words.contains(&"they")
        || words
            .windows(2)
            .any(|w| matches!(w, ["the", "two"] | ["both", _]))
            && !words
                .iter()
                .any(|w| matches!(*w, "countries" | "nations" | "states" | "armies" | "navies"))
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

/// The person named last before `before` (in the three sentences before it)
/// who is not `me`, not a spokesperson and not of `me`'s state: whom "his
/// counterpart" means.
fn counterpart_before(ctx: &Ctx, before: usize, me: usize) -> Option<usize> {
    let people = ctx.people;
    let si = ctx.article.sentences().partition_point(|s| s.end <= before);
    let from = ctx.article.sentences()[si.saturating_sub(3)..]
        .first()
        .map_or(0, |s| s.start);
    let my_state = people.people[me].country;
    people
        .mentions
        .iter()
        .rev()
        .filter(|m| m.end <= before && m.start >= from)
        .map(|m| m.person)
        .find(|&i| {
            i != me
                && !is_reporter(people, i)
                && (my_state.is_none() || people.people[i].country != my_state)
        })
}

/// "his New Zealand counterpart" with no name after it: where it stands and
/// the state the demonym or name before it gives ("his counterpart": none).
fn unnamed_counterparts(
    article: &Article,
    tokens: &[Token],
    words: &[&str],
) -> Vec<(usize, Option<Country>)> {
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
        let state = place_ending_at(article, before).and_then(|p| p.state());
        out.push((tokens[i].start, state));
    }
    out
}

/// "... and thereafter held discussions with B": where a second encounter
/// told in the same sentence starts (a sequence word after "and" or a
/// comma, then a meeting verb within three words).
fn sequence_point(t: &Told) -> Option<usize> {
    const THEN: &[&str] = &["thereafter", "afterwards", "later", "subsequently", "then"];
    const VERBS: &[&str] = &[
        "held", "met", "called", "paid", "visited", "had", "hosted", "received",
    ];
    let w = t.words;
    (t.k + 1..w.len()).find_map(|j| {
        let joined =
            matches!(w[j - 1], "and" | ",") || j >= 2 && w[j - 1] == "," && w[j - 2] == "and";
        let verb = (j + 1..w.len().min(j + 4)).any(|v| VERBS.contains(&w[v]));
        (THEN.contains(&w[j]) && joined && verb).then(|| t.tokens[j].start)
    })
}

/// A group split at `then` into the subject side with those named before
/// it, and the subject side with those named after it; `true` marks the
/// second. One group, unsplit, when either part names no one.
fn split_sequence(group: Group, trigger_at: usize, then: Option<usize>) -> Vec<(Group, bool)> {
    let Some(at) = then else {
        return vec![(group, false)];
    };
    let subject: Vec<_> = group.iter().copied().filter(|g| g.1 < trigger_at).collect();
    let first: Vec<_> = group
        .iter()
        .copied()
        .filter(|g| g.1 >= trigger_at && g.1 < at)
        .collect();
    let second: Vec<_> = group.iter().copied().filter(|g| g.1 >= at).collect();
    if subject.is_empty() || first.is_empty() || second.is_empty() {
        return vec![(group, false)];
    }
    vec![
        ([subject.clone(), first].concat(), false),
        ([subject, second].concat(), true),
    ]
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
    (tense, day_before): (Tense, Option<NaiveDate>),
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
        let resolved = match expr {
            // "Earlier in the day": the day of the meeting told before.
            DateExpr::SameDay => day_before,
            _ => resolve(&expr, article.published, tense),
        };
        if resolved.is_none() && !matches!(expr, DateExpr::Week | DateExpr::SameDay) {
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
                // A venue the lead names says more than a trip's country.
                let weak = o.location.as_ref().is_none_or(|l| l.country_level);
                if o.venue.is_none() && weak {
                    o.venue = lead.venue;
                    if lead.location.is_some() {
                        o.location = lead.location.clone();
                    }
                }
            }
            continue;
        }
        i += 1;
    }
}

/// The venue as written, with the city after a comma when the venue does
/// not name it ("GHQ, Rawalpindi"; a state's name is not added); else the place.
fn with_venue(text: &str, venue: Option<(usize, usize)>, place: Option<Place>) -> Option<String> {
    let Some((a, b)) = venue else {
        return place.map(|p| p.text);
    };
    let v = squash(sub(text, a, b));
    Some(match place {
        // "GHQ, Rawalpindi"; not "Western Naval Command Headquarters, Sri Lanka".
        Some(p) if !p.country_level && !contains_ignore_ascii_case(&v, &p.text) => {
            format!("{v}, {}", p.text)
        }
        _ => v,
    })
}

/// Two drafts with the same people are one encounter told twice; so are
/// two whose people, two or more, are among the other's, when no date
/// tells them apart ("A and B met C in Vilnius. ... The two chiefs of
/// defence had a meeting on ...").
fn merge_same(drafts: &mut Vec<Draft>) {
    let mut i = 0;
    while i < drafts.len() {
        let key: Vec<usize> = sorted_people(&drafts[i]);
        let same = |d: &Draft| {
            let other = sorted_people(d);
            let (small, large) = if key.len() <= other.len() {
                (&key, &other)
            } else {
                (&other, &key)
            };
            other == key
                || small.len() >= 2
                    && small.iter().all(|p| large.contains(p))
                    && match (&d.date, &drafts[i].date) {
                        // "yesterday" and "Aug. 15, 2018" can be one day.
                        (Some(a), Some(b)) => match (a.resolved, b.resolved) {
                            (Some(x), Some(y)) => x == y,
                            _ => a.text == b.text,
                        },
                        _ => true,
                    }
        };
        if let Some(j) = drafts[..i].iter().position(same) {
            let mut d = drafts.remove(i);
            let keep = &mut drafts[j];
            // The fuller telling says who is on which side, and when and where.
            if d.people.len() > keep.people.len() {
                std::mem::swap(&mut keep.people, &mut d.people);
                keep.trigger_at = d.trigger_at;
                keep.signing = d.signing;
                keep.participation = d.participation;
                if d.date.is_some() {
                    std::mem::swap(&mut keep.date, &mut d.date);
                }
                if d.location.is_some() {
                    std::mem::swap(&mut keep.location, &mut d.location);
                }
            }
            for p in &d.people {
                if !keep.people.iter().any(|q| q.0 == p.0) {
                    keep.people.push(*p);
                }
            }
            keep.date = keep.date.take().or(d.date);
            keep.location = keep.location.take().or(d.location);
            keep.venue = keep.venue.or(d.venue);
            keep.sentences.extend(d.sentences);
            for p in d.present {
                if !keep.present.iter().any(|q| q.0 == p.0) {
                    keep.present.push(p);
                }
            }
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
/// the outlet's; the others are hosts, of the state of the meeting place
/// (or its venue), or of the outlet's when no place gives a state and the
/// first one has none.
/// Holders of an international body's office (`international[k]`) keep none.
fn fill_countries(
    article: &Article,
    ps: &mut [Participant],
    international: &[bool],
    (subject_side, hosting): (usize, bool),
    place_state: Option<Country>,
) {
    let is_intl = |k: usize| international.get(k).copied().unwrap_or(false);
    // A first participant of no state, at a meeting in a state none of
    // the others is of, is its host ("X held talks with his Indian
    // counterpart Y in Hanoi", "X received Y in Algiers").
    let host = place_state.filter(|s| ps.iter().all(|p| p.country != Some(*s)));
    if let Some(first) = ps.first_mut().filter(|_| !is_intl(0)) {
        first.country = first.country.or(article.outlet);
        // "An association of attachés called on General X in Accra": one
        // person, named after the trigger, is the one visited.
        let visited_alone = ps.len() == 1 && subject_side == 0;
        // "Defence Minister X met General Y in CITY": an office holder of
        // no state meeting people known by rank alone is the host.
        let office_host = ps.len() > 1
            && ps[0].role.is_some()
            && ps[1..]
                .iter()
                .all(|p| p.role.is_none() && p.country.is_none());
        let others_known = ps.len() > 1 && ps[1..].iter().all(|p| p.country.is_some());
        if hosting || visited_alone || office_host || others_known {
            let first = &mut ps[0];
            first.country = first.country.or(host);
        }
    }
    let visitor = ps.first().and_then(|p| p.country);
    for (k, p) in ps.iter_mut().enumerate().skip(1) {
        if p.country.is_some() || is_intl(k) {
            continue;
        }
        if k < subject_side.max(1) {
            p.country = visitor;
        } else if hosting {
            // The hosted are the visitors: the place is not their state.
        } else if place_state.is_some() {
            if place_state != visitor {
                p.country = place_state;
            }
        } else if visitor.is_none() {
            // No place with a state, and a visitor of no state (an
            // international body's officer): a host is of the outlet's own
            // government ("X of ISAF called on the Army Chief", in a Pakistani paper).
            p.country = article.outlet;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::rules::{classify, Rule, CONTINUATIONS, LOOK_ALIKES, RULES};
    use super::*;
    use crate::text::Document;

    /// The row that fires on each sentence of `text`, as the extractor sees it.
    fn fired(text: &str) -> Vec<Option<&'static str>> {
        let doc = Document::new(text);
        let article = Article::new(&doc, None, None);
        let titles = find_titles_at(article.text(), &article.words);
        let people = People::collect(&article, &titles);
        let mut lower = String::new();
        let mut out = Vec::new();
        for (si, s) in article.sentences().iter().enumerate() {
            let tokens = article.tokens(si);
            let words = lower_words(article.text(), tokens, &mut lower);
            let named: Vec<usize> = people
                .mentions_in(s.start, s.end)
                .iter()
                .map(|m| m.start)
                .collect();
            let annotated = Annotated {
                text: article.text(),
                tokens,
                words: &words,
                named: &named,
            };
            out.push(classify(&annotated).2.map(|r: &Rule| r.name));
        }
        out
    }

    #[test]
    fn every_rule_finds_a_meeting_in_its_example() {
        for rule in RULES {
            let report = crate::parse(rule.example).unwrap();
            assert!(
                !report.meetings.is_empty(),
                "{:?}: no meeting in {:?}",
                rule.name,
                rule.example
            );
            let m = &report.meetings[0];
            assert!(m.participants.len() >= 2, "{}: {m:?}", rule.name);
            assert_eq!(fired(rule.example), [Some(rule.name)], "{}", rule.example);
        }
    }

    #[test]
    fn continuations_join_the_meeting_before() {
        for rule in CONTINUATIONS {
            let report = crate::parse(rule.example).unwrap();
            assert_eq!(report.meetings.len(), 1, "{}", rule.example);
            assert_eq!(report.meetings[0].sentences.len(), 2, "{}", rule.example);
            assert_eq!(fired(rule.example)[1], Some(rule.name));
            // Rows whose name has a Z name more people at the meeting.
            let people = report.meetings[0].participants.len();
            let expected = if rule.name.contains('Z') { 3..9 } else { 2..3 };
            assert!(expected.contains(&people), "{}: {people}", rule.example);
        }
    }

    #[test]
    fn look_alikes_are_no_meetings() {
        for l in LOOK_ALIKES {
            let report = crate::parse(l.example).unwrap();
            assert!(
                report.meetings.is_empty(),
                "{}: {:?}",
                l.name,
                report.meetings
            );
            assert_eq!(fired(l.example), [None], "{}", l.example);
        }
    }

    #[test]
    fn rule_names_are_distinct_and_in_the_readme() {
        let readme = include_str!("../../../README.md");
        let mut names: Vec<&str> = RULES
            .iter()
            .chain(CONTINUATIONS)
            .map(|r| r.name)
            .chain(LOOK_ALIKES.iter().map(|l| l.name))
            .collect();
        for n in &names {
            assert!(readme.contains(n), "README's table lacks {n:?}");
        }
        names.sort_unstable();
        names.dedup();
        assert_eq!(
            names.len(),
            RULES.len() + CONTINUATIONS.len() + LOOK_ALIKES.len()
        );
    }
}
