//! Authentication, authorization and accounts from the outside: tokens, users and passwords
//! (plain and bcrypt), nkeys, `no_auth_user`, the authentication timeout, publish/subscribe
//! permissions, `allow_responses`, default permissions, accounts with their exports and imports,
//! subject mappings, the system account, account limits, per-account JetStream, secrets kept out
//! of logs and monitoring, and configuration reload.
//!
//! Every scenario pins what nats-server 2.14 does (exact `-ERR` texts, whether the connection
//! closes, INFO fields, event and API JSON) so rnats can be held to it. Wire texts are checked
//! on raw sockets ([`RawConn`]); async-nats covers the paths real clients take. Configurations
//! are fixtures under `tests/fixtures/server/auth_*.conf`, except those a test has to generate
//! (nkeys) or rewrite (reload), which live in a temporary directory.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use async_nats::{Client, ConnectErrorKind, ConnectOptions, Message};
use bytes::Bytes;
use futures::StreamExt;
use serde_json::{json, Value};

use crate::util::{
    run_bounded, server_conf, server_test, signal, sync, Kind, RawConn, TestServer, READ_TIMEOUT,
};

/// How long "nothing more arrives" is watched for.
const QUIET: Duration = Duration::from_millis(300);

/// The bcrypt hash (cost 11, `$2a$`) of [`BOB_PASS`], made once with the Rust bcrypt crate 0.19;
/// the fixtures `auth_users.conf`, `auth_single_user_bcrypt.conf` and `auth_secrets_users.conf`
/// carry it too.
const BOB_HASH: &str = "$2a$11$So7KG0NaM6.TfEuwlOFhFe1hxN6T90fLnkgRkwbojMigjFIeuJo2G";
/// The password behind [`BOB_HASH`].
const BOB_PASS: &str = "b-pass-42";

/// The `-ERR` a failed login gets before the server closes the connection.
const AUTH_VIOLATION: &str = "-ERR 'Authorization Violation'\r\n";

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/// async-nats options for a user and password.
fn user(name: &str, pass: &str) -> ConnectOptions {
    ConnectOptions::with_user_and_password(name.to_owned(), pass.to_owned())
}

/// Connects an async-nats client as `name`/`pass`.
async fn client_as(server: &TestServer, name: &str, pass: &str) -> Client {
    server.client_with(user(name, pass)).await
}

/// Connects with `options` and returns why the connection was refused; panics if it succeeds.
async fn connect_error(server: &TestServer, options: ConnectOptions) -> ConnectErrorKind {
    match options
        .connection_timeout(READ_TIMEOUT)
        .max_reconnects(Some(0))
        .connect(server.url())
        .await
    {
        Ok(_) => panic!("connected although the server should refuse"),
        Err(e) => e.kind(),
    }
}

/// `{"verbose":false,"pedantic":false,"user":..,"pass":..}` as text.
fn connect_json(name: &str, pass: &str) -> String {
    json!({"verbose": false, "pedantic": false, "user": name, "pass": pass}).to_string()
}

/// A raw connection logged in as `name`/`pass` (CONNECT, PING, PONG done).
async fn raw_as(server: &TestServer, name: &str, pass: &str) -> RawConn {
    server.raw_connect_with(&connect_json(name, pass)).await
}

/// Opens a raw connection, sends `lines` and asserts the server answers exactly
/// `-ERR 'Authorization Violation'` and closes.
async fn assert_auth_violation(server: &TestServer, lines: &str) {
    let mut conn = server.raw().await;
    conn.send(lines.as_bytes()).await;
    let rest = conn.expect_closed(READ_TIMEOUT).await;
    assert_eq!(rest, AUTH_VIOLATION, "after sending {lines:?}");
}

/// Sends PING and returns everything that arrived before the PONG, without the server's own
/// keep-alive PINGs. Because a server handles one connection's input in order and queues a
/// delivery before reading on, a barrier on the publisher followed by one on the subscriber
/// shows every delivery the publisher's messages caused.
async fn barrier(conn: &mut RawConn) -> String {
    conn.send(b"PING\r\n").await;
    let text = conn.expect("PONG\r\n").await;
    let text = text.strip_suffix("PONG\r\n").expect("ends with PONG");
    text.split_inclusive("\r\n")
        .filter(|line| *line != "PING\r\n")
        .collect()
}

/// `PUB subject payload` as wire bytes.
fn pub_line(subject: &str, payload: &str) -> String {
    format!("PUB {subject} {}\r\n{payload}\r\n", payload.len())
}

/// `MSG subject sid payload` as the wire text a subscriber gets.
fn msg_line(subject: &str, sid: &str, payload: &str) -> String {
    format!("MSG {subject} {sid} {}\r\n{payload}\r\n", payload.len())
}

/// The `-ERR` for a denied publish.
fn pub_violation(subject: &str) -> String {
    format!("-ERR 'Permissions Violation for Publish to \"{subject}\"'\r\n")
}

/// The `-ERR` for a denied subscription (upstream names no sid in it).
fn sub_violation(subject: &str) -> String {
    format!("-ERR 'Permissions Violation for Subscription to \"{subject}\"'\r\n")
}

/// The next message on `sub`, or a panic naming `what` after [`READ_TIMEOUT`].
async fn next_msg<S>(sub: &mut S, what: &str) -> Message
where
    S: futures::Stream<Item = Message> + Unpin,
{
    match tokio::time::timeout(READ_TIMEOUT, sub.next()).await {
        Ok(Some(msg)) => msg,
        Ok(None) => panic!("{what}: subscription ended"),
        Err(_) => panic!("{what}: no message within {READ_TIMEOUT:?}"),
    }
}

/// Asserts nothing arrives on `sub` for [`QUIET`].
async fn assert_quiet<S>(sub: &mut S, what: &str)
where
    S: futures::Stream<Item = Message> + Unpin,
{
    if let Ok(Some(msg)) = tokio::time::timeout(QUIET, sub.next()).await {
        panic!(
            "{what}: unexpected message on {}: {:?}",
            msg.subject, msg.payload
        );
    }
}

/// A subscribe-publish-receive round trip on one client.
async fn round_trip(client: &Client, subject: &str) {
    let mut sub = client
        .subscribe(subject.to_owned())
        .await
        .expect("subscribe");
    client
        .publish(subject.to_owned(), "ping".into())
        .await
        .expect("publish");
    let msg = next_msg(&mut sub, subject).await;
    assert_eq!(msg.payload, Bytes::from("ping"));
}

/// Sends a request and parses the JSON reply.
async fn request_json(client: &Client, subject: &str, body: &str) -> Value {
    let msg = tokio::time::timeout(
        READ_TIMEOUT,
        client.request(subject.to_owned(), Bytes::from(body.to_owned())),
    )
    .await
    .unwrap_or_else(|_| panic!("request {subject}: timed out"))
    .unwrap_or_else(|e| panic!("request {subject}: {e}"));
    serde_json::from_slice(&msg.payload)
        .unwrap_or_else(|e| panic!("{subject}: reply is not JSON ({e}): {:?}", msg.payload))
}

/// A configuration written into its own temporary directory (kept alive by the returned
/// guard), for configurations a test generates or rewrites.
struct TempConf {
    _dir: tempfile::TempDir,
    path: PathBuf,
}

impl TempConf {
    fn new(text: &str) -> TempConf {
        let dir = tempfile::tempdir().expect("temp dir for the config");
        let path = dir.path().join("server.conf");
        std::fs::write(&path, text).expect("write config");
        TempConf { _dir: dir, path }
    }

    fn path(&self) -> &str {
        self.path.to_str().expect("utf-8 temp path")
    }

    fn rewrite(&self, text: &str) {
        std::fs::write(&self.path, text).expect("rewrite config");
    }
}

// ---------------------------------------------------------------------------------------------
// 1. Token
// ---------------------------------------------------------------------------------------------

