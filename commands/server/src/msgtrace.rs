//! Message tracing (ADR-41, nats-server `server/msgtrace.go`): a message whose headers carry
//! `Nats-Trace-Dest: <subject>` is routed on a path of its own that records what happens to
//! it (ingress, subject mapping, stream exports, service imports, JetStream, one egress per
//! delivery) and publishes that record as a [`MsgTraceEvent`] to the destination subject, in
//! the publisher's account. With `Nats-Trace-Only: true` nothing is delivered: the event
//! says where the message would have gone.
//!
//! The connection task decides once per message with headers ([`may_trace`], a substring
//! search of the header block); messages without headers never reach this module, so the
//! ordinary routing in `router.rs` carries no trace state. Crossing into another account
//! (a stream import or a service import) ends the trace there, as upstream does for exports
//! and imports without `allow_trace`, which rnats does not support yet.
//!
//! Single server only: no routes, gateways or leaf nodes, so no hops and no
//! `Nats-Trace-Hop`; the `traceparent` header (sampling set by an account's `msg_trace`) is
//! not looked at.

use std::io::Write;
use std::sync::atomic::Ordering;
use std::sync::{Arc, LazyLock};

use rnats_proto::encode;
use rnats_proto::monitor::Timestamp;
use rnats_proto::msgtrace::{
    self as mt, Egress, Ingress, JetStream, MsgTrace as Step, MsgTraceEvent, MsgTraceRequest,
    ServiceImport, StreamExport, SubjectMapping,
};
use rnats_proto::PubRef;

use crate::account::Account;
use crate::client::{ClientShared, ConnKind, Subscription};
use crate::router::{self, Staging, SubRoute};
use crate::server::Server;
use crate::sublist::MatchResult;

/// Egress errors, upstream's texts.
const ERR_NO_ECHO: &str = "Not delivered because of no echo";
const ERR_SUB_DENY: &str = "Not delivered because subscription denies this subject";
const ERR_SUB_CLOSED: &str = "Not delivered because subscription is closed";
const ERR_AUTO_SUB_EXCEEDED: &str = "Not delivered because auto-unsubscribe exceeded";

/// The name prefix of a stream's internal client (jetstream/mod.rs `stream_client`).
const STREAM_CLIENT_PREFIX: &str = "JetStream stream ";
/// The queue group of direct-get subscriptions, which are not the stream's subjects.
const DIRECT_GET_QUEUE: &[u8] = b"_sys_";

static TRACE_DEST: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new(mt::MSG_TRACE_DEST.as_bytes()));

/// Whether a header block may ask for a trace: the one check paid by every message with
/// headers. A hit is confirmed by [`begin`].
#[inline]
pub(crate) fn may_trace(headers: &[u8]) -> bool {
    TRACE_DEST.find(headers).is_some()
}

/// What a message with trace headers leads to.
pub(crate) enum Begin {
    /// No trace after all (disabled, or an invalid destination): route it as usual.
    Untraced,
    /// Neither traced nor delivered (a destination the publisher may not publish to).
    Skip,
    /// Traced.
    Traced(Box<Trace>),
}

/// How the event is encoded (`Accept-Encoding` of the traced message).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Encoding {
    Plain,
    Snappy,
    Gzip,
    /// Asked for something else: sent plain, marked `identity`.
    Identity,
}

/// The trace of one message being routed.
#[derive(Debug)]
pub(crate) struct Trace {
    dest: String,
    only: bool,
    encoding: Encoding,
    event: MsgTraceEvent,
}

/// Who published a traced message.
pub(crate) struct Publisher<'a> {
    /// Connection id.
    pub cid: u64,
    /// CONNECT `name`.
    pub name: &'a str,
    /// The account it publishes in.
    pub account: &'a str,
}

