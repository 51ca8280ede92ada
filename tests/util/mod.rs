//! Test harness: starts a NATS server process (the `rnats` binary under test, or the reference
//! nats-server side by side), finds its ports in the log, and gives tests clients to drive it:
//! an async-nats client, a raw protocol socket ([`RawConn`]) and a bare HTTP GET for monitoring.
//!
//! Every wait is bounded: the server must log its client port within [`START_TIMEOUT`], raw reads
//! take explicit deadlines, and [`server_test!`] wraps each scenario in [`TEST_TIMEOUT`]. The
//! child process is killed and its temporary directory removed when the [`TestServer`] drops.

pub mod certs;

use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Output, Stdio};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use async_nats::client::RequestErrorKind;
use bytes::Bytes;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// How long a server may take to log its client port.
pub const START_TIMEOUT: Duration = Duration::from_secs(15);
/// Upper bound for one whole scenario.
pub const TEST_TIMEOUT: Duration = Duration::from_secs(60);
/// Default deadline for one expected reply on a raw connection.
pub const READ_TIMEOUT: Duration = Duration::from_secs(5);

/// Log line announcing the client listener (nats-server `server.go`, `AcceptLoop`).
const CLIENT_LISTEN_LINE: &str = "Listening for client connections on ";
/// Log line announcing the monitoring listener (nats-server `server.go`, `startMonitoring`).
const MONITOR_LISTEN_LINE: &str = "Starting http monitor on ";

/// Which server binary a scenario runs against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The `rnats` binary built by this workspace, run as `rnats server ...`.
    Rnats,
    /// The upstream nats-server (2.14), when installed.
    Reference,
}

impl Kind {
    /// The executable for this kind, or `None` when the reference server is not installed.
    pub fn binary(self) -> Option<PathBuf> {
        match self {
            Kind::Rnats => Some(PathBuf::from(env!("CARGO_BIN_EXE_rnats"))),
            Kind::Reference => reference_binary(),
        }
    }

    /// A command running this server with `args` (and nothing else: no port, no address).
    ///
    /// Panics when the binary is missing; callers check [`Kind::binary`] first (the
    /// [`server_test!`] wrappers do).
    pub fn command(self, args: &[&str]) -> Command {
        let bin = self
            .binary()
            .expect("server binary for this kind is installed");
        let mut cmd = Command::new(bin);
        if self == Kind::Rnats {
            cmd.arg("server");
        }
        cmd.args(args);
        cmd
    }

    /// The file name the server runs under (`rnats`, `nats-server`): upstream names the ports
    /// file after it.
    pub fn exe_name(self) -> String {
        self.binary()
            .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
            .unwrap_or_default()
    }
}

/// Finds the reference nats-server: `$NATS_SERVER_BIN`, else `nats-server` on `PATH`, else the
/// cache directory `.ci/install-nats-server.sh` installs into.
pub fn reference_binary() -> Option<PathBuf> {
    if let Some(bin) = std::env::var_os("NATS_SERVER_BIN").filter(|v| !v.is_empty()) {
        let bin = PathBuf::from(bin);
        return bin.is_file().then_some(bin);
    }
    if let Some(path) = std::env::var_os("PATH") {
        for dir in std::env::split_paths(&path) {
            let candidate = dir.join("nats-server");
            if candidate.is_file() {
                return Some(candidate);
            }
        }
    }
    let cache = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))?;
    let candidate = cache.join("nats-reference/v2.14.0/nats-server");
    candidate.is_file().then_some(candidate)
}

/// Returns true when `kind` can run here; otherwise prints why the test is skipped.
pub fn available(kind: Kind) -> bool {
    if kind.binary().is_some() {
        return true;
    }
    eprintln!(
        "skipping: reference nats-server not installed (run .ci/install-nats-server.sh, \
         or set NATS_SERVER_BIN)"
    );
    false
}

