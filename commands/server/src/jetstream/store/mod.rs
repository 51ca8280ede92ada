//! Stream storage: the [`StreamStore`] trait that a JetStream stream writes its messages through,
//! and its two implementations, [`MemoryStore`] (`storage: memory`) and [`FileStore`]
//! (`storage: file`).
//!
//! The trait is shaped after nats-server `server/store.go` (`StreamStore`): store, load by
//! sequence, next matching a filter, last by subject, remove/erase, purge variants, compact,
//! truncate, state and per-subject state. Differences, all deliberate:
//! - **Mutations complete asynchronously.** Every call that changes the stream returns a
//!   [`Completion`], resolved once the change is durable under the store's [`SyncPolicy`]. With
//!   the default [`SyncPolicy::Always`] a [`StreamStore::store_msg`] completes only after the
//!   fsync that covers its record, and one fsync covers every record written meanwhile (group
//!   commit), so callers pipeline many publishes and ack each one as its completion resolves.
//! - **Limits live in the store** ([`StreamLimits`]), applied atomically with the write:
//!   discard-new rejections come back as [`StoreError::MaxMsgs`] and friends, discard-old and
//!   max_msgs_per_subject removals happen inside the same commit. Age and TTL expiry is driven by
//!   the caller through [`StreamStore::expire`], which returns when to call it next.
//! - **Damage is reported, not hidden** ([`StreamStore::damage`]): records that fail their checksum
//!   are never served and are listed with their location and the sequences they cover.
//!
//! Reads are synchronous and cheap for the memory store; for the file store a read is one
//! positional read plus a checksum, which may block on a cold page cache, so async callers that
//! read a lot should do it from `spawn_blocking`.
//!
//! The shared in-memory index (sequence map, per-subject index, limits) is in `index`;
//! [`ConsumerStateFile`] persists a consumer's delivery state.

mod consumer;
pub mod file;
mod fsutil;
mod index;
pub mod io;
pub mod memory;

#[cfg(test)]
mod crash_tests;
#[cfg(test)]
mod damage_tests;
// The simulated filesystem of the crash tests, also under the `filestore_recover` fuzz target.
#[cfg(any(test, fuzzing))]
#[cfg_attr(not(test), allow(dead_code))]
mod simfs;
#[cfg(test)]
mod suite;

use std::collections::BTreeMap;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::Bytes;
use tokio::sync::oneshot;

pub use consumer::{ConsumerState, ConsumerStateFile, Pending, SequencePair};
pub use file::{FileStore, FileStoreConfig, FileStoreStats};
pub use memory::MemoryStore;

/// What a store operation can fail with. Texts follow nats-server `server/store.go` where it
/// has the same error.
#[derive(Debug, Clone, thiserror::Error)]
pub enum StoreError {
    /// No message at this sequence or matching this subject (deleted, never stored, lost).
    #[error("no message found")]
    NotFound,
    /// Nothing at or after the requested sequence (upstream `ErrStoreEOF`).
    #[error("stream store EOF")]
    Eof,
    /// The record holding this message failed its checksum; it is not served and is listed in
    /// the damage report.
    #[error("message {seq} is damaged")]
    Corrupt {
        /// The sequence whose record is damaged.
        seq: u64,
    },
    /// Discard new: the stream is at max_msgs.
    #[error("maximum messages exceeded")]
    MaxMsgs,
    /// Discard new: the stream is at max_bytes.
    #[error("maximum bytes exceeded")]
    MaxBytes,
    /// Discard new per subject: the subject is at max_msgs_per_subject.
    #[error("maximum messages per subject exceeded")]
    MaxMsgsPerSubject,
    /// The message cannot be stored: too large for a record, or a subject over 65,535 bytes.
    #[error("message too large")]
    MsgTooLarge,
    /// The request's arguments contradict each other (purge with both `seq` and `keep`).
    #[error("invalid request: {0}")]
    Invalid(&'static str),
    /// The store was stopped.
    #[error("store is closed")]
    Closed,
    /// A write or fsync failed. The store accepts no further writes; reopening it runs recovery,
    /// which keeps exactly what reached the disk intact.
    #[error("store failed: {context}: {source}")]
    Io {
        /// What the store was doing.
        context: String,
        /// The underlying error, shared by every request the failure affected.
        #[source]
        source: Arc<std::io::Error>,
    },
    /// Data on disk could not be used (bad segment header, unreadable directory).
    #[error("store data is damaged: {0}")]
    Damaged(String),
}

impl StoreError {
    /// Wraps an I/O error with what the store was doing.
    pub(crate) fn io(context: impl Into<String>, source: std::io::Error) -> Self {
        StoreError::Io {
            context: context.into(),
            source: Arc::new(source),
        }
    }
}

/// Result of a store operation.
pub type Result<T> = std::result::Result<T, StoreError>;

/// Which implementation a store is, as stream config `storage` names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StorageKind {
    /// [`FileStore`].
    File,
    /// [`MemoryStore`].
    Memory,
}

