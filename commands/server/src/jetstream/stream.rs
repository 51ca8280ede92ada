//! One stream: its config, its store, and the task that stores what clients publish to its
//! subjects and answers direct gets (upstream `server/stream.go` `processInboundJetStreamMsg`,
//! `processJetStreamMsg`, `processDirectGetRequest`).
//!
//! Each stream has its own internal client (STYLE.md §3.6): it subscribes to the stream's
//! subjects (and, with `allow_direct`, to `$JS.API.DIRECT.GET.<stream>[.>]`, answered in the
//! requester's own delivery by `DirectGets`) and publishes PubAcks back through the router.
//! A plain publish from a connection is checked and handed to the store right in the
//! publisher's delivery (`Ingest`); the rest goes through the stream's task, and so does every
//! publish behind one that did, so each publisher's messages keep their order.
//! Plain publishes are pipelined: the store assigns sequences in call order and one group
//! commit covers many of them; the store calls each one back right after the commit's fsync
//! (on the file store's writer thread), and the callback stages its PubAck, the commit's last
//! one handing them all to their connections at once, with no task in between. A publish with
//! expectation headers or a `Nats-Msg-Id` first waits for every earlier publish to be durable,
//! so it checks against the stream as it really is.
//!
//! Every queue on the way has a bound (issue 16):
//! - an inline store takes permits as below and never waits for them: without one, or
//!   while the stream task handles a publish, the publish goes to the task;
//! - the stream's internal client is its ingest queue: messages delivered and not yet taken
//!   by the stream task count as pending on the publishers' side, so they stall and TCP
//!   pushes back; a message taken while more than `max_buffered_msgs`/`max_buffered_size`
//!   wait behind it is refused (upstream's 429 "too many requests", 10167), as nats-server
//!   refuses a push onto a full ingest queue;
//! - publishes submitted to the store and not yet acknowledged (the writer's queue) hold
//!   permits of [`INFLIGHT_PERMITS`], released by their callbacks; the stream task waits for
//!   permits, which leaves the ingest queue to absorb (and refuse) the rest.

mod batch;
mod fast;

use std::collections::{HashMap, VecDeque};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use bytes::Bytes;
use rnats_proto::headers::slice_header;
use rnats_proto::jetstream::api::null_as_default;
use serde::{Deserialize, Serialize};
use tokio::sync::Semaphore;

use super::config::StreamConfig;
use super::consumer::Consumer;
use super::errors::{ApiError, JsError};
use super::limits::Resources;
use super::store::{NewMsg, PurgeRequest, StoreError, Stored, StoredMsg, StreamStore};
use super::transforms::{republish_headers, Transforms};
use super::{go_time, now_ns};
use crate::internal::{InternalClient, InternalMsg, InternalReceiver};

/// Most sequences a consumer's delete or filter change scans for messages that lost interest
/// before answering; a longer scan runs in the background (upstream's `bailThresh`).
const INTEREST_SCAN_INLINE: u64 = 100_000;

/// Messages one blocking read of such a scan looks at before its removals are made.
const INTEREST_SCAN_BATCH: usize = 1024;

/// Header names a publisher may set (upstream `server/stream.go`).
pub const MSG_ID: &str = "Nats-Msg-Id";
const EXPECTED_STREAM: &str = "Nats-Expected-Stream";
const EXPECTED_LAST_SEQ: &str = "Nats-Expected-Last-Sequence";
const EXPECTED_LAST_SUBJ_SEQ: &str = "Nats-Expected-Last-Subject-Sequence";
const EXPECTED_LAST_SUBJ_SEQ_SUBJ: &str = "Nats-Expected-Last-Subject-Sequence-Subject";
const EXPECTED_LAST_MSG_ID: &str = "Nats-Expected-Last-Msg-Id";
const MSG_TTL: &str = "Nats-TTL";
/// `Nats-Rollup: sub|all`: after storing, remove the older messages of the subject (or stream).
pub(crate) const ROLLUP: &str = "Nats-Rollup";
/// Why the server put a delete marker in place of a subject's last message (ADR-43).
const MARKER_REASON: &str = "Nats-Marker-Reason";

/// Budget of publishes submitted to the store and not yet acknowledged: a message takes one
/// permit plus one per KiB, so at most 8,192 messages or 8 MiB wait on the writer (two group
/// commits of 4,096 records, or eight of 1 MiB). Holding all of them is the stream's barrier.
pub const INFLIGHT_PERMITS: u32 = 8 * 1024;
/// Least time between two "dropping messages" warnings of one stream.
const DROP_WARN_INTERVAL: std::time::Duration = std::time::Duration::from_secs(10);

/// Permits a publish of `bytes` takes from [`INFLIGHT_PERMITS`].
fn inflight_weight(bytes: usize) -> u32 {
    let kib = u32::try_from(bytes / 1024).unwrap_or(u32::MAX);
    kib.saturating_add(1).min(INFLIGHT_PERMITS)
}

/// A republish (ADR-28) captured before its message is stored.
pub(super) struct Republish {
    to: Vec<u8>,
    headers_only: bool,
    /// The subject's last sequence before the message (`Nats-Last-Sequence`).
    last: u64,
    hdr: Bytes,
    payload: Bytes,
}

/// What the stream layer persists next to the store (`meta.json`).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct StreamMeta {
    /// The normalised config.
    pub config: StreamConfig,
    /// Creation time, ns since the epoch.
    pub created: i64,
}

/// Message ids seen within the duplicate window.
#[derive(Debug, Default)]
struct Dedupe {
    ids: HashMap<String, u64>,
    order: VecDeque<(i64, String)>,
    /// Sequence and `Nats-Msg-Id` (empty for none) of the newest stored message.
    last: (u64, String),
}

impl Dedupe {
    fn expire(&mut self, now: i64, window: i64) {
        while let Some((ts, _)) = self.order.front() {
            if now - *ts <= window {
                break;
            }
            if let Some((_, id)) = self.order.pop_front() {
                self.ids.remove(&id);
            }
        }
    }

    fn insert(&mut self, id: String, seq: u64, ts: i64) {
        self.ids.insert(id.clone(), seq);
        self.order.push_back((ts, id));
    }

    /// Records the newest message's id (pipelined acks may arrive out of order).
    fn stored(&mut self, seq: u64, id: Option<&str>) {
        if seq > self.last.0 {
            self.last = (seq, id.unwrap_or_default().to_string());
        }
    }
}

/// A stream.
pub struct Stream {
    /// Stream name.
    pub name: String,
    cfg: Mutex<Arc<StreamConfig>>,
    /// Running mirror or sources.
    sources: Mutex<Vec<Arc<super::sourcing::Source>>>,
    /// The config's subject transform and republish, compiled.
    transforms: Mutex<Arc<Transforms>>,
    /// Creation time, ns since the epoch.
    pub created: i64,
    /// The store.
    pub store: Arc<dyn StreamStore>,
    /// The stream directory (file storage).
    pub dir: Option<PathBuf>,
    client: InternalClient,
    /// Where [`Ingest`] passes a publish it does not store inline: the stream task's channel.
    forward: Arc<crate::client::Subscription>,
    /// The sid of `forward`'s deliveries.
    forward_sid: u64,
    /// Publishes forwarded and not yet handled by the stream task: while any is, the
    /// publishes after them are forwarded too, so that each publisher's stay in order.
    forwarded: AtomicU64,
    /// Held by the stream task while it handles a publish, and by an inline store: publishes
    /// are taken one at a time, as by upstream's single ingest goroutine.
    ingest: tokio::sync::Mutex<()>,
    /// Plain publishes submitted to the store and not yet acknowledged, and their bytes: with
    /// the messages waiting for the stream task, the ingest queue that
    /// `max_buffered_msgs`/`max_buffered_size` bound.
    unstored: Arc<(AtomicU64, AtomicU64)>,
    subs: Mutex<Vec<u64>>,
    direct_subs: Mutex<Vec<u64>>,
    dedupe: Mutex<Dedupe>,
    /// Open atomic batches (ADR-50), staged until their commit.
    batches: Mutex<batch::Batches>,
    /// Open fast batches (`allow_batched`), see [`fast`].
    fast: Mutex<fast::FastBatches>,
    /// The JetStream domain, for advisories.
    domain: Option<String>,
    /// Permits of publishes submitted and not yet acknowledged ([`INFLIGHT_PERMITS`]).
    inflight: Arc<Semaphore>,
    /// The server's runtime, for work that store callbacks (on the writer thread) start.
    rt: tokio::runtime::Handle,
    /// When the last "dropping messages" warning was logged.
    last_drop_warn: Mutex<Option<std::time::Instant>>,
    /// `{"stream":"NAME","seq":` — the PubAck up to the sequence.
    ack_head: String,
    /// What follows the sequence: `,"domain":"D"}` or `}`.
    ack_tail: String,
    consumers: Mutex<std::collections::BTreeMap<String, Arc<Consumer>>>,
    /// Orders a lost-interest pass with the consumers coming in: each batch of the pass (which
    /// consumers need which messages, then the removals) holds it shared, and a consumer's
    /// start, reset or new filters hold it exclusively ([`Stream::interest_change`]), so a
    /// pass never removes a message that a consumer started meanwhile counts on.
    interest_gate: tokio::sync::RwLock<()>,
    /// The server's storage limits, checked before every store.
    resources: Arc<Resources>,
    expiring: AtomicBool,
    stopped: AtomicBool,
    /// Message schedules (`allow_msg_schedules`, [`super::schedule`]).
    pub(crate) scheduler: Arc<super::schedule::Scheduler>,
}

impl std::fmt::Debug for Stream {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Stream").field("name", &self.name).finish()
    }
}

/// Subject prefix of direct gets.
const DIRECT_GET: &str = "$JS.API.DIRECT.GET.";

