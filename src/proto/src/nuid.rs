//! NUIDs: fast unique identifiers as nats-io/nuid makes them (inbox names, message ids).
//!
//! 22 base62 characters: a 12-character prefix from the system's secure random source, then a
//! 10-character sequence that starts at a random point below 62^10 and advances by a random
//! increment in 33..333. When the sequence overflows, the prefix is drawn again and the
//! sequence and increment restart at random values. Same constants as upstream `nuid.go`.

/// The base62 alphabet, in upstream's order.
const DIGITS: &[u8; 62] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const BASE: u64 = 62;
/// Length of the random prefix.
pub const PREFIX_LEN: usize = 12;
/// Length of the sequential part.
pub const SEQ_LEN: usize = 10;
/// Total length of a NUID.
pub const NUID_LEN: usize = PREFIX_LEN + SEQ_LEN;
/// 62^10: the sequence stays below this.
const MAX_SEQ: u64 = 839_299_365_868_340_224;
const MIN_INC: u64 = 33;
const MAX_INC: u64 = 333;

/// A NUID generator. Not shared between threads: give each its own, or use [`next`].
#[derive(Debug, Clone)]
pub struct Nuid {
    prefix: [u8; PREFIX_LEN],
    seq: u64,
    inc: u64,
    rng: fastrand::Rng,
}

impl Default for Nuid {
    fn default() -> Self {
        Nuid::new()
    }
}

impl Nuid {
    /// A generator with a fresh random prefix and sequence.
    pub fn new() -> Nuid {
        let mut n = Nuid {
            prefix: [b'0'; PREFIX_LEN],
            seq: 0,
            inc: 0,
            rng: fastrand::Rng::new(),
        };
        n.randomize_prefix();
        n.reset_sequence();
        n
    }

    /// Draws a new prefix from the system's secure random source (the process-seeded PRNG if
    /// that source is unavailable, which only weakens unpredictability, not uniqueness).
    pub fn randomize_prefix(&mut self) {
        let mut raw = [0u8; PREFIX_LEN];
        if getrandom::fill(&mut raw).is_err() {
            self.rng.fill(&mut raw);
        }
        for (p, r) in self.prefix.iter_mut().zip(raw) {
            *p = DIGITS[usize::from(r) % DIGITS.len()];
        }
    }

    fn reset_sequence(&mut self) {
        self.seq = self.rng.u64(..MAX_SEQ);
        self.inc = MIN_INC + self.rng.u64(..MAX_INC - MIN_INC);
    }

    /// Writes the next NUID into `out` without allocating.
    pub fn next_into(&mut self, out: &mut [u8; NUID_LEN]) {
        self.seq += self.inc;
        if self.seq >= MAX_SEQ {
            self.randomize_prefix();
            self.reset_sequence();
        }
        out[..PREFIX_LEN].copy_from_slice(&self.prefix);
        let mut l = self.seq;
        for slot in out[PREFIX_LEN..].iter_mut().rev() {
            *slot = DIGITS[(l % BASE) as usize];
            l /= BASE;
        }
    }

    /// The next NUID.
    #[allow(clippy::should_implement_trait)]
    pub fn next(&mut self) -> String {
        let mut out = [0u8; NUID_LEN];
        self.next_into(&mut out);
        // Every byte comes from the ASCII alphabet.
        out.iter().map(|&b| b as char).collect()
    }
}

thread_local! {
    static LOCAL: std::cell::RefCell<Nuid> = std::cell::RefCell::new(Nuid::new());
}

/// The next NUID from this thread's generator.
pub fn next() -> String {
    LOCAL.with(|n| n.borrow_mut().next())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn shape_and_uniqueness() {
        let mut n = Nuid::new();
        let mut seen = HashSet::new();
        for _ in 0..100_000 {
            let id = n.next();
            assert_eq!(id.len(), NUID_LEN);
            assert!(id.bytes().all(|b| DIGITS.contains(&b)), "{id}");
            assert!(seen.insert(id), "duplicate");
        }
        let a = next();
        let b = next();
        assert_ne!(a, b);
        assert_eq!(a[..PREFIX_LEN], b[..PREFIX_LEN], "same thread, same prefix");
    }

    #[test]
    fn sequence_advances_by_increment() {
        let mut n = Nuid::new();
        n.seq = 0;
        n.inc = 62;
        let mut out = [0u8; NUID_LEN];
        n.next_into(&mut out);
        assert_eq!(&out[PREFIX_LEN..], b"0000000010");
        n.next_into(&mut out);
        assert_eq!(&out[PREFIX_LEN..], b"0000000020");
    }

    #[test]
    fn rollover_changes_prefix() {
        let mut n = Nuid::new();
        let before = n.prefix;
        n.seq = MAX_SEQ - 1;
        let mut out = [0u8; NUID_LEN];
        n.next_into(&mut out);
        assert!(n.seq < MAX_SEQ);
        assert!((MIN_INC..MAX_INC).contains(&n.inc));
        // 62^12 prefixes: a collision here would be astronomically unlikely.
        assert_ne!(n.prefix, before);
        assert_eq!(&out[..PREFIX_LEN], &n.prefix);
    }
}