/// When the file store acknowledges a write, exposed as `jetstream { sync_interval }`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SyncPolicy {
    /// Acknowledge only after the fsync that covers the record (group commit). rnats' default,
    /// and what `sync_interval: always` selects.
    #[default]
    Always,
    /// Acknowledge after the write; fsync dirty segments on this interval (nats-server's default
    /// mode, 2 minutes there). Acknowledged writes can be lost on power failure or OS crash.
    Interval(Duration),
}

/// What the stream does when a limit is reached (stream config `discard`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DiscardPolicy {
    /// Remove the oldest messages to make room (`old`, the default).
    #[default]
    Old,
    /// Refuse the new message (`new`).
    New,
}

/// The stream limits a store enforces. Counts and sizes `<= 0` mean unlimited, as in stream
/// config JSON (`-1`).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct StreamLimits {
    /// `max_msgs`.
    pub max_msgs: i64,
    /// `max_bytes`, in the store's [`StreamStore::msg_size`] units.
    pub max_bytes: i64,
    /// `max_age`; zero means no age limit.
    pub max_age: Duration,
    /// `max_msgs_per_subject`.
    pub max_msgs_per_subject: i64,
    /// `discard`.
    pub discard: DiscardPolicy,
    /// `discard_new_per_subject`: with [`DiscardPolicy::New`], refuse a message whose subject is
    /// at its limit instead of removing the subject's oldest.
    pub discard_new_per_subject: bool,
    /// `subject_delete_marker_ttl` is set: [`StreamStore::expire`] keeps a due message that is
    /// the last of its subject and reports it, for the stream to put a delete marker in its
    /// place.
    pub subject_delete_markers: bool,
}

/// Settings shared by both stores.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoreConfig {
    /// Sequence of the first message of a new, empty stream (stream config `first_seq`, default
    /// 1). Ignored when the store already holds data.
    pub first_seq: u64,
    /// Limits applied on every store.
    pub limits: StreamLimits,
    /// A counter the store keeps current with the bytes it holds (the server's usage of this
    /// storage kind, summed over its stores), if any.
    pub usage: Option<Usage>,
}

impl Default for StoreConfig {
    fn default() -> Self {
        StoreConfig {
            first_seq: 1,
            limits: StreamLimits::default(),
            usage: None,
        }
    }
}

/// Bytes held by a set of stores, kept by the stores themselves as they add and remove
/// messages (and release what they hold when stopped or dropped), so reading it costs one
/// atomic load however many stores there are.
#[derive(Debug, Clone, Default)]
pub struct Usage(Arc<std::sync::atomic::AtomicU64>);

impl Usage {
    /// Bytes held now.
    pub fn get(&self) -> u64 {
        self.0.load(std::sync::atomic::Ordering::Relaxed)
    }

    pub(crate) fn add(&self, n: u64) {
        self.0.fetch_add(n, std::sync::atomic::Ordering::Relaxed);
    }

    pub(crate) fn sub(&self, n: u64) {
        self.0.fetch_sub(n, std::sync::atomic::Ordering::Relaxed);
    }
}

