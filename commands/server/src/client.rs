//! One client connection: the task that reads, parses and routes, and the state other
//! connections see when they deliver to it.
//!
//! Flow of one `PUB` (see ARCHITECTURE.md): the owner task reads into `rbuf`, `Conn::process`
//! parses every complete op in place (`rnats_proto::next_client_op`), matches the subject through
//! the per-connection [`MatchCache`], and encodes each delivery into a staging buffer per
//! destination ([`Staging`]). After the whole read batch, each destination gets its batch with
//! one lock and usually one `try_write` ([`crate::outbound::Outbound`]). No lock, allocation or
//! wake-up is spent per message.
//!
//! Semantics follow nats-server `server/client.go`: CONNECT options (verbose, pedantic, echo,
//! headers, no_responders, protocol), queue groups (one member per group, random start),
//! auto-unsubscribe, no-responders status messages, PING/PONG keepalive, and the exact `-ERR`
//! texts and close reasons.

use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant, SystemTime};

use bytes::{Buf as _, BytesMut};
use rnats_proto::info::ConnectInfo;
use rnats_proto::{encode, subject};
use rnats_proto::{next_client_op, ClientOpRef, ParseLimits, ProtoError, PubRef};
use rustc_hash::FxHashMap;
use tokio::net::TcpStream;

use crate::account::Account;
use crate::outbound::{Flush, Outbound, OutboundFault, Pending};
use crate::router::{deliver, deliver_all, Staging};
use crate::server::Server;
use crate::sublist::{MatchCache, SubjectKey};
use crate::transport::ConnIo;

/// Read buffer size while busy (upstream's `maxBufSize`).
const READ_BUF_MAX: usize = 64 * 1024;
/// Read buffer size when idle.
const READ_BUF_MIN: usize = 4 * 1024;

/// Why a connection closed, with the texts `/connz?state=closed` reports (nats-server
/// `server/client.go` `ClosedState.String`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CloseReason {
    ClientClosed,
    AuthenticationTimeout,
    AuthenticationViolation,
    MaxAccountConnectionsExceeded,
    SlowConsumerPendingBytes,
    SlowConsumerWriteDeadline,
    WriteError,
    ReadError,
    ParseError,
    StaleConnection,
    ProtocolViolation,
    BadClientProtocolVersion,
    MaxConnectionsExceeded,
    MaxPayloadExceeded,
    MaxControlLineExceeded,
    MaxSubscriptionsExceeded,
    ServerShutdown,
    AuthenticationExpired,
    Revocation,
    NoRespondersRequiresHeaders,
    MessageHeaderViolation,
}

impl CloseReason {
    /// The text upstream shows in connz `reason`.
    pub fn as_str(self) -> &'static str {
        match self {
            CloseReason::ClientClosed => "Client Closed",
            CloseReason::AuthenticationTimeout => "Authentication Timeout",
            CloseReason::AuthenticationViolation => "Authentication Failure",
            CloseReason::MaxAccountConnectionsExceeded => "Maximum Account Connections Exceeded",
            CloseReason::SlowConsumerPendingBytes => "Slow Consumer (Pending Bytes)",
            CloseReason::SlowConsumerWriteDeadline => "Slow Consumer (Write Deadline)",
            CloseReason::WriteError => "Write Error",
            CloseReason::ReadError => "Read Error",
            CloseReason::ParseError => "Parse Error",
            CloseReason::StaleConnection => "Stale Connection",
            CloseReason::ProtocolViolation => "Protocol Violation",
            CloseReason::BadClientProtocolVersion => "Bad Client Protocol Version",
            CloseReason::MaxConnectionsExceeded => "Maximum Connections Exceeded",
            CloseReason::MaxPayloadExceeded => "Maximum Message Payload Exceeded",
            CloseReason::MaxControlLineExceeded => "Maximum Control Line Exceeded",
            CloseReason::MaxSubscriptionsExceeded => "Maximum Subscriptions Exceeded",
            CloseReason::ServerShutdown => "Server Shutdown",
            CloseReason::AuthenticationExpired => "Authentication Expired",
            CloseReason::Revocation => "Credentials Revoked",
            CloseReason::NoRespondersRequiresHeaders => "No Responders Requires Headers",
            CloseReason::MessageHeaderViolation => "Message Header Violation",
        }
    }
}

/// What kind of peer a connection is (connz `kind`). Clients only for now; routes, leaf nodes
/// and gateways join with clustering, and internal clients are `System`, `JetStream` or
/// `Account` as upstream names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConnKind {
    /// An application connection (plain TCP now; WebSocket and MQTT set [`ClientType`]).
    Client,
    /// A route to another server of the cluster.
    Router,
    /// A gateway to another cluster.
    Gateway,
    /// A leaf node connection.
    Leafnode,
    /// JetStream's internal clients.
    JetStream,
    /// An account's internal client (imports, service responses).
    Account,
    /// The system account's internal client.
    System,
}

impl ConnKind {
    /// The name `/connz` shows (nats-server `client.go` `kindStringMap`).
    pub fn as_str(self) -> &'static str {
        match self {
            ConnKind::Client => "Client",
            ConnKind::Router => "Router",
            ConnKind::Gateway => "Gateway",
            ConnKind::Leafnode => "Leafnode",
            ConnKind::JetStream => "JetStream",
            ConnKind::Account => "Account",
            ConnKind::System => "System",
        }
    }
}

/// The transport of a [`ConnKind::Client`] connection (connz `type`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClientType {
    /// The NATS protocol over TCP.
    Nats,
    /// NATS over WebSocket.
    WebSocket,
    /// MQTT.
    Mqtt,
}

impl ClientType {
    /// The name `/connz` shows.
    pub fn as_str(self) -> &'static str {
        match self {
            ClientType::Nats => "nats",
            ClientType::WebSocket => "websocket",
            ClientType::Mqtt => "mqtt",
        }
    }
}

/// What CONNECT told us, plus identity, for monitoring.
#[derive(Debug, Clone, Default)]
pub struct ConnMeta {
    pub name: String,
    pub lang: String,
    pub version: String,
    /// The account the connection is bound to (shared with the account: no copy per
    /// connection).
    pub account: Arc<str>,
    /// The authenticated user (connz `authorized_user`), empty without one.
    pub user: String,
    /// The user's permissions as configured (`$SYS.REQ.USER.INFO`).
    pub permissions: Option<Arc<crate::auth::options::PermissionsConfig>>,
    /// Negotiated TLS version (`1.2`, `1.3`), empty without TLS.
    pub tls_version: &'static str,
    /// Negotiated TLS cipher suite, empty without TLS.
    pub tls_cipher_suite: String,
    /// TLS came before INFO.
    pub tls_first: bool,
    /// The connection speaks WebSocket.
    pub websocket: bool,
    /// Operator mode: the user and account names from the JWTs (`$SYS.REQ.USER.INFO`).
    pub jwt: Option<Arc<crate::auth::authn::JwtIdentity>>,
}

/// The part of a connection other tasks touch: its outbound queue, identity and subscriptions.
#[derive(Debug)]
pub struct ClientShared {
    /// Client id.
    pub cid: u64,
    /// What kind of peer this is.
    pub kind: ConnKind,
    /// Peer address.
    pub peer: SocketAddr,
    /// When the connection was accepted.
    pub start: SystemTime,
    /// Outbound queue and socket.
    pub outbound: Outbound,
    /// Whether the client accepts HMSG (CONNECT `headers`).
    pub headers: AtomicBool,
    /// Whether the client takes asynchronous INFO (CONNECT `protocol` ≥ 1).
    pub async_info: AtomicBool,
    /// CONNECT metadata.
    pub meta: Mutex<ConnMeta>,
    /// Subscriptions by sid (locked on SUB/UNSUB/close/monitoring, never per message).
    pub subs: Mutex<FxHashMap<Box<[u8]>, Arc<Subscription>>>,
    /// Inbound counters, written by the owner once per batch.
    pub in_msgs: AtomicU64,
    pub in_bytes: AtomicU64,
    /// Last activity, as milliseconds since the server started.
    pub last_activity: AtomicU64,
    /// Time of the last PING sent → PONG received, in microseconds (0 = unknown).
    pub rtt_us: AtomicU64,
    /// Set when the owner must close (slow consumer, lame duck, kick).
    pub close_requested: AtomicBool,
    /// Set by a reload: the owner re-checks its credentials and permissions.
    pub reauth_requested: AtomicBool,
    /// Why [`ClientShared::request_close_with`] asked the owner to close.
    pub close_reason: std::sync::OnceLock<CloseReason>,
    /// `allow_responses`: reply subjects of requests delivered to this client, which it may
    /// publish to (set at CONNECT for users with response permissions).
    pub replies: std::sync::OnceLock<Box<Mutex<crate::auth::perms::ReplyPermits>>>,
    /// Set when the server cuts the connection off as a slow consumer (rnats' record, shown
    /// in `/connz?state=closed`).
    pub slow_consumer: Mutex<Option<crate::monitor::SlowConsumerInfo>>,
}

impl ClientShared {
    /// The shared state of a new connection (or internal client) writing to `outbound`.
    pub(crate) fn new(
        cid: u64,
        kind: ConnKind,
        peer: SocketAddr,
        outbound: Outbound,
        server: &Server,
    ) -> Self {
        ClientShared {
            cid,
            kind,
            peer,
            start: SystemTime::now(),
            outbound,
            headers: AtomicBool::new(false),
            async_info: AtomicBool::new(false),
            meta: Mutex::new(ConnMeta {
                account: server.global_account().name_arc(),
                ..ConnMeta::default()
            }),
            subs: Mutex::new(FxHashMap::default()),
            in_msgs: AtomicU64::new(0),
            in_bytes: AtomicU64::new(0),
            last_activity: AtomicU64::new(server.uptime().as_millis() as u64),
            rtt_us: AtomicU64::new(0),
            close_requested: AtomicBool::new(false),
            reauth_requested: AtomicBool::new(false),
            close_reason: std::sync::OnceLock::new(),
            replies: std::sync::OnceLock::new(),
            slow_consumer: Mutex::new(None),
        }
    }

