//! Messaging scenarios driven by the official async-nats client: pub/sub, wildcards, queue
//! groups, request-reply, no-responders, headers, auto-unsubscribe, max_payload, slow consumers
//! and echo. Each runs against rnats and the reference nats-server ([`server_test!`]).

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use async_nats::client::{PublishErrorKind, RequestErrorKind};
use async_nats::{HeaderMap, Message, Subscriber};
use bytes::Bytes;
use futures::StreamExt;

use crate::util::{server_conf, server_test, sync, Kind, TestServer, READ_TIMEOUT};

/// How long "nothing more arrives" is watched for.
const QUIET: Duration = Duration::from_millis(300);

/// The next message on `sub`, or a panic naming `what` after [`READ_TIMEOUT`].
async fn next_msg(sub: &mut Subscriber, what: &str) -> Message {
    match tokio::time::timeout(READ_TIMEOUT, sub.next()).await {
        Ok(Some(msg)) => msg,
        Ok(None) => panic!("{what}: subscription ended"),
        Err(_) => panic!("{what}: no message within {READ_TIMEOUT:?}"),
    }
}

/// Asserts nothing arrives on `sub` for [`QUIET`].
async fn assert_quiet(sub: &mut Subscriber, what: &str) {
    if let Ok(Some(msg)) = tokio::time::timeout(QUIET, sub.next()).await {
        panic!(
            "{what}: unexpected message on {}: {:?}",
            msg.subject, msg.payload
        );
    }
}

server_test!(pub_sub => pub_sub_rnats, pub_sub_reference);
async fn pub_sub(kind: Kind) {
    let server = TestServer::start(kind, &[]);
    let subscriber = server.client().await;
    let publisher = server.client().await;
    let mut sub = subscriber.subscribe("greet.joe").await.expect("subscribe");
    sync(&subscriber).await;

    for i in 0..10 {
        publisher
            .publish("greet.joe", format!("hello {i}").into())
            .await
            .expect("publish");
    }
    publisher
        .publish("greet.sue", "not for joe".into())
        .await
        .expect("publish");
    publisher.flush().await.expect("flush");

    for i in 0..10 {
        let msg = next_msg(&mut sub, "greet.joe").await;
        assert_eq!(msg.subject.as_str(), "greet.joe");
        assert_eq!(msg.payload, Bytes::from(format!("hello {i}")), "in order");
        assert!(msg.reply.is_none());
    }
    assert_quiet(&mut sub, "greet.joe").await;
}

server_test!(wildcards => wildcards_rnats, wildcards_reference);
async fn wildcards(kind: Kind) {
    let server = TestServer::start(kind, &[]);
    let client = server.client().await;
    let mut star = client.subscribe("foo.*").await.expect("subscribe");
    let mut full = client.subscribe("foo.>").await.expect("subscribe");
    let mut middle = client.subscribe("*.bar.*").await.expect("subscribe");
    let mut all = client.subscribe(">").await.expect("subscribe");
    // Publishing on the subscribing connection orders the PUBs after the SUBs.
    for subject in ["foo", "foo.bar", "foo.bar.baz", "x.bar.y", "foo.baz"] {
        client
            .publish(subject, subject.into())
            .await
            .expect("publish");
    }
    client.flush().await.expect("flush");

    let expect: [(&mut Subscriber, &str, &[&str]); 4] = [
        (&mut star, "foo.*", &["foo.bar", "foo.baz"]),
        (&mut full, "foo.>", &["foo.bar", "foo.bar.baz", "foo.baz"]),
        (&mut middle, "*.bar.*", &["foo.bar.baz", "x.bar.y"]),
        (
            &mut all,
            ">",
            &["foo", "foo.bar", "foo.bar.baz", "x.bar.y", "foo.baz"],
        ),
    ];
    for (sub, filter, subjects) in expect {
        for subject in subjects {
            let msg = next_msg(sub, filter).await;
            assert_eq!(msg.subject.as_str(), *subject, "{filter}");
            assert_eq!(msg.payload, Bytes::from(subject.to_string()), "{filter}");
        }
        assert_quiet(sub, filter).await;
    }
}

