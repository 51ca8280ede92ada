//! Where the collector reads monitoring documents: the HTTP monitoring port (nats-top's only
//! source, [`Endpoint`]) or, beyond nats-top, the system account (`-s nats://user:pass@host`
//! or `-context NAME`): the same documents as `$SYS.REQ.SERVER.<id>.<KIND>` requests to one
//! server, whose id an `IDZ` ping picks.
//!
//! The collector speaks in HTTP paths either way; [`SystemSource`] turns a path and its query
//! (`/connz?limit=10&sort=cid&auth=true&subs=1`) into the request kind and the JSON options
//! nats-server's `zReq` decodes (`{"limit":10,"sort":"cid","auth":true,"subscriptions":true}`).

use std::path::PathBuf;
use std::time::Duration;

use anyhow::{anyhow, bail, Context as _};
use bytes::Bytes;
use rnats_proto::client::{Client, ConnectOptions};
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::fetch::Endpoint;

/// How long one system request may take.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(5);

/// A source of monitoring documents.
#[derive(Debug)]
pub enum Source {
    /// The HTTP(S) monitoring port.
    Http(Endpoint),
    /// The system account.
    System(SystemSource),
}

impl Source {
    /// Reads the document at `path` (an HTTP path with query).
    pub async fn get_json<T: DeserializeOwned>(&self, path: &str) -> anyhow::Result<T> {
        match self {
            Source::Http(e) => e.get_json(path).await,
            Source::System(s) => s.get_json(path).await,
        }
    }
}

/// The system account as a source: a connected client and the server it asks.
#[derive(Debug)]
pub struct SystemSource {
    client: Client,
    server_id: String,
}

impl SystemSource {
    /// Connects with `opts` and picks the first server answering `$SYS.REQ.SERVER.PING.IDZ`.
    pub async fn connect(opts: ConnectOptions) -> anyhow::Result<Self> {
        let url = opts.servers.join(",");
        let client = rnats_proto::client::connect(opts)
            .await
            .with_context(|| format!("connect to {url}"))?;
        let msg = client
            .request_with(
                "$SYS.REQ.SERVER.PING.IDZ",
                None,
                Bytes::new(),
                REQUEST_TIMEOUT,
            )
            .await
            .map_err(|e| {
                anyhow!("no server answered $SYS.REQ.SERVER.PING.IDZ ({e}); is the user in the system account?")
            })?;
        let idz: Value =
            serde_json::from_slice(&msg.payload).context("could not unmarshal IDZ reply")?;
        let server_id = idz["id"]
            .as_str()
            .filter(|id| !id.is_empty())
            .ok_or_else(|| anyhow!("IDZ reply without a server id: {idz}"))?
            .to_string();
        Ok(Self { client, server_id })
    }

    /// The id of the server asked.
    pub fn server_id(&self) -> &str {
        &self.server_id
    }

    /// Requests the document `path` names from the server, as `zReq` answers it.
    pub async fn get_json<T: DeserializeOwned>(&self, path: &str) -> anyhow::Result<T> {
        let (kind, body) = request_for(path)?;
        let subject = format!("$SYS.REQ.SERVER.{}.{kind}", self.server_id);
        let msg = self
            .client
            .request_with(
                subject.as_str(),
                None,
                Bytes::from(body.to_string()),
                REQUEST_TIMEOUT,
            )
            .await
            .map_err(|e| anyhow!("{subject}: {e}"))?;
        let mut reply: Value = serde_json::from_slice(&msg.payload)
            .with_context(|| format!("could not unmarshal {subject} reply"))?;
        if let Some(err) = reply.get("error").filter(|e| !e.is_null()) {
            bail!(
                "{subject}: {} (code {})",
                err["description"].as_str().unwrap_or_default(),
                err["code"]
            );
        }
        let data = reply
            .get_mut("data")
            .map(Value::take)
            .ok_or_else(|| anyhow!("{subject}: reply without data"))?;
        serde_json::from_value(data).with_context(|| format!("could not unmarshal {path} json"))
    }
}

