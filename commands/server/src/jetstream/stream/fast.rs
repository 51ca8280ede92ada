//! Fast batch publish (ADR-50's fast ingest, `allow_batched`; upstream `server/stream.go`
//! `getFastBatch`/`processJetStreamFastBatchMsg` and `server/jetstream_batching.go`).
//!
//! A fast batch is told by its reply subject, not by headers:
//! `<prefix>.<batch id>.<initial flow>.<gap mode>.<batch seq>.<operation>.$FI`, with gap mode
//! `ok` or `fail` and operation 0 start, 1 append, 2 commit, 3 commit without storing (`eob`),
//! 4 ping. Unlike an atomic batch nothing is staged: every message is checked and stored as it
//! comes (upstream's per-message `checkMsgHeadersPreClusteredProposal`), and the publisher
//! hears back only now and then, on its reply subject:
//! - `{"type":"ack","seq":N,"msgs":M}`: messages up to batch sequence N are stored, the next
//!   ack comes after M more (the first message is answered with `seq` 0 and the window);
//! - `{"type":"gap","last_seq":E,"seq":N}`: messages E up to N were lost;
//! - `{"type":"err","seq":N,"error":{..}}`: message N was refused;
//! - at the commit, a PubAck with `batch` and `count`.
//!
//! With gap mode `fail` a gap or a refused message ends the batch (committing what was
//! stored); with `ok` the batch goes on. Messages that need the stream settled (message ids,
//! expectations, counters, rollups, republish) are stored one at a time; the others are
//! pipelined through the store like plain publishes, and this module's acknowledging task
//! registers their sequences in order. A batch idle for [`super::batch::TIMEOUT`] is dropped
//! without an answer, as upstream's cleanup timer does. Bounds: [`MAX_INFLIGHT_PER_STREAM`] open
//! fast batches per stream and [`MAX_INFLIGHT_TOTAL`] per server, unless `jetstream { limits {
//! batch { ... } } }` says otherwise.

use std::collections::HashMap;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;
use std::time::Instant;

use bytes::Bytes;
use rnats_proto::headers::slice_header;
use serde_json::json;
use tokio::sync::{mpsc, oneshot, OwnedSemaphorePermit};

use super::super::errors::{ApiError, JsError};
use super::super::store::{Completion, NewMsg, StoreError, Stored};
use super::batch::TIMEOUT;
use super::{
    header_value, inflight_weight, without_status, Stream, EXPECTED_LAST_MSG_ID, EXPECTED_LAST_SEQ,
    EXPECTED_LAST_SUBJ_SEQ, MSG_ID, ROLLUP,
};
use crate::internal::InternalMsg;

/// The header asking for a minimum API level (upstream `JSRequiredApiLevel`).
const REQUIRED_API_LEVEL: &str = "Nats-Required-Api-Level";
/// The reply subject suffix of fast batch messages (upstream `FastBatchSuffix`).
const SUFFIX: &str = ".$FI";
/// Most open fast batches per stream (upstream `streamDefaultMaxFastBatchInflightPerStream`).
pub const MAX_INFLIGHT_PER_STREAM: usize = 1000;
/// Most open fast batches per server (upstream `streamDefaultMaxFastBatchInflightTotal`).
pub const MAX_INFLIGHT_TOTAL: i64 = 50_000;
/// Longest batch id accepted.
const MAX_ID_LEN: usize = 64;
/// The most messages between two flow acks the server asks for.
const MAX_ACK_MESSAGES: u16 = 500;
/// Room in the fast acknowledging task's queue.
const ACK_QUEUE: usize = 4096;

