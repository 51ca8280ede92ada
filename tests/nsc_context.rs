//! `rnats nsc generate context` (a natscli context naming the user's creds, as nsc writes it)
//! used by `rnats --context`, and `rnats nsc edit signing-key` (scoped signing keys), against
//! rnats and the reference nats-server.

use std::process::Command;
use std::time::Duration;

use futures::StreamExt as _;

use crate::nsc::{start_operator_mode, Nsc};
use crate::util::{run_bounded, server_test, Kind};

const RNATS: &str = env!("CARGO_BIN_EXE_rnats");

/// `rnats ARGS` with `XDG_CONFIG_HOME` (natscli's context store) inside the nsc home.
fn rnats_cli(nsc: &Nsc, args: &[&str]) -> Command {
    let mut cmd = Command::new(RNATS);
    cmd.args(args)
        .env("XDG_CONFIG_HOME", nsc.home().join("xdg"))
        .env_remove("NATS_CONTEXT")
        .env_remove("NATS_URL");
    cmd
}

fn nsc_with_xdg(nsc: &Nsc, args: &[&str]) -> std::process::Output {
    let mut cmd = rnats_cli(nsc, &["nsc", "-H", nsc.home().to_str().expect("utf8")]);
    cmd.args(args).env_remove("NKEYS_PATH");
    run_bounded(cmd, Duration::from_secs(10))
}

