//! Drop-in checks for assorted behaviours, each observed on nats-server 2.14 first: wildcard
//! listeners that also take IPv6, object store reads of empty objects and links, KV key
//! filters with partial-token wildcards, and KV purges that keep recent delete markers.

use std::net::SocketAddr;
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;

use crate::util::{server_test, Kind, TestServer, READ_TIMEOUT};

/// True when this host has an IPv6 loopback to test against; prints why not otherwise.
fn ipv6_loopback() -> bool {
    match std::net::TcpListener::bind("[::1]:0") {
        Ok(_) => true,
        Err(e) => {
            eprintln!("skipping: no IPv6 loopback on this host (bind [::1]:0: {e})");
            false
        }
    }
}

/// Connects to `addr`, reads the INFO line, sends CONNECT and PING and waits for PONG.
/// Returns the INFO JSON and the open connection.
async fn raw_session(addr: SocketAddr) -> (serde_json::Value, BufReader<TcpStream>) {
    let fut = async {
        let stream = TcpStream::connect(addr)
            .await
            .unwrap_or_else(|e| panic!("connect {addr}: {e}"));
        let mut stream = BufReader::new(stream);
        let mut line = String::new();
        stream.read_line(&mut line).await.expect("read INFO");
        let json = line
            .strip_prefix("INFO ")
            .unwrap_or_else(|| panic!("expected INFO from {addr}, got {line:?}"))
            .trim_end();
        let info: serde_json::Value = serde_json::from_str(json).expect("INFO json");
        stream
            .get_mut()
            .write_all(b"CONNECT {\"verbose\":false}\r\nPING\r\n")
            .await
            .expect("send CONNECT");
        line.clear();
        stream.read_line(&mut line).await.expect("read PONG");
        assert_eq!(line, "PONG\r\n", "{addr}");
        (info, stream)
    };
    tokio::time::timeout(READ_TIMEOUT, fut)
        .await
        .unwrap_or_else(|_| panic!("raw session with {addr} timed out"))
}

/// A bare HTTP/1.0 GET of `path` from `addr`; returns the body parsed as JSON.
async fn http_json(addr: SocketAddr, path: &str) -> serde_json::Value {
    let fut = async {
        let mut stream = TcpStream::connect(addr)
            .await
            .unwrap_or_else(|e| panic!("connect {addr}: {e}"));
        let request = format!("GET {path} HTTP/1.0\r\nHost: {addr}\r\nConnection: close\r\n\r\n");
        stream.write_all(request.as_bytes()).await.expect("send");
        let mut raw = String::new();
        stream.read_to_string(&mut raw).await.expect("read");
        let (head, body) = raw.split_once("\r\n\r\n").expect("HTTP response");
        assert!(head.starts_with("HTTP/1."), "{head}");
        assert!(head.contains(" 200 "), "GET {path} from {addr}: {head}");
        serde_json::from_str(body).unwrap_or_else(|e| panic!("{path}: {e}: {body}"))
    };
    tokio::time::timeout(READ_TIMEOUT, fut)
        .await
        .unwrap_or_else(|_| panic!("GET {path} from {addr} timed out"))
}

