//! The WebSocket listener (`websocket {}`): the HTTP upgrade, the origin and cookie rules, and
//! the frame codec that carries NATS protocol bytes in binary (or text) messages.
//!
//! Frame headers are parsed and written by `tungstenite`'s `FrameHeader`, the accept key by its
//! `derive_accept_key`; the rest is NATS-specific and follows nats-server's `websocket.go`:
//! upgrade errors answer with an HTTP status and close, a client must mask its frames, control
//! frames are answered (ping → pong, close → close), a protocol error sends close 1002, an
//! oversized compressed message close 1009. `permessage-deflate` is negotiated when the server
//! enables `compression` and the client offers it, always without context takeover (each
//! message compressed alone), as upstream answers.
//!
//! Frame lengths are the peer's: arithmetic here is checked or saturating (issue 16); mask
//! offsets wrap on purpose, as only their value modulo 4 matters and 2^64 is a multiple of 4.
#![deny(clippy::arithmetic_side_effects)]

use std::collections::VecDeque;
use std::io::{self, Cursor};
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use bytes::{Buf, BytesMut};
use tokio::io::{AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tungstenite::protocol::frame::coding::{Control, Data, OpCode};
use tungstenite::protocol::frame::FrameHeader;

use crate::client::ClientShared;
use crate::tls::TlsOptions;
use crate::transport::BoxRead;

/// Messages no larger than this are sent uncompressed (upstream's `wsCompressThreshold`).
const COMPRESS_THRESHOLD: usize = 64;
/// Largest upgrade request read.
const MAX_REQUEST: usize = 16 * 1024;
/// Largest control frame payload (RFC 6455).
const MAX_CONTROL: u64 = 125;

/// The `websocket {}` block.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebsocketOptions {
    /// `host` (or the host part of `listen`).
    pub host: String,
    /// `port`: 0 = no WebSocket listener, -1 = random.
    pub port: i32,
    /// `advertise`: the URL given to clients in `ws_connect_urls`.
    pub advertise: Option<String>,
    /// `tls {}`.
    pub tls: Option<TlsOptions>,
    /// `no_tls`: plain `ws://` (refused without it when `tls` is absent).
    pub no_tls: bool,
    /// `same_origin`.
    pub same_origin: bool,
    /// `allowed_origins`.
    pub allowed_origins: Vec<String>,
    /// `handshake_timeout` (default 2s, as upstream's TLS timeout).
    pub handshake_timeout: Option<Duration>,
    /// `compression`.
    pub compression: bool,
    /// `authorization { user, password, token, timeout }`: overrides for WebSocket clients.
    pub username: Option<String>,
    /// Its password.
    pub password: Option<String>,
    /// Its token.
    pub token: Option<String>,
    /// Its timeout.
    pub auth_timeout: Option<Duration>,
    /// `no_auth_user`.
    pub no_auth_user: Option<String>,
    /// `jwt_cookie`.
    pub jwt_cookie: Option<String>,
    /// `user_cookie`.
    pub user_cookie: Option<String>,
    /// `pass_cookie`.
    pub pass_cookie: Option<String>,
    /// `token_cookie`.
    pub token_cookie: Option<String>,
    /// `headers`: extra response headers.
    pub headers: Vec<(String, String)>,
    /// `ping_interval`.
    pub ping_interval: Option<Duration>,
}

impl WebsocketOptions {
    /// Whether the block enables a listener.
    pub fn enabled(&self) -> bool {
        self.port != 0
    }

    /// The timeout for the TLS and HTTP upgrade handshakes.
    pub fn handshake_timeout(&self) -> Duration {
        self.handshake_timeout.unwrap_or(Duration::from_secs(2))
    }

    /// Whether `authorization { user | token }` overrides authentication for WebSocket
    /// clients (upstream's `authOverride`).
    pub fn auth_override(&self) -> bool {
        self.username.is_some() || self.token.is_some()
    }

    /// Checks a WebSocket client against the override: `Password` or `Token` on success.
    pub fn check_override(
        &self,
        info: &rnats_proto::info::ConnectInfo,
    ) -> Result<crate::auth::authn::AuthMethod, crate::auth::authn::AuthFailure> {
        use crate::auth::authn::{AuthFailure, AuthMethod};
        use subtle::ConstantTimeEq;
        let eq = |a: &str, b: &str| bool::from(a.as_bytes().ct_eq(b.as_bytes()));
        if let Some(token) = &self.token {
            return match info.auth_token.as_deref() {
                Some(t) if eq(t, token) => Ok(AuthMethod::Token),
                Some(_) => Err(AuthFailure::WrongToken),
                None => Err(AuthFailure::NoCredentials),
            };
        }
        let Some(user) = &self.username else {
            return Err(AuthFailure::NoCredentials);
        };
        match info.user.as_deref() {
            Some(u) if u == user => {
                let want = self.password.as_deref().unwrap_or("");
                let given = info.pass.as_deref().unwrap_or("");
                let ok = if crate::auth::authn::is_bcrypt(want) {
                    bcrypt::verify(given, want).unwrap_or(false)
                } else {
                    eq(given, want)
                };
                if ok {
                    Ok(AuthMethod::Password)
                } else {
                    Err(AuthFailure::WrongPassword {
                        user: u.to_string(),
                    })
                }
            }
            Some(u) => Err(AuthFailure::UnknownUser {
                user: u.to_string(),
            }),
            None => Err(AuthFailure::NoCredentials),
        }
    }

