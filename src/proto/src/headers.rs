//! NATS message headers: the block carried by `HPUB`/`HMSG` before the message body.
//!
//! Wire form (nats-server ADR-4, `server/client.go` `genHeader`/`sliceHeader`, nats.go
//! `DecodeHeadersMsg`):
//!
//! ```text
//! NATS/1.0[ <3-digit status>[ <description>]]\r\n
//! Key: Value\r\n        (any number, keys may repeat)
//! \r\n
//! ```
//!
//! [`HeaderMap`] keeps keys as written (no canonicalisation) and entries in insertion order;
//! lookups are case-sensitive like nats.go's `Header.Get` and nats-server's `getHeader`, with
//! [`HeaderMap::get_ignore_case`] for callers that want HTTP-style matching.
//!
//! Parsing is strict about structure and tolerant where real senders differ: lines may end in
//! `\n` or `\r\n`, the final blank line may be missing, and a value loses the spaces and tabs
//! before it but keeps trailing ones (nats.go `readMIMEHeader`; nats-server's `sliceHeader` also
//! keeps them). It rejects a missing `NATS/1.0` prefix, a status that is not three digits, a line
//! without `:`, an empty or non-printable key, bytes after the terminating blank line, and
//! values that are not UTF-8. Obsolete line folding is not supported (nats.go does not fold).
//! That strictness is for blocks rnats builds or checks; what a server delivers is read with
//! [`HeaderMap::parse_lenient`], nats.go's rules, because nats-server forwards and stores any
//! block byte for byte and a client must never drop a message for its headers.
//!
//! [`slice_header`] reads one value straight out of an encoded block without allocating, for the
//! server's hot path.
#![deny(clippy::arithmetic_side_effects)]

use bytes::{BufMut, BytesMut};
use memchr::memchr;

/// The version line prefix every header block starts with.
pub const VERSION_LINE: &[u8] = b"NATS/1.0";

/// The smallest valid block: version line and the terminating blank line.
pub const EMPTY_BLOCK: &[u8] = b"NATS/1.0\r\n\r\n";

/// Why a header block or a header entry is not acceptable.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HeaderError {
    /// The block does not start with `NATS/1.0`.
    #[error("header block does not start with NATS/1.0")]
    MissingVersion,
    /// The text after `NATS/1.0` is not a 3-digit status optionally followed by a description.
    #[error("invalid header status line: '{0}'")]
    BadStatusLine(String),
    /// A status outside 0..=999 cannot be written as three digits.
    #[error("status {0} is not a 3-digit code")]
    StatusOutOfRange(u16),
    /// A header line without a `:` separator (1-based line number, version line is 1).
    #[error("header line {0} has no ':'")]
    MissingColon(usize),
    /// A key that is empty or contains bytes other than printable ASCII without `:`.
    #[error("invalid header name '{0}'")]
    InvalidName(String),
    /// A value or description containing `\r` or `\n`.
    #[error("header value contains CR or LF")]
    InvalidValue,
    /// A value that is not UTF-8.
    #[error("header value is not valid UTF-8")]
    NotUtf8,
    /// Bytes after the blank line that ends the block.
    #[error("data after the end of the header block")]
    TrailingData,
}

/// Headers of one message: optional inline status and description, then ordered entries.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HeaderMap {
    status: Option<u16>,
    description: Option<String>,
    entries: Vec<(String, String)>,
}

/// Whether `b` may appear in a header name: printable ASCII (33..=126) except `:` (ADR-4).
#[inline]
fn is_name_byte(b: u8) -> bool {
    (33..=126).contains(&b) && b != b':'
}

fn check_name(name: &str) -> Result<(), HeaderError> {
    if name.is_empty() || !name.bytes().all(is_name_byte) {
        return Err(HeaderError::InvalidName(name.to_owned()));
    }
    Ok(())
}

fn check_value(value: &str) -> Result<(), HeaderError> {
    if value.bytes().any(|b| b == b'\r' || b == b'\n') {
        return Err(HeaderError::InvalidValue);
    }
    Ok(())
}