/// Polls `f` every 50 ms until it gives `Ok`, and returns that; after `within`, panics with
/// `what` and the last `Err`.
pub async fn eventually<T, F, Fut>(what: &str, within: std::time::Duration, mut f: F) -> T
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<T, String>>,
{
    let deadline = tokio::time::Instant::now() + within;
    loop {
        match f().await {
            Ok(v) => return v,
            Err(why) if tokio::time::Instant::now() > deadline => panic!("{what}: {why}"),
            Err(_) => tokio::time::sleep(std::time::Duration::from_millis(50)).await,
        }
    }
}

/// Defines one scenario as a pair of tests, `<name>_rnats` and `<name>_reference`.
///
/// The scenario is an `async fn(Kind)`; each test runs it on a fresh runtime under
/// [`TEST_TIMEOUT`]. The reference variant skips (passes with a message) when nats-server is
/// not installed.
macro_rules! server_test {
    ($scenario:ident => $rnats:ident, $reference:ident) => {
        #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
        async fn $rnats() {
            $crate::util::run_scenario($crate::util::Kind::Rnats, $scenario).await;
        }

        #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
        async fn $reference() {
            $crate::util::run_scenario($crate::util::Kind::Reference, $scenario).await;
        }
    };
}
pub(crate) use server_test;

/// Runs `scenario` against `kind` under [`TEST_TIMEOUT`], skipping when the binary is missing.
pub async fn run_scenario<F, Fut>(kind: Kind, scenario: F)
where
    F: FnOnce(Kind) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    if !available(kind) {
        return;
    }
    if tokio::time::timeout(TEST_TIMEOUT, scenario(kind))
        .await
        .is_err()
    {
        panic!("{kind:?}: scenario did not finish within {TEST_TIMEOUT:?}");
    }
}

/// Path of a fixture under `tests/fixtures/`.
pub fn fixture(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(rel)
}

/// Path (as a string, ready for an argument list) of a server config fixture.
pub fn server_conf(name: &str) -> String {
    fixture(&format!("server/{name}"))
        .to_string_lossy()
        .into_owned()
}

/// Everything the server wrote to stderr, plus a signal for "new line arrived".
#[derive(Default)]
struct LogBuf {
    text: Mutex<String>,
    grew: Condvar,
}

/// A running server process.
pub struct TestServer {
    kind: Kind,
    child: Child,
    port: u16,
    monitor_port: Option<u16>,
    dir: tempfile::TempDir,
    stderr: Arc<LogBuf>,
    log_file: Option<PathBuf>,
    exit: Option<ExitStatus>,
}

impl TestServer {
    /// Starts `kind` on 127.0.0.1 with a random port (`-p -1 -a 127.0.0.1`) plus `extra_args`,
    /// in a fresh temporary working directory, and waits for the client port in its log
    /// (stderr, or the file given with `-l`/`--log`). With `-m -1` the monitoring port is read
    /// from the log as well.
    pub fn start(kind: Kind, extra_args: &[&str]) -> TestServer {
        Self::start_with(kind, &["-p", "-1", "-a", "127.0.0.1"], extra_args)
    }

    /// Like [`TestServer::start`] but without `-a 127.0.0.1`: the server listens on its default
    /// host (all interfaces) unless `extra_args` name one.
    pub fn start_default_host(kind: Kind, extra_args: &[&str]) -> TestServer {
        Self::start_with(kind, &["-p", "-1"], extra_args)
    }

    fn start_with(kind: Kind, base_args: &[&str], extra_args: &[&str]) -> TestServer {
        let dir = tempfile::tempdir().expect("create temp dir");
        let mut args = base_args.to_vec();
        args.extend_from_slice(extra_args);
        let log_file = log_file_arg(extra_args).map(|f| dir.path().join(f));
        let mut child = kind
            .command(&args)
            .current_dir(dir.path())
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("{kind:?}: spawn server: {e}"));

