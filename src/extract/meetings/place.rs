//! Where a meeting took place, read from the place phrase's grammar ("in
//! Astana", "in the Vietnamese capital Ha Noi", "in the northern city of
//! Kankan", "in Luang Prabang, Laos", an unknown city that ends the
//! clause), and the dateline or headline place for a meeting that names
//! none ("ASTANA. KAZINFORM", "Doha:", "... discussed in Astana").

use super::Article;
use crate::lexicon::countries::MentionKind;
use crate::lexicon::venues::SETTLEMENTS;
use crate::model::Country;
use crate::text::{after, sub, Token, TokenKind};

/// A meeting place as written, and the state it lies in when known.
#[derive(Debug, Clone)]
pub(super) struct Place {
    pub(super) text: String,
    pub(super) state: Option<Country>,
    /// The place is a state's name ("Rwanda"), not a city or site in it.
    pub(super) country_level: bool,
}

/// "in Astana", "in Turkmenistan's capital Ashgabat", "visit to Chisinau".
pub(super) fn sentence_location(
    article: &Article,
    tokens: &[Token],
    words: &[&str],
) -> Option<Place> {
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
        if *w == "in" {
            if let Some(place) = capital_named(article, tokens, words, i + 1)
                .or_else(|| city_of(article, tokens, words, i + 1))
            {
                return Some(place);
            }
        }
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
        // "the visiting US Naval Forces Commander": a state's name as a
        // modifier, not the place visited.
        let modifier = tokens.iter().find(|t| t.start >= p.end).is_some_and(|t| {
            let w = t.text(text);
            t.start == p.end + 1
                && t.is_capitalised(text)
                && crate::lexicon::months::month(w).is_none()
                && crate::lexicon::months::weekday(w).is_none()
        });
        if matches!(*w, "visited" | "visiting") && modifier {
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
    unknown_place(article, tokens, words)
}

/// "the Vietnamese capital Ha Noi", "the capital Bogota", "the Kenyan capital,
/// Nairobi" from token `k` on: the city, in the demonym's state (or the one
/// the gazetteer knows it in).
fn capital_named(article: &Article, tokens: &[Token], words: &[&str], k: usize) -> Option<Place> {
    let text = article.text();
    if words.get(k) != Some(&"the") {
        return None;
    }
    let mut j = k + 1;
    let mut state = None;
    if let Some(p) = article
        .places_in(tokens.get(j)?.start, tokens.last()?.end)
        .first()
        .filter(|p| p.start == tokens[j].start && p.kind == MentionKind::Demonym)
    {
        state = p.state();
        j = tokens.partition_point(|t| t.start < p.end);
    }
    if words.get(j) != Some(&"capital") {
        return None;
    }
    j += 1;
    if tokens.get(j).is_some_and(|t| t.text(text) == ",") {
        j += 1;
    }
    named_at(article, tokens, j, state)
}

/// Up to three capitalised words from token `first`: a city or region by
/// its name, in `state` or else the one the gazetteer knows it in.
fn named_at(
    article: &Article,
    tokens: &[Token],
    first: usize,
    state: Option<Country>,
) -> Option<Place> {
    let text = article.text();
    let mut j = first;
    while j < tokens.len() && j < first + 3 && tokens[j].is_capitalised(text) {
        j += 1;
    }
    if j == first {
        return None;
    }
    let (a, b) = (tokens[first].start, tokens[j - 1].end);
    let known = article.places_in(a, b).first().and_then(|p| p.state());
    Some(Place {
        text: sub(text, a, b).to_string(),
        state: state.or(known),
        country_level: false,
    })
}

/// "the northern city of Kankan", "the coastal town of Mbour", "the port
/// city of Karachi" from token `k` on: the place's name, as written.
fn city_of(article: &Article, tokens: &[Token], words: &[&str], k: usize) -> Option<Place> {
    if words.get(k) != Some(&"the") {
        return None;
    }
    // Up to two modifiers, then the settlement word and "of".
    let of = (k + 1..(k + 5).min(words.len())).find(|&j| words[j] == "of")?;
    if of < k + 2 || !SETTLEMENTS.contains(&words[of - 1]) {
        return None;
    }
    named_at(article, tokens, of + 1, None)
}

/// "in Thies on Monday", "in Kimihurura.": capitalised words after "in"
/// that the gazetteer does not know, ending the clause; not a month, a
/// weekday, a title or a function word.
fn unknown_place(article: &Article, tokens: &[Token], words: &[&str]) -> Option<Place> {
    const AFTER: &[&str] = &[
        "on",
        "at",
        "last",
        "this",
        "earlier",
        "and",
        "where",
        "for",
        "to",
        "during",
        "today",
        "yesterday",
        "in",
        "with",
    ];
    let text = article.text();
    for i in (0..words.len()).filter(|&i| words[i] == "in") {
        let first = i + 1;
        let mut j = first;
        while j < tokens.len() && j < first + 3 && tokens[j].kind == TokenKind::Word {
            let w = tokens[j].text(text);
            let name_like = tokens[j].is_capitalised(text)
                && !crate::grammar::names::is_stop(w)
                && crate::lexicon::months::month(w).is_none()
                && crate::lexicon::months::weekday(w).is_none()
                && crate::lexicon::titles::title_phrase_at(text, tokens[j].start).is_none();
            if !name_like {
                break;
            }
            j += 1;
        }
        let ends = tokens
            .get(j)
            .is_none_or(|t| t.kind == TokenKind::Punct || AFTER.contains(&words[j]));
        if j == first
            || !ends
            || !article
                .places_in(tokens[first].start, tokens[j - 1].end)
                .is_empty()
        {
            continue;
        }
        return Some(Place {
            text: sub(text, tokens[first].start, tokens[j - 1].end).to_string(),
            state: None,
            country_level: false,
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
pub(super) fn fallback_location(article: &Article) -> Option<Place> {
    let text = article.text();
    for (si, s) in article.sentences().iter().enumerate().take(5) {
        let tokens = article.tokens(si);
        // "(MENAFN - Trend) BAKU, ...": an aggregator's prefix in brackets before the dateline.
        let tokens = match tokens.first() {
            Some(t) if t.is_punct(text, '(') => tokens
                .iter()
                .take(8)
                .position(|t| t.is_punct(text, ')'))
                .map_or(tokens, |close| &tokens[close + 1..]),
            _ => tokens,
        };
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
            // "Doha: ...", "Kigali — ...", "Hanoi (VNA) - ..." too.
            let rest = after(text, p.end);
            (p.start == first.start
                && p.kind == MentionKind::Capital
                && (rest
                    .trim_start_matches(' ')
                    .starts_with([',', ':', '-', '(', '\u{2013}', '\u{2014}'])
                    || rest.starts_with(" D.C.")))
            .then_some(p.end)
        });
        let Some(e) = end else { continue };
        // "WASHINGTON D.C. --", "Bogotá D.C. Colombia's minister ...": the district is part of the place.
        let district = [" D.C.", ", D.C.", " DC"]
            .iter()
            .find(|d| sub(text, e, s.end).starts_with(**d));
        let e = e + district.map_or(0, |d| d.len());
        // A dateline's place is followed by punctuation: "ASTANA.", "AMMAN,", "DONGUZ PROVING GROUND /".
        let after = sub(text, e, s.end).trim_start_matches(' ');
        let punct = after.starts_with(['.', ',', '-', '/', '(', ':', '\u{2013}', '\u{2014}']);
        if !punct && district.is_none() {
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