/// Two handles are equal when they count into the same counter.
impl PartialEq for Usage {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl Eq for Usage {}

/// A message to store.
#[derive(Debug, Clone, Default)]
pub struct NewMsg {
    /// Literal subject.
    pub subject: String,
    /// Encoded headers (`NATS/1.0\r\n...`), empty for none.
    pub hdr: Bytes,
    /// Payload.
    pub payload: Bytes,
    /// Timestamp in nanoseconds since the Unix epoch; `None` takes the current time.
    pub ts: Option<i64>,
    /// Per-message TTL in nanoseconds (`Nats-TTL`); `None` or `<= 0` for none.
    pub ttl: Option<i64>,
}

impl NewMsg {
    /// A message with a subject and payload, no headers, stamped now.
    pub fn new(subject: impl Into<String>, payload: impl Into<Bytes>) -> Self {
        NewMsg {
            subject: subject.into(),
            payload: payload.into(),
            ..NewMsg::default()
        }
    }
}

/// Where a stored message landed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stored {
    /// Its stream sequence.
    pub seq: u64,
    /// Its timestamp (ns since the Unix epoch).
    pub ts: i64,
}

/// A message read back from a store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredMsg {
    /// Stream sequence.
    pub seq: u64,
    /// Timestamp, ns since the Unix epoch.
    pub ts: i64,
    /// Subject.
    pub subject: Arc<str>,
    /// Encoded headers, empty for none.
    pub hdr: Bytes,
    /// Payload.
    pub payload: Bytes,
}

/// A stream's state, the `state` object of stream info (upstream `StreamState`) minus
/// `consumer_count`, which the stream layer knows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StreamState {
    /// Messages held.
    pub msgs: u64,
    /// Bytes held, in [`StreamStore::msg_size`] units.
    pub bytes: u64,
    /// First sequence: the oldest message, or `last_seq + 1` when empty.
    pub first_seq: u64,
    /// Timestamp of the oldest message, 0 when empty.
    pub first_ts: i64,
    /// Last sequence ever assigned (kept across purges).
    pub last_seq: u64,
    /// Timestamp of the last message stored, 0 if none since the store was created.
    pub last_ts: i64,
    /// Distinct subjects held.
    pub num_subjects: u64,
    /// Sequences between first and last that hold no message.
    pub num_deleted: u64,
}

/// Per-subject or filtered state (upstream `SimpleState`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SimpleState {
    /// Messages.
    pub msgs: u64,
    /// First sequence, 0 if none.
    pub first: u64,
    /// Last sequence, 0 if none.
    pub last: u64,
}

/// A purge request (`$JS.API.STREAM.PURGE` body, upstream `PurgeEx`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PurgeRequest {
    /// Subject filter (wildcards allowed); `None`, empty or `>` means every subject.
    pub filter: Option<String>,
    /// Remove messages below this sequence (`seq`); 0 for no bound.
    pub up_to_seq: u64,
    /// Keep this many of the newest (matching) messages; 0 for none.
    pub keep: u64,
}

/// Result of [`StreamStore::expire`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Expired {
    /// Messages removed by max_age or TTL.
    pub removed: u64,
    /// When the next message becomes due (ns since the epoch); `None` when nothing can expire.
    pub next_due: Option<i64>,
    /// Due messages kept because each is the last of its subject (with
    /// [`StreamLimits::subject_delete_markers`]), in removal order: (sequence, subject).
    pub last_of_subject: Vec<(u64, Arc<str>)>,
}

/// What a damaged stretch of a segment is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DamageKind {
    /// Bytes after the last valid record of the newest segment (a write cut short by a crash);
    /// they were truncated away at open. Under [`SyncPolicy::Always`] they were never
    /// acknowledged.
    TornTail,
    /// Records that fail their checksum or framing with valid data after them, or at the end of
    /// an older segment: acknowledged data may be lost. The bytes are left in place.
    Corrupt,
    /// A segment whose header is unusable; none of its records can be trusted.
    BadSegment,
}

/// One damaged stretch found at open or on a read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Damage {
    /// Segment file name (inside `msgs/`).
    pub segment: String,
    /// Byte offset of the damage in the segment.
    pub offset: u64,
    /// Length of the damaged stretch in bytes.
    pub len: u64,
    /// What it is.
    pub kind: DamageKind,
    /// Sequences whose messages may have been in it (inclusive), when they can be bounded.
    pub seqs: Option<(u64, u64)>,
}

