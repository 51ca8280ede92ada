//! Raw-socket protocol scenarios: every `-ERR` text a client can provoke, which of them close
//! the connection, and the parser's tolerance (split input, lower-case ops, tabs). Expected
//! bytes are what nats-server 2.14 sends (server/parser.go, server/client.go).

use std::time::Duration;

use crate::util::{server_conf, server_test, Kind, RawConn, TestServer, READ_TIMEOUT};

/// How long a server may take to close a connection after a fatal `-ERR`.
const CLOSE_TIMEOUT: Duration = Duration::from_secs(5);

/// Expects `-ERR '<text>'` next on `conn`, then the server closing it.
async fn expect_fatal(conn: &mut RawConn, text: &str) {
    let err = format!("-ERR '{text}'\r\n");
    let got = conn.expect(&err).await;
    assert_eq!(got, err, "nothing else before the -ERR");
    let rest = conn.expect_closed(CLOSE_TIMEOUT).await;
    assert_eq!(rest, "", "nothing after the -ERR but the close");
}

server_test!(ping_pong => ping_pong_rnats, ping_pong_reference);
async fn ping_pong(kind: Kind) {
    let server = TestServer::start(kind, &[]);
    let mut conn = server.raw().await;
    assert_eq!(conn.info["port"], server.port(), "INFO port");
    assert_eq!(conn.info["max_payload"], 1024 * 1024, "INFO max_payload");
    assert_eq!(conn.info["headers"], true, "INFO headers");
    // nats-server answers a PING even before CONNECT.
    conn.send(b"PING\r\n").await;
    assert_eq!(conn.expect("\r\n").await, "PONG\r\n");
    conn.send(b"CONNECT {\"verbose\":false}\r\nPING\r\nPING\r\n")
        .await;
    assert_eq!(conn.expect("\r\n").await, "PONG\r\n");
    assert_eq!(conn.expect("\r\n").await, "PONG\r\n");
    // An unsolicited PONG is accepted silently.
    conn.send(b"PONG\r\nPING\r\n").await;
    assert_eq!(conn.expect("\r\n").await, "PONG\r\n");
}

server_test!(verbose_ok => verbose_ok_rnats, verbose_ok_reference);
async fn verbose_ok(kind: Kind) {
    let server = TestServer::start(kind, &[]);
    let mut conn = server.raw().await;
    conn.send(b"CONNECT {\"verbose\":true}\r\nSUB foo 1\r\nPUB foo 2\r\nhi\r\nPING\r\n")
        .await;
    assert_eq!(
        conn.expect("PONG\r\n").await,
        "+OK\r\n+OK\r\n+OK\r\nMSG foo 1 2\r\nhi\r\nPONG\r\n"
    );
    // Without the field, CONNECT is verbose: nats-server's client defaults are verbose and
    // pedantic.
    let mut conn = server.raw().await;
    conn.send(b"CONNECT {}\r\nPING\r\n").await;
    assert_eq!(conn.expect("PONG\r\n").await, "+OK\r\nPONG\r\n");
    let mut conn = server.raw().await;
    conn.send(b"CONNECT {\"verbose\":false}\r\nSUB foo 1\r\nPING\r\n")
        .await;
    assert_eq!(conn.expect("PONG\r\n").await, "PONG\r\n");
}

server_test!(unknown_op_garbage => unknown_op_garbage_rnats, unknown_op_garbage_reference);
async fn unknown_op_garbage(kind: Kind) {
    let server = TestServer::start(kind, &[]);
    let mut conn = server.raw().await;
    conn.send(b"garbage\r\n").await;
    expect_fatal(&mut conn, "Unknown Protocol Operation").await;

    let mut conn = server.raw_connected().await;
    conn.send(b"\x00\x01\x02\xff\r\n").await;
    expect_fatal(&mut conn, "Unknown Protocol Operation").await;
}

server_test!(unknown_op_msg_from_client => unknown_op_msg_from_client_rnats, unknown_op_msg_from_client_reference);
async fn unknown_op_msg_from_client(kind: Kind) {
    let server = TestServer::start(kind, &[]);
    let mut conn = server.raw_connected().await;
    conn.send(b"MSG foo 1 2\r\nhi\r\n").await;
    expect_fatal(&mut conn, "Unknown Protocol Operation").await;
}

