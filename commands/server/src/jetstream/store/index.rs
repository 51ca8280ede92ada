//! The in-memory stream index both stores share: sequence map, per-subject index, TTL order,
//! totals, and upstream's limit rules. It holds no message bytes itself; each message carries a
//! location `L` (the message for [`super::MemoryStore`], a record offset and length for
//! [`super::FileStore`]). Every removal is reported through a callback so the file store can
//! write a tombstone and keep its per-segment live counts.
//!
//! **Layout, sized for tens of millions of messages** (about 30 bytes per message for the file
//! store, where the old map of entries took about 150):
//! - Sequences live in [`Chunk`]s, each covering an aligned range of [`CHUNK_SPAN`] sequences,
//!   kept in a `VecDeque` ordered by sequence. A chunk is a dense `Vec` of slots (slot `i` is
//!   sequence `base + start + i`) until removals leave it mostly empty; then it is compacted to
//!   its live slots plus a `u16` offset per slot, found by a guess-then-binary-search. Removal
//!   only marks a slot dead; the chunk is compacted once fewer than half its slots live, and
//!   dropped once none does, so memory follows the live count, not the sequence range.
//! - A slot is the location, the subject's id (`u32`), the size (`u32`), the timestamp as a `u32`
//!   offset from the chunk's first timestamp (values that do not fit go to a small per-chunk side
//!   list), and the links to the previous and next message of the same subject as `u32` sequence
//!   distances (the rare distance past `u32::MAX` goes to a side map).
//! - Subjects are interned once in a table indexed by id: name, first and last sequence, count.
//!   Ids of subjects whose last message went are reused.
//! - TTLs only cost something for the messages that have one (a map and an ordered set).
//!
//! Costs: load by sequence is O(1) for dense chunks and O(log) otherwise; last-by-subject and
//! first-by-subject are one table lookup; removing any message (the subject's oldest for
//! max_msgs_per_subject, the middle for a work queue ack) relinks its neighbours in O(1).
//!
//! Visibility: the file store applies a batch to the index before its bytes are written, so
//! lookups only return sequences `<= visible`, which the writer advances once the batch's write
//! (and, by default, its fsync) completed. Totals in [`Index::state`] include the in-flight batch.

use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::sync::Arc;

use rustc_hash::FxHashMap;

use super::{
    is_match_all, subject_matches, DiscardPolicy, Expired, PurgeRequest, Result, SimpleState,
    StoreError, StreamLimits, StreamState, Usage,
};

/// Sequences covered by one chunk (a power of two, at most 65,536 so offsets fit in a `u16`).
const CHUNK_SPAN: u64 = 4096;
/// Subject id of a removed slot.
const DEAD: u32 = u32::MAX;
/// Timestamp offset meaning "look in the chunk's wide list".
const WIDE_TS: u32 = u32::MAX;
/// Link distance meaning "look in the far-link map".
const FAR: u32 = u32::MAX;
/// A dense chunk fills a gap of up to this many sequences with dead slots rather than switching
/// to offsets.
const MAX_FILL: u64 = 16;
/// Chunks with fewer slots than this are not compacted (not worth the copy).
const MIN_COMPACT: usize = 32;

/// A removed message, as handed to the removal callback.
#[derive(Debug)]
pub(crate) struct Entry<L> {
    /// Where the message was.
    pub loc: L,
}

/// A held message, borrowed from the index.
#[derive(Debug)]
pub(crate) struct View<'a, L> {
    /// Where the message is.
    pub loc: &'a L,
    /// Its subject.
    pub subject: &'a Arc<str>,
    /// Its timestamp.
    pub ts: i64,
}

/// One sequence's place in a chunk.
#[derive(Debug, Default)]
struct Slot<L> {
    loc: L,
    /// Subject id, [`DEAD`] once removed.
    subj: u32,
    /// Timestamp minus the chunk's `ts_base`, or [`WIDE_TS`].
    ts: u32,
    /// Size in the store's units, saturated at `u32::MAX`.
    size: u32,
    /// Distance back to the previous sequence of the same subject (0 for none, [`FAR`]).
    prev: u32,
    /// Distance forward to the next sequence of the same subject (0 for none, [`FAR`]).
    next: u32,
}

impl<L> Slot<L> {
    fn live(&self) -> bool {
        self.subj != DEAD
    }
}

/// The slots of one aligned range of [`CHUNK_SPAN`] sequences.
///
/// Invariants: `live > 0`; `slots[head]` and the last slot are live; offsets increase.
#[derive(Debug)]
struct Chunk<L> {
    /// First sequence of the range (a multiple of [`CHUNK_SPAN`]).
    base: u64,
    /// Empty: dense, slot `i` is sequence `base + start + i`. Otherwise slot `i` is sequence
    /// `base + keys[i]`.
    keys: Vec<u16>,
    start: u16,
    slots: Vec<Slot<L>>,
    /// Index of the first live slot.
    head: usize,
    /// Live slots.
    live: u32,
    /// Timestamps are stored as offsets from this one.
    ts_base: i64,
    /// Timestamps that do not fit an offset: (sequence offset, timestamp), by offset.
    wide: Vec<(u16, i64)>,
}

impl<L: Default> Chunk<L> {
    fn new(base: u64) -> Self {
        Chunk {
            base,
            keys: Vec::new(),
            start: 0,
            slots: Vec::new(),
            head: 0,
            live: 0,
            ts_base: 0,
            wide: Vec::new(),
        }
    }

    fn off_at(&self, i: usize) -> u16 {
        if self.keys.is_empty() {
            // Dense offsets stay below CHUNK_SPAN, so they fit.
            self.start + i as u16
        } else {
            self.keys[i]
        }
    }

    fn seq_at(&self, i: usize) -> u64 {
        self.base + u64::from(self.off_at(i))
    }

    /// The slot index of `seq` (live or dead), if the chunk has one.
    fn find(&self, seq: u64) -> Option<usize> {
        let off = seq.checked_sub(self.base).filter(|&o| o < CHUNK_SPAN)? as u16;
        if self.keys.is_empty() {
            let i = usize::from(off.checked_sub(self.start)?);
            return (i < self.slots.len()).then_some(i);
        }
        let first = self.keys[0];
        // Guess as if dense from the first key; correct after in-order removals at the front.
        let guess = usize::from(off.checked_sub(first)?);
        if self.keys.get(guess) == Some(&off) {
            return Some(guess);
        }
        self.keys.binary_search(&off).ok()
    }

    /// The first slot index whose sequence is `>= seq`.
    fn lower_bound(&self, seq: u64) -> usize {
        if seq <= self.base {
            return 0;
        }
        let off = seq - self.base;
        if off >= CHUNK_SPAN {
            return self.slots.len();
        }
        let off = off as u16;
        if self.keys.is_empty() {
            usize::from(off.saturating_sub(self.start)).min(self.slots.len())
        } else {
            self.keys.partition_point(|&k| k < off)
        }
    }

    fn ts_at(&self, i: usize) -> i64 {
        match self.slots[i].ts {
            WIDE_TS => {
                let off = self.off_at(i);
                self.wide
                    .binary_search_by_key(&off, |&(o, _)| o)
                    .map_or(self.ts_base, |j| self.wide[j].1)
            }
            d => self.ts_base + i64::from(d),
        }
    }

    /// Appends `seq` (above every sequence in the chunk) with timestamp `ts`.
    fn push(&mut self, seq: u64, ts: i64, mut slot: Slot<L>) {
        let off = (seq - self.base) as u16;
        if self.slots.is_empty() {
            self.keys.clear();
            self.start = off;
            self.head = 0;
            self.ts_base = ts;
            self.wide.clear();
        } else if self.keys.is_empty() {
            let next = u64::from(self.start) + self.slots.len() as u64;
            let gap = u64::from(off) - next;
            if gap <= MAX_FILL {
                for _ in 0..gap {
                    self.slots.push(Slot {
                        subj: DEAD,
                        ..Slot::default()
                    });
                }
            } else {
                let start = self.start;
                self.keys = (0..self.slots.len()).map(|i| start + i as u16).collect();
            }
        }
        if !self.keys.is_empty() {
            self.keys.push(off);
        }
        slot.ts = match ts.checked_sub(self.ts_base).map(u32::try_from) {
            Some(Ok(d)) if d != WIDE_TS => d,
            _ => {
                // Offsets popped by a truncate may come back: drop their stale entries.
                while self.wide.last().is_some_and(|&(o, _)| o >= off) {
                    self.wide.pop();
                }
                self.wide.push((off, ts));
                WIDE_TS
            }
        };
        self.slots.push(slot);
        self.live += 1;
    }

    /// After slot `i` died: keeps `head` and the tail on live slots, and compacts a chunk that
    /// is mostly dead. The chunk must still have a live slot.
    fn after_removal(&mut self, i: usize) {
        if i == self.head {
            while self.head < self.slots.len() && !self.slots[self.head].live() {
                self.head += 1;
            }
        }
        if i + 1 == self.slots.len() {
            while self.slots.last().is_some_and(|s| !s.live()) {
                self.slots.pop();
                if !self.keys.is_empty() {
                    self.keys.pop();
                }
            }
        }
        if self.slots.len() >= MIN_COMPACT && (self.live as usize) * 2 < self.slots.len() {
            self.compact();
        }
    }

