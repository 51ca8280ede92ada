//! Monitoring differential tests: for one small workload, every key that the reference
//! nats-server 2.14 returns in `/varz`, `/connz`, `/subsz`, `/jsz`, `/healthz`, `/accountz`,
//! `/accstatz`, `/routez`, `/gatewayz` and `/leafz` is present in rnats' answer with the same
//! JSON type, and `/raftz` and the parameter errors answer the same status and text; and both servers' documents read back into the
//! protocol crate's monitoring types (the ones `rnats top` and the CLI use).

use std::collections::BTreeSet;

use async_nats::jetstream::{self, stream};
use serde_json::Value;

use crate::util::{available, sync, Kind, TestServer};

/// The paths compared, with the query strings that bring out optional sections.
const PATHS: &[&str] = &[
    "/varz",
    "/connz",
    "/connz?subs=detail&auth=true",
    "/subsz?subs=1",
    "/jsz",
    "/jsz?accounts=true&streams=true&consumers=true&config=true",
    "/jsz?acc=$G&consumers=true",
    "/healthz",
    "/accountz",
    "/accountz?acc=$G",
    "/accstatz",
    "/accstatz?unused=1",
    "/routez",
    "/routez?subs=detail",
    "/gatewayz",
    "/gatewayz?accs=1&subs=1",
    "/leafz",
    "/leafz?subs=1&acc=$G",
];

/// Answers compared as status and body text (no JSON: errors and `/raftz` without Raft).
const TEXT_PATHS: &[&str] = &[
    "/raftz",
    "/accountz?acc=NOPE",
    "/accstatz?unused=x",
    "/routez?subs=x",
    "/gatewayz?accs=x",
    "/leafz?subs=x",
    "/ipqueuesz?all=x",
];

/// Keys upstream omits when zero whose value depends on timing (an API request being answered
/// while /varz is read): compared only when both servers show them.
const TIMING_KEYS: &[&str] = &[".jetstream.stats.api.inflight"];

/// Objects whose keys are data (paths, names), not field names: only their type is compared.
const DATA_MAPS: &[&str] = &[".http_req_stats", ".outbound_gateways", ".inbound_gateways"];

/// Starts `kind` with JetStream and monitoring, runs the workload, and returns the answers.
async fn workload(kind: Kind) -> Vec<(String, Value)> {
    let store = tempfile::tempdir().expect("store dir");
    let dir = store.path().to_str().expect("utf-8 path");
    let srv = TestServer::start(kind, &["-js", "-sd", dir, "-m", "-1"]);
    let client = async_nats::ConnectOptions::new()
        .name("diff-client")
        .connect(srv.url())
        .await
        .expect("connect");
    let _sub = client.subscribe("diff.sub").await.expect("subscribe");
    let _qsub = client
        .queue_subscribe("diff.q", "workers".into())
        .await
        .expect("queue subscribe");
    for _ in 0..5 {
        client
            .publish("diff.sub", "payload".into())
            .await
            .expect("publish");
    }
    sync(&client).await;
    let js = jetstream::new(client.clone());
    let s = js
        .create_stream(stream::Config {
            name: "DIFF".into(),
            subjects: vec!["diffjs.>".into()],
            ..Default::default()
        })
        .await
        .expect("stream");
    js.publish("diffjs.a", "x".into())
        .await
        .expect("publish")
        .await
        .expect("ack");
    s.create_consumer(jetstream::consumer::pull::Config {
        durable_name: Some("C".into()),
        ..Default::default()
    })
    .await
    .expect("consumer");
    let mut out = Vec::new();
    for path in PATHS {
        out.push((path.to_string(), srv.monitor_json(path).await));
    }
    for path in TEXT_PATHS {
        let (status, body) = crate::util::http_get(srv.monitor_port(), path).await;
        out.push((
            path.to_string(),
            serde_json::json!({ "status": status, "body": body }),
        ));
    }
    drop(store);
    out
}

fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "bool",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// Records in `missing` every key path of `reference` absent from `ours` or of another type.
/// Array elements are compared as the union over the reference's elements against the union
/// over ours.
fn compare(path: &str, reference: &Value, ours: &Value, missing: &mut BTreeSet<String>) {
    if type_name(reference) != type_name(ours) {
        missing.insert(format!(
            "{path}: {} here, {} upstream",
            type_name(ours),
            type_name(reference)
        ));
        return;
    }
    match (reference, ours) {
        (Value::Object(r), Value::Object(o)) if !DATA_MAPS.contains(&path) => {
            for (k, rv) in r {
                let p = format!("{path}.{k}");
                match o.get(k) {
                    Some(ov) => compare(&p, rv, ov, missing),
                    None if TIMING_KEYS.contains(&p.as_str()) => {}
                    None => {
                        missing.insert(format!("{p}: missing"));
                    }
                }
            }
        }
        (Value::Array(r), Value::Array(o)) => {
            let merge = |items: &Vec<Value>| {
                let mut m = serde_json::Map::new();
                for item in items {
                    if let Value::Object(obj) = item {
                        for (k, v) in obj {
                            m.entry(k.clone()).or_insert_with(|| v.clone());
                        }
                    }
                }
                m
            };
            let (rm, om) = (merge(r), merge(o));
            if !rm.is_empty() {
                compare(
                    &format!("{path}[]"),
                    &Value::Object(rm),
                    &Value::Object(om),
                    missing,
                );
            }
        }
        _ => {}
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn monitoring_keys_match_reference() {
    if !available(Kind::Reference) || !available(Kind::Rnats) {
        return;
    }
    let reference = workload(Kind::Reference).await;
    let ours = workload(Kind::Rnats).await;
    let mut missing = BTreeSet::new();
    for ((path, r), (_, o)) in reference.iter().zip(&ours) {
        if TEXT_PATHS.contains(&path.as_str()) {
            if r != o {
                missing.insert(format!("{path}: {o} here, {r} upstream"));
            }
            continue;
        }
        let mut m = BTreeSet::new();
        compare("", r, o, &mut m);
        missing.extend(m.into_iter().map(|k| format!("{path} {k}")));
    }
    assert!(
        missing.is_empty(),
        "keys of the reference nats-server missing or of another type in rnats:\n{}",
        missing.into_iter().collect::<Vec<_>>().join("\n")
    );
}

/// `/ipqueuesz`: nats-server lists its idle internal queues only with `all`; rnats has none, so
/// both answer `{}` without it, and rnats' answer reads as the shared type.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ipqueuesz_without_all_is_empty() {
    for kind in [Kind::Rnats, Kind::Reference] {
        if !available(kind) {
            continue;
        }
        let srv = TestServer::start(kind, &["-m", "-1"]);
        // nats-server lists a queue while it holds work: its system send queue can still be
        // busy with the startup events (seen once in CI), so wait for it to drain.
        let mut v = srv.monitor_json("/ipqueuesz").await;
        for _ in 0..50 {
            if v == serde_json::json!({}) || kind == Kind::Rnats {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
            v = srv.monitor_json("/ipqueuesz").await;
        }
        assert_eq!(v, serde_json::json!({}), "{kind:?}");
        let all: rnats_proto::monitor::Ipqueuesz =
            serde_json::from_value(srv.monitor_json("/ipqueuesz?all=1&queues=Send").await)
                .expect("ipqueuesz");
        assert!(all.keys().all(|k| k.contains("Send")), "{kind:?}: {all:?}");
    }
}

/// Both servers' documents read into the shared types, and the typed values agree with the
/// workload (what `rnats top` relies on).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn monitoring_documents_deserialize() {
    use rnats_proto::monitor::{
        AccountStatz, Accountz, Connz, Gatewayz, HealthStatus, Leafz, Routez, Subsz, Varz,
    };
    for kind in [Kind::Rnats, Kind::Reference] {
        if !available(kind) {
            continue;
        }
        let docs = workload(kind).await;
        let get = |p: &str| {
            docs.iter()
                .find(|(path, _)| path == p)
                .map(|(_, v)| v.clone())
                .expect("path fetched")
        };
        let varz: Varz = serde_json::from_value(get("/varz")).expect("varz");
        assert!(varz.in_msgs >= 5, "{kind:?}: {varz:?}");
        assert_eq!(varz.connections, 1, "{kind:?}");
        assert!(varz.jetstream.config.is_some(), "{kind:?}");
        let connz: Connz =
            serde_json::from_value(get("/connz?subs=detail&auth=true")).expect("connz");
        let conns = connz.connections.expect("connections");
        assert_eq!(conns.len(), 1, "{kind:?}");
        assert_eq!(conns[0].name, "diff-client");
        assert!(conns[0].rtt.is_some(), "{kind:?}");
        assert!(
            conns[0]
                .subscriptions_list_detail
                .iter()
                .any(|s| s.subject == "diff.q" && s.queue == "workers"),
            "{kind:?}: {:?}",
            conns[0].subscriptions_list_detail
        );
        let subsz: Subsz = serde_json::from_value(get("/subsz?subs=1")).expect("subsz");
        assert!(subsz.stats.num_subscriptions >= 2, "{kind:?}");
        let jsz: rnats_proto::monitor::Jsz = serde_json::from_value(get(
            "/jsz?accounts=true&streams=true&consumers=true&config=true",
        ))
        .expect("jsz");
        let acc = &jsz.account_details[0];
        assert_eq!(acc.name, "$G", "{kind:?}");
        let stream = &acc.stream_detail[0];
        assert_eq!((stream.name.as_str(), stream.state.messages), ("DIFF", 1));
        assert!(stream.config.is_some(), "{kind:?}");
        assert_eq!(stream.consumer_detail[0].name, "C", "{kind:?}");
        assert_eq!(stream.consumer_detail[0].num_pending, 1, "{kind:?}");
        let health: HealthStatus = serde_json::from_value(get("/healthz")).expect("healthz");
        assert_eq!(health.status, "ok");

        let accountz: Accountz = serde_json::from_value(get("/accountz")).expect("accountz");
        assert!(accountz.accounts.iter().any(|a| a == "$G"), "{kind:?}");
        assert_eq!(accountz.system_account, "$SYS", "{kind:?}");
        let detail: Accountz = serde_json::from_value(get("/accountz?acc=$G")).expect("accountz");
        let detail = detail.account_detail.expect("account_detail");
        assert_eq!(detail.account_name, "$G", "{kind:?}");
        assert_eq!(detail.client_connections, 1, "{kind:?}");
        assert!(detail.jetstream_enabled, "{kind:?}");
        // Only accounts with connections, unless `unused`.
        let statz: AccountStatz = serde_json::from_value(get("/accstatz")).expect("accstatz");
        let names: Vec<&str> = statz.account_statz.iter().map(|a| a.acc.as_str()).collect();
        assert_eq!(names, ["$G"], "{kind:?}");
        let g = &statz.account_statz[0];
        assert_eq!((g.conns, g.total_conns), (1, 1), "{kind:?}");
        assert!(g.received.msgs >= 5, "{kind:?}: {g:?}");
        let statz: AccountStatz =
            serde_json::from_value(get("/accstatz?unused=1")).expect("accstatz");
        assert!(
            statz
                .account_statz
                .iter()
                .any(|a| a.acc == "$SYS" && a.conns == 0),
            "{kind:?}"
        );
        let routez: Routez = serde_json::from_value(get("/routez")).expect("routez");
        assert_eq!((routez.num_routes, routez.routes.len()), (0, 0), "{kind:?}");
        let gatewayz: Gatewayz = serde_json::from_value(get("/gatewayz")).expect("gatewayz");
        assert!(gatewayz.outbound_gateways.is_empty() && gatewayz.inbound_gateways.is_empty());
        let leafz: Leafz = serde_json::from_value(get("/leafz")).expect("leafz");
        assert_eq!((leafz.leafnodes, leafz.leafs.len()), (0, 0), "{kind:?}");
    }
}

/// `/metrics` (rnats only) parses with a real Prometheus text parser and carries the server,
/// connection, account, stream and consumer values of the workload.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn metrics_in_prometheus_format() {
    let store = tempfile::tempdir().expect("store dir");
    let dir = store.path().to_str().expect("utf-8 path");
    let srv = TestServer::start(Kind::Rnats, &["-js", "-sd", dir, "-m", "-1"]);
    let client = async_nats::ConnectOptions::new()
        .name("metrics-client")
        .connect(srv.url())
        .await
        .expect("connect");
    let js = jetstream::new(client.clone());
    let s = js
        .create_stream(stream::Config {
            name: "M".into(),
            subjects: vec!["m.>".into()],
            ..Default::default()
        })
        .await
        .expect("stream");
    for _ in 0..3 {
        js.publish("m.a", "x".into())
            .await
            .expect("publish")
            .await
            .expect("ack");
    }
    s.create_consumer(jetstream::consumer::pull::Config {
        durable_name: Some("D".into()),
        ..Default::default()
    })
    .await
    .expect("consumer");
    sync(&client).await;

    let (status, body) = crate::util::http_get(srv.monitor_port(), "/metrics").await;
    assert_eq!(status, 200, "{body}");
    let lines = body.lines().map(|l| Ok(l.to_string()));
    let scrape = prometheus_parse::Scrape::parse(lines).expect("valid Prometheus text");
    let value = |name: &str, labels: &[(&str, &str)]| -> f64 {
        let s = scrape
            .samples
            .iter()
            .find(|s| s.metric == name && labels.iter().all(|(k, v)| s.labels.get(k) == Some(*v)))
            .unwrap_or_else(|| panic!("no sample {name} {labels:?} in\n{body}"));
        match s.value {
            prometheus_parse::Value::Gauge(v)
            | prometheus_parse::Value::Counter(v)
            | prometheus_parse::Value::Untyped(v) => v,
            _ => panic!("{name}: unexpected value kind"),
        }
    };
    assert_eq!(value("rnats_server_connections", &[]), 1.0);
    assert!(value("rnats_server_in_msgs_total", &[]) >= 3.0);
    assert!(
        value(
            "rnats_connection_in_msgs_total",
            &[("name", "metrics-client")]
        ) >= 3.0
    );
    assert_eq!(
        value("rnats_account_connections", &[("account", "$G")]),
        1.0
    );
    assert_eq!(value("rnats_jetstream_streams", &[]), 1.0);
    assert_eq!(value("rnats_stream_messages", &[("stream", "M")]), 3.0);
    assert_eq!(value("rnats_stream_last_seq", &[("stream", "M")]), 3.0);
    let consumer = [("stream", "M"), ("consumer", "D")];
    assert_eq!(value("rnats_consumer_num_pending", &consumer), 3.0);
    assert_eq!(value("rnats_consumer_lag", &consumer), 3.0);
    assert_eq!(value("rnats_consumer_num_ack_pending", &consumer), 0.0);
    assert!(
        scrape.docs.contains_key("rnats_consumer_lag"),
        "HELP lines are parsed"
    );
}