    /// A client that is never connected to anything: the owner of an account's import and
    /// response subscriptions, which deliver elsewhere.
    pub(crate) fn detached(cid: u64, kind: ConnKind) -> Self {
        let (tx, _) = tokio::sync::mpsc::unbounded_channel();
        ClientShared {
            cid,
            kind,
            peer: SocketAddr::from(([0, 0, 0, 0], 0)),
            start: SystemTime::now(),
            outbound: Outbound::internal(tx, 0),
            headers: AtomicBool::new(true),
            async_info: AtomicBool::new(false),
            meta: Mutex::new(ConnMeta::default()),
            subs: Mutex::new(FxHashMap::default()),
            in_msgs: AtomicU64::new(0),
            in_bytes: AtomicU64::new(0),
            last_activity: AtomicU64::new(0),
            rtt_us: AtomicU64::new(0),
            close_requested: AtomicBool::new(false),
            reauth_requested: AtomicBool::new(false),
            close_reason: std::sync::OnceLock::new(),
            replies: std::sync::OnceLock::new(),
            slow_consumer: Mutex::new(None),
        }
    }

    /// Locks the subscription map.
    pub fn subs(&self) -> MutexGuard<'_, FxHashMap<Box<[u8]>, Arc<Subscription>>> {
        self.subs.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Gives a batch of frames to this connection's outbound queue, writes what the socket
    /// takes right away, and applies `max_pending` to the rest.
    #[inline]
    pub(crate) fn hand_over(&self, batch: &mut BytesMut, msgs: u64, payload_bytes: u64) -> Pending {
        if self.outbound.append(batch, msgs, payload_bytes) {
            self.outbound.try_flush();
            self.outbound.enforce_max_pending()
        } else {
            Pending::Ok
        }
    }

    /// Asks the owner task to check its credentials again (configuration reload).
    pub fn request_reauth(&self) {
        self.reauth_requested.store(true, Ordering::Release);
        self.outbound.notify.notify_one();
    }

    /// Asks the owner task to close the connection for `reason` (its `-ERR` is sent first).
    pub fn request_close_with(&self, reason: CloseReason) {
        let _ = self.close_reason.set(reason);
        self.request_close();
    }

    /// Asks the owner task to close the connection.
    pub fn request_close(&self) {
        self.close_requested.store(true, Ordering::Release);
        self.outbound.notify.notify_one();
    }
}

/// One subscription, as stored in the sublist.
#[derive(Debug)]
pub struct Subscription {
    /// The subscriber.
    pub client: Arc<ClientShared>,
    pub subject: Box<[u8]>,
    pub queue: Option<Box<[u8]>>,
    pub sid: Box<[u8]>,
    /// Auto-unsubscribe limit (0 = none).
    pub max: AtomicU64,
    /// Messages delivered.
    pub delivered: AtomicU64,
    /// Removed: deliveries stop even if a cached match result still holds it.
    pub closed: AtomicBool,
    /// What else delivery does (imports, responses, a permissions filter); `None` for a plain
    /// subscription, so the common case costs one branch.
    pub route: Option<Box<crate::router::SubRoute>>,
}

impl Subscription {
    /// A plain subscription of `client`.
    pub fn new(
        client: Arc<ClientShared>,
        subject: &[u8],
        queue: Option<&[u8]>,
        sid: &[u8],
    ) -> Subscription {
        Subscription {
            client,
            subject: subject.into(),
            queue: queue.map(Into::into),
            sid: sid.into(),
            max: AtomicU64::new(0),
            delivered: AtomicU64::new(0),
            closed: AtomicBool::new(false),
            route: None,
        }
    }
}

impl SubjectKey for Subscription {
    fn subject(&self) -> &[u8] {
        &self.subject
    }
    fn queue(&self) -> Option<&[u8]> {
        self.queue.as_deref()
    }
}

/// A stream-import shadow of a subscription: the exporting account and the subscription there.
type Shadow = (Arc<Account>, Arc<Subscription>);

/// Owner-side state of a connection.
struct Conn {
    server: Arc<Server>,
    shared: Arc<ClientShared>,
    /// The account whose subject space this connection publishes and subscribes in.
    account: Arc<Account>,
    limits: ParseLimits,
    connected: bool,
    sent_connect_info: bool,
    opts: ConnectInfo,
    cache: MatchCache<Subscription>,
    staging: Staging,
    pings_out: u32,
    ping_sent_at: Option<Instant>,
    max_subs: usize,
    max_traced_msg_len: usize,
    no_header_support: bool,
    trace: bool,
    in_msgs: u64,
    in_bytes: u64,
    /// Scratch for encoding no-responder status messages.
    scratch: BytesMut,
    /// Whether the connection has authenticated (or needs not).
    authed: bool,
    /// Whether the account counts this connection.
    counted: bool,
    /// The nonce sent in INFO for nkey users to sign.
    nonce: Option<Box<str>>,
    /// When an unauthenticated connection is closed (`auth_timeout`).
    auth_deadline: Option<tokio::time::Instant>,
    /// Operator mode: when the user JWT expires (upstream `setExpirationTimer`).
    jwt_expiry: Option<tokio::time::Instant>,
    /// The `-ERR` sent at [`Conn::jwt_expiry`]: the user's or the account's expiry.
    jwt_expiry_text: &'static str,
    /// The user's permissions; `None` when unrestricted.
    perms: Option<Arc<crate::auth::perms::Permissions>>,
    /// Publish decisions already made for `perms` (allocated with the permissions).
    pub_cache: Option<Box<crate::auth::perms::PubCache>>,
    /// Stream-import shadows of this connection's subscriptions, by sid.
    shadows: FxHashMap<Box<[u8]>, Vec<Shadow>>,
    /// Who authenticated (reload re-checks it).
    user: Option<Box<crate::auth::authn::AuthedUser>>,
    /// How the client is connected (`allowed_connection_types`).
    conn_type: crate::auth::authn::ConnectionType,
    /// Names from the client certificate, when `verify_and_map` is on.
    tls_map: Option<Vec<String>>,
    /// The WebSocket upgrade (cookies) and the options it was accepted under (their
    /// `websocket {}` block), for WebSocket clients; shared, not copied per connection.
    ws: Option<Box<(crate::websocket::Upgrade, Arc<crate::options::Options>)>>,
}

/// How an accepted connection reached the server, decided before its [`Conn`] exists.
pub(crate) struct Arrival {
    /// Its cid (already in an INFO sent before TLS, when so).
    pub cid: u64,
    /// The nonce of that INFO, when the authenticator wants one.
    pub nonce: Option<Box<str>>,
    /// The INFO line went out already (in plain text, before the TLS handshake).
    pub info_sent: bool,
    /// How the client is connected (`allowed_connection_types`).
    pub conn_type: crate::auth::authn::ConnectionType,
    /// TLS details for `/connz` and `verify_and_map`.
    pub tls: Option<TlsDetails>,
    /// What the WebSocket upgrade carried.
    pub ws: Option<crate::websocket::Upgrade>,
}

/// The TLS session of a connection, as `/connz` and authentication need it.
#[derive(Debug, Clone, Default)]
pub struct TlsDetails {
    /// `1.2` or `1.3`.
    pub version: &'static str,
    /// The negotiated suite's name.
    pub cipher_suite: String,
    /// TLS came before INFO (`handshake_first`).
    pub tls_first: bool,
    /// Names the client certificate maps to, when `verify_and_map` is on (upstream's order).
    pub identities: Option<Vec<String>>,
}

impl Arrival {
    /// A fresh arrival: next cid, and a nonce when the authenticator signs with one.
    pub(crate) fn new(server: &Server, conn_type: crate::auth::authn::ConnectionType) -> Arrival {
        let auth = server.auth();
        let nonce = (auth.authenticator.required() && auth.authenticator.needs_nonce())
            .then(|| crate::auth::authn::generate_nonce().into());
        Arrival {
            cid: server.next_cid(),
            nonce,
            info_sent: false,
            conn_type,
            tls: None,
            ws: None,
        }
    }
}

/// Serves one accepted connection on the client port until it closes: plain TCP, or TLS when
/// `tls {}` is configured (INFO first then the handshake, `handshake_first`, or a peek at the
/// first byte under `allow_non_tls`).
pub async fn serve(server: Arc<Server>, stream: TcpStream, peer: SocketAddr) {
    let _ = stream.set_nodelay(true);
    let Some(tls) = server.tls_setup() else {
        let arrival = Arrival::new(&server, crate::auth::authn::ConnectionType::Standard);
        serve_conn(
            server,
            crate::transport::Transport::Tcp(stream),
            peer,
            arrival,
        )
        .await;
        return;
    };
    // Boxed: the TLS path's handshake state would otherwise size every plain connection's
    // task (about 1 KiB each).
    Box::pin(crate::accept::serve_tls_client(server, stream, peer, tls)).await;
}

/// Runs an accepted, transport-ready connection: INFO (unless sent), admission, the
/// connection loop, teardown.
pub(crate) async fn serve_conn(
    server: Arc<Server>,
    transport: crate::transport::Transport,
    peer: SocketAddr,
    arrival: Arrival,
) {
    let opts = server.options();
    let cid = arrival.cid;
    let (outbound, io_parts) = match transport {
        crate::transport::Transport::Tcp(stream) => {
            let stream = Arc::new(stream);
            (Outbound::new(stream.clone(), opts.max_pending), Err(stream))
        }
        crate::transport::Transport::Task {
            reader,
            writer,
            framing,
        } => (
            Outbound::for_writer_task(opts.max_pending),
            Ok((reader, writer, framing)),
        ),
    };
    let shared = Arc::new(ClientShared::new(
        cid,
        ConnKind::Client,
        peer,
        outbound,
        &server,
    ));
    {
        let mut meta = shared.meta.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(t) = &arrival.tls {
            meta.tls_version = t.version;
            meta.tls_cipher_suite = t.cipher_suite.clone();
            meta.tls_first = t.tls_first;
        }
        meta.websocket = arrival.ws.is_some();
    }
    let mut io = match io_parts {
        Err(stream) => ConnIo::Tcp(stream),
        Ok((mut reader, writer, framing)) => {
            if let crate::transport::Reader::Ws(dec, _) = &mut reader {
                dec.attach(shared.clone());
            }
            let task = crate::transport::spawn_writer(
                shared.clone(),
                writer,
                framing,
                opts.write_deadline,
            );
            ConnIo::Task {
                reader,
                writer: Some(task),
            }
        }
    };
    let mut conn = Conn {
        account: server.global_account().clone(),
        server: server.clone(),
        shared: shared.clone(),
        limits: ParseLimits {
            max_control_line: opts.max_control_line,
            max_payload: opts.max_payload,
        },
        connected: false,
        sent_connect_info: false,
        opts: ConnectInfo::server_defaults(),
        cache: MatchCache::new(),
        staging: Staging::with_origin(shared.clone()),
        pings_out: 0,
        ping_sent_at: None,
        max_subs: opts.max_subscriptions,
        max_traced_msg_len: opts.max_traced_msg_len,
        no_header_support: opts.no_header_support,
        trace: crate::log::trace_enabled(),
        in_msgs: 0,
        in_bytes: 0,
        scratch: BytesMut::new(),
        authed: false,
        counted: false,
        nonce: arrival.nonce,
        auth_deadline: None,
        jwt_expiry: None,
        jwt_expiry_text: "User Authentication Expired",
        perms: None,
        pub_cache: None,
        shadows: FxHashMap::default(),
        user: None,
        conn_type: arrival.conn_type,
        tls_map: arrival.tls.and_then(|t| t.identities),
        ws: arrival.ws.map(|up| Box::new((up, opts.clone()))),
    };

    let auth = server.auth();
    let ws_override = conn
        .ws
        .as_ref()
        .is_some_and(|w| w.1.websocket.auth_override());
    if auth.authenticator.required() || ws_override {
        let timeout = conn
            .ws
            .as_ref()
            .and_then(|w| w.1.websocket.auth_timeout)
            .unwrap_or(opts.auth_timeout);
        conn.auth_deadline = Some(tokio::time::Instant::now() + timeout);
    } else {
        conn.authed = true;
    }
    if !arrival.info_sent {
        let info = conn.info_line();
        shared.outbound.append_proto(&info);
    }
    let admitted = server.register_client(&shared);
    crate::log_debug!("{} - Client connection created", conn.log_prefix());
    let global_full = conn.authed && !conn.count_in_account();
    let reason = if !admitted {
        conn.send_err("maximum connections exceeded");
        CloseReason::MaxConnectionsExceeded
    } else if global_full {
        conn.send_err("maximum account active connections exceeded");
        CloseReason::MaxAccountConnectionsExceeded
    } else {
        shared.outbound.try_flush();
        conn.run(&mut io, &opts).await
    };
    conn.close(reason, &mut io).await;
}

