//! The Object Store of ADR-20 over a [`JetStream`] context, interoperable with every other
//! NATS client: bucket `B` is stream `OBJ_B` capturing `$O.B.C.>` (chunks) and `$O.B.M.>`
//! (metadata).
//!
//! - **put** reads the object in chunks (128 KiB unless the meta asks otherwise), publishes
//!   each to `$O.B.C.<nuid>` with a bounded window of unacknowledged chunks while hashing it
//!   (SHA-256), then publishes the [`ObjectInfo`] JSON to `$O.B.M.<base64url(name)>` with
//!   `Nats-Rollup: sub` and purges the chunks of the version it replaced. Memory stays at a
//!   few chunks whatever the object's size; a failed put purges its own chunks.
//! - **get** reads the meta (direct get of the last message on its subject), follows a link,
//!   and streams the chunks through an ephemeral pull consumer (at most two pulls of a few
//!   chunks outstanding, so memory is bounded whatever the server) into a writer while
//!   hashing them; a chunk count, size or digest that does not match the meta is
//!   [`ObjectError::DigestMismatch`] and friends. List and watch read the metas through an
//!   [`OrderedConsumer`].
//! - **delete** rewrites the meta with `deleted: true` (size, chunks and digest cleared) and
//!   purges the chunks; **seal** seals the stream; list and watch read the meta subjects.

use std::collections::BTreeMap;
use std::time::Duration;

use bytes::{Bytes, BytesMut};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest as _, Sha256};
use tokio::io::{AsyncRead, AsyncReadExt as _, AsyncWrite, AsyncWriteExt as _};

use super::api::{null_as_default, MsgGetRequest, NextRequest, PubAck, PurgeRequest, StreamInfo};
use super::config::{
    AckPolicy, Compression, ConsumerConfig, DeliverPolicy, Discard, Storage, StreamConfig,
};
use super::context::{parse_response, JetStream, JetStreamError};
use super::kv::{parse_time, time_from_nanos};
use super::ordered::OrderedConsumer;
use crate::client::ClientError;
use crate::HeaderMap;

/// The default chunk size (nats.go, async-nats): 128 KiB.
pub const DEFAULT_CHUNK_SIZE: usize = 128 * 1024;
/// Chunks published and not yet acknowledged at most (memory: this many chunks).
const PUT_WINDOW: usize = 8;
/// Chunks asked for by one pull of a get; two pulls are outstanding at most.
const PULL_BATCH: u64 = 8;
/// A get's consumer goes away this long after its reader does.
const PULL_INACTIVE: Duration = Duration::from_secs(30);
/// `err_code` of "stream not found".
const STREAM_NOT_FOUND: u16 = 10059;
/// `err_code` of "no message found".
const NO_MESSAGE_FOUND: u16 = 10037;
/// Room left in a message for the protocol line and headers.
const CHUNK_OVERHEAD: usize = 1024;
/// The `mtime` upstream clients write into the stored meta (Go's zero time); the real one is
/// the meta message's timestamp.
const ZERO_TIME: &str = "0001-01-01T00:00:00Z";

