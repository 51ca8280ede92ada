//! The system account's services and events (nats-server `server/events.go`): who-am-I
//! (`$SYS.REQ.USER.INFO`), per-account monitoring requests (`$SYS.REQ.ACCOUNT.<acct>.CONNZ`,
//! `SUBSZ`, `INFO`), per-server monitoring requests (`$SYS.REQ.SERVER.PING[.<KIND>]`,
//! `$SYS.REQ.SERVER.<id>.<KIND>` for STATSZ, VARZ, CONNZ, SUBSZ, JSZ, HEALTHZ, IDZ,
//! ACCOUNTZ, ROUTEZ, GATEWAYZ, LEAFZ, IPQUEUESZ and RAFTZ, answered with the same data as the
//! HTTP endpoints), per-account statistics (`$SYS.REQ.ACCOUNT.PING.STATZ`,
//! `$SYS.REQ.ACCOUNT.<acct>.STATZ`, `LEAFZ`), the periodic
//! `$SYS.SERVER.<id>.STATSZ` heartbeat, and the connect/disconnect advisories
//! (`$SYS.ACCOUNT.<acct>.CONNECT`, `DISCONNECT`, `SERVER.CONNS`).
//!
//! One internal client of kind `System` lives in the system account and answers requests on
//! its own task; a second task sends the heartbeat. Other accounts reach `$SYS.REQ.USER.INFO`
//! and `$SYS.REQ.SERVER.PING.CONNZ` through service imports with `share`, so the request
//! carries a `Nats-Request-Info` header naming the requesting client: the service answers
//! with that client's user, account and permissions, or with its account's connections only.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use serde_json::{json, Value};

use crate::account::{Account, ServiceImport};
use crate::client::{ClientShared, ConnKind};
use crate::internal::{InternalClient, InternalMsg, InternalReceiver};
use crate::monitor::{
    AccountStatzOptions, AccountzOptions, ConnzOptions, GatewayzOptions, HealthzOptions,
    IpqueueszOptions, LeafzOptions, MonitorSource, RoutezOptions, SubszOptions, Timestamp,
};
use crate::server::{Server, VERSION};

/// The header a shared service import adds: the requester as JSON (upstream `ClientInfo`).
pub const REQUEST_INFO_HEADER: &str = "Nats-Request-Info";

/// What clients of every account (the system account too) ask to learn who they are.
const USER_INFO: &str = "$SYS.REQ.USER.INFO";
/// Where the system service answers it: reached only through the imports that add
/// `Nats-Request-Info`, so the service always knows who asks.
const USER_INFO_INTERNAL: &str = "$SYS._RNATS_.USER.INFO";

/// The first `$SYS.SERVER.<id>.STATSZ` heartbeat comes this soon after start; the interval
/// then doubles (observed on nats-server 2.14: gaps of 1 s, 2 s, 4 s, 8 s, then 10 s).
const STATSZ_FIRST: std::time::Duration = std::time::Duration::from_millis(250);
/// The steady-state `$SYS.SERVER.<id>.STATSZ` interval (upstream `statsz` heartbeat).
const STATSZ_INTERVAL: std::time::Duration = std::time::Duration::from_secs(10);

/// What clients of other accounts send to list their own account's connections (upstream
/// imports it into every account from the system account's `$SYS.REQ.ACCOUNT.<acct>.CONNZ`).
const ACCOUNT_CONNZ: &str = "$SYS.REQ.SERVER.PING.CONNZ";
/// Where the system service answers it, with `Nats-Request-Info` naming the account.
const ACCOUNT_CONNZ_INTERNAL: &str = "$SYS._RNATS_.ACCOUNT.CONNZ";

/// The `$SYS.REQ.SERVER.PING.<KIND>` and `$SYS.REQ.SERVER.<id>.<KIND>` kinds served.
const SERVER_KINDS: [&str; 13] = [
    "STATSZ",
    "VARZ",
    "CONNZ",
    "SUBSZ",
    "JSZ",
    "HEALTHZ",
    "IDZ",
    "ACCOUNTZ",
    "ROUTEZ",
    "GATEWAYZ",
    "LEAFZ",
    "IPQUEUESZ",
    "RAFTZ",
];

/// What clients of every account send for their own account's statistics (upstream imports it
/// from the system account's `$SYS.REQ.ACCOUNT.<acct>.STATZ`); in the system account itself it
/// asks for every account's.
const ACCOUNT_PING_STATZ: &str = "$SYS.REQ.ACCOUNT.PING.STATZ";