    /// Keeps only the live slots, dense if they are contiguous, with offsets otherwise.
    fn compact(&mut self) {
        let n = self.live as usize;
        let mut keys = Vec::with_capacity(n);
        let mut slots = Vec::with_capacity(n);
        for i in self.head..self.slots.len() {
            if self.slots[i].live() {
                keys.push(self.off_at(i));
                slots.push(std::mem::take(&mut self.slots[i]));
            }
        }
        let contiguous = match (keys.first(), keys.last()) {
            (Some(&a), Some(&b)) => usize::from(b - a) + 1 == keys.len(),
            _ => true,
        };
        self.wide
            .retain(|&(o, _)| keys.binary_search(&o).is_ok_and(|j| slots[j].ts == WIDE_TS));
        self.wide.shrink_to_fit();
        if contiguous {
            self.start = keys.first().copied().unwrap_or(0);
            self.keys = Vec::new();
        } else {
            self.keys = keys;
        }
        self.slots = slots;
        self.head = 0;
    }

    #[cfg(test)]
    fn heap_bytes(&self) -> usize {
        self.keys.capacity() * 2
            + self.slots.capacity() * std::mem::size_of::<Slot<L>>()
            + self.wide.capacity() * std::mem::size_of::<(u16, i64)>()
    }
}

/// Per-subject totals.
#[derive(Debug, Clone)]
struct SubjectInfo {
    name: Arc<str>,
    first: u64,
    last: u64,
    msgs: u64,
}

/// Interned subjects: id → info, name → id, and the names in order, so that a wildcard filter
/// visits only the subjects under its literal prefix (`$KV.B.a.` for `$KV.B.a.*`) instead of
/// every subject.
#[derive(Debug, Default)]
struct Subjects {
    ids: FxHashMap<Arc<str>, u32>,
    sorted: BTreeMap<Arc<str>, u32>,
    /// By id; `None` for a free id.
    info: Vec<Option<SubjectInfo>>,
    free: Vec<u32>,
}

impl Subjects {
    fn get(&self, name: &str) -> Option<(u32, &SubjectInfo)> {
        let &id = self.ids.get(name)?;
        Some((id, self.at(id)?))
    }

    fn at(&self, id: u32) -> Option<&SubjectInfo> {
        self.info.get(id as usize)?.as_ref()
    }

    fn at_mut(&mut self, id: u32) -> Option<&mut SubjectInfo> {
        self.info.get_mut(id as usize)?.as_mut()
    }

    /// The id of `name`, interning it with zero messages if new.
    fn intern(&mut self, name: &str) -> u32 {
        if let Some(&id) = self.ids.get(name) {
            return id;
        }
        let name: Arc<str> = Arc::from(name);
        let info = SubjectInfo {
            name: name.clone(),
            first: 0,
            last: 0,
            msgs: 0,
        };
        let id = match self.free.pop() {
            Some(id) => {
                self.info[id as usize] = Some(info);
                id
            }
            None => {
                self.info.push(Some(info));
                (self.info.len() - 1) as u32
            }
        };
        self.sorted.insert(name.clone(), id);
        self.ids.insert(name, id);
        id
    }

    fn release(&mut self, id: u32) {
        if let Some(info) = self.info.get_mut(id as usize).and_then(Option::take) {
            self.ids.remove(&info.name);
            self.sorted.remove(&info.name);
            self.free.push(id);
        }
    }

    fn len(&self) -> usize {
        self.ids.len()
    }

    fn iter(&self) -> impl Iterator<Item = &SubjectInfo> {
        self.info.iter().flatten()
    }

    /// The subjects matching `filter`, as (id, info): a literal filter is one lookup, a
    /// wildcard filter walks the names that start with its literal prefix.
    fn matching<'a>(
        &'a self,
        filter: &'a str,
    ) -> Box<dyn Iterator<Item = (u32, &'a SubjectInfo)> + 'a> {
        if is_match_all(filter) {
            return Box::new(
                self.info
                    .iter()
                    .enumerate()
                    .filter_map(|(id, i)| Some((id as u32, i.as_ref()?))),
            );
        }
        if rnats_proto::subject::is_literal(filter.as_bytes()) {
            return Box::new(self.get(filter).into_iter());
        }
        let prefix = literal_prefix(filter);
        Box::new(
            self.sorted
                .range::<str, _>((
                    std::ops::Bound::Included(prefix),
                    std::ops::Bound::Unbounded,
                ))
                .take_while(move |(name, _)| name.starts_with(prefix))
                .filter(move |(name, _)| subject_matches(filter, name))
                .filter_map(|(_, &id)| Some((id, self.at(id)?))),
        )
    }

    /// Whether `filter` matches every subject held: `>`, or `P.>` with a literal `P` that
    /// every subject starts with (a KV bucket's `$KV.B.>`), seen from the first and last
    /// names alone.
    fn covers_all(&self, filter: &str) -> bool {
        if is_match_all(filter) {
            return true;
        }
        let Some(prefix) = filter.strip_suffix('>') else {
            return false;
        };
        if !prefix.ends_with('.') || !rnats_proto::subject::is_literal(prefix.as_bytes()) {
            return false;
        }
        match (self.sorted.first_key_value(), self.sorted.last_key_value()) {
            (Some((first, _)), Some((last, _))) => {
                first.starts_with(prefix) && last.starts_with(prefix)
            }
            _ => true,
        }
    }
}

/// The part of a wildcard filter before its first wildcard token, with the dot that follows it
/// (`$KV.B.a.` for `$KV.B.a.*`, empty for `*.x`): every matching subject starts with it.
fn literal_prefix(filter: &str) -> &str {
    let mut at = 0;
    for token in filter.split('.') {
        if token == "*" || token == ">" {
            break;
        }
        at += token.len() + 1;
    }
    &filter[..at.min(filter.len())]
}

/// What a purge request amounts to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PurgeKind {
    /// Nothing to remove.
    Nothing,
    /// Remove everything below this sequence.
    Compact(u64),
    /// Remove matching messages one by one.
    Filtered,
}

/// Computes a message's size from (subject, header, payload) lengths.
pub(crate) type SizeFn = fn(usize, usize, usize) -> u64;

/// The index; see the module doc.
#[derive(Debug)]
pub(crate) struct Index<L> {
    chunks: VecDeque<Chunk<L>>,
    /// Messages held.
    len: u64,
    subjects: Subjects,
    /// Link distances past `u32::MAX`: (sequence, true for next / false for prev) → sequence.
    far: FxHashMap<(u64, bool), u64>,
    /// (due, sequence) of the messages with a TTL.
    ttls: BTreeSet<(i64, u64)>,
    /// sequence → due, for the messages with a TTL.
    expires: FxHashMap<u64, i64>,
    last_seq: u64,
    last_ts: i64,
    bytes: u64,
    visible: u64,
    limits: StreamLimits,
    size_fn: SizeFn,
    /// Shared counter kept equal to the sum of `bytes` over the indexes that use it.
    usage: Option<Usage>,
    /// Entries and subjects the filtered lookups stepped over (tests assert on it, not on
    /// time).
    #[cfg(test)]
    visited: std::sync::atomic::AtomicU64,
}

/// Where a sequence is: chunk index and slot index.
type Pos = (usize, usize);

impl<L: Default> Index<L> {
    /// An empty index whose first message will get `first_seq`.
    pub fn new(first_seq: u64, limits: StreamLimits, size_fn: SizeFn) -> Self {
        let last = first_seq.max(1) - 1;
        Index {
            chunks: VecDeque::new(),
            len: 0,
            subjects: Subjects::default(),
            far: FxHashMap::default(),
            ttls: BTreeSet::new(),
            expires: FxHashMap::default(),
            last_seq: last,
            last_ts: 0,
            bytes: 0,
            visible: last,
            limits,
            size_fn,
            usage: None,
            #[cfg(test)]
            visited: std::sync::atomic::AtomicU64::new(0),
        }
    }

    /// Counts one step of a filtered lookup (tests only).
    #[inline]
    fn visit(&self) {
        #[cfg(test)]
        self.visited
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    }

    /// Counts this index's bytes (now and as they change) into `usage`.
    pub fn set_usage(&mut self, usage: Option<Usage>) {
        if let Some(u) = &self.usage {
            u.sub(self.bytes);
        }
        if let Some(u) = &usage {
            u.add(self.bytes);
        }
        self.usage = usage;
    }

    /// Replaces the limits (enforce them with [`Self::enforce_all`]).
    pub fn set_limits(&mut self, limits: StreamLimits) {
        self.limits = limits;
    }

    /// The last sequence assigned.
    pub fn last_seq(&self) -> u64 {
        self.last_seq
    }

    /// Lets readers see everything up to `seq`.
    pub fn set_visible(&mut self, seq: u64) {
        self.visible = seq;
    }

    /// Whether [`Self::state`] counts sequences readers cannot see yet (a batch in flight).
    pub fn has_invisible(&self) -> bool {
        self.visible < self.last_seq
    }

    /// Raises the last sequence without a message (recovery of purged or compacted ranges).
    pub fn raise_last_seq(&mut self, seq: u64) {
        self.last_seq = self.last_seq.max(seq);
    }

    /// Timestamp of the last message stored (kept across purges).
    pub fn last_ts(&self) -> i64 {
        self.last_ts
    }

    /// Sets the last message timestamp when no message carries it (recovery after a purge).
    pub fn set_last_ts(&mut self, ts: i64) {
        self.last_ts = ts;
    }

