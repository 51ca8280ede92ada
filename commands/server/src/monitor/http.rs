//! The monitoring HTTP server: hyper 1 over HTTP/1.1, routing under `http_base_path`, request
//! counting and response rendering as nats-server's `net/http` mux does.
//!
//! Flow: [`serve`] accepts on a caller-bound listener and runs one hyper connection task per
//! socket; [`Monitor::respond`] maps the request path to an endpoint, parses the query
//! ([`super::query`]), builds the report ([`super::endpoints`]) and renders Go-style JSON
//! ([`super::format::to_go_json`]). Every method is served alike (nats-server registers its
//! handlers without a method); hyper leaves the body off HEAD answers.
//!
//! Status and header rules copied from the reference server's behaviour:
//! - JSON: `Content-Type: application/json`, `Access-Control-Allow-Origin: *`; with a `callback`
//!   parameter JSONP `callback(<json>)` as `application/javascript`, without the CORS header.
//! - Bad parameters: 400 with the error text as `text/plain; charset=utf-8`.
//! - Unknown paths: 404 `404 page not found`; paths that are not clean (`//`, `.`, `..`)
//!   redirect (307) to their clean form, as Go's `ServeMux` does.
//! - `http_req_stats` counts per endpoint path without the base path; `/subscriptionsz` counts
//!   as `/subsz`. `/connz` counts only once its parameters decoded; the others count first.

use std::collections::BTreeMap;
use std::convert::Infallible;
use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use bytes::Bytes;
use http_body_util::Full;
use hyper::body::Incoming;
use hyper::header::{HeaderValue, ACCESS_CONTROL_ALLOW_ORIGIN, CONTENT_TYPE, LOCATION};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::{TokioIo, TokioTimer};
use serde::Serialize;
use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio::task::JoinSet;

use super::query::{self, Query};
use super::{endpoints, MonitorSource};

/// `RootPath`, `VarzPath`, ... : the keys of `http_req_stats`.
pub const ROOT_PATH: &str = "/";
/// `/varz`.
pub const VARZ_PATH: &str = "/varz";
/// `/connz`.
pub const CONNZ_PATH: &str = "/connz";
/// `/subsz`.
pub const SUBSZ_PATH: &str = "/subsz";
/// Old name of `/subsz`, still served.
pub const SUBSCRIPTIONSZ_PATH: &str = "/subscriptionsz";
/// `/healthz`.
pub const HEALTHZ_PATH: &str = "/healthz";
/// `/jsz`.
pub const JSZ_PATH: &str = "/jsz";
/// `/accountz`.
pub const ACCOUNTZ_PATH: &str = "/accountz";
/// `/accstatz`.
pub const ACCSTATZ_PATH: &str = "/accstatz";
/// `/routez`.
pub const ROUTEZ_PATH: &str = "/routez";
/// `/gatewayz`.
pub const GATEWAYZ_PATH: &str = "/gatewayz";
/// `/leafz`.
pub const LEAFZ_PATH: &str = "/leafz";
/// `/ipqueuesz` (not counted in `http_req_stats`, as upstream).
pub const IPQUEUESZ_PATH: &str = "/ipqueuesz";
/// `/raftz` (not counted in `http_req_stats`, as upstream).
pub const RAFTZ_PATH: &str = "/raftz";
/// `/metrics` (rnats only: Prometheus text format, see [`super::metrics`]).
pub const METRICS_PATH: &str = "/metrics";

/// `/jsz` query options upstream has and rnats does not serve yet (a request asking for them
/// is refused rather than answered without what it asked for).
const JSZ_UNSUPPORTED: &[&str] = &["raft"];

/// Links on the index page: label and endpoint, in nats-server's order (served ones only).
const INDEX_LINKS: &[(&str, &str)] = &[
    ("General", VARZ_PATH),
    ("JetStream", JSZ_PATH),
    ("Connections", CONNZ_PATH),
    ("Accounts", ACCOUNTZ_PATH),
    ("Account Stats", ACCSTATZ_PATH),
    ("Subscriptions", SUBSZ_PATH),
    ("Routes", ROUTEZ_PATH),
    ("LeafNodes", LEAFZ_PATH),
    ("Gateways", GATEWAYZ_PATH),
    ("Raft Groups", RAFTZ_PATH),
    ("Health Probe", HEALTHZ_PATH),
];

