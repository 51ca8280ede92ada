//! Atomic batch publish (ADR-50, `allow_atomic`; upstream `server/stream.go`
//! `processJetStreamAtomicBatchMsg` and `server/jetstream_batching.go`).
//!
//! A publisher sends messages carrying `Nats-Batch-Id: <id>` and `Nats-Batch-Sequence: 1, 2,
//! ...`; the last one also carries `Nats-Batch-Commit: 1` (stored and commits) or `eob`
//! (commits without being stored). Until the commit, messages are staged here, in memory, and
//! each is answered with an empty reply; nothing reaches the store. At the commit the whole
//! batch is checked as upstream checks it (`checkMsgHeadersPreClusteredProposal`: expectations,
//! duplicates, counters with running totals, rollups, discard-new limits) and handed to the store
//! as one [`StreamStore::store_batch`](super::StreamStore::store_batch): all of it becomes
//! visible and durable at once, or none of it. The commit's PubAck carries `batch` and `count`.
//!
//! A batch that sees a gap in its sequence, an invalid commit, or no message for
//! [`TIMEOUT`] is abandoned, with upstream's `$JS.EVENT.ADVISORY.STREAM.BATCH_ABANDONED`
//! advisory (`incomplete`, `large`, `timeout`); every open batch is dropped when the stream
//! stops. Bounds: at most
//! [`MAX_BATCH_SIZE`] messages per batch, [`MAX_INFLIGHT_PER_STREAM`] open batches per stream and
//! [`MAX_INFLIGHT_TOTAL`] per server: upstream's defaults, which the `jetstream { limits {
//! batch { max_msgs, max_inflight_per_stream, max_inflight_total, timeout } } }` options
//! replace.

use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;

use super::super::counter;
use super::super::errors::{ApiError, JsError};
use super::super::now_ns;
use super::super::store::{DiscardPolicy, NewMsg, PurgeRequest, StoreError, Stored};
use super::{
    expect_last_seq, header_value, parse_ttl, without_status, Rollup, Stream, EXPECTED_LAST_MSG_ID,
    EXPECTED_LAST_SEQ, EXPECTED_LAST_SUBJ_SEQ, EXPECTED_LAST_SUBJ_SEQ_SUBJ, EXPECTED_STREAM,
    MSG_ID, MSG_TTL, ROLLUP,
};
use crate::internal::InternalMsg;

/// The batch id header; a message carrying it (non-empty) is part of an atomic batch.
pub const BATCH_ID: &str = "Nats-Batch-Id";
/// The message's place in its batch, from 1.
const BATCH_SEQ: &str = "Nats-Batch-Sequence";
/// `1`: this message is the last and commits; `eob`: commit, this message is not stored.
const BATCH_COMMIT: &str = "Nats-Batch-Commit";
/// Most messages in one batch (upstream `streamDefaultMaxAtomicBatchSize`).
pub const MAX_BATCH_SIZE: u64 = 1000;
/// Most open batches per stream (upstream `streamDefaultMaxAtomicBatchInflightPerStream`).
pub const MAX_INFLIGHT_PER_STREAM: usize = 50;
/// Most open batches per server (upstream `streamDefaultMaxAtomicBatchInflightTotal`).
pub const MAX_INFLIGHT_TOTAL: i64 = 1000;
/// A batch with no message for this long is abandoned (upstream `streamDefaultMaxBatchTimeout`).
pub const TIMEOUT: Duration = Duration::from_secs(10);
/// Longest batch id accepted.
const MAX_ID_LEN: usize = 64;

/// Open batches of every stream of this server.
static INFLIGHT_TOTAL: AtomicI64 = AtomicI64::new(0);
/// Tells batches apart when an id is reused after its batch was abandoned.
static GENERATION: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// A staged message, as published (headers without a status line).
pub(super) struct Staged {
    pub(super) subject: String,
    pub(super) hdr: Bytes,
    pub(super) payload: Bytes,
}

