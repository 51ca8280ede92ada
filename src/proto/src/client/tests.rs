//! Unit tests for the client: URL parsing, creds and seed files, the CONNECT body (nonce
//! signatures checked against the published nkeys vectors), and handshakes against an
//! in-process mock server (auth errors, nonce signing, refused connections, MSG routing).

use std::time::Duration;

use bytes::{Bytes, BytesMut};
use data_encoding::BASE64URL_NOPAD;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::broadcast;

use super::auth::{connect_info, parse_creds, parse_seed_file, sign_nonce};
use super::*;
use crate::info::ConnectInfo;
use crate::nkeys::{self, KeyPair};
use crate::parser::{next_client_op, ClientOpRef, ParseLimits};

/// Published user seed/public pair (nats-server `auth_callout_test.go`), as in `nkeys.rs`.
const USER_SEED: &str = "SUAP277QP7U4JMFFPVZHLJYEQJ2UHOTYVEIZJYAWRJXQLP4FRSEHYZJJOU";
const USER_PUB: &str = "UBO2MQV67TQTVIRV3XFTEZOACM4WLOCMCDMAWN5QVN5PI2N6JHTVDRON";
/// A JWT-shaped string (the client does not decode the JWT, it only forwards it).
const JWT: &str = "eyJ0eXAiOiJKV1QiLCJhbGciOiJlZDI1NTE5LW5rZXkifQ.eyJzdWIiOiJVQk8yIn0.c2ln";

const WAIT: Duration = Duration::from_secs(5);

#[test]
fn url_forms() {
    let a = ServerAddr::parse("nats://127.0.0.1:4333").expect("url");
    assert_eq!(
        (a.scheme, a.host.as_str(), a.port),
        (Scheme::Nats, "127.0.0.1", 4333)
    );
    let a = ServerAddr::parse("localhost").expect("bare host");
    assert_eq!(
        (a.scheme, a.host.as_str(), a.port),
        (Scheme::Nats, "localhost", 4222)
    );
    let a = ServerAddr::parse("demo.nats.io:4443").expect("host:port");
    assert_eq!((a.host.as_str(), a.port), ("demo.nats.io", 4443));
    let a = ServerAddr::parse("tls://demo.nats.io").expect("tls");
    assert_eq!((a.scheme, a.port), (Scheme::Tls, 4222));
    let a = ServerAddr::parse("TLS://h:1/").expect("upper-case scheme, trailing slash");
    assert_eq!((a.scheme, a.host.as_str(), a.port), (Scheme::Tls, "h", 1));
    let a = ServerAddr::parse("nats://[::1]:4222").expect("ipv6");
    assert_eq!((a.host.as_str(), a.port), ("::1", 4222));
    assert_eq!(a.display_url(), "nats://[::1]:4222");
    let a = ServerAddr::parse("[fe80::1]").expect("ipv6 without port");
    assert_eq!((a.host.as_str(), a.port), ("fe80::1", 4222));
    let a = ServerAddr::parse("nats://derek:s3cr%40t@h:4222").expect("userinfo");
    assert_eq!(a.user.as_deref(), Some("derek"));
    assert_eq!(a.password.as_deref(), Some("s3cr@t"));
    assert_eq!(a.token, None);
    assert_eq!(format!("{a:?}"), "nats://h:4222", "no credentials in Debug");
    let a = ServerAddr::parse("nats://mytoken@h").expect("token");
    assert_eq!(a.token.as_deref(), Some("mytoken"));
    assert_eq!(a.user, None);
    let a = ServerAddr::parse("nats://u:p@w:rd@h:1").expect("last @ splits host");
    assert_eq!(
        (a.user.as_deref(), a.password.as_deref()),
        (Some("u"), Some("p@w:rd"))
    );
    assert_eq!(a.host, "h");
}

#[test]
fn url_errors() {
    let err = |u: &str| match ServerAddr::parse(u) {
        Err(ClientError::InvalidUrl(text)) => text,
        other => panic!("{u}: expected InvalidUrl, got {other:?}"),
    };
    assert!(err("ws://h:80").contains("not supported yet"));
    assert!(err("wss://h").contains("not supported yet"));
    assert!(err("http://h").contains("unsupported scheme"));
    assert!(err("nats://h:notaport").contains("invalid port"));
    assert!(err("nats://h:70000").contains("invalid port"));
    assert!(err("nats://:4222").contains("missing host"));
    assert!(err("::1").contains("brackets"));
    assert!(err("nats://[::1").contains("']'"));
    assert!(err("").contains("empty"));
}

