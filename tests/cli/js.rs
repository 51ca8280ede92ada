//! natscli's JetStream commands end to end (`bench js ...`), the real binary against rnats
//! and the reference nats-server, each with JetStream on a private store directory.

use super::{assert_bench_report, js_server, mask, run, Cli};
use crate::util::{server_test, Kind};

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

/// `bench js pub fast`: natscli's fast batch publisher (one batch per client, flow acks every
/// `--batch` messages at first, `--max-outstanding-acks` of them awaited), into the stream
/// `--create` makes with batch publishing allowed; every message is stored.
async fn bench_js_fast(kind: Kind) {
    let (srv, _store) = js_server(kind);
    let cli = Cli::new();
    let url = srv.url();
    let done = bench_js(
        &cli,
        &url,
        &[
            "--msgs",
            "1000",
            "--clients",
            "2",
            "pub",
            "fast",
            "bench.fast",
            "--create",
            "--batch",
            "50",
            "--size",
            "32",
        ],
    );
    assert_eq!(done.code, Some(0), "{}", done.err);
    assert!(
        mask(&done.err).contains(
            "[TIME] [1] Starting JetStream fast batch publisher, publishing 500 messages\n"
        ),
        "{}",
        done.err
    );
    assert!(done.err.contains("[batch=50, clients=2, "), "{}", done.err);
    assert_bench_report(&done.out, "Pub", &[500, 500]);
    let done = bench_js(
        &cli,
        &url,
        &[
            "--msgs",
            "700",
            "pub",
            "fast",
            "bench.fast",
            "--batch",
            "20",
            "--max-outstanding-acks",
            "3",
        ],
    );
    assert_eq!(done.code, Some(0), "{}", done.err);
    assert_bench_report(&done.out, "Pub", &[700]);
    let client = srv.client().await;
    let v = crate::jetstream::api(&client, "$JS.API.STREAM.INFO.benchstream", "").await;
    assert_eq!(v["state"]["messages"], 1700, "{v}");
    assert_eq!(v["config"]["allow_batched"], true, "{v}");
}
server_test!(bench_js_fast => bench_js_fast_rnats, bench_js_fast_reference);

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
    // A schedule needs its destination (natscli's check, before any publish).
    assert_eq!(done.code, Some(1));
    assert!(
        done.err
            .contains("schedule destination is required when setting schedule properties"),
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
    let done = nats(&cli, &url, &["sub", "a", "b", "--all"]);
    assert_eq!(done.code, Some(1));
    assert_eq!(
        done.err,
        "nats: error: streams subscribe support only 1 subject\n"
    );
}
server_test!(pub_jetstream => pub_jetstream_rnats, pub_jetstream_reference);

