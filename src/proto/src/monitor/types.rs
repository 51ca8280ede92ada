//! The JSON documents of the monitoring endpoints (`/varz`, `/connz`, `/subsz`, `/healthz`) and
//! the options that select them, with nats-server's field names, order and `omitempty` rules
//! (`server/monitor.go`, `server/sublist.go` `SublistStats`).
//!
//! Field order is the order nats-server emits. A Go `omitempty` field is skipped when empty or
//! zero; fields without it are always present. The rnats server fills and serializes these
//! structs; `rnats top` and the CLI deserialize them from any nats-server, so every struct reads
//! with missing fields defaulted (`#[serde(default)]`) and unknown fields ignored.

use std::collections::BTreeMap;
use std::time::Duration;

use serde::{Deserialize, Serialize, Serializer};

use super::format::{
    de_nanos, de_rtt, display_rtt, is_default, is_zero_duration, ser_nanos, Timestamp,
};

/// Default page size of `/connz` (`DefaultConnListSize`).
pub const DEFAULT_CONN_LIST_SIZE: usize = 1024;
/// Default page size of `/subsz` (`DefaultSubListSize`).
pub const DEFAULT_SUB_LIST_SIZE: usize = 1024;
/// Name of the global account, which `/connz` never names in `account`.
pub const GLOBAL_ACCOUNT: &str = "$G";

// ---------------------------------------------------------------------------------------------
// /varz

