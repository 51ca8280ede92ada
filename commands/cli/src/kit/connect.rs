//! From the effective context to a connected `rnats_proto::client::Client`.
//!
//! natscli's `natsOpts` and natscontext's `NATSOptions`: the first credential kind set wins
//! (user and password, else creds, else nkey, else user JWT and seed), a token is sent as well
//! when set, client TLS needs both cert and key, the connection is named with
//! `--connection-name`. Credential values may be references (`file://`, `env://`,
//! `data:;base64,`); `op://` and `nsc://`, SOCKS proxies and Windows certificate stores are
//! refused with an error rather than ignored. Each command runs on a current-thread tokio
//! runtime ([`block_on`]) and stops on Ctrl-C or SIGTERM ([`interrupted`]).

use crate::kit::output::log;
use crate::options::GlobalOpts;
use anyhow::{bail, Context as _};
use bytes::Bytes;
use rnats_proto::client::{self, Client, ClientEvent, ConnectOptions};
use rnats_proto::kit::context::{self, CredentialSource, Settings, Store};
use rnats_proto::HeaderMap;
use std::future::Future;
use std::process::ExitCode;
use std::time::Duration;

/// Runs one command's future on a fresh current-thread runtime.
pub fn block_on<F>(fut: F) -> anyhow::Result<ExitCode>
where
    F: Future<Output = anyhow::Result<ExitCode>>,
{
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("starting the async runtime")?;
    let result = rt.block_on(fut);
    // A stdin reader may still be blocked in its thread; do not wait for it.
    rt.shutdown_background();
    result
}

/// Resolves when the user asks the command to stop (Ctrl-C, or SIGTERM on Unix).
pub async fn interrupted() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = tokio::signal::ctrl_c() => {}
                    _ = term.recv() => {}
                }
            }
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}

/// A connection and the settings it was made with.
pub struct Session {
    /// The connected client.
    pub client: Client,
    /// The effective context (flags applied).
    pub settings: Settings,
    /// `--timeout`: how long to wait for responses.
    pub timeout: Duration,
    /// `--trace`.
    pub trace: bool,
}

impl Session {
    /// Flushes and closes the connection.
    pub async fn close(self) {
        let _ = self.client.flush().await;
        let _ = self.client.close().await;
    }
}

/// Loads the effective context and connects to its servers.
pub async fn connect(global: &GlobalOpts) -> anyhow::Result<Session> {
    let store = Store::from_env()?;
    let (settings, _) = global.effective(&store)?;
    connect_with(&settings, global, None).await
}

/// Connects with `settings`, optionally to one server instead of the context's list (`rtt`).
pub async fn connect_with(
    settings: &Settings,
    global: &GlobalOpts,
    server: Option<&str>,
) -> anyhow::Result<Session> {
    let mut opts = connect_options(settings, global)?;
    if let Some(s) = server {
        opts.servers = vec![s.to_string()];
    }
    let client = client::connect(opts).await?;
    if global.trace {
        log(&format!(">>> Connected to {}", connected_to(&client)));
    }
    spawn_event_log(&client, global.trace);
    Ok(Session {
        client,
        settings: settings.clone(),
        timeout: global.timeout,
        trace: global.trace,
    })
}

/// natscli's `%s (%s)` of `ConnectedUrlRedacted()` and `ConnectedAddr()`:
/// `nats://127.0.0.1:4222 (127.0.0.1:4222)`.
fn connected_to(client: &Client) -> String {
    let url = client.connected_url().unwrap_or_default();
    let addr = client
        .connected_addr()
        .map(|a| a.to_string())
        .unwrap_or_default();
    format!("{url} ({addr})")
}

/// Logs connection events as natscli's handlers do: disconnects and errors always,
/// reconnects with `--trace`.
fn spawn_event_log(client: &Client, trace: bool) {
    let mut events = client.events();
    let client = client.clone();
    tokio::spawn(async move {
        use tokio::sync::broadcast::error::RecvError;
        loop {
            match events.recv().await {
                Ok(ClientEvent::Disconnected) => {
                    let reason = client.last_error().unwrap_or_else(|| "EOF".to_string());
                    log(&format!(
                        ">>> Disconnected due to: {reason}, will attempt reconnect"
                    ));
                }
                Ok(ClientEvent::Reconnected) if trace => {
                    log(&format!(">>> Reconnected to {}", connected_to(&client)));
                }
                Ok(ClientEvent::ServerError(e)) => {
                    // nats.go reports a server's -ERR as `nats: <text>` (processPermissionsViolation).
                    log(&format!(">>> Unexpected NATS error: nats: {e}"));
                }
                Ok(ClientEvent::Error(e)) => {
                    log(&format!(">>> Unexpected NATS error: {e}"));
                }
                Ok(ClientEvent::SlowConsumer) => {
                    log(">>> Unexpected NATS error: nats: slow consumer, messages dropped");
                }
                Ok(ClientEvent::Closed) | Err(RecvError::Closed) => break,
                Ok(_) | Err(RecvError::Lagged(_)) => {}
            }
        }
    });
}

