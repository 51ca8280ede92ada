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

/// Writes `MSG <subject> <sid> [reply] <size>\r\n` with the size given as digits.
#[inline]
pub fn msg_line_raw(
    buf: &mut BytesMut,
    subject: &[u8],
    sid: &[u8],
    reply: Option<&[u8]>,
    size_digits: &[u8],
) {
    let reply_len = reply.map_or(0, |r| r.len() + 1);
    buf.reserve(4 + subject.len() + 1 + sid.len() + reply_len + 1 + size_digits.len() + 2);
    buf.put_slice(b"MSG ");
    buf.put_slice(subject);
    buf.put_u8(b' ');
    buf.put_slice(sid);
    if let Some(r) = reply {
        buf.put_u8(b' ');
        buf.put_slice(r);
    }
    buf.put_u8(b' ');
    buf.put_slice(size_digits);
    buf.put_slice(CRLF);
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
    let reply_len = reply.map_or(0, |r| r.len() + 1);
    buf.reserve(
        5 + subject.len()
            + 1
            + sid.len()
            + reply_len
            + 1
            + hdr_digits.len()
            + 1
            + total_digits.len()
            + 2,
    );
    buf.put_slice(b"HMSG ");
    buf.put_slice(subject);
    buf.put_u8(b' ');
    buf.put_slice(sid);
    if let Some(r) = reply {
        buf.put_u8(b' ');
        buf.put_slice(r);
    }
    buf.put_u8(b' ');
    buf.put_slice(hdr_digits);
    buf.put_u8(b' ');
    buf.put_slice(total_digits);
    buf.put_slice(CRLF);
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
    buf.reserve(payload.len() + 2 + 32 + subject.len() + sid.len() + reply.map_or(0, <[u8]>::len));
    msg_line(buf, subject, sid, reply, payload.len());
    buf.put_slice(payload);
    buf.put_slice(CRLF);
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
    buf.reserve(payload.len() + 2 + 48 + subject.len() + sid.len() + reply.map_or(0, <[u8]>::len));
    hmsg_line(buf, subject, sid, reply, hdr_len, payload.len());
    buf.put_slice(payload);
    buf.put_slice(CRLF);
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