/// Everything an Object Store call can fail with; texts are nats.go's.
#[derive(Debug, thiserror::Error)]
pub enum ObjectError {
    /// A bucket name outside `[A-Za-z0-9_-]+`.
    #[error("nats: invalid bucket name")]
    InvalidBucket,
    /// No stream `OBJ_<bucket>`.
    #[error("nats: bucket not found")]
    BucketNotFound,
    /// No such object (or it was deleted).
    #[error("nats: object not found")]
    ObjectNotFound,
    /// An object needs a name.
    #[error("nats: name is required")]
    NameRequired,
    /// The meta JSON could not be read.
    #[error("nats: object-store meta information invalid: {0}")]
    BadMeta(String),
    /// The chunks read do not add up to the object the meta describes.
    #[error("nats: received a corrupt object, digests do not match")]
    DigestMismatch,
    /// Fewer or more bytes or chunks than the meta records.
    #[error("nats: received a corrupt object: {0}")]
    Corrupt(String),
    /// A link to a bucket has no object to get.
    #[error("nats: link is a bucket")]
    LinkIsBucket,
    /// Links may not point at links or deleted objects.
    #[error("nats: {0}")]
    BadLink(&'static str),
    /// Renaming onto an existing object.
    #[error("nats: an object already exists with that name")]
    AlreadyExists,
    /// A chunk size larger than the server's max_payload allows.
    #[error("nats: chunk size {0} is larger than the server allows ({1})")]
    ChunkTooLarge(usize, usize),
    /// Reading the object or writing it out failed.
    #[error("{0}")]
    Io(#[from] std::io::Error),
    /// The JetStream call failed (API error, timeout, connection).
    #[error(transparent)]
    JetStream(#[from] JetStreamError),
}

impl From<ClientError> for ObjectError {
    fn from(e: ClientError) -> Self {
        ObjectError::JetStream(e.into())
    }
}

/// Result of Object Store calls.
pub type Result<T, E = ObjectError> = std::result::Result<T, E>;

/// The target of a link.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ObjectLink {
    /// Bucket.
    pub bucket: String,
    /// Object; empty for a link to the whole bucket.
    #[serde(
        default,
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub name: String,
}

/// `options` of an object.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ObjectMetaOptions {
    /// The object is a link.
    #[serde(
        default,
        deserialize_with = "null_as_default",
        skip_serializing_if = "Option::is_none"
    )]
    pub link: Option<ObjectLink>,
    /// Chunk size the object was (or is to be) written with.
    #[serde(
        default,
        deserialize_with = "null_as_default",
        skip_serializing_if = "is_zero"
    )]
    pub max_chunk_size: u32,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// What a caller says about an object it puts.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ObjectMeta {
    /// Name (any string).
    pub name: String,
    /// Free text.
    #[serde(
        default,
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub description: String,
    /// Headers (`name: [values]`).
    #[serde(
        default,
        deserialize_with = "null_as_default",
        skip_serializing_if = "BTreeMap::is_empty"
    )]
    pub headers: BTreeMap<String, Vec<String>>,
    /// Free-form metadata.
    #[serde(
        default,
        deserialize_with = "null_as_default",
        skip_serializing_if = "BTreeMap::is_empty"
    )]
    pub metadata: BTreeMap<String, String>,
    /// Link and chunk size.
    #[serde(
        default,
        deserialize_with = "null_as_default",
        skip_serializing_if = "Option::is_none"
    )]
    pub options: Option<ObjectMetaOptions>,
}

/// An object's stored meta: the JSON of `$O.<bucket>.M.<name>` (field names of nats.go's
/// `ObjectInfo`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ObjectInfo {
    /// Name, description, headers, metadata, options.
    #[serde(flatten)]
    pub meta: ObjectMeta,
    /// Bucket.
    #[serde(default, deserialize_with = "null_as_default")]
    pub bucket: String,
    /// The id under which the chunks are stored (`$O.<bucket>.C.<nuid>`).
    #[serde(default, deserialize_with = "null_as_default")]
    pub nuid: String,
    /// Bytes.
    #[serde(default, deserialize_with = "null_as_default")]
    pub size: u64,
    /// Modification time: Go's zero time in the store, the meta message's timestamp when
    /// read back.
    #[serde(default = "zero_time", deserialize_with = "null_as_zero_time")]
    pub mtime: String,
    /// Chunks.
    #[serde(default, deserialize_with = "null_as_default")]
    pub chunks: u32,
    /// `SHA-256=<base64url digest>`.
    #[serde(
        default,
        deserialize_with = "null_as_default",
        skip_serializing_if = "String::is_empty"
    )]
    pub digest: String,
    /// Deleted (a tombstone).
    #[serde(
        default,
        deserialize_with = "null_as_default",
        skip_serializing_if = "std::ops::Not::not"
    )]
    pub deleted: bool,
}

fn zero_time() -> String {
    ZERO_TIME.to_string()
}

/// `mtime` as some clients write it: a time, or `null`.
fn null_as_zero_time<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    Ok(Option::<String>::deserialize(d)?.unwrap_or_else(zero_time))
}

impl ObjectInfo {
    /// The object's name.
    pub fn name(&self) -> &str {
        &self.meta.name
    }

    /// The link this object is, if it is one.
    pub fn link(&self) -> Option<&ObjectLink> {
        self.meta.options.as_ref().and_then(|o| o.link.as_ref())
    }

    /// The modification time, when it parses.
    pub fn modified(&self) -> Option<DateTime<Utc>> {
        parse_time(&self.mtime)
    }

    /// The digest's algorithm and bytes (`SHA-256`, 32 bytes).
    pub fn digest_bytes(&self) -> Option<(&str, Vec<u8>)> {
        let (alg, b64) = self.digest.split_once('=')?;
        let bytes = data_encoding::BASE64URL
            .decode(b64.as_bytes())
            .or_else(|_| data_encoding::BASE64URL_NOPAD.decode(b64.as_bytes()))
            .ok()?;
        Some((alg, bytes))
    }
}

/// The `digest` value of a SHA-256 sum.
pub fn digest_string(sum: &[u8]) -> String {
    format!("SHA-256={}", data_encoding::BASE64URL.encode(sum))
}

