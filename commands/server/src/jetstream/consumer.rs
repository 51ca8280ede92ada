//! Consumers (upstream `server/consumer.go`): the `ConsumerConfig` JSON with upstream's
//! defaults, the delivery state machine, pull requests, push delivery, acks and redelivery.
//!
//! Each consumer owns an internal client subscribed to its pull subject
//! (`$JS.API.CONSUMER.MSG.NEXT.<stream>.<consumer>`) and its ack subjects
//! (`$JS.ACK.<stream>.<consumer>.>`), and one task that handles those messages, new stream
//! messages (the stream wakes it after every store) and its timers (request expiry, idle
//! heartbeats, ack-wait redelivery, inactivity). Deliveries go to the pull request's reply
//! subject, shown with the message's own subject and the ack reply
//! `$JS.ACK.<stream>.<consumer>.<delivery count>.<stream seq>.<consumer seq>.<timestamp>.<pending>`.
//! A pull request ends with a status message as upstream's does: `404 No Messages` (`no_wait`,
//! and with `expires` only once something was delivered), `408 Request Timeout` and
//! `409 Message Size Exceeds MaxBytes` (both with `Nats-Pending-Messages`/`-Bytes`; a delivery
//! costs subject + ack reply + headers + payload), `409 Consumer Deleted`, or a 400/409 refusal.
//!
//! Durable consumers of file streams keep their config in `<stream dir>/obs/<name>/meta.json`
//! and their state in a [`ConsumerStateFile`] beside it, written before ack replies are sent.
//! Push consumers (`deliver_subject`) deliver to that subject (one member of a queue group with
//! `deliver_group`) whenever it has interest, send `100 Idle Heartbeat` status messages
//! (`Nats-Last-Consumer`, `Nats-Last-Stream`) when idle, and with `flow_control` a
//! `100 FlowControl Request` every 256 KiB, stalling after the next window until the client
//! answers it on `$JS.FC.<stream>.<consumer>.<n>`. With `rate_limit_bps` a push consumer
//! paces its deliveries through a token bucket the size of one maximal message.
//!
//! Priority groups (ADR-42) choose which waiting pull request gets the next message:
//! `overflow` passes over requests whose `min_pending`/`min_ack_pending` are not reached,
//! `prioritized` serves the lowest `priority` first, and `pinned_client` pins the first
//! requester (a `Nats-Pin-Id` on every delivery, `$JS.EVENT.ADVISORY.CONSUMER.PINNED`) until
//! `$JS.API.CONSUMER.UNPIN` or `priority_timeout` without a pull releases it (`UNPINNED`);
//! others wait, and a request with a stale pin id gets `423`.

use std::collections::{BTreeSet, HashMap, VecDeque};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, Weak};
use std::time::{Duration, Instant};

use bytes::Bytes;
use rnats_proto::jetstream::api::null_as_default;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use super::advisory::{self, Action};
use super::config::{subjects_overlap, Retention, API_LEVEL};
use super::errors::{ApiError, JsError};
use super::store::{ConsumerState, ConsumerStateFile, Pending, StoreError, StoredMsg};
use super::stream::Stream;
use super::{go_time, now_ns};
use crate::internal::{InternalClient, InternalMsg, InternalReceiver};

/// Default `ack_wait`: 30 seconds.
pub const DEFAULT_ACK_WAIT: i64 = 30_000_000_000;
/// Default `max_ack_pending`.
pub const DEFAULT_MAX_ACK_PENDING: i64 = 1000;
/// Most requests and acks a consumer takes per turn before delivering.
const MAX_BURST: usize = 1024;

/// Default `max_waiting` of pull consumers.
pub const DEFAULT_MAX_WAITING: i64 = 512;
/// Default `inactive_threshold` of ephemeral consumers: 5 seconds.
pub const DEFAULT_INACTIVE_THRESHOLD: i64 = 5_000_000_000;
/// Longest a changed durable state waits before it is written (upstream flushes consumer state
/// at most every 100 ms too); double acks are answered only after a write.
const STATE_FLUSH_INTERVAL: Duration = Duration::from_millis(100);
/// Subject prefix of flow control replies.
const FC_PREFIX: &str = "$JS.FC.";
/// Push flow control: bytes delivered between flow control requests.
const FC_WINDOW_BYTES: u64 = 256 * 1024;
/// Default `priority_timeout` of `pinned_client` consumers: 2 minutes (upstream
/// `JsDefaultPinnedTTL`).
pub const DEFAULT_PINNED_TTL: i64 = 120_000_000_000;
/// Directory of consumers inside a stream directory.
pub const CONSUMERS_DIR: &str = "obs";

pub use rnats_proto::jetstream::{
    AckPolicy, ConsumerConfig, DeliverPolicy, PriorityPolicy, ReplayPolicy,
};

fn invalid(text: impl Into<String>) -> ApiError {
    ApiError::text(JsError::ConsumerInvalidPolicy, text.into())
}

/// The server's side of [`ConsumerConfig`]: defaults, validation and update checks.
pub trait ConsumerConfigExt: Sized {
    /// Fills upstream's defaults (`setConsumerConfigDefaults`) and checks the config
    /// (`checkConsumerCfg`).
    fn normalize(self) -> Result<ConsumerConfig, ApiError>;
    /// Checks that `new` only changes what an update may change (upstream
    /// `checkNewConsumerConfig`); `bound` tells whether the old deliver subject has interest.
    fn check_update(&self, new: &ConsumerConfig, bound: bool) -> Result<(), ApiError>;
}

// Consumer configs come from API requests: checked arithmetic only (issue 16).
#[deny(clippy::arithmetic_side_effects)]
impl ConsumerConfigExt for ConsumerConfig {
    fn normalize(mut self) -> Result<ConsumerConfig, ApiError> {
        super::advisory::sample_freq(&self.sample_freq)
            .map_err(|e| ApiError::text(JsError::ConsumerInvalidSampling, e))?;
        if let Some(p) = &self.pause_until {
            // Kept as given (upstream answers the create with the caller's offset); only the
            // PAUSE request stores UTC.
            if pause_time_ns(p).is_none() && !p.starts_with("0001-01-01") {
                return Err(ApiError::text(
                    JsError::InvalidJson,
                    format!("parsing time {p:?} as RFC 3339 failed"),
                ));
            }
        }
        // Upstream `setConsumerConfigDefaults`: a negative pin TTL is dropped, and
        // `pinned_client` gets the 2 minute default.
        if self.priority_timeout < 0 {
            self.priority_timeout = 0;
        }
        if self.priority_policy == PriorityPolicy::PinnedClient && self.priority_timeout == 0 {
            self.priority_timeout = DEFAULT_PINNED_TTL;
        }
        check_ack_flow_control(&mut self)?;
        if self.is_push() {
            if !rnats_proto::subject::is_valid_subject(self.deliver_subject.as_bytes())
                || self
                    .deliver_subject
                    .split('.')
                    .any(|t| t == "*" || t == ">")
            {
                return Err(invalid("invalid push consumer deliver subject"));
            }
            if self.max_waiting != 0 {
                return Err(ApiError::new(JsError::ConsumerPushMaxWaiting));
            }
            if self.max_ack_pending > 0 && self.ack_policy == AckPolicy::None {
                return Err(ApiError::new(JsError::ConsumerMaxPendingAckPolicyRequired));
            }
            if self.max_batch != 0 || self.max_expires != 0 || self.max_bytes != 0 {
                return Err(invalid(
                    "consumer in push mode can not set max batch, max expires or max bytes",
                ));
            }
            if self.flow_control && self.idle_heartbeat <= 0 {
                return Err(ApiError::new(
                    JsError::ConsumerWithFlowControlNeedsHeartbeats,
                ));
            }
            if self.idle_heartbeat < 0 {
                return Err(invalid("consumer idle heartbeat needs to be positive"));
            }
        } else {
            if self.flow_control || self.idle_heartbeat != 0 {
                return Err(invalid(
                    "consumer in pull mode can not have flow control or idle heartbeat",
                ));
            }
            if !self.deliver_group.is_empty() {
                return Err(invalid(
                    "consumer in pull mode can not have a deliver group",
                ));
            }
            if self.rate_limit_bps > 0 {
                return Err(ApiError::new(JsError::ConsumerPullWithRateLimit));
            }
        }
        for n in [&self.durable_name, &self.name] {
            if n.contains(['/', '\\']) {
                return Err(ApiError::new(JsError::ConsumerNameContainsPathSeparators));
            }
            if n.chars()
                .any(|c| matches!(c, '.' | '*' | '>') || c.is_whitespace())
            {
                return Err(ApiError::new(JsError::ConsumerBadDurableName));
            }
        }
        if !self.durable_name.is_empty() && !self.name.is_empty() && self.durable_name != self.name
        {
            return Err(ApiError::new(JsError::ConsumerCreateDurableAndNameMismatch));
        }
        if self.name.is_empty() {
            self.name = self.durable_name.clone();
        }
        if self.num_replicas > 1 {
            return Err(ApiError::new(JsError::StreamReplicasNotSupported));
        }
        if !self.filter_subject.is_empty() && !self.filter_subjects.is_empty() {
            return Err(invalid(
                "consumer cannot have both FilterSubject and FilterSubjects specified",
            ));
        }
        let filters = self.filters();
        for (i, a) in filters.iter().enumerate() {
            if a.is_empty() || !rnats_proto::subject::is_valid_subject(a.as_bytes()) {
                return Err(invalid("consumer filter subject is not a valid subject"));
            }
            if filters[i..].iter().skip(1).any(|b| subjects_overlap(a, b)) {
                return Err(ApiError::new(JsError::ConsumerOverlappingSubjectFilters));
            }
        }
        match self.deliver_policy {
            DeliverPolicy::ByStartSequence if self.opt_start_seq == 0 => {
                return Err(invalid(
                    "consumer delivery policy is deliver by start sequence, but optional start sequence is not set",
                ))
            }
            DeliverPolicy::ByStartTime if self.opt_start_time.is_none() => {
                return Err(invalid(
                    "consumer delivery policy is deliver by start time, but optional start time is not set",
                ))
            }
            DeliverPolicy::ByStartTime if start_time_ns(&self).is_none() => {
                return Err(invalid("consumer optional start time is not a valid time"));
            }
            DeliverPolicy::LastPerSubject if self.filters().is_empty() => {
                return Err(invalid(
                    "consumer delivery policy is deliver last per subject, but optional filter subject is not set",
                ))
            }
            DeliverPolicy::ByStartSequence | DeliverPolicy::ByStartTime => {}
            _ if self.opt_start_seq != 0 || self.opt_start_time.is_some() => {
                return Err(invalid(
                    "consumer delivery policy is not by start sequence or time, but an optional start is set",
                ))
            }
            _ => {}
        }
        if matches!(self.ack_policy, AckPolicy::All | AckPolicy::Explicit) && self.ack_wait == 0 {
            self.ack_wait = DEFAULT_ACK_WAIT;
        }
        // Upstream `setConsumerConfigDefaults`: a backoff list overrides ack_wait.
        if let Some(first) = self.backoff.first() {
            self.ack_wait = *first;
        }
        if self.max_deliver == 0 || self.max_deliver < -1 {
            self.max_deliver = -1;
        }
        if self.backoff.iter().any(|b| *b < 0) {
            return Err(ApiError::new(JsError::ConsumerBackOffNegative));
        }
        if self.ack_wait < 0 {
            return Err(ApiError::new(JsError::ConsumerAckWaitNegative));
        }
        if self.max_deliver != -1 && self.backoff.len() as i64 > self.max_deliver {
            return Err(ApiError::new(JsError::ConsumerMaxDeliverBackoff));
        }
        if self.max_waiting == 0 && !self.is_push() {
            self.max_waiting = DEFAULT_MAX_WAITING;
        }
        if self.max_waiting < 0 {
            return Err(invalid("consumer max waiting needs to be positive"));
        }
        if self.ack_policy != AckPolicy::None && self.max_ack_pending == 0 {
            self.max_ack_pending = DEFAULT_MAX_ACK_PENDING;
        }
        if !self.is_durable() && self.inactive_threshold == 0 {
            self.inactive_threshold = DEFAULT_INACTIVE_THRESHOLD;
        }
        if self.inactive_threshold < 0 {
            return Err(invalid("consumer inactive threshold needs to be positive"));
        }
        if self.description.len() > super::config::MAX_DESCRIPTION_LEN {
            return Err(invalid("consumer description is too long"));
        }
        check_priority(&self)?;
        Ok(self)
    }

