//! What the configuration says about users, accounts and their permissions: the parsed form of
//! the `authorization {}`, `accounts {}`, `mappings {}`, `system_account` and `no_auth_user`
//! settings and the `--user`/`--pass`/`--auth` flags (nats-server `server/opts.go`). Nothing
//! here is compiled or checked against a connection; [`super::authn`] and [`super::perms`]
//! build their runtime forms from it.

use std::time::Duration;

/// The global account every client lands in when no account is configured.
pub const GLOBAL_ACCOUNT: &str = "$G";
/// The default system account name.
pub const DEFAULT_SYSTEM_ACCOUNT: &str = "$SYS";
/// Upstream's `DEFAULT_ALLOW_RESPONSE_MAX_MSGS`.
pub const DEFAULT_ALLOW_RESPONSE_MAX_MSGS: usize = 1;
/// Upstream's `DEFAULT_ALLOW_RESPONSE_EXPIRATION`.
pub const DEFAULT_ALLOW_RESPONSE_EXPIRATION: Duration = Duration::from_secs(2 * 60);

/// Authentication and authorization settings, as configured (`Options::auth`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AuthOptions {
    /// `authorization { user }` or `--user`: the single configured user.
    pub username: Option<String>,
    /// `authorization { password }` or `--pass` (plain text or bcrypt `$2a$`/`$2b$`).
    pub password: Option<String>,
    /// `authorization { token }` or `--auth` (plain text or bcrypt).
    pub token: Option<String>,
    /// `authorization { users [...] }` and every account's `users [...]`, in file order;
    /// `UserConfig::account` says which account each belongs to.
    pub users: Vec<UserConfig>,
    /// `authorization { default_permissions }`: for users of the global account without their
    /// own `permissions`.
    pub default_permissions: Option<PermissionsConfig>,
    /// `no_auth_user`: clients that present no credentials connect as this user.
    pub no_auth_user: Option<String>,
    /// `accounts { NAME { ... } }`, in file order.
    pub accounts: Vec<AccountConfig>,
    /// `system_account` / `system`; `None` means the default `$SYS`.
    pub system_account: Option<String>,
    /// `no_system_account`.
    pub no_system_account: bool,
    /// Top-level `mappings` / `maps`: subject mappings of the global account.
    pub mappings: Vec<MappingConfig>,
    /// `operator`: operator JWTs (inline or read from their files), in order.
    pub operator_jwts: Vec<String>,
    /// `resolver`: the account resolver's kind (`MEMORY`, `FULL` or `CACHE`).
    pub resolver: Option<String>,
    /// `resolver { type: full|cache, dir, ... }`: the directory resolver's settings.
    pub resolver_dir: Option<crate::resolver::DirResolverConfig>,
    /// `resolver_preload`: account public key → account JWT.
    pub resolver_preload: Vec<(String, String)>,
    /// Operator mode, built from [`AuthOptions::operator_jwts`] and the preloaded accounts
    /// once the configuration is read.
    pub trust: Option<super::operator::OperatorTrust>,
}

/// One configured user.
#[derive(Debug, Clone, PartialEq)]
pub struct UserConfig {
    /// How the user proves who it is.
    pub credential: Credential,
    /// The account the user belongs to; `None` is the global account `$G`.
    pub account: Option<String>,
    /// The user's own permissions (the account's or the global `default_permissions` apply
    /// when `None`).
    pub permissions: Option<PermissionsConfig>,
    /// `allowed_connection_types`, upper-cased (`STANDARD`, `WEBSOCKET`, `MQTT`, `MQTT_WS`,
    /// `LEAFNODE`, `IN_PROCESS`); `None` or empty allows every type.
    pub allowed_connection_types: Option<Vec<String>>,
}

/// A user's credential.
#[derive(Debug, Clone, PartialEq)]
pub enum Credential {
    /// `user`/`password` (the password plain text or bcrypt).
    Password {
        /// The user name.
        user: String,
        /// The password as written in the configuration.
        password: String,
    },
    /// `nkey`: a user public nkey (`U...`); the client signs the server's nonce.
    Nkey(String),
}

/// A `permissions {}` block.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PermissionsConfig {
    /// `publish` / `pub`.
    pub publish: Option<SubjectPermission>,
    /// `subscribe` / `sub`.
    pub subscribe: Option<SubjectPermission>,
    /// `allow_responses` / `publish_allow_responses` (`true` means the defaults).
    pub allow_responses: Option<ResponsePermission>,
}

/// Allow and deny lists for publish or subscribe. A plain list in the file is an allow list.
/// `None` for `allow` means everything not denied is allowed; `Some(vec![])` allows nothing.
/// Subscribe entries may carry a queue group: `"subject queue"`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SubjectPermission {
    /// `allow`.
    pub allow: Option<Vec<String>>,
    /// `deny`.
    pub deny: Option<Vec<String>>,
}

/// `allow_responses`: a client may publish to the reply subjects of requests it received.
#[derive(Debug, Clone, PartialEq)]
pub struct ResponsePermission {
    /// Replies allowed per request (`max`; upstream default 1; 0 in the file means 1).
    pub max: usize,
    /// How long after the request a reply is allowed (`expires`; default 2m).
    pub expires: Duration,
}

impl Default for ResponsePermission {
    fn default() -> Self {
        ResponsePermission {
            max: DEFAULT_ALLOW_RESPONSE_MAX_MSGS,
            expires: DEFAULT_ALLOW_RESPONSE_EXPIRATION,
        }
    }
}

