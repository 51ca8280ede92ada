//! JetStream: persistent streams on top of the core server, as a subsystem over internal
//! subscriptions (STYLE.md §3.6; upstream `server/jetstream.go`, `jetstream_api.go`).
//!
//! [`JetStream::start`] logs upstream's startup banner, reopens every stream found under
//! `<store_dir>/jetstream/<account>/streams/` for every JetStream-enabled account, and subscribes an internal client to the API subjects
//! (`$JS.API.*`, and `$JS.<domain>.API.*` with a domain). API requests are handled one at a
//! time by one task (`api`); each stream runs its own task for publishes and direct gets
//! ([`stream`]); each consumer runs its own task for pull requests and acks ([`consumer`]).
//! Pull and push consumers are implemented; the few consumer features that are not are refused
//! with a JSON error saying so.
//!
//! Storage: [`store`] (`StreamStore`, memory and file implementations); the server-wide
//! `max_memory_store` / `max_file_store` limits: [`limits`].

pub mod advisory;
mod api;
pub mod config;
pub mod consumer;
pub mod counter;
pub mod errors;
pub mod limits;
pub mod schedule;
pub mod snapshot;
pub mod sourcing;
pub mod store;
pub mod stream;
pub mod strict;
pub mod transforms;
pub mod tz;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, Weak};
use std::time::{Duration, Instant};

use crate::client::ConnKind;
use crate::internal::InternalClient;
use crate::options::Options;
use crate::server::Server;
use crate::{log_error, log_info, log_warn};
use config::{PersistMode, StreamConfig, StreamConfigExt, API_LEVEL};
use store::{FileStore, FileStoreConfig, MemoryStore, StoreConfig, StreamStore, SyncPolicy};
use stream::{Stream, StreamMeta};

/// Name of the JetStream directory inside `store_dir`.
const JS_DIR: &str = "jetstream";
/// Streams directory inside an account directory.
const STREAMS_DIR: &str = "streams";

/// JetStream settings, resolved from [`Options`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JetStreamConfig {
    /// `<store_dir>/jetstream`.
    pub store_dir: PathBuf,
    /// Whether `store_dir` was left to its temporary default.
    pub temporary_dir: bool,
    /// Memory storage limit in bytes.
    pub max_memory: i64,
    /// File storage limit in bytes.
    pub max_store: i64,
    /// `domain`.
    pub domain: Option<String>,
    /// When file stores acknowledge writes.
    pub sync: SyncPolicy,
    /// Each stream's ingest queue limits (`max_buffered_msgs`, `max_buffered_size`).
    pub ingest: limits::IngestLimits,
    /// `limits.batch`: bounds of batch publishing.
    pub batch: limits::BatchLimits,
    /// `limits`: bounds on stream and consumer configs.
    pub limits: limits::ConfigLimits,
    /// `strict`: API requests are decoded as upstream's strict mode does ([`strict`]).
    pub strict: bool,
}

impl JetStreamConfig {
    /// Resolves the settings, filling upstream's defaults (`dynJetStreamConfig`): store dir
    /// `$TMPDIR/nats`, memory 75% of system memory, storage 75% of the space available to the
    /// store directory. A limit set to 0 stays 0 (no storage of that kind); a negative one
    /// takes the default.
    pub fn from_options(opts: &Options) -> JetStreamConfig {
        let (base, temporary_dir) = match &opts.store_dir {
            Some(d) => (d.clone(), false),
            None => (std::env::temp_dir().join("nats"), true),
        };
        let store_dir = base.join(JS_DIR);
        JetStreamConfig {
            max_memory: opts
                .jetstream_max_memory
                .filter(|m| *m >= 0)
                .unwrap_or_else(limits::default_max_memory),
            max_store: opts
                .jetstream_max_store
                .filter(|m| *m >= 0)
                .unwrap_or_else(|| limits::disk_available(&store_dir)),
            store_dir,
            temporary_dir,
            domain: opts.jetstream_domain.clone(),
            sync: match opts.jetstream_sync_interval {
                None => SyncPolicy::Always,
                Some(d) => SyncPolicy::Interval(d),
            },
            ingest: limits::IngestLimits::from_options(
                opts.jetstream_max_buffered_msgs,
                opts.jetstream_max_buffered_size,
            ),
            strict: opts.jetstream_strict,
            batch: opts.jetstream_batch,
            limits: opts.jetstream_limits,
        }
    }

