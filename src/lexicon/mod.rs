//! Lexicons as data: countries, titles, exercise words, number words, months.

pub(crate) mod countries;
pub(crate) mod exercise_words;
pub(crate) mod months;
pub(crate) mod numbers;
pub(crate) mod plan_words;
pub(crate) mod titles;
pub(crate) mod venues;

use crate::scan::WordMap;

/// Conjunctions that open a contrasting clause: what a clause before them
/// says (a year, a place, a list) does not reach past them.
pub(crate) const CLAUSE_WORDS: &[&str] = &["while", "whereas", "but", "although", "though"];

/// A word list that rules test tokens against, ASCII case-insensitively.
///
/// The lists of one [`ClassTable`] each own a bit: a token's mask, looked up
/// once, answers every membership test with one bit test instead of a string
/// comparison per listed word.
#[derive(Debug, Clone, Copy)]
pub(crate) struct WordClass {
    bit: u32,
    words: &'static [&'static str],
}

impl WordClass {
    /// The list `words`, owning bit `index` (below 32) of its table's masks.
    pub const fn new(index: u32, words: &'static [&'static str]) -> WordClass {
        WordClass {
            bit: 1 << index,
            words,
        }
    }

    /// The words of the list (tests check the table against it).
    #[cfg(test)]
    pub fn words(self) -> &'static [&'static str] {
        self.words
    }

    /// A word whose mask is `mask` is in the list.
    pub fn has(self, mask: u32) -> bool {
        mask & self.bit != 0
    }
}

/// The first bytes of a list's entries (an ASCII letter in either case), as
/// a 256-bit set built at compile time: text whose first byte is not in it
/// starts no entry, and the list is not scanned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct FirstBytes([u64; 4]);

impl FirstBytes {
    /// The first bytes of the entries of `list` (their first field).
    pub const fn of<T>(list: &[(&str, T)]) -> FirstBytes {
        let mut bits = [0u64; 4];
        let mut i = 0;
        while i < list.len() {
            let b = list[i].0.as_bytes()[0];
            bits[(b >> 6) as usize] |= 1 << (b & 63);
            if b.is_ascii_alphabetic() {
                let other = b ^ 0x20;
                bits[(other >> 6) as usize] |= 1 << (other & 63);
            }
            i += 1;
        }
        FirstBytes(bits)
    }

    /// The bytes of either set.
    pub const fn or(self, other: FirstBytes) -> FirstBytes {
        let (a, b) = (self.0, other.0);
        FirstBytes([a[0] | b[0], a[1] | b[1], a[2] | b[2], a[3] | b[3]])
    }

    /// An entry may start `text`: its first byte is in the set.
    pub fn admits(&self, text: &[u8]) -> bool {
        text.first()
            .is_some_and(|&b| self.0[usize::from(b >> 6)] & (1 << (b & 63)) != 0)
    }
}

/// Word lists as bit masks: each listed word (lower case) maps to the bits of
/// the lists holding it.
pub(crate) struct ClassTable {
    masks: WordMap<u32>,
}

impl ClassTable {
    /// The table of `classes`, which must own distinct bits.
    pub fn new(classes: &[WordClass]) -> ClassTable {
        ClassTable::with_words(classes, [], WordClass::new(0, &[]))
    }

