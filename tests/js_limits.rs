//! Server-wide config limits (`jetstream { limits { max_ack_pending, max_request_batch,
//! duplicate_window } }`) and pedantic mode (the `pedantic` field of stream and consumer
//! create/update requests), issue 15: twin tests with raw API requests through async-nats on
//! rnats and the reference nats-server 2.14.

use serde_json::{json, Value};

use crate::jetstream::{api_json, api_ok, error_of, start_js_conf};
use crate::util::{next_msg, server_test, Kind, TestServer};

/// A JetStream server; `limits` is the body of `jetstream.limits`, if any.
fn start(kind: Kind, dir: &std::path::Path, limits: &str) -> TestServer {
    let limits = if limits.is_empty() {
        String::new()
    } else {
        format!(", limits {{ {limits} }}")
    };
    start_js_conf(kind, dir, &limits)
}

/// `(err_code, description)` of a response, `(0, "")` for a success.
fn err(v: &Value) -> (u64, String) {
    let (_, code, text) = error_of(v);
    (code, text)
}

async fn create_consumer(c: &async_nats::Client, stream: &str, body: Value) -> Value {
    let mut b = json!({ "stream_name": stream });
    if let Value::Object(m) = body {
        for (k, v) in m {
            b[k] = v;
        }
    }
    let name = b["config"]["durable_name"]
        .as_str()
        .unwrap_or("X")
        .to_string();
    api_json(c, &format!("$JS.API.CONSUMER.CREATE.{stream}.{name}"), b).await
}

