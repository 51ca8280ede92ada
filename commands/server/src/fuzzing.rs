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
    ("nkeys", nkeys),
    ("jwt", jwt),
    ("creds", creds),
    ("websocket", websocket),
    ("transform", transform),
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
            let _ = rnats_proto::kit::format::parse_duration(&text);
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
/// `jetstream::store::file::fuzz`), on the in-memory simulated filesystem, with the store's
/// writer run inline: no file, fsync or thread per input.
pub fn filestore_recover(data: &[u8]) {
    crate::jetstream::store::file::fuzz::recover_from(data);
}

/// Nkey decoding: the bytes as a public key or seed text (mode byte even), or as a prefix
/// byte and 32 key bytes encoded with a correct checksum, then cut or altered at a place the
/// input picks (odd), so the decoders see both noise and near-misses. What decodes must encode
/// back to itself, and a seed's key pair must verify its own signature.
pub fn nkeys(data: &[u8]) {
    use rnats_proto::nkeys::{self, KeyPair, KeyRole};
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let text = if mode & 1 == 0 {
        String::from_utf8_lossy(rest).into_owned()
    } else {
        near_miss_nkey(mode, rest)
    };
    if let Ok((role, key)) = nkeys::decode_public(&text) {
        assert_eq!(
            nkeys::encode_public(role, &key),
            text,
            "public key round trip"
        );
        assert!(nkeys::is_valid_public_key(&text, Some(role)));
        let _ = nkeys::verify(&text, rest, rest.get(..64).unwrap_or(rest));
    }
    if let Ok((role, seed)) = nkeys::decode_seed(&text) {
        let again = nkeys::decode_seed(&nkeys::encode_seed(role, &seed));
        assert_eq!(again.ok(), Some((role, seed)), "seed round trip");
        let kp = KeyPair::from_seed(&text).expect("a decoded seed makes a key pair");
        if role != KeyRole::Curve {
            let sig = kp.sign(rest).expect("a signing key signs");
            kp.verify(rest, &sig).expect("own signature verifies");
            nkeys::verify(&kp.public_key(), rest, &sig).expect("verifies by public key");
        }
    }
    let _ = nkeys::is_valid_public_key(&text, None);
    // A signature check by a fixed, valid key over input-chosen message and signature.
    let (msg, sig) = rest.split_at(rest.len().saturating_sub(64));
    let fixed = fixture().user.public_key();
    assert!(
        nkeys::verify(&fixed, msg, sig).is_err(),
        "a signature nobody made verified"
    );
}

/// Base32 of `prefix ‖ 32 bytes ‖ crc16` (two prefix bytes for a seed), from `rest`, then
/// truncated or with one character replaced as `mode` says.
fn near_miss_nkey(mode: u8, rest: &[u8]) -> String {
    use data_encoding::BASE32_NOPAD;
    let mut raw: Vec<u8> = rest.iter().copied().take(34).collect();
    let body = if mode & 2 == 0 { 33 } else { 34 };
    raw.resize(body, 0);
    let crc = rnats_proto::nkeys::crc16(&raw);
    raw.extend_from_slice(&crc.to_le_bytes());
    let mut text = BASE32_NOPAD.encode(&raw).into_bytes();
    let at = usize::from(rest.get(34).copied().unwrap_or(0)) % (text.len() + 1);
    match mode >> 2 & 3 {
        1 => text.truncate(at),
        2 => {
            if let Some(c) = text.get_mut(at) {
                *c = rest.get(35).copied().unwrap_or(b'A');
            }
        }
        _ => {}
    }
    String::from_utf8_lossy(&text).into_owned()
}

/// Fixed keys for the `jwt`, `nkeys` and `creds` targets: an operator, an account it signed
/// and a user key (the seeds are constants, so runs are reproducible).
struct Fixture {
    operator: rnats_proto::KeyPair,
    account: rnats_proto::KeyPair,
    user: rnats_proto::KeyPair,
    operator_jwt: String,
    account_jwt: String,
}

