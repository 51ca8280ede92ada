//! Writing server ops (`MSG HMSG INFO -ERR PING PONG +OK`) into an outbound `BytesMut`.
//!
//! Every function appends one complete op, reserving its exact size first so the buffer grows
//! at most once; numbers are formatted into a stack array, so nothing else is allocated. The
//! `*_line` variants write only the control line (with its `\r\n`) so a caller can append a large
//! payload separately, shared as `Bytes`, followed by [`CRLF`]. The `*_raw` variants take size
//! digits as text, e.g. the `size_digits` a client sent in `PUB`, which nats-server forwards
//! unchanged (leading zeros included).

use bytes::{BufMut, BytesMut};

use crate::info::ServerInfo;

/// `PING\r\n`.
pub const PING: &[u8] = b"PING\r\n";
/// `PONG\r\n`.
pub const PONG: &[u8] = b"PONG\r\n";
/// `+OK\r\n`, sent after each op when the client asked for `verbose`.
pub const OK: &[u8] = b"+OK\r\n";
/// The line terminator that ends control lines and follows payloads.
pub const CRLF: &[u8] = b"\r\n";

/// Room for the decimal digits of any `u64`.
pub type DigitBuf = [u8; 20];

/// Formats `n` in decimal into `buf` and returns the digits (an itoa without allocation).
#[inline]
pub fn fmt_u64(n: u64, buf: &mut DigitBuf) -> &[u8] {
    let mut i = buf.len();
    let mut n = n;
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    &buf[i..]
}

/// Copies `src` into `dst` (same length) without a `memcpy` call for up to 32 bytes: two
/// overlapping fixed-size copies, which compile to a few register moves. Longer slices go through
/// `copy_from_slice`.
#[inline(always)]
fn copy_short(dst: &mut [u8], src: &[u8]) {
    let n = src.len();
    if n >= 16 {
        if n <= 32 {
            dst[..16].copy_from_slice(&src[..16]);
            dst[n - 16..].copy_from_slice(&src[n - 16..]);
        } else {
            dst.copy_from_slice(src);
        }
    } else if n >= 8 {
        dst[..8].copy_from_slice(&src[..8]);
        dst[n - 8..].copy_from_slice(&src[n - 8..]);
    } else if n >= 4 {
        dst[..4].copy_from_slice(&src[..4]);
        dst[n - 4..].copy_from_slice(&src[n - 4..]);
    } else if n > 0 {
        dst[0] = src[0];
        dst[n / 2] = src[n / 2];
        dst[n - 1] = src[n - 1];
    }
}

/// Size of the block a small op is written into in place.
const BLOCK: usize = 64;

/// A cursor over a zeroed block appended to the outbound buffer, into which an op's parts are
/// copied in place; the caller then truncates the buffer to the bytes actually written.
///
/// Appending a handful of short slices one `put_slice` at a time costs a `memcpy` call each;
/// here the block is a constant-size fill and each part a [`copy_short`], so a small `MSG` is
/// written without any call. (Assembling on the stack and copying the block over is slower: the
/// wide loads of freshly written narrow stores stall on store forwarding.)
struct Block<'b> {
    bytes: &'b mut [u8],
    len: usize,
}

impl Block<'_> {
    /// Appends `s`; the caller has checked that everything it pushes fits in the block.
    #[inline(always)]
    fn push(&mut self, s: &[u8]) {
        let end = self.len + s.len();
        copy_short(&mut self.bytes[self.len..end], s);
        self.len = end;
    }
}

/// The fields of a `MSG` or `HMSG`, all as text.
struct Parts<'a> {
    subject: &'a [u8],
    sid: &'a [u8],
    reply: Option<&'a [u8]>,
    /// Header size digits; `Some` makes it an `HMSG`.
    hdr_digits: Option<&'a [u8]>,
    size_digits: &'a [u8],
}

