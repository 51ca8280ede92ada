//! [`FileStore`]: a stream in append-only segment files (`storage: file`), the durable
//! counterpart of upstream `server/filestore.go`, built after jetstream-store.md §3.
//!
//! Layout under the stream directory: `meta.json` + `meta.sum` (the stream config, opaque to the
//! store, see [`write_meta`]) and `msgs/<first seq, 20 digits>.blk` segments. Record format:
//! `record`; open-time scan and repair: `recover`; the group-commit writer thread: `writer`.
//! This file holds the shared state and the read path.

#[cfg(any(test, fuzzing))]
pub mod fuzz;
mod record;
mod recover;
mod writer;

#[cfg(test)]
mod tests;

use crate::{log_error, log_warn};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::Sender;
use std::sync::{Arc, Mutex, RwLock, RwLockReadGuard, RwLockWriteGuard};
use std::thread::JoinHandle;

use bytes::Bytes;

use super::fsutil::{atomic_write, create_dir_durable, read_optional};
use super::index::{Index, View};
use super::io::{Fs, FsFile, StdFs};
use super::{
    Completer, Completion, Damage, DamageKind, DamageReport, Expired, NewMsg, OnStored,
    PurgeRequest, Result, SimpleState, StorageKind, StoreConfig, StoreError, Stored, StoredMsg,
    StreamLimits, StreamState, StreamStore, SyncPolicy,
};
use record::Kind;
use writer::{Cmd, Writer};

/// Directory of segment files inside a stream directory.
const MSGS_DIR: &str = "msgs";
/// Segment file extension.
const SEG_EXT: &str = "blk";
/// Default segment target size (jetstream-store.md §3.1).
pub const DEFAULT_SEGMENT_SIZE: u64 = 64 << 20;
/// Largest segment target accepted, so record offsets fit in a u32.
const MAX_SEGMENT_SIZE: u64 = 1 << 30;
/// Smallest segment target accepted.
const MIN_SEGMENT_SIZE: u64 = 4096;

/// Settings of a [`FileStore`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileStoreConfig {
    /// The stream's directory (upstream `<store_dir>/jetstream/<account>/streams/<stream>`).
    pub dir: PathBuf,
    /// Roll to a new segment once the active one reaches this size (clamped to 4 KiB..1 GiB; a
    /// segment may exceed it by one commit batch).
    pub segment_size: u64,
    /// When writes are acknowledged.
    pub sync: SyncPolicy,
    /// First sequence and limits.
    pub store: StoreConfig,
}

impl FileStoreConfig {
    /// Defaults: 64 MiB segments, [`SyncPolicy::Always`], no limits.
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        FileStoreConfig {
            dir: dir.into(),
            segment_size: DEFAULT_SEGMENT_SIZE,
            sync: SyncPolicy::Always,
            store: StoreConfig::default(),
        }
    }
}

/// Counters of the writer's work, for tests and monitoring.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FileStoreStats {
    /// Group commits written (each one write call on the active segment).
    pub commits: u64,
    /// fsyncs (`sync_data`) of segment files.
    pub fsyncs: u64,
    /// Message records written.
    pub records: u64,
}

#[derive(Debug, Default)]
struct Stats {
    commits: AtomicU64,
    fsyncs: AtomicU64,
    records: AtomicU64,
}

/// Where a message's record is inside its segment, which is the one with the greatest first
/// sequence not above the message's sequence ([`seg_of`]), so the index need not store it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct Loc {
    offset: u32,
    len: u32,
}

/// The segment holding the record of message `seq`: the one with the greatest first sequence
/// `<= seq` (see the invariants on [`FileStore`]).
fn seg_of(segments: &BTreeMap<u64, Segment>, seq: u64) -> Option<u64> {
    segments.range(..=seq).next_back().map(|(&k, _)| k)
}