impl Stream {
    /// Wraps an open store, subscribes the stream's subjects and starts its task.
    pub fn start(
        meta: StreamMeta,
        store: Arc<dyn StreamStore>,
        dir: Option<PathBuf>,
        client: (InternalClient, InternalReceiver),
        domain: Option<String>,
        resources: Arc<Resources>,
    ) -> Result<Arc<Stream>, ApiError> {
        let (client, rx) = client;
        let (forward_sid, forward) = client.channel_subscription();
        let json = |s: &str| serde_json::Value::String(s.to_string()).to_string();
        let ack_head = format!("{{\"stream\":{},\"seq\":", json(&meta.config.name));
        let ack_tail = match &domain {
            Some(d) => format!(",\"domain\":{}}}", json(d)),
            None => "}".to_string(),
        };
        let stream = Arc::new(Stream {
            name: meta.config.name.clone(),
            cfg: Mutex::new(Arc::new(meta.config.clone())),
            transforms: Mutex::new(Arc::new(Transforms::compile(&meta.config))),
            sources: Mutex::new(Vec::new()),
            created: meta.created,
            store,
            dir,
            client,
            forward,
            forward_sid,
            forwarded: AtomicU64::new(0),
            ingest: tokio::sync::Mutex::new(()),
            unstored: Arc::default(),
            subs: Mutex::new(Vec::new()),
            direct_subs: Mutex::new(Vec::new()),
            dedupe: Mutex::new(Dedupe::default()),
            batches: Mutex::new(batch::Batches::default()),
            fast: Mutex::default(),
            domain: domain.clone(),
            inflight: Arc::new(Semaphore::new(INFLIGHT_PERMITS as usize)),
            rt: tokio::runtime::Handle::current(),
            last_drop_warn: Mutex::new(None),
            ack_head,
            ack_tail,
            consumers: Mutex::new(std::collections::BTreeMap::new()),
            interest_gate: tokio::sync::RwLock::new(()),
            resources,
            expiring: AtomicBool::new(false),
            stopped: AtomicBool::new(false),
            scheduler: Arc::default(),
        });
        stream.rebuild_dedupe(&meta.config);
        stream.subscribe(&meta.config)?;
        stream.start_expiry(&meta.config);
        if meta.config.allow_msg_schedules {
            super::schedule::start(&stream);
        }
        let s = stream.clone();
        tokio::spawn(async move { s.run(rx).await });
        Ok(stream)
    }

    /// The config in force.
    pub fn config(&self) -> StreamConfig {
        (*self.config_arc()).clone()
    }

    /// The config in force, shared (no copy; the publish path reads it per message).
    fn config_arc(&self) -> Arc<StreamConfig> {
        self.cfg.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// Replaces the config (after an update was checked and the limits applied).
    pub fn set_config(self: &Arc<Self>, cfg: StreamConfig) -> Result<(), ApiError> {
        if !cfg.allow_atomic {
            self.batches
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .clear();
        }
        if !cfg.allow_batched {
            self.fast.lock().unwrap_or_else(|e| e.into_inner()).clear();
        }
        *self.cfg.lock().unwrap_or_else(|e| e.into_inner()) = Arc::new(cfg.clone());
        *self.transforms.lock().unwrap_or_else(|e| e.into_inner()) =
            Arc::new(Transforms::compile(&cfg));
        for sid in std::mem::take(&mut *self.subs.lock().unwrap_or_else(|e| e.into_inner())) {
            self.client.unsubscribe(sid);
        }
        for sid in std::mem::take(&mut *self.direct_subs.lock().unwrap_or_else(|e| e.into_inner()))
        {
            self.client.unsubscribe(sid);
        }
        self.subscribe(&cfg)?;
        self.start_expiry(&cfg);
        if cfg.allow_msg_schedules {
            super::schedule::start(self);
        }
        Ok(())
    }

    fn subscribe(self: &Arc<Self>, cfg: &StreamConfig) -> Result<(), ApiError> {
        let fail = |e: crate::sublist::SublistError| ApiError::text(JsError::StreamCreate, e);
        let mut subs = self.subs.lock().unwrap_or_else(|e| e.into_inner());
        let ingest: Arc<dyn crate::router::InlineService> = Arc::new(Ingest(Arc::downgrade(self)));
        for s in &cfg.subjects {
            subs.push(
                self.client
                    .subscribe_inline(s, None, ingest.clone())
                    .map_err(fail)?,
            );
        }
        // With `mirror_direct` a mirror also answers direct gets for its origin, in the same
        // queue group as the origin (upstream `subscribeToMirrorDirect`).
        let origin = super::sourcing::mirror_of(cfg)
            .filter(|m| cfg.mirror_direct && m.external.is_none())
            .map(|m| m.name);
        let names = [cfg.allow_direct.then(|| self.name.clone()), origin];
        let mut direct = self.direct_subs.lock().unwrap_or_else(|e| e.into_inner());
        let service: Arc<dyn crate::router::InlineService> =
            Arc::new(DirectGets(Arc::downgrade(self)));
        for name in names.into_iter().flatten() {
            let base = format!("{DIRECT_GET}{name}");
            for subject in [base.clone(), format!("{base}.>")] {
                let sid = self
                    .client
                    .subscribe_inline(&subject, Some("_sys_"), service.clone())
                    .map_err(fail)?;
                direct.push(sid);
            }
        }
        Ok(())
    }

    /// Every consumer, by name.
    pub fn consumers(&self) -> Vec<Arc<Consumer>> {
        self.consumers
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .values()
            .cloned()
            .collect()
    }

    /// The consumers clients see: all but the `direct` ones of mirrors and sources (upstream
    /// `getPublicConsumers`).
    pub fn public_consumers(&self) -> Vec<Arc<Consumer>> {
        let mut all = self.consumers();
        all.retain(|c| !c.config().direct);
        all
    }

    /// The consumer called `name`.
    pub fn consumer(&self, name: &str) -> Option<Arc<Consumer>> {
        self.consumers
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(name)
            .cloned()
    }

    /// Held while a consumer is started, reset or given new filters: a lost-interest pass
    /// ([`Stream::drop_lost_interest`]) waits for it, and it for the pass's batch in progress.
    pub async fn interest_change(&self) -> tokio::sync::RwLockWriteGuard<'_, ()> {
        self.interest_gate.write().await
    }

    /// Registers a started consumer.
    pub fn add_consumer(&self, c: Arc<Consumer>) {
        self.consumers
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(c.name.clone(), c);
    }

    /// Stops and forgets consumer `name` and removes its directory; whether it existed.
    pub async fn remove_consumer(self: &Arc<Self>, name: &str) -> bool {
        let removed = self
            .consumers
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(name);
        let Some(c) = removed else {
            return false;
        };
        c.release_waiting();
        c.stop();
        if self.config_arc().retention == super::config::Retention::Interest {
            self.drop_lost_interest(c.ack_floor()).await;
        }
        if let Some(dir) = c.dir().cloned() {
            let r = tokio::task::spawn_blocking(move || std::fs::remove_dir_all(&dir)).await;
            if let Ok(Err(e)) = r {
                if e.kind() != std::io::ErrorKind::NotFound {
                    crate::log_error!("JetStream consumer '{}': removing its directory: {e}", name);
                }
            }
        }
        true
    }

    /// Interest retention after a consumer went away or changed its filters (upstream
    /// `cleanupNoInterestMessages`): with no consumer left the stream is purged; otherwise
    /// every message after that consumer's ack floor that no consumer needs is removed. Over
    /// [`INTEREST_SCAN_INLINE`] sequences the scan runs in the background, as upstream defers
    /// it, so the API request that caused it is answered at once.
    pub(super) async fn drop_lost_interest(self: &Arc<Self>, ack_floor: u64) {
        {
            let _pass = self.interest_gate.read().await;
            if self.consumers().is_empty() {
                if let Err(e) = self.store.purge(Default::default()).await {
                    self.log_interest_error(&e);
                }
                return;
            }
        }
        let st = self.store.state();
        let from = ack_floor.saturating_add(1).max(st.first_seq);
        if st.last_seq.saturating_sub(from) > INTEREST_SCAN_INLINE {
            let me = self.clone();
            self.rt
                .spawn(async move { me.remove_unneeded_from(from).await });
        } else {
            self.remove_unneeded_from(from).await;
        }
    }

    /// Removes every message from `from` on that no consumer needs. The store is read on a
    /// blocking thread ([`INTEREST_SCAN_BATCH`] messages at a time, a file store read may
    /// wait on the disk); the removals are awaited here between batches.
    async fn remove_unneeded_from(self: &Arc<Self>, from: u64) {
        let mut next = from;
        loop {
            let _batch = self.interest_gate.read().await;
            let me = self.clone();
            let scan = tokio::task::spawn_blocking(move || me.scan_unneeded(next)).await;
            let Ok((unneeded, after)) = scan else {
                return;
            };
            for seq in unneeded {
                match self.store.remove_msg(seq).await {
                    Ok(_) | Err(StoreError::NotFound | StoreError::Eof) => {}
                    Err(e) => {
                        self.log_interest_error(&e);
                        return;
                    }
                }
            }
            match after {
                Some(n) => next = n,
                None => return,
            }
        }
    }

    /// Reads up to [`INTEREST_SCAN_BATCH`] messages from `from` on (blocking): the sequences
    /// no consumer needs, and where the next batch starts (`None` at the end of the stream).
    fn scan_unneeded(&self, from: u64) -> (Vec<u64>, Option<u64>) {
        let consumers = self.consumers();
        let mut unneeded = Vec::new();
        let mut next = from;
        for _ in 0..INTEREST_SCAN_BATCH {
            let m = match self.store.load_next_msg(">", next) {
                Ok(m) => m,
                Err(StoreError::Corrupt { seq }) => {
                    next = seq.saturating_add(1);
                    continue;
                }
                Err(_) => return (unneeded, None),
            };
            next = m.seq.saturating_add(1);
            if !consumers.iter().any(|c| c.needs(m.seq, &m.subject)) {
                unneeded.push(m.seq);
            }
        }
        (unneeded, Some(next))
    }