/// Open fast batches of every stream of this server.
static INFLIGHT_TOTAL: AtomicI64 = AtomicI64::new(0);
/// Tells batches apart when an id is reused after its batch was dropped.
static GENERATION: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// What a fast batch reply subject asks for (upstream `FastBatch`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FastBatch {
    /// The batch id.
    pub id: String,
    /// This message's place in the batch, from 1.
    pub seq: u64,
    /// The most messages between flow acks the publisher allows.
    pub flow: u16,
    /// Operation 4: only asks for the flow state.
    pub ping: bool,
    /// Gap mode `ok`.
    pub gap_ok: bool,
    /// Operation 2 or 3.
    pub commit: bool,
    /// Operation 3: commit without storing this message.
    pub commit_eob: bool,
}

/// Reads a fast batch reply subject: `None` when `reply` is not one, `Some(None)` when it ends
/// in `$FI` but is malformed (refused with "batch publish pattern is invalid").
pub fn parse_reply(reply: &[u8]) -> Option<Option<FastBatch>> {
    let rest = reply.strip_suffix(SUFFIX.as_bytes())?;
    if rest.is_empty() {
        return None;
    }
    Some(std::str::from_utf8(rest).ok().and_then(parse_tokens))
}

/// Go's `parseInt64`: decimal digits only, else -1.
fn go_int(t: &str) -> i64 {
    if t.is_empty() || !t.bytes().all(|b| b.is_ascii_digit()) {
        return -1;
    }
    t.parse().unwrap_or(-1)
}

fn parse_tokens(rest: &str) -> Option<FastBatch> {
    // Read from the end, as upstream does: the prefix may hold any number of tokens.
    let mut it = rest.rsplitn(6, '.');
    let op = go_int(it.next()?);
    if !(0..=4).contains(&op) {
        return None;
    }
    let seq = go_int(it.next()?);
    if seq < 1 {
        return None;
    }
    let seq = seq as u64;
    let commit_eob = op == 3;
    if (seq == 1 && commit_eob) || (op == 0 && seq != 1) || (op == 1 && seq <= 1) {
        return None;
    }
    let gap_ok = match it.next()? {
        "ok" => true,
        "fail" => false,
        _ => return None,
    };
    let flow = match go_int(it.next()?) {
        f if f <= 0 => 10,
        f => u16::try_from(f).unwrap_or(u16::MAX),
    };
    let id = it.next()?;
    // The id must be preceded by a prefix token.
    it.next()?;
    Some(FastBatch {
        id: id.to_string(),
        seq,
        flow,
        ping: op == 4,
        gap_ok,
        commit: commit_eob || op == 2,
        commit_eob,
    })
}

/// One open fast batch (upstream `fastBatch`). Dropping it releases its place in
/// [`INFLIGHT_TOTAL`].
struct Open {
    /// Highest batch sequence received.
    lseq: u64,
    /// Stream sequence of the last message stored.
    sseq: u64,
    /// Highest batch sequence stored (≤ `lseq`).
    pseq: u64,
    /// Batch sequence of the last flow ack (≤ `pseq`).
    fseq: u64,
    /// Messages handed to the store and not yet stored.
    pending: u32,
    /// A flow ack every this many messages.
    ack_messages: u16,
    /// The most the publisher allows.
    max_ack_messages: u16,
    gap_ok: bool,
    /// Committing: the PubAck goes out once every pending message is stored.
    commit: bool,
    last: Instant,
    gen: u64,
}

impl Drop for Open {
    fn drop(&mut self) {
        INFLIGHT_TOTAL.fetch_sub(1, Ordering::AcqRel);
    }
}

/// A message handed to the store, waiting for its sequence.
enum Pending {
    Msg {
        completion: Completion<Stored>,
        reply: Bytes,
        ack_reply: Option<Bytes>,
        subject: String,
        batch: FastBatch,
        _permit: OwnedSemaphorePermit,
    },
    Barrier(oneshot::Sender<()>),
}

/// The open fast batches of one stream, by id, and its acknowledging task's queue.
#[derive(Default)]
pub struct FastBatches {
    open: HashMap<String, Open>,
    acks: Option<mpsc::Sender<Pending>>,
}

impl FastBatches {
    /// Drops every open batch (the stream stops, or no longer allows fast batches).
    pub fn clear(&mut self) {
        self.open.clear();
    }

