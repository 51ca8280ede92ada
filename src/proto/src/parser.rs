//! Incremental parser for the ops a client sends to a server (`CONNECT PUB HPUB SUB UNSUB PING
//! PONG`), borrowing every field from the read buffer.
//!
//! This is the server's hot path: [`next_client_op`] looks at the bytes read so far and returns
//! either one complete op with the number of bytes it used, `Ok(None)` when more bytes are needed
//! (nothing is consumed), or a [`ProtoError`] that the server turns into `-ERR` and a close.
//! Nothing is copied or allocated; the caller advances its buffer once per batch. Limits
//! (`max_control_line`, `max_payload`) are checked before waiting for the bytes they would
//! require, so a peer cannot make the server buffer more than it allows.
//!
//! Semantics follow nats-server `server/parser.go`: op names are case-insensitive, arguments are
//! separated by runs of spaces or tabs, a control line ends at `\n` (a preceding `\r` is
//! dropped), and a payload must be followed by exactly `\r\n`.

use memchr::memchr;

/// Limits the parser enforces while reading.
#[derive(Debug, Clone, Copy)]
pub struct ParseLimits {
    /// Longest control line accepted (nats-server default 4096).
    pub max_control_line: usize,
    /// Largest payload (headers included) accepted (nats-server default 1 MiB).
    pub max_payload: usize,
}

impl Default for ParseLimits {
    fn default() -> Self {
        ParseLimits {
            max_control_line: 4096,
            max_payload: 1024 * 1024,
        }
    }
}

/// A published message as it sits in the read buffer (`PUB` or `HPUB`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PubRef<'a> {
    /// Subject published to (not yet validated).
    pub subject: &'a [u8],
    /// Reply subject, if any.
    pub reply: Option<&'a [u8]>,
    /// Length of the header block at the start of `payload`; 0 for `PUB`.
    pub hdr_len: usize,
    /// Headers followed by the body, without the trailing `\r\n`.
    pub payload: &'a [u8],
    /// The ASCII digits of the header size token (empty for `PUB`), reused when encoding.
    pub hdr_digits: &'a [u8],
    /// The ASCII digits of the total size token, reused when encoding.
    pub size_digits: &'a [u8],
}

impl<'a> PubRef<'a> {
    /// Header block (empty for `PUB`).
    pub fn headers(&self) -> &'a [u8] {
        &self.payload[..self.hdr_len]
    }

    /// Body after the headers.
    pub fn body(&self) -> &'a [u8] {
        &self.payload[self.hdr_len..]
    }
}