/// Issue 14: `-a 0.0.0.0` and the default host listen dual-stack, as Go's `net.Listen` does
/// for a wildcard address: clients reach the server over `[::1]` as well as `127.0.0.1`, and
/// so does the monitoring port. INFO `host` and the log lines keep saying `0.0.0.0`; IPv4
/// clients are reported as plain IPv4 (no `::ffff:` prefix), IPv6 ones as `::1`.
async fn wildcard_listens_on_ipv6(kind: Kind) {
    if !ipv6_loopback() {
        return;
    }
    let explicit = TestServer::start(kind, &["-a", "0.0.0.0", "-m", "-1"]);
    let default = TestServer::start_default_host(kind, &["-m", "-1"]);
    for server in [&explicit, &default] {
        let log = server.log();
        let port = server.port();
        let mport = server.monitor_port();
        assert!(
            log.contains(&format!(
                "Listening for client connections on 0.0.0.0:{port}"
            )),
            "{kind:?}: {log}"
        );
        assert!(
            log.contains(&format!("Starting http monitor on 0.0.0.0:{mport}")),
            "{kind:?}: {log}"
        );

        let (v6, _v6_conn) = raw_session(SocketAddr::from(([0, 0, 0, 0, 0, 0, 0, 1], port))).await;
        assert_eq!(v6["host"], "0.0.0.0", "{kind:?}: {v6}");
        assert_eq!(v6["port"], port, "{kind:?}: {v6}");
        assert_eq!(v6["client_ip"], "::1", "{kind:?}: {v6}");
        let (v4, _v4_conn) = raw_session(SocketAddr::from(([127, 0, 0, 1], port))).await;
        assert_eq!(v4["host"], "0.0.0.0", "{kind:?}: {v4}");
        assert_eq!(v4["client_ip"], "127.0.0.1", "{kind:?}: {v4}");

        // An official client over IPv6: a round trip through the server.
        let client = async_nats::ConnectOptions::new()
            .connection_timeout(READ_TIMEOUT)
            .max_reconnects(Some(0))
            .connect(format!("nats://[::1]:{port}"))
            .await
            .unwrap_or_else(|e| panic!("{kind:?}: async-nats over [::1]: {e}"));
        let mut sub = client.subscribe("v6.echo").await.expect("subscribe");
        client
            .publish("v6.echo", "over ipv6".into())
            .await
            .expect("publish");
        let msg = tokio::time::timeout(READ_TIMEOUT, futures::StreamExt::next(&mut sub))
            .await
            .expect("message over IPv6 in time")
            .expect("subscription open");
        assert_eq!(msg.payload.as_ref(), b"over ipv6");

        let v6_mon = SocketAddr::from(([0, 0, 0, 0, 0, 0, 0, 1], mport));
        let varz = http_json(v6_mon, "/varz").await;
        assert_eq!(varz["host"], "0.0.0.0", "{kind:?}: {varz}");
        let connz = http_json(v6_mon, "/connz").await;
        let ips: Vec<&str> = connz["connections"]
            .as_array()
            .expect("connections")
            .iter()
            .filter_map(|c| c["ip"].as_str())
            .collect();
        assert_eq!(ips, ["::1", "127.0.0.1", "::1"], "{kind:?}: {connz}");
        let v4_mon = SocketAddr::from(([127, 0, 0, 1], mport));
        http_json(v4_mon, "/healthz").await;
        drop(client);
    }

    // `-a ::` is the same dual-stack listener, logged and announced as `::`.
    let v6_any = TestServer::start(kind, &["-a", "::"]);
    let port = v6_any.port();
    let log = v6_any.log();
    assert!(
        log.contains(&format!("Listening for client connections on [::]:{port}")),
        "{kind:?}: {log}"
    );
    for ip in [
        std::net::IpAddr::from([127, 0, 0, 1]),
        std::net::IpAddr::from([0, 0, 0, 0, 0, 0, 0, 1]),
    ] {
        let (info, _conn) = raw_session(SocketAddr::new(ip, port)).await;
        assert_eq!(info["host"], "::", "{kind:?}: {info}");
        assert_eq!(info["client_ip"], ip.to_string(), "{kind:?}: {info}");
    }

    // A specific IPv4 address stays IPv4-only.
    let v4_only = TestServer::start(kind, &[]);
    let refused = tokio::time::timeout(
        Duration::from_secs(2),
        TcpStream::connect(SocketAddr::from(([0, 0, 0, 0, 0, 0, 0, 1], v4_only.port()))),
    )
    .await
    .expect("connect attempt ends");
    assert!(refused.is_err(), "{kind:?}: -a 127.0.0.1 accepted [::1]");
}
server_test!(wildcard_listens_on_ipv6 => wildcard_listens_on_ipv6_rnats, wildcard_listens_on_ipv6_reference);

