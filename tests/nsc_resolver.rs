//! Operator mode with the nats-based full resolver (`resolver { type: full, dir }`), twin tests
//! on rnats and the reference nats-server 2.14: account JWTs pushed over `$SYS.REQ.CLAIMS.*`
//! (raw requests and `rnats nsc push`/`pull`) land in the directory as nats-server's
//! `DirJWTStore` keeps them, the accounts become usable without a restart, and updates reach
//! live connections (a revoked user is disconnected, an expired user too).

use std::path::{Path, PathBuf};
use std::time::Duration;

use futures::StreamExt as _;

use crate::nsc::Nsc;
use crate::util::{server_test, Kind, TestServer};

/// The server config `rnats nsc generate config --nats-resolver` writes, with its JWT directory
/// moved to `jwt_dir` (it says `./jwt`, relative to the server's working directory).
fn full_resolver_config(nsc: &Nsc, jwt_dir: &Path, allow_delete: bool) -> PathBuf {
    let text = nsc.ok(&["generate", "config", "--nats-resolver"]);
    let mut text = text.replace(
        "dir: './jwt'",
        &format!("dir: {:?}", jwt_dir.display().to_string()),
    );
    if allow_delete {
        text = text.replace("allow_delete: false", "allow_delete: true");
    }
    assert!(text.contains(&jwt_dir.display().to_string()), "{text}");
    let conf = nsc.home().join("server.conf");
    std::fs::write(&conf, text).expect("write conf");
    conf
}

fn start_full(kind: Kind, nsc: &Nsc, jwt_dir: &Path, allow_delete: bool) -> TestServer {
    let conf = full_resolver_config(nsc, jwt_dir, allow_delete);
    TestServer::start(kind, &["-c", conf.to_str().expect("utf8")])
}

fn account_jwt(nsc: &Nsc, account: &str) -> String {
    std::fs::read_to_string(
        nsc.home()
            .join("O")
            .join("accounts")
            .join(account)
            .join(format!("{account}.jwt")),
    )
    .expect("account jwt")
    .trim()
    .to_owned()
}

fn account_key(nsc: &Nsc, account: &str) -> String {
    let out = nsc.ok(&["describe", "account", "-n", account, "--json"]);
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    v["sub"].as_str().expect("sub").to_owned()
}

async fn connect(srv: &TestServer, creds: &Path) -> Result<async_nats::Client, String> {
    async_nats::ConnectOptions::with_credentials_file(creds)
        .await
        .expect("creds")
        .retry_on_initial_connect()
        .max_reconnects(Some(1))
        .connect(srv.url())
        .await
        .map_err(|e| e.to_string())
}

/// Connects once, without retrying: `Err` when the server refuses.
async fn try_connect(srv: &TestServer, creds: &Path) -> Result<async_nats::Client, String> {
    tokio::time::timeout(
        Duration::from_secs(5),
        async_nats::ConnectOptions::with_credentials_file(creds)
            .await
            .expect("creds")
            .connect(srv.url()),
    )
    .await
    .map_err(|_| "timed out".to_string())?
    .map_err(|e| e.to_string())
}

/// A client that reports server errors and disconnects on a channel.
async fn watched(
    srv: &TestServer,
    creds: &Path,
) -> (
    async_nats::Client,
    tokio::sync::mpsc::UnboundedReceiver<String>,
) {
    let (tx, rx) = tokio::sync::mpsc::unbounded_channel::<String>();
    let client = async_nats::ConnectOptions::with_credentials_file(creds)
        .await
        .expect("creds")
        .event_callback(move |e| {
            let tx = tx.clone();
            async move {
                let _ = tx.send(e.to_string());
            }
        })
        .connect(srv.url())
        .await
        .expect("connect");
    (client, rx)
}

async fn wait_for(rx: &mut tokio::sync::mpsc::UnboundedReceiver<String>, needle: &str) -> String {
    tokio::time::timeout(Duration::from_secs(10), async {
        let mut seen = Vec::new();
        while let Some(e) = rx.recv().await {
            if e.to_lowercase().contains(needle) {
                return e;
            }
            seen.push(e);
        }
        format!("channel closed after {seen:?}")
    })
    .await
    .unwrap_or_else(|_| panic!("no event containing {needle:?} in time"))
}

