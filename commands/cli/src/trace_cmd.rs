//! `nats trace SUBJECT [PAYLOAD]`: publish a message with message tracing headers (ADR-41)
//! and render the trace event the server sends back, as natscli's `cli/trace_command.go`
//! does with jsm.go's `tracing.TraceMsg`.
//!
//! The message goes out with `Accept-Encoding: snappy`, `Nats-Trace-Dest: <inbox>` and, unless
//! `--deliver`, `Nats-Trace-Only: true`; the event may come back snappy- or gzip-compressed
//! (`Content-Encoding`). Rendering: the ingress line, subject mapping, service imports,
//! stream exports, the JetStream line and one line per egress (`--C` client, `-->` route,
//! `==>` gateway, `~~>` leaf node, `--J` JetStream), then the legend and the egress counts.
//! Events relayed by other servers (hops) are not stitched together: rnats is a single
//! server, and the origin server's event is shown.

use std::collections::BTreeMap;
use std::io::Read as _;
use std::process::ExitCode;
use std::time::Duration;

use anyhow::{bail, Context as _};
use bytes::Bytes;
use clap::Args;
use rnats_proto::headers::HeaderMap;
use rnats_proto::monitor::Timestamp;
use rnats_proto::msgtrace::{self as mt, kind, MsgTraceEvent};

use crate::kit::columns::Columns;
use crate::kit::connect;
use crate::kit::numbers::comma;
use crate::options::GlobalOpts;
use rnats_proto::kit::format::go_quote;

/// Trace message delivery within an NATS network
#[derive(Debug, Clone, Args)]
pub struct TraceArgs {
    /// The subject to publish to
    pub subject: String,

    /// The message body to send
    pub payload: Option<String>,

    /// Deliver the message to the final destination
    #[arg(long)]
    pub deliver: bool,

    /// Show event timestamps
    #[arg(short = 'T', long)]
    pub timestamp: bool,

    /// Adds headers to the trace message using K:V format
    #[arg(short = 'H', long = "header", value_name = "HEADER")]
    pub header: Vec<String>,
}

/// fisk's string map values: `KEY=VALUE` or `KEY:VALUE`, split at the first of either.
fn parse_header(spec: &str) -> anyhow::Result<(String, String)> {
    match spec.find([':', '=']) {
        Some(i) => Ok((spec[..i].to_string(), spec[i + 1..].to_string())),
        None => bail!("expected KEY=VALUE got '{spec}'"),
    }
}

/// Whether a server version is at least `major.minor.patch` (natscli's `ServerMinVersion`).
fn min_version(version: &str, want: (u64, u64, u64)) -> bool {
    let core = version.trim_start_matches('v');
    let core = core.split(['-', '+']).next().unwrap_or_default();
    let mut parts = core.split('.').map(|p| p.parse::<u64>().unwrap_or(0));
    let have = (
        parts.next().unwrap_or(0),
        parts.next().unwrap_or(0),
        parts.next().unwrap_or(0),
    );
    have >= want
}

/// The event body, decompressed as its `Content-Encoding` says (jsm.go `getData`).
fn event_data(headers: Option<&HeaderMap>, payload: &[u8]) -> anyhow::Result<Vec<u8>> {
    let mut out = Vec::new();
    match headers.and_then(|h| h.get(mt::CONTENT_ENCODING)) {
        Some("gzip") => {
            flate2::read::GzDecoder::new(payload)
                .read_to_end(&mut out)
                .context("invalid gzip trace event")?;
        }
        Some("snappy") => {
            minlz::Reader::new(payload)
                .read_to_end(&mut out)
                .context("invalid snappy trace event")?;
        }
        _ => out.extend_from_slice(payload),
    }
    Ok(out)
}