    /// Upstream `fastBatchInit`: the first window is what the publisher allows (at most
    /// [`MAX_ACK_MESSAGES`]), or 1 while other batches are open.
    fn init(&mut self, id: &str) {
        let n = self.open.len();
        if let Some(b) = self.open.get_mut(id) {
            b.ack_messages = if n > 1 {
                1
            } else {
                b.max_ack_messages.min(MAX_ACK_MESSAGES)
            };
        }
    }

    /// Upstream `checkFlowControl`: whether a flow ack is due, and with which window. The
    /// window doubles up to the publisher's allowance and its share of [`MAX_ACK_MESSAGES`].
    fn check_flow(&mut self, id: &str) -> Option<(u64, u16)> {
        let n = self.open.len().max(1);
        let b = self.open.get_mut(id)?;
        let am = u64::from(b.ack_messages.max(1));
        if b.pseq < b.fseq + am {
            return None;
        }
        let steps = (b.pseq - b.fseq) / am;
        b.fseq += steps * am;
        let share = u16::try_from(usize::from(MAX_ACK_MESSAGES) / n)
            .unwrap_or(1)
            .max(1)
            .min(b.max_ack_messages);
        if b.ack_messages < share {
            b.ack_messages = b.ack_messages.saturating_mul(2).min(share);
        } else if b.ack_messages > share {
            b.ack_messages = (b.ack_messages / 2).max(share);
        }
        Some((b.fseq, b.ack_messages))
    }
}

/// Flow ack body.
fn flow_ack(seq: u64, msgs: u16) -> String {
    json!({"type": "ack", "seq": seq, "msgs": msgs}).to_string()
}

/// Gap report body.
fn flow_gap(last_seq: u64, seq: u64) -> String {
    json!({"type": "gap", "last_seq": last_seq, "seq": seq}).to_string()
}

/// Error report body.
fn flow_err(seq: u64, err: &ApiError) -> String {
    json!({"type": "err", "seq": seq, "error": err}).to_string()
}

/// What the batch state says to do with an arriving message.
enum Next {
    /// Nothing more to do (answers already sent).
    Done,
    /// Check and store the message.
    Store,
}

impl Stream {
    /// Handles a message whose reply subject ends in `$FI`; `batch` is `None` when the subject
    /// is malformed.
    pub(super) async fn publish_fast(self: &Arc<Self>, msg: InternalMsg, batch: Option<FastBatch>) {
        let cfg = self.config_arc();
        let Some(reply) = msg.reply.clone() else {
            return;
        };
        let ack_reply = if cfg.no_ack {
            None
        } else {
            Some(reply.clone())
        };
        let hdr = without_status(msg.headers.clone().unwrap_or_default());
        if cfg.sealed {
            return self.pub_error(&ack_reply, ApiError::new(JsError::StreamSealed));
        }
        if let Err(e) = self.resources.check_publish(self.store.kind()) {
            return self.pub_error(&ack_reply, e);
        }
        if cfg.max_msg_size >= 0 && (hdr.len() + msg.payload.len()) as i64 > cfg.max_msg_size {
            return self.pub_error(
                &ack_reply,
                ApiError::new(JsError::StreamMessageExceedsMaximum),
            );
        }
        if !cfg.allow_batched {
            return self.pub_error(&ack_reply, ApiError::new(JsError::BatchPublishDisabled));
        }
        let Some(batch) = batch else {
            return self.pub_error(
                &ack_reply,
                ApiError::new(JsError::BatchPublishInvalidPattern),
            );
        };
        if batch.id.len() > MAX_ID_LEN {
            return self.pub_error(
                &ack_reply,
                ApiError::new(JsError::BatchPublishInvalidBatchId),
            );
        }
        // Upstream stores a single server's message before it takes the next: whatever ends
        // or reports on the batch waits here until the pipelined messages are registered.
        if self.fast_needs_settling(&batch) {
            self.fast_barrier().await;
        }
        // A required API level above ours ends the batch; the header is never stored.
        let level_refused = super::super::api::api_level_refused(&hdr);
        let next = match self.fast_step(&batch, &reply, &ack_reply, level_refused) {
            Ok(n) => n,
            Err(e) => return self.pub_error(&ack_reply, e),
        };
        if matches!(next, Next::Done) {
            return;
        }
        let hdr = if slice_header(&hdr, REQUIRED_API_LEVEL.as_bytes()).is_some() {
            Bytes::from(super::super::schedule::strip_headers(
                &hdr,
                REQUIRED_API_LEVEL,
                true,
            ))
        } else {
            hdr
        };
        self.fast_store(msg, hdr, batch, reply, ack_reply).await;
    }