impl Conn {
    async fn run(&mut self, io: &mut ConnIo, opts: &crate::options::Options) -> CloseReason {
        let mut rbuf = BytesMut::with_capacity(READ_BUF_MIN);
        let mut shutdown = self.server.shutdown_signal();
        // The first PING goes out early to measure RTT (nats-server `firstClientPingInterval`).
        // WebSocket clients may have their own interval (`websocket { ping_interval }`).
        let interval = self
            .ws
            .as_ref()
            .and_then(|w| w.1.websocket.ping_interval)
            .filter(|d| !d.is_zero())
            .unwrap_or(opts.ping_interval);
        let first_ping = interval.min(Duration::from_secs(2));
        let mut ping = tokio::time::interval_at(tokio::time::Instant::now() + first_ping, interval);
        ping.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        let write_deadline = opts.write_deadline;
        let mut blocked_since: Option<tokio::time::Instant> = None;
        let mut short_reads = 0u32;
        // Plain TCP waits for writability itself when a write would block.
        let tcp = match io {
            ConnIo::Tcp(s) => Some(s.clone()),
            ConnIo::Task { .. } => None,
        };
        loop {
            if let Some(fault) = self.shared.outbound.fault() {
                return match fault {
                    OutboundFault::SlowConsumerPending => {
                        self.server
                            .note_slow_consumer(&self.shared, opts.max_pending);
                        CloseReason::SlowConsumerPendingBytes
                    }
                    OutboundFault::WriteError => CloseReason::WriteError,
                    OutboundFault::WriteDeadline => {
                        crate::log_info!(
                            "{} - Slow Consumer Detected: WriteDeadline of {} exceeded with {} total bytes pending",
                            self.log_prefix(), rnats_proto::kit::format::duration_string(opts.write_deadline),
                            self.shared.outbound.pending()
                        );
                        self.server
                            .note_write_deadline_slow_consumer(&self.shared, opts.write_deadline);
                        CloseReason::SlowConsumerWriteDeadline
                    }
                };
            }
            if self.shared.close_requested.load(Ordering::Acquire) {
                return match self.shared.close_reason.get().copied() {
                    Some(reason) => {
                        if reason == CloseReason::MaxAccountConnectionsExceeded {
                            // Upstream `maxAccountConnExceeded` (ErrTooManyAccountConnections).
                            self.send_err("maximum account active connections exceeded");
                            self.staging.flush();
                        }
                        reason
                    }
                    None => CloseReason::ServerShutdown,
                };
            }
            if self.shared.reauth_requested.swap(false, Ordering::AcqRel) {
                if let Err(reason) = self.reauthenticate() {
                    self.staging.flush();
                    return reason;
                }
            }
            let blocked = self.shared.outbound.is_blocked();
            if blocked && blocked_since.is_none() {
                blocked_since = Some(tokio::time::Instant::now());
            } else if !blocked {
                blocked_since = None;
            }
            let write_until = blocked_since.map(|t| t + write_deadline);
            // One timer for both deadlines: the write deadline and, until CONNECT
            // authenticates, auth_timeout.
            let auth_until = if self.authed {
                None
            } else {
                self.auth_deadline
            };
            let deadline = match (write_until, auth_until) {
                (Some(w), Some(a)) => Some(w.min(a)),
                (w, a) => w.or(a),
            };
            let deadline = match (deadline, self.jwt_expiry) {
                (Some(d), Some(e)) => Some(d.min(e)),
                (d, e) => d.or(e),
            };
            tokio::select! {
                biased;
                _ = crate::server::wait_shutdown(&mut shutdown) => return CloseReason::ServerShutdown,
                _ = self.shared.outbound.notify.notified() => {
                    // A producer left bytes, a fault was set, or a close was requested:
                    // the loop head handles faults; try to finish the write here.
                    if self.shared.outbound.try_flush() == Flush::Failed {
                        return CloseReason::WriteError;
                    }
                }
                res = crate::transport::writable(tcp.as_deref()), if blocked => {
                    if res.is_err() {
                        return CloseReason::WriteError;
                    }
                    self.shared.outbound.clear_blocked();
                    if self.shared.outbound.try_flush() == Flush::Failed {
                        return CloseReason::WriteError;
                    }
                }
                _ = sleep_until_opt(deadline) => {
                    if self.jwt_expiry.is_some_and(|e| e <= tokio::time::Instant::now()) {
                        let text = self.jwt_expiry_text;
                        self.send_err(text);
                        self.staging.flush();
                        crate::log_debug!("{} - {text}", self.log_prefix());
                        return CloseReason::AuthenticationExpired;
                    }
                    if auth_until.is_some_and(|a| a <= tokio::time::Instant::now()) {
                        self.send_err("Authentication Timeout");
                        crate::log_debug!("{} - Authentication Timeout", self.log_prefix());
                        return CloseReason::AuthenticationTimeout;
                    }
                    crate::log_info!(
                        "{} - Slow Consumer Detected: WriteDeadline of {} exceeded with {} total bytes pending",
                        self.log_prefix(), rnats_proto::kit::format::duration_string(write_deadline),
                        self.shared.outbound.pending()
                    );
                    self.server
                        .note_write_deadline_slow_consumer(&self.shared, write_deadline);
                    return CloseReason::SlowConsumerWriteDeadline;
                }
                res = io.read(&mut rbuf) => {
                    match res {
                        Ok(0) => return CloseReason::ClientClosed,
                        Ok(n) => {
                            if let Err(reason) = self.process(&mut rbuf) {
                                return reason;
                            }
                            self.after_batch();
                            if !self.staging.over_soft_limit.is_empty() {
                                self.stall_on_slow_destinations().await;
                            }
                            // Shrink the read buffer after a few short reads (upstream `shortsToShrink`).
                            if n < READ_BUF_MIN / 2 && rbuf.is_empty() && rbuf.capacity() > READ_BUF_MIN {
                                short_reads += 1;
                                if short_reads > 2 {
                                    rbuf = BytesMut::with_capacity(READ_BUF_MIN);
                                    short_reads = 0;
                                }
                            } else {
                                short_reads = 0;
                            }
                            if rbuf.capacity() - rbuf.len() < 512 {
                                rbuf.reserve(READ_BUF_MAX.max(rbuf.len() * 2) - rbuf.len());
                            }
                        }
                        Err(_) => return CloseReason::ReadError,
                    }
                }
                _ = ping.tick() => {
                    if self.pings_out >= opts.ping_max {
                        self.send_err("Stale Connection");
                        self.server.stats.stale_connections.fetch_add(1, Ordering::Relaxed);
                        crate::log_debug!("{} - Stale Client Connection - Closing", self.log_prefix());
                        return CloseReason::StaleConnection;
                    }
                    self.pings_out += 1;
                    self.ping_sent_at = Some(Instant::now());
                    self.send_proto(b"PING\r\n", "PING");
                    self.staging.flush();
                }
            }
        }
    }

    /// Parses and executes every complete op in `rbuf`, then consumes them.
    fn process(&mut self, rbuf: &mut BytesMut) -> Result<(), CloseReason> {
        self.trace = crate::log::trace_enabled();
        let mut pos = 0;
        let result = loop {
            match next_client_op(&rbuf[pos..], &self.limits) {
                Ok(Some((op, used))) => {
                    pos += used;
                    if let Err(reason) = self.handle(op) {
                        break Err(reason);
                    }
                }
                Ok(None) => break Ok(()),
                Err(e) => break Err(self.protocol_error(&e, &rbuf[pos..])),
            }
        };
        rbuf.advance(pos);
        if self.in_msgs > 0 {
            self.shared
                .in_msgs
                .fetch_add(self.in_msgs, Ordering::Relaxed);
            self.shared
                .in_bytes
                .fetch_add(self.in_bytes, Ordering::Relaxed);
            self.server
                .stats
                .in_msgs
                .fetch_add(self.in_msgs, Ordering::Relaxed);
            self.server
                .stats
                .in_bytes
                .fetch_add(self.in_bytes, Ordering::Relaxed);
            self.account
                .stats
                .in_msgs
                .fetch_add(self.in_msgs, Ordering::Relaxed);
            self.account
                .stats
                .in_bytes
                .fetch_add(self.in_bytes, Ordering::Relaxed);
            self.in_msgs = 0;
            self.in_bytes = 0;
        }
        result
    }