    fn check_update(&self, new: &ConsumerConfig, bound: bool) -> Result<(), ApiError> {
        let fail = |what: &str| Err(ApiError::text(JsError::ConsumerCreate, what));
        if new.deliver_policy != self.deliver_policy {
            return fail("deliver policy can not be updated");
        }
        if new.opt_start_seq != self.opt_start_seq {
            return fail("start sequence can not be updated");
        }
        if start_time_ns(new) != start_time_ns(self) {
            return fail("start time can not be updated");
        }
        if new.ack_policy != self.ack_policy {
            return fail("ack policy can not be updated");
        }
        if new.replay_policy != self.replay_policy {
            return fail("replay policy can not be updated");
        }
        if new.idle_heartbeat != self.idle_heartbeat {
            return fail("heart beats can not be updated");
        }
        if new.flow_control != self.flow_control {
            return fail("flow control can not be updated");
        }
        if new.deliver_subject != self.deliver_subject {
            if self.deliver_subject.is_empty() {
                return fail("can not update pull consumer to push based");
            }
            if new.deliver_subject.is_empty() {
                return fail("can not update push consumer to pull based");
            }
            if bound {
                return Err(ApiError::new(JsError::ConsumerNameExist));
            }
        }
        if new.max_waiting != self.max_waiting {
            return fail("max waiting can not be updated");
        }
        Ok(())
    }
}

/// What a consumer config's defaults come from besides itself (upstream
/// `setConsumerConfigDefaults` arguments); every limit is 0 when unset.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Defaults {
    /// The request's `pedantic` flag: refuse what would be defaulted or capped.
    pub pedantic: bool,
    /// The stream's `consumer_limits.max_ack_pending`.
    pub stream_max_ack_pending: i64,
    /// The stream's `consumer_limits.inactive_threshold` (ns).
    pub stream_inactive_threshold: i64,
    /// The server's `jetstream.limits.max_ack_pending`.
    pub server_max_ack_pending: i64,
    /// The account's `max_ack_pending`.
    pub account_max_ack_pending: i64,
    /// The server's `jetstream.limits.max_request_batch`.
    pub server_max_request_batch: i64,
}

/// Upstream `setConsumerConfigDefaults`: negative values become their "unset" value, unset
/// values take the stream's consumer limits, then the server's and account's limits; in
/// pedantic mode each of these changes is refused with 10157 instead. [`normalize`] fills
/// the remaining defaults.
///
/// [`normalize`]: ConsumerConfigExt::normalize
// Consumer configs come from API requests: checked arithmetic only (issue 16).
#[deny(clippy::arithmetic_side_effects)]
pub fn set_defaults(cfg: &mut ConsumerConfig, d: &Defaults) -> Result<(), ApiError> {
    let pedantic = d.pedantic;
    let refuse = |why: &str| Err(super::errors::pedantic(why));
    super::errors::unlimited_below_zero(&mut cfg.max_deliver, "max_deliver", pedantic)?;
    super::errors::zero_if_negative(&mut cfg.max_waiting, "max_waiting", pedantic)?;
    if cfg.max_ack_pending < -1 {
        if pedantic {
            return refuse("max_ack_pending must be set to -1");
        }
        cfg.max_ack_pending = -1;
    }
    for (v, name) in [
        (&mut cfg.max_batch, "max_batch"),
        (&mut cfg.max_expires, "max_expires"),
        (&mut cfg.max_bytes, "max_bytes"),
        (&mut cfg.idle_heartbeat, "idle_heartbeat"),
        (&mut cfg.inactive_threshold, "inactive_threshold"),
        (&mut cfg.priority_timeout, "priority_timeout"),
    ] {
        super::errors::zero_if_negative(v, name, pedantic)?;
    }
    if cfg.deliver_subject.is_empty() && cfg.max_waiting == 0 {
        cfg.max_waiting = DEFAULT_MAX_WAITING;
    }
    if cfg.ack_wait == 0 && matches!(cfg.ack_policy, AckPolicy::Explicit | AckPolicy::All) {
        cfg.ack_wait = DEFAULT_ACK_WAIT;
    }
    if let Some(first) = cfg.backoff.first() {
        if pedantic && cfg.ack_wait != *first {
            return refuse("first backoff value has to equal batch AckWait");
        }
        cfg.ack_wait = *first;
    }
    if cfg.max_ack_pending == 0 {
        if pedantic && d.stream_max_ack_pending > 0 {
            return refuse("max_ack_pending must be set if it's configured in stream limits");
        }
        cfg.max_ack_pending = d.stream_max_ack_pending;
    }
    if cfg.inactive_threshold == 0 {
        if pedantic && d.stream_inactive_threshold > 0 {
            return refuse("inactive_threshold must be set if it's configured in stream limits");
        }
        cfg.inactive_threshold = d.stream_inactive_threshold;
    }
    if cfg.max_ack_pending == 0 && cfg.ack_policy != AckPolicy::None {
        let mut pending = DEFAULT_MAX_ACK_PENDING;
        for lim in [d.server_max_ack_pending, d.account_max_ack_pending] {
            if lim > 0 && lim < pending {
                pending = lim;
            }
        }
        cfg.max_ack_pending = pending;
    }
    if cfg.deliver_subject.is_empty() && cfg.max_batch == 0 && d.server_max_request_batch > 0 {
        if pedantic {
            return refuse("max_request_batch must be set if it's JetStream limits are set");
        }
        cfg.max_batch = d.server_max_request_batch;
    }
    if cfg.priority_policy == PriorityPolicy::PinnedClient && cfg.priority_timeout == 0 {
        cfg.priority_timeout = DEFAULT_PINNED_TTL;
    }
    // Ack policy `flow_control` turns flow control on with 1 s heartbeats, except in pedantic
    // mode, where the config must ask for them itself (upstream then fails
    // `checkConsumerCfg`).
    if pedantic && cfg.ack_policy == AckPolicy::FlowControl {
        if cfg.deliver_subject.is_empty() {
            return Err(ApiError::new(JsError::ConsumerAckFcRequiresPush));
        }
        if !cfg.flow_control {
            return Err(ApiError::new(JsError::ConsumerAckFcRequiresFc));
        }
        if cfg.idle_heartbeat != ACK_FC_HEARTBEAT {
            return Err(ApiError::text(
                JsError::StreamInvalidConfig,
                "flow control ack policy heartbeat needs to be 1s",
            ));
        }
    }
    Ok(())
}

/// Flow control heartbeat of ack policy `flow_control` (upstream `sourceHealthHB`).
const ACK_FC_HEARTBEAT: i64 = 1_000_000_000;

/// Ack policy `flow_control` (2.14): upstream `setConsumerConfigDefaults` turns on flow control
/// with 1 s heartbeats, then `checkConsumerCfg` wants a push consumer with max ack pending and
/// neither ack wait, backoff nor max deliver.
fn check_ack_flow_control(cfg: &mut ConsumerConfig) -> Result<(), ApiError> {
    if cfg.ack_policy != AckPolicy::FlowControl {
        return Ok(());
    }
    cfg.flow_control = true;
    cfg.idle_heartbeat = ACK_FC_HEARTBEAT;
    if cfg.deliver_subject.is_empty() {
        return Err(ApiError::new(JsError::ConsumerAckFcRequiresPush));
    }
    // 0 takes the default later; below -1 is -1.
    if cfg.max_ack_pending < 0 {
        return Err(ApiError::new(JsError::ConsumerAckFcRequiresMaxAckPending));
    }
    if cfg.ack_wait != 0 || !cfg.backoff.is_empty() {
        return Err(ApiError::new(JsError::ConsumerAckFcRequiresNoAckWait));
    }
    if cfg.max_deliver > 0 {
        return Err(ApiError::new(JsError::ConsumerAckFcRequiresNoMaxDeliver));
    }
    Ok(())
}

/// Upstream `checkConsumerCfg` on priority groups (ADR-42).
fn check_priority(cfg: &ConsumerConfig) -> Result<(), ApiError> {
    if cfg.priority_policy != PriorityPolicy::None {
        if cfg.is_push() {
            return Err(ApiError::new(JsError::ConsumerPushWithPriorityGroup));
        }
        if cfg.priority_groups.is_empty() {
            return Err(ApiError::new(JsError::ConsumerPriorityPolicyWithoutGroup));
        }
        for g in &cfg.priority_groups {
            if g.is_empty() {
                return Err(ApiError::new(JsError::ConsumerEmptyGroupName));
            }
            if !valid_group_name(g) {
                return Err(ApiError::new(JsError::ConsumerInvalidGroupName));
            }
        }
    } else {
        if !cfg.priority_groups.is_empty() {
            return Err(ApiError::new(JsError::ConsumerPriorityGroupWithPolicyNone));
        }
        if cfg.priority_timeout > 0 {
            return Err(ApiError::new(
                JsError::ConsumerPinnedTtlWithoutPriorityPolicyNone,
            ));
        }
    }
    Ok(())
}

/// A priority group name as upstream's `validGroupName` accepts it: 1 to 16 of
/// `A-Z a-z 0-9 / _ = -`.
pub fn valid_group_name(g: &str) -> bool {
    (1..=16).contains(&g.len())
        && g.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'/' | b'_' | b'=' | b'-'))
}

/// `opt_start_time` in ns since the epoch.
/// A `pause_until` time in Unix nanoseconds; `None` for Go's zero time or garbage.
pub fn pause_time_ns(text: &str) -> Option<i64> {
    let t = chrono::DateTime::parse_from_rfc3339(text).ok()?;
    t.timestamp_nanos_opt().filter(|ns| *ns > 0)
}

/// How long the consumer stays paused after `now` (Unix nanoseconds), if it is paused.
pub fn pause_remaining(cfg: &ConsumerConfig, now: i64) -> Option<i64> {
    let until = pause_time_ns(cfg.pause_until.as_deref()?)?;
    (until > now).then_some(until - now)
}

fn start_time_ns(cfg: &ConsumerConfig) -> Option<i64> {
    let t = chrono::DateTime::parse_from_rfc3339(cfg.opt_start_time.as_deref()?).ok()?;
    t.timestamp_nanos_opt()
}

/// What a durable consumer persists next to its state.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ConsumerMeta {
    /// The normalised config.
    pub config: ConsumerConfig,
    /// Creation time, ns since the epoch.
    pub created: i64,
}

/// A pull request (`$JS.API.CONSUMER.MSG.NEXT` body, upstream `JSApiConsumerGetNextRequest`).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
struct NextRequest {
    #[serde(deserialize_with = "null_as_default")]
    expires: i64,
    #[serde(deserialize_with = "null_as_default")]
    batch: i64,
    #[serde(deserialize_with = "null_as_default")]
    max_bytes: i64,
    #[serde(deserialize_with = "null_as_default")]
    no_wait: bool,
    #[serde(deserialize_with = "null_as_default")]
    idle_heartbeat: i64,
    // The priority group fields (upstream embeds `PriorityGroup` in the request); inline
    // rather than `#[serde(flatten)]`, which would buffer every pull request.
    #[serde(deserialize_with = "null_as_default")]
    group: String,
    #[serde(deserialize_with = "null_as_default")]
    min_pending: i64,
    #[serde(deserialize_with = "null_as_default")]
    min_ack_pending: i64,
    #[serde(deserialize_with = "null_as_default")]
    id: String,
    #[serde(deserialize_with = "null_as_default")]
    priority: i64,
    /// Set for a JSON body: only those carry a priority group (upstream's non-nil
    /// `priorityGroup`).
    #[serde(skip)]
    json: bool,
}

/// The priority group part of a pull request (ADR-42, upstream `PriorityGroup`).
#[derive(Debug, Clone, Default)]
struct PullGroup {
    group: String,
    /// `overflow`: serve only while the consumer has at least this many messages pending.
    min_pending: i64,
    /// `overflow`: serve only while at least this many messages await their ack.
    min_ack_pending: i64,
    /// `pinned_client`: the pin id the client holds.
    id: String,
    /// `prioritized`: 0 (first) to 9.
    priority: i64,
}

impl NextRequest {
    /// The priority group fields; `None` for a request that was no JSON object.
    fn group(&self) -> Option<PullGroup> {
        self.json.then(|| PullGroup {
            group: self.group.clone(),
            min_pending: self.min_pending,
            min_ack_pending: self.min_ack_pending,
            id: self.id.clone(),
            priority: self.priority,
        })
    }
}