server_test!(unknown_op_unsub_without_args => unknown_op_unsub_without_args_rnats, unknown_op_unsub_without_args_reference);
async fn unknown_op_unsub_without_args(kind: Kind) {
    let server = TestServer::start(kind, &[]);
    let mut conn = server.raw_connected().await;
    conn.send(b"UNSUB\r\n").await;
    expect_fatal(&mut conn, "Unknown Protocol Operation").await;
}

server_test!(unknown_op_payload_without_crlf => unknown_op_payload_without_crlf_rnats, unknown_op_payload_without_crlf_reference);
async fn unknown_op_payload_without_crlf(kind: Kind) {
    let server = TestServer::start(kind, &[]);
    let mut sub = server.raw_connected().await;
    sub.send(b"SUB foo 1\r\nPING\r\n").await;
    sub.expect("PONG\r\n").await;
    let mut conn = server.raw_connected().await;
    // The payload is longer than announced: the byte after 2 payload bytes must be CR.
    conn.send(b"PUB foo 2\r\nhiXX\r\n").await;
    expect_fatal(&mut conn, "Unknown Protocol Operation").await;
    // The bad message was not delivered.
    sub.send(b"PING\r\n").await;
    assert_eq!(sub.expect("PONG\r\n").await, "PONG\r\n");
}