    /// Whether `batch`'s message does more than append in order to an open batch.
    fn fast_needs_settling(&self, batch: &FastBatch) -> bool {
        if batch.ping || batch.commit {
            return true;
        }
        let fb = self.fast.lock().unwrap_or_else(|e| e.into_inner());
        fb.open
            .get(&batch.id)
            .is_some_and(|b| b.commit || b.lseq + 1 != batch.seq)
    }

    /// The batch bookkeeping of an arriving message, before it is checked (upstream
    /// `processJetStreamFastBatchMsg` up to the proposal).
    fn fast_step(
        self: &Arc<Self>,
        batch: &FastBatch,
        reply: &Bytes,
        ack_reply: &Option<Bytes>,
        level_refused: bool,
    ) -> Result<Next, ApiError> {
        let now = Instant::now();
        let limits = self.resources.batch();
        let timeout = limits.timeout(TIMEOUT);
        let mut fb = self.fast.lock().unwrap_or_else(|e| e.into_inner());
        // A batch past its timeout is gone, as upstream's timer removes it.
        fb.open.retain(|_, b| now.duration_since(b.last) < timeout);
        if !fb.open.contains_key(&batch.id) {
            if batch.seq != 1 {
                return Err(ApiError::new(JsError::BatchPublishUnknownBatchId));
            }
            if fb.open.len() + 1 > limits.per_stream(MAX_INFLIGHT_PER_STREAM) {
                return Err(ApiError::new(JsError::BatchPublishTooManyInflight));
            }
            if INFLIGHT_TOTAL.fetch_add(1, Ordering::AcqRel) + 1 > limits.total(MAX_INFLIGHT_TOTAL)
            {
                INFLIGHT_TOTAL.fetch_sub(1, Ordering::AcqRel);
                return Err(ApiError::new(JsError::BatchPublishTooManyInflight));
            }
            let gen = GENERATION.fetch_add(1, Ordering::Relaxed);
            fb.open.insert(
                batch.id.clone(),
                Open {
                    lseq: 0,
                    sseq: 0,
                    pseq: 0,
                    fseq: 0,
                    pending: 0,
                    ack_messages: 1,
                    max_ack_messages: batch.flow,
                    gap_ok: batch.gap_ok,
                    commit: false,
                    last: now,
                    gen,
                },
            );
            fb.init(&batch.id);
            self.watch_fast_timeout(batch.id.clone(), gen);
        }
        let id = batch.id.as_str();
        if level_refused {
            fb.open.remove(id);
            return Err(ApiError::new(JsError::RequiredApiLevel));
        }
        let Some(b) = fb.open.get_mut(id) else {
            return Ok(Next::Done);
        };
        if !b.commit {
            b.last = now;
        }
        if batch.ping {
            let mut send_flow = true;
            if batch.seq > b.lseq {
                self.reply_json(&Some(reply.clone()), &flow_gap(b.lseq + 1, batch.seq + 1));
                if b.gap_ok {
                    b.lseq = batch.seq;
                    if b.pending == 0 {
                        b.pseq = b.lseq;
                    }
                    if let Some((seq, msgs)) = fb.check_flow(id) {
                        self.reply_json(&Some(reply.clone()), &flow_ack(seq, msgs));
                        send_flow = false;
                    }
                } else if self.fast_commit(&mut fb, id, ack_reply) {
                    fb.open.remove(id);
                    send_flow = false;
                }
            }
            if send_flow {
                if let Some(b) = fb.open.get(id) {
                    self.reply_json(&Some(reply.clone()), &flow_ack(b.fseq, b.ack_messages));
                }
            }
            return Ok(Next::Done);
        }
        // Committing after an error: the publisher waits for the PubAck, skip.
        if b.commit {
            return Ok(Next::Done);
        }
        b.lseq += 1;
        if b.lseq != batch.seq {
            if batch.seq > b.lseq {
                self.reply_json(&Some(reply.clone()), &flow_gap(b.lseq, batch.seq));
            }
            if b.gap_ok && batch.seq > b.lseq {
                b.lseq = batch.seq;
            } else {
                b.lseq -= 1;
                if self.fast_commit(&mut fb, id, ack_reply) {
                    fb.open.remove(id);
                }
                return Ok(Next::Done);
            }
        }
        if batch.commit {
            if batch.commit_eob {
                if let Some(b) = fb.open.get_mut(id) {
                    b.lseq -= 1;
                    if b.pending == 0 {
                        b.pseq = b.lseq;
                    }
                }
            }
            let done = self.fast_commit(&mut fb, id, ack_reply);
            if batch.commit_eob {
                if done {
                    fb.open.remove(id);
                }
                return Ok(Next::Done);
            }
        }
        if batch.seq == 1 && ack_reply.is_some() && !batch.commit {
            if let Some(b) = fb.open.get(id) {
                self.reply_json(&Some(reply.clone()), &flow_ack(0, b.ack_messages));
            }
        }
        // Pending from here: stored, refused or found a duplicate, it is counted off again.
        if let Some(b) = fb.open.get_mut(id) {
            b.pending += 1;
        }
        Ok(Next::Store)
    }