    /// The table of `classes` plus `words` in `class` (a class whose words
    /// are not a constant list); all must own distinct bits.
    pub fn with_words<'w>(
        classes: &[WordClass],
        words: impl IntoIterator<Item = &'w str>,
        class: WordClass,
    ) -> ClassTable {
        let mut words = words.into_iter().peekable();
        debug_assert!(
            classes
                .iter()
                .chain(words.peek().map(|_| &class))
                .try_fold(0u32, |seen, c| (seen & c.bit == 0).then_some(seen | c.bit))
                .is_some(),
            "two word classes share a bit"
        );
        ClassTable::of(
            classes
                .iter()
                .flat_map(|c| c.words.iter().map(move |w| (*w, c.bit)))
                .chain(words.map(|w| (w, class.bit))),
        )
    }

    /// The table of `(word, bits)` pairs; a word listed twice gets both bits.
    fn of<'w>(words: impl IntoIterator<Item = (&'w str, u32)>) -> ClassTable {
        let mut masks = WordMap::new(true);
        for (w, bits) in words {
            *masks.entry(w.as_bytes(), || 0) |= bits;
        }
        ClassTable { masks }
    }

    /// The bits of the lists `word` is in (ASCII case-insensitively); 0 when none.
    pub fn mask(&self, word: &str) -> u32 {
        self.masks.get(word.as_bytes()).copied().unwrap_or(0)
    }
}

/// One word list as a hash set, for lists too long to compare word by word.
pub(crate) struct WordSet(ClassTable);

impl WordSet {
    /// The set of `words`, ASCII case-insensitive.
    pub fn new(words: &'static [&'static str]) -> WordSet {
        WordSet::of(words.iter().copied())
    }

    /// The set of the words `words` yields.
    pub fn of<'w>(words: impl IntoIterator<Item = &'w str>) -> WordSet {
        WordSet(ClassTable::of(words.into_iter().map(|w| (w, 1))))
    }

    /// `word` is in the set, in any ASCII case.
    pub fn contains(&self, word: &str) -> bool {
        self.0.mask(word) != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_bytes_admit_every_entry_in_either_case() {
        let words = FirstBytes::of(&[("million", ()), ("Bn", ())]);
        let signs = FirstBytes::of(&[("$", 0), ("\u{20b9}", 0)]);
        for t in ["million", "Million", "bn", "BN", "mx"] {
            assert!(words.admits(t.as_bytes()), "{t}");
        }
        for t in ["and", "", "$", "9", ",", "\u{20b9}"] {
            assert!(!words.admits(t.as_bytes()), "{t:?}");
        }
        assert!(signs.admits(b"$3") && signs.admits("\u{20b9}9".as_bytes()));
        assert!(!signs.admits(b"x") && !signs.admits(b"S"));
        let both = words.or(signs);
        assert!(both.admits(b"M") && both.admits(b"$") && !both.admits(b"a"));
    }

    #[test]
    fn word_set_ignores_ascii_case() {
        let s = WordSet::new(&["The", "of"]);
        assert!(s.contains("the") && s.contains("OF") && !s.contains("then"));
    }

    #[test]
    fn class_masks_answer_membership() {
        const VERBS: WordClass = WordClass::new(0, &["held", "Hosted"]);
        const PAST: WordClass = WordClass::new(3, &["held", "last"]);
        let t = ClassTable::new(&[VERBS, PAST]);
        assert!(VERBS.has(t.mask("HELD")) && PAST.has(t.mask("held")));
        assert!(VERBS.has(t.mask("hosted")) && !PAST.has(t.mask("hosted")));
        assert!(PAST.has(t.mask("Last")) && !VERBS.has(t.mask("Last")));
        for w in [
            "",
            "he",
            "helds",
            "h\u{e9}ld",
            "a-much-longer-word-than-any-listed",
        ] {
            assert_eq!(t.mask(w), 0, "{w:?}");
        }
    }

    #[test]
    fn computed_words_join_a_class() {
        const PAST: WordClass = WordClass::new(0, &["held", "last"]);
        const NUMBERS: WordClass = WordClass::new(1, &[]);
        let t = ClassTable::with_words(&[PAST], ["five", "Held"], NUMBERS);
        assert!(NUMBERS.has(t.mask("FIVE")) && !PAST.has(t.mask("five")));
        assert!(NUMBERS.has(t.mask("held")) && PAST.has(t.mask("held")));
        assert!(PAST.has(t.mask("last")) && !NUMBERS.has(t.mask("last")));
        assert_eq!(t.mask("six"), 0);
    }
}
