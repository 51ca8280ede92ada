//! natscli's `server` family run as `rnats server <subcommand>` against rnats and the reference
//! nats-server, with the system-account user of `auth_system_account.conf`: ping, request,
//! Nagios checks with their exit codes, and passwd hashes the servers accept.

use std::process::{Command, Output};
use std::time::Duration;

use crate::util::{run_bounded, server_conf, server_test, Kind, TestServer};

const RUN_TIMEOUT: Duration = Duration::from_secs(20);

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// `rnats server ARGS` as the system user against `srv`, with a short response timeout.
async fn cli(srv: &TestServer, user: &str, args: &[&str]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_rnats"));
    cmd.env("XDG_CONFIG_HOME", srv.dir())
        .env_remove("NATS_CONTEXT")
        .arg("server")
        .args(args)
        .args(["-s", &srv.url(), "--user", user, "--password", user]);
    cmd.args(["--timeout", "2s"]);
    tokio::task::spawn_blocking(move || run_bounded(cmd, RUN_TIMEOUT))
        .await
        .expect("join")
}

fn start(kind: Kind) -> TestServer {
    TestServer::start(
        kind,
        &[
            "-c",
            &server_conf("auth_system_account.conf"),
            "-n",
            "srv-a",
        ],
    )
}

async fn ping_and_request(kind: Kind) {
    let srv = start(kind);
    let out = cli(&srv, "sys", &["ping"]).await;
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{kind:?}: {out:?}");
    let lines: Vec<&str> = stdout.lines().collect();
    assert!(lines[0].starts_with("srv-a "), "{kind:?}: {stdout}");
    assert!(lines[0].contains(" rtt="), "{kind:?}: {stdout}");
    assert_eq!(&lines[1..3], ["", "---- ping statistics ----"], "{stdout}");
    assert!(
        lines[3].starts_with("1 replies max: "),
        "{kind:?}: {stdout}"
    );
    assert_eq!(lines.len(), 4, "{kind:?}: no missing servers: {stdout}");

    // `--graph`: natscli's asciigraph chart of one reply, 16 rows over a caption (exact
    // charts are checked against natscli's in `rnats_cli::asciigraph`).
    let out = cli(&srv, "sys", &["ping", "--graph"]).await;
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{kind:?}: {out:?}");
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 4 + 1 + 16 + 1, "{kind:?}: {stdout}");
    // The shape depends on the reply's 25 ms bucket; the frame does not.
    assert!(lines[5].starts_with(" 1.00   ┤"), "{stdout}");
    assert!(lines[5..21].iter().any(|l| l.contains('┼')), "{stdout}");
    assert_eq!(lines[21], "                           Responses per 25ms");

    for (args, key) in [
        (&["request", "variables"][..], "server_id"),
        (&["request", "connections"][..], "connections"),
        (
            &["request", "subscriptions", "--detail"][..],
            "num_subscriptions",
        ),
        (&["request", "accounts"][..], "accounts"),
        (&["req", "varz", "--name", "srv-a"][..], "version"),
        (&["request", "routes", "--subscriptions"][..], "routes"),
        (
            &["request", "gateways", "--accounts"][..],
            "outbound_gateways",
        ),
        (&["request", "leafnodes"][..], "leafs"),
    ] {
        let out = cli(&srv, "sys", args).await;
        assert_eq!(out.status.code(), Some(0), "{kind:?} {args:?}: {out:?}");
        let stdout = text(&out.stdout);
        let lines: Vec<&str> = stdout.lines().collect();
        assert_eq!(
            lines.len(),
            1,
            "{kind:?} {args:?}: one server, one line: {stdout}"
        );
        let v: serde_json::Value = serde_json::from_str(lines[0]).expect("a JSON line");
        assert_eq!(v["server"]["name"], "srv-a", "{kind:?} {args:?}: {v}");
        assert!(v["data"].get(key).is_some(), "{kind:?} {args:?}: {v}");
    }

    // RAFTZ and IPQUEUESZ: one reply each, `data` an object (empty without Raft groups).
    for args in [
        &["request", "raft"][..],
        &["request", "ipqueue", "--all=false"][..],
    ] {
        let out = cli(&srv, "sys", args).await;
        assert_eq!(out.status.code(), Some(0), "{kind:?} {args:?}: {out:?}");
        let v: serde_json::Value =
            serde_json::from_str(text(&out.stdout).trim()).expect("one JSON line");
        assert!(v["data"].is_object(), "{kind:?} {args:?}: {v}");
    }

    // Not the system account: the request finds no responders.
    let out = cli(&srv, "free", &["ping"]).await;
    assert_eq!(out.status.code(), Some(1), "{kind:?}: {out:?}");
    assert!(
        text(&out.stderr)
            .contains("503 status from $SYS.REQ.SERVER.PING, ensure a system account is used"),
        "{kind:?}: {out:?}"
    );
}
server_test!(ping_and_request => server_ping_request_rnats, server_ping_request_reference);

