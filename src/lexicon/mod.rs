//! Lexicons as data: countries, titles, exercise words, number words, months.

pub(crate) mod countries;
pub(crate) mod exercise_words;
pub(crate) mod months;
pub(crate) mod numbers;
pub(crate) mod plan_words;
pub(crate) mod titles;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, Anchored, Input, MatchKind, StartKind};

use crate::text::{PrefixGate, WordStarts};

/// A list of words and phrases matched whole-word and ASCII case-insensitively,
/// tried only at the word starts its [`PrefixGate`] admits.
pub(crate) struct WordPhrases {
    ac: AhoCorasick,
    gate: PrefixGate,
}

impl WordPhrases {
    /// Builds the matcher; every phrase must start with an alphanumeric character.
    pub fn new(phrases: &[&str]) -> WordPhrases {
        let ac = AhoCorasickBuilder::new()
            // An anchored DFA: built once, one table step per byte.
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Anchored)
            .build(phrases)
            .expect("lexicon phrases build");
        WordPhrases {
            ac,
            gate: PrefixGate::new(phrases.iter().copied()),
        }
    }

    /// Whole-word, leftmost-longest, non-overlapping matches in text order:
    /// (start, end, phrase index).
    pub fn find(&self, text: &str, words: &WordStarts) -> Vec<(usize, usize, usize)> {
        let mut out = Vec::new();
        let mut next = 0;
        for start in self.gate.starts(words, 0) {
            if start < next {
                continue;
            }
            let input = Input::new(text).range(start..).anchored(Anchored::Yes);
            let Some(m) = self.ac.find(input) else {
                continue;
            };
            let after = text.get(m.end()..).and_then(|t| t.chars().next());
            if !after.is_some_and(char::is_alphanumeric) && text.is_char_boundary(m.end()) {
                next = m.end();
                out.push((start, m.end(), m.pattern().as_usize()));
            }
        }
        out
    }

    /// Word starts where a phrase begins, as a prefix of the word or not
    /// ("arriv" in "arrived").
    pub fn starts(&self, text: &str, words: &WordStarts) -> Vec<usize> {
        self.gate
            .starts(words, 0)
            .filter(|&start| {
                let input = Input::new(text).range(start..).anchored(Anchored::Yes);
                self.ac.find(input).is_some()
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_phrases_match_whole_words_longest_first() {
        let p = WordPhrases::new(&["war games", "war", "drill"]);
        let t = "WAR GAMES, a drill, drills, wartime and a war.";
        let got: Vec<(&str, usize)> = p
            .find(t, &WordStarts::new(t))
            .into_iter()
            .map(|(s, e, i)| (&t[s..e], i))
            .collect();
        assert_eq!(got, [("WAR GAMES", 0), ("drill", 2), ("war", 1)]);
        let starts = p.starts(t, &WordStarts::new(t));
        let words: Vec<&str> = starts.iter().map(|&s| &t[s..s + 3]).collect();
        assert_eq!(words, ["WAR", "dri", "dri", "war", "war"]);
    }
}
