//! Where words start, and lexicon lookups there: the speed machinery that
//! pays its way, in one place.
//!
//! Used by the annotation stage (`extract::Article` finds an article's word
//! starts once, through the union of the lexicons' gates) and by the
//! lexicons (`lexicon::*`: their phrase tables and word tables). Rules do
//! not reach in here; they read what the lexicons found. (The meeting and
//! plan trigger tables of `extract::meetings` and `extract::plans` still
//! build their own [`PhraseTable`]s here.)
//!
//! Every lexicon (countries, titles, exercise words, plan words) matches whole
//! words only, so a phrase can only begin where a word begins. [`WordStarts`]
//! finds those places once per article (64 bytes at a time on ASCII text),
//! each with a short key of its first three bytes and the end of its word. A
//! [`PrefixGate`] built from a lexicon's phrases answers "may a phrase begin
//! here?" with one bit test; at the starts that pass, a [`PhraseTable`]
//! hashes the first word and compares the phrases that begin with it,
//! longest first. An article keeps only the starts that the union of all
//! its lexicons' gates admits ([`WordStarts::gated`]), each with one bit per
//! lexicon that admits it ([`GateSet`]). Nothing runs over every byte but
//! the word-start scan itself.
//!
//! A gate never rejects a real match (it holds every phrase's first bytes in
//! every case the lexicon matches, and collisions only let more through), so
//! results are those of a full scan.

mod word_map;

pub(crate) use word_map::WordMap;

use crate::text::swar::{alnum_bits8, fold8, load8, HI};

/// A word start: a character that is alphanumeric after one that is not (or
/// at the start of the text).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct WordStart {
    /// Byte offset of the word's first character (texts are under 4 GiB:
    /// `Parser` keeps offsets in 32 bits).
    pos: u32,
    /// The gate key of the three bytes from `pos` on (the low [`KEY_BITS`]
    /// bits) and, above them, one bit per member of the [`GateSet`] the
    /// start passed that admits it.
    key: u32,
    /// Byte offset after the word: the end of its run of alphanumeric chars.
    end: u32,
}

impl WordStart {
    /// Byte offset of the word's first character.
    pub fn pos(&self) -> usize {
        self.pos as usize
    }

    /// The gate key of the word's first three bytes.
    fn key(&self) -> u32 {
        self.key & (KEYS as u32 - 1)
    }

    /// The [`GateSet`] member bits of the start (0 when it passed none).
    fn members(&self) -> u8 {
        (self.key >> MEMBER_SHIFT) as u8
    }

    /// Byte offset after the word's last character.
    pub fn end(&self) -> usize {
        self.end as usize
    }
}

/// The word starts of a text, in order: all of them, or only those a
/// [`PrefixGate`] admits.
#[derive(Clone, Default)]
pub(crate) struct WordStarts {
    starts: Vec<WordStart>,
    /// The gates the starts passed, if any: a lexicon whose gate their
    /// union does not cover would miss phrases here.
    filter: Option<&'static GateSet>,
}

impl std::fmt::Debug for WordStarts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WordStarts")
            .field("starts", &self.starts)
            .field("gated", &self.filter.is_some())
            .finish()
    }
}

/// Bits per byte in a key: the low six bits of each byte, which keep ASCII
/// letters' case apart ('A' is 1, 'a' is 33).
const BITS: u32 = 6;
const CODES: u32 = 1 << BITS;
const KEY_BITS: u32 = 3 * BITS;
const KEYS: usize = 1 << KEY_BITS;
/// Where a [`WordStart`]'s member bits sit in its `key` field.
const MEMBER_SHIFT: u32 = 24;

fn code(b: u8) -> u32 {
    u32::from(b) & (CODES - 1)
}

/// The key of the three bytes from `pos` on.
fn key_at(bytes: &[u8], pos: usize) -> u32 {
    match bytes.get(pos..pos + 3) {
        Some(&[a, b, c]) => (code(a) << (2 * BITS)) | (code(b) << BITS) | code(c),
        _ => key_of(bytes, pos),
    }
}

/// The key of the three bytes from `pos` on (missing bytes count as 0).
fn key_of(bytes: &[u8], pos: usize) -> u32 {
    let at = |i: usize| bytes.get(pos + i).map_or(0, |&b| code(b));
    (at(0) << (2 * BITS)) | (at(1) << BITS) | at(2)
}