/// Starts tracing `p` if its headers ask for it. `may_publish` says whether the publisher
/// may publish to the trace destination; `Err(dest)` from it means no, and the caller reports
/// the violation for `dest`.
pub(crate) fn begin(
    p: &PubRef<'_>,
    publisher: &Publisher<'_>,
    may_publish: impl FnOnce(&[u8]) -> bool,
) -> Result<Begin, String> {
    let Some(header) = mt::trace_headers(p.headers()) else {
        return Ok(Begin::Untraced);
    };
    let first = |k: &str| header.get(k).and_then(|v| v.first()).map(String::as_str);
    let only = first(mt::MSG_TRACE_ONLY)
        .is_some_and(|v| matches!(v.to_ascii_lowercase().as_str(), "1" | "true" | "on"));
    let dest = first(mt::MSG_TRACE_DEST).unwrap_or_default().to_string();
    if !may_publish(dest.as_bytes()) {
        return Err(dest);
    }
    if !rnats_proto::subject::is_valid_publish_subject(dest.as_bytes()) {
        crate::log_error!("Destination {dest:?} is not valid, won't be able to trace events");
        // nats-server 2.14.0 still traces a trace-only message (so it is not delivered) and
        // publishes its event to that subject as it is.
        if !only {
            return Ok(Begin::Untraced);
        }
    }
    let encoding = match first(mt::ACCEPT_ENCODING).map(str::to_ascii_lowercase) {
        None => Encoding::Plain,
        Some(e) if e.is_empty() => Encoding::Plain,
        Some(e) if e.contains("snappy") || e.contains("s2") => Encoding::Snappy,
        Some(e) if e.contains("gzip") => Encoding::Gzip,
        Some(_) => Encoding::Identity,
    };
    let ingress = Ingress {
        ts: Timestamp::now_local(),
        kind: mt::kind::CLIENT,
        cid: publisher.cid,
        name: publisher.name.to_string(),
        acc: publisher.account.to_string(),
        subj: String::from_utf8_lossy(p.subject).into_owned(),
        error: String::new(),
    };
    Ok(Begin::Traced(Box::new(Trace {
        dest,
        only,
        encoding,
        event: MsgTraceEvent {
            server: serde_json::Value::Null,
            request: MsgTraceRequest {
                header,
                msgsize: p.payload.len() as u64,
            },
            hops: 0,
            events: vec![Step::Ingress(ingress)],
        },
    })))
}

impl Trace {
    /// Records why the message was refused at ingress.
    pub(crate) fn set_ingress_error(&mut self, error: String) {
        if let Some(Step::Ingress(i)) = self.event.events.first_mut() {
            i.error = error;
        }
    }

    /// Records a subject mapping.
    pub(crate) fn mapped(&mut self, to: &[u8]) {
        self.event.events.push(Step::SubjectMapping(SubjectMapping {
            ts: Timestamp::now_local(),
            to: String::from_utf8_lossy(to).into_owned(),
        }));
    }

    fn egress(&mut self, client: &ClientShared, sub: &Subscription, error: &str) {
        let name = client
            .meta
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .name
            .clone();
        self.event.events.push(Step::Egress(Egress {
            ts: Timestamp::now_local(),
            kind: kind_number(client.kind),
            cid: client.cid,
            name,
            hop: String::new(),
            acc: String::new(),
            sub: String::from_utf8_lossy(&sub.subject).into_owned(),
            queue: sub
                .queue
                .as_deref()
                .map(|q| String::from_utf8_lossy(q).into_owned())
                .unwrap_or_default(),
            error: error.to_string(),
        }));
    }

