//! `nats bench js ...`: natscli's JetStream benchmarks.
//!
//! `js pub sync SUBJ` publishes one message at a time and waits for each `PubAck`;
//! `js pub async SUBJ` publishes `--batch` messages, each with its own reply subject under one
//! wildcard inbox, then waits for all of their acks before the next batch (natscli's
//! `PublishMsgAsync` + `PublishAsyncComplete`). Both can create the stream first (`--create`:
//! natscli's stream with the subject, limits retention, discard new, `--storage`,
//! `--replicas`, `--maxbytes`, `--dedupwindow`, direct get) and purge it (`--purge`).
//! `js fetch` pulls with `MSG.NEXT` requests of `--batch` messages, `js consume` keeps a pull
//! request of up to `--batch` messages outstanding and tops it up at half (nats.go's
//! `Consume` with `PullMaxMessages` and `StopAfter`), both on the durable consumer
//! `--consumer` (created when it has natscli's default name), acking as `--acks` says;
//! `js ordered` reads the whole stream through an ephemeral, unacknowledged consumer and
//! checks its consumer sequence never skips.
//!
//! The stream-level flags sit on `js` itself and may be given before or after the
//! subcommand, as in natscli. The report is the one the core benchmarks print, with the
//! latency line per publish (sync), per batch (async) or per fetch. `js pub fast` publishes one
//! fast batch per client (ADR-50, orbit.go's `FastPublisher`), with a latency per advance of
//! the server's flow acks. natscli's atomic batch publisher and its direct-get benchmarks are
//! not offered. The JetStream API is
//! `rnats_proto::jetstream`'s context; the pull loops are here, on one inbox per client.

use super::{
    bench_settings, connect_clients, finish_to, log_banner, msgs_per_client, multisubject, payload,
    sleep_until_opt, stats, Bars, MessageOpts, PROGRESS_STEP,
};
use crate::kit::duration;
use crate::kit::jsapi;
use crate::kit::output::log;
use crate::kit::pull::nanos;
use crate::options::GlobalOpts;
use anyhow::{bail, Context as _};
use bytes::Bytes;
use clap::{Args, Subcommand, ValueEnum};
use indicatif::ProgressBar;
use rnats_proto::client::{Message, Subscriber};
use rnats_proto::jetstream::context::parse_response;
use rnats_proto::jetstream::{
    AckPolicy, ConsumerConfig, DeliverPolicy, Discard, JetStream, JetStreamError, MsgMetadata,
    NextRequest, PubAck, PurgeRequest, ReplayPolicy, Retention, Storage, StreamConfig,
};
use rnats_proto::kit::format::duration_string;
use rnats_proto::HeaderMap;
use stats::{Latencies, Report, Sample};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::Barrier;

/// natscli's default stream name.
pub const DEFAULT_STREAM: &str = "benchstream";

/// natscli's default durable consumer name; only a consumer of this name is created.
pub const DEFAULT_CONSUMER: &str = "nats-bench";

/// How long one pull request waits on the server (nats.go's default expiry).
const PULL_EXPIRES: Duration = Duration::from_secs(30);

/// Extra time the client waits beyond a pull request's expiry before giving up.
const PULL_GRACE: Duration = Duration::from_secs(5);

/// The consumers' inactivity threshold (natscli's).
const INACTIVE_THRESHOLD: Duration = Duration::from_secs(10);

/// JetStream benchmark commands
#[derive(Debug, Clone, Args)]
pub struct JsArgs {
    /// Flags of every JetStream benchmark.
    #[command(flatten)]
    pub common: JsCommonOpts,

    /// The benchmark.
    #[command(subcommand)]
    pub kind: JsKind,
}

/// Flags of every JetStream benchmark (accepted before or after the subcommand).
#[derive(Debug, Clone, Args)]
pub struct JsCommonOpts {
    /// Number of concurrent clients
    #[arg(long, default_value_t = 1, value_name = "CLIENTS", global = true)]
    pub clients: u32,

    /// Number of messages to publish or subscribe to
    #[arg(long, default_value_t = 100_000, value_name = "MSGS", global = true)]
    pub msgs: u64,

    /// Enable the progress bar (default: when stderr is a terminal)
    #[arg(long, overrides_with = "no_progress", global = true)]
    pub progress: bool,

    /// Disable the progress bar
    #[arg(long = "no-progress", global = true)]
    pub no_progress: bool,

    /// Save benchmark data to CSV file
    #[arg(long, value_name = "FILE", global = true)]
    pub csv: Option<PathBuf>,

    /// Size of the test messages (B, KB, MB; powers of 1024)
    #[arg(long, default_value = "128", value_name = "SIZE", value_parser = crate::kit::numbers::parse_size, global = true)]
    pub size: u64,

    /// The name of the stream to create or use
    #[arg(long, default_value = DEFAULT_STREAM, value_name = "STREAM", global = true)]
    pub stream: String,

    /// Sleep for the specified interval between publications (or after each message received)
    #[arg(long, value_name = "DURATION", value_parser = duration::parse, global = true)]
    pub sleep: Option<Duration>,
}

impl JsCommonOpts {
    fn progress_enabled(&self) -> bool {
        use std::io::IsTerminal as _;
        if self.no_progress {
            false
        } else {
            self.progress || std::io::stderr().is_terminal()
        }
    }

    fn validate(&self) -> anyhow::Result<()> {
        if self.msgs == 0 {
            bail!("number of messages should be greater than 0");
        }
        if self.clients == 0 {
            bail!("number of clients should be greater than 0");
        }
        Ok(())
    }

