//! Year-range statistics: a count tied to a year or a range of years in the same clause.
//!
//! Per sentence: find year expressions and cardinals (grammar), drop those that
//! are not statistics (dates, percentages, ordinals, compounds such as
//! "20-nation", years inside names such as "PANAMAX 2018", open years such as
//! "since 2014"), pair each count with a year of its clause, and read the
//! counted noun phrase after it, falling back to the previous metric for
//! anaphors ("their number reached 100").

use nom::Parser as _;
use std::sync::LazyLock;

use super::Article;
use crate::grammar::numbers::{cardinal, Cardinal};
use crate::grammar::years::{repair_start, year_expr, RepairOutcome, YearExpr, YearForm};
use crate::lexicon::numbers::{DESIGNATOR_NOUNS, RATE_UNITS, RATE_WORDS};
use crate::lexicon::{months, ClassTable, FirstBytes, WordClass, WordSet, CLAUSE_WORDS};
use crate::model::{Diagnostic, DiagnosticKind, Report, Span, YearRange, YearRangeStat};
use crate::text::{has_digit, has_three_digits, sub, Token, TokenKind};

/// At most this many statistics per article; the rest of the text is not searched.
const MAX_STATS: usize = 1_000;

/// Words before a year that make it open or not a time anchor.
const OPEN_BEFORE: &[&str] = &[
    "since", "until", "till", "through", "before", "after", "of", "until", "as", "from",
];

/// Words before a year that leave the range open at one end ("from 2021" without
/// an end: "from 2021, the UK will spend ...").
const OPEN_RANGE: &[&str] = &["since", "until", "till", "through", "from"];

/// Words after a number that make it a measure of time, a ratio or a rank, not a count.
const NOT_COUNTED_AFTER: &[&str] = &[
    "years",
    "year",
    "months",
    "month",
    "weeks",
    "week",
    "days",
    "day",
    "hours",
    "times",
    "fold",
    "percent",
    "per",
    "%",
    "th",
    "st",
    "nd",
    "rd",
    "o'clock",
    "am",
    "pm",
    "of",
    "another",
    "other's",
    "km",
    "kilometres",
    "kilometers",
    "kilometre",
    "kilometer",
    "miles",
    "mile",
    "metres",
    "meters",
    "metre",
    "meter",
    "m",
    "cm",
    "mm",
    "kg",
    "kilograms",
    "tonnes",
    "tons",
    "tonne",
    "ton",
    "hectares",
    "nautical",
    "sq",
    "square",
    "feet",
    "foot",
    "ft",
    "knots",
    "degrees",
    "mph",
    "points",
    // A web page's counters: "1,234 views", "5 comments".
    "views",
    "comments",
    "likes",
    "shares",
    "reads",
    "followers",
    "subscribers",
    // Clock times: "at 0900 hrs", "1100 GMT".
    "hrs",
    "hr",
    "gmt",
    "utc",
    "ist",
    "pkt",
    "local",
];

/// Words that end a metric noun phrase.
const METRIC_STOP: &[&str] = &[
    "a",
    "an",
    "the",
    "and",
    "or",
    "but",
    "were",
    "was",
    "is",
    "are",
    "be",
    "been",
    "have",
    "has",
    "had",
    "will",
    "would",
    "could",
    "should",
    "may",
    "can",
    "took",
    "take",
    "taking",
    "in",
    "at",
    "on",
    "to",
    "for",
    "with",
    "by",
    "from",
    "of",
    "into",
    "during",
    "under",
    "over",
    "than",
    "that",
    "which",
    "who",
    "whom",
    "whose",
    "as",
    "per",
    "including",
    "compared",
    "while",
    "when",
    "where",
    "this",
    "these",
    "those",
    "its",
    "their",
    "his",
    "her",
    "it",
    "they",
    "he",
    "she",
    "we",
    "participated",
    "participate",
    "participating",
    "took",
    "between",
    "among",
    "since",
    "until",
    "each",
    "more",
    "some",
    "about",
    "such",
    // Verbs without "-ed": "the number of cadets rose to 250".
    "rose",
    "rises",
    "fell",
    "falls",
    "grew",
    "grows",
    "stood",
    "stands",
    "won",
    "sold",
    "bought",
    "spent",
    "sent",
    "got",
    "gave",
    "made",
    "paid",
    "hit",
    "reach",
    "reaches",
    "totals",
    "remain",
    "remains",
    "worth",
    "totaling",
    "totalling",
    "amounting",
    "costing",
    "together",
    "annually",
    "yearly",
    "last",
    "next",
    "aged",
    "versus",
    "vs",
    "against",
    "respectively",
    // A pro-verb: "500 officers graduated; in 2020, 450 did".
    "did",
    "do",
    "does",
];

/// [`METRIC_STOP`] as a set: one lookup per word of a metric.
static METRIC_STOPS: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(METRIC_STOP));

/// Adverbs that keep a participle in the metric: "officers trained abroad".
const PLACE_ADVERBS: &[&str] = &[
    "abroad",
    "overseas",
    "domestically",
    "locally",
    "nationwide",
];

/// Words a metric may not start with: the number is then not a count of things.
const METRIC_BAD_START: &[&str] = &["of", "times", "percent", "per", "%"];

/// A year or range found in a sentence.
#[derive(Debug, Clone)]
struct YearMention {
    start: usize,
    end: usize,
    expr: YearExpr,
    /// The year may anchor a count: not open, not part of a name.
    anchor: bool,
    /// An open range ("since 2015", "by 2030"): counts after it are not tied to a year.
    open: bool,
    clause: usize,
}

/// A count found in a sentence.
#[derive(Debug, Clone)]
struct Count {
    start: usize,
    end: usize,
    value: f64,
    money: bool,
    metric: Option<String>,
    clause: usize,
    /// Written as "from N to M": (is the first, partner index).
    from_to: Option<(bool, usize)>,
    /// A year fixed by a respective reading, with the span of its range.
    forced: Option<(YearRange, (usize, usize))>,
    /// Written after "to": "from $100bn in 2018 to $89bn the following year".
    after_to: bool,
    /// Dated by a relative year ("12,200 took part this year, up from 8,900 in
    /// 2022"): no record, but its metric stands for the counts compared with it.
    relative: bool,
    /// In a clause opened by "while"/"whereas": the clause before it lends its year.
    contrast: bool,
}

pub(crate) fn extract(article: &Article, out: &mut Report) {
    let text = article.text();
    // A statistic needs a year, and a year a digit: without one, nothing to read.
    if !has_digit(text.as_bytes()) {
        return;
    }
    let mut last_metric: Option<String> = None;
    let mut seen: Vec<(u64, YearRange)> = Vec::new();
    // A sentence's years and counts, in vectors reused from sentence to sentence.
    let (mut years, mut counts) = (Vec::new(), Vec::new());
    // A figure on a line of its own, which the next line defines.
    let mut figure: Option<Count> = None;
    for (si, s) in article.sentences().iter().enumerate() {
        if out.statistics.len() >= MAX_STATS {
            out.diagnostics.push(Diagnostic::new(
                DiagnosticKind::WorkLimit,
                format!("more than {MAX_STATS} statistics; the rest of the text was not searched"),
                Span::new(s.start, s.end),
            ));
            return;
        }
        let end = article.read_end(s);
        let sentence = sub(text, s.start, end);
        let tokens = article.tokens(si);
        let defined = figure.take();
        // Prefilter: a statistic needs a year, so three digits in a row at least.
        if !has_three_digits(sentence.as_bytes())
            && !has_letter_o_year(sentence.as_bytes())
            && !has_short_fiscal(sentence.as_bytes())
        {
            figure = lone_figure(text, tokens, &mut years, &mut counts);
            continue;
        }
        scan(text, tokens, &mut years, &mut counts, &mut out.diagnostics);
        if let Some(f) = defined {
            if let Some((metric, range)) = definition(text, tokens, &years) {
                let span = Span::new(f.start, end);
                push_stat(out, &mut seen, f.value, metric, range, span);
            }
        }
        lend_metrics(text, tokens, &mut counts, &mut last_metric);
        for c in counts.iter().filter(|c| !c.relative) {
            let Some((range, ys, ye)) = pick_year(text, c, &counts, &years) else {
                continue;
            };
            let Some(metric) = c.metric.clone() else {
                continue;
            };
            let span = Span::new(c.start.min(ys), c.end.max(ye));
            push_stat(out, &mut seen, c.value, metric, range, span);
        }
        figure = lone_figure(text, tokens, &mut years, &mut counts);
    }
}

/// Adds a statistic unless the same value and years were recorded already
/// (a figure repeated in the headline and the body is one record).
fn push_stat(
    out: &mut Report,
    seen: &mut Vec<(u64, YearRange)>,
    value: f64,
    metric: String,
    years: YearRange,
    span: Span,
) {
    let key = (value.to_bits(), years);
    if seen.contains(&key) {
        return;
    }
    seen.push(key);
    out.statistics.push(YearRangeStat {
        value,
        metric,
        years,
        span,
    });
}

/// Gives a count without a metric of its own the one it refers back to: a
/// bare count takes the metric of an earlier sentence only when its own
/// refers back ("The figure rose to 45"): "In 2019, the commander, 45,
/// retired" gives the age no earlier metric.
fn lend_metrics(text: &str, tokens: &[Token], counts: &mut [Count], last: &mut Option<String>) {
    let mut metric_here = false;
    for c in counts.iter_mut() {
        match &c.metric {
            Some(m) => {
                *last = Some(m.clone());
                metric_here = true;
            }
            None if c.money => c.metric = Some(last.clone().unwrap_or_else(|| "amount".into())),
            None if metric_here
                || refers_back(text, tokens, c.start)
                || subject_count(text, tokens, c.end) =>
            {
                c.metric = last.clone()
            }
            None => {}
        }
    }
}

/// A fact sheet's figure: a line that is one count and nothing else ("$13
/// billion", "19,940"), whose next line says what it counts.
fn lone_figure(
    text: &str,
    tokens: &[Token],
    years: &mut Vec<YearMention>,
    counts: &mut Vec<Count>,
) -> Option<Count> {
    let (first, last) = (tokens.first()?, tokens.last()?);
    if tokens.len() > 4 {
        return None;
    }
    let line = sub(text, first.start, last.end);
    // A line break before and after: not a number inside a running sentence.
    let own_line = text[..first.start]
        .trim_end_matches([' ', '\t'])
        .ends_with('\n')
        && text[last.end..]
            .trim_start_matches([' ', '\t'])
            .starts_with('\n');
    if !own_line || line.contains(['%', '\n']) {
        return None;
    }
    scan(text, tokens, years, counts, &mut Vec::new());
    let [c] = counts.as_slice() else {
        return None;
    };
    (years.is_empty() && c.start == first.start && c.end == last.end).then(|| c.clone())
}

/// The line after a lone figure, as its definition: "The total value of
/// drones sold to X from FY 2011 to FY 2016, a record" gives the
/// metric (its noun phrase, "The number of" dropped) and the first year of
/// its first clause; an open range ("since November 2013") gives none.
fn definition(text: &str, tokens: &[Token], years: &[YearMention]) -> Option<(String, YearRange)> {
    let first = tokens.first()?;
    if !["the", "a", "an"]
        .iter()
        .any(|d| d.eq_ignore_ascii_case(first.text(text)))
    {
        return None;
    }
    let y = years.iter().find(|y| y.clause == 0)?;
    if y.open || !y.anchor {
        return None;
    }
    let mut k = 1;
    if tokens.len() > 3
        && ["number", "amount"]
            .iter()
            .any(|w| w.eq_ignore_ascii_case(tokens[1].text(text)))
        && tokens[2].text(text).eq_ignore_ascii_case("of")
    {
        k = 3;
    }
    let end = definition_end(text, tokens, k, y.start);
    (end > k).then(|| {
        let metric = sub(text, tokens[k].start, tokens[end - 1].end);
        (metric.to_string(), y.expr.range)
    })
}

/// Where a definition's noun phrase ends: before the phrase that dates it
/// ("from FY 2009", "in 2015"), a comma, or a clause with a subject of its
/// own ("missiles the ministry ordered").
fn definition_end(text: &str, tokens: &[Token], k: usize, year_start: usize) -> usize {
    let mut end = k;
    while end < tokens.len() && end - k < MAX_DEFINITION_WORDS {
        let t = tokens[end];
        let w = t.text(text);
        let dates = ["from", "in", "during", "between", "for", "since", "through"]
            .iter()
            .any(|p| p.eq_ignore_ascii_case(w))
            && tokens[end..]
                .iter()
                .take(4)
                .any(|n| n.start >= year_start && n.start < year_start + 1);
        // A determiner opens a clause's subject, unless a preposition governs it.
        let subject = end > k
            && ["the", "a", "an"].iter().any(|d| d.eq_ignore_ascii_case(w))
            && !DEFINITION_PREPOSITIONS
                .contains(&tokens[end - 1].text(text).to_ascii_lowercase().as_str());
        if dates || subject || t.start >= year_start || t.is_punct(text, ',') {
            break;
        }
        end += 1;
    }
    end
}

/// Prepositions inside a definition's noun phrase: "delivered to the
/// Gulf states", "support for the navy".
const DEFINITION_PREPOSITIONS: &[&str] = &[
    "to", "for", "of", "in", "on", "by", "with", "from", "at", "across", "within", "among",
];

/// Longest definition of a fact sheet's figure, in tokens.
const MAX_DEFINITION_WORDS: usize = 24;

