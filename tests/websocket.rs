//! The WebSocket listener against rnats and the reference nats-server with the same
//! expectations: async-nats over `ws://` and `wss://` (pub/sub, request, JetStream), TCP and
//! WebSocket clients reaching each other, upgrade refusals (method, key, origin), the
//! WebSocket-only authorization override and `allowed_connection_types`, and permessage-deflate
//! spoken by a hand-made client. Node's nats.ws client and a real browser are in
//! `websocket_browser.rs`.

use std::io::Read as _;
use std::time::Duration;

use async_nats::ConnectOptions;
use futures::StreamExt;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::util::certs::Certs;
use crate::util::{server_test, sync, Kind, TestServer, READ_TIMEOUT};

/// Log line announcing the WebSocket listener (nats-server `websocket.go`).
const WS_LISTEN_LINE: &str = "Listening for websocket clients on ";

/// A server started with `conf`; returns it with its WebSocket port.
pub fn start_ws(
    kind: Kind,
    conf: &str,
    dir: &std::path::Path,
    extra: &[&str],
) -> (TestServer, u16) {
    let path = dir.join("server.conf");
    std::fs::write(&path, conf).expect("write conf");
    let mut args = vec!["-c", path.to_str().expect("utf8")];
    args.extend_from_slice(extra);
    let mut server = TestServer::start(kind, &args);
    let line = server.wait_for_log(WS_LISTEN_LINE, Duration::from_secs(5));
    let port = line
        .trim()
        .rsplit(':')
        .next()
        .and_then(|p| p.parse().ok())
        .unwrap_or_else(|| panic!("{kind:?}: no websocket port in {line:?}"));
    (server, port)
}

/// Publishes on `from`, receives on `to`, then requests from `from` a service on `to`.
async fn cross(from: &async_nats::Client, to: &async_nats::Client, subject: &str) {
    cross_sized(from, to, subject, 70_000).await
}

/// [`cross`] with a payload of `size` bytes.
async fn cross_sized(
    from: &async_nats::Client,
    to: &async_nats::Client,
    subject: &str,
    size: usize,
) {
    let mut sub = to.subscribe(subject.to_string()).await.expect("subscribe");
    // A no-responders round trip: the server has the subscription when it answers.
    sync(to).await;
    let body = vec![b'w'; size];
    from.publish(subject.to_string(), body.clone().into())
        .await
        .expect("publish");
    from.flush().await.expect("flush");
    let msg = tokio::time::timeout(READ_TIMEOUT, sub.next())
        .await
        .expect("message in time")
        .expect("message");
    assert_eq!(msg.payload.len(), body.len());
    let svc = format!("{subject}.svc");
    let mut responder = to.subscribe(svc.clone()).await.expect("svc");
    sync(to).await;
    let c = to.clone();
    let task = tokio::spawn(async move {
        if let Some(m) = responder.next().await {
            if let Some(r) = m.reply {
                c.publish(r, m.payload).await.expect("reply");
                c.flush().await.expect("flush");
            }
        }
    });
    let resp = from.request(svc, "echo".into()).await.expect("request");
    assert_eq!(&resp.payload[..], b"echo");
    task.await.expect("responder");
}

async fn ws_plain(kind: Kind) {
    let dir = tempfile::tempdir().expect("tempdir");
    let conf = "websocket { host: 127.0.0.1, port: -1, no_tls: true }\n";
    let store = dir.path().join("js");
    let store = store.to_str().expect("utf8");
    let (server, port) = start_ws(kind, conf, dir.path(), &["-js", "-sd", store, "-m", "-1"]);
    let ws = async_nats::connect(format!("ws://127.0.0.1:{port}"))
        .await
        .unwrap_or_else(|e| panic!("{kind:?}: ws connect: {e}"));
    let tcp = server.client().await;
    cross(&ws, &tcp, "ws.to.tcp").await;
    cross(&tcp, &ws, "tcp.to.ws").await;
    cross(&ws, &ws, "ws.self").await;
    // JetStream through the WebSocket connection.
    let js = async_nats::jetstream::new(ws.clone());
    js.create_stream(async_nats::jetstream::stream::Config {
        name: "WS".into(),
        subjects: vec!["wsjs.>".into()],
        ..Default::default()
    })
    .await
    .unwrap_or_else(|e| panic!("{kind:?}: create stream over ws: {e}"));
    for i in 0..10 {
        let ack = js
            .publish("wsjs.x", format!("m{i}").into())
            .await
            .expect("publish")
            .await
            .expect("ack");
        assert_eq!(ack.sequence, i + 1);
    }
    let connz = server.monitor_json("/connz").await;
    let types: Vec<&str> = connz["connections"]
        .as_array()
        .expect("connections")
        .iter()
        .filter_map(|c| c["type"].as_str())
        .collect();
    assert!(types.contains(&"websocket"), "{kind:?}: {connz}");
    let varz = server.monitor_json("/varz").await;
    assert_eq!(
        varz["websocket"]["port"], port,
        "{kind:?}: {}",
        varz["websocket"]
    );
}
server_test!(ws_plain => ws_plain_rnats, ws_plain_reference);