    fn log_interest_error(&self, e: &dyn std::fmt::Display) {
        crate::log_error!(
            "JetStream stream '{}': removing messages without interest: {e}",
            self.name
        );
    }

    fn wake_consumers(&self) {
        for c in self
            .consumers
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .values()
        {
            c.wake();
        }
    }

    /// Interest retention: a message no consumer wants is removed once stored (as upstream).
    fn drop_without_interest(&self, seq: u64, subject: &str) {
        if self.config_arc().retention != super::config::Retention::Interest {
            return;
        }
        if self.consumers().iter().any(|c| c.needs(seq, subject)) {
            return;
        }
        let removal = self.store.remove_msg(seq);
        let name = self.name.clone();
        // Also called on the file store's writer thread (a PubAck callback).
        self.rt.spawn(async move {
            if let Err(e) = removal.await {
                crate::log_error!("JetStream stream '{name}': interest retention removal: {e}");
            }
        });
    }

    /// The stream is being deleted: its consumers' waiting pull requests hear so first.
    pub fn release_pull_requests(&self) {
        let consumers: Vec<Arc<Consumer>> = self
            .consumers
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .values()
            .cloned()
            .collect();
        for c in consumers {
            c.release_waiting();
        }
    }

    /// (Re)starts the mirror or sources of the config in force; `client` makes each one's
    /// internal client.
    pub fn start_sourcing(
        self: &Arc<Self>,
        client: &dyn Fn(&str) -> (InternalClient, crate::internal::InternalReceiver),
    ) {
        let old = std::mem::take(&mut *self.sources.lock().unwrap_or_else(|e| e.into_inner()));
        let started = super::sourcing::start(self, client);
        // An origin consumer the new config no longer uses is deleted; one it still uses (same
        // origin and name, say after a filter change of its only source) is kept, as upstream
        // `updateWithAdvisory` does: the name changes when a second source of the same origin
        // comes or goes, and then the old one is deleted.
        for s in old {
            if started.iter().any(|n| n.consumer_key() == s.consumer_key()) {
                s.stop();
            } else {
                s.stop_and_forget();
            }
        }
        *self.sources.lock().unwrap_or_else(|e| e.into_inner()) = started;
    }

    /// The stream is being deleted: its mirror or sources stop and delete their consumers on
    /// the origins.
    pub fn forget_sourcing(&self) {
        for s in std::mem::take(&mut *self.sources.lock().unwrap_or_else(|e| e.into_inner())) {
            s.stop_and_forget();
        }
    }

    /// The JetStream domain of the stream's server.
    pub(crate) fn domain(&self) -> Option<&str> {
        self.domain.as_deref()
    }

    fn stop_sourcing(&self) {
        for s in std::mem::take(&mut *self.sources.lock().unwrap_or_else(|e| e.into_inner())) {
            s.stop();
        }
    }

    /// `mirror` and `sources` of stream info.
    pub fn sourcing_info(&self) -> (Option<serde_json::Value>, Option<serde_json::Value>) {
        super::sourcing::info(&self.sources.lock().unwrap_or_else(|e| e.into_inner()))
    }

    /// Stores a message copied from a mirror's or source's origin, after every publish before
    /// it, and lets the consumers know.
    pub async fn store_copied(&self, new: NewMsg) -> Result<(), StoreError> {
        if self.stopped.load(Ordering::Acquire) {
            return Err(StoreError::Closed);
        }
        self.barrier().await;
        // The stream's own transform and republish apply to copied messages too (upstream
        // sends them through `processJetStreamMsg`).
        let transforms = self
            .transforms
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone();
        let mut new = new;
        new.subject = transforms.stored_subject(std::mem::take(&mut new.subject));
        let subject = new.subject.clone();
        // A counter stream adds up sourced counters (ADR-49); anything else is stored verbatim.
        let cfg = self.config_arc();
        if cfg.allow_msg_counter {
            if let Ok(Some(incr)) = super::counter::incr_of(&new.hdr) {
                if let Err(e) = self.counter_increment(&cfg, &mut new, incr) {
                    crate::log_warn!(
                        "JetStream stream '{}': sourced counter on {subject} stored as is: {e}",
                        self.name
                    );
                }
            }
        }
        let republish = self.republish_plan(
            transforms.republish_subject(&subject),
            &subject,
            &new.hdr,
            &new.payload,
        );
        let st = self.store.store_msg(new).await?;
        self.stored_internal(republish, &subject, &st);
        Ok(())
    }

    /// Whether the stream stopped taking messages.
    pub(crate) fn is_stopped(&self) -> bool {
        self.stopped.load(Ordering::Acquire)
    }

    /// Stores a message the server itself produces (a delete marker, a schedule's message)
    /// after every publish before it, as upstream sends them through `processJetStreamMsg`:
    /// its `Nats-TTL` and `Nats-Rollup: sub|all` apply, `Nats-Schedule-Next: purge` purges the
    /// `Nats-Scheduler` subject, the republish runs and the consumers are told.
    pub(crate) async fn store_internal(
        &self,
        subject: String,
        hdr: Bytes,
        payload: Bytes,
    ) -> Result<Stored, StoreError> {
        if self.is_stopped() {
            return Err(StoreError::Closed);
        }
        self.barrier().await;
        let cfg = self.config_arc();
        let value = |name: &str| header_value(&hdr, name);
        let ttl = value(MSG_TTL)
            .filter(|_| cfg.allow_msg_ttl)
            .and_then(|t| parse_ttl(&t));
        let purge_rollup = cfg.allow_rollup_hdrs && !cfg.deny_purge;
        let rollup = value(ROLLUP).filter(|_| purge_rollup).and_then(|r| {
            match r.to_ascii_lowercase().as_str() {
                "sub" => Some(Some(subject.clone())),
                "all" => Some(None),
                _ => None,
            }
        });
        let scheduler = value(super::schedule::SCHEDULER).filter(|_| {
            purge_rollup
                && value(super::schedule::SCHEDULE_NEXT).as_deref()
                    == Some(super::schedule::SCHEDULE_NEXT_PURGE)
        });
        let transforms = self
            .transforms
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone();
        let republish = self.republish_plan(
            transforms.republish_subject(&subject),
            &subject,
            &hdr,
            &payload,
        );
        let st = self
            .store
            .store_msg(NewMsg {
                subject: subject.clone(),
                hdr,
                payload,
                ts: None,
                ttl,
            })
            .await?;
        let mut purged = false;
        for (filter, keep) in [(rollup, 1), (scheduler.map(Some), 0)] {
            let Some(filter) = filter else { continue };
            let req = PurgeRequest {
                filter,
                up_to_seq: 0,
                keep,
            };
            purged |= self.store.purge(req).await? > 0;
        }
        if purged {
            for c in self.consumers() {
                c.messages_removed(self);
            }
        }
        self.stored_internal(republish, &subject, &st);
        Ok(st)
    }

    /// What a message about to be stored on `subject` is republished as (ADR-28), captured
    /// before the store because `Nats-Last-Sequence` is the subject's last sequence before it.
    pub(super) fn republish_plan(
        &self,
        to: Option<(Vec<u8>, bool)>,
        subject: &str,
        hdr: &Bytes,
        payload: &Bytes,
    ) -> Option<Republish> {
        let (to, headers_only) = to?;
        Some(Republish {
            to,
            headers_only,
            last: self.store.load_last_msg(subject).map_or(0, |m| m.seq),
            hdr: hdr.clone(),
            payload: payload.clone(),
        })
    }

    /// Publishes the republish of the message stored as `st` on `subject`; `last` overrides
    /// the captured previous sequence (a batch republishes several messages of one subject).
    pub(super) fn republish(&self, rp: Republish, subject: &str, st: &Stored, last: u64) {
        let h = republish_headers(
            &rp.hdr,
            &self.name,
            subject,
            st.seq,
            &go_time(st.ts),
            last,
            rp.headers_only.then_some(rp.payload.len()),
        );
        let body: &[u8] = if rp.headers_only { b"" } else { &rp.payload };
        self.client.publish(&rp.to, None, Some(&h), body);
    }

    /// After a message the server stored itself (a sourced message, a marker, a schedule's
    /// copy): its republish, the dedupe window, the consumers.
    fn stored_internal(&self, republish: Option<Republish>, subject: &str, st: &Stored) {
        if let Some(rp) = republish {
            let last = rp.last;
            self.republish(rp, subject, st, last);
        }
        self.dedupe
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .stored(st.seq, None);
        self.wake_consumers();
        self.drop_without_interest(st.seq, subject);
    }

    /// Puts a delete marker in place of each expired message that was the last of its subject
    /// (ADR-43, upstream `handleRemovalOrSdm`): `Nats-Marker-Reason: MaxAge`, `Nats-TTL` the
    /// stream's `subject_delete_marker_ttl`, and a subject rollup that removes the expired
    /// message. An expired marker is just removed.
    async fn place_delete_markers(&self, expired: Vec<(u64, Arc<str>)>) {
        let secs = self.config_arc().subject_delete_marker_ttl / 1_000_000_000;
        let ttl = rnats_proto::kit::format::duration_string(std::time::Duration::from_secs(
            u64::try_from(secs).unwrap_or(1),
        ));
        let hdr = Bytes::from(format!(
            "NATS/1.0\r\n{MARKER_REASON}: MaxAge\r\n{MSG_TTL}: {ttl}\r\n{ROLLUP}: sub\r\n\r\n"
        ));
        for (seq, subject) in expired {
            let Ok(m) = self.store.load_msg(seq) else {
                continue;
            };
            // A message published on the subject since the expiry pass keeps the subject alive.
            let still_last = self
                .store
                .load_last_msg(&subject)
                .is_ok_and(|l| l.seq == seq);
            let remove = is_delete_marker(&m.hdr)
                || !still_last
                || self
                    .store_internal(subject.to_string(), hdr.clone(), Bytes::new())
                    .await
                    .is_err();
            if remove && self.store.remove_msg(seq).await.unwrap_or(false) {
                for c in self.consumers() {
                    c.messages_removed(self);
                }
            }
        }
    }

