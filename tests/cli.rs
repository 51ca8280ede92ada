//! The `nats` personality end to end: the real binary run as `rnats <cmd>` and through a `nats`
//! symlink, against rnats server and the reference nats-server ([`server_test!`]).
//!
//! Every child gets a private `XDG_CONFIG_HOME` and `HOME` and no `NATS_*` variables, so the
//! developer's own contexts never leak in. Output is compared after [`mask`] replaces times,
//! ports, inbox ids and round-trip times. Every wait is bounded by [`WAIT`]; background
//! processes (`sub`, `reply`) are killed by their PID when their [`Proc`] drops.

mod auth;
mod flags;
mod js;
mod sourcing;

use crate::util::{fixture, server_test, signal, Kind, TestServer};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const RNATS: &str = env!("CARGO_BIN_EXE_rnats");
/// Upper bound for any one wait on a CLI process.
const WAIT: Duration = Duration::from_secs(15);

/// A private configuration home plus a `nats` symlink to the binary.
struct Cli {
    home: tempfile::TempDir,
    bin: tempfile::TempDir,
}

impl Cli {
    fn new() -> Cli {
        let bin = tempfile::tempdir().expect("temp dir");
        std::os::unix::fs::symlink(RNATS, bin.path().join("nats")).expect("symlink nats");
        Cli {
            home: tempfile::tempdir().expect("temp dir"),
            bin,
        }
    }

    fn config(&self) -> &Path {
        self.home.path()
    }

    fn context_file(&self, name: &str) -> PathBuf {
        self.config().join(format!("nats/context/{name}.json"))
    }

    /// `rnats ARGS` with a clean environment.
    fn rnats(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(RNATS);
        cmd.args(args);
        self.clean(&mut cmd);
        cmd
    }

    /// `nats ARGS` (the symlink) with a clean environment.
    fn nats(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(self.bin.path().join("nats"));
        cmd.args(args);
        self.clean(&mut cmd);
        cmd
    }

    fn clean(&self, cmd: &mut Command) {
        for (k, _) in std::env::vars_os() {
            if k.to_string_lossy().starts_with("NATS_") {
                cmd.env_remove(k);
            }
        }
        cmd.env("XDG_CONFIG_HOME", self.config())
            .env("HOME", self.config())
            .env_remove("EDITOR");
    }
}

/// A running CLI process whose stdout and stderr are collected by reader threads.
struct Proc {
    child: Child,
    out: Arc<Mutex<Vec<u8>>>,
    err: Arc<Mutex<Vec<u8>>>,
    readers: Vec<std::thread::JoinHandle<()>>,
}

/// What a finished process left.
struct Done {
    code: Option<i32>,
    out: String,
    err: String,
    raw_out: Vec<u8>,
}

impl Proc {
    fn spawn(mut cmd: Command) -> Proc {
        Proc::spawn_with_stdin(cmd.stdin(Stdio::null()), None)
    }

    fn spawn_with_stdin(cmd: &mut Command, input: Option<&[u8]>) -> Proc {
        if input.is_some() {
            cmd.stdin(Stdio::piped());
        }
        let mut child = cmd
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn rnats");
        if let (Some(data), Some(mut stdin)) = (input, child.stdin.take()) {
            stdin.write_all(data).expect("write stdin");
        }
        let out = Arc::new(Mutex::new(Vec::new()));
        let err = Arc::new(Mutex::new(Vec::new()));
        let mut readers = Vec::new();
        let stdout = child.stdout.take().expect("stdout piped");
        let stderr = child.stderr.take().expect("stderr piped");
        for (mut pipe, sink) in [
            (Box::new(stdout) as Box<dyn Read + Send>, Arc::clone(&out)),
            (Box::new(stderr) as Box<dyn Read + Send>, Arc::clone(&err)),
        ] {
            readers.push(std::thread::spawn(move || {
                let mut buf = [0u8; 4096];
                while let Ok(n) = pipe.read(&mut buf) {
                    if n == 0 {
                        break;
                    }
                    sink.lock().expect("sink").extend_from_slice(&buf[..n]);
                }
            }));
        }
        Proc {
            child,
            out,
            err,
            readers,
        }
    }

    fn stderr_text(&self) -> String {
        String::from_utf8_lossy(&self.err.lock().expect("err")).into_owned()
    }

    fn stdout_text(&self) -> String {
        String::from_utf8_lossy(&self.out.lock().expect("out")).into_owned()
    }