#[inline]
fn is_ws(b: u8) -> bool {
    b == b' ' || b == b'\t'
}

fn trim_ws(s: &[u8]) -> &[u8] {
    let start = s.iter().position(|&b| !is_ws(b)).unwrap_or(s.len());
    let end = s
        .iter()
        .rposition(|&b| !is_ws(b))
        .map_or(start, |e| e.saturating_add(1));
    &s[start..end]
}

/// The value of a three-digit status code whose digits the caller checked: at most 999.
fn status_value(code: &[u8]) -> u16 {
    code.iter().fold(0u16, |n, &d| {
        let digit = char::from(d).to_digit(10).unwrap_or(0) as u16;
        n.saturating_mul(10).saturating_add(digit)
    })
}

/// Splits off the next line of `rest` (without its `\n` or `\r\n`), advancing `rest`. A last
/// line without a newline is returned whole.
fn next_line<'a>(rest: &mut &'a [u8]) -> &'a [u8] {
    let (line, after) = match memchr(b'\n', rest) {
        Some(nl) => {
            let (line, after) = rest.split_at(nl);
            (line, &after[1..])
        }
        None => (*rest, &rest[rest.len()..]),
    };
    *rest = after;
    match line.split_last() {
        Some((&b'\r', l)) => l,
        _ => line,
    }
}

impl HeaderMap {
    /// An empty map: no status, no entries.
    pub fn new() -> HeaderMap {
        HeaderMap::default()
    }

    /// A map carrying an inline status (e.g. `503`, or `408` with `Request Timeout`).
    pub fn with_status(status: u16, description: Option<&str>) -> Result<HeaderMap, HeaderError> {
        let mut h = HeaderMap::new();
        h.set_status(status, description)?;
        Ok(h)
    }

    /// The inline status code, if any.
    pub fn status(&self) -> Option<u16> {
        self.status
    }

    /// The inline status description, if any (only present with a status).
    pub fn description(&self) -> Option<&str> {
        self.description.as_deref()
    }

    /// Sets the inline status and its optional description (an empty description counts as none).
    pub fn set_status(
        &mut self,
        status: u16,
        description: Option<&str>,
    ) -> Result<(), HeaderError> {
        if status > 999 {
            return Err(HeaderError::StatusOutOfRange(status));
        }
        let description = match description {
            Some(d) if !d.is_empty() => {
                check_value(d)?;
                Some(d.to_owned())
            }
            _ => None,
        };
        self.status = Some(status);
        self.description = description;
        Ok(())
    }

    /// Removes the inline status and description.
    pub fn clear_status(&mut self) {
        self.status = None;
        self.description = None;
    }

