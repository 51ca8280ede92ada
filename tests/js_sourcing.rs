//! Stream subject transforms, republish, mirrors and sources (issue 15) through async-nats,
//! against rnats and the reference nats-server: what is stored, the republished copies and
//! their headers, the mirror/source state in stream info, upstream's validation errors, and
//! sourcing that resumes after a restart.

use std::time::Duration;

use async_nats::jetstream::{self, stream};
use serde_json::Value;

use crate::jetstream::{api, api_ok, error_of, start_js};
use crate::util::{eventually, next_msg, server_test, Kind, TestServer};

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

    let m = next_msg(&mut rp).await;
    assert_eq!((m.subject.as_str(), &m.payload[..]), ("rp.a", &b"one"[..]));
    assert_eq!(header(&m, "Nats-Stream"), Some("T"));
    assert_eq!(header(&m, "Nats-Subject"), Some("st.a"));
    assert_eq!(header(&m, "Nats-Sequence"), Some("1"));
    assert_eq!(header(&m, "Nats-Last-Sequence"), Some("0"));
    assert!(header(&m, "Nats-Time-Stamp").is_some_and(|t| t.ends_with('Z')));
    assert_eq!(header(&m, "Nats-Msg-Size"), None);
    let m = next_msg(&mut rp).await;
    assert_eq!(m.subject.as_str(), "rp.b");
    assert_eq!(header(&m, "X-Mine"), Some("yes"));
    assert_eq!(header(&m, "Nats-Sequence"), Some("2"));
    let m = next_msg(&mut rp).await;
    assert_eq!(header(&m, "Nats-Sequence"), Some("3"));
    assert_eq!(header(&m, "Nats-Last-Sequence"), Some("1"));

    js.publish("h.x", "12345".into())
        .await
        .expect("pub")
        .await
        .expect("ack");
    let m = next_msg(&mut ho).await;
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

/// Polls stream `name`'s info until `done` holds (within ten seconds), returning it.
async fn info_until(
    client: &async_nats::Client,
    name: &str,
    done: impl Fn(&Value) -> bool,
) -> Value {
    info_within(client, name, Duration::from_secs(10), done).await
}

/// [`info_until`] with its own deadline.
async fn info_within(
    client: &async_nats::Client,
    name: &str,
    within: Duration,
    done: impl Fn(&Value) -> bool,
) -> Value {
    let done = &done;
    let what = format!("stream {name} never got there");
    eventually(&what, within, move || async move {
        let v = api(client, &format!("$JS.API.STREAM.INFO.{name}"), "").await;
        if done(&v) {
            Ok(v)
        } else {
            Err(v.to_string())
        }
    })
    .await
}

