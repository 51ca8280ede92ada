//! The file store's writer: every mutation passes through it, in order.
//!
//! Loop: block for one command, then take whatever else is queued (up to [`MAX_BATCH_CMDS`]
//! commands or about [`MAX_BATCH_BYTES`]); apply the batch to the index under the write lock
//! while encoding its records into one buffer; write the buffer with one positional write;
//! fsync once (under `SyncPolicy::Always`); make the batch visible to readers; resolve every
//! completion of the batch. There is no timer: while one batch syncs the next one queues, so
//! batches grow with fsync latency (group commit as in jetstream-store.md §3.4).
//!
//! Under the interval policy, a `store_msg_then` caller that finds the writer idle (nothing
//! queued, its lock free) runs that loop for its one message itself ([`WriterCell`]): the
//! writer's state sits behind a mutex that the thread holds while it processes a batch.
//!
//! Removals are logged compactly: when everything an operation removed lies below the stream's
//! new first sequence (discard old, max_age, purge, compact) one `Floor` record says so;
//! otherwise each removed sequence gets a `Tombstone`.
//!
//! After each batch, once its completions are resolved (so it adds no ack latency; the next
//! command observes it): roll to a new segment once the active one reached its target size,
//! then compact sealed segments (delete those with nothing left to say, rewrite at most one
//! whose live bytes fell under half). A rewrite reads the whole segment, so it delays the next
//! batch by about one segment read and write.

use crate::{log_error, log_warn};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicUsize;
use std::sync::atomic::Ordering;
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::sync::{Arc, Mutex, MutexGuard, RwLock, RwLockWriteGuard};
use std::time::{Duration, Instant};

use super::record::{self, Kind, RecordRef, SegHeader, MAX_RECORD_LEN, SEG_HEADER_LEN};
use super::recover::{create_segment, open_segment_file, recover};
use super::{seg_of, Loc, Segment, Shared, Stats, MSGS_DIR};
use crate::jetstream::store::fsutil::TMP_SUFFIX;
use crate::jetstream::store::index::{Entry, Index, PurgeKind};
use crate::jetstream::store::io::{Fs, FsFile, OpenMode};
use crate::jetstream::store::{
    now_ns, Completer, Expired, NewMsg, PurgeRequest, Result, StoreConfig, StoreError, Stored,
    StreamLimits, SyncPolicy,
};

/// Most commands in one group commit.
const MAX_BATCH_CMDS: usize = 4096;
/// Roughly the most payload bytes in one group commit.
const MAX_BATCH_BYTES: usize = 1 << 20;
/// Sealed segments smaller than this (or half the segment size) are not rewritten for space,
/// only deleted when dead.
const COMPACT_MIN_BYTES: u64 = 64 << 10;
/// After a failed write, new messages are refused for this long before the next attempt,
/// doubling up to [`MAX_RETRY_BACKOFF`] while attempts keep failing.
const FIRST_RETRY_BACKOFF: Duration = Duration::from_millis(100);
/// Longest wait between two attempts to store after failures.
const MAX_RETRY_BACKOFF: Duration = Duration::from_secs(2);

/// A mutation for the writer.
pub(super) enum Cmd {
    Store(NewMsg, Completer<Stored>),
    /// An atomic batch: stored whole, in one commit, or not at all.
    StoreBatch(Vec<NewMsg>, Completer<Vec<Stored>>),
    Remove {
        seq: u64,
        erase: bool,
        done: Completer<bool>,
    },
    Purge(PurgeRequest, Completer<u64>),
    Compact(u64, Completer<u64>),
    Truncate(u64, Completer<()>),
    Expire(i64, Completer<Expired>),
    Limits(StreamLimits, Completer<u64>),
    Sync(Completer<()>),
    Stop(Completer<()>),
    /// Nothing to do: wakes the thread after a commit made in a caller
    /// ([`WriterCell::try_store_inline`]), for its sync deadline and maintenance.
    Tick,
}

impl Cmd {
    /// Approximate bytes the command adds to a batch.
    fn weight(&self) -> usize {
        match self {
            Cmd::Store(m, _) => 48 + m.subject.len() + m.hdr.len() + m.payload.len(),
            Cmd::StoreBatch(ms, _) => ms
                .iter()
                .map(|m| 48 + m.subject.len() + m.hdr.len() + m.payload.len())
                .sum(),
            _ => 48,
        }
    }

    /// Resolves the command with `err` without doing it.
    fn fail(self, err: StoreError) {
        match self {
            Cmd::Store(_, d) => d.complete(Err(err)),
            Cmd::StoreBatch(_, d) => d.complete(Err(err)),
            Cmd::Remove { done, .. } => done.complete(Err(err)),
            Cmd::Purge(_, d) | Cmd::Compact(_, d) | Cmd::Limits(_, d) => d.complete(Err(err)),
            Cmd::Expire(_, d) => d.complete(Err(err)),
            Cmd::Truncate(_, d) | Cmd::Sync(d) | Cmd::Stop(d) => d.complete(Err(err)),
            Cmd::Tick => {}
        }
    }
}

/// A completion to resolve after the commit: with its own result, or the commit's failure.
/// The flag says whether it runs a callback ([`Completer::is_call`]); the closure's second
/// argument whether it is the commit's last callback.
type Ack = (bool, Box<dyn FnOnce(Option<&StoreError>, bool) + Send>);

fn ack<T: Send + 'static>(done: Completer<T>, result: Result<T>) -> Ack {
    (
        done.is_call(),
        Box::new(move |failure, last| {
            let r = match (failure, result) {
                (Some(e), Ok(_)) => Err(e.clone()),
                (_, r) => r,
            };
            done.complete_in_commit(r, last);
        }),
    )
}

/// Resolves a commit's completions in order, telling the last callback it is the last.
fn resolve(acks: Vec<Ack>, failure: Option<&StoreError>) {
    let last = acks.iter().rposition(|(call, _)| *call);
    for (i, (_, a)) in acks.into_iter().enumerate() {
        a(failure, Some(i) == last);
    }
}