    /// Number of entries (a key with two values counts twice).
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether there are no entries (a status alone still leaves the map empty).
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// First value stored under exactly `name`.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.entries
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// First value whose key equals `name` ignoring ASCII case.
    pub fn get_ignore_case(&self, name: &str) -> Option<&str> {
        self.entries
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// All values stored under exactly `name`, in insertion order.
    pub fn get_all<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.entries
            .iter()
            .filter(move |(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// Whether some entry has exactly the key `name`.
    pub fn contains_key(&self, name: &str) -> bool {
        self.entries.iter().any(|(k, _)| k == name)
    }

    /// Adds a value for `name`, keeping any existing ones.
    pub fn append(&mut self, name: &str, value: &str) -> Result<(), HeaderError> {
        check_name(name)?;
        check_value(value)?;
        self.entries.push((name.to_owned(), value.to_owned()));
        Ok(())
    }

    /// Sets `name` to the single `value`: the first existing entry is replaced in place and any
    /// further ones removed; a new key goes to the end.
    pub fn insert(&mut self, name: &str, value: &str) -> Result<(), HeaderError> {
        check_name(name)?;
        check_value(value)?;
        match self.entries.iter().position(|(k, _)| k == name) {
            Some(first) => {
                self.entries[first].1 = value.to_owned();
                // Keep the first entry named `name` (the one just set), drop the later ones.
                let mut seen = false;
                self.entries.retain(|(k, _)| {
                    if k != name {
                        return true;
                    }
                    !std::mem::replace(&mut seen, true)
                });
            }
            None => self.entries.push((name.to_owned(), value.to_owned())),
        }
        Ok(())
    }

    /// Removes every entry with exactly the key `name`; returns how many were removed.
    pub fn remove(&mut self, name: &str) -> usize {
        let before = self.entries.len();
        self.entries.retain(|(k, _)| k != name);
        before.saturating_sub(self.entries.len())
    }

    /// Entries as `(key, value)` in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.entries.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }

    /// Parses a complete header block (the first `hdr_len` bytes of an `HMSG`/`HPUB` payload).
    pub fn parse(block: &[u8]) -> Result<HeaderMap, HeaderError> {
        let mut rest = block;
        let version = next_line(&mut rest);
        let Some(after) = version.strip_prefix(VERSION_LINE) else {
            return Err(HeaderError::MissingVersion);
        };
        let mut map = HeaderMap::new();
        if !after.is_empty() {
            map.parse_status(after)?;
        }
        let mut line_no = 1usize;
        while !rest.is_empty() {
            line_no = line_no.saturating_add(1);
            let line = next_line(&mut rest);
            if line.is_empty() {
                if !rest.is_empty() {
                    return Err(HeaderError::TrailingData);
                }
                break;
            }
            let colon = memchr(b':', line).ok_or(HeaderError::MissingColon(line_no))?;
            let (name, value) = line.split_at(colon);
            let value = &value[1..];
            if name.is_empty() || !name.iter().copied().all(is_name_byte) {
                return Err(HeaderError::InvalidName(
                    String::from_utf8_lossy(name).into_owned(),
                ));
            }
            let start = value.iter().position(|&b| !is_ws(b)).unwrap_or(value.len());
            let value = &value[start..];
            if memchr(b'\r', value).is_some() {
                return Err(HeaderError::InvalidValue);
            }
            let value = std::str::from_utf8(value).map_err(|_| HeaderError::NotUtf8)?;
            // The name is printable ASCII, hence UTF-8.
            let name = String::from_utf8_lossy(name).into_owned();
            map.entries.push((name, value.to_owned()));
        }
        Ok(map)
    }

    /// Decodes a block the way nats.go's `DecodeHeadersMsg` does, for clients that must hand
    /// over every message a server delivers: nats-server stores and forwards header blocks
    /// byte for byte, so names with spaces, odd bytes and non-UTF-8 values do reach clients.
    /// Names are the bytes before the first `:` (empty names skipped), values lose the spaces
    /// and tabs before them, non-UTF-8 is replaced lossily. `None`, where nats.go also gives
    /// the message no headers, when the block does not start with `NATS/1.0`, has a line
    /// without `:`, or lacks the blank line that ends it. A status that is not three digits
    /// becomes `Status`/`Description` entries, as nats.go files every status.
    pub fn parse_lenient(block: &[u8]) -> Option<HeaderMap> {
        let mut rest = block;
        let version = next_line(&mut rest);
        let after = version.strip_prefix(VERSION_LINE)?;
        let mut map = HeaderMap::new();
        loop {
            if rest.is_empty() {
                return None;
            }
            let line = next_line(&mut rest);
            if line.is_empty() {
                break;
            }
            let colon = memchr(b':', line)?;
            if colon == 0 {
                continue;
            }
            let value = &line.split_at(colon).1[1..];
            let start = value.iter().position(|&b| !is_ws(b)).unwrap_or(value.len());
            map.entries.push((
                String::from_utf8_lossy(&line[..colon]).into_owned(),
                String::from_utf8_lossy(&value[start..]).into_owned(),
            ));
        }
        let status = trim_ws(after);
        if !status.is_empty() {
            let (code, desc) = status.split_at(status.len().min(3));
            let desc = String::from_utf8_lossy(trim_ws(desc)).into_owned();
            if code.len() == 3 && code.iter().all(u8::is_ascii_digit) {
                map.status = Some(status_value(code));
                map.description = (!desc.is_empty()).then_some(desc);
            } else {
                let code = String::from_utf8_lossy(code).into_owned();
                map.entries.push(("Status".to_string(), code));
                if !desc.is_empty() {
                    map.entries.push(("Description".to_string(), desc));
                }
            }
        }
        Some(map)
    }

    /// Parses what follows `NATS/1.0` on the version line.
    fn parse_status(&mut self, after: &[u8]) -> Result<(), HeaderError> {
        let bad = || HeaderError::BadStatusLine(String::from_utf8_lossy(after).into_owned());
        if !is_ws(after[0]) {
            return Err(bad());
        }
        let s = trim_ws(after);
        if s.is_empty() {
            return Ok(());
        }
        if s.len() < 3 || !s[..3].iter().all(u8::is_ascii_digit) {
            return Err(bad());
        }
        if s.len() > 3 && !is_ws(s[3]) {
            return Err(bad());
        }
        let status = status_value(&s[..3]);
        let desc = trim_ws(&s[3..]);
        self.status = Some(status);
        self.description = if desc.is_empty() {
            None
        } else {
            if memchr(b'\r', desc).is_some() {
                return Err(HeaderError::InvalidValue);
            }
            Some(
                std::str::from_utf8(desc)
                    .map_err(|_| HeaderError::NotUtf8)?
                    .to_owned(),
            )
        };
        Ok(())
    }

    /// Exact number of bytes [`HeaderMap::encode`] writes (the `#hdr bytes` of `HPUB`/`HMSG`).
    pub fn encoded_len(&self) -> usize {
        // Lengths of strings in memory: the sum cannot overflow (saturating all the same).
        let mut n = VERSION_LINE.len().saturating_add(2);
        if self.status.is_some() {
            n = n.saturating_add(4);
            if let Some(d) = &self.description {
                n = n.saturating_add(1).saturating_add(d.len());
            }
        }
        for (k, v) in &self.entries {
            n = n
                .saturating_add(k.len())
                .saturating_add(v.len())
                .saturating_add(4);
        }
        n.saturating_add(2)
    }

    /// Appends the encoded block, terminating blank line included.
    pub fn encode(&self, buf: &mut BytesMut) {
        buf.reserve(self.encoded_len());
        buf.put_slice(VERSION_LINE);
        if let Some(status) = self.status {
            // `set_status` and `parse` keep the status within 0..=999.
            let s = status.min(999);
            let digit = |d: u16| b'0'.saturating_add((d % 10) as u8);
            buf.put_slice(&[b' ', digit(s / 100), digit(s / 10), digit(s)]);
            if let Some(d) = &self.description {
                buf.put_u8(b' ');
                buf.put_slice(d.as_bytes());
            }
        }
        buf.put_slice(b"\r\n");
        for (k, v) in &self.entries {
            buf.put_slice(k.as_bytes());
            buf.put_slice(b": ");
            buf.put_slice(v.as_bytes());
            buf.put_slice(b"\r\n");
        }
        buf.put_slice(b"\r\n");
    }
}

/// The value of the first header exactly named `key` in an encoded block, without allocating.
///
/// Same rules as nats-server's `sliceHeader`: the key must start a line (after `\r\n`) and be
/// followed directly by `:`; spaces before the value are skipped and the value runs to the next
/// `\r\n`. Malformed blocks simply yield `None`.
pub fn slice_header<'a>(block: &'a [u8], key: &[u8]) -> Option<&'a [u8]> {
    if key.is_empty() {
        return None;
    }
    let mut offset = 0usize;
    while let Some(found) = memchr::memmem::find(&block[offset..], key) {
        // Offsets within `block`: the sums cannot overflow.
        let idx = offset.saturating_add(found);
        let after = idx.saturating_add(key.len());
        if block[..idx].ends_with(b"\r\n") {
            match block.get(after..) {
                None | Some([]) => return None,
                Some([b':', value @ ..]) => {
                    let start = value.iter().position(|&b| b != b' ').unwrap_or(value.len());
                    let value = &value[start..];
                    let end = memchr::memmem::find(value, b"\r\n").unwrap_or(value.len());
                    return Some(&value[..end]);
                }
                Some(_) => {}
            }
        }
        offset = after;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn encode(h: &HeaderMap) -> Vec<u8> {
        let mut buf = BytesMut::new();
        h.encode(&mut buf);
        assert_eq!(buf.len(), h.encoded_len(), "encoded_len");
        buf.to_vec()
    }

    #[test]
    fn empty_block() {
        let h = HeaderMap::new();
        assert_eq!(encode(&h), EMPTY_BLOCK);
        assert_eq!(HeaderMap::parse(EMPTY_BLOCK), Ok(HeaderMap::new()));
    }

    #[test]
    fn status_forms() {
        let h = HeaderMap::with_status(503, None).expect("status");
        assert_eq!(encode(&h), b"NATS/1.0 503\r\n\r\n");
        let h = HeaderMap::with_status(408, Some("Request Timeout")).expect("status");
        assert_eq!(encode(&h), b"NATS/1.0 408 Request Timeout\r\n\r\n");
        let h = HeaderMap::with_status(100, Some("")).expect("status");
        assert_eq!(h.description(), None);
        assert_eq!(
            HeaderMap::with_status(1000, None),
            Err(HeaderError::StatusOutOfRange(1000))
        );
        assert_eq!(
            HeaderMap::with_status(100, Some("a\r\nb")),
            Err(HeaderError::InvalidValue)
        );

        let p = HeaderMap::parse(
            b"NATS/1.0 100 Idle Heartbeat\r\nNats-Last-Consumer: 0\r\nNats-Last-Stream: 0\r\n\r\n",
        )
        .expect("parse");
        assert_eq!(p.status(), Some(100));
        assert_eq!(p.description(), Some("Idle Heartbeat"));
        assert_eq!(p.get("Nats-Last-Stream"), Some("0"));
        // Tolerated: tabs and extra spaces around status and description, bare LF line ends.
        let p = HeaderMap::parse(b"NATS/1.0\t404  No Messages \n\n").expect("parse");
        assert_eq!(
            (p.status(), p.description()),
            (Some(404), Some("No Messages"))
        );
        let p = HeaderMap::parse(b"NATS/1.0 \r\n\r\n").expect("parse");
        assert_eq!(p.status(), None);
        // Leading zeros survive a round trip.
        let p = HeaderMap::parse(b"NATS/1.0 007\r\n\r\n").expect("parse");
        assert_eq!(encode(&p), b"NATS/1.0 007\r\n\r\n");
    }

    #[test]
    fn entries_round_trip() {
        let mut h = HeaderMap::new();
        h.append("Nats-Msg-Id", "abc").expect("append");
        h.append("x-multi", "1").expect("append");
        h.append("X-Multi", "other case").expect("append");
        h.append("x-multi", "2").expect("append");
        h.append("Empty", "").expect("append");
        let wire = encode(&h);
        assert_eq!(
            wire,
            b"NATS/1.0\r\nNats-Msg-Id: abc\r\nx-multi: 1\r\nX-Multi: other case\r\nx-multi: 2\r\nEmpty: \r\n\r\n"
        );
        let back = HeaderMap::parse(&wire).expect("parse");
        assert_eq!(back, h);
        assert_eq!(back.get_all("x-multi").collect::<Vec<_>>(), ["1", "2"]);
        assert_eq!(back.get("X-MULTI"), None);
        assert_eq!(back.get_ignore_case("X-MULTI"), Some("1"));
        assert_eq!(back.get("Empty"), Some(""));
        assert_eq!(back.len(), 5);

        let mut h2 = HeaderMap::with_status(409, Some("Consumer Deleted")).expect("status");
        h2.append("k", "v").expect("append");
        assert_eq!(HeaderMap::parse(&encode(&h2)), Ok(h2));
    }

    #[test]
    fn insert_and_remove() {
        let mut h = HeaderMap::new();
        h.append("a", "1").expect("append");
        h.append("b", "x").expect("append");
        h.append("a", "2").expect("append");
        h.insert("a", "3").expect("insert");
        assert_eq!(h.iter().collect::<Vec<_>>(), [("a", "3"), ("b", "x")]);
        h.insert("c", "new").expect("insert");
        assert_eq!(h.iter().last(), Some(("c", "new")));
        assert_eq!(h.remove("a"), 1);
        assert_eq!(h.remove("a"), 0);
        assert!(!h.contains_key("a"));
        assert!(h.contains_key("b"));
        assert_eq!(
            h.append("bad key", "v"),
            Err(HeaderError::InvalidName("bad key".into()))
        );
        assert_eq!(h.append("", "v"), Err(HeaderError::InvalidName("".into())));
        assert_eq!(
            h.append("a:b", "v"),
            Err(HeaderError::InvalidName("a:b".into()))
        );
        assert_eq!(h.append("k", "v\r\nX: y"), Err(HeaderError::InvalidValue));
        assert_eq!(h.insert("k", "v\n"), Err(HeaderError::InvalidValue));
    }

    #[test]
    fn value_whitespace_as_nats_go() {
        let p = HeaderMap::parse(b"NATS/1.0\r\nA:no-space\r\nB:  \t two \r\nC:\r\n\r\n")
            .expect("parse");
        assert_eq!(p.get("A"), Some("no-space"));
        // Leading spaces and tabs dropped, trailing kept (nats.go readMIMEHeader).
        assert_eq!(p.get("B"), Some("two "));
        assert_eq!(p.get("C"), Some(""));
        // Values with colons and UTF-8.
        let p =
            HeaderMap::parse("NATS/1.0\r\nUrl: http://x:1/é\r\n\r\n".as_bytes()).expect("parse");
        assert_eq!(p.get("Url"), Some("http://x:1/é"));
    }

    #[test]
    fn tolerated_endings() {
        // Missing terminating blank line, or no newline at all after the last line.
        for block in [
            &b"NATS/1.0\r\nk: v\r\n"[..],
            b"NATS/1.0\r\nk: v",
            b"NATS/1.0\nk: v\n\n",
        ] {
            let p = HeaderMap::parse(block).expect("parse");
            assert_eq!(p.get("k"), Some("v"), "{block:?}");
        }
        assert_eq!(HeaderMap::parse(b"NATS/1.0"), Ok(HeaderMap::new()));
    }

    #[test]
    fn malformed() {
        let cases: &[(&[u8], HeaderError)] = &[
            (b"", HeaderError::MissingVersion),
            (b"NATS/2.0\r\n\r\n", HeaderError::MissingVersion),
            (b"nats/1.0\r\n\r\n", HeaderError::MissingVersion),
            (b"HTTP/1.1 200 OK\r\n\r\n", HeaderError::MissingVersion),
            (
                b"NATS/1.0503\r\n\r\n",
                HeaderError::BadStatusLine("503".into()),
            ),
            (
                b"NATS/1.0 50\r\n\r\n",
                HeaderError::BadStatusLine(" 50".into()),
            ),
            (
                b"NATS/1.0 5034\r\n\r\n",
                HeaderError::BadStatusLine(" 5034".into()),
            ),
            (
                b"NATS/1.0 abc\r\n\r\n",
                HeaderError::BadStatusLine(" abc".into()),
            ),
            (
                b"NATS/1.0\r\nno colon\r\n\r\n",
                HeaderError::MissingColon(2),
            ),
            (
                b"NATS/1.0\r\na: 1\r\nb\r\n\r\n",
                HeaderError::MissingColon(3),
            ),
            (
                b"NATS/1.0\r\n: v\r\n\r\n",
                HeaderError::InvalidName("".into()),
            ),
            (
                b"NATS/1.0\r\nbad key: v\r\n\r\n",
                HeaderError::InvalidName("bad key".into()),
            ),
            (
                b"NATS/1.0\r\n folded: v\r\n\r\n",
                HeaderError::InvalidName(" folded".into()),
            ),
            (b"NATS/1.0\r\nk: a\rb\r\n\r\n", HeaderError::InvalidValue),
            (b"NATS/1.0\r\nk: \xff\r\n\r\n", HeaderError::NotUtf8),
            (b"NATS/1.0 503 \xff\r\n\r\n", HeaderError::NotUtf8),
            (b"NATS/1.0\r\nk: v\r\n\r\nextra", HeaderError::TrailingData),
            (b"NATS/1.0\r\n\r\n\r\n", HeaderError::TrailingData),
        ];
        for (block, want) in cases {
            assert_eq!(HeaderMap::parse(block).as_ref(), Err(want), "{block:?}");
        }
    }

    #[test]
    fn slice_header_as_server() {
        let block = b"NATS/1.0\r\nNats-Msg-Id: 1\r\nX-Nats-Msg-Id: 2\r\nk:   spaced \r\nlast:end";
        assert_eq!(slice_header(block, b"Nats-Msg-Id"), Some(&b"1"[..]));
        assert_eq!(slice_header(block, b"X-Nats-Msg-Id"), Some(&b"2"[..]));
        assert_eq!(slice_header(block, b"k"), Some(&b"spaced "[..]));
        assert_eq!(slice_header(block, b"last"), Some(&b"end"[..]));
        assert_eq!(slice_header(block, b"nats-msg-id"), None);
        assert_eq!(slice_header(block, b"Msg-Id"), None);
        assert_eq!(slice_header(block, b"NATS/1.0"), None);
        assert_eq!(slice_header(block, b""), None);
        assert_eq!(slice_header(b"NATS/1.0\r\nk", b"k"), None);
    }

    /// Blocks nats-server stores and delivers unchanged, read as nats.go reads them.
    #[test]
    fn lenient_parse_reads_what_nats_go_reads() {
        let entries = |b: &[u8]| {
            HeaderMap::parse_lenient(b).map(|h| {
                h.iter()
                    .map(|(k, v)| format!("{k}={v}"))
                    .collect::<Vec<_>>()
            })
        };
        assert_eq!(
            entries(b"NATS/1.0\r\n  AAA AAA AAA  : x\r\n\r\n"),
            Some(vec!["  AAA AAA AAA  =x".to_string()])
        );
        assert_eq!(
            entries(b"NATS/1.0\r\nK: \xff\xfe \r\n:skipped\r\n\r\n"),
            Some(vec!["K=\u{fffd}\u{fffd} ".to_string()])
        );
        assert_eq!(entries(b"NATS/1.0\r\n\r\n"), Some(vec![]));
        // No headers where nats.go has none: no blank line, a line without ':', no version.
        assert_eq!(entries(b"NATS/1.0\r\nA:b\r\n"), None);
        assert_eq!(entries(b"NATS/1.0\r\nA:b"), None);
        assert_eq!(entries(b"NATS/1.0\r\n"), None);
        assert_eq!(entries(b"NATS/1.0\r\nfoo\r\nBar: y\r\n\r\n"), None);
        assert_eq!(entries(b"HTTP/1.1\r\n\r\n"), None);
        let h = HeaderMap::parse_lenient(b"NATS/1.0 408 Request Timeout\r\nA: 1\r\n\r\n")
            .expect("status block");
        assert_eq!(
            (h.status(), h.description()),
            (Some(408), Some("Request Timeout"))
        );
        assert_eq!(
            entries(b"NATS/1.0 abcd e\r\n\r\n"),
            Some(vec![
                "Status=abc".to_string(),
                "Description=d e".to_string()
            ])
        );
    }
}
