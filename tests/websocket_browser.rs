//! WebSocket clients that are not Rust: Node's nats.ws (with the `ws` package) and a real
//! browser (headless Chromium driven by playwright-core) loading a page that uses the nats.ws
//! bundle, each against rnats and the reference nats-server. Both publish to themselves and ask
//! a service answered by an async-nats client over TCP, with permessage-deflate on.
//!
//! Needs node, `npm ci --prefix tests/browser` and Chromium (`.ci/run` installs them). Without
//! them the tests skip with a message, unless `RNATS_REQUIRE_BROWSER=1` (set by `.ci/run`),
//! where a missing piece fails the test.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use futures::StreamExt;

use crate::util::{run_bounded, server_test, Kind};
use crate::websocket::start_ws;

fn browser_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser")
}

/// Whether `what` is available; otherwise a skip message, or a failure when required.
fn have(ok: bool, what: &str) -> bool {
    if ok {
        return true;
    }
    if std::env::var("RNATS_REQUIRE_BROWSER").is_ok_and(|v| v == "1") {
        panic!("{what} is missing and RNATS_REQUIRE_BROWSER=1");
    }
    eprintln!("skipping: {what} is missing (run `npm ci --prefix tests/browser`; apt-get install chromium)");
    false
}

fn node_ready() -> bool {
    let node = Command::new("node")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    have(node, "node")
        && have(
            browser_dir().join("node_modules/nats.ws").exists(),
            "tests/browser/node_modules",
        )
}

fn chromium() -> PathBuf {
    std::env::var_os("CHROMIUM")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/bin/chromium"))
}

/// Starts a server with a compressed WebSocket listener and a TCP service `svc.upper`.
async fn with_service(
    kind: Kind,
    js: bool,
    run: impl FnOnce(String) -> std::process::Output + Send + 'static,
) {
    let dir = tempfile::tempdir().expect("tempdir");
    let conf = "websocket { host: 127.0.0.1, port: -1, no_tls: true, compression: true }\n";
    let store = dir.path().join("js");
    let mut extra = vec![];
    if js {
        extra = vec!["-js", "-sd", store.to_str().expect("utf8")];
    }
    let (server, port) = start_ws(kind, conf, dir.path(), &extra);
    let tcp = server.client().await;
    let mut svc = tcp.subscribe("svc.upper").await.expect("subscribe");
    crate::util::sync(&tcp).await;
    let responder = tcp.clone();
    let task = tokio::spawn(async move {
        while let Some(m) = svc.next().await {
            if let Some(reply) = m.reply {
                let up = String::from_utf8_lossy(&m.payload).to_uppercase();
                responder.publish(reply, up.into()).await.expect("reply");
                responder.flush().await.expect("flush");
            }
        }
    });
    let url = format!("ws://127.0.0.1:{port}");
    let out = tokio::task::spawn_blocking(move || run(url))
        .await
        .expect("runner");
    task.abort();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && stdout.starts_with("PASS"),
        "{kind:?}: {stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

async fn node_nats_ws(kind: Kind) {
    if !node_ready() {
        return;
    }
    with_service(kind, true, |url| {
        let mut c = Command::new("node");
        c.arg(browser_dir().join("node_client.mjs"))
            .arg(url)
            .arg("jetstream");
        let out = run_bounded(c, Duration::from_secs(30));
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(stdout.trim() == "PASS from-node HELLO 1", "{stdout}");
        out
    })
    .await;
}
server_test!(node_nats_ws => node_nats_ws_rnats, node_nats_ws_reference);

async fn browser(kind: Kind) {
    if !node_ready() || !have(chromium().exists(), "chromium") {
        return;
    }
    with_service(kind, false, |url| {
        let mut c = Command::new("node");
        c.arg(browser_dir().join("browser.mjs"))
            .arg(url)
            .env("CHROMIUM", chromium());
        let out = run_bounded(c, Duration::from_secs(60));
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(stdout.trim() == "PASS FROM BROWSER", "{stdout}");
        out
    })
    .await;
}
server_test!(browser => browser_rnats, browser_reference);