/// A bucket's settings, as `nats object add` takes them.
#[derive(Debug, Clone, PartialEq)]
pub struct ObjectStoreConfig {
    /// Bucket name.
    pub bucket: String,
    /// Free text.
    pub description: String,
    /// Objects older than this expire (zero: never).
    pub ttl: Duration,
    /// Largest bucket, -1 unlimited.
    pub max_bytes: i64,
    /// Storage backend.
    pub storage: Storage,
    /// Replicas.
    pub replicas: i64,
    /// S2 compression.
    pub compression: bool,
    /// Free-form metadata.
    pub metadata: BTreeMap<String, String>,
    /// Placement, passed through.
    pub placement: serde_json::Value,
}

impl Default for ObjectStoreConfig {
    fn default() -> Self {
        ObjectStoreConfig {
            bucket: String::new(),
            description: String::new(),
            ttl: Duration::ZERO,
            max_bytes: -1,
            storage: Storage::File,
            replicas: 1,
            compression: false,
            metadata: BTreeMap::new(),
            placement: serde_json::Value::Null,
        }
    }
}

impl ObjectStoreConfig {
    /// A config for `bucket` with upstream's defaults.
    pub fn new(bucket: impl Into<String>) -> ObjectStoreConfig {
        ObjectStoreConfig {
            bucket: bucket.into(),
            ..ObjectStoreConfig::default()
        }
    }

    /// The stream config upstream clients create: `OBJ_<bucket>` on `$O.<bucket>.C.>` and
    /// `$O.<bucket>.M.>`, discard new, rollups and direct gets allowed.
    pub fn stream_config(&self) -> Result<StreamConfig> {
        if !super::kv::is_valid_bucket(&self.bucket) {
            return Err(ObjectError::InvalidBucket);
        }
        Ok(StreamConfig {
            name: stream_name(&self.bucket),
            description: self.description.clone(),
            subjects: vec![
                format!("$O.{}.C.>", self.bucket),
                format!("$O.{}.M.>", self.bucket),
            ],
            max_age: i64::try_from(self.ttl.as_nanos()).unwrap_or(i64::MAX),
            max_bytes: if self.max_bytes == 0 {
                -1
            } else {
                self.max_bytes
            },
            storage: self.storage,
            num_replicas: self.replicas.max(1),
            discard: Discard::New,
            allow_rollup_hdrs: true,
            allow_direct: true,
            compression: if self.compression {
                Compression::S2
            } else {
                Compression::None
            },
            metadata: self.metadata.clone(),
            placement: self.placement.clone(),
            ..StreamConfig::default()
        })
    }

    /// The bucket's settings read back from its stream config.
    pub fn from_stream(cfg: &StreamConfig) -> ObjectStoreConfig {
        ObjectStoreConfig {
            bucket: bucket_of(&cfg.name).to_string(),
            description: cfg.description.clone(),
            ttl: Duration::from_nanos(cfg.max_age.max(0).unsigned_abs()),
            max_bytes: cfg.max_bytes,
            storage: cfg.storage,
            replicas: cfg.num_replicas,
            compression: cfg.compression == Compression::S2,
            metadata: cfg.metadata.clone(),
            placement: cfg.placement.clone(),
        }
    }
}

fn nanos(d: Duration) -> i64 {
    i64::try_from(d.as_nanos()).unwrap_or(i64::MAX)
}

/// The stream of bucket `bucket`: `OBJ_<bucket>`.
pub fn stream_name(bucket: &str) -> String {
    format!("OBJ_{bucket}")
}

/// The bucket of stream `stream` (`OBJ_` dropped).
pub fn bucket_of(stream: &str) -> &str {
    stream.strip_prefix("OBJ_").unwrap_or(stream)
}

/// The meta subject token of an object name: URL-safe base64 with padding.
pub fn encode_name(name: &str) -> String {
    data_encoding::BASE64URL.encode(name.as_bytes())
}

fn not_found(e: JetStreamError) -> ObjectError {
    if e.err_code() == Some(STREAM_NOT_FOUND) {
        ObjectError::BucketNotFound
    } else {
        ObjectError::JetStream(e)
    }
}

/// Creates a bucket (an identical one again succeeds).
pub async fn create_bucket(js: &JetStream, cfg: &ObjectStoreConfig) -> Result<ObjectStore> {
    let info = js.create_stream(&cfg.stream_config()?).await?;
    Ok(ObjectStore::from_info(js, &info))
}

/// Changes a bucket's settings.
pub async fn update_bucket(js: &JetStream, cfg: &ObjectStoreConfig) -> Result<ObjectStore> {
    let info = js
        .update_stream(&cfg.stream_config()?)
        .await
        .map_err(not_found)?;
    Ok(ObjectStore::from_info(js, &info))
}