server_test!(queue_groups => queue_groups_rnats, queue_groups_reference);
async fn queue_groups(kind: Kind) {
    const MSGS: usize = 1000;
    const GROUPS: [&str; 2] = ["workers", "auditors"];
    const MEMBERS: usize = 3;
    let server = TestServer::start(kind, &[]);

    // Every member on its own connection, tagged (group, member).
    let mut members = Vec::new();
    let mut clients = Vec::new();
    for (g, group) in GROUPS.iter().enumerate() {
        for m in 0..MEMBERS {
            let client = server.client().await;
            let sub = client
                .queue_subscribe("jobs", group.to_string())
                .await
                .expect("queue subscribe");
            sync(&client).await;
            members.push(sub.map(move |msg| (g, m, msg)).boxed());
            clients.push(client);
        }
    }
    // A plain subscriber beside the groups sees everything.
    let plain_client = server.client().await;
    let mut plain = plain_client.subscribe("jobs").await.expect("subscribe");
    sync(&plain_client).await;

    let publisher = server.client().await;
    for i in 0..MSGS {
        publisher
            .publish("jobs", i.to_string().into())
            .await
            .expect("publish");
    }
    publisher.flush().await.expect("flush");

    // seen[g][i] counts deliveries of message i to group g; per_member counts the load spread.
    let mut seen = vec![vec![0u32; MSGS]; GROUPS.len()];
    let mut per_member = vec![vec![0usize; MEMBERS]; GROUPS.len()];
    let mut merged = futures::stream::select_all(members);
    let mut received = 0;
    while received < MSGS * GROUPS.len() {
        let (g, m, msg) = match tokio::time::timeout(READ_TIMEOUT, merged.next()).await {
            Ok(Some(item)) => item,
            _ => panic!("queue groups: only {received} deliveries arrived"),
        };
        let i: usize = std::str::from_utf8(&msg.payload)
            .expect("utf8")
            .parse()
            .expect("index payload");
        seen[g][i] += 1;
        per_member[g][m] += 1;
        received += 1;
    }
    // Nothing beyond the exact count may follow.
    if let Ok(Some((g, _, msg))) = tokio::time::timeout(QUIET, merged.next()).await {
        panic!("extra delivery to group {}: {:?}", GROUPS[g], msg.payload);
    }
    for (g, group) in GROUPS.iter().enumerate() {
        let wrong: Vec<_> = (0..MSGS).filter(|&i| seen[g][i] != 1).collect();
        assert!(
            wrong.is_empty(),
            "group {group}: not exactly once: {wrong:?}"
        );
        assert_eq!(per_member[g].iter().sum::<usize>(), MSGS);
        assert!(
            per_member[g].iter().all(|&n| n > 0),
            "group {group}: load not spread over members: {:?}",
            per_member[g]
        );
    }
    for i in 0..MSGS {
        let msg = next_msg(&mut plain, "plain subscriber").await;
        assert_eq!(msg.payload, Bytes::from(i.to_string()));
    }
    assert_quiet(&mut plain, "plain subscriber").await;
}

server_test!(request_reply => request_reply_rnats, request_reply_reference);
async fn request_reply(kind: Kind) {
    let server = TestServer::start(kind, &[]);
    let responder = server.client().await;
    let mut requests = responder.subscribe("svc.echo").await.expect("subscribe");
    sync(&responder).await;
    let replier = responder.clone();
    let service = tokio::spawn(async move {
        while let Some(msg) = requests.next().await {
            let reply = msg.reply.expect("request carries a reply subject");
            let mut body = b"re:".to_vec();
            body.extend_from_slice(&msg.payload);
            replier.publish(reply, body.into()).await.expect("reply");
        }
    });

    let requester = server.client().await;
    for i in 0..20 {
        let answer = requester
            .request("svc.echo", format!("q{i}").into())
            .await
            .expect("request");
        assert_eq!(answer.payload, Bytes::from(format!("re:q{i}")));
    }
    // Concurrent requests share the client's response multiplexer.
    let answers = futures::future::join_all((0..50).map(|i| {
        let requester = requester.clone();
        async move {
            let answer = requester
                .request("svc.echo", format!("c{i}").into())
                .await
                .expect("concurrent request");
            (i, answer.payload)
        }
    }))
    .await;
    for (i, payload) in answers {
        assert_eq!(payload, Bytes::from(format!("re:c{i}")));
    }
    service.abort();
}

server_test!(no_responders => no_responders_rnats, no_responders_reference);
async fn no_responders(kind: Kind) {
    let server = TestServer::start(kind, &[]);
    let client = server.client().await;
    let err = client
        .request("nobody.home", "anyone?".into())
        .await
        .expect_err("nobody listens");
    assert_eq!(err.kind(), RequestErrorKind::NoResponders, "{err}");
    // Once someone listens, the same request is answered.
    let mut sub = client.subscribe("nobody.home").await.expect("subscribe");
    client.flush().await.expect("flush");
    let replier = client.clone();
    let service = tokio::spawn(async move {
        if let Some(msg) = sub.next().await {
            let reply = msg.reply.expect("reply subject");
            replier.publish(reply, "here".into()).await.expect("reply");
        }
    });
    let answer = client
        .request("nobody.home", "anyone?".into())
        .await
        .expect("request");
    assert_eq!(answer.payload, Bytes::from("here"));
    service.await.expect("service task");
}

