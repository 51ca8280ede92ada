//! JetStream advisories and metrics (issue 15 item 4; ADR-21, upstream
//! `server/jetstream_events.go`) as async-nats sees them on `$JS.EVENT.>`, twin tests on rnats
//! and the reference nats-server: stream created/updated/deleted, consumer created/deleted,
//! the `consumer_ack` metric of a `sample_freq: "100%"` consumer, NAK, TERM (with reason),
//! max deliveries and consumer pause/resume (by request and when the pause runs out). Subjects, `type`, keys and JSON types are
//! compared; ids and timestamps only for their type. The API audit advisory
//! (`$JS.EVENT.ADVISORY.API`) has its own twins in `js_audit.rs`, the pin advisories theirs in
//! `js_priority.rs`.

use std::collections::BTreeMap;
use std::time::Duration;

use async_nats::jetstream;
use futures::StreamExt;
use serde_json::{json, Value};

use crate::jetstream::{api, error_of};
use crate::util::{server_test, Kind, TestServer};

/// One event reduced to what both servers must agree on: `(key, JSON type)` pairs and the
/// values that do not vary between runs.
fn shape(v: &Value) -> Value {
    let obj = v.as_object().expect("event is a JSON object");
    let mut keys = BTreeMap::new();
    let mut fixed = serde_json::Map::new();
    for (k, val) in obj {
        let t = match val {
            Value::Null => "null",
            Value::Bool(_) => "bool",
            Value::Number(_) => "number",
            Value::String(_) => "string",
            Value::Array(_) => "array",
            Value::Object(_) => "object",
        };
        keys.insert(k.clone(), t);
        // Varying values: ids, timestamps, ack latency, the pause deadline.
        if !["id", "timestamp", "ack_time", "pause_until"].contains(&k.as_str()) {
            fixed.insert(k.clone(), val.clone());
        }
    }
    json!({ "keys": keys, "values": fixed })
}

