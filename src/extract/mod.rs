//! One module per record kind: find triggers, run grammar near them, build records.
//!
//! Every extractor reads an [`Article`] (the normalised document plus what all
//! of them share, computed once) and appends records whose spans are in
//! normalised offsets; [`run`] maps them back to the input at the end.
//!
//! Every extractor reads a sentence only to [`MAX_SENTENCE`] bytes; [`run`]
//! reports each longer sentence once, as a `work_limit` diagnostic over the
//! whole sentence that says how many of its input bytes were not read.

mod exercises;
mod meetings;
mod people;
mod plans;
mod statistics;

use chrono::NaiveDate;
use std::cell::OnceCell;
use std::sync::LazyLock;

use crate::lexicon::countries::{self, PlaceMention};
use crate::lexicon::{exercise_words, titles};
use crate::model::{Country, CountrySet, Diagnostic, DiagnosticKind, Report, Span};
use crate::model::{Kinds, RecordKind};
use crate::scan::{GateSet, WordStarts};
use crate::text::{tokenize, Document, Sentence, Token};

/// The word starts where a phrase of some lexicon may begin: every lexicon
/// the extractors look up at [`Article::words`] must be here.
static LEXICON_GATE: LazyLock<GateSet> = LazyLock::new(|| {
    GateSet::new([
        countries::gate(),
        titles::gate(),
        exercise_words::gate(),
        meetings::gate(),
        plans::gate(),
    ])
});

/// Sentences longer than this are read only in their first part, by every
/// extractor; [`run`] reports each such sentence (see [`long_sentences`]).
pub(crate) const MAX_SENTENCE: usize = 4_096;

/// The document and what every extractor shares.
pub(crate) struct Article<'d> {
    pub doc: &'d Document,
    /// The caller's publication date, else the crawl-residue hint.
    pub published: Option<NaiveDate>,
    /// The outlet's country, for "our country" and "our troops".
    pub outlet: Option<Country>,
    /// Country, capital, demonym and organisation mentions, in text order.
    pub places: Vec<PlaceMention>,
    /// Where words start that [`LEXICON_GATE`] admits: the lexicons search only there.
    pub words: WordStarts,
    /// Each sentence's tokens, cut once on first use and shared by the
    /// extractors; the cells come in chunks of [`TOKEN_CHUNK`] sentences,
    /// allocated when one of them is first read (most sentences of a long
    /// text with nothing to find are never tokenized).
    tokens: Vec<OnceCell<Box<[TokenCell]>>>,
}

type TokenCell = OnceCell<Vec<Token>>;

/// Sentences per chunk of token cells.
const TOKEN_CHUNK: usize = 64;

impl<'d> Article<'d> {
    pub fn new(
        doc: &'d Document,
        published: Option<NaiveDate>,
        outlet: Option<Country>,
    ) -> Article<'d> {
        // Extractors read each sentence up to `read_end`: only there are
        // words looked up. Sentences read whole join the next one (only
        // spaces lie between), so short sentences cost one range, not many.
        let mut read: Vec<(usize, usize)> = Vec::new();
        for s in &doc.sentences {
            let end = read_end(doc.text(), s);
            match read.last_mut() {
                Some(last) if doc.text()[last.1..s.start].trim().is_empty() => {
                    last.1 = end;
                }
                _ => read.push((s.start, end)),
            }
            if end < s.end {
                // The rest of a long sentence is not read: the next range starts anew.
                read.push((s.end, s.end));
            }
        }
        let words = WordStarts::gated(doc.text(), read.into_iter(), &LEXICON_GATE);
        Article {
            doc,
            published: published.or(doc.published_hint),
            outlet,
            places: countries::find_mentions_at(doc.text(), &words),
            words,
            tokens: vec![OnceCell::new(); doc.sentences.len().div_ceil(TOKEN_CHUNK)],
        }
    }

    /// The end of sentence `s` as extractors read it: at most [`MAX_SENTENCE`] bytes.
    pub fn read_end(&self, s: &Sentence) -> usize {
        read_end(self.text(), s)
    }

    /// The tokens of sentence `i` up to [`Article::read_end`].
    pub fn tokens(&self, i: usize) -> &[Token] {
        let (Some(s), Some(chunk)) = (self.doc.sentences.get(i), self.tokens.get(i / TOKEN_CHUNK))
        else {
            return &[];
        };
        // A chunk holds the sentences there are: most articles have fewer than one chunk's worth.
        let first = i - i % TOKEN_CHUNK;
        let len = (self.doc.sentences.len() - first).min(TOKEN_CHUNK);
        let cells = chunk.get_or_init(|| (0..len).map(|_| OnceCell::new()).collect());
        let Some(cell) = cells.get(i % TOKEN_CHUNK) else {
            return &[];
        };
        cell.get_or_init(|| tokenize(self.text(), s.start, self.read_end(s)))
    }

    /// The normalised text.
    pub fn text(&self) -> &str {
        self.doc.text()
    }

    pub fn sentences(&self) -> &[Sentence] {
        &self.doc.sentences
    }

    /// Place mentions that lie inside `start..end`.
    pub fn places_in(&self, start: usize, end: usize) -> &[PlaceMention] {
        let lo = self.places.partition_point(|p| p.start < start);
        let hi = self.places.partition_point(|p| p.start < end);
        let hi = hi.max(lo);
        let slice = &self.places[lo..hi];
        let keep = slice.iter().take_while(|p| p.end <= end).count();
        &slice[..keep]
    }
}

