//! The rnats JetStream client context (`rnats_proto::jetstream::JetStream`) end to end,
//! against rnats and the reference nats-server: every typed call decodes the real server's
//! responses (streams, messages, purge, consumers, pull, PubAck, errors).

use std::time::Duration;

use bytes::Bytes;
use rnats_proto::client::{connect, ConnectOptions};
use rnats_proto::jetstream::{
    AckPolicy, ConsumerAction, ConsumerConfig, JetStream, JetStreamError, MsgGetRequest,
    MsgMetadata, NextRequest, PurgeRequest, Storage, StreamConfig, StreamInfoRequest,
};
use rnats_proto::HeaderMap;

use crate::util::{server_test, Kind, TestServer};

async fn js_for(server: &TestServer) -> JetStream {
    let client = connect(ConnectOptions::with_server(server.url()).max_reconnects(Some(0)))
        .await
        .unwrap_or_else(|e| panic!("connect to {}: {e}", server.url()));
    JetStream::new(client)
}

fn start_js(kind: Kind, store: &std::path::Path) -> TestServer {
    TestServer::start(kind, &["-js", "-sd", store.to_str().expect("utf-8 path")])
}

async fn streams_and_messages(kind: Kind) {
    let store = tempfile::tempdir().expect("store dir");
    let server = start_js(kind, store.path());
    let js = js_for(&server).await;

    let info = js.account_info().await.expect("account info");
    assert_eq!((info.streams, info.limits.max_streams), (0, -1));
    assert!(info.api.level >= 1);

    let mut cfg = StreamConfig::new("ORDERS");
    cfg.subjects = vec!["orders.>".into()];
    cfg.storage = Storage::Memory;
    let created = js.create_stream(&cfg).await.expect("create");
    assert_eq!(created.config.max_msgs, -1);
    assert_eq!(created.config.duplicate_window, 120_000_000_000);
    assert_eq!(created.did_create, Some(true));
    assert_eq!(created.state.first_ts, "0001-01-01T00:00:00Z");

    for (i, subject) in ["orders.a", "orders.b", "orders.a", "orders.c"]
        .iter()
        .enumerate()
    {
        let ack = js
            .publish(*subject, Bytes::from(format!("m{}", i + 1)))
            .await
            .expect("publish");
        assert_eq!(
            (ack.stream.as_str(), ack.seq, ack.duplicate),
            ("ORDERS", i as u64 + 1, false)
        );
    }
    let mut h = HeaderMap::new();
    h.insert("Nats-Msg-Id", "once").expect("header");
    let first = js
        .publish_with_headers("orders.d", Some(h.clone()), Bytes::from_static(b"x"))
        .await
        .expect("publish with id");
    let dup = js
        .publish_with_headers("orders.d", Some(h), Bytes::from_static(b"x"))
        .await
        .expect("duplicate");
    assert_eq!((first.seq, dup.seq, dup.duplicate), (5, 5, true));
    let mut h = HeaderMap::new();
    h.insert("Nats-Expected-Last-Sequence", "1")
        .expect("header");
    let e = js
        .publish_with_headers("orders.e", Some(h), Bytes::new())
        .await
        .expect_err("wrong last sequence");
    assert_eq!(e.err_code(), Some(10071));
    let e = js
        .publish("nowhere", Bytes::new())
        .await
        .expect_err("no stream");
    assert!(matches!(e, JetStreamError::NoResponders), "{e:?}");

    let info = js.stream_info("ORDERS").await.expect("info");
    assert_eq!((info.state.messages, info.state.last_seq), (5, 5));
    let detailed = js
        .stream_info_with(
            "ORDERS",
            &StreamInfoRequest {
                subjects_filter: Some(">".into()),
                ..StreamInfoRequest::default()
            },
        )
        .await
        .expect("info with subjects");
    let subjects = detailed.state.subjects.expect("subjects");
    assert_eq!(subjects.get("orders.a"), Some(&2));
    assert_eq!(detailed.state.num_subjects, 4);

    let m = js
        .get_msg("ORDERS", &MsgGetRequest::seq(2))
        .await
        .expect("get 2");
    assert_eq!(
        (m.subject.as_str(), m.data.as_slice()),
        ("orders.b", &b"m2"[..])
    );
    assert!(!m.time.is_empty());
    let m = js
        .get_msg("ORDERS", &MsgGetRequest::last_for("orders.a"))
        .await
        .expect("last for");
    assert_eq!(m.seq, 3);
    let m = js
        .get_msg("ORDERS", &MsgGetRequest::next_for("orders.a", 2))
        .await
        .expect("next for");
    assert_eq!(m.seq, 3);
    let m = js
        .get_msg("ORDERS", &MsgGetRequest::seq(5))
        .await
        .expect("get 5");
    assert_eq!(
        m.headers()
            .and_then(|h| h.get("Nats-Msg-Id").map(str::to_string)),
        Some("once".to_string())
    );
    let e = js
        .get_msg("ORDERS", &MsgGetRequest::seq(99))
        .await
        .expect_err("missing message");
    assert_eq!(e.err_code(), Some(10037));

    js.delete_msg("ORDERS", 2, true).await.expect("erase 2");
    let e = js.delete_msg("ORDERS", 2, false).await.expect_err("gone");
    assert!(e.api().is_some(), "{e:?}");
    let info = js.stream_info("ORDERS").await.expect("info");
    assert_eq!((info.state.messages, info.state.num_deleted), (4, 1));

    let mut other = StreamConfig::new("OTHER");
    other.subjects = vec!["other".into()];
    js.create_stream(&other).await.expect("create other");
    let names = js.stream_names(None).await.expect("names");
    assert_eq!(names.len(), 2);
    assert!(names.contains(&"ORDERS".to_string()) && names.contains(&"OTHER".to_string()));
    let names = js
        .stream_names(Some("other"))
        .await
        .expect("names by subject");
    assert_eq!(names, vec!["OTHER".to_string()]);
    let list = js.streams(None).await.expect("list");
    assert_eq!(list.len(), 2);

    other.max_msgs = 10;
    let updated = js.update_stream(&other).await.expect("update");
    assert_eq!(updated.config.max_msgs, 10);
    other.storage = Storage::Memory;
    let e = js.update_stream(&other).await.expect_err("storage change");
    assert_eq!(e.err_code(), Some(10052));

    let purged = js
        .purge_stream(
            "ORDERS",
            &PurgeRequest {
                filter: Some("orders.a".into()),
                ..PurgeRequest::default()
            },
        )
        .await
        .expect("purge subject");
    assert_eq!(purged, 2);
    let purged = js
        .purge_stream(
            "ORDERS",
            &PurgeRequest {
                keep: 1,
                ..PurgeRequest::default()
            },
        )
        .await
        .expect("purge keep");
    assert_eq!(purged, 1);
    assert_eq!(
        js.stream_info("ORDERS").await.expect("info").state.messages,
        1
    );

    js.delete_stream("OTHER").await.expect("delete");
    let e = js.stream_info("OTHER").await.expect_err("deleted");
    assert_eq!(e.err_code(), Some(10059));
    assert_eq!(e.to_string(), "stream not found (10059)");
}

