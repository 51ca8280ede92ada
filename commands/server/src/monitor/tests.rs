//! Monitoring tests that span modules: JSON compared with responses captured from nats-server
//! 2.14 (`tests/fixtures/monitor/*.json`), and HTTP round trips over a real socket.

use std::collections::BTreeSet;
use std::sync::Arc;
use std::time::Duration;

use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

use super::format::to_go_json;
use super::*;

fn fixture(name: &str) -> String {
    let path = format!(
        "{}/../../tests/fixtures/monitor/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn ts(s: &str) -> Timestamp {
    Timestamp(chrono::DateTime::parse_from_rfc3339(s).unwrap())
}

/// Asserts that `ours` and `theirs` have the same keys at every level and the same JSON kinds
/// (string, number, bool, array, object, null) at every leaf.
fn assert_same_shape(ours: &Value, theirs: &Value, at: &str) {
    match (ours, theirs) {
        (Value::Object(a), Value::Object(b)) => {
            let ka: BTreeSet<&String> = a.keys().collect();
            let kb: BTreeSet<&String> = b.keys().collect();
            assert_eq!(ka, kb, "keys differ at {at}");
            for k in ka {
                assert_same_shape(&a[k], &b[k], &format!("{at}.{k}"));
            }
        }
        (Value::Array(a), Value::Array(b)) => {
            for (i, (x, y)) in a.iter().zip(b).enumerate() {
                assert_same_shape(x, y, &format!("{at}[{i}]"));
            }
        }
        (a, b) => assert_eq!(
            std::mem::discriminant(a),
            std::mem::discriminant(b),
            "kind differs at {at}: {a} vs {b}"
        ),
    }
}

fn shape_matches<T: serde::Serialize>(ours: &T, fixture_name: &str) {
    let ours: Value = serde_json::from_slice(&to_go_json(ours, true).unwrap()).unwrap();
    let theirs: Value = serde_json::from_str(&fixture(fixture_name)).unwrap();
    assert_same_shape(&ours, &theirs, fixture_name);
}

/// The varz a standalone server without cluster, JetStream or TLS reports.
fn sample_varz() -> Varz {
    Varz {
        server_id: "NSID".into(),
        server_name: "NSID".into(),
        version: "2.14.0".into(),
        proto: 1,
        git_commit: "0cbd01c".into(),
        go: "rustc".into(),
        host: "127.0.0.1".into(),
        port: 4222,
        max_connections: 65536,
        ping_interval: Duration::from_secs(120),
        ping_max: 2,
        http_host: "127.0.0.1".into(),
        http_port: 8222,
        auth_timeout: 2.0,
        max_control_line: 4096,
        max_payload: 1048576,
        max_pending: 67108864,
        tls_timeout: 2.0,
        write_deadline: Duration::from_secs(10),
        start: ts("2026-11-26T09:40:35.934411701Z"),
        now: ts("2026-11-26T09:40:50.251188106Z"),
        uptime: "14s".into(),
        mem: 15056896,
        cores: 2,
        gomaxprocs: 2,
        connections: 1,
        total_connections: 1,
        in_msgs: 1,
        out_msgs: 2,
        in_bytes: 5,
        out_bytes: 10,
        subscriptions: 62,
        http_req_stats: [("/connz", 2), ("/healthz", 1), ("/subsz", 1), ("/varz", 2)]
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect(),
        config_load_time: ts("2026-11-26T09:40:35.934411701Z"),
        feature_flags: [
            ("js_ack_fc_v2".to_string(), false),
            ("js_raft_delete_range".to_string(), false),
        ]
        .into_iter()
        .collect(),
        system_account: "$SYS".into(),
        ..Varz::default()
    }
}

#[test]
fn varz_is_byte_identical_to_nats_server() {
    let ours = String::from_utf8(to_go_json(&sample_varz(), true).unwrap()).unwrap();
    let theirs = fixture("varz.json");
    // Only identity and build facts differ from the capture.
    let theirs = theirs
        .replace(
            "NBRRLPD5HMGT6S546YCEQT4PHZXKAOQH4BKTLHFLJ7J5EDTQI2NPY6SB",
            "NSID",
        )
        .replace("\"go1.26.2\"", "\"rustc\"")
        .replace("36199", "4222")
        .replace("45255", "8222");
    assert_eq!(ours, theirs);
}

/// The connection the capture saw: `SUB foo.bar 1`, `SUB foo.* workers 2` with `UNSUB 2 5`,
/// one `PUB foo.bar`.
fn sample_conn() -> ConnInfo {
    ConnInfo {
        cid: 5,
        kind: "Client".into(),
        conn_type: "nats".into(),
        ip: "127.0.0.1".into(),
        port: 52284,
        start: ts("2026-11-26T09:40:40.586035074Z"),
        last_activity: ts("2026-11-26T09:40:40.586562637Z"),
        rtt: Some(Duration::from_nanos(298_401)),
        uptime: "4s".into(),
        idle: "4s".into(),
        in_msgs: 1,
        out_msgs: 2,
        in_bytes: 5,
        out_bytes: 10,
        subscriptions: 2,
        name: "mon-test".into(),
        lang: "python".into(),
        version: "1.0.0".into(),
        subscriptions_list_detail: vec![
            SubDetail {
                subject: "foo.bar".into(),
                sid: "1".into(),
                msgs: 1,
                cid: 5,
                ..SubDetail::default()
            },
            SubDetail {
                subject: "foo.*".into(),
                queue: "workers".into(),
                sid: "2".into(),
                msgs: 1,
                max: 5,
                cid: 5,
                ..SubDetail::default()
            },
        ],
        ..ConnInfo::default()
    }
}

#[test]
fn connz_is_byte_identical_to_nats_server() {
    let connz = Connz {
        server_id: "NBRRLPD5HMGT6S546YCEQT4PHZXKAOQH4BKTLHFLJ7J5EDTQI2NPY6SB".into(),
        now: ts("2026-11-26T09:40:50.261890551Z"),
        num_connections: 1,
        total: 1,
        offset: 0,
        limit: 1024,
        connections: Some(vec![ConnInfo {
            uptime: "9s".into(),
            idle: "9s".into(),
            ..sample_conn()
        }]),
    };
    let ours = String::from_utf8(to_go_json(&connz, true).unwrap()).unwrap();
    assert_eq!(ours, fixture("connz_subs_detail.json"));
}

#[test]
fn subsz_is_byte_identical_to_nats_server() {
    let subsz = Subsz {
        server_id: "NBRRLPD5HMGT6S546YCEQT4PHZXKAOQH4BKTLHFLJ7J5EDTQI2NPY6SB".into(),
        now: ts("2026-11-26T09:40:50.294946335Z"),
        stats: SublistStats {
            num_subscriptions: 62,
            num_cache: 7,
            num_inserts: 62,
            num_removes: 0,
            num_matches: 11,
            cache_hit_rate: 4.0 / 11.0,
            max_fanout: 2,
            avg_fanout: 6.0 / 7.0,
        },
        total: 0,
        offset: 0,
        limit: 1024,
        subscriptions_list: Vec::new(),
    };
    let ours = String::from_utf8(to_go_json(&subsz, true).unwrap()).unwrap();
    assert_eq!(ours, fixture("subsz.json"));
}

/// Plain data standing in for the server core.
struct TestSource {
    conns: Vec<ConnInfo>,
    subs: Vec<SubDetail>,
}

impl TestSource {
    fn new() -> Self {
        let mut open = sample_conn();
        open.account = GLOBAL_ACCOUNT.into();
        open.name_tag = GLOBAL_ACCOUNT.into();
        open.subscriptions_list = vec!["foo.bar".into(), "foo.*".into()];
        let mut closed = ConnInfo {
            cid: 6,
            kind: "Client".into(),
            conn_type: "nats".into(),
            ip: "127.0.0.1".into(),
            port: 42256,
            start: ts("2026-11-26T09:40:59.583928404Z"),
            last_activity: ts("2026-11-26T09:40:59.584266063Z"),
            stop: Some(ts("2026-11-26T09:41:00.092083859Z")),
            reason: "Client Closed".into(),
            rtt: Some(Duration::from_micros(252)),
            subscriptions: 1,
            name: "gone".into(),
            account: GLOBAL_ACCOUNT.into(),
            subscriptions_list: vec!["x".into()],
            ..ConnInfo::default()
        };
        closed.subscriptions_list_detail = vec![SubDetail {
            account: "$G".into(),
            account_tag: "$G".into(),
            subject: "x".into(),
            sid: "1".into(),
            cid: 6,
            ..SubDetail::default()
        }];
        let mut subs = Vec::new();
        for (i, subject) in ["$SYS.REQ.USER.INFO", "foo.bar", "foo.*", "foo.>"]
            .iter()
            .enumerate()
        {
            subs.push(SubDetail {
                account: "$G".into(),
                account_tag: "$G".into(),
                subject: subject.to_string(),
                sid: (i + 1).to_string(),
                cid: 5,
                ..SubDetail::default()
            });
        }
        Self {
            conns: vec![open, closed],
            subs,
        }
    }
}

impl MonitorSource for TestSource {
    fn accountz(
        &self,
        opts: &rnats_proto::monitor::AccountzOptions,
    ) -> Result<rnats_proto::monitor::Accountz, String> {
        if opts.account.is_empty() || opts.account == "A" {
            Ok(rnats_proto::monitor::Accountz {
                server_id: "SID".into(),
                accounts: vec!["A".into()],
                ..Default::default()
            })
        } else {
            Err(format!("Account {} does not exist", opts.account))
        }
    }
    fn accstatz(
        &self,
        opts: &rnats_proto::monitor::AccountStatzOptions,
    ) -> rnats_proto::monitor::AccountStatz {
        rnats_proto::monitor::AccountStatz {
            server_id: "SID".into(),
            account_statz: if opts.include_unused {
                vec![rnats_proto::monitor::AccountStat {
                    acc: "A".into(),
                    ..Default::default()
                }]
            } else {
                Vec::new()
            },
            ..Default::default()
        }
    }
    fn routez(&self, _opts: &rnats_proto::monitor::RoutezOptions) -> rnats_proto::monitor::Routez {
        rnats_proto::monitor::Routez {
            server_id: "SID".into(),
            ..Default::default()
        }
    }
    fn gatewayz(
        &self,
        _opts: &rnats_proto::monitor::GatewayzOptions,
    ) -> rnats_proto::monitor::Gatewayz {
        rnats_proto::monitor::Gatewayz {
            server_id: "SID".into(),
            ..Default::default()
        }
    }
    fn leafz(&self, _opts: &rnats_proto::monitor::LeafzOptions) -> rnats_proto::monitor::Leafz {
        rnats_proto::monitor::Leafz {
            server_id: "SID".into(),
            ..Default::default()
        }
    }
    fn version(&self) -> String {
        "2.14.0".into()
    }

    fn varz(&self) -> Varz {
        let mut v = sample_varz();
        v.now = Timestamp::now_utc();
        v.http_req_stats.clear();
        v
    }

    fn connz_snapshot(&self, state: ConnState, detail: SubsDetail) -> ConnzSnapshot {
        let conns = self
            .conns
            .iter()
            .filter(|c| {
                if c.stop.is_some() {
                    state.includes_closed()
                } else {
                    state.includes_open()
                }
            })
            .cloned()
            .map(|mut c| {
                match detail {
                    SubsDetail::None => {
                        c.subscriptions_list.clear();
                        c.subscriptions_list_detail.clear();
                    }
                    SubsDetail::List => c.subscriptions_list_detail.clear(),
                    SubsDetail::Detail => c.subscriptions_list.clear(),
                }
                c
            })
            .collect();
        ConnzSnapshot {
            server_id: "NSID".into(),
            conns,
        }
    }

    fn account_exists(&self, name: &str) -> bool {
        name == GLOBAL_ACCOUNT || name == "$SYS"
    }

    fn subsz_snapshot(&self, account: Option<&str>, with_subs: bool) -> SubszSnapshot {
        let subs: Vec<SubDetail> = self
            .subs
            .iter()
            .filter(|s| account.is_none_or(|a| a == s.account))
            .cloned()
            .collect();
        SubszSnapshot {
            server_id: "NSID".into(),
            stats: crate::sublist::SublistStats {
                num_subscriptions: subs.len() as u32,
                ..crate::sublist::SublistStats::default()
            },
            subs: if with_subs { subs } else { Vec::new() },
        }
    }

    fn healthz(&self, _opts: &HealthzOptions) -> HealthStatus {
        HealthStatus::ok()
    }

    fn jsz(&self, _opts: &rnats_proto::monitor::JszOptions) -> serde_json::Value {
        serde_json::json!({"streams": 2})
    }
}

#[test]
fn reports_have_nats_server_shapes() {
    let src = TestSource::new();
    let connz = endpoints::connz(
        &src,
        &ConnzOptions {
            subscriptions_detail: true,
            ..ConnzOptions::default()
        },
    )
    .unwrap();
    shape_matches(&connz, "connz_subs_detail.json");
    let connz = endpoints::connz(
        &src,
        &ConnzOptions {
            subscriptions: true,
            ..ConnzOptions::default()
        },
    )
    .unwrap();
    shape_matches(&connz, "connz_subs.json");
    let closed = endpoints::connz(
        &src,
        &ConnzOptions {
            subscriptions: true,
            username: true,
            state: ConnState::Closed,
            ..ConnzOptions::default()
        },
    )
    .unwrap();
    shape_matches(&closed, "connz_closed.json");
    let subsz = endpoints::subsz(
        &src,
        &SubszOptions {
            subscriptions: true,
            ..SubszOptions::default()
        },
    )
    .unwrap();
    shape_matches(&subsz, "subsz_subs.json");
    shape_matches(
        &endpoints::subsz(&src, &SubszOptions::default()).unwrap(),
        "subsz.json",
    );
    let hs = endpoints::healthz(&src, &HealthzOptions::default());
    let mut body = hs.clone();
    body.status_code = 0;
    assert_eq!(hs.status_code, 200);
    assert_eq!(
        to_go_json(&body, false).unwrap(),
        fixture("healthz.json").as_bytes()
    );
}

/// One HTTP exchange: status code, lower-cased headers, body.
struct Reply {
    status: u16,
    headers: Vec<(String, String)>,
    body: String,
}

impl Reply {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

async fn request(addr: std::net::SocketAddr, method: &str, target: &str) -> Reply {
    let mut s = TcpStream::connect(addr).await.unwrap();
    let req = format!("{method} {target} HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n");
    s.write_all(req.as_bytes()).await.unwrap();
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).await.unwrap();
    let raw = String::from_utf8(raw).unwrap();
    let (head, body) = raw.split_once("\r\n\r\n").unwrap();
    let mut lines = head.lines();
    let status = lines
        .next()
        .unwrap()
        .split(' ')
        .nth(1)
        .unwrap()
        .parse()
        .unwrap();
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    Reply {
        status,
        headers,
        body: body.to_string(),
    }
}

async fn start(
    base: &str,
) -> (
    std::net::SocketAddr,
    tokio::sync::oneshot::Sender<()>,
    tokio::task::JoinHandle<()>,
) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let source: Arc<dyn MonitorSource> = Arc::new(TestSource::new());
    let task = tokio::spawn(serve(listener, base.to_string(), source, async move {
        let _ = rx.await;
    }));
    (addr, tx, task)
}