/// Issue 12: async-nats' object store reads back what it just wrote even when the metadata is
/// the only message: an empty object (no chunks), a link to a bucket and a link to an object
/// resolve through the last `$O.<bucket>.M.<name>` message right after the put.
async fn object_store_empty_object_and_links(kind: Kind) {
    use async_nats::jetstream::{self, object_store};
    use tokio::io::AsyncReadExt as _;
    let store = tempfile::tempdir().expect("store dir");
    let dir = store.path().to_str().expect("utf-8 path");
    let srv = TestServer::start(kind, &["-js", "-sd", dir]);
    let js = jetstream::new(srv.client().await);
    let bucket = js
        .create_object_store(object_store::Config {
            bucket: "files".into(),
            ..Default::default()
        })
        .await
        .expect("create bucket");
    let other = js
        .create_object_store(object_store::Config {
            bucket: "other".into(),
            ..Default::default()
        })
        .await
        .expect("create second bucket");

    let put = bucket
        .put("empty", &mut &b""[..])
        .await
        .expect("put empty object");
    assert_eq!((put.size, put.chunks), (0, 0));
    let info = bucket
        .info("empty")
        .await
        .expect("info of the empty object");
    assert_eq!(
        (info.name.as_str(), info.size, info.chunks),
        ("empty", 0, 0)
    );
    let mut obj = bucket.get("empty").await.expect("get the empty object");
    let mut back = Vec::new();
    obj.read_to_end(&mut back).await.expect("read");
    assert!(back.is_empty(), "{kind:?}: {back:?}");

    let link = bucket
        .add_bucket_link("to-other", "other")
        .await
        .expect("add bucket link");
    let info = bucket
        .info("to-other")
        .await
        .expect("info of the bucket link");
    let target = info
        .options
        .and_then(|o| o.link)
        .expect("the info carries the link");
    assert_eq!((target.bucket.as_str(), target.name), ("other", None));
    assert_eq!(info.nuid, link.nuid);
    // A bucket link has nothing to read: async-nats refuses it as such (not as missing).
    let err = bucket
        .get("to-other")
        .await
        .expect_err("get of a bucket link");
    assert_eq!(
        err.kind(),
        object_store::GetErrorKind::BucketLink,
        "{kind:?}: {err}"
    );

    other
        .put("payload", &mut &b"hello"[..])
        .await
        .expect("put into the second bucket");
    let target = other.info("payload").await.expect("info of the target");
    bucket
        .add_link("to-payload", &target)
        .await
        .expect("add object link");
    let mut obj = bucket
        .get("to-payload")
        .await
        .expect("get through the link");
    let mut back = Vec::new();
    obj.read_to_end(&mut back)
        .await
        .expect("read through the link");
    assert_eq!(back, b"hello");

    // Overwriting the empty object with data and back again keeps one meta message each.
    bucket
        .put("empty", &mut &b"now with data"[..])
        .await
        .expect("overwrite");
    bucket
        .put("empty", &mut &b""[..])
        .await
        .expect("empty again");
    let info = bucket.info("empty").await.expect("info after overwrites");
    assert_eq!((info.size, info.chunks), (0, 0));
    let mut names: Vec<String> =
        futures::StreamExt::collect::<Vec<_>>(bucket.list().await.expect("list"))
            .await
            .into_iter()
            .map(|i| i.expect("object info").name)
            .collect();
    names.sort();
    assert_eq!(names, ["empty", "to-other", "to-payload"], "{kind:?}");

    // The root cause, without the object store: a rollup that is the stream's first message
    // keeps itself, for `sub` and for `all`.
    for (stream, rollup) in [("RSUB", "sub"), ("RALL", "all")] {
        let subject = format!("{}.x", stream.to_lowercase());
        js.create_stream(jetstream::stream::Config {
            name: stream.into(),
            subjects: vec![subject.clone()],
            allow_rollup: true,
            ..Default::default()
        })
        .await
        .expect("create stream");
        let mut headers = async_nats::HeaderMap::new();
        headers.insert("Nats-Rollup", rollup);
        let ack = js
            .publish_with_headers(subject.clone(), headers, "first".into())
            .await
            .expect("publish")
            .await
            .expect("ack");
        assert_eq!(ack.sequence, 1);
        let mut s = js.get_stream(stream).await.expect("stream");
        let state = s.info().await.expect("info").state.clone();
        assert_eq!(
            (state.messages, state.first_sequence, state.last_sequence),
            (1, 1, 1),
            "{kind:?}: rollup {rollup} as the first message"
        );
    }
}
server_test!(object_store_empty_object_and_links => object_store_empty_object_and_links_rnats, object_store_empty_object_and_links_reference);

