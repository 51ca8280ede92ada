//! The configuration JSON of streams and consumers, as the JetStream API carries it: field
//! names, omissions and Go zero-value defaults of nats-server `server/stream.go`
//! (`StreamConfig`) and `server/consumer.go` (`ConsumerConfig`). Pure data: the server's
//! normalisation and validation live in rnats-server, clients build and read these values.
//!
//! Deserialisation ignores unknown fields, so configs from newer servers still load.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::api::null_as_default;

/// `retention`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Retention {
    /// Keep messages until a limit removes them.
    #[default]
    Limits,
    /// Keep messages while a consumer has yet to acknowledge them.
    Interest,
    /// Remove a message once one consumer acknowledged it.
    #[serde(rename = "workqueue")]
    WorkQueue,
}

/// `discard`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Discard {
    /// Remove old messages to make room.
    #[default]
    Old,
    /// Refuse new messages.
    New,
}

/// `storage`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Storage {
    /// File store.
    #[default]
    File,
    /// Memory store.
    Memory,
}

/// `compression`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Compression {
    /// None.
    #[default]
    None,
    /// S2. Accepted; rnats stores the data uncompressed.
    S2,
}

/// `persist_mode` (nats-server 2.12+): when a file store's writes are flushed. `"default"` and
/// `""` both mean the default, which is never written back.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PersistMode {
    /// Synchronous with the store's own flushing policy.
    #[default]
    #[serde(alias = "")]
    Default,
    /// Asynchronous flushing; file storage only.
    Async,
}

impl PersistMode {
    fn is_default(&self) -> bool {
        *self == PersistMode::Default
    }
}

fn is_false(b: &bool) -> bool {
    !*b
}

fn is_zero(n: &i64) -> bool {
    *n == 0
}

fn is_zero_u64(n: &u64) -> bool {
    *n == 0
}

fn is_null(v: &serde_json::Value) -> bool {
    v.is_null()
}

