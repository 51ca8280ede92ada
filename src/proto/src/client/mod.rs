//! The async NATS client every rnats tool uses (CLI commands, bench, top, JetStream code).
//!
//! [`connect`] dials the first server that answers and completes the handshake (INFO,
//! CONNECT with credentials, PING/PONG, so authentication errors surface here), then spawns one
//! connection task (`handler.rs`) that owns the socket. [`Client`] handles are cheap clones that
//! send commands to that task; [`Subscriber`]s receive messages from it over bounded channels.
//!
//! ```no_run
//! # async fn demo() -> Result<(), rnats_proto::client::ClientError> {
//! use rnats_proto::client::{connect, ConnectOptions};
//! let client = connect(ConnectOptions::with_server("nats://127.0.0.1:4222")).await?;
//! let mut sub = client.subscribe("greet.*").await?;
//! client.publish("greet.joe", "hello".into()).await?;
//! let msg = sub.next().await;
//! # Ok(()) }
//! ```
//!
//! Layout: [`options`] (options, URL parsing), [`auth`] (creds, nkeys, CONNECT body),
//! `transport.rs` (TCP/TLS and handshake), `handler.rs` (the connection task), [`error`].

pub mod auth;
pub mod error;
mod handler;
pub mod options;
mod transport;

/// The rustls client configuration of a set of options (CA file or system roots, client
/// certificate); also used by `rnats top` for HTTPS monitoring.
pub use transport::tls_config;

#[cfg(test)]
mod tests;

use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use tokio::sync::{broadcast, mpsc, oneshot};

pub use error::{ClientError, ConnectAttempt};
pub use options::{parse_server_list, ConnectOptions, Scheme, ServerAddr};

use handler::{check_publish, Command, Handler, Initial, ServerPool, Shared};

use crate::headers::HeaderMap;
use crate::info::ServerInfo;

/// How long [`Client::drain`] waits for the server to confirm (nats.go `DefaultDrainTimeout`).
pub const DRAIN_TIMEOUT: Duration = Duration::from_secs(30);
/// Capacity of the command channel between handles and the connection task.
const COMMAND_CAPACITY: usize = 8192;

/// Something that happened to the connection, from [`Client::events`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ClientEvent {
    /// The first connection is up.
    Connected,
    /// The connection was lost; the client is reconnecting (unless out of attempts).
    Disconnected,
    /// A connection is up again; subscriptions were re-sent.
    Reconnected,
    /// The server entered lame duck mode and will go away.
    LameDuck,
    /// The server sent `-ERR` (the text without quotes).
    ServerError(String),
    /// A subscriber's buffer was full and messages were dropped.
    SlowConsumer,
    /// A client-side problem that did not end the connection (e.g. an undecodable header
    /// block; that message was dropped).
    Error(String),
    /// The client is closed for good.
    Closed,
}

/// A received message.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    /// Subject it was published to.
    pub subject: String,
    /// Reply subject, if any.
    pub reply: Option<String>,
    /// Headers (from `HMSG`).
    pub headers: Option<HeaderMap>,
    /// Body.
    pub payload: Bytes,
    /// Size on the wire: header block plus body.
    pub length: usize,
}

/// The text of a subject token. A uniquely owned `Bytes` (what the parser hands over for
/// small messages) becomes the `String` without a copy.
fn bytes_to_string(b: Bytes) -> String {
    match String::from_utf8(Vec::from(b)) {
        Ok(s) => s,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    }
}

impl Message {
    pub(crate) fn from_wire(
        subject: Bytes,
        reply: Option<Bytes>,
        headers: Option<HeaderMap>,
        payload: Bytes,
    ) -> Message {
        let length = payload.len() + headers.as_ref().map_or(0, HeaderMap::encoded_len);
        Message {
            subject: bytes_to_string(subject),
            reply: reply.map(bytes_to_string),
            headers,
            payload,
            length,
        }
    }

