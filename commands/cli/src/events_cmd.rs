//! `nats events` (`event`, `e`): prints advisories and events as they arrive.
//!
//! As natscli: `--js-advisory` listens on `$JS.EVENT.ADVISORY.>`, `--js-metric` on
//! `$JS.EVENT.METRIC.>`, the server advisories (on by default, `--no-srv-advisory` to drop
//! them) on `$SYS.ACCOUNT.*.CONNECT`, `$SYS.ACCOUNT.*.DISCONNECT` and
//! `$SYS.SERVER.*.CLIENT.AUTH.ERR`, `--all` on all of them, `--subjects` on more subjects;
//! `--filter` keeps the events whose body matches a regular expression (case-insensitively).
//! `--json` prints each body as received. The text forms (extended, `--short`) are jsm.go's
//! templates; rnats has those of the stream and consumer action advisories, other types print
//! natscli's "Event error" block with the body. Reading events from a stream (`--stream`,
//! `--since`) and CloudEvents output are refused.

use crate::kit::connect;
use crate::options::GlobalOpts;
use anyhow::bail;
use clap::Args;
use serde_json::Value;
use std::io::Write as _;
use std::process::ExitCode;

/// Show Advisories and Events
#[derive(Debug, Clone, Args)]
pub struct EventsArgs {
    /// Show all events
    #[arg(short = 'a', long)]
    pub all: bool,
    /// Produce JSON output
    #[arg(short = 'j', long)]
    pub json: bool,
    /// Produce CloudEvents v1 output (not supported by rnats yet)
    #[arg(long)]
    pub cloudevent: bool,
    /// Short event format
    #[arg(long)]
    pub short: bool,
    /// Filter across the entire event using regular expressions
    #[arg(long, default_value = ".")]
    pub filter: String,
    /// Shows JetStream metric events (false)
    #[arg(long = "js-metric")]
    pub js_metric: bool,
    /// Shows advisory events (false)
    #[arg(long = "js-advisory")]
    pub js_advisory: bool,
    /// Shows NATS Server advisories (true)
    #[arg(long = "srv-advisory", overrides_with = "no_srv_advisory")]
    pub srv_advisory: bool,
    /// Hides NATS Server advisories
    #[arg(long = "no-srv-advisory", overrides_with = "srv_advisory")]
    pub no_srv_advisory: bool,
    /// Show Advisories and Metrics received on specific subjects
    #[arg(long, value_name = "SUBJECTS")]
    pub subjects: Vec<String>,
    /// Reads events from a Stream only (not supported by rnats yet)
    #[arg(long)]
    pub stream: Option<String>,
    /// When reading a Stream reads from a certain duration ago (not supported by rnats yet)
    #[arg(long, value_name = "DURATION")]
    pub since: Option<String>,
}

/// jsm.go's `EventSubject`: the prefix under a custom `--js-event-prefix`.
fn event_subject(prefix: &str, custom: Option<&str>) -> String {
    match custom.filter(|c| !c.is_empty()) {
        Some(c) => prefix.replacen("$JS.EVENT", c, 1),
        None => prefix.to_string(),
    }
}

/// Runs `nats events`.
pub async fn run(global: GlobalOpts, args: EventsArgs) -> anyhow::Result<ExitCode> {
    if args.cloudevent {
        bail!("`nats events --cloudevent` is not supported by rnats yet");
    }
    if args.stream.is_some() || args.since.is_some() {
        bail!("`nats events --stream/--since` is not supported by rnats yet");
    }
    let filter = regex::Regex::new(&args.filter.to_uppercase())
        .map_err(|e| anyhow::anyhow!("invalid body regular expression: {e}"))?;
    let show_srv = !args.no_srv_advisory;
    let selected = args.all || args.js_advisory || args.js_metric || !args.subjects.is_empty();
    if !selected && !show_srv {
        bail!("no events were chosen");
    }
    let session = connect::connect(&global).await?;
    let custom = global.js_event_prefix.clone();
    let mut subjects: Vec<(String, String)> = Vec::new();
    if args.js_advisory || args.all {
        let s = format!(
            "{}.>",
            event_subject("$JS.EVENT.ADVISORY", custom.as_deref())
        );
        subjects.push((format!("Listening for Advisories on {s}"), s));
    }
    if args.js_metric || args.all {
        let s = format!("{}.>", event_subject("$JS.EVENT.METRIC", custom.as_deref()));
        subjects.push((format!("Listening for Metrics on {s}"), s));
    }
    if show_srv || args.all {
        for (what, s) in [
            ("Client Connection", "$SYS.ACCOUNT.*.CONNECT"),
            ("Client Disconnection", "$SYS.ACCOUNT.*.DISCONNECT"),
            ("Authentication Errors", "$SYS.SERVER.*.CLIENT.AUTH.ERR"),
        ] {
            subjects.push((format!("Listening for {what} events on {s}"), s.to_string()));
        }
    }
    for s in &args.subjects {
        subjects.push((format!("Listening for advisories on {s}"), s.clone()));
    }
    let (tx, mut rx) = tokio::sync::mpsc::channel(256);
    let mut banners = Vec::new();
    for (banner, subject) in subjects {
        banners.push(banner);
        let mut sub = session.client.subscribe(subject).await?;
        let tx = tx.clone();
        tokio::spawn(async move {
            while let Some(m) = sub.next().await {
                if tx.send(m).await.is_err() {
                    break;
                }
            }
        });
    }
    drop(tx);
    // The banners show once the server has every subscription.
    session.client.flush().await?;
    if !args.json {
        let mut out = std::io::stdout().lock();
        for b in banners {
            writeln!(out, "{b}")?;
        }
        out.flush()?;
    }
    let mut out = std::io::stdout();
    loop {
        let msg = tokio::select! {
            m = rx.recv() => m,
            () = connect::interrupted() => None,
        };
        let Some(msg) = msg else { break };
        let body = String::from_utf8_lossy(&msg.payload);
        if !filter.is_match(&body.to_uppercase()) {
            continue;
        }
        let text = if args.json {
            format!("{body}\n")
        } else {
            render(&msg.subject, &body, args.short, global.trace)
        };
        let mut lock = out.lock();
        lock.write_all(text.as_bytes())?;
        lock.flush()?;
    }
    session.close().await;
    let _ = out.flush();
    Ok(ExitCode::SUCCESS)
}

