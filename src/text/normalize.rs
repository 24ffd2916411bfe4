//! Normalisation that keeps a map back to the caller's byte offsets.
//!
//! | written | read as |
//! |---|---|
//! | ’ ‘ ʼ ′ | `'` |
//! | “ ” „ « » ″ | `"` |
//! | – — ‒ − | `-` |
//! | no-break, thin and other wide spaces | ` ` |
//! | zero-width spaces, byte-order marks, soft hyphens | removed |
//! | `\r\n`, lone `\r` | `\n` |
//! | `U. S.` (two single capitals, each with a dot) | `U.S.` |
//!
//! A second, optional step ([`Normalized::join_lines`]) joins the lines of
//! a hard-wrapped sentence: each line break the segmenter finds inside a
//! sentence, with the spaces around it, becomes one space. Its offsets are
//! kept in a second map, so that [`Normalized::to_original`] still leads
//! every offset of the joined text back to the caller's bytes.

use super::swar::{eq8, in_range8, HI};

/// Normalised text and the edits that map it back to the caller's offsets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Normalized {
    pub text: String,
    /// The `(normalised, input)` offset pairs after each edit, in runs:
    /// between two edits the bytes were copied one for one.
    edits: Vec<EditRun>,
    /// The same for the lines joined by [`Normalized::join_lines`]:
    /// `(joined, normalised)` offset pairs. Empty when no line was joined
    /// or every joined break was a lone `\n` (one byte for one).
    joins: Vec<EditRun>,
    input_len: usize,
}

/// `count` edits at a constant stride: the k-th (from 0) leaves the
/// offsets `(n + k * sn, o + k * so)`, and bytes are copied one for one up to
/// the next. Text that repeats one edit ("\u{a0}\u{a0}\u{a0}", "U. S. U. S.")
/// costs one entry, not one per edit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct EditRun {
    n: u32,
    o: u32,
    count: u32,
    sn: u32,
    so: u32,
    /// The edits remove input and write nothing (a `\r` before `\n`, a
    /// zero-width space), rather than write a replacement: a span that ends
    /// where one of them stands leaves its bytes out.
    removes: bool,
}

impl EditRun {
    /// The offsets after the `k`-th edit of the run.
    fn after(&self, k: u32) -> (u32, u32) {
        (self.n + k * self.sn, self.o + k * self.so)
    }
}

/// Records the offsets `(n, o)` after an edit, extending the last run when
/// the stride matches; `removes`: the edit wrote nothing.
fn push_edit(edits: &mut Vec<EditRun>, n: u32, o: u32, removes: bool) {
    if let Some(last) = edits.last_mut().filter(|l| l.removes == removes) {
        let (ln, lo) = last.after(last.count - 1);
        let stride = (n - ln, o - lo);
        if last.count == 1 || (last.sn, last.so) == stride {
            (last.sn, last.so) = stride;
            last.count += 1;
            return;
        }
    }
    edits.push(EditRun {
        n,
        o,
        count: 1,
        sn: 0,
        so: 0,
        removes,
    });
}

impl Normalized {
    /// Maps a normalised offset (on a char boundary) back to the input, as
    /// the start of a span: past any input bytes removed right before it.
    pub fn to_original(&self, offset: usize) -> usize {
        if offset >= self.text.len() {
            return self.input_len;
        }
        // Joined offsets lie before the end of the text as it was before
        // joining (a joined space stands for the first byte it replaced).
        map_back(&self.edits, map_back(&self.joins, offset))
    }

    /// Maps a normalised offset (on a char boundary) back to the input, as
    /// the end of a span: before any input bytes removed right at it, so
    /// that "Muscat.\r\n" ends its sentence at the dot, not after the `\r`.
    pub fn to_original_end(&self, offset: usize) -> usize {
        if offset > self.text.len() {
            return self.input_len;
        }
        map_back_end(&self.edits, map_back_end(&self.joins, offset))
    }

    /// Joins lines: each `breaks[k]` is the offset of a `\n` in the text;
    /// it and the spaces on both sides of it become one space. Offsets must
    /// be ascending; one that is not, or that is no `\n`, is passed over.
    pub fn join_lines(&mut self, breaks: &[usize]) {
        if breaks.is_empty() {
            return;
        }
        let old = std::mem::take(&mut self.text).into_bytes();
        let mut out: Vec<u8> = Vec::with_capacity(old.len());
        let mut run = 0;
        // Offsets below this one are out of order.
        let mut floor = 0;
        for &at in breaks {
            if at < floor {
                continue;
            }
            floor = at + 1;
            if old.get(at) != Some(&b'\n') {
                continue;
            }
            let mut a = at;
            while a > run && old[a - 1] == b' ' {
                a -= 1;
            }
            let mut b = at + 1;
            while old.get(b) == Some(&b' ') {
                b += 1;
            }
            out.extend_from_slice(&old[run..a]);
            out.push(b' ');
            run = b;
            // A lone `\n` is one byte for one: the offsets do not move.
            if b - a != 1 {
                push_edit(&mut self.joins, out.len() as u32, b as u32, false);
            }
        }
        out.extend_from_slice(&old[run..]);
        // Only ASCII bytes were replaced, so the bytes stay UTF-8.
        self.text = String::from_utf8(out)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    }
}

