//! The phrasings that tell a meeting, as a table: one row per phrasing.
//!
//! A sentence is a meeting sentence when one of [`RULES`] matches at one of
//! its words and no [`LOOK_ALIKES`] row holds for it; else, when a
//! [`CONTINUATIONS`] row matches, it says more about the meeting before.
//! [`classify`] tries the words left to right, and at each word the rows
//! in table order: the first match is the sentence's trigger. Who met,
//! when and where is read around the trigger by the extractor, the same for
//! every row.
//!
//! # Adding a phrasing
//!
//! 1. Add a row to [`RULES`]: a `name` that says the phrasing, an `example`
//!    sentence (invented, not from an article) that must give a meeting,
//!    the `heads` (lower-case words the pattern starts with) and the
//!    `pattern`, a nom parser over the sentence's words (see
//!    [`crate::annotate`] for the primitives). Patterns start at the head
//!    word; [`done`] in front keeps "will meet" and "is expected to hold
//!    talks" out.
//! 2. Add the phrasing's look-alikes to `tests/it/phrasings.rs` ("X will
//!    meet Y" is no meeting) and, if the README's table does not name it
//!    yet, the phrasing there.
//!
//! The unit tests below run every row's example through [`crate::parse`]
//! and check that the row itself fires on it.

use nom::branch::alt;
use nom::combinator::{not, peek};
use nom::Parser as _;
use std::sync::LazyLock;

use crate::text::FastMap;

use crate::annotate::{
    any_word, capitalised, holds, lookaround, named_after, named_before, named_within, one_of,
    prev_in, said_before, within, word, word_token, Annotated, PResult, Words,
};

/// What a sentence says about meetings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Signal {
    /// A new encounter.
    Trigger,
    /// Taking part in a meeting or talks ("attended the meeting", "a meeting was held").
    Participation,
    /// "the meeting", "this meeting": more about the previous encounter.
    Continuation,
    /// "Also present were X and Y": more people at the previous encounter.
    Presence,
    /// "The meeting was also attended by Z": more people at the meeting
    /// the article told last, however many sentences back.
    Attended,
    /// "Z attended both meetings": more people at the two meetings told last.
    AttendedBoth,
    /// "The delegations were headed by X and Y": who took part in the
    /// encounter just told, when it named no one or few.
    Led,
    None,
}

/// One phrasing.
pub(super) struct Rule {
    /// The phrasing, with X and Y for the people.
    #[cfg_attr(not(test), expect(dead_code, reason = "the tests read it"))]
    pub name: &'static str,
    /// An invented sentence the row must match, run as a test.
    #[cfg_attr(not(test), expect(dead_code, reason = "the tests read it"))]
    pub example: &'static str,
    /// The lower-case words the pattern can start with.
    pub heads: &'static [&'static str],
    /// The pattern, from the head word on; it says what the sentence signals.
    pub pattern: for<'a> fn(Words<'a>) -> PResult<'a, Signal>,
}

/// A phrasing that looks like a meeting and is not one: the whole sentence is no meeting.
pub(super) struct LookAlike {
    #[cfg_attr(not(test), expect(dead_code, reason = "the tests read it"))]
    pub name: &'static str,
    /// An invented sentence with no meeting, run as a test.
    #[cfg_attr(not(test), expect(dead_code, reason = "the tests read it"))]
    pub example: &'static str,
    pub holds: fn(&[&str]) -> bool,
}

/// Verbs of taking part in a meeting.
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

/// The nouns of a meeting.
const MEETING_NOUNS: &[&str] = &[
    "meeting",
    "meetings",
    "talks",
    "consultations",
    "dialogue",
    "discussions",
    "discussion",
    "tête-à-tête",
    "tete-a-tete",
    "negotiations",
];

/// What can be led, headed or chaired: a delegation, a side, the talks.
const LED_SUBJECTS: &[&str] = &[
    "delegation",
    "delegations",
    "side",
    "sides",
    "team",
    "teams",
    "talks",
    "meeting",
    "negotiations",
    "consultations",
    "discussions",
    "session",
    "dialogue",
];

