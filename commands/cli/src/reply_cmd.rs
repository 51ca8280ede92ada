//! `nats reply`: a service that answers requests on a subject, in queue group `NATS-RPLY-22`
//! unless `--queue` says otherwise.
//!
//! Answers are, in natscli's order of preference: `--echo` (the request's body and headers back,
//! plus `NATS-Reply-Counter`), `--command CMD` (its combined output; `{{0}}`, `{{1}}`, ... are
//! the request subject's tokens, `{{.Request}}`/`{{Request}}` the body, and the command sees
//! `NATS_REQUEST_SUBJECT` and `NATS_REQUEST_BODY`), else the BODY template. With neither body
//! nor command it echoes. Each request is logged as `[#N] Received on subject "S":` (N from
//! 0) with its headers on stderr and its body on stdout. Ends after `--count` replies, or on
//! Ctrl-C, by draining the connection.

use crate::kit::connect;
use crate::kit::duration;
use crate::kit::headers::parse_headers;
use crate::kit::output::split_command;
use crate::kit::output::{self, log};
use crate::kit::template::{self, TemplateData};
use crate::options::GlobalOpts;
use bytes::Bytes;
use clap::Args;
use rnats_proto::client::Message;
use rnats_proto::kit::format::go_quote;
use rnats_proto::HeaderMap;
use std::io::Write as _;
use std::process::ExitCode;
use std::time::Duration;

/// Generic service reply utility
///
/// The "command" supports extracting some information from the subject the request came in
/// on.
///
/// When the subject being listened on is "weather.>" a request on "weather.london" can
/// extract the "london" part and use it in the command string:
///
///   nats reply 'weather.>' --command "curl -s wttr.in/{{1}}?format=3"
///
/// This will request the weather for london when invoked as:
///
///   nats request weather.london ''
///
/// Use {{.Request}} to access the request body within the --command
///
/// The command gets also spawned with two ENVs:
///   NATS_REQUEST_SUBJECT
///   NATS_REQUEST_BODY
///
///   nats reply 'echo' --command="printenv NATS_REQUEST_BODY"
///
/// The body and Header values of the messages may use Go templates to create unique
/// messages.
///
///    nats reply test "Message {{Count}} @ {{Time}}"
///
/// Available template functions are:
///
///    Count            the message number
///    TimeStamp        RFC3339 format current time
///    Unix             seconds since 1970 in UTC
///    UnixNano         nano seconds since 1970 in UTC
///    Time             the current time
///    ID               an unique ID
///    Request          the request payload
///    Random(min, max) random string at least min long, at most max
#[derive(Debug, Clone, Args)]
pub struct ReplyArgs {
    /// Subject to subscribe to
    pub subject: String,

    /// Reply body
    pub body: Option<String>,

    /// Echo back what is received
    #[arg(long)]
    pub echo: bool,

    /// Runs a command and responds with the output if exit code was 0
    #[arg(long)]
    pub command: Option<String>,

    /// Queue group name
    #[arg(short = 'q', long, default_value = "NATS-RPLY-22")]
    pub queue: String,

    /// Inject a random sleep delay between replies up to this duration max
    #[arg(long, value_name = "MAX", value_parser = duration::parse)]
    pub sleep: Option<Duration>,

    /// Adds headers to the message using K:V format
    #[arg(short = 'H', long = "header", value_name = "K:V")]
    pub header: Vec<String>,

    /// Quit after receiving this many messages
    #[arg(long)]
    pub count: Option<u64>,
}

