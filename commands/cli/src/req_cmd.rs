//! `nats request` (alias `req`): send requests and print the replies.
//!
//! As natscli: each request subscribes its own inbox, publishes with it as the reply subject
//! and waits up to `--timeout` for the first reply; with `--replies N` (0: until the timeout)
//! further replies are awaited up to the average reply time plus `--reply-timeout`; an empty
//! reply ends the wait. A 503 status (no responders) prints `No responders are available`; a
//! timeout without replies ends quietly, as upstream. Log lines (`Sending request on "S"`,
//! `Received with rtt X`, headers) go to stderr, bodies to stdout; `--raw` prints bodies only.

use crate::kit::body::{expand_or_log, next_stdin_body, Body, SendOn, TemplatesFlag};
use crate::kit::connect;
use crate::kit::duration;
use crate::kit::headers::parse_headers;
use crate::kit::output::{self, log};
use crate::kit::template::TemplateData;
use crate::options::GlobalOpts;
use clap::Args;
use rnats_proto::kit::format::duration_string;
use rnats_proto::kit::format::go_quote;
use std::process::ExitCode;
use std::time::{Duration, Instant};

/// natscli's stand-in for "unlimited" (`math.MaxInt16`).
const UNLIMITED: u64 = i16::MAX as u64;

/// Generic request-reply request utility
///
/// Body and Header values of the messages may use Go templates to create unique messages.
///
///    nats request test --count 10 "Message {{Count}} @ {{Time}}"
///
/// Multiple messages with random strings between 10 and 100 long:
///
///    nats request test --count 10 "Message {{Count}}: {{ Random 10 100 }}"
///
/// Available template functions are:
///
///    Count            the message number
///    TimeStamp        RFC3339 format current time
///    Unix             seconds since 1970 in UTC
///    UnixNano         nano seconds since 1970 in UTC
///    Time             the current time
///    ID               an unique ID
///    Random(min, max) random string at least min long, at most max
#[derive(Debug, Clone, Args)]
pub struct ReqArgs {
    /// Subject to subscribe to
    pub subject: String,

    /// Message body
    pub body: Option<String>,

    /// Show just the output received
    #[arg(short = 'r', long)]
    pub raw: bool,

    /// Adds headers to the message using K:V format
    #[arg(short = 'H', long = "header", value_name = "K:V")]
    pub header: Vec<String>,

    /// Publish multiple messages
    #[arg(long, default_value_t = 1)]
    pub count: i64,

    /// Wait for multiple replies from services. 0 waits until timeout
    #[arg(long, default_value_t = 1)]
    pub replies: i64,

    /// Maximum time between replies when waiting for more than one
    #[arg(long = "reply-timeout", value_name = "DURATION", default_value = "300ms",
          value_parser = duration::parse)]
    pub reply_timeout: Duration,

    /// Wait for multiple replies until a empty message is received
    #[arg(long = "wait-for-empty")]
    pub wait_for_empty: bool,

    /// Translate the message data by running it through the given command before output
    #[arg(long)]
    pub translate: Option<String>,

    /// Force reading from stdin
    #[arg(long = "force-stdin")]
    pub force_stdin: bool,

    /// When to send data from stdin: 'eof' (default) or 'newline'
    #[arg(long = "send-on", value_enum, default_value_t = SendOn::Eof)]
    pub send_on: SendOn,

    /// Enables template functions in the body and subject (does not affect headers)
    #[command(flatten)]
    pub templates: TemplatesFlag,
}