/// Words before a bare count that refer back to an earlier metric: "the
/// figure rose to 45", "their number reached 100", "it was 30 in 2019".
const ANAPHORS: &[&str] = &[
    "number",
    "numbers",
    "figure",
    "figures",
    "total",
    "tally",
    "count",
    "amount",
    "sum",
    "it",
    "they",
    "their",
    "them",
    "respectively",
    "same",
];

/// A bare count is the subject of a verb right after it: "In 2020, 45 took
/// part", "120 were trained" (the earlier metric is meant).
fn subject_count(text: &str, tokens: &[Token], end: usize) -> bool {
    let k = tokens.partition_point(|t| t.start < end);
    tokens.get(k).is_some_and(|t| {
        [
            "were",
            "was",
            "are",
            "is",
            "have",
            "had",
            "took",
            "participated",
            "joined",
            "attended",
            "arrived",
            "graduated",
            "served",
            "received",
        ]
        .iter()
        .any(|v| v.eq_ignore_ascii_case(t.text(text)))
    })
}

/// Some word of the sentence before byte `at` refers back ([`ANAPHORS`]).
fn refers_back(text: &str, tokens: &[Token], at: usize) -> bool {
    tokens.iter().take_while(|t| t.end <= at).any(|t| {
        ANAPHORS
            .iter()
            .any(|a| a.eq_ignore_ascii_case(t.text(text)))
    })
}

/// The year a count is tied to, as (range, span start, span end): a respective
/// reading, else the first anchor year after it in its clause, else the nearest
/// one before it.
fn pick_year(
    text: &str,
    c: &Count,
    counts: &[Count],
    years: &[YearMention],
) -> Option<(YearRange, usize, usize)> {
    if let Some((range, (s, e))) = c.forced {
        return Some((range, s, e));
    }
    let after = year_after(text, c, years);
    if let Some((false, _)) = c.from_to {
        // "from Sh2.5 billion to Ksh1.5 billion, compared to 2011": the year is the first value's.
        return after.map(|y| (y.expr.range, y.start, y.end));
    }
    let before = year_before(text, c, counts, years, after.is_none());
    // "In 2023 they held 19 exercises, compared with 12 in 2019": a year after
    // another count belongs to that count when this one has a year before it.
    let other_between =
        after.is_some_and(|y| counts.iter().any(|o| o.start > c.end && o.end <= y.start));
    let target = after.is_some_and(|y| target_of_later(text, c, counts, y));
    let heads_other = after.is_some_and(|y| heads_other_count(text, c, counts, years, y));
    let pick = if (other_between || heads_other) && before.is_some() {
        before
    } else if other_between && target {
        None
    } else {
        after.or(before)
    };
    pick.or_else(|| contrast_year(text, c, years))
        .map(|y| (y.expr.range, y.start, y.end))
}

/// The first anchor year after count `c` in its clause, unless a relative
/// clause stands between them.
fn year_after<'y>(text: &str, c: &Count, years: &'y [YearMention]) -> Option<&'y YearMention> {
    // "Minsk, which hosted the drills with 12,800 troops, will host the summit
    // in 2024": a count inside a relative clause keeps out of the years outside it.
    let relative = relative_clause_of(text, c.start);
    years
        .iter()
        .find(|y| y.anchor && y.clause == c.clause && y.start >= c.end)
        .filter(|y| relative.is_none() || !sub(text, c.end, y.start).contains(','))
        // "45 officers, who trained in 2018, returned": a year in a relative
        // clause on the counted noun dates the clause.
        .filter(|y| {
            let between = sub(text, c.end, y.start);
            !["which", "who", "whose"].iter().any(|r| {
                between.contains(&format!(", {r} ")) || between.contains(&format!(",{r} "))
            })
        })
}

/// The nearest anchor year before count `c` in its clause that still dates it
/// (`no_after`: the clause has no year after the count).
fn year_before<'y>(
    text: &str,
    c: &Count,
    counts: &[Count],
    years: &'y [YearMention],
    no_after: bool,
) -> Option<&'y YearMention> {
    // "in 2022 ... $288 million, and since 2015 ... $1.2 billion": an open range
    // between a year and a count takes the count away from that year.
    let before = years
        .iter()
        .rev()
        .take_while(|y| !(y.open && y.clause == c.clause && y.end <= c.start))
        .find(|y| y.anchor && y.clause == c.clause && y.end <= c.start);
    // "from $100bn in 2018 to around $89bn the following year": the year
    // written right after the first amount is that amount's, not the second's.
    let owned = |y: &YearMention| {
        counts.iter().any(|o| {
            o.end <= y.start
                && o.start != c.start
                && ["in", "for", "during"]
                    .iter()
                    .any(|w| sub(text, o.end, y.start).trim().eq_ignore_ascii_case(w))
        })
    };
    before
        .filter(|y| !(c.after_to && no_after && owned(y)))
        // "The operation, which began in 2014, has killed 3,000 militants": a
        // beginning, then a total up to now.
        .filter(|y| !(began_in(text, y.start) && perfect_between(text, y.end, c.start)))
        // "Kazakhstan, which joined the alliance in 1994, sent 300 troops": a year
        // inside a relative clause that closed before the count ("The exercise,
        // which was held in 2019, involved 3,000 troops" dates its event).
        .filter(|y| !in_closed_relative(text, y, c))
        // "had 1,000 projects in 2002 and now has 62 companies": "now" moves the
        // count out of the earlier year.
        .filter(|y| !has_word(sub(text, y.end, c.start), NOW_WORDS))
}

/// Some word of `stretch` is one of `words`.
fn has_word(stretch: &str, words: &[&str]) -> bool {
    stretch
        .split(|ch: char| !ch.is_alphanumeric())
        .any(|w| words.iter().any(|n| n.eq_ignore_ascii_case(w)))
}

/// "The navy has 25,000 personnel and plans to grow to 30,000 by 2025": a
/// target year `y` set after count `c` is the later count's, not this one's
/// ("set the target of X worth N and Y worth M by 2025" dates both).
fn target_of_later(text: &str, c: &Count, counts: &[Count], y: &YearMention) -> bool {
    tokens_before(text, y.start).eq_ignore_ascii_case("by")
        && counts.iter().any(|o| {
            o.start > c.end
                && o.end <= y.start
                && sub(text, c.end, o.start)
                    .split_whitespace()
                    .any(|w| TARGET_VERBS.iter().any(|t| t.eq_ignore_ascii_case(w)))
        })
}

/// "In 2005 there were 40 shipyards, by 2020 the figure topped 300": year `y`
/// past a comma that opens another count's phrase is that count's ("$3
/// million in 2019, $5 million in 2020 and $6 million in 2021" keeps each).
fn heads_other_count(
    text: &str,
    c: &Count,
    counts: &[Count],
    years: &[YearMention],
    y: &YearMention,
) -> bool {
    sub(text, c.end, y.start).contains(',')
        && counts.iter().any(|o| {
            o.start >= y.end
                && o.clause == y.clause
                && sub(text, y.end, o.start).split_whitespace().count() <= 6
                && !years.iter().any(|z| z.start >= y.end && z.end <= o.start)
        })
}

/// "In 2016 the Treasury allocated $124m for X while $140m was given to Y":
/// a contrast clause without a year of its own shares the year before it
/// ("while this year's edition involves 3,500", "while it now has 120" have
/// a time of their own).
fn contrast_year<'y>(text: &str, c: &Count, years: &'y [YearMention]) -> Option<&'y YearMention> {
    if !c.contrast {
        return None;
    }
    years
        .iter()
        .rev()
        .find(|y| y.anchor && !y.open && y.clause + 1 == c.clause && y.end <= c.start)
        .filter(|y| {
            let stretch = sub(text, y.end, c.start);
            !has_word(stretch, NOW_WORDS)
                && !has_word(
                    stretch,
                    &["this", "next", "last", "previous", "current", "coming"],
                )
        })
}

/// The relative clause (", which/who ...") holding byte `at` in its sentence:
/// its opening comma. ("the plan for 2018, which includes more than 20
/// actions" still dates the count: only years after the clause are kept out.)
fn relative_clause_of(text: &str, at: usize) -> Option<usize> {
    let mut lo = at.saturating_sub(200);
    while lo > 0 && !text.is_char_boundary(lo) {
        lo -= 1;
    }
    let head = sub(text, lo, at);
    let comma = head.rfind([',', '.', ';', '!', '?', '\n'])?;
    if !head[comma..].starts_with(',') {
        return None;
    }
    let mut words = head[comma + 1..].split_whitespace();
    let opener = words.next()?;
    if !["which", "who", "whose"]
        .iter()
        .any(|r| r.eq_ignore_ascii_case(opener))
    {
        return None;
    }
    Some(lo + comma)
}

/// Year `y` sits in ", which/who ... ," that closes before count `c`, and
/// the relative clause does not hold an event ("which was held in 2019").
fn in_closed_relative(text: &str, y: &YearMention, c: &Count) -> bool {
    if !sub(text, y.end, c.start).contains(',') {
        return false;
    }
    // The stretch after the last comma before the year, within 200 bytes.
    let mut lo = y.start.saturating_sub(200);
    while lo > 0 && !text.is_char_boundary(lo) {
        lo -= 1;
    }
    let head = sub(text, lo, y.start);
    // The last comma of this sentence: a full stop or a line break after it
    // starts another.
    let Some(comma) = head.rfind([',', '.', ';', '!', '?', '\n']) else {
        return false;
    };
    if !head[comma..].starts_with(',') {
        return false;
    }
    let clause = &head[comma + 1..];
    let relative = clause.split_whitespace().next().is_some_and(|w| {
        ["which", "who", "whose"]
            .iter()
            .any(|r| r.eq_ignore_ascii_case(w))
    });
    let event = clause.contains("took place")
        || clause.split_whitespace().any(|w| {
            [
                "held",
                "conducted",
                "staged",
                "organised",
                "organized",
                "ran",
            ]
            .iter()
            .any(|e| e.eq_ignore_ascii_case(w))
        });
    relative && !event
}

/// "began in" / "started in" / "launched in" right before byte `at`.
fn began_in(text: &str, at: usize) -> bool {
    let head = text.get(..at).unwrap_or("").trim_end();
    let Some(head) = head.strip_suffix("in").or_else(|| head.strip_suffix("In")) else {
        return false;
    };
    let verb = tokens_before(text, head.len());
    ["began", "begun", "started", "commenced", "launched"]
        .iter()
        .any(|v| v.eq_ignore_ascii_case(verb))
}

/// A present perfect ("has killed", "have been trained") between two bytes.
fn perfect_between(text: &str, from: usize, to: usize) -> bool {
    sub(text, from, to)
        .split(|ch: char| !ch.is_alphanumeric())
        .any(|w| w.eq_ignore_ascii_case("has") || w.eq_ignore_ascii_case("have"))
}

/// Adverbs of the present: a count after one is not an earlier year's.
const NOW_WORDS: &[&str] = &["now", "currently", "today", "presently", "nowadays"];

/// Verbs that set a target after a present count: "has 25,000 and plans to reach 30,000 by 2025".
const TARGET_VERBS: &[&str] = &[
    "plans", "plan", "aims", "aim", "intends", "seeks", "expects", "hopes", "wants", "targets",
];

/// The word right before byte `at` ("by" in "by 2025").
fn tokens_before(text: &str, at: usize) -> &str {
    let head = text.get(..at).unwrap_or("").trim_end();
    let start = head
        .char_indices()
        .rev()
        .find(|(_, c)| !c.is_alphanumeric())
        .map_or(0, |(p, c)| p + c.len_utf8());
    &head[start..]
}

/// Where the scan of a sentence stands: the clause it is in, and whether the
/// clause is a contrast ("while ...") or an open "since" phrase.
#[derive(Clone, Copy, Default)]
struct ScanState {
    clause: usize,
    /// "In 2016 X got $5m while Y got $3m": the clause began with "while".
    contrast: bool,
    /// "Since its dispatch of two observers in 2002, Mongolia has sent 21,000
    /// troops": a year in a phrase opened by "since" leaves later counts open.
    since: bool,
}

/// Finds the years and counts in a sentence's tokens (in place of what
/// `years` and `counts` held) and appends what it repairs to `diags`.
fn scan(
    text: &str,
    tokens: &[Token],
    years: &mut Vec<YearMention>,
    counts: &mut Vec<Count>,
    diags: &mut Vec<Diagnostic>,
) {
    years.clear();
    counts.clear();
    let mut st = ScanState::default();
    let mut i = 0;
    while i < tokens.len() {
        let t = tokens[i];
        let word = t.text(text);
        if t.is_punct(text, ',') || t.is_punct(text, '.') {
            st.since = false;
        } else if word.eq_ignore_ascii_case("since") {
            st.since = true;
        }
        // The word lists below, for this word, in one lookup.
        let class = match t.kind {
            TokenKind::Word => WORD_CLASSES.mask(word),
            _ => 0,
        };
        if is_clause_break(text, tokens, i, class) {
            st.since = false;
            st.contrast = ["while", "whereas"]
                .iter()
                .any(|w| w.eq_ignore_ascii_case(word));
            st.clause += 1;
            i += 1;
            continue;
        }
        let next = read_letter_o_year(text, tokens, i, st, years, diags)
            .or_else(|| read_year(text, tokens, i, class, st, years, diags))
            .or_else(|| {
                // "201-2015": a typo with several readings, which year_expr leaves alone.
                (t.kind == TokenKind::Number && word.len() == 3)
                    .then(|| unreadable_range(text, tokens, i))
                    .flatten()
                    .map(|d| {
                        diags.push(d);
                        i + 3
                    })
            })
            .or_else(|| read_count(text, tokens, i, class, st, counts));
        i = next.unwrap_or(i + 1);
    }
    finish_counts(text, tokens, years, counts);
}