    /// Upstream `fastBatchCommit`: marks the batch committing; when everything received is
    /// stored, sends the PubAck and returns true (the caller drops the batch).
    fn fast_commit(&self, fb: &mut FastBatches, id: &str, ack_reply: &Option<Bytes>) -> bool {
        let Some(b) = fb.open.get_mut(id) else {
            return true;
        };
        b.commit = true;
        if b.lseq != b.pseq {
            return false;
        }
        self.fast_pub_ack(ack_reply, b.sseq, id, b.lseq, false);
        true
    }

    /// The PubAck of a fast batch: the stream sequence of its last stored message, `batch` and
    /// `count`.
    fn fast_pub_ack(
        &self,
        ack_reply: &Option<Bytes>,
        seq: u64,
        id: &str,
        count: u64,
        duplicate: bool,
    ) {
        let mut ack = self.ack_json(seq, duplicate);
        let extra = format!(
            ",\"batch\":{},\"count\":{count}",
            serde_json::Value::String(id.to_string())
        );
        ack.insert_str(ack.len() - 1, &extra);
        self.reply_json(ack_reply, &ack);
    }

    /// Checks and stores a fast batch message (upstream: `checkMsgHeadersPreClusteredProposal`,
    /// then the store): pipelined when nothing in it needs the stream settled.
    async fn fast_store(
        self: &Arc<Self>,
        msg: InternalMsg,
        hdr: Bytes,
        batch: FastBatch,
        reply: Bytes,
        ack_reply: Option<Bytes>,
    ) {
        let cfg = self.config_arc();
        let republish = {
            let t = self.transforms.lock().unwrap_or_else(|e| e.into_inner());
            let subject = t.stored_subject(String::from_utf8_lossy(&msg.subject).into_owned());
            t.republish_subject(&subject).is_some()
        };
        let has = |n: &str| header_value(&hdr, n).is_some();
        // Schedules are registered once stored, as a batch of one.
        let serial = republish
            || cfg.allow_msg_counter
            || memchr::memmem::find(&hdr, b"Nats-Schedule").is_some()
            || [
                MSG_ID,
                EXPECTED_LAST_SEQ,
                EXPECTED_LAST_SUBJ_SEQ,
                EXPECTED_LAST_MSG_ID,
                ROLLUP,
                "Nats-Incr",
            ]
            .iter()
            .any(|n| has(n));
        let staged = super::batch::Staged {
            subject: String::from_utf8_lossy(&msg.subject).into_owned(),
            hdr: hdr.clone(),
            payload: msg.payload.clone(),
        };
        if serial {
            self.barrier().await;
            self.fast_barrier().await;
            let dup = header_value(&hdr, MSG_ID)
                .filter(|id| !id.is_empty())
                .and_then(|id| {
                    let mut d = self.dedupe.lock().unwrap_or_else(|e| e.into_inner());
                    d.expire(super::now_ns(), cfg.duplicate_window);
                    d.ids.get(&id).copied()
                });
            if let Some(seq) = dup {
                return self.fast_refused(&batch, &reply, &ack_reply, None, Some(seq));
            }
            match self.store_checked(&cfg, staged).await {
                Ok(st) => self.fast_stored(&batch, &reply, &ack_reply, st.seq),
                Err(e) => self.fast_refused(&batch, &reply, &ack_reply, Some(e), None),
            }
            return;
        }
        let prepared = match self.prepare_one(&cfg, staged) {
            Ok(m) => m,
            Err(e) => {
                self.fast_barrier().await;
                return self.fast_refused(&batch, &reply, &ack_reply, Some(e), None);
            }
        };
        let weight =
            inflight_weight(prepared.subject.len() + prepared.hdr.len() + prepared.payload.len());
        let Ok(permit) = self.inflight.clone().acquire_many_owned(weight).await else {
            return;
        };
        let subject = prepared.subject.clone();
        let completion = self.store.store_msg(prepared);
        let tx = self.fast_acks();
        let _ = tx
            .send(Pending::Msg {
                completion,
                reply,
                ack_reply,
                subject,
                batch,
                _permit: permit,
            })
            .await;
    }

