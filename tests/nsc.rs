//! `rnats nsc`: nsc's store layout, describe output, creds, generated server configs — and
//! the JWTs it makes accepted by servers (reference nats-server 2.14 and rnats, with
//! async-nats connecting through the creds file), plus JWTs made by the official JavaScript
//! libraries (`@nats-io/jwt`, `@nats-io/nkeys` from npm, driven by node) decoded by
//! `rnats nsc describe jwt` and accepted by the servers.

use std::path::{Path, PathBuf};
use std::process::Output;
use std::sync::OnceLock;
use std::time::Duration;

use crate::util::{self, run_bounded, server_test, Kind, TestServer};

const RNATS: &str = env!("CARGO_BIN_EXE_rnats");
const RUN: Duration = Duration::from_secs(20);

/// An nsc environment in a temporary directory (`-H DIR`: config, data and keys together).
pub(crate) struct Nsc {
    dir: tempfile::TempDir,
}

impl Nsc {
    pub(crate) fn new() -> Nsc {
        Nsc {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    pub(crate) fn home(&self) -> &Path {
        self.dir.path()
    }

    pub(crate) fn run(&self, args: &[&str]) -> Output {
        let mut cmd = std::process::Command::new(RNATS);
        cmd.arg("nsc")
            .arg("-H")
            .arg(self.home())
            .args(args)
            .env_remove("NKEYS_PATH");
        run_bounded(cmd, RUN)
    }

    /// Runs and expects success; returns stdout.
    pub(crate) fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "nsc {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("utf8")
    }

    /// operator O (with SYS), account A, user U (pub a.>, sub a.>, _INBOX.>).
    pub(crate) fn standard() -> Nsc {
        let nsc = Nsc::new();
        nsc.ok(&["add", "operator", "-n", "O", "--sys"]);
        nsc.ok(&["add", "account", "-n", "A"]);
        nsc.ok(&["add", "user", "-n", "U", "--allow-pubsub", "a.>,_INBOX.>"]);
        nsc
    }

    pub(crate) fn creds(&self, account: &str, user: &str) -> PathBuf {
        self.home()
            .join("creds")
            .join("O")
            .join(account)
            .join(format!("{user}.creds"))
    }

    fn seeds(&self) -> Vec<String> {
        let mut out = Vec::new();
        let mut stack = vec![self.home().join("keys")];
        while let Some(d) = stack.pop() {
            for e in std::fs::read_dir(d).expect("keys dir").flatten() {
                if e.file_type().expect("type").is_dir() {
                    stack.push(e.path());
                } else {
                    out.push(std::fs::read_to_string(e.path()).expect("seed"));
                }
            }
        }
        out
    }
}

/// Snapshot form of a table: runs of spaces and dashes collapsed, nkeys as `[NKEY]`, dates
/// (`2026-12-04 15:18:32 UTC`) as `[DATE]`. The exact column layout is unit-tested in
/// rnats-nsc's `table` module.
fn redact(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let words: Vec<&str> = line.split(' ').filter(|w| !w.is_empty()).collect();
        let mut l: Vec<String> = Vec::new();
        let mut i = 0;
        while i < words.len() {
            let w = words[i];
            let is_key = w.len() == 56
                && w.chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
                && "OANUCX".contains(&w[..1]);
            let is_date = w.len() == 10 && w.as_bytes()[4] == b'-' && w.as_bytes()[7] == b'-';
            if is_key {
                l.push("[NKEY]".into());
            } else if is_date && words.get(i + 2) == Some(&"UTC") {
                l.push("[DATE]".into());
                i += 2;
            } else if w.starts_with('+') && w.chars().all(|c| c == '+' || c == '-') {
                let mut r = String::new();
                for c in w.chars() {
                    if !(c == '-' && r.ends_with('-')) {
                        r.push(c);
                    }
                }
                l.push(r);
            } else {
                l.push(w.to_owned());
            }
            i += 1;
        }
        out.push_str(&l.join(" "));
        out.push('\n');
    }
    out
}

