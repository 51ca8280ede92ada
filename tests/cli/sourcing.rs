//! natscli's stream sourcing, republish, transform, placement and limit flags end to end
//! (`stream add/edit/copy`), and `consumer add --pause`, `kv add/edit` mirrors and sources:
//! the real binary against rnats and the reference nats-server, data flowing through what the
//! flags configured.

use std::time::{Duration, Instant};

use super::{js_server, run, Cli, Done};
use crate::util::{next_msg, server_test, Kind};

/// `rnats -s URL ARGS...`, which must succeed.
fn ok(cli: &Cli, url: &str, args: &[&str]) -> String {
    let done = nats(cli, url, args);
    assert_eq!(done.code, Some(0), "{args:?}: {}{}", done.err, done.out);
    done.out
}

/// `rnats -s URL ARGS...`.
fn nats(cli: &Cli, url: &str, args: &[&str]) -> Done {
    let mut all = vec!["-s", url];
    all.extend_from_slice(args);
    run(cli.rnats(&all))
}

/// A `$JS.API` request's JSON reply.
async fn api(client: &async_nats::Client, subject: &str) -> serde_json::Value {
    let reply = client
        .request(subject.to_string(), "".into())
        .await
        .expect("api reply");
    serde_json::from_slice(&reply.payload).expect("json reply")
}

/// Waits until stream `name` holds `want` messages.
async fn wait_msgs(client: &async_nats::Client, name: &str, want: u64) {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let info = api(client, &format!("$JS.API.STREAM.INFO.{name}")).await;
        if info["state"]["messages"].as_u64() == Some(want) {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "{name} never held {want} messages: {info}"
        );
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
}

fn assert_has(out: &str, wants: &[&str]) {
    for want in wants {
        assert!(out.contains(want), "{want:?} not in:\n{out}");
    }
}

/// `--mirror` and `--source` (a name and a JSON StreamSource with a filter): data published to
/// the origins shows up, `stream info` shows natscli's replication sections, `edit` refuses
/// `--source` as natscli does and `--no-mirror` turns the mirror into a plain stream (both
/// servers allow that since 2.12). Without `--defaults` and a terminal, natscli's mirror
/// questions cannot be asked.
async fn stream_mirror_and_sources(kind: Kind) {
    let (srv, _store) = js_server(kind);
    let (cli, url) = (Cli::new(), srv.url());
    let client = srv.client().await;
    ok(
        &cli,
        &url,
        &["stream", "add", "O", "--subjects", "o.>", "--defaults"],
    );
    ok(
        &cli,
        &url,
        &["stream", "add", "P", "--subjects", "p.>", "--defaults"],
    );
    let out = ok(
        &cli,
        &url,
        &[
            "stream",
            "add",
            "M",
            "--mirror",
            "O",
            "--allow-mirror-direct",
            "--defaults",
        ],
    );
    assert_has(&out, &["Mirror Direct Get: true", "Mirror: O"]);
    ok(
        &cli,
        &url,
        &[
            "stream",
            "add",
            "S",
            "--source",
            "O",
            "--source",
            r#"{"name":"P","filter_subject":"p.a"}"#,
            "--defaults",
        ],
    );
    let js = async_nats::jetstream::new(client.clone());
    for subject in ["o.1", "p.a", "p.b"] {
        js.publish(subject, "x".into())
            .await
            .expect("publish")
            .await
            .expect("ack");
    }
    wait_msgs(&client, "M", 1).await;
    wait_msgs(&client, "S", 2).await;
    let out = ok(&cli, &url, &["stream", "info", "M"]);
    assert_has(
        &out,
        &[
            "Replication:",
            "Mirror: O",
            "Mirror Information:",
            "Stream Name: O",
            "Lag: 0",
            "Messages: 1",
        ],
    );
    let out = ok(&cli, &url, &["stream", "info", "S"]);
    assert_has(
        &out,
        &[
            "Sources: O",
            "Source Information:",
            "Stream Name: P",
            "Subject Filter: p.a",
            "Messages: 2",
        ],
    );
    // natscli's Replication Report under the stream report.
    let out = ok(&cli, &url, &["stream", "report"]);
    let rows: Vec<Vec<&str>> = out
        .split("Replication Report")
        .nth(1)
        .unwrap_or_else(|| panic!("no replication report: {out}"))
        .lines()
        .map(|l| l.split('│').map(str::trim).collect::<Vec<_>>())
        .filter(|cells| cells.len() > 8 && cells[1] != "Stream")
        .collect();
    // nats-server lists a stream's sources in no fixed order.
    let mut kinds: Vec<[&str; 5]> = rows
        .iter()
        .map(|c| [c[1], c[2], c[3], c[4], c[5]])
        .collect();
    kinds.sort();
    assert_eq!(
        kinds,
        [
            ["M", "Mirror", "", "O", ""],
            ["S", "Source", "", "O", ""],
            ["S", "Source", "", "P", "p.a untransformed"],
        ],
        "{out}"
    );
    let done = nats(&cli, &url, &["stream", "edit", "S", "--source", "M", "-f"]);
    assert_eq!(done.code, Some(1), "{}", done.err);
    assert_eq!(
        done.err,
        "nats: error: could not create new configuration for Stream S: cannot edit mirrors, or sources using the CLI, use --config instead\n"
    );
    let out = ok(&cli, &url, &["stream", "edit", "M", "--no-mirror", "-f"]);
    assert_has(
        &out,
        &["-  mirror: {\"name\":\"O\"}", "Stream M was updated"],
    );
    assert!(!out.contains("Mirror Information"), "{out}");
    let info = api(&client, "$JS.API.STREAM.INFO.M").await;
    assert!(info["config"].get("mirror").is_none(), "{info}");
    let done = nats(
        &cli,
        &url,
        &[
            "stream",
            "add",
            "M2",
            "--mirror",
            "O",
            "--storage",
            "file",
            "--replicas",
            "1",
            "--retention",
            "limits",
            "--discard",
            "old",
            "--max-msgs",
            "-1",
            "--max-msgs-per-subject",
            "-1",
            "--max-bytes",
            "-1",
            "--max-age",
            "-1",
            "--max-msg-size",
            "-1",
            "--dupe-window",
            "2m",
            "--no-allow-rollup",
            "--no-deny-delete",
            "--no-deny-purge",
        ],
    );
    assert_eq!(done.code, Some(1), "{}", done.out);
    assert!(
        done.err
            .starts_with("nats: error: Could not request mirror details: cannot ask for confirmation without a terminal"),
        "{}",
        done.err
    );
}
server_test!(stream_mirror_and_sources => stream_mirror_and_sources_rnats, stream_mirror_and_sources_reference);

