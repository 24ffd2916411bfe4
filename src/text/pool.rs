//! Per-thread reuse of the large per-article buffers.
//!
//! An article fills a few large buffers (its text as read from a JSON line,
//! its normalised text, a token vector for each sentence its extractors
//! read) and frees them all when it is done. A fresh block from the
//! allocator is memory the cache has not held lately; a buffer the last
//! article gave back is. So the owners of these buffers give them back
//! here when dropped, and the next article takes them, the most recent
//! first.

use std::cell::RefCell;
use std::thread::LocalKey;

use super::Token;

/// Buffers kept per thread and kind: more than a news item uses (a longer
/// article takes new ones for the rest).
const KEEP: usize = 16;

/// Larger buffers are freed, not kept: a freak article does not pin memory.
/// A thread keeps at most 16 x 48 KiB of tokens and 16 x 32 KiB of bytes;
/// after a news item, about 10 KiB in all.
const MAX_TOKENS: usize = 2_048;
const MAX_BYTES: usize = 1 << 15;

type Kept<T> = RefCell<Vec<Vec<T>>>;

thread_local! {
    static TOKENS: Kept<Token> = const { RefCell::new(Vec::new()) };
    static BYTES: Kept<u8> = const { RefCell::new(Vec::new()) };
}

/// An empty token vector with room for `cap` tokens.
pub(crate) fn tokens(cap: usize) -> Vec<Token> {
    take(&TOKENS, cap)
}

/// Gives a token vector back for a later [`tokens`].
pub(crate) fn give_tokens(v: Vec<Token>) {
    give(&TOKENS, v, MAX_TOKENS);
}

/// An empty byte buffer with room for `cap` bytes.
pub(crate) fn bytes(cap: usize) -> Vec<u8> {
    take(&BYTES, cap)
}

/// Gives a byte buffer back for a later [`bytes`].
pub(crate) fn give_bytes(v: Vec<u8>) {
    give(&BYTES, v, MAX_BYTES);
}

/// The latest buffer given back that has room for `cap`, else a new one.
fn take<T>(kept: &'static LocalKey<Kept<T>>, cap: usize) -> Vec<T> {
    let reused = kept.with_borrow_mut(|kept| {
        let i = kept.iter().rposition(|v| v.capacity() >= cap)?;
        Some(kept.swap_remove(i))
    });
    match reused {
        Some(mut v) => {
            v.clear();
            v
        }
        None => Vec::with_capacity(cap),
    }
}

fn give<T>(kept: &'static LocalKey<Kept<T>>, v: Vec<T>, max: usize) {
    if v.capacity() == 0 || v.capacity() > max {
        return;
    }
    kept.with_borrow_mut(|kept| {
        if kept.len() < KEEP {
            kept.push(v);
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_latest_buffer_with_room_comes_back_empty() {
        let mut a = bytes(100);
        a.extend_from_slice(b"abc");
        let (pa, cap) = (a.as_ptr(), a.capacity());
        give_bytes(a);
        // Too small for 1,000 bytes: a new buffer, and `a` stays kept.
        let big = bytes(1_000);
        assert!(big.capacity() >= 1_000);
        assert_ne!(big.as_ptr(), pa);
        let again = bytes(10);
        assert_eq!((again.as_ptr(), again.capacity()), (pa, cap));
        assert!(again.is_empty());
        // Buffers over the limit are not kept.
        give_bytes(Vec::with_capacity(MAX_BYTES + 1));
        assert!(bytes(MAX_BYTES + 1).capacity() > MAX_BYTES);
        assert!(BYTES.with_borrow(|k| k.iter().all(|v| v.capacity() <= MAX_BYTES)));
    }
}