    fn sleep(&self) -> Option<Duration> {
        self.sleep.filter(|s| !s.is_zero())
    }

    /// The banner pairs every JetStream benchmark shows.
    fn pairs(&self, size: u64, clients: u32) -> Vec<(&'static str, String)> {
        vec![
            ("stream", self.stream.clone()),
            ("sleep", duration::humanize(self.sleep.unwrap_or_default())),
            ("msgs", crate::kit::numbers::comma(self.msgs)),
            ("msg-size", rnats_proto::kit::format::ibytes(size)),
            ("clients", crate::kit::numbers::comma(u64::from(clients))),
        ]
    }
}

/// The JetStream benchmarks.
#[derive(Debug, Clone, Subcommand)]
pub enum JsKind {
    /// Publish JetStream messages
    Pub(JsPubArgs),
    /// Consume JetStream messages from a consumer using an ephemeral ordered consumer
    Ordered(OrderedArgs),
    /// Consume JetStream messages from a durable consumer using a callback
    Consume(ConsumerArgs),
    /// Consume JetStream messages from a durable consumer using fetch
    Fetch(ConsumerArgs),
}

/// Publish JetStream messages
#[derive(Debug, Clone, Args)]
pub struct JsPubArgs {
    /// How to publish.
    #[command(subcommand)]
    pub mode: JsPubMode,
}

/// The publish modes.
#[derive(Debug, Clone, Subcommand)]
pub enum JsPubMode {
    /// Use synchronous JetStream publish
    Sync(JsPubOpts),
    /// Use asynchronous JetStream publish
    Async(JsAsyncArgs),
    /// Use fast batch JetStream publish
    Fast(JsFastArgs),
}

/// Use fast batch JetStream publish
#[derive(Debug, Clone, Args)]
pub struct JsFastArgs {
    /// The publish flags.
    #[command(flatten)]
    pub opts: JsPubOpts,

    /// Sets the size of the batches
    #[arg(long, default_value_t = 500, value_name = "BATCH")]
    pub batch: u32,

    /// Sets the max outstanding acks for fast publishing
    #[arg(
        long = "max-outstanding-acks",
        default_value_t = 1,
        value_name = "MAX-OUTSTANDING-ACKS"
    )]
    pub max_outstanding_acks: u16,
}

/// Use asynchronous JetStream publish
#[derive(Debug, Clone, Args)]
pub struct JsAsyncArgs {
    /// The publish flags.
    #[command(flatten)]
    pub opts: JsPubOpts,

    /// Sets the number of asynchronous operations per batch
    #[arg(long, default_value_t = 500, value_name = "BATCH")]
    pub batch: u32,
}

/// Storage of the benchmark stream.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StorageKind {
    /// On disk.
    File,
    /// In memory.
    Memory,
}

impl StorageKind {
    fn name(self) -> &'static str {
        self.storage().as_str()
    }

    pub(crate) fn storage(self) -> Storage {
        match self {
            StorageKind::File => Storage::File,
            StorageKind::Memory => Storage::Memory,
        }
    }
}

/// Flags of the publishing benchmarks.
#[derive(Debug, Clone, Args)]
pub struct JsPubOpts {
    /// Subject to use for the benchmark
    pub subject: String,

    /// Subjects, payload and headers of the messages.
    #[command(flatten)]
    pub msg: MessageOpts,

    /// Create or update the stream first
    #[arg(long)]
    pub create: bool,

    /// JetStream storage (memory/file) for the "benchstream" stream
    #[arg(long, value_enum, default_value = "file", value_name = "STORAGE")]
    pub storage: StorageKind,

    /// Number of replicas for the "benchstream" stream
    #[arg(long, default_value_t = 1, value_name = "REPLICAS")]
    pub replicas: u32,

    /// The maximum size of the stream in bytes
    #[arg(long, default_value = "1GB", value_name = "MAXBYTES", value_parser = parse_max_bytes)]
    pub maxbytes: u64,

    /// Sets a message id in the header to use JS Publish de-duplication
    #[arg(long)]
    pub dedup: bool,

    /// Sets the duration of the stream's deduplication functionality
    #[arg(long, default_value = "2m", value_name = "DEDUPWINDOW", value_parser = duration::parse)]
    pub dedupwindow: Duration,

    /// Purge the stream before running
    #[arg(long)]
    pub purge: bool,
}

/// Acknowledgement mode of the benchmark consumer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AckMode {
    /// Acknowledge every message.
    Explicit,
    /// No acknowledgements.
    None,
    /// Acknowledge every message (each ack covers those before it).
    All,
}

impl AckMode {
    fn name(self) -> &'static str {
        self.policy().as_str()
    }

    fn policy(self) -> AckPolicy {
        match self {
            AckMode::Explicit => AckPolicy::Explicit,
            AckMode::None => AckPolicy::None,
            AckMode::All => AckPolicy::All,
        }
    }
}

/// Flags of `consume` and `fetch`.
#[derive(Debug, Clone, Args)]
pub struct ConsumerArgs {
    /// Specify the durable consumer name to use
    #[arg(long, default_value = DEFAULT_CONSUMER, value_name = "CONSUMER")]
    pub consumer: String,

    /// Sets the max number of messages that can be buffered in the client
    #[arg(long, default_value_t = 500, value_name = "BATCH")]
    pub batch: u32,

    /// Acknowledgement mode for the consumer
    #[arg(long, value_enum, default_value = "explicit", value_name = "ACKS")]
    pub acks: AckMode,

