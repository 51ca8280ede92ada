//! Internal clients: server subsystems (JetStream, system services) that subscribe and publish
//! through the same router as socket clients (STYLE.md §3.6).
//!
//! An internal client is a `ClientShared` whose outbound queue hands whole chunks of encoded
//! `MSG`/`HMSG` frames to a channel instead of a socket, so the message path needs no special
//! case: a publisher delivers to an internal subscription exactly as to a TCP one, once per read
//! batch. [`InternalReceiver`] parses those frames back into messages. Publishing from a
//! subsystem matches and delivers in the caller, like a connection's publish. A service that
//! answers without waiting (direct gets) subscribes with [`InternalClient::subscribe_inline`]
//! and is served in the publisher's delivery instead (router.rs [`InlineService`]).
//!
//! The channel is bounded by accounting, not by capacity: a chunk counts as pending in the
//! client's outbound queue until the receiver takes it off the channel, so publishers feeding
//! a subsystem that falls behind stall on it (client.rs `stall_on_slow_destinations`) and TCP
//! pushes back on them; past its `max_pending` the client drops new deliveries rather than
//! grow (see outbound.rs).

use std::net::{Ipv4Addr, SocketAddr};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, Weak};

use bytes::{Bytes, BytesMut};
use rnats_proto::encode::{fmt_u64, DigitBuf};
use rnats_proto::headers::slice_header;
use rnats_proto::ops::{RawMsg, RawServerOp, ServerOp};
use rnats_proto::PubRef;
use tokio::sync::mpsc;

use crate::account::Account;
use crate::client::{ClientShared, ConnKind, Subscription};
use crate::outbound::Outbound;
use crate::router::{deliver_all, InlineService, Staging, SubRoute};
use crate::server::Server;
use crate::sublist::{MatchCache, SublistError};

/// A message delivered to an internal subscription.
#[derive(Debug, Clone)]
pub struct InternalMsg {
    /// Which of the client's subscriptions it matched.
    pub sid: u64,
    /// Subject it was published to.
    pub subject: Bytes,
    /// Reply subject, if any.
    pub reply: Option<Bytes>,
    /// The header block exactly as the publisher sent it, if any. It is never parsed as a
    /// whole: nats-server stores and forwards whatever lines a client wrote (names with spaces,
    /// lines without `:`), so lookups go through [`InternalMsg::header`].
    pub headers: Option<Bytes>,
    /// Body.
    pub payload: Bytes,
}

impl InternalMsg {
    /// The value of the first header named exactly `name`, found as nats-server's
    /// `getHeader` finds it (the name starts a line and is followed by `:`), lossily decoded.
    pub fn header(&self, name: &str) -> Option<String> {
        let block = self.headers.as_deref()?;
        slice_header(block, name.as_bytes()).map(|v| String::from_utf8_lossy(v).into_owned())
    }
}

/// The sending half: subscribe, unsubscribe, publish.
pub struct InternalClient {
    account: Arc<Account>,
    shared: Arc<ClientShared>,
    next_sid: AtomicU64,
    /// Staging and match cache for publishes; a publish holds the lock for one delivery.
    publisher: Mutex<(Staging, MatchCache<Subscription>)>,
    /// Stream-import shadows of the subscriptions, by sid (as a connection's, client.rs
    /// `add_shadows`): an internal subscription also hears what the account imports.
    shadows: Mutex<Vec<ImportShadow>>,
}

/// A stream-import shadow of an internal subscription: its sid, the exporting account and the
/// subscription there.
type ImportShadow = (u64, Arc<Account>, Arc<Subscription>);

impl std::fmt::Debug for InternalClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("InternalClient")
            .field("cid", &self.shared.cid)
            .finish()
    }
}

/// The receiving half: messages for the client's subscriptions, in delivery order.
#[derive(Debug)]
pub struct InternalReceiver {
    rx: mpsc::UnboundedReceiver<BytesMut>,
    buf: BytesMut,
    /// The client, to report consumed bytes to its outbound queue (weak: the channel must
    /// close when the client goes).
    shared: Weak<ClientShared>,
    /// Messages parsed so far.
    parsed: u64,
}

