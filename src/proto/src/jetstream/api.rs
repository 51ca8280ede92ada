//! The JetStream API's request and response bodies as clients see them (`$JS.API.*`), with
//! nats-server 2.14's field names (`server/jetstream_api.go`, `server/stream.go`,
//! `server/consumer.go`). Responses deserialise leniently: unknown fields are ignored and
//! missing ones take their zero value, because servers add fields release by release.
//! Timestamps stay RFC 3339 text, exactly as the server wrote them.

use serde::{Deserialize, Serialize};

use super::config::{ConsumerConfig, StreamConfig};

/// The error object of a failed API response (`{"code":404,"err_code":10059,
/// "description":"stream not found"}`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ApiError {
    /// HTTP-like status (`400`, `404`, `500`, `503`).
    pub code: u16,
    /// JetStream error code (`10059` stream not found, ...).
    pub err_code: u16,
    /// Human text.
    pub description: String,
}

impl std::fmt::Display for ApiError {
    /// `description (err_code)`, as natscli prints API errors.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (self.description.is_empty(), self.code) {
            (true, 0) => f.write_str("unknown JetStream error"),
            (true, code) => write!(f, "unknown JetStream {code} error ({})", self.err_code),
            (false, _) => write!(f, "{} ({})", self.description, self.err_code),
        }
    }
}

impl std::error::Error for ApiError {}

/// `lost` of a stream state: data found damaged by the store.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct LostStreamData {
    /// Sequences lost.
    pub msgs: Vec<u64>,
    /// Bytes lost.
    pub bytes: u64,
}

/// `state` of a stream.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct StreamState {
    /// Messages stored.
    pub messages: u64,
    /// Bytes stored.
    pub bytes: u64,
    /// First sequence stored (or the next one when empty).
    pub first_seq: u64,
    /// Time of the first message (`0001-01-01T00:00:00Z` when empty).
    pub first_ts: String,
    /// Last sequence stored.
    pub last_seq: u64,
    /// Time of the last message.
    pub last_ts: String,
    /// Consumers on the stream.
    pub consumer_count: u64,
    /// Deleted sequences inside the range (only with `deleted_details`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub deleted: Vec<u64>,
    /// How many sequences inside the range are deleted.
    #[serde(skip_serializing_if = "is_zero")]
    pub num_deleted: u64,
    /// Data the store found damaged.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lost: Option<LostStreamData>,
    /// Distinct subjects stored.
    #[serde(skip_serializing_if = "is_zero")]
    pub num_subjects: u64,
    /// Message count per subject (only with `subjects_filter`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subjects: Option<std::collections::BTreeMap<String, u64>>,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

/// One peer of a replicated asset.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PeerInfo {
    /// Server name.
    pub name: String,
    /// Whether it is up to date.
    pub current: bool,
    /// Whether it is offline.
    pub offline: bool,
    /// Nanoseconds since it was last seen.
    pub active: i64,
    /// Operations it is behind.
    pub lag: u64,
}

/// `cluster` of stream and consumer info.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ClusterInfo {
    /// Cluster name.
    pub name: Option<String>,
    /// Raft group name.
    pub raft_group: Option<String>,
    /// Leader server name.
    pub leader: Option<String>,
    /// Since when (RFC 3339) the leader leads.
    pub leader_since: Option<String>,
    /// The other replicas.
    pub replicas: Vec<PeerInfo>,
}

/// A stream's config and state (`STREAM.INFO`, `STREAM.CREATE`, `STREAM.UPDATE`,
/// `STREAM.LIST` entries).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct StreamInfo {
    /// The config the stream runs with (server defaults filled in).
    pub config: StreamConfig,
    /// Creation time.
    pub created: String,
    /// Current state.
    pub state: StreamState,
    /// Cluster placement, on clustered servers (and, in nats-server, standalone too).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cluster: Option<ClusterInfo>,
    /// JetStream domain.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
    /// Mirror state, as raw JSON (rnats has no mirrors yet).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mirror: Option<serde_json::Value>,
    /// Source states, as raw JSON.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sources: Option<serde_json::Value>,
    /// Server time of the answer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ts: Option<String>,
    /// `STREAM.CREATE` only: whether this request created the stream.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub did_create: Option<bool>,
    /// Paging of `deleted` / `subjects` details (`total`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total: Option<u64>,
    /// Paging offset.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// Page size.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

