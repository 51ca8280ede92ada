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
//! For an internal client (the channel sink) "written" means "taken by its task": a chunk
//! sent to the channel stays pending until the receiver reports it consumed
//! ([`Outbound::consumed`]), so a subsystem that falls behind (a stream whose disk is slower
//! than its publisher) stalls its producers like a slow socket does. An internal client is
//! never closed as a slow consumer; past `max_pending` its new batches are dropped instead
//! (counted in [`Outbound::dropped`]), upstream's "dropping messages" on a full ipQueue.

use std::collections::VecDeque;
use std::io::{self, IoSlice};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};

use bytes::{Buf, BytesMut};
use tokio::net::TcpStream;
use tokio::sync::{mpsc, Notify};

/// Size at which the tail chunk is rolled into the queue.
const CHUNK: usize = 64 * 1024;
/// Most chunks handed to one vectored write.
const MAX_IOVECS: usize = 64;

/// Pending bytes at which a producer pauses reading until this queue drains (hot-path.md §2:
/// far below max_pending, so a fast publisher cannot park a whole benchmark in server memory).
/// Capped at ¾ of max_pending, upstream's stall threshold. 512 KiB rather than the 8 MiB the
/// design note starts from: with five readers of a 1 M × 16 B fan-out, peak RSS was 57 MiB at
/// 8 MiB, 17 MiB at 2 MiB and 10 MiB at 512 KiB, and delivery got faster each time (the
/// publisher pauses a moment instead of the server buffering what the kernel cannot take).
const SOFT_LIMIT: usize = 512 * 1024;

/// Why a connection must close, decided on the outbound side.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutboundFault {
    /// More than `max_pending` bytes queued.
    SlowConsumerPending,
    /// The socket failed.
    WriteError,
    /// A transport written by its own task (TLS, WebSocket) could not write within
    /// `write_deadline`.
    WriteDeadline,
}

#[derive(Debug, Default)]
struct State {
    /// Chunks being written by the current flusher (taken out of the lock during the write);
    /// what is left after a short write, in order.
    inflight: VecDeque<BytesMut>,
    /// Full chunks appended since the in-flight ones were taken, oldest first.
    chunks: VecDeque<BytesMut>,
    /// The chunk producers append to; rolled into `chunks` at [`CHUNK`] bytes, so memory
    /// tracks pending bytes instead of doubling one ever larger buffer.
    buf: BytesMut,
    /// One emptied chunk kept for reuse while busy (dropped when idle).
    spare: Option<BytesMut>,
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
    /// Messages an internal client refused over `max_pending`.
    dropped: u64,
    /// Subject of the first frame of the last batch appended (the slow-consumer record).
    last_subject: Vec<u8>,
    /// `pending` when the slow-consumer fault was set.
    fault_pending: usize,
    /// Server-wide running totals of deliveries (varz `out_msgs`/`out_bytes`), fed once per
    /// appended batch so monitoring never walks the connections.
    server_totals: Option<Arc<OutTotals>>,
    /// The bound account's running totals (account statz `sent`), likewise.
    account_totals: Option<Arc<OutTotals>>,
}

/// Running totals of messages and payload bytes delivered, shared by many connections'
/// queues: each adds a whole batch at a time, readers (`/varz`, account statz) load two
/// atomics instead of visiting every connection.
#[derive(Debug, Default)]
pub struct OutTotals {
    msgs: AtomicU64,
    bytes: AtomicU64,
}

impl OutTotals {
    /// Adds a batch of `msgs` messages carrying `bytes` payload bytes.
    #[inline]
    pub fn add(&self, msgs: u64, bytes: u64) {
        self.msgs.fetch_add(msgs, Ordering::Relaxed);
        self.bytes.fetch_add(bytes, Ordering::Relaxed);
    }

    /// Messages and payload bytes counted so far.
    pub fn get(&self) -> (u64, u64) {
        (
            self.msgs.load(Ordering::Relaxed),
            self.bytes.load(Ordering::Relaxed),
        )
    }
}

impl State {
    /// Makes room for `n` more bytes in the tail chunk, rolling it when full.
    #[inline]
    fn tail_for(&mut self, n: usize) -> &mut BytesMut {
        if !self.buf.is_empty() && self.buf.len() + n > CHUNK {
            let next = self.spare.take().unwrap_or_default();
            let full = std::mem::replace(&mut self.buf, next);
            self.chunks.push_back(full);
        }
        &mut self.buf
    }