/// Deletes a bucket and its objects.
pub async fn delete_bucket(js: &JetStream, bucket: &str) -> Result<()> {
    if !super::kv::is_valid_bucket(bucket) {
        return Err(ObjectError::InvalidBucket);
    }
    js.delete_stream(&stream_name(bucket))
        .await
        .map_err(not_found)
}

/// The handle of an existing bucket.
pub async fn bucket(js: &JetStream, bucket: &str) -> Result<ObjectStore> {
    if !super::kv::is_valid_bucket(bucket) {
        return Err(ObjectError::InvalidBucket);
    }
    let info = js
        .stream_info(&stream_name(bucket))
        .await
        .map_err(not_found)?;
    Ok(ObjectStore::from_info(js, &info))
}

/// Every bucket's stream info (streams named `OBJ_*`).
pub async fn buckets(js: &JetStream) -> Result<Vec<StreamInfo>> {
    let all = js.streams(None).await?;
    Ok(all
        .into_iter()
        .filter(|s| s.config.name.starts_with("OBJ_"))
        .collect())
}

/// What an [`ObjectWatcher`] yields.
#[derive(Debug, Clone, PartialEq)]
pub enum ObjectWatchEvent {
    /// An object's meta was written (put, delete, link, meta update).
    Info(Box<ObjectInfo>),
    /// Every meta present when the watch started has been delivered.
    EndOfInitialData,
}

/// An Object Store bucket.
#[derive(Debug, Clone)]
pub struct ObjectStore {
    js: JetStream,
    bucket: String,
    stream: String,
    direct: bool,
}

impl ObjectStore {
    fn from_info(js: &JetStream, info: &StreamInfo) -> ObjectStore {
        ObjectStore {
            js: js.clone(),
            bucket: bucket_of(&info.config.name).to_string(),
            stream: info.config.name.clone(),
            direct: info.config.allow_direct,
        }
    }

    /// The bucket name.
    pub fn bucket(&self) -> &str {
        &self.bucket
    }

    /// The backing stream's info.
    pub async fn status(&self) -> Result<StreamInfo> {
        self.js.stream_info(&self.stream).await.map_err(not_found)
    }

    fn meta_subject(&self, name: &str) -> String {
        format!("$O.{}.M.{}", self.bucket, encode_name(name))
    }

    fn chunk_subject(&self, nuid: &str) -> String {
        format!("$O.{}.C.{nuid}", self.bucket)
    }

    /// The meta of `name`, deleted objects included (check [`ObjectInfo::deleted`]).
    pub async fn info_any(&self, name: &str) -> Result<ObjectInfo> {
        if name.is_empty() {
            return Err(ObjectError::NameRequired);
        }
        let subject = self.meta_subject(name);
        let (payload, time) = if self.direct {
            let msg = self
                .js
                .client()
                .request_with(
                    format!("{}.DIRECT.GET.{}.{subject}", self.js.prefix(), self.stream),
                    None,
                    Bytes::new(),
                    self.js.timeout(),
                )
                .await
                .map_err(JetStreamError::from)?;
            match msg.status() {
                Some(404) => return Err(ObjectError::ObjectNotFound),
                Some(code) if code >= 300 => {
                    return Err(ObjectError::JetStream(JetStreamError::Status {
                        code,
                        description: msg.description().unwrap_or_default().to_string(),
                    }))
                }
                _ => {}
            }
            let time = msg
                .headers
                .as_ref()
                .and_then(|h| h.get("Nats-Time-Stamp"))
                .unwrap_or_default()
                .to_string();
            (msg.payload, time)
        } else {
            match self
                .js
                .get_msg(&self.stream, &MsgGetRequest::last_for(subject))
                .await
            {
                Ok(m) => (Bytes::from(m.data), m.time),
                Err(e) if e.err_code() == Some(NO_MESSAGE_FOUND) => {
                    return Err(ObjectError::ObjectNotFound)
                }
                Err(e) => return Err(e.into()),
            }
        };
        let mut info: ObjectInfo =
            serde_json::from_slice(&payload).map_err(|e| ObjectError::BadMeta(e.to_string()))?;
        if !time.is_empty() {
            info.mtime = time;
        }
        Ok(info)
    }

    /// The meta of `name`; a deleted object is [`ObjectError::ObjectNotFound`].
    pub async fn info(&self, name: &str) -> Result<ObjectInfo> {
        let info = self.info_any(name).await?;
        if info.deleted {
            return Err(ObjectError::ObjectNotFound);
        }
        Ok(info)
    }

