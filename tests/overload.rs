//! Overload: what a server does when publishers outrun a stream (issue 16,
//! <https://github.com/nats-io/nats-server/blob/main/server/stream.go> `queueInbound`).
//!
//! A stream's ingest queue is bounded by `jetstream { max_buffered_msgs, max_buffered_size }`;
//! a publish that finds it full is refused with `NATS/1.0 429 Too Many Requests` and the
//! JetStream error 10167, and every publish is answered either way.

use std::time::Duration;

use futures::StreamExt;

use crate::jetstream::api;
use crate::util::{server_conf, server_test, Kind, TestServer};

/// A burst of acknowledged publishes into a stream whose ingest queue holds one message: some
/// are refused with upstream's 429, every one gets an answer, and the stream holds exactly
/// the acknowledged ones.
async fn ingest_queue_limit_refuses_with_429(kind: Kind) {
    let server = TestServer::start(kind, &["-c", &server_conf("js_ingest_limit.conf")]);
    let client = server.client().await;
    let created = api(
        &client,
        "$JS.API.STREAM.CREATE.ING",
        r#"{"name":"ING","subjects":["ing.>"],"storage":"file"}"#,
    )
    .await;
    assert!(created.get("error").is_none(), "{created}");

    const N: usize = 2000;
    let mut replies = client.subscribe("answers.>").await.expect("subscribe");
    client.flush().await.expect("flush");
    for i in 0..N {
        client
            .publish_with_reply("ing.x", format!("answers.{i}"), "hello".into())
            .await
            .expect("publish");
    }
    client.flush().await.expect("flush");

    let (mut acked, mut refused) = (0usize, 0usize);
    while acked + refused < N {
        let m = tokio::time::timeout(Duration::from_secs(10), replies.next())
            .await
            .unwrap_or_else(|_| panic!("{kind:?}: only {acked} acks and {refused} refusals"))
            .expect("subscription open");
        let body: serde_json::Value = serde_json::from_slice(&m.payload).expect("JSON reply");
        if let Some(err) = body.get("error") {
            assert_eq!(m.status.map(|s| s.as_u16()), Some(429), "{body}");
            assert_eq!(
                m.description.as_deref(),
                Some("Too Many Requests"),
                "{kind:?}"
            );
            assert_eq!(err["code"], 429, "{body}");
            assert_eq!(err["err_code"], 10167, "{body}");
            assert_eq!(err["description"], "too many requests", "{body}");
            assert_eq!(body["stream"], "ING", "{body}");
            refused += 1;
        } else {
            assert_eq!(body["stream"], "ING", "{body}");
            assert!(body["seq"].as_u64().is_some_and(|s| s > 0), "{body}");
            acked += 1;
        }
    }
    assert!(
        refused > 0,
        "{kind:?}: a burst of {N} overflowed a queue of one"
    );
    assert!(acked > 0, "{kind:?}: the queue admitted something");
    let info = api(&client, "$JS.API.STREAM.INFO.ING", "").await;
    assert_eq!(info["state"]["messages"], acked as u64, "{info}");
}
server_test!(ingest_queue_limit_refuses_with_429 => ingest_queue_limit_refuses_with_429_rnats, ingest_queue_limit_refuses_with_429_reference);

/// Garbage a hostile or broken client may send, one connection each: random bytes, truncated
/// ops, huge and negative sizes, empty and invalid subjects, oversized headers and control
/// lines, a JSON bomb in CONNECT.
fn garbage(i: usize, seed: &mut u64) -> Vec<u8> {
    let mut rand = || {
        // xorshift64: reproducible per run, no dependency.
        *seed ^= *seed << 13;
        *seed ^= *seed >> 7;
        *seed ^= *seed << 17;
        *seed
    };
    let connect = b"CONNECT {\"verbose\":false,\"headers\":true}\r\n".to_vec();
    let tail: Vec<u8> = match i % 10 {
        0 => (0..4096).map(|_| rand() as u8).collect(),
        1 => b"PUB a.b 100\r\nonly a few bytes".to_vec(),
        2 => b"PUB a 99999999999999999999\r\nx\r\n".to_vec(),
        3 => b"PUB a -5\r\nhello\r\n".to_vec(),
        4 => b"SUB  1\r\nPUB  1\r\nx\r\nSUB a..b 2\r\nPUB a..b 1\r\nx\r\n".to_vec(),
        5 => {
            let mut v = b"HPUB a 900000 900010\r\nNATS/1.0\r\n".to_vec();
            v.extend(std::iter::repeat_n(b'x', 200_000));
            v
        }
        6 => vec![b'A'; 70_000],
        7 => {
            let mut v = b"CONNECT ".to_vec();
            v.extend(std::iter::repeat_n(b'[', 3000));
            v.extend(b"\r\n");
            return v;
        }
        8 => {
            b"UNSUB 18446744073709551616 -1\r\nSUB a 1 2 3 4 5\r\nHPUB a 10 5\r\nhello\r\n".to_vec()
        }
        _ => (0..512)
            .map(|_| b"PUB SUB\r\n 0123456789-"[(rand() % 20) as usize])
            .collect(),
    };
    [connect, tail].concat()
}