    /// Synchronously acknowledge messages, waiting for a reply from the server
    #[arg(long)]
    pub doubleack: bool,

    /// Filter Stream by subjects
    #[arg(long, value_name = "SUBJECTS")]
    pub filter: Vec<String>,

    /// Purge the stream before running
    #[arg(long)]
    pub purge: bool,
}

/// Consume JetStream messages from a consumer using an ephemeral ordered consumer
#[derive(Debug, Clone, Args)]
pub struct OrderedArgs {
    /// Sets the max number of messages that can be buffered in the client
    #[arg(long, default_value_t = 500, value_name = "BATCH")]
    pub batch: u32,

    /// Purge the stream before running
    #[arg(long)]
    pub purge: bool,

    /// Filter Stream by subjects
    #[arg(long, value_name = "SUBJECTS")]
    pub filter: Vec<String>,
}

/// `--maxbytes`: a size with natscli's units.
fn parse_max_bytes(text: &str) -> Result<u64, String> {
    crate::kit::numbers::parse_size(text).map_err(|_| {
        format!(
            "can not parse or invalid the value specified for the max stream/bucket size: {text}"
        )
    })
}

/// Runs one JetStream benchmark (on the bench runtime).
pub async fn run(global: &GlobalOpts, a: JsArgs) -> anyhow::Result<()> {
    a.common.validate()?;
    match a.kind {
        JsKind::Pub(JsPubArgs {
            mode: JsPubMode::Sync(p),
        }) => publish(global, &a.common, p, None).await,
        JsKind::Pub(JsPubArgs {
            mode: JsPubMode::Async(p),
        }) => {
            if p.batch == 0 {
                bail!("the batch size should be greater than 0");
            }
            publish(global, &a.common, p.opts, Some(p.batch)).await
        }
        JsKind::Pub(JsPubArgs {
            mode: JsPubMode::Fast(f),
        }) => {
            if f.batch == 0 {
                bail!("the batch size should be greater than 0");
            }
            let flow = if f.batch > u32::from(u16::MAX) {
                log(&format!(
                    "WARNING: --batch {} exceeds the fast publisher flow window maximum of {max}; capping at {max}",
                    f.batch,
                    max = u16::MAX
                ));
                u16::MAX
            } else {
                u16::try_from(f.batch).unwrap_or(u16::MAX)
            };
            publish_mode(
                global,
                &a.common,
                f.opts,
                PubMode::Fast {
                    flow,
                    max_outstanding: f.max_outstanding_acks,
                },
            )
            .await
        }
        JsKind::Consume(c) => consume(global, &a.common, Mode::Consume(c)).await,
        JsKind::Fetch(c) => consume(global, &a.common, Mode::Fetch(c)).await,
        JsKind::Ordered(o) => consume(global, &a.common, Mode::Ordered(o)).await,
    }
}

/// A connection's JetStream context.
async fn admin(global: &GlobalOpts) -> anyhow::Result<JetStream> {
    let (opts, settings) = bench_settings(global)?;
    let client = rnats_proto::client::connect(opts)
        .await
        .context("connecting")?;
    Ok(jsapi::context(client, &settings, global.timeout))
}

/// How the publishers publish.
#[derive(Debug, Clone, Copy)]
enum PubMode {
    /// One at a time, waiting for each ack.
    Sync,
    /// Batches of this many, each waiting for all their acks.
    Async(u32),
    /// One fast batch per publisher (ADR-50): the server's flow acks every `flow` messages
    /// at first, with at most `max_outstanding` of them awaited.
    Fast { flow: u16, max_outstanding: u16 },
}

/// The stream natscli's `--create` asks for.
fn stream_config(common: &JsCommonOpts, p: &JsPubOpts) -> StreamConfig {
    StreamConfig {
        subjects: vec![super::subscribe_subject(&p.subject, p.msg.multisubject)],
        retention: Retention::Limits,
        discard: Discard::New,
        storage: p.storage.storage(),
        num_replicas: i64::from(p.replicas),
        max_bytes: i64::try_from(p.maxbytes).unwrap_or(i64::MAX),
        duplicate_window: nanos(p.dedupwindow),
        allow_direct: true,
        ..StreamConfig::new(common.stream.clone())
    }
}

async fn purge(js: &JetStream, stream: &str) -> anyhow::Result<()> {
    log("Purging the stream");
    js.purge_stream(stream, &PurgeRequest::default())
        .await
        .with_context(|| format!("purging stream '{stream}'"))?;
    Ok(())
}

async fn publish(
    global: &GlobalOpts,
    common: &JsCommonOpts,
    p: JsPubOpts,
    batch: Option<u32>,
) -> anyhow::Result<()> {
    let mode = match batch {
        None => PubMode::Sync,
        Some(b) => PubMode::Async(b),
    };
    publish_mode(global, common, p, mode).await
}