impl Server {
    /// Creates an internal client of the global account named `name` (shown in logs).
    pub fn internal_client(self: &Arc<Self>, name: &str) -> (InternalClient, InternalReceiver) {
        let global = self.global_account().clone();
        self.internal_client_in(&global, ConnKind::System, name)
    }

    /// Creates an internal client of `kind` in `account`, named `name` (shown in logs). It is
    /// not a connection: it is not listed in `/connz` and no limits on client connections
    /// apply. It publishes and subscribes in `account`'s subject space only.
    pub fn internal_client_in(
        self: &Arc<Self>,
        account: &Arc<Account>,
        kind: ConnKind,
        name: &str,
    ) -> (InternalClient, InternalReceiver) {
        let max_pending = self.options().max_pending;
        self.internal_client_bounded(account, kind, name, max_pending)
    }

    /// [`Server::internal_client_in`] with its own bound on bytes delivered and not yet
    /// received: past it new deliveries are dropped.
    pub fn internal_client_bounded(
        self: &Arc<Self>,
        account: &Arc<Account>,
        kind: ConnKind,
        name: &str,
        max_pending: usize,
    ) -> (InternalClient, InternalReceiver) {
        let (tx, rx) = mpsc::unbounded_channel();
        let shared = Arc::new(ClientShared::new(
            self.next_cid(),
            kind,
            SocketAddr::from((Ipv4Addr::UNSPECIFIED, 0)),
            Outbound::internal(tx, max_pending),
            self,
        ));
        shared.headers.store(true, Ordering::Relaxed);
        {
            let mut meta = shared.meta.lock().unwrap_or_else(|e| e.into_inner());
            meta.name = name.to_string();
            meta.account = account.name_arc();
        }
        let weak = Arc::downgrade(&shared);
        (
            InternalClient {
                account: account.clone(),
                shared,
                next_sid: AtomicU64::new(1),
                publisher: Mutex::new((Staging::default(), MatchCache::new())),
                shadows: Mutex::new(Vec::new()),
            },
            InternalReceiver {
                rx,
                buf: BytesMut::new(),
                shared: weak,
                parsed: 0,
            },
        )
    }
}

impl InternalClient {
    /// The account the client lives in.
    pub fn account(&self) -> &Arc<Account> {
        &self.account
    }

    /// Subscribes to `subject` (wildcards allowed), optionally in a queue group; returns the sid
    /// that [`InternalMsg::sid`] carries.
    pub fn subscribe(&self, subject: &str, queue: Option<&str>) -> Result<u64, SublistError> {
        self.subscribe_routed(subject, queue, None)
    }

    /// Subscribes `service` to `subject`: publishers in the account answer its requests in
    /// their own delivery ([`InlineService`]). What reaches the subject through a stream import
    /// still arrives on the channel as a message with the returned sid (a shadow subscription
    /// delivers like [`InternalClient::subscribe`]'s), so the receiver should serve it too.
    pub fn subscribe_inline(
        &self,
        subject: &str,
        queue: Option<&str>,
        service: Arc<dyn InlineService>,
    ) -> Result<u64, SublistError> {
        self.subscribe_routed(subject, queue, Some(SubRoute::Inline(service)))
    }

    fn subscribe_routed(
        &self,
        subject: &str,
        queue: Option<&str>,
        route: Option<SubRoute>,
    ) -> Result<u64, SublistError> {
        let sid = self.next_sid.fetch_add(1, Ordering::Relaxed);
        let sid_text: Box<[u8]> = sid.to_string().into_bytes().into();
        let mut sub = Subscription::new(
            self.shared.clone(),
            subject.as_bytes(),
            queue.map(str::as_bytes),
            &sid_text,
        );
        sub.route = route.map(Box::new);
        let sub = Arc::new(sub);
        self.account.sublist().insert(sub.clone())?;
        let imports = self.account.imports();
        for im in &imports.streams {
            let Some((shadow_subject, check)) = im.shadow_subject(subject.as_bytes()) else {
                continue;
            };
            let mut shadow = Subscription::new(
                self.shared.clone(),
                &shadow_subject,
                queue.map(str::as_bytes),
                &sid_text,
            );
            shadow.route = Some(Box::new(SubRoute::Client {
                import: Some(im.clone()),
                filter: check.then(|| sub.subject.clone()),
                deny: None,
            }));
            let shadow = Arc::new(shadow);
            if im.from.sublist().insert(shadow.clone()).is_ok() {
                self.shadows
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .push((sid, im.from.clone(), shadow));
            }
        }
        self.shared.subs().insert(sid_text, sub);
        Ok(sid)
    }

