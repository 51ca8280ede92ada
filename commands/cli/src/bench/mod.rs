//! `nats bench`: natscli's benchmark utility for core NATS.
//!
//! `bench pub SUBJ` and `bench sub SUBJ` measure publish and delivery throughput,
//! `bench service request SUBJ` / `bench service serve SUBJ` measure request-reply. Every
//! client is its own connection; all clients of a run start together. Publishers pipeline:
//! many `publish` calls queue into the client's write buffer and one `flush` at the end waits
//! for the server to have them all. Subscribers count every message and time from the first to
//! the last; their connections get a very large subscription buffer so a bench subscriber never
//! drops (a drop is reported). `--duration` runs for a time instead of a count. Output is
//! natscli's report ([`stats::Report`]); `--csv FILE` saves the per-client samples.
//!
//! Differences from natscli, all documented in the help: `bench sub --queue NAME` joins a
//! queue group (the group as a whole then expects `--msgs`), `service serve` answers on a
//! plain queue subscription (group `q`, as the micro framework uses) without the `$SRV`
//! discovery endpoints. natscli's JetStream benchmarks are in [`js`], its KV benchmarks in
//! [`kv`]; the old-API JetStream benchmarks (`oldjs`) are recognised and refused with an
//! error.

pub mod heap;
pub mod js;
pub mod kv;
pub mod stats;

use crate::kit::connect;
use crate::kit::duration;
use crate::kit::output::log;
use crate::options::GlobalOpts;
use anyhow::{bail, Context as _};
use bytes::Bytes;
use clap::{Args, Subcommand};
use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle};
use rnats_proto::client::{self, Client, ClientEvent, ConnectOptions};
use rnats_proto::kit::context::{Settings, Store};
use rnats_proto::kit::format::duration_string;
use rnats_proto::HeaderMap;
use stats::{Latencies, Report, Sample};
use std::io::{IsTerminal as _, Write as _};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::{watch, Barrier};

/// Subscription buffer of a bench connection: large enough that a subscriber never drops.
const BENCH_SUBSCRIPTION_CAPACITY: usize = 4 * 1024 * 1024;

/// Most messages one subscriber takes from its channel per wake-up.
const RECV_BATCH: usize = 256;

/// How many messages a progress bar advances at once (keeps the bar off the hot loop).
const PROGRESS_STEP: u64 = 1024;

/// The queue group `service serve` answers in (the micro framework's default).
const SERVICE_QUEUE: &str = "q";

/// Benchmark utility
#[derive(Debug, Clone, Args)]
pub struct BenchArgs {
    /// The benchmark to run.
    #[command(subcommand)]
    pub kind: BenchKind,
}

/// The benchmarks.
#[derive(Debug, Clone, Subcommand)]
pub enum BenchKind {
    /// Publish Core NATS messages
    Pub(PubArgs),
    /// Subscribe to Core NATS messages
    Sub(SubArgs),
    /// Micro-service mode
    Service(ServiceArgs),
    /// JetStream benchmark commands
    Js(js::JsArgs),
    /// KV benchmark operations
    Kv(kv::KvArgs),
    /// JetStream benchmark commands using the old JS API (not in this build yet)
    #[command(hide = true)]
    Oldjs(NotYet),
}

/// Arguments of a benchmark this build does not have; any are accepted and the run refused.
#[derive(Debug, Clone, Args)]
pub struct NotYet {
    /// Ignored: the benchmark is refused.
    #[arg(trailing_var_arg = true, allow_hyphen_values = true, hide = true)]
    pub args: Vec<String>,
}

/// Flags every benchmark has.
#[derive(Debug, Clone, Args)]
pub struct CommonOpts {
    /// Number of concurrent clients
    #[arg(long, default_value_t = 1, value_name = "CLIENTS")]
    pub clients: u32,

    /// Number of messages to publish or subscribe to
    #[arg(long, default_value_t = 100_000, value_name = "MSGS")]
    pub msgs: u64,

    /// Run for this long instead of a message count (e.g. 10s, 1m)
    #[arg(long, value_name = "DURATION", value_parser = duration::parse)]
    pub duration: Option<Duration>,

    /// Enable the progress bar (default: when stderr is a terminal)
    #[arg(long, overrides_with = "no_progress")]
    pub progress: bool,

    /// Disable the progress bar
    #[arg(long = "no-progress")]
    pub no_progress: bool,

    /// Save benchmark data to CSV file
    #[arg(long, value_name = "FILE")]
    pub csv: Option<PathBuf>,

    /// Size of the test messages (B, KB, MB; powers of 1024)
    #[arg(long, default_value = "128", value_name = "SIZE", value_parser = crate::kit::numbers::parse_size)]
    pub size: u64,
}