    /// Upstream's `validateWebsocketOptions`.
    pub fn validate(&self, has_users: bool, has_operator: bool) -> Result<(), String> {
        if !self.enabled() {
            return Ok(());
        }
        if self.tls.is_none() && !self.no_tls {
            return Err("websocket requires TLS configuration".into());
        }
        for ao in &self.allowed_origins {
            parse_origin(ao)?;
        }
        if has_users {
            if self.username.is_some() {
                return Err(
                    "websocket authentication username not compatible with presence of users/nkeys"
                        .into(),
                );
            }
            if self.token.is_some() {
                return Err(
                    "websocket authentication token not compatible with presence of users/nkeys"
                        .into(),
                );
            }
        }
        if let (Some(c), false) = (&self.jwt_cookie, has_operator) {
            return Err(format!(
                "trusted operators or trusted keys configuration is required for JWT authentication via cookie {c:?}"
            ));
        }
        for (key, _) in &self.headers {
            let k = key.to_ascii_lowercase();
            if matches!(
                k.as_str(),
                "host" | "content-length" | "connection" | "upgrade" | "nats-no-masking"
            ) {
                return Err(format!("websocket: invalid header {key:?} not allowed"));
            }
            if k.starts_with("sec-websocket-") {
                return Err(format!(
                    "websocket: invalid header {key:?}, \"Sec-WebSocket-\" prefix not allowed"
                ));
            }
        }
        Ok(())
    }
}

/// `scheme://host[:port]` of an allowed origin, with the default port filled in.
fn parse_origin(ao: &str) -> Result<(String, String, String), String> {
    let (scheme, rest) = ao.split_once("://").ok_or_else(|| {
        format!("unable to parse allowed origin: parse {ao:?}: invalid URI for request")
    })?;
    let scheme = scheme.to_ascii_lowercase();
    if scheme != "http" && scheme != "https" {
        return Err(format!(
            "unable to parse allowed origin {ao:?}: allowed origins must be absolute URLs with http or https scheme"
        ));
    }
    let host = rest.split('/').next().unwrap_or_default();
    if host.is_empty() {
        return Err(format!(
            "unable to parse allowed origin {ao:?}: host is required"
        ));
    }
    let (h, p) = host_and_port(scheme == "https", host);
    Ok((scheme, h, p))
}

fn host_and_port(tls: bool, hostport: &str) -> (String, String) {
    // `[v6]:port`, `host:port`, or a host alone (default port by scheme).
    if let Some(rest) = hostport.strip_prefix('[') {
        if let Some((h, tail)) = rest.split_once(']') {
            let port = tail.strip_prefix(':').filter(|p| !p.is_empty());
            return (
                h.to_ascii_lowercase(),
                port.map(str::to_string)
                    .unwrap_or_else(|| if tls { "443" } else { "80" }.to_string()),
            );
        }
    }
    match hostport.rsplit_once(':') {
        Some((h, p)) if !h.contains(':') => (h.to_ascii_lowercase(), p.to_string()),
        _ => (
            hostport.to_ascii_lowercase(),
            if tls { "443" } else { "80" }.to_string(),
        ),
    }
}

/// What a successful upgrade learned about the client.
#[derive(Debug, Default)]
pub struct Upgrade {
    /// `permessage-deflate` agreed.
    pub compress: bool,
    /// Credentials from the configured cookies.
    pub cookie_jwt: Option<String>,
    /// `user_cookie`.
    pub cookie_user: Option<String>,
    /// `pass_cookie`.
    pub cookie_pass: Option<String>,
    /// `token_cookie`.
    pub cookie_token: Option<String>,
    /// A valid `X-Forwarded-For` address.
    pub forwarded_ip: Option<std::net::IpAddr>,
    /// Bytes the client sent after the request (the start of its first frames).
    pub rest: BytesMut,
    /// The `User-Agent` looks like a browser.
    pub browser: bool,
}

/// A refused upgrade: the HTTP status sent and the reason logged.
#[derive(Debug)]
pub struct UpgradeError {
    /// HTTP status.
    pub status: u16,
    /// Upstream's reason text.
    pub reason: String,
}

impl UpgradeError {
    fn new(status: u16, reason: impl Into<String>) -> UpgradeError {
        UpgradeError {
            status,
            reason: reason.into(),
        }
    }
}

/// Reads the HTTP upgrade request from `r`, checks it as upstream does, and writes the
/// `101 Switching Protocols` answer (or the error status) to `w`. `tls` says whether the
/// listener is `wss://` (same-origin checks compare schemes).
pub async fn upgrade<W: AsyncWrite + Unpin>(
    r: &mut BoxRead,
    w: &mut W,
    opts: &WebsocketOptions,
    tls: bool,
) -> Result<Upgrade, UpgradeError> {
    let mut buf = BytesMut::with_capacity(1024);
    let parsed = loop {
        if buf.len() >= MAX_REQUEST {
            let e = UpgradeError::new(431, "request header too large");
            let _ = w.write_all(&http_error(e.status)).await;
            return Err(e);
        }
        match r.read_buf(&mut buf).await {
            Ok(0) | Err(_) => {
                return Err(UpgradeError::new(400, "connection closed during handshake"))
            }
            Ok(_) => {}
        }
        let mut headers = [httparse::EMPTY_HEADER; 64];
        let mut req = httparse::Request::new(&mut headers);
        match req.parse(&buf) {
            Ok(httparse::Status::Complete(n)) => {
                let res = check_request(&req, opts, tls);
                break (res, n);
            }
            Ok(httparse::Status::Partial) => continue,
            Err(e) => {
                let e = UpgradeError::new(400, format!("malformed HTTP request: {e}"));
                let _ = w.write_all(&http_error(e.status)).await;
                return Err(e);
            }
        }
    };
    let (res, consumed) = parsed;
    match res {
        Ok((mut up, response)) => {
            buf.advance(consumed);
            up.rest = buf;
            w.write_all(&response)
                .await
                .map_err(|e| UpgradeError::new(500, e.to_string()))?;
            w.flush()
                .await
                .map_err(|e| UpgradeError::new(500, e.to_string()))?;
            Ok(up)
        }
        Err(e) => {
            let _ = w.write_all(&http_error(e.status)).await;
            let _ = w.flush().await;
            Err(e)
        }
    }
}