async fn wss(kind: Kind) {
    let dir = tempfile::tempdir().expect("tempdir");
    let certs = Certs::make(dir.path());
    let conf = format!(
        "websocket {{ host: 127.0.0.1, port: -1\n{} }}\n",
        certs.tls_block("")
    );
    let (server, port) = start_ws(kind, &conf, dir.path(), &[]);
    let ws = ConnectOptions::new()
        .add_root_certificates(certs.ca.clone())
        .connect(format!("wss://127.0.0.1:{port}"))
        .await
        .unwrap_or_else(|e| panic!("{kind:?}: wss connect: {e}"));
    let tcp = server.client().await;
    cross(&ws, &tcp, "wss.to.tcp").await;
    cross(&tcp, &ws, "tcp.to.wss").await;
}
server_test!(wss => wss_rnats, wss_reference);

/// Sends a raw HTTP request to the WebSocket port and returns the response head.
async fn http_head(port: u16, request: &str) -> String {
    let mut s = TcpStream::connect(("127.0.0.1", port))
        .await
        .expect("connect");
    s.write_all(request.as_bytes()).await.expect("write");
    let mut buf = Vec::new();
    let mut chunk = [0u8; 1024];
    let deadline = tokio::time::Instant::now() + READ_TIMEOUT;
    while !buf.windows(4).any(|w| w == b"\r\n\r\n") {
        match tokio::time::timeout_at(deadline, s.read(&mut chunk)).await {
            Ok(Ok(n)) if n > 0 => buf.extend_from_slice(&chunk[..n]),
            _ => break,
        }
    }
    String::from_utf8_lossy(&buf).into_owned()
}

fn upgrade_request(extra: &str) -> String {
    format!(
        "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n{extra}\r\n"
    )
}

async fn upgrade_checks(kind: Kind) {
    let dir = tempfile::tempdir().expect("tempdir");
    let conf = "websocket { host: 127.0.0.1, port: -1, no_tls: true, allowed_origins: [\"https://app.example.com\"] }\n";
    let (_server, port) = start_ws(kind, conf, dir.path(), &[]);
    let ok = http_head(
        port,
        &upgrade_request("Origin: https://app.example.com\r\n"),
    )
    .await;
    assert!(
        ok.starts_with("HTTP/1.1 101 Switching Protocols\r\n"),
        "{kind:?}: {ok}"
    );
    assert!(
        ok.contains("Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n"),
        "{kind:?}: {ok}"
    );
    let bad_origin = http_head(
        port,
        &upgrade_request("Origin: https://evil.example.com\r\n"),
    )
    .await;
    assert!(
        bad_origin.starts_with("HTTP/1.1 403 Forbidden\r\n"),
        "{kind:?}: {bad_origin}"
    );
    let post = http_head(port, &upgrade_request("").replacen("GET", "POST", 1)).await;
    assert!(
        post.starts_with("HTTP/1.1 405 Method Not Allowed\r\n"),
        "{kind:?}: {post}"
    );
    let no_key = http_head(
        port,
        "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n\r\n",
    )
    .await;
    assert!(
        no_key.starts_with("HTTP/1.1 400 Bad Request\r\n"),
        "{kind:?}: {no_key}"
    );
    let bad_version = http_head(
        port,
        &upgrade_request("").replace("Version: 13", "Version: 8"),
    )
    .await;
    assert!(
        bad_version.starts_with("HTTP/1.1 400 Bad Request\r\n"),
        "{kind:?}: {bad_version}"
    );
}
server_test!(upgrade_checks => upgrade_checks_rnats, upgrade_checks_reference);