/// The sentence from `tokens[i]` on, for the parsers.
fn rest_from<'t>(text: &'t str, tokens: &[Token], i: usize) -> &'t str {
    let t = tokens[i];
    text.get(t.start..tokens.last().map_or(t.end, |l| l.end))
        .unwrap_or("")
}

/// "2O17": a year typed with the letter O, plainly a year; read and
/// reported. The index after it, when `tokens[i]` is one.
fn read_letter_o_year(
    text: &str,
    tokens: &[Token],
    i: usize,
    st: ScanState,
    years: &mut Vec<YearMention>,
    diags: &mut Vec<Diagnostic>,
) -> Option<usize> {
    let t = tokens[i];
    let word = t.text(text);
    let year = letter_o_year(word)?;
    diags.push(Diagnostic::new(
        DiagnosticKind::RepairedYear,
        format!("read '{word}' as {year}"),
        Span::new(t.start, t.end),
    ));
    // "2O21-2022": the repaired year starts a range.
    let range_end = (tokens
        .get(i + 1)
        .is_some_and(|d| d.is_punct(text, '-') || d.is_punct(text, '\u{2013}')))
    .then(|| tokens.get(i + 2))
    .flatten()
    .and_then(|e| {
        let ew = e.text(text);
        let y: i32 = match ew.len() {
            4 => ew.parse().ok()?,
            2 => year - year.rem_euclid(100) + ew.parse::<i32>().ok()?,
            _ => return None,
        };
        (y > year && y - year <= 10).then_some((y, e.end))
    });
    let (range, end, next) = match range_end {
        Some((y, end)) => (
            YearRange::new(year, y).unwrap_or(YearRange::single(year)),
            end,
            i + 3,
        ),
        None => (YearRange::single(year), t.end, i + 1),
    };
    years.push(YearMention {
        start: t.start,
        end,
        expr: YearExpr {
            range,
            repaired: None,
            ambiguous: None,
            form: YearForm::Single,
        },
        anchor: is_anchor(text, tokens, i, next),
        open: false,
        clause: st.clause,
    });
    Some(next)
}

/// Years and ranges: "2003-2004", "from 2003 to 2004", "208-2009". The index
/// after the year expression at `tokens[i]`, when there is one.
fn read_year(
    text: &str,
    tokens: &[Token],
    i: usize,
    class: u32,
    st: ScanState,
    years: &mut Vec<YearMention>,
    diags: &mut Vec<Diagnostic>,
) -> Option<usize> {
    let t = tokens[i];
    if !(t.kind == TokenKind::Number || starts_year_word(t.text(text), class)) {
        return None;
    }
    let rest = rest_from(text, tokens, i);
    let (after, expr) = year_expr.parse(rest).ok()?;
    let end = t.start + (rest.len() - after.len());
    let j = next_token_at(tokens, i, end);
    if let Some(rep) = &expr.repaired {
        diags.push(Diagnostic::new(
            DiagnosticKind::RepairedYear,
            format!(
                "read '{}' as {} in the range ending {}",
                rep.written,
                rep.read_as,
                expr.range.end()
            ),
            Span::new(t.start, end),
        ));
    }
    if let Some(amb) = &expr.ambiguous {
        diags.push(Diagnostic::new(
            DiagnosticKind::AmbiguousYear,
            format!(
                "'{}' could be any of {:?}; left unrepaired",
                amb.written, amb.candidates
            ),
            Span::new(t.start, end),
        ));
    } else {
        let anchor = is_anchor(text, tokens, i, j);
        let open = st.since
            || (i > 0
                && OPEN_RANGE
                    .iter()
                    .any(|o| o.eq_ignore_ascii_case(tokens[i - 1].text(text))));
        years.push(YearMention {
            start: t.start,
            end,
            expr,
            anchor,
            open,
            clause: st.clause,
        });
    }
    Some(j)
}

/// A cardinal at `tokens[i]`, kept as a count when it is one. The index
/// after the number, when one starts here.
fn read_count(
    text: &str,
    tokens: &[Token],
    i: usize,
    class: u32,
    st: ScanState,
    counts: &mut Vec<Count>,
) -> Option<usize> {
    let t = tokens[i];
    let word = t.text(text);
    let rest = rest_from(text, tokens, i);
    // "US$3.4 billion" split as "US" and "$3.4": the prefix starts at the word.
    let glued_prefix = t.kind == TokenKind::Word
        && tokens.get(i + 1).is_some_and(|n| n.start == t.end)
        && crate::lexicon::numbers::CURRENCY_PREFIXES
            .iter()
            .any(|(p, _)| p.len() > word.len() && p.starts_with(word) && rest.starts_with(p));
    if !(could_start_number(word, class) || glued_prefix) {
        return None;
    }
    let (after, card) = cardinal.parse(rest).ok()?;
    let end = t.start + (rest.len() - after.len());
    let j = next_token_at(tokens, i, end);
    // "an increase of 8% over 2019", "drills over 2018-2019": a
    // hedge before a year, not before a count ("over 2000 troops" is one).
    if card.qualifier.is_some() && is_year_after_hedge(text, tokens, j, &card) {
        return Some(i + 1);
    }
    // The number must end where a token ends: "five-year" is one word, not "five".
    let whole = tokens[j - 1].end == end;
    if whole && is_count(text, tokens, i, j, &card) && !restated(text, tokens, i, &card, counts) {
        let count = make_count(text, tokens, (i, j, end), &card, st, counts);
        counts.push(count);
    }
    Some(j.max(i + 1))
}

/// The count of `card`, read at tokens `i..j` (ending at byte `end`), with
/// its metric.
fn make_count(
    text: &str,
    tokens: &[Token],
    (i, j, end): (usize, usize, usize),
    card: &Cardinal,
    st: ScanState,
    counts: &[Count],
) -> Count {
    let from_to = from_to_position(text, tokens, i, j);
    let money = card.currency.is_some();
    // "from 1.2 trillion in 2015": an amount with a scale and no
    // currency reads its metric like money.
    let scaled =
        !money && card.value >= 1e6 && tokens[i..j].iter().any(|t| is_scale_word(t.text(text)));
    // "four letters of offer totaling $11 billion": an amount
    // after a count of things in its clause is what they are worth.
    let of_count = counts
        .last()
        .filter(|p| money && !p.money && p.clause == st.clause && p.metric.is_some());
    let metric = metric_after(text, tokens, j, money)
        .or_else(|| counted_before(text, tokens, i))
        .or_else(|| bracketed_count_of(text, tokens, i, j))
        .or_else(|| of_count.and_then(|p| p.metric.clone()))
        .or_else(|| {
            (money || scaled || after_count_verb(text, tokens, i))
                .then(|| given_subject(text, tokens, i).or_else(|| metric_before(text, tokens, i)))
                .flatten()
        })
        .or_else(|| pp_after_antecedent(text, tokens, j, counts.last()));
    Count {
        start: tokens[i].start,
        end,
        value: card.value,
        money: money || scaled,
        metric,
        clause: st.clause,
        from_to,
        forced: None,
        after_to: i > 0 && tokens[i - 1].text(text).eq_ignore_ascii_case("to"),
        relative: relative_year_after(text, tokens, j) || relative_year_before(text, tokens, i),
        contrast: st.contrast,
    }
}

/// Pairs "from N to M", gives a first count its partner's metric, and reads
/// respective lists, periods in brackets and lists of years.
fn finish_counts(text: &str, tokens: &[Token], years: &mut Vec<YearMention>, counts: &mut [Count]) {
    link_from_to(counts);
    // "grew from 40 to 65 ships": the first count is of the second's things.
    for i in 0..counts.len() {
        if let Some((true, p)) = counts[i].from_to {
            if counts[i].metric.is_none() && p < counts.len() {
                counts[i].metric = counts[p].metric.clone();
            }
        }
    }
    respective(years, counts);
    respectively(text, tokens, years, counts);
    periods_in_brackets(text, tokens, years);
    join_year_lists(text, years);
    join_date_ranges(text, years);
}

/// "In the year from July 1, 2021, to June 30, 2022": two
/// dates joined by "to" are one range of years (a single year when both
/// dates fall in it).
fn join_date_ranges(text: &str, years: &mut Vec<YearMention>) {
    let mut k = 1;
    while k < years.len() {
        let (a, b) = (&years[k - 1], &years[k]);
        let joined = a.expr.form == YearForm::Single
            && b.expr.form == YearForm::Single
            && day_and_month_before(text_before(text, a.start))
            && date_to_date(sub(text, a.end, b.start));
        let range = YearRange::new(a.expr.range.start(), b.expr.range.end()).ok();
        match range.filter(|_| joined) {
            Some(range) => {
                let (end, anchor) = (b.end, a.anchor || b.anchor);
                let first = &mut years[k - 1];
                first.end = end;
                first.expr.range = range;
                first.anchor = anchor;
                years.remove(k);
            }
            None => k += 1,
        }
    }
}

/// What lies between two dates' years: ", to September 30,", "through 30
/// June": a range word, then a day and a month in either order.
fn date_to_date(between: &str) -> bool {
    let words: Vec<&str> = between
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let [to, rest @ ..] = words.as_slice() else {
        return false;
    };
    ["to", "through", "until", "till", "-", "\u{2013}"]
        .iter()
        .any(|w| w.eq_ignore_ascii_case(to))
        && day_and_month(rest)
}

/// The words of a date before its year: "October 1", "1 October".
fn day_and_month(words: &[&str]) -> bool {
    let day = |w: &str| {
        let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        (1..=2).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit())
    };
    match words {
        [a, b] => (months::month(a).is_some() && day(b)) || (day(a) && months::month(b).is_some()),
        _ => false,
    }
}

/// A date's day and month end the text before its year ("of October 1,").
fn day_and_month_before(head: &str) -> bool {
    let words: Vec<&str> = head
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .rev()
        .take(2)
        .collect();
    words.len() == 2 && day_and_month(&[words[1], words[0]])
}

/// Up to 40 bytes of text before byte `at`.
fn text_before(text: &str, at: usize) -> &str {
    let mut lo = at.saturating_sub(40);
    while lo > 0 && !text.is_char_boundary(lo) {
        lo -= 1;
    }
    sub(text, lo, at)
}

/// The number ending at `tokens[j - 1]`, after a hedge word ("over"), is a
/// plain four-digit year with no noun after it.
fn is_year_after_hedge(text: &str, tokens: &[Token], j: usize, card: &Cardinal) -> bool {
    let last = tokens[j - 1];
    let w = last.text(text);
    let year_like = card.currency.is_none()
        && !card.percent
        && last.kind == TokenKind::Number
        && w.len() == 4
        && (1900.0..=2099.0).contains(&card.value)
        && card.value.fract() == 0.0;
    let noun_after = tokens.get(j).is_some_and(|n| {
        let nw = n.text(text);
        n.kind == TokenKind::Word
            && nw.starts_with(|c: char| c.is_ascii_lowercase())
            && !METRIC_STOPS.contains(nw)
    });
    year_like && !noun_after
}

/// "the contingent numbered 850", "the force totalled 25,000": a verb that
/// gives its subject's count stands right before the number.
fn after_count_verb(text: &str, tokens: &[Token], i: usize) -> bool {
    let mut k = i;
    // "numbered about 850", "stood at 4,000".
    while k > 0
        && [
            "about", "some", "around", "nearly", "almost", "over", "at", "roughly",
        ]
        .iter()
        .any(|w| w.eq_ignore_ascii_case(tokens[k - 1].text(text)))
    {
        k -= 1;
    }
    k > 0
        && [
            "numbered", "numbers", "number", "totalled", "totaled", "totals", "stood", "stands",
        ]
        .iter()
        .any(|w| w.eq_ignore_ascii_case(tokens[k - 1].text(text)))
}

/// "In 2019, 2020 and 2021, about 6,000 officers": a list of years is one range.
fn join_year_lists(text: &str, years: &mut Vec<YearMention>) {
    let mut k = 1;
    while k < years.len() {
        let (a, b) = (&years[k - 1], &years[k]);
        let between = sub(text, a.end, b.start).trim();
        let joined = matches!(between, "," | ", and" | "and")
            && a.clause == b.clause
            && a.anchor
            && b.anchor
            && matches!(a.expr.form, YearForm::Single | YearForm::And)
            && matches!(b.expr.form, YearForm::Single | YearForm::And);
        let range = YearRange::new(a.expr.range.start(), b.expr.range.end()).ok();
        match range.filter(|_| joined) {
            Some(range) => {
                let end = b.end;
                years[k - 1].end = end;
                years[k - 1].expr.range = range;
                years[k - 1].expr.form = YearForm::And;
                years.remove(k);
            }
            None => k += 1,
        }
    }
}

/// "three memoranda (FYs 2010-2014, 2015-2017, and 2018-2022)": several years in
/// one pair of brackets date the things, not a count of them.
fn periods_in_brackets(text: &str, tokens: &[Token], years: &mut [YearMention]) {
    let mut open = None;
    for t in tokens {
        if t.is_punct(text, '(') {
            open = Some(t.start);
        } else if t.is_punct(text, ')') {
            if let Some(o) = open.take() {
                let inside = |y: &YearMention| y.start > o && y.end <= t.start;
                if years.iter().filter(|y| inside(y)).count() >= 2 {
                    for y in years.iter_mut().filter(|y| inside(y)) {
                        y.anchor = false;
                    }
                }
            }
        }
    }
}

