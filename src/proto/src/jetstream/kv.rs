//! The Key-Value store of ADR-8 over a [`JetStream`] context, interoperable with every other
//! NATS client: bucket `B` is stream `KV_B` capturing `$KV.B.>`, a key's revision is its
//! message's stream sequence, and the operation travels in the `KV-Operation` header.
//!
//! - Writes are JetStream publishes to `$KV.B.<key>`: put (no header), create and update
//!   (`Nats-Expected-Last-Subject-Sequence`, 0 for "no value yet"), delete (`KV-Operation:
//!   DEL`, history kept), purge (`KV-Operation: PURGE` plus `Nats-Rollup: sub`, history
//!   dropped), with an optional per-key `Nats-TTL` (ADR-48).
//! - Reads are direct gets (`$JS.API.DIRECT.GET.KV_B.$KV.B.<key>` for the latest value, a
//!   `{"seq":N}` body for a revision) when the bucket allows them, `STREAM.MSG.GET` otherwise.
//! - Watches, histories, key listings and purge-deletes read through an
//!   [`OrderedConsumer`] filtered on the key (default: the last value of every key, then
//!   updates); the end of the initial data is the first message with nothing pending, or
//!   at once when there was nothing to deliver.
//!
//! Bucket creation builds the stream config upstream clients build (see
//! [`KvConfig::stream_config`]). Mirrored and sourced buckets (ADR-57) are not handled here.

use std::collections::BTreeMap;
use std::time::Duration;

use bytes::Bytes;
use chrono::{DateTime, Utc};

use super::api::{ApiError, MsgGetRequest, PurgeRequest, StreamInfo};
use super::config::{Compression, DeliverPolicy, Discard, Storage, StreamConfig};
use super::context::{JetStream, JetStreamError};
use super::ordered::{OrderedConsumer, OrderedMsg};
use crate::client::ClientError;
use crate::HeaderMap;

/// The most history a bucket may keep per key.
pub const MAX_HISTORY: i64 = 64;
/// Header carrying the operation of a delete or purge.
pub const KV_OPERATION: &str = "KV-Operation";
/// Header of the expected last revision of a key.
pub const EXPECTED_LAST_SUBJECT_SEQUENCE: &str = "Nats-Expected-Last-Subject-Sequence";
/// Header asking the stream to drop a subject's older messages.
pub const ROLLUP: &str = "Nats-Rollup";
/// Per-message TTL header (ADR-43).
pub const MSG_TTL: &str = "Nats-TTL";
/// Header of server-written delete markers (ADR-43).
pub const MARKER_REASON: &str = "Nats-Marker-Reason";
/// `err_code` of "wrong last sequence".
const WRONG_LAST_SEQUENCE: u16 = 10071;
/// `err_code` of "stream not found".
const STREAM_NOT_FOUND: u16 = 10059;
/// `err_code` of "no message found".
const NO_MESSAGE_FOUND: u16 = 10037;
/// The duplicate window of a bucket without TTL (nats.go: 2 minutes).
const DEFAULT_DUPLICATE_WINDOW: Duration = Duration::from_secs(120);

