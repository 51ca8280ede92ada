//! Stream snapshots and restores (`$JS.API.STREAM.SNAPSHOT.<stream>`,
//! `$JS.API.STREAM.RESTORE.<stream>`; upstream `jsStreamSnapshotRequest`, `streamSnapshot`,
//! `jsStreamRestoreRequest`, `processStreamRestore`, `fileStore.streamSnapshot`,
//! `Account.RestoreStream`).
//!
//! The data is nats-server's own snapshot format ([`format`]): an S2 stream of a tar of the
//! stream directory in upstream's filestore layout, so a backup taken from either server
//! restores on the other. rnats writes it from its own store on the fly (one block of at most
//! [`BLOCK_SIZE`] in memory, chunks flow-controlled by the client's acks) and reads it back into
//! its own store.
//!
//! Snapshot protocol: the reply carries `{config, state}`; once the deliver subject has
//! interest, chunks go to it, each but the last with a reply subject
//! `$JS.SNAPSHOT.ACK.<stream>.<id>.<len>.<index>` the client answers to open the window again;
//! an empty message ends it, with header `NATS/1.0 204` (or `408 No Interest`,
//! `408 No Flow Response`, `500 <error>`).
//!
//! Restore protocol: the reply carries `deliver_subject` (`$JS.SNAPSHOT.RESTORE.<stream>.<id>`);
//! the client sends chunks there as requests, each answered with an empty message, then an
//! empty chunk, answered with a `stream_create_response` once the stream is in place. The data
//! is decompressed once, as it arrives, into a new store under `<account>/__snapshots__/` (one
//! chunk in memory at a time), and the finished directory is renamed into `streams/`: a failed
//! or interrupted restore leaves no stream behind.

pub mod format;

use std::collections::BTreeSet;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use serde::Deserialize;
use serde_json::{json, Map, Value};

use super::advisory;
use super::api::InfoRequest;
use super::config::{StreamConfig, StreamConfigExt};
use super::consumer::{ConsumerConfig, ConsumerConfigExt, ConsumerMeta, CONSUMERS_DIR};
use super::errors::{ApiError, JsError};
use super::store::{
    ConsumerState, ConsumerStateFile, FileStore, FileStoreConfig, NewMsg, StorageKind, StoreConfig,
    StoreError, StreamStore, SyncPolicy,
};
use super::stream::{Stream, StreamMeta};
use super::{go_time, now_ns, JsAccount};
use crate::{log_info, log_warn};
use format::{FormatError, Record};

/// Largest message block written into a snapshot (upstream's default block size for large
/// streams).
const BLOCK_SIZE: usize = 8 * 1024 * 1024;
/// Upstream's defaults and clamps for the chunk and window sizes.
const DEFAULT_CHUNK: usize = 128 * 1024;
const DEFAULT_WINDOW: usize = 8 * 1024 * 1024;
/// How long the server waits for a flow-control ack, and a restore for its next chunk.
const ACK_TIMEOUT: Duration = Duration::from_secs(5);
/// Directory of in-progress restores inside the account directory (upstream `snapsDir`).
pub(super) const SNAPS_DIR: &str = "__snapshots__";
/// Largest tar entry a restore reads into memory (one block or state file).
const MAX_ENTRY: u64 = 256 * 1024 * 1024;
/// The subject a restored stream's sequence gaps are filled with before being deleted.
const GAP_SUBJECT: &str = "_rnats.restore.gap";

/// `$JS.API.STREAM.SNAPSHOT` request (upstream `JSApiStreamSnapshotRequest`).
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct SnapshotRequest {
    deliver_subject: String,
    no_consumers: bool,
    chunk_size: i64,
    window_size: i64,
    jsck: bool,
}

/// `$JS.API.STREAM.RESTORE` request (upstream `JSApiStreamRestoreRequest`).
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct RestoreRequest {
    config: Option<Value>,
    state: Option<Value>,
}

/// A consumer as it goes into a snapshot.
struct ConsumerSnap {
    name: String,
    meta: Vec<u8>,
    state: ConsumerState,
}

/// Everything the snapshot writer needs, gathered on the API task.
struct SnapSource {
    name: String,
    meta: Vec<u8>,
    store: Arc<dyn StreamStore>,
    last_seq: u64,
    /// Timestamp of the last sequence, kept by the end marker when that message is gone.
    last_ts: i64,
    consumers: Vec<ConsumerSnap>,
}

/// A `Write` that cuts the output into chunks of `size` bytes and hands them to the sender.
struct ChunkWriter {
    size: usize,
    buf: Vec<u8>,
    tx: tokio::sync::mpsc::Sender<Vec<u8>>,
}

impl ChunkWriter {
    fn send(&mut self) -> std::io::Result<()> {
        let chunk = std::mem::replace(&mut self.buf, Vec::with_capacity(self.size));
        self.tx
            .blocking_send(chunk)
            .map_err(|_| std::io::Error::new(std::io::ErrorKind::BrokenPipe, "snapshot aborted"))
    }

    /// Sends the last, short chunk (if any).
    fn finish(&mut self) -> std::io::Result<()> {
        if self.buf.is_empty() {
            return Ok(());
        }
        self.send()
    }
}

