//! Per-thread reuse of the large per-article buffers.
//!
//! An article fills a few large buffers (its text as read from a JSON line,
//! its normalised text, its sentences, word starts and place mentions, a
//! token vector for each sentence its extractors read) and frees them all
//! when it is done. A fresh block from the allocator is memory the cache has
//! not held lately; a buffer the last article gave back is. So the owners of
//! these buffers give them back here when dropped, and the next article
//! takes them, the most recent first.
//!
//! A type opts in with [`pooled!`](crate::text::pool::pooled), which gives
//! it a per-thread store; [`take`] and [`give`] then work for its vectors.
//!
//! A panic that unwinds through an article (`jsonl` catches one per
//! article) leaves the pool sound: a store is borrowed only inside [`take`]
//! and [`give`], which run no code that can panic while it is borrowed, and
//! [`take`] clears what it hands out, so a buffer an owner gives back
//! half-filled while unwinding is as good as any.

use std::cell::RefCell;
use std::thread::LocalKey;

/// Buffers kept per thread and kind: more than a news item uses (a longer
/// article takes new ones for the rest).
const KEEP: usize = 16;

/// A thread's kept buffers of one kind.
pub(crate) type Kept<T> = RefCell<Vec<Vec<T>>>;

/// An element type whose vectors are kept for reuse.
pub(crate) trait Pooled: Sized + 'static {
    /// Larger buffers are freed, not kept: a freak article does not pin
    /// memory. A thread keeps at most [`KEEP`] buffers of this many
    /// elements (32 to 48 KiB each).
    const MAX: usize;

    /// This thread's kept buffers.
    fn kept() -> &'static LocalKey<Kept<Self>>;
}

/// Makes `$t` [`Pooled`], keeping vectors of up to `$max` elements.
macro_rules! pooled {
    ($t:ty, $max:expr) => {
        impl $crate::text::pool::Pooled for $t {
            const MAX: usize = $max;

            fn kept() -> &'static ::std::thread::LocalKey<$crate::text::pool::Kept<Self>> {
                ::std::thread_local! {
                    static KEPT: $crate::text::pool::Kept<$t> =
                        const { ::std::cell::RefCell::new(Vec::new()) };
                }
                &KEPT
            }
        }
    };
}
pub(crate) use pooled;

pooled!(u8, 1 << 15);

/// The latest buffer given back that has room for `cap`, else a new one;
/// empty either way.
pub(crate) fn take<T: Pooled>(cap: usize) -> Vec<T> {
    // `try_with`: during a thread-local destructor the pool may be gone
    // already; the caller then gets a new buffer.
    let reused = T::kept()
        .try_with(|kept| {
            let mut kept = kept.try_borrow_mut().ok()?;
            let i = kept.iter().rposition(|v| v.capacity() >= cap)?;
            Some(kept.swap_remove(i))
        })
        .ok()
        .flatten();
    match reused {
        Some(mut v) => {
            v.clear();
            v
        }
        None => Vec::with_capacity(cap),
    }
}

/// Gives `v` back for a later [`take`] (unless it is empty or too large,
/// or enough are kept).
pub(crate) fn give<T: Pooled>(v: Vec<T>) {
    if v.capacity() == 0 || v.capacity() > T::MAX {
        return;
    }
    // A pool that is gone (thread-local destructors) or busy drops `v`.
    let _ = T::kept().try_with(|kept| {
        if let Ok(mut kept) = kept.try_borrow_mut() {
            if kept.len() < KEEP {
                kept.push(v);
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_latest_buffer_with_room_comes_back_empty() {
        let mut a = take::<u8>(100);
        a.extend_from_slice(b"abc");
        let (pa, cap) = (a.as_ptr(), a.capacity());
        give(a);
        // Too small for 1,000 bytes: a new buffer, and `a` stays kept.
        let big = take::<u8>(1_000);
        assert!(big.capacity() >= 1_000);
        assert_ne!(big.as_ptr(), pa);
        let again = take::<u8>(10);
        assert_eq!((again.as_ptr(), again.capacity()), (pa, cap));
        assert!(again.is_empty());
        // Buffers over the limit are not kept.
        give(Vec::<u8>::with_capacity(<u8 as Pooled>::MAX + 1));
        assert!(take::<u8>(<u8 as Pooled>::MAX + 1).capacity() > <u8 as Pooled>::MAX);
        assert!(<u8 as Pooled>::kept()
            .with_borrow(|k| k.iter().all(|v| v.capacity() <= <u8 as Pooled>::MAX)));
    }

    #[test]
    fn each_type_keeps_its_own_buffers() {
        #[derive(Debug)]
        struct Wide(#[allow(dead_code)] [u64; 4]);
        pooled!(Wide, 64);
        give(Vec::<Wide>::with_capacity(10));
        assert!(<u8 as Pooled>::kept().with_borrow(|k| k.iter().all(|v| v.capacity() != 10)));
        assert_eq!(take::<Wide>(10).capacity(), 10);
        // Over `MAX` elements: freed.
        give(Vec::<Wide>::with_capacity(65));
        assert!(Wide::kept().with_borrow(|k| k.is_empty()));
    }
}