impl CommonOpts {
    fn progress_enabled(&self) -> bool {
        if self.no_progress {
            false
        } else {
            self.progress || std::io::stderr().is_terminal()
        }
    }

    fn validate(&self) -> anyhow::Result<()> {
        if self.msgs == 0 && self.duration.is_none() {
            bail!("number of messages should be greater than 0");
        }
        if self.clients == 0 {
            bail!("number of clients should be greater than 0");
        }
        if self.duration.is_some_and(|d| d.is_zero()) {
            bail!("the duration should be greater than 0");
        }
        Ok(())
    }
}

/// Publish Core NATS messages
#[derive(Debug, Clone, Args)]
pub struct PubArgs {
    /// Subject to use for the benchmark
    pub subject: String,

    /// Shared flags.
    #[command(flatten)]
    pub common: CommonOpts,

    /// Sleep for the specified interval between publications
    #[arg(long, value_name = "DURATION", value_parser = duration::parse)]
    pub sleep: Option<Duration>,

    /// Subjects, payload and headers of the messages.
    #[command(flatten)]
    pub msg: MessageOpts,
}

/// The message flags `bench pub` and `bench js pub` share.
#[derive(Debug, Clone, Args)]
pub struct MessageOpts {
    /// Multi-subject mode, each message is published on a subject that includes the
    /// publisher's message sequence number as a token
    #[arg(long)]
    pub multisubject: bool,

    /// The maximum number of subjects to use in multi-subject mode (0 means no max)
    #[arg(long, default_value_t = 100_000, value_name = "MULTISUBJECTMAX")]
    pub multisubjectmax: u64,

    /// File containing a message payload to send (instead of --size zero bytes)
    #[arg(long, value_name = "FILE")]
    pub payload: Option<PathBuf>,

    /// Adds headers to the message using K:V format
    #[arg(short = 'H', long = "header", value_name = "K:V")]
    pub header: Vec<String>,
}

/// Subscribe to Core NATS messages
#[derive(Debug, Clone, Args)]
pub struct SubArgs {
    /// Subject to use for the benchmark
    pub subject: String,

    /// Shared flags.
    #[command(flatten)]
    pub common: CommonOpts,

    /// Multi-subject mode: subscribe to SUBJECT.* (see `bench pub --multisubject`)
    #[arg(long)]
    pub multisubject: bool,

    /// Join this queue group (rnats extension); the group as a whole expects --msgs messages
    #[arg(long, value_name = "GROUP")]
    pub queue: Option<String>,
}

/// Micro-service mode
#[derive(Debug, Clone, Args)]
pub struct ServiceArgs {
    /// The service benchmark.
    #[command(subcommand)]
    pub kind: ServiceKind,
}

/// The request-reply benchmarks.
#[derive(Debug, Clone, Subcommand)]
pub enum ServiceKind {
    /// Send a request and wait for its reply
    Request(RequestArgs),
    /// Service requests
    Serve(ServeArgs),
}

/// Send a request and wait for its reply
#[derive(Debug, Clone, Args)]
pub struct RequestArgs {
    /// Subject to use for the benchmark
    pub subject: String,

    /// Shared flags.
    #[command(flatten)]
    pub common: CommonOpts,

    /// Sleep for the specified interval between requests
    #[arg(long, value_name = "DURATION", value_parser = duration::parse)]
    pub sleep: Option<Duration>,

    /// File containing the payload to send (instead of --size zero bytes)
    #[arg(long, value_name = "FILE")]
    pub payload: Option<PathBuf>,

    /// Adds headers to the message using K:V format
    #[arg(short = 'H', long = "header", value_name = "K:V")]
    pub header: Vec<String>,
}

/// Service requests (until interrupted)
#[derive(Debug, Clone, Args)]
pub struct ServeArgs {
    /// Subject to use for the benchmark
    pub subject: String,

    /// Shared flags (only --clients applies: serving is open-ended).
    #[command(flatten)]
    pub common: CommonOpts,

    /// Sleep for the specified interval before replying to each request
    #[arg(long, value_name = "DURATION", value_parser = duration::parse)]
    pub sleep: Option<Duration>,
}

