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
//! Semantics follow nats-server `server/parser.go`, checked against nats-server 2.14:
//! - op names are case-insensitive and recognised byte by byte, so garbage is rejected before its
//!   line ends; `PUB HPUB SUB UNSUB -ERR` need a space or tab after the name, `PING PONG +OK`
//!   ignore whatever follows up to the newline (`PINGx` is a ping), `CONNECT INFO` take the rest
//!   of the line (`CONNECT{}` is accepted);
//! - arguments are separated by runs of spaces, tabs or stray `\r`s; a control line ends at `\n`
//!   and a `\r` before it is dropped;
//! - `max_control_line` limits the argument text after the op name, as upstream's
//!   `overMaxControlLineLimit` does, including on a line still arriving;
//! - an op with arguments but nothing after its name (`PUB\r\n`) is a framing error
//!   (`Unknown Protocol Operation`), while whitespace-only or malformed arguments
//!   (`PUB \r\n`, `PUB foo`) are argument errors that close without `-ERR`;
//! - a payload must be followed by exactly `\r\n`;
//! - `+OK` from a client is accepted and ignored; `-ERR` from a client closes the connection.
//!
//! Deliberate divergences, all on absurd input: upstream accepts unlimited whitespace between an
//! op name and its arguments and unlimited bytes after `PING`/`PONG`/`+OK`; here both count
//! against `max_control_line` so that a peer can never make the server buffer without bound.
#![deny(clippy::arithmetic_side_effects)]

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
        /// Subject or wildcard pattern (not yet validated).
        subject: &'a [u8],
        /// Queue group, if any.
        queue: Option<&'a [u8]>,
        /// The client's subscription id, echoed in `MSG`.
        sid: &'a [u8],
    },
    /// `UNSUB <sid> [max_msgs]`. `max` is `None` when absent or not a valid size: upstream
    /// then removes the subscription at once, as it also does for `Some(0)` or a max not above
    /// the count already delivered.
    Unsub { sid: &'a [u8], max: Option<u64> },
    /// `PING`.
    Ping,
    /// `PONG`.
    Pong,
    /// `INFO {json}` sent by a client: nats-server decodes the JSON (closing the connection
    /// without `-ERR` when it is invalid) and otherwise ignores it for clients.
    Info(&'a [u8]),
    /// `+OK` sent by a client: accepted and ignored, as nats-server does.
    Ok,
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
    /// The client sent `-ERR <text>`; nats-server logs `Client Error <text>` and closes the
    /// connection (reason "Parse Error") without answering.
    #[error("Client Error {0}")]
    PeerErr(String),
}

impl ProtoError {
    /// The text nats-server sends in `-ERR '...'` before closing, if it sends one.
    ///
    /// Checked against nats-server 2.14: a framing error (unknown op, an op without arguments,
    /// a payload not followed by CRLF) gets `Unknown Protocol Operation` (parser.go `parseErr`);
    /// malformed arguments of a known op (`PUB foo`, `PUB \r\n`) and a client's own `-ERR` close
    /// the connection with only a log line (`processPub Parse Error`, `Client Error ...`).
    pub fn wire_text(&self) -> Option<&'static str> {
        match self {
            ProtoError::MaxControlLine => Some("maximum control line exceeded"),
            ProtoError::MaxPayload { .. } => Some("Maximum Payload Violation"),
            ProtoError::UnknownOp | ProtoError::BadPayloadEnd => Some("Unknown Protocol Operation"),
            ProtoError::BadArgs { .. } | ProtoError::PeerErr(_) => None,
        }
    }
}

/// Maximum number of whitespace-separated arguments any client op takes.
const MAX_ARGS: usize = 4;

/// The ops a client may send, as recognised from their first bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Op {
    Pub,
    Hpub,
    Sub,
    Unsub,
    Ping,
    Pong,
    Connect,
    Info,
    PlusOk,
    MinusErr,
}

