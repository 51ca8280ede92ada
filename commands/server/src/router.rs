//! Message routing: from one published message to every subscriber's outbound buffer.
//!
//! A publisher (a client connection's task, or an internal client) matches the subject in its
//! account's sublist and hands the result to [`deliver_all`]: each plain subscription, and one
//! member of each queue group, gets a `MSG`/`HMSG` frame appended to a per-destination staging
//! buffer owned by the publisher ([`Staging`], upstream's `pcd`). After the read batch,
//! `Staging::flush` hands each destination its bytes under one lock and tries its socket
//! right away. No lock, allocation or wake-up is spent per message.
//!
//! Nothing here knows what kind of connection publishes or receives, so every kind (clients,
//! internal clients, and later routes, leaf nodes, gateways, WebSocket and MQTT) routes through
//! the same code.
//!
//! An internal service that can answer without waiting (a direct get reads the store) may serve
//! its requests right in the publisher's delivery instead of through its client's channel and
//! task ([`InlineService`], upstream's internal subscription callbacks, which run in the
//! publisher's `readLoop`): the answer is routed through the publisher's own [`Staging`], so a
//! reply to the requester lands in its outbound buffer and leaves with the batch.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use bytes::BytesMut;
use rnats_proto::{encode, PubRef};
use rustc_hash::FxHashMap;

use crate::account::{now_ms, Account, ResponseRoute, ServiceImport, StreamImport};
use crate::auth::options::ResponseType;
use crate::client::{ClientShared, Subscription};
use crate::outbound::Pending;
use crate::sublist::MatchResult;

/// Staged bytes for one destination that trigger an early hand-over within a batch.
const STAGE_HANDOVER: usize = 64 * 1024;
/// Largest staging buffer kept for reuse (the read buffer's maximum).
const SPARE_MAX: usize = 64 * 1024;

/// Deliveries collected during one read batch, one buffer per destination (upstream's `pcd`).
#[derive(Default)]
pub struct Staging {
    entries: Vec<StageEntry>,
    index: FxHashMap<u64, usize>,
    /// Spare buffers reused across batches.
    spare: Vec<BytesMut>,
    /// The connection whose publishes this staging carries (for `Nats-Request-Info`).
    origin: Option<Arc<ClientShared>>,
    /// Destinations left over the soft limit by this batch: the producer pauses on them.
    pub(crate) over_soft_limit: Vec<Arc<ClientShared>>,
}

pub(crate) struct StageEntry {
    pub(crate) dest: Arc<ClientShared>,
    pub(crate) buf: BytesMut,
    pub(crate) msgs: u64,
    pub(crate) payload_bytes: u64,
}

impl Staging {
    /// Staging for the publishes of `origin`.
    pub fn with_origin(origin: Arc<ClientShared>) -> Staging {
        Staging {
            origin: Some(origin),
            ..Staging::default()
        }
    }

    #[inline]
    pub(crate) fn buf_for(&mut self, dest: &Arc<ClientShared>) -> &mut StageEntry {
        let idx = match self.index.get(&dest.cid) {
            Some(&i) => i,
            None => {
                let i = self.entries.len();
                let buf = self.spare.pop().unwrap_or_default();
                self.entries.push(StageEntry {
                    dest: dest.clone(),
                    buf,
                    msgs: 0,
                    payload_bytes: 0,
                });
                self.index.insert(dest.cid, i);
                i
            }
        };
        &mut self.entries[idx]
    }

    /// Hands every staged batch to its destination and tries to write it.
    pub(crate) fn flush(&mut self) {
        self.index.clear();
        for mut e in self.entries.drain(..) {
            if e.dest.hand_over(&mut e.buf, e.msgs, e.payload_bytes) == Pending::Over
                && !self.over_soft_limit.iter().any(|d| d.cid == e.dest.cid)
            {
                self.over_soft_limit.push(e.dest.clone());
            }
            if self.spare.len() < 8 && e.buf.capacity() <= SPARE_MAX {
                e.buf.clear();
                self.spare.push(e.buf);
            }
        }
    }
}

/// Most account boundaries one message may cross (imports of imports), against cycles.
const MAX_HOPS: u8 = 8;

