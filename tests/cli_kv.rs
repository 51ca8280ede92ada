//! `nats kv` end to end (issue 13): the real binary, stdin not a terminal, against rnats and
//! the reference nats-server (twins), each with JetStream on a temporary store.
//!
//! - [`kv_commands`]: natscli's commands and outputs, binary values from stdin, CAS conflicts
//!   of `create` and `update`, deletes, history, revert, purge, compact, bucket removal.
//! - [`kv_interop`]: a bucket written by async-nats read by the CLI, and the other way round.
//! - [`kv_watch`]: `kv watch` prints the initial values in revision order, then updates; the
//!   protocol crate's watcher reports the end of the initial data after the last one (and at
//!   once for an empty bucket).
//! - [`kv_ttl`]: a bucket TTL expires values; a per-key TTL (`create --ttl` and `put --ttl` on a
//!   bucket with `--marker-ttl`) expires its key, leaving a limit marker.
//! - [`kv_bench`]: `bench kv put` and `bench kv get` on the default bucket.
//! - [`kv_mirror_and_source`]: `add --mirror` and `add --source` buckets follow their origin,
//!   `edit --source` adds a source and `edit --no-mirror` makes a mirror a bucket of its own;
//!   the mirror is read (and written through) with the origin's keys, as nats.go does.

use std::io::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use bytes::Bytes;
use futures::StreamExt as _;

use crate::util::{server_test, Kind, TestServer};

const RNATS: &str = env!("CARGO_BIN_EXE_rnats");
/// Upper bound for one CLI command.
const CLI_TIMEOUT: Duration = Duration::from_secs(60);

/// What one CLI run produced.
pub struct Out {
    /// Exit code.
    pub code: i32,
    /// Standard output, raw.
    pub stdout: Vec<u8>,
    /// Standard error as text.
    pub stderr: String,
}

impl Out {
    /// Standard output as text.
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.stdout).into_owned()
    }

    /// Panics with the output unless the command succeeded.
    #[track_caller]
    pub fn ok(self) -> Out {
        assert_eq!(
            self.code,
            0,
            "stdout: {}\nstderr: {}",
            self.text(),
            self.stderr
        );
        self
    }
}

/// A JetStream server on a temporary store.
pub fn start_js(kind: Kind) -> (TestServer, tempfile::TempDir) {
    let store = tempfile::tempdir().expect("store dir");
    let s = TestServer::start(
        kind,
        &["-js", "-sd", store.path().to_str().expect("utf-8 path")],
    );
    (s, store)
}