/// "AUD 19.5 million (almost PGK42 million)", "$3.3 million (3 million euros)": the
/// amount before restated in another currency, not a second figure.
fn restated(text: &str, tokens: &[Token], i: usize, card: &Cardinal, counts: &[Count]) -> bool {
    let Some(prev) = counts.last() else {
        return false;
    };
    if card.currency.is_none() || !prev.money || i == 0 || !tokens[i - 1].is_punct(text, '(') {
        return false;
    }
    sub(text, prev.end, tokens[i - 1].start).trim().is_empty()
}

/// "held 10, 12 and 15 drills in 2016, 2017 and 2018 respectively": a list of
/// counts and a list of as many single years, paired in order; the counts
/// before the last take its metric.
fn respectively(text: &str, tokens: &[Token], years: &[YearMention], counts: &mut [Count]) {
    if !tokens
        .iter()
        .any(|t| t.text(text).eq_ignore_ascii_case("respectively"))
    {
        return;
    }
    let linked = |a: usize, b: usize| matches!(sub(text, a, b).trim(), "," | "and" | ", and");
    // The longest run of counts joined by commas and "and".
    let mut best: (usize, usize) = (0, 0);
    let mut start = 0;
    for i in 1..=counts.len() {
        if i == counts.len() || !linked(counts[i - 1].end, counts[i].start) {
            if i - start > best.1 - best.0 {
                best = (start, i);
            }
            start = i;
        }
    }
    let run = best.0..best.1;
    // Single years, and both of "2017 and 2018".
    let mut singles: Vec<(i32, usize, usize)> = Vec::new();
    for y in years.iter().filter(|y| y.anchor) {
        match y.expr.form {
            YearForm::Single => singles.push((y.expr.range.start(), y.start, y.end)),
            YearForm::And if y.expr.range.len() > 1 => {
                singles.push((y.expr.range.start(), y.start, y.end));
                singles.push((y.expr.range.end(), y.start, y.end));
            }
            _ => {}
        }
    }
    if run.len() < 2 || run.len() != singles.len() {
        return;
    }
    let metric = counts[run.end - 1].metric.clone();
    for (k, &(year, ys, ye)) in run.zip(&singles) {
        counts[k].forced = Some((YearRange::single(year), (ys, ye)));
        if counts[k].metric.is_none() {
            counts[k].metric = metric.clone();
        }
    }
}

/// "from 19 to 43 from 2013 to 2022": the counts take the range's ends respectively.
fn respective(years: &[YearMention], counts: &mut [Count]) {
    for i in 0..counts.len() {
        let Some((true, p)) = counts[i].from_to else {
            continue;
        };
        let clause = counts[i].clause;
        // "from 2013 to 2022", "between 2013 and 2022", "in 2013-2022" (not a
        // fiscal "2019-20").
        let Some(y) = years.iter().find(|y| {
            y.anchor
                && y.clause == clause
                && match y.expr.form {
                    YearForm::FromTo | YearForm::Between => y.expr.range.len() > 1,
                    YearForm::Dash => y.expr.range.len() > 2,
                    _ => false,
                }
        }) else {
            continue;
        };
        let span = (y.start, y.end);
        counts[i].forced = Some((YearRange::single(y.expr.range.start()), span));
        counts[p].forced = Some((YearRange::single(y.expr.range.end()), span));
    }
}

/// Pairs counts written "from N to M".
fn link_from_to(counts: &mut [Count]) {
    let n = counts.len();
    for i in 0..n {
        if let Some((true, _)) = counts[i].from_to {
            if i + 1 < n && matches!(counts[i + 1].from_to, Some((false, _))) {
                counts[i].from_to = Some((true, i + 1));
                counts[i + 1].from_to = Some((false, i));
                continue;
            }
            counts[i].from_to = None;
        } else if let Some((false, p)) = counts[i].from_to {
            if i == 0 || p != i - 1 {
                counts[i].from_to = None;
            }
        }
    }
}

/// `tokens[i]` is the "from" count or the "to" count of "from N to M".
fn from_to_position(text: &str, tokens: &[Token], i: usize, j: usize) -> Option<(bool, usize)> {
    let before = i.checked_sub(1).map(|k| tokens[k].text(text));
    let after = tokens.get(j).map(|t| t.text(text));
    if before.is_some_and(|w| w.eq_ignore_ascii_case("from"))
        && after.is_some_and(|w| w.eq_ignore_ascii_case("to"))
    {
        return Some((true, usize::MAX));
    }
    if before.is_some_and(|w| w.eq_ignore_ascii_case("to")) {
        return Some((false, usize::MAX));
    }
    None
}

fn is_clause_break(text: &str, tokens: &[Token], i: usize, class: u32) -> bool {
    let t = tokens[i];
    if t.kind == TokenKind::Punct {
        let w = t.text(text);
        // ";", a page's separators ("12 March 2020 | 1,234 views") or a
        // spaced dash (" - ", datelines and asides).
        if matches!(w, ";" | "|" | "\u{2022}" | "\u{b7}") {
            return true;
        }
        // "began on November 11. Bangladesh Navy ...": a full stop the
        // sentence splitter kept inside (after a number), then a capital.
        if w == "."
            && i > 0
            && tokens[i - 1].kind == TokenKind::Number
            && tokens
                .get(i + 1)
                .is_some_and(|n| n.start > t.end && n.is_capitalised(text))
        {
            return true;
        }
        if w == "-" {
            let spaced_before = i > 0 && tokens[i - 1].end < t.start;
            let spaced_after = tokens.get(i + 1).is_some_and(|n| n.start > t.end);
            return spaced_before && spaced_after;
        }
        return false;
    }
    // ", and in 2022 the number rose": a comma and "and" start a new clause, but
    // not the last item of a list ("radars, patrol boats, and other equipment").
    (AND.has(class)
        && i > 0
        && tokens[i - 1].is_punct(text, ',')
        && !list_item_after(text, tokens, i))
        || CLAUSE.has(class)
}

/// The word after ", and" at `tokens[i]` goes on a list of things: a lower-case
/// word that opens no clause ("other equipment", "spare parts").
fn list_item_after(text: &str, tokens: &[Token], i: usize) -> bool {
    let mut k = i + 1;
    // ", and then signed four contracts": a second predicate of the same subject.
    if tokens
        .get(k)
        .is_some_and(|t| ["then", "later", "also"].contains(&t.text(text)))
    {
        k += 1;
    }
    let Some(n) = tokens.get(k) else {
        return false;
    };
    let w = n.text(text);
    // "$3 million for training, and $20 million for finance": a list of amounts.
    if k == i + 1 && is_currency_word(w) {
        return (i.saturating_sub(12)..i.saturating_sub(1))
            .any(|b| is_currency_word(tokens[b].text(text)));
    }
    if k > i + 1 {
        return w.ends_with("ed") || PAST_VERBS.contains(&w);
    }
    n.kind == TokenKind::Word
        && w.starts_with(|c: char| c.is_ascii_lowercase())
        && !METRIC_STOPS.contains(w)
        && !w.ends_with("ly")
        && !["then", "there", "so", "yet", "also", "still", "now"].contains(&w)
}

/// `w` is a currency sign or prefix, alone or before digits ("$", "$20", "Rs", "USD").
fn is_currency_word(w: &str) -> bool {
    crate::lexicon::numbers::CURRENCY_PREFIXES
        .iter()
        .any(|(p, _)| {
            w == *p || (w.starts_with(p) && w[p.len()..].starts_with(|c: char| c.is_ascii_digit()))
        })
}

/// Irregular past tenses that continue a subject's predicates.
const PAST_VERBS: &[&str] = &[
    "held", "sent", "sold", "bought", "won", "took", "made", "gave", "spent", "built", "hit",
];

fn starts_year_word(w: &str, class: u32) -> bool {
    YEAR_STARTS.has(class)
        || (w.len() > 2
            && w.as_bytes()[..2].eq_ignore_ascii_case(b"fy")
            && w.as_bytes()[2].is_ascii_digit())
}

/// The first bytes of the currency prefixes ("$", "\u{20b9}", "USD").
const PREFIX_FIRSTS: FirstBytes = FirstBytes::of(crate::lexicon::numbers::CURRENCY_PREFIXES);

/// Words a cardinal can start with: digits, currency signs and prefixes
/// ("$", "Sh2"), number words ("thirty", "a hundred") and qualifiers ("over").
fn could_start_number(w: &str, class: u32) -> bool {
    use crate::lexicon::numbers::CURRENCY_PREFIXES;
    let Some(first) = w.bytes().next() else {
        return false;
    };
    if first.is_ascii_digit() {
        return true;
    }
    if !first.is_ascii_alphabetic() {
        // Punctuation starts no number, but a currency sign ("$", "\u{20ac}")
        // may: a comma or a full stop is turned away by its first byte.
        return PREFIX_FIRSTS.admits(w.as_bytes())
            && CURRENCY_PREFIXES.iter().any(|(p, _)| {
                !p.starts_with(|c: char| c.is_ascii_alphabetic()) && w.starts_with(p)
            });
    }
    // A whole word ("thirty"), a word before a hyphen ("twenty-five") or a
    // currency prefix before digits ("Sh2"): the part before any hyphen or digit.
    match crate::text::find_digit_or_hyphen(w.as_bytes()) {
        None => NUMBER_STARTS.has(class),
        Some(i) => NUMBER_STARTS.has(WORD_CLASSES.mask(&w[..i])),
    }
}

/// Words that end a clause ([`CLAUSE_WORDS`]): a year before them does not
/// govern a count after them.
const CLAUSE: WordClass = WordClass::new(0, CLAUSE_WORDS);
/// "and", which ends a clause after a comma.
const AND: WordClass = WordClass::new(1, &["and"]);
/// Words a year expression may start with.
const YEAR_STARTS: WordClass = WordClass::new(2, &["from", "between", "fy", "fiscal", "financial"]);
/// Bit of the words a number may start with (see [`WORD_CLASSES`]).
const NUMBER_STARTS: WordClass = WordClass::new(3, &[]);

/// The word classes the scan asks about, looked up once per word: the
/// classes above, and the words a number may start with (number words, the
/// first words of qualifiers, alphabetic currency prefixes, "a", "an").
static WORD_CLASSES: LazyLock<ClassTable> = LazyLock::new(|| {
    use crate::grammar::numbers::QUALIFIERS;
    use crate::lexicon::numbers::{CURRENCY_PREFIXES, TENS, UNITS};
    let number_starts = UNITS
        .iter()
        .chain(TENS)
        .map(|(w, _)| *w)
        .chain(
            QUALIFIERS
                .iter()
                .map(|(q, _)| q.split(' ').next().unwrap_or(q)),
        )
        .chain(CURRENCY_PREFIXES.iter().map(|(p, _)| *p))
        .chain(["a", "an", "hundred", "dozen"]);
    ClassTable::with_words(&[CLAUSE, AND, YEAR_STARTS], number_starts, NUMBER_STARTS)
});

/// Index of the first token starting at or after byte `end`.
fn next_token_at(tokens: &[Token], from: usize, end: usize) -> usize {
    let mut j = from + 1;
    while j < tokens.len() && tokens[j].start < end {
        j += 1;
    }
    j
}

/// A number or year mention at `tokens[i..j]`, read with its neighbours by
/// the anchor and count checks.
#[derive(Clone, Copy)]
struct Site<'a> {
    text: &'a str,
    tokens: &'a [Token],
    i: usize,
    j: usize,
}

impl<'a> Site<'a> {
    /// The token before the mention.
    fn prev(&self) -> Option<Token> {
        self.i.checked_sub(1).map(|k| self.tokens[k])
    }

    /// The word before the mention.
    fn prev_word(&self) -> Option<&'a str> {
        self.prev().map(|p| p.text(self.text))
    }

    /// The token after the mention.
    fn next(&self) -> Option<Token> {
        self.tokens.get(self.j).copied()
    }

    /// The text of `tokens[k]`.
    fn word(&self, k: usize) -> &'a str {
        self.tokens[k].text(self.text)
    }
}

/// A check on a year mention: `Some(true)` when it anchors a count,
/// `Some(false)` when it does not, `None` to leave it to the next check.
type AnchorCheck = fn(&Site) -> Option<bool>;

/// The anchor checks, in order: the first that settles it wins, and a year
/// no check settles anchors.
const ANCHOR_CHECKS: &[(&str, AnchorCheck)] = &[
    ("range opener", range_opener),
    ("point of the year", point_of_year),
    ("open year", open_year),
    ("date's year", date_year),
    ("founding year", founding_year),
    ("compared year", compared_year),
    ("fiscal year", fiscal_year),
    ("time adverbial", time_adverbial),
    ("glued to a word", glued_to_word),
    ("after a possessive name", after_possessive_name),
    ("after a name word", after_name_word),
    ("before a name word", before_name_word),
    ("labels an event", labels_event),
];

/// A year mention at `tokens[i..j]` may anchor a count.
fn is_anchor(text: &str, tokens: &[Token], i: usize, j: usize) -> bool {
    let site = Site { text, tokens, i, j };
    ANCHOR_CHECKS
        .iter()
        .find_map(|(_, check)| check(&site))
        .unwrap_or(true)
}

/// "from 2019 to 2021", "between 2018 and 2020": a range anchors.
fn range_opener(s: &Site) -> Option<bool> {
    let first = s.word(s.i);
    (first.eq_ignore_ascii_case("from") || first.eq_ignore_ascii_case("between")).then_some(true)
}

