//! Monitoring over the system account: `$SYS.REQ.SERVER.PING`, `$SYS.REQ.SERVER.PING.<KIND>`
//! and `$SYS.REQ.SERVER.<id>.<KIND>` (upstream `server/events.go` `zReq`, `statszReq`).
//!
//! The replies are compared by shape (keys, types and the values that do not depend on timing)
//! rather than byte for byte; the `data` itself is the HTTP endpoints' report, which
//! `tests/server.rs` and the monitor unit tests check in detail.

use std::collections::BTreeSet;
use std::time::Duration;

use async_nats::{Client, ConnectOptions, RequestErrorKind};
use bytes::Bytes;
use futures::StreamExt;
use serde_json::Value;

use crate::util::{server_conf, server_test, Kind, TestServer, READ_TIMEOUT};

/// How long "no server answers" is watched for.
const QUIET: Duration = Duration::from_millis(400);

/// The system user of `auth_system_account.conf`.
async fn sys_client(server: &TestServer) -> Client {
    server
        .client_with(ConnectOptions::with_user_and_password(
            "sys".to_owned(),
            "sys".to_owned(),
        ))
        .await
}

/// Sends `body` to `subject` and collects every reply that arrives within [`QUIET`] of the
/// last one (the first is waited for up to [`READ_TIMEOUT`] when `expect_reply`).
async fn replies(client: &Client, subject: &str, body: &str, expect_reply: bool) -> Vec<Value> {
    let inbox = client.new_inbox();
    let mut sub = client.subscribe(inbox.clone()).await.expect("subscribe");
    client
        .publish_with_reply(subject.to_owned(), inbox, Bytes::from(body.to_owned()))
        .await
        .expect("publish");
    let mut out = Vec::new();
    let mut wait = if expect_reply { READ_TIMEOUT } else { QUIET };
    while let Ok(Some(msg)) = tokio::time::timeout(wait, sub.next()).await {
        out.push(
            serde_json::from_slice(&msg.payload)
                .unwrap_or_else(|e| panic!("{subject}: reply is not JSON ({e}): {msg:?}")),
        );
        wait = QUIET;
    }
    out
}

/// The one reply to a request.
async fn reply(client: &Client, subject: &str, body: &str) -> Value {
    let mut all = replies(client, subject, body, true).await;
    assert_eq!(all.len(), 1, "{subject} {body}: {all:?}");
    all.remove(0)
}

fn keys(v: &Value) -> BTreeSet<String> {
    v.as_object()
        .unwrap_or_else(|| panic!("not an object: {v}"))
        .keys()
        .cloned()
        .collect()
}

fn set(names: &[&str]) -> BTreeSet<String> {
    names.iter().map(|s| s.to_string()).collect()
}

/// The `server` block every reply carries.
fn check_server_block(v: &Value, server_id: &Value) {
    let s = &v["server"];
    for k in [
        "name",
        "host",
        "id",
        "ver",
        "jetstream",
        "flags",
        "seq",
        "time",
    ] {
        assert!(s.get(k).is_some(), "server.{k} missing: {v}");
    }
    assert_eq!(&s["id"], server_id, "{v}");
    assert!(s["seq"].is_u64() && s["time"].is_string(), "{v}");
}

