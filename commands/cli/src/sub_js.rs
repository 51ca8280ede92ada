//! `nats sub` on a JetStream stream (`--stream`, `--durable`, `--all`, `--new`, `--last`,
//! `--since`, `--last-per-subject`, `--start-sequence`), natscli's `jetStreamSubscribe`.
//!
//! The stream is `--stream` or the one capturing the subject. Without `--durable` an
//! ephemeral pull consumer (no acks, filtered on the subject, or `>`) is created with the
//! delivery policy the flags choose; with `--durable NAME` an existing consumer is used (pull,
//! or push through its deliver subject, which natscli flags as deprecated) and its messages
//! are acknowledged unless its ack policy is none, else a consumer of that name is created as
//! natscli does. Messages print as natscli's `[#n] Received JetStream message: stream: S seq:
//! N / pending: P / subject: X / time: T`, then headers and body; `--raw`, `--dump`,
//! `--translate`, `--count`, `--wait`, `-I` and `-T/--terminate-at-end` apply. `--direct`, and
//! natscli's default for work-queue and interest streams without `--durable`, read the stream
//! with batched direct gets instead (`sub_direct`).

use crate::kit::connect::{self, Session};
use crate::kit::duration;
use crate::kit::jsapi;
use crate::kit::output::{self, log, MsgView};
use crate::kit::pull::{self, Consumer};
use crate::sub_cmd::{subjects_collide, SubArgs};
use anyhow::{bail, Context as _};
use rnats_proto::client::Message;
use rnats_proto::jetstream::{
    AckPolicy, ConsumerConfig, DeliverPolicy, JetStream, MsgMetadata, Retention,
};
use rnats_proto::kit::format::duration_string;
use std::io::Write as _;
use std::process::ExitCode;

/// natscli's `Consume` default of messages requested at once.
const PULL_BATCH: u64 = 500;

/// Runs `nats sub` in JetStream mode.
pub async fn run(session: Session, args: &SubArgs) -> anyhow::Result<ExitCode> {
    if args.subjects.len() > 1 {
        bail!("streams subscribe support only 1 subject");
    }
    if args.inbox {
        bail!("generating inboxes is not compatible with JetStream subscriptions");
    }
    if args.queue.as_deref().is_some_and(|q| !q.is_empty()) {
        bail!("queue group subscriptions are not supported with JetStream");
    }
    let js = jsapi::for_session(&session);
    let stream = match &args.stream {
        Some(s) => s.clone(),
        None => {
            let subject = args.subjects.first().cloned().unwrap_or_default();
            let names = js.stream_names(Some(&subject)).await?;
            match names.into_iter().next() {
                Some(n) => n,
                None => bail!("no stream found with subject: {subject}"),
            }
        }
    };
    let info = js.stream_info(&stream).await?;
    let durable = args.durable.clone().filter(|d| !d.is_empty());
    if args.direct && durable.is_some() {
        bail!("cannot use direct get when a durable name is supplied");
    }
    let direct = args.direct || (durable.is_none() && info.config.retention != Retention::Limits);
    if args.match_replies {
        bail!("cannot enable --match-replies for JetStream streams");
    }
    let ignored = ignored_subjects(args);
    if direct {
        let result = crate::sub_direct::run(&js, &info, args, &ignored).await;
        session.close().await;
        return result.map(|()| ExitCode::SUCCESS);
    }

    let subject = args
        .subjects
        .first()
        .cloned()
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| ">".to_string());
    let cfg = consumer_config(args, &subject, &ignored_info(&ignored))?;

    let (consumer, ack) = match &durable {
        Some(name) => match js.consumer_info(&stream, name).await {
            Ok(existing) => {
                if existing.config.is_push() {
                    log(&format!(
                        "Subscribing to JetStream Stream {} using existing push consumer {}",
                        rnats_proto::kit::format::go_quote(&stream),
                        rnats_proto::kit::format::go_quote(name)
                    ));
                    log(&format!(
                        "Detected push consumer {} on stream {} — push consumers are deprecated \
                         and will be removed in a future release. Please update to use a \
                         pull-based consumer.",
                        rnats_proto::kit::format::go_quote(name),
                        rnats_proto::kit::format::go_quote(&stream)
                    ));
                } else {
                    log(&format!(
                        "Subscribing to JetStream Stream {} using existing pull consumer {}",
                        rnats_proto::kit::format::go_quote(&stream),
                        rnats_proto::kit::format::go_quote(name)
                    ));
                }
                if existing.config.filter_subjects.len() > 1 {
                    bail!("cannot subscribe to multi filter consumers");
                }
                let ack = existing.config.ack_policy != AckPolicy::None;
                (existing, ack)
            }
            Err(e) if e.err_code() == Some(10014) => {
                let cfg = ConsumerConfig {
                    name: name.clone(),
                    ..cfg
                };
                let created = js.create_consumer(&stream, &cfg).await.with_context(|| {
                    format!(
                        "failed to create durable consumer {}",
                        rnats_proto::kit::format::go_quote(name)
                    )
                })?;
                let ack = created.config.ack_policy != AckPolicy::None;
                (created, ack)
            }
            Err(e) => {
                return Err(anyhow::Error::new(e).context(format!(
                    "error loading durable consumer {}",
                    rnats_proto::kit::format::go_quote(name)
                )))
            }
        },
        None => (
            js.create_consumer(&stream, &cfg)
                .await
                .context("failed to create consumer")?,
            false,
        ),
    };

    let batch = args
        .count
        .filter(|c| *c > 0)
        .map_or(PULL_BATCH, |c| c.min(PULL_BATCH));
    let max = args.count.filter(|c| *c > 0);
    let mut reader = Consumer::start(&js, &consumer, batch, max).await?;
    session.client.flush().await?;
    let result = consume(&js, &mut reader, args, &ignored, ack).await;
    // An ephemeral consumer would otherwise linger until its inactivity threshold.
    if durable.is_none() {
        let _ = js.delete_consumer(&stream, &consumer.name).await;
    }
    session.close().await;
    result.map(|()| ExitCode::SUCCESS)
}