/// Runs `rnats -s URL ARGS` in `dir` with `stdin` (no terminal, no `NATS_*` variables, a
/// private config home), bounded by [`CLI_TIMEOUT`].
pub fn nats_in(dir: &Path, url: &str, args: &[&str], stdin: &[u8]) -> Out {
    let mut cmd = Command::new(RNATS);
    cmd.arg("-s").arg(url).args(args).current_dir(dir);
    for (k, _) in std::env::vars_os() {
        if k.to_string_lossy().starts_with("NATS_") {
            cmd.env_remove(k);
        }
    }
    let mut child = cmd
        .env("XDG_CONFIG_HOME", dir)
        .env("HOME", dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run rnats");
    let mut input = child.stdin.take().expect("stdin");
    let data = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let deadline = Instant::now() + CLI_TIMEOUT;
    while child.try_wait().expect("wait").is_none() {
        if Instant::now() >= deadline {
            let _ = child.kill();
            panic!("rnats {args:?} still running after {CLI_TIMEOUT:?}");
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    let _ = writer.join();
    let out = child.wait_with_output().expect("output");
    Out {
        code: out.status.code().unwrap_or(-1),
        stdout: out.stdout,
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Runs the CLI with empty stdin.
pub fn nats(dir: &Path, url: &str, args: &[&str]) -> Out {
    nats_in(dir, url, args, b"")
}

/// Every byte value, twice: binary data that is neither UTF-8 nor printable.
fn binary_value() -> Vec<u8> {
    (0..512u32).map(|i| (i % 256) as u8).collect()
}

async fn kv_commands(kind: Kind) {
    let (s, dir) = start_js(kind);
    let url = s.url();
    let d = dir.path();
    let run = |args: &[&str]| nats(d, &url, args);

    let out = run(&[
        "kv",
        "add",
        "CFG",
        "--history",
        "5",
        "--description",
        "test",
    ])
    .ok();
    let text = out.text();
    assert!(
        text.starts_with("Information for Key-Value Store Bucket CFG created "),
        "{text}"
    );
    for line in [
        "Bucket Name: CFG",
        "History Kept: 5",
        "Values Stored: 0",
        "Backing Store Kind: JetStream",
        "Description: test",
        "Maximum Bucket Size: unlimited",
        "JetStream Stream: KV_CFG",
        "Storage: File",
    ] {
        assert!(text.contains(line), "{line} missing in\n{text}");
    }

    // Values from the argument and, binary, from stdin.
    assert_eq!(run(&["kv", "put", "CFG", "a", "one"]).ok().text(), "one\n");
    run(&["kv", "put", "CFG", "a", "two"]).ok();
    let bin = binary_value();
    assert_eq!(
        nats_in(d, &url, &["kv", "put", "CFG", "bin"], &bin)
            .ok()
            .text(),
        "\n"
    );
    assert_eq!(run(&["kv", "get", "CFG", "bin", "--raw"]).ok().stdout, bin);
    let got = run(&["kv", "get", "CFG", "a"]).ok().text();
    assert!(got.starts_with("CFG > a revision: 2 created @ "), "{got}");
    assert!(got.ends_with("\n\ntwo\n\n"), "{got:?}");
    assert_eq!(
        run(&["kv", "get", "CFG", "a", "--revision", "1", "--raw"])
            .ok()
            .stdout,
        b"one"
    );
    // A revision of another key is not this key's.
    let e = run(&["kv", "get", "CFG", "a", "--revision", "3"]);
    assert_eq!(e.code, 1);
    assert_eq!(e.stderr.trim(), "nats: error: nats: key not found");

    // Compare-and-set: create on an existing key, update with a stale revision.
    let e = run(&["kv", "create", "CFG", "a", "x"]);
    assert_eq!(
        (e.code, e.stderr.trim()),
        (1, "nats: error: nats: key exists")
    );
    let e = run(&["kv", "update", "CFG", "a", "x", "1"]);
    assert_eq!(e.code, 1);
    assert!(e.stderr.contains("wrong last sequence: 2"), "{}", e.stderr);
    assert_eq!(
        run(&["kv", "update", "CFG", "a", "three", "2"]).ok().text(),
        "three\n"
    );
    assert_eq!(
        run(&["kv", "get", "CFG", "a", "--raw"]).ok().stdout,
        b"three"
    );

    // Delete keeps history; create works again after a delete.
    let e = run(&["kv", "del", "CFG", "a"]);
    assert_eq!(e.code, 1, "no confirmation without a terminal");
    run(&["kv", "del", "CFG", "a", "-f"]).ok();
    let e = run(&["kv", "get", "CFG", "a"]);
    assert_eq!(
        (e.code, e.stderr.trim()),
        (1, "nats: error: nats: key not found")
    );
    run(&["kv", "create", "CFG", "a", "four"]).ok();
    let hist = run(&["kv", "history", "CFG", "a"]).ok().text();
    assert!(hist.contains("History for CFG > a"), "{hist}");
    let ops: Vec<&str> = hist
        .lines()
        .filter(|l| l.starts_with("│ a "))
        .map(|l| l.split('│').nth(3).map(str::trim).unwrap_or_default())
        .collect();
    assert_eq!(ops, ["PUT", "PUT", "PUT", "DELETE", "PUT"], "{hist}");

    // Revert to revision 1 writes its value as a new revision.
    run(&["kv", "revert", "CFG", "a", "1", "-f"]).ok();
    assert_eq!(run(&["kv", "get", "CFG", "a", "--raw"]).ok().stdout, b"one");

    // Keys, filtered keys, buckets.
    run(&["kv", "put", "CFG", "x.y", "z"]).ok();
    let mut keys: Vec<String> = run(&["kv", "ls", "CFG"])
        .ok()
        .text()
        .lines()
        .map(str::to_string)
        .collect();
    keys.sort();
    assert_eq!(keys, ["a", "bin", "x.y"]);
    assert_eq!(run(&["kv", "ls", "CFG", "x.*"]).ok().text(), "x.y\n");
    assert_eq!(run(&["kv", "ls", "--names"]).ok().text(), "CFG\n");
    let ls = run(&["kv", "ls"]).ok().text();
    assert!(
        ls.contains("Key-Value Buckets") && ls.contains("│ CFG "),
        "{ls}"
    );

    // Purge drops the history; compact removes the purged key entirely.
    run(&["kv", "purge", "CFG", "x.y", "-f"]).ok();
    let hist = run(&["kv", "history", "CFG", "x.y"]).ok().text();
    assert_eq!(hist.matches("│ x.y ").count(), 1, "{hist}");
    assert!(hist.contains("PURGE"), "{hist}");
    run(&["kv", "compact", "CFG", "-f"]).ok();
    let info = run(&["kv", "info", "CFG"]).ok().text();
    assert!(info.contains("Values Stored: "), "{info}");

    // Bad input: a clear one-line error, non-zero exit.
    let e = run(&["kv", "get", "NOPE", "a"]);
    assert_eq!(
        (e.code, e.stderr.trim()),
        (1, "nats: error: nats: bucket not found")
    );
    let e = run(&["kv", "put", "CFG", "bad key", "v"]);
    assert_eq!(
        (e.code, e.stderr.trim()),
        (1, "nats: error: nats: invalid key")
    );
    let e = run(&["kv", "add", "X", "--history", "65"]);
    assert_eq!(e.code, 1);
    assert!(e.stderr.contains("--history"), "{}", e.stderr);
    // natscli has `--no-mirror` on `edit` only.
    let e = run(&["kv", "add", "X", "--no-mirror"]);
    assert_eq!(e.code, 1);
    assert!(e.stderr.contains("--no-mirror"), "{}", e.stderr);

    // Edit, then remove the bucket.
    let info = run(&["kv", "edit", "CFG", "--history", "7"]).ok().text();
    assert!(info.contains("History Kept: 7"), "{info}");
    run(&["kv", "rm", "CFG", "-f"]).ok();
    assert_eq!(
        run(&["kv", "ls"]).ok().text(),
        "No Key-Value buckets found\n"
    );
}
server_test!(kv_commands => kv_commands_rnats, kv_commands_reference);

async fn kv_interop(kind: Kind) {
    let (s, dir) = start_js(kind);
    let url = s.url();
    let d = dir.path();
    let client = s.client().await;
    let js = async_nats::jetstream::new(client);

    // async-nats writes, the CLI reads.
    let kv = js
        .create_key_value(async_nats::jetstream::kv::Config {
            bucket: "FROMRS".into(),
            history: 3,
            ..Default::default()
        })
        .await
        .expect("create bucket");
    let bin = binary_value();
    kv.put("k1", Bytes::from(bin.clone())).await.expect("put");
    kv.put("k2", "v1".into()).await.expect("put");
    kv.put("k2", "v2".into()).await.expect("put");
    kv.delete("k2").await.expect("delete");
    assert_eq!(
        nats(d, &url, &["kv", "get", "FROMRS", "k1", "--raw"])
            .ok()
            .stdout,
        bin
    );
    let e = nats(d, &url, &["kv", "get", "FROMRS", "k2"]);
    assert_eq!(e.code, 1, "deleted key");
    assert_eq!(
        nats(
            d,
            &url,
            &["kv", "get", "FROMRS", "k2", "--revision", "3", "--raw"]
        )
        .ok()
        .stdout,
        b"v2"
    );
    assert_eq!(nats(d, &url, &["kv", "ls", "FROMRS"]).ok().text(), "k1\n");
    let info = nats(d, &url, &["kv", "info", "FROMRS"]).ok().text();
    assert!(info.contains("History Kept: 3"), "{info}");

    // The CLI writes, async-nats reads.
    nats(d, &url, &["kv", "add", "FROMCLI", "--history", "2"]).ok();
    nats_in(d, &url, &["kv", "put", "FROMCLI", "bin"], &bin).ok();
    nats(d, &url, &["kv", "put", "FROMCLI", "a.b", "x"]).ok();
    nats(d, &url, &["kv", "update", "FROMCLI", "a.b", "y", "2"]).ok();
    nats(d, &url, &["kv", "purge", "FROMCLI", "bin", "-f"]).ok();
    let kv = js.get_key_value("FROMCLI").await.expect("bucket");
    let status = kv.status().await.expect("status");
    assert_eq!(status.history(), 2);
    let e = kv.entry("a.b").await.expect("entry").expect("present");
    assert_eq!((e.value.as_ref(), e.revision), (b"y".as_ref(), 3));
    assert_eq!(
        kv.entry("bin").await.expect("entry").map(|e| e.operation),
        Some(async_nats::jetstream::kv::Operation::Purge)
    );
    let hist: Vec<_> = kv
        .history("a.b")
        .await
        .expect("history")
        .map(|e| e.expect("entry").value)
        .collect()
        .await;
    assert_eq!(hist, [Bytes::from("x"), Bytes::from("y")]);
    let e = kv.create("a.b", "z".into()).await;
    assert!(e.is_err(), "async-nats sees the CLI's value");
}
server_test!(kv_interop => kv_interop_rnats, kv_interop_reference);

async fn kv_watch(kind: Kind) {
    use rnats_proto::jetstream::kv::{self as pkv, WatchEvent, WatchOptions};

    let (s, dir) = start_js(kind);
    let url = s.url();
    let d = dir.path();
    nats(d, &url, &["kv", "add", "W", "--history", "10"]).ok();
    // The protocol crate's watcher: an empty bucket ends its initial data at once.
    let client =
        rnats_proto::client::connect(rnats_proto::client::ConnectOptions::with_server(&url))
            .await
            .expect("connect");
    let js = rnats_proto::jetstream::JetStream::new(client);
    let store = pkv::bucket(&js, "W").await.expect("bucket");
    let mut w = store
        .watch(">", WatchOptions::default())
        .await
        .expect("watch");
    assert_eq!(
        w.next().await.expect("event"),
        Some(WatchEvent::EndOfInitialData)
    );
    w.stop().await;

    for (k, v) in [("a", "1"), ("b", "1"), ("a", "2"), ("c", "1")] {
        nats(d, &url, &["kv", "put", "W", k, v]).ok();
    }
    // Last value per key in revision order (b@2, a@3, c@4), then the marker, then updates.
    let mut w = store
        .watch(">", WatchOptions::default())
        .await
        .expect("watch");
    let mut seen = Vec::new();
    while let WatchEvent::Entry(e) = w.next().await.expect("event").expect("open") {
        seen.push((e.key, e.revision));
    }
    assert_eq!(
        seen,
        [
            ("b".to_string(), 2),
            ("a".to_string(), 3),
            ("c".to_string(), 4)
        ]
    );
    store.put("d", "1".into()).await.expect("put");
    match w.next().await.expect("event") {
        Some(WatchEvent::Entry(e)) => assert_eq!((e.key.as_str(), e.revision), ("d", 5)),
        other => panic!("{other:?}"),
    }
    w.stop().await;

    // `kv watch` prints the same order, then live updates.
    let mut child = Command::new(RNATS)
        .args(["-s", &url, "kv", "watch", "W"])
        .env("XDG_CONFIG_HOME", d)
        .env("HOME", d)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("watch");
    let stdout = child.stdout.take().expect("stdout");
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        use std::io::BufRead as _;
        for line in std::io::BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let mut lines = Vec::new();
    let next = |lines: &mut Vec<String>| {
        let l = rx
            .recv_timeout(Duration::from_secs(10))
            .expect("watch output");
        lines.push(l);
    };
    for _ in 0..4 {
        next(&mut lines);
    }
    nats(d, &url, &["kv", "del", "W", "b", "-f"]).ok();
    nats(d, &url, &["kv", "put", "W", "e", "new"]).ok();
    next(&mut lines);
    next(&mut lines);
    let _ = child.kill();
    let _ = child.wait();
    let tails: Vec<&str> = lines
        .iter()
        .map(|l| l.split_once("] ").map_or(l.as_str(), |(_, t)| t))
        .collect();
    assert_eq!(
        tails,
        [
            "PUT W > b: 1",
            "PUT W > a: 2",
            "PUT W > c: 1",
            "PUT W > d: 1",
            "DELETE W > b",
            "PUT W > e: new"
        ]
    );
}
server_test!(kv_watch => kv_watch_rnats, kv_watch_reference);

async fn kv_ttl(kind: Kind) {
    let (s, dir) = start_js(kind);
    let url = s.url();
    let d = dir.path();
    let info = nats(d, &url, &["kv", "add", "T", "--ttl", "1s"])
        .ok()
        .text();
    assert!(info.contains("Maximum Age: 1.00s"), "{info}");
    nats(d, &url, &["kv", "put", "T", "k", "v"]).ok();
    assert_eq!(
        nats(d, &url, &["kv", "get", "T", "k", "--raw"]).ok().stdout,
        b"v"
    );
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        tokio::time::sleep(Duration::from_millis(250)).await;
        let e = nats(d, &url, &["kv", "get", "T", "k"]);
        if e.code == 1 {
            assert_eq!(e.stderr.trim(), "nats: error: nats: key not found");
            break;
        }
        assert!(Instant::now() < deadline, "value did not expire");
    }

    // Per-key TTLs need limit markers (`--marker-ttl`); the expired key leaves a marker that
    // the client reads as a purge.
    let add = nats(d, &url, &["kv", "add", "M", "--marker-ttl", "1s"]);
    let info = add.ok().text();
    assert!(info.contains("Per-Key TTL Supported: true"), "{info}");
    assert!(info.contains("Limit Marker TTL: 1.00s"), "{info}");
    nats(d, &url, &["kv", "create", "M", "k", "v", "--ttl", "1s"]).ok();
    assert_eq!(
        nats(d, &url, &["kv", "get", "M", "k", "--raw"]).ok().stdout,
        b"v"
    );
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        tokio::time::sleep(Duration::from_millis(250)).await;
        let e = nats(d, &url, &["kv", "get", "M", "k"]);
        if e.code == 1 {
            assert_eq!(e.stderr.trim(), "nats: error: nats: key not found");
            break;
        }
        assert!(Instant::now() < deadline, "key TTL did not expire");
    }
}
server_test!(kv_ttl => kv_ttl_rnats, kv_ttl_reference);

async fn kv_bench(kind: Kind) {
    let (s, dir) = start_js(kind);
    let url = s.url();
    let d = dir.path();
    let put = nats(
        d,
        &url,
        &[
            "bench",
            "kv",
            "put",
            "--msgs",
            "200",
            "--clients",
            "2",
            "--no-progress",
        ],
    )
    .ok();
    assert!(
        put.stderr
            .contains("Starting JetStream KV putter benchmark [bucket=benchbucket"),
        "{}",
        put.stderr
    );
    assert!(put.text().contains("Pub stats: "), "{}", put.text());
    // The keys 0..199 are there for `kv get` and for the CLI.
    assert_eq!(
        nats(d, &url, &["kv", "get", "benchbucket", "199", "--raw"])
            .ok()
            .stdout
            .len(),
        128
    );
    let get = nats(
        d,
        &url,
        &["bench", "kv", "get", "--msgs", "200", "--no-progress"],
    )
    .ok();
    assert!(get.text().contains("Sub stats: "), "{}", get.text());
    // A key that is not there fails the run clearly.
    let e = nats(
        d,
        &url,
        &["bench", "kv", "get", "--msgs", "201", "--no-progress"],
    );
    assert_eq!(e.code, 1);
    assert!(
        e.stderr.contains("getting key '200': nats: key not found"),
        "{}",
        e.stderr
    );
    // --throughput paces the puts (40 at 100/s over 2 clients: at least ~0.4 s), --duration
    // derives the count from it (100/s for 0.3 s: 30 puts, keys 0..29).
    let paced_args = [
        "bench",
        "kv",
        "put",
        "--msgs",
        "40",
        "--clients",
        "2",
        "--throughput",
        "100",
        "--purge",
        "--no-progress",
    ];
    let mut t0 = Instant::now();
    let mut paced = nats(d, &url, &paced_args);
    // `--purge` deletes the bucket and creates it again at once, as natscli does; nats-server
    // 2.14 now and then refuses the new store while the old one is still going (10049, seen
    // once in CI on a loaded machine). Not a CLI matter: that side gets one more try.
    if kind == Kind::Reference && paced.stderr.contains("(10049)") {
        tokio::time::sleep(Duration::from_millis(200)).await;
        t0 = Instant::now();
        paced = nats(d, &url, &paced_args);
    }
    let paced = paced.ok();
    assert!(
        t0.elapsed() >= Duration::from_millis(380),
        "{:?}",
        t0.elapsed()
    );
    assert!(paced.stderr.contains("throughput=100"), "{}", paced.stderr);
    let timed = nats(
        d,
        &url,
        &[
            "bench",
            "kv",
            "put",
            "--throughput",
            "100",
            "--duration",
            "300ms",
            "--purge",
            "--no-progress",
        ],
    )
    .ok();
    assert!(
        timed.stderr.contains("duration=300ms") && timed.stderr.contains("msgs=30,"),
        "{}",
        timed.stderr
    );
    assert!(timed.text().contains("Pub stats: "), "{}", timed.text());
    let keys = nats(d, &url, &["kv", "ls", "benchbucket"]).ok();
    assert_eq!(keys.text().lines().count(), 30, "{}", keys.text());
    for (args, err) in [
        (
            &["bench", "kv", "put", "--duration", "1s"][..],
            "--duration requires --throughput to be set",
        ),
        (
            &[
                "bench",
                "kv",
                "put",
                "--throughput",
                "1",
                "--duration",
                "100ms",
            ][..],
            "the combination of --throughput=1 and --duration=100ms results in zero messages",
        ),
    ] {
        let e = nats(d, &url, args);
        assert_eq!(e.code, 1);
        assert!(e.stderr.contains(err), "{}", e.stderr);
    }
}
server_test!(kv_bench => kv_bench_rnats, kv_bench_reference);

/// Polls `kv get BUCKET KEY --raw` until it prints `want` (mirrors and sources copy
/// asynchronously), for at most 15 s.
fn wait_value(d: &Path, url: &str, bucket: &str, key: &str, want: &str) {
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let out = nats(d, url, &["kv", "get", bucket, key, "--raw"]);
        if out.code == 0 && out.text() == want {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "kv get {bucket} {key}: code {} stdout {:?} stderr {}",
            out.code,
            out.text(),
            out.stderr
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

async fn kv_mirror_and_source(kind: Kind) {
    let (s, dir) = start_js(kind);
    let url = s.url();
    let d = dir.path();
    let run = |args: &[&str]| nats(d, &url, args);

    run(&["kv", "add", "ORIG"]).ok();
    run(&["kv", "put", "ORIG", "a", "1"]).ok();
    run(&["kv", "put", "ORIG", "b", "2"]).ok();
    run(&["kv", "add", "MIR", "--mirror", "ORIG"]).ok();
    run(&["kv", "add", "AGG", "--source", "ORIG"]).ok();

    // The stream configs are the official clients' (nats.go `prepareKeyValueConfig`).
    let client = async_nats::connect(&url).await.expect("connect");
    let js = async_nats::jetstream::new(client);
    let mir = js
        .get_stream("KV_MIR")
        .await
        .expect("KV_MIR")
        .cached_info()
        .config
        .clone();
    assert_eq!(
        mir.mirror.as_ref().map(|m| m.name.as_str()),
        Some("KV_ORIG")
    );
    assert!(mir.subjects.is_empty(), "{:?}", mir.subjects);
    assert!(mir.mirror_direct && mir.allow_direct);
    let agg = js
        .get_stream("KV_AGG")
        .await
        .expect("KV_AGG")
        .cached_info()
        .config
        .clone();
    assert_eq!(agg.subjects, vec!["$KV.AGG.>".to_string()]);
    let sources = agg.sources.expect("sources");
    assert_eq!(sources.len(), 1);
    assert_eq!(sources[0].name, "KV_ORIG");
    let t = &sources[0].subject_transforms;
    assert_eq!(
        (t[0].source.as_str(), t[0].destination.as_str()),
        ("$KV.ORIG.>", "$KV.AGG.>")
    );

    // Both follow the origin, the stored values and a later put.
    wait_value(d, &url, "AGG", "a", "1");
    wait_value(d, &url, "AGG", "b", "2");
    wait_value(d, &url, "MIR", "a", "1");
    run(&["kv", "put", "ORIG", "a", "3"]).ok();
    wait_value(d, &url, "MIR", "a", "3");
    wait_value(d, &url, "AGG", "a", "3");
    // A put through the mirror bucket lands in the origin (nats.go writes `$KV.ORIG.`).
    run(&["kv", "put", "MIR", "c", "4"]).ok();
    wait_value(d, &url, "ORIG", "c", "4");
    wait_value(d, &url, "MIR", "c", "4");

    // `edit --source` adds a source to those the bucket has.
    run(&["kv", "add", "ORIG2"]).ok();
    run(&["kv", "put", "ORIG2", "z", "9"]).ok();
    run(&["kv", "edit", "AGG", "--source", "ORIG2"]).ok();
    wait_value(d, &url, "AGG", "z", "9");
    run(&["kv", "put", "ORIG", "a", "5"]).ok();
    wait_value(d, &url, "AGG", "a", "5");
    let names: Vec<String> = js
        .get_stream("KV_AGG")
        .await
        .expect("KV_AGG")
        .cached_info()
        .config
        .sources
        .clone()
        .expect("sources")
        .iter()
        .map(|s| s.name.clone())
        .collect();
    assert_eq!(names, ["KV_ORIG", "KV_ORIG2"]);
    // `edit --no-mirror` makes the mirror a bucket of its own: a put lands in it, no longer
    // in the origin.
    wait_value(d, &url, "MIR", "a", "5");
    run(&["kv", "edit", "MIR", "--no-mirror"]).ok();
    let mir = js
        .get_stream("KV_MIR")
        .await
        .expect("KV_MIR")
        .cached_info()
        .config
        .clone();
    assert!(mir.mirror.is_none(), "{mir:?}");
    assert_eq!(mir.subjects, vec!["$KV.MIR.>".to_string()]);
    run(&["kv", "put", "MIR", "own", "6"]).ok();
    wait_value(d, &url, "MIR", "own", "6");
    let e = run(&["kv", "get", "ORIG", "own"]);
    assert_eq!(e.code, 1, "{}", e.text());
    // natscli has `--mirror` on `add` only.
    let e = run(&["kv", "edit", "AGG", "--mirror", "ORIG"]);
    assert_eq!(e.code, 1, "{}", e.stderr);
    assert!(e.stderr.contains("--mirror"), "{}", e.stderr);
    let e = run(&["kv", "add", "X", "--mirror-domain", "hub"]);
    assert_eq!(e.code, 1, "{}", e.stderr);
    assert!(
        e.stderr.contains("--mirror-domain needs --mirror"),
        "{}",
        e.stderr
    );
}
server_test!(kv_mirror_and_source => kv_mirror_and_source_rnats, kv_mirror_and_source_reference);
