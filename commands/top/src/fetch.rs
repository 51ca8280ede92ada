//! The collector's side: a tiny HTTP/1.0 GET over a tokio `TcpStream` (the monitoring port
//! answers plain JSON; HTTP/1.0 keeps Go's server from chunking) and one poll of `/varz`,
//! `/connz` and, for the JetStream tab, `/jsz`, turned into a [`Stats`] with rates computed
//! against the previous poll exactly as nats-top does (server rates over the `now` delta,
//! connection rates as the raw delta between polls).

use std::collections::HashMap;
use std::net::IpAddr;
use std::time::Duration;

use anyhow::{anyhow, bail, Context as _};
use rnats_proto::monitor::{ConnInfo, Connz, Varz};
use serde::de::DeserializeOwned;
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::TcpStream;

use rnats_proto::monitor::Jsz;

/// How long one request may take before the poll reports an error.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(5);
/// Largest response body read (a `/connz` of 10,000 connections is a few MB).
const MAX_BODY: usize = 256 * 1024 * 1024;

/// Where the monitoring endpoints are.
#[derive(Debug, Clone)]
pub struct Endpoint {
    /// Host name or address.
    pub host: String,
    /// HTTP (or, with `tls`, HTTPS) port.
    pub port: u16,
    /// TLS client configuration for an HTTPS monitoring port (`-ms`).
    pub tls: Option<std::sync::Arc<tokio_rustls::rustls::ClientConfig>>,
}

impl Endpoint {
    /// GETs `path` and returns the body of a 200 answer.
    pub async fn get(&self, path: &str) -> anyhow::Result<Vec<u8>> {
        let fut = async {
            let mut stream = TcpStream::connect((self.host.as_str(), self.port))
                .await
                .with_context(|| format!("connect to {}:{}", self.host, self.port))?;
            let req = format!(
                "GET {path} HTTP/1.0\r\nHost: {}:{}\r\nUser-Agent: rnats-top\r\n\
                 Accept: application/json\r\n\r\n",
                self.host, self.port
            );
            let mut raw = Vec::new();
            match &self.tls {
                None => {
                    stream.write_all(req.as_bytes()).await?;
                    (&mut stream)
                        .take(MAX_BODY as u64)
                        .read_to_end(&mut raw)
                        .await?;
                }
                Some(cfg) => {
                    let name = rustls_pki_types::ServerName::try_from(self.host.clone())
                        .map_err(|e| anyhow!("invalid TLS server name {:?}: {e}", self.host))?;
                    let mut tls = tokio_rustls::TlsConnector::from(cfg.clone())
                        .connect(name, stream)
                        .await
                        .context("TLS handshake")?;
                    tls.write_all(req.as_bytes()).await?;
                    // Go's server closes without close_notify at times: keep what arrived.
                    let read = (&mut tls).take(MAX_BODY as u64).read_to_end(&mut raw).await;
                    if let Err(e) = read {
                        if raw.is_empty() {
                            return Err(e.into());
                        }
                    }
                }
            }
            parse_response(&raw).map_err(|e| anyhow!("GET {path}: {e}"))
        };
        tokio::time::timeout(REQUEST_TIMEOUT, fut)
            .await
            .map_err(|_| anyhow!("GET {path}: timed out after {REQUEST_TIMEOUT:?}"))?
    }

    /// GETs `path` and parses the JSON body.
    pub async fn get_json<T: DeserializeOwned>(&self, path: &str) -> anyhow::Result<T> {
        let body = self.get(path).await?;
        serde_json::from_slice(&body).with_context(|| format!("could not unmarshal {path} json"))
    }
}

/// Splits an HTTP response into status and body; only 200 is a success. Chunked bodies (an
/// HTTP/1.1 server ignoring the 1.0 request) are decoded.
fn parse_response(raw: &[u8]) -> anyhow::Result<Vec<u8>> {
    let end = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .ok_or_else(|| anyhow!("malformed HTTP response"))?;
    let head = String::from_utf8_lossy(&raw[..end]);
    let body = &raw[end + 4..];
    let mut lines = head.lines();
    let status: u16 = lines
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| anyhow!("malformed HTTP status line"))?;
    let chunked = lines.any(|l| {
        let l = l.to_ascii_lowercase();
        l.starts_with("transfer-encoding:") && l.contains("chunked")
    });
    let body = if chunked {
        dechunk(body)?
    } else {
        body.to_vec()
    };
    if status != 200 {
        let text = String::from_utf8_lossy(&body);
        bail!(
            "status {status}: {}",
            text.lines().next().unwrap_or_default().trim()
        );
    }
    Ok(body)
}