/// Sends a JetStream API request and parses the JSON response.
async fn js_api(
    client: &async_nats::Client,
    subject: String,
    body: serde_json::Value,
) -> serde_json::Value {
    let msg = client
        .request(subject.clone(), body.to_string().into())
        .await
        .unwrap_or_else(|e| panic!("{subject}: {e}"));
    serde_json::from_slice(&msg.payload).expect("JSON response")
}

/// What a key filter yields in bucket `b` of `storage`: the stream info `subjects_filter`
/// keys, then for deliver `last_per_subject` and `all` the consumer's initial `num_pending`
/// and the `key@seq` it delivers (headers only, as key listings ask).
async fn key_filter_view(
    client: &async_nats::Client,
    storage: &str,
    filter: &str,
) -> (Vec<String>, [(u64, Vec<String>); 2]) {
    let stream = format!("KV_{storage}");
    let prefix = format!("$KV.{storage}.");
    let subject = format!("{prefix}{filter}");
    let info = js_api(
        client,
        format!("$JS.API.STREAM.INFO.{stream}"),
        serde_json::json!({ "subjects_filter": subject }),
    )
    .await;
    let mut subjects: Vec<String> = info["state"]["subjects"]
        .as_object()
        .map(|m| m.keys().map(|k| k[prefix.len()..].to_string()).collect())
        .unwrap_or_default();
    subjects.sort();
    let mut views = [(0, Vec::new()), (0, Vec::new())];
    for (i, policy) in ["last_per_subject", "all"].into_iter().enumerate() {
        let name = format!(
            "f{}{}",
            i,
            filter.len() * 7 + filter.bytes().map(usize::from).sum::<usize>()
        );
        let created = js_api(
            client,
            format!("$JS.API.CONSUMER.CREATE.{stream}.{name}"),
            serde_json::json!({"stream_name": stream, "config": {
                "name": name, "ack_policy": "none", "deliver_policy": policy,
                "headers_only": true, "filter_subject": subject,
            }}),
        )
        .await;
        assert!(created["error"].is_null(), "{filter}: {created}");
        let pending = created["num_pending"].as_u64().expect("num_pending");
        let inbox = client.new_inbox();
        let mut sub = client.subscribe(inbox.clone()).await.expect("subscribe");
        client
            .publish_with_reply(
                format!("$JS.API.CONSUMER.MSG.NEXT.{stream}.{name}"),
                inbox,
                r#"{"batch":50,"no_wait":true}"#.into(),
            )
            .await
            .expect("fetch");
        let mut got = Vec::new();
        loop {
            let msg = tokio::time::timeout(READ_TIMEOUT, futures::StreamExt::next(&mut sub))
                .await
                .expect("fetch reply in time")
                .expect("subscription open");
            if msg.status.is_some() {
                break;
            }
            let seq = msg
                .reply
                .as_ref()
                .and_then(|r| r.split('.').nth(5))
                .unwrap_or("?");
            got.push(format!("{}@{seq}", &msg.subject[prefix.len()..]));
        }
        views[i] = (pending, got);
    }
    (subjects, views)
}

/// (filter, stream info subjects (file store), [last_per_subject, all] as
/// (num_pending, delivered `key@seq`)).
type KeyFilterCase = (
    &'static str,
    &'static [&'static str],
    [(u64, &'static [&'static str]); 2],
);