    /// Directory holding the streams of `account`.
    pub fn streams_dir(&self, account: &str) -> PathBuf {
        self.store_dir.join(account).join(STREAMS_DIR)
    }
}

/// Upstream's `friendlyBytes`: `17.66 GB` (base 1024).
pub fn friendly_bytes(n: i64) -> String {
    let f = n as f64;
    if f < 1024.0 {
        return format!("{n} B");
    }
    let units = ["K", "M", "G", "T", "P", "E"];
    let exp = ((f.ln() / 1024f64.ln()) as usize).clamp(1, units.len());
    format!("{:.2} {}B", f / 1024f64.powi(exp as i32), units[exp - 1])
}

/// A time as Go's `time.Time` JSON (RFC 3339, nanoseconds with trailing zeros trimmed, UTC);
/// 0 is Go's zero time.
pub fn go_time(ns: i64) -> String {
    if ns == 0 {
        return "0001-01-01T00:00:00Z".to_string();
    }
    let secs = ns.div_euclid(1_000_000_000);
    let nanos = ns.rem_euclid(1_000_000_000) as u32;
    let Some(t) = chrono::DateTime::from_timestamp(secs, nanos) else {
        return "0001-01-01T00:00:00Z".to_string();
    };
    use chrono::{Datelike as _, Timelike as _};
    use std::fmt::Write as _;
    // Written field by field: every direct get's `Nats-Time-Stamp` goes through here, and a
    // strftime pattern is parsed on each call.
    let mut out = String::with_capacity(32);
    let _ = write!(
        out,
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}",
        t.year(),
        t.month(),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    );
    if nanos != 0 {
        let mut frac = nanos;
        let mut digits = 9;
        while frac.is_multiple_of(10) {
            frac /= 10;
            digits -= 1;
        }
        let _ = write!(out, ".{frac:0digits$}");
    }
    out.push('Z');
    out
}

/// The current time, ns since the epoch.
pub fn now_ns() -> i64 {
    store::now_ns()
}

/// API request counters, shared by every account's API handler.
#[derive(Debug, Default)]
pub struct ApiCounters {
    /// Requests answered.
    pub total: AtomicU64,
    /// Requests answered with an error.
    pub errors: AtomicU64,
    /// Requests waiting to be answered (upstream's `inflight`, shown only when not zero).
    pub inflight: AtomicU64,
}

/// Every JetStream-enabled account by name, held weakly so an account's JetStream can look at
/// the others (storage reservations are server-wide) without a reference cycle.
type Peers = Arc<Mutex<BTreeMap<String, Weak<JsAccount>>>>;

/// The JetStream subsystem of a server: the server-wide settings, limits and counters, and one
/// [`JsAccount`] per account that may use JetStream.
pub struct JetStream {
    server: Arc<Server>,
    config: JetStreamConfig,
    resources: Arc<limits::Resources>,
    api_stats: Arc<ApiCounters>,
    accounts: Mutex<BTreeMap<String, Arc<JsAccount>>>,
    peers: Peers,
    /// Accounts answered with "not enabled" (their responder runs until shutdown).
    disabled: Mutex<std::collections::BTreeSet<String>>,
}

impl std::fmt::Debug for JetStream {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("JetStream")
            .field("store_dir", &self.config.store_dir)
            .finish()
    }
}

impl JetStream {
    /// Starts JetStream: banner, store directory, then for every account that may use it,
    /// stream recovery and API subscriptions. Without an `accounts {}` block that is the global
    /// account; with one, each account whose `jetstream` is enabled (never the system account),
    /// as upstream's `enableJetStreamAccounts`.
    pub async fn start(server: &Arc<Server>, config: JetStreamConfig) -> anyhow::Result<Arc<Self>> {
        let started = Instant::now();
        log_info!("Starting JetStream");
        if config.temporary_dir {
            log_warn!("Temporary storage directory used, data could be lost on system reboot");
        }
        log_banner(&config);
        std::fs::create_dir_all(&config.store_dir).map_err(|e| {
            anyhow::anyhow!(
                "Could not create storage directory - {}: {e}",
                config.store_dir.display()
            )
        })?;
        let js = Arc::new(JetStream {
            server: server.clone(),
            resources: Arc::new(
                limits::Resources::new(config.max_memory, config.max_store)
                    .with_ingest(config.ingest)
                    .with_batch(config.batch)
                    .with_direct_max_bytes(server.options().max_pending),
            ),
            config,
            api_stats: Arc::new(ApiCounters::default()),
            accounts: Mutex::new(BTreeMap::new()),
            peers: Arc::new(Mutex::new(BTreeMap::new())),
            disabled: Mutex::new(Default::default()),
        });
        js.configure_accounts()?;
        log_info!(
            "Took {} to start JetStream",
            rnats_proto::kit::format::duration_string(started.elapsed())
        );
        Ok(js)
    }