/// `sub` through batched direct gets: `--direct`, and the default on a work-queue stream
/// without `--durable` (nothing is consumed), with the delivery flags, `-I` and `--count`;
/// natscli's refusals without `allow_direct` and with a durable.
async fn sub_direct(kind: Kind) {
    let (srv, _store) = js_server(kind);
    let cli = Cli::new();
    let url = srv.url();
    let client = srv.client().await;
    for (name, direct) in [("WQ", true), ("NOD", false)] {
        let v = crate::jetstream::api_json(
            &client,
            &format!("$JS.API.STREAM.CREATE.{name}"),
            serde_json::json!({"name": name, "subjects": [format!("{}.>", name.to_lowercase())],
                "retention": "workqueue", "allow_direct": direct}),
        )
        .await;
        assert!(v.get("error").is_none(), "{v}");
    }
    for (subject, body) in [("wq.a", "a1"), ("wq.b", "b1"), ("wq.a", "a2")] {
        let mut h = async_nats::HeaderMap::new();
        h.insert("X-Test", body);
        client
            .request_with_headers(subject, h, body.into())
            .await
            .expect("stored");
    }

    let done = nats(&cli, &url, &["sub", "--stream", "WQ", "--count", "3"]);
    assert_eq!(done.code, Some(0), "{}", done.err);
    let heads: Vec<&str> = done.out.lines().filter(|l| l.starts_with("[#")).collect();
    for (i, (seq, subject)) in [(1, "wq.a"), (2, "wq.b"), (3, "wq.a")].iter().enumerate() {
        let want = format!(
            "[#{}] Received JetStream message (direct): stream: WQ seq {seq} / subject: {subject} / time: ",
            i + 1
        );
        assert!(
            heads.get(i).is_some_and(|h| h.starts_with(&want)),
            "{}",
            done.out
        );
    }
    assert!(done.out.contains("X-Test: b1\n"), "{}", done.out);
    assert!(done.out.contains("Nats-Sequence: 2\n"), "{}", done.out);
    assert!(done.out.contains("\na2\n"), "{}", done.out);
    // Read, not consumed.
    let info =
        crate::jetstream::api_json(&client, "$JS.API.STREAM.INFO.WQ", serde_json::Value::Null)
            .await;
    assert_eq!(info["state"]["messages"], 3, "{info}");

    let raw = |args: &[&str]| {
        let mut all = vec!["sub", "--stream", "WQ", "-T", "--raw"];
        all.extend_from_slice(args);
        nats(&cli, &url, &all)
    };
    let done = raw(&["--last-per-subject"]);
    assert_eq!(
        (done.code, done.out.as_str()),
        (Some(0), "b1\na2\n"),
        "{}",
        done.err
    );
    assert_eq!(
        mask(&done.err),
        "[TIME] Subscribing to JetStream Stream (direct) holding messages with subject wq.> for \
         the last messages for each subject in the Stream \n"
    );
    let done = raw(&["--direct", "--start-sequence", "2"]);
    assert_eq!(
        (done.code, done.out.as_str()),
        (Some(0), "b1\na2\n"),
        "{}",
        done.err
    );
    let done = raw(&["-I", "wq.b"]);
    assert_eq!(
        (done.code, done.out.as_str()),
        (Some(0), "a1\na2\n"),
        "{}",
        done.err
    );
    let done = raw(&["--new"]);
    assert_eq!(
        (done.code, done.out.as_str()),
        (Some(0), ""),
        "{}",
        done.err
    );

    let done = nats(&cli, &url, &["sub", "--stream", "NOD", "--direct"]);
    assert_eq!(
        (done.code, done.err.as_str()),
        (
            Some(1),
            "nats: error: cannot enable direct gets: allow_direct is not set to true for stream NOD\n"
        )
    );
    let done = nats(
        &cli,
        &url,
        &["sub", "--stream", "WQ", "--direct", "--durable", "D"],
    );
    assert_eq!(
        (done.code, done.err.as_str()),
        (
            Some(1),
            "nats: error: cannot use direct get when a durable name is supplied\n"
        )
    );
}
server_test!(sub_direct => sub_direct_rnats, sub_direct_reference);

