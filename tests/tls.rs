//! TLS on the client and monitoring ports, against rnats and the reference nats-server with
//! the same expectations: server TLS, mutual TLS (a missing or foreign client certificate is
//! refused), `verify_and_map` to a configured user, TLS first, `allow_non_tls`, a plain client
//! on a TLS-only port, the CLI over `tls://`, HTTPS monitoring, and certificate reload on
//! SIGHUP. Certificates are made by the test (rcgen).

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use async_nats::ConnectOptions;
use futures::StreamExt;

use crate::util::certs::Certs;
use crate::util::{run_bounded, server_test, signal, Kind, RawConn, TestServer, READ_TIMEOUT};

/// A server with `conf` written next to fresh certificates (kept alive by the returned dir).
fn start(
    kind: Kind,
    conf: impl Fn(&Certs) -> String,
    extra: &[&str],
) -> (TestServer, Certs, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("tempdir");
    let certs = Certs::make(dir.path());
    let path = dir.path().join("server.conf");
    std::fs::write(&path, conf(&certs)).expect("write conf");
    let mut args = vec!["-c", path.to_str().expect("utf8")];
    args.extend_from_slice(extra);
    (TestServer::start(kind, &args), certs, dir)
}

fn tls_client(certs: &Certs) -> ConnectOptions {
    ConnectOptions::new()
        .add_root_certificates(certs.ca.clone())
        .require_tls(true)
}

/// One subject round trip and one request through `client`.
async fn round_trip(client: &async_nats::Client, subject: &str) {
    let mut sub = client
        .subscribe(subject.to_string())
        .await
        .expect("subscribe");
    client.flush().await.expect("flush");
    client
        .publish(subject.to_string(), "over tls".into())
        .await
        .expect("publish");
    let msg = tokio::time::timeout(READ_TIMEOUT, sub.next())
        .await
        .expect("message in time")
        .expect("message");
    assert_eq!(&msg.payload[..], b"over tls");
    let svc = format!("{subject}.svc");
    let mut responder = client.subscribe(svc.clone()).await.expect("subscribe svc");
    let c = client.clone();
    let task = tokio::spawn(async move {
        if let Some(m) = responder.next().await {
            if let Some(reply) = m.reply {
                c.publish(reply, m.payload).await.expect("reply");
                c.flush().await.expect("flush");
            }
        }
    });
    let resp = client
        .request(svc, "ping".into())
        .await
        .expect("request over tls");
    assert_eq!(&resp.payload[..], b"ping");
    task.await.expect("responder");
}

async fn server_tls(kind: Kind) {
    let (server, certs, _dir) = start(kind, |c| c.tls_block(""), &[]);
    // INFO goes out in plain text first and says TLS is required.
    let raw = RawConn::connect(server.port()).await;
    assert_eq!(raw.info["tls_required"], true, "{kind:?}: {}", raw.info);
    assert!(
        raw.info.get("tls_verify").is_none(),
        "{kind:?}: {}",
        raw.info
    );
    drop(raw);
    let client = tls_client(&certs)
        .connect(server.url())
        .await
        .unwrap_or_else(|e| panic!("{kind:?}: TLS connect: {e}"));
    round_trip(&client, "tls.basic").await;
    // A client that does not trust the server's CA cannot connect.
    let refused = ConnectOptions::new()
        .require_tls(true)
        .connect(server.url())
        .await;
    assert!(
        refused.is_err(),
        "{kind:?}: untrusted server certificate accepted"
    );
}
server_test!(server_tls => server_tls_rnats, server_tls_reference);

async fn plain_client_on_tls_port(kind: Kind) {
    let (server, _certs, _dir) = start(kind, |c| c.tls_block(""), &[]);
    let mut raw = RawConn::connect(server.port()).await;
    raw.send(b"CONNECT {\"verbose\":false}\r\nPING\r\n").await;
    let rest = raw.expect_closed(Duration::from_secs(5)).await;
    assert!(
        !rest.contains("PONG"),
        "{kind:?}: plain client served: {rest}"
    );
    if kind == Kind::Rnats {
        // nats-server's handshake fails on the plain bytes and closes without a word;
        // rnats names the reason first, as upstream does when the handshake times out.
        assert!(
            rest.contains("-ERR 'Secure Connection - TLS Required'"),
            "{rest}"
        );
    }
}
server_test!(plain_client_on_tls_port => plain_client_on_tls_port_rnats, plain_client_on_tls_port_reference);