/// `max_ack_pending` caps the default and refuses more (10121); `max_request_batch` becomes
/// a pull consumer's `max_batch`, refuses more (10125), and a pull asking for more gets 409;
/// `duplicate_window` caps a stream's default and refuses more (10052).
async fn server_limits(kind: Kind) {
    let dir = tempfile::tempdir().expect("dir");
    let srv = start(
        kind,
        dir.path(),
        "max_ack_pending: 50, max_request_batch: 10, duplicate_window: \"1m\", max_ha_assets: 3",
    );
    let c = srv.client().await;
    let v = api_ok(
        &c,
        "$JS.API.STREAM.CREATE.S",
        json!({"name":"S","subjects":["s.>"]}),
    )
    .await;
    assert_eq!(
        v["config"]["duplicate_window"],
        json!(60_000_000_000u64),
        "{v}"
    );
    let v = api_json(
        &c,
        "$JS.API.STREAM.CREATE.A",
        json!({"name":"A","max_age":30_000_000_000u64}),
    )
    .await;
    assert_eq!(
        v["config"]["duplicate_window"],
        json!(30_000_000_000u64),
        "{v}"
    );
    let v = api_json(
        &c,
        "$JS.API.STREAM.CREATE.D",
        json!({"name":"D","duplicate_window":120_000_000_000u64}),
    )
    .await;
    assert_eq!(
        err(&v),
        (
            10052,
            "duplicates window can not be larger then server limit of 1m0s".into()
        ),
        "{v}"
    );
    // In pedantic mode the capped default is refused.
    let v = api_json(
        &c,
        "$JS.API.STREAM.CREATE.E",
        json!({"name":"E","pedantic":true}),
    )
    .await;
    assert_eq!(
        err(&v),
        (
            10157,
            "pedantic mode: duplicate window limits are higher than current limits".into()
        ),
        "{v}"
    );
    // Updates are held to the limit too.
    let v = api_json(
        &c,
        "$JS.API.STREAM.UPDATE.S",
        json!({"name":"S","subjects":["s.>"],"duplicate_window":61_000_000_000u64}),
    )
    .await;
    assert_eq!(err(&v).0, 10052, "{v}");

    // Pull consumer: both limits become its defaults.
    let v = create_consumer(
        &c,
        "S",
        json!({"config":{"durable_name":"P","ack_policy":"explicit"}}),
    )
    .await;
    assert_eq!(err(&v), (0, String::new()), "{v}");
    assert_eq!(v["config"]["max_ack_pending"], 50, "{v}");
    assert_eq!(v["config"]["max_batch"], 10, "{v}");
    // Push consumer: no max_batch.
    let v = create_consumer(
        &c,
        "S",
        json!({"config":{"durable_name":"Q","ack_policy":"explicit","deliver_subject":"q"}}),
    )
    .await;
    assert_eq!(err(&v), (0, String::new()), "{v}");
    assert_eq!(v["config"]["max_ack_pending"], 50, "{v}");
    assert!(v["config"].get("max_batch").is_none(), "{v}");
    let v = create_consumer(
        &c,
        "S",
        json!({"config":{"durable_name":"R","ack_policy":"explicit","max_ack_pending":51}}),
    )
    .await;
    assert_eq!(
        err(&v),
        (
            10121,
            "consumer max ack pending exceeds system limit of 50".into()
        ),
        "{v}"
    );
    let v = create_consumer(
        &c,
        "S",
        json!({"config":{"durable_name":"R","ack_policy":"explicit","max_batch":11}}),
    )
    .await;
    assert_eq!(
        err(&v),
        (
            10125,
            "consumer max request batch exceeds server limit of 10".into()
        ),
        "{v}"
    );
    // Smaller values are kept.
    let v = create_consumer(
        &c,
        "S",
        json!({"config":{"durable_name":"R","ack_policy":"explicit","max_batch":4,"max_ack_pending":7}}),
    )
    .await;
    assert_eq!(err(&v), (0, String::new()), "{v}");
    assert_eq!(
        (&v["config"]["max_batch"], &v["config"]["max_ack_pending"]),
        (&json!(4), &json!(7)),
        "{v}"
    );

    // A pull for more than the consumer's max_batch is refused with a status.
    c.request("s.a", "x".into()).await.expect("publish");
    let mut inbox = c.subscribe("pull.reply").await.expect("subscribe");
    c.flush().await.expect("flush");
    c.publish_with_reply(
        "$JS.API.CONSUMER.MSG.NEXT.S.P",
        "pull.reply",
        json!({"batch":11,"expires":1_000_000_000u64})
            .to_string()
            .into(),
    )
    .await
    .expect("pull");
    let m = next_msg(&mut inbox).await;
    assert_eq!(m.status.map(|s| s.as_u16()), Some(409), "{m:?}");
    assert_eq!(
        m.description.as_deref(),
        Some("Exceeded MaxRequestBatch of 10"),
        "{m:?}"
    );
    // Within the limit the message comes.
    c.publish_with_reply(
        "$JS.API.CONSUMER.MSG.NEXT.S.P",
        "pull.reply",
        json!({"batch":10,"expires":1_000_000_000u64})
            .to_string()
            .into(),
    )
    .await
    .expect("pull");
    let m = next_msg(&mut inbox).await;
    assert_eq!(m.subject.as_str(), "s.a", "{m:?}");
}
server_test!(server_limits => server_limits_rnats, server_limits_reference);