/// Runs `nats bench ...` on its own multi-threaded runtime (clients and their connection
/// tasks run in parallel, as natscli's goroutines do).
pub fn run(global: GlobalOpts, args: BenchArgs) -> anyhow::Result<ExitCode> {
    let name = match &args.kind {
        BenchKind::Oldjs(_) => Some("oldjs"),
        _ => None,
    };
    if let Some(name) = name {
        bail!("`bench {name}` is not yet supported by rnats");
    }
    heap::tune();
    // One requester or replier: a single-threaded runtime keeps the connection task and the
    // caller on one thread, so a round trip costs no cross-thread wake-up in the client and
    // the latency measured is the server's.
    let single = match &args.kind {
        BenchKind::Service(ServiceArgs {
            kind: ServiceKind::Request(a),
        }) => a.common.clients == 1,
        BenchKind::Service(ServiceArgs {
            kind: ServiceKind::Serve(a),
        }) => a.common.clients == 1,
        _ => false,
    };
    let rt = if single {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
    } else {
        tokio::runtime::Builder::new_multi_thread()
            .enable_all()
            .build()
    }
    .context("starting the async runtime")?;
    let result = rt.block_on(async move {
        match args.kind {
            BenchKind::Pub(a) => bench_pub(&global, a).await,
            BenchKind::Sub(a) => bench_sub(&global, a).await,
            BenchKind::Service(ServiceArgs {
                kind: ServiceKind::Request(a),
            }) => bench_request(&global, a).await,
            BenchKind::Service(ServiceArgs {
                kind: ServiceKind::Serve(a),
            }) => bench_serve(&global, a).await,
            BenchKind::Js(a) => js::run(&global, a).await,
            BenchKind::Kv(a) => kv::run(&global, a).await,
            BenchKind::Oldjs(_) => {
                bail!("not yet supported")
            }
        }
    });
    rt.shutdown_background();
    result.map(|()| ExitCode::SUCCESS)
}

/// The client options of the effective context, with a bench-sized subscription buffer.
fn bench_options(global: &GlobalOpts) -> anyhow::Result<ConnectOptions> {
    bench_settings(global).map(|(opts, _)| opts)
}

/// [`bench_options`] and the effective context they come from.
fn bench_settings(global: &GlobalOpts) -> anyhow::Result<(ConnectOptions, Settings)> {
    let store = Store::from_env()?;
    let (settings, _) = global.effective(&store)?;
    let mut opts = connect::connect_options(&settings, global)?;
    opts.subscription_capacity = BENCH_SUBSCRIPTION_CAPACITY;
    Ok((opts, settings))
}

/// Opens `n` connections, logging slow-consumer drops (which would spoil a measurement).
async fn connect_clients(opts: &ConnectOptions, n: u32) -> anyhow::Result<Vec<Client>> {
    let mut clients = Vec::with_capacity(n as usize);
    for i in 0..n {
        let c = client::connect(opts.clone())
            .await
            .with_context(|| format!("client number {i} failed to connect"))?;
        let mut events = c.events();
        tokio::spawn(async move {
            use tokio::sync::broadcast::error::RecvError;
            loop {
                match events.recv().await {
                    Ok(ClientEvent::SlowConsumer) => {
                        log(&format!("Client {i}: slow consumer, messages dropped"))
                    }
                    Ok(ClientEvent::Disconnected) => log(&format!("Client {i}: disconnected")),
                    Ok(ClientEvent::ServerError(e)) | Ok(ClientEvent::Error(e)) => {
                        log(&format!("Client {i}: {e}"))
                    }
                    Ok(ClientEvent::Closed) | Err(RecvError::Closed) => break,
                    Ok(_) | Err(RecvError::Lagged(_)) => {}
                }
            }
        });
        clients.push(c);
    }
    Ok(clients)
}

/// The progress bars of a run (hidden when disabled).
struct Bars {
    multi: MultiProgress,
    enabled: bool,
}

impl Bars {
    fn new(enabled: bool) -> Bars {
        let target = if enabled {
            ProgressDrawTarget::stderr()
        } else {
            ProgressDrawTarget::hidden()
        };
        Bars {
            multi: MultiProgress::with_draw_target(target),
            enabled,
        }
    }

    /// A bar for `total` messages, or a counter when the run is timed.
    fn add(&self, total: Option<u64>) -> ProgressBar {
        if !self.enabled {
            return ProgressBar::hidden();
        }
        let bar = match total {
            Some(n) => ProgressBar::new(n).with_style(
                ProgressStyle::with_template("{elapsed:>4} [{bar:40}] {percent:>3}% {pos}/{len}")
                    .unwrap_or_else(|_| ProgressStyle::default_bar())
                    .progress_chars("=> "),
            ),
            None => ProgressBar::new_spinner().with_style(
                ProgressStyle::with_template("{elapsed:>4} {spinner} {pos} msgs")
                    .unwrap_or_else(|_| ProgressStyle::default_spinner()),
            ),
        };
        self.multi.add(bar)
    }

    fn clear(&self) {
        let _ = self.multi.clear();
    }
}

