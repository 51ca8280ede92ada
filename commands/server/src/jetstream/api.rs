//! The JetStream JSON API (`$JS.API.*`, upstream `server/jetstream_api.go`): account info and
//! the stream requests. One task handles the requests in arrival order, so creates, updates
//! and deletes never race each other; every response is JSON with upstream's `type` and, on
//! failure, `error: {code, err_code, description}` from [`super::errors`].
#![deny(clippy::arithmetic_side_effects)]

use std::sync::atomic::Ordering;
use std::sync::Arc;

use rnats_proto::jetstream::api::null_as_default;
use serde::Deserialize;
use serde_json::{json, Value};

use super::advisory::{self, Action};
use super::config::{
    subjects_overlap, Discard, PersistMode, Retention, StreamConfig, StreamConfigExt, API_LEVEL,
};
use super::consumer::{
    ephemeral_name, AckPolicy, Consumer, ConsumerConfig, ConsumerConfigExt, ConsumerMeta,
    CONSUMERS_DIR,
};
use super::errors::{ApiError, JsError};
use super::limits::check_reservation;
use super::store::{PurgeRequest, StorageKind, StoreError, StreamState};
use super::stream::{MsgGetRequest, Stream, StreamMeta};
use super::strict;
use super::{go_time, now_ns, JsAccount};
use crate::internal::{InternalMsg, InternalReceiver};
use rnats_proto::kit::format::duration_string;

/// API subjects served, relative to `$JS.API` (or `$JS.<domain>.API`).
pub const SUBJECTS: &[&str] = &[
    "INFO",
    "STREAM.CREATE.*",
    "STREAM.UPDATE.*",
    "STREAM.INFO.*",
    "STREAM.DELETE.*",
    "STREAM.NAMES",
    "STREAM.LIST",
    "STREAM.PURGE.*",
    "STREAM.MSG.GET.*",
    "STREAM.MSG.DELETE.*",
    "STREAM.SNAPSHOT.*",
    "STREAM.RESTORE.*",
    "STREAM.LEADER.STEPDOWN.*",
    "STREAM.PEER.REMOVE.*",
    // Listed one by one as upstream does: `CONSUMER.MSG.NEXT.<stream>.<consumer>` is each
    // consumer's own subscription, so a pull request for a missing consumer finds no responder
    // and its requester gets the 503.
    "CONSUMER.CREATE.*",
    "CONSUMER.CREATE.*.>",
    "CONSUMER.DURABLE.CREATE.*.*",
    "CONSUMER.INFO.*.*",
    "CONSUMER.NAMES.*",
    "CONSUMER.LIST.*",
    "CONSUMER.DELETE.*.*",
    "CONSUMER.PAUSE.*.*",
    "CONSUMER.LEADER.STEPDOWN.*.*",
    "CONSUMER.UNPIN.*.*",
    "CONSUMER.RESET.*.*",
];

/// Page size of `STREAM.NAMES`.
const NAMES_LIMIT: usize = 1024;
/// Most subjects one stream info lists (upstream `JSMaxSubjectDetails`).
const MAX_SUBJECT_DETAILS: usize = 100_000;
/// Page size of `STREAM.LIST`.
const LIST_LIMIT: usize = 256;

/// Handles API requests until the API client closes.
pub async fn serve(js: Arc<JsAccount>, mut rx: InternalReceiver) {
    let mut queued = Queued {
        counters: &js.api_stats,
        shown: 0,
    };
    while let Some(msg) = rx.next().await {
        queued.set(rx.backlog().0);
        js.handle(msg).await;
    }
}

/// This account's share of `api.inflight` (varz, /jsz, account info): the requests waiting
/// behind the one being answered, as upstream counts the requests queued for its API workers
/// (the request being answered, an account info included, does not count itself). Updated
/// as each request is taken; withdrawn when the loop ends.
struct Queued<'a> {
    counters: &'a super::ApiCounters,
    shown: u64,
}

impl Queued<'_> {
    fn set(&mut self, now: u64) {
        if now > self.shown {
            self.counters
                .inflight
                .fetch_add(now.abs_diff(self.shown), Ordering::Relaxed);
        } else {
            self.counters
                .inflight
                .fetch_sub(now.abs_diff(self.shown), Ordering::Relaxed);
        }
        self.shown = now;
    }
}

impl Drop for Queued<'_> {
    fn drop(&mut self) {
        self.set(0);
    }
}

/// Answers every API request in an account without JetStream with upstream's 10039 error,
/// until the client closes.
pub async fn serve_disabled(client: crate::internal::InternalClient, mut rx: InternalReceiver) {
    while let Some(msg) = rx.next().await {
        let Some(reply) = &msg.reply else {
            continue;
        };
        let subject = String::from_utf8_lossy(&msg.subject);
        let Some(rest) = subject
            .strip_prefix("$JS.API.")
            .or_else(|| subject.split_once(".API.").map(|(_, r)| r))
        else {
            continue;
        };
        let tokens: Vec<&str> = rest.split('.').collect();
        let Some(typ) = request_type(&tokens) else {
            continue;
        };
        // Upstream checks for clustering before it looks at the account.
        let err = match typ {
            "stream_leader_stepdown" | "stream_remove_peer" | "consumer_leader_stepdown" => {
                cluster_required()
            }
            _ => ApiError::new(JsError::NotEnabledForAccount),
        };
        let mut body = json!({ "error": err });
        match typ {
            "stream_names" => {
                body["total"] = json!(0);
                body["offset"] = json!(0);
                body["limit"] = json!(0);
                body["streams"] = Value::Null;
            }
            "stream_info" => {
                body["total"] = json!(0);
                body["offset"] = json!(0);
                body["limit"] = json!(0);
            }
            _ => {}
        }
        let text = typed(
            &format!("io.nats.jetstream.api.v1.{typ}_response"),
            &mut body,
        );
        client.publish(reply, None, None, text.as_bytes());
    }
}