async fn publish_mode(
    global: &GlobalOpts,
    common: &JsCommonOpts,
    p: JsPubOpts,
    mode: PubMode,
) -> anyhow::Result<()> {
    let body = payload(common.size, p.msg.payload.as_ref())?;
    let size = body.len() as u64;
    let clients = u64::from(common.clients).min(common.msgs) as u32;
    let label = match mode {
        PubMode::Sync => "JetStream synchronous publisher",
        PubMode::Async(_) => "JetStream asynchronous publisher",
        PubMode::Fast { .. } => "JetStream fast batch publisher",
    };
    let batch = match mode {
        PubMode::Sync => None,
        PubMode::Async(b) => Some(b),
        PubMode::Fast { flow, .. } => Some(u32::from(flow)),
    };
    let mut pairs = common.pairs(size, clients);
    pairs.push((
        "subject",
        super::subscribe_subject(&p.subject, p.msg.multisubject),
    ));
    pairs.push(("multi-subject", p.msg.multisubject.to_string()));
    pairs.push((
        "multi-subject-max",
        crate::kit::numbers::comma(p.msg.multisubjectmax),
    ));
    if let Some(b) = batch {
        pairs.push(("batch", crate::kit::numbers::comma(u64::from(b))));
    }
    pairs.push(("purge", p.purge.to_string()));
    if p.create {
        pairs.push(("storage", p.storage.name().to_string()));
        pairs.push(("max-bytes", crate::kit::numbers::comma(p.maxbytes)));
        pairs.push((
            "replicas",
            crate::kit::numbers::comma(u64::from(p.replicas)),
        ));
        pairs.push(("deduplication", p.dedup.to_string()));
        pairs.push(("dedup-window", duration::humanize(p.dedupwindow)));
    }
    log_banner(label, pairs);

    let api = admin(global).await?;
    if let PubMode::Fast { .. } = mode {
        // natscli: "Fast Batch Publishing requires NATS Server 2.14".
        let level = api.account_info().await.map_or(0, |i| i.api.level);
        if level < 4 {
            bail!(
                "Fast Batch Publishing requires NATS Server 2.14, specify --async for async publishing instead"
            );
        }
    }
    if p.create {
        let mut cfg = stream_config(common, &p);
        // natscli's stream allows batch publishing.
        if let PubMode::Fast { .. } = mode {
            cfg.allow_batched = true;
            cfg.allow_atomic = true;
        }
        api.create_stream(&cfg).await.with_context(|| {
            format!(
                "could not create the stream. If you want to delete and re-define the \
                     stream use `nats stream delete {}`",
                common.stream
            )
        })?;
    }
    api.stream_info(&common.stream)
        .await
        .with_context(|| format!("could not access stream {}", common.stream))?;
    log(&format!("Using stream: {}", common.stream));
    if p.purge {
        purge(&api, &common.stream).await?;
    }
    api.client().close().await;

    let (opts, settings) = bench_settings(global)?;
    let conns = connect_clients(&opts, clients).await?;
    let counts = msgs_per_client(common.msgs, clients);
    let bars = Bars::new(common.progress_enabled());
    let barrier = Arc::new(Barrier::new(conns.len()));
    let headers = crate::kit::headers::parse_headers(&p.msg.header, 0)?;
    let run_id = format!("{:x}", chrono::Utc::now().timestamp_millis());
    let job = Arc::new(PubJob {
        p,
        body,
        headers,
        run_id,
        sleep: common.sleep(),
        mode,
    });
    let mut tasks = Vec::new();
    let mut offset = 0;
    for (i, client) in conns.into_iter().enumerate() {
        log(&format!(
            "[{}] Starting {label}, publishing {} messages",
            i + 1,
            crate::kit::numbers::comma(counts[i])
        ));
        let bar = bars.add(Some(counts[i]));
        let api = jsapi::context(client, &settings, global.timeout);
        let (job, barrier, count, first) = (job.clone(), barrier.clone(), counts[i], offset);
        offset += counts[i];
        tasks.push(tokio::spawn(async move {
            barrier.wait().await;
            let start = Instant::now();
            let r = match job.mode {
                PubMode::Sync => job.publish_sync(&api, i, count, first, &bar).await,
                PubMode::Async(b) => job.publish_async(&api, i, count, first, b, &bar).await,
                PubMode::Fast {
                    flow,
                    max_outstanding,
                } => {
                    job.publish_fast(&api, i, count, first, (flow, max_outstanding), &bar)
                        .await
                }
            };
            let r = match r {
                Ok(lat) => api.client().flush().await.map(|()| lat).context("flushing"),
                Err(e) => Err(e),
            };
            bar.finish();
            api.client().close().await;
            r.map(|lat| {
                let sample = Sample {
                    msgs: count,
                    msg_size: job.body.len() as u64,
                    start,
                    end: Instant::now(),
                };
                (sample, lat)
            })
        }));
    }
    let mut report = Report::default();
    let mut all = Vec::new();
    for (i, t) in tasks.into_iter().enumerate() {
        let (sample, lat) = t
            .await
            .context("publisher task failed")?
            .with_context(|| format!("client {}", i + 1))?;
        report.pubs.samples.push(sample);
        all.extend(lat);
    }
    bars.clear();
    report.latency = Some(Latencies::new(all));
    finish_to(&report, common.csv.as_deref())
}

/// What every publisher of one run shares.
struct PubJob {
    p: JsPubOpts,
    body: Bytes,
    headers: Option<HeaderMap>,
    run_id: String,
    sleep: Option<Duration>,
    mode: PubMode,
}

impl PubJob {
    /// The subject and headers of message `seq` (`Nats-Msg-Id` with `--dedup`).
    fn message(&self, client: usize, seq: u64) -> anyhow::Result<(String, Option<HeaderMap>)> {
        let subject = multisubject(
            &self.p.subject,
            self.p.msg.multisubject,
            self.p.msg.multisubjectmax,
            seq,
        );
        if !self.p.dedup {
            return Ok((subject, self.headers.clone()));
        }
        let mut h = self.headers.clone().unwrap_or_default();
        h.insert("Nats-Msg-Id", &format!("{}-{client}-{seq}", self.run_id))
            .context("setting Nats-Msg-Id")?;
        Ok((subject, Some(h)))
    }