/// Stream create and update in pedantic mode: what the server would default or cap is
/// refused with 10157 "pedantic mode: ..." (delete markers and schedules with 10052), and the
/// same configs without `pedantic` are accepted as upstream rewrites them.
async fn pedantic_streams(kind: Kind) {
    let dir = tempfile::tempdir().expect("dir");
    let srv = start(kind, dir.path(), "");
    let c = srv.client().await;
    let cases: &[(Value, u64, &str)] = &[
        (
            json!({"name":"P","max_msgs":-5}),
            10157,
            "pedantic mode: max_msgs must be set to -1",
        ),
        (
            json!({"name":"P","max_bytes":-2,"max_consumers":-3}),
            10157,
            "pedantic mode: max_bytes must be set to -1",
        ),
        (
            json!({"name":"P","max_consumers":-3}),
            10157,
            "pedantic mode: max_consumers must be set to -1",
        ),
        (
            json!({"name":"P","max_age":10_000_000_000u64}),
            10157,
            "pedantic mode: duplicate window cannot be bigger than max age",
        ),
        (
            json!({"name":"P","subject_delete_marker_ttl":1_000_000_000u64,"allow_rollup_hdrs":true}),
            10052,
            "subject delete marker cannot be set if message TTLs are disabled",
        ),
        (
            json!({"name":"P","subject_delete_marker_ttl":1_000_000_000u64,"allow_msg_ttl":true}),
            10052,
            "subject delete marker cannot be set if roll-ups are disabled",
        ),
        (
            json!({"name":"P","allow_msg_schedules":true}),
            10052,
            "message scheduling cannot be set if roll-ups are disabled",
        ),
        (
            json!({"name":"P","subjects":["p.>"],"republish":{"dest":"out.>"}}),
            10157,
            "pedantic mode: republish source can not be empty",
        ),
        (
            json!({"name":"P","subjects":["p.>"],"subject_transform":{"src":"p.>","dest":"q.>"},"republish":{"src":">","dest":">"}}),
            10157,
            "pedantic mode: implicit republish based on subject transform",
        ),
    ];
    for (cfg, code, text) in cases {
        let mut body = cfg.clone();
        body["pedantic"] = json!(true);
        let v = api_json(&c, "$JS.API.STREAM.CREATE.P", body).await;
        assert_eq!(err(&v), (*code, text.to_string()), "{cfg}: {v}");
        // Without pedantic the server fixes the config up.
        let v = api_json(&c, "$JS.API.STREAM.CREATE.P", cfg.clone()).await;
        assert_eq!(err(&v), (0, String::new()), "{cfg}: {v}");
        let v = api_json(&c, "$JS.API.STREAM.DELETE.P", Value::Null).await;
        assert_eq!(v["success"], true, "{v}");
    }
    // A pedantic config that needs nothing changed is taken as it is.
    api_ok(
        &c,
        "$JS.API.STREAM.CREATE.O",
        json!({"name":"O","subjects":["o.>"],"allow_direct":true,"duplicate_window":1_000_000_000u64,"pedantic":true}),
    ).await;
    // Updates too.
    let v = api_json(
        &c,
        "$JS.API.STREAM.UPDATE.O",
        json!({"name":"O","subjects":["o.>"],"allow_direct":true,"max_msgs_per_subject":-7,"pedantic":true}),
    )
    .await;
    assert_eq!(
        err(&v),
        (
            10157,
            "pedantic mode: max_msgs_per_subject must be set to -1".into()
        ),
        "{v}"
    );
    // A mirror inherits the origin's direct get, unless pedantic.
    let v = api_json(
        &c,
        "$JS.API.STREAM.CREATE.M",
        json!({"name":"M","mirror":{"name":"O"},"pedantic":true}),
    )
    .await;
    assert_eq!(
        err(&v),
        (
            10157,
            "pedantic mode: origin stream has direct get set, mirror has it disabled".into()
        ),
        "{v}"
    );
    api_ok(
        &c,
        "$JS.API.STREAM.CREATE.M",
        json!({"name":"M","mirror":{"name":"O"},"mirror_direct":true,"pedantic":true}),
    )
    .await;
}
server_test!(pedantic_streams => pedantic_streams_rnats, pedantic_streams_reference);