/// `$SYS.REQ.CLAIMS.UPDATE` from the system user stores A's JWT as `<dir>/<key>.jwt`, replies
/// with upstream's JSON, and A's user connects right away; LOOKUP and LIST answer from the
/// store; a JWT for another subject is refused with upstream's error.
async fn full_resolver_claims_requests(kind: Kind) {
    let nsc = Nsc::standard();
    let jwt_dir = nsc.home().join("jwtstore");
    let srv = start_full(kind, &nsc, &jwt_dir, false);
    let a_key = account_key(&nsc, "A");
    let a_jwt = account_jwt(&nsc, "A");
    assert!(
        try_connect(&srv, &nsc.creds("A", "U")).await.is_err(),
        "{kind:?}: A is not known before the push"
    );
    let sys = connect(&srv, &nsc.creds("SYS", "sys")).await.expect("sys");
    let reply = sys
        .request("$SYS.REQ.CLAIMS.UPDATE", a_jwt.clone().into())
        .await
        .expect("update");
    let v: serde_json::Value = serde_json::from_slice(&reply.payload).expect("json");
    assert_eq!(
        v["data"],
        serde_json::json!({"account": a_key, "code": 200, "message": "jwt updated"}),
        "{kind:?}: {v}"
    );
    assert!(v["server"]["name"].as_str().is_some_and(|n| !n.is_empty()));
    assert!(v.get("error").is_none());
    // nats-server's DirJWTStore layout: one file per account, the raw token.
    let stored = std::fs::read_to_string(jwt_dir.join(format!("{a_key}.jwt"))).expect("stored");
    assert_eq!(stored, a_jwt, "{kind:?}");
    let user = connect(&srv, &nsc.creds("A", "U"))
        .await
        .expect("A's user after push");
    let mut sub = user.subscribe("a.x").await.expect("sub");
    user.publish("a.x", "hi".into()).await.expect("pub");
    let msg = tokio::time::timeout(Duration::from_secs(5), sub.next())
        .await
        .expect("in time")
        .expect("msg");
    assert_eq!(&msg.payload[..], b"hi");
    // LOOKUP returns the stored token; LIST names the stored accounts.
    let look = sys
        .request(format!("$SYS.REQ.ACCOUNT.{a_key}.CLAIMS.LOOKUP"), "".into())
        .await
        .expect("lookup");
    assert_eq!(String::from_utf8_lossy(&look.payload), a_jwt, "{kind:?}");
    let list = sys
        .request("$SYS.REQ.CLAIMS.LIST", "".into())
        .await
        .expect("list");
    let v: serde_json::Value = serde_json::from_slice(&list.payload).expect("json");
    let keys: Vec<&str> = v["data"]
        .as_array()
        .expect("data array")
        .iter()
        .filter_map(|k| k.as_str())
        .collect();
    assert!(keys.contains(&a_key.as_str()), "{kind:?}: {v}");
    assert_eq!(keys.len(), 2, "A and SYS: {v}");
    // A JWT sent for another account's subject is refused.
    let sys_key = account_key(&nsc, "SYS");
    let reply = sys
        .request(
            format!("$SYS.REQ.ACCOUNT.{sys_key}.CLAIMS.UPDATE"),
            a_jwt.into(),
        )
        .await
        .expect("update");
    let v: serde_json::Value = serde_json::from_slice(&reply.payload).expect("json");
    assert_eq!(
        v["error"],
        serde_json::json!({
            "account": sys_key,
            "code": 500,
            "description": "jwt update resulted in error - subject does not match jwt content"
        }),
        "{kind:?}: {v}"
    );
}
server_test!(full_resolver_claims_requests => full_resolver_claims_requests_rnats, full_resolver_claims_requests_reference);

/// A directory written by the reference nats-server serves rnats, and the other way round:
/// a server restarted on the same directory knows the pushed account without a push.
async fn full_resolver_dir_survives_restart(kind: Kind) {
    let nsc = Nsc::standard();
    let jwt_dir = nsc.home().join("jwtstore");
    let srv = start_full(kind, &nsc, &jwt_dir, false);
    let sys = connect(&srv, &nsc.creds("SYS", "sys")).await.expect("sys");
    sys.request("$SYS.REQ.CLAIMS.UPDATE", account_jwt(&nsc, "A").into())
        .await
        .expect("update");
    drop(sys);
    drop(srv);
    // The other implementation reads the same directory.
    let other = match kind {
        Kind::Rnats if crate::util::available(Kind::Reference) => Kind::Reference,
        _ => Kind::Rnats,
    };
    let srv = start_full(other, &nsc, &jwt_dir, false);
    connect(&srv, &nsc.creds("A", "U"))
        .await
        .unwrap_or_else(|e| panic!("{kind:?} wrote, {other:?} read: {e}"));
}
server_test!(full_resolver_dir_survives_restart => full_resolver_dir_survives_restart_rnats, full_resolver_dir_survives_restart_reference);