/// Maps `offset` back over one map's edit runs, as the start of a span: from
/// the last edit at or before it.
fn map_back(runs: &[EditRun], offset: usize) -> usize {
    let i = runs.partition_point(|r| r.n as usize <= offset);
    let (n, o) = match i.checked_sub(1).map(|i| runs[i]) {
        None => (0, 0),
        Some(r) => {
            // The last edit of the run at or before `offset`.
            let k = match r.sn {
                0 => r.count - 1,
                sn => ((offset as u32 - r.n) / sn).min(r.count - 1),
            };
            r.after(k)
        }
    };
    o as usize + (offset - n as usize)
}

/// Maps `offset` back over one map's edit runs, as the end of a span: after
/// the replacement that ends at `offset` if one does, else after the bytes
/// copied since the last edit before it (what edits at `offset` removed
/// stays out).
fn map_back_end(runs: &[EditRun], offset: usize) -> usize {
    let j = runs.partition_point(|r| (r.n as usize) < offset);
    // The last edit strictly before `offset`: `r.n < offset` for the run's first.
    let before = j.checked_sub(1).map(|j| {
        let r = runs[j];
        let k = match r.sn {
            0 => r.count - 1,
            sn => ((offset as u32 - r.n - 1) / sn).min(r.count - 1),
        };
        (r, k)
    });
    // The first edit at `offset`: the next of the same run, or the next run's first.
    let first_at = match before {
        Some((r, k)) if k + 1 < r.count && r.after(k + 1).0 as usize == offset => Some((r, k + 1)),
        _ => runs
            .get(j)
            .filter(|r| r.n as usize == offset)
            .map(|r| (*r, 0)),
    };
    if let Some((r, k)) = first_at.filter(|(r, _)| !r.removes) {
        return r.after(k).1 as usize;
    }
    let (n, o) = before.map_or((0, 0), |(r, k)| r.after(k));
    o as usize + (offset - n as usize)
}

fn replacement(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{2018}' | '\u{2019}' | '\u{02BC}' | '\u{2032}' | '\u{201B}' => "'",
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}' | '\u{2033}'
        | '\u{201F}' => "\"",
        '\u{2013}' | '\u{2014}' | '\u{2012}' | '\u{2212}' | '\u{2010}' | '\u{2011}' => "-",
        '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' | '\t' => " ",
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' => "",
        _ => return None,
    })
}

/// Bytes `normalize` must look at: line and tab controls, dots (the space
/// after one may join "U. S."), and every byte of a multi-byte char.
static NEEDS_LOOK: [bool; 256] = {
    let mut t = [false; 256];
    t[b'\r' as usize] = true;
    t[b'\t' as usize] = true;
    t[b'.' as usize] = true;
    let mut b = 0x80;
    while b < 256 {
        t[b] = true;
        b += 1;
    }
    t
};

