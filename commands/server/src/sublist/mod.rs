//! The subscription index of an account: which subscriptions a published subject reaches.
//!
//! Flow: a connection's `SUB` calls [`Sublist::insert`], `UNSUB` [`Sublist::remove`], its close
//! [`Sublist::remove_batch`]; each `PUB` asks its connection's [`MatchCache`] (L1, no shared lock
//! on a hit), which falls back to [`Sublist::matches`] (shared result cache, then the trie).
//! Delivery, queue member choice (`fastrand` start index, first live member), permissions and
//! auto-unsubscribe counts are the caller's.
//!
//! Semantics are nats-server `server/sublist.go`: a trie of tokens under one lock (`trie`), a
//! shared cache of up to 1024 results swept to 256 and patched in place on insert and remove
//! (`addToCache`/`removeFromCache`), and a generation counter bumped on every change that
//! validates the per-connection caches (`genid`, `c.in.results` in `client.go`).

mod key;
mod match_cache;
mod trie;

#[cfg(test)]
mod tests;

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, PoisonError, RwLock, RwLockReadGuard, RwLockWriteGuard};

use rnats_proto::subject;
use serde::Serialize;

use key::{Bytes, BytesMap};
pub use match_cache::MatchCache;
use trie::{Collector, Level};

/// Largest shared result cache before a sweep (upstream `slCacheMax`).
const CACHE_MAX: usize = 1024;
/// What a sweep leaves in the shared cache (upstream `slCacheSweep`).
const CACHE_SWEEP: usize = 256;

/// What the sublist needs to know about a subscription. Identity is the `Arc` itself
/// (`Arc::ptr_eq`), so two subscriptions on the same subject and queue stay distinct.
pub trait SubjectKey: Send + Sync + 'static {
    /// The subscribed subject; may contain `*` and `>` tokens. Must not change while inserted.
    fn subject(&self) -> &[u8];
    /// The queue group, if any. Must not change while inserted.
    fn queue(&self) -> Option<&[u8]>;
}

/// The subscriptions one published subject reaches.
#[derive(Debug)]
pub struct MatchResult<T> {
    /// Plain subscriptions: each gets a copy.
    pub psubs: Box<[Arc<T>]>,
    /// Queue subscriptions, one non-empty slice per queue group: one member of each gets it.
    pub qsubs: Box<[Box<[Arc<T>]>]>,
}

impl<T> MatchResult<T> {
    fn empty() -> Self {
        MatchResult {
            psubs: Box::new([]),
            qsubs: Box::new([]),
        }
    }

    /// Whether nothing matched.
    pub fn is_empty(&self) -> bool {
        self.psubs.is_empty() && self.qsubs.is_empty()
    }

    /// The fan-out: plain subscriptions plus queue groups (one delivery each), as upstream's
    /// `/subsz` counts it.
    pub fn len(&self) -> usize {
        self.psubs.len() + self.qsubs.len()
    }
}

impl<T: SubjectKey> MatchResult<T> {
    fn from_collector(acc: &Collector<'_, T>) -> Self {
        MatchResult {
            psubs: acc.psubs(),
            qsubs: acc.qsubs(),
        }
    }

    /// Subscriptions in the result, queue members included.
    fn members(&self) -> usize {
        self.psubs.len() + self.qsubs.iter().map(|g| g.len()).sum::<usize>()
    }

    /// A copy with `sub` added (copy-on-write: other holders keep the old result).
    fn with(&self, sub: &Arc<T>) -> Self {
        let mut psubs = self.psubs.to_vec();
        let mut qsubs: Vec<Box<[Arc<T>]>> = self.qsubs.to_vec();
        match sub.queue() {
            None => psubs.push(Arc::clone(sub)),
            Some(queue) => {
                let slot = qsubs
                    .iter_mut()
                    .find(|g| g.first().and_then(|m| m.queue()) == Some(queue));
                match slot {
                    Some(group) => {
                        let mut members = std::mem::take(group).into_vec();
                        members.push(Arc::clone(sub));
                        *group = members.into_boxed_slice();
                    }
                    None => qsubs.push(Box::new([Arc::clone(sub)])),
                }
            }
        }
        MatchResult {
            psubs: psubs.into_boxed_slice(),
            qsubs: qsubs.into_boxed_slice(),
        }
    }

