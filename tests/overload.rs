//! Overload: what a server does when publishers outrun a stream (issue 16,
//! <https://github.com/nats-io/nats-server/blob/main/server/stream.go> `queueInbound`).
//!
//! A stream's ingest queue is bounded by `jetstream { max_buffered_msgs, max_buffered_size }`;
//! a publish that finds it full is refused with `NATS/1.0 429 Too Many Requests` and the
//! JetStream error 10167, and every publish is answered either way.

use std::time::Duration;

use futures::StreamExt;

use crate::jetstream::api;
use crate::util::{server_conf, server_test, Kind, TestServer};

/// A burst of acknowledged publishes into a stream whose ingest queue holds one message: some
/// are refused with upstream's 429, every one gets an answer, and the stream holds exactly
/// the acknowledged ones.
async fn ingest_queue_limit_refuses_with_429(kind: Kind) {
    let server = TestServer::start(kind, &["-c", &server_conf("js_ingest_limit.conf")]);
    let client = server.client().await;
    let created = api(
        &client,
        "$JS.API.STREAM.CREATE.ING",
        r#"{"name":"ING","subjects":["ing.>"],"storage":"file"}"#,
    )
    .await;
    assert!(created.get("error").is_none(), "{created}");

    const N: usize = 2000;
    let mut replies = client.subscribe("answers.>").await.expect("subscribe");
    client.flush().await.expect("flush");
    for i in 0..N {
        client
            .publish_with_reply("ing.x", format!("answers.{i}"), "hello".into())
            .await
            .expect("publish");
    }
    client.flush().await.expect("flush");

    let (mut acked, mut refused) = (0usize, 0usize);
    while acked + refused < N {
        let m = tokio::time::timeout(Duration::from_secs(10), replies.next())
            .await
            .unwrap_or_else(|_| panic!("{kind:?}: only {acked} acks and {refused} refusals"))
            .expect("subscription open");
        let body: serde_json::Value = serde_json::from_slice(&m.payload).expect("JSON reply");
        if let Some(err) = body.get("error") {
            assert_eq!(m.status.map(|s| s.as_u16()), Some(429), "{body}");
            assert_eq!(
                m.description.as_deref(),
                Some("Too Many Requests"),
                "{kind:?}"
            );
            assert_eq!(err["code"], 429, "{body}");
            assert_eq!(err["err_code"], 10167, "{body}");
            assert_eq!(err["description"], "too many requests", "{body}");
            assert_eq!(body["stream"], "ING", "{body}");
            refused += 1;
        } else {
            assert_eq!(body["stream"], "ING", "{body}");
            assert!(body["seq"].as_u64().is_some_and(|s| s > 0), "{body}");
            acked += 1;
        }
    }
    assert!(
        refused > 0,
        "{kind:?}: a burst of {N} overflowed a queue of one"
    );
    assert!(acked > 0, "{kind:?}: the queue admitted something");
    let info = api(&client, "$JS.API.STREAM.INFO.ING", "").await;
    assert_eq!(info["state"]["messages"], acked as u64, "{info}");
}
server_test!(ingest_queue_limit_refuses_with_429 => ingest_queue_limit_refuses_with_429_rnats, ingest_queue_limit_refuses_with_429_reference);