/// Where the index page's version links to.
const SOURCE_URL: &str = "https://github.com/nats-io/nats-server";

/// Slowest acceptable request header, as nats-server's `ReadHeaderTimeout`.
const READ_HEADER_TIMEOUT: Duration = Duration::from_secs(5);
/// Largest request head, as nats-server's `MaxHeaderBytes` (1 MiB).
const MAX_HEADER_BYTES: usize = 1 << 20;
/// How long [`serve`] waits for open connections after shutdown before dropping them.
const DRAIN_TIMEOUT: Duration = Duration::from_secs(5);
/// Pause after a failed accept (e.g. out of file descriptors) before trying again.
const ACCEPT_BACKOFF: Duration = Duration::from_millis(100);

/// Requests per endpoint, reported in varz `http_req_stats`.
#[derive(Debug, Default)]
pub struct HttpReqStats {
    counts: Mutex<BTreeMap<String, u64>>,
}

impl HttpReqStats {
    /// Counts one request to `path`.
    pub fn record(&self, path: &str) {
        let mut counts = self.counts.lock().unwrap_or_else(|e| e.into_inner());
        *counts.entry(path.to_string()).or_default() += 1;
    }

    /// The counts so far.
    pub fn snapshot(&self) -> BTreeMap<String, u64> {
        self.counts
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }
}

/// The endpoints served.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Endpoint {
    Root,
    Varz,
    Connz,
    Subsz,
    Healthz,
    Jsz,
    Accountz,
    Accstatz,
    Routez,
    Gatewayz,
    Leafz,
    Ipqueuesz,
    Raftz,
    Metrics,
}

/// Shared state of the monitoring server.
pub struct Monitor {
    base: String,
    routes: Vec<(String, Endpoint)>,
    source: Arc<dyn MonitorSource>,
    stats: Arc<HttpReqStats>,
}

impl Monitor {
    /// A monitor for `source` whose endpoints live under `base_path` (normalized like
    /// nats-server: leading `/` added, cleaned, empty means `/`).
    pub fn new(base_path: &str, source: Arc<dyn MonitorSource>) -> Self {
        let base = normalize_base_path(base_path);
        let routes = vec![
            (base.clone(), Endpoint::Root),
            (join_path(&base, VARZ_PATH), Endpoint::Varz),
            (join_path(&base, CONNZ_PATH), Endpoint::Connz),
            (join_path(&base, SUBSZ_PATH), Endpoint::Subsz),
            (join_path(&base, SUBSCRIPTIONSZ_PATH), Endpoint::Subsz),
            (join_path(&base, HEALTHZ_PATH), Endpoint::Healthz),
            (join_path(&base, JSZ_PATH), Endpoint::Jsz),
            (join_path(&base, ACCOUNTZ_PATH), Endpoint::Accountz),
            (join_path(&base, ACCSTATZ_PATH), Endpoint::Accstatz),
            (join_path(&base, ROUTEZ_PATH), Endpoint::Routez),
            (join_path(&base, GATEWAYZ_PATH), Endpoint::Gatewayz),
            (join_path(&base, LEAFZ_PATH), Endpoint::Leafz),
            (join_path(&base, IPQUEUESZ_PATH), Endpoint::Ipqueuesz),
            (join_path(&base, RAFTZ_PATH), Endpoint::Raftz),
            (join_path(&base, METRICS_PATH), Endpoint::Metrics),
        ];
        Self {
            base,
            routes,
            stats: source.http_req_stats().unwrap_or_default(),
            source,
        }
    }

    /// The request counters.
    pub fn stats(&self) -> &HttpReqStats {
        &self.stats
    }