/// rnats' slow-consumer record (beyond nats-server): a subscriber that never reads is cut off,
/// and `/connz?state=closed` shows which account, which subject, how many bytes were pending
/// and when, next to nats-server's unchanged fields; the log has the same facts on a line of
/// its own, and the account's `slow_consumers` counts it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slow_consumer_record_in_closed_connz() {
    use rnats_proto::monitor::{AccountStatz, Connz};
    let conf = crate::util::server_conf("slow_consumer.conf");
    let mut srv = TestServer::start(Kind::Rnats, &["-c", &conf, "-m", "-1"]);
    let mut stalled = srv.raw_connected().await;
    stalled.send(b"SUB sc.firehose 1\r\nPING\r\n").await;
    stalled.expect("PONG\r\n").await;

    let publisher = srv.client().await;
    let payload = bytes::Bytes::from(vec![b'z'; 1024]);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    let closed = loop {
        for _ in 0..256 {
            publisher
                .publish("sc.firehose", payload.clone())
                .await
                .expect("publish");
        }
        sync(&publisher).await;
        let connz: Connz =
            serde_json::from_value(srv.monitor_json("/connz?state=closed").await).expect("connz");
        if let Some(c) = connz.connections.unwrap_or_default().into_iter().next() {
            break c;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the stalled subscriber was never cut off"
        );
    };
    assert!(closed.reason.starts_with("Slow Consumer"), "{closed:?}");
    let record = closed.slow_consumer.clone().expect("slow consumer record");
    assert_eq!(record.account, "$G", "{record:?}");
    assert_eq!(record.subject, "sc.firehose", "{record:?}");
    match closed.reason.as_str() {
        "Slow Consumer (Pending Bytes)" => {
            assert_eq!((record.kind.as_str(), record.limit), ("max_pending", 65536));
            assert!(record.pending_bytes > 65536, "{record:?}");
        }
        _ => assert_eq!(record.kind, "write_deadline", "{record:?}"),
    }
    let stop = closed.stop.expect("stop time");
    assert!(
        record.time.since(closed.start) <= stop.since(closed.start),
        "recorded before the stop: {record:?} {stop:?}"
    );
    // nats-server's own fields are unchanged: the record is one extra key.
    let raw = srv.monitor_json("/connz?state=closed").await;
    let conn = &raw["connections"][0];
    assert_eq!(conn["slow_consumer"]["subject"], "sc.firehose", "{raw}");
    assert_eq!(conn["reason"], closed.reason.as_str(), "{raw}");

    let line = srv.wait_for_log("Slow Consumer Record", std::time::Duration::from_secs(5));
    assert!(
        line.contains(r#"account "$G", last subject "sc.firehose""#),
        "{line}"
    );
    let statz: AccountStatz =
        serde_json::from_value(srv.monitor_json("/accstatz?unused=1").await).expect("accstatz");
    let g = statz
        .account_statz
        .iter()
        .find(|a| a.acc == "$G")
        .expect("$G");
    assert_eq!(g.slow_consumers, 1, "{g:?}");
    drop(stalled);
}

