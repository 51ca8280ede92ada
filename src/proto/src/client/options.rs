//! Connection options ([`ConnectOptions`]) and server URL parsing ([`ServerAddr`]).
//!
//! Defaults follow nats.go `GetDefaultOptions`: 2 s connect timeout, 60 reconnects per server,
//! 2 s reconnect wait plus up to 100 ms jitter (1 s for TLS), a PING every 2 minutes with at most
//! 2 unanswered, an 8 MiB reconnect buffer, `_INBOX` as inbox prefix.
//!
//! URLs are parsed the way nats.go's `url.Parse` + `processUrlString` see them: a missing scheme
//! means `nats://`, the port defaults to 4222, `user:pass@` gives user and password and a lone
//! `token@` a token, IPv6 hosts are written in brackets, and a string may hold a comma list.

use std::path::PathBuf;
use std::time::Duration;

use super::error::ClientError;

/// Port used when a URL names none.
pub const DEFAULT_PORT: u16 = 4222;
/// Default PING interval (nats.go `DefaultPingInterval`).
pub const DEFAULT_PING_INTERVAL: Duration = Duration::from_secs(120);
/// Unanswered PINGs after which the connection is stale (nats.go `DefaultMaxPingOut`).
pub const DEFAULT_MAX_PINGS_OUT: usize = 2;
/// Reconnect attempts per server (nats.go `DefaultMaxReconnect`).
pub const DEFAULT_MAX_RECONNECTS: usize = 60;
/// Bytes of publishes kept while reconnecting (nats.go `DefaultReconnectBufSize`).
pub const DEFAULT_RECONNECT_BUFFER: usize = 8 * 1024 * 1024;
/// Messages a subscription buffers before it is a slow consumer (nats.go
/// `DefaultSubPendingMsgsLimit`). Lower, `kv ls` of a million keys on nats-server, whose flow
/// control lets that many small headers-only messages through, dropped messages.
pub const DEFAULT_SUBSCRIPTION_CAPACITY: usize = 512 * 1024;
/// Default timeout of [`super::Client::request`].
pub const DEFAULT_REQUEST_TIMEOUT: Duration = Duration::from_secs(5);

/// How to reach and authenticate to a NATS server. Build with [`ConnectOptions::new`] (or
/// `Default`) and the setters, or fill the public fields. `Debug` hides secrets.
#[derive(Clone)]
pub struct ConnectOptions {
    /// Server URLs: `nats://user:pass@host:port`, `tls://host`, `host:port`; an entry may itself
    /// be a comma-separated list. Empty means `nats://127.0.0.1:4222`.
    pub servers: Vec<String>,
    /// Connection name shown in the server's monitoring.
    pub name: Option<String>,
    /// User for user/password authentication (URL userinfo takes precedence).
    pub user: Option<String>,
    /// Password for user/password authentication.
    pub password: Option<String>,
    /// Token authentication.
    pub token: Option<String>,
    /// A `.creds` file: user JWT and nkey seed.
    pub creds_file: Option<PathBuf>,
    /// A file holding an nkey seed (`SU...`) for nkey authentication.
    pub nkey_seed_file: Option<PathBuf>,
    /// A user JWT, used with [`ConnectOptions::seed`].
    pub jwt: Option<String>,
    /// An nkey seed: signs the server's nonce (with `jwt`, or alone for nkey authentication).
    pub seed: Option<String>,
    /// PEM file of CA certificates to trust instead of the system's roots; implies TLS.
    pub tls_ca: Option<PathBuf>,
    /// PEM client certificate (with [`ConnectOptions::tls_key`]); implies TLS.
    pub tls_cert: Option<PathBuf>,
    /// PEM private key of the client certificate.
    pub tls_key: Option<PathBuf>,
    /// Start TLS before the server's INFO (server `handshake_first`).
    pub tls_first: bool,
    /// Bound for the TCP connect, and again for the handshake, per server attempt.
    pub connect_timeout: Duration,
    /// Prefix of inbox subjects.
    pub inbox_prefix: String,
    /// Whether the server delivers this connection's own publishes back to it.
    pub echo: bool,
    /// Ask the server for `+OK` after each op (the client ignores them).
    pub verbose: bool,
    /// Ask the server for strict subject checking.
    pub pedantic: bool,
    /// Reconnect attempts per server; `None` retries forever, `Some(0)` never reconnects.
    pub max_reconnects: Option<usize>,
    /// Wait between attempts on the same server.
    pub reconnect_wait: Duration,
    /// Upper bound of the random time added to `reconnect_wait` (plain TCP).
    pub reconnect_jitter: Duration,
    /// Upper bound of the random time added to `reconnect_wait` (TLS).
    pub reconnect_jitter_tls: Duration,
    /// Interval of keepalive PINGs.
    pub ping_interval: Duration,
    /// Unanswered PINGs after which the connection counts as stale and is re-established.
    pub max_pings_out: usize,
    /// When no server answers at first, return a client that keeps trying in the background.
    pub retry_on_failed_connect: bool,
    /// Try servers in the given order instead of shuffling them.
    pub no_randomize: bool,
    /// Bytes of publishes buffered while reconnecting; beyond that publishing fails.
    pub reconnect_buffer_size: usize,
    /// Messages a subscription buffers before further ones are dropped (slow consumer).
    pub subscription_capacity: usize,
    /// Timeout of [`super::Client::request`].
    pub request_timeout: Duration,
}

