//! Differential test of the JetStream JSON API: the same sequence of raw `$JS.API.*` requests
//! (and a few publishes), from `tests/fixtures/jetstream/api_sequence.txt`, goes to rnats and to
//! the reference nats-server, and every reply must match field by field once the values that
//! differ by nature are set aside: times (`ts`, `created`, `first_ts`, `last_ts`,
//! `last_active`, `time`), the cluster block (leader names), the values of `_nats.*` metadata and the
//! API request counters of `$JS.API.INFO`. Field order must match too (serde_json's
//! `preserve_order` keeps ours as written). Skipped when the reference server is absent.

use serde_json::Value;

use crate::util::{available, fixture, Kind, TestServer, TEST_TIMEOUT};

/// Keys whose values differ between any two servers.
const IGNORED: &[&str] = &[
    "ts",
    "created",
    "first_ts",
    "last_ts",
    "last_active",
    "time",
    "active",
    "cluster",
];

/// `value` without the fields that differ by nature.
fn normalize(value: &Value, path: &str) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .filter(|(k, _)| !IGNORED.contains(&k.as_str()))
                .filter(|(k, _)| !(path == ".api" && (*k == "total" || *k == "errors")))
                .map(|(k, v)| {
                    let v = if path.ends_with(".metadata") && k.starts_with("_nats.") {
                        Value::String("*".into())
                    } else {
                        normalize(v, &format!("{path}.{k}"))
                    };
                    (k.clone(), v)
                })
                .collect(),
        ),
        Value::Array(items) => {
            let mut items: Vec<Value> = items.iter().map(|v| normalize(v, path)).collect();
            // nats-server keeps a stream's sources in a map in some paths, so their order in a
            // reply varies from run to run: compare them by name.
            if path.ends_with(".sources") {
                items.sort_by(|a, b| a["name"].as_str().cmp(&b["name"].as_str()));
            }
            Value::Array(items)
        }
        other => other.clone(),
    }
}

/// Field-by-field differences between `ours` and `theirs`, as `path: rnats=.. reference=..`.
fn differences(ours: &Value, theirs: &Value, path: &str, out: &mut Vec<String>) {
    match (ours, theirs) {
        (Value::Object(a), Value::Object(b)) => {
            // Same field order as upstream's Go structs (for the fields both have).
            let ours_order: Vec<&String> = a.keys().filter(|k| b.contains_key(*k)).collect();
            let theirs_order: Vec<&String> = b.keys().filter(|k| a.contains_key(*k)).collect();
            if ours_order != theirs_order {
                out.push(format!(
                    "{path}: field order rnats={ours_order:?} reference={theirs_order:?}"
                ));
            }
            let keys: std::collections::BTreeSet<&String> = a.keys().chain(b.keys()).collect();
            for k in keys {
                let p = format!("{path}.{k}");
                match (a.get(k), b.get(k)) {
                    (Some(x), Some(y)) => differences(x, y, &p, out),
                    (x, y) => out.push(format!("{p}: rnats={x:?} reference={y:?}")),
                }
            }
        }
        (Value::Array(a), Value::Array(b)) if a.len() == b.len() => {
            for (i, (x, y)) in a.iter().zip(b).enumerate() {
                differences(x, y, &format!("{path}[{i}]"), out);
            }
        }
        (a, b) if a != b => out.push(format!("{path}: rnats={a} reference={b}")),
        _ => {}
    }
}

/// Sends `subject body` and parses the JSON reply.
async fn request(client: &async_nats::Client, subject: &str, body: &str) -> Value {
    let msg = client
        .request(subject.to_string(), body.to_string().into())
        .await
        .unwrap_or_else(|e| panic!("{subject} {body}: {e}"));
    serde_json::from_slice(&msg.payload)
        .unwrap_or_else(|e| panic!("{subject} {body}: reply is not JSON ({e})"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn api_replies_match_the_reference() {
    replies_match("jetstream/api_sequence.txt").await;
}

/// Subject transforms, republish, mirrors and sources (issue 15).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sourcing_replies_match_the_reference() {
    replies_match("jetstream/api_sourcing.txt").await;
}

/// Priority groups, UNPIN and rate limits (issue 15).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn priority_replies_match_the_reference() {
    replies_match("jetstream/api_priority.txt").await;
}

/// Runs one fixture script against both servers and compares every reply.
async fn replies_match(script: &str) {
    if !available(Kind::Reference) {
        return;
    }
    let script = std::fs::read_to_string(fixture(script)).expect("fixture");
    let run = async {
        let (a, b) = (
            tempfile::tempdir().expect("dir"),
            tempfile::tempdir().expect("dir"),
        );
        let ours = TestServer::start(
            Kind::Rnats,
            &["-js", "-sd", a.path().to_str().expect("utf-8")],
        );
        let theirs = TestServer::start(
            Kind::Reference,
            &["-js", "-sd", b.path().to_str().expect("utf-8")],
        );
        let (ca, cb) = (ours.client().await, theirs.client().await);
        let mut report = Vec::new();
        for line in script.lines().map(str::trim) {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (subject, body) = line.split_once(' ').unwrap_or((line, ""));
            let x = normalize(&request(&ca, subject, body).await, "");
            let y = normalize(&request(&cb, subject, body).await, "");
            let mut diffs = Vec::new();
            differences(&x, &y, "", &mut diffs);
            if !diffs.is_empty() {
                report.push(format!("{line}\n    {}", diffs.join("\n    ")));
            }
        }
        assert!(
            report.is_empty(),
            "replies differ from nats-server:\n{}",
            report.join("\n")
        );
    };
    tokio::time::timeout(TEST_TIMEOUT, run)
        .await
        .expect("differential run in time");
}