/// varz `config_digest`: nats-server's SHA-256 of the parsed configuration file (keys sorted,
/// variables included, Go's JSON escaping); the same file gives the same digest on both
/// servers, and no file gives none.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn config_digest_matches_reference() {
    let conf = crate::util::fixture("monitor/config_digest.conf");
    let conf = conf.to_str().expect("utf-8 path");
    let mut digests = Vec::new();
    for kind in [Kind::Rnats, Kind::Reference] {
        if !available(kind) {
            continue;
        }
        let srv = TestServer::start(kind, &["-c", conf, "-m", "-1"]);
        let v = srv.monitor_json("/varz").await;
        let digest = v["config_digest"].as_str().unwrap_or_default().to_string();
        assert!(
            digest.starts_with("sha256:") && digest.len() == 7 + 64,
            "{kind:?}: {digest}"
        );
        digests.push(digest);
        let bare = TestServer::start(kind, &["-m", "-1"]);
        assert_eq!(
            bare.monitor_json("/varz").await["config_digest"],
            "",
            "{kind:?}"
        );
    }
    if digests.len() == 2 {
        assert_eq!(digests[0], digests[1], "rnats vs nats-server");
    }
}

crate::util::server_test!(delivery_totals => delivery_totals_rnats, delivery_totals_reference);
/// `/varz` `out_msgs`/`out_bytes` and the account's `/accstatz` `sent` count every delivery made,
/// to open connections and to ones that have since closed (rnats keeps running totals rather
/// than summing its open connections): 20 messages of 7 bytes fanned out to two plain
/// subscribers and one queue subscriber are 60 deliveries and 420 bytes, on both servers.
async fn delivery_totals(kind: Kind) {
    use futures::StreamExt;
    use std::time::{Duration, Instant};

    let server = TestServer::start(kind, &["-m", "-1"]);
    let stay = server.client().await;
    let leave = server.client().await;
    let queue = server.client().await;
    let mut s1 = stay.subscribe("fan.x").await.expect("subscribe");
    let mut s2 = leave.subscribe("fan.x").await.expect("subscribe");
    let mut s3 = queue
        .queue_subscribe("fan.*", "q".into())
        .await
        .expect("queue subscribe");
    for c in [&stay, &leave, &queue] {
        c.flush().await.expect("flush");
    }
    let publisher = server.client().await;
    for _ in 0..20 {
        publisher
            .publish("fan.x", "payload".into())
            .await
            .expect("publish");
    }
    publisher.flush().await.expect("flush");
    for sub in [&mut s1, &mut s2, &mut s3] {
        for _ in 0..20 {
            tokio::time::timeout(Duration::from_secs(5), sub.next())
                .await
                .expect("message in time")
                .expect("subscription open");
        }
    }
    // One subscriber leaves: what it was delivered stays counted.
    drop(s2);
    drop(leave);
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let varz = server.monitor_json("/varz").await;
        if varz["connections"] == 3 {
            break;
        }
        assert!(Instant::now() < deadline, "client did not leave: {varz}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let varz = server.monitor_json("/varz").await;
    assert_eq!(varz["in_msgs"], 20, "{varz}");
    assert_eq!(varz["in_bytes"], 140, "{varz}");
    assert_eq!(varz["out_msgs"], 60, "{varz}");
    assert_eq!(varz["out_bytes"], 420, "{varz}");
    let closed = server.monitor_json("/connz?state=closed").await;
    assert_eq!(closed["connections"][0]["out_msgs"], 20, "{closed}");

    let statz = server.monitor_json("/accstatz").await;
    let global = statz["account_statz"]
        .as_array()
        .and_then(|a| a.iter().find(|s| s["acc"] == "$G").cloned())
        .unwrap_or_else(|| panic!("no $G in {statz}"));
    assert_eq!(global["received"]["msgs"], 20, "{statz}");
    assert_eq!(global["sent"]["msgs"], 60, "{statz}");
    assert_eq!(global["sent"]["bytes"], 420, "{statz}");
}
