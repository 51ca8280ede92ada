//! Owned protocol ops for the client side (the rnats client, the CLI tools and tests).
//!
//! - [`ClientOp`]: what a client sends, with [`ClientOp::encode`].
//! - [`ServerOp`]: what a server sends, with the incremental [`ServerOp::parse`] over a read
//!   `BytesMut` and [`ServerOp::encode`] (handy for mock servers in tests).
//!
//! [`ServerOp::parse`] follows the client half of nats-server/nats.go's protocol: op names are
//! case-insensitive, arguments are separated by runs of spaces or tabs, a control line ends at
//! `\n` (a `\r` before it is dropped), sids are unsigned integers as in nats.go, sizes are 1 to 9
//! digits, and a payload must be followed by exactly `\r\n`. Subject, reply and payload are
//! `Bytes` sharing the read buffer's memory (`split_to(..).freeze()`), not copies.
#![deny(clippy::arithmetic_side_effects)]

use bytes::{Buf, BufMut, Bytes, BytesMut};
use memchr::memchr;

use crate::encode::{self, fmt_u64, DigitBuf, CRLF};
use crate::headers::HeaderMap;
use crate::info::{ConnectInfo, ServerInfo};
use crate::parser::parse_size;

/// Messages up to this size are copied out of the read buffer (see [`ServerOp::parse`]);
/// larger ones share it.
const COPY_MAX: usize = 4096;

/// Longest control line [`ServerOp::parse`] accepts. Far above anything a server sends (an
/// `INFO` listing a large cluster's URLs is a few KiB), it only bounds buffering on garbage.
pub const MAX_SERVER_CONTROL_LINE: usize = 1024 * 1024;

/// An op a client sends.
#[derive(Debug, Clone, PartialEq)]
pub enum ClientOp {
    /// `CONNECT {json}`.
    Connect(ConnectInfo),
    /// `PUB`, or `HPUB` when `headers` is set.
    Pub {
        /// Subject published to.
        subject: Bytes,
        /// Reply subject.
        reply: Option<Bytes>,
        /// Headers; `Some` (even empty) sends `HPUB`.
        headers: Option<HeaderMap>,
        /// Message body.
        payload: Bytes,
    },
    /// `SUB <subject> [queue] <sid>`.
    Sub {
        /// Subject or wildcard pattern.
        subject: Bytes,
        /// Queue group.
        queue: Option<Bytes>,
        /// Subscription id chosen by the client.
        sid: u64,
    },
    /// `UNSUB <sid> [max]`.
    Unsub {
        /// Subscription id.
        sid: u64,
        /// Unsubscribe automatically after this many messages.
        max: Option<u64>,
    },
    /// `PING`.
    Ping,
    /// `PONG`.
    Pong,
}

impl ClientOp {
    /// Appends the op in wire form. Only `Connect` can fail (JSON serialisation, which does not
    /// fail for [`ConnectInfo`] in practice); the buffer is then left unchanged.
    pub fn encode(&self, buf: &mut BytesMut) -> Result<(), serde_json::Error> {
        match self {
            ClientOp::Connect(info) => {
                let start = buf.len();
                buf.put_slice(b"CONNECT ");
                let mut w = buf.writer();
                if let Err(e) = serde_json::to_writer(&mut w, info) {
                    w.into_inner().truncate(start);
                    return Err(e);
                }
                w.into_inner().put_slice(CRLF);
            }
            ClientOp::Pub {
                subject,
                reply,
                headers,
                payload,
            } => encode_pub(buf, subject, reply.as_deref(), headers.as_ref(), payload),
            ClientOp::Sub {
                subject,
                queue,
                sid,
            } => {
                let mut d = DigitBuf::default();
                put_line(
                    buf,
                    b"SUB",
                    subject,
                    queue.as_deref(),
                    &[fmt_u64(*sid, &mut d)],
                );
            }
            ClientOp::Unsub { sid, max } => {
                let mut d1 = DigitBuf::default();
                let mut d2 = DigitBuf::default();
                let sid = fmt_u64(*sid, &mut d1);
                match max {
                    Some(m) => put_line(buf, b"UNSUB", sid, None, &[fmt_u64(*m, &mut d2)]),
                    None => put_line(buf, b"UNSUB", sid, None, &[]),
                }
            }
            ClientOp::Ping => buf.put_slice(encode::PING),
            ClientOp::Pong => buf.put_slice(encode::PONG),
        }
        Ok(())
    }
}