/// One client op borrowed from the read buffer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClientOpRef<'a> {
    /// `CONNECT {json}`: the JSON text.
    Connect(&'a [u8]),
    /// `PUB` (hdr_len 0) or `HPUB`.
    Pub(PubRef<'a>),
    /// `SUB <subject> [queue] <sid>`.
    Sub {
        subject: &'a [u8],
        queue: Option<&'a [u8]>,
        sid: &'a [u8],
    },
    /// `UNSUB <sid> [max_msgs]`.
    Unsub { sid: &'a [u8], max: Option<u64> },
    /// `PING`.
    Ping,
    /// `PONG`.
    Pong,
    /// `INFO {json}` sent by a client: accepted and ignored, as nats-server does for clients.
    Info(&'a [u8]),
}

/// Why a client's bytes cannot be parsed. Each variant is fatal for the connection.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProtoError {
    /// The op name is not one the server knows.
    #[error("Unknown Protocol Operation")]
    UnknownOp,
    /// A control line longer than `max_control_line`.
    #[error("maximum control line exceeded")]
    MaxControlLine,
    /// A payload larger than `max_payload`.
    #[error("Maximum Payload Violation")]
    MaxPayload {
        /// Size the client announced.
        size: usize,
        /// The limit in force.
        max: usize,
    },
    /// The arguments of a known op are malformed (wrong count, bad size, header size larger than
    /// the total); `op` names the op as nats-server's log does (`processPub Parse Error`).
    #[error("{op} Parse Error: '{args}'")]
    BadArgs {
        /// Which op.
        op: &'static str,
        /// The offending arguments, lossily decoded for the log.
        args: String,
    },
    /// A payload not followed by `\r\n`.
    #[error("Payload not terminated by CRLF")]
    BadPayloadEnd,
}

impl ProtoError {
    /// The text nats-server sends in `-ERR '...'` before closing, if it sends one.
    ///
    /// Checked against nats-server 2.14: a framing error (unknown op, an op without arguments,
    /// a payload not followed by CRLF) gets `Unknown Protocol Operation` (parser.go `parseErr`);
    /// malformed arguments of a known op (`PUB foo`) close the connection with only a log line
    /// (`processPub Parse Error`).
    pub fn wire_text(&self) -> Option<&'static str> {
        match self {
            ProtoError::MaxControlLine => Some("maximum control line exceeded"),
            ProtoError::MaxPayload { .. } => Some("Maximum Payload Violation"),
            ProtoError::UnknownOp | ProtoError::BadPayloadEnd => Some("Unknown Protocol Operation"),
            ProtoError::BadArgs { .. } => None,
        }
    }
}

/// Maximum number of whitespace-separated arguments any client op takes.
const MAX_ARGS: usize = 4;

/// Splits `line` on runs of spaces and tabs into at most `MAX_ARGS` slices; returns the count,
/// or `MAX_ARGS + 1` when there are more.
#[inline]
fn split_args<'a>(line: &'a [u8], out: &mut [&'a [u8]; MAX_ARGS]) -> usize {
    let mut n = 0;
    let mut i = 0;
    let len = line.len();
    while i < len {
        while i < len && (line[i] == b' ' || line[i] == b'\t') {
            i += 1;
        }
        if i == len {
            break;
        }
        let start = i;
        while i < len && line[i] != b' ' && line[i] != b'\t' {
            i += 1;
        }
        if n == MAX_ARGS {
            return MAX_ARGS + 1;
        }
        out[n] = &line[start..i];
        n += 1;
    }
    n
}

/// Parses a size token as nats-server's `parseSize` does: 1 to 9 ASCII digits.
#[inline]
pub fn parse_size(d: &[u8]) -> Option<usize> {
    if d.is_empty() || d.len() > 9 {
        return None;
    }
    let mut n = 0usize;
    for &b in d {
        if !b.is_ascii_digit() {
            return None;
        }
        n = n * 10 + (b - b'0') as usize;
    }
    Some(n)
}

fn bad_args(op: &'static str, args: &[u8]) -> ProtoError {
    ProtoError::BadArgs {
        op,
        args: String::from_utf8_lossy(args).into_owned(),
    }
}

/// Parses the next complete client op at the start of `buf`.
///
/// Returns `Ok(Some((op, used)))` with the number of bytes the op occupies, `Ok(None)` when
/// `buf` holds only part of an op, or an error that must close the connection.
#[inline]
pub fn next_client_op<'a>(
    buf: &'a [u8],
    limits: &ParseLimits,
) -> Result<Option<(ClientOpRef<'a>, usize)>, ProtoError> {
    if buf.is_empty() {
        return Ok(None);
    }
    // Look for the end of the control line only as far as the limit allows (+2 for CRLF).
    let window = &buf[..buf.len().min(limits.max_control_line + 2)];
    let nl = match memchr(b'\n', window) {
        Some(nl) => nl,
        None => {
            if buf.len() > limits.max_control_line {
                // Before giving up, make sure it is at least a known op: garbage gets the
                // generic error, as upstream's state machine rejects it byte by byte.
                check_op_prefix(buf)?;
                return Err(ProtoError::MaxControlLine);
            }
            check_op_prefix(buf)?;
            return Ok(None);
        }
    };
    let mut line = &buf[..nl];
    if let Some((&b'\r', rest)) = line.split_last() {
        line = rest;
    }
    if line.len() > limits.max_control_line {
        return Err(ProtoError::MaxControlLine);
    }
    let op_end = line
        .iter()
        .position(|&b| b == b' ' || b == b'\t')
        .unwrap_or(line.len());
    let (name, rest) = line.split_at(op_end);
    let after_line = nl + 1;
    // An op that takes arguments but has none fails in upstream's state machine before it
    // reaches the argument processing, hence the generic error.
    let no_args = is_blank(rest);

    match name.len() {
        3 if name.eq_ignore_ascii_case(b"PUB") && !no_args => {
            let mut a: [&[u8]; MAX_ARGS] = [&[]; MAX_ARGS];
            let (subject, reply, size_tok) = match split_args(rest, &mut a) {
                2 => (a[0], None, a[1]),
                3 => (a[0], Some(a[1]), a[2]),
                _ => return Err(bad_args("processPub", rest)),
            };
            let size = parse_size(size_tok).ok_or_else(|| bad_args("processPub", rest))?;
            if size > limits.max_payload {
                return Err(ProtoError::MaxPayload {
                    size,
                    max: limits.max_payload,
                });
            }
            let payload = match take_payload(buf, after_line, size)? {
                Some(p) => p,
                None => return Ok(None),
            };
            Ok(Some((
                ClientOpRef::Pub(PubRef {
                    subject,
                    reply,
                    hdr_len: 0,
                    payload,
                    hdr_digits: &[],
                    size_digits: size_tok,
                }),
                after_line + size + 2,
            )))
        }
        4 if name.eq_ignore_ascii_case(b"HPUB") && !no_args => {
            let mut a: [&[u8]; MAX_ARGS] = [&[]; MAX_ARGS];
            let (subject, reply, hdr_tok, size_tok) = match split_args(rest, &mut a) {
                3 => (a[0], None, a[1], a[2]),
                4 => (a[0], Some(a[1]), a[2], a[3]),
                _ => return Err(bad_args("processHeaderPub", rest)),
            };
            let hdr = parse_size(hdr_tok).ok_or_else(|| bad_args("processHeaderPub", rest))?;
            let size = parse_size(size_tok).ok_or_else(|| bad_args("processHeaderPub", rest))?;
            if hdr > size {
                return Err(bad_args("processHeaderPub", rest));
            }
            if size > limits.max_payload {
                return Err(ProtoError::MaxPayload {
                    size,
                    max: limits.max_payload,
                });
            }
            let payload = match take_payload(buf, after_line, size)? {
                Some(p) => p,
                None => return Ok(None),
            };
            Ok(Some((
                ClientOpRef::Pub(PubRef {
                    subject,
                    reply,
                    hdr_len: hdr,
                    payload,
                    hdr_digits: hdr_tok,
                    size_digits: size_tok,
                }),
                after_line + size + 2,
            )))
        }
        3 if name.eq_ignore_ascii_case(b"SUB") && !no_args => {
            let mut a: [&[u8]; MAX_ARGS] = [&[]; MAX_ARGS];
            let op = match split_args(rest, &mut a) {
                2 => ClientOpRef::Sub {
                    subject: a[0],
                    queue: None,
                    sid: a[1],
                },
                3 => ClientOpRef::Sub {
                    subject: a[0],
                    queue: Some(a[1]),
                    sid: a[2],
                },
                _ => return Err(bad_args("processSub", rest)),
            };
            Ok(Some((op, after_line)))
        }
        5 if name.eq_ignore_ascii_case(b"UNSUB") && !no_args => {
            let mut a: [&[u8]; MAX_ARGS] = [&[]; MAX_ARGS];
            let op = match split_args(rest, &mut a) {
                1 => ClientOpRef::Unsub {
                    sid: a[0],
                    max: None,
                },
                2 => {
                    let max = parse_size(a[1]).ok_or_else(|| bad_args("processUnsub", rest))?;
                    ClientOpRef::Unsub {
                        sid: a[0],
                        max: Some(max as u64),
                    }
                }
                _ => return Err(bad_args("processUnsub", rest)),
            };
            Ok(Some((op, after_line)))
        }
        4 if name.eq_ignore_ascii_case(b"PING") && is_blank(rest) => {
            Ok(Some((ClientOpRef::Ping, after_line)))
        }
        4 if name.eq_ignore_ascii_case(b"PONG") && is_blank(rest) => {
            Ok(Some((ClientOpRef::Pong, after_line)))
        }
        7 if name.eq_ignore_ascii_case(b"CONNECT") => {
            Ok(Some((ClientOpRef::Connect(trim(rest)), after_line)))
        }
        4 if name.eq_ignore_ascii_case(b"INFO") => {
            Ok(Some((ClientOpRef::Info(trim(rest)), after_line)))
        }
        _ => Err(ProtoError::UnknownOp),
    }
}

