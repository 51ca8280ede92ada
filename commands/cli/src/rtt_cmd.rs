//! `nats rtt [ITERATIONS]`: round-trip time to every address of every server URL.
//!
//! As natscli: each URL of the context's list (scheme `nats://` and port 4222 added when
//! missing) is resolved to all its addresses; each address gets its own connection, a 25ms
//! settle, then ITERATIONS PING/PONG round trips whose average is reported. Human output is one
//! block per URL with right-aligned addresses (`failed` when the address could not be
//! measured); `--json` prints the targets as natscli does (`rtt` in nanoseconds).

use crate::kit::connect;
use crate::kit::duration;
use crate::kit::output::log;
use crate::options::GlobalOpts;
use chrono::{DateTime, Local};
use clap::Args;
use serde::Serialize;
use std::io::Write as _;
use std::net::IpAddr;
use std::process::ExitCode;
use std::time::Duration;

/// Compute round-trip time to NATS server
#[derive(Debug, Clone, Args)]
pub struct RttArgs {
    /// How many round trips to do when testing
    #[arg(default_value_t = 5)]
    pub iterations: i64,

    /// Produce JSON output
    #[arg(short = 'j', long)]
    pub json: bool,
}

/// One measured address.
#[derive(Debug, Clone, Serialize)]
struct RttResult {
    /// When the measurement started (Go's RFC 3339 with nanoseconds).
    #[serde(serialize_with = "go_time")]
    time: DateTime<Local>,
    /// `scheme://ip:port`.
    address: String,
    /// Average round trip in nanoseconds, 0 when it failed.
    #[serde(serialize_with = "nanos")]
    rtt: Duration,
    /// The URL the connection reported.
    url: String,
}

/// One server URL and its addresses.
#[derive(Debug, Clone, Serialize)]
struct RttTarget {
    url: String,
    results: Vec<RttResult>,
}

fn nanos<S: serde::Serializer>(d: &Duration, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_u64(d.as_nanos().min(u64::MAX as u128) as u64)
}

fn go_time<S: serde::Serializer>(t: &DateTime<Local>, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&rnats_proto::kit::format::rfc3339_nano(&t.fixed_offset()))
}

/// Splits a server URL into (scheme, host, port), natscli-style defaults applied.
fn split_url(url: &str) -> Option<(String, String, u16)> {
    let (scheme, rest) = url.split_once("://")?;
    let hostport = rest.rsplit_once('@').map_or(rest, |(_, h)| h);
    let hostport = hostport.split(['/', '?']).next().unwrap_or_default();
    let (host, port) = if let Some(v6) = hostport.strip_prefix('[') {
        let (h, after) = v6.split_once(']')?;
        (h.to_string(), after.strip_prefix(':').unwrap_or_default())
    } else {
        match hostport.rsplit_once(':') {
            Some((h, p)) => (h.to_string(), p),
            None => (hostport.to_string(), ""),
        }
    };
    let port = if port.is_empty() {
        4222
    } else {
        port.parse().ok()?
    };
    Some((scheme.to_string(), host, port))
}

fn join_host_port(host: &str, port: u16) -> String {
    if host.contains(':') {
        format!("[{host}]:{port}")
    } else {
        format!("{host}:{port}")
    }
}

/// natscli's `targets`: every URL with its resolved addresses.
async fn targets(server_url: &str) -> anyhow::Result<Vec<RttTarget>> {
    let mut out = Vec::new();
    for raw in server_url
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        let url = if raw.contains("://") {
            raw.to_string()
        } else {
            format!("nats://{raw}")
        };
        let (scheme, host, port) =
            split_url(&url).ok_or_else(|| anyhow::anyhow!("invalid server URL {url:?}"))?;
        let mut target = RttTarget {
            url: url.clone(),
            results: Vec::new(),
        };
        let mut addresses = Vec::new();
        if host.parse::<IpAddr>().is_err() {
            if let Ok(found) = tokio::net::lookup_host((host.as_str(), port)).await {
                for a in found {
                    let ip = a.ip().to_string();
                    if !addresses.contains(&ip) {
                        addresses.push(ip);
                    }
                }
            }
        }
        if addresses.is_empty() {
            addresses.push(host.clone());
        }
        for a in addresses {
            target.results.push(RttResult {
                time: Local::now(),
                address: format!("{scheme}://{}", join_host_port(&a, port)),
                rtt: Duration::ZERO,
                url: String::new(),
            });
        }
        out.push(target);
    }
    Ok(out)
}