    /// Gives every account that has no JetStream yet either its JetStream (when it may use
    /// it) or the "not enabled" responder: at start, and for accounts a reload added.
    pub fn configure_accounts(self: &Arc<Self>) -> anyhow::Result<()> {
        let opts = self.server.options();
        let system = self.server.system_account().map(|a| a.name().to_string());
        for account in self.server.accounts() {
            let name = account.name().to_string();
            if Some(&name) == system.as_ref() || self.account(&name).is_some() {
                continue;
            }
            let limits = if opts.auth.accounts.is_empty() {
                (name == crate::account::GLOBAL_ACCOUNT)
                    .then(crate::auth::options::AccountJetStream::default)
            } else {
                account.config().jetstream.clone().filter(|j| j.enabled)
            };
            match limits {
                Some(limits) => {
                    self.enable_account(&account, limits)?;
                }
                None => {
                    let fresh = self
                        .disabled
                        .lock()
                        .unwrap_or_else(|e| e.into_inner())
                        .insert(name);
                    if fresh {
                        self.serve_disabled(&account)?;
                    }
                }
            }
        }
        Ok(())
    }

    /// Enables JetStream for `account`: recovers its streams and serves its API.
    fn enable_account(
        self: &Arc<Self>,
        account: &Arc<crate::account::Account>,
        limits: crate::auth::options::AccountJetStream,
    ) -> anyhow::Result<Arc<JsAccount>> {
        let streams_dir = self.config.store_dir.join(account.name()).join(STREAMS_DIR);
        std::fs::create_dir_all(&streams_dir).map_err(|e| {
            anyhow::anyhow!(
                "Could not create storage directory - {}: {e}",
                streams_dir.display()
            )
        })?;
        let (api, rx) = self.server.internal_client_in(
            account,
            ConnKind::JetStream,
            &format!("JetStream API {}", account.name()),
        );
        let jsa = Arc::new(JsAccount {
            server: self.server.clone(),
            account: account.clone(),
            config: self.config.clone(),
            streams_dir,
            streams: Mutex::new(BTreeMap::new()),
            resources: self.resources.clone(),
            api,
            api_stats: self.api_stats.clone(),
            peers: self.peers.clone(),
            limits,
        });
        jsa.recover_streams();
        jsa.subscribe_api()?;
        self.peers
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(account.name().to_string(), Arc::downgrade(&jsa));
        self.accounts
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(account.name().to_string(), jsa.clone());
        let task_js = jsa.clone();
        tokio::spawn(async move { api::serve(task_js, rx).await });
        Ok(jsa)
    }

    /// Answers the API in `account`, which may not use JetStream, with upstream's error.
    fn serve_disabled(&self, account: &Arc<crate::account::Account>) -> anyhow::Result<()> {
        let (client, rx) = self.server.internal_client_in(
            account,
            ConnKind::JetStream,
            &format!("JetStream API {} (disabled)", account.name()),
        );
        client
            .subscribe("$JS.API.>", None)
            .map_err(|e| anyhow::anyhow!("JetStream API subscription: {e}"))?;
        tokio::spawn(api::serve_disabled(client, rx));
        Ok(())
    }

    /// The resolved settings.
    pub fn config(&self) -> &JetStreamConfig {
        &self.config
    }

    /// The JetStream of account `name`, when enabled for it.
    pub fn account(&self, name: &str) -> Option<Arc<JsAccount>> {
        self.accounts
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(name)
            .cloned()
    }

    /// Every JetStream-enabled account.
    pub fn accounts(&self) -> Vec<Arc<JsAccount>> {
        self.accounts
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .values()
            .cloned()
            .collect()
    }

    /// Every stream of every account.
    pub fn streams(&self) -> Vec<Arc<Stream>> {
        self.accounts().iter().flat_map(|a| a.streams()).collect()
    }

