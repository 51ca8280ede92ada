//! `nats subscribe` (alias `sub`): print (or dump) the messages on one or more subjects.
//!
//! Core NATS as natscli does it: plain or queue subscriptions, `--inbox` (a generated inbox),
//! `--match-replies` (requests are held until their reply arrives on the inbox prefix and then
//! printed together), `--count` and `--wait` to stop, `-I` to ignore subjects, `--raw`,
//! `--headers-only`, `--subjects-only`, `-t`/`-d` stamps, `--translate` and `--dump DIR|-`.
//! `--ack` acknowledges the messages that carry JetStream metadata (a push consumer's
//! deliveries). natscli's JetStream consumption flags (`--stream`, `--durable`, `--all`, ...)
//! switch to [`crate::sub_js`]; its live reports (`--report-*`, `--graph`) are accepted by name
//! and refused with an error.

use crate::kit::connect;
use crate::kit::duration;
use crate::kit::output::{self, log, MsgView, SubFormat};
use crate::options::GlobalOpts;
use clap::Args;
use rnats_proto::client::Message;
use rnats_proto::jetstream::MsgMetadata;
use rnats_proto::kit::format::duration_string;
use std::collections::HashMap;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};
use tokio::sync::mpsc;

/// Generic subscription client
#[derive(Debug, Clone, Args)]
pub struct SubArgs {
    /// Subjects to subscribe to
    pub subjects: Vec<String>,

    /// Subscribe to a named queue group
    #[arg(long)]
    pub queue: Option<String>,

    /// Use a durable consumer (requires JetStream)
    #[arg(long)]
    pub durable: Option<String>,

    /// Show the raw data received
    #[arg(short = 'r', long)]
    pub raw: bool,

    /// Translate the message data by running it through the given command before output
    #[arg(long)]
    pub translate: Option<String>,

    /// Acknowledge JetStream message that have the correct metadata
    #[arg(long)]
    pub ack: bool,

    /// Match replies to requests
    #[arg(long = "match-replies")]
    pub match_replies: bool,

    /// Subscribes to a generated inbox
    #[arg(short = 'i', long)]
    pub inbox: bool,

    /// Quit after receiving this many messages
    #[arg(long)]
    pub count: Option<u64>,

    /// Dump received messages to files, 1 file per message. Specify - for null terminated
    /// STDOUT for use with xargs -0
    #[arg(long, value_name = "DIRECTORY")]
    pub dump: Option<String>,

    /// Do not render any data, shows only headers
    #[arg(long = "headers-only")]
    pub headers_only: bool,

    /// Prints only the messages' subjects
    #[arg(long = "subjects-only")]
    pub subjects_only: bool,

    /// Starts at a specific Stream sequence (requires JetStream)
    #[arg(long = "start-sequence", value_name = "SEQUENCE")]
    pub start_sequence: Option<u64>,

    /// Delivers all messages found in the Stream (requires JetStream)
    #[arg(long)]
    pub all: bool,

    /// Delivers only future messages (requires JetStream)
    #[arg(long)]
    pub new: bool,

    /// Delivers the most recent and all future messages (requires JetStream)
    #[arg(long)]
    pub last: bool,

    /// Delivers messages received since a duration like 1d3h5m2s(requires JetStream)
    #[arg(long, value_name = "DURATION")]
    pub since: Option<String>,

    /// Deliver the most recent messages for each subject in the Stream (requires JetStream)
    #[arg(long = "last-per-subject")]
    pub last_per_subject: bool,

    /// Stops consuming messages from JetStream once all messages were received
    #[arg(short = 'T', long = "terminate-at-end")]
    pub terminate_at_end: bool,

    /// Subscribe to a specific stream (required JetStream)
    #[arg(long, value_name = "STREAM")]
    pub stream: Option<String>,

    /// Subjects for which corresponding messages will be ignored and therefore not shown in
    /// the output
    #[arg(short = 'I', long = "ignore-subject", value_name = "SUBJECT")]
    pub ignore_subject: Vec<String>,

    /// Unsubscribe after this amount of time without any traffic
    #[arg(long, value_name = "DURATION", value_parser = duration::parse)]
    pub wait: Option<Duration>,

    /// Subscribes to subject patterns and builds a de-duplicated report of active subjects
    /// receiving data
    #[arg(long = "report-subjects")]
    pub report_subjects: bool,