/// The records of one commit, being encoded.
struct Batch {
    buf: Vec<u8>,
    /// Active segment's first sequence, salt and size before this batch.
    seg: u64,
    salt: u64,
    base: u64,
    now: i64,
    msgs: u64,
    /// The commit's parity bit (`record::FLAG_ODD` or 0), set on each of its records.
    flags: u8,
    /// Where the last record starts in `buf`.
    last: usize,
}

impl Batch {
    fn offset(&self) -> u64 {
        self.base + self.buf.len() as u64
    }

    fn push(&mut self, r: RecordRef<'_>) {
        self.last = self.buf.len();
        r.encode_flagged(self.salt, self.flags, &mut self.buf);
    }

    /// Flags the commit's last record as such (commit framing, see `record`).
    fn close(&mut self) {
        if !self.buf.is_empty() {
            let last = self.last;
            record::add_flags(&mut self.buf[last..], record::FLAG_COMMIT, self.salt);
        }
    }
}

/// Space reserved ahead of the log at a time: at least this much...
const MIN_RESERVE: u64 = 64 << 10;
/// ...and at most this much, growing with the segment.
const MAX_RESERVE: u64 = 4 << 20;

/// What a removal callback collects: the sequence and where its record was.
type Removed = Vec<(u64, Loc)>;

/// A removal callback that keeps per-segment live bytes right and collects what went.
fn collector<'a>(
    segments: &'a mut BTreeMap<u64, Segment>,
    removed: &'a mut Removed,
) -> impl FnMut(u64, Entry<Loc>) + 'a {
    move |seq, e| {
        if let Some((_, s)) = segments.range_mut(..=seq).next_back() {
            s.live = s.live.saturating_sub(u64::from(e.loc.len));
        }
        removed.push((seq, e.loc));
    }
}

/// A floor carries the last message time, so a restart after a full purge still knows it.
fn floor_ts(index: &Index<Loc>, batch: &Batch) -> i64 {
    match index.last_ts() {
        0 => batch.now,
        ts => ts,
    }
}

/// Logs removals: one floor when all of them lie below the new first sequence, else one
/// tombstone each.
fn log_removals(index: &Index<Loc>, batch: &mut Batch, removed: &Removed) {
    if removed.is_empty() {
        return;
    }
    let floor = index.first_seq();
    if removed.iter().all(|&(s, _)| s < floor) {
        batch.push(RecordRef::marker(
            Kind::Floor,
            floor,
            floor_ts(index, batch),
        ));
    } else {
        for &(s, _) in removed {
            batch.push(RecordRef::marker(Kind::Tombstone, s, batch.now));
        }
    }
}

/// The writer and what its callers share with it: under the interval policy a caller that
/// finds the writer idle (nothing queued, the lock free) commits its message itself, as
/// nats-server's ingest goroutine writes into its block buffer: no hand-over to the thread
/// and no wake-up per message. Its acknowledgement is resolved in the caller once the locks
/// are released (the callback may call into the store): a command another thread sends
/// meanwhile may be resolved first, so a caller that needs its stores acknowledged in order
/// submits them one at a time, as a stream does under its ingest lock. Under
/// `SyncPolicy::Always` every commit stays on the thread: its fsync must not block the
/// caller's runtime.
pub(super) struct WriterCell {
    writer: Mutex<Writer>,
    /// Commands sent to the thread and not yet processed (counted down under the lock once
    /// processed), so a caller that holds the lock and sees none queued is next in order.
    queued: AtomicUsize,
    /// Whether callers may commit (the interval policy).
    inline: bool,
}

impl std::fmt::Debug for WriterCell {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WriterCell")
            .field("queued", &self.queued.load(Ordering::Relaxed))
            .field("inline", &self.inline)
            .finish()
    }
}

impl WriterCell {
    pub(super) fn new(writer: Writer) -> Arc<WriterCell> {
        Arc::new(WriterCell {
            inline: matches!(writer.sync, SyncPolicy::Interval(_)),
            writer: Mutex::new(writer),
            queued: AtomicUsize::new(0),
        })
    }

    fn lock(&self) -> MutexGuard<'_, Writer> {
        self.writer.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Counts a command about to be sent to the thread.
    pub(super) fn sending(&self) {
        self.queued.fetch_add(1, Ordering::AcqRel);
    }

    /// Takes back [`Self::sending`] for a command that was not sent.
    pub(super) fn not_sent(&self) {
        self.queued.fetch_sub(1, Ordering::AcqRel);
    }

    /// The thread body: runs until a stop command or until every sender is gone.
    pub(super) fn run(self: Arc<Self>, rx: Receiver<Cmd>) {
        loop {
            let deadline = self.lock().sync_deadline();
            let first = match deadline {
                None => rx.recv().ok(),
                Some(deadline) => {
                    match rx.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
                        Ok(c) => Some(c),
                        Err(RecvTimeoutError::Timeout) => {
                            let mut w = self.lock();
                            if w.sync_deadline().is_some_and(|d| Instant::now() >= d) {
                                w.sync_active();
                            }
                            continue;
                        }
                        Err(RecvTimeoutError::Disconnected) => None,
                    }
                }
            };
            let Some(first) = first else {
                let _ = self.lock().finish();
                return;
            };
            let mut w = self.lock();
            let mut weight = first.weight();
            let mut batch = vec![first];
            while batch.len() < MAX_BATCH_CMDS && weight < MAX_BATCH_BYTES {
                match rx.try_recv() {
                    Ok(c) => {
                        weight += c.weight();
                        batch.push(c);
                    }
                    Err(_) => break,
                }
            }
            let n = batch.len();
            let go_on = w.process(batch);
            self.queued.fetch_sub(n, Ordering::AcqRel);
            if !go_on {
                return;
            }
            if let Some(deadline) = w.sync_deadline() {
                if Instant::now() >= deadline {
                    w.sync_active();
                }
            }
        }
    }

    /// Commits `msg` in the caller when the writer is idle and healthy (see the type's doc):
    /// returns the acknowledgement to resolve once the caller has released its locks, and
    /// whether the thread must be woken (a sync deadline to set, maintenance to do); gives
    /// `msg` back when the thread must take it.
    pub(super) fn try_store_inline(&self, msg: NewMsg, done: Completer<Stored>) -> Inlined {
        if !self.inline {
            return Inlined::Declined(msg, done);
        }
        let Ok(mut w) = self.writer.try_lock() else {
            return Inlined::Declined(msg, done);
        };
        if self.queued.load(Ordering::Acquire) != 0 || !w.healthy() {
            return Inlined::Declined(msg, done);
        }
        let was_clean = w.dirty_since.is_none();
        let before = w.lock().index.len();
        let acks = w.commit_deferred(vec![Cmd::Store(msg, done)]);
        let acks = Inline(acks.0, acks.1);
        let (after, full) = {
            let g = w.lock();
            let full = g
                .segments
                .get(&g.active)
                .is_some_and(|seg| seg.size >= w.segment_size);
            (g.index.len(), full)
        };
        // Anything removed (limits, a replaced key) may leave a sealed segment to compact.
        let wake = (was_clean && w.dirty_since.is_some()) || after != before + 1 || full;
        Inlined::Committed(acks, wake)
    }
}