impl Parts<'_> {
    /// Length of the control line, `\r\n` included.
    #[inline(always)]
    fn line_len(&self) -> usize {
        let op = if self.hdr_digits.is_some() { 5 } else { 4 };
        op + self.subject.len()
            + 1
            + self.sid.len()
            + 1
            + self.reply.map_or(0, |r| r.len() + 1)
            + self.hdr_digits.map_or(0, |h| h.len() + 1)
            + self.size_digits.len()
            + 2
    }

    #[inline(always)]
    fn push_line(&self, st: &mut Block<'_>) {
        st.push(if self.hdr_digits.is_some() {
            b"HMSG "
        } else {
            b"MSG "
        });
        st.push(self.subject);
        st.push(b" ");
        st.push(self.sid);
        st.push(b" ");
        if let Some(r) = self.reply {
            st.push(r);
            st.push(b" ");
        }
        if let Some(h) = self.hdr_digits {
            st.push(h);
            st.push(b" ");
        }
        st.push(self.size_digits);
        st.push(CRLF);
    }

    /// Appends the control line and, if given, `payload` and its `\r\n`.
    #[inline(always)]
    fn write(&self, buf: &mut BytesMut, payload: Option<&[u8]>) {
        let line = self.line_len();
        let whole = line + payload.map_or(0, |p| p.len() + 2);
        if whole <= BLOCK {
            self.write_block::<BLOCK>(buf, payload, whole);
        } else if whole <= 2 * BLOCK {
            self.write_block::<{ 2 * BLOCK }>(buf, payload, whole);
        } else {
            buf.reserve(whole);
            if line <= BLOCK {
                self.write_block::<BLOCK>(buf, None, line);
            } else {
                self.put_line(buf);
            }
            if let Some(p) = payload {
                buf.put_slice(p);
                buf.put_slice(CRLF);
            }
        }
    }

    /// Writes the op (`whole` bytes, at most `N`) through a block of `N` bytes.
    #[inline(always)]
    fn write_block<const N: usize>(
        &self,
        buf: &mut BytesMut,
        payload: Option<&[u8]>,
        whole: usize,
    ) {
        let start = buf.len();
        buf.extend_from_slice(&[0; N]);
        let mut st = Block {
            bytes: &mut buf[start..],
            len: 0,
        };
        self.push_line(&mut st);
        if let Some(p) = payload {
            st.push(p);
            st.push(CRLF);
        }
        buf.truncate(start + whole);
    }

    /// The control line slice by slice, for ops too long for a block.
    #[inline(always)]
    fn put_line(&self, buf: &mut BytesMut) {
        buf.put_slice(if self.hdr_digits.is_some() {
            b"HMSG "
        } else {
            b"MSG "
        });
        buf.put_slice(self.subject);
        buf.put_u8(b' ');
        buf.put_slice(self.sid);
        buf.put_u8(b' ');
        if let Some(r) = self.reply {
            buf.put_slice(r);
            buf.put_u8(b' ');
        }
        if let Some(h) = self.hdr_digits {
            buf.put_slice(h);
            buf.put_u8(b' ');
        }
        buf.put_slice(self.size_digits);
        buf.put_slice(CRLF);
    }
}

/// Writes `MSG <subject> <sid> [reply] <size>\r\n` with the size given as digits.
#[inline]
pub fn msg_line_raw(
    buf: &mut BytesMut,
    subject: &[u8],
    sid: &[u8],
    reply: Option<&[u8]>,
    size_digits: &[u8],
) {
    Parts {
        subject,
        sid,
        reply,
        hdr_digits: None,
        size_digits,
    }
    .write(buf, None);
}

/// Writes `HMSG <subject> <sid> [reply] <hdr> <total>\r\n` with both sizes given as digits.
#[inline]
pub fn hmsg_line_raw(
    buf: &mut BytesMut,
    subject: &[u8],
    sid: &[u8],
    reply: Option<&[u8]>,
    hdr_digits: &[u8],
    total_digits: &[u8],
) {
    Parts {
        subject,
        sid,
        reply,
        hdr_digits: Some(hdr_digits),
        size_digits: total_digits,
    }
    .write(buf, None);
}

/// Writes a complete `MSG` (control line, `payload`, `\r\n`) with the size given as digits,
/// e.g. the `size_digits` of the client's `PUB`. This is the server's per-delivery encoder: a
/// small message is assembled on the stack and appended in one fixed-size copy.
#[inline]
pub fn msg_raw(
    buf: &mut BytesMut,
    subject: &[u8],
    sid: &[u8],
    reply: Option<&[u8]>,
    size_digits: &[u8],
    payload: &[u8],
) {
    Parts {
        subject,
        sid,
        reply,
        hdr_digits: None,
        size_digits,
    }
    .write(buf, Some(payload));
}

