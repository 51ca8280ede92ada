//! Server-wide JetStream resource limits (`jetstream { max_memory_store, max_file_store }`),
//! enforced as upstream `server/jetstream.go` does for a standalone server:
//!
//! - **Reservations** (stream create and update, [`check_reservation`]): the `max_bytes` of every
//!   stream counts as reserved storage of its kind; a stream whose `max_bytes` does not fit next
//!   to the others is refused with 10028 (memory) or 10047 (file). A stream without `max_bytes`
//!   reserves nothing but still needs one free byte (upstream `checkBytesLimits`).
//! - **Usage** (publishes, [`Resources::check_publish`]): once the bytes stored by all streams
//!   of a kind exceed the limit, further publishes to streams of that kind get 10023
//!   "insufficient resources" (upstream `limitsExceeded`), and the server logs upstream's error
//!   line at most every 10 seconds. The publish that crosses the limit is still stored.
//!
//! The default limits (upstream `dynJetStreamConfig`) are 75% of the system memory and 75% of
//! the space available to the store directory; [`default_max_memory`] and [`disk_available`]
//! compute them.

use std::path::Path;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use super::errors::{ApiError, JsError};
use super::store::{StorageKind, Usage};

/// Upstream's memory limit when the system memory is unknown (`JetStreamMaxMemDefault`, 256 MiB).
const MAX_MEMORY_FALLBACK: i64 = 256 << 20;
/// Upstream's storage limit when the free space is unknown (`JetStreamMaxStoreDefault`, 1 TiB).
const MAX_STORE_FALLBACK: i64 = 1 << 40;
/// Least time between two "resource limits exceeded" log lines (upstream `resourcesExceededError`).
const ALERT_INTERVAL: Duration = Duration::from_secs(10);

/// The server's limits and the bytes its stores hold, per kind. Stores opened with
/// [`Resources::usage`] keep the counters current themselves, so the check on every publish
/// reads one atomic.
pub struct Resources {
    max_memory: i64,
    max_store: i64,
    memory_used: Usage,
    store_used: Usage,
    last_alert: Mutex<Option<Instant>>,
    ingest: IngestLimits,
    batch: BatchLimits,
    /// Bytes a batched direct get sends when it sets no `max_bytes`: the server's
    /// `max_pending`, as upstream.
    direct_max_bytes: i64,
}

/// Upstream's default `max_buffered_msgs` (`streamDefaultMaxQueueMsgs`).
pub const DEFAULT_MAX_BUFFERED_MSGS: u64 = 100_000;
/// Upstream's default `max_buffered_size` (`streamDefaultMaxQueueBytes`, 128 MiB).
pub const DEFAULT_MAX_BUFFERED_SIZE: usize = 128 << 20;

/// How much a stream's ingest queue may hold (nats-server 2.11+ `jetstream {
/// max_buffered_msgs, max_buffered_size }`): messages delivered to the stream and not yet
/// handed to its store. A publish arriving over either limit is refused, with upstream's 429
/// "too many requests" (10167) to a publisher that asked for an ack.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IngestLimits {
    /// Most messages queued.
    pub max_msgs: u64,
    /// Most bytes queued.
    pub max_bytes: usize,
}

/// `jetstream { limits { batch { ... } } }` (upstream `JSLimitOpts`): each `None` (or a value
/// of 0 or less) keeps upstream's default for the kind of batch.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct BatchLimits {
    /// `max_inflight_per_stream`: open batches per stream.
    pub max_inflight_per_stream: Option<usize>,
    /// `max_inflight_total`: open batches per server.
    pub max_inflight_total: Option<i64>,
    /// `max_msgs`: messages in one atomic batch.
    pub max_msgs: Option<u64>,
    /// `timeout`: how long a batch may wait for its next message.
    pub timeout: Option<std::time::Duration>,
}