server_test!(sysreq_ping_statsz => sysreq_ping_statsz_rnats, sysreq_ping_statsz_reference);
async fn sysreq_ping_statsz(kind: Kind) {
    let server = TestServer::start(kind, &["-c", &server_conf("auth_system_account.conf")]);
    let server_id = server.raw().await.info["server_id"].clone();
    let sys = sys_client(&server).await;

    for subject in [
        "$SYS.REQ.SERVER.PING".to_string(),
        "$SYS.REQ.SERVER.PING.STATSZ".to_string(),
        format!(
            "$SYS.REQ.SERVER.{}.STATSZ",
            server_id.as_str().unwrap_or("")
        ),
    ] {
        let v = reply(&sys, &subject, "").await;
        assert_eq!(keys(&v), set(&["server", "statsz"]), "{subject}: {v}");
        check_server_block(&v, &server_id);
        let st = &v["statsz"];
        assert_eq!(
            keys(st),
            set(&[
                "start",
                "mem",
                "cores",
                "cpu",
                "connections",
                "total_connections",
                "active_accounts",
                "subscriptions",
                "sent",
                "received",
                "slow_consumers",
                "active_servers",
                "gomaxprocs",
            ]),
            "{v}"
        );
        assert_eq!(st["connections"], 1, "{v}");
        assert_eq!(st["active_servers"], 1, "{v}");
        assert_eq!(keys(&st["sent"]), set(&["msgs", "bytes"]), "{v}");
        assert_eq!(keys(&st["received"]), set(&["msgs", "bytes"]), "{v}");
        assert!(st["subscriptions"].as_u64().unwrap_or(0) > 0, "{v}");
    }
}