    async fn publish_sync(
        &self,
        api: &JetStream,
        client: usize,
        count: u64,
        offset: u64,
        bar: &ProgressBar,
    ) -> anyhow::Result<Vec<Duration>> {
        let mut latencies = Vec::with_capacity(count as usize);
        for i in 0..count {
            let (subject, headers) = self.message(client, offset + i)?;
            let start = Instant::now();
            api.publish_with_headers(subject, headers, self.body.clone())
                .await
                .context("publishing synchronously")?;
            latencies.push(start.elapsed());
            bar.inc(1);
            if let Some(s) = self.sleep {
                tokio::time::sleep(s).await;
            }
        }
        Ok(latencies)
    }

    async fn publish_async(
        &self,
        api: &JetStream,
        client: usize,
        count: u64,
        offset: u64,
        batch: u32,
        bar: &ProgressBar,
    ) -> anyhow::Result<Vec<Duration>> {
        let c = api.client();
        let inbox = c.new_inbox();
        let mut acks = c.subscribe(format!("{inbox}.*")).await?;
        let mut latencies = Vec::new();
        let mut done = 0u64;
        while done < count {
            let n = u64::from(batch).min(count - done);
            let start = Instant::now();
            for j in 0..n {
                let (subject, headers) = self.message(client, offset + done + j)?;
                c.publish_with_reply(subject, format!("{inbox}.{j}"), headers, self.body.clone())
                    .await
                    .context("publishing asynchronously")?;
                bar.inc(1);
                if let Some(s) = self.sleep {
                    tokio::time::sleep(s).await;
                }
            }
            let deadline = tokio::time::Instant::now() + api.timeout();
            for _ in 0..n {
                let msg = tokio::select! {
                    m = acks.next() => m,
                    _ = tokio::time::sleep_until(deadline) => {
                        bail!("JS PubAsync ack timeout (pending={n})")
                    }
                };
                let Some(msg) = msg else {
                    bail!("the connection closed while waiting for acknowledgements");
                };
                if msg.is_no_responders() {
                    bail!(
                        "async publish acknowledgement is an error: {}",
                        JetStreamError::NoResponders
                    );
                }
                parse_response::<PubAck>(&msg.payload)
                    .context("async publish acknowledgement is an error")?;
            }
            latencies.push(start.elapsed());
            done += n;
        }
        Ok(latencies)
    }

    /// One fast batch (ADR-50, orbit.go's `FastPublisher`): reply subjects
    /// `<inbox>.<flow>.fail.<seq>.<op>.$FI` (op 0 start, 1 append, 3 commit without a
    /// message), the first message waits for the server's first flow ack, and publishing
    /// stalls while more than `max_outstanding` windows of messages wait for their flow ack
    /// (at least one, so that the server always has a full window to acknowledge). A latency is
    /// recorded whenever the acknowledged sequence advances.
    async fn publish_fast(
        &self,
        api: &JetStream,
        client: usize,
        count: u64,
        offset: u64,
        (flow, max_outstanding): (u16, u16),
        bar: &ProgressBar,
    ) -> anyhow::Result<Vec<Duration>> {
        let c = api.client();
        let inbox = c.new_inbox();
        let mut acks = c.subscribe(format!("{inbox}.>")).await?;
        let mut fast = FastState {
            flow: u64::from(flow.max(1)),
            acked: 0,
            latencies: Vec::new(),
            start: Instant::now(),
            done: None,
            heard: false,
        };
        let mut subject = String::new();
        for i in 0..count {
            let seq = i + 1;
            let (s, headers) = self.message(client, offset + i)?;
            subject = s;
            let op = u8::from(seq > 1);
            // Wait while more than `max_outstanding` windows of sent messages wait for their
            // flow ack (what is buffered goes out first). The server acks once a window is
            // stored, so the wait always ends.
            let allowed = fast.flow * u64::from(max_outstanding.max(1));
            if seq - 1 - fast.acked > allowed {
                c.flush().await.context("flushing")?;
                while seq - 1 - fast.acked > fast.flow * u64::from(max_outstanding.max(1)) {
                    fast.wait(&mut acks, api.timeout(), seq).await?;
                }
            }
            let reply = format!("{inbox}.{}.fail.{seq}.{op}.$FI", fast.flow);
            c.publish_with_reply(subject.clone(), reply, headers, self.body.clone())
                .await
                .context("fast batch publishing")?;
            if seq == 1 {
                // The first flow ack sets the window.
                c.flush().await.context("flushing")?;
                while !fast.heard {
                    if fast.wait(&mut acks, api.timeout(), seq).await? {
                        break;
                    }
                }
            }
            while let Some(m) = acks.try_next() {
                fast.take(&m)?;
            }
            bar.inc(1);
            if let Some(s) = self.sleep {
                tokio::time::sleep(s).await;
            }
        }
        // Commit: an end-of-batch message without a payload of its own.
        let seq = count + 1;
        let reply = format!("{inbox}.{}.fail.{seq}.3.$FI", fast.flow);
        c.publish_with_reply(subject, reply, None, Bytes::new())
            .await
            .context("fast batch publishing")?;
        c.flush().await.context("flushing")?;
        let deadline = tokio::time::Instant::now() + api.timeout();
        while fast.done.is_none() {
            let m = tokio::select! {
                m = acks.next() => m,
                _ = tokio::time::sleep_until(deadline) => bail!("fast batch publishing: batch commit timeout"),
            };
            let Some(m) = m else {
                bail!("the connection closed while waiting for acknowledgements");
            };
            fast.take(&m)?;
        }
        let committed = fast.done.unwrap_or(0);
        if committed != count {
            bail!("fast batch publishing: {committed} of {count} messages committed");
        }
        if committed > fast.acked {
            fast.latencies.push(fast.start.elapsed());
        }
        Ok(fast.latencies)
    }
}