/// One segment file.
#[derive(Debug)]
struct Segment {
    /// File name inside `msgs/`.
    name: String,
    file: Arc<dyn FsFile>,
    salt: u64,
    /// Bytes of the log (header included); the next record goes here.
    size: u64,
    /// The file's length: `size` plus space reserved ahead of it (zeros), see
    /// [`FsFile::allocate`].
    alloc: u64,
    /// Version 3 segment: commits are framed (`record::FLAG_COMMIT`, `FLAG_ODD`) and space is
    /// reserved ahead of the log. Older segments get neither, and recovery reads them as before.
    framed: bool,
    /// The parity (`record::FLAG_ODD`) of the next commit: the opposite of the last record's.
    odd: bool,
    /// Bytes of live message records.
    live: u64,
    /// Damage was found in it: never rewritten or deleted, so the bytes stay for inspection.
    damaged: bool,
    /// `live` right after its last compaction; while unchanged, compacting again gains nothing.
    compacted_at: Option<u64>,
}

/// State shared by readers and the writer thread.
#[derive(Debug)]
struct Shared {
    index: Index<Loc>,
    /// Segments by first sequence.
    segments: BTreeMap<u64, Segment>,
    /// The segment appends go to.
    active: u64,
    damage: Vec<Damage>,
    /// Set when a write or fsync failed; every later mutation fails with it.
    failed: Option<StoreError>,
}

/// Upstream `fileStoreMsgSize`, so stream info `bytes` matches nats-server for file streams.
fn file_msg_size(subject_len: usize, hdr_len: usize, payload_len: usize) -> u64 {
    if hdr_len == 0 {
        (22 + subject_len + payload_len + 8) as u64
    } else {
        (22 + subject_len + 4 + hdr_len + payload_len + 8) as u64
    }
}

/// What a read needs from the shared state: segment file, record location, subject, salt and
/// segment name (for the damage report).
type Located = (Arc<dyn FsFile>, Loc, Arc<str>, u64, String);

fn seg_name(first: u64) -> String {
    format!("{first:020}.{SEG_EXT}")
}

/// A stream stored in segment files.
///
/// **Invariants**
/// - Segment files are append-only while active; a sealed segment changes only by an erase
///   (one record overwritten in place by a same-length `Erased` record) or by compaction, which
///   writes a new file and renames it over the old one. Records keep their file order, so replay
///   order is log order.
/// - Every record carries a crc32c over the segment salt and all its bytes; a record is used only
///   after its checksum passes, at open and on every read.
/// - A segment stops being active only after a `Seal` record is written and fsynced at its end
///   (segment format version 2), so a sealed segment that lost its end is detected even when
///   it was cut at a record boundary.
/// - Sequences of message records increase through the segments in name order; the name is the
///   first sequence the segment was created for, and its header repeats it, so the last sequence
///   survives purges and compaction. A message's record is therefore in the segment with the
///   greatest name not above its sequence (a new segment is named `last_seq + 1`; a truncate
///   deletes the segments above its boundary), and the index keeps only offset and length.
/// - Every removal is in the log: a `Tombstone` for one sequence, or a `Floor` when everything
///   below a sequence is gone (purge, compact, discard-old). Compaction keeps a tombstone or floor
///   as long as an older segment could still hold the record it removes.
/// - The in-memory index (sequences, subjects, TTLs) is rebuilt from the log at open; the log is
///   the only source of truth.
/// - Damaged records are never served; damage with valid records after it, and damage in sealed
///   segments, is reported and left in place. Only a torn tail of the newest segment is
///   truncated.
///
/// **fsync policy**
/// - One writer thread per store takes every mutation in arrival order, applies a batch of them
///   to the index, writes their records with one positional write, then (under
///   [`SyncPolicy::Always`], the default) one `fdatasync` before resolving any of the batch's
///   completions: group commit. Readers see a batch's messages only after that point.
/// - [`SyncPolicy::Interval`]: completions resolve after the write; the writer fsyncs the active
///   segment when the interval has passed since the first unsynced write, at rollover, on
///   [`StreamStore::sync`] and at stop.
/// - The active segment's log grows inside space reserved ahead of it ([`FsFile::allocate`],
///   64 KiB to 4 MiB at a time, up to the segment size), so a commit's write changes no file
///   length and its `fdatasync` has no inode update to write. Each commit's records carry its
///   parity and its last one a commit flag (`record`), which lets recovery tell a torn last
///   commit (pages of an unsynced write land in any order) from damage to durable data; zeros
///   after the last commit are free space. Sealing gives the reserved space back.
/// - A new segment's header is fsynced, and then the directory, before any record goes in;
///   renames and removals of segment files are followed by a directory fsync.
/// - An erase's in-place overwrite comes after an fsync of its tombstone and is fsynced before
///   its completion resolves, in both modes.
/// - A failed write or fsync (a full disk) fails the commands of its batch, cuts the batch's
///   bytes off the segment and rebuilds the in-memory state from the files, as an open does
///   (no retry of the same write: after a failed fsync the kernel may have dropped the dirty
///   pages). New messages are then refused with the same error for a backoff (100 ms doubling
///   to 2 s) and tried again after it, so the store resumes by itself once space returns.
/// - All I/O goes through the [`Fs`] given at open ([`StdFs`] by default), which lets tests
///   simulate power loss and a full disk.
#[derive(Debug)]
pub struct FileStore {
    shared: Arc<RwLock<Shared>>,
    tx: Mutex<Option<Sender<Cmd>>>,
    /// The writer, shared with its thread (see [`writer::WriterCell`]).
    writer: Arc<writer::WriterCell>,
    thread: Mutex<Option<JoinHandle<()>>>,
    stats: Arc<Stats>,
    dir: PathBuf,
}

