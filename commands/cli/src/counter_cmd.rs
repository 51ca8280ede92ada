//! `nats counter` (alias `ctr`): distributed counters (ADR-49) on streams with
//! `allow_msg_counter` and `allow_direct`, as natscli's `counter` family (over orbit.go's
//! `counters` package): `get` and `view` read the last message of a subject with a direct get,
//! `increment`/`decrement` publish `Nats-Incr` and print the new total from the PubAck, `list`
//! prints the subjects holding counters.

use std::process::ExitCode;

use bytes::Bytes;
use clap::{Args, Subcommand};
use rnats_proto::jetstream::{JetStream, StreamInfoRequest};
use rnats_proto::HeaderMap;

use crate::kit::connect;
use crate::kit::jsapi;
use crate::options::GlobalOpts;

/// `nats counter` arguments.
#[derive(Debug, Args)]
pub struct CounterArgs {
    #[command(subcommand)]
    cmd: CounterCmd,
}

#[derive(Debug, Subcommand)]
enum CounterCmd {
    /// Gets the current value for a counter
    #[command(visible_alias = "g")]
    Get {
        /// Subject to get counter for
        subject: String,
        /// The stream name to fetch the value from
        #[arg(long)]
        stream: Option<String>,
    },
    /// View the full counter metadata
    #[command(visible_alias = "v")]
    View {
        /// Subject to get counter for
        subject: String,
        /// The stream name to fetch the value from
        #[arg(long)]
        stream: Option<String>,
    },
    /// Increment the value of a counter
    #[command(visible_aliases = ["incr", "inc", "i"])]
    Increment {
        /// Subject to get counter for
        subject: String,
        /// The value to increment
        #[arg(allow_hyphen_values = true)]
        value: String,
    },
    /// Decrement the value of a counter
    #[command(visible_aliases = ["decr", "dec", "d"])]
    Decrement {
        /// Subject to get counter for
        subject: String,
        /// The value to decrement
        #[arg(allow_hyphen_values = true)]
        value: String,
    },
    /// List Counters in a stream
    #[command(visible_aliases = ["l", "ls"])]
    List {
        /// Subject pattern to get counters for
        subject: Option<String>,
        /// The stream name to fetch the value from
        #[arg(long)]
        stream: Option<String>,
        /// Produce JSON output
        #[arg(long)]
        json: bool,
    },
}

/// An integer as Go's `big.Int` reads (`SetString(s, 10)`) and prints it: the canonical
/// decimal text, `None` when `s` is no integer. `negate` flips the sign.
pub fn canonical(s: &str, negate: bool) -> Option<String> {
    let (neg, digits) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let digits = digits.trim_start_matches('0');
    if digits.is_empty() {
        return Some("0".into());
    }
    Some(if neg != negate {
        format!("-{digits}")
    } else {
        digits.to_string()
    })
}

/// The counter stream for `subject`: `--stream`, else the stream capturing the subject; it
/// must allow counters and direct gets.
async fn counter_stream(
    js: &JetStream,
    stream: Option<String>,
    subject: &str,
) -> anyhow::Result<String> {
    let name = match stream {
        Some(s) => s,
        None => {
            let names = js.stream_names(Some(subject)).await?;
            match <[String; 1]>::try_from(names) {
                Ok([n]) => n,
                Err(_) => anyhow::bail!("nats: stream not found"),
            }
        }
    };
    let info = js.stream_info(&name).await?;
    if !(info.config.allow_msg_counter && info.config.allow_direct) {
        anyhow::bail!(
            "{} is not a valid counter stream",
            rnats_proto::kit::format::go_quote(&name)
        );
    }
    Ok(name)
}

/// The last message on `subject` by direct get: its headers and body.
async fn last_msg(
    js: &JetStream,
    stream: &str,
    subject: &str,
) -> anyhow::Result<(Option<HeaderMap>, Bytes)> {
    let m = js
        .client()
        .request_with(
            format!("{}.DIRECT.GET.{stream}.{subject}", js.prefix()),
            None,
            Bytes::new(),
            js.timeout(),
        )
        .await?;
    match m.status() {
        Some(404) => anyhow::bail!("counter not initialized for subject"),
        Some(s) if s >= 300 => anyhow::bail!(
            "failed to get last message for subject {subject}: status {s} {}",
            m.headers
                .as_ref()
                .and_then(|h| h.description())
                .unwrap_or_default()
        ),
        _ => Ok((m.headers, m.payload)),
    }
}

/// The value of a counter message body (`{"val":"<int>"}`).
fn value_of(body: &[u8]) -> anyhow::Result<String> {
    #[derive(serde::Deserialize)]
    struct Value {
        val: String,
    }
    let v: Value =
        serde_json::from_slice(body).map_err(|e| anyhow::anyhow!("invalid counter value: {e}"))?;
    canonical(&v.val, false).ok_or_else(|| anyhow::anyhow!("invalid counter value"))
}

