//! `nsc push` and `nsc pull` against a nats-server (or rnats) running the nats-based account
//! resolver (nsc `cmd/push.go`, `cmd/pull.go`).
//!
//! Both connect as a temporary user of the system account, made on the spot as nsc makes it:
//! signed by the system account's key (or, under strict signing key usage, by its first
//! unscoped signing key), `issuer_account` the system account, named
//! `nsc temporary push user`, valid two minutes, allowed to publish only the resolver's request
//! subjects and to subscribe to `_INBOX.>`; `--system-user` names a stored system user instead.
//! `push` sends each account JWT to `$SYS.REQ.CLAIMS.UPDATE` and collects the answers of every
//! server for `--timeout` seconds; `-R` sends an operator-signed delete request to
//! `$SYS.REQ.CLAIMS.DELETE`. `pull -A` asks `$SYS.REQ.CLAIMS.PACK` for every stored JWT and keeps
//! the account JWTs in the store. HTTP account servers are not supported.
//!
//! Output is nsc's report: `[ OK ]`/`[ERR ]` lines nested seven spaces per level, on stdout,
//! or on stderr (exit code 1) when something failed.

use std::time::Duration;

use anyhow::{anyhow, bail, Result};
use data_encoding::BASE64URL_NOPAD;
use rnats_proto::client::{self, ConnectOptions};
use rnats_proto::jwt::{self, AccountClaims, UserClaims};
use rnats_proto::nkeys::{KeyPair, KeyRole};

use crate::store::{Env, Store};

/// A status line and its nested details (nsc `store.Report`).
#[derive(Debug, Default)]
pub struct Report {
    label: String,
    error: bool,
    details: Vec<Report>,
}

impl Report {
    fn new(label: impl Into<String>) -> Report {
        Report {
            label: label.into(),
            ..Report::default()
        }
    }

    fn ok(&mut self, label: impl Into<String>) {
        self.details.push(Report::new(label));
    }

    fn err(&mut self, label: impl Into<String>) {
        self.details.push(Report {
            label: label.into(),
            error: true,
            details: Vec::new(),
        });
    }

    /// Whether this report or a detail failed.
    pub fn has_errors(&self) -> bool {
        self.error || self.details.iter().any(Report::has_errors)
    }

    /// nsc's rendering: `[ OK ] label`, then `:` and each detail indented seven more spaces.
    pub fn format(&self, indent: &str) -> String {
        let tag = if self.has_errors() {
            "[ERR ]"
        } else {
            "[ OK ]"
        };
        let mut s = format!("{indent}{tag} {}", self.label);
        if !self.details.is_empty() {
            s.push_str(":\n");
            let inner = format!("{indent}       ");
            let lines: Vec<String> = self.details.iter().map(|d| d.format(&inner)).collect();
            s.push_str(&lines.join("\n"));
        }
        s
    }
}