/// Everything a Key-Value call can fail with; texts are nats.go's.
#[derive(Debug, thiserror::Error)]
pub enum KvError {
    /// A bucket name outside `[A-Za-z0-9_-]+`.
    #[error("nats: invalid bucket name")]
    InvalidBucket,
    /// A key outside `[-/_=.A-Za-z0-9]+`, or starting or ending with `.`.
    #[error("nats: invalid key")]
    InvalidKey,
    /// No stream `KV_<bucket>`.
    #[error("nats: bucket not found")]
    BucketNotFound,
    /// The stream exists but is no Key-Value bucket.
    #[error("nats: invalid bucket")]
    BadBucket,
    /// No value (or only a delete marker) for the key, or no such revision.
    #[error("nats: key not found")]
    KeyNotFound,
    /// `create` on a key that has a value.
    #[error("nats: key exists")]
    KeyExists,
    /// `--history` above 64.
    #[error("nats: history limited to a max of 64")]
    HistoryTooLarge,
    /// A configuration value out of range.
    #[error("nats: {0}")]
    InvalidConfig(String),
    /// The JetStream call failed (API error, timeout, connection).
    #[error(transparent)]
    JetStream(#[from] JetStreamError),
}

impl From<ClientError> for KvError {
    fn from(e: ClientError) -> Self {
        KvError::JetStream(e.into())
    }
}

/// Result of Key-Value calls.
pub type Result<T, E = KvError> = std::result::Result<T, E>;

/// Whether `name` is a valid bucket name (ADR-8 `restricted-term`).
pub fn is_valid_bucket(name: &str) -> bool {
    !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

/// Whether `key` is a valid key: `[-/_=.A-Za-z0-9]+`, not starting or ending with `.`; with
/// `filter`, the wildcards `*` and `>` are allowed as whole tokens.
pub fn is_valid_key(key: &str, filter: bool) -> bool {
    if key.is_empty() || key.starts_with('.') || key.ends_with('.') {
        return false;
    }
    key.split('.').all(|token| {
        !token.is_empty()
            && (filter && (token == "*" || token == ">")
                || token.bytes().all(|b| {
                    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'/' | b'_' | b'=' | b'.')
                }))
    })
}

/// A bucket's settings, as `nats kv add` takes them.
#[derive(Debug, Clone, PartialEq)]
pub struct KvConfig {
    /// Bucket name.
    pub bucket: String,
    /// Free text.
    pub description: String,
    /// Values kept per key (1..=64).
    pub history: i64,
    /// Bucket TTL: values older than this expire (zero: never).
    pub ttl: Duration,
    /// Largest value accepted, -1 unlimited.
    pub max_value_size: i64,
    /// Largest bucket, -1 unlimited.
    pub max_bytes: i64,
    /// Storage backend.
    pub storage: Storage,
    /// Replicas.
    pub replicas: i64,
    /// S2 compression of the stream.
    pub compression: bool,
    /// Per-key TTLs and limit markers kept this long (zero: off).
    pub limit_marker_ttl: Duration,
    /// Free-form metadata.
    pub metadata: BTreeMap<String, String>,
    /// Placement (`{"cluster":...,"tags":[...]}`), passed through.
    pub placement: serde_json::Value,
    /// Republish (`{"src":...,"dest":...,"headers_only":...}`), passed through.
    pub republish: serde_json::Value,
    /// The bucket mirrors another (a StreamSource; its `name` a bucket or `KV_` stream name).
    pub mirror: serde_json::Value,
    /// Buckets sourced into this one (StreamSources).
    pub sources: Vec<serde_json::Value>,
}

impl Default for KvConfig {
    fn default() -> Self {
        KvConfig {
            bucket: String::new(),
            description: String::new(),
            history: 1,
            ttl: Duration::ZERO,
            max_value_size: -1,
            max_bytes: -1,
            storage: Storage::File,
            replicas: 1,
            compression: false,
            limit_marker_ttl: Duration::ZERO,
            metadata: BTreeMap::new(),
            placement: serde_json::Value::Null,
            republish: serde_json::Value::Null,
            mirror: serde_json::Value::Null,
            sources: Vec::new(),
        }
    }
}

impl KvConfig {
    /// A config for `bucket` with upstream's defaults (history 1, no limits, file storage).
    pub fn new(bucket: impl Into<String>) -> KvConfig {
        KvConfig {
            bucket: bucket.into(),
            ..KvConfig::default()
        }
    }

