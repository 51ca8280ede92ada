//! JetStream streams API end to end with async-nats' `jetstream` module, against rnats and the
//! reference nats-server, each started with `-js -sd <tempdir>`: stream create with upstream's
//! defaults, PubAcks, stream info state, names/list, purge, message get, direct get, delete,
//! API error codes, publish expectations and dedupe, and persistence across a `kill -9`; pull
//! consumers: create/info/names/delete and their errors, fetch/batch/messages with acks, status
//! messages (404, 408), redelivery after ack_wait and NAK, work-queue retention, and a durable
//! consumer resuming after `kill -9`; push consumers (plain, ordered, idle heartbeats).

use std::time::Duration;

use async_nats::jetstream::{self, consumer, stream, AckKind};
use futures::StreamExt;
use serde_json::{json, Value};

use crate::util::{server_test, signal, Kind, TestServer};

/// Starts `kind` with JetStream on `store`.
pub(crate) fn start_js(kind: Kind, store: &std::path::Path) -> TestServer {
    let dir = store.to_str().expect("utf-8 path");
    TestServer::start(kind, &["-js", "-sd", dir])
}

/// Starts `kind` with JetStream from a config file `DIR/js.conf`:
/// `jetstream { store_dir: "DIR/store"<extra> }`, `extra` being more settings after a comma
/// (`, max_file_store: 1MB`), or "".
pub(crate) fn start_js_conf(kind: Kind, dir: &std::path::Path, extra: &str) -> TestServer {
    let conf = dir.join("js.conf");
    std::fs::write(
        &conf,
        format!(
            "jetstream {{ store_dir: \"{}\"{extra} }}\n",
            dir.join("store").display()
        ),
    )
    .expect("write config");
    TestServer::start(kind, &["-c", conf.to_str().expect("utf-8 path")])
}

/// Sends a raw API request and parses the JSON response.
pub(crate) async fn api(client: &async_nats::Client, subject: &str, body: &str) -> Value {
    let msg = client
        .request(subject.to_string(), body.to_string().into())
        .await
        .unwrap_or_else(|e| panic!("{subject}: {e}"));
    serde_json::from_slice(&msg.payload).expect("JSON response")
}

/// [`api`] with a JSON body; `Value::Null` sends an empty one.
pub(crate) async fn api_json(client: &async_nats::Client, subject: &str, body: Value) -> Value {
    let body = if body.is_null() {
        String::new()
    } else {
        body.to_string()
    };
    api(client, subject, &body).await
}

/// [`api`] for a request that must succeed: panics on an error response, else returns it.
/// `body` is the JSON text or a `Value`.
pub(crate) async fn api_ok(
    client: &async_nats::Client,
    subject: &str,
    body: impl std::fmt::Display,
) -> Value {
    let v = api(client, subject, &body.to_string()).await;
    assert_eq!(error_of(&v).1, 0, "{subject}: {v}");
    v
}