/// The meeting phrasings, tried in this order at each word.
pub(super) static RULES: &[Rule] = &[
    Rule {
        name: "X held talks / a meeting / consultations with Y; talks were held",
        example: "Defence Minister Ali Khan held talks with General Omar Diallo in Dakar.",
        heads: MEETING_NOUNS,
        pattern: noun_frame,
    },
    Rule {
        name: "X met (with) Y",
        example: "Defence Minister Ali Khan met General Omar Diallo in Dakar on Monday.",
        heads: &["met", "meets"],
        pattern: |w| {
            (done, any_word, alt((named_within(8), not(troops))))
                .map(|_| Signal::Trigger)
                .parse(w)
        },
    },
    Rule {
        name: "X came to meet with Y",
        example: "Defence Minister Ali Khan came to Dakar to meet with General Omar Diallo.",
        heads: &["meet"],
        pattern: |w| {
            (
                done,
                // "X to meet with Y" with no verb of coming before: a headline's future.
                alt((not(prev_in(&["to"])), holds(came_before).map(|_| ()))),
                any_word,
                peek(word("with")),
                alt((named_within(8), not(troops))),
            )
                .map(|_| Signal::Trigger)
                .parse(w)
        },
    },
    Rule {
        name: "X sat down with Y",
        example: "Defence Minister Ali Khan sat down with General Omar Diallo in Dakar on Monday.",
        heads: &["sat"],
        pattern: |w| {
            (done, any_word, word("down"), word("with"), named_within(8))
                .map(|_| Signal::Trigger)
                .parse(w)
        },
    },
    Rule {
        name: "X and Y came / got together; X got together with Y",
        example: "Defence Minister Ali Khan and General Omar Diallo came together in Dakar on Monday.",
        heads: &["came", "got", "come", "get"],
        pattern: |w| {
            (
                done,
                any_word,
                word("together"),
                alt((
                    (word("with"), named_within(8)).map(|_| ()),
                    (named_before, said_before("and")).map(|_| ()),
                )),
            )
                .map(|_| Signal::Trigger)
                .parse(w)
        },
    },
    Rule {
        name: "the meeting brought together X and Y",
        example: "The meeting in Dakar brought together Defence Minister Ali Khan and General Omar Diallo.",
        heads: &["brought", "brings", "bringing"],
        pattern: |w| {
            (done, any_word, word("together"), named_within(8))
                .map(|_| Signal::Trigger)
                .parse(w)
        },
    },
    Rule {
        name: "X played host to Y",
        example: "Defence Minister Ali Khan played host to General Omar Diallo in Dakar on Monday.",
        heads: &["played", "plays"],
        pattern: |w| {
            (done, any_word, word("host"), word("to"), named_within(8))
                .map(|_| Signal::Trigger)
                .parse(w)
        },
    },
    Rule {
        name: "a meeting / talks (yesterday) with Y",
        example: "General Omar Diallo said after talks with Defence Minister Ali Khan that ties were strong.",
        heads: &["meeting", "meetings", "talks", "talk"],
        pattern: |w| {
            (
                done,
                any_word,
                within(2, peek(one_of(&["with", "between"]))),
            )
                .map(|_| Signal::Trigger)
                .parse(w)
        },
    },
    Rule {
        name: "during discussions / engagement with Y",
        example: "During the discussions with General Omar Diallo, Defence Minister Ali Khan praised the army.",
        heads: &["discussions", "discussion", "engagement"],
        pattern: |w| {
            (done, any_word, peek(one_of(&["with", "between"])), named_within(16))
                .map(|_| Signal::Trigger)
                .parse(w)
        },
    },
    Rule {
        name: "X ... at a meeting / during talks (in a place)",
        example: "Defence Minister Ali Khan and General Omar Diallo reviewed training at a bilateral meeting in Dakar.",
        heads: MEETING_NOUNS,
        pattern: |w| {
            (
                done,
                // "at a meeting in Dakar", "during the bilateral talks"; not
                // "at a meeting of the cabinet", a body's own meeting.
                // "During the meeting" is the one told before: a continuation.
                holds(|words, i| {
                    (i.saturating_sub(4)..i).any(|k| {
                        matches!(words[k], "at" | "during")
                            && !words[k + 1..i].iter().any(|w| {
                                matches!(*w, "the" | "this" | "that" | "today's" | "yesterday's")
                            })
                    })
                }),
                any_word,
                not(word("of")),
            )
                .map(|_| Signal::Participation)
                .parse(w)
        },
    },
    Rule {
        name: "a meeting of X, Y and Z was held",
        example: "A trilateral meeting of Defence Minister Ali Khan and General Omar Diallo was held in Dakar.",
        heads: &["meeting", "meetings"],
        pattern: |w| {
            (done, any_word, word("of"), named_within(4))
                .map(|_| Signal::Trigger)
                .parse(w)
        },
    },
    Rule {
        name: "X said after meeting Y",
        example: "Defence Minister Ali Khan spoke to reporters after meeting General Omar Diallo in Dakar.",
        heads: &["meeting"],
        pattern: |w| {
            (prev_in(&["after", "upon"]), any_word, named_within(4))
                .map(|_| Signal::Trigger)
                .parse(w)
        },
    },
    Rule {
        name: "the Nth round of talks / negotiations ... took place / ended in PLACE",
        example: "The second round of talks between General Omar Diallo and Defence Minister Ali Khan ended in Dakar on Thursday.",
        heads: &["round"],
        pattern: |w| {
            (
                done,
                any_word,
                word("of"),
                within(2, one_of(&["talks", "negotiations", "consultations"])),
                // The verb after the whole subject ("... in Kyrgyzstan, ended in Bishkek").
                within(
                    48,
                    one_of(&["ended", "concluded", "took", "opened", "began", "started", "closed"]),
                ),
            )
                .map(|_| Signal::Participation)
                .parse(w)
        },
    },
    Rule {
        name: "X and Y held the Nth round / session of the DIALOGUE",
        example: "Defence Minister Ali Khan and General Omar Diallo held the fifth round of the defence dialogue in Dakar.",
        heads: &["round", "session"],
        pattern: |w| {
            (
                done,
                holds(|words, i| {
                    (i.saturating_sub(4)..i)
                        .any(|k| matches!(words[k], "held" | "hold" | "holds" | "conducted"))
                }),
                any_word,
                word("of"),
            )
                .map(|_| Signal::Participation)
                .parse(w)
        },
    },
    Rule {
        name: "X briefed Y; X was briefed by Y",
        example: "General Omar Diallo briefed the visiting Defence Minister Ali Khan on the border situation in Dakar.",
        heads: &["briefed"],
        pattern: |w| {
            (done, any_word, named_within(8))
                .map(|_| Signal::Trigger)
                .parse(w)
        },
    },
    Rule {
        name: "the meeting was held in the presence of X and Y",
        example: "The meeting began at 10 am in the presence of Defence Minister Ali Khan and General Omar Diallo.",
        heads: &["presence"],
        pattern: |w| {
            (
                done,
                prev_in(&["the"]),
                holds(|words, _| words.iter().any(|w| MEETING_NOUNS.contains(w))),
                any_word,
                word("of"),
                named_within(6),
            )
                .map(|_| Signal::Participation)
                .parse(w)
        },
    },
    Rule {
        name: "consultations",
        example: "Deputy Defence Minister Ali Khan and General Omar Diallo began consultations in Dakar.",
        heads: &["consultations"],
        pattern: |w| (done, any_word).map(|_| Signal::Trigger).parse(w),
    },
    Rule {
        name: "X received / hosted / welcomed Y; X was received by Y",
        example: "Defence Minister Ali Khan received General Omar Diallo in Dakar on Monday.",
        heads: &["received", "receives", "welcomed", "welcomes", "hosted", "hosts"],
        pattern: |w| {
            (
                done,
                any_word,
                alt((
                    peek(word("by")).map(|_| ()),
                    // "The delegation led by X ... was received during a ceremony".
                    holds(|words, i| {
                        i >= 2
                            && matches!(words[i - 2], "was" | "were")
                            && words[..i].contains(&"delegation")
                    })
                    .map(|_| ()),
                    peek(capitalised).map(|_| ()),
                    // "received in Lima on Wednesday a delegation headed by X"; not "received $60 million".
                    (peek(word_token), named_after).map(|_| ()),
                    // "hosted a delegation from the Indian Navy": the other
                    // side may be a delegation no one in it named.
                    peek(within(4, one_of(&["delegation", "delegations"]))).map(|_| ()),
                )),
            )
                .map(|_| Signal::Trigger)
                .parse(w)
        },
    },
    Rule {
        name: "X called on Y",
        example: "General Omar Diallo called on Defence Minister Ali Khan at the ministry.",
        heads: &["called", "calls", "call", "called-on"],
        pattern: |w| {
            (
                done,
                alt((
                    (any_word, peek(one_of(&["on", "upon"]))).map(|_| ()),
                    word("called-on").map(|_| ()),
                )),
                named_within(16),
            )
                .map(|_| Signal::Trigger)
                .parse(w)
        },
    },
    Rule {
        name: "X paid a courtesy call on / a courtesy visit to Y",
        example: "General Omar Diallo paid a courtesy call on Defence Minister Ali Khan.",
        heads: &["courtesy"],
        pattern: |w| {
            (
                done,
                any_word,
                peek(one_of(&["call", "visit", "meeting", "calls"])),
                named_within(14),
            )
                .map(|_| Signal::Trigger)
                .parse(w)
        },
    },
    Rule {
        name: "X presented his credentials / letter of credence to Y",
        example: "Ambassador Omar Diallo presented his credentials to President Ali Khan in Dakar.",
        heads: &["credentials", "credence"],
        pattern: |w| {
            (done, any_word, within(3, word("to")), named_within(8))
                .map(|_| Signal::Trigger)
                .parse(w)
        },
    },
    Rule {
        name: "X paid a visit to Y",
        example: "General Omar Diallo paid a visit to Defence Minister Ali Khan in Dakar.",
        heads: &["visit"],
        pattern: |w| {
            (done, any_word, word("to"), named_within(5))
                .map(|_| Signal::Trigger)
                .parse(w)
        },
    },
    Rule {
        name: "X discussed ... with Y; X and Y discussed / deliberated on",
        example: "Defence Minister Ali Khan and General Omar Diallo discussed training in Dakar.",
        heads: &["discussed", "discusses", "discuss", "deliberated"],
        pattern: |w| {
            (
                done,
                alt((
                    (any_word, within(14, word("with")), named_within(10)).map(|_| ()),
                    (named_before, said_before("and")).map(|_| ()),
                )),
            )
                .map(|_| Signal::Trigger)
                .parse(w)
        },
    },
    Rule {
        name: "A and B (states) discussed / held talks",
        example: "Ghana and Togo held talks between Defence Minister Ali Khan and General Omar Diallo in Accra.",
        heads: &["discussed", "held"],
        pattern: |w| {
            (done, not(named_before), pair_of_names_before, any_word)
                .map(|_| Signal::Trigger)
                .parse(w)
        },
    },
    Rule {
        name: "X talked (today) with / to Y; X and Y talked about",
        example: "Defence Minister Ali Khan talked today with General Omar Diallo about training in Dakar.",
        heads: &["talked"],
        pattern: |w| {
            (
                done,
                alt((
                    (any_word, within(3, one_of(&["with", "to"])), named_within(10)).map(|_| ()),
                    (named_before, said_before("and")).map(|_| ()),
                )),
            )
                .map(|_| Signal::Trigger)
                .parse(w)
        },
    },
    Rule {
        name: "X exchanged views / interacted / conferred with Y",
        example: "Defence Minister Ali Khan exchanged views with General Omar Diallo in Dakar.",
        heads: &["exchanged", "interacted", "conferred"],
        pattern: |w| {
            (
                done,
                // "interacted with the young officers": troops are no counterpart.
                alt((
                    (not(word("interacted")), any_word).map(|_| ()),
                    (any_word, alt((not(troops), named_within(8)))).map(|_| ()),
                )),
                within(3, word("with")),
                named_within(10),
            )
                .map(|_| Signal::Trigger)
                .parse(w)
        },
    },
    Rule {
        name: "X granted an audience to Y; received Y in audience",
        example: "King Omar Diallo granted an audience to Defence Minister Ali Khan.",
        heads: &["audience"],
        pattern: |w| {
            (done, alt((prev_in(&["in"]), (any_word, named_after).map(|_| ()))))
                .map(|_| Signal::Trigger)
                .parse(w)
        },
    },
    Rule {
        name: "X and Y co-chaired",
        example: "Defence Minister Ali Khan and General Omar Diallo co-chaired the committee.",
        heads: &["co-chaired"],
        pattern: |w| (done, any_word).map(|_| Signal::Trigger).parse(w),
    },
    Rule {
        name: "X and Y signed; was signed by X and Y",
        example: "Defence Minister Ali Khan and General Omar Diallo signed the agreement.",
        heads: &["signed"],
        pattern: |w| {
            (
                done,
                not(prev_in(&["be", "to"])),
                // One official signing a law or a decree is no encounter;
                // "X and his counterpart signed" is one.
                alt((
                    (alt((two_named, said_before("and"))), named_before).map(|_| ()),
                    // "signed on Aug. 20 by X and Y"
                    (any_word, peek(within(4, word("by"))), two_named_after).map(|_| ()),
                )),
            )
                .map(|_| Signal::Trigger)
                .parse(w)
        },
    },
    Rule {
        name: "X visited Y (a person, not a place)",
        example: "General Omar Diallo visited Defence Minister Ali Khan at the ministry.",
        heads: &["visited"],
        pattern: |w| {
            (done, any_word, peek(capitalised), named_within(6))
                .map(|_| Signal::Trigger)
                .parse(w)
        },
    },
];

