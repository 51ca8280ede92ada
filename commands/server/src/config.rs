//! Maps a parsed configuration file ([`conf::Map`]) onto [`Options`], as nats-server's
//! `processConfigFileLine` (`server/opts.go`) does: same keys, same aliases, types checked.
//!
//! Three outcomes per key. Supported keys set their option; the security settings
//! (`authorization`, `accounts`, `mappings`, `system_account`, `no_system_account`,
//! `no_auth_user`) fill [`Options::auth`] in the `auth` submodule. Security settings that rnats
//! cannot parse into anything it knows (`tls`, operators/resolvers, `auth_callout`,
//! `proxy_required`) are fatal: a server must never run open when its file asks for protection.
//! Every other key known to nats-server but not supported here yet yields one warning naming its
//! position, so nothing is silently ignored; an unknown key is an error, as upstream's. Entries
//! that a `$reference` used are variable definitions and are skipped, as upstream does.
//!
//! Command-line flags are merged afterwards by the caller; [`validate`] re-checks the
//! cross-option rules on the merged result (nats-server's startup checks: payload limits, lame
//! duck periods, `no_auth_user`, the system account).
#![deny(clippy::arithmetic_side_effects)]

mod auth;
mod operator;
mod transport;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::conf::{self, ConfError, Item, Map, Pos, Value};
use crate::options::Options;
use rnats_proto::kit::format::{duration_string, parse_duration};

/// nats-server's `MAX_PAYLOAD_MAX_SIZE` (8 MB): above it a warning is logged at startup.
const MAX_PAYLOAD_MAX_SIZE: usize = 8 * 1024 * 1024;

/// What applying a configuration reported besides errors.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ConfigReport {
    /// One line per ignored key or questionable value, each naming `file:line:col`.
    pub warnings: Vec<String>,
}

/// Why a configuration cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The file could not be read or parsed.
    #[error(transparent)]
    Conf(#[from] ConfError),
    /// A security setting rnats cannot enforce yet; starting without it would run open.
    #[error(
        "{pos}: \"{key}\" is not supported by rnats yet; refusing to start without the security it asks for"
    )]
    Unenforced {
        /// Where the key is.
        pos: Pos,
        /// The key as spelled in the file.
        key: String,
    },
    /// A value of the wrong type.
    #[error("{pos}: \"{key}\" expects {expected}, got {found}")]
    WrongType {
        /// Where the key is.
        pos: Pos,
        /// The key as spelled in the file.
        key: String,
        /// The accepted type(s).
        expected: &'static str,
        /// The type found.
        found: &'static str,
    },
    /// A value of the right type that is not acceptable.
    #[error("{pos}: {message}")]
    Invalid {
        /// Where the key is.
        pos: Pos,
        /// The key as spelled in the file.
        key: String,
        /// What is wrong, in nats-server's words where it has them.
        message: String,
    },
    /// Options that contradict each other (checked on the merged options).
    #[error("{0}")]
    Conflict(String),
    /// Several errors, one per line.
    #[error("{}", join_lines(.0))]
    Multiple(Vec<ConfigError>),
}

fn join_lines(errors: &[ConfigError]) -> String {
    let mut out = String::new();
    for (i, e) in errors.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let _ = write!(out, "{e}");
    }
    out
}

/// Security settings rnats does not enforce yet: fatal.
const UNENFORCED: &[&str] = &[
    "root",
    "roots",
    "root_operator",
    "root_operators",
    "trusted",
    "trusted_keys",
    "account_resolver",
    "accounts_resolver",
];

/// Keys nats-server knows that rnats does not implement yet: one warning each.
const NOT_YET: &[&str] = &[
    "trace_headers",
    "default_sentinel",
    "cluster",
    "gateway",
    "leaf",
    "leafnodes",
    "logfile_max_num",
    "log_max_num",
    "syslog",
    "remote_syslog",
    "prof_port",
    "prof_block_rate",
    "proxy_protocol",
    "max_sub_tokens",
    "max_subscription_tokens",
    "ocsp",
    "ocsp_cache",
    "write_timeout",
    "resolver_tls",
    "resolver_pinned_accounts",
    "connect_error_reports",
    "reconnect_error_reports",
    "mqtt",
    "server_metadata",
    "feature_flags",
    "default_js_domain",
    "no_fast_producer_stall",
    "proxies",
];

/// Applies every entry of `map` to `opts`, then [`validate`]s the result.
pub fn apply(opts: &mut Options, map: &Map) -> Result<ConfigReport, ConfigError> {
    let mut applier = Applier {
        opts,
        warnings: Vec::new(),
        errors: Vec::new(),
        store_dir: None,
        host_set: false,
        http_host_set: false,
    };
    // The system account is settled before anything else, as upstream does.
    applier.system_account(map);
    for (key, item) in map.iter() {
        if item.used_as_variable {
            continue;
        }
        if let Err(e) = applier.entry(key, item) {
            applier.errors.push(e);
        }
    }
    if applier.errors.is_empty() {
        if let Err(e) = applier.finish_operator_mode() {
            applier.errors.push(e);
        }
    }
    // Upstream leaves HTTPHost empty until set and then binds monitoring to the client host.
    if applier.host_set && !applier.http_host_set {
        applier.opts.http_host = applier.opts.host.clone();
    }
    let Applier {
        opts,
        mut warnings,
        mut errors,
        ..
    } = applier;
    if errors.is_empty() {
        match validate(opts) {
            Ok(more) => warnings.extend(more),
            Err(e) => errors.push(e),
        }
    }
    match errors.len() {
        0 => Ok(ConfigReport { warnings }),
        1 => Err(errors.remove(0)),
        _ => Err(ConfigError::Multiple(errors)),
    }
}

/// Loads the file at `path` ([`conf::load`]), records it in `opts.config_file` and applies it.
pub fn load_into(opts: &mut Options, path: &Path) -> Result<ConfigReport, ConfigError> {
    let map = conf::load(path)?;
    opts.config_file = Some(path.to_path_buf());
    opts.config_digest = map.digest();
    let mut report = apply(opts, &map)?;
    if map.is_empty() {
        report.warnings.insert(
            0,
            format!("{}: config has no values or is empty", path.display()),
        );
    }
    Ok(report)
}