#[test]
fn url_lists() {
    let list = parse_server_list("nats://a:1, b:2 ,,tls://c").expect("list");
    let shown: Vec<String> = list.iter().map(ServerAddr::display_url).collect();
    assert_eq!(shown, ["nats://a:1", "nats://b:2", "tls://c:4222"]);
    let opts = ConnectOptions {
        servers: vec!["a:1,b:2".into(), "c".into()],
        ..Default::default()
    };
    assert_eq!(opts.server_addrs().expect("addrs").len(), 3);
    let none = ConnectOptions::default().server_addrs().expect("default");
    assert_eq!(none[0].display_url(), "nats://127.0.0.1:4222");
    assert!(parse_server_list("a:1,ws://b").is_err());
}

#[test]
fn defaults_follow_nats_go() {
    let o = ConnectOptions::default();
    assert_eq!(o.connect_timeout, Duration::from_secs(2));
    assert_eq!(o.max_reconnects, Some(60));
    assert_eq!(o.reconnect_wait, Duration::from_secs(2));
    assert_eq!(o.ping_interval, Duration::from_secs(120));
    assert_eq!(o.max_pings_out, 2);
    assert_eq!(o.reconnect_buffer_size, 8 * 1024 * 1024);
    assert_eq!(o.inbox_prefix, "_INBOX");
    assert!(o.echo && !o.verbose && !o.pedantic);
    let secret = ConnectOptions::with_server("nats://u:pw@h")
        .user_and_password("u", "hunter2")
        .token("tok3n")
        .jwt_and_seed("j.w.t", USER_SEED);
    let shown = format!("{secret:?}");
    for s in ["pw", "hunter2", "tok3n", "j.w.t", USER_SEED] {
        assert!(!shown.contains(s), "{s} leaked: {shown}");
    }
}

/// A `.creds` file in nsc's layout.
fn creds_text(jwt: &str, seed: &str) -> String {
    format!(
        "-----BEGIN NATS USER JWT-----\n{jwt}\n------END NATS USER JWT------\n\n\
         ************************* IMPORTANT *************************\n\
         NKEY Seed printed below can be used to sign and prove identity.\n\
         NKEYs are sensitive and should be treated as secrets.\n\n\
         -----BEGIN USER NKEY SEED-----\n{seed}\n------END USER NKEY SEED------\n\n\
         *************************************************************\n"
    )
}

#[test]
fn creds_parsing() {
    let creds = parse_creds(&creds_text(JWT, USER_SEED)).expect("creds");
    assert_eq!(creds.jwt, JWT);
    assert_eq!(creds.key.public_key(), USER_PUB);
    // CRLF line ends and indentation are tolerated.
    let crlf = creds_text(JWT, USER_SEED).replace('\n', "\r\n  ");
    assert_eq!(parse_creds(&crlf).expect("crlf").key.public_key(), USER_PUB);
    // Missing seed, bad seed, no JWT.
    let only_jwt =
        "-----BEGIN NATS USER JWT-----\n".to_owned() + JWT + "\n------END NATS USER JWT------\n";
    assert!(matches!(parse_creds(&only_jwt), Err(ClientError::Creds(t)) if t.contains("seed")));
    let bad_seed = creds_text(JWT, "SUNOTASEED");
    assert!(matches!(parse_creds(&bad_seed), Err(ClientError::Creds(t)) if t.contains("seed")));
    assert!(matches!(parse_creds(""), Err(ClientError::Creds(_))));
    assert!(
        matches!(parse_creds(&creds_text("notajwt", USER_SEED)), Err(ClientError::Creds(t)) if t.contains("JWT"))
    );
}

#[test]
fn seed_files() {
    let kp = parse_seed_file(&format!("# my key\n{USER_SEED}\n")).expect("bare seed");
    assert_eq!(kp.public_key(), USER_PUB);
    let framed =
        format!("-----BEGIN USER NKEY SEED-----\n{USER_SEED}\n------END USER NKEY SEED------\n");
    assert_eq!(
        parse_seed_file(&framed).expect("framed").public_key(),
        USER_PUB
    );
    assert!(parse_seed_file("nothing here\n").is_err());
}

