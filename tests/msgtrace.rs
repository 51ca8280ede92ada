//! Message tracing (ADR-41, issue 14 item 4 `trace`): messages published with
//! `Nats-Trace-Dest` against rnats and the reference nats-server alike. Each scenario checks
//! the trace events (field names, kinds, egress count, `Nats-Trace-Only` not delivered, the
//! `js`, `se`, `si` and `sm` events) and `rnats trace`'s rendering; one test runs both
//! servers and compares their events field by field once ids and times are set aside.

use std::process::{Command, Stdio};
use std::time::Duration;

use async_nats::{jetstream, Client, ConnectOptions, HeaderMap};
use futures::StreamExt as _;
use serde_json::Value;

use crate::util::{available, run_bounded, server_conf, server_test, sync, Kind, TestServer};

const RNATS: &str = env!("CARGO_BIN_EXE_rnats");
const WAIT: Duration = Duration::from_secs(3);
/// How long a message that must not arrive is waited for.
const QUIET: Duration = Duration::from_millis(300);

fn start(kind: Kind, store: &tempfile::TempDir) -> TestServer {
    let store = store.path().to_str().expect("utf-8 store path");
    TestServer::start(
        kind,
        &["-js", "-sd", store, "-c", &server_conf("msgtrace.conf")],
    )
}

async fn connect(server: &TestServer, user: &str, name: &str) -> Client {
    server
        .client_with(ConnectOptions::with_user_and_password(user.into(), user.into()).name(name))
        .await
}

/// Publishes `payload` to `subject` asking for a trace to `dest` (trace only unless `deliver`).
async fn traced(client: &Client, subject: &str, dest: &str, deliver: bool) {
    let mut h = HeaderMap::new();
    h.insert("Nats-Trace-Dest", dest);
    if !deliver {
        h.insert("Nats-Trace-Only", "true");
    }
    h.insert("X-Test", "1");
    client
        .publish_with_headers(subject.to_string(), h, "hello".into())
        .await
        .expect("publish");
    client.flush().await.expect("flush");
}

/// The next trace event on `sub`, parsed.
async fn event(sub: &mut async_nats::Subscriber, dest: &str) -> Value {
    let msg = tokio::time::timeout(WAIT, sub.next())
        .await
        .unwrap_or_else(|_| panic!("no trace event on {dest}"))
        .expect("subscription open");
    assert_eq!(msg.subject.as_str(), dest);
    assert!(
        msg.headers.is_none(),
        "no Accept-Encoding asked: a plain event"
    );
    serde_json::from_slice(&msg.payload).expect("event is JSON")
}

async fn nothing_on(sub: &mut async_nats::Subscriber, what: &str) {
    if let Ok(Some(m)) = tokio::time::timeout(QUIET, sub.next()).await {
        panic!("{what}: unexpected message on {}", m.subject);
    }
}

fn types(e: &Value) -> Vec<&str> {
    e["events"]
        .as_array()
        .expect("events")
        .iter()
        .map(|x| x["type"].as_str().expect("type"))
        .collect()
}

fn of_type<'a>(e: &'a Value, t: &str) -> Vec<&'a Value> {
    e["events"]
        .as_array()
        .expect("events")
        .iter()
        .filter(|x| x["type"] == t)
        .collect()
}

/// The event without what differs between servers and runs: the server block's values,
/// timestamps and connection ids; egresses sorted by connection name.
fn normalize(e: &Value) -> Value {
    let mut e = e.clone();
    if let Some(s) = e["server"].as_object_mut() {
        for v in s.values_mut() {
            *v = Value::String("*".into());
        }
    }
    if let Some(events) = e["events"].as_array_mut() {
        for x in events.iter_mut() {
            let o = x.as_object_mut().expect("event object");
            assert!(o.remove("ts").is_some(), "every event has ts: {o:?}");
            if o.contains_key("cid") {
                o.insert("cid".into(), Value::String("*".into()));
            }
        }
        let (mut eg, other): (Vec<Value>, Vec<Value>) =
            events.drain(..).partition(|x| x["type"] == "eg");
        eg.sort_by_key(|x| x["name"].as_str().unwrap_or_default().to_string());
        events.extend(other);
        events.extend(eg);
    }
    e
}