    /// The inline status of the header block (`503` no responders, `408`, `100`, ...).
    pub fn status(&self) -> Option<u16> {
        self.headers.as_ref().and_then(HeaderMap::status)
    }

    /// The status description, if any.
    pub fn description(&self) -> Option<&str> {
        self.headers.as_ref().and_then(HeaderMap::description)
    }

    /// Whether this is a no-responders status (503 without a body).
    pub fn is_no_responders(&self) -> bool {
        self.status() == Some(503) && self.payload.is_empty()
    }
}

/// A connected client: a handle to the connection task. Cheap to clone, `Send + Sync`; the
/// connection closes when every handle and subscriber is dropped (or on [`Client::close`]).
#[derive(Clone)]
pub struct Client {
    sender: mpsc::Sender<Command>,
    shared: Arc<Shared>,
    opts: Arc<ConnectOptions>,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("connected_url", &self.connected_url())
            .finish()
    }
}

/// Connects to the first server of `opts` that accepts the handshake and starts the connection
/// task (on the current tokio runtime).
///
/// Fails with [`ClientError::Auth`] when a server rejected the credentials, otherwise with
/// [`ClientError::Connect`] listing every attempt, unless
/// [`ConnectOptions::retry_on_failed_connect`] is set: then the client is returned at once and
/// keeps trying in the background.
pub async fn connect(opts: ConnectOptions) -> Result<Client, ClientError> {
    let addrs = opts.server_addrs()?;
    let needs_tls = opts.wants_tls() || addrs.iter().any(|a| a.scheme == Scheme::Tls);
    // Built up front when the client asks for TLS (so bad files fail here); when only the
    // server demands it, the handshake builds it on demand.
    let tls = if needs_tls {
        Some(transport::tls_config(&opts)?)
    } else {
        None
    };
    let mut pool = ServerPool::new(addrs, !opts.no_randomize);
    let first = match handler::connect_initial(&mut pool, &opts, tls.as_ref()).await {
        Initial::Connected(est, addr) => Some((est, addr)),
        Initial::Failed(e) => {
            if !opts.retry_on_failed_connect
                || matches!(e, ClientError::Creds(_) | ClientError::Tls(_))
            {
                return Err(e);
            }
            None
        }
    };
    let opts = Arc::new(opts);
    let shared = Arc::new(Shared::new());
    let (sender, rx) = mpsc::channel(COMMAND_CAPACITY);
    let handler = Handler::new(Arc::clone(&opts), tls, Arc::clone(&shared), rx, pool);
    if let Some((est, _)) = &first {
        // Visible to the caller as soon as connect returns.
        shared.info.lock().map(|mut i| *i = est.info.clone()).ok();
        shared.max_payload.store(
            usize::try_from(est.info.max_payload).unwrap_or(0),
            Ordering::Relaxed,
        );
        if let Some((_, addr)) = &first {
            shared
                .connected_url
                .lock()
                .map(|mut u| *u = Some(addr.display_url()))
                .ok();
        }
        shared.connected_addr.lock().map(|mut a| *a = est.peer).ok();
        shared
            .state
            .store(handler::STATE_CONNECTED, Ordering::Release);
    }
    tokio::spawn(handler.run(first));
    Ok(Client {
        sender,
        shared,
        opts,
    })
}

/// A subject, reply or queue name must be non-empty and free of whitespace (it would split
/// the protocol line).
fn check_token(s: &str) -> Result<(), ClientError> {
    if s.is_empty()
        || s.bytes()
            .any(|b| b == b' ' || b == b'\t' || b == b'\r' || b == b'\n')
    {
        return Err(ClientError::InvalidSubject(s.to_owned()));
    }
    Ok(())
}

/// An upper bound of the encoded size of a `PUB`/`HPUB`: `HPUB <subject> <reply> <hdr>
/// <total>\r\n<size>\r\n`.
fn wire_estimate(subject: &str, reply: Option<&str>, size: usize) -> usize {
    subject.len() + reply.map_or(0, |r| r.len() + 1) + size + 48
}