/// Writes a complete `HMSG` (control line, `payload`, `\r\n`) with both sizes given as digits;
/// `payload` is the header block followed by the body.
#[inline]
pub fn hmsg_raw(
    buf: &mut BytesMut,
    subject: &[u8],
    sid: &[u8],
    reply: Option<&[u8]>,
    hdr_digits: &[u8],
    total_digits: &[u8],
    payload: &[u8],
) {
    Parts {
        subject,
        sid,
        reply,
        hdr_digits: Some(hdr_digits),
        size_digits: total_digits,
    }
    .write(buf, Some(payload));
}

/// Writes the control line of a `MSG` carrying `size` payload bytes.
#[inline]
pub fn msg_line(buf: &mut BytesMut, subject: &[u8], sid: &[u8], reply: Option<&[u8]>, size: usize) {
    let mut d = DigitBuf::default();
    msg_line_raw(buf, subject, sid, reply, fmt_u64(size as u64, &mut d));
}

/// Writes the control line of an `HMSG` whose payload holds `hdr_len` header bytes out of
/// `total` bytes.
#[inline]
pub fn hmsg_line(
    buf: &mut BytesMut,
    subject: &[u8],
    sid: &[u8],
    reply: Option<&[u8]>,
    hdr_len: usize,
    total: usize,
) {
    let mut h = DigitBuf::default();
    let mut t = DigitBuf::default();
    hmsg_line_raw(
        buf,
        subject,
        sid,
        reply,
        fmt_u64(hdr_len as u64, &mut h),
        fmt_u64(total as u64, &mut t),
    );
}

/// Writes a complete `MSG`: control line, `payload`, `\r\n`.
#[inline]
pub fn msg(buf: &mut BytesMut, subject: &[u8], sid: &[u8], reply: Option<&[u8]>, payload: &[u8]) {
    let mut d = DigitBuf::default();
    let size = fmt_u64(payload.len() as u64, &mut d);
    msg_raw(buf, subject, sid, reply, size, payload);
}

/// Writes a complete `HMSG`: `payload` is the header block (its first `hdr_len` bytes) followed
/// by the body, as a client's `HPUB` carried it.
#[inline]
pub fn hmsg(
    buf: &mut BytesMut,
    subject: &[u8],
    sid: &[u8],
    reply: Option<&[u8]>,
    hdr_len: usize,
    payload: &[u8],
) {
    let mut h = DigitBuf::default();
    let mut t = DigitBuf::default();
    let hdr = fmt_u64(hdr_len as u64, &mut h);
    let total = fmt_u64(payload.len() as u64, &mut t);
    hmsg_raw(buf, subject, sid, reply, hdr, total, payload);
}

/// Writes `INFO {json} \r\n`, with the space before CRLF that nats-server's
/// `generateInfoJSON` puts there.
///
/// Serialising a [`ServerInfo`] into memory cannot fail in practice; should serde_json ever
/// report an error, the buffer is left as it was and the error returned.
pub fn info(buf: &mut BytesMut, info: &ServerInfo) -> Result<(), serde_json::Error> {
    let start = buf.len();
    buf.put_slice(b"INFO ");
    let mut w = buf.writer();
    if let Err(e) = serde_json::to_writer(&mut w, info) {
        w.into_inner().truncate(start);
        return Err(e);
    }
    let buf = w.into_inner();
    buf.put_slice(b" \r\n");
    Ok(())
}