/// Normalises `input`; linear in its length. Runs of unchanged bytes are
/// copied whole and leave no trace in the offset map.
pub(crate) fn normalize(input: &str) -> Normalized {
    let bytes = input.as_bytes();
    let mut out: Vec<u8> = Vec::with_capacity(input.len());
    let mut edits: Vec<EditRun> = Vec::new();
    let mut run = 0; // start of the pending run of copied bytes
    let mut i = 0;
    while i < bytes.len() {
        // Most bytes are plain ASCII that is copied as is: skip them eight
        // at a time, then byte by byte.
        loop {
            while let Some(b8) = bytes.get(i..i + 8) {
                let x = u64::from_le_bytes(b8.try_into().unwrap_or([0; 8]));
                // Non-ASCII, '\t'..='\r' (a superset of the controls looked at) or '.'.
                let look = (x & HI) | in_range8(x, b'\t', b'\r') | eq8(x, b'.');
                if look != 0 {
                    i += look.trailing_zeros() as usize / 8;
                    break;
                }
                i += 8;
            }
            match bytes.get(i) {
                Some(&b) if !NEEDS_LOOK[usize::from(b)] => i += 1,
                _ => break,
            }
        }
        let Some(&b) = bytes.get(i) else {
            break;
        };
        if b == b'.' {
            // "U. S." -> "U.S.": the space after "U." goes when "S." follows.
            let joins = bytes.get(i + 1) == Some(&b' ')
                && is_dotted_capital_before(bytes, i + 1)
                && is_dotted_capital_after(bytes, i + 2);
            i += 1;
            if !joins {
                continue;
            }
        }
        let b = bytes[i];
        // (replacement, input bytes consumed), or None to copy the byte.
        // Bytes of the char at `i`: multi-byte chars are stepped over whole.
        let width = match b {
            0xF0.. => 4,
            0xE0.. => 3,
            0xC0.. => 2,
            _ => 1,
        };
        let edit: Option<(&str, usize)> = match b {
            b'\r' => Some((
                if bytes.get(i + 1) == Some(&b'\n') {
                    ""
                } else {
                    "\n"
                },
                1,
            )),
            b'\t' => Some((" ", 1)),
            // Only reached after a dot that joins "U. S.".
            b' ' => Some(("", 1)),
            0x80.. => {
                let c = input
                    .get(i..)
                    .and_then(|r| r.chars().next())
                    .unwrap_or('\u{FFFD}');
                replacement(c).map(|r| (r, c.len_utf8()))
            }
            _ => None,
        };
        match edit {
            None => i += width,
            Some((r, consumed)) => {
                out.extend_from_slice(&bytes[run..i]);
                out.extend_from_slice(r.as_bytes());
                i += consumed;
                run = i;
                push_edit(&mut edits, out.len() as u32, i as u32, r.is_empty());
            }
        }
    }
    out.extend_from_slice(&bytes[run..]);
    // Only whole chars were dropped or replaced by ASCII, so the bytes stay UTF-8.
    let text = String::from_utf8(out)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    Normalized {
        text,
        edits,
        joins: Vec::new(),
        input_len: input.len(),
    }
}

/// `bytes[..space]` ends with a lone capital and a dot ("U.").
fn is_dotted_capital_before(bytes: &[u8], space: usize) -> bool {
    space >= 2
        && bytes[space - 1] == b'.'
        && bytes[space - 2].is_ascii_uppercase()
        && (space == 2 || !bytes[space - 3].is_ascii_alphanumeric())
}

