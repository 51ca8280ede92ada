//! Message tracing (ADR-41): the headers that ask for a trace and the trace event the server
//! publishes to the `Nats-Trace-Dest` subject.
//!
//! The server builds a [`MsgTraceEvent`] while it routes a traced message and serialises it;
//! `rnats trace` parses the same types back. Field names, their order and what is left out
//! when empty follow nats-server `server/msgtrace.go` (`MsgTraceEvent`, `MsgTraceIngress`, …).

use serde::{Deserialize, Serialize};

use crate::monitor::Timestamp;

/// The header naming the subject the trace event goes to.
pub const MSG_TRACE_DEST: &str = "Nats-Trace-Dest";
/// The `Nats-Trace-Dest` value that turns tracing off (not a valid subject on purpose).
pub const MSG_TRACE_DEST_DISABLED: &str = "trace disabled";
/// The header asking to trace without delivering (`1`, `true` or `on`, any case).
pub const MSG_TRACE_ONLY: &str = "Nats-Trace-Only";
/// The header carrying a hop id between servers.
pub const MSG_TRACE_HOP: &str = "Nats-Trace-Hop";
/// The header asking for a compressed event (`snappy`, `gzip`).
pub const ACCEPT_ENCODING: &str = "Accept-Encoding";
/// The header of a compressed event.
pub const CONTENT_ENCODING: &str = "Content-Encoding";

/// Connection kinds as the events number them (nats-server `CLIENT` … `ACCOUNT`).
pub mod kind {
    /// An application connection.
    pub const CLIENT: i32 = 0;
    /// A route.
    pub const ROUTER: i32 = 1;
    /// A gateway.
    pub const GATEWAY: i32 = 2;
    /// The system account's internal client.
    pub const SYSTEM: i32 = 3;
    /// A leaf node connection.
    pub const LEAF: i32 = 4;
    /// JetStream's internal clients.
    pub const JETSTREAM: i32 = 5;
    /// An account's internal client.
    pub const ACCOUNT: i32 = 6;
}

/// One trace event: what one server did with a traced message.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct MsgTraceEvent {
    /// The server that sent the event (the `server` block of every system event).
    pub server: serde_json::Value,
    /// The traced message's headers and size.
    pub request: MsgTraceRequest,
    /// How many servers the message was forwarded to.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub hops: u64,
    /// What happened, in order: the ingress first.
    pub events: Vec<MsgTrace>,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

/// The traced message as received.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct MsgTraceRequest {
    /// Header names (case kept) and their values, names in Go's sorted map order.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub header: std::collections::BTreeMap<String, Vec<String>>,
    /// Size of headers and body.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub msgsize: u64,
}

/// One step of a message's way through a server, tagged by `type`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "type")]
pub enum MsgTrace {
    /// `in`: the message arrived.
    #[serde(rename = "in")]
    Ingress(Ingress),
    /// `sm`: a subject mapping renamed it.
    #[serde(rename = "sm")]
    SubjectMapping(SubjectMapping),
    /// `se`: a stream export carried it into another account.
    #[serde(rename = "se")]
    StreamExport(StreamExport),
    /// `si`: a service import forwarded it to another account.
    #[serde(rename = "si")]
    ServiceImport(ServiceImport),
    /// `js`: a stream took it.
    #[serde(rename = "js")]
    JetStream(JetStream),
    /// `eg`: it went (or would have gone) out to a connection.
    #[serde(rename = "eg")]
    Egress(Egress),
}

impl MsgTrace {
    /// When the step happened.
    pub fn ts(&self) -> Timestamp {
        match self {
            MsgTrace::Ingress(e) => e.ts,
            MsgTrace::SubjectMapping(e) => e.ts,
            MsgTrace::StreamExport(e) => e.ts,
            MsgTrace::ServiceImport(e) => e.ts,
            MsgTrace::JetStream(e) => e.ts,
            MsgTrace::Egress(e) => e.ts,
        }
    }
}

