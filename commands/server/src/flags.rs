//! nats-server's command-line flags: one data table, a Go-`flag` parser over it, and the views
//! built from the same table (the upstream-style `--help` text and a `clap::Command` for man pages
//! and completions).
//!
//! nats-server parses its arguments with Go's `flag` package, whose grammar clap cannot express:
//! `-flag` and `--flag` are the same flag, multi-letter names take a single dash (`-js`, `-sd DIR`,
//! `-DV`), switches accept `-flag=false`, and a value may start with `-` (`-p -1`). So the table is
//! the source of truth and [`Flags::parse`] implements Go's rules (`flag.FlagSet.parseOne`);
//! clap only renders documentation. Applying the parsed flags over [`Options`] is
//! [`Flags::apply_to`]; flags rnats knows but does not implement yet are reported by
//! [`Flags::unsupported`] so the caller can warn or refuse to start — none is dropped silently.
//! What the process does with `-h`, `-v`, `-sl` and `-c` is `lib.rs`'s business.

use std::ffi::OsStr;
use std::fmt::Write as _;
use std::path::PathBuf;

use crate::options::Options;

/// nats-server's default client port (`DEFAULT_PORT`); `-p 0` means this, as upstream's
/// `setBaselineOptions` does.
const DEFAULT_PORT: i32 = 4222;

/// The setting a flag controls. Several spellings (`-D`, `--debug`) share one id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FlagId {
    /// `-h`, `--help`.
    Help,
    /// `-v`, `--version`.
    Version,
    /// `--help_tls`.
    HelpTls,
    /// `-a`, `--addr`, `--net`.
    Addr,
    /// `-p`, `--port`.
    Port,
    /// `-n`, `--name`, `--server_name`.
    Name,
    /// `-P`, `--pid`.
    Pid,
    /// `-m`, `--http_port`.
    HttpPort,
    /// `-ms`, `--https_port`.
    HttpsPort,
    /// `-c`, `--config`.
    Config,
    /// `-t`.
    CheckConfig,
    /// `-sl`, `--signal`.
    Signal,
    /// `--client_advertise`.
    ClientAdvertise,
    /// `--ports_file_dir`.
    PortsFileDir,
    /// `-l`, `--log`.
    Log,
    /// `--log_size_limit`.
    LogSizeLimit,
    /// `-T`, `--logtime`.
    Logtime,
    /// `--logtime_utc`.
    LogtimeUtc,
    /// `-s`, `--syslog`.
    Syslog,
    /// `-r`, `--remote_syslog`.
    RemoteSyslog,
    /// `-D`, `--debug`.
    Debug,
    /// `-V`, `--trace`.
    Trace,
    /// `-VV`: trace, system account included.
    TraceVerbose,
    /// `-DV`: debug and trace.
    DebugTrace,
    /// `-DVV`: debug and verbose trace.
    DebugTraceVerbose,
    /// `--max_traced_msg_len`.
    MaxTracedMsgLen,
    /// `-js`, `--jetstream`.
    JetStream,
    /// `-sd`, `--store_dir`.
    StoreDir,
    /// `--user`.
    User,
    /// `--pass`.
    Pass,
    /// `--auth`.
    Auth,
    /// `--tls`.
    Tls,
    /// `--tlscert`.
    TlsCert,
    /// `--tlskey`.
    TlsKey,
    /// `--tlsverify`.
    TlsVerify,
    /// `--tlscacert`.
    TlsCaCert,
    /// `--routes`.
    Routes,
    /// `--cluster`.
    Cluster,
    /// `--cluster_listen` (same setting as `--cluster` upstream; its own usage row).
    ClusterListen,
    /// `--cluster_name`.
    ClusterName,
    /// `--cluster_advertise`.
    ClusterAdvertise,
    /// `--no_advertise`.
    NoAdvertise,
    /// `--connect_retries`.
    ConnectRetries,
    /// `--profile`.
    Profile,
}

/// Whether a flag is a switch or takes a value, and how the value parses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Boolean: `-flag`, `-flag=true`, `-flag=false` (never a separate value argument).
    Switch,
    /// Integer, Go `strconv.ParseInt(s, 0, 64)` syntax.
    Int,
    /// Any string.
    Str,
}

/// The usage section a flag is listed under.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    /// "Server Options:"
    Server,
    /// "Logging Options:"
    Logging,
    /// "JetStream Options:"
    JetStream,
    /// "Authorization Options:"
    Authorization,
    /// "TLS Options:"
    Tls,
    /// "Cluster Options:"
    Cluster,
    /// "Profiling Options:"
    Profiling,
    /// "Common Options:"
    Common,
}

impl Group {
    /// Every group, in usage order.
    pub const ALL: [Group; 8] = [
        Group::Server,
        Group::Logging,
        Group::JetStream,
        Group::Authorization,
        Group::Tls,
        Group::Cluster,
        Group::Profiling,
        Group::Common,
    ];

    /// The section title, as nats-server prints it.
    pub fn title(self) -> &'static str {
        match self {
            Group::Server => "Server Options",
            Group::Logging => "Logging Options",
            Group::JetStream => "JetStream Options",
            Group::Authorization => "Authorization Options",
            Group::Tls => "TLS Options",
            Group::Cluster => "Cluster Options",
            Group::Profiling => "Profiling Options",
            Group::Common => "Common Options",
        }
    }
}

/// What rnats does with a flag today.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Support {
    /// Implemented.
    Yes,
    /// Known but not supported yet; harmless to ignore with a warning. The text names the feature.
    Warn(&'static str),
    /// Known but not supported yet, and ignoring it would weaken security: refuse to start.
    Fatal(&'static str),
}

/// One row of the flag table.
#[derive(Debug)]
pub struct FlagDef {
    /// The setting.
    pub id: FlagId,
    /// Every spelling without dashes; the first long one names the clap argument.
    pub names: &'static [&'static str],
    /// Switch or value.
    pub kind: Kind,
    /// Placeholder for the value in help text (empty for switches).
    pub value_name: &'static str,
    /// Usage section.
    pub group: Group,
    /// Left column of nats-server's usage text (`-a, --addr, --net <host>`), continuation lines
    /// separated by `\n`; `None` for flags upstream accepts but does not list.
    pub usage: Option<&'static str>,
    /// Help text; `\n` starts an indented continuation line.
    pub help: &'static str,
    /// Whether rnats implements it.
    pub support: Support,
}

const CLUSTERING: Support = Support::Warn("clustering");