/// A fast batch publisher's view of the server's answers.
struct FastState {
    /// The current flow window (messages between flow acks).
    flow: u64,
    /// The highest batch sequence acknowledged.
    acked: u64,
    latencies: Vec<Duration>,
    /// When the current latency interval began.
    start: Instant,
    /// The committed batch's `count`, once its PubAck came.
    done: Option<u64>,
    /// The first flow ack came.
    heard: bool,
}

impl FastState {
    /// Waits for one answer (within `timeout`) and takes it; true when the batch is done.
    async fn wait(
        &mut self,
        acks: &mut Subscriber,
        timeout: Duration,
        seq: u64,
    ) -> anyhow::Result<bool> {
        let m = tokio::time::timeout(timeout, acks.next())
            .await
            .map_err(|_| {
                anyhow::anyhow!("fast batch publishing: batch message {seq} ack timeout")
            })?;
        let Some(m) = m else {
            bail!("the connection closed while waiting for acknowledgements");
        };
        self.take(&m)?;
        Ok(self.done.is_some())
    }

    /// Takes one answer: a flow ack, a gap or error report, or the commit's PubAck.
    fn take(&mut self, m: &Message) -> anyhow::Result<()> {
        if m.is_no_responders() {
            bail!("fast batch publishing: {}", JetStreamError::NoResponders);
        }
        let v: serde_json::Value =
            serde_json::from_slice(&m.payload).context("fast batch publishing: bad answer")?;
        if let Some(e) = v.get("error").filter(|e| !e.is_null()) {
            let text = e["description"].as_str().unwrap_or("unknown error");
            bail!("fast batch publishing: {text}");
        }
        if v.get("batch").is_some() {
            self.done = Some(v["count"].as_u64().unwrap_or(0));
            return Ok(());
        }
        match v["type"].as_str() {
            Some("ack") => {
                self.heard = true;
                let seq = v["seq"].as_u64().unwrap_or(0);
                if let Some(msgs) = v["msgs"].as_u64().filter(|n| *n > 0) {
                    self.flow = msgs;
                }
                if seq > self.acked {
                    self.acked = seq;
                    self.latencies.push(self.start.elapsed());
                    self.start = Instant::now();
                }
                Ok(())
            }
            Some("gap") => bail!(
                "fast batch publishing: gap detected: last sequence {}; current sequence {}",
                v["last_seq"],
                v["seq"]
            ),
            _ => bail!("fast batch publishing: unexpected answer {v}"),
        }
    }
}

/// The consuming benchmarks.
enum Mode {
    Consume(ConsumerArgs),
    Fetch(ConsumerArgs),
    Ordered(OrderedArgs),
}

impl Mode {
    fn label(&self) -> &'static str {
        match self {
            Mode::Consume(_) => "JetStream durable consumer (callback)",
            Mode::Fetch(_) => "JetStream durable consumer (fetch)",
            Mode::Ordered(_) => "JetStream ordered ephemeral consumer",
        }
    }

    fn batch(&self) -> u32 {
        match self {
            Mode::Consume(c) | Mode::Fetch(c) => c.batch,
            Mode::Ordered(o) => o.batch,
        }
    }

    fn purge(&self) -> bool {
        match self {
            Mode::Consume(c) | Mode::Fetch(c) => c.purge,
            Mode::Ordered(o) => o.purge,
        }
    }

    fn filter(&self) -> &[String] {
        match self {
            Mode::Consume(c) | Mode::Fetch(c) => &c.filter,
            Mode::Ordered(o) => &o.filter,
        }
    }

    fn acks(&self) -> AckMode {
        match self {
            Mode::Consume(c) | Mode::Fetch(c) => c.acks,
            Mode::Ordered(_) => AckMode::None,
        }
    }

    fn doubleack(&self) -> bool {
        match self {
            Mode::Consume(c) | Mode::Fetch(c) => c.doubleack,
            Mode::Ordered(_) => false,
        }
    }
}

/// The durable consumer natscli creates for `consume` and `fetch`.
fn durable_config(c: &ConsumerArgs, clients: u32) -> ConsumerConfig {
    ConsumerConfig {
        durable_name: c.consumer.clone(),
        deliver_policy: DeliverPolicy::All,
        ack_policy: c.acks.policy(),
        replay_policy: ReplayPolicy::Instant,
        max_ack_pending: i64::from(c.batch) * i64::from(clients),
        inactive_threshold: nanos(INACTIVE_THRESHOLD),
        filter_subjects: c.filter.clone(),
        ..ConsumerConfig::default()
    }
}

/// An ordered consumer: ephemeral, in memory, unacknowledged, delivered once.
fn ordered_config(o: &OrderedArgs) -> ConsumerConfig {
    ConsumerConfig {
        name: rnats_proto::nuid::next(),
        deliver_policy: DeliverPolicy::All,
        ack_policy: AckPolicy::None,
        replay_policy: ReplayPolicy::Instant,
        max_deliver: 1,
        mem_storage: true,
        num_replicas: 1,
        inactive_threshold: nanos(INACTIVE_THRESHOLD),
        filter_subjects: o.filter.clone(),
        ..ConsumerConfig::default()
    }
}