    /// Subscribes to subject patterns and builds a de-duplicated report of active
    /// subscriptions receiving data
    #[arg(long = "report-subscriptions")]
    pub report_subscriptions: bool,

    /// Number of subjects to show when doing 'report-subjects'
    #[arg(long = "report-top", default_value_t = 10)]
    pub report_top: i64,

    /// Show timestamps in output
    #[arg(short = 't', long)]
    pub timestamp: bool,

    /// Show time since start in output
    #[arg(short = 'd', long = "delta-time")]
    pub delta_time: bool,

    /// Graph the rate of messages received
    #[arg(long)]
    pub graph: bool,

    /// Subscribe using batched direct gets instead of a durable consumer (requires JetStream)
    #[arg(long)]
    pub direct: bool,
}

impl SubArgs {
    /// Whether a JetStream flag asks for a consumer (natscli's `c.jetStream`).
    pub fn is_jetstream(&self) -> bool {
        self.start_sequence.is_some_and(|s| s > 0)
            || self.durable.as_deref().is_some_and(|d| !d.is_empty())
            || self.all
            || self.new
            || self.last
            || self.since.as_deref().is_some_and(|s| !s.is_empty())
            || self.last_per_subject
            || self.stream.as_deref().is_some_and(|s| !s.is_empty())
            || self.direct
    }

    /// natscli's `validateInputs`, plus refusing what this build lacks.
    fn validate(&self) -> anyhow::Result<()> {
        if self.report_subjects || self.report_subscriptions || self.graph {
            anyhow::bail!(
                "--report-subjects, --report-subscriptions and --graph are not in this rnats build yet"
            );
        }
        if !self.subjects.is_empty() && self.durable.as_deref().is_some_and(|d| !d.is_empty()) {
            anyhow::bail!("cannot specify both subjects and a durable consumer");
        }
        let stream = self.stream.as_deref().is_some_and(|s| !s.is_empty());
        if self.subjects.is_empty() && !self.inbox && !stream {
            anyhow::bail!("subject is required");
        }
        if self.is_jetstream() {
            if self.timestamp && self.delta_time {
                anyhow::bail!("timestamp and delta-time flags are mutually exclusive");
            }
            return Ok(());
        }
        if self.terminate_at_end {
            anyhow::bail!("--terminate-at-end is only supported for JetStream subscriptions");
        }
        if self.dump.as_deref() == Some("-") && self.inbox {
            anyhow::bail!(
                "generating inboxes is not compatible with dumping to stdout using null terminated strings"
            );
        }
        if self.timestamp && self.delta_time {
            anyhow::bail!("timestamp and delta-time flags are mutually exclusive");
        }
        Ok(())
    }
}

/// natscli's `SubjectsCollide`: whether two subject patterns can match a common subject.
pub fn subjects_collide(a: &str, b: &str) -> bool {
    let (ta, tb): (Vec<&str>, Vec<&str>) = (a.split('.').collect(), b.split('.').collect());
    let mut i = 0;
    loop {
        match (ta.get(i), tb.get(i)) {
            (Some(&">"), Some(_)) | (Some(_), Some(&">")) => return true,
            (Some(x), Some(y)) => {
                if !(x == y || *x == "*" || *y == "*") {
                    return false;
                }
            }
            (None, None) => return true,
            _ => return false,
        }
        i += 1;
    }
}

/// What arrives on the command's one channel.
enum Event {
    /// A message on one of the subscriptions.
    Msg(Message),
    /// A message on the `--match-replies` inbox subscription.
    Reply(Message),
}