    /// A copy without `sub`, or `None` if `sub` is not in this result.
    fn without(&self, sub: &Arc<T>) -> Option<Self> {
        let keep = |m: &&Arc<T>| !Arc::ptr_eq(m, sub);
        match sub.queue() {
            None => {
                self.psubs.iter().position(|m| Arc::ptr_eq(m, sub))?;
                Some(MatchResult {
                    psubs: self.psubs.iter().filter(keep).cloned().collect(),
                    qsubs: self.qsubs.clone(),
                })
            }
            Some(_) => {
                self.qsubs
                    .iter()
                    .position(|g| g.iter().any(|m| Arc::ptr_eq(m, sub)))?;
                let qsubs = self
                    .qsubs
                    .iter()
                    .map(|g| g.iter().filter(keep).cloned().collect::<Box<[_]>>())
                    .filter(|g| !g.is_empty())
                    .collect();
                Some(MatchResult {
                    psubs: self.psubs.clone(),
                    qsubs,
                })
            }
        }
    }
}

/// Cached results with more members than this are dropped instead of patched: a copy-on-write
/// patch copies the whole result, which would make adding or removing N subscriptions on one
/// busy subject cost O(N²).
const PATCH_MAX: usize = 64;

/// How a change touches cached results.
#[derive(Clone, Copy)]
enum Patch {
    Add,
    Remove,
}

/// Brings the shared cache up to date after `sub` was added or removed (upstream
/// `addToCache`/`removeFromCache`). A literal subscription can only be in the result cached under
/// its own subject; a wildcard one in any result whose subject it matches.
fn patch_cache<T: SubjectKey>(
    cache: &mut BytesMap<Arc<MatchResult<T>>>,
    sub: &Arc<T>,
    patch: Patch,
) {
    // Returns false when the entry should be dropped instead.
    let update = |r: &mut Arc<MatchResult<T>>| {
        if r.members() > PATCH_MAX {
            return false;
        }
        match patch {
            Patch::Add => *r = Arc::new(r.with(sub)),
            Patch::Remove => {
                if let Some(patched) = r.without(sub) {
                    *r = Arc::new(patched);
                }
            }
        }
        true
    };
    let subject = sub.subject();
    if subject::is_literal(subject) {
        if let Some(r) = cache.get_mut(subject) {
            if !update(r) {
                cache.remove(subject);
            }
        }
    } else {
        cache.retain(|key, r| !subject::matches(subject, key) || update(r));
    }
}

/// Errors from [`Sublist::insert`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SublistError {
    /// The subscription's subject is not a valid subject (empty token, `>` not last, whitespace).
    #[error("sublist: invalid subject '{subject}'")]
    InvalidSubject {
        /// The offending subject, lossily decoded.
        subject: String,
    },
}

/// Counters and cache figures, as nats-server reports them in `/subsz` and `/accountz`.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct SublistStats {
    /// Subscriptions in the index.
    pub num_subscriptions: u32,
    /// Results in the shared cache.
    pub num_cache: u32,
    /// Successful inserts since creation.
    pub num_inserts: u64,
    /// Successful removes since creation.
    pub num_removes: u64,
    /// Calls to [`Sublist::matches`] (the per-connection caches absorb the rest).
    pub num_matches: u64,
    /// Share of `num_matches` answered by the shared cache.
    pub cache_hit_rate: f64,
    /// Largest fan-out among cached results.
    pub max_fanout: u32,
    /// Mean fan-out over cached results.
    pub avg_fanout: f64,
    #[serde(skip)]
    pub(crate) cache_hits: u64,
    #[serde(skip)]
    pub(crate) total_fanout: u64,
    #[serde(skip)]
    pub(crate) cached_results: u64,
}

impl SublistStats {
    /// Adds `other` into `self`, e.g. to sum every account for `/subsz` (upstream's `add`).
    pub fn merge(&mut self, other: &SublistStats) {
        self.num_subscriptions = self
            .num_subscriptions
            .saturating_add(other.num_subscriptions);
        self.num_cache = self.num_cache.saturating_add(other.num_cache);
        self.num_inserts += other.num_inserts;
        self.num_removes += other.num_removes;
        self.num_matches += other.num_matches;
        self.cache_hits += other.cache_hits;
        self.max_fanout = self.max_fanout.max(other.max_fanout);
        self.total_fanout += other.total_fanout;
        self.cached_results += other.cached_results;
        self.derive_rates();
    }

