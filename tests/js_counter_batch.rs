//! Distributed counters (ADR-49, `allow_msg_counter`, `Nats-Incr`) and atomic batch publish
//! (ADR-50, `allow_atomic`, `Nats-Batch-*`), issue 15 item 6: twin tests with raw publishes
//! through async-nats on rnats and the reference nats-server 2.14. PubAcks and error replies
//! are compared as JSON values, error codes and texts exactly.

use std::time::Duration;

use async_nats::HeaderMap;
use serde_json::{json, Value};

use crate::jetstream::{api, api_ok, error_of, start_js, wait_last_by_subject};
use crate::util::{next_msg, server_test, Kind};

fn headers(pairs: &[(&str, &str)]) -> HeaderMap {
    let mut h = HeaderMap::new();
    for (k, v) in pairs {
        h.insert(*k, *v);
    }
    h
}

/// Publishes with headers and waits for the reply: the PubAck or error as JSON (`Null` for an
/// empty reply).
async fn publish(
    client: &async_nats::Client,
    subject: &str,
    hdrs: &[(&str, &str)],
    body: &str,
) -> Value {
    let m = client
        .request_with_headers(subject.to_string(), headers(hdrs), body.to_string().into())
        .await
        .unwrap_or_else(|e| panic!("{subject}: {e}"));
    if m.payload.is_empty() {
        return Value::Null;
    }
    serde_json::from_slice(&m.payload).expect("JSON reply")
}

/// A direct get of the last message on `subject`: (headers, body).
async fn last_of(client: &async_nats::Client, stream: &str, subject: &str) -> (HeaderMap, String) {
    let m = client
        .request(format!("$JS.API.DIRECT.GET.{stream}.{subject}"), "".into())
        .await
        .expect("direct get");
    (
        m.headers.unwrap_or_default(),
        String::from_utf8_lossy(&m.payload).into_owned(),
    )
}

fn err_code(v: &Value) -> u64 {
    error_of(v).1
}