/// The client a `pinned_client` consumer delivers to (upstream `currentPinId`).
#[derive(Debug)]
struct Pin {
    /// The `Nats-Pin-Id`.
    id: String,
    /// The group it was assigned in.
    group: String,
    /// When it was assigned (ns since the epoch).
    ts: i64,
    /// The pin goes unless its holder pulls again before this (`priority_timeout`).
    deadline: Instant,
}

/// Push `rate_limit_bps` (upstream's `rate.Limiter`): a token bucket in bytes, refilled at
/// `rate_limit_bps / 8` bytes a second and holding at most one maximal message.
#[derive(Debug)]
struct RateLimit {
    tokens: f64,
    refilled: Instant,
    /// Delivery waits until then for the bucket to hold the next message.
    wait_until: Option<Instant>,
}

/// A pull request waiting for messages.
#[derive(Debug)]
struct Waiting {
    reply: Bytes,
    /// Messages still wanted.
    n: i64,
    /// Bytes still allowed (with `max_bytes`).
    b: i64,
    /// Whether the request set `max_bytes`.
    limited: bool,
    /// Messages delivered to it so far.
    d: i64,
    expires: Option<Instant>,
    heartbeat: Option<Duration>,
    next_heartbeat: Instant,
    no_wait: bool,
    /// The request's priority group fields (JSON requests only).
    group: Option<PullGroup>,
}

/// Mutable consumer state, owned by the consumer task.
#[derive(Debug)]
struct State {
    cfg: ConsumerConfig,
    st: ConsumerState,
    /// Next stream sequence to look at.
    next_sseq: u64,
    /// Last-per-subject sequences still to deliver first.
    lps: VecDeque<u64>,
    waiting: VecDeque<Waiting>,
    /// Redelivery time overrides set by `-NAK` (ns since the epoch).
    nak_due: HashMap<u64, i64>,
    /// `num_pending` as of `(next_sseq, lps.len())`, carried through one turn: each new
    /// message taken lowers it by one, so a batch costs one count, not one per delivery.
    pending_memo: Option<((u64, usize), u64)>,
    /// No pending message is due for redelivery before this wall time (ns since the epoch;
    /// 0: unknown). Lets [`Consumer::next_msg`] skip scanning the pending set per message;
    /// lowered wherever a due time can appear or move earlier.
    due_floor: i64,
    /// Stream sequences acknowledged since the last retention pass.
    acked: Vec<u64>,
    last_delivered_active: i64,
    last_ack_active: i64,
    /// Last time a client pulled or acked, or a push consumer had interest (inactivity).
    last_activity: Instant,
    /// Push: last delivery or heartbeat (idle heartbeats).
    last_push: Instant,
    /// Push: bytes delivered since the last flow control request.
    fc_bytes: u64,
    /// Push: the outstanding flow control request's reply subject.
    fc_pending: Option<String>,
    /// Push: flow control requests sent.
    fc_count: u64,
    /// When the state was last written.
    last_flush: Instant,
    dirty: bool,
    /// Replay policy original, until the consumer has caught up with the messages the stream
    /// held when it started (upstream `o.replay`).
    replay: bool,
    /// The stream's last sequence when the consumer started (replay ends past it).
    replay_lseq: u64,
    /// Timestamp of the last message delivered (ns since the epoch; 0 before the first).
    replay_lts: i64,
    /// Replay: the message held back to keep its original spacing, and when it may go.
    replay_hold: Option<(u64, Instant)>,
    /// The last turn found the consumer paused (its resume is advised once).
    paused: bool,
    /// `pinned_client`: the current pin.
    pin: Option<Pin>,
    /// Push with `rate_limit_bps`: the bucket (created at the first delivery).
    rate: Option<RateLimit>,
}

impl Default for State {
    fn default() -> Self {
        State {
            cfg: ConsumerConfig::default(),
            st: ConsumerState::default(),
            next_sseq: 1,
            lps: VecDeque::new(),
            waiting: VecDeque::new(),
            nak_due: HashMap::new(),
            due_floor: 0,
            pending_memo: None,
            acked: Vec::new(),
            last_delivered_active: 0,
            last_ack_active: 0,
            last_activity: Instant::now(),
            last_push: Instant::now(),
            fc_bytes: 0,
            fc_pending: None,
            fc_count: 0,
            last_flush: Instant::now(),
            dirty: false,
            replay: false,
            replay_lseq: 0,
            replay_lts: 0,
            replay_hold: None,
            paused: false,
            pin: None,
            rate: None,
        }
    }
}

/// A consumer.
pub struct Consumer {
    /// Consumer name.
    pub name: String,
    /// The name was generated by the server (an ephemeral created without one): upstream
    /// keeps it out of the config it reports (`config.name` absent, the top-level `name` set).
    unnamed: AtomicBool,
    /// Stream name.
    pub stream_name: String,
    /// Creation time, ns since the epoch.
    pub created: i64,
    stream: Weak<Stream>,
    retention: Retention,
    dir: Option<PathBuf>,
    state_file: Option<ConsumerStateFile>,
    /// Serialises state writes (the task and shutdown may both write).
    flush_lock: tokio::sync::Mutex<()>,
    client: InternalClient,
    state: Mutex<State>,
    notify: tokio::sync::Notify,
    stopped: AtomicBool,
    domain: Option<String>,
}

impl std::fmt::Debug for Consumer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Consumer")
            .field("name", &self.name)
            .finish()
    }
}

/// Decodes a pull request body as upstream does: empty = one message, a bare number = a
/// batch size, else JSON (`None`: 400 Bad Request).
#[deny(clippy::arithmetic_side_effects)]
fn decode_next(payload: &[u8]) -> Option<NextRequest> {
    let body = payload.trim_ascii();
    if body.is_empty() {
        return Some(NextRequest {
            batch: 1,
            ..NextRequest::default()
        });
    }
    if let Ok(n) = std::str::from_utf8(body).unwrap_or("").parse::<i64>() {
        return Some(NextRequest {
            batch: n,
            ..NextRequest::default()
        });
    }
    let mut req = serde_json::from_slice::<NextRequest>(body).ok()?;
    req.json = true;
    Some(req)
}

/// Checks a pull request against the consumer's limits (upstream `processNextMsgRequest`);
/// `Err` carries the status line to answer with. Every number is the requester's, so the
/// comparisons never do arithmetic that could overflow.
#[deny(clippy::arithmetic_side_effects)]
fn check_next(
    req: &NextRequest,
    cfg: &ConsumerConfig,
    waiting: usize,
    pin: Option<&str>,
) -> Result<(), String> {
    let batch = req.batch.max(1);
    if cfg.max_batch > 0 && batch > cfg.max_batch {
        return Err(format!("409 Exceeded MaxRequestBatch of {}", cfg.max_batch));
    }
    if cfg.max_expires > 0 && req.expires > cfg.max_expires {
        return Err(format!(
            "409 Exceeded MaxRequestExpires of {}",
            rnats_proto::kit::format::duration_string(Duration::from_nanos(cfg.max_expires as u64))
        ));
    }
    if cfg.max_bytes > 0 && req.max_bytes > cfg.max_bytes {
        return Err(format!(
            "409 Exceeded MaxRequestMaxBytes of {}",
            cfg.max_bytes
        ));
    }
    if let Some(g) = req.group() {
        check_group(&g, cfg, pin)?;
    }
    if i64::try_from(waiting).unwrap_or(i64::MAX) >= cfg.max_waiting {
        return Err("409 Exceeded MaxWaiting".to_string());
    }
    // Heartbeats need an expiry at least twice as long (none at all included, `no_wait` or
    // not): upstream refuses the request. `expires / 2` rather than `idle_heartbeat * 2`,
    // which overflows for a requester's huge value.
    if req.idle_heartbeat > 0 && (req.expires <= 0 || req.idle_heartbeat > req.expires / 2) {
        return Err("400 Bad Request - heartbeat value too large".to_string());
    }
    Ok(())
}

/// The priority group checks of upstream `processNextMsgRequest`, in its order.
fn check_group(g: &PullGroup, cfg: &ConsumerConfig, pin: Option<&str>) -> Result<(), String> {
    let policy = cfg.priority_policy;
    if (g.min_pending != 0 || g.min_ack_pending != 0) && policy != PriorityPolicy::Overflow {
        return Err("400 Bad Request - Not a Overflow Priority consumer".to_string());
    }
    if !g.id.is_empty() && policy != PriorityPolicy::PinnedClient {
        return Err("400 Bad Request - Not a Pinned Client Priority consumer".to_string());
    }
    if !(0..=9).contains(&g.priority) {
        return Err("400 Bad Request - Priority must be between 0 and 9".to_string());
    }
    if policy != PriorityPolicy::None {
        if g.group.is_empty() {
            return Err("400 Bad Request - Priority Group missing".to_string());
        }
        if !cfg.priority_groups.contains(&g.group) {
            return Err("400 Bad Request - Invalid Priority Group".to_string());
        }
        if let Some(pin) = pin {
            if !g.id.is_empty() && g.id != pin {
                return Err("423 Nats-Pin-Id mismatch".to_string());
            }
        }
    }
    Ok(())
}

/// `now` plus a requester's positive duration in ns; `None` for none (`<= 0`) and for one so
/// far away that the clock cannot represent it (it never comes).
#[deny(clippy::arithmetic_side_effects)]
fn deadline(now: Instant, ns: i64) -> Option<Instant> {
    if ns <= 0 {
        return None;
    }
    now.checked_add(Duration::from_nanos(ns as u64))
}

/// `now + d`, saturating at a far-away instant instead of panicking.
#[deny(clippy::arithmetic_side_effects)]
fn later(now: Instant, d: Duration) -> Instant {
    now.checked_add(d)
        .or_else(|| now.checked_add(Duration::from_secs(100 * 365 * 86_400)))
        .unwrap_or(now)
}

/// Runs a pull request body through the server's decoding and checks (the `js_api` fuzz
/// target and its smoke test).
#[doc(hidden)]
pub fn fuzz_pull_request(payload: &[u8], cfg: &ConsumerConfig) {
    let Some(req) = decode_next(payload) else {
        return;
    };
    let _ = check_next(&req, cfg, 0, None);
    let now = Instant::now();
    let _ = deadline(now, req.expires);
    let _ = deadline(now, req.idle_heartbeat);
    if req.idle_heartbeat > 0 {
        let _ = later(now, Duration::from_nanos(req.idle_heartbeat as u64));
    }
}

/// `NATS/1.0 <status>` header block with optional extra lines.
fn status_hdr(status: &str, extra: &[(&str, i64)]) -> Vec<u8> {
    let mut h = format!("NATS/1.0 {status}\r\n");
    for (k, v) in extra {
        h.push_str(&format!("{k}: {v}\r\n"));
    }
    h.push_str("\r\n");
    h.into_bytes()
}

impl Consumer {
    /// Creates (or, with `state`, recovers) a consumer on `stream` and starts its task.
    pub fn start(
        stream: &Arc<Stream>,
        meta: ConsumerMeta,
        state: Option<ConsumerState>,
        dir: Option<PathBuf>,
        client: (InternalClient, InternalReceiver),
        domain: Option<String>,
    ) -> Result<Arc<Consumer>, ApiError> {
        let (client, rx) = client;
        let cfg = meta.config;
        let persist = dir.is_some() && cfg.is_durable() && !cfg.mem_storage;
        let state_file = match (&dir, persist) {
            (Some(d), true) => Some(
                ConsumerStateFile::open(d.clone())
                    .map_err(|e| ApiError::text(JsError::ConsumerCreate, e))?,
            ),
            _ => None,
        };
        let mut s = State {
            cfg: cfg.clone(),
            replay: cfg.replay_policy == ReplayPolicy::Original,
            replay_lseq: stream.store.state().last_seq,
            ..State::default()
        };
        match state {
            Some(st) => {
                s.next_sseq = st.delivered.stream_seq + 1;
                s.st = st;
            }
            None => {
                let start = start_sequence(stream, &cfg, &mut s.lps);
                s.next_sseq = start;
                // Last per subject starts at the first of those messages (upstream `o.sseq`).
                let floor = s.lps.front().copied().unwrap_or(start).saturating_sub(1);
                s.st.delivered.stream_seq = floor;
                s.st.ack_floor.stream_seq = floor;
                s.dirty = true;
            }
        }
        let consumer = Arc::new(Consumer {
            name: cfg.name.clone(),
            stream_name: stream.name.clone(),
            created: meta.created,
            stream: Arc::downgrade(stream),
            retention: stream.config().retention,
            dir,
            state_file,
            flush_lock: tokio::sync::Mutex::new(()),
            client,
            state: Mutex::new(s),
            notify: tokio::sync::Notify::new(),
            stopped: AtomicBool::new(false),
            unnamed: AtomicBool::new(false),
            domain,
        });
        consumer.subscribe()?;
        let c = consumer.clone();
        tokio::spawn(async move { c.run(rx).await });
        Ok(consumer)
    }

