//! Durable mirror and source consumers (nats-server 2.14: `mirror.consumer` /
//! `sources[].consumer`), ack policy `flow_control` and `$JS.API.CONSUMER.RESET`, issue 15:
//! twin tests with raw API requests through async-nats on rnats and the reference nats-server.

use std::time::Duration;

use serde_json::{json, Value};

use crate::jetstream::{api_json, api_ok, error_of, start_js};
use crate::util::{eventually, server_test, Kind};

fn code(v: &Value) -> u64 {
    error_of(v).1
}

/// Asserts stream `name`'s `(messages, first_seq)`.
async fn assert_state(c: &async_nats::Client, name: &str, want: (u64, u64)) {
    let v = api_json(c, &format!("$JS.API.STREAM.INFO.{name}"), Value::Null).await;
    let state = (&v["state"]["messages"], &v["state"]["first_seq"]);
    assert_eq!(state, (&json!(want.0), &json!(want.1)), "{v}");
}

/// Ack policy `flow_control`: upstream's defaults (flow control, 1 s heartbeats) and refusals.
async fn ack_flow_control(kind: Kind) {
    let store = tempfile::tempdir().expect("store dir");
    let srv = start_js(kind, store.path());
    let c = srv.client().await;
    api_ok(
        &c,
        "$JS.API.STREAM.CREATE.O",
        json!({"name":"O","subjects":["o.>"]}),
    )
    .await;
    let v = api_ok(
        &c,
        "$JS.API.CONSUMER.CREATE.O.D",
        json!({"stream_name":"O","config":{"durable_name":"D","deliver_subject":"dsub","ack_policy":"flow_control"}}),
    ).await;
    let cfg = &v["config"];
    assert_eq!(
        (
            &cfg["ack_policy"],
            &cfg["flow_control"],
            &cfg["idle_heartbeat"],
            &cfg["max_ack_pending"],
            cfg.get("ack_wait"),
            &cfg["max_deliver"]
        ),
        (
            &json!("flow_control"),
            &json!(true),
            &json!(1_000_000_000),
            &json!(1000),
            None,
            &json!(-1)
        ),
        "{v}"
    );
    for (name, extra, want) in [
        ("P", json!({}), 10218),
        (
            "W",
            json!({"deliver_subject":"w","ack_wait":1_000_000_000}),
            10221,
        ),
        (
            "B",
            json!({"deliver_subject":"b","backoff":[1_000_000_000]}),
            10221,
        ),
        ("M", json!({"deliver_subject":"m","max_deliver":3}), 10222),
        (
            "A",
            json!({"deliver_subject":"a","max_ack_pending":-1}),
            10220,
        ),
    ] {
        let mut config = json!({"durable_name": name, "ack_policy": "flow_control"});
        for (k, x) in extra.as_object().expect("object") {
            config[k] = x.clone();
        }
        let v = api_json(
            &c,
            &format!("$JS.API.CONSUMER.CREATE.O.{name}"),
            json!({"stream_name":"O","config":config}),
        )
        .await;
        assert_eq!(code(&v), want, "{name}: {v}");
    }
}
server_test!(ack_flow_control => ack_flow_control_rnats, ack_flow_control_reference);

/// `$JS.API.CONSUMER.RESET`: back to the ack floor or to a sequence the deliver policy allows.
async fn consumer_reset(kind: Kind) {
    let store = tempfile::tempdir().expect("store dir");
    let srv = start_js(kind, store.path());
    let c = srv.client().await;
    api_json(
        &c,
        "$JS.API.STREAM.CREATE.O",
        json!({"name":"O","subjects":["o.>"]}),
    )
    .await;
    for i in 0..5 {
        c.request("o.x", format!("m{i}").into())
            .await
            .expect("publish");
    }
    api_ok(
        &c,
        "$JS.API.CONSUMER.CREATE.O.B",
        json!({"stream_name":"O","config":{"durable_name":"B","deliver_policy":"by_start_sequence","opt_start_seq":3,"ack_policy":"explicit"}}),
    ).await;
    let v = api_json(&c, "$JS.API.CONSUMER.RESET.O.B", json!({"seq":1})).await;
    assert_eq!(
        v["error"],
        json!({"code":400,"err_code":10204,"description":"invalid reset: below start seq"})
    );
    assert_eq!(
        v["type"],
        "io.nats.jetstream.api.v1.consumer_reset_response"
    );
    let v = api_json(&c, "$JS.API.CONSUMER.RESET.O.B", json!({"seq":4})).await;
    assert_eq!(
        (
            &v["reset_seq"],
            &v["delivered"]["stream_seq"],
            &v["num_pending"]
        ),
        (&json!(4), &json!(3), &json!(2)),
        "{v}"
    );
    let v = api_json(&c, "$JS.API.CONSUMER.RESET.O.B", Value::Null).await;
    assert_eq!(v["reset_seq"], json!(4), "{v}");
    api_ok(
        &c,
        "$JS.API.CONSUMER.CREATE.O.L",
        json!({"stream_name":"O","config":{"durable_name":"L","deliver_policy":"last","ack_policy":"explicit"}}),
    ).await;
    let v = api_json(&c, "$JS.API.CONSUMER.RESET.O.L", json!({"seq":2})).await;
    assert_eq!(
        v["error"]["description"], "invalid reset: not allowed",
        "{v}"
    );
    // A missing consumer has no responder.
    let r = c.request("$JS.API.CONSUMER.RESET.O.NONE", "".into()).await;
    assert!(r.is_err(), "{r:?}");
}
server_test!(consumer_reset => consumer_reset_rnats, consumer_reset_reference);

