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
    "pause_remaining",
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

/// Every field of nats-server 2.14's `StreamConfig` (`server/stream.go`), by json tag.
const STREAM_CONFIG_FIELDS: &[&str] = &[
    "name",
    "description",
    "subjects",
    "retention",
    "max_consumers",
    "max_msgs",
    "max_bytes",
    "max_age",
    "max_msgs_per_subject",
    "max_msg_size",
    "discard",
    "storage",
    "num_replicas",
    "no_ack",
    "duplicate_window",
    "placement",
    "mirror",
    "sources",
    "compression",
    "first_seq",
    "subject_transform",
    "republish",
    "allow_direct",
    "mirror_direct",
    "discard_new_per_subject",
    "sealed",
    "deny_delete",
    "deny_purge",
    "allow_rollup_hdrs",
    "consumer_limits",
    "allow_msg_ttl",
    "subject_delete_marker_ttl",
    "allow_msg_counter",
    "allow_atomic",
    "allow_msg_schedules",
    "persist_mode",
    "allow_batched",
    "metadata",
    // StreamSource, Placement, StreamConsumerSource, ExternalStream, ConsumerLimits.
    "opt_start_seq",
    "opt_start_time",
    "filter_subject",
    "subject_transforms",
    "external",
    "consumer",
    "deliver_subject",
    "api",
    "deliver",
    "cluster",
    "tags",
    "preferred",
    "inactive_threshold",
    "max_ack_pending",
    "headers_only",
];

/// Every field of nats-server 2.14's `ConsumerConfig` (`server/consumer.go`), by json tag.
const CONSUMER_CONFIG_FIELDS: &[&str] = &[
    "durable_name",
    "name",
    "description",
    "deliver_policy",
    "opt_start_seq",
    "opt_start_time",
    "ack_policy",
    "ack_wait",
    "max_deliver",
    "backoff",
    "filter_subject",
    "filter_subjects",
    "replay_policy",
    "rate_limit_bps",
    "sample_freq",
    "max_waiting",
    "max_ack_pending",
    "flow_control",
    "headers_only",
    "max_batch",
    "max_expires",
    "max_bytes",
    "deliver_subject",
    "deliver_group",
    "idle_heartbeat",
    "inactive_threshold",
    "num_replicas",
    "mem_storage",
    "direct",
    "sourcing",
    "metadata",
    "pause_until",
    "priority_groups",
    "priority_policy",
    "priority_timeout",
];

/// Issue 15's acceptance: no stream or consumer config accepted by nats-server 2.14 is refused
/// by rnats. Streams and consumers with every config field set to a non-default value (and
/// every ack, deliver, retention, storage and priority policy) are created and updated on both
/// servers, and every reply must match: accepted by both, refused by both with the same error.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn config_fields_match_the_reference() {
    let script =
        std::fs::read_to_string(fixture("jetstream/api_config_fields.txt")).expect("fixture");
    let bodies = |prefix: &str| -> String {
        script
            .lines()
            .filter(|l| l.starts_with(prefix))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let streams = bodies("$JS.API.STREAM.");
    let consumers = bodies("$JS.API.CONSUMER.CREATE.");
    for f in STREAM_CONFIG_FIELDS {
        assert!(
            streams.contains(&format!("\"{f}\":")),
            "stream field {f} not covered"
        );
    }
    for f in CONSUMER_CONFIG_FIELDS {
        assert!(
            consumers.contains(&format!("\"{f}\":")),
            "consumer field {f} not covered"
        );
    }
    for p in ["\"flow_control\"", "\"explicit\"", "\"all\"", "\"none\""] {
        assert!(
            consumers.contains(&format!("\"ack_policy\":{p}")),
            "ack policy {p}"
        );
    }
    replies_match("jetstream/api_config_fields.txt").await;
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