async fn consumer_family(kind: Kind) {
    let (srv, _store) = js_server(kind);
    let cli = Cli::new();
    let url = srv.url();
    let done = bench_js(
        &cli,
        &url,
        &[
            "--stream",
            "ORDERS",
            "pub",
            "sync",
            "orders.new",
            "--create",
            "--msgs",
            "3",
            "--size",
            "4",
        ],
    );
    assert_eq!(done.code, Some(0), "{}", done.err);

    // Without a terminal every open question is an error naming its flag.
    let done = nats(&cli, &url, &["consumer", "add", "ORDERS", "C", "--pull"]);
    assert_eq!(done.code, Some(1));
    assert_eq!(
        done.err,
        "nats: error: --deliver is required: cannot prompt for user input without a terminal\n"
    );
    let done = nats(
        &cli,
        &url,
        &[
            "consumer",
            "add",
            "ORDERS",
            "PULL",
            "--pull",
            "--defaults",
            "--filter",
            "orders.new",
            "--max-pending",
            "100",
            "--description",
            "the workers",
        ],
    );
    assert_eq!(done.code, Some(0), "{}", done.err);
    let mut lines = done.out.lines();
    assert!(
        lines
            .next()
            .is_some_and(|l| l.starts_with("Information for Consumer ORDERS > PULL created ")),
        "{}",
        done.out
    );
    let rest: Vec<&str> = lines.collect();
    assert_eq!(
        &rest[..14],
        [
            "",
            "Configuration:",
            "",
            "                    Name: PULL",
            "             Description: the workers",
            "               Pull Mode: true",
            "          Filter Subject: orders.new",
            "          Deliver Policy: All",
            "              Ack Policy: Explicit",
            "                Ack Wait: 30.00s",
            "           Replay Policy: Instant",
            "         Max Ack Pending: 100",
            "       Max Waiting Pulls: 512",
            "",
        ],
        "{}",
        done.out
    );
    assert!(done.out.contains("\nState:\n\n"), "{}", done.out);
    assert!(
        done.out.contains("    Unprocessed Messages: 3\n"),
        "{}",
        done.out
    );
    assert!(
        done.out
            .contains("           Waiting Pulls: 0 of maximum 512\n"),
        "{}",
        done.out
    );

    let done = nats(
        &cli,
        &url,
        &[
            "c",
            "add",
            "ORDERS",
            "PUSH",
            "--target",
            "deliver.push",
            "--defaults",
        ],
    );
    assert_eq!(done.code, Some(0), "{}", done.err);
    assert!(
        done.out
            .contains("        Delivery Subject: deliver.push\n"),
        "{}",
        done.out
    );
    assert!(
        done.out.contains("         Active Interest: No interest\n"),
        "{}",
        done.out
    );

    let done = nats(&cli, &url, &["con", "ls", "ORDERS", "--names"]);
    assert_eq!(done.out, "PULL\nPUSH\n");
    let done = nats(&cli, &url, &["obs", "ls", "ORDERS", "--json"]);
    assert_eq!(done.out, "[\n  \"PULL\",\n  \"PUSH\"\n]\n");
    let done = nats(&cli, &url, &["consumer", "ls", "ORDERS"]);
    assert_eq!(done.code, Some(0), "{}", done.err);
    assert!(
        done.out.contains("│ Name │ Description │ Created "),
        "{}",
        done.out
    );
    assert!(done.out.contains("│ PULL │ the workers │ "), "{}", done.out);

    let done = nats(
        &cli,
        &url,
        &["consumer", "info", "ORDERS", "PULL", "--json"],
    );
    assert_eq!(done.code, Some(0), "{}", done.err);
    let info: serde_json::Value = serde_json::from_str(&done.out).expect("json");
    assert_eq!(info["name"], "PULL");
    assert_eq!(info["config"]["filter_subject"], "orders.new");
    assert_eq!(info["num_pending"], 3);
    assert!(done
        .out
        .starts_with("{\n  \"stream_name\": \"ORDERS\",\n  \"name\": \"PULL\","));

    // next: one acked, one nak'ed (redelivered), then terminated.
    let done = nats(&cli, &url, &["consumer", "next", "ORDERS", "PULL"]);
    assert_eq!(done.code, Some(0), "{}", done.err);
    let first = done.out.lines().next().unwrap_or_default().to_string();
    assert!(
        first.ends_with("] subj: orders.new / tries: 1 / cons seq: 1 / str seq: 1 / pending: 2"),
        "{}",
        done.out
    );
    assert!(
        done.out.ends_with("\nAcknowledged message\n\n"),
        "{}",
        done.out
    );
    let done = nats(
        &cli,
        &url,
        &["consumer", "next", "ORDERS", "PULL", "--nak", "--raw"],
    );
    assert_eq!(done.code, Some(0), "{}", done.err);
    assert_eq!(done.out, "\0\0\0\0\n");
    let done = nats(
        &cli,
        &url,
        &["consumer", "next", "ORDERS", "PULL", "--term"],
    );
    assert_eq!(done.code, Some(0), "{}", done.err);
    assert!(
        done.out
            .contains(" / tries: 2 / cons seq: 3 / str seq: 2 / "),
        "{}",
        done.out
    );
    assert!(done.out.ends_with("\nTerminated message\n"), "{}", done.out);
    let done = nats(
        &cli,
        &url,
        &["consumer", "next", "ORDERS", "PULL", "--term", "--ack"],
    );
    assert_eq!(done.code, Some(1));
    assert!(
        done.err.contains("can not both Acknowledge and Terminate"),
        "{}",
        done.err
    );
    let done = nats(
        &cli,
        &url,
        &["consumer", "next", "ORDERS", "PUSH", "--timeout", "1s"],
    );
    assert_eq!(done.code, Some(1));
    assert_eq!(
        done.err,
        "nats: error: consumer \"PUSH\" is not a Pull consumer\n"
    );

    // sub on the push consumer sees the stream from the start.
    let sub = super::Proc::spawn(cli.rnats(&["-s", &url, "consumer", "sub", "ORDERS", "PUSH"]));
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while !sub.stdout_text().contains("str seq: 3") && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let out = sub.stdout_text();
    assert!(
        out.starts_with(
            "Subscribing to topic deliver.push auto acknowledgment: false\n\nConsumer Info:\n  Ack Policy: None\n\n"
        ),
        "{out}"
    );
    assert!(
        out.contains(" / tries: 1 / cons seq: 3 / str seq: 3 / pending: 0\n"),
        "{out}"
    );
    drop(sub);

    let done = nats(&cli, &url, &["consumer", "rm", "ORDERS", "PULL"]);
    assert_eq!(done.code, Some(1));
    assert!(done.err.contains("-f/--force is required"), "{}", done.err);
    let done = nats(&cli, &url, &["consumer", "rm", "ORDERS", "PULL", "-f"]);
    assert_eq!(done.code, Some(0), "{}", done.err);
    let done = nats(&cli, &url, &["consumer", "info", "ORDERS", "PULL"]);
    assert_eq!(done.code, Some(1));
    assert_eq!(
        done.err,
        "nats: error: could not load Consumer ORDERS > PULL: consumer not found (10014)\n"
    );
    let done = nats(&cli, &url, &["consumer", "info", "ORDERS"]);
    assert_eq!(done.code, Some(1));
    assert!(
        done.err.contains("a CONSUMER argument is required"),
        "{}",
        done.err
    );
    let done = nats(
        &cli,
        &url,
        &["consumer", "cluster", "step-down", "ORDERS", "PUSH"],
    );
    assert_eq!(done.code, Some(2));
    assert_eq!(
        done.err,
        "nats: error: `nats consumer cluster` is not supported by rnats yet\n"
    );
}
server_test!(consumer_family => consumer_family_rnats, consumer_family_reference);