    /// Pauses this producer while destinations it fed are over their soft limit: at most
    /// 2 ms per destination and 10 ms per read batch (nats-server `stalledWait`), so TCP
    /// pushes back on the publisher instead of server memory growing.
    async fn stall_on_slow_destinations(&mut self) {
        const PER_WAIT: Duration = Duration::from_millis(2);
        const PER_BATCH: Duration = Duration::from_millis(10);
        let started = Instant::now();
        for dest in std::mem::take(&mut self.staging.over_soft_limit) {
            let spent = started.elapsed();
            if spent >= PER_BATCH {
                break;
            }
            dest.outbound
                .wait_drained(PER_WAIT.min(PER_BATCH - spent))
                .await;
        }
    }

    /// Delivers what the batch staged: one append and write attempt per destination.
    fn after_batch(&mut self) {
        self.staging.flush();
        self.shared.outbound.try_flush();
        self.shared
            .last_activity
            .store(self.server.uptime().as_millis() as u64, Ordering::Relaxed);
    }

    fn protocol_error(&mut self, err: &ProtoError, rest: &[u8]) -> CloseReason {
        let snippet = if rest.len() >= 7 && rest[..7].eq_ignore_ascii_case(b"CONNECT") {
            // A CONNECT may carry a password or token: never log its text.
            "CONNECT [REDACTED]".to_string()
        } else {
            String::from_utf8_lossy(&rest[..rest.len().min(32)]).into_owned()
        };
        crate::log_error!(
            "{} - Client parser ERROR: {} proto='{:?}...'",
            self.log_prefix(),
            err,
            snippet
        );
        if let Some(text) = err.wire_text() {
            self.send_err(text);
        }
        match err {
            ProtoError::MaxPayload { .. } => CloseReason::MaxPayloadExceeded,
            ProtoError::MaxControlLine => CloseReason::MaxControlLineExceeded,
            ProtoError::BadArgs { .. } => CloseReason::ProtocolViolation,
            ProtoError::UnknownOp | ProtoError::BadPayloadEnd | ProtoError::PeerErr(_) => {
                CloseReason::ParseError
            }
        }
    }

    fn handle(&mut self, op: ClientOpRef<'_>) -> Result<(), CloseReason> {
        if self.trace {
            self.trace_in(&op);
        }
        if !self.authed && !matches!(op, ClientOpRef::Connect(_)) {
            // Only CONNECT may come first on a server that wants credentials, unless a
            // no_auth_user admits clients that skip it (upstream's parser, telnet demos).
            match self
                .server
                .auth()
                .authenticator
                .admit_without_connect(self.conn_type)
            {
                Some(user) => self.bind_user(user)?,
                None => return Err(self.auth_violation()),
            }
        }
        match op {
            ClientOpRef::Pub(p) => {
                if p.hdr_len > 0 && (!self.opts.headers || self.no_header_support) {
                    crate::log_error!("{} - message headers not supported", self.log_prefix());
                    return Err(CloseReason::MessageHeaderViolation);
                }
                // Permissions first (a denied PUB gets its -ERR instead of +OK); then upstream
                // acknowledges the PUB before delivering it (a self-delivery follows the +OK).
                if self.perms.is_some() && !self.may_publish(p.subject) {
                    self.in_msgs += 1;
                    self.in_bytes += p.payload.len() as u64;
                    self.publish_violation(p.subject);
                    if p.hdr_len > 0 && crate::msgtrace::may_trace(p.headers()) {
                        self.trace_refused(&p);
                    }
                    return Ok(());
                }
                self.ok();
                if p.hdr_len > 0 && crate::msgtrace::may_trace(p.headers()) {
                    self.publish_traced(&p);
                } else {
                    self.publish(&p);
                }
            }
            ClientOpRef::Sub {
                subject,
                queue,
                sid,
            } => {
                self.subscribe(subject, queue, sid)?;
            }
            ClientOpRef::Unsub { sid, max } => {
                self.unsubscribe(sid, max);
                self.ok();
            }
            ClientOpRef::Ping => {
                self.send_proto(b"PONG\r\n", "PONG");
                if self.connected && !self.sent_connect_info && self.opts.protocol >= 1 {
                    // nats-server follows the first PONG after CONNECT with an INFO that
                    // confirms the connection's account (`connect_info`).
                    self.sent_connect_info = true;
                    let info = self.server.connect_info_json(
                        self.shared.cid,
                        self.shared.peer,
                        self.account.name(),
                    );
                    self.send_proto(&info, "INFO");
                }
            }
            ClientOpRef::Pong => {
                self.pings_out = 0;
                if let Some(at) = self.ping_sent_at.take() {
                    self.shared
                        .rtt_us
                        .store(at.elapsed().as_micros() as u64, Ordering::Relaxed);
                }
            }
            ClientOpRef::Connect(json) => self.connect(json)?,
            // nats-server ignores INFO and +OK from clients.
            ClientOpRef::Info(_) | ClientOpRef::Ok => {}
        }
        Ok(())
    }

    fn connect(&mut self, json: &[u8]) -> Result<(), CloseReason> {
        let mut info: ConnectInfo = match serde_json::from_slice(json) {
            Ok(info) => info,
            Err(e) => {
                crate::log_error!("{} - {}", self.log_prefix(), e);
                return Err(CloseReason::ProtocolViolation);
            }
        };
        if info.protocol < 0 || info.protocol > 1 {
            self.send_err("invalid client protocol");
            crate::log_error!("{} - invalid client protocol", self.log_prefix());
            return Err(CloseReason::BadClientProtocolVersion);
        }
        if info.no_responders && !info.headers {
            self.send_err("no responders requires headers support");
            crate::log_error!(
                "{} - no responders requires headers support",
                self.log_prefix()
            );
            return Err(CloseReason::NoRespondersRequiresHeaders);
        }
        if !self.authed {
            let result = self.authenticate(&mut info);
            match result {
                Ok(user) => {
                    self.opts.name = info.name.clone();
                    self.opts.lang = info.lang.clone();
                    self.opts.version = info.version.clone();
                    let shown = user.authorized_user(&info).to_string();
                    self.bind_user(user)?;
                    self.shared
                        .meta
                        .lock()
                        .unwrap_or_else(|e| e.into_inner())
                        .user = shown;
                }
                Err(failure) => {
                    self.opts.lang = info.lang.clone();
                    self.opts.version = info.version.clone();
                    self.connected = true;
                    match info.user.as_deref().or(info.nkey.as_deref()) {
                        Some(u) => crate::log_error!(
                            "{} - authentication error - User {:?}",
                            self.log_prefix(),
                            u
                        ),
                        None => crate::log_error!("{} - authentication error", self.log_prefix()),
                    }
                    crate::log_debug!("{} - {}", self.log_prefix(), failure);
                    return Err(self.auth_violation());
                }
            }
        }
        self.shared
            .headers
            .store(info.headers && !self.no_header_support, Ordering::Relaxed);
        self.shared
            .async_info
            .store(info.protocol >= 1, Ordering::Relaxed);
        {
            let mut meta = self.shared.meta.lock().unwrap_or_else(|e| e.into_inner());
            meta.name = info.name.clone().unwrap_or_default();
            meta.lang = info.lang.clone();
            meta.version = info.version.clone();
        }
        self.opts = info;
        self.connected = true;
        self.ok();
        if let Some(sys) = self.server.system_service() {
            sys.client_connect(&self.server, &self.shared);
        }
        Ok(())
    }

    /// `+OK` when the client asked for verbose mode.
    #[inline]
    fn ok(&mut self) {
        if self.opts.verbose {
            self.send_proto(b"+OK\r\n", "OK");
        }
    }

    fn send_proto(&mut self, bytes: &[u8], what: &str) {
        if self.trace {
            crate::log_trace!("{} - ->> [{}]", self.log_prefix(), what);
        }
        let me = self.shared.clone();
        let e = self.staging.buf_for(&me);
        e.buf.extend_from_slice(bytes);
    }

    /// Queues `-ERR 'text'` for this client.
    fn send_err(&mut self, text: &str) {
        let line = format!("-ERR '{text}'\r\n");
        self.send_proto(line.as_bytes(), &format!("-ERR '{text}'"));
    }

    fn subscribe(
        &mut self,
        subj: &[u8],
        queue: Option<&[u8]>,
        sid: &[u8],
    ) -> Result<(), CloseReason> {
        if !subject::is_valid_subject(subj) || queue.is_some_and(|q| !is_valid_queue(q)) {
            self.send_err("Invalid Subject");
            return Ok(());
        }
        if let Some(perms) = &self.perms {
            if !perms.can_subscribe(subj, queue) {
                let (subj_s, sid_s) = (
                    String::from_utf8_lossy(subj).into_owned(),
                    String::from_utf8_lossy(sid).into_owned(),
                );
                let user = self
                    .user
                    .as_ref()
                    .map(|u| u.name.clone())
                    .unwrap_or_default();
                match queue {
                    Some(q) => {
                        let q = String::from_utf8_lossy(q).into_owned();
                        crate::log_error!(
                            "{} - Subscription Violation - User {:?}, Subject {:?}, Queue: {:?}, SID {}",
                            self.log_prefix(), user, subj_s, q, sid_s
                        );
                        self.send_err(&format!(
                            "Permissions Violation for Subscription to {subj_s:?} using queue {q:?}"
                        ));
                    }
                    None => {
                        crate::log_error!(
                            "{} - Subscription Violation - User {:?}, Subject {:?}, SID {}",
                            self.log_prefix(),
                            user,
                            subj_s,
                            sid_s
                        );
                        self.send_err(&format!(
                            "Permissions Violation for Subscription to {subj_s:?}"
                        ));
                    }
                }
                return Ok(());
            }
        }
        let sub = {
            let mut subs = self.shared.subs();
            if subs.contains_key(sid) {
                // nats-server ignores a SUB that reuses a live sid.
                None
            } else {
                if self.max_subs > 0 && subs.len() >= self.max_subs {
                    drop(subs);
                    // Upstream refuses the SUB and keeps the connection.
                    crate::log_error!("{} - maximum subscriptions exceeded", self.log_prefix());
                    self.send_err("maximum subscriptions exceeded");
                    return Ok(());
                }
                let mut sub = Subscription::new(self.shared.clone(), subj, queue, sid);
                if let Some(perms) = self
                    .perms
                    .as_ref()
                    .filter(|p| p.subscription_needs_delivery_filter(subj, queue))
                {
                    sub.route = Some(Box::new(crate::router::SubRoute::Client {
                        import: None,
                        filter: None,
                        deny: Some(perms.clone()),
                    }));
                }
                let sub = Arc::new(sub);
                subs.insert(sid.into(), sub.clone());
                Some(sub)
            }
        };
        if let Some(sub) = sub {
            if self.account.sublist().insert(sub.clone()).is_err() {
                self.shared.subs().remove(sid);
                self.send_err("Invalid Subject");
                return Ok(());
            }
            self.add_shadows(&sub);
        }
        self.ok();
        Ok(())
    }

