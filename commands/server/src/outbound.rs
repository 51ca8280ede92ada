//! A connection's outbound side: the bytes waiting to be written and who writes them.
//!
//! Producers (any connection's task that delivers to this one) append whole batches under one
//! short lock per read batch, then try to write right away with the socket's non-blocking
//! `try_write` (hot-path.md §3.6): in the steady state a delivery costs no task wake-up at all.
//! Only when the socket would block, or another producer is mid-write, is the owner task notified;
//! it then waits for writability under `write_deadline`. Bytes stay in order because only the
//! holder of the `flushing` flag writes, always the in-flight batch first, then what producers
//! appended meanwhile.
//!
//! `pending` counts every byte accepted and not yet written; crossing `max_pending` marks the
//! connection a slow consumer (nats-server `client.go` `queueOutbound`), which the owner closes.

use std::io;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};

use bytes::{Buf, BytesMut};
use tokio::net::TcpStream;
use tokio::sync::Notify;

/// Capacity kept for an idle buffer; a drained buffer larger than this is replaced.
const IDLE_CAPACITY: usize = 64 * 1024;

/// Why a connection must close, decided on the outbound side.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutboundFault {
    /// More than `max_pending` bytes queued.
    SlowConsumerPending,
    /// The socket failed.
    WriteError,
}

#[derive(Debug, Default)]
struct State {
    /// Batch being written by the current flusher (taken out of the lock during the write).
    inflight: BytesMut,
    /// Bytes appended since the in-flight batch was taken.
    buf: BytesMut,
    /// Bytes accepted and not yet written.
    pending: usize,
    /// Someone is writing `inflight` right now.
    flushing: bool,
    /// No more bytes are accepted.
    closed: bool,
    /// Set once, read by the owner to close the connection.
    fault: Option<OutboundFault>,
    /// Messages and bytes delivered (monitoring).
    out_msgs: u64,
    out_bytes: u64,
}

/// The outbound queue of one connection, shared by its owner task and every producer.
#[derive(Debug)]
pub struct Outbound {
    state: Mutex<State>,
    stream: Arc<TcpStream>,
    /// Wakes the owner task: "finish a flush that would block" or "a fault was set".
    pub notify: Notify,
    max_pending: usize,
    /// Set when the last write hit `WouldBlock`; the owner then waits for writability.
    blocked: AtomicBool,
}

/// Outcome of a flush attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flush {
    /// Everything written (or someone else is writing and will finish).
    Done,
    /// The socket would block with bytes left; the owner must wait for writability.
    Blocked,
    /// The socket failed.
    Failed,
}