/// The top of a run: its details printed at the left margin, no label of its own.
fn render(top: &[Report]) -> String {
    top.iter()
        .map(|r| r.format(""))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Whether `url` names a nats-server rather than an HTTP account server (nsc `IsResolverURL`).
pub fn is_resolver_url(url: &str) -> bool {
    let u = url.to_ascii_lowercase();
    ["nats://", "tls://", "ws://", "wss://"]
        .iter()
        .any(|p| u.starts_with(p))
}

/// Credentials of a system account user for the resolver requests.
struct SysUser {
    account_name: String,
    jwt: String,
    seed: String,
}

/// nsc `getSystemAccountUser`.
fn system_user(
    st: &Store,
    sys_account: Option<&str>,
    sys_user: Option<&str>,
    allow_pubs: &[&str],
) -> Result<SysUser> {
    let op = st.operator()?;
    let account_name = match sys_account {
        Some(a) => a.to_owned(),
        None => st
            .account_name_by_key(&op.nats.system_account)
            .ok_or_else(|| anyhow!("system account {:?} not found", op.nats.system_account))?,
    };
    let ac = st.account(&account_name)?;
    if sys_user.is_none() {
        let key = if op.nats.strict_signing_key_usage {
            let unscoped: Vec<&String> = ac
                .nats
                .signing_keys
                .0
                .iter()
                .filter(|(_, s)| s.is_none())
                .map(|(k, _)| k)
                .collect();
            if ac.nats.signing_keys.is_empty() {
                bail!(
                    "operator requires signing keys, system account {account_name:?} doesn't have signing keys'"
                );
            }
            match unscoped.first() {
                Some(k) => (*k).clone(),
                None => bail!(
                    "system account {account_name:?} only has scoped signing keys, specify --system-user"
                ),
            }
        } else {
            ac.data.subject.clone()
        };
        if let Some(signer) = st.keys.get(&key) {
            let user =
                KeyPair::new(KeyRole::User).map_err(|e| anyhow!("generating a user key: {e}"))?;
            let mut uc = UserClaims::new_user(&user.public_key());
            uc.nats.issuer_account = op.nats.system_account.clone();
            uc.data.expires = jwt::unix_now() + 120;
            uc.data.name = "nsc temporary push user".to_string();
            uc.nats.perms.permissions.publish.allow =
                allow_pubs.iter().map(|s| s.to_string()).collect();
            uc.nats.perms.permissions.subscribe.allow = vec!["_INBOX.>".to_string()];
            let token = uc.encode(&signer)?;
            return Ok(SysUser {
                account_name,
                jwt: token,
                seed: user.seed(),
            });
        }
    }
    let users: Vec<String> = match sys_user {
        Some(u) => vec![u.to_owned()],
        None => st.users(&account_name),
    };
    for u in users {
        let Ok(claims) = st.user(&account_name, &u) else {
            continue;
        };
        let Some(kp) = st.keys.get(&claims.data.subject) else {
            continue;
        };
        if let Ok(token) = st.user_token(&account_name, &u) {
            return Ok(SysUser {
                account_name,
                jwt: token,
                seed: kp.seed(),
            });
        }
    }
    bail!("no system account user with corresponding nkey found")
}

async fn connect(url: &str, user: &SysUser, name: &str) -> Result<client::Client> {
    let mut opts = ConnectOptions::with_server(url);
    opts.name = Some(name.to_owned());
    opts.jwt = Some(user.jwt.clone());
    opts.seed = Some(user.seed.clone());
    opts.max_reconnects = Some(0);
    Ok(client::connect(opts).await?)
}

/// nsc `multiRequest`: publishes once, then takes answers until `timeout` passes without one.
async fn multi_request(
    nc: &client::Client,
    timeout: Duration,
    report: &mut Report,
    operation: &str,
    subject: &str,
    body: Vec<u8>,
    mut on_answer: impl FnMut(&mut Report, &str, &serde_json::Value),
) -> usize {
    let inbox = nc.new_inbox();
    let mut sub = match nc.subscribe(inbox.clone()).await {
        Ok(s) => s,
        Err(e) => {
            report.err(format!("failed to subscribe to response subject: {e}"));
            return 0;
        }
    };
    if let Err(e) = nc
        .publish_with_reply(subject, inbox, None, body.into())
        .await
    {
        report.err(format!("failed to {operation}: {e}"));
        return 0;
    }
    let end = tokio::time::Instant::now() + timeout;
    let mut responses = 0;
    loop {
        match tokio::time::timeout_at(end, sub.next()).await {
            Ok(Some(msg)) => match check_response(&msg.payload) {
                Ok((srv, data)) => {
                    on_answer(report, &srv, &data);
                    responses += 1;
                }
                Err(e) => {
                    report.err(e);
                    break;
                }
            },
            Ok(None) | Err(_) => {
                if responses == 0 {
                    report.err(format!(
                        "failed to get response to {operation}: nats: timeout"
                    ));
                }
                break;
            }
        }
    }
    responses
}

/// nsc `processResponse`: the server's name and the `data`, or the report line.
fn check_response(body: &[u8]) -> Result<(String, serde_json::Value), String> {
    let text = String::from_utf8_lossy(body);
    let v: serde_json::Value = serde_json::from_slice(body)
        .map_err(|e| format!("failed to parse response: {e} data: {text}"))?;
    let srv = v["server"]["name"].as_str().unwrap_or_default().to_owned();
    if srv.is_empty() {
        return Err(format!(
            "server responded without server name in info: {text}"
        ));
    }
    if let Some(e) = v.get("error").filter(|e| !e.is_null()) {
        return Err(format!(
            "server {srv} responded with error: {}",
            e["description"].as_str().unwrap_or_default()
        ));
    }
    match v.get("data").filter(|d| !d.is_null()) {
        Some(d) => Ok((srv, d.clone())),
        None => Err(format!("server {srv} responded without data: {text}")),
    }
}

fn message_of(data: &serde_json::Value) -> String {
    match data.get("message").and_then(|m| m.as_str()) {
        Some(m) => m.to_owned(),
        None => data.to_string(),
    }
}

/// What `nsc push` was asked.
#[derive(Debug, Default)]
pub struct PushRequest {
    /// `-A`.
    pub all: bool,
    /// `-a`.
    pub account: Option<String>,
    /// `-u`.
    pub url: Option<String>,
    /// `--system-account`.
    pub system_account: Option<String>,
    /// `--system-user`.
    pub system_user: Option<String>,
    /// `-R`: account name or public key to remove from the servers.
    pub remove: Option<String>,
    /// `-F`.
    pub force: bool,
    /// `-P`: delete from the servers every account not in the store.
    pub prune: bool,
    /// `-D`: list the accounts only the servers have.
    pub diff: bool,
    /// `--timeout` seconds (clamped to 1..=60).
    pub timeout: i64,
}

/// Prints the report (stdout, or stderr when it has errors); an error when it failed.
fn finish(top: &[Report]) -> Result<()> {
    let text = render(top);
    let failed = top.iter().any(Report::has_errors);
    if failed {
        eprintln!("{text}");
        let n = top.iter().filter(|r| r.has_errors()).count();
        if n == top.len() {
            bail!("all jobs failed");
        }
        bail!(
            "{n} {} failed - {} {} succeeded and 0 had warnings",
            if n > 1 { "jobs" } else { "job" },
            top.len() - n,
            if top.len() - n > 1 { "jobs" } else { "job" }
        );
    }
    println!("{text}");
    Ok(())
}

/// `nsc push`.
pub fn push(env: &Env, req: PushRequest) -> Result<()> {
    if req.all && req.account.is_some() {
        bail!("specify only one of --account or --all-accounts");
    }
    let st = env.store(None)?;
    let op = st.operator()?;
    let url = req
        .url
        .clone()
        .unwrap_or_else(|| op.nats.account_server_url.clone());
    let accounts_all = st.accounts();
    if accounts_all.is_empty() {
        bail!("operator {:?} has no accounts", st.name);
    }
    if req.remove.is_some() && (req.prune || req.diff) {
        bail!("--prune/--diff and --account-removal <account> are mutually exclusive");
    }
    if req.prune && req.diff {
        bail!("--prune and --diff are mutually exclusive");
    }
    let targets: Vec<String> = if req.all {
        accounts_all.clone()
    } else if req.remove.is_some() || req.prune || req.diff {
        Vec::new()
    } else {
        let a = st.account_name(req.account.as_deref(), &env.config.account)?;
        if !accounts_all.contains(&a) {
            bail!(
                "account {a:?} is not under operator {:?} - nsc env to check your env",
                st.name
            );
        }
        vec![a]
    };
    if url.trim().is_empty() {
        bail!("no account server url or nats-server url was provided by the operator jwt");
    }
    if !is_resolver_url(&url) {
        let scheme = url
            .split("://")
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        if scheme == "http" || scheme == "https" {
            bail!("pushing to an HTTP account server is not supported by rnats yet: use a nats:// URL of a server with the nats-based resolver");
        }
        bail!("scheme {scheme:?} is not supported (http, https, nats, ws, wss)");
    }
    if !req.force {
        for a in &targets {
            let token = st.account_token(a)?;
            let ac = AccountClaims::decode(&token)
                .map_err(|e| anyhow!("unable to push account {a:?}: {e}"))?;
            if let Err(e) = ac.data.check_times(jwt::unix_now()) {
                bail!("unable to push account {a:?} as it has validation issues: {e}");
            }
            if !op.did_sign(&ac.data.issuer) {
                bail!(
                    "unable to push account {a:?} as it is not signed by the operator {:?}",
                    st.name
                );
            }
        }
    }
    let remove_key = match &req.remove {
        None => None,
        Some(r) if rnats_proto::nkeys::is_valid_public_key(r, Some(KeyRole::Account)) => {
            Some(r.clone())
        }
        Some(r) => Some(st.account(r)?.data.subject),
    };
    let timeout = Duration::from_secs(req.timeout.clamp(1, 60) as u64);
    let user = match system_user(
        &st,
        req.system_account.as_deref(),
        req.system_user.as_deref(),
        &[
            "$SYS.REQ.CLAIMS.LIST",
            "$SYS.REQ.CLAIMS.UPDATE",
            "$SYS.REQ.CLAIMS.DELETE",
        ],
    ) {
        Ok(u) => u,
        Err(e) => {
            let mut r = Report::new(format!("error obtaining system account user: {e}"));
            r.error = true;
            return finish(&[r]);
        }
    };
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let top = rt.block_on(async {
        let mut top = Vec::new();
        let nc = match connect(&url, &user, "nsc_push").await {
            Ok(nc) => nc,
            Err(e) => {
                let mut r = Report::new(format!("failed to connect: {e}"));
                r.error = true;
                return Ok::<_, anyhow::Error>(vec![r]);
            }
        };
        if !targets.is_empty() {
            let mut sub = Report::new(format!(
                "push to nats-server {url:?} using system account {:?}",
                user.account_name
            ));
            for a in &targets {
                let mut sub_acc = Report::new(format!(
                    "push {a} to nats-server with nats account resolver"
                ));
                match st.account_token(a) {
                    Err(e) => sub_acc.err(format!("failed to read account {a:?}: {e}")),
                    Ok(raw) => {
                        let n = multi_request(
                            &nc,
                            timeout,
                            &mut sub_acc,
                            "push account",
                            "$SYS.REQ.CLAIMS.UPDATE",
                            raw.into_bytes(),
                            |r, srv, data| {
                                r.ok(format!(
                                    "pushed {a:?} to nats-server {srv}: {}",
                                    message_of(data)
                                ))
                            },
                        )
                        .await;
                        sub_acc.ok(format!("pushed to a total of {n} nats-server"));
                    }
                }
                sub.details.push(sub_acc);
            }
            top.push(sub);
        }
        if req.prune || req.diff {
            let label = if req.prune {
                "prune nats-server with nats account resolver"
            } else {
                "diff nats-server with nats account resolver"
            };
            let mut sub = Report::new(label);
            // nsc `createMapping`: public key → name of every local account.
            let names: std::collections::BTreeMap<String, String> = accounts_all
                .iter()
                .filter_map(|n| st.account(n).ok().map(|c| (c.data.subject, n.clone())))
                .collect();
            let mut delete = Vec::new();
            let n = multi_request(
                &nc,
                timeout,
                &mut sub,
                "list accounts",
                "$SYS.REQ.CLAIMS.LIST",
                Vec::new(),
                |r, srv, data| {
                    let list: Vec<&str> = data
                        .as_array()
                        .map(|a| a.iter().filter_map(|v| v.as_str()).collect())
                        .unwrap_or_default();
                    let mut per = Report::new(format!(
                        "list {} accounts from nats-server {srv}",
                        list.len()
                    ));
                    for acc in list {
                        match names.get(acc) {
                            Some(name) => per.ok(format!("account {acc} named {name} exists")),
                            None => {
                                per.ok(format!("account {acc} only exists in server"));
                                delete.push(acc.to_owned());
                            }
                        }
                    }
                    r.details.push(per);
                },
            )
            .await;
            sub.ok(format!("listed accounts from a total of {n} nats-server"));
            if req.prune {
                if delete.is_empty() {
                    sub.ok("nothing to prune");
                } else {
                    match delete_request(&st, &delete) {
                        Err(e) => sub.err(format!(
                            "Could not obtain Operator key to sign the delete request (err:{e})"
                        )),
                        Ok(token) => {
                            let pruned = multi_request(
                                &nc,
                                timeout,
                                &mut sub,
                                "prune",
                                "$SYS.REQ.CLAIMS.DELETE",
                                token.into_bytes(),
                                |r, srv, data| {
                                    r.ok(format!("pruned nats-server {srv}: {}", message_of(data)))
                                },
                            )
                            .await;
                            if pruned < n {
                                sub.err(format!("Fewer server responded to 'prune' ({pruned}) than to 'list' ({n}). Accounts may not be completely pruned."));
                            } else if pruned > n {
                                sub.err(format!("More servers responded to 'prune' ({pruned}) than to 'list' ({n}). Not every Account may have been included for pruning."));
                            }
                        }
                    }
                }
            }
            top.push(sub);
        }
        if let Some(key) = remove_key {
            let mut sub = Report::new("prune nats-server with nats account resolver");
            match delete_request(&st, &[key]) {
                Err(e) => sub.err(format!(
                    "Could not obtain Operator key to sign the delete request (err:{e})"
                )),
                Ok(token) => {
                    multi_request(
                        &nc,
                        timeout,
                        &mut sub,
                        "prune",
                        "$SYS.REQ.CLAIMS.DELETE",
                        token.into_bytes(),
                        |r, srv, data| {
                            r.ok(format!("pruned nats-server {srv}: {}", message_of(data)))
                        },
                    )
                    .await;
                }
            }
            top.push(sub);
        }
        nc.close().await;
        Ok(top)
    })?;
    finish(&top)
}

/// An operator-signed generic JWT listing `accounts` to delete (nsc `sendDeleteRequest`:
/// `jwt.NewGenericClaims(operator)` with `nats.accounts`).
fn delete_request(st: &Store, accounts: &[String]) -> Result<String> {
    let op = st.operator()?;
    let kp = st.operator_signer(&op, None)?;
    let iss = kp.public_key();
    let mut data = jwt::ClaimsData {
        issued_at: jwt::unix_now(),
        issuer: iss.clone(),
        subject: iss,
        ..jwt::ClaimsData::default()
    };
    data.id = data.hash();
    let mut claims = serde_json::to_value(&data)?;
    claims["nats"] = serde_json::json!({ "accounts": accounts, "version": 2 });
    let header = serde_json::json!({"typ": "JWT", "alg": "ed25519-nkey"});
    let mut token = BASE64URL_NOPAD.encode(header.to_string().as_bytes());
    token.push('.');
    token.push_str(&BASE64URL_NOPAD.encode(claims.to_string().as_bytes()));
    let sig = kp.sign(token.as_bytes())?;
    token.push('.');
    token.push_str(&BASE64URL_NOPAD.encode(&sig));
    Ok(token)
}

/// What `nsc pull` was asked.
#[derive(Debug, Default)]
pub struct PullRequest {
    /// `-A`.
    pub all: bool,
    /// `-a`.
    pub account: Option<String>,
    /// `-F`: overwrite local JWTs newer than the server's.
    pub overwrite: bool,
    /// `--system-account`.
    pub system_account: Option<String>,
    /// `--system-user`.
    pub system_user: Option<String>,
}

/// `nsc pull`: with a nats-resolver URL, every account JWT the server stores.
pub fn pull(env: &Env, req: PullRequest) -> Result<()> {
    if !req.all && req.account.is_none() {
        bail!("specify --all or --account");
    }
    let st = env.store(None)?;
    let op = st.operator()?;
    let url = op.nats.account_server_url.clone();
    if url.is_empty() {
        bail!(
            "operator {:?} doesn't set account server url - unable to pull",
            st.name
        );
    }
    if !is_resolver_url(&url) {
        bail!("pulling from an HTTP account server is not supported by rnats yet: set a nats:// account server URL (nsc edit operator -u)");
    }
    if !req.all {
        bail!(
            "operator {:?} can only pull all jwt - unable to pull by account",
            st.name
        );
    }
    let mut sub_r = Report::new("pull from cluster using system account");
    let user = match system_user(
        &st,
        req.system_account.as_deref(),
        req.system_user.as_deref(),
        &["$SYS.REQ.CLAIMS.PACK"],
    ) {
        Ok(u) => u,
        Err(e) => {
            sub_r.err(format!("failed to obtain system user: {e}"));
            return finish(&[sub_r]);
        }
    };
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let tokens: Vec<String> = rt.block_on(async {
        let nc = match connect(&url, &user, "nsc_pull").await {
            Ok(nc) => nc,
            Err(e) => {
                sub_r.err(format!("failed to connect to {url}: {e}"));
                return Vec::new();
            }
        };
        let inbox = nc.new_inbox();
        let mut out = Vec::new();
        let mut sub = match nc.subscribe(inbox.clone()).await {
            Ok(s) => s,
            Err(e) => {
                sub_r.err(format!("failed to subscribe to response subject: {e}"));
                return out;
            }
        };
        if let Err(e) = nc
            .publish_with_reply("$SYS.REQ.CLAIMS.PACK", inbox, None, Vec::new().into())
            .await
        {
            sub_r.err(format!("failed to pull accounts: {e}"));
            return out;
        }
        loop {
            match tokio::time::timeout(Duration::from_secs(1), sub.next()).await {
                Ok(Some(m)) if m.payload.is_empty() => break,
                Ok(Some(m)) => {
                    let text = String::from_utf8_lossy(&m.payload).into_owned();
                    match text.split_once('|') {
                        Some((_, token)) if !token.contains('|') => out.push(token.to_owned()),
                        _ => {
                            sub_r.err("pull response bad");
                            break;
                        }
                    }
                }
                _ => {
                    sub_r.err("failed to get response to pull: nats: timeout");
                    break;
                }
            }
        }
        nc.close().await;
        out
    });
    for token in tokens {
        store_pulled(&st, &mut sub_r, &token, req.overwrite);
    }
    finish(&[sub_r])
}

/// nsc `maybeStoreJWT`: keeps an account JWT unless the local one is newer.
fn store_pulled(st: &Store, report: &mut Report, token: &str, overwrite: bool) {
    let ac = match AccountClaims::decode(token.trim()) {
        Ok(c) => c,
        Err(e) => {
            report.err(format!("error decoding remote token: {e} {token}"));
            return;
        }
    };
    let name = ac.data.name.clone();
    let local = st.account(&name).map(|l| l.data.issued_at).unwrap_or(0);
    if local > ac.data.issued_at && !overwrite {
        report.err(format!(
            "local jwt for {name:?} is newer than remote version - specify --overwrite-newer to overwrite"
        ));
        return;
    }
    if let Err(e) = st.write_account(&name, token.trim()) {
        report.err(format!("error storing {name:?}: {e}"));
        return;
    }
    report.ok(format!("stored account {name:?}"));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn report_nesting_is_nscs() {
        let mut top =
            Report::new("push to nats-server \"nats://h:1\" using system account \"SYS\"");
        let mut a = Report::new("push A to nats-server with nats account resolver");
        a.ok("pushed \"A\" to nats-server N1: jwt updated");
        a.ok("pushed to a total of 1 nats-server");
        top.details.push(a);
        assert_eq!(
            render(&[top]),
            "[ OK ] push to nats-server \"nats://h:1\" using system account \"SYS\":\n       \
             [ OK ] push A to nats-server with nats account resolver:\n              \
             [ OK ] pushed \"A\" to nats-server N1: jwt updated\n              \
             [ OK ] pushed to a total of 1 nats-server"
        );
        let mut e = Report::new("x");
        e.err("bad");
        assert!(e.format("").starts_with("[ERR ] x:\n       [ERR ] bad"));
    }

    #[test]
    fn resolver_urls() {
        assert!(is_resolver_url("nats://127.0.0.1:4222"));
        assert!(is_resolver_url("TLS://h:1"));
        assert!(!is_resolver_url("http://h/jwt/v1"));
    }
}