impl FileStore {
    /// Opens the store in `cfg.dir` (creating it), recovering and verifying every segment, and
    /// starts its writer thread.
    pub fn open(cfg: FileStoreConfig) -> Result<FileStore> {
        Self::open_in(StdFs::shared(), cfg)
    }

    /// [`Self::open`] on the filesystem `fs`.
    pub fn open_in(fs: Arc<dyn Fs>, cfg: FileStoreConfig) -> Result<FileStore> {
        let (store, writer, rx) = Self::open_unstarted(fs, cfg)?;
        let thread = std::thread::Builder::new()
            .name("rnats-js-writer".into())
            .spawn(move || writer.run(rx))
            .map_err(|e| StoreError::io("starting the store writer thread", e))?;
        *store.thread.lock().unwrap_or_else(|p| p.into_inner()) = Some(thread);
        Ok(store)
    }

    /// Recovers the store and builds it with its writer, which the caller runs (on a thread,
    /// or inline as the `filestore_recover` fuzz target does, saving a thread per input).
    fn open_unstarted(
        fs: Arc<dyn Fs>,
        cfg: FileStoreConfig,
    ) -> Result<(
        FileStore,
        Arc<writer::WriterCell>,
        std::sync::mpsc::Receiver<Cmd>,
    )> {
        let segment_size = cfg.segment_size.clamp(MIN_SEGMENT_SIZE, MAX_SEGMENT_SIZE);
        let msgs_dir = cfg.dir.join(MSGS_DIR);
        let shared = recover::recover(&*fs, &msgs_dir, &cfg.store)?;
        for d in &shared.damage {
            match d.kind {
                DamageKind::TornTail => log_warn!("JetStream store {}: {d}", cfg.dir.display()),
                _ => log_error!("JetStream store {}: {d}", cfg.dir.display()),
            }
        }
        let shared = Arc::new(RwLock::new(shared));
        let stats = Arc::new(Stats::default());
        let (tx, rx) = std::sync::mpsc::channel();
        let writer = Writer::new(
            fs,
            shared.clone(),
            cfg.dir.clone(),
            segment_size,
            cfg.sync,
            cfg.store.clone(),
            stats.clone(),
        );
        let writer = writer::WriterCell::new(writer);
        let store = FileStore {
            shared,
            tx: Mutex::new(Some(tx)),
            writer: writer.clone(),
            thread: Mutex::new(None),
            stats,
            dir: cfg.dir,
        };
        Ok((store, writer, rx))
    }

