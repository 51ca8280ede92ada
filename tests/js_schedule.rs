//! Message schedules (ADR-51) and subject delete markers (ADR-43) end to end, with async-nats
//! against rnats and the reference nats-server 2.14 (twins), each with JetStream on a
//! temporary store:
//!
//! - [`schedule_at_fires_once`]: an `@at` schedule stores one copy on its target with
//!   `Nats-Scheduler` and `Nats-Schedule-Next: purge`, and the schedule itself is purged;
//! - [`schedule_every_repeats_until_replaced`]: `@every 1s` fires repeatedly with an RFC3339
//!   `Nats-Schedule-Next`, a `Nats-Schedule-Source` sends the source's last message, and a plain
//!   message on the schedule's subject ends it;
//! - [`schedule_survives_restart`]: a pending `@at` schedule fires after `kill -9` and restart,
//!   and an `@every` schedule goes on;
//! - [`schedule_cron_in_zone`]: a cron schedule in `Nats-Schedule-Time-Zone` announces its next
//!   firing with the zone's offset; `@every` takes no zone;
//! - [`cli_schedules`]: natscli's `stream add --allow-schedules --subject-del-markers-ttl`,
//!   `pub --schedule-*` and their checks, `stream edit --allow-schedules`;
//! - [`schedule_errors`]: invalid schedules get upstream's codes (10188–10192, 10203, 10212,
//!   10223) and the config rules (roll-ups turned on, schedules cannot be turned off);
//! - [`delete_markers_on_expiry`]: with `subject_delete_marker_ttl`, max_age and per-message
//!   TTL expiry leave a `Nats-Marker-Reason: MaxAge` marker carrying `Nats-TTL`, which expires
//!   in turn.

use std::time::{Duration, Instant};

use async_nats::jetstream::{self, message::StreamMessage};
use async_nats::HeaderMap;
use serde_json::{json, Value};

use crate::jetstream::{api, error_of};
use crate::util::{server_test, signal, Kind, TestServer};

fn start_js(kind: Kind, store: &std::path::Path) -> TestServer {
    let dir = store.to_str().expect("utf-8 path");
    TestServer::start(kind, &["-js", "-sd", dir])
}

/// Creates a stream from raw JSON and returns the config the server answered with.
async fn create(client: &async_nats::Client, cfg: Value) -> Value {
    let name = cfg["name"].as_str().expect("name").to_string();
    let r = api(
        client,
        &format!("$JS.API.STREAM.CREATE.{name}"),
        &cfg.to_string(),
    )
    .await;
    assert_eq!(error_of(&r).1, 0, "create {name}: {r}");
    r["config"].clone()
}

/// Publishes with headers and returns the PubAck JSON (or error).
async fn publish(
    client: &async_nats::Client,
    subject: &str,
    hdrs: &[(&str, &str)],
    body: &str,
) -> Value {
    let mut h = HeaderMap::new();
    for (k, v) in hdrs {
        h.insert(*k, *v);
    }
    let m = client
        .request_with_headers(subject.to_string(), h, body.to_string().into())
        .await
        .unwrap_or_else(|e| panic!("publish {subject}: {e}"));
    serde_json::from_slice(&m.payload).expect("PubAck JSON")
}

/// The last message stored on `subject`, if any.
async fn last(js: &jetstream::Context, stream: &str, subject: &str) -> Option<StreamMessage> {
    let s = js.get_stream(stream).await.expect("stream");
    s.get_last_raw_message_by_subject(subject).await.ok()
}