#[test]
fn store_layout_and_files_are_nsc_s() {
    let nsc = Nsc::standard();
    let h = nsc.home();
    for f in [
        "nsc.json",
        "O/.nsc",
        "O/O.jwt",
        "O/accounts/SYS/SYS.jwt",
        "O/accounts/SYS/users/sys.jwt",
        "O/accounts/A/A.jwt",
        "O/accounts/A/users/U.jwt",
        "creds/O/A/U.creds",
        "creds/O/SYS/sys.creds",
        ".gitignore",
    ] {
        assert!(h.join(f).is_file(), "{f} missing");
    }
    let cfg: serde_json::Value =
        serde_json::from_slice(&std::fs::read(h.join("nsc.json")).expect("nsc.json"))
            .expect("json");
    assert_eq!(cfg["operator"], "O");
    assert_eq!(cfg["account"], "A");
    let info: serde_json::Value =
        serde_json::from_slice(&std::fs::read(h.join("O/.nsc")).expect(".nsc")).expect("json");
    assert_eq!(
        info,
        serde_json::json!({"managed": false, "name": "O", "kind": "operator", "version": "1"})
    );
    // Keys: keys/<kind>/<chars 2-3>/<PUB>.nk holding the seed, mode 0600.
    let user_jwt = std::fs::read_to_string(h.join("O/accounts/A/users/U.jwt")).expect("jwt");
    let described = nsc.ok(&["describe", "user", "-n", "U", "--json"]);
    let v: serde_json::Value = serde_json::from_str(&described).expect("json");
    let upk = v["sub"].as_str().expect("sub");
    let nk = h.join("keys/U").join(&upk[1..3]).join(format!("{upk}.nk"));
    let seed = std::fs::read_to_string(&nk).expect("user seed file");
    assert!(seed.starts_with("SU"), "{seed}");
    use std::os::unix::fs::PermissionsExt as _;
    assert_eq!(
        std::fs::metadata(&nk).expect("meta").permissions().mode() & 0o777,
        0o600
    );
    // The creds file is exactly nsc's text.
    let creds = std::fs::read_to_string(nsc.creds("A", "U")).expect("creds");
    assert_eq!(
        creds,
        format!(
            "-----BEGIN NATS USER JWT-----\n{user_jwt}\n------END NATS USER JWT------\n\n\
             ************************* IMPORTANT *************************\n\
             NKEY Seed printed below can be used to sign and prove identity.\n\
             NKEYs are sensitive and should be treated as secrets.\n\n\
             -----BEGIN USER NKEY SEED-----\n{seed}\n------END USER NKEY SEED------\n\n\
             *************************************************************\n"
        )
    );
    assert_eq!(nsc.ok(&["generate", "creds", "-a", "A", "-n", "U"]), creds);
    // The system user is signed by the SYS account's signing key (issuer_account set).
    let sys: serde_json::Value =
        serde_json::from_str(&nsc.ok(&["describe", "user", "-a", "SYS", "-n", "sys", "--json"]))
            .expect("json");
    let sys_acc: serde_json::Value =
        serde_json::from_str(&nsc.ok(&["describe", "account", "-n", "SYS", "--json"]))
            .expect("json");
    assert_eq!(sys["nats"]["issuer_account"], sys_acc["sub"]);
    assert_ne!(sys["iss"], sys_acc["sub"]);
}

#[test]
fn describe_tables_json_and_raw() {
    let nsc = Nsc::standard();
    let table = nsc.ok(&["describe", "user", "-n", "U"]);
    assert_eq!(
        redact(&table),
        "+-+\n\
         | User |\n\
         +-+-+\n\
         | Name | U |\n\
         | User ID | [NKEY] |\n\
         | Issuer ID | [NKEY] |\n\
         | Issued | [DATE] |\n\
         | Expires | |\n\
         | Bearer Token | No |\n\
         +-+-+\n\
         | Pub Allow | a.> |\n\
         | | _INBOX.> |\n\
         | Sub Allow | a.> |\n\
         | | _INBOX.> |\n\
         | Response Permissions | Not Set |\n\
         +-+-+\n\
         | Max Msg Payload | Unlimited |\n\
         | Max Data | Unlimited |\n\
         | Max Subs | Unlimited |\n\
         | Network Src | Any |\n\
         | Time | Any |\n\
         +-+-+\n\n"
    );
    let json = nsc.ok(&["describe", "account", "-n", "A", "-J"]);
    assert!(json.starts_with("{\n \"iat\": "), "{json}");
    assert!(json.contains("\n \"nats\": {\n  \"authorization\": {},\n  \"default_permissions\": {\n   \"pub\": {},\n   \"sub\": {}\n  },\n  \"limits\": {\n   \"conn\": -1,"), "{json}");
    let raw = nsc.ok(&["describe", "operator", "--raw"]);
    assert_eq!(
        raw.trim(),
        std::fs::read_to_string(nsc.home().join("O/O.jwt")).expect("jwt")
    );
    let op = nsc.ok(&["describe", "operator"]);
    assert!(op.contains("| Operator ID          | O"), "{op}");
    assert!(op.contains(" / SYS |"), "{op}");
    // describe jwt reads plain and decorated files.
    let jwt_file = nsc.home().join("O/accounts/A/A.jwt");
    let from_file = nsc.ok(&["describe", "jwt", "-f", jwt_file.to_str().expect("utf8")]);
    assert_eq!(from_file, nsc.ok(&["describe", "account", "-n", "A"]));
    let from_creds = nsc.ok(&[
        "describe",
        "jwt",
        "-f",
        nsc.creds("A", "U").to_str().expect("utf8"),
    ]);
    assert_eq!(from_creds, table);
    // No seed ever appears in describe or list output.
    let mut all = String::new();
    for args in [
        &["describe", "operator"][..],
        &["describe", "account", "-n", "SYS"],
        &["describe", "user", "-n", "U", "-J"],
        &["list", "keys", "-A"],
        &["list", "accounts"],
        &["list", "users"],
    ] {
        all.push_str(&nsc.ok(args));
    }
    for seed in nsc.seeds() {
        assert!(!all.contains(seed.trim()), "seed printed");
    }
}

