//! Hostile and careless clients (issue 16, item 6): each server limit a client can run into,
//! with the `-ERR` text it gets and the reason `/connz?state=closed` gives for the close, and a
//! connect storm that must leave file descriptors, memory and the connection table where they
//! were.
//!
//! Texts and reasons are nats-server 2.14's: `-ERR`s from server/client.go (`maxConnExceeded`,
//! `maxSubsExceeded`, `maxPayloadViolation`, `authTimeout`, `processPingTimer`) and
//! server/parser.go (`overMaxControlLineLimit`), close reasons from server/monitor.go
//! (`ClosedState.String`). Every scenario is a twin: the same expectations hold for rnats and
//! the reference server.

use std::time::{Duration, Instant};

use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpSocket, TcpStream};

use crate::util::{find, server_conf, server_test, Kind, RawConn, TestServer, READ_TIMEOUT};

/// How long a server may take to close a connection after a fatal `-ERR`.
const CLOSE_TIMEOUT: Duration = Duration::from_secs(5);

/// Starts `kind` with the fixture `conf` and a monitoring port.
fn start(kind: Kind, conf: &str) -> TestServer {
    TestServer::start(kind, &["-c", &server_conf(conf), "-m", "-1"])
}

/// The `client_id` a server announced in its INFO.
fn cid(conn: &RawConn) -> u64 {
    conn.info["client_id"]
        .as_u64()
        .unwrap_or_else(|| panic!("INFO without client_id: {}", conn.info))
}

/// Expects `-ERR '<text>'` next on `conn` and then the close, with nothing in between.
async fn expect_fatal(conn: &mut RawConn, text: &str) {
    let err = format!("-ERR '{text}'\r\n");
    assert_eq!(conn.expect(&err).await, err, "nothing else before the -ERR");
    assert_eq!(
        conn.expect_closed(CLOSE_TIMEOUT).await,
        "",
        "nothing after the -ERR but the close"
    );
}