/// Writes `<op> <first>[ <second>]( <tail>)*\r\n`.
fn put_line(buf: &mut BytesMut, op: &[u8], first: &[u8], second: Option<&[u8]>, tail: &[&[u8]]) {
    // Lengths of slices in memory: the sum cannot overflow, and only sizes a reservation.
    let n = tail.iter().chain(second.as_ref()).fold(
        op.len().saturating_add(first.len()).saturating_add(3),
        |n, t| n.saturating_add(t.len()).saturating_add(1),
    );
    buf.reserve(n);
    buf.put_slice(op);
    buf.put_u8(b' ');
    buf.put_slice(first);
    if let Some(s) = second {
        buf.put_u8(b' ');
        buf.put_slice(s);
    }
    for t in tail {
        buf.put_u8(b' ');
        buf.put_slice(t);
    }
    buf.put_slice(CRLF);
}

/// An op a server sends.
#[derive(Debug, Clone, PartialEq)]
pub enum ServerOp {
    /// `INFO {json}`.
    Info(Box<ServerInfo>),
    /// `MSG`, or `HMSG` when `headers` is set.
    Msg {
        /// Subject the message was published to.
        subject: Bytes,
        /// Subscription id it was delivered for.
        sid: u64,
        /// Reply subject.
        reply: Option<Bytes>,
        /// Parsed headers (`HMSG` with a non-empty header block).
        headers: Option<HeaderMap>,
        /// Body, without the headers.
        payload: Bytes,
    },
    /// `PING`.
    Ping,
    /// `PONG`.
    Pong,
    /// `+OK`.
    Ok,
    /// `-ERR 'text'`: the text without its quotes.
    Err(String),
}

/// A `MSG`/`HMSG` frame with its header block exactly as sent, not parsed: what a server
/// needs when it reads its own deliveries back (nats-server stores and forwards a message's
/// header block byte for byte, whatever its lines look like).
#[derive(Debug, Clone, PartialEq)]
pub struct RawMsg {
    /// Subject the message was published to.
    pub subject: Bytes,
    /// Subscription id it was delivered for.
    pub sid: u64,
    /// Reply subject.
    pub reply: Option<Bytes>,
    /// The header block as received (`HMSG` with a non-empty one), `NATS/1.0` line included.
    pub header_block: Option<Bytes>,
    /// Body, without the headers.
    pub payload: Bytes,
}

/// One op from [`ServerOp::parse_raw`]: a message with its header block unparsed, or any
/// other op.
#[derive(Debug, Clone, PartialEq)]
pub enum RawServerOp {
    /// `MSG` or `HMSG`.
    Msg(RawMsg),
    /// Every other op, as [`ServerOp::parse`] returns it.
    Other(ServerOp),
}

/// Why a server's bytes cannot be parsed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ServerOpError {
    /// An op name a server never sends.
    #[error("unknown server operation: '{0}'")]
    UnknownOp(String),
    /// A control line longer than [`MAX_SERVER_CONTROL_LINE`].
    #[error("server control line longer than {MAX_SERVER_CONTROL_LINE} bytes")]
    ControlLineTooLong,
    /// Wrong number or form of arguments.
    #[error("malformed {op} arguments: '{args}'")]
    BadArgs {
        /// `MSG` or `HMSG`.
        op: &'static str,
        /// The arguments, lossily decoded.
        args: String,
    },
    /// A message larger than the caller's limit.
    #[error("message of {size} bytes exceeds the limit of {max}")]
    MaxPayload {
        /// Announced total size.
        size: usize,
        /// The limit passed to `parse`.
        max: usize,
    },
    /// A payload not followed by `\r\n`.
    #[error("payload not terminated by CRLF")]
    BadPayloadEnd,
    /// `INFO` whose JSON does not decode.
    #[error("invalid INFO JSON: {0}")]
    BadInfo(String),
}

#[inline]
fn is_ws(b: u8) -> bool {
    b == b' ' || b == b'\t'
}

/// Splits `line` on runs of spaces and tabs into at most `N` ranges; returns the count, or
/// `N + 1` when there are more.
fn split_ranges<const N: usize>(line: &[u8], out: &mut [(usize, usize); N]) -> usize {
    // `i <= line.len()` and `n <= N` throughout: the increments cannot overflow.
    let (mut n, mut i) = (0usize, 0usize);
    while i < line.len() {
        while i < line.len() && is_ws(line[i]) {
            i = i.saturating_add(1);
        }
        if i == line.len() {
            break;
        }
        let start = i;
        while i < line.len() && !is_ws(line[i]) {
            i = i.saturating_add(1);
        }
        let Some(slot) = out.get_mut(n) else {
            return N.saturating_add(1);
        };
        *slot = (start, i);
        n = n.saturating_add(1);
    }
    n
}

/// A sid as nats.go reads it: decimal digits only, here any value that fits a `u64`.
fn parse_sid(d: &[u8]) -> Option<u64> {
    if d.is_empty() {
        return None;
    }
    d.iter().try_fold(0u64, |n, &b| {
        let digit = char::from(b).to_digit(10)?;
        n.checked_mul(10)?.checked_add(u64::from(digit))
    })
}