/// "As of 2020, 1,200 peacekeepers were deployed", "at the end of 2021",
/// "in the first half of 2023": a point or part of the year anchors.
fn point_of_year(s: &Site) -> Option<bool> {
    let part = s.prev_word()?.eq_ignore_ascii_case("of")
        && s.i >= 2
        && [
            "as",
            "end",
            "beginning",
            "start",
            "half",
            "quarter",
            "middle",
            "close",
        ]
        .iter()
        .any(|w| w.eq_ignore_ascii_case(s.word(s.i - 2)));
    part.then_some(true)
}

/// "since 2014", "until 2020", "of 2019": an open year, or not a time anchor.
fn open_year(s: &Site) -> Option<bool> {
    let pw = s.prev_word()?;
    OPEN_BEFORE
        .iter()
        .any(|o| o.eq_ignore_ascii_case(pw))
        .then_some(false)
}

/// "On Monday, July 14th, 2014 Qatar's minister signed": a date's year anchors.
fn date_year(s: &Site) -> Option<bool> {
    let p = s.prev()?;
    if !(p.is_punct(s.text, ',') && s.i >= 3) {
        return None;
    }
    let day = s.word(s.i - 2);
    let day_like = day.len() <= 4
        && day.starts_with(|c: char| c.is_ascii_digit())
        && day
            .trim_end_matches(|c: char| c.is_ascii_alphabetic())
            .len()
            <= 2;
    (day_like && months::month(s.word(s.i - 3)).is_some()).then_some(true)
}

/// "Founded in 1998, the agency ...": when something began, not a count's time.
fn founding_year(s: &Site) -> Option<bool> {
    let founded = s.i >= 2
        && s.prev_word()?.eq_ignore_ascii_case("in")
        && FOUNDING_VERBS
            .iter()
            .any(|f| f.eq_ignore_ascii_case(s.word(s.i - 2)));
    founded.then_some(false)
}

/// "more than in 2019", "twice as many as in 2018", "compared with 2019":
/// the year compared with, not the count's.
fn compared_year(s: &Site) -> Option<bool> {
    let pw = s.prev_word()?;
    let compared = |w: &str| {
        ["than", "as", "versus", "vs"]
            .iter()
            .any(|c| c.eq_ignore_ascii_case(w))
    };
    let before_in = (s.i >= 2 && pw.eq_ignore_ascii_case("in")).then(|| s.word(s.i - 2));
    // "5% less that in 2008": "that" mistyped for "than" after a comparative.
    let typed_that = before_in.is_some_and(|w| w.eq_ignore_ascii_case("that"))
        && s.i >= 3
        && COMPARATIVES
            .iter()
            .any(|c| c.eq_ignore_ascii_case(s.word(s.i - 3)));
    // "an 11% jump over 2008", "up 8% from 2008": a change against that year.
    let word_back = |k: usize| (s.i > k).then(|| s.word(s.i - 1 - k));
    let is = |w: Option<&str>, set: &[&str]| {
        w.is_some_and(|w| set.iter().any(|c| c.eq_ignore_ascii_case(w)))
    };
    const CHANGE: &[&str] = &[
        "up", "down", "jump", "rise", "drop", "fall", "increase", "decrease", "growth", "decline",
        "%", "percent", "per",
    ];
    let after_change = (1..4).any(|k| is(word_back(k), CHANGE));
    // ("fell by 40 per cent compared to 2011 levels, from Sh2.5 billion to
    // Ksh1.5 billion" dates the first value: "compared to" is left as it was.)
    let against = is(Some(pw), &["over", "from"]) && after_change;
    // "dropped 5% compared to 2008", "the greatest increase in spending
    // compared with 2008": the baseline of a change told before it (not
    // "compared to 2011 levels, from A to B", which dates what follows).
    let baseline = is(Some(pw), &["to", "with"])
        && is(word_back(1), &["compared", "comparison"])
        && (2..7).any(|k| is(word_back(k), CHANGE))
        && !s
            .next()
            .is_some_and(|n| n.text(s.text).starts_with("level"));
    (compared(pw) || before_in.is_some_and(compared) || typed_that || against || baseline)
        .then_some(false)
}

/// Comparatives whose "than" some texts mistype as "that".
const COMPARATIVES: &[&str] = &[
    "less", "more", "fewer", "higher", "lower", "greater", "smaller",
];

/// "the ministry's fiscal year 2024 budget request", "the FY2019 budget": a
/// fiscal year is a period, not a label, wherever it stands.
fn fiscal_year(s: &Site) -> Option<bool> {
    let first = s.word(s.i);
    let fiscal = first.eq_ignore_ascii_case("fiscal")
        || first.eq_ignore_ascii_case("financial")
        || (first.len() >= 2 && first.as_bytes()[..2].eq_ignore_ascii_case(b"fy"));
    fiscal.then_some(true)
}

/// "In 2014 Qatar signed ...", "during 2019": a time adverbial before a
/// proper noun anchors.
fn time_adverbial(s: &Site) -> Option<bool> {
    let pw = s.prev_word()?;
    (pw.eq_ignore_ascii_case("in") || pw.eq_ignore_ascii_case("during")).then_some(true)
}

/// "Steppe Eagle-2015", "Zapad-21": glued to a word.
fn glued_to_word(s: &Site) -> Option<bool> {
    let p = s.prev()?;
    (p.is_punct(s.text, '-') && p.end == s.tokens[s.i].start).then_some(false)
}

/// "Zapad's 2021 edition" labels an event; "Pakistan's 2021-22 budget" is a
/// year's, and anchors.
fn after_possessive_name(s: &Site) -> Option<bool> {
    let p = s.prev()?;
    let pw = p.text(s.text);
    let possessive = p.kind == TokenKind::Word && (pw.ends_with("'s") || pw.ends_with("\u{2019}s"));
    (possessive && p.is_capitalised(s.text)).then(|| period_noun_after(s.text, s.tokens, s.j))
}

/// "PANAMAX 2018", "Steppe Eagle 2013": right after a capitalised name word
/// ("January-June 2022" is a span of months; "the Military Cooperation
/// Program 2018, which includes 10 events": a plan's year is the time of
/// what it holds).
fn after_name_word(s: &Site) -> Option<bool> {
    let p = s.prev()?;
    let pw = p.text(s.text);
    let month_span = pw.rsplit('-').next().and_then(months::month).is_some();
    let plan_head = is_plan_head(pw);
    let name_word = p.is_capitalised(s.text)
        && !plan_head
        && !is_function_word(pw)
        && months::month(pw).is_none()
        && !month_span;
    name_word.then_some(false)
}

/// "2023 Defense White Paper": right before a capitalised name word; "the
/// 2024 Defence Cooperation Plan envisages 60 events" is a plan's year.
fn before_name_word(s: &Site) -> Option<bool> {
    let n = s.next()?;
    let nw = n.text(s.text);
    let plan_name = s
        .tokens
        .iter()
        .skip(s.j)
        .take(4)
        .take_while(|t| t.is_capitalised(s.text))
        .any(|t| is_plan_head(t.text(s.text)));
    let name_word = n.is_capitalised(s.text)
        && !plan_name
        && !is_function_word(nw)
        && months::month(nw).is_none();
    name_word.then_some(false)
}

/// "the alliance's 2014 summit", "the 2023 edition": a year that labels an
/// event, not the time of a count ("the 2024 academic year" still is one;
/// "Their 2026 training calendar lists 35 drills": a year's own calendar or
/// budget).
fn labels_event(s: &Site) -> Option<bool> {
    let n = s.next()?;
    let nw = n.text(s.text);
    let year_noun = [Some(n), s.tokens.get(s.j + 1).copied()]
        .iter()
        .flatten()
        .any(|t| t.text(s.text).eq_ignore_ascii_case("year"));
    let determiner = s.prev_word().is_some_and(|pw| {
        ["the", "its", "their", "his", "her", "this", "that"]
            .iter()
            .any(|d| d.eq_ignore_ascii_case(pw))
            || pw.ends_with("'s")
    });
    let labels_noun = n.kind == TokenKind::Word && nw.starts_with(|c: char| c.is_lowercase());
    let period_noun = period_noun_after(s.text, s.tokens, s.j);
    (determiner && labels_noun && !year_noun && !period_noun && !is_function_word(nw))
        .then_some(false)
}

/// The head noun of a plan: its year dates what the plan holds.
fn is_plan_head(w: &str) -> bool {
    ["plan", "programme", "program", "roadmap"]
        .iter()
        .any(|h| h.eq_ignore_ascii_case(w))
}

/// Participles before "in YEAR" that date a beginning, not a count.
const FOUNDING_VERBS: &[&str] = &[
    "founded",
    "established",
    "created",
    "formed",
    "set",
    "launched",
    "inaugurated",
    "opened",
    "built",
    "born",
];

/// Nouns a year may label while the counts in them stay that year's: "the 2026
/// training calendar", "its 2019 budget".
const PERIOD_NOUNS: &[&str] = &[
    "calendar",
    "budget",
    "budgets",
    "schedule",
    "intake",
    "spending",
    "allocation",
    "allocations",
    "figures",
    "season",
    "cycle",
    "period",
    "expenditure",
    "expenditures",
    "outlay",
    "outlays",
    "exports",
    "imports",
    "procurement",
    "funding",
    "grant",
    "grants",
    "appropriation",
    "appropriations",
    "estimates",
    "revenue",
    "revenues",
    "sales",
    "deliveries",
    "request",
    "requests",
    // A plan for a year: "the 2025 cooperation plan, which includes 40 events".
    "plan",
    "programme",
    "program",
    "roadmap",
];

/// One of the two words from `tokens[j]` is a [`PERIOD_NOUNS`] noun: "2026
/// training calendar", "2020 military expenditure".
fn period_noun_after(text: &str, tokens: &[Token], j: usize) -> bool {
    tokens.iter().skip(j).take(2).any(|t| {
        PERIOD_NOUNS
            .iter()
            .any(|p| p.eq_ignore_ascii_case(t.text(text)))
    })
}

fn is_function_word(w: &str) -> bool {
    [
        "In",
        "On",
        "At",
        "From",
        "The",
        "By",
        "For",
        "During",
        "Since",
        "Between",
        "And",
        "Of",
        "To",
        "Until",
        "After",
        "Before",
        "Through",
        "Last",
        "This",
        "Next",
        "Early",
        "Late",
        "Mid",
        "As",
        "Throughout",
        "Over",
        "Its",
        "Their",
        "Our",
        "His",
        "Her",
    ]
    .iter()
    .any(|f| f.eq_ignore_ascii_case(w))
}

/// A 3-digit start and a year end that no single reading repairs: report it.
fn unreadable_range(text: &str, tokens: &[Token], i: usize) -> Option<Diagnostic> {
    let dash = tokens.get(i + 1)?;
    let end_tok = tokens.get(i + 2)?;
    if !dash.is_punct(text, '-')
        || end_tok.kind != TokenKind::Number
        || end_tok.end - end_tok.start != 4
    {
        return None;
    }
    let end: i32 = end_tok.text(text).parse().ok()?;
    if !(1900..=2099).contains(&end) {
        return None;
    }
    let written = tokens[i].text(text);
    match repair_start(written, end) {
        RepairOutcome::Ambiguous(c) => Some(Diagnostic::new(
            DiagnosticKind::AmbiguousYear,
            format!("'{written}' before {end} could be any of {c:?}; left unrepaired"),
            Span::new(tokens[i].start, end_tok.end),
        )),
        _ => None,
    }
}

/// A check on a number with its reading: true when it does not count things.
type CountCheck = fn(&Site, &Cardinal) -> bool;

/// The checks that rule a number out as a count; a number none of them
/// rules out counts something.
const NOT_COUNT_CHECKS: &[(&str, CountCheck)] = &[
    ("percentage or negative", percent_or_negative),
    ("leading zero", leading_zero),
    ("day or numbered thing", day_or_numbered),
    ("rest of a number", rest_of_number),
    ("glued to what comes before", glued_before),
    ("reference", reference),
    ("age", age),
    ("upper age", upper_age),
    ("rank", rank),
    ("value listed against a name", listed_value),
    ("names an item", names_item),
    ("member of a group", member_of_group),
    ("rate", rate),
    ("glued to what follows", glued_after),
    ("month after", month_after),
    ("difference", difference),
    ("another script after", other_script_after),
    ("not a counted noun after", not_counted_after),
    ("weight", weight),
];

/// The number at `tokens[i..j]` counts something.
fn is_count(text: &str, tokens: &[Token], i: usize, j: usize, card: &Cardinal) -> bool {
    let site = Site { text, tokens, i, j };
    !NOT_COUNT_CHECKS.iter().any(|(_, check)| check(&site, card))
}

/// "5%", "-3": a percentage or a negative number.
fn percent_or_negative(_: &Site, card: &Cardinal) -> bool {
    card.percent || card.value < 0.0
}

/// "0900": a clock time or a code, never a count.
fn leading_zero(s: &Site, _: &Cardinal) -> bool {
    let w0 = s.word(s.i);
    s.tokens[s.i].kind == TokenKind::Number
        && w0.len() > 1
        && w0.starts_with('0')
        && w0.as_bytes()[1].is_ascii_digit()
}

/// A day in a date ("August 5", "May 12, 2024"), a numbered thing ("No. 5").
fn day_or_numbered(s: &Site, _: &Cardinal) -> bool {
    s.prev_word().is_some_and(|pw| {
        months::month(pw).is_some()
            || pw == "No"
            || pw == "No."
            || pw.eq_ignore_ascii_case("number")
    })
}

