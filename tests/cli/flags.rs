//! natscli flags that only act on a terminal or on a live subscription, end to end against
//! rnats and the reference nats-server: `stream view --since`, `stream info/state
//! --no-select`, `consumer sub --deliver-group` and natscli's questions about a `stream add
//! --mirror`/`--source` start, filter and origin. Terminal runs go through util-linux
//! `script`, which gives the child a pseudo-terminal; without it those checks are skipped
//! with a message.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use super::{run, run_with_stdin, Cli, Done, Proc, RNATS};
use crate::util::{server_test, Kind, TestServer};

/// A JetStream server on a fresh store directory (dropped after the server).
fn js_server(kind: Kind) -> (TestServer, tempfile::TempDir) {
    let store = tempfile::tempdir().expect("store dir");
    let dir = store.path().to_str().expect("utf-8 path").to_string();
    (TestServer::start(kind, &["-js", "-sd", &dir]), store)
}

/// `rnats -s URL ARGS...`, which must succeed.
fn ok(cli: &Cli, url: &str, args: &[&str]) -> String {
    let mut all = vec!["-s", url];
    all.extend_from_slice(args);
    let done: Done = run(cli.rnats(&all));
    assert_eq!(done.code, Some(0), "{args:?}: {}{}", done.err, done.out);
    done.out
}

/// Single-quotes `s` for `sh`.
fn quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}

/// `rnats -s URL ARGS...` on a pseudo-terminal (`script -qec`) typing `input`: exit code and
/// everything the terminal showed. `None` when `script` is missing.
fn on_terminal(cli: &Cli, url: &str, args: &[&str], input: &str) -> Option<(i32, String)> {
    let found = Command::new("script")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !found {
        eprintln!("skipping terminal checks: util-linux `script` is not installed");
        return None;
    }
    let mut line = vec![quote(RNATS), "-s".into(), quote(url)];
    line.extend(args.iter().map(|a| quote(a)));
    // The environment is the one `Cli` gives every child (no NATS_*, private config home).
    let base = cli.rnats(&[]);
    let mut cmd = Command::new("script");
    cmd.args(["-qec", &line.join(" "), "/dev/null"]);
    for (k, v) in base.get_envs() {
        match v {
            Some(v) => cmd.env(k, v),
            None => cmd.env_remove(k),
        };
    }
    let done = run_with_stdin(cmd, input.as_bytes());
    Some((done.code.unwrap_or(-1), done.out.replace('\r', "")))
}

/// `stream view --since`: only messages stored within the duration; `--no-select` refuses to
/// pick a stream on a terminal where `stream info` alone picks the only one.
async fn view_since_and_no_select(kind: Kind) {
    let (srv, _store) = js_server(kind);
    let (cli, url) = (Cli::new(), srv.url());
    let client = srv.client().await;
    ok(
        &cli,
        &url,
        &["stream", "add", "V", "--subjects", "v", "--defaults"],
    );
    let js = async_nats::jetstream::new(client.clone());
    for body in ["old1", "old2"] {
        js.publish("v", body.into())
            .await
            .expect("publish")
            .await
            .expect("ack");
    }
    tokio::time::sleep(Duration::from_millis(1500)).await;
    js.publish("v", "new".into())
        .await
        .expect("publish")
        .await
        .expect("ack");
    let Some((code, out)) = on_terminal(&cli, &url, &["stream", "view", "V", "--since", "1s"], "")
    else {
        return;
    };
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("[3] Subject: v Received: "), "{out}");
    assert!(out.contains("new"), "{out}");
    assert!(!out.contains("old"), "{out}");
    let Some((code, out)) = on_terminal(&cli, &url, &["stream", "view", "V", "--since", "1h"], "")
    else {
        return;
    };
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("[1] Subject: v") && out.contains("old2"),
        "{out}"
    );
    let Some((code, out)) = on_terminal(&cli, &url, &["stream", "info"], "") else {
        return;
    };
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("Information for Stream V"), "{out}");
    for cmd in ["info", "state"] {
        let Some((code, out)) = on_terminal(&cli, &url, &["stream", cmd, "--no-select"], "") else {
            return;
        };
        assert_eq!(code, 1, "{out}");
        assert!(
            out.contains("nats: error: could not pick a Stream to operate on: unknown stream \"\""),
            "{out}"
        );
    }
}
server_test!(view_since_and_no_select => view_since_and_no_select_rnats, view_since_and_no_select_reference);