    /// A subscription in no subject space: what [`crate::router::Responder::forward`] delivers
    /// to it arrives on the channel with the returned sid, so an [`InlineService`] can pass a
    /// request it cannot serve inline to its task and tell those apart from the rest.
    pub fn channel_subscription(&self) -> (u64, Arc<Subscription>) {
        let sid = self.next_sid.fetch_add(1, Ordering::Relaxed);
        let sid_text = sid.to_string().into_bytes();
        let sub = Subscription::new(self.shared.clone(), b"_INLINE_", None, &sid_text);
        (sid, Arc::new(sub))
    }

    /// Subscribes to `subject` so that each delivery names its publisher in a
    /// `Nats-Request-Info` header while anyone listens for API audits
    /// ([`crate::router::SubRoute::Requester`]); not seen through stream imports.
    pub fn subscribe_requester(&self, subject: &str) -> Result<u64, SublistError> {
        let sid = self.next_sid.fetch_add(1, Ordering::Relaxed);
        let sid_text: Box<[u8]> = sid.to_string().into_bytes().into();
        let mut sub = Subscription::new(self.shared.clone(), subject.as_bytes(), None, &sid_text);
        sub.route = Some(Box::new(SubRoute::Requester));
        let sub = Arc::new(sub);
        self.account.sublist().insert(sub.clone())?;
        self.shared.subs().insert(sid_text, sub);
        Ok(sid)
    }

    /// Removes a subscription; unknown sids are ignored.
    pub fn unsubscribe(&self, sid: u64) {
        let removed = self.shared.subs().remove(sid.to_string().as_bytes());
        if let Some(sub) = removed {
            sub.closed.store(true, Ordering::Release);
            self.account.sublist().remove(&sub);
        }
        self.shadows
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .retain(|(s, acc, shadow)| {
                if *s != sid {
                    return true;
                }
                shadow.closed.store(true, Ordering::Release);
                acc.sublist().remove(shadow);
                false
            });
    }

    /// Publishes a message through the router: every matching subscription (socket or
    /// internal) gets it, as if a client had sent `PUB`/`HPUB`. `headers` is a complete NATS
    /// header block (`NATS/1.0\r\n...\r\n\r\n`).
    pub fn publish(
        &self,
        subject: &[u8],
        reply: Option<&[u8]>,
        headers: Option<&[u8]>,
        payload: &[u8],
    ) {
        self.publish_as(subject, subject, reply, headers, payload);
    }

    /// Publishes to the subscriptions matching `route`, showing `subject` as the message's
    /// subject (upstream's `deliver` subject): how JetStream consumers deliver a stored message
    /// to a pull request's reply inbox under the message's own subject.
    pub fn publish_as(
        &self,
        route: &[u8],
        subject: &[u8],
        reply: Option<&[u8]>,
        headers: Option<&[u8]>,
        payload: &[u8],
    ) {
        self.stage(route, subject, reply, headers, payload, true);
    }

    /// [`InternalClient::publish_as`], but the delivery stays staged until the next
    /// [`InternalClient::flush`] (or unstaged publish): a burst of messages (a group commit's
    /// PubAcks, a pull batch) then costs one hand-over and one write per destination.
    pub fn publish_as_staged(
        &self,
        route: &[u8],
        subject: &[u8],
        reply: Option<&[u8]>,
        headers: Option<&[u8]>,
        payload: &[u8],
    ) {
        self.stage(route, subject, reply, headers, payload, false);
    }

    /// Hands over everything staged by [`InternalClient::publish_as_staged`].
    pub fn flush(&self) {
        let mut guard = self.publisher.lock().unwrap_or_else(|e| e.into_inner());
        guard.0.flush();
    }