impl fmt::Display for Damage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.kind {
            DamageKind::TornTail => "torn tail",
            DamageKind::Corrupt => "corrupt records",
            DamageKind::BadSegment => "unusable segment",
        };
        write!(
            f,
            "{kind} in {} at offset {} ({} bytes)",
            self.segment, self.offset, self.len
        )?;
        if let Some((a, b)) = self.seqs {
            write!(f, ", sequences {a}..={b}")?;
        }
        Ok(())
    }
}

/// Everything found damaged since the store was opened (stream info `lost` is built from it).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DamageReport {
    /// Damaged stretches, in the order found.
    pub entries: Vec<Damage>,
}

impl DamageReport {
    /// Whether nothing was found damaged.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Damage that may have cost acknowledged data (everything but torn tails).
    pub fn lost(&self) -> impl Iterator<Item = &Damage> {
        self.entries
            .iter()
            .filter(|d| d.kind != DamageKind::TornTail)
    }
}

/// The outcome of an asynchronous store operation: a future for async callers, or
/// [`Completion::wait`] for threads outside the runtime.
#[must_use = "the operation's result (and durability) is only known through its completion"]
pub struct Completion<T>(CompletionInner<T>);

enum CompletionInner<T> {
    Ready(Option<Result<T>>),
    Pending(oneshot::Receiver<Result<T>>),
}

impl<T> fmt::Debug for Completion<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            CompletionInner::Ready(_) => f.write_str("Completion(ready)"),
            CompletionInner::Pending(_) => f.write_str("Completion(pending)"),
        }
    }
}

/// What runs when a [`StreamStore::store_msg_then`] store is durable: the result, and whether
/// it is the last such callback of its commit (the moment to hand over what the callbacks
/// staged, once for the whole commit).
pub type OnStored = Box<dyn FnOnce(Result<Stored>, bool) + Send>;

/// The sending half of a completion, held by the store until the operation is durable: a
/// [`Completion`]'s channel, or a callback run in place (on the file store's writer thread).
pub(crate) struct Completer<T>(Option<Resolve<T>>);

enum Resolve<T> {
    Channel(oneshot::Sender<Result<T>>),
    Call(Box<dyn FnOnce(Result<T>, bool) + Send>),
}

impl<T> Completer<T> {
    /// A completer that calls `f` with the result instead of waking a waiter.
    pub(crate) fn call(f: Box<dyn FnOnce(Result<T>, bool) + Send>) -> Self {
        Completer(Some(Resolve::Call(f)))
    }

    /// Whether resolving runs a callback (which wants to know the last of its commit).
    pub(crate) fn is_call(&self) -> bool {
        matches!(self.0, Some(Resolve::Call(_)))
    }

    /// Resolves the completion; a caller that stopped waiting is not an error.
    pub(crate) fn complete(self, result: Result<T>) {
        self.complete_in_commit(result, true);
    }

    /// Resolves the completion as one of a commit's; `last`: no callback of the commit follows.
    pub(crate) fn complete_in_commit(mut self, result: Result<T>, last: bool) {
        match self.0.take() {
            Some(Resolve::Channel(tx)) => {
                let _ = tx.send(result);
            }
            Some(Resolve::Call(f)) => f(result, last),
            None => {}
        }
    }
}

impl<T> Drop for Completer<T> {
    /// A completer dropped unresolved (the writer is gone) resolves to `Closed`, as a dropped
    /// channel does, so a callback is never lost.
    fn drop(&mut self) {
        if let Some(Resolve::Call(f)) = self.0.take() {
            f(Err(StoreError::Closed), true);
        }
    }
}

impl<T> Completion<T> {
    /// An already-resolved completion.
    pub fn ready(result: Result<T>) -> Self {
        Completion(CompletionInner::Ready(Some(result)))
    }

    /// A pending completion and the half that resolves it.
    pub(crate) fn pending() -> (Completer<T>, Self) {
        let (tx, rx) = oneshot::channel();
        (
            Completer(Some(Resolve::Channel(tx))),
            Completion(CompletionInner::Pending(rx)),
        )
    }

    /// Blocks the current thread until the operation completes. Must not be called from inside
    /// an async runtime (await the completion there instead).
    pub fn wait(self) -> Result<T> {
        match self.0 {
            CompletionInner::Ready(r) => r.unwrap_or(Err(StoreError::Closed)),
            CompletionInner::Pending(rx) => rx.blocking_recv().unwrap_or(Err(StoreError::Closed)),
        }
    }
}