/// Revoking a user and pushing the account closes that user's live connection with
/// `User Authentication Revoked`; other users of the account stay.
async fn full_resolver_revocation_disconnects(kind: Kind) {
    let nsc = Nsc::standard();
    nsc.ok(&["add", "user", "-a", "A", "-n", "V"]);
    let jwt_dir = nsc.home().join("jwtstore");
    let srv = start_full(kind, &nsc, &jwt_dir, false);
    let sys = connect(&srv, &nsc.creds("SYS", "sys")).await.expect("sys");
    sys.request("$SYS.REQ.CLAIMS.UPDATE", account_jwt(&nsc, "A").into())
        .await
        .expect("update");
    let (u, mut events) = watched(&srv, &nsc.creds("A", "U")).await;
    let v = connect(&srv, &nsc.creds("A", "V")).await.expect("V");
    u.flush().await.expect("flush");
    // Revocations apply to JWTs issued at or before the given time.
    tokio::time::sleep(Duration::from_millis(1100)).await;
    nsc.ok(&["revocations", "add-user", "-a", "A", "-n", "U"]);
    let reply = sys
        .request("$SYS.REQ.CLAIMS.UPDATE", account_jwt(&nsc, "A").into())
        .await
        .expect("update");
    assert!(String::from_utf8_lossy(&reply.payload).contains("jwt updated"));
    let seen = wait_for(&mut events, "revoked").await;
    assert!(
        seen.contains("User Authentication Revoked"),
        "{kind:?}: {seen}"
    );
    v.flush().await.expect("V still connected");
    assert!(try_connect(&srv, &nsc.creds("A", "U")).await.is_err());
}
server_test!(full_resolver_revocation_disconnects => full_resolver_revocation_disconnects_rnats, full_resolver_revocation_disconnects_reference);

/// A user JWT that expires while connected: the server closes the connection with
/// `User Authentication Expired`.
async fn user_jwt_expiry_disconnects(kind: Kind) {
    let nsc = Nsc::standard();
    let at = chrono::Utc::now() + chrono::Duration::seconds(3);
    let at = at.format("%Y-%m-%d %H:%M:%S UTC").to_string();
    nsc.ok(&["add", "user", "-a", "A", "-n", "short", "--expiry", &at]);
    let srv = crate::nsc::start_operator_mode(kind, &nsc);
    let (_c, mut events) = watched(&srv, &nsc.creds("A", "short")).await;
    let seen = wait_for(&mut events, "expired").await;
    assert!(
        seen.contains("User Authentication Expired"),
        "{kind:?}: {seen}"
    );
}
server_test!(user_jwt_expiry_disconnects => user_jwt_expiry_disconnects_rnats, user_jwt_expiry_disconnects_reference);

/// `rnats nsc push` against a full resolver: `-A` pushes every account and A's user connects;
/// a revocation pushed with `-a A` closes the revoked user's live connection; `pull -A` brings
/// the server's JWTs back into the store; `push -R A` deletes A from the server (its file is
/// renamed `.jwt.deleted`) and A's remaining user is disconnected.
async fn nsc_push_pull_and_remove(kind: Kind) {
    let nsc = Nsc::standard();
    nsc.ok(&["add", "user", "-a", "A", "-n", "V"]);
    let jwt_dir = nsc.home().join("jwtstore");
    let srv = start_full(kind, &nsc, &jwt_dir, true);
    let url = srv.url();
    let a_key = account_key(&nsc, "A");
    let out = nsc.ok(&["push", "-A", "-u", &url]);
    assert!(
        out.starts_with(&format!(
            "[ OK ] push to nats-server {url:?} using system account \"SYS\":\n       \
             [ OK ] push A to nats-server with nats account resolver:\n              \
             [ OK ] pushed \"A\" to nats-server "
        )),
        "{kind:?}: {out}"
    );
    assert!(out.contains(": jwt updated\n"), "{out}");
    assert!(
        out.contains("[ OK ] pushed to a total of 1 nats-server"),
        "{out}"
    );
    assert!(jwt_dir.join(format!("{a_key}.jwt")).exists());
    let (u, mut u_events) = watched(&srv, &nsc.creds("A", "U")).await;
    let (v, mut v_events) = watched(&srv, &nsc.creds("A", "V")).await;
    u.flush().await.expect("flush");
    v.flush().await.expect("flush");

    tokio::time::sleep(Duration::from_millis(1100)).await;
    nsc.ok(&["revocations", "add-user", "-a", "A", "-n", "U"]);
    let out = nsc.ok(&["push", "-a", "A", "-u", &url]);
    assert!(out.contains("jwt updated"), "{out}");
    let seen = wait_for(&mut u_events, "revoked").await;
    assert!(
        seen.contains("User Authentication Revoked"),
        "{kind:?}: {seen}"
    );
    v.flush().await.expect("V stays");

    // pull needs the operator's account server URL.
    nsc.ok(&["edit", "operator", "--account-jwt-server-url", &url]);
    let out = nsc.ok(&["pull", "-A"]);
    assert!(
        out.starts_with("[ OK ] pull from cluster using system account:\n"),
        "{out}"
    );
    assert!(out.contains("       [ OK ] stored account \"A\""), "{out}");
    assert!(
        out.contains("       [ OK ] stored account \"SYS\""),
        "{out}"
    );
    let refused = nsc.run(&["pull", "-a", "A"]);
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("can only pull all jwt"));

    let out = nsc.ok(&["push", "-R", "A"]);
    assert!(
        out.starts_with("[ OK ] prune nats-server with nats account resolver:\n       [ OK ] pruned nats-server "),
        "{kind:?}: {out}"
    );
    assert!(out.contains(": deleted 1 accounts"), "{out}");
    assert!(
        jwt_dir.join(format!("{a_key}.jwt.deleted")).exists(),
        "{kind:?}"
    );
    assert!(!jwt_dir.join(format!("{a_key}.jwt")).exists(), "{kind:?}");
    let seen = wait_for(&mut v_events, "expired").await;
    assert!(
        seen.contains("Account Authentication Expired"),
        "{kind:?}: {seen}"
    );
}
server_test!(nsc_push_pull_and_remove => nsc_push_pull_and_remove_rnats, nsc_push_pull_and_remove_reference);