/// A mirror copies its origin under the same sequences and times (gaps included); sources
/// aggregate with a filter and a transform, stamping `Nats-Stream-Source`; stream info shows
/// the `mirror`/`sources` state; both resume without gaps or duplicates after a restart.
async fn mirror_and_sources(kind: Kind) {
    let store = tempfile::tempdir().expect("store dir");
    let mut srv = start_js(kind, store.path());
    let client = srv.client().await;
    let js = jetstream::new(client.clone());
    let origin = js
        .create_stream(stream::Config {
            name: "O".into(),
            subjects: vec!["o.>".into()],
            allow_direct: true,
            ..Default::default()
        })
        .await
        .expect("origin");
    for (i, s) in ["o.a", "o.b", "o.a", "o.c"].iter().enumerate() {
        js.publish(*s, format!("m{}", i + 1).into())
            .await
            .expect("pub")
            .await
            .expect("ack");
    }
    origin.delete_message(2).await.expect("delete 2");

    let v = api_ok(
        &client,
        "$JS.API.STREAM.CREATE.M",
        r#"{"name":"M","mirror":{"name":"O"}}"#,
    )
    .await;
    assert_eq!(v["config"]["mirror"], serde_json::json!({"name":"O"}));
    assert_eq!(v["config"]["mirror_direct"], true);
    api_ok(
        &client,
        "$JS.API.STREAM.CREATE.S",
        r#"{"name":"S","subjects":["s.>"],"sources":[{"name":"O","filter_subject":"o.a"},{"name":"O","subject_transforms":[{"src":"o.c","dest":"from.c"}]}]}"#,
    ).await;

    let m = info_until(&client, "M", |v| v["state"]["last_seq"] == 4).await;
    assert_eq!(m["state"]["messages"], 3);
    assert_eq!(m["state"]["first_seq"], 1);
    assert_eq!(m["mirror"]["name"], "O");
    assert_eq!(m["mirror"]["lag"], 0);
    assert!(
        m["mirror"]["active"].as_i64().is_some_and(|a| a >= 0),
        "{m}"
    );
    // The sourcing consumers are internal: the origin does not list them.
    let o = api(&client, "$JS.API.STREAM.INFO.O", "").await;
    assert_eq!(o["state"]["consumer_count"], 0, "{o}");
    let names = api(&client, "$JS.API.CONSUMER.NAMES.O", "").await;
    assert_eq!(names["total"], 0, "{names}");
    let mirror = js.get_stream("M").await.expect("M");
    let (a, b) = (
        origin.get_raw_message(3).await.expect("origin 3"),
        mirror.get_raw_message(3).await.expect("mirror 3"),
    );
    assert_eq!(
        (a.subject.as_str(), &a.payload[..]),
        (b.subject.as_str(), &b.payload[..])
    );
    assert_eq!(a.time, b.time);

    let s = info_until(&client, "S", |v| v["state"]["messages"] == 3).await;
    let names: Vec<&str> = s["sources"]
        .as_array()
        .expect("sources")
        .iter()
        .map(|x| x["name"].as_str().unwrap_or_default())
        .collect();
    assert_eq!(names, ["O", "O"]);
    // Upstream lists sources in no particular order.
    assert!(s["sources"]
        .as_array()
        .is_some_and(|a| a.iter().any(|x| x["filter_subject"] == "o.a")));
    let sourced = js.get_stream("S").await.expect("S");
    // The two sources interleave in no set order: find the first o.a.
    let mut first = sourced.get_raw_message(1).await.expect("s 1");
    if first.subject.as_str() != "o.a" {
        first = sourced.get_raw_message(2).await.expect("s 2");
    }
    assert_eq!(first.subject.as_str(), "o.a");
    let hdr = first
        .headers
        .get("Nats-Stream-Source")
        .map(|v| v.to_string());
    assert!(
        hdr.as_deref()
            .is_some_and(|h| h.starts_with("O 1 o.a > o.a")),
        "{hdr:?}"
    );
    let subjects: Vec<String> = {
        let mut out = Vec::new();
        for seq in 1..=3 {
            out.push(
                sourced
                    .get_raw_message(seq)
                    .await
                    .expect("s")
                    .subject
                    .to_string(),
            );
        }
        out.sort();
        out
    };
    assert_eq!(subjects, ["from.c", "o.a", "o.a"]);

    // Restart: both pick up where they left off, no duplicates, no gaps.
    drop(client);
    srv.terminate();
    let srv = start_js(kind, store.path());
    let client = srv.client().await;
    let js = jetstream::new(client.clone());
    js.publish("o.a", "m5".into())
        .await
        .expect("pub")
        .await
        .expect("ack");
    js.publish("o.c", "m6".into())
        .await
        .expect("pub")
        .await
        .expect("ack");
    let m = info_until(&client, "M", |v| v["state"]["last_seq"] == 6).await;
    assert_eq!(m["state"]["messages"], 5);
    let s = info_until(&client, "S", |v| v["state"]["messages"] == 5).await;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let s2 = api(&client, "$JS.API.STREAM.INFO.S", "").await;
    assert_eq!(
        s2["state"]["messages"], s["state"]["messages"],
        "no duplicates"
    );
}
server_test!(mirror_and_sources => mirror_and_sources_rnats, mirror_and_sources_reference);

/// Stream info counts only messages a get can read: while a source and a publisher keep the
/// file store busy, every `last_seq` that stream info shows is found by a get sent right after.
/// Regression for a flake of `mirror_and_sources` (issue 15): rnats' file store counted a
/// commit before its bytes landed, so `messages == 3` came with sequence 3 not found.
async fn info_counts_only_readable_messages(kind: Kind) {
    const MSGS: usize = 500;
    let store = tempfile::tempdir().expect("store dir");
    let srv = start_js(kind, store.path());
    let client = srv.client().await;
    let js = jetstream::new(client.clone());
    js.create_stream(stream::Config {
        name: "O".into(),
        subjects: vec!["o.>".into()],
        ..Default::default()
    })
    .await
    .expect("origin");
    let sourced = js
        .create_stream(stream::Config {
            name: "S".into(),
            subjects: vec!["s.>".into()],
            sources: Some(vec![stream::Source {
                name: "O".into(),
                ..Default::default()
            }]),
            ..Default::default()
        })
        .await
        .expect("S");
    // Async publishes (acks awaited at the end) from a client of their own.
    let publisher = srv.client().await;
    let pubs = tokio::spawn(async move {
        let js = jetstream::new(publisher);
        let mut acks = Vec::with_capacity(MSGS * 2);
        for i in 0..MSGS {
            let body = format!("m{i}");
            acks.push(js.publish("o.x", body.clone().into()).await.expect("pub o"));
            acks.push(js.publish("s.x", body.into()).await.expect("pub s"));
        }
        for a in acks {
            a.await.expect("ack");
        }
    });
    let mut checked = 0;
    loop {
        let done = pubs.is_finished();
        let v = api(&client, "$JS.API.STREAM.INFO.S", "").await;
        let last = v["state"]["last_seq"].as_u64().expect("last_seq");
        let msgs = v["state"]["messages"].as_u64().expect("messages");
        assert_eq!(msgs, last, "nothing removed: {v}");
        if last > 0 {
            let m = sourced.get_raw_message(last).await;
            assert!(m.is_ok(), "info said last_seq {last}, get: {m:?}");
            checked += 1;
        }
        if done && last == 2 * MSGS as u64 {
            break;
        }
        assert!(checked < 20_000, "S never got all messages: {v}");
    }
    pubs.await.expect("publisher");
    assert!(checked > 10, "only {checked} checks");
}
server_test!(info_counts_only_readable_messages => info_counts_only_readable_messages_rnats, info_counts_only_readable_messages_reference);