/// Runs `nats rtt`.
pub async fn run(global: GlobalOpts, args: RttArgs) -> anyhow::Result<ExitCode> {
    let store = rnats_proto::kit::context::Store::from_env()?;
    let (settings, _) = global.effective(&store)?;
    let iterations = args.iterations.max(1) as u32;
    let mut targets = targets(settings.server_url()).await?;
    for target in &mut targets {
        for r in &mut target.results {
            r.time = Local::now();
            match measure(&settings, &global, &r.address, iterations).await {
                Ok((url, rtt)) => {
                    r.url = url;
                    r.rtt = rtt;
                }
                Err(e) => log(&format!("Failed to compute rtt for {}: {e:#}", r.address)),
            }
        }
    }
    let mut out = std::io::stdout().lock();
    if args.json {
        writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&targets).unwrap_or_default()
        )?;
        return Ok(ExitCode::SUCCESS);
    }
    let indent = targets
        .iter()
        .flat_map(|t| t.results.iter())
        .map(|r| r.address.len() + 3)
        .max()
        .unwrap_or(3)
        .max(3);
    for t in &targets {
        writeln!(out, "{}:\n", t.url)?;
        for r in &t.results {
            let value = if r.rtt > Duration::ZERO {
                duration::humanize(r.rtt)
            } else {
                "failed".to_string()
            };
            writeln!(out, "{:>indent$}: {value}", r.address)?;
        }
        writeln!(out)?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// Connects to one address and averages `iterations` round trips.
async fn measure(
    settings: &rnats_proto::kit::context::Settings,
    global: &GlobalOpts,
    address: &str,
    iterations: u32,
) -> anyhow::Result<(String, Duration)> {
    if global.trace {
        log(&format!(">>> Connecting to {address}"));
    }
    let session = connect::connect_with(settings, global, Some(address)).await?;
    tokio::time::sleep(Duration::from_millis(25)).await;
    let mut total = Duration::ZERO;
    if global.trace {
        println_trace(&format!("RTT iterations for server: {address}"))?;
    }
    for i in 1..=iterations {
        let rtt = session
            .client
            .rtt()
            .await
            .map_err(|e| anyhow::anyhow!("rtt failed: {e}"))?;
        total += rtt;
        if global.trace {
            println_trace(&format!("#{i}:\trtt={}", duration::humanize(rtt)))?;
            if i == iterations {
                println_trace("")?;
            }
        }
    }
    let url = session.client.connected_url().unwrap_or_default();
    session.close().await;
    Ok((url, total / iterations))
}

fn println_trace(line: &str) -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
    writeln!(out, "{line}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_split_with_defaults() {
        assert_eq!(
            split_url("nats://127.0.0.1:4222"),
            Some(("nats".into(), "127.0.0.1".into(), 4222))
        );
        assert_eq!(
            split_url("tls://u:p@demo.nats.io"),
            Some(("tls".into(), "demo.nats.io".into(), 4222))
        );
        assert_eq!(
            split_url("nats://[::1]:4333"),
            Some(("nats".into(), "::1".into(), 4333))
        );
        assert_eq!(join_host_port("::1", 1), "[::1]:1");
        assert_eq!(split_url("no-scheme"), None);
    }

    #[tokio::test]
    async fn ip_targets_are_not_resolved() {
        let t = targets("127.0.0.1:5000,nats://[::1]")
            .await
            .expect("targets");
        assert_eq!(t.len(), 2);
        assert_eq!(t[0].url, "nats://127.0.0.1:5000");
        assert_eq!(t[0].results[0].address, "nats://127.0.0.1:5000");
        assert_eq!(t[1].results[0].address, "nats://[::1]:4222");
    }
}
