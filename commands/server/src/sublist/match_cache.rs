//! The per-connection L1 match cache: the publisher's hot path never touches the shared lock on a
//! hit, only one `Acquire` load of the sublist generation and one FxHash probe.
//!
//! Upstream keeps `c.in.results` (subject → `*SublistResult`) checked against `c.in.genid`, at
//! most `maxResultCacheSize` (512) entries, evicting `pruneSize` (32) when full (`client.go`).
//! This cache does the same; it is owned by one connection task, so it needs no lock.

use std::sync::Arc;

use super::key::{Bytes, BytesMap};
use super::{MatchResult, SubjectKey, Sublist};

/// Entries kept before evicting (upstream `maxResultCacheSize`).
const MAX_ENTRIES: usize = 512;
/// Entries evicted at once when full (upstream `pruneSize`).
const EVICT: usize = 32;

/// A connection's private cache of match results, valid while the sublist's generation holds.
///
/// Results live in `results`; `index` maps a subject to its slot. The split lets a hit return a
/// borrow after a single probe, with no allocation and no `Arc` clone.
pub struct MatchCache<T> {
    sublist_id: u64,
    gen: u64,
    index: BytesMap<usize>,
    results: Vec<Arc<MatchResult<T>>>,
}

impl<T: SubjectKey> Default for MatchCache<T> {
    fn default() -> Self {
        MatchCache::new()
    }
}

impl<T: SubjectKey> MatchCache<T> {
    /// An empty cache, bound to whichever sublist it is first used with.
    pub fn new() -> Self {
        MatchCache {
            sublist_id: 0,
            gen: 0,
            index: BytesMap::default(),
            results: Vec::new(),
        }
    }

    /// The result for `subject` in `sl`: from this cache while `sl` is unchanged, otherwise from
    /// [`Sublist::matches`]. Using the cache with another sublist (account switch) starts over.
    #[inline]
    pub fn get<'a>(&'a mut self, sl: &Sublist<T>, subject: &[u8]) -> &'a Arc<MatchResult<T>> {
        // Read the generation before matching, so a result is never newer-than-tagged stale.
        let gen = sl.generation();
        if gen != self.gen || sl.id() != self.sublist_id {
            self.index.clear();
            self.results.clear();
            self.gen = gen;
            self.sublist_id = sl.id();
        }
        if let Some(&slot) = self.index.get(&Bytes(subject)) {
            // Invariant: every slot in `index` is a valid position in `results`.
            return &self.results[slot];
        }
        let result = sl.matches(subject);
        if self.results.len() >= MAX_ENTRIES {
            self.evict();
        }
        let slot = self.results.len();
        self.results.push(result);
        self.index.insert(Box::from(subject), slot);
        &self.results[slot]
    }

    /// Drops [`EVICT`] arbitrary entries and compacts the slots of the rest.
    fn evict(&mut self) {
        let mut old: Vec<Option<Arc<MatchResult<T>>>> = std::mem::take(&mut self.results)
            .into_iter()
            .map(Some)
            .collect();
        let results = &mut self.results;
        results.reserve(MAX_ENTRIES);
        let mut dropped = 0;
        self.index.retain(|_, slot| {
            let kept = old.get_mut(*slot).and_then(Option::take);
            match kept {
                Some(r) if dropped >= EVICT => {
                    *slot = results.len();
                    results.push(r);
                    true
                }
                _ => {
                    dropped += 1;
                    false
                }
            }
        });
    }

    /// Number of cached subjects.
    #[cfg(test)]
    pub(super) fn len(&self) -> usize {
        debug_assert_eq!(self.index.len(), self.results.len());
        self.index.len()
    }
}