/// What a subscription does beyond delivering to its client.
pub enum SubRoute {
    /// A client's subscription (or a stream import's shadow of it in the exporting account):
    /// deliver under the importer's name for the subject, only when it matches `filter`, and
    /// never a subject the client's permissions deny.
    Client {
        /// The stream import this subscription shadows, if any.
        import: Option<Arc<StreamImport>>,
        /// The client's own subscription subject, when deliveries must be checked against it.
        filter: Option<Box<[u8]>>,
        /// The client's permissions, when its subscribe deny list filters deliveries.
        deny: Option<Arc<crate::auth::perms::Permissions>>,
    },
    /// A service import in the importing account: forward the request to the exporter.
    Service(Arc<ServiceImport>),
    /// A pending response of an imported service, in the exporting account.
    Response(Arc<ResponseRoute>),
    /// An internal subscription that needs to know who published (the JetStream API, for
    /// its audit advisory): while someone listens on [`REQUESTER_INTEREST`], deliveries carry
    /// a `Nats-Request-Info` header naming the publishing client, first in the header block
    /// so a publisher's own header of that name cannot pose as another client.
    Requester,
    /// An internal service answered in the publisher's delivery ([`InlineService`]).
    Inline(Arc<dyn InlineService>),
}

/// An internal service that answers in the publisher's own delivery: no channel, no wake-up
/// of the service's task, no re-parse. Its subscription lives in the service's account (an
/// `InternalClient::subscribe_inline`), and [`InlineService::serve`] runs on whatever thread
/// publishes: a client connection's task, another internal client (possibly under its
/// publish lock), later a route's. So a service must not block, must not wait on a task, and
/// must not publish through its own `InternalClient` (whose publish lock its caller may hold)
/// unless [`Responder::from_connection`] says the caller is a connection's read loop: it
/// answers through the [`Responder`] it is given, which routes the answer in the same
/// staging. A request it cannot serve inline (it needs its task's state) it passes to its task
/// with [`Responder::forward`].
pub trait InlineService: Send + Sync {
    /// Serves `req` (subject, reply, headers and body as published; the subject is the one
    /// in the service's account, after imports renamed it). Returns false when the service
    /// cannot take it (it is stopping), so a queue group tries another member and a requester
    /// may get its no-responders status; true otherwise, answered or not.
    fn serve(&self, req: &PubRef<'_>, out: &mut Responder<'_>) -> bool;
}

/// How an [`InlineService`] answers: publishes in the service's account through the
/// publisher's staging, one hop further from the original publish (so services answering
/// each other stop after eight hops, as imports do).
pub struct Responder<'a> {
    staging: &'a mut Staging,
    account: &'a Account,
    /// The service's client, as the publisher of the answers (echo does not apply).
    cid: u64,
    hops: u8,
}

impl Responder<'_> {
    /// Publishes `message` (a header block of `hdr_len` bytes, `0` for none, then the body)
    /// to `subject` without a reply subject; returns whether anyone got it. Delivered with the
    /// publisher's batch (for a connection, in the write that carries its other deliveries).
    pub fn publish(&mut self, subject: &[u8], hdr_len: usize, message: &[u8]) -> bool {
        let (mut hd, mut sd) = (encode::DigitBuf::default(), encode::DigitBuf::default());
        let msg = PubRef {
            subject,
            reply: None,
            hdr_len,
            payload: message,
            hdr_digits: if hdr_len == 0 {
                &[]
            } else {
                encode::fmt_u64(hdr_len as u64, &mut hd)
            },
            size_digits: encode::fmt_u64(message.len() as u64, &mut sd),
        };
        // Answers usually go to a request's unique inbox: not worth a shared cache entry.
        let result = self.account.sublist().matches_once(subject);
        deliver_all_hop(
            self.staging,
            self.account,
            self.cid,
            true,
            &result,
            &msg,
            self.hops + 1,
        )
    }

    /// Whether the request comes from a connection (a client's read loop), not from an
    /// internal client, which may be publishing under its own publish lock.
    pub fn from_connection(&self) -> bool {
        self.staging.origin.is_some()
    }

    /// Delivers `p` to `sub` as to an ordinary subscription, staged with the publisher's batch:
    /// how a service that cannot serve a request inline passes it to its own task (through an
    /// internal client's channel, see `InternalClient::channel_subscription`).
    pub fn forward(&mut self, sub: &Arc<Subscription>, p: &PubRef<'_>) -> bool {
        deliver_to_client(self.staging, self.account, sub, p)
    }
}