    /// Answers one request given its raw path and query.
    pub fn respond(&self, raw_path: &str, raw_query: Option<&str>) -> Response<Full<Bytes>> {
        let Some(decoded) = query::path_unescape(raw_path) else {
            return text(StatusCode::BAD_REQUEST, "400 Bad Request".to_string());
        };
        let clean = clean_request_path(&decoded);
        if clean != raw_path {
            return redirect(&clean, raw_query);
        }
        let Some(endpoint) = self
            .routes
            .iter()
            .find(|(p, _)| *p == clean)
            .map(|(_, e)| *e)
        else {
            return not_found();
        };
        let q = Query::parse(raw_query.unwrap_or(""));
        let callback = q.get("callback").to_string();
        match endpoint {
            Endpoint::Root => {
                self.stats.record(ROOT_PATH);
                let body = index_page(&self.base, &self.source.version());
                let mut resp = Response::new(Full::new(Bytes::from(body)));
                set(&mut resp, CONTENT_TYPE, "text/html; charset=utf-8");
                resp
            }
            Endpoint::Varz => {
                self.stats.record(VARZ_PATH);
                json(
                    StatusCode::OK,
                    &endpoints::varz(&*self.source, &self.stats),
                    true,
                    &callback,
                )
            }
            Endpoint::Connz => {
                let opts = match query::connz_options(&q) {
                    Ok(o) => o,
                    Err(e) => return text(StatusCode::BAD_REQUEST, e.to_string()),
                };
                self.stats.record(CONNZ_PATH);
                match endpoints::connz(&*self.source, &opts) {
                    Ok(c) => json(StatusCode::OK, &c, true, &callback),
                    Err(e) => text(StatusCode::BAD_REQUEST, e.to_string()),
                }
            }
            Endpoint::Subsz => {
                self.stats.record(SUBSZ_PATH);
                let opts = match query::subsz_options(&q) {
                    Ok(o) => o,
                    Err(e) => return text(StatusCode::BAD_REQUEST, e.to_string()),
                };
                match endpoints::subsz(&*self.source, &opts) {
                    Ok(s) => json(StatusCode::OK, &s, true, &callback),
                    Err(e) => text(StatusCode::BAD_REQUEST, e.to_string()),
                }
            }
            Endpoint::Jsz => {
                // Counted before the options are looked at, as upstream's handleJsz does.
                self.stats.record(JSZ_PATH);
                if let Some(opt) = JSZ_UNSUPPORTED
                    .iter()
                    .find(|o| matches!(q.get(o), "true" | "1"))
                {
                    return text(
                        StatusCode::BAD_REQUEST,
                        format!("/jsz option {opt} is not supported by rnats yet"),
                    );
                }
                let on = |k: &str| matches!(q.get(k), "true" | "1");
                let opts = rnats_proto::monitor::JszOptions {
                    account: q.get("acc").to_string(),
                    accounts: on("accounts"),
                    streams: on("streams"),
                    consumer: on("consumers"),
                    config: on("config"),
                };
                json(StatusCode::OK, &self.source.jsz(&opts), true, &callback)
            }
            Endpoint::Accountz => {
                self.stats.record(ACCOUNTZ_PATH);
                let opts = rnats_proto::monitor::AccountzOptions {
                    account: q.get("acc").to_string(),
                };
                match self.source.accountz(&opts) {
                    Ok(a) => json(StatusCode::OK, &a, true, &callback),
                    Err(e) => text(StatusCode::BAD_REQUEST, e),
                }
            }
            Endpoint::Accstatz => {
                self.stats.record(ACCSTATZ_PATH);
                // Upstream's handler reads only `unused`; the account filter is for the
                // system account's STATZ requests.
                let opts = match q.bool("unused") {
                    Ok(unused) => rnats_proto::monitor::AccountStatzOptions {
                        accounts: Vec::new(),
                        include_unused: unused,
                    },
                    Err(e) => return text(StatusCode::BAD_REQUEST, e.to_string()),
                };
                json(
                    StatusCode::OK,
                    &self.source.accstatz(&opts),
                    true,
                    &callback,
                )
            }
            Endpoint::Routez => {
                let (subscriptions, subscriptions_detail) = match q.subs() {
                    Ok(s) => s,
                    Err(e) => return text(StatusCode::BAD_REQUEST, e.to_string()),
                };
                self.stats.record(ROUTEZ_PATH);
                let opts = rnats_proto::monitor::RoutezOptions {
                    subscriptions,
                    subscriptions_detail,
                };
                json(StatusCode::OK, &self.source.routez(&opts), true, &callback)
            }
            Endpoint::Gatewayz => {
                self.stats.record(GATEWAYZ_PATH);
                let opts = match query::gatewayz_options(&q) {
                    Ok(o) => o,
                    Err(e) => return text(StatusCode::BAD_REQUEST, e.to_string()),
                };
                json(
                    StatusCode::OK,
                    &self.source.gatewayz(&opts),
                    true,
                    &callback,
                )
            }
            Endpoint::Leafz => {
                self.stats.record(LEAFZ_PATH);
                let opts = match q.bool("subs") {
                    Ok(subscriptions) => rnats_proto::monitor::LeafzOptions {
                        subscriptions,
                        account: q.get("acc").to_string(),
                    },
                    Err(e) => return text(StatusCode::BAD_REQUEST, e.to_string()),
                };
                json(StatusCode::OK, &self.source.leafz(&opts), true, &callback)
            }
            Endpoint::Ipqueuesz => {
                let opts = match q.bool("all") {
                    Ok(all) => rnats_proto::monitor::IpqueueszOptions {
                        all,
                        filter: q.get("queues").to_string(),
                    },
                    Err(e) => return text(StatusCode::BAD_REQUEST, e.to_string()),
                };
                json(
                    StatusCode::OK,
                    &endpoints::ipqueuesz(&opts),
                    true,
                    &callback,
                )
            }
            Endpoint::Raftz => {
                // rnats runs no Raft groups yet: upstream's answer when none are registered.
                text(StatusCode::NOT_FOUND, endpoints::NO_RAFT_NODES.to_string())
            }
            Endpoint::Metrics => {
                // Not an upstream endpoint: kept out of varz `http_req_stats`.
                let mut resp = text(StatusCode::OK, super::metrics::render(&*self.source));
                set(&mut resp, CONTENT_TYPE, super::metrics::CONTENT_TYPE);
                resp
            }
            Endpoint::Healthz => {
                self.stats.record(HEALTHZ_PATH);
                let opts = match query::healthz_options(&q) {
                    Ok(o) => o,
                    Err(e) => return text(StatusCode::BAD_REQUEST, e.to_string()),
                };
                let mut hs = endpoints::healthz(&*self.source, &opts);
                let code = StatusCode::from_u16(hs.status_code).unwrap_or(StatusCode::OK);
                // The code is the HTTP status; nats-server drops it from the body.
                hs.status_code = 0;
                json(code, &hs, false, &callback)
            }
        }
    }
}

