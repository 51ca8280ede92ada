//! Consumer priority groups (ADR-42: `overflow`, `pinned_client`, `prioritized`),
//! `$JS.API.CONSUMER.UNPIN`, push `rate_limit_bps` (issue 15 item 5) and the CLI's
//! `consumer unpin` and priority flags, twin tests on rnats and the reference nats-server 2.14. Pull requests
//! are raw `$JS.API.CONSUMER.MSG.NEXT` publishes whose reply inbox the test reads, so every
//! status (`408`, `423`, `400 Bad Request - …`) and the `Nats-Pin-Id` header are checked as
//! they go on the wire. Each expected text was first read off nats-server 2.14.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use async_nats::jetstream;
use futures::StreamExt;
use serde_json::{json, Value};

use crate::jetstream::{api, error_of};
use crate::util::{server_test, Kind, TestServer};

/// A JetStream server with stream `S` on `s.>` and an API client.
struct Js {
    _store: tempfile::TempDir,
    _srv: TestServer,
    client: async_nats::Client,
}

impl Js {
    async fn start(kind: Kind, stream: &str) -> Js {
        let store = tempfile::tempdir().expect("store dir");
        let dir = store.path().to_str().expect("utf-8 path");
        let srv = TestServer::start(kind, &["-js", "-sd", dir]);
        let client = srv.client().await;
        let v = api(&client, "$JS.API.STREAM.CREATE.S", stream).await;
        assert_eq!(error_of(&v).1, 0, "{v}");
        Js {
            _store: store,
            _srv: srv,
            client,
        }
    }

    async fn api(&self, subject: &str, body: &str) -> Value {
        api(&self.client, subject, body).await
    }

    async fn publish(&self, n: usize, payload: &str) {
        let js = jetstream::new(self.client.clone());
        for _ in 0..n {
            js.publish("s.a", payload.to_string().into())
                .await
                .expect("publish")
                .await
                .expect("puback");
        }
    }

    /// A reply inbox to pull into.
    async fn inbox(&self) -> (String, async_nats::Subscriber) {
        let inbox = self.client.new_inbox();
        let sub = self
            .client
            .subscribe(inbox.clone())
            .await
            .expect("subscribe");
        self.client.flush().await.expect("flush");
        (inbox, sub)
    }

    /// A pull request for consumer `C` answered on `inbox`.
    async fn pull(&self, inbox: &str, body: Value) {
        self.client
            .publish_with_reply(
                "$JS.API.CONSUMER.MSG.NEXT.S.C",
                inbox.to_string(),
                body.to_string().into(),
            )
            .await
            .expect("pull");
        self.client.flush().await.expect("flush");
    }
}

/// What arrived on a pull inbox: a message (payload and `Nats-Pin-Id`) or a status line.
#[derive(Debug, PartialEq)]
enum Got {
    Msg {
        payload: String,
        pin: Option<String>,
    },
    Status(String),
}

async fn next(sub: &mut async_nats::Subscriber, within: Duration) -> Option<Got> {
    let m = tokio::time::timeout(within, sub.next()).await.ok()??;
    if let Some(status) = m.status {
        let text = format!(
            "{} {}",
            u16::from(status),
            m.description.as_deref().unwrap_or("")
        );
        return Some(Got::Status(text.trim_end().to_string()));
    }
    let pin = m
        .headers
        .as_ref()
        .and_then(|h| h.get("Nats-Pin-Id"))
        .map(|v| v.as_str().to_string());
    Some(Got::Msg {
        payload: String::from_utf8_lossy(&m.payload).into_owned(),
        pin,
    })
}

async fn expect_next(sub: &mut async_nats::Subscriber, what: &str) -> Got {
    next(sub, Duration::from_secs(3))
        .await
        .unwrap_or_else(|| panic!("nothing arrived: {what}"))
}

fn pin_of(g: &Got) -> String {
    match g {
        Got::Msg { pin: Some(p), .. } => p.clone(),
        other => panic!("expected a pinned message, got {other:?}"),
    }
}