/// The subject whose subscribers make [`SubRoute::Requester`] deliveries name their
/// publisher (`$JS.EVENT.ADVISORY.API`, the API audit advisory).
pub const REQUESTER_INTEREST: &[u8] = b"$JS.EVENT.ADVISORY.API";

impl std::fmt::Debug for SubRoute {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SubRoute::Client { import, .. } => {
                f.debug_struct("Client").field("import", import).finish()
            }
            SubRoute::Service(si) => f.debug_tuple("Service").field(si).finish(),
            SubRoute::Response(r) => f.debug_tuple("Response").field(r).finish(),
            SubRoute::Requester => f.write_str("Requester"),
            SubRoute::Inline(_) => f.write_str("Inline"),
        }
    }
}

/// Delivers to every plain subscription and to one member of each queue group; returns
/// whether anything was delivered.
pub fn deliver_all(
    staging: &mut Staging,
    account: &Account,
    my_cid: u64,
    echo: bool,
    result: &MatchResult<Subscription>,
    p: &PubRef<'_>,
) -> bool {
    deliver_all_hop(staging, account, my_cid, echo, result, p, 0)
}

fn deliver_all_hop(
    staging: &mut Staging,
    account: &Account,
    my_cid: u64,
    echo: bool,
    result: &MatchResult<Subscription>,
    p: &PubRef<'_>,
    hops: u8,
) -> bool {
    select_receivers(
        result,
        my_cid,
        echo,
        |_| {},
        |sub| deliver_hop(staging, account, sub, p, hops),
    )
}

/// The receivers of one message: every plain subscription and, in each queue group, the
/// first member (from a random start) that `deliver` accepts; `skipped` sees each
/// subscription left out because it is the publisher's own without echo. Returns whether
/// anything was delivered. Generic so that the plain path and the traced path
/// (`msgtrace::deliver_all`) share the choice at no cost to the former.
#[inline]
pub fn select_receivers(
    result: &MatchResult<Subscription>,
    my_cid: u64,
    echo: bool,
    mut skipped: impl FnMut(&Arc<Subscription>),
    mut deliver: impl FnMut(&Arc<Subscription>) -> bool,
) -> bool {
    let mut delivered = false;
    for sub in result.psubs.iter() {
        if !echo && sub.client.cid == my_cid {
            skipped(sub);
            continue;
        }
        delivered |= deliver(sub);
    }
    for group in result.qsubs.iter() {
        let n = group.len();
        if n == 0 {
            continue;
        }
        let start = if n == 1 { 0 } else { fastrand::usize(..n) };
        for i in 0..n {
            let sub = &group[(start + i) % n];
            if !echo && sub.client.cid == my_cid {
                skipped(sub);
                continue;
            }
            if deliver(sub) {
                delivered = true;
                break;
            }
        }
    }
    delivered
}

/// Encodes one delivery into the destination's staging buffer. Returns false when the
/// subscription can no longer take messages.
#[inline]
pub fn deliver(
    staging: &mut Staging,
    account: &Account,
    sub: &Arc<Subscription>,
    p: &PubRef<'_>,
) -> bool {
    deliver_hop(staging, account, sub, p, 0)
}

#[inline]
fn deliver_hop(
    staging: &mut Staging,
    account: &Account,
    sub: &Arc<Subscription>,
    p: &PubRef<'_>,
    hops: u8,
) -> bool {
    if sub.closed.load(Ordering::Relaxed) {
        return false;
    }
    if let Some(route) = &sub.route {
        return deliver_routed(staging, account, sub, route, p, hops);
    }
    deliver_to_client(staging, account, sub, p)
}