impl Outbound {
    /// Creates the outbound side for `stream`.
    pub fn new(stream: Arc<TcpStream>, max_pending: usize) -> Outbound {
        Outbound {
            state: Mutex::new(State::default()),
            stream,
            notify: Notify::new(),
            max_pending,
            blocked: AtomicBool::new(false),
        }
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Appends a batch of encoded frames carrying `msgs` messages with `payload_bytes` of
    /// payload, emptying `batch` (its allocation may be swapped with the queue's, so the caller
    /// keeps a warm buffer). Returns `false` when the connection no longer accepts bytes.
    /// The caller then tries to write ([`Outbound::try_flush`]) and only after that applies
    /// the limit ([`Outbound::enforce_max_pending`]): what the socket takes at once never
    /// counts against `max_pending`.
    pub fn append(&self, batch: &mut BytesMut, msgs: u64, payload_bytes: u64) -> bool {
        let n = batch.len();
        if n == 0 {
            return true;
        }
        let mut st = self.lock();
        if st.closed {
            batch.clear();
            return false;
        }
        if st.buf.is_empty() && st.buf.capacity() <= batch.capacity() {
            std::mem::swap(&mut st.buf, batch);
        } else {
            st.buf.extend_from_slice(batch);
            batch.clear();
        }
        st.pending += n;
        st.out_msgs += msgs;
        st.out_bytes += payload_bytes;
        true
    }

    /// Marks the connection a slow consumer when more than `max_pending` bytes are still
    /// queued (nats-server `client.go` `queueOutbound`); the owner task closes it. Returns
    /// whether the limit was crossed.
    pub fn enforce_max_pending(&self) -> bool {
        let mut st = self.lock();
        if st.closed || st.pending <= self.max_pending {
            return false;
        }
        st.closed = true;
        st.fault = Some(OutboundFault::SlowConsumerPending);
        drop(st);
        self.notify.notify_one();
        true
    }

    /// Appends raw protocol bytes written by the owner itself (PONG, +OK, -ERR, INFO).
    pub fn append_proto(&self, bytes: &[u8]) -> bool {
        let mut st = self.lock();
        if st.closed {
            return false;
        }
        st.buf.extend_from_slice(bytes);
        st.pending += bytes.len();
        true
    }

    /// Tries to write what is queued without blocking. Called by producers after appending
    /// and by the owner. Notifies the owner when bytes remain and the socket would block.
    pub fn try_flush(&self) -> Flush {
        if self.is_blocked() {
            // The owner waits for writability and will flush; a write now would only fail.
            return Flush::Blocked;
        }
        let mut batch = {
            let mut st = self.lock();
            if st.flushing || (st.inflight.is_empty() && st.buf.is_empty()) {
                return Flush::Done;
            }
            st.flushing = true;
            if st.inflight.is_empty() {
                let st = &mut *st;
                std::mem::swap(&mut st.inflight, &mut st.buf);
            }
            std::mem::take(&mut st.inflight)
        };
        let mut outcome = Flush::Done;
        let mut written = 0usize;
        loop {
            while !batch.is_empty() {
                match self.stream.try_write(&batch) {
                    Ok(0) => {
                        outcome = Flush::Failed;
                        break;
                    }
                    Ok(n) => {
                        batch.advance(n);
                        written += n;
                    }
                    Err(e) if e.kind() == io::ErrorKind::WouldBlock => {
                        outcome = Flush::Blocked;
                        break;
                    }
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                    Err(_) => {
                        outcome = Flush::Failed;
                        break;
                    }
                }
            }
            let mut st = self.lock();
            st.pending = st.pending.saturating_sub(written);
            written = 0;
            if outcome == Flush::Done && !st.buf.is_empty() {
                // More arrived while writing: take it too (batch is empty, keep its capacity).
                batch.clear();
                std::mem::swap(&mut batch, &mut st.buf);
                drop(st);
                continue;
            }
            if batch.is_empty() {
                batch.clear();
                if batch.capacity() > IDLE_CAPACITY {
                    batch = BytesMut::new();
                }
            }
            st.inflight = if st.closed { BytesMut::new() } else { batch };
            st.flushing = false;
            if outcome == Flush::Failed {
                st.closed = true;
                st.fault.get_or_insert(OutboundFault::WriteError);
            }
            let idle = st.inflight.is_empty() && st.buf.is_empty();
            if idle && st.buf.capacity() > IDLE_CAPACITY {
                st.buf = BytesMut::new();
            }
            drop(st);
            break;
        }
        match outcome {
            Flush::Blocked => {
                self.blocked.store(true, Ordering::Release);
                self.notify.notify_one();
            }
            Flush::Failed => self.notify.notify_one(),
            Flush::Done => {}
        }
        outcome
    }

    /// Whether the last flush would have blocked (the owner should await writability).
    pub fn is_blocked(&self) -> bool {
        self.blocked.load(Ordering::Acquire)
    }

    /// Clears the blocked flag before the owner retries.
    pub fn clear_blocked(&self) {
        self.blocked.store(false, Ordering::Release);
    }

    /// Bytes queued and not yet written.
    pub fn pending(&self) -> usize {
        self.lock().pending
    }

    /// Messages and bytes delivered so far.
    pub fn out_stats(&self) -> (u64, u64) {
        let st = self.lock();
        (st.out_msgs, st.out_bytes)
    }

    /// A fault set by a producer, if any.
    pub fn fault(&self) -> Option<OutboundFault> {
        self.lock().fault
    }

    /// Stops accepting bytes (the connection is closing) and frees the buffers: other
    /// connections' match caches may keep this connection's shared state alive for a while.
    pub fn close(&self) {
        let mut st = self.lock();
        st.closed = true;
        st.buf = BytesMut::new();
        if !st.flushing {
            st.inflight = BytesMut::new();
        }
        st.pending = 0;
    }

    /// Whether the queue no longer accepts bytes.
    pub fn is_closed(&self) -> bool {
        self.lock().closed
    }

    /// The socket, for the owner's readiness waits.
    pub fn stream(&self) -> &Arc<TcpStream> {
        &self.stream
    }
}