#[tokio::test]
async fn http_round_trip() {
    let (addr, stop, task) = start("").await;

    let r = request(addr, "GET", "/varz").await;
    assert_eq!(r.status, 200);
    assert_eq!(r.header("content-type"), Some("application/json"));
    assert_eq!(r.header("access-control-allow-origin"), Some("*"));
    assert!(r.header("date").is_some());
    let v: Value = serde_json::from_str(&r.body).unwrap();
    assert_eq!(v["http_req_stats"]["/varz"], 1, "a request counts itself");
    assert!(r.body.starts_with("{\n  \"server_id\": \"NSID\",\n"));

    let r = request(addr, "GET", "/connz?subs=1").await;
    assert_eq!(r.status, 200);
    let v: Value = serde_json::from_str(&r.body).unwrap();
    assert_eq!(v["connections"][0]["subscriptions_list"][1], "foo.*");
    assert_eq!(v["connections"][0]["rtt"], "298µs");
    assert_eq!(v["total"], 1);

    let r = request(addr, "GET", "/connz?state=closed&auth=true&subs=detail").await;
    let v: Value = serde_json::from_str(&r.body).unwrap();
    assert_eq!(v["connections"][0]["cid"], 6);
    assert_eq!(v["connections"][0]["uptime"], "0s");
    assert_eq!(
        v["connections"][0]["subscriptions_list_detail"][0]["account"],
        "$G"
    );
    assert!(v["connections"][0].get("account").is_none());

    let r = request(addr, "GET", "/connz?acc=nosuch").await;
    assert!(r.body.contains("\"connections\": null"));
    assert!(r.body.contains("\"server_id\": \"\""));

    let r = request(addr, "GET", "/connz?sort=bogus").await;
    assert_eq!(
        (r.status, r.body.as_str()),
        (400, "invalid sorting option: bogus")
    );
    assert_eq!(r.header("content-type"), Some("text/plain; charset=utf-8"));
    assert_eq!(r.header("access-control-allow-origin"), None);
    let r = request(addr, "GET", "/connz?sort=stop").await;
    assert_eq!(
        (r.status, r.body.as_str()),
        (400, "sort by stop only valid on closed connections")
    );
    let r = request(addr, "GET", "/connz?limit=-x").await;
    assert_eq!(
        (r.status, r.body.as_str()),
        (
            400,
            r#"Error decoding int for 'limit': strconv.Atoi: parsing "-x": invalid syntax"#
        )
    );
    let r = request(addr, "GET", "/connz?state=foo").await;
    assert_eq!(
        (r.status, r.body.as_str()),
        (400, "Error decoding state for foo")
    );

    let r = request(addr, "GET", "/subsz?subs=1&test=foo.bar").await;
    let v: Value = serde_json::from_str(&r.body).unwrap();
    assert_eq!(v["total"], 3);
    assert_eq!(v["subscriptions_list"][2]["subject"], "foo.>");
    assert!(r.body.contains("\"foo.\\u003e\""), "Go escapes > in JSON");
    let r = request(addr, "GET", "/subscriptionsz?test=foo.*").await;
    assert_eq!(
        (r.status, r.body.as_str()),
        (
            400,
            "invalid test subject, must be valid publish subject: foo.*"
        )
    );

    let r = request(addr, "GET", "/healthz?foo=bar").await;
    assert_eq!((r.status, r.body.as_str()), (200, r#"{"status":"ok"}"#));
    let r = request(addr, "GET", "/healthz?stream=x").await;
    assert_eq!(r.status, 400);
    assert_eq!(
        r.body,
        r#"{"status":"error","error":"\"account\" must not be empty when checking stream health"}"#
    );
    assert_eq!(r.header("content-type"), Some("application/json"));
    let r = request(addr, "HEAD", "/healthz").await;
    assert_eq!((r.status, r.body.as_str()), (200, ""));
    assert_eq!(r.header("content-length"), Some("15"));

    let r = request(addr, "GET", "/connz?callback=cb&limit=1").await;
    assert_eq!(r.header("content-type"), Some("application/javascript"));
    assert!(r.body.starts_with("cb({\n") && r.body.ends_with("})"));

    let r = request(addr, "GET", "/").await;
    assert_eq!(r.status, 200);
    assert_eq!(r.header("content-type"), Some("text/html; charset=utf-8"));
    assert!(r.body.contains("<a href=./varz>General"));

    let r = request(addr, "GET", "/jsz").await;
    assert_eq!((r.status, r.body.as_str()), (200, "{\n  \"streams\": 2\n}"));
    let r = request(addr, "GET", "/jsz?raft=true").await;
    assert_eq!(
        (r.status, r.body.as_str()),
        (400, "/jsz option raft is not supported by rnats yet")
    );

    for path in ["/nope", "/varz/", "/debug/vars"] {
        let r = request(addr, "GET", path).await;
        assert_eq!(
            (r.status, r.body.as_str()),
            (404, "404 page not found\n"),
            "{path}"
        );
        assert_eq!(r.header("x-content-type-options"), Some("nosniff"));
    }
    let r = request(addr, "GET", "//varz?x=1").await;
    assert_eq!(r.status, 307);
    assert_eq!(r.header("location"), Some("/varz?x=1"));

    // Counted: 2 x /varz (incl. below), 6 valid-or-sort-failing /connz, 2 /subsz, 3 /healthz,
    // 2 /jsz (one refused), 1 /. Not counted: /connz with undecodable parameters, 404s, redirects.
    let r = request(addr, "GET", "/varz").await;
    let v: Value = serde_json::from_str(&r.body).unwrap();
    let stats = &v["http_req_stats"];
    assert_eq!(stats["/varz"], 2);
    assert_eq!(stats["/connz"], 6);
    assert_eq!(stats["/subsz"], 2);
    assert_eq!(stats["/healthz"], 3);
    assert_eq!(stats["/"], 1);
    assert_eq!(stats["/jsz"], 2);
    assert_eq!(stats.as_object().unwrap().len(), 6);

    stop.send(()).unwrap();
    tokio::time::timeout(Duration::from_secs(5), task)
        .await
        .unwrap()
        .unwrap();
    assert!(TcpStream::connect(addr).await.is_err(), "listener closed");
}

#[tokio::test]
async fn http_base_path() {
    let (addr, stop, task) = start("/mon/").await;
    let r = request(addr, "GET", "/mon/varz").await;
    assert_eq!(r.status, 200);
    let r = request(addr, "GET", "/mon").await;
    assert_eq!(r.status, 200);
    assert!(r.body.contains("<a href=./mon/connz>Connections"));
    for path in ["/", "/varz", "/mon/"] {
        assert_eq!(request(addr, "GET", path).await.status, 404, "{path}");
    }
    let r = request(addr, "GET", "/mon//healthz").await;
    assert_eq!(
        (r.status, r.header("location")),
        (307, Some("/mon/healthz"))
    );
    let r = request(addr, "GET", "/mon/varz").await;
    let v: Value = serde_json::from_str(&r.body).unwrap();
    assert_eq!(v["http_req_stats"]["/varz"], 2);
    assert_eq!(v["http_req_stats"]["/"], 1);
    stop.send(()).unwrap();
    task.await.unwrap();
}

#[tokio::test]
async fn keep_alive_connection_does_not_block_shutdown() {
    let (addr, stop, task) = start("").await;
    let mut s = TcpStream::connect(addr).await.unwrap();
    s.write_all(b"GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n")
        .await
        .unwrap();
    let mut buf = vec![0u8; 1024];
    let n = s.read(&mut buf).await.unwrap();
    assert!(String::from_utf8_lossy(&buf[..n]).starts_with("HTTP/1.1 200 OK"));
    stop.send(()).unwrap();
    tokio::time::timeout(Duration::from_secs(3), task)
        .await
        .unwrap()
        .unwrap();
    // The idle keep-alive connection was closed by the graceful shutdown.
    assert_eq!(s.read(&mut buf).await.unwrap(), 0);
}