async fn nagios_checks(kind: Kind) {
    let srv = start(kind);
    let port = srv.port();
    let out = cli(&srv, "sys", &["check", "connection"]).await;
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{kind:?}: {out:?}");
    assert!(
        stdout.starts_with(&format!(
            "OK Connection OK:connected to nats://127.0.0.1:{port} in "
        )),
        "{kind:?}: {stdout}"
    );
    assert!(stdout.contains(" OK:rtt time "), "{stdout}");
    assert!(stdout.contains(" OK:round trip took "), "{stdout}");
    let perf = stdout.split(" | ").nth(1).expect("perf data");
    let names: Vec<&str> = perf
        .split_whitespace()
        .map(|p| p.split('=').next().unwrap_or_default())
        .collect();
    assert_eq!(names, ["connect_time", "rtt", "request_time"], "{stdout}");
    assert!(perf.contains("s;0.5000;1.0000"), "{stdout}");

    // Thresholds no connection can meet: warning (1), then critical (2).
    let out = cli(
        &srv,
        "sys",
        &[
            "check",
            "conn",
            "--connect-warn",
            "1ns",
            "--connect-critical",
            "1h",
        ],
    )
    .await;
    assert_eq!(out.status.code(), Some(1), "{kind:?}: {out:?}");
    assert!(
        text(&out.stdout).starts_with("WARNING Connection Warn:connected to "),
        "{out:?}"
    );
    let out = cli(
        &srv,
        "sys",
        &["check", "connection", "--rtt-critical", "1ns"],
    )
    .await;
    assert_eq!(out.status.code(), Some(2), "{kind:?}: {out:?}");
    assert!(
        text(&out.stdout).contains(" Crit:rtt time exceeded 0.000000001"),
        "{out:?}"
    );

    let out = cli(&srv, "sys", &["check", "server", "--name", "srv-a"]).await;
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{kind:?}: {out:?}");
    assert!(
        stdout.starts_with("OK srv-a | uptime="),
        "{kind:?}: {stdout}"
    );
    assert!(stdout.contains(" connections=1 subscriptions="), "{stdout}");
    let out = cli(
        &srv,
        "sys",
        &[
            "check",
            "server",
            "--name",
            "srv-a",
            "--js-required",
            "--auth-required",
        ],
    )
    .await;
    assert_eq!(out.status.code(), Some(2), "{kind:?}: {out:?}");
    assert!(
        text(&out.stdout)
            .starts_with("CRITICAL srv-a Crit:JetStream not enabled OK:Authentication required |"),
        "{kind:?}: {out:?}"
    );
    let out = cli(
        &srv,
        "sys",
        &["check", "server", "--name", "srv-a", "--format", "json"],
    )
    .await;
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json check");
    assert_eq!(
        (v["status"].as_str(), v["check"].as_str()),
        (Some("OK"), Some("server"))
    );
}
server_test!(nagios_checks => server_check_rnats, server_check_reference);