/// Cross-option checks nats-server makes at startup (`validateOptions`, `NewServer`): errors
/// for contradictions, warnings for discouraged values. Run it again after merging flags.
pub fn validate(opts: &Options) -> Result<Vec<String>, ConfigError> {
    if opts.max_payload > opts.max_pending {
        return Err(ConfigError::Conflict(format!(
            "max_payload ({}) cannot be higher than max_pending ({})",
            opts.max_payload, opts.max_pending
        )));
    }
    if !opts.lame_duck_duration.is_zero() && opts.lame_duck_grace_period >= opts.lame_duck_duration
    {
        return Err(ConfigError::Conflict(format!(
            "lame duck grace period ({}) should be strictly lower than lame duck duration ({})",
            duration_string(opts.lame_duck_grace_period),
            duration_string(opts.lame_duck_duration)
        )));
    }
    auth::validate(&opts.auth)?;
    opts.websocket
        .validate(
            !opts.auth.users.is_empty(),
            !opts.auth.operator_jwts.is_empty(),
        )
        .map_err(ConfigError::Conflict)?;
    if opts.https_port != 0 && opts.tls.is_none() {
        return Err(ConfigError::Conflict(
            "https_port requires a TLS configuration (tls {} or --tlscert/--tlskey)".to_string(),
        ));
    }
    let mut warnings = Vec::new();
    if opts.max_payload > MAX_PAYLOAD_MAX_SIZE {
        warnings.push(
            "Maximum payloads over 8.00 MB are generally discouraged and could lead to poor performance"
                .to_string(),
        );
    }
    Ok(warnings)
}

struct Applier<'o> {
    opts: &'o mut Options,
    warnings: Vec<String>,
    errors: Vec<ConfigError>,
    /// Where `store_dir` was set (top level or inside `jetstream`), to reject a second one.
    store_dir: Option<Pos>,
    host_set: bool,
    http_host_set: bool,
}

