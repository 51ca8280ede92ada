//! The in-memory stream index both stores share: sequence map, per-subject index, TTL order,
//! totals, and upstream's limit rules. It holds no message bytes itself; each entry carries a
//! location `L` (the message for [`super::MemoryStore`], a record offset for
//! [`super::FileStore`]). Every removal is reported through a callback so the file store can
//! write a tombstone and keep its per-segment live counts.
//!
//! Per-subject index: for each subject {first, last, msgs}, plus a doubly linked list threaded
//! through the entries (`prev`/`next` same-subject sequence), so last-by-subject, the oldest of
//! a subject (max_msgs_per_subject) and removal from the middle are O(log n) with no scan. Memory
//! is all-resident (design A of jetstream-store.md §3.3): roughly 100 bytes per message plus one
//! interned subject string per subject.
//!
//! Visibility: the file store applies a batch to the index before its bytes are written, so
//! lookups only return sequences `<= visible`, which the writer advances once the batch's write
//! (and, by default, its fsync) completed. Totals in [`Index::state`] include the in-flight batch.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use rustc_hash::FxHashMap;

use super::{
    is_match_all, subject_matches, DiscardPolicy, Expired, PurgeRequest, Result, SimpleState,
    StoreError, StreamLimits, StreamState, Usage,
};

/// One message in the index.
#[derive(Debug, Clone)]
pub(crate) struct Entry<L> {
    /// Where the message is.
    pub loc: L,
    /// Its subject, interned.
    pub subject: Arc<str>,
    /// Its timestamp.
    pub ts: i64,
    /// Its size in the store's units (counted in `bytes`).
    pub size: u64,
    /// When its TTL runs out (ns since the epoch), 0 for never.
    pub expires: i64,
    /// Previous sequence with the same subject, 0 if none.
    prev: u64,
    /// Next sequence with the same subject, 0 if none.
    next: u64,
}

/// Per-subject totals.
#[derive(Debug, Clone, Copy)]
struct SubjectInfo {
    first: u64,
    last: u64,
    msgs: u64,
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
    msgs: BTreeMap<u64, Entry<L>>,
    subjects: FxHashMap<Arc<str>, SubjectInfo>,
    ttls: BTreeSet<(i64, u64)>,
    last_seq: u64,
    last_ts: i64,
    bytes: u64,
    visible: u64,
    limits: StreamLimits,
    size_fn: SizeFn,
    /// Shared counter kept equal to the sum of `bytes` over the indexes that use it.
    usage: Option<Usage>,
}

impl<L> Index<L> {
    /// An empty index whose first message will get `first_seq`.
    pub fn new(first_seq: u64, limits: StreamLimits, size_fn: SizeFn) -> Self {
        let last = first_seq.max(1) - 1;
        Index {
            msgs: BTreeMap::new(),
            subjects: FxHashMap::default(),
            ttls: BTreeSet::new(),
            last_seq: last,
            last_ts: 0,
            bytes: 0,
            visible: last,
            limits,
            size_fn,
            usage: None,
        }
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
        self.first_key().unwrap_or(self.last_seq + 1)
    }

    /// The entry at `seq` whether or not it is visible yet.
    pub fn entry(&self, seq: u64) -> Option<&Entry<L>> {
        self.msgs.get(&seq)
    }

    /// A message's size in this store's units.
    pub fn size_of(&self, subject_len: usize, hdr_len: usize, payload_len: usize) -> u64 {
        (self.size_fn)(subject_len, hdr_len, payload_len)
    }

    /// Messages held.
    pub fn len(&self) -> u64 {
        self.msgs.len() as u64
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
            if let Some(info) = self.subjects.get(subject) {
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
            let oldest = self.msgs.get(&subject_first).map_or(0, |e| e.size);
            if !at_subject_limit || oldest <= raw {
                return Err(StoreError::MaxBytes);
            }
        }
        Ok(())
    }