/// Sentences that say more about the meeting before.
pub(super) static CONTINUATIONS: &[Rule] = &[
    Rule {
        name: "also present were Z; Z was also present",
        example: "Defence Minister Ali Khan met General Omar Diallo in Dakar. Also present were Colonel Amadou Sow and Ambassador Rita Mensah.",
        heads: &["present"],
        pattern: |w| {
            (
                alt((
                    prev_in(&["also", "were", "was", "being", "those"]),
                    // "Present on the occasion were ..."
                    holds(|_, i| i == 0),
                )),
                any_word,
            )
                .map(|_| Signal::Presence)
                .parse(w)
        },
    },
    Rule {
        name: "X was accompanied by Z",
        example: "Defence Minister Ali Khan met General Omar Diallo in Dakar. General Diallo was accompanied by Colonel Amadou Sow.",
        heads: &["accompanied"],
        pattern: |w| {
            (prev_in(&["was", "were"]), any_word, peek(word("by")))
                .map(|_| Signal::Presence)
                .parse(w)
        },
    },
    Rule {
        name: "Head of the DEMONYM delegation Z said ...",
        example: "Defence Minister Ali Khan met General Omar Diallo in Dakar on Monday. Head of the Senegalese delegation Colonel Amadou Sow said the talks were useful.",
        heads: &["head"],
        pattern: |w| {
            (
                holds(|_, i| i == 0),
                any_word,
                word("of"),
                within(3, one_of(&["delegation", "side", "team"])),
            )
                .map(|_| Signal::Led)
                .parse(w)
        },
    },
    Rule {
        name: "heading / leading the DEMONYM delegation was Z",
        example: "Defence Minister Ali Khan held talks with General Omar Diallo in Dakar. Heading the Senegalese delegation was Colonel Amadou Sow.",
        heads: &["heading", "leading"],
        pattern: |w| {
            (
                holds(|_, i| i == 0),
                any_word,
                within(6, one_of(LED_SUBJECTS)),
                within(2, one_of(&["was", "were"])),
            )
                .map(|_| Signal::Led)
                .parse(w)
        },
    },
    Rule {
        name: "the delegation was led / headed by Z; the talks were chaired by Z",
        example: "Defence Minister Ali Khan held talks with General Omar Diallo in Dakar. The Senegalese delegation was led by Colonel Amadou Sow.",
        heads: &["led", "headed", "chaired", "co-chaired", "represented", "co-led"],
        pattern: |w| {
            (
                prev_in(&["was", "were", "also"]),
                holds(|words, i| words[..i].iter().any(|w| LED_SUBJECTS.contains(w))),
                any_word,
                within(6, word("by")),
            )
                .map(|_| Signal::Led)
                .parse(w)
        },
    },
    Rule {
        name: "This came during / at a meeting ... (held in PLACE)",
        example: "Defence Minister Ali Khan and General Omar Diallo discussed training. This came during the visit to Dakar on Monday.",
        heads: &["came"],
        pattern: |w| {
            (prev_in(&["this", "that", "it"]), any_word, one_of(&["during", "at", "on"]))
                .map(|_| Signal::Continuation)
                .parse(w)
        },
    },
    Rule {
        name: "the meeting / this meeting / today's talks",
        example: "Defence Minister Ali Khan met General Omar Diallo. The meeting focused on training.",
        heads: &["meeting", "talks"],
        pattern: |w| {
            (prev_in(&["the", "this", "today's", "that"]), any_word)
                .map(|_| Signal::Continuation)
                .parse(w)
        },
    },
];

