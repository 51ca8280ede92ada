//! Criterion micro-benchmarks of the server's hot-path codec: [`next_client_op`] over a captured
//! read buffer, and the `MSG` encoder per delivered message.
//!
//! Groups (run one with `cargo bench -p rnats-proto --bench parser -- GROUP`, e.g. `parse_ops`):
//! - `parse_ops`: ops per second over buffers of ~1,000 ops each, parsed as the server's read
//!   loop does (one call per op, the slice advanced by the returned length): the pure
//!   `PUB foo.bar 16` stream, one stream per op kind, and a mixed stream (PUB 16 B / 128 B /
//!   1 KiB with and without reply, HPUB, SUB, UNSUB, PING).
//! - `parse_bytes`: the same buffers in bytes per second.
//! - `encode`: `encode::msg`, `encode::msg_raw` (the publisher's size digits forwarded, as the
//!   server's delivery does) and `encode::msg_line_raw` (control line only, payload appended by
//!   the caller) per message, 1,000 messages into a pre-reserved staging buffer.
//!
//! Target (reference/hot-path.md §5): parse of `PUB foo.bar 16` + 16 B ≤ 20 ns, encode of one
//! MSG ≤ 8 ns per destination.

use std::hint::black_box;
use std::time::Duration;

use bytes::BytesMut;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use rnats_proto::encode;
use rnats_proto::{next_client_op, ClientOpRef, ParseLimits};

/// Ops per captured buffer.
const OPS_PER_BUFFER: usize = 1000;

/// A header block as a client's `HPUB` carries it.
const HEADERS: &[u8] = b"NATS/1.0\r\nNats-Msg-Id: 4fd1c1a3\r\n\r\n";

fn pub_op(out: &mut Vec<u8>, subject: &str, reply: Option<&str>, size: usize) {
    out.extend_from_slice(b"PUB ");
    out.extend_from_slice(subject.as_bytes());
    if let Some(r) = reply {
        out.push(b' ');
        out.extend_from_slice(r.as_bytes());
    }
    out.extend_from_slice(format!(" {size}\r\n").as_bytes());
    out.extend((0..size).map(|i| b'a' + (i % 26) as u8));
    out.extend_from_slice(b"\r\n");
}

fn hpub_op(out: &mut Vec<u8>, subject: &str, reply: Option<&str>, body: usize) {
    out.extend_from_slice(b"HPUB ");
    out.extend_from_slice(subject.as_bytes());
    if let Some(r) = reply {
        out.push(b' ');
        out.extend_from_slice(r.as_bytes());
    }
    let total = HEADERS.len() + body;
    out.extend_from_slice(format!(" {} {total}\r\n", HEADERS.len()).as_bytes());
    out.extend_from_slice(HEADERS);
    out.extend((0..body).map(|i| b'A' + (i % 26) as u8));
    out.extend_from_slice(b"\r\n");
}

/// One op of each kind the mixed stream rotates through, by index.
fn mixed_op(out: &mut Vec<u8>, i: usize) {
    const REPLY: &str = "_INBOX.kOlbPlKCeRyMhuVJnbG4m5.12";
    match i % 10 {
        0 => pub_op(out, "foo.bar", None, 16),
        1 => pub_op(out, "foo.bar", Some(REPLY), 16),
        2 => pub_op(out, "orders.eu.created", None, 128),
        3 => pub_op(out, "orders.eu.created", Some(REPLY), 128),
        4 => pub_op(out, "telemetry.device.4711", None, 1024),
        5 => pub_op(out, "telemetry.device.4711", Some(REPLY), 1024),
        6 => hpub_op(out, "events.user.login", Some(REPLY), 64),
        7 => out.extend_from_slice(format!("SUB events.*.login q1 {i}\r\n").as_bytes()),
        8 => out.extend_from_slice(format!("UNSUB {} 10\r\n", i - 1).as_bytes()),
        _ => out.extend_from_slice(b"PING\r\n"),
    }
}

/// A captured buffer of `OPS_PER_BUFFER` ops built by `op`.
fn stream(op: impl Fn(&mut Vec<u8>, usize)) -> Vec<u8> {
    let mut out = Vec::new();
    for i in 0..OPS_PER_BUFFER {
        op(&mut out, i);
    }
    out
}

/// The benchmarked buffers: name and bytes.
fn streams() -> Vec<(&'static str, Vec<u8>)> {
    vec![
        ("pub16", stream(|o, _| pub_op(o, "foo.bar", None, 16))),
        (
            "pub16_reply",
            stream(|o, _| pub_op(o, "foo.bar", Some("_INBOX.abc.1"), 16)),
        ),
        ("pub128", stream(|o, _| pub_op(o, "foo.bar", None, 128))),
        ("pub1k", stream(|o, _| pub_op(o, "foo.bar", None, 1024))),
        (
            "hpub64",
            stream(|o, _| hpub_op(o, "foo.bar", Some("_INBOX.abc.1"), 64)),
        ),
        (
            "sub",
            stream(|o, i| o.extend_from_slice(format!("SUB foo.*.baz {i}\r\n").as_bytes())),
        ),
        (
            "unsub",
            stream(|o, i| o.extend_from_slice(format!("UNSUB {i} 5\r\n").as_bytes())),
        ),
        ("ping", stream(|o, _| o.extend_from_slice(b"PING\r\n"))),
        ("mixed", stream(mixed_op)),
    ]
}