server_test!(sysreq_server_kinds => sysreq_server_kinds_rnats, sysreq_server_kinds_reference);
async fn sysreq_server_kinds(kind: Kind) {
    let server = TestServer::start(kind, &["-c", &server_conf("auth_system_account.conf")]);
    let server_id = server.raw().await.info["server_id"].clone();
    let id = server_id.as_str().unwrap_or("").to_string();
    let sys = sys_client(&server).await;

    for prefix in [
        "$SYS.REQ.SERVER.PING".to_string(),
        format!("$SYS.REQ.SERVER.{id}"),
    ] {
        let v = reply(&sys, &format!("{prefix}.VARZ"), "").await;
        assert_eq!(keys(&v), set(&["server", "data"]), "{v}");
        check_server_block(&v, &server_id);
        let d = &v["data"];
        for k in [
            "server_id",
            "server_name",
            "version",
            "host",
            "port",
            "max_payload",
            "start",
            "now",
            "connections",
            "subscriptions",
            "in_msgs",
            "system_account",
        ] {
            assert!(d.get(k).is_some(), "varz {k} missing: {v}");
        }
        assert_eq!(d["server_id"], server_id, "{v}");
        assert_eq!(d["system_account"], "SYS", "{v}");

        let v = reply(
            &sys,
            &format!("{prefix}.CONNZ"),
            r#"{"sort":"subs","limit":1,"subscriptions":true}"#,
        )
        .await;
        assert_eq!(keys(&v), set(&["server", "data"]), "{v}");
        let d = &v["data"];
        assert_eq!(
            keys(d),
            set(&[
                "server_id",
                "now",
                "num_connections",
                "total",
                "offset",
                "limit",
                "connections"
            ]),
            "{v}"
        );
        assert_eq!(d["limit"], 1, "{v}");
        assert_eq!(d["num_connections"], 1, "{v}");
        assert!(d["connections"][0]["subscriptions_list"].is_array(), "{v}");

        let v = reply(&sys, &format!("{prefix}.SUBSZ"), r#"{"account":"A"}"#).await;
        assert_eq!(keys(&v), set(&["server", "data"]), "{v}");
        for k in [
            "server_id",
            "now",
            "num_subscriptions",
            "total",
            "offset",
            "limit",
        ] {
            assert!(v["data"].get(k).is_some(), "subsz {k} missing: {v}");
        }
        assert_eq!(v["data"]["limit"], 1024, "{v}");

        let v = reply(&sys, &format!("{prefix}.JSZ"), "").await;
        assert_eq!(keys(&v), set(&["server", "data"]), "{v}");
        assert_eq!(v["data"]["server_id"], server_id, "{v}");
        assert_eq!(v["data"]["disabled"], true, "{v}");

        let v = reply(&sys, &format!("{prefix}.HEALTHZ"), "").await;
        assert_eq!(keys(&v), set(&["server", "data"]), "{v}");
        assert_eq!(v["data"]["status"], "ok", "{v}");

        let v = reply(&sys, &format!("{prefix}.ACCOUNTZ"), "").await;
        assert_eq!(keys(&v), set(&["server", "data"]), "{v}");
        assert_eq!(
            keys(&v["data"]),
            set(&["server_id", "now", "system_account", "accounts"]),
            "{v}"
        );
        let mut names: Vec<String> = v["data"]["accounts"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|n| n.as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default();
        names.sort();
        assert_eq!(names, ["$G", "A", "SYS"], "{v}");
        let v = reply(&sys, &format!("{prefix}.ACCOUNTZ"), r#"{"account":"A"}"#).await;
        let d = &v["data"]["account_detail"];
        assert_eq!(d["account_name"], "A", "{v}");
        for k in [
            "update_time",
            "expired",
            "complete",
            "jetstream_enabled",
            "imports",
            "sublist_stats",
        ] {
            assert!(d.get(k).is_some(), "account_detail.{k} missing: {v}");
        }
        let v = reply(&sys, &format!("{prefix}.ACCOUNTZ"), r#"{"account":"NOPE"}"#).await;
        assert_eq!(v["data"], Value::Null, "{v}");
        assert_eq!(v["error"]["code"], 500, "{v}");
        assert_eq!(
            v["error"]["description"], "Account NOPE does not exist",
            "{v}"
        );

        // IDZ is the bare identity, no envelope.
        let v = reply(&sys, &format!("{prefix}.IDZ"), "").await;
        assert_eq!(keys(&v), set(&["name", "host", "id"]), "{v}");
        assert_eq!(v["id"], server_id, "{v}");
    }
}

server_test!(sysreq_filters_and_errors => sysreq_filters_and_errors_rnats, sysreq_filters_and_errors_reference);
async fn sysreq_filters_and_errors(kind: Kind) {
    let server = TestServer::start(kind, &["-c", &server_conf("auth_system_account.conf")]);
    let server_id = server.raw().await.info["server_id"].clone();
    let id = server_id.as_str().unwrap_or("").to_string();
    let sys = sys_client(&server).await;

    // A server the filter excludes stays silent, by PING and by id.
    for subject in [
        "$SYS.REQ.SERVER.PING.VARZ".to_string(),
        format!("$SYS.REQ.SERVER.{id}.HEALTHZ"),
        "$SYS.REQ.SERVER.PING".to_string(),
    ] {
        let got = replies(&sys, &subject, r#"{"server_name":"no-such-server"}"#, false).await;
        assert!(got.is_empty(), "{subject}: {got:?}");
        let got = replies(&sys, &subject, r#"{"tags":["no-such-tag"]}"#, false).await;
        assert!(got.is_empty(), "{subject}: {got:?}");
    }
    // IDZ ignores the body, filters included.
    let v = reply(
        &sys,
        &format!("$SYS.REQ.SERVER.{id}.IDZ"),
        r#"{"server_name":"no-such-server"}"#,
    )
    .await;
    assert_eq!(v["id"], server_id, "{v}");
    // The name filter matches a part of the name (the name is the id here).
    let v = reply(
        &sys,
        "$SYS.REQ.SERVER.PING.HEALTHZ",
        &format!(r#"{{"server_name":"{}"}}"#, &id[..8]),
    )
    .await;
    assert_eq!(v["data"]["status"], "ok", "{v}");

    // A kind nobody serves: no responders.
    let err = sys
        .request(format!("$SYS.REQ.SERVER.{id}.NOSUCHZ"), Bytes::new())
        .await
        .expect_err("an unknown kind has no responders");
    assert_eq!(err.kind(), RequestErrorKind::NoResponders, "{err}");

    // A body that does not decode: 400 and no data (no statsz either).
    for subject in ["$SYS.REQ.SERVER.PING.CONNZ", "$SYS.REQ.SERVER.PING"] {
        let v = reply(&sys, subject, "{bad").await;
        assert_eq!(keys(&v), set(&["server", "error"]), "{v}");
        assert_eq!(v["error"]["code"], 400, "{v}");
        assert!(v["error"]["description"].is_string(), "{v}");
    }

    // Options the endpoint rejects: 500 with "data": null.
    let v = reply(&sys, "$SYS.REQ.SERVER.PING.CONNZ", r#"{"sort":"bogus"}"#).await;
    assert_eq!(keys(&v), set(&["server", "data", "error"]), "{v}");
    assert_eq!(v["data"], Value::Null, "{v}");
    assert_eq!(v["error"]["code"], 500, "{v}");
    assert_eq!(
        v["error"]["description"], "invalid sorting option: bogus",
        "{v}"
    );
}

server_test!(sysreq_statsz_heartbeat => sysreq_statsz_heartbeat_rnats, sysreq_statsz_heartbeat_reference);
async fn sysreq_statsz_heartbeat(kind: Kind) {
    let server = TestServer::start(kind, &["-c", &server_conf("auth_system_account.conf")]);
    let server_id = server.raw().await.info["server_id"].clone();
    let id = server_id.as_str().unwrap_or("").to_string();
    let sys = sys_client(&server).await;
    let mut events = sys
        .subscribe("$SYS.SERVER.*.STATSZ")
        .await
        .expect("subscribe");
    // Fast at startup: the interval doubles from a fraction of a second, so two heartbeats
    // arrive within a few seconds of the start.
    for _ in 0..2 {
        let msg = tokio::time::timeout(Duration::from_secs(6), events.next())
            .await
            .expect("a STATSZ heartbeat within 6 s")
            .expect("subscription open");
        assert_eq!(msg.subject.as_str(), format!("$SYS.SERVER.{id}.STATSZ"));
        let v: Value = serde_json::from_slice(&msg.payload).expect("JSON");
        assert_eq!(keys(&v), set(&["server", "statsz"]), "{v}");
        check_server_block(&v, &server_id);
        assert!(v["statsz"]["connections"].as_u64().unwrap_or(0) >= 1, "{v}");
    }
}

server_test!(sysreq_server_filters => sysreq_server_filters_rnats, sysreq_server_filters_reference);
async fn sysreq_server_filters(kind: Kind) {
    let server = TestServer::start(kind, &["-c", &server_conf("sysreq_tags.conf")]);
    let sys = sys_client(&server).await;

    // The server block names the tags, lower-cased.
    let v = reply(&sys, "$SYS.REQ.SERVER.PING.HEALTHZ", "").await;
    assert_eq!(v["server"]["name"], "tagged", "{v}");
    assert_eq!(
        v["server"]["tags"],
        serde_json::json!(["az:1", "edge"]),
        "{v}"
    );

    // Name and host match a part; tags match regardless of case and must all be present.
    for filter in [
        r#"{"server_name":"agg"}"#,
        r#"{"host":"0.0"}"#,
        r#"{"tags":["EDGE"]}"#,
        r#"{"tags":["az:1","edge"],"server_name":"tagged"}"#,
    ] {
        let v = reply(&sys, "$SYS.REQ.SERVER.PING.HEALTHZ", filter).await;
        assert_eq!(v["data"]["status"], "ok", "{filter}: {v}");
    }
    // A cluster or domain the server does not have, or a missing tag: silence.
    for filter in [
        r#"{"cluster":"x"}"#,
        r#"{"domain":"x"}"#,
        r#"{"tags":["az:1","az:2"]}"#,
    ] {
        let got = replies(&sys, "$SYS.REQ.SERVER.PING.HEALTHZ", filter, false).await;
        assert!(got.is_empty(), "{filter}: {got:?}");
    }
}

server_test!(sysreq_account_connz => sysreq_account_connz_rnats, sysreq_account_connz_reference);
async fn sysreq_account_connz(kind: Kind) {
    let server = TestServer::start(kind, &["-c", &server_conf("auth_system_account.conf")]);
    let _sys = sys_client(&server).await;
    let a = server
        .client_with(ConnectOptions::with_user_and_password(
            "free".to_owned(),
            "free".to_owned(),
        ))
        .await;
    // A client of another account sees only its account's connections, even when it asks
    // for another account.
    for body in ["", r#"{"auth":true}"#, r#"{"auth":true,"acc":"SYS"}"#] {
        let v = reply(&a, "$SYS.REQ.SERVER.PING.CONNZ", body).await;
        assert_eq!(keys(&v), set(&["server", "data"]), "{body}: {v}");
        assert_eq!(v["data"]["num_connections"], 1, "{body}: {v}");
        if !body.is_empty() {
            assert_eq!(v["data"]["connections"][0]["account"], "A", "{body}: {v}");
            assert_eq!(
                v["data"]["connections"][0]["authorized_user"], "free",
                "{body}: {v}"
            );
        }
    }
}

server_test!(sysreq_statsz_jetstream => sysreq_statsz_jetstream_rnats, sysreq_statsz_jetstream_reference);
async fn sysreq_statsz_jetstream(kind: Kind) {
    let server = TestServer::start(
        kind,
        &["-c", &server_conf("auth_system_account.conf"), "-js"],
    );
    let server_id = server.raw().await.info["server_id"].clone();
    let sys = sys_client(&server).await;
    let v = reply(&sys, "$SYS.REQ.SERVER.PING", "").await;
    check_server_block(&v, &server_id);
    assert_eq!(v["server"]["jetstream"], true, "{v}");
    let js = &v["statsz"]["jetstream"];
    assert_eq!(keys(js), set(&["config", "stats", "limits"]), "{v}");
    // The store directory stays private.
    assert!(js["config"].get("store_dir").is_none(), "{v}");
    assert!(js["config"]["max_memory"].is_u64(), "{v}");
    assert_eq!(
        keys(&js["stats"]),
        set(&[
            "memory",
            "storage",
            "reserved_memory",
            "reserved_storage",
            "accounts",
            "ha_assets",
            "api",
        ]),
        "{v}"
    );
    let v = reply(&sys, "$SYS.REQ.SERVER.PING.JSZ", "").await;
    assert_eq!(v["data"]["disabled"], Value::Null, "{v}");
    assert!(v["data"]["config"]["max_storage"].is_u64(), "{v}");
}

server_test!(sysreq_varz_http_req_stats => sysreq_varz_http_req_stats_rnats, sysreq_varz_http_req_stats_reference);
async fn sysreq_varz_http_req_stats(kind: Kind) {
    let server = TestServer::start(
        kind,
        &["-c", &server_conf("auth_system_account.conf"), "-m", "-1"],
    );
    let sys = sys_client(&server).await;
    server.monitor_json("/varz").await;
    server.monitor_json("/connz").await;
    server.monitor_json("/connz").await;
    // varz over the system account shows the HTTP layer's request counts.
    let v = reply(&sys, "$SYS.REQ.SERVER.PING.VARZ", "").await;
    assert_eq!(
        v["data"]["http_req_stats"],
        serde_json::json!({"/connz": 2, "/varz": 1}),
        "{v}"
    );
}

server_test!(sysreq_cluster_and_account_statz => sysreq_cluster_and_account_statz_rnats, sysreq_cluster_and_account_statz_reference);
/// ROUTEZ, GATEWAYZ, LEAFZ, IPQUEUESZ and RAFTZ over `$SYS.REQ.SERVER.*` (empty without a
/// cluster), and the account statistics: `$SYS.REQ.ACCOUNT.PING.STATZ` from the system account
/// (every account with connections), the same subject from another account (only its own,
/// through the import), `$SYS.REQ.ACCOUNT.<acct>.STATZ`, and silence when nothing matches.
async fn sysreq_cluster_and_account_statz(kind: Kind) {
    let server = TestServer::start(kind, &["-c", &server_conf("auth_system_account.conf")]);
    let server_id = server.raw().await.info["server_id"].clone();
    let sys = sys_client(&server).await;
    let a = server
        .client_with(ConnectOptions::with_user_and_password(
            "free".to_owned(),
            "free".to_owned(),
        ))
        .await;
    a.publish("some.subject", "x".into())
        .await
        .expect("publish");
    a.flush().await.expect("flush");

    let v = reply(
        &sys,
        "$SYS.REQ.SERVER.PING.ROUTEZ",
        r#"{"subscriptions":true}"#,
    )
    .await;
    assert_eq!(keys(&v), set(&["server", "data"]), "{v}");
    check_server_block(&v, &server_id);
    assert_eq!(
        keys(&v["data"]),
        set(&["server_id", "server_name", "now", "num_routes", "routes"]),
        "{v}"
    );
    assert_eq!(v["data"]["routes"], serde_json::json!([]), "{v}");
    let v = reply(&sys, "$SYS.REQ.SERVER.PING.GATEWAYZ", "").await;
    assert_eq!(
        keys(&v["data"]),
        set(&["server_id", "now", "outbound_gateways", "inbound_gateways"]),
        "{v}"
    );
    let v = reply(
        &sys,
        &format!("$SYS.REQ.SERVER.{}.LEAFZ", server_id.as_str().unwrap_or("")),
        "",
    )
    .await;
    assert_eq!(
        keys(&v["data"]),
        set(&["server_id", "now", "leafnodes", "leafs"]),
        "{v}"
    );
    assert_eq!(v["data"]["leafnodes"], 0, "{v}");
    let v = reply(&sys, "$SYS.REQ.SERVER.PING.RAFTZ", "").await;
    assert_eq!(v["data"], serde_json::json!({}), "{v}");
    // nats-server shows its own system queue busy with this very request; rnats has none.
    let v = reply(&sys, "$SYS.REQ.SERVER.PING.IPQUEUESZ", "").await;
    let _: rnats_proto::monitor::Ipqueuesz =
        serde_json::from_value(v["data"].clone()).unwrap_or_else(|e| panic!("{e}: {v}"));
    let v = reply(&sys, "$SYS.REQ.SERVER.PING.ROUTEZ", "{bad").await;
    assert_eq!(v["error"]["code"], 400, "{v}");

    let names = |v: &Value| -> Vec<String> {
        let mut n: Vec<String> = v["data"]["account_statz"]
            .as_array()
            .unwrap_or_else(|| panic!("account_statz: {v}"))
            .iter()
            .filter_map(|a| a["acc"].as_str().map(String::from))
            .collect();
        n.sort();
        n
    };
    let v = reply(&sys, "$SYS.REQ.ACCOUNT.PING.STATZ", "").await;
    assert_eq!(keys(&v), set(&["server", "data"]), "{v}");
    assert_eq!(names(&v), ["A", "SYS"], "{v}");
    let stat = v["data"]["account_statz"]
        .as_array()
        .and_then(|a| a.iter().find(|s| s["acc"] == "A").cloned())
        .unwrap_or_default();
    assert_eq!(
        keys(&stat),
        set(&[
            "acc",
            "name",
            "conns",
            "leafnodes",
            "total_conns",
            "num_subscriptions",
            "sent",
            "received",
            "slow_consumers"
        ]),
        "{v}"
    );
    assert_eq!(stat["conns"], 1, "{v}");
    assert!(stat["received"]["msgs"].as_i64().unwrap_or(0) >= 1, "{v}");
    let v = reply(&sys, "$SYS.REQ.ACCOUNT.PING.STATZ", r#"{"accounts":["A"]}"#).await;
    assert_eq!(names(&v), ["A"], "{v}");
    let v = reply(
        &sys,
        "$SYS.REQ.ACCOUNT.$G.STATZ",
        r#"{"include_unused":true}"#,
    )
    .await;
    assert_eq!(names(&v), ["$G"], "{v}");
    // Nothing to report: no answer at all.
    let none = replies(&sys, "$SYS.REQ.ACCOUNT.$G.STATZ", "", false).await;
    assert!(none.is_empty(), "{none:?}");
    // Another account reaches only its own statistics through its import.
    let v = reply(&a, "$SYS.REQ.ACCOUNT.PING.STATZ", r#"{"accounts":["SYS"]}"#).await;
    assert_eq!(names(&v), ["A"], "{v}");
}