async fn mutual_tls(kind: Kind) {
    let (server, certs, _dir) = start(kind, |c| c.tls_block("verify: true"), &[]);
    let raw = RawConn::connect(server.port()).await;
    assert_eq!(raw.info["tls_verify"], true, "{kind:?}: {}", raw.info);
    drop(raw);
    let without = tls_client(&certs).connect(server.url()).await;
    let without_ok = match without {
        Ok(c) => {
            // TLS 1.3 finishes the client side before the server checks the certificate:
            // the first round trip then fails.
            tokio::time::timeout(Duration::from_secs(3), c.flush())
                .await
                .is_ok_and(|r| r.is_ok())
        }
        Err(_) => false,
    };
    assert!(!without_ok, "{kind:?}: client without a certificate served");
    let client = tls_client(&certs)
        .add_client_certificate(certs.client_cert.clone(), certs.client_key.clone())
        .connect(server.url())
        .await
        .unwrap_or_else(|e| panic!("{kind:?}: mTLS connect: {e}"));
    round_trip(&client, "tls.mutual").await;
    let rogue = tls_client(&certs)
        .add_client_certificate(certs.rogue_cert.clone(), certs.rogue_key.clone())
        .connect(server.url())
        .await;
    let rogue_ok = match rogue {
        Ok(c) => tokio::time::timeout(Duration::from_secs(3), c.flush())
            .await
            .is_ok_and(|r| r.is_ok()),
        Err(_) => false,
    };
    assert!(
        !rogue_ok,
        "{kind:?}: certificate from a foreign CA accepted"
    );
}
server_test!(mutual_tls => mutual_tls_rnats, mutual_tls_reference);

async fn tls_auth_timeout(kind: Kind) {
    // Without `authorization { timeout }`, TLS gives clients the TLS timeout plus one second.
    let (server, _certs, _dir) = start(kind, |c| c.tls_block("timeout: 2"), &["-m", "-1"]);
    let varz = server.monitor_json("/varz").await;
    assert_eq!(
        varz["auth_timeout"], 3.0,
        "{kind:?}: {}",
        varz["auth_timeout"]
    );
    assert_eq!(varz["tls_timeout"], 2.0, "{kind:?}");
    assert_eq!(varz["tls_required"], true, "{kind:?}");
    let (server, _certs, _dir) = start(
        kind,
        |c| format!("{}authorization {{ timeout: 5 }}\n", c.tls_block("")),
        &["-m", "-1"],
    );
    let varz = server.monitor_json("/varz").await;
    assert_eq!(
        varz["auth_timeout"], 5.0,
        "{kind:?}: {}",
        varz["auth_timeout"]
    );
}
server_test!(tls_auth_timeout => tls_auth_timeout_rnats, tls_auth_timeout_reference);

async fn verify_and_map(kind: Kind) {
    let conf = |c: &Certs| {
        format!(
            "{}authorization {{ users = [ {{ user: \"alice@example.com\" }} ] }}\n",
            c.tls_block("verify_and_map: true")
        )
    };
    let (server, certs, _dir) = start(kind, conf, &["-m", "-1"]);
    let client = tls_client(&certs)
        .add_client_certificate(certs.client_cert.clone(), certs.client_key.clone())
        .connect(server.url())
        .await
        .unwrap_or_else(|e| panic!("{kind:?}: mapped connect: {e}"));
    round_trip(&client, "tls.mapped").await;
    let connz = server.monitor_json("/connz?auth=1").await;
    let users: Vec<&str> = connz["connections"]
        .as_array()
        .expect("connections")
        .iter()
        .filter_map(|c| c["authorized_user"].as_str())
        .collect();
    assert_eq!(users, ["alice@example.com"], "{kind:?}: {connz}");
    let conn = &connz["connections"][0];
    assert_eq!(conn["tls_version"], "1.3", "{kind:?}: {conn}");
    assert!(
        conn["tls_cipher_suite"]
            .as_str()
            .is_some_and(|s| !s.is_empty()),
        "{kind:?}: {conn}"
    );
}
server_test!(verify_and_map => verify_and_map_rnats, verify_and_map_reference);

async fn tls_first(kind: Kind) {
    let (server, certs, _dir) = start(kind, |c| c.tls_block("handshake_first: true"), &[]);
    let client = tls_client(&certs)
        .tls_first()
        .connect(server.url())
        .await
        .unwrap_or_else(|e| panic!("{kind:?}: TLS-first connect: {e}"));
    round_trip(&client, "tls.first").await;
}
server_test!(tls_first => tls_first_rnats, tls_first_reference);

async fn allow_non_tls(kind: Kind) {
    let (server, certs, _dir) = start(
        kind,
        |c| format!("{}allow_non_tls: true\n", c.tls_block("")),
        &[],
    );
    let raw = RawConn::connect(server.port()).await;
    assert_eq!(raw.info["tls_available"], true, "{kind:?}: {}", raw.info);
    assert!(
        raw.info.get("tls_required").is_none(),
        "{kind:?}: {}",
        raw.info
    );
    drop(raw);
    let plain = async_nats::connect(server.url())
        .await
        .unwrap_or_else(|e| panic!("{kind:?}: plain connect: {e}"));
    round_trip(&plain, "tls.optional.plain").await;
    let secure = tls_client(&certs)
        .connect(server.url())
        .await
        .unwrap_or_else(|e| panic!("{kind:?}: TLS connect: {e}"));
    round_trip(&secure, "tls.optional.tls").await;
}
server_test!(allow_non_tls => allow_non_tls_rnats, allow_non_tls_reference);

