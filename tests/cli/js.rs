//! natscli's JetStream commands end to end (`bench js ...`), the real binary against rnats
//! and the reference nats-server, each with JetStream on a private store directory.

use super::{assert_bench_report, mask, run, Cli};
use crate::util::{server_test, Kind, TestServer};

/// A JetStream server on a fresh store directory (dropped after the server).
fn js_server(kind: Kind) -> (TestServer, tempfile::TempDir) {
    let store = tempfile::tempdir().expect("store dir");
    let dir = store.path().to_str().expect("utf-8 path").to_string();
    (TestServer::start(kind, &["-js", "-sd", &dir]), store)
}

/// `rnats -s URL bench js ARGS... --no-progress`.
fn bench_js(cli: &Cli, url: &str, args: &[&str]) -> super::Done {
    let mut all = vec!["-s", url, "bench", "js"];
    all.extend_from_slice(args);
    all.push("--no-progress");
    run(cli.rnats(&all))
}

/// The `Latency (us): ...` line's names, each value checked to be a positive number.
fn latency_names(out: &str) -> Vec<String> {
    let line = out
        .lines()
        .find(|l| l.starts_with("Latency (us): "))
        .unwrap_or_else(|| panic!("no latency line: {out}"));
    line["Latency (us): ".len()..]
        .split(" | ")
        .map(|part| {
            let (name, value) = part.split_once(' ').expect("name value");
            assert!(value.parse::<f64>().is_ok_and(|v| v > 0.0), "{line}");
            name.to_string()
        })
        .collect()
}

async fn bench_js_publish(kind: Kind) {
    let (srv, _store) = js_server(kind);
    let cli = Cli::new();
    let url = srv.url();

    let done = bench_js(&cli, &url, &["pub", "sync", "bench.js"]);
    assert_eq!(done.code, Some(1));
    assert!(
        done.err.ends_with(
            "nats: error: could not access stream benchstream: stream not found (10059)\n"
        ),
        "{}",
        done.err
    );

    let csv = cli.config().join("js.csv");
    let csv_arg = csv.to_string_lossy().into_owned();
    let done = bench_js(
        &cli,
        &url,
        &[
            "pub",
            "sync",
            "bench.js",
            "--create",
            "--msgs",
            "100",
            "--clients",
            "2",
            "--size",
            "16B",
            "--csv",
            &csv_arg,
        ],
    );
    assert_eq!(done.code, Some(0), "{}", done.err);
    assert_eq!(
        mask(&done.err),
        "[TIME] Starting JetStream synchronous publisher benchmark [clients=2, \
         dedup-window=2m0s, deduplication=false, max-bytes=1,073,741,824, msg-size=16 B, \
         msgs=100, multi-subject=false, multi-subject-max=100,000, purge=false, replicas=1, \
         sleep=0s, storage=file, stream=benchstream, subject=bench.js]\n\
         [TIME] Using stream: benchstream\n\
         [TIME] [1] Starting JetStream synchronous publisher, publishing 50 messages\n\
         [TIME] [2] Starting JetStream synchronous publisher, publishing 50 messages\n"
    );
    assert_bench_report(&done.out, "Pub", &[50, 50]);
    assert_eq!(
        latency_names(&done.out),
        ["min", "avg", "max", "P50", "P90", "P99", "P99.9"]
    );
    let rows = std::fs::read_to_string(&csv).expect("csv written");
    assert_eq!(rows.lines().count(), 3, "{rows}");

    // The stream exists now: create again with the same settings, purge, publish async
    // in batches with message ids, the flags on either side of the subcommand.
    let done = bench_js(
        &cli,
        &url,
        &[
            "--msgs", "300", "pub", "async", "bench.js", "--create", "--purge", "--batch", "40",
            "--dedup", "--size", "1KB",
        ],
    );
    assert_eq!(done.code, Some(0), "{}", done.err);
    assert!(mask(&done.err).contains(
        "[TIME] Using stream: benchstream\n[TIME] Purging the stream\n\
         [TIME] [1] Starting JetStream asynchronous publisher, publishing 300 messages\n"
    ));
    assert!(done.err.contains("[batch=40, clients=1, "), "{}", done.err);
    assert_bench_report(&done.out, "Pub", &[300]);

    // A different stream configuration is refused with natscli's hint.
    let done = bench_js(
        &cli,
        &url,
        &[
            "pub",
            "sync",
            "bench.js",
            "--create",
            "--storage",
            "memory",
            "--msgs",
            "1",
        ],
    );
    assert_eq!(done.code, Some(1));
    assert!(
        done.err.contains(
            "nats: error: could not create the stream. If you want to delete and re-define the \
             stream use `nats stream delete benchstream`: "
        ),
        "{}",
        done.err
    );
}
server_test!(bench_js_publish => bench_js_publish_rnats, bench_js_publish_reference);