/// An open batch. Dropping it releases its place in [`INFLIGHT_TOTAL`].
struct Open {
    msgs: Vec<Staged>,
    last: Instant,
    gen: u64,
}

impl Drop for Open {
    fn drop(&mut self) {
        INFLIGHT_TOTAL.fetch_sub(1, Ordering::AcqRel);
    }
}

/// The open batches of one stream, by id.
#[derive(Default)]
pub struct Batches {
    open: HashMap<String, Open>,
}

impl Batches {
    /// Abandons every open batch (the stream stops, or its config no longer allows batches).
    pub fn clear(&mut self) {
        self.open.clear();
    }

    /// Forgets the batches that timed out.
    fn expire(&mut self, now: Instant, timeout: Duration) {
        self.open
            .retain(|_, b| now.duration_since(b.last) < timeout);
    }
}

use super::Republish;

/// A checked batch: the messages to store, with each one's `Nats-Msg-Id` and rollup.
pub(super) struct Prepared {
    pub(super) msgs: Vec<NewMsg>,
    pub(super) ids: Vec<Option<String>>,
    pub(super) rollups: Vec<Option<Rollup>>,
    /// Per message: when its schedule is first due, and whether it ends its subject's
    /// schedule (a plain message on a schedules stream).
    pub(super) schedules: Vec<(Option<i64>, bool)>,
}

/// What staging a message did besides its answer: a batch created (its generation), a batch
/// abandoned (the advisory's reason).
#[derive(Default)]
struct Events {
    created: Option<u64>,
    abandoned: Option<&'static str>,
}

/// What an arriving batch message leads to.
enum Step {
    /// Staged; answer with an empty reply.
    Staged,
    /// The batch is complete: commit these messages (the `eob` one already left out).
    Commit { msgs: Vec<Staged>, eob: bool },
}

impl Stream {
    /// Handles a message of atomic batch `id`.
    pub(super) async fn publish_batch(self: &Arc<Self>, msg: InternalMsg, id: String) {
        let cfg = self.config_arc();
        let reply = if cfg.no_ack { None } else { msg.reply.clone() };
        let hdr = without_status(msg.headers.clone().unwrap_or_default());
        let mut events = Events::default();
        let step = self.stage(&cfg, &msg, hdr, &id, &mut events);
        if let Some(gen) = events.created {
            self.watch_timeout(id.clone(), gen);
        }
        if let Some(reason) = events.abandoned {
            self.abandoned(&id, reason);
        }
        let step = match step {
            Ok(s) => s,
            Err(e) => return self.pub_error(&reply, e),
        };
        let (msgs, eob) = match step {
            Step::Staged => {
                if let Some(r) = &reply {
                    self.client.publish(r, None, None, b"");
                }
                return;
            }
            Step::Commit { msgs, eob } => (msgs, eob),
        };
        // Checked and stored against the stream as it is once every earlier publish landed.
        self.barrier().await;
        let count = msgs.len();
        let Prepared {
            msgs: batch,
            ids,
            rollups,
            schedules,
        } = match self.prepare(&cfg, msgs, eob) {
            Ok(p) => p,
            Err(e) => return self.pub_error(&reply, e),
        };
        // What republish needs, taken before storing: the destination and, per message, the
        // subject's previous sequence (the store's for a subject's first message in the batch).
        let republish: Vec<_> = {
            let transforms = self
                .transforms
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .clone();
            let mut first_of: HashMap<&str, u64> = HashMap::new();
            batch
                .iter()
                .map(|m| {
                    transforms
                        .republish_subject(&m.subject)
                        .map(|(to, headers_only)| {
                            let prev = *first_of.entry(m.subject.as_str()).or_insert_with(|| {
                                self.store.load_last_msg(&m.subject).map_or(0, |l| l.seq)
                            });
                            Republish {
                                to,
                                headers_only,
                                last: prev,
                                hdr: m.hdr.clone(),
                                payload: m.payload.clone(),
                            }
                        })
                })
                .collect()
        };
        let subjects: Vec<String> = batch.iter().map(|m| m.subject.clone()).collect();
        let stored = match self.store.store_batch(batch).await {
            Ok(s) => s,
            Err(StoreError::MsgTooLarge) => {
                return self.pub_error(&reply, ApiError::new(JsError::StreamMessageExceedsMaximum))
            }
            Err(e) => return self.pub_error(&reply, ApiError::text(JsError::StreamStoreFailed, e)),
        };
        self.after_batch(&stored, &subjects, ids, rollups, republish)
            .await;
        self.register_schedules(&stored, &subjects, &schedules);
        let Some(last) = stored.last() else {
            return;
        };
        let extra = format!(
            ",\"batch\":{},\"count\":{count}",
            serde_json::Value::String(id)
        );
        let mut ack = self.ack_json(last.seq, false);
        ack.insert_str(ack.len() - 1, &extra);
        self.reply_json(&reply, &ack);
        self.wake_consumers();
        for (st, subject) in stored.iter().zip(&subjects) {
            self.drop_without_interest(st.seq, subject);
        }
    }