    /// Stops taking messages (stream deleted or server shutting down) and stops the store.
    pub async fn stop(&self) {
        self.stop_sourcing();
        self.stopped.store(true, Ordering::Release);
        self.client.close();
        self.batches
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clear();
        self.fast.lock().unwrap_or_else(|e| e.into_inner()).clear();
        self.barrier().await;
        let consumers: Vec<Arc<Consumer>> =
            std::mem::take(&mut *self.consumers.lock().unwrap_or_else(|e| e.into_inner()))
                .into_values()
                .collect();
        for c in consumers {
            c.stop();
            c.sync_state().await;
        }
        if let Err(e) = self.store.stop().await {
            crate::log_error!("JetStream stream '{}': stopping the store: {e}", self.name);
        }
    }

    /// Waits until every publish submitted so far has been stored and acknowledged: each
    /// holds permits until its PubAck is out, so holding them all means none is left (the
    /// semaphore is fair, so later publishes wait behind the barrier).
    pub async fn barrier(&self) {
        let _all = self.inflight.acquire_many(INFLIGHT_PERMITS).await;
    }

    async fn run(self: Arc<Self>, mut rx: InternalReceiver) {
        let ingest = self.resources.ingest();
        while let Some(msg) = rx.next().await {
            if msg.subject.starts_with(DIRECT_GET.as_bytes()) {
                self.direct_get(msg);
                continue;
            }
            let (msgs, bytes) = rx.backlog();
            let forwarded = msg.sid == self.forward_sid;
            let _one_at_a_time = self.ingest.lock().await;
            let (more_msgs, more_bytes) = self.unstored_now();
            match ingest.exceeded(
                msgs.saturating_add(more_msgs),
                bytes.saturating_add(more_bytes),
            ) {
                None => self.publish(msg).await,
                Some(why) => self.refuse_ingest(&msg, why),
            }
            if forwarded {
                self.forwarded.fetch_sub(1, Ordering::AcqRel);
            }
        }
    }

    /// Plain publishes submitted to the store and not yet acknowledged, and their bytes.
    fn unstored_now(&self) -> (u64, usize) {
        let (msgs, bytes) = &*self.unstored;
        (
            msgs.load(Ordering::Acquire),
            bytes.load(Ordering::Acquire) as usize,
        )
    }

    /// A publish over the ingest queue limits: dropped, with upstream's rate-limited warning
    /// and a 429 to a publisher that asked for an ack (nats-server `queueInbound`).
    fn refuse_ingest(&self, msg: &InternalMsg, why: &str) {
        {
            let mut last = self
                .last_drop_warn
                .lock()
                .unwrap_or_else(|e| e.into_inner());
            if last.is_none_or(|t| t.elapsed() >= DROP_WARN_INTERVAL) {
                *last = Some(std::time::Instant::now());
                crate::log_warn!(
                    "Dropping messages due to excessive stream ingest rate on '{}' > '{}': {why}",
                    self.client.account().name(),
                    self.name
                );
            }
        }
        if self.config_arc().no_ack {
            return;
        }
        if let Some(reply) = &msg.reply {
            let body = serde_json::json!({
                "error": ApiError::new(JsError::StreamTooManyRequests),
                "stream": self.name,
                "seq": 0,
            });
            self.client.publish(
                reply,
                None,
                Some(b"NATS/1.0 429 Too Many Requests\r\n\r\n"),
                body.to_string().as_bytes(),
            );
        }
    }

    /// Replays the message ids of the duplicate window from the store (after a restart).
    fn rebuild_dedupe(&self, cfg: &StreamConfig) {
        if cfg.duplicate_window <= 0 {
            return;
        }
        let now = now_ns();
        let mut seq = self.store.seq_from_time(now - cfg.duplicate_window);
        let mut d = self.dedupe.lock().unwrap_or_else(|e| e.into_inner());
        loop {
            match self.store.load_next_msg(">", seq) {
                Ok(m) => {
                    let id = header_value(&m.hdr, MSG_ID);
                    if let Some(id) = &id {
                        d.insert(id.clone(), m.seq, m.ts);
                    }
                    d.stored(m.seq, id.as_deref());
                    seq = m.seq + 1;
                }
                Err(StoreError::Corrupt { seq: s }) => seq = s + 1,
                Err(_) => break,
            }
        }
    }

    /// Runs the age/TTL expiry timer while the config needs one.
    fn start_expiry(self: &Arc<Self>, cfg: &StreamConfig) {
        if cfg.max_age <= 0 && !cfg.allow_msg_ttl {
            return;
        }
        if self.expiring.swap(true, Ordering::AcqRel) {
            return;
        }
        let weak = Arc::downgrade(self);
        tokio::spawn(async move {
            loop {
                let Some(s) = weak.upgrade() else { return };
                if s.stopped.load(Ordering::Acquire) {
                    return;
                }
                let now = now_ns();
                let wait = match s.store.expire(now).await {
                    Ok(e) => {
                        let markers = !e.last_of_subject.is_empty();
                        if markers {
                            s.place_delete_markers(e.last_of_subject).await;
                        }
                        e.next_due
                            .map(|due| (due - now).clamp(10_000_000, 1_000_000_000))
                            .unwrap_or(if markers { 10_000_000 } else { 1_000_000_000 })
                    }
                    Err(_) => return,
                };
                drop(s);
                tokio::time::sleep(std::time::Duration::from_nanos(wait as u64)).await;
            }
        });
    }

    fn reply_json(&self, reply: &Option<Bytes>, body: &str) {
        if let Some(r) = reply {
            self.client.publish(r, None, None, body.as_bytes());
        }
    }

    /// Sends the PubAcks staged by [`Stream::finish`] and wakes the consumers once for all of
    /// their messages.
    fn flush_acks(&self) {
        self.client.flush();
        self.wake_consumers();
    }

    fn pub_error(&self, reply: &Option<Bytes>, err: ApiError) {
        let body = serde_json::json!({ "error": err, "stream": self.name, "seq": 0 });
        self.reply_json(reply, &body.to_string());
    }

    /// Handles a message published to one of the stream's subjects.
    async fn publish(self: &Arc<Self>, msg: InternalMsg) {
        if let Some(batch) = msg.reply.as_deref().and_then(fast::parse_reply) {
            return self.publish_fast(msg, batch).await;
        }
        if let Some(id) = msg.header(batch::BATCH_ID).filter(|id| !id.is_empty()) {
            return self.publish_batch(msg, id).await;
        }
        let c = match self.check_publish(&msg) {
            Ok(c) => c,
            Err((reply, e)) => return self.pub_error(&reply, e),
        };
        if !c.serial {
            if let Err(e) = self.resources.check_publish(self.store.kind()) {
                return self.pub_error(&c.reply, e);
            }
            let Ok(permit) = self.inflight.clone().acquire_many_owned(c.weight()).await else {
                return;
            };
            return self.submit(c, permit);
        }
        let Checked {
            cfg,
            reply,
            subject,
            republish,
            mut new,
            incr,
            rollup,
            sched,
            ends_schedule,
            msg_id,
            serial: _,
        } = c;
        let get = |name: &str| msg.header(name);
        self.barrier().await;
        if let Some(id) = &msg_id {
            let mut d = self.dedupe.lock().unwrap_or_else(|e| e.into_inner());
            d.expire(now_ns(), cfg.duplicate_window);
            if let Some(seq) = d.ids.get(id).copied() {
                drop(d);
                return self.reply_json(&reply, &self.ack_json(seq, true));
            }
        }
        if let Some(v) = get(EXPECTED_LAST_SEQ) {
            if let Err(e) = expect_last_seq(&v, self.store.state().last_seq) {
                return self.pub_error(&reply, e);
            }
        }
        if let Some(v) = get(EXPECTED_LAST_SUBJ_SEQ) {
            let filter = get(EXPECTED_LAST_SUBJ_SEQ_SUBJ).unwrap_or_else(|| subject.clone());
            let last = self.store.load_last_msg(&filter).map_or(0, |m| m.seq);
            if let Err(e) = expect_last_seq(&v, last) {
                return self.pub_error(&reply, e);
            }
        }
        if let Some(v) = get(EXPECTED_LAST_MSG_ID) {
            let last = self
                .dedupe
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .last
                .1
                .clone();
            if v != last {
                return self.pub_error(
                    &reply,
                    ApiError::with(JsError::StreamWrongLastMsgId, &[("id", &last)]),
                );
            }
        }
        let mut counter_val = None;
        if let Some(incr) = incr {
            match self.counter_increment(&cfg, &mut new, incr) {
                Ok(v) => counter_val = Some(v),
                Err(e) => return self.pub_error(&reply, e),
            }
        }
        if let Err(e) = self.resources.check_publish(self.store.kind()) {
            return self.pub_error(&reply, e);
        }
        let republish = self.republish_plan(republish, &subject, &new.hdr, &new.payload);
        let r = self.store.store_msg(new).await;
        if let (Some(rp), Ok(st)) = (republish, &r) {
            let last = rp.last;
            self.republish(rp, &subject, st, last);
        }
        if let (Some(rollup), Ok(_)) = (rollup, &r) {
            // Remove everything older on the subject (or in the stream) before acknowledging:
            // upstream `processJetStreamMsg` purges with `keep: 1`, the message just stored
            // being the newest. (A sequence bound would not do: `seq: 1` means "no bound" to
            // `PurgeEx`, so the stream's very first message would purge itself.)
            let filter = match rollup {
                Rollup::Subject => Some(subject.clone()),
                Rollup::All => None,
            };
            let purged = self
                .store
                .purge(PurgeRequest {
                    filter,
                    up_to_seq: 0,
                    keep: 1,
                })
                .await;
            if let Err(e) = purged {
                return self.pub_error(&reply, ApiError::text(JsError::StreamRollupFailed, e));
            }
            for c in self.consumers() {
                c.messages_removed(self);
            }
        }
        if let Ok(st) = &r {
            if let Some(due) = sched.due {
                self.scheduler.add(st.seq, &subject, due);
            } else if ends_schedule {
                self.scheduler.stored_plain(&subject);
            }
        }
        if let (Some(scheduler), Ok(_)) = (sched.purge, &r) {
            // `Nats-Schedule-Next: purge` with `Nats-Scheduler`: the schedule is purged.
            let req = PurgeRequest {
                filter: Some(scheduler),
                up_to_seq: 0,
                keep: 0,
            };
            if matches!(self.store.purge(req).await, Ok(n) if n > 0) {
                for c in self.consumers() {
                    c.messages_removed(self);
                }
            }
        }
        let extra = counter_val.map(|v| format!(",\"val\":{}", serde_json::Value::String(v)));
        self.finish_with(&reply, r, msg_id, &subject, false, extra.as_deref());
    }