async fn advisories(kind: Kind) {
    let store = tempfile::tempdir().expect("store dir");
    let dir = store.path().to_str().expect("utf-8 path");
    let srv = TestServer::start(kind, &["-js", "-sd", dir]);
    let client = srv.client().await;
    let mut events = client.subscribe("$JS.EVENT.>").await.expect("subscribe");
    client.flush().await.expect("flush");

    let v = api(
        &client,
        "$JS.API.STREAM.CREATE.S",
        r#"{"name":"S","subjects":["s.>"],"storage":"memory"}"#,
    )
    .await;
    assert_eq!(error_of(&v).1, 0, "{v}");
    // An unparsable sample_freq is refused with upstream's error.
    let v = api(
        &client,
        "$JS.API.CONSUMER.CREATE.S.BAD",
        r#"{"stream_name":"S","config":{"durable_name":"BAD","ack_policy":"explicit","sample_freq":"often"}}"#,
    )
    .await;
    assert_eq!(
        error_of(&v),
        (
            400,
            10095,
            "failed to parse consumer sampling configuration: strconv.Atoi: parsing \"often\": invalid syntax"
                .to_string()
        )
    );
    let v = api(
        &client,
        "$JS.API.CONSUMER.CREATE.S.C",
        r#"{"stream_name":"S","config":{"durable_name":"C","ack_policy":"explicit","max_deliver":2,"sample_freq":"100%"}}"#,
    )
    .await;
    assert_eq!(error_of(&v).1, 0, "{v}");
    assert_eq!(v["config"]["sample_freq"], "100%");

    let js = jetstream::new(client.clone());
    for i in 1..=3 {
        js.publish(format!("s.{i}"), "x".into())
            .await
            .expect("publish")
            .await
            .expect("puback");
    }
    let consumer: jetstream::consumer::PullConsumer = js
        .get_consumer_from_stream("C", "S")
        .await
        .expect("consumer");
    let fetch = |n: usize| {
        let consumer = consumer.clone();
        async move {
            let mut msgs = consumer
                .batch()
                .max_messages(n)
                .expires(Duration::from_millis(400))
                .messages()
                .await
                .expect("batch");
            let mut out = Vec::new();
            while let Some(m) = msgs.next().await {
                out.push(m.expect("message"));
            }
            out
        }
    };
    // The reply to an ack request comes once the server processed it.
    let ack = |m: &jetstream::Message, body: &'static str| {
        let reply = m.reply.clone().expect("ack reply");
        let client = client.clone();
        async move {
            client
                .request(reply, body.into())
                .await
                .expect("ack request");
        }
    };
    let batch = fetch(3).await;
    assert_eq!(batch.len(), 3);
    ack(&batch[0], "+ACK").await;
    ack(&batch[1], "+TERM bad payload").await;
    ack(&batch[2], "-NAK").await;
    let again = fetch(1).await;
    assert_eq!(again.len(), 1, "NAKed message redelivered");
    ack(&again[0], "-NAK").await;
    // Delivered twice (max_deliver 2): the next pull finds it spent.
    assert!(fetch(1).await.is_empty());

    let until = chrono::Utc::now() + chrono::Duration::hours(1);
    let body = json!({ "pause_until": until.to_rfc3339_opts(chrono::SecondsFormat::Nanos, true) });
    let v = api(&client, "$JS.API.CONSUMER.PAUSE.S.C", &body.to_string()).await;
    assert_eq!(v["paused"], true, "{v}");
    let v = api(&client, "$JS.API.CONSUMER.PAUSE.S.C", "").await;
    assert_eq!(v["paused"], false, "{v}");
    // A pause that runs out is advised again when it ends.
    let until = chrono::Utc::now() + chrono::Duration::milliseconds(200);
    let body = json!({ "pause_until": until.to_rfc3339_opts(chrono::SecondsFormat::Nanos, true) });
    let v = api(&client, "$JS.API.CONSUMER.PAUSE.S.C", &body.to_string()).await;
    assert_eq!(v["paused"], true, "{v}");
    tokio::time::sleep(Duration::from_millis(600)).await;

    let v = api(
        &client,
        "$JS.API.STREAM.UPDATE.S",
        r#"{"name":"S","subjects":["s.>"],"storage":"memory","max_msgs":10}"#,
    )
    .await;
    assert_eq!(error_of(&v).1, 0, "{v}");
    let v = api(&client, "$JS.API.CONSUMER.DELETE.S.C", "").await;
    assert_eq!(v["success"], true, "{v}");
    let v = api(&client, "$JS.API.STREAM.DELETE.S", "").await;
    assert_eq!(v["success"], true, "{v}");

    // Collect until the stream's delete advisory, then a little longer for stragglers.
    let mut got: BTreeMap<String, Vec<Value>> = BTreeMap::new();
    let mut deadline = tokio::time::Instant::now() + Duration::from_secs(5);
    let mut seen_delete = false;
    while let Ok(Some(m)) = tokio::time::timeout_at(deadline, events.next()).await {
        let subject = m.subject.to_string();
        if subject == "$JS.EVENT.ADVISORY.API" {
            continue;
        }
        let v: Value = serde_json::from_slice(&m.payload).expect("event JSON");
        if subject == "$JS.EVENT.ADVISORY.STREAM.DELETED.S" && !seen_delete {
            seen_delete = true;
            deadline = tokio::time::Instant::now() + Duration::from_millis(300);
        }
        got.entry(subject).or_default().push(shape(&v));
    }
    assert!(seen_delete, "no stream delete advisory: {got:#?}");

    let action = |typ: &str, action: &str, consumer: bool| {
        let mut keys = json!({"type":"string","id":"string","timestamp":"string","stream":"string","action":"string"});
        let mut values = json!({"type": typ, "stream":"S", "action": action});
        if consumer {
            keys["consumer"] = json!("string");
            values["consumer"] = json!("C");
        }
        json!({"keys": keys, "values": values})
    };
    let stream_action = "io.nats.jetstream.advisory.v1.stream_action";
    let consumer_action = "io.nats.jetstream.advisory.v1.consumer_action";
    let delivery = |typ: &str, cseq: u64, dc: u64, extra: Value| {
        let mut keys = json!({"type":"string","id":"string","timestamp":"string","stream":"string",
            "consumer":"string","consumer_seq":"number","stream_seq":"number","deliveries":"number"});
        let mut values = json!({"type": typ, "stream":"S", "consumer":"C",
            "consumer_seq": cseq, "stream_seq": 3, "deliveries": dc});
        for (k, v) in extra.as_object().expect("object") {
            keys[k] = json!(if v.is_string() { "string" } else { "number" });
            if k != "ack_time" {
                values[k] = v.clone();
            }
        }
        json!({"keys": keys, "values": values})
    };
    let pause = |paused: bool| {
        json!({"keys": {"type":"string","id":"string","timestamp":"string","stream":"string",
            "consumer":"string","paused":"bool","pause_until":"string"},
            "values": {"type":"io.nats.jetstream.advisory.v1.consumer_pause","stream":"S",
            "consumer":"C","paused":paused}})
    };
    let mut ack_metric = delivery(
        "io.nats.jetstream.metric.v1.consumer_ack",
        1,
        1,
        json!({"ack_time": 0}),
    );
    ack_metric["values"]["stream_seq"] = json!(1);
    let mut term = delivery(
        "io.nats.jetstream.advisory.v1.terminated",
        2,
        1,
        json!({"reason": "bad payload"}),
    );
    term["values"]["stream_seq"] = json!(2);
    let expected: BTreeMap<String, Vec<Value>> = [
        (
            "$JS.EVENT.ADVISORY.STREAM.CREATED.S",
            vec![action(stream_action, "create", false)],
        ),
        (
            "$JS.EVENT.ADVISORY.STREAM.UPDATED.S",
            vec![action(stream_action, "modify", false)],
        ),
        (
            "$JS.EVENT.ADVISORY.STREAM.DELETED.S",
            vec![action(stream_action, "delete", false)],
        ),
        (
            "$JS.EVENT.ADVISORY.CONSUMER.CREATED.S.C",
            vec![action(consumer_action, "create", true)],
        ),
        (
            "$JS.EVENT.ADVISORY.CONSUMER.DELETED.S.C",
            vec![action(consumer_action, "delete", true)],
        ),
        ("$JS.EVENT.METRIC.CONSUMER.ACK.S.C", vec![ack_metric]),
        ("$JS.EVENT.ADVISORY.CONSUMER.MSG_TERMINATED.S.C", vec![term]),
        (
            "$JS.EVENT.ADVISORY.CONSUMER.MSG_NAKED.S.C",
            vec![
                delivery("io.nats.jetstream.advisory.v1.nak", 3, 1, json!({})),
                delivery("io.nats.jetstream.advisory.v1.nak", 4, 2, json!({})),
            ],
        ),
        (
            "$JS.EVENT.ADVISORY.CONSUMER.MAX_DELIVERIES.S.C",
            vec![
                json!({"keys": {"type":"string","id":"string","timestamp":"string",
                "stream":"string","consumer":"string","stream_seq":"number","deliveries":"number"},
                "values": {"type":"io.nats.jetstream.advisory.v1.max_deliver","stream":"S",
                "consumer":"C","stream_seq":3,"deliveries":2}}),
            ],
        ),
        (
            "$JS.EVENT.ADVISORY.CONSUMER.PAUSE.S.C",
            vec![pause(true), pause(false), pause(true), pause(false)],
        ),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect();
    assert_eq!(
        serde_json::to_value(&got).expect("json"),
        serde_json::to_value(&expected).expect("json")
    );
}

