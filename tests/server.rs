//! The server process from the outside: flags (`-p -1`, `-l`, `-P`, `--ports_file_dir`, `-t`,
//! `-c`), its log lines, signals and exit codes, and the HTTP monitoring endpoints (`-m`).

use std::time::{Duration, Instant};

use futures::StreamExt;
use serde_json::json;

use crate::util::{
    run_bounded, server_conf, server_test, sync, wait_for_file, Kind, TestServer, READ_TIMEOUT,
};

server_test!(random_port_logged => random_port_logged_rnats, random_port_logged_reference);
async fn random_port_logged(kind: Kind) {
    let mut server = TestServer::start(kind, &[]);
    let port = server.port();
    assert!(port != 0 && port != 4222, "-p -1 picked port {port}");
    let line = server.wait_for_log("Listening for client connections on", READ_TIMEOUT);
    assert!(line.ends_with(&format!("127.0.0.1:{port}")), "{line}");
    server.wait_for_log("Server is ready", READ_TIMEOUT);
    let conn = server.raw().await;
    assert_eq!(conn.info["port"], port, "INFO carries the bound port");
    assert_eq!(conn.info["host"], "127.0.0.1");
    // Two servers with -p -1 do not collide.
    let other = TestServer::start(kind, &[]);
    assert_ne!(other.port(), port);
}

server_test!(log_file => log_file_rnats, log_file_reference);
async fn log_file(kind: Kind) {
    let mut server = TestServer::start(kind, &["-l", "server.log"]);
    server.wait_for_log("Server is ready", READ_TIMEOUT);
    let log = std::fs::read_to_string(server.dir().join("server.log")).expect("log file");
    assert!(
        log.contains(&format!(
            "Listening for client connections on 127.0.0.1:{}",
            server.port()
        )),
        "{log}"
    );
    assert!(log.contains("Server is ready"), "{log}");
    assert!(
        !server.stderr().contains("Server is ready"),
        "with -l the log goes to the file only"
    );
}

server_test!(pid_file => pid_file_rnats, pid_file_reference);
async fn pid_file(kind: Kind) {
    let server = TestServer::start(kind, &["-P", "server.pid"]);
    let text = wait_for_file(&server.dir().join("server.pid"), READ_TIMEOUT);
    assert_eq!(text.trim(), server.pid().to_string());
}

server_test!(ports_file => ports_file_rnats, ports_file_reference);
async fn ports_file(kind: Kind) {
    let dir = tempfile::tempdir().expect("temp dir");
    let dir_arg = dir.path().to_string_lossy().into_owned();
    let mut server = TestServer::start(kind, &["-m", "-1", "--ports_file_dir", &dir_arg]);
    // Upstream names the file after the executable and the pid.
    let path = dir
        .path()
        .join(format!("{}_{}.ports", kind.exe_name(), server.pid()));
    let text = wait_for_file(&path, READ_TIMEOUT);
    let ports: serde_json::Value = serde_json::from_str(&text).expect("ports file is JSON");
    assert_eq!(
        ports,
        json!({
            "nats": [format!("nats://127.0.0.1:{}", server.port())],
            "monitoring": [format!("http://127.0.0.1:{}", server.monitor_port())],
        })
    );
    // A clean shutdown removes it.
    assert!(server.terminate().success());
    assert!(!path.exists(), "ports file left behind after shutdown");

    // Without monitoring only the client URL is listed.
    let server = TestServer::start(kind, &["--ports_file_dir", &dir_arg]);
    let path = dir
        .path()
        .join(format!("{}_{}.ports", kind.exe_name(), server.pid()));
    let ports: serde_json::Value =
        serde_json::from_str(&wait_for_file(&path, READ_TIMEOUT)).expect("ports file is JSON");
    assert_eq!(
        ports,
        json!({"nats": [format!("nats://127.0.0.1:{}", server.port())]})
    );
}