/// "1,152" read from its second group: the rest of a number.
fn rest_of_number(s: &Site, _: &Cardinal) -> bool {
    s.prev().is_some_and(|p| {
        (p.is_punct(s.text, ',') || p.is_punct(s.text, '.'))
            && p.end == s.tokens[s.i].start
            && s.i >= 2
            && s.tokens[s.i - 2].kind == TokenKind::Number
            && s.tokens[s.i - 2].end == p.start
    })
}

/// `t` is a sign that glues a number to a word: "-", "+", "/", ":".
fn is_glue(text: &str, t: Token) -> bool {
    ['-', '+', '/', ':'].iter().any(|&c| t.is_punct(text, c))
}

/// "Kazbat-1", "5-23": glued to what comes before.
fn glued_before(s: &Site, _: &Cardinal) -> bool {
    s.prev()
        .is_some_and(|p| is_glue(s.text, p) && p.end == s.tokens[s.i].start)
}

/// "the two countries": a reference, not a count ("the $2 billion budget" is
/// one). "compared to the 63,000 trainees in 2013": a figure of three digits
/// or more after "the" is still counted.
fn reference(s: &Site, card: &Cardinal) -> bool {
    let figure = s.tokens[s.i].kind == TokenKind::Number && card.value >= 100.0;
    s.prev_word().is_some_and(|pw| {
        (pw.eq_ignore_ascii_case("the") && card.currency.is_none() && !figure)
            || pw.eq_ignore_ascii_case("these")
            || pw.eq_ignore_ascii_case("those")
    })
}

/// "aged 18", "age 25": an age.
fn age(s: &Site, _: &Cardinal) -> bool {
    s.prev_word()
        .is_some_and(|pw| pw.eq_ignore_ascii_case("aged") || pw.eq_ignore_ascii_case("age"))
}

/// "aged 18 to 25", "between the ages of 18 and 25": the upper age.
fn upper_age(s: &Site, _: &Cardinal) -> bool {
    s.prev_word().is_some_and(|pw| {
        ["to", "and", "-"]
            .iter()
            .any(|w| w.eq_ignore_ascii_case(pw))
            && (s.i.saturating_sub(4)..s.i).any(|k| {
                ["aged", "age", "ages"]
                    .iter()
                    .any(|a| a.eq_ignore_ascii_case(s.word(k)))
            })
    })
}

/// "the top five importers": a rank.
fn rank(s: &Site, _: &Cardinal) -> bool {
    s.prev_word()
        .is_some_and(|pw| pw.eq_ignore_ascii_case("top") || pw.eq_ignore_ascii_case("bottom"))
}

/// "India: $3bn, Egypt: $1.7bn": a value listed against a name, not a count
/// of things.
fn listed_value(s: &Site, _: &Cardinal) -> bool {
    s.prev().is_some_and(|p| {
        p.is_punct(s.text, ':') && s.i >= 2 && s.tokens[s.i - 2].is_capitalised(s.text)
    })
}

/// "Resolution 2254", "phase 2", "Hospital No. 3": the number names an item.
fn names_item(s: &Site, _: &Cardinal) -> bool {
    s.prev().is_some_and(|p| {
        let no_dot = p.is_punct(s.text, '.')
            && s.i >= 2
            && ["no", "nos"]
                .iter()
                .any(|w| w.eq_ignore_ascii_case(s.word(s.i - 2)));
        let pw = p.text(s.text);
        no_dot || DESIGNATOR_NOUNS.iter().any(|d| d.eq_ignore_ascii_case(pw))
    })
}

/// "one of the two ships": a member of a group, not a count.
fn member_of_group(s: &Site, card: &Cardinal) -> bool {
    card.value == 1.0
        && card.currency.is_none()
        && s.next()
            .is_some_and(|n| n.text(s.text).eq_ignore_ascii_case("of"))
}

/// "15 drones per day", "12 sorties a day": a rate (see [`is_rate`]).
fn rate(s: &Site, _: &Cardinal) -> bool {
    is_rate(s.text, s.tokens, s.j)
}

/// "20-nation", "five-year", "2+2", "17:30", "5-23": glued to what follows.
fn glued_after(s: &Site, _: &Cardinal) -> bool {
    s.next()
        .is_some_and(|n| is_glue(s.text, n) && n.start == s.tokens[s.j - 1].end)
}

/// "5 May": a day before its month.
fn month_after(s: &Site, _: &Cardinal) -> bool {
    s.next()
        .is_some_and(|n| months::month(n.text(s.text)).is_some())
}

/// "1,200 peacekeepers in 2019, 300 more than in 2018": a difference.
fn difference(s: &Site, _: &Cardinal) -> bool {
    // "60 fewer that in 2020": "that in" mistyped for "than in".
    let than_at = |k: usize| {
        let word = |k: usize| s.tokens.get(k).map(|t| t.text(s.text));
        word(k).is_some_and(|w| w.eq_ignore_ascii_case("than"))
            || (word(k).is_some_and(|w| w.eq_ignore_ascii_case("that"))
                && word(k + 1).is_some_and(|w| w.eq_ignore_ascii_case("in")))
    };
    s.next().is_some_and(|n| {
        ["more", "fewer", "less"]
            .iter()
            .any(|w| w.eq_ignore_ascii_case(n.text(s.text)))
            && (than_at(s.j + 1) || than_at(s.j + 2))
    })
}

/// "28 октября, 2019": a word of another script after a number is a date or
/// residue left in the English text, not a counted noun.
fn other_script_after(s: &Site, _: &Cardinal) -> bool {
    s.next().is_some_and(|n| {
        let nw = n.text(s.text);
        n.kind == TokenKind::Word
            && nw.chars().any(char::is_alphabetic)
            && !nw.chars().any(|c| c.is_ascii_alphabetic())
    })
}

/// "five years", "3 times", "20 km" ([`NOT_COUNTED_AFTER`]): a measure of
/// time, a ratio or a rank; but "12 of the allied countries" counts part of
/// a group.
fn not_counted_after(s: &Site, card: &Cardinal) -> bool {
    s.next().is_some_and(|n| {
        let nw = n.text(s.text);
        let second = |w: &str| {
            s.tokens
                .get(s.j + 1)
                .is_some_and(|t| t.text(s.text).eq_ignore_ascii_case(w))
        };
        let of_group = nw.eq_ignore_ascii_case("of") && second("the");
        // "averaged $12 million a year in 2011-2016": an amount's yearly
        // average over its years is recorded.
        let yearly_amount = card.currency.is_some()
            && nw.eq_ignore_ascii_case("per")
            && (second("year") || second("annum"));
        NOT_COUNTED_AFTER.iter().any(|w| w.eq_ignore_ascii_case(nw)) && !of_group && !yearly_amount
    })
}

/// "500 pounds of explosives": a weight ("500 million pounds" is money).
fn weight(s: &Site, card: &Cardinal) -> bool {
    s.next().is_some_and(|n| {
        ["pounds", "lbs", "lb"]
            .iter()
            .any(|w| w.eq_ignore_ascii_case(n.text(s.text)))
            && card.value < 1e5
            && card.currency.is_none()
    })
}

/// The count ending at `tokens[j]` is a rate: "15 drones per day", "8 each
/// year", "12 sorties a day", "1,200 soldiers were trained annually" (but not
/// "a year earlier").
fn is_rate(text: &str, tokens: &[Token], j: usize) -> bool {
    let is = |k: usize, words: &[&str]| {
        tokens
            .get(k)
            .is_some_and(|t| words.iter().any(|w| w.eq_ignore_ascii_case(t.text(text))))
    };
    for (k, t) in tokens.iter().enumerate().take(j + 8).skip(j) {
        let w = t.text(text);
        if (t.kind == TokenKind::Punct && w != "-")
            || (k > j && CLAUSE_WORDS.iter().any(|c| c.eq_ignore_ascii_case(w)))
        {
            return false;
        }
        if RATE_WORDS.iter().any(|r| r.eq_ignore_ascii_case(w)) {
            return true;
        }
        if is(k, &["a", "an", "per", "each", "every"])
            && is(k + 1, RATE_UNITS)
            && !is(
                k + 2,
                &[
                    "earlier", "ago", "before", "later", "after", "on", "from", "since",
                ],
            )
        {
            return true;
        }
    }
    false
}

/// A year written relative to another follows the count in its clause: "$600
/// million a year earlier", "45 the previous year", "30 last year" (only a
/// year written as a number ties a count).
fn relative_year_after(text: &str, tokens: &[Token], j: usize) -> bool {
    let is = |k: usize, words: &[&str]| {
        tokens
            .get(k)
            .is_some_and(|t| words.iter().any(|w| w.eq_ignore_ascii_case(t.text(text))))
    };
    for (k, t) in tokens.iter().enumerate().take(j + 6).skip(j) {
        if t.kind == TokenKind::Punct && t.text(text) != "-" {
            return false;
        }
        let year = |k: usize| is(k, &["year", "years"]);
        // "in the outgoing fiscal year", "the previous financial year": no number after.
        let relative_adj = |k: usize| {
            is(
                k,
                &[
                    "previous",
                    "preceding",
                    "following",
                    "next",
                    "outgoing",
                    "current",
                    "coming",
                    "past",
                    "last",
                    "this",
                ],
            )
        };
        let fiscal_year = |k: usize| {
            let y = if is(k, &["fiscal", "financial", "calendar"]) {
                k + 1
            } else {
                k
            };
            // "the next fiscal year (2023-24)": the year in brackets is written.
            let written = |n: usize| tokens.get(n).is_some_and(|t| t.kind == TokenKind::Number);
            let bracketed =
                tokens.get(y + 1).is_some_and(|t| t.is_punct(text, '(')) && written(y + 2);
            (year(y) && !written(y + 1) && !bracketed).then_some(y)
        };
        if (is(k, &["a", "one"]) && year(k + 1) && is(k + 2, &["earlier", "before", "ago"]))
            || (is(k, &["the"]) && relative_adj(k + 1) && fiscal_year(k + 2).is_some())
            || (is(k, &["last", "this", "next"]) && fiscal_year(k + 1).is_some())
        {
            return true;
        }
    }
    false
}

/// A relative year written right before the count, in its noun phrase: "the
/// total of recruits last year, 4,210, was ...", "last year's 4,210 recruits".
fn relative_year_before(text: &str, tokens: &[Token], i: usize) -> bool {
    let w = |k: usize| tokens[k].text(text);
    let mut k = i;
    // "last year, 4,210": the comma of an apposition.
    if k > 0 && tokens[k - 1].is_punct(text, ',') {
        k -= 1;
    }
    if k < 2 {
        return false;
    }
    let (a, b) = (w(k - 2), w(k - 1));
    let year_word = |y: &str| {
        ["year", "year's", "year\u{2019}s"]
            .iter()
            .any(|x| x.eq_ignore_ascii_case(y))
    };
    let relative = |r: &str| {
        ["last", "this", "previous"]
            .iter()
            .any(|x| x.eq_ignore_ascii_case(r))
    };
    relative(a) && year_word(b)
}

/// Verbs that give a subject's total right before an amount.
const TOTAL_VERBS: &[&str] = &[
    "totaled", "totalled", "amounted", "reached", "stood", "exceeded", "was", "were",
];

/// "the financial and technical assistance provided by the US to Georgia for
/// ... during 2000-2017 totaled USD 1 230 942 478": the subject before its
/// participle ("provided", "allocated" ...) is what the total is of.
fn given_subject(text: &str, tokens: &[Token], i: usize) -> Option<String> {
    // The total's verb a few words before the amount ("totaled", "amounted to").
    let v = (i.saturating_sub(4)..i).rev().find(|&k| {
        TOTAL_VERBS
            .iter()
            .any(|t| t.eq_ignore_ascii_case(tokens[k].text(text)))
    })?;
    let from = v.saturating_sub(40);
    let p = (from..v).find(|&k| {
        GIVEN_VERBS
            .iter()
            .chain(&["delivered", "supplied", "extended"])
            .any(|g| g.eq_ignore_ascii_case(tokens[k].text(text)))
            && tokens.get(k + 1).is_some_and(|t| {
                ["by", "to"]
                    .iter()
                    .any(|w| w.eq_ignore_ascii_case(t.text(text)))
            })
    })?;
    // No clause or other verb between the subject's start and the participle.
    let mut start = p;
    while start > from && p - start < 5 {
        let t = tokens[start - 1];
        let w = t.text(text);
        let word = t.kind == TokenKind::Word
            && !has_digit(w.as_bytes())
            && (!METRIC_STOPS.contains(w) || w.eq_ignore_ascii_case("and"));
        if !word {
            break;
        }
        start -= 1;
    }
    while start < p && METRIC_STOPS.contains(tokens[start].text(text)) {
        start += 1;
    }
    (start < p).then(|| sub(text, tokens[start].start, tokens[p - 1].end).to_string())
}