/// `/varz`: server identity, configuration and counters (`Varz` in monitor.go).
///
/// The core fills every field; the HTTP layer only replaces `http_req_stats` with its own
/// per-path request counts.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Varz {
    /// Unique server id generated at start.
    pub server_id: String,
    /// Configured server name; the id when not set.
    pub server_name: String,
    /// Server version.
    pub version: String,
    /// Client protocol version.
    pub proto: i32,
    /// Build commit.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub git_commit: String,
    /// Toolchain (upstream: Go version).
    pub go: String,
    /// Client listen host.
    pub host: String,
    /// Client listen port.
    pub port: i32,
    /// Users must authenticate.
    #[serde(skip_serializing_if = "is_default")]
    pub auth_required: bool,
    /// Clients must use TLS.
    #[serde(skip_serializing_if = "is_default")]
    pub tls_required: bool,
    /// Client certificates are verified.
    #[serde(skip_serializing_if = "is_default")]
    pub tls_verify: bool,
    /// OCSP peer verification is on.
    #[serde(skip_serializing_if = "is_default")]
    pub tls_ocsp_peer_verify: bool,
    /// Listen IP when set.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub ip: String,
    /// URLs clients may connect to.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub connect_urls: Vec<String>,
    /// URLs websocket clients may connect to.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub ws_connect_urls: Vec<String>,
    /// `max_connections`.
    pub max_connections: i64,
    /// `max_subscriptions` (omitted when 0, unlimited).
    #[serde(skip_serializing_if = "is_default")]
    pub max_subscriptions: i64,
    /// `ping_interval`, as integer nanoseconds.
    #[serde(serialize_with = "ser_nanos", deserialize_with = "de_nanos")]
    pub ping_interval: Duration,
    /// `ping_max`.
    pub ping_max: i64,
    /// Monitoring host.
    pub http_host: String,
    /// Monitoring port.
    pub http_port: i64,
    /// `http_base_path` as configured.
    pub http_base_path: String,
    /// HTTPS monitoring port.
    pub https_port: i64,
    /// `auth_timeout` in seconds.
    pub auth_timeout: f64,
    /// `max_control_line`.
    pub max_control_line: i32,
    /// `max_payload`.
    pub max_payload: i64,
    /// `max_pending`.
    pub max_pending: i64,
    /// Cluster settings; `{}` when not configured.
    pub cluster: ClusterOptsVarz,
    /// Gateway settings; `{}` when not configured.
    pub gateway: GatewayOptsVarz,
    /// Leaf node settings; `{}` when not configured.
    pub leaf: LeafNodeOptsVarz,
    /// MQTT settings; `{}` when not configured.
    pub mqtt: MqttOptsVarz,
    /// Websocket settings; `{}` when not configured.
    pub websocket: WebsocketOptsVarz,
    /// JetStream state; `{}` when disabled.
    pub jetstream: JetStreamVarz,
    /// `tls_timeout` in seconds.
    pub tls_timeout: f64,
    /// `write_deadline`, as integer nanoseconds.
    #[serde(serialize_with = "ser_nanos", deserialize_with = "de_nanos")]
    pub write_deadline: Duration,
    /// Write-deadline closure policy (empty when default).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub write_timeout: String,
    /// Server start, UTC.
    pub start: Timestamp,
    /// Time of this report, UTC.
    pub now: Timestamp,
    /// Time since start, `my_uptime` format.
    pub uptime: String,
    /// Resident memory in bytes (the server's process usage).
    pub mem: i64,
    /// Cores available.
    pub cores: i64,
    /// Worker threads (upstream: GOMAXPROCS).
    pub gomaxprocs: i64,
    /// Memory limit (upstream: GOMEMLIMIT), omitted when unset.
    #[serde(skip_serializing_if = "is_default")]
    pub gomemlimit: i64,
    /// CPU percent, one decimal (the server's process usage).
    pub cpu: f64,
    /// Open client connections.
    pub connections: i64,
    /// Client connections accepted since start.
    pub total_connections: u64,
    /// Connected routes.
    pub routes: i64,
    /// Configured route remotes.
    pub remotes: i64,
    /// Connected leaf nodes.
    pub leafnodes: i64,
    /// Messages received.
    pub in_msgs: i64,
    /// Messages sent.
    pub out_msgs: i64,
    /// Bytes received.
    pub in_bytes: i64,
    /// Bytes sent.
    pub out_bytes: i64,
    /// Connections closed as slow consumers since start.
    pub slow_consumers: i64,
    /// Stale connections detected since start.
    pub stale_connections: i64,
    /// Times clients were stalled.
    pub stalled_clients: i64,
    /// Subscriptions across all accounts.
    pub subscriptions: u32,
    /// Requests per endpoint path (base path not included); keys sorted like Go maps.
    pub http_req_stats: BTreeMap<String, u64>,
    /// Time the configuration was (re)loaded, UTC.
    pub config_load_time: Timestamp,
    /// Digest of the configuration (empty without a config file).
    pub config_digest: String,
    /// `server_tags`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// `server_metadata`.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub metadata: BTreeMap<String, String>,
    /// Feature flags and their state.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub feature_flags: BTreeMap<String, bool>,
    /// JWTs of the trusted operators.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub trusted_operators_jwt: Vec<String>,
    /// Name of the system account.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub system_account: String,
    /// Logins refused because the issuer account was not pinned.
    #[serde(skip_serializing_if = "is_default")]
    pub pinned_account_fails: u64,
    /// Slow consumers per connection kind (always present).
    pub slow_consumer_stats: ConnKindStats,
    /// Stale connections per connection kind (always present).
    pub stale_connection_stats: ConnKindStats,
    /// Expiry of the client TLS certificate.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tls_cert_not_after: Option<Timestamp>,
}

/// Counters per connection kind: varz `slow_consumer_stats` and `stale_connection_stats`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ConnKindStats {
    /// Client connections.
    pub clients: u64,
    /// Route connections.
    pub routes: u64,
    /// Gateway connections.
    pub gateways: u64,
    /// Leaf node connections.
    pub leafs: u64,
}

/// varz `cluster` (`ClusterOptsVarz`).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ClusterOptsVarz {
    /// Cluster name.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// Cluster listen host.
    #[serde(rename = "addr", skip_serializing_if = "String::is_empty")]
    pub host: String,
    /// Cluster listen port.
    #[serde(rename = "cluster_port", skip_serializing_if = "is_default")]
    pub port: i64,
    /// Authentication timeout in seconds.
    #[serde(skip_serializing_if = "is_default")]
    pub auth_timeout: f64,
    /// Configured route URLs (host:port).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub urls: Vec<String>,
    /// TLS timeout in seconds.
    #[serde(skip_serializing_if = "is_default")]
    pub tls_timeout: f64,
    /// TLS required.
    #[serde(skip_serializing_if = "is_default")]
    pub tls_required: bool,
    /// TLS peers verified.
    #[serde(skip_serializing_if = "is_default")]
    pub tls_verify: bool,
    /// Route pool size.
    #[serde(skip_serializing_if = "is_default")]
    pub pool_size: i64,
    /// Write deadline, integer nanoseconds.
    #[serde(
        serialize_with = "ser_nanos",
        deserialize_with = "de_nanos",
        skip_serializing_if = "is_zero_duration"
    )]
    pub write_deadline: Duration,
    /// Write-deadline closure policy.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub write_timeout: String,
    /// Expiry of the cluster TLS certificate.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tls_cert_not_after: Option<Timestamp>,
}