/// A stream's configuration, serialised in upstream's field order. Features rnats does not
/// implement are kept as raw JSON so a request using them is refused instead of half-applied.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct StreamConfig {
    /// Stream name.
    #[serde(deserialize_with = "null_as_default")]
    pub name: String,
    /// Free text.
    #[serde(skip_serializing_if = "String::is_empty")]
    #[serde(deserialize_with = "null_as_default")]
    pub description: String,
    /// Subjects the stream captures.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[serde(deserialize_with = "null_as_default")]
    pub subjects: Vec<String>,
    /// Retention policy.
    pub retention: Retention,
    /// Consumer limit, -1 unlimited.
    #[serde(deserialize_with = "null_as_default")]
    pub max_consumers: i64,
    /// Message limit, -1 unlimited.
    #[serde(deserialize_with = "null_as_default")]
    pub max_msgs: i64,
    /// Byte limit, -1 unlimited.
    #[serde(deserialize_with = "null_as_default")]
    pub max_bytes: i64,
    /// Age limit in nanoseconds, 0 unlimited.
    #[serde(deserialize_with = "null_as_default")]
    pub max_age: i64,
    /// Per-subject message limit, -1 unlimited.
    #[serde(deserialize_with = "null_as_default")]
    pub max_msgs_per_subject: i64,
    /// Largest message accepted, -1 unlimited.
    #[serde(deserialize_with = "null_as_default")]
    pub max_msg_size: i64,
    /// Discard policy.
    pub discard: Discard,
    /// Storage type.
    pub storage: Storage,
    /// Replicas (1 without clustering).
    #[serde(deserialize_with = "null_as_default")]
    pub num_replicas: i64,
    /// Do not acknowledge publishes.
    #[serde(skip_serializing_if = "is_false")]
    #[serde(deserialize_with = "null_as_default")]
    pub no_ack: bool,
    /// Deduplication window in nanoseconds.
    #[serde(skip_serializing_if = "is_zero")]
    #[serde(deserialize_with = "null_as_default")]
    pub duplicate_window: i64,
    /// Placement (`cluster`, `tags`); kept and without effect on a server without clustering.
    #[serde(skip_serializing_if = "is_null")]
    pub placement: serde_json::Value,
    /// Not implemented: mirror.
    #[serde(skip_serializing_if = "is_null")]
    pub mirror: serde_json::Value,
    /// Not implemented: sources.
    #[serde(skip_serializing_if = "is_null")]
    pub sources: serde_json::Value,
    /// Compression (accepted, data stored uncompressed).
    pub compression: Compression,
    /// First sequence of a new stream.
    #[serde(skip_serializing_if = "is_zero_u64")]
    #[serde(deserialize_with = "null_as_default")]
    pub first_seq: u64,
    /// Subject transform applied on store (`{"src","dest"}`, raw JSON; see
    /// [`super::sourcing::SubjectTransformConfig`]).
    #[serde(skip_serializing_if = "is_null")]
    pub subject_transform: serde_json::Value,
    /// Republish after store (`{"src","dest","headers_only"}`, raw JSON; see
    /// [`super::sourcing::RePublish`]).
    #[serde(skip_serializing_if = "is_null")]
    pub republish: serde_json::Value,
    /// Serve `$JS.API.DIRECT.GET`.
    #[serde(deserialize_with = "null_as_default")]
    pub allow_direct: bool,
    /// Not implemented: direct get on mirrors.
    #[serde(deserialize_with = "null_as_default")]
    pub mirror_direct: bool,
    /// With discard new, refuse per subject.
    #[serde(skip_serializing_if = "is_false")]
    #[serde(deserialize_with = "null_as_default")]
    pub discard_new_per_subject: bool,
    /// No more changes to the stream.
    #[serde(deserialize_with = "null_as_default")]
    pub sealed: bool,
    /// Refuse message deletes.
    #[serde(deserialize_with = "null_as_default")]
    pub deny_delete: bool,
    /// Refuse purges.
    #[serde(deserialize_with = "null_as_default")]
    pub deny_purge: bool,
    /// Allow `Nats-Rollup` headers.
    #[serde(deserialize_with = "null_as_default")]
    pub allow_rollup_hdrs: bool,
    /// Defaults for consumers (`inactive_threshold`, `max_ack_pending`).
    pub consumer_limits: serde_json::Value,
    /// Allow `Nats-TTL` headers.
    #[serde(deserialize_with = "null_as_default")]
    pub allow_msg_ttl: bool,
    /// Subject delete markers: their TTL (ns).
    #[serde(skip_serializing_if = "is_zero")]
    #[serde(deserialize_with = "null_as_default")]
    pub subject_delete_marker_ttl: i64,
    /// Counters (ADR-49, `Nats-Incr`).
    #[serde(skip_serializing_if = "is_false")]
    #[serde(deserialize_with = "null_as_default")]
    pub allow_msg_counter: bool,
    /// Atomic batch publishing (ADR-50, `Nats-Batch-*`).
    #[serde(skip_serializing_if = "is_false")]
    #[serde(deserialize_with = "null_as_default")]
    pub allow_atomic: bool,
    /// Message schedules (ADR-51, `Nats-Schedule*`).
    #[serde(skip_serializing_if = "is_false")]
    #[serde(deserialize_with = "null_as_default")]
    pub allow_msg_schedules: bool,
    /// When writes are flushed; omitted when default. An enum upstream: `null` is refused.
    #[serde(skip_serializing_if = "PersistMode::is_default")]
    pub persist_mode: PersistMode,
    /// Fast batch publishing (ADR-50, reply subjects ending in `$FI`).
    #[serde(skip_serializing_if = "is_false")]
    #[serde(deserialize_with = "null_as_default")]
    pub allow_batched: bool,
    /// Free-form metadata; the server adds `_nats.*` keys.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    #[serde(deserialize_with = "null_as_default")]
    pub metadata: BTreeMap<String, String>,
}

impl Default for StreamConfig {
    fn default() -> Self {
        StreamConfig {
            name: String::new(),
            description: String::new(),
            subjects: Vec::new(),
            subject_transform: serde_json::Value::Null,
            retention: Retention::Limits,
            max_consumers: 0,
            max_msgs: 0,
            max_bytes: 0,
            max_age: 0,
            max_msgs_per_subject: 0,
            max_msg_size: 0,
            discard: Discard::Old,
            storage: Storage::File,
            num_replicas: 0,
            no_ack: false,
            duplicate_window: 0,
            placement: serde_json::Value::Null,
            mirror: serde_json::Value::Null,
            sources: serde_json::Value::Null,
            compression: Compression::None,
            first_seq: 0,
            allow_direct: false,
            mirror_direct: false,
            republish: serde_json::Value::Null,
            sealed: false,
            deny_delete: false,
            deny_purge: false,
            allow_rollup_hdrs: false,
            consumer_limits: serde_json::Value::Null,
            discard_new_per_subject: false,
            allow_msg_ttl: false,
            subject_delete_marker_ttl: 0,
            allow_msg_counter: false,
            allow_atomic: false,
            allow_batched: false,
            allow_msg_schedules: false,
            persist_mode: PersistMode::Default,
            metadata: BTreeMap::new(),
        }
    }
}