        let stderr = Arc::new(LogBuf::default());
        let pipe = child.stderr.take().expect("stderr is piped");
        let sink = Arc::clone(&stderr);
        std::thread::spawn(move || {
            for line in BufReader::new(pipe).lines() {
                let Ok(line) = line else { break };
                let mut text = sink.text.lock().expect("log lock");
                text.push_str(&line);
                text.push('\n');
                sink.grew.notify_all();
            }
        });

        let mut server = TestServer {
            kind,
            child,
            port: 0,
            monitor_port: None,
            dir,
            stderr,
            log_file,
            exit: None,
        };
        let line = server.wait_for_log(CLIENT_LISTEN_LINE, START_TIMEOUT);
        server.port = port_after(&line, CLIENT_LISTEN_LINE);
        if args.windows(2).any(|w| is_flag(w[0], &["m", "http_port"])) {
            let line = server.wait_for_log(MONITOR_LISTEN_LINE, START_TIMEOUT);
            server.monitor_port = Some(port_after(&line, MONITOR_LISTEN_LINE));
        }
        server
    }

    /// The client port read from the log.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// `nats://127.0.0.1:PORT`.
    pub fn url(&self) -> String {
        format!("nats://127.0.0.1:{}", self.port)
    }

    /// The monitoring port (only when started with `-m`).
    pub fn monitor_port(&self) -> u16 {
        self.monitor_port
            .expect("server was started with a monitoring port (-m)")
    }

    /// Process id of the server.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// The server's working directory (temporary, removed on drop).
    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    /// What the server wrote to stderr so far.
    pub fn stderr(&self) -> String {
        self.stderr.text.lock().expect("log lock").clone()
    }

    /// Everything logged so far: stderr plus the `-l` log file, if any.
    pub fn log(&self) -> String {
        let mut text = self.stderr.text.lock().expect("log lock").clone();
        if let Some(file) = &self.log_file {
            if let Ok(content) = std::fs::read_to_string(file) {
                text.push_str(&content);
            }
        }
        text
    }

    /// Waits until a log line contains `pattern` and returns that line; panics with the log so
    /// far when `timeout` passes or the server exits first.
    pub fn wait_for_log(&mut self, pattern: &str, timeout: Duration) -> String {
        let deadline = Instant::now() + timeout;
        loop {
            let log = self.log();
            if let Some(line) = log.lines().find(|l| l.contains(pattern)) {
                return line.to_owned();
            }
            if let Ok(Some(status)) = self.child.try_wait() {
                // Give the stderr reader a moment to collect the last lines.
                std::thread::sleep(Duration::from_millis(100));
                let log = self.log();
                if let Some(line) = log.lines().find(|l| l.contains(pattern)) {
                    return line.to_owned();
                }
                panic!(
                    "{:?}: server exited ({status}) before logging {pattern:?}; log:\n{log}",
                    self.kind
                );
            }
            let now = Instant::now();
            if now >= deadline {
                panic!(
                    "{:?}: no log line {pattern:?} within {timeout:?}; log:\n{log}",
                    self.kind
                );
            }
            // Wake on new stderr output, or poll (the -l log file) every 50 ms.
            let text = self.stderr.text.lock().expect("log lock");
            let wait = (deadline - now).min(Duration::from_millis(50));
            drop(self.stderr.grew.wait_timeout(text, wait).expect("log lock"));
        }
    }

    /// Connects an async-nats client (no reconnects, bounded connect time).
    pub async fn client(&self) -> async_nats::Client {
        self.client_with(async_nats::ConnectOptions::new()).await
    }

    /// Connects an async-nats client with `options` (a connect timeout is added).
    pub async fn client_with(&self, options: async_nats::ConnectOptions) -> async_nats::Client {
        options
            .connection_timeout(READ_TIMEOUT)
            .max_reconnects(Some(0))
            .connect(self.url())
            .await
            .unwrap_or_else(|e| panic!("{:?}: async-nats connect: {e}", self.kind))
    }

    /// Opens a raw protocol connection and reads the server's INFO.
    pub async fn raw(&self) -> RawConn {
        RawConn::connect(self.port).await
    }

    /// Opens a raw connection and sends `CONNECT {"verbose":false,"pedantic":false}` followed by
    /// a PING, and waits for the PONG: the connection is registered when this returns.
    pub async fn raw_connected(&self) -> RawConn {
        self.raw_connect_with(r#"{"verbose":false,"pedantic":false}"#)
            .await
    }

    /// Opens a raw connection, sends `CONNECT <connect_json>` and a PING, and waits for the PONG.
    pub async fn raw_connect_with(&self, connect_json: &str) -> RawConn {
        let mut conn = self.raw().await;
        conn.send(format!("CONNECT {connect_json}\r\nPING\r\n").as_bytes())
            .await;
        conn.expect("PONG\r\n").await;
        conn
    }

    /// GETs `path` from the monitoring port and parses the body as JSON.
    pub async fn monitor_json(&self, path: &str) -> serde_json::Value {
        let (status, body) = http_get(self.monitor_port(), path).await;
        assert_eq!(status, 200, "GET {path}: status {status}, body {body}");
        serde_json::from_str(&body).unwrap_or_else(|e| panic!("GET {path}: {e}; body: {body}"))
    }

    /// Sends SIGTERM and waits (bounded) for the process to exit.
    pub fn terminate(&mut self) -> ExitStatus {
        signal(self.child.id(), "TERM");
        self.wait_exit(Duration::from_secs(10))
    }

    /// Waits for the process to exit by itself within `timeout`.
    pub fn wait_exit(&mut self, timeout: Duration) -> ExitStatus {
        if let Some(status) = self.exit {
            return status;
        }
        let deadline = Instant::now() + timeout;
        loop {
            if let Some(status) = self.child.try_wait().expect("wait for server") {
                self.exit = Some(status);
                return status;
            }
            if Instant::now() >= deadline {
                panic!(
                    "{:?}: server still running after {timeout:?}; log:\n{}",
                    self.kind,
                    self.log()
                );
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        if self.exit.is_none() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// Sends signal `name` (`TERM`, `INT`, ...) to `pid` through `sh`'s `kill` builtin (no unsafe
/// code, nothing beyond a POSIX shell needed).
pub fn signal(pid: u32, name: &str) {
    let status = Command::new("sh")
        .arg("-c")
        .arg(format!("kill -{name} {pid}"))
        .status()
        .expect("run sh -c kill");
    assert!(status.success(), "kill -{name} {pid} failed");
}

/// Runs `cmd` to completion, killing it if it outlives `timeout`.
pub fn run_bounded(mut cmd: Command, timeout: Duration) -> Output {
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn server");
    let deadline = Instant::now() + timeout;
    loop {
        if child.try_wait().expect("wait").is_some() {
            return child.wait_with_output().expect("collect output");
        }
        if Instant::now() >= deadline {
            let _ = child.kill();
            let out = child.wait_with_output().expect("collect output");
            panic!(
                "still running after {timeout:?}; stderr:\n{}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// True when `arg` is the Go-style flag `-name` or `--name` for one of `names`.
fn is_flag(arg: &str, names: &[&str]) -> bool {
    let bare = arg.trim_start_matches('-');
    arg.starts_with('-') && names.contains(&bare)
}

/// The value of `-l`/`--log` in `args`, if present.
fn log_file_arg<'a>(args: &[&'a str]) -> Option<&'a str> {
    args.windows(2)
        .find(|w| is_flag(w[0], &["l", "log"]))
        .map(|w| w[1])
}

/// Parses the port at the end of a `... on HOST:PORT` log line.
fn port_after(line: &str, marker: &str) -> u16 {
    let addr = line
        .split(marker)
        .nth(1)
        .unwrap_or_else(|| panic!("no {marker:?} in {line:?}"))
        .trim();
    addr.rsplit(':')
        .next()
        .and_then(|p| p.parse().ok())
        .unwrap_or_else(|| panic!("no port in log line {line:?}"))
}

/// Returns once the server has processed everything `client` sent before: a request nobody
/// answers comes back as a no-responders status only after the server has handled the
/// connection's earlier SUBs and PUBs in order. (async-nats' `flush` only empties the client's
/// own write buffer, so it cannot order one connection's SUB before another's PUB.)
///
/// Do not use it on a connection holding a subscription that matches the sync subject.
pub async fn sync(client: &async_nats::Client) {
    match client.request("rnats.test.sync", Bytes::new()).await {
        Err(e) if e.kind() == RequestErrorKind::NoResponders => {}
        Err(e) => panic!("sync round trip: expected no responders, got {e}"),
        Ok(msg) => panic!("sync round trip: unexpected reply {:?}", msg.payload),
    }
}

/// The next message on `sub`, within five seconds (a panic otherwise).
pub async fn next_msg(sub: &mut async_nats::Subscriber) -> async_nats::Message {
    use futures::StreamExt as _;
    tokio::time::timeout(Duration::from_secs(5), sub.next())
        .await
        .expect("message in time")
        .expect("subscription open")
}

/// A minimal HTTP/1.0 GET against 127.0.0.1:`port`: returns the status code and the body.
pub async fn http_get(port: u16, path: &str) -> (u16, String) {
    let fut = async {
        let mut stream = TcpStream::connect(("127.0.0.1", port))
            .await
            .expect("connect to monitoring port");
        let request =
            format!("GET {path} HTTP/1.0\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n");
        stream
            .write_all(request.as_bytes())
            .await
            .expect("send request");
        let mut raw = Vec::new();
        stream.read_to_end(&mut raw).await.expect("read response");
        let text = String::from_utf8_lossy(&raw).into_owned();
        let (head, body) = text
            .split_once("\r\n\r\n")
            .unwrap_or_else(|| panic!("malformed HTTP response: {text:?}"));
        let status = head
            .split_whitespace()
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| panic!("no status in {head:?}"));
        (status, body.to_owned())
    };
    tokio::time::timeout(READ_TIMEOUT, fut)
        .await
        .unwrap_or_else(|_| panic!("GET {path} timed out"))
}

/// How a raw connection ended.
#[derive(Debug, PartialEq, Eq)]
pub enum Closed {
    /// Orderly EOF.
    Eof,
    /// Connection reset (the server closed with unread input pending).
    Reset,
}

/// A raw NATS protocol connection: bytes in, bytes out, with deadlines.
///
/// Received bytes accumulate in a buffer; [`RawConn::expect`] consumes through the first match.
pub struct RawConn {
    stream: TcpStream,
    /// The INFO line (without `INFO ` and CRLF) the server greeted with.
    pub info: serde_json::Value,
    buf: Vec<u8>,
    closed: Option<Closed>,
}

impl RawConn {
    /// Connects to 127.0.0.1:`port` and reads the INFO line.
    pub async fn connect(port: u16) -> RawConn {
        let stream = tokio::time::timeout(READ_TIMEOUT, TcpStream::connect(("127.0.0.1", port)))
            .await
            .expect("raw connect timed out")
            .expect("raw connect");
        let mut conn = RawConn {
            stream,
            info: serde_json::Value::Null,
            buf: Vec::new(),
            closed: None,
        };
        let line = conn.expect("\r\n").await;
        let json = line
            .strip_prefix("INFO ")
            .unwrap_or_else(|| panic!("expected INFO first, got {line:?}"))
            .trim_end();
        conn.info = serde_json::from_str(json).unwrap_or_else(|e| panic!("INFO json: {e}"));
        conn
    }

    /// Writes `bytes` (the server may already have closed: errors are ignored, a later read
    /// reports the close).
    pub async fn send(&mut self, bytes: &[u8]) {
        let _ = self.stream.write_all(bytes).await;
    }

    /// Reads until the unconsumed input contains `pattern`, consumes through it and returns the
    /// consumed text; panics with what arrived when [`READ_TIMEOUT`] passes or the peer closes.
    pub async fn expect(&mut self, pattern: &str) -> String {
        self.expect_within(pattern, READ_TIMEOUT).await
    }

    /// [`RawConn::expect`] with an explicit deadline.
    pub async fn expect_within(&mut self, pattern: &str, timeout: Duration) -> String {
        match self.read_until(pattern, timeout).await {
            Some(text) => text,
            None => panic!(
                "expected {pattern:?} within {timeout:?}; got {:?} (closed: {:?})",
                String::from_utf8_lossy(&self.buf),
                self.closed
            ),
        }
    }

    /// Reads until `pattern` appears (then consumes through it and returns the text), the
    /// peer closes or `timeout` passes (then returns `None` and consumes nothing).
    pub async fn read_until(&mut self, pattern: &str, timeout: Duration) -> Option<String> {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            if let Some(pos) = find(&self.buf, pattern.as_bytes()) {
                let rest = self.buf.split_off(pos + pattern.len());
                let taken = std::mem::replace(&mut self.buf, rest);
                return Some(String::from_utf8_lossy(&taken).into_owned());
            }
            if self.closed.is_some() || !self.fill(deadline).await {
                return None;
            }
        }
    }

    /// Waits for the server to close the connection; returns everything unconsumed received
    /// before the close. Panics if it stays open past `timeout`.
    pub async fn expect_closed(&mut self, timeout: Duration) -> String {
        let deadline = tokio::time::Instant::now() + timeout;
        while self.closed.is_none() {
            if !self.fill(deadline).await && self.closed.is_none() {
                panic!(
                    "connection still open after {timeout:?}; got {:?}",
                    String::from_utf8_lossy(&self.buf)
                );
            }
        }
        String::from_utf8_lossy(&std::mem::take(&mut self.buf)).into_owned()
    }

    /// Reads and discards everything until the server closes; returns the byte count and how
    /// it closed. Panics if it stays open past `timeout`.
    pub async fn drain_until_closed(&mut self, timeout: Duration) -> (usize, Closed) {
        let mut total = std::mem::take(&mut self.buf).len();
        let deadline = tokio::time::Instant::now() + timeout;
        while self.closed.is_none() {
            if !self.fill(deadline).await && self.closed.is_none() {
                panic!("connection still open after {timeout:?} ({total} bytes read)");
            }
            total += std::mem::take(&mut self.buf).len();
        }
        (total, self.closed.take().expect("closed is set"))
    }

    /// One read into the buffer; false when the deadline passed.
    async fn fill(&mut self, deadline: tokio::time::Instant) -> bool {
        let mut chunk = vec![0u8; 64 * 1024];
        match tokio::time::timeout_at(deadline, self.stream.read(&mut chunk)).await {
            Err(_) => false,
            Ok(Ok(0)) => {
                self.closed = Some(Closed::Eof);
                true
            }
            Ok(Ok(n)) => {
                self.buf.extend_from_slice(&chunk[..n]);
                true
            }
            Ok(Err(_)) => {
                self.closed = Some(Closed::Reset);
                true
            }
        }
    }
}

/// Position of the first `needle` in `haystack`.
pub fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// Reads a whole file that a server writes, waiting (bounded) until it exists and is non-empty.
pub fn wait_for_file(path: &Path, timeout: Duration) -> String {
    let deadline = Instant::now() + timeout;
    loop {
        if let Ok(mut f) = std::fs::File::open(path) {
            let mut text = String::new();
            if f.read_to_string(&mut text).is_ok() && !text.is_empty() {
                return text;
            }
        }
        if Instant::now() >= deadline {
            panic!("{} not written within {timeout:?}", path.display());
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}