    /// Subscribes in every exporting account whose stream import this subscription can see.
    fn add_shadows(&mut self, sub: &Arc<Subscription>) {
        let imports = self.account.imports();
        if imports.streams.is_empty() {
            return;
        }
        let deny = self.perms.as_ref().filter(|p| p.has_delivery_filter());
        let mut shadows = Vec::new();
        for im in &imports.streams {
            let Some((subject, check)) = im.shadow_subject(&sub.subject) else {
                continue;
            };
            let mut shadow = Subscription::new(
                self.shared.clone(),
                &subject,
                sub.queue.as_deref(),
                &sub.sid,
            );
            shadow.route = Some(Box::new(crate::router::SubRoute::Client {
                import: Some(im.clone()),
                filter: check.then(|| sub.subject.clone()),
                deny: deny.cloned(),
            }));
            let shadow = Arc::new(shadow);
            if im.from.sublist().insert(shadow.clone()).is_ok() {
                shadows.push((im.from.clone(), shadow));
            }
        }
        if !shadows.is_empty() {
            self.shadows.insert(sub.sid.clone(), shadows);
        }
    }

    /// Removes the shadows of subscription `sid`.
    fn remove_shadows(&mut self, sid: &[u8]) {
        if let Some(shadows) = self.shadows.remove(sid) {
            for (acc, s) in shadows {
                s.closed.store(true, Ordering::Release);
                acc.sublist().remove(&s);
            }
        }
    }

    /// Counts the connection in its account; false when the account is full.
    fn count_in_account(&mut self) -> bool {
        if self.counted {
            return true;
        }
        self.counted = self.account.add_connection();
        if self.counted && self.shared.kind == ConnKind::Client {
            self.shared
                .outbound
                .set_account_totals(Some(self.account.stats.out.clone()));
        }
        self.counted
    }

    /// `-ERR 'Authorization Violation'`; the connection closes.
    fn auth_violation(&mut self) -> CloseReason {
        self.send_err("Authorization Violation");
        CloseReason::AuthenticationViolation
    }

    /// Binds the connection to an authenticated user: its account, limits and permissions.
    /// Decides who the client is: a WebSocket client's cookies fill what its CONNECT left
    /// out and the `websocket { authorization }` override decides alone when set; a TLS
    /// client under `verify_and_map` is the user its certificate names; everyone else goes
    /// to the configured authenticator.
    fn authenticate(
        &self,
        info: &mut ConnectInfo,
    ) -> Result<crate::auth::authn::AuthedUser, crate::auth::authn::AuthFailure> {
        use crate::auth::authn::{AuthFailure, AuthMethod, AuthedUser};
        let auth = self.server.auth();
        if let Some(ws) = &self.ws {
            let (up, opts) = &**ws;
            let wo = &opts.websocket;
            if info.user.is_none() && info.pass.is_none() {
                info.user = up.cookie_user.clone();
                info.pass = up.cookie_pass.clone();
            }
            if info.auth_token.is_none() {
                info.auth_token = up.cookie_token.clone();
            }
            if info.jwt.is_none() {
                info.jwt = up.cookie_jwt.clone();
            }
            if wo.auth_override() {
                return wo.check_override(info).map(|method| AuthedUser {
                    name: if method == AuthMethod::Password {
                        info.user.clone().unwrap_or_default()
                    } else {
                        String::new()
                    },
                    method,
                    ..AuthedUser::global()
                });
            }
            let no_creds = info.user.is_none()
                && info.pass.is_none()
                && info.auth_token.is_none()
                && info.nkey.is_none()
                && info.jwt.is_none();
            if let (true, Some(name)) = (no_creds, wo.no_auth_user.as_deref()) {
                return auth
                    .authenticator
                    .admit_named(name, self.conn_type)
                    .unwrap_or_else(|| {
                        Err(AuthFailure::UnknownUser {
                            user: name.to_string(),
                        })
                    });
            }
        }
        if let Some(names) = self.tls_map.as_deref() {
            if auth.authenticator.required() {
                return auth
                    .authenticator
                    .authenticate_mapped(names, self.conn_type);
            }
        }
        let nonce = self.nonce.as_deref().map(str::as_bytes);
        let result = auth.authenticator.authenticate(info, nonce, self.conn_type);
        // Operator mode: an account nobody asked for yet is looked up in the resolver.
        if let Err(AuthFailure::UnknownAccount { account }) = &result {
            if self.server.resolver_fetch(account) {
                return self
                    .server
                    .auth()
                    .authenticator
                    .authenticate(info, nonce, self.conn_type);
            }
        }
        result
    }

    fn bind_user(&mut self, user: crate::auth::authn::AuthedUser) -> Result<(), CloseReason> {
        let Some(account) = self.server.account(&user.account) else {
            crate::log_error!(
                "{} - account {:?} of the authenticated user does not exist",
                self.log_prefix(),
                user.account
            );
            return Err(self.auth_violation());
        };
        let perms = match user
            .permissions
            .as_ref()
            .map(crate::auth::perms::Permissions::compile)
        {
            None => None,
            Some(Ok(p)) => Some(Arc::new(p)),
            Some(Err(e)) => {
                crate::log_error!("{} - permissions of the user: {e}", self.log_prefix());
                return Err(self.auth_violation());
            }
        };
        if self.counted && !Arc::ptr_eq(&self.account, &account) {
            self.account.remove_connection();
            self.counted = false;
        }
        self.account = account;
        self.authed = true;
        self.auth_deadline = None;
        if !self.count_in_account() {
            self.send_err("maximum account active connections exceeded");
            return Err(CloseReason::MaxAccountConnectionsExceeded);
        }
        let opts = self.server.options();
        let limits = &self.account.limits;
        self.limits.max_payload = limits
            .max_payload()
            .map_or(opts.max_payload, |m| m.min(opts.max_payload));
        self.max_subs = match (limits.max_subscriptions(), opts.max_subscriptions) {
            (Some(a), 0) => a,
            (Some(a), s) => a.min(s),
            (None, s) => s,
        };
        // Operator mode: the user JWT's source networks and its own payload/subs limits.
        self.jwt_expiry = None;
        if let Some(id) = &user.jwt {
            // The JWT's expiry, or the end of its `times` window if sooner.
            let ends = [id.expires, id.window_end]
                .into_iter()
                .filter(|t| *t > 0)
                .min()
                .unwrap_or(0);
            self.jwt_expiry_text = "User Authentication Expired";
            let ends = if id.account_expires > 0 && (ends == 0 || id.account_expires < ends) {
                self.jwt_expiry_text = "Account Authentication Expired";
                id.account_expires
            } else {
                ends
            };
            if ends > 0 {
                let left = ends.saturating_sub(rnats_proto::jwt::unix_now()).max(0);
                self.jwt_expiry =
                    Some(tokio::time::Instant::now() + Duration::from_secs(left.unsigned_abs()));
            }
            if !id.allows_peer(self.shared.peer.ip()) {
                crate::log_error!(
                    "{} - user {} not allowed from {}",
                    self.log_prefix(),
                    user.name,
                    self.shared.peer.ip()
                );
                return Err(self.auth_violation());
            }
            if let Ok(p) = usize::try_from(id.max_payload) {
                if p > 0 {
                    self.limits.max_payload = self.limits.max_payload.min(p);
                }
            }
            if let Ok(n) = usize::try_from(id.max_subs) {
                if n > 0 {
                    self.max_subs = if self.max_subs == 0 {
                        n
                    } else {
                        self.max_subs.min(n)
                    };
                }
            }
            // Upstream `applyAccountLimits`: a connection at or over its subscription limit
            // (also after an account update lowered it; `subs: 0` in the user JWT allows none)
            // is told and closed.
            let subs_now = self.shared.subs().len();
            if id.max_subs == 0 || (self.max_subs > 0 && subs_now >= self.max_subs) {
                crate::log_error!("{} - maximum subscriptions exceeded", self.log_prefix());
                self.send_err("maximum subscriptions exceeded");
                return Err(CloseReason::MaxSubscriptionsExceeded);
            }
        }
        if let Some(resp) = perms.as_ref().and_then(|p| p.responses()) {
            let permits = crate::auth::perms::ReplyPermits::new(resp.clone());
            let _ = self.shared.replies.set(Box::new(Mutex::new(permits)));
        }
        self.perms = perms;
        {
            let mut meta = self.shared.meta.lock().unwrap_or_else(|e| e.into_inner());
            meta.account = self.account.name_arc();
            meta.user = user.name.clone();
            meta.permissions = user.permissions.clone().map(Arc::new);
            meta.jwt = user.jwt.clone();
        }
        self.user = Some(Box::new(user));
        Ok(())
    }

    /// After a reload: a connection whose user is gone, whose credentials changed or whose
    /// account changed is closed with `Authorization Violation` (upstream
    /// `reloadAuthorization`); otherwise its new permissions and limits apply.
    fn reauthenticate(&mut self) -> Result<(), CloseReason> {
        if !self.authed {
            return Ok(());
        }
        let auth = self.server.auth();
        let result = if !auth.authenticator.required() {
            Ok(crate::auth::authn::AuthedUser::global())
        } else if !self.connected {
            auth.authenticator
                .admit_without_connect(self.conn_type)
                .ok_or(crate::auth::authn::AuthFailure::NoCredentials)
        } else {
            let nonce = self.nonce.as_deref().map(str::as_bytes);
            auth.authenticator
                .authenticate(&self.opts, nonce, self.conn_type)
        };
        match result {
            Ok(user) if user.account == self.account.name() => {
                crate::log_debug!(
                    "{} - credentials still valid after reload",
                    self.log_prefix()
                );
                self.bind_user(user)?;
                self.drop_denied_subs();
                Ok(())
            }
            Err(crate::auth::authn::AuthFailure::Revoked { .. }) => {
                // Upstream `updateAccountClaimsWithRefresh`.
                self.send_err("User Authentication Revoked");
                crate::log_debug!("{} - User Authentication Revoked", self.log_prefix());
                Err(CloseReason::Revocation)
            }
            Err(crate::auth::authn::AuthFailure::UnknownAccount { .. }) => {
                // The account was deleted (upstream `removeCb` → `expiredTimeout`).
                self.send_err("Account Authentication Expired");
                Err(CloseReason::AuthenticationExpired)
            }
            Ok(_) | Err(_) => {
                // Upstream closes such a connection without a -ERR.
                crate::log_debug!(
                    "{} - credentials no longer valid after reload",
                    self.log_prefix()
                );
                Err(CloseReason::AuthenticationViolation)
            }
        }
    }