/// `nsc push` errors: no URL anywhere, an HTTP account server, nothing listening.
#[test]
fn nsc_push_errors() {
    let nsc = Nsc::standard();
    let out = nsc.run(&["push", "-A"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr)
        .contains("no account server url or nats-server url was provided by the operator jwt"));
    let out = nsc.run(&["push", "-A", "-u", "http://127.0.0.1:1/jwt/v1"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("not supported by rnats yet"));
    let out = nsc.run(&["push", "-A", "-u", "nats://127.0.0.1:1"]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("[ERR ] failed to connect: "), "{err}");
    assert!(err.contains("all jobs failed"), "{err}");
}

/// An account update that lowers limits reaches live connections as upstream's
/// `updateAccountClaimsWithRefresh` does: over the new connection limit the newest connection
/// is closed (`maximum account active connections exceeded`), the oldest stays; a connection
/// at the new subscription limit is closed (`maximum subscriptions exceeded`).
async fn account_update_tightens_limits(kind: Kind) {
    let nsc = Nsc::standard();
    let jwt_dir = nsc.home().join("jwtstore");
    let srv = start_full(kind, &nsc, &jwt_dir, false);
    let url = srv.url();
    nsc.ok(&["push", "-a", "A", "-u", &url]);
    let (old, mut old_events) = watched(&srv, &nsc.creds("A", "U")).await;
    let _s1 = old.subscribe("a.1").await.expect("sub");
    let _s2 = old.subscribe("a.2").await.expect("sub");
    old.flush().await.expect("flush");
    let (new, mut new_events) = watched(&srv, &nsc.creds("A", "U")).await;
    new.flush().await.expect("flush");
    nsc.ok(&[
        "edit",
        "account",
        "-n",
        "A",
        "--conns",
        "1",
        "--subscriptions",
        "5",
    ]);
    nsc.ok(&["push", "-a", "A", "-u", &url]);
    let seen = wait_for(&mut new_events, "maximum account active connections").await;
    assert!(
        seen.contains("maximum account active connections exceeded"),
        "{kind:?}: {seen}"
    );
    old.flush().await.expect("the oldest connection stays");
    nsc.ok(&["edit", "account", "-n", "A", "--subscriptions", "2"]);
    nsc.ok(&["push", "-a", "A", "-u", &url]);
    let seen = wait_for(&mut old_events, "maximum subscriptions").await;
    assert!(
        seen.contains("maximum subscriptions exceeded"),
        "{kind:?}: {seen}"
    );
}
server_test!(account_update_tightens_limits => account_update_tightens_limits_rnats, account_update_tightens_limits_reference);

/// Account JWT `mappings` (made with `rnats nsc add mapping`) apply once pushed: a publish to
/// the source subject reaches subscribers of the destination, on a live connection.
async fn pushed_mappings_apply(kind: Kind) {
    let nsc = Nsc::standard();
    let jwt_dir = nsc.home().join("jwtstore");
    let srv = start_full(kind, &nsc, &jwt_dir, false);
    let url = srv.url();
    nsc.ok(&["push", "-a", "A", "-u", &url]);
    let c = connect(&srv, &nsc.creds("A", "U")).await.expect("U");
    let mut sub = c.subscribe("a.to").await.expect("sub");
    c.flush().await.expect("flush");
    let out = nsc.run(&["add", "mapping", "-a", "A", "-f", "a.from", "-t", "a.to"]);
    assert!(out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("added mapping a.from -> a.to, weight 100%")
    );
    nsc.ok(&["push", "-a", "A", "-u", &url]);
    // The update is applied after the reply; allow it a moment.
    let mut got = None;
    for _ in 0..20 {
        c.publish("a.from", "mapped".into()).await.expect("pub");
        c.flush().await.expect("flush");
        if let Ok(Some(m)) = tokio::time::timeout(Duration::from_millis(200), sub.next()).await {
            got = Some(m);
            break;
        }
    }
    let m = got.unwrap_or_else(|| panic!("{kind:?}: mapped message not delivered"));
    assert_eq!(m.subject.as_str(), "a.to");
    assert_eq!(&m.payload[..], b"mapped");
}
server_test!(pushed_mappings_apply => pushed_mappings_apply_rnats, pushed_mappings_apply_reference);

/// `resolver { type: cache }`: the config nsc generates with `--nats-resolver-cache` starts
/// both servers; an update for an account nobody uses is skipped (`jwt update cache skipped`),
/// one for a loaded account is stored (`jwt updated cache`).
async fn cache_resolver_updates(kind: Kind) {
    let nsc = Nsc::standard();
    let jwt_dir = nsc.home().join("jwtcache");
    let text = nsc.ok(&["generate", "config", "--nats-resolver-cache"]);
    let text = text.replace(
        "dir: './jwt'",
        &format!("dir: {:?}", jwt_dir.display().to_string()),
    );
    let conf = nsc.home().join("cache.conf");
    std::fs::write(&conf, text).expect("write");
    let srv = TestServer::start(kind, &["-c", conf.to_str().expect("utf8")]);
    let sys = connect(&srv, &nsc.creds("SYS", "sys")).await.expect("sys");
    let a_key = account_key(&nsc, "A");
    let reply = sys
        .request("$SYS.REQ.CLAIMS.UPDATE", account_jwt(&nsc, "A").into())
        .await
        .expect("update");
    let v: serde_json::Value = serde_json::from_slice(&reply.payload).expect("json");
    assert_eq!(
        v["data"],
        serde_json::json!({"account": a_key, "code": 200, "message": "jwt update cache skipped"}),
        "{kind:?}: {v}"
    );
    assert!(!jwt_dir.join(format!("{a_key}.jwt")).exists());
    let sys_key = account_key(&nsc, "SYS");
    let reply = sys
        .request("$SYS.REQ.CLAIMS.UPDATE", account_jwt(&nsc, "SYS").into())
        .await
        .expect("update");
    let v: serde_json::Value = serde_json::from_slice(&reply.payload).expect("json");
    assert_eq!(v["data"]["account"], sys_key.as_str(), "{kind:?}: {v}");
    assert_eq!(v["data"]["code"], 200, "{kind:?}: {v}");
    assert!(v["data"]["message"] == "jwt updated cache", "{kind:?}: {v}");
}
server_test!(cache_resolver_updates => cache_resolver_updates_rnats, cache_resolver_updates_reference);

/// `nsc push --system-user` pushes as a stored system user; `--diff` names the accounts only
/// the server has; `--prune` deletes them.
async fn nsc_push_diff_and_prune(kind: Kind) {
    let nsc = Nsc::standard();
    nsc.ok(&["add", "account", "-n", "B"]);
    let jwt_dir = nsc.home().join("jwtstore");
    let srv = start_full(kind, &nsc, &jwt_dir, true);
    let url = srv.url();
    // A stored system user instead of nsc's temporary one.
    let out = nsc.ok(&["push", "-A", "-u", &url, "--system-user", "sys"]);
    assert!(
        out.contains("pushed \"B\" to nats-server "),
        "{kind:?}: {out}"
    );
    let b_key = account_key(&nsc, "B");
    nsc.ok(&["delete", "account", "-n", "B"]);
    let out = nsc.ok(&["push", "--diff", "-u", &url]);
    assert!(
        out.starts_with("[ OK ] diff nats-server with nats account resolver:\n       [ OK ] list 3 accounts from nats-server "),
        "{kind:?}: {out}"
    );
    assert!(
        out.contains(&format!("[ OK ] account {b_key} only exists in server")),
        "{out}"
    );
    assert!(out.contains("named A exists"), "{out}");
    assert!(
        out.contains("[ OK ] listed accounts from a total of 1 nats-server"),
        "{out}"
    );
    assert!(jwt_dir.join(format!("{b_key}.jwt")).exists());
    let out = nsc.ok(&["push", "--prune", "-u", &url]);
    assert!(out.contains(": deleted 1 accounts"), "{kind:?}: {out}");
    assert!(!jwt_dir.join(format!("{b_key}.jwt")).exists(), "{kind:?}");
    let out = nsc.ok(&["push", "--prune", "-u", &url]);
    assert!(out.contains("[ OK ] nothing to prune"), "{kind:?}: {out}");
}
server_test!(nsc_push_diff_and_prune => nsc_push_diff_and_prune_rnats, nsc_push_diff_and_prune_reference);

/// Imports are re-evaluated when the exporter's JWT changes: B's service import of `svc.time`
/// from A answers "no responders" while A does not export it, and works once A's JWT with the
/// export is pushed (upstream refreshes the importing accounts).
async fn import_follows_pushed_export(kind: Kind) {
    let nsc = Nsc::standard();
    nsc.ok(&["add", "user", "-a", "A", "-n", "R"]);
    nsc.ok(&["add", "account", "-n", "B"]);
    nsc.ok(&["add", "user", "-a", "B", "-n", "W"]);
    let a_key = account_key(&nsc, "A");
    nsc.ok(&[
        "add",
        "import",
        "-a",
        "B",
        "--src-account",
        &a_key,
        "--remote-subject",
        "svc.time",
        "--service",
    ]);
    let jwt_dir = nsc.home().join("jwtstore");
    let srv = start_full(kind, &nsc, &jwt_dir, false);
    let url = srv.url();
    nsc.ok(&["push", "-A", "-u", &url]);
    let responder = connect(&srv, &nsc.creds("A", "R")).await.expect("R");
    let mut reqs = responder.subscribe("svc.time").await.expect("sub");
    let answering = responder.clone();
    tokio::spawn(async move {
        while let Some(m) = reqs.next().await {
            if let Some(reply) = m.reply {
                let _ = answering.publish(reply, "noon".into()).await;
            }
        }
    });
    responder.flush().await.expect("flush");
    let w = connect(&srv, &nsc.creds("B", "W")).await.expect("W");
    let before = tokio::time::timeout(Duration::from_secs(3), w.request("svc.time", "".into()))
        .await
        .expect("answered in time");
    assert!(before.is_err(), "{kind:?}: no export yet, got {before:?}");
    nsc.ok(&["add", "export", "-a", "A", "-s", "svc.time", "-r"]);
    nsc.ok(&["push", "-a", "A", "-u", &url]);
    let mut answer = None;
    for _ in 0..20 {
        match tokio::time::timeout(Duration::from_secs(1), w.request("svc.time", "".into())).await {
            Ok(Ok(m)) => {
                answer = Some(m);
                break;
            }
            _ => tokio::time::sleep(Duration::from_millis(100)).await,
        }
    }
    let m = answer.unwrap_or_else(|| panic!("{kind:?}: import not usable after the push"));
    assert_eq!(&m.payload[..], b"noon");
}
server_test!(import_follows_pushed_export => import_follows_pushed_export_rnats, import_follows_pushed_export_reference);

/// A user JWT's `times` (UTC): outside every window the user is refused; inside one that
/// closes in a few seconds it connects and is then disconnected with
/// `User Authentication Expired`, as at JWT expiry.
async fn user_times_windows(kind: Kind) {
    let hms = |secs: i64| {
        let t = chrono::Utc::now() + chrono::Duration::seconds(secs);
        t.format("%H:%M:%S").to_string()
    };
    let nsc = Nsc::standard();
    nsc.ok(&["add", "user", "-a", "A", "-n", "later"]);
    let later = format!("{}-{}", hms(2 * 3600), hms(3 * 3600));
    nsc.ok(&[
        "edit", "user", "-a", "A", "-n", "later", "--locale", "UTC", "--time", &later,
    ]);
    nsc.ok(&["add", "user", "-a", "A", "-n", "brief"]);
    let brief = format!("{}-{}", hms(-3600), hms(4));
    nsc.ok(&[
        "edit", "user", "-a", "A", "-n", "brief", "--locale", "UTC", "--time", &brief,
    ]);
    let srv = crate::nsc::start_operator_mode(kind, &nsc);
    assert!(
        try_connect(&srv, &nsc.creds("A", "later")).await.is_err(),
        "{kind:?}: outside the window"
    );
    let (_c, mut events) = watched(&srv, &nsc.creds("A", "brief")).await;
    let seen = wait_for(&mut events, "expired").await;
    assert!(
        seen.contains("User Authentication Expired"),
        "{kind:?}: {seen}"
    );
}
server_test!(user_times_windows => user_times_windows_rnats, user_times_windows_reference);

/// An account JWT that expires while its users are connected: they are disconnected with
/// `Account Authentication Expired`.
async fn account_jwt_expiry_disconnects(kind: Kind) {
    let nsc = Nsc::standard();
    let at = chrono::Utc::now() + chrono::Duration::seconds(4);
    let at = at.format("%Y-%m-%d %H:%M:%S UTC").to_string();
    nsc.ok(&["add", "account", "-n", "B", "--expiry", &at]);
    nsc.ok(&["add", "user", "-a", "B", "-n", "W"]);
    let srv = crate::nsc::start_operator_mode(kind, &nsc);
    let (_c, mut events) = watched(&srv, &nsc.creds("B", "W")).await;
    let seen = wait_for(&mut events, "expired").await;
    assert!(
        seen.contains("Account Authentication Expired"),
        "{kind:?}: {seen}"
    );
}
server_test!(account_jwt_expiry_disconnects => account_jwt_expiry_disconnects_rnats, account_jwt_expiry_disconnects_reference);

/// A JWT file put into the resolver's directory while the server runs (not pushed) is found
/// when a user of that account first connects.
async fn full_resolver_reads_store_on_connect(kind: Kind) {
    let nsc = Nsc::standard();
    let jwt_dir = nsc.home().join("jwtstore");
    let srv = start_full(kind, &nsc, &jwt_dir, false);
    let a_key = account_key(&nsc, "A");
    assert!(try_connect(&srv, &nsc.creds("A", "U")).await.is_err());
    std::fs::write(jwt_dir.join(format!("{a_key}.jwt")), account_jwt(&nsc, "A")).expect("write");
    try_connect(&srv, &nsc.creds("A", "U"))
        .await
        .unwrap_or_else(|e| panic!("{kind:?}: {e}"));
}
server_test!(full_resolver_reads_store_on_connect => full_resolver_reads_store_on_connect_rnats, full_resolver_reads_store_on_connect_reference);

/// Tiered JetStream limits (`nsc edit account --js-tier 1`): the R1 tier enables JetStream
/// for the account and its stream limit applies.
async fn tiered_jetstream_limits(kind: Kind) {
    let nsc = Nsc::standard();
    nsc.ok(&[
        "edit",
        "account",
        "-n",
        "A",
        "--js-tier",
        "1",
        "--js-mem-storage",
        "1M",
        "--js-disk-storage",
        "1M",
        "--js-streams",
        "1",
        "--js-consumer",
        "-1",
    ]);
    nsc.ok(&["add", "user", "-a", "A", "-n", "J"]);
    let conf = nsc.home().join("server.conf");
    std::fs::write(&conf, nsc.ok(&["generate", "config", "--mem-resolver"])).expect("conf");
    let store = nsc.home().join("js");
    let srv = TestServer::start(
        kind,
        &[
            "-js",
            "-sd",
            store.to_str().expect("utf8"),
            "-c",
            conf.to_str().expect("utf8"),
        ],
    );
    let c = connect(&srv, &nsc.creds("A", "J")).await.expect("J");
    let js = async_nats::jetstream::new(c);
    js.create_stream(async_nats::jetstream::stream::Config {
        name: "S1".into(),
        subjects: vec!["a.s1".into()],
        storage: async_nats::jetstream::stream::StorageType::Memory,
        ..Default::default()
    })
    .await
    .unwrap_or_else(|e| panic!("{kind:?}: first stream: {e}"));
    let err = js
        .create_stream(async_nats::jetstream::stream::Config {
            name: "S2".into(),
            subjects: vec!["a.s2".into()],
            storage: async_nats::jetstream::stream::StorageType::Memory,
            ..Default::default()
        })
        .await
        .expect_err("second stream over the tier's limit");
    assert!(
        err.to_string()
            .contains("maximum number of streams reached"),
        "{kind:?}: {err}"
    );
}
server_test!(tiered_jetstream_limits => tiered_jetstream_limits_rnats, tiered_jetstream_limits_reference);

/// `nats account report connections` as an account user lists that account's connections only
/// (the server scopes the CONNZ request), on both servers.
async fn account_report_connections(kind: Kind) {
    let nsc = Nsc::standard();
    nsc.ok(&["add", "user", "-a", "A", "-n", "R"]);
    nsc.ok(&["add", "account", "-n", "B"]);
    nsc.ok(&["add", "user", "-a", "B", "-n", "W"]);
    let srv = crate::nsc::start_operator_mode(kind, &nsc);
    let other = connect(&srv, &nsc.creds("A", "U")).await.expect("U");
    let _b = connect(&srv, &nsc.creds("B", "W")).await.expect("W");
    other.flush().await.expect("flush");
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_rnats"));
    cmd.args([
        "account",
        "report",
        "connections",
        // Without server discovery the report waits out --timeout for answers.
        "--timeout",
        "1s",
        "-s",
        &srv.url(),
        "--creds",
    ])
    .arg(nsc.creds("A", "R"));
    let out = crate::util::run_bounded(cmd, Duration::from_secs(20));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{kind:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        text.contains("Top 2 Connections out of 2 by subs"),
        "{kind:?}: {text}"
    );
    assert!(text.contains("Connections per server"), "{text}");
}
server_test!(account_report_connections => account_report_connections_rnats, account_report_connections_reference);

/// `$SYS.REQ.ACCOUNT.PING.STATZ` (what natscli's `account report statistics` sends): an account
/// user gets its own account's statistics, the system user those of every account with
/// connections.
async fn account_statz_requests(kind: Kind) {
    let nsc = Nsc::standard();
    nsc.ok(&["add", "user", "-a", "A", "-n", "R"]);
    let srv = crate::nsc::start_operator_mode(kind, &nsc);
    let a_key = account_key(&nsc, "A");
    let r = connect(&srv, &nsc.creds("A", "R")).await.expect("R");
    let reply = r
        .request("$SYS.REQ.ACCOUNT.PING.STATZ", "".into())
        .await
        .expect("statz");
    let v: serde_json::Value = serde_json::from_slice(&reply.payload).expect("json");
    let stats = v["data"]["account_statz"]
        .as_array()
        .expect("account_statz");
    assert_eq!(stats.len(), 1, "{kind:?}: {v}");
    assert_eq!(stats[0]["acc"], a_key.as_str(), "{v}");
    assert_eq!(stats[0]["name"], "A", "{v}");
    assert_eq!(stats[0]["conns"], 1, "{v}");
    assert_eq!(stats[0]["total_conns"], 1, "{v}");
    assert!(stats[0]["num_subscriptions"].is_u64(), "{v}");
    assert!(
        stats[0]["received"]["msgs"]
            .as_u64()
            .is_some_and(|n| n >= 1),
        "{v}"
    );
    assert!(stats[0]["sent"]["bytes"].is_u64(), "{v}");
    assert!(
        v["data"]["server_id"].is_string() && v["data"]["now"].is_string(),
        "{v}"
    );
    let sys = connect(&srv, &nsc.creds("SYS", "sys")).await.expect("sys");
    let reply = sys
        .request("$SYS.REQ.ACCOUNT.PING.STATZ", "".into())
        .await
        .expect("statz");
    let v: serde_json::Value = serde_json::from_slice(&reply.payload).expect("json");
    let mut names: Vec<&str> = v["data"]["account_statz"]
        .as_array()
        .expect("account_statz")
        .iter()
        .filter_map(|s| s["name"].as_str())
        .collect();
    names.sort_unstable();
    assert_eq!(names, ["A", "SYS"], "{kind:?}: {v}");
}
server_test!(account_statz_requests => account_statz_requests_rnats, account_statz_requests_reference);

/// `nats account report statistics`: natscli's "Server Statistics" table with one row for the
/// server and the footer, for the caller's account.
async fn account_report_statistics(kind: Kind) {
    let nsc = Nsc::standard();
    nsc.ok(&["add", "user", "-a", "A", "-n", "R"]);
    let srv = crate::nsc::start_operator_mode(kind, &nsc);
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_rnats"));
    cmd.args([
        "account",
        "report",
        "statistics",
        "--timeout",
        "1s",
        "-s",
        &srv.url(),
        "--creds",
    ])
    .arg(nsc.creds("A", "R"));
    let out = crate::util::run_bounded(cmd, Duration::from_secs(20));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{kind:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[1].contains("Server Statistics"), "{text}");
    let head: Vec<&str> = lines[3].split('│').map(str::trim).collect();
    assert_eq!(
        &head[1..6],
        ["Server", "Cluster", "Version", "Tags", "Connections"],
        "{text}"
    );
    let row: Vec<&str> = lines[5].split('│').map(str::trim).collect();
    assert_eq!(
        &row[1..6],
        ["127.0.0.1", "", "2.14.0", "", "1"],
        "{kind:?}: {text}"
    );
    let footer: Vec<&str> = lines[7].split('│').map(str::trim).collect();
    assert_eq!(&footer[1..6], ["1", "", "", "", "1"], "{kind:?}: {text}");
    assert!(text.ends_with("╯\n\n"), "{text:?}");
}
server_test!(account_report_statistics => account_report_statistics_rnats, account_report_statistics_reference);