/// `deliver_policy`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DeliverPolicy {
    /// From the first message.
    #[default]
    All,
    /// From the last message.
    Last,
    /// Only messages stored after the consumer was created.
    New,
    /// From `opt_start_seq`.
    ByStartSequence,
    /// From `opt_start_time`.
    ByStartTime,
    /// The last message of every subject, then new ones.
    LastPerSubject,
}

/// `ack_policy`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AckPolicy {
    /// Nothing to acknowledge (Go's zero value, so a config without `ack_policy` has it).
    #[default]
    None,
    /// An ack acknowledges every earlier message too.
    All,
    /// Every message is acknowledged on its own.
    Explicit,
    /// Like `All`, acknowledged by the answers to flow control requests (2.14, push consumers
    /// with flow control; durable mirror and source consumers use it).
    #[serde(rename = "flow_control")]
    FlowControl,
}

/// `replay_policy`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ReplayPolicy {
    /// As fast as possible.
    #[default]
    Instant,
    /// At the pace they were stored (not supported by rnats).
    Original,
}

/// `ConsumerConfig` as the API carries it (field names and omissions of upstream).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ConsumerConfig {
    /// `durable_name`.
    #[serde(skip_serializing_if = "String::is_empty")]
    #[serde(deserialize_with = "null_as_default")]
    pub durable_name: String,
    /// `name`.
    #[serde(skip_serializing_if = "String::is_empty")]
    #[serde(deserialize_with = "null_as_default")]
    pub name: String,
    /// `description`.
    #[serde(skip_serializing_if = "String::is_empty")]
    #[serde(deserialize_with = "null_as_default")]
    pub description: String,
    /// `deliver_policy`.
    pub deliver_policy: DeliverPolicy,
    /// `opt_start_seq`.
    #[serde(skip_serializing_if = "is_zero_u64")]
    #[serde(deserialize_with = "null_as_default")]
    pub opt_start_seq: u64,
    /// `opt_start_time` (RFC 3339).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub opt_start_time: Option<String>,
    /// `ack_policy`.
    pub ack_policy: AckPolicy,
    /// `ack_wait` in ns.
    #[serde(skip_serializing_if = "is_zero")]
    #[serde(deserialize_with = "null_as_default")]
    pub ack_wait: i64,
    /// `max_deliver`; -1 for unlimited.
    #[serde(skip_serializing_if = "is_zero")]
    #[serde(deserialize_with = "null_as_default")]
    pub max_deliver: i64,
    /// `backoff` in ns.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[serde(deserialize_with = "null_as_default")]
    pub backoff: Vec<i64>,
    /// `filter_subject`.
    #[serde(skip_serializing_if = "String::is_empty")]
    #[serde(deserialize_with = "null_as_default")]
    pub filter_subject: String,
    /// `filter_subjects`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[serde(deserialize_with = "null_as_default")]
    pub filter_subjects: Vec<String>,
    /// `replay_policy`.
    pub replay_policy: ReplayPolicy,
    /// `rate_limit_bps` (push consumers only).
    #[serde(skip_serializing_if = "is_zero_u64")]
    #[serde(deserialize_with = "null_as_default")]
    pub rate_limit_bps: u64,
    /// `sample_freq` (ack sampling: `$JS.EVENT.METRIC.CONSUMER.ACK` for that percentage of acks).
    #[serde(skip_serializing_if = "String::is_empty")]
    #[serde(deserialize_with = "null_as_default")]
    pub sample_freq: String,
    /// `max_waiting`.
    #[serde(skip_serializing_if = "is_zero")]
    #[serde(deserialize_with = "null_as_default")]
    pub max_waiting: i64,
    /// `max_ack_pending`; -1 for unlimited.
    #[serde(skip_serializing_if = "is_zero")]
    #[serde(deserialize_with = "null_as_default")]
    pub max_ack_pending: i64,
    /// `flow_control` (push consumers only).
    #[serde(skip_serializing_if = "is_false")]
    #[serde(deserialize_with = "null_as_default")]
    pub flow_control: bool,
    /// `headers_only`.
    #[serde(skip_serializing_if = "is_false")]
    #[serde(deserialize_with = "null_as_default")]
    pub headers_only: bool,
    /// `max_batch`.
    #[serde(skip_serializing_if = "is_zero")]
    #[serde(deserialize_with = "null_as_default")]
    pub max_batch: i64,
    /// `max_expires` in ns.
    #[serde(skip_serializing_if = "is_zero")]
    #[serde(deserialize_with = "null_as_default")]
    pub max_expires: i64,
    /// `max_bytes`.
    #[serde(skip_serializing_if = "is_zero")]
    #[serde(deserialize_with = "null_as_default")]
    pub max_bytes: i64,
    /// `deliver_subject` (push consumers; refused).
    #[serde(skip_serializing_if = "String::is_empty")]
    #[serde(deserialize_with = "null_as_default")]
    pub deliver_subject: String,
    /// `deliver_group`.
    #[serde(skip_serializing_if = "String::is_empty")]
    #[serde(deserialize_with = "null_as_default")]
    pub deliver_group: String,
    /// `idle_heartbeat` in ns (push consumers only).
    #[serde(skip_serializing_if = "is_zero")]
    #[serde(deserialize_with = "null_as_default")]
    pub idle_heartbeat: i64,
    /// `inactive_threshold` in ns.
    #[serde(skip_serializing_if = "is_zero")]
    #[serde(deserialize_with = "null_as_default")]
    pub inactive_threshold: i64,
    /// `num_replicas`.
    #[serde(deserialize_with = "null_as_default")]
    pub num_replicas: i64,
    /// `mem_storage`: keep the state in memory only.
    #[serde(skip_serializing_if = "is_false")]
    #[serde(deserialize_with = "null_as_default")]
    pub mem_storage: bool,
    /// `direct`: an internal consumer (mirrors and sources use them), not listed or counted.
    #[serde(skip_serializing_if = "is_false")]
    #[serde(deserialize_with = "null_as_default")]
    pub direct: bool,
    /// `sourcing`: a consumer a mirror or source reads through (upstream keeps and echoes it).
    #[serde(skip_serializing_if = "is_false")]
    #[serde(deserialize_with = "null_as_default")]
    pub sourcing: bool,
    /// `metadata`.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    #[serde(deserialize_with = "null_as_default")]
    pub metadata: BTreeMap<String, String>,
    /// `pause_until`: no deliveries before this time (RFC 3339).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pause_until: Option<String>,
    /// `priority_groups` (ADR-42): the group names pull requests must name.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[serde(deserialize_with = "null_as_default")]
    pub priority_groups: Vec<String>,
    /// `priority_policy`; omitted when `none`, as upstream's `omitempty` integer is.
    #[serde(skip_serializing_if = "PriorityPolicy::is_none")]
    #[serde(deserialize_with = "null_as_default")]
    pub priority_policy: PriorityPolicy,
    /// `priority_timeout` in ns: how long a pinned client keeps its pin without pulling
    /// (upstream's `PinnedTTL`, 2 minutes by default for `pinned_client`).
    #[serde(skip_serializing_if = "is_zero")]
    #[serde(deserialize_with = "null_as_default")]
    pub priority_timeout: i64,
}