/// A consumer's delivered or ack-floor position.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SequenceInfo {
    /// Consumer sequence.
    pub consumer_seq: u64,
    /// Stream sequence.
    pub stream_seq: u64,
    /// Time of the last activity (RFC 3339).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_active: Option<String>,
}

/// A consumer's config and state (`CONSUMER.INFO`, `CONSUMER.CREATE`, list entries).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ConsumerInfo {
    /// The stream.
    pub stream_name: String,
    /// The consumer's name.
    pub name: String,
    /// Creation time.
    pub created: String,
    /// The config it runs with.
    pub config: ConsumerConfig,
    /// Last delivered position.
    pub delivered: SequenceInfo,
    /// Acknowledgement floor.
    pub ack_floor: SequenceInfo,
    /// Delivered and not yet acknowledged.
    pub num_ack_pending: u64,
    /// Redelivered and not yet acknowledged.
    pub num_redelivered: u64,
    /// Waiting pull requests.
    pub num_waiting: u64,
    /// Messages matching the consumer not yet delivered.
    pub num_pending: u64,
    /// Cluster placement.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cluster: Option<ClusterInfo>,
    /// Push consumers: whether a subscriber is bound to the deliver subject.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub push_bound: bool,
    /// Whether the consumer is paused.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub paused: bool,
    /// How long it stays paused, nanoseconds.
    #[serde(skip_serializing_if = "is_zero_i64")]
    pub pause_remaining: i64,
    /// Server time of the answer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ts: Option<String>,
    /// Priority group state (ADR-42): the first group and its pinned client, if any.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub priority_groups: Vec<PriorityGroupState>,
}

/// One priority group in [`ConsumerInfo`] (upstream `PriorityGroupState`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PriorityGroupState {
    /// The group.
    pub group: String,
    /// The `Nats-Pin-Id` of the pinned client (`pinned_client` policy).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub pinned_client_id: String,
    /// When it was pinned (Go's zero time when nobody is).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pinned_ts: Option<String>,
}

/// The answer to `CONSUMER.PAUSE` (upstream `JSApiConsumerPauseResponse`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ConsumerPauseResponse {
    /// Whether the consumer is paused now.
    pub paused: bool,
    /// Until when (Go's zero time when resumed).
    pub pause_until: String,
    /// How long it stays paused, nanoseconds.
    #[serde(skip_serializing_if = "is_zero_i64")]
    pub pause_remaining: i64,
}

/// The answer to a JetStream publish.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PubAck {
    /// Stream that stored the message.
    pub stream: String,
    /// Its sequence.
    pub seq: u64,
    /// JetStream domain.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
    /// Whether it was a duplicate (inside the dedupe window), so not stored again.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub duplicate: bool,
    /// A counter's new total (ADR-49).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub val: Option<String>,
    /// The atomic batch this ack commits (ADR-50).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub batch: Option<String>,
    /// Messages in that batch.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub count: Option<u64>,
}

/// Account limits of `$JS.API.INFO` (`limits`); -1 is unlimited.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AccountLimits {
    /// Memory storage limit in bytes.
    pub max_memory: i64,
    /// File storage limit in bytes.
    pub max_storage: i64,
    /// Stream limit.
    pub max_streams: i64,
    /// Consumer limit.
    pub max_consumers: i64,
    /// Ack pending limit per consumer.
    pub max_ack_pending: i64,
    /// Largest memory stream.
    pub memory_max_stream_bytes: i64,
    /// Largest file stream.
    pub storage_max_stream_bytes: i64,
    /// Whether streams must set `max_bytes`.
    pub max_bytes_required: bool,
}

/// API counters of `$JS.API.INFO` (`api`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ApiStats {
    /// API level the server implements.
    pub level: u32,
    /// Requests served.
    pub total: u64,
    /// Requests that failed.
    pub errors: u64,
}

/// `$JS.API.INFO`: the account's JetStream usage and limits.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AccountInfo {
    /// Memory used, bytes.
    pub memory: u64,
    /// File storage used, bytes.
    pub storage: u64,
    /// Memory reserved, bytes.
    pub reserved_memory: u64,
    /// File storage reserved, bytes.
    pub reserved_storage: u64,
    /// Streams.
    pub streams: u64,
    /// Consumers.
    pub consumers: u64,
    /// Limits.
    pub limits: AccountLimits,
    /// JetStream domain.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
    /// API counters.
    pub api: ApiStats,
}