server_test!(headers_round_trip => headers_round_trip_rnats, headers_round_trip_reference);
async fn headers_round_trip(kind: Kind) {
    let server = TestServer::start(kind, &[]);
    let client = server.client().await;
    let mut sub = client.subscribe("hdr").await.expect("subscribe");
    client.flush().await.expect("flush");
    // A raw subscriber shows the exact bytes the server forwards.
    let mut raw = server
        .raw_connect_with(r#"{"verbose":false,"pedantic":false,"headers":true,"protocol":1}"#)
        .await;
    raw.send(b"SUB hdr 7\r\nPING\r\n").await;
    raw.expect("PONG\r\n").await;

    let mut headers = HeaderMap::new();
    headers.insert("Mixed-Case-Key", "Value With Spaces");
    headers.append("X-Multi", "first");
    headers.append("X-Multi", "second");
    headers.insert("lower-only", "v");
    client
        .publish_with_headers("hdr", headers, "body".into())
        .await
        .expect("publish");
    client.flush().await.expect("flush");

    let msg = next_msg(&mut sub, "hdr").await;
    assert_eq!(msg.payload, Bytes::from("body"));
    let got = msg.headers.expect("headers arrive");
    let multi: Vec<&str> = got.get_all("X-Multi").map(|v| v.as_str()).collect();
    assert_eq!(multi, ["first", "second"], "multi-valued header, in order");
    assert_eq!(
        got.get("Mixed-Case-Key").map(|v| v.as_str()),
        Some("Value With Spaces")
    );
    assert_eq!(got.get("lower-only").map(|v| v.as_str()), Some("v"));
    let names: Vec<String> = got.iter().map(|(name, _)| name.to_string()).collect();
    assert!(names.contains(&"Mixed-Case-Key".to_owned()), "{names:?}");

    let hmsg = raw.expect("body\r\n").await;
    assert!(hmsg.starts_with("HMSG hdr 7 "), "{hmsg:?}");
    assert!(hmsg.contains("NATS/1.0\r\n"), "{hmsg:?}");
    assert!(
        hmsg.contains("\r\nMixed-Case-Key: Value With Spaces\r\n"),
        "{hmsg:?}"
    );
    assert!(hmsg.contains("\r\nlower-only: v\r\n"), "{hmsg:?}");
    assert!(
        hmsg.contains("\r\nX-Multi: first\r\nX-Multi: second\r\n"),
        "{hmsg:?}"
    );
}

server_test!(auto_unsubscribe => auto_unsubscribe_rnats, auto_unsubscribe_reference);
async fn auto_unsubscribe(kind: Kind) {
    let server = TestServer::start(kind, &[]);
    let client = server.client().await;
    let mut sub = client.subscribe("auto").await.expect("subscribe");
    sub.unsubscribe_after(5).await.expect("unsubscribe_after");
    sync(&client).await;

    let publisher = server.client().await;
    for i in 0..10 {
        publisher
            .publish("auto", i.to_string().into())
            .await
            .expect("publish");
    }
    publisher.flush().await.expect("flush");

    for i in 0..5 {
        let msg = next_msg(&mut sub, "auto").await;
        assert_eq!(msg.payload, Bytes::from(i.to_string()));
    }
    match tokio::time::timeout(READ_TIMEOUT, sub.next()).await {
        Ok(None) => {}
        Ok(Some(msg)) => panic!("sixth message delivered: {:?}", msg.payload),
        Err(_) => panic!("subscription did not end after 5 messages"),
    }
}

server_test!(max_payload => max_payload_rnats, max_payload_reference);
async fn max_payload(kind: Kind) {
    let server = TestServer::start(kind, &["-c", &server_conf("max_payload_1k.conf")]);
    let client = server.client().await;
    assert_eq!(client.max_payload(), 1024, "INFO max_payload");
    let mut sub = client.subscribe("big").await.expect("subscribe");
    client.flush().await.expect("flush");

    let err = client
        .publish("big", vec![b'x'; 2048].into())
        .await
        .expect_err("2 KB exceeds max_payload");
    assert_eq!(err.kind(), PublishErrorKind::MaxPayloadExceeded, "{err}");

    // Exactly max_payload is fine, and the connection survived the refused publish.
    client
        .publish("big", vec![b'y'; 1024].into())
        .await
        .expect("publish at the limit");
    client.flush().await.expect("flush");
    let msg = next_msg(&mut sub, "big").await;
    assert_eq!(msg.payload.len(), 1024);
}

server_test!(slow_consumer => slow_consumer_rnats, slow_consumer_reference);
async fn slow_consumer(kind: Kind) {
    const MSG_SIZE: usize = 1024;
    // 20 MB in all.
    const MSGS: usize = 20 * 1024;
    // The healthy subscriber lags the publisher by at most three batches (48 KiB), under the
    // 64 KiB `max_pending` that also applies to it: on a loaded machine a lag of 96 KiB once
    // got it cut off as a slow consumer too (nats-server, "stuck at 9665 of 9760").
    const BATCH: usize = 16;
    let server = TestServer::start(kind, &["-c", &server_conf("slow_consumer.conf")]);

    // The slow one: subscribes, then never reads.
    let mut stalled = server.raw_connected().await;
    stalled.send(b"SUB firehose 1\r\nPING\r\n").await;
    stalled.expect("PONG\r\n").await;

    // A healthy subscriber on its own connection, counting.
    let healthy_client = server.client().await;
    let mut healthy = healthy_client
        .subscribe("firehose")
        .await
        .expect("subscribe");
    sync(&healthy_client).await;
    let count = Arc::new(AtomicUsize::new(0));
    let (done_tx, done_rx) = tokio::sync::oneshot::channel();
    let counter = Arc::clone(&count);
    let reader = tokio::spawn(async move {
        while let Some(msg) = healthy.next().await {
            assert_eq!(msg.payload.len(), MSG_SIZE);
            if counter.fetch_add(1, Ordering::SeqCst) + 1 == MSGS {
                let _ = done_tx.send(());
                break;
            }
        }
    });

    // The publisher paces itself on the healthy subscriber, so only the stalled one falls behind.
    let publisher = server.client().await;
    let payload = Bytes::from(vec![b'z'; MSG_SIZE]);
    let mut sent = 0;
    while sent < MSGS {
        for _ in 0..BATCH {
            publisher
                .publish("firehose", payload.clone())
                .await
                .expect("publish keeps working");
        }
        sent += BATCH;
        publisher.flush().await.expect("publisher flush");
        let deadline = tokio::time::Instant::now() + READ_TIMEOUT;
        while count.load(Ordering::SeqCst) + 2 * BATCH < sent {
            assert!(
                tokio::time::Instant::now() < deadline,
                "healthy subscriber stuck at {} of {sent}",
                count.load(Ordering::SeqCst)
            );
            tokio::time::sleep(Duration::from_millis(1)).await;
        }
    }
    tokio::time::timeout(READ_TIMEOUT, done_rx)
        .await
        .expect("healthy subscriber got every message")
        .expect("reader finished");
    reader.await.expect("reader task");

    // The stalled subscriber was cut off well before 20 MB reached it.
    let (bytes, _how) = stalled.drain_until_closed(Duration::from_secs(10)).await;
    assert!(
        bytes < MSGS * MSG_SIZE,
        "slow consumer received all {bytes} bytes instead of being cut off"
    );

    // The server still serves: the publisher, and brand new connections.
    publisher.flush().await.expect("publisher still connected");
    let fresh = server.client().await;
    let mut sub = fresh.subscribe("after").await.expect("subscribe");
    sync(&fresh).await;
    publisher
        .publish("after", "still here".into())
        .await
        .expect("publish");
    publisher.flush().await.expect("flush");
    assert_eq!(
        next_msg(&mut sub, "after").await.payload,
        Bytes::from("still here")
    );
    server.raw_connected().await;
}

server_test!(echo_false => echo_false_rnats, echo_false_reference);
async fn echo_false(kind: Kind) {
    let server = TestServer::start(kind, &[]);
    let quiet = server
        .client_with(async_nats::ConnectOptions::new().no_echo())
        .await;
    let chatty = server.client().await;
    let mut quiet_sub = quiet.subscribe("room").await.expect("subscribe");
    sync(&quiet).await;
    let mut chatty_sub = chatty.subscribe("room").await.expect("subscribe");
    sync(&chatty).await;

    quiet
        .publish("room", "from quiet".into())
        .await
        .expect("publish");
    quiet.flush().await.expect("flush");
    chatty
        .publish("room", "from chatty".into())
        .await
        .expect("publish");
    chatty.flush().await.expect("flush");

    // The no-echo client does not hear itself, but hears others.
    let heard = next_msg(&mut quiet_sub, "no-echo subscriber").await;
    assert_eq!(heard.payload, Bytes::from("from chatty"));
    assert_quiet(&mut quiet_sub, "no-echo subscriber").await;
    // The default client hears both, its own included.
    let mut got = HashMap::new();
    for _ in 0..2 {
        let msg = next_msg(&mut chatty_sub, "echo subscriber").await;
        *got.entry(msg.payload).or_insert(0) += 1;
    }
    assert_eq!(got.get(&Bytes::from("from quiet")), Some(&1));
    assert_eq!(got.get(&Bytes::from("from chatty")), Some(&1));
}