/// A consumer reset on an interest-retention stream acknowledges what it skips: messages below
/// the new floor that no other consumer wants go, the others stay.
async fn consumer_reset_interest(kind: Kind) {
    let store = tempfile::tempdir().expect("store dir");
    let srv = start_js(kind, store.path());
    let c = srv.client().await;
    interest_stream_a_b(&c).await;
    // 1-3 only A wants, 4-5 both, 6 only A.
    for s in ["i.a", "i.a", "i.a", "i.b", "i.b", "i.a"] {
        c.request(s, "x".into()).await.expect("publish");
    }
    assert_state(&c, "I", (6, 1)).await;
    let v = api_json(&c, "$JS.API.CONSUMER.RESET.I.A", json!({"seq":6})).await;
    assert_eq!(v["reset_seq"], json!(6), "{v}");
    // 1-3 go; B still wants 4 and 5; A still wants 6.
    assert_state(&c, "I", (3, 4)).await;
    // B skipping past its messages lets 4 and 5 go too.
    let v = api_json(&c, "$JS.API.CONSUMER.RESET.I.B", json!({"seq":7})).await;
    assert_eq!(v["reset_seq"], json!(7), "{v}");
    assert_state(&c, "I", (1, 6)).await;
}
server_test!(consumer_reset_interest => consumer_reset_interest_rnats, consumer_reset_interest_reference);

/// Deleting a consumer of an interest stream (or changing its filter) removes what no
/// consumer needs any more, and the last one's delete empties the stream (upstream
/// `cleanupNoInterestMessages`); a work queue keeps its messages for the next consumer.
async fn consumer_delete_interest(kind: Kind) {
    let store = tempfile::tempdir().expect("store dir");
    let srv = start_js(kind, store.path());
    let c = srv.client().await;
    for (stream, retention) in [("I", "interest"), ("W", "workqueue")] {
        api_ok(
            &c,
            &format!("$JS.API.STREAM.CREATE.{stream}"),
            json!({"name":stream,"subjects":[format!("{}.>", stream.to_lowercase())],"retention":retention}),
        ).await;
    }
    for (name, filter) in [("A", "i.>"), ("B", "i.b"), ("C", "i.c")] {
        api_ok(
            &c,
            &format!("$JS.API.CONSUMER.CREATE.I.{name}"),
            json!({"stream_name":"I","config":{"durable_name":name,"filter_subject":filter,"ack_policy":"explicit"}}),
        ).await;
    }
    api_ok(
        &c,
        "$JS.API.CONSUMER.CREATE.W.Q",
        json!({"stream_name":"W","config":{"durable_name":"Q","ack_policy":"explicit"}}),
    )
    .await;
    // 1-3 and 6 only A wants, 4-5 A and B, 7 A and C.
    for s in [
        "i.a", "i.a", "i.a", "i.b", "i.b", "i.a", "i.c", "w.x", "w.y",
    ] {
        c.request(s, "x".into()).await.expect("publish");
    }
    assert_state(&c, "I", (7, 1)).await;
    let v = api_json(&c, "$JS.API.CONSUMER.DELETE.I.A", Value::Null).await;
    assert_eq!(v["success"], true, "{v}");
    // B still wants 4 and 5, C wants 7.
    assert_state(&c, "I", (3, 4)).await;
    // B filtering on what C has lets 4 and 5 go.
    api_ok(
        &c,
        "$JS.API.CONSUMER.CREATE.I.B",
        json!({"stream_name":"I","config":{"durable_name":"B","filter_subject":"i.c","ack_policy":"explicit"}}),
    ).await;
    assert_state(&c, "I", (1, 7)).await;
    let v = api_json(&c, "$JS.API.CONSUMER.DELETE.I.B", Value::Null).await;
    assert_eq!(v["success"], true, "{v}");
    assert_state(&c, "I", (1, 7)).await;
    let v = api_json(&c, "$JS.API.CONSUMER.DELETE.I.C", Value::Null).await;
    assert_eq!(v["success"], true, "{v}");
    assert_state(&c, "I", (0, 8)).await;
    // A work queue keeps its messages.
    let v = api_json(&c, "$JS.API.CONSUMER.DELETE.W.Q", Value::Null).await;
    assert_eq!(v["success"], true, "{v}");
    assert_state(&c, "W", (2, 1)).await;
}
server_test!(consumer_delete_interest => consumer_delete_interest_rnats, consumer_delete_interest_reference);

