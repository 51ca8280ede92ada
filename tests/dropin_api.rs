//! JetStream API drop-in details, each observed on nats-server 2.14 and run as a twin against
//! rnats and the reference: the error precedence of consumer create on a missing stream; header
//! blocks with odd lines stored, acknowledged and returned byte for byte (a status on the
//! `NATS/1.0` line dropped); JSON `null` in API requests taken as an absent field; stream info
//! paging through a few thousand subjects, each once; `persist_mode` kept and checked; stream
//! updates that lower `consumer_limits` below a consumer's settings refused; message delete of
//! sequence 0; consumer_limits applied to new consumers; strict decoding (unknown fields
//! refused, `strict: false` to ignore them).

use std::time::Duration;

use serde_json::Value;

use crate::jetstream::{api, error_of};
use crate::util::{server_test, Kind, TestServer};

/// Starts `kind` with JetStream on a fresh store; the tempdir lives as long as the server.
fn start_js(kind: Kind) -> (TestServer, tempfile::TempDir) {
    let store = tempfile::tempdir().expect("store dir");
    let dir = store.path().to_str().expect("utf-8 path").to_string();
    (TestServer::start(kind, &["-js", "-sd", &dir]), store)
}

/// Creating a consumer on a missing stream answers stream-not-found (10059) before the consumer
/// config is validated; only undecodable JSON and the request's names come first.
async fn consumer_create_missing_stream_first(kind: Kind) {
    let (srv, _store) = start_js(kind);
    let client = srv.client().await;
    let not_found = (404, 10059, "stream not found".to_string());
    // Invalid on any stream: deliver_policy by_start_sequence without opt_start_seq.
    let v = api(
        &client,
        "$JS.API.CONSUMER.CREATE.NOPE.C",
        r#"{"stream_name":"NOPE","config":{"name":"C","deliver_policy":"by_start_sequence"}}"#,
    )
    .await;
    assert_eq!(error_of(&v), not_found);
    let v = api(
        &client,
        "$JS.API.CONSUMER.DURABLE.CREATE.NOPE.D",
        r#"{"stream_name":"NOPE","config":{"durable_name":"D","ack_policy":"none","max_ack_pending":5}}"#,
    )
    .await;
    assert_eq!(error_of(&v), not_found);
    let v = api(
        &client,
        "$JS.API.CONSUMER.CREATE.NOPE",
        r#"{"stream_name":"NOPE","config":{"max_deliver":0,"backoff":[1000000000],"ack_policy":"none"}}"#,
    )
    .await;
    assert_eq!(error_of(&v), not_found);
    // The request's own names are checked before the lookup.
    let v = api(
        &client,
        "$JS.API.CONSUMER.DURABLE.CREATE.NOPE.C",
        r#"{"stream_name":"NOPE","config":{"durable_name":"D"}}"#,
    )
    .await;
    assert_eq!(error_of(&v).1, 10017);
    let v = api(
        &client,
        "$JS.API.CONSUMER.CREATE.NOPE",
        r#"{"stream_name":"OTHER","config":{}}"#,
    )
    .await;
    assert_eq!(error_of(&v).1, 10056);
    let v = api(&client, "$JS.API.CONSUMER.CREATE.NOPE", "garbage").await;
    assert_eq!(error_of(&v).1, 10025);
}
server_test!(consumer_create_missing_stream_first => consumer_create_missing_stream_first_rnats, consumer_create_missing_stream_first_reference);

/// Header blocks nats-server takes as they are: it acks them, and both STREAM.MSG.GET and a
/// consumer hand back the very same bytes (nats-server never parses a block as a whole). The
/// last one is not UTF-8 and must stay last.
const ODD_HEADER_BLOCKS: [&[u8]; 9] = [
    b"NATS/1.0\r\n  AAA AAA AAA  : x\r\n\r\n",
    b"NATS/1.0\r\nA:b\r\n",
    b"NATS/1.0\r\nfoo\r\nBar: y\r\n\r\n",
    b"NATS/1.0\r\n:novalue\r\n\r\n",
    b"NATS/1.0\r\nX: a\r\n  continued\r\n\r\n",
    b"NATS/1.0\r\nA:b\r\n\r\n",
    b"NATS/1.1\r\nA:b\r\n\r\n",
    b"garbage\r\n\r\n",
    b"NATS/1.0\r\nK\xff\x01: v\xfe\r\n\r\n",
];

/// Header blocks with a status on the `NATS/1.0` line, as sent and as nats-server stores them:
/// without the status, and without a block at all when nothing else is left.
const STATUS_HEADER_BLOCKS: [(&[u8], &[u8]); 5] = [
    (
        b"NATS/1.0 503 weird\r\nA:b\r\n\r\n",
        b"NATS/1.0\r\nA:b\r\n\r\n",
    ),
    (b"NATS/1.0 408 Request Timeout\r\n\r\n", b""),
    (b"NATS/1.0 abc\r\n\r\n", b""),
    (b"NATS/1.0  \r\nA:b\r\n\r\n", b"NATS/1.0\r\nA:b\r\n\r\n"),
    (b"NATS/1.1 503\r\n\r\n", b"NATS/1.1 503\r\n\r\n"),
];