/// Polls `$JS.API.STREAM.MSG.GET.<stream>` for the last message on `subject` until there is
/// one (5 s at most, else a panic saying `what`); returns the response.
pub(crate) async fn wait_last_by_subject(
    client: &async_nats::Client,
    stream: &str,
    subject: &str,
    what: &str,
) -> Value {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(5);
    let get = format!("$JS.API.STREAM.MSG.GET.{stream}");
    let body = json!({ "last_by_subj": subject }).to_string();
    loop {
        let m = api(client, &get, &body).await;
        if m["message"]["subject"] == subject {
            return m;
        }
        assert!(tokio::time::Instant::now() < deadline, "{what}: {m}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// `(code, err_code, description)` of an error response (zeros and "" when it is no error).
pub(crate) fn error_of(v: &Value) -> (u64, u64, String) {
    let e = &v["error"];
    (
        e["code"].as_u64().unwrap_or(0),
        e["err_code"].as_u64().unwrap_or(0),
        e["description"].as_str().unwrap_or("").to_string(),
    )
}

async fn stream_create_defaults(kind: Kind) {
    let store = tempfile::tempdir().expect("store dir");
    let srv = start_js(kind, store.path());
    let client = srv.client().await;
    let v = api(&client, "$JS.API.STREAM.CREATE.S", r#"{"name":"S"}"#).await;
    assert_eq!(v["type"], "io.nats.jetstream.api.v1.stream_create_response");
    assert_eq!(v["did_create"], true);
    let mut config = v["config"].clone();
    // The version differs between builds; every other field is compared.
    assert_eq!(config["metadata"]["_nats.ver"], "2.14.0");
    config["metadata"]
        .as_object_mut()
        .expect("metadata")
        .remove("_nats.ver");
    assert_eq!(
        config,
        json!({"name":"S","subjects":["S"],"retention":"limits","max_consumers":-1,
            "max_msgs":-1,"max_bytes":-1,"max_age":0,"max_msgs_per_subject":-1,
            "max_msg_size":-1,"discard":"old","storage":"file","num_replicas":1,
            "duplicate_window":120000000000u64,"compression":"none","allow_direct":false,
            "mirror_direct":false,"sealed":false,"deny_delete":false,"deny_purge":false,
            "allow_rollup_hdrs":false,"consumer_limits":{},"allow_msg_ttl":false,
            "metadata":{"_nats.level":"4","_nats.req.level":"0"}})
    );
    assert_eq!(
        v["state"],
        json!({"messages":0,"bytes":0,"first_seq":0,"first_ts":"0001-01-01T00:00:00Z",
            "last_seq":0,"last_ts":"0001-01-01T00:00:00Z","consumer_count":0})
    );

    let info = api(&client, "$JS.API.INFO", "").await;
    assert_eq!(
        info["type"],
        "io.nats.jetstream.api.v1.account_info_response"
    );
    assert_eq!(info["streams"], 1);
    assert_eq!(info["api"]["level"], 4);
    assert_eq!(info["limits"]["max_streams"], -1);
}
server_test!(stream_create_defaults => stream_create_defaults_rnats, stream_create_defaults_reference);

async fn publish_info_get_purge_delete(kind: Kind) {
    let store = tempfile::tempdir().expect("store dir");
    let srv = start_js(kind, store.path());
    let client = srv.client().await;
    let js = jetstream::new(client.clone());
    let mut s = js
        .create_stream(stream::Config {
            name: "ORDERS".into(),
            subjects: vec!["orders.>".into()],
            allow_direct: true,
            ..Default::default()
        })
        .await
        .expect("create stream");
    for (i, subj) in ["orders.a", "orders.b", "orders.a"].iter().enumerate() {
        let ack = js
            .publish(subj.to_string(), format!("m{i}").into())
            .await
            .expect("publish")
            .await
            .expect("ack");
        assert_eq!(
            (ack.stream.as_str(), ack.sequence),
            ("ORDERS", i as u64 + 1)
        );
        assert!(!ack.duplicate);
    }
    let info = s.info().await.expect("info").clone();
    assert_eq!(info.state.messages, 3);
    assert_eq!(info.state.first_sequence, 1);
    assert_eq!(info.state.last_sequence, 3);
    assert_eq!(info.state.subjects_count, 2);
    // Upstream's file-store size: 22 bytes of framing + subject + headers + payload + 8.
    assert_eq!(info.state.bytes, 3 * (22 + 8 + 8 + 2));

    // Names and list.
    js.create_stream(stream::Config {
        name: "OTHER".into(),
        storage: stream::StorageType::Memory,
        ..Default::default()
    })
    .await
    .expect("second stream");
    let names = api(&client, "$JS.API.STREAM.NAMES", "").await;
    assert_eq!(names["total"], 2);
    assert_eq!(names["streams"], json!(["ORDERS", "OTHER"]));
    let filtered = api(&client, "$JS.API.STREAM.NAMES", r#"{"subject":"orders.x"}"#).await;
    assert_eq!(filtered["streams"], json!(["ORDERS"]));
    let list = api(&client, "$JS.API.STREAM.LIST", r#"{"offset":1}"#).await;
    assert_eq!(
        (
            list["total"].as_u64(),
            list["offset"].as_u64(),
            list["limit"].as_u64()
        ),
        (Some(2), Some(1), Some(256))
    );
    assert_eq!(list["streams"][0]["config"]["name"], "OTHER");

    // Message get (by sequence, last by subject), direct get.
    let m = s.get_raw_message(2).await.expect("get 2");
    assert_eq!(
        (m.subject.as_str(), &m.payload[..]),
        ("orders.b", &b"m1"[..])
    );
    let m = s
        .get_last_raw_message_by_subject("orders.a")
        .await
        .expect("last by subject");
    assert_eq!((m.sequence, &m.payload[..]), (3, &b"m2"[..]));
    let v = api(&client, "$JS.API.STREAM.MSG.GET.ORDERS", r#"{"seq":9}"#).await;
    assert_eq!(error_of(&v), (404, 10037, "no message found".into()));
    let v = api(
        &client,
        "$JS.API.STREAM.MSG.GET.ORDERS",
        r#"{"seq":1,"next_by_subj":"orders.b"}"#,
    )
    .await;
    assert_eq!(v["message"]["seq"], 2);
    let d = s.direct_get(1).await.expect("direct get");
    assert_eq!(
        (d.subject.as_str(), &d.payload[..]),
        ("orders.a", &b"m0"[..])
    );
    assert_eq!(
        d.headers.get("Nats-Stream").map(|v| v.as_str()),
        Some("ORDERS")
    );
    assert_eq!(
        d.headers.get("Nats-Sequence").map(|v| v.as_str()),
        Some("1")
    );
    let d = s
        .direct_get_last_for_subject("orders.b")
        .await
        .expect("direct last");
    assert_eq!(d.sequence, 2);
    let raw = client
        .request("$JS.API.DIRECT.GET.ORDERS", r#"{"seq":99}"#.into())
        .await
        .expect("direct get reply");
    assert_eq!(raw.status.map(|s| s.as_u16()), Some(404));
    assert_eq!(raw.description.as_deref(), Some("Message Not Found"));

    // Message delete, purge with a filter, then everything.
    assert!(s.delete_message(1).await.expect("delete message"));
    let v = api(&client, "$JS.API.STREAM.MSG.DELETE.ORDERS", r#"{"seq":1}"#).await;
    assert_eq!(error_of(&v), (500, 10057, "no message found".into()));
    let info = s.info().await.expect("info").clone();
    assert_eq!((info.state.messages, info.state.first_sequence), (2, 2));
    let p = s.purge().filter("orders.b").await.expect("purge filter");
    assert_eq!(p.purged, 1);
    let p = s.purge().await.expect("purge");
    assert_eq!(p.purged, 1);
    let info = s.info().await.expect("info").clone();
    assert_eq!(
        (
            info.state.messages,
            info.state.first_sequence,
            info.state.last_sequence
        ),
        (0, 4, 3)
    );

    assert!(js.delete_stream("ORDERS").await.expect("delete").success);
    let v = api(&client, "$JS.API.STREAM.INFO.ORDERS", "").await;
    assert_eq!(error_of(&v), (404, 10059, "stream not found".into()));
    let v = api(&client, "$JS.API.STREAM.DELETE.ORDERS", "").await;
    assert_eq!(error_of(&v).1, 10059);
}
server_test!(publish_info_get_purge_delete => publish_info_get_purge_delete_rnats, publish_info_get_purge_delete_reference);

async fn api_error_codes(kind: Kind) {
    let store = tempfile::tempdir().expect("store dir");
    let srv = start_js(kind, store.path());
    let client = srv.client().await;
    let v = api(&client, "$JS.API.STREAM.CREATE.S", r#"{"name":"S"}"#).await;
    assert!(v.get("error").is_none(), "{v}");
    let v = api(
        &client,
        "$JS.API.STREAM.CREATE.S",
        r#"{"name":"S","subjects":["a"]}"#,
    )
    .await;
    assert_eq!(
        error_of(&v),
        (
            400,
            10058,
            "stream name already in use with a different configuration".into()
        )
    );
    let v = api(
        &client,
        "$JS.API.STREAM.CREATE.T",
        r#"{"name":"T","subjects":["S"]}"#,
    )
    .await;
    assert_eq!(
        error_of(&v),
        (
            400,
            10065,
            "subjects overlap with an existing stream".into()
        )
    );
    let v = api(&client, "$JS.API.STREAM.CREATE.a*", r#"{"name":"a*"}"#).await;
    assert_eq!(
        error_of(&v),
        (
            500,
            10052,
            "stream name is required and can not contain '.', '*', '>', '\\', '/'".into()
        )
    );
    let v = api(
        &client,
        "$JS.API.STREAM.CREATE.R",
        r#"{"name":"R","num_replicas":3}"#,
    )
    .await;
    assert_eq!(
        error_of(&v),
        (
            500,
            10074,
            "replicas > 1 not supported in non-clustered mode".into()
        )
    );
    let v = api(&client, "$JS.API.STREAM.CREATE.Q", r#"{"name":"Z"}"#).await;
    assert_eq!(
        error_of(&v),
        (
            400,
            10056,
            "stream name in subject does not match request".into()
        )
    );
    let v = api(&client, "$JS.API.STREAM.CREATE.Q", "{bad").await;
    assert_eq!(error_of(&v).1, 10025);

    let v = api(
        &client,
        "$JS.API.STREAM.UPDATE.S",
        r#"{"name":"S","storage":"memory"}"#,
    )
    .await;
    assert_eq!(
        error_of(&v),
        (
            500,
            10052,
            "stream configuration update can not change storage type".into()
        )
    );
    let v = api(
        &client,
        "$JS.API.STREAM.UPDATE.S",
        r#"{"name":"S","max_msgs":5}"#,
    )
    .await;
    assert_eq!(v["type"], "io.nats.jetstream.api.v1.stream_update_response");
    assert_eq!(v["config"]["max_msgs"], 5);
    let v = api(&client, "$JS.API.STREAM.UPDATE.NOPE", r#"{"name":"NOPE"}"#).await;
    assert_eq!(error_of(&v), (404, 10059, "stream not found".into()));

    let js = jetstream::new(client.clone());
    match js.get_stream("MISSING").await {
        Err(e) => match e.kind() {
            jetstream::context::GetStreamErrorKind::JetStream(err) => {
                assert_eq!(err.error_code().0, 10059)
            }
            other => panic!("unexpected error kind {other:?}"),
        },
        Ok(_) => panic!("stream MISSING exists"),
    }
    // No stream captures the subject: the request gets no responders.
    let r = client.request("nowhere", "x".into()).await;
    assert!(r.is_err(), "publish with no stream must get no responders");

    // A pull consumer may not have a rate limit (push consumers may).
    let v = api(
        &client,
        "$JS.API.CONSUMER.CREATE.S",
        r#"{"stream_name":"S","config":{"rate_limit_bps":1000}}"#,
    )
    .await;
    assert_eq!(
        error_of(&v),
        (
            400,
            10086,
            "consumer in pull mode can not have rate limit set".into()
        )
    );
}
server_test!(api_error_codes => api_error_codes_rnats, api_error_codes_reference);

async fn publish_expectations_and_dedupe(kind: Kind) {
    let store = tempfile::tempdir().expect("store dir");
    let srv = start_js(kind, store.path());
    let client = srv.client().await;
    let js = jetstream::new(client.clone());
    js.create_stream(stream::Config {
        name: "E".into(),
        subjects: vec!["e.*".into()],
        ..Default::default()
    })
    .await
    .expect("create");
    let publish = |subject: &'static str, hdrs: Vec<(&'static str, String)>| {
        let client = client.clone();
        async move {
            let mut h = async_nats::HeaderMap::new();
            for (k, v) in hdrs {
                h.insert(k, v.as_str());
            }
            let m = client
                .request_with_headers(subject, h, "x".into())
                .await
                .expect("reply");
            serde_json::from_slice::<Value>(&m.payload).expect("json")
        }
    };
    let a = publish("e.a", vec![("Nats-Msg-Id", "one".into())]).await;
    assert_eq!(a["seq"], 1);
    let dup = publish("e.a", vec![("Nats-Msg-Id", "one".into())]).await;
    assert_eq!(
        (dup["seq"].as_u64(), dup["duplicate"].as_bool()),
        (Some(1), Some(true))
    );
    let v = publish("e.b", vec![("Nats-Expected-Stream", "OTHER".into())]).await;
    assert_eq!(
        error_of(&v),
        (400, 10060, "expected stream does not match".into())
    );
    let v = publish("e.b", vec![("Nats-Expected-Last-Sequence", "5".into())]).await;
    assert_eq!(error_of(&v), (400, 10071, "wrong last sequence: 1".into()));
    let v = publish("e.b", vec![("Nats-Expected-Last-Sequence", "1".into())]).await;
    assert_eq!(v["seq"], 2);
    let v = publish(
        "e.a",
        vec![("Nats-Expected-Last-Subject-Sequence", "2".into())],
    )
    .await;
    assert_eq!(error_of(&v), (400, 10071, "wrong last sequence: 1".into()));
    let v = publish(
        "e.a",
        vec![("Nats-Expected-Last-Subject-Sequence", "1".into())],
    )
    .await;
    assert_eq!(v["seq"], 3);
    let v = publish("e.c", vec![("Nats-Expected-Last-Msg-Id", "nope".into())]).await;
    // The newest message (seq 3) carried no id.
    assert_eq!(error_of(&v), (400, 10070, "wrong last msg ID: ".into()));
    let v = publish("e.c", vec![("Nats-Msg-Id", "two".into())]).await;
    assert_eq!(v["seq"], 4);
    let v = publish("e.c", vec![("Nats-Expected-Last-Msg-Id", "one".into())]).await;
    assert_eq!(error_of(&v), (400, 10070, "wrong last msg ID: two".into()));
    let v = publish("e.c", vec![("Nats-Expected-Last-Msg-Id", "two".into())]).await;
    assert_eq!(v["seq"], 5);
}
server_test!(publish_expectations_and_dedupe => publish_expectations_and_dedupe_rnats, publish_expectations_and_dedupe_reference);

/// Acknowledged publishes survive `kill -9` and a restart on the same store directory,
/// together with the stream config.
async fn restart_after_sigkill_keeps_acked_messages(kind: Kind) {
    let store = tempfile::tempdir().expect("store dir");
    let mut srv = start_js(kind, store.path());
    let client = srv.client().await;
    let js = jetstream::new(client.clone());
    js.create_stream(stream::Config {
        name: "P".into(),
        subjects: vec!["p.>".into()],
        max_messages_per_subject: 1000,
        ..Default::default()
    })
    .await
    .expect("create");
    let mut acks = Vec::new();
    for i in 0..50u32 {
        acks.push(
            js.publish(format!("p.{}", i % 5), format!("msg-{i}").into())
                .await
                .expect("publish"),
        );
    }
    let mut last = 0;
    for a in acks {
        last = a.await.expect("ack").sequence;
    }
    assert_eq!(last, 50);
    signal(srv.pid(), "KILL");
    srv.wait_exit(Duration::from_secs(10));
    drop(client);

    let srv = start_js(kind, store.path());
    let client = srv.client().await;
    let js = jetstream::new(client);
    let mut s = js.get_stream("P").await.expect("stream restored");
    let info = s.info().await.expect("info").clone();
    assert_eq!(info.config.max_messages_per_subject, 1000);
    assert_eq!((info.state.messages, info.state.last_sequence), (50, 50));
    for seq in [1u64, 25, 50] {
        let m = s.get_raw_message(seq).await.expect("message after restart");
        assert_eq!(&m.payload[..], format!("msg-{}", seq - 1).as_bytes());
    }
    let ack = js
        .publish("p.0", "after".into())
        .await
        .expect("publish")
        .await
        .expect("ack");
    assert_eq!(ack.sequence, 51);
}
server_test!(restart_after_sigkill_keeps_acked_messages => restart_after_sigkill_keeps_acked_messages_rnats, restart_after_sigkill_keeps_acked_messages_reference);

/// A pull consumer config with explicit acks.
fn pull_config(durable: &str) -> consumer::pull::Config {
    consumer::pull::Config {
        durable_name: Some(durable.to_string()),
        ack_policy: consumer::AckPolicy::Explicit,
        ..Default::default()
    }
}

/// Creates stream `name` on `<name lowercase>.>` and publishes `n` messages `m-<i>`.
async fn stream_with_msgs(
    js: &jetstream::Context,
    cfg: stream::Config,
    n: usize,
) -> stream::Stream {
    let subject = cfg.subjects[0].trim_end_matches(".>").to_string();
    let s = js.create_stream(cfg).await.expect("create stream");
    for i in 0..n {
        js.publish(format!("{subject}.{}", i % 2), format!("m-{i}").into())
            .await
            .expect("publish")
            .await
            .expect("puback");
    }
    s
}

/// Sends a pull request and returns the replies that arrive within `wait`.
async fn pull_raw(
    client: &async_nats::Client,
    subject: &str,
    body: &str,
    wait: Duration,
) -> Vec<async_nats::Message> {
    let inbox = client.new_inbox();
    let mut sub = client.subscribe(inbox.clone()).await.expect("sub");
    client
        .publish_with_reply(subject.to_string(), inbox, body.to_string().into())
        .await
        .expect("pull");
    let mut out = Vec::new();
    let deadline = tokio::time::Instant::now() + wait;
    while let Ok(Some(m)) = tokio::time::timeout_at(deadline, sub.next()).await {
        out.push(m);
    }
    out
}

async fn consumer_api_and_errors(kind: Kind) {
    let store = tempfile::tempdir().expect("store dir");
    let srv = start_js(kind, store.path());
    let client = srv.client().await;
    let js = jetstream::new(client.clone());
    stream_with_msgs(
        &js,
        stream::Config {
            name: "C".into(),
            subjects: vec!["c.>".into()],
            ..Default::default()
        },
        3,
    )
    .await;
    let v = api(
        &client,
        "$JS.API.CONSUMER.CREATE.C.D",
        r#"{"stream_name":"C","config":{"durable_name":"D","ack_policy":"explicit"}}"#,
    )
    .await;
    assert_eq!(
        v["type"],
        "io.nats.jetstream.api.v1.consumer_create_response"
    );
    assert_eq!(v["name"], "D");
    let mut config = v["config"].clone();
    config.as_object_mut().expect("config").remove("metadata");
    assert_eq!(
        config,
        json!({"durable_name":"D","name":"D","deliver_policy":"all","ack_policy":"explicit",
            "ack_wait":30000000000u64,"max_deliver":-1,"replay_policy":"instant",
            "max_waiting":512,"max_ack_pending":1000,"num_replicas":0})
    );
    assert_eq!(v["num_pending"], 3);
    assert_eq!(v["delivered"], json!({"consumer_seq":0,"stream_seq":0}));
    // Ephemeral, with the filter in the subject.
    let v = api(
        &client,
        "$JS.API.CONSUMER.CREATE.C.E.c.1",
        r#"{"stream_name":"C","config":{"name":"E","ack_policy":"explicit","filter_subject":"c.1"}}"#,
    )
    .await;
    assert_eq!(v["config"]["inactive_threshold"], 5_000_000_000u64);
    assert_eq!(v["num_pending"], 1);
    let v = api(&client, "$JS.API.CONSUMER.NAMES.C", "").await;
    assert_eq!(v["consumers"], json!(["D", "E"]));
    assert_eq!(v["total"], 2);
    let v = api(&client, "$JS.API.STREAM.INFO.C", "").await;
    assert_eq!(v["state"]["consumer_count"], 2);

    for (subject, body, want) in [
        (
            "$JS.API.CONSUMER.CREATE.C.G.c.1",
            r#"{"stream_name":"C","config":{"name":"G","ack_policy":"explicit"}}"#,
            (400, 10131),
        ),
        ("$JS.API.CONSUMER.INFO.C.X", "", (404, 10014)),
        ("$JS.API.CONSUMER.DELETE.C.X", "", (404, 10014)),
        (
            "$JS.API.CONSUMER.DURABLE.CREATE.C.Q",
            r#"{"stream_name":"C","config":{"ack_policy":"explicit"}}"#,
            (400, 10018),
        ),
        (
            "$JS.API.CONSUMER.CREATE.C",
            r#"{"stream_name":"C","config":{"durable_name":"Z","ack_policy":"explicit"}}"#,
            (400, 10020),
        ),
        (
            "$JS.API.CONSUMER.CREATE.C.N",
            r#"{"stream_name":"C","config":{"durable_name":"M","ack_policy":"explicit"}}"#,
            (400, 10017),
        ),
        (
            "$JS.API.CONSUMER.CREATE.C.N",
            r#"{"stream_name":"Other","config":{"ack_policy":"explicit"}}"#,
            (400, 10056),
        ),
        (
            "$JS.API.CONSUMER.CREATE.C.D",
            r#"{"stream_name":"C","config":{"durable_name":"D","ack_policy":"explicit","max_deliver":5},"action":"create"}"#,
            (400, 10148),
        ),
        (
            "$JS.API.CONSUMER.CREATE.C.Y",
            r#"{"stream_name":"C","config":{"durable_name":"Y","ack_policy":"explicit"},"action":"update"}"#,
            (400, 10149),
        ),
    ] {
        let v = api(&client, subject, body).await;
        let (code, err_code, text) = error_of(&v);
        assert_eq!((code, err_code), want, "{subject}: {text}");
    }
    // Update without an action changes what may change.
    let v = api(
        &client,
        "$JS.API.CONSUMER.CREATE.C.D",
        r#"{"stream_name":"C","config":{"durable_name":"D","ack_policy":"explicit","max_deliver":5}}"#,
    )
    .await;
    assert_eq!(v["config"]["max_deliver"], 5, "{v}");
    // A purge moves the consumer past what is gone.
    let r = pull_raw(
        &client,
        "$JS.API.CONSUMER.MSG.NEXT.C.D",
        "",
        Duration::from_millis(300),
    )
    .await;
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].subject.as_str(), "c.0");
    let v = api(&client, "$JS.API.STREAM.PURGE.C", "").await;
    assert_eq!(v["purged"], 3, "{v}");
    let v = api(&client, "$JS.API.CONSUMER.INFO.C.D", "").await;
    assert_eq!(v["num_pending"], 0, "{v}");
    assert_eq!(v["num_ack_pending"], 0, "{v}");
    assert_eq!(v["delivered"]["stream_seq"], 3, "{v}");
    assert_eq!(
        v["ack_floor"],
        json!({"consumer_seq":1,"stream_seq":3}),
        "{v}"
    );
    let v = api(&client, "$JS.API.CONSUMER.DELETE.C.E", "").await;
    assert_eq!(v["success"], true);
    let v = api(&client, "$JS.API.CONSUMER.LIST.C", "").await;
    assert_eq!(v["total"], 1);
    assert_eq!(v["consumers"][0]["name"], "D");
    assert_eq!(
        v["consumers"][0]["config"]["metadata"],
        json!({"_nats.req.level":"0"})
    );
}
server_test!(consumer_api_and_errors => consumer_api_and_errors_rnats, consumer_api_and_errors_reference);

async fn pull_fetch_batch_ack_status(kind: Kind) {
    let store = tempfile::tempdir().expect("store dir");
    let srv = start_js(kind, store.path());
    let client = srv.client().await;
    let js = jetstream::new(client.clone());
    let s = stream_with_msgs(
        &js,
        stream::Config {
            name: "P".into(),
            subjects: vec!["p.>".into()],
            ..Default::default()
        },
        5,
    )
    .await;
    let mut c = s.create_consumer(pull_config("D")).await.expect("consumer");
    let mut batch = c.fetch().max_messages(3).messages().await.expect("fetch");
    let mut got = Vec::new();
    while let Some(m) = batch.next().await {
        let m = m.expect("message");
        let info = m.info().expect("ack info");
        got.push((
            String::from_utf8_lossy(&m.payload).into_owned(),
            info.stream_sequence,
            info.consumer_sequence,
            info.delivered,
            info.pending,
        ));
        m.ack().await.expect("ack");
    }
    assert_eq!(
        got,
        vec![
            ("m-0".to_string(), 1, 1, 1, 4),
            ("m-1".to_string(), 2, 2, 1, 3),
            ("m-2".to_string(), 3, 3, 1, 2)
        ]
    );
    // Acks are processed in order; a double ack waits for the server.
    let mut batch = c
        .batch()
        .max_messages(5)
        .expires(Duration::from_millis(500))
        .messages()
        .await
        .expect("batch");
    let mut rest = Vec::new();
    while let Some(m) = batch.next().await {
        let m = m.expect("message");
        rest.push(String::from_utf8_lossy(&m.payload).into_owned());
        m.double_ack().await.expect("double ack");
    }
    assert_eq!(rest, ["m-3", "m-4"]);
    let info = c.info().await.expect("info");
    assert_eq!(info.delivered.stream_sequence, 5);
    assert_eq!(info.delivered.consumer_sequence, 5);
    assert_eq!(info.ack_floor.stream_sequence, 5);
    assert_eq!(info.num_ack_pending, 0);
    assert_eq!(info.num_pending, 0);
    assert_eq!(info.num_redelivered, 0);

    // no_wait with nothing to deliver: 404; expires: 408 with the pending counts.
    let r = pull_raw(
        &client,
        "$JS.API.CONSUMER.MSG.NEXT.P.D",
        r#"{"batch":1,"no_wait":true}"#,
        Duration::from_millis(300),
    )
    .await;
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].status, Some(async_nats::StatusCode::NOT_FOUND));
    assert_eq!(r[0].description.as_deref(), Some("No Messages"));
    let r = pull_raw(
        &client,
        "$JS.API.CONSUMER.MSG.NEXT.P.D",
        r#"{"batch":2,"expires":200000000}"#,
        Duration::from_millis(700),
    )
    .await;
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].status, Some(async_nats::StatusCode::TIMEOUT));
    let h = r[0].headers.as_ref().expect("headers");
    assert_eq!(
        h.get("Nats-Pending-Messages").map(|v| v.as_str()),
        Some("2")
    );
    assert_eq!(h.get("Nats-Pending-Bytes").map(|v| v.as_str()), Some("0"));
    // Idle heartbeats while the request waits carry the last delivered sequences.
    let r = pull_raw(
        &client,
        "$JS.API.CONSUMER.MSG.NEXT.P.D",
        r#"{"batch":1,"expires":700000000,"idle_heartbeat":200000000}"#,
        Duration::from_millis(1000),
    )
    .await;
    assert!(r.len() >= 3, "heartbeats then a timeout: {r:?}");
    assert_eq!(r[0].status, Some(async_nats::StatusCode::IDLE_HEARTBEAT));
    let h = r[0].headers.as_ref().expect("headers");
    assert_eq!(h.get("Nats-Last-Consumer").map(|v| v.as_str()), Some("5"));
    assert_eq!(h.get("Nats-Last-Stream").map(|v| v.as_str()), Some("5"));
    assert_eq!(
        r.last().and_then(|m| m.status),
        Some(async_nats::StatusCode::TIMEOUT)
    );

    // A waiting request is served when a message arrives; messages() keeps pulling.
    let mut msgs = c.messages().await.expect("messages");
    for i in 0..3 {
        js.publish("p.9", format!("late-{i}").into())
            .await
            .expect("publish")
            .await
            .expect("puback");
    }
    for i in 0..3 {
        let m = tokio::time::timeout(Duration::from_secs(5), msgs.next())
            .await
            .expect("in time")
            .expect("some")
            .expect("message");
        assert_eq!(&m.payload[..], format!("late-{i}").as_bytes());
        assert_eq!(m.subject.as_str(), "p.9");
        m.ack().await.expect("ack");
    }
}
server_test!(pull_fetch_batch_ack_status => pull_fetch_batch_ack_status_rnats, pull_fetch_batch_ack_status_reference);

async fn redelivery_ack_wait_and_nak(kind: Kind) {
    let store = tempfile::tempdir().expect("store dir");
    let srv = start_js(kind, store.path());
    let client = srv.client().await;
    let js = jetstream::new(client.clone());
    let s = stream_with_msgs(
        &js,
        stream::Config {
            name: "R".into(),
            subjects: vec!["r.>".into()],
            ..Default::default()
        },
        1,
    )
    .await;
    let mut c = s
        .create_consumer(consumer::pull::Config {
            ack_wait: Duration::from_secs(1),
            max_deliver: 3,
            ..pull_config("D")
        })
        .await
        .expect("consumer");
    let fetch1 = |c: &consumer::Consumer<consumer::pull::Config>| {
        let c = c.clone();
        async move {
            let mut b = c
                .batch()
                .max_messages(1)
                .expires(Duration::from_millis(2500))
                .messages()
                .await
                .expect("batch");
            b.next().await.expect("a message").expect("message")
        }
    };
    let m = fetch1(&c).await;
    assert_eq!(m.info().expect("info").stream_sequence, 1);
    // Not acknowledged: comes back after ack_wait, counted as a redelivery.
    let m = fetch1(&c).await;
    let info = m.info().expect("info");
    assert_eq!((info.stream_sequence, info.delivered), (1, 2));
    let ci = c.info().await.expect("info");
    assert_eq!(ci.num_redelivered, 1);
    assert_eq!(ci.num_ack_pending, 1);
    m.ack_with(AckKind::Nak(None)).await.expect("nak");
    // A NAK redelivers at once.
    let m = fetch1(&c).await;
    let info = m.info().expect("info");
    assert_eq!((info.stream_sequence, info.delivered), (1, 3));
    m.ack_with(AckKind::Term).await.expect("term");
    js.publish("r.1", "second".into())
        .await
        .expect("publish")
        .await
        .expect("puback");
    let m = fetch1(&c).await;
    let info = m.info().expect("info");
    assert_eq!((info.stream_sequence, info.delivered), (2, 1));
    m.double_ack().await.expect("ack");
    let ci = c.info().await.expect("info");
    assert_eq!(ci.ack_floor.stream_sequence, 2);
    assert_eq!(ci.num_ack_pending, 0);
}
server_test!(redelivery_ack_wait_and_nak => redelivery_ack_wait_and_nak_rnats, redelivery_ack_wait_and_nak_reference);

async fn workqueue_removes_acked(kind: Kind) {
    let store = tempfile::tempdir().expect("store dir");
    let srv = start_js(kind, store.path());
    let client = srv.client().await;
    let js = jetstream::new(client.clone());
    let mut s = stream_with_msgs(
        &js,
        stream::Config {
            name: "W".into(),
            subjects: vec!["w.>".into()],
            retention: stream::RetentionPolicy::WorkQueue,
            ..Default::default()
        },
        4,
    )
    .await;
    let c = s.create_consumer(pull_config("D")).await.expect("consumer");
    let v = api(
        &client,
        "$JS.API.CONSUMER.CREATE.W.E",
        r#"{"stream_name":"W","config":{"durable_name":"E","ack_policy":"explicit"}}"#,
    )
    .await;
    assert_eq!(error_of(&v).1, 10099, "{v}");
    let v = api(
        &client,
        "$JS.API.CONSUMER.CREATE.W.F",
        r#"{"stream_name":"W","config":{"durable_name":"F","ack_policy":"none","filter_subject":"w.x"}}"#,
    )
    .await;
    assert_eq!(error_of(&v).1, 10084, "{v}");
    let mut batch = c.fetch().max_messages(3).messages().await.expect("fetch");
    while let Some(m) = batch.next().await {
        m.expect("message").double_ack().await.expect("ack");
    }
    let mut state = s.info().await.expect("info").state.clone();
    for _ in 0..20 {
        if state.messages == 1 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
        state = s.info().await.expect("info").state.clone();
    }
    assert_eq!((state.messages, state.first_sequence), (1, 4));
}
server_test!(workqueue_removes_acked => workqueue_removes_acked_rnats, workqueue_removes_acked_reference);

async fn durable_resumes_after_sigkill(kind: Kind) {
    let store = tempfile::tempdir().expect("store dir");
    let mut srv = start_js(kind, store.path());
    let client = srv.client().await;
    let js = jetstream::new(client.clone());
    let s = stream_with_msgs(
        &js,
        stream::Config {
            name: "K".into(),
            subjects: vec!["k.>".into()],
            ..Default::default()
        },
        4,
    )
    .await;
    let c = s.create_consumer(pull_config("D")).await.expect("consumer");
    let mut batch = c.fetch().max_messages(2).messages().await.expect("fetch");
    while let Some(m) = batch.next().await {
        m.expect("message").double_ack().await.expect("ack");
    }
    // Let the reference server's consumer state flush reach the file system.
    tokio::time::sleep(Duration::from_millis(500)).await;
    signal(srv.pid(), "KILL");
    srv.wait_exit(Duration::from_secs(10));
    drop(client);

    let srv = start_js(kind, store.path());
    let client = srv.client().await;
    let js = jetstream::new(client);
    let s = js.get_stream("K").await.expect("stream restored");
    let mut c: consumer::Consumer<consumer::pull::Config> =
        s.get_consumer("D").await.expect("consumer restored");
    let info = c.info().await.expect("info");
    assert_eq!(info.ack_floor.stream_sequence, 2);
    assert_eq!(info.delivered.stream_sequence, 2);
    assert_eq!(info.num_pending, 2);
    let mut batch = c.fetch().max_messages(5).messages().await.expect("fetch");
    let mut got = Vec::new();
    while let Some(m) = batch.next().await {
        let m = m.expect("message");
        got.push(m.info().expect("info").stream_sequence);
        m.ack().await.expect("ack");
    }
    assert_eq!(got, [3, 4]);
}
server_test!(durable_resumes_after_sigkill => durable_resumes_after_sigkill_rnats, durable_resumes_after_sigkill_reference);

async fn push_consumers(kind: Kind) {
    let store = tempfile::tempdir().expect("store dir");
    let srv = start_js(kind, store.path());
    let client = srv.client().await;
    let js = jetstream::new(client.clone());
    let s = stream_with_msgs(
        &js,
        stream::Config {
            name: "H".into(),
            subjects: vec!["h.>".into()],
            ..Default::default()
        },
        3,
    )
    .await;
    let push = s
        .create_consumer(consumer::push::Config {
            durable_name: Some("D".into()),
            deliver_subject: client.new_inbox(),
            ack_policy: consumer::AckPolicy::Explicit,
            ..Default::default()
        })
        .await
        .expect("push consumer");
    let mut msgs = push.messages().await.expect("messages");
    for i in 0..3 {
        let m = tokio::time::timeout(Duration::from_secs(5), msgs.next())
            .await
            .expect("in time")
            .expect("some")
            .expect("message");
        assert_eq!(&m.payload[..], format!("m-{i}").as_bytes());
        m.ack().await.expect("ack");
    }
    let ordered = s
        .create_consumer(consumer::push::OrderedConfig {
            deliver_subject: client.new_inbox(),
            ..Default::default()
        })
        .await
        .expect("ordered consumer");
    let mut msgs = ordered.messages().await.expect("messages");
    for i in 0..3 {
        let m = tokio::time::timeout(Duration::from_secs(5), msgs.next())
            .await
            .expect("in time")
            .expect("some")
            .expect("message");
        assert_eq!(&m.payload[..], format!("m-{i}").as_bytes());
    }

    // Idle heartbeats carry the last sequences.
    let inbox = client.new_inbox();
    let mut sub = client.subscribe(inbox.clone()).await.expect("sub");
    let v = api(
        &client,
        "$JS.API.CONSUMER.CREATE.H.HB",
        &json!({"stream_name":"H","config":{"name":"HB","deliver_subject":inbox,
            "deliver_policy":"new","ack_policy":"none","idle_heartbeat":200_000_000}})
        .to_string(),
    )
    .await;
    assert_eq!(v["config"]["idle_heartbeat"], 200_000_000, "{v}");
    assert!(v["config"].get("max_waiting").is_none(), "{v}");
    let m = tokio::time::timeout(Duration::from_secs(3), sub.next())
        .await
        .expect("heartbeat in time")
        .expect("message");
    assert_eq!(m.status, Some(async_nats::StatusCode::IDLE_HEARTBEAT));
    let h = m.headers.as_ref().expect("headers");
    assert_eq!(h.get("Nats-Last-Consumer").map(|v| v.as_str()), Some("0"));
    assert_eq!(h.get("Nats-Last-Stream").map(|v| v.as_str()), Some("3"));
    let v = api(
        &client,
        "$JS.API.CONSUMER.CREATE.H.BAD",
        r#"{"stream_name":"H","config":{"name":"BAD","deliver_subject":"x","max_waiting":5}}"#,
    )
    .await;
    assert_eq!(error_of(&v).1, 10080, "{v}");
    let v = api(
        &client,
        "$JS.API.CONSUMER.CREATE.H.BAD",
        r#"{"stream_name":"H","config":{"name":"BAD","deliver_subject":"x","flow_control":true}}"#,
    )
    .await;
    assert_eq!(error_of(&v).1, 10108, "{v}");
}
server_test!(push_consumers => push_consumers_rnats, push_consumers_reference);

/// Gaps between consecutive arrival times, in milliseconds.
fn gaps_ms(times: &[tokio::time::Instant]) -> Vec<u128> {
    times
        .windows(2)
        .map(|w| (w[1] - w[0]).as_millis())
        .collect()
}

/// Replay policy original: messages already stored go out with the spacing of their publish
/// times (push and pull), then new messages go out at once.
async fn replay_original(kind: Kind) {
    let store = tempfile::tempdir().expect("store dir");
    let srv = start_js(kind, store.path());
    let client = srv.client().await;
    let js = jetstream::new(client.clone());
    js.create_stream(stream::Config {
        name: "RP".into(),
        subjects: vec!["rp.>".into()],
        ..Default::default()
    })
    .await
    .expect("stream");
    for i in 0..4 {
        if i > 0 {
            tokio::time::sleep(Duration::from_millis(250)).await;
        }
        js.publish(format!("rp.{i}"), format!("r-{i}").into())
            .await
            .expect("publish")
            .await
            .expect("puback");
    }
    let in_range = |gaps: &[u128]| gaps.iter().all(|g| (150..=700).contains(g));

    // Push.
    let inbox = client.new_inbox();
    let mut sub = client.subscribe(inbox.clone()).await.expect("sub");
    let v = api(
        &client,
        "$JS.API.CONSUMER.CREATE.RP.PUSH",
        &json!({"stream_name":"RP","config":{"name":"PUSH","deliver_subject":inbox,
            "ack_policy":"none","replay_policy":"original"}})
        .to_string(),
    )
    .await;
    assert_eq!(v["config"]["replay_policy"], "original", "{v}");
    let mut times = Vec::new();
    for i in 0..4 {
        let m = tokio::time::timeout(Duration::from_secs(5), sub.next())
            .await
            .expect("push delivery in time")
            .expect("message");
        assert_eq!(&m.payload[..], format!("r-{i}").as_bytes());
        times.push(tokio::time::Instant::now());
    }
    let gaps = gaps_ms(&times);
    assert!(in_range(&gaps), "{kind:?}: push gaps {gaps:?} ms");
    // Caught up: a new message is delivered at once, not after its gap from the last one.
    tokio::time::sleep(Duration::from_millis(600)).await;
    js.publish("rp.new", "fresh".into())
        .await
        .expect("publish")
        .await
        .expect("puback");
    let sent = tokio::time::Instant::now();
    let m = tokio::time::timeout(Duration::from_secs(5), sub.next())
        .await
        .expect("new message in time")
        .expect("message");
    assert_eq!(&m.payload[..], b"fresh");
    assert!(
        sent.elapsed() < Duration::from_millis(300),
        "{kind:?}: new message after replay took {:?}",
        sent.elapsed()
    );

    // Pull: one waiting request for the four replayed messages.
    let v = api(
        &client,
        "$JS.API.CONSUMER.CREATE.RP.PULL",
        r#"{"stream_name":"RP","config":{"name":"PULL","ack_policy":"none","replay_policy":"original","filter_subject":"rp.*"}}"#,
    )
    .await;
    assert_eq!(v["config"]["replay_policy"], "original", "{v}");
    let inbox = client.new_inbox();
    let mut sub = client.subscribe(inbox.clone()).await.expect("sub");
    client
        .publish_with_reply(
            "$JS.API.CONSUMER.MSG.NEXT.RP.PULL",
            inbox,
            r#"{"batch":4,"expires":5000000000}"#.into(),
        )
        .await
        .expect("pull");
    let mut times = Vec::new();
    for i in 0..4 {
        let m = tokio::time::timeout(Duration::from_secs(5), sub.next())
            .await
            .expect("pull delivery in time")
            .expect("message");
        assert_eq!(&m.payload[..], format!("r-{i}").as_bytes());
        times.push(tokio::time::Instant::now());
    }
    let gaps = gaps_ms(&times);
    assert!(in_range(&gaps), "{kind:?}: pull gaps {gaps:?} ms");

    // The replay policy is part of what an update may not change.
    let v = api(
        &client,
        "$JS.API.CONSUMER.CREATE.RP.PULL",
        r#"{"stream_name":"RP","config":{"name":"PULL","ack_policy":"none","filter_subject":"rp.*"},"action":"update"}"#,
    )
    .await;
    assert_eq!(
        error_of(&v),
        (500, 10012, "replay policy can not be updated".into()),
        "{v}"
    );
}
server_test!(replay_original => replay_original_rnats, replay_original_reference);

/// Interest retention: a message nobody wants is dropped at once; one is removed when every
/// interested consumer acknowledged it.
async fn interest_retention(kind: Kind) {
    let store = tempfile::tempdir().expect("store dir");
    let srv = start_js(kind, store.path());
    let client = srv.client().await;
    let js = jetstream::new(client.clone());
    let mut s = stream_with_msgs(
        &js,
        stream::Config {
            name: "I".into(),
            subjects: vec!["i.>".into()],
            retention: stream::RetentionPolicy::Interest,
            ..Default::default()
        },
        1,
    )
    .await;
    let a = s.create_consumer(pull_config("A")).await.expect("A");
    let b = s
        .create_consumer(consumer::pull::Config {
            filter_subject: "i.b".into(),
            ..pull_config("B")
        })
        .await
        .expect("B");
    for subject in ["i.a", "i.b"] {
        js.publish(subject, "x".into())
            .await
            .expect("publish")
            .await
            .expect("puback");
    }
    async fn messages(s: &mut stream::Stream, want: u64) -> u64 {
        let mut n = s.info().await.expect("info").state.messages;
        for _ in 0..20 {
            if n == want {
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
            n = s.info().await.expect("info").state.messages;
        }
        n
    }
    assert_eq!(messages(&mut s, 2).await, 2);
    for (c, want) in [(&a, 1), (&b, 0)] {
        let mut batch = c.fetch().max_messages(5).messages().await.expect("fetch");
        while let Some(m) = batch.next().await {
            m.expect("message").double_ack().await.expect("ack");
        }
        assert_eq!(messages(&mut s, want).await, want);
    }
}
server_test!(interest_retention => interest_retention_rnats, interest_retention_reference);

/// Deliver policies, filters, max_waiting and max_ack_pending.
async fn deliver_policies_and_limits(kind: Kind) {
    let store = tempfile::tempdir().expect("store dir");
    let srv = start_js(kind, store.path());
    let client = srv.client().await;
    let js = jetstream::new(client.clone());
    // p.0: m-0 m-2 m-4, p.1: m-1 m-3 m-5 (sequences 1..=6).
    let s = stream_with_msgs(
        &js,
        stream::Config {
            name: "L".into(),
            subjects: vec!["l.>".into()],
            ..Default::default()
        },
        6,
    )
    .await;
    use consumer::DeliverPolicy as D;
    for (name, policy, filters, want_seqs) in [
        ("ALL", D::All, vec![], vec![1u64, 2, 3, 4, 5, 6]),
        ("LAST", D::Last, vec![], vec![6]),
        ("NEW", D::New, vec![], vec![]),
        (
            "SEQ",
            D::ByStartSequence { start_sequence: 4 },
            vec![],
            vec![4, 5, 6],
        ),
        (
            "LPS",
            D::LastPerSubject,
            vec!["l.>".to_string()],
            vec![5, 6],
        ),
        ("F0", D::All, vec!["l.0".to_string()], vec![1, 3, 5]),
        (
            "F01",
            D::All,
            vec!["l.0".to_string(), "l.1".to_string()],
            vec![1, 2, 3, 4, 5, 6],
        ),
        ("LASTF", D::Last, vec!["l.0".to_string()], vec![5]),
    ] {
        let mut c = s
            .create_consumer(consumer::pull::Config {
                deliver_policy: policy,
                filter_subjects: filters,
                ..pull_config(name)
            })
            .await
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        let info = c.info().await.expect("info");
        assert_eq!(
            info.num_pending,
            want_seqs.len() as u64,
            "{name} num_pending"
        );
        let mut batch = c.fetch().max_messages(10).messages().await.expect("fetch");
        let mut got = Vec::new();
        while let Some(m) = batch.next().await {
            let m = m.expect("message");
            got.push(m.info().expect("info").stream_sequence);
            m.ack().await.expect("ack");
        }
        assert_eq!(got, want_seqs, "{name}");
    }

    let v = api(
        &client,
        "$JS.API.CONSUMER.CREATE.L.LPS2",
        r#"{"stream_name":"L","config":{"durable_name":"LPS2","ack_policy":"explicit","deliver_policy":"last_per_subject"}}"#,
    )
    .await;
    assert_eq!(error_of(&v).1, 10094, "{v}");

    // max_waiting: the second waiting request is refused.
    let v = api(
        &client,
        "$JS.API.CONSUMER.CREATE.L.MW",
        r#"{"stream_name":"L","config":{"durable_name":"MW","ack_policy":"explicit","deliver_policy":"new","max_waiting":1}}"#,
    )
    .await;
    assert_eq!(v["config"]["max_waiting"], 1, "{v}");
    let first = client.new_inbox();
    let _keep = client.subscribe(first.clone()).await.expect("sub");
    client
        .publish_with_reply(
            "$JS.API.CONSUMER.MSG.NEXT.L.MW",
            first,
            r#"{"batch":1,"expires":2000000000}"#.into(),
        )
        .await
        .expect("pull");
    client.flush().await.expect("flush");
    tokio::time::sleep(Duration::from_millis(100)).await;
    let r = pull_raw(
        &client,
        "$JS.API.CONSUMER.MSG.NEXT.L.MW",
        r#"{"batch":1,"expires":2000000000}"#,
        Duration::from_millis(300),
    )
    .await;
    assert_eq!(r.len(), 1);
    assert_eq!(
        r[0].status,
        Some(async_nats::StatusCode::REQUEST_TERMINATED)
    );
    assert_eq!(r[0].description.as_deref(), Some("Exceeded MaxWaiting"));

    // max_ack_pending: no more deliveries until something is acknowledged.
    let c = s
        .create_consumer(consumer::pull::Config {
            max_ack_pending: 2,
            ..pull_config("MAP")
        })
        .await
        .expect("consumer");
    let mut batch = c
        .batch()
        .max_messages(5)
        .expires(Duration::from_millis(400))
        .messages()
        .await
        .expect("batch");
    let mut held = Vec::new();
    while let Some(m) = batch.next().await {
        held.push(m.expect("message"));
    }
    assert_eq!(held.len(), 2);
    for m in &held {
        m.double_ack().await.expect("ack");
    }
    let mut batch = c
        .batch()
        .max_messages(5)
        .expires(Duration::from_millis(400))
        .messages()
        .await
        .expect("batch");
    let mut n = 0;
    while let Some(m) = batch.next().await {
        m.expect("message");
        n += 1;
    }
    assert_eq!(n, 2);
}
server_test!(deliver_policies_and_limits => deliver_policies_and_limits_rnats, deliver_policies_and_limits_reference);

/// `Nats-Rollup: sub|all` removes older messages once the new one is stored; refused (10111)
/// on a stream without `allow_rollup_hdrs`.
async fn rollup_headers(kind: Kind) {
    let store = tempfile::tempdir().expect("store dir");
    let srv = start_js(kind, store.path());
    let client = srv.client().await;
    let create = |name: &str, subj: &str, allow: bool| {
        json!({"name": name, "subjects": [subj], "allow_rollup_hdrs": allow}).to_string()
    };
    let v = api(
        &client,
        "$JS.API.STREAM.CREATE.R",
        &create("R", "r.>", true),
    )
    .await;
    assert!(v["error"].is_null(), "{v}");
    let v = api(
        &client,
        "$JS.API.STREAM.CREATE.N",
        &create("N", "n.>", false),
    )
    .await;
    assert!(v["error"].is_null(), "{v}");
    let publish = |subject: &'static str, rollup: Option<&'static str>| {
        let client = client.clone();
        async move {
            let mut h = async_nats::HeaderMap::new();
            if let Some(r) = rollup {
                h.insert("Nats-Rollup", r);
            }
            let m = client
                .request_with_headers(subject, h, "x".into())
                .await
                .expect("reply");
            serde_json::from_slice::<Value>(&m.payload).expect("json")
        }
    };
    for s in ["r.a", "r.a", "r.b", "r.b"] {
        publish(s, None).await;
    }
    let v = publish("r.a", Some("sub")).await;
    assert_eq!(v["seq"], 5, "{v}");
    let info = api(&client, "$JS.API.STREAM.INFO.R", "").await;
    assert_eq!(info["state"]["messages"], 3, "{info}");
    let v = publish("r.b", Some("all")).await;
    assert_eq!(v["seq"], 6, "{v}");
    let info = api(&client, "$JS.API.STREAM.INFO.R", "").await;
    assert_eq!(
        (&info["state"]["messages"], &info["state"]["first_seq"]),
        (&json!(1), &json!(6)),
        "{info}"
    );
    let v = publish("n.a", Some("sub")).await;
    assert_eq!(error_of(&v), (500, 10111, "rollup not permitted".into()));
}
server_test!(rollup_headers => rollup_headers_rnats, rollup_headers_reference);

/// Every `.blk` segment file under `dir` (recursively).
fn segment_files(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).expect("read dir").flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "blk") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// Publishes `n` acknowledged messages `payload-NNNN` to stream `C` on a fresh rnats server,
/// then stops it; returns the store directory and the stream's segment files.
async fn stopped_store_with_msgs(n: u32) -> (tempfile::TempDir, Vec<std::path::PathBuf>) {
    let store = tempfile::tempdir().expect("store dir");
    let mut srv = start_js(Kind::Rnats, store.path());
    let client = srv.client().await;
    let js = jetstream::new(client.clone());
    js.create_stream(stream::Config {
        name: "C".into(),
        subjects: vec!["c.>".into()],
        ..Default::default()
    })
    .await
    .expect("create");
    for i in 1..=n {
        js.publish(format!("c.{}", i % 3), format!("payload-{i:04}").into())
            .await
            .expect("publish")
            .await
            .expect("ack");
    }
    drop(client);
    srv.terminate();
    let segs = segment_files(store.path());
    assert!(
        !segs.is_empty(),
        "no segment files under {}",
        store.path().display()
    );
    (store, segs)
}

/// A bit flipped inside one stored message of a stopped server: after the restart the damage
/// is in the log and in stream info `state.lost`, the damaged message is never served, and
/// every other message still is.
#[tokio::test]
async fn corrupt_segment_bit_flip_is_detected_and_reported() {
    let (store, segs) = stopped_store_with_msgs(20).await;
    let victim = 7u32;
    let needle = format!("payload-{victim:04}");
    let mut hit = false;
    for seg in &segs {
        let mut bytes = std::fs::read(seg).expect("read segment");
        if let Some(at) = crate::util::find(&bytes, needle.as_bytes()) {
            bytes[at + 3] ^= 0x04;
            std::fs::write(seg, &bytes).expect("write segment");
            hit = true;
        }
    }
    assert!(hit, "payload of message {victim} not found in {segs:?}");

    let mut srv = start_js(Kind::Rnats, store.path());
    let log = srv.wait_for_log("corrupt", Duration::from_secs(10));
    assert!(log.contains("[ERR]"), "damage logged as an error: {log}");
    let client = srv.client().await;
    let info = api(&client, "$JS.API.STREAM.INFO.C", "").await;
    assert_eq!(info["state"]["lost"]["msgs"], json!([victim]), "{info}");
    assert!(
        info["state"]["lost"]["bytes"].as_u64().unwrap_or(0) > 0,
        "{info}"
    );
    for seq in 1..=20u32 {
        let v = api(
            &client,
            "$JS.API.STREAM.MSG.GET.C",
            &format!(r#"{{"seq":{seq}}}"#),
        )
        .await;
        if seq == victim {
            assert!(v.get("error").is_some(), "damaged message served: {v}");
        } else {
            let data = v["message"]["data"].as_str().unwrap_or_default();
            let data = data_encoding::BASE64
                .decode(data.as_bytes())
                .expect("base64");
            assert_eq!(data, format!("payload-{seq:04}").as_bytes(), "seq {seq}");
        }
    }
}

/// A segment cut short in the middle of its last message (a torn write): the server starts,
/// truncates the torn record, serves every complete message, and appends after them.
#[tokio::test]
async fn truncated_segment_tail_is_cut_and_the_rest_served() {
    let (store, segs) = stopped_store_with_msgs(10).await;
    let last = segs.last().expect("segment");
    let bytes = std::fs::read(last).expect("read segment");
    let at = crate::util::find(&bytes, b"payload-0010").expect("last payload");
    std::fs::write(last, &bytes[..at + 4]).expect("truncate");

    let mut srv = start_js(Kind::Rnats, store.path());
    srv.wait_for_log("torn tail", Duration::from_secs(10));
    let client = srv.client().await;
    let js = jetstream::new(client.clone());
    let mut s = js.get_stream("C").await.expect("stream");
    let info = s.info().await.expect("info").clone();
    assert_eq!((info.state.messages, info.state.last_sequence), (9, 9));
    for seq in 1..=9u64 {
        let m = s
            .get_raw_message(seq)
            .await
            .expect("complete message served");
        assert_eq!(&m.payload[..], format!("payload-{seq:04}").as_bytes());
    }
    let ack = js
        .publish("c.1", "after".into())
        .await
        .expect("publish")
        .await
        .expect("ack");
    assert_eq!(ack.sequence, 10);
}

/// `kill -9` in the middle of a stream of pipelined publishes (rnats' default, durable mode):
/// after the restart every acknowledged message is there, exactly once, with its payload; the
/// stream holds no duplicates; a durable consumer resumes after its double-acked messages; and
/// the stream takes new publishes at the next sequence.
#[tokio::test]
async fn kill_9_mid_stream_loses_no_acknowledged_message() {
    use std::sync::{Arc, Mutex};
    let store = tempfile::tempdir().expect("store dir");
    let mut srv = start_js(Kind::Rnats, store.path());
    let client = srv.client().await;
    let js = jetstream::new(client.clone());
    let s = stream_with_msgs(
        &js,
        stream::Config {
            name: "M".into(),
            subjects: vec!["m.>".into()],
            ..Default::default()
        },
        10,
    )
    .await;
    let c = s.create_consumer(pull_config("D")).await.expect("consumer");
    let mut batch = c.fetch().max_messages(5).messages().await.expect("fetch");
    while let Some(m) = batch.next().await {
        m.expect("message").double_ack().await.expect("ack");
    }

    // Publish with up to 64 acks outstanding until the server dies; keep what was acked.
    let acked: Arc<Mutex<Vec<(u32, u64)>>> = Arc::default();
    let publisher = {
        let (js, acked) = (js.clone(), acked.clone());
        tokio::spawn(async move {
            let mut inflight = std::collections::VecDeque::new();
            for i in 0..1_000_000u32 {
                let Ok(ack) = js
                    .publish(format!("m.{}", i % 7), format!("p-{i}").into())
                    .await
                else {
                    return;
                };
                inflight.push_back((i, ack));
                if inflight.len() >= 64 {
                    let Some((i, ack)) = inflight.pop_front() else {
                        return;
                    };
                    match ack.await {
                        Ok(a) => acked.lock().expect("lock").push((i, a.sequence)),
                        Err(_) => return,
                    }
                }
            }
        })
    };
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while acked.lock().expect("lock").len() < 2000 && std::time::Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    signal(srv.pid(), "KILL");
    srv.wait_exit(Duration::from_secs(10));
    let _ = tokio::time::timeout(Duration::from_secs(30), publisher).await;
    drop(client);
    let acked = std::mem::take(&mut *acked.lock().expect("lock"));
    assert!(
        acked.len() >= 100,
        "only {} publishes acknowledged before the kill",
        acked.len()
    );

    let srv = start_js(Kind::Rnats, store.path());
    let client = srv.client().await;
    let js = jetstream::new(client.clone());
    let mut s = js.get_stream("M").await.expect("stream restored");
    let info = s.info().await.expect("info").clone();
    for &(i, seq) in &acked {
        let m = s.get_raw_message(seq).await.unwrap_or_else(|e| {
            panic!("acknowledged message {i} (seq {seq}) missing after kill -9: {e}")
        });
        assert_eq!(&m.payload[..], format!("p-{i}").as_bytes(), "seq {seq}");
    }
    // Exactly once: no payload stored twice.
    let mut seen = std::collections::HashSet::new();
    for seq in 1..=info.state.last_sequence {
        if let Ok(m) = s.get_raw_message(seq).await {
            assert!(
                seen.insert(m.payload.to_vec()),
                "seq {seq} duplicates an earlier message"
            );
        }
    }
    assert_eq!(seen.len() as u64, info.state.messages);

    let mut c: consumer::Consumer<consumer::pull::Config> =
        s.get_consumer("D").await.expect("consumer restored");
    assert_eq!(c.info().await.expect("info").ack_floor.stream_sequence, 5);
    let mut batch = c.fetch().max_messages(1).messages().await.expect("fetch");
    let m = batch.next().await.expect("a message").expect("message");
    assert_eq!(m.info().expect("info").stream_sequence, 6);
    let ack = js
        .publish("m.0", "after".into())
        .await
        .expect("publish")
        .await
        .expect("ack");
    assert_eq!(ack.sequence, info.state.last_sequence + 1);
}

/// Starts `kind` with JetStream limited to 1 MiB of memory and 1 MiB of file storage (set in a
/// config file, as `jetstream { max_memory_store, max_file_store }`).
fn start_js_limited(kind: Kind, dir: &std::path::Path) -> TestServer {
    start_js_conf(kind, dir, ", max_file_store: 1MB, max_memory_store: 1MB")
}

/// `(reserved_memory, reserved_storage, memory, storage)` of `$JS.API.INFO`.
async fn usage_of(client: &async_nats::Client) -> (u64, u64, u64, u64) {
    let v = api(client, "$JS.API.INFO", "").await;
    assert_eq!(
        v["limits"],
        json!({"max_memory":-1,"max_storage":-1,"max_streams":-1,"max_consumers":-1,
            "max_ack_pending":-1,"memory_max_stream_bytes":-1,"storage_max_stream_bytes":-1,
            "max_bytes_required":false}),
        "{v}"
    );
    let n = |k: &str| v[k].as_u64().unwrap_or_else(|| panic!("{k} in {v}"));
    (
        n("reserved_memory"),
        n("reserved_storage"),
        n("memory"),
        n("storage"),
    )
}

/// Server limits on stream reservations: `max_bytes` must fit next to the other streams'
/// (10047 file, 10028 memory), a stream without `max_bytes` still needs a free byte, updates
/// only need room to grow, and the reservations show in `$JS.API.INFO`.
async fn storage_limits_reservations(kind: Kind) {
    let dir = tempfile::tempdir().expect("dir");
    let srv = start_js_limited(kind, dir.path());
    let client = srv.client().await;
    let no_file = (
        500,
        10047,
        "insufficient storage resources available".to_string(),
    );
    let no_mem = (
        500,
        10028,
        "insufficient memory resources available".to_string(),
    );
    let create = |name: &str, extra: &str| {
        (
            format!("$JS.API.STREAM.CREATE.{name}"),
            format!(
                r#"{{"name":"{name}","subjects":["{}"]{extra}}}"#,
                name.to_lowercase()
            ),
        )
    };
    let call = |(subject, body): (String, String)| {
        let client = client.clone();
        async move { api(&client, &subject, &body).await }
    };
    assert_eq!(usage_of(&client).await, (0, 0, 0, 0));
    let v = call(create("A", r#","max_bytes":2000000"#)).await;
    assert_eq!(error_of(&v), no_file, "{v}");
    let v = call(create("A", r#","max_bytes":2000000,"storage":"memory""#)).await;
    assert_eq!(error_of(&v), no_mem, "{v}");
    let v = call(create("A", r#","max_bytes":600000"#)).await;
    assert_eq!(v["config"]["max_bytes"], 600000, "{v}");
    let v = call(create("B", r#","max_bytes":600000"#)).await;
    assert_eq!(error_of(&v), no_file, "{v}");
    let v = call(create("B", r#","max_bytes":448576"#)).await;
    assert_eq!(v["config"]["max_bytes"], 448576, "{v}");
    // Full: a stream without max_bytes needs one byte.
    let v = call(create("C", "")).await;
    assert_eq!(error_of(&v), no_file, "{v}");
    // An existing stream: the same config is fine, a different one is a name clash (the
    // request names no storage, so upstream checks it only after the name).
    let v = call(create("A", r#","max_bytes":600000"#)).await;
    assert_eq!(v["config"]["max_bytes"], 600000, "{v}");
    let v = call(create("A", r#","max_bytes":2000000"#)).await;
    assert_eq!(error_of(&v).1, 10058, "{v}");
    // Naming the storage checks the request before anything else.
    let v = call(create("A", r#","max_bytes":2000000,"storage":"file""#)).await;
    assert_eq!(error_of(&v), no_file, "{v}");
    let v = call(create("M", r#","max_bytes":1048576,"storage":"memory""#)).await;
    assert_eq!(v["config"]["storage"], "memory", "{v}");
    let v = call(create("M2", r#","storage":"memory""#)).await;
    assert_eq!(error_of(&v), no_mem, "{v}");
    assert_eq!(usage_of(&client).await, (1_048_576, 1_048_576, 0, 0));

    let update = |extra: &str| {
        (
            "$JS.API.STREAM.UPDATE.A".to_string(),
            format!(r#"{{"name":"A","subjects":["a"]{extra}}}"#),
        )
    };
    let v = call(update(r#","max_bytes":500000"#)).await;
    assert_eq!(v["config"]["max_bytes"], 500000, "{v}");
    let v = call(update(r#","max_bytes":700000"#)).await;
    assert_eq!(error_of(&v), no_file, "{v}");
    let v = call(update(r#","max_bytes":600000"#)).await;
    assert_eq!(v["config"]["max_bytes"], 600000, "{v}");
    let v = call(update(r#","max_bytes":-1"#)).await;
    assert_eq!(v["config"]["max_bytes"], -1, "{v}");
    assert_eq!(usage_of(&client).await, (1_048_576, 448_576, 0, 0));
    // Deleting a stream frees its reservation.
    let v = api(&client, "$JS.API.STREAM.DELETE.M", "").await;
    assert_eq!(v["success"], true, "{v}");
    let v = call(create("M2", r#","storage":"memory""#)).await;
    assert_eq!(v["config"]["max_bytes"], -1, "{v}");
    assert_eq!(usage_of(&client).await, (0, 448_576, 0, 0));
}
server_test!(storage_limits_reservations => storage_limits_reservations_rnats, storage_limits_reservations_reference);

/// Server limits on usage: once the bytes stored exceed the limit, publishes to streams of
/// that kind get 503/10023 "insufficient resources" (the one that crosses it is stored), the
/// server logs it, and `$JS.API.INFO` shows the usage.
async fn storage_limits_publishes(kind: Kind) {
    let dir = tempfile::tempdir().expect("dir");
    let mut srv = start_js_limited(kind, dir.path());
    let client = srv.client().await;
    for (name, storage) in [("S", "memory"), ("F", "file")] {
        let v = api(
            &client,
            &format!("$JS.API.STREAM.CREATE.{name}"),
            &json!({"name":name,"subjects":[name.to_lowercase()],"storage":storage}).to_string(),
        )
        .await;
        assert_eq!(v["config"]["storage"], storage, "{v}");
    }
    let big = "x".repeat(400_000);
    for name in ["S", "F"] {
        let subject = name.to_lowercase();
        for seq in 1..=3 {
            let v = api(&client, &subject, &big).await;
            assert_eq!(v, json!({"stream":name,"seq":seq}));
        }
        for _ in 0..2 {
            let v = api(&client, &subject, &big).await;
            assert_eq!(
                v,
                json!({"error":{"code":503,"err_code":10023,"description":"insufficient resources"},
                    "stream":name,"seq":0})
            );
        }
    }
    // One error line per 10 seconds, whatever the kind.
    srv.wait_for_log(
        "[ERR] JetStream memory resource limits exceeded for server",
        Duration::from_secs(5),
    );
    assert!(!srv
        .log()
        .contains("JetStream file resource limits exceeded"));
    // Upstream's sizes: memory 400000 + 1 + 16, file 400000 + 1 + 30 per message.
    assert_eq!(usage_of(&client).await, (0, 0, 1_200_051, 1_200_093));
    // Purging makes room again.
    let v = api(&client, "$JS.API.STREAM.PURGE.S", "").await;
    assert_eq!(v["purged"], 3, "{v}");
    let v = api(&client, "s", "small").await;
    assert_eq!(v, json!({"stream":"S","seq":4}));
    assert_eq!(usage_of(&client).await, (0, 0, 1 + 5 + 16, 1_200_093));
    // Deleting a stream gives its bytes back.
    let v = api(&client, "$JS.API.STREAM.DELETE.F", "").await;
    assert_eq!(v["success"], true, "{v}");
    assert_eq!(usage_of(&client).await, (0, 0, 1 + 5 + 16, 0));
}
server_test!(storage_limits_publishes => storage_limits_publishes_rnats, storage_limits_publishes_reference);

/// async-nats' key-value API (a bucket is a stream `KV_<bucket>` with rollups, per-subject
/// history and direct gets) works unchanged: put, get, update with revision checks, history,
/// delete, purge, keys and a watcher.
async fn key_value_buckets(kind: Kind) {
    let store = tempfile::tempdir().expect("store dir");
    let srv = start_js(kind, store.path());
    let client = srv.client().await;
    let js = jetstream::new(client);
    let kv = js
        .create_key_value(jetstream::kv::Config {
            bucket: "cfg".into(),
            history: 3,
            ..Default::default()
        })
        .await
        .expect("create bucket");
    let r1 = kv.put("a", "1".into()).await.expect("put");
    let r2 = kv.put("a", "2".into()).await.expect("put");
    assert!(r2 > r1);
    assert_eq!(kv.get("a").await.expect("get").as_deref(), Some(&b"2"[..]));
    assert_eq!(kv.get("missing").await.expect("get"), None);
    let e = kv.update("a", "x".into(), r1).await;
    assert!(e.is_err(), "update with a stale revision must fail");
    let r3 = kv.update("a", "3".into(), r2).await.expect("update");
    assert!(
        kv.create("a", "no".into()).await.is_err(),
        "create of an existing key"
    );
    kv.create("b", "1".into()).await.expect("create new key");
    let mut history = kv.history("a").await.expect("history");
    let mut values = Vec::new();
    while let Some(e) = history.next().await {
        values.push(String::from_utf8_lossy(&e.expect("entry").value).into_owned());
    }
    assert_eq!(values, ["1", "2", "3"]);
    let mut watch = kv.watch("a").await.expect("watch");
    kv.put("a", "4".into()).await.expect("put");
    let seen = tokio::time::timeout(Duration::from_secs(5), watch.next())
        .await
        .expect("watch update in time")
        .expect("entry")
        .expect("entry ok");
    assert_eq!((&seen.key[..], &seen.value[..]), ("a", &b"4"[..]));
    assert!(seen.revision > r3);
    kv.delete("b").await.expect("delete");
    assert_eq!(kv.get("b").await.expect("get"), None);
    let mut keys: Vec<String> = kv
        .keys()
        .await
        .expect("keys")
        .map(|k| k.expect("key"))
        .collect()
        .await;
    keys.sort();
    assert_eq!(keys, ["a"]);
    kv.purge("a").await.expect("purge");
    assert_eq!(kv.get("a").await.expect("get"), None);
}
server_test!(key_value_buckets => key_value_buckets_rnats, key_value_buckets_reference);

/// async-nats' object store (chunks and metadata in stream `OBJ_<bucket>`, read back through an
/// ordered consumer) works unchanged: put a 1 MiB object, read it back intact, info, list,
/// delete.
async fn object_store_buckets(kind: Kind) {
    use tokio::io::AsyncReadExt as _;
    let store = tempfile::tempdir().expect("store dir");
    let srv = start_js(kind, store.path());
    let client = srv.client().await;
    let js = jetstream::new(client);
    let bucket = js
        .create_object_store(jetstream::object_store::Config {
            bucket: "files".into(),
            ..Default::default()
        })
        .await
        .expect("create bucket");
    let data: Vec<u8> = (0..1_048_576u32).map(|i| (i % 251) as u8).collect();
    let info = bucket
        .put("blob.bin", &mut data.as_slice())
        .await
        .expect("put");
    assert_eq!(info.size, data.len());
    assert!(info.chunks > 1, "stored in chunks: {}", info.chunks);
    let mut obj = bucket.get("blob.bin").await.expect("get");
    let mut back = Vec::new();
    obj.read_to_end(&mut back).await.expect("read");
    assert!(
        back == data,
        "object read back differs ({} bytes)",
        back.len()
    );
    let info = bucket.info("blob.bin").await.expect("info");
    assert_eq!(info.name, "blob.bin");
    let mut list = bucket.list().await.expect("list");
    let first = list.next().await.expect("an object").expect("object info");
    assert_eq!(first.name, "blob.bin");
    bucket.delete("blob.bin").await.expect("delete");
    assert!(
        bucket.get("blob.bin").await.is_err(),
        "deleted object still readable"
    );
}
server_test!(object_store_buckets => object_store_buckets_rnats, object_store_buckets_reference);

/// Discard policies with upstream's publish errors: `discard: new` refuses past max_msgs,
/// max_bytes and (per subject) max_msgs_per_subject; `discard: old` drops the oldest; a message
/// over max_msg_size is refused either way.
async fn discard_policies(kind: Kind) {
    let store = tempfile::tempdir().expect("store dir");
    let srv = start_js(kind, store.path());
    let client = srv.client().await;
    // Each phase has its own stream and subjects: nats-server deletes a stream's files
    // asynchronously, and a stream recreated at once under the same name can recover the old
    // one's messages (seen as a flaky reference run).
    let create = |body: &'static str| {
        let client = client.clone();
        async move {
            let name = serde_json::from_str::<Value>(body).expect("config JSON")["name"]
                .as_str()
                .expect("name")
                .to_string();
            let v = api(&client, &format!("$JS.API.STREAM.CREATE.{name}"), body).await;
            assert!(v.get("error").is_none(), "create {name}: {v}");
            v
        }
    };
    let publish = |subject: &str, body: &str| {
        let (client, subject, body) = (client.clone(), subject.to_string(), body.to_string());
        async move {
            let m = client
                .request(subject, body.into())
                .await
                .expect("publish request");
            serde_json::from_slice::<Value>(&m.payload).expect("PubAck JSON")
        }
    };
    let v = create(
        r#"{"name":"X1","subjects":["x1.>"],"discard":"new","max_msgs":2,"max_msg_size":8}"#,
    )
    .await;
    assert!(v.get("error").is_none(), "{v}");
    assert_eq!(publish("x1.a", "1").await["seq"], 1);
    assert_eq!(publish("x1.a", "2").await["seq"], 2);
    let e = publish("x1.a", "3").await;
    assert_eq!(
        error_of(&e),
        (503, 10077, "maximum messages exceeded".to_string()),
        "{e}"
    );
    let e = publish("x1.b", "too long!").await;
    assert_eq!(
        error_of(&e),
        (
            400,
            10054,
            "message size exceeds maximum allowed".to_string()
        ),
        "{e}"
    );
    api(&client, "$JS.API.STREAM.DELETE.X1", "").await;

    create(r#"{"name":"X2","subjects":["x2.>"],"discard":"new","max_bytes":100}"#).await;
    let mut refused = None;
    for i in 0..10 {
        let v = publish("x2.a", &"z".repeat(30)).await;
        if v.get("error").is_some() {
            refused = Some((i, error_of(&v)));
            break;
        }
    }
    let (at, err) = refused.expect("max_bytes never refused");
    assert!(at >= 1, "refused at the first message");
    assert_eq!(err, (503, 10077, "maximum bytes exceeded".to_string()));
    api(&client, "$JS.API.STREAM.DELETE.X2", "").await;

    create(
        r#"{"name":"X3","subjects":["x3.>"],"discard":"new","discard_new_per_subject":true,"max_msgs_per_subject":1}"#,
    )
    .await;
    let ack = publish("x3.a", "1").await;
    assert_eq!(ack["seq"], 1, "{ack}");
    assert_eq!(publish("x3.b", "1").await["seq"], 2);
    let e = publish("x3.a", "2").await;
    assert_eq!(
        error_of(&e),
        (
            503,
            10077,
            "maximum messages per subject exceeded".to_string()
        ),
        "{e}"
    );
    api(&client, "$JS.API.STREAM.DELETE.X3", "").await;

    create(r#"{"name":"X4","subjects":["x4.>"],"max_msgs":2}"#).await;
    for i in 1..=4 {
        assert_eq!(publish("x4.a", &i.to_string()).await["seq"], i);
    }
    let info = api(&client, "$JS.API.STREAM.INFO.X4", "").await;
    assert_eq!(
        (&info["state"]["messages"], &info["state"]["first_seq"]),
        (&json!(2), &json!(3)),
        "{info}"
    );
}
server_test!(discard_policies => discard_policies_rnats, discard_policies_reference);

/// Monitoring with JetStream on: `/jsz` and varz `jetstream` carry upstream's fields, and the
/// totals follow the streams, consumers and messages created.
async fn jsz_and_varz_jetstream(kind: Kind) {
    let store = tempfile::tempdir().expect("store dir");
    let dir = store.path().to_str().expect("utf-8 path");
    let srv = TestServer::start(kind, &["-js", "-sd", dir, "-m", "-1"]);
    let client = srv.client().await;
    let js = jetstream::new(client);
    let s = stream_with_msgs(
        &js,
        stream::Config {
            name: "Z".into(),
            subjects: vec!["z.>".into()],
            ..Default::default()
        },
        3,
    )
    .await;
    s.create_consumer(pull_config("D")).await.expect("consumer");

    let jsz = srv.monitor_json("/jsz").await;
    let keys: Vec<&str> = jsz
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "memory",
            "storage",
            "reserved_memory",
            "reserved_storage",
            "accounts",
            "ha_assets",
            "api",
            "server_id",
            "now",
            "config",
            "limits",
            "streams",
            "consumers",
            "messages",
            "bytes",
            "total"
        ],
        "{jsz}"
    );
    assert_eq!(
        (
            &jsz["streams"],
            &jsz["consumers"],
            &jsz["messages"],
            &jsz["accounts"]
        ),
        (&json!(1), &json!(1), &json!(3), &json!(1)),
        "{jsz}"
    );
    assert_eq!(jsz["memory"], 0);
    assert!(jsz["storage"].as_u64().unwrap_or(0) > 0, "{jsz}");
    assert_eq!(jsz["bytes"], jsz["storage"]);
    assert!(
        jsz["config"]["max_storage"].as_i64().unwrap_or(0) > 0,
        "{jsz}"
    );
    let store_dir = jsz["config"]["store_dir"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert!(store_dir.ends_with("/jetstream"), "{store_dir}");

    let varz = srv.monitor_json("/varz").await;
    let j = &varz["jetstream"];
    assert_eq!(j["config"]["store_dir"], json!(store_dir), "{j}");
    assert_eq!(j["stats"]["accounts"], 1, "{j}");
    assert_eq!(j["stats"]["storage"], jsz["storage"], "{j}");
    assert_eq!(j["limits"], json!({}), "{j}");
}
server_test!(jsz_and_varz_jetstream => jsz_and_varz_jetstream_rnats, jsz_and_varz_jetstream_reference);

/// The pending count in each delivered message's ack subject (`info().pending`) counts down
/// through a batch for a filtered consumer, as on nats-server.
async fn pending_counts_down_in_a_batch(kind: Kind) {
    let store = tempfile::tempdir().expect("store dir");
    let srv = start_js(kind, store.path());
    let client = srv.client().await;
    let js = jetstream::new(client);
    // Subjects k.0 / k.1 alternate: 5 of the 10 messages match the filter.
    let s = stream_with_msgs(
        &js,
        stream::Config {
            name: "P".into(),
            subjects: vec!["k.>".into()],
            ..Default::default()
        },
        10,
    )
    .await;
    let c = s
        .create_consumer(consumer::pull::Config {
            filter_subject: "k.1".into(),
            ..pull_config("F")
        })
        .await
        .expect("consumer");
    let mut batch = c.fetch().max_messages(5).messages().await.expect("fetch");
    let mut pending = Vec::new();
    while let Some(m) = batch.next().await {
        let m = m.expect("message");
        pending.push(m.info().expect("info").pending);
        m.ack().await.expect("ack");
    }
    assert_eq!(pending, [4, 3, 2, 1, 0]);
}
server_test!(pending_counts_down_in_a_batch => pending_counts_down_in_a_batch_rnats, pending_counts_down_in_a_batch_reference);

/// One request of [`direct_get_order_and_status`]'s pipelined batch: the bytes to send and
/// the reply expected (a status line, or the value with its key's subject).
fn direct_get_case(j: usize, last: &[(String, u64, String)]) -> (String, Result<String, String>) {
    let stream = "$JS.API.DIRECT.GET.KV_ORD";
    let (key, seq, value) = &last[j % last.len()];
    match j % 6 {
        0 => (
            format!("PUB {stream}.$KV.ORD.{key} r.{j} 0\r\n\r\n"),
            Ok(format!("$KV.ORD.{key}={value}")),
        ),
        1 => (
            format!("PUB {stream}.$KV.ORD.missing{j} r.{j} 0\r\n\r\n"),
            Err("404 Message Not Found".into()),
        ),
        2 => (
            format!("PUB {stream} r.{j} 0\r\n\r\n"),
            Err("408 Empty Request".into()),
        ),
        3 => (
            format!("PUB {stream} r.{j} 5\r\nnope!\r\n"),
            Err("408 Malformed Request".into()),
        ),
        4 => {
            let hdr = "NATS/1.0\r\nNats-Required-Api-Level: 99\r\n\r\n";
            let body = r#"{"seq":1}"#;
            (
                format!(
                    "HPUB {stream} r.{j} {} {}\r\n{hdr}{body}\r\n",
                    hdr.len(),
                    hdr.len() + body.len()
                ),
                Err("412 Required Api Level".into()),
            )
        }
        _ => {
            let body = format!(r#"{{"seq":{seq}}}"#);
            (
                format!("PUB {stream} r.{j} {}\r\n{body}\r\n", body.len()),
                Ok(format!("$KV.ORD.{key}={value}")),
            )
        }
    }
}

/// Direct gets (every KV client's get) from one connection keep their order and statuses:
/// a get sent after a put's ack always sees that put (rnats answers gets in the requester's
/// own delivery, reading the store, which shows a message before acking it), and a pipelined
/// batch of gets, found and not (404, 408 empty and malformed, 412), comes back in the order
/// it was sent, each with its own status or message.
async fn direct_get_order_and_status(kind: Kind) {
    let store = tempfile::tempdir().expect("store dir");
    let srv = start_js(kind, store.path());
    let client = srv.client().await;
    let js = jetstream::new(client.clone());
    let kv = js
        .create_key_value(async_nats::jetstream::kv::Config {
            bucket: "ORD".into(),
            history: 1,
            ..Default::default()
        })
        .await
        .expect("bucket");
    let keys = 7usize;
    let mut last: Vec<(String, u64, String)> = vec![Default::default(); keys];
    for i in 0..300usize {
        let key = format!("k{}", i % keys);
        let value = format!("v{i}");
        let rev = kv
            .put(&key, value.clone().into())
            .await
            .unwrap_or_else(|e| panic!("put {i}: {e}"));
        // The next get on the same connection sees the value just acked.
        let got = kv
            .entry(&key)
            .await
            .unwrap_or_else(|e| panic!("get {i}: {e}"))
            .unwrap_or_else(|| panic!("get {i}: no entry"));
        assert_eq!(
            (got.revision, &got.value[..]),
            (rev, value.as_bytes()),
            "get after put {i}"
        );
        last[i % keys] = (key, rev, value);
    }

    // A pipelined batch from one raw connection, all in one write.
    let mut raw = srv
        .raw_connect_with(r#"{"verbose":false,"pedantic":false,"headers":true}"#)
        .await;
    let n = 120usize;
    let mut batch = String::from("SUB r.* 1\r\n");
    let mut want = Vec::with_capacity(n);
    for j in 0..n {
        let (op, expect) = direct_get_case(j, &last);
        batch.push_str(&op);
        want.push(expect);
    }
    raw.send(batch.as_bytes()).await;
    let mut text = raw
        .expect_within(&format!(" r.{} 1 ", n - 1), Duration::from_secs(10))
        .await;
    text.push_str(&raw.expect_within("\r\n\r\n", Duration::from_secs(5)).await);
    // The last reply's body (a value or nothing) ends with its CRLF.
    text.push_str(&raw.expect_within("\r\n", Duration::from_secs(5)).await);
    let frames: Vec<&str> = text
        .split("HMSG ")
        .skip(1)
        .map(|f| f.trim_end_matches("\r\n"))
        .collect();
    assert_eq!(frames.len(), n, "one reply per get: {text:?}");
    for (j, (frame, expect)) in frames.iter().zip(&want).enumerate() {
        let (line, rest) = frame.split_once("\r\n").expect("HMSG line");
        assert!(
            line.starts_with(&format!("r.{j} 1 ")),
            "reply {j} in order: {line:?}"
        );
        let (hdr, body) = rest.split_once("\r\n\r\n").unwrap_or((rest, ""));
        let (status, headers) = hdr.split_once("\r\n").unwrap_or((hdr, ""));
        match expect {
            Err(code) => assert_eq!(
                (status, body),
                (format!("NATS/1.0 {code}").as_str(), ""),
                "reply {j}"
            ),
            Ok(subject_value) => {
                assert_eq!(status, "NATS/1.0", "reply {j}");
                let subject = headers
                    .split("\r\n")
                    .find_map(|h| h.strip_prefix("Nats-Subject: "))
                    .unwrap_or_default();
                assert!(headers.contains("Nats-Stream: KV_ORD\r\n"), "reply {j}");
                assert_eq!(&format!("{subject}={body}"), subject_value, "reply {j}");
            }
        }
    }
}
server_test!(direct_get_order_and_status => direct_get_order_and_status_rnats, direct_get_order_and_status_reference);

/// One publisher's messages are stored in the order it sent them, whichever way the server
/// takes each: a pipelined burst mixes plain publishes with ones that must wait for the
/// stream as it is (`Nats-Msg-Id`, `Nats-Expected-Last-Sequence`), and each PubAck must carry
/// the sequence of its place in the burst (rnats stores plain publishes in the publisher's
/// delivery and passes the others, and every publish behind them, to the stream's task).
/// On a file and a memory stream.
async fn mixed_publishes_keep_their_order(kind: Kind) {
    let store = tempfile::tempdir().expect("store dir");
    let srv = start_js(kind, store.path());
    let client = srv.client().await;
    let js = jetstream::new(client.clone());
    for (name, storage) in [
        ("OF", stream::StorageType::File),
        ("OM", stream::StorageType::Memory),
    ] {
        js.create_stream(stream::Config {
            name: name.into(),
            subjects: vec![format!("{name}.*")],
            storage,
            ..Default::default()
        })
        .await
        .expect("create");
        let mut acks = client
            .subscribe(format!("acks.{name}.*"))
            .await
            .expect("subscribe");
        let n = 3000u64;
        for i in 0..n {
            let mut h = async_nats::HeaderMap::new();
            match i % 13 {
                3 | 4 => h.insert("Nats-Msg-Id", format!("id-{i}").as_str()),
                // Published right after `i - 1`, whose sequence is `i`.
                7 => h.insert("Nats-Expected-Last-Sequence", i.to_string().as_str()),
                _ => {}
            }
            client
                .publish_with_reply_and_headers(
                    format!("{name}.s{}", i % 5),
                    format!("acks.{name}.{i}"),
                    h,
                    i.to_string().into(),
                )
                .await
                .expect("publish");
        }
        client.flush().await.expect("flush");
        let mut seen = 0;
        while seen < n {
            let m = tokio::time::timeout(Duration::from_secs(20), acks.next())
                .await
                .unwrap_or_else(|_| panic!("{name}: {seen} of {n} acks"))
                .expect("ack");
            let i: u64 = m
                .subject
                .rsplit('.')
                .next()
                .and_then(|s| s.parse().ok())
                .expect("index");
            let v: Value = serde_json::from_slice(&m.payload).expect("json");
            assert_eq!(
                v["seq"].as_u64(),
                Some(i + 1),
                "{name}: ack of publish {i}: {v}"
            );
            seen += 1;
        }
        let mut s = js.get_stream(name).await.expect("stream");
        assert_eq!(s.info().await.expect("info").state.messages, n, "{name}");
    }
}
server_test!(mixed_publishes_keep_their_order => mixed_publishes_keep_their_order_rnats, mixed_publishes_keep_their_order_reference);

/// Several publishers at once into one stream, plain publishes mixed with ones that take the
/// stream task's path: every publish is acknowledged with its own sequence, and each
/// publisher's messages are stored in the order it sent them. Under each server's default
/// durability and under `sync_interval: "2m"` (where rnats may write a publish in the
/// publisher's own task).
async fn concurrent_publishers_keep_their_order(kind: Kind) {
    for extra in ["", ", sync_interval: \"2m\""] {
        let dir = tempfile::tempdir().expect("dir");
        let srv = start_js_conf(kind, dir.path(), extra);
        let client = srv.client().await;
        let js = jetstream::new(client.clone());
        let s = js
            .create_stream(stream::Config {
                name: "CP".into(),
                subjects: vec!["cp.*".into()],
                ..Default::default()
            })
            .await
            .expect("create");
        let (conns, per) = (4usize, 800usize);
        let mut tasks = Vec::new();
        for c in 0..conns {
            let nc = srv.client().await;
            tasks.push(tokio::spawn(async move {
                let mut acks = nc.subscribe(format!("cpacks.{c}.*")).await.expect("sub");
                for i in 0..per {
                    let mut h = async_nats::HeaderMap::new();
                    if i % 9 == 4 {
                        h.insert("Nats-Msg-Id", format!("c{c}-{i}").as_str());
                    }
                    nc.publish_with_reply_and_headers(
                        format!("cp.{c}"),
                        format!("cpacks.{c}.{i}"),
                        h,
                        format!("{c} {i}").into(),
                    )
                    .await
                    .expect("publish");
                    if i % 100 == 99 {
                        nc.flush().await.expect("flush");
                    }
                }
                nc.flush().await.expect("flush");
                let mut seqs = Vec::with_capacity(per);
                for _ in 0..per {
                    let m = tokio::time::timeout(Duration::from_secs(30), acks.next())
                        .await
                        .expect("ack in time")
                        .expect("ack");
                    let v: Value = serde_json::from_slice(&m.payload).expect("json");
                    assert!(v.get("error").is_none(), "{v}");
                    seqs.push(v["seq"].as_u64().expect("seq"));
                }
                seqs
            }));
        }
        let mut all = Vec::new();
        for t in tasks {
            let seqs = t.await.expect("publisher");
            // One publisher's acks: increasing sequences (its messages in its order).
            assert!(seqs.windows(2).all(|w| w[0] < w[1]), "{extra}: {seqs:?}");
            all.extend(seqs);
        }
        all.sort_unstable();
        all.dedup();
        assert_eq!(all.len(), conns * per, "{extra}: one sequence per publish");
        let ordered = s
            .create_consumer(consumer::pull::OrderedConfig::default())
            .await
            .expect("ordered consumer");
        let mut msgs = ordered.messages().await.expect("messages");
        let mut next = vec![0usize; conns];
        for _ in 0..conns * per {
            let m = tokio::time::timeout(Duration::from_secs(20), msgs.next())
                .await
                .expect("message in time")
                .expect("message")
                .expect("ok");
            let text = std::str::from_utf8(&m.payload).expect("utf-8");
            let (c, i) = text.split_once(' ').expect("c i");
            let (c, i): (usize, usize) = (c.parse().expect("c"), i.parse().expect("i"));
            assert_eq!(i, next[c], "{extra}: publisher {c}'s messages in order");
            next[c] += 1;
        }
    }
}
server_test!(concurrent_publishers_keep_their_order => concurrent_publishers_keep_their_order_rnats, concurrent_publishers_keep_their_order_reference);
