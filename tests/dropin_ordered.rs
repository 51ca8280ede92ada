//! Ordered consumers (issue 17, item 5) when their stream goes away and across a server
//! restart, with async-nats' ordered pull consumer and nats-py's ordered push consumer, each
//! against rnats and the reference nats-server.
//!
//! Observed on nats-server 2.14: deleting the stream answers the waiting pull with
//! `409 Consumer Deleted`, so async-nats starts recreating its consumer at once and retries
//! (with a backoff, reporting nothing) while the server answers `stream not found`; a push
//! consumer gets nothing, its heartbeats stop and nats-py's recreate reports the 10059 to its
//! error callback. Once the stream exists again both resume after the last stream sequence
//! they saw. After a restart on the same store directory and port, the clients reconnect and
//! their ordered consumers carry on from the next stream sequence, without gaps or duplicates
//! (async-nats reports the pull lost with the old connection once).

use std::time::Duration;

use async_nats::jetstream::{self, consumer};
use futures::StreamExt;

use crate::util::{server_test, Kind, TestServer};

/// The next message of an ordered consumer, within `wait`.
async fn next_payload(
    msgs: &mut consumer::pull::Ordered,
    wait: Duration,
    what: &str,
) -> Result<String, String> {
    match tokio::time::timeout(wait, msgs.next()).await {
        Err(_) => panic!("{what}: nothing within {wait:?}"),
        Ok(None) => Err("end of stream".to_string()),
        Ok(Some(Err(e))) => Err(format!("{:?}", e.kind())),
        Ok(Some(Ok(m))) => Ok(String::from_utf8_lossy(&m.payload).into_owned()),
    }
}

async fn publish(js: &jetstream::Context, range: std::ops::RangeInclusive<u32>) {
    publish_as(js, "m", range).await;
}

async fn publish_as(js: &jetstream::Context, prefix: &str, range: std::ops::RangeInclusive<u32>) {
    for i in range {
        js.publish("ord.x", format!("{prefix}{i}").into())
            .await
            .expect("publish")
            .await
            .expect("puback");
    }
}

/// async-nats' ordered pull consumer reports the deleted stream instead of hanging.
async fn ordered_pull_stream_deleted(kind: Kind) {
    let store = tempfile::tempdir().expect("store");
    let srv = TestServer::start(kind, &["-js", "-sd", store.path().to_str().expect("utf-8")]);
    let client = srv.client().await;
    let js = jetstream::new(client);
    let stream = js
        .create_stream(jetstream::stream::Config {
            name: "ORD".into(),
            subjects: vec!["ord.>".into()],
            ..Default::default()
        })
        .await
        .expect("stream");
    publish(&js, 1..=3).await;
    let consumer = stream
        .create_consumer(consumer::pull::OrderedConfig::default())
        .await
        .expect("ordered consumer");
    let mut msgs = consumer.messages().await.expect("messages");
    for i in 1..=3 {
        let got = next_payload(&mut msgs, Duration::from_secs(5), "before delete").await;
        assert_eq!(got, Ok(format!("m{i}")), "{kind:?}");
    }
    js.delete_stream("ORD").await.expect("delete stream");
    // The waiting pull gets `409 Consumer Deleted`: the client starts recreating its consumer
    // at once (without it, only after two missed 15 s heartbeats) and retries while the stream
    // is missing (async-nats surfaces no error: it retries with a backoff).
    assert!(
        tokio::time::timeout(Duration::from_millis(300), msgs.next())
            .await
            .is_err(),
        "{kind:?}: something arrived after the delete"
    );
    js.create_stream(jetstream::stream::Config {
        name: "ORD".into(),
        subjects: vec!["ord.>".into()],
        ..Default::default()
    })
    .await
    .expect("stream again");
    publish_as(&js, "n", 1..=5).await;
    // The new consumer starts after the last stream sequence seen (3).
    for i in 4..=5 {
        let got = next_payload(&mut msgs, Duration::from_secs(8), "after the new stream").await;
        assert_eq!(got, Ok(format!("n{i}")), "{kind:?}");
    }
}
server_test!(ordered_pull_stream_deleted => ordered_pull_stream_deleted_rnats, ordered_pull_stream_deleted_reference);