fn header_values<'a>(req: &'a httparse::Request<'_, '_>, name: &str) -> Vec<&'a str> {
    req.headers
        .iter()
        .filter(|h| h.name.eq_ignore_ascii_case(name))
        .filter_map(|h| std::str::from_utf8(h.value).ok())
        .collect()
}

fn header_contains(req: &httparse::Request<'_, '_>, name: &str, value: &str) -> bool {
    header_values(req, name).iter().any(|v| {
        v.split(',')
            .any(|t| t.trim_matches([' ', '\t']).eq_ignore_ascii_case(value))
    })
}

fn check_request(
    req: &httparse::Request<'_, '_>,
    opts: &WebsocketOptions,
    tls: bool,
) -> Result<(Upgrade, Vec<u8>), UpgradeError> {
    if req.method != Some("GET") {
        return Err(UpgradeError::new(405, "request method must be GET"));
    }
    let host = header_values(req, "Host").first().copied().unwrap_or("");
    if host.is_empty() {
        return Err(UpgradeError::new(400, "'Host' missing in request"));
    }
    if !header_contains(req, "Upgrade", "websocket") {
        return Err(UpgradeError::new(400, "invalid value for header 'Upgrade'"));
    }
    if !header_contains(req, "Connection", "Upgrade") {
        return Err(UpgradeError::new(
            400,
            "invalid value for header 'Connection'",
        ));
    }
    let key = header_values(req, "Sec-WebSocket-Key")
        .first()
        .copied()
        .unwrap_or("");
    if key.is_empty() {
        return Err(UpgradeError::new(400, "key missing"));
    }
    match data_encoding::BASE64.decode(key.as_bytes()) {
        Ok(k) if k.len() == 16 => {}
        _ => return Err(UpgradeError::new(400, "invalid websocket key")),
    }
    if !header_contains(req, "Sec-WebSocket-Version", "13") {
        return Err(UpgradeError::new(400, "invalid version"));
    }
    check_origin(req, opts, tls, host)
        .map_err(|e| UpgradeError::new(403, format!("origin not allowed: {e}")))?;
    let compress = opts.compression
        && header_values(req, "Sec-WebSocket-Extensions")
            .iter()
            .any(|list| {
                list.split(',').any(|ext| {
                    ext.split(';').any(|p| {
                        p.trim_matches([' ', '\t'])
                            .eq_ignore_ascii_case("permessage-deflate")
                    })
                })
            });
    let mut up = Upgrade {
        compress,
        ..Upgrade::default()
    };
    if let Some(ip) = header_values(req, "X-Forwarded-For").first() {
        up.forwarded_ip = ip.trim().parse().ok();
    }
    if let Some(ua) = header_values(req, "User-Agent").first() {
        up.browser = ua.starts_with("Mozilla/");
    }
    for cookies in header_values(req, "Cookie") {
        for c in cookies.split(';') {
            let Some((name, value)) = c.trim().split_once('=') else {
                continue;
            };
            let value = value.trim_matches('"').to_string();
            let is = |o: &Option<String>| o.as_deref() == Some(name);
            if is(&opts.jwt_cookie) {
                up.cookie_jwt = Some(value);
            } else if is(&opts.user_cookie) {
                up.cookie_user = Some(value);
            } else if is(&opts.pass_cookie) {
                up.cookie_pass = Some(value);
            } else if is(&opts.token_cookie) {
                up.cookie_token = Some(value);
            }
        }
    }
    let mut resp = Vec::with_capacity(256);
    resp.extend_from_slice(
        b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ",
    );
    resp.extend_from_slice(tungstenite::handshake::derive_accept_key(key.as_bytes()).as_bytes());
    resp.extend_from_slice(b"\r\n");
    if compress {
        resp.extend_from_slice(
            b"Sec-WebSocket-Extensions: permessage-deflate; server_no_context_takeover; client_no_context_takeover\r\n",
        );
    }
    for (k, v) in &opts.headers {
        resp.extend_from_slice(format!("{k}: {v}\r\n").as_bytes());
    }
    resp.extend_from_slice(b"\r\n");
    Ok((up, resp))
}

fn check_origin(
    req: &httparse::Request<'_, '_>,
    opts: &WebsocketOptions,
    tls: bool,
    host: &str,
) -> Result<(), String> {
    if !opts.same_origin && opts.allowed_origins.is_empty() {
        return Ok(());
    }
    let origin = header_values(req, "Origin")
        .first()
        .copied()
        .or_else(|| header_values(req, "Sec-WebSocket-Origin").first().copied())
        .unwrap_or("");
    if origin.is_empty() {
        return Ok(());
    }
    let (scheme, oh, op) = {
        let (scheme, rest) = origin
            .split_once("://")
            .ok_or_else(|| format!("parse {origin:?}: invalid URI for request"))?;
        let scheme = scheme.to_ascii_lowercase();
        let hostport = rest.split('/').next().unwrap_or_default();
        let (h, p) = host_and_port(scheme == "https", hostport);
        (scheme, h, p)
    };
    if opts.same_origin {
        let (rh, rp) = host_and_port(tls, host);
        let rs = if tls { "https" } else { "http" };
        if oh != rh || op != rp || scheme != rs {
            return Err("not same origin".into());
        }
    }
    if !opts.allowed_origins.is_empty() {
        let allowed = opts
            .allowed_origins
            .iter()
            .any(|ao| parse_origin(ao).is_ok_and(|(s, h, p)| s == scheme && h == oh && p == op));
        if !allowed {
            return Err("not in the allowed list".into());
        }
    }
    Ok(())
}