server_test!(advisories => advisories_rnats, advisories_reference);

/// Nobody listening: the account's JetStream publishes nothing (and a later subscriber sees
/// only what happens after it subscribed).
async fn no_interest_no_events(kind: Kind) {
    let store = tempfile::tempdir().expect("store dir");
    let dir = store.path().to_str().expect("utf-8 path");
    let srv = TestServer::start(kind, &["-js", "-sd", dir]);
    let client = srv.client().await;
    let v = api(
        &client,
        "$JS.API.STREAM.CREATE.Q",
        r#"{"name":"Q","storage":"memory"}"#,
    )
    .await;
    assert_eq!(error_of(&v).1, 0, "{v}");
    let mut events = client
        .subscribe("$JS.EVENT.ADVISORY.STREAM.>")
        .await
        .expect("subscribe");
    client.flush().await.expect("flush");
    let v = api(&client, "$JS.API.STREAM.DELETE.Q", "").await;
    assert_eq!(v["success"], true, "{v}");
    let m = tokio::time::timeout(Duration::from_secs(2), events.next())
        .await
        .expect("delete advisory")
        .expect("message");
    assert_eq!(m.subject.as_str(), "$JS.EVENT.ADVISORY.STREAM.DELETED.Q");
}

server_test!(no_interest_no_events => no_interest_no_events_rnats, no_interest_no_events_reference);