fn is_empty(s: &str) -> bool {
    s.is_empty()
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// The `in` event.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Ingress {
    /// When.
    pub ts: Timestamp,
    /// The kind of connection it came from ([`kind`]).
    pub kind: i32,
    /// That connection's id.
    pub cid: u64,
    /// The connection's name (CONNECT `name`), or the remote server's.
    #[serde(default, skip_serializing_if = "is_empty")]
    pub name: String,
    /// The account it was published in.
    pub acc: String,
    /// The subject as published.
    pub subj: String,
    /// Why it was refused, if it was.
    #[serde(default, skip_serializing_if = "is_empty")]
    pub error: String,
}

/// The `sm` event.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SubjectMapping {
    /// When.
    pub ts: Timestamp,
    /// The subject it was mapped to.
    pub to: String,
}

/// The `se` event.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct StreamExport {
    /// When.
    pub ts: Timestamp,
    /// The importing account.
    pub acc: String,
    /// The subject in the importing account.
    pub to: String,
}

/// The `si` event.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ServiceImport {
    /// When.
    pub ts: Timestamp,
    /// The exporting account.
    pub acc: String,
    /// The subject as published in the importing account.
    pub from: String,
    /// The subject in the exporting account.
    pub to: String,
}

/// The `js` event.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct JetStream {
    /// When.
    pub ts: Timestamp,
    /// The stream's name.
    pub stream: String,
    /// The subject it would be stored under.
    #[serde(default, skip_serializing_if = "is_empty")]
    pub subject: String,
    /// An interest-retention stream had no interest in it.
    #[serde(default, skip_serializing_if = "is_false")]
    pub nointerest: bool,
    /// Why the stream refused it.
    #[serde(default, skip_serializing_if = "is_empty")]
    pub error: String,
}

/// The `eg` event.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Egress {
    /// When.
    pub ts: Timestamp,
    /// The kind of connection it went to ([`kind`]).
    pub kind: i32,
    /// That connection's id.
    pub cid: u64,
    /// The connection's name.
    #[serde(default, skip_serializing_if = "is_empty")]
    pub name: String,
    /// The hop id given to the next server.
    #[serde(default, skip_serializing_if = "is_empty")]
    pub hop: String,
    /// The receiver's account, when not the ingress account.
    #[serde(default, skip_serializing_if = "is_empty")]
    pub acc: String,
    /// The subscription's subject (clients only).
    #[serde(default, skip_serializing_if = "is_empty")]
    pub sub: String,
    /// The subscription's queue group.
    #[serde(default, skip_serializing_if = "is_empty")]
    pub queue: String,
    /// Why it was not delivered.
    #[serde(default, skip_serializing_if = "is_empty")]
    pub error: String,
}

impl MsgTraceEvent {
    /// The ingress event (always the first).
    pub fn ingress(&self) -> Option<&Ingress> {
        match self.events.first() {
            Some(MsgTrace::Ingress(i)) => Some(i),
            _ => None,
        }
    }

    /// The subject mapping event, if any.
    pub fn subject_mapping(&self) -> Option<&SubjectMapping> {
        self.events.iter().find_map(|e| match e {
            MsgTrace::SubjectMapping(m) => Some(m),
            _ => None,
        })
    }

    /// The stream export events.
    pub fn stream_exports(&self) -> impl Iterator<Item = &StreamExport> {
        self.events.iter().filter_map(|e| match e {
            MsgTrace::StreamExport(m) => Some(m),
            _ => None,
        })
    }

    /// The service import events.
    pub fn service_imports(&self) -> impl Iterator<Item = &ServiceImport> {
        self.events.iter().filter_map(|e| match e {
            MsgTrace::ServiceImport(m) => Some(m),
            _ => None,
        })
    }

    /// The JetStream event, if any.
    pub fn jetstream(&self) -> Option<&JetStream> {
        self.events.iter().find_map(|e| match e {
            MsgTrace::JetStream(m) => Some(m),
            _ => None,
        })
    }

    /// The egress events.
    pub fn egresses(&self) -> impl Iterator<Item = &Egress> {
        self.events.iter().filter_map(|e| match e {
            MsgTrace::Egress(m) => Some(m),
            _ => None,
        })
    }
}