/// Go's `http.Error` answer for a refused upgrade.
fn http_error(status: u16) -> Vec<u8> {
    let text = match status {
        400 => "Bad Request",
        403 => "Forbidden",
        405 => "Method Not Allowed",
        431 => "Request Header Fields Too Large",
        _ => "Internal Server Error",
    };
    format!(
        "HTTP/1.1 {status} {text}\r\nContent-Type: text/plain; charset=utf-8\r\nSec-Websocket-Version: 13\r\nX-Content-Type-Options: nosniff\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{text}\n",
        text.len().saturating_add(1)
    )
    .into_bytes()
}

/// Control frames queued by the reader for the writer task: the pong for the latest ping only
/// (RFC 6455 §5.5.3 allows it, and a client that pings without reading cannot grow the queue),
/// then a close frame, after which nothing more is queued.
#[derive(Debug, Default)]
pub struct WsControl {
    pending: Mutex<ControlQueue>,
    /// A close frame is queued (or sent): the writer ends after it.
    close_queued: AtomicBool,
}

#[derive(Debug, Default)]
struct ControlQueue {
    pong: Vec<u8>,
    close: Vec<u8>,
}

impl WsControl {
    fn push(&self, frame: &[u8], close: bool) {
        let mut p = self.pending.lock().unwrap_or_else(|e| e.into_inner());
        if self.close_queued.load(Ordering::Acquire) {
            return;
        }
        if close {
            p.close = frame.to_vec();
            self.close_queued.store(true, Ordering::Release);
        } else {
            p.pong.clear();
            p.pong.extend_from_slice(frame);
        }
    }

    /// Everything queued, pong first; empty when nothing is.
    fn take(&self) -> Vec<u8> {
        let mut p = self.pending.lock().unwrap_or_else(|e| e.into_inner());
        let mut out = std::mem::take(&mut p.pong);
        out.append(&mut p.close);
        out
    }
}

/// An encoded control or data frame header.
fn frame_header(out: &mut Vec<u8>, opcode: OpCode, rsv1: bool, len: usize) {
    let h = FrameHeader {
        is_final: true,
        rsv1,
        rsv2: false,
        rsv3: false,
        opcode,
        mask: None,
    };
    // Writing into a Vec cannot fail.
    let _ = h.format(len as u64, out);
}

fn close_payload(code: u16, reason: &str) -> Vec<u8> {
    let mut p = code.to_be_bytes().to_vec();
    // Control frames carry at most 125 bytes.
    let r = reason.as_bytes();
    p.extend_from_slice(&r[..r.len().min(123)]);
    p
}

/// The reading side: turns frames into NATS protocol bytes.
#[derive(Debug)]
pub struct WsDecoder {
    /// Raw bytes read and not yet decoded.
    raw: BytesMut,
    /// The data frame whose payload is being read.
    frame: Option<FrameState>,
    /// A message (possibly fragmented) is in progress.
    in_message: bool,
    /// The message in progress is compressed.
    compressed: bool,
    /// Compressed payload collected until the message ends.
    zbuf: BytesMut,
    /// Per-message-deflate agreed.
    compress: bool,
    /// Largest decompressed message accepted.
    max_message: usize,
    control: Arc<WsControl>,
    shared: Option<Arc<ClientShared>>,
    /// A close frame arrived: the stream has ended.
    closed: bool,
}

#[derive(Debug)]
struct FrameState {
    remaining: u64,
    mask: Option<[u8; 4]>,
    mask_pos: usize,
    fin: bool,
}

/// Why decoding stopped.
#[derive(Debug)]
enum WsError {
    Protocol(&'static str),
    TooBig,
    Invalid(String),
}

impl WsDecoder {
    /// A decoder for a connection that agreed `compress`, starting with `rest` (bytes read
    /// with the upgrade request).
    pub fn new(
        compress: bool,
        rest: BytesMut,
        max_message: usize,
        control: Arc<WsControl>,
    ) -> Self {
        WsDecoder {
            raw: rest,
            frame: None,
            in_message: false,
            compressed: false,
            zbuf: BytesMut::new(),
            compress,
            max_message,
            control,
            shared: None,
            closed: false,
        }
    }

    /// Lets the decoder wake the connection's writer when it queues a control frame.
    pub fn attach(&mut self, shared: Arc<ClientShared>) {
        self.shared = Some(shared);
    }

    fn queue_control(&self, frame: &[u8], close: bool) {
        self.control.push(frame, close);
        if let Some(s) = &self.shared {
            s.outbound.wake_writer.notify_one();
        }
    }