/// What became of [`WriterCell::try_store_inline`]'s message.
pub(super) enum Inlined {
    /// Committed: the acknowledgement to resolve, and whether to wake the thread.
    Committed(Inline, bool),
    /// For the thread.
    Declined(NewMsg, Completer<Stored>),
}

/// What [`WriterCell::try_store_inline`] committed, to resolve with [`Inline::resolve`].
pub(super) struct Inline(Vec<Ack>, Option<StoreError>);

impl Inline {
    pub(super) fn resolve(self) {
        resolve(self.0, self.1.as_ref());
    }
}

/// The writer; see the module doc.
pub(super) struct Writer {
    fs: Arc<dyn Fs>,
    shared: Arc<RwLock<Shared>>,
    /// The stream directory, and its `msgs/`.
    dir: PathBuf,
    msgs_dir: PathBuf,
    segment_size: u64,
    sync: SyncPolicy,
    /// The store's settings with the current limits, for rebuilding the state after a failure.
    cfg: StoreConfig,
    stats: Arc<Stats>,
    buf: Vec<u8>,
    /// Under `SyncPolicy::Interval`: when the active segment got its first unsynced write.
    dirty_since: Option<Instant>,
    /// A failed commit's bytes still to cut off: (segment, size before the commit).
    cut: Option<(u64, u64)>,
    /// After a failure: new messages are refused with its error until then (see
    /// [`Writer::repair`]).
    retry: Option<(Instant, StoreError)>,
    /// The wait before the next attempt if it fails too.
    backoff: Duration,
    /// Space is reserved ahead of the log (off once the filesystem says it cannot).
    reserve: bool,
    /// A stop was processed: nothing more is written.
    stopped: bool,
}

impl Writer {
    pub(super) fn new(
        fs: Arc<dyn Fs>,
        shared: Arc<RwLock<Shared>>,
        dir: PathBuf,
        segment_size: u64,
        sync: SyncPolicy,
        cfg: StoreConfig,
        stats: Arc<Stats>,
    ) -> Self {
        Writer {
            fs,
            shared,
            msgs_dir: dir.join(MSGS_DIR),
            dir,
            segment_size,
            sync,
            cfg,
            stats,
            buf: Vec::new(),
            dirty_since: None,
            cut: None,
            retry: None,
            backoff: FIRST_RETRY_BACKOFF,
            reserve: true,
            stopped: false,
        }
    }