    fn derive_rates(&mut self) {
        self.cache_hit_rate = if self.num_matches > 0 {
            self.cache_hits as f64 / self.num_matches as f64
        } else {
            0.0
        };
        self.avg_fanout = if self.total_fanout > 0 {
            self.total_fanout as f64 / self.cached_results as f64
        } else {
            0.0
        };
    }
}

/// An atomic on its own cache line: `gen` is read by every publisher on every message and must
/// not share a line with the counters that L1 misses write.
#[repr(align(128))]
struct CachePadded<T>(T);

/// Process-wide source of [`Sublist`] identities, so a [`MatchCache`] never mixes two indexes.
static NEXT_ID: AtomicU64 = AtomicU64::new(1);

/// State behind the lock.
struct Inner<T> {
    root: Level<T>,
    /// Shared results by published subject; empty and unused when caching is off.
    cache: BytesMap<Arc<MatchResult<T>>>,
    count: usize,
    inserts: u64,
    removes: u64,
}

/// The subscription index of one account, shared through an `Arc` by all its connections.
///
/// One `std::sync::RwLock` guards the trie and the shared cache; critical sections are short
/// and never span an `.await`. The generation (`gen`) moves on every insert and remove, with
/// `Release` under the write lock, so an `Acquire` load tells an L1 cache whether it is stale.
pub struct Sublist<T> {
    gen: CachePadded<AtomicU64>,
    id: u64,
    cache_enabled: bool,
    inner: RwLock<Inner<T>>,
    matches: AtomicU64,
    cache_hits: AtomicU64,
    empty: Arc<MatchResult<T>>,
}

impl<T: SubjectKey> Default for Sublist<T> {
    fn default() -> Self {
        Sublist::new(true)
    }
}

impl<T: SubjectKey> Sublist<T> {
    /// An empty index; `cache` enables the shared result cache (`disable_sublist_cache` turns it
    /// off; see nats-server issue #941 for when that helps).
    pub fn new(cache: bool) -> Self {
        Sublist {
            gen: CachePadded(AtomicU64::new(0)),
            id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
            cache_enabled: cache,
            inner: RwLock::new(Inner {
                root: Level::default(),
                cache: BytesMap::default(),
                count: 0,
                inserts: 0,
                removes: 0,
            }),
            matches: AtomicU64::new(0),
            cache_hits: AtomicU64::new(0),
            empty: Arc::new(MatchResult::empty()),
        }
    }