    /// The checks of a plain publish (upstream `processJetStreamMsg`, in its order) up to the
    /// ones that need the stream as it is (expectations, duplicates, counters): the message to
    /// store, or the error to answer with (and where to).
    fn check_publish(&self, msg: &InternalMsg) -> Result<Checked, (Option<Bytes>, ApiError)> {
        let cfg = self.config_arc();
        let transforms = self
            .transforms
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone();
        let reply = if cfg.no_ack { None } else { msg.reply.clone() };
        let fail = |e: ApiError| Err((reply.clone(), e));
        // The input transform comes first: everything else sees the stored subject.
        let subject = transforms.stored_subject(String::from_utf8_lossy(&msg.subject).into_owned());
        let republish = transforms.republish_subject(&subject);
        // Stored byte for byte, as nats-server does: the block is never re-encoded.
        let hdr = without_status(msg.headers.clone().unwrap_or_default());
        if cfg.sealed {
            return fail(ApiError::new(JsError::StreamSealed));
        }
        if hdr.len() > u16::MAX as usize {
            return fail(ApiError::new(JsError::StreamHeaderExceedsMaximum));
        }
        if cfg.max_msg_size >= 0 && (hdr.len() + msg.payload.len()) as i64 > cfg.max_msg_size {
            return fail(ApiError::new(JsError::StreamMessageExceedsMaximum));
        }
        let incr = match super::counter::check_publish(cfg.allow_msg_counter, &hdr, &msg.payload) {
            Ok(i) => i,
            Err(e) => return fail(e),
        };
        let get = |name: &str| msg.header(name);
        if let Some(expected) = get(EXPECTED_STREAM) {
            if expected != self.name {
                return fail(ApiError::new(JsError::StreamNotMatch));
            }
        }
        let mut ttl = None;
        if let Some(t) = get(MSG_TTL) {
            if !cfg.allow_msg_ttl {
                return fail(ApiError::new(JsError::MessageTtlDisabled));
            }
            match parse_ttl(&t) {
                Some(v) => ttl = Some(v),
                None => return fail(ApiError::new(JsError::MessageTtlInvalid)),
            }
        }
        let mut hdr = hdr;
        // Upstream: with delete markers a message TTL is at least the marker TTL, so that a
        // marker already on the subject cannot outlive the message and be missed.
        let marker_ttl = cfg.subject_delete_marker_ttl / 1_000_000_000 * 1_000_000_000;
        if ttl.is_some_and(|t| t > 0 && t < marker_ttl && cfg.max_msgs_per_subject != 1) {
            ttl = Some(marker_ttl);
            let secs = (marker_ttl / 1_000_000_000).to_string();
            let h = super::schedule::strip_headers(&hdr, MSG_TTL, true);
            hdr = Bytes::from(super::schedule::append_header(&h, MSG_TTL, &secs));
        }
        // Message schedules (ADR-51): only headers naming one are looked at.
        let mut sched = super::schedule::Checked::default();
        if memchr::memmem::find(&hdr, b"Nats-Schedule").is_some() {
            sched = match super::schedule::check_publish(&cfg, &subject, &get) {
                Ok(c) => c,
                Err(e) => return fail(e),
            };
            if sched.add_rollup {
                hdr = Bytes::from(super::schedule::append_header(&hdr, ROLLUP, "sub"));
            }
        }
        // Any other message stored on a schedule's subject ends the schedule.
        let ends_schedule = cfg.allow_msg_schedules
            && sched.due.is_none()
            && get(super::schedule::SCHEDULER).is_none();
        // nats-server `processJetStreamMsg`: a rollup needs allow_rollup_hdrs and purging allowed.
        let rollup = match get(ROLLUP) {
            None if sched.add_rollup => Some(Rollup::Subject),
            None => None,
            Some(_) if !cfg.allow_rollup_hdrs || cfg.deny_purge => {
                return fail(ApiError::text(
                    JsError::StreamRollupFailed,
                    "rollup not permitted",
                ));
            }
            Some(v) if v.eq_ignore_ascii_case("sub") => Some(Rollup::Subject),
            Some(v) if v.eq_ignore_ascii_case("all") => Some(Rollup::All),
            Some(v) => {
                return fail(ApiError::text(
                    JsError::StreamRollupFailed,
                    format!("rollup value invalid: {v:?}"),
                ));
            }
        };
        if cfg.allow_msg_counter && incr.is_none() {
            return fail(super::counter::missing());
        }
        let msg_id = get(MSG_ID).filter(|s| !s.is_empty());
        // A republish needs the subject's previous sequence, a counter its last value: taken
        // in order, like expectations.
        let serial = msg_id.is_some()
            || incr.is_some()
            || rollup.is_some()
            || sched.purge.is_some()
            || republish.is_some()
            || [
                EXPECTED_LAST_SEQ,
                EXPECTED_LAST_SUBJ_SEQ,
                EXPECTED_LAST_MSG_ID,
            ]
            .iter()
            .any(|n| get(n).is_some());
        let new = NewMsg {
            subject: subject.clone(),
            hdr,
            payload: msg.payload.clone(),
            ts: None,
            ttl,
        };
        Ok(Checked {
            cfg,
            reply,
            subject,
            republish,
            new,
            incr,
            rollup,
            sched,
            ends_schedule,
            msg_id,
            serial,
        })
    }

    /// Submits a checked plain publish to the store: acknowledged in order by the store's
    /// callback once durable, while the next message is taken meanwhile, so one fsync covers
    /// many (group commit). The permit bounds what waits on the writer; it is released with
    /// the PubAck.
    fn submit(self: &Arc<Self>, c: Checked, permit: tokio::sync::OwnedSemaphorePermit) {
        if c.ends_schedule {
            self.scheduler.stored_plain(&c.subject);
        }
        let stream = Arc::downgrade(self);
        let size = c.weight_bytes() as u64;
        let unstored = self.unstored.clone();
        unstored.0.fetch_add(1, Ordering::AcqRel);
        unstored.1.fetch_add(size, Ordering::AcqRel);
        let (reply, subject) = (c.reply, c.subject);
        self.store.store_msg_then(
            c.new,
            Box::new(move |r, last| {
                unstored.0.fetch_sub(1, Ordering::AcqRel);
                unstored.1.fetch_sub(size, Ordering::AcqRel);
                if let Some(s) = stream.upgrade() {
                    s.finish(&reply, r, None, &subject, true);
                    if last {
                        s.flush_acks();
                    }
                }
                drop(permit);
            }),
        );
    }

    /// Turns a counter increment into the message to store: the subject's new total as body
    /// (ADR-49). Returns the total, for the PubAck's `val`.
    fn counter_increment(
        &self,
        cfg: &StreamConfig,
        new: &mut NewMsg,
        incr: num_bigint::BigInt,
    ) -> Result<String, ApiError> {
        let last = self.store.load_last_msg(&new.subject).ok();
        let mut total = super::counter::Total::of(last.as_ref())?;
        let a = super::counter::apply(&mut total, &new.subject, &new.hdr, &new.payload, incr)?;
        if cfg.max_msg_size >= 0 && (a.hdr.len() + a.payload.len()) as i64 > cfg.max_msg_size {
            return Err(ApiError::new(JsError::StreamMessageExceedsMaximum));
        }
        new.hdr = a.hdr;
        new.payload = a.payload;
        Ok(a.val)
    }

    /// The PubAck for `seq`, in upstream's field order (`stream`, `seq`, `domain`,
    /// `duplicate`).
    fn ack_json(&self, seq: u64, duplicate: bool) -> String {
        let mut ack = String::with_capacity(self.ack_head.len() + 20 + self.ack_tail.len() + 20);
        ack.push_str(&self.ack_head);
        let mut d = rnats_proto::encode::DigitBuf::default();
        // Digits are ASCII.
        ack.push_str(std::str::from_utf8(rnats_proto::encode::fmt_u64(seq, &mut d)).unwrap_or("0"));
        if duplicate {
            // `ack_tail` ends with `}`: the flag goes before it.
            ack.push_str(&self.ack_tail[..self.ack_tail.len() - 1]);
            ack.push_str(",\"duplicate\":true}");
        } else {
            ack.push_str(&self.ack_tail);
        }
        ack
    }

    /// Records a stored message and sends its PubAck (or the store's refusal). `staged`: one of
    /// a commit's callbacks; the PubAck goes out, and the consumers are woken, with the next
    /// [`Stream::flush_acks`].
    fn finish(
        &self,
        reply: &Option<Bytes>,
        result: Result<Stored, StoreError>,
        msg_id: Option<String>,
        subject: &str,
        staged: bool,
    ) {
        self.finish_with(reply, result, msg_id, subject, staged, None);
    }