/// Runs `nats sub`.
pub async fn run(global: GlobalOpts, args: SubArgs) -> anyhow::Result<ExitCode> {
    args.validate()?;
    if let Some(dir) = args.dump.as_deref().filter(|d| *d != "-") {
        create_dump_dir(dir)?;
    }
    let session = connect::connect(&global).await?;
    if args.is_jetstream() {
        return crate::sub_js::run(session, &args).await;
    }
    let client = session.client.clone();
    let mut subjects = args.subjects.clone();
    if subjects.is_empty() && args.inbox {
        subjects.push(client.new_inbox());
    }

    let (tx, mut rx) = mpsc::channel::<Event>(1024);
    let mut subscribers = Vec::new();
    if args.match_replies {
        let prefix = if session.settings.inbox_prefix.is_empty() {
            "_INBOX".to_string()
        } else {
            session.settings.inbox_prefix.clone()
        };
        let inbox = format!("{prefix}.>");
        if !args.raw && args.dump.is_none() {
            log(&format!("Matching replies with inbox prefix {inbox}"));
        }
        let mut sub = client.subscribe(&inbox).await?;
        let tx = tx.clone();
        tokio::spawn(async move {
            while let Some(m) = sub.next().await {
                if tx.send(Event::Reply(m)).await.is_err() {
                    break;
                }
            }
        });
    }
    for subject in &subjects {
        let sub = match args.queue.as_deref().filter(|q| !q.is_empty()) {
            Some(q) => client.queue_subscribe(subject, q).await?,
            None => client.subscribe(subject).await?,
        };
        subscribers.push(sub);
    }
    let mut forwarders = Vec::new();
    for mut sub in subscribers {
        let tx = tx.clone();
        forwarders.push(tokio::spawn(async move {
            while let Some(m) = sub.next().await {
                if tx.send(Event::Msg(m)).await.is_err() {
                    break;
                }
            }
            let _ = sub.unsubscribe().await;
        }));
    }
    drop(tx);
    // Flushed before the announcement, so once it is printed the server has the
    // subscriptions (scripts and tests wait for this line).
    client.flush().await?;
    if (!args.raw && args.dump.is_none()) || args.inbox {
        if args.ack {
            log(&format!(
                "Subscribing on {} with acknowledgement of JetStream messages ",
                subjects.first().map(String::as_str).unwrap_or_default()
            ));
        } else {
            log(&format!("Subscribing on {} ", subjects.join(", ")));
        }
    }

    let mut state = SubState {
        args: &args,
        start: Instant::now(),
        counter: 0,
        pending: HashMap::new(),
        trace: session.trace,
    };
    let wait = args.wait.filter(|d| !d.is_zero());
    let mut deadline = wait.map(|w| tokio::time::Instant::now() + w);
    let interrupted = connect::interrupted();
    tokio::pin!(interrupted);
    let mut collecting = true;
    loop {
        let idle = async {
            match deadline {
                Some(d) => tokio::time::sleep_until(d).await,
                None => std::future::pending().await,
            }
        };
        let event = tokio::select! {
            e = rx.recv() => e,
            _ = idle => break,
            _ = &mut interrupted => break,
        };
        let Some(event) = event else { break };
        match event {
            Event::Msg(m) if collecting => {
                if state.ignored(&m.subject) {
                    continue;
                }
                state.counter += 1;
                let js_reply = m
                    .reply
                    .clone()
                    .filter(|r| args.ack && MsgMetadata::from_reply(r).is_some());
                if args.match_replies && m.reply.as_deref().is_some_and(|r| !r.is_empty()) {
                    let reply = m.reply.clone().unwrap_or_default();
                    state.pending.insert(reply, (state.counter, m));
                } else {
                    state.print(state.counter, &m, None)?;
                }
                if let Some(reply) = js_reply {
                    if let Err(e) = client.publish(reply.clone(), bytes::Bytes::new()).await {
                        if args.dump.is_none() && !args.raw {
                            log(&format!(
                                "Acknowledging message via subject {reply} failed: {e}"
                            ));
                        }
                    }
                }
                if args.count.is_some_and(|c| c > 0 && state.counter == c) {
                    collecting = false;
                    for f in &forwarders {
                        f.abort();
                    }
                    if !args.match_replies || state.pending.is_empty() {
                        break;
                    }
                }
                if let Some(w) = wait {
                    deadline = Some(tokio::time::Instant::now() + w);
                }
            }
            Event::Msg(_) => {}
            Event::Reply(reply) => {
                if let Some((n, request)) = state.pending.remove(&reply.subject) {
                    state.print(n, &request, Some(&reply))?;
                    if !collecting && state.pending.is_empty() {
                        break;
                    }
                }
            }
        }
    }
    for f in &forwarders {
        f.abort();
    }
    session.close().await;
    Ok(ExitCode::SUCCESS)
}