/// Issue 15: a key filter whose last token ends in a `*` that is not a whole token (`a*`).
/// nats-server 2.14's subject tree reads that `*` as a wildcard wherever the stored keys
/// branch right before it (`a` + one or more bytes within the token, plus `a*` itself), and
/// literally elsewhere: so do the per-subject state behind deliver `last_per_subject` (what
/// key listings use), the consumer's `num_pending`, and the file store's stream info
/// `subjects_filter` (the memory store checks its totals literally again). Messages delivered
/// from a sequence position (deliver `all`) match the filter literally.
async fn kv_keys_partial_wildcard(kind: Kind) {
    let store = tempfile::tempdir().expect("store dir");
    let dir = store.path().to_str().expect("utf-8 path");
    let srv = TestServer::start(kind, &["-js", "-sd", dir]);
    let client = srv.client().await;
    for storage in ["file", "memory"] {
        js_api(
            &client,
            format!("$JS.API.STREAM.CREATE.KV_{storage}"),
            serde_json::json!({
                "name": format!("KV_{storage}"), "subjects": [format!("$KV.{storage}.>")],
                "storage": storage, "max_msgs_per_subject": 5, "discard": "new",
                "allow_rollup_hdrs": true, "allow_direct": true, "deny_delete": true,
            }),
        )
        .await;
        for key in ["a", "ab", "abc", "b", "ab.c", "x.ab", "x.ac", "y.ab", "ab"] {
            client
                .request(
                    format!("$KV.{storage}.{key}"),
                    key.as_bytes().to_vec().into(),
                )
                .await
                .expect("put");
        }
        // (filter, stream info subjects (file store), [last_per_subject, all] as
        // (num_pending, delivered)), as nats-server 2.14 answers.
        let expected: [KeyFilterCase; 6] = [
            ("a*", &["ab", "abc"], [(2, &["abc@3", "ab@9"]), (3, &[])]),
            (
                "x.a*",
                &["x.ab", "x.ac"],
                [(2, &["x.ab@6", "x.ac@7"]), (2, &[])],
            ),
            (
                "*.a*",
                &["x.ab", "x.ac"],
                [(2, &["x.ab@6", "x.ac@7"]), (2, &[])],
            ),
            (
                "a>",
                &["a", "ab", "ab.c", "abc"],
                [(4, &["a@1", "abc@3", "ab.c@5", "ab@9"]), (5, &[])],
            ),
            ("b*", &[], [(0, &[]), (0, &[])]),
            ("ab", &["ab"], [(1, &["ab@9"]), (2, &["ab@2", "ab@9"])]),
        ];
        for (filter, subjects, views) in expected {
            let (got_subjects, got_views) = key_filter_view(&client, storage, filter).await;
            let want_subjects: &[&str] = if storage == "memory" && filter != "ab" {
                &[]
            } else {
                subjects
            };
            assert_eq!(
                got_subjects, want_subjects,
                "{kind:?} {storage} {filter}: info"
            );
            for ((pending, delivered), (got_pending, got)) in views.iter().zip(&got_views) {
                assert_eq!(
                    (got_pending, got),
                    (
                        pending,
                        &delivered.iter().map(|d| d.to_string()).collect::<Vec<_>>()
                    ),
                    "{kind:?} {storage} {filter}: {got_views:?}"
                );
            }
        }
    }
}
server_test!(kv_keys_partial_wildcard => kv_keys_partial_wildcard_rnats, kv_keys_partial_wildcard_reference);

/// The latest history of each test key of `bucket`: `value@revision:operation` per entry.
async fn kv_histories(bucket: &async_nats::jetstream::kv::Store) -> Vec<String> {
    use futures::StreamExt as _;
    let mut left = Vec::new();
    for key in ["old-del", "old-purge", "live", "new-del", "new-purge"] {
        let mut history = bucket.history(key).await.expect("history");
        let mut entries = Vec::new();
        // A key with nothing left never answers: wait a bounded while for it.
        while let Ok(Some(entry)) =
            tokio::time::timeout(Duration::from_millis(700), history.next()).await
        {
            let e = entry.expect("history entry");
            entries.push(format!(
                "{}@{}:{:?}",
                String::from_utf8_lossy(&e.value),
                e.revision,
                e.operation
            ));
            if e.delta == 0 {
                break;
            }
        }
        left.push(format!("{key}: {}", entries.join(" ")));
    }
    left
}

