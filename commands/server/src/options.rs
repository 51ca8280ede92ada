//! Server options: the merged result of defaults, the config file and command-line flags.
//!
//! `Options::default()` holds nats-server's defaults (`server/const.go`, `server/opts.go`). The
//! config file fills fields first; flags given on the command line override it (upstream's
//! `MergeOptions`). Everything downstream reads only this struct.

use std::path::PathBuf;
use std::time::Duration;

/// Every setting the server reads.
#[derive(Debug, Clone)]
pub struct Options {
    /// Config file the options came from, if any (for reload and `-t`).
    pub config_file: Option<PathBuf>,
    /// varz `config_digest`: `sha256:<hex>` of the parsed file (see
    /// [`crate::conf::Map::digest`]); empty without a file.
    pub config_digest: String,
    /// Client listen host (`-a`, `host`, `listen`).
    pub host: String,
    /// Client port; `-1` picks a random port (`RANDOM_PORT`), 0 is treated the same way.
    pub port: i32,
    /// `server_name`; defaults to the server id.
    pub server_name: Option<String>,
    /// `client_advertise`: host:port advertised in INFO `connect_urls`.
    pub client_advertise: Option<String>,
    /// Monitoring host and port (`-m`, `http_port`, `http`).
    pub http_host: String,
    /// Monitoring port, 0 = off, -1 = random.
    pub http_port: i32,
    /// `http_base_path` prefix for monitoring endpoints.
    pub http_base_path: String,
    pub max_payload: usize,
    pub max_control_line: usize,
    pub max_pending: usize,
    pub max_connections: usize,
    /// 0 = unlimited.
    pub max_subscriptions: usize,
    pub max_closed_clients: usize,
    pub ping_interval: Duration,
    pub ping_max: u32,
    pub write_deadline: Duration,
    pub auth_timeout: Duration,
    /// `authorization { timeout }` was given: without it, a server with TLS waits the TLS
    /// timeout plus one second (upstream `getDefaultAuthTimeout`).
    pub auth_timeout_set: bool,
    pub lame_duck_duration: Duration,
    pub lame_duck_grace_period: Duration,
    /// `no_header_support`: advertise `headers: false`.
    pub no_header_support: bool,
    /// `disable_sublist_cache`.
    pub disable_sublist_cache: bool,
    pub debug: bool,
    pub trace: bool,
    /// `trace_verbose` (`-VV`).
    pub trace_verbose: bool,
    pub logtime: bool,
    pub logtime_utc: bool,
    pub log_file: Option<PathBuf>,
    pub max_traced_msg_len: usize,
    pub pid_file: Option<PathBuf>,
    pub ports_file_dir: Option<PathBuf>,
    /// JetStream requested (`-js`, `jetstream`).
    pub jetstream: bool,
    /// `store_dir` (`-sd`, `jetstream.store_dir`); JetStream keeps its data in
    /// `<store_dir>/jetstream`. `None` means upstream's default, `$TMPDIR/nats`.
    pub store_dir: Option<PathBuf>,
    /// `jetstream.max_memory_store`: bytes of memory storage; `None` (or negative) = 75% of
    /// system memory.
    pub jetstream_max_memory: Option<i64>,
    /// `jetstream.max_file_store`: bytes of file storage; `None` (or negative) = 75% of the
    /// disk space available to the store directory.
    pub jetstream_max_store: Option<i64>,
    /// `jetstream.domain`.
    pub jetstream_domain: Option<String>,
    /// `jetstream.sync_interval`: `None` (and `always`) acknowledges a publish only after its
    /// fsync (rnats' default); a duration selects upstream's lazy mode.
    pub jetstream_sync_interval: Option<Duration>,
    /// `jetstream.max_buffered_msgs`: messages a stream's ingest queue holds before
    /// publishes are refused; 0 = upstream's default (100,000), negative = no limit.
    pub jetstream_max_buffered_msgs: i64,
    /// `jetstream.max_buffered_size`: bytes a stream's ingest queue holds before publishes
    /// are refused; 0 = upstream's default (128 MiB), negative = no limit.
    pub jetstream_max_buffered_size: i64,
    /// `jetstream.strict` (default true): refuse API requests with fields upstream's request
    /// types do not have (`json: unknown field`).
    pub jetstream_strict: bool,
    /// `jetstream.limits.batch`: bounds of atomic and fast batch publishing.
    pub jetstream_batch: crate::jetstream::limits::BatchLimits,
    /// `jetstream.limits`: `max_ack_pending`, `max_request_batch`, `duplicate_window`.
    pub jetstream_limits: crate::jetstream::limits::ConfigLimits,
    /// Server tags (`server_tags`).
    pub tags: Vec<String>,
    /// Users, accounts, permissions and mappings (`authorization`, `accounts`, ...).
    pub auth: crate::auth::options::AuthOptions,
    /// `tls {}` of the client port (and `--tls*` flags).
    pub tls: Option<crate::tls::TlsOptions>,
    /// `allow_non_tls`: with `tls {}`, clients may also stay in plain text.
    pub allow_non_tls: bool,
    /// `https_port` (`--https_port`): monitoring over TLS with the client port's `tls {}`;
    /// 0 = off, -1 = random.
    pub https_port: i32,
    /// `websocket {}`.
    pub websocket: crate::websocket::WebsocketOptions,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            config_file: None,
            config_digest: String::new(),
            host: "0.0.0.0".to_string(),
            port: 4222,
            server_name: None,
            client_advertise: None,
            http_host: "0.0.0.0".to_string(),
            http_port: 0,
            http_base_path: String::new(),
            max_payload: 1024 * 1024,
            max_control_line: 4096,
            max_pending: 64 * 1024 * 1024,
            max_connections: 64 * 1024,
            max_subscriptions: 0,
            max_closed_clients: 10_000,
            ping_interval: Duration::from_secs(120),
            ping_max: 2,
            write_deadline: Duration::from_secs(10),
            auth_timeout: Duration::from_secs(2),
            auth_timeout_set: false,
            lame_duck_duration: Duration::from_secs(120),
            lame_duck_grace_period: Duration::from_secs(10),
            no_header_support: false,
            disable_sublist_cache: false,
            debug: false,
            trace: false,
            trace_verbose: false,
            logtime: true,
            logtime_utc: false,
            log_file: None,
            max_traced_msg_len: 0,
            pid_file: None,
            ports_file_dir: None,
            jetstream: false,
            store_dir: None,
            jetstream_max_memory: None,
            jetstream_max_store: None,
            jetstream_domain: None,
            jetstream_sync_interval: None,
            jetstream_max_buffered_msgs: 0,
            jetstream_max_buffered_size: 0,
            jetstream_strict: true,
            jetstream_batch: Default::default(),
            jetstream_limits: Default::default(),
            tags: Vec::new(),
            auth: Default::default(),
            tls: None,
            allow_non_tls: false,
            https_port: 0,
            websocket: Default::default(),
        }
    }
}