async fn cli_over_tls(kind: Kind) {
    let (server, certs, _dir) = start(kind, |c| c.tls_block("verify: true"), &[]);
    let url = format!("tls://127.0.0.1:{}", server.port());
    let ca = certs.ca.to_str().expect("utf8");
    let cert = certs.client_cert.to_str().expect("utf8");
    let key = certs.client_key.to_str().expect("utf8");
    let base = [
        "-s",
        &url,
        "--tlsca",
        ca,
        "--tlscert",
        cert,
        "--tlskey",
        key,
    ];
    let cli = |args: &[&str]| {
        let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_rnats"));
        c.args(args);
        c
    };
    let mut args = vec!["rtt"];
    args.extend(base);
    let out = run_bounded(cli(&args), Duration::from_secs(15));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{kind:?}: rnats rtt over TLS: {stdout} {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains(&url), "{kind:?}: {stdout}");
    let mut args = vec!["pub", "cli.tls", "hello"];
    args.extend(base);
    let out = run_bounded(cli(&args), Duration::from_secs(15));
    assert!(
        out.status.success(),
        "{kind:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    // Without the client certificate the same command fails with a message, not a hang.
    let args = ["pub", "cli.tls", "x", "-s", &url, "--tlsca", ca];
    let out = run_bounded(cli(&args), Duration::from_secs(15));
    assert!(
        !out.status.success(),
        "{kind:?}: served without a client certificate"
    );
}
server_test!(cli_over_tls => cli_over_tls_rnats, cli_over_tls_reference);

/// `GET path` over TLS on `port`, trusting `ca`: (status, body).
async fn https_get(port: u16, ca: &Path, path: &str) -> (u16, String) {
    use rustls_pki_types::pem::PemObject;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut roots = tokio_rustls::rustls::RootCertStore::empty();
    for c in rustls_pki_types::CertificateDer::pem_file_iter(ca).expect("ca") {
        roots.add(c.expect("cert")).expect("add");
    }
    let config = tokio_rustls::rustls::ClientConfig::builder_with_provider(Arc::new(
        tokio_rustls::rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .expect("versions")
    .with_root_certificates(roots)
    .with_no_client_auth();
    let connector = tokio_rustls::TlsConnector::from(Arc::new(config));
    let tcp = tokio::net::TcpStream::connect(("127.0.0.1", port))
        .await
        .expect("connect");
    let name = rustls_pki_types::ServerName::try_from("localhost").expect("name");
    let mut s = connector.connect(name, tcp).await.expect("TLS handshake");
    s.write_all(
        format!("GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").as_bytes(),
    )
    .await
    .expect("write");
    let mut out = Vec::new();
    let _ = tokio::time::timeout(READ_TIMEOUT, s.read_to_end(&mut out)).await;
    let text = String::from_utf8_lossy(&out).into_owned();
    let status = text
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let body = text
        .split_once("\r\n\r\n")
        .map(|b| b.1.to_string())
        .unwrap_or_default();
    (status, body)
}

async fn https_monitoring(kind: Kind) {
    let (mut server, certs, _dir) = start(kind, |c| c.tls_block(""), &["--https_port", "-1"]);
    let line = server.wait_for_log("monitor on", Duration::from_secs(5));
    let port: u16 = line
        .trim()
        .rsplit(':')
        .next()
        .and_then(|p| p.parse().ok())
        .unwrap_or_else(|| panic!("{kind:?}: no https port in {line}"));
    let (status, body) = https_get(port, &certs.ca, "/varz").await;
    assert_eq!(status, 200, "{kind:?}: {body}");
    assert!(body.contains("\"server_id\""), "{kind:?}: {body}");
}
server_test!(https_monitoring => https_monitoring_rnats, https_monitoring_reference);

async fn certificate_reload(kind: Kind) {
    let (server, certs, dir) = start(kind, |c| c.tls_block(""), &[]);
    let old = tls_client(&certs)
        .connect(server.url())
        .await
        .unwrap_or_else(|e| panic!("{kind:?}: connect: {e}"));
    // New certificates from a new CA, in place of the old files; then SIGHUP.
    let fresh_dir: PathBuf = dir.path().join("fresh");
    std::fs::create_dir(&fresh_dir).expect("mkdir");
    let fresh = Certs::make(&fresh_dir);
    for (from, to) in [
        (&fresh.server_cert, &certs.server_cert),
        (&fresh.server_key, &certs.server_key),
        (&fresh.ca, &certs.ca),
    ] {
        std::fs::copy(from, to).expect("replace cert");
    }
    signal(server.pid(), "HUP");
    let mut ok = false;
    for _ in 0..50 {
        let attempt = ConnectOptions::new()
            .add_root_certificates(fresh.ca.clone())
            .require_tls(true)
            .connect(server.url())
            .await;
        if let Ok(c) = attempt {
            if tokio::time::timeout(Duration::from_secs(2), c.flush())
                .await
                .is_ok_and(|r| r.is_ok())
            {
                ok = true;
                break;
            }
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(ok, "{kind:?}: new certificate not served after SIGHUP");
    // The connection made before the reload keeps working.
    round_trip(&old, "tls.reload").await;
}
server_test!(certificate_reload => certificate_reload_rnats, certificate_reload_reference);