/// One page of `STREAM.NAMES`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct StreamNamesPage {
    /// Names on this page (`null` on the wire when none).
    #[serde(deserialize_with = "null_as_default")]
    pub streams: Vec<String>,
    /// Names in all pages.
    pub total: u64,
    /// Offset of this page.
    pub offset: u64,
    /// Page size.
    pub limit: u64,
}

/// One page of `STREAM.LIST`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct StreamListPage {
    /// Streams on this page.
    #[serde(deserialize_with = "null_as_default")]
    pub streams: Vec<StreamInfo>,
    /// Streams in all pages.
    pub total: u64,
    /// Offset of this page.
    pub offset: u64,
    /// Page size.
    pub limit: u64,
    /// Streams that did not answer in time (clustered servers).
    #[serde(deserialize_with = "null_as_default")]
    pub missing: Vec<String>,
}

/// One page of `CONSUMER.NAMES.<stream>`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ConsumerNamesPage {
    /// Names on this page.
    #[serde(deserialize_with = "null_as_default")]
    pub consumers: Vec<String>,
    /// Names in all pages.
    pub total: u64,
    /// Offset of this page.
    pub offset: u64,
    /// Page size.
    pub limit: u64,
}

/// One page of `CONSUMER.LIST.<stream>`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ConsumerListPage {
    /// Consumers on this page.
    #[serde(deserialize_with = "null_as_default")]
    pub consumers: Vec<ConsumerInfo>,
    /// Consumers in all pages.
    pub total: u64,
    /// Offset of this page.
    pub offset: u64,
    /// Page size.
    pub limit: u64,
    /// Consumers that did not answer in time.
    #[serde(deserialize_with = "null_as_default")]
    pub missing: Vec<String>,
}

/// `null` or a value, for `#[serde(deserialize_with = "null_as_default")]`: JSON `null` is the
/// field's default, as Go's `encoding/json` leaves a field at its zero value on `null` (and
/// nils a slice, map or pointer). nats-server's enums (`retention`, `ack_policy`, ...) are the
/// exception: their `UnmarshalJSON` refuses `null`, so enum fields do not use this.
pub fn null_as_default<'de, D, T>(d: D) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Default + Deserialize<'de>,
{
    Ok(Option::<T>::deserialize(d)?.unwrap_or_default())
}

/// `STREAM.PURGE` request: everything, or by subject, up to a sequence, or keeping the newest.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PurgeRequest {
    /// Only messages on this subject (wildcards allowed).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub filter: Option<String>,
    /// Purge up to, not including, this sequence.
    #[serde(skip_serializing_if = "is_zero")]
    pub seq: u64,
    /// Keep this many of the newest messages.
    #[serde(skip_serializing_if = "is_zero")]
    pub keep: u64,
}

/// `STREAM.PURGE` response.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PurgeResponse {
    /// Whether it worked.
    pub success: bool,
    /// Messages removed.
    pub purged: u64,
}

/// `STREAM.MSG.GET` request: one of `seq`, `last_by_subj`, or `next_by_subj` (with `seq` as
/// the starting point).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct MsgGetRequest {
    /// A sequence (or the start for `next_by_subj`).
    #[serde(skip_serializing_if = "is_zero")]
    pub seq: u64,
    /// The last message on this subject.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_by_subj: Option<String>,
    /// The first message at or after `seq` on this subject.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_by_subj: Option<String>,
}

impl MsgGetRequest {
    /// The message with sequence `seq`.
    pub fn seq(seq: u64) -> MsgGetRequest {
        MsgGetRequest {
            seq,
            ..MsgGetRequest::default()
        }
    }

    /// The last message on `subject`.
    pub fn last_for(subject: impl Into<String>) -> MsgGetRequest {
        MsgGetRequest {
            last_by_subj: Some(subject.into()),
            ..MsgGetRequest::default()
        }
    }

    /// The first message at or after `seq` on `subject`.
    pub fn next_for(subject: impl Into<String>, seq: u64) -> MsgGetRequest {
        MsgGetRequest {
            seq,
            next_by_subj: Some(subject.into()),
            ..MsgGetRequest::default()
        }
    }
}

/// A stored message as `STREAM.MSG.GET` returns it (`message`), headers and data decoded
/// from base64.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StoredMsg {
    /// Subject.
    pub subject: String,
    /// Stream sequence.
    pub seq: u64,
    /// The raw `NATS/1.0` header block, empty when none.
    pub hdrs: Vec<u8>,
    /// Body.
    pub data: Vec<u8>,
    /// Store time (RFC 3339).
    pub time: String,
}