async fn generated_context_connects(kind: Kind) {
    let nsc = Nsc::standard();
    let srv = start_operator_mode(kind, &nsc);
    nsc.ok(&["edit", "operator", "--service-url", &srv.url()]);
    let out = nsc_with_xdg(
        &nsc,
        &[
            "generate",
            "context",
            "-a",
            "A",
            "-u",
            "U",
            "--context",
            "ctx",
        ],
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    let file = nsc.home().join("xdg/nats/context/ctx.json");
    assert!(stderr.contains(file.to_str().expect("utf8")), "{stderr}");
    assert!(
        stderr.contains("[ OK ] wrote nats cli context file to `"),
        "{stderr}"
    );
    let text = std::fs::read_to_string(&file).expect("context file");
    let want = format!(
        r#"{{"nsc":"nsc://O/A/U","url":"{}","creds":"{}"}}"#,
        srv.url(),
        nsc.creds("A", "U").display()
    );
    assert_eq!(text, want);

    // The context's creds authenticate `rnats pub`.
    let client = async_nats::ConnectOptions::with_credentials_file(nsc.creds("A", "U"))
        .await
        .expect("creds")
        .connect(srv.url())
        .await
        .expect("connect");
    let mut sub = client.subscribe("a.ctx").await.expect("sub");
    client.flush().await.expect("flush");
    let out = run_bounded(
        rnats_cli(&nsc, &["pub", "--context", "ctx", "a.ctx", "via-context"]),
        Duration::from_secs(10),
    );
    assert!(
        out.status.success(),
        "{kind:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let msg = tokio::time::timeout(Duration::from_secs(5), sub.next())
        .await
        .expect("message in time")
        .expect("message");
    assert_eq!(&msg.payload[..], b"via-context");

    // `rnats sub --context` receives.
    let mut child = rnats_cli(&nsc, &["sub", "--context", "ctx", "a.back", "--count", "1"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn sub");
    let deadline = std::time::Instant::now() + Duration::from_secs(5);
    let status = loop {
        client.publish("a.back", "back".into()).await.expect("pub");
        client.flush().await.expect("flush");
        if let Some(st) = child.try_wait().expect("wait") {
            break st;
        }
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            panic!("{kind:?}: rnats sub --context received nothing");
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    let out = child.wait_with_output().expect("output");
    assert!(status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("back"),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}
server_test!(generated_context_connects => generated_context_connects_rnats, generated_context_connects_reference);

#[test]
fn generate_context_errors() {
    let nsc = Nsc::standard();
    let err = |args: &[&str]| {
        let out = nsc_with_xdg(&nsc, args);
        assert!(!out.status.success(), "{args:?} succeeded");
        String::from_utf8_lossy(&out.stderr).into_owned()
    };
    assert!(
        err(&["generate", "context", "-a", "A", "-u", "U"]).contains("context name is required")
    );
    assert!(err(&[
        "generate",
        "context",
        "-a",
        "A",
        "-u",
        "U",
        "--context",
        "a/b"
    ])
    .contains("context name cannot contain filepath separators"));
    assert!(err(&[
        "generate",
        "context",
        "-a",
        "A",
        "-u",
        "nobody",
        "--context",
        "c"
    ])
    .contains(r#"user "nobody" not found in "A""#));
    std::fs::remove_file(nsc.creds("A", "U")).expect("rm creds");
    assert!(err(&[
        "generate",
        "context",
        "-a",
        "A",
        "-u",
        "U",
        "--context",
        "c"
    ])
    .contains("doesn't exist - nsc generate creds first"));
    assert!(!nsc.home().join("xdg/nats/context/c.json").exists());
}

/// `edit signing-key` makes a generated account signing key scoped (role `svc`, publish only
/// `scoped.ok`, subscribe `scoped.>`); a user signed with `-K svc` carries no permissions of
/// its own and gets the template's on both servers.
async fn scoped_signing_key_user(kind: Kind) {
    let nsc = Nsc::standard();
    nsc.ok(&[
        "edit",
        "signing-key",
        "-a",
        "A",
        "--sk",
        "generate",
        "--role",
        "svc",
        "--allow-pub",
        "scoped.ok",
        "--allow-sub",
        "scoped.>",
    ]);
    let acc: serde_json::Value =
        serde_json::from_str(&nsc.ok(&["describe", "account", "-n", "A", "-J"])).expect("json");
    let scope = &acc["nats"]["signing_keys"][0];
    assert_eq!(scope["kind"], "user_scope", "{acc}");
    assert_eq!(scope["role"], "svc", "{acc}");
    assert_eq!(scope["template"]["pub"]["allow"][0], "scoped.ok", "{acc}");
    assert_eq!(scope["template"]["sub"]["allow"][0], "scoped.>", "{acc}");
    nsc.ok(&["add", "user", "-n", "su", "-K", "svc"]);
    let user: serde_json::Value =
        serde_json::from_str(&nsc.ok(&["describe", "user", "-n", "su", "-J"])).expect("json");
    assert_eq!(user["iss"], scope["key"], "{user}");
    assert_eq!(user["nats"]["issuer_account"], acc["sub"], "{user}");
    assert!(user["nats"].get("subs").is_none(), "{user}");
    // Permissions on a scoped user are refused by nsc.
    let out = nsc.run(&["add", "user", "-n", "bad", "-K", "svc", "--allow-pub", "x"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr)
        .contains("scoped users require no permissions or limits set"));

    let out = nsc.run(&["edit", "user", "-n", "su", "-K", "svc", "--allow-pub", "x"]);
    assert!(
        !out.status.success(),
        "edit user with a scoped signer and permissions"
    );
    // A scoped-key user that carries its own permissions (hand-made here) is refused.
    nsc.ok(&["add", "user", "-n", "own", "--allow-pub", "scoped.ok"]);
    let own = std::fs::read_to_string(nsc.creds("A", "own")).expect("creds");
    let own_jwt = own.lines().nth(1).expect("jwt line");
    let mut claims: serde_json::Value =
        serde_json::from_str(&nsc.ok(&["describe", "user", "-n", "own", "-J"])).expect("json");
    claims["nats"]["issuer_account"] = acc["sub"].clone();
    let forged = forge_user_jwt(&nsc, &claims, scope["key"].as_str().expect("key"));
    let forged_creds = nsc.home().join("own-scoped.creds");
    std::fs::write(&forged_creds, own.replace(own_jwt, &forged)).expect("write");

    let srv = start_operator_mode(kind, &nsc);
    let refused = async_nats::ConnectOptions::with_credentials_file(&forged_creds)
        .await
        .expect("creds")
        .connect(srv.url())
        .await;
    assert!(
        refused.is_err(),
        "{kind:?}: scoped user with its own permissions admitted"
    );
    let client = async_nats::ConnectOptions::with_credentials_file(nsc.creds("A", "su"))
        .await
        .expect("creds")
        .connect(srv.url())
        .await
        .expect("scoped user connects");
    let mut sub = client.subscribe("scoped.>").await.expect("sub");
    client
        .publish("scoped.no", "denied".into())
        .await
        .expect("pub");
    client
        .publish("scoped.ok", "allowed".into())
        .await
        .expect("pub");
    client.flush().await.expect("flush");
    let msg = tokio::time::timeout(Duration::from_secs(5), sub.next())
        .await
        .expect("message in time")
        .expect("message");
    assert_eq!(msg.subject.as_str(), "scoped.ok", "{kind:?}");
    assert!(
        tokio::time::timeout(Duration::from_millis(300), sub.next())
            .await
            .is_err(),
        "{kind:?}: publish outside the scope template was delivered"
    );
}
server_test!(scoped_signing_key_user => scoped_signing_key_user_rnats, scoped_signing_key_user_reference);

#[test]
fn edit_signing_key_errors() {
    let nsc = Nsc::standard();
    let out = nsc.run(&["edit", "signing-key", "-a", "A"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("signing key is required"));
    let out = nsc.run(&["edit", "signing-key", "-a", "A", "--sk", "nope"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("signing-key not found"));
}

/// Re-signs user `claims` with the account signing key `sk` (its seed from the keystore).
fn forge_user_jwt(nsc: &Nsc, claims: &serde_json::Value, sk: &str) -> String {
    let seed_file = nsc
        .home()
        .join("keys")
        .join(&sk[..1])
        .join(&sk[1..3])
        .join(format!("{sk}.nk"));
    let seed = std::fs::read_to_string(&seed_file).expect("seed of the signing key");
    let kp = rnats_proto::nkeys::KeyPair::from_seed(seed.trim()).expect("seed");
    let mut uc: rnats_proto::jwt::UserClaims =
        serde_json::from_value(claims.clone()).expect("user claims");
    uc.encode(&kp).expect("encode")
}
