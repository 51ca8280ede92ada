//! Stream subject transforms, republish, mirrors and sources (issue 15) through async-nats,
//! against rnats and the reference nats-server: what is stored, the republished copies and
//! their headers, the mirror/source state in stream info, upstream's validation errors, and
//! sourcing that resumes after a restart.

use std::time::Duration;

use async_nats::jetstream::{self, stream};
use futures::StreamExt;
use serde_json::Value;

use crate::jetstream::{api, error_of};
use crate::util::{server_test, Kind, TestServer};

fn start_js(kind: Kind, store: &std::path::Path) -> TestServer {
    TestServer::start(kind, &["-js", "-sd", store.to_str().expect("utf-8 path")])
}

/// The next message on `sub`, within five seconds.
async fn next(sub: &mut async_nats::Subscriber) -> async_nats::Message {
    tokio::time::timeout(Duration::from_secs(5), sub.next())
        .await
        .expect("message in time")
        .expect("subscription open")
}

fn header<'a>(m: &'a async_nats::Message, name: &str) -> Option<&'a str> {
    m.headers
        .as_ref()
        .and_then(|h| h.get(name))
        .map(|v| v.as_str())
}

/// `subject_transform` rewrites what is stored; `republish` sends each stored message on with
/// `Nats-Stream`, `Nats-Subject`, `Nats-Sequence`, `Nats-Time-Stamp` and
/// `Nats-Last-Sequence` (the subject's previous sequence), keeping the publisher's headers;
/// `headers_only` adds `Nats-Msg-Size` and drops the payload.
async fn transform_and_republish(kind: Kind) {
    let store = tempfile::tempdir().expect("store dir");
    let srv = start_js(kind, store.path());
    let client = srv.client().await;
    let js = jetstream::new(client.clone());
    let mut rp = client.subscribe("rp.>").await.expect("subscribe");
    let mut ho = client.subscribe("ho.>").await.expect("subscribe");
    client.flush().await.expect("flush");

    let t = js
        .create_stream(stream::Config {
            name: "T".into(),
            subjects: vec!["in.*".into()],
            subject_transform: Some(stream::SubjectTransform {
                source: "in.*".into(),
                destination: "st.{{wildcard(1)}}".into(),
            }),
            republish: Some(stream::Republish {
                source: "st.*".into(),
                destination: "rp.{{wildcard(1)}}".into(),
                headers_only: false,
            }),
            storage: stream::StorageType::Memory,
            ..Default::default()
        })
        .await
        .expect("create T");
    let h = js
        .create_stream(stream::Config {
            name: "H".into(),
            subjects: vec!["h.>".into()],
            republish: Some(stream::Republish {
                source: String::new(),
                destination: "ho.>".into(),
                headers_only: true,
            }),
            ..Default::default()
        })
        .await
        .expect("create H");
    let v = api(&client, "$JS.API.STREAM.INFO.H", "").await;
    assert_eq!(
        v["config"]["republish"],
        serde_json::json!({"src":">","dest":"ho.>","headers_only":true})
    );

    js.publish("in.a", "one".into())
        .await
        .expect("pub")
        .await
        .expect("ack");
    let mut hm = async_nats::HeaderMap::new();
    hm.insert("X-Mine", "yes");
    js.publish_with_headers("in.b", hm, "two".into())
        .await
        .expect("pub")
        .await
        .expect("ack");
    js.publish("in.a", "three".into())
        .await
        .expect("pub")
        .await
        .expect("ack");
    let stored = t.get_raw_message(1).await.expect("get 1");
    assert_eq!(stored.subject.as_str(), "st.a");

    let m = next(&mut rp).await;
    assert_eq!((m.subject.as_str(), &m.payload[..]), ("rp.a", &b"one"[..]));
    assert_eq!(header(&m, "Nats-Stream"), Some("T"));
    assert_eq!(header(&m, "Nats-Subject"), Some("st.a"));
    assert_eq!(header(&m, "Nats-Sequence"), Some("1"));
    assert_eq!(header(&m, "Nats-Last-Sequence"), Some("0"));
    assert!(header(&m, "Nats-Time-Stamp").is_some_and(|t| t.ends_with('Z')));
    assert_eq!(header(&m, "Nats-Msg-Size"), None);
    let m = next(&mut rp).await;
    assert_eq!(m.subject.as_str(), "rp.b");
    assert_eq!(header(&m, "X-Mine"), Some("yes"));
    assert_eq!(header(&m, "Nats-Sequence"), Some("2"));
    let m = next(&mut rp).await;
    assert_eq!(header(&m, "Nats-Sequence"), Some("3"));
    assert_eq!(header(&m, "Nats-Last-Sequence"), Some("1"));

    js.publish("h.x", "12345".into())
        .await
        .expect("pub")
        .await
        .expect("ack");
    let m = next(&mut ho).await;
    assert_eq!(m.subject.as_str(), "ho.h.x");
    assert!(m.payload.is_empty());
    assert_eq!(header(&m, "Nats-Msg-Size"), Some("5"));
    assert_eq!(header(&m, "Nats-Stream"), Some("H"));
    drop(h);
}
server_test!(transform_and_republish => transform_and_republish_rnats, transform_and_republish_reference);

/// Upstream's errors for bad transforms and republish configs.
async fn transform_errors(kind: Kind) {
    let store = tempfile::tempdir().expect("store dir");
    let srv = start_js(kind, store.path());
    let client = srv.client().await;
    let cases: [(&str, (u64, u64, &str)); 4] = [
        (
            r#"{"name":"E","subjects":["a.>"],"republish":{"src":">","dest":"a.b"}}"#,
            (
                500,
                10052,
                "stream configuration for republish destination forms a cycle",
            ),
        ),
        (
            r#"{"name":"E","subjects":["a.*"],"subject_transform":{"src":"a..b","dest":"x"}}"#,
            (400, 10155, "stream transform source: invalid subject a..b"),
        ),
        (
            r#"{"name":"E","subjects":["a.*"],"subject_transform":{"src":"a.*","dest":"x.{{foo(1)}}"}}"#,
            (
                400,
                10156,
                "stream transform: invalid mapping destination: unknown function in {{foo(1)}}",
            ),
        ),
        (
            r#"{"name":"E","subjects":["a.*"],"republish":{"src":"a.*","dest":"r.$2"}}"#,
            (
                500,
                10052,
                "stream configuration for republish with transform from 'a.*' to 'r.$2' not valid",
            ),
        ),
    ];
    for (body, want) in cases {
        let v: Value = api(&client, "$JS.API.STREAM.CREATE.E", body).await;
        let (code, err_code, desc) = error_of(&v);
        assert_eq!((code, err_code, desc.as_str()), want, "{body}");
    }
}
server_test!(transform_errors => transform_errors_rnats, transform_errors_reference);