/// The wire form of [`StoredMsg`].
#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(default)]
struct StoredMsgWire {
    subject: String,
    seq: u64,
    #[serde(skip_serializing_if = "String::is_empty")]
    hdrs: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    data: String,
    time: String,
}

impl StoredMsg {
    /// The headers, if the message has any, decoded as nats.go does
    /// ([`crate::HeaderMap::parse_lenient`]: nats-server stores blocks byte for byte).
    pub fn headers(&self) -> Option<crate::HeaderMap> {
        if self.hdrs.is_empty() {
            return None;
        }
        crate::HeaderMap::parse_lenient(&self.hdrs)
    }
}

impl Serialize for StoredMsg {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        StoredMsgWire {
            subject: self.subject.clone(),
            seq: self.seq,
            hdrs: data_encoding::BASE64.encode(&self.hdrs),
            data: data_encoding::BASE64.encode(&self.data),
            time: self.time.clone(),
        }
        .serialize(s)
    }
}

impl<'de> Deserialize<'de> for StoredMsg {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        let w = StoredMsgWire::deserialize(d)?;
        let decode = |field: &str, text: &str| {
            data_encoding::BASE64
                .decode(text.as_bytes())
                .map_err(|e| D::Error::custom(format!("{field}: {e}")))
        };
        Ok(StoredMsg {
            hdrs: decode("hdrs", &w.hdrs)?,
            data: decode("data", &w.data)?,
            subject: w.subject,
            seq: w.seq,
            time: w.time,
        })
    }
}

/// `STREAM.INFO` request options.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct StreamInfoRequest {
    /// List the deleted sequences in `state.deleted`.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub deleted_details: bool,
    /// Count messages per subject matching this filter in `state.subjects`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subjects_filter: Option<String>,
    /// Paging offset of those details.
    #[serde(skip_serializing_if = "is_zero")]
    pub offset: u64,
}

/// `CONSUMER.CREATE` action: create only, update only, or either (empty).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ConsumerAction {
    /// Create, or update when it exists.
    #[default]
    #[serde(rename = "")]
    CreateOrUpdate,
    /// Fail when it exists with a different config.
    #[serde(rename = "create")]
    Create,
    /// Fail when it does not exist.
    #[serde(rename = "update")]
    Update,
}

/// `CONSUMER.CREATE` request body.
#[derive(Debug, Clone, Serialize)]
pub struct CreateConsumerRequest<'a> {
    /// The stream.
    pub stream_name: &'a str,
    /// The config.
    pub config: &'a ConsumerConfig,
    /// What to do when the consumer exists (omitted for create-or-update).
    #[serde(skip_serializing_if = "is_create_or_update")]
    pub action: ConsumerAction,
}

fn is_create_or_update(a: &ConsumerAction) -> bool {
    *a == ConsumerAction::CreateOrUpdate
}

/// `CONSUMER.MSG.NEXT` request body (a pull).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct NextRequest {
    /// Messages wanted.
    pub batch: u64,
    /// Request lifetime in nanoseconds; 0 waits as long as the server allows.
    #[serde(skip_serializing_if = "is_zero_i64")]
    pub expires: i64,
    /// Byte budget of the batch.
    #[serde(skip_serializing_if = "is_zero_i64")]
    pub max_bytes: i64,
    /// Answer at once (404) when nothing is pending.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub no_wait: bool,
    /// Idle heartbeat interval in nanoseconds.
    #[serde(skip_serializing_if = "is_zero_i64")]
    pub idle_heartbeat: i64,
}

fn is_zero_i64(n: &i64) -> bool {
    *n == 0
}

/// Where a message delivered by a consumer came from, parsed from its `$JS.ACK` reply
/// subject (ADR-15: `$JS.ACK.<stream>.<consumer>.<delivered>.<stream seq>.<consumer seq>.
/// <timestamp ns>.<pending>`, or the 12-token form with domain and account hash first).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MsgMetadata {
    /// JetStream domain (12-token form, `_` means none).
    pub domain: Option<String>,
    /// Stream.
    pub stream: String,
    /// Consumer.
    pub consumer: String,
    /// Times this message was delivered, this one included.
    pub delivered: u64,
    /// Stream sequence.
    pub stream_seq: u64,
    /// Consumer sequence.
    pub consumer_seq: u64,
    /// Store time, nanoseconds since the Unix epoch.
    pub timestamp: i64,
    /// Messages still pending after this one.
    pub pending: u64,
}