    fn read(&self) -> RwLockReadGuard<'_, Inner<T>> {
        self.inner.read().unwrap_or_else(PoisonError::into_inner)
    }

    fn write(&self) -> RwLockWriteGuard<'_, Inner<T>> {
        self.inner.write().unwrap_or_else(PoisonError::into_inner)
    }

    /// Identity of this index, for [`MatchCache`].
    pub(crate) fn id(&self) -> u64 {
        self.id
    }

    /// Adds a subscription. Inserting the same `Arc` twice is a no-op.
    pub fn insert(&self, sub: Arc<T>) -> Result<(), SublistError> {
        let subject = sub.subject();
        if !subject::is_valid_subject(subject) {
            return Err(SublistError::InvalidSubject {
                subject: String::from_utf8_lossy(subject).into_owned(),
            });
        }
        let mut guard = self.write();
        let inner = &mut *guard;
        if !inner.root.insert(Arc::clone(&sub)) {
            return Ok(());
        }
        inner.count += 1;
        inner.inserts += 1;
        if self.cache_enabled {
            patch_cache(&mut inner.cache, &sub, Patch::Add);
        }
        self.gen.0.fetch_add(1, Ordering::Release);
        Ok(())
    }

    /// Removes a subscription (by `Arc` identity); false if it was not in the index.
    pub fn remove(&self, sub: &Arc<T>) -> bool {
        let mut guard = self.write();
        let inner = &mut *guard;
        if !inner.root.remove(sub) {
            return false;
        }
        inner.count -= 1;
        inner.removes += 1;
        if self.cache_enabled {
            patch_cache(&mut inner.cache, sub, Patch::Remove);
        }
        self.gen.0.fetch_add(1, Ordering::Release);
        true
    }

    /// Removes many subscriptions under one lock with one generation bump, and empties the
    /// shared cache rather than patching it per subscription (upstream `RemoveBatch`). Used when
    /// a connection closes. Subscriptions not in the index are skipped.
    pub fn remove_batch(&self, subs: &[Arc<T>]) {
        if subs.is_empty() {
            return;
        }
        let mut guard = self.write();
        let inner = &mut *guard;
        for sub in subs {
            if inner.root.remove(sub) {
                inner.count -= 1;
                inner.removes += 1;
            }
        }
        inner.cache = BytesMap::default();
        self.gen.0.fetch_add(1, Ordering::Release);
    }

    /// Everything `subject` reaches. `subject` is a published (literal) subject; wildcard tokens
    /// in it are matched as plain tokens, and a subject with an empty token matches nothing.
    ///
    /// A shared-cache hit costs a read lock and an `Arc` clone, no allocation. A miss walks the
    /// trie under the read lock and then stores the result under the write lock, unless the
    /// index changed in between (the result would be stale).
    pub fn matches(&self, subject: &[u8]) -> Arc<MatchResult<T>> {
        self.lookup(subject, self.cache_enabled)
    }

    /// [`Sublist::matches`] that never adds to the shared cache: for subjects that are
    /// unlikely to be published again (a request's unique reply inbox), where storing the
    /// result would cost the write lock and push out entries that are reused.
    pub fn matches_once(&self, subject: &[u8]) -> Arc<MatchResult<T>> {
        self.lookup(subject, false)
    }

    /// A cache hit, else a walk of the trie whose result is stored when `store`.
    fn lookup(&self, subject: &[u8], store: bool) -> Arc<MatchResult<T>> {
        self.matches.fetch_add(1, Ordering::Relaxed);
        let inner = self.read();
        if let Some(r) = inner.cache.get(&Bytes(subject)) {
            let r = Arc::clone(r);
            drop(inner);
            self.cache_hits.fetch_add(1, Ordering::Relaxed);
            return r;
        }
        let mut toks = trie::Tokens::new(&[]);
        if !trie::split_subject(subject, &mut toks) {
            return Arc::clone(&self.empty);
        }
        let mut acc = Collector::new();
        inner.root.match_into(&toks, &mut acc);
        let result = if acc.is_empty() {
            Arc::clone(&self.empty)
        } else {
            Arc::new(MatchResult::from_collector(&acc))
        };
        if !store {
            return result;
        }
        // Generation changes only under the write lock, so this load is consistent with `root`.
        let gen = self.gen.0.load(Ordering::Relaxed);
        drop(inner);
        let mut inner = self.write();
        if self.gen.0.load(Ordering::Relaxed) == gen {
            inner.cache.insert(Box::from(subject), Arc::clone(&result));
            if inner.cache.len() > CACHE_MAX {
                // Arbitrary victims, as upstream's map-order sweep.
                let mut excess = inner.cache.len() - CACHE_SWEEP;
                inner.cache.retain(|_, _| {
                    if excess > 0 {
                        excess -= 1;
                        false
                    } else {
                        true
                    }
                });
            }
        }
        result
    }

    /// The generation: changes whenever the index does (`Acquire`, pairs with the `Release`
    /// bump under the write lock).
    #[inline]
    pub fn generation(&self) -> u64 {
        self.gen.0.load(Ordering::Acquire)
    }

    /// Number of subscriptions.
    pub fn count(&self) -> usize {
        self.read().count
    }

    /// Counters and cache figures for monitoring.
    pub fn stats(&self) -> SublistStats {
        let inner = self.read();
        let mut st = SublistStats {
            num_subscriptions: u32::try_from(inner.count).unwrap_or(u32::MAX),
            num_cache: u32::try_from(inner.cache.len()).unwrap_or(u32::MAX),
            num_inserts: inner.inserts,
            num_removes: inner.removes,
            ..SublistStats::default()
        };
        // Fan-out figures come from the cached results, as upstream's `Stats`.
        for r in inner.cache.values() {
            let fanout = r.len() as u64;
            st.total_fanout += fanout;
            st.max_fanout = st.max_fanout.max(u32::try_from(fanout).unwrap_or(u32::MAX));
        }
        st.cached_results = inner.cache.len() as u64;
        drop(inner);
        st.num_matches = self.matches.load(Ordering::Relaxed);
        st.cache_hits = self.cache_hits.load(Ordering::Relaxed);
        st.derive_rates();
        st
    }

    /// Appends every subscription to `out` (monitoring: `/subsz?subs=1`, `/connz`).
    pub fn collect(&self, out: &mut Vec<Arc<T>>) {
        self.read().root.collect_all(out);
    }

    /// Nodes in the trie; zero once every subscription is gone.
    #[cfg(test)]
    fn node_count(&self) -> usize {
        self.read().root.count_nodes()
    }
}