/// The system account's service: an internal client and the event sequence.
pub struct SystemService {
    server: std::sync::Weak<Server>,
    client: InternalClient,
    account: Arc<Account>,
    seq: AtomicU64,
}

impl std::fmt::Debug for SystemService {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SystemService")
            .field("account", &self.account.name())
            .finish()
    }
}

/// A fresh event id (upstream uses a NUID: 22 base62 characters).
fn event_id() -> String {
    const BASE62: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    (0..22)
        .map(|_| BASE62[fastrand::usize(..BASE62.len())] as char)
        .collect()
}

fn ts(t: std::time::SystemTime) -> Value {
    serde_json::to_value(Timestamp::utc(t)).unwrap_or(Value::Null)
}

impl SystemService {
    /// Starts the service in `account` (the system account) and imports its user-facing
    /// services into every other account.
    pub fn start(server: &Arc<Server>, account: &Arc<Account>) -> anyhow::Result<Arc<Self>> {
        let (client, rx) = server.internal_client_in(account, ConnKind::System, "System");
        for s in [
            USER_INFO_INTERNAL,
            ACCOUNT_CONNZ_INTERNAL,
            "$SYS.REQ.ACCOUNT.*.CONNZ",
            "$SYS.REQ.ACCOUNT.*.SUBSZ",
            "$SYS.REQ.ACCOUNT.*.INFO",
            "$SYS.REQ.ACCOUNT.*.STATZ",
            "$SYS.REQ.ACCOUNT.*.LEAFZ",
            "$SYS.REQ.SERVER.PING",
        ] {
            client
                .subscribe(s, None)
                .map_err(|e| anyhow::anyhow!("system subscription {s}: {e}"))?;
        }
        if let Some(store) = server.resolver() {
            for s in crate::resolver::subjects(store.is_cache()) {
                client
                    .subscribe(s, None)
                    .map_err(|e| anyhow::anyhow!("system subscription {s}: {e}"))?;
            }
            if !store.is_cache() {
                let s = crate::resolver::PACK_SUBJECT;
                client
                    .subscribe(s, Some("responder"))
                    .map_err(|e| anyhow::anyhow!("system subscription {s}: {e}"))?;
            }
            crate::log_info!(
                "Managing {} jwt in exclusive directory {}",
                if store.is_cache() { "some" } else { "all" },
                store.dir().display()
            );
        }
        // One subscription per kind, as upstream has: a kind nobody serves gets "no responders".
        for kind in SERVER_KINDS {
            for s in [
                format!("$SYS.REQ.SERVER.PING.{kind}"),
                format!("$SYS.REQ.SERVER.{}.{kind}", server.id()),
            ] {
                client
                    .subscribe(&s, None)
                    .map_err(|e| anyhow::anyhow!("system subscription {s}: {e}"))?;
            }
        }
        let svc = Arc::new(SystemService {
            server: Arc::downgrade(server),
            client,
            account: account.clone(),
            seq: AtomicU64::new(0),
        });
        svc.import_into_accounts(server);
        let task = svc.clone();
        tokio::spawn(async move { task.serve(rx).await });
        let task = svc.clone();
        let shutdown = server.shutdown_signal();
        tokio::spawn(async move { task.heartbeat(shutdown).await });
        Ok(svc)
    }

    /// Gives every other account its import of the system services (again after a reload).
    pub fn import_into_accounts(&self, server: &Server) {
        for acc in server.accounts() {
            let mut imports = vec![(USER_INFO_INTERNAL.to_string(), USER_INFO, true)];
            // The system account answers `$SYS.REQ.SERVER.PING.CONNZ` and
            // `$SYS.REQ.ACCOUNT.PING.STATZ` itself, unscoped.
            if acc.name() != self.account.name() {
                imports.push((ACCOUNT_CONNZ_INTERNAL.to_string(), ACCOUNT_CONNZ, true));
                let statz = format!("$SYS.REQ.ACCOUNT.{}.STATZ", acc.name());
                imports.push((statz, ACCOUNT_PING_STATZ, false));
            }
            for (to, local, share) in imports {
                let Ok(mut si) = ServiceImport::new(
                    self.account.clone(),
                    &to,
                    Some(local),
                    crate::auth::options::ResponseType::Singleton,
                    None,
                ) else {
                    continue;
                };
                si.share = share;
                if let Err(e) = acc.add_system_import(Arc::new(si)) {
                    crate::log_error!("system import into account {}: {e}", acc.name());
                }
            }
        }
    }

    async fn serve(self: Arc<Self>, mut rx: InternalReceiver) {
        while let Some(msg) = rx.next().await {
            let Some(server) = self.server.upgrade() else {
                return;
            };
            self.handle(&server, msg);
        }
    }

