//! Subscription index (temporary simple version; replaced by the trie with caches).
//!
//! Same API as the final sublist: `Sublist<T>` keyed by `SubjectKey`, `MatchResult` with plain
//! and per-queue-group subscriptions, a generation counter and a per-connection `MatchCache`.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, RwLock};

use rustc_hash::FxHashMap;

/// What the sublist needs to know about a subscription.
pub trait SubjectKey: Send + Sync + 'static {
    /// Subject (may contain wildcards).
    fn subject(&self) -> &[u8];
    /// Queue group, if any.
    fn queue(&self) -> Option<&[u8]>;
}

/// Subscriptions matching one subject.
pub struct MatchResult<T> {
    /// Plain subscriptions.
    pub psubs: Box<[Arc<T>]>,
    /// One slice per queue group.
    pub qsubs: Box<[Box<[Arc<T>]>]>,
}

impl<T> MatchResult<T> {
    /// No subscription matched.
    pub fn is_empty(&self) -> bool {
        self.psubs.is_empty() && self.qsubs.is_empty()
    }
}

/// Invalid subscription subject.
#[derive(Debug, thiserror::Error)]
#[error("invalid subject")]
pub struct SublistError;

/// The index.
pub struct Sublist<T> {
    subs: RwLock<Vec<Arc<T>>>,
    gen: AtomicU64,
}

impl<T: SubjectKey> Sublist<T> {
    /// Creates an empty index.
    pub fn new(_cache: bool) -> Self {
        Sublist {
            subs: RwLock::new(Vec::new()),
            gen: AtomicU64::new(0),
        }
    }

    /// Adds a subscription.
    pub fn insert(&self, sub: Arc<T>) -> Result<(), SublistError> {
        if !rnats_proto::subject::is_valid_subject(sub.subject()) {
            return Err(SublistError);
        }
        self.subs
            .write()
            .unwrap_or_else(|e| e.into_inner())
            .push(sub);
        self.gen.fetch_add(1, Ordering::Release);
        Ok(())
    }

    /// Removes a subscription (by identity).
    pub fn remove(&self, sub: &Arc<T>) -> bool {
        let mut subs = self.subs.write().unwrap_or_else(|e| e.into_inner());
        let before = subs.len();
        subs.retain(|s| !Arc::ptr_eq(s, sub));
        self.gen.fetch_add(1, Ordering::Release);
        subs.len() != before
    }

    /// Removes several subscriptions.
    pub fn remove_batch(&self, gone: &[Arc<T>]) {
        let mut subs = self.subs.write().unwrap_or_else(|e| e.into_inner());
        subs.retain(|s| !gone.iter().any(|g| Arc::ptr_eq(s, g)));
        self.gen.fetch_add(1, Ordering::Release);
    }

    /// Subscriptions matching a literal subject.
    pub fn matches(&self, subject: &[u8]) -> Arc<MatchResult<T>> {
        let subs = self.subs.read().unwrap_or_else(|e| e.into_inner());
        let mut psubs = Vec::new();
        let mut groups: Vec<(Vec<u8>, Vec<Arc<T>>)> = Vec::new();
        for s in subs.iter() {
            if rnats_proto::subject::matches(s.subject(), subject) {
                match s.queue() {
                    None => psubs.push(s.clone()),
                    Some(q) => match groups.iter_mut().find(|(n, _)| n == q) {
                        Some((_, v)) => v.push(s.clone()),
                        None => groups.push((q.to_vec(), vec![s.clone()])),
                    },
                }
            }
        }
        Arc::new(MatchResult {
            psubs: psubs.into(),
            qsubs: groups.into_iter().map(|(_, v)| v.into()).collect(),
        })
    }

    /// Current generation.
    pub fn generation(&self) -> u64 {
        self.gen.load(Ordering::Acquire)
    }

    /// Number of subscriptions.
    pub fn count(&self) -> usize {
        self.subs.read().unwrap_or_else(|e| e.into_inner()).len()
    }

    /// Every subscription.
    pub fn collect(&self, out: &mut Vec<Arc<T>>) {
        out.extend(
            self.subs
                .read()
                .unwrap_or_else(|e| e.into_inner())
                .iter()
                .cloned(),
        );
    }
}

/// Per-connection cache of match results.
pub struct MatchCache<T> {
    gen: u64,
    map: FxHashMap<Box<[u8]>, Arc<MatchResult<T>>>,
}

impl<T: SubjectKey> Default for MatchCache<T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<T: SubjectKey> MatchCache<T> {
    /// Empty cache.
    pub fn new() -> Self {
        MatchCache {
            gen: u64::MAX,
            map: FxHashMap::default(),
        }
    }

    /// The match result for `subject`, from the cache while the generation holds.
    pub fn get<'a>(&'a mut self, sl: &Sublist<T>, subject: &[u8]) -> &'a Arc<MatchResult<T>> {
        let gen = sl.generation();
        if gen != self.gen {
            self.map.clear();
            self.gen = gen;
        }
        if self.map.len() >= 512 && !self.map.contains_key(subject) {
            self.map.clear();
        }
        self.map
            .entry(subject.into())
            .or_insert_with(|| sl.matches(subject))
    }
}