/// "Peru had the third most trainees (1,591) in 2014": a count in brackets
/// right after a plural noun counts that noun ("Burundi (6,244)" is a value
/// listed against a name).
fn bracketed_count_of(text: &str, tokens: &[Token], i: usize, j: usize) -> Option<String> {
    if i < 2 || !tokens[i - 1].is_punct(text, '(') || !tokens.get(j)?.is_punct(text, ')') {
        return None;
    }
    let noun = tokens[i - 2];
    let w = noun.text(text);
    let plural = noun.kind == TokenKind::Word
        && w.len() > 3
        && w.ends_with('s')
        && w.starts_with(|c: char| c.is_ascii_lowercase());
    if !plural {
        return None;
    }
    // "the third most trainees": a rank before the noun is not counted.
    let m = metric_before(text, tokens, i)?;
    let words: Vec<&str> = m.split(' ').collect();
    let after_rank = words
        .iter()
        .rposition(|w| ["most", "fewest", "largest", "highest"].contains(w))
        .map_or(0, |r| r + 1);
    (after_rank < words.len()).then(|| words[after_rank..].join(" "))
}

/// "the number of X ... from 2": the counted thing named before the number in its sentence.
fn counted_before(text: &str, tokens: &[Token], i: usize) -> Option<String> {
    let k = (1..i).rev().find(|&k| {
        tokens[k].text(text).eq_ignore_ascii_case("of")
            && tokens[k - 1].text(text).eq_ignore_ascii_case("number")
    })?;
    noun_phrase(text, tokens, k + 1)
}

/// "2,200 Jordanian soldiers, 1,700 from the United States": the previous count's
/// head noun with this count's own phrase.
fn pp_after_antecedent(
    text: &str,
    tokens: &[Token],
    j: usize,
    prev: Option<&Count>,
) -> Option<String> {
    let base = prev?.metric.as_deref()?;
    let head = base.split(" from ").next()?.rsplit(' ').next()?.to_string();
    let mut k = j;
    if tokens.get(k)?.text(text).eq_ignore_ascii_case("more") {
        k += 1;
    }
    let from = tokens.get(k)?;
    if !from.text(text).eq_ignore_ascii_case("from") {
        return None;
    }
    // The phrase runs to the next comma, clause word or the end of the sentence.
    let mut end = k + 1;
    while end < tokens.len() && end - k < 8 {
        let t = tokens[end];
        let w = t.text(text);
        if (t.kind == TokenKind::Punct && !t.is_punct(text, '-'))
            || CLAUSE_WORDS.iter().any(|c| c.eq_ignore_ascii_case(w))
            || w == "and"
        {
            break;
        }
        end += 1;
    }
    (end > k + 1).then(|| format!("{head} {}", sub(text, from.start, tokens[end - 1].end)))
}

/// The counted noun phrase after a number: "joint activities", "Chinese soldiers".
/// For money, the phrase after "in"/"of"/"for" ("$350 mln in military aid").
fn metric_after(text: &str, tokens: &[Token], j: usize, money: bool) -> Option<String> {
    let k = if money {
        let k = past_restated_amount(text, tokens, j);
        // "Sh140 billion was given to the Interior Ministry", "$40 million
        // went to the coast guard": what received it.
        if let Some(e) = passive_recipient(text, tokens, k) {
            return noun_phrase(text, tokens, e);
        }
        let k = money_object_start(text, tokens, k)?;
        // "$604 million in FY 2017", "Rs 35,000 crore in 2018-19 ... on
        // modernisation": a time, then the metric.
        if time_phrase_at(text, tokens, k) {
            return metric_past_time(text, tokens, k);
        }
        k
    } else {
        past_group_words(text, tokens, j)
    };
    counted_phrase(text, tokens, k)
}

/// Past the words between a count and its noun: "12 of the allied
/// countries", "12 such exercises", "40 more tanks".
fn past_group_words(text: &str, tokens: &[Token], j: usize) -> usize {
    let mut k = j;
    if tokens
        .get(k)
        .is_some_and(|t| t.text(text).eq_ignore_ascii_case("of"))
        && tokens
            .get(k + 1)
            .is_some_and(|t| t.text(text).eq_ignore_ascii_case("the"))
    {
        k += 2;
    }
    if tokens.get(k).is_some_and(|t| {
        ["such", "more"]
            .iter()
            .any(|w| w.eq_ignore_ascii_case(t.text(text)))
    }) && tokens
        .get(k + 1)
        .is_some_and(|t| t.kind == TokenKind::Word && !METRIC_STOPS.contains(t.text(text)))
    {
        k += 1;
    }
    k
}

/// Past the same amount restated after an amount of money: "EUR 12 million
/// (about $13 million) for ...", "$1.2 billion dollars".
fn past_restated_amount(text: &str, tokens: &[Token], j: usize) -> usize {
    let mut k = j;
    if tokens.get(k).is_some_and(|t| t.is_punct(text, '(')) {
        if let Some(c) =
            (k + 1..(k + 10).min(tokens.len())).find(|&c| tokens[c].is_punct(text, ')'))
        {
            k = c + 1;
        }
    }
    while tokens.get(k).is_some_and(|t| {
        let w = t.text(text);
        ["dollars", "US", "euros", "rupees", "pounds"]
            .iter()
            .any(|c| c.eq_ignore_ascii_case(w))
    }) {
        k += 1;
    }
    k
}

/// Where what an amount of money is for starts: after "in", "of", "for",
/// "worth (of)", "to", "on" and a determiner ("$350 mln in military aid",
/// "spent on the army"), or right there for a lower-case word. `None` for
/// another amount ("from Rs 100 crore to Rs 200 crore") and for an amount
/// that modifies the noun after it ("the $1.2 billion defence budget").
fn money_object_start(text: &str, tokens: &[Token], k: usize) -> Option<usize> {
    let t = tokens.get(k)?;
    let w = t.text(text);
    if !["in", "of", "for", "worth", "to", "on"]
        .iter()
        .any(|p| p.eq_ignore_ascii_case(w))
    {
        let lower_word =
            t.kind == TokenKind::Word && w.starts_with(|c: char| c.is_ascii_lowercase());
        return lower_word.then_some(k);
    }
    let mut k = k + 1;
    // "worth of radars", "worth of the".
    if w.eq_ignore_ascii_case("worth")
        && tokens
            .get(k)
            .is_some_and(|t| t.text(text).eq_ignore_ascii_case("of"))
    {
        k += 1;
    }
    // "on the army", "on its army".
    if tokens.get(k).is_some_and(|t| {
        ["the", "its", "their", "his", "her", "our"]
            .iter()
            .any(|d| d.eq_ignore_ascii_case(t.text(text)))
    }) {
        k += 1;
    }
    // "from Rs 100 crore to Rs 200 crore": another amount, not a metric.
    let amount = tokens.get(k).is_some_and(|t| {
        let w = t.text(text);
        crate::lexicon::numbers::CURRENCY_PREFIXES
            .iter()
            .any(|(p, _)| {
                w.eq_ignore_ascii_case(p) || (w.starts_with(p) && has_digit(w.as_bytes()))
            })
    });
    (!amount).then_some(k)
}

/// A time phrase at `tokens[k]`, not what the money is: "in FY 2017", "in the
/// financial year 2022-23", "in March", "in 2018-19".
fn time_phrase_at(text: &str, tokens: &[Token], k: usize) -> bool {
    tokens.get(k).is_some_and(|ft| {
        let fw = ft.text(text);
        TIME_WORDS.iter().any(|t| t.eq_ignore_ascii_case(fw))
            || months::month(fw).is_some()
            || (ft.kind == TokenKind::Number && fw.len() == 4)
    })
}

/// The counted noun phrase at `tokens[k]`: "joint activities"; "4 Tor-M2
/// batteries": a model designator with digits starts it. Not a phrase that
/// starts with digits or "of", "times", "percent".
fn counted_phrase(text: &str, tokens: &[Token], k: usize) -> Option<String> {
    // "1,700 from the United States": the metric is the previous one's head plus this phrase;
    // left to the anaphor fallback by returning None.
    let first = tokens.get(k)?;
    let fw = first.text(text);
    let designator = fw.contains('-') && first.is_capitalised(text);
    if first.kind != TokenKind::Word
        || (fw.bytes().any(|b| b.is_ascii_digit()) && !designator)
        || METRIC_BAD_START.iter().any(|b| b.eq_ignore_ascii_case(fw))
    {
        return None;
    }
    noun_phrase(text, tokens, k)
}

/// Participles of money given to something, after "was"/"were"/"will be".
const GIVEN_VERBS: &[&str] = &[
    "given",
    "allocated",
    "earmarked",
    "allotted",
    "provided",
    "disbursed",
    "budgeted",
    "spent",
    "granted",
    "set",
];

/// The start of the recipient after an amount given to it: "was allocated to
/// the security sector", "will be spent on", "went to", "was set aside for".
fn passive_recipient(text: &str, tokens: &[Token], k: usize) -> Option<usize> {
    let is = |k: usize, words: &[&str]| {
        tokens
            .get(k)
            .is_some_and(|t| words.iter().any(|w| w.eq_ignore_ascii_case(t.text(text))))
    };
    let mut j = k;
    if is(j, &["went", "goes", "go"]) {
        j += 1;
    } else {
        if !is(
            j,
            &["was", "were", "is", "are", "will", "would", "has", "have"],
        ) {
            return None;
        }
        j += 1;
        while is(j, &["be", "been", "being", "also"]) {
            j += 1;
        }
        if !is(j, GIVEN_VERBS) {
            return None;
        }
        j += 1;
        if is(j, &["aside", "apart"]) {
            j += 1;
        }
    }
    if !is(j, &["to", "for", "on", "towards", "toward"]) {
        return None;
    }
    j += 1;
    if is(j, &["the", "its", "their", "his", "her", "our"]) {
        j += 1;
    }
    tokens
        .get(j)
        .is_some_and(|t| t.kind == TokenKind::Word)
        .then_some(j)
}

/// Words that start a time phrase, not a metric: "in FY 2017", "for the financial year".
const TIME_WORDS: &[&str] = &[
    "fy",
    "fys",
    "fiscal",
    "financial",
    "year",
    "years",
    "calendar",
    "last",
    "next",
    "this",
    "annually",
    "yearly",
    "a",
    "per",
    "each",
    "every",
    "current",
    "previous",
    "coming",
    "past",
    "first",
    "second",
    "same",
    "following",
    // "$12 million a year on average".
    "average",
    // "for the 2023-2027 period for new submarines".
    "period",
];

/// "$604 million in FY 2017 and $502 million in FY 2018 in combined security
/// assistance funds": past the time phrases and further amounts of the clause,
/// the phrase after "in", "of" or "for".
fn metric_past_time(text: &str, tokens: &[Token], mut k: usize) -> Option<String> {
    use crate::lexicon::numbers::{CURRENCY_PREFIXES, DIGIT_SCALES};
    let limit = (k + 24).min(tokens.len());
    let mut prep = false;
    while k < limit {
        let t = tokens[k];
        let w = t.text(text);
        let skip = match t.kind {
            TokenKind::Number => true,
            TokenKind::Punct => !matches!(w, "." | ";" | ":" | "!" | "?"),
            _ => {
                TIME_WORDS.iter().any(|x| x.eq_ignore_ascii_case(w))
                    || months::month(w).is_some()
                    || has_digit(w.as_bytes())
                    || w.eq_ignore_ascii_case("and")
                    || DIGIT_SCALES.iter().any(|(x, _)| x.eq_ignore_ascii_case(w))
                    || CURRENCY_PREFIXES
                        .iter()
                        .any(|(x, _)| x.eq_ignore_ascii_case(w))
                    || ["in", "of", "for", "the", "on"]
                        .iter()
                        .any(|x| x.eq_ignore_ascii_case(w))
            }
        };
        if !skip {
            break;
        }
        prep = ["in", "of", "for", "the", "on"]
            .iter()
            .any(|x| x.eq_ignore_ascii_case(w))
            || (prep && w.eq_ignore_ascii_case("the"));
        k += 1;
    }
    if k >= limit || !prep || tokens[k].kind != TokenKind::Word {
        return None;
    }
    noun_phrase(text, tokens, k)
}

/// Words that may stand between a metric and the amount after it: "defence
/// orders worth a total of \u{a3}11bn", "exports reached an all-time high of Rs
/// 15,920 crore", "the DCP will grow to AUD 27 million", "an expenditure of USD
/// 11.4 billion".
const BRIDGE_WORDS: &[&str] = &[
    "worth",
    // "naval aid averaged $12 million a year".
    "averaged",
    "averaging",
    "a",
    "an",
    "total",
    "of",
    "to",
    "at",
    "was",
    "were",
    "is",
    "are",
    "be",
    "being",
    "been",
    "reached",
    "reach",
    "reaches",
    "reaching",
    "totaled",
    "totalled",
    "totaling",
    "totalling",
    "totals",
    // "military spending having totaled $27 billion".
    "having",
    "has",
    "have",
    "had",
    "amounted",
    "amounting",
    "amounts",
    "stood",
    "stands",
    "stand",
    "high",
    "all",
    "time",
    "all-time",
    "record",
    "new",
    "grow",
    "grew",
    "grows",
    "grown",
    "rose",
    "rise",
    "rises",
    "risen",
    "increased",
    "increase",
    "increases",
    "decreased",
    "decrease",
    "decreases",
    "fell",
    "fall",
    "falls",
    "fallen",
    "dropped",
    "drop",
    "climbed",
    "jumped",
    // "exports hit a record $5.5 billion": reached.
    "hit",
    "doubled",
    "tripled",
    "trebled",
    "halved",
    "surged",
    "soared",
    "declined",
    "shrank",
    "numbered",
    "percent",
    "per",
    "cent",
    "hits",
    "topped",
    "touched",
    "crossed",
    "exceeded",
    "surpassed",
    "from",
    "will",
    "would",
    "has",
    "have",
    "had",
    "valued",
    "estimated",
    "up",
    "down",
    "by",
    "roughly",
    "just",
    "only",
    "nearly",
    "almost",
    "about",
    "around",
    "approximately",
    "some",
    "over",
    "more",
    "than",
    // A time phrase between them: "in 2021-22", "for Financial Year 2012/13",
    // "for the outgoing fiscal (2018-19)".
    "in",
    "for",
    "during",
    "fiscal",
    "financial",
    "year",
    "years",
    "fy",
    "fys",
    "the",
    "next",
    "current",
    "outgoing",
    "previous",
    "last",
    "coming",
    "this",
    "same",
    "calendar",
];