impl Op {
    /// The op name in upper case.
    fn name(self) -> &'static [u8] {
        match self {
            Op::Pub => b"PUB",
            Op::Hpub => b"HPUB",
            Op::Sub => b"SUB",
            Op::Unsub => b"UNSUB",
            Op::Ping => b"PING",
            Op::Pong => b"PONG",
            Op::Connect => b"CONNECT",
            Op::Info => b"INFO",
            Op::PlusOk => b"+OK",
            Op::MinusErr => b"-ERR",
        }
    }

    /// Whether the name must be followed by a space or tab (upstream's `OP_PUB` and friends).
    fn needs_space(self) -> bool {
        matches!(
            self,
            Op::Pub | Op::Hpub | Op::Sub | Op::Unsub | Op::MinusErr
        )
    }

    /// Whether the rest of the line is an argument (leading whitespace skipped, length limited).
    fn has_arg(self) -> bool {
        !matches!(self, Op::Ping | Op::Pong | Op::PlusOk)
    }
}

/// Identifies the op at the start of `buf` the way upstream's state machine does: byte by byte,
/// failing at the first byte that cannot continue any op. `Ok(None)` means `buf` ends before the
/// op is known. `buf` must not be empty.
fn classify(buf: &[u8]) -> Result<Option<Op>, ProtoError> {
    let candidates: &[Op] = match buf[0].to_ascii_uppercase() {
        b'P' => &[Op::Pub, Op::Ping, Op::Pong],
        b'H' => &[Op::Hpub],
        b'S' => &[Op::Sub],
        b'U' => &[Op::Unsub],
        b'C' => &[Op::Connect],
        b'I' => &[Op::Info],
        b'+' => &[Op::PlusOk],
        b'-' => &[Op::MinusErr],
        _ => return Err(ProtoError::UnknownOp),
    };
    for &op in candidates {
        let name = op.name();
        let n = name.len().min(buf.len());
        if !buf[..n].eq_ignore_ascii_case(&name[..n]) {
            continue;
        }
        if buf.len() < name.len() {
            return Ok(None);
        }
        if op.needs_space() {
            match buf.get(name.len()) {
                None => return Ok(None),
                Some(b' ' | b'\t') => {}
                Some(_) => return Err(ProtoError::UnknownOp),
            }
        }
        return Ok(Some(op));
    }
    Err(ProtoError::UnknownOp)
}

#[inline]
fn is_sep(b: u8) -> bool {
    b == b' ' || b == b'\t' || b == b'\r'
}

/// Splits `line` on runs of spaces, tabs and `\r` (upstream `splitArg`) into at most
/// `MAX_ARGS` slices; returns the count, or `MAX_ARGS + 1` when there are more.
#[inline]
fn split_args<'a>(line: &'a [u8], out: &mut [&'a [u8]; MAX_ARGS]) -> usize {
    let mut tokens = line.split(|&b| is_sep(b)).filter(|t| !t.is_empty());
    let n = out
        .iter_mut()
        .zip(&mut tokens)
        .map(|(slot, t)| *slot = t)
        .count();
    if tokens.next().is_some() {
        MAX_ARGS + 1
    } else {
        n
    }
}

