//! Distributed counters (ADR-49, `allow_msg_counter`): a publish carrying `Nats-Incr: <±int>`
//! to a counter stream is stored with the subject's new total as its body, `{"val":"<int>"}`,
//! and the PubAck carries that total as `val`. Values are arbitrary precision, as nats-server's
//! `big.Int`.
//!
//! This module holds the pure parts, shared by plain publishes, atomic batches and sourced
//! messages: the header checks of upstream `processJetStreamMsg` /
//! `checkMsgHeadersPreClusteredProposal` (in upstream's order and with its error codes) and the
//! arithmetic, including the `Nats-Counter-Sources` bookkeeping of sourced counters. The stream
//! layer (`stream.rs`, `batch.rs`) loads the subject's last message and stores the result.

use std::collections::BTreeMap;

use bytes::Bytes;
use num_bigint::BigInt;
use rnats_proto::headers::slice_header;

use super::config::{Discard, Retention, StreamConfig};
use super::errors::{ApiError, JsError};
use super::sourcing::STREAM_SOURCE;
use super::store::StoredMsg;

/// The increment header.
pub const INCR: &str = "Nats-Incr";
/// Per-source totals of an aggregating counter: `{"<stream>":{"<subject>":"<val>"}}`.
pub const SOURCES: &str = "Nats-Counter-Sources";

/// Headers a counter increment may not carry (upstream rejects them with 10171).
const INCOMPATIBLE: [&str; 6] = [
    "Nats-Rollup",
    "Nats-Expected-Stream",
    "Nats-Expected-Last-Msg-Id",
    "Nats-Expected-Last-Subject-Sequence-Subject",
    "Nats-Expected-Last-Sequence",
    "Nats-Expected-Last-Subject-Sequence",
];

/// Upstream `checkStreamCfg` on `allow_msg_counter`: no discard new, no message TTLs, limits
/// retention only.
pub fn check_config(cfg: &StreamConfig) -> Result<(), ApiError> {
    if !cfg.allow_msg_counter {
        return Ok(());
    }
    let invalid = |t: &str| Err(ApiError::text(JsError::StreamInvalidConfig, t));
    if cfg.discard == Discard::New {
        return invalid("counter stream cannot use discard new");
    }
    if cfg.allow_msg_ttl {
        return invalid("counter stream cannot use message TTLs");
    }
    if cfg.retention != Retention::Limits {
        return invalid("counter stream can only use limits retention");
    }
    Ok(())
}

/// Parses an increment as Go's `big.Int.SetString(s, 10)`: an optional sign and decimal
/// digits, nothing else.
pub fn parse_value(s: &str) -> Option<BigInt> {
    let digits = s.strip_prefix(['+', '-']).unwrap_or(s);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// The `Nats-Incr` of a header block: `Ok(None)` when absent or empty (upstream
/// `getMessageIncr`), 10171 when it is no integer.
pub fn incr_of(hdr: &[u8]) -> Result<Option<BigInt>, ApiError> {
    match slice_header(hdr, INCR.as_bytes()) {
        None | Some([]) => Ok(None),
        Some(v) => std::str::from_utf8(v)
            .ok()
            .and_then(parse_value)
            .map(Some)
            .ok_or_else(|| ApiError::new(JsError::MessageIncrInvalid)),
    }
}

/// The checks of a client publish (not a sourced copy) before it is stored: an increment needs
/// a counter stream (10168) and no payload (10170) and may not carry expectations or a rollup
/// (10171). Returns the increment. A counter stream refuses a publish without one (10169,
/// [`missing`]), after the other header checks, as upstream orders them.
pub fn check_publish(
    counter_stream: bool,
    hdr: &[u8],
    payload: &[u8],
) -> Result<Option<BigInt>, ApiError> {
    let incr = incr_of(hdr)?;
    if incr.is_some() {
        if !counter_stream {
            return Err(ApiError::new(JsError::MessageIncrDisabled));
        }
        if !payload.is_empty() {
            return Err(ApiError::new(JsError::MessageIncrPayload));
        }
        if INCOMPATIBLE
            .iter()
            .any(|h| slice_header(hdr, h.as_bytes()).is_some_and(|v| !v.is_empty()))
        {
            return Err(ApiError::new(JsError::MessageIncrInvalid));
        }
    }
    Ok(incr)
}

/// The refusal of a publish without `Nats-Incr` to a counter stream.
pub fn missing() -> ApiError {
    ApiError::new(JsError::MessageIncrMissing)
}

/// A counter's state: its total and the per-source totals it has seen.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Total {
    /// The current value.
    pub val: BigInt,
    /// `Nats-Counter-Sources`: origin stream → original subject → last value seen.
    pub sources: BTreeMap<String, BTreeMap<String, String>>,
}