    /// Adds a message at `seq` (which must be above every sequence held). `ttl` is the TTL in
    /// ns, `<= 0` for none.
    pub fn insert(&mut self, seq: u64, ts: i64, subject: &str, size: u64, ttl: i64, loc: L) {
        if self.msgs.contains_key(&seq) {
            // Recovery replaying a duplicate record: the later one wins.
            self.remove_entry(seq);
        }
        let (subject, prev) = match self.subjects.get_key_value(subject) {
            Some((key, info)) => (key.clone(), info.last),
            None => (Arc::<str>::from(subject), 0),
        };
        if prev != 0 {
            if let Some(p) = self.msgs.get_mut(&prev) {
                p.next = seq;
            }
        }
        let info = self.subjects.entry(subject.clone()).or_insert(SubjectInfo {
            first: seq,
            last: seq,
            msgs: 0,
        });
        info.last = seq;
        info.msgs += 1;
        let expires = if ttl > 0 { ts.saturating_add(ttl) } else { 0 };
        if expires != 0 {
            self.ttls.insert((expires, seq));
        }
        self.bytes += size;
        if let Some(u) = &self.usage {
            u.add(size);
        }
        if seq >= self.last_seq {
            self.last_seq = seq;
            self.last_ts = ts;
        }
        self.msgs.insert(
            seq,
            Entry {
                loc,
                subject,
                ts,
                size,
                expires,
                prev,
                next: 0,
            },
        );
    }