    /// Publishes `$SYS.SERVER.<id>.STATSZ` on a timer that starts at [`STATSZ_FIRST`] and
    /// doubles up to [`STATSZ_INTERVAL`] (upstream `heartbeatStatsz`), until shutdown. Each
    /// tick is one statsz snapshot: bounded work whatever the load.
    async fn heartbeat(self: Arc<Self>, mut shutdown: tokio::sync::watch::Receiver<bool>) {
        let mut every = STATSZ_FIRST;
        loop {
            tokio::select! {
                _ = tokio::time::sleep(every) => {}
                _ = crate::server::wait_shutdown(&mut shutdown) => return,
            }
            let Some(server) = self.server.upgrade() else {
                return;
            };
            let mut v = json!({ "server": self.server_info(&server) });
            v["statsz"] = statsz(&server);
            match crate::monitor::format::to_go_json(&v, false) {
                Ok(text) => self.client.publish(
                    format!("$SYS.SERVER.{}.STATSZ", server.id()).as_bytes(),
                    Some(b""),
                    None,
                    &text,
                ),
                Err(e) => crate::log_error!("statsz event: {e}"),
            }
            every = (every * 2).min(STATSZ_INTERVAL);
        }
    }

    /// The `server` block of every event and response.
    pub(crate) fn server_info(&self, server: &Server) -> Value {
        let opts = server.options();
        let mut v = serde_json::Map::new();
        v.insert("name".into(), json!(server.name()));
        v.insert("host".into(), json!(opts.host));
        v.insert("id".into(), json!(server.id()));
        // Upstream `ServerInfo` leaves out an empty domain and empty tags.
        if let Some(domain) = opts.jetstream_domain.as_deref().filter(|d| !d.is_empty()) {
            v.insert("domain".into(), json!(domain));
        }
        v.insert("ver".into(), json!(VERSION));
        if !opts.tags.is_empty() {
            // Upstream lower-cases `server_tags` when it parses them.
            let tags: Vec<String> = opts.tags.iter().map(|t| t.to_lowercase()).collect();
            v.insert("tags".into(), json!(tags));
        }
        // 2.14 announces its optional JetStream behaviours; rnats has neither.
        v.insert(
            "feature_flags".into(),
            json!({"js_ack_fc_v2": false, "js_raft_delete_range": false}),
        );
        let js = server.jetstream().is_some();
        v.insert("jetstream".into(), json!(js));
        v.insert("flags".into(), json!(if js { 7 } else { 0 }));
        v.insert(
            "seq".into(),
            json!(self.seq.fetch_add(1, Ordering::Relaxed) + 1),
        );
        v.insert("time".into(), ts(std::time::SystemTime::now()));
        Value::Object(v)
    }

    fn handle(&self, server: &Server, msg: InternalMsg) {
        if msg.subject.windows(8).any(|w| w == b".CLAIMS.") {
            return self.resolver_request(server, &msg);
        }
        let Some(reply) = msg.reply.clone() else {
            return;
        };
        let subject = String::from_utf8_lossy(&msg.subject).into_owned();
        let tokens: Vec<&str> = subject.split('.').collect();
        let data = match tokens.as_slice() {
            ["$SYS", "REQ", "SERVER", "PING"] => {
                return self.server_request(server, "STATSZ", &msg.payload, &reply);
            }
            ["$SYS", "REQ", "SERVER", _, kind] => {
                return self.server_request(server, kind, &msg.payload, &reply);
            }
            ["$SYS", "_RNATS_", "ACCOUNT", "CONNZ"] => {
                // Scoped to the requester's account, whatever the body asks.
                let Some(acc) = msg
                    .header(REQUEST_INFO_HEADER)
                    .and_then(|v| serde_json::from_str::<Value>(&v).ok())
                    .and_then(|info| info["acc"].as_str().map(String::from))
                else {
                    return;
                };
                let body = match serde_json::from_slice::<Value>(&msg.payload) {
                    Ok(Value::Object(mut opts)) => {
                        opts.insert("acc".into(), json!(acc));
                        Value::Object(opts).to_string().into_bytes()
                    }
                    _ if msg.payload.trim_ascii().is_empty() => {
                        json!({ "acc": acc }).to_string().into_bytes()
                    }
                    _ => msg.payload.to_vec(),
                };
                return self.server_request(server, "CONNZ", &body, &reply);
            }
            ["$SYS", "_RNATS_", "USER", "INFO"] => self.user_info(server, &msg),
            ["$SYS", "REQ", "ACCOUNT", acc, "STATZ"] => {
                return self.account_statz(server, acc, &msg.payload, &reply);
            }
            ["$SYS", "REQ", "ACCOUNT", acc, kind] => self.account_request(server, acc, kind, &msg),
            _ => return,
        };
        let mut body = json!({ "server": self.server_info(server) });
        match data {
            Ok(d) => body["data"] = d,
            Err((code, description)) => {
                body["error"] = json!({ "code": code, "description": description })
            }
        }
        let text = body.to_string();
        self.client.publish(&reply, None, None, text.as_bytes());
    }