    /// Stages one message: upstream's per-message checks, in its order. Errors abandon the batch
    /// where upstream does.
    fn stage(
        &self,
        cfg: &super::StreamConfig,
        msg: &InternalMsg,
        hdr: Bytes,
        id: &str,
        events: &mut Events,
    ) -> Result<Step, ApiError> {
        if cfg.sealed {
            return Err(ApiError::new(JsError::StreamSealed));
        }
        self.resources.check_publish(self.store.kind())?;
        if cfg.max_msg_size >= 0 && (hdr.len() + msg.payload.len()) as i64 > cfg.max_msg_size {
            return Err(ApiError::new(JsError::StreamMessageExceedsMaximum));
        }
        if !cfg.allow_atomic {
            return Err(ApiError::new(JsError::AtomicPublishDisabled));
        }
        if id.len() > MAX_ID_LEN {
            return Err(ApiError::new(JsError::AtomicPublishInvalidBatchId));
        }
        // Upstream `getBatchSequence`: absent or empty is missing; anything else goes through
        // `parseInt64`, whose -1 for garbage becomes a huge unsigned sequence.
        let seq = match header_value(&hdr, BATCH_SEQ) {
            None => return Err(ApiError::new(JsError::AtomicPublishMissingSeq)),
            Some(v) if v.is_empty() => return Err(ApiError::new(JsError::AtomicPublishMissingSeq)),
            Some(v) => parse_go_int(&v),
        };
        let limits = self.resources.batch();
        let (max_size, timeout) = (limits.size(MAX_BATCH_SIZE), limits.timeout(TIMEOUT));
        let too_large = || {
            ApiError::with(
                JsError::AtomicPublishTooLargeBatch,
                &[("size", &max_size.to_string())],
            )
        };
        let incomplete = || ApiError::new(JsError::AtomicPublishIncompleteBatch);
        let now = Instant::now();
        let mut batches = self.batches.lock().unwrap_or_else(|e| e.into_inner());
        // A batch past its timeout is gone, as upstream's timer removes it.
        if batches
            .open
            .get(id)
            .is_some_and(|b| now.duration_since(b.last) >= timeout)
        {
            batches.open.remove(id);
        }
        if !batches.open.contains_key(id) {
            if seq != 1 {
                return Err(if seq > max_size {
                    too_large()
                } else {
                    incomplete()
                });
            }
            batches.expire(now, timeout);
            if batches.open.len() + 1 > limits.per_stream(MAX_INFLIGHT_PER_STREAM) {
                return Err(ApiError::new(JsError::AtomicPublishTooManyInflight));
            }
            if INFLIGHT_TOTAL.fetch_add(1, Ordering::AcqRel) + 1 > limits.total(MAX_INFLIGHT_TOTAL)
            {
                INFLIGHT_TOTAL.fetch_sub(1, Ordering::AcqRel);
                return Err(ApiError::new(JsError::AtomicPublishTooManyInflight));
            }
            let gen = GENERATION.fetch_add(1, Ordering::Relaxed);
            batches.open.insert(
                id.to_string(),
                Open {
                    msgs: Vec::new(),
                    last: now,
                    gen,
                },
            );
            events.created = Some(gen);
        }
        let (commit, eob) = match header_value(&hdr, BATCH_COMMIT) {
            None => (false, false),
            Some(c) if c == "1" => (true, false),
            Some(c) if c == "eob" => (true, true),
            Some(_) => {
                batches.open.remove(id);
                return Err(ApiError::new(JsError::AtomicPublishInvalidBatchCommit));
            }
        };
        // A required API level above ours abandons the batch; the header is never stored.
        let hdr = if rnats_proto::headers::slice_header(&hdr, b"Nats-Required-Api-Level")
            .is_some_and(|v| !v.is_empty())
        {
            if super::super::api::api_level_refused(&hdr) {
                batches.open.remove(id);
                events.abandoned = Some("unsupported");
                return Err(ApiError::new(JsError::RequiredApiLevel));
            }
            Bytes::from(super::super::schedule::strip_headers(
                &hdr,
                "Nats-Required-Api-Level",
                true,
            ))
        } else {
            hdr
        };
        let Some(open) = batches.open.get_mut(id) else {
            return Err(incomplete());
        };
        open.last = now;
        let expected = open.msgs.len() as u64 + 1;
        if seq != expected || (seq == 1 && eob) {
            batches.open.remove(id);
            events.abandoned = Some("incomplete");
            return Err(incomplete());
        }
        if seq > max_size {
            batches.open.remove(id);
            events.abandoned = Some("large");
            return Err(too_large());
        }
        if !commit {
            open.msgs.push(Staged {
                subject: String::from_utf8_lossy(&msg.subject).into_owned(),
                hdr,
                payload: msg.payload.clone(),
            });
            return Ok(Step::Staged);
        }
        let Some(mut open) = batches.open.remove(id) else {
            return Err(incomplete());
        };
        let mut msgs = std::mem::take(&mut open.msgs);
        if !eob {
            msgs.push(Staged {
                subject: String::from_utf8_lossy(&msg.subject).into_owned(),
                hdr,
                payload: msg.payload.clone(),
            });
        }
        Ok(Step::Commit { msgs, eob })
    }