    /// Stops every stream, syncing its store (server shutdown).
    pub async fn shutdown(&self) {
        log_info!("Initiating JetStream Shutdown...");
        let accounts: Vec<Arc<JsAccount>> =
            std::mem::take(&mut *self.accounts.lock().unwrap_or_else(|e| e.into_inner()))
                .into_values()
                .collect();
        for a in accounts {
            a.shutdown().await;
        }
        log_info!("JetStream Shutdown");
    }

    /// varz `jetstream.config` and /jsz `config` (upstream `JetStreamConfig`). rnats' default
    /// durable mode shows as `sync_always`.
    pub fn monitor_config(&self) -> serde_json::Value {
        let mut v = serde_json::json!({
            "max_memory": self.config.max_memory,
            "max_storage": self.config.max_store,
            "store_dir": self.config.store_dir.display().to_string(),
        });
        match self.config.sync {
            store::SyncPolicy::Always => {
                // nats-server keeps reporting its interval (default 2m) next to `sync_always`.
                v["sync_interval"] = serde_json::json!(120_000_000_000u64);
                v["sync_always"] = serde_json::json!(true);
            }
            store::SyncPolicy::Interval(d) => {
                v["sync_interval"] = serde_json::json!(d.as_nanos() as u64)
            }
        }
        if let Some(d) = &self.config.domain {
            v["domain"] = serde_json::json!(d);
        }
        v["strict"] = serde_json::json!(true);
        v
    }

    /// varz `jetstream.stats` and the head of /jsz (upstream `JetStreamStats`).
    pub fn monitor_stats(&self) -> serde_json::Value {
        let (mem, file) = self.usage();
        let (reserved_mem, reserved_file) = reserved_over(&self.peers, None, None);
        serde_json::json!({
            "memory": mem,
            "storage": file,
            "reserved_memory": reserved_mem,
            "reserved_storage": reserved_file,
            "accounts": self.accounts().len(),
            "ha_assets": 0,
            "api": api_stats_json(&self.api_stats),
        })
    }

    /// Streams, consumers, messages and bytes over every stream (/jsz totals).
    pub fn monitor_totals(&self) -> (usize, usize, u64, u64) {
        let streams = self.streams();
        let mut consumers = 0;
        let mut msgs = 0;
        let mut bytes = 0;
        for s in &streams {
            consumers += s.public_consumers().len();
            let st = s.store.state();
            msgs += st.msgs;
            bytes += st.bytes;
        }
        (streams.len(), consumers, msgs, bytes)
    }

    /// `/jsz` `account_details` (upstream `AccountDetail`): per account its usage and API
    /// counters, with `streams` its streams (`StreamDetail`: state, `config` with `config`),
    /// with `consumer` their consumers (`ConsumerInfo`, `config` with `config`); sorted by
    /// name.
    pub fn monitor_account_details(
        &self,
        opts: &rnats_proto::monitor::JszOptions,
        server_name: &str,
    ) -> Vec<serde_json::Value> {
        let mut accounts = self.accounts();
        accounts.retain(|a| opts.account.is_empty() || a.name() == opts.account);
        accounts.sort_by(|a, b| a.name().cmp(b.name()));
        let mut out = Vec::with_capacity(accounts.len());
        for acc in accounts {
            let (mem, file) = acc.usage();
            let mut detail = serde_json::json!({
                "name": acc.name(),
                "id": acc.name(),
                "memory": mem,
                "storage": file,
                "reserved_memory": 0,
                "reserved_storage": 0,
                "accounts": 0,
                "ha_assets": 0,
                "api": acc.api_stats(),
            });
            if opts.streams {
                let mut streams = acc.streams();
                streams.sort_by(|a, b| a.name.cmp(&b.name));
                let details: Vec<serde_json::Value> = streams
                    .iter()
                    .map(|s| stream_detail(s, opts, server_name))
                    .collect();
                detail["stream_detail"] = serde_json::json!(details);
            }
            out.push(detail);
        }
        out
    }

    /// Memory and file bytes used by all streams.
    pub fn usage(&self) -> (u64, u64) {
        (
            self.resources.used(store::StorageKind::Memory),
            self.resources.used(store::StorageKind::File),
        )
    }
}