/// Serves monitoring on `listener` until `shutdown` completes, then lets open connections finish
/// their current request (up to a few seconds) and returns.
pub async fn serve(
    listener: TcpListener,
    base_path: String,
    source: Arc<dyn MonitorSource>,
    shutdown: impl Future<Output = ()> + Send + 'static,
) {
    serve_with_tls(listener, base_path, source, None, shutdown).await
}

/// [`serve`] over TLS when `tls` is given (`https_port`): each connection's handshake runs in
/// its own task, bounded by the TLS timeout.
pub async fn serve_with_tls(
    listener: TcpListener,
    base_path: String,
    source: Arc<dyn MonitorSource>,
    tls: Option<(tokio_rustls::TlsAcceptor, std::time::Duration)>,
    shutdown: impl Future<Output = ()> + Send + 'static,
) {
    let monitor = Arc::new(Monitor::new(&base_path, source));
    let (stop_tx, stop_rx) = watch::channel(false);
    let mut conns = JoinSet::new();
    tokio::pin!(shutdown);
    loop {
        tokio::select! {
            _ = &mut shutdown => break,
            Some(_) = conns.join_next(), if !conns.is_empty() => {}
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => match &tls {
                    None => {
                        conns.spawn(serve_connection(stream, monitor.clone(), stop_rx.clone()));
                    }
                    Some((acceptor, timeout)) => {
                        let (acceptor, timeout) = (acceptor.clone(), *timeout);
                        let (monitor, stop) = (monitor.clone(), stop_rx.clone());
                        conns.spawn(async move {
                            if let Ok(Ok(s)) = tokio::time::timeout(timeout, acceptor.accept(stream)).await {
                                serve_connection(s, monitor, stop).await;
                            }
                        });
                    }
                },
                Err(_) => tokio::time::sleep(ACCEPT_BACKOFF).await,
            },
        }
    }
    drop(listener);
    let _ = stop_tx.send(true);
    let drain = async { while conns.join_next().await.is_some() {} };
    if tokio::time::timeout(DRAIN_TIMEOUT, drain).await.is_err() {
        conns.abort_all();
    }
}