    fn has_queued(&self) -> bool {
        !self.chunks.is_empty() || !self.buf.is_empty()
    }
}

/// The outbound queue of one connection, shared by its owner task and every producer.
#[derive(Debug)]
pub struct Outbound {
    state: Mutex<State>,
    sink: Sink,
    /// Wakes the owner task: "finish a flush that would block" or "a fault was set".
    pub notify: Notify,
    max_pending: usize,
    /// Pending bytes above which producers pause (see [`Outbound::enforce_max_pending`]).
    soft_limit: usize,
    /// Set when the last write hit `WouldBlock`; the owner then waits for writability.
    blocked: AtomicBool,
    /// A producer is paused waiting for this queue to drain below half the soft limit.
    stalled: AtomicBool,
    /// Wakes paused producers once the queue has drained.
    pub drained: Notify,
    /// Wakes the writer task of a [`Sink::Task`] transport: "bytes are queued".
    pub wake_writer: Notify,
}

/// Where the bytes go.
#[derive(Debug)]
enum Sink {
    /// A client socket, written with non-blocking vectored writes.
    Socket(Arc<TcpStream>),
    /// An internal client (JetStream, system services): whole chunks of encoded `MSG`/`HMSG`
    /// frames go to its task, which parses them like any client would.
    Channel(mpsc::UnboundedSender<BytesMut>),
    /// A transport with session state (TLS, WebSocket framing) that only its own writer task
    /// may touch: producers append and wake that task once per batch ([`Outbound::wake_writer`]);
    /// it takes the queue with [`Outbound::begin_write`] and reports with
    /// [`Outbound::end_write`].
    Task,
}

/// Where a queue stands against its limits after a hand-over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pending {
    /// Below the soft limit.
    Ok,
    /// Over the soft limit: the producer should pause until it drains.
    Over,
    /// Over max_pending: the connection is being closed as a slow consumer.
    SlowConsumer,
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

/// Copies the subject of the frame `batch` starts with (`MSG <subject> ...` or
/// `HMSG <subject> ...`) into `out`, reusing its allocation; leaves `out` alone when the batch
/// starts with anything else. Looks at a bounded prefix only.
#[inline]
fn note_subject(out: &mut Vec<u8>, batch: &[u8]) {
    let rest = if let Some(r) = batch.strip_prefix(b"MSG ") {
        r
    } else if let Some(r) = batch.strip_prefix(b"HMSG ") {
        r
    } else {
        return;
    };
    let head = &rest[..rest.len().min(MAX_NOTED_SUBJECT)];
    if let Some(end) = head.iter().position(|&b| b == b' ') {
        out.clear();
        out.extend_from_slice(&head[..end]);
    }
}

/// Longest subject [`note_subject`] records.
const MAX_NOTED_SUBJECT: usize = 1024;

impl Outbound {
    /// What the slow-consumer record needs: the subject last handed over and the bytes
    /// pending (when the `max_pending` fault was set, else now).
    pub fn slow_consumer_facts(&self) -> (String, usize) {
        let st = self.lock();
        let pending = if st.fault == Some(OutboundFault::SlowConsumerPending) {
            st.fault_pending
        } else {
            st.pending
        };
        (
            String::from_utf8_lossy(&st.last_subject).into_owned(),
            pending,
        )
    }

    /// Creates the outbound side for `stream`.
    pub fn new(stream: Arc<TcpStream>, max_pending: usize) -> Outbound {
        Self::with_sink(Sink::Socket(stream), max_pending)
    }

    /// Creates the outbound side of a connection whose transport is written by its own task
    /// (see [`Sink::Task`]).
    pub fn for_writer_task(max_pending: usize) -> Outbound {
        Self::with_sink(Sink::Task, max_pending)
    }

    /// Creates the outbound side of an internal client: flushing hands chunks to `tx`.
    pub fn internal(tx: mpsc::UnboundedSender<BytesMut>, max_pending: usize) -> Outbound {
        Self::with_sink(Sink::Channel(tx), max_pending)
    }