/// One stream of `/jsz?streams=true` (upstream `StreamDetail`).
fn stream_detail(
    s: &Stream,
    opts: &rnats_proto::monitor::JszOptions,
    server_name: &str,
) -> serde_json::Value {
    let st = s.store.state();
    let first_seq = if st.msgs == 0 && st.last_seq == 0 {
        0
    } else {
        st.first_seq
    };
    let consumers = s.public_consumers();
    let mut state = serde_json::json!({
        "messages": st.msgs,
        "bytes": st.bytes,
        "first_seq": first_seq,
        "first_ts": go_time(st.first_ts),
        "last_seq": st.last_seq,
        "last_ts": go_time(st.last_ts),
    });
    if st.num_subjects > 0 {
        state["num_subjects"] = serde_json::json!(st.num_subjects);
    }
    state["consumer_count"] = serde_json::json!(consumers.len());
    let mut d = serde_json::json!({
        "name": s.name,
        "created": go_time(s.created),
        "cluster": {"leader": server_name},
    });
    if opts.config {
        d["config"] = serde_json::json!(s.config());
    }
    d["state"] = state;
    if opts.consumer {
        let list: Vec<serde_json::Value> = consumers
            .iter()
            .map(|c| {
                let mut info = c.info_with(false);
                if !opts.config {
                    if let Some(m) = info.as_object_mut() {
                        m.remove("config");
                    }
                }
                info
            })
            .collect();
        d["consumer_detail"] = serde_json::json!(list);
    }
    d
}

/// The API level and request counters (`$JS.API.INFO`, varz and /jsz `api`).
fn api_stats_json(c: &ApiCounters) -> serde_json::Value {
    let mut v = serde_json::json!({
        "level": API_LEVEL,
        "total": c.total.load(Ordering::Relaxed),
        "errors": c.errors.load(Ordering::Relaxed)
    });
    // Upstream `JetStreamAPIStats.Inflight` is `omitempty`.
    let inflight = c.inflight.load(Ordering::Relaxed);
    if inflight > 0 {
        v["inflight"] = inflight.into();
    }
    v
}

/// Bytes reserved by the streams' `max_bytes` (memory, file) over every account, excluding
/// stream `except` of account `in_account` (upstream `reservedStorage`).
fn reserved_over(peers: &Peers, in_account: Option<&str>, except: Option<&str>) -> (i64, i64) {
    let accounts: Vec<(String, Arc<JsAccount>)> = peers
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .iter()
        .filter_map(|(n, w)| Some((n.clone(), w.upgrade()?)))
        .collect();
    let mut mem = 0i64;
    let mut file = 0i64;
    for (name, a) in accounts {
        for s in a.streams() {
            if Some(name.as_str()) == in_account && Some(s.name.as_str()) == except {
                continue;
            }
            let cfg = s.config();
            if cfg.max_bytes > 0 {
                match cfg.storage_kind() {
                    store::StorageKind::Memory => mem = mem.saturating_add(cfg.max_bytes),
                    store::StorageKind::File => file = file.saturating_add(cfg.max_bytes),
                }
            }
        }
    }
    (mem, file)
}

/// One account's JetStream: its streams (under `<store_dir>/jetstream/<account>/streams/`),
/// and the internal client that answers its `$JS.API.*` requests in its subject space.
pub struct JsAccount {
    server: Arc<Server>,
    account: Arc<crate::account::Account>,
    config: JetStreamConfig,
    streams_dir: PathBuf,
    streams: Mutex<BTreeMap<String, Arc<Stream>>>,
    resources: Arc<limits::Resources>,
    api: InternalClient,
    api_stats: Arc<ApiCounters>,
    peers: Peers,
    /// The account's JetStream limits (-1 unlimited).
    limits: crate::auth::options::AccountJetStream,
}

impl std::fmt::Debug for JsAccount {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("JsAccount")
            .field("account", &self.account.name())
            .finish()
    }
}

impl JsAccount {
    /// The account's name.
    pub fn name(&self) -> &str {
        self.account.name()
    }

    /// An internal client in this account, for a stream or consumer.
    fn client(&self, name: &str) -> (InternalClient, crate::internal::InternalReceiver) {
        self.server
            .internal_client_in(&self.account, ConnKind::JetStream, name)
    }

