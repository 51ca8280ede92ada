//! The cluster monitoring documents: `/routez`, `/gatewayz`, `/leafz` (and their `$SYS.REQ.SERVER`
//! `ROUTEZ`, `GATEWAYZ`, `LEAFZ` twins), `/ipqueuesz` and the options that select them, with
//! nats-server's field names, order and `omitempty` rules (`server/monitor.go` `Routez`,
//! `Gatewayz`, `Leafz`, `IpqueueszStatus`).
//!
//! rnats has no routes, gateways or leaf nodes yet, so its server answers these documents empty;
//! `rnats top` and the CLI read them from any nats-server, so every struct reads with missing
//! fields defaulted and unknown fields ignored.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::format::{is_default, Timestamp};
use super::types::{ConnInfo, SubDetail};

/// Import or export permissions of routes (`SubjectPermission`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SubjectPermission {
    /// Subjects allowed.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub allow: Vec<String>,
    /// Subjects denied.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub deny: Vec<String>,
}

/// `/routez`: this server's cluster routes (`Routez`).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Routez {
    /// Server id.
    pub server_id: String,
    /// Server name.
    pub server_name: String,
    /// Time of this report, UTC.
    pub now: Timestamp,
    /// Cluster import permissions, when configured.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub import: Option<SubjectPermission>,
    /// Cluster export permissions, when configured.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub export: Option<SubjectPermission>,
    /// Number of routes.
    pub num_routes: usize,
    /// The routes (`[]` when none).
    pub routes: Vec<RouteInfo>,
}

/// One route (`RouteInfo`).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct RouteInfo {
    /// Route connection id.
    pub rid: u64,
    /// Remote server id.
    pub remote_id: String,
    /// Remote server name.
    pub remote_name: String,
    /// Whether this server dialled the route.
    pub did_solicit: bool,
    /// Whether the route is in the configuration (not gossiped).
    pub is_configured: bool,
    /// Remote IP.
    pub ip: String,
    /// Remote port.
    pub port: u16,
    /// Connection start.
    pub start: Timestamp,
    /// Last activity.
    pub last_activity: Timestamp,
    /// Round-trip time, Go duration text.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub rtt: String,
    /// Uptime, `myUptime` text.
    pub uptime: String,
    /// Idle time, `myUptime` text.
    pub idle: String,
    /// Import permissions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub import: Option<SubjectPermission>,
    /// Export permissions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub export: Option<SubjectPermission>,
    /// Bytes waiting to be written.
    pub pending_size: i64,
    /// Messages received.
    pub in_msgs: i64,
    /// Messages sent.
    pub out_msgs: i64,
    /// Bytes received.
    pub in_bytes: i64,
    /// Bytes sent.
    pub out_bytes: i64,
    /// Subscriptions known over the route.
    pub subscriptions: u32,
    /// Their subjects, with `subs=1`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub subscriptions_list: Vec<String>,
    /// Their details, with `subs=detail`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub subscriptions_list_detail: Vec<SubDetail>,
    /// Account of a pinned (per-account) route.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub account: String,
    /// Compression mode.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub compression: String,
}

/// What `/routez` reports (`RoutezOptions`); also the body of `ROUTEZ` requests.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RoutezOptions {
    /// Include each route's subscription subjects.
    pub subscriptions: bool,
    /// Include each route's subscription details.
    pub subscriptions_detail: bool,
}

/// `/gatewayz`: this server's super-cluster gateways (`Gatewayz`).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Gatewayz {
    /// Server id.
    pub server_id: String,
    /// Time of this report, UTC.
    pub now: Timestamp,
    /// Gateway (cluster) name, when gateways are enabled.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// Gateway listen host, when enabled.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub host: String,
    /// Gateway listen port, when enabled.
    #[serde(skip_serializing_if = "is_default")]
    pub port: u16,
    /// Outbound gateway connections by remote name (`{}` when none).
    pub outbound_gateways: BTreeMap<String, RemoteGatewayz>,
    /// Inbound gateway connections by remote name (`{}` when none).
    pub inbound_gateways: BTreeMap<String, Vec<RemoteGatewayz>>,
}