/// Issue 16: many connections send garbage in a loop for two seconds while a well-behaved
/// client keeps doing round trips: the server stays up, every round trip completes within a
/// bound, and a new client connects afterwards.
async fn garbage_barrage_leaves_others_served(kind: Kind) {
    let server = TestServer::start(kind, &[]);
    let port = server.port();
    let good = server.client().await;
    let mut echo = good.subscribe("echo").await.expect("subscribe");
    let responder = good.clone();
    tokio::spawn(async move {
        while let Some(m) = echo.next().await {
            if let Some(r) = m.reply {
                let _ = responder.publish(r, m.payload).await;
            }
        }
    });
    good.flush().await.expect("flush");

    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let mut attackers = Vec::new();
    for a in 0..20usize {
        let stop = stop.clone();
        attackers.push(tokio::spawn(async move {
            use tokio::io::{AsyncReadExt, AsyncWriteExt};
            let mut seed = 0x9e37_79b9_7f4a_7c15u64 ^ (a as u64 + 1);
            let mut i = a;
            let mut sent = 0usize;
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                let Ok(Ok(mut s)) = tokio::time::timeout(
                    Duration::from_secs(2),
                    tokio::net::TcpStream::connect(("127.0.0.1", port)),
                )
                .await
                else {
                    continue;
                };
                let _ = s.write_all(&garbage(i, &mut seed)).await;
                // Read what the server answers until it closes, for a bounded time.
                let mut buf = [0u8; 4096];
                let _ = tokio::time::timeout(Duration::from_millis(300), async {
                    while let Ok(n) = s.read(&mut buf).await {
                        if n == 0 {
                            break;
                        }
                    }
                })
                .await;
                i += 1;
                sent += 1;
            }
            sent
        }));
    }

    let start = std::time::Instant::now();
    let mut worst = Duration::ZERO;
    let mut trips = 0;
    while start.elapsed() < Duration::from_secs(2) {
        let t = std::time::Instant::now();
        let r = tokio::time::timeout(Duration::from_secs(5), good.request("echo", "ping".into()))
            .await
            .unwrap_or_else(|_| panic!("{kind:?}: a round trip took over 5 s"))
            .unwrap_or_else(|e| panic!("{kind:?}: round trip failed: {e}"));
        assert_eq!(&r.payload[..], b"ping");
        worst = worst.max(t.elapsed());
        trips += 1;
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let mut garbage_conns = 0;
    for a in attackers {
        garbage_conns += a.await.expect("attacker task");
    }
    assert!(
        garbage_conns >= 20,
        "{kind:?}: only {garbage_conns} garbage connections"
    );
    assert!(trips > 10, "{kind:?}: only {trips} round trips");
    assert!(
        worst < Duration::from_secs(1),
        "{kind:?}: worst round trip {worst:?} during the barrage"
    );
    let fresh = server.client().await;
    fresh
        .flush()
        .await
        .expect("a new client is served after the barrage");
}
server_test!(garbage_barrage_leaves_others_served => garbage_barrage_leaves_others_served_rnats, garbage_barrage_leaves_others_served_reference);

/// A tmpfs of a given size mounted for one test and unmounted when dropped; `None` where
/// mounting is not permitted (not root), and the test then skips with a message.
struct SmallFs {
    dir: tempfile::TempDir,
}

impl SmallFs {
    fn mount(size: &str) -> Option<SmallFs> {
        let dir = tempfile::tempdir().ok()?;
        let ok = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(dir.path())
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        ok.then_some(SmallFs { dir })
    }

    /// Gives the filesystem more room (space returns).
    fn grow(&self, size: &str) {
        let ok = std::process::Command::new("mount")
            .args(["-o", &format!("remount,size={size}")])
            .arg(self.dir.path())
            .status()
            .is_ok_and(|s| s.success());
        assert!(ok, "remount the tmpfs");
    }
}