/// varz `gateway` (`GatewayOptsVarz`).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct GatewayOptsVarz {
    /// Gateway (super-cluster) name.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// Listen host.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub host: String,
    /// Listen port.
    #[serde(skip_serializing_if = "is_default")]
    pub port: i64,
    /// Authentication timeout in seconds.
    #[serde(skip_serializing_if = "is_default")]
    pub auth_timeout: f64,
    /// TLS timeout in seconds.
    #[serde(skip_serializing_if = "is_default")]
    pub tls_timeout: f64,
    /// TLS required.
    #[serde(skip_serializing_if = "is_default")]
    pub tls_required: bool,
    /// TLS peers verified.
    #[serde(skip_serializing_if = "is_default")]
    pub tls_verify: bool,
    /// Advertised URL.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub advertise: String,
    /// Connect retries.
    #[serde(skip_serializing_if = "is_default")]
    pub connect_retries: i64,
    /// Configured remote gateways.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub gateways: Vec<RemoteGatewayOptsVarz>,
    /// Unknown clusters are rejected.
    #[serde(skip_serializing_if = "is_default")]
    pub reject_unknown: bool,
    /// Write deadline, integer nanoseconds.
    #[serde(
        serialize_with = "ser_nanos",
        deserialize_with = "de_nanos",
        skip_serializing_if = "is_zero_duration"
    )]
    pub write_deadline: Duration,
    /// Write-deadline closure policy.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub write_timeout: String,
    /// Expiry of the gateway TLS certificate.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tls_cert_not_after: Option<Timestamp>,
}

/// One configured remote gateway (`RemoteGatewayOptsVarz`).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct RemoteGatewayOptsVarz {
    /// Remote gateway name.
    pub name: String,
    /// TLS timeout in seconds.
    #[serde(skip_serializing_if = "is_default")]
    pub tls_timeout: f64,
    /// Known URLs.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub urls: Vec<String>,
}

/// varz `leaf` (`LeafNodeOptsVarz`).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct LeafNodeOptsVarz {
    /// Listen host.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub host: String,
    /// Listen port.
    #[serde(skip_serializing_if = "is_default")]
    pub port: i64,
    /// Authentication timeout in seconds.
    #[serde(skip_serializing_if = "is_default")]
    pub auth_timeout: f64,
    /// TLS timeout in seconds.
    #[serde(skip_serializing_if = "is_default")]
    pub tls_timeout: f64,
    /// TLS required.
    #[serde(skip_serializing_if = "is_default")]
    pub tls_required: bool,
    /// TLS peers verified.
    #[serde(skip_serializing_if = "is_default")]
    pub tls_verify: bool,
    /// Configured remotes.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub remotes: Vec<RemoteLeafOptsVarz>,
    /// OCSP peer verification.
    #[serde(skip_serializing_if = "is_default")]
    pub tls_ocsp_peer_verify: bool,
    /// Write deadline, integer nanoseconds.
    #[serde(
        serialize_with = "ser_nanos",
        deserialize_with = "de_nanos",
        skip_serializing_if = "is_zero_duration"
    )]
    pub write_deadline: Duration,
    /// Write-deadline closure policy.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub write_timeout: String,
    /// Expiry of the leaf TLS certificate.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tls_cert_not_after: Option<Timestamp>,
}