    /// The account resolver's requests (see [`crate::resolver`]): answered, then applied.
    fn resolver_request(&self, server: &Server, msg: &InternalMsg) {
        let Some(store) = server.resolver() else {
            return;
        };
        let Some(trust) = server.options().auth.trust.clone() else {
            return;
        };
        let subject = String::from_utf8_lossy(&msg.subject).into_owned();
        let system = server.system_account().map(|a| a.name().to_owned());
        let loaded = |k: &str| server.account(k).is_some();
        let (answer, effect) = store.handle(
            &subject,
            &msg.payload,
            &trust.operator_keys(),
            system.as_deref(),
            &loaded,
        );
        match effect {
            crate::resolver::Effect::None => {}
            crate::resolver::Effect::Updated(key, token) => server.apply_account_jwt(&key, &token),
            crate::resolver::Effect::Deleted(keys) => {
                let res = server.update_operator_accounts(|t| {
                    for k in &keys {
                        t.accounts.remove(k);
                    }
                    Ok(())
                });
                if let Err(e) = res {
                    crate::log_error!("DirResolver - delete: {e}");
                }
            }
        }
        let Some(reply) = msg.reply.as_deref() else {
            return;
        };
        let body = match answer {
            crate::resolver::Answer::Silent => return,
            crate::resolver::Answer::Raw(b) => b,
            crate::resolver::Answer::Many(msgs) => {
                for m in msgs {
                    self.client.publish(reply, None, None, &m);
                }
                return;
            }
            crate::resolver::Answer::Data(d) => {
                json!({ "server": self.server_info(server), "data": d })
                    .to_string()
                    .into_bytes()
            }
            crate::resolver::Answer::Error(e) => {
                json!({ "server": self.server_info(server), "error": e })
                    .to_string()
                    .into_bytes()
            }
        };
        self.client.publish(reply, None, None, &body);
    }

