//! `nats sub` through batched direct gets (ADR-31): `--direct`, and natscli's default on
//! work-queue and interest streams without `--durable`, where a consumer would take messages
//! away from the stream's own consumers. Nothing is created on the server: the stream is read
//! with `$JS.API.DIRECT.GET.<stream>` requests of up to [`BATCH`] messages each, from the
//! position the delivery flags choose (`--start-sequence`, `--last`, `--all` and the default:
//! the first message, `--new`, `--since`, `--last-per-subject` through `multi_last`), and
//! polled for new ones once caught up. Messages print as natscli's `[#n] Received JetStream
//! message (direct): stream: S seq N / subject: X / time: T`, then headers and body; `--raw`,
//! `--dump`, `--translate`, `--count`, `--wait`, `-I` and `-T/--terminate-at-end` (stop once
//! caught up) apply.
//!
//! natscli asks for one message per request and moves on by one sequence per message, so it
//! repeats a message after a gap in the sequences (work queues have them) and reads only one
//! message of `--since` before jumping to new ones; here the next request starts after the
//! last sequence received, and `--since` reads everything from the time on.

use crate::kit::columns;
use crate::kit::connect;
use crate::kit::duration;
use crate::kit::output::{log, MsgView};
use crate::sub_cmd::{subjects_collide, SubArgs};
use crate::sub_js::{ignored_info, print_stored, since_start, Idle};
use anyhow::{bail, Context as _};
use rnats_proto::client::Message;
use rnats_proto::jetstream::{JetStream, StreamInfo};
use std::time::Duration;

/// Messages asked for per request.
const BATCH: u64 = 256;
/// Pause between two polls once the stream has nothing new.
const POLL: Duration = Duration::from_millis(250);

/// Where the next request starts.
enum From {
    Seq(u64),
    Time(String),
    /// The last message of each of these subjects up to that sequence (`multi_last`).
    LastPer(Vec<String>, u64),
}

/// Reads the stream `stream` (described by `info`) with batched direct gets until `--count`,
/// `--wait`, `-T` or an interrupt.
pub async fn run(
    js: &JetStream,
    info: &StreamInfo,
    args: &SubArgs,
    ignored: &[String],
) -> anyhow::Result<()> {
    let started = std::time::Instant::now();
    let stream = &info.config.name;
    if !info.config.allow_direct {
        bail!("cannot enable direct gets: allow_direct is not set to true for stream {stream}");
    }
    let first_subject = args.subjects.first().filter(|s| !s.is_empty());
    let shown = match first_subject {
        Some(s) => s.clone(),
        None => info.config.subjects.join(", "),
    };
    let ignored_info = ignored_info(ignored);
    let intro = "Subscribing to JetStream Stream (direct) holding messages with subject";
    let state = &info.state;
    let mut from = if let Some(seq) = args.start_sequence.filter(|s| *s > 0) {
        log(&format!(
            "{intro} {shown} starting with sequence {seq} {ignored_info}"
        ));
        From::Seq(seq)
    } else if args.last {
        log(&format!(
            "{intro} {shown} starting with the last message received {ignored_info}"
        ));
        From::Seq(state.last_seq)
    } else if args.all {
        log(&format!(
            "{intro} {shown} starting with the first message received {ignored_info}"
        ));
        From::Seq(state.first_seq)
    } else if args.new {
        log(&format!(
            "{intro} {shown} delivering any new messages received {ignored_info}"
        ));
        From::Seq(state.last_seq.saturating_add(1))
    } else if let Some(since) = args.since.as_deref().filter(|s| !s.is_empty()) {
        let (d, start) = since_start(since)?;
        log(&format!(
            "{intro} {shown} starting with messages since {} {ignored_info}",
            duration::humanize(d)
        ));
        From::Time(start)
    } else if args.last_per_subject {
        log(&format!(
            "{intro} {shown} for the last messages for each subject in the Stream {ignored_info}"
        ));
        let subjects = match first_subject {
            Some(s) => vec![s.clone()],
            None => vec![">".to_string()],
        };
        From::LastPer(subjects, state.last_seq)
    } else {
        From::Seq(state.first_seq)
    };

    let client = js.client();
    let request_subject = format!("{}.DIRECT.GET.{stream}", js.prefix());
    let mut idle = Idle::new(args);
    let interrupted = connect::interrupted();
    tokio::pin!(interrupted);
    let mut counter = 0u64;
    loop {
        let body = match &from {
            From::Seq(seq) => serde_json::json!({ "seq": seq, "batch": BATCH }),
            From::Time(t) => serde_json::json!({ "start_time": t, "batch": BATCH }),
            From::LastPer(subjects, up_to) => {
                serde_json::json!({ "multi_last": subjects, "up_to_seq": up_to })
            }
        };
        let inbox = client.new_inbox();
        let mut replies = client.subscribe(inbox.clone()).await?;
        client
            .publish_with_reply(
                request_subject.clone(),
                inbox,
                None,
                serde_json::to_vec(&body)?.into(),
            )
            .await?;
        let mut last_seq = None;
        loop {
            let msg = tokio::select! {
                m = tokio::time::timeout(js.timeout(), replies.next()) => match m {
                    Ok(Some(m)) => m,
                    Ok(None) => bail!("connection closed"),
                    Err(_) => bail!("timeout waiting for the direct get reply"),
                },
                _ = &mut interrupted => return Ok(()),
            };
            match msg.status() {
                // The end of the batch (204 EOB), or nothing at or after the position.
                Some(204 | 404) => break,
                Some(503) => {
                    bail!("no responders: is JetStream enabled and stream {stream} there?")
                }
                Some(code) => bail!(
                    "direct get failed: {code} {}",
                    msg.description().unwrap_or_default()
                ),
                None => {}
            }
            let (subject, seq, stamp) = direct_metadata(&msg)?;
            last_seq = Some(seq);
            if ignored.iter().any(|i| subjects_collide(&subject, i)) {
                continue;
            }
            counter += 1;
            let meta = Direct {
                stream,
                subject: &subject,
                seq,
                stamp: &stamp,
            };
            print_direct(args, counter, &msg, &meta, started)?;
            if args.count.is_some_and(|c| c > 0 && counter >= c) {
                return Ok(());
            }
            idle.touch();
        }
        let _ = replies.unsubscribe().await;
        from = match (from, last_seq) {
            (From::LastPer(_, up_to), _) => From::Seq(up_to.saturating_add(1)),
            (_, Some(seq)) => From::Seq(seq.saturating_add(1)),
            (from, None) => {
                if args.terminate_at_end {
                    return Ok(());
                }
                tokio::select! {
                    _ = tokio::time::sleep(POLL) => {}
                    _ = idle.over() => return Ok(()),
                    _ = &mut interrupted => return Ok(()),
                }
                from
            }
        };
    }
}