    /// [`Stream::finish`] with `extra` PubAck fields (`,"val":"5"`) after the sequence.
    fn finish_with(
        &self,
        reply: &Option<Bytes>,
        result: Result<Stored, StoreError>,
        msg_id: Option<String>,
        subject: &str,
        staged: bool,
        extra: Option<&str>,
    ) {
        match result {
            Ok(st) => {
                let mut d = self.dedupe.lock().unwrap_or_else(|e| e.into_inner());
                d.stored(st.seq, msg_id.as_deref());
                if let Some(id) = msg_id {
                    d.insert(id, st.seq, st.ts);
                }
                drop(d);
                let mut ack = self.ack_json(st.seq, false);
                if let Some(extra) = extra {
                    // Before the closing brace.
                    ack.insert_str(ack.len() - 1, extra);
                }
                match reply {
                    Some(r) if staged => {
                        self.client
                            .publish_as_staged(r, r, None, None, ack.as_bytes());
                    }
                    _ => self.reply_json(reply, &ack),
                }
                if !staged {
                    self.wake_consumers();
                }
                self.drop_without_interest(st.seq, subject);
            }
            Err(StoreError::MsgTooLarge) => {
                self.pub_error(reply, ApiError::new(JsError::StreamMessageExceedsMaximum))
            }
            Err(e) => self.pub_error(reply, ApiError::text(JsError::StreamStoreFailed, e)),
        }
    }

    /// Answers a direct get that came through the stream's channel (a stream import's shadow
    /// of a direct-get subscription; the account's own publishers are answered inline, see
    /// [`DirectGets`]). A batch leaves with one hand-over.
    fn direct_get(&self, msg: InternalMsg) {
        let Some(reply) = msg.reply.as_ref() else {
            return;
        };
        self.direct_answer(
            &msg.subject,
            msg.headers.as_deref(),
            &msg.payload,
            |hdr_len, message| {
                let (hdr, body) = message.split_at(hdr_len);
                let hdr = (hdr_len > 0).then_some(hdr);
                self.client.publish_as_staged(reply, reply, None, hdr, body);
            },
        );
        self.client.flush();
    }

    /// Answers `$JS.API.DIRECT.GET.<stream>` (JSON request) and
    /// `$JS.API.DIRECT.GET.<stream>.<subject>` (last message on the subject), handing each
    /// reply message to `out` as (header block length, header block then body): the message
    /// with its `Nats-Stream`/`Nats-Subject`/`Nats-Sequence`/`Nats-Time-Stamp` headers, or a
    /// status; for a `batch` or `multi_last` request (ADR-31) one message per match with
    /// `Nats-Num-Pending`/`Nats-Last-Sequence` and a closing `204 EOB` status (upstream
    /// `processDirectGetRequest`, `getDirectRequest`, `getDirectMulti`). `subject` is the
    /// request's subject, `headers` its header block, `body` its body.
    fn direct_answer(
        &self,
        subject: &[u8],
        headers: Option<&[u8]>,
        body: &[u8],
        mut out: impl FnMut(usize, &[u8]),
    ) {
        // A request asking for an API level above ours.
        if headers.is_some_and(super::api::api_level_refused) {
            return send_status(&mut out, b"NATS/1.0 412 Required Api Level\r\n\r\n");
        }
        // `<stream>[.<subject>]`, the stream being this one or, for a mirror answering for
        // it, its origin.
        let rest = subject.get(DIRECT_GET.len()..).unwrap_or_default();
        // Upstream decodes with a plain (not strict) `json.Unmarshal`, so unknown fields
        // pass; anything undecodable, whitespace alone included, is malformed.
        let parse = |body: &[u8]| serde_json::from_slice::<MsgGetRequest>(body).ok();
        let req = if let Some(dot) = memchr::memchr(b'.', rest) {
            // The subject form takes an optional body, which may only set `no_hdr` and
            // `max_bytes` (upstream `processDirectGetLastBySubjectRequest`).
            let mut req = if body.is_empty() {
                MsgGetRequest::default()
            } else {
                match parse(body) {
                    Some(r) => r,
                    None => {
                        return send_status(&mut out, b"NATS/1.0 408 Malformed Request\r\n\r\n")
                    }
                }
            };
            let key = &rest[dot + 1..];
            if key.is_empty() || req.names_anything() {
                return send_status(&mut out, b"NATS/1.0 408 Bad Request\r\n\r\n");
            }
            req.last_by_subj = Some(String::from_utf8_lossy(key).into_owned());
            req
        } else if body.is_empty() {
            return send_status(&mut out, b"NATS/1.0 408 Empty Request\r\n\r\n");
        } else {
            let Some(req) = parse(body) else {
                return send_status(&mut out, b"NATS/1.0 408 Malformed Request\r\n\r\n");
            };
            if let Err(block) = req.check_direct() {
                return send_status(&mut out, block);
            }
            req
        };
        if let Some(filters) = req.multi_last.as_deref().filter(|f| !f.is_empty()) {
            return self.direct_multi(&req, filters, out);
        }
        let seq = self.start_seq(&req);
        if req.batch != 0 {
            return self.direct_batch(&req, seq, nonempty(&req.next_by_subj), out);
        }
        // A single message: the common get, kept to one load and one reply. Upstream answers
        // every load error with 404.
        let Ok(m) = self.load_requested(&req, seq) else {
            return send_status(&mut out, b"NATS/1.0 404 Message Not Found\r\n\r\n");
        };
        if req.no_hdr {
            return out(0, &m.payload);
        }
        let mut msg = self.direct_headers(&m, m.hdr.len() + m.payload.len() + 160);
        msg.extend_from_slice(b"\r\n");
        let hdr_len = msg.len();
        msg.extend_from_slice(&m.payload);
        out(hdr_len, &msg);
    }

    /// The header block of a direct get's reply, open (without its closing CRLF): the stored
    /// headers, then `Nats-Stream`, `Nats-Subject`, `Nats-Sequence`, `Nats-Time-Stamp`.
    fn direct_headers(&self, m: &StoredMsg, capacity: usize) -> Vec<u8> {
        use std::io::Write as _;
        let mut out = Vec::with_capacity(capacity);
        // Upstream `getDirectRequest`: a stored block loses its last two bytes (the closing
        // CRLF of a well-formed one) whatever it looks like; no block gets a fresh
        // `NATS/1.0` line.
        if m.hdr.is_empty() {
            out.extend_from_slice(b"NATS/1.0\r\n");
        } else {
            out.extend_from_slice(&m.hdr[..m.hdr.len().saturating_sub(2)]);
        }
        // Writing into a Vec cannot fail.
        let _ = write!(
            out,
            "Nats-Stream: {}\r\nNats-Subject: {}\r\nNats-Sequence: {}\r\nNats-Time-Stamp: {}\r\n",
            self.name,
            m.subject,
            m.seq,
            go_time(m.ts)
        );
        out
    }

    /// One message of a batch or multi-last reply: [`Stream::direct_headers`] plus
    /// `Nats-Num-Pending` (matches left after this one) and `Nats-Last-Sequence` (the previous
    /// reply's sequence, 0 for the first); `no_hdr` sends the bare body.
    fn direct_batch_msg(
        &self,
        m: &StoredMsg,
        pending: u64,
        last: u64,
        no_hdr: bool,
        out: &mut impl FnMut(usize, &[u8]),
    ) {
        use std::io::Write as _;
        if no_hdr {
            return out(0, &m.payload);
        }
        let mut msg = self.direct_headers(m, m.hdr.len() + m.payload.len() + 200);
        let _ = write!(
            msg,
            "Nats-Num-Pending: {pending}\r\nNats-Last-Sequence: {last}\r\n\r\n"
        );
        let hdr_len = msg.len();
        msg.extend_from_slice(&m.payload);
        out(hdr_len, &msg);
    }

    /// A batched direct get's byte budget: `max_bytes`, or the server's `max_pending` when
    /// unset.
    fn direct_max_bytes(&self, max_bytes: i64) -> i64 {
        if max_bytes == 0 {
            self.resources.direct_max_bytes()
        } else {
            max_bytes
        }
    }

    /// A `batch` direct get: up to `batch` messages from `seq` on (matching `next`, wildcards
    /// allowed), stopping once `max_bytes` (default: the server's `max_pending`) is
    /// reached, then `204 EOB` (upstream `getDirectRequest`). Nothing at all is a plain 404.
    fn direct_batch(
        &self,
        req: &MsgGetRequest,
        mut seq: u64,
        next: Option<&str>,
        mut out: impl FnMut(usize, &[u8]),
    ) {
        let filter = next.unwrap_or(">");
        let mut pending = self.store.filtered_state(seq, filter).msgs;
        let valid_through = self.store.state().last_seq;
        let max_bytes = self.direct_max_bytes(req.max_bytes);
        let (mut last, mut sent_bytes) = (0u64, 0i64);
        let mut i = 0i64;
        while i < req.batch {
            let m = match self.store.load_next_msg(filter, seq.max(1)) {
                Ok(m) => m,
                // A batch that found something ends with its EOB.
                Err(_) if i > 0 => break,
                Err(_) => {
                    let block = b"NATS/1.0 404 Message Not Found\r\n\r\n";
                    return out(block.len(), block);
                }
            };
            seq = m.seq + 1;
            // Upstream counts down only the messages that carry the count: a `no_hdr` batch
            // ends with the pending count it started with.
            if !req.no_hdr {
                pending = pending.saturating_sub(1);
            }
            self.direct_batch_msg(&m, pending, last, req.no_hdr, &mut out);
            last = m.seq;
            sent_bytes += (m.subject.len() + m.hdr.len() + m.payload.len()) as i64;
            if sent_bytes >= max_bytes {
                break;
            }
            i += 1;
        }
        // Messages stored meanwhile count as pending, as upstream recounts them.
        if self.store.state().last_seq > valid_through {
            pending = self.store.filtered_state(seq, filter).msgs;
        }
        let eob = format!(
            "NATS/1.0 204 EOB\r\nNats-Num-Pending: {pending}\r\nNats-Last-Sequence: {last}\r\n\r\n"
        );
        out(eob.len(), eob.as_bytes());
    }