macro_rules! flag {
    ($id:ident, [$($n:literal),+], $kind:ident, $vn:literal, $group:ident, $usage:expr, $help:literal, $support:expr) => {
        FlagDef {
            id: FlagId::$id,
            names: &[$($n),+],
            kind: Kind::$kind,
            value_name: $vn,
            group: Group::$group,
            usage: $usage,
            help: $help,
            support: $support,
        }
    };
}

/// The flag table, in nats-server's usage order (server `main.go` usage text and
/// `server/opts.go` `ConfigureOptions`).
pub static FLAGS: &[FlagDef] = &[
    flag!(Addr, ["a", "addr", "net"], Str, "host", Server, Some("-a, --addr, --net <host>"), "Bind to host address (default: 0.0.0.0)", Support::Yes),
    flag!(Port, ["p", "port"], Int, "port", Server, Some("-p, --port <port>"), "Use port for clients (default: 4222)", Support::Yes),
    flag!(Name, ["n", "name", "server_name"], Str, "server_name", Server, Some("-n, --name\n    --server_name <server_name>"), "Server name (default: auto)", Support::Yes),
    flag!(Pid, ["P", "pid"], Str, "file", Server, Some("-P, --pid <file>"), "File to store PID", Support::Yes),
    flag!(HttpPort, ["m", "http_port"], Int, "port", Server, Some("-m, --http_port <port>"), "Use port for http monitoring", Support::Yes),
    flag!(HttpsPort, ["ms", "https_port"], Int, "port", Server, Some("-ms,--https_port <port>"), "Use port for https monitoring", Support::Yes),
    flag!(Config, ["c", "config"], Str, "file", Server, Some("-c, --config <file>"), "Configuration file", Support::Yes),
    flag!(CheckConfig, ["t"], Switch, "", Server, Some("-t"), "Test configuration and exit", Support::Yes),
    flag!(Signal, ["sl", "signal"], Str, "signal[=pid]", Server, Some("-sl,--signal <signal>[=<pid>]"), "Send signal to nats-server process (ldm, stop, quit, term, reopen, reload)\n<pid> can be either a PID (e.g. 1) or the path to a PID file (e.g. /var/run/nats-server.pid)", Support::Yes),
    flag!(ClientAdvertise, ["client_advertise"], Str, "string", Server, Some("    --client_advertise <string>"), "Client URL to advertise to other servers", Support::Yes),
    flag!(PortsFileDir, ["ports_file_dir"], Str, "dir", Server, Some("    --ports_file_dir <dir>"), "Creates a ports file in the specified directory (<executable_name>_<pid>.ports).", Support::Yes),
    flag!(Log, ["l", "log"], Str, "file", Logging, Some("-l, --log <file>"), "File to redirect log output", Support::Yes),
    flag!(Logtime, ["T", "logtime"], Switch, "", Logging, Some("-T, --logtime"), "Timestamp log entries (default: true)", Support::Yes),
    flag!(LogtimeUtc, ["logtime_utc"], Switch, "", Logging, None, "Timestamps in UTC instead of local timezone", Support::Yes),
    flag!(Syslog, ["s", "syslog"], Switch, "", Logging, Some("-s, --syslog"), "Log to syslog or windows event log", Support::Warn("syslog logging")),
    flag!(RemoteSyslog, ["r", "remote_syslog"], Str, "addr", Logging, Some("-r, --remote_syslog <addr>"), "Syslog server addr (udp://localhost:514)", Support::Warn("remote syslog logging")),
    flag!(Debug, ["D", "debug"], Switch, "", Logging, Some("-D, --debug"), "Enable debugging output", Support::Yes),
    flag!(Trace, ["V", "trace"], Switch, "", Logging, Some("-V, --trace"), "Trace the raw protocol", Support::Yes),
    flag!(TraceVerbose, ["VV"], Switch, "", Logging, Some("-VV"), "Verbose trace (traces system account as well)", Support::Yes),
    flag!(DebugTrace, ["DV"], Switch, "", Logging, Some("-DV"), "Debug and trace", Support::Yes),
    flag!(DebugTraceVerbose, ["DVV"], Switch, "", Logging, Some("-DVV"), "Debug and verbose trace (traces system account as well)", Support::Yes),
    flag!(LogSizeLimit, ["log_size_limit"], Int, "limit", Logging, Some("    --log_size_limit <limit>"), "Logfile size limit (default: auto)", Support::Warn("log file rotation")),
    flag!(MaxTracedMsgLen, ["max_traced_msg_len"], Int, "len", Logging, Some("    --max_traced_msg_len <len>"), "Maximum printable length for traced messages (default: unlimited)", Support::Yes),
    flag!(JetStream, ["js", "jetstream"], Switch, "", JetStream, Some("-js, --jetstream"), "Enable JetStream functionality", Support::Yes),
    flag!(StoreDir, ["sd", "store_dir"], Str, "dir", JetStream, Some("-sd, --store_dir <dir>"), "Set the storage directory", Support::Yes),
    flag!(User, ["user"], Str, "user", Authorization, Some("    --user <user>"), "User required for connections", Support::Yes),
    flag!(Pass, ["pass"], Str, "password", Authorization, Some("    --pass <password>"), "Password required for connections", Support::Yes),
    flag!(Auth, ["auth"], Str, "token", Authorization, Some("    --auth <token>"), "Authorization token required for connections", Support::Yes),
    flag!(Tls, ["tls"], Switch, "", Tls, Some("    --tls"), "Enable TLS, do not verify clients (default: false)", Support::Yes),
    flag!(TlsCert, ["tlscert"], Str, "file", Tls, Some("    --tlscert <file>"), "Server certificate file", Support::Yes),
    flag!(TlsKey, ["tlskey"], Str, "file", Tls, Some("    --tlskey <file>"), "Private key for server certificate", Support::Yes),
    flag!(TlsVerify, ["tlsverify"], Switch, "", Tls, Some("    --tlsverify"), "Enable TLS, verify client certificates", Support::Yes),
    flag!(TlsCaCert, ["tlscacert"], Str, "file", Tls, Some("    --tlscacert <file>"), "Client certificate CA for verification", Support::Yes),
    flag!(Routes, ["routes"], Str, "rurl-1, rurl-2", Cluster, Some("    --routes <rurl-1, rurl-2>"), "Routes to solicit and connect", CLUSTERING),
    flag!(Cluster, ["cluster"], Str, "cluster-url", Cluster, Some("    --cluster <cluster-url>"), "Cluster URL for solicited routes", CLUSTERING),
    flag!(ClusterName, ["cluster_name"], Str, "string", Cluster, Some("    --cluster_name <string>"), "Cluster Name, if not set one will be dynamically generated", CLUSTERING),
    flag!(NoAdvertise, ["no_advertise"], Switch, "", Cluster, Some("    --no_advertise <bool>"), "Do not advertise known cluster information to clients", CLUSTERING),
    flag!(ClusterAdvertise, ["cluster_advertise"], Str, "string", Cluster, Some("    --cluster_advertise <string>"), "Cluster URL to advertise to other servers", CLUSTERING),
    flag!(ConnectRetries, ["connect_retries"], Int, "number", Cluster, Some("    --connect_retries <number>"), "For implicit routes, number of connect retries", CLUSTERING),
    flag!(ClusterListen, ["cluster_listen"], Str, "url", Cluster, Some("    --cluster_listen <url>"), "Cluster url from which members can solicit routes", CLUSTERING),
    flag!(Profile, ["profile"], Int, "port", Profiling, Some("    --profile <port>"), "Profiling HTTP port", Support::Warn("the profiling port")),
    flag!(Help, ["h", "help"], Switch, "", Common, Some("-h, --help"), "Show this message", Support::Yes),
    flag!(Version, ["v", "version"], Switch, "", Common, Some("-v, --version"), "Show version", Support::Yes),
    flag!(HelpTls, ["help_tls"], Switch, "", Common, Some("    --help_tls"), "TLS help", Support::Yes),
];