// The value is only ever moved out, never pinned in place.
impl<T> Unpin for Completion<T> {}

impl<T> Completion<T> {
    /// The result if the operation has completed, without waiting.
    pub fn try_take(&mut self) -> Option<Result<T>> {
        match &mut self.0 {
            CompletionInner::Ready(r) => Some(r.take().unwrap_or(Err(StoreError::Closed))),
            CompletionInner::Pending(rx) => match rx.try_recv() {
                Ok(r) => Some(r),
                Err(oneshot::error::TryRecvError::Empty) => None,
                Err(oneshot::error::TryRecvError::Closed) => Some(Err(StoreError::Closed)),
            },
        }
    }
}

impl<T> Future for Completion<T> {
    type Output = Result<T>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Result<T>> {
        let this = self.get_mut();
        match &mut this.0 {
            CompletionInner::Ready(r) => Poll::Ready(r.take().unwrap_or(Err(StoreError::Closed))),
            CompletionInner::Pending(rx) => Pin::new(rx)
                .poll(cx)
                .map(|r| r.unwrap_or(Err(StoreError::Closed))),
        }
    }
}

/// The storage a stream writes through. Implementations are internally synchronised; share one
/// as `Arc<dyn StreamStore>`.
///
/// Sequences start at [`StoreConfig::first_seq`] and only grow (except [`Self::truncate`]).
/// Subjects passed as filters may hold wildcards; an empty filter or `>` matches everything.
pub trait StreamStore: Send + Sync {
    /// Which implementation this is.
    fn kind(&self) -> StorageKind;

    /// Stores a message, applying the limits: discard-new refusals resolve to
    /// [`StoreError::MaxMsgs`], [`StoreError::MaxBytes`] or [`StoreError::MaxMsgsPerSubject`];
    /// discard-old and per-subject removals happen in the same commit. Resolves with the
    /// assigned sequence and timestamp once durable under the store's [`SyncPolicy`]. Calls
    /// from one thread are stored in call order.
    fn store_msg(&self, msg: NewMsg) -> Completion<Stored>;

    /// [`Self::store_msg`], calling `then` with the result instead of returning a completion:
    /// the file store calls it on its writer thread right after the commit's fsync, saving the
    /// hand-over to a waiting task. `then` must not block (nor wait on this store); its second
    /// argument says whether it is the last such callback of its commit. Stores in call order
    /// with [`Self::store_msg`].
    fn store_msg_then(&self, msg: NewMsg, then: OnStored) {
        let mut c = self.store_msg(msg);
        match c.try_take() {
            Some(r) => then(r, true),
            None => {
                tokio::spawn(async move { then(c.await, true) });
            }
        }
    }

    /// Stores `msgs` as one atomic unit (an atomic batch, ADR-50): consecutive sequences,
    /// visible to readers together and durable together, or not stored at all. A refusal of any
    /// message (limits as in [`Self::store_msg`]) refuses the whole batch. The file store
    /// writes the batch in one commit, flagged so that recovery after a crash in the middle of
    /// it keeps none of it.
    fn store_batch(&self, msgs: Vec<NewMsg>) -> Completion<Vec<Stored>>;

    /// The message at `seq`: [`StoreError::Eof`] past the last sequence, [`StoreError::NotFound`]
    /// when deleted, [`StoreError::Corrupt`] when its record fails its checksum.
    fn load_msg(&self, seq: u64) -> Result<StoredMsg>;

    /// The first message at or after `start` whose subject matches `filter`;
    /// [`StoreError::Eof`] when there is none. A damaged match returns
    /// [`StoreError::Corrupt`]; continue from its sequence + 1.
    fn load_next_msg(&self, filter: &str, start: u64) -> Result<StoredMsg>;

    /// The newest message on `subject` (wildcards allowed), found through the per-subject
    /// index without scanning messages.
    fn load_last_msg(&self, subject: &str) -> Result<StoredMsg>;

    /// Removes the message at `seq`; resolves to whether it existed.
    fn remove_msg(&self, seq: u64) -> Completion<bool>;