    fn subscribe(&self) -> Result<(), ApiError> {
        let fail = |e: crate::sublist::SublistError| ApiError::text(JsError::ConsumerCreate, e);
        let (s, c) = (&self.stream_name, &self.name);
        let mut subjects = vec![
            format!("$JS.API.CONSUMER.MSG.NEXT.{s}.{c}"),
            format!("$JS.ACK.{s}.{c}.>"),
            format!("{FC_PREFIX}{s}.{c}.>"),
        ];
        if let Some(d) = &self.domain {
            subjects.push(format!("$JS.{d}.API.CONSUMER.MSG.NEXT.{s}.{c}"));
        }
        for subj in subjects {
            self.client.subscribe(&subj, None).map_err(fail)?;
        }
        Ok(())
    }

    /// The config in force.
    pub fn config(&self) -> ConsumerConfig {
        self.lock().cfg.clone()
    }

    /// The consumer directory (durable consumers of file streams).
    pub fn dir(&self) -> Option<&PathBuf> {
        self.dir.as_ref()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Replaces the config after an update was checked.
    pub fn set_config(&self, cfg: ConsumerConfig) {
        let mut s = self.lock();
        if s.cfg.rate_limit_bps != cfg.rate_limit_bps {
            s.rate = None;
        }
        s.cfg = cfg;
        // ack_wait or backoff may have shortened.
        s.due_floor = 0;
        self.notify.notify_one();
    }

    /// Wakes the consumer: the stream stored a message.
    pub fn wake(&self) {
        self.notify.notify_one();
    }

    /// After a purge or message delete: pending messages that are gone stop counting, and a
    /// consumer behind the stream's first sequence moves up to it.
    pub fn messages_removed(&self, stream: &Stream) {
        let first = stream.store.state().first_seq;
        let mut s = self.lock();
        let gone: Vec<u64> =
            s.st.pending
                .keys()
                .copied()
                .filter(|q| {
                    matches!(
                        stream.store.load_msg(*q),
                        Err(StoreError::NotFound | StoreError::Eof)
                    )
                })
                .collect();
        for q in gone {
            s.st.pending.remove(&q);
            s.st.redelivered.remove(&q);
            s.nak_due.remove(&q);
            s.dirty = true;
        }
        if s.next_sseq < first {
            s.next_sseq = first;
            if s.st.delivered.stream_seq < first - 1 {
                s.st.delivered.stream_seq = first - 1;
            }
            s.dirty = true;
        }
        s.lps.retain(|q| *q >= first);
        advance_floor(&mut s);
        if s.st.pending.is_empty() && s.st.ack_floor.stream_seq < first.saturating_sub(1) {
            s.st.ack_floor.stream_seq = first - 1;
        }
        drop(s);
        self.notify.notify_one();
    }

    /// `$JS.API.CONSUMER.RESET` (2.14, upstream `resetStartingSeqLocked` on a single server):
    /// delivery starts again at `seq`, or just past the ack floor for 0, with nothing pending.
    /// Another sequence is allowed only with deliver policy `all`, or not below the configured
    /// start sequence or time. Returns the sequence delivery starts at.
    pub fn reset(&self, stream: &Stream, seq: u64) -> Result<u64, &'static str> {
        let mut s = self.lock();
        let seq = if seq == 0 {
            s.st.ack_floor.stream_seq + 1
        } else {
            match s.cfg.deliver_policy {
                DeliverPolicy::All => seq,
                DeliverPolicy::ByStartSequence if seq < s.cfg.opt_start_seq => {
                    return Err("below start seq")
                }
                DeliverPolicy::ByStartSequence => seq,
                DeliverPolicy::ByStartTime => {
                    let from = start_time_ns(&s.cfg).map_or(0, |t| stream.store.seq_from_time(t));
                    if seq < from {
                        return Err("below start time");
                    }
                    seq
                }
                _ => return Err("not allowed"),
            }
        }
        .max(1);
        s.st = ConsumerState::default();
        s.st.delivered.stream_seq = seq - 1;
        s.st.ack_floor.stream_seq = seq - 1;
        s.next_sseq = seq;
        s.lps.clear();
        s.nak_due.clear();
        s.pending_memo = None;
        s.due_floor = 0;
        s.fc_pending = None;
        s.fc_bytes = 0;
        s.dirty = true;
        drop(s);
        self.notify.notify_one();
        Ok(seq)
    }

    /// Tells every waiting pull request that the consumer (or its stream) was deleted
    /// (upstream `releaseAnyPendingRequests`): `409 Consumer Deleted`, no other headers.
    pub fn release_waiting(&self) {
        let waiting = std::mem::take(&mut self.lock().waiting);
        for w in waiting {
            self.status(&w.reply, "409 Consumer Deleted", &[]);
        }
    }

    /// Stops the consumer task and its subscriptions.
    pub fn stop(&self) {
        self.stopped.store(true, Ordering::Release);
        self.client.close();
        self.notify.notify_one();
    }

    /// The stream sequence of the ack floor.
    pub fn ack_floor(&self) -> u64 {
        self.lock().st.ack_floor.stream_seq
    }

    /// Whether stream message `seq` on `subject` is still wanted by this consumer (interest
    /// retention): it matches the filter and is not acknowledged.
    pub fn needs(&self, seq: u64, subject: &str) -> bool {
        let s = self.lock();
        let filters = s.cfg.filters();
        if !filters.is_empty()
            && !filters
                .iter()
                .any(|f| super::store::subject_matches(f, subject))
        {
            return false;
        }
        if seq <= s.st.ack_floor.stream_seq {
            return false;
        }
        seq >= s.next_sseq || s.st.pending.contains_key(&seq)
    }

    /// Marks the name as generated by the server ([`Consumer::info`] leaves it out of the
    /// config, as upstream).
    pub fn mark_unnamed(&self) {
        self.unnamed.store(true, Ordering::Relaxed);
    }

    /// Consumer info JSON (without the response `type`), with the server's `_nats.level` and
    /// `_nats.ver` metadata.
    pub fn info(&self) -> Value {
        self.info_with(true)
    }

    /// Consumer info JSON; `live` adds the server metadata, as upstream does everywhere but in
    /// `CONSUMER.LIST`.
    pub fn info_with(&self, live: bool) -> Value {
        let stream = self.stream.upgrade();
        let s = self.lock();
        let mut cfg = s.cfg.clone();
        if self.unnamed.load(Ordering::Relaxed) {
            cfg.name.clear();
        }
        if live {
            cfg.metadata
                .insert("_nats.level".to_string(), API_LEVEL.to_string());
            cfg.metadata
                .insert("_nats.ver".to_string(), crate::server::VERSION.to_string());
        }
        let mut delivered = json!({
            "consumer_seq": s.st.delivered.consumer_seq,
            "stream_seq": s.st.delivered.stream_seq,
        });
        if s.last_delivered_active != 0 {
            delivered["last_active"] = json!(go_time(s.last_delivered_active));
        }
        let mut ack_floor = json!({
            "consumer_seq": s.st.ack_floor.consumer_seq,
            "stream_seq": s.st.ack_floor.stream_seq,
        });
        if s.last_ack_active != 0 {
            ack_floor["last_active"] = json!(go_time(s.last_ack_active));
        }
        let num_pending = stream.map_or(0, |st| num_pending(&st, &s.cfg, &s, s.next_sseq));
        let push_bound =
            s.cfg.is_push() && self.client.has_interest(s.cfg.deliver_subject.as_bytes());
        let mut v = json!({
            "stream_name": self.stream_name,
            "name": self.name,
            "created": go_time(self.created),
            "config": cfg,
            "delivered": delivered,
            "ack_floor": ack_floor,
            "num_ack_pending": s.st.pending.len(),
            "num_redelivered": s.st.redelivered.len(),
            "num_waiting": s.waiting.len(),
            "num_pending": num_pending,
        });
        if push_bound {
            v["push_bound"] = json!(true);
        }
        let now = now_ns();
        if let Some(left) = pause_remaining(&s.cfg, now) {
            v["paused"] = json!(true);
            v["pause_remaining"] = json!(left);
        }
        v["ts"] = json!(go_time(now));
        // Upstream reports the first group only (one pin per consumer).
        if let Some(group) = s.cfg.priority_groups.first() {
            let mut g = json!({ "group": group });
            g["pinned_ts"] = json!(go_time(s.pin.as_ref().map_or(0, |p| p.ts)));
            if let Some(p) = &s.pin {
                g["pinned_client_id"] = json!(p.id);
            }
            v["priority_groups"] = json!([g]);
        }
        v
    }

    /// Drops the pin of `group` (`$JS.API.CONSUMER.UNPIN`, reason `admin`): the next message
    /// pins the next waiting request. Advised even when nothing was pinned, as upstream does.
    pub fn unpin(&self, group: &str, reason: &str) {
        self.lock().pin = None;
        self.unpinned_advisory(group, reason);
        self.notify.notify_one();
    }

    /// `$JS.EVENT.ADVISORY.CONSUMER.UNPINNED.<stream>.<consumer>`.
    fn unpinned_advisory(&self, group: &str, reason: &str) {
        let subject = format!(
            "$JS.EVENT.ADVISORY.CONSUMER.UNPINNED.{}.{}",
            self.stream_name, self.name
        );
        advisory::publish(
            &self.client,
            &subject,
            advisory::CONSUMER_GROUP_UNPINNED,
            self.domain.as_deref(),
            || {
                json!({
                    "account": self.client.account().name(),
                    "stream": self.stream_name,
                    "consumer": self.name,
                    "group": group,
                    "reason": reason,
                })
            },
        );
    }

    /// The waiting request that gets the next message (upstream `nextWaiting`), by the
    /// consumer's priority policy; `true` when this pick just pinned it. Requests holding a
    /// pin id that is not (or no longer) the pin get `423 Nats-Wrong-Pin-Id` and leave.
    fn pick_waiting(
        &self,
        stream: &Stream,
        s: &mut State,
        dc: u64,
        now: Instant,
    ) -> Option<(usize, bool)> {
        match s.cfg.priority_policy {
            PriorityPolicy::None => (!s.waiting.is_empty()).then_some((0, false)),
            PriorityPolicy::Prioritized => {
                let key = |w: &Waiting| w.group.as_ref().map_or(i64::MAX, |g| g.priority);
                let best = s.waiting.iter().map(key).min()?;
                s.waiting
                    .iter()
                    .position(|w| key(w) == best)
                    .map(|i| (i, false))
            }
            PriorityPolicy::Overflow => {
                // Upstream compares min_pending with the count before this message was taken.
                let npc = if dc == 1 {
                    self.ack_pending(stream, s) + 1
                } else {
                    self.ack_pending(stream, s)
                };
                let acks = s.st.pending.len() as u64;
                s.waiting
                    .iter()
                    .position(|w| match &w.group {
                        Some(g) if g.min_pending > 0 || g.min_ack_pending > 0 => {
                            (g.min_pending > 0 && g.min_pending as u64 <= npc)
                                || (g.min_ack_pending > 0 && g.min_ack_pending as u64 <= acks)
                        }
                        _ => true,
                    })
                    .map(|i| (i, false))
            }
            PriorityPolicy::PinnedClient => {
                let mut i = 0;
                while i < s.waiting.len() {
                    let (id, group) = s.waiting[i]
                        .group
                        .as_ref()
                        .map_or(("", ""), |g| (g.id.as_str(), g.group.as_str()));
                    match &s.pin {
                        None if id.is_empty() => {
                            if group.is_empty() {
                                return Some((i, false));
                            }
                            let pin = Pin {
                                id: rnats_proto::nuid::next(),
                                group: group.to_string(),
                                ts: now_ns(),
                                deadline: later(
                                    now,
                                    Duration::from_nanos(s.cfg.priority_timeout.max(0) as u64),
                                ),
                            };
                            self.pinned_advisory(&pin);
                            s.pin = Some(pin);
                            return Some((i, true));
                        }
                        Some(p) if id == p.id => return Some((i, false)),
                        Some(_) if id.is_empty() => {
                            i += 1;
                            continue;
                        }
                        _ => {}
                    }
                    if let Some(w) = s.waiting.remove(i) {
                        self.status(
                            &w.reply,
                            "423 Nats-Wrong-Pin-Id",
                            &[("Nats-Pending-Messages", w.n), ("Nats-Pending-Bytes", w.b)],
                        );
                    }
                }
                None
            }
        }
    }

