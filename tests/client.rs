//! End-to-end tests of the rnats client (`rnats_proto::client`) against a real server
//! process: rnats and, side by side, the reference nats-server.
//!
//! Cross-connection ordering uses the client's own `flush` (a PING/PONG round trip, after
//! which the server has processed every earlier op of that connection). Every wait is bounded.

use std::time::Duration;

use bytes::Bytes;
use rnats_proto::client::{connect, Client, ClientError, ClientEvent, ConnectOptions, Subscriber};
use rnats_proto::HeaderMap;

use crate::util::{server_test, Kind, TestServer};

const WAIT: Duration = Duration::from_secs(5);

async fn client_for(server: &TestServer) -> Client {
    connect(
        ConnectOptions::with_server(server.url())
            .name("rnats-client-test")
            .max_reconnects(Some(0)),
    )
    .await
    .unwrap_or_else(|e| panic!("connect to {}: {e}", server.url()))
}

async fn next(sub: &mut Subscriber) -> rnats_proto::client::Message {
    tokio::time::timeout(WAIT, sub.next())
        .await
        .unwrap_or_else(|_| panic!("no message on {} within {WAIT:?}", sub.subject()))
        .unwrap_or_else(|| panic!("subscription {} ended", sub.subject()))
}

async fn expect_end(sub: &mut Subscriber) {
    let end = tokio::time::timeout(WAIT, sub.next())
        .await
        .expect("subscription ends in time");
    assert!(end.is_none(), "expected the end, got {end:?}");
}

/// Answers every request on `subject` with `reply: <payload>`.
async fn responder(server: &TestServer, subject: &str) -> tokio::task::JoinHandle<()> {
    let client = client_for(server).await;
    let mut sub = client.subscribe(subject).await.expect("subscribe");
    client.flush().await.expect("flush");
    tokio::spawn(async move {
        while let Some(msg) = sub.next().await {
            if let Some(reply) = msg.reply {
                let mut body = b"reply: ".to_vec();
                body.extend_from_slice(&msg.payload);
                if client.publish(reply, body.into()).await.is_err() {
                    break;
                }
            }
        }
    })
}

async fn pub_sub(kind: Kind) {
    let server = TestServer::start(kind, &[]);
    let client = client_for(&server).await;
    assert_eq!(client.connected_url(), Some(server.url()));
    assert!(client.server_info().headers);
    assert_eq!(client.max_payload(), 1024 * 1024);
    let mut sub = client.subscribe("greet.*").await.expect("subscribe");
    let other = client_for(&server).await;
    client.flush().await.expect("flush");
    for i in 0..10 {
        other
            .publish(format!("greet.{i}"), format!("hello {i}").into())
            .await
            .expect("publish");
    }
    other
        .publish("ignored", Bytes::new())
        .await
        .expect("publish");
    for i in 0..10 {
        let msg = next(&mut sub).await;
        assert_eq!(msg.subject, format!("greet.{i}"));
        assert_eq!(msg.payload, format!("hello {i}").as_bytes());
        assert_eq!(msg.reply, None);
        assert_eq!(msg.headers, None);
    }
    // Echo: the subscribing connection sees its own publishes.
    client
        .publish_with_reply("greet.me", "inbox.x", None, "self".into())
        .await
        .expect("publish");
    let msg = next(&mut sub).await;
    assert_eq!(
        (msg.subject.as_str(), msg.reply.as_deref()),
        ("greet.me", Some("inbox.x"))
    );
    let rtt = client.rtt().await.expect("rtt");
    assert!(rtt < WAIT);
    sub.unsubscribe().await.expect("unsubscribe");
    expect_end(&mut sub).await;
}
server_test!(pub_sub => pub_sub_rnats, pub_sub_reference);

async fn queue_groups(kind: Kind) {
    let server = TestServer::start(kind, &[]);
    let client = client_for(&server).await;
    let mut a = client.queue_subscribe("work", "q").await.expect("qsub");
    let mut b = client.queue_subscribe("work", "q").await.expect("qsub");
    let mut plain = client.subscribe("work").await.expect("sub");
    client.flush().await.expect("flush");
    let publisher = client_for(&server).await;
    for i in 0..100u32 {
        publisher
            .publish("work", i.to_string().into())
            .await
            .expect("publish");
    }
    publisher.flush().await.expect("flush");
    for _ in 0..100 {
        next(&mut plain).await;
    }
    // Every message went to exactly one queue member.
    client.flush().await.expect("flush");
    let (mut na, mut nb) = (0, 0);
    while a.try_next().is_some() {
        na += 1;
    }
    while b.try_next().is_some() {
        nb += 1;
    }
    assert_eq!(na + nb, 100, "a={na} b={nb}");
    assert!(na > 0 && nb > 0, "both members get work: a={na} b={nb}");
}
server_test!(queue_groups => queue_groups_rnats, queue_groups_reference);