/// Runs `nats req`.
pub async fn run(global: GlobalOpts, args: ReqArgs) -> anyhow::Result<ExitCode> {
    let session = connect::connect(&global).await?;
    let count = if args.count < 1 {
        UNLIMITED
    } else {
        args.count as u64
    };
    let replies = if args.wait_for_empty {
        UNLIMITED
    } else {
        args.replies.max(0) as u64
    };
    let use_stdin = args.body.is_none();
    // natscli replaces per-request output with a progress bar above 20 requests.
    let log_output = !args.raw && count <= 20;
    if use_stdin {
        log("Reading payload from STDIN");
    }
    let req = Requester {
        session: &session,
        args: &args,
        count,
        replies,
        log_output,
    };
    let work = async {
        let mut body = Body::Template(args.body.clone().unwrap_or_default());
        loop {
            let mut eof = true;
            if use_stdin {
                let Some((read, at_end)) = next_stdin_body(args.send_on).await? else {
                    break;
                };
                eof = at_end;
                body = read;
            }
            if !req.send_all(&body).await? {
                break;
            }
            if !use_stdin || args.send_on == SendOn::Eof || eof {
                break;
            }
        }
        anyhow::Ok(())
    };
    tokio::select! {
        r = work => r?,
        _ = connect::interrupted() => {}
    }
    session.close().await;
    Ok(ExitCode::SUCCESS)
}

struct Requester<'a> {
    session: &'a connect::Session,
    args: &'a ReqArgs,
    count: u64,
    replies: u64,
    log_output: bool,
}

impl Requester<'_> {
    /// natscli's `doReq`: `count` requests with `body`; false once no responders were found.
    async fn send_all(&self, body: &Body) -> anyhow::Result<bool> {
        let client = &self.session.client;
        let timeout = self.session.timeout;
        let templates = self.args.templates.enabled();
        for i in 1..=self.count {
            let data = TemplateData::new(i, "");
            let payload = body.payload(&data, templates);
            let subject = expand_or_log(&self.args.subject, "subject", &data, templates);
            if self.log_output {
                log(&format!("Sending request on {}", go_quote(&subject)));
            }
            let headers = parse_headers(&self.args.header, i)?;
            let inbox = client.new_inbox();
            let mut sub = client.subscribe(&inbox).await?;
            connect::publish(client, &subject, Some(&inbox), headers, payload).await?;
            let start = Instant::now();
            let mut wait = timeout;
            let mut received = 0u64;
            let mut rtt_total = Duration::ZERO;
            loop {
                let next = tokio::time::timeout(wait, sub.next()).await;
                let Ok(Some(m)) = next else { break };
                let empty_status = m.payload.is_empty()
                    && m.headers.as_ref().and_then(|h| h.status()) == Some(503);
                if empty_status {
                    log("No responders are available");
                    let _ = sub.unsubscribe().await;
                    return Ok(false);
                }
                let rtt = start.elapsed();
                let mut out = std::io::stdout().lock();
                let payload = self.translated(&m.payload, &m.subject, &mut out)?;
                if self.args.raw {
                    if let Some(p) = &payload {
                        output::body_block(&mut out, p)?;
                    }
                } else if self.log_output {
                    log(&format!("Received with rtt {}", duration_string(rtt)));
                    let entries = output::header_entries(m.headers.as_ref());
                    if !entries.is_empty() {
                        for (k, v) in entries {
                            log(&format!("{k}: {v}"));
                        }
                        log("");
                    }
                    if let Some(p) = &payload {
                        output::body_block(&mut out, p)?;
                    }
                }
                std::io::Write::flush(&mut out)?;
                received += 1;
                if self.replies > 0 && received == self.replies {
                    break;
                }
                if self.replies > 0 && m.payload.is_empty() {
                    break;
                }
                if self.replies == 0 {
                    wait = timeout.saturating_sub(start.elapsed());
                } else {
                    rtt_total += rtt;
                    wait = rtt_total / received as u32 + self.args.reply_timeout;
                }
            }
            let _ = sub.unsubscribe().await;
        }
        Ok(true)
    }

    /// The body after `--translate`; `None` (and the error printed) when translation failed.
    fn translated(
        &self,
        payload: &[u8],
        subject: &str,
        out: &mut impl std::io::Write,
    ) -> anyhow::Result<Option<Vec<u8>>> {
        let body = output::translated(out, payload, self.args.translate.as_deref(), subject)?;
        Ok(body.map(std::borrow::Cow::into_owned))
    }
}