    /// Abandons batch `id` (generation `gen`) once it has been idle for [`TIMEOUT`], as
    /// upstream's cleanup timer does.
    fn watch_timeout(self: &Arc<Self>, id: String, gen: u64) {
        let weak = Arc::downgrade(self);
        let timeout = self.resources.batch().timeout(TIMEOUT);
        tokio::spawn(async move {
            let mut wait = timeout;
            loop {
                tokio::time::sleep(wait).await;
                let Some(stream) = weak.upgrade() else { return };
                let expired = {
                    let mut batches = stream.batches.lock().unwrap_or_else(|e| e.into_inner());
                    match batches.open.get(&id) {
                        Some(b) if b.gen == gen => {
                            let idle = b.last.elapsed();
                            if idle >= timeout {
                                batches.open.remove(&id);
                                true
                            } else {
                                wait = timeout - idle;
                                false
                            }
                        }
                        _ => return,
                    }
                };
                if expired {
                    stream.abandoned(&id, "timeout");
                    return;
                }
            }
        });
    }

    /// Sends the batch-abandoned advisory.
    fn abandoned(&self, id: &str, reason: &str) {
        super::super::advisory::batch_abandoned(
            &self.client,
            self.domain.as_deref(),
            &self.name,
            id,
            reason,
        );
    }