server_test!(trace_shows_api_traffic => trace_shows_api_traffic_rnats, trace_shows_api_traffic_reference);
/// `--trace` logs each JetStream API request and response as natscli (jsm.go) does:
/// `>>> SUBJECT` + body, `<<< SUBJECT` + response.
async fn trace_shows_api_traffic(kind: Kind) {
    let (server, _store) = js_server(kind);
    let url = server.url();
    let cli = Cli::new();
    let done = run(cli.rnats(&["-s", &url, "--trace", "stream", "info", "NOPE"]));
    assert_ne!(done.code, Some(0), "{kind:?}: missing stream");
    assert!(
        done.err.contains(">>> $JS.API.STREAM.INFO.NOPE\n"),
        "{kind:?}: {}",
        done.err
    );
    assert!(
        done.err.contains("<<< $JS.API.STREAM.INFO.NOPE\n{"),
        "{kind:?}: {}",
        done.err
    );
    assert!(
        done.err.contains("\"err_code\":10059"),
        "{kind:?}: {}",
        done.err
    );
}

/// Header blocks nats-server stores and delivers byte for byte, though no client library would
/// write them: each with its body.
const ODD_HEADERS: [(&[u8], &str); 4] = [
    (b"NATS/1.0\r\n  AAA AAA AAA  : x\r\n\r\n", "body0"),
    // No blank line ends the block; a line without ':'; a value that is not UTF-8.
    (b"NATS/1.0\r\nA:b\r\n", "body1"),
    (b"NATS/1.0\r\nfoo\r\nBar: y\r\n\r\n", "body2"),
    (b"NATS/1.0\r\nK: \xff\xfe\r\n\r\n", "body3"),
];