/// `priority_policy` of a pull consumer with priority groups (ADR-42).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PriorityPolicy {
    /// No priority groups.
    #[default]
    None,
    /// Requests with `min_pending`/`min_ack_pending` get messages only past those thresholds.
    Overflow,
    /// One client (the holder of the `Nats-Pin-Id`) gets every message.
    PinnedClient,
    /// Requests with the lowest `priority` (0-9) are served first.
    Prioritized,
}

impl PriorityPolicy {
    /// Whether this is `none`.
    pub fn is_none(&self) -> bool {
        *self == PriorityPolicy::None
    }
}

impl StreamConfig {
    /// A config with `name` and every other field at its zero value (the server fills in
    /// the defaults).
    pub fn new(name: impl Into<String>) -> StreamConfig {
        StreamConfig {
            name: name.into(),
            ..StreamConfig::default()
        }
    }

    /// The config without the server-managed `_nats.*` metadata, for comparing requests.
    pub fn without_server_metadata(&self) -> StreamConfig {
        let mut c = self.clone();
        c.metadata.retain(|k, _| !k.starts_with("_nats."));
        c
    }
}

impl ConsumerConfig {
    /// Every filter: `filter_subject` or `filter_subjects`; empty means all.
    pub fn filters(&self) -> Vec<String> {
        if !self.filter_subject.is_empty() {
            vec![self.filter_subject.clone()]
        } else {
            self.filter_subjects.clone()
        }
    }