/// Finds the table row for a spelling (without dashes). Names are case-sensitive (`-v` ≠ `-V`).
pub fn lookup(name: &str) -> Option<&'static FlagDef> {
    FLAGS.iter().find(|f| f.names.contains(&name))
}

/// The table row of `id`.
pub fn def(id: FlagId) -> Option<&'static FlagDef> {
    FLAGS.iter().find(|f| f.id == id)
}

/// A parsed flag value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// A switch's state.
    Bool(bool),
    /// An integer flag's value.
    Int(i64),
    /// A string flag's value.
    Str(String),
}

/// One flag as given on the command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Given {
    /// The setting.
    pub id: FlagId,
    /// The spelling used, dashes included (`-ms`, `--https_port`), for messages.
    pub spelling: String,
    /// Its value.
    pub value: Value,
}

/// A command-line error, worded as Go's `flag` package words it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FlagError {
    /// An unknown flag name.
    #[error("flag provided but not defined: -{0}")]
    NotDefined(String),
    /// `---x`, `-=x` and the like.
    #[error("bad flag syntax: {0}")]
    BadSyntax(String),
    /// A value flag at the end of the arguments.
    #[error("flag needs an argument: -{0}")]
    NeedsArgument(String),
    /// A switch given a value that is not a Go boolean.
    #[error("invalid boolean value {value:?} for -{name}: parse error")]
    InvalidBool {
        /// The flag name without dashes.
        name: String,
        /// The rejected text.
        value: String,
    },
    /// An integer flag given a non-integer, or one out of range for its setting.
    #[error("invalid value {value:?} for flag -{name}: {reason}")]
    InvalidValue {
        /// The flag name without dashes.
        name: String,
        /// The rejected text.
        value: String,
        /// `parse error` or `value out of range`.
        reason: &'static str,
    },
    /// TLS flags that cannot make a TLS configuration (upstream's `overrideTLS`).
    #[error("{0}")]
    Tls(String),
    /// An argument that is not UTF-8 (Go's arguments are byte strings; ours must be text).
    #[error("argument is not valid UTF-8: {0}")]
    NotUtf8(String),
    /// A positional argument other than `version` or `help` (upstream `ProcessCommandLineArgs`).
    #[error("unrecognized command: {0:?}")]
    UnrecognizedCommand(String),
}

/// A flag rnats knows but does not implement, as reported by [`Flags::unsupported`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unsupported {
    /// The flag.
    pub id: FlagId,
    /// `true` when the server must refuse to start (security settings).
    pub fatal: bool,
    /// The message to log, naming the flag as the user spelled it.
    pub message: String,
}

/// The parsed command line.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Flags {
    /// Flags in the order given (later ones win).
    pub given: Vec<Given>,
    /// Arguments after the flags (Go stops at the first non-flag or after `--`).
    pub positional: Vec<String>,
}

/// Parses a Go boolean (`strconv.ParseBool`).
fn parse_go_bool(s: &str) -> Option<bool> {
    match s {
        "1" | "t" | "T" | "TRUE" | "true" | "True" => Some(true),
        "0" | "f" | "F" | "FALSE" | "false" | "False" => Some(false),
        _ => None,
    }
}

/// Parses a Go integer literal as `strconv.ParseInt(s, 0, 64)` does: optional sign, `0x`/`0o`/`0b`
/// or leading-`0` octal prefixes, `_` separators only after a prefix.
fn parse_go_int(s: &str) -> Result<i64, &'static str> {
    const PARSE: &str = "parse error";
    const RANGE: &str = "value out of range";
    let (neg, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let lower = body.to_ascii_lowercase();
    let (radix, digits, prefixed) = if let Some(d) = lower.strip_prefix("0x") {
        (16, d, true)
    } else if let Some(d) = lower.strip_prefix("0o") {
        (8, d, true)
    } else if let Some(d) = lower.strip_prefix("0b") {
        (2, d, true)
    } else if lower.len() > 1 && lower.starts_with('0') {
        (8, &lower[1..], true)
    } else {
        (10, lower.as_str(), false)
    };
    if digits.contains('_') && (!prefixed || digits.ends_with('_') || digits.contains("__")) {
        return Err(PARSE);
    }
    let clean: String = digits.chars().filter(|&c| c != '_').collect();
    if clean.is_empty() || !clean.chars().all(|c| c.is_digit(radix)) {
        return Err(PARSE);
    }
    let magnitude = u64::from_str_radix(&clean, radix).map_err(|_| RANGE)?;
    if neg {
        if magnitude > i64::MAX as u64 + 1 {
            return Err(RANGE);
        }
        Ok((magnitude as i64).wrapping_neg())
    } else {
        i64::try_from(magnitude).map_err(|_| RANGE)
    }
}

