//! Byte-string keys for the sublist's hash maps (trie tokens, cached subjects) looked up without
//! a `memcmp` call: subjects and tokens are short, and for them a libc call costs more than the
//! comparison itself.

use std::hash::{Hash, Hasher};

use rustc_hash::FxBuildHasher;

/// A map keyed by byte strings, probed with [`Bytes`] on the hot path.
pub(super) type BytesMap<V> = hashbrown::HashMap<Box<[u8]>, V, FxBuildHasher>;

/// A borrowed byte string that hashes exactly as its `Box<[u8]>` key does and compares with
/// [`eq_bytes`].
#[derive(Clone, Copy)]
pub(super) struct Bytes<'a>(pub(super) &'a [u8]);

impl Hash for Bytes<'_> {
    #[inline]
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.0.hash(state);
    }
}

impl hashbrown::Equivalent<Box<[u8]>> for Bytes<'_> {
    #[inline]
    fn equivalent(&self, key: &Box<[u8]>) -> bool {
        eq_bytes(self.0, key)
    }
}

#[inline(always)]
fn word<const N: usize>(s: &[u8], at: usize) -> [u8; N] {
    let mut w = [0; N];
    w.copy_from_slice(&s[at..at + N]);
    w
}

/// `a == b`, with up to 32 bytes compared as two overlapping words of each side.
#[inline(always)]
pub(super) fn eq_bytes(a: &[u8], b: &[u8]) -> bool {
    let n = a.len();
    if n != b.len() {
        return false;
    }
    if n >= 16 {
        if n > 32 {
            return a == b;
        }
        return word::<16>(a, 0) == word::<16>(b, 0)
            && word::<16>(a, n - 16) == word::<16>(b, n - 16);
    }
    if n >= 8 {
        return word::<8>(a, 0) == word::<8>(b, 0) && word::<8>(a, n - 8) == word::<8>(b, n - 8);
    }
    if n >= 4 {
        return word::<4>(a, 0) == word::<4>(b, 0) && word::<4>(a, n - 4) == word::<4>(b, n - 4);
    }
    n == 0 || (a[0] == b[0] && a[n / 2] == b[n / 2] && a[n - 1] == b[n - 1])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eq_bytes_agrees_with_slice_eq() {
        let base: Vec<u8> = (0..40u8).collect();
        for n in 0..=40 {
            let a = &base[..n];
            assert!(eq_bytes(a, a));
            assert!(!eq_bytes(a, &base[..n.saturating_sub(1)]) || n == 0);
            for i in 0..n {
                let mut b = a.to_vec();
                b[i] ^= 0x20;
                assert!(!eq_bytes(a, &b), "n {n} differs at {i}");
            }
        }
    }

    #[test]
    fn hashes_like_the_boxed_key() {
        let mut map: BytesMap<u32> = BytesMap::default();
        map.insert(Box::from(&b"orders.eu"[..]), 7);
        assert_eq!(map.get(&Bytes(b"orders.eu")), Some(&7));
        assert_eq!(map.get(&b"orders.eu"[..]), Some(&7));
        assert_eq!(map.get(&Bytes(b"orders.us")), None);
    }
}