    /// After a reload changed the permissions: unsubscribes what the user may no longer
    /// subscribe to, telling the client (upstream `processSubsOnConfigReload`).
    fn drop_denied_subs(&mut self) {
        let Some(perms) = self.perms.clone() else {
            return;
        };
        let denied: Vec<Arc<Subscription>> = self
            .shared
            .subs()
            .values()
            .filter(|s| !perms.can_subscribe(&s.subject, s.queue.as_deref()))
            .cloned()
            .collect();
        for sub in denied {
            self.shared.subs().remove(&sub.sid);
            sub.closed.store(true, Ordering::Release);
            self.account.sublist().remove(&sub);
            self.remove_shadows(&sub.sid);
            let subject = String::from_utf8_lossy(&sub.subject).into_owned();
            let sid = String::from_utf8_lossy(&sub.sid).into_owned();
            let user = self
                .user
                .as_ref()
                .map(|u| u.name.clone())
                .unwrap_or_default();
            crate::log_info!(
                "Removed sub {subject:?} (sid {sid:?}) for User {user:?} - not authorized"
            );
            self.send_err(&format!(
                "Permissions Violation for Subscription to {subject:?} (sid {sid:?})"
            ));
        }
    }

    /// Whether this connection may publish to `subject` (permissions, then the reply
    /// subjects `allow_responses` opened).
    fn may_publish(&mut self, subject: &[u8]) -> bool {
        let Some(perms) = &self.perms else {
            return true;
        };
        let cache = self.pub_cache.get_or_insert_with(Box::default);
        if !perms.restricts_publish() || cache.check(perms, subject) {
            return true;
        }
        match self.shared.replies.get() {
            Some(r) => r
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .try_use(subject, Instant::now()),
            None => false,
        }
    }

    fn publish_violation(&mut self, subject: &[u8]) {
        let s = String::from_utf8_lossy(subject).into_owned();
        let user = self
            .user
            .as_ref()
            .map(|u| u.name.clone())
            .unwrap_or_default();
        crate::log_error!(
            "{} - Publish Violation - User {:?}, Subject {:?}",
            self.log_prefix(),
            user,
            s
        );
        self.send_err(&format!("Permissions Violation for Publish to {s:?}"));
    }

    fn unsubscribe(&mut self, sid: &[u8], max: Option<u64>) {
        let mut subs = self.shared.subs();
        let Some(sub) = subs.get(sid).cloned() else {
            return;
        };
        if let Some(max) = max.filter(|&m| m > 0) {
            if sub.delivered.load(Ordering::Acquire) < max {
                sub.max.store(max, Ordering::Release);
                drop(subs);
                // Stream-import shadows stop after as many (each counts its own, as upstream's
                // copies of the subscription do).
                for (_, shadow) in self.shadows.get(sid).into_iter().flatten() {
                    shadow.max.store(max, Ordering::Release);
                }
                return;
            }
        }
        subs.remove(sid);
        drop(subs);
        sub.closed.store(true, Ordering::Release);
        self.account.sublist().remove(&sub);
        self.remove_shadows(sid);
    }

    /// Routes one published message to every matching subscription.
    #[inline]
    fn publish(&mut self, p: &PubRef<'_>) {
        self.in_msgs += 1;
        self.in_bytes += p.payload.len() as u64;
        if self.opts.pedantic && !subject::is_valid_publish_subject(p.subject) {
            // nats-server 2.14 reports this in pedantic mode and still routes the message.
            self.send_err("Invalid Publish Subject");
        }
        if self.account.has_mappings() {
            if let Some(mapped) = self.account.map_subject(p.subject) {
                if mapped.is_empty() {
                    // A weighted mapping's dropped share (upstream maps it to no subject).
                    return;
                }
                let p = PubRef {
                    subject: &mapped,
                    ..*p
                };
                return self.route(&p);
            }
        }
        self.route(p);
    }

    /// The trace of a message that asks for one, or what to do instead (msgtrace.rs).
    /// A destination the connection may not publish to is a publish violation when `report`
    /// (nats-server `allowedMsgTraceDest`).
    #[cold]
    fn begin_trace(&mut self, p: &PubRef<'_>, report: bool) -> crate::msgtrace::Begin {
        let name = self.opts.name.clone().unwrap_or_default();
        let account = self.account.clone();
        let publisher = crate::msgtrace::Publisher {
            cid: self.shared.cid,
            name: &name,
            account: account.name(),
        };
        match crate::msgtrace::begin(p, &publisher, |dest| self.may_publish(dest)) {
            Ok(b) => b,
            Err(dest) => {
                if report {
                    self.publish_violation(dest.as_bytes());
                }
                crate::msgtrace::Begin::Skip
            }
        }
    }

    /// A traced message refused by the publish permissions: the event says why.
    #[cold]
    fn trace_refused(&mut self, p: &PubRef<'_>) {
        if let crate::msgtrace::Begin::Traced(mut t) = self.begin_trace(p, false) {
            t.set_ingress_error(format!(
                "Permissions Violation for Publish to {:?}",
                String::from_utf8_lossy(p.subject)
            ));
            t.send(&self.server, &self.account, &mut self.staging);
        }
    }

    /// [`Conn::publish`] for a message with trace headers (nats-server `initMsgTrace`).
    #[cold]
    fn publish_traced(&mut self, p: &PubRef<'_>) {
        let mut t = match self.begin_trace(p, true) {
            crate::msgtrace::Begin::Untraced => return self.publish(p),
            crate::msgtrace::Begin::Skip => {
                self.in_msgs += 1;
                self.in_bytes += p.payload.len() as u64;
                return;
            }
            crate::msgtrace::Begin::Traced(t) => t,
        };
        self.in_msgs += 1;
        self.in_bytes += p.payload.len() as u64;
        if self.opts.pedantic && !subject::is_valid_publish_subject(p.subject) {
            self.send_err("Invalid Publish Subject");
        }
        let mapped = if self.account.has_mappings() {
            self.account.map_subject(p.subject)
        } else {
            None
        };
        if let Some(m) = &mapped {
            t.mapped(m);
        }
        let subject = mapped.as_deref().unwrap_or(p.subject);
        if !subject.is_empty() {
            let p = PubRef { subject, ..*p };
            let account = self.account.clone();
            let result = account.sublist().matches(subject);
            let delivered = crate::msgtrace::deliver_all(
                &mut self.staging,
                &account,
                self.shared.cid,
                self.opts.echo,
                &result,
                &p,
                &mut t,
            );
            if !delivered && self.opts.no_responders {
                if let Some(reply) = p.reply {
                    self.no_responders(p.subject, reply);
                }
            }
        }
        t.send(&self.server, &self.account, &mut self.staging);
    }

    /// Delivers a published message in the connection's account.
    #[inline]
    fn route(&mut self, p: &PubRef<'_>) {
        // Split borrows: the cached result stays borrowed (no refcount traffic) while the
        // staging buffers are written.
        let Conn {
            account,
            shared,
            cache,
            staging,
            opts,
            ..
        } = self;
        let result = cache.get(account.sublist(), p.subject);
        let delivered = deliver_all(staging, account, shared.cid, opts.echo, result, p);
        if !delivered && self.opts.no_responders {
            if let Some(reply) = p.reply {
                self.no_responders(p.subject, reply);
            }
        }
    }

    /// Sends `NATS/1.0 503` to the requester's own subscription on `reply`.
    fn no_responders(&mut self, subject_: &[u8], reply: &[u8]) {
        let own = {
            let subs = self.shared.subs();
            subs.values()
                .find(|s| !s.closed.load(Ordering::Relaxed) && subject::matches(&s.subject, reply))
                .cloned()
        };
        let Some(sub) = own else {
            return;
        };
        self.scratch.clear();
        self.scratch
            .extend_from_slice(b"NATS/1.0 503\r\nNats-Subject: ");
        self.scratch.extend_from_slice(subject_);
        self.scratch.extend_from_slice(b"\r\n\r\n");
        let hdr = self.scratch.split().freeze();
        let mut hdr_digits = encode::DigitBuf::default();
        let digits = encode::fmt_u64(hdr.len() as u64, &mut hdr_digits);
        let status = PubRef {
            subject: reply,
            reply: None,
            hdr_len: hdr.len(),
            payload: &hdr,
            hdr_digits: digits,
            size_digits: digits,
        };
        deliver(&mut self.staging, &self.account, &sub, &status);
    }

    fn trace_in(&self, op: &ClientOpRef<'_>) {
        let text = match op {
            ClientOpRef::Pub(p) => {
                let mut s = String::from(if p.hdr_len > 0 { "HPUB " } else { "PUB " });
                s.push_str(&String::from_utf8_lossy(p.subject));
                if let Some(r) = p.reply {
                    s.push(' ');
                    s.push_str(&String::from_utf8_lossy(r));
                }
                if p.hdr_len > 0 {
                    s.push(' ');
                    s.push_str(&String::from_utf8_lossy(p.hdr_digits));
                }
                s.push(' ');
                s.push_str(&String::from_utf8_lossy(p.size_digits));
                s
            }
            ClientOpRef::Sub {
                subject,
                queue,
                sid,
            } => match queue {
                Some(q) => format!(
                    "SUB {} {} {}",
                    String::from_utf8_lossy(subject),
                    String::from_utf8_lossy(q),
                    String::from_utf8_lossy(sid)
                ),
                None => format!(
                    "SUB {} {}",
                    String::from_utf8_lossy(subject),
                    String::from_utf8_lossy(sid)
                ),
            },
            ClientOpRef::Unsub { sid, max } => match max {
                Some(m) => format!("UNSUB {} {m}", String::from_utf8_lossy(sid)),
                None => format!("UNSUB {}", String::from_utf8_lossy(sid)),
            },
            ClientOpRef::Ping => "PING".to_string(),
            ClientOpRef::Pong => "PONG".to_string(),
            ClientOpRef::Connect(j) => format!("CONNECT {}", redact_connect(j)),
            ClientOpRef::Info(j) => format!("INFO {}", String::from_utf8_lossy(j)),
            ClientOpRef::Ok => "+OK".to_string(),
        };
        crate::log_trace!("{} - <<- [{}]", self.log_prefix(), text);
        if let ClientOpRef::Pub(p) = op {
            // nats-server traces the payload on its own line, cut at max_traced_msg_len.
            let max = self.max_traced_msg_len;
            let (shown, cut) = if max > 0 && p.payload.len() > max {
                (&p.payload[..max], "...")
            } else {
                (p.payload, "")
            };
            crate::log_trace!(
                "{} - <<- MSG_PAYLOAD: [{:?}{}]",
                self.log_prefix(),
                String::from_utf8_lossy(shown),
                cut
            );
        }
    }