/// Writes `-ERR 'text'\r\n`.
#[inline]
pub fn err(buf: &mut BytesMut, text: &str) {
    buf.reserve(8 + text.len());
    buf.put_slice(b"-ERR '");
    buf.put_slice(text.as_bytes());
    buf.put_slice(b"'\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits() {
        let mut d = DigitBuf::default();
        assert_eq!(fmt_u64(0, &mut d), b"0");
        assert_eq!(fmt_u64(7, &mut d), b"7");
        assert_eq!(fmt_u64(1234567890, &mut d), b"1234567890");
        assert_eq!(fmt_u64(u64::MAX, &mut d), b"18446744073709551615");
    }

    #[test]
    fn msg_forms() {
        let mut b = BytesMut::new();
        msg(&mut b, b"foo.bar", b"1", None, b"hello");
        msg(&mut b, b"foo", b"22", Some(b"_INBOX.x"), b"");
        assert_eq!(
            &b[..],
            b"MSG foo.bar 1 5\r\nhello\r\nMSG foo 22 _INBOX.x 0\r\n\r\n"
        );
        let mut b = BytesMut::new();
        msg_line_raw(&mut b, b"s", b"9", None, b"0002");
        assert_eq!(&b[..], b"MSG s 9 0002\r\n");
    }

    /// The reference encoding, one field at a time.
    fn naive(
        subject: &[u8],
        sid: &[u8],
        reply: Option<&[u8]>,
        hdr: Option<&[u8]>,
        size: &[u8],
        payload: Option<&[u8]>,
    ) -> Vec<u8> {
        let mut v = Vec::new();
        v.extend_from_slice(if hdr.is_some() { b"HMSG " } else { b"MSG " });
        for p in [Some(subject), Some(sid), reply, hdr].into_iter().flatten() {
            v.extend_from_slice(p);
            v.push(b' ');
        }
        v.extend_from_slice(size);
        v.extend_from_slice(b"\r\n");
        if let Some(p) = payload {
            v.extend_from_slice(p);
            v.extend_from_slice(b"\r\n");
        }
        v
    }

    /// Every field length from 0 to 40 and payloads on both sides of the stack-block sizes, into
    /// buffers with and without spare room, agree with the field-by-field encoding.
    #[test]
    fn stack_assembly_matches_naive_encoding() {
        let text: Vec<u8> = (0..300u32).map(|i| b'a' + (i % 26) as u8).collect();
        let mut buf = BytesMut::new();
        for n in 0..=40 {
            let f = &text[..n];
            for p in [0, 1, 7, 16, 30, 31, 40, 64, 100, 125, 126, 200, 300] {
                let payload = &text[300 - p..];
                for reply in [None, Some(&text[3..3 + n])] {
                    let cases = [
                        (f, &b"1"[..], None, &b"16"[..]),
                        (&b"s"[..], f, None, &b"0"[..]),
                        (&b"s"[..], &b"9"[..], Some(&b"12"[..]), f),
                        (f, f, Some(f), f),
                    ];
                    for (subject, sid, hdr, size) in cases {
                        for with_payload in [false, true] {
                            let payload = with_payload.then_some(payload);
                            let start = buf.len();
                            match (hdr, payload) {
                                (None, None) => msg_line_raw(&mut buf, subject, sid, reply, size),
                                (None, Some(p)) => msg_raw(&mut buf, subject, sid, reply, size, p),
                                (Some(h), None) => {
                                    hmsg_line_raw(&mut buf, subject, sid, reply, h, size)
                                }
                                (Some(h), Some(p)) => {
                                    hmsg_raw(&mut buf, subject, sid, reply, h, size, p)
                                }
                            }
                            assert_eq!(
                                &buf[start..],
                                &naive(subject, sid, reply, hdr, size, payload)[..]
                            );
                            if buf.len() > 4096 {
                                buf = BytesMut::new();
                            }
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn hmsg_forms() {
        let mut b = BytesMut::new();
        hmsg(&mut b, b"foo", b"1", None, 12, b"NATS/1.0\r\n\r\nhi");
        hmsg(&mut b, b"foo", b"1", Some(b"r"), 12, b"NATS/1.0\r\n\r\n");
        assert_eq!(
            &b[..],
            &b"HMSG foo 1 12 14\r\nNATS/1.0\r\n\r\nhi\r\nHMSG foo 1 r 12 12\r\nNATS/1.0\r\n\r\n\r\n"[..]
        );
        let mut b = BytesMut::new();
        hmsg_line(&mut b, b"a", b"b", Some(b"c"), 0, 100);
        assert_eq!(&b[..], b"HMSG a b c 0 100\r\n");
    }

    #[test]
    fn info_err_and_consts() {
        let mut b = BytesMut::new();
        let i = ServerInfo {
            server_id: "NABC".into(),
            max_payload: 1048576,
            ..Default::default()
        };
        info(&mut b, &i).expect("info");
        assert!(b.starts_with(b"INFO {\"server_id\":\"NABC\""), "{b:?}");
        assert!(b.ends_with(b"} \r\n"));
        let json = &b[5..b.len() - 3];
        let back: ServerInfo = serde_json::from_slice(json).expect("json");
        assert_eq!(back, i);

        let mut b = BytesMut::new();
        err(&mut b, "Unknown Protocol Operation");
        b.put_slice(PING);
        b.put_slice(PONG);
        b.put_slice(OK);
        assert_eq!(
            &b[..],
            b"-ERR 'Unknown Protocol Operation'\r\nPING\r\nPONG\r\n+OK\r\n"
        );
    }
}
