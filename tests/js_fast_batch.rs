//! Fast batch publish (`allow_batched`, ADR-50's fast ingest: reply subjects
//! `<prefix>.<id>.<flow>.<gap>.<seq>.<op>.$FI`), issue 15: twin tests with raw publishes through
//! async-nats on rnats and the reference nats-server 2.14. Every reply the publisher's inbox
//! receives (flow acks, gap and error reports, the PubAck) is compared, in order, as JSON.

use std::time::Duration;

use async_nats::HeaderMap;
use futures::StreamExt;
use serde_json::{json, Value};

use crate::jetstream::{api, api_ok, start_js, start_js_conf, wait_last_by_subject};
use crate::util::{server_test, Kind};

/// The publisher's side: one inbox subscription collecting every reply.
struct Publisher {
    client: async_nats::Client,
    inbox: async_nats::Subscriber,
}

impl Publisher {
    async fn new(client: async_nats::Client) -> Publisher {
        let inbox = client.subscribe("fi.>").await.expect("subscribe");
        client.flush().await.expect("flush");
        Publisher { client, inbox }
    }

    /// Publishes message `seq` of batch `id` with operation `op` (0 start, 1 append, 2 commit,
    /// 3 commit eob, 4 ping).
    async fn send(&self, subject: &str, id: &str, flow: u32, gap: &str, seq: u64, op: u8) {
        self.send_with(subject, id, flow, gap, seq, op, &[]).await;
    }

    #[allow(
        clippy::too_many_arguments,
        reason = "the reply subject's parts, spelled out"
    )]
    async fn send_with(
        &self,
        subject: &str,
        id: &str,
        flow: u32,
        gap: &str,
        seq: u64,
        op: u8,
        hdrs: &[(&str, &str)],
    ) {
        let reply = format!("fi.x.{id}.{flow}.{gap}.{seq}.{op}.$FI");
        self.send_raw(subject, &reply, hdrs).await;
    }

    async fn send_raw(&self, subject: &str, reply: &str, hdrs: &[(&str, &str)]) {
        let mut h = HeaderMap::new();
        for (k, v) in hdrs {
            h.insert(*k, *v);
        }
        self.client
            .publish_with_reply_and_headers(
                subject.to_string(),
                reply.to_string(),
                h,
                "data".into(),
            )
            .await
            .expect("publish");
    }

    /// The next `n` replies, then checks that no other comes within 150 ms.
    async fn replies(&mut self, n: usize) -> Vec<Value> {
        self.client.flush().await.expect("flush");
        let mut out = Vec::new();
        while out.len() < n {
            let m = tokio::time::timeout(Duration::from_secs(5), self.inbox.next())
                .await
                .unwrap_or_else(|_| panic!("reply {} of {n} in time; so far {out:?}", out.len()))
                .expect("inbox open");
            out.push(serde_json::from_slice(&m.payload).expect("JSON reply"));
        }
        if let Ok(Some(m)) =
            tokio::time::timeout(Duration::from_millis(150), self.inbox.next()).await
        {
            panic!(
                "unexpected reply {} after {out:?}",
                String::from_utf8_lossy(&m.payload)
            );
        }
        out
    }
}

fn ack(seq: u64, msgs: u64) -> Value {
    json!({"type": "ack", "seq": seq, "msgs": msgs})
}

fn gap(last_seq: u64, seq: u64) -> Value {
    json!({"type": "gap", "last_seq": last_seq, "seq": seq})
}

fn pub_ack(stream: &str, seq: u64, batch: &str, count: u64) -> Value {
    json!({"stream": stream, "seq": seq, "batch": batch, "count": count})
}

fn refused(stream: &str, code: u64, text: &str) -> Value {
    json!({"error": {"code": 400, "err_code": code, "description": text}, "stream": stream, "seq": 0})
}