    /// `HOST:PORT - cid:N`, plus `- "vVERSION:LANG[:NAME]"` once CONNECT was seen: the prefix
    /// nats-server puts on a client's log lines.
    /// This connection's first INFO (the WebSocket listener's own for WebSocket clients).
    fn info_line(&self) -> Vec<u8> {
        let nonce = self.nonce.as_deref();
        if self.ws.is_some() {
            self.server
                .ws_client_info_json(self.shared.cid, self.shared.peer, nonce)
        } else {
            self.server
                .client_info_json(self.shared.cid, self.shared.peer, nonce)
        }
    }

    fn log_prefix(&self) -> String {
        let mut s = format!("{} - cid:{}", self.shared.peer, self.shared.cid);
        if self.connected {
            s.push_str(&format!(" - \"v{}:{}", self.opts.version, self.opts.lang));
            if let Some(n) = &self.opts.name {
                s.push(':');
                s.push_str(n);
            }
            s.push('"');
        }
        s
    }

    /// Tears the connection down: remove its interest, flush a last error, close the socket,
    /// record it for `/connz?state=closed`.
    async fn close(&mut self, reason: CloseReason, io: &mut ConnIo) {
        self.staging.flush();
        let subs: Vec<Arc<Subscription>> = self.shared.subs().drain().map(|(_, s)| s).collect();
        for s in &subs {
            s.closed.store(true, Ordering::Release);
        }
        if !subs.is_empty() {
            self.account.sublist().remove_batch(&subs);
        }
        for (acc, s) in std::mem::take(&mut self.shadows).into_values().flatten() {
            s.closed.store(true, Ordering::Release);
            acc.sublist().remove(&s);
        }
        if self.counted {
            self.account.remove_connection();
            self.counted = false;
        }
        // Give a final -ERR a short chance to leave, then stop accepting bytes.
        if reason != CloseReason::ClientClosed && reason != CloseReason::WriteError {
            let until = tokio::time::Instant::now() + Duration::from_millis(200);
            match io {
                ConnIo::Tcp(stream) => {
                    while self.shared.outbound.try_flush() == Flush::Blocked {
                        if tokio::time::timeout_at(until, stream.writable())
                            .await
                            .is_err()
                        {
                            break;
                        }
                        self.shared.outbound.clear_blocked();
                    }
                }
                ConnIo::Task { .. } => {
                    // The writer task drains the queue; wait for it, briefly.
                    self.shared.outbound.try_flush();
                    while self.shared.outbound.pending() > 0
                        && !self.shared.outbound.is_closed()
                        && tokio::time::Instant::now() < until
                    {
                        tokio::time::sleep(Duration::from_millis(2)).await;
                    }
                }
            }
        }
        self.shared.outbound.close();
        io.finish(Duration::from_millis(500)).await;
        crate::log_debug!(
            "{} - Client connection closed: {}",
            self.log_prefix(),
            reason.as_str()
        );
        if self.connected && self.authed {
            if let Some(sys) = self.server.system_service() {
                sys.client_disconnect(&self.server, &self.shared, reason.as_str());
            }
        }
        self.server.unregister_client(&self.shared, reason, subs);
    }
}

/// A CONNECT's JSON for the trace log with its secrets (`pass`, `auth_token`) replaced by
/// `[REDACTED]`, as nats-server's `removeSecretsFromTrace` does. JSON that does not parse is not
/// shown at all: it might hold a secret the redaction cannot find.
fn redact_connect(json: &[u8]) -> String {
    match serde_json::from_slice::<serde_json::Map<String, serde_json::Value>>(json) {
        Ok(mut m) => {
            for key in ["pass", "auth_token"] {
                if let Some(v) = m.get_mut(key) {
                    *v = serde_json::Value::String("[REDACTED]".into());
                }
            }
            serde_json::Value::Object(m).to_string()
        }
        Err(_) => "[REDACTED]".to_string(),
    }
}

/// Queue group names follow the token rules (no whitespace).
fn is_valid_queue(q: &[u8]) -> bool {
    !q.is_empty() && !q.iter().any(|&b| matches!(b, b' ' | b'\t' | b'\r' | b'\n'))
}

async fn sleep_until_opt(deadline: Option<tokio::time::Instant>) {
    match deadline {
        Some(d) => tokio::time::sleep_until(d).await,
        None => std::future::pending().await,
    }
}

#[cfg(test)]
mod tests {
    //! In-process tests: a real server on 127.0.0.1:0 spoken to over raw sockets.
    use super::*;
    use crate::options::Options;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    async fn start(opts: Options) -> Arc<Server> {
        let server = Server::new(Options {
            host: "127.0.0.1".into(),
            port: -1,
            ..opts
        })
        .expect("server");
        server.start().await.expect("start");
        server
    }

    struct Raw(TcpStream, Vec<u8>);

    impl Raw {
        async fn connect(server: &Server) -> Raw {
            let addr = server.client_addr().expect("addr");
            let mut raw = Raw(TcpStream::connect(addr).await.expect("connect"), Vec::new());
            raw.read_until("\r\n").await;
            raw
        }
        async fn send(&mut self, b: &str) {
            self.0.write_all(b.as_bytes()).await.expect("write");
        }
        /// Reads until `pat` has been seen; returns everything read up to and including it.
        async fn read_until(&mut self, pat: &str) -> String {
            let deadline = tokio::time::Instant::now() + Duration::from_secs(5);
            loop {
                if let Some(i) = find(&self.1, pat.as_bytes()) {
                    let out: Vec<u8> = self.1.drain(..i + pat.len()).collect();
                    return String::from_utf8_lossy(&out).into_owned();
                }
                let mut chunk = [0u8; 65536];
                let n = tokio::time::timeout_at(deadline, self.0.read(&mut chunk))
                    .await
                    .unwrap_or_else(|_| {
                        panic!(
                            "timeout waiting for {pat:?}, have {:?}",
                            String::from_utf8_lossy(&self.1)
                        )
                    })
                    .expect("read");
                if n == 0 {
                    self.1.extend_from_slice(b"<EOF>");
                    if pat == "<EOF>" {
                        continue;
                    }
                    panic!(
                        "EOF waiting for {pat:?}, have {:?}",
                        String::from_utf8_lossy(&self.1)
                    );
                }
                self.1.extend_from_slice(&chunk[..n]);
            }
        }
    }

    fn find(h: &[u8], n: &[u8]) -> Option<usize> {
        h.windows(n.len()).position(|w| w == n)
    }

    #[tokio::test]
    async fn pub_sub_queue_and_request() {
        let server = start(Options::default()).await;
        let mut sub = Raw::connect(&server).await;
        sub.send("CONNECT {\"verbose\":true,\"headers\":true,\"no_responders\":true}\r\nSUB foo.* 1\r\nSUB foo.bar q 2\r\nSUB foo.bar q 3\r\nPING\r\n").await;
        assert_eq!(
            sub.read_until("PONG\r\n").await,
            "+OK\r\n+OK\r\n+OK\r\n+OK\r\nPONG\r\n"
        );
        let mut publ = Raw::connect(&server).await;
        publ.send("CONNECT {\"headers\":true}\r\nPUB foo.bar 5\r\nhello\r\nHPUB foo.bar r 12 14\r\nNATS/1.0\r\n\r\nhi\r\nPING\r\n").await;
        publ.read_until("PONG\r\n").await;
        let got = sub.read_until("NATS/1.0\r\n\r\nhi\r\n").await;
        let got = got + &sub.read_until("NATS/1.0\r\n\r\nhi\r\n").await;
        assert!(got.starts_with("MSG foo.bar 1 5\r\nhello\r\n"), "{got}");
        // One member of the queue group got each message, and the plain sub got both.
        assert_eq!(got.matches("HMSG foo.bar ").count(), 2, "{got}");
        assert_eq!(got.matches("foo.bar 1 ").count(), 2, "{got}");
        // No responders: HMSG 503 on the requester's reply subscription.
        sub.send("SUB inbox.1 9\r\nPUB nobody inbox.1 0\r\n\r\nPING\r\n")
            .await;
        let got = sub.read_until("PONG\r\n").await;
        assert!(
            got.contains(
                "HMSG inbox.1 9 38 38\r\nNATS/1.0 503\r\nNats-Subject: nobody\r\n\r\n\r\n"
            ),
            "{got}"
        );
        server.shutdown();
    }

    #[tokio::test]
    async fn auto_unsubscribe_and_errors() {
        let server = start(Options {
            max_payload: 8,
            ..Options::default()
        })
        .await;
        let mut c = Raw::connect(&server).await;
        c.send("CONNECT {\"verbose\":false}\r\nSUB a 1\r\nUNSUB 1 2\r\nPUB a 1\r\nx\r\nPUB a 1\r\ny\r\nPUB a 1\r\nz\r\nSUB a..b 2\r\nPING\r\n").await;
        let got = c.read_until("PONG\r\n").await;
        assert_eq!(
            got,
            "MSG a 1 1\r\nx\r\nMSG a 1 1\r\ny\r\n-ERR 'Invalid Subject'\r\nPONG\r\n"
        );
        c.send("PUB a 9\r\n").await;
        let got = c.read_until("<EOF>").await;
        assert_eq!(got, "-ERR 'Maximum Payload Violation'\r\n<EOF>");
        server.shutdown();
    }

    mod auth {
        //! Authentication, permissions and accounts through raw sockets, with the options set
        //! directly (the config file forms are tested in `config` and end to end).
        use super::*;
        use crate::auth::options::*;

        fn user(name: &str, account: Option<&str>, perms: Option<PermissionsConfig>) -> UserConfig {
            UserConfig {
                credential: Credential::Password {
                    user: name.into(),
                    password: format!("{name}-pw"),
                },
                account: account.map(Into::into),
                permissions: perms,
                allowed_connection_types: None,
            }
        }

        fn connect(name: &str) -> String {
            format!("CONNECT {{\"user\":\"{name}\",\"pass\":\"{name}-pw\",\"verbose\":false,\"headers\":true,\"no_responders\":true}}\r\n")
        }