    /// The first sequence held, or `last + 1` when empty.
    pub fn first_seq(&self) -> u64 {
        self.first_held().unwrap_or(self.last_seq + 1)
    }

    fn first_held(&self) -> Option<u64> {
        let c = self.chunks.front()?;
        Some(c.seq_at(c.head))
    }

    fn last_held(&self) -> Option<u64> {
        let c = self.chunks.back()?;
        Some(c.seq_at(c.slots.len() - 1))
    }

    /// Where `seq` is, live or dead.
    fn pos(&self, seq: u64) -> Option<Pos> {
        let base = seq & !(CHUNK_SPAN - 1);
        let n = self.chunks.len();
        let ci = match (self.chunks.front(), self.chunks.back()) {
            (_, Some(b)) if b.base == base => n - 1,
            (Some(f), _) if f.base == base => 0,
            (Some(_), _) => {
                let ci = self.chunks.partition_point(|c| c.base < base);
                if self.chunks.get(ci)?.base != base {
                    return None;
                }
                ci
            }
            _ => return None,
        };
        Some((ci, self.chunks[ci].find(seq)?))
    }

    /// Where the live message `seq` is.
    fn live_pos(&self, seq: u64) -> Option<Pos> {
        self.pos(seq)
            .filter(|&(ci, i)| self.chunks[ci].slots[i].live())
    }

    fn slot(&self, (ci, i): Pos) -> &Slot<L> {
        &self.chunks[ci].slots[i]
    }