/// Waits (bounded) until `/connz?state=closed` lists client `cid` and returns its `reason`.
/// nats-server records closed clients asynchronously (`go saveClosedClient`), so the entry may
/// appear a little after the socket closes.
async fn closed_reason(server: &TestServer, cid: u64) -> String {
    let deadline = Instant::now() + READ_TIMEOUT;
    loop {
        let connz = server.monitor_json("/connz?state=closed").await;
        let found = connz["connections"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|c| c["cid"].as_u64() == Some(cid));
        if let Some(conn) = found {
            return conn["reason"].as_str().unwrap_or_default().to_owned();
        }
        assert!(
            Instant::now() < deadline,
            "cid {cid} not in /connz?state=closed: {connz}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// `num_connections` of `/connz` (open client connections).
async fn open_connections(server: &TestServer) -> u64 {
    let connz = server.monitor_json("/connz").await;
    connz["num_connections"]
        .as_u64()
        .unwrap_or_else(|| panic!("connz without num_connections: {connz}"))
}

// ---------------------------------------------------------------------------------------------
// Limits
// ---------------------------------------------------------------------------------------------

server_test!(max_connections_refused => max_connections_refused_rnats, max_connections_refused_reference);
/// One slot: the second client still gets INFO, then `-ERR 'maximum connections exceeded'` and
/// the close; it is listed as closed with "Maximum Connections Exceeded", counted in varz
/// `total_connections` but never as open.
async fn max_connections_refused(kind: Kind) {
    let server = start(kind, "hostile_max_connections.conf");
    let mut first = server.raw_connected().await;
    let mut second = server.raw().await;
    let refused = cid(&second);
    expect_fatal(&mut second, "maximum connections exceeded").await;
    assert_eq!(
        closed_reason(&server, refused).await,
        "Maximum Connections Exceeded"
    );
    assert_eq!(open_connections(&server).await, 1);
    // varz counts every client the server created, the refused one included.
    let varz = server.monitor_json("/varz").await;
    assert_eq!(varz["total_connections"], 2, "{varz}");
    assert_eq!(varz["connections"], 1, "{varz}");
    // The first client is untouched.
    first.send(b"PING\r\n").await;
    assert_eq!(first.expect("\r\n").await, "PONG\r\n");
}

server_test!(max_subscriptions_refused => max_subscriptions_refused_rnats, max_subscriptions_refused_reference);
/// `max_subscriptions: 2` server-wide: the third SUB is answered with
/// `-ERR 'maximum subscriptions exceeded'`, is not registered, and the connection stays open.
async fn max_subscriptions_refused(kind: Kind) {
    let server = start(kind, "hostile_max_subscriptions.conf");
    let mut conn = server.raw_connected().await;
    let me = cid(&conn);
    conn.send(b"SUB a 1\r\nSUB b 2\r\nSUB c 3\r\nPING\r\n")
        .await;
    assert_eq!(
        conn.expect("PONG\r\n").await,
        "-ERR 'maximum subscriptions exceeded'\r\nPONG\r\n"
    );
    // The refused subscription gets nothing; the others still work.
    conn.send(b"PUB c 1\r\nx\r\nPUB a 1\r\ny\r\nPING\r\n").await;
    assert_eq!(conn.expect("PONG\r\n").await, "MSG a 1 1\r\ny\r\nPONG\r\n");
    let connz = server.monitor_json(&format!("/connz?cid={me}")).await;
    assert_eq!(connz["connections"][0]["subscriptions"], 2, "{connz}");
    // Unsubscribing frees a slot.
    conn.send(b"UNSUB 1\r\nSUB c 3\r\nPUB c 1\r\nz\r\nPING\r\n")
        .await;
    assert_eq!(conn.expect("PONG\r\n").await, "MSG c 3 1\r\nz\r\nPONG\r\n");
}

server_test!(max_control_line_closes => max_control_line_closes_rnats, max_control_line_closes_reference);
/// `max_control_line: 256`: a 200-byte line passes, a 300-byte one is
/// `-ERR 'maximum control line exceeded'` and closed with "Maximum Control Line Exceeded".
async fn max_control_line_closes(kind: Kind) {
    let server = start(kind, "hostile_max_control_line.conf");
    let mut conn = server.raw_connected().await;
    let ok = format!("SUB {} 1\r\nPING\r\n", "a".repeat(200));
    conn.send(ok.as_bytes()).await;
    assert_eq!(conn.expect("\r\n").await, "PONG\r\n");

    let mut conn = server.raw_connected().await;
    let me = cid(&conn);
    let long = format!("SUB {} 1\r\n", "a".repeat(300));
    conn.send(long.as_bytes()).await;
    expect_fatal(&mut conn, "maximum control line exceeded").await;
    assert_eq!(
        closed_reason(&server, me).await,
        "Maximum Control Line Exceeded"
    );
}

server_test!(max_payload_closes => max_payload_closes_rnats, max_payload_closes_reference);
/// `max_payload: 1KB`: a larger PUB is `-ERR 'Maximum Payload Violation'` (the size in the
/// control line is enough) and closed with "Maximum Message Payload Exceeded".
async fn max_payload_closes(kind: Kind) {
    let server = start(kind, "hostile_max_payload.conf");
    let mut conn = server.raw_connected().await;
    let me = cid(&conn);
    conn.send(b"PUB big 1025\r\n").await;
    expect_fatal(&mut conn, "Maximum Payload Violation").await;
    assert_eq!(
        closed_reason(&server, me).await,
        "Maximum Message Payload Exceeded"
    );
}

server_test!(auth_timeout_closes => auth_timeout_closes_rnats, auth_timeout_closes_reference);
/// A client that never sends CONNECT to a server requiring auth: after `timeout` (0.5 s) it
/// gets `-ERR 'Authentication Timeout'` and is closed with "Authentication Timeout".
async fn auth_timeout_closes(kind: Kind) {
    let server = start(kind, "hostile_auth_timeout.conf");
    let started = Instant::now();
    let mut silent = server.raw().await;
    let me = cid(&silent);
    expect_fatal(&mut silent, "Authentication Timeout").await;
    assert!(
        started.elapsed() >= Duration::from_millis(400),
        "closed after {:?}, before the 0.5 s timeout",
        started.elapsed()
    );
    assert_eq!(closed_reason(&server, me).await, "Authentication Timeout");
}

server_test!(stale_connection_closes => stale_connection_closes_rnats, stale_connection_closes_reference);
/// `ping_interval: 500ms`, `ping_max: 1`: a client that never answers PING gets one PING, then
/// `-ERR 'Stale Connection'`, and is closed with "Stale Connection"; varz counts it.
async fn stale_connection_closes(kind: Kind) {
    let server = start(kind, "hostile_stale_connection.conf");
    let mut conn = server.raw_connected().await;
    let me = cid(&conn);
    assert_eq!(
        conn.expect_within("\r\n", Duration::from_secs(3)).await,
        "PING\r\n"
    );
    assert_eq!(
        conn.expect_within("\r\n", Duration::from_secs(3)).await,
        "-ERR 'Stale Connection'\r\n"
    );
    assert_eq!(conn.expect_closed(CLOSE_TIMEOUT).await, "");
    assert_eq!(closed_reason(&server, me).await, "Stale Connection");
    let varz = server.monitor_json("/varz").await;
    assert_eq!(varz["stale_connections"], 1, "{varz}");
    assert_eq!(varz["stale_connection_stats"]["clients"], 1, "{varz}");
}

/// A subscriber on `subject` that stops reading after its PONG: a tiny receive buffer (set
/// before connecting, so the window stays small) makes its backlog pile up in the server.
async fn stalled_subscriber(port: u16, subject: &str) -> (TcpStream, u64) {
    let socket = TcpSocket::new_v4().expect("socket");
    socket.set_recv_buffer_size(4096).expect("SO_RCVBUF");
    let mut stream =
        tokio::time::timeout(READ_TIMEOUT, socket.connect(([127, 0, 0, 1], port).into()))
            .await
            .expect("connect timed out")
            .expect("connect");
    let mut buf = Vec::new();
    read_until(&mut stream, &mut buf, b"\r\n").await;
    let info: Value = serde_json::from_slice(
        buf.strip_prefix(b"INFO ")
            .unwrap_or_else(|| panic!("expected INFO, got {:?}", String::from_utf8_lossy(&buf))),
    )
    .expect("INFO json");
    let cid = info["client_id"].as_u64().expect("client_id");
    buf.clear();
    let ops = format!("CONNECT {{\"verbose\":false}}\r\nSUB {subject} 1\r\nPING\r\n");
    stream.write_all(ops.as_bytes()).await.expect("write");
    read_until(&mut stream, &mut buf, b"PONG\r\n").await;
    (stream, cid)
}

/// Reads into `buf` until it contains `pattern` (bounded by [`READ_TIMEOUT`]).
async fn read_until(stream: &mut TcpStream, buf: &mut Vec<u8>, pattern: &[u8]) {
    let deadline = tokio::time::Instant::now() + READ_TIMEOUT;
    let mut chunk = [0u8; 4096];
    while find(buf, pattern).is_none() {
        let n = tokio::time::timeout_at(deadline, stream.read(&mut chunk))
            .await
            .unwrap_or_else(|_| panic!("no {pattern:?}; got {:?}", String::from_utf8_lossy(buf)))
            .expect("read");
        assert!(n > 0, "closed; got {:?}", String::from_utf8_lossy(buf));
        buf.extend_from_slice(&chunk[..n]);
    }
}

/// Publishes `size`-byte messages on `subject` from a raw connection until `/connz?state=closed`
/// lists client `victim` (or `budget` bytes went out, then panics); returns its close reason.
async fn flood_until_closed(
    server: &TestServer,
    subject: &str,
    size: usize,
    budget: usize,
    victim: u64,
) -> String {
    let mut publisher = server.raw_connected().await;
    let mut batch = Vec::new();
    for _ in 0..64 {
        batch.extend_from_slice(format!("PUB {subject} {size}\r\n").as_bytes());
        batch.extend(std::iter::repeat_n(b'z', size));
        batch.extend_from_slice(b"\r\n");
    }
    let mut sent = 0;
    while sent < budget {
        publisher.send(&batch).await;
        sent += 64 * size;
        if sent % (2 * 1024 * 1024) < 64 * size {
            // A round trip now and then keeps the publisher from racing far ahead.
            publisher.send(b"PING\r\n").await;
            publisher.expect("PONG\r\n").await;
            let connz = server.monitor_json("/connz?state=closed").await;
            let closed = connz["connections"]
                .as_array()
                .into_iter()
                .flatten()
                .find(|c| c["cid"].as_u64() == Some(victim))
                .map(|c| c["reason"].as_str().unwrap_or_default().to_owned());
            if let Some(reason) = closed {
                return reason;
            }
        }
    }
    // The close may still be on its way (the write deadline runs from the first blocked write).
    closed_reason(server, victim).await
}

server_test!(max_pending_slow_consumer => max_pending_slow_consumer_rnats, max_pending_slow_consumer_reference);
/// `max_pending: 64KB`: a subscriber that stops reading is cut off with "Slow Consumer (Pending
/// Bytes)" well before the publisher is done, the publisher is unaffected, and varz counts one
/// slow consumer (a client).
async fn max_pending_slow_consumer(kind: Kind) {
    let server = start(kind, "hostile_max_pending.conf");
    let (stalled, victim) = stalled_subscriber(server.port(), "sc.firehose").await;
    let reason = flood_until_closed(&server, "sc.firehose", 1024, 64 << 20, victim).await;
    assert_eq!(reason, "Slow Consumer (Pending Bytes)");
    let varz = server.monitor_json("/varz").await;
    assert_eq!(varz["slow_consumers"], 1, "{varz}");
    assert_eq!(varz["slow_consumer_stats"]["clients"], 1, "{varz}");
    assert_eq!(varz["slow_consumer_stats"]["routes"], 0, "{varz}");
    // The publisher and new clients are still served.
    let mut fresh = server.raw_connected().await;
    fresh
        .send(b"SUB after 1\r\nPUB after 2\r\nok\r\nPING\r\n")
        .await;
    assert_eq!(
        fresh.expect("PONG\r\n").await,
        "MSG after 1 2\r\nok\r\nPONG\r\n"
    );
    drop(stalled);
}

server_test!(write_deadline_slow_consumer => write_deadline_slow_consumer_rnats, write_deadline_slow_consumer_reference);
/// `write_deadline: 500ms` with a large `max_pending`: a reader that stops reading is closed
/// with "Slow Consumer (Write Deadline)" once its socket stays full, and varz counts it.
async fn write_deadline_slow_consumer(kind: Kind) {
    let server = start(kind, "hostile_write_deadline.conf");
    let (stalled, victim) = stalled_subscriber(server.port(), "wd.firehose").await;
    let started = Instant::now();
    let reason = flood_until_closed(&server, "wd.firehose", 4096, 128 << 20, victim).await;
    assert_eq!(reason, "Slow Consumer (Write Deadline)");
    assert!(
        started.elapsed() >= Duration::from_millis(500),
        "cut off after {:?}, before the 500 ms deadline",
        started.elapsed()
    );
    let varz = server.monitor_json("/varz").await;
    assert_eq!(varz["slow_consumers"], 1, "{varz}");
    assert_eq!(varz["slow_consumer_stats"]["clients"], 1, "{varz}");
    drop(stalled);
}

// ---------------------------------------------------------------------------------------------
// Connect storm
// ---------------------------------------------------------------------------------------------

/// Connections the storm opens in total.
const STORM_CONNECTIONS: usize = 4000;
/// Connections in flight at once.
const STORM_CONCURRENCY: usize = 100;
/// The storm stops early after this long (a slow machine does fewer connections, not a timeout).
const STORM_TIME: Duration = Duration::from_secs(8);

/// Open file descriptors of process `pid`.
fn open_fds(pid: u32) -> usize {
    std::fs::read_dir(format!("/proc/{pid}/fd"))
        .expect("read /proc/<pid>/fd")
        .count()
}

/// Resident set size of process `pid` in KiB (`VmRSS` in /proc/<pid>/status).
fn rss_kib(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).expect("read status");
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or_else(|| panic!("no VmRSS in /proc/{pid}/status"))
}

/// One storm connection of the given flavour; errors (a refused or reset connection) are
/// part of the storm, not failures.
async fn storm_one(port: u16, flavour: usize) -> std::io::Result<()> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).await?;
    let mut buf = Vec::with_capacity(1024);
    match flavour % 5 {
        // A full client: CONNECT, PING, PONG, gone.
        0 => {
            read_to(&mut stream, &mut buf, b"\r\n").await?;
            stream
                .write_all(b"CONNECT {\"verbose\":false}\r\nPING\r\n")
                .await?;
            read_to(&mut stream, &mut buf, b"PONG\r\n").await?;
        }
        // A subscriber that leaves with its subscriptions in place.
        1 => {
            read_to(&mut stream, &mut buf, b"\r\n").await?;
            stream
                .write_all(
                    b"CONNECT {\"verbose\":false}\r\nSUB storm.> 1\r\nSUB storm.q q 2\r\nPING\r\n",
                )
                .await?;
            read_to(&mut stream, &mut buf, b"PONG\r\n").await?;
        }
        // Half-open: TCP only, closed before reading INFO or sending anything.
        2 => {}
        // Abrupt: an RST instead of a FIN, right after INFO.
        3 => {
            read_to(&mut stream, &mut buf, b"\r\n").await?;
            stream.set_zero_linger()?;
        }
        // Careless: CONNECT and a publish, closed without waiting for anything.
        _ => {
            stream
                .write_all(b"CONNECT {\"verbose\":false}\r\nPUB storm.x 2\r\nhi\r\n")
                .await?;
        }
    }
    drop(stream);
    Ok(())
}