/// Runs HTTP/1.1 on one socket until the peer leaves or shutdown is signalled.
async fn serve_connection<S>(stream: S, monitor: Arc<Monitor>, mut stop: watch::Receiver<bool>)
where
    S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin + Send + 'static,
{
    let service = service_fn(move |req: Request<Incoming>| {
        let monitor = monitor.clone();
        async move {
            let resp = monitor.respond(req.uri().path(), req.uri().query());
            Ok::<_, Infallible>(resp)
        }
    });
    let mut builder = http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(READ_HEADER_TIMEOUT)
        .max_buf_size(MAX_HEADER_BYTES);
    let conn = builder.serve_connection(TokioIo::new(stream), service);
    tokio::pin!(conn);
    let stopped = tokio::select! {
        _ = conn.as_mut() => false,
        stopped = stop.wait_for(|s| *s) => stopped.is_ok(),
    };
    if stopped {
        conn.as_mut().graceful_shutdown();
        let _ = conn.await;
    }
}

/// nats-server's `normalizeBasePath`: empty is `/`, a leading `/` is added, then `path.Clean`.
pub fn normalize_base_path(p: &str) -> String {
    if p.is_empty() {
        return "/".to_string();
    }
    if p.starts_with('/') {
        clean_path(p)
    } else {
        clean_path(&format!("/{p}"))
    }
}

/// Go's `path.Join(base, p)` for two rooted paths.
pub fn join_path(base: &str, p: &str) -> String {
    clean_path(&format!("{base}/{p}"))
}

/// Go's `path.Clean` for a rooted path: collapse `//`, drop `.`, resolve `..`, no trailing `/`.
pub fn clean_path(p: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for seg in p.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            s => parts.push(s),
        }
    }
    format!("/{}", parts.join("/"))
}

/// Go `ServeMux`'s `cleanPath`: like [`clean_path`] but a trailing `/` is kept.
fn clean_request_path(p: &str) -> String {
    let mut clean = clean_path(p);
    if p.ends_with('/') && clean != "/" {
        clean.push('/');
    }
    clean
}