/// natscli's `MsgsPerClient`: `total` split as evenly as possible, the first clients taking
/// the remainder.
pub fn msgs_per_client(total: u64, clients: u32) -> Vec<u64> {
    let n = u64::from(clients.max(1));
    (0..n)
        .map(|i| total / n + u64::from(i < total % n))
        .collect()
}

/// The payload: the file's contents, else `size` zero bytes.
fn payload(size: u64, file: Option<&PathBuf>) -> anyhow::Result<Bytes> {
    match file {
        Some(path) => Ok(Bytes::from(
            std::fs::read(path).with_context(|| format!("reading {}", path.display()))?,
        )),
        None => Ok(Bytes::from(vec![0u8; size as usize])),
    }
}

/// natscli's banner: `Starting <label> benchmark [k=v, ...]` with keys sorted.
fn banner(label: &str, mut pairs: Vec<(&str, String)>, common: &CommonOpts, size: u64) {
    pairs.push(("msgs", crate::kit::numbers::comma(common.msgs)));
    pairs.push(("msg-size", rnats_proto::kit::format::ibytes(size)));
    pairs.push((
        "clients",
        crate::kit::numbers::comma(u64::from(common.clients)),
    ));
    if let Some(d) = common.duration {
        pairs.push(("duration", duration_string(d)));
    }
    log_banner(label, pairs);
}

/// Logs `Starting <label> benchmark [k=v, ...]` with the keys sorted.
fn log_banner(label: &str, mut pairs: Vec<(&str, String)>) {
    pairs.sort_by(|a, b| a.0.cmp(b.0));
    let body: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={v}")).collect();
    log(&format!("Starting {label} benchmark [{}]", body.join(", ")));
}

fn sleep_text(d: Option<Duration>) -> String {
    duration_string(d.unwrap_or_default())
}

/// Prints the report and writes the CSV.
fn finish(report: &Report, common: &CommonOpts) -> anyhow::Result<()> {
    finish_to(report, common.csv.as_deref())
}

/// Prints the report and writes the CSV to `csv` when given.
fn finish_to(report: &Report, csv: Option<&std::path::Path>) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    writeln!(out)?;
    write!(out, "{}", report.render())?;
    if let Some(path) = csv {
        let run_id = rnats_proto::nuid::next();
        std::fs::write(path, report.csv(&run_id))
            .with_context(|| format!("writing file {}", path.display()))?;
        writeln!(out, "Saved metric data in csv file {}", path.display())?;
    }
    out.flush()?;
    Ok(())
}

/// How a client's loop decides it is done.
#[derive(Debug, Clone, Copy)]
enum Limit {
    Count(u64),
    Time(Duration),
}

impl Limit {
    fn total(self) -> Option<u64> {
        match self {
            Limit::Count(n) => Some(n),
            Limit::Time(_) => None,
        }
    }
}

async fn bench_pub(global: &GlobalOpts, a: PubArgs) -> anyhow::Result<()> {
    a.common.validate()?;
    let body = payload(a.common.size, a.msg.payload.as_ref())?;
    let size = body.len() as u64;
    let headers = crate::kit::headers::parse_headers(&a.msg.header, 0)?;
    banner(
        "Core NATS publish",
        vec![
            ("subject", subscribe_subject(&a.subject, a.msg.multisubject)),
            ("multi-subject", a.msg.multisubject.to_string()),
            (
                "multi-subject-max",
                crate::kit::numbers::comma(a.msg.multisubjectmax),
            ),
            ("sleep", sleep_text(a.sleep)),
        ],
        &a.common,
        size,
    );
    let opts = bench_options(global)?;
    let clients = connect_clients(&opts, a.common.clients).await?;
    let counts = msgs_per_client(a.common.msgs, a.common.clients);
    let bars = Bars::new(a.common.progress_enabled());
    let barrier = Arc::new(Barrier::new(clients.len()));
    let a = Arc::new(a);
    let mut tasks = Vec::new();
    let mut offset = 0;
    for (i, client) in clients.into_iter().enumerate() {
        let limit = match a.common.duration {
            Some(d) => Limit::Time(d),
            None => Limit::Count(counts[i]),
        };
        if let Limit::Count(n) = limit {
            log(&format!(
                "Starting publisher, publishing {} messages",
                crate::kit::numbers::comma(n)
            ));
        }
        let bar = bars.add(limit.total());
        let (a, body, headers, barrier) =
            (a.clone(), body.clone(), headers.clone(), barrier.clone());
        let first = offset;
        offset += counts[i];
        tasks.push(tokio::spawn(async move {
            barrier.wait().await;
            let r = publisher(&client, &a, limit, first, body, headers, &bar).await;
            bar.finish();
            client.close().await;
            r
        }));
    }
    let mut report = Report::default();
    for (i, t) in tasks.into_iter().enumerate() {
        let s = t
            .await
            .context("publisher task failed")?
            .with_context(|| format!("client {i}"))?;
        report.pubs.samples.push(Sample {
            msg_size: size,
            ..s
        });
    }
    bars.clear();
    finish(&report, &a.common)
}