#[test]
fn edits_revocations_and_errors() {
    let nsc = Nsc::standard();
    nsc.ok(&[
        "edit",
        "account",
        "-n",
        "A",
        "--conns",
        "5",
        "--payload",
        "1K",
        "--js-enable",
        "0",
        "--js-streams",
        "10",
    ]);
    let v: serde_json::Value =
        serde_json::from_str(&nsc.ok(&["describe", "account", "-n", "A", "-J"])).expect("json");
    let lim = &v["nats"]["limits"];
    assert_eq!(lim["conn"], 5);
    assert_eq!(lim["payload"], 1000);
    assert_eq!(lim["disk_storage"], -1);
    assert_eq!(lim["streams"], 10);
    nsc.ok(&[
        "edit",
        "user",
        "-n",
        "U",
        "--deny-pub",
        "a.secret",
        "--conn-type",
        "standard",
        "--rm",
        "_INBOX.>",
    ]);
    let u: serde_json::Value =
        serde_json::from_str(&nsc.ok(&["describe", "user", "-n", "U", "-J"])).expect("json");
    assert_eq!(
        u["nats"]["pub"],
        serde_json::json!({"allow": ["a.>"], "deny": ["a.secret"]})
    );
    assert_eq!(
        u["nats"]["allowed_connection_types"],
        serde_json::json!(["STANDARD"])
    );
    nsc.ok(&["revocations", "add-user", "-n", "U"]);
    let list = nsc.ok(&["revocations", "list-users"]);
    assert!(list.contains("Revoked Users for A"), "{list}");
    assert_eq!(list.matches("| U").count(), 1, "{list}");
    nsc.ok(&["revocations", "delete-user", "-n", "U"]);
    assert!(nsc
        .ok(&["revocations", "list-users"])
        .contains("No entries defined"));

    // Unknown entities and bad values: one line, exit 1.
    for args in [
        &["describe", "account", "-n", "nope"][..],
        &["edit", "account", "-n", "A", "--conns", "lots"],
        &["add", "user", "-n", "U"],
        &["add", "account", "-n", "B", "-k", "UNOTAKEY"],
    ] {
        let out = nsc.run(args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(err.starts_with("nsc: "), "{err}");
    }
    // Commands not implemented: a clear refusal, exit 2; never a prompt.
    for args in [
        &["keys", "migrate"][..],
        &["add", "signing-key", "-a", "A"],
        &["-i", "list", "accounts"],
    ] {
        let out = nsc.run(args);
        assert_ne!(out.status.code(), Some(0), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("not supported by rnats"), "{args:?}: {err}");
    }
    // validate: clean store, then an expired user is a blocking issue (exit 1).
    let v = nsc.ok(&["validate", "-A"]);
    assert!(v.contains("Operator \"O\""), "{v}");
    assert_eq!(v.matches("No issues found").count(), 3, "{v}");
    nsc.ok(&["add", "user", "-n", "old", "--expiry", "2020-01-01"]);
    let out = nsc.run(&["validate", "-a", "A"]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("user \"old\": claim is expired"), "{text}");
    nsc.ok(&["delete", "user", "-n", "old"]);
    // Deleting a user removes its JWT.
    nsc.ok(&["delete", "user", "-n", "U", "-D", "-C"]);
    assert!(!nsc.home().join("O/accounts/A/users/U.jwt").exists());
    assert!(!nsc.creds("A", "U").exists());
}

#[test]
fn generate_nkey_and_config() {
    let nsc = Nsc::standard();
    let out = nsc.ok(&["generate", "nkey", "--account"]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2);
    assert!(
        lines[0].starts_with("SA") && lines[1].starts_with('A'),
        "{out}"
    );
    let conf = nsc.ok(&["generate", "config", "--mem-resolver"]);
    assert!(
        conf.starts_with("// Operator \"O\"\noperator: eyJ"),
        "{conf}"
    );
    assert!(conf.contains("\nresolver: MEMORY\n\nresolver_preload: {\n  // Account "));
    assert_eq!(conf.matches("  // Account ").count(), 2);
    let full = nsc.ok(&["generate", "config", "--nats-resolver"]);
    assert!(
        full.contains("resolver {\n    type: full\n    dir: './jwt'\n"),
        "{full}"
    );
    assert!(
        full.contains("# System Account named SYS\nsystem_account: A"),
        "{full}"
    );
}

/// Starts `kind` with the memory-resolver config `rnats nsc generate config` wrote.
pub(crate) fn start_operator_mode(kind: Kind, nsc: &Nsc) -> TestServer {
    let conf = nsc.home().join("server.conf");
    let resolver = nsc.ok(&["generate", "config", "--mem-resolver"]);
    std::fs::write(&conf, resolver).expect("write conf");
    TestServer::start(kind, &["-c", conf.to_str().expect("utf8")])
}

async fn nsc_creds_connect(kind: Kind) {
    let nsc = Nsc::standard();
    let srv = start_operator_mode(kind, &nsc);
    let client = async_nats::ConnectOptions::with_credentials_file(nsc.creds("A", "U"))
        .await
        .expect("creds")
        .connect(srv.url())
        .await
        .expect("connect with rnats-made creds");
    let mut sub = client.subscribe("a.one").await.expect("sub");
    client.publish("a.one", "hi".into()).await.expect("pub");
    client.flush().await.expect("flush");
    let msg = tokio::time::timeout(Duration::from_secs(5), sub.next())
        .await
        .expect("message in time")
        .expect("message");
    assert_eq!(&msg.payload[..], b"hi");
    // The system user lands in the system account.
    let sys = async_nats::ConnectOptions::with_credentials_file(nsc.creds("SYS", "sys"))
        .await
        .expect("creds")
        .connect(srv.url())
        .await
        .expect("connect sys");
    let reply = sys
        .request("$SYS.REQ.USER.INFO", "".into())
        .await
        .expect("user info");
    let v: serde_json::Value = serde_json::from_slice(&reply.payload).expect("json");
    assert_eq!(v["data"]["account_name"], "SYS", "{v}");
    assert_eq!(v["data"]["user_name"], "sys", "{v}");
    // A user without creds is refused.
    assert!(async_nats::connect(srv.url()).await.is_err());
}
use futures::StreamExt as _;
server_test!(nsc_creds_connect => nsc_creds_connect_rnats, nsc_creds_connect_reference);

async fn connect_creds(srv: &TestServer, creds: &Path) -> Result<async_nats::Client, String> {
    async_nats::ConnectOptions::with_credentials_file(creds)
        .await
        .expect("creds")
        .connect(srv.url())
        .await
        .map_err(|e| e.to_string())
}

/// The whole chain: a user signed by an account signing key (`issuer_account`) connects; an
/// expired user, a revoked user and a user of an unknown account do not.
async fn nsc_chain_checks(kind: Kind) {
    let nsc = Nsc::standard();
    nsc.ok(&["edit", "account", "-n", "A", "--sk", "generate"]);
    let acc: serde_json::Value =
        serde_json::from_str(&nsc.ok(&["describe", "account", "-n", "A", "-J"])).expect("json");
    let sk = acc["nats"]["signing_keys"][0]
        .as_str()
        .expect("sk")
        .to_owned();
    nsc.ok(&["add", "user", "-n", "signed", "-K", &sk]);
    nsc.ok(&["add", "user", "-n", "old", "--expiry", "2020-01-01"]);
    nsc.ok(&["add", "user", "-n", "revoked"]);
    nsc.ok(&[
        "add",
        "user",
        "-n",
        "remote",
        "--source-network",
        "10.0.0.0/8",
    ]);
    nsc.ok(&[
        "add",
        "user",
        "-n",
        "local",
        "--source-network",
        "127.0.0.0/8",
    ]);
    nsc.ok(&["revocations", "add-user", "-n", "revoked"]);
    // An account the server never hears of.
    nsc.ok(&["add", "account", "-n", "B"]);
    let srv = {
        let conf = nsc.home().join("server.conf");
        let resolver = nsc.ok(&["generate", "config", "--mem-resolver"]);
        // Drop account B from the preload: its users must be refused.
        let b: serde_json::Value =
            serde_json::from_str(&nsc.ok(&["describe", "account", "-n", "B", "-J"])).expect("json");
        let b_key = b["sub"].as_str().expect("sub");
        let kept: String = resolver
            .lines()
            .filter(|l| !l.trim_start().starts_with(b_key))
            .map(|l| format!("{l}\n"))
            .collect();
        std::fs::write(&conf, kept).expect("conf");
        TestServer::start(kind, &["-c", conf.to_str().expect("utf8")])
    };
    nsc.ok(&["add", "user", "-n", "b-user", "-a", "B"]);
    let signed = connect_creds(&srv, &nsc.creds("A", "signed")).await;
    assert!(
        signed.is_ok(),
        "{kind:?}: signing-key user refused: {signed:?}"
    );
    let local = connect_creds(&srv, &nsc.creds("A", "local")).await;
    assert!(
        local.is_ok(),
        "{kind:?}: user from its source network refused: {local:?}"
    );
    for user in ["old", "revoked", "remote"] {
        let r = connect_creds(&srv, &nsc.creds("A", user)).await;
        assert!(r.is_err(), "{kind:?}: {user} admitted");
    }
    let r = connect_creds(&srv, &nsc.creds("B", "b-user")).await;
    assert!(r.is_err(), "{kind:?}: user of an unknown account admitted");
    // Tampered creds (another user's seed) fail the nonce signature.
    let mut creds = std::fs::read_to_string(nsc.creds("A", "U")).expect("creds");
    let other = std::fs::read_to_string(nsc.creds("A", "signed")).expect("creds");
    let seed_of = |c: &str| {
        c.lines()
            .find(|l| l.starts_with("SU"))
            .expect("seed")
            .to_owned()
    };
    creds = creds.replace(&seed_of(&creds), &seed_of(&other));
    let forged = nsc.home().join("forged.creds");
    std::fs::write(&forged, creds).expect("write");
    assert!(
        connect_creds(&srv, &forged).await.is_err(),
        "{kind:?}: forged creds admitted"
    );
}
server_test!(nsc_chain_checks => nsc_chain_checks_rnats, nsc_chain_checks_reference);

/// node + `@nats-io/jwt` installed from npm into a temporary directory, once; `None` (with a
/// message) when node or npm is missing or the install fails.
fn npm_jwt() -> Option<&'static Path> {
    static DIR: OnceLock<Option<tempfile::TempDir>> = OnceLock::new();
    DIR.get_or_init(|| {
        let have = |c: &str| {
            std::process::Command::new(c)
                .arg("--version")
                .output()
                .is_ok_and(|o| o.status.success())
        };
        if !have("node") || !have("npm") {
            eprintln!("skipping: node/npm not installed (needed for @nats-io/jwt)");
            return None;
        }
        let dir = tempfile::tempdir().expect("temp dir");
        let mut cmd = std::process::Command::new("npm");
        cmd.args([
            "install",
            "--no-audit",
            "--no-fund",
            "--silent",
            "@nats-io/jwt",
            "@nats-io/nkeys",
        ])
        .current_dir(dir.path());
        let out = run_bounded(cmd, Duration::from_secs(120));
        if !out.status.success() {
            eprintln!(
                "skipping: npm install @nats-io/jwt failed: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            return None;
        }
        Some(dir)
    })
    .as_ref()
    .map(|d| d.path())
}

/// Runs a node script in the npm directory; returns stdout.
fn node(dir: &Path, script: &str, args: &[&str]) -> String {
    let mut cmd = std::process::Command::new("node");
    cmd.arg("-e")
        .arg(script)
        .arg("--")
        .args(args)
        .current_dir(dir);
    let out = run_bounded(cmd, RUN);
    assert!(
        out.status.success(),
        "node failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf8")
}

/// The JavaScript libraries verify and decode what rnats nsc signed.
#[test]
fn npm_jwt_reads_rnats_tokens() {
    let Some(dir) = npm_jwt() else { return };
    let nsc = Nsc::standard();
    let user = std::fs::read_to_string(nsc.home().join("O/accounts/A/users/U.jwt")).expect("jwt");
    let account = std::fs::read_to_string(nsc.home().join("O/accounts/A/A.jwt")).expect("jwt");
    let script = r#"
const jwt = require("@nats-io/jwt");
const out = [];
for (const t of process.argv.slice(1)) {
  const [h, c, s] = t.split(".");
  const claims = jwt.decode(t);
  const kp = jwt.fromPublic(claims.iss);
  const ok = kp.verify(new TextEncoder().encode(h + "." + c), Buffer.from(s, "base64url"));
  out.push({ok, type: claims.nats.type, name: claims.name, sub: claims.sub, pub: claims.nats.pub});
}
console.log(JSON.stringify(out));
"#;
    let v: serde_json::Value =
        serde_json::from_str(&node(dir, script, &[&user, &account])).expect("json");
    assert_eq!(v[0]["ok"], true, "{v}");
    assert_eq!(v[0]["type"], "user");
    assert_eq!(v[0]["name"], "U");
    assert_eq!(v[0]["pub"]["allow"], serde_json::json!(["a.>", "_INBOX.>"]));
    assert_eq!(v[1]["ok"], true, "{v}");
    assert_eq!(v[1]["type"], "account");
}

/// Writes an operator, a system account, an account and a user made by `@nats-io/jwt` into
/// `dir`: `server.conf` (memory resolver) and `user.creds` (formatted by the JS library).
fn npm_operator_setup(npm: &Path, dir: &Path) {
    let script = r#"
const jwt = require("@nats-io/jwt");
const fs = require("fs");
(async () => {
  const dir = process.argv[1];
  const okp = jwt.createOperator(), sys = jwt.createAccount(), akp = jwt.createAccount(), ukp = jwt.createUser();
  const op = await jwt.encodeOperator("JSO", okp, {system_account: sys.getPublicKey()});
  const limits = {subs: -1, data: -1, payload: -1, imports: -1, exports: -1, wildcards: true, conn: -1, leaf: -1};
  const sa = await jwt.encodeAccount("SYS", sys, {limits}, {signer: okp});
  const a = await jwt.encodeAccount("JSA", akp, {limits}, {signer: okp});
  const u = await jwt.encodeUser("JSU", ukp, akp, {pub: {allow: ["js.>"]}, sub: {allow: ["js.>"]}});
  fs.writeFileSync(dir + "/server.conf",
    `operator: ${op}\nsystem_account: ${sys.getPublicKey()}\nresolver: MEMORY\n` +
    `resolver_preload: {\n ${sys.getPublicKey()}: ${sa}\n ${akp.getPublicKey()}: ${a}\n}\n`);
  fs.writeFileSync(dir + "/user.creds", jwt.fmtCreds(u, ukp));
  fs.writeFileSync(dir + "/account.jwt", a);
})();
"#;
    node(npm, script, &[dir.to_str().expect("utf8")]);
}

/// `rnats nsc describe jwt` decodes what the JavaScript libraries made.
#[test]
fn rnats_describes_npm_tokens() {
    let Some(npm) = npm_jwt() else { return };
    let dir = tempfile::tempdir().expect("dir");
    npm_operator_setup(npm, dir.path());
    let nsc = Nsc::new();
    let user = nsc.ok(&[
        "describe",
        "jwt",
        "-f",
        dir.path().join("user.creds").to_str().expect("utf8"),
    ]);
    let user = redact(&user);
    assert!(user.contains("| Name | JSU |"), "{user}");
    assert!(user.contains("| Pub Allow | js.> |"), "{user}");
    let acc = nsc.ok(&[
        "describe",
        "jwt",
        "-J",
        "-f",
        dir.path().join("account.jwt").to_str().expect("utf8"),
    ]);
    let v: serde_json::Value = serde_json::from_str(&acc).expect("json");
    assert_eq!(v["name"], "JSA");
}

async fn npm_creds_connect(kind: Kind) {
    let Some(npm) = npm_jwt() else { return };
    let dir = tempfile::tempdir().expect("dir");
    npm_operator_setup(npm, dir.path());
    let conf = dir.path().join("server.conf");
    let srv = TestServer::start(kind, &["-c", conf.to_str().expect("utf8")]);
    let client = async_nats::ConnectOptions::with_credentials_file(dir.path().join("user.creds"))
        .await
        .expect("creds")
        .connect(srv.url())
        .await
        .expect("connect with @nats-io/jwt creds");
    let mut sub = client.subscribe("js.x").await.expect("sub");
    client.publish("js.x", "hey".into()).await.expect("pub");
    client.flush().await.expect("flush");
    let msg = tokio::time::timeout(Duration::from_secs(5), sub.next())
        .await
        .expect("in time")
        .expect("msg");
    assert_eq!(&msg.payload[..], b"hey");
}
server_test!(npm_creds_connect => npm_creds_connect_rnats, npm_creds_connect_reference);

/// Operator-mode settings rnats cannot honour yet, or that are wrong, stop the server with
/// one clear line instead of running open.
#[test]
fn operator_mode_config_errors() {
    let nsc = Nsc::standard();
    let op = std::fs::read_to_string(nsc.home().join("O/O.jwt")).expect("jwt");
    let cases = [
        (
            format!("operator: {op}\nresolver: URL(http://127.0.0.1:1/jwt/v1/accounts/)\n"),
            "the URL account resolver is not supported by rnats yet",
        ),
        (
            format!("operator: {op}\nresolver: {{ type: full }}\n"),
            "dir has no value and needs to point to a directory",
        ),
        (
            "operator: eyJhbGciOiJub25lIn0.e30.x\n".to_string(),
            "error parsing operator JWT",
        ),
        (
            format!("operator: {op}\nauthorization {{ user: a, password: b }}\n"),
            "operators do not allow authorization users",
        ),
    ];
    for (conf, want) in cases {
        let path = nsc.home().join("bad.conf");
        std::fs::write(&path, &conf).expect("write");
        let out = run_bounded(
            Kind::Rnats.command(&["-c", path.to_str().expect("utf8")]),
            RUN,
        );
        assert!(!out.status.success(), "{conf}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(want), "{conf}: {err}");
    }
}

/// Volatile values of `account info` as placeholders: ids, ports, RTT, client id.
fn redact_account_info(text: &str, srv: &TestServer) -> String {
    let port = srv.port().to_string();
    text.lines()
        .map(|l| {
            let l = l.replace(&port, "[PORT]");
            let Some((label, value)) = l.split_once(": ") else {
                return l;
            };
            let value = match label.trim() {
                "RTT" => "[ELAPSED]".to_string(),
                "Client ID" => "[CID]".to_string(),
                "Connected Server ID" | "Connected Server Name" => "[SERVER_ID]".to_string(),
                "User" | "Account" => match value.split_once(" (") {
                    Some((name, _)) => format!("{name} ([NKEY])"),
                    None => "[NKEY]".to_string(),
                },
                _ => value.to_string(),
            };
            format!("{label}: {value}")
        })
        .filter(|l| !l.trim_start().starts_with("Connected Server Name"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// `rnats account info` against both servers in operator mode, as a user of an account with
/// JetStream (unlimited tier) and as the system user (JetStream off): the same report.
#[test]
fn account_info_twin() {
    if !util::available(Kind::Reference) {
        return;
    }
    let nsc = Nsc::standard();
    nsc.ok(&["edit", "account", "-n", "A", "--js-enable", "0"]);
    nsc.ok(&["add", "user", "-n", "full"]);
    let mut reports = Vec::new();
    for kind in [Kind::Rnats, Kind::Reference] {
        let conf = nsc.home().join("server.conf");
        let resolver = nsc.ok(&["generate", "config", "--mem-resolver"]);
        std::fs::write(&conf, resolver).expect("conf");
        let store = tempfile::tempdir().expect("store");
        let srv = TestServer::start(
            kind,
            &[
                "-c",
                conf.to_str().expect("utf8"),
                "-js",
                "-sd",
                store.path().to_str().expect("utf8"),
            ],
        );
        let mut both = String::new();
        for (acc, user) in [("A", "full"), ("SYS", "sys")] {
            let mut cmd = std::process::Command::new(RNATS);
            cmd.args(["-s", &srv.url(), "--creds"])
                .arg(nsc.creds(acc, user))
                .args(["account", "info"]);
            let out = run_bounded(cmd, RUN);
            assert!(
                out.status.success(),
                "{kind:?}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            both.push_str(&redact_account_info(
                &String::from_utf8_lossy(&out.stdout),
                &srv,
            ));
            both.push_str("\n---\n");
        }
        reports.push(both);
    }
    // The user of account A: the same report from both servers, JetStream section included.
    let a_of = |r: &str| r.split("\n---\n").next().unwrap_or_default().to_string();
    assert_eq!(a_of(&reports[0]), a_of(&reports[1]));
    let a = a_of(&reports[0]);
    for line in [
        "User: full ([NKEY])",
        "Account: A ([NKEY])",
        "System Account: false",
        "Expires: never",
        "Connected URL: nats://127.0.0.1:[PORT]",
        "Connected Server Version: 2.14.0",
        "TLS Connection: no",
        "Streams: 0 of Unlimited",
        "Consumer Maximum Ack Pending: Unlimited",
    ] {
        assert!(a.contains(line), "{line:?} missing:\n{a}");
    }
    assert!(
        a.contains("\nJetStream Account Information:\n\nAccount Usage:\n"),
        "{a}"
    );
    assert!(
        a.contains("\n  Tier: Default:\n\n      Configuration Requirements:\n"),
        "{a}"
    );
    // The system user: same identity lines. (rnats answers `$JS.API.INFO` in an account
    // without JetStream with no responders, nats-server with error 10039: the last line
    // differs, so only the rest is compared.)
    let sys_of = |r: &str| {
        let sys = r.split("\n---\n").nth(1).unwrap_or_default();
        sys.lines()
            .filter(|l| {
                !l.contains("JetStream is not supported") && !l.contains("Could not obtain")
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert_eq!(sys_of(&reports[0]), sys_of(&reports[1]));
    assert!(sys_of(&reports[0]).contains("System Account: true"));
    assert!(sys_of(&reports[0]).contains("User: sys ([NKEY])"));
}

/// A public service export and a private stream export (opened with an activation token), made
/// with `rnats nsc add export|import` and `generate activation`, work across accounts.
async fn nsc_exports_imports(kind: Kind) {
    let nsc = Nsc::standard();
    nsc.ok(&["add", "user", "-a", "A", "-n", "ua"]);
    nsc.ok(&["add", "export", "-a", "A", "-s", "svc.>", "--service"]);
    nsc.ok(&["add", "export", "-a", "A", "-s", "feed.>", "--private"]);
    nsc.ok(&["add", "account", "-n", "B"]);
    nsc.ok(&["add", "user", "-a", "B", "-n", "ub"]);
    let key = |acc: &str| {
        let v: serde_json::Value =
            serde_json::from_str(&nsc.ok(&["describe", "account", "-n", acc, "-J"])).expect("json");
        v["sub"].as_str().expect("sub").to_owned()
    };
    let (a_key, b_key) = (key("A"), key("B"));
    nsc.ok(&[
        "add",
        "import",
        "-a",
        "B",
        "--src-account",
        &a_key,
        "--remote-subject",
        "svc.echo",
        "--service",
    ]);
    let act = nsc.home().join("act.jwt");
    nsc.ok(&[
        "generate",
        "activation",
        "-a",
        "A",
        "-s",
        "feed.>",
        "-t",
        &b_key,
        "-o",
        act.to_str().expect("utf8"),
    ]);
    nsc.ok(&[
        "add",
        "import",
        "-a",
        "B",
        "-u",
        act.to_str().expect("utf8"),
    ]);
    let described = nsc.ok(&["describe", "account", "-n", "A"]);
    assert!(described.contains("| svc.>"), "{described}");
    let srv = start_operator_mode(kind, &nsc);
    let ua = connect_creds(&srv, &nsc.creds("A", "ua"))
        .await
        .expect("ua");
    let ub = connect_creds(&srv, &nsc.creds("B", "ub"))
        .await
        .expect("ub");
    let mut svc = ua.subscribe("svc.echo").await.expect("sub");
    util::sync(&ua).await;
    let responder = ua.clone();
    tokio::spawn(async move {
        if let Some(m) = svc.next().await {
            if let Some(reply) = m.reply {
                let _ = responder.publish(reply, m.payload).await;
                let _ = responder.flush().await;
            }
        }
    });
    let reply = tokio::time::timeout(
        Duration::from_secs(5),
        ub.request("svc.echo", "ping".into()),
    )
    .await
    .expect("in time")
    .expect("service import answers");
    assert_eq!(&reply.payload[..], b"ping");
    let mut feed = ub.subscribe("feed.x").await.expect("sub");
    ub.flush().await.expect("flush");
    // The import's subscription reaches the exporter's account asynchronously.
    let mut got = None;
    for _ in 0..50 {
        ua.publish("feed.x", "news".into()).await.expect("pub");
        ua.flush().await.expect("flush");
        if let Ok(Some(m)) = tokio::time::timeout(Duration::from_millis(100), feed.next()).await {
            got = Some(m);
            break;
        }
    }
    assert_eq!(&got.expect("stream import delivers").payload[..], b"news");
}
server_test!(nsc_exports_imports => nsc_exports_imports_rnats, nsc_exports_imports_reference);

/// A user JWT's `payload` limit is enforced: a larger publish is a payload violation.
async fn nsc_user_payload_limit(kind: Kind) {
    let nsc = Nsc::standard();
    nsc.ok(&["add", "user", "-n", "small"]);
    nsc.ok(&["edit", "user", "-n", "small", "--payload", "10"]);
    let srv = start_operator_mode(kind, &nsc);
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel::<String>();
    let client = async_nats::ConnectOptions::with_credentials_file(nsc.creds("A", "small"))
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
    client.publish("a.ok", "tiny".into()).await.expect("pub");
    client
        .publish("a.big", "twenty bytes payload".into())
        .await
        .expect("pub");
    client.flush().await.expect("flush");
    let seen = tokio::time::timeout(Duration::from_secs(5), async {
        while let Some(e) = rx.recv().await {
            if e.to_lowercase().contains("maximum payload") {
                return e;
            }
        }
        String::new()
    })
    .await
    .expect("payload violation reported");
    assert!(!seen.is_empty(), "{kind:?}");
}
server_test!(nsc_user_payload_limit => nsc_user_payload_limit_rnats, nsc_user_payload_limit_reference);