/// Runs `nats trace`.
pub async fn run(global: GlobalOpts, args: TraceArgs) -> anyhow::Result<ExitCode> {
    let mut extra = Vec::with_capacity(args.header.len());
    for spec in &args.header {
        extra.push(parse_header(spec)?);
    }
    let session = connect::connect(&global).await?;
    let client = &session.client;
    if !min_version(&client.server_info().version, (2, 11, 0)) {
        bail!("tracing messages require NATS Server 2.11");
    }

    let inbox = client.new_inbox();
    let mut sub = client.subscribe(inbox.clone()).await?;
    client.flush().await?;
    // As jsm.go: give the subscription time to reach every server of a super cluster.
    tokio::time::sleep(Duration::from_millis(250)).await;

    let mut headers = HeaderMap::new();
    for (k, v) in &extra {
        headers
            .insert(k, v)
            .map_err(|e| anyhow::anyhow!("invalid header {k}: {e}"))?;
    }
    headers
        .insert(mt::ACCEPT_ENCODING, "snappy")
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    headers
        .insert(mt::MSG_TRACE_DEST, &inbox)
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    if !args.deliver {
        headers
            .insert(mt::MSG_TRACE_ONLY, "true")
            .map_err(|e| anyhow::anyhow!("{e}"))?;
    }
    let payload = Bytes::from(args.payload.clone().unwrap_or_default().into_bytes());

    let deliver = if args.deliver {
        "with delivery to the final destination"
    } else {
        ""
    };
    println!(
        "Tracing message route to subject {} {deliver}\n",
        args.subject
    );

    client
        .publish_with_headers(args.subject.clone(), headers, payload)
        .await?;
    client.flush().await?;

    // jsm.go `GetMsgTrace`: wait up to the timeout for each message until the origin
    // server's event (ingress from a client) has come; a single server has no hops.
    let mut origin: Option<MsgTraceEvent> = None;
    let mut error: Option<anyhow::Error> = None;
    loop {
        let msg = match tokio::time::timeout(session.timeout, sub.next()).await {
            Ok(Some(m)) => m,
            Ok(None) => {
                error = Some(anyhow::anyhow!("nats: connection closed"));
                break;
            }
            Err(_) => {
                error = Some(anyhow::anyhow!("nats: timeout"));
                break;
            }
        };
        let data = match event_data(msg.headers.as_ref(), &msg.payload) {
            Ok(d) => d,
            Err(e) => {
                error.get_or_insert(e);
                continue;
            }
        };
        if session.trace {
            println!(">>> {}", String::from_utf8_lossy(&data));
        }
        let event: MsgTraceEvent = match serde_json::from_slice(&data) {
            Ok(e) => e,
            Err(e) => {
                error.get_or_insert(e.into());
                continue;
            }
        };
        let Some(ingress) = event.ingress() else {
            error.get_or_insert(anyhow::anyhow!("missing ingress in trace event"));
            continue;
        };
        if ingress.kind == kind::CLIENT {
            if origin.is_some() {
                error.get_or_insert(anyhow::anyhow!("duplicate ingress from client"));
                continue;
            }
            let done = event.hops == 0;
            origin = Some(event);
            if done {
                break;
            }
        }
    }
    let Some(event) = origin else {
        return Err(error.unwrap_or_else(|| anyhow::anyhow!("nats: timeout")));
    };
    if let Some(e) = error.filter(|e| e.to_string() != "nats: timeout") {
        return Err(e);
    }
    let _ = sub.unsubscribe().await;
    session.close().await;

    let mut out = String::new();
    let mut stats = BTreeMap::<&'static str, i64>::new();
    render(&mut out, &event, &args, &mut stats);
    print!("{out}");
    Ok(ExitCode::SUCCESS)
}

/// A connection as natscli names it: `<kind> ["<name>"] <cid>`.
fn connection(kind: i32, name: &str, cid: u64) -> String {
    if name.is_empty() {
        format!("{} {}", kind_string(kind), cid_string(kind, cid))
    } else {
        format!(
            "{} {} {}",
            kind_string(kind),
            go_quote(name),
            cid_string(kind, cid)
        )
    }
}

/// jsm.go `ServerKindString`.
fn kind_string(k: i32) -> &'static str {
    match k {
        kind::CLIENT => "Client",
        kind::ROUTER => "Router",
        kind::GATEWAY => "Gateway",
        kind::SYSTEM => "System",
        kind::LEAF => "Leafnode",
        kind::JETSTREAM => "JetStream",
        kind::ACCOUNT => "Account",
        _ => "Unknown Kind",
    }
}

/// jsm.go `ServerCidString`.
fn cid_string(k: i32, cid: u64) -> String {
    let prefix = match k {
        kind::CLIENT => "cid",
        kind::ROUTER => "rid",
        kind::GATEWAY => "gid",
        kind::LEAF => "lid",
        _ => "id",
    };
    format!("{prefix}:{cid}")
}