    /// The stream directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The writer's counters so far.
    pub fn stats(&self) -> FileStoreStats {
        FileStoreStats {
            commits: self.stats.commits.load(Ordering::Relaxed),
            fsyncs: self.stats.fsyncs.load(Ordering::Relaxed),
            records: self.stats.records.load(Ordering::Relaxed),
        }
    }

    fn read(&self) -> RwLockReadGuard<'_, Shared> {
        // Writers finish their bookkeeping before anything that can panic, so a poisoned lock
        // still guards consistent data.
        self.shared.read().unwrap_or_else(|p| p.into_inner())
    }

    fn write(&self) -> RwLockWriteGuard<'_, Shared> {
        self.shared.write().unwrap_or_else(|p| p.into_inner())
    }

    /// Sends `cmd` to the writer thread, counted until processed.
    fn send(&self, tx: &Sender<Cmd>, cmd: Cmd) {
        self.writer.sending();
        // A send fails only when the writer has exited; the command's dropped completer then
        // resolves it to Closed.
        if tx.send(cmd).is_err() {
            self.writer.not_sent();
        }
    }

    /// Hands a command to the writer thread.
    fn submit<T>(&self, make: impl FnOnce(Completer<T>) -> Cmd) -> Completion<T> {
        let (done, completion) = Completion::pending();
        let tx = self.tx.lock().unwrap_or_else(|p| p.into_inner());
        match tx.as_ref() {
            // A send fails only when the writer has exited; the dropped completer resolves the
            // completion to Closed.
            Some(tx) => self.send(tx, make(done)),
            None => return Completion::ready(Err(StoreError::Closed)),
        }
        completion
    }

    /// Reads and verifies the record of `seq` found at `entry`.
    fn load_entry(&self, seq: u64, found: Option<Located>) -> Result<StoredMsg> {
        let Some((file, loc, subject, salt, seg_name)) = found else {
            return Err(StoreError::NotFound);
        };
        let mut buf = vec![0u8; loc.len as usize];
        file.read_exact_at(&mut buf, u64::from(loc.offset))
            .map_err(|e| StoreError::io(format!("reading message {seq}"), e))?;
        let buf = Bytes::from(buf);
        match record::decode(&buf, salt) {
            Ok(r) if r.kind == Kind::Msg && r.seq == seq => {
                let (_, hdr, payload) = record::parts(&buf, &r);
                Ok(StoredMsg {
                    seq,
                    ts: r.ts,
                    subject,
                    hdr,
                    payload,
                })
            }
            // Erased between our index lookup and the read.
            Ok(r) if r.kind == Kind::Erased && r.seq == seq => Err(StoreError::NotFound),
            _ => {
                let d = Damage {
                    segment: seg_name,
                    offset: u64::from(loc.offset),
                    len: u64::from(loc.len),
                    kind: DamageKind::Corrupt,
                    seqs: Some((seq, seq)),
                };
                let mut g = self.write();
                if !g.damage.contains(&d) {
                    log_error!(
                        "JetStream store {}: {d} (found on read)",
                        self.dir.display()
                    );
                    g.damage.push(d);
                }
                Err(StoreError::Corrupt { seq })
            }
        }
    }

    fn locate(g: &Shared, seq: u64, e: &View<'_, Loc>) -> Option<Located> {
        let seg = g.segments.get(&seg_of(&g.segments, seq)?)?;
        Some((
            seg.file.clone(),
            *e.loc,
            e.subject.clone(),
            seg.salt,
            seg.name.clone(),
        ))
    }
}

impl Drop for FileStore {
    fn drop(&mut self) {
        let tx = self.tx.get_mut().unwrap_or_else(|p| p.into_inner()).take();
        if let Some(tx) = tx {
            let (done, _completion) = Completion::pending();
            self.send(&tx, Cmd::Stop(done));
        }
        let thread = self
            .thread
            .get_mut()
            .unwrap_or_else(|p| p.into_inner())
            .take();
        // The last owner may be a callback run on the writer thread itself
        // (`store_msg_then`): that thread ends on the stop just sent, and cannot join itself.
        if let Some(t) = thread.filter(|t| t.thread().id() != std::thread::current().id()) {
            let _ = t.join();
        }
    }
}

