//! Eight bytes at a time: loading, case folding and digit tests on `u64`s.
//!
//! The crate forbids `unsafe`, so there are no SIMD intrinsics; these
//! SWAR ("SIMD within a register") helpers do the byte-parallel work of the
//! word-start scan (`crate::scan`), the phrase tables' compares, the
//! tokenizer, normalisation and the digit prefilter with plain integer
//! operations.

const LO: u64 = 0x0101_0101_0101_0101;
pub(crate) const HI: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `x` whose value is in `lo..=hi` (both
/// below 0x80).
#[inline]
pub(crate) fn in_range8(x: u64, lo: u8, hi: u8) -> u64 {
    let seven = x & !HI;
    // The high bit of each byte: >= lo, and > hi, for 7-bit bytes.
    let ge = seven.wrapping_add(LO * u64::from(0x80 - lo));
    let gt = seven.wrapping_add(LO * u64::from(0x7f - hi));
    (ge ^ gt) & !x & HI
}

/// The high bit of each byte of `x` that is `b` (below 0x80).
#[inline]
pub(crate) fn eq8(x: u64, b: u8) -> u64 {
    in_range8(x, b, b)
}

/// The high bit of each byte of `x` that is an ASCII letter.
#[inline]
fn letters8(x: u64) -> u64 {
    // `| 0x20` lowers capitals and maps no other byte into 'a'..='z'.
    in_range8(x | (LO * 0x20), b'a', b'z')
}

/// One bit per byte of `x` (bit `k` for byte `k`) that is an ASCII letter
/// or digit.
#[inline]
pub(crate) fn alnum_bits8(x: u64) -> u32 {
    gather8(letters8(x) | in_range8(x, b'0', b'9'))
}

/// One bit per byte of `x` (bit `k` for byte `k`) that is an ASCII letter.
#[inline]
pub(crate) fn ascii_letter_bits8(x: u64) -> u32 {
    gather8(letters8(x))
}

/// The high bits of the bytes of `hi` (only high bits set) as eight bits.
#[inline]
pub(crate) fn gather8(hi: u64) -> u32 {
    ((hi >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56) as u32
}

/// `x` with every ASCII capital lowered, eight bytes at a time (bytes of
/// non-ASCII text are left as they are).
#[inline]
pub(crate) fn lower8(x: u64) -> u64 {
    x | (in_range8(x, b'A', b'Z') >> 2)
}

/// `x`, with ASCII capitals lowered when `fold`: the form case-folding
/// tables store and compare.
#[inline]
pub(crate) fn fold8(x: u64, fold: bool) -> u64 {
    if fold {
        lower8(x)
    } else {
        x
    }
}

/// Up to eight bytes of `bytes` from `at` on, little-endian, zero-padded.
#[inline]
pub(crate) fn load8(bytes: &[u8], at: usize) -> u64 {
    let b = bytes.get(at..).unwrap_or_default();
    if let Some(b8) = b.get(..8) {
        return u64::from_le_bytes(b8.try_into().unwrap_or([0; 8]));
    }
    // Fewer than eight: two loads that may overlap (their common bytes are
    // the same), so that only the length's size class is a branch.
    let n = b.len();
    match n {
        4.. => {
            let lo = u32::from_le_bytes([b[0], b[1], b[2], b[3]]);
            let hi = u32::from_le_bytes([b[n - 4], b[n - 3], b[n - 2], b[n - 1]]);
            u64::from(lo) | (u64::from(hi) << (8 * (n - 4)))
        }
        2.. => {
            let lo = u16::from_le_bytes([b[0], b[1]]);
            let hi = u16::from_le_bytes([b[n - 2], b[n - 1]]);
            u64::from(lo) | (u64::from(hi) << (8 * (n - 2)))
        }
        1 => u64::from(b[0]),
        _ => 0,
    }
}

/// The high bit of each byte of `x` in `0x30..=0x3f`: the digits and six
/// marks rare in prose (`:;<=>?`). Cheaper than [`in_range8`]; may also set
/// bits above a byte that is in the range (a borrow), never when none is.
#[inline]
fn any_0x3_8(x: u64) -> u64 {
    // A byte of `0x3_` becomes 0 here; the zero-byte test finds it.
    let v = (x & (LO * 0xf0)) ^ (LO * 0x30);
    v.wrapping_sub(LO) & !v & HI
}

/// An ASCII digit stands somewhere in `bytes`, eight bytes at a time.
#[inline]
pub(crate) fn has_digit(bytes: &[u8]) -> bool {
    let mut chunks = bytes.chunks_exact(8);
    let any = chunks
        .by_ref()
        .any(|c| any_digit8(u64::from_le_bytes(c.try_into().unwrap_or([0; 8]))));
    // The zero padding of a short tail is no digit.
    any || any_digit8(load8(chunks.remainder(), 0))
}

fn any_digit8(x: u64) -> bool {
    any_0x3_8(x) != 0 && in_range8(x, b'0', b'9') != 0
}

/// Three ASCII digits in a row stand somewhere in `bytes`.
#[inline]
pub(crate) fn has_three_digits(bytes: &[u8]) -> bool {
    // Windows of sixteen bytes, fourteen apart: each run of three lies wholly
    // in one. Most windows of prose hold no byte near a digit and are passed
    // over with the cheaper test.
    let mut at = 0;
    while at + 2 < bytes.len() {
        let (a, b) = (load8(bytes, at), load8(bytes, at + 8));
        if any_0x3_8(a) | any_0x3_8(b) != 0 {
            let (da, db) = (in_range8(a, b'0', b'9'), in_range8(b, b'0', b'9'));
            // The bytes 6..14 of the window: runs across its middle.
            let mid = (da >> 48) | (db << 16);
            if [da, db, mid].iter().any(|&d| d & (d >> 8) & (d >> 16) != 0) {
                return true;
            }
        }
        at += 14;
    }
    false
}

/// Where the first ASCII digit or hyphen of `bytes` stands, eight bytes at a time.
#[inline]
pub(crate) fn find_digit_or_hyphen(bytes: &[u8]) -> Option<usize> {
    let mut at = 0;
    while at < bytes.len() {
        // The zero padding of a short tail is neither.
        let x = load8(bytes, at);
        let hit = in_range8(x, b'0', b'9') | eq8(x, b'-');
        if hit != 0 {
            return Some(at + hit.trailing_zeros() as usize / 8);
        }
        at += 8;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::bytes_of;

    #[test]
    fn digit_or_hyphen_where_the_byte_loop_finds_it() {
        let parts: [&[u8]; 6] = [b"a", b"-", b"7", b"\xc3\xa9", b"Zz", b"/:"];
        let mut strings = bytes_of(&parts, 4);
        strings.push(b"twentyfivethousand-two".to_vec());
        strings.push(b"abcdefghijklmnopq9".to_vec());
        for s in &strings {
            let want = s.iter().position(|&b| b == b'-' || b.is_ascii_digit());
            assert_eq!(find_digit_or_hyphen(s), want, "{s:?}");
        }
    }

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
    fn byte_classes_match_the_std_tests() {
        let all: Vec<u8> = (0..=255).collect();
        for c in all.chunks(8) {
            let x = u64::from_le_bytes(c.try_into().unwrap());
            let want = c.iter().enumerate().fold(0, |m, (k, b)| {
                m | (u32::from(b.is_ascii_alphanumeric()) << k)
            });
            assert_eq!(alnum_bits8(x), want, "{c:?}");
            let letters = c
                .iter()
                .enumerate()
                .fold(0, |m, (k, b)| m | (u32::from(b.is_ascii_alphabetic()) << k));
            assert_eq!(ascii_letter_bits8(x), letters, "{c:?}");
            let dots = c
                .iter()
                .enumerate()
                .fold(0, |m, (k, &b)| m | (u32::from(b == b'.') << k));
            assert_eq!(gather8(eq8(x, b'.')), dots, "{c:?}");
        }
    }

    #[test]
    fn load8_pads_short_tails_with_zeros() {
        for n in 0..=20 {
            let w: Vec<u8> = (0..n).map(|i| b'a' + i).collect();
            let mut want = [0u8; 8];
            let k = n.min(8) as usize;
            want[..k].copy_from_slice(&w[..k]);
            assert_eq!(load8(&w, 0), u64::from_le_bytes(want), "{n}");
        }
    }

    #[test]
    fn three_digits_anywhere() {
        for n in 0..40 {
            for at in 0..n {
                let mut t = vec![b'x'; n];
                for b in t.iter_mut().skip(at).take(3) {
                    *b = b'7';
                }
                let want = at + 3 <= n;
                assert_eq!(has_three_digits(&t), want, "{n} {at}");
            }
        }
        assert!(!has_three_digits(b"12 34 5/6 \xff\xfe 78"));
        assert!(has_three_digits(b"in 1,500 troops"));
        // Digits among the marks next to them in the table, and bytes that
        // differ from a digit in one bit.
        let parts: [&[u8]; 7] = [b"1", b"x", b":?", b"/", b"\xb0", b"q", b"9 "];
        for s in &bytes_of(&parts, 6) {
            let want = s.windows(3).any(|w| w.iter().all(u8::is_ascii_digit));
            assert_eq!(has_three_digits(s), want, "{s:?}");
        }
    }

    #[test]
    fn a_digit_anywhere() {
        for n in 0..20 {
            for at in 0..n {
                for d in [b'0', b'5', b'9'] {
                    let mut t = vec![b'/'; n];
                    t[at] = d;
                    assert!(has_digit(&t), "{n} {at}");
                }
            }
            assert!(!has_digit(&vec![b':'; n]), "{n}");
        }
        let parts: [&[u8]; 6] = [b"1", b"x", b":?", b"/", b"\xb0", b"9 "];
        for s in &bytes_of(&parts, 5) {
            assert_eq!(has_digit(s), s.iter().any(u8::is_ascii_digit), "{s:?}");
        }
    }

    #[test]
    fn the_0x3_test_finds_every_such_byte() {
        for b in 0..=255u8 {
            for k in 0..8 {
                let mut bytes = [b'a'; 8];
                bytes[k] = b;
                let x = u64::from_le_bytes(bytes);
                assert_eq!(any_0x3_8(x) != 0, b >> 4 == 3, "{b:#x} at {k}");
            }
        }
    }
}