/// Remote contact and announcements: no meeting in the sentence.
pub(super) static LOOK_ALIKES: &[LookAlike] = &[
    LookAlike {
        name: "a phone or video call, a letter, an online meeting",
        example: "Defence Minister Ali Khan held talks with General Omar Diallo by phone.",
        holds: |words| {
            words.iter().enumerate().any(|(k, w)| {
                // (A "letter of credence" is handed over in person.)
                super::REMOTE.contains(w)
                    && !(w.starts_with("letter") && words.get(k + 2) == Some(&"credence"))
            })
        },
    },
    LookAlike {
        name: "a press conference",
        example: "Defence Minister Ali Khan met reporters at a press conference with General Omar Diallo.",
        holds: |words| words.windows(2).any(|p| p == ["press", "conference"]),
    },
    LookAlike {
        name: "a call with Y (not a courtesy call, not a call on Y)",
        example: "Defence Minister Ali Khan discussed training with General Omar Diallo in a call.",
        holds: remote_call,
    },
];

/// The rows of a table by head word, in table order.
type Heads = FastMap<&'static str, Vec<&'static Rule>>;

fn by_head(table: &'static [Rule]) -> Heads {
    let mut map = Heads::default();
    for rule in table {
        for &h in rule.heads {
            map.entry(h).or_default().push(rule);
        }
    }
    map
}