impl Drop for SmallFs {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount")
            .arg(self.dir.path())
            .status();
    }
}

/// Issue 16, disk full: on a 2 MiB filesystem publishes fail with the store error (503,
/// 10077, "No space left on device") instead of hanging, the server stays up, stream info
/// counts only the acknowledged messages, and once the filesystem grows the same server takes
/// publishes again, numbered right after the last acknowledged one; after a restart
/// everything acknowledged is there.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn disk_full_fails_publishes_and_keeps_acked_messages() {
    let Some(fs) = SmallFs::mount("2m") else {
        eprintln!("skipping: cannot mount a tmpfs here (needs root)");
        return;
    };
    let conf_dir = tempfile::tempdir().expect("temp dir");
    let conf = conf_dir.path().join("full.conf");
    std::fs::write(
        &conf,
        format!(
            "jetstream {{ store_dir: \"{}\", max_file_store: 1G }}\n",
            fs.dir.path().join("js").display()
        ),
    )
    .expect("write conf");
    let conf = conf.to_string_lossy().into_owned();
    let body = bytes::Bytes::from(vec![b'x'; 1000]);

    let mut server = TestServer::start(Kind::Rnats, &["-c", &conf]);
    let client = server.client().await;
    let created = api(
        &client,
        "$JS.API.STREAM.CREATE.F",
        r#"{"name":"F","subjects":["f.>"],"storage":"file"}"#,
    )
    .await;
    assert!(created.get("error").is_none(), "{created}");
    let mut acked = 0u64;
    let mut failure = None;
    for _ in 0..5000 {
        let r = tokio::time::timeout(Duration::from_secs(5), client.request("f.x", body.clone()))
            .await
            .expect("a publish on a full disk is answered")
            .expect("request");
        let v: serde_json::Value = serde_json::from_slice(&r.payload).expect("JSON");
        if v.get("error").is_some() {
            failure = Some(v);
            break;
        }
        acked = v["seq"].as_u64().expect("seq");
    }
    let failure = failure.expect("the 2 MiB filesystem filled up");
    assert!(acked > 100, "acked {acked} before the disk filled");
    assert_eq!(failure["error"]["code"], 503, "{failure}");
    assert_eq!(failure["error"]["err_code"], 10077, "{failure}");
    let text = failure["error"]["description"].as_str().unwrap_or_default();
    assert!(text.contains("No space left on device"), "{failure}");
    // The server is still up, and the failed message is not counted.
    client.flush().await.expect("server alive");
    let info = api(&client, "$JS.API.STREAM.INFO.F", "").await;
    assert_eq!(info["state"]["messages"], acked, "{info}");
    assert_eq!(info["state"]["last_seq"], acked, "{info}");

    // Space returns: the running server resumes (the store retries after a short backoff).
    fs.grow("8m");
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    let resumed = loop {
        let r = client.request("f.x", body.clone()).await.expect("publish");
        let v: serde_json::Value = serde_json::from_slice(&r.payload).expect("JSON");
        if v.get("error").is_none() {
            break v;
        }
        assert_eq!(v["error"]["err_code"], 10077, "{v}");
        assert!(
            std::time::Instant::now() < deadline,
            "no recovery without a restart: {v}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert_eq!(resumed["seq"], acked + 1, "{resumed}");
    let info = api(&client, "$JS.API.STREAM.INFO.F", "").await;
    assert_eq!(info["state"]["messages"], acked + 1, "{info}");
    drop(client);
    server.terminate();

    let server = TestServer::start(Kind::Rnats, &["-c", &conf]);
    let client = server.client().await;
    let info = api(&client, "$JS.API.STREAM.INFO.F", "").await;
    assert_eq!(info["state"]["messages"], acked + 1, "{info}");
    assert_eq!(info["state"]["last_seq"], acked + 1, "{info}");
    assert_eq!(
        info["state"]["num_deleted"],
        serde_json::Value::Null,
        "{info}"
    );
    let last = api(
        &client,
        "$JS.API.STREAM.MSG.GET.F",
        &format!(r#"{{"seq":{acked}}}"#),
    )
    .await;
    assert!(last.get("error").is_none(), "{last}");
    let r = client.request("f.x", body.clone()).await.expect("publish");
    let v: serde_json::Value = serde_json::from_slice(&r.payload).expect("JSON");
    assert_eq!(v["seq"], acked + 2, "{v}");
}