    fn lock(&self) -> RwLockWriteGuard<'_, Shared> {
        self.shared.write().unwrap_or_else(|p| p.into_inner())
    }

    /// When the interval policy wants the next fsync.
    fn sync_deadline(&self) -> Option<Instant> {
        match self.sync {
            SyncPolicy::Always => None,
            SyncPolicy::Interval(d) => self.dirty_since.map(|t| t + d),
        }
    }

    /// Runs one batch; false once the writer must exit.
    fn process(&mut self, batch: Vec<Cmd>) -> bool {
        let mut group = Vec::new();
        let mut cmds = batch.into_iter();
        while let Some(cmd) = cmds.next() {
            match cmd {
                Cmd::Truncate(seq, done) => {
                    self.commit(std::mem::take(&mut group));
                    let r = self.truncate(seq);
                    if let Err(e @ StoreError::Io { .. }) = &r {
                        // Half done: bring the state back to what the files say.
                        self.poison(&e.clone());
                    }
                    done.complete(r);
                }
                Cmd::Limits(limits, done) => {
                    // Kept for rebuilding the state after a failure.
                    self.cfg.limits = limits.clone();
                    group.push(Cmd::Limits(limits, done));
                }
                Cmd::Stop(done) => {
                    self.commit(std::mem::take(&mut group));
                    self.stopped = true;
                    done.complete(self.finish());
                    for c in cmds {
                        c.fail(StoreError::Closed);
                    }
                    return false;
                }
                Cmd::Tick => {}
                c => group.push(c),
            }
        }
        self.commit(group);
        self.maintain();
        true
    }

    /// Whether a commit would go ahead now (no failure to repair or back off from).
    fn healthy(&self) -> bool {
        !self.stopped && self.retry.is_none() && self.lock().failed.is_none()
    }

    /// Records a failed write or sync and brings the store back to what is on disk (see
    /// [`Self::repair`]); new messages are refused for a while, with `err`.
    fn poison(&mut self, err: &StoreError) {
        log_error!("JetStream store {}: {err}", self.dir.display());
        self.lock().failed = Some(err.clone());
        self.retry = Some((Instant::now() + self.backoff, err.clone()));
        self.backoff = (self.backoff * 2).min(MAX_RETRY_BACKOFF);
        self.repair();
    }

    /// Makes the in-memory state match the files again after a failure: cuts off the bytes of
    /// the failed commit (its records were never acknowledged, so they must not reappear),
    /// then rebuilds the index and segment list from the files exactly as opening the store
    /// does. The log on disk is the only source of truth, so whatever the failure left half
    /// done in memory (a failed message counted, removals not logged) is dropped with the old
    /// state. Clears the failure when it succeeds; otherwise the next command tries again.
    fn repair(&mut self) -> bool {
        if let Some((seg, base)) = self.cut {
            let file = self.lock().segments.get(&seg).map(|s| s.file.clone());
            if let Some(f) = file {
                if let Err(e) = f.set_len(base).and_then(|()| f.sync_all()) {
                    log_warn!(
                        "JetStream store {}: cannot cut off a failed write yet: {e}",
                        self.dir.display()
                    );
                    return false;
                }
            }
            self.cut = None;
        }
        match recover(&*self.fs, &self.msgs_dir, &self.cfg) {
            Ok(mut fresh) => {
                let mut g = self.lock();
                // The rebuilt index counts its bytes into the usage; the old one gives its
                // count back.
                g.index.set_usage(None);
                for d in g.damage.drain(..) {
                    if !fresh.damage.contains(&d) {
                        fresh.damage.push(d);
                    }
                }
                *g = fresh;
                drop(g);
                self.dirty_since = None;
                log_warn!(
                    "JetStream store {}: state rebuilt from the files after a failed write",
                    self.dir.display()
                );
                true
            }
            Err(e) => {
                log_warn!(
                    "JetStream store {}: cannot rebuild the state yet: {e}",
                    self.dir.display()
                );
                false
            }
        }
    }

    fn fsync(&self, file: &dyn FsFile) -> std::io::Result<()> {
        self.stats.fsyncs.fetch_add(1, Ordering::Relaxed);
        file.sync_data()
    }

    /// Fsyncs the active segment if it has unsynced writes (interval policy).
    fn sync_active(&mut self) {
        if self.dirty_since.take().is_none() {
            return;
        }
        let file = {
            let g = self.lock();
            g.segments.get(&g.active).map(|s| s.file.clone())
        };
        if let Some(f) = file {
            if let Err(e) = self.fsync(&*f) {
                self.poison(&StoreError::io("syncing the active segment", e));
            }
        }
    }

    /// Final sync at stop.
    fn finish(&mut self) -> Result<()> {
        self.sync_active();
        let mut sh = self.lock();
        // A stopped store no longer counts against the server's limits.
        sh.index.set_usage(None);
        match &sh.failed {
            Some(e) => Err(e.clone()),
            None => Ok(()),
        }
    }

    /// Applies, writes, syncs and acknowledges one group of commands.
    fn commit(&mut self, group: Vec<Cmd>) {
        let (acks, failure) = self.commit_deferred(group);
        resolve(acks, failure.as_ref());
    }

    /// [`Self::commit`], returning the completions to resolve and the commit's failure (after
    /// the repair), for the caller to resolve.
    fn commit_deferred(&mut self, group: Vec<Cmd>) -> (Vec<Ack>, Option<StoreError>) {
        if group.is_empty() {
            return (Vec::new(), None);
        }
        let backing_off = match &self.retry {
            Some((at, e)) if Instant::now() < *at => Some(e.clone()),
            _ => None,
        };
        let failed = self.lock().failed.clone();
        if let Some(e) = failed {
            // Not repaired yet: try again once the backoff is over (the disk may have room).
            if backing_off.is_some() || !self.repair() {
                for c in group {
                    c.fail(e.clone());
                }
                return (Vec::new(), None);
            }
        }
        let group = match backing_off {
            // New messages wait out the backoff; removals go on, they may free space.
            Some(e) => group
                .into_iter()
                .filter_map(|c| match c {
                    Cmd::Store(..) => {
                        c.fail(e.clone());
                        None
                    }
                    c => Some(c),
                })
                .collect(),
            None => group,
        };
        if group.is_empty() {
            return (Vec::new(), None);
        }
        let mut acks: Vec<Ack> = Vec::with_capacity(group.len());
        let mut erases: Removed = Vec::new();
        let mut force_sync = false;
        let mut buf = std::mem::take(&mut self.buf);
        buf.clear();
        let (file, mut batch, visible) = {
            let mut g = self.lock();
            let Shared {
                index,
                segments,
                active,
                ..
            } = &mut *g;
            let act = *active;
            let Some(seg) = segments.get(&act) else {
                drop(g);
                let e = StoreError::Damaged("no active segment".into());
                for c in group {
                    c.fail(e.clone());
                }
                return (Vec::new(), None);
            };
            let mut batch = Batch {
                buf,
                seg: act,
                salt: seg.salt,
                base: seg.size,
                now: now_ns(),
                msgs: 0,
                flags: if seg.odd { record::FLAG_ODD } else { 0 },
                last: 0,
            };
            for cmd in group {
                apply_cmd(
                    cmd,
                    index,
                    segments,
                    &mut batch,
                    &mut acks,
                    &mut erases,
                    &mut force_sync,
                );
            }
            batch.close();
            let file = segments.get_mut(&act).map(|s| {
                s.size = batch.offset();
                if !batch.buf.is_empty() {
                    s.odd = !s.odd;
                }
                s.file.clone()
            });
            (file, batch, index.last_seq())
        };
        let Some(file) = file else {
            return (Vec::new(), None);
        };
        self.reserve(&*file, batch.seg, batch.offset());
        let result = self.write_batch(&*file, &batch, &erases, force_sync);
        self.buf = std::mem::take(&mut batch.buf);
        match result {
            Ok(()) => {
                self.lock().index.set_visible(visible);
                if batch.msgs > 0 {
                    self.retry = None;
                    self.backoff = FIRST_RETRY_BACKOFF;
                }
                (acks, None)
            }
            Err(e) => {
                // Repair before answering, so nobody sees the failed batch counted.
                self.cut = Some((batch.seg, batch.base));
                self.poison(&e);
                (acks, Some(e))
            }
        }
    }

    /// Reserves space ahead of the log of version 3 segment `seg` so that the log reaches
    /// `end` inside it: the commit's write then changes no file length and its `fdatasync`
    /// commits little metadata (measured on ext4: about 105 µs instead of 150 µs). The
    /// reservation grows with the segment, from 64 KiB to 4 MiB at a time, and stops at the
    /// segment's target size. Made durable by the commit's fsync; recovery reads zeros after
    /// the last commit as free space.
    fn reserve(&mut self, file: &dyn FsFile, seg: u64, end: u64) {
        if !self.reserve {
            return;
        }
        let alloc = {
            let g = self.lock();
            match g.segments.get(&seg) {
                Some(s) if s.framed && end > s.alloc => s.alloc,
                _ => return,
            }
        };
        let step = alloc.clamp(MIN_RESERVE, MAX_RESERVE);
        let want = (end + step).div_ceil(MIN_RESERVE) * MIN_RESERVE;
        let want = want.min(self.segment_size.max(end));
        match file.allocate(want) {
            Ok(true) => {
                if let Some(s) = self.lock().segments.get_mut(&seg) {
                    s.alloc = want;
                }
            }
            Ok(false) => self.reserve = false,
            // No room to reserve (a full disk): the write alone may still fit, and says so if
            // not. The next commit tries again.
            Err(_) => {}
        }
    }

    /// The I/O of a commit: one write, erase overwrites, and the fsync the policy asks for.
    fn write_batch(
        &mut self,
        file: &dyn FsFile,
        batch: &Batch,
        erases: &Removed,
        force_sync: bool,
    ) -> Result<()> {
        if !batch.buf.is_empty() {
            file.write_all_at(&batch.buf, batch.base)
                .map_err(|e| StoreError::io("writing records", e))?;
            self.stats.commits.fetch_add(1, Ordering::Relaxed);
            self.stats.records.fetch_add(batch.msgs, Ordering::Relaxed);
            if self.dirty_since.is_none() {
                self.dirty_since = Some(Instant::now());
            }
        }
        if !erases.is_empty() && self.dirty_since.take().is_some() {
            // The tombstones are durable before any record is overwritten, so a torn overwrite
            // is always of a message the log says was removed (recovery then reports nothing).
            self.fsync(file)
                .map_err(|e| StoreError::io("syncing records", e))?;
        }
        for &(seq, loc) in erases {
            self.overwrite_erased(seq, loc)?;
        }
        if (self.sync == SyncPolicy::Always || force_sync) && self.dirty_since.take().is_some() {
            self.fsync(file)
                .map_err(|e| StoreError::io("syncing records", e))?;
        }
        Ok(())
    }

    /// Overwrites an erased message's record in place with an `Erased` record of the same
    /// length, and fsyncs it.
    fn overwrite_erased(&self, seq: u64, loc: Loc) -> Result<()> {
        let (file, salt) = {
            let g = self.lock();
            match seg_of(&g.segments, seq).and_then(|k| g.segments.get(&k)) {
                Some(s) => (s.file.clone(), s.salt),
                None => return Ok(()),
            }
        };
        // The erased record keeps the original's commit and batch flags, so the log's framing
        // reads the same.
        let mut head = [0u8; 4];
        file.read_exact_at(&mut head, u64::from(loc.offset))
            .map_err(|e| StoreError::io(format!("erasing message {seq}"), e))?;
        let zeros = vec![0u8; loc.len as usize - record::REC_HEADER_LEN - 4];
        let mut rec = Vec::with_capacity(loc.len as usize);
        RecordRef {
            kind: Kind::Erased,
            seq,
            ts: 0,
            ttl: 0,
            subject: b"",
            hdr: b"",
            payload: &zeros,
        }
        .encode_flagged(salt, record::raw_flags(&head), &mut rec);
        file.write_all_at(&rec, u64::from(loc.offset))
            .and_then(|()| self.fsync(&*file))
            .map_err(|e| StoreError::io(format!("erasing message {seq}"), e))
    }

    /// After a batch: rollover and compaction. A failure here is repaired like a failed commit.
    fn maintain(&mut self) {
        if self.lock().failed.is_some() {
            return;
        }
        if let Err(e) = self.rollover().and_then(|()| self.compact_segments()) {
            self.poison(&e);
        }
    }

    /// Starts a new segment once the active one reached its target size.
    fn rollover(&mut self) -> Result<()> {
        let (size, first, active) = {
            let g = self.lock();
            let size = g.segments.get(&g.active).map_or(0, |s| s.size);
            (size, g.index.last_seq() + 1, g.active)
        };
        // Segments are named by their first sequence, so a new one needs a new message first:
        // an active segment receiving only removal records keeps growing until then.
        if size < self.segment_size || first <= active {
            return Ok(());
        }
        // A sealed segment ends with a seal record and is fully synced, so recovery can tell
        // a sealed segment that lost its end.
        let (file, salt, size, alloc, odd) = {
            let g = self.lock();
            let Some(s) = g.segments.get(&active) else {
                return Ok(());
            };
            (s.file.clone(), s.salt, s.size, s.alloc, s.odd)
        };
        // The seal is a commit of its own; the space reserved after it goes, so a sealed
        // segment ends with its seal.
        let mut seal = Vec::with_capacity(record::MIN_RECORD_LEN);
        let flags = record::FLAG_COMMIT | if odd { record::FLAG_ODD } else { 0 };
        RecordRef::marker(Kind::Seal, first - 1, now_ns()).encode_flagged(salt, flags, &mut seal);
        let end = size + seal.len() as u64;
        file.write_all_at(&seal, size)
            .and_then(|()| {
                if alloc > end {
                    file.set_len(end)
                } else {
                    Ok(())
                }
            })
            .and_then(|()| self.fsync(&*file))
            .map_err(|e| StoreError::io("sealing a segment", e))?;
        self.dirty_since = None;
        if let Some(s) = self.lock().segments.get_mut(&active) {
            s.size = end;
            s.alloc = end;
            s.odd = !odd;
        }
        let seg = create_segment(&*self.fs, &self.msgs_dir, first)
            .map_err(|e| StoreError::io("creating a segment", e))?;
        self.stats.fsyncs.fetch_add(1, Ordering::Relaxed);
        let mut g = self.lock();
        g.segments.insert(first, seg);
        g.active = first;
        Ok(())
    }

    /// Deletes sealed segments with nothing left to say and rewrites at most one sparse one.
    /// A segment unchanged since its last rewrite is not looked at again. The oldest segment
    /// is not rewritten while its messages were only removed from the front (discard old,
    /// max_age, in-order acks): it is deleted whole once the rest goes, and a rewrite would
    /// read all of it into memory for nothing.
    fn compact_segments(&mut self) -> Result<()> {
        let mut rewrote = false;
        let mut seen = Vec::new();
        let min_size = COMPACT_MIN_BYTES.min(self.segment_size / 2);
        loop {
            let candidate = {
                let g = self.lock();
                let oldest = g.segments.keys().next().copied();
                let draining_in_order = |k: u64| {
                    let end = g
                        .segments
                        .range(k + 1..)
                        .next()
                        .map_or(u64::MAX, |(&e, _)| e);
                    oldest == Some(k) && g.index.gapless_in(k, end)
                };
                g.segments
                    .iter()
                    .filter(|(k, s)| {
                        **k != g.active
                            && !s.damaged
                            && !seen.contains(*k)
                            && s.compacted_at != Some(s.live)
                    })
                    .find(|(&k, s)| {
                        s.live == 0
                            || (!rewrote
                                && s.size > min_size
                                && s.live * 2 < s.size
                                && !draining_in_order(k))
                    })
                    .map(|(&k, _)| k)
            };
            let Some(first) = candidate else {
                return Ok(());
            };
            seen.push(first);
            rewrote |= self.rewrite_segment(first)?;
        }
    }

    /// Rewrites segment `first` keeping only live messages and the removal records that still
    /// matter, or deletes it when nothing remains. Returns whether the file was rewritten (as
    /// opposed to deleted).
    fn rewrite_segment(&mut self, first: u64) -> Result<bool> {
        let (path, file, salt, oldest, holds_msgs) = {
            let g = self.lock();
            let Some(s) = g.segments.get(&first) else {
                return Ok(false);
            };
            let oldest = g.segments.keys().next().copied().unwrap_or(first);
            let end = g
                .segments
                .range(first + 1..)
                .next()
                .map_or(u64::MAX, |(&k, _)| k);
            let holds_msgs = g.index.holds_any(first, end);
            let path = self.msgs_dir.join(&s.name);
            (path, s.file.clone(), s.salt, oldest, holds_msgs)
        };
        let has_older = oldest < first;
        // The oldest segment without a message the index still points at keeps no record
        // (removal records only matter while an older segment exists): delete it without
        // reading it, so a discard-old flood does not read a whole segment into memory each
        // time one dies.
        let mut records = usize::from(has_older || holds_msgs);
        let data = if records == 0 {
            Vec::new()
        } else {
            read_all(&*file)
                .map_err(|e| StoreError::io(format!("reading {}", path.display()), e))?
        };
        let mut out = Vec::with_capacity(data.len() / 2);
        out.extend_from_slice(&data[..SEG_HEADER_LEN.min(data.len())]);
        let mut moved = Vec::new();
        let mut live = 0u64;
        if records > 0 {
            records = 0;
            let g = self.lock();
            let mut pos = SEG_HEADER_LEN;
            while pos < data.len() {
                let Ok(r) = record::decode(&data[pos..], salt) else {
                    // Damage appeared since open: leave the segment alone.
                    drop(g);
                    if let Some(s) = self.lock().segments.get_mut(&first) {
                        s.damaged = true;
                    }
                    return Ok(false);
                };
                let keep = match r.kind {
                    Kind::Msg => {
                        seg_of(&g.segments, r.seq) == Some(first)
                            && g.index
                                .entry(r.seq)
                                .is_some_and(|e| e.loc.offset as usize == pos)
                    }
                    Kind::Tombstone => has_older && r.seq < first && r.seq >= oldest,
                    Kind::Floor => has_older && r.seq > oldest,
                    Kind::Erased => false,
                    Kind::Seal => true,
                };
                if keep {
                    if r.kind == Kind::Msg {
                        moved.push((r.seq, out.len() as u32));
                        live += r.len as u64;
                    }
                    out.extend_from_slice(&data[pos..pos + r.len]);
                    // A seal alone is no reason to keep the file.
                    if r.kind != Kind::Seal {
                        records += 1;
                    }
                }
                pos += r.len;
            }
        }
        if records == 0 {
            let mut g = self.lock();
            g.segments.remove(&first);
            drop(g);
            self.fs
                .remove_file(&path)
                .and_then(|()| self.fs.sync_dir(&self.msgs_dir))
                .map_err(|e| StoreError::io(format!("removing {}", path.display()), e))?;
            return Ok(false);
        }
        let new_file = self.replace_file(&path, &out)?;
        let mut g = self.lock();
        for (seq, offset) in moved {
            if let Some(loc) = g.index.loc_mut(seq) {
                loc.offset = offset;
            }
        }
        if let Some(s) = g.segments.get_mut(&first) {
            s.file = new_file;
            s.size = out.len() as u64;
            s.alloc = out.len() as u64;
            s.live = live;
            s.compacted_at = Some(live);
        }
        Ok(true)
    }

    /// Durably replaces `path` with `bytes` (temp file, fsync, rename, directory fsync) and
    /// returns the new file opened for reading and writing.
    fn replace_file(&self, path: &Path, bytes: &[u8]) -> Result<Arc<dyn FsFile>> {
        let mut tmp = path.as_os_str().to_owned();
        tmp.push(TMP_SUFFIX);
        let tmp = PathBuf::from(tmp);
        let io = |e| StoreError::io(format!("rewriting {}", path.display()), e);
        {
            let f = self.fs.open(&tmp, OpenMode::CreateTruncate).map_err(io)?;
            f.write_all_at(bytes, 0).map_err(io)?;
            self.fsync(&*f).map_err(io)?;
        }
        self.fs.rename(&tmp, path).map_err(io)?;
        self.fs.sync_dir(&self.msgs_dir).map_err(io)?;
        open_segment_file(&*self.fs, path).map_err(io)
    }

    /// Removes everything above `seq` from the index and the files. The boundary segment is
    /// rewritten (keeping its records up to `seq` plus the removal records of the segments after
    /// it), then the later segments are deleted. Not crash-atomic: a crash in between can leave
    /// messages above `seq` that reappear at the next open; the caller (a replica rolling back)
    /// repeats the truncate then.
    fn truncate(&mut self, seq: u64) -> Result<()> {
        if let Some(e) = self.lock().failed.clone() {
            return Err(e);
        }
        self.sync_active();
        let (boundary, later) = {
            let mut g = self.lock();
            if seq >= g.index.last_seq() {
                return Ok(());
            }
            let Shared {
                index, segments, ..
            } = &mut *g;
            let mut removed = Vec::new();
            index.truncate(seq, &mut collector(segments, &mut removed));
            let boundary = segments.range(..=seq).next_back().map(|(&k, _)| k);
            let later: Vec<(u64, String, Arc<dyn FsFile>, u64)> = segments
                .range(boundary.map_or(0, |b| b + 1)..)
                .map(|(&k, s)| (k, s.name.clone(), s.file.clone(), s.salt))
                .collect();
            (boundary, later)
        };
        // Removal records of the later segments, still needed for the older ones.
        let mut carried: Vec<(Kind, u64, i64)> = Vec::new();
        if boundary.is_some() {
            for (_, _, file, salt) in &later {
                let data = read_all(&**file).map_err(|e| StoreError::io("reading a segment", e))?;
                let mut pos = SEG_HEADER_LEN;
                while pos < data.len() {
                    let Ok(r) = record::decode(&data[pos..], *salt) else {
                        break;
                    };
                    if matches!(r.kind, Kind::Tombstone | Kind::Floor) {
                        carried.push((r.kind, r.seq, r.ts));
                    }
                    pos += r.len;
                }
            }
        }
        if let Some(b) = boundary {
            self.rewrite_boundary(b, seq, &carried)?;
        }
        for (k, name, _, _) in &later {
            let path = self.msgs_dir.join(name);
            self.fs
                .remove_file(&path)
                .map_err(|e| StoreError::io(format!("removing {}", path.display()), e))?;
            self.lock().segments.remove(k);
        }
        self.fs
            .sync_dir(&self.msgs_dir)
            .map_err(|e| StoreError::io("syncing the segment directory", e))?;
        match boundary {
            Some(b) => self.lock().active = b,
            None => {
                let seg = create_segment(&*self.fs, &self.msgs_dir, seq + 1)
                    .map_err(|e| StoreError::io("creating a segment", e))?;
                let mut g = self.lock();
                g.segments.insert(seq + 1, seg);
                g.active = seq + 1;
            }
        }
        Ok(())
    }

    /// Rewrites the segment holding `seq` for a truncate.
    fn rewrite_boundary(
        &mut self,
        first: u64,
        seq: u64,
        carried: &[(Kind, u64, i64)],
    ) -> Result<()> {
        let (path, file, salt) = {
            let g = self.lock();
            let Some(s) = g.segments.get(&first) else {
                return Ok(());
            };
            (self.msgs_dir.join(&s.name), s.file.clone(), s.salt)
        };
        let data = read_all(&*file)
            .map_err(|e| StoreError::io(format!("reading {}", path.display()), e))?;
        let header = SegHeader::decode(&data)
            .map_err(|_| StoreError::Damaged(format!("{}: bad segment header", path.display())))?;
        let mut out = header.encode().to_vec();
        let mut moved = Vec::new();
        let mut live = 0u64;
        let mut pos = SEG_HEADER_LEN;
        while pos < data.len() {
            let Ok(r) = record::decode(&data[pos..], salt) else {
                // Unverifiable bytes: keep them out of the rewritten file and move on by
                // alignment, as the open-time scan would.
                pos += 8;
                continue;
            };
            let keep = match r.kind {
                Kind::Msg => r.seq <= seq,
                Kind::Tombstone => true,
                // A floor above the new end would raise the last sequence again at replay.
                Kind::Floor => r.seq <= seq + 1,
                // It becomes the active segment again.
                Kind::Erased | Kind::Seal => false,
            };
            if keep {
                if r.kind == Kind::Msg {
                    moved.push((r.seq, out.len() as u32, r.len));
                }
                out.extend_from_slice(&data[pos..pos + r.len]);
            }
            pos += r.len;
        }
        for &(kind, s, ts) in carried {
            if kind == Kind::Floor && s > seq + 1 {
                continue;
            }
            RecordRef::marker(kind, s, ts).encode_into(salt, &mut out);
        }
        // It is the active segment again, in format version 3 (the header was re-encoded):
        // each record becomes a commit of its own.
        let next_odd = record::reframe(&mut out[SEG_HEADER_LEN..], salt);
        let new_file = self.replace_file(&path, &out)?;
        let mut g = self.lock();
        for (s, offset, len) in moved {
            if seg_of(&g.segments, s) != Some(first) {
                continue;
            }
            if let Some(loc) = g.index.loc_mut(s) {
                loc.offset = offset;
                live += len as u64;
            }
        }
        if let Some(s) = g.segments.get_mut(&first) {
            s.file = new_file;
            s.size = out.len() as u64;
            s.alloc = out.len() as u64;
            s.framed = true;
            s.odd = next_odd;
            s.live = live;
            s.damaged = false;
        }
        Ok(())
    }
}