/// Runs the traced publishes; returns each event (normalised) under its case name.
async fn trace_events(kind: Kind) -> Vec<(&'static str, Value)> {
    let store = tempfile::tempdir().expect("store dir");
    let server = start(kind, &store);
    let pubber = connect(&server, "a", "pubber").await;
    let s1 = connect(&server, "a", "s1").await;
    let s2 = connect(&server, "a", "s2").await;
    let mapped = connect(&server, "a", "mapped").await;
    let svc = connect(&server, "a", "svc").await;
    let importer = connect(&server, "b", "importer").await;
    let mut sub1 = s1.subscribe("foo").await.expect("sub");
    let mut sub2 = s2.queue_subscribe("foo", "q".into()).await.expect("qsub");
    let mut msub = mapped.subscribe("map.out").await.expect("sub");
    let mut ssub = svc.subscribe("svc.>").await.expect("sub");
    let mut isub = importer.subscribe("imp.ex.>").await.expect("sub");
    let mut traces = pubber.subscribe("trace.>").await.expect("sub");
    let mut btraces = importer.subscribe("trace.>").await.expect("sub");
    for c in [&pubber, &s1, &s2, &mapped, &svc, &importer] {
        sync(c).await;
    }
    let js = jetstream::new(pubber.clone());
    let mut stream = js
        .create_stream(jetstream::stream::Config {
            name: "S".into(),
            subjects: vec!["js.>".into()],
            ..Default::default()
        })
        .await
        .expect("create stream");
    let mut out = Vec::new();

    // Two subscribers, one of them in a queue group; trace only: nothing delivered.
    traced(&pubber, "foo", "trace.1", false).await;
    let e = event(&mut traces, "trace.1").await;
    let keys: Vec<&String> = e.as_object().expect("object").keys().collect();
    assert_eq!(keys, ["server", "request", "events"], "{kind:?}: {e}");
    assert_eq!(e["request"]["header"]["Nats-Trace-Dest"][0], "trace.1");
    assert_eq!(e["request"]["header"]["Nats-Trace-Only"][0], "true");
    assert_eq!(e["request"]["header"]["X-Test"][0], "1");
    assert!(e["request"]["msgsize"].as_u64().expect("msgsize") > 5);
    assert_eq!(types(&e), ["in", "eg", "eg"], "{kind:?}: {e}");
    let ingress = &e["events"][0];
    assert_eq!(ingress["kind"], 0);
    assert_eq!(ingress["name"], "pubber");
    assert_eq!(ingress["acc"], "A");
    assert_eq!(ingress["subj"], "foo");
    let eg = of_type(&e, "eg");
    assert!(eg.iter().all(|x| x["kind"] == 0 && x["sub"] == "foo"));
    let names: Vec<&str> = eg
        .iter()
        .map(|x| x["name"].as_str().unwrap_or(""))
        .collect();
    assert!(names.contains(&"s1") && names.contains(&"s2"), "{names:?}");
    let queued: Vec<&&Value> = eg.iter().filter(|x| x["queue"] == "q").collect();
    assert_eq!(queued.len(), 1, "{kind:?}: {e}");
    assert_eq!(queued[0]["name"], "s2");
    nothing_on(&mut sub1, "trace only").await;
    nothing_on(&mut sub2, "trace only").await;
    out.push(("trace only", normalize(&e)));

    // Delivered as well: both subscribers get the message, headers unchanged.
    traced(&pubber, "foo", "trace.2", true).await;
    let e = event(&mut traces, "trace.2").await;
    assert_eq!(types(&e), ["in", "eg", "eg"], "{kind:?}: {e}");
    assert!(e["request"]["header"].get("Nats-Trace-Only").is_none());
    for sub in [&mut sub1, &mut sub2] {
        let m = tokio::time::timeout(WAIT, sub.next())
            .await
            .expect("delivered")
            .expect("open");
        let h = m.headers.expect("headers");
        assert_eq!(
            h.get("Nats-Trace-Dest").map(|v| v.as_str()),
            Some("trace.2")
        );
        assert_eq!(&m.payload[..], b"hello");
    }
    out.push(("delivered", normalize(&e)));

    // A stream's subject: a `js` event; trace only stores nothing.
    traced(&pubber, "js.x", "trace.3", false).await;
    let e = event(&mut traces, "trace.3").await;
    assert_eq!(types(&e), ["in", "js"], "{kind:?}: {e}");
    let j = of_type(&e, "js")[0];
    assert_eq!(j["stream"], "S");
    assert_eq!(j["subject"], "js.x");
    assert_eq!(stream.info().await.expect("info").state.messages, 0);
    out.push(("jetstream trace only", normalize(&e)));

    // Delivered to the stream: stored with tracing turned off in its headers.
    traced(&pubber, "js.y", "trace.4", true).await;
    let e = event(&mut traces, "trace.4").await;
    assert_eq!(types(&e), ["in", "js"], "{kind:?}: {e}");
    // nats-server sends the event once the stream has stored the message; rnats as soon as
    // the message is on its way to the stream, so the store is polled.
    let deadline = tokio::time::Instant::now() + WAIT;
    let stored = loop {
        match stream.get_last_raw_message_by_subject("js.y").await {
            Ok(m) => break m,
            Err(e) if tokio::time::Instant::now() > deadline => panic!("{kind:?}: not stored: {e}"),
            Err(_) => tokio::time::sleep(Duration::from_millis(20)).await,
        }
    };
    assert_eq!(
        stored.headers.get("Nats-Trace-Dest").map(|v| v.as_str()),
        Some("trace disabled"),
        "{kind:?}"
    );
    assert_eq!(
        stored.headers.get("X-Test").map(|v| v.as_str()),
        Some("1"),
        "{kind:?}"
    );
    out.push(("jetstream delivered", normalize(&e)));

    // A stream export: `se` names the importing account; without allow_trace no egress.
    traced(&pubber, "ex.1", "trace.5", false).await;
    let e = event(&mut traces, "trace.5").await;
    assert_eq!(types(&e), ["in", "se"], "{kind:?}: {e}");
    let se = of_type(&e, "se")[0];
    assert_eq!(se["acc"], "B");
    assert_eq!(se["to"], "imp.ex.1");
    nothing_on(&mut isub, "stream export, trace only").await;
    out.push(("stream export", normalize(&e)));

    // A subject mapping: `sm`, then the egress on the mapped subject.
    traced(&pubber, "map.in", "trace.6", false).await;
    let e = event(&mut traces, "trace.6").await;
    assert_eq!(types(&e), ["in", "sm", "eg"], "{kind:?}: {e}");
    assert_eq!(of_type(&e, "sm")[0]["to"], "map.out");
    assert_eq!(of_type(&e, "eg")[0]["sub"], "map.out");
    assert_eq!(of_type(&e, "eg")[0]["name"], "mapped");
    nothing_on(&mut msub, "mapping, trace only").await;
    out.push(("mapping", normalize(&e)));

    // A service import (from B): `si` names the exporter and both subjects.
    traced(&importer, "svc.x", "trace.7", false).await;
    let e = event(&mut btraces, "trace.7").await;
    assert_eq!(types(&e), ["in", "si"], "{kind:?}: {e}");
    assert_eq!(e["events"][0]["acc"], "B");
    let si = of_type(&e, "si")[0];
    assert_eq!(si["acc"], "A");
    assert_eq!(si["from"], "svc.x");
    assert_eq!(si["to"], "svc.x");
    nothing_on(&mut ssub, "service import, trace only").await;
    out.push(("service import", normalize(&e)));

    // An invalid destination with trace only: not delivered, and (nats-server 2.14.0) the
    // event goes to that subject as it is.
    traced(&pubber, "foo", "trace.*", false).await;
    let e = event(&mut traces, "trace.*").await;
    assert_eq!(types(&e), ["in", "eg", "eg"], "{kind:?}: {e}");
    nothing_on(&mut sub1, "invalid destination").await;
    out.push(("invalid destination", normalize(&e)));

    // A publish the permissions refuse: the event carries the ingress error, nothing is
    // delivered; a destination they refuse: no event, no delivery.
    let limited = connect(&server, "p", "limited").await;
    let mut ltraces = limited.subscribe("limited.>").await.expect("sub");
    let mut elsewhere = pubber.subscribe("elsewhere").await.expect("sub");
    limited.flush().await.expect("flush");
    sync(&pubber).await;
    traced(&limited, "denied.x", "limited.8", true).await;
    let e = event(&mut ltraces, "limited.8").await;
    assert_eq!(types(&e), ["in"], "{kind:?}: {e}");
    assert_eq!(
        e["events"][0]["error"], "Permissions Violation for Publish to \"denied.x\"",
        "{kind:?}: {e}"
    );
    out.push(("publish denied", normalize(&e)));
    traced(&limited, "foo", "elsewhere", true).await;
    nothing_on(&mut sub1, "trace destination denied").await;
    nothing_on(&mut elsewhere, "trace destination denied").await;

    // Without trace only, an invalid destination means no trace: delivered, no event.
    traced(&pubber, "foo", "trace.*", true).await;
    tokio::time::timeout(WAIT, sub1.next())
        .await
        .expect("delivered")
        .expect("open");
    nothing_on(&mut traces, "invalid destination, delivered").await;
    out
}