/// Parses every op in `buf` the way the server's read loop does; returns the op count.
#[inline]
fn parse_all(buf: &[u8], limits: &ParseLimits) -> usize {
    let mut pos = 0;
    let mut n = 0;
    while let Ok(Some((op, used))) = next_client_op(&buf[pos..], limits) {
        black_box(&op);
        pos += used;
        n += 1;
    }
    n
}

fn parse_benches(c: &mut Criterion) {
    let limits = ParseLimits::default();
    let streams = streams();
    for (name, buf) in &streams {
        // The buffers must parse whole, or the figures would be for a truncated stream.
        assert_eq!(parse_all(buf, &limits), OPS_PER_BUFFER, "stream {name}");
    }

    let mut g = c.benchmark_group("parse_ops");
    g.throughput(Throughput::Elements(OPS_PER_BUFFER as u64));
    for (name, buf) in &streams {
        g.bench_function(*name, |b| {
            b.iter(|| parse_all(black_box(buf), &limits));
        });
    }
    g.finish();

    let mut g = c.benchmark_group("parse_bytes");
    for (name, buf) in streams
        .iter()
        .filter(|(n, _)| matches!(*n, "mixed" | "pub1k"))
    {
        g.throughput(Throughput::Bytes(buf.len() as u64));
        g.bench_function(*name, |b| {
            b.iter(|| parse_all(black_box(buf), &limits));
        });
    }
    g.finish();
}

fn encode_benches(c: &mut Criterion) {
    const MSGS: usize = 1000;
    let sid = b"42";
    let reply = b"_INBOX.kOlbPlKCeRyMhuVJnbG4m5.12";
    let mut g = c.benchmark_group("encode");
    g.throughput(Throughput::Elements(MSGS as u64));
    for size in [16usize, 128, 1024] {
        let payload = vec![b'x'; size];
        let digits = size.to_string();
        let mut staging = BytesMut::with_capacity(MSGS * (size + 96));
        for (tag, reply) in [("", None), ("_reply", Some(&reply[..]))] {
            g.bench_function(format!("msg{size}{tag}"), |b| {
                b.iter(|| {
                    staging.clear();
                    for _ in 0..MSGS {
                        encode::msg(&mut staging, b"foo.bar", sid, reply, black_box(&payload));
                    }
                    black_box(staging.len())
                });
            });
        }
        // What the server does: the publisher's size digits reused, the whole MSG in one call.
        for (tag, reply) in [("", None), ("_reply", Some(&reply[..]))] {
            g.bench_function(format!("msg_raw{size}{tag}"), |b| {
                b.iter(|| {
                    staging.clear();
                    for _ in 0..MSGS {
                        encode::msg_raw(
                            &mut staging,
                            b"foo.bar",
                            sid,
                            reply,
                            digits.as_bytes(),
                            black_box(&payload),
                        );
                    }
                    black_box(staging.len())
                });
            });
        }
        // The control line alone, payload and CRLF appended by the caller.
        g.bench_function(format!("msg_line_raw{size}"), |b| {
            b.iter(|| {
                staging.clear();
                for _ in 0..MSGS {
                    encode::msg_line_raw(&mut staging, b"foo.bar", sid, None, digits.as_bytes());
                    staging.extend_from_slice(black_box(&payload));
                    staging.extend_from_slice(encode::CRLF);
                }
                black_box(staging.len())
            });
        });
    }
    g.finish();
}

/// Parses one `PUB foo.bar 16` and encodes its delivery to one subscriber: the codec share of
/// the 1→1 in-process path (no match, no staging lookup).
fn roundtrip_bench(c: &mut Criterion) {
    let limits = ParseLimits::default();
    let buf = stream(|o, _| pub_op(o, "foo.bar", None, 16));
    let mut staging = BytesMut::with_capacity(OPS_PER_BUFFER * 64);
    let mut g = c.benchmark_group("parse_encode");
    g.throughput(Throughput::Elements(OPS_PER_BUFFER as u64));
    g.bench_function("pub16_to_msg", |b| {
        b.iter(|| {
            staging.clear();
            let mut pos = 0;
            while let Ok(Some((op, used))) = next_client_op(&buf[pos..], &limits) {
                if let ClientOpRef::Pub(p) = op {
                    encode::msg_line_raw(&mut staging, p.subject, b"1", p.reply, p.size_digits);
                    staging.extend_from_slice(p.payload);
                    staging.extend_from_slice(encode::CRLF);
                }
                pos += used;
            }
            black_box(staging.len())
        });
    });
    g.finish();
}

fn config() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .sample_size(30)
}

criterion_group! {
    name = benches;
    config = config();
    targets = parse_benches, encode_benches, roundtrip_bench
}
criterion_main!(benches);