#[test]
fn nonce_signature_verifies() {
    let kp = KeyPair::from_seed(USER_SEED).expect("seed");
    let sig = sign_nonce(&kp, "nonce-123").expect("sign");
    let raw = BASE64URL_NOPAD
        .decode(sig.as_bytes())
        .expect("base64url without padding");
    assert_eq!(raw.len(), 64);
    assert_eq!(nkeys::verify(USER_PUB, b"nonce-123", &raw), Ok(()));
}

#[test]
fn connect_body_auth_sources() {
    let addr = ServerAddr::parse("nats://h").expect("url");
    let base = ConnectOptions::default().name("me");
    let info = connect_info(&base, &addr, None, false).expect("plain");
    assert_eq!(
        (
            info.verbose,
            info.pedantic,
            info.headers,
            info.no_responders,
            info.protocol
        ),
        (false, false, true, true, 1)
    );
    assert_eq!(info.lang, "rust");
    assert_eq!(info.name.as_deref(), Some("me"));
    assert!(info.user.is_none() && info.auth_token.is_none() && info.sig.is_none());

    // Options, then URL userinfo winning over them.
    let opts = base.clone().user_and_password("u", "p").token("t");
    let info = connect_info(&opts, &addr, None, false).expect("opts");
    assert_eq!(
        (
            info.user.as_deref(),
            info.pass.as_deref(),
            info.auth_token.as_deref()
        ),
        (Some("u"), Some("p"), Some("t"))
    );
    let url_user = ServerAddr::parse("nats://x:y@h").expect("url");
    let info = connect_info(&opts, &url_user, None, false).expect("url user");
    assert_eq!(
        (info.user.as_deref(), info.pass.as_deref(), info.auth_token),
        (Some("x"), Some("y"), None)
    );
    let url_token = ServerAddr::parse("nats://tok@h").expect("url");
    let info = connect_info(&opts, &url_token, None, false).expect("url token");
    assert_eq!((info.user, info.auth_token.as_deref()), (None, Some("tok")));

    // nkey seed file: public key plus signed nonce; without a nonce it cannot work.
    let dir = tempfile::tempdir().expect("tempdir");
    let seed_file = dir.path().join("user.nk");
    std::fs::write(&seed_file, format!("{USER_SEED}\n")).expect("write seed");
    let opts = base.clone().nkey_seed_file(&seed_file);
    let info = connect_info(&opts, &addr, Some("abc"), false).expect("nkey");
    assert_eq!(info.nkey.as_deref(), Some(USER_PUB));
    let sig = BASE64URL_NOPAD
        .decode(info.sig.expect("sig").as_bytes())
        .expect("b64");
    assert_eq!(nkeys::verify(USER_PUB, b"abc", &sig), Ok(()));
    assert!(matches!(
        connect_info(&opts, &addr, None, false),
        Err(ClientError::Auth(_))
    ));

    // creds file: jwt plus signed nonce, no nkey.
    let creds_file = dir.path().join("user.creds");
    std::fs::write(&creds_file, creds_text(JWT, USER_SEED)).expect("write creds");
    let opts = base.clone().creds_file(&creds_file);
    let info = connect_info(&opts, &addr, Some("n0nce"), true).expect("creds");
    assert_eq!(info.jwt.as_deref(), Some(JWT));
    assert!(info.nkey.is_none());
    assert!(info.tls_required);
    let sig = BASE64URL_NOPAD
        .decode(info.sig.expect("sig").as_bytes())
        .expect("b64");
    assert_eq!(nkeys::verify(USER_PUB, b"n0nce", &sig), Ok(()));

    // jwt + seed given directly; a JWT without a seed is an error.
    let opts = base.clone().jwt_and_seed(JWT, USER_SEED);
    assert_eq!(
        connect_info(&opts, &addr, Some("x"), false)
            .expect("jwt")
            .jwt
            .as_deref(),
        Some(JWT)
    );
    let opts = ConnectOptions {
        jwt: Some(JWT.into()),
        ..base.clone()
    };
    assert!(matches!(
        connect_info(&opts, &addr, Some("x"), false),
        Err(ClientError::Creds(_))
    ));
    let opts = base.creds_file(dir.path().join("missing.creds"));
    assert!(
        matches!(connect_info(&opts, &addr, Some("x"), false), Err(ClientError::Creds(t)) if t.contains("missing.creds"))
    );
}