/// The subscription subject: `SUBJ.*` in multi-subject mode.
fn subscribe_subject(subject: &str, multi: bool) -> String {
    if multi {
        format!("{subject}.*")
    } else {
        subject.to_string()
    }
}

/// The subject of message `seq` (`SUBJ.<seq mod max>`, zero-padded, in multi-subject mode).
fn publish_subject(a: &PubArgs, seq: u64) -> String {
    multisubject(&a.subject, a.msg.multisubject, a.msg.multisubjectmax, seq)
}

/// `subject`, or in multi-subject mode `subject.<seq mod max>` zero-padded to the width of
/// `max` (`subject.<seq>` when `max` is 0).
fn multisubject(subject: &str, multi: bool, max: u64, seq: u64) -> String {
    if !multi {
        return subject.to_string();
    }
    if max == 0 {
        return format!("{subject}.{seq}");
    }
    let width = max.to_string().len();
    format!("{subject}.{:0width$}", seq % max)
}

async fn publisher(
    client: &Client,
    a: &PubArgs,
    limit: Limit,
    offset: u64,
    body: Bytes,
    headers: Option<HeaderMap>,
    bar: &ProgressBar,
) -> anyhow::Result<Sample> {
    let start = Instant::now();
    let mut sent = 0u64;
    loop {
        match limit {
            Limit::Count(n) if sent >= n => break,
            Limit::Time(d) if start.elapsed() >= d => break,
            _ => {}
        }
        let subject = publish_subject(a, sent + offset);
        match &headers {
            Some(h) => {
                client
                    .publish_with_headers(subject, h.clone(), body.clone())
                    .await?
            }
            None => client.publish(subject, body.clone()).await?,
        }
        sent += 1;
        if sent.is_multiple_of(PROGRESS_STEP) {
            bar.inc(PROGRESS_STEP);
        }
        if let Some(s) = a.sleep.filter(|s| !s.is_zero()) {
            tokio::time::sleep(s).await;
        }
    }
    client.flush().await.context("flushing")?;
    bar.set_position(sent);
    Ok(Sample {
        msgs: sent,
        msg_size: body.len() as u64,
        start,
        end: Instant::now(),
    })
}

async fn bench_sub(global: &GlobalOpts, a: SubArgs) -> anyhow::Result<()> {
    a.common.validate()?;
    let subject = subscribe_subject(&a.subject, a.multisubject);
    let mut pairs = vec![
        ("subject", subject.clone()),
        ("multi-subject", a.multisubject.to_string()),
    ];
    if let Some(q) = &a.queue {
        pairs.push(("queue", q.clone()));
    }
    banner("Core NATS subscribe", pairs, &a.common, a.common.size);
    let opts = bench_options(global)?;
    let bars = Bars::new(a.common.progress_enabled());
    // A queue group shares --msgs; plain subscribers each expect all of them.
    let group_total = a.queue.as_ref().map(|_| a.common.msgs);
    let received = Arc::new(AtomicU64::new(0));
    let (stop_tx, stop_rx) = watch::channel(false);
    let stop_tx = Arc::new(stop_tx);
    let limit = match a.common.duration {
        Some(d) => Limit::Time(d),
        None => Limit::Count(a.common.msgs),
    };
    let mut tasks = Vec::new();
    for i in 0..a.common.clients {
        // Each subscriber runs on its own thread with a single-threaded runtime: its
        // connection task and its receive loop share the thread, so a message is allocated
        // and freed on one thread and no cross-thread wake-up is needed per batch.
        let (ready_tx, ready_rx) = tokio::sync::oneshot::channel();
        let bar = bars.add(limit.total());
        let sub = Subscribe {
            opts: opts.clone(),
            index: i,
            subject: subject.clone(),
            queue: a.queue.clone(),
            limit,
            group_total,
            received: received.clone(),
            stop_tx: stop_tx.clone(),
            stop_rx: stop_rx.clone(),
            bar,
        };
        let thread = std::thread::Builder::new()
            .name(format!("bench-sub-{i}"))
            .spawn(move || -> anyhow::Result<Received> {
                tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .context("starting a subscriber runtime")?
                    .block_on(sub.run(ready_tx))
            })
            .context("starting a subscriber thread")?;
        match ready_rx.await {
            Ok(()) => {}
            // The thread ended before subscribing: its error says why.
            Err(_) => {
                return Err(thread
                    .join()
                    .map_err(|_| anyhow::anyhow!("subscriber thread panicked"))?
                    .err()
                    .unwrap_or_else(|| anyhow::anyhow!("subscriber {i} ended early")))
            }
        }
        match limit {
            Limit::Count(n) => log(&format!(
                "Starting subscriber, expecting {} messages",
                crate::kit::numbers::comma(n)
            )),
            Limit::Time(d) => log(&format!(
                "Starting subscriber, receiving for {}",
                duration_string(d)
            )),
        }
        tasks.push(tokio::task::spawn_blocking(move || {
            thread
                .join()
                .map_err(|_| anyhow::anyhow!("subscriber thread panicked"))?
        }));
    }
    let mut report = Report::default();
    let mut got = 0;
    for t in tasks {
        let Received {
            count,
            bytes,
            first,
            last,
        } = t.await.context("subscriber task failed")??;
        got += count;
        if let Some(start) = first {
            report.subs.samples.push(Sample {
                msgs: count,
                // The size actually received (the publisher's --size is not known here).
                msg_size: bytes / count.max(1),
                start,
                end: last,
            });
        }
    }
    bars.clear();
    if got == 0 {
        bail!("no messages were received");
    }
    if let (Some(total), None) = (group_total, a.common.duration) {
        if got < total {
            bail!("the queue group received {got} of {total} messages");
        }
    }
    finish(&report, &a.common)
}