/// `context info --connect` / `validate --connect`: can these settings connect?
pub fn check(settings: &Settings, global: &GlobalOpts) -> anyhow::Result<()> {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("starting the async runtime")?;
    let result = rt.block_on(async {
        let mut opts = connect_options(settings, global)?;
        opts.max_reconnects = Some(1);
        let client = client::connect(opts).await?;
        let _ = client.close().await;
        anyhow::Ok(())
    });
    rt.shutdown_background();
    result
}

/// The client options for `settings`, natscontext's `NATSOptions` plus natscli's `natsOpts`.
pub fn connect_options(settings: &Settings, global: &GlobalOpts) -> anyhow::Result<ConnectOptions> {
    if !settings.socks_proxy.is_empty() {
        bail!("SOCKS5 proxies (--socks-proxy, socks_proxy) are not supported by rnats yet");
    }
    if !settings.windows_cert_store.is_empty() {
        bail!("Windows certificate stores are not supported by rnats");
    }
    let mut opts = ConnectOptions {
        servers: settings
            .server_url()
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect(),
        ..ConnectOptions::default()
    };
    // natscli retries forever once connected (`MaxReconnects(-1)`).
    opts.max_reconnects = None;
    opts.request_timeout = global.timeout;
    let name = global.connection_name.trim();
    opts.name = Some(if name.is_empty() {
        crate::options::default_connection_name()
    } else {
        name.to_string()
    });

    if !settings.user.is_empty() {
        opts.user = Some(settings.user.clone());
        opts.password = Some(
            context::resolve_literal(&settings.password)
                .map_err(|e| anyhow::anyhow!("password: {e}"))?,
        );
    } else if !settings.creds.is_empty() {
        match CredentialSource::parse(&settings.creds).map_err(anyhow::Error::msg)? {
            CredentialSource::File(path) => opts.creds_file = Some(path),
            other => {
                let text = String::from_utf8(other.read().map_err(anyhow::Error::msg)?)
                    .context("creds are not UTF-8")?;
                let (jwt, seed) = parse_creds(&text)?;
                opts.jwt = Some(jwt);
                opts.seed = Some(seed);
            }
        }
    } else if !settings.nkey.is_empty() {
        match CredentialSource::parse(&settings.nkey).map_err(anyhow::Error::msg)? {
            CredentialSource::File(path) => opts.nkey_seed_file = Some(path),
            other => {
                let seed = String::from_utf8(other.read().map_err(anyhow::Error::msg)?)
                    .context("nkey seed is not UTF-8")?;
                opts.seed = Some(seed.trim().to_string());
            }
        }
    } else if !settings.user_jwt.is_empty() {
        opts.jwt = Some(
            context::resolve_literal(&settings.user_jwt)
                .map_err(|e| anyhow::anyhow!("user_jwt: {e}"))?,
        );
        if settings.user_seed.is_empty() {
            bail!("a user JWT without a seed (--jwt without --seed) is not supported by rnats");
        }
        opts.seed = Some(
            context::resolve_literal(&settings.user_seed)
                .map_err(|e| anyhow::anyhow!("user_seed: {e}"))?,
        );
    }
    if !settings.token.is_empty() {
        opts.token = Some(
            context::resolve_literal(&settings.token).map_err(|e| anyhow::anyhow!("token: {e}"))?,
        );
    }
    match (settings.cert.is_empty(), settings.key.is_empty()) {
        (false, false) => {
            opts.tls_cert = Some(settings.cert.clone().into());
            opts.tls_key = Some(settings.key.clone().into());
        }
        (true, true) => {}
        _ => bail!("a client certificate needs both --tlscert and --tlskey"),
    }
    if !settings.ca.is_empty() {
        opts.tls_ca = Some(settings.ca.clone().into());
    }
    opts.tls_first = settings.tls_first;
    if !settings.inbox_prefix.is_empty() {
        opts.inbox_prefix = settings.inbox_prefix.clone();
    }
    Ok(opts)
}

/// The JWT and seed of a `.creds` file's text (the blocks between the `-----BEGIN ...-----`
/// and `------END ...------` lines).
pub fn parse_creds(text: &str) -> anyhow::Result<(String, String)> {
    let block = |marker: &str| -> Option<String> {
        let mut lines = text
            .lines()
            .skip_while(|l| !(l.contains("BEGIN") && l.contains(marker)));
        lines.next()?;
        lines
            .map(str::trim)
            .find(|l| !l.is_empty() && !l.starts_with("---"))
            .map(str::to_string)
    };
    let jwt = block("JWT").ok_or_else(|| anyhow::anyhow!("no user JWT in the creds"))?;
    let seed = block("SEED").ok_or_else(|| anyhow::anyhow!("no user seed in the creds"))?;
    Ok((jwt, seed))
}