impl Total {
    /// The state a stored counter message holds; 10172 when its body or sources header does
    /// not parse. No message means zero.
    pub fn of(last: Option<&StoredMsg>) -> Result<Total, ApiError> {
        let Some(m) = last else {
            return Ok(Total::default());
        };
        let broken = || ApiError::new(JsError::MessageCounterBroken);
        let val = value_of(&m.payload).ok_or_else(broken)?;
        let sources = match slice_header(&m.hdr, SOURCES.as_bytes()) {
            Some(v) if !v.is_empty() => serde_json::from_slice(v).map_err(|_| broken())?,
            _ => BTreeMap::new(),
        };
        Ok(Total { val, sources })
    }
}

/// The value of a `{"val":"<int>"}` body. Like upstream's `SetString` on a bad string, a
/// value that is no integer counts as zero; a body that is no such JSON is `None`.
pub fn value_of(payload: &[u8]) -> Option<BigInt> {
    #[derive(serde::Deserialize)]
    struct Value {
        #[serde(default)]
        val: String,
    }
    let v: Value = serde_json::from_slice(payload).ok()?;
    Some(parse_value(&v.val).unwrap_or_default())
}

/// What to store for an increment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Applied {
    /// The header block, with `Nats-Incr` rewritten for a sourced message and
    /// `Nats-Counter-Sources` set when there are sources.
    pub hdr: Bytes,
    /// `{"val":"<new total>"}`.
    pub payload: Bytes,
    /// The new total, for the PubAck.
    pub val: String,
}

/// Applies `incr` to `total` (which becomes the new state). A sourced message (with
/// `Nats-Stream-Source`) contributes the difference between its body's value and the last
/// value seen from the same origin stream and subject, and `Nats-Incr` is rewritten to that
/// difference (ADR-49 "Adding Sources").
pub fn apply(
    total: &mut Total,
    subject: &str,
    hdr: &[u8],
    payload: &[u8],
    incr: BigInt,
) -> Result<Applied, ApiError> {
    let mut hdr = hdr.to_vec();
    let mut incr = incr;
    if let Some(src) = slice_header(&hdr, STREAM_SOURCE.as_bytes()) {
        let src = String::from_utf8_lossy(src).into_owned();
        let fields: Vec<&str> = src.split(' ').collect();
        let origin = fields.first().copied().unwrap_or_default().to_string();
        let orig_subject = fields.get(4).copied().unwrap_or(subject).to_string();
        let sourced =
            value_of(payload).ok_or_else(|| ApiError::new(JsError::MessageCounterBroken))?;
        let seen = total.sources.entry(origin).or_default();
        let previous = seen
            .insert(orig_subject, sourced.to_string())
            .and_then(|p| parse_value(&p))
            .unwrap_or_default();
        incr = sourced - previous;
        hdr = set_header(&hdr, INCR, &incr.to_string());
    }
    total.val += incr;
    let val = total.val.to_string();
    if !total.sources.is_empty() {
        let json = serde_json::to_string(&total.sources)
            .map_err(|_| ApiError::new(JsError::MessageCounterBroken))?;
        hdr = set_header(&hdr, SOURCES, &json);
    }
    let payload = format!("{{\"val\":\"{val}\"}}");
    Ok(Applied {
        hdr: Bytes::from(hdr),
        payload: Bytes::from(payload),
        val,
    })
}