/// What one `bench sub` subscriber counted.
struct Received {
    count: u64,
    bytes: u64,
    first: Option<Instant>,
    last: Instant,
}

/// One `bench sub` subscriber: its connection, subscription and receive loop.
struct Subscribe {
    opts: ConnectOptions,
    index: u32,
    subject: String,
    queue: Option<String>,
    limit: Limit,
    group_total: Option<u64>,
    received: Arc<AtomicU64>,
    stop_tx: Arc<watch::Sender<bool>>,
    stop_rx: watch::Receiver<bool>,
    bar: ProgressBar,
}

impl Subscribe {
    /// Connects and subscribes, reports `ready`, then counts messages until the limit, the
    /// queue group's total, or a stop.
    async fn run(self, ready: tokio::sync::oneshot::Sender<()>) -> anyhow::Result<Received> {
        let Subscribe {
            opts,
            index,
            subject,
            queue,
            limit,
            group_total,
            received,
            stop_tx,
            mut stop_rx,
            bar,
        } = self;
        let client = connect_clients(&opts, 1)
            .await
            .with_context(|| format!("client number {index} failed to connect"))?
            .pop()
            .context("no client")?;
        let mut sub = match &queue {
            Some(q) => client.queue_subscribe(subject, q.clone()).await?,
            None => client.subscribe(subject).await?,
        };
        client.flush().await.context("flushing")?;
        let _ = ready.send(());
        let mut count = 0u64;
        let mut bytes = 0u64;
        let mut first = None;
        let mut last = Instant::now();
        let mut deadline = None;
        let mut batch = Vec::with_capacity(RECV_BATCH);
        'recv: loop {
            let want = match (limit, group_total) {
                (Limit::Count(n), None) if count >= n => break,
                // Never take more than this subscriber still expects.
                (Limit::Count(n), None) => usize::try_from(n - count)
                    .unwrap_or(RECV_BATCH)
                    .min(RECV_BATCH),
                _ => RECV_BATCH,
            };
            batch.clear();
            let got = tokio::select! {
                biased;
                n = sub.next_batch(&mut batch, want) => n,
                _ = stop_rx.changed() => break,
                _ = sleep_until_opt(deadline) => break,
            };
            if got == 0 {
                break;
            }
            // One clock read per batch: the batch arrived together.
            last = Instant::now();
            if first.is_none() {
                first = Some(last);
                if let Limit::Time(d) = limit {
                    deadline = Some(tokio::time::Instant::from_std(last + d));
                }
            }
            for msg in batch.drain(..) {
                bytes += msg.length as u64;
                count += 1;
                if count.is_multiple_of(PROGRESS_STEP) {
                    bar.inc(PROGRESS_STEP);
                }
                if let Some(total) = group_total {
                    if received.fetch_add(1, Ordering::Relaxed) + 1 >= total {
                        let _ = stop_tx.send(true);
                        break 'recv;
                    }
                }
            }
        }
        bar.set_position(count);
        bar.finish();
        client.close().await;
        Ok(Received {
            count,
            bytes,
            first,
            last,
        })
    }
}

/// Sleeps until `deadline`, or forever without one.
async fn sleep_until_opt(deadline: Option<tokio::time::Instant>) {
    match deadline {
        Some(d) => tokio::time::sleep_until(d).await,
        None => std::future::pending().await,
    }
}