/// `jetstream { limits { max_ack_pending, max_request_batch, duplicate_window } }` (upstream
/// `JSLimitOpts`): bounds on what stream and consumer configs may ask for. 0 (or less) is no
/// limit. `max_ha_assets` is not here: it bounds replicated (R>1) assets, which a server
/// without clustering refuses anyway.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ConfigLimits {
    /// `max_ack_pending`: the most a consumer may ask for, and the cap of its default.
    pub max_ack_pending: i64,
    /// `max_request_batch`: the most a pull consumer's `max_batch` may be, and its default.
    pub max_request_batch: i64,
    /// `duplicate_window` in ns: the longest a stream's duplicate window may be, and the cap
    /// of its default.
    pub duplicates: i64,
}

impl BatchLimits {
    /// Open batches per stream: the configured bound, else `default`.
    pub fn per_stream(&self, default: usize) -> usize {
        self.max_inflight_per_stream.unwrap_or(default)
    }

    /// Open batches per server: the configured bound, else `default`.
    pub fn total(&self, default: i64) -> i64 {
        self.max_inflight_total.unwrap_or(default)
    }

    /// Messages per atomic batch: the configured bound, else `default`.
    pub fn size(&self, default: u64) -> u64 {
        self.max_msgs.unwrap_or(default)
    }

    /// Idle timeout of a batch: the configured one, else `default`.
    pub fn timeout(&self, default: std::time::Duration) -> std::time::Duration {
        self.timeout.unwrap_or(default)
    }
}

impl Default for IngestLimits {
    fn default() -> Self {
        IngestLimits {
            max_msgs: DEFAULT_MAX_BUFFERED_MSGS,
            max_bytes: DEFAULT_MAX_BUFFERED_SIZE,
        }
    }
}

impl IngestLimits {
    /// The limits from the configured values: 0 takes upstream's default, a negative value
    /// means no limit.
    pub fn from_options(msgs: i64, size: i64) -> IngestLimits {
        IngestLimits {
            max_msgs: match msgs {
                0 => DEFAULT_MAX_BUFFERED_MSGS,
                n => u64::try_from(n).unwrap_or(u64::MAX),
            },
            max_bytes: match size {
                0 => DEFAULT_MAX_BUFFERED_SIZE,
                n => usize::try_from(n).unwrap_or(usize::MAX),
            },
        }
    }

    /// Why a queue holding `msgs` messages and `bytes` bytes takes no more (upstream's
    /// ipQueue error text), if it is full.
    pub fn exceeded(&self, msgs: u64, bytes: usize) -> Option<&'static str> {
        if msgs >= self.max_msgs {
            Some("IPQ len limit reached")
        } else if bytes >= self.max_bytes {
            Some("IPQ size limit reached")
        } else {
            None
        }
    }
}

impl std::fmt::Debug for Resources {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Resources")
            .field("max_memory", &self.max_memory)
            .field("max_store", &self.max_store)
            .finish()
    }
}

impl Resources {
    /// Limits in bytes: memory storage and file storage.
    pub fn new(max_memory: i64, max_store: i64) -> Self {
        Resources {
            max_memory,
            max_store,
            memory_used: Usage::default(),
            store_used: Usage::default(),
            last_alert: Mutex::new(None),
            ingest: IngestLimits::default(),
            batch: BatchLimits::default(),
            direct_max_bytes: 64 << 20,
        }
    }

    /// The same with the server's `max_pending` as batched direct gets' default byte budget.
    pub fn with_direct_max_bytes(mut self, max_pending: usize) -> Self {
        self.direct_max_bytes = i64::try_from(max_pending).unwrap_or(i64::MAX);
        self
    }

    /// The byte budget of a batched direct get that sets no `max_bytes`.
    pub fn direct_max_bytes(&self) -> i64 {
        self.direct_max_bytes
    }

    /// The same with the batch publishing bounds.
    pub fn with_batch(mut self, batch: BatchLimits) -> Self {
        self.batch = batch;
        self
    }

    /// The batch publishing bounds.
    pub fn batch(&self) -> BatchLimits {
        self.batch
    }