/// Denied imports/exports of a leaf remote (`DenyRules`).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct DenyRules {
    /// Denied exports.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub exports: Vec<String>,
    /// Denied imports.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub imports: Vec<String>,
}

/// One configured leaf remote (`RemoteLeafOptsVarz`).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct RemoteLeafOptsVarz {
    /// Local account the leaf binds to.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub local_account: String,
    /// TLS timeout in seconds.
    #[serde(skip_serializing_if = "is_default")]
    pub tls_timeout: f64,
    /// Remote URLs.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub urls: Vec<String>,
    /// Deny rules.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deny: Option<DenyRules>,
    /// OCSP peer verification.
    #[serde(skip_serializing_if = "is_default")]
    pub tls_ocsp_peer_verify: bool,
}

/// varz `mqtt` (`MQTTOptsVarz`).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct MqttOptsVarz {
    /// Listen host.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub host: String,
    /// Listen port.
    #[serde(skip_serializing_if = "is_default")]
    pub port: i64,
    /// User for unauthenticated connections.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub no_auth_user: String,
    /// Authentication timeout in seconds.
    #[serde(skip_serializing_if = "is_default")]
    pub auth_timeout: f64,
    /// TLS mapping.
    #[serde(skip_serializing_if = "is_default")]
    pub tls_map: bool,
    /// TLS timeout in seconds.
    #[serde(skip_serializing_if = "is_default")]
    pub tls_timeout: f64,
    /// Pinned certificates.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tls_pinned_certs: Vec<String>,
    /// JetStream domain for MQTT state.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub js_domain: String,
    /// Ack wait, integer nanoseconds.
    #[serde(
        serialize_with = "ser_nanos",
        deserialize_with = "de_nanos",
        skip_serializing_if = "is_zero_duration"
    )]
    pub ack_wait: Duration,
    /// Max ack pending.
    #[serde(skip_serializing_if = "is_default")]
    pub max_ack_pending: u16,
    /// OCSP peer verification.
    #[serde(skip_serializing_if = "is_default")]
    pub tls_ocsp_peer_verify: bool,
    /// Expiry of the MQTT TLS certificate.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tls_cert_not_after: Option<Timestamp>,
}

/// varz `websocket` (`WebsocketOptsVarz`).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct WebsocketOptsVarz {
    /// Listen host.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub host: String,
    /// Listen port.
    #[serde(skip_serializing_if = "is_default")]
    pub port: i64,
    /// Advertised URL.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub advertise: String,
    /// User for unauthenticated connections.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub no_auth_user: String,
    /// Cookie carrying the JWT.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub jwt_cookie: String,
    /// Handshake timeout, integer nanoseconds.
    #[serde(
        serialize_with = "ser_nanos",
        deserialize_with = "de_nanos",
        skip_serializing_if = "is_zero_duration"
    )]
    pub handshake_timeout: Duration,
    /// Authentication timeout in seconds.
    #[serde(skip_serializing_if = "is_default")]
    pub auth_timeout: f64,
    /// TLS disabled.
    #[serde(skip_serializing_if = "is_default")]
    pub no_tls: bool,
    /// TLS mapping.
    #[serde(skip_serializing_if = "is_default")]
    pub tls_map: bool,
    /// Pinned certificates.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tls_pinned_certs: Vec<String>,
    /// Same-origin check.
    #[serde(skip_serializing_if = "is_default")]
    pub same_origin: bool,
    /// Allowed origins.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub allowed_origins: Vec<String>,
    /// Compression supported.
    #[serde(skip_serializing_if = "is_default")]
    pub compression: bool,
    /// OCSP peer verification.
    #[serde(skip_serializing_if = "is_default")]
    pub tls_ocsp_peer_verify: bool,
    /// Expiry of the websocket TLS certificate.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tls_cert_not_after: Option<Timestamp>,
}

/// varz `jetstream` (`JetStreamVarz`): `{}` when JetStream is off.
///
/// The parts are JSON values because their types belong to the JetStream subsystem, which
/// renders them itself.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct JetStreamVarz {
    /// Active JetStream configuration.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub config: Option<serde_json::Value>,
    /// Usage statistics.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stats: Option<serde_json::Value>,
    /// Meta-layer cluster information.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meta: Option<serde_json::Value>,
    /// Configured limits.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limits: Option<serde_json::Value>,
}