impl Flags {
    /// Parses arguments (program name excluded) with Go `flag` rules, then checks positional
    /// arguments as nats-server does (`version` and `help` are accepted; anything else is an
    /// error).
    pub fn parse<I, S>(args: I) -> Result<Flags, FlagError>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        let mut strings = Vec::new();
        for a in args {
            let a = a.as_ref();
            match a.to_str() {
                Some(s) => strings.push(s.to_string()),
                None => return Err(FlagError::NotUtf8(a.to_string_lossy().into_owned())),
            }
        }
        let flags = Self::parse_go(strings)?;
        if let Some(first) = flags.positional.first() {
            let lower = first.to_ascii_lowercase();
            if lower != "version" && lower != "help" {
                return Err(FlagError::UnrecognizedCommand(first.clone()));
            }
        }
        Ok(flags)
    }

    /// Go `flag.FlagSet.Parse`: flags until the first non-flag argument, a lone `-`, or `--`.
    fn parse_go(args: Vec<String>) -> Result<Flags, FlagError> {
        let mut out = Flags::default();
        let mut rest = args.into_iter().peekable();
        while let Some(arg) = rest.next() {
            if arg.len() < 2 || !arg.starts_with('-') {
                out.positional.push(arg);
                break;
            }
            let dashes = if arg.starts_with("--") { 2 } else { 1 };
            if dashes == 2 && arg.len() == 2 {
                break;
            }
            let body = &arg[dashes..];
            if body.is_empty() || body.starts_with('-') || body.starts_with('=') {
                return Err(FlagError::BadSyntax(arg));
            }
            let (name, inline) = match body.find('=') {
                Some(i) => (&body[..i], Some(&body[i + 1..])),
                None => (body, None),
            };
            let def = lookup(name).ok_or_else(|| FlagError::NotDefined(name.to_string()))?;
            let value = match def.kind {
                Kind::Switch => match inline {
                    None => Value::Bool(true),
                    Some(v) => {
                        Value::Bool(parse_go_bool(v).ok_or_else(|| FlagError::InvalidBool {
                            name: name.to_string(),
                            value: v.to_string(),
                        })?)
                    }
                },
                Kind::Int | Kind::Str => {
                    let text = match inline {
                        Some(v) => v.to_string(),
                        None => rest
                            .next()
                            .ok_or_else(|| FlagError::NeedsArgument(name.to_string()))?,
                    };
                    if def.kind == Kind::Int {
                        Value::Int(parse_go_int(&text).map_err(|reason| {
                            FlagError::InvalidValue {
                                name: name.to_string(),
                                value: text.clone(),
                                reason,
                            }
                        })?)
                    } else {
                        Value::Str(text)
                    }
                }
            };
            out.given.push(Given {
                id: def.id,
                spelling: format!("{}{}", &arg[..dashes], name),
                value,
            });
        }
        out.positional.extend(rest);
        Ok(out)
    }

    /// The last value given for `id`.
    pub fn get(&self, id: FlagId) -> Option<&Given> {
        self.given.iter().rev().find(|g| g.id == id)
    }

    /// Whether switch `id` was given and is on.
    pub fn is_on(&self, id: FlagId) -> bool {
        matches!(
            self.get(id),
            Some(Given {
                value: Value::Bool(true),
                ..
            })
        )
    }

    /// The last string given for `id`.
    pub fn string(&self, id: FlagId) -> Option<&str> {
        match self.get(id) {
            Some(Given {
                value: Value::Str(s),
                ..
            }) => Some(s),
            _ => None,
        }
    }

    /// Whether `-v`/`--version` or the positional `version` was given.
    pub fn wants_version(&self) -> bool {
        self.is_on(FlagId::Version)
            || self
                .positional
                .first()
                .is_some_and(|p| p.eq_ignore_ascii_case("version"))
    }

    /// Whether `-h`/`--help` or the positional `help` was given.
    pub fn wants_help(&self) -> bool {
        self.is_on(FlagId::Help)
            || self
                .positional
                .first()
                .is_some_and(|p| p.eq_ignore_ascii_case("help"))
    }

    /// Writes the explicitly given flags over `opts` (which already holds defaults and the
    /// config file), in command-line order. Flags rnats does not implement leave `opts` alone;
    /// see [`Flags::unsupported`].
    pub fn apply_to(&self, opts: &mut Options) -> Result<(), FlagError> {
        // `--tls`, `--tlsverify`, `--tlscert`, `--tlskey`, `--tlscacert`: collected, then
        // turned into one TLS configuration (upstream `overrideTLS`).
        let mut tls_flags = false;
        let (mut tls_cert, mut tls_key, mut tls_ca, mut tls_verify) = (None, None, None, false);
        for g in &self.given {
            let name = g.spelling.trim_start_matches('-');
            let int = |n: i64| {
                i32::try_from(n).map_err(|_| FlagError::InvalidValue {
                    name: name.to_string(),
                    value: n.to_string(),
                    reason: "value out of range",
                })
            };
            let non_empty = |s: &str| (!s.is_empty()).then(|| s.to_string());
            match (&g.value, g.id) {
                (Value::Str(s), FlagId::Addr) => {
                    let host = if s.is_empty() {
                        Options::default().host
                    } else {
                        s.clone()
                    };
                    // Monitoring binds the client host unless set on its own (upstream
                    // `setBaselineOptions`: an empty HTTPHost takes Host).
                    if opts.http_host == opts.host {
                        opts.http_host = host.clone();
                    }
                    opts.host = host;
                }
                (Value::Int(n), FlagId::Port) => {
                    opts.port = match int(*n)? {
                        0 => DEFAULT_PORT,
                        p => p,
                    }
                }
                (Value::Str(s), FlagId::Name) => opts.server_name = non_empty(s),
                (Value::Str(s), FlagId::Pid) => opts.pid_file = non_empty(s).map(PathBuf::from),
                (Value::Int(n), FlagId::HttpPort) => opts.http_port = int(*n)?,
                (Value::Int(n), FlagId::HttpsPort) => opts.https_port = int(*n)?,
                (Value::Bool(b), FlagId::Tls) => tls_flags |= *b,
                (Value::Bool(b), FlagId::TlsVerify) => {
                    tls_flags |= *b;
                    tls_verify = *b;
                }
                (Value::Str(s), FlagId::TlsCert) => {
                    tls_flags = true;
                    tls_cert = non_empty(s).map(PathBuf::from);
                }
                (Value::Str(s), FlagId::TlsKey) => {
                    tls_flags = true;
                    tls_key = non_empty(s).map(PathBuf::from);
                }
                (Value::Str(s), FlagId::TlsCaCert) => {
                    tls_flags = true;
                    tls_ca = non_empty(s).map(PathBuf::from);
                }
                (Value::Str(s), FlagId::ClientAdvertise) => opts.client_advertise = non_empty(s),
                (Value::Str(s), FlagId::PortsFileDir) => {
                    opts.ports_file_dir = non_empty(s).map(PathBuf::from)
                }
                (Value::Str(s), FlagId::Log) => opts.log_file = non_empty(s).map(PathBuf::from),
                (Value::Bool(b), FlagId::JetStream) => opts.jetstream = *b,
                (Value::Str(s), FlagId::StoreDir) => {
                    opts.store_dir = non_empty(s).map(PathBuf::from)
                }
                (Value::Bool(b), FlagId::Logtime) => opts.logtime = *b,
                (Value::Bool(b), FlagId::LogtimeUtc) => opts.logtime_utc = *b,
                (Value::Bool(b), FlagId::Debug) => opts.debug = *b,
                (Value::Bool(b), FlagId::Trace) => opts.trace = *b,
                (Value::Bool(b), FlagId::TraceVerbose) => {
                    opts.trace = *b;
                    opts.trace_verbose = *b;
                }
                (Value::Bool(b), FlagId::DebugTrace) => {
                    opts.debug = *b;
                    opts.trace = *b;
                }
                (Value::Bool(b), FlagId::DebugTraceVerbose) => {
                    opts.debug = *b;
                    opts.trace = *b;
                    opts.trace_verbose = *b;
                }
                // Upstream `MergeOptions`: an empty value leaves the config file's.
                (Value::Str(s), FlagId::User) if !s.is_empty() => {
                    opts.auth.username = Some(s.clone())
                }
                (Value::Str(s), FlagId::Pass) if !s.is_empty() => {
                    opts.auth.password = Some(s.clone())
                }
                (Value::Str(s), FlagId::Auth) if !s.is_empty() => opts.auth.token = Some(s.clone()),
                (Value::Int(n), FlagId::MaxTracedMsgLen) => {
                    // Upstream treats 0 and negatives as "unlimited".
                    opts.max_traced_msg_len = usize::try_from(*n).unwrap_or(0)
                }
                // Process modes (help, version, signal, config, -t) are handled by the caller;
                // unsupported flags by `unsupported`.
                _ => {}
            }
        }
        if tls_flags {
            let cur = opts.tls.clone().unwrap_or_default();
            let cert = tls_cert.or(cur.cert_file.clone()).ok_or_else(|| {
                FlagError::Tls("TLS Server certificate must be present and valid".into())
            })?;
            let key = tls_key.or(cur.key_file.clone()).ok_or_else(|| {
                FlagError::Tls("TLS Server private key must be present and valid".into())
            })?;
            let t = crate::tls::TlsOptions {
                cert_file: Some(cert),
                key_file: Some(key),
                ca_file: tls_ca.or(cur.ca_file.clone()),
                verify: tls_verify || cur.verify,
                ..cur
            };
            crate::tls::TlsSetup::build(&t).map_err(FlagError::Tls)?;
            opts.tls = Some(t);
        }
        Ok(())
    }

    /// Flags that were given but are not supported yet: one entry per setting, in command-line
    /// order. Switches given as false (`-js=false`) ask for what rnats already does and are not
    /// reported.
    pub fn unsupported(&self) -> Vec<Unsupported> {
        let mut out: Vec<Unsupported> = Vec::new();
        for g in &self.given {
            if g.value == Value::Bool(false) || out.iter().any(|u| u.id == g.id) {
                continue;
            }
            let Some(def) = def(g.id) else { continue };
            let (fatal, message) = match (def.support, g.id) {
                (Support::Yes, _) => continue,
                (Support::Warn(feature), _) => (
                    false,
                    format!(
                        "{} ignored: {feature} is not supported yet by rnats",
                        g.spelling
                    ),
                ),
                (Support::Fatal(feature), _) => (
                    true,
                    format!(
                        "{}: {feature} is not supported yet by rnats; refusing to start without it",
                        g.spelling
                    ),
                ),
            };
            out.push(Unsupported {
                id: g.id,
                fatal,
                message,
            });
        }
        out
    }
}

