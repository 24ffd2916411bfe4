//! The venue of a meeting, as written: "at the Western Naval Command
//! Headquarters", "at GHQ", "at Defence Headquarters, Nairobi", "at
//! Bangladesh Army Headquarters in Dhaka Cantonment", "at the headquarters
//! of the Land Forces", "at the administrative complex of the Ministry of
//! Defence".

use super::Article;
use crate::lexicon::countries::MentionKind;
use crate::lexicon::venues::is_venue_head;
use crate::text::{Token, TokenKind};

/// Words that join the parts of a venue's name.
const JOINERS: &[&str] = &["of", "the", "and", "for", "de"];

/// The venue named after an "at" or "visited" in the sentence, as a byte range: the one
/// nearest after `trigger_at`, else the last before it.
pub(super) fn venue(
    article: &Article,
    tokens: &[Token],
    words: &[&str],
    trigger_at: usize,
) -> Option<(usize, usize)> {
    let found: Vec<(usize, usize)> = (0..words.len())
        // "at GHQ"; "visited the Army Headquarters, where he was received by".
        .filter(|&i| matches!(words[i], "at" | "visited"))
        .filter_map(|i| name_after(article, tokens, words, i + 1))
        .collect();
    found
        .iter()
        .find(|v| v.0 >= trigger_at)
        .or_else(|| found.iter().rev().find(|v| v.0 < trigger_at))
        .copied()
}

/// A venue's name from token `k`: "the", up to two lower-case modifiers,
/// then capitalised words, joiners and bracketed abbreviations, with a
/// venue head among them; then ", PLACE" or "in PLACE" when they follow.
fn name_after(
    article: &Article,
    tokens: &[Token],
    words: &[&str],
    mut k: usize,
) -> Option<(usize, usize)> {
    let text = article.text();
    if words.get(k) == Some(&"the") {
        k += 1;
    }
    let start = tokens.get(k)?.start;
    let caps = |j: usize| tokens.get(j).is_some_and(|t| t.is_capitalised(text));
    let mut j = k;
    // "administrative complex", "headquarters": lower-case words only right before or as a head.
    let mut lower = 0;
    while j < tokens.len() && !caps(j) && tokens[j].kind == TokenKind::Word && lower < 3 {
        if is_venue_head(words[j]) || JOINERS.contains(&words[j]) {
            break;
        }
        lower += 1;
        j += 1;
    }
    if lower > 0 && !words.get(j).is_some_and(|w| is_venue_head(w)) {
        return None;
    }
    let mut end = None;
    let mut has_head = false;
    while j < tokens.len() {
        let w = words[j];
        if caps(j) || is_venue_head(w) {
            has_head |= is_venue_head(w);
            end = Some(j);
            j += 1;
        } else if JOINERS.contains(&w) && end.is_some() {
            j += 1;
        } else if tokens[j].is_punct(text, '(') && end.is_some() {
            // "(RDF)": an abbreviation in brackets.
            match (tokens.get(j + 1), tokens.get(j + 2)) {
                (Some(a), Some(c)) if a.kind == TokenKind::Word && c.is_punct(text, ')') => {
                    end = Some(j + 2);
                    j += 3;
                }
                _ => break,
            }
        } else if w == "'s" || tokens[j].is_punct(text, '\'') && words.get(j + 1) == Some(&"s") {
            j += if w == "'s" { 1 } else { 2 };
        } else {
            break;
        }
    }
    let last = end?;
    // "at the ministry", "at his office": no name, no venue.
    if !has_head || !(k..=last).any(caps) {
        return None;
    }
    Some((start, place_after(article, tokens, words, last)))
}

/// The end of a venue's name whose last token is `last`, with ", Nairobi"
/// or "in Dhaka Cantonment" when a place follows.
fn place_after(article: &Article, tokens: &[Token], words: &[&str], mut last: usize) -> usize {
    let text = article.text();
    let caps = |j: usize| tokens.get(j).is_some_and(|t| t.is_capitalised(text));
    // ", Nairobi" or "in Dhaka Cantonment" right after: the place is part of it.
    let after = last + 1;
    let place_at = |j: usize| {
        tokens.get(j).and_then(|t| {
            article
                .places_in(t.start, tokens.last()?.end)
                .first()
                .filter(|p| p.start == t.start && p.kind != MentionKind::Demonym)
                .map(|p| p.end)
        })
    };
    let joined = match words.get(after) {
        Some(&",") | Some(&"in") => place_at(after + 1).or_else(|| {
            // An unknown place: one capitalised word, then the clause ends.
            let ends = tokens
                .get(after + 2)
                .is_none_or(|t| t.kind == TokenKind::Punct || words[after + 2] == "on");
            (words[after] == "," && caps(after + 1) && ends).then(|| tokens[after + 1].end)
        }),
        _ => None,
    };
    let mut stop = tokens[last].end;
    if let Some(e) = joined {
        stop = e;
        last = tokens.partition_point(|t| t.end <= e).saturating_sub(1);
        // "in Dhaka Cantonment": capitalised words after the place.
        while caps(last + 1) {
            last += 1;
            stop = tokens[last].end;
        }
    }
    stop
}
