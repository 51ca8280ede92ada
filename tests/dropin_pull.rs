//! Pull requests on the wire, raw, against rnats and the reference nats-server 2.14: what a
//! `$JS.API.CONSUMER.MSG.NEXT` request gets back with `max_bytes`, `idle_heartbeat`,
//! `no_wait` plus `expires`, for a consumer that does not exist, and when the consumer is
//! deleted under waiting requests. Every expected text was first read off nats-server 2.14.

use std::time::Duration;

use serde_json::Value;

use crate::util::{server_test, Kind, RawConn, TestServer};

/// A JetStream server, an async-nats client for the API and publishing, and a raw connection
/// (headers and no_responders on) subscribed to `PULL.>` that makes the pull requests.
struct Pull {
    _store: tempfile::TempDir,
    _srv: TestServer,
    client: async_nats::Client,
    raw: RawConn,
}

impl Pull {
    /// Starts `kind` with JetStream, stream `S` on `s.>` and explicit-ack pull consumer `C`.
    async fn start(kind: Kind) -> Pull {
        let store = tempfile::tempdir().expect("store dir");
        let dir = store.path().to_str().expect("utf-8 path");
        let srv = TestServer::start(kind, &["-js", "-sd", dir]);
        let client = srv.client().await;
        let mut raw = srv
            .raw_connect_with(
                r#"{"verbose":false,"pedantic":false,"headers":true,"no_responders":true}"#,
            )
            .await;
        raw.send(b"SUB PULL.> 1\r\nPING\r\n").await;
        raw.expect("PONG\r\n").await;
        let mut p = Pull {
            _store: store,
            _srv: srv,
            client,
            raw,
        };
        let v = p
            .api(
                "$JS.API.STREAM.CREATE.S",
                r#"{"name":"S","subjects":["s.>"]}"#,
            )
            .await;
        assert_eq!(v["did_create"], true, "{v}");
        let v = p
            .api(
                "$JS.API.CONSUMER.CREATE.S.C",
                r#"{"stream_name":"S","config":{"durable_name":"C","ack_policy":"explicit"}}"#,
            )
            .await;
        assert_eq!(v["name"], "C", "{v}");
        p
    }

    async fn api(&mut self, subject: &str, body: &str) -> Value {
        let msg = self
            .client
            .request(subject.to_string(), body.to_string().into())
            .await
            .unwrap_or_else(|e| panic!("{subject}: {e}"));
        serde_json::from_slice(&msg.payload).expect("JSON response")
    }

    /// Publishes `n` messages of `payload` on `s.a` and waits for their acks.
    async fn publish(&mut self, n: usize, payload: &'static str) {
        let js = async_nats::jetstream::new(self.client.clone());
        for _ in 0..n {
            js.publish("s.a", payload.into())
                .await
                .expect("publish")
                .await
                .expect("puback");
        }
    }

    /// Sends a pull request for consumer `C` with reply subject `reply`.
    async fn next(&mut self, reply: &str, body: &str) {
        self.next_for("$JS.API.CONSUMER.MSG.NEXT.S.C", reply, body)
            .await;
    }

    async fn next_for(&mut self, subject: &str, reply: &str, body: &str) {
        let op = format!("PUB {subject} {reply} {}\r\n{body}\r\n", body.len());
        self.raw.send(op.as_bytes()).await;
    }

    /// `(num_pending, num_waiting, num_ack_pending)` of consumer `C`.
    async fn counts(&mut self) -> (u64, u64, u64) {
        let v = self.api("$JS.API.CONSUMER.INFO.S.C", "").await;
        let n = |k: &str| v[k].as_u64().unwrap_or_else(|| panic!("{k} in {v}"));
        (n("num_pending"), n("num_waiting"), n("num_ack_pending"))
    }

    /// Asserts nothing arrives on the raw connection for `d`.
    async fn quiet(&mut self, d: Duration) {
        let got = self.raw.read_until("\r\n", d).await;
        assert_eq!(got, None, "expected silence");
    }
}

/// Deliveries of stream messages on `s.a` in `text`.
fn deliveries(text: &str) -> usize {
    text.matches("MSG s.a 1 $JS.ACK.S.C.").count()
}