/// Publishes with whichever of reply and headers are set.
pub async fn publish(
    client: &Client,
    subject: &str,
    reply: Option<&str>,
    headers: Option<HeaderMap>,
    payload: Bytes,
) -> anyhow::Result<()> {
    match (reply.filter(|r| !r.is_empty()), headers) {
        (Some(r), h) => client.publish_with_reply(subject, r, h, payload).await?,
        (None, Some(h)) => client.publish_with_headers(subject, h, payload).await?,
        (None, None) => client.publish(subject, payload).await?,
    }
    Ok(())
}

/// Sends `body` to `subject` with a fresh inbox and collects replies until `want` arrived
/// (when known) or `timeout` passed. A status reply (503 no responders) ends it with an error
/// naming the system account, as natscli does.
pub async fn collect(
    session: &Session,
    subject: &str,
    body: Vec<u8>,
    want: Option<usize>,
    mut on_reply: impl FnMut(&serde_json::Value, Duration) -> Option<usize>,
) -> anyhow::Result<usize> {
    let client = &session.client;
    let inbox = client.new_inbox();
    let mut sub = client.subscribe(inbox.clone()).await?;
    let start = std::time::Instant::now();
    client
        .publish_with_reply(subject.to_string(), inbox, None, Bytes::from(body))
        .await?;
    client.flush().await?;
    let deadline = tokio::time::Instant::now() + session.timeout;
    let mut want = want;
    let mut seen = 0usize;
    loop {
        if want.is_some_and(|w| w > 0 && seen >= w) {
            break;
        }
        let msg = tokio::select! {
            m = sub.next() => m,
            () = tokio::time::sleep_until(deadline) => None,
            () = interrupted() => None,
        };
        let Some(msg) = msg else { break };
        if let Some(status) = msg.status() {
            bail!(
                "{status} status from {subject}, ensure a system account is used with \
                 appropriate permissions"
            );
        }
        let v: serde_json::Value = serde_json::from_slice(&msg.payload)
            .with_context(|| format!("Could not decode response from {subject}"))?;
        seen += 1;
        if let Some(w) = on_reply(&v, start.elapsed()) {
            if want.is_none() || want == Some(0) {
                want = Some(w);
            }
        }
    }
    Ok(seen)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn global() -> GlobalOpts {
        GlobalOpts {
            connection_name: crate::options::default_connection_name(),
            timeout: Duration::from_secs(5),
            ..GlobalOpts::default()
        }
    }

    #[test]
    fn creds_text() {
        let text = "-----BEGIN NATS USER JWT-----\neyJhbGc.x.y\n------END NATS USER JWT------\n\n\
                    ************************* IMPORTANT *************************\n\
                    -----BEGIN USER NKEY SEED-----\nSUAABC\n------END USER NKEY SEED------\n";
        let (jwt, seed) = parse_creds(text).expect("parses");
        assert_eq!((jwt.as_str(), seed.as_str()), ("eyJhbGc.x.y", "SUAABC"));
        assert!(parse_creds("nothing").is_err());
    }

    #[test]
    fn options_from_settings() {
        let s = Settings {
            url: "nats://a:1, nats://b:2".into(),
            user: "u".into(),
            password: "p".into(),
            token: "t".into(),
            inbox_prefix: "_X".into(),
            tls_first: true,
            ..Settings::default()
        };
        let o = connect_options(&s, &global()).expect("valid");
        assert_eq!(o.servers, ["nats://a:1", "nats://b:2"]);
        assert_eq!(o.user.as_deref(), Some("u"));
        assert_eq!(o.password.as_deref(), Some("p"));
        assert_eq!(o.token.as_deref(), Some("t"));
        assert_eq!(o.inbox_prefix, "_X");
        assert!(o.tls_first);
        assert_eq!(
            o.name.as_deref(),
            Some(crate::options::default_connection_name().as_str())
        );
        let o = connect_options(&Settings::default(), &global()).expect("valid");
        assert_eq!(o.servers, [context::DEFAULT_URL]);
    }

    #[test]
    fn unsupported_settings_are_errors() {
        for s in [
            Settings {
                socks_proxy: "socks5://x:1".into(),
                ..Settings::default()
            },
            Settings {
                cert: "/c.pem".into(),
                ..Settings::default()
            },
            Settings {
                creds: "op://vault/item/field".into(),
                ..Settings::default()
            },
        ] {
            assert!(connect_options(&s, &global()).is_err(), "{s:?}");
        }
    }
}