    /// The stream config upstream clients create for this bucket: `KV_<bucket>` on
    /// `$KV.<bucket>.>`, `max_msgs_per_subject` = history, `max_age` = TTL, discard new,
    /// rollups allowed, deletes denied, direct gets allowed, duplicate window min(TTL, 2m),
    /// and with limit markers `allow_msg_ttl` and `subject_delete_marker_ttl`.
    pub fn stream_config(&self) -> Result<StreamConfig> {
        if !is_valid_bucket(&self.bucket) {
            return Err(KvError::InvalidBucket);
        }
        if self.history > MAX_HISTORY {
            return Err(KvError::HistoryTooLarge);
        }
        if self.history < 1 {
            return Err(KvError::InvalidConfig("history must be at least 1".into()));
        }
        if !self.limit_marker_ttl.is_zero() && self.limit_marker_ttl < Duration::from_secs(1) {
            return Err(KvError::InvalidConfig(
                "limit marker TTL must be at least 1s".into(),
            ));
        }
        let ttl = nanos(self.ttl);
        let duplicate_window = if !self.ttl.is_zero() && self.ttl < DEFAULT_DUPLICATE_WINDOW {
            ttl
        } else {
            nanos(DEFAULT_DUPLICATE_WINDOW)
        };
        // As the official clients: a mirror has no subjects of its own and serves direct gets
        // for its origin; a source's `$KV.<origin>.>` becomes this bucket's subjects.
        let mirror = match &self.mirror {
            serde_json::Value::Null => serde_json::Value::Null,
            m => {
                let mut m = m.clone();
                if let Some(name) = m.get("name").and_then(|n| n.as_str()) {
                    m["name"] = stream_name(bucket_of(name)).into();
                }
                m
            }
        };
        let sources: Vec<serde_json::Value> = self
            .sources
            .iter()
            .map(|src| {
                let mut src = src.clone();
                let name = src.get("name").and_then(|n| n.as_str()).unwrap_or("");
                let origin = bucket_of(name).to_string();
                src["name"] = stream_name(&origin).into();
                if src.get("external").is_none_or(|e| e.is_null()) || origin != self.bucket {
                    src["subject_transforms"] = serde_json::json!([{
                        "src": format!("$KV.{origin}.>"),
                        "dest": format!("$KV.{}.>", self.bucket),
                    }]);
                }
                src
            })
            .collect();
        Ok(StreamConfig {
            name: stream_name(&self.bucket),
            description: self.description.clone(),
            subjects: if mirror.is_null() {
                vec![format!("$KV.{}.>", self.bucket)]
            } else {
                Vec::new()
            },
            mirror_direct: !mirror.is_null(),
            mirror,
            sources: if sources.is_empty() {
                serde_json::Value::Null
            } else {
                serde_json::Value::Array(sources)
            },
            max_msgs_per_subject: self.history,
            max_bytes: if self.max_bytes == 0 {
                -1
            } else {
                self.max_bytes
            },
            max_age: ttl,
            max_msg_size: if self.max_value_size == 0 {
                -1
            } else {
                self.max_value_size
            },
            max_msgs: -1,
            max_consumers: -1,
            storage: self.storage,
            num_replicas: self.replicas.max(1),
            allow_rollup_hdrs: true,
            deny_delete: true,
            duplicate_window,
            allow_direct: true,
            discard: Discard::New,
            compression: if self.compression {
                Compression::S2
            } else {
                Compression::None
            },
            allow_msg_ttl: !self.limit_marker_ttl.is_zero(),
            subject_delete_marker_ttl: nanos(self.limit_marker_ttl),
            metadata: self.metadata.clone(),
            placement: self.placement.clone(),
            republish: self.republish.clone(),
            ..StreamConfig::default()
        })
    }