    /// `$SYS.REQ.SERVER.PING[.<KIND>]` and `$SYS.REQ.SERVER.<id>.<KIND>` (upstream `zReq` in
    /// `server/events.go`). The body is the endpoint's options plus the [`ServerFilter`]; a
    /// server the filter excludes stays silent (except for `IDZ`, which ignores the body), as
    /// does one asked for a kind it does not serve.
    /// A body that does not decode is answered by every server with a 400 and no `data`; an
    /// endpoint that rejects its options answers a 500 with `"data": null`.
    fn server_request(&self, server: &Server, kind: &str, payload: &[u8], reply: &[u8]) {
        let body = if payload.trim_ascii().is_empty() {
            &b"{}"[..]
        } else {
            payload
        };
        let filtered_out =
            || serde_json::from_slice::<ServerFilter>(body).is_ok_and(|f| f.excludes(server));
        let decoded = |r: Result<Value, (u16, String)>| match r {
            Ok(v) => ServerReply::Data(v),
            Err((400, e)) => ServerReply::BadRequest(e),
            Err((_, e)) => ServerReply::Failed(e),
        };
        let answer = match kind {
            // Upstream's `idzReq` answers whatever the body says.
            "IDZ" => {
                let opts = server.options();
                let idz = json!({"name": server.name(), "host": opts.host, "id": server.id()});
                self.reply_go_json(reply, &idz);
                return;
            }
            "STATSZ" => match serde_json::from_slice::<Value>(body) {
                Err(e) => ServerReply::BadRequest(e.to_string()),
                Ok(_) => {
                    if filtered_out() {
                        return;
                    }
                    let mut v = json!({ "server": self.server_info(server) });
                    v["statsz"] = statsz(server);
                    self.reply_go_json(reply, &v);
                    return;
                }
            },
            "VARZ" => decoded(
                serde_json::from_slice::<Value>(body)
                    .map_err(|e| (400, e.to_string()))
                    .and_then(|_| {
                        let v = crate::monitor::endpoints::varz(server, &server.http_req_stats);
                        serde_json::to_value(v).map_err(|e| (500, e.to_string()))
                    }),
            ),
            "CONNZ" => match serde_json::from_slice::<ConnzOptions>(body) {
                Err(e) => ServerReply::BadRequest(e.to_string()),
                Ok(opts) => decoded(
                    crate::monitor::endpoints::connz(server, &opts)
                        .map_err(|e| (500, e.to_string()))
                        .and_then(|c| serde_json::to_value(c).map_err(|e| (500, e.to_string()))),
                ),
            },
            "SUBSZ" => match serde_json::from_slice::<SubszOptions>(body) {
                Err(e) => ServerReply::BadRequest(e.to_string()),
                Ok(opts) => decoded(
                    crate::monitor::endpoints::subsz(server, &opts)
                        .map_err(|e| (500, e.to_string()))
                        .and_then(|s| serde_json::to_value(s).map_err(|e| (500, e.to_string()))),
                ),
            },
            "HEALTHZ" => match serde_json::from_slice::<HealthzOptions>(body) {
                Err(e) => ServerReply::BadRequest(e.to_string()),
                Ok(opts) => decoded(
                    serde_json::to_value(crate::monitor::endpoints::healthz(server, &opts))
                        .map_err(|e| (500, e.to_string())),
                ),
            },
            "JSZ" => match serde_json::from_slice::<rnats_proto::monitor::JszOptions>(body) {
                Err(e) => ServerReply::BadRequest(e.to_string()),
                Ok(opts) => ServerReply::Data(crate::monitor::MonitorSource::jsz(server, &opts)),
            },
            "ACCOUNTZ" => match serde_json::from_slice::<AccountzOptions>(body) {
                Err(e) => ServerReply::BadRequest(e.to_string()),
                Ok(opts) => decoded(
                    MonitorSource::accountz(server, &opts)
                        .map_err(|e| (500, e))
                        .and_then(|a| serde_json::to_value(a).map_err(|e| (500, e.to_string()))),
                ),
            },
            "ROUTEZ" => match serde_json::from_slice::<RoutezOptions>(body) {
                Err(e) => ServerReply::BadRequest(e.to_string()),
                Ok(opts) => decoded(
                    serde_json::to_value(server.routez(&opts)).map_err(|e| (500, e.to_string())),
                ),
            },
            "GATEWAYZ" => match serde_json::from_slice::<GatewayzOptions>(body) {
                Err(e) => ServerReply::BadRequest(e.to_string()),
                Ok(opts) => decoded(
                    serde_json::to_value(server.gatewayz(&opts)).map_err(|e| (500, e.to_string())),
                ),
            },
            "LEAFZ" => match serde_json::from_slice::<LeafzOptions>(body) {
                Err(e) => ServerReply::BadRequest(e.to_string()),
                Ok(opts) => decoded(
                    serde_json::to_value(server.leafz(&opts)).map_err(|e| (500, e.to_string())),
                ),
            },
            "IPQUEUESZ" => match serde_json::from_slice::<IpqueueszOptions>(body) {
                Err(e) => ServerReply::BadRequest(e.to_string()),
                Ok(opts) => decoded(
                    serde_json::to_value(crate::monitor::endpoints::ipqueuesz(&opts))
                        .map_err(|e| (500, e.to_string())),
                ),
            },
            // No Raft groups: upstream's `Raftz` then reports an empty map per account.
            "RAFTZ" => match serde_json::from_slice::<Value>(body) {
                Err(e) => ServerReply::BadRequest(e.to_string()),
                Ok(_) => ServerReply::Data(json!({})),
            },
            _ => return,
        };
        if !matches!(answer, ServerReply::BadRequest(_)) && filtered_out() {
            return;
        }
        let mut v = json!({ "server": self.server_info(server) });
        match answer {
            ServerReply::Data(d) => v["data"] = d,
            ServerReply::BadRequest(e) => v["error"] = json!({"code": 400, "description": e}),
            ServerReply::Failed(e) => {
                v["data"] = Value::Null;
                v["error"] = json!({"code": 500, "description": e});
            }
        }
        self.reply_go_json(reply, &v);
    }