/// A scripted server: accepts one connection, greets with `info`, and returns the stream and
/// the CONNECT body once CONNECT and PING have arrived.
async fn accept_connect(listener: &TcpListener, info: &str) -> (TcpStream, ConnectInfo) {
    let (mut s, _) = tokio::time::timeout(WAIT, listener.accept())
        .await
        .expect("client connects in time")
        .expect("accept");
    s.write_all(format!("INFO {info}\r\n").as_bytes())
        .await
        .expect("info");
    let mut buf = BytesMut::new();
    let mut connect = None;
    loop {
        let limits = ParseLimits::default();
        while let Some((op, used)) = next_client_op(&buf, &limits).expect("client op") {
            match op {
                ClientOpRef::Connect(json) => {
                    connect = Some(serde_json::from_slice(json).expect("connect json"))
                }
                ClientOpRef::Ping => {
                    let _ = buf.split_to(used);
                    return (s, connect.expect("CONNECT before PING"));
                }
                other => panic!("unexpected {other:?}"),
            }
            let _ = buf.split_to(used);
        }
        let n = tokio::time::timeout(WAIT, s.read_buf(&mut buf))
            .await
            .expect("read in time")
            .expect("read");
        assert!(n > 0, "client closed during handshake");
    }
}

async fn listener() -> (TcpListener, String) {
    let l = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let url = format!("nats://127.0.0.1:{}", l.local_addr().expect("addr").port());
    (l, url)
}

#[tokio::test]
async fn auth_error_ends_connect() {
    let (l, url) = listener().await;
    let server = tokio::spawn(async move {
        let (mut s, _) = accept_connect(
            &l,
            r#"{"server_id":"S","max_payload":1024,"auth_required":true}"#,
        )
        .await;
        s.write_all(b"-ERR 'Authorization Violation'\r\n")
            .await
            .expect("err");
    });
    let opts = ConnectOptions::with_server(url).user_and_password("a", "wrong");
    match connect(opts).await {
        Err(ClientError::Auth(text)) => assert_eq!(text, "Authorization Violation"),
        other => panic!("expected auth error, got {other:?}"),
    }
    server.await.expect("server task");
}

#[tokio::test]
async fn nonce_is_signed_for_the_server() {
    let (l, url) = listener().await;
    let server = tokio::spawn(async move {
        let (mut s, connect) = accept_connect(
            &l,
            r#"{"server_id":"S","max_payload":1024,"nonce":"srv-nonce","auth_required":true}"#,
        )
        .await;
        s.write_all(b"PONG\r\n").await.expect("pong");
        (s, connect)
    });
    let dir = tempfile::tempdir().expect("tempdir");
    let creds = dir.path().join("u.creds");
    std::fs::write(&creds, creds_text(JWT, USER_SEED)).expect("creds");
    let client = connect(ConnectOptions::with_server(url).creds_file(&creds))
        .await
        .expect("connect");
    let (_s, info) = server.await.expect("server task");
    assert_eq!(info.jwt.as_deref(), Some(JWT));
    let sig = BASE64URL_NOPAD
        .decode(info.sig.expect("sig").as_bytes())
        .expect("b64");
    assert_eq!(nkeys::verify(USER_PUB, b"srv-nonce", &sig), Ok(()));
    assert_eq!(client.max_payload(), 1024);
    assert_eq!(client.server_info().nonce.as_deref(), Some("srv-nonce"));
}

#[tokio::test]
async fn refused_servers_are_all_listed() {
    // Bind then drop to get ports nothing listens on.
    let (a, url_a) = listener().await;
    let (b, url_b) = listener().await;
    drop((a, b));
    let opts = ConnectOptions {
        servers: vec![format!("{url_a},{url_b}")],
        no_randomize: true,
        ..Default::default()
    };
    match connect(opts).await {
        Err(ClientError::Connect(attempts)) => {
            assert_eq!(attempts.len(), 2, "{attempts:?}");
            assert_eq!(attempts[0].server, url_a);
            assert_eq!(attempts[1].server, url_b);
            assert!(
                attempts.iter().all(|a| a.reason == "connection refused"),
                "{attempts:?}"
            );
        }
        other => panic!("expected connect error, got {other:?}"),
    }
}