        #[tokio::test]
        async fn token_and_wrong_credentials() {
            let server = start(Options {
                auth: AuthOptions {
                    token: Some("s3cr3t".into()),
                    ..Default::default()
                },
                ..Options::default()
            })
            .await;
            let mut ok = Raw::connect(&server).await;
            ok.send("CONNECT {\"auth_token\":\"s3cr3t\",\"verbose\":false}\r\nPING\r\n")
                .await;
            assert_eq!(ok.read_until("PONG\r\n").await, "PONG\r\n");
            let mut bad = Raw::connect(&server).await;
            bad.send("CONNECT {\"auth_token\":\"nope\"}\r\nPING\r\n")
                .await;
            assert_eq!(
                bad.read_until("<EOF>").await,
                "-ERR 'Authorization Violation'\r\n<EOF>"
            );
            let mut early = Raw::connect(&server).await;
            early.send("PING\r\n").await;
            assert_eq!(
                early.read_until("<EOF>").await,
                "-ERR 'Authorization Violation'\r\n<EOF>"
            );
            server.shutdown();
        }

        #[tokio::test]
        async fn permissions_and_account_isolation() {
            let perms = PermissionsConfig {
                publish: Some(SubjectPermission {
                    allow: Some(vec!["foo.>".into()]),
                    deny: Some(vec!["foo.secret".into()]),
                }),
                subscribe: Some(SubjectPermission {
                    allow: None,
                    deny: Some(vec!["foo.hidden".into()]),
                }),
                allow_responses: None,
            };
            let server = start(Options {
                auth: AuthOptions {
                    users: vec![
                        user("a", Some("A"), Some(perms)),
                        user("a2", Some("A"), None),
                        user("b", Some("B"), None),
                    ],
                    accounts: vec![
                        AccountConfig {
                            name: "A".into(),
                            ..Default::default()
                        },
                        AccountConfig {
                            name: "B".into(),
                            ..Default::default()
                        },
                    ],
                    ..Default::default()
                },
                ..Options::default()
            })
            .await;
            let mut b = Raw::connect(&server).await;
            b.send(&format!("{}SUB > 1\r\nPING\r\n", connect("b")))
                .await;
            b.read_until("PONG\r\n").await;
            let mut a2 = Raw::connect(&server).await;
            a2.send(&format!("{}SUB foo.* 1\r\nPING\r\n", connect("a2")))
                .await;
            a2.read_until("PONG\r\n").await;
            let mut a = Raw::connect(&server).await;
            a.send(&format!(
                "{}SUB foo.* 9\r\nPUB foo.secret 1\r\nx\r\nPUB bar 1\r\ny\r\nPUB foo.ok 1\r\nz\r\nPUB foo.hidden 1\r\nh\r\nPING\r\n",
                connect("a")
            ))
            .await;
            let got = a.read_until("PONG\r\n").await;
            assert!(
                got.contains("-ERR 'Permissions Violation for Publish to \"foo.secret\"'"),
                "{got}"
            );
            assert!(
                got.contains("-ERR 'Permissions Violation for Publish to \"bar\"'"),
                "{got}"
            );
            // The wildcard subscription overlapping the deny entry is accepted, but foo.hidden
            // is never delivered to it.
            assert!(got.contains("MSG foo.ok 9 1\r\nz\r\n"), "{got}");
            assert!(!got.contains("foo.hidden 9"), "{got}");
            a.send("SUB foo.hidden 10\r\nPING\r\n").await;
            let got = a.read_until("PONG\r\n").await;
            assert!(
                got.contains("-ERR 'Permissions Violation for Subscription to \"foo.hidden\"'"),
                "{got}"
            );
            // Same account: a2 sees what a may publish; B sees nothing of A.
            a2.send("PING\r\n").await;
            let got = a2.read_until("PONG\r\n").await;
            assert_eq!(
                got,
                "MSG foo.ok 1 1\r\nz\r\nMSG foo.hidden 1 1\r\nh\r\nPONG\r\n"
            );
            b.send("PUB foo.ok 1\r\nq\r\nPING\r\n").await;
            let got = b.read_until("PONG\r\n").await;
            assert_eq!(
                got, "MSG foo.ok 1 1\r\nq\r\nPONG\r\n",
                "B sees only its own"
            );
            a2.send("PING\r\n").await;
            assert_eq!(a2.read_until("PONG\r\n").await, "PONG\r\n");
            server.shutdown();
        }

        #[tokio::test]
        async fn stream_and_service_imports() {
            let export = |kind, subject: &str| ExportConfig {
                kind,
                subject: subject.into(),
                accounts: None,
                response_type: ResponseType::Singleton,
                response_threshold: None,
                account_token_position: None,
            };
            let server = start(Options {
                auth: AuthOptions {
                    users: vec![user("a", Some("A"), None), user("b", Some("B"), None)],
                    accounts: vec![
                        AccountConfig {
                            name: "A".into(),
                            exports: vec![
                                export(ExportKind::Stream, "events.>"),
                                export(ExportKind::Service, "svc.echo"),
                            ],
                            ..Default::default()
                        },
                        AccountConfig {
                            name: "B".into(),
                            imports: vec![
                                ImportConfig {
                                    kind: ExportKind::Stream,
                                    account: "A".into(),
                                    subject: "events.>".into(),
                                    prefix: Some("from_a".into()),
                                    to: None,
                                    share: false,
                                },
                                ImportConfig {
                                    kind: ExportKind::Service,
                                    account: "A".into(),
                                    subject: "svc.echo".into(),
                                    prefix: None,
                                    to: Some("echo".into()),
                                    share: false,
                                },
                            ],
                            ..Default::default()
                        },
                    ],
                    ..Default::default()
                },
                ..Options::default()
            })
            .await;
            // The system account's imports are subscriptions in A too.
            let base = server.account("A").expect("A").sublist().count();
            let mut a = Raw::connect(&server).await;
            a.send(&format!("{}SUB svc.echo 1\r\nPING\r\n", connect("a")))
                .await;
            a.read_until("PONG\r\n").await;
            let mut b = Raw::connect(&server).await;
            b.send(&format!(
                "{}SUB from_a.events.* 1\r\nSUB inbox.1 2\r\nPING\r\n",
                connect("b")
            ))
            .await;
            b.read_until("PONG\r\n").await;
            a.send("PUB events.x 2\r\nhi\r\nPING\r\n").await;
            a.read_until("PONG\r\n").await;
            assert_eq!(
                b.read_until("hi\r\n").await,
                "MSG from_a.events.x 1 2\r\nhi\r\n"
            );
            // A request from B reaches A's service with a rewritten reply, and the answer
            // comes back to B's inbox.
            b.send("PUB echo inbox.1 4\r\nping\r\n").await;
            let req = a.read_until("ping\r\n").await;
            assert!(req.starts_with("MSG svc.echo 1 _R_."), "{req}");
            let reply = req.split(' ').nth(3).expect("reply").to_string();
            a.send(&format!(
                "PUB {reply} 4\r\npong\r\nPUB {reply} 5\r\npong2\r\nPING\r\n"
            ))
            .await;
            a.read_until("PONG\r\n").await;
            assert_eq!(
                b.read_until("pong\r\n").await,
                "MSG inbox.1 2 4\r\npong\r\n"
            );
            // Singleton: the second response has no route back.
            b.send("PING\r\n").await;
            assert_eq!(b.read_until("PONG\r\n").await, "PONG\r\n");
            // No responder in A: B's requester gets its no-responders status.
            a.send("UNSUB 1\r\nPING\r\n").await;
            a.read_until("PONG\r\n").await;
            b.send("HPUB echo inbox.1 12 12\r\nNATS/1.0\r\n\r\n\r\nPING\r\n")
                .await;
            let got = b.read_until("PONG\r\n").await;
            assert!(got.contains("HMSG inbox.1 2 "), "{got}");
            assert!(got.contains("503"), "{got}");
            let acc_a = server.account("A").expect("A");
            assert_eq!(
                acc_a.sublist().count(),
                base + 1,
                "only B's shadow is left in A besides the system imports"
            );
            server.shutdown();
        }

        #[tokio::test]
        async fn user_info_and_connect_events() {
            let perms = PermissionsConfig {
                publish: Some(SubjectPermission {
                    allow: Some(vec!["$SYS.REQ.USER.INFO".into()]),
                    deny: None,
                }),
                subscribe: None,
                allow_responses: None,
            };
            let server = start(Options {
                auth: AuthOptions {
                    users: vec![
                        user("a", Some("A"), Some(perms)),
                        user("s", Some("SYS"), None),
                    ],
                    accounts: vec![
                        AccountConfig {
                            name: "A".into(),
                            ..Default::default()
                        },
                        AccountConfig {
                            name: "SYS".into(),
                            ..Default::default()
                        },
                    ],
                    system_account: Some("SYS".into()),
                    ..Default::default()
                },
                ..Options::default()
            })
            .await;
            let mut sys = Raw::connect(&server).await;
            sys.send(&format!(
                "{}SUB $SYS.ACCOUNT.*.CONNECT 1\r\nSUB $SYS.ACCOUNT.*.DISCONNECT 2\r\nPING\r\n",
                connect("s")
            ))
            .await;
            sys.read_until("PONG\r\n").await;
            let mut a = Raw::connect(&server).await;
            a.send(&format!(
                "{}SUB inbox 1\r\nPUB $SYS.REQ.USER.INFO inbox 0\r\n\r\nPING\r\n",
                connect("a")
            ))
            .await;
            let got = a.read_until("}}\r\n").await;
            assert!(got.contains("\"data\":{\"user\":\"a\",\"account\":\"A\",\"account_name\":\"A\",\"permissions\":{\"publish\":{\"allow\":[\"$SYS.REQ.USER.INFO\"]}}}"), "{got}");
            let ev = sys
                .read_until("\"kind\":\"Client\",\"client_type\":\"nats\"}}\r\n")
                .await;
            assert!(ev.contains("MSG $SYS.ACCOUNT.A.CONNECT 1 "), "{ev}");
            assert!(
                ev.contains("\"type\":\"io.nats.server.advisory.v1.client_connect\""),
                "{ev}"
            );
            assert!(ev.contains("\"acc\":\"A\",\"user\":\"a\""), "{ev}");
            drop(a);
            let ev = sys.read_until("\"reason\":\"Client Closed\"}\r\n").await;
            assert!(ev.contains("MSG $SYS.ACCOUNT.A.DISCONNECT 2 "), "{ev}");
            server.shutdown();
        }
    }
}