fn dechunk(mut body: &[u8]) -> anyhow::Result<Vec<u8>> {
    let mut out = Vec::new();
    loop {
        let eol = body
            .windows(2)
            .position(|w| w == b"\r\n")
            .ok_or_else(|| anyhow!("malformed chunk"))?;
        let size_text = String::from_utf8_lossy(&body[..eol]);
        let size = usize::from_str_radix(size_text.split(';').next().unwrap_or("").trim(), 16)
            .map_err(|_| anyhow!("malformed chunk size"))?;
        body = &body[eol + 2..];
        if size == 0 {
            return Ok(out);
        }
        if body.len() < size {
            bail!("truncated chunk");
        }
        out.extend_from_slice(&body[..size]);
        body = body.get(size + 2..).unwrap_or_default();
    }
}

/// What the collector asks for on each poll; the UI changes it with `o`, `n`, `s`, `d`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Query {
    /// `limit` of `/connz`.
    pub conns: i64,
    /// `offset` of `/connz` (the far end of the server's order, for the reverse direction).
    pub offset: i64,
    /// `sort` of `/connz` (server-side order; direction is applied by the UI).
    pub sort: String,
    /// Ask for subscription lists.
    pub subs: bool,
    /// Resolve client addresses.
    pub lookup: bool,
    /// Also poll `/jsz` with stream and consumer details.
    pub jsz: bool,
    /// Also poll `/routez`.
    pub routez: bool,
    /// Also poll `/leafz`.
    pub leafz: bool,
    /// Also poll `/gatewayz`.
    pub gatewayz: bool,
}

impl Query {
    /// The `/connz` path for this query (`auth=true` brings the account for the filter).
    pub fn connz_path(&self) -> String {
        let mut p = format!("/connz?limit={}&sort={}&auth=true", self.conns, self.sort);
        if self.offset > 0 {
            p.push_str(&format!("&offset={}", self.offset));
        }
        if self.subs {
            p.push_str("&subs=1");
        }
        p
    }
}

/// Per-second server rates (nats-top `Rates`).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Rates {
    /// Messages in per second.
    pub in_msgs: f64,
    /// Messages out per second.
    pub out_msgs: f64,
    /// Bytes in per second.
    pub in_bytes: f64,
    /// Bytes out per second.
    pub out_bytes: f64,
}

/// One poll's result.
#[derive(Debug, Clone, Default)]
pub struct Stats {
    /// `/varz`.
    pub varz: Varz,
    /// `/connz`, its connections in server order.
    pub connz: Connz,
    /// `/jsz` when the JetStream tab asked for it.
    pub jsz: Option<Jsz>,
    /// Why `/jsz` could not be read, when asked.
    pub jsz_error: String,
    /// `/routez` when the routes tab asked for it.
    pub routez: Option<rnats_proto::monitor::Routez>,
    /// `/leafz` when the leaf nodes tab asked for it.
    pub leafz: Option<rnats_proto::monitor::Leafz>,
    /// `/gatewayz` when the gateways tab asked for it.
    pub gatewayz: Option<rnats_proto::monitor::Gatewayz>,
    /// Why the routes, leaf nodes or gateways document could not be read.
    pub cluster_error: String,
    /// Server rates against the previous poll (zero on the first).
    pub rates: Rates,
    /// Connection rates by cid: delta since the previous poll (nats-top's per-poll deltas).
    pub conn_rates: HashMap<u64, Rates>,
    /// Resolved host names by IP, when lookup is on.
    pub hosts: HashMap<String, String>,
    /// The poll's error, shown after the uptime (nats-top `stats.Error`).
    pub error: String,
}

impl Stats {
    /// The connections of this poll.
    pub fn conns(&self) -> &[ConnInfo] {
        self.connz.connections.as_deref().unwrap_or_default()
    }
}

/// Polls the server and keeps what rates need between polls.
#[derive(Debug)]
pub struct Collector {
    source: crate::source::Source,
    last: Option<(Varz, HashMap<u64, ConnInfo>)>,
    resolved: HashMap<String, String>,
}

impl Collector {
    /// A collector reading `source`.
    pub fn new(source: crate::source::Source) -> Self {
        Self {
            source,
            last: None,
            resolved: HashMap::new(),
        }
    }