    /// `$SYS.REQ.ACCOUNT.PING.STATZ` (every account, or those the body names) and
    /// `$SYS.REQ.ACCOUNT.<acct>.STATZ` (that account; what other accounts' `PING.STATZ` import
    /// reaches). As upstream, a server with nothing to report (no account with connections,
    /// unless `include_unused`) stays silent, as does one the body's filter excludes.
    fn account_statz(&self, server: &Server, acc: &str, payload: &[u8], reply: &[u8]) {
        let body = if payload.trim_ascii().is_empty() {
            &b"{}"[..]
        } else {
            payload
        };
        let mut v = json!({ "server": self.server_info(server) });
        match serde_json::from_slice::<AccountStatzOptions>(body) {
            Err(e) => v["error"] = json!({"code": 400, "description": e.to_string()}),
            Ok(mut opts) => {
                if serde_json::from_slice::<ServerFilter>(body).is_ok_and(|f| f.excludes(server)) {
                    return;
                }
                if acc != "PING" {
                    opts.accounts = vec![acc.to_string()];
                }
                let stz = server.accstatz(&opts);
                if stz.account_statz.is_empty() && !opts.include_unused {
                    return;
                }
                match serde_json::to_value(stz) {
                    Ok(d) => v["data"] = d,
                    Err(e) => {
                        v["data"] = Value::Null;
                        v["error"] = json!({"code": 500, "description": e.to_string()});
                    }
                }
            }
        }
        self.reply_go_json(reply, &v);
    }

    /// Publishes a reply rendered as Go's `encoding/json` would (floats such as `2.0` as `2`),
    /// so `data` matches the HTTP endpoint byte for byte.
    fn reply_go_json(&self, reply: &[u8], v: &Value) {
        match crate::monitor::format::to_go_json(v, false) {
            Ok(text) => self.client.publish(reply, None, None, &text),
            Err(e) => crate::log_error!("system reply: {e}"),
        }
    }

    /// `$SYS.REQ.USER.INFO`: the requesting client's user, account and permissions.
    fn user_info(&self, server: &Server, msg: &InternalMsg) -> Result<Value, (u16, String)> {
        let info: Value = msg
            .header(REQUEST_INFO_HEADER)
            .and_then(|v| serde_json::from_str(&v).ok())
            .ok_or((400, "Bad Request".to_string()))?;
        let cid = info["id"].as_u64().unwrap_or(0);
        let client = server
            .client(cid)
            .ok_or((404, "client not found".to_string()))?;
        let meta = client
            .meta
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone();
        let mut data = json!({
            "user": meta.user,
            "account": &*meta.account,
            "account_name": &*meta.account,
        });
        // Operator mode: the names from the account and user JWTs, and the time left.
        if let Some(id) = &meta.jwt {
            if !id.account_name.is_empty() {
                data["account_name"] = json!(id.account_name);
            }
            if !id.user_name.is_empty() {
                data["user_name"] = json!(id.user_name);
            }
            if id.expires > 0 {
                let left = id.expires - rnats_proto::jwt::unix_now();
                data["expires"] = json!(left.max(0) * 1_000_000_000);
            }
        }
        if let Some(p) = &meta.permissions {
            data["permissions"] = permissions_json(p);
        }
        Ok(data)
    }

    /// `$SYS.REQ.ACCOUNT.<acct>.CONNZ|SUBSZ|INFO|LEAFZ`.
    fn account_request(
        &self,
        server: &Server,
        acc: &str,
        kind: &str,
        msg: &InternalMsg,
    ) -> Result<Value, (u16, String)> {
        let account = server
            .account(acc)
            .ok_or((404, format!("account {acc:?} not found")))?;
        let body = if msg.payload.trim_ascii().is_empty() {
            &b"{}"[..]
        } else {
            &msg.payload[..]
        };
        let bad = |e: serde_json::Error| (400, e.to_string());
        match kind {
            "CONNZ" => {
                let mut opts: ConnzOptions = serde_json::from_slice(body).map_err(bad)?;
                opts.account = acc.to_string();
                crate::monitor::endpoints::connz(server, &opts)
                    .map_err(|e| (400, e.to_string()))
                    .and_then(|c| serde_json::to_value(c).map_err(|e| (500, e.to_string())))
            }
            "SUBSZ" => {
                let mut opts: SubszOptions = serde_json::from_slice(body).map_err(bad)?;
                opts.account = acc.to_string();
                crate::monitor::endpoints::subsz(server, &opts)
                    .map_err(|e| (400, e.to_string()))
                    .and_then(|s| serde_json::to_value(s).map_err(|e| (500, e.to_string())))
            }
            "INFO" => serde_json::to_value(server.account_detail(&account))
                .map_err(|e| (500, e.to_string())),
            "LEAFZ" => {
                let mut opts: LeafzOptions = serde_json::from_slice(body).map_err(bad)?;
                opts.account = acc.to_string();
                serde_json::to_value(server.leafz(&opts)).map_err(|e| (500, e.to_string()))
            }
            _ => Err((400, format!("unknown request {kind:?}"))),
        }
    }