    /// Publishes the event to the trace destination in `account`, staged with the batch's
    /// other deliveries. Nothing is sent without a system account (as upstream).
    pub(crate) fn send(mut self, server: &Server, account: &Account, staging: &mut Staging) {
        let Some(sys) = server.system_service() else {
            return;
        };
        self.event.server = sys.server_info(server);
        let json = match rnats_proto::monitor::format::to_go_json(&self.event, false) {
            Ok(j) => j,
            Err(e) => {
                crate::log_error!("message trace event: {e}");
                return;
            }
        };
        let (body, content) = match self.encoding {
            Encoding::Plain => (json, None),
            Encoding::Identity => (json, Some("identity")),
            Encoding::Snappy => (snappy_frame(&json), Some("snappy")),
            Encoding::Gzip => match gzip(&json) {
                Ok(z) => (z, Some("gzip")),
                Err(_) => (json, Some("identity")),
            },
        };
        let mut payload = Vec::with_capacity(body.len() + 48);
        if let Some(c) = content {
            payload.extend_from_slice(
                format!("NATS/1.0\r\n{}: {c}\r\n\r\n", mt::CONTENT_ENCODING).as_bytes(),
            );
        }
        let hdr_len = payload.len();
        payload.extend_from_slice(&body);
        let (mut hd, mut sd) = (encode::DigitBuf::default(), encode::DigitBuf::default());
        let event = PubRef {
            subject: self.dest.as_bytes(),
            reply: None,
            hdr_len,
            payload: &payload,
            hdr_digits: if hdr_len > 0 {
                encode::fmt_u64(hdr_len as u64, &mut hd)
            } else {
                b""
            },
            size_digits: encode::fmt_u64(payload.len() as u64, &mut sd),
        };
        let result = account.sublist().matches(self.dest.as_bytes());
        router::deliver_all(staging, account, 0, true, &result, &event);
    }
}

/// nats-server's number for a connection kind.
fn kind_number(k: ConnKind) -> i32 {
    match k {
        ConnKind::Client => mt::kind::CLIENT,
        ConnKind::Router => mt::kind::ROUTER,
        ConnKind::Gateway => mt::kind::GATEWAY,
        ConnKind::System => mt::kind::SYSTEM,
        ConnKind::Leafnode => mt::kind::LEAF,
        ConnKind::JetStream => mt::kind::JETSTREAM,
        ConnKind::Account => mt::kind::ACCOUNT,
    }
}

/// The snappy framing format (what Go's `s2.NewWriter(w, s2.WriterSnappyCompat())` writes):
/// the stream identifier, then one compressed chunk per 64 KiB with its masked CRC-32C.
fn snappy_frame(data: &[u8]) -> Vec<u8> {
    let mut out = b"\xff\x06\x00\x00sNaPpY".to_vec();
    for block in data.chunks(65536) {
        let compressed = minlz::encode_snappy(block);
        let len = compressed.len() + 4;
        out.push(0x00);
        out.extend_from_slice(&(len as u32).to_le_bytes()[..3]);
        out.extend_from_slice(&minlz::crc::crc(block).to_le_bytes());
        out.extend_from_slice(&compressed);
    }
    out
}

fn gzip(data: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut z = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    z.write_all(data)?;
    z.finish()
}

/// The message with its `Nats-Trace-Dest` value replaced by `trace disabled`, as upstream
/// delivers it where tracing stops (stored in a stream, forwarded to a service), so no later
/// hop starts a trace of its own.
fn with_trace_disabled(p: &PubRef<'_>) -> Vec<u8> {
    let hdr = p.headers();
    let key = b"\r\nNats-Trace-Dest:";
    let Some(at) = memchr::memmem::find(hdr, key) else {
        return p.payload.to_vec();
    };
    let value_start = at + key.len();
    let line_end =
        memchr::memmem::find(&hdr[value_start..], b"\r\n").map_or(hdr.len(), |i| value_start + i);
    let mut out = Vec::with_capacity(p.payload.len() + 16);
    out.extend_from_slice(&hdr[..value_start]);
    out.extend_from_slice(b" ");
    out.extend_from_slice(mt::MSG_TRACE_DEST_DISABLED.as_bytes());
    out.extend_from_slice(&p.payload[line_end..]);
    out
}

/// Delivers `p` through `deliver` with tracing disabled in its headers.
fn deliver_disabled(
    staging: &mut Staging,
    account: &Account,
    sub: &Arc<Subscription>,
    p: &PubRef<'_>,
) -> bool {
    let payload = with_trace_disabled(p);
    let hdr_len = p.hdr_len + payload.len() - p.payload.len();
    let (mut hd, mut sd) = (encode::DigitBuf::default(), encode::DigitBuf::default());
    let q = PubRef {
        payload: &payload,
        hdr_len,
        hdr_digits: encode::fmt_u64(hdr_len as u64, &mut hd),
        size_digits: encode::fmt_u64(payload.len() as u64, &mut sd),
        ..*p
    };
    router::deliver(staging, account, sub, &q)
}