async fn consume(global: &GlobalOpts, common: &JsCommonOpts, mode: Mode) -> anyhow::Result<()> {
    let label = mode.label();
    let mut pairs = common.pairs(common.size, common.clients);
    pairs.push(("purge", mode.purge().to_string()));
    if !mode.filter().is_empty() {
        pairs.push(("filter", mode.filter().join(",")));
    }
    if let Mode::Consume(c) | Mode::Fetch(c) = &mode {
        pairs.push(("consumer", c.consumer.clone()));
        pairs.push(("acks", c.acks.name().to_string()));
        pairs.push(("double-acked", c.doubleack.to_string()));
        pairs.push(("batch", crate::kit::numbers::comma(u64::from(c.batch))));
    }
    log_banner(label, pairs);

    let api = admin(global).await?;
    if mode.purge() {
        purge(&api, &common.stream).await?;
    }
    if let Mode::Consume(c) | Mode::Fetch(c) = &mode {
        if c.consumer == DEFAULT_CONSUMER {
            api.create_consumer(&common.stream, &durable_config(c, common.clients))
                .await
                .with_context(|| format!("creating the durable consumer '{}'", c.consumer))?;
        }
    }
    api.client().close().await;

    let (opts, settings) = bench_settings(global)?;
    let conns = connect_clients(&opts, common.clients).await?;
    // An ordered consumer reads the whole stream; durable clients share it.
    let counts = match mode {
        Mode::Ordered(_) => vec![common.msgs; conns.len()],
        _ => msgs_per_client(common.msgs, common.clients),
    };
    let bars = Bars::new(common.progress_enabled());
    let mode = Arc::new(mode);
    let mut tasks = Vec::new();
    for (i, client) in conns.into_iter().enumerate() {
        let api = jsapi::context(client, &settings, global.timeout);
        let count = counts[i];
        log(&format!(
            "[{}] Starting {label}, expecting {} messages",
            i + 1,
            crate::kit::numbers::comma(count)
        ));
        let consumer = match &*mode {
            Mode::Consume(c) | Mode::Fetch(c) => {
                api.stream_info(&common.stream)
                    .await
                    .with_context(|| format!("getting stream '{}'", common.stream))?;
                api.consumer_info(&common.stream, &c.consumer)
                    .await
                    .with_context(|| format!("getting durable consumer '{}'", c.consumer))?;
                c.consumer.clone()
            }
            Mode::Ordered(o) => {
                api.create_consumer(&common.stream, &ordered_config(o))
                    .await
                    .context("creating the ephemeral ordered consumer")?
                    .name
            }
        };
        let bar = bars.add(Some(count));
        let reader = Reader {
            next_subject: format!(
                "{}.CONSUMER.MSG.NEXT.{}.{consumer}",
                api.prefix(),
                common.stream
            ),
            inbox: api.client().new_inbox(),
            api,
            mode: mode.clone(),
            sleep: common.sleep(),
            bar,
            first: None,
            last: Instant::now(),
            bytes: 0,
            received: 0,
            next_cseq: 1,
        };
        tasks.push(tokio::spawn(async move { reader.run(count).await }));
    }
    let mut report = Report::default();
    let mut all = Vec::new();
    for (i, t) in tasks.into_iter().enumerate() {
        let (sample, lat) = t
            .await
            .context("consumer task failed")?
            .with_context(|| format!("client {}", i + 1))?;
        report.subs.samples.push(sample);
        all.extend(lat);
    }
    bars.clear();
    if matches!(*mode, Mode::Fetch(_)) {
        report.latency = Some(Latencies::new(all));
    }
    finish_to(&report, common.csv.as_deref())
}

/// One consuming client.
struct Reader {
    api: JetStream,
    mode: Arc<Mode>,
    next_subject: String,
    inbox: String,
    sleep: Option<Duration>,
    bar: ProgressBar,
    first: Option<Instant>,
    last: Instant,
    bytes: u64,
    received: u64,
    /// The ordered consumer's next expected consumer sequence.
    next_cseq: u64,
}

/// What one message from a pull inbox was.
enum Pulled {
    /// A stream message (counted and acknowledged).
    Data,
    /// A heartbeat or another status that changes nothing.
    Idle,
    /// The pull request ended (expired, or the server dropped it) with this many messages
    /// still undelivered.
    Ended(u64),
}

impl Reader {
    async fn run(mut self, count: u64) -> anyhow::Result<(Sample, Vec<Duration>)> {
        let mut sub = self.api.client().subscribe(self.inbox.clone()).await?;
        self.api.client().flush().await.context("flushing")?;
        let result = if count == 0 {
            Ok(Vec::new())
        } else if matches!(*self.mode, Mode::Fetch(_)) {
            self.fetch(&mut sub, count).await
        } else {
            self.pull_continuously(&mut sub, count)
                .await
                .map(|()| Vec::new())
        };
        self.bar.set_position(self.received);
        self.bar.finish();
        self.api.client().close().await;
        let latencies = result?;
        let start = self.first.unwrap_or(self.last);
        Ok((
            Sample {
                msgs: self.received,
                msg_size: self.bytes / self.received.max(1),
                start,
                end: self.last,
            },
            latencies,
        ))
    }

    /// Sends a pull request for `batch` messages.
    async fn pull(&self, batch: u64) -> anyhow::Result<()> {
        let body = serde_json::to_vec(&NextRequest {
            batch,
            expires: nanos(PULL_EXPIRES),
            ..NextRequest::default()
        })
        .context("encoding the pull request")?;
        self.api
            .client()
            .publish_with_reply(
                self.next_subject.clone(),
                self.inbox.clone(),
                None,
                Bytes::from(body),
            )
            .await
            .context("sending the pull request")?;
        Ok(())
    }