    /// Publishes `info` as the object's meta (rolling up the previous one).
    async fn publish_meta(&self, info: &ObjectInfo) -> Result<PubAck> {
        let mut h = HeaderMap::new();
        h.insert("Nats-Rollup", "sub")
            .map_err(|e| ObjectError::BadMeta(e.to_string()))?;
        let mut stored = info.clone();
        stored.mtime = zero_time();
        let body = serde_json::to_vec(&stored).map_err(|e| ObjectError::BadMeta(e.to_string()))?;
        Ok(self
            .js
            .publish_with_headers(self.meta_subject(info.name()), Some(h), Bytes::from(body))
            .await?)
    }

    async fn purge_chunks(&self, nuid: &str) -> Result<()> {
        let req = PurgeRequest {
            filter: Some(self.chunk_subject(nuid)),
            ..PurgeRequest::default()
        };
        self.js.purge_stream(&self.stream, &req).await?;
        Ok(())
    }

    /// Stores the bytes of `reader` as object `meta.name`, replacing any previous version;
    /// `progress` is called with the bytes sent so far after each chunk.
    pub async fn put<R: AsyncRead + Unpin>(
        &self,
        meta: ObjectMeta,
        reader: &mut R,
        mut progress: impl FnMut(u64),
    ) -> Result<ObjectInfo> {
        if meta.name.is_empty() {
            return Err(ObjectError::NameRequired);
        }
        if meta.options.as_ref().is_some_and(|o| o.link.is_some()) {
            return Err(ObjectError::BadLink(
                "link cannot be set when putting the object in bucket",
            ));
        }
        let chunk_size = meta
            .options
            .as_ref()
            .map(|o| o.max_chunk_size as usize)
            .filter(|&n| n > 0)
            .unwrap_or(DEFAULT_CHUNK_SIZE);
        let max_payload = self.js.client().max_payload();
        if max_payload > 0 && chunk_size + CHUNK_OVERHEAD > max_payload {
            return Err(ObjectError::ChunkTooLarge(chunk_size, max_payload));
        }
        let previous = match self.info_any(&meta.name).await {
            Ok(i) => Some(i),
            Err(ObjectError::ObjectNotFound) => None,
            Err(e) => return Err(e),
        };
        let nuid = crate::nuid::next();
        let result = self
            .put_chunks(&nuid, chunk_size, reader, &mut progress)
            .await;
        let (size, chunks, digest) = match result {
            Ok(r) => r,
            Err(e) => {
                let _ = self.purge_chunks(&nuid).await;
                return Err(e);
            }
        };
        let mut info = ObjectInfo {
            meta,
            bucket: self.bucket.clone(),
            nuid: nuid.clone(),
            size,
            mtime: zero_time(),
            chunks,
            digest,
            deleted: false,
        };
        if let Err(e) = self.publish_meta(&info).await {
            let _ = self.purge_chunks(&nuid).await;
            return Err(e);
        }
        if let Some(prev) = previous.filter(|p| !p.nuid.is_empty() && p.nuid != nuid) {
            self.purge_chunks(&prev.nuid).await?;
        }
        info.mtime = Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Nanos, true);
        Ok(info)
    }

    /// Publishes the chunks with at most [`PUT_WINDOW`] unacknowledged; returns size, chunk
    /// count and digest.
    async fn put_chunks<R: AsyncRead + Unpin>(
        &self,
        nuid: &str,
        chunk_size: usize,
        reader: &mut R,
        progress: &mut impl FnMut(u64),
    ) -> Result<(u64, u32, String)> {
        let client = self.js.client();
        let subject = self.chunk_subject(nuid);
        let inbox = client.new_inbox();
        let mut acks = client.subscribe(format!("{inbox}.*")).await?;
        let mut hasher = Sha256::new();
        let (mut size, mut chunks, mut outstanding) = (0u64, 0u32, 0usize);
        loop {
            let mut buf = BytesMut::with_capacity(chunk_size);
            while buf.len() < chunk_size {
                if reader.read_buf(&mut buf).await? == 0 {
                    break;
                }
            }
            if buf.is_empty() {
                break;
            }
            hasher.update(&buf);
            size += buf.len() as u64;
            let full = buf.len() == chunk_size;
            client
                .publish_with_reply(
                    subject.clone(),
                    format!("{inbox}.{chunks}"),
                    None,
                    buf.freeze(),
                )
                .await?;
            chunks += 1;
            outstanding += 1;
            while outstanding >= PUT_WINDOW {
                self.wait_ack(&mut acks).await?;
                outstanding -= 1;
            }
            progress(size);
            if !full {
                break;
            }
        }
        while outstanding > 0 {
            self.wait_ack(&mut acks).await?;
            outstanding -= 1;
        }
        let _ = acks.unsubscribe().await;
        Ok((size, chunks, digest_string(&hasher.finalize())))
    }

    async fn wait_ack(&self, acks: &mut crate::client::Subscriber) -> Result<()> {
        let msg = match tokio::time::timeout(self.js.timeout(), acks.next()).await {
            Err(_) => return Err(JetStreamError::Timeout.into()),
            Ok(None) => return Err(ClientError::Closed.into()),
            Ok(Some(m)) => m,
        };
        if msg.is_no_responders() {
            return Err(JetStreamError::NoResponders.into());
        }
        let _: PubAck = parse_response(&msg.payload)?;
        Ok(())
    }

    /// Writes object `name` to `writer`, following a link, verifying chunk count, size and
    /// digest; `progress` is called with the bytes written so far. Returns the meta.
    pub async fn get<W: AsyncWrite + Unpin>(
        &self,
        name: &str,
        writer: &mut W,
        mut progress: impl FnMut(u64),
    ) -> Result<ObjectInfo> {
        let info = self.info(name).await?;
        if let Some(link) = info.link() {
            if link.name.is_empty() {
                return Err(ObjectError::LinkIsBucket);
            }
            let target = if link.bucket == self.bucket {
                self.clone()
            } else {
                bucket(&self.js, &link.bucket).await?
            };
            return Box::pin(target.get(&link.name, writer, progress)).await;
        }
        let mut hasher = Sha256::new();
        let (mut size, mut chunks) = (0u64, 0u32);
        if info.chunks > 0 {
            let mut sink = |payload: &[u8]| {
                hasher.update(payload);
                size += payload.len() as u64;
                chunks += 1;
            };
            self.pull_chunks(&info, writer, &mut sink, &mut progress)
                .await?;
        }
        writer.flush().await?;
        if chunks != info.chunks || size != info.size {
            return Err(ObjectError::Corrupt(format!(
                "got {size} bytes in {chunks} chunks, expected {} bytes in {} chunks",
                info.size, info.chunks
            )));
        }
        if digest_string(&hasher.finalize()) != info.digest {
            return Err(ObjectError::DigestMismatch);
        }
        Ok(info)
    }

    /// Streams the chunks of `info` into `writer` through an ephemeral pull consumer with at
    /// most two requests of [`PULL_BATCH`] chunks outstanding, so no more than that is ever
    /// buffered whatever the server's flow control (nats-server lets a push consumer run
    /// megabytes ahead). Only the chunk count of the meta is asked for; fewer stored chunks
    /// end in an error once a request expires.
    async fn pull_chunks<W: AsyncWrite + Unpin>(
        &self,
        info: &ObjectInfo,
        writer: &mut W,
        sink: &mut impl FnMut(&[u8]),
        progress: &mut impl FnMut(u64),
    ) -> Result<()> {
        let client = self.js.client();
        let inbox = client.new_inbox();
        let mut sub = client.subscribe(inbox.clone()).await?;
        let cfg = ConsumerConfig {
            deliver_policy: DeliverPolicy::All,
            ack_policy: AckPolicy::None,
            filter_subject: self.chunk_subject(&info.nuid),
            mem_storage: true,
            num_replicas: 1,
            inactive_threshold: nanos(PULL_INACTIVE),
            ..ConsumerConfig::default()
        };
        let consumer = self.js.create_consumer(&self.stream, &cfg).await?.name;
        let next = format!(
            "{}.CONSUMER.MSG.NEXT.{}.{consumer}",
            self.js.prefix(),
            self.stream
        );
        let expires = self.js.timeout().max(Duration::from_secs(1));
        let total = u64::from(info.chunks);
        let result = async {
            let (mut requested, mut received, mut written) = (0u64, 0u64, 0u64);
            while received < total {
                while requested < total && requested - received < 2 * PULL_BATCH {
                    let batch = PULL_BATCH.min(total - requested);
                    let req = NextRequest {
                        batch,
                        expires: nanos(expires),
                        ..NextRequest::default()
                    };
                    let body = serde_json::to_vec(&req)
                        .map_err(|e| JetStreamError::Decode(e.to_string()))?;
                    client
                        .publish_with_reply(next.clone(), inbox.clone(), None, Bytes::from(body))
                        .await?;
                    requested += batch;
                }
                let msg = match tokio::time::timeout(expires * 2, sub.next()).await {
                    Err(_) => return Err(JetStreamError::Timeout.into()),
                    Ok(None) => return Err(ObjectError::from(ClientError::Closed)),
                    Ok(Some(m)) => m,
                };
                match msg.status() {
                    None => {}
                    Some(100) => continue,
                    Some(404) | Some(408) => {
                        return Err(ObjectError::Corrupt(format!(
                            "only {received} of {total} chunks stored"
                        )))
                    }
                    Some(503) => return Err(JetStreamError::NotEnabled.into()),
                    Some(code) => {
                        return Err(JetStreamError::Status {
                            code,
                            description: msg.description().unwrap_or_default().to_string(),
                        }
                        .into())
                    }
                }
                received += 1;
                sink(&msg.payload);
                writer.write_all(&msg.payload).await?;
                written += msg.payload.len() as u64;
                progress(written);
            }
            Ok(())
        }
        .await;
        let _ = sub.unsubscribe().await;
        let _ = self.js.delete_consumer(&self.stream, &consumer).await;
        result
    }

    /// Marks `name` deleted and purges its chunks.
    pub async fn delete(&self, name: &str) -> Result<()> {
        let mut info = self.info(name).await?;
        let nuid = info.nuid.clone();
        info.deleted = true;
        info.size = 0;
        info.chunks = 0;
        info.digest.clear();
        self.publish_meta(&info).await?;
        if !nuid.is_empty() {
            self.purge_chunks(&nuid).await?;
        }
        Ok(())
    }

    /// Seals the bucket: no more writes or deletes.
    pub async fn seal(&self) -> Result<StreamInfo> {
        let info = self.status().await?;
        let mut cfg = info.config;
        cfg.sealed = true;
        Ok(self.js.update_stream(&cfg).await?)
    }

    /// Adds `name` as a link to object `target` (which must be a stored object, not a link).
    pub async fn add_link(&self, name: &str, target: &ObjectInfo) -> Result<ObjectInfo> {
        if name.is_empty() {
            return Err(ObjectError::NameRequired);
        }
        if target.deleted {
            return Err(ObjectError::BadLink(
                "not allowed to link to a deleted object",
            ));
        }
        if target.link().is_some() {
            return Err(ObjectError::BadLink("not allowed to link to another link"));
        }
        self.put_link(
            name,
            ObjectLink {
                bucket: target.bucket.clone(),
                name: target.name().to_string(),
            },
        )
        .await
    }

    /// Adds `name` as a link to bucket `target`.
    pub async fn add_bucket_link(&self, name: &str, target: &str) -> Result<ObjectInfo> {
        if name.is_empty() {
            return Err(ObjectError::NameRequired);
        }
        self.put_link(
            name,
            ObjectLink {
                bucket: target.to_string(),
                name: String::new(),
            },
        )
        .await
    }

    async fn put_link(&self, name: &str, link: ObjectLink) -> Result<ObjectInfo> {
        if let Ok(existing) = self.info(name).await {
            if existing.link().is_none() {
                return Err(ObjectError::AlreadyExists);
            }
        }
        let info = ObjectInfo {
            meta: ObjectMeta {
                name: name.to_string(),
                options: Some(ObjectMetaOptions {
                    link: Some(link),
                    max_chunk_size: 0,
                }),
                ..ObjectMeta::default()
            },
            bucket: self.bucket.clone(),
            nuid: crate::nuid::next(),
            mtime: zero_time(),
            ..ObjectInfo::default()
        };
        self.publish_meta(&info).await?;
        Ok(info)
    }

    /// Changes an object's name, description, headers or metadata (not its data); a new
    /// name must be free.
    pub async fn update_meta(&self, name: &str, meta: ObjectMeta) -> Result<ObjectInfo> {
        let mut info = self.info(name).await?;
        let renamed = meta.name != name;
        if renamed {
            match self.info(&meta.name).await {
                Ok(_) => return Err(ObjectError::AlreadyExists),
                Err(ObjectError::ObjectNotFound) => {}
                Err(e) => return Err(e),
            }
        }
        info.meta.name = meta.name;
        info.meta.description = meta.description;
        info.meta.headers = meta.headers;
        info.meta.metadata = meta.metadata;
        self.publish_meta(&info).await?;
        if renamed {
            let req = PurgeRequest {
                filter: Some(self.meta_subject(name)),
                ..PurgeRequest::default()
            };
            self.js.purge_stream(&self.stream, &req).await?;
        }
        Ok(info)
    }

    /// Watches the metas: the latest of every object (every one kept, with `history`),
    /// then changes.
    pub async fn watch(&self, history: bool) -> Result<ObjectWatcher> {
        let consumer = OrderedConsumer::create(
            &self.js,
            &self.stream,
            &[format!("$O.{}.M.>", self.bucket)],
            if history {
                DeliverPolicy::All
            } else {
                DeliverPolicy::LastPerSubject
            },
            0,
            false,
        )
        .await?;
        let done = consumer.initial_pending() == 0;
        Ok(ObjectWatcher {
            consumer,
            marker_due: done,
            initial_done: done,
        })
    }

    /// Every object not deleted, in meta order.
    pub async fn list(&self) -> Result<Vec<ObjectInfo>> {
        let mut w = self.watch(false).await?;
        let mut out = Vec::new();
        loop {
            match w.next().await? {
                Some(ObjectWatchEvent::Info(i)) if !i.deleted => out.push(*i),
                Some(ObjectWatchEvent::Info(_)) => {}
                Some(ObjectWatchEvent::EndOfInitialData) => break,
                None => return Err(ClientError::Closed.into()),
            }
        }
        w.stop().await;
        Ok(out)
    }
}