async fn bench_js_consumers(kind: Kind) {
    let (srv, _store) = js_server(kind);
    let cli = Cli::new();
    let url = srv.url();
    let done = bench_js(
        &cli,
        &url,
        &[
            "pub", "async", "bench.js", "--create", "--msgs", "400", "--size", "64",
        ],
    );
    assert_eq!(done.code, Some(0), "{}", done.err);

    let done = bench_js(
        &cli,
        &url,
        &["fetch", "--msgs", "400", "--batch", "50", "--clients", "2"],
    );
    assert_eq!(done.code, Some(0), "{}", done.err);
    assert_eq!(
        mask(&done.err),
        "[TIME] Starting JetStream durable consumer (fetch) benchmark [acks=explicit, batch=50, \
         clients=2, consumer=nats-bench, double-acked=false, msg-size=128 B, msgs=400, \
         purge=false, sleep=0s, stream=benchstream]\n\
         [TIME] [1] Starting JetStream durable consumer (fetch), expecting 200 messages\n\
         [TIME] [2] Starting JetStream durable consumer (fetch), expecting 200 messages\n"
    );
    assert_bench_report(&done.out, "Sub", &[200, 200]);
    assert_eq!(latency_names(&done.out).len(), 7);

    // Every message is acknowledged: the ordered consumer still reads the whole stream.
    let done = bench_js(&cli, &url, &["ordered", "--msgs", "400", "--batch", "64"]);
    assert_eq!(done.code, Some(0), "{}", done.err);
    assert_bench_report(&done.out, "Sub", &[400]);

    // A second stream for `consume` with double acks and a filter.
    let done = bench_js(
        &cli,
        &url,
        &[
            "--stream", "second", "pub", "sync", "second.x", "--create", "--msgs", "60",
        ],
    );
    assert_eq!(done.code, Some(0), "{}", done.err);
    let done = bench_js(
        &cli,
        &url,
        &[
            "consume",
            "--stream",
            "second",
            "--msgs",
            "60",
            "--batch",
            "8",
            "--doubleack",
            "--filter",
            "second.x",
        ],
    );
    assert_eq!(done.code, Some(0), "{}", done.err);
    assert!(done.err.contains("filter=second.x"), "{}", done.err);
    assert_bench_report(&done.out, "Sub", &[60]);

    // Only natscli's default consumer is created; others must exist.
    let done = bench_js(
        &cli,
        &url,
        &["consume", "--consumer", "other", "--msgs", "1"],
    );
    assert_eq!(done.code, Some(1));
    assert!(
        done.err.ends_with(
            "nats: error: getting durable consumer 'other': consumer not found (10014)\n"
        ),
        "{}",
        done.err
    );
}
server_test!(bench_js_consumers => bench_js_consumers_rnats, bench_js_consumers_reference);

/// `rnats -s URL ARGS...`.
fn nats(cli: &Cli, url: &str, args: &[&str]) -> super::Done {
    let mut all = vec!["-s", url];
    all.extend_from_slice(args);
    run(cli.rnats(&all))
}