impl MsgMetadata {
    /// Parses an ack reply subject; `None` when it is not one.
    pub fn from_reply(reply: &str) -> Option<MsgMetadata> {
        let t: Vec<&str> = reply.split('.').collect();
        if t.len() < 9 || t[0] != "$JS" || t[1] != "ACK" {
            return None;
        }
        let (domain, rest) = match t.len() {
            9 => (None, &t[2..]),
            n if n >= 11 => {
                let d = (t[2] != "_").then(|| t[2].to_string());
                (d, &t[4..])
            }
            _ => return None,
        };
        Some(MsgMetadata {
            domain,
            stream: rest[0].to_string(),
            consumer: rest[1].to_string(),
            delivered: rest[2].parse().ok()?,
            stream_seq: rest[3].parse().ok()?,
            consumer_seq: rest[4].parse().ok()?,
            timestamp: rest[5].parse().ok()?,
            pending: rest[6].parse().ok()?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn api_error_display_as_natscli() {
        let e = ApiError {
            code: 404,
            err_code: 10059,
            description: "stream not found".into(),
        };
        assert_eq!(e.to_string(), "stream not found (10059)");
        assert_eq!(ApiError::default().to_string(), "unknown JetStream error");
    }

    #[test]
    fn stream_info_tolerates_unknown_and_null_fields() {
        let info: StreamInfo = serde_json::from_str(
            r#"{"type":"io.nats.jetstream.api.v1.stream_info_response","total":0,"offset":0,
            "limit":0,"config":{"name":"S","subjects":["a"],"retention":"limits",
            "max_consumers":-1,"storage":"file","new_thing":[1]},"created":"2024-01-01T00:00:00Z",
            "state":{"messages":2,"bytes":10,"first_seq":1,"first_ts":"x","last_seq":2,
            "last_ts":"y","consumer_count":0,"future":1},"cluster":{"leader":"n1"},
            "ts":"2024-01-01T00:00:01Z"}"#,
        )
        .expect("stream info");
        assert_eq!(info.config.name, "S");
        assert_eq!(info.state.messages, 2);
        assert_eq!(info.cluster.and_then(|c| c.leader).as_deref(), Some("n1"));
        let page: StreamNamesPage =
            serde_json::from_str(r#"{"total":0,"offset":0,"limit":1024,"streams":null}"#)
                .expect("names");
        assert!(page.streams.is_empty());
    }

    #[test]
    fn stored_msg_base64() {
        let m: StoredMsg = serde_json::from_str(
            r#"{"subject":"a","seq":3,"hdrs":"TkFUUy8xLjANCkE6IGINCg0K","data":"aGk=","time":"t"}"#,
        )
        .expect("msg");
        assert_eq!(m.data, b"hi");
        let h = m.headers().expect("headers");
        assert_eq!(h.get("A"), Some("b"));
        let m: StoredMsg = serde_json::from_str(r#"{"subject":"a","seq":1,"time":"t"}"#)
            .expect("msg without data");
        assert!(m.data.is_empty() && m.hdrs.is_empty());
    }

    #[test]
    fn metadata_from_ack_reply() {
        let m =
            MsgMetadata::from_reply("$JS.ACK.S.C.2.10.4.1700000000000000000.7").expect("metadata");
        assert_eq!(
            (
                m.stream.as_str(),
                m.consumer.as_str(),
                m.delivered,
                m.stream_seq
            ),
            ("S", "C", 2, 10)
        );
        assert_eq!((m.consumer_seq, m.pending, m.domain), (4, 7, None));
        let m = MsgMetadata::from_reply("$JS.ACK.hub.ACC.S.C.1.5.5.1700000000000000000.0.tok")
            .expect("v2 metadata");
        assert_eq!((m.domain.as_deref(), m.stream_seq), (Some("hub"), 5));
        assert!(MsgMetadata::from_reply("_INBOX.x").is_none());
    }

    #[test]
    fn create_consumer_request_omits_default_action() {
        let cfg = ConsumerConfig::default();
        let v = serde_json::to_value(CreateConsumerRequest {
            stream_name: "S",
            config: &cfg,
            action: ConsumerAction::CreateOrUpdate,
        })
        .expect("json");
        assert!(v.get("action").is_none());
        let v = serde_json::to_value(CreateConsumerRequest {
            stream_name: "S",
            config: &cfg,
            action: ConsumerAction::Create,
        })
        .expect("json");
        assert_eq!(v["action"], "create");
    }
}