/// Reads a whole file through its handle.
fn read_all(file: &dyn FsFile) -> std::io::Result<Vec<u8>> {
    let len = file.size()? as usize;
    let mut buf = vec![0u8; len];
    file.read_exact_at(&mut buf, 0)?;
    Ok(buf)
}

/// Applies one command to the index, encoding its records into `batch`.
fn apply_cmd(
    cmd: Cmd,
    index: &mut Index<Loc>,
    segments: &mut BTreeMap<u64, Segment>,
    batch: &mut Batch,
    acks: &mut Vec<Ack>,
    erases: &mut Removed,
    force_sync: &mut bool,
) {
    let mut removed: Removed = Vec::new();
    match cmd {
        Cmd::Store(msg, done) => {
            let r = store(msg, index, segments, batch, &mut removed);
            log_removals(index, batch, &removed);
            acks.push(ack(done, r));
        }
        Cmd::StoreBatch(msgs, done) => {
            let r = store_batch(msgs, index, segments, batch);
            acks.push(ack(done, r));
        }
        Cmd::Remove { seq, erase, done } => {
            let existed = index.remove(seq, &mut collector(segments, &mut removed));
            if erase {
                // The tombstone names where the record is, so recovery can tell a torn
                // overwrite there from lost data.
                for &(s, loc) in &removed {
                    let at = record::erase_location(seg_of(segments, s).unwrap_or(0), loc.offset);
                    batch.push(RecordRef {
                        payload: &at,
                        ..RecordRef::marker(Kind::Tombstone, s, batch.now)
                    });
                }
                erases.extend(removed.iter().copied());
            } else {
                log_removals(index, batch, &removed);
            }
            acks.push(ack(done, Ok(existed)));
        }
        Cmd::Purge(req, done) => {
            let r = match index.classify_purge(&req) {
                Ok(PurgeKind::Compact(seq)) => Ok(compact(seq, index, segments, batch)),
                Ok(_) => index.purge(&req, &mut collector(segments, &mut removed)),
                Err(e) => Err(e),
            };
            log_removals(index, batch, &removed);
            acks.push(ack(done, r));
        }
        Cmd::Compact(seq, done) => {
            let n = compact(seq, index, segments, batch);
            acks.push(ack(done, Ok(n)));
        }
        Cmd::Expire(now, done) => {
            let r = index.expire(now, &mut collector(segments, &mut removed));
            log_removals(index, batch, &removed);
            acks.push(ack(done, Ok(r)));
        }
        Cmd::Limits(limits, done) => {
            index.set_limits(limits);
            let n = index.enforce_all(&mut collector(segments, &mut removed));
            log_removals(index, batch, &removed);
            acks.push(ack(done, Ok(n)));
        }
        Cmd::Sync(done) => {
            *force_sync = true;
            acks.push(ack(done, Ok(())));
        }
        // Handled by `Writer::process` before grouping.
        Cmd::Truncate(_, done) => acks.push(ack(done, Err(StoreError::Invalid("truncate")))),
        Cmd::Stop(done) => acks.push(ack(done, Err(StoreError::Invalid("stop")))),
        Cmd::Tick => {}
    }
}