/// async-nats' ordered pull consumer resumes after the server restarts on the same store and
/// port: every message once, in order.
async fn ordered_pull_across_restart(kind: Kind) {
    let store = tempfile::tempdir().expect("store");
    let dir = store.path().to_str().expect("utf-8").to_string();
    let mut srv = TestServer::start(kind, &["-js", "-sd", &dir]);
    let port = srv.port().to_string();
    let client = async_nats::ConnectOptions::new()
        .retry_on_initial_connect()
        .connect(srv.url())
        .await
        .expect("connect");
    let js = jetstream::new(client);
    let stream = js
        .create_stream(jetstream::stream::Config {
            name: "ORD".into(),
            subjects: vec!["ord.>".into()],
            ..Default::default()
        })
        .await
        .expect("stream");
    publish(&js, 1..=5).await;
    let consumer = stream
        .create_consumer(consumer::pull::OrderedConfig::default())
        .await
        .expect("ordered consumer");
    let mut msgs = consumer.messages().await.expect("messages");
    for i in 1..=5 {
        let got = next_payload(&mut msgs, Duration::from_secs(5), "before restart").await;
        assert_eq!(got, Ok(format!("m{i}")), "{kind:?}");
    }
    srv.terminate();
    drop(srv);
    let _srv = TestServer::start(kind, &["-js", "-sd", &dir, "-p", &port]);
    publish(&js, 6..=10).await;
    let mut got = Vec::new();
    let mut errors = Vec::new();
    while got.len() < 5 {
        match next_payload(&mut msgs, Duration::from_secs(20), "after restart").await {
            Ok(p) => got.push(p),
            Err(e) => errors.push(e),
        }
    }
    // At most the pull request the restart lost, reported once.
    assert!(
        errors.len() <= 1 && errors.iter().all(|e| e == "Pull"),
        "{kind:?}: {errors:?}"
    );
    let want: Vec<String> = (6..=10).map(|i| format!("m{i}")).collect();
    assert_eq!(got, want, "{kind:?}");
    // Nothing more: no duplicates.
    assert!(
        tokio::time::timeout(Duration::from_millis(500), msgs.next())
            .await
            .is_err(),
        "{kind:?}: a message after m10"
    );
}
server_test!(ordered_pull_across_restart => ordered_pull_across_restart_rnats, ordered_pull_across_restart_reference);

/// Runs `tests/python/ordered.py URL MODE` and requires its "ok"; for `restart`, restarts the
/// server on its store and port when the script asks for it.
async fn python_ordered(kind: Kind, mode: &'static str) {
    if !crate::python::nats_py_available() {
        return;
    }
    let store = tempfile::tempdir().expect("store");
    let dir = store.path().to_str().expect("utf-8").to_string();
    let srv = TestServer::start(kind, &["-js", "-sd", &dir]);
    let script = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/python/ordered.py");
    let url = srv.url();
    let port = srv.port().to_string();
    let out = tokio::task::spawn_blocking(move || {
        use std::io::{BufRead, Write};
        use std::process::{Command, Stdio};
        let mut srv = srv;
        let mut child = Command::new("python3")
            .arg(script)
            .arg(url)
            .arg(mode)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("run python3");
        let mut restarted = None;
        if mode == "restart" {
            let stdout = child.stdout.take().expect("stdout");
            let (tx, rx) = std::sync::mpsc::channel();
            std::thread::spawn(move || {
                for line in std::io::BufReader::new(stdout).lines() {
                    if tx.send(line.unwrap_or_default()).is_err() {
                        break;
                    }
                }
            });
            let first = rx.recv_timeout(Duration::from_secs(20));
            if first.as_deref() == Ok("restart") {
                srv.terminate();
                drop(srv);
                restarted = Some(TestServer::start(kind, &["-js", "-sd", &dir, "-p", &port]));
                let mut stdin = child.stdin.take().expect("stdin");
                let _ = stdin.write_all(b"go\n");
            }
            let rest: Vec<String> = rx.iter().collect();
            let status = child.wait().expect("wait python");
            let mut err = String::new();
            if let Some(mut e) = child.stderr.take() {
                let _ = std::io::Read::read_to_string(&mut e, &mut err);
            }
            drop(restarted);
            return (
                format!("{first:?} {}", rest.join("\n")),
                err,
                status.success(),
            );
        }
        let out = child.wait_with_output().expect("python output");
        (
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
            out.status.success(),
        )
    })
    .await
    .expect("python task");
    assert!(
        out.2 && out.0.trim_end().ends_with("ok"),
        "{kind:?} {mode}: nats-py ordered consumer failed:\n{}\n{}",
        out.0,
        out.1
    );
}

/// nats-py's ordered push consumer: its stream deleted (the recreate reports 10059, and it
/// resumes on a new stream after the last sequence seen).
async fn python_ordered_stream_deleted(kind: Kind) {
    python_ordered(kind, "deleted").await;
}
server_test!(python_ordered_stream_deleted => python_ordered_stream_deleted_rnats, python_ordered_stream_deleted_reference);

/// nats-py's ordered push consumer across a restart: m6..m10 once each, in order.
async fn python_ordered_across_restart(kind: Kind) {
    python_ordered(kind, "restart").await;
}
server_test!(python_ordered_across_restart => python_ordered_across_restart_rnats, python_ordered_across_restart_reference);
