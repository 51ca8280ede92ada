//! How a connection's bytes travel: plain TCP, TLS, WebSocket, or WebSocket over TLS.
//!
//! Plain TCP keeps the fast path of `outbound.rs`: any producer writes into the socket with a
//! non-blocking `try_write`, so a delivery usually costs no wake-up at all. TLS and WebSocket
//! keep session state (record encryption, frame headers, the deflate context) that only one
//! task may touch, so their outbound queue is a [`Sink::Task`](crate::outbound): producers
//! append and wake the connection's writer task once per batch; that task takes the whole
//! queue, frames or encrypts it, and writes it with vectored writes. The connection task reads
//! through [`ConnIo::read`], which hands the same parser plain NATS protocol bytes whatever the
//! transport: WebSocket frames may split or join protocol operations arbitrarily.

use std::collections::VecDeque;
use std::io::{self, IoSlice};
use std::sync::Arc;
use std::time::Duration;

use bytes::BytesMut;
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::task::JoinHandle;

use crate::client::ClientShared;
use crate::outbound::OutboundFault;
use crate::websocket::{WsDecoder, WsEncoder};

/// The read half of a transport with session state.
pub type BoxRead = Box<dyn AsyncRead + Send + Unpin>;
/// The write half of a transport with session state.
pub type BoxWrite = Box<dyn AsyncWrite + Send + Unpin>;

/// A transport ready for the connection task (after TLS and upgrade handshakes).
pub enum Transport {
    /// Plain TCP.
    Tcp(TcpStream),
    /// TLS and/or WebSocket, written by its own task.
    Task {
        /// The read half.
        reader: Reader,
        /// The write half, moved into the writer task.
        writer: BoxWrite,
        /// How the writer frames bytes.
        framing: Framing,
    },
}

/// What the connection task reads from.
pub enum ConnIo {
    /// Plain TCP: read with `readable` + `try_read`, written by producers directly.
    Tcp(Arc<TcpStream>),
    /// TLS and/or WebSocket: read here, written by `writer`.
    Task {
        /// The read half (and, for WebSocket, its frame decoder).
        reader: Reader,
        /// The writer task; ends when the outbound queue closes.
        writer: Option<JoinHandle<()>>,
    },
}

/// The read half of a task-written transport.
pub enum Reader {
    /// Bytes are NATS protocol as they come (TLS).
    Raw(BoxRead),
    /// WebSocket frames carry the protocol.
    Ws(Box<WsDecoder>, BoxRead),
}

impl std::fmt::Debug for ConnIo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ConnIo::Tcp(_) => f.write_str("ConnIo::Tcp"),
            ConnIo::Task { reader, .. } => match reader {
                Reader::Raw(_) => f.write_str("ConnIo::Task(raw)"),
                Reader::Ws(..) => f.write_str("ConnIo::Task(websocket)"),
            },
        }
    }
}

impl ConnIo {
    /// Reads more protocol bytes into `rbuf`; `Ok(0)` is the end of the stream (or a
    /// WebSocket close). Cancel-safe: nothing read is lost when the future is dropped.
    pub async fn read(&mut self, rbuf: &mut BytesMut) -> io::Result<usize> {
        match self {
            ConnIo::Tcp(stream) => loop {
                stream.readable().await?;
                match stream.try_read_buf(rbuf) {
                    Err(e) if e.kind() == io::ErrorKind::WouldBlock => continue,
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                    other => return other,
                }
            },
            ConnIo::Task { reader, .. } => match reader {
                Reader::Raw(r) => r.read_buf(rbuf).await,
                Reader::Ws(dec, r) => dec.read(r, rbuf).await,
            },
        }
    }

    /// After the outbound queue was closed: lets the writer task finish its last write and
    /// the transport's goodbye (TLS close_notify, WebSocket close frame), for at most `max`.
    pub async fn finish(&mut self, max: Duration) {
        if let ConnIo::Task { writer, .. } = self {
            if let Some(mut task) = writer.take() {
                if tokio::time::timeout(max, &mut task).await.is_err() {
                    task.abort();
                }
            }
        }
    }
}

/// Waits until a TCP socket can take more bytes; never resolves without one (task-written
/// transports wait in their writer task instead).
pub async fn writable(tcp: Option<&TcpStream>) -> io::Result<()> {
    match tcp {
        Some(stream) => stream.writable().await,
        None => std::future::pending().await,
    }
}