/// Parses a size token as nats-server's `parseSize` does: 1 to 9 ASCII digits.
#[inline]
pub fn parse_size(d: &[u8]) -> Option<usize> {
    if d.is_empty() || d.len() > 9 {
        return None;
    }
    // Nine digits cannot overflow; checked all the same, as every peer-supplied number is.
    let mut n = 0usize;
    for &b in d {
        let digit = char::from(b).to_digit(10)?;
        n = n.checked_mul(10)?.checked_add(digit as usize)?;
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
    if let Some(done) = fast_pub(buf, limits) {
        return Ok(Some(done));
    }
    next_op_general(buf, limits)
}

/// The full parser behind [`next_client_op`]: every op, every spelling, every error.
fn next_op_general<'a>(
    buf: &'a [u8],
    limits: &ParseLimits,
) -> Result<Option<(ClientOpRef<'a>, usize)>, ProtoError> {
    if buf.is_empty() {
        return Ok(None);
    }
    let op = match classify(buf)? {
        Some(op) => op,
        None => return Ok(None),
    };
    let max = limits.max_control_line;
    let name_len = op.name().len();
    let mut arg_start = name_len;
    if op.has_arg() {
        while arg_start < buf.len() && (buf[arg_start] == b' ' || buf[arg_start] == b'\t') {
            arg_start = arg_start.saturating_add(1);
        }
        if arg_start.saturating_sub(name_len) > max {
            return Err(ProtoError::MaxControlLine);
        }
    }
    // An argument longer than `max` cannot end before this point, so never look further.
    let search_end = buf
        .len()
        .min(arg_start.saturating_add(max).saturating_add(2));
    let nl = match memchr(b'\n', &buf[arg_start..search_end]) {
        Some(i) => arg_start.saturating_add(i),
        None => {
            let mut partial = buf.len().saturating_sub(arg_start);
            if partial > 0 && buf.last() == Some(&b'\r') {
                partial = partial.saturating_sub(1);
            }
            if partial > max {
                return Err(ProtoError::MaxControlLine);
            }
            return Ok(None);
        }
    };
    let mut arg = &buf[arg_start..nl];
    if let Some((&b'\r', rest)) = arg.split_last() {
        arg = rest;
    }
    if arg.len() > max {
        return Err(ProtoError::MaxControlLine);
    }
    // `nl` indexes `buf`, so neither this nor the payload ends below can overflow; they
    // saturate all the same.
    let after_line = nl.saturating_add(1);

    match op {
        Op::Pub => {
            let mut a: [&[u8]; MAX_ARGS] = [&[]; MAX_ARGS];
            let (subject, reply, size_tok) = match split_args(arg, &mut a) {
                2 => (a[0], None, a[1]),
                3 => (a[0], Some(a[1]), a[2]),
                _ => return Err(bad_args("processPub", arg)),
            };
            let size = parse_size(size_tok).ok_or_else(|| bad_args("processPub", arg))?;
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
                after_line.saturating_add(size).saturating_add(2),
            )))
        }
        Op::Hpub => {
            let mut a: [&[u8]; MAX_ARGS] = [&[]; MAX_ARGS];
            let (subject, reply, hdr_tok, size_tok) = match split_args(arg, &mut a) {
                3 => (a[0], None, a[1], a[2]),
                4 => (a[0], Some(a[1]), a[2], a[3]),
                _ => return Err(bad_args("processHeaderPub", arg)),
            };
            let hdr = parse_size(hdr_tok).ok_or_else(|| bad_args("processHeaderPub", arg))?;
            let size = parse_size(size_tok).ok_or_else(|| bad_args("processHeaderPub", arg))?;
            if hdr > size {
                return Err(bad_args("processHeaderPub", arg));
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
                after_line.saturating_add(size).saturating_add(2),
            )))
        }
        Op::Sub => {
            let mut a: [&[u8]; MAX_ARGS] = [&[]; MAX_ARGS];
            let op = match split_args(arg, &mut a) {
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
                _ => return Err(bad_args("processSub", arg)),
            };
            Ok(Some((op, after_line)))
        }
        Op::Unsub => {
            let mut a: [&[u8]; MAX_ARGS] = [&[]; MAX_ARGS];
            let op = match split_args(arg, &mut a) {
                1 => ClientOpRef::Unsub {
                    sid: a[0],
                    max: None,
                },
                2 => ClientOpRef::Unsub {
                    sid: a[0],
                    max: parse_size(a[1]).map(|m| m as u64),
                },
                _ => return Err(bad_args("processUnsub", arg)),
            };
            Ok(Some((op, after_line)))
        }
        Op::Ping => Ok(Some((ClientOpRef::Ping, after_line))),
        Op::Pong => Ok(Some((ClientOpRef::Pong, after_line))),
        Op::PlusOk => Ok(Some((ClientOpRef::Ok, after_line))),
        Op::Connect => Ok(Some((ClientOpRef::Connect(trim(arg)), after_line))),
        Op::Info => Ok(Some((ClientOpRef::Info(trim(arg)), after_line))),
        Op::MinusErr => Err(ProtoError::PeerErr(
            String::from_utf8_lossy(arg).into_owned(),
        )),
    }
}