async fn bench_request(global: &GlobalOpts, a: RequestArgs) -> anyhow::Result<()> {
    a.common.validate()?;
    let body = payload(a.common.size, a.payload.as_ref())?;
    let size = body.len() as u64;
    let headers = crate::kit::headers::parse_headers(&a.header, 0)?;
    banner(
        "Core NATS service request",
        vec![
            ("subject", a.subject.clone()),
            ("sleep", sleep_text(a.sleep)),
        ],
        &a.common,
        size,
    );
    let opts = bench_options(global)?;
    let timeout = global.timeout;
    let clients = connect_clients(&opts, a.common.clients).await?;
    let counts = msgs_per_client(a.common.msgs, a.common.clients);
    let bars = Bars::new(a.common.progress_enabled());
    let barrier = Arc::new(Barrier::new(clients.len()));
    let mut tasks = Vec::new();
    for (i, client) in clients.into_iter().enumerate() {
        let limit = match a.common.duration {
            Some(d) => Limit::Time(d),
            None => Limit::Count(counts[i]),
        };
        if let Limit::Count(n) = limit {
            log(&format!(
                "Starting requester, requesting {} messages",
                crate::kit::numbers::comma(n)
            ));
        }
        let bar = bars.add(limit.total());
        let (barrier, body, headers, subject, sleep) = (
            barrier.clone(),
            body.clone(),
            headers.clone(),
            a.subject.clone(),
            a.sleep,
        );
        tasks.push(tokio::spawn(async move {
            barrier.wait().await;
            let start = Instant::now();
            let mut rtts = Vec::with_capacity(limit.total().unwrap_or(1024) as usize);
            let result = async {
                loop {
                    let done = match limit {
                        Limit::Count(n) => rtts.len() as u64 >= n,
                        Limit::Time(d) => start.elapsed() >= d,
                    };
                    if done {
                        break;
                    }
                    let t = Instant::now();
                    let reply = client
                        .request_with(subject.clone(), headers.clone(), body.clone(), timeout)
                        .await
                        .context("requesting")?;
                    rtts.push(t.elapsed());
                    let p = &reply.payload;
                    if p.is_empty() || p[0] == b'-' || p.windows(5).any(|w| w == b"error") {
                        bail!(
                            "request did not receive a good reply: {:?}",
                            String::from_utf8_lossy(p)
                        );
                    }
                    bar.inc(1);
                    if let Some(s) = sleep.filter(|s| !s.is_zero()) {
                        tokio::time::sleep(s).await;
                    }
                }
                anyhow::Ok(())
            }
            .await;
            bar.finish();
            client.close().await;
            result.map(|()| {
                let sample = Sample {
                    msgs: rtts.len() as u64,
                    msg_size: size,
                    start,
                    end: Instant::now(),
                };
                (sample, rtts)
            })
        }));
    }
    let mut report = Report::default();
    let mut all = Vec::new();
    for (i, t) in tasks.into_iter().enumerate() {
        let (sample, rtts) = t
            .await
            .context("requester task failed")?
            .with_context(|| format!("client {i}"))?;
        report.pubs.samples.push(sample);
        all.extend(rtts);
    }
    bars.clear();
    report.latency = Some(Latencies::new(all));
    finish(&report, &a.common)
}