/// A running watch of a bucket's metas (see [`ObjectStore::watch`]).
#[derive(Debug)]
pub struct ObjectWatcher {
    consumer: OrderedConsumer,
    marker_due: bool,
    initial_done: bool,
}

impl ObjectWatcher {
    /// The next event; `Ok(None)` when the connection closed.
    pub async fn next(&mut self) -> Result<Option<ObjectWatchEvent>> {
        loop {
            if self.marker_due {
                self.marker_due = false;
                return Ok(Some(ObjectWatchEvent::EndOfInitialData));
            }
            let Some(m) = self.consumer.next().await? else {
                return Ok(None);
            };
            if !self.initial_done && m.meta.pending == 0 {
                self.initial_done = true;
                self.marker_due = true;
            }
            let Ok(mut info) = serde_json::from_slice::<ObjectInfo>(&m.msg.payload) else {
                continue;
            };
            info.mtime = time_from_nanos(m.meta.timestamp)
                .to_rfc3339_opts(chrono::SecondsFormat::Nanos, true);
            return Ok(Some(ObjectWatchEvent::Info(Box::new(info))));
        }
    }

    /// Deletes the consumer behind the watch.
    pub async fn stop(self) {
        self.consumer.stop().await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stream_config_is_upstreams() {
        let s = ObjectStoreConfig::new("B").stream_config().expect("config");
        assert_eq!(s.name, "OBJ_B");
        assert_eq!(s.subjects, ["$O.B.C.>", "$O.B.M.>"]);
        assert_eq!(s.discard, Discard::New);
        assert!(s.allow_rollup_hdrs && s.allow_direct);
        assert_eq!(s.max_bytes, -1);
        assert!(matches!(
            ObjectStoreConfig::new("a b").stream_config(),
            Err(ObjectError::InvalidBucket)
        ));
    }

    #[test]
    fn names_and_digests_are_base64url_with_padding() {
        assert_eq!(encode_name("a/b?"), "YS9iPw==");
        // SHA-256 of the empty string.
        let sum = Sha256::digest(b"");
        let d = digest_string(&sum);
        assert_eq!(d, "SHA-256=47DEQpj8HBSa-_TImW-5JCeuQeRkm5NMpJWZG3hSuFU=");
        let info = ObjectInfo {
            digest: d,
            ..ObjectInfo::default()
        };
        let (alg, bytes) = info.digest_bytes().expect("digest");
        assert_eq!((alg, bytes.as_slice()), ("SHA-256", sum.as_slice()));
    }

    #[test]
    fn meta_json_matches_upstream_field_names() {
        let info = ObjectInfo {
            meta: ObjectMeta {
                name: "f".into(),
                options: Some(ObjectMetaOptions {
                    link: None,
                    max_chunk_size: 1024,
                }),
                ..ObjectMeta::default()
            },
            bucket: "B".into(),
            nuid: "N".into(),
            size: 3,
            mtime: zero_time(),
            chunks: 1,
            digest: "SHA-256=x".into(),
            deleted: false,
        };
        let v = serde_json::to_value(&info).expect("json");
        assert_eq!(
            v,
            serde_json::json!({"name":"f","options":{"max_chunk_size":1024},"bucket":"B",
                "nuid":"N","size":3,"mtime":"0001-01-01T00:00:00Z","chunks":1,
                "digest":"SHA-256=x"})
        );
        let back: ObjectInfo = serde_json::from_value(v).expect("info");
        assert_eq!(back, info);
        // A link as nats.go writes it.
        let l: ObjectInfo = serde_json::from_str(
            r#"{"name":"l","options":{"link":{"bucket":"B","name":"f"}},"bucket":"B","nuid":"x","size":0,"mtime":"0001-01-01T00:00:00Z","chunks":0}"#,
        )
        .expect("link");
        assert_eq!(l.link().map(|k| k.name.as_str()), Some("f"));
    }
}