/// [`router::deliver_all`] for a traced message: the same choice of receivers, with every
/// step recorded in `t` (and, for a trace-only message, nothing delivered).
pub(crate) fn deliver_all(
    staging: &mut Staging,
    account: &Account,
    my_cid: u64,
    echo: bool,
    result: &MatchResult<Subscription>,
    p: &PubRef<'_>,
    t: &mut Trace,
) -> bool {
    // Both closures record into `t`; they never run at the same time.
    let t = std::cell::RefCell::new(t);
    router::select_receivers(
        result,
        my_cid,
        echo,
        |sub| t.borrow_mut().egress(&sub.client, sub, ERR_NO_ECHO),
        |sub| deliver_one(staging, account, sub, p, &mut t.borrow_mut()),
    )
}

fn deliver_one(
    staging: &mut Staging,
    account: &Account,
    sub: &Arc<Subscription>,
    p: &PubRef<'_>,
    t: &mut Trace,
) -> bool {
    if sub.closed.load(Ordering::Relaxed) {
        if sub.client.kind == ConnKind::Client {
            t.egress(&sub.client, sub, ERR_SUB_CLOSED);
        }
        return false;
    }
    match sub.route.as_deref() {
        None => deliver_plain(staging, account, sub, p, t),
        Some(SubRoute::Client {
            import: Some(im),
            filter,
            ..
        }) => {
            // A stream import's shadow: the trace stops at the account boundary.
            let local = im.local_subject(p.subject);
            if filter
                .as_ref()
                .is_some_and(|f| !rnats_proto::subject::matches(f, &local))
            {
                return false;
            }
            let importer = sub
                .client
                .meta
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .account
                .to_string();
            t.event.events.push(Step::StreamExport(StreamExport {
                ts: Timestamp::now_local(),
                acc: importer,
                to: String::from_utf8_lossy(&local).into_owned(),
            }));
            if t.only {
                return true;
            }
            router::deliver(staging, account, sub, p)
        }
        Some(SubRoute::Client {
            import: None,
            filter,
            deny,
        }) => {
            if filter
                .as_ref()
                .is_some_and(|f| !rnats_proto::subject::matches(f, p.subject))
            {
                return false;
            }
            if deny
                .as_ref()
                .is_some_and(|d| d.delivery_denied_with_queue(p.subject, sub.queue.as_deref()))
            {
                t.egress(&sub.client, sub, ERR_SUB_DENY);
                return false;
            }
            deliver_plain(staging, account, sub, p, t)
        }
        Some(SubRoute::Service(si)) => {
            let to = si.remote_subject(p.subject);
            t.event.events.push(Step::ServiceImport(ServiceImport {
                ts: Timestamp::now_local(),
                acc: si.to.name().to_string(),
                from: String::from_utf8_lossy(p.subject).into_owned(),
                to: String::from_utf8_lossy(&to).into_owned(),
            }));
            if t.only {
                return false;
            }
            deliver_disabled(staging, account, sub, p)
        }
        Some(SubRoute::Response(r)) => {
            t.event.events.push(Step::ServiceImport(ServiceImport {
                ts: Timestamp::now_local(),
                acc: r.requester.name().to_string(),
                from: String::from_utf8_lossy(p.subject).into_owned(),
                to: String::from_utf8_lossy(&r.reply).into_owned(),
            }));
            if t.only {
                return false;
            }
            deliver_disabled(staging, account, sub, p)
        }
        // An internal subscription (the JetStream API): served as upstream serves its
        // internal callbacks, even when only tracing.
        Some(SubRoute::Requester) => router::deliver(staging, account, sub, p),
        // An inline service: a stream's subjects (the `js` event, see `deliver_plain`), or
        // direct gets, served like upstream's internal callbacks too.
        Some(SubRoute::Inline(_)) => deliver_plain(staging, account, sub, p, t),
    }
}