    /// `$SYS.ACCOUNT.<acct>.CONNECT`.
    pub fn client_connect(&self, server: &Server, c: &ClientShared) {
        let meta = c.meta.lock().unwrap_or_else(|e| e.into_inner()).clone();
        let body = json!({
            "type": "io.nats.server.advisory.v1.client_connect",
            "id": event_id(),
            "timestamp": ts(std::time::SystemTime::now()),
            "server": self.server_info(server),
            "client": client_info(c, &meta, None),
        });
        let subject = format!("$SYS.ACCOUNT.{}.CONNECT", meta.account);
        self.event(&subject, &body);
        self.account_conns(server, &meta.account);
    }

    /// `$SYS.ACCOUNT.<acct>.DISCONNECT`.
    pub fn client_disconnect(&self, server: &Server, c: &ClientShared, reason: &str) {
        let meta = c.meta.lock().unwrap_or_else(|e| e.into_inner()).clone();
        let (out_msgs, out_bytes) = c.outbound.out_stats();
        let body = json!({
            "type": "io.nats.server.advisory.v1.client_disconnect",
            "id": event_id(),
            "timestamp": ts(std::time::SystemTime::now()),
            "server": self.server_info(server),
            "client": client_info(c, &meta, Some(std::time::SystemTime::now())),
            "sent": {"msgs": out_msgs, "bytes": out_bytes},
            "received": {
                "msgs": c.in_msgs.load(Ordering::Relaxed),
                "bytes": c.in_bytes.load(Ordering::Relaxed),
            },
            "reason": reason,
        });
        let subject = format!("$SYS.ACCOUNT.{}.DISCONNECT", meta.account);
        self.event(&subject, &body);
        self.account_conns(server, &meta.account);
    }

    /// `$SYS.ACCOUNT.<acct>.SERVER.CONNS`: the account's connection count.
    fn account_conns(&self, server: &Server, account: &str) {
        let Some(acc) = server.account(account) else {
            return;
        };
        let mut body = json!({
            "type": "io.nats.server.advisory.v1.account_connections",
            "id": event_id(),
            "timestamp": ts(std::time::SystemTime::now()),
            "server": self.server_info(server),
        });
        let stats = serde_json::to_value(server.account_stat(&acc)).unwrap_or_default();
        if let (Value::Object(b), Value::Object(stats)) = (&mut body, stats) {
            b.extend(stats);
        }
        let subject = format!("$SYS.ACCOUNT.{account}.SERVER.CONNS");
        self.event(&subject, &body);
    }

    /// Publishes an event. Upstream sends events with an empty reply subject, which shows on
    /// the wire as two spaces (`MSG $SYS.ACCOUNT.A.CONNECT 1  612`); so do we.
    fn event(&self, subject: &str, body: &Value) {
        self.client.publish(
            subject.as_bytes(),
            Some(b""),
            None,
            body.to_string().as_bytes(),
        );
    }
}

/// What a `$SYS.REQ.SERVER` request produced.
enum ServerReply {
    /// The endpoint's report.
    Data(Value),
    /// The body did not decode: 400, no `data`.
    BadRequest(String),
    /// The endpoint rejected its options: 500, `"data": null`.
    Failed(String),
}

/// The server filters of a `$SYS.REQ.SERVER` request body (upstream `EventFilterOptions`).
#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
struct ServerFilter {
    /// A substring of the server's name.
    server_name: String,
    /// A substring of the server's cluster name.
    cluster: String,
    /// A substring of the server's host.
    host: String,
    /// Tags the server must all have.
    tags: Vec<String>,
    /// The server's JetStream domain, exactly.
    domain: String,
    /// Name, host and cluster must equal the server's rather than be part of them (natscli's
    /// `server graph` asks this way).
    exact_match: bool,
}

impl ServerFilter {
    /// Whether the server must stay silent (upstream `filterRequest`).
    fn excludes(&self, server: &Server) -> bool {
        let opts = server.options();
        let fits = |have: &str, want: &str| {
            want.is_empty()
                || if self.exact_match {
                    have == want
                } else {
                    have.contains(want)
                }
        };
        if !fits(server.name(), &self.server_name) || !fits(&opts.host, &self.host) {
            return true;
        }
        if !self.cluster.is_empty() {
            let name = crate::monitor::MonitorSource::varz(server).cluster.name;
            if !fits(&name, &self.cluster) {
                return true;
            }
        }
        // Upstream compares tags case-insensitively (`jwt.TagList.Contains`).
        if self
            .tags
            .iter()
            .any(|t| !opts.tags.iter().any(|o| o.eq_ignore_ascii_case(t)))
        {
            return true;
        }
        !self.domain.is_empty() && opts.jetstream_domain.as_deref() != Some(self.domain.as_str())
    }
}