    /// `$JS.EVENT.ADVISORY.CONSUMER.PINNED.<stream>.<consumer>`.
    fn pinned_advisory(&self, pin: &Pin) {
        let subject = format!(
            "$JS.EVENT.ADVISORY.CONSUMER.PINNED.{}.{}",
            self.stream_name, self.name
        );
        advisory::publish(
            &self.client,
            &subject,
            advisory::CONSUMER_GROUP_PINNED,
            self.domain.as_deref(),
            || {
                json!({
                    "account": self.client.account().name(),
                    "stream": self.stream_name,
                    "consumer": self.name,
                    "group": pin.group,
                    "pinned_id": pin.id,
                })
            },
        );
    }

    async fn run(self: Arc<Self>, mut rx: InternalReceiver) {
        let mut replies: Vec<Bytes> = Vec::new();
        // Work once right away: a push consumer created over stored messages (a KV watch, an
        // object get) delivers them now, not at the first timer tick.
        self.notify.notify_one();
        loop {
            if self.stopped.load(Ordering::Acquire) {
                break;
            }
            let wait = self.next_timer();
            tokio::select! {
                m = rx.next() => match m {
                    Some(m) => self.on_msg(m, &mut replies),
                    None => break,
                },
                _ = self.notify.notified() => {}
                _ = tokio::time::sleep(wait) => {}
            }
            // Take the rest of a burst (acks of a whole batch) before working.
            for _ in 0..MAX_BURST {
                match rx.try_next() {
                    Some(m) => self.on_msg(m, &mut replies),
                    None => break,
                }
            }
            let Some(stream) = self.stream.upgrade() else {
                break;
            };
            let removals = self.process(&stream);
            self.client.flush();
            self.flush_state(!replies.is_empty()).await;
            for r in replies.drain(..) {
                self.client.publish(&r, None, None, b"");
            }
            if !removals.is_empty() {
                remove_acked(&stream, self.retention, removals).await;
            }
            if self.inactive() {
                crate::log_info!(
                    "JetStream consumer '{} > {}' deleted after its inactive threshold",
                    self.stream_name,
                    self.name
                );
                // Advised before removal closes this consumer's client.
                if stream.consumer(&self.name).is_some() {
                    let domain = self.domain.as_deref();
                    let (st, name) = (&self.stream_name, &self.name);
                    advisory::consumer_action(&self.client, domain, st, name, Action::Delete);
                }
                stream.remove_consumer(&self.name).await;
                break;
            }
        }
    }

    /// Whether the inactivity threshold passed with nobody waiting.
    fn inactive(&self) -> bool {
        let s = self.lock();
        s.cfg.inactive_threshold > 0
            && s.waiting.is_empty()
            && s.last_activity.elapsed() >= Duration::from_nanos(s.cfg.inactive_threshold as u64)
    }

    /// How long to sleep before the next timer is due.
    fn next_timer(&self) -> Duration {
        let s = self.lock();
        let now = Instant::now();
        let mut next = Duration::from_secs(1);
        for w in &s.waiting {
            if let Some(e) = w.expires {
                next = next.min(e.saturating_duration_since(now));
            }
            if w.heartbeat.is_some() {
                next = next.min(w.next_heartbeat.saturating_duration_since(now));
            }
        }
        if s.dirty && self.state_file.is_some() {
            next = next.min((s.last_flush + STATE_FLUSH_INTERVAL).saturating_duration_since(now));
        }
        if let Some((_, at)) = s.replay_hold {
            next = next.min(at.saturating_duration_since(now));
        }
        if let Some(p) = &s.pin {
            next = next.min(p.deadline.saturating_duration_since(now));
        }
        if let Some(at) = s.rate.as_ref().and_then(|r| r.wait_until) {
            next = next.min(at.saturating_duration_since(now));
        }
        if let Some(left) = pause_remaining(&s.cfg, now_ns()) {
            // Wake when the pause ends.
            next = next.min(Duration::from_nanos(left.max(0) as u64));
        }
        let push = s.cfg.is_push();
        if push && s.cfg.idle_heartbeat > 0 {
            let hb = Duration::from_nanos(s.cfg.idle_heartbeat as u64);
            next = next.min((s.last_push + hb).saturating_duration_since(now));
        }
        if push && !self.client.has_interest(s.cfg.deliver_subject.as_bytes()) {
            // Nobody listens yet: look again soon.
            next = next.min(Duration::from_millis(50));
        }
        // Redeliveries only go to pull requests (or push subscribers), so their timers matter
        // only while one waits.
        if (push || !s.waiting.is_empty()) && !s.st.pending.is_empty() {
            let wall = now_ns();
            if let Some(due) =
                s.st.pending
                    .iter()
                    .map(|(seq, p)| due_time(&s, *seq, p))
                    .min()
            {
                next = next.min(Duration::from_nanos(due.saturating_sub(wall).max(0) as u64));
            }
        }
        next.max(Duration::from_millis(5))
    }

    fn on_msg(&self, m: InternalMsg, replies: &mut Vec<Bytes>) {
        let subject = String::from_utf8_lossy(&m.subject).into_owned();
        if subject.starts_with("$JS.ACK.") {
            self.on_ack(&subject, &m.payload, m.reply, replies);
        } else if subject.starts_with(FC_PREFIX) {
            let mut s = self.lock();
            if s.fc_pending.as_deref() == Some(subject.as_str()) {
                s.fc_pending = None;
            }
            // Ack policy `flow_control` (upstream `processFlowControl`): the answer says, in
            // `Nats-Last-Stream`, up to which stream sequence the receiver has what it got.
            if s.cfg.ack_policy == AckPolicy::FlowControl {
                let last = m
                    .header("Nats-Last-Stream")
                    .and_then(|v| v.trim().parse::<u64>().ok())
                    .unwrap_or(0);
                if last > 0 {
                    ack(&mut s, last);
                }
            }
        } else if self.lock().cfg.is_push() {
            // Pull requests to a push consumer are not answered (upstream ignores them).
        } else if let Some(reply) = m.reply {
            // A pull request asking for an API level above ours (upstream `processNextMsgReq`).
            if m.headers
                .as_deref()
                .is_some_and(super::api::api_level_refused)
            {
                return self.status(&reply, "412 Required Api Level", &[]);
            }
            self.on_next(reply, &m.payload);
        }
    }

    /// A pull request.
    fn on_next(&self, reply: Bytes, payload: &[u8]) {
        let Some(req) = decode_next(payload) else {
            return self.status(&reply, "400 Bad Request", &[]);
        };
        let mut s = self.lock();
        s.last_activity = Instant::now();
        let batch = req.batch.max(1);
        let pin = s.pin.as_ref().map(|p| p.id.as_str());
        if let Err(status) = check_next(&req, &s.cfg, s.waiting.len(), pin) {
            drop(s);
            return self.status(&reply, &status, &[]);
        }
        let now = Instant::now();
        // The pin holder pulling again keeps its pin (upstream `setPinnedTimer`).
        let ttl = Duration::from_nanos(s.cfg.priority_timeout.max(0) as u64);
        if let Some(p) = s.pin.as_mut() {
            if req.json && req.id == p.id {
                p.deadline = later(now, ttl);
            }
        }
        let heartbeat =
            (req.idle_heartbeat > 0).then(|| Duration::from_nanos(req.idle_heartbeat as u64));
        s.waiting.push_back(Waiting {
            reply,
            n: batch,
            b: req.max_bytes.max(0),
            limited: req.max_bytes > 0,
            d: 0,
            expires: deadline(now, req.expires),
            heartbeat,
            next_heartbeat: later(now, heartbeat.unwrap_or_default()),
            no_wait: req.no_wait,
            group: req.group(),
        });
    }

    /// An ack on `$JS.ACK.<stream>.<consumer>.<dc>.<sseq>.<cseq>.<ts>.<pending>`.
    fn on_ack(
        &self,
        subject: &str,
        payload: &[u8],
        reply: Option<Bytes>,
        replies: &mut Vec<Bytes>,
    ) {
        let tokens: Vec<&str> = subject.split('.').collect();
        if tokens.len() != 9 {
            return;
        }
        let Ok(sseq) = tokens[5].parse::<u64>() else {
            return;
        };
        let dc = tokens[4].parse::<u64>().unwrap_or(0);
        let dseq = tokens[6].parse::<u64>().unwrap_or(0);
        let body = payload.trim_ascii();
        let (kind, rest) = match body.iter().position(|b| *b == b' ') {
            Some(i) => (&body[..i], body[i + 1..].trim_ascii()),
            None => (body, &b""[..]),
        };
        let mut s = self.lock();
        s.last_activity = Instant::now();
        let mut reply_after_flush = true;
        match kind {
            b"" | b"+ACK" => {
                self.sample_ack(&s, sseq, dseq, dc);
                ack(&mut s, sseq);
            }
            b"+NXT" => {
                self.sample_ack(&s, sseq, dseq, dc);
                ack(&mut s, sseq);
                reply_after_flush = false;
                if let Some(r) = reply.clone() {
                    drop(s);
                    self.on_next(r, rest);
                    return;
                }
            }
            b"-NAK" => {
                if s.st.pending.contains_key(&sseq) {
                    let subject = format!(
                        "$JS.EVENT.ADVISORY.CONSUMER.MSG_NAKED.{}.{}",
                        self.stream_name, self.name
                    );
                    advisory::publish(
                        &self.client,
                        &subject,
                        advisory::NAK,
                        self.domain.as_deref(),
                        || self.delivery_fields(sseq, dseq, dc),
                    );
                    let delay = serde_json::from_slice::<Value>(rest)
                        .ok()
                        .and_then(|v| v.get("delay").and_then(Value::as_i64))
                        .or_else(|| {
                            std::str::from_utf8(rest)
                                .ok()
                                .and_then(|t| rnats_proto::kit::format::parse_duration(t).ok())
                                .and_then(|d| i64::try_from(d.as_nanos()).ok())
                        })
                        .unwrap_or(0);
                    let due = now_ns() + delay.max(0);
                    s.nak_due.insert(sseq, due);
                    s.due_floor = s.due_floor.min(due);
                }
            }
            b"+WPI" => {
                let now = now_ns();
                if let Some(p) = s.st.pending.get_mut(&sseq) {
                    p.timestamp = now;
                }
            }
            b"+TERM" => {
                if s.st.pending.remove(&sseq).is_some() {
                    s.nak_due.remove(&sseq);
                    s.st.redelivered.remove(&sseq);
                    s.acked.push(sseq);
                    advance_floor(&mut s);
                    s.dirty = true;
                    s.last_ack_active = now_ns();
                }
                // Upstream `processTermLocked` advises every +TERM, pending or not.
                let subject = format!(
                    "$JS.EVENT.ADVISORY.CONSUMER.MSG_TERMINATED.{}.{}",
                    self.stream_name, self.name
                );
                advisory::publish(
                    &self.client,
                    &subject,
                    advisory::TERMINATED,
                    self.domain.as_deref(),
                    || {
                        let mut v = self.delivery_fields(sseq, dseq, dc);
                        if !rest.is_empty() {
                            v["reason"] = json!(String::from_utf8_lossy(rest));
                        }
                        v
                    },
                );
            }
            _ => return,
        }
        if let (Some(r), true) = (reply, reply_after_flush) {
            replies.push(r);
        }
    }

    /// `stream`, `consumer`, `consumer_seq`, `stream_seq`, `deliveries` of an ack advisory.
    fn delivery_fields(&self, sseq: u64, dseq: u64, dc: u64) -> Value {
        json!({
            "stream": self.stream_name,
            "consumer": self.name,
            "consumer_seq": dseq,
            "stream_seq": sseq,
            "deliveries": dc,
        })
    }

    /// Publishes the `consumer_ack` metric for an ack of pending `sseq` when the consumer
    /// samples acks (`sample_freq`) and this one is drawn (upstream `sampleAck`: explicit
    /// acks only).
    fn sample_ack(&self, s: &State, sseq: u64, dseq: u64, dc: u64) {
        if s.cfg.sample_freq.is_empty() || s.cfg.ack_policy != AckPolicy::Explicit {
            return;
        }
        let Some(p) = s.st.pending.get(&sseq) else {
            return;
        };
        let freq = advisory::sample_freq(&s.cfg.sample_freq).unwrap_or(0);
        if !advisory::should_sample(freq) {
            return;
        }
        let subject = format!(
            "$JS.EVENT.METRIC.CONSUMER.ACK.{}.{}",
            self.stream_name, self.name
        );
        let delivered = p.timestamp;
        advisory::publish(
            &self.client,
            &subject,
            advisory::CONSUMER_ACK,
            self.domain.as_deref(),
            || {
                let mut v = self.delivery_fields(sseq, dseq, dc);
                v["ack_time"] = json!(now_ns() - delivered);
                v
            },
        );
    }

