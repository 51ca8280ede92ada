//! The bodies of the cargo-fuzz targets in `fuzz/` (issue 16), one function per target, so the
//! fuzzer (nightly, `fuzz/run.sh`) and an ordinary unit test share them: the test below runs
//! every function over its seed corpus (`fuzz/corpus/<target>/`) on stable, in CI.
//!
//! Each function takes arbitrary bytes, runs them through code that decodes peer input (or, for
//! `conf` and `filestore_recover`, operator and disk input), and checks the few invariants that
//! must hold whatever the bytes; a panic anywhere is a finding.

use std::path::Path;

use bytes::BytesMut;
use rnats_proto::jetstream::{ConsumerConfig, StreamConfig};
use rnats_proto::{next_client_op, HeaderMap, ParseLimits, ServerOp};

use crate::jetstream::config::StreamConfigExt;
use crate::jetstream::consumer::ConsumerConfigExt;

/// A target's body.
pub type Target = fn(&[u8]);

/// Every target, by the name of its `fuzz/fuzz_targets/<name>.rs` and corpus directory.
pub const TARGETS: &[(&str, Target)] = &[
    ("client_proto", client_proto),
    ("server_proto", server_proto),
    ("headers", headers),
    ("conf", conf),
    ("js_api", js_api),
    ("consumer_state", consumer_state),
    ("filestore_recover", filestore_recover),
];

/// The server's client-protocol parser over a byte stream, with default and tiny limits.
pub fn client_proto(data: &[u8]) {
    for limits in [
        ParseLimits::default(),
        ParseLimits {
            max_control_line: 16,
            max_payload: 8,
        },
    ] {
        let mut rest = data;
        while let Ok(Some((_op, used))) = next_client_op(rest, &limits) {
            assert!(
                used > 0 && used <= rest.len(),
                "op used {used} of {}",
                rest.len()
            );
            rest = &rest[used..];
        }
    }
}

/// The client side: server ops (`INFO`, `MSG`, `HMSG`, `-ERR`, ...) with header decoding.
pub fn server_proto(data: &[u8]) {
    for max_payload in [1 << 20, 8] {
        let mut buf = BytesMut::from(data);
        loop {
            let before = buf.len();
            match ServerOp::parse(&mut buf, max_payload) {
                Ok(Some(_)) => assert!(buf.len() < before, "an op consumed nothing"),
                Ok(None) => {
                    assert_eq!(buf.len(), before, "need-more consumed bytes");
                    break;
                }
                Err(_) => break,
            }
        }
    }
}

/// A header block, and the same block re-encoded when it parsed.
pub fn headers(data: &[u8]) {
    let Ok(h) = HeaderMap::parse(data) else {
        return;
    };
    let _ = (h.status(), h.description(), h.len());
    for (k, _) in h.iter() {
        let _ = h.get(k);
        let _ = h.get_ignore_case(k);
    }
    let _ = rnats_proto::headers::slice_header(data, b"Nats-Msg-Id");
}

/// The NATS conf parser and the options built from what it parsed. Inputs that `include`
/// other files are skipped: they would read whatever path the fuzzer names.
pub fn conf(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    if text.contains("include") {
        return;
    }
    let origin = Path::new("/nonexistent/rnats-fuzz/fuzz.conf");
    if let Ok(map) = crate::conf::parse_str(&text, origin) {
        let mut opts = crate::options::Options::default();
        let _ = crate::config::apply(&mut opts, &map);
    }
}

/// JetStream API request decoding: the first byte picks stream config, consumer config, pull
/// request, message get request or a `Nats-TTL` value; the rest is the body.
pub fn js_api(data: &[u8]) {
    let Some((&which, body)) = data.split_first() else {
        return;
    };
    match which % 5 {
        0 => {
            let Ok(cfg) = serde_json::from_slice::<StreamConfig>(body) else {
                return;
            };
            if let Ok(n) = cfg.normalize() {
                let _ = n.limits();
                let _ = n.storage_kind();
                let _ = n.check_update(&n);
                let _ = serde_json::to_vec(&n);
            }
        }
        1 => {
            let Ok(cfg) = serde_json::from_slice::<ConsumerConfig>(body) else {
                return;
            };
            if let Ok(n) = cfg.normalize() {
                let _ = n.check_update(&n, false);
                let _ = serde_json::to_vec(&n);
            }
        }
        2 => {
            let plain = ConsumerConfig {
                max_waiting: 512,
                ..ConsumerConfig::default()
            };
            let limited = ConsumerConfig {
                max_batch: 10,
                max_expires: 1_000_000_000,
                max_bytes: 1024,
                max_waiting: 1,
                ..ConsumerConfig::default()
            };
            crate::jetstream::consumer::fuzz_pull_request(body, &plain);
            crate::jetstream::consumer::fuzz_pull_request(body, &limited);
        }
        3 => {
            let _ = serde_json::from_slice::<crate::jetstream::stream::MsgGetRequest>(body);
        }
        _ => {
            let text = String::from_utf8_lossy(body);
            let _ = crate::jetstream::stream::parse_ttl(&text);
            let _ = crate::conf::parse_duration(&text);
        }
    }
}

/// Consumer state files: the bytes as a body with a correct checksum appended (random bytes
/// would only ever fail the checksum), decoded, and re-encoded when they decode.
pub fn consumer_state(data: &[u8]) {
    use crate::jetstream::store::ConsumerState;
    let mut buf = data.to_vec();
    buf.extend_from_slice(&crc32c::crc32c(data).to_le_bytes());
    if let Ok(st) = ConsumerState::decode(&buf) {
        let again = ConsumerState::decode(&st.encode()).expect("an encoded state decodes");
        assert_eq!(again.encode(), st.encode(), "state round trip");
        let _ = st.is_consistent();
    }
    let _ = ConsumerState::decode(data);
}

/// File-store recovery from one segment made of the bytes (see
/// `jetstream::store::file::fuzz`), in a fresh temporary directory.
pub fn filestore_recover(data: &[u8]) {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let dir = std::env::temp_dir().join(format!(
        "rnats-fuzz-{}-{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    crate::jetstream::store::file::fuzz::recover_from(data, &dir);
    let _ = std::fs::remove_dir_all(&dir);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue 16: every fuzz target's function over its checked-in seed corpus (and whatever
    /// regression inputs were added there), so CI runs them without a nightly toolchain.
    #[test]
    fn fuzz_targets_over_seed_corpora() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/corpus");
        for (name, run) in TARGETS {
            let dir = root.join(name);
            let mut n = 0;
            let entries =
                std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
            for entry in entries {
                let path = entry.expect("corpus entry").path();
                let data = std::fs::read(&path).expect("corpus file");
                run(&data);
                n += 1;
            }
            assert!(n > 0, "{name}: empty seed corpus");
        }
    }
}