    /// One poll; errors are carried in [`Stats::error`] like nats-top's, never returned.
    pub async fn poll(&mut self, q: &Query) -> Stats {
        let mut stats = Stats::default();
        match self.source.get_json::<Varz>("/varz").await {
            Ok(v) => stats.varz = v,
            Err(e) => {
                stats.error = format!("{e:#}");
                return stats;
            }
        }
        match self.source.get_json::<Connz>(&q.connz_path()).await {
            Ok(c) => stats.connz = c,
            Err(e) => {
                stats.error = format!("{e:#}");
                return stats;
            }
        }
        if q.jsz {
            let detailed = "/jsz?accounts=true&streams=true&consumers=true";
            match self.source.get_json::<Jsz>(detailed).await {
                Ok(j) => stats.jsz = Some(j),
                Err(detail_err) => match self.source.get_json::<Jsz>("/jsz").await {
                    Ok(j) => {
                        stats.jsz = Some(j);
                        stats.jsz_error = format!("no stream details: {detail_err:#}");
                    }
                    Err(e) => stats.jsz_error = format!("{e:#}"),
                },
            }
        }
        let cluster_err = |e: anyhow::Error| format!("{e:#}");
        if q.routez {
            match self.source.get_json("/routez").await {
                Ok(r) => stats.routez = Some(r),
                Err(e) => stats.cluster_error = cluster_err(e),
            }
        }
        if q.leafz {
            match self.source.get_json("/leafz").await {
                Ok(l) => stats.leafz = Some(l),
                Err(e) => stats.cluster_error = cluster_err(e),
            }
        }
        if q.gatewayz {
            match self.source.get_json("/gatewayz").await {
                Ok(g) => stats.gatewayz = Some(g),
                Err(e) => stats.cluster_error = cluster_err(e),
            }
        }
        if q.lookup {
            for c in stats.conns() {
                if !self.resolved.contains_key(&c.ip) {
                    let name = resolve(&c.ip)
                        .await
                        .unwrap_or_else(|| format!("{}:{}", c.ip, c.port));
                    self.resolved.insert(c.ip.clone(), name);
                }
            }
            stats.hosts = self.resolved.clone();
        }
        self.compute_rates(&mut stats);
        stats
    }

    fn compute_rates(&mut self, stats: &mut Stats) {
        let conns: HashMap<u64, ConnInfo> =
            stats.conns().iter().map(|c| (c.cid, c.clone())).collect();
        if let Some((last_varz, last_conns)) = &self.last {
            let dt = stats.varz.now.since(last_varz.now).as_secs_f64();
            if dt > 0.0 {
                let rate = |now: i64, before: i64| (now - before) as f64 / dt;
                stats.rates = Rates {
                    in_msgs: rate(stats.varz.in_msgs, last_varz.in_msgs),
                    out_msgs: rate(stats.varz.out_msgs, last_varz.out_msgs),
                    in_bytes: rate(stats.varz.in_bytes, last_varz.in_bytes),
                    out_bytes: rate(stats.varz.out_bytes, last_varz.out_bytes),
                };
            }
            for (cid, c) in &conns {
                let r = match last_conns.get(cid) {
                    Some(l) => Rates {
                        in_msgs: (c.in_msgs - l.in_msgs) as f64,
                        out_msgs: (c.out_msgs - l.out_msgs) as f64,
                        in_bytes: (c.in_bytes - l.in_bytes) as f64,
                        out_bytes: (c.out_bytes - l.out_bytes) as f64,
                    },
                    None => Rates::default(),
                };
                stats.conn_rates.insert(*cid, r);
            }
        }
        self.last = Some((stats.varz.clone(), conns));
    }
}

/// Reverse DNS of `ip`, first name, without blocking the runtime.
async fn resolve(ip: &str) -> Option<String> {
    let addr: IpAddr = ip.parse().ok()?;
    tokio::task::spawn_blocking(move || dns_lookup::lookup_addr(&addr).ok())
        .await
        .ok()
        .flatten()
        .filter(|n| !n.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn responses() {
        let ok = b"HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n\r\n{\"a\":1}";
        assert_eq!(parse_response(ok).expect("ok"), b"{\"a\":1}");
        let chunked =
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\n{\"a\r\n4\r\n\":1}\r\n0\r\n\r\n";
        assert_eq!(parse_response(chunked).expect("chunked"), b"{\"a\":1}");
        let bad = b"HTTP/1.0 400 Bad Request\r\n\r\ninvalid sort\nmore";
        assert_eq!(
            parse_response(bad).map_err(|e| e.to_string()).err(),
            Some("status 400: invalid sort".to_string())
        );
        assert!(parse_response(b"garbage").is_err());
    }

    #[test]
    fn connz_path() {
        let mut q = Query {
            conns: 10,
            offset: 0,
            sort: "msgs_to".into(),
            subs: false,
            lookup: false,
            jsz: false,
            routez: false,
            leafz: false,
            gatewayz: false,
        };
        assert_eq!(q.connz_path(), "/connz?limit=10&sort=msgs_to&auth=true");
        q.subs = true;
        assert!(q.connz_path().ends_with("&subs=1"));
        q.offset = 5;
        assert_eq!(
            q.connz_path(),
            "/connz?limit=10&sort=msgs_to&auth=true&offset=5&subs=1"
        );
    }
}