/// A subscription without a route: a client's (one egress), a stream's (the `js` event) or
/// another internal client's (delivered, not recorded).
fn deliver_plain(
    staging: &mut Staging,
    account: &Account,
    sub: &Arc<Subscription>,
    p: &PubRef<'_>,
    t: &mut Trace,
) -> bool {
    match sub.client.kind {
        ConnKind::Client | ConnKind::Router | ConnKind::Gateway | ConnKind::Leafnode => {
            if t.only {
                t.egress(&sub.client, sub, "");
                return true;
            }
            if router::deliver(staging, account, sub, p) {
                t.egress(&sub.client, sub, "");
                true
            } else {
                t.egress(&sub.client, sub, ERR_AUTO_SUB_EXCEEDED);
                false
            }
        }
        ConnKind::JetStream => {
            let stream = {
                let meta = sub.client.meta.lock().unwrap_or_else(|e| e.into_inner());
                meta.name
                    .strip_prefix(STREAM_CLIENT_PREFIX)
                    .map(str::to_string)
            };
            match stream {
                Some(stream) if sub.queue.as_deref() != Some(DIRECT_GET_QUEUE) => {
                    t.event.events.push(Step::JetStream(JetStream {
                        ts: Timestamp::now_local(),
                        stream,
                        subject: String::from_utf8_lossy(p.subject).into_owned(),
                        nointerest: false,
                        error: String::new(),
                    }));
                    if t.only {
                        return true;
                    }
                    deliver_disabled(staging, account, sub, p)
                }
                _ => router::deliver(staging, account, sub, p),
            }
        }
        ConnKind::System | ConnKind::Account => router::deliver(staging, account, sub, p),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pubref<'a>(payload: &'a [u8], hdr_len: usize) -> PubRef<'a> {
        PubRef {
            subject: b"foo",
            reply: None,
            hdr_len,
            payload,
            hdr_digits: b"",
            size_digits: b"",
        }
    }

    #[test]
    fn trace_disabled_replaces_the_value_only() {
        let hdr = b"NATS/1.0\r\nA: 1\r\nNats-Trace-Dest: my.inbox\r\nB: 2\r\n\r\n";
        let mut payload = hdr.to_vec();
        payload.extend_from_slice(b"body");
        let out = with_trace_disabled(&pubref(&payload, hdr.len()));
        assert_eq!(
            out,
            b"NATS/1.0\r\nA: 1\r\nNats-Trace-Dest: trace disabled\r\nB: 2\r\n\r\nbody"
        );
    }

    #[test]
    fn snappy_frame_reads_back() {
        let data = b"{\"events\":[]}".repeat(10_000);
        let framed = snappy_frame(&data);
        let mut back = Vec::new();
        std::io::Read::read_to_end(&mut minlz::Reader::new(&framed[..]), &mut back)
            .expect("valid stream");
        assert_eq!(back, data);
    }

    #[test]
    fn begin_reads_only_and_encoding() {
        let hdr = b"NATS/1.0\r\nNats-Trace-Dest: t.d\r\nNats-Trace-Only: TRUE\r\nAccept-Encoding: snappy\r\n\r\n";
        let p = pubref(hdr, hdr.len());
        let who = Publisher {
            cid: 7,
            name: "me",
            account: "$G",
        };
        let Ok(Begin::Traced(t)) = begin(&p, &who, |_| true) else {
            panic!("traced");
        };
        assert!(t.only);
        assert_eq!(t.encoding, Encoding::Snappy);
        assert_eq!(t.event.request.msgsize, hdr.len() as u64);
        assert!(matches!(begin(&p, &who, |_| false), Err(d) if d == "t.d"));
        let bad = b"NATS/1.0\r\nNats-Trace-Dest: a.*\r\nNats-Trace-Only: on\r\n\r\n";
        assert!(matches!(
            begin(&pubref(bad, bad.len()), &who, |_| true),
            Ok(Begin::Traced(_))
        ));
        let bad = b"NATS/1.0\r\nNats-Trace-Dest: a.*\r\n\r\n";
        assert!(matches!(
            begin(&pubref(bad, bad.len()), &who, |_| true),
            Ok(Begin::Untraced)
        ));
    }
}
