//! The official NATS C client (cnats 3.4, Debian's `libnats-dev`) against rnats and the
//! reference nats-server: `tests/c/js_push.c` runs push consumers (`js_Subscribe` with a
//! callback, `js_SubscribeSync`), an ordered consumer, a pull subscription, and KV watch and
//! history, each over stored and live messages (issue 17, item 13).
//!
//! The test compiles the program with `cc ... -lnats`. Without a C compiler or the library it
//! skips with a message, unless `RNATS_REQUIRE_CNATS=1` (set by `.ci/run` after installing
//! `libnats-dev`), where a missing piece fails the test.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use crate::util::{run_bounded, server_test, Kind, TestServer};

/// Builds `tests/c/js_push.c` into `dir`; `None` (after a skip message) when the compiler or
/// libnats is missing and not required.
fn build_program(dir: &Path) -> Option<PathBuf> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/c/js_push.c");
    let exe = dir.join("js_push");
    let out = Command::new("cc")
        .arg("-o")
        .arg(&exe)
        .arg(&src)
        .args(["-lnats", "-lpthread"])
        .output();
    match out {
        Ok(o) if o.status.success() => Some(exe),
        other => {
            let why = match other {
                Ok(o) => String::from_utf8_lossy(&o.stderr).into_owned(),
                Err(e) => format!("cc: {e}"),
            };
            assert!(
                std::env::var("RNATS_REQUIRE_CNATS").as_deref() != Ok("1"),
                "cannot build the C client test and RNATS_REQUIRE_CNATS=1:\n{why}"
            );
            eprintln!(
                "skipping: cannot build against the C client (apt-get install libnats-dev): {why}"
            );
            None
        }
    }
}

async fn c_client_jetstream(kind: Kind) {
    let dir = tempfile::tempdir().expect("tempdir");
    let Some(exe) = build_program(dir.path()) else {
        return;
    };
    let store = dir.path().join("js");
    let srv = TestServer::start(kind, &["-js", "-sd", store.to_str().expect("utf-8 path")]);
    let url = srv.url();
    let out = tokio::task::spawn_blocking(move || {
        let mut c = Command::new(exe);
        c.arg(url);
        run_bounded(c, Duration::from_secs(40))
    })
    .await
    .expect("C client task");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && stdout.trim() == "ok",
        "{kind:?}: the C client failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
server_test!(c_client_jetstream => c_client_jetstream_rnats, c_client_jetstream_reference);