    /// The internal client of a stream: it may hold a little more than the stream's ingest
    /// limit, so publishes past that limit are refused by the stream (with a 429 to those
    /// that asked for an ack) before the client itself drops anything.
    pub(crate) fn stream_client(
        &self,
        name: &str,
    ) -> (InternalClient, crate::internal::InternalReceiver) {
        let ingest = self.config.ingest.max_bytes;
        let bound = ingest
            .saturating_add(ingest / 4)
            .max(self.server.options().max_pending);
        self.server
            .internal_client_bounded(&self.account, ConnKind::JetStream, name, bound)
    }

    fn subscribe_api(&self) -> anyhow::Result<()> {
        let mut prefixes = vec!["$JS.API".to_string()];
        if let Some(d) = &self.config.domain {
            prefixes.push(format!("$JS.{d}.API"));
        }
        for p in prefixes {
            for s in api::SUBJECTS {
                self.api
                    .subscribe_requester(&format!("{p}.{s}"))
                    .map_err(|e| anyhow::anyhow!("JetStream API subscription {p}.{s}: {e}"))?;
            }
        }
        Ok(())
    }

    /// Opens every stream directory of the account (server start).
    fn recover_streams(&self) {
        // Restores cut short (server killed mid-transfer) leave their half-imported store under
        // `__snapshots__`; nothing there is ever a stream.
        if let Some(acc_dir) = self.streams_dir.parent() {
            let _ = std::fs::remove_dir_all(acc_dir.join(snapshot::SNAPS_DIR));
        }
        let Ok(entries) = std::fs::read_dir(&self.streams_dir) else {
            return;
        };
        let mut dirs: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
        dirs.sort();
        for d in dirs.into_iter().filter(|d| d.is_dir()) {
            match self.recover_stream(&d) {
                Ok(Some(s)) => {
                    let st = s.store.state();
                    log_info!(
                        "  Restored {} messages for stream '{} > {}'",
                        st.msgs,
                        self.name(),
                        s.name
                    );
                    self.add_stream(s);
                }
                Ok(None) => {}
                Err(e) => log_error!(
                    "JetStream: could not restore stream in {}: {e}",
                    d.display()
                ),
            }
        }
    }

    fn recover_stream(&self, dir: &Path) -> anyhow::Result<Option<Arc<Stream>>> {
        let Some(raw) = store::file::read_meta(dir)? else {
            return Ok(None);
        };
        let meta: StreamMeta = serde_json::from_slice(&raw)?;
        // Upstream recovers a stream through `checkStreamCfg`: one over a server limit lowered
        // since is logged and left on disk, not loaded.
        config::duplicates_within(meta.config.duplicate_window, self.config.limits.duplicates)
            .map_err(|e| anyhow::anyhow!("{}", e.description))?;
        let store = self.open_store(&meta.config, dir)?;
        let (client, rx) = self.stream_client(&format!("JetStream stream {}", meta.config.name));
        let s = Stream::start(
            meta,
            store,
            Some(dir.to_path_buf()),
            (client, rx),
            self.config.domain.clone(),
            self.resources.clone(),
        )
        .map_err(|e| anyhow::anyhow!("{}", e.description))?;
        self.recover_consumers(&s, dir);
        Ok(Some(s))
    }

    /// Reopens the durable consumers stored under a stream directory.
    fn recover_consumers(&self, stream: &Arc<Stream>, dir: &Path) {
        let Ok(entries) = std::fs::read_dir(dir.join(consumer::CONSUMERS_DIR)) else {
            return;
        };
        let mut dirs: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
        dirs.sort();
        for d in dirs.into_iter().filter(|d| d.is_dir()) {
            let opened = (|| -> anyhow::Result<Option<Arc<consumer::Consumer>>> {
                let Some(raw) = store::file::read_meta(&d)? else {
                    return Ok(None);
                };
                let mut meta: consumer::ConsumerMeta = serde_json::from_slice(&raw)?;
                // Upstream runs `setConsumerConfigDefaults` on recovery too (so a pull
                // consumer without `max_batch` takes a `max_request_batch` configured since)
                let defaults = self.consumer_defaults(&stream.config(), false);
                consumer::set_defaults(&mut meta.config, &defaults)
                    .map_err(|e| anyhow::anyhow!("{}", e.description))?;
                // ... and `checkConsumerCfg`: one over a limit lowered since is logged and
                // left on disk, not loaded.
                self.check_consumer_limits(&stream.config(), &meta.config)
                    .map_err(|e| anyhow::anyhow!("{}", e.description))?;
                let state = store::ConsumerStateFile::open(d.clone())?.read()?;
                let client = self.client(&format!(
                    "JetStream consumer {} > {}",
                    stream.name, meta.config.name
                ));
                let c = consumer::Consumer::start(
                    stream,
                    meta,
                    Some(state.unwrap_or_default()),
                    Some(d.clone()),
                    client,
                    self.config.domain.clone(),
                )
                .map_err(|e| anyhow::anyhow!("{}", e.description))?;
                Ok(Some(c))
            })();
            match opened {
                Ok(Some(c)) => stream.add_consumer(c),
                Ok(None) => {}
                Err(e) => log_error!(
                    "JetStream: could not restore consumer in {}: {e}",
                    d.display()
                ),
            }
        }
    }