impl Client {
    async fn send(&self, cmd: Command) -> Result<(), ClientError> {
        // The common case (room in the channel) without building the waiting future.
        match self.sender.try_send(cmd) {
            Ok(()) => Ok(()),
            Err(mpsc::error::TrySendError::Full(cmd)) => {
                self.sender.send(cmd).await.map_err(|_| ClientError::Closed)
            }
            Err(mpsc::error::TrySendError::Closed(_)) => Err(ClientError::Closed),
        }
    }

    async fn publish_inner(
        &self,
        subject: String,
        reply: Option<String>,
        headers: Option<HeaderMap>,
        payload: Bytes,
    ) -> Result<(), ClientError> {
        check_token(&subject)?;
        if let Some(r) = &reply {
            check_token(r)?;
        }
        let size = payload.len() + headers.as_ref().map_or(0, HeaderMap::encoded_len);
        let wire = wire_estimate(&subject, reply.as_deref(), size);
        check_publish(&self.shared, &self.opts, size, wire)?;
        self.send(Command::Publish {
            subject,
            reply,
            headers: headers.map(Box::new),
            payload,
        })
        .await
    }

    /// Publishes `payload` to `subject`. Returns once the message is queued for the connection
    /// (use [`Client::flush`] to know the server has it).
    pub async fn publish(
        &self,
        subject: impl Into<String>,
        payload: Bytes,
    ) -> Result<(), ClientError> {
        self.publish_inner(subject.into(), None, None, payload)
            .await
    }

    /// Publishes with headers (`HPUB`).
    pub async fn publish_with_headers(
        &self,
        subject: impl Into<String>,
        headers: HeaderMap,
        payload: Bytes,
    ) -> Result<(), ClientError> {
        self.publish_inner(subject.into(), None, Some(headers), payload)
            .await
    }

    /// Publishes with a reply subject and optional headers.
    pub async fn publish_with_reply(
        &self,
        subject: impl Into<String>,
        reply: impl Into<String>,
        headers: Option<HeaderMap>,
        payload: Bytes,
    ) -> Result<(), ClientError> {
        self.publish_inner(subject.into(), Some(reply.into()), headers, payload)
            .await
    }

    async fn subscribe_inner(
        &self,
        subject: String,
        queue: Option<String>,
    ) -> Result<Subscriber, ClientError> {
        if !crate::subject::is_valid_subject(subject.as_bytes()) {
            return Err(ClientError::InvalidSubject(subject));
        }
        if let Some(q) = &queue {
            check_token(q)?;
        }
        let sid = self.shared.next_sid.fetch_add(1, Ordering::Relaxed);
        let (tx, rx) = mpsc::channel(self.opts.subscription_capacity.max(1));
        self.send(Command::Subscribe {
            sid,
            subject: subject.clone(),
            queue,
            sender: tx,
        })
        .await?;
        Ok(Subscriber {
            sid,
            subject,
            rx,
            sender: self.sender.clone(),
            unsubscribed: false,
        })
    }

    /// Subscribes to `subject` (wildcards allowed).
    pub async fn subscribe(&self, subject: impl Into<String>) -> Result<Subscriber, ClientError> {
        self.subscribe_inner(subject.into(), None).await
    }

    /// Subscribes as a member of queue group `queue`.
    pub async fn queue_subscribe(
        &self,
        subject: impl Into<String>,
        queue: impl Into<String>,
    ) -> Result<Subscriber, ClientError> {
        self.subscribe_inner(subject.into(), Some(queue.into()))
            .await
    }

    /// Sends a request and waits for the first reply, up to the default request timeout.
    pub async fn request(
        &self,
        subject: impl Into<String>,
        payload: Bytes,
    ) -> Result<Message, ClientError> {
        self.request_with(subject, None, payload, self.opts.request_timeout)
            .await
    }