    fn view(&self, (ci, i): Pos) -> View<'_, L> {
        let c = &self.chunks[ci];
        let s = &c.slots[i];
        let subject: &Arc<str> = match self.subjects.at(s.subj) {
            Some(info) => &info.name,
            None => empty_subject(),
        };
        View {
            loc: &s.loc,
            subject,
            ts: c.ts_at(i),
        }
    }

    /// The live message at or after `pos` (chunk, slot), walking forward.
    fn live_from(&self, (mut ci, mut i): Pos) -> Option<Pos> {
        while let Some(c) = self.chunks.get(ci) {
            while i < c.slots.len() {
                if c.slots[i].live() {
                    return Some((ci, i));
                }
                i += 1;
            }
            ci += 1;
            i = 0;
        }
        None
    }

    /// The first live message with a sequence `>= seq`.
    fn first_at_or_after(&self, seq: u64) -> Option<Pos> {
        let ci = self.chunks.partition_point(|c| c.base + CHUNK_SPAN <= seq);
        let c = self.chunks.get(ci)?;
        self.live_from((ci, c.lower_bound(seq).max(c.head)))
    }

    /// The last live message with a sequence `<= seq`.
    fn last_at_or_before(&self, seq: u64) -> Option<Pos> {
        let mut ci = self.chunks.partition_point(|c| c.base <= seq);
        while ci > 0 {
            ci -= 1;
            let c = &self.chunks[ci];
            let mut i = c.lower_bound(seq.saturating_add(1));
            while i > c.head {
                i -= 1;
                if c.slots[i].live() {
                    return Some((ci, i));
                }
            }
        }
        None
    }

    /// Live messages from `pos` on, as (sequence, position).
    fn iter_from(&self, from: Option<Pos>) -> impl Iterator<Item = (u64, Pos)> + '_ {
        let mut next = from;
        std::iter::from_fn(move || {
            let p = next?;
            // Every message a walk steps over counts, so a test catches a scan.
            self.visit();
            next = self.live_from((p.0, p.1 + 1));
            Some((self.chunks[p.0].seq_at(p.1), p))
        })
    }

    /// The sequence linked from `seq` (whose slot is `s`) in direction `fwd`, 0 if none.
    fn link(&self, seq: u64, s: &Slot<L>, fwd: bool) -> u64 {
        match if fwd { s.next } else { s.prev } {
            0 => 0,
            FAR => self.far.get(&(seq, fwd)).copied().unwrap_or(0),
            d if fwd => seq + u64::from(d),
            d => seq - u64::from(d),
        }
    }

    /// Points `seq`'s link in direction `fwd` at `to` (0 for none).
    fn set_link(&mut self, seq: u64, fwd: bool, to: u64) {
        let Some((ci, i)) = self.pos(seq) else {
            return;
        };
        let dist = if to == 0 { 0 } else { to.abs_diff(seq) };
        let d = match u32::try_from(dist) {
            Ok(d) if d != FAR => {
                if !self.far.is_empty() {
                    self.far.remove(&(seq, fwd));
                }
                d
            }
            _ => {
                self.far.insert((seq, fwd), to);
                FAR
            }
        };
        let s = &mut self.chunks[ci].slots[i];
        if fwd {
            s.next = d;
        } else {
            s.prev = d;
        }
    }

    /// The entry at `seq` whether or not it is visible yet.
    pub fn entry(&self, seq: u64) -> Option<View<'_, L>> {
        self.live_pos(seq).map(|p| self.view(p))
    }

    /// Whether a message with a sequence in `lo..hi` is held.
    pub fn holds_any(&self, lo: u64, hi: u64) -> bool {
        self.first_at_or_after(lo)
            .is_some_and(|(ci, i)| self.chunks[ci].seq_at(i) < hi)
    }

    /// Whether the messages held with a sequence in `lo..hi` have no gap between them.
    pub fn gapless_in(&self, lo: u64, hi: u64) -> bool {
        let Some(first) = self
            .first_at_or_after(lo)
            .map(|(ci, i)| self.chunks[ci].seq_at(i))
        else {
            return true;
        };
        let Some(last) = self
            .last_at_or_before(hi.saturating_sub(1))
            .map(|(ci, i)| self.chunks[ci].seq_at(i))
        else {
            return true;
        };
        if first >= hi || last < lo {
            return true;
        }
        let held = self.count_from(first).msgs - self.count_from(last + 1).msgs;
        held == last - first + 1
    }

    /// A message's size in this store's units.
    pub fn size_of(&self, subject_len: usize, hdr_len: usize, payload_len: usize) -> u64 {
        (self.size_fn)(subject_len, hdr_len, payload_len)
    }

    /// Messages held.
    pub fn len(&self) -> u64 {
        self.len
    }

    /// Upstream's discard-new decision (`storeRawMsg`): refuse when the stream is at max_msgs or
    /// max_bytes, or the subject at max_msgs_per_subject with discard_new_per_subject, unless the
    /// per-subject limit will make room by removing the subject's oldest message.
    pub fn check_discard_new(
        &self,
        subject: &str,
        hdr_len: usize,
        payload_len: usize,
    ) -> Result<()> {
        let l = &self.limits;
        if l.discard != DiscardPolicy::New {
            return Ok(());
        }
        let mut at_subject_limit = false;
        let mut subject_first = 0;
        if l.max_msgs_per_subject > 0 && !subject.is_empty() {
            if let Some((_, info)) = self.subjects.get(subject) {
                if info.msgs >= l.max_msgs_per_subject as u64 {
                    if l.discard_new_per_subject {
                        return Err(StoreError::MaxMsgsPerSubject);
                    }
                    subject_first = info.first;
                    at_subject_limit = true;
                }
            }
        }
        if l.max_msgs > 0 && self.len() >= l.max_msgs as u64 && !at_subject_limit {
            return Err(StoreError::MaxMsgs);
        }
        let raw = (hdr_len + payload_len) as u64;
        // Upstream compares stored bytes plus the raw message length against the limit, and
        // lets the message in when the subject's oldest (which will go) is larger.
        if l.max_bytes > 0 && self.bytes + raw >= l.max_bytes as u64 {
            let oldest = self
                .live_pos(subject_first)
                .map_or(0, |p| u64::from(self.slot(p).size));
            if !at_subject_limit || oldest <= raw {
                return Err(StoreError::MaxBytes);
            }
        }
        Ok(())
    }

    /// Adds a message at `seq`, which must be above every sequence held (the stores assign
    /// `last_seq + 1`; recovery replays in log order). `ttl` is the TTL in ns, `<= 0` for
    /// none. Sizes past `u32::MAX` are saturated.
    pub fn insert(&mut self, seq: u64, ts: i64, subject: &str, size: u64, ttl: i64, loc: L) {
        if let Some(last) = self.last_held() {
            // A duplicate of the newest replaces it; anything older would break the chunk
            // order and is refused (no caller does it).
            debug_assert!(seq >= last, "index insert out of order: {seq} < {last}");
            if seq < last {
                return;
            }
            if seq == last {
                self.remove_entry(seq);
            }
        }
        let id = self.subjects.intern(subject);
        let prev = match self.subjects.at_mut(id) {
            Some(info) => {
                let prev = if info.msgs == 0 { 0 } else { info.last };
                if info.msgs == 0 {
                    info.first = seq;
                }
                info.last = seq;
                info.msgs += 1;
                prev
            }
            None => 0,
        };
        let base = seq & !(CHUNK_SPAN - 1);
        if self.chunks.back().is_none_or(|c| c.base != base) {
            self.chunks.push_back(Chunk::new(base));
        }
        let slot = Slot {
            loc,
            subj: id,
            ts: 0,
            size: u32::try_from(size).unwrap_or(u32::MAX),
            prev: 0,
            next: 0,
        };
        if let Some(c) = self.chunks.back_mut() {
            c.push(seq, ts, slot);
        }
        if prev != 0 {
            self.set_link(prev, true, seq);
            self.set_link(seq, false, prev);
        }
        if ttl > 0 {
            let due = ts.saturating_add(ttl);
            self.ttls.insert((due, seq));
            self.expires.insert(seq, due);
        }
        self.len += 1;
        let size = u64::from(u32::try_from(size).unwrap_or(u32::MAX));
        self.bytes += size;
        if let Some(u) = &self.usage {
            u.add(size);
        }
        if seq >= self.last_seq {
            self.last_seq = seq;
            self.last_ts = ts;
        }
    }

    /// Removes the message at `seq`, returning it.
    pub fn remove_entry(&mut self, seq: u64) -> Option<Entry<L>> {
        let (ci, i) = self.live_pos(seq)?;
        let (subj, prev, next) = {
            let s = self.slot((ci, i));
            (s.subj, self.link(seq, s, false), self.link(seq, s, true))
        };
        let (loc, size) = {
            let s = &mut self.chunks[ci].slots[i];
            s.subj = DEAD;
            s.prev = 0;
            s.next = 0;
            (std::mem::take(&mut s.loc), u64::from(s.size))
        };
        if !self.far.is_empty() {
            self.far.remove(&(seq, false));
            self.far.remove(&(seq, true));
        }
        if prev != 0 {
            self.set_link(prev, true, next);
        }
        if next != 0 {
            self.set_link(next, false, prev);
        }
        let mut release = false;
        if let Some(info) = self.subjects.at_mut(subj) {
            info.msgs -= 1;
            if info.msgs == 0 {
                release = true;
            } else {
                if info.first == seq {
                    info.first = next;
                }
                if info.last == seq {
                    info.last = prev;
                }
            }
        }
        if release {
            self.subjects.release(subj);
        }
        if let Some(due) = self.expires.remove(&seq) {
            self.ttls.remove(&(due, seq));
        }
        let c = &mut self.chunks[ci];
        c.live -= 1;
        if c.live == 0 {
            self.chunks.remove(ci);
        } else {
            c.after_removal(i);
        }
        self.len -= 1;
        self.bytes -= size;
        if let Some(u) = &self.usage {
            u.sub(size);
        }
        Some(Entry { loc })
    }

    /// Removes `seq` and reports it to `out`; returns whether it was held.
    pub fn remove(&mut self, seq: u64, out: &mut impl FnMut(u64, Entry<L>)) -> bool {
        match self.remove_entry(seq) {
            Some(e) => {
                out(seq, e);
                true
            }
            None => false,
        }
    }

    fn remove_first(&mut self, out: &mut impl FnMut(u64, Entry<L>)) -> bool {
        match self.first_held() {
            Some(seq) => self.remove(seq, out),
            None => false,
        }
    }

    /// Applies the limits after a message on `subject` was stored (upstream `storeRawMsg`): the
    /// subject's oldest beyond max_msgs_per_subject, then with discard old the stream's oldest
    /// beyond max_msgs and max_bytes.
    pub fn enforce_after_store(&mut self, subject: &str, out: &mut impl FnMut(u64, Entry<L>)) {
        let per = self.limits.max_msgs_per_subject;
        if per > 0 {
            while let Some((_, info)) = self.subjects.get(subject) {
                let (msgs, first) = (info.msgs, info.first);
                if msgs <= per as u64 || !self.remove(first, out) {
                    break;
                }
            }
        }
        self.enforce_stream_limits(out);
    }

    fn enforce_stream_limits(&mut self, out: &mut impl FnMut(u64, Entry<L>)) -> u64 {
        let mut removed = 0;
        if self.limits.discard != DiscardPolicy::Old {
            return 0;
        }
        let max_msgs = self.limits.max_msgs;
        while max_msgs > 0 && self.len() > max_msgs as u64 && self.remove_first(out) {
            removed += 1;
        }
        let max_bytes = self.limits.max_bytes;
        while max_bytes > 0 && self.bytes > max_bytes as u64 && self.remove_first(out) {
            removed += 1;
        }
        removed
    }

    /// Enforces every count and size limit (after a limits update or recovery).
    pub fn enforce_all(&mut self, out: &mut impl FnMut(u64, Entry<L>)) -> u64 {
        let mut removed = 0;
        let per = self.limits.max_msgs_per_subject;
        if per > 0 {
            let over: Vec<Arc<str>> = self
                .subjects
                .iter()
                .filter(|i| i.msgs > per as u64)
                .map(|i| i.name.clone())
                .collect();
            for s in over {
                while let Some((_, info)) = self.subjects.get(&s) {
                    let (msgs, first) = (info.msgs, info.first);
                    if msgs <= per as u64 || !self.remove(first, out) {
                        break;
                    }
                    removed += 1;
                }
            }
        }
        // A limits update enforces max_msgs/max_bytes whatever the discard policy (upstream
        // `UpdateConfig` calls the enforce functions, which only run with discard old in new
        // versions; with discard new the stream simply refuses until it drains).
        removed + self.enforce_stream_limits(out)
    }

    /// The first message's (sequence, timestamp).
    fn first_with_ts(&self) -> Option<(u64, i64)> {
        let c = self.chunks.front()?;
        Some((c.seq_at(c.head), c.ts_at(c.head)))
    }

    /// Removes what max_age and TTLs say is due at `now`. With
    /// [`StreamLimits::subject_delete_markers`], a due message that is the last of its subject
    /// stays and is reported in [`Expired::last_of_subject`]: the stream replaces it with a
    /// delete marker (upstream `expireMsgs` with `SubjectDeleteMarkerTTL`).
    pub fn expire(&mut self, now: i64, out: &mut impl FnMut(u64, Entry<L>)) -> Expired {
        let mut removed = 0;
        let mut kept = Vec::new();
        let markers = self.limits.subject_delete_markers;
        let max_age = i64::try_from(self.limits.max_age.as_nanos()).unwrap_or(i64::MAX);
        if max_age > 0 {
            let min_ts = now.saturating_sub(max_age);
            if markers {
                let due: Vec<u64> = self
                    .iter_from(self.first_at_or_after(0))
                    .take_while(|&(_, (ci, i))| self.chunks[ci].ts_at(i) <= min_ts)
                    .map(|(seq, _)| seq)
                    .collect();
                for seq in due {
                    if self.expire_one(seq, &mut kept, out) {
                        removed += 1;
                    }
                }
            } else {
                while let Some((seq, ts)) = self.first_with_ts() {
                    if ts > min_ts {
                        break;
                    }
                    self.remove(seq, out);
                    removed += 1;
                }
            }
        }
        let due: Vec<(i64, u64)> = self
            .ttls
            .iter()
            .take_while(|(due, _)| *due <= now)
            .copied()
            .collect();
        for (due, seq) in due {
            if kept.iter().any(|(s, _)| *s == seq) {
                continue;
            }
            if self.live_pos(seq).is_none() {
                self.ttls.remove(&(due, seq));
                continue;
            }
            if if markers {
                self.expire_one(seq, &mut kept, out)
            } else {
                self.remove(seq, out)
            } {
                removed += 1;
            }
        }
        let by_age = (max_age > 0)
            .then(|| {
                self.iter_from(self.first_at_or_after(0))
                    .find(|(seq, _)| !kept.iter().any(|(s, _)| s == seq))
                    .map(|(_, (ci, i))| self.chunks[ci].ts_at(i).saturating_add(max_age))
            })
            .flatten();
        let by_ttl = self
            .ttls
            .iter()
            .find(|(_, seq)| !kept.iter().any(|(s, _)| s == seq))
            .map(|&(due, _)| due);
        let next_due = match (by_age, by_ttl) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        Expired {
            removed,
            next_due,
            last_of_subject: kept,
        }
    }

    /// With delete markers: removes a due `seq`, unless it is the last of its subject, which is
    /// reported in `kept` instead. Returns whether it was removed.
    fn expire_one(
        &mut self,
        seq: u64,
        kept: &mut Vec<(u64, Arc<str>)>,
        out: &mut impl FnMut(u64, Entry<L>),
    ) -> bool {
        let Some(pos) = self.live_pos(seq) else {
            return false;
        };
        let info = self.subjects.at(self.slot(pos).subj);
        if let Some(info) = info.filter(|i| i.msgs == 1) {
            kept.push((seq, info.name.clone()));
            return false;
        }
        self.remove(seq, out)
    }

    /// Removes everything below `seq`; past the end, the stream restarts at `seq`.
    pub fn compact(&mut self, seq: u64, out: &mut impl FnMut(u64, Entry<L>)) -> u64 {
        let mut removed = 0;
        while let Some(first) = self.first_held() {
            if first >= seq {
                break;
            }
            self.remove(first, out);
            removed += 1;
        }
        if seq > self.last_seq + 1 {
            self.raise_last_seq(seq - 1);
        }
        removed
    }

    /// How upstream `PurgeEx` treats `req`: without a subject filter it is a compact.
    pub fn classify_purge(&self, req: &PurgeRequest) -> Result<PurgeKind> {
        if req.up_to_seq > 1 && req.keep > 0 {
            return Err(StoreError::Invalid("purge takes seq or keep, not both"));
        }
        if !is_match_all(req.filter.as_deref().unwrap_or("")) {
            return Ok(PurgeKind::Filtered);
        }
        Ok(if req.keep == 0 && req.up_to_seq <= 1 {
            PurgeKind::Compact(self.last_seq + 1)
        } else if req.up_to_seq > 1 {
            PurgeKind::Compact(req.up_to_seq)
        } else if req.keep >= self.len() {
            PurgeKind::Nothing
        } else {
            PurgeKind::Compact(self.last_seq + 1 - req.keep)
        })
    }

    /// Upstream `PurgeEx`.
    pub fn purge(
        &mut self,
        req: &PurgeRequest,
        out: &mut impl FnMut(u64, Entry<L>),
    ) -> Result<u64> {
        match self.classify_purge(req)? {
            PurgeKind::Nothing => return Ok(0),
            PurgeKind::Compact(seq) => return Ok(self.compact(seq, out)),
            PurgeKind::Filtered => {}
        }
        let filter = req.filter.as_deref().unwrap_or("");
        let ss = self.filtered_state(1, filter);
        if ss.msgs == 0 {
            return Ok(0);
        }
        let mut budget = ss.msgs;
        if req.keep > 0 {
            if req.keep >= ss.msgs {
                return Ok(0);
            }
            budget -= req.keep;
        }
        let last = if req.up_to_seq > 1 {
            req.up_to_seq - 1
        } else {
            ss.last
        };
        let budget = usize::try_from(budget).unwrap_or(usize::MAX);
        let victims: Vec<u64> = if rnats_proto::subject::is_literal(filter.as_bytes()) {
            // Follow the subject's own chain instead of scanning the stream.
            let mut out = Vec::new();
            let mut seq = ss.first;
            while seq != 0 && seq <= last && out.len() < budget {
                out.push(seq);
                seq = self
                    .live_pos(seq)
                    .map_or(0, |p| self.link(seq, self.slot(p), true));
            }
            out
        } else {
            self.iter_from(self.first_at_or_after(ss.first))
                .take_while(|&(s, _)| s <= last)
                .filter(|&(_, p)| {
                    self.subjects
                        .at(self.slot(p).subj)
                        .is_some_and(|i| subject_matches(filter, &i.name))
                })
                .map(|(s, _)| s)
                .take(budget)
                .collect()
        };
        let mut purged = 0;
        for seq in victims {
            if self.remove(seq, out) {
                purged += 1;
            }
        }
        Ok(purged)
    }

    /// Removes everything above `seq` and makes it the last sequence.
    pub fn truncate(&mut self, seq: u64, out: &mut impl FnMut(u64, Entry<L>)) {
        while let Some(last) = self.last_held() {
            if last <= seq {
                break;
            }
            self.remove(last, out);
        }
        self.last_seq = seq;
        self.last_ts = self
            .live_pos(seq)
            .map_or(0, |(ci, i)| self.chunks[ci].ts_at(i));
        self.visible = self.visible.min(seq);
    }

    /// The message at `seq`, as [`super::StreamStore::load_msg`] words its absence.
    pub fn get(&self, seq: u64) -> Result<View<'_, L>> {
        if seq > self.visible || seq > self.last_seq {
            return Err(StoreError::Eof);
        }
        self.entry(seq).ok_or(StoreError::NotFound)
    }

    /// Mutable access to a held message's location (compaction moves records).
    pub fn loc_mut(&mut self, seq: u64) -> Option<&mut L> {
        let (ci, i) = self.live_pos(seq)?;
        Some(&mut self.chunks[ci].slots[i].loc)
    }

    /// The first visible message at or after `start` matching `filter`.
    ///
    /// Never a scan of the stream for a subject filter: a literal subject follows its own
    /// chain ([`Self::subject_next`]); a wildcard filter walks the stream from `start` and, in
    /// step with it, the subjects under the filter's literal prefix, and stops at whichever
    /// answers first, so the cost is at most twice the smaller of the gap to the next match and
    /// the number of matching subjects.
    pub fn next_matching(&self, filter: &str, start: u64) -> Option<(u64, View<'_, L>)> {
        let start = start.max(1);
        if start > self.visible {
            return None;
        }
        let found = if self.subjects.covers_all(filter) {
            self.iter_from(self.first_at_or_after(start)).next()
        } else if rnats_proto::subject::is_literal(filter.as_bytes()) {
            let (id, info) = self.subjects.get(filter)?;
            let seq = self.subject_next(id, info, start)?;
            self.live_pos(seq).map(|p| (seq, p))
        } else {
            let mut scan = self
                .iter_from(self.first_at_or_after(start))
                .take_while(|&(s, _)| s <= self.visible);
            let mut subjects = self.subjects.matching(filter);
            let mut best: Option<u64> = None;
            loop {
                match scan.next() {
                    None => break None,
                    Some((s, p))
                        if self
                            .subjects
                            .at(self.slot(p).subj)
                            .is_some_and(|i| subject_matches(filter, &i.name)) =>
                    {
                        break Some((s, p))
                    }
                    Some(_) => {}
                }
                self.visit();
                match subjects.next() {
                    Some((id, info)) => {
                        if let Some(q) = self.subject_next(id, info, start) {
                            best = Some(best.map_or(q, |b| b.min(q)));
                        }
                    }
                    None => break best.and_then(|q| self.live_pos(q).map(|p| (q, p))),
                }
            }
        };
        found
            .filter(|&(s, _)| s <= self.visible)
            .map(|(s, p)| (s, self.view(p)))
    }

    /// The first sequence `>= start` of subject `id` (visible or not), if any.
    ///
    /// O(1) when `start` is at or before the subject's first message, past its last, or right
    /// after one of its messages (a consumer stepping through the subject). Otherwise three
    /// walks advance in turn (back along the subject's chain from its last message, forward
    /// along it from its first, forward through the stream from `start`) and the first to
    /// reach the answer ends the search.
    fn subject_next(&self, id: u32, info: &SubjectInfo, start: u64) -> Option<u64> {
        if start <= info.first {
            return Some(info.first);
        }
        if start > info.last {
            return None;
        }
        if let Some(p) = self.live_pos(start - 1) {
            if self.slot(p).subj == id {
                self.visit();
                let next = self.link(start - 1, self.slot(p), true);
                return (next != 0).then_some(next);
            }
        }
        let step = |seq: u64, fwd: bool| -> u64 {
            self.visit();
            self.live_pos(seq)
                .map_or(0, |p| self.link(seq, self.slot(p), fwd))
        };
        let mut back = info.last;
        let mut fwd = info.first;
        let mut scan = self.iter_from(self.first_at_or_after(start));
        loop {
            let prev = step(back, false);
            if prev < start {
                return Some(back);
            }
            back = prev;
            let next = step(fwd, true);
            if next == 0 {
                return None;
            }
            if next >= start {
                return Some(next);
            }
            fwd = next;
            match scan.next() {
                Some((s, p)) if self.slot(p).subj == id => return Some(s),
                Some(_) => {}
                None => return None,
            }
        }
    }

    /// The newest visible message of a subject.
    fn newest_visible(&self, info: &SubjectInfo) -> Option<u64> {
        let mut seq = info.last;
        while seq > self.visible {
            let p = self.live_pos(seq)?;
            seq = self.link(seq, self.slot(p), false);
        }
        (seq != 0).then_some(seq)
    }

    /// The newest visible message on `subject`, wildcards allowed.
    pub fn last_matching(&self, subject: &str) -> Option<(u64, View<'_, L>)> {
        let seq = if self.subjects.covers_all(subject) {
            let p = self.last_at_or_before(self.visible)?;
            return Some((self.chunks[p.0].seq_at(p.1), self.view(p)));
        } else if rnats_proto::subject::is_literal(subject.as_bytes()) {
            self.subjects
                .get(subject)
                .and_then(|(_, i)| self.newest_visible(i))
        } else {
            self.subjects
                .matching(subject)
                .filter_map(|(_, i)| {
                    self.visit();
                    self.newest_visible(i)
                })
                .max()
        }?;
        self.live_pos(seq).map(|p| (seq, self.view(p)))
    }

    /// Totals for stream info.
    pub fn state(&self) -> StreamState {
        let first = self.first_with_ts();
        let first_seq = first.map_or(self.last_seq + 1, |(s, _)| s);
        let msgs = self.len();
        StreamState {
            msgs,
            bytes: self.bytes,
            first_seq,
            first_ts: first.map_or(0, |(_, ts)| ts),
            last_seq: self.last_seq,
            last_ts: self.last_ts,
            num_subjects: self.subjects.len() as u64,
            num_deleted: if msgs == 0 {
                0
            } else {
                (self.last_seq + 1 - first_seq) - msgs
            },
        }
    }

    /// Sequences between first and last holding no message.
    pub fn deleted(&self) -> Vec<u64> {
        let mut out = Vec::new();
        let Some(mut expect) = self.first_held() else {
            return out;
        };
        for (seq, _) in self.iter_from(self.first_at_or_after(expect)) {
            out.extend(expect..seq);
            expect = seq + 1;
        }
        out.extend(expect..=self.last_seq);
        out
    }

    /// Per-subject state for subjects matching `filter`, as upstream's subject tree matches
    /// it (see [`Index::tree_matches`]).
    pub fn subjects_state(&self, filter: &str) -> BTreeMap<Arc<str>, SimpleState> {
        let state = |i: &SubjectInfo| {
            (
                i.name.clone(),
                SimpleState {
                    msgs: i.msgs,
                    first: i.first,
                    last: i.last,
                },
            )
        };
        if let Some(matched) = self.tree_matches(filter) {
            return matched.into_iter().map(state).collect();
        }
        self.subjects
            .matching(filter)
            .map(|(_, i)| {
                self.visit();
                state(i)
            })
            .collect()
    }

    /// The last sequence of every subject matching `filter`, ascending (the starting set of a
    /// deliver-last-per-subject consumer), from the subject table alone.
    pub fn subjects_last(&self, filter: &str) -> Vec<u64> {
        let mut out: Vec<u64> = match self.tree_matches(filter) {
            Some(matched) => matched.into_iter().map(|i| i.last).collect(),
            None => self
                .subjects
                .matching(filter)
                .map(|(_, i)| {
                    self.visit();
                    i.last
                })
                .collect(),
        };
        out.sort_unstable();
        out
    }

    /// The subjects upstream's subject tree (`server/stree`, behind the per-subject state,
    /// totals and pending counts) matches for a filter whose last token ends in a `*` or `>`
    /// that is not a whole token (`a*`, `x.ab>`); `None` for every other filter.
    ///
    /// Such a character is literal to the subject grammar, but the tree's `match` reads a
    /// filter fragment that is exactly `*` (`>`) once a node's path is consumed as a wildcard.
    /// So where the stored subjects branch right before that character (path `Q`, the filter
    /// without it: at least two subjects start with `Q` and differ in the byte after it, or
    /// one of them ends there), `a*` matches every `Q` + one or more bytes without a `.`, and
    /// `a>` every subject starting with `Q` (`Q` itself included); elsewhere the filter
    /// matches literally. Earlier tokens keep their usual wildcard meaning. Observed on
    /// nats-server 2.14 with KV key filters (`tests/dropin_misc.rs`).
    fn tree_matches(&self, filter: &str) -> Option<Vec<&SubjectInfo>> {
        let last = *filter.as_bytes().last()?;
        let head = &filter[..filter.len() - 1];
        if !matches!(last, b'*' | b'>') || head.is_empty() || head.ends_with('.') {
            return None;
        }
        let head_tokens: Vec<&str> = head.split('.').collect();
        let (partial, leading) = head_tokens.split_last()?;
        // Where the subject's bytes leave the filter's: the tree path `Q` described above.
        let branch_at = |subject: &str| -> Option<usize> {
            let mut tokens = subject.split('.');
            let mut at = 0;
            for want in leading {
                let got = tokens.next()?;
                if *want != "*" && got != *want {
                    return None;
                }
                at += got.len() + 1;
            }
            let got = tokens.next()?;
            let rest = got.strip_prefix(partial)?;
            let more_tokens = tokens.next().is_some();
            let fits = if last == b'*' {
                !rest.is_empty() && !more_tokens
            } else {
                true
            };
            fits.then_some(at + partial.len())
        };
        let mut branches: FxHashMap<&str, bool> = FxHashMap::default();
        let mut out = Vec::new();
        for info in self.subjects.iter() {
            let subject = &*info.name;
            let tree = branch_at(subject).is_some_and(|at| {
                let q = &subject[..at];
                *branches.entry(q).or_insert_with(|| self.branches_after(q))
            });
            if tree || subject_matches(filter, subject) {
                out.push(info);
            }
        }
        Some(out)
    }

    /// Whether the stored subjects branch right after the prefix `q`: a subject tree node
    /// ends there.
    fn branches_after(&self, q: &str) -> bool {
        let mut next: Option<Option<u8>> = None;
        for info in self.subjects.iter() {
            if let Some(rest) = info.name.strip_prefix(q) {
                let byte = rest.as_bytes().first().copied();
                match next {
                    None => next = Some(byte),
                    Some(seen) if seen != byte => return true,
                    Some(_) => {}
                }
            }
        }
        false
    }

    /// Messages at or after `start` matching `filter`. Per subject it walks back from the
    /// subject's last message, so the cost is the number of subjects plus the matches counted.
    pub fn filtered_state(&self, start: u64, filter: &str) -> SimpleState {
        let mut out = SimpleState::default();
        if start > self.last_seq {
            return out;
        }
        let mut add = |info: &SubjectInfo| {
            let (msgs, first) = if start <= info.first {
                (info.msgs, info.first)
            } else {
                let (mut n, mut first, mut seq) = (0, 0, info.last);
                while seq >= start && seq != 0 {
                    n += 1;
                    first = seq;
                    seq = self
                        .live_pos(seq)
                        .map_or(0, |p| self.link(seq, self.slot(p), false));
                }
                (n, first)
            };
            if msgs == 0 {
                return;
            }
            out.msgs += msgs;
            out.first = if out.first == 0 {
                first
            } else {
                out.first.min(first)
            };
            out.last = out.last.max(info.last);
        };
        if let Some(matched) = self.tree_matches(filter) {
            for info in matched {
                add(info);
            }
            return out;
        }
        let every_msg = if self.subjects.covers_all(filter) {
            true
        } else if rnats_proto::subject::is_literal(filter.as_bytes()) {
            match self.subjects.get(filter) {
                // The subject holds every message (a one-subject stream).
                Some((_, info)) if info.msgs == self.len => true,
                Some((_, info)) => {
                    add(info);
                    return out;
                }
                None => return out,
            }
        } else {
            false
        };
        if every_msg {
            return self.count_from(start);
        }
        for (_, info) in self.subjects.matching(filter) {
            self.visit();
            add(info);
        }
        out
    }

    /// Every message at or after `start`, counted from the chunks' live counts: O(1) while the
    /// stream has no interior gaps (the common case), O(chunks) otherwise.
    fn count_from(&self, start: u64) -> SimpleState {
        let (Some(first), Some(last)) = (self.first_held(), self.last_held()) else {
            return SimpleState::default();
        };
        let from = start.max(first);
        if from > last {
            return SimpleState::default();
        }
        if last - first + 1 == self.len {
            return SimpleState {
                msgs: last - from + 1,
                first: from,
                last,
            };
        }
        let Some((ci, i)) = self.first_at_or_after(from) else {
            return SimpleState::default();
        };
        let c = &self.chunks[ci];
        let mut n = c.slots[i..].iter().filter(|s| s.live()).count() as u64;
        n += self
            .chunks
            .range(ci + 1..)
            .map(|c| u64::from(c.live))
            .sum::<u64>();
        SimpleState {
            msgs: n,
            first: c.seq_at(i),
            last,
        }
    }

    /// First sequence with a timestamp `>= ts`, or `last + 1`.
    pub fn seq_from_time(&self, ts: i64) -> u64 {
        self.iter_from(self.first_at_or_after(0))
            .find(|&(_, (ci, i))| self.chunks[ci].ts_at(i) >= ts)
            .map_or(self.last_seq + 1, |(s, _)| s)
    }

    /// Approximate heap bytes held (slots, offsets, subjects not counted).
    #[cfg(test)]
    fn heap_bytes(&self) -> usize {
        self.chunks.iter().map(Chunk::heap_bytes).sum::<usize>()
            + self.chunks.capacity() * std::mem::size_of::<Chunk<L>>()
    }

    /// Checks every structural invariant against a scan (tests only).
    #[cfg(test)]
    fn check(&self) {
        let mut per: FxHashMap<u32, Vec<u64>> = FxHashMap::default();
        let mut n = 0;
        let mut bytes = 0;
        let mut prev_base = None;
        for c in &self.chunks {
            assert!(c.live > 0, "empty chunk {}", c.base);
            assert!(prev_base.is_none_or(|b| b < c.base));
            prev_base = Some(c.base);
            assert!(c.slots[c.head].live(), "head dead in chunk {}", c.base);
            assert!(c.slots[c.slots.len() - 1].live(), "tail dead");
            assert!(c.keys.is_empty() || c.keys.len() == c.slots.len());
            assert!(c.keys.windows(2).all(|w| w[0] < w[1]));
            let live = c.slots.iter().filter(|s| s.live()).count();
            assert_eq!(live, c.live as usize);
            for (i, s) in c.slots.iter().enumerate() {
                if !s.live() {
                    continue;
                }
                assert!(i >= c.head);
                let seq = c.seq_at(i);
                assert_eq!(self.pos(seq), Some((self.chunks_index(c.base), i)));
                per.entry(s.subj).or_default().push(seq);
                n += 1;
                bytes += u64::from(s.size);
            }
        }
        assert_eq!(n, self.len);
        assert_eq!(bytes, self.bytes);
        assert_eq!(per.len(), self.subjects.len());
        assert_eq!(self.subjects.sorted.len(), self.subjects.len());
        for (id, seqs) in per {
            let info = self.subjects.at(id).expect("subject of a live slot");
            assert_eq!(self.subjects.ids.get(&info.name), Some(&id));
            assert_eq!(
                (info.first, info.last, info.msgs),
                (seqs[0], seqs[seqs.len() - 1], seqs.len() as u64),
                "{}",
                info.name
            );
            for w in seqs.windows(2) {
                let p = self.live_pos(w[0]).expect("live");
                assert_eq!(self.link(w[0], self.slot(p), true), w[1]);
                let p = self.live_pos(w[1]).expect("live");
                assert_eq!(self.link(w[1], self.slot(p), false), w[0]);
            }
        }
    }

    #[cfg(test)]
    fn chunks_index(&self, base: u64) -> usize {
        self.chunks.partition_point(|c| c.base < base)
    }
}