// ---------------------------------------------------------------------------------------------
// /connz

/// `/connz` response.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Connz {
    /// Server id; empty when `acc` names an unknown account.
    pub server_id: String,
    /// Time of this report, UTC.
    pub now: Timestamp,
    /// Connections in this page.
    pub num_connections: usize,
    /// Connections matching the state and account filters, before paging.
    pub total: usize,
    /// Requested offset (negative becomes 0).
    pub offset: usize,
    /// Page size.
    pub limit: usize,
    /// The page; `null` when `acc` names an unknown account.
    pub connections: Option<Vec<ConnInfo>>,
}

/// One connection in `/connz` (`ConnInfo`).
///
/// The core fills it as the connection is now (or was when it closed, for closed ones). Some
/// fields are raw inputs that the server's `connz` endpoint rewrites: `uptime` and `idle` are
/// computed from `start`/`last_activity`/`stop`; `account` holds the real account name (also
/// `$G`) and is blanked for `$G`; `authorized_user`, `jwt`, `issuer_key`, `name_tag`, `tags` and
/// `tls_peer_certs` are removed unless `auth` was asked for.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ConnInfo {
    /// Connection id.
    pub cid: u64,
    /// `Client`, `Leafnode`, ...
    #[serde(skip_serializing_if = "String::is_empty")]
    pub kind: String,
    /// `nats`, `mqtt`, `websocket`, ...
    #[serde(rename = "type", skip_serializing_if = "String::is_empty")]
    pub conn_type: String,
    /// Peer IP.
    pub ip: String,
    /// Peer port.
    pub port: u16,
    /// Accepted at, local zone.
    pub start: Timestamp,
    /// Last activity, local zone.
    pub last_activity: Timestamp,
    /// Closed at, local zone; `None` while open.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stop: Option<Timestamp>,
    /// Why it closed (`"Client Closed"`, ...).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub reason: String,
    /// Round-trip time; open connections always have one (zero before the first PONG).
    #[serde(
        serialize_with = "ser_rtt",
        deserialize_with = "de_rtt",
        skip_serializing_if = "Option::is_none"
    )]
    pub rtt: Option<Duration>,
    /// Time connected (`my_uptime`); filled by the endpoint.
    pub uptime: String,
    /// Time since last activity; filled by the endpoint.
    pub idle: String,
    /// Bytes queued for the client.
    pub pending_bytes: i64,
    /// Messages received from the client.
    pub in_msgs: i64,
    /// Messages sent to the client.
    pub out_msgs: i64,
    /// Bytes received from the client.
    pub in_bytes: i64,
    /// Bytes sent to the client.
    pub out_bytes: i64,
    /// Times the client was stalled.
    #[serde(skip_serializing_if = "is_default")]
    pub stalls: i64,
    /// Subscription count.
    pub subscriptions: u32,
    /// CONNECT `name`.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// CONNECT `lang`.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub lang: String,
    /// CONNECT `version`.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub version: String,
    /// Negotiated TLS version.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub tls_version: String,
    /// Negotiated cipher suite.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub tls_cipher_suite: String,
    /// Peer certificates (auth only).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tls_peer_certs: Vec<TlsPeerCert>,
    /// TLS handshake came first.
    #[serde(skip_serializing_if = "is_default")]
    pub tls_first: bool,
    /// Authenticated user (auth only; raw input for the `user` filter).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub authorized_user: String,
    /// Account name (raw input for the `acc` filter; shown with auth, never `$G`).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub account: String,
    /// Subjects, with `subs=1`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub subscriptions_list: Vec<String>,
    /// Subscription details, with `subs=detail`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub subscriptions_list_detail: Vec<SubDetail>,
    /// User JWT (auth only; bearer JWTs already redacted by the core).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub jwt: String,
    /// Issuer of the user JWT (auth only).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub issuer_key: String,
    /// Account name tag, or the account name when it has none (auth only).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub name_tag: String,
    /// User JWT tags (auth only).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// MQTT client id.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub mqtt_client: String,
    /// Trusted proxy the connection came through.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub proxy: Option<ProxyInfo>,
    /// rnats only (not in nats-server): why and when the connection was cut off as a slow
    /// consumer; set on closed connections whose reason is a slow consumer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub slow_consumer: Option<SlowConsumerInfo>,
}