impl Applier<'_> {
    fn entry(&mut self, key: &str, item: &Item) -> Result<(), ConfigError> {
        let lower = key.to_ascii_lowercase();
        match lower.as_str() {
            "listen" => {
                let (host, port) = host_port(key, item)?;
                // No host (a bare port or ":4222") means the default, as upstream's empty Host.
                self.opts.host = host.unwrap_or_else(|| Options::default().host);
                self.opts.port = port;
                self.host_set = true;
            }
            "host" | "net" => {
                self.opts.host = string(key, item)?.to_string();
                self.host_set = true;
            }
            "port" => self.opts.port = port(key, item)?,
            "server_name" => {
                let name = string(key, item)?;
                if name.contains(' ') {
                    return Err(invalid(key, item, "server name cannot contain spaces"));
                }
                self.opts.server_name = Some(name.to_string());
            }
            "client_advertise" => self.opts.client_advertise = Some(string(key, item)?.to_string()),
            "http" => {
                let (host, port) = host_port(key, item)?;
                // Without a host, monitoring binds where clients do (set at the end of apply).
                if let Some(host) = host {
                    self.opts.http_host = host;
                    self.http_host_set = true;
                }
                self.opts.http_port = port;
            }
            "http_port" | "monitor_port" => self.opts.http_port = port(key, item)?,
            "http_base_path" => self.opts.http_base_path = string(key, item)?.to_string(),
            "https" => {
                let (host, port) = host_port(key, item)?;
                if let Some(host) = host {
                    self.opts.http_host = host;
                    self.http_host_set = true;
                }
                self.opts.https_port = port;
            }
            "https_port" => self.opts.https_port = port(key, item)?,
            "tls" => self.top_tls(key, item)?,
            "allow_non_tls" => self.opts.allow_non_tls = boolean(key, item)?,
            "websocket" | "ws" => self.websocket(key, item)?,
            "max_payload" => self.opts.max_payload = bounded_size(key, item, i32::MAX as i64)?,
            "max_control_line" => {
                self.opts.max_control_line = bounded_size(key, item, i32::MAX as i64)?
            }
            "max_pending" => self.opts.max_pending = size(key, item)?,
            "max_connections" | "max_conn" => {
                // Upstream turns 0 (and any negative) into "refuse every client"; 0 here.
                self.opts.max_connections = usize::try_from(int(key, item)?.max(0))
                    .map_err(|_| invalid(key, item, format!("{key} value is too big")))?;
            }
            "max_subscriptions" | "max_subs" => self.opts.max_subscriptions = size(key, item)?,
            "max_closed_clients" => self.opts.max_closed_clients = size(key, item)?,
            "max_traced_msg_len" => self.opts.max_traced_msg_len = size(key, item)?,
            "ping_interval" => self.opts.ping_interval = self.duration(key, item)?,
            "ping_max" => {
                let n = int(key, item)?;
                self.opts.ping_max = u32::try_from(n).map_err(|_| {
                    invalid(
                        key,
                        item,
                        format!("{key} must be between 0 and {}", u32::MAX),
                    )
                })?;
            }
            "write_deadline" => self.opts.write_deadline = self.duration(key, item)?,
            "lame_duck_duration" => {
                let d = strict_duration(key, item)?;
                if d < Duration::from_secs(30) {
                    return Err(invalid(
                        key,
                        item,
                        format!(
                            "invalid lame_duck_duration of {}, minimum is 30 seconds",
                            duration_string(d)
                        ),
                    ));
                }
                self.opts.lame_duck_duration = d;
            }
            "lame_duck_grace_period" => {
                self.opts.lame_duck_grace_period = strict_duration(key, item)?
            }
            "no_header_support" => self.opts.no_header_support = boolean(key, item)?,
            "disable_sublist_cache" | "no_sublist_cache" => {
                self.opts.disable_sublist_cache = boolean(key, item)?
            }
            "debug" => self.opts.debug = boolean(key, item)?,
            "trace" => self.opts.trace = boolean(key, item)?,
            "trace_verbose" => {
                let on = boolean(key, item)?;
                self.opts.trace_verbose = on;
                self.opts.trace = on;
            }
            "logtime" => self.opts.logtime = boolean(key, item)?,
            "logtime_utc" => self.opts.logtime_utc = boolean(key, item)?,
            "logfile" | "log_file" => self.opts.log_file = Some(path(key, item)?),
            "logfile_size_limit" | "log_size_limit" => {
                let limit = u64::try_from(int(key, item)?)
                    .map_err(|_| invalid(key, item, format!("{key} can not be negative")))?;
                if limit > 0 {
                    // Rotation is not built yet: say so instead of letting the file grow
                    // while the user believes it is capped.
                    self.warnings.push(format!(
                        "{}: \"{key}\" (log file rotation) is not supported yet and is ignored",
                        item.pos
                    ));
                }
            }
            "pidfile" | "pid_file" => self.opts.pid_file = Some(path(key, item)?),
            "ports_file_dir" => self.opts.ports_file_dir = Some(path(key, item)?),
            "server_tags" => self.server_tags(key, item)?,
            "store_dir" | "storedir" => self.store_dir(key, item)?,
            "jetstream" => self.jetstream(key, item)?,
            "authorization" => self.authorization(key, item)?,
            "accounts" => self.accounts(key, item)?,
            "mappings" | "maps" => self.global_mappings(key, item)?,
            "no_auth_user" => self.no_auth_user(key, item)?,
            "operator" | "operators" => self.operator(key, item)?,
            "resolver" => self.resolver(key, item)?,
            "resolver_preload" => self.resolver_preload(key, item)?,
            // Read by `system_account` before the other keys.
            "system_account" | "system" => {}
            "no_system_account" | "no_system" | "no_sys_acc" => {
                self.opts.auth.no_system_account = boolean(key, item)?
            }
            k if UNENFORCED.contains(&k) => {
                return Err(ConfigError::Unenforced {
                    pos: item.pos.clone(),
                    key: key.to_string(),
                })
            }
            k if NOT_YET.contains(&k) => self.warnings.push(format!(
                "{}: \"{key}\" is not supported yet and is ignored",
                item.pos
            )),
            // nats-server refuses to start on a key it does not know (a typo must not pass
            // unnoticed); keys it knows but rnats does not implement yet only warn.
            _ => return Err(invalid(key, item, format!("unknown field \"{key}\""))),
        }
        Ok(())
    }

    /// `ping_interval`/`write_deadline`: a Go duration string, or (deprecated) seconds.
    fn duration(&mut self, key: &str, item: &Item) -> Result<Duration, ConfigError> {
        match &item.value {
            Value::Int(secs) => {
                let secs = u64::try_from(*secs)
                    .map_err(|_| invalid(key, item, format!("{key} can not be negative")))?;
                self.warnings.push(format!(
                    "{}: invalid use of field \"{key}\": {key} should be converted to a duration",
                    item.pos
                ));
                Ok(Duration::from_secs(secs))
            }
            _ => strict_duration(key, item),
        }
    }

    fn store_dir(&mut self, key: &str, item: &Item) -> Result<(), ConfigError> {
        let dir = path(key, item)?;
        if self.store_dir.is_some() {
            return Err(invalid(key, item, "Duplicate 'store_dir' configuration"));
        }
        self.store_dir = Some(item.pos.clone());
        self.opts.store_dir = Some(dir);
        Ok(())
    }

    fn server_tags(&mut self, key: &str, item: &Item) -> Result<(), ConfigError> {
        match &item.value {
            Value::String(tag) => self.opts.tags.push(tag.clone()),
            Value::Array(items) => {
                for tag in items {
                    match &tag.value {
                        Value::String(s) => self.opts.tags.push(s.clone()),
                        other => {
                            return Err(ConfigError::WrongType {
                                pos: tag.pos.clone(),
                                key: key.to_string(),
                                expected: "strings in its array",
                                found: other.type_name(),
                            })
                        }
                    }
                }
            }
            other => {
                return Err(wrong_type(
                    key,
                    item,
                    "a string or an array of strings",
                    other,
                ))
            }
        }
        Ok(())
    }

    /// `jetstream.limits` (upstream `parseJetStreamLimits`): `max_ack_pending`,
    /// `max_request_batch`, `duplicate_window` and `batch { max_inflight_per_stream,
    /// max_inflight_total, max_msgs, timeout }`; `max_ha_assets` is checked and warned about
    /// (it only bounds replicated assets).
    fn jetstream_limits(&mut self, js: &str, key: &str, item: &Item) -> Result<(), ConfigError> {
        let Value::Map(m) = &item.value else {
            return Err(wrong_type(key, item, "a map", &item.value));
        };
        for (sub, sub_item) in m.iter() {
            if sub_item.used_as_variable {
                continue;
            }
            match sub.to_ascii_lowercase().as_str() {
                "batch" => self.jetstream_batch_limits(sub, sub_item)?,
                "max_ack_pending" => {
                    self.opts.jetstream_limits.max_ack_pending = int(sub, sub_item)?
                }
                "max_request_batch" => {
                    self.opts.jetstream_limits.max_request_batch = int(sub, sub_item)?
                }
                "duplicate_window" => {
                    let d = strict_duration(sub, sub_item)?;
                    self.opts.jetstream_limits.duplicates =
                        i64::try_from(d.as_nanos()).unwrap_or(i64::MAX)
                }
                // Upstream counts only replicated (R>1) streams and consumers against it, and
                // a server without clustering refuses those: the limit can never apply.
                "max_ha_assets" => {
                    int(sub, sub_item)?;
                    self.warnings.push(format!(
                        "{}: \"{js}.{key}.{sub}\" has no effect without clustering: it limits replicated (R>1) streams and consumers, which a single server refuses",
                        sub_item.pos
                    ))
                }
                _ => return Err(invalid(sub, sub_item, format!("unknown field \"{sub}\""))),
            }
        }
        Ok(())
    }

    /// `jetstream.limits.batch` (upstream `parseJetStreamLimitsBatch`); 0 or less keeps the
    /// default.
    fn jetstream_batch_limits(&mut self, key: &str, item: &Item) -> Result<(), ConfigError> {
        let Value::Map(m) = &item.value else {
            return Err(wrong_type(key, item, "a map", &item.value));
        };
        let b = &mut self.opts.jetstream_batch;
        for (sub, sub_item) in m.iter() {
            if sub_item.used_as_variable {
                continue;
            }
            match sub.to_ascii_lowercase().as_str() {
                "max_inflight_per_stream" => {
                    b.max_inflight_per_stream =
                        usize::try_from(int(sub, sub_item)?).ok().filter(|n| *n > 0)
                }
                "max_inflight_total" => {
                    b.max_inflight_total = Some(int(sub, sub_item)?).filter(|n| *n > 0)
                }
                "max_msgs" => {
                    b.max_msgs = u64::try_from(int(sub, sub_item)?).ok().filter(|n| *n > 0)
                }
                "timeout" => {
                    b.timeout = Some(strict_duration(sub, sub_item)?).filter(|d| !d.is_zero())
                }
                _ => return Err(invalid(sub, sub_item, format!("unknown field \"{sub}\""))),
            }
        }
        Ok(())
    }

    /// `jetstream: true|false|enabled|disabled|{...}`; a map enables unless `enabled: false`.
    fn jetstream(&mut self, key: &str, item: &Item) -> Result<(), ConfigError> {
        match &item.value {
            Value::Bool(on) => self.opts.jetstream = *on,
            Value::String(s) => match s.to_ascii_lowercase().as_str() {
                "enabled" | "enable" => self.opts.jetstream = true,
                "disabled" | "disable" => self.opts.jetstream = false,
                _ => {
                    return Err(invalid(
                        key,
                        item,
                        format!("Expected 'enabled' or 'disabled' for string value, got '{s}'"),
                    ))
                }
            },
            Value::Map(js) => {
                let mut enable = true;
                for (sub, sub_item) in js.iter() {
                    if sub_item.used_as_variable {
                        continue;
                    }
                    match sub.to_ascii_lowercase().as_str() {
                        "enabled" | "enable" => enable = boolean(sub, sub_item)?,
                        "strict" => self.opts.jetstream_strict = boolean(sub, sub_item)?,
                        "store" | "store_dir" | "storedir" => self.store_dir(sub, sub_item)?,
                        "max_memory_store" | "max_mem_store" | "max_mem" => {
                            self.opts.jetstream_max_memory = Some(storage_size(sub, sub_item)?)
                        }
                        "max_file_store" | "max_file" => {
                            self.opts.jetstream_max_store = Some(storage_size(sub, sub_item)?)
                        }
                        "domain" => {
                            let d = string(sub, sub_item)?;
                            self.opts.jetstream_domain = (!d.is_empty()).then(|| d.to_string());
                        }
                        "sync" | "sync_interval" => {
                            self.opts.jetstream_sync_interval = sync_interval(sub, sub_item)?
                        }
                        "max_buffered_size" => {
                            self.opts.jetstream_max_buffered_size = storage_size(sub, sub_item)?
                        }
                        "max_buffered_msgs" => {
                            self.opts.jetstream_max_buffered_msgs = match &sub_item.value {
                                Value::Int(n) => *n,
                                other => {
                                    // Upstream prints the value itself (`got %v`).
                                    let got = match other {
                                        Value::String(s) => s.clone(),
                                        v => v.type_name().to_string(),
                                    };
                                    return Err(invalid(
                                        sub,
                                        sub_item,
                                        format!("Expected a parseable size for {sub:?}, got {got}"),
                                    ));
                                }
                            }
                        }
                        "limits" => self.jetstream_limits(key, sub, sub_item)?,
                        _ => self.warnings.push(format!(
                            "{}: \"{key}.{sub}\" is not supported yet and is ignored",
                            sub_item.pos
                        )),
                    }
                }
                self.opts.jetstream = enable;
            }
            other => {
                return Err(wrong_type(
                    key,
                    item,
                    "a boolean, \"enabled\", \"disabled\" or a map",
                    other,
                ))
            }
        }
        Ok(())
    }
}

