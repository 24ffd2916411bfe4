//! Word hashing and a small word-keyed table for the lexicons.
//!
//! Lexicon lookups hash short words millions of times, and almost every
//! lookup misses. [`WordMap`] hashes eight bytes at a time (ASCII case folded
//! in the same step when asked), probes an open-addressing table of 32-bit
//! slots and compares bytes only when the full 64-bit hashes agree, so a miss
//! costs one hash and one or two slot reads.

/// Multiplier of the word hash (a 64-bit odd constant with well-spread bits).
const K: u64 = 0x9e37_79b9_7f4a_7c15;

/// `x` with every ASCII capital lowered, eight bytes at a time (bytes of
/// non-ASCII text are left as they are).
fn lower8(x: u64) -> u64 {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    let seven = x & !HI;
    // The high bit of each byte: >= 'A', and > 'Z', for 7-bit bytes.
    let ge_a = seven.wrapping_add(LO * u64::from(0x80 - b'A'));
    let gt_z = seven.wrapping_add(LO * u64::from(0x7f - b'Z'));
    let upper = (ge_a ^ gt_z) & !x & HI;
    x | (upper >> 2)
}

/// The hash of `word`, ASCII-lowercased first when `fold`. Equal words (in
/// any ASCII case when `fold`) hash alike.
pub(crate) fn word_hash(word: &[u8], fold: bool) -> u64 {
    let mut h = word.len() as u64;
    let mut chunks = word.chunks_exact(8);
    let mut mix = |x: u64| {
        let x = if fold { lower8(x) } else { x };
        h = (h.rotate_left(23) ^ x).wrapping_mul(K);
    };
    for c in &mut chunks {
        mix(u64::from_le_bytes(c.try_into().unwrap_or([0; 8])));
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut last = 0u64;
        for (i, &b) in rest.iter().enumerate() {
            last |= u64::from(b) << (8 * i);
        }
        mix(last);
    }
    h ^ (h >> 29)
}

/// A table from words to values, matched exactly or in any ASCII case.
///
/// Built once per lexicon; lookups never allocate.
pub(crate) struct WordMap<V> {
    /// Index + 1 into `entries`; 0 is an empty slot. A power of two long,
    /// at least twice the entries.
    slots: Vec<u32>,
    entries: Vec<Entry<V>>,
    fold: bool,
    longest: usize,
}

struct Entry<V> {
    hash: u64,
    /// The word as stored (lower case when folding).
    key: Box<[u8]>,
    value: V,
}

impl<V> WordMap<V> {
    /// An empty map, folding ASCII case when `fold`.
    pub fn new(fold: bool) -> WordMap<V> {
        WordMap {
            slots: vec![0; 8],
            entries: Vec::new(),
            fold,
            longest: 0,
        }
    }

    /// The value of `word`, inserted with `make` when missing.
    pub fn entry(&mut self, word: &[u8], make: impl FnOnce() -> V) -> &mut V {
        let i = match self.find(word) {
            Some(i) => i,
            None => {
                let key: Box<[u8]> = if self.fold {
                    word.to_ascii_lowercase().into()
                } else {
                    word.into()
                };
                self.longest = self.longest.max(key.len());
                self.entries.push(Entry {
                    hash: word_hash(&key, false),
                    key,
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
    pub fn get(&self, word: &[u8]) -> Option<&V> {
        self.find(word).map(|i| &self.entries[i].value)
    }

    /// All values, in insertion order.
    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut V> {
        self.entries.iter_mut().map(|e| &mut e.value)
    }

    fn find(&self, word: &[u8]) -> Option<usize> {
        if word.is_empty() || word.len() > self.longest {
            return None;
        }
        let hash = word_hash(word, self.fold);
        let mask = self.slots.len() - 1;
        let mut s = hash as usize & mask;
        loop {
            let e = *self.slots.get(s)?;
            let entry = self.entries.get(e.checked_sub(1)? as usize)?;
            if entry.hash == hash
                && (if self.fold {
                    entry.key.eq_ignore_ascii_case(word)
                } else {
                    *entry.key == *word
                })
            {
                return Some(e as usize - 1);
            }
            s = (s + 1) & mask;
        }
    }

    fn place(&mut self, i: usize) {
        let mask = self.slots.len() - 1;
        let mut s = self.entries[i].hash as usize & mask;
        while self.slots[s] != 0 {
            s = (s + 1) & mask;
        }
        self.slots[s] = i as u32 + 1;
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
    fn lower8_lowers_ascii_capitals_only() {
        let all: Vec<u8> = (0..=255).collect();
        for c in all.chunks(8) {
            let x = u64::from_le_bytes(c.try_into().unwrap());
            let want: Vec<u8> = c.iter().map(u8::to_ascii_lowercase).collect();
            assert_eq!(lower8(x).to_le_bytes().to_vec(), want, "{c:?}");
        }
    }

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