async fn headers_round_trip(kind: Kind) {
    let server = TestServer::start(kind, &[]);
    let client = client_for(&server).await;
    let mut sub = client.subscribe("h").await.expect("subscribe");
    let mut headers = HeaderMap::new();
    headers.insert("Trace-Id", "abc").expect("header");
    headers.append("Multi", "1").expect("header");
    headers.append("Multi", "2").expect("header");
    client
        .publish_with_headers("h", headers.clone(), "body".into())
        .await
        .expect("publish");
    client
        .publish_with_headers("h", HeaderMap::new(), Bytes::new())
        .await
        .expect("publish empty headers");
    let msg = next(&mut sub).await;
    assert_eq!(msg.headers.as_ref(), Some(&headers));
    assert_eq!(msg.payload, "body".as_bytes());
    assert_eq!(msg.length, headers.encoded_len() + 4);
    let msg = next(&mut sub).await;
    assert!(
        msg.headers.as_ref().is_none_or(HeaderMap::is_empty),
        "{msg:?}"
    );
    assert!(msg.payload.is_empty());
}
server_test!(headers_round_trip => headers_round_trip_rnats, headers_round_trip_reference);

async fn unsubscribe_after(kind: Kind) {
    let server = TestServer::start(kind, &[]);
    let client = client_for(&server).await;
    let mut sub = client.subscribe("limited").await.expect("subscribe");
    sub.unsubscribe_after(3).await.expect("unsub max");
    for i in 0..5u8 {
        client
            .publish("limited", vec![i].into())
            .await
            .expect("publish");
    }
    for i in 0..3u8 {
        assert_eq!(next(&mut sub).await.payload, vec![i]);
    }
    expect_end(&mut sub).await;
}
server_test!(unsubscribe_after => unsubscribe_after_rnats, unsubscribe_after_reference);

async fn request_reply(kind: Kind) {
    let server = TestServer::start(kind, &[]);
    let _svc = responder(&server, "svc.echo").await;
    let client = client_for(&server).await;
    let msg = client
        .request("svc.echo", "ping".into())
        .await
        .expect("request");
    assert_eq!(msg.payload, "reply: ping".as_bytes());
    assert!(msg.subject.starts_with("_INBOX."), "{}", msg.subject);
    // With headers and an explicit timeout.
    let mut headers = HeaderMap::new();
    headers.insert("K", "v").expect("header");
    let msg = client
        .request_with("svc.echo", Some(headers), "h".into(), WAIT)
        .await
        .expect("request with headers");
    assert_eq!(msg.payload, "reply: h".as_bytes());
}
server_test!(request_reply => request_reply_rnats, request_reply_reference);

async fn request_multiplexing(kind: Kind) {
    let server = TestServer::start(kind, &[]);
    let _svc = responder(&server, "svc.many").await;
    let client = client_for(&server).await;
    let mut tasks = Vec::new();
    for i in 0..200u32 {
        let client = client.clone();
        tasks.push(tokio::spawn(async move {
            let msg = client
                .request_with("svc.many", None, i.to_string().into(), WAIT)
                .await
                .unwrap_or_else(|e| panic!("request {i}: {e}"));
            assert_eq!(msg.payload, format!("reply: {i}").as_bytes(), "request {i}");
        }));
    }
    for t in tasks {
        t.await.expect("request task");
    }
    // One inbox subscription served them all (plus nothing else on this connection).
    let first = client
        .request("svc.many", "a".into())
        .await
        .expect("request");
    let second = client
        .request("svc.many", "b".into())
        .await
        .expect("request");
    let prefix = |s: &str| s.rsplit_once('.').map(|(p, _)| p.to_owned());
    assert_eq!(prefix(&first.subject), prefix(&second.subject));
    assert_ne!(first.subject, second.subject);
}
server_test!(request_multiplexing => request_multiplexing_rnats, request_multiplexing_reference);

async fn request_errors(kind: Kind) {
    let server = TestServer::start(kind, &[]);
    let client = client_for(&server).await;
    match client.request("nobody.home", "x".into()).await {
        Err(ClientError::NoResponders) => {}
        other => panic!("expected no responders, got {other:?}"),
    }
    // Someone listens but never answers.
    let silent = client_for(&server).await;
    let _sub = silent.subscribe("silent").await.expect("subscribe");
    silent.flush().await.expect("flush");
    match client
        .request_with("silent", None, "x".into(), Duration::from_millis(200))
        .await
    {
        Err(ClientError::Timeout) => {}
        other => panic!("expected timeout, got {other:?}"),
    }
    // Too large: refused locally, the connection stays usable.
    let max = client.max_payload();
    match client.publish("big", Bytes::from(vec![0u8; max + 1])).await {
        Err(ClientError::MaxPayload { size, max: m }) => assert_eq!((size, m), (max + 1, max)),
        other => panic!("expected MaxPayload, got {other:?}"),
    }
    client
        .publish("big", Bytes::from(vec![0u8; max]))
        .await
        .expect("exactly max_payload is fine");
    client.flush().await.expect("still connected");
}
server_test!(request_errors => request_errors_rnats, request_errors_reference);

