//! The official Python client, nats-py, unchanged, against rnats and the reference
//! nats-server: `tests/python/js_smoke.py` drives JetStream (streams, publish with dedupe and
//! expectations, pull consumers with NAK redelivery, push and ordered consumers, message get,
//! purge, delete), and `tests/python/tls_smoke.py` connects over mutual TLS (and is refused
//! without a client certificate). Needs `python3` with nats-py (`.ci/run` installs it); elsewhere the test
//! skips with a message, except under `CI=true`, where a missing nats-py is a failure.

use std::process::Command;

use crate::util::{server_test, Kind, TestServer};

/// Whether `python3 -c "import nats"` works.
pub(crate) fn nats_py_available() -> bool {
    let ok = Command::new("python3")
        .args(["-c", "import nats.js"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "nats-py is not installed (python3 -m pip install --user nats-py); CI must have it"
        );
        eprintln!(
            "skipping: python3 with nats-py not found (python3 -m pip install --user nats-py)"
        );
    }
    ok
}

async fn python_jetstream_smoke(kind: Kind) {
    if !nats_py_available() {
        return;
    }
    let store = tempfile::tempdir().expect("store dir");
    let dir = store.path().to_str().expect("utf-8 path");
    let srv = TestServer::start(kind, &["-js", "-sd", dir]);
    let script = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/python/js_smoke.py");
    let url = srv.url();
    let out = tokio::task::spawn_blocking(move || {
        Command::new("python3")
            .arg(script)
            .arg(url)
            .output()
            .expect("run python3")
    })
    .await
    .expect("python task");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success() && stdout.trim() == "ok",
        "nats-py JetStream smoke test failed against {kind:?}:\n{stdout}\n{stderr}"
    );
}
server_test!(python_jetstream_smoke => python_jetstream_smoke_rnats, python_jetstream_smoke_reference);

async fn python_mutual_tls(kind: Kind) {
    if !nats_py_available() {
        return;
    }
    let dir = tempfile::tempdir().expect("dir");
    let certs = crate::util::certs::Certs::make(dir.path());
    let conf = dir.path().join("tls.conf");
    std::fs::write(&conf, certs.tls_block("verify: true")).expect("write conf");
    let srv = TestServer::start(kind, &["-c", conf.to_str().expect("utf-8 path")]);
    let script = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/python/tls_smoke.py");
    let url = format!("tls://127.0.0.1:{}", srv.port());
    let args: Vec<String> = [&certs.ca, &certs.client_cert, &certs.client_key]
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    let out = tokio::task::spawn_blocking(move || {
        Command::new("python3")
            .arg(script)
            .arg(url)
            .args(args)
            .output()
            .expect("run python3")
    })
    .await
    .expect("python task");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success() && stdout.trim() == "ok",
        "nats-py mutual TLS failed against {kind:?}:\n{stdout}\n{stderr}"
    );
}
server_test!(python_mutual_tls => python_mutual_tls_rnats, python_mutual_tls_reference);