/// The body of a response: `Ok` fields, or an error.
pub(super) type Reply = Result<Value, ApiError>;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct ListRequest {
    #[serde(deserialize_with = "null_as_default")]
    offset: usize,
    subject: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub(super) struct InfoRequest {
    #[serde(deserialize_with = "null_as_default")]
    deleted_details: bool,
    subjects_filter: Option<String>,
    /// Paging through the subjects of `subjects_filter`.
    #[serde(deserialize_with = "null_as_default")]
    offset: usize,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct PurgeBody {
    filter: Option<String>,
    #[serde(deserialize_with = "null_as_default")]
    seq: u64,
    #[serde(deserialize_with = "null_as_default")]
    keep: u64,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct MsgDeleteRequest {
    #[serde(deserialize_with = "null_as_default")]
    seq: u64,
    #[serde(deserialize_with = "null_as_default")]
    no_erase: bool,
}

impl JsAccount {
    /// What upstream `setConsumerConfigDefaults` fills a consumer config from: the stream's
    /// consumer limits, the server's and the account's limits (on create and on recovery).
    pub(super) fn consumer_defaults(
        &self,
        stream_cfg: &StreamConfig,
        pedantic: bool,
    ) -> super::consumer::Defaults {
        let (lim_inactive, lim_max_ack) = consumer_limits(stream_cfg);
        let srv = self.config.limits;
        super::consumer::Defaults {
            pedantic,
            stream_max_ack_pending: lim_max_ack,
            stream_inactive_threshold: lim_inactive,
            server_max_ack_pending: srv.max_ack_pending,
            account_max_ack_pending: self.limits.max_ack_pending,
            server_max_request_batch: srv.max_request_batch,
        }
    }

    /// Upstream `checkConsumerCfg`'s bounds from the server's, the account's and the stream's
    /// limits: `max_batch` of a pull consumer, `max_ack_pending`, `inactive_threshold`. A
    /// create is refused with them, and recovery leaves a stored consumer over them unloaded.
    pub(super) fn check_consumer_limits(
        &self,
        stream_cfg: &StreamConfig,
        cfg: &ConsumerConfig,
    ) -> Result<(), ApiError> {
        let (lim_inactive, lim_max_ack) = consumer_limits(stream_cfg);
        let acc_max_ack = self.limits.max_ack_pending;
        let srv = self.config.limits;
        if !cfg.is_push() && srv.max_request_batch > 0 && cfg.max_batch > srv.max_request_batch {
            return Err(ApiError::with(
                JsError::ConsumerMaxRequestBatchExceeded,
                &[("limit", &srv.max_request_batch.to_string())],
            ));
        }
        // The server's, then the account's, then the stream's, as upstream checks them.
        for limit in [srv.max_ack_pending, acc_max_ack, lim_max_ack] {
            if limit > 0 && cfg.max_ack_pending > limit {
                return Err(ApiError::with(
                    JsError::ConsumerMaxPendingAckExcess,
                    &[("limit", &limit.to_string())],
                ));
            }
        }
        if lim_inactive > 0 && cfg.inactive_threshold > lim_inactive {
            let limit = duration_string(std::time::Duration::from_nanos(lim_inactive as u64));
            return Err(ApiError::with(
                JsError::ConsumerInactiveThresholdExcess,
                &[("limit", &limit)],
            ));
        }
        Ok(())
    }

    async fn handle(self: &Arc<Self>, msg: InternalMsg) {
        let subject = String::from_utf8_lossy(&msg.subject).into_owned();
        let Some(rest) = self.strip_prefix(&subject) else {
            return;
        };
        let tokens: Vec<&str> = rest.split('.').collect();
        let payload = &msg.payload;
        // Every API request may ask for a minimum API level (2.11+); a pull request's own
        // 412 status is the consumer's business.
        let level_refused = msg.headers.as_deref().is_some_and(api_level_refused)
            && !matches!(tokens.as_slice(), ["CONSUMER", "MSG", "NEXT", ..]);
        let (typ, result) = match tokens.as_slice() {
            t if level_refused && request_type(t).is_some() => (
                request_type(t).unwrap_or("account_info"),
                Err(ApiError::new(JsError::RequiredApiLevel)),
            ),
            ["INFO"] => ("account_info", Ok(self.account_info())),
            ["STREAM", "CREATE", name] => ("stream_create", self.create(name, payload).await),
            ["STREAM", "UPDATE", name] => ("stream_update", self.update(name, payload).await),
            ["STREAM", "INFO", name] => ("stream_info", self.info(name, payload).await),
            ["STREAM", "DELETE", name] => ("stream_delete", self.delete(name, payload).await),
            ["STREAM", "NAMES"] => ("stream_names", self.names(payload)),
            ["STREAM", "LIST"] => ("stream_list", self.list(payload)),
            ["STREAM", "PURGE", name] => ("stream_purge", self.purge(name, payload).await),
            ["STREAM", "MSG", "GET", name] => ("stream_msg_get", self.msg_get(name, payload)),
            ["STREAM", "MSG", "DELETE", name] => {
                ("stream_msg_delete", self.msg_delete(name, payload).await)
            }
            ["STREAM", "SNAPSHOT", name] => ("stream_snapshot", self.snapshot(name, payload).await),
            ["STREAM", "RESTORE", name] => ("stream_restore", self.restore(name, payload).await),
            ["CONSUMER", "CREATE", stream] => (
                "consumer_create",
                self.consumer_create(stream, None, None, false, payload)
                    .await,
            ),
            ["CONSUMER", "CREATE", stream, name] => (
                "consumer_create",
                self.consumer_create(stream, Some(name), None, false, payload)
                    .await,
            ),
            ["CONSUMER", "CREATE", stream, name, filter @ ..] => (
                "consumer_create",
                self.consumer_create(stream, Some(name), Some(filter.join(".")), false, payload)
                    .await,
            ),
            ["CONSUMER", "DURABLE", "CREATE", stream, name] => (
                "consumer_create",
                self.consumer_create(stream, Some(name), None, true, payload)
                    .await,
            ),
            ["CONSUMER", "INFO", stream, name] => {
                ("consumer_info", self.consumer_info(stream, name, payload))
            }
            ["CONSUMER", "NAMES", stream] => {
                ("consumer_names", self.consumer_names(stream, payload))
            }
            ["CONSUMER", "LIST", stream] => ("consumer_list", self.consumer_list(stream, payload)),
            ["CONSUMER", "DELETE", stream, name] => (
                "consumer_delete",
                self.consumer_delete(stream, name, payload).await,
            ),
            ["CONSUMER", "PAUSE", stream, name] => (
                "consumer_pause",
                self.consumer_pause(stream, name, payload).await,
            ),
            ["CONSUMER", "UNPIN", stream, name] => {
                ("consumer_unpin", self.consumer_unpin(stream, name, payload))
            }
            // Each consumer's own subscription upstream: no consumer, no answer.
            ["CONSUMER", "RESET", stream, name] if self.find_consumer(stream, name).is_err() => {
                return
            }
            ["CONSUMER", "RESET", stream, name] => (
                "consumer_reset",
                self.consumer_reset(stream, name, payload).await,
            ),
            ["STREAM", "LEADER", "STEPDOWN", _] => {
                ("stream_leader_stepdown", Err(cluster_required()))
            }
            ["STREAM", "PEER", "REMOVE", _] => ("stream_remove_peer", Err(cluster_required())),
            ["CONSUMER", "LEADER", "STEPDOWN", _, _] => {
                ("consumer_leader_stepdown", Err(cluster_required()))
            }
            _ => return,
        };
        self.api_stats.total.fetch_add(1, Ordering::Relaxed);
        if let Err(e) = &result {
            if e.err_code == ApiError::new(JsError::InvalidJson).err_code {
                let err = e.description.strip_prefix("invalid JSON: ");
                rate_limit_warn(format!(
                    "Invalid JetStream request '{} > {subject}': {}",
                    self.account.name(),
                    err.unwrap_or(&e.description)
                ));
            }
        }
        let mut body = match result {
            Ok(v) => v,
            Err(e) => {
                self.api_stats.errors.fetch_add(1, Ordering::Relaxed);
                let mut v = json!({ "error": e });
                if typ == "stream_info" {
                    v["total"] = json!(0);
                    v["offset"] = json!(0);
                    v["limit"] = json!(0);
                }
                // Upstream `JSApiConsumerPauseResponse` has no omitempty on these two.
                if typ == "consumer_pause" {
                    v["paused"] = json!(false);
                    v["pause_until"] = json!(go_time(0));
                }
                // Upstream `JSApiStreamPurgeResponse.Purged` has no omitempty.
                if typ == "stream_purge" {
                    v["purged"] = json!(0);
                }
                v
            }
        };
        let text = typed(
            &format!("io.nats.jetstream.api.v1.{typ}_response"),
            &mut body,
        );
        if let Some(reply) = &msg.reply {
            self.api.publish(reply, None, None, text.as_bytes());
        }
        self.audit(&msg, &subject, &text);
    }

    /// `$JS.EVENT.ADVISORY.API` (upstream `sendJetStreamAPIAuditAdvisory`): the request, its
    /// response and who asked, for every API request answered, when anyone listens. The
    /// requester comes from the `Nats-Request-Info` header the router adds to API requests
    /// while the advisory has listeners ([`crate::router::SubRoute::Requester`]).
    fn audit(&self, msg: &InternalMsg, subject: &str, response: &str) {
        advisory::publish(
            &self.api,
            "$JS.EVENT.ADVISORY.API",
            advisory::API_AUDIT,
            self.domain(),
            || {
                let client = msg
                    .header(crate::system::REQUEST_INFO_HEADER)
                    .and_then(|h| serde_json::from_str::<Value>(&h).ok())
                    .map_or(Value::Null, |mut c| {
                        // Clients of this server (upstream's `ClientInfo.Server`).
                        c["server"] = json!(self.server.name());
                        c
                    });
                let mut v = json!({
                    "server": self.server.name(),
                    "client": client,
                    "subject": subject,
                });
                if !msg.payload.is_empty() {
                    v["request"] = json!(String::from_utf8_lossy(&msg.payload));
                }
                v["response"] = json!(response);
                v
            },
        );
    }

    /// Decodes a request body shaped as upstream's request type `shape` ([`strict`]).
    fn parse<T: serde::de::DeserializeOwned + Default>(
        &self,
        payload: &[u8],
        shape: &strict::Shape,
    ) -> Result<T, ApiError> {
        strict::parse_request(payload, shape, self.config.strict)
    }

    /// The part after `$JS.API.` (or `$JS.<domain>.API.`).
    fn strip_prefix<'s>(&self, subject: &'s str) -> Option<&'s str> {
        if let Some(r) = subject.strip_prefix("$JS.API.") {
            return Some(r);
        }
        let d = self.config.domain.as_ref()?;
        subject.strip_prefix(&format!("$JS.{d}.API."))
    }

    fn account_info(&self) -> Value {
        let (mem, file) = self.usage();
        let (reserved_mem, reserved_file) = self.reserved(None);
        let mut v = json!({
            "memory": mem,
            "storage": file,
            "reserved_memory": reserved_mem,
            "reserved_storage": reserved_file,
            "streams": self.streams().len(),
            "consumers": self.streams().iter().map(|s| s.public_consumers().len()).sum::<usize>(),
            "limits": {
                "max_memory": self.limits.max_memory,
                "max_storage": self.limits.max_store,
                "max_streams": self.limits.max_streams,
                "max_consumers": self.limits.max_consumers,
                "max_ack_pending": self.limits.max_ack_pending,
                "memory_max_stream_bytes": self.limits.memory_max_stream_bytes,
                "storage_max_stream_bytes": self.limits.store_max_stream_bytes,
                "max_bytes_required": self.limits.max_bytes_required
            },
            "api": self.api_stats(),
        });
        if let Some(d) = &self.config.domain {
            v["domain"] = json!(d);
        }
        v
    }

    pub(super) fn find(&self, name: &str) -> Result<Arc<Stream>, ApiError> {
        self.stream(name)
            .ok_or_else(|| ApiError::new(JsError::StreamNotFound))
    }

    /// Parses a create/update request for the stream named in the subject, and its
    /// `pedantic` flag.
    fn parse_config(&self, name: &str, payload: &[u8]) -> Result<(StreamConfig, bool), ApiError> {
        let cfg: StreamConfig = self.parse(payload, &strict::STREAM_CONFIG_REQUEST)?;
        if cfg.name != name {
            return Err(ApiError::new(JsError::StreamMismatch));
        }
        Ok((cfg, pedantic_flag(payload)))
    }

    /// Checks a parsed create/update request and fills its defaults; in `pedantic` mode what
    /// would be defaulted or capped is refused.
    pub(super) fn requested_config(
        &self,
        cfg: StreamConfig,
        pedantic: bool,
    ) -> Result<StreamConfig, ApiError> {
        let checks = super::config::Checks {
            pedantic,
            max_duplicates: self.config.limits.duplicates,
        };
        let mut cfg = cfg.normalize_with(checks)?;
        super::sourcing::check_with_streams(
            &mut cfg,
            &|n| self.stream(n).map(|s| s.config()),
            pedantic,
        )?;
        if cfg.num_replicas > 1 {
            return Err(ApiError::new(JsError::StreamReplicasNotSupported));
        }
        // The API level the config needs (upstream `setStaticStreamMetadata`).
        let level = if cfg.allow_batched {
            "4"
        } else if cfg.persist_mode == PersistMode::Async
            || cfg.allow_msg_schedules
            || cfg.allow_msg_counter
            || cfg.allow_atomic
        {
            "2"
        } else if cfg.allow_msg_ttl || cfg.subject_delete_marker_ttl > 0 {
            "1"
        } else {
            "0"
        };
        cfg.metadata
            .insert("_nats.req.level".to_string(), level.to_string());
        cfg.metadata.remove("_nats.level");
        cfg.metadata.remove("_nats.ver");
        Ok(cfg)
    }

    /// Refuses subjects that another stream already captures.
    fn check_overlap(&self, cfg: &StreamConfig) -> Result<(), ApiError> {
        for other in self.streams() {
            if other.name == cfg.name {
                continue;
            }
            let oc = other.config();
            if oc
                .subjects
                .iter()
                .any(|a| cfg.subjects.iter().any(|b| subjects_overlap(a, b)))
            {
                return Err(ApiError::new(JsError::StreamSubjectOverlap));
            }
        }
        Ok(())
    }

    /// Whether `add` more bytes of `cfg`'s storage fit next to every stream's reservation
    /// (upstream `checkAllLimits` on a standalone server; see [`super::limits`]).
    pub(super) fn check_limits(&self, cfg: &StreamConfig, add: i64) -> Result<(), ApiError> {
        let kind = cfg.storage_kind();
        let (mem, file) = self.reserved(None);
        let reserved = match kind {
            StorageKind::Memory => mem,
            StorageKind::File => file,
        };
        check_reservation(kind, self.resources.max(kind), reserved, add)?;
        self.check_account_limits(cfg, add, None)
    }

    /// The account's own JetStream limits (upstream `checkAccountLimits` and
    /// `checkStreamCfg`'s account checks): `max_bytes_required`, the per-stream byte limits and
    /// the account's storage of that kind (reservations of its other streams plus `add`).
    fn check_account_limits(
        &self,
        cfg: &StreamConfig,
        add: i64,
        except: Option<&str>,
    ) -> Result<(), ApiError> {
        let l = &self.limits;
        let kind = cfg.storage_kind();
        let (max_stream, max_total) = match kind {
            StorageKind::Memory => (l.memory_max_stream_bytes, l.max_memory),
            StorageKind::File => (l.store_max_stream_bytes, l.max_store),
        };
        if l.max_bytes_required && cfg.max_bytes <= 0 {
            return Err(ApiError::new(JsError::StreamMaxBytesRequired));
        }
        if max_stream > 0 && cfg.max_bytes > max_stream {
            return Err(ApiError::new(JsError::StreamMaxStreamBytesExceeded));
        }
        if max_total >= 0 {
            let mine: i64 = self
                .streams()
                .iter()
                .filter(|s| Some(s.name.as_str()) != except)
                .map(|s| s.config())
                .filter(|c| c.storage_kind() == kind && c.max_bytes > 0)
                .map(|c| c.max_bytes)
                .sum();
            if mine.saturating_add(add.max(0)) > max_total || (add <= 0 && mine >= max_total) {
                return Err(ApiError::new(match kind {
                    StorageKind::Memory => JsError::MemoryResourcesExceeded,
                    StorageKind::File => JsError::StorageResourcesExceeded,
                }));
            }
        }
        Ok(())
    }

    async fn create(self: &Arc<Self>, name: &str, payload: &[u8]) -> Reply {
        let (cfg, pedantic) = self.parse_config(name, payload)?;
        if cfg.sealed {
            return Err(ApiError::text(
                JsError::StreamInvalidConfig,
                "stream configuration for create can not be sealed",
            ));
        }
        // Upstream checks the request as sent before anything else, then the normalised config
        // once it knows the stream is new. The first check only bites when the request names
        // its storage: Go's zero StorageType matches neither kind (`jsNonClusteredStreamLimitsCheck`).
        if names_storage(payload) {
            self.check_limits(&cfg, cfg.max_bytes)?;
        }
        let cfg = self.requested_config(cfg, pedantic)?;
        if let Some(existing) = self.stream(name) {
            if existing.config().without_server_metadata() != cfg.without_server_metadata() {
                return Err(ApiError::new(JsError::StreamNameExist));
            }
            let mut v = self.stream_info(&existing, true, &InfoRequest::default());
            v["did_create"] = json!(true);
            return Ok(v);
        }
        self.check_limits(&cfg, cfg.max_bytes)?;
        if self.limits.max_streams >= 0 && self.streams().len() as i64 >= self.limits.max_streams {
            return Err(ApiError::new(JsError::MaximumStreamsLimit));
        }
        self.check_overlap(&cfg)?;
        let meta = StreamMeta {
            config: cfg,
            created: now_ns(),
        };
        let dir = self.streams_dir.join(name);
        let fail = |e: &dyn std::fmt::Display| ApiError::text(JsError::StreamCreate, e);
        let raw = serde_json::to_vec(&meta).map_err(|e| fail(&e))?;
        let (js, dir2, cfg2) = (self.clone(), dir.clone(), meta.config.clone());
        let store = tokio::task::spawn_blocking(move || {
            super::store::file::write_meta(&dir2, &raw)?;
            js.open_store(&cfg2, &dir2)
        })
        .await
        .map_err(|e| fail(&e))?
        .map_err(|e| fail(&e))?;
        let client = self.stream_client(&format!("JetStream stream {name}"));
        let stream = Stream::start(
            meta,
            store,
            Some(dir),
            client,
            self.config.domain.clone(),
            self.resources.clone(),
        )?;
        self.add_stream(stream.clone());
        self.advise_stream(name, Action::Create);
        let mut v = self.stream_info(&stream, true, &InfoRequest::default());
        v["did_create"] = json!(true);
        Ok(v)
    }

    async fn update(self: &Arc<Self>, name: &str, payload: &[u8]) -> Reply {
        let (cfg, pedantic) = self.parse_config(name, payload)?;
        let cfg = self.requested_config(cfg, pedantic)?;
        let stream = self.find(name)?;
        let old = stream.config();
        old.check_update(&cfg)?;
        check_consumer_limits(&stream, &old, &cfg)?;
        let mut cfg = cfg;
        if cfg.sealed {
            // Upstream `configUpdateCheck`: a sealed stream keeps everything it holds.
            cfg.max_age = 0;
            cfg.discard = Discard::New;
            cfg.deny_delete = true;
            cfg.deny_purge = true;
            cfg.allow_rollup_hdrs = false;
        }
        // Only growth of max_bytes needs room (upstream `configUpdateCheck`).
        let grow = cfg.max_bytes.max(0).saturating_sub(old.max_bytes.max(0));
        self.check_limits(&cfg, grow.max(0))?;
        self.check_overlap(&cfg)?;
        if cfg.first_seq == 0 {
            cfg.first_seq = old.first_seq;
        }
        let fail = |e: &dyn std::fmt::Display| ApiError::text(JsError::StreamUpdate, e);
        if let Some(dir) = &stream.dir {
            let meta = StreamMeta {
                config: cfg.clone(),
                created: stream.created,
            };
            let raw = serde_json::to_vec(&meta).map_err(|e| fail(&e))?;
            let dir = dir.clone();
            tokio::task::spawn_blocking(move || super::store::file::write_meta(&dir, &raw))
                .await
                .map_err(|e| fail(&e))?
                .map_err(|e| fail(&e))?;
        }
        stream
            .store
            .update_limits(cfg.limits())
            .await
            .map_err(|e| fail(&e))?;
        stream.set_config(cfg)?;
        stream.start_sourcing(&|n| self.client(n));
        self.advise_stream(name, Action::Modify);
        Ok(self.stream_info(&stream, true, &InfoRequest::default()))
    }

    async fn info(&self, name: &str, payload: &[u8]) -> Reply {
        let req: InfoRequest = self.parse(payload, &strict::STREAM_INFO_REQUEST)?;
        let stream = self.find(name)?;
        let st = readable_state(&stream).await;
        let (mut v, subjects) = self.stream_info_paged(&stream, true, &req, st);
        // With a subjects filter that matches, the response pages the subjects (upstream
        // `jsStreamInfoRequest`: `JSMaxSubjectDetails` per page, the offset echoed as asked
        // even past the end); otherwise all three paging fields are 0.
        let (offset, limit) = if subjects > 0 {
            (req.offset, MAX_SUBJECT_DETAILS)
        } else {
            (0, 0)
        };
        // Upstream's field order: the paging fields first, `cluster` before `ts`.
        let mut out = serde_json::Map::new();
        out.insert("total".into(), json!(subjects));
        out.insert("offset".into(), json!(offset));
        out.insert("limit".into(), json!(limit));
        if let Value::Object(info) = v.take() {
            // `cluster` goes before `mirror`, `sources` and `ts`.
            let mut cluster = Some(json!({ "leader": self.server.name() }));
            for (k, val) in info {
                if matches!(k.as_str(), "mirror" | "sources" | "ts") {
                    if let Some(c) = cluster.take() {
                        out.insert("cluster".into(), c);
                    }
                }
                out.insert(k, val);
            }
        }
        Ok(Value::Object(out))
    }

    async fn delete(&self, name: &str, payload: &[u8]) -> Reply {
        require_empty(payload)?;
        let stream = self
            .remove_stream(name)
            .ok_or_else(|| ApiError::new(JsError::StreamNotFound))?;
        stream.release_pull_requests();
        stream.forget_sourcing();
        // Upstream stops the consumers with their delete advisories, then the stream's.
        for c in stream.public_consumers() {
            self.advise_consumer(name, &c.name, Action::Delete);
        }
        stream.stop().await;
        self.advise_stream(name, Action::Delete);
        if let Some(dir) = stream.dir.clone() {
            let removed = tokio::task::spawn_blocking(move || std::fs::remove_dir_all(&dir)).await;
            if let Ok(Err(e)) = removed {
                if e.kind() != std::io::ErrorKind::NotFound {
                    return Err(ApiError::text(JsError::StreamDelete, e));
                }
            }
        }
        Ok(json!({ "success": true }))
    }

    /// Streams whose subjects overlap `filter` (all when none), sorted by name.
    fn matching(&self, filter: Option<&str>) -> Vec<Arc<Stream>> {
        self.streams()
            .into_iter()
            .filter(|s| match filter {
                None | Some("") => true,
                Some(f) => s.config().subjects.iter().any(|x| subjects_overlap(x, f)),
            })
            .collect()
    }

    fn names(&self, payload: &[u8]) -> Reply {
        let req: ListRequest = self.parse(payload, &strict::STREAM_NAMES_REQUEST)?;
        let all = self.matching(req.subject.as_deref());
        let page: Vec<&str> = all
            .iter()
            .skip(req.offset)
            .take(NAMES_LIMIT)
            .map(|s| s.name.as_str())
            .collect();
        Ok(json!({
            "total": all.len(),
            "offset": req.offset,
            "limit": NAMES_LIMIT,
            "streams": if page.is_empty() { Value::Null } else { json!(page) },
        }))
    }

    fn list(&self, payload: &[u8]) -> Reply {
        let req: ListRequest = self.parse(payload, &strict::STREAM_LIST_REQUEST)?;
        let all = self.matching(req.subject.as_deref());
        let page: Vec<Value> = all
            .iter()
            .skip(req.offset)
            .take(LIST_LIMIT)
            .map(|s| self.stream_info(s, false, &InfoRequest::default()))
            .collect();
        Ok(json!({
            "total": all.len(),
            "offset": req.offset,
            "limit": LIST_LIMIT,
            "streams": page,
        }))
    }

    async fn purge(&self, name: &str, payload: &[u8]) -> Reply {
        // Upstream `jsStreamPurgeRequest` reads a body only when it looks like a JSON object
        // or array; anything else purges the whole stream. The request is checked before
        // the stream is looked up.
        let req: PurgeBody = match payload.trim_ascii_start().first() {
            Some(b'{' | b'[') => self.parse(payload, &strict::PURGE_REQUEST)?,
            _ => PurgeBody::default(),
        };
        if req.seq > 0 && req.keep > 0 {
            return Err(ApiError::new(JsError::BadRequest));
        }
        let stream = self.find(name)?;
        let cfg = stream.config();
        if cfg.sealed {
            return Err(ApiError::new(JsError::StreamSealed));
        }
        if cfg.deny_purge {
            return Err(ApiError::text(
                JsError::StreamPurgeFailed,
                "stream purge not permitted",
            ));
        }
        stream.barrier().await;
        let purged = stream
            .store
            .purge(PurgeRequest {
                filter: req.filter,
                up_to_seq: req.seq,
                keep: req.keep,
            })
            .await
            .map_err(|e| ApiError::text(JsError::StreamPurgeFailed, e))?;
        for c in stream.consumers() {
            c.messages_removed(&stream);
        }
        Ok(json!({ "success": true, "purged": purged }))
    }

    fn msg_get(&self, name: &str, payload: &[u8]) -> Reply {
        let req: MsgGetRequest = self.parse(payload, &strict::MSG_GET_REQUEST)?;
        req.check_msg_get()?;
        let stream = self.find(name)?;
        let m = stream
            .get_msg(&req)?
            .ok_or_else(|| ApiError::new(JsError::NoMessageFound))?;
        let b64 = data_encoding::BASE64;
        // Upstream's order: subject, seq, hdrs, data, time.
        let mut message = json!({
            "subject": &*m.subject,
            "seq": m.seq,
        });
        if !m.hdr.is_empty() && !req.no_hdr {
            message["hdrs"] = json!(b64.encode(&m.hdr));
        }
        if !m.payload.is_empty() {
            message["data"] = json!(b64.encode(&m.payload));
        }
        message["time"] = json!(go_time(m.ts));
        Ok(json!({ "message": message }))
    }

    async fn msg_delete(&self, name: &str, payload: &[u8]) -> Reply {
        let req: MsgDeleteRequest = self.parse(payload, &strict::MSG_DELETE_REQUEST)?;
        let stream = self.find(name)?;
        let cfg = stream.config();
        if cfg.sealed {
            return Err(ApiError::new(JsError::StreamSealed));
        }
        if cfg.deny_delete {
            return Err(ApiError::text(
                JsError::StreamMsgDeleteFailed,
                "message delete not permitted",
            ));
        }
        // Only a request naming nothing is bad; `{"seq":0}` (or `null`) goes to the store,
        // which answers as for any sequence it does not hold.
        if is_empty_request(payload) {
            return Err(ApiError::new(JsError::BadRequest));
        }
        stream.barrier().await;
        let done = if req.no_erase {
            stream.store.remove_msg(req.seq)
        } else {
            stream.store.erase_msg(req.seq)
        };
        match done.await {
            Ok(true) => Ok(json!({ "success": true })),
            // Upstream answers "not removed" (10043), except that its file store fails (10057)
            // outside the stream: EOF past the last sequence, "no message found" before the first.
            Ok(false) | Err(StoreError::NotFound | StoreError::Eof) => {
                let st = stream.store.state();
                let outside = if stream.store.kind() == StorageKind::Memory {
                    None
                } else if req.seq > st.last_seq {
                    Some(StoreError::Eof)
                } else if req.seq < st.first_seq {
                    Some(StoreError::NotFound)
                } else {
                    None
                };
                Err(match outside {
                    Some(e) => ApiError::text(JsError::StreamMsgDeleteFailed, e),
                    None => {
                        ApiError::with(JsError::SequenceNotFound, &[("seq", &req.seq.to_string())])
                    }
                })
            }
            Err(e) => Err(ApiError::text(JsError::StreamMsgDeleteFailed, e)),
        }
    }

    async fn consumer_create(
        self: &Arc<Self>,
        stream_name: &str,
        subject_name: Option<&str>,
        subject_filter: Option<String>,
        durable_api: bool,
        payload: &[u8],
    ) -> Reply {
        let req: CreateConsumerRequest = self.parse(payload, &strict::CONSUMER_CREATE_REQUEST)?;
        if req.stream_name != stream_name {
            return Err(ApiError::new(JsError::StreamMismatch));
        }
        // nats-server 2.14 takes a request without a config as the default config.
        let mut cfg = req.config.unwrap_or_default();
        match subject_name {
            None if cfg.is_durable() => {
                return Err(ApiError::new(JsError::ConsumerEphemeralWithDurableName))
            }
            None => {}
            Some(n) if durable_api => {
                if !cfg.is_durable() {
                    return Err(ApiError::new(JsError::ConsumerDurableNameNotSet));
                }
                if cfg.durable_name != n {
                    return Err(ApiError::new(JsError::ConsumerDurableNameNotMatchSubject));
                }
            }
            Some(n) => {
                if cfg.is_durable() && cfg.durable_name != n {
                    return Err(ApiError::new(JsError::ConsumerDurableNameNotMatchSubject));
                }
                if !cfg.name.is_empty() && cfg.name != n {
                    return Err(ApiError::text(
                        JsError::ConsumerCreate,
                        "consumer name in subject does not match name in request",
                    ));
                }
                if cfg.name.is_empty() {
                    cfg.name = n.to_string();
                }
            }
        }
        if let Some(f) = subject_filter {
            let filters = cfg.filters();
            if filters.len() != 1 || filters[0] != f {
                return Err(ApiError::new(JsError::ConsumerCreateFilterSubjectMismatch));
            }
        }
        // Upstream `jsConsumerCreateRequest` looks the stream up after the request's names
        // and before the config is checked: a missing stream answers 10059 whatever the config.
        let stream = self.find(stream_name)?;
        // A mirror's or source's consumer asked for by its stable name (2.14
        // `jsConsumerCreateRequest`): on an interest-retention stream it becomes a durable
        // acknowledged through flow control, so the origin keeps each message until it is
        // sourced; elsewhere the name gets a random suffix and the consumer stays direct.
        let upgraded = cfg.direct && cfg.sourcing && !cfg.name.is_empty();
        if upgraded {
            if stream.config().retention == Retention::Interest {
                cfg.direct = false;
                cfg.durable_name.clone_from(&cfg.name);
                cfg.ack_policy = AckPolicy::FlowControl;
                cfg.ack_wait = 0;
                cfg.max_deliver = 0;
                cfg.inactive_threshold = 0;
            } else {
                cfg.name = format!("{}-{}", cfg.name, ephemeral_name());
            }
        }
        // The stream's consumer_limits, then the server's and the account's limits fill unset
        // values before the consumer's own defaults (upstream `setConsumerConfigDefaults`),
        // then bound them (`checkConsumerCfg`).
        super::consumer::set_defaults(
            &mut cfg,
            &self.consumer_defaults(&stream.config(), req.pedantic),
        )?;
        let mut cfg = cfg.normalize()?;
        self.check_consumer_limits(&stream.config(), &cfg)?;
        // Upstream `checkConsumerCfg`: direct consumers are unnamed push consumers.
        if cfg.direct {
            if cfg.deliver_subject.is_empty() {
                return Err(ApiError::new(JsError::ConsumerDirectRequiresPush));
            }
            if !cfg.durable_name.is_empty() {
                return Err(ApiError::new(JsError::ConsumerDirectRequiresEphemeral));
            }
        }
        cfg.metadata.remove("_nats.level");
        cfg.metadata.remove("_nats.ver");
        cfg.metadata
            .insert("_nats.req.level".to_string(), req_level(&cfg).to_string());
        let unnamed = cfg.name.is_empty();
        if unnamed {
            cfg.name = ephemeral_name();
        }
        let existing = stream.consumer(&cfg.name);
        match (req.action.as_str(), &existing) {
            ("create", Some(c)) => {
                if c.config().without_server_metadata() != cfg.without_server_metadata() {
                    return Err(ApiError::new(JsError::ConsumerAlreadyExists));
                }
                return Ok(c.info());
            }
            ("update", None) => return Err(ApiError::new(JsError::ConsumerDoesNotExist)),
            (_, Some(c)) => {
                let old = c.config();
                // An update never changes `pause_until`; the PAUSE request does (upstream
                // `jsConsumerCreateRequest`).
                cfg.pause_until.clone_from(&old.pause_until);
                // A durable sourcing consumer keeps where it started, and goes on from its
                // ack floor (upstream: `resetStartingSeq(0)` for `sourcing` on a single
                // server).
                if cfg.sourcing && cfg.is_durable() {
                    cfg.deliver_policy = old.deliver_policy;
                    cfg.opt_start_seq = old.opt_start_seq;
                    cfg.opt_start_time.clone_from(&old.opt_start_time);
                }
                let sourcing = cfg.sourcing;
                let resume = |c: &Arc<Consumer>| {
                    if sourcing {
                        let _ = c.reset(&stream, 0);
                    }
                };
                if old.without_server_metadata() == cfg.without_server_metadata() {
                    resume(c);
                    return Ok(c.info());
                }
                let bound = old.is_push() && self.api.has_interest(old.deliver_subject.as_bytes());
                old.check_update(&cfg, bound)?;
                if let Some(dir) = c.dir().cloned() {
                    let meta = ConsumerMeta {
                        config: cfg.clone(),
                        created: c.created,
                    };
                    write_consumer_meta(dir, &meta).await?;
                }
                let refiltered = old.filters() != cfg.filters();
                {
                    let _change = stream.interest_change().await;
                    c.set_config(cfg);
                }
                // New filters may leave messages of an interest stream nobody wants
                // (upstream `updateConfig`: `cleanupNoInterestMessages`).
                if refiltered && stream.config().retention == Retention::Interest {
                    stream.drop_lost_interest(c.ack_floor()).await;
                }
                resume(c);
                return Ok(c.info());
            }
            _ => {}
        }
        let scfg = stream.config();
        let others = stream.public_consumers();
        // The stream's limit, or the account's when that is stricter (upstream
        // `addConsumerWithAssignment`).
        let mut maxc = scfg.max_consumers;
        let acc_max = self.limits.max_consumers;
        if maxc <= 0 || (acc_max > 0 && acc_max < maxc) {
            maxc = acc_max;
        }
        if maxc > 0 && others.len() as i64 >= maxc {
            return Err(ApiError::new(JsError::MaximumConsumersLimit));
        }
        // Mirrors and sources of a work queue take its messages without acknowledging them
        // (upstream `addConsumerWithAssignment`).
        if scfg.retention == Retention::WorkQueue && !cfg.direct && !cfg.sourcing {
            if cfg.ack_policy != AckPolicy::Explicit && cfg.ack_policy != AckPolicy::FlowControl {
                return Err(ApiError::new(if cfg.is_push() {
                    JsError::ConsumerWqRequiresExplicitAck
                } else {
                    JsError::ConsumerPullRequiresAck
                }));
            }
            let mine = cfg.filters();
            for o in &others {
                let theirs = o.config().filters();
                if mine.is_empty() {
                    return Err(ApiError::new(JsError::ConsumerWqMultipleUnfiltered));
                }
                if theirs.is_empty()
                    || mine
                        .iter()
                        .any(|a| theirs.iter().any(|b| subjects_overlap(a, b)))
                {
                    return Err(ApiError::new(JsError::ConsumerWqConsumerNotUnique));
                }
            }
        }
        let meta = ConsumerMeta {
            config: cfg.clone(),
            created: now_ns(),
        };
        let dir = match &stream.dir {
            Some(d) if cfg.is_durable() && !cfg.mem_storage => {
                let dir = d.join(CONSUMERS_DIR).join(&cfg.name);
                write_consumer_meta(dir.clone(), &meta).await?;
                Some(dir)
            }
            _ => None,
        };
        let client = self.client(&format!("JetStream consumer {stream_name} > {}", cfg.name));
        let change = stream.interest_change().await;
        let c = Consumer::start(&stream, meta, None, dir, client, self.config.domain.clone())?;
        if unnamed {
            c.mark_unnamed();
        }
        c.sync_state().await;
        stream.add_consumer(c.clone());
        drop(change);
        self.advise_consumer(stream_name, &c.name, Action::Create);
        // Upstream `jsConsumerCreateRequest` follows a create that pauses with the pause
        // advisory.
        let until = cfg
            .pause_until
            .as_deref()
            .and_then(super::consumer::pause_time_ns);
        if let Some(until) = until.filter(|u| *u > now_ns()) {
            advisory::consumer_pause(&self.api, self.domain(), stream_name, &c.name, until);
        }
        Ok(c.info())
    }

    fn domain(&self) -> Option<&str> {
        self.config.domain.as_deref()
    }

    /// `$JS.EVENT.ADVISORY.STREAM.<action>.<stream>`.
    pub(super) fn advise_stream(&self, stream: &str, a: Action) {
        advisory::stream_action(&self.api, self.domain(), stream, a);
    }

    /// `$JS.EVENT.ADVISORY.CONSUMER.<action>.<stream>.<consumer>`.
    fn advise_consumer(&self, stream: &str, consumer: &str, a: Action) {
        advisory::consumer_action(&self.api, self.domain(), stream, consumer, a);
    }

    fn find_consumer(&self, stream: &str, name: &str) -> Result<Arc<Consumer>, ApiError> {
        self.find(stream)?
            .consumer(name)
            .ok_or_else(|| ApiError::new(JsError::ConsumerNotFound))
    }

    /// `$JS.API.CONSUMER.PAUSE.<stream>.<consumer>` (upstream `jsConsumerPauseRequest`):
    /// `pause_until` in the future pauses deliveries until then, zero or absent resumes.
    async fn consumer_pause(&self, stream: &str, name: &str, payload: &[u8]) -> Reply {
        #[derive(Debug, Default, Deserialize)]
        #[serde(default)]
        struct PauseRequest {
            pause_until: Option<String>,
        }
        let trimmed = payload.trim_ascii();
        let req: PauseRequest = if trimmed.starts_with(b"{") || trimmed.starts_with(b"[") {
            self.parse(payload, &strict::CONSUMER_PAUSE_REQUEST)?
        } else {
            PauseRequest::default()
        };
        let until = match req.pause_until.as_deref() {
            None => 0,
            Some(t) => match super::consumer::pause_time_ns(t) {
                Some(ns) => ns,
                None if t.starts_with("0001-01-01") => 0,
                None => {
                    return Err(ApiError::text(
                        JsError::InvalidJson,
                        format!("parsing time {t:?} as RFC 3339 failed"),
                    ))
                }
            },
        };
        let c = self.find_consumer(stream, name)?;
        let mut cfg = c.config();
        let before = cfg
            .pause_until
            .as_deref()
            .and_then(super::consumer::pause_time_ns);
        cfg.pause_until = (until != 0).then(|| go_time(until));
        cfg.metadata
            .insert("_nats.req.level".to_string(), req_level(&cfg).to_string());
        if let Some(dir) = c.dir().cloned() {
            let meta = ConsumerMeta {
                config: cfg.clone(),
                created: c.created,
            };
            write_consumer_meta(dir, &meta)
                .await
                .map_err(|e| ApiError::text(JsError::ConsumerStoreFailed, e.description.clone()))?;
        }
        c.set_config(cfg);
        // Upstream `updateConfig` advises only a change of `pause_until`.
        if before.unwrap_or(0) != until {
            advisory::consumer_pause(&self.api, self.domain(), stream, name, until);
        }
        let left = until.saturating_sub(now_ns());
        let mut v = json!({ "paused": until != 0 && left > 0, "pause_until": go_time(until) });
        if until != 0 && left > 0 {
            v["pause_remaining"] = json!(left);
        }
        Ok(v)
    }

    /// `$JS.API.CONSUMER.UNPIN.<stream>.<consumer>` `{"group": ...}` (upstream
    /// `jsConsumerUnpinRequest`): drops the group's pin, so the next message pins the next
    /// waiting request. Decoded leniently, as upstream's plain `json.Unmarshal`.
    fn consumer_unpin(&self, stream: &str, name: &str, payload: &[u8]) -> Reply {
        #[derive(Debug, Default, Deserialize)]
        #[serde(default)]
        struct UnpinRequest {
            #[serde(deserialize_with = "null_as_default")]
            group: String,
        }
        let req: UnpinRequest = serde_json::from_slice(payload).map_err(|e| {
            let why = if payload.trim_ascii().is_empty() {
                "unexpected end of JSON input".to_string()
            } else {
                e.to_string()
            };
            ApiError::text(JsError::InvalidJson, why)
        })?;
        if req.group.is_empty() {
            return Err(ApiError::text(
                JsError::InvalidJson,
                "consumer group not specified",
            ));
        }
        if !super::consumer::valid_group_name(&req.group) {
            return Err(ApiError::new(JsError::ConsumerInvalidGroupName));
        }
        let c = self.find_consumer(stream, name)?;
        if !c.config().priority_groups.contains(&req.group) {
            return Err(ApiError::new(JsError::ConsumerInvalidPriorityGroup));
        }
        c.unpin(&req.group, "admin");
        Ok(json!({}))
    }

    /// `$JS.API.CONSUMER.RESET.<stream>.<consumer>` (2.14): `{"seq":N}` or an empty body (back
    /// to the ack floor); answers the consumer info and `reset_seq`.
    async fn consumer_reset(&self, stream: &str, name: &str, payload: &[u8]) -> Reply {
        #[derive(Default, Deserialize)]
        #[serde(default)]
        struct ResetRequest {
            #[serde(deserialize_with = "null_as_default")]
            seq: u64,
        }
        let req: ResetRequest = if payload.iter().all(u8::is_ascii_whitespace) {
            ResetRequest::default()
        } else {
            serde_json::from_slice(payload)
                .map_err(|e| ApiError::with(JsError::InvalidJson, &[("err", &e.to_string())]))?
        };
        let s = self.find(stream)?;
        let c = self.find_consumer(stream, name)?;
        let change = s.interest_change().await;
        let seq = c
            .reset(&s, req.seq)
            .map_err(|e| ApiError::with(JsError::ConsumerInvalidReset, &[("err", e)]))?;
        drop(change);
        if s.config().retention == Retention::Interest {
            // What the consumer skipped is acknowledged: the messages below its new floor that
            // no other consumer wants go (upstream `checkStateForInterestStream`).
            super::consumer::remove_skipped(&s, &c.config().filters(), seq).await;
        }
        let mut v = c.info();
        v["reset_seq"] = json!(seq);
        Ok(v)
    }

    fn consumer_info(&self, stream: &str, name: &str, payload: &[u8]) -> Reply {
        require_empty(payload)?;
        Ok(self.find_consumer(stream, name)?.info())
    }

    fn consumer_names(&self, stream: &str, payload: &[u8]) -> Reply {
        let req: ListRequest = self.parse(payload, &strict::CONSUMER_LIST_REQUEST)?;
        let all = self.find(stream)?.public_consumers();
        let page: Vec<&str> = all
            .iter()
            .skip(req.offset)
            .take(NAMES_LIMIT)
            .map(|c| c.name.as_str())
            .collect();
        Ok(json!({
            "total": all.len(),
            "offset": req.offset,
            "limit": NAMES_LIMIT,
            "consumers": page,
        }))
    }

    fn consumer_list(&self, stream: &str, payload: &[u8]) -> Reply {
        let req: ListRequest = self.parse(payload, &strict::CONSUMER_LIST_REQUEST)?;
        let all = self.find(stream)?.public_consumers();
        let page: Vec<Value> = all
            .iter()
            .skip(req.offset)
            .take(LIST_LIMIT)
            .map(|c| c.info_with(false))
            .collect();
        Ok(json!({
            "total": all.len(),
            "offset": req.offset,
            "limit": LIST_LIMIT,
            "consumers": page,
        }))
    }

    async fn consumer_delete(&self, stream: &str, name: &str, payload: &[u8]) -> Reply {
        require_empty(payload)?;
        let stream = self.find(stream)?;
        if !stream.remove_consumer(name).await {
            return Err(ApiError::new(JsError::ConsumerNotFound));
        }
        self.advise_consumer(&stream.name, name, Action::Delete);
        Ok(json!({ "success": true }))
    }

    /// StreamInfo JSON (without the response `type`). `live` adds the server's `_nats.level`
    /// and `_nats.ver` metadata, as upstream does everywhere but in `STREAM.LIST`.
    pub(super) fn stream_info(&self, stream: &Stream, live: bool, req: &InfoRequest) -> Value {
        self.stream_info_paged(stream, live, req, stream.store.state())
            .0
    }

    /// The stream's info with one page of the subjects `req.subjects_filter` matches (sorted,
    /// from `req.offset`, at most [`MAX_SUBJECT_DETAILS`]), and how many subjects match in all.
    fn stream_info_paged(
        &self,
        stream: &Stream,
        live: bool,
        req: &InfoRequest,
        st: StreamState,
    ) -> (Value, usize) {
        let mut cfg = stream.config();
        if live {
            cfg.metadata
                .insert("_nats.level".to_string(), API_LEVEL.to_string());
            cfg.metadata
                .insert("_nats.ver".to_string(), crate::server::VERSION.to_string());
        }
        let first_seq = if st.msgs == 0 && st.last_seq == 0 {
            0
        } else {
            st.first_seq
        };
        let mut state = json!({
            "messages": st.msgs,
            "bytes": st.bytes,
            "first_seq": first_seq,
            "first_ts": go_time(st.first_ts),
            "last_seq": st.last_seq,
            "last_ts": go_time(st.last_ts),
        });
        if st.num_subjects > 0 {
            state["num_subjects"] = json!(st.num_subjects);
        }
        let mut matched = 0;
        if let Some(filter) = req.subjects_filter.as_deref().filter(|f| !f.is_empty()) {
            // Sorted by subject, so consecutive offsets page through each subject once.
            let subjects = stream.store.subjects_totals(filter);
            matched = subjects.len();
            let page: serde_json::Map<String, Value> = subjects
                .into_iter()
                .skip(req.offset)
                .take(MAX_SUBJECT_DETAILS)
                .map(|(k, n)| (k.to_string(), json!(n)))
                .collect();
            if !page.is_empty() {
                state["subjects"] = Value::Object(page);
            }
        }
        if st.num_deleted > 0 {
            state["num_deleted"] = json!(st.num_deleted);
            if req.deleted_details {
                state["deleted"] = json!(stream.store.deleted());
            }
        }
        if let Some(lost) = lost_json(stream.store.as_ref()) {
            state["lost"] = lost;
        }
        state["consumer_count"] = json!(stream.public_consumers().len());
        let mut info = json!({
            "config": cfg,
            "created": go_time(stream.created),
            "state": state,
        });
        let (mirror, sources) = stream.sourcing_info();
        if let Some(m) = mirror {
            info["mirror"] = m;
        }
        if let Some(s) = sources {
            info["sources"] = s;
        }
        info["ts"] = json!(go_time(now_ns()));
        (info, matched)
    }
}

/// `(inactive_threshold, max_ack_pending)` of a stream's `consumer_limits`, 0 when unset.
/// The stream's totals once every message they count can be read. The file store counts a
/// commit in its totals before the commit's bytes land and lets loads see it only after, so
/// without the wait a client told `messages: 3` could find sequence 3 missing with a get right
/// after (seen with sources: nothing acknowledges their writes to a client first). Upstream's
/// store counts a message when it is in its cache, readable at once.
async fn readable_state(stream: &Stream) -> StreamState {
    let st = stream.store.state();
    if stream.store.writes_in_flight() {
        // Resolves after the commit in flight (and any before it); a failed store answers at
        // once and its state stays what it was.
        let _ = stream.store.sync().await;
    }
    st
}

fn consumer_limits(cfg: &StreamConfig) -> (i64, i64) {
    let get = |k: &str| {
        cfg.consumer_limits
            .get(k)
            .and_then(Value::as_i64)
            .unwrap_or(0)
    };
    (get("inactive_threshold"), get("max_ack_pending"))
}

/// Refuses an update whose `consumer_limits` differ from the old ones and are below an
/// existing consumer's settings (upstream `jsStreamUpdateRequest` via the stream's update
/// check): a limit of 0 is no exception, so dropping the limits also counts.
fn check_consumer_limits(
    stream: &Stream,
    old: &StreamConfig,
    new: &StreamConfig,
) -> Result<(), ApiError> {
    let (inactive, max_ack) = consumer_limits(new);
    if (inactive, max_ack) == consumer_limits(old) {
        return Ok(());
    }
    let violators: Vec<String> = stream
        .consumers()
        .iter()
        .map(|c| c.config())
        .filter(|c| c.inactive_threshold > inactive || c.max_ack_pending > max_ack)
        .map(|c| c.name.clone())
        .collect();
    if violators.is_empty() {
        return Ok(());
    }
    Err(ApiError::text(
        JsError::StreamUpdate,
        format!(
            "change to limits violates consumers: {}",
            violators.join(", ")
        ),
    ))
}

/// Upstream `isEmptyRequest`: no bytes, or a JSON object without fields.
pub(super) fn is_empty_request(payload: &[u8]) -> bool {
    payload.is_empty()
        || serde_json::from_slice::<Value>(payload)
            .is_ok_and(|v| v.as_object().is_some_and(|m| m.is_empty()))
}

/// How long upstream's `RateLimitWarnf` keeps a logged statement from being logged again.
const RATE_LIMIT_LOG_INTERVAL: std::time::Duration = std::time::Duration::from_secs(1);
/// Most distinct statements remembered at once; beyond it new ones are dropped, not logged.
const RATE_LIMIT_LOG_MAX: usize = 10_000;

/// Logs `statement` as a warning unless the same text was logged within the last second
/// (upstream `RateLimitWarnf`, used for undecodable API requests).
fn rate_limit_warn(statement: String) {
    use std::collections::HashMap;
    use std::sync::{Mutex, OnceLock};
    use std::time::Instant;
    static SEEN: OnceLock<Mutex<HashMap<String, Instant>>> = OnceLock::new();
    let mut seen = SEEN
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let now = Instant::now();
    seen.retain(|_, at| now.duration_since(*at) < RATE_LIMIT_LOG_INTERVAL);
    if seen.len() >= RATE_LIMIT_LOG_MAX || seen.contains_key(&statement) {
        return;
    }
    crate::log_warn!("{statement}");
    seen.insert(statement, now);
}

/// Upstream refuses a body on stream delete, consumer info and consumer delete (10038).
fn require_empty(payload: &[u8]) -> Result<(), ApiError> {
    if is_empty_request(payload) {
        Ok(())
    } else {
        Err(ApiError::new(JsError::NotEmptyRequest))
    }
}

/// Whether a stream create request sets `storage` itself.
fn names_storage(payload: &[u8]) -> bool {
    serde_json::from_slice::<Value>(payload)
        .ok()
        .is_some_and(|v| v.get("storage").is_some_and(Value::is_string))
}

/// Most sequences one stream info lists as lost (the byte count still covers all damage).
const MAX_LOST_LISTED: u64 = 100_000;

/// Upstream's `state.lost` (`{"msgs":[seq...],"bytes":n}`) from the store's damage report:
/// the sequences a damaged stretch may have held that the store can no longer serve, and the
/// damaged bytes. `None` when nothing acknowledged was damaged (torn tails are not losses).
fn lost_json(store: &dyn super::store::StreamStore) -> Option<Value> {
    let report = store.damage();
    let mut msgs = std::collections::BTreeSet::new();
    let mut bytes = 0u64;
    let mut any = false;
    for d in report.lost() {
        any = true;
        bytes = bytes.saturating_add(d.len);
        if let Some((a, b)) = d.seqs {
            for seq in a..=b {
                if msgs.len() as u64 >= MAX_LOST_LISTED {
                    break;
                }
                if store.load_msg(seq).is_err() {
                    msgs.insert(seq);
                }
            }
        }
    }
    any.then(|| json!({ "msgs": msgs, "bytes": bytes }))
}

/// The API level a consumer config needs (upstream `setStaticConsumerMetadata`): 1 for
/// `pause_until` and for priority groups, else 0.
fn req_level(cfg: &ConsumerConfig) -> u8 {
    u8::from(
        cfg.pause_until
            .as_deref()
            .is_some_and(|p| super::consumer::pause_time_ns(p).is_some())
            || !cfg.priority_policy.is_none()
            || cfg.priority_timeout != 0
            || !cfg.priority_groups.is_empty(),
    )
}

/// The answer of a server without clustering to the requests that need a cluster (stream and
/// consumer leader stepdown, stream peer removal), whatever they name: upstream checks
/// `JetStreamIsClustered` first.
fn cluster_required() -> ApiError {
    ApiError::new(JsError::ClusterRequired)
}

/// The `pedantic` flag of a stream or consumer create/update request (a bool upstream; the
/// request was already decoded, so anything else here is `false`).
fn pedantic_flag(payload: &[u8]) -> bool {
    #[derive(Deserialize)]
    struct Flag {
        #[serde(default)]
        pedantic: bool,
    }
    serde_json::from_slice::<Flag>(payload).is_ok_and(|f| f.pedantic)
}

/// `$JS.API.CONSUMER.CREATE` body (upstream `CreateConsumerRequest`).
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct CreateConsumerRequest {
    #[serde(deserialize_with = "null_as_default")]
    stream_name: String,
    config: Option<ConsumerConfig>,
    /// An enum upstream: `null` is refused, not absent.
    action: String,
    /// Refuse what would be defaulted or capped (2.11+).
    pedantic: bool,
}

/// The response type of a consumer request.
/// The response type of an API request (without `io.nats.jetstream.api.v1.` and `_response`).
fn request_type(tokens: &[&str]) -> Option<&'static str> {
    Some(match tokens {
        ["INFO"] => "account_info",
        ["STREAM", "CREATE", ..] => "stream_create",
        ["STREAM", "UPDATE", ..] => "stream_update",
        ["STREAM", "INFO", ..] => "stream_info",
        ["STREAM", "DELETE", ..] => "stream_delete",
        ["STREAM", "NAMES", ..] => "stream_names",
        ["STREAM", "LIST", ..] => "stream_list",
        ["STREAM", "PURGE", ..] => "stream_purge",
        ["STREAM", "MSG", "GET", ..] => "stream_msg_get",
        ["STREAM", "MSG", "DELETE", ..] => "stream_msg_delete",
        ["STREAM", "SNAPSHOT", ..] => "stream_snapshot",
        ["STREAM", "RESTORE", ..] => "stream_restore",
        ["STREAM", "LEADER", "STEPDOWN", ..] => "stream_leader_stepdown",
        ["STREAM", "PEER", "REMOVE", ..] => "stream_remove_peer",
        ["CONSUMER", op @ ..] => consumer_type(op),
        _ => return None,
    })
}