/// Stream state fields of `KV_<bucket>` that do not depend on the clock.
async fn kv_state(client: &async_nats::Client, bucket: &str) -> serde_json::Value {
    let info = js_api(
        client,
        format!("$JS.API.STREAM.INFO.KV_{bucket}"),
        serde_json::json!({}),
    )
    .await;
    let s = &info["state"];
    serde_json::json!({
        "messages": s["messages"], "bytes": s["bytes"], "first_seq": s["first_seq"],
        "last_seq": s["last_seq"], "num_subjects": s["num_subjects"],
        "num_deleted": s["num_deleted"],
    })
}

/// History left by the purge-deletes run, as nats-server 2.14 leaves it.
const PURGED_HISTORIES: [&str; 5] = [
    "old-del: ",
    "old-purge: ",
    "live: 1@6:Put @12:Delete 2@13:Put",
    "new-del: @9:Delete",
    "new-purge: @11:Purge",
];

/// Issue 16: purging a bucket's delete markers the way the official clients' `PurgeDeletes`
/// with `DeleteMarkersOlderThan` does (async-nats has no such call): watch the bucket for its
/// latest entries, then per delete or purge marker send `$JS.API.STREAM.PURGE.KV_<bucket>`
/// with the key as `filter` and `keep: 1` when the marker is younger than the threshold
/// (the marker stays), `keep: 0` otherwise (the key disappears). The purge replies, the
/// history left behind and the stream state are nats-server 2.14's, for file and memory
/// buckets, and the file bucket keeps them across a restart.
async fn kv_purge_deletes_marker_threshold(kind: Kind) {
    use async_nats::jetstream::{self, kv};
    use futures::StreamExt as _;
    let store = tempfile::tempdir().expect("store dir");
    let dir = store.path().to_str().expect("utf-8 path");
    let mut srv = TestServer::start(kind, &["-js", "-sd", dir]);
    let client = srv.client().await;
    let js = jetstream::new(client.clone());
    let mut buckets = Vec::new();
    // Bucket name and storage; the bytes its stream holds at the end differ by storage.
    for (name, storage) in [
        ("pdf", jetstream::stream::StorageType::File),
        ("pdm", jetstream::stream::StorageType::Memory),
    ] {
        let bucket = js
            .create_key_value(kv::Config {
                bucket: name.into(),
                history: 5,
                storage,
                ..Default::default()
            })
            .await
            .expect("create bucket");
        let bytes = if name == "pdf" { 345 } else { 263 };
        buckets.push((name, bucket, bytes));
    }
    // Old markers: a delete after two values, a purge (a rollup: only its marker stays).
    for (_, bucket, _) in &buckets {
        bucket.put("old-del", "1".into()).await.expect("put");
        bucket.put("old-del", "2".into()).await.expect("put");
        bucket.delete("old-del").await.expect("delete");
        bucket.put("old-purge", "1".into()).await.expect("put");
        bucket.purge("old-purge").await.expect("purge");
        bucket.put("live", "1".into()).await.expect("put");
    }
    let threshold = Duration::from_millis(1500);
    tokio::time::sleep(threshold + Duration::from_millis(300)).await;
    // Recent markers, and a key deleted then written again (no marker as its latest entry).
    for (_, bucket, _) in &buckets {
        bucket.put("new-del", "1".into()).await.expect("put");
        bucket.put("new-del", "2".into()).await.expect("put");
        bucket.delete("new-del").await.expect("delete");
        bucket.put("new-purge", "1".into()).await.expect("put");
        bucket.purge("new-purge").await.expect("purge");
        bucket.delete("live").await.expect("delete");
        bucket.put("live", "2".into()).await.expect("put");
    }

    for (name, bucket, bytes) in &buckets {
        // The client side of PurgeDeletes: collect the markers among the latest entries.
        let mut watch = bucket.watch_with_history(">").await.expect("watch all");
        let mut markers = Vec::new();
        loop {
            let entry = tokio::time::timeout(READ_TIMEOUT, watch.next())
                .await
                .expect("watch entry in time")
                .expect("watch open")
                .expect("entry");
            if entry.operation != kv::Operation::Put {
                markers.push(entry.clone());
            }
            if entry.delta == 0 {
                break;
            }
        }
        drop(watch);
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .expect("clock after 1970");
        let limit = (now - threshold).as_nanos() as i128;
        let mut replies = Vec::new();
        for marker in &markers {
            let keep = u64::from(marker.created.unix_timestamp_nanos() > limit);
            let reply = js_api(
                &client,
                format!("$JS.API.STREAM.PURGE.KV_{name}"),
                serde_json::json!({ "filter": format!("$KV.{name}.{}", marker.key), "keep": keep }),
            )
            .await;
            replies.push(format!(
                "{} keep {keep}: {}",
                marker.key,
                reply["purged"].as_u64().unwrap_or(u64::MAX)
            ));
        }
        assert_eq!(
            replies,
            [
                "old-del keep 0: 3",
                "old-purge keep 0: 1",
                "new-del keep 1: 2",
                "new-purge keep 1: 0",
            ],
            "{kind:?} {name}"
        );
        assert_eq!(
            kv_histories(bucket).await,
            PURGED_HISTORIES,
            "{kind:?} {name}"
        );
        assert_eq!(
            kv_state(&client, name).await,
            serde_json::json!({
                "messages": 5, "bytes": bytes, "first_seq": 6, "last_seq": 13,
                "num_subjects": 3, "num_deleted": 3,
            }),
            "{kind:?} {name}"
        );
    }

    // The purge requests' edges, as a client sending its own `keep`/`filter` meets them:
    // every reply carries `purged` (errors too), seq with keep is refused before the stream
    // is looked up, and a body that is no JSON object purges everything.
    let purge = |stream: &str, body: &str| {
        let client = client.clone();
        let (subject, body) = (format!("$JS.API.STREAM.PURGE.{stream}"), body.to_string());
        async move {
            let msg = client
                .request(subject, body.into())
                .await
                .expect("purge request");
            String::from_utf8_lossy(&msg.payload).into_owned()
        }
    };
    let ty = r#"{"type":"io.nats.jetstream.api.v1.stream_purge_response","#;
    for (stream, body, reply) in [
        (
            "KV_pdm",
            r#"{"filter":"$KV.pdm.live","seq":5,"keep":1}"#,
            r#""error":{"code":400,"err_code":10003,"description":"bad request"},"purged":0}"#,
        ),
        (
            "NOPE",
            r#"{"seq":5,"keep":1}"#,
            r#""error":{"code":400,"err_code":10003,"description":"bad request"},"purged":0}"#,
        ),
        (
            "NOPE",
            "{}",
            r#""error":{"code":404,"err_code":10059,"description":"stream not found"},"purged":0}"#,
        ),
        (
            "KV_pdm",
            r#"{"filter":"$KV.pdm.live","keep":10}"#,
            r#""success":true,"purged":0}"#,
        ),
        ("KV_pdm", "not json", r#""success":true,"purged":5}"#),
    ] {
        assert_eq!(
            purge(stream, body).await,
            format!("{ty}{reply}"),
            "{kind:?}: purge {stream} {body}"
        );
    }

    // The file bucket comes back the same after a restart.
    drop((buckets, js, client));
    srv.terminate();
    let srv = TestServer::start(kind, &["-js", "-sd", dir]);
    let client = srv.client().await;
    let js = jetstream::new(client.clone());
    let bucket = js.get_key_value("pdf").await.expect("bucket after restart");
    assert_eq!(
        kv_histories(&bucket).await,
        PURGED_HISTORIES,
        "{kind:?} after restart"
    );
    assert_eq!(
        kv_state(&client, "pdf").await,
        serde_json::json!({
            "messages": 5, "bytes": 345, "first_seq": 6, "last_seq": 13,
            "num_subjects": 3, "num_deleted": 3,
        }),
        "{kind:?} after restart"
    );
}
server_test!(kv_purge_deletes_marker_threshold => kv_purge_deletes_marker_threshold_rnats, kv_purge_deletes_marker_threshold_reference);