/// One gateway connection (`RemoteGatewayz`).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct RemoteGatewayz {
    /// Whether the remote is in the configuration.
    pub configured: bool,
    /// The connection, as `/connz` shows one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub connection: Option<ConnInfo>,
    /// Per-account interest, with `accs=1`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub accounts: Vec<AccountGatewayz>,
}

/// One account's interest mode over a gateway (`AccountGatewayz`).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct AccountGatewayz {
    /// Account name.
    pub name: String,
    /// `Optimistic`, `Transitioning` or `Interest-Only`.
    pub interest_mode: String,
    /// Subjects with no interest (optimistic mode).
    #[serde(skip_serializing_if = "is_default")]
    pub no_interest_count: i64,
    /// Threshold for switching to interest-only.
    #[serde(skip_serializing_if = "is_default")]
    pub interest_only_threshold: i64,
    /// Subscriptions.
    #[serde(skip_serializing_if = "is_default")]
    pub num_subs: i64,
    /// Queue subscriptions.
    #[serde(skip_serializing_if = "is_default")]
    pub num_queue_subs: i64,
    /// Subscription subjects.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub subscriptions_list: Vec<String>,
    /// Subscription details.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub subscriptions_list_detail: Vec<SubDetail>,
}

/// What `/gatewayz` reports (`GatewayzOptions`); also the body of `GATEWAYZ` requests.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct GatewayzOptions {
    /// Only this remote gateway (`gw_name`).
    pub name: String,
    /// Include per-account interest (`accs`).
    pub accounts: bool,
    /// Only this account (`acc_name`; implies `accounts`).
    pub account_name: String,
    /// Include subscription subjects (`subs`).
    pub subscriptions: bool,
    /// Include subscription details (`subs=detail`).
    pub subscriptions_detail: bool,
}

/// `/leafz`: this server's leaf node connections (`Leafz`).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Leafz {
    /// Server id.
    pub server_id: String,
    /// Time of this report, UTC.
    pub now: Timestamp,
    /// Number of leaf nodes.
    pub leafnodes: usize,
    /// The leaf nodes (`[]` when none).
    pub leafs: Vec<LeafInfo>,
}

/// One leaf node connection (`LeafInfo`).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct LeafInfo {
    /// Connection id.
    pub id: u64,
    /// Remote server name.
    pub name: String,
    /// Whether the remote is a spoke (it dialled us).
    pub is_spoke: bool,
    /// Whether the leaf is isolated.
    #[serde(skip_serializing_if = "is_default")]
    pub is_isolated: bool,
    /// Bound account.
    pub account: String,
    /// Remote IP.
    pub ip: String,
    /// Remote port.
    pub port: u16,
    /// Round-trip time, Go duration text.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub rtt: String,
    /// Messages received.
    pub in_msgs: i64,
    /// Messages sent.
    pub out_msgs: i64,
    /// Bytes received.
    pub in_bytes: i64,
    /// Bytes sent.
    pub out_bytes: i64,
    /// Subscriptions over the leaf.
    pub subscriptions: u32,
    /// Their subjects, with `subs=1`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub subscriptions_list: Vec<String>,
    /// Compression mode.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub compression: String,
}

/// What `/leafz` reports (`LeafzOptions`); also the body of `LEAFZ` requests.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct LeafzOptions {
    /// Include subscription subjects (`subs`).
    pub subscriptions: bool,
    /// Only leaf nodes bound to this account (`acc`).
    pub account: String,
}

/// One internal queue of `/ipqueuesz` (`IpqueueszStatusIPQ`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct IpqueueStatus {
    /// Items waiting.
    pub pending: usize,
    /// Items taken but not finished.
    #[serde(skip_serializing_if = "is_default")]
    pub in_progress: usize,
}

/// `/ipqueuesz`: internal queues by name (`IpqueueszStatus`).
pub type Ipqueuesz = BTreeMap<String, IpqueueStatus>;

/// What `/ipqueuesz` reports (`IpqueueszOptions`); also the body of `IPQUEUESZ` requests.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct IpqueueszOptions {
    /// Include idle queues (`all`).
    pub all: bool,
    /// Only queues whose name contains this (`queues`).
    pub filter: String,
}