/// Interest stream `I` on `i.>` with durables `A` (all of it) and `B` (`i.b`).
async fn interest_stream_a_b(c: &async_nats::Client) {
    api_ok(
        c,
        "$JS.API.STREAM.CREATE.I",
        json!({"name":"I","subjects":["i.>"],"retention":"interest"}),
    )
    .await;
    for (name, filter) in [("A", "i.>"), ("B", "i.b")] {
        api_ok(
            c,
            &format!("$JS.API.CONSUMER.CREATE.I.{name}"),
            json!({"stream_name":"I","config":{"durable_name":name,"filter_subject":filter,"ack_policy":"explicit"}}),
        ).await;
    }
}

/// [`consumer_delete_interest`] over more messages than one pass of the scan reads (rnats
/// reads the store 1024 messages at a time on a blocking thread): deleting the consumer that
/// wanted every message removes exactly those the other consumer does not filter on.
async fn consumer_delete_interest_many(kind: Kind) {
    const MSGS: u64 = 3000;
    let store = tempfile::tempdir().expect("store dir");
    let srv = start_js(kind, store.path());
    let c = srv.client().await;
    interest_stream_a_b(&c).await;
    // Odd sequences on i.a (only A), even ones on i.b (A and B).
    let js = async_nats::jetstream::new(c.clone());
    let mut acks = Vec::new();
    for i in 1..=MSGS {
        let subject = if i % 2 == 1 { "i.a" } else { "i.b" };
        acks.push(js.publish(subject, "x".into()).await.expect("publish"));
    }
    for a in acks {
        a.await.expect("ack");
    }
    assert_state(&c, "I", (MSGS, 1)).await;
    let v = api_json(&c, "$JS.API.CONSUMER.DELETE.I.A", Value::Null).await;
    assert_eq!(v["success"], true, "{v}");
    assert_state(&c, "I", (MSGS / 2, 2)).await;
    let v = api_json(&c, "$JS.API.STREAM.INFO.I", Value::Null).await;
    assert_eq!(v["state"]["last_seq"], MSGS, "{v}");
    assert_eq!(v["state"]["num_deleted"], MSGS / 2 - 1, "{v}");
}
server_test!(consumer_delete_interest_many => consumer_delete_interest_many_rnats, consumer_delete_interest_many_reference);