/// Waits (bounded) for a message on `subject` matching `ok`.
async fn wait_for(
    js: &jetstream::Context,
    stream: &str,
    subject: &str,
    within: Duration,
    ok: impl Fn(&StreamMessage) -> bool,
) -> StreamMessage {
    let deadline = Instant::now() + within;
    loop {
        if let Some(m) = last(js, stream, subject).await {
            if ok(&m) {
                return m;
            }
        }
        assert!(
            Instant::now() < deadline,
            "no matching message on {subject} within {within:?}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Messages held on `subject`.
async fn count(client: &async_nats::Client, stream: &str, subject: &str) -> u64 {
    let r = api(
        client,
        &format!("$JS.API.STREAM.INFO.{stream}"),
        &json!({ "subjects_filter": subject }).to_string(),
    )
    .await;
    r["state"]["subjects"][subject].as_u64().unwrap_or(0)
}

fn header<'a>(m: &'a StreamMessage, name: &str) -> Option<&'a str> {
    m.headers.get(name).map(|v| v.as_str())
}

/// RFC3339 of now plus `secs`, whole seconds, UTC.
fn at(secs: i64) -> String {
    (chrono::Utc::now() + chrono::TimeDelta::seconds(secs))
        .format("%Y-%m-%dT%H:%M:%SZ")
        .to_string()
}

fn schedules_stream(name: &str, storage: &str) -> Value {
    json!({
        "name": name,
        "subjects": ["sched.>", "target.>", "src.>"],
        "storage": storage,
        "allow_msg_schedules": true,
        "allow_msg_ttl": true,
    })
}

async fn schedule_at_fires_once(kind: Kind) {
    let store = tempfile::tempdir().expect("store");
    let srv = start_js(kind, store.path());
    let client = srv.client().await;
    let js = jetstream::new(client.clone());
    create(&client, schedules_stream("S", "memory")).await;
    let ack = publish(
        &client,
        "sched.a",
        &[
            ("Nats-Schedule", &format!("@at {}", at(1))),
            ("Nats-Schedule-Target", "target.a"),
            ("Nats-Schedule-TTL", "30s"),
            ("Custom", "kept"),
            ("Nats-Msg-Id", "id-1"),
        ],
        "hello",
    )
    .await;
    assert_eq!(ack["seq"], 1, "{ack}");
    // The schedule is stored with a subject roll-up added.
    let sched = last(&js, "S", "sched.a").await.expect("schedule stored");
    assert_eq!(header(&sched, "Nats-Rollup"), Some("sub"));

    let m = wait_for(&js, "S", "target.a", Duration::from_secs(6), |_| true).await;
    assert_eq!(&m.payload[..], b"hello");
    assert_eq!(header(&m, "Nats-Scheduler"), Some("sched.a"));
    assert_eq!(header(&m, "Nats-Schedule-Next"), Some("purge"));
    assert_eq!(header(&m, "Nats-TTL"), Some("30s"));
    assert_eq!(header(&m, "Custom"), Some("kept"));
    for gone in [
        "Nats-Schedule",
        "Nats-Schedule-Target",
        "Nats-Schedule-TTL",
        "Nats-Msg-Id",
        "Nats-Rollup",
    ] {
        assert_eq!(header(&m, gone), None, "{gone}");
    }
    // The one-off schedule is purged; it does not fire again.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(count(&client, "S", "sched.a").await, 0);
    assert_eq!(count(&client, "S", "target.a").await, 1);
}
server_test!(schedule_at_fires_once => schedule_at_fires_once_rnats, schedule_at_fires_once_reference);

async fn schedule_every_repeats_until_replaced(kind: Kind) {
    let store = tempfile::tempdir().expect("store");
    let srv = start_js(kind, store.path());
    let client = srv.client().await;
    let js = jetstream::new(client.clone());
    create(&client, schedules_stream("E", "file")).await;
    publish(&client, "src.last", &[], "from-source").await;
    let ack = publish(
        &client,
        "sched.e",
        &[
            ("Nats-Schedule", "@every 1s"),
            ("Nats-Schedule-Target", "target.e"),
            ("Nats-Schedule-Source", "src.last"),
        ],
        "own-body",
    )
    .await;
    assert_eq!(ack["seq"], 2, "{ack}");
    let deadline = Instant::now() + Duration::from_secs(8);
    while count(&client, "E", "target.e").await < 3 {
        assert!(Instant::now() < deadline, "@every 1s did not fire 3 times");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let m = last(&js, "E", "target.e").await.expect("fired");
    assert_eq!(&m.payload[..], b"from-source");
    assert_eq!(header(&m, "Nats-Scheduler"), Some("sched.e"));
    let next = header(&m, "Nats-Schedule-Next").expect("next").to_string();
    let next =
        chrono::DateTime::parse_from_rfc3339(&next).unwrap_or_else(|e| panic!("{next}: {e}"));
    let ahead = next.timestamp() - chrono::Utc::now().timestamp();
    assert!(
        (-1..=2).contains(&ahead),
        "next firing {next} is {ahead}s away"
    );
    // The schedule stays in place.
    assert_eq!(count(&client, "E", "sched.e").await, 1);

    // Any other message on the schedule's subject ends it.
    publish(&client, "sched.e", &[], "plain").await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let n = count(&client, "E", "target.e").await;
    tokio::time::sleep(Duration::from_millis(2000)).await;
    assert_eq!(
        count(&client, "E", "target.e").await,
        n,
        "schedule still fires"
    );
}
server_test!(schedule_every_repeats_until_replaced => schedule_every_repeats_until_replaced_rnats, schedule_every_repeats_until_replaced_reference);

async fn schedule_survives_restart(kind: Kind) {
    let store = tempfile::tempdir().expect("store");
    let mut srv = start_js(kind, store.path());
    let client = srv.client().await;
    create(&client, schedules_stream("R", "file")).await;
    let ack = publish(
        &client,
        "sched.r",
        &[
            ("Nats-Schedule", &format!("@at {}", at(2))),
            ("Nats-Schedule-Target", "target.r"),
        ],
        "after-restart",
    )
    .await;
    assert_eq!(ack["seq"], 1, "{ack}");
    let ack = publish(
        &client,
        "sched.e",
        &[
            ("Nats-Schedule", "@every 1s"),
            ("Nats-Schedule-Target", "target.e"),
        ],
        "every",
    )
    .await;
    assert_eq!(ack["seq"], 2, "{ack}");
    // A duplicate (not stored) plain message does not end the schedule.
    publish(&client, "target.other", &[("Nats-Msg-Id", "d")], "plain").await;
    let ack = publish(&client, "sched.e", &[("Nats-Msg-Id", "d")], "plain").await;
    assert_eq!(ack["duplicate"], true, "{ack}");
    signal(srv.pid(), "KILL");
    srv.wait_exit(Duration::from_secs(10));
    drop(client);

    let srv = start_js(kind, store.path());
    let client = srv.client().await;
    let js = jetstream::new(client.clone());
    let m = wait_for(&js, "R", "target.r", Duration::from_secs(8), |_| true).await;
    assert_eq!(&m.payload[..], b"after-restart");
    assert_eq!(header(&m, "Nats-Scheduler"), Some("sched.r"));
    assert_eq!(header(&m, "Nats-Schedule-Next"), Some("purge"));
    // The repeating schedule goes on after the restart.
    let n = count(&client, "R", "target.e").await;
    let deadline = Instant::now() + Duration::from_secs(5);
    while count(&client, "R", "target.e").await <= n {
        assert!(
            Instant::now() < deadline,
            "@every schedule did not fire after the restart"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}
server_test!(schedule_survives_restart => schedule_survives_restart_rnats, schedule_survives_restart_reference);

/// Subject, headers, expected err_code.
type Case<'a> = (&'a str, Vec<(&'a str, &'a str)>, u64);

async fn schedule_errors(kind: Kind) {
    let store = tempfile::tempdir().expect("store");
    let srv = start_js(kind, store.path());
    let client = srv.client().await;
    let cfg = create(&client, schedules_stream("X", "memory")).await;
    assert_eq!(cfg["allow_msg_schedules"], true);
    assert_eq!(cfg["allow_rollup_hdrs"], true, "{cfg}");
    // Schedules need API level 2 (upstream `setStaticStreamMetadata`).
    assert_eq!(cfg["metadata"]["_nats.req.level"], "2", "{cfg}");
    create(
        &client,
        json!({"name": "OFF", "subjects": ["off.>"], "storage": "memory"}),
    )
    .await;

    let later = format!("@at {}", at(3600));
    let target = ("Nats-Schedule-Target", "target.x");
    let cases: Vec<Case> = vec![
        (
            "off.a",
            vec![
                ("Nats-Schedule", "@every 1s"),
                ("Nats-Schedule-Target", "off.b"),
            ],
            10188,
        ),
        ("off.a", vec![("Nats-Schedule", "@every 1ms")], 10188),
        (
            "sched.x",
            vec![("Nats-Schedule", "@every 100ms"), target],
            10189,
        ),
        (
            "sched.x",
            vec![("Nats-Schedule", "@at tomorrow"), target],
            10189,
        ),
        ("sched.x", vec![("Nats-Schedule", "* * *"), target], 10189),
        ("sched.x", vec![("Nats-Schedule", &later)], 10190),
        (
            "sched.x",
            vec![
                ("Nats-Schedule", &later),
                ("Nats-Schedule-Target", "sched.x"),
            ],
            10190,
        ),
        (
            "sched.x",
            vec![
                ("Nats-Schedule", &later),
                ("Nats-Schedule-Target", "elsewhere"),
            ],
            10190,
        ),
        (
            "sched.x",
            vec![
                ("Nats-Schedule", &later),
                target,
                ("Nats-Schedule-TTL", "bogus"),
            ],
            10191,
        ),
        (
            "sched.x",
            vec![
                ("Nats-Schedule", &later),
                target,
                ("Nats-Schedule-Rollup", "all"),
            ],
            10192,
        ),
        (
            "sched.x",
            vec![("Nats-Schedule", &later), target, ("Nats-Rollup", "all")],
            10192,
        ),
        (
            "sched.x",
            vec![
                ("Nats-Schedule", &later),
                target,
                ("Nats-Schedule-Source", "target.x"),
            ],
            10203,
        ),
        ("sched.x", vec![("Nats-Scheduler", "sched.y")], 10212),
        (
            "sched.x",
            vec![
                ("Nats-Schedule-Next", "soon"),
                ("Nats-Scheduler", "sched.y"),
            ],
            10212,
        ),
        (
            "sched.x",
            vec![
                ("Nats-Schedule", "0 0 * * * *"),
                target,
                ("Nats-Schedule-Time-Zone", "Mars/Olympus"),
            ],
            10223,
        ),
    ];
    for (subject, hdrs, code) in cases {
        let r = publish(&client, subject, &hdrs, "x").await;
        assert_eq!(error_of(&r).1, code, "{subject} {hdrs:?}: {r}");
    }
    // A valid cron pattern is taken.
    let r = publish(
        &client,
        "sched.c",
        &[("Nats-Schedule", "0 0 0 1 1 *"), target],
        "x",
    )
    .await;
    assert!(r["seq"].as_u64().is_some(), "{r}");
    // Schedules cannot be turned off again.
    let mut off = schedules_stream("X", "memory");
    off["allow_msg_schedules"] = json!(false);
    let r = api(&client, "$JS.API.STREAM.UPDATE.X", &off.to_string()).await;
    assert_eq!(
        error_of(&r),
        (
            500,
            10052,
            "message schedules can not be disabled".to_string()
        ),
        "{r}"
    );
}
server_test!(schedule_errors => schedule_errors_rnats, schedule_errors_reference);

async fn delete_markers_on_expiry(kind: Kind) {
    let store = tempfile::tempdir().expect("store");
    let srv = start_js(kind, store.path());
    let client = srv.client().await;
    let js = jetstream::new(client.clone());
    let sec = 1_000_000_000u64;
    let cfg = create(
        &client,
        json!({"name": "M", "subjects": ["m.>"], "max_age": sec, "subject_delete_marker_ttl": sec}),
    )
    .await;
    assert_eq!(cfg["allow_msg_ttl"], true, "{cfg}");
    assert_eq!(cfg["allow_rollup_hdrs"], true, "{cfg}");
    assert_eq!(cfg["metadata"]["_nats.req.level"], "1", "{cfg}");
    // Two messages on one subject: the older goes silently, the last leaves a marker.
    publish(&client, "m.a", &[], "1").await;
    publish(&client, "m.a", &[], "2").await;
    let marker = wait_for(&js, "M", "m.a", Duration::from_secs(5), |m| {
        m.payload.is_empty()
    })
    .await;
    assert_eq!(marker.sequence, 3);
    assert_eq!(header(&marker, "Nats-Marker-Reason"), Some("MaxAge"));
    assert_eq!(header(&marker, "Nats-TTL"), Some("1s"));
    assert_eq!(count(&client, "M", "m.a").await, 1);
    // The marker expires in turn, without a marker of its own.
    let deadline = Instant::now() + Duration::from_secs(5);
    while count(&client, "M", "m.a").await > 0 {
        assert!(Instant::now() < deadline, "marker did not expire");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }

    // Per-message TTL below the marker TTL is raised to it; its expiry leaves a marker too.
    let cfg = create(
        &client,
        json!({"name": "T", "subjects": ["t.>"], "allow_msg_ttl": true, "subject_delete_marker_ttl": 2 * sec}),
    )
    .await;
    assert_eq!(cfg["subject_delete_marker_ttl"], 2 * sec);
    let ack = publish(&client, "t.k", &[("Nats-TTL", "1s")], "v").await;
    assert_eq!(ack["seq"], 1, "{ack}");
    let stored = last(&js, "T", "t.k").await.expect("stored");
    assert_eq!(header(&stored, "Nats-TTL"), Some("2"));
    let marker = wait_for(&js, "T", "t.k", Duration::from_secs(6), |m| m.sequence == 2).await;
    assert_eq!(header(&marker, "Nats-Marker-Reason"), Some("MaxAge"));
    assert_eq!(header(&marker, "Nats-TTL"), Some("2s"));
    assert_eq!(header(&marker, "Nats-Rollup"), Some("sub"));

    // Config rules.
    let bad = |v: Value| {
        let client = client.clone();
        async move {
            let r = api(&client, "$JS.API.STREAM.CREATE.B", &v.to_string()).await;
            error_of(&r)
        }
    };
    let e = bad(json!({"name": "B", "subject_delete_marker_ttl": sec / 2})).await;
    assert_eq!(
        e,
        (
            500,
            10052,
            "subject delete marker TTL must be at least 1 second".to_string()
        )
    );
    let e =
        bad(json!({"name": "B", "mirror": {"name": "M"}, "subject_delete_marker_ttl": sec})).await;
    assert_eq!(
        e,
        (
            500,
            10052,
            "subject delete markers forbidden on mirrors".to_string()
        )
    );
}
server_test!(delete_markers_on_expiry => delete_markers_on_expiry_rnats, delete_markers_on_expiry_reference);

/// A cron schedule in a time zone fires on that zone's clock and announces its next firing with
/// the zone's offset; `@every` takes no zone.
async fn schedule_cron_in_zone(kind: Kind) {
    if !std::path::Path::new("/usr/share/zoneinfo/Europe/Amsterdam").exists() {
        eprintln!("skipping: no system zoneinfo");
        return;
    }
    let store = tempfile::tempdir().expect("store");
    let srv = start_js(kind, store.path());
    let client = srv.client().await;
    let js = jetstream::new(client.clone());
    create(&client, schedules_stream("Z", "memory")).await;
    let zone = ("Nats-Schedule-Time-Zone", "Europe/Amsterdam");
    let target = ("Nats-Schedule-Target", "target.z");
    let r = publish(
        &client,
        "sched.z",
        &[("Nats-Schedule", "@every 1s"), target, zone],
        "x",
    )
    .await;
    assert_eq!(error_of(&r).1, 10189, "{r}");
    let r = publish(
        &client,
        "sched.z",
        &[("Nats-Schedule", "* * * * * *"), target, zone],
        "z",
    )
    .await;
    assert_eq!(r["seq"], 1, "{r}");
    let m = wait_for(&js, "Z", "target.z", Duration::from_secs(5), |_| true).await;
    let next = header(&m, "Nats-Schedule-Next").expect("next").to_string();
    assert!(
        next.ends_with("+01:00") || next.ends_with("+02:00"),
        "{next}"
    );
    assert!(
        chrono::DateTime::parse_from_rfc3339(&next).is_ok(),
        "{next}"
    );
    publish(&client, "sched.z", &[], "stop").await;
}
server_test!(schedule_cron_in_zone => schedule_cron_in_zone_rnats, schedule_cron_in_zone_reference);

/// natscli's surface: `stream add --allow-schedules --subject-del-markers-ttl`, `pub
/// --schedule-*` (which implies `--jetstream`) and its checks, `stream edit` turning schedules
/// on, all through the real binary.
async fn cli_schedules(kind: Kind) {
    use crate::cli_kv::nats;
    let store = tempfile::tempdir().expect("store");
    let srv = start_js(kind, store.path());
    let url = srv.url();
    let d = store.path();
    let client = srv.client().await;
    let js = jetstream::new(client.clone());
    let info = nats(
        d,
        &url,
        &[
            "stream",
            "add",
            "C",
            "--subjects",
            "sched.>",
            "--subjects",
            "target.>",
            "--allow-schedules",
            "--subject-del-markers-ttl",
            "1m",
            "--defaults",
        ],
    )
    .ok()
    .text();
    assert!(info.contains("Allows Schedules: true"), "{info}");
    assert!(info.contains("Subject Delete Markers TTL: 1m0s"), "{info}");
    assert!(info.contains("Allows Per-Message TTL: true"), "{info}");

    let out = nats(
        d,
        &url,
        &[
            "pub",
            "sched.a",
            "fired",
            "--schedule-at",
            &at(1),
            "--schedule-dest",
            "target.a",
            "--schedule-ttl",
            "1m",
        ],
    )
    .ok();
    assert!(
        out.stderr.contains("Stored in Stream: C Sequence: 1"),
        "{}",
        out.stderr
    );
    let m = wait_for(&js, "C", "target.a", Duration::from_secs(6), |_| true).await;
    assert_eq!(&m.payload[..], b"fired");
    assert_eq!(header(&m, "Nats-TTL"), Some("1m0s"));

    let out = nats(
        d,
        &url,
        &[
            "pub",
            "sched.b",
            "x",
            "--schedule-every",
            "1h",
            "--schedule-dest",
            "target.b",
        ],
    )
    .ok();
    assert!(
        out.stderr.contains("Stored in Stream: C Sequence: 3"),
        "{}",
        out.stderr
    );
    let s = last(&js, "C", "sched.b").await.expect("schedule");
    assert_eq!(header(&s, "Nats-Schedule"), Some("@every 1h0m0s"));
    let out = nats(
        d,
        &url,
        &[
            "pub",
            "sched.c",
            "x",
            "--schedule-cron",
            "0 0 0 1 1 *",
            "--schedule-dest",
            "target.c",
        ],
    )
    .ok();
    assert!(out.stderr.contains("Sequence: 4"), "{}", out.stderr);

    for (args, err) in [
        (vec!["--schedule-every", "1s"], "schedule destination is required when setting schedule properties"),
        (vec!["--schedule-dest", "t", "--schedule-at", &at(5), "--schedule-after", "1s"], "--schedule-at and --schedule-after are mutually exclusive"),
        (vec!["--schedule-dest", "t", "--schedule-every", "1s", "--schedule-cron", "@hourly"], "--schedule-at, --schedule-every and --schedule-after may not be used with --schedule-cron"),
    ] {
        let mut all = vec!["pub", "sched.x", "y"];
        all.extend(args.iter().copied());
        let out = nats(d, &url, &all);
        assert_eq!(out.code, 1, "{all:?}: {}", out.stderr);
        assert!(out.stderr.contains(err), "{all:?}: {}", out.stderr);
    }
    // The server's refusal reaches the user.
    let out = nats(
        d,
        &url,
        &[
            "pub",
            "sched.x",
            "y",
            "--schedule-every",
            "100ms",
            "--schedule-dest",
            "target.x",
        ],
    );
    assert_eq!(out.code, 1);
    assert!(
        out.stderr.contains("message schedules pattern is invalid"),
        "{}",
        out.stderr
    );

    // `stream edit` turns schedules on.
    nats(
        d,
        &url,
        &["stream", "add", "E", "--subjects", "e.>", "--defaults"],
    )
    .ok();
    let out = nats(d, &url, &["stream", "edit", "E", "--allow-schedules", "-f"]).ok();
    assert!(
        out.text().contains("Allows Schedules: true"),
        "{}",
        out.text()
    );
}
server_test!(cli_schedules => cli_schedules_rnats, cli_schedules_reference);