async fn create(client: &async_nats::Client, name: &str, extra: &str) {
    api_ok(
        client,
        &format!("$JS.API.STREAM.CREATE.{name}"),
        &format!(r#"{{"name":"{name}","subjects":["{name}.>"]{extra}}}"#),
    )
    .await;
}

async fn messages(client: &async_nats::Client, name: &str) -> u64 {
    let v = api(client, &format!("$JS.API.STREAM.INFO.{name}"), "").await;
    v["state"]["messages"].as_u64().expect("messages")
}

async fn fast_batches(kind: Kind) {
    let store = tempfile::tempdir().expect("store dir");
    let srv = start_js(kind, store.path());
    let client = srv.client().await;
    let v = api(
        &client,
        "$JS.API.STREAM.CREATE.F",
        r#"{"name":"F","subjects":["F.>"],"allow_batched":true}"#,
    )
    .await;
    assert_eq!(v["config"]["allow_batched"], true, "{v}");
    assert_eq!(v["config"]["metadata"]["_nats.req.level"], "4", "{v}");
    let mut p = Publisher::new(client.clone()).await;

    // Five messages and a storing commit, a flow ack every 2.
    for seq in 1..=5 {
        p.send("F.a", "B1", 2, "fail", seq, u8::from(seq > 1)).await;
    }
    p.send("F.a", "B1", 2, "fail", 6, 2).await;
    assert_eq!(
        p.replies(4).await,
        [ack(0, 2), ack(2, 2), ack(4, 2), pub_ack("F", 6, "B1", 6)]
    );
    // End of batch without storing the last message.
    p.send("F.b", "B2", 10, "fail", 1, 0).await;
    p.send("F.b", "B2", 10, "fail", 2, 1).await;
    p.send("F.b", "B2", 10, "fail", 3, 3).await;
    assert_eq!(p.replies(2).await, [ack(0, 10), pub_ack("F", 8, "B2", 2)]);
    // A gap in gap mode `fail` commits what arrived; the batch is then unknown.
    p.send("F.c", "B3", 10, "fail", 1, 0).await;
    p.send("F.c", "B3", 10, "fail", 3, 1).await;
    p.send("F.c", "B3", 10, "fail", 4, 1).await;
    assert_eq!(
        p.replies(4).await,
        [
            ack(0, 10),
            gap(2, 3),
            pub_ack("F", 9, "B3", 1),
            refused("F", 10208, "batch publish ID unknown"),
        ]
    );
    // Gap mode `ok` goes on; a ping reports the gap and the flow state.
    p.send("F.d", "B4", 10, "ok", 1, 0).await;
    p.send("F.d", "B4", 10, "ok", 3, 1).await;
    p.send("F.d", "B4", 10, "ok", 3, 4).await;
    p.send("F.d", "B4", 10, "ok", 5, 4).await;
    p.send("F.d", "B4", 10, "ok", 6, 2).await;
    assert_eq!(
        p.replies(6).await,
        [
            ack(0, 10),
            gap(2, 3),
            ack(0, 10),
            gap(4, 6),
            ack(0, 10),
            pub_ack("F", 12, "B4", 6),
        ]
    );
    // A refused message in the middle: reported, and in gap mode `fail` the batch commits.
    p.send("F.e", "D4", 10, "fail", 1, 0).await;
    p.send_with("F.e", "D4", 10, "fail", 2, 1, &[("Nats-TTL", "5s")])
        .await;
    p.send("F.e", "D4", 10, "fail", 3, 2).await;
    let ttl = json!({"code": 400, "err_code": 10166, "description": "per-message TTL is disabled"});
    assert_eq!(
        p.replies(4).await,
        [
            ack(0, 10),
            json!({"type": "err", "seq": 2, "error": ttl}),
            pub_ack("F", 13, "D4", 1),
            refused("F", 10208, "batch publish ID unknown"),
        ]
    );
    // A refused first message in gap mode `fail` is answered as a plain publish would be
    // (after the first message's flow ack).
    p.send_with("F.e", "D3", 10, "fail", 1, 0, &[("Nats-TTL", "5s")])
        .await;
    assert_eq!(
        p.replies(2).await,
        [
            ack(0, 10),
            refused("F", 10166, "per-message TTL is disabled")
        ]
    );
    // A message id seen before: the batch skips it; a committing duplicate is acknowledged.
    p.send_with("F.f", "M1", 10, "fail", 1, 0, &[("Nats-Msg-Id", "m1")])
        .await;
    p.send("F.f", "M1", 10, "fail", 2, 2).await;
    assert_eq!(p.replies(2).await, [ack(0, 10), pub_ack("F", 15, "M1", 2)]);
    p.send_with("F.f", "M2", 10, "fail", 1, 2, &[("Nats-Msg-Id", "m1")])
        .await;
    assert_eq!(
        p.replies(1).await,
        [json!({"stream": "F", "seq": 14, "duplicate": true, "batch": "M2", "count": 1})]
    );
    assert_eq!(messages(&client, "F").await, 15);

    // Refusals before any batch state.
    create(&client, "PLAIN", "").await;
    p.send("PLAIN.a", "E1", 10, "fail", 1, 0).await;
    p.send_raw("F.a", "fi.x.E2.10.fail.2.0.$FI", &[]).await;
    p.send_raw("F.a", "fi.x.E3.10.sometimes.1.0.$FI", &[]).await;
    p.send("F.a", "E4", 10, "fail", 2, 1).await;
    p.send("F.a", &"x".repeat(65), 10, "fail", 1, 0).await;
    // Two streams answer: compare without their interleaving.
    let mut got = p.replies(5).await;
    got.sort_by_key(|v| v["stream"].to_string());
    assert_eq!(
        got,
        [
            refused("F", 10206, "batch publish pattern is invalid"),
            refused("F", 10206, "batch publish pattern is invalid"),
            refused("F", 10208, "batch publish ID unknown"),
            refused("F", 10207, "batch publish ID is invalid"),
            refused("PLAIN", 10205, "batch publish is disabled"),
        ]
    );
    assert_eq!(messages(&client, "PLAIN").await, 0);
    assert_eq!(messages(&client, "F").await, 15);
}
server_test!(fast_batches => fast_batches_rnats, fast_batches_reference);

/// A thousand messages with a window of 100: a flow ack every 100 stored, then the PubAck;
/// on file storage, and the same on memory storage.
async fn fast_batch_flow(kind: Kind) {
    let store = tempfile::tempdir().expect("store dir");
    let srv = start_js(kind, store.path());
    let client = srv.client().await;
    for (name, storage) in [("G", "file"), ("GM", "memory")] {
        create(
            &client,
            name,
            &format!(r#","allow_batched":true,"storage":"{storage}""#),
        )
        .await;
        let mut p = Publisher::new(client.clone()).await;
        let subject = format!("{name}.x");
        for seq in 1..=1000 {
            p.send(&subject, name, 100, "fail", seq, u8::from(seq > 1))
                .await;
        }
        p.send(&subject, name, 100, "fail", 1001, 3).await;
        let mut want: Vec<Value> = (0..=10).map(|i| ack(i * 100, 100)).collect();
        want.push(pub_ack(name, 1000, name, 1000));
        assert_eq!(p.replies(want.len()).await, want, "{storage}");
        assert_eq!(messages(&client, name).await, 1000);
    }
}
server_test!(fast_batch_flow => fast_batch_flow_rnats, fast_batch_flow_reference);

/// `nats stream add/edit --allow-fast` (and `--no-allow-fast`), against both servers.
async fn cli_allow_fast(kind: Kind) {
    let store = tempfile::tempdir().expect("store dir");
    let home = tempfile::tempdir().expect("home");
    let srv = start_js(kind, store.path());
    let url = srv.url();
    let run = |args: &[&str]| crate::js_counter_batch::nats(home.path(), &url, args, "");
    let (code, out, err) = run(&[
        "stream",
        "add",
        "FX",
        "--subjects",
        "fx.>",
        "--allow-fast",
        "--defaults",
    ]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("Allows Fast Batch Publish: true"), "{out}");
    let (code, out, err) = run(&["stream", "edit", "FX", "--no-allow-fast", "-f"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("Allows Fast Batch Publish: false"), "{out}");
    let (code, out, err) = run(&["stream", "edit", "FX", "--allow-fast", "-f"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("Allows Fast Batch Publish: true"), "{out}");
}
server_test!(cli_allow_fast => cli_allow_fast_rnats, cli_allow_fast_reference);

/// `jetstream { limits { batch { max_inflight_per_stream } } }` bounds open fast batches, and
/// `Nats-Required-Api-Level` above the server's level is refused (412, 10185): on a fast batch
/// message it ends the batch, on an API request it answers the request's error.
async fn fast_batch_limits_and_api_level(kind: Kind) {
    let dir = tempfile::tempdir().expect("dir");
    let srv = start_js_conf(
        kind,
        dir.path(),
        r#", limits { batch { max_inflight_per_stream: 1, timeout: "5s" } }"#,
    );
    let client = srv.client().await;
    create(&client, "F", r#","allow_batched":true"#).await;
    let mut p = Publisher::new(client.clone()).await;
    p.send("F.x", "a", 10, "fail", 1, 0).await;
    assert_eq!(p.replies(1).await, [ack(0, 10)]);
    // One open batch per stream.
    p.send("F.x", "b", 10, "fail", 1, 0).await;
    let too_many = json!({"error": {"code": 429, "err_code": 10211, "description": "batch publish too many inflight"}, "stream": "F", "seq": 0});
    assert_eq!(p.replies(1).await, [too_many]);
    // A level this server does not have ends batch `a`, so `b` may start.
    p.send_with(
        "F.x",
        "a",
        10,
        "fail",
        2,
        1,
        &[("Nats-Required-Api-Level", "99")],
    )
    .await;
    let level = json!({"error": {"code": 412, "err_code": 10185, "description": "JetStream minimum api level required"}, "stream": "F", "seq": 0});
    assert_eq!(p.replies(1).await, [level]);
    p.send_with(
        "F.x",
        "b",
        10,
        "fail",
        1,
        0,
        &[("Nats-Required-Api-Level", "4")],
    )
    .await;
    p.send("F.x", "b", 10, "fail", 2, 3).await;
    assert_eq!(p.replies(2).await, [ack(0, 10), pub_ack("F", 2, "b", 1)]);
    // The header is not stored.
    let v = api(&client, "$JS.API.STREAM.MSG.GET.F", r#"{"seq":2}"#).await;
    assert_eq!(v["message"]["hdrs"], Value::Null, "{v}");

    let mut h = HeaderMap::new();
    h.insert("Nats-Required-Api-Level", "99");
    let m = client
        .request_with_headers("$JS.API.STREAM.INFO.F", h, "".into())
        .await
        .expect("answer");
    let v: Value = serde_json::from_slice(&m.payload).expect("json");
    assert_eq!(
        v["type"], "io.nats.jetstream.api.v1.stream_info_response",
        "{v}"
    );
    assert_eq!(
        v["error"],
        json!({"code": 412, "err_code": 10185, "description": "JetStream minimum api level required"})
    );
}
server_test!(fast_batch_limits_and_api_level => fast_batch_limits_and_api_level_rnats, fast_batch_limits_and_api_level_reference);

/// `Nats-Required-Api-Level` above the server's level on a direct get or a pull request is
/// answered with the status `412 Required Api Level`.
async fn api_level_statuses(kind: Kind) {
    let store = tempfile::tempdir().expect("store dir");
    let srv = start_js(kind, store.path());
    let client = srv.client().await;
    create(&client, "D", r#","allow_direct":true"#).await;
    client.request("D.x", "1".into()).await.expect("publish");
    api_ok(
        &client,
        "$JS.API.CONSUMER.CREATE.D.P",
        r#"{"stream_name":"D","config":{"durable_name":"P","ack_policy":"explicit"}}"#,
    )
    .await;
    for (subject, body) in [
        ("$JS.API.DIRECT.GET.D", r#"{"seq":1}"#),
        (
            "$JS.API.CONSUMER.MSG.NEXT.D.P",
            r#"{"batch":1,"expires":1000000000}"#,
        ),
    ] {
        // An inbox of our own: a pulled message arrives under its own subject, which
        // async-nats' request would not match.
        let mut inbox = client.subscribe("lvl.>").await.expect("subscribe");
        for (level, reply) in [("99", "lvl.a"), ("1", "lvl.b")] {
            let mut h = HeaderMap::new();
            h.insert("Nats-Required-Api-Level", level);
            client
                .publish_with_reply_and_headers(subject, reply, h, body.into())
                .await
                .expect("publish");
            let m = tokio::time::timeout(Duration::from_secs(5), inbox.next())
                .await
                .unwrap_or_else(|_| panic!("{subject} level {level}: no answer"))
                .expect("inbox open");
            if level == "99" {
                let status = m.status.map(|s| s.as_u16());
                let desc = m.description.clone().unwrap_or_default();
                assert_eq!(
                    (status, desc.as_str()),
                    (Some(412), "Required Api Level"),
                    "{subject}"
                );
            } else {
                assert_eq!(&m.payload[..], b"1", "{subject}");
            }
        }
    }
}
server_test!(api_level_statuses => api_level_statuses_rnats, api_level_statuses_reference);

/// Scheduling headers in a fast batch: a bad one is refused as on a plain publish, a valid
/// one is a schedule that fires on its target.
async fn fast_batch_schedules(kind: Kind) {
    let store = tempfile::tempdir().expect("store dir");
    let srv = start_js(kind, store.path());
    let client = srv.client().await;
    create(
        &client,
        "FS",
        r#","allow_batched":true,"allow_msg_schedules":true"#,
    )
    .await;
    let mut p = Publisher::new(client.clone()).await;
    p.send_with(
        "FS.s",
        "bad",
        10,
        "fail",
        1,
        0,
        &[("Nats-Schedule", "@every 1s")],
    )
    .await;
    let got = p.replies(2).await;
    assert_eq!(
        got[1]["error"],
        json!({"code": 400, "err_code": 10190, "description": "message schedules target is invalid"}),
        "{got:?}"
    );
    p.send_with(
        "FS.s",
        "good",
        10,
        "fail",
        1,
        0,
        &[
            ("Nats-Schedule", "@every 1s"),
            ("Nats-Schedule-Target", "FS.t"),
        ],
    )
    .await;
    p.send("FS.s", "good", 10, "fail", 2, 3).await;
    let got = p.replies(2).await;
    assert_eq!(got[1], pub_ack("FS", 1, "good", 1), "{got:?}");
    wait_last_by_subject(
        &client,
        "FS",
        "FS.t",
        "the fast batch's schedule never fired",
    )
    .await;
}
server_test!(fast_batch_schedules => fast_batch_schedules_rnats, fast_batch_schedules_reference);