/// Whether a request's `Nats-Required-Api-Level` asks for more than this server's API level
/// (upstream `errorOnRequiredApiLevel`: a value that is not a number is refused too).
pub(crate) fn api_level_refused(hdr: &[u8]) -> bool {
    match rnats_proto::headers::slice_header(hdr, b"Nats-Required-Api-Level") {
        None => false,
        Some([]) => false,
        Some(v) => std::str::from_utf8(v)
            .ok()
            .and_then(|t| t.parse::<i64>().ok())
            .is_none_or(|level| level > i64::from(API_LEVEL)),
    }
}

fn consumer_type(op: &[&str]) -> &'static str {
    match op {
        ["INFO", ..] => "consumer_info",
        ["NAMES", ..] => "consumer_names",
        ["LIST", ..] => "consumer_list",
        ["DELETE", ..] => "consumer_delete",
        ["MSG", "NEXT", ..] => "consumer_getnext",
        ["PAUSE", ..] => "consumer_pause",
        ["LEADER", ..] => "consumer_leader_stepdown",
        ["UNPIN", ..] => "consumer_unpin",
        ["RESET", ..] => "consumer_reset",
        _ => "consumer_create",
    }
}

/// Writes a durable consumer's `meta.json` on a blocking thread.
async fn write_consumer_meta(dir: std::path::PathBuf, meta: &ConsumerMeta) -> Result<(), ApiError> {
    let fail = |e: &dyn std::fmt::Display| ApiError::text(JsError::ConsumerCreate, e);
    let raw = serde_json::to_vec(meta).map_err(|e| fail(&e))?;
    tokio::task::spawn_blocking(move || super::store::file::write_meta(&dir, &raw))
        .await
        .map_err(|e| fail(&e))?
        .map_err(|e| fail(&e))
}

/// Serialises `body` with `"type"` as its first field.
pub(super) fn typed(typ: &str, body: &mut Value) -> String {
    let rest = body.to_string();
    let inner = rest
        .strip_prefix('{')
        .and_then(|r| r.strip_suffix('}'))
        .unwrap_or("");
    let typ = Value::String(typ.to_string());
    if inner.is_empty() {
        format!("{{\"type\":{typ}}}")
    } else {
        format!("{{\"type\":{typ},{inner}}}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_comes_first() {
        let mut v = json!({ "success": true });
        assert_eq!(
            typed("io.nats.jetstream.api.v1.stream_delete_response", &mut v),
            r#"{"type":"io.nats.jetstream.api.v1.stream_delete_response","success":true}"#
        );
    }

    #[test]
    fn stepdowns_need_a_cluster() {
        let e = cluster_required();
        assert_eq!((e.code, e.err_code), (503, 10010));
        assert_eq!(e.description, "JetStream clustering support required");
        assert_eq!(consumer_type(&["CREATE", "S"]), "consumer_create");
        assert_eq!(consumer_type(&["NAMES", "S"]), "consumer_names");
    }
}