    /// The bucket's settings read back from its stream config.
    pub fn from_stream(cfg: &StreamConfig) -> KvConfig {
        KvConfig {
            bucket: bucket_of(&cfg.name).to_string(),
            description: cfg.description.clone(),
            history: cfg.max_msgs_per_subject,
            ttl: duration(cfg.max_age),
            max_value_size: cfg.max_msg_size,
            max_bytes: cfg.max_bytes,
            storage: cfg.storage,
            replicas: cfg.num_replicas,
            compression: cfg.compression == Compression::S2,
            limit_marker_ttl: duration(cfg.subject_delete_marker_ttl),
            metadata: cfg.metadata.clone(),
            placement: cfg.placement.clone(),
            republish: cfg.republish.clone(),
            mirror: cfg.mirror.clone(),
            sources: cfg.sources.as_array().cloned().unwrap_or_default(),
        }
    }
}

fn nanos(d: Duration) -> i64 {
    i64::try_from(d.as_nanos()).unwrap_or(i64::MAX)
}

fn duration(ns: i64) -> Duration {
    Duration::from_nanos(ns.max(0).unsigned_abs())
}

/// The stream of bucket `bucket`: `KV_<bucket>`.
pub fn stream_name(bucket: &str) -> String {
    format!("KV_{bucket}")
}

/// The bucket of stream `stream` (`KV_` dropped).
pub fn bucket_of(stream: &str) -> &str {
    stream.strip_prefix("KV_").unwrap_or(stream)
}

/// Creates a bucket (creating an identical one again succeeds) and returns its handle.
pub async fn create_bucket(js: &JetStream, cfg: &KvConfig) -> Result<Store> {
    let scfg = cfg.stream_config()?;
    let info = js.create_stream(&scfg).await?;
    Ok(Store::from_info(js, &info))
}

/// Changes a bucket's settings.
pub async fn update_bucket(js: &JetStream, cfg: &KvConfig) -> Result<Store> {
    let scfg = cfg.stream_config()?;
    let info = js.update_stream(&scfg).await.map_err(not_found)?;
    Ok(Store::from_info(js, &info))
}

/// Deletes a bucket and every value in it.
pub async fn delete_bucket(js: &JetStream, bucket: &str) -> Result<()> {
    if !is_valid_bucket(bucket) {
        return Err(KvError::InvalidBucket);
    }
    js.delete_stream(&stream_name(bucket))
        .await
        .map_err(not_found)
}

/// The handle of an existing bucket.
pub async fn bucket(js: &JetStream, bucket: &str) -> Result<Store> {
    if !is_valid_bucket(bucket) {
        return Err(KvError::InvalidBucket);
    }
    let info = js
        .stream_info(&stream_name(bucket))
        .await
        .map_err(not_found)?;
    // nats.go: a Key-Value stream keeps at least one message per subject.
    if info.config.max_msgs_per_subject < 1 {
        return Err(KvError::BadBucket);
    }
    Ok(Store::from_info(js, &info))
}

/// Every bucket's stream info (streams named `KV_*`).
pub async fn buckets(js: &JetStream) -> Result<Vec<StreamInfo>> {
    let all = js.streams(None).await?;
    Ok(all
        .into_iter()
        .filter(|s| s.config.name.starts_with("KV_"))
        .collect())
}

fn not_found(e: JetStreamError) -> KvError {
    if e.err_code() == Some(STREAM_NOT_FOUND) {
        KvError::BucketNotFound
    } else {
        KvError::JetStream(e)
    }
}

/// What an entry records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Operation {
    /// A value.
    Put,
    /// A delete marker (history kept).
    Delete,
    /// A purge marker (history dropped).
    Purge,
}

impl Operation {
    /// natscli's name: `PUT`, `DELETE`, `PURGE`.
    pub fn as_str(self) -> &'static str {
        match self {
            Operation::Put => "PUT",
            Operation::Delete => "DELETE",
            Operation::Purge => "PURGE",
        }
    }

    /// The operation of a message's headers: `KV-Operation: DEL|PURGE`, or a server marker
    /// (`Nats-Marker-Reason: MaxAge|Purge` purges, `Remove` deletes).
    pub fn from_headers(headers: Option<&HeaderMap>) -> Operation {
        let Some(h) = headers else {
            return Operation::Put;
        };
        match h.get(KV_OPERATION) {
            Some("DEL") => return Operation::Delete,
            Some("PURGE") => return Operation::Purge,
            _ => {}
        }
        match h.get(MARKER_REASON) {
            Some("MaxAge") | Some("Purge") => Operation::Purge,
            Some("Remove") => Operation::Delete,
            _ => Operation::Put,
        }
    }
}

/// One revision of a key.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// Bucket name.
    pub bucket: String,
    /// Key.
    pub key: String,
    /// Value (empty for delete and purge markers).
    pub value: Bytes,
    /// Revision: the message's stream sequence.
    pub revision: u64,
    /// When it was written.
    pub created: DateTime<Utc>,
    /// Messages after this one still to come (watches and histories; 0 for gets).
    pub delta: u64,
    /// The operation.
    pub operation: Operation,
}

/// What a [`Watcher`] yields.
#[derive(Debug, Clone, PartialEq)]
pub enum WatchEvent {
    /// A revision.
    Entry(Entry),
    /// Every value present when the watch started has been delivered (nats.go's `nil`).
    EndOfInitialData,
}

/// Options of [`Store::watch`].
#[derive(Debug, Clone, Copy, Default)]
pub struct WatchOptions {
    /// Every revision still kept, not just the last of each key.
    pub include_history: bool,
    /// Skip delete and purge markers.
    pub ignore_deletes: bool,
    /// Only values written from now on.
    pub updates_only: bool,
    /// Only keys, no values (`headers_only`).
    pub meta_only: bool,
    /// Start at this revision (0: not set).
    pub resume_from_revision: u64,
}