/// Pushes the word starts of `text[from..n]` for whose key `keep` gives
/// member bits other than 0 onto `starts`, with those bits; `prev_word`
/// tells whether the char before `from` is a word char.
fn scan(
    text: &str,
    from: usize,
    n: usize,
    mut prev_word: bool,
    keep: impl Fn(u32) -> u8,
    starts: &mut Vec<WordStart>,
) {
    // Keys read past `n`: a phrase may run on after the range.
    let bytes = text.as_bytes();
    let mut i = from;
    while i < n {
        let chunk = &bytes[i..n.min(i + 64)];
        // One bit per byte: a word byte after a non-word byte starts a word.
        // Eight bytes at a time; their high bits tell non-ASCII text apart.
        let mut mask = 0u64;
        let mut high = 0u64;
        let mut words = chunk.chunks_exact(8);
        for (k, b8) in (&mut words).enumerate() {
            let x = u64::from_le_bytes(b8.try_into().unwrap_or([0; 8]));
            high |= x;
            mask |= u64::from(alnum_bits8(x)) << (8 * k);
        }
        let tail = words.remainder();
        if !tail.is_empty() {
            let x = load8(tail, 0);
            high |= x;
            mask |= u64::from(alnum_bits8(x)) << (8 * (chunk.len() / 8));
        }
        if high & HI == 0 {
            let mut begin = mask & !((mask << 1) | u64::from(prev_word));
            while begin != 0 {
                let pos = i + begin.trailing_zeros() as usize;
                begin &= begin - 1;
                let key = key_at(bytes, pos);
                let members = keep(key);
                if members != 0 {
                    // The word's letters and digits, from the mask when they
                    // end inside the chunk (an ASCII byte that is neither
                    // ends them there).
                    let off = pos - i;
                    let run = (!(mask >> off)).trailing_zeros() as usize;
                    let end = match off + run < chunk.len() {
                        true => pos + run,
                        false => word_end(text, pos),
                    };
                    starts.push(WordStart {
                        pos: pos as u32,
                        key: key | u32::from(members) << MEMBER_SHIFT,
                        end: end as u32,
                    });
                }
            }
            prev_word = mask >> (chunk.len() - 1) & 1 == 1;
            i += chunk.len();
            continue;
        }
        // A chunk with non-ASCII text: char by char up to its end.
        let stop = n.min(i + 64);
        while i < stop || (i < n && !text.is_char_boundary(i)) {
            let b = bytes[i];
            let (word, len) = if b < 0x80 {
                (ASCII_WORD[usize::from(b)], 1)
            } else {
                // `i` is a char boundary: the loop steps over whole characters.
                let c = text[i..].chars().next().unwrap_or(' ');
                (c.is_alphanumeric(), c.len_utf8())
            };
            if word && !prev_word {
                let key = key_at(bytes, i);
                let members = keep(key);
                if members != 0 {
                    starts.push(WordStart {
                        pos: i as u32,
                        key: key | u32::from(members) << MEMBER_SHIFT,
                        end: word_end(text, i) as u32,
                    });
                }
            }
            prev_word = word;
            i += len;
        }
    }
}

/// Which bytes are ASCII letters or digits.
static ASCII_WORD: [bool; 128] = {
    let mut t = [false; 128];
    let mut b = 0;
    while b < 128 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

impl WordStarts {
    /// Finds every word start in `text` in one pass; non-ASCII characters
    /// count as word characters when they are alphanumeric. (Articles use
    /// [`WordStarts::gated`]; tests look at every start.)
    #[cfg(test)]
    pub fn new(text: &str) -> WordStarts {
        let mut starts = Vec::with_capacity(text.len() / 5);
        scan(text, 0, text.len(), false, |_| u8::MAX, &mut starts);
        WordStarts {
            starts,
            filter: None,
        }
    }

    /// The word starts inside `ranges` (sorted, disjoint, on char
    /// boundaries) that some gate of `gates` admits: the places where the
    /// lexicons whose gates they are may match, in the parts of a text its
    /// readers look at. Each start keeps which of them admit it.
    pub fn gated(
        text: &str,
        ranges: impl Iterator<Item = (usize, usize)>,
        gates: &'static GateSet,
    ) -> WordStarts {
        let mut starts = Vec::new();
        for (start, end) in ranges {
            // Nearly every word passes the gate of all the lexicons ("the",
            // "and" begin some phrase): a start per six bytes or so.
            starts.reserve((end - start) / 5);
            // A word that began before the range does not start in it.
            let prev_word = text[..start]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric);
            scan(
                text,
                start,
                end,
                prev_word,
                |key| gates.members(key),
                &mut starts,
            );
        }
        WordStarts {
            starts,
            filter: Some(gates),
        }
    }

    /// The word starts at or after byte `from`.
    pub fn from(&self, from: usize) -> &[WordStart] {
        let i = self.starts.partition_point(|w| w.pos() < from);
        &self.starts[i..]
    }

    /// All word starts.
    #[cfg(test)]
    pub fn all(&self) -> &[WordStart] {
        &self.starts
    }
}