/// Reads from `stream` into `buf` until `pattern` arrives; EOF is an error.
async fn read_to(stream: &mut TcpStream, buf: &mut Vec<u8>, pattern: &[u8]) -> std::io::Result<()> {
    let mut chunk = [0u8; 2048];
    while find(buf, pattern).is_none() {
        let n = stream.read(&mut chunk).await?;
        if n == 0 {
            return Err(std::io::ErrorKind::UnexpectedEof.into());
        }
        buf.extend_from_slice(&chunk[..n]);
    }
    Ok(())
}

/// What one storm connection's task returns: its outcome, unless it hung.
type StormResult = Result<std::io::Result<()>, tokio::time::error::Elapsed>;

/// Runs `total` storm connections, `concurrency` at a time, stopping early after `limit`;
/// returns how many were opened and how many of the well-behaved ones (CONNECT, PING, wait for
/// PONG) failed.
async fn storm(port: u16, total: usize, concurrency: usize, limit: Duration) -> (usize, usize) {
    let started = Instant::now();
    let gate = std::sync::Arc::new(tokio::sync::Semaphore::new(concurrency));
    let mut tasks = tokio::task::JoinSet::new();
    let mut opened = 0;
    let mut failed = 0;
    let mut tally = |done: Result<(usize, StormResult), tokio::task::JoinError>| {
        let (flavour, res) = done.expect("storm task");
        let res = res.expect("storm connection stuck for 5 s");
        if res.is_err() && flavour % 5 < 2 {
            failed += 1;
        }
    };
    while opened < total && started.elapsed() < limit {
        let permit = gate.clone().acquire_owned().await.expect("semaphore");
        let flavour = opened;
        tasks.spawn(async move {
            let res = tokio::time::timeout(Duration::from_secs(5), storm_one(port, flavour)).await;
            drop(permit);
            (flavour, res)
        });
        opened += 1;
        while let Some(done) = tasks.try_join_next() {
            tally(done);
        }
    }
    while let Some(done) = tasks.join_next().await {
        tally(done);
    }
    (opened, failed)
}

