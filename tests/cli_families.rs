//! natscli families added for issue 14 (`errors`, `micro`, ...), end to end through the real
//! binary: the catalogue commands need no server; the ones that talk to a server run against
//! rnats and the reference nats-server alike (twin tests).

use std::process::{Command, Stdio};
use std::time::Duration;

use crate::util::{run_bounded, server_test, Kind, TestServer};

const RNATS: &str = env!("CARGO_BIN_EXE_rnats");

/// `rnats ARGS` with a private config home and no `NATS_*` variables; `(code, stdout, stderr)`.
fn nats(home: &std::path::Path, args: &[&str]) -> (i32, String, String) {
    let mut cmd = Command::new(RNATS);
    cmd.args(args);
    for (k, _) in std::env::vars_os() {
        if k.to_string_lossy().starts_with("NATS_") {
            cmd.env_remove(k);
        }
    }
    cmd.env("XDG_CONFIG_HOME", home)
        .env("HOME", home)
        .stdin(Stdio::null());
    let out = run_bounded(cmd, Duration::from_secs(20));
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn errors_lookup_ls_and_validate() {
    let home = tempfile::tempdir().expect("tempdir");
    let h = home.path();
    let (code, out, err) = nats(h, &["errors", "lookup", "10059"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out,
        "NATS Error Code: 10059\n\n        Description: stream not found\n          HTTP Code: 404\n  \
         Go Index Constant: JSStreamNotFoundErr\n\n No further information available\n"
    );
    // Aliases as natscli: `err`, `error`; `find`, `get`, `show`, ...
    let (code, out2, _) = nats(h, &["err", "show", "10059"]);
    assert_eq!((code, out2), (0, out));

    let (code, out, err) = nats(h, &["errors", "ls", "consumer not found"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("│ NATS Code │ HTTP Error Code │ Description"),
        "{out}"
    );
    assert!(out.contains("JSConsumerNotFoundErr"), "{out}");
    assert!(!out.contains("JSStreamNotFoundErr"), "{out}");

    // Sorted by code, reversed with -R.
    let (_, out, _) = nats(h, &["errors", "ls", "not found", "code", "-R"]);
    let codes: Vec<u32> = out
        .lines()
        .filter_map(|l| l.split('│').nth(1)?.trim().parse().ok())
        .collect();
    assert!(codes.len() > 3, "{out}");
    assert!(codes.windows(2).all(|w| w[0] > w[1]), "{codes:?}");

    let (code, _, err) = nats(h, &["errors", "lookup", "1"]);
    assert_eq!(
        (code, err.as_str()),
        (1, "nats: error: no error matches code 1\n")
    );
    let (code, _, err) = nats(h, &["errors", "ls", "zzzz-nothing"]);
    assert_eq!(
        (code, err.as_str()),
        (
            1,
            "nats: error: no errors found matching regular expression zzzz-nothing\n"
        )
    );
    let (code, _, err) = nats(h, &["errors", "lookup", "notanumber"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("invalid value 'notanumber'"), "{err}");

    // validate: a file of our own, good then bad.
    let good = h.join("good.json");
    std::fs::write(
        &good,
        r#"[{"constant":"JSXErr","code":400,"error_code":10999,"description":"x failed"}]"#,
    )
    .expect("write");
    let (code, out, err) = nats(h, &["errors", "validate", good.to_str().expect("utf-8")]);
    assert_eq!((code, out.as_str()), (0, "Validated 1 errors\n"), "{err}");
    let bad = h.join("bad.json");
    std::fs::write(
        &bad,
        r#"[{"constant":"JSXErr","code":400,"error_code":10999,"description":"x {y} failed"}]"#,
    )
    .expect("write");
    let (code, out, err) = nats(h, &["errors", "validate", bad.to_str().expect("utf-8")]);
    assert_eq!(code, 1);
    assert_eq!(
        out,
        "10999 failed: constants for errors with tokens must end in F like JSStreamMsgDeleteFailedF\n"
    );
    assert!(err.ends_with("bad.json is invalid\n"), "{err}");
    // --errors FILE replaces the embedded catalogue.
    let (code, out, _) = nats(
        h,
        &[
            "errors",
            "--errors",
            good.to_str().expect("utf-8"),
            "lookup",
            "10999",
        ],
    );
    assert_eq!(code, 0);
    assert!(out.contains("Description: x failed"), "{out}");
}

#[test]
fn errors_edit_writes_the_file_through_the_editor() {
    let home = tempfile::tempdir().expect("tempdir");
    let h = home.path();
    let file = h.join("errors.json");
    std::fs::write(
        &file,
        r#"[{"constant":"JSXErr","code":400,"error_code":10999,"description":"x failed"}]"#,
    )
    .expect("write");
    // The "editor" rewrites the description with sed.
    let editor = h.join("ed.sh");
    std::fs::write(&editor, "#!/bin/sh\nsed -i 's/x failed/y failed/' \"$1\"\n").expect("write");
    std::fs::set_permissions(&editor, std::os::unix::fs::PermissionsExt::from_mode(0o755))
        .expect("chmod");
    let mut cmd = Command::new(RNATS);
    cmd.args(["errors", "edit", file.to_str().expect("utf-8"), "10999"])
        .env("EDITOR", &editor)
        .env("HOME", h)
        .stdin(Stdio::null());
    let out = run_bounded(cmd, Duration::from_secs(20));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout), "Validated 1 errors\n");
    let text = std::fs::read_to_string(&file).expect("read");
    assert!(text.contains("\"description\": \"y failed\""), "{text}");
}

/// `rnats -s URL --timeout 1s ARGS` off the async runtime.
pub(crate) async fn nats_at(
    home: &std::path::Path,
    url: &str,
    args: &[&str],
) -> (i32, String, String) {
    let mut all = vec![
        "-s".to_string(),
        url.to_string(),
        "--timeout".into(),
        "1s".into(),
    ];
    all.extend(args.iter().map(|s| s.to_string()));
    let home = home.to_path_buf();
    tokio::task::spawn_blocking(move || {
        let refs: Vec<&str> = all.iter().map(String::as_str).collect();
        nats(&home, &refs)
    })
    .await
    .expect("join")
}

/// Kills the child on drop.
struct Child(std::process::Child);

impl Drop for Child {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// `nats micro`: an async-nats service (the official client's ADR-32 framework) and `rnats
/// micro serve` (rnats-proto's framework) are discovered, described, measured, pinged and
/// called through the CLI; async-nats discovers the rnats-proto service over `$SRV.INFO`.
async fn micro_discovery(kind: Kind) {
    use async_nats::service::ServiceExt as _;
    use futures::StreamExt as _;

    let server = TestServer::start(kind, &[]);
    let url = server.url();
    let home = tempfile::tempdir().expect("tempdir");
    let h = home.path();

    // Nothing yet: no responders.
    let (code, _, err) = nats_at(h, &url, &["micro", "info", "calc"]).await;
    assert_eq!(
        (code, err.as_str()),
        (1, "nats: error: no service instances found\n")
    );

    // An async-nats service with a grouped endpoint (async-nats names it `math-add`) that
    // answers with an error once.
    let client = server.client().await;
    let svc = client
        .service_builder()
        .description("calculator")
        .start("calc", "2.1.0")
        .await
        .expect("service");
    let mut add = svc.group("math").endpoint("add").await.expect("endpoint");
    tokio::spawn(async move {
        let mut n = 0;
        while let Some(req) = add.next().await {
            n += 1;
            if n == 1 {
                let _ = req
                    .respond(Err(async_nats::service::error::Error {
                        status: "bad input".into(),
                        code: 400,
                    }))
                    .await;
            } else {
                let _ = req.respond(Ok("3".into())).await;
            }
        }
    });
    client.flush().await.expect("flush");

    // rnats' demo service.
    let mut cmd = Command::new(RNATS);
    cmd.args(["-s", &url, "micro", "serve", "demo", "-H", "X-Demo:yes"])
        .env("HOME", h)
        .env("XDG_CONFIG_HOME", h)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    let mut child = Child(cmd.spawn().expect("spawn serve"));
    {
        use std::io::BufRead as _;
        let stdout = child.0.stdout.take().expect("stdout");
        let mut lines = std::io::BufReader::new(stdout).lines();
        let first = lines.next().expect("banner").expect("read");
        assert!(
            first.starts_with("NATS CLI Service demo handler "),
            "{first}"
        );
        // Keep reading in the background so the pipe never fills.
        std::thread::spawn(move || for _ in lines {});
    }
    // The banner is printed once the service is registered.
    let (code, out, err) = nats_at(h, &url, &["micro", "ls", "--json"]).await;
    assert_eq!(code, 0, "{err}");
    let list: serde_json::Value = serde_json::from_str(&out).expect("json");
    let names: Vec<&str> = list
        .as_array()
        .expect("array")
        .iter()
        .map(|s| s["name"].as_str().expect("name"))
        .collect();
    assert_eq!(names, ["calc", "demo"], "{out}");
    assert_eq!(list[0]["type"], "io.nats.micro.v1.info_response");
    assert_eq!(list[0]["endpoints"][0]["subject"], "math.add");

    let (code, out, _) = nats_at(h, &url, &["micro", "ls"]).await;
    assert_eq!(code, 0);
    assert!(out.contains("All Services"), "{out}");
    assert!(out.contains("│ calc │ 2.1.0"), "{out}");
    assert!(out.contains("NATS CLI Demo Service (demo)"), "{out}");

    // Requests through the CLI: endpoint found by INFO.
    let (code, out, err) = nats_at(h, &url, &["micro", "req", "demo", "echo", "hi", "--raw"]).await;
    assert_eq!((code, out.trim_end()), (0, "hi"), "{err}");
    let (code, _, err) = nats_at(h, &url, &["micro", "req", "calc", "math-add", "1 2"]).await;
    assert_eq!(code, 0, "{err}");
    let (code, out, err) =
        nats_at(h, &url, &["micro", "req", "calc", "math-add", "1 2", "-r"]).await;
    assert_eq!((code, out.trim_end()), (0, "3"), "{err}");
    let (code, _, err) = nats_at(h, &url, &["micro", "req", "calc", "sub"]).await;
    assert_eq!(code, 1);
    assert_eq!(
        err,
        "nats: error: service \"calc\" has no endpoint \"sub\" (available: math-add)\n"
    );

    // Echo headers from the demo service (natscli's handler).
    let (code, _, err) = nats_at(h, &url, &["micro", "req", "demo", "echo", "x"]).await;
    assert_eq!(code, 0);
    assert!(err.contains("X-Demo: yes"), "{err}");
    assert!(err.contains("Subject: demo.echo"), "{err}");

    // Statistics: the async-nats service counted 2 requests, 1 error.
    let (code, out, err) = nats_at(h, &url, &["micro", "stats", "calc", "--json"]).await;
    assert_eq!(code, 0, "{err}");
    let stats: serde_json::Value = serde_json::from_str(&out).expect("json");
    let ep = &stats[0]["endpoints"][0];
    assert_eq!(stats[0]["type"], "io.nats.micro.v1.stats_response");
    assert_eq!(
        (ep["num_requests"].as_u64(), ep["num_errors"].as_u64()),
        (Some(2), Some(1))
    );
    assert_eq!(ep["last_error"], "400:bad input");
    // rnats' demo counted its 2 echoes and their payload.
    let (code, out, _) = nats_at(h, &url, &["micro", "info", "demo", "--json"]).await;
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    assert_eq!(v["info"]["endpoints"][0]["subject"], "demo.echo");
    assert_eq!(v["stats"]["endpoints"][0]["num_requests"], 2);
    assert_eq!(v["stats"]["endpoints"][0]["data"]["total_payload"], 3);

    let (code, out, _) = nats_at(h, &url, &["micro", "info", "calc"]).await;
    assert_eq!(code, 0);
    assert!(out.starts_with("Service Information\n\n"), "{out}");
    assert!(out.contains("Description: calculator"), "{out}");
    assert!(out.contains("Subject: math.add"), "{out}");
    assert!(out.contains("Requests: 2 in group \"q\""), "{out}");
    assert!(out.contains("Errors: 1"), "{out}");
    assert!(out.contains("Last Error: 400:bad input"), "{out}");

    let (code, out, _) = nats_at(h, &url, &["micro", "stats", "demo"]).await;
    assert_eq!(code, 0);
    assert!(out.contains("demo Service Statistics"), "{out}");
    assert!(out.contains("│ echo "), "{out}");

    let (code, out, _) = nats_at(h, &url, &["micro", "ping"]).await;
    assert_eq!(code, 0);
    let pinged: Vec<&str> = out
        .lines()
        .map(|l| l.split_whitespace().next().unwrap_or_default())
        .collect();
    assert!(
        pinged.contains(&"calc") && pinged.contains(&"demo"),
        "{out}"
    );
    assert!(out.lines().all(|l| l.contains(" rtt=")), "{out}");

    // The official client discovers rnats-proto's service over $SRV.INFO.demo.
    let reply = client
        .request("$SRV.INFO.demo", "".into())
        .await
        .expect("info reply");
    let info: async_nats::service::Info = serde_json::from_slice(&reply.payload).expect("Info");
    assert_eq!(info.name, "demo");
    assert_eq!(info.version, "1.0.0");
    assert_eq!(info.endpoints[0].subject, "demo.echo");
    let reply = client
        .request(format!("$SRV.PING.demo.{}", info.id), "".into())
        .await
        .expect("ping reply");
    let ping: serde_json::Value = serde_json::from_slice(&reply.payload).expect("json");
    assert_eq!(ping["type"], "io.nats.micro.v1.ping_response");
    assert_eq!(ping["id"], info.id.as_str());
    drop(child);
}

server_test!(micro_discovery => micro_discovery_rnats, micro_discovery_reference);

#[test]
fn schema_search_info_validate() {
    let home = tempfile::tempdir().expect("tempdir");
    let h = home.path();
    let (code, out, _) = nats(h, &["schema", "ls", "consumer_pause_"]);
    assert_eq!(code, 0);
    assert_eq!(
        out,
        "Matched Schemas:\n\n  io.nats.jetstream.api.v1.consumer_pause_request\n  \
         io.nats.jetstream.api.v1.consumer_pause_response\n"
    );
    let (_, out, _) = nats(h, &["schema", "search", "nothing-here"]);
    assert_eq!(out, "No schemas matched \"nothing-here\"\n");
    let (code, out, _) = nats(h, &["schema", "find", "^io.nats.micro", "--json"]);
    assert_eq!(code, 0);
    let list: Vec<String> = serde_json::from_str(&out).expect("json");
    assert_eq!(list.len(), 3, "{list:?}");

    let (code, out, _) = nats(h, &["schema", "show", "io.nats.micro.v1.ping_response"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).expect("schema is JSON");
    assert_eq!(v["title"], "io.nats.micro.v1.ping_response");
    let (code, _, err) = nats(h, &["schema", "info", "nope"]);
    assert_eq!(
        (code, err.as_str()),
        (
            1,
            "nats: error: could not load schema \"nope\": unsupported schema type \"nope\"\n"
        )
    );
    let (code, _, err) = nats(
        h,
        &["schema", "info", "io.nats.micro.v1.ping_response", "--yaml"],
    );
    assert_eq!(code, 1);
    assert!(err.contains("not supported by rnats yet"), "{err}");

    let file = h.join("cfg.json");
    let id = "io.nats.jetstream.api.v1.stream_configuration";
    std::fs::write(
        &file,
        r#"{"name":"S","retention":"limits","max_consumers":-1,"max_msgs":-1,"max_bytes":-1,
            "max_age":0,"storage":"file","num_replicas":1,"discard":"old"}"#,
    )
    .expect("write");
    let f = file.to_str().expect("utf-8");
    let (code, out, _) = nats(h, &["schema", "validate", id, f]);
    assert_eq!((code, out), (0, format!("{f} validates against {id}\n")));
    std::fs::write(
        &file,
        r#"{"name":"S","retention":"never","max_consumers":-1,"max_msgs":-1,"max_bytes":-1,
            "max_age":0,"num_replicas":9,"discard":"old"}"#,
    )
    .expect("write");
    let (code, out, _) = nats(h, &["schema", "check", id, f]);
    assert_eq!(code, 0);
    assert!(
        out.starts_with(&format!("Validation errors in {f}:\n\n  ")),
        "{out}"
    );
    assert!(out.contains("  missing properties: 'storage'\n"), "{out}");
    assert!(
        out.contains("  /num_replicas: must be <= 5 but found 9\n"),
        "{out}"
    );
    let (_, out, _) = nats(h, &["schema", "validate", id, f, "--json"]);
    let errs: Vec<String> = serde_json::from_str(&out).expect("json");
    assert_eq!(errs.len(), 3, "{errs:?}");
}

/// `nats schema request`: JetStream API replies of both servers validate against jsm.go's
/// schemas.
async fn schema_request_validates_jetstream_replies(kind: Kind) {
    let store = tempfile::tempdir().expect("store");
    let server = TestServer::start(kind, &["-js", "-sd", store.path().to_str().expect("utf-8")]);
    let url = server.url();
    let home = tempfile::tempdir().expect("tempdir");
    let h = home.path();
    let (code, _, err) = nats_at(
        h,
        &url,
        &["stream", "add", "ORDERS", "--subjects", "o.>", "--defaults"],
    )
    .await;
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = nats_at(
        h,
        &url,
        &["consumer", "add", "ORDERS", "C1", "--pull", "--defaults"],
    )
    .await;
    assert_eq!(code, 0, "{err}");
    for (subject, kind) in [
        ("$JS.API.INFO", "account_info_response"),
        ("$JS.API.STREAM.INFO.ORDERS", "stream_info_response"),
        ("$JS.API.STREAM.INFO.NOPE", "stream_info_response"),
        ("$JS.API.CONSUMER.INFO.ORDERS.C1", "consumer_info_response"),
        ("$JS.API.STREAM.NAMES", "stream_names_response"),
        ("$JS.API.CONSUMER.NAMES.ORDERS", "consumer_names_response"),
    ] {
        let (code, out, err) = nats_at(h, &url, &["schema", "req", subject]).await;
        assert_eq!(
            (code, out),
            (
                0,
                format!("Response is a valid io.nats.jetstream.api.v1.{kind} message\n")
            ),
            "{subject}: {err}"
        );
    }
    let (code, _, err) = nats_at(
        h,
        &url,
        &["schema", "req", "$JS.API.INFO", "--schema", "io.nats.other"],
    )
    .await;
    assert_eq!(
        (code, err.as_str()),
        (
            1,
            "nats: error: invalid message type io.nats.jetstream.api.v1.account_info_response\n"
        )
    );
}

server_test!(schema_request_validates_jetstream_replies => schema_request_rnats, schema_request_reference);

/// A pull request for one message on `inbox`'s behalf; returns the reply (message or status).
async fn pull_one(client: &async_nats::Client, expires: Duration) -> async_nats::Message {
    use futures::StreamExt as _;
    let inbox = client.new_inbox();
    let mut sub = client.subscribe(inbox.clone()).await.expect("subscribe");
    let body = format!(r#"{{"batch":1,"expires":{}}}"#, expires.as_nanos());
    client
        .publish_with_reply("$JS.API.CONSUMER.MSG.NEXT.ORDERS.C1", inbox, body.into())
        .await
        .expect("pull");
    tokio::time::timeout(expires + Duration::from_secs(3), sub.next())
        .await
        .expect("a reply in time")
        .expect("subscription open")
}

/// `nats consumer pause/resume` and `$JS.API.CONSUMER.PAUSE`: a paused consumer delivers
/// nothing (pull requests time out) until the pause ends, info shows `paused` and
/// `pause_remaining`, `pause_until` at create pauses, resume ends it.
async fn consumer_pause_resume(kind: Kind) {
    let store = tempfile::tempdir().expect("store");
    let server = TestServer::start(kind, &["-js", "-sd", store.path().to_str().expect("utf-8")]);
    let url = server.url();
    let home = tempfile::tempdir().expect("tempdir");
    let h = home.path();
    for args in [
        &["stream", "add", "ORDERS", "--subjects", "o.>", "--defaults"][..],
        &["consumer", "add", "ORDERS", "C1", "--pull", "--defaults"][..],
        &["pub", "o.1", "hi"][..],
    ] {
        let (code, _, err) = nats_at(h, &url, args).await;
        assert_eq!(code, 0, "{args:?}: {err}");
    }
    let (code, out, err) =
        nats_at(h, &url, &["consumer", "pause", "ORDERS", "C1", "2s", "-f"]).await;
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("Paused ORDERS > C1 until "), "{out}");
    assert!(out.ends_with(" (2s)\n"), "{out}");

    let client = server.client().await;
    let info = client
        .request("$JS.API.CONSUMER.INFO.ORDERS.C1", "".into())
        .await
        .expect("info");
    let v: serde_json::Value = serde_json::from_slice(&info.payload).expect("json");
    assert_eq!(v["paused"], true, "{v}");
    let left = v["pause_remaining"].as_i64().expect("pause_remaining");
    assert!(left > 0 && left <= 2_000_000_000, "{left}");
    assert!(v["config"]["pause_until"]
        .as_str()
        .expect("pause_until")
        .ends_with('Z'));

    // Paused: the request expires without the message.
    let m = pull_one(&client, Duration::from_millis(500)).await;
    assert_eq!(m.status.map(|s| s.as_u16()), Some(408), "{m:?}");
    // The pause ends by itself; the message comes.
    let m = pull_one(&client, Duration::from_secs(4)).await;
    assert_eq!(m.status, None, "{m:?}");
    assert_eq!(&m.payload[..], b"hi");
    let info = client
        .request("$JS.API.CONSUMER.INFO.ORDERS.C1", "".into())
        .await
        .expect("info");
    let v: serde_json::Value = serde_json::from_slice(&info.payload).expect("json");
    assert!(v.get("paused").is_none(), "{v}");

    // pause_until at create; resume through the CLI; the response of the API.
    let create = r#"{"stream_name":"ORDERS","config":{"durable_name":"C2","ack_policy":"explicit","pause_until":"2099-01-01T00:00:00+01:00"}}"#;
    let reply = client
        .request("$JS.API.CONSUMER.CREATE.ORDERS.C2", create.into())
        .await
        .expect("create");
    let v: serde_json::Value = serde_json::from_slice(&reply.payload).expect("json");
    assert_eq!(v["paused"], true, "{v}");
    assert_eq!(
        v["config"]["pause_until"], "2099-01-01T00:00:00+01:00",
        "{v}"
    );
    assert_eq!(v["config"]["metadata"]["_nats.req.level"], "1", "{v}");
    let (code, out, err) = nats_at(h, &url, &["consumer", "resume", "ORDERS", "C2", "-f"]).await;
    assert_eq!(code, 0, "{err}");
    assert!(
        out.starts_with(
            "Consumer ORDERS > C2 was resumed while previously paused until 2099-01-01"
        ) || out.starts_with(
            "Consumer ORDERS > C2 was resumed while previously paused until 2098-12-31"
        ),
        "{out}"
    );
    let (code, _, err) = nats_at(h, &url, &["consumer", "resume", "ORDERS", "C2", "-f"]).await;
    assert_eq!(
        (code, err.as_str()),
        (1, "nats: error: consumer is not paused\n")
    );
    let reply = client
        .request("$JS.API.CONSUMER.PAUSE.ORDERS.NOPE", "".into())
        .await
        .expect("pause");
    assert_eq!(
        std::str::from_utf8(&reply.payload).expect("utf-8"),
        r#"{"type":"io.nats.jetstream.api.v1.consumer_pause_response","error":{"code":404,"err_code":10014,"description":"consumer not found"},"paused":false,"pause_until":"0001-01-01T00:00:00Z"}"#
    );
    let reply = client
        .request("$JS.API.CONSUMER.PAUSE.ORDERS.C2", "".into())
        .await
        .expect("pause");
    assert_eq!(
        std::str::from_utf8(&reply.payload).expect("utf-8"),
        r#"{"type":"io.nats.jetstream.api.v1.consumer_pause_response","paused":false,"pause_until":"0001-01-01T00:00:00Z"}"#
    );
    let (code, _, err) = nats_at(
        h,
        &url,
        &["consumer", "pause", "ORDERS", "C2", "soon", "-f"],
    )
    .await;
    assert_eq!(
        (code, err.as_str()),
        (
            1,
            "nats: error: could not parse the pause time as either timestamp or duration\n"
        )
    );
}

server_test!(consumer_pause_resume => consumer_pause_rnats, consumer_pause_reference);

#[test]
fn cheat_sheets() {
    let home = tempfile::tempdir().expect("tempdir");
    let h = home.path();
    let (code, out, _) = nats(h, &["cheat", "errors"]);
    assert_eq!(code, 0);
    assert!(
        out.starts_with("# To look up information for error code 1000\nnats errors lookup 1000\n"),
        "{out}"
    );
    let (code, list, _) = nats(h, &["cheat"]);
    assert_eq!(code, 0);
    assert!(
        list.starts_with("Available Cheats:\n\n    account\n"),
        "{list}"
    );
    assert!(list.contains("\n    subscribe\n"), "{list}");
    let (_, unknown, _) = nats(h, &["cheat", "nosuch"]);
    assert_eq!(unknown, list);
    let dir = h.join("cheats");
    let (code, out, _) = nats(h, &["cheat", "--save", dir.to_str().expect("utf-8")]);
    assert_eq!(code, 0);
    assert_eq!(out.lines().count(), 16, "{out}");
    let saved = std::fs::read_to_string(dir.join("stream")).expect("saved");
    assert!(saved.starts_with("---\ntags: [nats]\n---\n\n"), "{saved}");
}

/// `nats consumer state` (the State section of info, with a paused consumer's deadline) and
/// `nats stream seal` (a sealed stream refuses a purge).
async fn consumer_state_and_stream_seal(kind: Kind) {
    let store = tempfile::tempdir().expect("store");
    let server = TestServer::start(kind, &["-js", "-sd", store.path().to_str().expect("utf-8")]);
    let url = server.url();
    let home = tempfile::tempdir().expect("tempdir");
    let h = home.path();
    for args in [
        &["stream", "add", "ORDERS", "--subjects", "o.>", "--defaults"][..],
        &["consumer", "add", "ORDERS", "C1", "--pull", "--defaults"][..],
        &["consumer", "pause", "ORDERS", "C1", "1h", "-f"][..],
    ] {
        let (code, _, err) = nats_at(h, &url, args).await;
        assert_eq!(code, 0, "{args:?}: {err}");
    }
    let (code, out, err) = nats_at(h, &url, &["consumer", "state", "ORDERS", "C1"]).await;
    assert_eq!(code, 0, "{err}");
    assert!(
        out.starts_with("State for Consumer ORDERS > C1 created "),
        "{out}"
    );
    assert!(!out.contains("Configuration:"), "{out}");
    assert!(out.contains("\nState:\n\n"), "{out}");
    assert!(out.contains("Waiting Pulls: 0 of maximum 512\n"), "{out}");
    assert!(
        out.contains(" (1h0m0s remaining)\n") || out.contains(" (59m59s remaining)\n"),
        "{out}"
    );
    let (_, info, _) = nats_at(h, &url, &["consumer", "info", "ORDERS", "C1"]).await;
    assert!(info.contains("Paused Until Deadline: "), "{info}");
    let (code, out, _) = nats_at(h, &url, &["consumer", "state", "ORDERS", "C1", "--json"]).await;
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    assert_eq!(v["paused"], true);

    let (code, out, err) = nats_at(h, &url, &["stream", "seal", "ORDERS", "-f"]).await;
    assert_eq!(code, 0, "{err}");
    assert!(
        out.starts_with("Information for Stream ORDERS created "),
        "{out}"
    );
    assert!(out.contains(" Sealed: true\n"), "{out}");
    let (code, _, err) = nats_at(h, &url, &["stream", "purge", "ORDERS", "-f"]).await;
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("invalid operation on sealed stream"), "{err}");
    let (code, _, err) = nats_at(h, &url, &["stream", "seal", "NOPE", "-f"]).await;
    assert_eq!(code, 1);
    assert!(
        err.starts_with("nats: error: could not seal Stream: "),
        "{err}"
    );
}

server_test!(consumer_state_and_stream_seal => state_seal_rnats, state_seal_reference);

/// `nats stream gaps`: deleted messages reported as ranges, table and JSON.
async fn stream_gaps(kind: Kind) {
    let store = tempfile::tempdir().expect("store");
    let server = TestServer::start(kind, &["-js", "-sd", store.path().to_str().expect("utf-8")]);
    let url = server.url();
    let home = tempfile::tempdir().expect("tempdir");
    let h = home.path();
    let (code, _, err) = nats_at(
        h,
        &url,
        &["stream", "add", "ORDERS", "--subjects", "o.>", "--defaults"],
    )
    .await;
    assert_eq!(code, 0, "{err}");
    let (code, out, _) = nats_at(h, &url, &["stream", "gaps", "ORDERS", "-f"]).await;
    assert_eq!((code, out.as_str()), (0, "No deleted messages in ORDERS\n"));
    let (code, _, err) = nats_at(h, &url, &["pub", "o.1", "x", "--count", "10"]).await;
    assert_eq!(code, 0, "{err}");
    for seq in ["2", "3", "7"] {
        let (code, _, err) = nats_at(h, &url, &["stream", "rmm", "ORDERS", seq, "-f"]).await;
        assert_eq!(code, 0, "{err}");
    }
    let (code, out, _) = nats_at(h, &url, &["stream", "gaps", "ORDERS", "-f", "--json"]).await;
    assert_eq!(code, 0);
    let v: Vec<[u64; 2]> = serde_json::from_str(&out).expect("json");
    assert_eq!(v, vec![[2, 3], [7, 7]]);
    let (code, out, _) = nats_at(h, &url, &["stream", "gaps", "ORDERS", "-f"]).await;
    assert_eq!(code, 0);
    assert!(out.contains("2 gaps found in Stream ORDERS"), "{out}");
    assert!(out.contains("│ 2             │ 3            │"), "{out}");
}

server_test!(stream_gaps => stream_gaps_rnats, stream_gaps_reference);

/// `nats events`: advisories published on `$JS.EVENT.ADVISORY.>` print in natscli's short and
/// JSON forms, unknown ones as natscli's error block, `--filter` drops the rest.
async fn events_printer(kind: Kind) {
    use std::io::BufRead as _;
    let server = TestServer::start(kind, &[]);
    let url = server.url();
    let home = tempfile::tempdir().expect("tempdir");
    let client = server.client().await;
    let created = r#"{"type":"io.nats.jetstream.advisory.v1.stream_action","id":"E1","timestamp":"2024-01-02T10:11:12Z","stream":"ORDERS","action":"create"}"#;
    let deleted = r#"{"type":"io.nats.jetstream.advisory.v1.consumer_action","id":"E2","timestamp":"2024-01-02T10:11:13Z","stream":"ORDERS","consumer":"C1","action":"delete"}"#;
    for (extra, expect) in [
        (
            &["--short"][..],
            vec![
                "Listening for Advisories on $JS.EVENT.ADVISORY.>".to_string(),
                "10:11:12 [Stream Create] ORDERS".to_string(),
                "10:11:13 [Consumer Delete] ORDERS > C1".to_string(),
                "Event error: unknown event schema on subject $JS.EVENT.ADVISORY.X".to_string(),
            ],
        ),
        (
            &["--json"][..],
            vec![
                created.to_string(),
                deleted.to_string(),
                "{\"x\":\"keep\"}".to_string(),
            ],
        ),
    ] {
        let mut cmd = Command::new(RNATS);
        cmd.args([
            "-s",
            &url,
            "events",
            "--js-advisory",
            "--no-srv-advisory",
            "--filter",
            "orders|keep",
        ])
        .args(extra)
        .env("HOME", home.path())
        .env("XDG_CONFIG_HOME", home.path())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
        let mut child = Child(cmd.spawn().expect("spawn events"));
        let stdout = child.0.stdout.take().expect("stdout");
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in std::io::BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        let next = |what: &str| {
            rx.recv_timeout(Duration::from_secs(5))
                .unwrap_or_else(|_| panic!("{kind:?}: no line for {what}"))
        };
        if extra == ["--short"] {
            assert_eq!(next("banner"), expect[0]);
        } else {
            // JSON mode prints no banner; give the subscription time to reach the server.
            tokio::time::sleep(Duration::from_millis(500)).await;
        }
        for (subject, body) in [
            ("$JS.EVENT.ADVISORY.STREAM.CREATED.ORDERS", created),
            (
                "$JS.EVENT.ADVISORY.OTHER",
                r#"{"type":"io.nats.jetstream.advisory.v1.stream_action","stream":"FILTERED"}"#,
            ),
            ("$JS.EVENT.ADVISORY.CONSUMER.DELETED.ORDERS.C1", deleted),
            ("$JS.EVENT.ADVISORY.X", r#"{"x":"keep"}"#),
        ] {
            client.publish(subject, body.into()).await.expect("publish");
        }
        client.flush().await.expect("flush");
        let mut got = Vec::new();
        let want: Vec<&String> = expect
            .iter()
            .skip(usize::from(extra == ["--short"]))
            .collect();
        while got.len() < want.len() {
            let line = next("an event");
            if !line.trim().is_empty() {
                got.push(line);
            }
        }
        let got: Vec<&String> = got.iter().collect();
        assert_eq!(got, want, "{kind:?} {extra:?}");
    }
}

server_test!(events_printer => events_rnats, events_reference);

/// `nats stream copy` (`cp`): the source's config, flags applied, under a new name; no data.
async fn stream_copy(kind: Kind) {
    let store = tempfile::tempdir().expect("store");
    let server = TestServer::start(kind, &["-js", "-sd", store.path().to_str().expect("utf-8")]);
    let url = server.url();
    let home = tempfile::tempdir().expect("tempdir");
    let h = home.path();
    let (code, _, err) = nats_at(
        h,
        &url,
        &[
            "stream",
            "add",
            "ORDERS",
            "--subjects",
            "o.>",
            "--max-msgs",
            "5",
            "--defaults",
        ],
    )
    .await;
    assert_eq!(code, 0, "{err}");
    let (code, _, _) = nats_at(h, &url, &["pub", "o.1", "x"]).await;
    assert_eq!(code, 0);
    let (code, out, err) = nats_at(
        h,
        &url,
        &["stream", "copy", "ORDERS", "ARCHIVE", "--subjects", "a.>"],
    )
    .await;
    assert_eq!(code, 0, "{err}");
    assert!(
        out.starts_with("Stream ARCHIVE was created\n\nInformation for Stream ARCHIVE created "),
        "{out}"
    );
    let (code, out, _) = nats_at(h, &url, &["stream", "info", "ARCHIVE", "--json"]).await;
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    assert_eq!(v["config"]["subjects"], serde_json::json!(["a.>"]));
    assert_eq!(v["config"]["max_msgs"], 5);
    assert_eq!(v["state"]["messages"], 0);
    let (code, _, err) = nats_at(h, &url, &["stream", "cp", "ORDERS", "ORDERS"]).await;
    assert_eq!(
        (code, err.as_str()),
        (
            1,
            "nats: error: source and destination Stream names cannot be the same\n"
        )
    );
    let (code, _, err) = nats_at(h, &url, &["stream", "cp", "ORDERS", "DUP"]).await;
    assert_eq!(code, 1);
    assert!(
        err.starts_with("nats: error: could not create Stream: subjects overlap"),
        "{err}"
    );
}

server_test!(stream_copy => stream_copy_rnats, stream_copy_reference);

/// `nats latency`: publish on one connection, receive on another (same server here), report.
async fn latency_report(kind: Kind) {
    let server = TestServer::start(kind, &[]);
    let url = server.url();
    let home = tempfile::tempdir().expect("tempdir");
    let h = home.path();
    let (code, out, err) = nats_at(
        h,
        &url,
        &[
            "latency",
            "--server-b",
            &url,
            "--rate",
            "200",
            "--duration",
            "1s",
            "--size",
            "16",
        ],
    )
    .await;
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "");
    for want in [
        "Pub Server RTT : ",
        "Message Payload: 16B",
        "Target Duration: 1s",
        "Target Msgs/Sec: 200",
        "HDR Percentiles:",
        "99.99999: ",
        "Actual Msgs/Sec: ",
        "Median Latency : ",
        "Last Recv Wall Time: ",
    ] {
        assert!(err.contains(want), "{want}: {err}");
    }
    let (code, _, err) = nats_at(h, &url, &["lat", "--server-b", &url, "--size", "4"]).await;
    assert_eq!(
        (code, err.as_str()),
        (
            1,
            "nats: error: message Payload Size must be at least 8 bytes\n"
        )
    );
}

server_test!(latency_report => latency_rnats, latency_reference);