#[tokio::test]
async fn mock_server_routes_messages_and_checks_limits() {
    let (l, url) = listener().await;
    let server = tokio::spawn(async move {
        let (mut s, connect) = accept_connect(
            &l,
            r#"{"server_id":"S","max_payload":16,"proto":1,"headers":true}"#,
        )
        .await;
        assert!(connect.headers && connect.no_responders);
        s.write_all(b"PONG\r\n").await.expect("pong");
        // Expect SUB foo 1, then answer with two messages, one with headers.
        let mut buf = BytesMut::new();
        while !buf.windows(11).any(|w| w == b"SUB foo 1\r\n") {
            let n = tokio::time::timeout(WAIT, s.read_buf(&mut buf))
                .await
                .expect("read")
                .expect("read");
            assert!(n > 0);
        }
        s.write_all(b"MSG foo 1 r 2\r\nhi\r\nHMSG foo 1 18 20\r\nNATS/1.0\r\nA: b\r\n\r\nok\r\nMSG foo 99 1\r\nx\r\n")
            .await
            .expect("msgs");
        s
    });
    let client = connect(ConnectOptions::with_server(url))
        .await
        .expect("connect");
    let mut sub = client.subscribe("foo").await.expect("sub");
    let m = tokio::time::timeout(WAIT, sub.next())
        .await
        .expect("msg")
        .expect("open");
    assert_eq!(
        (m.subject.as_str(), m.reply.as_deref(), &m.payload[..]),
        ("foo", Some("r"), &b"hi"[..])
    );
    let m = tokio::time::timeout(WAIT, sub.next())
        .await
        .expect("msg")
        .expect("open");
    assert_eq!(m.headers.as_ref().and_then(|h| h.get("A")), Some("b"));
    assert_eq!(&m.payload[..], b"ok");
    assert_eq!(m.length, 20);
    // Too large for max_payload 16: refused before sending.
    match client.publish("foo", Bytes::from(vec![0u8; 17])).await {
        Err(ClientError::MaxPayload { size: 17, max: 16 }) => {}
        other => panic!("expected MaxPayload, got {other:?}"),
    }
    assert!(matches!(
        client.publish("bad subject", Bytes::new()).await,
        Err(ClientError::InvalidSubject(_))
    ));
    assert!(matches!(
        client.subscribe("foo..bar").await,
        Err(ClientError::InvalidSubject(_))
    ));
    let inbox = client.new_inbox();
    assert!(
        inbox.starts_with("_INBOX.") && inbox.len() == "_INBOX.".len() + 22,
        "{inbox}"
    );
    let _server = server.await.expect("server task");
}

/// Reads from `s` into `buf` until `needle` shows up (bounded by [`WAIT`]).
async fn read_until(s: &mut TcpStream, buf: &mut BytesMut, needle: &[u8]) {
    let found = |b: &BytesMut| b.windows(needle.len()).any(|w| w == needle);
    while !found(buf) {
        let n = tokio::time::timeout(WAIT, s.read_buf(buf))
            .await
            .unwrap_or_else(|_| {
                panic!(
                    "no {:?} in time; got {buf:?}",
                    String::from_utf8_lossy(needle)
                )
            })
            .expect("read");
        assert!(n > 0, "client closed; got {buf:?}");
    }
}

async fn wait_event(events: &mut broadcast::Receiver<ClientEvent>, want: ClientEvent) {
    loop {
        match tokio::time::timeout(WAIT, events.recv()).await {
            Err(_) => panic!("no {want:?} event in time"),
            Ok(Ok(e)) if e == want => return,
            Ok(Ok(_)) => {}
            Ok(Err(e)) => panic!("events: {e}"),
        }
    }
}