/// `--transform-*` and `--republish-*`: a message published on `in.x` is stored as `st.x`
/// and republished to `rp.x` with natscli's headers; `--republish-headers` sends headers only;
/// `--no-transform` and `--no-republish` remove both.
async fn stream_republish_and_transform(kind: Kind) {
    let (srv, _store) = js_server(kind);
    let (cli, url) = (Cli::new(), srv.url());
    let client = srv.client().await;
    let out = ok(
        &cli,
        &url,
        &[
            "stream",
            "add",
            "R",
            "--subjects",
            "in.>",
            "--transform-source",
            "in.>",
            "--transform-destination",
            "st.>",
            "--republish-source",
            "st.>",
            "--republish-destination",
            "rp.>",
            "--defaults",
        ],
    );
    assert_has(
        &out,
        &[
            "Subject Transform: in.> to st.>",
            "Republishing: st.> to rp.>",
        ],
    );
    let mut sub = client.subscribe("rp.>").await.expect("subscribe");
    client.flush().await.expect("flush");
    let js = async_nats::jetstream::new(client.clone());
    js.publish("in.x", "body".into())
        .await
        .expect("publish")
        .await
        .expect("ack");
    let m = next_msg(&mut sub).await;
    assert_eq!(m.subject.as_str(), "rp.x");
    assert_eq!(&m.payload[..], b"body");
    let h = m.headers.as_ref().expect("headers");
    let get = |k: &str| h.get(k).map(|v| v.as_str().to_string());
    assert_eq!(get("Nats-Stream").as_deref(), Some("R"));
    assert_eq!(get("Nats-Subject").as_deref(), Some("st.x"));
    assert_eq!(get("Nats-Sequence").as_deref(), Some("1"));
    assert_eq!(get("Nats-Last-Sequence").as_deref(), Some("0"));
    let out = ok(
        &cli,
        &url,
        &[
            "stream",
            "edit",
            "R",
            "--republish-source",
            "st.>",
            "--republish-destination",
            "rp.>",
            "--republish-headers",
            "-f",
        ],
    );
    assert_has(&out, &["Republishing Headers: st.> to rp.>"]);
    js.publish("in.y", "body".into())
        .await
        .expect("publish")
        .await
        .expect("ack");
    let m = next_msg(&mut sub).await;
    assert_eq!(m.subject.as_str(), "rp.y");
    assert!(m.payload.is_empty(), "{:?}", m.payload);
    let size = m.headers.as_ref().and_then(|h| h.get("Nats-Msg-Size"));
    assert_eq!(size.map(|v| v.as_str()), Some("4"));
    let out = ok(
        &cli,
        &url,
        &[
            "stream",
            "edit",
            "R",
            "--no-transform",
            "--no-republish",
            "-f",
        ],
    );
    assert!(
        !out.contains("Subject Transform:") && !out.contains("Republishing"),
        "{out}"
    );
    let info = api(&client, "$JS.API.STREAM.INFO.R").await;
    assert!(info["config"].get("republish").is_none(), "{info}");
    assert!(info["config"].get("subject_transform").is_none(), "{info}");
    let done = nats(
        &cli,
        &url,
        &["stream", "edit", "R", "--transform-source", "x", "-f"],
    );
    assert_eq!(done.code, Some(1));
    assert_eq!(
        done.err,
        "nats: error: must specify both --transform-source and --transform-destination\n"
    );
}
server_test!(stream_republish_and_transform => stream_republish_and_transform_rnats, stream_republish_and_transform_reference);