struct SubState<'a> {
    args: &'a SubArgs,
    start: Instant,
    counter: u64,
    /// `--match-replies`: requests waiting for their reply, by reply subject.
    pending: HashMap<String, (u64, Message)>,
    trace: bool,
}

impl SubState<'_> {
    fn ignored(&self, subject: &str) -> bool {
        self.args
            .ignore_subject
            .iter()
            .flat_map(|s| s.split(|c: char| c == ',' || c.is_whitespace()))
            .filter(|s| !s.is_empty())
            .any(|ignore| subjects_collide(subject, ignore))
    }

    fn print(&self, n: u64, msg: &Message, reply: Option<&Message>) -> anyhow::Result<()> {
        let args = self.args;
        let mut out = std::io::stdout().lock();
        let stamp = if args.timestamp {
            format!(" @ {}", chrono::Local::now().format("%b %e %H:%M:%S%.6f"))
        } else if args.delta_time {
            format!(" @ {}", duration_string(self.start.elapsed()))
        } else {
            String::new()
        };
        if self.trace {
            if let Some(r) = msg.reply.as_deref().filter(|r| !r.is_empty()) {
                writeln!(out, "<<< Reply Subject: {r}")?;
            }
        }
        // A dump keeps the original body.
        let command = args.translate.as_deref().filter(|_| args.dump.is_none());
        let Some(msg_payload) = output::translated(&mut out, &msg.payload, command, &msg.subject)?
        else {
            out.flush()?;
            return Ok(());
        };
        let msg_payload: &[u8] = &msg_payload;
        let view = MsgView {
            subject: &msg.subject,
            reply: msg.reply.as_deref(),
            headers: msg.headers.as_ref(),
            payload: msg_payload,
        };
        let reply_view = reply.map(|r| MsgView {
            subject: &r.subject,
            reply: r.reply.as_deref(),
            headers: r.headers.as_ref(),
            payload: &r.payload,
        });
        if let Some(dump) = &args.dump {
            let stdout = dump == "-";
            for (view, file) in std::iter::once((&view, format!("{n}.json")))
                .chain(reply_view.as_ref().map(|r| (r, format!("{n}_reply.json"))))
            {
                let mut json = output::dump_json(view);
                if let Some(cmd) = &args.translate {
                    match output::translate(view.payload, cmd, view.subject) {
                        Ok(data) => {
                            let translated = MsgView {
                                payload: &data,
                                ..*view
                            };
                            json = output::dump_json(&translated);
                        }
                        Err(e) => {
                            log(&format!(
                                "{}\nError while translating msg body: {e}\n",
                                rnats_proto::kit::format::go_quote(&String::from_utf8_lossy(
                                    view.payload
                                ))
                            ));
                            continue;
                        }
                    }
                }
                if stdout {
                    out.write_all(json.as_bytes())?;
                    out.write_all(b"\0")?;
                } else {
                    let path = PathBuf::from(dump).join(file);
                    if let Err(e) = write_private(&path, json.as_bytes()) {
                        log(&format!("Could not save message: {e}"));
                    }
                    if n.is_multiple_of(100) {
                        write!(out, ".")?;
                    }
                }
            }
            out.flush()?;
            return Ok(());
        }
        let format = SubFormat {
            raw: args.raw,
            headers_only: args.headers_only,
            subjects_only: args.subjects_only,
            stamp,
        };
        output::sub_message(&mut out, n, &format, &view, reply_view.as_ref())?;
        out.flush()?;
        Ok(())
    }
}

fn create_dump_dir(dir: &str) -> anyhow::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt as _;
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)?;
    }
    #[cfg(not(unix))]
    std::fs::create_dir_all(dir)?;
    Ok(())
}

fn write_private(path: &std::path::Path, data: &[u8]) -> std::io::Result<()> {
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        opts.mode(0o600);
    }
    opts.open(path)?.write_all(data)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collisions() {
        for (a, b, want) in [
            ("a.b", "a.b", true),
            ("a.b", "a.c", false),
            ("a.b", "a.*", true),
            ("a.b.c", "a.>", true),
            ("a", "a.>", false),
            ("a.*", "*.b", true),
            ("a.b", "a.b.c", false),
            (">", "x.y", true),
        ] {
            assert_eq!(subjects_collide(a, b), want, "{a} vs {b}");
        }
    }
}