impl Default for ConnectOptions {
    fn default() -> Self {
        ConnectOptions {
            servers: Vec::new(),
            name: None,
            user: None,
            password: None,
            token: None,
            creds_file: None,
            nkey_seed_file: None,
            jwt: None,
            seed: None,
            tls_ca: None,
            tls_cert: None,
            tls_key: None,
            tls_first: false,
            connect_timeout: Duration::from_secs(2),
            inbox_prefix: "_INBOX".to_owned(),
            echo: true,
            verbose: false,
            pedantic: false,
            max_reconnects: Some(DEFAULT_MAX_RECONNECTS),
            reconnect_wait: Duration::from_secs(2),
            reconnect_jitter: Duration::from_millis(100),
            reconnect_jitter_tls: Duration::from_secs(1),
            ping_interval: DEFAULT_PING_INTERVAL,
            max_pings_out: DEFAULT_MAX_PINGS_OUT,
            retry_on_failed_connect: false,
            no_randomize: false,
            reconnect_buffer_size: DEFAULT_RECONNECT_BUFFER,
            subscription_capacity: DEFAULT_SUBSCRIPTION_CAPACITY,
            request_timeout: DEFAULT_REQUEST_TIMEOUT,
        }
    }
}

impl std::fmt::Debug for ConnectOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let hidden = |v: &Option<String>| v.as_ref().map(|_| "<hidden>");
        let servers: Vec<String> = self
            .server_addrs()
            .map(|a| a.iter().map(ServerAddr::display_url).collect())
            .unwrap_or_else(|_| vec!["<invalid>".to_owned()]);
        f.debug_struct("ConnectOptions")
            .field("servers", &servers)
            .field("name", &self.name)
            .field("user", &self.user)
            .field("password", &hidden(&self.password))
            .field("token", &hidden(&self.token))
            .field("creds_file", &self.creds_file)
            .field("nkey_seed_file", &self.nkey_seed_file)
            .field("jwt", &hidden(&self.jwt))
            .field("seed", &hidden(&self.seed))
            .field("tls_ca", &self.tls_ca)
            .field("tls_cert", &self.tls_cert)
            .field("tls_key", &self.tls_key)
            .field("tls_first", &self.tls_first)
            .field("connect_timeout", &self.connect_timeout)
            .field("inbox_prefix", &self.inbox_prefix)
            .field("echo", &self.echo)
            .field("verbose", &self.verbose)
            .field("pedantic", &self.pedantic)
            .field("max_reconnects", &self.max_reconnects)
            .field("reconnect_wait", &self.reconnect_wait)
            .field("ping_interval", &self.ping_interval)
            .field("retry_on_failed_connect", &self.retry_on_failed_connect)
            .finish_non_exhaustive()
    }
}

impl ConnectOptions {
    /// Default options.
    pub fn new() -> ConnectOptions {
        ConnectOptions::default()
    }