/// The CLI shows every message with odd header blocks (issue 17): `sub` on live messages,
/// `stream get` and `consumer next` on stored ones, each with the headers nats.go would decode
/// (none where it gives up) and never dropping the message.
async fn odd_header_blocks_shown(kind: Kind) {
    let (srv, _store) = js_server(kind);
    let cli = Cli::new();
    let url = srv.url();
    let client = srv.client().await;
    let v = crate::jetstream::api(
        &client,
        "$JS.API.STREAM.CREATE.ODD",
        r#"{"name":"ODD","subjects":["odd.>"]}"#,
    )
    .await;
    assert!(v.get("error").is_none(), "{v}");
    let v = crate::jetstream::api(
        &client,
        "$JS.API.CONSUMER.CREATE.ODD.C",
        r#"{"stream_name":"ODD","config":{"name":"C","ack_policy":"explicit"}}"#,
    )
    .await;
    assert!(v.get("error").is_none(), "{v}");

    let sub = super::Proc::spawn(cli.rnats(&["sub", "-s", &url, "odd.>", "--count", "4"]));
    sub.wait_stderr("Subscribing on odd.>");
    let mut raw = crate::util::RawConn::connect(srv.port()).await;
    raw.send(b"CONNECT {\"headers\":true,\"verbose\":false}\r\n")
        .await;
    for (i, (hdr, body)) in ODD_HEADERS.iter().enumerate() {
        let mut op =
            format!("HPUB odd.{i} {} {}\r\n", hdr.len(), hdr.len() + body.len()).into_bytes();
        op.extend_from_slice(hdr);
        op.extend_from_slice(body.as_bytes());
        op.extend_from_slice(b"\r\n");
        raw.send(&op).await;
    }
    raw.send(b"PING\r\n").await;
    raw.expect("PONG\r\n").await;
    let done = sub.finish();
    assert_eq!(done.code, Some(0), "{kind:?}: {}", done.err);
    assert_eq!(
        done.out,
        "[#1] Received on \"odd.0\"\n  AAA AAA AAA  : x\n\nbody0\n\n\n\
         [#2] Received on \"odd.1\"\nbody1\n\n\n\
         [#3] Received on \"odd.2\"\nbody2\n\n\n\
         [#4] Received on \"odd.3\"\nK: \u{fffd}\u{fffd}\n\nbody3\n\n\n",
        "{kind:?}"
    );
    assert!(!done.err.contains("error"), "{kind:?}: {}", done.err);

    // Core publishes are stored asynchronously: wait until the stream holds all four.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    loop {
        let v = crate::jetstream::api(&client, "$JS.API.STREAM.INFO.ODD", "").await;
        if v["state"]["messages"].as_u64() == Some(ODD_HEADERS.len() as u64) {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "{kind:?}: not stored: {v}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }

    // Stored: natscli prints the heading for any block, then what decodes.
    let shown = [
        "Headers:\n    AAA AAA AAA  : x\n\nbody0\n",
        "Headers:\n\nbody1\n",
        "Headers:\n\nbody2\n",
        "Headers:\n  K: \u{fffd}\u{fffd}\n\nbody3\n",
    ];
    for (i, want) in shown.iter().enumerate() {
        let seq = (i + 1).to_string();
        let done = nats(&cli, &url, &["stream", "get", "ODD", &seq]);
        assert_eq!(done.code, Some(0), "{kind:?}: {}", done.err);
        let (_, rest) = done.out.split_once("\n\n").expect("item line");
        assert!(rest.starts_with(want), "{kind:?} #{seq}: {}", done.out);
    }
    let done = nats(
        &cli,
        &url,
        &["consumer", "next", "ODD", "C", "--count", "4"],
    );
    assert_eq!(done.code, Some(0), "{kind:?}: {}", done.err);
    for (_, body) in ODD_HEADERS {
        assert!(done.out.contains(body), "{kind:?}: {}", done.out);
    }
    assert_eq!(
        done.out.matches("Acknowledged message").count(),
        4,
        "{kind:?}: {}",
        done.out
    );
    assert!(
        done.out.contains("  AAA AAA AAA  : x"),
        "{kind:?}: {}",
        done.out
    );
}
server_test!(odd_header_blocks_shown => odd_header_blocks_shown_rnats, odd_header_blocks_shown_reference);
