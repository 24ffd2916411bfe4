//! Checked slicing: the one way extractors cut text by computed offsets.
//!
//! Offsets in the extractors come from tokens, title matches, place mentions
//! and grammar results over the same normalised text, so a range is normally
//! in bounds, ordered and on `char` boundaries. When two of those readings
//! disagree (a title read across a sentence end, say) a plain `&text[a..b]`
//! would panic and lose the whole article; [`sub`] gives the empty string
//! instead, and the rule that asked simply finds nothing there.
//!
//! A bad range is still a bug: debug builds (tests, fuzzing, the property
//! tests) assert, so that it is found and fixed where it arises.

/// `text[start..end]`, or `""` when the range is reversed, out of bounds or
/// not on `char` boundaries (and a debug assertion fails).
#[inline]
pub(crate) fn sub(text: &str, start: usize, end: usize) -> &str {
    match text.get(start..end) {
        Some(s) => s,
        None => {
            debug_assert!(
                false,
                "bad range {start}..{end} in a text of {} bytes",
                text.len()
            );
            ""
        }
    }
}

/// `text[..end]`, checked as [`sub`].
#[inline]
pub(crate) fn before(text: &str, end: usize) -> &str {
    sub(text, 0, end)
}

/// `text[start..]`, checked as [`sub`].
#[inline]
pub(crate) fn after(text: &str, start: usize) -> &str {
    sub(text, start, text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn good_ranges_cut_as_slicing_does() {
        let t = "Kazakh-US talks";
        assert_eq!(sub(t, 0, 6), "Kazakh");
        assert_eq!(before(t, 6), "Kazakh");
        assert_eq!(after(t, 10), "talks");
        assert_eq!(sub(t, 3, 3), "");
    }

    #[test]
    #[cfg(not(debug_assertions))]
    fn bad_ranges_give_nothing_in_release() {
        let t = "é talks";
        assert_eq!(sub(t, 5, 2), "");
        assert_eq!(sub(t, 0, 1), "");
        assert_eq!(after(t, 99), "");
    }

    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "bad range")]
    fn bad_ranges_assert_in_debug_builds() {
        let _ = sub("abc", 2, 1);
    }
}