/// `consumer sub --deliver-group`: a push consumer delivering to a queue group is read
/// through that group.
async fn sub_deliver_group(kind: Kind) {
    let (srv, _store) = js_server(kind);
    let (cli, url) = (Cli::new(), srv.url());
    let client = srv.client().await;
    ok(
        &cli,
        &url,
        &["stream", "add", "Q", "--subjects", "q", "--defaults"],
    );
    ok(
        &cli,
        &url,
        &[
            "consumer",
            "add",
            "Q",
            "PUSH",
            "--target",
            "dlv.q",
            "--deliver-group",
            "G",
            "--defaults",
        ],
    );
    let js = async_nats::jetstream::new(client.clone());
    js.publish("q", "grouped".into())
        .await
        .expect("publish")
        .await
        .expect("ack");
    let proc = Proc::spawn(cli.rnats(&[
        "-s",
        &url,
        "consumer",
        "sub",
        "Q",
        "PUSH",
        "--deliver-group",
        "G",
        "--raw",
    ]));
    let deadline = Instant::now() + Duration::from_secs(10);
    while !proc.stdout_text().contains("grouped") {
        assert!(
            Instant::now() < deadline,
            "nothing delivered; stderr: {}",
            proc.stderr_text()
        );
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    let info: serde_json::Value = serde_json::from_slice(
        &client
            .request("$JS.API.CONSUMER.INFO.Q.PUSH", "".into())
            .await
            .expect("info")
            .payload,
    )
    .expect("json");
    assert_eq!(info["config"]["deliver_group"], "G", "{info}");
}
server_test!(sub_deliver_group => sub_deliver_group_rnats, sub_deliver_group_reference);

/// The flags every non-default `stream add` question needs, so only the sourcing questions
/// are asked.
const ADD_FLAGS: &[&str] = &[
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
];

/// `stream add --source` and `--mirror` without `--defaults` ask natscli's questions on a
/// terminal: a start sequence and a filter for the source, an origin domain for the mirror.
async fn source_questions(kind: Kind) {
    let (srv, _store) = js_server(kind);
    let (cli, url) = (Cli::new(), srv.url());
    let client = srv.client().await;
    ok(
        &cli,
        &url,
        &["stream", "add", "O", "--subjects", "o.>", "--defaults"],
    );
    let mut args = vec!["stream", "add", "S", "--source", "O"];
    args.extend_from_slice(ADD_FLAGS);
    // durable? no; adjust start? yes: sequence 2, no time; filter? yes: o.a untransformed,
    // done; other domain? no; other account? no.
    let Some((code, out)) = on_terminal(&cli, &url, &args, "n\ny\n2\n\ny\no.a\n\n\nn\nn\n") else {
        return;
    };
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("? Adjust source \"O\" start (y/N)"), "{out}");
    let info: serde_json::Value = serde_json::from_slice(
        &client
            .request("$JS.API.STREAM.INFO.S", "".into())
            .await
            .expect("info")
            .payload,
    )
    .expect("json");
    assert_eq!(
        info["config"]["sources"],
        serde_json::json!([{"name": "O", "opt_start_seq": 2,
            "subject_transforms": [{"src": "o.a", "dest": ""}]}]),
        "{info}"
    );
    let mut args = vec!["stream", "add", "M", "--mirror", "O"];
    args.extend_from_slice(ADD_FLAGS);
    // durable? no; adjust start? no; filter? no; other domain? yes: hub, no delivery prefix.
    let Some((code, out)) = on_terminal(&cli, &url, &args, "n\nn\nn\ny\nhub\n\n") else {
        return;
    };
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("Mirror: O, API Prefix: $JS.hub.API"), "{out}");
}
server_test!(source_questions => source_questions_rnats, source_questions_reference);
