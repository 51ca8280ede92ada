//! `/jsz` (nats-server `JSInfo` in `server/monitor.go`) as its readers need it: the totals, the
//! API counters and, with `accounts=true&streams=true&consumers=true`, the per-account stream
//! and consumer details. Every struct reads with missing fields defaulted and unknown fields
//! ignored, so it parses the answer of any nats-server version; `config` blocks are kept as raw
//! JSON.

use serde::{Deserialize, Serialize};

use super::format::Timestamp;

/// What `/jsz` details (`JSzOptions`): the HTTP query (`acc`, `accounts`, `streams`,
/// `consumers`, `config`) or the body of a `$SYS` JSZ request (`account`, `accounts`,
/// `streams`, `consumer`, `config`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct JszOptions {
    /// Only this account.
    #[serde(alias = "acc")]
    pub account: String,
    /// Per-account details.
    pub accounts: bool,
    /// Stream details (implies accounts).
    pub streams: bool,
    /// Consumer details (implies streams).
    #[serde(alias = "consumers")]
    pub consumer: bool,
    /// Configurations of streams and consumers.
    pub config: bool,
}

impl JszOptions {
    /// Upstream's implications: consumers need streams, streams (or one account) need
    /// account details.
    pub fn normalized(mut self) -> Self {
        if self.consumer {
            self.streams = true;
        }
        if self.streams || !self.account.is_empty() {
            self.accounts = true;
        }
        self
    }
}

/// The `/jsz` report.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Jsz {
    /// Server id.
    pub server_id: String,
    /// Time of this report.
    pub now: Timestamp,
    /// JetStream is off on this server.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub disabled: bool,
    /// JetStream configuration (`max_memory`, `max_storage`, `store_dir`, ...).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub config: Option<serde_json::Value>,
    /// Memory used by streams, bytes.
    pub memory: u64,
    /// File storage used by streams, bytes.
    pub storage: u64,
    /// Memory reserved by account limits.
    pub reserved_memory: u64,
    /// Storage reserved by account limits.
    pub reserved_storage: u64,
    /// Accounts with JetStream.
    pub accounts: u64,
    /// Replicated assets.
    pub ha_assets: u64,
    /// API counters.
    pub api: JszApi,
    /// Streams.
    pub streams: u64,
    /// Consumers.
    pub consumers: u64,
    /// Messages stored.
    pub messages: u64,
    /// Bytes stored.
    pub bytes: u64,
    /// Per-account details (`accounts=true`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub account_details: Vec<JszAccount>,
}

/// `/jsz` `api`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct JszApi {
    /// API level.
    #[serde(skip_serializing_if = "is_zero")]
    pub level: u64,
    /// Requests handled.
    pub total: u64,
    /// Requests that failed.
    pub errors: u64,
}

fn is_zero(v: &u64) -> bool {
    *v == 0
}

/// One account of `/jsz?accounts=true`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct JszAccount {
    /// Account name.
    pub name: String,
    /// Account id.
    pub id: String,
    /// Memory used.
    pub memory: u64,
    /// Storage used.
    pub storage: u64,
    /// API counters of the account.
    pub api: JszApi,
    /// Streams (`streams=true`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub stream_detail: Vec<JszStream>,
}

/// One stream of `/jsz?streams=true`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct JszStream {
    /// Stream name.
    pub name: String,
    /// Creation time.
    pub created: Timestamp,
    /// Configuration (`config=true`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub config: Option<serde_json::Value>,
    /// Stream state.
    pub state: JszStreamState,
    /// Consumers (`consumers=true`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub consumer_detail: Vec<JszConsumer>,
}

/// A stream's state as `/jsz` shows it.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct JszStreamState {
    /// Messages stored.
    pub messages: u64,
    /// Bytes stored.
    pub bytes: u64,
    /// First sequence.
    pub first_seq: u64,
    /// Last sequence.
    pub last_seq: u64,
    /// Consumers.
    pub consumer_count: u64,
}

/// One consumer of `/jsz?consumers=true` (a `ConsumerInfo`).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct JszConsumer {
    /// Stream name.
    pub stream_name: String,
    /// Consumer name.
    pub name: String,
    /// Delivered sequences.
    pub delivered: JszSequences,
    /// Acknowledged floor.
    pub ack_floor: JszSequences,
    /// Delivered, not yet acknowledged.
    pub num_ack_pending: u64,
    /// Redelivered messages.
    pub num_redelivered: u64,
    /// Waiting pull requests.
    pub num_waiting: u64,
    /// Messages not yet delivered.
    pub num_pending: u64,
}

/// `delivered` / `ack_floor` of a consumer.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct JszSequences {
    /// Consumer sequence.
    pub consumer_seq: u64,
    /// Stream sequence.
    pub stream_seq: u64,
}