    /// The same with streams' ingest queue limits.
    pub fn with_ingest(mut self, ingest: IngestLimits) -> Self {
        self.ingest = ingest;
        self
    }

    /// Streams' ingest queue limits.
    pub fn ingest(&self) -> IngestLimits {
        self.ingest
    }

    /// The limit for `kind`, in bytes.
    pub fn max(&self, kind: StorageKind) -> i64 {
        match kind {
            StorageKind::Memory => self.max_memory,
            StorageKind::File => self.max_store,
        }
    }

    /// The counter a store of `kind` keeps its bytes in (`StoreConfig::usage`); a store stops
    /// counting when it is stopped or dropped.
    pub fn usage(&self, kind: StorageKind) -> Usage {
        match kind {
            StorageKind::Memory => self.memory_used.clone(),
            StorageKind::File => self.store_used.clone(),
        }
    }

    /// Bytes stored by all streams of `kind`.
    pub fn used(&self, kind: StorageKind) -> u64 {
        match kind {
            StorageKind::Memory => self.memory_used.get(),
            StorageKind::File => self.store_used.get(),
        }
    }

    /// Refuses a publish to a stream of `kind` once the stored bytes exceed the limit
    /// (10023), logging upstream's error line at most every 10 seconds.
    pub fn check_publish(&self, kind: StorageKind) -> Result<(), ApiError> {
        let used = i64::try_from(self.used(kind)).unwrap_or(i64::MAX);
        if used <= self.max(kind) {
            return Ok(());
        }
        let mut last = self.last_alert.lock().unwrap_or_else(|e| e.into_inner());
        if last.is_none_or(|t| t.elapsed() > ALERT_INTERVAL) {
            *last = Some(Instant::now());
            crate::log_error!(
                "JetStream {} resource limits exceeded for server",
                kind_name(kind)
            );
        }
        Err(ApiError::new(JsError::InsufficientResources))
    }
}

/// `memory` or `file`, as upstream's log lines name a storage type.
fn kind_name(kind: StorageKind) -> &'static str {
    match kind {
        StorageKind::Memory => "memory",
        StorageKind::File => "file",
    }
}

/// Whether `add` more bytes of `kind` can be reserved next to `reserved` under `max` (upstream
/// `checkBytesLimits` with `checkServer`): a negative `add` (no `max_bytes`) still needs one
/// byte. Refusals are 10028 (memory) and 10047 (file).
pub fn check_reservation(
    kind: StorageKind,
    max: i64,
    reserved: i64,
    add: i64,
) -> Result<(), ApiError> {
    let add = if add < 0 { 1 } else { add };
    if reserved > max || add > max - reserved {
        return Err(ApiError::new(match kind {
            StorageKind::Memory => JsError::MemoryResourcesExceeded,
            StorageKind::File => JsError::StorageResourcesExceeded,
        }));
    }
    Ok(())
}