/// The add-only limits (`--limit-consumer-inactive`, `--limit-consumer-max-pending`,
/// `--persist-mode`) and placement (`--cluster`, `--tag`): the JSON natscli sends and the rows
/// of `stream info`.
async fn stream_limits_and_placement(kind: Kind) {
    let (srv, _store) = js_server(kind);
    let (cli, url) = (Cli::new(), srv.url());
    let client = srv.client().await;
    let out = ok(
        &cli,
        &url,
        &[
            "stream",
            "add",
            "L",
            "--subjects",
            "l",
            "--limit-consumer-inactive",
            "1m",
            "--limit-consumer-max-pending",
            "10",
            "--persist-mode",
            "async",
            "--defaults",
        ],
    );
    assert_has(
        &out,
        &[
            "Persistence Mode: Async",
            "Consumer Inactive Threshold: 1m0s",
            "Consumer Max Ack Pending: 10",
        ],
    );
    let info = api(&client, "$JS.API.STREAM.INFO.L").await;
    assert_eq!(info["config"]["persist_mode"], "async", "{info}");
    assert_eq!(
        info["config"]["consumer_limits"],
        serde_json::json!({"inactive_threshold": 60_000_000_000_i64, "max_ack_pending": 10})
    );
    // A consumer asking for more than the stream allows is refused by the server.
    let done = nats(
        &cli,
        &url,
        &[
            "consumer",
            "add",
            "L",
            "C",
            "--pull",
            "--max-pending",
            "20",
            "--defaults",
        ],
    );
    assert_ne!(done.code, Some(0), "{}", done.out);
    // `consumer add --pause`: created paused, as `consumer info` shows.
    let out = ok(
        &cli,
        &url,
        &[
            "consumer",
            "add",
            "L",
            "PC",
            "--pull",
            "--pause",
            "1h",
            "--defaults",
        ],
    );
    assert_has(&out, &["Paused Until Deadline:", "remaining)"]);
    let info = api(&client, "$JS.API.CONSUMER.INFO.L.PC").await;
    assert_eq!(info["paused"], true, "{info}");
    assert!(info["config"]["pause_until"].is_string(), "{info}");
    // `consumer copy --pause`: the copy of a running consumer starts paused.
    ok(
        &cli,
        &url,
        &["consumer", "add", "L", "NP", "--pull", "--defaults"],
    );
    let out = ok(
        &cli,
        &url,
        &["consumer", "copy", "L", "NP", "NP2", "--pause", "2h"],
    );
    assert_has(&out, &["Paused Until Deadline:"]);
    let info = api(&client, "$JS.API.CONSUMER.INFO.L.NP2").await;
    assert_eq!(info["paused"], true, "{info}");
    let done = nats(
        &cli,
        &url,
        &[
            "consumer",
            "add",
            "L",
            "PX",
            "--pull",
            "--pause",
            "soon",
            "--defaults",
        ],
    );
    assert_eq!(done.code, Some(1));
    assert!(
        done.err
            .contains("could not parse the pause time as either timestamp or duration"),
        "{}",
        done.err
    );
    // Placement: the JSON natscli would send, then the stream itself where the server places
    // a standalone stream (nats-server 2.14 does; rnats refuses placement until it does).
    let file = cli.config().join("pl.json");
    let file_arg = file.to_str().expect("utf-8 path");
    ok(
        &cli,
        &url,
        &[
            "stream",
            "add",
            "PL",
            "--subjects",
            "pl",
            "--cluster",
            "c1",
            "--tag",
            "a",
            "--tag",
            "b",
            "--defaults",
            "--output",
            file_arg,
        ],
    );
    let written: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).expect("config file")).expect("json");
    assert_eq!(
        written["placement"],
        serde_json::json!({"cluster": "c1", "tags": ["a", "b"]})
    );
    let done = nats(&cli, &url, &["stream", "add", "PL", "--config", file_arg]);
    if kind == Kind::Reference || done.code == Some(0) {
        assert_eq!(done.code, Some(0), "{}", done.err);
        assert_has(
            &done.out,
            &["Placement Cluster: c1", "Placement Tags: a, b"],
        );
        let out = ok(&cli, &url, &["stream", "report"]);
        assert_has(&out, &["cluster: c1 tags: a, b"]);
        let out = ok(
            &cli,
            &url,
            &["stream", "edit", "PL", "--cluster", "", "--tag", "", "-f"],
        );
        assert!(!out.contains("Placement"), "{out}");
    } else {
        assert!(done.err.contains("placement"), "{}", done.err);
    }
}
server_test!(stream_limits_and_placement => stream_limits_and_placement_rnats, stream_limits_and_placement_reference);