fn arrow(k: i32) -> &'static str {
    match k {
        kind::CLIENT => "--C",
        kind::JETSTREAM => "--J",
        kind::ROUTER => "-->",
        kind::GATEWAY => "==>",
        kind::LEAF => "~~>",
        _ => "",
    }
}

fn pair(k: &str, v: &str) -> String {
    format!("{k}:{}", go_quote(v))
}

fn server_field<'a>(event: &'a MsgTraceEvent, name: &str) -> &'a str {
    event
        .server
        .get(name)
        .and_then(|v| v.as_str())
        .unwrap_or_default()
}

/// natscli's `tsPrefix`: `[elapsed] ` since the first event when `-T` is given.
fn ts_prefix(args: &TraceArgs, line: &str, origin: Option<Timestamp>, at: Timestamp) -> String {
    if !args.timestamp {
        return line.to_string();
    }
    let since = match origin {
        Some(o) => (at.0 - o.0).num_nanoseconds().unwrap_or(0),
        None => 0,
    };
    if since < 0 {
        return format!("[Skew] {line}");
    }
    // Go's Round(time.Microsecond): halves away from zero.
    let rounded = (since + 500) / 1000 * 1000;
    let d = rnats_proto::kit::format::duration_string(Duration::from_nanos(rounded as u64));
    format!("[{d}] {line}")
}