/// The first three bytes (ASCII case folded) of every phrase of a lexicon, as
/// a 2^18-bit set: 32 KiB, built once per lexicon.
pub(crate) struct PrefixGate {
    bits: Vec<u64>,
}

/// The end of the word (a run of alphanumeric chars) starting at `pos`.
fn word_end(text: &str, pos: usize) -> usize {
    let bytes = text.as_bytes();
    let mut j = pos;
    // ASCII letters and digits eight at a time (the zero padding of a short
    // tail is no letter); a non-ASCII byte ends the run and is looked at below.
    loop {
        let run = (!alnum_bits8(load8(bytes, j))).trailing_zeros() as usize;
        j += run;
        if run < 8 {
            break;
        }
    }
    while j < bytes.len() {
        let b = bytes[j];
        if b < 0x80 {
            if !ASCII_WORD[usize::from(b)] {
                break;
            }
            j += 1;
        } else {
            match text.get(j..).and_then(|t| t.chars().next()) {
                Some(c) if c.is_alphanumeric() => j += c.len_utf8(),
                _ => break,
            }
        }
    }
    j
}

impl PrefixGate {
    /// A gate letting through every word start where one of `phrases` could
    /// match: in any ASCII case when `fold`, else as written. Each phrase
    /// must start with an alphanumeric character.
    pub fn new<'p>(phrases: impl IntoIterator<Item = &'p str>, fold: bool) -> PrefixGate {
        let mut gate = PrefixGate {
            bits: vec![0; KEYS / 64],
        };
        // The codes a phrase byte may meet in the text (one or two).
        let variants = |b: u8| -> ([u32; 2], usize) {
            if fold && b.is_ascii_alphabetic() {
                (
                    [code(b.to_ascii_lowercase()), code(b.to_ascii_uppercase())],
                    2,
                )
            } else {
                ([code(b), 0], 1)
            }
        };
        for p in phrases {
            debug_assert!(
                p.chars().next().is_some_and(char::is_alphanumeric),
                "lexicon phrase {p:?} does not start a word"
            );
            let b = p.as_bytes();
            if b.is_empty() {
                continue;
            }
            let (v0, n0) = variants(b[0]);
            for &c0 in &v0[..n0] {
                // A phrase shorter than three bytes may be followed by anything.
                let rest: Vec<u32> = match (b.get(1), b.get(2)) {
                    (Some(&x), Some(&y)) => {
                        let ((v1, n1), (v2, n2)) = (variants(x), variants(y));
                        v1[..n1]
                            .iter()
                            .flat_map(|&c1| v2[..n2].iter().map(move |&c2| (c1 << BITS) | c2))
                            .collect()
                    }
                    (Some(&x), None) => {
                        let (v1, n1) = variants(x);
                        v1[..n1]
                            .iter()
                            .flat_map(|&c1| (0..CODES).map(move |c2| (c1 << BITS) | c2))
                            .collect()
                    }
                    _ => (0..CODES * CODES).collect(),
                };
                for r in rest {
                    gate.set((c0 << (2 * BITS)) | r);
                }
            }
        }
        gate
    }

    /// The gate admitting every word start one of `gates` admits.
    pub fn union<'g>(gates: impl IntoIterator<Item = &'g PrefixGate>) -> PrefixGate {
        let mut all = PrefixGate {
            bits: vec![0; KEYS / 64],
        };
        for g in gates {
            for (a, b) in all.bits.iter_mut().zip(&g.bits) {
                *a |= b;
            }
        }
        all
    }

    /// Every word start `other` admits, this gate admits.
    pub fn covers(&self, other: &PrefixGate) -> bool {
        self.bits.iter().zip(&other.bits).all(|(a, b)| b & !a == 0)
    }

    fn set(&mut self, key: u32) {
        self.bits[(key / 64) as usize] |= 1 << (key % 64);
    }

    /// A phrase of the lexicon may begin at `w`.
    pub fn admits(&self, w: &WordStart) -> bool {
        self.admits_key(w.key())
    }

    /// A phrase of the lexicon may begin where the key is `key`.
    fn admits_key(&self, key: u32) -> bool {
        self.bits[(key / 64) as usize] & (1 << (key % 64)) != 0
    }

    /// The word starts at or after `from` that a phrase may begin at, as a
    /// prefix of the word or not.
    pub fn starts<'w>(
        &'w self,
        words: &'w WordStarts,
        from: usize,
    ) -> impl Iterator<Item = usize> + 'w {
        self.words(words, from).map(WordStart::pos)
    }

    /// [`PrefixGate::starts`], with each word's end.
    pub fn words<'w>(
        &'w self,
        words: &'w WordStarts,
        from: usize,
    ) -> impl Iterator<Item = &'w WordStart> + 'w {
        debug_assert!(
            words.filter.is_none_or(|f| f.covers(self)),
            "the word starts were gated without this lexicon"
        );
        // A member of the set the starts passed reads its bit in each start.
        let member = words.filter.and_then(|f| f.member_bit(self));
        words.from(from).iter().filter(move |w| match member {
            Some(bit) => w.members() & bit != 0,
            None => self.admits(w),
        })
    }
}