/// Upstream `setHeader`: replaces the value of `key` where it is, or appends `key: value`
/// before the block's closing CRLF (starting a block when there is none).
pub fn set_header(hdr: &[u8], key: &str, value: &str) -> Vec<u8> {
    if hdr.len() < 4 {
        return format!("NATS/1.0\r\n{key}: {value}\r\n\r\n").into_bytes();
    }
    let needle = format!("\r\n{key}:");
    if let Some(at) = memchr::memmem::find(hdr, needle.as_bytes()) {
        let mut start = at + needle.len();
        if hdr.get(start) == Some(&b' ') {
            start += 1;
        }
        let end = memchr::memchr(b'\r', &hdr[start..]).map_or(hdr.len(), |e| start + e);
        let mut out = Vec::with_capacity(hdr.len() + value.len());
        out.extend_from_slice(&hdr[..start]);
        out.extend_from_slice(value.as_bytes());
        out.extend_from_slice(&hdr[end..]);
        return out;
    }
    let body = hdr.strip_suffix(b"\r\n").unwrap_or(hdr);
    let mut out = Vec::with_capacity(hdr.len() + key.len() + value.len() + 4);
    out.extend_from_slice(body);
    out.extend_from_slice(format!("{key}: {value}\r\n\r\n").as_bytes());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hdr(lines: &str) -> Vec<u8> {
        format!("NATS/1.0\r\n{lines}\r\n").into_bytes()
    }

    #[test]
    fn values_parse_like_go_big_int() {
        for (s, want) in [
            ("+1", Some(1)),
            ("-10", Some(-10)),
            ("0", Some(0)),
            ("007", Some(7)),
        ] {
            assert_eq!(parse_value(s), want.map(BigInt::from), "{s}");
        }
        for s in ["", "+", "1_000", "1.5", " 1", "0x10", "abc"] {
            assert_eq!(parse_value(s), None, "{s}");
        }
        let big = "123456789012345678901234567890123456789";
        assert_eq!(
            parse_value(big).map(|v| v.to_string()).as_deref(),
            Some(big)
        );
    }

    #[test]
    fn publish_checks_follow_upstream() {
        let code = |r: Result<Option<BigInt>, ApiError>| r.map_err(|e| e.err_code);
        assert_eq!(
            code(check_publish(true, &hdr("Nats-Incr: 2\r\n"), b"")),
            Ok(Some(BigInt::from(2)))
        );
        assert_eq!(
            code(check_publish(false, &hdr("Nats-Incr: 2\r\n"), b"")),
            Err(10168)
        );
        assert_eq!(code(check_publish(true, b"", b"x")), Ok(None));
        assert_eq!(missing().err_code, 10169);
        assert_eq!(
            code(check_publish(true, &hdr("Nats-Incr: 2\r\n"), b"x")),
            Err(10170)
        );
        assert_eq!(
            code(check_publish(false, &hdr("Nats-Incr: x\r\n"), b"")),
            Err(10171)
        );
        assert_eq!(
            code(check_publish(
                true,
                &hdr("Nats-Incr: 1\r\nNats-Expected-Last-Sequence: 3\r\n"),
                b""
            )),
            Err(10171)
        );
        assert_eq!(code(check_publish(false, b"", b"x")), Ok(None));
    }

    #[test]
    fn increments_and_sources() {
        let mut t = Total::default();
        let a = apply(&mut t, "c", &hdr("Nats-Incr: +5\r\n"), b"", BigInt::from(5)).expect("apply");
        assert_eq!(
            (a.val.as_str(), &a.payload[..]),
            ("5", &b"{\"val\":\"5\"}"[..])
        );
        let a = apply(
            &mut t,
            "c",
            &hdr("Nats-Incr: -7\r\n"),
            b"",
            BigInt::from(-7),
        )
        .expect("apply");
        assert_eq!(a.val, "-2");
        // A sourced total of 10 from ORIGIN contributes 10, then 12 contributes 2.
        let src = hdr("Nats-Incr: 10\r\nNats-Stream-Source: ORIGIN 3 > > o.c\r\n");
        let a = apply(&mut t, "c", &src, b"{\"val\":\"10\"}", BigInt::from(10)).expect("apply");
        assert_eq!(a.val, "8");
        let src = hdr("Nats-Incr: 1\r\nNats-Stream-Source: ORIGIN 4 > > o.c\r\n");
        let a = apply(&mut t, "c", &src, b"{\"val\":\"12\"}", BigInt::from(1)).expect("apply");
        assert_eq!(a.val, "10");
        let h = String::from_utf8(a.hdr.to_vec()).expect("utf8");
        assert!(h.contains("Nats-Incr: 2\r\n"), "{h}");
        assert!(
            h.contains("Nats-Counter-Sources: {\"ORIGIN\":{\"o.c\":\"12\"}}\r\n"),
            "{h}"
        );
        assert!(h.ends_with("\r\n\r\n"));
    }

    #[test]
    fn broken_counters() {
        let m = |payload: &'static [u8]| StoredMsg {
            seq: 1,
            ts: 0,
            subject: "c".into(),
            hdr: Bytes::new(),
            payload: Bytes::from_static(payload),
        };
        assert_eq!(
            Total::of(Some(&m(b"nope"))).map_err(|e| e.err_code),
            Err(10172)
        );
        assert_eq!(
            Total::of(Some(&m(b"{\"val\":\"41\"}"))).map(|t| t.val),
            Ok(BigInt::from(41))
        );
    }

    #[test]
    fn headers_are_set_in_place_or_appended() {
        assert_eq!(set_header(b"", "A", "1"), b"NATS/1.0\r\nA: 1\r\n\r\n");
        assert_eq!(
            set_header(&hdr("A: 10\r\nB: x\r\n"), "A", "2"),
            hdr("A: 2\r\nB: x\r\n")
        );
        assert_eq!(
            set_header(&hdr("B: x\r\n"), "A", "2"),
            hdr("B: x\r\nA: 2\r\n")
        );
    }
}