/// Polls until `/connz` shows no client connections and the server holds at most `max_fds`
/// descriptors; returns the last figures seen.
async fn settle(server: &TestServer, max_fds: usize) -> (u64, usize) {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let open = open_connections(server).await;
        let fds = open_fds(server.pid());
        if (open == 0 && fds <= max_fds) || Instant::now() >= deadline {
            return (open, fds);
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

server_test!(connect_storm => connect_storm_rnats, connect_storm_reference);
/// Thousands of connections opened and dropped (full clients, subscribers, half-open sockets,
/// RSTs, careless publishers), 100 at a time: afterwards the server has no client connection
/// left, holds as many file descriptors as before (±2), still serves, and (rnats) its RSS is
/// within 20 MiB of where it was.
async fn connect_storm(kind: Kind) {
    let server = TestServer::start(kind, &["-m", "-1"]);
    let pid = server.pid();
    // A short warm-up, so runtime threads and allocator arenas exist before the baseline.
    let (_, failed) = storm(server.port(), 300, STORM_CONCURRENCY, STORM_TIME).await;
    assert_eq!(failed, 0, "well-behaved warm-up clients failed");
    let (open, _) = settle(&server, usize::MAX).await;
    assert_eq!(open, 0, "warm-up connections left open");
    tokio::time::sleep(Duration::from_millis(200)).await;
    let base_fds = open_fds(pid);
    let base_rss = rss_kib(pid);

    let started = Instant::now();
    let (opened, failed) = storm(
        server.port(),
        STORM_CONNECTIONS,
        STORM_CONCURRENCY,
        STORM_TIME,
    )
    .await;
    let took = started.elapsed();
    assert_eq!(failed, 0, "well-behaved clients failed during the storm");
    assert!(opened >= 1000, "only {opened} connections in {took:?}");

    let (open, fds) = settle(&server, base_fds + 2).await;
    let rss = rss_kib(pid);
    eprintln!(
        "{kind:?}: {opened} connections in {took:?}; fds {base_fds} -> {fds}; \
         RSS {base_rss} KiB -> {rss} KiB"
    );
    assert_eq!(open, 0, "client connections left after the storm");
    assert!(
        fds <= base_fds + 2,
        "file descriptors: {base_fds} before the storm, {fds} after"
    );
    if kind == Kind::Rnats {
        assert!(
            rss < base_rss + 20 * 1024,
            "RSS grew from {base_rss} KiB to {rss} KiB over the storm"
        );
    }
    let varz = server.monitor_json("/varz").await;
    let total = varz["total_connections"].as_u64().unwrap_or_default();
    assert!(
        total >= opened as u64,
        "varz total_connections {total} after {opened} connections"
    );
    let mut conn = server.raw_connected().await;
    conn.send(b"SUB storm.x 1\r\nPUB storm.x 2\r\nok\r\nPING\r\n")
        .await;
    assert_eq!(
        conn.expect("PONG\r\n").await,
        "MSG storm.x 1 2\r\nok\r\nPONG\r\n"
    );
}