    /// Reads until at least one protocol byte is decoded into `rbuf` (returns how many), or
    /// the stream ends (`Ok(0)`). Framing errors send the matching close frame first.
    pub async fn read(&mut self, r: &mut BoxRead, rbuf: &mut BytesMut) -> io::Result<usize> {
        loop {
            let before = rbuf.len();
            if let Err(e) = self.decode(rbuf) {
                let (code, text) = match &e {
                    WsError::Protocol(t) => (1002, t.to_string()),
                    WsError::TooBig => (1009, "message too big".to_string()),
                    WsError::Invalid(t) => (1007, t.clone()),
                };
                let mut f = Vec::new();
                let payload = close_payload(code, &text);
                frame_header(
                    &mut f,
                    OpCode::Control(Control::Close),
                    false,
                    payload.len(),
                );
                f.extend_from_slice(&payload);
                self.queue_control(&f, true);
                return Err(io::Error::new(io::ErrorKind::InvalidData, text));
            }
            if rbuf.len() > before {
                return Ok(rbuf.len().saturating_sub(before));
            }
            if self.closed {
                return Ok(0);
            }
            if self.raw.capacity().saturating_sub(self.raw.len()) < 4096 {
                self.raw.reserve(16 * 1024);
            }
            if r.read_buf(&mut self.raw).await? == 0 {
                return Ok(0);
            }
        }
    }

    fn decode(&mut self, rbuf: &mut BytesMut) -> Result<(), WsError> {
        while !self.closed {
            if self.frame.is_none() {
                let mut cur = Cursor::new(&self.raw[..]);
                let parsed = FrameHeader::parse(&mut cur)
                    .map_err(|_| WsError::Protocol("invalid frame header"))?;
                let Some((h, len)) = parsed else {
                    return Ok(());
                };
                let hlen = cur.position() as usize;
                if h.rsv2 || h.rsv3 {
                    return Err(WsError::Protocol("RSV2 and RSV3 must be clear"));
                }
                if h.mask.is_none() {
                    return Err(WsError::Protocol("mask bit missing"));
                }
                match h.opcode {
                    OpCode::Control(c) => {
                        if len > MAX_CONTROL {
                            return Err(WsError::Protocol(
                                "control frame length bigger than maximum allowed of 125 bytes",
                            ));
                        }
                        if !h.is_final {
                            return Err(WsError::Protocol(
                                "control frame does not have final bit set",
                            ));
                        }
                        if h.rsv1 {
                            return Err(WsError::Protocol("control frame must not be compressed"));
                        }
                        // `len` is at most MAX_CONTROL here.
                        if self.raw.len() < hlen.saturating_add(len as usize) {
                            return Ok(());
                        }
                        self.raw.advance(hlen);
                        let mut payload = self.raw.split_to(len as usize);
                        if let Some(m) = h.mask {
                            unmask(&mut payload, m, 0);
                        }
                        self.control_frame(c, &payload)?;
                        continue;
                    }
                    OpCode::Data(d) => {
                        match d {
                            Data::Continue => {
                                if !self.in_message {
                                    return Err(WsError::Protocol(
                                        "received continuation frame without a message",
                                    ));
                                }
                                if h.rsv1 {
                                    return Err(WsError::Protocol(
                                        "continuation frame must not be compressed",
                                    ));
                                }
                            }
                            Data::Text | Data::Binary => {
                                if self.in_message {
                                    return Err(WsError::Protocol(
                                        "new message started before final frame of previous message was received",
                                    ));
                                }
                                if h.rsv1 && !self.compress {
                                    return Err(WsError::Protocol(
                                        "compressed frame without negotiated compression",
                                    ));
                                }
                                self.in_message = true;
                                self.compressed = h.rsv1;
                            }
                            Data::Reserved(_) => {
                                return Err(WsError::Protocol("unknown opcode"));
                            }
                        }
                        self.raw.advance(hlen);
                        self.frame = Some(FrameState {
                            remaining: len,
                            mask: h.mask,
                            mask_pos: 0,
                            fin: h.is_final,
                        });
                    }
                }
            }
            let Some(f) = self.frame.as_mut() else {
                continue;
            };
            let take = (f.remaining.min(self.raw.len() as u64)) as usize;
            if take == 0 && f.remaining > 0 {
                return Ok(());
            }
            // Unmasked in place and copied out; `advance` keeps the read buffer's allocation.
            let chunk = &mut self.raw[..take];
            if let Some(m) = f.mask {
                unmask(chunk, m, f.mask_pos);
            }
            f.mask_pos = f.mask_pos.wrapping_add(take) % 4;
            // `take <= remaining` by its definition above.
            f.remaining = f.remaining.saturating_sub(take as u64);
            if self.compressed {
                if self.zbuf.len().saturating_add(take) > self.max_message {
                    return Err(WsError::TooBig);
                }
                self.zbuf.extend_from_slice(chunk);
            } else {
                rbuf.extend_from_slice(chunk);
            }
            self.raw.advance(take);
            if f.remaining == 0 {
                let fin = f.fin;
                self.frame = None;
                if fin {
                    self.in_message = false;
                    if self.compressed {
                        self.compressed = false;
                        let z = std::mem::take(&mut self.zbuf);
                        inflate(&z, rbuf, self.max_message)?;
                    }
                }
            }
        }
        Ok(())
    }

