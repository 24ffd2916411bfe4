//! Word hashing and a small word-keyed table for the lexicons.
//!
//! Lexicon lookups hash short words millions of times, and almost every
//! lookup misses. [`WordMap`] first tests a word's length and first two
//! bytes against a small bit set, which turns most absent words away; the
//! rest are hashed eight bytes at a time (ASCII case folded in the same step
//! when asked) and probed in an open-addressing table whose slots keep 32
//! bits of each word's hash, so a probe loads a word's entry only when those
//! agree. An entry keeps its key's length and first eight bytes, which
//! decide a word of eight bytes or fewer; longer keys are compared in full.

use super::swar::{fold8, load8};

/// Multiplier of the word hash (a 64-bit odd constant with well-spread bits).
const K: u64 = 0x9e37_79b9_7f4a_7c15;

/// One step of the word hash.
fn mix(h: u64, x: u64) -> u64 {
    (h.rotate_left(23) ^ x).wrapping_mul(K)
}

fn finish(h: u64) -> u64 {
    h ^ (h >> 29)
}

/// The hash of `word`, ASCII-lowercased first when `fold`. Equal words (in
/// any ASCII case when `fold`) hash alike.
pub(crate) fn word_hash(word: &[u8], fold: bool) -> u64 {
    let mut h = word.len() as u64;
    let mut at = 0;
    while at < word.len() {
        h = mix(h, fold8(load8(word, at), fold));
        at += 8;
    }
    finish(h)
}

/// A [`Hasher`](std::hash::Hasher) for the crate's own hash maps of short
/// strings and codes: the word hash's steps, eight bytes at a time (the
/// default SipHash guards against attacks that per-article tables of a few
/// words do not face, at several times the cost).
#[derive(Default)]
pub(crate) struct FastHasher(u64);

impl std::hash::Hasher for FastHasher {
    fn finish(&self) -> u64 {
        finish(self.0)
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut at = 0;
        while at < bytes.len() {
            self.0 = mix(self.0, load8(bytes, at));
            at += 8;
        }
    }

    fn write_u8(&mut self, b: u8) {
        self.0 = mix(self.0, u64::from(b));
    }

    fn write_usize(&mut self, n: usize) {
        self.0 = mix(self.0, n as u64);
    }
}

/// A `HashMap` with [`FastHasher`].
pub(crate) type FastMap<K, V> =
    std::collections::HashMap<K, V, std::hash::BuildHasherDefault<FastHasher>>;

/// A `HashSet` with [`FastHasher`].
pub(crate) type FastSet<K> =
    std::collections::HashSet<K, std::hash::BuildHasherDefault<FastHasher>>;

/// A table from words to values, matched exactly or in any ASCII case.
///
/// Built once per lexicon; lookups never allocate.
pub(crate) struct WordMap<V> {
    /// The entry's hash in the high 32 bits and its index + 1 into
    /// `entries` in the low ones; 0 is an empty slot. A power of two long,
    /// at least twice the entries. A probe that meets another word's slot
    /// moves on without loading that entry.
    slots: Vec<u64>,
    entries: Vec<Entry<V>>,
    /// Every key's bytes (lower case when folding), one after another.
    keys: Vec<u8>,
    fold: bool,
    longest: usize,
    /// One bit per (length, first two bytes in any ASCII case) some key
    /// has: most words that are not in the map are turned away here,
    /// before they are hashed.
    gate: Box<[u64; GATE_WORDS]>,
}

/// The bits of a hash kept in a slot.
const TAG: u64 = 0xffff_ffff_0000_0000;

/// Bits of [`gate_key`]: four of length, five of each of two bytes.
const GATE_BITS: u32 = 14;
const GATE_WORDS: usize = (1 << GATE_BITS) / 64;

/// The gate bit of `word` (not empty).
#[inline]
fn gate_key(word: &[u8]) -> usize {
    // A missing byte counts as 0, which the folding keeps 0.
    let b = |i: usize| usize::from((word.get(i).copied().unwrap_or(0) | 0x20) & 31);
    (word.len().min(15) << 10) | (b(0) << 5) | b(1)
}

/// 24 bytes for the common values, so that many fit a cache line.
struct Entry<V> {
    /// The key's first eight bytes (zero-padded): for keys of eight bytes
    /// or fewer, equal first bytes and lengths already mean equal keys.
    first: u64,
    /// Where the key's bytes are in `keys`.
    at: u32,
    len: u32,
    value: V,
}

impl<V> WordMap<V> {
    /// An empty map, folding ASCII case when `fold`.
    pub fn new(fold: bool) -> WordMap<V> {
        WordMap {
            slots: vec![0; 8],
            entries: Vec::new(),
            keys: Vec::new(),
            fold,
            longest: 0,
            gate: Box::new([0; GATE_WORDS]),
        }
    }