async fn info_report(kind: Kind) {
    let srv = start(kind);
    for args in [&["info"][..], &["info", "srv-a"][..]] {
        let out = cli(&srv, "sys", args).await;
        let stdout = text(&out.stdout);
        assert_eq!(out.status.code(), Some(0), "{kind:?}: {out:?}");
        assert!(
            stdout.starts_with("Server information for srv-a (N"),
            "{kind:?}: {stdout}"
        );
        let lines: Vec<&str> = stdout.lines().map(str::trim).collect();
        for line in [
            "Process Details:",
            "Version: 2.14.0",
            "Auth Required: true",
            "Limits:",
            "Maximum Connections: 65,536",
            "Maximum Payload: 1.0 MiB",
            "TLS Timeout: 2.00s",
            "Write Deadline: 10.00s",
            "Statistics:",
            "Connections: 1",
            "Slow Consumers: 0",
        ] {
            assert!(lines.contains(&line), "{kind:?}: {line:?} in\n{stdout}");
        }
    }
    let out = cli(&srv, "free", &["info"]).await;
    assert_eq!(out.status.code(), Some(1), "{kind:?}: {out:?}");
}
server_test!(info_report => server_info_rnats, server_info_reference);

async fn list_table(kind: Kind) {
    let srv = start(kind);
    let out = cli(&srv, "sys", &["list"]).await;
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{kind:?}: {out:?}");
    let rows: Vec<Vec<&str>> = stdout
        .lines()
        .filter(|l| l.starts_with('│'))
        .map(|l| l.split('│').map(str::trim).collect())
        .collect();
    assert_eq!(rows[0][1], "Server Overview", "{stdout}");
    assert_eq!(
        rows[1][1..16],
        [
            "Name", "Cluster", "Host", "Version", "JS", "Conns", "Subs", "Routes", "GWs", "Mem",
            "CPU %", "Cores", "Slow", "Uptime", "RTT"
        ],
        "{stdout}"
    );
    assert_eq!(
        (rows[2][1], rows[2][3], rows[2][4], rows[2][5], rows[2][6]),
        ("srv-a", "127", "2.14.0", "no", "1"),
        "{kind:?}: {stdout}"
    );
    // The footer: clusters, servers, versions ok, JetStream servers, connections.
    assert_eq!(
        (rows[3][2], rows[3][3], rows[3][4], rows[3][5], rows[3][6]),
        ("0", "1", "", "0", "1"),
        "{kind:?}: {stdout}"
    );
    let out = cli(&srv, "sys", &["list", "--json"]).await;
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json list");
    assert_eq!(v[0]["server"]["name"], "srv-a", "{kind:?}: {v}");
}
server_test!(list_table => server_list_rnats, server_list_reference);

async fn jetstream_check(kind: Kind) {
    let store = tempfile::tempdir().expect("store");
    let dir = store.path().to_str().expect("utf-8");
    let srv = TestServer::start(kind, &["-js", "-sd", dir]);
    let out = cli(&srv, "any", &["check", "jetstream"]).await;
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{kind:?}: {out:?}");
    assert!(
        stdout.starts_with("OK JetStream | memory=0B memory_pct=0%;75;90 storage=0B "),
        "{kind:?}: {stdout}"
    );
    let names: Vec<&str> = stdout
        .split(" | ")
        .nth(1)
        .unwrap_or_default()
        .split_whitespace()
        .map(|p| p.split('=').next().unwrap_or_default())
        .collect();
    assert_eq!(
        names,
        [
            "memory",
            "memory_pct",
            "storage",
            "storage_pct",
            "streams",
            "streams_pct",
            "consumers",
            "consumers_pct",
            "replicas_ok",
            "replicas_no_leader",
            "replicas_missing_replicas",
            "replicas_lagged",
            "replicas_not_seen",
            "replicas_fail"
        ],
        "{stdout}"
    );
    let out = cli(
        &srv,
        "any",
        &["check", "js", "--mem-warn", "90", "--mem-critical", "75"],
    )
    .await;
    assert_eq!(out.status.code(), Some(2), "{kind:?}: {out:?}");
    assert!(
        text(&out.stdout).starts_with("CRITICAL JetStream Crit:memory: invalid thresholds |"),
        "{out:?}"
    );
    // Without JetStream the check is critical.
    let plain = TestServer::start(kind, &[]);
    let out = cli(&plain, "any", &["check", "jetstream"]).await;
    assert_eq!(out.status.code(), Some(2), "{kind:?}: {out:?}");
    assert!(
        text(&out.stdout).starts_with("CRITICAL JetStream Crit:JetStream not available: "),
        "{kind:?}: {out:?}"
    );
}
server_test!(jetstream_check => server_check_js_rnats, server_check_js_reference);