/// A mirror through a durable `flow_control` consumer copies the origin and acknowledges it
/// through flow control; a source through a consumer with another ack policy reports 10217;
/// upstream's config checks (10213, 10216).
async fn durable_sourcing(kind: Kind) {
    let store = tempfile::tempdir().expect("store dir");
    let srv = start_js(kind, store.path());
    let c = srv.client().await;
    api_json(
        &c,
        "$JS.API.STREAM.CREATE.O",
        json!({"name":"O","subjects":["o.>"]}),
    )
    .await;
    for i in 0..5 {
        c.request("o.x", format!("m{i}").into())
            .await
            .expect("publish");
    }
    for (name, policy, deliver) in [("D", "flow_control", "dsub"), ("E", "explicit", "esub")] {
        api_ok(
            &c,
            &format!("$JS.API.CONSUMER.CREATE.O.{name}"),
            json!({"stream_name":"O","config":{"durable_name":name,"deliver_subject":deliver,"ack_policy":policy}}),
        ).await;
    }
    let v = api_json(
        &c,
        "$JS.API.STREAM.CREATE.MB",
        json!({"name":"MB","mirror":{"name":"O","opt_start_seq":2,"consumer":{"name":"D","deliver_subject":"dsub"}}}),
    )
    .await;
    assert_eq!(code(&v), 10213, "{v}");
    let v = api_json(
        &c,
        "$JS.API.STREAM.CREATE.MB",
        json!({"name":"MB","mirror":{"name":"O","consumer":{"name":"D","deliver_subject":"d.*"}}}),
    )
    .await;
    assert_eq!(code(&v), 10213, "{v}");
    let e = json!({"name":"E","deliver_subject":"esub"});
    let v = api_json(
        &c,
        "$JS.API.STREAM.CREATE.SD",
        json!({"name":"SD","sources":[{"name":"O","consumer":e},
            {"name":"O","subject_transforms":[{"src":"o.y","dest":"y"}],"consumer":e}]}),
    )
    .await;
    assert_eq!(code(&v), 10216, "{v}");

    let v = api_ok(
        &c,
        "$JS.API.STREAM.CREATE.M",
        json!({"name":"M","mirror":{"name":"O","consumer":{"name":"D","deliver_subject":"dsub"}}}),
    )
    .await;
    assert_eq!(
        v["config"]["mirror"]["consumer"],
        json!({"name":"D","deliver_subject":"dsub"})
    );
    api_ok(
        &c,
        "$JS.API.STREAM.CREATE.S",
        json!({"name":"S","subjects":["s.>"],"sources":[{"name":"O","consumer":e}]}),
    )
    .await;
    for i in 5..8 {
        c.request("o.x", format!("m{i}").into())
            .await
            .expect("publish");
    }
    let within = Duration::from_secs(5);
    eventually("mirror copies all and acknowledges it", within, || {
        let c = c.clone();
        async move {
            let m = api_json(&c, "$JS.API.STREAM.INFO.M", Value::Null).await;
            let d = api_json(&c, "$JS.API.CONSUMER.INFO.O.D", Value::Null).await;
            let ok = m["state"]["messages"] == json!(8)
                && m["mirror"].get("error").is_none()
                && d["ack_floor"]["stream_seq"] == json!(8)
                && d["num_ack_pending"] == json!(0);
            if ok {
                Ok(())
            } else {
                Err(format!("{m}\n{d}"))
            }
        }
    })
    .await;
    eventually("source through a non flow-control consumer fails", within, || {
        let c = c.clone();
        async move {
            let s = api_json(&c, "$JS.API.STREAM.INFO.S", Value::Null).await;
            let err = &s["sources"][0]["error"];
            if err == &json!({"code":400,"err_code":10217,"description":"stream source consumer requires flow control ack policy"}) {
                Ok(())
            } else {
                Err(s.to_string())
            }
        }
    })
    .await;
}
server_test!(durable_sourcing => durable_sourcing_rnats, durable_sourcing_reference);

/// A consumer created while a lost-interest pass runs in the background (a consumer of an
/// interest stream of over 100,000 sequences deleted) keeps every message it counted when it
/// was created: the pass waits for the creation and then sees the new consumer. rnats only:
/// it checks the order of rnats' own pass (nats-server's runs under the stream's lock).
async fn consumer_created_during_interest_pass(kind: Kind) {
    const MSGS: u64 = 110_000;
    let store = tempfile::tempdir().expect("store dir");
    let srv = start_js(kind, store.path());
    let c = srv.client().await;
    interest_stream_a_b(&c).await;
    let js = async_nats::jetstream::new(c.clone());
    let mut acks = std::collections::VecDeque::new();
    for _ in 0..MSGS {
        acks.push_back(js.publish("i.a", "x".into()).await.expect("publish"));
        if acks.len() >= 2000 {
            acks.pop_front().expect("ack").await.expect("ack");
        }
    }
    for a in acks {
        a.await.expect("ack");
    }
    assert_state(&c, "I", (MSGS, 1)).await;
    // Only A wanted i.a: its delete starts a pass that removes everything, in the background.
    let v = api_json(&c, "$JS.API.CONSUMER.DELETE.I.A", Value::Null).await;
    assert_eq!(v["success"], true, "{v}");
    tokio::time::sleep(Duration::from_millis(20)).await;
    let v = api_ok(
        &c,
        "$JS.API.CONSUMER.CREATE.I.C",
        json!({"stream_name":"I","config":{"durable_name":"C","filter_subject":"i.a","ack_policy":"explicit"}}),
    )
    .await;
    let counted = v["num_pending"].as_u64().expect("num_pending");
    // Until the stream stops changing.
    let msgs = || async {
        let v = api_json(&c, "$JS.API.STREAM.INFO.I", Value::Null).await;
        v["state"]["messages"].as_u64().expect("messages")
    };
    let (mut last, mut same) = (msgs().await, 0);
    let deadline = tokio::time::Instant::now() + Duration::from_secs(60);
    while same < 3 && tokio::time::Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(200)).await;
        let now = msgs().await;
        same = if now == last { same + 1 } else { 0 };
        last = now;
    }
    let v = api_json(&c, "$JS.API.CONSUMER.INFO.I.C", Value::Null).await;
    assert_eq!(
        (v["num_pending"].as_u64(), last),
        (Some(counted), counted),
        "C counted {counted} at its creation: {v}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn consumer_created_during_interest_pass_rnats() {
    crate::util::run_scenario(Kind::Rnats, consumer_created_during_interest_pass).await;
}