    fn control_frame(&mut self, c: Control, payload: &[u8]) -> Result<(), WsError> {
        match c {
            Control::Ping => {
                let mut f = Vec::with_capacity(payload.len().saturating_add(2));
                frame_header(&mut f, OpCode::Control(Control::Pong), false, payload.len());
                f.extend_from_slice(payload);
                self.queue_control(&f, false);
            }
            Control::Pong => {}
            Control::Close => {
                // Echo the status (RFC 6455 §5.5.1); a payload of one byte is malformed.
                let reply = match payload.len() {
                    0 => Vec::new(),
                    1 => close_payload(1002, "invalid close frame"),
                    _ => {
                        if std::str::from_utf8(&payload[2..]).is_err() {
                            close_payload(1007, "invalid utf8 body in close frame")
                        } else {
                            payload[..2].to_vec()
                        }
                    }
                };
                let mut f = Vec::new();
                frame_header(&mut f, OpCode::Control(Control::Close), false, reply.len());
                f.extend_from_slice(&reply);
                self.queue_control(&f, true);
                self.closed = true;
            }
            Control::Reserved(_) => return Err(WsError::Protocol("unknown opcode")),
        }
        Ok(())
    }
}

fn unmask(buf: &mut [u8], mask: [u8; 4], offset: usize) {
    // The mask rotated to this offset, applied 8 bytes at a time, then the tail.
    let m = [
        mask[offset & 3],
        mask[offset.wrapping_add(1) & 3],
        mask[offset.wrapping_add(2) & 3],
        mask[offset.wrapping_add(3) & 3],
    ];
    let wide = u64::from_ne_bytes([m[0], m[1], m[2], m[3], m[0], m[1], m[2], m[3]]);
    let mut chunks = buf.chunks_exact_mut(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        c.copy_from_slice(&(u64::from_ne_bytes(w) ^ wide).to_ne_bytes());
    }
    for (i, b) in chunks.into_remainder().iter_mut().enumerate() {
        *b ^= m[i & 3];
    }
}

/// Inflates one permessage-deflate message (RFC 7692 §7.2.2: append `00 00 ff ff`).
fn inflate(z: &[u8], out: &mut BytesMut, max: usize) -> Result<(), WsError> {
    let mut d = flate2::Decompress::new(false);
    let mut input = Vec::with_capacity(z.len().saturating_add(4));
    input.extend_from_slice(z);
    input.extend_from_slice(&[0x00, 0x00, 0xff, 0xff]);
    let mut tmp = Vec::with_capacity(z.len().saturating_mul(4).clamp(1024, 64 * 1024));
    loop {
        let consumed = d.total_in() as usize;
        if tmp.capacity().saturating_sub(tmp.len()) < 1024 {
            tmp.reserve(64 * 1024);
        }
        let before_out = d.total_out();
        d.decompress_vec(&input[consumed..], &mut tmp, flate2::FlushDecompress::Sync)
            .map_err(|e| WsError::Invalid(format!("decompression error: {e}")))?;
        if tmp.len() > max {
            return Err(WsError::TooBig);
        }
        let done_in = d.total_in() as usize >= input.len();
        if done_in && d.total_out() == before_out {
            break;
        }
        if !done_in && d.total_out() == before_out && d.total_in() as usize == consumed {
            return Err(WsError::Invalid("decompression made no progress".into()));
        }
    }
    out.extend_from_slice(&tmp);
    Ok(())
}

/// One piece of an outgoing batch: bytes in the encoder's buffer, or a queued chunk as is.
#[derive(Debug, Clone, Copy)]
pub enum Part {
    /// `frames[a..b]`.
    Own(usize, usize),
    /// The chunk at this index of the batch.
    Chunk(usize),
}

/// The writing side: frames queued protocol bytes as binary messages.
#[derive(Debug)]
pub struct WsEncoder {
    compress: bool,
    deflater: Option<flate2::Compress>,
    control: Arc<WsControl>,
    close_sent: bool,
}

impl WsEncoder {
    /// An encoder that compresses when `compress` was agreed.
    pub fn new(compress: bool, control: Arc<WsControl>) -> WsEncoder {
        WsEncoder {
            compress,
            deflater: None,
            control,
            close_sent: false,
        }
    }

    /// Control frames the reader queued, if any.
    pub fn take_control(&mut self) -> Option<Vec<u8>> {
        let frames = self.control.take();
        if frames.is_empty() {
            return None;
        }
        if self.control.close_queued.load(Ordering::Acquire) {
            self.close_sent = true;
        }
        Some(frames)
    }

    /// Whether a close frame went out (nothing may follow it).
    pub fn close_sent(&self) -> bool {
        self.close_sent
    }

    /// A close frame with `code`, marking the encoder closed.
    pub fn close_frame(&mut self, code: u16, reason: &str) -> Vec<u8> {
        self.close_sent = true;
        let payload = close_payload(code, reason);
        let mut f = Vec::new();
        frame_header(
            &mut f,
            OpCode::Control(Control::Close),
            false,
            payload.len(),
        );
        f.extend_from_slice(&payload);
        f
    }