    /// Sends a status message to a pull request's reply subject.
    fn status(&self, reply: &[u8], status: &str, extra: &[(&str, i64)]) {
        self.client
            .publish(reply, None, Some(&status_hdr(status, extra)), b"");
    }

    /// Expires requests, sends heartbeats and delivers to waiting requests. Returns the
    /// stream sequences acknowledged since the last call (for retention).
    fn process(&self, stream: &Arc<Stream>) -> Vec<u64> {
        let mut s = self.lock();
        // Messages stored or removed since the last turn change the count.
        s.pending_memo = None;
        let now = Instant::now();
        // The pin holder did not pull within `priority_timeout` (upstream's pinned timer).
        if s.pin.as_ref().is_some_and(|p| p.deadline <= now) {
            if let Some(p) = s.pin.take() {
                self.unpinned_advisory(&p.group, "timeout");
            }
        }
        // Expired requests and heartbeats.
        let mut i = 0;
        while i < s.waiting.len() {
            if s.waiting[i].expires.is_some_and(|e| e <= now) {
                if let Some(w) = s.waiting.remove(i) {
                    self.status(
                        &w.reply,
                        "408 Request Timeout",
                        &[("Nats-Pending-Messages", w.n), ("Nats-Pending-Bytes", w.b)],
                    );
                }
                continue;
            }
            let w = &mut s.waiting[i];
            if let Some(hb) = w.heartbeat {
                if w.next_heartbeat <= now {
                    w.next_heartbeat = later(now, hb);
                    let r = w.reply.clone();
                    let (c, st) = (s.st.delivered.consumer_seq, s.st.delivered.stream_seq);
                    self.status(
                        &r,
                        "100 Idle Heartbeat",
                        &[
                            ("Nats-Last-Consumer", c as i64),
                            ("Nats-Last-Stream", st as i64),
                        ],
                    );
                }
            }
            i += 1;
        }
        // max_deliver: pending messages that may not be delivered again leave pending.
        let wall = now_ns();
        if s.cfg.max_deliver > 0 {
            let max = s.cfg.max_deliver as u64;
            let done: Vec<u64> = s
                .st
                .pending
                .iter()
                .filter(|(seq, p)| due_time(&s, **seq, p) <= wall && deliveries(&s, **seq) >= max)
                .map(|(seq, _)| *seq)
                .collect();
            for seq in done {
                let subject = format!(
                    "$JS.EVENT.ADVISORY.CONSUMER.MAX_DELIVERIES.{}.{}",
                    self.stream_name, self.name
                );
                let dc = deliveries(&s, seq);
                advisory::publish(
                    &self.client,
                    &subject,
                    advisory::MAX_DELIVER,
                    self.domain.as_deref(),
                    || {
                        json!({
                            "stream": self.stream_name,
                            "consumer": self.name,
                            "stream_seq": seq,
                            "deliveries": dc,
                        })
                    },
                );
                s.st.pending.remove(&seq);
                s.nak_due.remove(&seq);
                s.dirty = true;
            }
            advance_floor(&mut s);
        }
        // A paused consumer keeps its requests (they expire and get heartbeats) but delivers
        // nothing until `pause_until` (upstream `loopAndGatherMsgs`).
        if pause_remaining(&s.cfg, wall).is_some() {
            s.paused = true;
            return std::mem::take(&mut s.acked);
        }
        if std::mem::take(&mut s.paused) {
            // The pause ran out (a PAUSE request that resumes clears `pause_until` and is
            // advised by the API): upstream's resume timer advises `paused: false`.
            if let Some(until) = s.cfg.pause_until.as_deref().and_then(pause_time_ns) {
                let (st, name) = (&self.stream_name, &self.name);
                advisory::consumer_pause(&self.client, self.domain.as_deref(), st, name, until);
            }
        }
        if s.cfg.is_push() {
            self.push(stream, &mut s, wall);
            return std::mem::take(&mut s.acked);
        }
        while !s.waiting.is_empty() {
            let Some((msg, dc)) = self.next_msg(stream, &mut s, wall) else {
                break;
            };
            if self.replay_wait(&mut s, &msg, dc, now) {
                break;
            }
            let Some((i, pinned_now)) = self.pick_waiting(stream, &mut s, dc, now) else {
                // No request may have it (priority groups): keep it for later.
                self.unwind(&mut s, msg.seq, dc);
                break;
            };
            let limited = s.waiting[i].limited;
            // Upstream counts what goes on the wire: subject, ack reply, headers, payload.
            let size = if limited {
                let pending = self.ack_pending(stream, &mut s);
                let cseq = s.st.delivered.consumer_seq + 1;
                let ack = ack_reply_len(
                    &self.stream_name,
                    &self.name,
                    [dc, msg.seq, cseq],
                    msg.ts,
                    pending,
                );
                (msg.subject.len() + ack + msg.hdr.len() + msg.payload.len()) as i64
            } else {
                0
            };
            let Some(w) = s.waiting.get_mut(i) else {
                break;
            };
            if w.limited && size > w.b {
                // Does not fit: end this request, keep the message for the next.
                let (reply, n, b) = (w.reply.clone(), w.n, w.b);
                s.waiting.remove(i);
                if pinned_now {
                    // Upstream releases a pin claimed for a request that got nothing.
                    s.pin = None;
                }
                self.status(
                    &reply,
                    "409 Message Size Exceeds MaxBytes",
                    &[("Nats-Pending-Messages", n), ("Nats-Pending-Bytes", b)],
                );
                self.unwind(&mut s, msg.seq, dc);
                continue;
            }
            w.n -= 1;
            w.d += 1;
            if w.limited {
                w.b -= size;
            }
            if let Some(hb) = w.heartbeat {
                w.next_heartbeat = later(now, hb);
            }
            let reply = w.reply.clone();
            let finished = w.n <= 0 || (w.limited && w.b <= 0);
            if finished {
                s.waiting.remove(i);
            }
            self.deliver(stream, &mut s, &reply, &msg, dc, wall);
        }
        end_replay(&mut s);
        // no_wait requests end when nothing more is available; with `expires` one that got
        // nothing yet waits like any other (and times out with 408), as upstream does.
        let mut i = 0;
        while i < s.waiting.len() {
            let w = &s.waiting[i];
            if w.no_wait && (w.expires.is_none() || w.d > 0) {
                if let Some(w) = s.waiting.remove(i) {
                    self.status(&w.reply, "404 No Messages", &[]);
                }
                continue;
            }
            i += 1;
        }
        std::mem::take(&mut s.acked)
    }

    /// Push delivery: everything available goes to the deliver subject while it has interest
    /// and flow control allows; idle heartbeats otherwise.
    fn push(&self, stream: &Stream, s: &mut State, wall: i64) {
        let target = s.cfg.deliver_subject.clone();
        let now = Instant::now();
        if self.client.has_interest(target.as_bytes()) {
            s.last_activity = now;
            let burst = if s.cfg.rate_limit_bps > 0 {
                rate_burst(stream)
            } else {
                0.0
            };
            loop {
                if s.cfg.flow_control && s.fc_pending.is_some() && s.fc_bytes >= FC_WINDOW_BYTES {
                    break;
                }
                let Some((msg, dc)) = self.next_msg(stream, s, wall) else {
                    break;
                };
                if self.replay_wait(s, &msg, dc, now) {
                    break;
                }
                let size = (msg.subject.len() + msg.hdr.len() + msg.payload.len()) as u64;
                if s.cfg.rate_limit_bps > 0 {
                    let pending = self.ack_pending(stream, s);
                    let cseq = s.st.delivered.consumer_seq + 1;
                    let ack = ack_reply_len(
                        &self.stream_name,
                        &self.name,
                        [dc, msg.seq, cseq],
                        msg.ts,
                        pending,
                    );
                    let cost = size as f64 + ack as f64;
                    if !take_tokens(s, cost, burst, now) {
                        self.unwind(s, msg.seq, dc);
                        break;
                    }
                }
                self.deliver(stream, s, target.as_bytes(), &msg, dc, wall);
                s.last_push = now;
                s.fc_bytes += size;
                if s.cfg.flow_control && s.fc_pending.is_none() && s.fc_bytes >= FC_WINDOW_BYTES {
                    self.flow_control_request(s, &target);
                }
            }
        }
        end_replay(s);
        // Ack policy `flow_control` is acknowledged only through flow control: ask when the
        // ack pending limit is reached (upstream `needFlowControl`).
        if s.cfg.ack_policy == AckPolicy::FlowControl
            && s.fc_pending.is_none()
            && s.cfg.max_ack_pending > 0
            && s.st.pending.len() as i64 >= s.cfg.max_ack_pending
        {
            self.flow_control_request(s, &target);
        }
        if s.cfg.idle_heartbeat > 0
            && s.last_push.elapsed() >= Duration::from_nanos(s.cfg.idle_heartbeat as u64)
        {
            s.last_push = now;
            let mut h = format!(
                "NATS/1.0 100 Idle Heartbeat\r\nNats-Last-Consumer: {}\r\nNats-Last-Stream: {}\r\n",
                s.st.delivered.consumer_seq, s.st.delivered.stream_seq
            );
            if let Some(fc) = &s.fc_pending {
                h.push_str(&format!("Nats-Consumer-Stalled: {fc}\r\n"));
            }
            h.push_str("\r\n");
            self.client
                .publish(target.as_bytes(), None, Some(h.as_bytes()), b"");
            // And at each heartbeat while messages wait for it.
            if s.cfg.ack_policy == AckPolicy::FlowControl
                && !s.st.pending.is_empty()
                && s.fc_pending.is_none()
            {
                self.flow_control_request(s, &target);
            }
        }
    }

    /// Sends a flow control request; delivery stalls after the next window until it is
    /// answered.
    fn flow_control_request(&self, s: &mut State, target: &str) {
        s.fc_count += 1;
        let reply = format!(
            "{FC_PREFIX}{}.{}.{}",
            self.stream_name, self.name, s.fc_count
        );
        self.client.publish(
            target.as_bytes(),
            Some(reply.as_bytes()),
            Some(b"NATS/1.0 100 FlowControl Request\r\n\r\n"),
            b"",
        );
        s.fc_pending = Some(reply);
        s.fc_bytes = 0;
    }

    /// The next message to deliver and its delivery count: a due redelivery first, then the
    /// next new message, unless `max_ack_pending` is reached.
    fn next_msg(&self, stream: &Stream, s: &mut State, wall: i64) -> Option<(StoredMsg, u64)> {
        while wall >= s.due_floor {
            // The lowest due sequence, or the earliest due time when none is due yet.
            let mut earliest = i64::MAX;
            let mut due = None;
            for (seq, p) in &s.st.pending {
                let t = due_time(s, *seq, p);
                if t <= wall {
                    due = Some(*seq);
                    break;
                }
                earliest = earliest.min(t);
            }
            let Some(seq) = due else {
                s.due_floor = earliest;
                break;
            };
            s.nak_due.remove(&seq);
            match stream.store.load_msg(seq) {
                Ok(m) => {
                    let dc = deliveries(s, seq) + 1;
                    return Some((m, dc));
                }
                Err(_) => {
                    s.st.pending.remove(&seq);
                    s.st.redelivered.remove(&seq);
                    advance_floor(s);
                    s.dirty = true;
                }
            }
        }
        if s.cfg.ack_policy != AckPolicy::None
            && s.cfg.max_ack_pending > 0
            && s.st.pending.len() as i64 >= s.cfg.max_ack_pending
        {
            return None;
        }
        while let Some(seq) = s.lps.pop_front() {
            took_one(s, (s.next_sseq, s.lps.len() + 1));
            if let Ok(m) = stream.store.load_msg(seq) {
                return Some((m, 1));
            }
        }
        let filters = s.cfg.filters();
        loop {
            let found = if filters.is_empty() {
                stream.store.load_next_msg(">", s.next_sseq)
            } else {
                filters
                    .iter()
                    .filter_map(|f| match stream.store.load_next_msg(f, s.next_sseq) {
                        Ok(m) => Some(Ok(m)),
                        Err(StoreError::Corrupt { seq }) => Some(Err(seq)),
                        Err(_) => None,
                    })
                    .min_by_key(|r| match r {
                        Ok(m) => m.seq,
                        Err(seq) => *seq,
                    })
                    .map_or(Err(StoreError::Eof), |r| {
                        r.map_err(|seq| StoreError::Corrupt { seq })
                    })
            };
            match found {
                Ok(m) => {
                    let before = (s.next_sseq, s.lps.len());
                    s.next_sseq = m.seq + 1;
                    took_one(s, before);
                    return Some((m, 1));
                }
                Err(StoreError::Corrupt { seq }) => s.next_sseq = seq + 1,
                Err(_) => return None,
            }
        }
    }