/// The request kind and options for an HTTP path: `/connz?limit=5&subs=1` is `CONNZ` with
/// `{"limit":5,"subscriptions":true}`. Numbers and booleans keep their JSON types; the HTTP
/// parameter names that differ from the option fields are renamed.
pub fn request_for(path: &str) -> anyhow::Result<(String, Value)> {
    let (p, query) = path.split_once('?').unwrap_or((path, ""));
    let name = p.trim_start_matches('/');
    if name.is_empty() || !name.bytes().all(|b| b.is_ascii_lowercase()) {
        bail!("no system request for {path}");
    }
    let kind = name.to_ascii_uppercase();
    let mut body = Map::new();
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        let (key, value) = match (k, v) {
            ("subs", "detail") => ("subscriptions_detail", Value::Bool(true)),
            ("subs", v) => ("subscriptions", Value::Bool(v == "1" || v == "true")),
            ("consumers", v) => ("consumer", Value::Bool(v == "1" || v == "true")),
            ("acc", v) if kind == "JSZ" || kind == "CONNZ" => ("acc", Value::String(v.into())),
            ("acc", v) => ("account", Value::String(v.into())),
            (k, "true" | "1") => (k, Value::Bool(true)),
            (k, "false" | "0") => (k, Value::Bool(false)),
            (k, v) => match v.parse::<i64>() {
                Ok(n) => (k, Value::from(n)),
                Err(_) => (k, Value::String(v.into())),
            },
        };
        body.insert(key.to_string(), value);
    }
    Ok((kind, Value::Object(body)))
}

/// Connection options for a system-account source from a natscli context: the file
/// `$XDG_CONFIG_HOME/nats/context/NAME.json` (else under `~/.config`), its `url`, `user`,
/// `password`, `token`, `creds`, `nkey`, `cert`, `key` and `ca`.
pub fn context_options(name: &str) -> anyhow::Result<ConnectOptions> {
    if name.is_empty() || name.contains("..") || name.contains('/') || name.contains('\\') {
        bail!("invalid context name: {name}");
    }
    let base = match std::env::var_os("XDG_CONFIG_HOME").filter(|v| !v.is_empty()) {
        Some(x) => PathBuf::from(x),
        None => PathBuf::from(
            std::env::var_os("HOME").ok_or_else(|| anyhow!("cannot determine home directory"))?,
        )
        .join(".config"),
    };
    let file = base
        .join("nats")
        .join("context")
        .join(format!("{name}.json"));
    let data =
        std::fs::read(&file).map_err(|e| anyhow!("context {name:?}: {}: {e}", file.display()))?;
    let ctx: Value =
        serde_json::from_slice(&data).map_err(|e| anyhow!("invalid context {name:?}: {e}"))?;
    let field = |k: &str| {
        ctx.get(k)
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
            .map(String::from)
    };
    for k in [
        "creds",
        "nkey",
        "password",
        "token",
        "user_jwt",
        "user_seed",
    ] {
        if field(k).is_some_and(|v| v.contains("://") && !v.starts_with("file://")) {
            bail!(
                "context {name:?}: credential references in {k:?} are not supported by rnats top"
            );
        }
    }
    if field("user_jwt").is_some() || field("user_seed").is_some() || field("nsc").is_some() {
        bail!("context {name:?}: inline JWTs and nsc lookups are not supported by rnats top; use a creds file");
    }
    let path = |k: &str| field(k).map(|p| PathBuf::from(expand_home(&p)));
    let mut opts = ConnectOptions::new();
    opts.servers = vec![field("url").unwrap_or_else(|| "nats://127.0.0.1:4222".into())];
    opts.user = field("user");
    opts.password = field("password");
    opts.token = field("token");
    opts.creds_file = path("creds");
    opts.nkey_seed_file = path("nkey");
    opts.tls_cert = path("cert");
    opts.tls_key = path("key");
    opts.tls_ca = path("ca");
    opts.name = Some("rnats-top".into());
    Ok(opts)
}

/// `~/x` as natscli expands it.
fn expand_home(p: &str) -> String {
    match (p.strip_prefix("~/"), std::env::var("HOME")) {
        (Some(rest), Ok(home)) => format!("{home}/{rest}"),
        _ => p.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_become_requests() {
        let (k, b) =
            request_for("/connz?limit=10&sort=msgs_to&auth=true&subs=1&offset=3").expect("connz");
        assert_eq!(k, "CONNZ");
        assert_eq!(
            b,
            serde_json::json!({"limit": 10, "sort": "msgs_to", "auth": true,
                "subscriptions": true, "offset": 3})
        );
        let (k, b) = request_for("/jsz?accounts=true&streams=true&consumers=true").expect("jsz");
        assert_eq!(k, "JSZ");
        assert_eq!(
            b,
            serde_json::json!({"accounts": true, "streams": true, "consumer": true})
        );
        assert_eq!(
            request_for("/varz").expect("varz"),
            ("VARZ".into(), serde_json::json!({}))
        );
        let (_, b) = request_for("/routez?subs=detail").expect("routez");
        assert_eq!(b, serde_json::json!({"subscriptions_detail": true}));
        assert!(request_for("/").is_err());
        assert!(request_for("/a.b").is_err());
    }
}