#[tokio::test]
async fn keepalive_answers_pings_and_detects_stale_connections() {
    let (l, url) = listener().await;
    let server = tokio::spawn(async move {
        let (mut s, _) = accept_connect(&l, r#"{"server_id":"S","max_payload":1024}"#).await;
        s.write_all(b"PONG\r\nPING\r\n").await.expect("pong, ping");
        let mut buf = BytesMut::new();
        read_until(&mut s, &mut buf, b"PONG\r\n").await;
        // A permissions error leaves the connection up.
        s.write_all(b"-ERR 'Permissions Violation for Publish to \"x\"'\r\n")
            .await
            .expect("err");
        // The client's keepalive PINGs go unanswered from here on.
        read_until(&mut s, &mut buf, b"PING\r\n").await;
        s
    });
    let opts = ConnectOptions {
        ping_interval: Duration::from_millis(50),
        max_reconnects: Some(0),
        ..ConnectOptions::with_server(url)
    };
    let client = connect(opts).await.expect("connect");
    let mut events = client.events();
    wait_event(
        &mut events,
        ClientEvent::ServerError("Permissions Violation for Publish to \"x\"".into()),
    )
    .await;
    wait_event(&mut events, ClientEvent::Disconnected).await;
    assert_eq!(client.last_error().as_deref(), Some("stale connection"));
    wait_event(&mut events, ClientEvent::Closed).await;
    assert!(client.is_closed());
    assert!(matches!(client.flush().await, Err(ClientError::Closed)));
    let _s = server.await.expect("server task");
}

#[tokio::test]
async fn info_updates_lame_duck_and_discovered_servers() {
    let (a, url_a) = listener().await;
    let (b, url_b) = listener().await;
    let port_b = url_b.rsplit(':').next().expect("port").to_owned();
    let first = tokio::spawn(async move {
        let (mut s, _) = accept_connect(&a, r#"{"server_id":"A","max_payload":1024}"#).await;
        s.write_all(b"PONG\r\n").await.expect("pong");
        let mut buf = BytesMut::new();
        read_until(&mut s, &mut buf, b"SUB keep 1\r\n").await;
        let info = format!(
            "INFO {{\"server_id\":\"A\",\"max_payload\":2048,\"connect_urls\":[\"127.0.0.1:{port_b}\"],\"ldm\":true}}\r\n"
        );
        s.write_all(info.as_bytes()).await.expect("info");
        // Wait for the client to have processed the INFO, then go away for good.
        s.write_all(b"PING\r\n").await.expect("ping");
        read_until(&mut s, &mut buf, b"PONG\r\n").await;
        drop(a);
    });
    let second = tokio::spawn(async move {
        let (mut s, connect) = accept_connect(&b, r#"{"server_id":"B","max_payload":4096}"#).await;
        assert_eq!(connect.name.as_deref(), Some("mover"));
        s.write_all(b"PONG\r\n").await.expect("pong");
        // The subscription (with its remaining count) and the buffered publish come first.
        let mut buf = BytesMut::new();
        read_until(&mut s, &mut buf, b"PUB while.away 1\r\nx\r\n").await;
        let text = String::from_utf8_lossy(&buf).into_owned();
        assert!(
            text.starts_with("SUB keep 1\r\nUNSUB 1 5\r\nPUB while.away"),
            "{text:?}"
        );
        s
    });
    let opts = ConnectOptions {
        reconnect_wait: Duration::from_millis(20),
        reconnect_buffer_size: 200,
        ..ConnectOptions::with_server(url_a).name("mover")
    };
    let client = connect(opts).await.expect("connect");
    let mut events = client.events();
    let mut sub = client.subscribe("keep").await.expect("subscribe");
    sub.unsubscribe_after(5).await.expect("unsub max");
    wait_event(&mut events, ClientEvent::LameDuck).await;
    assert_eq!(client.max_payload(), 2048);
    first.await.expect("first server");
    wait_event(&mut events, ClientEvent::Disconnected).await;
    // Held for the next connection... up to the reconnect buffer.
    let published = client.publish("while.away", "x".into()).await;
    let over = client
        .publish("while.away", Bytes::from(vec![0u8; 150]))
        .await;
    wait_event(&mut events, ClientEvent::Reconnected).await;
    published.expect("buffered publish");
    assert!(
        matches!(over, Err(ClientError::ReconnectBufferFull { max: 200, .. })),
        "{over:?}"
    );
    assert_eq!(client.connected_url(), Some(url_b));
    assert_eq!(client.max_payload(), 4096);
    assert_eq!(client.server_info().server_id, "B");
    let _s = second.await.expect("second server");
}