    fn open_store(&self, cfg: &StreamConfig, dir: &Path) -> store::Result<Arc<dyn StreamStore>> {
        let store_cfg = StoreConfig {
            first_seq: cfg.first_seq.max(1),
            limits: cfg.limits(),
            usage: Some(self.resources.usage(cfg.storage_kind())),
        };
        Ok(match cfg.storage_kind() {
            store::StorageKind::Memory => Arc::new(MemoryStore::new(store_cfg)),
            store::StorageKind::File => {
                let mut fc = FileStoreConfig::new(dir);
                fc.sync = stream_sync_policy(self.config.sync, cfg.persist_mode);
                fc.store = store_cfg;
                Arc::new(FileStore::open(fc)?)
            }
        })
    }

    /// Registers a started stream.
    fn add_stream(&self, s: Arc<Stream>) {
        s.start_sourcing(&|name| self.client(name));
        self.streams
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(s.name.clone(), s);
    }

    /// Forgets stream `name` (deleted); the caller stops it.
    fn remove_stream(&self, name: &str) -> Option<Arc<Stream>> {
        self.streams
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(name)
    }

    /// Bytes reserved by the streams' `max_bytes` (memory, file) over every account,
    /// excluding this account's stream `except` (upstream `reservedStorage`).
    pub fn reserved(&self, except: Option<&str>) -> (i64, i64) {
        reserved_over(&self.peers, Some(self.name()), except)
    }

    /// The stream called `name`.
    pub fn stream(&self, name: &str) -> Option<Arc<Stream>> {
        self.streams
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(name)
            .cloned()
    }

    /// Every stream, by name.
    pub fn streams(&self) -> Vec<Arc<Stream>> {
        self.streams
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .values()
            .cloned()
            .collect()
    }

    /// Stops the API and every stream, syncing its store.
    async fn shutdown(&self) {
        self.api.close();
        self.peers
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(self.name());
        let streams: Vec<Arc<Stream>> =
            std::mem::take(&mut *self.streams.lock().unwrap_or_else(|e| e.into_inner()))
                .into_values()
                .collect();
        for s in streams {
            s.stop().await;
        }
    }

    /// The API level and request counters.
    pub fn api_stats(&self) -> serde_json::Value {
        api_stats_json(&self.api_stats)
    }

    /// Memory and file bytes held by this account's streams.
    pub fn usage(&self) -> (u64, u64) {
        let mut mem = 0;
        let mut file = 0;
        for s in self.streams() {
            let bytes = s.store.state().bytes;
            match s.config().storage_kind() {
                store::StorageKind::Memory => mem += bytes,
                store::StorageKind::File => file += bytes,
            }
        }
        (mem, file)
    }

    /// The account's limits.
    pub fn limits(&self) -> &crate::auth::options::AccountJetStream {
        &self.limits
    }
}

/// Upstream's JetStream banner and settings block.
fn log_banner(config: &JetStreamConfig) {
    for line in [
        "    _ ___ _____ ___ _____ ___ ___   _   __  __",
        " _ | | __|_   _/ __|_   _| _ \\ __| /_\\ |  \\/  |",
        "| || | _|  | | \\__ \\ | | |   / _| / _ \\| |\\/| |",
        " \\__/|___| |_| |___/ |_| |_|_\\___/_/ \\_\\_|  |_|",
        "",
        "         https://docs.nats.io/jetstream",
        "",
        "---------------- JETSTREAM ----------------",
    ] {
        log_info!("{line}");
    }
    // Upstream prints the line only when strict.
    if config.strict {
        log_info!("  Strict:          true");
    }
    log_info!("  Max Memory:      {}", friendly_bytes(config.max_memory));
    log_info!("  Max Storage:     {}", friendly_bytes(config.max_store));
    log_info!("  Store Directory: \"{}\"", config.store_dir.display());
    if let Some(d) = &config.domain {
        log_info!("  Domain:          {d}");
    }
    match config.sync {
        SyncPolicy::Always => log_info!("  Sync:            always (acknowledged after fsync)"),
        SyncPolicy::Interval(d) => {
            log_info!(
                "  Sync Interval:   {}",
                rnats_proto::kit::format::duration_string(d)
            )
        }
    }
    log_info!("  API Level:       {API_LEVEL}");
    log_info!("-------------------------------------------");
}