/// The index page: the version and a link to each endpoint, relative like nats-server's.
fn index_page(base: &str, version: &str) -> String {
    let mut links = String::new();
    for (i, (label, path)) in INDEX_LINKS.iter().enumerate() {
        let class = if i + 1 == INDEX_LINKS.len() {
            " class=last"
        } else {
            ""
        };
        links.push_str(&format!(
            "    <a href=.{href}{class}>{label}<span class=\"endpoint\"> {path}</span></a>\n",
            href = join_path(base, path),
        ));
    }
    format!(
        r#"<html lang="en">
  <head>
    <style type="text/css">
      body {{ font-family: ui-sans-serif,system-ui,sans-serif; font-size: 18px; margin-left: 32px }}
      a {{ display: block; margin-left: 7px; padding-bottom: 6px; color: rgb(72 72 92); text-decoration: none }}
      a:hover {{ font-weight: 600; color: rgb(59 50 202) }}
      a.help {{ display: inline; font-weight: 600; color: rgb(59 50 202) }}
      a.last {{ padding-bottom: 16px }}
      a.version {{ font-size: 14px }}
      .endpoint {{ font-size: 12px; color: #999; font-family: monospace; display: none }}
      a:hover .endpoint {{ display: inline }}
    </style>
  </head>
  <body>
    <h1>NATS monitoring</h1>
    <a href={SOURCE_URL} class='version'>v{version}</a>
    <br/>
{links}    <a href=https://docs.nats.io/running-a-nats-service/nats_admin/monitoring class="help">Help</a>
  </body>
</html>"#
    )
}

fn set(resp: &mut Response<Full<Bytes>>, name: hyper::header::HeaderName, value: &'static str) {
    resp.headers_mut()
        .insert(name, HeaderValue::from_static(value));
}

/// A JSON (or JSONP when `callback` is set) answer.
fn json<T: Serialize>(
    code: StatusCode,
    value: &T,
    pretty: bool,
    callback: &str,
) -> Response<Full<Bytes>> {
    let body = match super::format::to_go_json(value, pretty) {
        Ok(b) => b,
        Err(e) => return text(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()),
    };
    let body = if callback.is_empty() {
        body
    } else {
        let mut wrapped = Vec::with_capacity(body.len() + callback.len() + 2);
        wrapped.extend_from_slice(callback.as_bytes());
        wrapped.push(b'(');
        wrapped.extend_from_slice(&body);
        wrapped.push(b')');
        wrapped
    };
    let mut resp = Response::new(Full::new(Bytes::from(body)));
    *resp.status_mut() = code;
    if callback.is_empty() {
        set(&mut resp, CONTENT_TYPE, "application/json");
        set(&mut resp, ACCESS_CONTROL_ALLOW_ORIGIN, "*");
    } else {
        set(&mut resp, CONTENT_TYPE, "application/javascript");
    }
    resp
}

/// A plain-text answer, as Go sniffs an untyped error body.
fn text(code: StatusCode, body: String) -> Response<Full<Bytes>> {
    let mut resp = Response::new(Full::new(Bytes::from(body)));
    *resp.status_mut() = code;
    set(&mut resp, CONTENT_TYPE, "text/plain; charset=utf-8");
    resp
}

/// Go's `http.NotFound`.
fn not_found() -> Response<Full<Bytes>> {
    let mut resp = text(StatusCode::NOT_FOUND, "404 page not found\n".to_string());
    set(&mut resp, hyper::header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    resp
}

/// Go `ServeMux`'s redirect to the clean path.
fn redirect(clean: &str, raw_query: Option<&str>) -> Response<Full<Bytes>> {
    let mut location = escape_path(clean);
    if let Some(q) = raw_query {
        location.push('?');
        location.push_str(q);
    }
    let body = format!("<a href=\"{location}\">Temporary Redirect</a>.\n");
    let mut resp = Response::new(Full::new(Bytes::from(body)));
    *resp.status_mut() = StatusCode::TEMPORARY_REDIRECT;
    set(&mut resp, CONTENT_TYPE, "text/html; charset=utf-8");
    if let Ok(v) = HeaderValue::from_str(&location) {
        resp.headers_mut().insert(LOCATION, v);
    }
    resp
}

/// Percent-escapes what may not appear raw in a URL path.
fn escape_path(p: &str) -> String {
    let mut out = String::with_capacity(p.len());
    for b in p.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~$&+,/:;=@".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_paths_like_nats_server() {
        assert_eq!(normalize_base_path(""), "/");
        assert_eq!(normalize_base_path("/"), "/");
        assert_eq!(normalize_base_path("mon"), "/mon");
        assert_eq!(normalize_base_path("/mon/"), "/mon");
        assert_eq!(normalize_base_path("//a/./b/../c/"), "/a/c");
        assert_eq!(join_path("/", "/varz"), "/varz");
        assert_eq!(join_path("/mon", "/varz"), "/mon/varz");
        assert_eq!(join_path("/mon", "/"), "/mon");
        assert_eq!(clean_request_path("/varz/"), "/varz/");
        assert_eq!(clean_request_path("/mon//varz"), "/mon/varz");
        assert_eq!(clean_request_path("/"), "/");
        assert_eq!(escape_path("/a b/%"), "/a%20b/%25");
    }

    #[test]
    fn index_links_are_relative_to_base() {
        let page = index_page("/mon", "1.2.3");
        assert!(
            page.contains("<a href=./mon/varz>General<span class=\"endpoint\"> /varz</span></a>")
        );
        assert!(page.contains("<a href=./mon/healthz class=last>Health Probe"));
        assert!(page.contains(">v1.2.3</a>"));
        let page = index_page("/", "1.2.3");
        assert!(page.contains("<a href=./connz>Connections"));
    }
}