/// Consumer create in pedantic mode, against the stream's and the server's limits.
async fn pedantic_consumers(kind: Kind) {
    let dir = tempfile::tempdir().expect("dir");
    let srv = start(kind, dir.path(), "max_request_batch: 10");
    let c = srv.client().await;
    api_ok(
        &c,
        "$JS.API.STREAM.CREATE.S",
        json!({"name":"S","subjects":["s.>"],"consumer_limits":{"max_ack_pending":20}}),
    )
    .await;
    let base =
        json!({"durable_name":"C","ack_policy":"explicit","max_ack_pending":20,"max_batch":5});
    let with = |extra: Value| {
        let mut cfg = base.clone();
        for (k, v) in extra.as_object().expect("object") {
            if v.is_null() {
                cfg.as_object_mut().expect("object").remove(k);
            } else {
                cfg[k] = v.clone();
            }
        }
        cfg
    };
    let cases: &[(Value, u64, &str)] = &[
        (
            with(json!({"max_deliver":-5})),
            10157,
            "pedantic mode: max_deliver must be set to -1",
        ),
        (
            with(json!({"max_waiting":-1})),
            10157,
            "pedantic mode: max_waiting must not be negative",
        ),
        (
            with(json!({"max_expires":-1})),
            10157,
            "pedantic mode: max_expires must not be negative",
        ),
        (
            with(json!({"inactive_threshold":-1})),
            10157,
            "pedantic mode: inactive_threshold must not be negative",
        ),
        (
            with(json!({"backoff":[1_000_000_000u64],"max_deliver":3})),
            10157,
            "pedantic mode: first backoff value has to equal batch AckWait",
        ),
        (
            with(json!({"max_ack_pending":null})),
            10157,
            "pedantic mode: max_ack_pending must be set if it's configured in stream limits",
        ),
        (
            with(json!({"max_batch":null})),
            10157,
            "pedantic mode: max_request_batch must be set if it's JetStream limits are set",
        ),
        (
            with(json!({"ack_policy":"flow_control","deliver_subject":"fc","max_batch":null})),
            10219,
            "flow control ack policy requires flow control",
        ),
    ];
    for (cfg, code, text) in cases {
        let v = create_consumer(&c, "S", json!({"config":cfg,"pedantic":true})).await;
        assert_eq!(err(&v), (*code, text.to_string()), "{cfg}: {v}");
        // Without pedantic the server fixes the config up.
        let v = create_consumer(&c, "S", json!({ "config": cfg })).await;
        assert_eq!(err(&v), (0, String::new()), "{cfg}: {v}");
        let v = api_json(&c, "$JS.API.CONSUMER.DELETE.S.C", Value::Null).await;
        assert_eq!(v["success"], true, "{v}");
    }
    // What the non-pedantic create made of a few of them.
    let v = create_consumer(
        &c,
        "S",
        json!({"config":with(json!({"max_waiting":-1,"inactive_threshold":-1,"max_deliver":-5,"max_ack_pending":null}))}),
    )
    .await;
    assert_eq!(
        (
            &v["config"]["max_waiting"],
            v["config"].get("inactive_threshold"),
            &v["config"]["max_deliver"],
            &v["config"]["max_ack_pending"]
        ),
        (&json!(512), None, &json!(-1), &json!(20)),
        "{v}"
    );
    // A backoff whose first value is the ack wait passes.
    let v = create_consumer(
        &c,
        "S",
        json!({"config":with(json!({"durable_name":"B","backoff":[1_000_000_000u64],"ack_wait":1_000_000_000u64,"max_deliver":3})),"pedantic":true}),
    )
    .await;
    assert_eq!(err(&v), (0, String::new()), "{v}");
}
server_test!(pedantic_consumers => pedantic_consumers_rnats, pedantic_consumers_reference);

/// A pull consumer created before `max_request_batch` was configured takes it as its
/// `max_batch` when the server restarts with it (upstream runs `setConsumerConfigDefaults` on
/// recovery); a push consumer does not.
async fn request_batch_limit_after_restart(kind: Kind) {
    let dir = tempfile::tempdir().expect("dir");
    let srv = start(kind, dir.path(), "");
    let c = srv.client().await;
    api_ok(
        &c,
        "$JS.API.STREAM.CREATE.S",
        json!({"name":"S","subjects":["s.>"]}),
    )
    .await;
    for (name, deliver) in [("P", None), ("Q", Some("q"))] {
        let mut cfg = json!({"durable_name":name,"ack_policy":"explicit"});
        if let Some(d) = deliver {
            cfg["deliver_subject"] = json!(d);
        }
        let v = create_consumer(&c, "S", json!({ "config": cfg })).await;
        assert_eq!(err(&v), (0, String::new()), "{v}");
        assert!(v["config"].get("max_batch").is_none(), "{v}");
    }
    drop(c);
    drop(srv);
    let srv = start(kind, dir.path(), "max_request_batch: 7");
    let c = srv.client().await;
    let v = api_json(&c, "$JS.API.CONSUMER.INFO.S.P", Value::Null).await;
    assert_eq!(v["config"]["max_batch"], 7, "{v}");
    let v = api_json(&c, "$JS.API.CONSUMER.INFO.S.Q", Value::Null).await;
    assert!(v["config"].get("max_batch").is_none(), "{v}");
}
server_test!(request_batch_limit_after_restart => request_batch_limit_after_restart_rnats, request_batch_limit_after_restart_reference);