    /// Sends a request with optional headers and waits up to `timeout` for the first reply.
    /// All requests share one wildcard inbox subscription. A 503 status without body is
    /// [`ClientError::NoResponders`]; no reply in time is [`ClientError::Timeout`].
    pub async fn request_with(
        &self,
        subject: impl Into<String>,
        headers: Option<HeaderMap>,
        payload: Bytes,
        timeout: Duration,
    ) -> Result<Message, ClientError> {
        let subject = subject.into();
        check_token(&subject)?;
        let size = payload.len() + headers.as_ref().map_or(0, HeaderMap::encoded_len);
        // The reply subject is `<prefix>.<nuid>.<nuid>`.
        let reply_len = self.opts.inbox_prefix.len() + 2 * (crate::nuid::NUID_LEN + 1);
        let wire = wire_estimate(&subject, None, size) + reply_len + 1;
        check_publish(&self.shared, &self.opts, size, wire)?;
        let token = crate::nuid::next();
        let (respond, reply) = oneshot::channel();
        self.send(Command::Request {
            subject,
            headers: headers.map(Box::new),
            payload,
            token: token.clone(),
            respond,
        })
        .await?;
        match tokio::time::timeout(timeout, reply).await {
            Err(_) => {
                // Best effort: the task also prunes abandoned waiters on its PING tick.
                let _ = self.sender.try_send(Command::CancelRequest { token });
                Err(ClientError::Timeout)
            }
            Ok(Err(_)) => Err(ClientError::Closed),
            Ok(Ok(msg)) if msg.is_no_responders() => Err(ClientError::NoResponders),
            Ok(Ok(msg)) => Ok(msg),
        }
    }

    /// Sends PING and waits for the PONG: afterwards the server has processed every op sent
    /// before. While reconnecting, waits for the next connection.
    pub async fn flush(&self) -> Result<(), ClientError> {
        let (respond, done) = oneshot::channel();
        self.send(Command::Flush { respond }).await?;
        done.await.map_err(|_| ClientError::Closed)
    }

    /// Round-trip time of one PING/PONG.
    pub async fn rtt(&self) -> Result<Duration, ClientError> {
        let start = Instant::now();
        self.flush().await?;
        Ok(start.elapsed())
    }

    /// A new unique inbox subject: `<inbox_prefix>.<22-char nuid>`.
    pub fn new_inbox(&self) -> String {
        format!("{}.{}", self.opts.inbox_prefix, crate::nuid::next())
    }

    /// The latest INFO from the server.
    pub fn server_info(&self) -> ServerInfo {
        self.shared
            .info
            .lock()
            .map(|i| i.clone())
            .unwrap_or_default()
    }

    /// The server currently connected to (`nats://host:port`), `None` while disconnected.
    pub fn connected_url(&self) -> Option<String> {
        self.shared
            .connected_url
            .lock()
            .ok()
            .and_then(|u| u.clone())
    }

    /// The connected server's socket address (`ip:port`, nats.go's `ConnectedAddr`), while
    /// connected.
    pub fn connected_addr(&self) -> Option<std::net::SocketAddr> {
        self.shared.connected_addr.lock().ok().and_then(|a| *a)
    }

    /// The server's maximum payload (0 before the first connection).
    pub fn max_payload(&self) -> usize {
        self.shared.max_payload.load(Ordering::Relaxed)
    }

    /// Whether the client is currently connected.
    pub fn is_connected(&self) -> bool {
        self.shared.state.load(Ordering::Acquire) == handler::STATE_CONNECTED
    }

    /// Whether the client is closed for good.
    pub fn is_closed(&self) -> bool {
        self.shared.state.load(Ordering::Acquire) == handler::STATE_CLOSED
    }

    /// Why the last connection was lost (`connection closed by the server`, `stale
    /// connection`, an I/O error, the server's `-ERR` text), if it ever was.
    pub fn last_error(&self) -> Option<String> {
        self.shared.last_error.lock().ok().and_then(|e| e.clone())
    }

    /// The options the client was made with.
    pub fn options(&self) -> &ConnectOptions {
        &self.opts
    }