server_test!(config_check_good => config_check_good_rnats, config_check_good_reference);
async fn config_check_good(kind: Kind) {
    let out = run_bounded(
        kind.command(&["-t", "-c", &server_conf("good.conf")]),
        Duration::from_secs(10),
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{:?}: {stderr}", out.status);
    assert!(stderr.contains("good.conf is valid"), "{stderr}");
}

server_test!(config_check_bad => config_check_bad_rnats, config_check_bad_reference);
async fn config_check_bad(kind: Kind) {
    let out = run_bounded(
        kind.command(&["-t", "-c", &server_conf("bad_unknown_field.conf")]),
        Duration::from_secs(10),
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "a bad config must fail -t: {stderr}");
    assert!(
        stderr.contains("bad_unknown_field.conf:3:1: unknown field \"no_such_setting\""),
        "{stderr}"
    );
}

server_test!(authorization_enforced => authorization_enforced_rnats, authorization_enforced_reference);
/// A user/password file: the right credentials connect, none or wrong ones get
/// `Authorization Violation` and are closed.
async fn authorization_enforced(kind: Kind) {
    let server = TestServer::start(kind, &["-c", &server_conf("authorization.conf")]);
    let mut ok = server.raw().await;
    ok.send(b"CONNECT {\"verbose\":false,\"user\":\"alice\",\"pass\":\"secret\"}\r\nPING\r\n")
        .await;
    ok.expect("PONG\r\n").await;
    for connect in [
        "CONNECT {\"verbose\":false}\r\nPING\r\n",
        "CONNECT {\"verbose\":false,\"user\":\"alice\",\"pass\":\"wrong\"}\r\nPING\r\n",
    ] {
        let mut bad = server.raw().await;
        bad.send(connect.as_bytes()).await;
        let got = bad.expect_closed(Duration::from_secs(5)).await;
        assert_eq!(
            got, "-ERR 'Authorization Violation'\r\n",
            "{kind:?} {connect}"
        );
    }
}

server_test!(sigterm_exits_zero => sigterm_exits_zero_rnats, sigterm_exits_zero_reference);
async fn sigterm_exits_zero(kind: Kind) {
    let mut server = TestServer::start(kind, &[]);
    // With a client connected, too.
    let client = server.client().await;
    client.flush().await.expect("flush");
    let status = server.terminate();
    assert_eq!(
        status.code(),
        Some(0),
        "exit status after SIGTERM: {status}"
    );
}

server_test!(monitoring => monitoring_rnats, monitoring_reference);
async fn monitoring(kind: Kind) {
    let mut server = TestServer::start(kind, &["-m", "-1"]);
    let line = server.wait_for_log("Starting http monitor on", READ_TIMEOUT);
    assert!(
        line.ends_with(&format!("127.0.0.1:{}", server.monitor_port())),
        "{line}"
    );

    assert_eq!(
        server.monitor_json("/healthz").await,
        json!({"status": "ok"})
    );

    let named = server
        .client_with(async_nats::ConnectOptions::new().name("monitor-test"))
        .await;
    let mut sub_a = named.subscribe("mon.a").await.expect("subscribe");
    let _sub_b = named.subscribe("mon.b").await.expect("subscribe");
    // Wait until the server lists both subscriptions (the named client makes no requests, so
    // it has no inbox subscription either).
    let deadline = Instant::now() + READ_TIMEOUT;
    let mine = loop {
        let connz = server.monitor_json("/connz?subs=1").await;
        let mine = connz["connections"]
            .as_array()
            .and_then(|cs| cs.iter().find(|c| c["name"] == "monitor-test").cloned());
        if let Some(mine) = mine.filter(|c| c["subscriptions"] == 2) {
            break mine;
        }
        assert!(
            Instant::now() < deadline,
            "subscriptions not listed: {connz}"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    };
    let subs: Vec<&str> = mine["subscriptions_list"]
        .as_array()
        .expect("subscriptions_list with subs=1")
        .iter()
        .filter_map(|s| s.as_str())
        .collect();
    assert!(
        subs.contains(&"mon.a") && subs.contains(&"mon.b"),
        "{subs:?}"
    );
    assert_eq!(mine["lang"], "rust");
    let publisher = server.client().await;
    for _ in 0..3 {
        publisher
            .publish("mon.a", "12345".into())
            .await
            .expect("publish");
    }
    publisher.flush().await.expect("flush");
    for _ in 0..3 {
        tokio::time::timeout(READ_TIMEOUT, sub_a.next())
            .await
            .expect("message")
            .expect("subscription open");
    }

    let varz = server.monitor_json("/varz").await;
    let id = varz["server_id"].as_str().expect("server_id");
    assert!(id.len() == 56 && id.starts_with('N'), "server_id {id}");
    assert_eq!(varz["port"], server.port());
    // (varz "http_port" is not checked: with `-m -1` nats-server reports -1, not the port.)
    assert_eq!(varz["max_payload"], 1024 * 1024);
    assert_eq!(varz["connections"], 2);
    assert_eq!(varz["in_msgs"], 3);
    assert_eq!(varz["out_msgs"], 3);
    assert_eq!(varz["in_bytes"], 15);
    assert_eq!(varz["out_bytes"], 15);
    for key in [
        "version",
        "start",
        "now",
        "uptime",
        "total_connections",
        "subscriptions",
    ] {
        assert!(!varz[key].is_null(), "varz lacks {key}: {varz}");
    }

    let connz = server.monitor_json("/connz?subs=1").await;
    assert_eq!(connz["num_connections"], 2, "{connz}");
    let conns = connz["connections"].as_array().expect("connections");
    let mine = conns
        .iter()
        .find(|c| c["name"] == "monitor-test")
        .unwrap_or_else(|| panic!("named client missing from connz: {connz}"));
    assert_eq!(mine["out_msgs"], 3, "{mine}");
    assert_eq!(mine["out_bytes"], 15, "{mine}");

    let subsz = server.monitor_json("/subsz").await;
    let before = subsz["num_subscriptions"]
        .as_u64()
        .expect("num_subscriptions");
    let _more = (
        publisher.subscribe("mon.c").await.expect("subscribe"),
        publisher.subscribe("mon.d.>").await.expect("subscribe"),
    );
    sync(&publisher).await;
    // sync added the publisher's request inbox subscription as well.
    let subsz = server.monitor_json("/subsz").await;
    assert_eq!(subsz["num_subscriptions"], before + 3, "{subsz}");

    // A client that leaves shows up among the closed connections.
    named.drain().await.expect("drain");
    let deadline = Instant::now() + READ_TIMEOUT;
    let closed = loop {
        let connz = server.monitor_json("/connz?state=closed").await;
        let found = connz["connections"]
            .as_array()
            .and_then(|cs| cs.iter().find(|c| c["name"] == "monitor-test").cloned());
        if let Some(conn) = found {
            break conn;
        }
        assert!(
            Instant::now() < deadline,
            "closed client not listed: {connz}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert_eq!(closed["reason"], "Client Closed", "{closed}");
    assert!(!closed["stop"].is_null(), "{closed}");
    let open = server.monitor_json("/connz").await;
    assert_eq!(open["num_connections"], 1, "{open}");
}

server_test!(lame_duck => lame_duck_rnats, lame_duck_reference);
/// SIGUSR2: protocol-1 clients are told (`INFO` with `"ldm":true`), new connections are no
/// longer served,
/// and existing ones are closed after the grace period.
async fn lame_duck(kind: Kind) {
    let server = TestServer::start(kind, &["-c", &server_conf("lame_duck.conf")]);
    // Only clients that speak protocol 1 get asynchronous INFO.
    let mut conn = server
        .raw_connect_with(r#"{"verbose":false,"pedantic":false,"protocol":1}"#)
        .await;
    conn.send(b"PING\r\n").await;
    conn.expect("PONG\r\n").await;
    crate::util::signal(server.pid(), "USR2");
    let info = conn
        .expect_within("\"ldm\":true", Duration::from_secs(5))
        .await;
    assert!(info.contains("INFO {"), "{info}");
    // A new connection gets no INFO: the listener is closed (or the socket dropped).
    let refused = match tokio::time::timeout(
        READ_TIMEOUT,
        tokio::net::TcpStream::connect(("127.0.0.1", server.port())),
    )
    .await
    {
        Ok(Err(_)) => true,
        Ok(Ok(mut s)) => {
            use tokio::io::AsyncReadExt;
            let mut buf = [0u8; 64];
            matches!(
                tokio::time::timeout(READ_TIMEOUT, s.read(&mut buf)).await,
                Ok(Ok(0)) | Ok(Err(_))
            )
        }
        Err(_) => false,
    };
    assert!(refused, "a new client was served during lame duck mode");
    // After the 1s grace period the existing client is closed.
    conn.expect_closed(Duration::from_secs(10)).await;
}

server_test!(lame_duck_without_clients => lame_duck_without_clients_rnats, lame_duck_without_clients_reference);
/// Lame duck mode with no client to drain ends at once: no grace period to sit out.
async fn lame_duck_without_clients(kind: Kind) {
    let mut server = TestServer::start(kind, &["-c", &server_conf("lame_duck.conf")]);
    let started = Instant::now();
    crate::util::signal(server.pid(), "USR2");
    server.wait_exit(Duration::from_secs(10));
    assert!(
        started.elapsed() < Duration::from_millis(900),
        "{kind:?}: lame duck took {:?} without clients",
        started.elapsed()
    );
}

server_test!(ipv6_listen => ipv6_listen_rnats, ipv6_listen_reference);
/// `-a ::1` binds the IPv6 loopback (skipped where the machine has no IPv6 loopback).
async fn ipv6_listen(kind: Kind) {
    if std::net::TcpListener::bind("[::1]:0").is_err() {
        eprintln!("skipping: no IPv6 loopback on this machine");
        return;
    }
    let server = TestServer::start(kind, &["-a", "::1"]);
    let line = server.stderr();
    assert!(
        line.contains(&format!(
            "Listening for client connections on [::1]:{}",
            server.port()
        )),
        "{line}"
    );
    let mut s = tokio::time::timeout(
        READ_TIMEOUT,
        tokio::net::TcpStream::connect(("::1", server.port())),
    )
    .await
    .expect("connect in time")
    .expect("connect over IPv6");
    use tokio::io::AsyncReadExt;
    let mut buf = vec![0u8; 4096];
    let n = tokio::time::timeout(READ_TIMEOUT, s.read(&mut buf))
        .await
        .expect("INFO in time")
        .expect("read INFO");
    assert!(buf[..n].starts_with(b"INFO {"));
}