    /// Lays out `work` as frames: headers (and compressed payloads) appended to `frames`,
    /// plain payloads referenced in place.
    pub fn encode(&mut self, work: &VecDeque<BytesMut>, frames: &mut Vec<u8>) -> Vec<Part> {
        let mut plan = Vec::with_capacity(work.len().saturating_mul(2));
        let total: usize = work.iter().map(|c| c.len()).sum();
        if self.compress && total > COMPRESS_THRESHOLD {
            let d = self
                .deflater
                .get_or_insert_with(|| flate2::Compress::new(flate2::Compression::fast(), false));
            d.reset();
            let mut z: Vec<u8> = Vec::with_capacity((total / 2).saturating_add(64));
            for (i, chunk) in work.iter().enumerate() {
                let flush = if i.saturating_add(1) == work.len() {
                    flate2::FlushCompress::Sync
                } else {
                    flate2::FlushCompress::None
                };
                let mut input: &[u8] = chunk;
                loop {
                    if z.capacity().saturating_sub(z.len()) < 1024 {
                        z.reserve(z.capacity().max(4096));
                    }
                    let before = d.total_in();
                    // Compressing into a Vec with room cannot fail.
                    let _ = d.compress_vec(input, &mut z, flush);
                    let used = d.total_in().saturating_sub(before) as usize;
                    input = &input[used..];
                    if input.is_empty() && z.capacity().saturating_sub(z.len()) >= 1024 {
                        break;
                    }
                }
            }
            // A sync flush ends with 00 00 ff ff, which the receiver adds back.
            if z.ends_with(&[0x00, 0x00, 0xff, 0xff]) {
                z.truncate(z.len().saturating_sub(4));
            }
            let start = frames.len();
            frame_header(frames, OpCode::Data(Data::Binary), true, z.len());
            frames.extend_from_slice(&z);
            plan.push(Part::Own(start, frames.len()));
            return plan;
        }
        for (i, chunk) in work.iter().enumerate() {
            if chunk.is_empty() {
                continue;
            }
            let start = frames.len();
            frame_header(frames, OpCode::Data(Data::Binary), false, chunk.len());
            plan.push(Part::Own(start, frames.len()));
            plan.push(Part::Chunk(i));
        }
        plan
    }
}

/// The address a WebSocket client is shown with: `X-Forwarded-For` when valid.
pub fn client_addr(peer: SocketAddr, up: &Upgrade) -> SocketAddr {
    match up.forwarded_ip {
        Some(ip) => SocketAddr::new(ip, peer.port()),
        None => peer,
    }
}

/// Fuzzing entry for the frame decoder (the `websocket` target of `fuzz/`, through
/// `crate::fuzzing::websocket`): the first byte picks compression, the message limit and the
/// size of the pieces the rest is fed in; decoding stops at the first error, as a connection
/// closes. Whatever the bytes, the decoded protocol bytes stay within the message limit.
#[doc(hidden)]
pub fn fuzz_frames(data: &[u8]) {
    let Some((&mode, input)) = data.split_first() else {
        return;
    };
    let max_message = if mode & 2 == 0 { 4096 } else { 1 << 20 };
    let mut d = WsDecoder::new(
        mode & 1 != 0,
        BytesMut::new(),
        max_message,
        Arc::new(WsControl::default()),
    );
    let piece = usize::from(mode >> 2).max(1);
    let mut out = BytesMut::new();
    for chunk in input.chunks(piece) {
        d.raw.extend_from_slice(chunk);
        if d.decode(&mut out).is_err() || d.closed {
            break;
        }
    }
    // Each frame takes at least 6 bytes (header and mask); a message inflates to at most
    // `max_message`.
    let frames = (input.len() / 6).saturating_add(1);
    let bound = input
        .len()
        .saturating_add(frames.saturating_mul(max_message));
    assert!(
        out.len() <= bound,
        "{} bytes out of {}",
        out.len(),
        input.len()
    );
    let _ = d.control.take();
}

/// Fuzzing entry for the HTTP upgrade request (the `websocket` target of `fuzz/`): the bytes
/// as a request, checked under default options and under origin, cookie and compression
/// options.
#[doc(hidden)]
pub fn fuzz_upgrade(data: &[u8]) {
    let mut headers = [httparse::EMPTY_HEADER; 64];
    let mut req = httparse::Request::new(&mut headers);
    let Ok(httparse::Status::Complete(_)) = req.parse(data) else {
        return;
    };
    let strict = WebsocketOptions {
        same_origin: true,
        allowed_origins: vec!["http://example.com:8080".into(), "https://[::1]".into()],
        compression: true,
        jwt_cookie: Some("jwt".into()),
        user_cookie: Some("user".into()),
        pass_cookie: Some("pass".into()),
        token_cookie: Some("token".into()),
        headers: vec![("X-Test".into(), "1".into())],
        ..WebsocketOptions::default()
    };
    for (opts, tls) in [
        (&WebsocketOptions::default(), false),
        (&strict, true),
        (&strict, false),
    ] {
        if let Ok((up, resp)) = check_request(&req, opts, tls) {
            assert!(resp.starts_with(b"HTTP/1.1 101 "));
            let _ = client_addr(SocketAddr::from(([127, 0, 0, 1], 1)), &up);
        }
    }
}

#[cfg(test)]
#[allow(
    clippy::arithmetic_side_effects,
    reason = "tests build their own frames; no peer input"
)]
mod tests {
    use super::*;

    fn masked_frame(op: u8, fin: bool, rsv1: bool, payload: &[u8]) -> Vec<u8> {
        let mask = [1u8, 2, 3, 4];
        let mut f = vec![(if fin { 0x80 } else { 0 }) | (if rsv1 { 0x40 } else { 0 }) | op];
        if payload.len() < 126 {
            f.push(0x80 | payload.len() as u8);
        } else {
            f.push(0x80 | 126);
            f.extend_from_slice(&(payload.len() as u16).to_be_bytes());
        }
        f.extend_from_slice(&mask);
        f.extend(payload.iter().enumerate().map(|(i, b)| b ^ mask[i % 4]));
        f
    }

    fn decoder(compress: bool) -> WsDecoder {
        WsDecoder::new(
            compress,
            BytesMut::new(),
            1 << 20,
            Arc::new(WsControl::default()),
        )
    }