    /// Replay policy original (upstream `loopAndGatherMsgs`): whether `m` must wait so that
    /// it follows the previous delivery by the gap between the two messages' timestamps,
    /// counted from when it was first picked. A message that must wait is put back and held
    /// on a timer ([`Self::next_timer`]); the task never sleeps in between.
    fn replay_wait(&self, s: &mut State, m: &StoredMsg, dc: u64, now: Instant) -> bool {
        if !s.replay || s.replay_lts == 0 {
            return false;
        }
        let gap = m.ts.saturating_sub(s.replay_lts);
        // Upstream waits only for gaps above a millisecond.
        if gap <= 1_000_000 {
            s.replay_hold = None;
            return false;
        }
        match s.replay_hold {
            Some((seq, at)) if seq == m.seq => {
                if at <= now {
                    s.replay_hold = None;
                    return false;
                }
            }
            _ => s.replay_hold = Some((m.seq, later(now, Duration::from_nanos(gap.max(0) as u64)))),
        }
        self.unwind(s, m.seq, dc);
        true
    }

    /// Puts back a message taken by [`Self::next_msg`] but not delivered.
    fn unwind(&self, s: &mut State, seq: u64, dc: u64) {
        s.pending_memo = None;
        if dc > 1 {
            s.nak_due.insert(seq, 0);
            s.due_floor = 0;
        } else if seq + 1 == s.next_sseq {
            s.next_sseq = seq;
        } else {
            s.lps.push_front(seq);
        }
    }

    /// The pending count an ack reply carries now (memoised per turn, see `pending_memo`).
    fn ack_pending(&self, stream: &Stream, s: &mut State) -> u64 {
        let key = (s.next_sseq, s.lps.len());
        match s.pending_memo {
            Some((k, n)) if k == key => n,
            _ => {
                let n = num_pending(stream, &s.cfg, s, s.next_sseq);
                s.pending_memo = Some((key, n));
                n
            }
        }
    }

    fn deliver(
        &self,
        stream: &Stream,
        s: &mut State,
        reply: &[u8],
        m: &StoredMsg,
        dc: u64,
        wall: i64,
    ) {
        s.st.delivered.consumer_seq += 1;
        let cseq = s.st.delivered.consumer_seq;
        if m.seq > s.st.delivered.stream_seq {
            s.st.delivered.stream_seq = m.seq;
        }
        s.last_delivered_active = wall;
        s.replay_lts = m.ts;
        s.dirty = true;
        if dc > 1 {
            s.st.redelivered.insert(m.seq, dc - 1);
        }
        match s.cfg.ack_policy {
            AckPolicy::None => {
                s.st.ack_floor = s.st.delivered;
                if self.retention != Retention::Limits {
                    s.acked.push(m.seq);
                }
            }
            _ => {
                let entry = Pending {
                    sequence: cseq,
                    timestamp: wall,
                };
                s.due_floor = s.due_floor.min(due_time(s, m.seq, &entry));
                s.st.pending.insert(m.seq, entry);
            }
        }
        let pending = self.ack_pending(stream, s);
        let ack = format!(
            "$JS.ACK.{}.{}.{dc}.{}.{cseq}.{}.{pending}",
            self.stream_name, self.name, m.seq, m.ts
        );
        let (hdr, payload): (Option<Vec<u8>>, &[u8]) = if s.cfg.headers_only {
            let mut h = if m.hdr.ends_with(b"\r\n\r\n") {
                m.hdr[..m.hdr.len() - 2].to_vec()
            } else {
                b"NATS/1.0\r\n".to_vec()
            };
            h.extend_from_slice(format!("Nats-Msg-Size: {}\r\n\r\n", m.payload.len()).as_bytes());
            (Some(h), b"")
        } else if m.hdr.is_empty() {
            (None, &m.payload)
        } else {
            (Some(m.hdr.to_vec()), &m.payload)
        };
        // `pinned_client`: every delivery names the pin (upstream `genHeader`).
        let hdr = match (&s.pin, s.cfg.priority_policy) {
            (Some(pin), PriorityPolicy::PinnedClient) => {
                let mut h = match hdr {
                    Some(h) if h.ends_with(b"\r\n\r\n") => h[..h.len() - 2].to_vec(),
                    _ => b"NATS/1.0\r\n".to_vec(),
                };
                h.extend_from_slice(format!("Nats-Pin-Id: {}\r\n\r\n", pin.id).as_bytes());
                Some(h)
            }
            _ => hdr,
        };
        // Staged: the consumer task flushes once per turn (see `run`).
        self.client.publish_as_staged(
            reply,
            m.subject.as_bytes(),
            Some(ack.as_bytes()),
            hdr.as_deref(),
            payload,
        );
    }

    /// Writes the state if it changed (durable consumers of file streams).
    /// With `force` the write happens now; otherwise at most every [`STATE_FLUSH_INTERVAL`].
    async fn flush_state(&self, force: bool) {
        let Some(file) = self.state_file.clone() else {
            self.lock().dirty = false;
            return;
        };
        let _writing = self.flush_lock.lock().await;
        let st = {
            let mut s = self.lock();
            if !s.dirty || (!force && s.last_flush.elapsed() < STATE_FLUSH_INTERVAL) {
                return;
            }
            s.dirty = false;
            s.last_flush = Instant::now();
            s.st.clone()
        };
        let r = tokio::task::spawn_blocking(move || file.write(&st)).await;
        if let Ok(Err(e)) = r {
            crate::log_error!(
                "JetStream consumer '{} > {}': writing its state: {e}",
                self.stream_name,
                self.name
            );
        }
    }

    /// Writes the state now (server shutdown, consumer create).
    pub async fn sync_state(&self) {
        self.lock().dirty = true;
        self.flush_state(true).await;
    }
}

/// The bucket size of a push `rate_limit_bps` (upstream `setRateLimit`): the stream's
/// `max_msg_size`, else the default `max_payload` (1 MiB).
fn rate_burst(stream: &Stream) -> f64 {
    let max = stream.config().max_msg_size;
    if max > 0 {
        max as f64
    } else {
        1024.0 * 1024.0
    }
}

/// Takes `cost` bytes from the push rate bucket, refilling it for the time passed; `false`
/// (and a wake-up time) when the bucket does not hold them yet. A message larger than the
/// bucket waits for a full bucket (upstream would never send it).
fn take_tokens(s: &mut State, cost: f64, burst: f64, now: Instant) -> bool {
    let rate = (s.cfg.rate_limit_bps / 8).max(1) as f64;
    let r = s.rate.get_or_insert(RateLimit {
        tokens: burst,
        refilled: now,
        wait_until: None,
    });
    let elapsed = now.saturating_duration_since(r.refilled).as_secs_f64();
    r.tokens = (r.tokens + elapsed * rate).min(burst);
    r.refilled = now;
    let need = cost.min(burst);
    if r.tokens >= need {
        r.tokens -= cost;
        r.wait_until = None;
        return true;
    }
    let wait = Duration::from_secs_f64((need - r.tokens) / rate);
    r.wait_until = Some(later(now, wait));
    false
}

/// Length of the ack reply [`Consumer::deliver`] builds
/// (`$JS.ACK.<stream>.<consumer>.<dc>.<sseq>.<cseq>.<ts>.<pending>`), without building it.
fn ack_reply_len(stream: &str, name: &str, seqs: [u64; 3], ts: i64, pending: u64) -> usize {
    let digits = |n: u64| n.checked_ilog10().map_or(1, |d| d as usize + 1);
    let ts_len = digits(ts.unsigned_abs()) + usize::from(ts < 0);
    "$JS.ACK.".len()
        + stream.len()
        + name.len()
        + seqs.iter().map(|n| digits(*n)).sum::<usize>()
        + ts_len
        + digits(pending)
        + 6
}

fn end_replay(s: &mut State) {
    if s.replay && s.replay_hold.is_none() && s.next_sseq > s.replay_lseq {
        s.replay = false;
    }
}

/// Deliveries so far of pending `seq`.
fn deliveries(s: &State, seq: u64) -> u64 {
    s.st.redelivered.get(&seq).copied().unwrap_or(0) + 1
}

/// When pending `seq` becomes due for redelivery (ns since the epoch).
fn due_time(s: &State, seq: u64, p: &Pending) -> i64 {
    if let Some(d) = s.nak_due.get(&seq) {
        return *d;
    }
    let dc = deliveries(s, seq) as usize;
    let wait = if s.cfg.backoff.is_empty() {
        s.cfg.ack_wait
    } else {
        s.cfg.backoff[(dc - 1).min(s.cfg.backoff.len() - 1)]
    };
    if wait <= 0 {
        return i64::MAX;
    }
    p.timestamp.saturating_add(wait)
}

/// Acknowledges `seq` (and, with ack policy all, everything pending below it).
fn ack(s: &mut State, seq: u64) {
    let seqs: Vec<u64> = match s.cfg.ack_policy {
        AckPolicy::All | AckPolicy::FlowControl => {
            s.st.pending.range(..=seq).map(|(k, _)| *k).collect()
        }
        _ => vec![seq],
    };
    let mut any = false;
    for q in seqs {
        if s.st.pending.remove(&q).is_some() {
            s.nak_due.remove(&q);
            s.st.redelivered.remove(&q);
            any = true;
            s.acked.push(q);
        }
    }
    if any {
        advance_floor(s);
        s.dirty = true;
        s.last_ack_active = now_ns();
    }
}

/// Moves the ack floor up to just below the oldest pending message (or to delivered).
fn advance_floor(s: &mut State) {
    match s.st.pending.iter().next() {
        None => s.st.ack_floor = s.st.delivered,
        Some((&sseq, p)) => {
            if sseq.saturating_sub(1) > s.st.ack_floor.stream_seq {
                s.st.ack_floor.stream_seq = sseq - 1;
                s.st.ack_floor.consumer_seq = p.sequence.saturating_sub(1);
            }
        }
    }
}

/// Messages matching the consumer's filters at or after `from` (consumer `num_pending`).
/// Carries [`State::pending_memo`] over one new message taken at `before` (the memo's key
/// then): one fewer pending. Any other change of the key drops the memo.
fn took_one(s: &mut State, before: (u64, usize)) {
    s.pending_memo = match s.pending_memo {
        Some((k, n)) if k == before => Some(((s.next_sseq, s.lps.len()), n.saturating_sub(1))),
        _ => None,
    };
}

fn num_pending(stream: &Stream, cfg: &ConsumerConfig, s: &State, from: u64) -> u64 {
    let filters = cfg.filters();
    let fresh: u64 = if filters.is_empty() {
        stream.store.filtered_state(from, ">").msgs
    } else {
        filters
            .iter()
            .map(|f| stream.store.filtered_state(from, f).msgs)
            .sum()
    };
    fresh + s.lps.len() as u64
}

/// The first stream sequence a new consumer looks at; fills `lps` for last-per-subject.
fn start_sequence(stream: &Stream, cfg: &ConsumerConfig, lps: &mut VecDeque<u64>) -> u64 {
    let st = stream.store.state();
    let filters = cfg.filters();
    let filters: Vec<String> = if filters.is_empty() {
        vec![">".to_string()]
    } else {
        filters
    };
    match cfg.deliver_policy {
        DeliverPolicy::All => st.first_seq.max(1),
        DeliverPolicy::New => st.last_seq + 1,
        DeliverPolicy::Last => filters
            .iter()
            .filter_map(|f| stream.store.load_last_msg(f).ok().map(|m| m.seq))
            .max()
            .unwrap_or(st.last_seq + 1),
        DeliverPolicy::ByStartSequence => cfg.opt_start_seq,
        DeliverPolicy::ByStartTime => start_time_ns(cfg)
            .map(|t| stream.store.seq_from_time(t))
            .unwrap_or(st.last_seq + 1),
        DeliverPolicy::LastPerSubject => {
            if let [f] = filters.as_slice() {
                lps.extend(stream.store.subjects_last(f));
            } else {
                let mut seqs: BTreeSet<u64> = BTreeSet::new();
                for f in &filters {
                    seqs.extend(stream.store.subjects_last(f));
                }
                lps.extend(seqs.iter().copied());
            }
            st.last_seq + 1
        }
    }
}