/// The fsync policy of one file stream: the server's (`sync_interval`), except that a stream
/// with `persist_mode: async` is acknowledged after the write and synced on the server's
/// interval, or nats-server's default 2 minutes when the server syncs always (ADR-56: the
/// stream's setting overrides `sync: always`).
fn stream_sync_policy(server: SyncPolicy, mode: PersistMode) -> SyncPolicy {
    match (mode, server) {
        (PersistMode::Default, p) => p,
        (PersistMode::Async, SyncPolicy::Always) => SyncPolicy::Interval(ASYNC_SYNC_INTERVAL),
        (PersistMode::Async, p @ SyncPolicy::Interval(_)) => p,
    }
}

/// nats-server's default `sync_interval`, which async streams use on a server that syncs
/// always.
const ASYNC_SYNC_INTERVAL: Duration = Duration::from_secs(120);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn api_inflight_shown_only_when_not_zero() {
        let c = ApiCounters::default();
        assert!(api_stats_json(&c).get("inflight").is_none());
        c.inflight.fetch_add(2, Ordering::Relaxed);
        assert_eq!(api_stats_json(&c)["inflight"], 2);
    }

    #[test]
    fn friendly_bytes_like_upstream() {
        assert_eq!(friendly_bytes(18_957_406_208), "17.66 GB");
        assert_eq!(friendly_bytes(1 << 40), "1.00 TB");
        assert_eq!(friendly_bytes(512), "512 B");
        assert_eq!(friendly_bytes(1024), "1.00 KB");
    }

    #[test]
    fn go_time_format() {
        assert_eq!(go_time(0), "0001-01-01T00:00:00Z");
        assert_eq!(
            go_time(1_795_000_000_123_456_780),
            "2026-11-18T11:06:40.12345678Z"
        );
        assert_eq!(go_time(1_795_000_000_000_000_000), "2026-11-18T11:06:40Z");
        assert_eq!(
            go_time(1_795_000_000_000_000_001),
            "2026-11-18T11:06:40.000000001Z"
        );
        assert_eq!(go_time(1_795_000_000_100_000_000), "2026-11-18T11:06:40.1Z");
        assert_eq!(go_time(-1_000_000_000), "1969-12-31T23:59:59Z");
        assert_eq!(
            go_time(86_399_999_999_999),
            "1970-01-01T23:59:59.999999999Z"
        );
    }

    #[test]
    fn default_dirs() {
        let c = JetStreamConfig::from_options(&Options::default());
        assert!(c.temporary_dir);
        assert!(c.store_dir.ends_with("nats/jetstream"));
        assert_eq!(c.sync, SyncPolicy::Always);
        let o = Options {
            store_dir: Some("/data".into()),
            jetstream_sync_interval: Some(Duration::from_secs(120)),
            ..Options::default()
        };
        let c = JetStreamConfig::from_options(&o);
        assert_eq!(
            c.streams_dir("$G"),
            PathBuf::from("/data/jetstream/$G/streams")
        );
        assert_eq!(c.sync, SyncPolicy::Interval(Duration::from_secs(120)));
    }

    #[test]
    fn async_persist_mode_overrides_sync_always() {
        let two_min = SyncPolicy::Interval(Duration::from_secs(120));
        let ten_s = SyncPolicy::Interval(Duration::from_secs(10));
        assert_eq!(
            stream_sync_policy(SyncPolicy::Always, PersistMode::Default),
            SyncPolicy::Always
        );
        assert_eq!(
            stream_sync_policy(SyncPolicy::Always, PersistMode::Async),
            two_min
        );
        assert_eq!(stream_sync_policy(ten_s, PersistMode::Async), ten_s);
        assert_eq!(stream_sync_policy(ten_s, PersistMode::Default), ten_s);
    }
}