async fn drain(kind: Kind) {
    let server = TestServer::start(kind, &[]);
    let client = client_for(&server).await;
    let mut events = client.events();
    let mut sub = client.subscribe("d").await.expect("subscribe");
    client.flush().await.expect("flush");
    let publisher = client_for(&server).await;
    for i in 0..100u32 {
        publisher
            .publish("d", i.to_string().into())
            .await
            .expect("publish");
    }
    publisher.flush().await.expect("flush");
    tokio::time::timeout(WAIT, client.drain())
        .await
        .expect("drain in time")
        .expect("drain");
    for i in 0..100u32 {
        assert_eq!(next(&mut sub).await.payload, i.to_string().as_bytes());
    }
    expect_end(&mut sub).await;
    assert!(client.is_closed());
    assert!(matches!(
        client.publish("d", Bytes::new()).await,
        Err(ClientError::Closed)
    ));
    loop {
        match tokio::time::timeout(WAIT, events.recv())
            .await
            .expect("event")
        {
            Ok(ClientEvent::Closed) => break,
            Ok(_) => {}
            Err(e) => panic!("events: {e}"),
        }
    }
}
server_test!(drain => drain_rnats, drain_reference);

async fn wait_event(events: &mut tokio::sync::broadcast::Receiver<ClientEvent>, want: ClientEvent) {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(15);
    loop {
        match tokio::time::timeout_at(deadline, events.recv()).await {
            Err(_) => panic!("no {want:?} event in time"),
            Ok(Ok(e)) if e == want => return,
            Ok(Ok(_)) => {}
            Ok(Err(e)) => panic!("events: {e}"),
        }
    }
}

async fn reconnect(kind: Kind) {
    let mut server = TestServer::start(kind, &[]);
    let port = server.port().to_string();
    let client = connect(
        ConnectOptions::with_server(server.url())
            .reconnect_wait(Duration::from_millis(100))
            .max_reconnects(None),
    )
    .await
    .expect("connect");
    let mut events = client.events();
    let mut sub = client.subscribe("r.>").await.expect("subscribe");
    let mut limited = client.subscribe("lim").await.expect("subscribe");
    limited.unsubscribe_after(3).await.expect("unsub max");
    client.publish("lim", "1".into()).await.expect("publish");
    client
        .publish("r.before", "1".into())
        .await
        .expect("publish");
    assert_eq!(next(&mut sub).await.subject, "r.before");
    assert_eq!(next(&mut limited).await.payload, "1".as_bytes());

    server.terminate();
    wait_event(&mut events, ClientEvent::Disconnected).await;
    assert_eq!(client.connected_url(), None);
    // Published while disconnected: buffered and sent after the reconnect.
    client
        .publish("r.buffered", "2".into())
        .await
        .expect("buffered publish");
    let restarted = TestServer::start(kind, &["-p", &port]);
    wait_event(&mut events, ClientEvent::Reconnected).await;
    assert_eq!(client.connected_url(), Some(restarted.url()));
    assert_eq!(next(&mut sub).await.subject, "r.buffered");

    // Subscriptions are back: another connection's messages arrive.
    client.flush().await.expect("flush");
    let other = client_for(&restarted).await;
    other.publish("r.after", "3".into()).await.expect("publish");
    for _ in 0..3 {
        other.publish("lim", "x".into()).await.expect("publish");
    }
    assert_eq!(next(&mut sub).await.subject, "r.after");
    // Only the two remaining of the auto-unsubscribe count of 3.
    next(&mut limited).await;
    next(&mut limited).await;
    expect_end(&mut limited).await;
    client.close().await;
    assert!(client.is_closed());
}
server_test!(reconnect => reconnect_rnats, reconnect_reference);

async fn connect_failures(kind: Kind) {
    let mut server = TestServer::start(kind, &[]);
    let url = server.url();
    server.terminate();
    match connect(ConnectOptions::with_server(url.clone())).await {
        Err(ClientError::Connect(attempts)) => {
            assert_eq!(attempts.len(), 1);
            assert_eq!(attempts[0].server, url);
            assert_eq!(attempts[0].reason, "connection refused");
        }
        other => panic!("expected connect error, got {other:?}"),
    }
    // retry_on_failed_connect: returned at once, connects once the server appears.
    let port = url.rsplit(':').next().expect("port").to_owned();
    let client = connect(
        ConnectOptions::with_server(url)
            .retry_on_failed_connect(true)
            .reconnect_wait(Duration::from_millis(100)),
    )
    .await
    .expect("retrying client");
    let mut events = client.events();
    assert!(!client.is_connected());
    let flushed = {
        let client = client.clone();
        tokio::spawn(async move { client.flush().await })
    };
    let _server = TestServer::start(kind, &["-p", &port]);
    wait_event(&mut events, ClientEvent::Connected).await;
    tokio::time::timeout(WAIT, flushed)
        .await
        .expect("flush completes after connecting")
        .expect("task")
        .expect("flush");
}
server_test!(connect_failures => connect_failures_rnats, connect_failures_reference);