    /// Checks a complete batch against the stream and builds what to store (upstream
    /// `checkMsgHeadersPreClusteredProposal` per message, with staged state carried from one
    /// message to the next). Returns the messages, their `Nats-Msg-Id`s and the rollups to
    /// apply once stored.
    pub(super) fn prepare(
        &self,
        cfg: &super::StreamConfig,
        msgs: Vec<Staged>,
        eob: bool,
    ) -> Result<Prepared, ApiError> {
        let transforms = self
            .transforms
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone();
        let last_seq = self.store.state().last_seq;
        let n = msgs.len();
        let mut out = Vec::with_capacity(n);
        let mut ids = Vec::with_capacity(n);
        let mut rollups = Vec::with_capacity(n);
        let mut schedules = Vec::with_capacity(n);
        let mut seen_ids: HashSet<String> = HashSet::new();
        // Subjects written so far in this batch, with their message count.
        let mut inflight: HashMap<String, u64> = HashMap::new();
        let mut totals: HashMap<String, counter::Total> = HashMap::new();
        let mut expected_per_subject: HashMap<String, u64> = HashMap::new();
        let mut bytes: u64 = 0;
        for (i, m) in msgs.into_iter().enumerate() {
            let subject = transforms.stored_subject(m.subject);
            let mut hdr = m.hdr;
            let mut payload = m.payload;
            // The last message of an `eob` commit gets the commit header a `1` commit carries.
            if eob && i + 1 == n {
                hdr = Bytes::from(counter::set_header(&hdr, BATCH_COMMIT, "1"));
            }
            let get = |name: &str| header_value(&hdr, name).filter(|v| !v.is_empty());
            if get(EXPECTED_LAST_MSG_ID).is_some() {
                return Err(ApiError::with(
                    JsError::AtomicPublishUnsupportedHeaderBatch,
                    &[("header", EXPECTED_LAST_MSG_ID)],
                ));
            }
            if hdr.len() > u16::MAX as usize {
                return Err(ApiError::new(JsError::StreamHeaderExceedsMaximum));
            }
            let incr = counter::check_publish(cfg.allow_msg_counter, &hdr, &payload)?;
            if let Some(expected) = get(EXPECTED_STREAM) {
                if expected != self.name {
                    return Err(ApiError::new(JsError::StreamNotMatch));
                }
            }
            let mut ttl = None;
            if let Some(t) = get(MSG_TTL) {
                if !cfg.allow_msg_ttl {
                    return Err(ApiError::new(JsError::MessageTtlDisabled));
                }
                ttl = Some(parse_ttl(&t).ok_or_else(|| ApiError::new(JsError::MessageTtlInvalid))?);
            }
            // Scheduling headers are checked as for a plain publish (upstream
            // `checkMsgHeadersPreClusteredProposal`).
            let sched = if memchr::memmem::find(&hdr, b"Nats-Schedule").is_some() {
                super::super::schedule::check_publish(cfg, &subject, &get)?
            } else {
                super::super::schedule::Checked::default()
            };
            let ends_schedule = cfg.allow_msg_schedules
                && sched.due.is_none()
                && get(super::super::schedule::SCHEDULER).is_none();
            let msg_id = get(MSG_ID);
            if let Some(id) = &msg_id {
                let dup = !seen_ids.insert(id.clone()) || {
                    let mut d = self.dedupe.lock().unwrap_or_else(|e| e.into_inner());
                    d.expire(now_ns(), cfg.duplicate_window);
                    d.ids.contains_key(id)
                };
                if dup {
                    return Err(ApiError::new(
                        JsError::AtomicPublishContainsDuplicateMessage,
                    ));
                }
            }
            if cfg.allow_msg_counter && incr.is_none() {
                return Err(counter::missing());
            }
            if let Some(incr) = incr {
                let total = match totals.get_mut(&subject) {
                    Some(t) => t,
                    None => {
                        let last = self.store.load_last_msg(&subject).ok();
                        let t = counter::Total::of(last.as_ref())?;
                        totals.entry(subject.clone()).or_insert(t)
                    }
                };
                let a = counter::apply(total, &subject, &hdr, &payload, incr)?;
                if cfg.max_msg_size >= 0
                    && (a.hdr.len() + a.payload.len()) as i64 > cfg.max_msg_size
                {
                    return Err(ApiError::new(JsError::StreamMessageExceedsMaximum));
                }
                hdr = a.hdr;
                payload = a.payload;
            }
            if sched.add_rollup && header_value(&hdr, ROLLUP).is_none() {
                hdr = Bytes::from(super::super::schedule::append_header(&hdr, ROLLUP, "sub"));
            }
            let get = |name: &str| header_value(&hdr, name).filter(|v| !v.is_empty());
            if let Some(v) = header_value(&hdr, EXPECTED_LAST_SEQ) {
                if !inflight.is_empty() {
                    return Err(ApiError::new(JsError::StreamWrongLastSequenceConstant));
                }
                expect_last_seq(&v, last_seq)?;
            }
            if let Some(v) = header_value(&hdr, EXPECTED_LAST_SUBJ_SEQ) {
                let filter = get(EXPECTED_LAST_SUBJ_SEQ_SUBJ).unwrap_or_else(|| subject.clone());
                if inflight.contains_key(&filter) {
                    return Err(ApiError::new(JsError::StreamWrongLastSequenceConstant));
                }
                let last = match expected_per_subject.get(&filter) {
                    Some(s) => *s,
                    None => {
                        let s = self.store.load_last_msg(&filter).map_or(0, |m| m.seq);
                        expected_per_subject.insert(filter, s);
                        s
                    }
                };
                expect_last_seq(&v, last)?;
            }
            let rollup = match get(ROLLUP) {
                None => None,
                Some(_) if !cfg.allow_rollup_hdrs || cfg.deny_purge => {
                    return Err(ApiError::text(
                        JsError::StreamRollupFailed,
                        "rollup not permitted",
                    ))
                }
                Some(v) if v == "sub" => {
                    if inflight.contains_key(&subject) {
                        return Err(ApiError::text(
                            JsError::StreamRollupFailed,
                            "batch rollup sub invalid",
                        ));
                    }
                    Some(Rollup::Subject)
                }
                Some(v) if v == "all" => {
                    if !inflight.is_empty() {
                        return Err(ApiError::text(
                            JsError::StreamRollupFailed,
                            "batch rollup all invalid",
                        ));
                    }
                    Some(Rollup::All)
                }
                Some(v) => {
                    return Err(ApiError::text(
                        JsError::StreamRollupFailed,
                        format!("rollup value invalid: {v:?}"),
                    ))
                }
            };
            *inflight.entry(subject.clone()).or_default() += 1;
            bytes += self.store.msg_size(&subject, hdr.len(), payload.len());
            self.check_discard_new(cfg, &subject, &inflight, bytes, (i + 1) as u64, &hdr)?;
            ids.push(msg_id);
            rollups.push(rollup);
            schedules.push((sched.due, ends_schedule));
            out.push(NewMsg {
                subject,
                hdr,
                payload,
                ts: None,
                ttl,
            });
        }
        Ok(Prepared {
            msgs: out,
            ids,
            rollups,
            schedules,
        })
    }