/// `bytes[at..]` starts with a lone capital and a dot ("S.") not followed by a letter.
fn is_dotted_capital_after(bytes: &[u8], at: usize) -> bool {
    bytes.len() > at + 1
        && bytes[at].is_ascii_uppercase()
        && bytes[at + 1] == b'.'
        && bytes.get(at + 2).is_none_or(|b| !b.is_ascii_alphabetic())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table() {
        let cases = [
            ("U. S. Ambassador", "U.S. Ambassador"),
            ("the U. S.", "the U.S."),
            ("J. Smith", "J. Smith"),
            ("“Steppe Eagle”", "\"Steppe Eagle\""),
            ("«Center-2019»", "\"Center-2019\""),
            ("militaries’ study", "militaries' study"),
            ("2003–2004", "2003-2004"),
            ("a\u{00A0}b", "a b"),
            ("a\u{200B}b", "ab"),
            ("a\r\nb\rc", "a\nb\nc"),
        ];
        for (input, want) in cases {
            assert_eq!(normalize(input).text, want, "input {input:?}");
        }
    }

    #[test]
    fn runs_of_edits_map_back_char_by_char() {
        let input = "x\u{a0}\u{a0}\u{a0}y\u{200b}\u{200b}z\u{201c}\u{201d}w";
        let n = normalize(input);
        assert_eq!(n.text, "x   yz\"\"w");
        let got: Vec<usize> = (0..=n.text.len()).map(|k| n.to_original(k)).collect();
        assert_eq!(got, [0, 1, 3, 5, 7, 14, 15, 18, 21, 22]);
        // Runs: the spaces, the removals, the quotes.
        assert_eq!(n.edits.len(), 3);
        let input = "U. S. and U. S. and U. S. and U.K.";
        let n = normalize(input);
        assert_eq!(n.text, "U.S. and U.S. and U.S. and U.K.");
        assert_eq!(n.edits.len(), 1);
        for (at, want) in [
            (0, 0),
            (2, 3),
            (5, 6),
            (9, 10),
            (11, 13),
            (26, 29),
            (31, 34),
        ] {
            assert_eq!(n.to_original(at), want, "{at}");
        }
    }

    #[test]
    fn offsets_map_back() {
        let input = "“Steppe Eagle” in U. S. – 2003–2004";
        let n = normalize(input);
        let at = n.text.find("Steppe").unwrap();
        assert_eq!(
            &input[n.to_original(at)..n.to_original(at + 12)],
            "Steppe Eagle"
        );
        let at = n.text.find("U.S.").unwrap();
        assert_eq!(&input[n.to_original(at)..n.to_original(at + 4)], "U. S.");
        let at = n.text.find("2003-2004").unwrap();
        assert_eq!(
            &input[n.to_original(at)..n.to_original(at + 9)],
            "2003–2004"
        );
        assert_eq!(n.to_original(n.text.len()), input.len());
    }

    #[test]
    fn joined_lines_map_back_to_the_input() {
        let input = "Defence\r\nMinister  \n  Badr met\nPande \u{201c}here\u{201d}.";
        let mut n = normalize(input);
        let breaks: Vec<usize> = n.text.match_indices('\n').map(|(at, _)| at).collect();
        n.join_lines(&breaks);
        assert_eq!(n.text, "Defence Minister Badr met Pande \"here\".");
        // Each word of the joined text maps to the same word of the input.
        for word in [
            "Defence",
            "Minister",
            "Badr",
            "met",
            "Pande",
            "here",
            "\"here\".",
        ] {
            let at = n.text.find(word).unwrap_or(0);
            let (s, e) = (n.to_original(at), n.to_original_end(at + word.len()));
            let want = match word {
                "\"here\"." => "\u{201c}here\u{201d}.",
                w => w,
            };
            assert_eq!(input.get(s..e), Some(want), "{word}");
        }
        // A joined space stands for the first byte of the whitespace it replaced.
        let space = n.text.find(" Badr").unwrap_or(0);
        assert_eq!(n.to_original(space), input.find("  \n").unwrap_or(0));
        assert_eq!(n.to_original(n.text.len()), input.len());
        assert_eq!(n.to_original_end(n.text.len()), input.len());
        // As a start, the offset after "Defence" is past the removed `\r`; as an end, before it.
        assert_eq!(n.to_original(7), 8);
        assert_eq!(n.to_original_end(7), 7);
        // Lone `\n`s are one byte for one: no edit is recorded for them.
        let mut n = normalize("a\nb\nc");
        n.join_lines(&[1, 3]);
        assert_eq!(n.text, "a b c");
        assert!(n.joins.is_empty());
        assert_eq!(n.to_original(4), 4);
    }

    #[test]
    fn joining_passes_over_offsets_that_are_no_line_break() {
        let mut n = normalize("a\nb c\nd");
        n.join_lines(&[3, 1, 5, 5, 40]);
        // 3 is a space, 1 comes after 3, the second 5 repeats the first and
        // 40 is past the end: only 5 is joined.
        assert_eq!(n.text, "a\nb c d");
        n.join_lines(&[]);
        assert_eq!(n.text, "a\nb c d");
    }

    #[test]
    fn span_ends_leave_removed_bytes_out() {
        // Removed bytes: a `\r` before `\n`, zero-width spaces (a run of two), a soft hyphen.
        let input = "Muscat.\r\nOman\u{200b}\u{200b}. Pan\u{ad}de\u{200b}";
        let n = normalize(input);
        assert_eq!(n.text, "Muscat.\nOman. Pande");
        let span = |s: usize, e: usize| &input[n.to_original(s)..n.to_original_end(e)];
        assert_eq!(span(0, 7), "Muscat.");
        assert_eq!(span(8, 12), "Oman");
        assert_eq!(span(8, 13), "Oman\u{200b}\u{200b}.");
        assert_eq!(span(14, 19), "Pan\u{ad}de");
        assert_eq!(span(14, 17), "Pan");
        assert_eq!(span(17, 19), "de");
        // An empty span at a removal: its end, mapped alone, lies before its start.
        assert_eq!(n.to_original(7), 8);
        assert_eq!(n.to_original_end(7), 7);
        assert_eq!(n.to_original_end(99), input.len());
    }

    #[test]
    fn every_offset_maps_to_a_char_boundary_in_order() {
        let inputs = [
            "\"'\u{201c}\u{201d}\u{2018}\u{2019}\u{ab}\u{bb}".repeat(3),
            "a\r\n\u{200b}b\u{a0}\u{a0}c\u{ad}\r\rd U. S. e\u{2014}f\u{feff}".repeat(3),
            "Caf\u{e9}\u{200b}\r\n  na\u{ef}ve \u{201c}x\u{201d}\n\t y".into(),
        ];
        for input in &inputs {
            let mut n = normalize(input);
            for joined in [false, true] {
                if joined {
                    let breaks: Vec<usize> = n.text.match_indices('\n').map(|(at, _)| at).collect();
                    n.join_lines(&breaks);
                }
                let mut last = (0, 0);
                for x in (0..=n.text.len()).filter(|&x| n.text.is_char_boundary(x)) {
                    let (s, e) = (n.to_original(x), n.to_original_end(x));
                    assert!(
                        input.is_char_boundary(s) && input.is_char_boundary(e),
                        "{input:?} {x}"
                    );
                    assert!(e <= s, "{input:?} {x}: end {e} after start {s}");
                    assert!(s >= last.0 && e >= last.1, "{input:?} {x}: out of order");
                    last = (s, e);
                }
            }
        }
    }
}