    /// Options for `servers` (one URL or a comma list).
    pub fn with_server(servers: impl Into<String>) -> ConnectOptions {
        ConnectOptions::default().server(servers)
    }

    /// Adds a server URL (or comma list).
    pub fn server(mut self, url: impl Into<String>) -> Self {
        self.servers.push(url.into());
        self
    }

    /// Sets the connection name.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// Sets user and password.
    pub fn user_and_password(mut self, user: impl Into<String>, pass: impl Into<String>) -> Self {
        self.user = Some(user.into());
        self.password = Some(pass.into());
        self
    }

    /// Sets the token.
    pub fn token(mut self, token: impl Into<String>) -> Self {
        self.token = Some(token.into());
        self
    }

    /// Sets the `.creds` file.
    pub fn creds_file(mut self, path: impl Into<PathBuf>) -> Self {
        self.creds_file = Some(path.into());
        self
    }

    /// Sets the nkey seed file.
    pub fn nkey_seed_file(mut self, path: impl Into<PathBuf>) -> Self {
        self.nkey_seed_file = Some(path.into());
        self
    }

    /// Sets a user JWT and the seed that signs the nonce.
    pub fn jwt_and_seed(mut self, jwt: impl Into<String>, seed: impl Into<String>) -> Self {
        self.jwt = Some(jwt.into());
        self.seed = Some(seed.into());
        self
    }

    /// Sets the CA file.
    pub fn tls_ca(mut self, path: impl Into<PathBuf>) -> Self {
        self.tls_ca = Some(path.into());
        self
    }

    /// Sets the client certificate and key files.
    pub fn tls_client_cert(mut self, cert: impl Into<PathBuf>, key: impl Into<PathBuf>) -> Self {
        self.tls_cert = Some(cert.into());
        self.tls_key = Some(key.into());
        self
    }

    /// Starts TLS before INFO.
    pub fn tls_first(mut self, on: bool) -> Self {
        self.tls_first = on;
        self
    }

    /// Sets the per-attempt connect timeout.
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// Sets the inbox prefix.
    pub fn inbox_prefix(mut self, prefix: impl Into<String>) -> Self {
        self.inbox_prefix = prefix.into();
        self
    }

    /// Sets echo.
    pub fn echo(mut self, on: bool) -> Self {
        self.echo = on;
        self
    }

    /// Sets reconnect attempts per server (`None`: forever).
    pub fn max_reconnects(mut self, max: Option<usize>) -> Self {
        self.max_reconnects = max;
        self
    }

    /// Sets the wait between attempts on one server.
    pub fn reconnect_wait(mut self, wait: Duration) -> Self {
        self.reconnect_wait = wait;
        self
    }

    /// Sets the keepalive PING interval.
    pub fn ping_interval(mut self, interval: Duration) -> Self {
        self.ping_interval = interval;
        self
    }

    /// Keeps retrying in the background when the first connect fails.
    pub fn retry_on_failed_connect(mut self, on: bool) -> Self {
        self.retry_on_failed_connect = on;
        self
    }

    /// Sets the default request timeout.
    pub fn request_timeout(mut self, timeout: Duration) -> Self {
        self.request_timeout = timeout;
        self
    }

    /// Whether the client insists on TLS whatever the server announces.
    pub(crate) fn wants_tls(&self) -> bool {
        self.tls_first || self.tls_ca.is_some() || self.tls_cert.is_some()
    }

    /// Every server of [`ConnectOptions::servers`], parsed; the local default when empty.
    pub fn server_addrs(&self) -> Result<Vec<ServerAddr>, ClientError> {
        let mut out = Vec::new();
        for entry in &self.servers {
            out.extend(parse_server_list(entry)?);
        }
        if out.is_empty() {
            out.push(ServerAddr::parse("nats://127.0.0.1:4222")?);
        }
        Ok(out)
    }
}

/// URL scheme of a server.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheme {
    /// `nats://`: TLS only if the server requires it.
    Nats,
    /// `tls://`: TLS always.
    Tls,
}