server_test!(streams_and_messages => streams_and_messages_rnats, streams_and_messages_reference);

async fn consumers_and_pull(kind: Kind) {
    let store = tempfile::tempdir().expect("store dir");
    let server = start_js(kind, store.path());
    let js = js_for(&server).await;
    let mut cfg = StreamConfig::new("EVENTS");
    cfg.subjects = vec!["ev.*".into()];
    js.create_stream(&cfg).await.expect("create");
    for i in 1..=3 {
        js.publish("ev.x", Bytes::from(format!("e{i}")))
            .await
            .expect("publish");
    }

    let c = ConsumerConfig {
        durable_name: "PULL".into(),
        ack_policy: AckPolicy::Explicit,
        filter_subject: "ev.x".into(),
        ..ConsumerConfig::default()
    };
    let info = js
        .create_consumer_with("EVENTS", &c, ConsumerAction::Create)
        .await
        .expect("create consumer");
    assert_eq!(
        (info.name.as_str(), info.stream_name.as_str()),
        ("PULL", "EVENTS")
    );
    assert_eq!(
        (info.num_pending, info.config.ack_wait),
        (3, 30_000_000_000)
    );

    let msgs = js
        .fetch(
            "EVENTS",
            "PULL",
            &NextRequest {
                batch: 2,
                expires: 2_000_000_000,
                ..NextRequest::default()
            },
        )
        .await
        .expect("fetch");
    assert_eq!(msgs.len(), 2);
    assert_eq!(&msgs[0].payload[..], b"e1");
    let meta =
        MsgMetadata::from_reply(msgs[0].reply.as_deref().expect("ack reply")).expect("metadata");
    assert_eq!(
        (meta.stream.as_str(), meta.stream_seq, meta.pending),
        ("EVENTS", 1, 2)
    );
    for m in &msgs {
        js.ack(m).await.expect("ack");
    }
    js.client().flush().await.expect("flush");

    let msgs = js
        .fetch(
            "EVENTS",
            "PULL",
            &NextRequest {
                batch: 5,
                no_wait: true,
                ..NextRequest::default()
            },
        )
        .await
        .expect("fetch no_wait");
    assert_eq!(msgs.len(), 1);
    let msgs = js
        .fetch(
            "EVENTS",
            "PULL",
            &NextRequest {
                batch: 5,
                expires: 300_000_000,
                ..NextRequest::default()
            },
        )
        .await
        .expect("fetch expiring");
    assert!(msgs.is_empty());

    let info = js.consumer_info("EVENTS", "PULL").await.expect("info");
    assert_eq!(
        (info.delivered.stream_seq, info.ack_floor.stream_seq),
        (3, 2)
    );
    assert_eq!(info.num_ack_pending, 1);

    let second = ConsumerConfig {
        durable_name: "OTHER".into(),
        ..ConsumerConfig::default()
    };
    js.create_consumer("EVENTS", &second).await.expect("second");
    let mut names = js.consumer_names("EVENTS").await.expect("names");
    names.sort();
    assert_eq!(names, vec!["OTHER".to_string(), "PULL".to_string()]);
    assert_eq!(js.consumers("EVENTS").await.expect("list").len(), 2);

    let changed = ConsumerConfig {
        ack_policy: AckPolicy::All,
        ..c.clone()
    };
    let e = js
        .create_consumer_with("EVENTS", &changed, ConsumerAction::Create)
        .await
        .expect_err("exists");
    assert!(e.api().is_some(), "{e:?}");

    js.delete_consumer("EVENTS", "OTHER").await.expect("delete");
    let e = js.consumer_info("EVENTS", "OTHER").await.expect_err("gone");
    assert_eq!(e.err_code(), Some(10014));
    let e = js
        .fetch(
            "EVENTS",
            "NOPE",
            &NextRequest {
                batch: 1,
                no_wait: true,
                ..NextRequest::default()
            },
        )
        .await;
    assert!(e.is_err() || e.as_ref().is_ok_and(Vec::is_empty), "{e:?}");
}

server_test!(consumers_and_pull => consumers_and_pull_rnats, consumers_and_pull_reference);

async fn not_enabled(kind: Kind) {
    let server = TestServer::start(kind, &[]);
    let mut js = js_for(&server).await;
    js.set_timeout(Duration::from_secs(2));
    let e = js.account_info().await.expect_err("no JetStream");
    assert!(
        matches!(e, JetStreamError::NotEnabled | JetStreamError::Api(_)),
        "{e:?}"
    );
    assert!(e.to_string().contains("JetStream not enabled"), "{e}");
}

server_test!(not_enabled => not_enabled_rnats, not_enabled_reference);