/// Applies retention after acks: work queues remove each acknowledged message; interest
/// streams remove it once no consumer still needs it.
async fn remove_acked(stream: &Arc<Stream>, retention: Retention, acked: Vec<u64>) {
    for seq in acked {
        let remove = match retention {
            Retention::Limits => false,
            Retention::WorkQueue => true,
            Retention::Interest => match stream.store.load_msg(seq) {
                Ok(m) => !stream.consumers().iter().any(|c| c.needs(seq, &m.subject)),
                Err(_) => false,
            },
        };
        if remove {
            match stream.store.remove_msg(seq).await {
                Ok(_) | Err(StoreError::NotFound | StoreError::Eof) => {}
                Err(e) => crate::log_error!(
                    "JetStream stream '{}': removing acknowledged message {seq}: {e}",
                    stream.name
                ),
            }
        }
    }
}

/// Interest retention after a consumer reset to `floor + 1`: the messages before it that match
/// `filters` (all when empty) and that no consumer still needs are removed.
pub(super) async fn remove_skipped(stream: &Arc<Stream>, filters: &[String], upto: u64) {
    let mut skipped = Vec::new();
    let mut next = stream.store.state().first_seq;
    while next < upto {
        match stream.store.load_next_msg(">", next) {
            Ok(m) if m.seq < upto => {
                let wanted = filters.is_empty()
                    || filters
                        .iter()
                        .any(|f| super::store::subject_matches(f, &m.subject));
                if wanted {
                    skipped.push(m.seq);
                }
                next = m.seq + 1;
            }
            Err(StoreError::Corrupt { seq }) => next = seq + 1,
            _ => break,
        }
    }
    remove_acked(stream, Retention::Interest, skipped).await;
}

/// A random 8-character ephemeral consumer name.
pub fn ephemeral_name() -> String {
    const ALPHABET: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    (0..8)
        .map(|_| ALPHABET[fastrand::usize(..ALPHABET.len())] as char)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue 16: a requester's extreme numbers are refused or clamped, never overflowed.
    #[test]
    fn pull_request_extreme_values() {
        let cfg = cfg("{}");
        let req = decode_next(
            br#"{"batch":9223372036854775807,"expires":9223372036854775807,"idle_heartbeat":9223372036854775807}"#,
        )
        .expect("decodes");
        assert_eq!(
            check_next(&req, &cfg, 0, None),
            Err("400 Bad Request - heartbeat value too large".to_string())
        );
        let req =
            decode_next(br#"{"expires":9223372036854775807,"idle_heartbeat":4611686018427387903}"#)
                .expect("decodes");
        assert_eq!(check_next(&req, &cfg, 0, None), Ok(()));
        let req = decode_next(br#"{"expires":-9223372036854775808,"idle_heartbeat":1}"#)
            .expect("decodes");
        assert!(check_next(&req, &cfg, 0, None).is_err());
        let limited = ConsumerConfig {
            max_batch: 10,
            max_expires: 1_000_000_000,
            max_bytes: 100,
            max_waiting: 1,
            ..ConsumerConfig::default()
        };
        let req = decode_next(b"-9223372036854775808").expect("a bare number");
        assert_eq!(
            check_next(&req, &limited, 0, None),
            Ok(()),
            "batch clamps to 1"
        );
        assert_eq!(
            check_next(&req, &limited, usize::MAX, None),
            Err("409 Exceeded MaxWaiting".to_string())
        );
        let req = decode_next(br#"{"max_bytes":9223372036854775807}"#).expect("decodes");
        assert_eq!(
            check_next(&req, &limited, 0, None),
            Err("409 Exceeded MaxRequestMaxBytes of 100".to_string())
        );
        assert!(decode_next(b"{\"batch\":1e400}").is_none());

        let now = Instant::now();
        assert_eq!(deadline(now, 0), None);
        assert_eq!(deadline(now, i64::MIN), None);
        assert!(deadline(now, i64::MAX).is_some_and(|d| d > now));
        assert!(later(now, Duration::MAX) > now);
        assert_eq!(later(now, Duration::ZERO), now);
    }

    fn cfg(json: &str) -> ConsumerConfig {
        serde_json::from_str::<ConsumerConfig>(json)
            .expect("json")
            .normalize()
            .expect("valid")
    }

    /// Upstream `setConsumerConfigDefaults`: limits fill and cap the defaults; pedantic mode
    /// refuses each change instead.
    #[test]
    fn set_defaults_like_upstream() {
        let d = Defaults {
            server_max_ack_pending: 50,
            account_max_ack_pending: 70,
            server_max_request_batch: 10,
            ..Defaults::default()
        };
        let mut c: ConsumerConfig =
            serde_json::from_str(r#"{"ack_policy":"explicit","max_waiting":-4,"max_expires":-1}"#)
                .expect("json");
        set_defaults(&mut c, &d).expect("defaults");
        assert_eq!(
            (c.max_ack_pending, c.max_batch, c.max_waiting, c.max_expires),
            (50, 10, DEFAULT_MAX_WAITING, 0)
        );
        let mut push: ConsumerConfig =
            serde_json::from_str(r#"{"ack_policy":"explicit","deliver_subject":"d"}"#)
                .expect("json");
        set_defaults(&mut push, &d).expect("defaults");
        assert_eq!((push.max_ack_pending, push.max_batch), (50, 0));
        let pedantic = Defaults {
            pedantic: true,
            ..d
        };
        for (json, why) in [
            (
                r#"{"max_waiting":-4,"max_batch":1}"#,
                "max_waiting must not be negative",
            ),
            (
                r#"{"ack_policy":"explicit"}"#,
                "max_request_batch must be set if it's JetStream limits are set",
            ),
            (
                r#"{"ack_policy":"explicit","backoff":[5],"max_batch":1}"#,
                "first backoff value has to equal batch AckWait",
            ),
        ] {
            let mut c: ConsumerConfig = serde_json::from_str(json).expect("json");
            let e = set_defaults(&mut c, &pedantic).expect_err(json);
            assert_eq!(
                (e.err_code, e.description),
                (10157, format!("pedantic mode: {why}")),
                "{json}"
            );
        }
    }

    #[test]
    fn defaults_like_upstream() {
        let c = cfg(r#"{"durable_name":"E","ack_policy":"explicit"}"#);
        assert_eq!(
            serde_json::to_value(&c).expect("json"),
            json!({"durable_name":"E","name":"E","deliver_policy":"all","ack_policy":"explicit",
                "ack_wait":30000000000u64,"max_deliver":-1,"replay_policy":"instant",
                "max_waiting":512,"max_ack_pending":1000,"num_replicas":0})
        );
        let c = cfg(r#"{}"#);
        assert_eq!(
            serde_json::to_value(&c).expect("json"),
            json!({"deliver_policy":"all","ack_policy":"none","max_deliver":-1,
                "replay_policy":"instant","max_waiting":512,"inactive_threshold":5000000000u64,
                "num_replicas":0})
        );
    }

    #[test]
    fn refusals() {
        let e = serde_json::from_str::<ConsumerConfig>(r#"{"rate_limit_bps":1000}"#)
            .expect("json")
            .normalize()
            .expect_err("rate limit");
        assert_eq!(e.err_code, 10086);
        let c = cfg(r#"{"deliver_subject":"x","rate_limit_bps":1000}"#);
        assert_eq!(c.rate_limit_bps, 1000);
        let e = serde_json::from_str::<ConsumerConfig>(
            r#"{"priority_policy":"overflow","priority_groups":["a*"]}"#,
        )
        .expect("json")
        .normalize()
        .expect_err("group name");
        assert_eq!(e.err_code, 10162);
        let e = serde_json::from_str::<ConsumerConfig>(r#"{"priority_timeout":5}"#)
            .expect("json")
            .normalize()
            .expect_err("ttl without policy");
        assert_eq!(e.err_code, 10197);
        assert!(valid_group_name("A-b_c/d=0123456"));
        assert!(!valid_group_name("") && !valid_group_name("12345678901234567"));
        let e = serde_json::from_str::<ConsumerConfig>(
            r#"{"deliver_subject":"x","flow_control":true}"#,
        )
        .expect("json")
        .normalize()
        .expect_err("fc without heartbeat");
        assert_eq!(e.err_code, 10108);
        let c = cfg(r#"{"deliver_subject":"x","ack_policy":"explicit"}"#);
        assert_eq!(c.max_waiting, 0);
        let e = serde_json::from_str::<ConsumerConfig>(r#"{"durable_name":"a.b"}"#)
            .expect("json")
            .normalize()
            .expect_err("dot");
        assert_eq!(e.err_code, 10103);
    }

    #[test]
    fn backoff_and_updates_like_upstream() {
        let c = cfg(r#"{"ack_policy":"explicit","backoff":[1000,2000],"max_deliver":2}"#);
        assert_eq!(c.ack_wait, 1000);
        let e = serde_json::from_str::<ConsumerConfig>(r#"{"backoff":[1,2],"max_deliver":1}"#)
            .expect("json")
            .normalize()
            .expect_err("backoff longer than max_deliver");
        assert_eq!(e.err_code, 10116);
        let old = cfg(r#"{"durable_name":"D","ack_policy":"explicit"}"#);
        let new = cfg(r#"{"durable_name":"D","ack_policy":"explicit","max_waiting":9}"#);
        let e = old.check_update(&new, false).expect_err("max waiting");
        assert_eq!(e.description, "max waiting can not be updated");
        let new = cfg(r#"{"durable_name":"D","ack_policy":"explicit","deliver_subject":"x"}"#);
        let e = old.check_update(&new, false).expect_err("pull to push");
        assert_eq!(e.description, "can not update pull consumer to push based");
        let new = cfg(r#"{"durable_name":"D","ack_policy":"explicit","mem_storage":true}"#);
        assert!(old.check_update(&new, false).is_ok());
    }

    #[test]
    fn ack_reply_len_matches_the_reply() {
        for (seqs, ts, pending) in [
            ([1, 1, 1], 1_796_391_482_932_660_363, 9),
            ([0, 10, 99], 0, 0),
            ([12, 1000, 100_000], -5, u64::MAX),
        ] {
            let [dc, sseq, cseq] = seqs;
            let reply = format!("$JS.ACK.S.CON.{dc}.{sseq}.{cseq}.{ts}.{pending}");
            assert_eq!(ack_reply_len("S", "CON", seqs, ts, pending), reply.len());
        }
    }

    #[test]
    fn status_headers() {
        assert_eq!(
            status_hdr("408 Request Timeout", &[("Nats-Pending-Messages", 1)]),
            b"NATS/1.0 408 Request Timeout\r\nNats-Pending-Messages: 1\r\n\r\n".to_vec()
        );
    }

    #[test]
    fn backoff_picks_the_wait_per_delivery() {
        let mut s = State::default();
        s.cfg.ack_wait = 30;
        s.cfg.backoff = vec![10, 20];
        let p = Pending {
            sequence: 1,
            timestamp: 100,
        };
        assert_eq!(due_time(&s, 1, &p), 110);
        s.st.redelivered.insert(1, 1);
        assert_eq!(due_time(&s, 1, &p), 120);
        s.st.redelivered.insert(1, 5);
        assert_eq!(due_time(&s, 1, &p), 120);
        s.nak_due.insert(1, 7);
        assert_eq!(due_time(&s, 1, &p), 7);
        s.cfg.backoff.clear();
        s.nak_due.clear();
        assert_eq!(due_time(&s, 1, &p), 130);
    }

    #[test]
    fn floor_follows_pending() {
        let mut s = State::default();
        s.cfg.ack_policy = AckPolicy::Explicit;
        s.st.delivered.consumer_seq = 3;
        s.st.delivered.stream_seq = 3;
        for i in 1..=3 {
            s.st.pending.insert(
                i,
                Pending {
                    sequence: i,
                    timestamp: 0,
                },
            );
        }
        ack(&mut s, 2);
        assert_eq!(s.st.ack_floor.stream_seq, 0);
        ack(&mut s, 1);
        assert_eq!(s.st.ack_floor.stream_seq, 2);
        assert_eq!(s.st.ack_floor.consumer_seq, 2);
        ack(&mut s, 3);
        assert_eq!(s.st.ack_floor, s.st.delivered);
    }
}