static RULE_HEADS: LazyLock<Heads> = LazyLock::new(|| by_head(RULES));
static CONTINUATION_HEADS: LazyLock<Heads> = LazyLock::new(|| by_head(CONTINUATIONS));

/// The sentence's signal, the byte offset of its trigger and the row that matched.
pub(super) fn classify(s: &Annotated<'_>) -> (Signal, usize, Option<&'static Rule>) {
    // A look-alike rules out a new meeting, not more about the last one ("At the call, ...").
    let tables = if LOOK_ALIKES.iter().any(|l| (l.holds)(s.words)) {
        &[&*CONTINUATION_HEADS][..]
    } else {
        &[&*RULE_HEADS, &*CONTINUATION_HEADS][..]
    };
    for heads in tables {
        for (i, w) in s.words.iter().enumerate() {
            for &rule in heads.get(w).into_iter().flatten() {
                if let Ok((_, signal)) = (rule.pattern)(s.at(i)) {
                    return (signal, s.tokens[i].start, Some(rule));
                }
            }
        }
    }
    (Signal::None, usize::MAX, None)
}

/// Two signers: two people named before the head ("X and his counterpart Y
/// signed"), or one before it and one after a "with" ("X signed an MoU with
/// Y"); not "X signed the decree appointing Y".
fn two_named(input: Words<'_>) -> PResult<'_> {
    let s = input.sentence();
    let here = input.first_token().map_or(s.end(), |t| t.start);
    // Two people named before the head, or one before it and one after "with".
    let before = s.named.iter().filter(|&&m| m < here).count();
    let with_after = input
        .words()
        .iter()
        .take(10)
        .position(|w| *w == "with")
        .is_some_and(|k| s.named.iter().any(|&m| m > here) && k > 0);
    lookaround(input, before >= 2 || (before == 1 && with_after))
}

/// Lookahead: two people named after the window's start ("was signed by X and Y").
fn two_named_after(input: Words<'_>) -> PResult<'_> {
    let s = input.sentence();
    let here = input.first_token().map_or(s.end(), |t| t.start);
    lookaround(input, s.named.iter().filter(|&&m| m >= here).count() >= 2)
}

/// Lookbehind: "A and B", two capitalised words (states or forces, no
/// person named), right before the head or one word before it ("Kuwait
/// and Tunisia yesterday discussed").
fn pair_of_names_before(input: Words<'_>) -> PResult<'_> {
    let s = input.sentence();
    let i = input.position();
    let cap = |k: usize| s.tokens.get(k).is_some_and(|t| t.is_capitalised(s.text));
    // B right before the head or one word ("yesterday") before it.
    let ok = [1, 2].iter().any(|&gap| {
        i >= gap + 2 && cap(i - gap) && s.words[i - gap - 1] == "and" && cap(i - gap - 2)
    });
    lookaround(input, ok)
}

/// Lookbehind at the head: the sentence reports the encounter as done, not
/// "will meet", "is expected to hold talks", "had met ... last year".
fn done(input: Words<'_>) -> PResult<'_> {
    holds(|words, i| {
        !not_done(words, i)
            && !background(words, i)
            && !(i.saturating_sub(3)..i)
                .any(|k| TAKING_PART.contains(&words[k]) && not_done(words, k))
    })(input)
}

/// The clause of word `i` dates it long before the story: "who met in Oslo
/// last year", "met him two years ago", "had first met in the past".
fn background(words: &[&str], i: usize) -> bool {
    let clause = words[i..]
        .iter()
        .take(12)
        .take_while(|w| !matches!(**w, "," | ";" | "and"));
    let clause: Vec<&str> = clause.copied().collect();
    // "X, who met Y in 2019, retired": a relative clause dated by a year.
    let dated_relative = i > 0
        && matches!(words[i - 1], "who" | "whom")
        && clause
            .windows(2)
            .any(|p| p[0] == "in" && p[1].len() == 4 && p[1].bytes().all(|b| b.is_ascii_digit()));
    dated_relative
        || clause.windows(2).any(|p| {
            matches!(
                p,
                ["last", "year"] | ["years" | "year", "ago"] | ["the", "past"]
            )
        })
}

/// Word `i` is in the future or the past perfect: "will meet", "is expected
/// to hold talks", "had met ... last year".
fn not_done(words: &[&str], i: usize) -> bool {
    // "with a stop in Abuja to meet with ..." is a purpose, not a plan: "to"
    // alone does not say the meeting is still ahead; "is expected to",
    // "plans to" do ("Director of Plans X met" does not).
    let prev = if i > 0 { words[i - 1] } else { "" };
    let window = |set: &[&str], n: usize| (1..=n).any(|k| i >= k && set.contains(&words[i - k]));
    // "to be received by": only ever ahead ("is scheduled to be received").
    matches!(prev, "will" | "would" | "shall" | "could" | "may" | "be")
        || (prev == "had" && !recent_day_after(words, i))
        // "will also pay a call on"
        || window(&["will", "would", "shall"], 4)
        // "will arrive in Suva tomorrow for a visit and meet with": a verb
        // in its base form shares the modal of the clause before "and".
        || (BASE_FORMS.contains(&words[i]) && window(&["will", "would", "shall"], i))
        || (prev == "to"
            && window(
                &[
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
                "prepares",
                "preparing",
                "slated",
                "poised",
                ],
                3,
            ))
        // "X is to hold talks with Y".
        || (prev == "to" && i >= 2 && matches!(words[i - 2], "is" | "are"))
}

/// "had received last Tuesday (March 5) X", "had met him on Tuesday": a
/// day of this story's week after a past perfect tells a meeting that took place.
fn recent_day_after(words: &[&str], i: usize) -> bool {
    const DAYS: &[&str] = &[
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "yesterday",
    ];
    words[i + 1..].iter().take(4).any(|w| DAYS.contains(w))
}

/// Meeting verbs in their base form: after "and" they take the tense of the
/// verb before ("will arrive ... and meet").
const BASE_FORMS: &[&str] = &[
    "meet", "hold", "discuss", "visit", "call", "pay", "receive", "host", "sign", "sit", "talk",
    "exchange", "confer", "co-chair",
];

/// "held talks with X", "had a meeting", "talks were held": the meeting noun
/// at the head with a taking-part verb at most four words before it, or a
/// passive participle after it. With someone ("with", "between"), a new
/// encounter; else taking part ("attended the meeting of ministers").
fn noun_frame(input: Words<'_>) -> PResult<'_, Signal> {
    let words = input.sentence().words;
    let i = input.position();
    let lo = i.saturating_sub(4);
    let hi = (i + 4).min(words.len());
    let verb = (lo..hi)
        .find(|&k| TAKING_PART.contains(&words[k]))
        .filter(|&k| {
            k < i
                || matches!(
                    words[k],
                    "held" | "chaired" | "co-chaired" | "attended" | "conducted"
                )
        });
    lookaround(input, verb.is_some_and(|k| !not_done(words, k)))?;
    let (rest, _) = any_word(input)?;
    let with_someone = peek(one_of(&["with", "between"])).parse(rest).is_ok();
    // "The meeting was also attended by Z": more people at the meeting told.
    let the_meeting_attended = verb.is_some_and(|k| k > i && words[k] == "attended")
        && i > 0
        && matches!(words[i - 1], "the" | "this" | "that");
    // "Z attended both meetings".
    let both_attended = verb.is_some_and(|k| k < i && words[k] == "attended")
        && i > 0
        && matches!(words[i - 1], "both" | "two");
    let signal = if with_someone {
        Signal::Trigger
    } else if both_attended {
        Signal::AttendedBoth
    } else if the_meeting_attended {
        Signal::Attended
    } else {
        Signal::Participation
    };
    Ok((rest, signal))
}

/// Lookahead: the next words ("with", "the" and one modifier skipped) name
/// troops or the press, not a counterpart: "met soldiers", "interacted
/// with the young officers", "met with reporters".
fn troops(input: Words<'_>) -> PResult<'_> {
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
        "reporters",
        "journalists",
        "media",
        "press",
        "residents",
    ];
    holds(|words, i| {
        words
            .iter()
            .skip(i)
            .skip_while(|w| matches!(**w, "with" | "the" | "a" | "an"))
            .take(2)
            .any(|w| TROOPS.contains(w))
    })(input)
}

/// A verb or noun of coming or going before word `i`: "came to Dakar to
/// meet with", "travelled to Abuja to meet", "with a stop in Abuja to meet".
fn came_before(words: &[&str], i: usize) -> bool {
    const COMING: &[&str] = &[
        "came",
        "comes",
        "arrived",
        "arrives",
        "travelled",
        "traveled",
        "flew",
        "went",
        "visited",
        "visiting",
        "stopped",
        "was",
        "were",
        "is",
        "stop",
        "visit",
        "trip",
        "tour",
    ];
    words[..i].iter().any(|w| COMING.contains(w))
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