/// A Key-Value bucket.
#[derive(Debug, Clone)]
pub struct Store {
    js: JetStream,
    bucket: String,
    stream: String,
    /// `$KV.<bucket>.`
    prefix: String,
    direct: bool,
}

impl Store {
    fn from_info(js: &JetStream, info: &StreamInfo) -> Store {
        let bucket = bucket_of(&info.config.name).to_string();
        // nats.go: a mirror bucket holds (and writes to) its origin's `$KV.<origin>.` keys.
        let keys_of = info
            .config
            .mirror
            .get("name")
            .and_then(|n| n.as_str())
            .map_or(bucket.as_str(), bucket_of);
        Store {
            js: js.clone(),
            prefix: format!("$KV.{keys_of}."),
            stream: info.config.name.clone(),
            direct: info.config.allow_direct,
            bucket,
        }
    }

    /// The bucket name.
    pub fn bucket(&self) -> &str {
        &self.bucket
    }

    /// The backing stream's info (config and state).
    pub async fn status(&self) -> Result<StreamInfo> {
        self.js.stream_info(&self.stream).await.map_err(not_found)
    }

    fn subject(&self, key: &str) -> Result<String> {
        if !is_valid_key(key, false) {
            return Err(KvError::InvalidKey);
        }
        Ok(format!("{}{key}", self.prefix))
    }

    /// The latest value of `key`; a deleted or purged key is [`KvError::KeyNotFound`].
    pub async fn get(&self, key: &str) -> Result<Entry> {
        let e = self.get_raw(key, 0).await?;
        if e.operation != Operation::Put {
            return Err(KvError::KeyNotFound);
        }
        Ok(e)
    }

    /// Revision `revision` of `key`; a marker is [`KvError::KeyNotFound`].
    pub async fn get_revision(&self, key: &str, revision: u64) -> Result<Entry> {
        let e = self.get_raw(key, revision.max(1)).await?;
        if e.operation != Operation::Put {
            return Err(KvError::KeyNotFound);
        }
        Ok(e)
    }

    /// The latest entry of `key` (revision 0) or the given revision, markers included.
    pub async fn get_raw(&self, key: &str, revision: u64) -> Result<Entry> {
        let subject = self.subject(key)?;
        let (msg_subject, seq, created, headers, value) = if self.direct {
            let (op, body) = if revision == 0 {
                (
                    format!("DIRECT.GET.{}.{subject}", self.stream),
                    Bytes::new(),
                )
            } else {
                let body = serde_json::to_vec(&MsgGetRequest::seq(revision))
                    .map_err(|e| JetStreamError::Decode(e.to_string()))?;
                (format!("DIRECT.GET.{}", self.stream), Bytes::from(body))
            };
            let msg = self
                .js
                .client()
                .request_with(
                    format!("{}.{op}", self.js.prefix()),
                    None,
                    body,
                    self.js.timeout(),
                )
                .await
                .map_err(JetStreamError::from)?;
            match msg.status() {
                Some(404) => return Err(KvError::KeyNotFound),
                Some(code) if code >= 300 => {
                    return Err(KvError::JetStream(JetStreamError::Status {
                        code,
                        description: msg.description().unwrap_or_default().to_string(),
                    }))
                }
                _ => {}
            }
            let h = msg.headers.clone().unwrap_or_default();
            let seq = h
                .get("Nats-Sequence")
                .and_then(|s| s.parse::<u64>().ok())
                .ok_or_else(|| JetStreamError::Decode("direct get without Nats-Sequence".into()))?;
            let created = h
                .get("Nats-Time-Stamp")
                .and_then(parse_time)
                .unwrap_or_default();
            let msg_subject = h.get("Nats-Subject").unwrap_or_default().to_string();
            (msg_subject, seq, created, msg.headers, msg.payload)
        } else {
            let req = if revision == 0 {
                MsgGetRequest::last_for(subject.clone())
            } else {
                MsgGetRequest::seq(revision)
            };
            let m = match self.js.get_msg(&self.stream, &req).await {
                Ok(m) => m,
                Err(e) if e.err_code() == Some(NO_MESSAGE_FOUND) => {
                    return Err(KvError::KeyNotFound)
                }
                Err(e) => return Err(e.into()),
            };
            let headers = m.headers();
            let created = parse_time(&m.time).unwrap_or_default();
            (m.subject, m.seq, created, headers, Bytes::from(m.data))
        };
        if msg_subject != subject {
            return Err(KvError::KeyNotFound);
        }
        Ok(Entry {
            bucket: self.bucket.clone(),
            key: key.to_string(),
            operation: Operation::from_headers(headers.as_ref()),
            value,
            revision: seq,
            created,
            delta: 0,
        })
    }