    /// Unsubscribes everything, lets messages already sent by the server arrive (subscribers
    /// get them, then `None`), flushes pending publishes and closes. Bounded by
    /// [`DRAIN_TIMEOUT`].
    pub async fn drain(&self) -> Result<(), ClientError> {
        let (respond, done) = oneshot::channel();
        if self.send(Command::Drain { respond }).await.is_err() {
            return Ok(());
        }
        match tokio::time::timeout(DRAIN_TIMEOUT, done).await {
            Err(_) => Err(ClientError::Timeout),
            Ok(_) => Ok(()),
        }
    }

    /// Closes the connection after handing pending output to the socket (bounded); every
    /// subscriber then ends. Returns once closed.
    pub async fn close(&self) {
        let (respond, done) = oneshot::channel();
        if self.send(Command::Close { respond }).await.is_ok() {
            let _ = done.await;
        }
    }

    /// Connection events from now on.
    pub fn events(&self) -> broadcast::Receiver<ClientEvent> {
        self.shared.events.subscribe()
    }
}

/// A subscription. Messages arrive through [`Subscriber::next`]; dropping it unsubscribes.
pub struct Subscriber {
    sid: u64,
    subject: String,
    rx: mpsc::Receiver<Message>,
    sender: mpsc::Sender<Command>,
    unsubscribed: bool,
}

impl std::fmt::Debug for Subscriber {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Subscriber")
            .field("sid", &self.sid)
            .field("subject", &self.subject)
            .finish()
    }
}

impl Subscriber {
    /// The next message; `None` once unsubscribed (after the buffered ones), after the
    /// auto-unsubscribe count, or when the client is closed or drained.
    pub async fn next(&mut self) -> Option<Message> {
        self.rx.recv().await
    }

    /// Waits for at least one message, then moves up to `limit` buffered messages into `out`
    /// (appending). Returns how many arrived; 0 means the subscription ended as for
    /// [`Subscriber::next`] returning `None`. One wake-up serves a whole batch, which is
    /// what a high-rate consumer wants.
    pub async fn next_batch(&mut self, out: &mut Vec<Message>, limit: usize) -> usize {
        self.rx.recv_many(out, limit.max(1)).await
    }

    /// A message if one is buffered, without waiting.
    pub fn try_next(&mut self) -> Option<Message> {
        self.rx.try_recv().ok()
    }

    /// Unsubscribes now. Messages already buffered are still returned by `next`.
    pub async fn unsubscribe(&mut self) -> Result<(), ClientError> {
        if self.unsubscribed {
            return Ok(());
        }
        self.unsubscribed = true;
        self.rx.close();
        self.sender
            .send(Command::Unsubscribe {
                sid: self.sid,
                max: None,
            })
            .await
            .map_err(|_| ClientError::Closed)
    }

    /// Unsubscribes automatically once `max` messages in total have been delivered.
    pub async fn unsubscribe_after(&mut self, max: u64) -> Result<(), ClientError> {
        self.sender
            .send(Command::Unsubscribe {
                sid: self.sid,
                max: Some(max),
            })
            .await
            .map_err(|_| ClientError::Closed)
    }

    /// The subject subscribed to.
    pub fn subject(&self) -> &str {
        &self.subject
    }

    /// The subscription id.
    pub fn sid(&self) -> u64 {
        self.sid
    }
}

impl Drop for Subscriber {
    fn drop(&mut self) {
        if self.unsubscribed {
            return;
        }
        let cmd = Command::Unsubscribe {
            sid: self.sid,
            max: None,
        };
        if let Err(mpsc::error::TrySendError::Full(cmd)) = self.sender.try_send(cmd) {
            // The channel is busy; finish from a task when a runtime is around. Otherwise the
            // connection task unsubscribes on the next message for this sid (closed channel).
            if let Ok(rt) = tokio::runtime::Handle::try_current() {
                let sender = self.sender.clone();
                rt.spawn(async move {
                    let _ = sender.send(cmd).await;
                });
            }
        }
    }
}