/// A delivery through a [`SubRoute`]: renamed, filtered, or forwarded to another account.
#[cold]
fn deliver_routed(
    staging: &mut Staging,
    account: &Account,
    sub: &Arc<Subscription>,
    route: &SubRoute,
    p: &PubRef<'_>,
    hops: u8,
) -> bool {
    match route {
        SubRoute::Client {
            import,
            filter,
            deny,
        } => {
            let local = match import {
                Some(im) => im.local_subject(p.subject),
                None => std::borrow::Cow::Borrowed(p.subject),
            };
            if filter
                .as_ref()
                .is_some_and(|f| !rnats_proto::subject::matches(f, &local))
            {
                return false;
            }
            if deny
                .as_ref()
                .is_some_and(|d| d.delivery_denied_with_queue(&local, sub.queue.as_deref()))
            {
                return false;
            }
            let renamed = PubRef {
                subject: &local,
                ..*p
            };
            deliver_to_client(staging, account, sub, &renamed)
        }
        SubRoute::Service(si) => {
            if hops >= MAX_HOPS {
                return false;
            }
            let remote = si.remote_subject(p.subject);
            let exporter = &si.to;
            let reply = match (p.reply, account.self_arc()) {
                (Some(r), Some(requester)) => Some(exporter.add_response(ResponseRoute {
                    requester,
                    reply: r.into(),
                    singleton: si.response_type == ResponseType::Singleton,
                    threshold: si.threshold,
                    expires_ms: AtomicU64::new(now_ms() + si.threshold.as_millis() as u64),
                })),
                _ => None,
            };
            let shared_payload;
            let (mut hd, mut sd) = (encode::DigitBuf::default(), encode::DigitBuf::default());
            let mut fwd = PubRef {
                subject: &remote,
                reply: reply.as_ref().map(|(subject, _)| &subject[..]),
                ..*p
            };
            if si.share {
                if let Some(origin) = &staging.origin {
                    let (payload, hdr_len) = with_request_info(p, origin);
                    shared_payload = payload;
                    fwd.payload = &shared_payload;
                    fwd.hdr_len = hdr_len;
                    fwd.hdr_digits = encode::fmt_u64(hdr_len as u64, &mut hd);
                    fwd.size_digits = encode::fmt_u64(shared_payload.len() as u64, &mut sd);
                }
            }
            let result = exporter.sublist().matches(&remote);
            let delivered = deliver_all_hop(staging, exporter, 0, true, &result, &fwd, hops + 1);
            if !delivered {
                if let Some((_, rsub)) = reply {
                    exporter.remove_response(&rsub);
                }
            }
            delivered
        }
        SubRoute::Requester => {
            let Some(origin) = staging.origin.clone() else {
                return deliver_to_client(staging, account, sub, p);
            };
            let listened = {
                let r = account.sublist().matches(REQUESTER_INTEREST);
                !r.psubs.is_empty() || !r.qsubs.is_empty()
            };
            if !listened {
                return deliver_to_client(staging, account, sub, p);
            }
            let info = crate::system::requester_info(&origin);
            let line = format!("{}: {info}\r\n", crate::system::REQUEST_INFO_HEADER);
            let mut payload = Vec::with_capacity(p.payload.len() + line.len() + 12);
            if p.hdr_len >= 4 {
                // After the status line, before the publisher's own headers.
                let hdr = &p.payload[..p.hdr_len];
                let first = hdr
                    .windows(2)
                    .position(|w| w == b"\r\n")
                    .map_or(hdr.len(), |i| i + 2);
                payload.extend_from_slice(&hdr[..first]);
                payload.extend_from_slice(line.as_bytes());
                payload.extend_from_slice(&p.payload[first..]);
            } else {
                payload.extend_from_slice(b"NATS/1.0\r\n");
                payload.extend_from_slice(line.as_bytes());
                payload.extend_from_slice(b"\r\n");
                payload.extend_from_slice(p.body());
            }
            let hdr_len = payload.len() - p.body().len();
            let (mut hd, mut sd) = (encode::DigitBuf::default(), encode::DigitBuf::default());
            let with_info = PubRef {
                payload: &payload,
                hdr_len,
                hdr_digits: encode::fmt_u64(hdr_len as u64, &mut hd),
                size_digits: encode::fmt_u64(payload.len() as u64, &mut sd),
                ..*p
            };
            deliver_to_client(staging, account, sub, &with_info)
        }
        SubRoute::Inline(service) => {
            if hops >= MAX_HOPS {
                return false;
            }
            sub.delivered.fetch_add(1, Ordering::Relaxed);
            let mut out = Responder {
                staging,
                account,
                cid: sub.client.cid,
                hops,
            };
            service.serve(p, &mut out)
        }
        SubRoute::Response(r) => {
            if hops >= MAX_HOPS {
                return false;
            }
            if r.singleton {
                // One response only: the first one removes the route.
                if sub.closed.swap(true, Ordering::AcqRel) {
                    return false;
                }
                account.remove_response(sub);
            } else {
                r.expires_ms
                    .store(now_ms() + r.threshold.as_millis() as u64, Ordering::Relaxed);
            }
            let back = PubRef {
                subject: &r.reply,
                reply: None,
                ..*p
            };
            let result = r.requester.sublist().matches(&r.reply);
            deliver_all_hop(staging, &r.requester, 0, true, &result, &back, hops + 1)
        }
    }
}