fn wrong_type(key: &str, item: &Item, expected: &'static str, found: &Value) -> ConfigError {
    ConfigError::WrongType {
        pos: item.pos.clone(),
        key: key.to_string(),
        expected,
        found: found.type_name(),
    }
}

fn invalid(key: &str, item: &Item, message: impl Into<String>) -> ConfigError {
    ConfigError::Invalid {
        pos: item.pos.clone(),
        key: key.to_string(),
        message: message.into(),
    }
}

fn int(key: &str, item: &Item) -> Result<i64, ConfigError> {
    match &item.value {
        Value::Int(n) => Ok(*n),
        other => Err(wrong_type(key, item, "an integer", other)),
    }
}

fn string<'i>(key: &str, item: &'i Item) -> Result<&'i str, ConfigError> {
    match &item.value {
        Value::String(s) => Ok(s),
        other => Err(wrong_type(key, item, "a string", other)),
    }
}

fn boolean(key: &str, item: &Item) -> Result<bool, ConfigError> {
    match &item.value {
        Value::Bool(b) => Ok(*b),
        other => Err(wrong_type(key, item, "a boolean", other)),
    }
}

fn path(key: &str, item: &Item) -> Result<PathBuf, ConfigError> {
    string(key, item).map(PathBuf::from)
}

/// A non-negative integer.
fn size(key: &str, item: &Item) -> Result<usize, ConfigError> {
    let n = int(key, item)?;
    usize::try_from(n).map_err(|_| invalid(key, item, format!("{key} can not be negative")))
}

/// A non-negative integer no larger than `max` (upstream stores these as int32).
fn bounded_size(key: &str, item: &Item, max: i64) -> Result<usize, ConfigError> {
    if int(key, item)? > max {
        return Err(invalid(key, item, format!("{key} value is too big")));
    }
    size(key, item)
}