    /// A `multi_last` direct get: the last message of every subject matching `filters`
    /// (wildcards allowed) at or below `up_to_seq`/`up_to_time`, in sequence order, from
    /// `seq` on, at most `batch` of them and stopping at `max_bytes`, then `204 EOB` with
    /// `Nats-UpTo-Sequence` (upstream `getDirectMulti`). More than
    /// [`MAX_MULTI_LAST_RESULTS`] subjects is a `413 Too Many Results`.
    fn direct_multi(
        &self,
        req: &MsgGetRequest,
        filters: &[String],
        mut out: impl FnMut(usize, &[u8]),
    ) {
        let mut up_to = req.up_to_seq;
        if let Some(t) = req.up_to_time {
            let seq = self.store.seq_from_time(t);
            // Nothing stored before that time.
            if seq <= self.store.state().first_seq {
                return send_status(&mut out, b"NATS/1.0 404 No Results\r\n\r\n");
            }
            up_to = seq - 1;
        }
        if up_to == 0 {
            up_to = self.store.state().last_seq;
        }
        let Some(seqs) = self.multi_last_seqs(filters, up_to) else {
            return send_status(&mut out, b"NATS/1.0 413 Too Many Results\r\n\r\n");
        };
        if seqs.is_empty() {
            return send_status(&mut out, b"NATS/1.0 404 No Results\r\n\r\n");
        }
        let max_bytes = self.direct_max_bytes(req.max_bytes);
        let mut pending = seqs.len() as u64;
        let (mut last, mut sent_bytes, mut sent) = (0u64, 0i64, 0i64);
        for seq in seqs {
            pending = pending.saturating_sub(1);
            if seq < req.seq {
                continue;
            }
            let Ok(m) = self.store.load_msg(seq) else {
                let block = b"NATS/1.0 404 Message Not Found\r\n\r\n";
                return out(block.len(), block);
            };
            // Upstream's multi-last replies always carry headers.
            self.direct_batch_msg(&m, pending, last, false, &mut out);
            last = m.seq;
            sent_bytes += (m.subject.len() + m.hdr.len() + m.payload.len()) as i64;
            if sent_bytes >= max_bytes {
                break;
            }
            sent += 1;
            if req.batch > 0 && sent >= req.batch {
                break;
            }
        }
        let eob = format!(
            "NATS/1.0 204 EOB\r\nNats-Num-Pending: {pending}\r\nNats-Last-Sequence: {last}\r\nNats-UpTo-Sequence: {up_to}\r\n\r\n"
        );
        out(eob.len(), eob.as_bytes());
    }

    /// The last sequence at or below `up_to` of every subject matching one of `filters`,
    /// ascending and without repeats; `None` once more than [`MAX_MULTI_LAST_RESULTS`]
    /// (checked after each filter, as upstream's `MultiLastSeqs` does).
    fn multi_last_seqs(&self, filters: &[String], up_to: u64) -> Option<Vec<u64>> {
        let mut seen = std::collections::HashSet::new();
        for filter in filters {
            for (subject, st) in self.store.subjects_state(filter) {
                if st.last <= up_to {
                    seen.insert(st.last);
                } else if st.msgs > 1 && st.first <= up_to {
                    // The subject's newest is past the ceiling: walk its messages up to it.
                    let (mut from, mut found) = (st.first, None);
                    while let Ok(m) = self.store.load_next_msg(&subject, from) {
                        if m.seq > up_to {
                            break;
                        }
                        found = Some(m.seq);
                        from = m.seq + 1;
                    }
                    if let Some(seq) = found {
                        seen.insert(seq);
                    }
                }
            }
            if seen.len() > MAX_MULTI_LAST_RESULTS {
                return None;
            }
        }
        let mut seqs: Vec<u64> = seen.into_iter().collect();
        seqs.sort_unstable();
        Some(seqs)
    }

    /// Where a get request starts: the first sequence stored at or after its `start_time`, or
    /// its `seq`.
    fn start_seq(&self, req: &MsgGetRequest) -> u64 {
        match req.start_time {
            Some(t) => self.store.seq_from_time(t),
            None => req.seq,
        }
    }

    /// The one message a get request names, from `seq` ([`Stream::start_seq`]): the first at
    /// or after it on `next_by_subj`, else the one at `seq`, else the last on `last_by_subj`.
    fn load_requested(&self, req: &MsgGetRequest, seq: u64) -> Result<StoredMsg, StoreError> {
        match (nonempty(&req.next_by_subj), nonempty(&req.last_by_subj)) {
            (None, _) if seq > 0 => self.store.load_msg(seq),
            (Some(next), _) => self.store.load_next_msg(next, seq.max(1)),
            (None, Some(last)) => self.store.load_last_msg(last),
            (None, None) => Err(StoreError::NotFound),
        }
    }

    /// The message a `STREAM.MSG.GET` request asks for, the request having passed
    /// [`MsgGetRequest::check_msg_get`] (upstream checks it before looking the stream up):
    /// `Ok(None)` when there is none (`start_time` picks the sequence).
    pub fn get_msg(&self, req: &MsgGetRequest) -> Result<Option<StoredMsg>, ApiError> {
        match self.load_requested(req, self.start_seq(req)) {
            Ok(m) => Ok(Some(m)),
            Err(StoreError::NotFound | StoreError::Eof | StoreError::Corrupt { .. }) => Ok(None),
            Err(e) => Err(ApiError::text(JsError::StreamGeneral, e)),
        }
    }
}

/// The direct-get service of a stream ([`crate::router::InlineService`]): a request published
/// in the stream's account is answered in the publisher's own delivery, reading the store
/// (reads take the store's index lock briefly and never wait on its writer, which makes a
/// commit visible before it acknowledges it, so a get sent after a PubAck sees that message).
/// Like nats-server, which answers direct gets in the requester's `readLoop`, a get is not
/// ordered behind publishes still queued for the stream.
struct DirectGets(std::sync::Weak<Stream>);

impl crate::router::InlineService for DirectGets {
    fn serve(&self, req: &rnats_proto::PubRef<'_>, out: &mut crate::router::Responder<'_>) -> bool {
        let Some(stream) = self.0.upgrade() else {
            return false;
        };
        if stream.stopped.load(Ordering::Acquire) {
            return false;
        }
        let Some(reply) = req.reply else {
            return true;
        };
        let headers = (req.hdr_len > 0).then(|| &req.payload[..req.hdr_len]);
        stream.direct_answer(req.subject, headers, req.body(), |hdr_len, message| {
            out.publish(reply, hdr_len, message);
        });
        true
    }
}

/// The publishes to a stream's subjects ([`crate::router::InlineService`]): a plain publish
/// from a connection is checked and handed to the store right in the publisher's delivery, as
/// nats-server's `processJetStreamMsg` can run in the publisher's `readLoop`; the store's
/// callback sends the PubAck once the message is durable, as for any publish. No wake-up of
/// the stream task, no copy through its channel. What needs the stream task (expectations,
/// duplicates, batches, an error to answer, a full writer queue, publishes from internal
/// clients) is forwarded to it, and so is every publish after one forwarded and not yet
/// handled, so each publisher's messages are stored in the order it sent them.
struct Ingest(std::sync::Weak<Stream>);

impl crate::router::InlineService for Ingest {
    fn serve(&self, req: &rnats_proto::PubRef<'_>, out: &mut crate::router::Responder<'_>) -> bool {
        let Some(stream) = self.0.upgrade() else {
            return false;
        };
        if out.from_connection() && stream.store_inline(req) {
            return true;
        }
        stream.forwarded.fetch_add(1, Ordering::AcqRel);
        if out.forward(&stream.forward, req) {
            return true;
        }
        stream.forwarded.fetch_sub(1, Ordering::AcqRel);
        false
    }
}

impl Stream {
    /// Stores a publish in the caller when nothing stands in the way (see [`Ingest`]); false
    /// when it must go through the stream task.
    fn store_inline(self: &Arc<Self>, req: &rnats_proto::PubRef<'_>) -> bool {
        if self.forwarded.load(Ordering::Acquire) != 0 || self.is_stopped() {
            return false;
        }
        let Ok(_one_at_a_time) = self.ingest.try_lock() else {
            return false;
        };
        // Under the lock: the stream task may have taken a forwarded publish meanwhile.
        if self.forwarded.load(Ordering::Acquire) != 0 {
            return false;
        }
        if req.reply.and_then(fast::parse_reply).is_some() {
            return false;
        }
        if memchr::memmem::find(&req.payload[..req.hdr_len], batch::BATCH_ID.as_bytes()).is_some() {
            return false;
        }
        // One allocation for the fields the store and the PubAck keep.
        let reply = req.reply.unwrap_or_default();
        let mut buf =
            bytes::BytesMut::with_capacity(req.subject.len() + reply.len() + req.payload.len());
        buf.extend_from_slice(req.subject);
        buf.extend_from_slice(reply);
        buf.extend_from_slice(req.payload);
        let mut all = buf.freeze();
        let subject = all.split_to(req.subject.len());
        let reply = all.split_to(reply.len());
        let msg = InternalMsg {
            sid: self.forward_sid,
            subject,
            reply: req.reply.map(|_| reply),
            headers: (req.hdr_len > 0).then(|| all.split_to(req.hdr_len)),
            payload: all,
        };
        let (msgs, bytes) = self.unstored_now();
        if let Some(why) = self.resources.ingest().exceeded(msgs, bytes) {
            self.refuse_ingest(&msg, why);
            return true;
        }
        let Ok(c) = self.check_publish(&msg) else {
            return false;
        };
        if c.serial || self.resources.check_publish(self.store.kind()).is_err() {
            return false;
        }
        let Ok(permit) = self.inflight.clone().try_acquire_many_owned(c.weight()) else {
            return false;
        };
        self.submit(c, permit);
        true
    }
}