/// Runs `nats counter`.
pub async fn run(global: GlobalOpts, args: CounterArgs) -> anyhow::Result<ExitCode> {
    if let CounterCmd::List {
        subject: None,
        stream: None,
        ..
    } = &args.cmd
    {
        anyhow::bail!("no stream or subject specified");
    }
    let session = connect::connect(&global).await?;
    let js = jsapi::for_session(&session);
    match args.cmd {
        CounterCmd::Get { subject, stream } => {
            let name = counter_stream(&js, stream, &subject).await?;
            let (_, body) = last_msg(&js, &name, &subject).await?;
            println!("{}", value_of(&body)?);
        }
        CounterCmd::View { subject, stream } => {
            let name = counter_stream(&js, stream, &subject).await?;
            let (hdr, body) = last_msg(&js, &name, &subject).await?;
            view(&subject, hdr.as_ref(), &body)?;
        }
        CounterCmd::Increment { subject, value } => {
            add(&js, &subject, canonical(&value, false)).await?;
        }
        CounterCmd::Decrement { subject, value } => {
            add(&js, &subject, canonical(&value, true)).await?;
        }
        CounterCmd::List {
            subject,
            stream,
            json,
        } => {
            let subject = subject.unwrap_or_else(|| ">".into());
            let name = counter_stream(&js, stream, &subject).await?;
            let info = js
                .stream_info_with(
                    &name,
                    &StreamInfoRequest {
                        subjects_filter: Some(subject),
                        ..StreamInfoRequest::default()
                    },
                )
                .await?;
            let subjects: Vec<String> = info
                .state
                .subjects
                .map(|m| m.into_keys().collect())
                .unwrap_or_default();
            if subjects.is_empty() {
                anyhow::bail!("no counters found");
            }
            if json {
                crate::kit::output::print_json(&subjects)?;
            } else {
                for s in subjects {
                    println!("{s}");
                }
            }
        }
    }
    session.close().await;
    Ok(ExitCode::SUCCESS)
}

/// `increment`/`decrement`: publishes the increment and prints the new total.
async fn add(js: &JetStream, subject: &str, value: Option<String>) -> anyhow::Result<()> {
    let Some(value) = value else {
        anyhow::bail!("invalid value");
    };
    counter_stream(js, None, subject).await?;
    let mut h = HeaderMap::new();
    h.insert("Nats-Incr", &value)?;
    let ack = js
        .publish_with_headers(subject, Some(h), Bytes::new())
        .await
        .map_err(|e| anyhow::anyhow!("failed to publish counter increment: {e}"))?;
    let Some(val) = ack.val else {
        anyhow::bail!("counter increment response missing value");
    };
    println!("{val}");
    Ok(())
}

/// `view`: natscli's columns of one counter.
fn view(subject: &str, hdr: Option<&HeaderMap>, body: &[u8]) -> anyhow::Result<()> {
    let value = value_of(body)?;
    let incr = hdr
        .and_then(|h| h.get("Nats-Incr"))
        .map(|v| canonical(v, false).unwrap_or_else(|| v.to_string()))
        .unwrap_or_else(|| "<nil>".into());
    let mut cols = crate::kit::columns::Columns::new(format!("Counter {subject}"));
    cols.row("Value", value);
    cols.row("Increment", incr);
    cols.row("Subject", subject.to_string());
    let sources: Option<
        std::collections::BTreeMap<String, std::collections::BTreeMap<String, String>>,
    > = match hdr.and_then(|h| h.get("Nats-Counter-Sources")) {
        Some(v) => Some(
            serde_json::from_str(v).map_err(|e| anyhow::anyhow!("failed to parse sources: {e}"))?,
        ),
        None => None,
    };
    match sources.filter(|s| !s.is_empty()) {
        Some(sources) => {
            cols.title("Sources");
            for (stream, subjects) in sources {
                let text = subjects
                    .iter()
                    .map(|(k, v)| format!("{k}: {v}"))
                    .collect::<Vec<_>>()
                    .join(", ");
                cols.row(&stream, text);
            }
        }
        None => cols.line("No source information found"),
    }
    print!("{}", cols.render());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_canonical_like_big_int() {
        assert_eq!(canonical("+5", false).as_deref(), Some("5"));
        assert_eq!(canonical("007", false).as_deref(), Some("7"));
        assert_eq!(canonical("5", true).as_deref(), Some("-5"));
        assert_eq!(canonical("-5", true).as_deref(), Some("5"));
        assert_eq!(canonical("-0", false).as_deref(), Some("0"));
        assert_eq!(canonical("x", false), None);
        assert_eq!(canonical("", false), None);
        assert_eq!(canonical("1_0", false), None);
    }
}