/// One parsed server URL.
#[derive(Clone, PartialEq, Eq)]
pub struct ServerAddr {
    /// Scheme.
    pub scheme: Scheme,
    /// Host name or IP address (IPv6 without brackets).
    pub host: String,
    /// Port.
    pub port: u16,
    /// User from `user:pass@`.
    pub user: Option<String>,
    /// Password from `user:pass@`.
    pub password: Option<String>,
    /// Token from `token@`.
    pub token: Option<String>,
}

impl std::fmt::Debug for ServerAddr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Credentials stay out of logs.
        f.write_str(&self.display_url())
    }
}

impl std::fmt::Display for ServerAddr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.display_url())
    }
}

impl ServerAddr {
    /// Parses one URL (no comma list). A bare `host[:port]` is `nats://`.
    pub fn parse(url: &str) -> Result<ServerAddr, ClientError> {
        let url = url.trim();
        let invalid = |why: &str| ClientError::InvalidUrl(format!("{url}: {why}"));
        if url.is_empty() {
            return Err(invalid("empty URL"));
        }
        let (scheme, rest) = match url.split_once("://") {
            Some((s, rest)) => (s.to_ascii_lowercase(), rest),
            None => ("nats".to_owned(), url),
        };
        let scheme = match scheme.as_str() {
            "nats" => Scheme::Nats,
            "tls" => Scheme::Tls,
            "ws" | "wss" => return Err(invalid("websocket connections are not supported yet")),
            other => return Err(invalid(&format!("unsupported scheme '{other}'"))),
        };
        // Authority ends at the first '/', '?' or '#'; a path is ignored as nats.go does.
        let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
        let (userinfo, hostport) = match authority.rsplit_once('@') {
            Some((u, h)) => (Some(u), h),
            None => (None, authority),
        };
        let (host, port) = if let Some(after) = hostport.strip_prefix('[') {
            let (host, tail) = after
                .split_once(']')
                .ok_or_else(|| invalid("missing ']' after IPv6 address"))?;
            let port = match tail {
                "" => None,
                t => Some(t.strip_prefix(':').ok_or_else(|| invalid("bad port"))?),
            };
            (host, port)
        } else {
            match hostport.split_once(':') {
                Some((h, p)) if !p.contains(':') => (h, Some(p)),
                Some(_) => return Err(invalid("IPv6 addresses must be in brackets")),
                None => (hostport, None),
            }
        };
        if host.is_empty() {
            return Err(invalid("missing host"));
        }
        let port = match port {
            None | Some("") => DEFAULT_PORT,
            Some(p) => p
                .parse::<u16>()
                .map_err(|_| invalid(&format!("invalid port '{p}'")))?,
        };
        let mut addr = ServerAddr {
            scheme,
            host: host.to_owned(),
            port,
            user: None,
            password: None,
            token: None,
        };
        if let Some(info) = userinfo {
            match info.split_once(':') {
                Some((u, p)) => {
                    addr.user = Some(percent_decode(u));
                    addr.password = Some(percent_decode(p));
                }
                None if !info.is_empty() => addr.token = Some(percent_decode(info)),
                None => {}
            }
        }
        Ok(addr)
    }

    /// `scheme://host:port` without credentials.
    pub fn display_url(&self) -> String {
        let scheme = match self.scheme {
            Scheme::Nats => "nats",
            Scheme::Tls => "tls",
        };
        if self.host.contains(':') {
            format!("{scheme}://[{}]:{}", self.host, self.port)
        } else {
            format!("{scheme}://{}:{}", self.host, self.port)
        }
    }

    /// Whether the URL carries credentials.
    pub fn has_credentials(&self) -> bool {
        self.user.is_some() || self.token.is_some()
    }

    /// Same host and port (credentials and scheme aside).
    pub(crate) fn same_endpoint(&self, other: &ServerAddr) -> bool {
        self.port == other.port && self.host.eq_ignore_ascii_case(&other.host)
    }
}

/// Parses a comma-separated list of URLs; blank entries are skipped.
pub fn parse_server_list(list: &str) -> Result<Vec<ServerAddr>, ClientError> {
    list.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(ServerAddr::parse)
        .collect()
}

/// Decodes `%XX` escapes (userinfo in URLs); malformed escapes stay as written.
fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            let hex = std::str::from_utf8(&b[i + 1..i + 3]).ok();
            if let Some(v) = hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}