/// The subject of a slot whose id has no entry (never the case for a live slot).
fn empty_subject() -> &'static Arc<str> {
    static EMPTY: std::sync::OnceLock<Arc<str>> = std::sync::OnceLock::new();
    EMPTY.get_or_init(|| Arc::from(""))
}

/// A dropped index (its store closed or deleted) no longer holds its bytes.
impl<L> Drop for Index<L> {
    fn drop(&mut self) {
        if let Some(u) = self.usage.take() {
            u.sub(self.bytes);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn size(s: usize, h: usize, p: usize) -> u64 {
        (s + h + p + 16) as u64
    }

    /// The sequence-map count (every message matches) agrees with walking the chains, with
    /// and without interior gaps.
    #[test]
    fn filtered_state_counts_without_walking_chains() {
        let mut ix: Index<()> = Index::new(1, StreamLimits::default(), size);
        for seq in 1..=10u64 {
            ix.insert(seq, seq as i64, "one", 10, 0, ());
        }
        let st = |ix: &Index<()>, start, f| {
            let s = ix.filtered_state(start, f);
            (s.msgs, s.first, s.last)
        };
        for f in [">", "one", "*"] {
            assert_eq!(st(&ix, 0, f), (10, 1, 10), "{f}");
            assert_eq!(st(&ix, 4, f), (7, 4, 10), "{f}");
            assert_eq!(st(&ix, 10, f), (1, 10, 10), "{f}");
            assert_eq!(st(&ix, 11, f), (0, 0, 0), "{f}");
        }
        ix.remove(5, &mut |_, _| {});
        ix.remove(10, &mut |_, _| {});
        for f in [">", "one", "*"] {
            assert_eq!(st(&ix, 4, f), (5, 4, 9), "{f}");
            assert_eq!(st(&ix, 5, f), (4, 6, 9), "{f}");
            assert_eq!(st(&ix, 10, f), (0, 0, 0), "{f}");
        }
        ix.insert(11, 11, "two", 10, 0, ());
        assert_eq!(st(&ix, 4, ">"), (6, 4, 11));
        assert_eq!(st(&ix, 4, "one"), (5, 4, 9));
        assert_eq!(st(&ix, 4, "two"), (1, 11, 11));
        ix.check();
    }

    #[test]
    fn subject_links_survive_middle_removals() {
        let mut ix: Index<()> = Index::new(1, StreamLimits::default(), size);
        for (seq, subj) in [(1, "a"), (2, "b"), (3, "a"), (4, "a"), (5, "b")] {
            ix.insert(seq, seq as i64, subj, 10, 0, ());
        }
        ix.set_visible(5);
        assert!(ix.remove_entry(3).is_some());
        ix.check();
        assert_eq!(ix.last_matching("a").map(|(s, _)| s), Some(4));
        assert!(ix.remove_entry(4).is_some());
        assert_eq!(ix.last_matching("a").map(|(s, _)| s), Some(1));
        assert!(ix.remove_entry(1).is_some());
        assert!(ix.last_matching("a").is_none());
        assert_eq!(ix.subjects_state(">").len(), 1);
        assert_eq!(ix.filtered_state(3, "b").msgs, 1);
        ix.check();
    }

    #[test]
    fn invisible_tail_is_skipped() {
        let mut ix: Index<()> = Index::new(1, StreamLimits::default(), size);
        ix.insert(1, 1, "a", 10, 0, ());
        ix.set_visible(1);
        ix.insert(2, 2, "a", 10, 0, ());
        assert_eq!(ix.last_matching("a").map(|(s, _)| s), Some(1));
        assert!(matches!(ix.get(2), Err(StoreError::Eof)));
        assert!(ix.next_matching(">", 2).is_none());
        ix.set_visible(2);
        assert_eq!(ix.last_matching("a").map(|(s, _)| s), Some(2));
    }

    /// A one-subject flood costs well under 32 bytes per message, and removing from the front
    /// (discard old) gives the memory back.
    #[test]
    fn a_message_costs_under_32_bytes() {
        #[derive(Debug, Default)]
        struct Loc {
            _offset: u32,
            _len: u32,
        }
        let mut ix: Index<Loc> = Index::new(1, StreamLimits::default(), size);
        let n = 200_000u64;
        for seq in 1..=n {
            ix.insert(
                seq,
                1_000_000 + seq as i64,
                "flood.x",
                542,
                0,
                Loc::default(),
            );
        }
        let per_msg = ix.heap_bytes() as f64 / n as f64;
        assert!(per_msg < 32.0, "{per_msg} bytes per message");
        ix.compact(n - 1000, &mut |_, _| {});
        assert_eq!(ix.len(), 1001);
        assert!(ix.heap_bytes() < 1001 * 64 + 8 * CHUNK_SPAN as usize * 28);
        ix.check();
    }

    /// Links longer than `u32::MAX` sequences and timestamps far apart still resolve.
    #[test]
    fn far_links_and_wide_timestamps() {
        let mut ix: Index<()> = Index::new(1, StreamLimits::default(), size);
        let far = 10_000_000_000u64;
        ix.insert(1, 5, "k", 10, 0, ());
        ix.insert(2, 1 << 40, "other", 10, 0, ());
        ix.insert(far, -7, "k", 10, 0, ());
        ix.insert(far + 1, i64::MAX, "k", 10, 0, ());
        ix.set_visible(far + 1);
        ix.check();
        assert_eq!(ix.get(2).map(|v| v.ts).ok(), Some(1 << 40));
        assert_eq!(ix.get(far).map(|v| v.ts).ok(), Some(-7));
        assert_eq!(ix.get(far + 1).map(|v| v.ts).ok(), Some(i64::MAX));
        assert_eq!(ix.filtered_state(2, "k").msgs, 2);
        assert!(ix.remove_entry(far).is_some());
        ix.check();
        assert_eq!(ix.filtered_state(0, "k").msgs, 2);
        assert!(ix.remove_entry(far + 1).is_some());
        assert_eq!(ix.last_matching("k").map(|(s, _)| s), Some(1));
        assert_eq!(ix.next_matching("k", 2).map(|(s, _)| s), None);
        assert!(ix.far.is_empty());
        ix.check();
    }

    /// A KV-shaped stream with 100,000 keys: filtered reads visit the subject's own entries or
    /// the subjects under the filter's prefix, never the sequence span (issue 13: lookups stay
    /// fast with a million keys).
    #[test]
    fn filtered_reads_visit_the_subject_not_the_stream() {
        use std::sync::atomic::Ordering::Relaxed;
        let mut ix: Index<()> = Index::new(1, StreamLimits::default(), size);
        let keys = 100_000u64;
        let mut seq = 0;
        let mut hist = Vec::new();
        for k in 0..keys {
            seq += 1;
            ix.insert(seq, seq as i64, &format!("$KV.B.k{k}"), 10, 0, ());
            if k % 10_000 == 0 {
                seq += 1;
                ix.insert(seq, seq as i64, "$KV.B.hist", 10, 0, ());
                hist.push(seq);
            }
        }
        for a in 0..5 {
            seq += 1;
            ix.insert(seq, seq as i64, &format!("$KV.B.a.{a}"), 10, 0, ());
        }
        ix.set_visible(seq);
        let visits = |ix: &Index<()>| ix.visited.swap(0, Relaxed);
        visits(&ix);

        // History of one key: each step follows the key's chain.
        let mut got = Vec::new();
        let mut start = 1;
        while let Some((s, _)) = ix.next_matching("$KV.B.hist", start) {
            got.push(s);
            start = s + 1;
        }
        assert_eq!(got, hist);
        assert!(visits(&ix) <= 2 * hist.len() as u64);

        // From an arbitrary sequence (not right after one of the key's messages): bounded by
        // the key's own message count.
        let mid = hist[4] + 5;
        assert_eq!(
            ix.next_matching("$KV.B.hist", mid).map(|(s, _)| s),
            Some(hist[5])
        );
        assert!(visits(&ix) <= 3 * hist.len() as u64 + 3);

        // A narrow wildcard: the five subjects under `$KV.B.a.`, not the 100,000 others.
        let mut got = Vec::new();
        let mut start = 1;
        while let Some((s, v)) = ix.next_matching("$KV.B.a.*", start) {
            got.push(v.subject.to_string());
            start = s + 1;
        }
        assert_eq!(
            got,
            (0..5).map(|a| format!("$KV.B.a.{a}")).collect::<Vec<_>>()
        );
        assert!(visits(&ix) < 200, "wildcard walk visited too much");
        assert_eq!(ix.last_matching("$KV.B.a.*").map(|(s, _)| s), Some(seq));
        assert_eq!(ix.subjects_last("$KV.B.a.*").len(), 5);
        assert_eq!(ix.subjects_state("$KV.B.a.>").len(), 5);
        assert_eq!(ix.filtered_state(1, "$KV.B.a.*").msgs, 5);
        assert!(visits(&ix) < 100, "wildcard lookups visited too much");

        // The bucket's whole filter covers every subject: no per-subject walk.
        assert_eq!(ix.filtered_state(seq - 2, "$KV.B.>").msgs, 3);
        assert_eq!(ix.filtered_state(seq + 1, "$KV.B.a.*").msgs, 0);
        assert_eq!(ix.next_matching("$KV.B.>", 5).map(|(s, _)| s), Some(5));
        assert_eq!(ix.last_matching("$KV.B.>").map(|(s, _)| s), Some(seq));
        assert!(visits(&ix) <= 1);

        // Keys listing: one entry per subject.
        let lasts = ix.subjects_last("$KV.B.>");
        assert_eq!(lasts.len() as u64, keys + 1 + 5);
        assert!(lasts.windows(2).all(|w| w[0] < w[1]));
        assert!(visits(&ix) <= keys + 6);

        // Latest of one key: one lookup.
        assert_eq!(
            ix.last_matching("$KV.B.k77777")
                .map(|(_, v)| v.subject.to_string()),
            Some("$KV.B.k77777".to_string())
        );
        assert_eq!(visits(&ix), 0);
        ix.check();
    }

    /// Random operations against a plain map: every lookup agrees and the invariants hold.
    #[test]
    fn random_operations_match_a_plain_model() {
        let mut rng = fastrand::Rng::with_seed(16);
        let (mut saw_keyed, mut saw_wide) = (false, false);
        for round in 0..12 {
            let limits = StreamLimits {
                max_msgs_per_subject: [0, 1, 3][round % 3],
                ..StreamLimits::default()
            };
            let mut ix: Index<u64> = Index::new(1, limits.clone(), size);
            let mut model: BTreeMap<u64, (String, i64)> = BTreeMap::new();
            let subjects = 1 + rng.usize(..[3, 40, 400][round % 3]);
            let mut seq = 0u64;
            for _ in 0..6000 {
                match rng.u8(..100) {
                    0..=59 => {
                        seq += if rng.u8(..20) == 0 {
                            rng.u64(1..9000)
                        } else {
                            1
                        };
                        let subj = format!("s.{}", rng.usize(..subjects));
                        let ts = if rng.bool() { seq as i64 } else { rng.i64(..) };
                        ix.insert(seq, ts, &subj, 10 + seq % 7, 0, seq);
                        let mut removed = Vec::new();
                        ix.enforce_after_store(&subj, &mut |s, e| {
                            assert_eq!(e.loc, s);
                            removed.push(s)
                        });
                        model.insert(seq, (subj.clone(), ts));
                        let per = limits.max_msgs_per_subject as usize;
                        if per > 0 {
                            let mine: Vec<u64> = model
                                .iter()
                                .filter(|(_, (s, _))| *s == subj)
                                .map(|(&q, _)| q)
                                .collect();
                            let over = mine.len().saturating_sub(per);
                            assert_eq!(removed, mine[..over].to_vec());
                            for q in &mine[..over] {
                                model.remove(q);
                            }
                        }
                    }
                    60..=84 if !model.is_empty() => {
                        let keys: Vec<u64> = model.keys().copied().collect();
                        let victim = keys[rng.usize(..keys.len())];
                        assert_eq!(ix.remove_entry(victim).map(|e| e.loc), Some(victim));
                        model.remove(&victim);
                    }
                    85..=89 => {
                        let subj = format!("s.{}", rng.usize(..subjects));
                        let keep = rng.u64(..3);
                        let req = PurgeRequest {
                            filter: Some(subj.clone()),
                            keep,
                            ..PurgeRequest::default()
                        };
                        ix.purge(&req, &mut |_, _| {}).ok();
                        let mine: Vec<u64> = model
                            .iter()
                            .filter(|(_, (s, _))| *s == subj)
                            .map(|(&q, _)| q)
                            .collect();
                        let go = mine.len().saturating_sub(keep as usize);
                        if keep == 0 || (keep as usize) < mine.len() {
                            for q in &mine[..go] {
                                model.remove(q);
                            }
                        }
                    }
                    90..=92 if seq > 0 => {
                        let to = rng.u64(1..=seq);
                        ix.compact(to, &mut |_, _| {});
                        model.retain(|&q, _| q >= to);
                    }
                    93 if seq > 0 => {
                        let to = rng.u64(seq.saturating_sub(50)..=seq);
                        ix.truncate(to, &mut |_, _| {});
                        model.retain(|&q, _| q <= to);
                        seq = to;
                    }
                    _ => {}
                }
                ix.set_visible(ix.last_seq());
                saw_keyed |= ix.chunks.iter().any(|c| !c.keys.is_empty());
                saw_wide |= ix.chunks.iter().any(|c| !c.wide.is_empty());
            }
            ix.check();
            assert_eq!(ix.len(), model.len() as u64);
            for (&q, (s, ts)) in &model {
                let v = ix.get(q).expect("held");
                assert_eq!((&**v.subject, v.ts, *v.loc), (s.as_str(), *ts, q));
            }
            let st = ix.state();
            assert_eq!(
                st.first_seq,
                model.keys().next().copied().unwrap_or(seq + 1)
            );
            let deleted: Vec<u64> = match model.keys().next() {
                Some(&f) => (f..=ix.last_seq())
                    .filter(|q| !model.contains_key(q))
                    .collect(),
                None => Vec::new(),
            };
            assert_eq!(ix.deleted(), deleted);
            for _ in 0..200 {
                let subj = format!("s.{}", rng.usize(..subjects));
                let start = rng.u64(..=seq + 1);
                let want_next = model
                    .range(start.max(1)..)
                    .find(|(_, (s, _))| *s == subj)
                    .map(|(&q, _)| q);
                assert_eq!(ix.next_matching(&subj, start).map(|(q, _)| q), want_next);
                let want_any = model.range(start.max(1)..).next().map(|(&q, _)| q);
                assert_eq!(ix.next_matching(">", start).map(|(q, _)| q), want_any);
                for wild in ["s.*", "*.1", "s.>", "t.*"] {
                    let want_wild = model
                        .range(start.max(1)..)
                        .find(|(_, (s, _))| subject_matches(wild, s))
                        .map(|(&q, _)| q);
                    assert_eq!(ix.next_matching(wild, start).map(|(q, _)| q), want_wild);
                    let want_last = model
                        .iter()
                        .rev()
                        .find(|(_, (s, _))| subject_matches(wild, s))
                        .map(|(&q, _)| q);
                    assert_eq!(ix.last_matching(wild).map(|(q, _)| q), want_last);
                    let mut lasts: BTreeMap<&str, u64> = BTreeMap::new();
                    for (&q, (s, _)) in &model {
                        if subject_matches(wild, s) {
                            lasts.insert(s, q);
                        }
                    }
                    let mut want: Vec<u64> = lasts.into_values().collect();
                    want.sort_unstable();
                    assert_eq!(ix.subjects_last(wild), want, "{wild}");
                    let n = model
                        .range(start..)
                        .filter(|(_, (s, _))| subject_matches(wild, s))
                        .count();
                    assert_eq!(ix.filtered_state(start, wild).msgs, n as u64, "{wild}");
                }
                let want_last = model
                    .iter()
                    .rev()
                    .find(|(_, (s, _))| *s == subj)
                    .map(|(&q, _)| q);
                assert_eq!(ix.last_matching(&subj).map(|(q, _)| q), want_last);
                let matching: Vec<u64> = model
                    .range(start..)
                    .filter(|(_, (s, _))| *s == subj)
                    .map(|(&q, _)| q)
                    .collect();
                let fs = ix.filtered_state(start, &subj);
                assert_eq!(fs.msgs, matching.len() as u64);
                if let Some(&f) = matching.first() {
                    assert_eq!(fs.first, f);
                }
                let all = ix.filtered_state(start, ">");
                assert_eq!(all.msgs, model.range(start..).count() as u64);
                let hi = start + rng.u64(..5000);
                let inside: Vec<u64> = model.range(start..hi).map(|(&q, _)| q).collect();
                assert_eq!(ix.holds_any(start, hi), !inside.is_empty());
                let gapless = match (inside.first(), inside.last()) {
                    (Some(&a), Some(&b)) => b - a + 1 == inside.len() as u64,
                    _ => true,
                };
                assert_eq!(ix.gapless_in(start, hi), gapless, "{start}..{hi}");
                let t = rng.i64(..);
                let want_t = model
                    .iter()
                    .find(|(_, (_, ts))| *ts >= t)
                    .map_or(ix.last_seq() + 1, |(&q, _)| q);
                assert_eq!(ix.seq_from_time(t), want_t);
            }
        }
        assert!(
            saw_keyed && saw_wide,
            "sparse chunks and wide timestamps were exercised"
        );
    }

    /// TTLs expire in due order, including messages removed before they were due.
    #[test]
    fn ttls_and_max_age() {
        let limits = StreamLimits {
            max_age: std::time::Duration::from_nanos(100),
            ..StreamLimits::default()
        };
        let mut ix: Index<()> = Index::new(1, limits, size);
        ix.insert(1, 10, "a", 10, 50, ());
        ix.insert(2, 20, "a", 10, 5, ());
        ix.insert(3, 30, "b", 10, 0, ());
        ix.insert(4, 40, "b", 10, 1, ());
        assert!(ix.remove_entry(4).is_some());
        let e = ix.expire(26, &mut |_, _| {});
        assert_eq!((e.removed, e.next_due), (1, Some(60)));
        let e = ix.expire(60, &mut |_, _| {});
        assert_eq!((e.removed, e.next_due), (1, Some(130)));
        let e = ix.expire(130, &mut |_, _| {});
        assert_eq!((e.removed, e.next_due), (1, None));
        assert!(ix.expires.is_empty() && ix.ttls.is_empty());
        ix.check();
    }
}