    /// Checks one message as an atomic batch of one would be and builds what to store.
    fn prepare_one(
        &self,
        cfg: &super::StreamConfig,
        staged: super::batch::Staged,
    ) -> Result<NewMsg, ApiError> {
        let mut p = self.prepare(cfg, vec![staged], false)?;
        p.msgs
            .pop()
            .ok_or_else(|| ApiError::text(JsError::StreamStoreFailed, "nothing to store"))
    }

    /// Checks and stores one message with the stream settled: expectations, counters,
    /// rollups and republish as an atomic batch of one.
    async fn store_checked(
        &self,
        cfg: &super::StreamConfig,
        staged: super::batch::Staged,
    ) -> Result<Stored, ApiError> {
        let p = self.prepare(cfg, vec![staged], false)?;
        let transforms = self
            .transforms
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone();
        let republish: Vec<_> = p
            .msgs
            .iter()
            .map(|m| {
                transforms
                    .republish_subject(&m.subject)
                    .map(|(to, headers_only)| super::Republish {
                        to,
                        headers_only,
                        last: self.store.load_last_msg(&m.subject).map_or(0, |l| l.seq),
                        hdr: m.hdr.clone(),
                        payload: m.payload.clone(),
                    })
            })
            .collect();
        let subjects: Vec<String> = p.msgs.iter().map(|m| m.subject.clone()).collect();
        let Some(one) = p.msgs.into_iter().next() else {
            return Err(ApiError::text(
                JsError::StreamStoreFailed,
                "nothing to store",
            ));
        };
        let stored = match self.store.store_msg(one).await {
            Ok(s) => vec![s],
            Err(StoreError::MsgTooLarge) => {
                return Err(ApiError::new(JsError::StreamMessageExceedsMaximum))
            }
            Err(e) => return Err(ApiError::text(JsError::StreamStoreFailed, e)),
        };
        self.register_schedules(&stored, &subjects, &p.schedules);
        self.after_batch(&stored, &subjects, p.ids, p.rollups, republish)
            .await;
        self.wake_consumers();
        for (st, subject) in stored.iter().zip(&subjects) {
            self.drop_without_interest(st.seq, subject);
        }
        stored
            .into_iter()
            .last()
            .ok_or_else(|| ApiError::text(JsError::StreamStoreFailed, "nothing stored"))
    }