fn fixture() -> &'static Fixture {
    use rnats_proto::jwt::{AccountClaims, OperatorClaims};
    use rnats_proto::{KeyPair, KeyRole};
    static FIXTURE: std::sync::OnceLock<Fixture> = std::sync::OnceLock::new();
    FIXTURE.get_or_init(|| {
        let operator = KeyPair::from_raw_seed(KeyRole::Operator, [1; 32]);
        let account = KeyPair::from_raw_seed(KeyRole::Account, [2; 32]);
        let user = KeyPair::from_raw_seed(KeyRole::User, [3; 32]);
        let operator_jwt = OperatorClaims::new(&operator.public_key())
            .encode_at(&operator, 1)
            .expect("operator JWT");
        let account_jwt = AccountClaims::new_account(&account.public_key())
            .encode_at(&operator, 1)
            .expect("account JWT");
        Fixture {
            operator,
            account,
            user,
            operator_jwt,
            account_jwt,
        }
    })
}

/// JWT decoding and what the server makes of claims. The first byte picks: a token as text
/// (every typed decoder and [`rnats_proto::jwt::decode`]); claims JSON of each type taken
/// as is (account claims into an operator trust, accounts built from them, imports checked
/// against activations; user permissions and connect windows); or claims JSON signed by the
/// fixture's keys, so decoding gets past the signature: an account JWT added to the trust, a
/// user JWT authenticated with a signed nonce.
pub fn jwt(data: &[u8]) {
    use rnats_proto::jwt::{self, AccountClaims, ActivationClaims, OperatorClaims, UserClaims};
    let Some((&mode, body)) = data.split_first() else {
        return;
    };
    let fx = fixture();
    let trust = || {
        crate::auth::operator::OperatorTrust::build(
            std::slice::from_ref(&fx.operator_jwt),
            &[(fx.account.public_key(), fx.account_jwt.clone())],
        )
        .expect("fixture trust")
    };
    match mode % 4 {
        0 => {
            let text = String::from_utf8_lossy(body);
            if let Ok(c) = jwt::decode(&text) {
                let _ = (c.claim_type(), c.to_value(), c.data().hash());
            }
            let _ = OperatorClaims::decode(&text);
            let _ = AccountClaims::decode(&text);
            let _ = UserClaims::decode(&text);
            let _ = ActivationClaims::decode(&text);
        }
        1 => {
            let now = jwt::unix_now();
            if let Ok(ac) = serde_json::from_slice::<AccountClaims>(body) {
                let mut t = trust();
                let _ = (ac.data.check_times(now), ac.is_revoked("U", now));
                t.accounts.insert(ac.data.subject.clone(), ac);
                let _ = t.account_configs();
            }
            if let Ok(uc) = serde_json::from_slice::<UserClaims>(body) {
                let limits = &uc.nats.perms;
                let _ = crate::auth::operator::permissions_config(&limits.permissions);
                let _ = crate::auth::operator::connect_window(
                    &limits.limits.times,
                    &limits.limits.locale,
                    chrono::Utc::now(),
                );
            }
            if let Ok(oc) = serde_json::from_slice::<OperatorClaims>(body) {
                let t = crate::auth::operator::OperatorTrust {
                    operators: vec![oc],
                    ..Default::default()
                };
                let _ = (t.operator_keys(), t.system_account());
            }
        }
        2 => {
            let Ok(mut ac) = serde_json::from_slice::<AccountClaims>(body) else {
                return;
            };
            let Ok(token) = ac.encode_at(&fx.operator, 1) else {
                return;
            };
            let back = AccountClaims::decode(&token).expect("a signed account JWT decodes");
            assert_eq!(back, ac, "account claims round trip");
            let mut t = trust();
            if t.insert_account(&ac.data.subject, &token).is_ok() {
                let _ = t.account_configs();
            }
        }
        _ => {
            let Ok(mut uc) = serde_json::from_slice::<UserClaims>(body) else {
                return;
            };
            uc.data.subject = fx.user.public_key();
            let Ok(token) = uc.encode_at(&fx.account, 1) else {
                return;
            };
            let back = UserClaims::decode(&token).expect("a signed user JWT decodes");
            assert_eq!(back, uc, "user claims round trip");
            let nonce = b"fuzz-nonce";
            let sig = fx.user.sign(nonce).expect("sign nonce");
            let connect = rnats_proto::ConnectInfo {
                jwt: Some(token),
                sig: Some(data_encoding::BASE64URL_NOPAD.encode(&sig)),
                ..Default::default()
            };
            let _ = trust().authenticate(
                &connect,
                Some(nonce),
                crate::auth::authn::ConnectionType::Standard,
            );
        }
    }
}