/// Splits the canonical control line that starts at `start`: tokens separated by single spaces,
/// ended by `\r\n`, at most `MAX_ARGS` of them, the argument text no longer than `max`. Returns
/// the token count and the offset after the `\n`, or `None` for any other shape (tabs, runs of
/// spaces, a bare `\n`, a line still arriving), which the general path then handles. On a line
/// this accepts, [`split_args`] would produce the same tokens.
#[inline(always)]
fn canonical_args<'a>(
    buf: &'a [u8],
    start: usize,
    max: usize,
    out: &mut [&'a [u8]; MAX_ARGS],
) -> Option<(usize, usize)> {
    let line = buf.get(start..)?;
    let line = &line[..line.len().min(max.saturating_add(2))];
    let mut n = 0;
    let mut tok = 0;
    let mut i = 0;
    while i < line.len() {
        let b = line[i];
        // `i < line.len()` and `n < MAX_ARGS`: the increments below cannot overflow.
        if b > b' ' {
            i = i.saturating_add(1);
            continue;
        }
        match b {
            b' ' | b'\r' if i > tok && n < MAX_ARGS => {
                out[n] = &line[tok..i];
                n = n.saturating_add(1);
                let next = i.saturating_add(1);
                if b == b'\r' {
                    // The argument text is `line[..i]`, which the general path limits to `max`.
                    return match line.get(next) {
                        Some(b'\n') if i <= max => {
                            Some((n, start.saturating_add(next).saturating_add(1)))
                        }
                        _ => None,
                    };
                }
                i = next;
                tok = i;
            }
            b' ' | b'\r' | b'\t' | b'\n' => return None,
            // Other control bytes are ordinary token bytes.
            _ => i = i.saturating_add(1),
        }
    }
    None
}

/// The common case of a `PUB` (upper case, single spaces, CRLF, complete in `buf`), parsed in
/// one pass. `None` sends every other input through the general path, which returns the same
/// result this would for the inputs it accepts.
#[inline(always)]
fn fast_pub<'a>(buf: &'a [u8], limits: &ParseLimits) -> Option<(ClientOpRef<'a>, usize)> {
    if buf.get(..4)? != b"PUB " {
        return None;
    }
    let mut a: [&[u8]; MAX_ARGS] = [&[]; MAX_ARGS];
    let (subject, reply, size_tok, after_line) =
        match canonical_args(buf, 4, limits.max_control_line, &mut a)? {
            (2, after) => (a[0], None, a[1], after),
            (3, after) => (a[0], Some(a[1]), a[2], after),
            _ => return None,
        };
    let size = parse_size(size_tok)?;
    if size > limits.max_payload {
        return None;
    }
    let end = after_line.checked_add(size)?;
    let after = end.checked_add(2)?;
    if buf.get(end..after)? != b"\r\n" {
        return None;
    }
    Some((
        ClientOpRef::Pub(PubRef {
            subject,
            reply,
            hdr_len: 0,
            payload: &buf[after_line..end],
            hdr_digits: &[],
            size_digits: size_tok,
        }),
        after,
    ))
}

/// Returns the `size` payload bytes starting at `start` if they and their `\r\n` have arrived.
#[inline(always)]
fn take_payload(buf: &[u8], start: usize, size: usize) -> Result<Option<&[u8]>, ProtoError> {
    // `size` is at most `max_payload` and `start` at most `buf.len()`: saturating only makes
    // an absurd sum read as "not arrived yet".
    let end = start.saturating_add(size);
    match buf.get(end..end.saturating_add(2)) {
        Some(b"\r\n") => Ok(Some(&buf[start..end])),
        Some(_) => Err(ProtoError::BadPayloadEnd),
        // Fail early on a wrong terminator that has already arrived.
        None if buf.get(end).is_some_and(|&b| b != b'\r') => Err(ProtoError::BadPayloadEnd),
        None => Ok(None),
    }
}