/// After a restart with lower `jetstream.limits`, upstream's recovery checks each stored
/// stream and consumer config as a create would: a stream whose `duplicate_window` is over the
/// new limit, a consumer whose `max_ack_pending` is over it and a pull consumer whose
/// `max_batch` is over `max_request_batch` are not loaded (logged) but stay on disk, so a
/// restart without the limits brings them back.
async fn lowered_limits_after_restart(kind: Kind) {
    let dir = tempfile::tempdir().expect("dir");
    let srv = start(kind, dir.path(), "");
    let c = srv.client().await;
    // W keeps the default 2 minute window; D asks for 30 s.
    api_ok(
        &c,
        "$JS.API.STREAM.CREATE.W",
        json!({"name":"W","subjects":["w"]}),
    )
    .await;
    api_ok(
        &c,
        "$JS.API.STREAM.CREATE.D",
        json!({"name":"D","subjects":["d"],"duplicate_window":30_000_000_000_i64}),
    )
    .await;
    let consumers = [
        ("FITS", json!({"max_ack_pending":100,"max_batch":10})),
        ("ACKS", json!({"max_ack_pending":500,"max_batch":10})),
        ("BATCH", json!({"max_ack_pending":100,"max_batch":50})),
        ("PUSH", json!({"max_ack_pending":100,"deliver_subject":"p"})),
        (
            "PUSHACKS",
            json!({"max_ack_pending":500,"deliver_subject":"q"}),
        ),
    ];
    for (name, extra) in &consumers {
        let mut cfg = json!({"durable_name":name,"ack_policy":"explicit"});
        for (k, v) in extra.as_object().expect("object") {
            cfg[k] = v.clone();
        }
        let v = create_consumer(&c, "D", json!({ "config": cfg })).await;
        assert_eq!(err(&v), (0, String::new()), "{v}");
    }
    drop(c);
    drop(srv);

    let limits = "max_ack_pending: 200, max_request_batch: 20, duplicate_window: \"1m\"";
    let srv = start(kind, dir.path(), limits);
    let c = srv.client().await;
    let v = api_json(&c, "$JS.API.STREAM.INFO.W", Value::Null).await;
    assert_eq!(err(&v).0, 10059, "stream W not loaded: {v}");
    let v = api_ok(&c, "$JS.API.STREAM.INFO.D", "").await;
    assert_eq!(v["config"]["duplicate_window"], 30_000_000_000_i64, "{v}");
    let v = api_ok(&c, "$JS.API.CONSUMER.NAMES.D", "").await;
    let mut names: Vec<&str> = v["consumers"]
        .as_array()
        .expect("consumers")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    names.sort_unstable();
    assert_eq!(names, ["FITS", "PUSH"], "{v}");
    for name in ["ACKS", "BATCH", "PUSHACKS"] {
        let v = api_json(&c, &format!("$JS.API.CONSUMER.INFO.D.{name}"), Value::Null).await;
        assert_eq!(err(&v).0, 10014, "{name} not loaded: {v}");
    }
    drop(c);
    drop(srv);

    // Left on disk: without the limits everything is back.
    let srv = start(kind, dir.path(), "");
    let c = srv.client().await;
    api_ok(&c, "$JS.API.STREAM.INFO.W", "").await;
    for (name, _) in &consumers {
        let v = api_ok(&c, &format!("$JS.API.CONSUMER.INFO.D.{name}"), "").await;
        assert_eq!(v["name"], *name, "{v}");
    }
}
server_test!(lowered_limits_after_restart => lowered_limits_after_restart_rnats, lowered_limits_after_restart_reference);