/// `-I` subjects, split on commas and spaces.
fn ignored_subjects(args: &SubArgs) -> Vec<String> {
    args.ignore_subject
        .iter()
        .flat_map(|s| s.split(|c: char| c == ',' || c.is_whitespace()))
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// What natscli appends to its "Subscribing to ..." line for the `-I` subjects.
pub(crate) fn ignored_info(ignored: &[String]) -> String {
    if ignored.is_empty() {
        String::new()
    } else {
        format!("\nIgnored subjects: {}", ignored.join(", "))
    }
}

/// `--since`: its duration, and the time that long ago as RFC 3339 (a consumer's
/// `opt_start_time`, a direct get's `start_time`).
pub(crate) fn since_start(since: &str) -> anyhow::Result<(std::time::Duration, String)> {
    let d = duration::parse(since).map_err(anyhow::Error::msg)?;
    let start =
        chrono::Utc::now() - chrono::Duration::from_std(d).context("--since is too long")?;
    Ok((d, start.to_rfc3339_opts(chrono::SecondsFormat::Nanos, true)))
}

/// `--wait`: the subscription ends once no message came for that long.
pub(crate) struct Idle {
    wait: Option<std::time::Duration>,
    deadline: Option<tokio::time::Instant>,
}

impl Idle {
    pub(crate) fn new(args: &SubArgs) -> Idle {
        let wait = args.wait.filter(|d| !d.is_zero());
        Idle {
            wait,
            deadline: wait.map(|w| tokio::time::Instant::now() + w),
        }
    }

    /// A message came: the wait starts again.
    pub(crate) fn touch(&mut self) {
        if let Some(w) = self.wait {
            self.deadline = Some(tokio::time::Instant::now() + w);
        }
    }

    /// Resolves once the wait is over; never without `--wait`.
    pub(crate) async fn over(&self) {
        match self.deadline {
            Some(d) => tokio::time::sleep_until(d).await,
            None => std::future::pending().await,
        }
    }
}

/// natscli's `makeConsumerConfig`: no acks, the subject as filter, the delivery policy of the
/// first flag set (logged as natscli logs it).
fn consumer_config(
    args: &SubArgs,
    subject: &str,
    ignored_info: &str,
) -> anyhow::Result<ConsumerConfig> {
    let mut cfg = ConsumerConfig {
        ack_policy: AckPolicy::None,
        headers_only: args.headers_only || args.subjects_only,
        filter_subject: subject.to_string(),
        ..ConsumerConfig::default()
    };
    if let Some(seq) = args.start_sequence.filter(|s| *s > 0) {
        log(&format!(
            "Subscribing to subject {subject} starting at sequence {seq} {ignored_info}"
        ));
        cfg.opt_start_seq = seq;
        cfg.deliver_policy = DeliverPolicy::ByStartSequence;
    } else if args.last {
        log(&format!(
            "Subscribing to subject {subject} from last received message {ignored_info}"
        ));
        cfg.deliver_policy = DeliverPolicy::Last;
    } else if args.all {
        log(&format!(
            "Subscribing to subject {subject} from first received message {ignored_info}"
        ));
        cfg.deliver_policy = DeliverPolicy::All;
    } else if args.new {
        log(&format!(
            "Subscribing to subject {subject} for new messages {ignored_info}"
        ));
        cfg.deliver_policy = DeliverPolicy::New;
    } else if let Some(since) = args.since.as_deref().filter(|s| !s.is_empty()) {
        let (d, start) = since_start(since)?;
        cfg.opt_start_time = Some(start);
        cfg.deliver_policy = DeliverPolicy::ByStartTime;
        log(&format!(
            "Subscribing to subject {subject} since {} {ignored_info}",
            duration::humanize(d)
        ));
    } else if args.last_per_subject {
        log(&format!(
            "Subscribing to subject {subject} for last message per subject {ignored_info}"
        ));
        cfg.deliver_policy = DeliverPolicy::LastPerSubject;
    }
    Ok(cfg)
}

/// Reads, prints and acknowledges until `--count`, `--wait`, the end of the stream with
/// `-T`, or an interrupt.
async fn consume(
    js: &JetStream,
    reader: &mut Consumer,
    args: &SubArgs,
    ignored: &[String],
    ack: bool,
) -> anyhow::Result<()> {
    let mut idle = Idle::new(args);
    let interrupted = connect::interrupted();
    tokio::pin!(interrupted);
    let mut counter = 0u64;
    loop {
        let msg = tokio::select! {
            m = reader.next() => m?,
            _ = idle.over() => break,
            _ = &mut interrupted => break,
        };
        let Some(msg) = msg else { break };
        if ignored.iter().any(|i| subjects_collide(&msg.subject, i)) {
            continue;
        }
        counter += 1;
        let meta = msg.reply.as_deref().and_then(MsgMetadata::from_reply);
        match &meta {
            Some(meta) => print_js(args, counter, &msg, meta)?,
            None => log("Failed to parse message metadata: message is not a JetStream message"),
        }
        if ack {
            if let Err(e) = pull::ack(js, &msg, "+ACK", false).await {
                if args.dump.is_none() && !args.raw {
                    log(&format!(
                        "Acknowledging message via subject {} failed: {e:#}",
                        msg.reply.as_deref().unwrap_or_default()
                    ));
                }
            }
        }
        let at_end = args.terminate_at_end && meta.as_ref().is_some_and(|m| m.pending == 0);
        if args.count.is_some_and(|c| c > 0 && counter >= c) || at_end {
            break;
        }
        idle.touch();
    }
    js.client().flush().await?;
    Ok(())
}

/// natscli's `printJetStreamMsg`.
fn print_js(args: &SubArgs, n: u64, msg: &Message, meta: &MsgMetadata) -> anyhow::Result<()> {
    let stored = chrono::DateTime::from_timestamp_nanos(meta.timestamp);
    let stamp = if args.timestamp {
        format!(
            " @ {}",
            stored
                .with_timezone(&chrono::Local)
                .format("%b %e %H:%M:%S%.6f")
        )
    } else if args.delta_time {
        let since = (chrono::Utc::now() - stored).to_std().unwrap_or_default();
        format!(" @ {}", duration_string(since))
    } else {
        String::new()
    };
    let view = MsgView {
        subject: &msg.subject,
        reply: msg.reply.as_deref(),
        headers: msg.headers.as_ref(),
        payload: &msg.payload,
    };
    print_stored(args, &view, meta.stream_seq, || {
        format!(
            "[#{n}]{stamp} Received JetStream message: stream: {} seq: {} / pending: {} / subject: {} / time: {}",
            meta.stream,
            crate::kit::numbers::comma(meta.stream_seq),
            crate::kit::numbers::comma(meta.pending),
            msg.subject,
            stored.with_timezone(&chrono::Local).format("%Y-%m-%d %H:%M:%S")
        )
    })
}

/// Prints a message read from a stream as natscli's `sub` does: with `--dump` as JSON (to a
/// file named by its stream sequence `seq`, or NUL-terminated on stdout for `-`), else
/// through `--translate`, then the body alone with `--raw`, or the `head` line and the
/// headers and body.
pub(crate) fn print_stored(
    args: &SubArgs,
    view: &MsgView<'_>,
    seq: u64,
    head: impl FnOnce() -> String,
) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    if let Some(dump) = &args.dump {
        let json = output::dump_json(view);
        if dump == "-" {
            out.write_all(json.as_bytes())?;
            out.write_all(b"\0")?;
        } else {
            let path = std::path::Path::new(dump).join(format!("{seq}.json"));
            if let Err(e) = std::fs::write(&path, json.as_bytes()) {
                log(&format!("Could not save message: {e}"));
            }
        }
        out.flush()?;
        return Ok(());
    }
    let Some(payload) = output::translated(
        &mut out,
        view.payload,
        args.translate.as_deref(),
        view.subject,
    )?
    else {
        out.flush()?;
        return Ok(());
    };
    let payload: &[u8] = &payload;
    if args.raw {
        output::body_compact(&mut out, payload)?;
        out.flush()?;
        return Ok(());
    }
    writeln!(out, "{}", head())?;
    if !args.subjects_only {
        let view = MsgView { payload, ..*view };
        output::headers_and_body(&mut out, &view, args.headers_only)?;
    }
    out.flush()?;
    Ok(())
}