server_test!(max_payload_violation => max_payload_violation_rnats, max_payload_violation_reference);
async fn max_payload_violation(kind: Kind) {
    let server = TestServer::start(kind, &["-c", &server_conf("max_payload_1k.conf")]);
    let mut conn = server.raw_connected().await;
    assert_eq!(conn.info["max_payload"], 1024);
    let mut bytes = b"PUB big 2048\r\n".to_vec();
    bytes.extend_from_slice(&[b'x'; 2048]);
    bytes.extend_from_slice(b"\r\n");
    conn.send(&bytes).await;
    expect_fatal(&mut conn, "Maximum Payload Violation").await;

    // The size in the control line alone is enough: the server does not wait for the payload.
    let mut conn = server.raw_connected().await;
    conn.send(b"PUB big 1025\r\n").await;
    expect_fatal(&mut conn, "Maximum Payload Violation").await;

    // HPUB counts headers plus payload.
    let mut conn = server
        .raw_connect_with(r#"{"verbose":false,"pedantic":false,"headers":true}"#)
        .await;
    conn.send(b"HPUB big 12 1030\r\n").await;
    expect_fatal(&mut conn, "Maximum Payload Violation").await;

    // Exactly max_payload is accepted.
    let mut conn = server.raw_connected().await;
    let mut bytes = b"PUB big 1024\r\n".to_vec();
    bytes.extend_from_slice(&[b'x'; 1024]);
    bytes.extend_from_slice(b"\r\nPING\r\n");
    conn.send(&bytes).await;
    assert_eq!(conn.expect("PONG\r\n").await, "PONG\r\n");
}

server_test!(hpub_errors_close_silently => hpub_errors_close_silently_rnats, hpub_errors_close_silently_reference);
async fn hpub_errors_close_silently(kind: Kind) {
    let server = TestServer::start(kind, &[]);
    // HPUB from a client that did not announce headers: nats-server drops the connection
    // without an -ERR (processHeaderPub returns ErrMsgHeadersNotSupported).
    let mut conn = server.raw_connected().await;
    conn.send(b"HPUB foo 12 14\r\nNATS/1.0\r\n\r\nhi\r\n").await;
    assert_eq!(conn.expect_closed(CLOSE_TIMEOUT).await, "");
    // A header block larger than the total size: same.
    let mut conn = server
        .raw_connect_with(r#"{"verbose":false,"pedantic":false,"headers":true}"#)
        .await;
    conn.send(b"HPUB foo 12 10\r\n").await;
    assert_eq!(conn.expect_closed(CLOSE_TIMEOUT).await, "");
}

server_test!(max_control_line_exceeded => max_control_line_exceeded_rnats, max_control_line_exceeded_reference);
async fn max_control_line_exceeded(kind: Kind) {
    let server = TestServer::start(kind, &[]);
    let mut conn = server.raw_connected().await;
    let mut line = b"SUB ".to_vec();
    line.extend_from_slice(&[b'a'; 5000]);
    line.extend_from_slice(b" 1\r\n");
    conn.send(&line).await;
    expect_fatal(&mut conn, "maximum control line exceeded").await;

    // Without a line end at all, the server stops waiting once the line is too long.
    let mut conn = server.raw_connected().await;
    conn.send(&line[..4500]).await;
    expect_fatal(&mut conn, "maximum control line exceeded").await;
}

server_test!(invalid_subject => invalid_subject_rnats, invalid_subject_reference);
async fn invalid_subject(kind: Kind) {
    let server = TestServer::start(kind, &[]);
    let mut conn = server.raw_connected().await;
    conn.send(b"SUB foo..bar 1\r\nPING\r\n").await;
    // Not fatal: the connection carries on.
    assert_eq!(
        conn.expect("PONG\r\n").await,
        "-ERR 'Invalid Subject'\r\nPONG\r\n"
    );
    conn.send(b"SUB foo.bar 2\r\nPUB foo.bar 2\r\nok\r\nPING\r\n")
        .await;
    assert_eq!(
        conn.expect("PONG\r\n").await,
        "MSG foo.bar 2 2\r\nok\r\nPONG\r\n"
    );
}

server_test!(invalid_publish_subject => invalid_publish_subject_rnats, invalid_publish_subject_reference);
async fn invalid_publish_subject(kind: Kind) {
    let server = TestServer::start(kind, &[]);
    // Pedantic (the CONNECT default): the publish is reported, yet nats-server 2.14 still
    // delivers it and keeps the connection.
    let mut conn = server.raw().await;
    conn.send(b"CONNECT {\"verbose\":false}\r\nSUB foo.* 1\r\nPUB foo.* 2\r\nhi\r\nPING\r\n")
        .await;
    assert_eq!(
        conn.expect("PONG\r\n").await,
        "-ERR 'Invalid Publish Subject'\r\nMSG foo.* 1 2\r\nhi\r\nPONG\r\n"
    );
    // Not pedantic: no complaint, same delivery.
    let mut conn = server.raw().await;
    conn.send(
        b"CONNECT {\"verbose\":false,\"pedantic\":false}\r\nSUB foo.* 1\r\nPUB foo.* 2\r\nhi\r\nPING\r\n",
    )
    .await;
    assert_eq!(
        conn.expect("PONG\r\n").await,
        "MSG foo.* 1 2\r\nhi\r\nPONG\r\n"
    );
}

server_test!(no_responders_requires_headers => no_responders_requires_headers_rnats, no_responders_requires_headers_reference);
async fn no_responders_requires_headers(kind: Kind) {
    let server = TestServer::start(kind, &[]);
    let mut conn = server.raw().await;
    conn.send(b"CONNECT {\"verbose\":false,\"no_responders\":true}\r\nPING\r\n")
        .await;
    expect_fatal(&mut conn, "no responders requires headers support").await;
}

server_test!(invalid_client_protocol => invalid_client_protocol_rnats, invalid_client_protocol_reference);
async fn invalid_client_protocol(kind: Kind) {
    let server = TestServer::start(kind, &[]);
    let mut conn = server.raw().await;
    conn.send(b"CONNECT {\"verbose\":false,\"protocol\":2}\r\nPING\r\n")
        .await;
    expect_fatal(&mut conn, "invalid client protocol").await;
}

server_test!(split_input => split_input_rnats, split_input_reference);
async fn split_input(kind: Kind) {
    let server = TestServer::start(kind, &[]);
    let mut sub = server.raw_connected().await;
    sub.send(b"SUB split.* 9\r\nPING\r\n").await;
    sub.expect("PONG\r\n").await;

    let mut publisher = server.raw_connected().await;
    let bytes = b"PUB split.test reply.to 11\r\nhello world\r\nPING\r\n";
    for byte in bytes {
        publisher.send(std::slice::from_ref(byte)).await;
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
    assert_eq!(publisher.expect("PONG\r\n").await, "PONG\r\n");
    assert_eq!(
        sub.expect("hello world\r\n").await,
        "MSG split.test 9 reply.to 11\r\nhello world\r\n"
    );
}

server_test!(lower_case_ops => lower_case_ops_rnats, lower_case_ops_reference);
async fn lower_case_ops(kind: Kind) {
    let server = TestServer::start(kind, &[]);
    let mut conn = server.raw().await;
    conn.send(
        b"connect {\"verbose\":false,\"headers\":true}\r\nsub foo 1\r\npub foo 2\r\nhi\r\nhpub foo 12 14\r\nNATS/1.0\r\n\r\nhi\r\n\
          unsub 1\r\npub foo 2\r\nno\r\nping\r\n",
    )
    .await;
    assert_eq!(
        conn.expect("PONG\r\n").await,
        "MSG foo 1 2\r\nhi\r\nHMSG foo 1 12 14\r\nNATS/1.0\r\n\r\nhi\r\nPONG\r\n"
    );
}

server_test!(tabs_between_args => tabs_between_args_rnats, tabs_between_args_reference);
async fn tabs_between_args(kind: Kind) {
    let server = TestServer::start(kind, &[]);
    let mut conn = server.raw().await;
    conn.send(
        b"CONNECT\t{\"verbose\":false}\r\nSUB\tfoo\t\tq1 \t1\r\nPUB\tfoo\t \tbar\t2\r\nhi\r\nPING\r\n",
    )
    .await;
    assert_eq!(
        conn.expect("PONG\r\n").await,
        "MSG foo 1 bar 2\r\nhi\r\nPONG\r\n"
    );
}

server_test!(no_responders_raw => no_responders_raw_rnats, no_responders_raw_reference);
async fn no_responders_raw(kind: Kind) {
    let server = TestServer::start(kind, &[]);
    let mut conn = server
        .raw_connect_with(
            r#"{"verbose":false,"pedantic":false,"headers":true,"no_responders":true,"protocol":1}"#,
        )
        .await;
    conn.send(b"SUB inbox.1 1\r\nHPUB nobody inbox.1 12 14\r\nNATS/1.0\r\n\r\nhi\r\nPING\r\n")
        .await;
    let got = conn.expect("PONG\r\n").await;
    // Status 503 with the subject that had no responders, empty payload.
    let status = "HMSG inbox.1 1 38 38\r\nNATS/1.0 503\r\nNats-Subject: nobody\r\n\r\n\r\n";
    assert!(got.contains(status), "{got:?}");

    // A request without a reply subject gets no status message.
    conn.send(b"PUB nobody 2\r\nhi\r\nPING\r\n").await;
    let got = conn.expect("PONG\r\n").await;
    assert!(!got.contains("HMSG"), "{got:?}");
    // Neither does a client that did not ask for no_responders.
    let mut plain = server
        .raw_connect_with(r#"{"verbose":false,"pedantic":false,"headers":true}"#)
        .await;
    plain
        .send(b"SUB inbox.2 1\r\nPUB nobody inbox.2 2\r\nhi\r\nPING\r\n")
        .await;
    let got = plain.expect("PONG\r\n").await;
    assert!(!got.contains("MSG"), "{got:?}");
}

server_test!(unsub_max => unsub_max_rnats, unsub_max_reference);
async fn unsub_max(kind: Kind) {
    let server = TestServer::start(kind, &[]);
    let mut sub = server.raw_connected().await;
    sub.send(b"SUB foo 1\r\nUNSUB 1 2\r\nPING\r\n").await;
    sub.expect("PONG\r\n").await;
    let mut publisher = server.raw_connected().await;
    publisher
        .send(b"PUB foo 1\r\na\r\nPUB foo 1\r\nb\r\nPUB foo 1\r\nc\r\nPING\r\n")
        .await;
    publisher.expect("PONG\r\n").await;
    sub.send(b"PING\r\n").await;
    assert_eq!(
        sub.expect("PONG\r\n").await,
        "MSG foo 1 1\r\na\r\nMSG foo 1 1\r\nb\r\nPONG\r\n"
    );
    // UNSUB with a max already reached removes the subscription at once.
    sub.send(b"SUB bar 2\r\nPUB bar 1\r\nx\r\nUNSUB 2 1\r\nPUB bar 1\r\ny\r\nPING\r\n")
        .await;
    assert_eq!(sub.expect("PONG\r\n").await, "MSG bar 2 1\r\nx\r\nPONG\r\n");
}

server_test!(stale_connection => stale_connection_rnats, stale_connection_reference);
async fn stale_connection(kind: Kind) {
    let server = TestServer::start(kind, &["-c", &server_conf("stale_connection.conf")]);
    let mut conn = server.raw_connected().await;
    // ping_interval 1s, ping_max 1: one unanswered PING, then the next tick closes.
    assert_eq!(
        conn.expect_within("\r\n", Duration::from_secs(4)).await,
        "PING\r\n"
    );
    let err = conn
        .expect_within("-ERR 'Stale Connection'\r\n", Duration::from_secs(4))
        .await;
    assert_eq!(err, "-ERR 'Stale Connection'\r\n");
    assert_eq!(conn.expect_closed(CLOSE_TIMEOUT).await, "");

    // A client that answers stays connected past several intervals.
    let mut alive = server.raw_connected().await;
    for _ in 0..3 {
        alive
            .expect_within("PING\r\n", Duration::from_secs(4))
            .await;
        alive.send(b"PONG\r\n").await;
    }
    alive.send(b"PING\r\n").await;
    alive.expect("PONG\r\n").await;
}

server_test!(max_connections => max_connections_rnats, max_connections_reference);
async fn max_connections(kind: Kind) {
    let server = TestServer::start(kind, &["-c", &server_conf("max_connections_2.conf")]);
    let first = server.raw_connected().await;
    let _second = server.raw_connected().await;
    // The third still gets INFO, then the error and the close.
    let mut third = server.raw().await;
    expect_fatal(&mut third, "maximum connections exceeded").await;

    // A freed slot can be taken again (the server notices the close asynchronously).
    drop(first);
    let deadline = tokio::time::Instant::now() + READ_TIMEOUT;
    loop {
        let mut conn = server.raw().await;
        conn.send(b"CONNECT {\"verbose\":false}\r\nPING\r\n").await;
        if conn
            .read_until("PONG\r\n", Duration::from_secs(1))
            .await
            .is_some()
        {
            break;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "slot not freed after a client left"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

server_test!(garbage_does_not_hurt => garbage_does_not_hurt_rnats, garbage_does_not_hurt_reference);
/// Random bytes, endless lines and huge announced sizes from many connections: each offender
/// is closed, the server stays up and keeps serving others.
async fn garbage_does_not_hurt(kind: Kind) {
    let server = TestServer::start(kind, &[]);
    let mut seed = 0x9E37_79B9_7F4A_7C15u64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let mut offenders = Vec::new();
    for i in 0..20 {
        let mut conn = server.raw().await;
        let bytes: Vec<u8> = match i % 4 {
            // Pure noise.
            0 => (0..16 * 1024).map(|_| next() as u8).collect(),
            // A control line that never ends.
            1 => {
                let mut v = b"SUB ".to_vec();
                v.extend(std::iter::repeat_n(b'a', 8 * 1024));
                v
            }
            // Valid ops followed by noise.
            2 => {
                let mut v = b"CONNECT {}\r\nSUB x 1\r\nPUB x 2\r\nhi\r\n".to_vec();
                v.extend((0..4096).map(|_| next() as u8 | 0x80));
                v
            }
            // A payload size far over max_payload.
            _ => b"PUB foo 999999999\r\n".to_vec(),
        };
        conn.send(&bytes).await;
        offenders.push(conn);
    }
    for mut conn in offenders {
        conn.expect_closed(CLOSE_TIMEOUT).await;
    }
    let mut good = server.raw_connected().await;
    good.send(b"PING\r\n").await;
    good.expect("PONG\r\n").await;
}
