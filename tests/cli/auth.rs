//! The CLI against servers that want credentials: `--user`/`--password`, `--token` and
//! `--nkey` log in to rnats and to nats-server alike, wrong credentials fail with the server's
//! `Authorization Violation`, and a denied publish or subscription is reported as nats.go
//! reports it (`nats: Permissions Violation for ...`). Also: bodies from stdin are bytes.

use super::{run, Cli, Proc};
use crate::util::{server_test, Kind, TestServer};
use rnats_proto::nkeys::{KeyPair, KeyRole};

/// A server whose config file (written into a temp dir kept alive by the caller) is `conf`.
fn start_with(kind: Kind, conf: &str) -> (TestServer, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("auth.conf");
    std::fs::write(&path, conf).expect("write conf");
    let server = TestServer::start(kind, &["-c", path.to_str().expect("utf-8 path")]);
    (server, dir)
}

server_test!(cli_user_password_and_nkey => cli_user_password_and_nkey_rnats, cli_user_password_and_nkey_reference);
async fn cli_user_password_and_nkey(kind: Kind) {
    let key = KeyPair::new(KeyRole::User).expect("nkey");
    let conf = format!(
        "authorization {{ users: [\n  {{user: app, password: s3cret, permissions: {{publish: {{deny: \"secret.>\"}}, subscribe: {{deny: \"hidden\"}}}}}}\n  {{nkey: {}}}\n] }}\n",
        key.public_key()
    );
    let (server, dir) = start_with(kind, &conf);
    let seed_file = dir.path().join("user.nk");
    std::fs::write(&seed_file, format!("{}\n", key.seed())).expect("write seed");
    let seed = seed_file.to_str().expect("utf-8 path");
    let url = server.url();
    let cli = Cli::new();

    // A reply service logged in with user/password answers a request made with the nkey.
    let reply = Proc::spawn(cli.rnats(&[
        "reply",
        "-s",
        &url,
        "--user",
        "app",
        "--password",
        "s3cret",
        "svc",
        "pong",
        "--count",
        "1",
    ]));
    reply.wait_stderr("Listening on");
    let done = run(cli.rnats(&["req", "-s", &url, "--nkey", seed, "svc", "ping"]));
    assert_eq!(done.code, Some(0), "{kind:?}: {}", done.err);
    assert!(done.out.contains("pong"), "{kind:?}: {}", done.out);
    let done = reply.finish();
    assert_eq!(done.code, Some(0), "{kind:?}: {}", done.err);

    // Wrong password and no credentials: the server's words, non-zero exit.
    for args in [
        &[
            "pub",
            "-s",
            &url,
            "--user",
            "app",
            "--password",
            "nope",
            "x",
            "y",
        ][..],
        &["pub", "-s", &url, "x", "y"][..],
    ] {
        let done = run(cli.rnats(args));
        assert_ne!(done.code, Some(0), "{kind:?} {args:?}");
        assert!(
            done.err.contains("Authorization Violation"),
            "{kind:?} {args:?}: {}",
            done.err
        );
        assert!(!done.err.contains("nope"), "no password in the error");
    }

    // A denied publish is reported and does not reach subscribers.
    let done = run(cli.rnats(&[
        "pub",
        "-s",
        &url,
        "--user",
        "app",
        "--password",
        "s3cret",
        "secret.x",
        "hi",
    ]));
    assert!(
        done.err
            .contains("nats: Permissions Violation for Publish to \"secret.x\""),
        "{kind:?}: {}",
        done.err
    );
    let sub = Proc::spawn(cli.rnats(&[
        "sub",
        "-s",
        &url,
        "--user",
        "app",
        "--password",
        "s3cret",
        "hidden",
    ]));
    sub.wait_stderr("nats: Permissions Violation for Subscription to \"hidden\"");
}

server_test!(cli_token => cli_token_rnats, cli_token_reference);
async fn cli_token(kind: Kind) {
    let (server, _dir) = start_with(kind, "authorization { token: t0ken }\n");
    let url = server.url();
    let cli = Cli::new();
    let done = run(cli.rnats(&["pub", "-s", &url, "--token", "t0ken", "a", "b"]));
    assert_eq!(done.code, Some(0), "{kind:?}: {}", done.err);
    let done = run(cli.rnats(&["pub", "-s", &url, "--token", "wrong", "a", "b"]));
    assert_ne!(done.code, Some(0), "{kind:?}");
    assert!(
        done.err.contains("Authorization Violation"),
        "{kind:?}: {}",
        done.err
    );
    // The token in the URL works too, as in natscli.
    let port = server.port();
    let done = run(cli.rnats(&[
        "pub",
        "-s",
        &format!("nats://t0ken@127.0.0.1:{port}"),
        "a",
        "b",
    ]));
    assert_eq!(done.code, Some(0), "{kind:?}: {}", done.err);
}

server_test!(binary_bodies => binary_bodies_rnats, binary_bodies_reference);
/// Every byte value 0x00-0xFF goes through `pub` (stdin) → `sub --raw` and `req` (stdin) →
/// `reply --echo` exactly: stdin bodies are bytes and never templates.
async fn binary_bodies(kind: Kind) {
    let server = TestServer::start(kind, &["-m", "-1"]);
    let url = server.url();
    let cli = Cli::new();
    let base = super::subs_now(&server).await;
    let mut data: Vec<u8> = (0u8..=255).collect();
    data.extend_from_slice(b"{{Count}}\xff\xfe\0abc");

    let sub = Proc::spawn(cli.rnats(&["sub", "-s", &url, "bin.x", "--raw", "--count", "1"]));
    super::wait_subs(&server, base + 1).await;
    let done = super::run_with_stdin(cli.rnats(&["pub", "-s", &url, "bin.x"]), &data);
    assert_eq!(done.code, Some(0), "{kind:?}: {}", done.err);
    let got = sub.finish();
    assert!(
        got.raw_out.starts_with(&data),
        "{kind:?}: pub/sub changed the bytes: {:?}",
        &got.raw_out[..got.raw_out.len().min(300)]
    );

    let reply = Proc::spawn(cli.rnats(&["reply", "-s", &url, "bin.svc", "--echo", "--count", "1"]));
    reply.wait_stderr("Listening on");
    let done = super::run_with_stdin(cli.rnats(&["req", "-s", &url, "bin.svc", "--raw"]), &data);
    assert_eq!(done.code, Some(0), "{kind:?}: {}", done.err);
    assert!(
        done.raw_out.starts_with(&data),
        "{kind:?}: req/reply changed the bytes: {:?}",
        &done.raw_out[..done.raw_out.len().min(300)]
    );
}