server_test!(msgtrace_scenario => msgtrace_events_rnats, msgtrace_events_reference);
async fn msgtrace_scenario(kind: Kind) {
    trace_events(kind).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn msgtrace_events_match_reference() {
    if !available(Kind::Reference) {
        return;
    }
    let ours = trace_events(Kind::Rnats).await;
    let theirs = trace_events(Kind::Reference).await;
    assert_eq!(ours.len(), theirs.len());
    for ((case, a), (_, b)) in ours.iter().zip(&theirs) {
        assert_eq!(a, b, "{case}: rnats={a} reference={b}");
    }
}

/// `rnats trace ARGS` with a private config home; `(code, stdout, stderr)`.
fn nats(args: &[&str]) -> (i32, String, String) {
    let home = tempfile::tempdir().expect("home");
    let mut cmd = Command::new(RNATS);
    cmd.arg("trace").args(args);
    for (k, _) in std::env::vars_os() {
        if k.to_string_lossy().starts_with("NATS_") {
            cmd.env_remove(k);
        }
    }
    cmd.env("XDG_CONFIG_HOME", home.path())
        .env("HOME", home.path())
        .stdin(Stdio::null());
    let out = run_bounded(cmd, Duration::from_secs(20));
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Connection ids and the server's name set aside.
fn redact(out: &str) -> String {
    out.lines()
        .map(|l| {
            l.split(' ')
                .map(|t| {
                    if t.starts_with("cid:") {
                        "cid:[N]"
                    } else if t.starts_with("server:") {
                        "server:[NAME]"
                    } else {
                        t
                    }
                })
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

const LEGEND: &str =
    "Legend: Client: --C Router: --> Gateway: ==> Leafnode: ~~> JetStream: --J Error: --X";

server_test!(trace_cli => trace_cli_rnats, trace_cli_reference);
async fn trace_cli(kind: Kind) {
    let store = tempfile::tempdir().expect("store dir");
    let server = start(kind, &store);
    let s1 = connect(&server, "a", "s1").await;
    let s2 = connect(&server, "a", "s2").await;
    let mut sub1 = s1.subscribe("foo").await.expect("sub");
    let _sub2 = s2.queue_subscribe("foo", "q".into()).await.expect("qsub");
    sync(&s1).await;
    sync(&s2).await;
    jetstream::new(s1.clone())
        .create_stream(jetstream::stream::Config {
            name: "S".into(),
            subjects: vec!["js.>".into()],
            ..Default::default()
        })
        .await
        .expect("create stream");
    let url_a = format!("nats://a:a@127.0.0.1:{}", server.port());
    let url_b = format!("nats://b:b@127.0.0.1:{}", server.port());
    let run = |args: Vec<&str>| {
        let (code, out, err) = nats(&args);
        assert_eq!(code, 0, "{kind:?} {args:?}: {err}");
        redact(&out)
    };
    let name = "Client \"NATS CLI Version 0.1.0\" cid:[N] server:[NAME] version:\"2.14.0\"";

    let out = tokio::task::block_in_place(|| run(vec!["-s", &url_a, "foo", "hi"]));
    let want = format!(
        "Tracing message route to subject foo \n\n{name}\n--C Client \"s1\" cid:[N] \
         subject:\"foo\"\n--C Client \"s2\" cid:[N] subject:\"foo\" queue:\"q\"\n\n{LEGEND}\n\n\
         Egress Count:\n\n  Client: 2"
    );
    assert_eq!(out, want, "{kind:?}");
    nothing_on(&mut sub1, "trace cli without --deliver").await;

    let out = tokio::task::block_in_place(|| {
        run(vec!["-s", &url_a, "foo", "hi", "--deliver", "-H", "X-A:1"])
    });
    assert!(
        out.starts_with(
            "Tracing message route to subject foo with delivery to the final destination\n"
        ),
        "{kind:?}: {out}"
    );
    let m = tokio::time::timeout(WAIT, sub1.next())
        .await
        .expect("delivered")
        .expect("open");
    assert_eq!(&m.payload[..], b"hi");
    let h = m.headers.expect("headers");
    assert_eq!(h.get("X-A").map(|v| v.as_str()), Some("1"));
    assert_eq!(h.get("Accept-Encoding").map(|v| v.as_str()), Some("snappy"));

    let out = tokio::task::block_in_place(|| run(vec!["-s", &url_a, "js.x"]));
    let want = format!(
        "Tracing message route to subject js.x \n\n{name}\n--J JetStream action:\"stored\" \
         stream:\"S\" subject:\"js.x\"\n--X No active interest\n\n{LEGEND}\n\n\
         Egress Count:\n\n  JetStream: 1"
    );
    assert_eq!(out, want, "{kind:?}");

    let out = tokio::task::block_in_place(|| run(vec!["-s", &url_b, "svc.x"]));
    let want = format!(
        "Tracing message route to subject svc.x \n\n{name}\n    Service Import \
         from:\"svc.x\" to:\"svc.x\" account:\"A\"\n--X No active interest\n\n{LEGEND}\n"
    );
    assert_eq!(out, want, "{kind:?}");

    // `-T` puts the time since the ingress before each line.
    let out = tokio::task::block_in_place(|| run(vec!["-s", &url_a, "foo", "-T"]));
    assert!(out.contains("\n[0s] Client \"NATS CLI"), "{kind:?}: {out}");
    assert!(out.contains("] --C Client \"s1\""), "{kind:?}: {out}");
}

#[test]
fn trace_cli_refuses_bad_input() {
    let (code, _, err) = nats(&["foo", "-H", "nocolon"]);
    assert_eq!(code, 1);
    assert_eq!(err, "nats: error: expected KEY=VALUE got 'nocolon'\n");
    let (code, _, err) = nats(&[]);
    assert_ne!(code, 0);
    assert!(err.contains("<SUBJECT>"), "{err}");
}