server_test!(token_auth => token_auth_rnats, token_auth_reference);
async fn token_auth(kind: Kind) {
    let conf = server_conf("auth_token.conf");
    for args in [vec!["-c", conf.as_str()], vec!["--auth", "s3cr3t"]] {
        let server = TestServer::start(kind, &args);
        let what = format!("{args:?}");

        let mut conn = server.raw().await;
        assert_eq!(conn.info["auth_required"], true, "{what}: INFO");
        assert!(
            conn.info.get("nonce").is_none(),
            "{what}: no nonce without nkey users: {}",
            conn.info
        );
        conn.send(b"CONNECT {\"verbose\":false,\"auth_token\":\"s3cr3t\"}\r\nPING\r\n")
            .await;
        conn.expect("PONG\r\n").await;

        for lines in [
            "CONNECT {\"verbose\":false,\"auth_token\":\"wrong\"}\r\nPING\r\n",
            "CONNECT {\"verbose\":false}\r\nPING\r\n",
            "CONNECT {\"verbose\":false,\"user\":\"s3cr3t\"}\r\nPING\r\n",
            "CONNECT {\"verbose\":false,\"pass\":\"s3cr3t\"}\r\nPING\r\n",
            // Anything before CONNECT counts as a login without credentials.
            "PING\r\n",
            "SUB foo 1\r\n",
        ] {
            assert_auth_violation(&server, lines).await;
        }

        let client = server
            .client_with(ConnectOptions::with_token("s3cr3t".into()))
            .await;
        round_trip(&client, "token.ok").await;
        assert_eq!(
            connect_error(&server, ConnectOptions::with_token("wrong".into())).await,
            ConnectErrorKind::AuthorizationViolation,
            "{what}"
        );
        assert_eq!(
            connect_error(&server, ConnectOptions::new()).await,
            ConnectErrorKind::AuthorizationViolation,
            "{what}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// 2. Users and passwords
// ---------------------------------------------------------------------------------------------

/// A user name and password.
type Login<'a> = (&'a str, &'a str);

server_test!(user_password_auth => user_password_auth_rnats, user_password_auth_reference);
async fn user_password_auth(kind: Kind) {
    let users = server_conf("auth_users.conf");
    let single = server_conf("auth_single_user_bcrypt.conf");
    // (server arguments, logins that work, logins that fail)
    let cases: [(Vec<&str>, Vec<Login>, Vec<Login>); 3] = [
        (
            vec!["-c", &users],
            vec![("alice", "a-pass-1"), ("bob", BOB_PASS)],
            vec![
                ("alice", "wrong"),
                ("alice", ""),
                ("alice", BOB_PASS),
                // The hash itself is not the password.
                ("bob", BOB_HASH),
                ("carol", "a-pass-1"),
                ("", "a-pass-1"),
            ],
        ),
        (
            vec!["-c", &single],
            vec![("bob", BOB_PASS)],
            vec![("bob", "wrong"), ("bob", BOB_HASH), ("alice", BOB_PASS)],
        ),
        (
            vec!["--user", "alice", "--pass", "a-pass-1"],
            vec![("alice", "a-pass-1")],
            vec![("alice", "wrong"), ("bob", "a-pass-1")],
        ),
    ];
    for (args, good, bad) in cases {
        let server = TestServer::start(kind, &args);
        let conn = server.raw().await;
        assert_eq!(conn.info["auth_required"], true, "{args:?}: INFO");
        assert!(conn.info.get("nonce").is_none(), "{args:?}: {}", conn.info);
        drop(conn);

        for (name, pass) in good {
            let mut conn = raw_as(&server, name, pass).await;
            assert_eq!(barrier(&mut conn).await, "", "{args:?}: {name}");
            let client = client_as(&server, name, pass).await;
            round_trip(&client, "users.ok").await;
        }
        for (name, pass) in bad {
            let lines = format!("CONNECT {}\r\nPING\r\n", connect_json(name, pass));
            assert_auth_violation(&server, &lines).await;
            assert_eq!(
                connect_error(&server, user(name, pass)).await,
                ConnectErrorKind::AuthorizationViolation,
                "{args:?}: {name}/{pass}"
            );
        }
        assert_auth_violation(&server, "CONNECT {\"verbose\":false}\r\nPING\r\n").await;
        assert_eq!(
            connect_error(&server, ConnectOptions::new()).await,
            ConnectErrorKind::AuthorizationViolation,
            "{args:?}: no credentials"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// 3. Nkeys
// ---------------------------------------------------------------------------------------------

/// The base64url (unpadded) ed25519 signature of `nonce` by `key`, as CONNECT's `sig` wants.
fn sign_nonce(key: &nkeys::KeyPair, nonce: &str) -> String {
    let sig = key.sign(nonce.as_bytes()).expect("sign nonce");
    data_encoding::BASE64URL_NOPAD.encode(&sig)
}

server_test!(nkey_auth => nkey_auth_rnats, nkey_auth_reference);
async fn nkey_auth(kind: Kind) {
    let key = nkeys::KeyPair::new_user();
    let stranger = nkeys::KeyPair::new_user();
    let seed = key.seed().expect("user seed");
    let conf = TempConf::new(&format!(
        "authorization {{\n  users [\n    {{nkey: {}}}\n    {{user: pw, password: pw}}\n  ]\n}}\n",
        key.public_key()
    ));
    let server = TestServer::start(kind, &["-c", conf.path()]);

    // Every INFO carries a fresh nonce once nkey users exist.
    let mut conn = server.raw().await;
    let other = server.raw().await;
    assert_eq!(conn.info["auth_required"], true);
    let nonce = conn.info["nonce"]
        .as_str()
        .unwrap_or_else(|| panic!("INFO without a nonce: {}", conn.info))
        .to_owned();
    assert!(!nonce.is_empty());
    assert_ne!(Some(nonce.as_str()), other.info["nonce"].as_str());

    // A raw CONNECT signing the nonce logs in.
    let connect = json!({
        "verbose": false, "nkey": key.public_key(), "sig": sign_nonce(&key, &nonce),
    });
    conn.send(format!("CONNECT {connect}\r\nPING\r\n").as_bytes())
        .await;
    conn.expect("PONG\r\n").await;

    // Signed by another key, signing another nonce, no signature, unknown key: refused.
    let mut conn = server.raw().await;
    let nonce = conn.info["nonce"].as_str().expect("nonce").to_owned();
    let connect =
        json!({"verbose": false, "nkey": key.public_key(), "sig": sign_nonce(&stranger, &nonce)});
    conn.send(format!("CONNECT {connect}\r\nPING\r\n").as_bytes())
        .await;
    assert_eq!(conn.expect_closed(READ_TIMEOUT).await, AUTH_VIOLATION);

    let mut conn = server.raw().await;
    let connect = json!({"verbose": false, "nkey": key.public_key(), "sig": sign_nonce(&key, "not-the-nonce")});
    conn.send(format!("CONNECT {connect}\r\nPING\r\n").as_bytes())
        .await;
    assert_eq!(conn.expect_closed(READ_TIMEOUT).await, AUTH_VIOLATION);

    let lines = format!(
        "CONNECT {}\r\nPING\r\n",
        json!({"verbose": false, "nkey": key.public_key()})
    );
    assert_auth_violation(&server, &lines).await;

    let mut conn = server.raw().await;
    let nonce = conn.info["nonce"].as_str().expect("nonce").to_owned();
    let connect = json!({"verbose": false, "nkey": stranger.public_key(), "sig": sign_nonce(&stranger, &nonce)});
    conn.send(format!("CONNECT {connect}\r\nPING\r\n").as_bytes())
        .await;
    assert_eq!(conn.expect_closed(READ_TIMEOUT).await, AUTH_VIOLATION);

    // async-nats signs the nonce itself.
    let client = server.client_with(ConnectOptions::with_nkey(seed)).await;
    round_trip(&client, "nkey.ok").await;
    let wrong = stranger.seed().expect("stranger seed");
    assert_eq!(
        connect_error(&server, ConnectOptions::with_nkey(wrong)).await,
        ConnectErrorKind::AuthorizationViolation
    );

    // Password users still log in beside nkey users.
    let client = client_as(&server, "pw", "pw").await;
    round_trip(&client, "pw.ok").await;
}

// ---------------------------------------------------------------------------------------------
// 4. no_auth_user
// ---------------------------------------------------------------------------------------------

server_test!(no_auth_user => no_auth_user_rnats, no_auth_user_reference);
async fn no_auth_user(kind: Kind) {
    let server = TestServer::start(kind, &["-c", &server_conf("auth_no_auth_user.conf")]);
    let mut admin = raw_as(&server, "admin", "admin").await;
    admin.send(b"SUB > 1\r\n").await;
    assert_eq!(barrier(&mut admin).await, "");

    // Surprise: with a no_auth_user, INFO leaves auth_required out altogether.
    let mut guest = server.raw().await;
    assert!(
        guest.info.get("auth_required").is_none(),
        "INFO: {}",
        guest.info
    );
    // PUB before any CONNECT is accepted as the no_auth_user. Surprise: without a CONNECT the
    // connection is verbose (upstream's default), so the allowed PUB is acknowledged with +OK.
    guest
        .send(format!("{}{}", pub_line("guest.a", "x"), pub_line("other", "y")).as_bytes())
        .await;
    assert_eq!(
        barrier(&mut guest).await,
        format!("+OK\r\n{}", pub_violation("other"))
    );
    assert_eq!(barrier(&mut admin).await, msg_line("guest.a", "1", "x"));

    // With a CONNECT without credentials: the guest's permissions apply.
    let mut guest = server.raw_connect_with(r#"{"verbose":false}"#).await;
    guest
        .send(
            format!(
                "SUB other 1\r\nSUB guest.x 2\r\n{}",
                pub_line("guest.x", "hi")
            )
            .as_bytes(),
        )
        .await;
    assert_eq!(
        barrier(&mut guest).await,
        format!(
            "{}{}",
            sub_violation("other"),
            msg_line("guest.x", "2", "hi")
        )
    );
    assert_eq!(barrier(&mut admin).await, msg_line("guest.x", "1", "hi"));

    // async-nats without credentials lands as the guest as well.
    let client = server.client().await;
    round_trip(&client, "guest.async").await;
    client
        .publish("other", "denied".into())
        .await
        .expect("publish");
    client.flush().await.expect("flush");
    let mut conn = server.raw_connect_with(r#"{"verbose":false}"#).await;
    assert_eq!(barrier(&mut conn).await, "");
    assert_eq!(
        barrier(&mut admin).await,
        msg_line("guest.async", "1", "ping"),
        "the denied publish reached nobody"
    );

    // Wrong credentials do not fall back to the no_auth_user.
    let lines = format!("CONNECT {}\r\nPING\r\n", connect_json("admin", "wrong"));
    assert_auth_violation(&server, &lines).await;
    assert_eq!(
        connect_error(&server, user("admin", "wrong")).await,
        ConnectErrorKind::AuthorizationViolation
    );
}

// ---------------------------------------------------------------------------------------------
// 5. Authentication timeout
// ---------------------------------------------------------------------------------------------

server_test!(auth_timeout => auth_timeout_rnats, auth_timeout_reference);
async fn auth_timeout(kind: Kind) {
    let server = TestServer::start(kind, &["-c", &server_conf("auth_timeout.conf")]);

    let started = Instant::now();
    let mut silent = server.raw().await;
    let rest = silent.expect_closed(Duration::from_secs(5)).await;
    assert_eq!(rest, "-ERR 'Authentication Timeout'\r\n");
    assert!(
        started.elapsed() >= Duration::from_millis(500),
        "closed after {:?}, before the 1 s timeout",
        started.elapsed()
    );

    // A client that logs in in time stays past the timeout.
    let mut conn = raw_as(&server, "a", "b").await;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(barrier(&mut conn).await, "");
}

// ---------------------------------------------------------------------------------------------
// 6. Permission matrix
// ---------------------------------------------------------------------------------------------

server_test!(permission_matrix => permission_matrix_rnats, permission_matrix_reference);
async fn permission_matrix(kind: Kind) {
    let server = TestServer::start(kind, &["-c", &server_conf("auth_permissions.conf")]);
    let mut admin = raw_as(&server, "admin", "admin").await;
    admin.send(b"SUB > 1\r\n").await;
    assert_eq!(barrier(&mut admin).await, "");

    // Publish: allow list with literal, `*` and `>` entries; deny wins over allow.
    let mut p = raw_as(&server, "p", "p").await;
    let pubs = [
        ("other", false),
        ("pub.ok", true),
        ("pub.a.b.c", true),
        ("pub.secret", false),
        ("pub.deny.x", false),
        ("pub.deny.x.y", false),
        ("lit.one", true),
        ("lit.two", false),
        ("star.x", true),
        ("star.x.y", false),
    ];
    let mut sent = String::new();
    let mut errors = String::new();
    let mut delivered = String::new();
    for (subject, allowed) in pubs {
        sent.push_str(&pub_line(subject, "m"));
        if allowed {
            delivered.push_str(&msg_line(subject, "1", "m"));
        } else {
            errors.push_str(&pub_violation(subject));
        }
    }
    p.send(sent.as_bytes()).await;
    assert_eq!(
        barrier(&mut p).await,
        errors,
        "publish errors; the connection stays open"
    );
    assert_eq!(
        barrier(&mut admin).await,
        delivered,
        "denied publishes are not delivered"
    );

    // Subscribe: literal, `*`, `>` and queue-qualified entries; deny wins over allow.
    let subs = [
        ("nope", None, "1", Some(sub_violation("nope"))),
        ("sub.secret", None, "2", Some(sub_violation("sub.secret"))),
        // "q.* q1" allows only queue q1.
        ("q.a", None, "3", Some(sub_violation("q.a"))),
        (
            "q.a",
            Some("q2"),
            "4",
            Some(
                "-ERR 'Permissions Violation for Subscription to \"q.a\" using queue \"q2\"'\r\n"
                    .to_owned(),
            ),
        ),
        ("q.a", Some("q1"), "5", None),
        // A wildcard overlapping the deny entry sub.secret is accepted...
        ("sub.>", None, "6", None),
        ("star.*", None, "7", None),
        ("lit.*", None, "8", Some(sub_violation("lit.*"))),
        (">", None, "9", Some(sub_violation(">"))),
        ("lit.one", None, "10", None),
        ("sub.*.x", None, "11", None),
    ];
    let mut sent = String::new();
    let mut errors = String::new();
    for (subject, queue, sid, error) in &subs {
        match queue {
            Some(q) => sent.push_str(&format!("SUB {subject} {q} {sid}\r\n")),
            None => sent.push_str(&format!("SUB {subject} {sid}\r\n")),
        }
        if let Some(e) = error {
            errors.push_str(e);
        }
    }
    p.send(sent.as_bytes()).await;
    assert_eq!(barrier(&mut p).await, errors, "subscribe errors");

    // ...but the denied subject is filtered out of its deliveries; denied SUBs get nothing.
    let mut published = String::new();
    for subject in [
        "sub.secret",
        "sub.ok",
        "nope",
        "q.a",
        "star.s",
        "lit.one",
        "lit.two",
        "sub.y.x",
    ] {
        published.push_str(&pub_line(subject, "d"));
    }
    admin.send(published.as_bytes()).await;
    let admin_saw = barrier(&mut admin).await;
    assert!(admin_saw.contains("MSG sub.secret 1 1\r\n"), "{admin_saw}");
    let mut got: Vec<String> = barrier(&mut p)
        .await
        .split_inclusive("d\r\n")
        .map(str::to_owned)
        .collect();
    got.sort();
    let mut want = vec![
        msg_line("sub.ok", "6", "d"),
        msg_line("q.a", "5", "d"),
        msg_line("star.s", "7", "d"),
        msg_line("lit.one", "10", "d"),
        msg_line("sub.y.x", "6", "d"),
        msg_line("sub.y.x", "11", "d"),
    ];
    want.sort();
    assert_eq!(got, want, "deliveries to p");

    // The plain-list forms: `publish: "x.y"`, `subscribe: ["a.b", "c.>"]`.
    let mut plain = raw_as(&server, "plain", "plain").await;
    plain
        .send(
            format!(
                "{}{}SUB a.c 1\r\nSUB c.d.e 2\r\nSUB c.> 3\r\nSUB a.b 4\r\n",
                pub_line("x.z", "m"),
                pub_line("x.y", "m")
            )
            .as_bytes(),
        )
        .await;
    assert_eq!(
        barrier(&mut plain).await,
        format!("{}{}", pub_violation("x.z"), sub_violation("a.c"))
    );
    assert_eq!(barrier(&mut admin).await, msg_line("x.y", "1", "m"));

    // Deny-only lists allow everything else.
    let mut deny_only = raw_as(&server, "deny_only", "deny_only").await;
    deny_only
        .send(
            format!(
                "{}{}SUB no.x 1\r\nSUB > 2\r\n",
                pub_line("no.x", "m"),
                pub_line("yes.x", "m")
            )
            .as_bytes(),
        )
        .await;
    assert_eq!(
        barrier(&mut deny_only).await,
        format!("{}{}", pub_violation("no.x"), sub_violation("no.x"))
    );
    assert_eq!(barrier(&mut admin).await, msg_line("yes.x", "1", "m"));
    admin
        .send(format!("{}{}", pub_line("no.y", "n"), pub_line("yes.y", "y")).as_bytes())
        .await;
    barrier(&mut admin).await;
    assert_eq!(barrier(&mut deny_only).await, msg_line("yes.y", "2", "y"));

    // async-nats: a denied publish reaches nobody, an allowed one arrives. (The raw `>`
    // subscribers go first: they would answer `sync`'s request.)
    admin.send(b"UNSUB 1\r\n").await;
    assert_eq!(barrier(&mut admin).await, "");
    deny_only.send(b"UNSUB 2\r\n").await;
    assert_eq!(barrier(&mut deny_only).await, "");
    let admin_client = client_as(&server, "admin", "admin").await;
    let mut all = futures::stream::select(
        admin_client.subscribe("pub.>").await.expect("subscribe"),
        admin_client.subscribe("other").await.expect("subscribe"),
    );
    sync(&admin_client).await;
    let p_client = client_as(&server, "p", "p").await;
    for subject in ["other", "pub.secret", "pub.async"] {
        p_client
            .publish(subject, "a".into())
            .await
            .expect("publish");
    }
    p_client.flush().await.expect("flush");
    let msg = next_msg(&mut all, "admin pub.> and other").await;
    assert_eq!(msg.subject.as_str(), "pub.async");
    assert_quiet(&mut all, "admin pub.> and other").await;
}

// ---------------------------------------------------------------------------------------------
// 7. allow_responses
// ---------------------------------------------------------------------------------------------

server_test!(allow_responses => allow_responses_rnats, allow_responses_reference);
async fn allow_responses(kind: Kind) {
    let server = TestServer::start(kind, &["-c", &server_conf("auth_allow_responses.conf")]);
    let mut client = raw_as(&server, "client", "client").await;
    client.send(b"SUB _INBOX.r 1\r\nSUB other 2\r\n").await;
    assert_eq!(barrier(&mut client).await, "");

    // allow_responses: true = one reply per request; nothing else may be published.
    let mut svc = raw_as(&server, "svc", "svc").await;
    svc.send(
        format!(
            "SUB svc.> 1\r\n{}{}",
            pub_line("other", "x"),
            pub_line("_INBOX.r", "x")
        )
        .as_bytes(),
    )
    .await;
    assert_eq!(
        barrier(&mut svc).await,
        format!("{}{}", pub_violation("other"), pub_violation("_INBOX.r")),
        "no publish allow-list: only replies"
    );
    client.send(b"PUB svc.echo _INBOX.r 2\r\nhi\r\n").await;
    assert_eq!(barrier(&mut client).await, "");
    assert_eq!(
        barrier(&mut svc).await,
        "MSG svc.echo 1 _INBOX.r 2\r\nhi\r\n"
    );
    svc.send(
        format!(
            "{}{}{}",
            pub_line("_INBOX.r", "re1"),
            pub_line("_INBOX.r", "re2"),
            pub_line("_INBOX.other", "x")
        )
        .as_bytes(),
    )
    .await;
    assert_eq!(
        barrier(&mut svc).await,
        format!(
            "{}{}",
            pub_violation("_INBOX.r"),
            pub_violation("_INBOX.other")
        ),
        "the second reply and other subjects are denied"
    );
    assert_eq!(barrier(&mut client).await, msg_line("_INBOX.r", "1", "re1"));

    // {max: 2, expires: "1m"}: two replies, the third denied.
    let mut svc2 = raw_as(&server, "svc2", "svc2").await;
    svc2.send(b"SUB svc2.> 1\r\n").await;
    assert_eq!(barrier(&mut svc2).await, "");
    client.send(b"PUB svc2.echo _INBOX.r 2\r\nhi\r\n").await;
    assert_eq!(barrier(&mut client).await, "");
    assert_eq!(
        barrier(&mut svc2).await,
        "MSG svc2.echo 1 _INBOX.r 2\r\nhi\r\n"
    );
    svc2.send(
        format!(
            "{}{}{}",
            pub_line("_INBOX.r", "re1"),
            pub_line("_INBOX.r", "re2"),
            pub_line("_INBOX.r", "re3")
        )
        .as_bytes(),
    )
    .await;
    assert_eq!(barrier(&mut svc2).await, pub_violation("_INBOX.r"));
    assert_eq!(
        barrier(&mut client).await,
        format!(
            "{}{}",
            msg_line("_INBOX.r", "1", "re1"),
            msg_line("_INBOX.r", "1", "re2")
        )
    );

    // async-nats: a request to the restricted service is answered.
    let service = client_as(&server, "svc", "svc").await;
    let mut requests = service.subscribe("svc.>").await.expect("subscribe");
    service.flush().await.expect("flush");
    let requester = client_as(&server, "client", "client").await;
    let responder = tokio::spawn(async move {
        let msg = next_msg(&mut requests, "svc request").await;
        let reply = msg.reply.expect("request has a reply subject");
        service
            .publish(reply, "answer".into())
            .await
            .expect("publish reply");
        service.flush().await.expect("flush");
    });
    let reply = tokio::time::timeout(READ_TIMEOUT, requester.request("svc.async", "q".into()))
        .await
        .expect("request timed out")
        .expect("request");
    assert_eq!(reply.payload, Bytes::from("answer"));
    responder.await.expect("responder task");
}

// ---------------------------------------------------------------------------------------------
// 8. default_permissions
// ---------------------------------------------------------------------------------------------

server_test!(default_permissions => default_permissions_rnats, default_permissions_reference);
async fn default_permissions(kind: Kind) {
    for conf in [
        "auth_default_permissions.conf",
        "auth_account_default_permissions.conf",
    ] {
        let server = TestServer::start(kind, &["-c", &server_conf(conf)]);
        // A user without permissions gets the defaults...
        let mut d = raw_as(&server, "d", "d").await;
        d.send(
            format!(
                "SUB dp.x 1\r\nSUB own.x 2\r\n{}{}",
                pub_line("dp.x", "m"),
                pub_line("own.x", "m")
            )
            .as_bytes(),
        )
        .await;
        assert_eq!(
            barrier(&mut d).await,
            format!(
                "{}{}{}",
                sub_violation("own.x"),
                msg_line("dp.x", "1", "m"),
                pub_violation("own.x")
            ),
            "{conf}: user d"
        );
        // ...a user with its own permissions gets only those.
        let mut own = raw_as(&server, "own", "own").await;
        own.send(
            format!(
                "SUB dp.x 1\r\nSUB own.x 2\r\n{}{}",
                pub_line("dp.x", "m"),
                pub_line("own.x", "m")
            )
            .as_bytes(),
        )
        .await;
        assert_eq!(
            barrier(&mut own).await,
            format!(
                "{}{}{}",
                sub_violation("dp.x"),
                pub_violation("dp.x"),
                msg_line("own.x", "2", "m"),
            ),
            "{conf}: user own"
        );
        if conf == "auth_account_default_permissions.conf" {
            // Account B has no defaults: anything goes.
            let mut b = raw_as(&server, "b", "b").await;
            b.send(format!("SUB any.x 1\r\n{}", pub_line("any.x", "m")).as_bytes())
                .await;
            assert_eq!(barrier(&mut b).await, msg_line("any.x", "1", "m"));
        }
    }
}

// ---------------------------------------------------------------------------------------------
// 9. Accounts: isolation, stream and service imports
// ---------------------------------------------------------------------------------------------

server_test!(accounts_isolation => accounts_isolation_rnats, accounts_isolation_reference);
async fn accounts_isolation(kind: Kind) {
    let server = TestServer::start(kind, &["-c", &server_conf("auth_accounts.conf")]);
    let mut a = raw_as(&server, "a", "a").await;
    let mut b = raw_as(&server, "b", "b").await;
    let mut c = raw_as(&server, "c", "c").await;
    for conn in [&mut a, &mut b, &mut c] {
        conn.send(b"SUB > 1\r\n").await;
        assert_eq!(barrier(conn).await, "");
    }

    // Subjects nobody imports stay in their account (the publisher's own `>` sees them).
    a.send(
        format!(
            "{}{}",
            pub_line("other", "from-a"),
            pub_line("x.y.z", "from-a")
        )
        .as_bytes(),
    )
    .await;
    assert_eq!(
        barrier(&mut a).await,
        format!(
            "{}{}",
            msg_line("other", "1", "from-a"),
            msg_line("x.y.z", "1", "from-a")
        )
    );
    b.send(
        format!(
            "{}{}",
            pub_line("other", "from-b"),
            pub_line("news.x", "from-b")
        )
        .as_bytes(),
    )
    .await;
    assert_eq!(
        barrier(&mut b).await,
        format!(
            "{}{}",
            msg_line("other", "1", "from-b"),
            msg_line("news.x", "1", "from-b")
        )
    );
    c.send(pub_line("other", "from-c").as_bytes()).await;
    assert_eq!(barrier(&mut c).await, msg_line("other", "1", "from-c"));
    assert_eq!(barrier(&mut a).await, "", "A sees nothing of B and C");
    assert_eq!(barrier(&mut b).await, "", "B sees nothing of A and C");
    assert_eq!(barrier(&mut c).await, "", "C sees nothing of A and B");

    // async-nats: a `>` subscriber in B does not see A's traffic.
    let a_client = client_as(&server, "a", "a").await;
    let b_client = client_as(&server, "b", "b").await;
    let mut b_all = b_client.subscribe(">").await.expect("subscribe");
    b_client.flush().await.expect("flush");
    let mut b_conn = raw_as(&server, "b", "b").await;
    assert_eq!(barrier(&mut b_conn).await, "");
    a_client
        .publish("isolated", "a".into())
        .await
        .expect("publish");
    a_client.flush().await.expect("flush");
    assert_quiet(&mut b_all, "B's >").await;
}

server_test!(accounts_stream_imports => accounts_stream_imports_rnats, accounts_stream_imports_reference);
async fn accounts_stream_imports(kind: Kind) {
    let server = TestServer::start(kind, &["-c", &server_conf("auth_accounts.conf")]);
    let mut a = raw_as(&server, "a", "a").await;
    let mut b = raw_as(&server, "b", "b").await;
    let mut c = raw_as(&server, "c", "c").await;
    b.send(b"SUB > 1\r\n").await;
    c.send(b"SUB > 1\r\n").await;
    assert_eq!(barrier(&mut b).await, "");
    assert_eq!(barrier(&mut c).await, "");

    a.send(
        format!(
            "{}{}{}",
            pub_line("news.x", "1"),
            pub_line("private.y.z", "2"),
            pub_line("other", "3")
        )
        .as_bytes(),
    )
    .await;
    assert_eq!(barrier(&mut a).await, "");
    // `prefix: from_a` prepends "from_a."; `to: "priv.>"` maps private.> onto priv.>.
    assert_eq!(
        barrier(&mut b).await,
        format!(
            "{}{}",
            msg_line("from_a.news.x", "1", "1"),
            msg_line("priv.y.z", "1", "2")
        )
    );
    assert_eq!(barrier(&mut c).await, "", "C imports nothing");

    // async-nats subscribers on the imported subjects. (The raw `>` subscriber goes first: it
    // would answer `sync`'s request.)
    b.send(b"UNSUB 1\r\n").await;
    assert_eq!(barrier(&mut b).await, "");
    let b_client = client_as(&server, "b", "b").await;
    let mut news = b_client
        .subscribe("from_a.news.*")
        .await
        .expect("subscribe");
    let mut private = b_client.subscribe("priv.>").await.expect("subscribe");
    sync(&b_client).await;
    let a_client = client_as(&server, "a", "a").await;
    a_client
        .publish("news.today", "n".into())
        .await
        .expect("publish");
    a_client
        .publish("private.memo", "p".into())
        .await
        .expect("publish");
    a_client.flush().await.expect("flush");
    let msg = next_msg(&mut news, "from_a.news.*").await;
    assert_eq!(
        (msg.subject.as_str(), &msg.payload[..]),
        ("from_a.news.today", &b"n"[..])
    );
    let msg = next_msg(&mut private, "priv.>").await;
    assert_eq!(
        (msg.subject.as_str(), &msg.payload[..]),
        ("priv.memo", &b"p"[..])
    );
}

server_test!(accounts_service_imports => accounts_service_imports_rnats, accounts_service_imports_reference);
async fn accounts_service_imports(kind: Kind) {
    let server = TestServer::start(kind, &["-c", &server_conf("auth_accounts.conf")]);

    // A's service answers B's requests; the reply subject A sees is not B's inbox.
    let a_client = client_as(&server, "a", "a").await;
    let mut echo = a_client.subscribe("svc.echo").await.expect("subscribe");
    let mut restricted = a_client
        .subscribe("svc.restricted")
        .await
        .expect("subscribe");
    sync(&a_client).await;
    let responder_client = a_client.clone();
    let responder = tokio::spawn(async move {
        for sub in [&mut echo, &mut restricted] {
            let msg = next_msg(sub, "service request").await;
            let reply = msg.reply.clone().expect("request has a reply subject");
            assert!(
                !reply.starts_with("_INBOX."),
                "the importer's inbox is mapped: {reply}"
            );
            let mut answer = b"echo:".to_vec();
            answer.extend_from_slice(&msg.payload);
            responder_client
                .publish(reply, answer.into())
                .await
                .expect("publish reply");
        }
        responder_client.flush().await.expect("flush");
    });
    let b_client = client_as(&server, "b", "b").await;
    let reply = tokio::time::timeout(READ_TIMEOUT, b_client.request("svc.echo", "hi".into()))
        .await
        .expect("request timed out")
        .expect("request svc.echo");
    assert_eq!(reply.payload, Bytes::from("echo:hi"));
    let reply = tokio::time::timeout(READ_TIMEOUT, b_client.request("svc.restricted", "r".into()))
        .await
        .expect("request timed out")
        .expect("request svc.restricted (B is listed)");
    assert_eq!(reply.payload, Bytes::from("echo:r"));
    responder.await.expect("responder task");

    // C imports nothing: the service does not exist there.
    let c_client = client_as(&server, "c", "c").await;
    let err = tokio::time::timeout(READ_TIMEOUT, c_client.request("svc.echo", "hi".into()))
        .await
        .expect("request timed out")
        .expect_err("no service in C");
    assert_eq!(
        err.kind(),
        async_nats::client::RequestErrorKind::NoResponders
    );

    // Raw: a singleton service delivers only the first of several replies...
    let mut a = raw_as(&server, "a", "a").await;
    a.send(b"SUB svc.echo 1\r\nSUB svc.multi 2\r\n").await;
    assert_eq!(barrier(&mut a).await, "");
    let mut b = raw_as(&server, "b", "b").await;
    b.send(b"SUB _INBOX.b.> 1\r\nPUB svc.echo _INBOX.b.1 1\r\nq\r\n")
        .await;
    assert_eq!(barrier(&mut b).await, "");
    let request = barrier(&mut a).await;
    let reply = request_reply_subject(&request, "svc.echo", "1");
    a.send(format!("{}{}", pub_line(&reply, "r1"), pub_line(&reply, "r2")).as_bytes())
        .await;
    assert_eq!(barrier(&mut a).await, "");
    assert_eq!(barrier(&mut b).await, msg_line("_INBOX.b.1", "1", "r1"));

    // ...while `response_type: stream` delivers them all (B imports it `to: multi`).
    b.send(b"PUB multi _INBOX.b.2 1\r\nq\r\n").await;
    assert_eq!(barrier(&mut b).await, "");
    let request = barrier(&mut a).await;
    let reply = request_reply_subject(&request, "svc.multi", "2");
    a.send(
        format!(
            "{}{}{}",
            pub_line(&reply, "s1"),
            pub_line(&reply, "s2"),
            pub_line(&reply, "s3")
        )
        .as_bytes(),
    )
    .await;
    assert_eq!(barrier(&mut a).await, "");
    assert_eq!(
        barrier(&mut b).await,
        format!(
            "{}{}{}",
            msg_line("_INBOX.b.2", "1", "s1"),
            msg_line("_INBOX.b.2", "1", "s2"),
            msg_line("_INBOX.b.2", "1", "s3")
        )
    );
}

/// The reply subject of the one `MSG <subject> <sid> <reply> 1\r\nq\r\n` in `text`.
fn request_reply_subject(text: &str, subject: &str, sid: &str) -> String {
    let head = text
        .strip_prefix(&format!("MSG {subject} {sid} "))
        .unwrap_or_else(|| panic!("expected one request on {subject}: {text:?}"));
    let (reply, rest) = head
        .split_once(' ')
        .unwrap_or_else(|| panic!("no reply subject: {text:?}"));
    assert_eq!(rest, "1\r\nq\r\n", "{text:?}");
    assert!(
        !reply.starts_with("_INBOX.b."),
        "the importer's reply subject is mapped: {reply}"
    );
    reply.to_owned()
}

server_test!(accounts_unauthorized_import => accounts_unauthorized_import_rnats, accounts_unauthorized_import_reference);
async fn accounts_unauthorized_import(kind: Kind) {
    // Importing an export restricted to other accounts is a configuration error: the server
    // refuses to start (and `-t` reports it), naming each import.
    let conf = server_conf("auth_accounts_unauthorized_import.conf");
    for args in [
        vec!["-t", "-c", conf.as_str()],
        vec!["-p", "-1", "-a", "127.0.0.1", "-c", conf.as_str()],
    ] {
        let out = run_bounded(kind.command(&args), Duration::from_secs(10));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {stderr}");
        for line in [
            "Error adding stream import \"private.>\": stream import not authorized",
            "Error adding service import \"svc.restricted\": service import not authorized",
        ] {
            assert!(
                stderr.contains(line),
                "{args:?}: missing {line:?} in {stderr}"
            );
        }
        assert!(
            stderr.contains("auth_accounts_unauthorized_import.conf:"),
            "{args:?}: the file is named: {stderr}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// 10. Subject mappings
// ---------------------------------------------------------------------------------------------

server_test!(mappings => mappings_rnats, mappings_reference);
async fn mappings(kind: Kind) {
    let server = TestServer::start(kind, &["-c", &server_conf("auth_mappings.conf")]);
    let mut sub = server.raw_connected().await;
    sub.send(b"SUB dst.* 1\r\nSUB src.* 2\r\nSUB left 3\r\nSUB right 4\r\nSUB split 5\r\n")
        .await;
    assert_eq!(barrier(&mut sub).await, "");
    let mut publisher = server.raw_connected().await;
    publisher.send(pub_line("src.a", "m").as_bytes()).await;
    assert_eq!(barrier(&mut publisher).await, "");
    assert_eq!(
        barrier(&mut sub).await,
        msg_line("dst.a", "1", "m"),
        "mapped, not both"
    );

    // Weighted 50/50: every message goes to exactly one side, both sides get a share.
    const N: usize = 200;
    let mut burst = String::new();
    for _ in 0..N {
        burst.push_str(&pub_line("split", "w"));
    }
    publisher.send(burst.as_bytes()).await;
    assert_eq!(barrier(&mut publisher).await, "");
    let got = barrier(&mut sub).await;
    let left = got.matches("MSG left 3 1\r\n").count();
    let right = got.matches("MSG right 4 1\r\n").count();
    assert_eq!(left + right, N, "every message lands once: {got:?}");
    assert!(
        !got.contains("MSG split"),
        "the source subject is not delivered"
    );
    assert!(
        (40..=160).contains(&left),
        "50% weights split {left}/{right}"
    );

    // async-nats sees the mapped subject.
    let client = server.client().await;
    let mut dst = client.subscribe("dst.>").await.expect("subscribe");
    client.publish("src.b", "c".into()).await.expect("publish");
    let msg = next_msg(&mut dst, "dst.>").await;
    assert_eq!(msg.subject.as_str(), "dst.b");
}

server_test!(account_mappings => account_mappings_rnats, account_mappings_reference);
async fn account_mappings(kind: Kind) {
    let server = TestServer::start(kind, &["-c", &server_conf("auth_account_mappings.conf")]);
    for (name, mapped) in [("a", true), ("b", false)] {
        let mut conn = raw_as(&server, name, name).await;
        conn.send(format!("SUB dst.* 1\r\nSUB src.* 2\r\n{}", pub_line("src.x", "m")).as_bytes())
            .await;
        let want = if mapped {
            msg_line("dst.x", "1", "m")
        } else {
            msg_line("src.x", "2", "m")
        };
        assert_eq!(barrier(&mut conn).await, want, "account of {name}");
    }
}

// ---------------------------------------------------------------------------------------------
// 11. System account
// ---------------------------------------------------------------------------------------------

server_test!(system_account_user_info => system_account_user_info_rnats, system_account_user_info_reference);
async fn system_account_user_info(kind: Kind) {
    let server = TestServer::start(kind, &["-c", &server_conf("auth_system_account.conf")]);
    let server_id = server.raw().await.info["server_id"].clone();

    let a = client_as(&server, "a", "a").await;
    let mut reply = request_json(&a, "$SYS.REQ.USER.INFO", "").await;
    // The lists come back in no fixed order (upstream rebuilds them from a map).
    for list in ["publish", "subscribe"] {
        if let Some(Value::Array(allow)) = reply["data"]["permissions"][list].get_mut("allow") {
            allow.sort_by_key(|v| v.to_string());
        }
    }
    assert_eq!(
        reply["data"],
        json!({
            "user": "a",
            "account": "A",
            "account_name": "A",
            "permissions": {
                "publish": {"allow": ["$SYS.REQ.USER.INFO", "foo.>"], "deny": ["foo.bar"]},
                "subscribe": {"allow": ["_INBOX.>"]},
            },
        }),
        "{reply}"
    );
    assert_eq!(reply["server"]["id"], server_id, "{reply}");
    assert_eq!(reply["server"]["name"], server_id, "{reply}");
    assert!(reply["server"]["ver"].is_string(), "{reply}");
    assert!(reply.get("error").is_none(), "{reply}");

    // A user without permissions: no permissions key at all.
    let free = client_as(&server, "free", "free").await;
    let reply = request_json(&free, "$SYS.REQ.USER.INFO", "").await;
    assert_eq!(
        reply["data"],
        json!({"user": "free", "account": "A", "account_name": "A"}),
        "{reply}"
    );

    // The system user asks about itself.
    let sys = client_as(&server, "sys", "sys").await;
    let reply = request_json(&sys, "$SYS.REQ.USER.INFO", "").await;
    assert_eq!(
        reply["data"],
        json!({"user": "sys", "account": "SYS", "account_name": "SYS"}),
        "{reply}"
    );
}

server_test!(system_account_connect_events => system_account_connect_events_rnats, system_account_connect_events_reference);
async fn system_account_connect_events(kind: Kind) {
    let server = TestServer::start(kind, &["-c", &server_conf("auth_system_account.conf")]);
    let sys = client_as(&server, "sys", "sys").await;
    let mut connects = sys
        .subscribe("$SYS.ACCOUNT.A.CONNECT")
        .await
        .expect("subscribe");
    let mut disconnects = sys
        .subscribe("$SYS.ACCOUNT.A.DISCONNECT")
        .await
        .expect("subscribe");
    sync(&sys).await;
    // A raw subscriber shows the wire form of the events.
    let mut raw_sys = raw_as(&server, "sys", "sys").await;
    raw_sys.send(b"SUB $SYS.ACCOUNT.A.CONNECT 1\r\n").await;
    assert_eq!(barrier(&mut raw_sys).await, "");

    let mut user = server
        .raw_connect_with(r#"{"verbose":false,"user":"free","pass":"free","name":"cli-a"}"#)
        .await;
    let cid = user.info["client_id"].clone();

    let msg = next_msg(&mut connects, "CONNECT event").await;
    let event: Value = serde_json::from_slice(&msg.payload).expect("event JSON");
    assert_eq!(
        event["type"], "io.nats.server.advisory.v1.client_connect",
        "{event}"
    );
    assert!(
        event["id"].is_string() && event["timestamp"].is_string(),
        "{event}"
    );
    assert_eq!(event["server"]["id"], user.info["server_id"], "{event}");
    let client = &event["client"];
    assert_eq!(client["id"], cid, "{event}");
    assert_eq!(client["acc"], "A", "{event}");
    assert_eq!(client["user"], "free", "{event}");
    assert_eq!(client["name"], "cli-a", "{event}");
    assert_eq!(client["host"], "127.0.0.1", "{event}");
    assert_eq!(client["kind"], "Client", "{event}");
    assert_eq!(client["client_type"], "nats", "{event}");
    assert!(client["start"].is_string(), "{event}");
    assert!(event.get("reason").is_none(), "{event}");

    // Surprise: upstream writes event MSGs with an empty reply field, i.e. two spaces before
    // the size.
    let line = raw_sys.expect("\r\n").await;
    assert!(
        line.starts_with("MSG $SYS.ACCOUNT.A.CONNECT 1  "),
        "{line:?}"
    );

    assert_eq!(barrier(&mut user).await, "");
    drop(user);
    let msg = next_msg(&mut disconnects, "DISCONNECT event").await;
    let event: Value = serde_json::from_slice(&msg.payload).expect("event JSON");
    assert_eq!(
        event["type"], "io.nats.server.advisory.v1.client_disconnect",
        "{event}"
    );
    assert_eq!(event["reason"], "Client Closed", "{event}");
    let client = &event["client"];
    assert_eq!(client["id"], cid, "{event}");
    assert_eq!(client["acc"], "A", "{event}");
    assert_eq!(client["user"], "free", "{event}");
    assert_eq!(client["name"], "cli-a", "{event}");
    assert!(client["stop"].is_string(), "{event}");
    for side in ["sent", "received"] {
        assert!(event[side]["msgs"].is_u64(), "{side}: {event}");
        assert!(event[side]["bytes"].is_u64(), "{side}: {event}");
    }

    // Connections in other accounts do not produce A's events.
    let _sys_again = client_as(&server, "sys", "sys").await;
    assert_quiet(&mut connects, "A's CONNECT").await;
}

// ---------------------------------------------------------------------------------------------
// 12. Account limits
// ---------------------------------------------------------------------------------------------

server_test!(account_limits => account_limits_rnats, account_limits_reference);
async fn account_limits(kind: Kind) {
    let server = TestServer::start(kind, &["-c", &server_conf("auth_account_limits.conf")]);

    // max_connections: 1.
    let mut first = raw_as(&server, "a", "a").await;
    let mut second = server.raw().await;
    second
        .send(format!("CONNECT {}\r\nPING\r\n", connect_json("a", "a")).as_bytes())
        .await;
    assert_eq!(
        second.expect_closed(READ_TIMEOUT).await,
        "-ERR 'maximum account active connections exceeded'\r\n"
    );
    assert_eq!(
        connect_error(&server, user("a", "a")).await,
        ConnectErrorKind::Io,
        "async-nats reports the refusal as an I/O error"
    );
    let mut b = raw_as(&server, "b", "b").await;

    // max_subscriptions: 2; the third is refused and the connection stays open.
    first.send(b"SUB s.1 1\r\nSUB s.2 2\r\nSUB s.3 3\r\n").await;
    assert_eq!(
        barrier(&mut first).await,
        "-ERR 'maximum subscriptions exceeded'\r\n"
    );
    first.send(pub_line("s.3", "x").as_bytes()).await;
    assert_eq!(
        barrier(&mut first).await,
        "",
        "the refused SUB was not registered"
    );

    // max_payload: 100. INFO still announces the server-wide limit (it is sent before the
    // account is known); 100 bytes pass, 101 close the connection.
    assert_eq!(first.info["max_payload"], 1_048_576);
    first
        .send(pub_line("s.1", &"x".repeat(100)).as_bytes())
        .await;
    assert_eq!(
        barrier(&mut first).await,
        msg_line("s.1", "1", &"x".repeat(100))
    );
    first
        .send(pub_line("s.1", &"x".repeat(101)).as_bytes())
        .await;
    assert_eq!(
        first.expect_closed(READ_TIMEOUT).await,
        "-ERR 'Maximum Payload Violation'\r\n"
    );
    // B has no limits.
    b.send(format!("SUB big 1\r\n{}", pub_line("big", &"y".repeat(1000))).as_bytes())
        .await;
    assert_eq!(
        barrier(&mut b).await,
        msg_line("big", "1", &"y".repeat(1000))
    );

    // The closed connection frees its slot in A (the close is handled asynchronously).
    let deadline = Instant::now() + READ_TIMEOUT;
    loop {
        let mut conn = server.raw().await;
        conn.send(format!("CONNECT {}\r\nPING\r\n", connect_json("a", "a")).as_bytes())
            .await;
        if conn.read_until("PONG\r\n", READ_TIMEOUT).await.is_some() {
            break;
        }
        assert!(Instant::now() < deadline, "A's slot was not freed");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

// ---------------------------------------------------------------------------------------------
// 13. Per-account JetStream
// ---------------------------------------------------------------------------------------------

/// Starts `kind` with JetStream in a fresh store and the account config `conf`.
fn start_js_accounts(kind: Kind, conf: &str, store: &tempfile::TempDir) -> TestServer {
    let store = store.path().to_str().expect("utf-8 store path");
    TestServer::start(kind, &["-js", "-sd", store, "-c", &server_conf(conf)])
}

server_test!(account_jetstream => account_jetstream_rnats, account_jetstream_reference);
async fn account_jetstream(kind: Kind) {
    let store = tempfile::tempdir().expect("store dir");
    let server = start_js_accounts(kind, "auth_account_jetstream.conf", &store);
    let a = client_as(&server, "a", "a").await;
    let b = client_as(&server, "b", "b").await;

    let info = request_json(&a, "$JS.API.INFO", "").await;
    assert_eq!(
        info["type"],
        "io.nats.jetstream.api.v1.account_info_response"
    );
    assert!(info.get("error").is_none(), "{info}");
    assert_eq!(info["streams"], 0, "{info}");

    let not_enabled =
        json!({"code": 503, "err_code": 10039, "description": "JetStream not enabled for account"});
    let info = request_json(&b, "$JS.API.INFO", "").await;
    assert_eq!(
        info,
        json!({"type": "io.nats.jetstream.api.v1.account_info_response", "error": not_enabled})
    );
    let created = request_json(
        &b,
        "$JS.API.STREAM.CREATE.S",
        r#"{"name":"S","subjects":["s"]}"#,
    )
    .await;
    assert_eq!(
        created,
        json!({"type": "io.nats.jetstream.api.v1.stream_create_response", "error": not_enabled})
    );
}

server_test!(account_jetstream_separate_streams => account_jetstream_separate_streams_rnats, account_jetstream_separate_streams_reference);
async fn account_jetstream_separate_streams(kind: Kind) {
    let store = tempfile::tempdir().expect("store dir");
    let server = start_js_accounts(kind, "auth_account_jetstream_both.conf", &store);
    let a = client_as(&server, "a", "a").await;
    let b = client_as(&server, "b", "b").await;
    for (client, n) in [(&a, 2), (&b, 3)] {
        let created = request_json(
            client,
            "$JS.API.STREAM.CREATE.S",
            r#"{"name":"S","subjects":["s.>"],"storage":"memory"}"#,
        )
        .await;
        assert!(created.get("error").is_none(), "{created}");
        let js = async_nats::jetstream::new(client.clone());
        for i in 0..n {
            let ack = js
                .publish(format!("s.{i}"), "x".into())
                .await
                .expect("publish")
                .await
                .expect("ack");
            assert_eq!(ack.stream, "S");
        }
    }
    for (client, n) in [(&a, 2), (&b, 3)] {
        let info = request_json(client, "$JS.API.STREAM.INFO.S", "").await;
        assert_eq!(info["state"]["messages"], n, "{info}");
        let names = request_json(client, "$JS.API.STREAM.NAMES", "").await;
        assert_eq!(names["streams"], json!(["S"]), "{names}");
    }
}

// ---------------------------------------------------------------------------------------------
// 14. No secrets in logs or monitoring
// ---------------------------------------------------------------------------------------------

server_test!(no_secrets_in_logs => no_secrets_in_logs_rnats, no_secrets_in_logs_reference);
async fn no_secrets_in_logs(kind: Kind) {
    const PLAIN: &str = "Plain-Secret-4711";
    const WRONG: &str = "Wrong-Secret-0815";
    const TOKEN: &str = "Tok-Secret-9876";
    const WRONG_TOKEN: &str = "Tok-Wrong-1234";
    let secrets = [PLAIN, WRONG, BOB_PASS, BOB_HASH, TOKEN, WRONG_TOKEN];

    let conf = server_conf("auth_secrets_users.conf");
    let mut users = TestServer::start(kind, &["-D", "-V", "-m", "-1", "-c", &conf]);
    let _alice = raw_as(&users, "alice", PLAIN).await;
    let _bob = client_as(&users, "bob", BOB_PASS).await;
    for (name, pass) in [("alice", WRONG), ("bob", WRONG), ("alice", BOB_HASH)] {
        let lines = format!("CONNECT {}\r\nPING\r\n", connect_json(name, pass));
        assert_auth_violation(&users, &lines).await;
    }
    let mut token = TestServer::start(kind, &["-D", "-V", "-m", "-1", "--auth", TOKEN]);
    let _tok = token
        .raw_connect_with(&json!({"verbose": false, "auth_token": TOKEN}).to_string())
        .await;
    let lines = format!(
        "CONNECT {}\r\nPING\r\n",
        json!({"verbose": false, "auth_token": WRONG_TOKEN})
    );
    assert_auth_violation(&token, &lines).await;

    for server in [&mut users, &mut token] {
        // The trace shows the CONNECT with the secret redacted.
        server.wait_for_log("CONNECT", READ_TIMEOUT);
        let mut texts = vec![("log".to_owned(), server.stderr())];
        for path in ["/varz", "/connz?auth=true", "/connz?auth=true&state=closed"] {
            texts.push((path.to_owned(), server.monitor_json(path).await.to_string()));
        }
        for (what, text) in &texts {
            for secret in secrets {
                assert!(!text.contains(secret), "{secret:?} in {what}: {text}");
            }
        }
        assert!(
            texts[0].1.contains("[REDACTED]"),
            "the traced CONNECT is redacted: {}",
            texts[0].1
        );
    }
    // connz?auth=true names the user, never the password.
    let connz = users.monitor_json("/connz?auth=true").await;
    let names: Vec<&str> = connz["connections"]
        .as_array()
        .expect("connections")
        .iter()
        .filter_map(|c| c["authorized_user"].as_str())
        .collect();
    assert!(
        names.contains(&"alice") && names.contains(&"bob"),
        "{connz}"
    );
}

// ---------------------------------------------------------------------------------------------
// 15. Reload
// ---------------------------------------------------------------------------------------------

server_test!(reload_users => reload_users_rnats, reload_users_reference);
async fn reload_users(kind: Kind) {
    let conf = TempConf::new(
        "authorization {\n  users [\n    {user: alice, password: alice}\n    {user: bob, password: bob}\n  ]\n}\n",
    );
    let mut server = TestServer::start(kind, &["-c", conf.path()]);
    let mut alice = raw_as(&server, "alice", "alice").await;
    let mut bob = raw_as(&server, "bob", "bob").await;
    let alice_client = client_as(&server, "alice", "alice").await;

    conf.rewrite(
        "authorization {\n  users [\n    {user: alice, password: alice}\n    {user: carol, password: carol}\n  ]\n}\n",
    );
    signal(server.pid(), "HUP");
    server.wait_for_log("Reloaded server configuration", READ_TIMEOUT);

    // Surprise: the removed user's connection is closed without an -ERR.
    let rest = bob.expect_closed(READ_TIMEOUT).await;
    assert_eq!(rest, "", "bob's connection closes silently");
    assert_eq!(barrier(&mut alice).await, "", "alice stays");
    round_trip(&alice_client, "reload.alice").await;

    let lines = format!("CONNECT {}\r\nPING\r\n", connect_json("bob", "bob"));
    assert_auth_violation(&server, &lines).await;
    let mut carol = raw_as(&server, "carol", "carol").await;
    assert_eq!(barrier(&mut carol).await, "");
    let carol_client = client_as(&server, "carol", "carol").await;
    round_trip(&carol_client, "reload.carol").await;
}

server_test!(reload_adds_account_with_jetstream => reload_adds_account_with_jetstream_rnats, reload_adds_account_with_jetstream_reference);
/// An account added by a reload gets its users, its own subject space and, with `jetstream:
/// enabled`, its own JetStream; a changed password closes the old session.
async fn reload_adds_account_with_jetstream(kind: Kind) {
    let store = tempfile::tempdir().expect("store dir");
    let conf = TempConf::new(
        "accounts {\n  A { users [{user: a, password: a}], jetstream: enabled }\n}\n",
    );
    let store_path = store.path().to_str().expect("utf-8 store path");
    let mut server = TestServer::start(kind, &["-js", "-sd", store_path, "-c", conf.path()]);
    let mut a_raw = raw_as(&server, "a", "a").await;
    let lines = format!("CONNECT {}\r\nPING\r\n", connect_json("b", "b"));
    assert_auth_violation(&server, &lines).await;

    conf.rewrite(
        "accounts {\n  A { users [{user: a, password: a2}], jetstream: enabled }\n  B { users [{user: b, password: b}], jetstream: enabled }\n}\n",
    );
    signal(server.pid(), "HUP");
    server.wait_for_log("Reloaded server configuration", READ_TIMEOUT);
    // a's password changed: the old session ends.
    a_raw.expect_closed(READ_TIMEOUT).await;
    let b = client_as(&server, "b", "b").await;
    let info = request_json(&b, "$JS.API.INFO", "").await;
    assert!(info.get("error").is_none(), "{kind:?}: {info}");
    assert_eq!(info["streams"], 0, "{info}");
    let a = client_as(&server, "a", "a2").await;
    let info = request_json(&a, "$JS.API.INFO", "").await;
    assert!(info.get("error").is_none(), "{kind:?}: {info}");
}

server_test!(reload_narrows_permissions => reload_narrows_permissions_rnats, reload_narrows_permissions_reference);
/// A reload that narrows a user's subscribe permissions removes the subscriptions no longer
/// allowed, with an -ERR naming subject and sid, and keeps the connection and the others.
async fn reload_narrows_permissions(kind: Kind) {
    let conf = TempConf::new(
        "authorization {\n  users [\n    {user: alice, password: alice, permissions: {subscribe: [\"a.>\", \"b.>\"]}}\n    {user: pub, password: pub}\n  ]\n}\n",
    );
    let mut server = TestServer::start(kind, &["-c", conf.path()]);
    let mut alice = raw_as(&server, "alice", "alice").await;
    alice.send(b"SUB a.x 1\r\nSUB b.x 2\r\n").await;
    assert_eq!(barrier(&mut alice).await, "");
    conf.rewrite(
        "authorization {\n  users [\n    {user: alice, password: alice, permissions: {subscribe: [\"a.>\"]}}\n    {user: pub, password: pub}\n  ]\n}\n",
    );
    signal(server.pid(), "HUP");
    server.wait_for_log("Reloaded server configuration", READ_TIMEOUT);
    let got = alice
        .expect("-ERR 'Permissions Violation for Subscription to \"b.x\" (sid \"2\")'\r\n")
        .await;
    assert_eq!(
        got,
        "-ERR 'Permissions Violation for Subscription to \"b.x\" (sid \"2\")'\r\n"
    );
    let mut publisher = raw_as(&server, "pub", "pub").await;
    publisher
        .send(format!("{}{}", pub_line("b.x", "no"), pub_line("a.x", "yes")).as_bytes())
        .await;
    assert_eq!(barrier(&mut publisher).await, "");
    assert_eq!(barrier(&mut alice).await, msg_line("a.x", "1", "yes"));
}

server_test!(account_max_ack_pending => account_max_ack_pending_rnats, account_max_ack_pending_reference);
/// An account's JetStream `max_ack_pending` lowers a consumer's default and refuses more.
async fn account_max_ack_pending(kind: Kind) {
    let store = tempfile::tempdir().expect("store dir");
    let conf = TempConf::new(
        "accounts {\n  A { users [{user: a, password: a}], jetstream: {max_ack_pending: 100} }\n}\n",
    );
    let store_path = store.path().to_str().expect("utf-8 store path");
    let server = TestServer::start(kind, &["-js", "-sd", store_path, "-c", conf.path()]);
    let a = client_as(&server, "a", "a").await;
    let created = request_json(
        &a,
        "$JS.API.STREAM.CREATE.S",
        r#"{"name":"S","subjects":["s.>"]}"#,
    )
    .await;
    assert!(created.get("error").is_none(), "{created}");
    let refused = request_json(
        &a,
        "$JS.API.CONSUMER.CREATE.S.C1",
        r#"{"stream_name":"S","config":{"name":"C1","ack_policy":"explicit","max_ack_pending":200}}"#,
    )
    .await;
    assert_eq!(
        refused["error"],
        json!({"code": 400, "err_code": 10121, "description": "consumer max ack pending exceeds system limit of 100"}),
        "{kind:?}: {refused}"
    );
    let defaulted = request_json(
        &a,
        "$JS.API.CONSUMER.CREATE.S.C2",
        r#"{"stream_name":"S","config":{"name":"C2","ack_policy":"explicit"}}"#,
    )
    .await;
    assert_eq!(
        defaulted["config"]["max_ack_pending"], 100,
        "{kind:?}: {defaulted}"
    );
}

server_test!(allowed_connection_types => allowed_connection_types_rnats, allowed_connection_types_reference);
/// `allowed_connection_types`: a user limited to WebSocket cannot log in over plain TCP; one
/// limited to STANDARD can.
async fn allowed_connection_types(kind: Kind) {
    let conf = TempConf::new(
        "authorization {\n  users [\n    {user: web, password: web, allowed_connection_types: [\"WEBSOCKET\"]}\n    {user: tcp, password: tcp, allowed_connection_types: [\"STANDARD\", \"MQTT\"]}\n  ]\n}\n",
    );
    let server = TestServer::start(kind, &["-c", conf.path()]);
    let mut tcp = raw_as(&server, "tcp", "tcp").await;
    assert_eq!(barrier(&mut tcp).await, "");
    let lines = format!("CONNECT {}\r\nPING\r\n", connect_json("web", "web"));
    assert_auth_violation(&server, &lines).await;
}