/// The gates of up to eight lexicons, for [`WordStarts::gated`]: a word
/// start is kept when one of them admits it, and it keeps one bit per gate
/// that does. A lexicon that then reads the starts tests its bit in each,
/// not its own 32 KiB gate: five lexicons' gates do not fit in a core's
/// first-level cache together.
pub(crate) struct GateSet {
    members: Vec<&'static PrefixGate>,
    /// Admits what some member admits: the test every word start meets.
    union: PrefixGate,
    /// Per key, bit `i` when `members[i]` admits it: read only for the
    /// starts the union admits (a 256 KiB table).
    bits: Vec<u8>,
}

impl GateSet {
    /// The set of `gates`, each given the bit of its place in the list.
    pub fn new<const N: usize>(gates: [&'static PrefixGate; N]) -> GateSet {
        const { assert!(N <= 8, "a word start has eight member bits") };
        let mut bits = vec![0u8; KEYS];
        for (i, g) in gates.iter().enumerate() {
            for (k, &word) in g.bits.iter().enumerate() {
                let mut w = word;
                while w != 0 {
                    bits[k * 64 + w.trailing_zeros() as usize] |= 1 << i;
                    w &= w - 1;
                }
            }
        }
        GateSet {
            members: gates.to_vec(),
            union: PrefixGate::union(gates),
            bits,
        }
    }

    /// Some member admits every word start `gate` admits.
    pub fn covers(&self, gate: &PrefixGate) -> bool {
        self.union.covers(gate)
    }

    /// The bits of the members that admit `key`; 0 when none does.
    fn members(&self, key: u32) -> u8 {
        match self.union.admits_key(key) {
            true => self.bits.get(key as usize).copied().unwrap_or(0),
            false => 0,
        }
    }

    /// The bit of `gate` when it is a member (the same gate, not an equal one).
    fn member_bit(&self, gate: &PrefixGate) -> Option<u8> {
        self.members
            .iter()
            .position(|&m| std::ptr::eq(m, gate))
            .map(|i| 1 << i)
    }
}

/// A lexicon's phrases, looked up where words start: the [`PrefixGate`]
/// first, then the phrases whose first word is the text's first word there,
/// compared byte by byte, longest first.
///
/// A hash table of a few thousand short phrases stays in cache, where an
/// automaton's transition table of the same lexicon (megabytes once case is
/// folded) misses it at almost every step.
pub(crate) struct PhraseTable {
    gate: PrefixGate,
    /// First word -> its phrases, a range `(start, len)` of `cands`.
    by_first: WordMap<(u32, u32)>,
    /// The phrases of each first word side by side, longest first: a
    /// lookup reads one run of them, with no pointer to follow.
    cands: Vec<Cand>,
    /// Every phrase's bytes, one after another.
    bytes: Vec<u8>,
    /// Every phrase, for [`PhraseTable::prefix_starts`]: its first eight
    /// bytes (lower case when folding), the mask of those it has, and where
    /// its bytes are in `bytes`; grouped by first byte.
    prefixes: Vec<(u64, u64, u32, u32)>,
    /// Per first byte (lower case when folding), the run of `prefixes`
    /// that begin with it: a start is compared with those alone.
    prefix_runs: Vec<(u32, u32)>,
    fold: bool,
}

/// A phrase, as a candidate for the text after its first word.
#[derive(Debug, Clone, Copy)]
struct Cand {
    /// The first eight bytes after the phrase's first word (lower case when
    /// folding) and the mask of those it has: a candidate whose text
    /// differs there is dropped without a byte compare.
    head: u64,
    mask: u64,
    /// The phrase's bytes in `bytes`.
    at: u32,
    len: u32,
    id: u32,
}

impl PhraseTable {
    /// The table of `phrases` (ids in this order), matched ASCII
    /// case-insensitively when `fold`, else exactly. Each phrase must start
    /// with an alphanumeric character.
    pub fn new<'p>(phrases: impl IntoIterator<Item = &'p str>, fold: bool) -> PhraseTable {
        let phrases: Vec<&str> = phrases.into_iter().collect();
        let gate = PrefixGate::new(phrases.iter().copied(), fold);
        let mut bytes = Vec::new();
        let mut spans = Vec::with_capacity(phrases.len());
        for p in &phrases {
            spans.push((bytes.len() as u32, p.len() as u32));
            bytes.extend_from_slice(p.as_bytes());
        }
        // The phrase ids of each first word, in order of first appearance.
        let first_of = |p: &'p str| &p.as_bytes()[..word_end(p, 0)];
        let mut group_of = WordMap::new(fold);
        let mut groups: Vec<(&[u8], Vec<u32>)> = Vec::new();
        for (id, p) in phrases.iter().enumerate() {
            let first = first_of(p);
            let g = *group_of.entry(first, || {
                groups.push((first, Vec::new()));
                groups.len() - 1
            });
            groups[g].1.push(id as u32);
        }
        let mut by_first = WordMap::new(fold);
        let mut cands = Vec::with_capacity(phrases.len());
        for (first, mut ids) in groups {
            ids.sort_by_key(|&id| std::cmp::Reverse(phrases[id as usize].len()));
            *by_first.entry(first, || (0, 0)) = (cands.len() as u32, ids.len() as u32);
            cands.extend(ids.iter().map(|&id| {
                let (head, mask) = prefix8(&phrases[id as usize].as_bytes()[first.len()..], fold);
                let (at, len) = spans[id as usize];
                Cand {
                    head,
                    mask,
                    at,
                    len,
                    id,
                }
            }));
        }
        let mut prefixes: Vec<(u64, u64, u32, u32)> = phrases
            .iter()
            .zip(&spans)
            .map(|(p, &(at, len))| {
                let (head, mask) = prefix8(p.as_bytes(), fold);
                (head, mask, at, len)
            })
            .collect();
        // The low byte of `head` is the first byte.
        prefixes.sort_by_key(|&(head, ..)| head as u8);
        let mut prefix_runs = vec![(0, 0); 256];
        for (i, &(head, ..)) in prefixes.iter().enumerate() {
            let run: &mut (u32, u32) = &mut prefix_runs[usize::from(head as u8)];
            if run.1 == 0 {
                run.0 = i as u32;
            }
            run.1 = i as u32 + 1;
        }
        PhraseTable {
            gate,
            by_first,
            cands,
            bytes,
            prefixes,
            prefix_runs,
            fold,
        }
    }