    /// Whether this is a push consumer (`deliver_subject` set).
    pub fn is_push(&self) -> bool {
        !self.deliver_subject.is_empty()
    }

    /// Whether the config is durable.
    pub fn is_durable(&self) -> bool {
        !self.durable_name.is_empty()
    }

    /// The config without the server-added metadata, for comparing requests.
    pub fn without_server_metadata(&self) -> ConsumerConfig {
        let mut c = self.clone();
        c.metadata.retain(|k, _| !k.starts_with("_nats."));
        c
    }
}

/// The JSON name of each policy value (`"limits"`, `"workqueue"`, `"by_start_sequence"`), for
/// parsing command-line flags and printing.
macro_rules! policy_names {
    ($($ty:ident { $($variant:ident = $name:literal),* $(,)? })*) => {$(
        impl $ty {
            /// Every value with its JSON name.
            pub const ALL: &'static [($ty, &'static str)] = &[$(($ty::$variant, $name)),*];

            /// The JSON name.
            pub fn as_str(self) -> &'static str {
                match self { $($ty::$variant => $name),* }
            }
        }

        impl std::fmt::Display for $ty {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::str::FromStr for $ty {
            type Err = String;

            /// Parses the JSON name, ignoring ASCII case.
            fn from_str(s: &str) -> Result<Self, String> {
                $ty::ALL
                    .iter()
                    .find(|(_, n)| n.eq_ignore_ascii_case(s))
                    .map(|(v, _)| *v)
                    .ok_or_else(|| format!("invalid value {s:?}"))
            }
        }
    )*};
}

policy_names! {
    Retention { Limits = "limits", Interest = "interest", WorkQueue = "workqueue" }
    Discard { Old = "old", New = "new" }
    Storage { File = "file", Memory = "memory" }
    Compression { None = "none", S2 = "s2" }
    DeliverPolicy {
        All = "all", Last = "last", New = "new", ByStartSequence = "by_start_sequence",
        ByStartTime = "by_start_time", LastPerSubject = "last_per_subject",
    }
    AckPolicy { None = "none", All = "all", Explicit = "explicit", FlowControl = "flow_control" }
    ReplayPolicy { Instant = "instant", Original = "original" }
    PriorityPolicy {
        None = "none", Overflow = "overflow", PinnedClient = "pinned_client",
        Prioritized = "prioritized",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zero_config_serialises_like_upstream_omits() {
        let v = serde_json::to_value(StreamConfig::new("S")).expect("json");
        let o = v.as_object().expect("object");
        for absent in [
            "description",
            "subjects",
            "mirror",
            "sources",
            "no_ack",
            "metadata",
        ] {
            assert!(!o.contains_key(absent), "{absent}");
        }
        assert_eq!(v["retention"], "limits");
        assert_eq!(v["storage"], "file");
    }

    #[test]
    fn unknown_fields_are_ignored() {
        let c: StreamConfig =
            serde_json::from_str(r#"{"name":"S","future_field":{"x":1},"max_msgs":5}"#)
                .expect("config");
        assert_eq!((c.name.as_str(), c.max_msgs), ("S", 5));
        let c: ConsumerConfig = serde_json::from_str(
            r#"{"durable_name":"D","priority_policy":"none","ack_policy":"explicit"}"#,
        )
        .expect("config");
        assert_eq!(c.ack_policy, AckPolicy::Explicit);
        assert!(c.is_durable());
    }

    #[test]
    fn policy_names_round_trip() {
        for (v, n) in Retention::ALL {
            assert_eq!(serde_json::to_value(v).expect("json"), *n);
            assert_eq!(n.parse::<Retention>(), Ok(*v));
        }
        for (v, n) in DeliverPolicy::ALL {
            assert_eq!(serde_json::to_value(v).expect("json"), *n);
        }
        assert_eq!("WorkQueue".parse::<Retention>(), Ok(Retention::WorkQueue));
        assert!("x".parse::<Storage>().is_err());
    }
}