/// Creates stream `S`, sourcing `O`, and stream `M`, mirroring it.
async fn create_source_and_mirror(client: &async_nats::Client) {
    api_ok(
        client,
        "$JS.API.STREAM.CREATE.S",
        r#"{"name":"S","sources":[{"name":"O"}]}"#,
    )
    .await;
    api_ok(
        client,
        "$JS.API.STREAM.CREATE.M",
        r#"{"name":"M","mirror":{"name":"O"}}"#,
    )
    .await;
}

/// The consumer names of stream `name`, sorted.
async fn consumer_names(client: &async_nats::Client, name: &str) -> Vec<String> {
    let v = api(client, &format!("$JS.API.CONSUMER.NAMES.{name}"), "").await;
    let mut out: Vec<String> = v["consumers"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|n| n.as_str().map(str::to_string))
        .collect();
    out.sort();
    out
}

/// The interest-retention origin `O` on `o.>`.
async fn create_interest_origin(js: &jetstream::Context) {
    js.create_stream(stream::Config {
        name: "O".into(),
        subjects: vec!["o.>".into()],
        retention: stream::RetentionPolicy::Interest,
        ..Default::default()
    })
    .await
    .expect("origin");
}

/// 2.14: a mirror or source of an interest-retention origin consumes through a durable named
/// after the sourcing stream (`JS_MIRROR_<hash>`, `JS_SRC_<hash>` of "<stream> <account>"),
/// acknowledged through flow control, so the origin counts it and drops each message once
/// both have it; deleting the sourcing stream deletes its durable.
async fn interest_origin_durables(kind: Kind) {
    let store = tempfile::tempdir().expect("store dir");
    let srv = start_js(kind, store.path());
    let client = srv.client().await;
    let js = jetstream::new(client.clone());
    create_interest_origin(&js).await;
    create_source_and_mirror(&client).await;
    info_until(&client, "O", |v| v["state"]["consumer_count"] == 2).await;
    // The names nats-server 2.14 gives them (its `getHash` of "<stream> <account>", and for
    // a source the hash of that hash, `createSourcingConsumerHash`).
    let src = "JS_SRC_N6lXlrSF".to_string();
    let mirror = "JS_MIRROR_ih8eMwqr".to_string();
    let mut want = vec![src.clone(), mirror.clone()];
    want.sort();
    assert_eq!(consumer_names(&client, "O").await, want);
    for (name, kind) in [(&src, "src"), (&mirror, "mirror")] {
        let c = api(&client, &format!("$JS.API.CONSUMER.INFO.O.{name}"), "").await;
        let cfg = &c["config"];
        assert_eq!(cfg["durable_name"], name.as_str(), "{c}");
        assert_eq!(cfg["ack_policy"], "flow_control", "{c}");
        assert_eq!(cfg["flow_control"], true, "{c}");
        assert_eq!(cfg["sourcing"], true, "{c}");
        assert_eq!(cfg["direct"], Value::Null, "{c}");
        assert_eq!(cfg["metadata"][format!("_nats.{kind}.acc")], "$G", "{c}");
    }

    for i in 0..3 {
        js.publish("o.x", format!("m{i}").into())
            .await
            .expect("pub")
            .await
            .expect("ack");
    }
    info_until(&client, "S", |v| v["state"]["messages"] == 3).await;
    info_until(&client, "M", |v| v["state"]["messages"] == 3).await;
    // Acknowledged by the next flow-control answers (sent with the 1 s heartbeats).
    let o = info_until(&client, "O", |v| v["state"]["messages"] == 0).await;
    assert_eq!(o["state"]["last_seq"], 3, "{o}");

    let v = api(&client, "$JS.API.STREAM.DELETE.S", "").await;
    assert_eq!(v["success"], true, "{v}");
    info_until(&client, "O", |v| v["state"]["consumer_count"] == 1).await;
    assert_eq!(consumer_names(&client, "O").await, [mirror]);
}
server_test!(interest_origin_durables => interest_origin_durables_rnats, interest_origin_durables_reference);