/// Upstream counts subject, ack reply, headers and payload against `max_bytes`; the message
/// that does not fit ends the request with a 409 carrying what was left of it.
async fn max_bytes_ends_the_request(kind: Kind) {
    let mut p = Pull::start(kind).await;
    p.publish(10, "xxxxxxxxxxxxxxxxxxxx").await;
    // Each delivery costs 3 (s.a) + 39 (ack reply) + 20 (payload) = 62 bytes.
    p.next("PULL.r1", r#"{"batch":10,"max_bytes":150}"#).await;
    let got = p
        .raw
        .expect("HMSG PULL.r1 1 96 96\r\nNATS/1.0 409 Message Size Exceeds MaxBytes\r\nNats-Pending-Messages: 8\r\nNats-Pending-Bytes: 26\r\n\r\n\r\n")
        .await;
    assert_eq!(deliveries(&got), 2, "{got}");
    assert!(got.starts_with("MSG s.a 1 $JS.ACK.S.C.1.1.1."), "{got}");
    assert_eq!(p.counts().await, (8, 0, 2));

    // Not even the first message fits: the 409 comes alone.
    p.next("PULL.r2", r#"{"batch":10,"max_bytes":10}"#).await;
    let got = p
        .raw
        .expect("NATS/1.0 409 Message Size Exceeds MaxBytes\r\nNats-Pending-Messages: 10\r\nNats-Pending-Bytes: 10\r\n\r\n\r\n")
        .await;
    assert_eq!(got, "HMSG PULL.r2 1 97 97\r\nNATS/1.0 409 Message Size Exceeds MaxBytes\r\nNats-Pending-Messages: 10\r\nNats-Pending-Bytes: 10\r\n\r\n\r\n");
    assert_eq!(p.counts().await, (8, 0, 2));

    // With expires the same: two more, then the 409.
    p.next(
        "PULL.r3",
        r#"{"batch":10,"max_bytes":150,"expires":2000000000}"#,
    )
    .await;
    let got = p
        .raw
        .expect("HMSG PULL.r3 1 96 96\r\nNATS/1.0 409 Message Size Exceeds MaxBytes\r\nNats-Pending-Messages: 8\r\nNats-Pending-Bytes: 26\r\n\r\n\r\n")
        .await;
    assert_eq!(deliveries(&got), 2, "{got}");
    assert!(got.starts_with("MSG s.a 1 $JS.ACK.S.C.1.3.3."), "{got}");
    assert_eq!(p.counts().await, (6, 0, 4));
}
server_test!(max_bytes_ends_the_request => max_bytes_ends_the_request_rnats, max_bytes_ends_the_request_reference);

/// `idle_heartbeat` needs `expires` of at least twice the heartbeat; without one (with or
/// without `no_wait`) or with a shorter one the request gets a 400 and is not kept.
async fn heartbeat_without_room_is_refused(kind: Kind) {
    let mut p = Pull::start(kind).await;
    let refused = "NATS/1.0 400 Bad Request - heartbeat value too large\r\n\r\n\r\n";
    for (reply, body) in [
        ("PULL.r0", r#"{"batch":1,"idle_heartbeat":500000000}"#),
        (
            "PULL.r1",
            r#"{"batch":1,"idle_heartbeat":500000000,"expires":800000000}"#,
        ),
        (
            "PULL.r2",
            r#"{"batch":1,"idle_heartbeat":500000000,"no_wait":true}"#,
        ),
    ] {
        p.next(reply, body).await;
        let got = p.raw.expect(refused).await;
        assert_eq!(got, format!("HMSG {reply} 1 56 56\r\n{refused}"));
        assert_eq!(p.counts().await, (0, 0, 0));
    }
    p.quiet(Duration::from_millis(700)).await;

    // Exactly half is fine: one heartbeat, then the timeout.
    p.next(
        "PULL.r3",
        r#"{"batch":1,"idle_heartbeat":500000000,"expires":1000000000}"#,
    )
    .await;
    let got = p
        .raw
        .expect("NATS/1.0 408 Request Timeout\r\nNats-Pending-Messages: 1\r\nNats-Pending-Bytes: 0\r\n\r\n\r\n")
        .await;
    assert!(
        got.starts_with("HMSG PULL.r3 1 75 75\r\nNATS/1.0 100 Idle Heartbeat\r\nNats-Last-Consumer: 0\r\nNats-Last-Stream: 0\r\n\r\n\r\n"),
        "{got}"
    );
}
server_test!(heartbeat_without_room_is_refused => heartbeat_without_room_is_refused_rnats, heartbeat_without_room_is_refused_reference);

/// Each consumer subscribes its own `MSG.NEXT` subject: a pull request for a consumer (or
/// stream) that does not exist finds no responder, and the requester gets the 503.
async fn next_for_missing_consumer_has_no_responders(kind: Kind) {
    let mut p = Pull::start(kind).await;
    for (subject, body) in [
        ("$JS.API.CONSUMER.MSG.NEXT.S.NOPE", r#"{"batch":1}"#),
        ("$JS.API.CONSUMER.MSG.NEXT.S.NOPE", ""),
        ("$JS.API.CONSUMER.MSG.NEXT.X.NOPE", ""),
        ("$JS.API.CONSUMER.MSG.NEXT.S", ""),
    ] {
        p.next_for(subject, "PULL.r", body).await;
        let want = format!("NATS/1.0 503\r\nNats-Subject: {subject}\r\n\r\n\r\n");
        let got = p.raw.expect(&want).await;
        let len = want.len() - 2;
        assert_eq!(got, format!("HMSG PULL.r 1 {len} {len}\r\n{want}"));
    }
    // Without a reply there is nobody to tell.
    p.raw
        .send(b"PUB $JS.API.CONSUMER.MSG.NEXT.S.NOPE 0\r\n\r\n")
        .await;
    p.quiet(Duration::from_millis(300)).await;
    assert_eq!(p.counts().await, (0, 0, 0));
}
server_test!(next_for_missing_consumer_has_no_responders => next_for_missing_consumer_has_no_responders_rnats, next_for_missing_consumer_has_no_responders_reference);

/// Deleting the consumer, or its stream, answers every waiting pull request with a bare
/// `409 Consumer Deleted`, in arrival order and before the delete response.
async fn delete_releases_waiting_requests(kind: Kind) {
    let mut p = Pull::start(kind).await;
    p.next("PULL.r1", r#"{"batch":3,"expires":5000000000}"#)
        .await;
    p.next("PULL.r2", r#"{"batch":2}"#).await;
    p.next(
        "PULL.r3",
        r#"{"batch":4,"max_bytes":1000,"expires":5000000000}"#,
    )
    .await;
    p.quiet(Duration::from_millis(300)).await;
    assert_eq!(p.counts().await, (0, 3, 0));
    p.raw
        .send(b"PUB $JS.API.CONSUMER.DELETE.S.C PULL.d 0\r\n\r\n")
        .await;
    let got = p.raw.expect("\"success\":true}\r\n").await;
    let deleted =
        |r: &str| format!("HMSG {r} 1 33 33\r\nNATS/1.0 409 Consumer Deleted\r\n\r\n\r\n");
    assert_eq!(
        got,
        format!(
            "{}{}{}MSG PULL.d 1 75\r\n{{\"type\":\"io.nats.jetstream.api.v1.consumer_delete_response\",\"success\":true}}\r\n",
            deleted("PULL.r1"),
            deleted("PULL.r2"),
            deleted("PULL.r3")
        )
    );

    // The stream going takes its consumers' requests along.
    let v = p
        .api(
            "$JS.API.CONSUMER.CREATE.S.C",
            r#"{"stream_name":"S","config":{"durable_name":"C","ack_policy":"explicit"}}"#,
        )
        .await;
    assert_eq!(v["name"], "C", "{v}");
    p.next("PULL.r4", r#"{"batch":3,"expires":5000000000}"#)
        .await;
    p.quiet(Duration::from_millis(300)).await;
    p.raw
        .send(b"PUB $JS.API.STREAM.DELETE.S PULL.d 0\r\n\r\n")
        .await;
    // Both the 409 to the waiting request and the delete response arrive; nats-server sends
    // them in either order under load, so the order is not part of the expectation.
    let mut got = p.raw.expect("\"success\":true}\r\n").await;
    let released = deleted("PULL.r4");
    if !got.contains(&released) {
        got.push_str(&p.raw.expect("Consumer Deleted\r\n\r\n\r\n").await);
    }
    let response = "MSG PULL.d 1 73\r\n{\"type\":\"io.nats.jetstream.api.v1.stream_delete_response\",\"success\":true}\r\n";
    assert_eq!(got.len(), released.len() + response.len(), "{got}");
    assert!(got.contains(&released), "{got}");
    assert!(got.contains(response), "{got}");
    p.quiet(Duration::from_millis(300)).await;
}
server_test!(delete_releases_waiting_requests => delete_releases_waiting_requests_rnats, delete_releases_waiting_requests_reference);

/// `no_wait` with `expires` on an empty consumer waits like a plain request and times out
/// with 408; a message arriving meanwhile is delivered and ends it with 404, as does running
/// out of messages after some were delivered.
async fn no_wait_with_expires_waits(kind: Kind) {
    let mut p = Pull::start(kind).await;
    let timeout = "NATS/1.0 408 Request Timeout\r\nNats-Pending-Messages: 3\r\nNats-Pending-Bytes: 0\r\n\r\n\r\n";
    p.next(
        "PULL.r1",
        r#"{"batch":3,"no_wait":true,"expires":1000000000}"#,
    )
    .await;
    p.quiet(Duration::from_millis(300)).await;
    assert_eq!(p.counts().await, (0, 1, 0));
    let got = p.raw.expect(timeout).await;
    assert_eq!(got, format!("HMSG PULL.r1 1 81 81\r\n{timeout}"));
    assert_eq!(p.counts().await, (0, 0, 0));

    // Without expires: 404 at once.
    p.next("PULL.r2", r#"{"batch":3,"no_wait":true}"#).await;
    let got = p.raw.expect("NATS/1.0 404 No Messages\r\n\r\n\r\n").await;
    assert_eq!(
        got,
        "HMSG PULL.r2 1 28 28\r\nNATS/1.0 404 No Messages\r\n\r\n\r\n"
    );

    // A message while it waits: delivered, then 404.
    p.next(
        "PULL.r3",
        r#"{"batch":3,"no_wait":true,"expires":5000000000}"#,
    )
    .await;
    p.quiet(Duration::from_millis(300)).await;
    assert_eq!(p.counts().await, (0, 1, 0));
    p.publish(1, "m1").await;
    let got = p.raw.expect("NATS/1.0 404 No Messages\r\n\r\n\r\n").await;
    assert!(got.starts_with("MSG s.a 1 $JS.ACK.S.C.1.1.1."), "{got}");
    assert!(
        got.contains(".0 2\r\nm1\r\nHMSG PULL.r3 1 28 28\r\n"),
        "{got}"
    );
    assert_eq!(deliveries(&got), 1, "{got}");
    assert_eq!(p.counts().await, (0, 0, 1));

    // Fewer messages than the batch: what there is, then 404 at once.
    p.publish(2, "m2").await;
    assert_eq!(p.counts().await, (2, 0, 1));
    p.next(
        "PULL.r4",
        r#"{"batch":3,"no_wait":true,"expires":5000000000}"#,
    )
    .await;
    let got = p.raw.expect("NATS/1.0 404 No Messages\r\n\r\n\r\n").await;
    assert_eq!(deliveries(&got), 2, "{got}");
    assert!(
        got.ends_with("HMSG PULL.r4 1 28 28\r\nNATS/1.0 404 No Messages\r\n\r\n\r\n"),
        "{got}"
    );
    assert_eq!(p.counts().await, (0, 0, 3));
    p.quiet(Duration::from_millis(300)).await;
}
server_test!(no_wait_with_expires_waits => no_wait_with_expires_waits_rnats, no_wait_with_expires_waits_reference);