    fn stage(
        &self,
        route: &[u8],
        subject: &[u8],
        reply: Option<&[u8]>,
        headers: Option<&[u8]>,
        payload: &[u8],
        flush: bool,
    ) {
        let hdr = headers.unwrap_or_default();
        // The wire form wants headers and body in one slice; only a message with headers
        // needs them joined.
        let body: std::borrow::Cow<'_, [u8]> = if hdr.is_empty() {
            std::borrow::Cow::Borrowed(payload)
        } else {
            std::borrow::Cow::Owned([hdr, payload].concat())
        };
        let (mut hd, mut sd) = (DigitBuf::default(), DigitBuf::default());
        let msg = PubRef {
            subject,
            reply,
            hdr_len: hdr.len(),
            payload: &body,
            hdr_digits: if hdr.is_empty() {
                &[]
            } else {
                fmt_u64(hdr.len() as u64, &mut hd)
            },
            size_digits: fmt_u64(body.len() as u64, &mut sd),
        };
        let mut guard = self.publisher.lock().unwrap_or_else(|e| e.into_inner());
        let (staging, cache) = &mut *guard;
        let result = cache.get(self.account.sublist(), route);
        deliver_all(staging, &self.account, self.shared.cid, true, result, &msg);
        if flush {
            staging.flush();
        }
    }

    /// Whether any subscription (other than a closed one) would receive a message published
    /// to `subject`.
    pub fn has_interest(&self, subject: &[u8]) -> bool {
        let r = self.account.sublist().matches(subject);
        r.psubs.iter().any(|s| !s.closed.load(Ordering::Relaxed))
            || r.qsubs
                .iter()
                .any(|g| g.iter().any(|s| !s.closed.load(Ordering::Relaxed)))
    }

    /// Removes every subscription (the subsystem is stopping).
    pub fn close(&self) {
        let subs: Vec<Arc<Subscription>> = self.shared.subs().drain().map(|(_, s)| s).collect();
        for s in &subs {
            s.closed.store(true, Ordering::Release);
        }
        self.account.sublist().remove_batch(&subs);
        for (_, acc, shadow) in
            std::mem::take(&mut *self.shadows.lock().unwrap_or_else(|e| e.into_inner()))
        {
            shadow.closed.store(true, Ordering::Release);
            acc.sublist().remove(&shadow);
        }
        self.shared.outbound.close();
    }
}

impl Drop for InternalClient {
    fn drop(&mut self) {
        self.close();
    }
}

impl InternalReceiver {
    /// The next delivered message; `None` once the client is closed and everything received.
    pub async fn next(&mut self) -> Option<InternalMsg> {
        loop {
            if let Some(m) = self.parse_one() {
                return Some(m);
            }
            let chunk = self.rx.recv().await?;
            self.append(chunk);
        }
    }

    /// The next delivered message if one is already here, without waiting: lets a subsystem
    /// take a burst (a batch of acks) in one turn.
    pub fn try_next(&mut self) -> Option<InternalMsg> {
        loop {
            if let Some(m) = self.parse_one() {
                return Some(m);
            }
            let chunk = self.rx.try_recv().ok()?;
            self.append(chunk);
        }
    }

    /// Messages and bytes delivered to this client and not yet returned by
    /// [`InternalReceiver::next`]: the subsystem's ingest queue (upstream's ipQueue length
    /// and size).
    pub fn backlog(&self) -> (u64, usize) {
        match self.shared.upgrade() {
            Some(shared) => {
                let (out_msgs, _) = shared.outbound.out_stats();
                (
                    out_msgs.saturating_sub(self.parsed),
                    shared.outbound.pending() + self.buf.len(),
                )
            }
            None => (0, self.buf.len()),
        }
    }

    /// Messages dropped because this client was more than its `max_pending` behind.
    pub fn dropped(&self) -> u64 {
        self.shared
            .upgrade()
            .map_or(0, |shared| shared.outbound.dropped())
    }

    fn append(&mut self, chunk: BytesMut) {
        if let Some(shared) = self.shared.upgrade() {
            shared.outbound.consumed(chunk.len());
        }
        if self.buf.is_empty() {
            self.buf = chunk;
        } else {
            self.buf.extend_from_slice(&chunk);
        }
    }