async fn report_connections(kind: Kind) {
    let srv = start(kind);
    let other = async_nats::ConnectOptions::with_user_and_password("free".into(), "free".into())
        .name("reported")
        .connect(srv.url())
        .await
        .expect("connect");
    let _s1 = other.subscribe("r.1").await.expect("sub");
    let _s2 = other.subscribe("r.2").await.expect("sub");
    other.flush().await.expect("flush");
    let out = cli(
        &srv,
        "sys",
        &["report", "connections", "--sort", "subs", "-R"],
    )
    .await;
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{kind:?}: {out:?}");
    let rows: Vec<Vec<&str>> = stdout
        .lines()
        .filter(|l| l.starts_with('│'))
        .map(|l| l.split('│').map(str::trim).collect())
        .collect();
    assert_eq!(rows[0][1], "Top 2 Connections out of 2 by subs", "{stdout}");
    assert_eq!(
        rows[1][1..13],
        [
            "CID",
            "Name",
            "Server",
            "Cluster",
            "IP",
            "Account",
            "Uptime",
            "In Msgs",
            "Out Msgs",
            "In Bytes",
            "Out Bytes",
            "Subs"
        ],
        "{stdout}"
    );
    // Most subscriptions first with -R: the client with two.
    assert_eq!(
        (rows[2][2], rows[2][3], rows[2][6], rows[2][12]),
        ("reported", "srv-a", "A", "2"),
        "{kind:?}: {stdout}"
    );
    assert_eq!(rows[4][2], "Totals for 2 connections", "{kind:?}: {stdout}");
    assert!(stdout.contains("Connections per server"), "{stdout}");
    let out = cli(
        &srv,
        "sys",
        &["report", "connections", "--json", "--account", "A"],
    )
    .await;
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json report");
    assert_eq!(v.as_array().map(Vec::len), Some(1), "{kind:?}: {v}");
    assert_eq!(v[0]["name"], "reported", "{kind:?}: {v}");
    assert_eq!(v[0]["server"]["name"], "srv-a", "{kind:?}: {v}");
    // Accounts: the free user's A (two subscriptions, most with -R) and the CLI's own SYS.
    let out = cli(&srv, "sys", &["report", "accounts", "-R"]).await;
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{kind:?}: {out:?}");
    let rows: Vec<Vec<&str>> = stdout
        .lines()
        .filter(|l| l.starts_with('│'))
        .map(|l| l.split('│').map(str::trim).collect())
        .collect();
    assert_eq!(rows[0][1], "2 Accounts Overview", "{stdout}");
    assert_eq!(
        rows[1][1..8],
        [
            "Account",
            "Connections",
            "In Msgs",
            "Out Msgs",
            "In Bytes",
            "Out Bytes",
            "Subs"
        ],
        "{stdout}"
    );
    assert_eq!(
        (rows[2][1], rows[2][2], rows[2][7]),
        ("A", "1", "2"),
        "{kind:?}: {stdout}"
    );
    assert_eq!((rows[3][1], rows[3][2]), ("SYS", "1"), "{kind:?}: {stdout}");
    let out = cli(
        &srv,
        "sys",
        &[
            "report", "accounts", "--json", "--top", "1", "--sort", "conns",
        ],
    )
    .await;
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json report");
    assert_eq!(v.as_array().map(Vec::len), Some(1), "{kind:?}: {v}");
    assert_eq!(v[0]["connections"], 1, "{kind:?}: {v}");
    assert_eq!(v[0]["server"][0]["name"], "srv-a", "{kind:?}: {v}");
    // One account: its connections, as the connections report shows them.
    let out = cli(&srv, "sys", &["report", "accounts", "A"]).await;
    assert_eq!(out.status.code(), Some(0), "{kind:?}: {out:?}");
    assert!(
        text(&out.stdout).contains("Top 1 Connections out of 1 by subs"),
        "{out:?}"
    );
    let out = cli(&srv, "sys", &["report", "cpu"]).await;
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert_eq!(
        text(&out.stderr),
        "nats: error: `nats server report cpu` is not supported by rnats yet\n"
    );
}
server_test!(report_connections => server_report_conns_rnats, server_report_conns_reference);