    async fn publish(&self, key: &str, headers: Option<HeaderMap>, value: Bytes) -> Result<u64> {
        let subject = self.subject(key)?;
        let ack = self
            .js
            .publish_with_headers(subject, headers, value)
            .await?;
        Ok(ack.seq)
    }

    /// Writes a value; returns its revision.
    pub async fn put(&self, key: &str, value: Bytes) -> Result<u64> {
        self.publish(key, None, value).await
    }

    /// Writes a value only when `key` has none (never written, or deleted or purged last);
    /// `ttl` sets a per-key TTL. Returns the revision.
    pub async fn create(&self, key: &str, value: Bytes, ttl: Option<Duration>) -> Result<u64> {
        match self.update_with_ttl(key, value.clone(), 0, ttl).await {
            Ok(rev) => Ok(rev),
            Err(KvError::JetStream(e)) if e.err_code() == Some(WRONG_LAST_SEQUENCE) => {
                match self.get_raw(key, 0).await {
                    Ok(last) if last.operation != Operation::Put => {
                        self.update_with_ttl(key, value, last.revision, ttl).await
                    }
                    Ok(_) => Err(KvError::KeyExists),
                    Err(KvError::KeyNotFound) => Err(KvError::JetStream(e)),
                    Err(other) => Err(other),
                }
            }
            Err(e) => Err(e),
        }
    }

    /// Writes a value only when the key's latest revision is `last` (compare-and-set).
    pub async fn update(&self, key: &str, value: Bytes, last: u64) -> Result<u64> {
        self.update_with_ttl(key, value, last, None).await
    }

    async fn update_with_ttl(
        &self,
        key: &str,
        value: Bytes,
        last: u64,
        ttl: Option<Duration>,
    ) -> Result<u64> {
        let mut h = HeaderMap::new();
        insert(&mut h, EXPECTED_LAST_SUBJECT_SEQUENCE, &last.to_string())?;
        if let Some(ttl) = ttl.filter(|t| !t.is_zero()) {
            insert(&mut h, MSG_TTL, &crate::kit::format::duration_string(ttl))?;
        }
        self.publish(key, Some(h), value).await
    }

    /// Writes a delete marker (the history stays).
    pub async fn delete(&self, key: &str) -> Result<u64> {
        let mut h = HeaderMap::new();
        insert(&mut h, KV_OPERATION, "DEL")?;
        self.publish(key, Some(h), Bytes::new()).await
    }

    /// Writes a purge marker that replaces the key's history; `ttl` removes the marker too
    /// after that long.
    pub async fn purge(&self, key: &str, ttl: Option<Duration>) -> Result<u64> {
        let mut h = HeaderMap::new();
        insert(&mut h, KV_OPERATION, "PURGE")?;
        insert(&mut h, ROLLUP, "sub")?;
        if let Some(ttl) = ttl.filter(|t| !t.is_zero()) {
            insert(&mut h, MSG_TTL, &crate::kit::format::duration_string(ttl))?;
        }
        self.publish(key, Some(h), Bytes::new()).await
    }

    /// Watches `filter` (a key or a wildcard filter such as `>` or `a.*`).
    pub async fn watch(&self, filter: &str, opts: WatchOptions) -> Result<Watcher> {
        if !is_valid_key(filter, true) {
            return Err(KvError::InvalidKey);
        }
        let (policy, start) = if opts.resume_from_revision > 0 {
            (DeliverPolicy::ByStartSequence, opts.resume_from_revision)
        } else if opts.updates_only {
            (DeliverPolicy::New, 0)
        } else if opts.include_history {
            (DeliverPolicy::All, 0)
        } else {
            (DeliverPolicy::LastPerSubject, 0)
        };
        let consumer = OrderedConsumer::create(
            &self.js,
            &self.stream,
            &[format!("{}{filter}", self.prefix)],
            policy,
            start,
            opts.meta_only,
        )
        .await?;
        let initial_done = opts.updates_only || consumer.initial_pending() == 0;
        Ok(Watcher {
            consumer,
            bucket: self.bucket.clone(),
            prefix: self.prefix.clone(),
            ignore_deletes: opts.ignore_deletes,
            marker_due: initial_done,
            initial_done,
        })
    }