/// The end of sentence `s` as extractors read it: at most [`MAX_SENTENCE`] bytes.
fn read_end(text: &str, s: &Sentence) -> usize {
    let mut end = s.start + (s.end - s.start).min(MAX_SENTENCE);
    while end > s.start && !text.is_char_boundary(end) {
        end -= 1;
    }
    end
}

/// Sentences past [`MAX_SENTENCE`]: one `work_limit` diagnostic each, over
/// the whole sentence, with the input bytes read and not read (spans are
/// still normalised here; the counts are the input's).
fn long_sentences(doc: &Document, out: &mut Report) {
    for s in doc
        .sentences
        .iter()
        .filter(|s| s.end - s.start > MAX_SENTENCE)
    {
        let cut = read_end(doc.text(), s);
        let whole = doc.to_original(Span::new(s.start, s.end)).len();
        let read = doc.to_original(Span::new(s.start, cut)).len();
        out.diagnostics.push(Diagnostic::new(
            DiagnosticKind::WorkLimit,
            format!(
                "a sentence of {whole} bytes was read only to its first {read} bytes; the last {} bytes were not read",
                whole.saturating_sub(read),
            ),
            Span::new(s.start, s.end),
        ));
    }
}

/// A word that may not name a state ("Georgia", "Jordan", "Chad") is read as
/// the state the lexicon gives it; when no unambiguous mention of that state
/// ("Georgian", "Tbilisi") backs it up, the reading is reported.
fn ambiguous_places(article: &Article, out: &mut Report) {
    use countries::Entity;
    if !article.places.iter().any(|p| p.ambiguous) {
        return;
    }
    // The states some unambiguous mention names, found once for the article.
    let mut backed = CountrySet::default();
    for q in article.places.iter().filter(|q| !q.ambiguous) {
        if let Entity::Country(c) = q.entity {
            backed.insert(c);
        }
    }
    for p in article.places.iter().filter(|p| p.ambiguous) {
        let Entity::Country(c) = p.entity else {
            continue;
        };
        if backed.contains(c) {
            continue;
        }
        let word = article.text().get(p.start..p.end).unwrap_or("");
        out.diagnostics.push(Diagnostic::new(
            DiagnosticKind::AmbiguousCountry,
            format!("'{word}' read as {c}, but it may name something else here"),
            Span::new(p.start, p.end),
        ));
    }
}

/// Runs every extractor over `doc` and returns the report with input offsets.
pub(crate) fn run(
    doc: &Document,
    published: Option<NaiveDate>,
    outlet: Option<Country>,
    kinds: Kinds,
) -> Report {
    let article = Article::new(doc, published, outlet);
    let mut report = Report {
        headline: doc.headline_text().map(str::to_owned),
        ..Report::default()
    };
    long_sentences(doc, &mut report);
    ambiguous_places(&article, &mut report);
    if kinds.has(RecordKind::Statistics) {
        statistics::extract(&article, &mut report);
    }
    if kinds.has(RecordKind::Meetings) {
        meetings::extract(&article, &mut report);
    }
    if kinds.has(RecordKind::Exercises) {
        exercises::extract(&article, &mut report);
    }
    if kinds.has(RecordKind::CooperationPlans) {
        plans::extract(&article, &mut report);
    }
    report.map_spans(|s: Span| doc.to_original(s));
    report
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lexicon_gate_covers_every_lexicon_read_at_word_starts() {
        for gate in [
            countries::gate(),
            titles::gate(),
            exercise_words::gate(),
            meetings::gate(),
            plans::gate(),
        ] {
            assert!(LEXICON_GATE.covers(gate));
        }
        // It still turns words away: no lexicon phrase begins "qqx".
        let text = "qqx qqx qqx";
        let words = WordStarts::gated(text, std::iter::once((0, text.len())), &LEXICON_GATE);
        assert!(words.from(0).is_empty());
    }
}