    /// The bytes of phrase `at..at + len` of the arena.
    fn phrase(&self, at: u32, len: u32) -> &[u8] {
        self.bytes
            .get(at as usize..(at + len) as usize)
            .unwrap_or_default()
    }

    /// The gate of the table's phrases.
    pub fn gate(&self) -> &PrefixGate {
        &self.gate
    }

    /// The word starts at or after `from` that a phrase may begin at.
    pub fn starts<'w>(
        &'w self,
        words: &'w WordStarts,
        from: usize,
    ) -> impl Iterator<Item = usize> + 'w {
        self.gate.starts(words, from)
    }

    /// [`PhraseTable::starts`], with each word's end.
    pub fn words<'w>(
        &'w self,
        words: &'w WordStarts,
        from: usize,
    ) -> impl Iterator<Item = &'w WordStart> + 'w {
        self.gate.words(words, from)
    }

    /// The phrases written at `pos` (a word start), longest first, as (end,
    /// phrase id). Where a phrase ends is not checked: callers want a word
    /// boundary, or not.
    pub fn at<'a>(
        &'a self,
        text: &'a str,
        pos: usize,
    ) -> impl Iterator<Item = (usize, usize)> + 'a {
        self.at_word(text, pos, word_end(text, pos))
    }

    /// [`PhraseTable::at`] the word `w`, whose end is known.
    pub fn at_start<'a>(
        &'a self,
        text: &'a str,
        w: &WordStart,
    ) -> impl Iterator<Item = (usize, usize)> + 'a {
        self.at_word(text, w.pos(), w.end())
    }

    /// [`PhraseTable::at`] a word that runs from `pos` to `first_end`.
    fn at_word<'a>(
        &'a self,
        text: &'a str,
        pos: usize,
        first_end: usize,
    ) -> impl Iterator<Item = (usize, usize)> + 'a {
        let bytes = text.as_bytes();
        let first = bytes.get(pos..first_end).unwrap_or_default();
        // Every phrase of the bucket begins with this word: only what
        // follows it is compared.
        let cands = match self.by_first.get(first) {
            Some(&(lo, n)) => self
                .cands
                .get(lo as usize..(lo + n) as usize)
                .unwrap_or_default(),
            None => &[],
        };
        let from = pos + first.len();
        let next = match cands.len() > 1 {
            false => 0,
            true => fold8(load8(bytes, from), self.fold),
        };
        cands.iter().filter_map(move |c| {
            if cands.len() > 1 && next & c.mask != c.head {
                return None;
            }
            let id = c.id;
            let p = self.phrase(c.at, c.len);
            let rest = p.get(first.len()..)?;
            let end = from + rest.len();
            let found = bytes.get(from..end)?;
            let same = match self.fold {
                true => found.eq_ignore_ascii_case(rest),
                false => found == rest,
            };
            same.then_some((end, id as usize))
        })
    }

    /// Whole-word matches, leftmost-longest, non-overlapping, in text order:
    /// (start, end, phrase id).
    pub fn find_words(&self, text: &str, words: &WordStarts) -> Vec<(usize, usize, usize)> {
        self.find_words_grouped(text, words, &|_| 0, 1)
            .pop()
            .unwrap_or_default()
    }

    /// [`PhraseTable::find_words`] for several lists in one table: phrase
    /// `id` belongs to list `group(id)` (below `groups`, at most 64), and
    /// each list is matched on its own, as if it were its own table.
    pub fn find_words_grouped(
        &self,
        text: &str,
        words: &WordStarts,
        group: &dyn Fn(usize) -> usize,
        groups: usize,
    ) -> Vec<Vec<(usize, usize, usize)>> {
        let mut out = vec![Vec::new(); groups];
        // Per list, where its last match ended (at most 64 lists: `done` below).
        let mut next = [0; 64];
        for w in self.words(words, 0) {
            let start = w.pos();
            let mut done = 0u64;
            for (end, id) in self.at_start(text, w) {
                let g = group(id);
                if start < next[g] || done & (1 << g) != 0 || !ends_word(text, end) {
                    continue;
                }
                done |= 1 << g;
                next[g] = end;
                out[g].push((start, end, id));
            }
        }
        out
    }

    /// The word starts where a phrase begins as a prefix of the word or of
    /// the text ("arriv" in "arrived"). Tries every phrase: for short lists.
    pub fn prefix_starts(&self, text: &str, words: &WordStarts) -> Vec<usize> {
        let bytes = text.as_bytes();
        // One masked compare of the first eight bytes per phrase; bytes are
        // compared only past eight.
        self.starts(words, 0)
            .filter(|&pos| {
                let x = fold8(load8(bytes, pos), self.fold);
                let (lo, hi) = self.prefix_runs[usize::from(x as u8)];
                self.prefixes
                    .get(lo as usize..hi as usize)
                    .unwrap_or_default()
                    .iter()
                    .any(|&(head, mask, at, len)| {
                        let p = self.phrase(at, len);
                        x & mask == head
                            && (p.len() <= 8
                                || bytes.get(pos..pos + p.len()).is_some_and(|f| {
                                    if self.fold {
                                        f.eq_ignore_ascii_case(p)
                                    } else {
                                        f == p
                                    }
                                }))
                    })
            })
            .collect()
    }
}