    fn with_sink(sink: Sink, max_pending: usize) -> Outbound {
        Outbound {
            state: Mutex::new(State::default()),
            sink,
            notify: Notify::new(),
            max_pending,
            soft_limit: SOFT_LIMIT.min(max_pending / 4 * 3).max(1),
            blocked: AtomicBool::new(false),
            stalled: AtomicBool::new(false),
            drained: Notify::new(),
            wake_writer: Notify::new(),
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
        if matches!(self.sink, Sink::Channel(_)) && st.pending > self.max_pending {
            // An internal client past its bound: refuse the batch, keep the client.
            batch.clear();
            st.dropped += msgs;
            return true;
        }
        if !matches!(self.sink, Sink::Channel(_)) {
            note_subject(&mut st.last_subject, batch);
        }
        if !st.has_queued() && st.buf.capacity() <= batch.capacity() && n <= 2 * CHUNK {
            // Idle queue: take the producer's buffer as is (no copy); it gets ours back.
            std::mem::swap(&mut st.buf, batch);
        } else {
            st.tail_for(n).extend_from_slice(batch);
            batch.clear();
        }
        st.pending += n;
        st.out_msgs += msgs;
        st.out_bytes += payload_bytes;
        if let Some(t) = &st.server_totals {
            t.add(msgs, payload_bytes);
        }
        if let Some(t) = &st.account_totals {
            t.add(msgs, payload_bytes);
        }
        true
    }

    /// Marks the connection a slow consumer when more than `max_pending` bytes are still
    /// queued (nats-server `client.go` `queueOutbound`); the owner task closes it. Otherwise
    /// reports whether the queue is over the soft limit, where the producer should pause
    /// ([`Pending::Over`]).
    pub fn enforce_max_pending(&self) -> Pending {
        let mut st = self.lock();
        if st.closed {
            return Pending::Ok;
        }
        if st.pending > self.max_pending && !matches!(self.sink, Sink::Channel(_)) {
            st.closed = true;
            st.fault = Some(OutboundFault::SlowConsumerPending);
            st.fault_pending = st.pending;
            drop(st);
            self.notify.notify_one();
            return Pending::SlowConsumer;
        }
        if st.pending > self.soft_limit {
            Pending::Over
        } else {
            Pending::Ok
        }
    }

    /// Waits until this queue drains below half the soft limit, for at most `max`. Returns
    /// at once when it already has. Producers call it after a batch (upstream's
    /// `stalledWait`), never per message.
    pub async fn wait_drained(&self, max: std::time::Duration) {
        let notified = self.drained.notified();
        tokio::pin!(notified);
        notified.as_mut().enable();
        self.stalled.store(true, Ordering::Release);
        {
            let st = self.lock();
            if st.closed || st.pending <= self.soft_limit / 2 {
                return;
            }
        }
        let _ = tokio::time::timeout(max, notified).await;
    }

    /// Appends raw protocol bytes written by the owner itself (PONG, +OK, -ERR, INFO).
    pub fn append_proto(&self, bytes: &[u8]) -> bool {
        let mut st = self.lock();
        if st.closed {
            return false;
        }
        st.tail_for(bytes.len()).extend_from_slice(bytes);
        st.pending += bytes.len();
        true
    }

    /// Tries to write what is queued without blocking. Called by producers after appending
    /// and by the owner. Notifies the owner when bytes remain and the socket would block.
    pub fn try_flush(&self) -> Flush {
        if let Sink::Task = self.sink {
            // The writer task writes; wake it (a no-op while it is already awake).
            let st = self.lock();
            if st.has_queued() || (!st.inflight.is_empty() && !st.flushing) {
                drop(st);
                self.wake_writer.notify_one();
            }
            return Flush::Done;
        }
        if self.is_blocked() {
            // The owner waits for writability and will flush; a write now would only fail.
            return Flush::Blocked;
        }
        let mut work = {
            let mut st = self.lock();
            if st.flushing || (st.inflight.is_empty() && !st.has_queued()) {
                return Flush::Done;
            }
            st.flushing = true;
            let mut work = std::mem::take(&mut st.inflight);
            take_queued(&mut st, &mut work);
            work
        };
        let mut outcome = Flush::Done;
        let mut written = 0usize;
        let mut emptied: Option<BytesMut> = None;
        loop {
            while !work.is_empty() {
                let stream = match &self.sink {
                    Sink::Socket(stream) => stream,
                    Sink::Task => break,
                    Sink::Channel(tx) => {
                        // The receiving task owns the chunks from here; nothing is copied. The
                        // bytes stay pending until it reports them consumed.
                        while let Some(chunk) = work.pop_front() {
                            if tx.send(chunk).is_err() {
                                outcome = Flush::Failed;
                                break;
                            }
                        }
                        break;
                    }
                };
                let mut iov = [IoSlice::new(&[]); MAX_IOVECS];
                let k = work.len().min(MAX_IOVECS);
                for (slot, chunk) in iov.iter_mut().zip(work.iter()) {
                    *slot = IoSlice::new(chunk);
                }
                match stream.try_write_vectored(&iov[..k]) {
                    Ok(0) => {
                        outcome = Flush::Failed;
                        break;
                    }
                    Ok(mut n) => {
                        written += n;
                        while n > 0 {
                            let Some(front) = work.front_mut() else { break };
                            if n >= front.len() {
                                n -= front.len();
                                if let Some(mut done) = work.pop_front() {
                                    done.clear();
                                    if done.capacity() <= 2 * CHUNK {
                                        emptied = Some(done);
                                    }
                                }
                            } else {
                                front.advance(n);
                                n = 0;
                            }
                        }
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
            if outcome == Flush::Done && st.has_queued() {
                // More arrived while writing: take it too.
                take_queued(&mut st, &mut work);
                drop(st);
                continue;
            }
            st.flushing = false;
            if st.closed {
                work.clear();
            }
            st.inflight = work;
            if outcome == Flush::Failed {
                st.closed = true;
                st.fault.get_or_insert(OutboundFault::WriteError);
            }
            if self.stalled.load(Ordering::Acquire) && st.pending <= self.soft_limit / 2 {
                self.stalled.store(false, Ordering::Release);
                self.drained.notify_waiters();
            }
            if st.pending == 0 {
                // Idle: keep nothing big around (1,000 idle connections must stay cheap).
                st.spare = None;
                if st.buf.capacity() > CHUNK {
                    st.buf = BytesMut::new();
                }
            } else if st.spare.is_none() {
                st.spare = emptied.take();
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

    /// For the writer task of a [`Sink::Task`] transport: takes everything queued (the caller
    /// becomes the one flusher), or `None` when there is nothing to write.
    pub fn begin_write(&self) -> Option<VecDeque<BytesMut>> {
        let mut st = self.lock();
        if st.flushing || (st.inflight.is_empty() && !st.has_queued()) {
            return None;
        }
        st.flushing = true;
        let mut work = std::mem::take(&mut st.inflight);
        take_queued(&mut st, &mut work);
        Some(work)
    }

    /// For the writer task: `work` (from [`Outbound::begin_write`]) was written whole, or not
    /// at all when `failed`. Returns what producers appended meanwhile (the caller stays the
    /// flusher and writes it next), or `None` when the queue is empty.
    pub fn end_write(
        &self,
        mut work: VecDeque<BytesMut>,
        written: usize,
        failed: bool,
    ) -> Option<VecDeque<BytesMut>> {
        let mut st = self.lock();
        st.pending = st.pending.saturating_sub(written);
        if !failed && !st.closed && st.has_queued() {
            work.clear();
            take_queued(&mut st, &mut work);
            return Some(work);
        }
        st.flushing = false;
        st.inflight = VecDeque::new();
        if failed {
            st.closed = true;
            st.fault.get_or_insert(OutboundFault::WriteError);
        }
        if self.stalled.load(Ordering::Acquire) && st.pending <= self.soft_limit / 2 {
            self.stalled.store(false, Ordering::Release);
            self.drained.notify_waiters();
        }
        if st.pending == 0 && st.buf.capacity() > CHUNK {
            st.buf = BytesMut::new();
        }
        st.spare = None;
        drop(st);
        if failed {
            self.notify.notify_one();
        }
        None
    }

    /// Records a fault found by a writer task (the owner closes the connection).
    pub fn set_fault(&self, fault: OutboundFault) {
        let mut st = self.lock();
        st.closed = true;
        st.fault.get_or_insert(fault);
        drop(st);
        self.notify.notify_one();
        self.drained.notify_waiters();
    }

    /// An internal client's task has taken `n` bytes off its channel: they stop counting as
    /// pending, and producers paused on this queue resume once it drained.
    pub fn consumed(&self, n: usize) {
        let mut st = self.lock();
        st.pending = st.pending.saturating_sub(n);
        if self.stalled.load(Ordering::Acquire) && st.pending <= self.soft_limit / 2 {
            self.stalled.store(false, Ordering::Release);
            drop(st);
            self.drained.notify_waiters();
        }
    }

    /// Messages an internal client refused because more than `max_pending` bytes waited.
    pub fn dropped(&self) -> u64 {
        self.lock().dropped
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

    /// Feeds the server-wide totals from now on, adding what this queue delivered before.
    pub fn attach_server_totals(&self, totals: Arc<OutTotals>) {
        let mut st = self.lock();
        if st.server_totals.is_none() {
            totals.add(st.out_msgs, st.out_bytes);
            st.server_totals = Some(totals);
        }
    }

    /// Whether this queue feeds server-wide totals (its deliveries are already counted there).
    pub fn has_server_totals(&self) -> bool {
        self.lock().server_totals.is_some()
    }

    /// Feeds `totals` (the bound account's) with deliveries from now on, or none.
    pub fn set_account_totals(&self, totals: Option<Arc<OutTotals>>) {
        self.lock().account_totals = totals;
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
        st.chunks = VecDeque::new();
        st.spare = None;
        if !st.flushing {
            st.inflight = VecDeque::new();
        }
        st.pending = 0;
        drop(st);
        self.drained.notify_waiters();
        // A writer task (TLS, WebSocket) ends once it sees the queue closed.
        self.wake_writer.notify_one();
    }

    /// Whether the queue no longer accepts bytes.
    pub fn is_closed(&self) -> bool {
        self.lock().closed
    }
}

/// Moves every queued chunk (full ones, then the tail) behind `work`, in order.
fn take_queued(st: &mut State, work: &mut VecDeque<BytesMut>) {
    work.extend(st.chunks.drain(..));
    if !st.buf.is_empty() {
        let next = st.spare.take().unwrap_or_default();
        work.push_back(std::mem::replace(&mut st.buf, next));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn noted_subject_is_the_first_frames() {
        let mut out = Vec::new();
        note_subject(
            &mut out,
            b"MSG foo.bar 1 5\r\nhello\r\nMSG other 1 0\r\n\r\n",
        );
        assert_eq!(out, b"foo.bar");
        note_subject(
            &mut out,
            b"HMSG h.sub 2 reply 12 14\r\nNATS/1.0\r\n\r\nhi\r\n",
        );
        assert_eq!(out, b"h.sub");
        // Not a message frame, or no end in sight: the last one stays.
        note_subject(&mut out, b"PING\r\n");
        note_subject(&mut out, b"MSG unterminated");
        assert_eq!(out, b"h.sub");
    }

    #[test]
    fn slow_consumer_facts_keep_the_pending_bytes_at_the_fault() {
        let (tx, _rx) = mpsc::unbounded_channel();
        let ob = Outbound::internal(tx, 10);
        let mut batch = BytesMut::from(&b"MSG s.1 1 3\r\nabc\r\n"[..]);
        assert!(ob.append(&mut batch, 1, 3));
        // Internal clients are never slow consumers and keep no record.
        assert_eq!(ob.slow_consumer_facts(), (String::new(), 18));
    }

    #[test]
    fn totals_get_what_came_before_attaching_and_every_batch_after() {
        let (tx, _rx) = mpsc::unbounded_channel();
        let ob = Outbound::internal(tx, 1 << 20);
        let mut batch = BytesMut::from(&b"MSG s.1 1 3\r\nabc\r\n"[..]);
        assert!(ob.append(&mut batch, 1, 3));
        let server = Arc::new(OutTotals::default());
        let account = Arc::new(OutTotals::default());
        assert!(!ob.has_server_totals());
        ob.attach_server_totals(server.clone());
        ob.set_account_totals(Some(account.clone()));
        assert_eq!(server.get(), (1, 3));
        assert_eq!(account.get(), (0, 0));
        let mut batch = BytesMut::from(&b"MSG s.1 1 2\r\nab\r\nMSG s.1 1 2\r\nab\r\n"[..]);
        assert!(ob.append(&mut batch, 2, 4));
        assert_eq!(server.get(), (3, 7));
        assert_eq!(account.get(), (2, 4));
        // Attaching again neither replaces nor double counts.
        ob.attach_server_totals(Arc::new(OutTotals::default()));
        assert!(ob.has_server_totals());
        assert_eq!(ob.out_stats(), (3, 7));
        assert_eq!(server.get(), (3, 7));
    }
}