    /// Waits until stderr contains `needle`.
    fn wait_stderr(&self, needle: &str) {
        let deadline = Instant::now() + WAIT;
        while Instant::now() < deadline {
            if self.stderr_text().contains(needle) {
                return;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        panic!(
            "no {needle:?} on stderr within {WAIT:?}; stderr:\n{}\nstdout:\n{}",
            self.stderr_text(),
            self.stdout_text()
        );
    }

    /// Waits for the process to exit (killing it after [`WAIT`]) and collects its output.
    fn finish(mut self) -> Done {
        let deadline = Instant::now() + WAIT;
        let status = loop {
            if let Some(s) = self.child.try_wait().expect("try_wait") {
                break s;
            }
            if Instant::now() >= deadline {
                let _ = self.child.kill();
                panic!(
                    "process did not exit within {WAIT:?}; stderr:\n{}\nstdout:\n{}",
                    self.stderr_text(),
                    self.stdout_text()
                );
            }
            std::thread::sleep(Duration::from_millis(10));
        };
        for r in self.readers.drain(..) {
            let _ = r.join();
        }
        let raw_out = self.out.lock().expect("out").clone();
        Done {
            code: status.code(),
            out: String::from_utf8_lossy(&raw_out).into_owned(),
            err: self.stderr_text(),
            raw_out,
        }
    }
}

impl Drop for Proc {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A JetStream server on a fresh store directory (dropped after the server).
fn js_server(kind: Kind) -> (TestServer, tempfile::TempDir) {
    let store = tempfile::tempdir().expect("store dir");
    let dir = store.path().to_str().expect("utf-8 path").to_string();
    (TestServer::start(kind, &["-js", "-sd", &dir]), store)
}

/// Runs a command to completion.
fn run(cmd: Command) -> Done {
    Proc::spawn(cmd).finish()
}

/// Runs a command with `input` on stdin.
fn run_with_stdin(mut cmd: Command, input: &[u8]) -> Done {
    Proc::spawn_with_stdin(&mut cmd, Some(input)).finish()
}

/// Replaces what changes from run to run: `HH:MM:SS` log stamps (`[TIME]`), ports after
/// `127.0.0.1:` (`[PORT]`), inbox ids after `_INBOX.` (`[ID]`), durations after `rtt ` or
/// `: ` at the end of an rtt line (`[RTT]`).
fn mask(text: &str) -> String {
    text.split_inclusive('\n')
        .map(mask_line)
        .collect::<Vec<_>>()
        .join("")
}

fn mask_line(line: &str) -> String {
    let mut s = line.to_string();
    let b = s.as_bytes();
    if b.len() >= 9
        && b[2] == b':'
        && b[5] == b':'
        && b[8] == b' '
        && [0, 1, 3, 4, 6, 7].iter().all(|&i| b[i].is_ascii_digit())
    {
        s = format!("[TIME]{}", &s[8..]);
    }
    s = replace_after(&s, "127.0.0.1:", |c| c.is_ascii_digit(), "[PORT]");
    s = replace_after(
        &s,
        "_INBOX.",
        |c| c.is_ascii_alphanumeric() || c == '.',
        "[ID]",
    );
    s = replace_after(
        &s,
        "rtt ",
        |c| c.is_ascii_alphanumeric() || c == '.' || c == 'µ',
        "[RTT]",
    );
    s
}

/// Replaces each run of `keep`-chars following `marker` with `with`.
fn replace_after(s: &str, marker: &str, keep: impl Fn(char) -> bool, with: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(pos) = rest.find(marker) {
        out.push_str(&rest[..pos + marker.len()]);
        rest = &rest[pos + marker.len()..];
        let end = rest.find(|c: char| !keep(c)).unwrap_or(rest.len());
        if end > 0 {
            out.push_str(with);
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// The server's subscription count (`/varz`; nats-server's includes its internal ones).
async fn subs_now(srv: &TestServer) -> u64 {
    srv.monitor_json("/varz").await["subscriptions"]
        .as_u64()
        .unwrap_or(0)
}

/// Waits until the server counts at least `n` subscriptions (for subscribers that print no
/// announcement: `--raw`, `--dump`).
async fn wait_subs(srv: &TestServer, n: u64) {
    let deadline = Instant::now() + WAIT;
    loop {
        let varz = srv.monitor_json("/varz").await;
        if varz["subscriptions"].as_u64().unwrap_or(0) >= n {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "fewer than {n} subscriptions: {varz}"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// A port nothing listens on.
fn closed_port() -> u16 {
    let l = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    l.local_addr().expect("addr").port()
}

#[test]
fn masking() {
    assert_eq!(
        mask("10:11:12 Received with rtt 1.234ms\nnats://127.0.0.1:4222 _INBOX.abc.def\n"),
        "[TIME] Received with rtt [RTT]\nnats://127.0.0.1:[PORT] _INBOX.[ID]\n"
    );
}

async fn pub_sub(kind: Kind) {
    let srv = TestServer::start(kind, &[]);
    let cli = Cli::new();
    let url = srv.url();
    let sub = Proc::spawn(cli.rnats(&["sub", "-s", &url, "cli.>", "--count", "3"]));
    sub.wait_stderr("Subscribing on cli.>");
    let done = run(cli.rnats(&["pub", "-s", &url, "cli.one", "hello"]));
    assert_eq!(done.code, Some(0), "{}", done.err);
    assert_eq!(mask(&done.err), "[TIME] Published 5 bytes to \"cli.one\"\n");
    let done = run(cli.nats(&[
        "pub",
        "-s",
        &url,
        "cli.two",
        "with headers",
        "-H",
        "A:1",
        "-H",
        "B: two ",
        "--reply",
        "cli.reply",
    ]));
    assert_eq!(done.code, Some(0), "{}", done.err);
    let done = run_with_stdin(
        cli.rnats(&["pub", "-s", &url, "cli.three"]),
        b"from stdin\n",
    );
    assert_eq!(done.code, Some(0), "{}", done.err);
    assert_eq!(
        mask(&done.err),
        "[TIME] Reading payload from STDIN\n[TIME] Published 11 bytes to \"cli.three\"\n"
    );
    let done = sub.finish();
    assert_eq!(done.code, Some(0), "{}", done.err);
    assert_eq!(
        done.out,
        "[#1] Received on \"cli.one\"\nhello\n\n\n\
         [#2] Received on \"cli.two\" with reply \"cli.reply\"\nA: 1\nB: two\n\nwith headers\n\n\n\
         [#3] Received on \"cli.three\"\nfrom stdin\n\n"
    );
    assert_eq!(mask(&done.err), "[TIME] Subscribing on cli.> \n");
}
server_test!(pub_sub => pub_sub_rnats, pub_sub_reference);

async fn sub_formats(kind: Kind) {
    let srv = TestServer::start(kind, &["-m", "-1"]);
    let cli = Cli::new();
    let url = srv.url();
    let base = subs_now(&srv).await;
    let raw = Proc::spawn(cli.rnats(&["sub", "-s", &url, "fmt", "--raw", "--count", "2"]));
    let headers_only =
        Proc::spawn(cli.rnats(&["sub", "-s", &url, "fmt", "--headers-only", "--count", "2"]));
    let stamped = Proc::spawn(cli.rnats(&["sub", "-s", &url, "fmt", "-t", "--count", "1"]));
    let ignoring = Proc::spawn(cli.rnats(&[
        "sub", "-s", &url, "fmt", "other", "-I", "fmt", "--count", "1",
    ]));
    headers_only.wait_stderr("Subscribing");
    stamped.wait_stderr("Subscribing");
    ignoring.wait_stderr("Subscribing");
    wait_subs(&srv, base + 5).await;
    for args in [
        &["fmt", "one", "-H", "K:v"][..],
        &["fmt", ""][..],
        &["other", "x"][..],
    ] {
        let mut full = vec!["pub", "-s", &url, "-q"];
        full.extend_from_slice(args);
        let done = run(cli.rnats(&full));
        assert_eq!(done.code, Some(0), "{}", done.err);
        assert_eq!(done.err, "", "-q prints nothing");
    }
    let done = raw.finish();
    assert_eq!(done.out, "one\nnil body\n");
    assert_eq!(done.err, "", "--raw does not announce the subscription");
    let done = headers_only.finish();
    assert_eq!(
        done.out,
        "[#1] Received on \"fmt\"\nK: v\n\n[#2] Received on \"fmt\"\n"
    );
    let done = stamped.finish();
    let first = done.out.lines().next().unwrap_or_default().to_string();
    assert!(
        first.starts_with("[#1] @ ") && first.ends_with(" Received on \"fmt\""),
        "{first}"
    );
    let done = ignoring.finish();
    assert_eq!(done.out, "[#1] Received on \"other\"\nx\n\n\n");
}
server_test!(sub_formats => sub_formats_rnats, sub_formats_reference);

/// `--translate`: the body goes through a filter command (`{{Subject}}` expanded) before it is
/// shown; a failing filter is reported and the message skipped, as natscli does.
async fn sub_translate(kind: Kind) {
    let srv = TestServer::start(kind, &["-m", "-1"]);
    let cli = Cli::new();
    let url = srv.url();
    let base = subs_now(&srv).await;
    let upper = Proc::spawn(cli.rnats(&[
        "sub",
        "-s",
        &url,
        "tr.x",
        "--raw",
        "--count",
        "1",
        "--translate",
        "tr a-z A-Z",
    ]));
    let subject = Proc::spawn(cli.rnats(&[
        "sub",
        "-s",
        &url,
        "tr.x",
        "--raw",
        "--count",
        "1",
        "--translate",
        "echo {{Subject}}",
    ]));
    wait_subs(&srv, base + 2).await;
    let done = run(cli.rnats(&["pub", "-s", &url, "-q", "tr.x", "hello"]));
    assert_eq!(done.code, Some(0), "{}", done.err);
    assert_eq!(upper.finish().out, "HELLO\n");
    assert_eq!(subject.finish().out, "tr.x\n");
}
server_test!(sub_translate => sub_translate_rnats, sub_translate_reference);

async fn queue_sub(kind: Kind) {
    let srv = TestServer::start(kind, &["-m", "-1"]);
    let cli = Cli::new();
    let url = srv.url();
    let base = subs_now(&srv).await;
    let members: Vec<Proc> = (0..2)
        .map(|_| {
            Proc::spawn(cli.rnats(&[
                "sub", "-s", &url, "work", "--queue", "q", "--raw", "--wait", "3s",
            ]))
        })
        .collect();
    wait_subs(&srv, base + 2).await;
    let done = run(cli.rnats(&[
        "pub",
        "-s",
        &url,
        "work",
        "job {{Count}}",
        "--count",
        "10",
        "-q",
    ]));
    assert_eq!(done.code, Some(0), "{}", done.err);
    let mut all: Vec<String> = Vec::new();
    for m in members {
        let done = m.finish();
        assert_eq!(done.code, Some(0), "{}", done.err);
        all.extend(done.out.lines().map(str::to_string));
    }
    all.sort_by_key(|l| {
        l.trim_start_matches("job ")
            .parse::<u32>()
            .unwrap_or(u32::MAX)
    });
    let want: Vec<String> = (1..=10).map(|i| format!("job {i}")).collect();
    assert_eq!(all, want, "each message reaches exactly one queue member");
}
server_test!(queue_sub => queue_sub_rnats, queue_sub_reference);

async fn templates(kind: Kind) {
    let srv = TestServer::start(kind, &[]);
    let cli = Cli::new();
    let url = srv.url();
    let sub =
        Proc::spawn(cli.rnats(&["sub", "-s", &url, "tpl.*", "--count", "3", "--headers-only"]));
    sub.wait_stderr("Subscribing");
    let done = run(cli.rnats(&[
        "pub",
        "-s",
        &url,
        "tpl.{{Count}}",
        "n={{Count}} id={{ID}} r={{Random 4 4}} u={{Unix}}",
        "--count",
        "3",
        "-H",
        "Seq:{{Count}}",
    ]));
    assert_eq!(done.code, Some(0), "{}", done.err);
    assert_eq!(
        mask(&done.err),
        "[TIME] Published 49 bytes to \"tpl.1\"\n\
         [TIME] Published 49 bytes to \"tpl.2\"\n\
         [TIME] Published 49 bytes to \"tpl.3\"\n"
    );
    let done = sub.finish();
    assert_eq!(
        done.out,
        "[#1] Received on \"tpl.1\"\nSeq: 1\n\n\
         [#2] Received on \"tpl.2\"\nSeq: 2\n\n\
         [#3] Received on \"tpl.3\"\nSeq: 3\n\n"
    );

    let sub = Proc::spawn(cli.rnats(&["sub", "-s", &url, "tpl.body", "--count", "2"]));
    sub.wait_stderr("Subscribing");
    let done = run(cli.rnats(&[
        "pub",
        "-s",
        &url,
        "tpl.body",
        "{{Count}}:{{ID}}:{{Random 3 3}}",
        "-q",
    ]));
    assert_eq!(done.code, Some(0), "{}", done.err);
    let done2 = run(cli.rnats(&[
        "pub",
        "-s",
        &url,
        "tpl.body",
        "{{Count}}",
        "-q",
        "--no-templates",
    ]));
    assert_eq!(done2.code, Some(0), "{}", done2.err);
    let done = sub.finish();
    let lines: Vec<&str> = done.out.lines().collect();
    assert_eq!(lines.len(), 8, "{}", done.out);
    let parts: Vec<&str> = lines[1].split(':').collect();
    assert_eq!(parts[0], "1");
    assert_eq!(parts[1].len(), 22, "a NUID: {}", parts[1]);
    assert_eq!(parts[2].len(), 3);
    assert_eq!(lines[5], "{{Count}}");
}
server_test!(templates => templates_rnats, templates_reference);

async fn request_reply(kind: Kind) {
    let srv = TestServer::start(kind, &[]);
    let cli = Cli::new();
    let url = srv.url();
    let reply = Proc::spawn(cli.rnats(&[
        "reply",
        "-s",
        &url,
        "svc.>",
        "pong #{{Count}} to {{Request}}",
        "--count",
        "2",
    ]));
    reply.wait_stderr("Listening on");
    let done = run(cli.rnats(&["req", "-s", &url, "svc.a", "ping", "-H", "X:1"]));
    assert_eq!(done.code, Some(0), "{}", done.err);
    assert_eq!(done.out, "pong #0 to ping\n\n\n");
    assert_eq!(
        mask(&done.err),
        "[TIME] Sending request on \"svc.a\"\n[TIME] Received with rtt [RTT]\n"
    );
    let done = run(cli.nats(&["request", "-s", &url, "svc.b", "again", "--raw"]));
    assert_eq!(done.code, Some(0), "{}", done.err);
    assert_eq!(done.out, "pong #1 to again\n\n\n");
    assert_eq!(done.err, "");
    let done = reply.finish();
    assert_eq!(done.code, Some(0), "{}", done.err);
    assert_eq!(done.out, "\nping\n\nagain\n");
    assert_eq!(
        mask(&done.err),
        "[TIME] Listening on \"svc.>\" in group \"NATS-RPLY-22\"\n\
         [TIME] [#0] Received on subject \"svc.a\":\n\
         [TIME] X: 1\n\
         [TIME] [#1] Received on subject \"svc.b\":\n\
         [TIME] \nDraining...\n\
         [TIME] Exiting\n"
    );
}
server_test!(request_reply => request_reply_rnats, request_reply_reference);

async fn reply_echo_and_command(kind: Kind) {
    let srv = TestServer::start(kind, &[]);
    let cli = Cli::new();
    let url = srv.url();
    let echo = Proc::spawn(cli.rnats(&["reply", "-s", &url, "echo", "--count", "1"]));
    echo.wait_stderr("Listening on");
    assert!(echo
        .stderr_text()
        .contains("No body or command supplied, enabling echo mode"));
    let done = run(cli.rnats(&["req", "-s", &url, "echo", "hi there", "-H", "Trace:abc"]));
    assert_eq!(done.code, Some(0), "{}", done.err);
    assert_eq!(done.out, "hi there\n\n\n");
    assert_eq!(
        mask(&done.err),
        "[TIME] Sending request on \"echo\"\n\
         [TIME] Received with rtt [RTT]\n\
         [TIME] Trace: abc\n\
         [TIME] NATS-Reply-Counter: 0\n\
         [TIME] \n"
    );
    assert_eq!(echo.finish().code, Some(0));

    let cmd = Proc::spawn(cli.rnats(&[
        "reply",
        "-s",
        &url,
        "weather.>",
        "--command",
        "printf '%s|%s|%s|{{1}}|{{.Request}}' \"$NATS_REQUEST_SUBJECT\" \"$NATS_REQUEST_BODY\"",
        "--count",
        "1",
    ]));
    cmd.wait_stderr("Listening on");
    let done = run(cli.rnats(&["req", "-s", &url, "weather.london", "rain", "--raw"]));
    assert_eq!(done.code, Some(0), "{}", done.err);
    // The command runs without a shell: the quoted "$NATS_..." words arrive literally, the
    // variables are in its environment.
    assert_eq!(
        done.out,
        "$NATS_REQUEST_SUBJECT|$NATS_REQUEST_BODY||london|rain\n\n\n"
    );
    assert_eq!(cmd.finish().code, Some(0));

    let env = Proc::spawn(cli.rnats(&[
        "reply",
        "-s",
        &url,
        "env",
        "--command",
        "printenv NATS_REQUEST_BODY",
        "--count",
        "1",
    ]));
    env.wait_stderr("Listening on");
    let done = run(cli.rnats(&["req", "-s", &url, "env", "body text", "--raw"]));
    assert_eq!(done.out, "body text\n\n");
    assert_eq!(env.finish().code, Some(0));
}
server_test!(reply_echo_and_command => reply_echo_and_command_rnats, reply_echo_and_command_reference);

async fn no_responders(kind: Kind) {
    let srv = TestServer::start(kind, &[]);
    let cli = Cli::new();
    let done = run(cli.rnats(&["req", "-s", &srv.url(), "nobody.home", "x"]));
    assert_eq!(done.code, Some(0), "{}", done.err);
    assert_eq!(done.out, "");
    assert_eq!(
        mask(&done.err),
        "[TIME] Sending request on \"nobody.home\"\n[TIME] No responders are available\n"
    );
}
server_test!(no_responders => no_responders_rnats, no_responders_reference);

async fn multiple_replies(kind: Kind) {
    let srv = TestServer::start(kind, &[]);
    let cli = Cli::new();
    let url = srv.url();
    let a = Proc::spawn(cli.rnats(&["reply", "-s", &url, "many", "a", "-q", "qa", "--count", "1"]));
    let b = Proc::spawn(cli.rnats(&["reply", "-s", &url, "many", "b", "-q", "qb", "--count", "1"]));
    a.wait_stderr("Listening on");
    b.wait_stderr("Listening on");
    let done = run(cli.rnats(&[
        "req",
        "-s",
        &url,
        "many",
        "x",
        "--replies",
        "0",
        "--timeout",
        "2s",
        "--raw",
    ]));
    assert_eq!(done.code, Some(0), "{}", done.err);
    let mut got: Vec<&str> = done.out.lines().filter(|l| !l.is_empty()).collect();
    got.sort();
    assert_eq!(got, ["a", "b"]);
    assert_eq!(a.finish().code, Some(0));
    assert_eq!(b.finish().code, Some(0));
}
server_test!(multiple_replies => multiple_replies_rnats, multiple_replies_reference);

async fn dump(kind: Kind) {
    let srv = TestServer::start(kind, &["-m", "-1"]);
    let cli = Cli::new();
    let url = srv.url();
    let dir = tempfile::tempdir().expect("temp dir");
    let target = dir.path().join("msgs");
    let target_s = target.to_string_lossy().into_owned();
    let base = subs_now(&srv).await;
    let to_dir = Proc::spawn(cli.rnats(&[
        "sub", "-s", &url, "dump", "--dump", &target_s, "--count", "2",
    ]));
    let to_stdout = Proc::spawn(cli.rnats(&[
        "sub", "-s", &url, "dump", "--dump", "-", "--count", "2", "--inbox",
    ]));
    // --inbox with --dump - is refused, as natscli does.
    let refused = to_stdout.finish();
    assert_eq!(refused.code, Some(1));
    assert_eq!(
        refused.err,
        "nats: error: generating inboxes is not compatible with dumping to stdout using null terminated strings\n"
    );
    let to_stdout =
        Proc::spawn(cli.rnats(&["sub", "-s", &url, "dump", "--dump", "-", "--count", "2"]));
    // Neither prints the subscription line: wait for the server to count both.
    wait_subs(&srv, base + 2).await;
    for args in [
        &["dump", "a<b>&", "-H", "K:v"][..],
        &["dump", "", "--reply", "r.x"][..],
    ] {
        let mut full = vec!["pub", "-s", &url, "-q"];
        full.extend_from_slice(args);
        assert_eq!(run(cli.rnats(&full)).code, Some(0));
    }
    let done = to_dir.finish();
    assert_eq!(done.code, Some(0), "{}", done.err);
    let one = std::fs::read_to_string(target.join("1.json")).expect("1.json");
    let two = std::fs::read_to_string(target.join("2.json")).expect("2.json");
    assert_eq!(
        one,
        r#"{"Subject":"dump","Reply":"","Header":{"K":["v"]},"Data":"YTxiPiY=","Sub":null}"#
    );
    assert_eq!(
        two,
        r#"{"Subject":"dump","Reply":"r.x","Header":null,"Data":"","Sub":null}"#
    );
    let done = to_stdout.finish();
    assert_eq!(done.code, Some(0), "{}", done.err);
    let records: Vec<&[u8]> = done.raw_out.split(|b| *b == 0).collect();
    assert_eq!(records.len(), 3, "two NUL-terminated records");
    assert_eq!(records[0], one.as_bytes());
    assert_eq!(records[1], two.as_bytes());
    assert!(records[2].is_empty());
}
server_test!(dump => dump_rnats, dump_reference);

async fn match_replies(kind: Kind) {
    let srv = TestServer::start(kind, &[]);
    let cli = Cli::new();
    let url = srv.url();
    let watcher =
        Proc::spawn(cli.rnats(&["sub", "-s", &url, "svc", "--match-replies", "--count", "1"]));
    watcher.wait_stderr("Subscribing on svc");
    let reply = Proc::spawn(cli.rnats(&["reply", "-s", &url, "svc", "answer", "--count", "1"]));
    reply.wait_stderr("Listening on");
    let done = run(cli.rnats(&["req", "-s", &url, "svc", "question", "--raw"]));
    assert_eq!(done.out, "answer\n\n\n");
    let done = watcher.finish();
    assert_eq!(done.code, Some(0), "{}", done.err);
    assert_eq!(
        mask(&done.out),
        "[#1] Received on \"svc\" with reply \"_INBOX.[ID]\"\nquestion\n\n\n\
         [#1] Matched reply on \"_INBOX.[ID]\"\nanswer\n\n\n"
    );
    assert_eq!(
        mask(&done.err),
        "[TIME] Matching replies with inbox prefix _INBOX.>\n[TIME] Subscribing on svc \n"
    );
    assert_eq!(reply.finish().code, Some(0));
}
server_test!(match_replies => match_replies_rnats, match_replies_reference);

async fn rtt(kind: Kind) {
    let srv = TestServer::start(kind, &[]);
    let cli = Cli::new();
    let url = srv.url();
    let done = run(cli.rnats(&["rtt", "-s", &url, "2"]));
    assert_eq!(done.code, Some(0), "{}", done.err);
    let masked = mask(&done.out);
    let lines: Vec<&str> = masked.lines().collect();
    assert_eq!(lines[0], "nats://127.0.0.1:[PORT]:");
    assert_eq!(lines[1], "");
    assert!(
        lines[2].starts_with("   nats://127.0.0.1:[PORT]: ") && !lines[2].ends_with("failed"),
        "{}",
        lines[2]
    );
    assert_eq!(lines.len(), 4, "{masked}");
    let done = run(cli.rnats(&["rtt", "-s", &url, "--json", "1"]));
    let v: serde_json::Value = serde_json::from_str(&done.out).expect("rtt --json is JSON");
    assert_eq!(v[0]["url"], url.as_str());
    assert_eq!(v[0]["results"][0]["address"], url.as_str());
    assert!(
        v[0]["results"][0]["rtt"].as_u64().is_some_and(|n| n > 0),
        "{v}"
    );
    assert!(v[0]["results"][0]["time"].is_string());
}
server_test!(rtt => rtt_rnats, rtt_reference);

async fn context_round_trip(kind: Kind) {
    let srv = TestServer::start(kind, &[]);
    let cli = Cli::new();
    let url = srv.url();
    let done = run(cli.rnats(&["ctx", "ls"]));
    assert_eq!(done.out, "No known contexts\n");
    let done = run(cli.rnats(&[
        "context",
        "add",
        "local",
        "--server",
        &url,
        "--description",
        "Local server",
        "--select",
    ]));
    assert_eq!(done.code, Some(0), "{}", done.err);
    let path = cli.context_file("local");
    assert_eq!(
        mask(&done.out),
        format!(
            "NATS Configuration Context \"local\"\n\n\
             \x20 Description: Local server\n\
             \x20 Server URLs: nats://127.0.0.1:[PORT]\n\
             \x20        Path: {}\n\n",
            path.display()
        )
    );
    assert_eq!(
        std::fs::read_to_string(cli.config().join("nats/context.txt")).expect("context.txt"),
        "local"
    );
    // Commands now use the selected context.
    let sub = Proc::spawn(cli.rnats(&["sub", "ctx.test", "--count", "1"]));
    sub.wait_stderr("Subscribing");
    let done = run(cli.nats(&["pub", "ctx.test", "via context"]));
    assert_eq!(done.code, Some(0), "{}", done.err);
    assert_eq!(
        sub.finish().out,
        "[#1] Received on \"ctx.test\"\nvia context\n\n\n"
    );

    // An environment variable overrides the context; --no-context ignores it.
    let port = closed_port();
    let dead = format!("nats://127.0.0.1:{port}");
    let mut cmd = cli.rnats(&["pub", "x", "y"]);
    cmd.env("NATS_URL", &dead);
    let done = run(cmd);
    assert_eq!(done.code, Some(1));
    assert!(
        done.err.contains(&format!("127.0.0.1:{port}")),
        "{}",
        done.err
    );
    // Without the context the default URL is used (rtt lists its target even when it fails).
    let done = run(cli.rnats(&["rtt", "--no-context", "--json", "1"]));
    let v: serde_json::Value = serde_json::from_str(&done.out).expect("json");
    assert_eq!(v[0]["url"], "nats://127.0.0.1:4222");

    let done = run(cli.rnats(&["ctx", "add", "other", "--server", &dead]));
    assert_eq!(done.code, Some(0), "{}", done.err);
    let done = run(cli.rnats(&["ctx", "ls"]));
    assert_eq!(
        done.out,
        "╭───────────────────────╮\n\
         │    Known Contexts     │\n\
         ├────────┬──────────────┤\n\
         │ Name   │ Description  │\n\
         ├────────┼──────────────┤\n\
         │ local* │ Local server │\n\
         │ other  │              │\n\
         ╰────────┴──────────────╯\n"
    );
    let done = run(cli.rnats(&["ctx", "ls", "--names"]));
    assert_eq!(done.out, "local\nother\n");
    let done = run(cli.rnats(&["ctx", "select", "other"]));
    assert_eq!(done.code, Some(0), "{}", done.err);
    let done = run(cli.rnats(&["ctx", "-"]));
    assert_eq!(done.code, Some(0), "{}", done.err);
    assert!(
        done.out.starts_with("NATS Configuration Context \"local\""),
        "{}",
        done.out
    );
    let done = run(cli.rnats(&["ctx", "previous"]));
    assert!(
        done.out.starts_with("NATS Configuration Context \"other\""),
        "{}",
        done.out
    );
    let done = run(cli.rnats(&["ctx", "--context", "local", "info", "--json"]));
    let v: serde_json::Value = serde_json::from_str(&done.out).expect("json");
    assert_eq!(v["name"], "other", "info shows the selected context");
    let done = run(cli.rnats(&["ctx", "rm", "other"]));
    assert_eq!(
        done.err,
        "nats: error: cannot remove the selected context, select another one or use the unselect command\n"
    );
    let done = run(cli.rnats(&["ctx", "unselect"]));
    assert_eq!(done.out, "Unselected the \"other\" context\n");
    let done = run(cli.rnats(&["ctx", "unselect"]));
    assert_eq!(done.out, "No context currently selected\n");
    let done = run(cli.rnats(&["ctx", "rm", "other", "-f"]));
    assert_eq!(done.code, Some(0), "{}", done.err);
    let done = run(cli.rnats(&["ctx", "copy", "local", "copied", "--description", "Copy"]));
    assert_eq!(done.code, Some(0), "{}", done.err);
    let done = run(cli.rnats(&["ctx", "validate", "--connect"]));
    assert_eq!(done.code, Some(0), "{}\n{}", done.out, done.err);
    assert_eq!(
        done.out.matches("Connection: OK").count(),
        2,
        "{}",
        done.out
    );
    let done = run(cli.rnats(&["ctx", "ls", "--json"]));
    let v: serde_json::Value = serde_json::from_str(&done.out).expect("json");
    assert_eq!(v[0]["name"], "copied");
    assert_eq!(v[0]["description"], "Copy");
    assert_eq!(v[1]["name"], "local");
}
server_test!(context_round_trip => context_round_trip_rnats, context_round_trip_reference);

#[test]
fn context_written_by_natscli_is_read() {
    let cli = Cli::new();
    let dir = cli.config().join("nats/context");
    std::fs::create_dir_all(&dir).expect("mkdir");
    std::fs::copy(fixture("cli/natscli-context.json"), dir.join("fromgo.json")).expect("copy");
    std::fs::copy(
        fixture("cli/natscli-context-legacy.json"),
        dir.join("legacy.json"),
    )
    .expect("copy");
    std::fs::write(cli.config().join("nats/context.txt"), "fromgo\n").expect("select");

    let done = run(cli.rnats(&["ctx", "info"]));
    assert_eq!(done.code, Some(0), "{}", done.err);
    assert_eq!(
        done.out,
        format!(
            "NATS Configuration Context \"fromgo\"\n\n\
             \x20  Description: written by natscli & read by rnats\n\
             \x20  Server URLs: nats://127.0.0.1:4222\n\
             \x20     Username: alice\n\
             \x20     Password: ******\n\
             \x20 Inbox Prefix: _INBOX.alice\n\
             \x20         Path: {}\n\
             \x20 Color Scheme: blue\n\n",
            dir.join("fromgo.json").display()
        )
    );
    let done = run(cli.rnats(&["ctx", "info", "legacy", "--json"]));
    let v: serde_json::Value = serde_json::from_str(&done.out).expect("json");
    assert_eq!(v["url"], "nats://demo.invalid:4222");
    assert_eq!(v["token"], "legacy-token");
    assert_eq!(v["windows_ca_certs_match"], serde_json::Value::Null);
    assert_eq!(v["tls_first"], false);

    // The same settings written by rnats are byte-for-byte what natscli wrote.
    let done = run(cli.rnats(&[
        "ctx",
        "add",
        "fromrnats",
        "--server",
        "nats://127.0.0.1:4222",
        "--user",
        "alice",
        "--password",
        "s3cret",
        "--inbox-prefix",
        "_INBOX.alice",
        "--colors",
        "blue",
        "--description",
        "written by natscli & read by rnats",
    ]));
    assert_eq!(done.code, Some(0), "{}", done.err);
    let ours = std::fs::read(cli.context_file("fromrnats")).expect("written");
    let theirs = std::fs::read(fixture("cli/natscli-context.json")).expect("fixture");
    assert_eq!(
        String::from_utf8_lossy(&ours),
        String::from_utf8_lossy(&theirs)
    );
    let keys = |b: &[u8]| -> Vec<String> {
        let v: serde_json::Value = serde_json::from_slice(b).expect("json");
        v.as_object().expect("object").keys().cloned().collect()
    };
    assert_eq!(keys(&ours), keys(&theirs));
    use std::os::unix::fs::PermissionsExt as _;
    let mode = std::fs::metadata(cli.context_file("fromrnats"))
        .expect("meta")
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);
}

#[test]
fn context_edit_uses_editor() {
    let cli = Cli::new();
    let done = run(cli.rnats(&["ctx", "add", "e", "--server", "nats://a:1"]));
    assert_eq!(done.code, Some(0), "{}", done.err);
    let done = run(cli.rnats(&["ctx", "edit", "e"]));
    assert_eq!(done.code, Some(1));
    assert_eq!(
        done.err,
        "nats: error: set EDITOR environment variable to your chosen editor\n"
    );
    let mut cmd = cli.rnats(&["ctx", "edit", "e"]);
    cmd.env("EDITOR", "sed -i s|nats://a:1|nats://b:2|");
    let done = run(cmd);
    assert_eq!(done.code, Some(0), "{}", done.err);
    assert!(done.out.contains("Server URLs: nats://b:2"), "{}", done.out);
    let saved = std::fs::read_to_string(cli.context_file("e")).expect("file");
    assert!(saved.contains("\"url\": \"nats://b:2\""), "{saved}");
}

#[test]
fn connection_errors_are_one_line() {
    let cli = Cli::new();
    let port = closed_port();
    let url = format!("nats://127.0.0.1:{port}");
    for args in [
        &["pub", "-s", &url, "x", "y"][..],
        &["sub", "-s", &url, "x"][..],
        &["req", "-s", &url, "x", "y"][..],
        &["reply", "-s", &url, "x"][..],
    ] {
        for done in [run(cli.rnats(args)), run(cli.nats(args))] {
            assert_eq!(done.code, Some(1), "{args:?}");
            assert_eq!(done.out, "", "{args:?}");
            let lines: Vec<&str> = done.err.lines().collect();
            assert_eq!(lines.len(), 1, "{args:?}: {}", done.err);
            assert!(lines[0].starts_with("nats: error: "), "{}", lines[0]);
            assert!(
                lines[0].contains(&format!("127.0.0.1:{port}")),
                "{}",
                lines[0]
            );
        }
    }
}

#[test]
fn unsupported_flags_are_errors() {
    let cli = Cli::new();
    for (args, needle) in [
        (
            &["sub", "x", "--durable", "D"][..],
            "both subjects and a durable",
        ),
        (&["sub", "x", "--graph"][..], "--graph"),
        (&["sub"][..], "subject is required"),
        (&["sub", "x", "-t", "-d"][..], "mutually exclusive"),
        // natscli flags rnats lacks: the one refusal, exit code 2 (tests/cli_surface.rs).
        (
            &["server", "list", "--archive", "x.zip"][..],
            "`nats server list --archive` is not",
        ),
        (
            &["pub", "x", "y", "--socks-proxy", "socks5://h:1"][..],
            "`nats --socks-proxy` is not",
        ),
    ] {
        let done = run(cli.rnats(args));
        let code = if needle.contains("is not") { 2 } else { 1 };
        assert_eq!(done.code, Some(code), "{args:?}");
        assert!(
            done.err.starts_with("nats: error: ") && done.err.contains(needle),
            "{args:?}: {}",
            done.err
        );
        assert_eq!(done.err.lines().count(), 1, "{}", done.err);
    }
    let done = run(cli.rnats(&["pub", "x", "--tlscert", "/no/such/file"]));
    assert_eq!(done.code, Some(1));
    assert!(done.err.contains("/no/such/file"), "{}", done.err);
}

async fn interrupt_and_broken_pipe(kind: Kind) {
    let srv = TestServer::start(kind, &[]);
    let cli = Cli::new();
    let url = srv.url();
    let sub = Proc::spawn(cli.rnats(&["sub", "-s", &url, "intr"]));
    sub.wait_stderr("Subscribing");
    signal(sub.child.id(), "INT");
    let done = sub.finish();
    assert_eq!(done.code, Some(0), "Ctrl-C ends sub cleanly: {}", done.err);
    assert_eq!(mask(&done.err), "[TIME] Subscribing on intr \n");

    let reply = Proc::spawn(cli.rnats(&["reply", "-s", &url, "intr", "x"]));
    reply.wait_stderr("Listening on");
    signal(reply.child.id(), "INT");
    let done = reply.finish();
    assert_eq!(done.code, Some(0), "{}", done.err);
    assert!(done.err.ends_with("Exiting\n"), "{}", done.err);

    // A reader that goes away: the next write fails with EPIPE and sub exits quietly.
    let mut cmd = cli.rnats(&["sub", "-s", &url, "pipe"]);
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut stderr = child.stderr.take().expect("stderr");
    let mut first = [0u8; 9];
    stderr.read_exact(&mut first).expect("subscribing line");
    drop(child.stdout.take());
    for i in 0..3 {
        let done = run(cli.rnats(&["pub", "-s", &url, "pipe", &format!("m{i}"), "-q"]));
        assert_eq!(done.code, Some(0));
    }
    let deadline = Instant::now() + WAIT;
    let status = loop {
        if let Some(s) = child.try_wait().expect("try_wait") {
            break s;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("sub kept running after its stdout closed");
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    let mut rest = String::new();
    let _ = stderr.read_to_string(&mut rest);
    assert_eq!(status.code(), Some(0), "{rest}");
    assert!(!rest.contains("error"), "{rest}");
}
server_test!(interrupt_and_broken_pipe => interrupt_and_broken_pipe_rnats, interrupt_and_broken_pipe_reference);

/// A command that prints with `println!` (`stream add` shows the new stream's info) into a
/// pipe nobody reads any more ends quietly: exit 0, no panic report (natscli dies of SIGPIPE
/// without a word).
#[test]
fn println_into_a_closed_pipe_is_quiet() {
    let srv = TestServer::start(Kind::Rnats, &["-js"]);
    let cli = Cli::new();
    let (reader, writer) = std::io::pipe().expect("pipe");
    drop(reader);
    let out = cli
        .rnats(&[
            "stream",
            "add",
            "P",
            "--subjects",
            "p",
            "--defaults",
            "-s",
            &srv.url(),
        ])
        .stdin(Stdio::null())
        .stdout(writer)
        .output()
        .expect("run stream add");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    let done = run(cli.rnats(&["stream", "info", "P", "--json", "-s", &srv.url()]));
    assert_eq!(done.code, Some(0), "the stream was created: {}", done.err);
}

/// Waits until `proc`'s stderr has `n` lines containing `needle`.
fn wait_stderr_count(proc: &Proc, needle: &str, n: usize) {
    let deadline = Instant::now() + WAIT;
    while proc.stderr_text().matches(needle).count() < n {
        assert!(
            Instant::now() < deadline,
            "fewer than {n} {needle:?} on stderr within {WAIT:?}:\n{}",
            proc.stderr_text()
        );
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// Whether `line` is `<prefix>1,234 msgs/sec ~ 1.20 MiB/sec<suffix>` (natscli's rate shape).
fn is_rate_line(line: &str, prefix: &str, suffix: &str) -> bool {
    let Some(rest) = line
        .strip_prefix(prefix)
        .and_then(|r| r.strip_suffix(suffix))
    else {
        return false;
    };
    let Some((rate, tput)) = rest.split_once(" msgs/sec ~ ") else {
        return false;
    };
    let units = ["B/sec", "KiB/sec", "MiB/sec", "GiB/sec"];
    !rate.is_empty()
        && rate.chars().all(|c| c.is_ascii_digit() || c == ',')
        && tput
            .split_once(' ')
            .is_some_and(|(n, u)| n.parse::<f64>().is_ok() && n.contains('.') && units.contains(&u))
}

/// Checks a bench report: the `LABEL stats:` line, then one `[i] ... (N msgs)` line per
/// client and the min/avg/max line when there are several.
fn assert_bench_report(out: &str, label: &str, counts: &[u64]) {
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.first(), Some(&""), "{out}");
    assert!(
        is_rate_line(lines[1], &format!("{label} stats: "), ""),
        "{out}"
    );
    if counts.len() > 1 {
        for (i, n) in counts.iter().enumerate() {
            assert!(
                is_rate_line(
                    lines[2 + i],
                    &format!(" [{}] ", i + 1),
                    &format!(" ({n} msgs)")
                ),
                "client {i}: {out}"
            );
        }
        let stats = lines[2 + counts.len()];
        assert!(
            stats.starts_with(" min ") && stats.contains(" | avg ") && stats.ends_with(" msgs"),
            "{out}"
        );
    }
}

/// The `(N msgs)` counts of a report's client lines.
fn bench_client_counts(out: &str) -> Vec<u64> {
    out.lines()
        .filter_map(|l| l.rsplit_once(" (")?.1.strip_suffix(" msgs)")?.parse().ok())
        .collect()
}

async fn bench_pub_sub(kind: Kind) {
    let srv = TestServer::start(kind, &[]);
    let cli = Cli::new();
    let url = srv.url();
    let sub = Proc::spawn(cli.rnats(&[
        "bench",
        "sub",
        "bench.e2e",
        "-s",
        &url,
        "--msgs",
        "1000",
        "--clients",
        "2",
        "--no-progress",
    ]));
    wait_stderr_count(&sub, "Starting subscriber, expecting 1,000 messages", 2);
    let csv = cli.config().join("pub.csv");
    let csv_arg = csv.to_string_lossy().into_owned();
    let done = run(cli.rnats(&[
        "bench",
        "pub",
        "bench.e2e",
        "-s",
        &url,
        "--msgs",
        "1000",
        "--clients",
        "2",
        "--size",
        "16B",
        "--no-progress",
        "--csv",
        &csv_arg,
    ]));
    assert_eq!(done.code, Some(0), "{}", done.err);
    assert_eq!(
        mask(&done.err),
        "[TIME] Starting Core NATS publish benchmark [clients=2, msg-size=16 B, msgs=1,000, \
         multi-subject=false, multi-subject-max=100,000, sleep=0s, subject=bench.e2e]\n\
         [TIME] Starting publisher, publishing 500 messages\n\
         [TIME] Starting publisher, publishing 500 messages\n"
    );
    assert_bench_report(&done.out, "Pub", &[500, 500]);
    assert_eq!(
        done.out.lines().last(),
        Some(format!("Saved metric data in csv file {csv_arg}").as_str())
    );
    let rows = std::fs::read_to_string(&csv).expect("csv written");
    let rows: Vec<Vec<&str>> = rows.lines().map(|l| l.split(',').collect()).collect();
    assert_eq!(
        rows[0],
        [
            "#RunID",
            "ClientID",
            "MsgCount",
            "MsgBytes",
            "MsgsPerSec",
            "BytesPerSec",
            "DurationSecs"
        ]
    );
    assert_eq!(rows.len(), 3);
    assert_eq!(&rows[1][1..4], ["P0", "500", "8000"]);
    assert_eq!(&rows[2][1..4], ["P1", "500", "8000"]);

    let done = sub.finish();
    assert_eq!(done.code, Some(0), "{}", done.err);
    assert_bench_report(&done.out, "Sub", &[1000, 1000]);
    assert!(done.err.contains(
        "Starting Core NATS subscribe benchmark [clients=2, msg-size=128 B, msgs=1,000, \
         multi-subject=false, subject=bench.e2e]"
    ));
}
server_test!(bench_pub_sub => bench_pub_sub_rnats, bench_pub_sub_reference);

async fn bench_queue_group(kind: Kind) {
    let srv = TestServer::start(kind, &[]);
    let cli = Cli::new();
    let url = srv.url();
    let sub = Proc::spawn(cli.rnats(&[
        "bench",
        "sub",
        "bench.q",
        "-s",
        &url,
        "--msgs",
        "900",
        "--clients",
        "3",
        "--queue",
        "workers",
        "--no-progress",
    ]));
    wait_stderr_count(&sub, "Starting subscriber", 3);
    let done = run(cli.rnats(&[
        "bench",
        "pub",
        "bench.q",
        "-s",
        &url,
        "--msgs",
        "900",
        "--size",
        "1KB",
        "--no-progress",
    ]));
    assert_eq!(done.code, Some(0), "{}", done.err);
    assert_bench_report(&done.out, "Pub", &[900]);
    let done = sub.finish();
    assert_eq!(done.code, Some(0), "{}", done.err);
    let counts = bench_client_counts(&done.out);
    assert_eq!(counts.iter().sum::<u64>(), 900, "{}", done.out);
    assert_bench_report(&done.out, "Sub", &counts);
}
server_test!(bench_queue_group => bench_queue_group_rnats, bench_queue_group_reference);

async fn bench_service(kind: Kind) {
    let srv = TestServer::start(kind, &[]);
    let cli = Cli::new();
    let url = srv.url();
    let serve = Proc::spawn(cli.rnats(&[
        "bench",
        "service",
        "serve",
        "bench.svc",
        "-s",
        &url,
        "--clients",
        "2",
    ]));
    wait_stderr_count(&serve, "Starting replier, hit control-c to stop", 2);
    let done = run(cli.rnats(&[
        "bench",
        "service",
        "request",
        "bench.svc",
        "-s",
        &url,
        "--msgs",
        "200",
        "--clients",
        "2",
        "--no-progress",
    ]));
    assert_eq!(done.code, Some(0), "{}", done.err);
    assert_bench_report(&done.out, "Pub", &[100, 100]);
    let latency = done
        .out
        .lines()
        .find(|l| l.starts_with("Latency (us): "))
        .unwrap_or_else(|| panic!("no latency line: {}", done.out));
    let names: Vec<&str> = latency["Latency (us): ".len()..]
        .split(" | ")
        .map(|part| {
            let (name, value) = part.split_once(' ').expect("name value");
            assert!(value.parse::<f64>().is_ok_and(|v| v > 0.0), "{latency}");
            name
        })
        .collect();
    assert_eq!(names, ["min", "avg", "max", "P50", "P90", "P99", "P99.9"]);
    signal(serve.child.id(), "TERM");
    let done = serve.finish();
    assert_eq!(done.code, Some(0), "{}", done.err);
    assert!(done.err.contains("Served 200 requests"), "{}", done.err);
}
server_test!(bench_service => bench_service_rnats, bench_service_reference);

#[test]
fn bench_refuses_jetstream() {
    let cli = Cli::new();
    let done = run(cli.rnats(&["bench", "oldjs", "ordered", "x"]));
    assert_eq!(done.code, Some(2));
    assert_eq!(
        done.err,
        "nats: error: `nats bench oldjs ordered` is not supported by rnats yet\n"
    );
    let done = run(cli.rnats(&["bench", "pub", "x", "--msgs", "0"]));
    assert_eq!(done.code, Some(1));
    assert!(
        done.err
            .contains("number of messages should be greater than 0"),
        "{}",
        done.err
    );
}
