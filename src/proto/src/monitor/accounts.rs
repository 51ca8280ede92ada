//! The account monitoring documents: `/accountz` (`$SYS.REQ.SERVER.*.ACCOUNTZ`,
//! `$SYS.REQ.ACCOUNT.<acct>.INFO`), `/accstatz` (`$SYS.REQ.ACCOUNT.PING.STATZ`,
//! `$SYS.REQ.ACCOUNT.<acct>.STATZ`) and the account statistics of `SERVER.CONNS` events, with
//! nats-server's field names and `omitempty` rules (`server/monitor.go` `Accountz`,
//! `AccountInfo`, `AccountStatz`; `server/events.go` `AccountStat`, `DataStats`).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::format::{is_default, Timestamp};
use super::types::SublistStats;

/// `/accountz`: the account names, or one account's detail (`Accountz`).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Accountz {
    /// Server id.
    pub server_id: String,
    /// Time of this report, UTC.
    pub now: Timestamp,
    /// The system account's name, when there is one.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub system_account: String,
    /// Every account name, without `acc=`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub accounts: Vec<String>,
    /// The account asked for with `acc=`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account_detail: Option<AccountInfo>,
}

/// What `/accountz` reports (`AccountzOptions`); also the body of `ACCOUNTZ` requests.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AccountzOptions {
    /// One account to detail (`acc=`); all names when empty.
    pub account: String,
}

/// One account in detail (`AccountInfo`).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct AccountInfo {
    /// Account name (the public key in operator mode).
    pub account_name: String,
    /// When the account was last (re)configured.
    pub update_time: Timestamp,
    /// Whether this is the system account.
    #[serde(skip_serializing_if = "is_default")]
    pub is_system: bool,
    /// Whether the account JWT expired.
    pub expired: bool,
    /// Whether the account is fully resolved.
    pub complete: bool,
    /// Whether JetStream is enabled for the account.
    pub jetstream_enabled: bool,
    /// Leaf node connections bound to the account.
    pub leafnode_connections: usize,
    /// Client connections in the account.
    pub client_connections: usize,
    /// Subscriptions in the account's sublist.
    pub subscriptions: u32,
    /// Subject mappings by source subject.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub mappings: BTreeMap<String, serde_json::Value>,
    /// Exports.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub exports: Vec<ExtExport>,
    /// Imports (the system's service imports included).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub imports: Vec<ExtImport>,
    /// The account JWT (operator mode).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub jwt: String,
    /// Key that signed the account JWT.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub issuer_key: String,
    /// Account name from the JWT, else the name.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub name_tag: String,
    /// Account tags from the JWT.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// Decoded account claims (operator mode).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub decoded_jwt: Option<serde_json::Value>,
    /// The account's sublist statistics.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sublist_stats: Option<SublistStats>,
}

/// An export as `/accountz` shows it (`ExtExport`: `jwt.Export` plus approvals).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ExtExport {
    /// Export name.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// Exported subject.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub subject: String,
    /// `stream` or `service`.
    #[serde(rename = "type", skip_serializing_if = "String::is_empty")]
    pub kind: String,
    /// Whether importers need an activation token.
    #[serde(skip_serializing_if = "is_default")]
    pub token_req: bool,
    /// Service response type (`Singleton`, `Stream`, `Chunked`).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub response_type: String,
    /// Accounts allowed to import it.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub approved_accounts: Vec<String>,
}

/// An import as `/accountz` shows it (`ExtImport`: `jwt.Import` plus state).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ExtImport {
    /// Import name.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// Subject in the exporting account.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub subject: String,
    /// Exporting account.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub account: String,
    /// Deprecated spelling of `local_subject` for services.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub to: String,
    /// Subject in the importing account.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub local_subject: String,
    /// `stream` or `service`.
    #[serde(rename = "type", skip_serializing_if = "String::is_empty")]
    pub kind: String,
    /// Whether the import is broken.
    pub invalid: bool,
    /// Whether requester information is shared with the exporter.
    pub share: bool,
    /// Whether latency is tracked.
    pub tracking: bool,
}

/// `/accstatz`: per-account statistics (`AccountStatz`).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct AccountStatz {
    /// Server id.
    pub server_id: String,
    /// Time of this report, UTC.
    pub now: Timestamp,
    /// One entry per account reported (`[]` when none).
    pub account_statz: Vec<AccountStat>,
}

/// What `/accstatz` reports (`AccountStatzOptions`); also the body of `STATZ` requests.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AccountStatzOptions {
    /// Only these accounts (all when empty).
    pub accounts: Vec<String>,
    /// Include accounts without local connections (`unused`).
    pub include_unused: bool,
}

/// One account's statistics (`AccountStat`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct AccountStat {
    /// Account name.
    pub acc: String,
    /// Account name tag (the name without JWTs).
    pub name: String,
    /// Client connections.
    pub conns: usize,
    /// Leaf node connections.
    pub leafnodes: usize,
    /// Both.
    pub total_conns: usize,
    /// Subscriptions in the account.
    pub num_subscriptions: u32,
    /// Messages sent to the account's clients.
    pub sent: DataStats,
    /// Messages received from the account's clients.
    pub received: DataStats,
    /// Slow consumers seen in the account.
    pub slow_consumers: i64,
}

/// Message and byte counts (`MsgBytes`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct MsgBytes {
    /// Messages.
    pub msgs: i64,
    /// Bytes.
    pub bytes: i64,
}

/// Message and byte counts split by connection kind (`DataStats`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct DataStats {
    /// Messages, all kinds.
    pub msgs: i64,
    /// Bytes, all kinds.
    pub bytes: i64,
    /// Over gateways.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gateways: Option<MsgBytes>,
    /// Over routes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub routes: Option<MsgBytes>,
    /// Over leaf nodes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub leafs: Option<MsgBytes>,
}