/// Stores one message: limits, sequence, record, index, and the removals it causes.
fn store(
    msg: NewMsg,
    index: &mut Index<Loc>,
    segments: &mut BTreeMap<u64, Segment>,
    batch: &mut Batch,
    removed: &mut Removed,
) -> Result<Stored> {
    let ttl = msg.ttl.unwrap_or(0);
    let rec_len = record::record_len(msg.subject.len(), msg.hdr.len(), msg.payload.len(), ttl > 0);
    if msg.subject.len() > usize::from(u16::MAX) || rec_len > MAX_RECORD_LEN {
        return Err(StoreError::MsgTooLarge);
    }
    index.check_discard_new(&msg.subject, msg.hdr.len(), msg.payload.len())?;
    let offset = batch.offset();
    let offset = u32::try_from(offset)
        .ok()
        .filter(|o| u64::from(*o) + rec_len as u64 <= u64::from(u32::MAX))
        .ok_or(StoreError::MsgTooLarge)?;
    let seq = index.last_seq() + 1;
    let ts = msg.ts.unwrap_or(batch.now);
    batch.push(RecordRef {
        kind: Kind::Msg,
        seq,
        ts,
        ttl,
        subject: msg.subject.as_bytes(),
        hdr: &msg.hdr,
        payload: &msg.payload,
    });
    batch.msgs += 1;
    let size = index.size_of(msg.subject.len(), msg.hdr.len(), msg.payload.len());
    let loc = Loc {
        offset,
        len: rec_len as u32,
    };
    index.insert(seq, ts, &msg.subject, size, ttl, loc);
    if let Some(s) = segments.get_mut(&batch.seg) {
        s.live += rec_len as u64;
    }
    index.enforce_after_store(&msg.subject, &mut collector(segments, removed));
    Ok(Stored { seq, ts })
}