/// Column where help text starts in the usage (upstream's layout).
const HELP_COLUMN: usize = 37;

/// The usage text `nats-server --help` prints, rendered from the table in upstream's layout.
/// Flags rnats does not implement carry a `[not supported by rnats yet]` note.
pub fn usage() -> String {
    let mut out = String::from("\nUsage: nats-server [options]\n");
    for group in Group::ALL {
        let _ = write!(out, "\n{}:\n", group.title());
        for f in FLAGS.iter().filter(|f| f.group == group) {
            let Some(left) = f.usage else { continue };
            let lines: Vec<&str> = left.split('\n').collect();
            let (last, head) = lines.split_last().unwrap_or((&"", &[]));
            for l in head {
                let _ = writeln!(out, "    {l}");
            }
            let mut help = f.help.split('\n');
            let first = help.next().unwrap_or("");
            let note = if f.support == Support::Yes {
                ""
            } else {
                " [not supported by rnats yet]"
            };
            let _ = writeln!(
                out,
                "{:<width$}{first}{note}",
                format!("    {last} "),
                width = HELP_COLUMN
            );
            for more in help {
                let _ = writeln!(out, "{:HELP_COLUMN$}{more}", "");
            }
        }
    }
    out.push('\n');
    out
}

/// The clap view of the same table, for man pages and shell completions (parsing is
/// [`Flags::parse`]'s job). Single-letter names become short flags; every longer name becomes a
/// `--long` spelling, which the Go grammar accepts too (`--js` = `-js`).
pub fn clap_command() -> clap::Command {
    let mut cmd = clap::Command::new("nats-server")
        .about("NATS server (the rnats nats-server personality)")
        .long_about(
            "NATS server (the rnats nats-server personality).\n\nFlags follow Go's flag \
             package: -flag and --flag are the same, multi-letter flags take one dash (-js, \
             -sd DIR, -DV), switches accept -flag=false, and a value may start with '-' \
             (-p -1). Flags override the configuration file.",
        )
        .version(crate::server::VERSION)
        .override_usage("nats-server [options]")
        .disable_help_flag(true)
        .disable_version_flag(true);
    for f in FLAGS {
        // The descriptive spelling (`jetstream`) names the argument; `js` becomes an alias.
        let mut longs: Vec<&'static str> =
            f.names.iter().copied().filter(|n| n.len() > 1).collect();
        longs.sort_by_key(|n| n.len() <= 3);
        let short = f
            .names
            .iter()
            .find(|n| n.len() == 1)
            .and_then(|n| n.chars().next());
        let id = longs
            .first()
            .copied()
            .or(f.names.first().copied())
            .unwrap_or("flag");
        let mut help = f.help.replace('\n', " ");
        if longs.len() > 1 {
            // Man pages show only the main spellings; name the aliases in the text.
            let also: Vec<String> = longs[1..]
                .iter()
                .map(|n| format!("{}{n}", if n.len() <= 3 { "-" } else { "--" }))
                .collect();
            let _ = write!(help, " (also {})", also.join(", "));
        }
        if f.support != Support::Yes {
            help.push_str(" [not supported by rnats yet]");
        }
        let mut arg = clap::Arg::new(id).help(help).help_heading(f.group.title());
        if let Some(c) = short {
            arg = arg.short(c);
        }
        if let Some((first, others)) = longs.split_first() {
            arg = arg.long(*first).visible_aliases(others.iter().copied());
        }
        arg = match f.kind {
            Kind::Switch => arg.action(clap::ArgAction::SetTrue),
            Kind::Int | Kind::Str => {
                let arg = arg.action(clap::ArgAction::Set).value_name(f.value_name);
                match f.id {
                    FlagId::Config
                    | FlagId::Pid
                    | FlagId::Log
                    | FlagId::TlsCert
                    | FlagId::TlsKey
                    | FlagId::TlsCaCert => arg.value_hint(clap::ValueHint::FilePath),
                    FlagId::PortsFileDir | FlagId::StoreDir => {
                        arg.value_hint(clap::ValueHint::DirPath)
                    }
                    _ if f.kind == Kind::Int => arg.allow_negative_numbers(true),
                    _ => arg,
                }
            }
        };
        cmd = cmd.arg(arg);
    }
    cmd
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Flags, FlagError> {
        Flags::parse(args.iter().copied())
    }

    fn one(args: &[&str]) -> Given {
        let f = parse(args).unwrap_or_else(|e| panic!("{args:?}: {e}"));
        assert_eq!(f.given.len(), 1, "{args:?}");
        f.given[0].clone()
    }

    #[test]
    fn table_is_consistent() {
        let mut seen = std::collections::HashSet::new();
        for f in FLAGS {
            assert!(seen.insert(f.id), "{:?} listed twice", f.id);
            for n in f.names {
                assert_eq!(lookup(n).map(|d| d.id), Some(f.id), "name {n} is ambiguous");
                assert!(!n.starts_with('-') && !n.contains('='), "bad name {n}");
                if let Some(u) = f.usage {
                    assert!(
                        u.split([' ', ',', '\n'])
                            .any(|w| w.trim_start_matches('-') == *n),
                        "{n} missing from its usage column {u:?}"
                    );
                }
            }
            assert_eq!(
                f.kind == Kind::Switch,
                f.value_name.is_empty(),
                "{:?}",
                f.id
            );
        }
    }

    /// Every spelling of every flag, with one and two dashes, `=value` and separate value.
    #[test]
    fn every_spelling_parses() {
        for f in FLAGS {
            for n in f.names {
                for dashes in ["-", "--"] {
                    let flag = format!("{dashes}{n}");
                    match f.kind {
                        Kind::Switch => {
                            assert_eq!(one(&[&flag]).value, Value::Bool(true), "{flag}");
                            let off = format!("{flag}=false");
                            assert_eq!(one(&[&off]).value, Value::Bool(false), "{off}");
                        }
                        Kind::Int => {
                            assert_eq!(one(&[&flag, "7"]).value, Value::Int(7), "{flag}");
                            let eq = format!("{flag}=-1");
                            assert_eq!(one(&[&eq]).value, Value::Int(-1), "{eq}");
                        }
                        Kind::Str => {
                            assert_eq!(one(&[&flag, "x"]).value, Value::Str("x".into()));
                            let eq = format!("{flag}=a=b");
                            assert_eq!(one(&[&eq]).value, Value::Str("a=b".into()));
                        }
                    }
                    let args: Vec<&str> = match f.kind {
                        Kind::Switch => vec![&flag],
                        Kind::Int | Kind::Str => vec![&flag, "1"],
                    };
                    assert_eq!(one(&args).id, f.id);
                    assert_eq!(one(&args).spelling, flag);
                }
            }
        }
    }

    /// The spellings nats-server documents, one table row per flag.
    #[test]
    fn documented_spellings() {
        let cases: &[(FlagId, &[&str])] = &[
            (FlagId::Addr, &["-a", "--addr", "--net", "-addr", "-net"]),
            (FlagId::Port, &["-p", "--port"]),
            (FlagId::Name, &["-n", "--name", "--server_name"]),
            (FlagId::Pid, &["-P", "--pid"]),
            (FlagId::HttpPort, &["-m", "--http_port"]),
            (FlagId::HttpsPort, &["-ms", "--https_port", "--ms"]),
            (FlagId::Config, &["-c", "--config"]),
            (FlagId::CheckConfig, &["-t", "--t"]),
            (FlagId::Signal, &["-sl", "--signal"]),
            (FlagId::ClientAdvertise, &["--client_advertise"]),
            (FlagId::PortsFileDir, &["--ports_file_dir"]),
            (FlagId::Log, &["-l", "--log"]),
            (FlagId::LogSizeLimit, &["--log_size_limit"]),
            (FlagId::Logtime, &["-T", "--logtime"]),
            (FlagId::LogtimeUtc, &["--logtime_utc"]),
            (FlagId::Syslog, &["-s", "--syslog"]),
            (FlagId::RemoteSyslog, &["-r", "--remote_syslog"]),
            (FlagId::Debug, &["-D", "--debug"]),
            (FlagId::Trace, &["-V", "--trace"]),
            (FlagId::TraceVerbose, &["-VV"]),
            (FlagId::DebugTrace, &["-DV"]),
            (FlagId::DebugTraceVerbose, &["-DVV"]),
            (FlagId::MaxTracedMsgLen, &["--max_traced_msg_len"]),
            (FlagId::JetStream, &["-js", "--jetstream", "--js"]),
            (FlagId::StoreDir, &["-sd", "--store_dir"]),
            (FlagId::User, &["--user"]),
            (FlagId::Pass, &["--pass"]),
            (FlagId::Auth, &["--auth"]),
            (FlagId::Tls, &["--tls"]),
            (FlagId::TlsCert, &["--tlscert"]),
            (FlagId::TlsKey, &["--tlskey"]),
            (FlagId::TlsVerify, &["--tlsverify"]),
            (FlagId::TlsCaCert, &["--tlscacert"]),
            (FlagId::Routes, &["--routes"]),
            (FlagId::Cluster, &["--cluster"]),
            (FlagId::ClusterListen, &["--cluster_listen"]),
            (FlagId::ClusterName, &["--cluster_name"]),
            (FlagId::ClusterAdvertise, &["--cluster_advertise"]),
            (FlagId::NoAdvertise, &["--no_advertise"]),
            (FlagId::ConnectRetries, &["--connect_retries"]),
            (FlagId::Profile, &["--profile"]),
            (FlagId::Help, &["-h", "--help"]),
            (FlagId::Version, &["-v", "--version"]),
            (FlagId::HelpTls, &["--help_tls"]),
        ];
        assert_eq!(cases.len(), FLAGS.len(), "a flag has no case here");
        for (id, spellings) in cases {
            for s in *spellings {
                let def = def(*id).unwrap_or_else(|| panic!("{id:?}"));
                let args: Vec<&str> = match def.kind {
                    Kind::Switch => vec![s],
                    Kind::Int => vec![s, "1"],
                    Kind::Str => vec![s, "v"],
                };
                assert_eq!(one(&args).id, *id, "{s}");
            }
        }
    }

    #[test]
    fn grammar() {
        type Case<'a> = (&'a [&'a str], Result<(Vec<Value>, Vec<&'a str>), &'a str>);
        let cases: &[Case] = &[
            (&["-p", "-1"], Ok((vec![Value::Int(-1)], vec![]))),
            (&["-p=-1"], Ok((vec![Value::Int(-1)], vec![]))),
            (&["--port", "0x10"], Ok((vec![Value::Int(16)], vec![]))),
            (&["-p", "010"], Ok((vec![Value::Int(8)], vec![]))),
            (&["-p", "0b11"], Ok((vec![Value::Int(3)], vec![]))),
            (&["-p", "+5"], Ok((vec![Value::Int(5)], vec![]))),
            (&["-p", "0x1_0"], Ok((vec![Value::Int(16)], vec![]))),
            (
                &["-p", "1_0"],
                Err("invalid value \"1_0\" for flag -p: parse error"),
            ),
            (
                &["-p", "abc"],
                Err("invalid value \"abc\" for flag -p: parse error"),
            ),
            (
                &["-p", ""],
                Err("invalid value \"\" for flag -p: parse error"),
            ),
            (
                &["-p", "99999999999999999999"],
                Err("invalid value \"99999999999999999999\" for flag -p: value out of range"),
            ),
            (&["-p"], Err("flag needs an argument: -p")),
            (&["--signal"], Err("flag needs an argument: -signal")),
            (&["-T=false"], Ok((vec![Value::Bool(false)], vec![]))),
            (&["-T=0"], Ok((vec![Value::Bool(false)], vec![]))),
            (&["-T=T"], Ok((vec![Value::Bool(true)], vec![]))),
            (
                &["-T=maybe"],
                Err("invalid boolean value \"maybe\" for -T: parse error"),
            ),
            (
                &["-T="],
                Err("invalid boolean value \"\" for -T: parse error"),
            ),
            // A switch never takes the next argument: `false` is positional, hence an error.
            (&["-T", "false"], Err("unrecognized command: \"false\"")),
            (&["-x"], Err("flag provided but not defined: -x")),
            (&["--xyz=1"], Err("flag provided but not defined: -xyz")),
            (
                &["-jetStream"],
                Err("flag provided but not defined: -jetStream"),
            ),
            (&["---p", "1"], Err("bad flag syntax: ---p")),
            (&["-=1"], Err("bad flag syntax: -=1")),
            (&["-D", "--", "-V"], Err("unrecognized command: \"-V\"")),
            (
                &["-D", "version"],
                Ok((vec![Value::Bool(true)], vec!["version"])),
            ),
            (&["HELP"], Ok((vec![], vec!["HELP"]))),
            (&["-"], Err("unrecognized command: \"-\"")),
            (&["-n", ""], Ok((vec![Value::Str(String::new())], vec![]))),
            (
                &["-sd", "-dir-"],
                Ok((vec![Value::Str("-dir-".into())], vec![])),
            ),
            (
                &["-DV", "-VV", "-DVV"],
                Ok((vec![Value::Bool(true); 3], vec![])),
            ),
            (
                &["-js", "-sd", "/tmp/x"],
                Ok((vec![Value::Bool(true), Value::Str("/tmp/x".into())], vec![])),
            ),
        ];
        for (args, want) in cases {
            let got = parse(args)
                .map(|f| {
                    (
                        f.given.into_iter().map(|g| g.value).collect::<Vec<_>>(),
                        f.positional,
                    )
                })
                .map_err(|e| e.to_string());
            let want = want
                .clone()
                .map(|(v, p)| (v, p.iter().map(|s| s.to_string()).collect::<Vec<_>>()))
                .map_err(|e| e.to_string());
            assert_eq!(got, want, "{args:?}");
        }
    }

    #[test]
    fn help_and_version_positionals() {
        assert!(parse(&["version"]).expect("ok").wants_version());
        assert!(parse(&["-v"]).expect("ok").wants_version());
        assert!(parse(&["help"]).expect("ok").wants_help());
        assert!(parse(&["--help"]).expect("ok").wants_help());
        assert!(!parse(&["-h=false"]).expect("ok").wants_help());
    }

    fn applied(args: &[&str]) -> Options {
        let mut o = Options::default();
        parse(args).expect("ok").apply_to(&mut o).expect("ok");
        o
    }

    #[test]
    fn apply_server_flags() {
        let o = applied(&[
            "-a",
            "127.0.0.1",
            "-p",
            "-1",
            "-n",
            "srv",
            "-P",
            "/tmp/p.pid",
        ]);
        assert_eq!(o.host, "127.0.0.1");
        assert_eq!(
            o.http_host, "127.0.0.1",
            "monitoring follows the client host"
        );
        assert_eq!(o.port, -1);
        assert_eq!(o.server_name.as_deref(), Some("srv"));
        assert_eq!(o.pid_file, Some(PathBuf::from("/tmp/p.pid")));
        let o = applied(&["--net=::1", "--port=0", "--server_name="]);
        assert_eq!(o.host, "::1");
        assert_eq!(o.port, 4222, "-p 0 means the default port");
        assert_eq!(o.server_name, None);
        assert_eq!(applied(&["-a", ""]).host, "0.0.0.0");
        let mut o = Options {
            http_host: "10.0.0.2".into(),
            ..Options::default()
        };
        parse(&["-a", "127.0.0.1"])
            .expect("ok")
            .apply_to(&mut o)
            .expect("ok");
        assert_eq!(
            o.http_host, "10.0.0.2",
            "a monitoring host of its own stays"
        );
        let o = applied(&[
            "-m",
            "8222",
            "--client_advertise",
            "h:1",
            "--ports_file_dir",
            "/d",
        ]);
        assert_eq!(o.http_port, 8222);
        assert_eq!(o.client_advertise.as_deref(), Some("h:1"));
        assert_eq!(o.ports_file_dir, Some(PathBuf::from("/d")));
        let mut o = Options::default();
        let err = parse(&["-p", "9999999999"]).expect("ok").apply_to(&mut o);
        assert_eq!(
            err.expect_err("error expected").to_string(),
            "invalid value \"9999999999\" for flag -p: value out of range"
        );
    }

    #[test]
    fn apply_logging_flags() {
        let o = applied(&["-l", "/tmp/x.log", "-T=false", "--logtime_utc"]);
        assert_eq!(o.log_file, Some(PathBuf::from("/tmp/x.log")));
        assert!(!o.logtime);
        assert!(o.logtime_utc);
        let o = applied(&["-D"]);
        assert!(o.debug && !o.trace);
        let o = applied(&["-V"]);
        assert!(!o.debug && o.trace && !o.trace_verbose);
        let o = applied(&["-VV"]);
        assert!(!o.debug && o.trace && o.trace_verbose);
        let o = applied(&["-DV"]);
        assert!(o.debug && o.trace && !o.trace_verbose);
        let o = applied(&["-DVV"]);
        assert!(o.debug && o.trace && o.trace_verbose);
        let o = applied(&["-DV", "-DV=false"]);
        assert!(!o.debug && !o.trace);
        assert_eq!(
            applied(&["--max_traced_msg_len", "64"]).max_traced_msg_len,
            64
        );
        assert_eq!(
            applied(&["--max_traced_msg_len", "-5"]).max_traced_msg_len,
            0
        );
    }

    #[test]
    fn flags_override_earlier_values() {
        let mut o = Options {
            port: 5000,
            debug: true,
            ..Options::default()
        };
        parse(&["-p", "6000", "-D=false", "-p", "7000"])
            .expect("ok")
            .apply_to(&mut o)
            .expect("ok");
        assert_eq!(o.port, 7000);
        assert!(!o.debug);
        let mut o = Options {
            port: 5000,
            ..Options::default()
        };
        parse(&["-D"]).expect("ok").apply_to(&mut o).expect("ok");
        assert_eq!(o.port, 5000, "flags not given leave the config value");
    }

    #[test]
    fn unsupported_flags_are_reported() {
        let f = parse(&[
            "--user",
            "u",
            "-ms",
            "1",
            "--routes",
            "x",
            "-js",
            "-sd",
            "/s",
            "--tls=false",
            "-s=false",
            "--profile",
            "1",
            "-r",
            "udp://h",
            "--log_size_limit",
            "10",
        ])
        .expect("ok");
        let u = f.unsupported();
        let summary: Vec<(FlagId, bool)> = u.iter().map(|u| (u.id, u.fatal)).collect();
        assert_eq!(
            summary,
            vec![
                (FlagId::Routes, false),
                (FlagId::Profile, false),
                (FlagId::RemoteSyslog, false),
                (FlagId::LogSizeLimit, false),
            ]
        );
        assert_eq!(
            u[0].message,
            "--routes ignored: clustering is not supported yet by rnats"
        );
        let o = applied(&["-js", "-sd", "/s"]);
        assert!(o.jetstream);
        assert_eq!(o.store_dir, Some(PathBuf::from("/s")));
    }

    #[test]
    fn apply_auth_flags() {
        let o = applied(&["--user", "u", "--pass", "p", "--auth", "t"]);
        assert_eq!(o.auth.username.as_deref(), Some("u"));
        assert_eq!(o.auth.password.as_deref(), Some("p"));
        assert_eq!(o.auth.token.as_deref(), Some("t"));
        // Upstream `MergeOptions`: flags override the file, an empty flag does not.
        let mut o = Options::default();
        o.auth.username = Some("file-user".into());
        o.auth.password = Some("file-pass".into());
        o.auth.token = Some("file-token".into());
        parse(&["--user", "flag-user", "--pass=", "-auth", "flag-token"])
            .expect("ok")
            .apply_to(&mut o)
            .expect("ok");
        assert_eq!(o.auth.username.as_deref(), Some("flag-user"));
        assert_eq!(o.auth.password.as_deref(), Some("file-pass"));
        assert_eq!(o.auth.token.as_deref(), Some("flag-token"));
        assert!(parse(&["--user", "u", "--auth", "t"])
            .expect("ok")
            .unsupported()
            .is_empty());
    }

    /// Every flag is implemented by `apply_to`, handled as a process mode by `run`, or reported
    /// by `unsupported`: none is dropped silently.
    #[test]
    fn no_flag_is_silently_ignored() {
        let modes = [
            FlagId::Help,
            FlagId::Version,
            FlagId::HelpTls,
            FlagId::Config,
            FlagId::CheckConfig,
            FlagId::Signal,
        ];
        let default = format!("{:?}", Options::default());
        for f in FLAGS {
            let n = f.names[0];
            let variants: Vec<Vec<String>> = match f.kind {
                Kind::Switch => vec![vec![format!("-{n}")], vec![format!("-{n}=false")]],
                Kind::Int => vec![vec![format!("-{n}"), "3".into()]],
                Kind::Str => vec![vec![format!("-{n}"), "v".into()]],
            };
            let (mut changed, mut reported) = (false, false);
            for args in variants {
                let flags = Flags::parse(&args).expect("ok");
                let mut o = Options::default();
                match flags.apply_to(&mut o) {
                    Ok(()) => changed |= format!("{o:?}") != default,
                    // A TLS flag without certificate files acts: it refuses to start.
                    Err(FlagError::Tls(_)) => changed = true,
                    Err(e) => panic!("{:?}: {e}", f.id),
                }
                reported |= !flags.unsupported().is_empty();
            }
            let mode = modes.contains(&f.id);
            assert_eq!(
                [changed, reported, mode].iter().filter(|b| **b).count(),
                1,
                "{:?}: changed={changed} reported={reported} mode={mode}",
                f.id
            );
            assert_eq!(reported, f.support != Support::Yes, "{:?}", f.id);
        }
    }

    /// The usage text keeps nats-server 2.14's layout line for line; only rnats' notes differ.
    #[test]
    fn usage_matches_upstream_layout() {
        let upstream = include_str!("../testdata/nats-server-2.14-usage.txt");
        let ours = usage().replace(" [not supported by rnats yet]", "");
        assert_eq!(ours, upstream);
        assert!(
            usage().contains("    --user <user>                User required for connections\n")
        );
        assert!(usage().contains(
            "    --routes <rurl-1, rurl-2>    Routes to solicit and connect [not supported by rnats yet]\n"
        ));
    }

    #[test]
    fn clap_command_is_valid() {
        let cmd = clap_command();
        cmd.clone().debug_assert();
        let js = cmd
            .get_arguments()
            .find(|a| a.get_id() == "jetstream")
            .expect("jetstream");
        assert_eq!(js.get_visible_aliases(), Some(vec!["js"]));
        let m = cmd
            .try_get_matches_from(["nats-server", "-p", "-1", "--js", "-D", "--net", "h"])
            .expect("clap view accepts GNU spellings");
        assert_eq!(m.get_one::<String>("port").map(String::as_str), Some("-1"));
        assert!(m.get_flag("jetstream"));
    }
}