async fn ws_auth(kind: Kind) {
    let dir = tempfile::tempdir().expect("tempdir");
    let conf = r#"
authorization { users = [
  { user: web, password: wpass, allowed_connection_types: ["WEBSOCKET"] }
  { user: app, password: apass }
] }
websocket { host: 127.0.0.1, port: -1, no_tls: true }
"#;
    let (server, port) = start_ws(kind, conf, dir.path(), &[]);
    let ws_url = format!("ws://127.0.0.1:{port}");
    let web = ConnectOptions::with_user_and_password("web".into(), "wpass".into())
        .connect(&ws_url)
        .await
        .unwrap_or_else(|e| panic!("{kind:?}: websocket-only user over ws: {e}"));
    web.flush().await.expect("flush");
    let over_tcp = ConnectOptions::with_user_and_password("web".into(), "wpass".into())
        .retry_on_initial_connect()
        .max_reconnects(Some(1))
        .connect(server.url())
        .await;
    let tcp_ok = match over_tcp {
        Ok(c) => tokio::time::timeout(Duration::from_secs(2), c.flush())
            .await
            .is_ok_and(|r| r.is_ok()),
        Err(_) => false,
    };
    assert!(!tcp_ok, "{kind:?}: websocket-only user admitted over TCP");
    let app = ConnectOptions::with_user_and_password("app".into(), "apass".into())
        .connect(&ws_url)
        .await
        .unwrap_or_else(|e| panic!("{kind:?}: plain user over ws: {e}"));
    cross(&web, &app, "ws.auth").await;
    let wrong = ConnectOptions::with_user_and_password("app".into(), "nope".into())
        .connect(&ws_url)
        .await;
    assert!(wrong.is_err(), "{kind:?}: wrong password admitted over ws");
}
server_test!(ws_auth => ws_auth_rnats, ws_auth_reference);

async fn ws_token_override(kind: Kind) {
    let dir = tempfile::tempdir().expect("tempdir");
    let conf = r#"
websocket { host: 127.0.0.1, port: -1, no_tls: true, authorization { token: "ws-s3cret" } }
"#;
    let (server, port) = start_ws(kind, conf, dir.path(), &[]);
    let ws_url = format!("ws://127.0.0.1:{port}");
    let ok = ConnectOptions::with_token("ws-s3cret".into())
        .connect(&ws_url)
        .await
        .unwrap_or_else(|e| panic!("{kind:?}: token over ws: {e}"));
    ok.flush().await.expect("flush");
    assert!(
        async_nats::connect(&ws_url).await.is_err(),
        "{kind:?}: ws client without the token admitted"
    );
    // TCP clients are not affected by the WebSocket override.
    let tcp = server.client().await;
    cross(&ok, &tcp, "ws.token").await;
}
server_test!(ws_token_override => ws_token_override_rnats, ws_token_override_reference);

/// A minimal WebSocket client over a raw socket: masked frames out, frames in.
struct RawWs {
    s: TcpStream,
    buf: Vec<u8>,
}