/// The `statsz` of `$SYS.REQ.SERVER.PING` and `STATSZ` (upstream `ServerStats`).
fn statsz(server: &Server) -> Value {
    let v = crate::monitor::MonitorSource::varz(server);
    let active_accounts = server
        .accounts()
        .iter()
        .filter(|a| a.stats.connections.load(Ordering::Relaxed) > 0)
        .count();
    let mut st = json!({
        "start": v.start,
        "mem": v.mem,
        "cores": v.cores,
        "cpu": v.cpu,
        "connections": v.connections,
        "total_connections": v.total_connections,
        "active_accounts": active_accounts,
        "subscriptions": v.subscriptions,
        "sent": {"msgs": v.out_msgs, "bytes": v.out_bytes},
        "received": {"msgs": v.in_msgs, "bytes": v.in_bytes},
        "slow_consumers": v.slow_consumers,
        "active_servers": 1,
    });
    // With JetStream on, varz's JetStream section without the store directory.
    if server.jetstream().is_some() {
        if let Ok(mut js) = serde_json::to_value(&v.jetstream) {
            if let Some(config) = js.get_mut("config").and_then(Value::as_object_mut) {
                config.remove("store_dir");
            }
            st["jetstream"] = js;
        }
    }
    st["gomaxprocs"] = json!(v.gomaxprocs);
    st
}

/// A client as events show it (upstream `ClientInfo`).
fn client_info(
    c: &ClientShared,
    meta: &crate::client::ConnMeta,
    stop: Option<std::time::SystemTime>,
) -> Value {
    let mut v = json!({
        "start": ts(c.start),
        "host": c.peer.ip().to_string(),
        "id": c.cid,
        "acc": &*meta.account,
    });
    if !meta.user.is_empty() {
        v["user"] = json!(meta.user);
    }
    if !meta.name.is_empty() {
        v["name"] = json!(meta.name);
    }
    if !meta.lang.is_empty() {
        v["lang"] = json!(meta.lang);
    }
    if !meta.version.is_empty() {
        v["ver"] = json!(meta.version);
    }
    let rtt = c.rtt_us.load(Ordering::Relaxed);
    if stop.is_some() && rtt > 0 {
        v["rtt"] = json!(rtt * 1000);
    }
    if let Some(stop) = stop {
        v["stop"] = ts(stop);
    }
    v["name_tag"] = json!(&*meta.account);
    v["kind"] = json!(c.kind.as_str());
    v["client_type"] = json!("nats");
    v
}

/// The requester, as the `Nats-Request-Info` header carries it.
pub fn request_info(c: &ClientShared) -> String {
    let meta = c.meta.lock().unwrap_or_else(|e| e.into_inner()).clone();
    client_info(c, &meta, None).to_string()
}

/// The requester as the JetStream API audit advisory names it (upstream `getRequestInfo`
/// and `forAdvisory`): the client info with its RTT in ns (the API adds its server's name).
pub fn requester_info(c: &ClientShared) -> String {
    let meta = c.meta.lock().unwrap_or_else(|e| e.into_inner()).clone();
    let mut v = client_info(c, &meta, None);
    if let Some(o) = v.as_object_mut() {
        o.remove("name_tag");
        let rtt = c.rtt_us.load(Ordering::Relaxed);
        if rtt > 0 {
            o.insert("rtt".into(), json!(rtt * 1000));
        }
    }
    v.to_string()
}

/// A user's permissions as `USER.INFO` shows them (upstream `Permissions` JSON).
fn permissions_json(p: &crate::auth::options::PermissionsConfig) -> Value {
    let side = |s: &Option<crate::auth::options::SubjectPermission>| {
        s.as_ref().map(|s| {
            let mut v = json!({});
            if let Some(a) = &s.allow {
                v["allow"] = json!(a);
            }
            if let Some(d) = &s.deny {
                v["deny"] = json!(d);
            }
            v
        })
    };
    let mut v = json!({});
    if let Some(p) = side(&p.publish) {
        v["publish"] = p;
    }
    if let Some(s) = side(&p.subscribe) {
        v["subscribe"] = s;
    }
    if let Some(r) = &p.allow_responses {
        v["responses"] = json!({"max": r.max, "ttl": r.expires.as_nanos() as u64});
    }
    v
}