fn starts_with_ci(s: &[u8], prefix: &[u8]) -> bool {
    s.len() >= prefix.len() && s[..prefix.len()].eq_ignore_ascii_case(prefix)
}

impl ServerOp {
    /// Parses one op from the front of `buf`. On `Ok(Some(op))` exactly that op's bytes have
    /// been removed from `buf`; on `Ok(None)` more bytes are needed and nothing was consumed.
    /// `max_payload` bounds the total size of a message (headers included). After an error
    /// the stream cannot be resynchronised. A message's header block is decoded leniently
    /// ([`HeaderMap::parse_lenient`]), so no message is ever dropped for its headers.
    pub fn parse(
        buf: &mut BytesMut,
        max_payload: usize,
    ) -> Result<Option<ServerOp>, ServerOpError> {
        let m = match ServerOp::parse_raw(buf, max_payload)? {
            None => return Ok(None),
            Some(RawServerOp::Other(op)) => return Ok(Some(op)),
            Some(RawServerOp::Msg(m)) => m,
        };
        // Whatever the block holds, the message is delivered (nats.go does the same); an
        // undecodable block leaves it without headers.
        let headers = m
            .header_block
            .map(|b| HeaderMap::parse_lenient(&b).unwrap_or_default());
        Ok(Some(ServerOp::Msg {
            subject: m.subject,
            sid: m.sid,
            reply: m.reply,
            headers,
            payload: m.payload,
        }))
    }

    /// [`ServerOp::parse`] without decoding a message's header block: `MSG`/`HMSG` come back
    /// as [`RawMsg`] and can never fail on their headers.
    pub fn parse_raw(
        buf: &mut BytesMut,
        max_payload: usize,
    ) -> Result<Option<RawServerOp>, ServerOpError> {
        let window = &buf[..buf.len().min(MAX_SERVER_CONTROL_LINE + 2)];
        let nl = match memchr(b'\n', window) {
            Some(nl) => nl,
            None if buf.len() > MAX_SERVER_CONTROL_LINE + 1 => {
                return Err(ServerOpError::ControlLineTooLong)
            }
            None => return Ok(None),
        };
        let mut line = &buf[..nl];
        if let Some((&b'\r', rest)) = line.split_last() {
            line = rest;
        }
        if line.len() > MAX_SERVER_CONTROL_LINE {
            return Err(ServerOpError::ControlLineTooLong);
        }
        let after_line = nl.saturating_add(1);
        let name_end = line.iter().position(|&b| is_ws(b)).unwrap_or(line.len());
        let (name, rest) = line.split_at(name_end);

        if name.eq_ignore_ascii_case(b"MSG") || name.eq_ignore_ascii_case(b"HMSG") {
            let has_hdr = name.len() == 4;
            let op = if has_hdr { "HMSG" } else { "MSG" };
            let bad = || ServerOpError::BadArgs {
                op,
                args: String::from_utf8_lossy(rest).into_owned(),
            };
            let mut a = [(0usize, 0usize); 5];
            let count = split_ranges(rest, &mut a);
            // (subject, sid, reply, hdr, total) as ranges within `rest`.
            let (subj, sid, reply, hdr, total) = match (has_hdr, count) {
                (false, 3) => (a[0], a[1], None, None, a[2]),
                (false, 4) => (a[0], a[1], Some(a[2]), None, a[3]),
                (true, 4) => (a[0], a[1], None, Some(a[2]), a[3]),
                (true, 5) => (a[0], a[1], Some(a[2]), Some(a[3]), a[4]),
                _ => return Err(bad()),
            };
            let tok = |r: (usize, usize)| &rest[r.0..r.1];
            let sid = parse_sid(tok(sid)).ok_or_else(bad)?;
            let total = parse_size(tok(total)).ok_or_else(bad)?;
            let hdr_len = match hdr {
                Some(h) => parse_size(tok(h)).ok_or_else(bad)?,
                None => 0,
            };
            if hdr_len > total {
                return Err(bad());
            }
            if total > max_payload {
                return Err(ServerOpError::MaxPayload {
                    size: total,
                    max: max_payload,
                });
            }
            // `after_line` is within `buf` and `total` at most `max_payload`: saturating only
            // makes an absurd sum read as "not arrived yet".
            let end = after_line.saturating_add(total);
            let after = end.saturating_add(2);
            match buf.get(end..after) {
                Some(CRLF) => {}
                Some(_) => return Err(ServerOpError::BadPayloadEnd),
                None if buf.get(end).is_some_and(|&b| b != b'\r') => {
                    return Err(ServerOpError::BadPayloadEnd)
                }
                None => return Ok(None),
            }
            // Offsets of the tokens within the whole buffer (`rest` starts at `name_end`), all
            // within the control line.
            let base = name_end;
            let abs = |r: (usize, usize)| base.saturating_add(r.0)..base.saturating_add(r.1);
            let has_block = has_hdr && hdr_len > 0;
            let (subject, reply, headers, payload) = if total <= COPY_MAX {
                // Small message: copy it out and leave the read buffer unshared, so the
                // next read reuses it in place instead of allocating a fresh one while
                // earlier messages still pin the old one.
                let own = |r: (usize, usize)| Bytes::from(buf[abs(r)].to_vec());
                // `hdr_len <= total`, checked above.
                let body = after_line.saturating_add(hdr_len);
                let headers = has_block.then(|| Bytes::copy_from_slice(&buf[after_line..body]));
                let op = (
                    own(subj),
                    reply.map(own),
                    headers,
                    Bytes::copy_from_slice(&buf[body..end]),
                );
                buf.advance(after);
                op
            } else {
                let line = buf.split_to(after_line).freeze();
                let header_block = buf.split_to(hdr_len);
                let payload = buf.split_to(total.saturating_sub(hdr_len)).freeze();
                buf.advance(2);
                (
                    line.slice(abs(subj)),
                    reply.map(|r| line.slice(abs(r))),
                    has_block.then(|| header_block.freeze()),
                    payload,
                )
            };
            return Ok(Some(RawServerOp::Msg(RawMsg {
                subject,
                sid,
                reply,
                header_block: headers,
                payload,
            })));
        }

        let op = if starts_with_ci(line, b"PING") {
            ServerOp::Ping
        } else if starts_with_ci(line, b"PONG") {
            ServerOp::Pong
        } else if starts_with_ci(line, b"+OK") {
            ServerOp::Ok
        } else if name.eq_ignore_ascii_case(b"-ERR") {
            let text = trim(rest);
            let text = text.strip_prefix(b"'").unwrap_or(text);
            let text = text.strip_suffix(b"'").unwrap_or(text);
            ServerOp::Err(String::from_utf8_lossy(text).into_owned())
        } else if name.eq_ignore_ascii_case(b"INFO") {
            let info: ServerInfo = serde_json::from_slice(trim(rest))
                .map_err(|e| ServerOpError::BadInfo(e.to_string()))?;
            ServerOp::Info(Box::new(info))
        } else {
            return Err(ServerOpError::UnknownOp(
                String::from_utf8_lossy(&line[..line.len().min(32)]).into_owned(),
            ));
        };
        buf.advance(after_line);
        Ok(Some(RawServerOp::Other(op)))
    }