/// One account of the `accounts {}` block.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AccountConfig {
    /// The account's name.
    pub name: String,
    /// `nkey`: the account's public nkey (`A...`), if given.
    pub nkey: Option<String>,
    /// `jetstream`: `None` when not given (JetStream disabled for the account unless it is the
    /// global account on a JetStream server).
    pub jetstream: Option<AccountJetStream>,
    /// `exports [...]`.
    pub exports: Vec<ExportConfig>,
    /// `imports [...]`.
    pub imports: Vec<ImportConfig>,
    /// `mappings {}`.
    pub mappings: Vec<MappingConfig>,
    /// `limits {}`.
    pub limits: AccountLimits,
    /// `default_permissions {}`: for the account's users without their own.
    pub default_permissions: Option<PermissionsConfig>,
}

/// An account's `jetstream` setting: `enabled`/`disabled` or a limits block. Limits are -1
/// when unlimited (upstream's `JetStreamAccountLimits`).
#[derive(Debug, Clone, PartialEq)]
pub struct AccountJetStream {
    /// Whether the account may use JetStream.
    pub enabled: bool,
    /// `max_mem` / `max_memory`: bytes of memory storage.
    pub max_memory: i64,
    /// `max_file` / `max_store`: bytes of file storage.
    pub max_store: i64,
    /// `max_streams`.
    pub max_streams: i64,
    /// `max_consumers`.
    pub max_consumers: i64,
    /// `max_ack_pending`.
    pub max_ack_pending: i64,
    /// `mem_max_stream_bytes`.
    pub memory_max_stream_bytes: i64,
    /// `disk_max_stream_bytes` / `store_max_stream_bytes`.
    pub store_max_stream_bytes: i64,
    /// `max_bytes_required`: streams must set `max_bytes`.
    pub max_bytes_required: bool,
}

impl Default for AccountJetStream {
    fn default() -> Self {
        AccountJetStream {
            enabled: true,
            max_memory: -1,
            max_store: -1,
            max_streams: -1,
            max_consumers: -1,
            max_ack_pending: -1,
            memory_max_stream_bytes: -1,
            store_max_stream_bytes: -1,
            max_bytes_required: false,
        }
    }
}

/// An account's `limits {}`; -1 is unlimited.
#[derive(Debug, Clone, PartialEq)]
pub struct AccountLimits {
    /// `max_connections` / `max_conn`.
    pub max_connections: i64,
    /// `max_subscriptions` / `max_subs`.
    pub max_subscriptions: i64,
    /// `max_payload` / `max_pay`.
    pub max_payload: i64,
    /// `max_leafnodes` / `max_leafs`.
    pub max_leafnodes: i64,
}

impl Default for AccountLimits {
    fn default() -> Self {
        AccountLimits {
            max_connections: -1,
            max_subscriptions: -1,
            max_payload: -1,
            max_leafnodes: -1,
        }
    }
}

/// Stream or service.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportKind {
    /// Messages flow from the exporter to importers.
    Stream,
    /// Requests flow to the exporter, responses back.
    Service,
}

/// How a service answers (`response_type`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ResponseType {
    /// One response per request (default).
    #[default]
    Singleton,
    /// Any number of responses.
    Stream,
    /// Any number of responses, in chunks.
    Chunked,
}

/// One entry of an account's `exports`.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportConfig {
    /// `stream` or `service`.
    pub kind: ExportKind,
    /// The exported subject (wildcards allowed).
    pub subject: String,
    /// `accounts [...]`: who may import; `None` is public.
    pub accounts: Option<Vec<String>>,
    /// `response_type` (services).
    pub response_type: ResponseType,
    /// `response_threshold` (services): how long a response is awaited; upstream default 2m.
    pub response_threshold: Option<Duration>,
    /// `account_token_position`.
    pub account_token_position: Option<u32>,
}

/// One entry of an account's `imports`.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportConfig {
    /// `stream` or `service`.
    pub kind: ExportKind,
    /// The exporting account.
    pub account: String,
    /// The subject as exported.
    pub subject: String,
    /// Stream imports: `prefix` (the local subject is `prefix.subject`).
    pub prefix: Option<String>,
    /// `to`: the local subject (services: what local clients publish to; streams: where the
    /// messages land, may use `$1`-style references to the import subject's wildcards).
    pub to: Option<String>,
    /// `share` (services): share the requester's info for latency tracking.
    pub share: bool,
}

/// One subject mapping: `source: dest` or `source: [{destination, weight, cluster}]`.
#[derive(Debug, Clone, PartialEq)]
pub struct MappingConfig {
    /// The subject published to (wildcards allowed).
    pub source: String,
    /// Where it goes; weights in percent, summing to at most 100 (the rest is unmapped).
    pub destinations: Vec<MappingDestination>,
}

/// One weighted destination of a mapping.
#[derive(Debug, Clone, PartialEq)]
pub struct MappingDestination {
    /// The destination subject (may use `$1`, `{{wildcard(1)}}`, `{{partition(n,1)}}`, ...).
    pub subject: String,
    /// Percent, 1..=100 (a single destination without weight is 100).
    pub weight: u8,
    /// `cluster`: only for that cluster (kept for later; no clustering yet).
    pub cluster: Option<String>,
}