    /// A message of `batch` is stored at stream sequence `seq` (upstream
    /// `fastBatchRegisterSequences`): flow acks, and the PubAck once a commit is complete.
    fn fast_stored(&self, batch: &FastBatch, reply: &Bytes, ack_reply: &Option<Bytes>, seq: u64) {
        let mut fb = self.fast.lock().unwrap_or_else(|e| e.into_inner());
        let id = batch.id.as_str();
        let Some(b) = fb.open.get_mut(id) else {
            return;
        };
        b.pending = b.pending.saturating_sub(1);
        b.sseq = seq;
        if b.pending == 0 {
            b.pseq = b.lseq;
        } else {
            b.pseq = batch.seq;
        }
        if b.lseq == b.pseq && b.commit {
            let (sseq, count) = (b.sseq, b.lseq);
            fb.open.remove(id);
            drop(fb);
            return self.fast_pub_ack(ack_reply, sseq, id, count, false);
        }
        if let Some((s, m)) = fb.check_flow(id) {
            self.reply_json(&Some(reply.clone()), &flow_ack(s, m));
        }
    }

    /// A message of `batch` was refused (`err`) or is a duplicate of stream sequence `dup`.
    fn fast_refused(
        &self,
        batch: &FastBatch,
        reply: &Bytes,
        ack_reply: &Option<Bytes>,
        err: Option<ApiError>,
        dup: Option<u64>,
    ) {
        let mut fb = self.fast.lock().unwrap_or_else(|e| e.into_inner());
        let id = batch.id.as_str();
        let Some(b) = fb.open.get_mut(id) else {
            return;
        };
        b.pending = b.pending.saturating_sub(1);
        if dup.is_some() {
            if b.pending == 0 {
                b.pseq = batch.seq;
                if let Some((s, m)) = fb.check_flow(id) {
                    self.reply_json(&Some(reply.clone()), &flow_ack(s, m));
                }
            }
            if !batch.commit {
                return;
            }
        }
        let Some(b) = fb.open.get_mut(id) else {
            return;
        };
        // A first message refused in gap mode `fail` is answered as a plain publish.
        if !batch.gap_ok && b.lseq == 1 {
            fb.open.remove(id);
            drop(fb);
            return match (dup, err) {
                (Some(seq), _) => self.fast_pub_ack(ack_reply, seq, id, batch.seq, true),
                (None, Some(e)) => self.pub_error(ack_reply, e),
                (None, None) => {}
            };
        }
        if let Some(e) = &err {
            self.reply_json(&Some(reply.clone()), &flow_err(batch.seq, e));
        }
        if batch.gap_ok {
            return;
        }
        if err.is_some() {
            b.lseq -= 1;
        }
        if self.fast_commit(&mut fb, id, ack_reply) {
            fb.open.remove(id);
        }
    }

    /// The sender of this stream's fast acknowledging task, started on first use.
    fn fast_acks(self: &Arc<Self>) -> mpsc::Sender<Pending> {
        let mut fb = self.fast.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(tx) = &fb.acks {
            return tx.clone();
        }
        let (tx, rx) = mpsc::channel(ACK_QUEUE);
        tokio::spawn(acknowledge(Arc::downgrade(self), rx));
        fb.acks = Some(tx.clone());
        tx
    }

    /// Waits until every pipelined fast batch message so far is stored and registered.
    async fn fast_barrier(&self) {
        let tx = self
            .fast
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .acks
            .clone();
        let Some(tx) = tx else { return };
        let (done, wait) = oneshot::channel();
        if tx.send(Pending::Barrier(done)).await.is_ok() {
            let _ = wait.await;
        }
    }