/// `$JS.API.STREAM.MSG.GET` / `DIRECT.GET` request body.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct MsgGetRequest {
    /// Sequence (or start sequence with `next_by_subj`).
    #[serde(deserialize_with = "null_as_default")]
    pub seq: u64,
    /// Last message on this subject.
    pub last_by_subj: Option<String>,
    /// First message at or after `seq` on this subject.
    pub next_by_subj: Option<String>,
    /// Direct gets: this many messages (from `seq`/`start_time`, or matching
    /// `next_by_subj`), ended by a `204 EOB` status.
    #[serde(deserialize_with = "null_as_default")]
    pub batch: i64,
    /// Direct gets: stop a batch once this many bytes went out (0: 64 MiB).
    #[serde(deserialize_with = "null_as_default")]
    pub max_bytes: i64,
    /// Direct gets: start at the first message stored at or after this time (ns since the
    /// epoch).
    #[serde(deserialize_with = "opt_go_time")]
    pub start_time: Option<i64>,
    /// Direct gets: the last message of each subject matching these filters.
    pub multi_last: Option<Vec<String>>,
    /// With `multi_last`: only messages up to this sequence.
    #[serde(deserialize_with = "null_as_default")]
    pub up_to_seq: u64,
    /// With `multi_last`: only messages stored before this time (ns since the epoch).
    #[serde(deserialize_with = "opt_go_time")]
    pub up_to_time: Option<i64>,
    /// Direct gets: the bare body, without headers.
    #[serde(deserialize_with = "null_as_default")]
    pub no_hdr: bool,
}

impl MsgGetRequest {
    /// `last_by_subj` is set (Go: not empty).
    fn names_last(&self) -> bool {
        nonempty(&self.last_by_subj).is_some()
    }

    /// `next_by_subj` is set (Go: not empty).
    fn names_next(&self) -> bool {
        nonempty(&self.next_by_subj).is_some()
    }

    /// Whether the request selects messages itself (anything but `no_hdr`/`max_bytes`): the
    /// subject form of a direct get refuses that (upstream
    /// `processDirectGetLastBySubjectRequest`).
    fn names_anything(&self) -> bool {
        self.names_last()
            || self.names_next()
            || self.multi_last.as_ref().is_some_and(|m| !m.is_empty())
            || self.seq != 0
            || self.batch != 0
            || self.start_time.is_some()
            || self.up_to_seq != 0
            || self.up_to_time.is_some()
    }

    /// Upstream's checks of a `STREAM.MSG.GET` request, made before the stream is looked up:
    /// a batch, or options that contradict each other, are a bad request (10003).
    pub fn check_msg_get(&self) -> Result<(), ApiError> {
        let (last, next) = (self.names_last(), self.names_next());
        let (seq, start) = (self.seq > 0, self.start_time.is_some());
        if self.batch > 0
            || self.max_bytes > 0
            || (seq && (last || start))
            || (!seq && !last && !next && !start)
            || (start && last)
            || (last && next)
        {
            return Err(ApiError::new(JsError::BadRequest));
        }
        Ok(())
    }

    /// Upstream's checks of a JSON direct get: nothing asked for is `408 Empty Request`,
    /// options that contradict each other (a batch of last-by-subject among them) are
    /// `408 Bad Request`.
    fn check_direct(&self) -> Result<(), &'static [u8]> {
        let (last, next) = (self.names_last(), self.names_next());
        let multi = self.multi_last.as_ref().is_some_and(|m| !m.is_empty());
        let start = self.start_time.is_some();
        let seq = self.seq > 0;
        if !seq && !last && !next && !multi && !start {
            return Err(b"NATS/1.0 408 Empty Request\r\n\r\n");
        }
        // Upstream's list, grouped: a sequence with a subject or a time, a time with a
        // subject, last-by-subject with anything that selects more, next with multi-last, and
        // both ceilings.
        if (seq && (last || start))
            || (start && last)
            || (last && (next || self.batch > 0 || multi))
            || (next && multi)
            || (self.up_to_seq > 0 && self.up_to_time.is_some())
        {
            return Err(b"NATS/1.0 408 Bad Request\r\n\r\n");
        }
        Ok(())
    }
}

/// A string field as Go sees it: empty is unset.
fn nonempty(s: &Option<String>) -> Option<&str> {
    s.as_deref().filter(|s| !s.is_empty())
}

/// Hands a status reply (a whole header block, no body) to a direct get's `out`.
fn send_status(out: &mut impl FnMut(usize, &[u8]), block: &[u8]) {
    out(block.len(), block);
}

/// Most subjects a `multi_last` direct get may match (upstream `getDirectMulti`'s
/// `maxAllowedResponses`); past it the answer is `413 Too Many Results`.
const MAX_MULTI_LAST_RESULTS: usize = 1024;

/// A Go `*time.Time` JSON field: `null` is none, anything but an RFC 3339 string is an error,
/// times outside the nanosecond range clamp to its ends.
fn opt_go_time<'de, D>(d: D) -> Result<Option<i64>, D::Error>
where
    D: serde::Deserializer<'de>,
{
    let Some(text) = Option::<String>::deserialize(d)? else {
        return Ok(None);
    };
    let t = chrono::DateTime::parse_from_rfc3339(&text).map_err(serde::de::Error::custom)?;
    Ok(Some(t.timestamp_nanos_opt().unwrap_or(
        if t.timestamp() < 0 {
            i64::MIN
        } else {
            i64::MAX
        },
    )))
}

/// A published header block as nats-server 2.14 stores it: a status on the `NATS/1.0` line
/// (`NATS/1.0 503 ...`) is dropped, and a block left with no headers at all is dropped whole;
/// every other block (other versions, odd lines) is kept byte for byte.
fn without_status(hdr: Bytes) -> Bytes {
    const VERSION: &[u8] = b"NATS/1.0";
    if !hdr.starts_with(VERSION) || hdr[VERSION.len()..].starts_with(b"\r\n") {
        return hdr;
    }
    let Some(eol) = memchr::memmem::find(&hdr, b"\r\n") else {
        return hdr;
    };
    let rest = &hdr[eol + 2..];
    if rest == b"\r\n" {
        return Bytes::new();
    }
    let mut out = Vec::with_capacity(VERSION.len() + 2 + rest.len());
    out.extend_from_slice(VERSION);
    out.extend_from_slice(b"\r\n");
    out.extend_from_slice(rest);
    Bytes::from(out)
}

/// The value of header `name` in a stored block, found as nats-server's `getHeader` finds it:
/// a block with odd lines elsewhere still yields its well-formed headers.
fn header_value(hdr: &[u8], name: &str) -> Option<String> {
    slice_header(hdr, name.as_bytes()).map(|v| String::from_utf8_lossy(v).into_owned())
}

/// Whether a stored header block is a delete marker: a server marker or a KV purge (upstream
/// `isSubjectDeleteMarker`).
fn is_delete_marker(hdr: &[u8]) -> bool {
    slice_header(hdr, MARKER_REASON.as_bytes()).is_some_and(|v| !v.is_empty())
        || slice_header(hdr, b"KV-Operation") == Some(b"PURGE")
}

/// Checks a `Nats-Expected-Last-(Subject-)Sequence` header value against the actual last
/// sequence: 10071 with the actual one when they differ, 10164 when the value is no number.
fn expect_last_seq(value: &str, last: u64) -> Result<(), ApiError> {
    match value.trim().parse::<u64>() {
        Ok(want) if want == last => Ok(()),
        Ok(_) => Err(ApiError::with(
            JsError::StreamWrongLastSequence,
            &[("seq", &last.to_string())],
        )),
        Err(_) => Err(ApiError::new(JsError::StreamWrongLastSequenceConstant)),
    }
}

/// What a `Nats-Rollup` header asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Rollup {
    /// `sub`: keep only the new message on its subject.
    Subject,
    /// `all`: keep only the new message in the stream.
    All,
}

/// Parses a `Nats-TTL` value: seconds, a Go duration (`1m30s`) or `never`; in nanoseconds,
/// `-1` for never.
pub fn parse_ttl(v: &str) -> Option<i64> {
    let v = v.trim();
    if v.eq_ignore_ascii_case("never") {
        return Some(-1);
    }
    if let Ok(secs) = v.parse::<i64>() {
        return (secs > 0).then(|| secs.saturating_mul(1_000_000_000));
    }
    let d = rnats_proto::kit::format::parse_duration(v).ok()?;
    let ns = i64::try_from(d.as_nanos()).ok()?;
    (ns >= 1_000_000_000).then_some(ns)
}

/// A publish that passed [`Stream::check_publish`].
struct Checked {
    cfg: Arc<StreamConfig>,
    reply: Option<Bytes>,
    subject: String,
    republish: Option<(Vec<u8>, bool)>,
    new: NewMsg,
    incr: Option<num_bigint::BigInt>,
    rollup: Option<Rollup>,
    sched: super::schedule::Checked,
    ends_schedule: bool,
    msg_id: Option<String>,
    /// It must wait for every earlier publish to be stored (expectations, duplicates,
    /// counters, rollups, republish).
    serial: bool,
}

impl Checked {
    /// Permits it takes from [`INFLIGHT_PERMITS`].
    fn weight(&self) -> u32 {
        inflight_weight(self.weight_bytes())
    }

    /// Its subject, header and body bytes.
    fn weight_bytes(&self) -> usize {
        self.subject.len() + self.new.hdr.len() + self.new.payload.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ttl_values() {
        assert_eq!(parse_ttl("5"), Some(5_000_000_000));
        assert_eq!(parse_ttl("1m"), Some(60_000_000_000));
        assert_eq!(parse_ttl("never"), Some(-1));
        assert_eq!(parse_ttl("0"), None);
        assert_eq!(parse_ttl("soon"), None);
    }

    #[test]
    fn dedupe_window() {
        let mut d = Dedupe::default();
        d.insert("a".into(), 1, 100);
        d.insert("b".into(), 2, 200);
        d.expire(250, 100);
        assert!(!d.ids.contains_key("a"));
        assert_eq!(d.ids.get("b"), Some(&2));
    }
}