/// Runs `nats reply`.
pub async fn run(global: GlobalOpts, mut args: ReplyArgs) -> anyhow::Result<ExitCode> {
    let session = connect::connect(&global).await?;
    let client = session.client.clone();
    let body = args.body.clone().unwrap_or_default();
    let command = args.command.clone().unwrap_or_default();
    if body.is_empty() && command.is_empty() && !args.echo {
        log("No body or command supplied, enabling echo mode");
        args.echo = true;
    }
    let mut sub = client.queue_subscribe(&args.subject, &args.queue).await?;
    let limit = args.count.unwrap_or(0);
    if limit > 0 {
        sub.unsubscribe_after(limit).await?;
    }
    client.flush().await?;
    log(&format!(
        "Listening on {} in group {}",
        go_quote(&args.subject),
        go_quote(&args.queue)
    ));

    let mut counter: u64 = 0;
    let interrupted = connect::interrupted();
    tokio::pin!(interrupted);
    loop {
        let m = tokio::select! {
            m = sub.next() => m,
            _ = &mut interrupted => None,
        };
        let Some(m) = m else { break };
        log(&format!(
            "[#{counter}] Received on subject {}:",
            go_quote(&m.subject)
        ));
        for (k, v) in output::header_entries(m.headers.as_ref()) {
            log(&format!("{k}: {v}"));
        }
        {
            let mut out = std::io::stdout().lock();
            writeln!(out)?;
            out.write_all(&m.payload)?;
            writeln!(out)?;
            out.flush()?;
        }
        if let Some(max) = args.sleep.filter(|d| !d.is_zero()) {
            let nanos = fastrand::u64(0..max.as_nanos().min(u64::MAX as u128) as u64);
            tokio::time::sleep(Duration::from_nanos(nanos)).await;
        }
        let (headers, payload) = match answer(&args, &body, &command, &m, counter, session.trace) {
            Ok(a) => a,
            Err(e) => {
                log(&format!("{e:#}"));
                continue;
            }
        };
        let Some(reply) = m.reply.as_deref().filter(|r| !r.is_empty()) else {
            log("Could not publish reply: nats: message does not have a reply");
            continue;
        };
        if let Err(e) = connect::publish(&client, reply, None, headers, payload).await {
            log(&format!("Could not publish reply: {e:#}"));
            continue;
        }
        counter += 1;
        if limit > 0 && counter == limit {
            client.flush().await?;
            break;
        }
    }
    log("\nDraining...");
    let _ = client.drain().await;
    log("Exiting");
    Ok(ExitCode::SUCCESS)
}

/// The reply to request number `n`: headers (from `-H`, plus the echoed ones) and body.
fn answer(
    args: &ReplyArgs,
    body: &str,
    command: &str,
    m: &Message,
    n: u64,
    trace: bool,
) -> anyhow::Result<(Option<HeaderMap>, Bytes)> {
    let mut headers = parse_headers(&args.header, n)?;
    let request = String::from_utf8_lossy(&m.payload).into_owned();
    if args.echo {
        let h = headers.get_or_insert_with(HeaderMap::new);
        if let Some(req_headers) = &m.headers {
            for (k, v) in req_headers.iter() {
                h.append(k, v)?;
            }
        }
        h.append("NATS-Reply-Counter", &n.to_string())?;
        return Ok((headers, m.payload.clone()));
    }
    if !command.is_empty() {
        let mut raw = command.to_string();
        for (i, token) in m.subject.split('.').enumerate() {
            raw = raw.replace(&format!("{{{{{i}}}}}"), token);
        }
        let data = TemplateData::new(n, &request);
        let raw = match template::expand(&raw, &data) {
            Ok(s) => s,
            Err(e) => {
                log(&format!("Could not parse command template: {e}"));
                raw
            }
        };
        let words = split_command(&raw)
            .filter(|w| !w.is_empty())
            .ok_or_else(|| anyhow::anyhow!("Could not parse command: {raw}"))?;
        if trace {
            log(&format!("Executing: {}", words.join(" ")));
        }
        let (program, rest) = words
            .split_first()
            .ok_or_else(|| anyhow::anyhow!("Could not parse command: {raw}"))?;
        let (out, err) = output::run_with_stdin(
            program,
            rest,
            b"",
            &[
                ("NATS_REQUEST_SUBJECT", &m.subject),
                ("NATS_REQUEST_BODY", &request),
            ],
        );
        if let Some(e) = err {
            log(&format!("Command {} failed to run: {e}", go_quote(&raw)));
        }
        return Ok((headers, Bytes::from(out)));
    }
    let data = TemplateData::new(n, &request);
    let text = match template::expand(body, &data) {
        Ok(s) => s,
        Err(e) => {
            log(&format!("Could not parse body template: {e}"));
            body.to_string()
        }
    };
    Ok((headers, Bytes::from(text)))
}