    /// Removes the message at `seq` and overwrites its stored bytes; resolves to whether it
    /// existed.
    fn erase_msg(&self, seq: u64) -> Completion<bool>;

    /// Purges per `req` (upstream `PurgeEx` semantics); resolves to the number removed.
    fn purge(&self, req: PurgeRequest) -> Completion<u64>;

    /// Removes every message below `seq`; with `seq` past the end the stream becomes empty with
    /// its next sequence at `seq`. Resolves to the number removed.
    fn compact(&self, seq: u64) -> Completion<u64>;

    /// Removes every message above `seq` and makes `seq` the last sequence (used to roll back
    /// a replica).
    fn truncate(&self, seq: u64) -> Completion<()>;

    /// Removes messages older than max_age or past their TTL at time `now` (ns since the
    /// epoch) and says when to call again. The stream layer owns the timer.
    fn expire(&self, now: i64) -> Completion<Expired>;

    /// Replaces the limits and enforces them at once (a stream config update); resolves to the
    /// number of messages removed.
    fn update_limits(&self, limits: StreamLimits) -> Completion<u64>;

    /// Whether a message of this shape would be refused by discard-new right now, with the error
    /// [`Self::store_msg`] would give. Advisory: the decision that counts is taken in
    /// `store_msg`, atomically with the write.
    fn check_discard_new(&self, subject: &str, hdr_len: usize, payload_len: usize) -> Result<()>;

    /// The size a message counts for in `bytes` and max_bytes (upstream's per-storage formula).
    fn msg_size(&self, subject: &str, hdr_len: usize, payload_len: usize) -> u64;

    /// The stream's state.
    fn state(&self) -> StreamState;

    /// The deleted sequences between first and last (stream info `deleted`, on request).
    fn deleted(&self) -> Vec<u64>;

    /// Per-subject state for subjects matching `filter`.
    fn subjects_state(&self, filter: &str) -> BTreeMap<Arc<str>, SimpleState>;

    /// Per-subject message counts for subjects matching `filter`.
    fn subjects_totals(&self, filter: &str) -> BTreeMap<Arc<str>, u64> {
        self.subjects_state(filter)
            .into_iter()
            .map(|(s, st)| (s, st.msgs))
            .collect()
    }

    /// The last sequence of every subject matching `filter`, ascending: where a
    /// deliver-last-per-subject consumer starts, without building per-subject state.
    fn subjects_last(&self, filter: &str) -> Vec<u64> {
        let mut seqs: Vec<u64> = self
            .subjects_state(filter)
            .values()
            .map(|s| s.last)
            .collect();
        seqs.sort_unstable();
        seqs
    }

    /// Messages matching `filter` at or after `start` (consumer num_pending).
    fn filtered_state(&self, start: u64, filter: &str) -> SimpleState;

    /// The first sequence whose timestamp is `>= ts` (`last_seq + 1` if none): deliver policy
    /// by_start_time, dedupe window rebuild.
    fn seq_from_time(&self, ts: i64) -> u64;

    /// Damage found since open. Empty for the memory store.
    fn damage(&self) -> DamageReport;

    /// Whether [`Self::state`] counts writes that reads cannot see yet: the file store applies
    /// a commit to its index before the commit's bytes land, and loads only see it after.
    /// [`Self::sync`] resolves once they can.
    fn writes_in_flight(&self) -> bool {
        false
    }

    /// Resolves once everything submitted before it is durable (forces an fsync under
    /// [`SyncPolicy::Interval`]).
    fn sync(&self) -> Completion<()>;

    /// Finishes everything submitted, syncs and closes; later mutations fail with
    /// [`StoreError::Closed`]. Reads of what is held keep working.
    fn stop(&self) -> Completion<()>;
}

/// The current time in nanoseconds since the Unix epoch.
pub(crate) fn now_ns() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_nanos()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

/// Whether `filter` matches every subject.
pub(crate) fn is_match_all(filter: &str) -> bool {
    filter.is_empty() || filter == ">"
}

/// Whether literal `subject` matches `filter` (wildcards allowed).
pub(crate) fn subject_matches(filter: &str, subject: &str) -> bool {
    is_match_all(filter) || rnats_proto::subject::matches(filter.as_bytes(), subject.as_bytes())
}