fn trim(s: &[u8]) -> &[u8] {
    let start = s
        .iter()
        .position(|&b| b != b' ' && b != b'\t')
        .unwrap_or(s.len());
    let end = s
        .iter()
        .rposition(|&b| b != b' ' && b != b'\t')
        .map_or(start, |e| e.saturating_add(1));
    &s[start..end.max(start)]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limits() -> ParseLimits {
        ParseLimits::default()
    }

    fn one(input: &[u8]) -> Result<Option<(ClientOpRef<'_>, usize)>, ProtoError> {
        next_client_op(input, &limits())
    }

    fn pubref<'a>(
        subject: &'a [u8],
        reply: Option<&'a [u8]>,
        hdr_len: usize,
        payload: &'a [u8],
        hdr_digits: &'a [u8],
        size_digits: &'a [u8],
    ) -> ClientOpRef<'a> {
        ClientOpRef::Pub(PubRef {
            subject,
            reply,
            hdr_len,
            payload,
            hdr_digits,
            size_digits,
        })
    }

    /// One sample of every op shape, with and without reply, queue, max and headers.
    fn samples() -> Vec<(&'static [u8], ClientOpRef<'static>)> {
        vec![
            (
                b"CONNECT {\"verbose\":false}\r\n",
                ClientOpRef::Connect(b"{\"verbose\":false}"),
            ),
            (
                b"PUB foo 5\r\nhello\r\n",
                pubref(b"foo", None, 0, b"hello", b"", b"5"),
            ),
            (
                b"PUB foo.bar _INBOX.1 0\r\n\r\n",
                pubref(b"foo.bar", Some(b"_INBOX.1"), 0, b"", b"", b"0"),
            ),
            (
                b"HPUB foo 12 14\r\nNATS/1.0\r\n\r\nhi\r\n",
                pubref(b"foo", None, 12, b"NATS/1.0\r\n\r\nhi", b"12", b"14"),
            ),
            (
                b"HPUB foo r 18 18\r\nNATS/1.0\r\nk: v\r\n\r\n\r\n",
                pubref(
                    b"foo",
                    Some(b"r"),
                    18,
                    b"NATS/1.0\r\nk: v\r\n\r\n",
                    b"18",
                    b"18",
                ),
            ),
            (
                b"SUB foo.* 1\r\n",
                ClientOpRef::Sub {
                    subject: b"foo.*",
                    queue: None,
                    sid: b"1",
                },
            ),
            (
                b"SUB foo.> workers 22\r\n",
                ClientOpRef::Sub {
                    subject: b"foo.>",
                    queue: Some(b"workers"),
                    sid: b"22",
                },
            ),
            (
                b"UNSUB 1\r\n",
                ClientOpRef::Unsub {
                    sid: b"1",
                    max: None,
                },
            ),
            (
                b"UNSUB 22 10\r\n",
                ClientOpRef::Unsub {
                    sid: b"22",
                    max: Some(10),
                },
            ),
            (b"PING\r\n", ClientOpRef::Ping),
            (b"PONG\r\n", ClientOpRef::Pong),
            (b"+OK\r\n", ClientOpRef::Ok),
            (b"INFO {}\r\n", ClientOpRef::Info(b"{}")),
        ]
    }

    /// The PUB fast path agrees with the general parser on canonical lines, near misses
    /// (tabs, runs of spaces, bare `\n`, stray bytes, wrong terminators), every prefix, and
    /// limits on either side of the line and payload lengths.
    #[test]
    fn fast_path_agrees_with_general_parser() {
        let lines: &[&[u8]] = &[
            b"PUB foo 3\r\nabc\r\n",
            b"PUB foo.bar r.x 3\r\nabc\r\n",
            b"PUB foo 0\r\n\r\n",
            b"PUB foo 03\r\nabc\r\n",
            b"PUB foo  3\r\nabc\r\n",
            b"PUB  foo 3\r\nabc\r\n",
            b"PUB foo 3 \r\nabc\r\n",
            b"PUB foo\t3\r\nabc\r\n",
            b"PUB foo 3\nabc\r\n",
            b"PUB foo 3\r\r\nabc\r\n",
            b"PUB foo\r3\r\nabc\r\n",
            b"PUB f\x01o 3\r\nabc\r\n",
            b"PUB foo r x 3\r\nabc\r\n",
            b"PUB foo r x y 3\r\nabc\r\n",
            b"PUB foo 3x\r\nabc\r\n",
            b"PUB foo 1234567890\r\nabc\r\n",
            b"PUB foo 3\r\nabcX\n",
            b"PUB foo 3\r\nabc\rX",
            b"PUB foo 3\r\nabc\r\nPING\r\n",
            b"PUB 3\r\nabc\r\n",
            b"PUB \r\n",
            b"PUB foo 12\r\nabc\r\n",
            b"pub foo 3\r\nabc\r\n",
        ];
        for max_control_line in [0, 4, 5, 6, 7, 9, 10, 11, 4096] {
            for max_payload in [0, 2, 3, 4096] {
                let limits = ParseLimits {
                    max_control_line,
                    max_payload,
                };
                for line in lines {
                    for cut in 0..=line.len() {
                        let buf = &line[..cut];
                        assert_eq!(
                            next_client_op(buf, &limits),
                            next_op_general(buf, &limits),
                            "{:?} with {limits:?}",
                            String::from_utf8_lossy(buf)
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn every_op_parses() {
        for (input, want) in samples() {
            let mut with_next = input.to_vec();
            with_next.extend_from_slice(b"PING\r\n");
            let (op, used) = one(&with_next).expect("ok").expect("complete");
            assert_eq!(op, want, "{:?}", String::from_utf8_lossy(input));
            assert_eq!(used, input.len(), "{:?}", String::from_utf8_lossy(input));
        }
    }

    #[test]
    fn every_split_point_is_incomplete_then_complete() {
        for (input, want) in samples() {
            for cut in 0..input.len() {
                assert_eq!(one(&input[..cut]), Ok(None), "{input:?} cut at {cut}");
            }
            assert_eq!(one(input), Ok(Some((want, input.len()))));
        }
    }

    /// The whole stream of samples delivered in chunks of every size, parsed as a server loop
    /// does: parse what is complete, keep the rest, read more.
    #[test]
    fn stream_in_chunks_of_every_size() {
        let samples = samples();
        let stream: Vec<u8> = samples
            .iter()
            .flat_map(|(i, _)| i.iter().copied())
            .collect();
        for chunk in 1..=stream.len() {
            let mut buf: Vec<u8> = Vec::new();
            let mut got = Vec::new();
            for piece in stream.chunks(chunk) {
                buf.extend_from_slice(piece);
                let mut pos = 0;
                while let Some((op, used)) = one(&buf[pos..]).expect("ok") {
                    got.push(format!("{op:?}"));
                    pos += used;
                }
                buf.drain(..pos);
            }
            assert!(buf.is_empty(), "chunk {chunk}");
            let want: Vec<String> = samples.iter().map(|(_, op)| format!("{op:?}")).collect();
            assert_eq!(got, want, "chunk {chunk}");
        }
    }

    #[test]
    fn tolerated_spellings() {
        // Lower and mixed case names, tabs and runs of whitespace, bare LF, trailing blanks.
        let ok = |input: &'static [u8]| one(input).expect("ok").expect("complete").0;
        assert_eq!(
            ok(b"pub\tfoo \t 2\r\nab\r\n"),
            pubref(b"foo", None, 0, b"ab", b"", b"2")
        );
        assert_eq!(
            ok(b"hPuB foo  r\t12 12 \r\nNATS/1.0\r\n\r\n\r\n"),
            pubref(b"foo", Some(b"r"), 12, b"NATS/1.0\r\n\r\n", b"12", b"12")
        );
        assert_eq!(
            ok(b"Sub foo\tq\t1\n"),
            ClientOpRef::Sub {
                subject: b"foo",
                queue: Some(b"q"),
                sid: b"1"
            }
        );
        assert_eq!(
            ok(b"unsub   7   \r\n"),
            ClientOpRef::Unsub {
                sid: b"7",
                max: None
            }
        );
        assert_eq!(ok(b"ping\r\n"), ClientOpRef::Ping);
        assert_eq!(ok(b"PoNg\n"), ClientOpRef::Pong);
        assert_eq!(ok(b"+ok\r\n"), ClientOpRef::Ok);
        assert_eq!(ok(b"connect {}\r\n"), ClientOpRef::Connect(b"{}"));
        assert_eq!(ok(b"info {} \r\n"), ClientOpRef::Info(b"{}"));
        // A stray CR separates arguments (upstream splitArg).
        assert_eq!(
            ok(b"PUB foo\r2\r\nab\r\n"),
            pubref(b"foo", None, 0, b"ab", b"", b"2")
        );
        // Leading zeros are a valid size and kept for forwarding.
        assert_eq!(
            ok(b"PUB foo 000000001\r\na\r\n"),
            pubref(b"foo", None, 0, b"a", b"", b"000000001")
        );
    }

    /// Behaviours checked against nats-server 2.14 with raw bytes (see the module doc).
    #[test]
    fn matches_nats_server_quirks() {
        let ok = |input: &'static [u8]| one(input).expect("ok").expect("complete");
        // PING/PONG/+OK ignore anything up to the newline.
        assert_eq!(ok(b"PINGxyz\r\n"), (ClientOpRef::Ping, 9));
        assert_eq!(ok(b"PING foo\r\n"), (ClientOpRef::Ping, 10));
        assert_eq!(ok(b"PING\rPING\r\n"), (ClientOpRef::Ping, 11));
        assert_eq!(ok(b"PONGabc\r\n"), (ClientOpRef::Pong, 9));
        assert_eq!(ok(b"+OK whatever\r\n"), (ClientOpRef::Ok, 14));
        // CONNECT and INFO take the rest of the line, space or not; the JSON is the caller's.
        assert_eq!(ok(b"CONNECT{}\r\n"), (ClientOpRef::Connect(b"{}"), 11));
        assert_eq!(ok(b"CONNECT\r\n"), (ClientOpRef::Connect(b""), 9));
        assert_eq!(ok(b"INFO\r\n"), (ClientOpRef::Info(b""), 6));
        // An invalid UNSUB max is ignored (upstream: immediate unsubscribe).
        assert_eq!(
            ok(b"UNSUB 1 x\r\n").0,
            ClientOpRef::Unsub {
                sid: b"1",
                max: None
            }
        );
        assert_eq!(
            ok(b"UNSUB 1 0\r\n").0,
            ClientOpRef::Unsub {
                sid: b"1",
                max: Some(0)
            }
        );
        // Whitespace-only arguments are an argument error (closed without -ERR) ...
        for input in [
            &b"PUB \r\n"[..],
            b"SUB  \r\n",
            b"UNSUB \r\n",
            b"HPUB \t\r\n",
        ] {
            let e = one(input).expect_err("must fail");
            assert!(matches!(e, ProtoError::BadArgs { .. }), "{input:?}: {e:?}");
            assert_eq!(e.wire_text(), None);
        }
        // ... while no argument at all is a framing error (-ERR 'Unknown Protocol Operation').
        for input in [
            &b"PUB\r\n"[..],
            b"SUB\r\n",
            b"UNSUB\n",
            b"HPUB\r\n",
            b"-ERR\r\n",
        ] {
            assert_eq!(one(input), Err(ProtoError::UnknownOp), "{input:?}");
        }
        // A client's -ERR closes without a reply.
        let e = one(b"-ERR 'x'\r\n").expect_err("must fail");
        assert_eq!(e, ProtoError::PeerErr("'x'".into()));
        assert_eq!(e.wire_text(), None);
        // MSG and HMSG are server-to-client only; an empty line is no op.
        for input in [
            &b"MSG foo 1 2\r\nab\r\n"[..],
            b"HMSG foo 1 0 0\r\n",
            b"\r\n",
            b"\n",
        ] {
            assert_eq!(one(input), Err(ProtoError::UnknownOp), "{input:?}");
        }
    }

    #[test]
    fn unknown_ops_fail_early() {
        for input in [
            &b"X"[..],
            b"XYZ foo\r\n",
            b"PX",
            b"PUBX",
            b"PUB\r",
            b"PINX",
            b"HPX",
            b"CONNEXT {}",
            b"SUBS foo 1\r\n",
            b"UNSUB\t",
            b"+OX",
            b"-EX",
            b" PING\r\n",
            b"\tPING\r\n",
            b"\r",
        ] {
            let got = one(input);
            if input == b"UNSUB\t" {
                assert_eq!(got, Ok(None), "{input:?}");
            } else {
                assert_eq!(got, Err(ProtoError::UnknownOp), "{input:?}");
            }
        }
        for partial in [
            &b"P"[..],
            b"PU",
            b"PUB",
            b"PUB ",
            b"H",
            b"HPUB",
            b"CONNECT",
            b"+",
            b"-ERR",
        ] {
            assert_eq!(one(partial), Ok(None), "{partial:?}");
        }
    }

    #[test]
    fn bad_arguments() {
        let cases: &[(&[u8], &str)] = &[
            (b"PUB foo\r\n", "processPub"),
            (b"PUB foo bar baz 1\r\n", "processPub"),
            (b"PUB foo -1\r\n", "processPub"),
            (b"PUB foo x\r\n", "processPub"),
            (b"PUB foo 1234567890\r\n", "processPub"),
            (b"PUB foo 0x10\r\n", "processPub"),
            (b"HPUB foo 12\r\n", "processHeaderPub"),
            (b"HPUB foo r 12 14 x\r\n", "processHeaderPub"),
            (b"HPUB foo x 14\r\n", "processHeaderPub"),
            (b"HPUB foo 12 x\r\n", "processHeaderPub"),
            (b"HPUB foo 3 2\r\n", "processHeaderPub"),
            (b"SUB foo\r\n", "processSub"),
            (b"SUB foo bar baz 1\r\n", "processSub"),
            (b"UNSUB 1 2 3\r\n", "processUnsub"),
        ];
        for (input, op) in cases {
            match one(input) {
                Err(ProtoError::BadArgs { op: got, .. }) => assert_eq!(got, *op, "{input:?}"),
                other => panic!("{input:?}: {other:?}"),
            }
        }
        let e = one(b"PUB foo\r\n").expect_err("must fail");
        assert_eq!(e.to_string(), "processPub Parse Error: 'foo'");
    }

    #[test]
    fn control_line_limit_applies_to_the_arguments() {
        let limits = ParseLimits {
            max_control_line: 16,
            max_payload: 1024,
        };
        // 16 bytes of arguments pass, 17 do not, whatever the op name's length.
        let arg16 = b"PUB aaaaaaaaaaaaaa 0\r\n\r\n";
        assert!(next_client_op(arg16, &limits).expect("ok").is_some());
        let arg16 = b"UNSUB aaaaaaaaaaaaaa 0\r\n";
        assert!(next_client_op(arg16, &limits).expect("ok").is_some());
        let arg17 = b"PUB aaaaaaaaaaaaaaa 0\r\n\r\n";
        assert_eq!(
            next_client_op(arg17, &limits),
            Err(ProtoError::MaxControlLine)
        );
        // While the line is still arriving: exactly at the limit waits, one more fails.
        assert_eq!(next_client_op(b"PUB aaaaaaaaaaaaaaaa", &limits), Ok(None));
        assert_eq!(next_client_op(b"PUB aaaaaaaaaaaaaaaa\r", &limits), Ok(None));
        assert_eq!(
            next_client_op(b"PUB aaaaaaaaaaaaaaaaa", &limits),
            Err(ProtoError::MaxControlLine)
        );
        assert_eq!(
            next_client_op(b"CONNECT {\"aaaaaaaaaaaaaaaaaaaaaaaaaaa", &limits),
            Err(ProtoError::MaxControlLine)
        );
        // Garbage is reported as such even when long.
        assert_eq!(
            next_client_op(b"XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", &limits),
            Err(ProtoError::UnknownOp)
        );
        // Bounded buffering: whitespace runs and bytes after PING count too.
        assert_eq!(
            next_client_op(b"PUB                  ", &limits),
            Err(ProtoError::MaxControlLine)
        );
        assert_eq!(
            next_client_op(b"PINGxxxxxxxxxxxxxxxxxxxx", &limits),
            Err(ProtoError::MaxControlLine)
        );
        assert_eq!(
            ProtoError::MaxControlLine.wire_text(),
            Some("maximum control line exceeded")
        );
    }

    #[test]
    fn payload_limits_and_terminator() {
        let limits = ParseLimits {
            max_control_line: 4096,
            max_payload: 4,
        };
        // Rejected from the control line alone, before the payload arrives.
        assert_eq!(
            next_client_op(b"PUB foo 5\r\n", &limits),
            Err(ProtoError::MaxPayload { size: 5, max: 4 })
        );
        assert_eq!(
            next_client_op(b"HPUB foo 2 5\r\n", &limits),
            Err(ProtoError::MaxPayload { size: 5, max: 4 })
        );
        assert!(next_client_op(b"PUB foo 4\r\nabcd\r\n", &limits)
            .expect("ok")
            .is_some());
        assert_eq!(
            ProtoError::MaxPayload { size: 5, max: 4 }.wire_text(),
            Some("Maximum Payload Violation")
        );
        for input in [
            &b"PUB foo 2\r\nabcd\r\n"[..],
            b"PUB foo 2\r\nabc",
            b"PUB foo 2\r\nab\n\r",
            b"PUB foo 2\r\nab\rX",
            b"PUB foo 2\r\nab\n",
            b"HPUB foo 0 1\r\nXX\r\n",
        ] {
            let e = next_client_op(input, &limits).expect_err("must fail");
            assert_eq!(e, ProtoError::BadPayloadEnd, "{input:?}");
            assert_eq!(e.wire_text(), Some("Unknown Protocol Operation"));
        }
    }
}
