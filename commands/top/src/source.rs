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
use rnats_proto::kit::context::Store;
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

/// Connection options for a system-account source from a natscli context, read as natscli
/// reads it ([`rnats_proto::kit::context`]): the file `$XDG_CONFIG_HOME/nats/context/NAME.json`
/// (else under `~/.config`), its `url`, `user`, `password`, `token`, `creds`, `nkey`, `cert`,
/// `key` and `ca`.
pub fn context_options(name: &str) -> anyhow::Result<ConnectOptions> {
    let ctx = Store::from_env()?.load(name)?;
    let field = |v: &str| (!v.is_empty()).then(|| v.to_string());
    for (k, v) in [
        ("creds", &ctx.creds),
        ("nkey", &ctx.nkey),
        ("password", &ctx.password),
        ("token", &ctx.token),
        ("user_jwt", &ctx.user_jwt),
        ("user_seed", &ctx.user_seed),
    ] {
        if v.contains("://") && !v.starts_with("file://") {
            bail!(
                "context {name:?}: credential references in {k:?} are not supported by rnats top"
            );
        }
    }
    if !ctx.user_jwt.is_empty() || !ctx.user_seed.is_empty() || !ctx.nsc.is_empty() {
        bail!("context {name:?}: inline JWTs and nsc lookups are not supported by rnats top; use a creds file");
    }
    let path = |v: &str| field(v).map(PathBuf::from);
    let mut opts = ConnectOptions::new();
    opts.servers = vec![ctx.server_url().to_string()];
    opts.user = field(&ctx.user);
    opts.password = field(&ctx.password);
    opts.token = field(&ctx.token);
    opts.creds_file = path(&ctx.creds);
    opts.nkey_seed_file = path(&ctx.nkey);
    opts.tls_cert = path(&ctx.cert);
    opts.tls_key = path(&ctx.key);
    opts.tls_ca = path(&ctx.ca);
    opts.name = Some("rnats-top".into());
    Ok(opts)
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