async fn counters(kind: Kind) {
    let store = tempfile::tempdir().expect("store dir");
    let srv = start_js(kind, store.path());
    let client = srv.client().await;
    let v = api_ok(
        &client,
        "$JS.API.STREAM.CREATE.C",
        r#"{"name":"C","subjects":["c.>"],"allow_msg_counter":true,"allow_direct":true}"#,
    )
    .await;
    assert_eq!(v["config"]["allow_msg_counter"], true);
    assert_eq!(v["config"]["metadata"]["_nats.req.level"], "2", "{v}");

    let incr = |v: &'static str| [("Nats-Incr", v)];
    let v = publish(&client, "c.a", &incr("+5"), "").await;
    assert_eq!(v, json!({"stream":"C","seq":1,"val":"5"}));
    let v = publish(&client, "c.a", &incr("-7"), "").await;
    assert_eq!(v, json!({"stream":"C","seq":2,"val":"-2"}));
    let v = publish(&client, "c.a", &incr("0"), "").await;
    assert_eq!(v["val"], "-2");
    // Far past 64 bits, both ways.
    let big = "123456789012345678901234567890123456789";
    let v = publish(&client, "c.b", &[("Nats-Incr", big)], "").await;
    assert_eq!(v["val"], big);
    let v = publish(&client, "c.b", &[("Nats-Incr", big)], "").await;
    assert_eq!(v["val"], "246913578024691357802469135780246913578");
    let v = publish(
        &client,
        "c.b",
        &[("Nats-Incr", "-246913578024691357802469135780246913579")],
        "",
    )
    .await;
    assert_eq!(v["val"], "-1");

    // The stored message: the increment's headers kept, the total as body.
    let (h, body) = last_of(&client, "C", "c.a").await;
    assert_eq!(body, r#"{"val":"-2"}"#);
    assert_eq!(h.get("Nats-Incr").map(|v| v.as_str()), Some("0"));
    assert_eq!(h.get("Nats-Sequence").map(|v| v.as_str()), Some("3"));

    // Refusals, with upstream's codes and texts.
    let v = publish(&client, "c.a", &[], "hello").await;
    assert_eq!(
        error_of(&v),
        (400, 10169, "message counter increment is missing".into())
    );
    assert_eq!(v["stream"], "C");
    let v = publish(&client, "c.a", &incr("1"), "payload").await;
    assert_eq!(
        error_of(&v),
        (400, 10170, "message counter has payload".into())
    );
    for bad in ["abc", "1.5", "+", "1_000"] {
        let v = publish(&client, "c.a", &[("Nats-Incr", bad)], "").await;
        assert_eq!(
            error_of(&v),
            (400, 10171, "message counter increment is invalid".into()),
            "{bad}"
        );
    }
    let v = publish(
        &client,
        "c.a",
        &[("Nats-Incr", "1"), ("Nats-Expected-Last-Sequence", "3")],
        "",
    )
    .await;
    assert_eq!(err_code(&v), 10171, "{v}");
    let v = publish(
        &client,
        "c.a",
        &[("Nats-Incr", "1"), ("Nats-Rollup", "sub")],
        "",
    )
    .await;
    assert_eq!(err_code(&v), 10171, "{v}");
    // Nothing above was stored.
    let info = api(&client, "$JS.API.STREAM.INFO.C", "").await;
    assert_eq!(info["state"]["messages"], 6, "{info}");

    // An increment to a stream without counters.
    api_ok(
        &client,
        "$JS.API.STREAM.CREATE.N",
        r#"{"name":"N","subjects":["n"]}"#,
    )
    .await;
    let v = publish(&client, "n", &incr("1"), "").await;
    assert_eq!(
        error_of(&v),
        (400, 10168, "message counters is disabled".into())
    );
    let v = publish(&client, "n", &[("Nats-Incr", "x")], "").await;
    assert_eq!(err_code(&v), 10171, "{v}");

    // Config rules.
    let cases = [
        (
            r#"{"name":"D","subjects":["d"],"allow_msg_counter":true,"discard":"new","max_msgs":5}"#,
            "counter stream cannot use discard new",
        ),
        (
            r#"{"name":"D","subjects":["d"],"allow_msg_counter":true,"allow_msg_ttl":true}"#,
            "counter stream cannot use message TTLs",
        ),
        (
            r#"{"name":"D","subjects":["d"],"allow_msg_counter":true,"retention":"workqueue"}"#,
            "counter stream can only use limits retention",
        ),
    ];
    for (cfg, text) in cases {
        let v = api(&client, "$JS.API.STREAM.CREATE.D", cfg).await;
        assert_eq!(error_of(&v), (500, 10052, text.into()), "{cfg}");
    }
    let v = api(
        &client,
        "$JS.API.STREAM.CREATE.M",
        r#"{"name":"M","mirror":{"name":"C"},"allow_msg_counter":true}"#,
    )
    .await;
    assert_eq!(
        error_of(&v),
        (
            400,
            10173,
            "stream mirrors can not also calculate counters".into()
        )
    );
    let v = api(
        &client,
        "$JS.API.STREAM.UPDATE.N",
        r#"{"name":"N","subjects":["n"],"allow_msg_counter":true}"#,
    )
    .await;
    assert_eq!(
        error_of(&v),
        (
            500,
            10052,
            "stream configuration update can not change message counter setting".into()
        )
    );
}
server_test!(counters => counters_rnats, counters_reference);

/// A counter stream sourcing another counter stream adds up the origin's totals, tracking them
/// in `Nats-Counter-Sources` (ADR-49 "Adding Sources").
async fn counter_sources(kind: Kind) {
    let store = tempfile::tempdir().expect("store dir");
    let srv = start_js(kind, store.path());
    let client = srv.client().await;
    for cfg in [
        r#"{"name":"EU","subjects":["eu.>"],"allow_msg_counter":true}"#,
        r#"{"name":"ALL","subjects":["all.>"],"allow_msg_counter":true,"allow_direct":true,
            "sources":[{"name":"EU","subject_transforms":[{"src":"eu.>","dest":"all.>"}]}]}"#,
    ] {
        let v: Value = serde_json::from_str(cfg).expect("json");
        let name = v["name"].as_str().expect("name");
        let r = api(&client, &format!("$JS.API.STREAM.CREATE.{name}"), cfg).await;
        assert_eq!(error_of(&r).1, 0, "{r}");
    }
    // A local increment first, then two from the source.
    let v = publish(&client, "all.hits", &[("Nats-Incr", "100")], "").await;
    assert_eq!(v["val"], "100");
    for n in ["10", "5"] {
        publish(&client, "eu.hits", &[("Nats-Incr", n)], "").await;
    }
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    loop {
        let (h, body) = last_of(&client, "ALL", "all.hits").await;
        if body == r#"{"val":"115"}"# {
            assert_eq!(
                h.get("Nats-Counter-Sources").map(|v| v.as_str()),
                Some(r#"{"EU":{"eu.hits":"15"}}"#)
            );
            assert_eq!(h.get("Nats-Incr").map(|v| v.as_str()), Some("5"));
            break;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "aggregate is {body}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}
server_test!(counter_sources => counter_sources_rnats, counter_sources_reference);

/// Publishes message `seq` of batch `id` with extra headers; the reply as JSON.
async fn batch_msg(
    client: &async_nats::Client,
    subject: &str,
    id: &str,
    seq: &str,
    extra: &[(&str, &str)],
    body: &str,
) -> Value {
    let mut h = vec![("Nats-Batch-Id", id), ("Nats-Batch-Sequence", seq)];
    h.extend_from_slice(extra);
    publish(client, subject, &h, body).await
}

async fn stream_msgs(client: &async_nats::Client, stream: &str) -> u64 {
    let info = api(client, &format!("$JS.API.STREAM.INFO.{stream}"), "").await;
    info["state"]["messages"].as_u64().expect("messages")
}

async fn atomic_batches(kind: Kind) {
    let store = tempfile::tempdir().expect("store dir");
    let srv = start_js(kind, store.path());
    let client = srv.client().await;
    let v = api_ok(
        &client,
        "$JS.API.STREAM.CREATE.B",
        r#"{"name":"B","subjects":["b.>"],"allow_atomic":true,"allow_direct":true}"#,
    )
    .await;
    assert_eq!(v["config"]["allow_atomic"], true);
    assert_eq!(v["config"]["metadata"]["_nats.req.level"], "2", "{v}");

    // Staged messages get an empty reply and stay invisible until the commit.
    assert_eq!(
        batch_msg(&client, "b.1", "one", "1", &[], "a").await,
        Value::Null
    );
    assert_eq!(
        batch_msg(&client, "b.2", "one", "2", &[], "b").await,
        Value::Null
    );
    assert_eq!(stream_msgs(&client, "B").await, 0);
    let v = batch_msg(
        &client,
        "b.3",
        "one",
        "3",
        &[("Nats-Batch-Commit", "1")],
        "c",
    )
    .await;
    assert_eq!(v, json!({"stream":"B","seq":3,"batch":"one","count":3}));
    assert_eq!(stream_msgs(&client, "B").await, 3);
    let (h, body) = last_of(&client, "B", "b.3").await;
    assert_eq!(body, "c");
    assert_eq!(h.get("Nats-Batch-Id").map(|v| v.as_str()), Some("one"));

    // `eob`: the committing message is not stored; the last stored one gets the commit header.
    batch_msg(&client, "b.4", "two", "1", &[], "d").await;
    batch_msg(&client, "b.5", "two", "2", &[], "e").await;
    let v = batch_msg(
        &client,
        "b.x",
        "two",
        "3",
        &[("Nats-Batch-Commit", "eob")],
        "",
    )
    .await;
    assert_eq!(v, json!({"stream":"B","seq":5,"batch":"two","count":2}));
    let (h, _) = last_of(&client, "B", "b.5").await;
    assert_eq!(h.get("Nats-Batch-Commit").map(|v| v.as_str()), Some("1"));
    assert_eq!(stream_msgs(&client, "B").await, 5);

    // A gap abandons the batch; its later messages find it gone.
    batch_msg(&client, "b.6", "gap", "1", &[], "f").await;
    let v = batch_msg(&client, "b.6", "gap", "3", &[], "g").await;
    assert_eq!(
        error_of(&v),
        (400, 10176, "atomic publish batch is incomplete".into())
    );
    assert_eq!(v["stream"], "B");
    let v = batch_msg(
        &client,
        "b.6",
        "gap",
        "4",
        &[("Nats-Batch-Commit", "1")],
        "h",
    )
    .await;
    assert_eq!(error_of(&v).1, 10176, "{v}");
    // An abandoned (never committed) batch leaves nothing either.
    batch_msg(&client, "b.7", "left", "1", &[], "i").await;
    assert_eq!(stream_msgs(&client, "B").await, 5);

    // Per-message refusals.
    let v = publish(&client, "b.8", &[("Nats-Batch-Id", "noseq")], "x").await;
    assert_eq!(
        error_of(&v),
        (400, 10175, "atomic publish sequence is missing".into())
    );
    let long = "x".repeat(65);
    let v = batch_msg(&client, "b.8", &long, "1", &[], "x").await;
    assert_eq!(
        error_of(&v),
        (400, 10179, "atomic publish batch ID is invalid".into())
    );
    let v = batch_msg(&client, "b.8", "big", "1001", &[], "x").await;
    assert_eq!(
        error_of(&v),
        (400, 10199, "atomic publish batch is too large: 1000".into())
    );
    let v = batch_msg(
        &client,
        "b.8",
        "c2",
        "1",
        &[("Nats-Batch-Commit", "2")],
        "x",
    )
    .await;
    assert_eq!(
        error_of(&v),
        (400, 10200, "atomic publish batch commit is invalid".into())
    );
    let v = batch_msg(
        &client,
        "b.8",
        "e1",
        "1",
        &[("Nats-Batch-Commit", "eob")],
        "",
    )
    .await;
    assert_eq!(error_of(&v).1, 10176, "{v}");

    // An error in the middle refuses the whole batch at its commit.
    batch_msg(&client, "b.9", "bad", "1", &[], "x").await;
    batch_msg(
        &client,
        "b.9",
        "bad",
        "2",
        &[("Nats-Expected-Last-Subject-Sequence", "7")],
        "y",
    )
    .await;
    let v = batch_msg(
        &client,
        "b.9",
        "bad",
        "3",
        &[("Nats-Batch-Commit", "1")],
        "z",
    )
    .await;
    assert_eq!(
        error_of(&v),
        (400, 10164, "wrong last sequence".into()),
        "{v}"
    );
    batch_msg(
        &client,
        "b.10",
        "msgid",
        "1",
        &[("Nats-Expected-Last-Msg-Id", "q")],
        "x",
    )
    .await;
    let v = batch_msg(
        &client,
        "b.10",
        "msgid",
        "2",
        &[("Nats-Batch-Commit", "1")],
        "y",
    )
    .await;
    assert_eq!(
        error_of(&v),
        (
            400,
            10177,
            "atomic publish unsupported header used: Nats-Expected-Last-Msg-Id".into()
        )
    );
    batch_msg(&client, "b.11", "dup", "1", &[("Nats-Msg-Id", "m1")], "x").await;
    let v = batch_msg(
        &client,
        "b.11",
        "dup",
        "2",
        &[("Nats-Msg-Id", "m1"), ("Nats-Batch-Commit", "1")],
        "y",
    )
    .await;
    assert_eq!(
        error_of(&v),
        (
            400,
            10201,
            "atomic publish batch contains duplicate message id".into()
        )
    );
    assert_eq!(stream_msgs(&client, "B").await, 5);
    // The expectation holds when it is right and first for its subject.
    batch_msg(
        &client,
        "b.12",
        "ok",
        "1",
        &[("Nats-Expected-Last-Sequence", "5")],
        "x",
    )
    .await;
    let v = batch_msg(
        &client,
        "b.12",
        "ok",
        "2",
        &[("Nats-Batch-Commit", "1")],
        "y",
    )
    .await;
    assert_eq!(v, json!({"stream":"B","seq":7,"batch":"ok","count":2}));

    // Streams without allow_atomic refuse batches.
    api_ok(
        &client,
        "$JS.API.STREAM.CREATE.P",
        r#"{"name":"P","subjects":["p"]}"#,
    )
    .await;
    let v = batch_msg(&client, "p", "x", "1", &[], "x").await;
    assert_eq!(
        error_of(&v),
        (400, 10174, "atomic publish is disabled".into())
    );
    let v = api(
        &client,
        "$JS.API.STREAM.CREATE.M",
        r#"{"name":"M","mirror":{"name":"B"},"allow_atomic":true}"#,
    )
    .await;
    assert_eq!(
        error_of(&v),
        (
            400,
            10198,
            "stream mirrors can not also use atomic publishing".into()
        )
    );

    // Counters inside a batch add up message by message.
    api_ok(
        &client,
        "$JS.API.STREAM.CREATE.CB",
        r#"{"name":"CB","subjects":["cb.>"],"allow_atomic":true,"allow_msg_counter":true,"allow_direct":true}"#,
    ).await;
    batch_msg(&client, "cb.a", "ctr", "1", &[("Nats-Incr", "2")], "").await;
    let v = batch_msg(
        &client,
        "cb.a",
        "ctr",
        "2",
        &[("Nats-Incr", "3"), ("Nats-Batch-Commit", "1")],
        "",
    )
    .await;
    assert_eq!(v, json!({"stream":"CB","seq":2,"batch":"ctr","count":2}));
    let (_, body) = last_of(&client, "CB", "cb.a").await;
    // nats-server 2.14 stores a single-server batch's increments verbatim (its R1 commit path
    // skips the counter arithmetic its clustered path does), leaving an empty body; rnats
    // stores the running totals, as the clustered path and ADR-49 do.
    let want = match kind {
        Kind::Rnats => r#"{"val":"5"}"#,
        Kind::Reference => "",
    };
    assert_eq!(body, want);
}
server_test!(atomic_batches => atomic_batches_rnats, atomic_batches_reference);

/// A committed batch is durable: it is all there after a restart.
async fn atomic_batch_survives_restart(kind: Kind) {
    let store = tempfile::tempdir().expect("store dir");
    {
        let srv = start_js(kind, store.path());
        let client = srv.client().await;
        api_ok(
            &client,
            "$JS.API.STREAM.CREATE.B",
            r#"{"name":"B","subjects":["b.>"],"allow_atomic":true}"#,
        )
        .await;
        for i in 1..=49 {
            batch_msg(&client, "b.x", "big", &i.to_string(), &[], "payload").await;
        }
        let v = batch_msg(
            &client,
            "b.x",
            "big",
            "50",
            &[("Nats-Batch-Commit", "1")],
            "last",
        )
        .await;
        assert_eq!(v["count"], 50, "{v}");
        // An open batch at shutdown is lost as a whole.
        batch_msg(&client, "b.y", "open", "1", &[], "x").await;
    }
    let srv = start_js(kind, store.path());
    let client = srv.client().await;
    let info = api(&client, "$JS.API.STREAM.INFO.B", "").await;
    assert_eq!(info["state"]["messages"], 50, "{info}");
    assert_eq!(info["state"]["last_seq"], 50, "{info}");
}
server_test!(atomic_batch_survives_restart => atomic_batch_survives_restart_rnats, atomic_batch_survives_restart_reference);

/// Runs `rnats -s URL ARGS` with `stdin` fed in, a private config home and no `NATS_*`
/// variables; returns `(exit code, stdout, stderr)`.
pub(crate) fn nats(
    home: &std::path::Path,
    url: &str,
    args: &[&str],
    stdin: &str,
) -> (i32, String, String) {
    use std::io::Write as _;
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_rnats"));
    cmd.arg("-s").arg(url).args(args);
    for (k, _) in std::env::vars_os() {
        if k.to_string_lossy().starts_with("NATS_") {
            cmd.env_remove(k);
        }
    }
    let mut child = cmd
        .env("XDG_CONFIG_HOME", home)
        .env("HOME", home)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("run rnats");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
        .expect("write stdin");
    let out = child.wait_with_output().expect("wait");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// `nats stream add --allow-counter/--allow-batch`, the `counter` family and `pub --atomic`,
/// against both servers.
async fn cli_counters_and_batches(kind: Kind) {
    let store = tempfile::tempdir().expect("store dir");
    let home = tempfile::tempdir().expect("home");
    let srv = start_js(kind, store.path());
    let url = srv.url();
    let run = |args: &[&str], stdin: &str| nats(home.path(), &url, args, stdin);

    let (code, out, err) = run(
        &[
            "stream",
            "add",
            "C",
            "--subjects",
            "c.>",
            "--allow-counter",
            "--defaults",
        ],
        "",
    );
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("Allows Counters: true"), "{out}");
    assert_eq!(
        run(&["counter", "incr", "c.a", "5"], ""),
        (0, "5\n".into(), String::new())
    );
    assert_eq!(run(&["counter", "decr", "c.a", "7"], "").1, "-2\n");
    assert_eq!(
        run(&["ctr", "i", "c.b", "+12345678901234567890123"], "").1,
        "12345678901234567890123\n"
    );
    assert_eq!(run(&["counter", "get", "c.a"], "").1, "-2\n");
    let (code, _, err) = run(&["pub", "c.a", "", "-J", "-H", "Nats-Incr:+3"], "");
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("Stored in Stream: C Sequence: 4 Counter Value: 1"),
        "{err}"
    );
    assert_eq!(run(&["counter", "decr", "c.a", "3"], "").1, "-2\n");
    let (code, out, err) = run(&["counter", "view", "c.a"], "");
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Counter c.a"), "{out}");
    assert!(out.contains("Value: -2"), "{out}");
    assert!(out.contains("Increment: -3"), "{out}");
    assert!(out.contains("No source information found"), "{out}");
    assert_eq!(run(&["counter", "ls", "--stream", "C"], "").1, "c.a\nc.b\n");
    let (code, _, err) = run(&["counter", "get", "c.none"], "");
    assert_eq!(
        (code, err.trim()),
        (1, "nats: error: counter not initialized for subject")
    );
    let (code, _, err) = run(&["counter", "incr", "c.a", "ten"], "");
    assert_eq!((code, err.trim()), (1, "nats: error: invalid value"));
    let (code, _, err) = run(&["counter", "ls"], "");
    assert_eq!(
        (code, err.trim()),
        (1, "nats: error: no stream or subject specified")
    );

    let (code, out, err) = run(
        &[
            "stream",
            "add",
            "B",
            "--subjects",
            "b.>",
            "--allow-batch",
            "--defaults",
        ],
        "",
    );
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("Allows Atomic Batch Publish: true"), "{out}");
    let (code, out, err) = run(
        &[
            "pub",
            "b.x",
            "--atomic",
            "--send-on",
            "newline",
            "--count",
            "2",
        ],
        "one\ntwo\nthree\n",
    );
    assert_eq!(code, 0, "{out}{err}");
    assert_eq!(
        err.matches("Adding 3 bytes to batch on subject \"b.x\"")
            .count(),
        4,
        "{err}"
    );
    assert!(err.contains("Messages: 6 Sequence: 6"), "{err}");
    assert!(err.contains("Wrote batch ID: "), "{err}");
    let client = srv.client().await;
    assert_eq!(stream_msgs(&client, "B").await, 6);
    let (_, body) = {
        let m = client
            .request("$JS.API.STREAM.MSG.GET.B", r#"{"seq":6}"#.into())
            .await
            .expect("get");
        let v: Value = serde_json::from_slice(&m.payload).expect("json");
        (
            (),
            v["message"]["data"]
                .as_str()
                .unwrap_or_default()
                .to_string(),
        )
    };
    // "three", base64.
    assert_eq!(body, "dGhyZWU=");
    let (code, _, err) = run(&["pub", "b.x", "body", "--atomic"], "");
    assert_eq!(
        (code, err.trim()),
        (
            1,
            "nats: error: atomic batch publishing requires JetStream and STDIN with --send-on=newline"
        )
    );
    run(&["stream", "add", "P", "--subjects", "p", "--defaults"], "");
    let (code, _, err) = run(&["pub", "p", "--atomic", "--send-on", "newline"], "x\n");
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("nats: error: atomic publishing is not allowed for stream P with subject p"),
        "{err}"
    );
}
server_test!(cli_counters_and_batches => cli_counters_and_batches_rnats, cli_counters_and_batches_reference);

/// The next batch-abandoned advisory: (batch, reason).
async fn abandoned(sub: &mut async_nats::Subscriber) -> (String, String) {
    let m = next_msg(sub).await;
    let v: Value = serde_json::from_slice(&m.payload).expect("json");
    assert_eq!(
        v["type"],
        "io.nats.jetstream.advisory.v1.stream_batch_abandoned"
    );
    assert_eq!(v["stream"], "B");
    let text = |k: &str| v[k].as_str().unwrap_or_default().to_string();
    (text("batch"), text("reason"))
}

/// A batch with no message for 10 s (upstream's `streamDefaultMaxBatchTimeout`) is abandoned:
/// its commit finds it gone and nothing is stored.
async fn atomic_batch_times_out(kind: Kind) {
    let store = tempfile::tempdir().expect("store dir");
    let srv = start_js(kind, store.path());
    let client = srv.client().await;
    api_ok(
        &client,
        "$JS.API.STREAM.CREATE.B",
        r#"{"name":"B","subjects":["b.>"],"allow_atomic":true}"#,
    )
    .await;
    let mut advisories = client
        .subscribe("$JS.EVENT.ADVISORY.STREAM.BATCH_ABANDONED.B")
        .await
        .expect("subscribe");
    client.flush().await.expect("flush");
    batch_msg(&client, "b.1", "gap", "1", &[], "a").await;
    batch_msg(&client, "b.1", "gap", "3", &[], "a").await;
    assert_eq!(
        abandoned(&mut advisories).await,
        ("gap".to_string(), "incomplete".to_string())
    );
    assert_eq!(
        batch_msg(&client, "b.1", "slow", "1", &[], "a").await,
        Value::Null
    );
    tokio::time::sleep(Duration::from_millis(10_500)).await;
    assert_eq!(
        abandoned(&mut advisories).await,
        ("slow".to_string(), "timeout".to_string())
    );
    let v = batch_msg(
        &client,
        "b.2",
        "slow",
        "2",
        &[("Nats-Batch-Commit", "1")],
        "b",
    )
    .await;
    assert_eq!(
        error_of(&v),
        (400, 10176, "atomic publish batch is incomplete".into())
    );
    assert_eq!(stream_msgs(&client, "B").await, 0);
}
server_test!(atomic_batch_times_out => atomic_batch_times_out_rnats, atomic_batch_times_out_reference);

/// Scheduling headers inside an atomic batch are checked as on a plain publish: a bad
/// schedule, a missing target or one that is the subject itself, a stray `Nats-Scheduler` or a
/// schedule on a stream without `allow_msg_schedules` refuses the batch with upstream's error;
/// nothing is stored. A valid schedule committed in a batch fires.
async fn atomic_batch_schedule_headers(kind: Kind) {
    let store = tempfile::tempdir().expect("store dir");
    let srv = start_js(kind, store.path());
    let client = srv.client().await;
    for (name, extra) in [("SB", r#","allow_msg_schedules":true"#), ("NB", "")] {
        api_ok(
            &client,
            &format!("$JS.API.STREAM.CREATE.{name}"),
            &format!(r#"{{"name":"{name}","subjects":["{name}.>"],"allow_atomic":true{extra}}}"#),
        )
        .await;
    }
    let cases: [(&str, &[(&str, &str)]); 5] = [
        (
            "SB",
            &[
                ("Nats-Schedule", "@every bogus"),
                ("Nats-Schedule-Target", "SB.t"),
            ],
        ),
        ("SB", &[("Nats-Schedule", "@every 1s")]),
        (
            "SB",
            &[
                ("Nats-Schedule", "@every 1s"),
                ("Nats-Schedule-Target", "SB.s.2"),
            ],
        ),
        ("SB", &[("Nats-Scheduler", "SB.x")]),
        (
            "NB",
            &[
                ("Nats-Schedule", "@every 1s"),
                ("Nats-Schedule-Target", "NB.t"),
            ],
        ),
    ];
    let mut got = Vec::new();
    for (i, (stream, hdrs)) in cases.iter().enumerate() {
        let mut h = vec![("Nats-Batch-Commit", "1")];
        h.extend_from_slice(hdrs);
        let subject = format!("{stream}.s.{i}");
        let v = batch_msg(&client, &subject, &format!("b{i}"), "1", &h, "x").await;
        got.push(v["error"].clone());
    }
    let err = |code: u64, text: &str| json!({"code": 400, "err_code": code, "description": text});
    assert_eq!(
        got,
        [
            err(10189, "message schedules pattern is invalid"),
            err(10190, "message schedules target is invalid"),
            err(10190, "message schedules target is invalid"),
            err(10212, "message schedules invalid scheduler"),
            err(10188, "message schedules is disabled"),
        ]
    );
    assert_eq!(stream_msgs(&client, "SB").await, 0);
    assert_eq!(stream_msgs(&client, "NB").await, 0);
    // A valid schedule committed in a batch is a schedule: it fires on its target.
    let v = batch_msg(
        &client,
        "SB.sched",
        "ok",
        "1",
        &[
            ("Nats-Batch-Commit", "1"),
            ("Nats-Schedule", "@every 1s"),
            ("Nats-Schedule-Target", "SB.t"),
        ],
        "tick",
    )
    .await;
    assert_eq!((&v["seq"], &v["count"]), (&json!(1), &json!(1)), "{v}");
    wait_last_by_subject(&client, "SB", "SB.t", "the batch's schedule never fired").await;
}
server_test!(atomic_batch_schedule_headers => atomic_batch_schedule_headers_rnats, atomic_batch_schedule_headers_reference);

/// `Nats-Required-Api-Level` on an atomic batch message: above the server's level the batch
/// is refused (412, 10185); at or below it the batch commits and the header is not stored.
async fn atomic_batch_api_level(kind: Kind) {
    let store = tempfile::tempdir().expect("store dir");
    let srv = start_js(kind, store.path());
    let client = srv.client().await;
    api_ok(
        &client,
        "$JS.API.STREAM.CREATE.L",
        r#"{"name":"L","subjects":["l.>"],"allow_atomic":true}"#,
    )
    .await;
    let level = |l| [("Nats-Batch-Commit", "1"), ("Nats-Required-Api-Level", l)];
    let v = batch_msg(&client, "l.a", "x", "1", &level("99"), "a").await;
    assert_eq!(
        v["error"],
        json!({"code": 412, "err_code": 10185, "description": "JetStream minimum api level required"}),
        "{v}"
    );
    let v = batch_msg(&client, "l.a", "y", "1", &level("2"), "a").await;
    assert_eq!((&v["seq"], &v["count"]), (&json!(1), &json!(1)), "{v}");
    let m = api(&client, "$JS.API.STREAM.MSG.GET.L", r#"{"seq":1}"#).await;
    let hdrs = m["message"]["hdrs"].as_str().unwrap_or_default();
    let hdrs = data_encoding::BASE64
        .decode(hdrs.as_bytes())
        .unwrap_or_default();
    let hdrs = String::from_utf8_lossy(&hdrs);
    assert!(!hdrs.contains("Nats-Required-Api-Level"), "{hdrs}");
    assert!(hdrs.contains("Nats-Batch-Id: y"), "{hdrs}");
}
server_test!(atomic_batch_api_level => atomic_batch_api_level_rnats, atomic_batch_api_level_reference);