/// Heads that refer back to an earlier metric: "The amount in 2017-18 was Rs 4,682 crore".
const ANAPHORIC_HEADS: &[&str] = &[
    "amount", "figure", "figures", "total", "sum", "number", "it",
];

/// Verbs that end a metric read backwards: "the UK won defence orders worth ...".
const VERBS_BEFORE: &[&str] = &[
    "won", "sold", "bought", "spent", "sent", "got", "gave", "made", "paid", "took", "brought",
    "set", "take", "make", "give", "spend", "sell", "buy", "receive", "provide", "allocate",
    "approve", "approves", "passed", "pass", "saw", "see", "put", "earmark",
];

/// The metric written before an amount of money, after its bridge words
/// ([`BRIDGE_WORDS`]) and any time phrase: "India's defence exports reached an
/// all-time high of Rs 15,920 crore" -> "defence exports"; "the original
/// allocation for defence for outgoing fiscal (2018-19) was Rs 1,100 billion"
/// -> "original allocation for defence". An anaphoric head ("The amount ...
/// was") gives `None`: the previous metric is meant.
fn metric_before(text: &str, tokens: &[Token], i: usize) -> Option<String> {
    // `tokens[end - 1]` ends the metric; read it backwards.
    let end = past_bridge(text, tokens, i);
    let start = metric_start(text, tokens, end);
    if start == end {
        return topic_of(text, tokens, end);
    }
    let head = tokens[end - 1].text(text);
    if ANAPHORIC_HEADS.iter().any(|a| a.eq_ignore_ascii_case(head)) {
        return None;
    }
    Some(sub(text, tokens[start].start, tokens[end - 1].end).to_string())
}

/// Back from the amount at `tokens[i]` over its bridge: numbers, brackets,
/// "FY2019-20", "set at", [`BRIDGE_WORDS`] ("reached an all-time high of"),
/// at most 16 tokens; the first token past it.
/// "As for British naval aid, it averaged $12 million": a pronoun subject
/// right before `tokens[end]` stands for the topic its sentence opens with.
fn topic_of(text: &str, tokens: &[Token], end: usize) -> Option<String> {
    let pronoun = tokens.get(end.checked_sub(1)?)?.text(text);
    if !["it", "they"]
        .iter()
        .any(|p| p.eq_ignore_ascii_case(pronoun))
    {
        return None;
    }
    let words: Vec<&str> = tokens.iter().take(3).map(|t| t.text(text)).collect();
    let from = TOPIC_OPENERS.iter().find_map(|o| {
        let o: Vec<&str> = o.split(' ').collect();
        (words.len() >= o.len() && words.iter().zip(&o).all(|(w, p)| w.eq_ignore_ascii_case(p)))
            .then_some(o.len())
    })?;
    let comma = (from..end).find(|&k| tokens[k].is_punct(text, ','))?;
    (comma > from && comma + 2 == end && comma - from <= 8)
        .then(|| sub(text, tokens[from].start, tokens[comma - 1].end).to_string())
}

/// Openers that name a sentence's topic before a comma: "As for X, it ...".
const TOPIC_OPENERS: &[&str] = &[
    "as for",
    "as regards",
    "as to",
    "regarding",
    "concerning",
    "with regard to",
    "in terms of",
];

fn past_bridge(text: &str, tokens: &[Token], i: usize) -> usize {
    let mut k = i;
    let mut steps = 0;
    while k > 0 && steps < 16 && is_bridge(text, tokens, k - 1) {
        k -= 1;
        steps += 1;
    }
    k
}

/// `tokens[k]` bridges a metric and its amount: "for FY2019-20 is Rs 3.18
/// lakh crore", "has been set at Rs 1.3 trillion", "was pegged at".
fn is_bridge(text: &str, tokens: &[Token], k: usize) -> bool {
    let t = tokens[k];
    let w = t.text(text);
    match t.kind {
        TokenKind::Number => true,
        TokenKind::Punct => ["(", ")", "/", "-", "\u{2013}", "%"].contains(&w),
        _ if w.len() > 2
            && w.as_bytes()[..2].eq_ignore_ascii_case(b"fy")
            && has_digit(w.as_bytes()) =>
        {
            true
        }
        _ if ["set", "fixed", "pegged", "capped", "put", "kept"]
            .iter()
            .any(|v| v.eq_ignore_ascii_case(w))
            && tokens[k + 1].text(text).eq_ignore_ascii_case("at") =>
        {
            true
        }
        // "from 1.1 trillion tenge in 2018 to": an earlier amount's scale and currency.
        _ if is_scale_word(w) || is_currency_suffix_word(w) => true,
        _ => BRIDGE_WORDS.iter().any(|b| b.eq_ignore_ascii_case(w)),
    }
}

/// `w` is a word of a currency written after an amount ("tenge", "US", "dollars").
fn is_currency_suffix_word(w: &str) -> bool {
    crate::lexicon::numbers::CURRENCY_SUFFIXES
        .iter()
        .any(|(s, _)| s.split(' ').any(|x| x.eq_ignore_ascii_case(w)))
}

/// The first word of the metric ending at `tokens[end - 1]`, read backwards
/// over at most five words: "original allocation for defence" (one "of" or
/// "for" between two nouns), stopping at a number, a possessive, a verb or
/// a gerund ("manufacturing defence hardware worth ...").
fn metric_start(text: &str, tokens: &[Token], end: usize) -> usize {
    let mut start = end;
    let mut joined = false;
    while start > 0 && end - start < 5 {
        let t = tokens[start - 1];
        let w = t.text(text);
        // "non-military aid": a hyphen between two glued words is inside a word.
        if start < end && start >= 2 && glued_hyphen(text, tokens, start - 1) {
            start -= 1;
            continue;
        }
        if ends_metric_backwards(text, t, start < end) || after_target_to(text, tokens, start - 1) {
            break;
        }
        if METRIC_STOPS.contains(w) {
            // "allocation for defence", "aid to Georgia": one "of", "for" or
            // "to" between two nouns.
            let joins = ["of", "for", "to"]
                .iter()
                .any(|j| w.eq_ignore_ascii_case(j))
                && !joined
                && start < end
                && start >= 2
                && tokens[start - 2].kind == TokenKind::Word
                && !METRIC_STOPS.contains(tokens[start - 2].text(text));
            if !joins {
                break;
            }
            joined = true;
        }
        start -= 1;
    }
    // A phrase may not start with the joining word.
    while start < end && METRIC_STOPS.contains(tokens[start].text(text)) {
        start += 1;
    }
    start
}

/// `tokens[k]` is the verb of "plans to raise", "aims to boost": what follows
/// it is the metric, not the verb or the intent.
fn after_target_to(text: &str, tokens: &[Token], k: usize) -> bool {
    k >= 2
        && tokens[k - 1].text(text).eq_ignore_ascii_case("to")
        && TARGET_VERBS
            .iter()
            .any(|v| v.eq_ignore_ascii_case(tokens[k - 2].text(text)))
}

/// `tokens[k]` is a hyphen glued to the words on both sides ("non-military").
fn glued_hyphen(text: &str, tokens: &[Token], k: usize) -> bool {
    k >= 1
        && tokens[k].is_punct(text, '-')
        && tokens[k - 1].kind == TokenKind::Word
        && tokens[k - 1].end == tokens[k].start
        && tokens
            .get(k + 1)
            .is_some_and(|n| n.kind == TokenKind::Word && n.start == tokens[k].end)
}

/// `t` is not part of a metric read backwards: not a word, a number word
/// ("five", "billion"), a possessive ("India's"), a verb ("won", "allocated"),
/// or a gerund once the metric has a word ("manufacturing defence hardware").
fn ends_metric_backwards(text: &str, t: Token, has_word: bool) -> bool {
    let w = t.text(text);
    t.kind != TokenKind::Word
        || has_digit(w.as_bytes())
        || crate::lexicon::numbers::unit(w).is_some()
        || crate::lexicon::numbers::tens(w).is_some()
        || is_scale_word(w)
        || w.ends_with("'s")
        || w.ends_with("\u{2019}s")
        || VERBS_BEFORE.iter().any(|v| v.eq_ignore_ascii_case(w))
        || (w.len() > 4 && w.ends_with("ed") && !t.is_capitalised(text))
        // "manufacturing defence hardware worth ...": a gerund before the metric.
        || (has_word && w.len() > 5 && w.ends_with("ing") && !t.is_capitalised(text))
}

/// A scale word or abbreviation written after digits ("trillion", "bn").
fn is_scale_word(w: &str) -> bool {
    crate::lexicon::numbers::DIGIT_SCALES
        .iter()
        .any(|(x, _)| x.eq_ignore_ascii_case(w))
}

/// Up to four words from `tokens[k]`, stopping at function words, verbs-ish and punctuation.
fn noun_phrase(text: &str, tokens: &[Token], k: usize) -> Option<String> {
    let mut end = k;
    // "T-90 tanks", "Su-30 jets": a designator glued by hyphens is one word.
    let mut extra = 0;
    if tokens.get(k).is_some_and(|t| t.is_capitalised(text)) {
        let mut e = k + 1;
        while e + 1 < tokens.len()
            && tokens[e].is_punct(text, '-')
            && tokens[e].start == tokens[e - 1].end
            && tokens[e + 1].start == tokens[e].end
            && tokens[e + 1].kind != TokenKind::Punct
        {
            e += 2;
        }
        if e > k + 1 {
            extra = e - k - 1;
            end = e;
        }
    }
    while end < tokens.len() && end - k < 4 + extra {
        let t = tokens[end];
        let w = t.text(text);
        // "narcotics control and law enforcement": "and" between two nouns.
        // ("9,000 personnel and plans to reach": a verb, not a noun.)
        if end > k
            && w == "and"
            && lower_noun_at(text, tokens, end + 1)
            && !tokens
                .get(end + 2)
                .is_some_and(|n| n.text(text).eq_ignore_ascii_case("to"))
        {
            extra += 2;
            end += 1;
            continue;
        }
        if t.kind != TokenKind::Word || METRIC_STOPS.contains(w) {
            break;
        }
        // A past tense verb closes the phrase ("activities held", "troops participated"),
        // unless it is a participle with an adverb of place ("officers trained abroad").
        if end > k && w.len() > 4 && w.ends_with("ed") && !t.is_capitalised(text) {
            let adverb = tokens.get(end + 1).map(|n| n.text(text));
            if adverb.is_some_and(|a| PLACE_ADVERBS.iter().any(|p| p.eq_ignore_ascii_case(a))) {
                end += 2;
            }
            break;
        }
        end += 1;
    }
    if end == k {
        return None;
    }
    Some(sub(text, tokens[k].start, tokens[end - 1].end).to_string())
}

/// `tokens[k]` is a lower-case word that may go on a noun phrase: not a
/// stop word, a past tense or a number word.
fn lower_noun_at(text: &str, tokens: &[Token], k: usize) -> bool {
    tokens.get(k).is_some_and(|t| {
        let w = t.text(text);
        t.kind == TokenKind::Word
            && w.starts_with(|c: char| c.is_ascii_lowercase())
            && !METRIC_STOPS.contains(w)
            && !w.ends_with("ed")
            && !ends_metric_backwards(text, *t, false)
    })
}

/// A four-character word of digits and at least one letter O that reads as a
/// year from 1900 to 2099 with the O as a zero ("2O17").
fn letter_o_year(w: &str) -> Option<i32> {
    let b = w.as_bytes();
    if b.len() != 4 || !b.iter().any(|c| matches!(c, b'O' | b'o')) || !b[0].is_ascii_digit() {
        return None;
    }
    let mut year = 0;
    for &c in b {
        let d = match c {
            b'0'..=b'9' => c - b'0',
            b'O' | b'o' => 0,
            _ => return None,
        };
        year = year * 10 + i32::from(d);
    }
    (1900..=2099).contains(&year).then_some(year)
}

/// Some "FY22" or "FY 17" stands in `bytes`: a two-digit fiscal year.
fn has_short_fiscal(bytes: &[u8]) -> bool {
    memchr::memchr2_iter(b'F', b'f', bytes).any(|at| {
        let rest = &bytes[at + 1..];
        let rest = match rest.first() {
            Some(b'Y' | b'y') => &rest[1..],
            _ => return false,
        };
        let rest = rest.strip_prefix(b" ").unwrap_or(rest);
        rest.len() >= 2 && rest[0].is_ascii_digit() && rest[1].is_ascii_digit()
    })
}

/// Some "19O5" or "2O17" stands in `bytes`.
fn has_letter_o_year(bytes: &[u8]) -> bool {
    // Only where a year's first digit is: digits are rare in prose.
    memchr::memchr2_iter(b'1', b'2', bytes).any(|at| {
        bytes.get(at + 1..at + 4).is_some_and(|w| {
            w.iter()
                .all(|c| c.is_ascii_digit() || matches!(c, b'O' | b'o'))
                && w.iter().any(|c| matches!(c, b'O' | b'o'))
        })
    })
}