async fn slow_consumer(kind: Kind) {
    let server = TestServer::start(kind, &[]);
    let client = connect(ConnectOptions {
        subscription_capacity: 4,
        ..ConnectOptions::with_server(server.url())
    })
    .await
    .expect("connect");
    let mut events = client.events();
    let mut sub = client.subscribe("slow").await.expect("subscribe");
    for i in 0..10u8 {
        client
            .publish("slow", vec![i].into())
            .await
            .expect("publish");
    }
    // The round trip completes although nobody reads: the connection never blocks on a full
    // subscriber.
    client.flush().await.expect("flush");
    wait_event(&mut events, ClientEvent::SlowConsumer).await;
    for i in 0..4u8 {
        assert_eq!(
            sub.try_next().map(|m| m.payload),
            Some(Bytes::from(vec![i]))
        );
    }
    assert!(sub.try_next().is_none(), "the rest was dropped");
    // Delivery resumes once there is room.
    client
        .publish("slow", "again".into())
        .await
        .expect("publish");
    assert_eq!(next(&mut sub).await.payload, "again".as_bytes());
}
server_test!(slow_consumer => slow_consumer_rnats, slow_consumer_reference);

fn tls_file(name: &str) -> std::path::PathBuf {
    crate::util::fixture(&format!("tls/{name}"))
}

fn tls_arg(name: &str) -> String {
    tls_file(name).to_string_lossy().into_owned()
}

/// TLS against the reference server (rnats server does not serve TLS yet): upgrade after INFO,
/// certificate verification, client certificates, and TLS-first handshakes.
async fn tls(kind: Kind) {
    let (cert, key, ca) = (
        tls_arg("server.pem"),
        tls_arg("server-key.pem"),
        tls_arg("ca.pem"),
    );
    let server = TestServer::start(kind, &["--tls", "--tlscert", &cert, "--tlskey", &key]);
    assert!(server.url().starts_with("nats://"));

    // The server requires TLS: a nats:// URL upgrades after INFO.
    let client = connect(ConnectOptions::with_server(server.url()).tls_ca(tls_file("ca.pem")))
        .await
        .expect("TLS connect");
    let mut sub = client.subscribe("secure").await.expect("subscribe");
    client.publish("secure", "x".into()).await.expect("publish");
    assert_eq!(next(&mut sub).await.payload, "x".as_bytes());
    assert!(client.server_info().tls_required);

    // Unknown issuer: rejected, and the reason says TLS.
    let url = server.url().replace("nats://", "tls://");
    match connect(ConnectOptions::with_server(url)).await {
        Err(ClientError::Connect(attempts)) => {
            assert!(attempts[0].reason.contains("TLS"), "{attempts:?}")
        }
        other => panic!("expected a TLS failure, got {other:?}"),
    }

    // Client certificates.
    let verify = TestServer::start(
        kind,
        &[
            "--tlsverify",
            "--tlscert",
            &cert,
            "--tlskey",
            &key,
            "--tlscacert",
            &ca,
        ],
    );
    let with_cert = ConnectOptions::with_server(verify.url())
        .tls_ca(tls_file("ca.pem"))
        .tls_client_cert(tls_file("client.pem"), tls_file("client-key.pem"));
    let client = connect(with_cert)
        .await
        .expect("client certificate accepted");
    client.flush().await.expect("flush");
    let without = ConnectOptions::with_server(verify.url()).tls_ca(tls_file("ca.pem"));
    assert!(connect(without).await.is_err(), "no client certificate");

    // TLS first (server `handshake_first`).
    let conf = server.dir().join("tls_first.conf");
    std::fs::write(
        &conf,
        format!(
            "tls {{\n  cert_file: {cert:?}\n  key_file: {key:?}\n  handshake_first: true\n}}\n"
        ),
    )
    .expect("write config");
    let first = TestServer::start(kind, &["-c", &conf.to_string_lossy()]);
    let client = connect(
        ConnectOptions::with_server(first.url())
            .tls_ca(tls_file("ca.pem"))
            .tls_first(true),
    )
    .await
    .expect("TLS-first connect");
    client.flush().await.expect("flush");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tls_reference() {
    crate::util::run_scenario(Kind::Reference, tls).await;
}