/// 75% of the system's memory (`/proc/meminfo` MemTotal, what upstream's `sysinfo(2)` reports);
/// 256 MiB when it cannot be read, as upstream.
pub fn default_max_memory() -> i64 {
    let total_kb = std::fs::read_to_string("/proc/meminfo").ok().and_then(|s| {
        s.lines()
            .find_map(|l| l.strip_prefix("MemTotal:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<i64>().ok())
    });
    match total_kb {
        Some(kb) if kb > 0 => kb.saturating_mul(1024) / 4 * 3,
        _ => MAX_MEMORY_FALLBACK,
    }
}

/// 75% of the space available to unprivileged users on the file system holding `dir` (or its
/// nearest existing ancestor, so nothing is created here), as upstream `diskAvailable`; 1 TiB
/// when it cannot be determined.
pub fn disk_available(dir: &Path) -> i64 {
    let existing = dir.ancestors().find(|d| d.exists());
    existing
        .and_then(statvfs_available)
        .map_or(MAX_STORE_FALLBACK, |avail| {
            i64::try_from(avail / 4 * 3).unwrap_or(i64::MAX)
        })
}

/// Bytes available to unprivileged users (`f_bavail * f_bsize`, upstream's `Statfs` formula).
#[cfg(unix)]
fn statvfs_available(dir: &Path) -> Option<u64> {
    let st = rustix::fs::statvfs(dir).ok()?;
    st.f_bavail.checked_mul(st.f_bsize)
}

/// Not known on this platform: the caller falls back to upstream's default.
#[cfg(not(unix))]
fn statvfs_available(_dir: &Path) -> Option<u64> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::jetstream::store::{MemoryStore, NewMsg, StoreConfig, StreamStore as _};

    #[test]
    fn reservations_like_upstream() {
        let f = StorageKind::File;
        assert!(check_reservation(f, 1000, 0, 1000).is_ok());
        assert!(check_reservation(f, 1000, 400, 600).is_ok());
        let e = check_reservation(f, 1000, 400, 601).expect_err("over");
        assert_eq!((e.code, e.err_code), (500, 10047));
        assert_eq!(e.description, "insufficient storage resources available");
        // No max_bytes: needs one free byte.
        assert!(check_reservation(f, 1000, 999, -1).is_ok());
        assert!(check_reservation(f, 1000, 1000, -1).is_err());
        // An update that does not grow max_bytes adds 0.
        assert!(check_reservation(f, 1000, 1000, 0).is_ok());
        assert!(check_reservation(f, 1000, 1001, 0).is_err());
        let e = check_reservation(StorageKind::Memory, 0, 0, -1).expect_err("zero limit");
        assert_eq!((e.code, e.err_code), (500, 10028));
        assert_eq!(e.description, "insufficient memory resources available");
    }

    #[tokio::test]
    async fn publishes_refused_once_usage_exceeds_the_limit() {
        let r = Resources::new(100, 1 << 20);
        let store = MemoryStore::new(StoreConfig {
            usage: Some(r.usage(StorageKind::Memory)),
            ..StoreConfig::default()
        });
        assert!(r.check_publish(StorageKind::Memory).is_ok());
        store
            .store_msg(NewMsg::new("s", vec![0u8; 80]))
            .await
            .expect("store");
        // 80 + 1 + 16 = 97 bytes: not over yet.
        assert_eq!(r.used(StorageKind::Memory), 97);
        assert!(r.check_publish(StorageKind::Memory).is_ok());
        store
            .store_msg(NewMsg::new("s", vec![0u8; 10]))
            .await
            .expect("store");
        let e = r.check_publish(StorageKind::Memory).expect_err("over");
        assert_eq!((e.code, e.err_code), (503, 10023));
        assert_eq!(e.description, "insufficient resources");
        assert!(r.check_publish(StorageKind::File).is_ok());
        drop(store);
        assert_eq!(
            r.used(StorageKind::Memory),
            0,
            "a dropped store releases its bytes"
        );
    }

    #[test]
    fn defaults() {
        assert!(default_max_memory() > 0);
        let dir = tempfile::tempdir().expect("dir");
        let avail = disk_available(&dir.path().join("not/yet/there"));
        assert!(avail > 0);
        assert!(!dir.path().join("not").exists(), "nothing is created");
    }

    #[test]
    fn ingest_limits_from_options() {
        assert_eq!(IngestLimits::from_options(0, 0), IngestLimits::default());
        let l = IngestLimits::from_options(5, 1024);
        assert_eq!((l.max_msgs, l.max_bytes), (5, 1024));
        let unlimited = IngestLimits::from_options(-1, i64::MIN);
        assert_eq!(unlimited.max_msgs, u64::MAX);
        assert_eq!(unlimited.max_bytes, usize::MAX);
        assert_eq!(l.exceeded(4, 1023), None);
        assert_eq!(l.exceeded(5, 0), Some("IPQ len limit reached"));
        assert_eq!(l.exceeded(0, 1024), Some("IPQ size limit reached"));
        assert_eq!(unlimited.exceeded(u64::MAX - 1, usize::MAX - 1), None);
    }
}