/// The message with a `Nats-Request-Info` header naming `origin` added to its headers:
/// the new payload (headers and body) and header length.
fn with_request_info(p: &PubRef<'_>, origin: &ClientShared) -> (Vec<u8>, usize) {
    let info = crate::system::request_info(origin);
    let line = format!("{}: {info}\r\n", crate::system::REQUEST_INFO_HEADER);
    let mut out = Vec::with_capacity(p.payload.len() + line.len() + 12);
    if p.hdr_len >= 4 {
        // Insert before the blank line that ends the header block.
        out.extend_from_slice(&p.payload[..p.hdr_len - 2]);
        out.extend_from_slice(line.as_bytes());
        out.extend_from_slice(b"\r\n");
    } else {
        out.extend_from_slice(b"NATS/1.0\r\n");
        out.extend_from_slice(line.as_bytes());
        out.extend_from_slice(b"\r\n");
    }
    let hdr_len = out.len();
    out.extend_from_slice(p.body());
    (out, hdr_len)
}

/// Encodes a delivery for the subscription's own client.
#[inline]
fn deliver_to_client(
    staging: &mut Staging,
    account: &Account,
    sub: &Arc<Subscription>,
    p: &PubRef<'_>,
) -> bool {
    let mut remove = false;
    let max = sub.max.load(Ordering::Relaxed);
    if max > 0 {
        let n = sub.delivered.fetch_add(1, Ordering::AcqRel) + 1;
        if n > max {
            return false;
        }
        remove = n == max;
    } else {
        sub.delivered.fetch_add(1, Ordering::Relaxed);
    }
    if let Some(reply) = p.reply {
        // allow_responses: the receiver may answer this request.
        if let Some(permits) = sub.client.replies.get() {
            permits
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .grant(reply, std::time::Instant::now());
        }
    }
    let dest_headers = sub.client.headers.load(Ordering::Relaxed);
    let e = staging.buf_for(&sub.client);
    e.msgs += 1;
    e.payload_bytes += p.payload.len() as u64;
    encode_delivery(&mut e.buf, sub, p, dest_headers);
    if e.buf.len() >= STAGE_HANDOVER {
        // A large batch for one destination goes out now rather than at the batch end, so
        // staging stays bounded and the socket drains while we parse.
        if e.dest.hand_over(&mut e.buf, e.msgs, e.payload_bytes) == Pending::Over {
            let dest = e.dest.clone();
            if !staging.over_soft_limit.iter().any(|d| d.cid == dest.cid) {
                staging.over_soft_limit.push(dest);
            }
        }
        let e = staging.buf_for(&sub.client);
        e.msgs = 0;
        e.payload_bytes = 0;
    }
    if remove {
        auto_unsubscribe(account, sub);
    }
    true
}

/// Removes a subscription that reached its auto-unsubscribe limit.
fn auto_unsubscribe(account: &Account, sub: &Arc<Subscription>) {
    sub.closed.store(true, Ordering::Release);
    {
        let mut subs = sub.client.subs();
        if subs.get(&sub.sid).is_some_and(|s| Arc::ptr_eq(s, sub)) {
            subs.remove(&sub.sid);
        }
    }
    account.sublist().remove(sub);
}

/// Appends `MSG`/`HMSG` for one delivery, reusing the publisher's size digits. The encoders
/// write a small message in place without a `memcpy` per field (see `encode::msg_raw`).
#[inline]
fn encode_delivery(buf: &mut BytesMut, sub: &Subscription, p: &PubRef<'_>, dest_headers: bool) {
    if p.hdr_len == 0 {
        encode::msg_raw(buf, p.subject, &sub.sid, p.reply, p.size_digits, p.payload);
    } else if dest_headers {
        encode::hmsg_raw(
            buf,
            p.subject,
            &sub.sid,
            p.reply,
            p.hdr_digits,
            p.size_digits,
            p.payload,
        );
    } else {
        // Headers stripped for a client that did not ask for them: the size changes.
        let body = p.body();
        let mut tmp = encode::DigitBuf::default();
        let size = encode::fmt_u64(body.len() as u64, &mut tmp);
        encode::msg_raw(buf, p.subject, &sub.sid, p.reply, size, body);
    }
}
