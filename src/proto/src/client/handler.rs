//! The connection task: the one owner of the socket, the subscriptions and the write buffer.
//!
//! Client handles talk to it over an mpsc channel of [`Command`]s. Each turn of the loop
//! ([`Handler::poll_step`]) reads whatever the socket has and parses every complete op,
//! takes commands [`BATCH`] at a time (`poll_recv_many`) while they keep coming and encodes
//! them into one write buffer, answers keepalive ticks, then writes the buffer, so many
//! publishes become one `write`. Commands are not taken while the buffer holds
//! [`WRITE_COALESCE`] bytes or more, which pushes back on publishers through the bounded
//! channel.
//!
//! Messages go to subscribers through bounded channels with `try_send`: a full channel drops
//! the message and raises [`ClientEvent::SlowConsumer`], so one slow reader never stalls the
//! connection. Requests share one wildcard inbox subscription (`<prefix>.<nuid>.*`); the last
//! token of the reply subject finds the waiting request.
//!
//! When the connection is lost, the task keeps serving commands (publishes are kept up to the
//! reconnect buffer size, subscriptions are recorded) while it tries the server pool with
//! backoff; after a reconnect it re-sends every live subscription (with the remaining
//! auto-unsubscribe count), then the buffered publishes, then the PINGs of pending flushes.