impl Write for ChunkWriter {
    fn write(&mut self, data: &[u8]) -> std::io::Result<usize> {
        let room = self.size - self.buf.len();
        let n = room.min(data.len());
        self.buf.extend_from_slice(&data[..n]);
        if self.buf.len() == self.size {
            self.send()?;
        }
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Adds one file to the tar as upstream does (mode 0600, owner `nats`).
fn tar_file<W: Write>(
    tw: &mut tar::Builder<W>,
    name: &str,
    data: &[u8],
    mtime: u64,
) -> std::io::Result<()> {
    let mut h = tar::Header::new_ustar();
    h.set_mode(0o600);
    h.set_mtime(mtime);
    h.set_size(data.len() as u64);
    h.set_entry_type(tar::EntryType::Regular);
    let _ = h.set_username("nats");
    let _ = h.set_groupname("nats");
    tw.append_data(&mut h, name, data)
}

/// Writes the snapshot of `src` (tar in S2) to `out`. Runs on a blocking thread.
fn write_snapshot(src: &SnapSource, out: ChunkWriter) -> Result<(), String> {
    let io = |e: std::io::Error| e.to_string();
    let mtime = u64::try_from(now_ns() / 1_000_000_000).unwrap_or(0);
    let enc = minlz::Writer::new(out);
    let mut tw = tar::Builder::new(enc);
    tw.mode(tar::HeaderMode::Deterministic);
    tar_file(&mut tw, "meta.inf", &src.meta, mtime).map_err(io)?;
    let sum = format::meta_sum(&src.name, &src.meta);
    tar_file(&mut tw, "meta.sum", sum.as_bytes(), mtime).map_err(io)?;

    let mut index = 1u32;
    let mut key = format::block_key(&src.name, index);
    let mut blk: Vec<u8> = Vec::new();
    let mut seq = src.store.state().first_seq.max(1);
    let mut last_written = 0u64;
    loop {
        if seq > src.last_seq {
            break;
        }
        let m = match src.store.load_next_msg(">", seq) {
            Ok(m) if m.seq <= src.last_seq => m,
            Ok(_) | Err(StoreError::Eof) => break,
            Err(StoreError::Corrupt { seq: bad }) => {
                return Err(format!("Could not read message {bad}: message is damaged"))
            }
            Err(e) => return Err(format!("Could not read message {seq}: {e}")),
        };
        format::put_record(
            &mut blk,
            &key,
            m.seq,
            m.ts,
            m.subject.as_bytes(),
            &m.hdr,
            &m.payload,
        );
        last_written = m.seq;
        seq = m.seq + 1;
        if blk.len() >= BLOCK_SIZE {
            tar_file(&mut tw, &format!("msgs/{index}.blk"), &blk, mtime).map_err(io)?;
            blk.clear();
            index += 1;
            key = format::block_key(&src.name, index);
        }
    }
    // Sequences deleted at the end are kept by an erased placeholder for the last one, as
    // upstream keeps the last sequence of an emptied block.
    if src.last_seq > last_written {
        format::put_record(
            &mut blk,
            &key,
            src.last_seq | format::EBIT,
            src.last_ts,
            b"",
            b"",
            b"",
        );
    }
    if !blk.is_empty() || index == 1 {
        tar_file(&mut tw, &format!("msgs/{index}.blk"), &blk, mtime).map_err(io)?;
    }
    let now_secs = (now_ns() + 500_000_000) / 1_000_000_000;
    for c in &src.consumers {
        let dir = format!("obs/{}", c.name);
        tar_file(&mut tw, &format!("{dir}/meta.inf"), &c.meta, mtime).map_err(io)?;
        let sum = format::meta_sum(&format!("{}/{}", src.name, c.name), &c.meta);
        tar_file(&mut tw, &format!("{dir}/meta.sum"), sum.as_bytes(), mtime).map_err(io)?;
        let state = format::encode_consumer_state(&c.state, now_secs);
        tar_file(&mut tw, &format!("{dir}/o.dat"), &state, mtime).map_err(io)?;
    }
    let mut enc = tw.into_inner().map_err(io)?;
    enc.flush().map_err(io)?;
    enc.get_mut().finish().map_err(io)?;
    Ok(())
}

/// `{"Created": <time>, ...fields}`, upstream's `FileStreamInfo`/`FileConsumerInfo` JSON.
fn file_info(created: i64, name: Option<&str>, cfg: Value) -> Vec<u8> {
    let mut m = Map::new();
    m.insert("Created".into(), json!(go_time(created)));
    if let Some(n) = name {
        m.insert("Name".into(), json!(n));
    }
    if let Value::Object(fields) = cfg {
        m.extend(fields);
    }
    serde_json::to_vec(&Value::Object(m)).unwrap_or_default()
}

/// Parses a Go `time.Time` JSON string to ns since the epoch (0 for the zero time).
fn parse_go_time(v: Option<&Value>) -> i64 {
    v.and_then(Value::as_str)
        .and_then(|s| chrono::DateTime::parse_from_rfc3339(s).ok())
        .and_then(|t| t.timestamp_nanos_opt())
        .filter(|n| *n > 0)
        .unwrap_or(0)
}

impl JsAccount {
    /// `$JS.API.STREAM.SNAPSHOT.<stream>`: answers `{config, state}` and streams the data.
    pub(super) async fn snapshot(
        self: &Arc<Self>,
        name: &str,
        payload: &[u8],
    ) -> super::api::Reply {
        if super::api::is_empty_request(payload) {
            return Err(ApiError::new(JsError::BadRequest));
        }
        let stream = self.find(name)?;
        let req: SnapshotRequest =
            serde_json::from_slice(payload).map_err(|e| ApiError::text(JsError::InvalidJson, e))?;
        if req.deliver_subject.is_empty()
            || !rnats_proto::subject::is_valid_subject(req.deliver_subject.as_bytes())
        {
            return Err(ApiError::new(JsError::SnapshotDeliverSubjectInvalid));
        }
        let fail = |e: &dyn std::fmt::Display| ApiError::text(JsError::StreamSnapshot, e);
        let cfg = stream.config();
        if cfg.storage_kind() == StorageKind::Memory {
            return Err(fail(&"no impl"));
        }
        if req.jsck {
            log_info!(
                "Starting health check and snapshot for stream '{} > {}'",
                self.name(),
                name
            );
            let bad: u64 = stream
                .store
                .damage()
                .lost()
                .map(|d| d.seqs.map_or(1, |(a, b)| b - a + 1))
                .sum();
            if bad > 0 {
                return Err(fail(&format!("snapshot check detected {bad} bad messages")));
            }
        } else {
            log_info!("Starting snapshot for stream '{} > {}'", self.name(), name);
        }
        let state = stream.store.state();
        let mut consumers = Vec::new();
        if !req.no_consumers {
            for c in stream.public_consumers() {
                let Some(dir) = c.dir().cloned() else {
                    continue;
                };
                c.sync_state().await;
                let st = tokio::task::spawn_blocking(move || ConsumerStateFile::open(dir)?.read())
                    .await
                    .map_err(|e| fail(&e))?
                    .map_err(|e| fail(&e))?
                    .unwrap_or_default();
                let cfg = serde_json::to_value(c.config()).map_err(|e| fail(&e))?;
                consumers.push(ConsumerSnap {
                    name: c.name.clone(),
                    meta: file_info(c.created, Some(&c.name), cfg),
                    state: st,
                });
            }
        }
        let src = SnapSource {
            name: name.to_string(),
            meta: file_info(
                stream.created,
                None,
                serde_json::to_value(&cfg).map_err(|e| fail(&e))?,
            ),
            store: stream.store.clone(),
            last_seq: state.last_seq,
            last_ts: state.last_ts,
            consumers,
        };
        let info = self.stream_info(&stream, true, &InfoRequest::default());
        let js = self.clone();
        let deliver = req.deliver_subject.clone();
        let bytes = state.bytes;
        let sname = name.to_string();
        let state_json = info.get("state").cloned().unwrap_or(Value::Null);
        tokio::spawn(async move {
            let start = std::time::Instant::now();
            let start_ns = now_ns();
            advisory::snapshot_event(
                &js.api,
                js.config.domain.as_deref(),
                "SNAPSHOT_CREATE",
                advisory::SNAPSHOT_CREATE,
                &sname,
                || json!({ "state": state_json }),
            );
            js.stream_snapshot(src, &req, &deliver).await;
            advisory::snapshot_event(
                &js.api,
                js.config.domain.as_deref(),
                "SNAPSHOT_COMPLETE",
                advisory::SNAPSHOT_COMPLETE,
                &sname,
                || json!({ "start": go_time(start_ns), "end": go_time(now_ns()) }),
            );
            log_info!(
                "Completed snapshot of {} for stream '{} > {sname}' in {:?}",
                super::friendly_bytes(bytes as i64),
                js.name(),
                start.elapsed()
            );
        });
        let mut v = json!({});
        if let Some(c) = info.get("config") {
            v["config"] = c.clone();
        }
        if let Some(s) = info.get("state") {
            v["state"] = s.clone();
        }
        Ok(v)
    }

    /// Streams a snapshot to `deliver` with upstream's flow control.
    async fn stream_snapshot(&self, src: SnapSource, req: &SnapshotRequest, deliver: &str) {
        let clamp = |v: i64, def: usize, lo: usize, hi: usize| {
            let v = if v <= 0 { def } else { v as usize };
            v.clamp(lo, hi)
        };
        let chunk = clamp(req.chunk_size, DEFAULT_CHUNK, 1024, 1024 * 1024);
        let window = clamp(req.window_size, DEFAULT_WINDOW, 1024, 32 * 1024 * 1024).max(chunk);
        let max_inflight = window / chunk;

        let (client, mut acks) = self.client(&format!("JetStream snapshot {}", src.name));
        let wait_interest = async {
            for _ in 0..200 {
                if client.has_interest(deliver.as_bytes()) {
                    return;
                }
                tokio::time::sleep(Duration::from_millis(10)).await;
            }
        };
        wait_interest.await;
        let ack_subj = format!(
            "$JS.SNAPSHOT.ACK.{}.{}",
            src.name,
            rnats_proto::nuid::next()
        );
        if client.subscribe(&format!("{ack_subj}.>"), None).is_err() {
            return;
        }
        let (tx, mut rx) = tokio::sync::mpsc::channel::<Vec<u8>>(4);
        let writer = ChunkWriter {
            size: chunk,
            buf: Vec::with_capacity(chunk),
            tx,
        };
        let producer = tokio::task::spawn_blocking(move || write_snapshot(&src, writer));
        let mut slots = max_inflight;
        let mut end_hdr: Option<String> = None;
        let mut index = 0u64;
        loop {
            while slots == 0 {
                match tokio::time::timeout(ACK_TIMEOUT, acks.next()).await {
                    Ok(Some(_)) => slots += 1,
                    Ok(None) => break,
                    Err(_) => {
                        end_hdr = Some("NATS/1.0 408 No Flow Response\r\n\r\n".into());
                        break;
                    }
                }
            }
            if slots == 0 {
                break;
            }
            // Acks that arrived meanwhile reopen the window without waiting.
            while acks.try_next().is_some() {
                slots = (slots + 1).min(max_inflight);
            }
            if !client.has_interest(deliver.as_bytes()) {
                end_hdr = Some("NATS/1.0 408 No Interest\r\n\r\n".into());
                break;
            }
            let Some(data) = rx.recv().await else {
                break;
            };
            index += 1;
            if data.len() < chunk {
                client.publish(deliver.as_bytes(), None, None, &data);
                break;
            }
            slots -= 1;
            let reply = format!("{ack_subj}.{}.{index}", data.len());
            client.publish(deliver.as_bytes(), Some(reply.as_bytes()), None, &data);
            if end_hdr.is_none() {
                end_hdr = Some("NATS/1.0 204\r\n\r\n".into());
            }
        }
        drop(rx);
        match producer.await {
            Ok(Err(e)) => {
                log_warn!("Snapshot for '{} > {deliver}' failed: {e}", self.name());
                end_hdr = Some(format!("NATS/1.0 500 {e}\r\n\r\n"));
            }
            Err(e) => end_hdr = Some(format!("NATS/1.0 500 {e}\r\n\r\n")),
            Ok(Ok(())) => {}
        }
        client.publish(
            deliver.as_bytes(),
            None,
            end_hdr.as_deref().map(str::as_bytes),
            b"",
        );
        client.flush();
        client.close();
    }

    /// `$JS.API.STREAM.RESTORE.<stream>`: checks the request, subscribes the deliver subject
    /// and answers it; the chunks are taken by a task of their own.
    pub(super) async fn restore(self: &Arc<Self>, name: &str, payload: &[u8]) -> super::api::Reply {
        if super::api::is_empty_request(payload) {
            return Err(ApiError::new(JsError::BadRequest));
        }
        let req: RestoreRequest =
            serde_json::from_slice(payload).map_err(|e| ApiError::text(JsError::InvalidJson, e))?;
        let mut raw_cfg = req.config.unwrap_or_else(|| json!({}));
        if raw_cfg
            .get("name")
            .and_then(Value::as_str)
            .unwrap_or("")
            .is_empty()
        {
            raw_cfg["name"] = json!(name);
        }
        if raw_cfg.get("name").and_then(Value::as_str) != Some(name) {
            return Err(ApiError::new(JsError::StreamMismatch));
        }
        if name.contains('/') || name.contains('\\') {
            return Err(ApiError::new(JsError::StreamNameContainsPathSeparators));
        }
        let cfg: StreamConfig =
            serde_json::from_value(raw_cfg).map_err(|e| ApiError::text(JsError::InvalidJson, e))?;
        let cfg = self.requested_config(cfg, false)?;
        self.check_limits(&cfg, cfg.max_bytes)?;
        if self.stream(name).is_some() {
            return Err(ApiError::new(JsError::StreamNameExistRestoreFailed));
        }
        if cfg.storage_kind() == StorageKind::Memory {
            return Err(ApiError::text(
                JsError::StreamRestore,
                "memory streams do not support restore",
            ));
        }
        // What the snapshot held: (first_seq, last_ts).
        let first_seq = (
            req.state
                .as_ref()
                .and_then(|s| s.get("first_seq"))
                .and_then(Value::as_u64)
                .unwrap_or(0),
            parse_go_time(req.state.as_ref().and_then(|s| s.get("last_ts"))),
        );
        log_info!("Starting restore for stream '{} > {}'", self.name(), name);
        advisory::snapshot_event(
            &self.api,
            self.config.domain.as_deref(),
            "RESTORE_CREATE",
            advisory::RESTORE_CREATE,
            name,
            || json!({}),
        );
        let subject = format!("$JS.SNAPSHOT.RESTORE.{name}.{}", rnats_proto::nuid::next());
        let (client, rx) = self.client(&format!("JetStream restore {name}"));
        if let Err(e) = client.subscribe(&subject, None) {
            return Err(ApiError::with(
                JsError::RestoreSubscribeFailed,
                &[("subject", &subject), ("err", &e.to_string())],
            ));
        }
        let js = self.clone();
        let name = name.to_string();
        tokio::spawn(async move {
            js.take_restore(name, cfg, first_seq, client, rx).await;
        });
        Ok(json!({ "deliver_subject": subject }))
    }

    /// Receives a restore's chunks, imports them and answers the final empty chunk.
    async fn take_restore(
        self: Arc<Self>,
        name: String,
        cfg: StreamConfig,
        first_seq: (u64, i64),
        client: crate::internal::InternalClient,
        mut rx: crate::internal::InternalReceiver,
    ) {
        let acc = self.name().to_string();
        let base = self
            .streams_dir
            .parent()
            .map(|p| p.join(SNAPS_DIR))
            .unwrap_or_else(|| PathBuf::from(SNAPS_DIR));
        let work = base.join(format!("snap-{}", rnats_proto::nuid::next()));
        let sdir = work.join("stream");
        let answer = |reply: &[u8], body: &[u8]| client.publish(reply, None, None, body);
        if let Err(e) = std::fs::create_dir_all(&sdir) {
            log_warn!("Restore for stream '{acc} > {name}' failed: {e}");
            client.close();
            return;
        }
        let start = std::time::Instant::now();
        let start_ns = now_ns();
        let mut total = 0usize;
        // The archive is decompressed and imported once, while it arrives (as upstream's
        // `RestoreStream` reads its pipe): its files' sizes are added up against the account's
        // and the server's storage, and the chunk that takes them over the limits, or that
        // shows the archive is damaged, is refused.
        let allowance = self.restore_allowance(&cfg);
        let mut import = ImportTask::start(ImportJob {
            sdir: sdir.clone(),
            name: name.clone(),
            cfg: cfg.clone(),
            first_seq,
            sync: self.config.sync,
            allowance,
        });
        // `Some` once the import has ended (the archive was complete before its last chunk).
        let mut ended: Option<Result<(), String>> = None;
        // The chunk refused and its answer.
        let mut refusal = None;
        let final_reply = loop {
            let msg = match tokio::time::timeout(ACK_TIMEOUT, rx.next()).await {
                Ok(Some(m)) => m,
                Ok(None) => break None,
                Err(_) => {
                    log_warn!("restore for stream '{acc} > {name}' is stalled");
                    break None;
                }
            };
            let Some(reply) = msg.reply.clone() else {
                log_warn!(
                    "restore for stream '{acc} > {name}' requires reply subject for each chunk"
                );
                break None;
            };
            if msg.payload.is_empty() {
                break Some(reply);
            }
            total += msg.payload.len();
            if ended.is_none() {
                ended = import.feed(msg.payload.clone()).await;
            }
            if let Some(Err(e)) = &ended {
                let err = if e == OVER_BUDGET {
                    ApiError::new(JsError::StorageResourcesExceeded)
                } else {
                    ApiError::text(JsError::StreamRestore, e)
                };
                log_warn!(
                    "Restore for stream '{acc} > {name}' refused: {}",
                    err.description
                );
                refusal = Some((reply, create_error(&err)));
                break None;
            }
            answer(&reply, b"");
        };
        let Some(reply) = final_reply else {
            drop(import.finish().await);
            let _ = std::fs::remove_dir_all(&work);
            // Answered once nothing is left behind.
            if let Some((reply, body)) = refusal {
                answer(&reply, &body);
                client.flush();
            }
            client.close();
            return;
        };
        let imported = match ended {
            Some(r) => r,
            None => import.finish().await,
        };
        let result = match imported {
            Ok(()) => self.finish_restore(&name, &cfg, &sdir).await,
            Err(e) if e == OVER_BUDGET => Err(ApiError::new(JsError::StorageResourcesExceeded)),
            Err(e) => Err(ApiError::text(JsError::StreamRestore, e)),
        };
        advisory::snapshot_event(
            &self.api,
            self.config.domain.as_deref(),
            "RESTORE_COMPLETE",
            advisory::RESTORE_COMPLETE,
            &name,
            || {
                json!({
                    "start": go_time(start_ns),
                    "end": go_time(now_ns()),
                    "bytes": total,
                })
            },
        );
        let _ = std::fs::remove_dir_all(&work);
        let body = match result {
            Ok(stream) => {
                log_info!(
                    "Completed restore of {} for stream '{acc} > {name}' in {:?}",
                    super::friendly_bytes(total as i64),
                    start.elapsed()
                );
                let mut v = self.stream_info(&stream, true, &InfoRequest::default());
                super::api::typed("io.nats.jetstream.api.v1.stream_create_response", &mut v)
                    .into_bytes()
            }
            Err(e) => {
                log_warn!(
                    "Restore failed for {} for stream '{acc} > {name}' in {:?}",
                    super::friendly_bytes(total as i64),
                    start.elapsed()
                );
                create_error(&e)
            }
        };
        answer(&reply, &body);
        client.flush();
        client.close();
    }

    /// Moves an imported stream directory into place and starts the stream.
    async fn finish_restore(
        self: &Arc<Self>,
        name: &str,
        cfg: &StreamConfig,
        sdir: &Path,
    ) -> Result<Arc<Stream>, ApiError> {
        let fail = |e: &dyn std::fmt::Display| ApiError::text(JsError::StreamRestore, e);
        if self.stream(name).is_some() {
            return Err(ApiError::new(JsError::StreamNameExistRestoreFailed));
        }
        let dest = self.streams_dir.join(name);
        let (from, to) = (sdir.to_path_buf(), dest.clone());
        let js = self.clone();
        let stream = tokio::task::spawn_blocking(move || -> anyhow::Result<Arc<Stream>> {
            std::fs::create_dir_all(to.parent().unwrap_or(Path::new(".")))?;
            if to.exists() {
                std::fs::remove_dir_all(&to)?;
            }
            std::fs::rename(&from, &to)?;
            match js.recover_stream(&to) {
                Ok(Some(s)) => Ok(s),
                Ok(None) => anyhow::bail!("restore did not create a stream"),
                Err(e) => {
                    let _ = std::fs::remove_dir_all(&to);
                    Err(e)
                }
            }
        })
        .await
        .map_err(|e| fail(&e))?
        .map_err(|e| fail(&format!("{e:#}")))?;
        // The limits hold at once (also a second line of defence when a nats-server snapshot
        // carries no usable `index.db`, the only record of deletes made by limits).
        if let Err(e) = stream.store.update_limits(cfg.limits()).await {
            log_warn!(
                "Restore of stream '{} > {name}': applying limits: {e}",
                self.name()
            );
        }
        self.add_stream(stream.clone());
        self.advise_stream(name, advisory::Action::Create);
        Ok(stream)
    }
}

/// Where an import writes and what it checks against.
struct ImportJob {
    /// The new stream directory.
    sdir: PathBuf,
    /// The stream's name.
    name: String,
    /// The stream's (checked) config.
    cfg: StreamConfig,
    /// What the snapshot held: (first_seq, last_ts).
    first_seq: (u64, i64),
    sync: SyncPolicy,
    /// [`JsAccount::restore_allowance`].
    allowance: i64,
}

/// A restore's import, on a blocking thread that decompresses the archive and writes the new
/// stream directory as far as the chunks so far allow: one pass, one chunk in memory at a time.
struct ImportTask {
    chunks: Option<std::sync::mpsc::SyncSender<bytes::Bytes>>,
    events: tokio::sync::mpsc::UnboundedReceiver<ImportEvent>,
    /// The importer asked for its first chunk.
    primed: bool,
}

/// What the importing thread reports.
enum ImportEvent {
    /// It used up every chunk so far.
    NeedMore,
    /// It ended: `Err(OVER_BUDGET)` when the files outgrew the budget.
    Done(Result<(), String>),
}

impl ImportTask {
    fn start(job: ImportJob) -> ImportTask {
        let (chunks, rx) = std::sync::mpsc::sync_channel::<bytes::Bytes>(1);
        let (ev, events) = tokio::sync::mpsc::unbounded_channel();
        tokio::task::spawn_blocking(move || {
            let reader = ChunkReader {
                rx,
                cur: bytes::Bytes::new(),
                ev: ev.clone(),
            };
            let _ = ev.send(ImportEvent::Done(import(reader, &job)));
        });
        ImportTask {
            chunks: Some(chunks),
            events,
            primed: false,
        }
    }

    /// Hands the importer `chunk` and waits until it has used it up (`None`) or ended.
    async fn feed(&mut self, chunk: bytes::Bytes) -> Option<Result<(), String>> {
        if !self.primed {
            self.primed = true;
            if let Some(end) = self.next().await {
                return Some(end);
            }
        }
        let sent = self.chunks.as_ref().map(|c| c.send(chunk));
        if !matches!(sent, Some(Ok(()))) {
            return Some(self.finish().await);
        }
        self.next().await
    }

    /// Ends the input and waits for the import's result.
    async fn finish(&mut self) -> Result<(), String> {
        self.chunks = None;
        loop {
            match self.events.recv().await {
                Some(ImportEvent::NeedMore) => continue,
                Some(ImportEvent::Done(r)) => return r,
                None => return Err("restore import stopped".to_string()),
            }
        }
    }

    /// The importer's next event: `None` when it wants more.
    async fn next(&mut self) -> Option<Result<(), String>> {
        match self.events.recv().await {
            Some(ImportEvent::NeedMore) => None,
            Some(ImportEvent::Done(r)) => Some(r),
            None => Some(Err("restore import stopped".to_string())),
        }
    }
}

/// The chunks of a restore as one byte stream; asks for each next chunk with
/// [`ImportEvent::NeedMore`] and ends when the sender is dropped.
struct ChunkReader {
    rx: std::sync::mpsc::Receiver<bytes::Bytes>,
    cur: bytes::Bytes,
    ev: tokio::sync::mpsc::UnboundedSender<ImportEvent>,
}

impl Read for ChunkReader {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        while self.cur.is_empty() {
            let _ = self.ev.send(ImportEvent::NeedMore);
            match self.rx.recv() {
                Ok(b) => self.cur = b,
                Err(_) => return Ok(0),
            }
        }
        let n = buf.len().min(self.cur.len());
        buf[..n].copy_from_slice(&self.cur.split_to(n));
        Ok(n)
    }
}

/// What a restore of `cfg` reserves before its data: its `max_bytes`, or 1 when unlimited
/// (upstream `checkBytesLimits`).
fn restore_base(cfg: &StreamConfig) -> i64 {
    if cfg.max_bytes < 0 {
        1
    } else {
        cfg.max_bytes
    }
}

/// The import's error when the snapshot's files outgrow [`JsAccount::restore_allowance`].
const OVER_BUDGET: &str = "insufficient storage resources available";

impl JsAccount {
    /// The most bytes a restore of `cfg` may add to the account's and the server's file
    /// storage, its [`restore_base`] included: the largest addition [`JsAccount::check_limits`]
    /// accepts (found by bisection, as the checks are monotonic in what is added).
    fn restore_allowance(&self, cfg: &StreamConfig) -> i64 {
        let (mut lo, mut hi) = (0i64, i64::MAX);
        if self.check_limits(cfg, hi).is_ok() {
            return hi;
        }
        while lo < hi {
            let mid = lo + (hi - lo) / 2 + 1;
            if self.check_limits(cfg, mid).is_ok() {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        lo
    }
}

/// A `stream_create_response` carrying `err`.
fn create_error(err: &ApiError) -> Vec<u8> {
    let mut v = json!({ "error": err });
    super::api::typed("io.nats.jetstream.api.v1.stream_create_response", &mut v).into_bytes()
}

/// Where an import stands: what is stored and what the snapshot said was deleted.
struct Importer {
    store: FileStore,
    /// Messages below this sequence are not taken (the snapshot's `first_seq`).
    lower: u64,
    /// Timestamp given to the placeholders of deleted sequences (the snapshot's `last_ts`), so
    /// the restored stream's `last_ts` is the original one when its last message is gone.
    gap_ts: Option<i64>,
    /// The sequence the store assigns next.
    next: u64,
    /// Whether anything was stored yet (until then a jump forward is a compact).
    stored: bool,
    /// Highest sequence a deleted record or tombstone named at or past `next`.
    marker: u64,
    /// Sequences deleted by records seen before the message itself.
    deleted: BTreeSet<u64>,
    pending: Vec<super::store::Completion<super::store::Stored>>,
}

impl Importer {
    fn new(store: FileStore, lower: u64, last_ts: i64) -> Self {
        Importer {
            store,
            lower,
            gap_ts: (last_ts > 0).then_some(last_ts),
            next: 1,
            stored: false,
            marker: 0,
            deleted: BTreeSet::new(),
            pending: Vec::new(),
        }
    }

    fn settle(&mut self) -> Result<(), String> {
        for c in self.pending.drain(..) {
            c.wait().map_err(|e| e.to_string())?;
        }
        Ok(())
    }

    /// Makes `seq` the next sequence the store assigns, deleting anything skipped.
    fn advance_to(&mut self, seq: u64) -> Result<(), String> {
        if seq <= self.next {
            return Ok(());
        }
        self.settle()?;
        if !self.stored {
            self.store.compact(seq).wait().map_err(|e| e.to_string())?;
        } else {
            for _ in self.next..seq {
                let mut gap = NewMsg::new(GAP_SUBJECT, "");
                gap.ts = self.gap_ts;
                self.pending.push(self.store.store_msg(gap));
            }
            self.settle()?;
            let removes: Vec<_> = (self.next..seq)
                .map(|gap| self.store.remove_msg(gap))
                .collect();
            for r in removes {
                r.wait().map_err(|e| e.to_string())?;
            }
        }
        self.next = seq;
        Ok(())
    }

    fn record(&mut self, rec: Record<'_>) -> Result<(), FormatError> {
        let err = FormatError;
        match rec {
            Record::Msg {
                seq,
                ts,
                subject,
                hdr,
                payload,
            } => {
                if seq < self.next || seq < self.lower || self.deleted.remove(&seq) {
                    self.marker = self.marker.max(seq);
                    return Ok(());
                }
                self.advance_to(seq).map_err(err)?;
                let subject = String::from_utf8(subject.to_vec())
                    .map_err(|_| err(format!("message {seq} has a subject that is not UTF-8")))?;
                let ttl = rnats_proto::headers::slice_header(hdr, b"Nats-TTL")
                    .and_then(|v| std::str::from_utf8(v).ok())
                    .and_then(|v| super::stream::parse_ttl(v.trim()));
                self.pending.push(self.store.store_msg(NewMsg {
                    subject,
                    hdr: bytes::Bytes::copy_from_slice(hdr),
                    payload: bytes::Bytes::copy_from_slice(payload),
                    ts: Some(ts),
                    ttl,
                }));
                self.next = seq + 1;
                self.stored = true;
                if self.pending.len() >= 1024 {
                    self.settle().map_err(err)?;
                }
            }
            Record::Deleted { seq } | Record::Tombstone { seq } => {
                if seq == 0 {
                    return Ok(());
                }
                if seq < self.next {
                    self.settle().map_err(err)?;
                    self.store
                        .remove_msg(seq)
                        .wait()
                        .map_err(|e| err(e.to_string()))?;
                } else {
                    self.deleted.insert(seq);
                    self.marker = self.marker.max(seq);
                }
            }
        }
        Ok(())
    }

    /// Removes what upstream's full state says is gone and the blocks still hold: sequences
    /// outside every block's `[first, last]` and those in a block's delete map, up to the state's
    /// last sequence (deletes by limits leave no tombstone in the blocks).
    fn apply_full_state(&mut self, full: &format::FullState) -> Result<(), String> {
        self.settle()?;
        let mut doomed: Vec<u64> = Vec::new();
        let mut covered_to = 0u64;
        let limit = full.last_seq.min(self.next.saturating_sub(1));
        let stored_in = |from: u64, to: u64, doomed: &mut Vec<u64>| {
            let mut seq = from;
            while seq <= to {
                match self.store.load_next_msg(">", seq) {
                    Ok(m) if m.seq <= to => {
                        doomed.push(m.seq);
                        seq = m.seq + 1;
                    }
                    _ => break,
                }
            }
        };
        for (first, last, deleted) in &full.blocks {
            if *first > covered_to + 1 {
                stored_in(covered_to + 1, (*first - 1).min(limit), &mut doomed);
            }
            doomed.extend(deleted.iter().copied().filter(|s| *s <= limit));
            covered_to = covered_to.max(*last);
        }
        for seq in doomed {
            self.store
                .remove_msg(seq)
                .wait()
                .map_err(|e| e.to_string())?;
        }
        Ok(())
    }

    /// Brings the last sequence up to the highest one the snapshot named, drops what lies
    /// below the snapshot's first sequence, and closes the store.
    fn finish(&mut self) -> Result<(), String> {
        self.settle()?;
        let target = self.marker.max(self.lower.saturating_sub(1));
        self.advance_to(target + 1)?;
        if self.lower > 1 && self.store.state().first_seq < self.lower {
            self.store
                .compact(self.lower)
                .wait()
                .map_err(|e| e.to_string())?;
        }
        self.store.sync().wait().map_err(|e| e.to_string())?;
        self.store.stop().wait().map_err(|e| e.to_string())
    }
}

/// A consumer's `meta.inf` and `o.dat` found in a snapshot.
type ConsumerFiles = (Option<Vec<u8>>, Option<Vec<u8>>);

/// Reads the snapshot archive (tar in S2) from `reader` into the stream directory of `job` in
/// rnats' layout (stream meta, store, durable consumers). Runs on a blocking thread.
fn import(reader: impl Read, job: &ImportJob) -> Result<(), String> {
    let (sdir, name, cfg) = (job.sdir.as_path(), job.name.as_str(), &job.cfg);
    let (first_seq, sync) = (job.first_seq, job.sync);
    // Upstream `RestoreStream`: the files' sizes, added up as the archive is read, plus what
    // the stream reserves, must fit the account's and the server's storage.
    let mut budget = u64::try_from(job.allowance.saturating_sub(restore_base(cfg))).unwrap_or(0);
    let dec = minlz::Reader::new(reader);
    let mut archive = tar::Archive::new(dec);
    let mut fc = FileStoreConfig::new(sdir);
    fc.sync = match sync {
        SyncPolicy::Always => SyncPolicy::Interval(Duration::from_secs(3600)),
        other => other,
    };
    fc.store = StoreConfig::default();
    let store = FileStore::open(fc).map_err(|e| e.to_string())?;
    let mut imp = Importer::new(store, first_seq.0, first_seq.1);
    let mut created = 0i64;
    let mut saw_meta = false;
    let mut consumers: std::collections::BTreeMap<String, ConsumerFiles> =
        std::collections::BTreeMap::new();
    let entries = archive.entries().map_err(|e| e.to_string())?;
    for entry in entries {
        let mut entry = entry.map_err(|e| e.to_string())?;
        if entry.header().entry_type() != tar::EntryType::Regular {
            return Err("unexpected content".to_string());
        }
        let path = entry
            .path()
            .map_err(|e| e.to_string())?
            .to_string_lossy()
            .into_owned();
        let path = path.trim_start_matches("./").to_string();
        if path.split('/').any(|p| p == ".." || p.is_empty()) || path.starts_with('/') {
            return Err("unexpected content".to_string());
        }
        let size = entry.header().size().map_err(|e| e.to_string())?;
        budget = budget
            .checked_sub(size)
            .ok_or_else(|| OVER_BUDGET.to_string())?;
        if size > MAX_ENTRY {
            return Err(format!("snapshot file {path} is too large ({size} bytes)"));
        }
        let mut data = Vec::with_capacity(size as usize);
        entry.read_to_end(&mut data).map_err(|e| e.to_string())?;
        let parts: Vec<&str> = path.split('/').collect();
        match parts.as_slice() {
            ["meta.inf"] => {
                let v: Value =
                    serde_json::from_slice(&data).map_err(|e| format!("stream meta data: {e}"))?;
                if v.get("name").and_then(Value::as_str) != Some(name) {
                    return Err("stream names do not match".to_string());
                }
                created = parse_go_time(v.get("Created"));
                saw_meta = true;
            }
            ["errors.txt"] => {
                return Err(String::from_utf8_lossy(&data).into_owned());
            }
            ["msgs", "index.db"] => {
                if let Some(full) = format::parse_full_state(name, &data) {
                    imp.apply_full_state(&full)?;
                }
            }
            ["msgs", blk] => {
                let Some(index) = blk.strip_suffix(".blk").and_then(|n| n.parse::<u32>().ok())
                else {
                    continue;
                };
                let key = format::block_key(name, index);
                format::parse_block(blk, &key, &data, |r| imp.record(r)).map_err(|e| e.0)?;
            }
            ["obs", cname, file] => {
                let e = consumers.entry((*cname).to_string()).or_default();
                match *file {
                    "meta.inf" => e.0 = Some(data),
                    "o.dat" => e.1 = Some(data),
                    _ => {}
                }
            }
            _ => {}
        }
    }
    if !saw_meta {
        return Err("snapshot has no stream meta data (meta.inf)".to_string());
    }
    imp.finish()?;
    drop(imp);
    let meta = StreamMeta {
        config: cfg.clone(),
        created: if created > 0 { created } else { now_ns() },
    };
    let raw = serde_json::to_vec(&meta).map_err(|e| e.to_string())?;
    super::store::file::write_meta(sdir, &raw).map_err(|e| e.to_string())?;
    for (cname, (meta, state)) in consumers {
        let cerr =
            |e: &dyn std::fmt::Display| format!("error restoring consumer [\"{cname}\"]: {e}");
        let Some(meta) = meta else {
            return Err(cerr(&"no such file or directory"));
        };
        let mut v: Value = serde_json::from_slice(&meta).map_err(|e| cerr(&e))?;
        let created = parse_go_time(v.get("Created"));
        if let Some(m) = v.as_object_mut() {
            m.remove("Created");
            m.remove("Name");
        }
        let mut ccfg: ConsumerConfig = serde_json::from_value(v).map_err(|e| cerr(&e))?;
        if ccfg.durable_name.is_empty() {
            // rnats keeps no state for ephemeral consumers: they are not restored.
            log_warn!("Restore of stream '{name}': ephemeral consumer '{cname}' skipped");
            continue;
        }
        if ccfg.name.is_empty() {
            ccfg.name = cname.clone();
        }
        let ccfg = ccfg.normalize().map_err(|e| cerr(&e.description))?;
        let state = match state {
            Some(s) => format::decode_consumer_state(&s).map_err(|e| cerr(&e))?,
            None => ConsumerState::default(),
        };
        let dir = sdir.join(CONSUMERS_DIR).join(&cname);
        let cm = ConsumerMeta {
            config: ccfg,
            created: if created > 0 { created } else { now_ns() },
        };
        let raw = serde_json::to_vec(&cm).map_err(|e| cerr(&e))?;
        super::store::file::write_meta(&dir, &raw).map_err(|e| cerr(&e))?;
        ConsumerStateFile::open(dir.clone())
            .and_then(|f| f.write(&state))
            .map_err(|e| cerr(&e))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_info_puts_created_first() {
        let v = file_info(1_000_000_000, Some("C"), json!({"name": "C", "x": 1}));
        let s = String::from_utf8(v).expect("utf8");
        assert!(
            s.starts_with(r#"{"Created":"1970-01-01T00:00:01Z","Name":"C","#),
            "{s}"
        );
        assert_eq!(
            parse_go_time(Some(&json!("1970-01-01T00:00:01Z"))),
            1_000_000_000
        );
        assert_eq!(parse_go_time(Some(&json!("0001-01-01T00:00:00Z"))), 0);
    }
}