async fn create(js: &Js, config: &str) -> Value {
    js.api(
        "$JS.API.CONSUMER.CREATE.S.C",
        &format!(r#"{{"stream_name":"S","config":{config}}}"#),
    )
    .await
}

/// Config checks, UNPIN's own errors and pull request checks.
async fn priority_checks(kind: Kind) {
    let js = Js::start(
        kind,
        r#"{"name":"S","subjects":["s.>"],"storage":"memory"}"#,
    )
    .await;
    let refused = [
        (
            r#"{"durable_name":"C","ack_policy":"explicit","priority_policy":"overflow"}"#,
            10159,
        ),
        (
            r#"{"durable_name":"C","deliver_subject":"d","ack_policy":"explicit","priority_policy":"overflow","priority_groups":["A"]}"#,
            10178,
        ),
        (
            r#"{"durable_name":"C","ack_policy":"explicit","priority_policy":"pinned_client","priority_groups":[""]}"#,
            10161,
        ),
        (
            r#"{"durable_name":"C","ack_policy":"explicit","priority_policy":"overflow","priority_groups":["waytoolongforagroup"]}"#,
            10162,
        ),
        (
            r#"{"durable_name":"C","ack_policy":"explicit","priority_policy":"overflow","priority_groups":["a.b"]}"#,
            10162,
        ),
        (
            r#"{"durable_name":"C","ack_policy":"explicit","rate_limit_bps":1000}"#,
            10086,
        ),
    ];
    for (config, code) in refused {
        let v = create(&js, config).await;
        let (status, err_code, _) = error_of(&v);
        assert_eq!((status, err_code), (400, code), "{config}: {v}");
    }
    let v = create(
        &js,
        r#"{"durable_name":"C","ack_policy":"explicit","priority_policy":"sometimes","priority_groups":["A"]}"#,
    )
    .await;
    assert_eq!(error_of(&v).1, 10025, "{v}");

    // pinned_client gets the 2 minute pin TTL and API level 1.
    let v = create(
        &js,
        r#"{"durable_name":"C","ack_policy":"explicit","priority_policy":"pinned_client","priority_groups":["G","H"]}"#,
    )
    .await;
    assert_eq!(error_of(&v).1, 0, "{v}");
    assert_eq!(v["config"]["priority_policy"], "pinned_client", "{v}");
    assert_eq!(v["config"]["priority_timeout"], 120_000_000_000i64, "{v}");
    assert_eq!(v["config"]["priority_groups"], json!(["G", "H"]), "{v}");
    assert_eq!(v["config"]["metadata"]["_nats.req.level"], "1", "{v}");
    // One group state (the first group), never pinned yet.
    assert_eq!(
        v["priority_groups"],
        json!([{"group": "G", "pinned_ts": "0001-01-01T00:00:00Z"}]),
        "{v}"
    );

    // UNPIN's errors, then a plain success.
    let unpin = |body: &'static str| {
        let client = js.client.clone();
        async move { api(&client, "$JS.API.CONSUMER.UNPIN.S.C", body).await }
    };
    let v = unpin("").await;
    assert_eq!(
        error_of(&v),
        (
            400,
            10025,
            "invalid JSON: unexpected end of JSON input".to_string()
        ),
        "{v}"
    );
    let v = unpin("{}").await;
    assert_eq!(
        error_of(&v),
        (
            400,
            10025,
            "invalid JSON: consumer group not specified".to_string()
        ),
        "{v}"
    );
    let v = unpin(r#"{"group":"no.dots"}"#).await;
    assert_eq!(error_of(&v).1, 10162, "{v}");
    let v = unpin(r#"{"group":"X"}"#).await;
    assert_eq!(
        error_of(&v),
        (
            400,
            10160,
            "Provided priority group does not exist for this consumer".to_string()
        ),
        "{v}"
    );
    let v = js
        .api("$JS.API.CONSUMER.UNPIN.S.NOPE", r#"{"group":"G"}"#)
        .await;
    assert_eq!(error_of(&v).1, 10014, "{v}");
    let v = js
        .api("$JS.API.CONSUMER.UNPIN.NOPE.C", r#"{"group":"G"}"#)
        .await;
    assert_eq!(error_of(&v).1, 10059, "{v}");
    let v = unpin(r#"{"group":"H"}"#).await;
    assert_eq!(
        v,
        json!({"type": "io.nats.jetstream.api.v1.consumer_unpin_response"})
    );

    // Pull request checks.
    let (inbox, mut sub) = js.inbox().await;
    for (body, status) in [
        (
            json!({"batch": 1}),
            "400 Bad Request - Priority Group missing",
        ),
        (
            json!({"batch": 1, "group": "Z"}),
            "400 Bad Request - Invalid Priority Group",
        ),
        (
            json!({"batch": 1, "group": "G", "min_pending": 5}),
            "400 Bad Request - Not a Overflow Priority consumer",
        ),
        (
            json!({"batch": 1, "group": "G", "priority": 10}),
            "400 Bad Request - Priority must be between 0 and 9",
        ),
    ] {
        js.pull(&inbox, body.clone()).await;
        assert_eq!(
            expect_next(&mut sub, &body.to_string()).await,
            Got::Status(status.to_string()),
            "{body}"
        );
    }

    // A plain consumer refuses a pin id.
    let v = js
        .api(
            "$JS.API.CONSUMER.CREATE.S.P",
            r#"{"stream_name":"S","config":{"durable_name":"P","ack_policy":"explicit"}}"#,
        )
        .await;
    assert_eq!(error_of(&v).1, 0, "{v}");
    js.client
        .publish_with_reply(
            "$JS.API.CONSUMER.MSG.NEXT.S.P",
            inbox.clone(),
            r#"{"batch":1,"id":"X"}"#.into(),
        )
        .await
        .expect("pull");
    assert_eq!(
        expect_next(&mut sub, "pin id on a plain consumer").await,
        Got::Status("400 Bad Request - Not a Pinned Client Priority consumer".to_string())
    );
}

server_test!(priority_checks => priority_checks_rnats, priority_checks_reference);

/// `overflow`: a request with `min_pending` gets messages only once that many are pending.
async fn overflow_min_pending(kind: Kind) {
    let js = Js::start(
        kind,
        r#"{"name":"S","subjects":["s.>"],"storage":"memory"}"#,
    )
    .await;
    let v = create(
        &js,
        r#"{"durable_name":"C","ack_policy":"explicit","priority_policy":"overflow","priority_groups":["A"]}"#,
    )
    .await;
    assert_eq!(error_of(&v).1, 0, "{v}");
    assert!(v["config"].get("priority_timeout").is_none(), "{v}");
    js.publish(3, "m").await;
    let (inbox, mut sub) = js.inbox().await;
    // 3 pending, 5 wanted: the request waits and expires.
    js.pull(
        &inbox,
        json!({"batch": 1, "group": "A", "min_pending": 5, "expires": 400_000_000}),
    )
    .await;
    assert_eq!(
        expect_next(&mut sub, "expiry under the threshold").await,
        Got::Status("408 Request Timeout".to_string())
    );
    // Past the threshold it is served.
    js.publish(3, "m").await;
    js.pull(
        &inbox,
        json!({"batch": 1, "group": "A", "min_pending": 5, "expires": 2_000_000_000}),
    )
    .await;
    assert_eq!(
        expect_next(&mut sub, "served over the threshold").await,
        Got::Msg {
            payload: "m".into(),
            pin: None
        }
    );
    // min_ack_pending: one message awaits its ack, two are wanted.
    js.pull(
        &inbox,
        json!({"batch": 1, "group": "A", "min_ack_pending": 2, "expires": 400_000_000}),
    )
    .await;
    assert_eq!(
        expect_next(&mut sub, "ack pending under the threshold").await,
        Got::Status("408 Request Timeout".to_string())
    );
    // Without thresholds, a request of the group is served at once.
    js.pull(
        &inbox,
        json!({"batch": 2, "group": "A", "expires": 2_000_000_000}),
    )
    .await;
    for _ in 0..2 {
        assert!(matches!(
            expect_next(&mut sub, "no threshold").await,
            Got::Msg { .. }
        ));
    }
    let v = js.api("$JS.API.CONSUMER.INFO.S.C", "").await;
    assert_eq!(v["num_ack_pending"], 3, "{v}");
    assert_eq!(v["priority_groups"][0]["group"], "A", "{v}");
}

server_test!(overflow_min_pending => overflow_min_pending_rnats, overflow_min_pending_reference);

/// One advisory's keys with their JSON types, plus the values that do not vary.
fn shape(v: &Value) -> Value {
    let mut keys = BTreeMap::new();
    let mut fixed = serde_json::Map::new();
    for (k, val) in v.as_object().expect("object") {
        let t = match val {
            Value::Null => "null",
            Value::Bool(_) => "bool",
            Value::Number(_) => "number",
            Value::String(_) => "string",
            Value::Array(_) => "array",
            Value::Object(_) => "object",
        };
        keys.insert(k.clone(), t);
        if !["id", "timestamp", "pinned_id"].contains(&k.as_str()) {
            fixed.insert(k.clone(), val.clone());
        }
    }
    json!({ "keys": keys, "values": fixed })
}

/// The next pin advisory (others, such as consumer created, are passed over).
async fn advisory(events: &mut async_nats::Subscriber, subject: &str) -> Value {
    loop {
        let m = tokio::time::timeout(Duration::from_secs(4), events.next())
            .await
            .unwrap_or_else(|_| panic!("no advisory on {subject}"))
            .expect("advisory");
        if !m.subject.as_str().contains("PINNED.") {
            continue;
        }
        assert_eq!(m.subject.as_str(), subject);
        return serde_json::from_slice(&m.payload).expect("JSON advisory");
    }
}

/// `pinned_client`: the first requester is pinned and gets every message with its
/// `Nats-Pin-Id`; others wait, a wrong id gets 423; UNPIN and the pin TTL move the pin on.
async fn pinned_client(kind: Kind) {
    let js = Js::start(
        kind,
        r#"{"name":"S","subjects":["s.>"],"storage":"memory"}"#,
    )
    .await;
    let mut events = js
        .client
        .subscribe("$JS.EVENT.ADVISORY.CONSUMER.>")
        .await
        .expect("subscribe");
    let v = create(
        &js,
        r#"{"durable_name":"C","ack_policy":"none","priority_policy":"pinned_client","priority_groups":["G"],"priority_timeout":1000000000}"#,
    )
    .await;
    assert_eq!(error_of(&v).1, 0, "{v}");
    assert_eq!(v["config"]["priority_timeout"], 1_000_000_000i64, "{v}");
    let (a_inbox, mut a) = js.inbox().await;
    let (b_inbox, mut b) = js.inbox().await;

    js.publish(1, "m1").await;
    js.pull(
        &a_inbox,
        json!({"batch": 1, "group": "G", "expires": 3_000_000_000i64}),
    )
    .await;
    let got = expect_next(&mut a, "first pull").await;
    let pin = pin_of(&got);
    let adv = advisory(&mut events, "$JS.EVENT.ADVISORY.CONSUMER.PINNED.S.C").await;
    assert_eq!(adv["pinned_id"], pin.as_str(), "{adv}");
    assert_eq!(
        shape(&adv),
        json!({
            "keys": {"account": "string", "consumer": "string", "group": "string", "id": "string",
                     "pinned_id": "string", "stream": "string", "timestamp": "string", "type": "string"},
            "values": {"account": "$G", "consumer": "C", "group": "G", "stream": "S",
                       "type": "io.nats.jetstream.advisory.v1.consumer_group_pinned"}
        })
    );
    let v = js.api("$JS.API.CONSUMER.INFO.S.C", "").await;
    assert_eq!(
        v["priority_groups"][0]["pinned_client_id"],
        pin.as_str(),
        "{v}"
    );

    // B without the pin waits; a wrong id is refused at once.
    js.pull(
        &b_inbox,
        json!({"batch": 1, "group": "G", "expires": 2_000_000_000i64}),
    )
    .await;
    js.pull(
        &b_inbox,
        json!({"batch": 1, "group": "G", "id": "WRONG", "expires": 2_000_000_000i64}),
    )
    .await;
    assert_eq!(
        expect_next(&mut b, "wrong pin id").await,
        Got::Status("423 Nats-Pin-Id mismatch".to_string())
    );
    js.publish(1, "m2").await;
    assert_eq!(next(&mut b, Duration::from_millis(300)).await, None);
    // A, with its id, gets it.
    js.pull(
        &a_inbox,
        json!({"batch": 1, "group": "G", "id": pin, "expires": 2_000_000_000i64}),
    )
    .await;
    assert_eq!(
        expect_next(&mut a, "pinned pull").await,
        Got::Msg {
            payload: "m2".into(),
            pin: Some(pin.clone())
        }
    );

    // UNPIN: the waiting B is pinned with the next message.
    let v = js
        .api("$JS.API.CONSUMER.UNPIN.S.C", r#"{"group":"G"}"#)
        .await;
    assert_eq!(error_of(&v).1, 0, "{v}");
    let adv = advisory(&mut events, "$JS.EVENT.ADVISORY.CONSUMER.UNPINNED.S.C").await;
    assert_eq!(
        shape(&adv),
        json!({
            "keys": {"account": "string", "consumer": "string", "group": "string", "id": "string",
                     "reason": "string", "stream": "string", "timestamp": "string", "type": "string"},
            "values": {"account": "$G", "consumer": "C", "group": "G", "reason": "admin", "stream": "S",
                       "type": "io.nats.jetstream.advisory.v1.consumer_group_unpinned"}
        })
    );
    js.publish(1, "m3").await;
    let got = expect_next(&mut b, "after unpin").await;
    let pin2 = pin_of(&got);
    assert_ne!(pin2, pin);
    assert!(matches!(got, Got::Msg { ref payload, .. } if payload == "m3"));
    let adv = advisory(&mut events, "$JS.EVENT.ADVISORY.CONSUMER.PINNED.S.C").await;
    assert_eq!(adv["pinned_id"], pin2.as_str(), "{adv}");
    // The old pin is refused now.
    js.pull(
        &a_inbox,
        json!({"batch": 1, "group": "G", "id": pin, "expires": 2_000_000_000i64}),
    )
    .await;
    assert_eq!(
        expect_next(&mut a, "old pin").await,
        Got::Status("423 Nats-Pin-Id mismatch".to_string())
    );

    // Nobody pulls for priority_timeout: the pin times out.
    let adv = advisory(&mut events, "$JS.EVENT.ADVISORY.CONSUMER.UNPINNED.S.C").await;
    assert_eq!(adv["reason"], "timeout", "{adv}");
    let v = js.api("$JS.API.CONSUMER.INFO.S.C", "").await;
    assert_eq!(
        v["priority_groups"],
        json!([{"group": "G", "pinned_ts": "0001-01-01T00:00:00Z"}]),
        "{v}"
    );
}

server_test!(pinned_client => pinned_client_rnats, pinned_client_reference);

/// Push `rate_limit_bps`: delivery is paced to the rate (a bucket of one maximal message,
/// here `max_msg_size` 1 KiB), not refused.
async fn rate_limit_paces_push(kind: Kind) {
    let js = Js::start(
        kind,
        r#"{"name":"S","subjects":["s.>"],"storage":"memory","max_msg_size":1024}"#,
    )
    .await;
    let payload = "x".repeat(500);
    js.publish(40, &payload).await;
    let mut sub = js.client.subscribe("push.r").await.expect("subscribe");
    js.client.flush().await.expect("flush");
    // 20 KB/s: 40 deliveries of ~560 bytes take about a second.
    let started = Instant::now();
    let v = create(
        &js,
        r#"{"durable_name":"C","deliver_subject":"push.r","ack_policy":"none","rate_limit_bps":160000}"#,
    )
    .await;
    assert_eq!(error_of(&v).1, 0, "{v}");
    assert_eq!(v["config"]["rate_limit_bps"], 160_000, "{v}");
    for i in 0..40 {
        tokio::time::timeout(Duration::from_secs(10), sub.next())
            .await
            .unwrap_or_else(|_| panic!("delivery {i} did not come"))
            .expect("message");
    }
    let took = started.elapsed();
    assert!(
        took >= Duration::from_millis(700) && took < Duration::from_secs(6),
        "40 deliveries at 20 KB/s took {took:?}"
    );
}

server_test!(rate_limit_paces_push => rate_limit_paces_push_rnats, rate_limit_paces_push_reference);

/// `nats consumer add --pinned-groups/--pinned-ttl/--overflow-groups`, the info lines and
/// `nats consumer unpin`, run by rnats' CLI against each server.
async fn consumer_unpin_cli(kind: Kind) {
    use crate::cli_families::nats_at;
    let store = tempfile::tempdir().expect("store");
    let server = TestServer::start(kind, &["-js", "-sd", store.path().to_str().expect("utf-8")]);
    let url = server.url();
    let home = tempfile::tempdir().expect("tempdir");
    let h = home.path();
    for args in [
        &["stream", "add", "ORDERS", "--subjects", "o.>", "--defaults"][..],
        &[
            "consumer",
            "add",
            "ORDERS",
            "C1",
            "--pull",
            "--pinned-groups",
            "G",
            "--pinned-ttl",
            "30s",
            "--defaults",
        ][..],
        &[
            "consumer",
            "add",
            "ORDERS",
            "C2",
            "--pull",
            "--overflow-groups",
            "A",
            "--overflow-groups",
            "B",
            "--defaults",
        ][..],
        &["pub", "o.1", "hi"][..],
    ] {
        let (code, _, err) = nats_at(h, &url, args).await;
        assert_eq!(code, 0, "{args:?}: {err}");
    }
    let client = server.client().await;
    let v = api(&client, "$JS.API.CONSUMER.INFO.ORDERS.C1", "").await;
    assert_eq!(v["config"]["priority_policy"], "pinned_client", "{v}");
    assert_eq!(v["config"]["priority_groups"], json!(["G"]), "{v}");
    assert_eq!(v["config"]["priority_timeout"], 30_000_000_000i64, "{v}");
    let v = api(&client, "$JS.API.CONSUMER.INFO.ORDERS.C2", "").await;
    assert_eq!(v["config"]["priority_policy"], "overflow", "{v}");
    assert_eq!(v["config"]["priority_groups"], json!(["A", "B"]), "{v}");

    let (code, out, err) = nats_at(h, &url, &["consumer", "info", "ORDERS", "C1"]).await;
    assert_eq!(code, 0, "{err}");
    for line in [
        "Priority Policy: Pinned Client",
        "Priority Groups: G",
        "Pinned TTL: 30",
        "Priority Groups: G: No client",
    ] {
        assert!(out.contains(line), "{line:?} in\n{out}");
    }
    let (code, _, err) = nats_at(h, &url, &["consumer", "unpin", "ORDERS", "C1", "G", "-f"]).await;
    assert_eq!(
        (code, err.as_str()),
        (1, "nats: error: no priority groups have pinned clients\n")
    );
    let (code, _, err) = nats_at(h, &url, &["consumer", "unpin", "ORDERS", "C2", "A", "-f"]).await;
    assert_eq!(
        (code, err.as_str()),
        (
            1,
            "nats: error: consumer is not a pinned priority consumer\n"
        )
    );

    // A pull of group G pins its requester.
    let inbox = client.new_inbox();
    let mut sub = client.subscribe(inbox.clone()).await.expect("subscribe");
    client
        .publish_with_reply(
            "$JS.API.CONSUMER.MSG.NEXT.ORDERS.C1",
            inbox,
            r#"{"batch":1,"group":"G","expires":2000000000}"#.into(),
        )
        .await
        .expect("pull");
    let pin = pin_of(&expect_next(&mut sub, "pinned pull").await);
    let (code, out, err) = nats_at(h, &url, &["consumer", "info", "ORDERS", "C1"]).await;
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains(&format!("Priority Groups: G: pinned {pin} at ")),
        "{out}"
    );
    let (code, out, err) =
        nats_at(h, &url, &["consumer", "unpin", "ORDERS", "C1", "G", "-f"]).await;
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out,
        format!("Unpinned client {pin} from Priority Group ORDERS > C1 > G\n")
    );
    let v = api(&client, "$JS.API.CONSUMER.INFO.ORDERS.C1", "").await;
    assert!(
        v["priority_groups"][0].get("pinned_client_id").is_none(),
        "{v}"
    );
}

server_test!(consumer_unpin_cli => consumer_unpin_cli_rnats, consumer_unpin_cli_reference);

/// `prioritized`: the waiting request with the lowest `priority` is served first.
async fn prioritized_lowest_first(kind: Kind) {
    let js = Js::start(
        kind,
        r#"{"name":"S","subjects":["s.>"],"storage":"memory"}"#,
    )
    .await;
    let v = create(
        &js,
        r#"{"durable_name":"C","ack_policy":"explicit","priority_policy":"prioritized","priority_groups":["P"]}"#,
    )
    .await;
    assert_eq!(error_of(&v).1, 0, "{v}");
    let (low_inbox, mut low) = js.inbox().await;
    let (high_inbox, mut high) = js.inbox().await;
    js.pull(
        &low_inbox,
        json!({"batch": 1, "group": "P", "priority": 5, "expires": 3_000_000_000i64}),
    )
    .await;
    js.pull(
        &high_inbox,
        json!({"batch": 1, "group": "P", "priority": 1, "expires": 3_000_000_000i64}),
    )
    .await;
    js.publish(1, "first").await;
    assert_eq!(
        expect_next(&mut high, "priority 1").await,
        Got::Msg {
            payload: "first".into(),
            pin: None
        }
    );
    assert_eq!(next(&mut low, Duration::from_millis(200)).await, None);
    js.publish(1, "second").await;
    assert_eq!(
        expect_next(&mut low, "priority 5").await,
        Got::Msg {
            payload: "second".into(),
            pin: None
        }
    );
}

server_test!(prioritized_lowest_first => prioritized_lowest_first_rnats, prioritized_lowest_first_reference);