    /// Upstream's discard-new check of a batch: the stream's messages and bytes plus the
    /// batch's so far against max_msgs / max_bytes, and per subject with
    /// discard_new_per_subject (rollups pass).
    fn check_discard_new(
        &self,
        cfg: &super::StreamConfig,
        subject: &str,
        inflight: &HashMap<String, u64>,
        bytes: u64,
        msgs: u64,
        hdr: &[u8],
    ) -> Result<(), ApiError> {
        let limits = {
            use super::super::config::StreamConfigExt;
            cfg.limits()
        };
        if limits.discard != DiscardPolicy::New {
            return Ok(());
        }
        let fail = |e: StoreError| Err(ApiError::text(JsError::StreamStoreFailed, e));
        let state = self.store.state();
        if limits.max_msgs > 0 && state.msgs + msgs > limits.max_msgs as u64 {
            return fail(StoreError::MaxMsgs);
        }
        if limits.max_bytes > 0 && state.bytes + bytes > limits.max_bytes as u64 {
            return fail(StoreError::MaxBytes);
        }
        if limits.discard_new_per_subject
            && limits.max_msgs_per_subject > 0
            && header_value(hdr, ROLLUP).is_none()
        {
            let held = self
                .store
                .subjects_totals(subject)
                .get(subject)
                .copied()
                .unwrap_or(0);
            let total = held + inflight.get(subject).copied().unwrap_or(0);
            if total > limits.max_msgs_per_subject as u64 {
                return fail(StoreError::MaxMsgsPerSubject);
            }
        }
        Ok(())
    }