use std::collections::VecDeque;
use std::future::{poll_fn, Future};
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, AtomicU8, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::{Bytes, BytesMut};
use rustc_hash::FxHashMap;
use tokio::io::{AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::sync::{broadcast, mpsc, oneshot};
use tokio::time::{Instant, Interval, Sleep};
use tokio_rustls::rustls;

use super::error::{ClientError, ConnectAttempt};
use super::options::{ConnectOptions, Scheme, ServerAddr};
use super::transport::{establish, AttemptError, Established, Transport};
use super::{ClientEvent, Message};
use crate::headers::HeaderMap;
use crate::info::ServerInfo;
use crate::ops::{ClientOp, ServerOp};

/// Commands taken from the channel per turn.
const BATCH: usize = 256;
/// Commands are taken from the channel until this many output bytes are pending; then they
/// are written (one `write` for all of them) before more are taken.
const WRITE_COALESCE: usize = 64 * 1024;
/// Read buffer growth step.
const READ_CHUNK: usize = 64 * 1024;
/// Reserve before a read when less than this is free.
const MIN_READ_SPACE: usize = 4 * 1024;
/// How long `close` waits to hand the write buffer to the socket.
const CLOSE_FLUSH_TIMEOUT: Duration = Duration::from_secs(2);

/// Connection states published in [`Shared::state`].
pub(crate) const STATE_CONNECTED: u8 = 1;
pub(crate) const STATE_RECONNECTING: u8 = 2;
pub(crate) const STATE_CLOSED: u8 = 3;

/// What client handles ask of the connection task.
pub(crate) enum Command {
    Publish {
        subject: String,
        reply: Option<String>,
        // Boxed: headers are rare and the command travels by value through the channel.
        headers: Option<Box<HeaderMap>>,
        payload: Bytes,
    },
    Subscribe {
        sid: u64,
        subject: String,
        queue: Option<String>,
        sender: mpsc::Sender<Message>,
    },
    Unsubscribe {
        sid: u64,
        max: Option<u64>,
    },
    Request {
        subject: String,
        headers: Option<Box<HeaderMap>>,
        payload: Bytes,
        token: String,
        respond: oneshot::Sender<Message>,
    },
    CancelRequest {
        token: String,
    },
    Flush {
        respond: oneshot::Sender<()>,
    },
    Drain {
        respond: oneshot::Sender<()>,
    },
    Close {
        respond: oneshot::Sender<()>,
    },
}

/// State the handles read without asking the task.
pub(crate) struct Shared {
    pub info: Mutex<ServerInfo>,
    pub connected_url: Mutex<Option<String>>,
    /// The connected server's socket address, while connected.
    pub connected_addr: Mutex<Option<std::net::SocketAddr>>,
    pub max_payload: AtomicUsize,
    pub state: AtomicU8,
    /// Bytes of publishes buffered while reconnecting.
    pub pending: AtomicUsize,
    pub next_sid: AtomicU64,
    pub events: broadcast::Sender<ClientEvent>,
    /// Why the last connection was lost.
    pub last_error: Mutex<Option<String>>,
}

impl Shared {
    pub fn new() -> Shared {
        Shared {
            info: Mutex::new(ServerInfo::default()),
            connected_url: Mutex::new(None),
            connected_addr: Mutex::new(None),
            max_payload: AtomicUsize::new(0),
            state: AtomicU8::new(STATE_RECONNECTING),
            pending: AtomicUsize::new(0),
            next_sid: AtomicU64::new(1),
            events: broadcast::channel(256).0,
            last_error: Mutex::new(None),
        }
    }

    pub fn emit(&self, event: ClientEvent) {
        // No receivers is fine: nobody listens.
        let _ = self.events.send(event);
    }

    fn set_info(&self, info: &ServerInfo) {
        let max = usize::try_from(info.max_payload).unwrap_or(0);
        self.max_payload.store(max, Ordering::Relaxed);
        if let Ok(mut i) = self.info.lock() {
            *i = info.clone();
        }
    }
}

/// One server of the pool.
struct ServerEntry {
    addr: ServerAddr,
    /// Failed attempts since the last success.
    reconnects: usize,
    last_attempt: Option<Instant>,
}

/// The servers to try, front first; a server moves to the back after each attempt.
pub(crate) struct ServerPool {
    servers: VecDeque<ServerEntry>,
}

impl ServerPool {
    pub fn new(addrs: Vec<ServerAddr>, randomize: bool) -> ServerPool {
        let mut addrs = addrs;
        if randomize {
            fastrand::shuffle(&mut addrs);
        }
        ServerPool {
            servers: addrs
                .into_iter()
                .map(|addr| ServerEntry {
                    addr,
                    reconnects: 0,
                    last_attempt: None,
                })
                .collect(),
        }
    }

    pub fn len(&self) -> usize {
        self.servers.len()
    }

    /// The next server to try and how long to wait first (`reconnect_wait` plus jitter since
    /// the last attempt on that server), dropping servers that used up `max_reconnects`.
    /// The first connect (`reconnecting == false`) tries every server regardless.
    fn next(
        &mut self,
        opts: &ConnectOptions,
        reconnecting: bool,
    ) -> Option<(ServerAddr, Duration)> {
        if let (Some(max), true) = (opts.max_reconnects, reconnecting) {
            self.servers.retain(|s| s.reconnects < max);
        }
        let front = self.servers.front()?;
        let jitter = if front.addr.scheme == Scheme::Tls || opts.wants_tls() {
            opts.reconnect_jitter_tls
        } else {
            opts.reconnect_jitter
        };
        let jitter = Duration::from_nanos(fastrand::u64(
            0..=u64::try_from(jitter.as_nanos()).unwrap_or(u64::MAX),
        ));
        let wait = match front.last_attempt {
            Some(last) => (opts.reconnect_wait + jitter).saturating_sub(last.elapsed()),
            None => Duration::ZERO,
        };
        Some((front.addr.clone(), wait))
    }

    /// Records an attempt on the front server and moves it to the back.
    fn attempted(&mut self, success: bool, count: bool) {
        if let Some(mut s) = self.servers.pop_front() {
            s.last_attempt = Some(Instant::now());
            if success {
                s.reconnects = 0;
            } else if count {
                s.reconnects += 1;
            }
            self.servers.push_back(s);
        }
    }

    /// Moves `addr` to the back so the other servers are tried first after losing it
    /// (nats.go `selectNextServer`).
    fn demote(&mut self, addr: &ServerAddr) {
        if let Some(i) = self.servers.iter().position(|s| s.addr.same_endpoint(addr)) {
            if let Some(s) = self.servers.remove(i) {
                self.servers.push_back(s);
            }
        }
    }

    /// Adds servers announced in INFO `connect_urls` that are not in the pool yet. They
    /// inherit the scheme of `like` (TLS stays TLS).
    fn add_discovered(&mut self, urls: &[String], like: Scheme) {
        for url in urls {
            let Ok(mut addr) = ServerAddr::parse(url) else {
                continue;
            };
            addr.scheme = like;
            if !self.servers.iter().any(|s| s.addr.same_endpoint(&addr)) {
                self.servers.push_back(ServerEntry {
                    addr,
                    reconnects: 0,
                    last_attempt: None,
                });
            }
        }
    }
}

/// Result of the first connect.
pub(crate) enum Initial {
    Connected(Box<Established>, ServerAddr),
    Failed(ClientError),
}

/// Tries every server of the pool once, in order.
pub(crate) async fn connect_initial(
    pool: &mut ServerPool,
    opts: &ConnectOptions,
    tls: Option<&Arc<rustls::ClientConfig>>,
) -> Initial {
    let mut attempts = Vec::new();
    let mut auth_error = None;
    for _ in 0..pool.len() {
        let Some((addr, _)) = pool.next(opts, false) else {
            break;
        };
        match establish(&addr, opts, tls).await {
            Ok(est) => {
                pool.attempted(true, false);
                return Initial::Connected(Box::new(est), addr);
            }
            Err(AttemptError::Config(e)) => return Initial::Failed(e),
            Err(e) => {
                pool.attempted(false, false);
                if let AttemptError::Auth(text) = &e {
                    auth_error = Some(text.clone());
                }
                attempts.push(ConnectAttempt {
                    server: addr.display_url(),
                    reason: e.reason(),
                });
            }
        }
    }
    Initial::Failed(match auth_error {
        Some(text) => ClientError::Auth(text),
        None => ClientError::Connect(attempts),
    })
}

/// Who waits for a PONG.
enum PongWaiter {
    Keepalive,
    Flush(oneshot::Sender<()>),
    Drain,
}

enum SubKind {
    Plain(mpsc::Sender<Message>),
    /// The shared request inbox.
    Mux,
}

struct Sub {
    subject: String,
    queue: Option<String>,
    max: Option<u64>,
    delivered: u64,
    /// A slow-consumer event was raised and the channel has not had room since.
    slow: bool,
    kind: SubKind,
}

/// The request multiplexer: one wildcard subscription, one waiter per token.
struct Mux {
    /// `<inbox_prefix>.<nuid>.`
    prefix: String,
    waiters: FxHashMap<String, oneshot::Sender<Message>>,
}

/// Why the connected loop ended.
enum Exit {
    Close,
    Lost(String),
}

/// The connection task's state.
pub(crate) struct Handler {
    opts: Arc<ConnectOptions>,
    tls: Option<Arc<rustls::ClientConfig>>,
    shared: Arc<Shared>,
    rx: mpsc::Receiver<Command>,
    pool: ServerPool,
    subs: FxHashMap<u64, Sub>,
    mux: Option<Mux>,
    write_buf: BytesMut,
    read_buf: BytesMut,
    needs_flush: bool,
    pongs: VecDeque<PongWaiter>,
    /// Flushes asked for while disconnected (or whose PING was lost): PINGed after reconnect.
    pending_flushes: Vec<oneshot::Sender<()>>,
    pings_out: usize,
    /// Keepalive ticker of the current connection (none when the interval is zero).
    ping: Option<Interval>,
    connected: bool,
    /// Scheme of the current server; servers it announces are reached the same way.
    scheme: Scheme,
    parse_limit: usize,
    /// Set by close/drain: finish writing, then exit.
    closing: bool,
    close_deadline: Option<Pin<Box<Sleep>>>,
    close_waiters: Vec<oneshot::Sender<()>>,
    drain_waiter: Option<oneshot::Sender<()>>,
    batch: Vec<Command>,
}

impl Handler {
    pub fn new(
        opts: Arc<ConnectOptions>,
        tls: Option<Arc<rustls::ClientConfig>>,
        shared: Arc<Shared>,
        rx: mpsc::Receiver<Command>,
        pool: ServerPool,
    ) -> Handler {
        Handler {
            opts,
            tls,
            shared,
            rx,
            pool,
            subs: FxHashMap::default(),
            mux: None,
            write_buf: BytesMut::with_capacity(READ_CHUNK),
            read_buf: BytesMut::with_capacity(READ_CHUNK),
            needs_flush: false,
            pongs: VecDeque::new(),
            pending_flushes: Vec::new(),
            pings_out: 0,
            ping: None,
            connected: false,
            scheme: Scheme::Nats,
            parse_limit: 64 * 1024 * 1024,
            closing: false,
            close_deadline: None,
            close_waiters: Vec::new(),
            drain_waiter: None,
            batch: Vec::with_capacity(BATCH),
        }
    }

    /// Runs until closed: serve the connection, reconnect when it is lost.
    pub async fn run(mut self, first: Option<(Box<Established>, ServerAddr)>) {
        let mut next = first;
        let mut reconnected = false;
        loop {
            let (est, addr) = match next.take() {
                Some(c) => c,
                None => match self.reconnect().await {
                    Some(c) => c,
                    None => break,
                },
            };
            let mut transport = self.on_connected(*est, &addr);
            self.shared.emit(if reconnected {
                ClientEvent::Reconnected
            } else {
                ClientEvent::Connected
            });
            reconnected = true;
            // Ops that arrived with the handshake's PONG (a PING, the connect_info INFO).
            let exit = match self.process_ops() {
                Err(exit) => exit,
                Ok(()) => loop {
                    if let Some(exit) = poll_fn(|cx| self.poll_step(cx, &mut transport)).await {
                        break exit;
                    }
                },
            };
            self.on_disconnected();
            self.pool.demote(&addr);
            match exit {
                Exit::Close => {
                    let _ = tokio::time::timeout(CLOSE_FLUSH_TIMEOUT, transport.shutdown()).await;
                    break;
                }
                Exit::Lost(reason) => {
                    if let Ok(mut last) = self.shared.last_error.lock() {
                        *last = Some(reason);
                    }
                    self.shared.emit(ClientEvent::Disconnected);
                    if self.closing || self.opts.max_reconnects == Some(0) {
                        break;
                    }
                }
            }
        }
        self.finish();
    }

    /// Takes a fresh connection into use: shared state, then SUBs, buffered publishes and
    /// pending flush PINGs ahead of anything new.
    fn on_connected(&mut self, est: Established, addr: &ServerAddr) -> Transport {
        self.connected = true;
        self.pings_out = 0;
        self.ping =
            (!self.opts.ping_interval.is_zero()).then(|| ping_interval(self.opts.ping_interval));
        self.needs_flush = false;
        self.read_buf = est.leftover;
        self.scheme = if est.transport.is_tls() {
            Scheme::Tls
        } else {
            Scheme::Nats
        };
        self.apply_info(&est.info, self.scheme);
        if let Ok(mut url) = self.shared.connected_url.lock() {
            *url = Some(addr.display_url());
        }
        if let Ok(mut peer) = self.shared.connected_addr.lock() {
            *peer = est.peer;
        }
        let buffered = std::mem::take(&mut self.write_buf);
        let mut subs: Vec<_> = self.subs.iter().collect();
        subs.sort_unstable_by_key(|(sid, _)| **sid);
        for (sid, sub) in subs {
            encode(
                &mut self.write_buf,
                &ClientOp::Sub {
                    subject: Bytes::copy_from_slice(sub.subject.as_bytes()),
                    queue: sub
                        .queue
                        .as_deref()
                        .map(|q| Bytes::copy_from_slice(q.as_bytes())),
                    sid: *sid,
                },
            );
            if let Some(max) = sub.max {
                encode(
                    &mut self.write_buf,
                    &ClientOp::Unsub {
                        sid: *sid,
                        max: Some(max.saturating_sub(sub.delivered)),
                    },
                );
            }
        }
        self.write_buf.extend_from_slice(&buffered);
        for respond in std::mem::take(&mut self.pending_flushes) {
            encode(&mut self.write_buf, &ClientOp::Ping);
            self.pongs.push_back(PongWaiter::Flush(respond));
        }
        self.shared.pending.store(0, Ordering::Relaxed);
        self.shared.state.store(STATE_CONNECTED, Ordering::Release);
        est.transport
    }

    /// Forgets the lost connection: output that may be cut mid-op is dropped, flushes wait
    /// for the next connection.
    fn on_disconnected(&mut self) {
        self.connected = false;
        self.write_buf.clear();
        self.read_buf = BytesMut::new();
        for waiter in std::mem::take(&mut self.pongs) {
            if let PongWaiter::Flush(respond) = waiter {
                self.pending_flushes.push(respond);
            }
        }
        if self.drain_waiter.is_some() {
            // The drain's PONG will not come; finish it now.
            self.finish_drain();
        }
        if let Ok(mut url) = self.shared.connected_url.lock() {
            *url = None;
        }
        if let Ok(mut peer) = self.shared.connected_addr.lock() {
            *peer = None;
        }
        self.shared
            .state
            .store(STATE_RECONNECTING, Ordering::Release);
    }

    /// Ends the task: everyone waiting learns the connection is closed.
    fn finish(&mut self) {
        self.shared.state.store(STATE_CLOSED, Ordering::Release);
        self.subs.clear();
        self.mux = None;
        self.pending_flushes.clear();
        self.pongs.clear();
        self.rx.close();
        for respond in self.close_waiters.drain(..) {
            let _ = respond.send(());
        }
        if let Some(respond) = self.drain_waiter.take() {
            let _ = respond.send(());
        }
        // Commands that raced the close: their responders drop, callers see Closed.
        while let Ok(cmd) = self.rx.try_recv() {
            if let Command::Close { respond } | Command::Drain { respond } = cmd {
                let _ = respond.send(());
            }
        }
        self.shared.emit(ClientEvent::Closed);
    }

    /// Tries servers until one accepts, serving commands meanwhile. `None`: closed or out of
    /// servers.
    async fn reconnect(&mut self) -> Option<(Box<Established>, ServerAddr)> {
        loop {
            if self.closing {
                return None;
            }
            let (addr, wait) = self.pool.next(&self.opts, true)?;
            let opts = Arc::clone(&self.opts);
            let tls = self.tls.clone();
            let target = addr.clone();
            let attempt = async move {
                tokio::time::sleep(wait).await;
                establish(&target, &opts, tls.as_ref()).await
            };
            tokio::pin!(attempt);
            let result = loop {
                tokio::select! {
                    r = &mut attempt => break r,
                    n = self.rx.recv_many(&mut self.batch, BATCH) => {
                        if n == 0 {
                            return None;
                        }
                        let mut batch = std::mem::take(&mut self.batch);
                        for cmd in batch.drain(..) {
                            self.handle_command(cmd);
                        }
                        self.batch = batch;
                        if self.closing {
                            return None;
                        }
                    }
                }
            };
            match result {
                Ok(est) => {
                    self.pool.attempted(true, true);
                    return Some((Box::new(est), addr));
                }
                Err(e) => {
                    self.pool.attempted(false, true);
                    if let AttemptError::Auth(text) = &e {
                        self.shared.emit(ClientEvent::ServerError(text.clone()));
                    }
                }
            }
        }
    }

    /// One turn of the connected loop. `Ready(None)`: progress was made, call again.
    fn poll_step(&mut self, cx: &mut Context<'_>, t: &mut Transport) -> Poll<Option<Exit>> {
        let mut progress = false;

        // Read and dispatch everything available.
        if self.read_buf.capacity() - self.read_buf.len() < MIN_READ_SPACE {
            self.read_buf.reserve(READ_CHUNK);
        }
        match poll_read_buf(t, cx, &mut self.read_buf) {
            Poll::Ready(Ok(0)) => {
                return Poll::Ready(Some(Exit::Lost("connection closed by the server".into())))
            }
            Poll::Ready(Ok(_)) => {
                if let Err(exit) = self.process_ops() {
                    return Poll::Ready(Some(exit));
                }
                progress = true;
            }
            Poll::Ready(Err(e)) => return Poll::Ready(Some(Exit::Lost(e.to_string()))),
            Poll::Pending => {}
        }

        // Take commands unless the output is backed up or we are closing: batch after batch
        // while they keep coming, up to WRITE_COALESCE bytes, so one write carries many.
        let mut batch = std::mem::take(&mut self.batch);
        while !self.closing && self.write_buf.len() < WRITE_COALESCE {
            match self.rx.poll_recv_many(cx, &mut batch, BATCH) {
                Poll::Ready(0) => {
                    // Every handle is gone: flush and close.
                    self.start_close();
                    progress = true;
                }
                Poll::Ready(_) => {
                    for cmd in batch.drain(..) {
                        self.handle_command(cmd);
                    }
                    progress = true;
                }
                Poll::Pending => break,
            }
        }
        self.batch = batch;

        // Keepalive.
        if let Some(ping) = self.ping.as_mut() {
            if ping.poll_tick(cx).is_ready() {
                if self.pings_out >= self.opts.max_pings_out {
                    return Poll::Ready(Some(Exit::Lost("stale connection".into())));
                }
                self.pings_out += 1;
                encode(&mut self.write_buf, &ClientOp::Ping);
                self.pongs.push_back(PongWaiter::Keepalive);
                if let Some(mux) = &mut self.mux {
                    mux.waiters.retain(|_, w| !w.is_closed());
                }
                progress = true;
            }
        }

        // Write.
        while !self.write_buf.is_empty() {
            match Pin::new(&mut *t).poll_write(cx, &self.write_buf) {
                Poll::Ready(Ok(0)) => {
                    return Poll::Ready(Some(Exit::Lost("write returned zero".into())))
                }
                Poll::Ready(Ok(n)) => {
                    let _ = self.write_buf.split_to(n);
                    self.needs_flush = true;
                    progress = true;
                }
                Poll::Ready(Err(e)) => return Poll::Ready(Some(Exit::Lost(e.to_string()))),
                Poll::Pending => break,
            }
        }
        if self.write_buf.is_empty() {
            if self.needs_flush {
                match Pin::new(&mut *t).poll_flush(cx) {
                    Poll::Ready(Ok(())) => self.needs_flush = false,
                    Poll::Ready(Err(e)) => return Poll::Ready(Some(Exit::Lost(e.to_string()))),
                    Poll::Pending => {}
                }
            }
            // Reclaim the buffer's full capacity once it is empty.
            self.write_buf.clear();
        }

        if self.closing {
            if self.write_buf.is_empty() && !self.needs_flush {
                return Poll::Ready(Some(Exit::Close));
            }
            if let Some(deadline) = self.close_deadline.as_mut() {
                if deadline.as_mut().poll(cx).is_ready() {
                    return Poll::Ready(Some(Exit::Close));
                }
            }
        }

        if progress {
            Poll::Ready(None)
        } else {
            Poll::Pending
        }
    }

    fn start_close(&mut self) {
        if !self.closing {
            self.closing = true;
            self.close_deadline = Some(Box::pin(tokio::time::sleep(CLOSE_FLUSH_TIMEOUT)));
        }
    }

    fn process_ops(&mut self) -> Result<(), Exit> {
        loop {
            match ServerOp::parse(&mut self.read_buf, self.parse_limit) {
                Ok(Some(op)) => self.handle_op(op)?,
                Ok(None) => return Ok(()),
                Err(e) => return Err(Exit::Lost(format!("protocol error: {e}"))),
            }
        }
    }

    fn handle_op(&mut self, op: ServerOp) -> Result<(), Exit> {
        match op {
            ServerOp::Msg {
                subject,
                sid,
                reply,
                headers,
                payload,
            } => self.deliver(subject, sid, reply, headers, payload),
            ServerOp::Ping => encode(&mut self.write_buf, &ClientOp::Pong),
            ServerOp::Pong => {
                self.pings_out = 0;
                match self.pongs.pop_front() {
                    Some(PongWaiter::Flush(respond)) => {
                        let _ = respond.send(());
                    }
                    Some(PongWaiter::Drain) => self.finish_drain(),
                    Some(PongWaiter::Keepalive) | None => {}
                }
            }
            ServerOp::Ok => {}
            ServerOp::Info(info) => self.apply_info(&info, self.scheme),
            ServerOp::Err(text) => {
                self.shared.emit(ClientEvent::ServerError(text.clone()));
                // Permission errors leave the connection up (nats.go `processErr`); the server
                // closes the connection after the others, so reconnect.
                if !text
                    .to_ascii_lowercase()
                    .starts_with("permissions violation")
                {
                    return Err(Exit::Lost(text));
                }
            }
        }
        Ok(())
    }

    fn apply_info(&mut self, info: &ServerInfo, scheme: Scheme) {
        self.shared.set_info(info);
        let max = usize::try_from(info.max_payload).unwrap_or(0);
        self.parse_limit = max.max(64 * 1024 * 1024);
        self.pool.add_discovered(&info.connect_urls, scheme);
        if info.ldm {
            self.shared.emit(ClientEvent::LameDuck);
        }
    }

    fn deliver(
        &mut self,
        subject: Bytes,
        sid: u64,
        reply: Option<Bytes>,
        headers: Option<HeaderMap>,
        payload: Bytes,
    ) {
        let Some(sub) = self.subs.get_mut(&sid) else {
            return;
        };
        match &sub.kind {
            SubKind::Mux => {
                let Some(mux) = &mut self.mux else {
                    return;
                };
                let token = subject
                    .strip_prefix(mux.prefix.as_bytes())
                    .and_then(|t| std::str::from_utf8(t).ok());
                if let Some(respond) = token.and_then(|t| mux.waiters.remove(t)) {
                    let _ = respond.send(Message::from_wire(subject, reply, headers, payload));
                }
            }
            SubKind::Plain(sender) => {
                let msg = Message::from_wire(subject, reply, headers, payload);
                sub.delivered += 1;
                match sender.try_send(msg) {
                    Ok(()) => sub.slow = false,
                    Err(mpsc::error::TrySendError::Full(_)) => {
                        if !sub.slow {
                            sub.slow = true;
                            self.shared.emit(ClientEvent::SlowConsumer);
                        }
                    }
                    Err(mpsc::error::TrySendError::Closed(_)) => {
                        // The subscriber is gone without unsubscribing.
                        self.subs.remove(&sid);
                        encode(&mut self.write_buf, &ClientOp::Unsub { sid, max: None });
                        return;
                    }
                }
                if sub.max.is_some_and(|m| sub.delivered >= m) {
                    self.subs.remove(&sid);
                }
            }
        }
    }

    /// The drain's PONG: every message sent before the UNSUBs has arrived. Subscribers get
    /// what is buffered and then `None`; what remains is flushing and closing.
    fn finish_drain(&mut self) {
        self.subs.clear();
        self.mux = None;
        if let Some(respond) = self.drain_waiter.take() {
            self.close_waiters.push(respond);
        }
        self.start_close();
    }

    fn ensure_mux(&mut self) -> String {
        if self.mux.is_none() {
            let sid = self.shared.next_sid.fetch_add(1, Ordering::Relaxed);
            let prefix = format!("{}.{}.", self.opts.inbox_prefix, crate::nuid::next());
            let subject = format!("{prefix}*");
            if self.connected {
                encode(
                    &mut self.write_buf,
                    &ClientOp::Sub {
                        subject: Bytes::copy_from_slice(subject.as_bytes()),
                        queue: None,
                        sid,
                    },
                );
            }
            self.subs.insert(
                sid,
                Sub {
                    subject,
                    queue: None,
                    max: None,
                    delivered: 0,
                    slow: false,
                    kind: SubKind::Mux,
                },
            );
            self.mux = Some(Mux {
                prefix,
                waiters: FxHashMap::default(),
            });
        }
        self.mux
            .as_ref()
            .map(|m| m.prefix.clone())
            .unwrap_or_default()
    }

    fn publish(
        &mut self,
        subject: &str,
        reply: Option<&str>,
        headers: Option<&HeaderMap>,
        payload: &[u8],
    ) {
        let start = self.write_buf.len();
        crate::ops::encode_pub(
            &mut self.write_buf,
            subject.as_bytes(),
            reply.map(str::as_bytes),
            headers,
            payload,
        );
        if !self.connected && self.write_buf.len() > self.opts.reconnect_buffer_size {
            // Only reached when the publisher checked while still connected: the reconnect
            // buffer is full, so the message is dropped, as nats.go does.
            self.write_buf.truncate(start);
        }
    }

    fn handle_command(&mut self, cmd: Command) {
        match cmd {
            Command::Publish {
                subject,
                reply,
                headers,
                payload,
            } => self.publish(&subject, reply.as_deref(), headers.as_deref(), &payload),
            Command::Subscribe {
                sid,
                subject,
                queue,
                sender,
            } => {
                if self.connected {
                    encode(
                        &mut self.write_buf,
                        &ClientOp::Sub {
                            subject: Bytes::copy_from_slice(subject.as_bytes()),
                            queue: queue
                                .as_deref()
                                .map(|q| Bytes::copy_from_slice(q.as_bytes())),
                            sid,
                        },
                    );
                }
                self.subs.insert(
                    sid,
                    Sub {
                        subject,
                        queue,
                        max: None,
                        delivered: 0,
                        slow: false,
                        kind: SubKind::Plain(sender),
                    },
                );
            }
            Command::Unsubscribe { sid, max } => {
                let Some(sub) = self.subs.get_mut(&sid) else {
                    return;
                };
                let op = match max {
                    Some(m) if sub.delivered < m => {
                        sub.max = Some(m);
                        ClientOp::Unsub { sid, max: Some(m) }
                    }
                    _ => {
                        self.subs.remove(&sid);
                        ClientOp::Unsub { sid, max: None }
                    }
                };
                if self.connected {
                    encode(&mut self.write_buf, &op);
                }
            }
            Command::Request {
                subject,
                headers,
                payload,
                token,
                respond,
            } => {
                let reply = self.ensure_mux() + &token;
                if let Some(mux) = &mut self.mux {
                    mux.waiters.insert(token, respond);
                }
                self.publish(&subject, Some(&reply), headers.as_deref(), &payload);
            }
            Command::CancelRequest { token } => {
                if let Some(mux) = &mut self.mux {
                    mux.waiters.remove(&token);
                }
            }
            Command::Flush { respond } => {
                if self.connected {
                    encode(&mut self.write_buf, &ClientOp::Ping);
                    self.pongs.push_back(PongWaiter::Flush(respond));
                } else {
                    self.pending_flushes.push(respond);
                }
            }
            Command::Drain { respond } => {
                if self.connected && self.drain_waiter.is_none() {
                    let mut sids: Vec<u64> = self.subs.keys().copied().collect();
                    sids.sort_unstable();
                    for sid in sids {
                        encode(&mut self.write_buf, &ClientOp::Unsub { sid, max: None });
                    }
                    encode(&mut self.write_buf, &ClientOp::Ping);
                    self.pongs.push_back(PongWaiter::Drain);
                    self.drain_waiter = Some(respond);
                } else {
                    self.close_waiters.push(respond);
                    self.start_close();
                }
            }
            Command::Close { respond } => {
                self.close_waiters.push(respond);
                self.start_close();
            }
        }
    }
}

/// Appends `op`; encoding only fails for CONNECT JSON, which is never encoded here.
fn encode(buf: &mut BytesMut, op: &ClientOp) {
    let _ = op.encode(buf);
}

/// Reads into the spare capacity of `buf` (tokio's `read_buf` as a poll function; the
/// future holds no state between polls, so dropping it when pending loses nothing).
fn poll_read_buf(
    io: &mut Transport,
    cx: &mut Context<'_>,
    buf: &mut BytesMut,
) -> Poll<std::io::Result<usize>> {
    let fut = io.read_buf(buf);
    std::pin::pin!(fut).poll(cx)
}

/// Keepalive ticker for one connection.
fn ping_interval(every: Duration) -> Interval {
    let mut i = tokio::time::interval_at(Instant::now() + every, every);
    i.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    i
}

/// Checks that a handle may publish `size` bytes (headers plus payload) now. While
/// reconnecting, `wire` (an upper bound of the encoded op) is reserved in the reconnect buffer
/// account, so concurrent publishers cannot overshoot it.
pub(crate) fn check_publish(
    shared: &Shared,
    opts: &ConnectOptions,
    size: usize,
    wire: usize,
) -> Result<(), ClientError> {
    let max = shared.max_payload.load(Ordering::Relaxed);
    if max > 0 && size > max {
        return Err(ClientError::MaxPayload { size, max });
    }
    match shared.state.load(Ordering::Acquire) {
        STATE_CLOSED => Err(ClientError::Closed),
        STATE_RECONNECTING => {
            let pending = shared.pending.fetch_add(wire, Ordering::Relaxed) + wire;
            if pending > opts.reconnect_buffer_size {
                shared.pending.fetch_sub(wire, Ordering::Relaxed);
                Err(ClientError::ReconnectBufferFull {
                    size: pending,
                    max: opts.reconnect_buffer_size,
                })
            } else {
                Ok(())
            }
        }
        _ => Ok(()),
    }
}