/// The first eight bytes of `b` (lower case when `fold`) and the mask of
/// those it has.
fn prefix8(b: &[u8], fold: bool) -> (u64, u64) {
    (fold8(load8(b, 0), fold), len_mask(b.len()))
}

/// The mask of the first `n` bytes of a `u64` loaded by [`load8`] (all of it from eight on).
fn len_mask(n: usize) -> u64 {
    match n {
        n if n >= 8 => u64::MAX,
        n => (1u64 << (8 * n)) - 1,
    }
}

/// No alphanumeric char starts at `end`.
fn ends_word(text: &str, end: usize) -> bool {
    let after = text.get(end..).and_then(|t| t.chars().next());
    !after.is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn positions(text: &str) -> Vec<usize> {
        WordStarts::new(text)
            .all()
            .iter()
            .map(WordStart::pos)
            .collect()
    }

    #[test]
    fn word_starts_follow_non_alphanumerics() {
        assert_eq!(
            positions("U.S. and Kazakh-led drills"),
            vec![0, 2, 5, 9, 16, 20]
        );
        assert_eq!(positions("  x"), vec![2]);
        assert_eq!(positions(""), Vec::<usize>::new());
        // Non-ASCII letters are word characters; curly quotes are not.
        assert_eq!(positions("Türkiye «Éx»"), vec![0, 11]);
        assert_eq!(positions("日本Japan"), vec![0]);
        // Across 64-byte chunks, ASCII and not.
        let long = "ab ".repeat(40) + "é x" + &"cd-".repeat(30);
        let slow: Vec<usize> = long
            .char_indices()
            .filter(|&(i, c)| {
                c.is_alphanumeric()
                    && !long[..i]
                        .chars()
                        .next_back()
                        .is_some_and(char::is_alphanumeric)
            })
            .map(|(i, _)| i)
            .collect();
        assert_eq!(positions(&long), slow);
        let word_across = "x".repeat(63) + "yy z";
        assert_eq!(positions(&word_across), vec![0, 66]);
    }

    #[test]
    fn word_starts_know_where_their_words_end() {
        // Words that end inside a chunk, at its end, across it, at the text's
        // end, and next to non-ASCII letters, marks and spaces.
        let long = "x".repeat(60);
        let parts = ["ab", " ", "é", "-", &long, "«", "9", "İ"];
        let extra = [
            "x".repeat(64) + " y",
            "x".repeat(63) + "é z",
            "z".repeat(130),
        ];
        let extra: Vec<&str> = extra.iter().map(String::as_str).collect();
        for text in crate::test_support::strings_of(&parts, 4, &extra) {
            for w in WordStarts::new(&text).all() {
                assert_eq!(w.end(), word_end(&text, w.pos()), "{text:?} at {}", w.pos());
            }
        }
    }

    #[test]
    fn gate_admits_phrase_starts_in_any_ascii_case() {
        let gate = PrefixGate::new(["Minister", "US", "Gen.", "a"], true);
        let text = "the MINISTER met US and USA officials, Gen. Lee, an aide";
        let words = WordStarts::new(text);
        let got: Vec<&str> = gate
            .starts(&words, 0)
            .map(|p| &text[p..p + text[p..].find(' ').unwrap_or(text.len() - p)])
            .collect();
        assert_eq!(got, ["MINISTER", "US", "and", "USA", "Gen.", "an", "aide"]);
        assert!(!gate.starts(&words, 0).any(|p| text[p..].starts_with("the")));
        // Starts before `from` are skipped.
        assert_eq!(gate.starts(&words, 20).next(), Some(20));
    }

    #[test]
    fn gated_starts_are_the_starts_the_union_admits() {
        use std::sync::LazyLock;
        static A: LazyLock<PrefixGate> = LazyLock::new(|| PrefixGate::new(["Minister"], true));
        static B: LazyLock<PrefixGate> = LazyLock::new(|| PrefixGate::new(["US", "é"], false));
        static BOTH: LazyLock<GateSet> = LazyLock::new(|| GateSet::new([&*A, &*B]));
        assert!(BOTH.covers(&A) && BOTH.covers(&B));
        assert!(!A.covers(&B) && !B.covers(&A));
        // Equal to a member, but not one: it tests its own gate.
        let like_a = PrefixGate::new(["Minister"], true);
        assert!(BOTH.covers(&like_a) && BOTH.member_bit(&like_a).is_none());
        assert_eq!(BOTH.member_bit(&B), Some(2));
        let text = "the MINISTER met US and us, é x Ministers; ".repeat(5);
        let all = WordStarts::new(&text);
        let ranges = [(0, 44), (60, 120), (150, text.len())];
        let gated = WordStarts::gated(&text, ranges.into_iter(), &BOTH);
        let want: Vec<WordStart> = all
            .all()
            .iter()
            .filter(|w| ranges.iter().any(|&(a, b)| (a..b).contains(&w.pos())))
            .filter(|w| A.admits(w) || B.admits(w))
            .copied()
            .collect();
        let at = |ws: &[WordStart]| ws.iter().map(|w| (w.pos(), w.end())).collect::<Vec<_>>();
        assert_eq!(at(gated.all()), at(&want));
        assert!(want.len() > 10 && want.len() < all.all().len() / 2);
        // Each start knows which members admit it.
        for w in gated.all() {
            assert_eq!(
                w.members(),
                u8::from(A.admits(w)) | u8::from(B.admits(w)) << 1
            );
        }
        // Each lexicon then finds in the gated starts what it finds in all of them.
        for g in [&*A, &*B, &like_a] {
            let every: Vec<usize> = g.starts(&all, 0).filter(|&p| p < 44).collect();
            let some: Vec<usize> = g.starts(&gated, 0).filter(|&p| p < 44).collect();
            assert_eq!(every, some);
            assert!(!some.is_empty());
        }
    }

    #[test]
    fn gate_keys_a_word_at_the_end_of_the_text() {
        let gate = PrefixGate::new(["UK"], true);
        let words = WordStarts::new("the UK");
        assert_eq!(gate.starts(&words, 0).collect::<Vec<_>>(), vec![4]);
    }

    #[test]
    fn phrase_table_matches_whole_first_words_longest_first() {
        let t = PhraseTable::new(
            [
                "Minister of Defence",
                "Minister",
                "drills",
                "Lt.Gen.",
                "war",
            ],
            true,
        );
        let text = "the minister of defence, Ministers, drill drills Lt.Gen. Lt Drillsx war-time";
        let words = WordStarts::new(text);
        let at = |w: &str| {
            let p = text.find(w).unwrap();
            t.at(text, p)
                .map(|(e, id)| (&text[p..e], id))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            at("minister of"),
            [("minister of defence", 0), ("minister", 1)]
        );
        assert_eq!(at("Ministers"), []);
        assert_eq!(at("drill "), []);
        assert_eq!(at("Lt.G"), [("Lt.Gen.", 3)]);
        let found: Vec<&str> = t
            .find_words(text, &words)
            .into_iter()
            .map(|(s, e, _)| &text[s..e])
            .collect();
        assert_eq!(found, ["minister of defence", "drills", "Lt.Gen.", "war"]);
        let exact = PhraseTable::new(["India"], false);
        let text = "india India";
        assert_eq!(exact.find_words(text, &WordStarts::new(text)), [(6, 11, 0)]);
        let stems = PhraseTable::new(["arriv", "met", "consultations"], true);
        let text = "They arrived; helmet, Met. CONSULTATIONS, consultat";
        assert_eq!(
            stems.prefix_starts(text, &WordStarts::new(text)),
            [5, 22, 27]
        );
        let text = "india Indian Indi";
        assert_eq!(exact.prefix_starts(text, &WordStarts::new(text)), [6]);
    }

    #[test]
    fn prefix_starts_are_the_starts_some_phrase_prefixes() {
        let phrases = [
            "arriv",
            "met",
            "meeting",
            "mé",
            "Al",
            "a",
            "consultations",
            "ëlan",
        ];
        let text = "Arrived at the meeting, Met mé MÉ al-Alam; ëlan Ëlan consult, ALSO; me";
        for fold in [true, false] {
            let t = PhraseTable::new(phrases, fold);
            let words = WordStarts::new(text);
            let want: Vec<usize> = words
                .all()
                .iter()
                .map(WordStart::pos)
                .filter(|&pos| {
                    phrases.iter().any(|p| {
                        text.as_bytes()
                            .get(pos..pos + p.len())
                            .is_some_and(|f| match fold {
                                true => f.eq_ignore_ascii_case(p.as_bytes()),
                                false => f == p.as_bytes(),
                            })
                    })
                })
                .collect();
            assert!(want.len() > 5, "{want:?}");
            assert_eq!(t.prefix_starts(text, &words), want, "fold {fold}");
        }
    }

    #[test]
    fn word_lists_match_whole_words_longest_first() {
        let p = PhraseTable::new(["war games", "war", "drill"], true);
        let t = "WAR GAMES, a drill, drills, wartime and a war.";
        let got: Vec<(&str, usize)> = p
            .find_words(t, &WordStarts::new(t))
            .into_iter()
            .map(|(s, e, i)| (&t[s..e], i))
            .collect();
        assert_eq!(got, [("WAR GAMES", 0), ("drill", 2), ("war", 1)]);
        let starts = p.prefix_starts(t, &WordStarts::new(t));
        let words: Vec<&str> = starts.iter().map(|&s| &t[s..s + 3]).collect();
        assert_eq!(words, ["WAR", "dri", "dri", "war", "war"]);
    }

    #[test]
    fn exact_gate_keeps_case() {
        let gate = PrefixGate::new(["India", "US"], false);
        let text = "indeed India, indian US us USA";
        let words = WordStarts::new(text);
        let got: Vec<usize> = gate.starts(&words, 0).collect();
        assert_eq!(got, vec![7, 21, 27]);
    }
}