/// One event as natscli prints it: the template's text and a newline, or the error block.
fn render(subject: &str, body: &str, short: bool, trace: bool) -> String {
    match render_event(subject, body, short, trace) {
        Ok(text) => format!("{text}\n"),
        Err(e) => format!("Event error: {e}\n\n{}\n", left_pad(body, 10)),
    }
}

fn render_event(subject: &str, body: &str, short: bool, trace: bool) -> Result<String, String> {
    let v: Value = serde_json::from_str(body).map_err(|e| format!("parsing failed: {e}"))?;
    let field = |k: &str| v.get(k).and_then(Value::as_str).unwrap_or_default();
    let kind = match (field("schema"), field("type")) {
        ("", "") => "io.nats.unknown_message",
        (s, "") => s,
        (_, t) => t,
    };
    if trace {
        crate::kit::output::log(&format!("Received {kind} event on subject {subject}"));
    }
    if kind == "io.nats.unknown_message" {
        return Err(format!("unknown event schema on subject {subject}"));
    }
    let time = short_time(field("timestamp"));
    let action = title(field("action"));
    let (id, stream) = (field("id"), field("stream"));
    match (kind, short) {
        ("io.nats.jetstream.advisory.v1.stream_action", true) => {
            Ok(format!("{time} [Stream {action}] {stream}"))
        }
        ("io.nats.jetstream.advisory.v1.stream_action", false) => {
            let mut t =
                format!("\n[{time}] [{id}] Stream {action} Action\n\n        Stream: {stream}");
            let template = field("template");
            if !template.is_empty() {
                t.push_str(&format!("\n      Template: {template}"));
            }
            Ok(t)
        }
        ("io.nats.jetstream.advisory.v1.consumer_action", true) => Ok(format!(
            "{time} [Consumer {action}] {stream} > {}",
            field("consumer")
        )),
        ("io.nats.jetstream.advisory.v1.consumer_action", false) => Ok(format!(
            "\n[{time}] [{id}] Consumer {action} Action\n\n        Stream: {stream}\n      \
             Consumer: {}",
            field("consumer")
        )),
        _ => Err(format!(
            "display failed: rendering {kind} events is not supported by rnats yet"
        )),
    }
}

/// jsm.go's `ShortTime`: `15:04:05` in the event's own zone.
fn short_time(ts: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(ts)
        .map(|t| t.format("%H:%M:%S").to_string())
        .unwrap_or_else(|_| "00:00:00".to_string())
}

/// `cases.Title`: the first letter of each word upper-cased, the rest lower-cased.
fn title(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) => f
                    .to_uppercase()
                    .chain(c.flat_map(char::to_lowercase))
                    .collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// natscli's `leftPad`: every line indented by `indent` spaces (and the format's space).
fn left_pad(s: &str, indent: usize) -> String {
    s.split('\n')
        .map(|l| format!("{}{l}", " ".repeat(indent)))
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_stream_and_consumer_actions() {
        let body = r#"{"type":"io.nats.jetstream.advisory.v1.stream_action","id":"X1","timestamp":"2024-01-02T10:11:12.5Z","stream":"ORDERS","action":"create"}"#;
        assert_eq!(
            render("s", body, false, false),
            "\n[10:11:12] [X1] Stream Create Action\n\n        Stream: ORDERS\n"
        );
        assert_eq!(
            render("s", body, true, false),
            "10:11:12 [Stream Create] ORDERS\n"
        );
        let body = r#"{"type":"io.nats.jetstream.advisory.v1.consumer_action","id":"X2","timestamp":"2024-01-02T10:11:12Z","stream":"S","consumer":"C","action":"delete"}"#;
        assert_eq!(
            render("s", body, true, false),
            "10:11:12 [Consumer Delete] S > C\n"
        );
    }

    #[test]
    fn errors_print_the_body() {
        assert_eq!(
            render("a.b", r#"{"x":1}"#, false, false),
            "Event error: unknown event schema on subject a.b\n\n          {\"x\":1}\n"
        );
        assert!(render("a", "nope", false, false).starts_with("Event error: parsing failed: "));
        assert_eq!(
            event_subject("$JS.EVENT.ADVISORY", Some("X.Y")),
            "X.Y.ADVISORY"
        );
    }
}