impl RawWs {
    async fn connect(port: u16, extra: &str) -> (RawWs, String) {
        let mut s = TcpStream::connect(("127.0.0.1", port))
            .await
            .expect("connect");
        s.write_all(upgrade_request(extra).as_bytes())
            .await
            .expect("write");
        let mut buf = Vec::new();
        let mut chunk = [0u8; 4096];
        let head_end = loop {
            if let Some(p) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
                break p + 4;
            }
            let n = tokio::time::timeout(READ_TIMEOUT, s.read(&mut chunk))
                .await
                .expect("upgrade in time")
                .expect("read");
            assert!(n > 0, "closed during upgrade");
            buf.extend_from_slice(&chunk[..n]);
        };
        let head = String::from_utf8_lossy(&buf[..head_end]).into_owned();
        buf.drain(..head_end);
        (RawWs { s, buf }, head)
    }

    async fn send(&mut self, opcode: u8, rsv1: bool, payload: &[u8]) {
        let mask = [0x37u8, 0xfa, 0x21, 0x3d];
        let mut f = vec![0x80 | if rsv1 { 0x40 } else { 0 } | opcode];
        if payload.len() < 126 {
            f.push(0x80 | payload.len() as u8);
        } else {
            f.push(0x80 | 126);
            f.extend_from_slice(&(payload.len() as u16).to_be_bytes());
        }
        f.extend_from_slice(&mask);
        f.extend(payload.iter().enumerate().map(|(i, b)| b ^ mask[i % 4]));
        self.s.write_all(&f).await.expect("send frame");
    }

    /// Next frame: (opcode, rsv1, payload).
    async fn frame(&mut self) -> (u8, bool, Vec<u8>) {
        loop {
            if self.buf.len() >= 2 {
                let (op, rsv1) = (self.buf[0] & 0x0f, self.buf[0] & 0x40 != 0);
                let (len, hl) = match self.buf[1] & 0x7f {
                    126 if self.buf.len() >= 4 => {
                        (u16::from_be_bytes([self.buf[2], self.buf[3]]) as usize, 4)
                    }
                    127 if self.buf.len() >= 10 => {
                        let mut b = [0u8; 8];
                        b.copy_from_slice(&self.buf[2..10]);
                        (u64::from_be_bytes(b) as usize, 10)
                    }
                    n if n < 126 => (n as usize, 2),
                    _ => (usize::MAX, 0),
                };
                if len != usize::MAX && self.buf.len() >= hl + len {
                    let payload = self.buf[hl..hl + len].to_vec();
                    self.buf.drain(..hl + len);
                    return (op, rsv1, payload);
                }
            }
            let mut chunk = [0u8; 8192];
            let n = tokio::time::timeout(READ_TIMEOUT, self.s.read(&mut chunk))
                .await
                .expect("frame in time")
                .expect("read");
            assert!(n > 0, "closed while waiting for a frame");
            self.buf.extend_from_slice(&chunk[..n]);
        }
    }

    /// Protocol text of the next data frame, inflated when compressed.
    async fn text(&mut self) -> String {
        loop {
            let (op, rsv1, payload) = self.frame().await;
            if op == 0x9 || op == 0xA {
                continue;
            }
            let bytes = if rsv1 {
                let mut z = payload;
                z.extend_from_slice(&[0, 0, 0xff, 0xff]);
                let mut out = Vec::new();
                flate2::read::DeflateDecoder::new(&z[..])
                    .read_to_end(&mut out)
                    .ok();
                out
            } else {
                payload
            };
            return String::from_utf8_lossy(&bytes).into_owned();
        }
    }
}

async fn ws_compression(kind: Kind) {
    let dir = tempfile::tempdir().expect("tempdir");
    let conf = "websocket { host: 127.0.0.1, port: -1, no_tls: true, compression: true }\n";
    let (_server, port) = start_ws(kind, conf, dir.path(), &[]);
    let (mut ws, head) = RawWs::connect(
        port,
        "Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n",
    )
    .await;
    assert!(
        head.contains("Sec-WebSocket-Extensions: permessage-deflate; server_no_context_takeover; client_no_context_takeover\r\n"),
        "{kind:?}: {head}"
    );
    let info = ws.text().await;
    assert!(info.starts_with("INFO {"), "{kind:?}: {info}");
    // A compressed CONNECT + SUB + PUB + PING from the client, split over two messages.
    let compress = |text: &[u8]| {
        let mut c = flate2::Compress::new(flate2::Compression::fast(), false);
        let mut z = Vec::with_capacity(text.len() + 64);
        c.compress_vec(text, &mut z, flate2::FlushCompress::Sync)
            .expect("deflate");
        // The sync flush's ending (00 00 ff ff) is dropped by the sender (RFC 7692).
        assert!(z.ends_with(&[0, 0, 0xff, 0xff]));
        z.truncate(z.len() - 4);
        z
    };
    let payload = "x".repeat(200);
    let first =
        b"CONNECT {\"verbose\":false,\"pedantic\":false}\r\nSUB comp.x 1\r\nPUB comp.x 200\r\n"
            .to_vec();
    ws.send(0x2, true, &compress(&first)).await;
    ws.send(0x2, false, format!("{payload}\r\nPING\r\n").as_bytes())
        .await;
    let mut got = String::new();
    while !got.contains("PONG") {
        got.push_str(&ws.text().await);
    }
    assert!(
        got.contains(&format!("MSG comp.x 1 200\r\n{payload}\r\n")),
        "{kind:?}: {got}"
    );
    // A ping frame is answered with a pong carrying the same payload.
    ws.send(0x9, false, b"are you there").await;
    loop {
        let (op, _, p) = ws.frame().await;
        if op == 0xA {
            assert_eq!(p, b"are you there");
            break;
        }
    }
}
server_test!(ws_compression => ws_compression_rnats, ws_compression_reference);