/// A JetStream storage size: an integer (conf size suffixes already applied) or a string such
/// as `"1G"`/`"512MB"` (base 1024, upstream `getStorageSize`).
fn storage_size(key: &str, item: &Item) -> Result<i64, ConfigError> {
    match &item.value {
        Value::Int(n) => Ok(*n),
        Value::String(s) => parse_storage_size(s)
            .ok_or_else(|| invalid(key, item, format!("invalid size {s:?} for {key}"))),
        other => Err(wrong_type(key, item, "a size", other)),
    }
}

/// Parses `"10"`, `"1K"`, `"2MB"`, `"3g"`, `"1T"` (base 1024).
fn parse_storage_size(s: &str) -> Option<i64> {
    let s = s.trim();
    let digits = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    let n: i64 = s[..digits].parse().ok()?;
    let mult: i64 = match s[digits..].trim().to_ascii_uppercase().as_str() {
        "" | "B" => 1,
        "K" | "KB" => 1 << 10,
        "M" | "MB" => 1 << 20,
        "G" | "GB" => 1 << 30,
        "T" | "TB" => 1 << 40,
        _ => return None,
    };
    n.checked_mul(mult)
}

/// `jetstream.sync_interval`: `always`, or a Go duration (the lazy fsync interval).
fn sync_interval(key: &str, item: &Item) -> Result<Option<Duration>, ConfigError> {
    match &item.value {
        Value::String(s) if s.eq_ignore_ascii_case("always") => Ok(None),
        _ => strict_duration(key, item).map(Some),
    }
}

fn port(key: &str, item: &Item) -> Result<i32, ConfigError> {
    let n = int(key, item)?;
    i32::try_from(n).map_err(|_| invalid(key, item, format!("port {n} is out of range")))
}

/// A Go duration string (no integer form).
fn strict_duration(key: &str, item: &Item) -> Result<Duration, ConfigError> {
    let s = match &item.value {
        Value::String(s) => s,
        other => {
            return Err(wrong_type(
                key,
                item,
                "a duration string such as \"2m\"",
                other,
            ))
        }
    };
    parse_duration(s).map_err(|e| invalid(key, item, format!("error parsing {key}: {e}")))
}

/// `listen`/`http`: a bare port, or `host:port`; the host is `None` for a bare port or `:port`.
fn host_port(key: &str, item: &Item) -> Result<(Option<String>, i32), ConfigError> {
    let text = match &item.value {
        Value::Int(_) => return Ok((None, port(key, item)?)),
        Value::String(s) => s,
        other => return Err(wrong_type(key, item, "port or host:port", other)),
    };
    let Some((host, port_text)) = split_host_port(text) else {
        return Err(invalid(
            key,
            item,
            format!("could not parse address string {text:?}"),
        ));
    };
    let port: i32 = port_text
        .parse()
        .map_err(|_| invalid(key, item, format!("could not parse port {port_text:?}")))?;
    let host = (!host.is_empty()).then(|| host.to_string());
    Ok((host, port))
}