/// Waits up to `within` until the consumer names of stream `name` are `want` (sorted).
async fn consumer_names_until(
    client: &async_nats::Client,
    name: &str,
    want: &[&str],
    within: Duration,
) {
    let what = format!("consumers of {name}, want {want:?}");
    eventually(&what, within, move || async move {
        let got = consumer_names(client, name).await;
        if got == want {
            Ok(())
        } else {
            Err(format!("{got:?}"))
        }
    })
    .await
}

/// 2.14 on a stream update: a sourcing durable on an interest-retention origin that the new
/// sources no longer name is deleted, and one they still name is kept. Two sources of the
/// same origin name theirs after their index names; going down to one source renames it
/// (the hash of the stable hash), so both old ones go; changing that one source's filter
/// keeps its name, and its durable stays. (nats-server deletes the old names at once but lets
/// the source it keeps running find its consumer gone by its 10 s stall check, so the new
/// name shows up only then; rnats restarts the sources with the update.)
async fn interest_origin_durables_on_update(kind: Kind) {
    let store = tempfile::tempdir().expect("store dir");
    let srv = start_js(kind, store.path());
    let client = srv.client().await;
    let js = jetstream::new(client.clone());
    create_interest_origin(&js).await;
    let two = r#"{"name":"S","sources":[{"name":"O","filter_subject":"o.a"},{"name":"O","filter_subject":"o.b"}]}"#;
    api_ok(&client, "$JS.API.STREAM.CREATE.S", two).await;
    info_until(&client, "O", |v| v["state"]["consumer_count"] == 2).await;
    let before = consumer_names(&client, "O").await;
    let single = "JS_SRC_N6lXlrSF";
    assert_eq!(before.len(), 2, "{before:?}");
    assert!(
        before
            .iter()
            .all(|n| n.starts_with("JS_SRC_") && n != single),
        "{before:?}"
    );

    let one = r#"{"name":"S","sources":[{"name":"O","filter_subject":"o.a"}]}"#;
    api_ok(&client, "$JS.API.STREAM.UPDATE.S", one).await;
    consumer_names_until(&client, "O", &[single], Duration::from_secs(30)).await;

    let wider = r#"{"name":"S","sources":[{"name":"O","filter_subject":"o.>"}]}"#;
    api_ok(&client, "$JS.API.STREAM.UPDATE.S", wider).await;
    // The durable keeps its name and takes the new filter.
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    loop {
        let c = api(&client, &format!("$JS.API.CONSUMER.INFO.O.{single}"), "").await;
        if c["config"]["filter_subject"] == "o.>" {
            break;
        }
        assert!(tokio::time::Instant::now() < deadline, "{c}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    js.publish("o.c", "c".into())
        .await
        .expect("pub")
        .await
        .expect("ack");
    // Sourced through the kept durable, which the origin then drops the message for.
    info_until(&client, "S", |v| v["state"]["messages"] == 1).await;
    info_until(&client, "O", |v| v["state"]["messages"] == 0).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(consumer_names(&client, "O").await, [single]);
    let c = api(&client, &format!("$JS.API.CONSUMER.INFO.O.{single}"), "").await;
    assert_eq!(c["config"]["durable_name"], single, "{c}");

    api_ok(&client, "$JS.API.STREAM.UPDATE.S", r#"{"name":"S"}"#).await;
    consumer_names_until(&client, "O", &[], Duration::from_secs(10)).await;
}
server_test!(interest_origin_durables_on_update => interest_origin_durables_on_update_rnats, interest_origin_durables_on_update_reference);

/// Upstream's refusals of bad mirror and source configs.
async fn sourcing_errors(kind: Kind) {
    let store = tempfile::tempdir().expect("store dir");
    let srv = start_js(kind, store.path());
    let client = srv.client().await;
    let cases: [(&str, (u64, u64)); 6] = [
        (
            r#"{"name":"E","mirror":{"name":"O"},"subjects":["e"]}"#,
            (400, 10034),
        ),
        (
            r#"{"name":"E","mirror":{"name":"O"},"sources":[{"name":"P"}]}"#,
            (400, 10031),
        ),
        (
            r#"{"name":"E","mirror":{"name":"O"},"first_seq":5}"#,
            (400, 10143),
        ),
        (
            r#"{"name":"E","sources":[{"name":"O"},{"name":"O"}]}"#,
            (400, 10140),
        ),
        (r#"{"name":"E","sources":[{"name":"O.x"}]}"#, (400, 10141)),
        (
            r#"{"name":"E","sources":[{"name":"O","filter_subject":"a","subject_transforms":[{"src":"b","dest":"c"}]}]}"#,
            (400, 10144),
        ),
    ];
    for (body, want) in cases {
        let v: Value = api(&client, "$JS.API.STREAM.CREATE.E", body).await;
        let (code, err_code, _) = error_of(&v);
        assert_eq!((code, err_code), want, "{body}: {v}");
    }
    api(&client, "$JS.API.STREAM.CREATE.O", r#"{"name":"O"}"#).await;
    let v = api(
        &client,
        "$JS.API.STREAM.CREATE.M",
        r#"{"name":"M","mirror":{"name":"O"}}"#,
    )
    .await;
    assert_eq!(error_of(&v).1, 0);
    let v = api(
        &client,
        "$JS.API.STREAM.UPDATE.M",
        r#"{"name":"M","mirror":{"name":"O","filter_subject":"x"}}"#,
    )
    .await;
    assert_eq!(error_of(&v).1, 10055, "{v}");
}
server_test!(sourcing_errors => sourcing_errors_rnats, sourcing_errors_reference);

/// A KV bucket mirror made by async-nats (`mirror` in the bucket config, which sets
/// `mirror_direct`): it copies the bucket, serves direct gets of its own, and answers direct
/// gets for the origin bucket, even once the origin is gone.
async fn kv_mirror(kind: Kind) {
    let store = tempfile::tempdir().expect("store dir");
    let srv = start_js(kind, store.path());
    let client = srv.client().await;
    let js = jetstream::new(client.clone());
    let orig = js
        .create_key_value(jetstream::kv::Config {
            bucket: "ORIG".into(),
            history: 3,
            ..Default::default()
        })
        .await
        .expect("bucket");
    orig.put("k", "v1".into()).await.expect("put");
    orig.put("k", "v2".into()).await.expect("put");
    orig.put("other", "x".into()).await.expect("put");
    js.create_key_value(jetstream::kv::Config {
        bucket: "MIRROR".into(),
        history: 3,
        mirror: Some(stream::Source {
            name: "ORIG".into(),
            ..Default::default()
        }),
        ..Default::default()
    })
    .await
    .expect("mirror bucket");
    let v = info_until(&client, "KV_MIRROR", |v| v["state"]["last_seq"] == 3).await;
    assert_eq!(v["config"]["mirror_direct"], true);
    assert_eq!(v["config"]["mirror"]["name"], "KV_ORIG");

    // The mirror's own direct get finds the origin's keys.
    let m = client
        .request("$JS.API.DIRECT.GET.KV_MIRROR.$KV.ORIG.k", "".into())
        .await
        .expect("direct get");
    assert_eq!(&m.payload[..], b"v2");
    assert_eq!(header(&m, "Nats-Stream"), Some("KV_MIRROR"));

    // async-nats opens the mirror bucket; without `external` it looks keys up under the
    // mirror's own `$KV.MIRROR.` prefix, which holds nothing on either server.
    let mirror = js.get_key_value("MIRROR").await.expect("mirror bucket");
    assert_eq!(mirror.get("k").await.expect("get"), None);

    // With the origin gone, the mirror answers the origin's direct gets.
    js.delete_key_value("ORIG").await.expect("delete origin");
    let m = client
        .request("$JS.API.DIRECT.GET.KV_ORIG.$KV.ORIG.k", "".into())
        .await
        .expect("direct get through the mirror");
    assert_eq!(&m.payload[..], b"v2");
    assert_eq!(header(&m, "Nats-Stream"), Some("KV_MIRROR"));
    assert_eq!(header(&m, "Nats-Sequence"), Some("2"));
}
server_test!(kv_mirror => kv_mirror_rnats, kv_mirror_reference);

/// The origin deleted and recreated: a source and a mirror take up the new origin after the
/// last origin sequence they took (here 4 and 5 of the new one), without duplicates, as
/// nats-server 2.14.
async fn origin_recreated(kind: Kind) {
    let store = tempfile::tempdir().expect("store dir");
    let srv = start_js(kind, store.path());
    let client = srv.client().await;
    let js = jetstream::new(client.clone());
    let create_origin = || async {
        api(
            &client,
            "$JS.API.STREAM.CREATE.O",
            r#"{"name":"O","subjects":["o.>"]}"#,
        )
        .await
    };
    create_origin().await;
    for i in 0..3 {
        js.publish(format!("o.{i}"), "x".into())
            .await
            .expect("pub")
            .await
            .expect("ack");
    }
    create_source_and_mirror(&client).await;
    info_until(&client, "S", |v| v["state"]["messages"] == 3).await;
    info_until(&client, "M", |v| v["state"]["last_seq"] == 3).await;
    api(&client, "$JS.API.STREAM.DELETE.O", "").await;
    create_origin().await;
    for i in 0..5 {
        js.publish(format!("o.n{i}"), "y".into())
            .await
            .expect("pub")
            .await
            .expect("ack");
    }
    // nats-server notices the old origin consumer is gone after its 10 s health check.
    info_within(&client, "S", Duration::from_secs(25), |v| {
        v["state"]["messages"] == 5
    })
    .await;
    let sourced = js.get_stream("S").await.expect("S");
    let (a, b) = (
        sourced.get_raw_message(4).await.expect("4"),
        sourced.get_raw_message(5).await.expect("5"),
    );
    assert_eq!((a.subject.as_str(), b.subject.as_str()), ("o.n3", "o.n4"));
    let m = info_within(&client, "M", Duration::from_secs(25), |v| {
        v["state"]["last_seq"] == 5
    })
    .await;
    assert_eq!(m["state"]["messages"], 5, "{m}");
    let mirror = js.get_stream("M").await.expect("M");
    let (a, b) = (
        mirror.get_raw_message(4).await.expect("4"),
        mirror.get_raw_message(5).await.expect("5"),
    );
    assert_eq!((a.subject.as_str(), b.subject.as_str()), ("o.n3", "o.n4"));
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let s = api(&client, "$JS.API.STREAM.INFO.S", "").await;
    assert_eq!(s["state"]["messages"], 5, "no duplicates: {s}");
    let m = api(&client, "$JS.API.STREAM.INFO.M", "").await;
    assert_eq!(m["state"]["messages"], 5, "no duplicates: {m}");
}
server_test!(origin_recreated => origin_recreated_rnats, origin_recreated_reference);

/// A source in another account, reached through `external` API and deliver prefixes that the
/// account imports (`tests/fixtures/server/js_source_cross_account.conf`).
async fn cross_account_source(kind: Kind) {
    let store = tempfile::tempdir().expect("store dir");
    let conf = crate::util::server_conf("js_source_cross_account.conf");
    let srv = TestServer::start(
        kind,
        &[
            "-js",
            "-sd",
            store.path().to_str().expect("utf-8"),
            "-c",
            &conf,
        ],
    );
    let connect = |u: &'static str| {
        async_nats::ConnectOptions::with_user_and_password(u.into(), u.into()).connect(srv.url())
    };
    let a = connect("a").await.expect("a");
    let b = connect("b").await.expect("b");
    let ja = jetstream::new(a.clone());
    api(
        &a,
        "$JS.API.STREAM.CREATE.O",
        r#"{"name":"O","subjects":["o.>"]}"#,
    )
    .await;
    for i in 0..3 {
        ja.publish(format!("o.{i}"), "x".into())
            .await
            .expect("pub")
            .await
            .expect("ack");
    }
    api_ok(
        &b,
        "$JS.API.STREAM.CREATE.S",
        r#"{"name":"S","sources":[{"name":"O","external":{"api":"JS.A","deliver":"deliver.a"}}]}"#,
    )
    .await;
    let s = info_until(&b, "S", |v| v["state"]["messages"] == 3).await;
    assert_eq!(
        s["sources"][0]["external"],
        serde_json::json!({"api":"JS.A","deliver":"deliver.a"})
    );
    let m = jetstream::new(b.clone())
        .get_stream("S")
        .await
        .expect("S")
        .get_raw_message(3)
        .await
        .expect("3");
    assert_eq!(m.subject.as_str(), "o.2");
}
server_test!(cross_account_source => cross_account_source_rnats, cross_account_source_reference);

/// A sourcing stream's own `subject_transform` and `republish` apply to what it sources.
async fn source_transform_and_republish(kind: Kind) {
    let store = tempfile::tempdir().expect("store dir");
    let srv = start_js(kind, store.path());
    let client = srv.client().await;
    let js = jetstream::new(client.clone());
    let mut rp = client.subscribe("rp.>").await.expect("subscribe");
    client.flush().await.expect("flush");
    api(
        &client,
        "$JS.API.STREAM.CREATE.O",
        r#"{"name":"O","subjects":["o.>"]}"#,
    )
    .await;
    api_ok(
        &client,
        "$JS.API.STREAM.CREATE.S",
        r#"{"name":"S","sources":[{"name":"O"}],"subject_transform":{"src":"o.*","dest":"t.$1"},"republish":{"src":"t.>","dest":"rp.>"}}"#,
    ).await;
    js.publish("o.a", "x".into())
        .await
        .expect("pub")
        .await
        .expect("ack");
    let m = next_msg(&mut rp).await;
    assert_eq!(m.subject.as_str(), "rp.a");
    assert_eq!(header(&m, "Nats-Stream"), Some("S"));
    assert_eq!(header(&m, "Nats-Subject"), Some("t.a"));
    assert!(header(&m, "Nats-Stream-Source").is_some_and(|h| h.starts_with("O 1 ")));
}
server_test!(source_transform_and_republish => source_transform_and_republish_rnats, source_transform_and_republish_reference);

/// An Object Store bucket mirrored: a 600 KB object (five chunks, past the origin consumer's
/// flow-control window) arrives whole, message for message.
async fn object_store_mirror(kind: Kind) {
    let store = tempfile::tempdir().expect("store dir");
    let srv = start_js(kind, store.path());
    let client = srv.client().await;
    let js = jetstream::new(client.clone());
    let bucket = js
        .create_object_store(jetstream::object_store::Config {
            bucket: "OBJ".into(),
            ..Default::default()
        })
        .await
        .expect("bucket");
    let data: Vec<u8> = (0..600_000u32).map(|i| (i % 251) as u8).collect();
    bucket
        .put("big", &mut data.as_slice())
        .await
        .expect("put object");
    api_ok(
        &client,
        "$JS.API.STREAM.CREATE.OBJ_MIRROR",
        r#"{"name":"OBJ_MIRROR","mirror":{"name":"OBJ_OBJ"}}"#,
    )
    .await;
    let origin = api(&client, "$JS.API.STREAM.INFO.OBJ_OBJ", "").await;
    let last = origin["state"]["last_seq"].clone();
    let m = info_until(&client, "OBJ_MIRROR", |v| v["state"]["last_seq"] == last).await;
    assert_eq!(m["state"]["messages"], origin["state"]["messages"]);
    assert_eq!(m["state"]["bytes"], origin["state"]["bytes"]);
    let (o, c) = (
        js.get_stream("OBJ_OBJ").await.expect("origin"),
        js.get_stream("OBJ_MIRROR").await.expect("mirror"),
    );
    for seq in 1..=last.as_u64().expect("seq") {
        let (a, b) = (
            o.get_raw_message(seq).await.expect("origin msg"),
            c.get_raw_message(seq).await.expect("mirror msg"),
        );
        assert_eq!((a.subject, a.payload), (b.subject, b.payload), "seq {seq}");
    }
}
server_test!(object_store_mirror => object_store_mirror_rnats, object_store_mirror_reference);

/// Runs `rnats -s URL ARGS` without a terminal or `NATS_*` variables, in a private home;
/// returns `(exit code, stdout, stderr)`.
fn rnats_cli(home: &std::path::Path, url: &str, args: &[&str]) -> (i32, String, String) {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_rnats"));
    cmd.arg("-s").arg(url).args(args);
    for (k, _) in std::env::vars_os() {
        if k.to_string_lossy().starts_with("NATS_") {
            cmd.env_remove(k);
        }
    }
    let out = crate::util::run_bounded(
        {
            cmd.env("XDG_CONFIG_HOME", home)
                .env("HOME", home)
                .stdin(std::process::Stdio::null());
            cmd
        },
        Duration::from_secs(20),
    );
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// natscli's `stream add` flags `--mirror`, `--source`, `--transform-source`/`-destination`
/// and `--republish-source`/`-destination`/`-headers`, against either server.
async fn cli_sourcing_flags(kind: Kind) {
    let store = tempfile::tempdir().expect("store dir");
    let home = tempfile::tempdir().expect("home");
    let srv = start_js(kind, store.path());
    let url = srv.url();
    let client = srv.client().await;
    let run = |args: &[&str]| rnats_cli(home.path(), &url, args);
    let (code, _, err) = run(&["stream", "add", "O", "--subjects", "o.>", "--defaults"]);
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = run(&["stream", "add", "M", "--mirror", "O", "--defaults"]);
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = run(&[
        "stream",
        "add",
        "S",
        "--source",
        "O",
        "--source",
        r#"{"name":"P","filter_subject":"p.a"}"#,
        "--transform-source",
        "o.*",
        "--transform-destination",
        "s.$1",
        "--republish-source",
        "s.>",
        "--republish-destination",
        "rp.>",
        "--republish-headers",
        "--defaults",
    ]);
    assert_eq!(code, 0, "{err}");
    let m = api(&client, "$JS.API.STREAM.INFO.M", "").await;
    assert_eq!(m["config"]["mirror"], serde_json::json!({"name":"O"}));
    assert!(m["config"].get("subjects").is_none(), "{m}");
    let s = api(&client, "$JS.API.STREAM.INFO.S", "").await;
    assert_eq!(
        s["config"]["sources"],
        serde_json::json!([{"name":"O"},{"name":"P","filter_subject":"p.a"}])
    );
    assert_eq!(
        s["config"]["subject_transform"],
        serde_json::json!({"src":"o.*","dest":"s.$1"})
    );
    assert_eq!(
        s["config"]["republish"],
        serde_json::json!({"src":"s.>","dest":"rp.>","headers_only":true})
    );
    // natscli's `stream info` sections for them.
    let (code, out, err) = run(&["stream", "info", "S"]);
    assert_eq!(code, 0, "{err}");
    for want in [
        "Subject Transform: o.* to s.$1",
        "Republishing Headers: s.> to rp.>",
        "Replication",
        "Sources: O",
        "P",
        "Source Information",
        "Stream Name: O",
        "Subject Filter: p.a",
    ] {
        assert!(out.contains(want), "{want:?} in {out}");
    }
    let (code, out, err) = run(&["stream", "info", "M"]);
    assert_eq!(code, 0, "{err}");
    for want in [
        "Mirror: O",
        "Mirror Information",
        "Stream Name: O",
        "Lag: 0",
    ] {
        assert!(out.contains(want), "{want:?} in {out}");
    }
    let (code, _, err) = run(&[
        "stream",
        "add",
        "X",
        "--mirror",
        "O",
        "--subjects",
        "x",
        "--defaults",
    ]);
    assert_ne!(code, 0);
    assert!(
        err.contains("mirrors cannot listen for messages on subjects"),
        "{err}"
    );
    let (code, _, err) = run(&[
        "stream",
        "add",
        "Y",
        "--subjects",
        "y",
        "--republish-source",
        "y",
        "--defaults",
    ]);
    assert_ne!(code, 0);
    assert!(
        err.contains("must specify both --republish-source and --republish-destination"),
        "{err}"
    );
}
server_test!(cli_sourcing_flags => cli_sourcing_flags_rnats, cli_sourcing_flags_reference);

/// `opt_start_seq` and `opt_start_time`: a mirror starting at origin sequence 3 holds 3.. under
/// the same sequences; a source starting at a time after the first messages takes the later
/// ones only.
async fn start_positions(kind: Kind) {
    let store = tempfile::tempdir().expect("store dir");
    let srv = start_js(kind, store.path());
    let client = srv.client().await;
    let js = jetstream::new(client.clone());
    api(
        &client,
        "$JS.API.STREAM.CREATE.O",
        r#"{"name":"O","subjects":["o.>"]}"#,
    )
    .await;
    for i in 0..3 {
        js.publish(format!("o.{i}"), "x".into())
            .await
            .expect("pub")
            .await
            .expect("ack");
    }
    tokio::time::sleep(Duration::from_millis(50)).await;
    for i in 3..5 {
        js.publish(format!("o.{i}"), "y".into())
            .await
            .expect("pub")
            .await
            .expect("ack");
    }
    // The fourth message's own time: the source takes it and what follows.
    let got = api(&client, "$JS.API.STREAM.MSG.GET.O", r#"{"seq":4}"#).await;
    let cut = got["message"]["time"].as_str().expect("time").to_string();
    api(
        &client,
        "$JS.API.STREAM.CREATE.M",
        r#"{"name":"M","mirror":{"name":"O","opt_start_seq":3}}"#,
    )
    .await;
    let body = format!(r#"{{"name":"S","sources":[{{"name":"O","opt_start_time":"{cut}"}}]}}"#);
    api_ok(&client, "$JS.API.STREAM.CREATE.S", &body).await;
    let m = info_until(&client, "M", |v| v["state"]["last_seq"] == 5).await;
    assert_eq!(
        (
            m["state"]["first_seq"].clone(),
            m["state"]["messages"].clone()
        ),
        (3.into(), 3.into())
    );
    let s = info_until(&client, "S", |v| v["state"]["messages"] == 2).await;
    let first = js
        .get_stream("S")
        .await
        .expect("S")
        .get_raw_message(1)
        .await
        .expect("1");
    assert_eq!(first.subject.as_str(), "o.3", "{s}");
}
server_test!(start_positions => start_positions_rnats, start_positions_reference);

/// async-nats' own `Source::domain` field is sent as is for sources, and nats-server refuses
/// it as a field `StreamSource` does not have (`invalid JSON`, 10025), as rnats does; the same
/// origin named through `external.api` = `$JS.hub.API` is accepted.
async fn source_domain_field(kind: Kind) {
    let store = tempfile::tempdir().expect("store dir");
    let conf = crate::util::server_conf("js_domain_hub.conf");
    let srv = TestServer::start(
        kind,
        &[
            "-js",
            "-sd",
            store.path().to_str().expect("utf-8"),
            "-c",
            &conf,
        ],
    );
    let client = srv.client().await;
    let js = jetstream::new(client.clone());
    api(
        &client,
        "$JS.API.STREAM.CREATE.O",
        r#"{"name":"O","subjects":["o.>"]}"#,
    )
    .await;
    let e = js
        .create_stream(stream::Config {
            name: "S".into(),
            sources: Some(vec![stream::Source {
                name: "O".into(),
                domain: Some("hub".into()),
                ..Default::default()
            }]),
            ..Default::default()
        })
        .await
        .expect_err("domain is no StreamSource field");
    assert!(e.to_string().contains("10025"), "{e}");
    let v = api_ok(
        &client,
        "$JS.API.STREAM.CREATE.S",
        r#"{"name":"S","sources":[{"name":"O","external":{"api":"$JS.hub.API","deliver":""}}]}"#,
    )
    .await;
    assert_eq!(v["config"]["sources"][0]["external"]["api"], "$JS.hub.API");
}
server_test!(source_domain_field => source_domain_field_rnats, source_domain_field_reference);