/// The headers of a header block as the trace event lists them, when it asks for a trace:
/// every `Name: value` line with a non-empty name and value (surrounding blanks trimmed),
/// returned only when one is `Nats-Trace-Dest` with a value other than
/// [`MSG_TRACE_DEST_DISABLED`] (nats-server `genHeaderMapIfTraceHeadersPresent`).
pub fn trace_headers(block: &[u8]) -> Option<std::collections::BTreeMap<String, Vec<String>>> {
    // Only a plain `NATS/1.0` line (no status) starts a block that is looked at.
    let rest = block.strip_prefix(b"NATS/1.0\r\n")?;
    let mut found = false;
    let mut pairs: Vec<(&[u8], &[u8])> = Vec::new();
    let mut i = 0;
    while i < rest.len() {
        let Some(colon) = memchr::memchr(b':', &rest[i..]) else {
            break;
        };
        let key = &rest[i..i + colon];
        let mut v = i + colon + 1;
        while v < rest.len() && (rest[v] == b' ' || rest[v] == b'\t') {
            v += 1;
        }
        let Some(nl) = memchr::memmem::find(&rest[v..], b"\r\n") else {
            break;
        };
        let mut end = v + nl;
        while end > v && (rest[end - 1] == b' ' || rest[end - 1] == b'\t') {
            end -= 1;
        }
        let val = &rest[v..end];
        if !key.is_empty() && !val.is_empty() {
            if !found && key == MSG_TRACE_DEST.as_bytes() {
                if val == MSG_TRACE_DEST_DISABLED.as_bytes() {
                    return None;
                }
                found = true;
            }
            pairs.push((key, val));
        }
        i = v + nl + 2;
    }
    if !found {
        return None;
    }
    let mut map = std::collections::BTreeMap::<String, Vec<String>>::new();
    for (k, v) in pairs {
        map.entry(String::from_utf8_lossy(k).into_owned())
            .or_default()
            .push(String::from_utf8_lossy(v).into_owned());
    }
    Some(map)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trace_headers_found_trimmed_and_grouped() {
        let h = b"NATS/1.0\r\nNats-Trace-Dest: my.dest \r\nX: 1\r\nX:2\r\nEmpty:\r\n\r\n";
        let m = trace_headers(h).expect("traced");
        assert_eq!(m["Nats-Trace-Dest"], vec!["my.dest"]);
        assert_eq!(m["X"], vec!["1", "2"]);
        assert!(!m.contains_key("Empty"));
    }

    #[test]
    fn trace_headers_absent_or_disabled() {
        assert!(trace_headers(b"NATS/1.0\r\nX: 1\r\n\r\n").is_none());
        assert!(trace_headers(b"NATS/1.0\r\nnats-trace-dest: a\r\n\r\n").is_none());
        assert!(trace_headers(b"NATS/1.0\r\nNats-Trace-Dest: trace disabled\r\n\r\n").is_none());
        assert!(trace_headers(b"garbage").is_none());
        assert!(trace_headers(b"NATS/1.0 503\r\nNats-Trace-Dest: a\r\n\r\n").is_none());
    }

    #[test]
    fn event_round_trips_with_upstream_names() {
        let json = r#"{"server":{"name":"s"},"request":{"header":{"Nats-Trace-Dest":["d"]},"msgsize":42},"events":[{"type":"in","ts":"2024-01-01T00:00:00Z","kind":0,"cid":5,"acc":"$G","subj":"foo"},{"type":"eg","ts":"2024-01-01T00:00:00.5Z","kind":0,"cid":6,"name":"n","sub":"foo","queue":"q"}]}"#;
        let e: MsgTraceEvent = serde_json::from_str(json).expect("parses");
        assert_eq!(e.ingress().map(|i| i.cid), Some(5));
        assert_eq!(e.egresses().count(), 1);
        let back = serde_json::to_string(&e).expect("serialises");
        assert!(back.contains(r#""events":[{"type":"in","ts":"#), "{back}");
        assert!(back.contains(r#""sub":"foo","queue":"q"}"#), "{back}");
        assert!(!back.contains("hops"), "{back}");
    }
}