    /// Every revision of `key` still kept, oldest first; none is [`KvError::KeyNotFound`].
    pub async fn history(&self, key: &str) -> Result<Vec<Entry>> {
        if !is_valid_key(key, false) {
            return Err(KvError::InvalidKey);
        }
        let opts = WatchOptions {
            include_history: true,
            ..WatchOptions::default()
        };
        let out = self.watch(key, opts).await?.initial().await?;
        if out.is_empty() {
            return Err(KvError::KeyNotFound);
        }
        Ok(out)
    }

    /// The keys with a value (not deleted or purged), matching `filters` (all when empty).
    pub async fn keys(&self, filter: Option<&str>) -> Result<Vec<String>> {
        let opts = WatchOptions {
            ignore_deletes: true,
            meta_only: true,
            ..WatchOptions::default()
        };
        let entries = self
            .watch(filter.unwrap_or(">"), opts)
            .await?
            .initial()
            .await?;
        Ok(entries.into_iter().map(|e| e.key).collect())
    }

    /// Removes the history of every key whose last operation is a delete or purge; markers
    /// younger than `older_than` stay as the key's single message (nats.go's
    /// `PurgeDeletes`, 30 minutes by default). Returns how many keys were compacted.
    pub async fn purge_deletes(&self, older_than: Duration) -> Result<usize> {
        let opts = WatchOptions {
            meta_only: true,
            ..WatchOptions::default()
        };
        let entries = self.watch(">", opts).await?.initial().await?;
        let limit = Utc::now() - chrono::Duration::from_std(older_than).unwrap_or_default();
        let mut n = 0;
        for e in entries
            .into_iter()
            .filter(|e| e.operation != Operation::Put)
        {
            let req = PurgeRequest {
                filter: Some(format!("{}{}", self.prefix, e.key)),
                keep: u64::from(!older_than.is_zero() && e.created > limit),
                ..PurgeRequest::default()
            };
            self.js.purge_stream(&self.stream, &req).await?;
            n += 1;
        }
        Ok(n)
    }
}

fn insert(h: &mut HeaderMap, name: &str, value: &str) -> Result<()> {
    h.insert(name, value)
        .map_err(|e| KvError::JetStream(JetStreamError::Decode(e.to_string())))
}