    /// After a batch is stored: message ids into the duplicate window, rollups, republish.
    /// Registers the schedules a stored batch carries, and ends those its plain messages
    /// replace (as the plain publish path does).
    pub(super) fn register_schedules(
        &self,
        stored: &[Stored],
        subjects: &[String],
        schedules: &[(Option<i64>, bool)],
    ) {
        for ((st, subject), (due, ends)) in stored.iter().zip(subjects).zip(schedules) {
            if let Some(due) = due {
                self.scheduler.add(st.seq, subject, *due);
            } else if *ends {
                self.scheduler.stored_plain(subject);
            }
        }
    }

    pub(super) async fn after_batch(
        &self,
        stored: &[Stored],
        subjects: &[String],
        ids: Vec<Option<String>>,
        rollups: Vec<Option<Rollup>>,
        republish: Vec<Option<Republish>>,
    ) {
        {
            let mut d = self.dedupe.lock().unwrap_or_else(|e| e.into_inner());
            for (st, id) in stored.iter().zip(ids) {
                d.stored(st.seq, id.as_deref());
                if let Some(id) = id {
                    d.insert(id, st.seq, st.ts);
                }
            }
        }
        let mut purged = false;
        for ((st, subject), rollup) in stored.iter().zip(subjects).zip(rollups) {
            let Some(rollup) = rollup else { continue };
            // Everything older than this message on its subject (or in the stream) goes; later
            // messages of the batch stay.
            let filter = match rollup {
                Rollup::Subject => Some(subject.clone()),
                Rollup::All => None,
            };
            if st.seq > 1 {
                let r = self
                    .store
                    .purge(PurgeRequest {
                        filter,
                        up_to_seq: st.seq,
                        keep: 0,
                    })
                    .await;
                if let Err(e) = r {
                    crate::log_error!("JetStream stream '{}': batch rollup: {e}", self.name);
                }
                purged = true;
            }
        }
        if purged {
            for c in self.consumers() {
                c.messages_removed(self);
            }
        }
        let mut last_on: HashMap<&str, u64> = HashMap::new();
        for ((st, subject), rp) in stored.iter().zip(subjects).zip(republish) {
            let Some(rp) = rp else {
                continue;
            };
            let last = last_on.insert(subject, st.seq).unwrap_or(rp.last);
            self.republish(rp, subject, st, last);
        }
    }
}

/// Go's `parseInt64` as upstream's `getBatchSequence` uses it: decimal digits only, else -1,
/// reinterpreted as unsigned.
fn parse_go_int(v: &str) -> u64 {
    if v.is_empty() || !v.bytes().all(|b| b.is_ascii_digit()) {
        return u64::MAX;
    }
    v.parse().unwrap_or(u64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn batch_sequences_parse_like_upstream() {
        assert_eq!(parse_go_int("1"), 1);
        assert_eq!(parse_go_int("1000"), 1000);
        assert_eq!(parse_go_int("x"), u64::MAX);
        assert_eq!(parse_go_int("-1"), u64::MAX);
    }
}