    /// Appends the op in wire form. Only `Info` can fail (JSON serialisation, which does not
    /// fail for [`ServerInfo`] in practice); the buffer is then left unchanged.
    pub fn encode(&self, buf: &mut BytesMut) -> Result<(), serde_json::Error> {
        match self {
            ServerOp::Info(info) => return encode::info(buf, info),
            ServerOp::Msg {
                subject,
                sid,
                reply,
                headers,
                payload,
            } => {
                let mut d = DigitBuf::default();
                let sid = fmt_u64(*sid, &mut d);
                match headers {
                    None => encode::msg(buf, subject, sid, reply.as_deref(), payload),
                    Some(h) => {
                        let hdr_len = h.encoded_len();
                        encode::hmsg_line(
                            buf,
                            subject,
                            sid,
                            reply.as_deref(),
                            hdr_len,
                            hdr_len.saturating_add(payload.len()),
                        );
                        buf.reserve(hdr_len.saturating_add(payload.len()).saturating_add(2));
                        h.encode(buf);
                        buf.put_slice(payload);
                        buf.put_slice(CRLF);
                    }
                }
            }
            ServerOp::Ping => buf.put_slice(encode::PING),
            ServerOp::Pong => buf.put_slice(encode::PONG),
            ServerOp::Ok => buf.put_slice(encode::OK),
            ServerOp::Err(text) => encode::err(buf, text),
        }
        Ok(())
    }
}

/// Appends a `PUB` (or `HPUB` when `headers` is given) in wire form: what
/// [`ClientOp::Pub`] encodes to, without building the op.
pub fn encode_pub(
    buf: &mut BytesMut,
    subject: &[u8],
    reply: Option<&[u8]>,
    headers: Option<&HeaderMap>,
    payload: &[u8],
) {
    let mut d1 = DigitBuf::default();
    let mut d2 = DigitBuf::default();
    match headers {
        None => {
            let size = fmt_u64(payload.len() as u64, &mut d1);
            put_line(buf, b"PUB", subject, reply, &[size]);
            buf.reserve(payload.len().saturating_add(2));
            buf.put_slice(payload);
        }
        Some(h) => {
            let hdr_len = h.encoded_len();
            let hdr = fmt_u64(hdr_len as u64, &mut d1);
            let total_len = hdr_len.saturating_add(payload.len());
            let total = fmt_u64(total_len as u64, &mut d2);
            put_line(buf, b"HPUB", subject, reply, &[hdr, total]);
            buf.reserve(total_len.saturating_add(2));
            h.encode(buf);
            buf.put_slice(payload);
        }
    }
    buf.put_slice(CRLF);
}