/// The hash `server passwd` prints is one the server accepts for the plain password.
async fn passwd_hash_is_accepted(kind: Kind) {
    let out = tokio::task::spawn_blocking(|| {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_rnats"));
        cmd.args(["server", "passwd", "-p", "correct horse", "--cost", "4"]);
        run_bounded(cmd, RUN_TIMEOUT)
    })
    .await
    .expect("join");
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let hash = text(&out.stdout).trim().to_string();
    assert!(hash.starts_with("$2a$04$"), "{hash}");
    let dir = tempfile::tempdir().expect("dir");
    let conf = dir.path().join("bcrypt.conf");
    std::fs::write(
        &conf,
        format!("authorization {{ user: u, password: \"{hash}\" }}\n"),
    )
    .expect("write conf");
    let srv = TestServer::start(kind, &["-c", conf.to_str().expect("utf-8")]);
    let ok = async_nats::ConnectOptions::with_user_and_password("u".into(), "correct horse".into())
        .connect(srv.url())
        .await;
    assert!(ok.is_ok(), "{kind:?}: the hashed password is accepted");
    let bad = async_nats::ConnectOptions::with_user_and_password("u".into(), "wrong horse".into())
        .connect(srv.url())
        .await;
    assert!(bad.is_err(), "{kind:?}: another password is refused");

    let short = tokio::task::spawn_blocking(|| {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_rnats"));
        cmd.args(["server", "passwd", "-p", "short"]);
        run_bounded(cmd, RUN_TIMEOUT)
    })
    .await
    .expect("join");
    assert_eq!(short.status.code(), Some(1));
    assert_eq!(
        text(&short.stderr),
        "nats: error: password should be at least 10 characters long\n"
    );
}
server_test!(passwd_hash_is_accepted => server_passwd_rnats, server_passwd_reference);

/// `rnats server` with flags is still the server, with a subcommand natscli's family.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn server_word_dispatch() {
    let out = tokio::task::spawn_blocking(|| {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_rnats"));
        cmd.args(["server", "--help"]);
        let srv_help = run_bounded(cmd, RUN_TIMEOUT);
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_rnats"));
        cmd.args(["server", "ping", "--help"]);
        let ping_help = run_bounded(cmd, RUN_TIMEOUT);
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_rnats"));
        cmd.args(["server", "report", "mem"]);
        let report = run_bounded(cmd, RUN_TIMEOUT);
        (srv_help, ping_help, report)
    })
    .await
    .expect("join");
    let (srv_help, ping_help, report) = out;
    assert!(
        text(&srv_help.stdout).contains("Usage: nats-server [options]"),
        "{srv_help:?}"
    );
    assert!(
        text(&srv_help.stdout).contains("runs natscli's server commands"),
        "the help says how to reach the natscli family: {srv_help:?}"
    );
    assert!(
        text(&ping_help.stdout).contains("Ping all servers"),
        "{ping_help:?}"
    );
    assert_eq!(report.status.code(), Some(2));
    assert_eq!(
        text(&report.stderr),
        "nats: error: `nats server report mem` is not supported by rnats yet\n"
    );
}