/// Renders the event as natscli's `traceAction` prints it (one server, no nested hops).
fn render(
    out: &mut String,
    event: &MsgTraceEvent,
    args: &TraceArgs,
    stats: &mut BTreeMap<&'static str, i64>,
) {
    use std::fmt::Write as _;
    let server_time = event
        .server
        .get("time")
        .and_then(|t| serde_json::from_value::<Timestamp>(t.clone()).ok());
    let ingress = event.ingress();
    let origin = ingress.map(|i| i.ts).or(server_time);
    let server_id = server_field(event, "id");
    let mut line = |s: String| {
        let _ = writeln!(out, "{s}");
    };

    if let Some(i) = ingress {
        if !i.error.is_empty() && server_id.is_empty() {
            line(format!("  !!! Ingress Error: {}", i.error));
        } else {
            let mut parts = vec![connection(i.kind, &i.name, i.cid)];
            let cluster = server_field(event, "cluster");
            if !cluster.is_empty() && (i.kind == kind::GATEWAY || i.kind == kind::CLIENT) {
                parts.push(pair("cluster", cluster));
            }
            parts.push(pair("server", server_field(event, "name")));
            parts.push(pair("version", server_field(event, "ver")));
            line(ts_prefix(args, &parts.join(" "), origin, i.ts));
            if !i.error.is_empty() {
                line(ts_prefix(
                    args,
                    &format!("--X Error: {}", i.error),
                    origin,
                    i.ts,
                ));
            }
        }
    }
    if let Some(m) = event.subject_mapping() {
        let text = format!("    Mapping subject:{}", go_quote(&m.to));
        line(ts_prefix(args, &text, origin, m.ts));
    }
    for s in event.service_imports() {
        let text = format!(
            "    Service Import from:{} to:{} account:{}",
            go_quote(&s.from),
            go_quote(&s.to),
            go_quote(&s.acc)
        );
        line(ts_prefix(args, &text, origin, s.ts));
    }
    for s in event.stream_exports() {
        let text = format!(
            "    Stream Export subject:{} account:{}",
            go_quote(&s.to),
            go_quote(&s.acc)
        );
        line(ts_prefix(args, &text, origin, s.ts));
    }
    if let Some(js) = event.jetstream() {
        if !js.error.is_empty() && js.stream.is_empty() {
            line(format!("!!! Expected JetStream event: {}", js.error));
        } else {
            let action = if js.nointerest {
                "no interest"
            } else {
                "stored"
            };
            let text = format!(
                "{} JetStream action:{} stream:{} subject:{}",
                arrow(kind::JETSTREAM),
                go_quote(action),
                go_quote(&js.stream),
                go_quote(&js.subject)
            );
            line(ts_prefix(args, &text, origin, js.ts));
            if !js.error.is_empty() {
                line(ts_prefix(
                    args,
                    &format!("--X Error: {}", js.error),
                    origin,
                    js.ts,
                ));
            }
            *stats.entry(kind_string(kind::JETSTREAM)).or_default() += 1;
        }
    }
    let egresses: Vec<_> = event.egresses().collect();
    if egresses.is_empty() && ingress.is_some_and(|i| i.kind == kind::CLIENT && i.error.is_empty())
    {
        line("--X No active interest".to_string());
    }
    for e in egresses {
        if !e.error.is_empty() && server_id.is_empty() {
            line(format!("!!! Egress Error: {}", e.error));
            continue;
        }
        let mut parts = vec![
            arrow(e.kind).to_string(),
            connection(e.kind, &e.name, e.cid),
        ];
        if !e.acc.is_empty() {
            parts.push(pair("account", &e.acc));
        }
        if !e.sub.is_empty() {
            parts.push(pair("subject", &e.sub));
        }
        if !e.queue.is_empty() {
            parts.push(pair("queue", &e.queue));
        }
        line(ts_prefix(args, &parts.join(" "), origin, e.ts));
        if !e.error.is_empty() {
            line(ts_prefix(
                args,
                &format!("  --X Error: {}", e.error),
                origin,
                e.ts,
            ));
        }
        *stats.entry(kind_string(e.kind)).or_default() += 1;
    }

    line(String::new());
    line(format!(
        "Legend: Client: {} Router: {} Gateway: {} Leafnode: {} JetStream: {} Error: --X",
        arrow(kind::CLIENT),
        arrow(kind::ROUTER),
        arrow(kind::GATEWAY),
        arrow(kind::LEAF),
        arrow(kind::JETSTREAM)
    ));
    line(String::new());
    if !stats.is_empty() {
        // natscli's AddMapInts: largest count first.
        let mut counts: Vec<_> = stats.iter().collect();
        counts.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        let mut cols = Columns::new("Egress Count:");
        for (k, v) in counts {
            cols.row(k, comma(*v as u64));
        }
        out.push_str(&cols.render());
    }
    if let Some(n) = stats.get("JetStream").filter(|n| **n > 1) {
        let _ = writeln!(out, "WARNING: The message was received by {n} streams");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_split_like_fisk() {
        assert_eq!(
            parse_header("a:b=c").ok(),
            Some(("a".to_string(), "b=c".to_string()))
        );
        assert_eq!(
            parse_header("a=b").ok(),
            Some(("a".to_string(), "b".to_string()))
        );
        assert!(parse_header("ab").is_err());
    }

    #[test]
    fn versions_compare() {
        assert!(min_version("2.14.0", (2, 11, 0)));
        assert!(min_version("2.11.0-beta.1", (2, 11, 0)));
        assert!(!min_version("2.10.22", (2, 11, 0)));
    }

    #[test]
    fn renders_like_natscli() {
        let json = r#"{"server":{"name":"srv","id":"NID","ver":"2.14.0"},"request":{"msgsize":3},"events":[
            {"type":"in","ts":"2024-01-01T00:00:00Z","kind":0,"cid":5,"name":"pubber","acc":"$G","subj":"foo"},
            {"type":"sm","ts":"2024-01-01T00:00:00.000001Z","to":"bar"},
            {"type":"js","ts":"2024-01-01T00:00:00.000002Z","stream":"S","subject":"bar"},
            {"type":"eg","ts":"2024-01-01T00:00:00.000003Z","kind":0,"cid":6,"sub":"bar","queue":"q"}]}"#;
        let event: MsgTraceEvent = serde_json::from_str(json).expect("parses");
        let args = TraceArgs {
            subject: "foo".into(),
            payload: None,
            deliver: false,
            timestamp: true,
            header: vec![],
        };
        let mut out = String::new();
        let mut stats = BTreeMap::new();
        render(&mut out, &event, &args, &mut stats);
        let want = "[0s] Client \"pubber\" cid:5 server:\"srv\" version:\"2.14.0\"\n\
                    [1µs]     Mapping subject:\"bar\"\n\
                    [2µs] --J JetStream action:\"stored\" stream:\"S\" subject:\"bar\"\n\
                    [3µs] --C Client cid:6 subject:\"bar\" queue:\"q\"\n\
                    \n\
                    Legend: Client: --C Router: --> Gateway: ==> Leafnode: ~~> JetStream: --J Error: --X\n\
                    \n\
                    Egress Count:\n\n     Client: 1\n  JetStream: 1\n";
        assert_eq!(out, want);
    }
}