/// Stores an atomic batch: every message (and the removals each one causes) as consecutive
/// records of this commit, flagged as one batch so that recovery keeps all or none of them. A
/// refusal of any message rolls the batch back: its records leave the commit buffer and its
/// messages the index. (Removals an earlier message of the batch caused stay done in the
/// index; the stream layer checks discard-new limits for the whole batch beforehand, so only
/// a per-subject limit under discard new can get here.)
fn store_batch(
    msgs: Vec<NewMsg>,
    index: &mut Index<Loc>,
    segments: &mut BTreeMap<u64, Segment>,
    batch: &mut Batch,
) -> Result<Vec<Stored>> {
    for m in &msgs {
        let rec_len = record::record_len(
            m.subject.len(),
            m.hdr.len(),
            m.payload.len(),
            m.ttl.unwrap_or(0) > 0,
        );
        if m.subject.len() > usize::from(u16::MAX) || rec_len > MAX_RECORD_LEN {
            return Err(StoreError::MsgTooLarge);
        }
    }
    let mark = batch.buf.len();
    let (msgs_before, last_before) = (batch.msgs, index.last_seq());
    let mut out = Vec::with_capacity(msgs.len());
    for m in msgs {
        let mut removed: Removed = Vec::new();
        match store(m, index, segments, batch, &mut removed) {
            Ok(st) => {
                log_removals(index, batch, &removed);
                out.push(st);
            }
            Err(e) => {
                let mut undone: Removed = Vec::new();
                index.truncate(last_before, &mut collector(segments, &mut undone));
                batch.buf.truncate(mark);
                batch.msgs = msgs_before;
                return Err(e);
            }
        }
    }
    let salt = batch.salt;
    record::mark_batch(&mut batch.buf[mark..], salt);
    Ok(out)
}

/// Compacts below `seq`, logged as one floor record (also when it only moves the sequence).
fn compact(
    seq: u64,
    index: &mut Index<Loc>,
    segments: &mut BTreeMap<u64, Segment>,
    batch: &mut Batch,
) -> u64 {
    let last_before = index.last_seq();
    let mut removed = Vec::new();
    let n = index.compact(seq, &mut collector(segments, &mut removed));
    if n > 0 || index.last_seq() != last_before {
        let floor = index.first_seq();
        batch.push(RecordRef::marker(
            Kind::Floor,
            floor,
            floor_ts(index, batch),
        ));
    }
    n
}