/// Where a direct get reply's message is stored.
struct Direct<'a> {
    stream: &'a str,
    /// `Nats-Subject`: the subject it was stored under (the reply itself comes on an inbox).
    subject: &'a str,
    seq: u64,
    /// `Nats-Time-Stamp`.
    stamp: &'a str,
}

/// A direct get reply's stored subject, stream sequence and `Nats-Time-Stamp`.
fn direct_metadata(msg: &Message) -> anyhow::Result<(String, u64, String)> {
    let headers = msg
        .headers
        .as_ref()
        .context("direct get reply without headers")?;
    let seq = headers
        .get("Nats-Sequence")
        .and_then(|s| s.parse().ok())
        .context("direct get reply without a valid Nats-Sequence header")?;
    let stamp = headers
        .get("Nats-Time-Stamp")
        .unwrap_or_default()
        .to_string();
    let subject = headers
        .get("Nats-Subject")
        .context("direct get reply without a Nats-Subject header")?
        .to_string();
    Ok((subject, seq, stamp))
}

/// natscli's `printMsg` for a direct message (`-t` stamps the time it is printed, `-D` the
/// time since the subscription started).
fn print_direct(
    args: &SubArgs,
    n: u64,
    msg: &Message,
    meta: &Direct<'_>,
    started: std::time::Instant,
) -> anyhow::Result<()> {
    let ts = if args.timestamp {
        format!(" @ {}", chrono::Local::now().format("%b %e %H:%M:%S%.6f"))
    } else if args.delta_time {
        format!(
            " @ {}",
            rnats_proto::kit::format::duration_string(started.elapsed())
        )
    } else {
        String::new()
    };
    let view = MsgView {
        subject: meta.subject,
        reply: None,
        headers: msg.headers.as_ref(),
        payload: &msg.payload,
    };
    print_stored(args, &view, meta.seq, || {
        format!(
            "[#{n}]{ts} Received JetStream message (direct): stream: {} seq {} / subject: {} / time: {}",
            meta.stream,
            meta.seq,
            meta.subject,
            columns::time(meta.stamp)
        )
    })
}