    #[test]
    fn frames_split_and_join_protocol_bytes() {
        let mut d = decoder(false);
        let mut all = masked_frame(2, false, false, b"PUB a 2\r");
        all.extend(masked_frame(0, true, false, b"\nhi\r\nPI"));
        all.extend(masked_frame(9, true, false, b"ping!"));
        all.extend(masked_frame(2, true, false, b"NG\r\n"));
        // Fed one byte at a time, the protocol bytes come out whole and in order.
        let mut out = BytesMut::new();
        for b in all {
            d.raw.extend_from_slice(&[b]);
            d.decode(&mut out).expect("decode");
        }
        assert_eq!(&out[..], b"PUB a 2\r\nhi\r\nPING\r\n");
        let pong = d.control.take();
        assert_eq!(pong, [0x8a, 5, b'p', b'i', b'n', b'g', b'!']);
        // A flood of pings leaves only the latest pong queued.
        for i in 0..1000u32 {
            d.raw.extend(masked_frame(9, true, false, &i.to_be_bytes()));
        }
        d.decode(&mut out).expect("decode");
        assert_eq!(d.control.take(), [0x8a, 4, 0, 0, 0x03, 0xe7]);
    }

    #[test]
    fn unmasked_and_oversized_control_frames_are_protocol_errors() {
        let mut d = decoder(false);
        d.raw.extend_from_slice(&[0x82, 0x02, b'h', b'i']);
        assert!(matches!(
            d.decode(&mut BytesMut::new()),
            Err(WsError::Protocol(_))
        ));
        let mut d = decoder(false);
        d.raw.extend(masked_frame(9, true, false, &[0u8; 126]));
        assert!(matches!(
            d.decode(&mut BytesMut::new()),
            Err(WsError::Protocol(_))
        ));
        let mut d = decoder(false);
        d.raw.extend(masked_frame(2, true, true, b"x"));
        assert!(matches!(
            d.decode(&mut BytesMut::new()),
            Err(WsError::Protocol(_))
        ));
    }

    #[test]
    fn compression_round_trips_and_bombs_are_refused() {
        let control = Arc::new(WsControl::default());
        let mut enc = WsEncoder::new(true, control);
        let msg = b"MSG foo 1 100\r\n".repeat(50);
        let work: VecDeque<BytesMut> = [BytesMut::from(&msg[..300]), BytesMut::from(&msg[300..])]
            .into_iter()
            .collect();
        let mut frames = Vec::new();
        let plan = enc.encode(&work, &mut frames);
        assert_eq!(plan.len(), 1);
        assert!(
            frames.len() < msg.len() / 4,
            "compressed {} bytes",
            frames.len()
        );
        // Server frames are unmasked; decode the payload the way a client does.
        let mut cur = Cursor::new(&frames[..]);
        let (h, len) = FrameHeader::parse(&mut cur).expect("hdr").expect("whole");
        assert!(h.rsv1);
        let body = &frames[cur.position() as usize..];
        assert_eq!(body.len() as u64, len);
        let mut out = BytesMut::new();
        inflate(body, &mut out, 1 << 20).expect("inflate");
        assert_eq!(&out[..], &msg[..]);
        // The same message sent by a client (masked, compressed) decodes; a bomb does not.
        let mut d = decoder(true);
        d.raw.extend(masked_frame(2, true, true, body));
        let mut out = BytesMut::new();
        d.decode(&mut out).expect("decode");
        assert_eq!(&out[..], &msg[..]);
        let mut d = WsDecoder::new(true, BytesMut::new(), 100, Arc::new(WsControl::default()));
        d.raw.extend(masked_frame(2, true, true, body));
        assert!(matches!(
            d.decode(&mut BytesMut::new()),
            Err(WsError::TooBig)
        ));
    }

    #[test]
    fn close_is_echoed_and_ends_the_stream() {
        let mut d = decoder(false);
        let mut payload = 1000u16.to_be_bytes().to_vec();
        payload.extend_from_slice(b"bye");
        d.raw.extend(masked_frame(8, true, false, &payload));
        d.raw.extend(masked_frame(2, true, false, b"PING\r\n"));
        let mut out = BytesMut::new();
        d.decode(&mut out).expect("decode");
        assert!(d.closed);
        assert!(out.is_empty(), "nothing after close is read");
        let reply = d.control.take();
        assert_eq!(reply, [0x88, 2, 0x03, 0xe8]);
    }

    #[test]
    fn garbage_never_panics() {
        let mut rng = fastrand::Rng::with_seed(7);
        for round in 0..2000 {
            let mut d = WsDecoder::new(
                round % 2 == 0,
                BytesMut::new(),
                4096,
                Arc::new(WsControl::default()),
            );
            let mut out = BytesMut::new();
            // Random bytes, sometimes after a valid frame start, fed in random pieces.
            let mut input: Vec<u8> = Vec::new();
            if round % 3 == 0 {
                input.extend(masked_frame(2, round % 5 == 0, round % 4 == 0, b"PING\r\n"));
            }
            let n = rng.usize(0..300);
            input.extend((0..n).map(|_| rng.u8(..)));
            let mut pos = 0;
            while pos < input.len() {
                let k = rng.usize(1..=(input.len() - pos).min(64));
                d.raw.extend_from_slice(&input[pos..pos + k]);
                pos += k;
                if d.decode(&mut out).is_err() {
                    break;
                }
            }
            assert!(out.len() <= input.len() * 1100 + 4096);
        }
    }

    #[test]
    fn origins() {
        assert_eq!(
            parse_origin("https://example.com").expect("ok"),
            ("https".into(), "example.com".into(), "443".into())
        );
        assert!(parse_origin("ftp://x").is_err());
        assert!(parse_origin("http://").is_err());
        assert_eq!(
            host_and_port(false, "[::1]:8080"),
            ("::1".into(), "8080".into())
        );
    }
}