    /// Removes the message at `seq`, returning it.
    pub fn remove_entry(&mut self, seq: u64) -> Option<Entry<L>> {
        let e = self.msgs.remove(&seq)?;
        if e.prev != 0 {
            if let Some(p) = self.msgs.get_mut(&e.prev) {
                p.next = e.next;
            }
        }
        if e.next != 0 {
            if let Some(n) = self.msgs.get_mut(&e.next) {
                n.prev = e.prev;
            }
        }
        if let Some(info) = self.subjects.get_mut(&e.subject) {
            info.msgs -= 1;
            if info.msgs == 0 {
                self.subjects.remove(&e.subject);
            } else {
                if info.first == seq {
                    info.first = e.next;
                }
                if info.last == seq {
                    info.last = e.prev;
                }
            }
        }
        if e.expires != 0 {
            self.ttls.remove(&(e.expires, seq));
        }
        self.bytes -= e.size;
        if let Some(u) = &self.usage {
            u.sub(e.size);
        }
        Some(e)
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

    fn first_key(&self) -> Option<u64> {
        self.msgs.keys().next().copied()
    }

    fn remove_first(&mut self, out: &mut impl FnMut(u64, Entry<L>)) -> bool {
        match self.first_key() {
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
            while let Some(info) = self.subjects.get(subject).copied() {
                if info.msgs <= per as u64 || !self.remove(info.first, out) {
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
                .filter(|(_, i)| i.msgs > per as u64)
                .map(|(s, _)| s.clone())
                .collect();
            for s in over {
                while let Some(info) = self.subjects.get(&s).copied() {
                    if info.msgs <= per as u64 || !self.remove(info.first, out) {
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
                    .msgs
                    .iter()
                    .take_while(|(_, e)| e.ts <= min_ts)
                    .map(|(&seq, _)| seq)
                    .collect();
                for seq in due {
                    if self.expire_one(seq, &mut kept, out) {
                        removed += 1;
                    }
                }
            } else {
                while let Some((&seq, e)) = self.msgs.first_key_value() {
                    if e.ts > min_ts {
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
            if !self.msgs.contains_key(&seq) {
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
                self.msgs
                    .iter()
                    .find(|(seq, _)| !kept.iter().any(|(s, _)| s == *seq))
                    .map(|(_, e)| e.ts.saturating_add(max_age))
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
        let Some(e) = self.msgs.get(&seq) else {
            return false;
        };
        let subject = e.subject.clone();
        if self.subjects.get(&subject).is_some_and(|i| i.msgs == 1) {
            kept.push((seq, subject));
            return false;
        }
        self.remove(seq, out)
    }

    /// Removes everything below `seq`; past the end, the stream restarts at `seq`.
    pub fn compact(&mut self, seq: u64, out: &mut impl FnMut(u64, Entry<L>)) -> u64 {
        let mut removed = 0;
        while let Some(first) = self.first_key() {
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
        let victims: Vec<u64> = self
            .msgs
            .range(ss.first..=last.max(ss.first))
            .filter(|(_, e)| subject_matches(filter, &e.subject))
            .map(|(&s, _)| s)
            .filter(|&s| s <= last)
            .take(budget as usize)
            .collect();
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
        while let Some((&last, _)) = self.msgs.last_key_value() {
            if last <= seq {
                break;
            }
            self.remove(last, out);
        }
        self.last_seq = seq;
        self.last_ts = self.msgs.get(&seq).map_or(0, |e| e.ts);
        self.visible = self.visible.min(seq);
    }

    /// The message at `seq`, as [`super::StreamStore::load_msg`] words its absence.
    pub fn get(&self, seq: u64) -> Result<&Entry<L>> {
        if seq > self.visible || seq > self.last_seq {
            return Err(StoreError::Eof);
        }
        self.msgs.get(&seq).ok_or(StoreError::NotFound)
    }

    /// Mutable access for relocating an entry (compaction).
    pub fn get_mut(&mut self, seq: u64) -> Option<&mut Entry<L>> {
        self.msgs.get_mut(&seq)
    }

    /// The first visible message at or after `start` matching `filter`.
    pub fn next_matching(&self, filter: &str, start: u64) -> Option<(u64, &Entry<L>)> {
        let start = start.max(1);
        if start > self.visible {
            return None;
        }
        let range = self.msgs.range(start..=self.visible);
        if is_match_all(filter) {
            return range.map(|(&s, e)| (s, e)).next();
        }
        if rnats_proto::subject::is_literal(filter.as_bytes()) {
            let info = self.subjects.get(filter)?;
            if start <= info.first {
                return self
                    .msgs
                    .get(&info.first)
                    .map(|e| (info.first, e))
                    .filter(|(s, _)| *s <= self.visible);
            }
            if start > info.last {
                return None;
            }
            // Scan forward: the gap to the next match, so a consumer walking the stream pays
            // O(stream) in total.
            return self
                .msgs
                .range(start..=info.last.min(self.visible))
                .find(|(_, e)| &*e.subject == filter)
                .map(|(&s, e)| (s, e));
        }
        range
            .filter(|(_, e)| subject_matches(filter, &e.subject))
            .map(|(&s, e)| (s, e))
            .next()
    }

    /// The newest visible message on `subject`, wildcards allowed.
    pub fn last_matching(&self, subject: &str) -> Option<(u64, &Entry<L>)> {
        let newest_visible = |info: &SubjectInfo| {
            let mut seq = info.last;
            while seq > self.visible {
                seq = self.msgs.get(&seq)?.prev;
            }
            (seq != 0).then_some(seq)
        };
        let seq = if is_match_all(subject) {
            self.msgs
                .range(..=self.visible)
                .next_back()
                .map(|(&s, _)| s)
        } else if rnats_proto::subject::is_literal(subject.as_bytes()) {
            self.subjects.get(subject).and_then(newest_visible)
        } else {
            self.subjects
                .iter()
                .filter(|(s, _)| subject_matches(subject, s))
                .filter_map(|(_, i)| newest_visible(i))
                .max()
        }?;
        self.msgs.get(&seq).map(|e| (seq, e))
    }

    /// Totals for stream info.
    pub fn state(&self) -> StreamState {
        let first = self.msgs.first_key_value();
        let first_seq = first.map_or(self.last_seq + 1, |(&s, _)| s);
        let msgs = self.len();
        StreamState {
            msgs,
            bytes: self.bytes,
            first_seq,
            first_ts: first.map_or(0, |(_, e)| e.ts),
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
        let Some(mut expect) = self.first_key() else {
            return out;
        };
        for &seq in self.msgs.keys() {
            out.extend(expect..seq);
            expect = seq + 1;
        }
        out.extend(expect..=self.last_seq);
        out
    }

    /// Per-subject state for subjects matching `filter`, as upstream's subject tree matches
    /// it (see [`Index::tree_matches`]).
    pub fn subjects_state(&self, filter: &str) -> BTreeMap<Arc<str>, SimpleState> {
        let state = |i: &SubjectInfo| SimpleState {
            msgs: i.msgs,
            first: i.first,
            last: i.last,
        };
        if let Some(matched) = self.tree_matches(filter) {
            return matched
                .into_iter()
                .map(|(s, i)| (s.clone(), state(i)))
                .collect();
        }
        if !is_match_all(filter) && rnats_proto::subject::is_literal(filter.as_bytes()) {
            return self
                .subjects
                .get_key_value(filter)
                .map(|(s, i)| (s.clone(), state(i)))
                .into_iter()
                .collect();
        }
        self.subjects
            .iter()
            .filter(|(s, _)| subject_matches(filter, s))
            .map(|(s, i)| (s.clone(), state(i)))
            .collect()
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
    fn tree_matches(&self, filter: &str) -> Option<Vec<(&Arc<str>, &SubjectInfo)>> {
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
        for (subject, info) in &self.subjects {
            let tree = branch_at(subject).is_some_and(|at| {
                let q = &subject[..at];
                *branches.entry(q).or_insert_with(|| self.branches_after(q))
            });
            if tree || subject_matches(filter, subject) {
                out.push((subject, info));
            }
        }
        Some(out)
    }

    /// Whether the stored subjects branch right after the prefix `q`: a subject tree node
    /// ends there.
    fn branches_after(&self, q: &str) -> bool {
        let mut next: Option<Option<u8>> = None;
        for subject in self.subjects.keys() {
            if let Some(rest) = subject.strip_prefix(q) {
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
        let mut add = |info: &SubjectInfo| {
            let (msgs, first) = if start <= info.first {
                (info.msgs, info.first)
            } else {
                let (mut n, mut first, mut seq) = (0, 0, info.last);
                while seq >= start && seq != 0 {
                    n += 1;
                    first = seq;
                    seq = self.msgs.get(&seq).map_or(0, |e| e.prev);
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
            for (_, info) in matched {
                add(info);
            }
            return out;
        }
        let every_msg = if is_match_all(filter) {
            true
        } else if rnats_proto::subject::is_literal(filter.as_bytes()) {
            match self.subjects.get(filter) {
                // The subject holds every message (a one-subject stream).
                Some(info) if info.msgs == self.msgs.len() as u64 => true,
                Some(info) => {
                    add(info);
                    return out;
                }
                None => return out,
            }
        } else {
            false
        };
        if every_msg {
            // Counted over the sequence map, without walking subject chains: O(1) while the
            // stream has no interior gaps (the common case), a range count otherwise.
            let Some((&first, _)) = self.msgs.first_key_value() else {
                return out;
            };
            let from = start.max(first);
            if from > self.last_seq {
                return out;
            }
            let gapless = self.last_seq - first + 1 == self.msgs.len() as u64;
            let (n, first) = if gapless {
                (self.last_seq - from + 1, from)
            } else {
                let mut range = self.msgs.range(from..);
                let first = range.next().map_or(0, |(&s, _)| s);
                (
                    if first == 0 {
                        0
                    } else {
                        1 + range.count() as u64
                    },
                    first,
                )
            };
            if n > 0 {
                out = SimpleState {
                    msgs: n,
                    first,
                    last: self.msgs.last_key_value().map_or(0, |(&s, _)| s),
                };
            }
            return out;
        }
        {
            for (s, info) in &self.subjects {
                if subject_matches(filter, s) {
                    add(info);
                }
            }
        }
        out
    }

    /// First sequence with a timestamp `>= ts`, or `last + 1`.
    pub fn seq_from_time(&self, ts: i64) -> u64 {
        self.msgs
            .iter()
            .find(|(_, e)| e.ts >= ts)
            .map_or(self.last_seq + 1, |(&s, _)| s)
    }
}

/// A dropped index (its store closed or deleted) no longer holds its bytes.
impl<L> Drop for Index<L> {
    fn drop(&mut self) {
        self.set_usage(None);
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
    }

    #[test]
    fn subject_links_survive_middle_removals() {
        let mut ix: Index<()> = Index::new(1, StreamLimits::default(), size);
        for (seq, subj) in [(1, "a"), (2, "b"), (3, "a"), (4, "a"), (5, "b")] {
            ix.insert(seq, seq as i64, subj, 10, 0, ());
        }
        ix.set_visible(5);
        assert!(ix.remove_entry(3).is_some());
        assert_eq!(ix.last_matching("a").map(|(s, _)| s), Some(4));
        assert!(ix.remove_entry(4).is_some());
        assert_eq!(ix.last_matching("a").map(|(s, _)| s), Some(1));
        assert!(ix.remove_entry(1).is_some());
        assert!(ix.last_matching("a").is_none());
        assert_eq!(ix.subjects_state(">").len(), 1);
        assert_eq!(ix.filtered_state(3, "b").msgs, 1);
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
}