    /// The next message of the inbox, bounded by the pull expiry plus a grace period.
    async fn next(&self, sub: &mut Subscriber) -> anyhow::Result<Message> {
        let deadline = tokio::time::Instant::now() + PULL_EXPIRES + PULL_GRACE;
        tokio::select! {
            m = sub.next() => m.context("the connection closed while consuming"),
            _ = sleep_until_opt(Some(deadline)) => {
                bail!("no message from the consumer within {}", duration_string(PULL_EXPIRES + PULL_GRACE))
            }
        }
    }

    /// Classifies, counts and acknowledges one inbox message.
    async fn handle(&mut self, msg: Message) -> anyhow::Result<Pulled> {
        match msg.status() {
            None => {}
            Some(100) => return Ok(Pulled::Idle),
            Some(404 | 408 | 409) => {
                let pending = msg
                    .headers
                    .as_ref()
                    .and_then(|h| h.get("Nats-Pending-Messages"))
                    .and_then(|v| v.trim().parse().ok())
                    .unwrap_or(0);
                if msg.status() == Some(409) {
                    let why = msg.description().unwrap_or_default();
                    // A pull ended by its own limits is not an error; anything else is.
                    if !why.contains("Exceeded Max") && !why.contains("Message Size Exceeds") {
                        bail!("the consumer refused the pull request: 409 {why}");
                    }
                }
                return Ok(Pulled::Ended(pending));
            }
            Some(code) => bail!(
                "unexpected status from the consumer: {code} {}",
                msg.description().unwrap_or_default()
            ),
        }
        let now = Instant::now();
        self.first.get_or_insert(now);
        self.last = now;
        self.received += 1;
        self.bytes += msg.length as u64;
        if self.received.is_multiple_of(PROGRESS_STEP) {
            self.bar.inc(PROGRESS_STEP);
        }
        if let Mode::Ordered(_) = *self.mode {
            let cseq = msg
                .reply
                .as_deref()
                .and_then(MsgMetadata::from_reply)
                .map(|m| m.consumer_seq);
            if cseq != Some(self.next_cseq) {
                bail!(
                    "ordered consumer: expected consumer sequence {}, got {cseq:?}",
                    self.next_cseq
                );
            }
            self.next_cseq += 1;
        }
        if let Some(s) = self.sleep {
            tokio::time::sleep(s).await;
        }
        if self.mode.acks() != AckMode::None {
            let Some(reply) = msg.reply else {
                bail!("a message without a reply subject cannot be acknowledged");
            };
            let c = self.api.client();
            if self.mode.doubleack() {
                c.request_with(reply, None, Bytes::from_static(b"+ACK"), self.api.timeout())
                    .await
                    .context("acknowledging the message")?;
            } else {
                c.publish(reply, Bytes::from_static(b"+ACK"))
                    .await
                    .context("acknowledging the message")?;
            }
        }
        Ok(Pulled::Data)
    }

    /// `fetch`: one pull request of up to `--batch` messages at a time, each timed.
    async fn fetch(&mut self, sub: &mut Subscriber, count: u64) -> anyhow::Result<Vec<Duration>> {
        let batch = u64::from(self.mode.batch()).max(1);
        let mut latencies = Vec::new();
        while self.received < count {
            let want = batch.min(count - self.received);
            let start = Instant::now();
            self.pull(want).await?;
            let mut got = 0;
            while got < want {
                let msg = self.next(sub).await?;
                match self.handle(msg).await? {
                    Pulled::Data => got += 1,
                    Pulled::Idle => {}
                    Pulled::Ended(_) => break,
                }
            }
            if got == 0 {
                bail!(
                    "fetching from the consumer: no messages within {} ({} of {} received)",
                    duration_string(PULL_EXPIRES),
                    self.received,
                    count
                );
            }
            latencies.push(start.elapsed());
        }
        Ok(latencies)
    }

    /// `consume` and `ordered`: keeps up to `--batch` messages requested, asking for more
    /// when half have arrived, never beyond `count` in all.
    async fn pull_continuously(&mut self, sub: &mut Subscriber, count: u64) -> anyhow::Result<()> {
        let batch = u64::from(self.mode.batch()).max(1);
        let threshold = batch / 2;
        let mut outstanding = 0u64;
        let mut requested = 0u64;
        while self.received < count {
            if outstanding <= threshold && requested < count {
                let want = (batch - outstanding).min(count - requested);
                if want > 0 {
                    self.pull(want).await?;
                    outstanding += want;
                    requested += want;
                }
            }
            let msg = self.next(sub).await?;
            match self.handle(msg).await? {
                Pulled::Data => {
                    outstanding = outstanding.saturating_sub(1);
                }
                Pulled::Idle => {}
                Pulled::Ended(pending) => {
                    outstanding = outstanding.saturating_sub(pending);
                    requested = requested.saturating_sub(pending);
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn configs_follow_natscli() {
        let c = ConsumerArgs {
            consumer: DEFAULT_CONSUMER.into(),
            batch: 100,
            acks: AckMode::All,
            doubleack: false,
            filter: vec![],
            purge: false,
        };
        let cfg = serde_json::to_value(durable_config(&c, 3)).expect("json");
        assert_eq!(cfg["max_ack_pending"], 300);
        assert_eq!(cfg["ack_policy"], "all");
        assert_eq!(cfg["inactive_threshold"], 10_000_000_000u64);
        assert!(cfg.get("filter_subjects").is_none());
    }
}