/// Go's `net.SplitHostPort`: `host:port`, `[v6]:port`, `:port`.
fn split_host_port(s: &str) -> Option<(&str, &str)> {
    if let Some(rest) = s.strip_prefix('[') {
        let (host, after) = rest.split_once(']')?;
        let port = after.strip_prefix(':')?;
        return Some((host, port));
    }
    let (host, port) = s.rsplit_once(':')?;
    if host.contains(':') || host.contains('[') || host.contains(']') {
        return None;
    }
    Some((host, port))
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(super) fn apply_str(text: &str) -> (Options, Result<ConfigReport, ConfigError>) {
        let map = conf::parse_str(text, Path::new("test.conf")).expect("parse");
        let mut opts = Options::default();
        let result = apply(&mut opts, &map);
        (opts, result)
    }

    pub(super) fn ok(text: &str) -> (Options, Vec<String>) {
        let (opts, result) = apply_str(text);
        match result {
            Ok(report) => (opts, report.warnings),
            Err(e) => panic!("{text}: {e}"),
        }
    }

    pub(super) fn err(text: &str) -> String {
        match apply_str(text).1 {
            Ok(r) => panic!("{text}: expected an error, got {r:?}"),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn listen_forms() {
        let (o, _) = ok("listen: 127.0.0.1:4333");
        assert_eq!((o.host.as_str(), o.port), ("127.0.0.1", 4333));
        let (o, _) = ok("listen: \":4444\"");
        assert_eq!((o.host.as_str(), o.port), ("0.0.0.0", 4444));
        let (o, _) = ok("listen: 5555");
        assert_eq!(o.port, 5555);
        let (o, _) = ok("listen: \"[::1]:4222\"");
        assert_eq!(o.host, "::1");
        assert_eq!(
            err("listen: \"nohost\""),
            "test.conf:1:1: could not parse address string \"nohost\""
        );
        assert_eq!(
            err("listen: \"h:x\""),
            "test.conf:1:1: could not parse port \"x\""
        );
        assert_eq!(
            err("listen: true"),
            "test.conf:1:1: \"listen\" expects port or host:port, got a boolean"
        );
    }

    #[test]
    fn host_port_and_aliases() {
        let (o, _) = ok("host: 10.0.0.1\nport: 4999");
        assert_eq!((o.host.as_str(), o.port), ("10.0.0.1", 4999));
        let (o, _) = ok("net: 10.0.0.2");
        assert_eq!(o.host, "10.0.0.2");
        assert_eq!(
            o.http_host, "10.0.0.2",
            "monitoring follows the client host"
        );
        assert_eq!(
            err("port: \"4222\""),
            "test.conf:1:1: \"port\" expects an integer, got a string"
        );
        let (o, _) = ok("port: -1");
        assert_eq!(o.port, -1);
    }

    #[test]
    fn http_and_aliases() {
        let (o, _) = ok("http: localhost:8222");
        assert_eq!((o.http_host.as_str(), o.http_port), ("localhost", 8222));
        let (o, _) = ok("http: 8223");
        assert_eq!(o.http_port, 8223);
        let (o, _) = ok("http_port: 8224");
        assert_eq!(o.http_port, 8224);
        let (o, _) = ok("monitor_port: 8225\nhttp_base_path: /nats");
        assert_eq!(o.http_port, 8225);
        assert_eq!(o.http_base_path, "/nats");
        let (o, _) = ok("host: 127.0.0.1\nhttp: \"0.0.0.0:8222\"");
        assert_eq!(o.http_host, "0.0.0.0");
        let (o, _) = ok("host: 127.0.0.1\nhttp: 8222");
        assert_eq!(o.http_host, "127.0.0.1");
        let (o, _) = ok("http: \":8222\"\nlisten: 127.0.0.2:4222");
        assert_eq!(o.http_host, "127.0.0.2");
    }

    #[test]
    fn names() {
        let (o, _) = ok("server_name: n1\nclient_advertise: \"example.com:4222\"");
        assert_eq!(o.server_name.as_deref(), Some("n1"));
        assert_eq!(o.client_advertise.as_deref(), Some("example.com:4222"));
        assert_eq!(
            err("server_name: \"a b\""),
            "test.conf:1:1: server name cannot contain spaces"
        );
    }

    #[test]
    fn limits_and_aliases() {
        let (o, w) = ok(
            "max_payload: 2MB\nmax_control_line: 8KB\nmax_pending: 128MB\n\
                         max_connections: 10\nmax_subscriptions: 20\nmax_closed_clients: 30\n\
                         max_traced_msg_len: 40\nping_max: 5",
        );
        assert!(w.is_empty(), "{w:?}");
        assert_eq!(o.max_payload, 2 * 1024 * 1024);
        assert_eq!(o.max_control_line, 8 * 1024);
        assert_eq!(o.max_pending, 128 * 1024 * 1024);
        assert_eq!(o.max_connections, 10);
        assert_eq!(o.max_subscriptions, 20);
        assert_eq!(o.max_closed_clients, 30);
        assert_eq!(o.max_traced_msg_len, 40);
        assert_eq!(o.ping_max, 5);
        let (o, _) = ok("max_conn: 11\nmax_subs: 21");
        assert_eq!((o.max_connections, o.max_subscriptions), (11, 21));
        let (o, _) = ok("max_connections: 0");
        assert_eq!(o.max_connections, 0);
        assert_eq!(
            err("max_payload: 3GB"),
            "test.conf:1:1: max_payload value is too big"
        );
        assert_eq!(
            err("max_subs: -1"),
            "test.conf:1:1: max_subs can not be negative"
        );
        assert_eq!(
            err("max_pending: 1.5"),
            "test.conf:1:1: \"max_pending\" expects an integer, got a float"
        );
    }

    #[test]
    fn payload_checks() {
        assert_eq!(
            err("max_payload: 2MB\nmax_pending: 1MB"),
            "max_payload (2097152) cannot be higher than max_pending (1048576)"
        );
        let (_, w) = ok("max_payload: 16MB");
        assert_eq!(
            w,
            vec!["Maximum payloads over 8.00 MB are generally discouraged and could lead to poor performance"]
        );
    }

    #[test]
    fn durations() {
        let (o, w) = ok("ping_interval: \"30s\"\nwrite_deadline: \"1.5s\"\n\
                         lame_duck_duration: \"1m30s\"\nlame_duck_grace_period: \"5s\"");
        assert!(w.is_empty(), "{w:?}");
        assert_eq!(o.ping_interval, Duration::from_secs(30));
        assert_eq!(o.write_deadline, Duration::from_millis(1500));
        assert_eq!(o.lame_duck_duration, Duration::from_secs(90));
        assert_eq!(o.lame_duck_grace_period, Duration::from_secs(5));

        let (o, w) = ok("ping_interval: 45");
        assert_eq!(o.ping_interval, Duration::from_secs(45));
        assert_eq!(
            w,
            vec!["test.conf:1:1: invalid use of field \"ping_interval\": ping_interval should be converted to a duration"]
        );
        assert_eq!(
            err("write_deadline: \"10\""),
            "test.conf:1:1: error parsing write_deadline: time: missing unit in duration \"10\""
        );
        assert_eq!(
            err("lame_duck_duration: \"10s\""),
            "test.conf:1:1: invalid lame_duck_duration of 10s, minimum is 30 seconds"
        );
        assert_eq!(
            err("lame_duck_duration: 60"),
            "test.conf:1:1: \"lame_duck_duration\" expects a duration string such as \"2m\", got an integer"
        );
        assert_eq!(
            err("lame_duck_duration: \"30s\"\nlame_duck_grace_period: \"30s\""),
            "lame duck grace period (30s) should be strictly lower than lame duck duration (30s)"
        );
    }

    #[test]
    fn booleans() {
        let (o, _) = ok(
            "no_header_support: true\ndisable_sublist_cache: yes\ndebug: on\n\
                         trace: true\nlogtime: false\nlogtime_utc: true",
        );
        assert!(o.no_header_support && o.disable_sublist_cache && o.debug && o.trace);
        assert!(!o.logtime && o.logtime_utc);
        let (o, _) = ok("trace_verbose: true\nno_sublist_cache: true");
        assert!(o.trace_verbose && o.trace && o.disable_sublist_cache);
        assert_eq!(
            err("debug: 1"),
            "test.conf:1:1: \"debug\" expects a boolean, got an integer"
        );
    }

    #[test]
    fn files_and_aliases() {
        let (o, _) = ok(
            "logfile: /tmp/a.log\nlogfile_size_limit: 1MB\npidfile: /tmp/a.pid\n\
                         ports_file_dir: /tmp",
        );
        assert_eq!(o.log_file, Some(PathBuf::from("/tmp/a.log")));
        assert_eq!(o.pid_file, Some(PathBuf::from("/tmp/a.pid")));
        assert_eq!(o.ports_file_dir, Some(PathBuf::from("/tmp")));
        let (o, w) = ok("log_file: b.log\nlog_size_limit: 10\npid_file: b.pid");
        assert_eq!(o.log_file, Some(PathBuf::from("b.log")));
        assert_eq!(
            w,
            vec!["test.conf:2:1: \"log_size_limit\" (log file rotation) is not supported yet and is ignored"]
        );
        assert_eq!(o.pid_file, Some(PathBuf::from("b.pid")));
        assert_eq!(
            err("log_file: 3"),
            "test.conf:1:1: \"log_file\" expects a string, got an integer"
        );
    }

    #[test]
    fn server_tags() {
        let (o, _) = ok("server_tags: [\"az:1\", edge]");
        assert_eq!(o.tags, vec!["az:1", "edge"]);
        let (o, _) = ok("server_tags: single");
        assert_eq!(o.tags, vec!["single"]);
        assert_eq!(
            err("server_tags: [a, 1]"),
            "test.conf:1:18: \"server_tags\" expects strings in its array, got an integer"
        );
    }

    #[test]
    fn jetstream_batch_limits() {
        let (o, w) = ok(
            "jetstream { limits { batch { max_inflight_per_stream: 2, max_inflight_total: 9, max_msgs: 5, timeout: \"3s\" }, max_ack_pending: 7 } }",
        );
        let b = o.jetstream_batch;
        assert_eq!(b.max_inflight_per_stream, Some(2));
        assert_eq!(b.max_inflight_total, Some(9));
        assert_eq!(b.max_msgs, Some(5));
        assert_eq!(b.timeout, Some(Duration::from_secs(3)));
        assert!(w.is_empty(), "{w:?}");
        assert_eq!(o.jetstream_limits.max_ack_pending, 7);
        let (o, w) = ok(
            "jetstream { limits { max_request_batch: 3, duplicate_window: \"1m\", max_ha_assets: 2 } }",
        );
        assert_eq!(o.jetstream_limits.max_request_batch, 3);
        assert_eq!(o.jetstream_limits.duplicates, 60_000_000_000);
        assert_eq!(o.jetstream_limits.max_ack_pending, 0);
        assert_eq!(w.len(), 1, "{w:?}");
        assert!(
            w[0].contains("\"jetstream.limits.max_ha_assets\" has no effect without clustering"),
            "{w:?}"
        );
        assert!(err("jetstream { limits { duplicate_window: 5 } }").contains("duration"));
        assert!(err("jetstream { limits { max_ack_pending: \"x\" } }").contains("integer"));
        let (o, _) = ok("jetstream { limits { batch { max_msgs: 0 } } }");
        assert_eq!(o.jetstream_batch.max_msgs, None);
        assert!(err("jetstream { limits { batch { bogus: 1 } } }").contains("unknown field"));
    }

    #[test]
    fn jetstream_forms() {
        assert!(ok("jetstream: true").0.jetstream);
        assert!(!ok("jetstream: false").0.jetstream);
        assert!(ok("jetstream: enabled").0.jetstream);
        assert!(!ok("jetstream: disabled").0.jetstream);
        assert!(ok("jetstream {}").0.jetstream);
        let (o, w) = ok("jetstream { store_dir: /data, max_mem: 1G, max_file: \"2G\" }");
        assert!(o.jetstream);
        assert_eq!(o.store_dir, Some(PathBuf::from("/data")));
        assert_eq!(o.jetstream_max_memory, Some(1_000_000_000));
        assert_eq!(o.jetstream_max_store, Some(2 << 30));
        assert!(w.is_empty(), "{w:?}");
        let (o, _) = ok("jetstream { max_memory_store: 1024, max_file_store: 10MB, domain: hub }");
        assert_eq!(o.jetstream_max_memory, Some(1024));
        assert_eq!(o.jetstream_max_store, Some(10 << 20));
        assert_eq!(o.jetstream_domain.as_deref(), Some("hub"));
        let (o, _) = ok("jetstream { sync_interval: always }");
        assert_eq!(o.jetstream_sync_interval, None);
        let (o, _) = ok("jetstream { sync_interval: \"2m\" }");
        assert_eq!(o.jetstream_sync_interval, Some(Duration::from_secs(120)));
        let (o, w) = ok("jetstream { max_buffered_msgs: 10, max_buffered_size: 1MB }");
        assert!(w.is_empty(), "{w:?}");
        assert_eq!(o.jetstream_max_buffered_msgs, 10);
        assert_eq!(o.jetstream_max_buffered_size, 1 << 20);
        assert_eq!(
            err("jetstream { max_buffered_msgs: \"x\" }"),
            "test.conf:1:13: Expected a parseable size for \"max_buffered_msgs\", got x"
        );
        let (_, w) = ok("jetstream { unique_tag: az }");
        assert_eq!(
            w,
            vec!["test.conf:1:13: \"jetstream.unique_tag\" is not supported yet and is ignored"]
        );
        assert_eq!(
            err("jetstream { max_file: \"lots\" }"),
            "test.conf:1:13: invalid size \"lots\" for max_file"
        );
        let (o, _) = ok("jetstream { enabled: false, store: /x }");
        assert!(!o.jetstream);
        assert_eq!(o.store_dir, Some(PathBuf::from("/x")));
        let (o, _) = ok("store_dir: /top");
        assert_eq!(o.store_dir, Some(PathBuf::from("/top")));
        assert_eq!(
            err("store_dir: /a\njetstream { store_dir: /b }"),
            "test.conf:2:13: Duplicate 'store_dir' configuration"
        );
        assert_eq!(
            err("jetstream: maybe"),
            "test.conf:1:1: Expected 'enabled' or 'disabled' for string value, got 'maybe'"
        );
        assert_eq!(
            err("jetstream: 1"),
            "test.conf:1:1: \"jetstream\" expects a boolean, \"enabled\", \"disabled\" or a map, got an integer"
        );
    }

    #[test]
    fn security_settings_are_fatal() {
        for key in ["trusted: OABC", "trusted_keys: [OABC]"] {
            let e = err(key);
            let name = key.split([':', ' ']).next().expect("key");
            assert_eq!(
                e,
                format!(
                    "test.conf:1:1: \"{name}\" is not supported by rnats yet; refusing to start without the security it asks for"
                ),
            );
        }
    }

    #[test]
    fn operator_mode_settings_are_checked() {
        assert!(err("operator: /nonexistent/op.jwt").contains("error parsing operator JWT"));
        assert!(err("operators: [/nonexistent/op.jwt]").contains("error parsing operator JWT"));
        assert_eq!(err("resolver: MEMORY"), "resolver requires an operator");
        assert!(err("resolver: URL(http://localhost:9090/jwt/v1/accounts/)")
            .contains("the URL account resolver is not supported by rnats yet"));
        assert!(err("resolver: bogus").contains("should be MEM or  URL"));
        assert!(err("resolver { type: full }")
            .contains("dir has no value and needs to point to a directory"));
        assert!(
            err("resolver { type: cache, dir: /tmp, allow_delete: true }")
                .contains("CACHE does not accept allow_delete")
        );
        assert!(err("resolver { type: full, dir: /tmp, ttl: \"1m\" }")
            .contains("FULL does not accept ttl"));
        assert!(err("resolver { type: full, dir: /tmp, hard_delete: true }")
            .contains("hard_delete has no effect without delete"));
        assert!(err("resolver { type: other, dir: /tmp }").contains("should be MEM or  URL"));
    }

    #[test]
    fn unknown_keys_fail_like_nats_server() {
        assert_eq!(
            err("port: 4333\nbogus_key: 1"),
            "test.conf:2:1: unknown field \"bogus_key\""
        );
    }

    #[test]
    fn unsupported_keys_warn() {
        let (o, w) = ok("port: 4333\ncluster { name: c }\nmqtt { port: 1883 }");
        assert_eq!(o.port, 4333);
        assert_eq!(
            w,
            vec![
                "test.conf:2:1: \"cluster\" is not supported yet and is ignored",
                "test.conf:3:1: \"mqtt\" is not supported yet and is ignored",
            ]
        );
    }

    #[test]
    fn websocket_and_tls_blocks() {
        let (o, w) =
            ok("websocket { port: 8080, no_tls: true, compression: true, same_origin: true }");
        assert!(w.is_empty(), "{w:?}");
        assert_eq!(o.websocket.port, 8080);
        assert!(o.websocket.compression && o.websocket.same_origin && o.websocket.no_tls);
        assert_eq!(
            err("websocket { port: 8080 }"),
            "test.conf:1:1: websocket requires TLS configuration"
        );
        assert_eq!(
            err("websocket { port: 8080, no_tls: true, headers { Upgrade: x } }"),
            "test.conf:1:1: websocket: invalid header \"Upgrade\" not allowed"
        );
        assert_eq!(
            err("tls { key_file: k }"),
            "test.conf:1:1: missing 'cert_file' in TLS configuration"
        );
        assert!(err("tls { cert_file: /nonexistent/c.pem, key_file: k }")
            .contains("error parsing X509 certificate/key pair"));
        assert_eq!(
            err("tls { cert_file: c, key_file: k, ocsp_peer: true }"),
            "test.conf:1:34: \"tls.ocsp_peer\" is not supported by rnats yet; refusing to start without the security it asks for"
        );
    }

    #[test]
    fn variable_definitions_are_skipped() {
        let (o, w) = ok(
            "PORT = 4555\nport: $PORT\nDIR = /d\njetstream { SUB = 1, store_dir: $DIR, x: $SUB }",
        );
        assert_eq!(o.port, 4555);
        assert_eq!(o.store_dir, Some(PathBuf::from("/d")));
        assert_eq!(
            w,
            vec!["test.conf:4:39: \"jetstream.x\" is not supported yet and is ignored"]
        );
    }

    #[test]
    fn keys_are_case_insensitive() {
        let (o, _) = ok("PORT: 4666\nDebug: true");
        assert_eq!(o.port, 4666);
        assert!(o.debug);
    }

    #[test]
    fn several_errors_are_all_reported() {
        let e = err("port: x\ndebug: 3");
        assert_eq!(
            e,
            "test.conf:1:1: \"port\" expects an integer, got a string\n\
             test.conf:2:1: \"debug\" expects a boolean, got an integer"
        );
    }

    #[test]
    fn load_into_sets_config_file_and_handles_realistic_files() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/conf");
        let mut opts = Options::default();
        let path = dir.join("realistic_jetstream_cluster.conf");
        let report = load_into(&mut opts, &path).expect("load");
        assert_eq!(opts.config_file.as_deref(), Some(path.as_path()));
        assert_eq!(opts.server_name.as_deref(), Some("js-1"));
        assert_eq!(opts.store_dir, Some(PathBuf::from("/data/nats")));
        assert!(opts.jetstream);
        assert_eq!(opts.lame_duck_duration, Duration::from_secs(60));
        assert_eq!(opts.max_closed_clients, 5000);
        assert!(report.warnings.iter().any(|w| w.contains("\"cluster\"")));
        assert_eq!(opts.jetstream_max_memory, Some(4_000_000_000));
        assert_eq!(opts.jetstream_sync_interval, Some(Duration::from_secs(120)));

        let mut opts = Options::default();
        load_into(&mut opts, &dir.join("realistic_server.conf")).expect("load");
        let users: Vec<&str> = opts
            .auth
            .users
            .iter()
            .map(|u| match &u.credential {
                crate::auth::options::Credential::Password { user, .. } => user.as_str(),
                crate::auth::options::Credential::Nkey(key) => key.as_str(),
            })
            .collect();
        assert_eq!(users, ["admin", "client"]);
        let admin = opts.auth.users[0].permissions.as_ref().expect("perms");
        let publish = admin.publish.as_ref().and_then(|p| p.allow.as_deref());
        assert_eq!(publish, Some(&[">".to_string()][..]));
        assert!(opts.auth.default_permissions.is_some());

        let mut opts = Options::default();
        let e = load_into(&mut opts, &dir.join("unterminated_map.conf")).expect_err("parse");
        assert!(matches!(e, ConfigError::Conf(_)));
    }
}