    /// Drops fast batch `id` (generation `gen`) once idle for [`TIMEOUT`], without an answer.
    fn watch_fast_timeout(self: &Arc<Self>, id: String, gen: u64) {
        let weak = Arc::downgrade(self);
        let timeout = self.resources.batch().timeout(TIMEOUT);
        tokio::spawn(async move {
            let mut wait = timeout;
            loop {
                tokio::time::sleep(wait).await;
                let Some(stream) = weak.upgrade() else { return };
                let mut fb = stream.fast.lock().unwrap_or_else(|e| e.into_inner());
                match fb.open.get(&id) {
                    Some(b) if b.gen == gen => {
                        let idle = b.last.elapsed();
                        if idle >= timeout {
                            fb.open.remove(&id);
                            return;
                        }
                        wait = timeout - idle;
                    }
                    _ => return,
                }
            }
        });
    }
}

/// The fast acknowledging task of one stream: awaits each pipelined message's store
/// completion in order and registers its sequence in its batch.
async fn acknowledge(stream: std::sync::Weak<Stream>, mut rx: mpsc::Receiver<Pending>) {
    while let Some(p) = rx.recv().await {
        match p {
            Pending::Msg {
                completion,
                reply,
                ack_reply,
                subject,
                batch,
                _permit,
            } => {
                let r = completion.await;
                let Some(s) = stream.upgrade() else { return };
                match r {
                    Ok(st) => {
                        s.dedupe
                            .lock()
                            .unwrap_or_else(|e| e.into_inner())
                            .stored(st.seq, None);
                        s.wake_consumers();
                        s.drop_without_interest(st.seq, &subject);
                        s.fast_stored(&batch, &reply, &ack_reply, st.seq);
                    }
                    Err(e) => {
                        let err = match e {
                            StoreError::MsgTooLarge => {
                                ApiError::new(JsError::StreamMessageExceedsMaximum)
                            }
                            e => ApiError::text(JsError::StreamStoreFailed, e),
                        };
                        s.fast_refused(&batch, &reply, &ack_reply, Some(err), None);
                    }
                }
            }
            Pending::Barrier(done) => {
                let _ = done.send(());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Option<Option<FastBatch>> {
        parse_reply(s.as_bytes())
    }

    #[test]
    fn reply_subjects_parse_like_upstream() {
        assert_eq!(p("_INBOX.x"), None);
        let b = p("_INBOX.abc.uuid1.100.fail.1.0.$FI")
            .flatten()
            .expect("valid");
        assert_eq!(
            b,
            FastBatch {
                id: "uuid1".into(),
                seq: 1,
                flow: 100,
                ping: false,
                gap_ok: false,
                commit: false,
                commit_eob: false,
            }
        );
        let b = p("a.b.c.id.0.ok.7.3.$FI").flatten().expect("valid");
        assert!(b.commit && b.commit_eob && b.gap_ok);
        assert_eq!((b.id.as_str(), b.seq, b.flow), ("id", 7, 10));
        assert_eq!(
            p("p.id.99999999.ok.2.1.$FI").flatten().map(|b| b.flow),
            Some(u16::MAX)
        );
        // Start must be sequence 1, append later ones, eob never the first.
        assert_eq!(p("p.id.1.ok.2.0.$FI"), Some(None));
        assert_eq!(p("p.id.1.ok.1.1.$FI"), Some(None));
        assert_eq!(p("p.id.1.ok.1.3.$FI"), Some(None));
        assert_eq!(p("p.id.1.maybe.1.0.$FI"), Some(None));
        assert_eq!(p("p.id.1.ok.1.5.$FI"), Some(None));
        assert_eq!(p("p.id.1.ok.x.1.$FI"), Some(None));
        assert_eq!(p("id.1.ok.1.0.$FI"), Some(None));
        assert!(p("p.id.1.ok.1.4.$FI").flatten().is_some_and(|b| b.ping));
    }
}
