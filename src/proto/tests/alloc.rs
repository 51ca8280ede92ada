//! Allocation check of the server's hot-path codec: parsing client `PUB`s with
//! [`next_client_op`] and encoding the deliveries with `encode::msg` (and the `*_raw` forms the
//! server uses) into a pre-reserved buffer allocates nothing (reference/hot-path.md §5: zero
//! allocations per message). A counting global allocator counts the allocations made by the
//! current thread only, so tests running in parallel and the harness do not disturb the count.
//! This is a correctness test of "no allocation", not a timing test.

// A `GlobalAlloc` wrapper cannot be written without `unsafe impl`; the workspace denies
// `unsafe_code`, so this one test file allows it. The wrapper only forwards to `System`.
#![allow(
    unsafe_code,
    reason = "a counting GlobalAlloc wrapper needs `unsafe impl`"
)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use bytes::BytesMut;
use rnats_proto::encode;
use rnats_proto::{next_client_op, ClientOpRef, ParseLimits};

/// Forwards to the system allocator and counts allocations made by the calling thread.
struct Counting;

thread_local! {
    static ALLOCS: Cell<u64> = const { Cell::new(0) };
}

fn bump() {
    // `try_with`: the thread-local may already be gone while a thread exits.
    let _ = ALLOCS.try_with(|c| c.set(c.get() + 1));
}

// SAFETY: every method forwards its arguments unchanged to `System`, which upholds the
// `GlobalAlloc` contract; the counter is a const-initialised thread-local `Cell` that never
// allocates.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        bump();
        // SAFETY: same contract as ours, forwarded.
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        bump();
        // SAFETY: same contract as ours, forwarded.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        bump();
        // SAFETY: same contract as ours, forwarded.
        unsafe { System.realloc(ptr, layout, new_size) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as ours, forwarded.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// Runs `f` and returns its result with the number of allocations it made on this thread.
fn allocations<R>(f: impl FnOnce() -> R) -> (R, u64) {
    let before = ALLOCS.with(Cell::get);
    let r = f();
    (r, ALLOCS.with(Cell::get) - before)
}

const MSGS: usize = 10_000;
const REPLY: &str = "_INBOX.kOlbPlKCeRyMhuVJnbG4m5.12";
const HEADERS: &[u8] = b"NATS/1.0\r\nNats-Msg-Id: 1\r\n\r\n";

/// `MSGS` PUBs: sizes 16 B, 128 B and 1 KiB, every other one with a reply subject.
fn pub_stream() -> Vec<u8> {
    let mut out = Vec::new();
    for i in 0..MSGS {
        let size = [16, 128, 1024][i % 3];
        let reply = if i % 2 == 1 {
            format!(" {REPLY}")
        } else {
            String::new()
        };
        out.extend_from_slice(format!("PUB orders.eu.{i}{reply} {size}\r\n").as_bytes());
        out.extend(std::iter::repeat_n(b'x', size));
        out.extend_from_slice(b"\r\n");
    }
    out
}

/// Worst case `encode::msg` reserves for one message, so the output never has to grow.
fn reserve_for(stream: &[u8]) -> BytesMut {
    BytesMut::with_capacity(stream.len() + MSGS * (64 + REPLY.len() + 48))
}

#[test]
fn the_counter_sees_allocations() {
    let (v, n) = allocations(|| Vec::<u8>::with_capacity(64));
    assert!(n >= 1, "the counting allocator missed an allocation");
    drop(v);
}

#[test]
fn parsing_and_encoding_pubs_allocates_nothing() {
    let stream = pub_stream();
    let limits = ParseLimits::default();
    let mut out = reserve_for(&stream);
    let ((msgs, payload_bytes), n) = allocations(|| {
        let (mut pos, mut msgs, mut payload_bytes) = (0, 0, 0);
        while let Ok(Some((op, used))) = next_client_op(&stream[pos..], &limits) {
            if let ClientOpRef::Pub(p) = op {
                encode::msg(&mut out, p.subject, b"42", p.reply, p.payload);
                msgs += 1;
                payload_bytes += p.payload.len();
            }
            pos += used;
        }
        (msgs, payload_bytes)
    });
    assert_eq!(msgs, MSGS, "every PUB must parse");
    assert_eq!(
        payload_bytes,
        (0..MSGS).map(|i| [16, 128, 1024][i % 3]).sum::<usize>()
    );
    assert!(out.starts_with(b"MSG orders.eu.0 42 16\r\nxxxxxxxxxxxxxxxx\r\nMSG orders.eu.1 42 "));
    assert_eq!(n, 0, "{n} allocations for {MSGS} messages");
}

#[test]
fn raw_encoders_with_forwarded_digits_allocate_nothing() {
    let mut stream = Vec::new();
    for i in 0..MSGS {
        let body = 16;
        stream.extend_from_slice(
            format!(
                "HPUB a.{i} {REPLY} {} {}\r\n",
                HEADERS.len(),
                HEADERS.len() + body
            )
            .as_bytes(),
        );
        stream.extend_from_slice(HEADERS);
        stream.extend(std::iter::repeat_n(b'y', body));
        stream.extend_from_slice(b"\r\n");
    }
    let limits = ParseLimits::default();
    let mut out = BytesMut::with_capacity(2 * stream.len() + MSGS * 160);
    let (msgs, n) = allocations(|| {
        let (mut pos, mut msgs) = (0, 0);
        while let Ok(Some((op, used))) = next_client_op(&stream[pos..], &limits) {
            if let ClientOpRef::Pub(p) = op {
                // To a client with headers, then to one without (size digits of the body).
                encode::hmsg_line_raw(
                    &mut out,
                    p.subject,
                    b"7",
                    p.reply,
                    p.hdr_digits,
                    p.size_digits,
                );
                out.extend_from_slice(p.payload);
                out.extend_from_slice(encode::CRLF);
                encode::msg_line(&mut out, p.subject, b"8", p.reply, p.body().len());
                out.extend_from_slice(p.body());
                out.extend_from_slice(encode::CRLF);
                msgs += 1;
            }
            pos += used;
        }
        msgs
    });
    assert_eq!(msgs, MSGS);
    assert_eq!(n, 0, "{n} allocations for {MSGS} messages");
}

#[test]
fn control_ops_parse_without_allocating() {
    let mut stream = Vec::new();
    for i in 0..MSGS {
        stream.extend_from_slice(
            format!("SUB foo.*.bar q {i}\r\nUNSUB {i} 5\r\nPING\r\n").as_bytes(),
        );
    }
    let limits = ParseLimits::default();
    let (ops, n) = allocations(|| {
        let (mut pos, mut ops) = (0, 0);
        while let Ok(Some((op, used))) = next_client_op(&stream[pos..], &limits) {
            std::hint::black_box(op);
            ops += 1;
            pos += used;
        }
        ops
    });
    assert_eq!(ops, 3 * MSGS);
    assert_eq!(n, 0, "{n} allocations for {ops} ops");
}