    /// Decodes the next complete message frame in the buffer.
    fn parse_one(&mut self) -> Option<InternalMsg> {
        loop {
            // Frames were encoded by this server, so a parse failure means a bug, not a peer:
            // drop the rest of the chunk rather than loop on it.
            match ServerOp::parse_raw(&mut self.buf, usize::MAX) {
                Ok(Some(RawServerOp::Msg(RawMsg {
                    subject,
                    sid,
                    reply,
                    header_block,
                    payload,
                }))) => {
                    self.parsed += 1;
                    return Some(InternalMsg {
                        sid,
                        subject,
                        reply,
                        headers: header_block,
                        payload,
                    });
                }
                Ok(Some(_)) => continue,
                Ok(None) => return None,
                Err(e) => {
                    crate::log_error!("internal client: undecodable delivery dropped: {e}");
                    self.buf.clear();
                    return None;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::options::Options;
    use std::time::Duration;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    use tokio::net::TcpStream;

    async fn read_until(s: &mut TcpStream, have: &mut Vec<u8>, pat: &str) -> String {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(5);
        loop {
            if let Some(i) = have.windows(pat.len()).position(|w| w == pat.as_bytes()) {
                let out: Vec<u8> = have.drain(..i + pat.len()).collect();
                return String::from_utf8_lossy(&out).into_owned();
            }
            let mut chunk = [0u8; 4096];
            let n = tokio::time::timeout_at(deadline, s.read(&mut chunk))
                .await
                .expect("timely read")
                .expect("read");
            assert!(n > 0, "closed while waiting for {pat:?}");
            have.extend_from_slice(&chunk[..n]);
        }
    }

    /// Issue 16: an internal client's deliveries count as pending until its task takes them,
    /// and past its bound new ones are dropped while the client stays open.
    #[tokio::test]
    async fn internal_pending_counts_until_received_and_is_bounded() {
        let server = Server::new(Options {
            host: "127.0.0.1".into(),
            port: -1,
            ..Options::default()
        })
        .expect("server");
        let global = server.global_account().clone();
        let (sender, _sender_rx) = server.internal_client("sender");
        let (slow, mut slow_rx) =
            server.internal_client_bounded(&global, ConnKind::System, "slow", 64 * 1024);
        slow.subscribe("bp.>", None).expect("subscribe");
        let body = [7u8; 1000];
        for _ in 0..10 {
            sender.publish(b"bp.x", None, None, &body);
        }
        let pending = slow.shared.outbound.pending();
        assert!(pending >= 10 * 1000, "sent chunks still pending: {pending}");
        assert_eq!(slow_rx.backlog().0, 10);
        for _ in 0..10 {
            let m = slow_rx.try_next().expect("delivered");
            assert_eq!(m.payload.len(), 1000);
        }
        assert_eq!(
            slow.shared.outbound.pending(),
            0,
            "received bytes are no longer pending"
        );
        assert_eq!(slow_rx.backlog(), (0, 0));

        // Past 64 KiB nothing more is taken, and the client stays open.
        for _ in 0..1000 {
            sender.publish(b"bp.x", None, None, &body);
        }
        let pending = slow.shared.outbound.pending();
        assert!(pending < 80 * 1024, "bounded near max_pending: {pending}");
        let dropped = slow_rx.dropped();
        assert!(dropped > 900, "dropped {dropped}");
        assert!(!slow.shared.outbound.is_closed());
        let mut got = 0;
        while slow_rx.try_next().is_some() {
            got += 1;
        }
        assert_eq!(got + dropped, 1000);
        sender.publish(b"bp.y", None, None, b"after");
        let m = slow_rx.try_next().expect("delivery resumes");
        assert_eq!(&m.payload[..], b"after");
        server.shutdown();
    }

    /// An inline service answers in the publisher's own delivery (the answer is on the
    /// requester's channel when its publish returns), and a service that answers itself stops
    /// after eight hops instead of recursing without bound.
    #[tokio::test]
    async fn inline_service_answers_in_the_delivery_with_bounded_hops() {
        struct Echo(AtomicU64);
        impl InlineService for Echo {
            fn serve(&self, req: &PubRef<'_>, out: &mut crate::router::Responder<'_>) -> bool {
                self.0.fetch_add(1, Ordering::Relaxed);
                match req.reply {
                    Some(reply) => out.publish(reply, req.hdr_len, req.payload),
                    // No reply: answer to a subject the service itself listens on.
                    None => out.publish(b"svc.again", 0, b"again"),
                };
                true
            }
        }
        let server = Server::new(Options {
            host: "127.0.0.1".into(),
            port: -1,
            ..Options::default()
        })
        .expect("server");
        let (svc, _svc_rx) = server.internal_client("inline-service");
        let echo = Arc::new(Echo(AtomicU64::new(0)));
        svc.subscribe_inline("svc.>", Some("q"), echo.clone())
            .expect("subscribe");
        let (requester, mut inbox) = server.internal_client("requester");
        requester.subscribe("reply.>", None).expect("subscribe");

        let hdr = b"NATS/1.0\r\nA: b\r\n\r\n";
        requester.publish(b"svc.echo", Some(b"reply.1"), Some(hdr), b"hi");
        let m = inbox.try_next().expect("answered within the publish");
        assert_eq!(&m.subject[..], b"reply.1");
        assert_eq!(m.headers.as_deref(), Some(&hdr[..]));
        assert_eq!(&m.payload[..], b"hi");
        assert_eq!(echo.0.load(Ordering::Relaxed), 1);

        requester.publish(b"svc.loop", None, None, b"x");
        assert_eq!(
            echo.0.load(Ordering::Relaxed) - 1,
            8,
            "the publish and seven answers to itself"
        );

        // Unsubscribed: nothing serves it any more.
        svc.close();
        requester.publish(b"svc.echo", Some(b"reply.2"), None, b"late");
        assert!(inbox.try_next().is_none());
        assert_eq!(echo.0.load(Ordering::Relaxed), 9);
        server.shutdown();
    }

    /// A socket client's request reaches an internal subscription (with headers and reply),
    /// and the internal client's reply reaches the socket client through the router.
    #[tokio::test]
    async fn request_reply_between_socket_and_internal_client() {
        let server = Server::new(Options {
            host: "127.0.0.1".into(),
            port: -1,
            ..Options::default()
        })
        .expect("server");
        server.start().await.expect("start");
        // The system account's imports into $G are subscriptions there too.
        let base = server.global_account().sublist().count();
        let (svc, mut inbox) = server.internal_client("test-service");
        let sid = svc.subscribe("svc.>", None).expect("subscribe");

        let mut c = TcpStream::connect(server.client_addr().expect("addr"))
            .await
            .expect("connect");
        let mut have = Vec::new();
        read_until(&mut c, &mut have, "\r\n").await;
        c.write_all(
            b"CONNECT {\"verbose\":false,\"pedantic\":false,\"headers\":true}\r\nSUB reply.1 7\r\n\
              HPUB svc.echo reply.1 18 20\r\nNATS/1.0\r\nA: b\r\n\r\nhi\r\nPING\r\n",
        )
        .await
        .expect("write");
        read_until(&mut c, &mut have, "PONG\r\n").await;

        let msg = tokio::time::timeout(Duration::from_secs(5), inbox.next())
            .await
            .expect("delivered in time")
            .expect("message");
        assert_eq!(msg.sid, sid);
        assert_eq!(&msg.subject[..], b"svc.echo");
        assert_eq!(msg.reply.as_deref(), Some(&b"reply.1"[..]));
        assert_eq!(msg.header("A").as_deref(), Some("b"));
        assert_eq!(
            msg.headers.as_deref(),
            Some(&b"NATS/1.0\r\nA: b\r\n\r\n"[..])
        );
        assert_eq!(&msg.payload[..], b"hi");

        svc.publish(b"reply.1", None, None, b"pong");
        let got = read_until(&mut c, &mut have, "pong\r\n").await;
        assert_eq!(got, "MSG reply.1 7 4\r\npong\r\n");

        svc.unsubscribe(sid);
        assert_eq!(
            server.global_account().sublist().count(),
            base + 1,
            "only the socket client's sub is left besides the system imports"
        );
        server.shutdown();
    }
}