/// `server check stream`, `consumer`, `kv`, `message` (against both servers) and `server check
/// credential` (a local file): Nagios lines and exit codes as jsm.go's checks give them.
async fn kv_message_credential_checks(kind: Kind) {
    use async_nats::jetstream::{self, kv, stream};
    let store = tempfile::tempdir().expect("store");
    let dir = store.path().to_str().expect("utf-8");
    let srv = TestServer::start(kind, &["-js", "-sd", dir]);
    let client = srv.client().await;
    let js = jetstream::new(client.clone());
    let bucket = js
        .create_key_value(kv::Config {
            bucket: "CFG".into(),
            ..Default::default()
        })
        .await
        .expect("bucket");
    bucket.put("a", "1".into()).await.expect("put");
    bucket.put("gone", "2".into()).await.expect("put");
    bucket.delete("gone").await.expect("delete");
    js.create_stream(stream::Config {
        name: "EV".into(),
        subjects: vec!["ev.>".into()],
        ..Default::default()
    })
    .await
    .expect("stream");
    js.publish("ev.a", "hello 1".into())
        .await
        .expect("publish")
        .await
        .expect("ack");

    let ev = js.get_stream("EV").await.expect("stream EV");
    ev.create_consumer(jetstream::consumer::pull::Config {
        durable_name: Some("C".into()),
        ..Default::default()
    })
    .await
    .expect("consumer");

    let run = |args: &'static [&'static str]| cli(&srv, "any", args);
    // One message not yet delivered: unprocessed 1 is critical at 1, OK at 5; no deliveries.
    let out = run(&["check", "consumer", "--stream", "EV", "--consumer", "C"]).await;
    assert_eq!(out.status.code(), Some(0), "{kind:?}: {out:?}");
    assert_eq!(
        text(&out.stdout),
        "OK EV_C | ack_pending=0 pull_waiting=0 pending=1 redelivered=0\n",
        "{kind:?}"
    );
    let out = run(&[
        "check",
        "consumer",
        "--stream",
        "EV",
        "--consumer",
        "C",
        "--unprocessed-critical",
        "1",
        "--outstanding-ack-critical",
        "5",
        "--last-delivery-critical",
        "1h",
    ])
    .await;
    assert_eq!(out.status.code(), Some(2), "{kind:?}: {out:?}");
    assert_eq!(
        text(&out.stdout),
        "CRITICAL EV_C Crit:Unprocessed Messages: 1 Crit:No deliveries OK:Ack Pending: 0 | \
         ack_pending=0;;5 pull_waiting=0 pending=1;;1 redelivered=0\n",
        "{kind:?}"
    );
    let out = run(&["check", "consumer", "--stream", "EV", "--consumer", "NOPE"]).await;
    assert_eq!(out.status.code(), Some(2), "{kind:?}: {out:?}");
    assert!(
        text(&out.stdout)
            .starts_with("CRITICAL EV_NOPE Crit:could not load info: consumer not found (10014)"),
        "{kind:?}: {out:?}"
    );

    let out = run(&["check", "stream", "--stream", "EV"]).await;
    assert_eq!(out.status.code(), Some(0), "{kind:?}: {out:?}");
    assert_eq!(
        text(&out.stdout),
        "OK EV OK:0 sources | sources=0\n",
        "{kind:?}"
    );
    let out = run(&[
        "check",
        "stream",
        "--stream",
        "EV",
        "--msgs-warn",
        "5",
        "--msgs-critical",
        "1",
        "--subjects-warn",
        "1",
        "--subjects-critical",
        "10",
    ])
    .await;
    assert_eq!(out.status.code(), Some(2), "{kind:?}: {out:?}");
    assert_eq!(
        text(&out.stdout),
        "CRITICAL EV Crit:1 messages Warn:1 subjects OK:0 sources | messages=1;5;1 \
         subjects=1;1;10 sources=0\n",
        "{kind:?}"
    );
    let out = run(&[
        "check",
        "stream",
        "--stream",
        "EV",
        "--peer-expect",
        "3",
        "--lag-critical",
        "10",
    ])
    .await;
    assert_eq!(out.status.code(), Some(2), "{kind:?}: {out:?}");
    assert_eq!(
        text(&out.stdout),
        "CRITICAL EV Crit:Stream is not clustered Crit:not mirrored OK:0 sources OK:0 sources \
         current OK:0 sources active | sources=0 sources_lagged=0 sources_inactive=0\n",
        "{kind:?}"
    );
    let out = run(&["check", "kv", "--bucket", "CFG", "--key", "a"]).await;
    assert_eq!(out.status.code(), Some(0), "{kind:?}: {out:?}");
    assert!(
        text(&out.stdout).starts_with("OK CFG OK:bucket CFG OK:key a found | values=2 bytes="),
        "{kind:?}: {out:?}"
    );
    assert!(
        text(&out.stdout).trim_end().ends_with(" replicas=1"),
        "{out:?}"
    );
    // A deleted key is not found, as nats.go's Get has it.
    let out = run(&["check", "kv", "--bucket", "CFG", "--key", "gone"]).await;
    assert_eq!(out.status.code(), Some(2), "{kind:?}: {out:?}");
    assert!(
        text(&out.stdout).starts_with("CRITICAL CFG Crit:key gone not found OK:bucket CFG |"),
        "{kind:?}: {out:?}"
    );
    let out = run(&[
        "check",
        "kv",
        "--bucket",
        "CFG",
        "--values-warn",
        "2",
        "--values-critical",
        "10",
    ])
    .await;
    assert_eq!(out.status.code(), Some(1), "{kind:?}: {out:?}");
    assert!(
        text(&out.stdout).starts_with("WARNING CFG Warn:2 values OK:bucket CFG | values=2;2;10 "),
        "{kind:?}: {out:?}"
    );
    let out = run(&["check", "kv", "--bucket", "NOPE"]).await;
    assert_eq!(out.status.code(), Some(2), "{kind:?}: {out:?}");
    assert_eq!(
        text(&out.stdout),
        "CRITICAL NOPE Crit:bucket NOPE not found\n"
    );

    let out = run(&[
        "check",
        "message",
        "--stream",
        "EV",
        "--subject",
        "ev.a",
        "--content",
        "^hello",
    ])
    .await;
    assert_eq!(out.status.code(), Some(0), "{kind:?}: {out:?}");
    let stdout = text(&out.stdout);
    assert!(
        stdout.starts_with("OK Stream Message OK:Valid message on EV > ev.a | age="),
        "{kind:?}: {stdout}"
    );
    assert!(
        stdout.trim_end().ends_with("s size=7B"),
        "{kind:?}: {stdout}"
    );
    let out = run(&[
        "check",
        "message",
        "--stream",
        "EV",
        "--subject",
        "ev.a",
        "--content",
        "bye",
    ])
    .await;
    assert_eq!(out.status.code(), Some(2), "{kind:?}: {out:?}");
    assert!(
        text(&out.stdout).starts_with("CRITICAL Stream Message Crit:does not match regex: bye |"),
        "{kind:?}: {out:?}"
    );
    let out = run(&["check", "message", "--stream", "EV", "--subject", "ev.none"]).await;
    assert_eq!(out.status.code(), Some(2), "{kind:?}: {out:?}");
    assert_eq!(
        text(&out.stdout),
        "CRITICAL Stream Message Crit:no message found\n",
        "{kind:?}"
    );

    // A user credential expiring in an hour: OK by default, critical within two hours, and
    // one that never expires is critical unless expiry is not required.
    use rnats_proto::jwt::UserClaims;
    use rnats_proto::nkeys::{KeyPair, KeyRole};
    let account = KeyPair::new(KeyRole::Account).expect("account key");
    let user = KeyPair::new(KeyRole::User).expect("user key");
    let creds = |expires: i64| {
        let mut claims = UserClaims::new_user(&user.public_key());
        claims.data.expires = expires;
        let jwt = claims.encode(&account).expect("jwt");
        rnats_proto::jwt::format_user_config(&jwt, &user.seed()).expect("creds")
    };
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    let files = tempfile::tempdir().expect("creds dir");
    let hour = files.path().join("hour.creds");
    std::fs::write(&hour, creds(now + 3600)).expect("write");
    let never = files.path().join("never.creds");
    std::fs::write(&never, creds(0)).expect("write");
    let (hour, never) = (
        hour.to_string_lossy().into_owned(),
        never.to_string_lossy().into_owned(),
    );
    let local = |args: Vec<String>| {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_rnats"));
        cmd.arg("server").arg("check").arg("credential").args(args);
        run_bounded(cmd, RUN_TIMEOUT)
    };
    let ok = local(vec!["--credential".into(), hour.clone()]);
    assert_eq!(ok.status.code(), Some(0), "{ok:?}");
    assert!(
        text(&ok.stdout).starts_with("OK Credential OK:expires in ")
            && text(&ok.stdout).contains(" | expiry="),
        "{ok:?}"
    );
    let crit = local(vec![
        "--credential".into(),
        hour,
        "--validity-critical".into(),
        "2h".into(),
    ]);
    assert_eq!(crit.status.code(), Some(2), "{crit:?}");
    assert!(
        text(&crit.stdout).starts_with("CRITICAL Credential Crit:expires sooner than 2h"),
        "{crit:?}"
    );
    let out = local(vec!["--credential".into(), never.clone()]);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert!(
        text(&out.stdout).starts_with("CRITICAL Credential Crit:never expires |"),
        "{out:?}"
    );
    let out = local(vec![
        "--credential".into(),
        never,
        "--require-expiry".into(),
        "false".into(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(
        text(&out.stdout).starts_with("OK Credential OK:never expires |"),
        "{out:?}"
    );
}
server_test!(kv_message_credential_checks => server_check_kv_msg_cred_rnats, server_check_kv_msg_cred_reference);

/// `server report jetstream`: natscli's "JetStream Summary" table, one row per server and the
/// totals in the footer; `--leaders` is refused by name.
async fn report_jetstream(kind: Kind) {
    let store = tempfile::tempdir().expect("store");
    let dir = store.path().to_str().expect("utf-8");
    let conf = server_conf("auth_system_account.conf");
    let srv = TestServer::start(kind, &["-c", &conf, "-n", "srv-a", "-js", "-sd", dir]);
    let out = cli(&srv, "sys", &["report", "jetstream"]).await;
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{kind:?}: {out:?}");
    let rows: Vec<Vec<&str>> = stdout
        .lines()
        .filter(|l| l.starts_with('│'))
        .map(|l| l.split('│').map(str::trim).collect())
        .collect();
    assert_eq!(rows[0][1], "JetStream Summary", "{stdout}");
    assert_eq!(
        rows[1][1..11],
        [
            "Server",
            "Cluster",
            "Streams",
            "Consumers",
            "Messages",
            "Bytes",
            "Memory",
            "File",
            "API Req",
            "Pending"
        ],
        "{kind:?}: {stdout}"
    );
    assert_eq!(
        (rows[2][1], rows[2][3], rows[2][4], rows[2][10]),
        ("srv-a", "0", "0", "0"),
        "{kind:?}: {stdout}"
    );
    // The footer: totals under a separator.
    assert_eq!(rows.len(), 4, "{kind:?}: {stdout}");
    assert_eq!((rows[3][1], rows[3][3]), ("", "0"), "{kind:?}: {stdout}");
    let out = cli(&srv, "sys", &["report", "js", "--json"]).await;
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json report");
    assert_eq!(v[0]["server"]["name"], "srv-a", "{kind:?}: {v}");
    let out = cli(&srv, "sys", &["report", "jetstream", "-l"]).await;
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert!(
        text(&out.stderr).contains("--leaders` is not supported by rnats yet"),
        "{out:?}"
    );
}
server_test!(report_jetstream => server_report_js_rnats, server_report_js_reference);