/// rnats' slow-consumer record (beyond nats-server, which only counts them and logs the
/// connection): which account, the subject last handed to the connection, how many bytes were
/// waiting, and when.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SlowConsumerInfo {
    /// When the server cut the connection off, local zone.
    pub time: Timestamp,
    /// `max_pending` (pending bytes over the limit) or `write_deadline` (a write stalled).
    pub kind: String,
    /// The connection's account.
    pub account: String,
    /// Subject of the last delivery handed to the connection (the first message of the last
    /// batch queued for it).
    pub subject: String,
    /// Bytes queued for the connection and not written when it was cut off.
    pub pending_bytes: i64,
    /// The limit in force: `max_pending` in bytes, or the write deadline in nanoseconds.
    pub limit: i64,
}

fn ser_rtt<S: Serializer>(rtt: &Option<Duration>, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&crate::kit::format::duration_string(display_rtt(
        rtt.unwrap_or_default(),
    )))
}

/// Basic facts of a TLS peer certificate (`TLSPeerCert`).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct TlsPeerCert {
    /// Subject DN.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub subject: String,
    /// SHA-256 of the subject public key info, hex.
    #[serde(rename = "spki_sha256", skip_serializing_if = "String::is_empty")]
    pub subject_pki_sha256: String,
    /// SHA-256 of the certificate, hex.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub cert_sha256: String,
}

/// The trusted proxy of a connection (`ProxyInfo`).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ProxyInfo {
    /// Proxy public key.
    pub key: String,
}

/// One subscription (`SubDetail`). Under `/connz` of an open connection `account` and
/// `account_tag` are empty; `/subsz` and closed connections carry them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SubDetail {
    /// Account name.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub account: String,
    /// Account name tag (or name).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub account_tag: String,
    /// Subject (may hold wildcards).
    pub subject: String,
    /// Queue group.
    #[serde(rename = "qgroup", skip_serializing_if = "String::is_empty")]
    pub queue: String,
    /// Subscription id.
    pub sid: String,
    /// Messages delivered.
    pub msgs: i64,
    /// Auto-unsubscribe limit.
    #[serde(skip_serializing_if = "is_default")]
    pub max: i64,
    /// Owning connection id.
    pub cid: u64,
}

/// Which connections `/connz` reports (`state=`). Serialized as nats-server's integer.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "i64", into = "i64")]
pub enum ConnState {
    /// Open connections (`open`, default).
    #[default]
    Open,
    /// Recently closed connections kept by the server (`closed`).
    Closed,
    /// Both (`any`, `all`).
    All,
}

impl TryFrom<i64> for ConnState {
    type Error = String;
    fn try_from(v: i64) -> Result<Self, String> {
        match v {
            0 => Ok(Self::Open),
            1 => Ok(Self::Closed),
            2 => Ok(Self::All),
            _ => Err(format!("invalid connection state {v}")),
        }
    }
}

impl From<ConnState> for i64 {
    fn from(s: ConnState) -> i64 {
        match s {
            ConnState::Open => 0,
            ConnState::Closed => 1,
            ConnState::All => 2,
        }
    }
}

impl ConnState {
    /// Whether open connections are included.
    pub fn includes_open(self) -> bool {
        matches!(self, Self::Open | Self::All)
    }

    /// Whether closed connections are included.
    pub fn includes_closed(self) -> bool {
        matches!(self, Self::Closed | Self::All)
    }
}

/// How much subscription data a connection report carries.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum SubsDetail {
    /// Only the count.
    #[default]
    None,
    /// `subscriptions_list`: subjects.
    List,
    /// `subscriptions_list_detail`: [`SubDetail`] entries.
    Detail,
}