/// Publishes with unusual header names and lines: every message is stored and acknowledged,
/// and comes back unchanged from STREAM.MSG.GET and from a push consumer.
async fn odd_headers_stored_verbatim(kind: Kind) {
    let (srv, _store) = start_js(kind);
    let client = srv.client().await;
    let v = api(
        &client,
        "$JS.API.STREAM.CREATE.H",
        r#"{"name":"H","subjects":["h.>"],"allow_direct":true}"#,
    )
    .await;
    assert_eq!(error_of(&v).1, 0, "{v}");
    let mut raw = srv
        .raw_connect_with(r#"{"verbose":false,"pedantic":false,"headers":true}"#)
        .await;
    raw.send(b"SUB ack 1\r\n").await;
    let sent = ODD_HEADER_BLOCKS
        .iter()
        .copied()
        .chain(STATUS_HEADER_BLOCKS.iter().map(|(sent, _)| *sent));
    let stored = ODD_HEADER_BLOCKS
        .iter()
        .copied()
        .chain(STATUS_HEADER_BLOCKS.iter().map(|(_, stored)| *stored));
    for (i, block) in sent.enumerate() {
        let seq = i + 1;
        let mut frame =
            format!("HPUB h.{seq} ack {} {}\r\n", block.len(), block.len() + 7).into_bytes();
        frame.extend_from_slice(block);
        frame.extend_from_slice(b"payload\r\n");
        raw.send(&frame).await;
        let ack = format!(r#"{{"stream":"H","seq":{seq}}}"#);
        raw.expect(&ack).await;
    }
    for (i, block) in stored.enumerate() {
        let body = format!(r#"{{"seq":{}}}"#, i + 1);
        let v = api(&client, "$JS.API.STREAM.MSG.GET.H", &body).await;
        assert_eq!(v["message"]["seq"], i + 1, "{v}");
        let hdrs = v["message"]["hdrs"].as_str().unwrap_or("");
        let got = data_encoding::BASE64
            .decode(hdrs.as_bytes())
            .expect("base64");
        assert_eq!(got, block.to_vec(), "message {}", i + 1);
    }
    // A push consumer delivers each block unchanged (the last one is not UTF-8, and the raw
    // connection reads text, so it is checked through STREAM.MSG.GET only).
    raw.send(b"SUB dlv 2\r\n").await;
    let req = r#"{"stream_name":"H","config":{"deliver_subject":"dlv","ack_policy":"none"}}"#;
    raw.send(format!("PUB $JS.API.CONSUMER.CREATE.H _ {}\r\n{req}\r\n", req.len()).as_bytes())
        .await;
    let utf8 = ODD_HEADER_BLOCKS.len() - 1;
    for (i, block) in ODD_HEADER_BLOCKS.iter().take(utf8).enumerate() {
        let text = std::str::from_utf8(block).expect("utf-8 block");
        let got = raw
            .expect_within(&format!("{text}payload\r\n"), Duration::from_secs(5))
            .await;
        let line = got
            .lines()
            .rev()
            .find(|l| l.starts_with("HMSG "))
            .unwrap_or("");
        assert!(
            line.starts_with(&format!("HMSG h.{} 2 $JS.ACK.H.", i + 1)),
            "delivery {}: {got:?}",
            i + 1
        );
    }
    // DIRECT.GET appends its headers after the stored block minus its last two bytes.
    raw.send(b"SUB dg 3\r\n").await;
    for (i, block) in ODD_HEADER_BLOCKS.iter().take(utf8).enumerate() {
        let seq = i + 1;
        let req = format!(r#"{{"seq":{seq}}}"#);
        raw.send(format!("PUB $JS.API.DIRECT.GET.H dg {}\r\n{req}\r\n", req.len()).as_bytes())
            .await;
        let text = std::str::from_utf8(&block[..block.len() - 2]).expect("utf-8 block");
        raw.expect(&format!(
            "{text}Nats-Stream: H\r\nNats-Subject: h.{seq}\r\nNats-Sequence: {seq}\r\n"
        ))
        .await;
    }
}
server_test!(odd_headers_stored_verbatim => odd_headers_stored_verbatim_rnats, odd_headers_stored_verbatim_reference);

/// JSON `null` in an API request is an absent field (Go's `encoding/json`), except for the
/// enum fields, whose decoders refuse it.
async fn null_fields_are_absent(kind: Kind) {
    let (srv, _store) = start_js(kind);
    let client = srv.client().await;
    let v = api(
        &client,
        "$JS.API.STREAM.CREATE.S",
        r#"{"name":"S","subjects":["s.>"],"description":null,"max_msgs":null,"max_age":null,
            "allow_direct":null,"metadata":null,"duplicate_window":null}"#,
    )
    .await;
    assert_eq!(error_of(&v).1, 0, "{v}");
    assert_eq!(v["config"]["max_msgs"], -1);
    assert_eq!(v["config"]["duplicate_window"], 120_000_000_000u64);
    let v = api(
        &client,
        "$JS.API.STREAM.CREATE.N",
        r#"{"name":"N","subjects":null}"#,
    )
    .await;
    assert_eq!(v["config"]["subjects"], serde_json::json!(["N"]), "{v}");
    let v = api(
        &client,
        "$JS.API.STREAM.CREATE.E",
        r#"{"name":"E","retention":null}"#,
    )
    .await;
    assert_eq!(error_of(&v).1, 10025, "{v}");

    let ack = api(&client, "s.a", "hello").await;
    assert_eq!(ack["seq"], 1, "{ack}");
    let v = api(
        &client,
        "$JS.API.STREAM.MSG.GET.S",
        r#"{"seq": null, "last_by_subj": "s.a"}"#,
    )
    .await;
    assert_eq!(v["message"]["seq"], 1, "{v}");
    let v = api(
        &client,
        "$JS.API.STREAM.MSG.GET.S",
        r#"{"seq": 1, "last_by_subj": null, "next_by_subj": null}"#,
    )
    .await;
    assert_eq!(v["message"]["seq"], 1, "{v}");
    let v = api(
        &client,
        "$JS.API.STREAM.INFO.S",
        r#"{"subjects_filter": null, "offset": null, "deleted_details": null}"#,
    )
    .await;
    assert_eq!(v["state"]["messages"], 1, "{v}");
    let v = api(
        &client,
        "$JS.API.STREAM.NAMES",
        r#"{"subject": null, "offset": null}"#,
    )
    .await;
    assert_eq!(v["total"], 2, "{v}");
    let v = api(
        &client,
        "$JS.API.STREAM.LIST",
        r#"{"subject": null, "offset": null}"#,
    )
    .await;
    assert_eq!(v["total"], 2, "{v}");
    let v = api(
        &client,
        "$JS.API.CONSUMER.CREATE.S",
        r#"{"stream_name":"S","config":null}"#,
    )
    .await;
    assert_eq!(error_of(&v).1, 0, "{v}");
    let v = api(
        &client,
        "$JS.API.CONSUMER.CREATE.S.C",
        r#"{"stream_name":"S","config":{"durable_name":null,"filter_subject":null,
            "max_deliver":null,"ack_wait":null,"ack_policy":"explicit"}}"#,
    )
    .await;
    assert_eq!(error_of(&v).1, 0, "{v}");
    assert_eq!(v["config"]["max_deliver"], -1, "{v}");
    let v = api(
        &client,
        "$JS.API.CONSUMER.CREATE.S.D",
        r#"{"stream_name":"S","config":{"ack_policy":null}}"#,
    )
    .await;
    assert_eq!(error_of(&v).1, 10025, "{v}");
    let v = api(
        &client,
        "$JS.API.CONSUMER.CREATE.S.D",
        r#"{"stream_name":"S","action":null,"config":{}}"#,
    )
    .await;
    assert_eq!(error_of(&v).1, 10025, "{v}");
    let v = api(
        &client,
        "$JS.API.STREAM.PURGE.S",
        r#"{"filter": null, "seq": null, "keep": null}"#,
    )
    .await;
    assert_eq!(v["purged"], 1, "{v}");
}
server_test!(null_fields_are_absent => null_fields_are_absent_rnats, null_fields_are_absent_reference);

/// Stream info with `subjects_filter` pages the matching subjects in subject order from
/// `offset` (up to 100000 a page), so each subject shows up once across pages; the offset is
/// echoed even past the end, and a filter matching nothing answers all-zero paging fields.
async fn info_subjects_paging(kind: Kind) {
    const N: usize = 3000;
    let (srv, _store) = start_js(kind);
    let client = srv.client().await;
    let v = api(
        &client,
        "$JS.API.STREAM.CREATE.T",
        r#"{"name":"T","subjects":["t.>"],"storage":"memory"}"#,
    )
    .await;
    assert_eq!(error_of(&v).1, 0, "{v}");
    for i in 0..N - 1 {
        client
            .publish(format!("t.{i:05}"), "x".into())
            .await
            .expect("publish");
    }
    let ack = api(&client, &format!("t.{:05}", N - 1), "x").await;
    assert_eq!(ack["seq"], N, "{ack}");

    let page = |v: &Value| -> Vec<String> {
        v["state"]["subjects"]
            .as_object()
            .map(|m| m.keys().cloned().collect())
            .unwrap_or_default()
    };
    let paging = |v: &Value| (v["total"].clone(), v["offset"].clone(), v["limit"].clone());
    let all: Vec<String> = (0..N).map(|i| format!("t.{i:05}")).collect();
    let v = api(
        &client,
        "$JS.API.STREAM.INFO.T",
        r#"{"subjects_filter":">"}"#,
    )
    .await;
    assert_eq!(paging(&v), (N.into(), 0.into(), 100_000.into()));
    assert!(page(&v) == all, "{} subjects", page(&v).len());
    // Pages of 1000 from consecutive offsets cover every subject exactly once.
    let mut seen = Vec::new();
    for offset in [0, 1000, 2000] {
        let body = format!(r#"{{"subjects_filter":"t.*","offset":{offset}}}"#);
        let v = api(&client, "$JS.API.STREAM.INFO.T", &body).await;
        assert_eq!(paging(&v), (N.into(), offset.into(), 100_000.into()));
        let got = page(&v);
        assert!(
            got == all[offset..],
            "offset {offset}: {} subjects",
            got.len()
        );
        seen.extend(got.into_iter().take(1000));
    }
    assert!(seen == all, "{} subjects seen", seen.len());
    let v = api(
        &client,
        "$JS.API.STREAM.INFO.T",
        r#"{"subjects_filter":"t.*","offset":2999}"#,
    )
    .await;
    assert_eq!(paging(&v), (N.into(), 2999.into(), 100_000.into()));
    assert_eq!(page(&v), vec![format!("t.{:05}", N - 1)]);
    let v = api(
        &client,
        "$JS.API.STREAM.INFO.T",
        r#"{"subjects_filter":">","offset":5000}"#,
    )
    .await;
    assert_eq!(paging(&v), (N.into(), 5000.into(), 100_000.into()));
    assert!(v["state"].get("subjects").is_none(), "{}", v["state"]);
    let v = api(
        &client,
        "$JS.API.STREAM.INFO.T",
        r#"{"subjects_filter":"t.00001","offset":1}"#,
    )
    .await;
    assert_eq!(paging(&v), (1.into(), 1.into(), 100_000.into()));
    assert!(v["state"].get("subjects").is_none(), "{}", v["state"]);
    let v = api(
        &client,
        "$JS.API.STREAM.INFO.T",
        r#"{"subjects_filter":"u.>","offset":1}"#,
    )
    .await;
    assert_eq!(paging(&v), (0.into(), 0.into(), 0.into()));
    let v = api(&client, "$JS.API.STREAM.INFO.T", r#"{"offset":7}"#).await;
    assert_eq!(paging(&v), (0.into(), 0.into(), 0.into()));
}
server_test!(info_subjects_paging => info_subjects_paging_rnats, info_subjects_paging_reference);

/// `persist_mode: async` is kept and returned (API level 2), only on file storage; `default`
/// and `""` are the default and not returned; an update can not change it.
async fn persist_mode_kept(kind: Kind) {
    let (srv, _store) = start_js(kind);
    let client = srv.client().await;
    let create = |name: &str, extra: &str| {
        format!(
            r#"{{"name":"{name}","subjects":["{}"]{extra}}}"#,
            name.to_lowercase()
        )
    };
    let v = api(
        &client,
        "$JS.API.STREAM.CREATE.P",
        &create("P", r#","persist_mode":"async""#),
    )
    .await;
    assert_eq!(v["config"]["persist_mode"], "async", "{v}");
    assert_eq!(v["config"]["metadata"]["_nats.req.level"], "2", "{v}");
    let keys: Vec<&String> = v["config"].as_object().expect("config").keys().collect();
    let at = |k: &str| keys.iter().position(|x| *x == k);
    assert_eq!(
        at("persist_mode").map(|i| i + 1),
        at("metadata"),
        "{keys:?}"
    );
    let v = api(&client, "$JS.API.STREAM.INFO.P", "").await;
    assert_eq!(v["config"]["persist_mode"], "async", "{v}");
    for (name, mode) in [("D", "default"), ("E", "")] {
        let extra = format!(r#","persist_mode":"{mode}""#);
        let subject = format!("$JS.API.STREAM.CREATE.{name}");
        let v = api(&client, &subject, &create(name, &extra)).await;
        assert_eq!(error_of(&v).1, 0, "{v}");
        assert!(v["config"].get("persist_mode").is_none(), "{v}");
        assert_eq!(v["config"]["metadata"]["_nats.req.level"], "0", "{v}");
    }
    let v = api(
        &client,
        "$JS.API.STREAM.CREATE.M",
        &create("M", r#","persist_mode":"async","storage":"memory""#),
    )
    .await;
    assert_eq!(
        error_of(&v),
        (
            500,
            10052,
            "async persist mode is only supported on file storage".into()
        )
    );
    let v = api(
        &client,
        "$JS.API.STREAM.CREATE.B",
        &create("B", r#","persist_mode":"bogus""#),
    )
    .await;
    assert_eq!(error_of(&v).1, 10025, "{v}");
    let change = (
        500,
        10052,
        "stream configuration update can not change persist mode".to_string(),
    );
    let v = api(&client, "$JS.API.STREAM.UPDATE.P", &create("P", "")).await;
    assert_eq!(error_of(&v), change);
    let v = api(
        &client,
        "$JS.API.STREAM.UPDATE.D",
        &create("D", r#","persist_mode":"async""#),
    )
    .await;
    assert_eq!(error_of(&v), change);
    let v = api(
        &client,
        "$JS.API.STREAM.UPDATE.P",
        &create("P", r#","persist_mode":"async","max_msgs":5"#),
    )
    .await;
    assert_eq!(error_of(&v).1, 0, "{v}");
    assert_eq!(v["config"]["persist_mode"], "async", "{v}");
}
server_test!(persist_mode_kept => persist_mode_kept_rnats, persist_mode_kept_reference);

/// A stream update whose `consumer_limits` differ and fall below an existing consumer's
/// `inactive_threshold` or `max_ack_pending` is refused with 10069 naming the consumers (0 is
/// no exception: removing the limits counts); unchanged or raised limits pass.
async fn consumer_limits_update_checked(kind: Kind) {
    const SEC: i64 = 1_000_000_000;
    let (srv, _store) = start_js(kind);
    let client = srv.client().await;
    let stream =
        |limits: &str| format!(r#"{{"name":"L","subjects":["l"],"consumer_limits":{limits}}}"#);
    let limits = |inactive: i64, max_ack: i64| {
        format!(r#"{{"inactive_threshold":{inactive},"max_ack_pending":{max_ack}}}"#)
    };
    let v = api(
        &client,
        "$JS.API.STREAM.CREATE.L",
        &stream(&limits(60 * SEC, 100)),
    )
    .await;
    assert_eq!(error_of(&v).1, 0, "{v}");
    let body = format!(
        r#"{{"stream_name":"L","config":{{"durable_name":"C","ack_policy":"explicit","max_ack_pending":50,"inactive_threshold":{}}}}}"#,
        30 * SEC
    );
    let v = api(&client, "$JS.API.CONSUMER.CREATE.L.C", &body).await;
    assert_eq!(error_of(&v).1, 0, "{v}");
    let refused = |names: &str| {
        (
            500,
            10069,
            format!("change to limits violates consumers: {names}"),
        )
    };
    let update = |limits: String| {
        let client = client.clone();
        async move { api(&client, "$JS.API.STREAM.UPDATE.L", &stream(&limits)).await }
    };
    assert_eq!(error_of(&update(limits(60 * SEC, 10)).await), refused("C"));
    assert_eq!(error_of(&update(limits(10 * SEC, 100)).await), refused("C"));
    assert_eq!(error_of(&update("{}".into()).await), refused("C"));
    assert_eq!(
        error_of(&update(r#"{"max_ack_pending":1000}"#.into()).await),
        refused("C")
    );
    // Unchanged limits with another change, then limits at the consumer's own values.
    let v = api(
        &client,
        "$JS.API.STREAM.UPDATE.L",
        &format!(
            r#"{{"name":"L","subjects":["l"],"max_msgs":9,"consumer_limits":{}}}"#,
            limits(60 * SEC, 100)
        ),
    )
    .await;
    assert_eq!(error_of(&v).1, 0, "{v}");
    let v = update(limits(30 * SEC, 50)).await;
    assert_eq!(error_of(&v).1, 0, "{v}");
    assert_eq!(v["config"]["consumer_limits"]["max_ack_pending"], 50, "{v}");

    // Two violators, named in no particular order.
    let body = format!(
        r#"{{"stream_name":"L","config":{{"name":"E","ack_policy":"explicit","max_ack_pending":40,"inactive_threshold":{}}}}}"#,
        20 * SEC
    );
    let v = api(&client, "$JS.API.CONSUMER.CREATE.L.E", &body).await;
    assert_eq!(error_of(&v).1, 0, "{v}");
    let (code, err_code, text) = error_of(&update(limits(10 * SEC, 50)).await);
    assert_eq!((code, err_code), (500, 10069));
    let names = text
        .strip_prefix("change to limits violates consumers: ")
        .unwrap_or_else(|| panic!("{text}"));
    let mut names: Vec<&str> = names.split(", ").collect();
    names.sort_unstable();
    assert_eq!(names, ["C", "E"]);
    assert_eq!(error_of(&update(limits(30 * SEC, 45)).await), refused("C"));
}
server_test!(consumer_limits_update_checked => consumer_limits_update_checked_rnats, consumer_limits_update_checked_reference);

/// `STREAM.MSG.DELETE` with `{"seq":0}` or `{"seq":null}` asks the store for sequence 0 (each
/// store answers as for a missing sequence); only an empty request is a bad request.
async fn msg_delete_seq_zero(kind: Kind) {
    let (srv, _store) = start_js(kind);
    let client = srv.client().await;
    for (storage, missing) in [
        ("memory", (400, 10043, "sequence 0 not found")),
        ("file", (500, 10057, "no message found")),
    ] {
        let name = format!("D{storage}");
        let body = format!(r#"{{"name":"{name}","subjects":["{storage}"],"storage":"{storage}"}}"#);
        let v = api(&client, &format!("$JS.API.STREAM.CREATE.{name}"), &body).await;
        assert_eq!(error_of(&v).1, 0, "{v}");
        let ack = api(&client, storage, "x").await;
        assert_eq!(ack["seq"], 1, "{ack}");
        let subject = format!("$JS.API.STREAM.MSG.DELETE.{name}");
        for body in [r#"{"seq":0}"#, r#"{"seq":null}"#] {
            let v = api(&client, &subject, body).await;
            let (code, err_code, text) = error_of(&v);
            assert_eq!((code, err_code, text.as_str()), missing, "{storage} {body}");
        }
        for body in ["{}", ""] {
            let v = api(&client, &subject, body).await;
            assert_eq!(
                error_of(&v),
                (400, 10003, "bad request".into()),
                "{storage} {body:?}"
            );
        }
    }
}
server_test!(msg_delete_seq_zero => msg_delete_seq_zero_rnats, msg_delete_seq_zero_reference);

/// A stream's `consumer_limits` fill a new consumer's unset `inactive_threshold` and
/// `max_ack_pending` (whatever its ack policy, durable or not) and bound the values it sets.
async fn consumer_limits_applied_on_create(kind: Kind) {
    let (srv, _store) = start_js(kind);
    let client = srv.client().await;
    let v = api(
        &client,
        "$JS.API.STREAM.CREATE.CL",
        r#"{"name":"CL","subjects":["cl"],"consumer_limits":{"inactive_threshold":60000000000,"max_ack_pending":100}}"#,
    )
    .await;
    assert_eq!(error_of(&v).1, 0, "{v}");
    let v = api(
        &client,
        "$JS.API.STREAM.CREATE.CM",
        r#"{"name":"CM","subjects":["cm"],"consumer_limits":{"max_ack_pending":2000}}"#,
    )
    .await;
    assert_eq!(error_of(&v).1, 0, "{v}");
    // (subject suffix, config, inactive_threshold, max_ack_pending)
    let cases: [(&str, &str, Value, Value); 8] = [
        ("CL", "{}", 60_000_000_000u64.into(), 100.into()),
        (
            "CL",
            r#"{"ack_policy":"explicit"}"#,
            60_000_000_000u64.into(),
            100.into(),
        ),
        (
            "CL.D1",
            r#"{"durable_name":"D1"}"#,
            60_000_000_000u64.into(),
            100.into(),
        ),
        (
            "CL.D2",
            r#"{"durable_name":"D2","ack_policy":"all"}"#,
            60_000_000_000u64.into(),
            100.into(),
        ),
        (
            "CL",
            r#"{"ack_policy":"explicit","max_ack_pending":-1}"#,
            60_000_000_000u64.into(),
            (-1).into(),
        ),
        (
            "CL",
            r#"{"inactive_threshold":-1}"#,
            60_000_000_000u64.into(),
            100.into(),
        ),
        (
            "CM",
            r#"{"ack_policy":"explicit"}"#,
            5_000_000_000u64.into(),
            2000.into(),
        ),
        (
            "CM.X",
            r#"{"durable_name":"X","ack_policy":"explicit"}"#,
            Value::Null,
            2000.into(),
        ),
    ];
    for (suffix, config, inactive, max_ack) in cases {
        let stream = &suffix[..2];
        let body = format!(r#"{{"stream_name":"{stream}","config":{config}}}"#);
        let v = api(&client, &format!("$JS.API.CONSUMER.CREATE.{suffix}"), &body).await;
        assert_eq!(error_of(&v).1, 0, "{config}: {v}");
        assert_eq!(
            (
                &v["config"]["inactive_threshold"],
                &v["config"]["max_ack_pending"]
            ),
            (&inactive, &max_ack),
            "{config}"
        );
    }
    let v = api(
        &client,
        "$JS.API.CONSUMER.CREATE.CL",
        r#"{"stream_name":"CL","config":{"ack_policy":"explicit","max_ack_pending":200}}"#,
    )
    .await;
    assert_eq!(
        error_of(&v),
        (
            400,
            10121,
            "consumer max ack pending exceeds system limit of 100".into()
        )
    );
    let v = api(
        &client,
        "$JS.API.CONSUMER.CREATE.CL",
        r#"{"stream_name":"CL","config":{"inactive_threshold":120000000000}}"#,
    )
    .await;
    assert_eq!(
        error_of(&v),
        (
            400,
            10153,
            "consumer inactive threshold exceeds system limit of 1m0s".into()
        )
    );
}
server_test!(consumer_limits_applied_on_create => consumer_limits_applied_on_create_rnats, consumer_limits_applied_on_create_reference);

/// nats-server 2.14 decodes API requests strictly (`jetstream { strict: true }`, its default):
/// a field the request type does not have, at any depth (maps such as `metadata` excepted), is
/// refused with 10025 naming the first one in document order; field names match
/// case-insensitively; consecutive JSON values are read into the same request; stream delete,
/// consumer info and consumer delete refuse any body but `{}` (10038). With `strict: false`
/// unknown fields are ignored.
async fn unknown_fields_refused(kind: Kind) {
    let (mut srv, _store) = start_js(kind);
    let client = srv.client().await;
    let unknown = |f: &str| {
        (
            400,
            10025,
            format!("invalid JSON: json: unknown field \"{f}\""),
        )
    };
    let refused = [
        (
            "STREAM.CREATE.S",
            r#"{"name":"S","subjects":["s.>"],"zzz":1,"aaa":2}"#,
            "zzz",
        ),
        (
            "STREAM.CREATE.S",
            r#"{"name":"S","placement":{"bogus":1}}"#,
            "bogus",
        ),
        (
            "STREAM.CREATE.S",
            r#"{"name":"S","consumer_limits":{"bogus":1}}"#,
            "bogus",
        ),
        (
            "STREAM.CREATE.S",
            r#"{"name":"S","republish":{"src":">","dest":"x.>","x":1}}"#,
            "x",
        ),
        (
            "STREAM.CREATE.S",
            r#"{"name":"S","sources":[{"name":"X","b":1}]}"#,
            "b",
        ),
        (
            "STREAM.CREATE.S",
            r#"{"name":"S","mirror":{"name":"M","external":{"api":"a","c":1}}}"#,
            "c",
        ),
        (
            "STREAM.CREATE.S",
            r#"{"name":"S","subject_transform":{"src":"s.>","dest":"v.>","d":1}}"#,
            "d",
        ),
        (
            "STREAM.CREATE.S",
            r#"{"name":"S","subjects":["s.>"]} {"late":1}"#,
            "late",
        ),
    ];
    for (op, body, field) in refused {
        let v = api(&client, &format!("$JS.API.{op}"), body).await;
        assert_eq!(error_of(&v), unknown(field), "{kind:?} {op} {body}");
    }
    // Each undecodable request is logged (once a second for the same text).
    srv.wait_for_log(
        r#"[WRN] Invalid JetStream request '$G > $JS.API.STREAM.CREATE.S': json: unknown field "zzz""#,
        Duration::from_secs(5),
    );
    // Type errors in Go's words; the first error in document order wins.
    let mismatch = |what: &str, field: &str, ty: &str| {
        (
            400,
            10025,
            format!("invalid JSON: json: cannot unmarshal {what} into Go struct field {field} of type {ty}"),
        )
    };
    let typed = [
        (
            "STREAM.CREATE.S",
            r#"{"name":"S","max_msgs":"x","bogus":1}"#,
            mismatch(
                "string",
                "StreamConfigRequest.StreamConfig.max_msgs",
                "int64",
            ),
        ),
        (
            "STREAM.CREATE.S",
            r#"{"name":"S","bogus":1,"max_msgs":"x"}"#,
            unknown("bogus"),
        ),
        (
            "STREAM.CREATE.S",
            r#"{"name":"S","placement":{"tags":[1]}}"#,
            mismatch("number", "Placement.StreamConfig.placement.tags", "string"),
        ),
        (
            "STREAM.CREATE.S",
            r#"{"name":"S","max_msgs":1.5}"#,
            mismatch(
                "number 1.5",
                "StreamConfigRequest.StreamConfig.max_msgs",
                "int64",
            ),
        ),
        (
            "CONSUMER.CREATE.S",
            r#"{"stream_name":"S","config":{"ack_wait":"1s"}}"#,
            mismatch("string", "ConsumerConfig.config.ack_wait", "time.Duration"),
        ),
        (
            "STREAM.MSG.GET.S",
            r#"{"seq":-1}"#,
            mismatch("number -1", "JSApiMsgGetRequest.seq", "uint64"),
        ),
        (
            "STREAM.INFO.S",
            r#"{"offset":"x"}"#,
            mismatch(
                "string",
                "JSApiStreamInfoRequest.ApiPagedRequest.offset",
                "int",
            ),
        ),
    ];
    for (op, body, want) in typed {
        let v = api(&client, &format!("$JS.API.{op}"), body).await;
        assert_eq!(error_of(&v), want, "{kind:?} {op} {body}");
    }
    // Case-insensitive names, any metadata key, `pedantic`, and a second value merged in.
    let v = api(
        &client,
        "$JS.API.STREAM.CREATE.S",
        r#"{"NAME":"S","Subjects":["s.>"],"metadata":{"bogus":"1"},"pedantic":false} {"max_msgs":7}"#,
    )
    .await;
    assert!(v.get("error").is_none(), "{kind:?}: {v}");
    assert_eq!(v["config"]["subjects"][0], "s.>", "{kind:?}: {v}");
    assert_eq!(v["config"]["max_msgs"], 7, "{kind:?}: {v}");
    // A second value can still be refused on its own merits.
    let v = api(
        &client,
        "$JS.API.STREAM.CREATE.S",
        r#"{"name":"S","subjects":["s.>"]} {"name":"T"}"#,
    )
    .await;
    assert_eq!(error_of(&v).1, 10056, "{kind:?}: {v}");
    let refused = [
        (
            "STREAM.UPDATE.S",
            r#"{"name":"S","subjects":["s.>"],"bogus":1}"#,
        ),
        ("STREAM.INFO.S", r#"{"offset":0,"bogus":1}"#),
        ("STREAM.NAMES", r#"{"bogus":1}"#),
        ("STREAM.LIST", r#"{"bogus":1}"#),
        ("STREAM.PURGE.S", r#"{"bogus":1}"#),
        ("STREAM.MSG.DELETE.S", r#"{"seq":1,"bogus":1}"#),
        ("STREAM.MSG.GET.S", r#"{"seq":1,"bogus":1}"#),
        // Checked before the stream is looked up.
        ("STREAM.MSG.GET.NOPE", r#"{"seq":1,"bogus":1}"#),
        (
            "CONSUMER.CREATE.NOPE",
            r#"{"stream_name":"NOPE","config":{"bogus":1}}"#,
        ),
        (
            "CONSUMER.CREATE.S",
            r#"{"stream_name":"S","bogus":1,"config":{}}"#,
        ),
        (
            "CONSUMER.DURABLE.CREATE.S.E",
            r#"{"stream_name":"S","config":{"durable_name":"E","bogus":1}}"#,
        ),
        ("CONSUMER.NAMES.S", r#"{"bogus":1}"#),
        // Consumer listings take no subject filter.
        ("CONSUMER.LIST.S", r#"{"offset":0,"subject":"s.a"}"#),
    ];
    for (op, body) in refused {
        let v = api(&client, &format!("$JS.API.{op}"), body).await;
        let field = if body.contains("bogus") {
            "bogus"
        } else {
            "subject"
        };
        assert_eq!(error_of(&v), unknown(field), "{kind:?} {op} {body}");
    }
    let v = api(
        &client,
        "$JS.API.CONSUMER.CREATE.S.C",
        r#"{"stream_name":"S","config":{"name":"C","metadata":{"x":"y"}},"pedantic":true}"#,
    )
    .await;
    assert!(v.get("error").is_none(), "{kind:?}: {v}");
    // Pull requests are not decoded strictly.
    let reply = client
        .request(
            "$JS.API.CONSUMER.MSG.NEXT.S.C",
            r#"{"batch":1,"no_wait":true,"bogus":1}"#.into(),
        )
        .await
        .expect("pull answered");
    let status = reply.status.map(|s| s.as_u16());
    assert_eq!(status, Some(404), "{kind:?}: {reply:?}");
    // Bodies refused where none is expected (`{}` is fine).
    let not_empty = (400, 10038, "expected an empty request payload".to_string());
    for op in [
        "CONSUMER.INFO.S.C",
        "CONSUMER.DELETE.S.C",
        "STREAM.DELETE.S",
    ] {
        for body in [r#"{"bogus":1}"#, "null"] {
            let v = api(&client, &format!("$JS.API.{op}"), body).await;
            assert_eq!(error_of(&v), not_empty, "{kind:?} {op} {body}");
        }
    }
    let v = api(&client, "$JS.API.CONSUMER.INFO.S.C", " {} ").await;
    assert!(v.get("error").is_none(), "{kind:?}: {v}");
    // Direct gets are decoded leniently: unknown fields pass, undecodable bodies (whitespace
    // included) are `408 Malformed Request`, a request naming nothing `408 Empty Request`.
    let v = api(
        &client,
        "$JS.API.STREAM.CREATE.DG",
        r#"{"name":"DG","subjects":["dg"],"allow_direct":true}"#,
    )
    .await;
    assert!(v.get("error").is_none(), "{kind:?}: {v}");
    client.request("dg", "x".into()).await.expect("stored");
    for (body, want) in [
        (r#"{"seq":1,"bogus":1}"#, None),
        (r#"{"seq":1} {"x":1}"#, Some("Malformed Request")),
        ("  ", Some("Malformed Request")),
        ("{}", Some("Empty Request")),
        (r#"{"last_by_subj":""}"#, Some("Empty Request")),
    ] {
        let m = client
            .request("$JS.API.DIRECT.GET.DG", body.to_string().into())
            .await
            .expect("direct get answered");
        match want {
            None => assert_eq!(&m.payload[..], b"x", "{kind:?} {body}: {m:?}"),
            Some(d) => {
                assert_eq!(m.status.map(|s| s.as_u16()), Some(408), "{kind:?} {body}");
                assert_eq!(m.description.as_deref(), Some(d), "{kind:?} {body}");
            }
        }
    }
    drop(client);
    drop(srv);

    // `strict: false`: unknown fields ignored, the body still one JSON value.
    let dir = tempfile::tempdir().expect("dir");
    let conf = dir.path().join("lenient.conf");
    let store = dir.path().join("js");
    std::fs::write(
        &conf,
        format!("jetstream {{ strict: false, store_dir: {:?} }}\n", store),
    )
    .expect("write conf");
    let srv = TestServer::start(kind, &["-c", conf.to_str().expect("utf-8 path")]);
    let client = srv.client().await;
    let v = api(
        &client,
        "$JS.API.STREAM.CREATE.L",
        r#"{"name":"L","subjects":["l"],"bogus":1,"consumer_limits":{"x":1}}"#,
    )
    .await;
    assert!(v.get("error").is_none(), "{kind:?}: {v}");
    let v = api(&client, "$JS.API.STREAM.INFO.L", r#"{"bogus":1}"#).await;
    assert!(v.get("error").is_none(), "{kind:?}: {v}");
    let v = api(
        &client,
        "$JS.API.STREAM.NAMES",
        r#"{"offset":0} {"bogus":1}"#,
    )
    .await;
    assert_eq!(error_of(&v).1, 10025, "{kind:?}: {v}");
}
server_test!(unknown_fields_refused => unknown_fields_refused_rnats, unknown_fields_refused_reference);

/// A consumer created without a name gets one from the server, reported as the top-level
/// `name` only: 2.14 leaves `config.name` out (create, info and list alike). Named ones (in the
/// config, the subject or as durable) keep it.
async fn generated_consumer_name_not_in_config(kind: Kind) {
    let (srv, _store) = start_js(kind);
    let client = srv.client().await;
    let v = api(
        &client,
        "$JS.API.STREAM.CREATE.E",
        r#"{"name":"E","subjects":["e"]}"#,
    )
    .await;
    assert!(v.get("error").is_none(), "{v}");
    for body in [
        r#"{"stream_name":"E","config":{"deliver_subject":"dd","ack_policy":"none"}}"#,
        r#"{"stream_name":"E","config":{"ack_policy":"none"}}"#,
    ] {
        let v = api(&client, "$JS.API.CONSUMER.CREATE.E", body).await;
        let name = v["name"].as_str().unwrap_or_default().to_string();
        assert!(!name.is_empty(), "{kind:?}: {v}");
        assert!(v["config"].get("name").is_none(), "{kind:?}: {v}");
        let v = api(&client, &format!("$JS.API.CONSUMER.INFO.E.{name}"), "").await;
        assert_eq!(v["name"], name.as_str(), "{kind:?}: {v}");
        assert!(v["config"].get("name").is_none(), "{kind:?}: {v}");
    }
    let v = api(&client, "$JS.API.CONSUMER.LIST.E", "").await;
    let list = v["consumers"].as_array().cloned().unwrap_or_default();
    assert_eq!(list.len(), 2, "{kind:?}: {v}");
    assert!(
        list.iter().all(|c| c["config"].get("name").is_none()),
        "{kind:?}: {v}"
    );
    let v = api(
        &client,
        "$JS.API.CONSUMER.CREATE.E.NAMED",
        r#"{"stream_name":"E","config":{"ack_policy":"none"}}"#,
    )
    .await;
    assert_eq!(v["config"]["name"], "NAMED", "{kind:?}: {v}");
    let v = api(
        &client,
        "$JS.API.CONSUMER.DURABLE.CREATE.E.DD",
        r#"{"stream_name":"E","config":{"durable_name":"DD","ack_policy":"none"}}"#,
    )
    .await;
    assert_eq!(v["config"]["name"], "DD", "{kind:?}: {v}");
}
server_test!(generated_consumer_name_not_in_config => generated_consumer_name_not_in_config_rnats, generated_consumer_name_not_in_config_reference);