async fn bench_serve(global: &GlobalOpts, a: ServeArgs) -> anyhow::Result<()> {
    a.common.validate()?;
    if a.common.csv.is_some() {
        bail!("--csv is not supported by `bench service serve`: serving has no samples");
    }
    banner(
        "Core NATS service serve",
        vec![
            ("subject", a.subject.clone()),
            ("sleep", sleep_text(a.sleep)),
        ],
        &a.common,
        a.common.size,
    );
    let opts = bench_options(global)?;
    let clients = connect_clients(&opts, a.common.clients).await?;
    let served = Arc::new(AtomicU64::new(0));
    let mut tasks = Vec::new();
    for client in clients {
        let mut sub = client
            .queue_subscribe(a.subject.clone(), SERVICE_QUEUE)
            .await?;
        client.flush().await.context("flushing")?;
        log("Starting replier, hit control-c to stop");
        let (served, sleep) = (served.clone(), a.sleep);
        tasks.push(tokio::spawn(async move {
            let ok = Bytes::from_static(b"ok");
            while let Some(msg) = sub.next().await {
                if let Some(s) = sleep.filter(|s| !s.is_zero()) {
                    tokio::time::sleep(s).await;
                }
                if let Some(reply) = msg.reply {
                    client
                        .publish(reply, ok.clone())
                        .await
                        .context("replying to the request")?;
                    served.fetch_add(1, Ordering::Relaxed);
                }
            }
            anyhow::Ok(())
        }));
    }
    let mut first_err = None;
    tokio::select! {
        _ = connect::interrupted() => {}
        r = futures_first(&mut tasks) => first_err = r.err(),
    }
    for t in &tasks {
        t.abort();
    }
    log(&format!(
        "Served {} requests",
        crate::kit::numbers::comma(served.load(Ordering::Relaxed))
    ));
    match first_err {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// Waits for the first replier task to end (only on an error or a closed connection).
async fn futures_first(
    tasks: &mut [tokio::task::JoinHandle<anyhow::Result<()>>],
) -> anyhow::Result<()> {
    let Some(first) = tasks.first_mut() else {
        return std::future::pending().await;
    };
    match first.await {
        Ok(r) => r,
        Err(e) => Err(anyhow::anyhow!("replier task failed: {e}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    #[derive(Debug, Parser)]
    struct T {
        #[command(subcommand)]
        kind: BenchKind,
    }

    fn parse(args: &[&str]) -> Result<BenchKind, clap::Error> {
        T::try_parse_from(std::iter::once("bench").chain(args.iter().copied())).map(|t| t.kind)
    }

    #[test]
    fn splits_messages_like_natscli() {
        assert_eq!(msgs_per_client(10, 3), vec![4, 3, 3]);
        assert_eq!(msgs_per_client(2, 3), vec![1, 1, 0]);
        assert_eq!(msgs_per_client(100, 1), vec![100]);
    }

    #[test]
    fn parses_defaults_and_units() {
        let Ok(BenchKind::Pub(p)) = parse(&["pub", "foo"]) else {
            panic!("pub did not parse");
        };
        assert_eq!(
            (p.common.clients, p.common.msgs, p.common.size),
            (1, 100_000, 128)
        );
        assert!(p.common.duration.is_none());
        let Ok(BenchKind::Sub(s)) = parse(&[
            "sub",
            "foo",
            "--clients",
            "5",
            "--size",
            "1KB",
            "--duration",
            "2s",
            "--no-progress",
        ]) else {
            panic!("sub did not parse");
        };
        assert_eq!(s.common.size, 1024);
        assert_eq!(s.common.duration, Some(Duration::from_secs(2)));
        assert!(!s.common.progress_enabled());
        assert!(parse(&["pub", "foo", "--size", "12QB"]).is_err());
        assert!(parse(&["service", "request", "svc", "--msgs", "10"]).is_ok());
        assert!(parse(&["service", "serve", "svc", "--clients", "2"]).is_ok());
        assert!(parse(&["js", "pub", "sync", "x", "--create"]).is_ok());
        let Ok(BenchKind::Js(j)) = parse(&["js", "--msgs", "5", "fetch", "--clients", "2"]) else {
            panic!("js fetch did not parse");
        };
        assert_eq!((j.common.msgs, j.common.clients), (5, 2));
        assert_eq!(j.common.stream, "benchstream");
        assert!(parse(&[
            "js",
            "pub",
            "async",
            "x",
            "--batch",
            "10",
            "--storage",
            "memory"
        ])
        .is_ok());
        assert!(parse(&["js", "pub", "sync", "x", "--storage", "disk"]).is_err());
    }

    #[test]
    fn refuses_jetstream_benchmarks() {
        let Ok(kind) = parse(&["oldjs", "ordered", "x"]) else {
            panic!("oldjs did not parse");
        };
        let err = run(GlobalOpts::default(), BenchArgs { kind })
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(err.contains("not yet supported"), "{err}");
    }

    #[test]
    fn multisubject_subjects_are_padded() {
        let Ok(BenchKind::Pub(mut p)) =
            parse(&["pub", "foo", "--multisubject", "--multisubjectmax", "100"])
        else {
            panic!("pub did not parse");
        };
        assert_eq!(publish_subject(&p, 7), "foo.007");
        assert_eq!(publish_subject(&p, 1234), "foo.034");
        p.msg.multisubjectmax = 0;
        assert_eq!(publish_subject(&p, 1234), "foo.1234");
        assert_eq!(subscribe_subject("foo", true), "foo.*");
    }

    #[test]
    fn validates_counts() {
        let Ok(BenchKind::Pub(p)) = parse(&["pub", "foo", "--msgs", "0"]) else {
            panic!("pub did not parse");
        };
        assert!(p.common.validate().is_err());
        let Ok(BenchKind::Pub(p)) = parse(&["pub", "foo", "--msgs", "0", "--duration", "1s"])
        else {
            panic!("pub did not parse");
        };
        assert!(p.common.validate().is_ok());
    }
}