async fn pub_jetstream(kind: Kind) {
    let (srv, _store) = js_server(kind);
    let cli = Cli::new();
    let url = srv.url();
    let done = nats(&cli, &url, &["pub", "-J", "orders.1", "hello"]);
    assert_eq!(done.code, Some(1));
    assert_eq!(
        mask(&done.err),
        "[TIME] Published 5 bytes to \"orders.1\"\n\
         nats: error: no responders available for request\n"
    );
    let done = bench_js(
        &cli,
        &url,
        &[
            "--stream", "ORDERS", "pub", "sync", "orders.1", "--create", "--msgs", "1",
        ],
    );
    assert_eq!(done.code, Some(0), "{}", done.err);
    let done = nats(
        &cli,
        &url,
        &[
            "pub",
            "--jetstream",
            "orders.1",
            "n{{Count}}",
            "--count",
            "2",
            "-H",
            "Nats-Msg-Id:same",
        ],
    );
    assert_eq!(done.code, Some(0), "{}", done.err);
    assert_eq!(
        mask(&done.err),
        "[TIME] Published 2 bytes to \"orders.1\"\n\
         [TIME] Stored in Stream: ORDERS Sequence: 2\n\
         [TIME] Published 2 bytes to \"orders.1\"\n\
         [TIME] Stored in Stream: ORDERS Sequence: 2 Duplicate: true\n"
    );
    let done = nats(&cli, &url, &["pub", "-J", "orders.1", "x", "--reply", "r"]);
    assert_eq!(done.code, Some(1));
    assert!(
        done.err.contains("--reply cannot be used with --jetstream"),
        "{}",
        done.err
    );
    let done = nats(
        &cli,
        &url,
        &["pub", "-J", "orders.1", "x", "--schedule-after", "1s"],
    );
    assert_eq!(done.code, Some(1));
    assert!(
        done.err.contains("not supported by rnats yet"),
        "{}",
        done.err
    );

    // Read them back: all from the subject's stream, the last one, from a sequence.
    let done = nats(&cli, &url, &["sub", "orders.1", "--all", "--count", "2"]);
    assert_eq!(done.code, Some(0), "{}", done.err);
    assert_eq!(
        mask(&done.err),
        "[TIME] Subscribing to subject orders.1 from first received message \n"
    );
    let lines: Vec<&str> = done.out.lines().collect();
    assert!(
        lines[0].starts_with(
            "[#1] Received JetStream message: stream: ORDERS seq: 1 / pending: 1 / subject: \
             orders.1 / time: "
        ),
        "{}",
        done.out
    );
    assert!(done.out.contains("\n[#2] Received JetStream message: stream: ORDERS seq: 2 / pending: 0 / subject: orders.1 / time: "), "{}", done.out);
    assert!(done.out.contains("\nn1\n"), "{}", done.out);
    let done = nats(
        &cli,
        &url,
        &["sub", "--stream", "ORDERS", "--last", "-T", "--raw"],
    );
    assert_eq!(done.code, Some(0), "{}", done.err);
    assert_eq!(done.out, "n1\n");
    assert_eq!(
        mask(&done.err),
        "[TIME] Subscribing to subject > from last received message \n"
    );
    let done = nats(
        &cli,
        &url,
        &[
            "sub",
            "--stream",
            "ORDERS",
            "--start-sequence",
            "2",
            "-T",
            "--headers-only",
        ],
    );
    assert_eq!(done.code, Some(0), "{}", done.err);
    assert!(done.out.contains("Nats-Msg-Id: same\n"), "{}", done.out);
    let done = nats(&cli, &url, &["sub", "nowhere", "--new"]);
    assert_eq!(done.code, Some(1));
    assert_eq!(
        done.err,
        "nats: error: no stream found with subject: nowhere\n"
    );
    let done = nats(&cli, &url, &["sub", "--stream", "ORDERS", "--direct"]);
    assert_eq!(done.code, Some(1));
    assert!(done.err.contains("direct gets"), "{}", done.err);
    let done = nats(&cli, &url, &["sub", "a", "b", "--all"]);
    assert_eq!(done.code, Some(1));
    assert_eq!(
        done.err,
        "nats: error: streams subscribe support only 1 subject\n"
    );
}
server_test!(pub_jetstream => pub_jetstream_rnats, pub_jetstream_reference);