/// Parses an RFC 3339 time (`Nats-Time-Stamp`, stored message `time`).
pub fn parse_time(text: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

/// The UTC time of a nanosecond Unix timestamp.
pub fn time_from_nanos(ns: i64) -> DateTime<Utc> {
    DateTime::from_timestamp(
        ns.div_euclid(1_000_000_000),
        ns.rem_euclid(1_000_000_000) as u32,
    )
    .unwrap_or_default()
}

/// A running watch (see [`Store::watch`]).
#[derive(Debug)]
pub struct Watcher {
    consumer: OrderedConsumer,
    bucket: String,
    prefix: String,
    ignore_deletes: bool,
    /// [`WatchEvent::EndOfInitialData`] is to be returned next.
    marker_due: bool,
    /// The marker has been (or is about to be) returned.
    initial_done: bool,
}

impl Watcher {
    /// The next event; `Ok(None)` when the connection closed.
    pub async fn next(&mut self) -> Result<Option<WatchEvent>> {
        loop {
            if self.marker_due {
                self.marker_due = false;
                return Ok(Some(WatchEvent::EndOfInitialData));
            }
            let Some(OrderedMsg { msg, meta }) = self.consumer.next().await? else {
                return Ok(None);
            };
            if !self.initial_done && meta.pending == 0 {
                self.initial_done = true;
                self.marker_due = true;
            }
            let Some(key) = msg.subject.strip_prefix(&self.prefix) else {
                continue;
            };
            let operation = Operation::from_headers(msg.headers.as_ref());
            if self.ignore_deletes && operation != Operation::Put {
                continue;
            }
            return Ok(Some(WatchEvent::Entry(Entry {
                bucket: self.bucket.clone(),
                key: key.to_string(),
                value: msg.payload,
                revision: meta.stream_seq,
                created: time_from_nanos(meta.timestamp),
                delta: meta.pending,
                operation,
            })));
        }
    }

    /// Collects the entries up to the end of the initial data, then stops the watch.
    pub async fn initial(mut self) -> Result<Vec<Entry>> {
        let mut out = Vec::new();
        loop {
            match self.next().await? {
                Some(WatchEvent::Entry(e)) => out.push(e),
                Some(WatchEvent::EndOfInitialData) => break,
                None => return Err(KvError::from(ClientError::Closed)),
            }
        }
        self.stop().await;
        Ok(out)
    }

    /// Deletes the consumer behind the watch.
    pub async fn stop(self) {
        self.consumer.stop().await;
    }
}

impl From<ApiError> for KvError {
    fn from(e: ApiError) -> Self {
        KvError::JetStream(JetStreamError::Api(e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bucket_and_key_names() {
        for ok in ["b", "B_1-x"] {
            assert!(is_valid_bucket(ok), "{ok}");
        }
        for bad in ["", "a.b", "a b", "a*", "a>"] {
            assert!(!is_valid_bucket(bad), "{bad}");
        }
        for ok in ["k", "a.b", "a/b=c_d-e", "_kv"] {
            assert!(is_valid_key(ok, false), "{ok}");
        }
        for bad in ["", ".a", "a.", "a..b", "a b", "a*", "a.>", "ü"] {
            assert!(!is_valid_key(bad, false), "{bad}");
        }
        for ok in [">", "a.*", "a.>", "*.b"] {
            assert!(is_valid_key(ok, true), "{ok}");
        }
        assert!(!is_valid_key("a*b", true));
    }

    #[test]
    fn stream_config_is_upstreams() {
        let mut cfg = KvConfig::new("B");
        cfg.history = 5;
        cfg.ttl = Duration::from_secs(30);
        let s = cfg.stream_config().expect("config");
        assert_eq!(s.name, "KV_B");
        assert_eq!(s.subjects, ["$KV.B.>"]);
        assert_eq!(s.max_msgs_per_subject, 5);
        assert_eq!(s.max_age, 30_000_000_000);
        assert_eq!(s.duplicate_window, 30_000_000_000);
        assert_eq!((s.max_bytes, s.max_msg_size, s.max_msgs), (-1, -1, -1));
        assert_eq!(s.discard, Discard::New);
        assert!(s.allow_rollup_hdrs && s.deny_delete && s.allow_direct);
        assert!(!s.allow_msg_ttl);
        let s = KvConfig::new("B").stream_config().expect("config");
        assert_eq!(s.duplicate_window, 120_000_000_000);
        cfg.limit_marker_ttl = Duration::from_secs(2);
        let s = cfg.stream_config().expect("config");
        assert!(s.allow_msg_ttl);
        assert_eq!(s.subject_delete_marker_ttl, 2_000_000_000);
        let back = KvConfig::from_stream(&s);
        assert_eq!(back, cfg);
        cfg.history = 65;
        assert!(matches!(cfg.stream_config(), Err(KvError::HistoryTooLarge)));
        assert!(matches!(
            KvConfig::new("a.b").stream_config(),
            Err(KvError::InvalidBucket)
        ));
    }

    #[test]
    fn operations_from_headers() {
        let mut h = HeaderMap::new();
        assert_eq!(Operation::from_headers(None), Operation::Put);
        assert_eq!(Operation::from_headers(Some(&h)), Operation::Put);
        h.insert(KV_OPERATION, "DEL").expect("header");
        assert_eq!(Operation::from_headers(Some(&h)), Operation::Delete);
        h.insert(KV_OPERATION, "PURGE").expect("header");
        assert_eq!(Operation::from_headers(Some(&h)), Operation::Purge);
        let mut m = HeaderMap::new();
        m.insert(MARKER_REASON, "MaxAge").expect("header");
        assert_eq!(Operation::from_headers(Some(&m)), Operation::Purge);
        m.insert(MARKER_REASON, "Remove").expect("header");
        assert_eq!(Operation::from_headers(Some(&m)), Operation::Delete);
    }

    #[test]
    fn times() {
        let t = parse_time("2024-01-02T03:04:05.123456789Z").expect("time");
        assert_eq!(time_from_nanos(t.timestamp_nanos_opt().expect("ns")), t);
    }
}