impl StreamStore for FileStore {
    fn kind(&self) -> StorageKind {
        StorageKind::File
    }

    fn store_msg(&self, msg: NewMsg) -> Completion<Stored> {
        self.submit(|done| Cmd::Store(msg, done))
    }

    fn store_msg_then(&self, msg: NewMsg, then: OnStored) {
        let tx = self.tx.lock().unwrap_or_else(|p| p.into_inner());
        let done = Completer::call(then);
        let Some(sender) = tx.as_ref() else {
            drop(tx);
            done.complete(Err(StoreError::Closed));
            return;
        };
        match self.writer.try_store_inline(msg, done) {
            writer::Inlined::Committed(inline, wake) => {
                if wake {
                    self.send(sender, Cmd::Tick);
                }
                // Resolved without the locks: the callback may call into the store again.
                drop(tx);
                inline.resolve();
            }
            // The dropped completer calls back with Closed if the writer has exited.
            writer::Inlined::Declined(msg, done) => self.send(sender, Cmd::Store(msg, done)),
        }
    }

    fn store_batch(&self, msgs: Vec<NewMsg>) -> Completion<Vec<Stored>> {
        self.submit(|done| Cmd::StoreBatch(msgs, done))
    }

    fn load_msg(&self, seq: u64) -> Result<StoredMsg> {
        let found = {
            let g = self.read();
            let e = g.index.get(seq)?;
            Self::locate(&g, seq, &e)
        };
        self.load_entry(seq, found)
    }

    fn load_next_msg(&self, filter: &str, start: u64) -> Result<StoredMsg> {
        let (seq, found) = {
            let g = self.read();
            let (seq, e) = g
                .index
                .next_matching(filter, start)
                .ok_or(StoreError::Eof)?;
            (seq, Self::locate(&g, seq, &e))
        };
        self.load_entry(seq, found)
    }

    fn load_last_msg(&self, subject: &str) -> Result<StoredMsg> {
        let (seq, found) = {
            let g = self.read();
            let (seq, e) = g.index.last_matching(subject).ok_or(StoreError::NotFound)?;
            (seq, Self::locate(&g, seq, &e))
        };
        self.load_entry(seq, found)
    }

    fn remove_msg(&self, seq: u64) -> Completion<bool> {
        self.submit(|done| Cmd::Remove {
            seq,
            erase: false,
            done,
        })
    }

    fn erase_msg(&self, seq: u64) -> Completion<bool> {
        self.submit(|done| Cmd::Remove {
            seq,
            erase: true,
            done,
        })
    }

    fn purge(&self, req: PurgeRequest) -> Completion<u64> {
        self.submit(|done| Cmd::Purge(req, done))
    }

    fn compact(&self, seq: u64) -> Completion<u64> {
        self.submit(|done| Cmd::Compact(seq, done))
    }

    fn truncate(&self, seq: u64) -> Completion<()> {
        self.submit(|done| Cmd::Truncate(seq, done))
    }

    fn expire(&self, now: i64) -> Completion<Expired> {
        self.submit(|done| Cmd::Expire(now, done))
    }

    fn update_limits(&self, limits: StreamLimits) -> Completion<u64> {
        self.submit(|done| Cmd::Limits(limits, done))
    }

    fn check_discard_new(&self, subject: &str, hdr_len: usize, payload_len: usize) -> Result<()> {
        self.read()
            .index
            .check_discard_new(subject, hdr_len, payload_len)
    }

    fn msg_size(&self, subject: &str, hdr_len: usize, payload_len: usize) -> u64 {
        file_msg_size(subject.len(), hdr_len, payload_len)
    }

    fn state(&self) -> StreamState {
        self.read().index.state()
    }

    fn writes_in_flight(&self) -> bool {
        self.read().index.has_invisible()
    }