/// Returns the `size` payload bytes starting at `start` if they and their `\r\n` have arrived.
#[inline]
fn take_payload(buf: &[u8], start: usize, size: usize) -> Result<Option<&[u8]>, ProtoError> {
    let end = start + size;
    if buf.len() < end + 2 {
        return Ok(None);
    }
    if buf[end] != b'\r' || buf[end + 1] != b'\n' {
        return Err(ProtoError::BadPayloadEnd);
    }
    Ok(Some(&buf[start..end]))
}

fn is_blank(s: &[u8]) -> bool {
    s.iter().all(|&b| b == b' ' || b == b'\t')
}

fn trim(s: &[u8]) -> &[u8] {
    let start = s
        .iter()
        .position(|&b| b != b' ' && b != b'\t')
        .unwrap_or(s.len());
    let end = s
        .iter()
        .rposition(|&b| b != b' ' && b != b'\t')
        .map_or(start, |e| e + 1);
    &s[start..end.max(start)]
}

/// Rejects a partial line whose first bytes cannot begin any known op, so garbage is reported
/// at once instead of after `max_control_line` bytes.
fn check_op_prefix(buf: &[u8]) -> Result<(), ProtoError> {
    const OPS: [&[u8]; 8] = [
        b"PUB", b"HPUB", b"SUB", b"UNSUB", b"PING", b"PONG", b"CONNECT", b"INFO",
    ];
    let word_end = buf
        .iter()
        .position(|&b| b == b' ' || b == b'\t' || b == b'\r')
        .unwrap_or(buf.len());
    let word = &buf[..word_end];
    let complete = word_end < buf.len();
    let ok = OPS.iter().any(|op| {
        if complete {
            op.eq_ignore_ascii_case(word)
        } else {
            word.len() <= op.len() && op[..word.len()].eq_ignore_ascii_case(word)
        }
    });
    if ok {
        Ok(())
    } else {
        Err(ProtoError::UnknownOp)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_all(input: &[u8]) -> Result<Vec<String>, ProtoError> {
        let limits = ParseLimits::default();
        let mut out = Vec::new();
        let mut pos = 0;
        while let Some((op, used)) = next_client_op(&input[pos..], &limits)? {
            out.push(format!("{op:?}"));
            pos += used;
        }
        Ok(out)
    }

    #[test]
    fn pub_with_and_without_reply() {
        let ops = parse_all(b"PUB foo 2\r\nhi\r\npub foo bar 0\r\n\r\n").expect("parse");
        assert_eq!(ops.len(), 2);
        let limits = ParseLimits::default();
        let (op, used) = next_client_op(b"PUB a.b  r\t3\r\nabc\r\n", &limits)
            .expect("ok")
            .expect("complete");
        assert_eq!(used, 19);
        match op {
            ClientOpRef::Pub(p) => {
                assert_eq!(p.subject, b"a.b");
                assert_eq!(p.reply, Some(&b"r"[..]));
                assert_eq!(p.payload, b"abc");
                assert_eq!(p.size_digits, b"3");
            }
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn every_split_point_is_incomplete_then_complete() {
        let input: &[u8] = b"HPUB foo r 12 14\r\nNATS/1.0\r\n\r\nhi\r\n";
        let limits = ParseLimits::default();
        for cut in 0..input.len() {
            assert_eq!(
                next_client_op(&input[..cut], &limits),
                Ok(None),
                "cut {cut}"
            );
        }
        assert!(next_client_op(input, &limits).expect("ok").is_some());
    }

    #[test]
    fn limits() {
        let limits = ParseLimits {
            max_control_line: 16,
            max_payload: 4,
        };
        assert_eq!(
            next_client_op(b"PUB foo 5\r\n", &limits),
            Err(ProtoError::MaxPayload { size: 5, max: 4 })
        );
        assert_eq!(
            next_client_op(b"PUB aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", &limits),
            Err(ProtoError::MaxControlLine)
        );
        assert_eq!(
            next_client_op(b"XYZ foo\r\n", &limits),
            Err(ProtoError::UnknownOp)
        );
        assert_eq!(next_client_op(b"XY", &limits), Err(ProtoError::UnknownOp));
        assert_eq!(next_client_op(b"PU", &limits), Ok(None));
        assert_eq!(
            next_client_op(b"PUB foo 2\r\nabcd", &limits),
            Err(ProtoError::BadPayloadEnd)
        );
    }
}