/// `.creds` and seed-file parsing; credentials that parse are written out again the way nsc
/// writes them and must parse back to the same JWT and key.
pub fn creds(data: &[u8]) {
    use rnats_proto::client::auth::{parse_creds, parse_seed_file};
    let text = String::from_utf8_lossy(data);
    let _ = parse_seed_file(&text);
    let Ok(c) = parse_creds(&text) else {
        return;
    };
    let mut again = rnats_proto::jwt::decorate_jwt("user", &c.jwt);
    again.push_str(&rnats_proto::jwt::decorate_seed(&c.key.seed()).unwrap_or_default());
    if let Ok(c2) = parse_creds(&again) {
        assert_eq!(c2.jwt, c.jwt, "creds JWT round trip");
        assert_eq!(
            c2.key.public_key(),
            c.key.public_key(),
            "creds key round trip"
        );
    }
}

/// The WebSocket frame decoder (odd first byte) and the HTTP upgrade request check (even);
/// see [`crate::websocket::fuzz_frames`] and [`crate::websocket::fuzz_upgrade`].
pub fn websocket(data: &[u8]) {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    if mode & 1 == 1 {
        crate::websocket::fuzz_frames(rest);
    } else {
        crate::websocket::fuzz_upgrade(rest);
    }
}

/// Subject transforms: lines `source`, `destination`, `subject` (missing ones empty), built
/// plain and strict, applied, and reversed.
pub fn transform(data: &[u8]) {
    use crate::transform::SubjectTransform;
    let text = String::from_utf8_lossy(data);
    let mut lines = text.splitn(3, '\n');
    let (src, dest, subject) = (
        lines.next().unwrap_or_default(),
        lines.next().unwrap_or_default(),
        lines.next().unwrap_or_default().as_bytes(),
    );
    for t in [
        SubjectTransform::new(src, dest),
        SubjectTransform::new_strict(src, dest),
    ]
    .into_iter()
    .flatten()
    {
        let _ = (t.matches(subject), t.transform(subject));
        if let Some(out) = t.apply(subject) {
            assert!(t.matches(subject), "applied to a subject it does not match");
            if let Some(r) = t.reverse() {
                let _ = r.apply(&out);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue 16: every fuzz target's function over its checked-in seed corpus (and whatever
    /// regression inputs were added there), so CI runs them without a nightly toolchain.
    /// `RNATS_FUZZ_CORPUS=<dir>` replays `<dir>/<target>/` instead, e.g. the corpora a
    /// campaign grew in `fuzz/work/`, on stable and with debug assertions.
    #[test]
    fn fuzz_targets_over_seed_corpora() {
        let replay = std::env::var_os("RNATS_FUZZ_CORPUS");
        let root = match &replay {
            Some(dir) => std::path::PathBuf::from(dir),
            None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/corpus"),
        };
        for (name, run) in TARGETS {
            let dir = root.join(name);
            if replay.is_some() && !dir.is_dir() {
                continue;
            }
            let mut n = 0;
            let entries =
                std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
            for entry in entries {
                let path = entry.expect("corpus entry").path();
                let data = std::fs::read(&path).expect("corpus file");
                run(&data);
                n += 1;
            }
            assert!(n > 0 || replay.is_some(), "{name}: empty seed corpus");
        }
    }
}