    fn deleted(&self) -> Vec<u64> {
        self.read().index.deleted()
    }

    fn subjects_state(&self, filter: &str) -> BTreeMap<Arc<str>, SimpleState> {
        self.read().index.subjects_state(filter)
    }

    fn filtered_state(&self, start: u64, filter: &str) -> SimpleState {
        self.read().index.filtered_state(start, filter)
    }

    fn subjects_last(&self, filter: &str) -> Vec<u64> {
        self.read().index.subjects_last(filter)
    }

    fn seq_from_time(&self, ts: i64) -> u64 {
        self.read().index.seq_from_time(ts)
    }

    fn damage(&self) -> DamageReport {
        DamageReport {
            entries: self.read().damage.clone(),
        }
    }

    fn sync(&self) -> Completion<()> {
        self.submit(Cmd::Sync)
    }

    fn stop(&self) -> Completion<()> {
        let c = self.submit(Cmd::Stop);
        // Later submissions fail at once instead of queueing behind the stop.
        self.tx.lock().unwrap_or_else(|p| p.into_inner()).take();
        c
    }
}

/// File holding the stream config.
const META_FILE: &str = "meta.json";
/// File holding the config's checksum.
const META_SUM_FILE: &str = "meta.sum";

/// Durably stores the stream config blob in `dir/meta.json`, with its crc32c in `meta.sum`.
///
/// Crash-safe although it is two files: each is replaced atomically, and `meta.sum` is written
/// first listing the checksums of both the old and the new config, then, after `meta.json`, only
/// the new one, so whichever `meta.json` a crash leaves matches a line of `meta.sum`.
pub fn write_meta(dir: &Path, config: &[u8]) -> Result<()> {
    write_meta_in(&StdFs, dir, config)
}

/// [`write_meta`] on the filesystem `fs`.
pub fn write_meta_in(fs: &dyn Fs, dir: &Path, config: &[u8]) -> Result<()> {
    let io = |e| StoreError::io("writing the stream config", e);
    create_dir_durable(fs, dir).map_err(|e| StoreError::io("creating the stream directory", e))?;
    let new = format!("{:08x}\n", crc32c::crc32c(config));
    let old = read_optional(fs, &dir.join(META_FILE))
        .map_err(io)?
        .map(|b| format!("{:08x}\n", crc32c::crc32c(&b)));
    let first_sum = match old {
        Some(old) if old != new => format!("{old}{new}"),
        _ => new.clone(),
    };
    atomic_write(fs, &dir.join(META_SUM_FILE), first_sum.as_bytes()).map_err(io)?;
    atomic_write(fs, &dir.join(META_FILE), config).map_err(io)?;
    if first_sum != new {
        atomic_write(fs, &dir.join(META_SUM_FILE), new.as_bytes()).map_err(io)?;
    }
    Ok(())
}

/// Reads the stream config blob; `None` when there is none, [`StoreError::Damaged`] when its
/// checksum does not match (the caller marks the stream unavailable; nothing is deleted).
pub fn read_meta(dir: &Path) -> Result<Option<Vec<u8>>> {
    read_meta_in(&StdFs, dir)
}

/// [`read_meta`] on the filesystem `fs`.
pub fn read_meta_in(fs: &dyn Fs, dir: &Path) -> Result<Option<Vec<u8>>> {
    let io = |e| StoreError::io("reading the stream config", e);
    let Some(config) = read_optional(fs, &dir.join(META_FILE)).map_err(io)? else {
        return Ok(None);
    };
    let sum = read_optional(fs, &dir.join(META_SUM_FILE)).map_err(io)?;
    let want = format!("{:08x}", crc32c::crc32c(&config));
    match sum {
        Some(s)
            if String::from_utf8_lossy(&s)
                .lines()
                .any(|l| l.trim() == want) =>
        {
            Ok(Some(config))
        }
        _ => Err(StoreError::Damaged(format!(
            "{} does not match {}",
            dir.join(META_FILE).display(),
            META_SUM_FILE
        ))),
    }
}