/// `/connz` sort keys (`SortOpt`). Only `cid`/`start`, `uptime` and `reason` sort ascending.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortOpt {
    /// `cid`: connection id.
    Cid,
    /// `start`: same order as `cid`.
    Start,
    /// `subs`: subscription count.
    Subs,
    /// `pending`: pending bytes.
    Pending,
    /// `msgs_to`: messages sent to the client.
    MsgsTo,
    /// `msgs_from`: messages received from the client.
    MsgsFrom,
    /// `bytes_to`: bytes sent to the client.
    BytesTo,
    /// `bytes_from`: bytes received from the client.
    BytesFrom,
    /// `last`: last activity, latest first.
    Last,
    /// `idle`: idle time, longest first.
    Idle,
    /// `uptime`: time connected, shortest first.
    Uptime,
    /// `stop`: closing time, latest first (closed connections only).
    Stop,
    /// `reason`: close reason, alphabetical (closed connections only).
    Reason,
    /// `rtt`: round-trip time, longest first.
    Rtt,
}

impl SortOpt {
    /// Every option with its query-string name.
    pub const ALL: [(SortOpt, &'static str); 14] = [
        (Self::Cid, "cid"),
        (Self::Start, "start"),
        (Self::Subs, "subs"),
        (Self::Pending, "pending"),
        (Self::MsgsTo, "msgs_to"),
        (Self::MsgsFrom, "msgs_from"),
        (Self::BytesTo, "bytes_to"),
        (Self::BytesFrom, "bytes_from"),
        (Self::Last, "last"),
        (Self::Idle, "idle"),
        (Self::Uptime, "uptime"),
        (Self::Stop, "stop"),
        (Self::Reason, "reason"),
        (Self::Rtt, "rtt"),
    ];

    /// Parses a sort name, case-sensitively as nats-server does; `None` when unknown.
    pub fn parse(s: &str) -> Option<SortOpt> {
        Self::ALL.iter().find(|(_, n)| *n == s).map(|(o, _)| *o)
    }

    /// The query-string name.
    pub fn as_str(self) -> &'static str {
        Self::ALL
            .iter()
            .find(|(o, _)| *o == self)
            .map_or("cid", |(_, n)| n)
    }
}

/// What `/connz` reports (`ConnzOptions`); also the body of `$SYS` CONNZ requests.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct ConnzOptions {
    /// Sort key as given; validated by the server's `connz` endpoint (empty = `cid`).
    pub sort: String,
    /// Include authorized user, account, JWT facts (`auth`).
    #[serde(rename = "auth")]
    pub username: bool,
    /// Include subscription subjects (`subs=1`).
    pub subscriptions: bool,
    /// Include subscription details (`subs=detail`).
    pub subscriptions_detail: bool,
    /// Page start; negative means 0.
    pub offset: i64,
    /// Page size; 0 or negative means [`DEFAULT_CONN_LIST_SIZE`].
    pub limit: i64,
    /// Only this connection id (0 = any).
    pub cid: u64,
    /// Only this MQTT client id.
    pub mqtt_client: String,
    /// Open, closed or all.
    pub state: ConnState,
    /// Only connections of this user.
    pub user: String,
    /// Only connections of this account.
    #[serde(rename = "acc")]
    pub account: String,
}

impl ConnzOptions {
    /// The subscription detail asked for; detail wins over the plain list.
    pub fn subs_detail(&self) -> SubsDetail {
        if self.subscriptions_detail {
            SubsDetail::Detail
        } else if self.subscriptions {
            SubsDetail::List
        } else {
            SubsDetail::None
        }
    }
}

/// What the core hands the server's `connz` endpoint: every connection in the requested state,
/// unsorted, open ones and closed ones (with `stop` set) together for [`ConnState::All`].
#[derive(Debug, Clone, Default)]
pub struct ConnzSnapshot {
    /// Server id.
    pub server_id: String,
    /// The connections (clients and leaf nodes), subscription data as requested.
    pub conns: Vec<ConnInfo>,
}

// ---------------------------------------------------------------------------------------------
// /subsz