    /// The value of `word`, inserted with `make` when missing.
    pub fn entry(&mut self, word: &[u8], make: impl FnOnce() -> V) -> &mut V {
        let i = match self.find(word) {
            Some(i) => i,
            None => {
                let at = self.keys.len();
                self.keys.extend_from_slice(word);
                if self.fold {
                    self.keys[at..].make_ascii_lowercase();
                }
                let key = &self.keys[at..];
                self.longest = self.longest.max(key.len());
                let g = gate_key(key);
                self.gate[g / 64] |= 1 << (g % 64);
                self.entries.push(Entry {
                    first: load8(key, 0),
                    at: at as u32,
                    len: key.len() as u32,
                    value: make(),
                });
                if self.entries.len() * 2 > self.slots.len() {
                    self.rehash(self.slots.len() * 2);
                } else {
                    self.place(self.entries.len() - 1);
                }
                self.entries.len() - 1
            }
        };
        &mut self.entries[i].value
    }

    /// The value of `word`, if it is in the map.
    #[inline]
    pub fn get(&self, word: &[u8]) -> Option<&V> {
        self.find(word).map(|i| &self.entries[i].value)
    }

    /// The entry of `word`. The length and gate tests, which turn most
    /// words away, are inlined into the caller.
    #[inline]
    fn find(&self, word: &[u8]) -> Option<usize> {
        match self.passes_gate(word) {
            true => self.probe(word),
            false => None,
        }
    }

    /// `word` may be a key: its length and gate bit allow it.
    #[inline(always)]
    fn passes_gate(&self, word: &[u8]) -> bool {
        let len = word.len();
        if len == 0 || len > self.longest {
            return false;
        }
        let g = gate_key(word);
        self.gate[g / 64] & (1 << (g % 64)) != 0
    }

    /// [`WordMap::find`] past the gate.
    fn probe(&self, word: &[u8]) -> Option<usize> {
        let len = word.len();
        let first = fold8(load8(word, 0), self.fold);
        let hash = match len <= 8 {
            true => finish(mix(len as u64, first)),
            false => word_hash(word, self.fold),
        };
        let mask = self.slots.len() - 1;
        let mut s = hash as usize & mask;
        let tag = hash & TAG;
        loop {
            let slot = *self.slots.get(s)?;
            if slot == 0 {
                return None;
            }
            if slot & TAG != tag {
                s = (s + 1) & mask;
                continue;
            }
            let e = (slot as u32).checked_sub(1)?;
            let entry = self.entries.get(e as usize)?;
            if entry.first == first
                && entry.len as usize == len
                && (len <= 8 || {
                    let key = self.key(entry);
                    match self.fold {
                        true => key.eq_ignore_ascii_case(word),
                        false => key == word,
                    }
                })
            {
                return Some(e as usize);
            }
            s = (s + 1) & mask;
        }
    }

    /// The stored bytes of `entry`'s key.
    fn key(&self, entry: &Entry<V>) -> &[u8] {
        self.keys
            .get(entry.at as usize..(entry.at + entry.len) as usize)
            .unwrap_or_default()
    }

    fn place(&mut self, i: usize) {
        let mask = self.slots.len() - 1;
        // Stored keys are folded already.
        let hash = word_hash(self.key(&self.entries[i]), false);
        let mut s = hash as usize & mask;
        while self.slots[s] != 0 {
            s = (s + 1) & mask;
        }
        self.slots[s] = (hash & TAG) | (i as u64 + 1);
    }

    fn rehash(&mut self, len: usize) {
        self.slots = vec![0; len];
        for i in 0..self.entries.len() {
            self.place(i);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folded_hashes_ignore_ascii_case_only() {
        for (a, b) in [
            ("Minister", "MINISTER"),
            ("a-much-longer-Word", "A-MUCH-LONGER-word"),
        ] {
            assert_eq!(word_hash(a.as_bytes(), true), word_hash(b.as_bytes(), true));
            assert_ne!(
                word_hash(a.as_bytes(), false),
                word_hash(b.as_bytes(), false)
            );
        }
        assert_ne!(word_hash(b"ab", true), word_hash(b"ab\0", true));
    }

    #[test]
    fn word_map_finds_what_was_inserted() {
        let mut m = WordMap::new(true);
        let words: Vec<String> = (0..500).map(|i| format!("Word{i}")).collect();
        for (i, w) in words.iter().enumerate() {
            *m.entry(w.as_bytes(), || 0) += i;
        }
        *m.entry(b"WORD7", || 0) += 1000;
        for (i, w) in words.iter().enumerate() {
            let extra = if i == 7 { 1000 } else { 0 };
            assert_eq!(m.get(w.to_uppercase().as_bytes()), Some(&(i + extra)));
        }
        assert_eq!(m.get(b"word500"), None);
        assert_eq!(m.get(b""), None);
        let mut exact = WordMap::new(false);
        exact.entry(b"India", || ());
        assert!(exact.get(b"India").is_some() && exact.get(b"india").is_none());
    }
}