/// How the writer task puts queued protocol bytes on the wire.
pub enum Framing {
    /// As they are (TLS: the stream encrypts).
    Raw,
    /// One WebSocket binary message per chunk, compressed when negotiated.
    Ws(Box<WsEncoder>),
}

/// Starts the writer task of a task-written transport. It writes whatever producers queue,
/// each write bounded by `write_deadline` (a miss closes the connection as a slow consumer),
/// and ends once the queue is closed and empty, saying goodbye on the transport.
pub fn spawn_writer(
    shared: Arc<ClientShared>,
    mut out: BoxWrite,
    mut framing: Framing,
    write_deadline: Duration,
) -> JoinHandle<()> {
    tokio::spawn(async move {
        let outbound = &shared.outbound;
        let mut frames: Vec<u8> = Vec::new();
        loop {
            let notified = outbound.wake_writer.notified();
            tokio::pin!(notified);
            notified.as_mut().enable();
            if let Framing::Ws(enc) = &mut framing {
                if let Some(ctrl) = enc.take_control() {
                    let res =
                        tokio::time::timeout(write_deadline, write_flush(&mut out, &ctrl)).await;
                    if !matches!(res, Ok(Ok(()))) {
                        outbound.set_fault(OutboundFault::WriteError);
                        return;
                    }
                    if enc.close_sent() {
                        let _ = out.shutdown().await;
                        return;
                    }
                }
            }
            if let Some(mut work) = outbound.begin_write() {
                loop {
                    let n: usize = work.iter().map(|c| c.len()).sum();
                    let write = write_work(&mut out, &mut framing, &work, &mut frames);
                    match tokio::time::timeout(write_deadline, write).await {
                        Ok(Ok(())) => match outbound.end_write(work, n, false) {
                            Some(more) => work = more,
                            None => break,
                        },
                        Ok(Err(_)) => {
                            outbound.end_write(work, 0, true);
                            return;
                        }
                        Err(_) => {
                            crate::log_debug!(
                                "cid:{} - writer: write_deadline exceeded",
                                shared.cid
                            );
                            outbound.end_write(VecDeque::new(), 0, false);
                            outbound.set_fault(OutboundFault::WriteDeadline);
                            return;
                        }
                    }
                }
                continue;
            }
            if outbound.is_closed() {
                if let Framing::Ws(enc) = &mut framing {
                    if !enc.close_sent() {
                        let close = enc.close_frame(1001, "");
                        let _ = tokio::time::timeout(
                            Duration::from_millis(200),
                            write_flush(&mut out, &close),
                        )
                        .await;
                    }
                }
                let _ = tokio::time::timeout(Duration::from_millis(200), out.shutdown()).await;
                return;
            }
            notified.await;
        }
    })
}

async fn write_flush(out: &mut BoxWrite, bytes: &[u8]) -> io::Result<()> {
    out.write_all(bytes).await?;
    out.flush().await
}

/// Writes one batch of chunks, framed as the transport needs.
async fn write_work(
    out: &mut BoxWrite,
    framing: &mut Framing,
    work: &VecDeque<BytesMut>,
    frames: &mut Vec<u8>,
) -> io::Result<()> {
    match framing {
        Framing::Raw => {
            let mut iov: Vec<IoSlice<'_>> = work.iter().map(|c| IoSlice::new(c)).collect();
            write_all_vectored(out, &mut iov).await?;
        }
        Framing::Ws(enc) => {
            frames.clear();
            // Headers (and compressed payloads) go into `frames`; plain payloads are written
            // from the chunks themselves.
            let plan = enc.encode(work, frames);
            let mut iov: Vec<IoSlice<'_>> = Vec::with_capacity(plan.len());
            for part in &plan {
                match *part {
                    crate::websocket::Part::Own(a, b) => iov.push(IoSlice::new(&frames[a..b])),
                    crate::websocket::Part::Chunk(i) => iov.push(IoSlice::new(&work[i])),
                }
            }
            write_all_vectored(out, &mut iov).await?;
        }
    }
    out.flush().await
}

async fn write_all_vectored(out: &mut BoxWrite, mut bufs: &mut [IoSlice<'_>]) -> io::Result<()> {
    IoSlice::advance_slices(&mut bufs, 0);
    while !bufs.is_empty() {
        let n = out.write_vectored(bufs).await?;
        if n == 0 {
            return Err(io::ErrorKind::WriteZero.into());
        }
        IoSlice::advance_slices(&mut bufs, n);
    }
    Ok(())
}