fn trim(s: &[u8]) -> &[u8] {
    let start = s.iter().position(|&b| !is_ws(b)).unwrap_or(s.len());
    let end = s
        .iter()
        .rposition(|&b| !is_ws(b))
        .map_or(start, |e| e.saturating_add(1));
    &s[start..end]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parser::{next_client_op, ClientOpRef, ParseLimits};

    const MAX: usize = 1024 * 1024;

    fn headers() -> HeaderMap {
        let mut h = HeaderMap::new();
        h.append("Nats-Msg-Id", "1").expect("append");
        h.append("X", "a b").expect("append");
        h
    }

    /// Every server op shape, in wire form, with the op it must parse to.
    fn server_samples() -> Vec<(Vec<u8>, ServerOp)> {
        let info = ServerInfo {
            server_id: "NID".into(),
            max_payload: 1024,
            headers: true,
            ..Default::default()
        };
        let mut info_wire = BytesMut::new();
        encode::info(&mut info_wire, &info).expect("info");
        let status = HeaderMap::with_status(503, None).expect("status");
        vec![
            (info_wire.to_vec(), ServerOp::Info(Box::new(info))),
            (b"PING\r\n".to_vec(), ServerOp::Ping),
            (b"PONG\r\n".to_vec(), ServerOp::Pong),
            (b"+OK\r\n".to_vec(), ServerOp::Ok),
            (
                b"-ERR 'Authorization Violation'\r\n".to_vec(),
                ServerOp::Err("Authorization Violation".into()),
            ),
            (
                b"MSG foo 1 5\r\nhello\r\n".to_vec(),
                ServerOp::Msg {
                    subject: Bytes::from_static(b"foo"),
                    sid: 1,
                    reply: None,
                    headers: None,
                    payload: Bytes::from_static(b"hello"),
                },
            ),
            (
                b"MSG foo.bar 42 _INBOX.r 0\r\n\r\n".to_vec(),
                ServerOp::Msg {
                    subject: Bytes::from_static(b"foo.bar"),
                    sid: 42,
                    reply: Some(Bytes::from_static(b"_INBOX.r")),
                    headers: None,
                    payload: Bytes::new(),
                },
            ),
            (
                b"HMSG foo 7 36 38\r\nNATS/1.0\r\nNats-Msg-Id: 1\r\nX: a b\r\n\r\nhi\r\n".to_vec(),
                ServerOp::Msg {
                    subject: Bytes::from_static(b"foo"),
                    sid: 7,
                    reply: None,
                    headers: Some(headers()),
                    payload: Bytes::from_static(b"hi"),
                },
            ),
            (
                b"HMSG _INBOX.x 3 reply 16 16\r\nNATS/1.0 503\r\n\r\n\r\n".to_vec(),
                ServerOp::Msg {
                    subject: Bytes::from_static(b"_INBOX.x"),
                    sid: 3,
                    reply: Some(Bytes::from_static(b"reply")),
                    headers: Some(status),
                    payload: Bytes::new(),
                },
            ),
        ]
    }

    fn parse_one(bytes: &[u8]) -> Result<Option<ServerOp>, ServerOpError> {
        let mut buf = BytesMut::from(bytes);
        ServerOp::parse(&mut buf, MAX)
    }

    #[test]
    fn server_ops_parse_and_encode() {
        for (wire, want) in server_samples() {
            let mut buf = BytesMut::from(&wire[..]);
            buf.extend_from_slice(b"PING\r\n");
            let got = ServerOp::parse(&mut buf, MAX)
                .expect("parse")
                .expect("complete");
            assert_eq!(got, want, "{:?}", String::from_utf8_lossy(&wire));
            assert_eq!(&buf[..], b"PING\r\n", "consumed exactly one op");
            let mut out = BytesMut::new();
            want.encode(&mut out).expect("encode");
            assert_eq!(&out[..], &wire[..]);
        }
    }

    #[test]
    fn server_ops_every_split_point_and_byte_by_byte() {
        for (wire, want) in server_samples() {
            for cut in 0..wire.len() {
                let mut buf = BytesMut::from(&wire[..cut]);
                assert_eq!(
                    ServerOp::parse(&mut buf, MAX),
                    Ok(None),
                    "cut {cut} of {wire:?}"
                );
                assert_eq!(buf.len(), cut, "nothing consumed");
                buf.extend_from_slice(&wire[cut..]);
                assert_eq!(ServerOp::parse(&mut buf, MAX), Ok(Some(want.clone())));
                assert!(buf.is_empty());
            }
            let mut buf = BytesMut::new();
            let mut got = None;
            for (i, &b) in wire.iter().enumerate() {
                buf.put_u8(b);
                if let Some(op) = ServerOp::parse(&mut buf, MAX).expect("parse") {
                    assert_eq!(i, wire.len() - 1, "complete only at the last byte");
                    got = Some(op);
                }
            }
            assert_eq!(got, Some(want));
        }
    }

    /// Bytes nats-server 2.14 sent to a raw client (recorded with `/tmp/proto-capture.py`):
    /// INFO, +OK acks (verbose), MSG with and without reply to a plain and a queue sub, HMSG
    /// with headers, a 503 no-responders status, PONG, the async `connect_info` INFO after the
    /// first PONG, and -ERR for a bogus op.
    const SESSION: &[u8] = include_bytes!("../testdata/nats-server-2.14-session.bin");

    #[test]
    fn parses_a_recorded_nats_server_session() {
        let mut buf = BytesMut::from(SESSION);
        let mut ops = Vec::new();
        while let Some(op) = ServerOp::parse(&mut buf, MAX).expect("parse") {
            ops.push(op);
        }
        assert!(buf.is_empty());
        let kinds: Vec<&str> = ops
            .iter()
            .map(|op| match op {
                ServerOp::Info(_) => "INFO",
                ServerOp::Msg { headers: None, .. } => "MSG",
                ServerOp::Msg { .. } => "HMSG",
                ServerOp::Ping => "PING",
                ServerOp::Pong => "PONG",
                ServerOp::Ok => "+OK",
                ServerOp::Err(_) => "-ERR",
            })
            .collect();
        assert_eq!(
            kinds,
            [
                "INFO", "+OK", "+OK", "+OK", "+OK", "MSG", "MSG", "+OK", "MSG", "MSG", "+OK",
                "HMSG", "HMSG", "+OK", "+OK", "HMSG", "PONG", "INFO", "+OK", "PONG", "-ERR"
            ]
        );
        let ServerOp::Info(first) = &ops[0] else {
            panic!("{:?}", ops[0]);
        };
        assert_eq!(first.version, "2.14.0");
        assert!(first.headers && !first.connect_info);
        // Our encoder reproduces nats-server's INFO line byte for byte.
        let mut again = BytesMut::new();
        encode::info(&mut again, first).expect("info");
        assert!(SESSION.starts_with(&again), "{again:?}");
        let ServerOp::Info(second) = &ops[17] else {
            panic!("{:?}", ops[17]);
        };
        assert!(second.connect_info);
        assert_eq!(second.remote_account.as_deref(), Some("$G"));
        match &ops[11] {
            ServerOp::Msg {
                subject,
                sid,
                headers: Some(h),
                payload,
                ..
            } => {
                assert_eq!(
                    (&subject[..], *sid, &payload[..]),
                    (&b"foo"[..], 1, &b"hi"[..])
                );
                assert_eq!(h.get("Nats-Msg-Id"), Some("1"));
                assert_eq!(h.get("X"), Some("a b"));
            }
            other => panic!("{other:?}"),
        }
        match &ops[15] {
            ServerOp::Msg {
                subject,
                sid: 3,
                headers: Some(h),
                payload,
                ..
            } => {
                assert_eq!(&subject[..], b"_INBOX.x");
                assert!(payload.is_empty());
                assert_eq!((h.status(), h.description()), (Some(503), None));
                assert_eq!(h.get("Nats-Subject"), Some("nobody"));
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(ops[20], ServerOp::Err("Unknown Protocol Operation".into()));
        // Re-encoding every message op gives back nats-server's exact bytes.
        for op in &ops {
            if let ServerOp::Msg { .. } | ServerOp::Ok | ServerOp::Pong | ServerOp::Err(_) = op {
                let mut out = BytesMut::new();
                op.encode(&mut out).expect("encode");
                assert!(
                    memchr::memmem::find(SESSION, &out).is_some(),
                    "{out:?} not in the session"
                );
            }
        }
    }

    #[test]
    fn server_ops_tolerated_forms() {
        let ok = |wire: &[u8]| parse_one(wire).expect("parse").expect("complete");
        assert_eq!(ok(b"ping\r\n"), ServerOp::Ping);
        assert_eq!(ok(b"PONG\n"), ServerOp::Pong);
        assert_eq!(ok(b"+ok\r\n"), ServerOp::Ok);
        assert_eq!(
            ok(b"-ERR  'Stale Connection' \r\n"),
            ServerOp::Err("Stale Connection".into())
        );
        assert_eq!(ok(b"-ERR unquoted\r\n"), ServerOp::Err("unquoted".into()));
        assert_eq!(
            ok(b"msg\tfoo \t 1\t\t2\r\nab\r\n"),
            ServerOp::Msg {
                subject: Bytes::from_static(b"foo"),
                sid: 1,
                reply: None,
                headers: None,
                payload: Bytes::from_static(b"ab"),
            }
        );
        assert!(matches!(ok(b"info {\"server_id\":\"x\",\"server_name\":\"n\",\"version\":\"2\",\"proto\":1,\"host\":\"h\",\"port\":1,\"max_payload\":5}\r\n"), ServerOp::Info(_)));
        // HMSG with an empty header section is a message without headers.
        assert!(matches!(
            ok(b"HMSG a 1 0 2\r\nhi\r\n"),
            ServerOp::Msg { headers: None, .. }
        ));
    }

    #[test]
    fn server_ops_malformed() {
        let err = |wire: &[u8]| parse_one(wire).expect_err("must fail");
        assert!(matches!(err(b"FOO bar\r\n"), ServerOpError::UnknownOp(_)));
        assert!(matches!(err(b"\r\n"), ServerOpError::UnknownOp(_)));
        assert!(matches!(
            err(b"MSG\r\n"),
            ServerOpError::BadArgs { op: "MSG", .. }
        ));
        assert!(matches!(
            err(b"MSG foo 1\r\n"),
            ServerOpError::BadArgs { .. }
        ));
        assert!(matches!(
            err(b"MSG foo 1 a b c\r\n"),
            ServerOpError::BadArgs { .. }
        ));
        assert!(matches!(
            err(b"MSG foo x 1\r\n"),
            ServerOpError::BadArgs { .. }
        ));
        assert!(matches!(
            err(b"MSG foo 1 -1\r\n"),
            ServerOpError::BadArgs { .. }
        ));
        assert!(matches!(
            err(b"MSG foo 1 1234567890\r\n"),
            ServerOpError::BadArgs { .. }
        ));
        assert!(matches!(
            err(b"HMSG foo 1 3\r\n"),
            ServerOpError::BadArgs { op: "HMSG", .. }
        ));
        assert!(matches!(
            err(b"HMSG foo 1 13 12\r\n"),
            ServerOpError::BadArgs { .. }
        ));
        assert!(matches!(
            err(b"MSG foo 18446744073709551616 1\r\n"),
            ServerOpError::BadArgs { .. }
        ));
        assert!(matches!(
            parse_one(b"MSG foo 18446744073709551615 0\r\n\r\n"),
            Ok(Some(ServerOp::Msg { sid: u64::MAX, .. }))
        ));
        assert_eq!(err(b"MSG foo 1 2\r\nabc\r\n"), ServerOpError::BadPayloadEnd);
        assert_eq!(err(b"MSG foo 1 2\r\nab\n\r"), ServerOpError::BadPayloadEnd);
        assert_eq!(err(b"MSG foo 1 2\r\nabX"), ServerOpError::BadPayloadEnd);
        assert!(matches!(err(b"INFO {nope\r\n"), ServerOpError::BadInfo(_)));
        let mut buf = BytesMut::from(&b"MSG foo 1 11\r\n"[..]);
        assert_eq!(
            ServerOp::parse(&mut buf, 10),
            Err(ServerOpError::MaxPayload { size: 11, max: 10 })
        );
        let mut buf = BytesMut::from(&vec![b'x'; MAX_SERVER_CONTROL_LINE + 2][..]);
        assert_eq!(
            ServerOp::parse(&mut buf, MAX),
            Err(ServerOpError::ControlLineTooLong)
        );
        // An undecodable header block: the message still arrives, without headers.
        let mut buf = BytesMut::from(&b"HMSG foo 1 6 6\r\nHTTP/1\r\nPING\r\n"[..]);
        assert_eq!(
            ServerOp::parse(&mut buf, MAX),
            Ok(Some(ServerOp::Msg {
                subject: Bytes::from_static(b"foo"),
                sid: 1,
                reply: None,
                headers: Some(HeaderMap::new()),
                payload: Bytes::new(),
            }))
        );
        assert_eq!(ServerOp::parse(&mut buf, MAX), Ok(Some(ServerOp::Ping)));
    }

    /// Small messages are copied out of the read buffer, large ones share it; both give the
    /// same op, consume exactly the message, and deliver it even with undecodable headers.
    #[test]
    fn small_copied_and_large_shared_messages() {
        for size in [0, 1, COPY_MAX - 40, COPY_MAX, COPY_MAX + 1, 3 * COPY_MAX] {
            let payload = Bytes::from(vec![b'p'; size]);
            let mut headers = HeaderMap::new();
            headers.insert("K", "v").expect("valid header");
            let op = ServerOp::Msg {
                subject: Bytes::from_static(b"a.b"),
                sid: 9,
                reply: Some(Bytes::from_static(b"r.1")),
                headers: Some(headers),
                payload: payload.clone(),
            };
            let plain = ServerOp::Msg {
                subject: Bytes::from_static(b"a.b"),
                sid: 3,
                reply: None,
                headers: None,
                payload,
            };
            let mut buf = BytesMut::new();
            op.encode(&mut buf).expect("encode");
            plain.encode(&mut buf).expect("encode");
            buf.extend_from_slice(b"PING\r\n");
            assert_eq!(
                ServerOp::parse(&mut buf, usize::MAX),
                Ok(Some(op)),
                "size {size}"
            );
            assert_eq!(
                ServerOp::parse(&mut buf, usize::MAX),
                Ok(Some(plain)),
                "size {size}"
            );
            assert_eq!(
                ServerOp::parse(&mut buf, usize::MAX),
                Ok(Some(ServerOp::Ping))
            );
            assert!(buf.is_empty());

            let mut buf = BytesMut::new();
            buf.extend_from_slice(format!("HMSG x 1 8 {}\r\nHTTP/1\r\n", 8 + size).as_bytes());
            buf.extend_from_slice(&vec![b'p'; size]);
            buf.extend_from_slice(b"\r\nPING\r\n");
            assert_eq!(
                ServerOp::parse(&mut buf, usize::MAX),
                Ok(Some(ServerOp::Msg {
                    subject: Bytes::from_static(b"x"),
                    sid: 1,
                    reply: None,
                    headers: Some(HeaderMap::new()),
                    payload: Bytes::from(vec![b'p'; size]),
                })),
                "size {size}"
            );
            assert_eq!(
                ServerOp::parse(&mut buf, usize::MAX),
                Ok(Some(ServerOp::Ping))
            );
        }
    }

    /// Every client op shape: encoded by `ClientOp::encode`, read back by the server parser.
    #[test]
    fn client_ops_encode_to_what_the_server_parses() {
        let connect = ConnectInfo {
            verbose: false,
            headers: true,
            name: Some("t".into()),
            ..Default::default()
        };
        let ops = vec![
            ClientOp::Connect(connect.clone()),
            ClientOp::Pub {
                subject: Bytes::from_static(b"foo"),
                reply: None,
                headers: None,
                payload: Bytes::from_static(b"hello"),
            },
            ClientOp::Pub {
                subject: Bytes::from_static(b"foo"),
                reply: Some(Bytes::from_static(b"r")),
                headers: None,
                payload: Bytes::new(),
            },
            ClientOp::Pub {
                subject: Bytes::from_static(b"foo"),
                reply: None,
                headers: Some(headers()),
                payload: Bytes::from_static(b"body"),
            },
            ClientOp::Pub {
                subject: Bytes::from_static(b"foo"),
                reply: Some(Bytes::from_static(b"r")),
                headers: Some(HeaderMap::new()),
                payload: Bytes::new(),
            },
            ClientOp::Sub {
                subject: Bytes::from_static(b"foo.*"),
                queue: None,
                sid: 1,
            },
            ClientOp::Sub {
                subject: Bytes::from_static(b"foo.>"),
                queue: Some(Bytes::from_static(b"q")),
                sid: 18446744073709551615,
            },
            ClientOp::Unsub { sid: 1, max: None },
            ClientOp::Unsub {
                sid: 2,
                max: Some(10),
            },
            ClientOp::Ping,
            ClientOp::Pong,
        ];
        let mut buf = BytesMut::new();
        for op in &ops {
            op.encode(&mut buf).expect("encode");
        }
        let text = String::from_utf8_lossy(&buf).into_owned();
        assert!(text.starts_with("CONNECT {"), "{text}");
        assert!(
            text.contains("\r\nPUB foo 5\r\nhello\r\nPUB foo r 0\r\n\r\nHPUB foo 36 40\r\n"),
            "{text}"
        );
        assert!(
            text.contains("HPUB foo r 12 12\r\nNATS/1.0\r\n\r\n\r\n"),
            "{text}"
        );
        assert!(text.ends_with("SUB foo.* 1\r\nSUB foo.> q 18446744073709551615\r\nUNSUB 1\r\nUNSUB 2 10\r\nPING\r\nPONG\r\n"), "{text}");

        let limits = ParseLimits::default();
        let mut pos = 0;
        let mut seen = Vec::new();
        while let Some((op, used)) = next_client_op(&buf[pos..], &limits).expect("parse") {
            seen.push(op);
            pos += used;
        }
        assert_eq!(pos, buf.len());
        assert_eq!(seen.len(), ops.len());
        match seen[0] {
            ClientOpRef::Connect(json) => {
                let back: ConnectInfo = serde_json::from_slice(json).expect("json");
                assert_eq!(back, connect);
            }
            other => panic!("{other:?}"),
        }
        match seen[3] {
            ClientOpRef::Pub(p) => {
                assert_eq!(HeaderMap::parse(p.headers()), Ok(headers()));
                assert_eq!(p.body(), b"body");
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(
            seen[6],
            ClientOpRef::Sub {
                subject: b"foo.>",
                queue: Some(b"q"),
                sid: b"18446744073709551615"
            }
        );
        assert_eq!(
            seen[8],
            ClientOpRef::Unsub {
                sid: b"2",
                max: Some(10)
            }
        );
    }
}