/// Sublist statistics, summed over the accounts reported (`SublistStats` in sublist.go).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SublistStats {
    /// Subscriptions in the index.
    pub num_subscriptions: u32,
    /// Results in the shared cache.
    pub num_cache: u32,
    /// Successful inserts since creation.
    pub num_inserts: u64,
    /// Successful removes since creation.
    pub num_removes: u64,
    /// Match calls.
    pub num_matches: u64,
    /// Share of `num_matches` answered by the cache.
    pub cache_hit_rate: f64,
    /// Largest fan-out among cached results.
    pub max_fanout: u32,
    /// Mean fan-out over cached results.
    pub avg_fanout: f64,
}

/// `/subsz` (and `/subscriptionsz`) response.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Subsz {
    /// Server id.
    pub server_id: String,
    /// Time of this report, UTC.
    pub now: Timestamp,
    /// Sublist statistics.
    #[serde(flatten)]
    pub stats: SublistStats,
    /// Subscriptions matching (after the `test` filter); 0 unless `subs` was asked for.
    pub total: usize,
    /// Requested offset.
    pub offset: usize,
    /// Page size.
    pub limit: usize,
    /// The page, with `subs=1`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub subscriptions_list: Vec<SubDetail>,
}

/// What `/subsz` reports (`SubszOptions`); also the body of `$SYS` SUBSZ requests.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct SubszOptions {
    /// Page start; negative means 0.
    pub offset: i64,
    /// Page size; 0 or negative means [`DEFAULT_SUB_LIST_SIZE`].
    pub limit: i64,
    /// Include the subscription list.
    pub subscriptions: bool,
    /// Only this account.
    pub account: String,
    /// Only subscriptions a publish to this literal subject would reach.
    pub test: String,
}

// ---------------------------------------------------------------------------------------------
// /healthz

/// What `/healthz` checks (`HealthzOptions`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct HealthzOptions {
    /// Deprecated spelling of `js_enabled_only`.
    #[serde(rename = "js-enabled")]
    pub js_enabled: bool,
    /// Only check that JetStream is enabled.
    #[serde(rename = "js-enabled-only")]
    pub js_enabled_only: bool,
    /// Only check the server, not accounts, streams and consumers.
    #[serde(rename = "js-server-only")]
    pub js_server_only: bool,
    /// Only check the JetStream meta layer.
    #[serde(rename = "js-meta-only")]
    pub js_meta_only: bool,
    /// Account to check.
    pub account: String,
    /// Stream to check (needs `account`).
    pub stream: String,
    /// Consumer to check (needs `stream`).
    pub consumer: String,
    /// Report every problem in `errors` instead of the first in `error`.
    pub details: bool,
}

/// `/healthz` response (`HealthStatus`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct HealthStatus {
    /// `ok`, `error` or `unavailable`.
    pub status: String,
    /// HTTP status; removed from the body when answering over HTTP.
    #[serde(skip_serializing_if = "is_default")]
    pub status_code: u16,
    /// First problem (without `details`).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub error: String,
    /// Every problem (with `details`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<HealthzError>,
}

impl HealthStatus {
    /// A healthy status, `{"status":"ok"}` with code 200.
    pub fn ok() -> Self {
        Self {
            status: "ok".to_string(),
            status_code: 200,
            ..Self::default()
        }
    }
}

/// One problem found by `/healthz` (`HealthzError`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HealthzError {
    /// What kind of check failed.
    #[serde(rename = "type")]
    pub kind: HealthzErrorType,
    /// Account concerned.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub account: String,
    /// Stream concerned.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub stream: String,
    /// Consumer concerned.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub consumer: String,
    /// The problem.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub error: String,
}

/// Kind of a [`HealthzError`], serialized as nats-server's upper-case names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum HealthzErrorType {
    /// Server not ready for connections.
    #[serde(rename = "CONNECTION")]
    Conn,
    /// Bad request options.
    #[serde(rename = "BAD_REQUEST")]
    BadRequest,
    /// JetStream not available.
    #[serde(rename = "JETSTREAM")]
    JetStream,
    /// Account problem.
    #[serde(rename = "ACCOUNT")]
    Account,
    /// Stream problem.
    #[serde(rename = "STREAM")]
    Stream,
    /// Consumer problem.
    #[serde(rename = "CONSUMER")]
    Consumer,
}
