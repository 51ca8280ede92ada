//! `nats bench kv put|get`: natscli's Key-Value benchmarks.
//!
//! `kv put` puts `--msgs` values of `--size` bytes, split over `--clients` connections, one
//! at a time, each waiting for its acknowledgement; keys are the message numbers (`0`, `1`,
//! ...) or, with `--randomize N`, random numbers below N. The default bucket
//! (`benchbucket`) is created first with `--storage`, `--replicas`, `--maxbytes` and
//! `--history`; `--purge` deletes the bucket before the run. `kv get` gets the same keys back
//! one at a time (direct gets of the last value). The report is the core benchmarks' with
//! one latency per put or get. `kv put --throughput N` paces each client to N / clients puts
//! a second (after `--sleep`, as natscli's rate throttler does), and `--duration D` with it
//! puts round(N × D) values instead of `--msgs`. The Key-Value API is
//! `rnats_proto::jetstream::kv`.

use super::js::StorageKind;
use super::{bench_settings, connect_clients, finish_to, log_banner, msgs_per_client, payload};
use super::{stats, Bars};
use crate::kit::duration;
use crate::kit::jsapi;
use crate::kit::output::log;
use crate::options::GlobalOpts;
use anyhow::{bail, Context as _};
use clap::{Args, Subcommand};
use indicatif::ProgressBar;
use rnats_proto::jetstream::kv::{self, KvConfig, Store};
use rnats_proto::kit::format::duration_string;
use stats::{Latencies, Report, Sample};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::Barrier;

/// natscli's default bucket name; only a bucket of this name is created.
pub const DEFAULT_BUCKET: &str = "benchbucket";

/// KV benchmark operations
#[derive(Debug, Clone, Args)]
pub struct KvArgs {
    /// Flags of every KV benchmark.
    #[command(flatten)]
    pub common: KvCommonOpts,

    /// The benchmark.
    #[command(subcommand)]
    pub kind: KvKind,
}

/// Flags of every KV benchmark (accepted before or after the subcommand).
#[derive(Debug, Clone, Args)]
pub struct KvCommonOpts {
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

    /// The bucket to use for the benchmark
    #[arg(long, default_value = DEFAULT_BUCKET, value_name = "BUCKET", global = true)]
    pub bucket: String,

    /// Sleep for the specified interval after putting each message
    #[arg(long, value_name = "DURATION", value_parser = duration::parse, global = true)]
    pub sleep: Option<Duration>,
}

/// The KV benchmarks.
#[derive(Debug, Clone, Subcommand)]
pub enum KvKind {
    /// Put messages in a KV bucket
    Put(KvPutArgs),
    /// Get messages from a KV bucket
    Get(KvGetArgs),
}

/// `kv put`.
#[derive(Debug, Clone, Args)]
pub struct KvPutArgs {
    /// JetStream storage (memory/file) for the "benchbucket" bucket
    #[arg(long, value_enum, default_value = "file")]
    pub storage: StorageKind,

    /// Number of replicas for the "benchbucket" bucket
    #[arg(long, default_value_t = 1)]
    pub replicas: u32,

    /// The maximum size of the stream or KV bucket in bytes
    #[arg(long, default_value = "1GB", value_parser = crate::kit::numbers::parse_size)]
    pub maxbytes: u64,

    /// History depth for the bucket in KV mode
    #[arg(long, default_value_t = 1)]
    pub history: u8,

    /// Purge the stream before running
    #[arg(long)]
    pub purge: bool,

    /// Randomly put messages using keys between 0 and this number (set to 0 for sequential access)
    #[arg(long, default_value_t = 0)]
    pub randomize: u64,

    /// If set > 0, throttle aggregate message send throughput to approximately THROUGHPUT messages/second across all clients (0 disables). If --sleep is set, the achieved rate may be lower
    #[arg(long, default_value_t = 0, value_name = "THROUGHPUT")]
    pub throughput: u64,

    /// Run for approximately this long instead of a fixed message count, deriving the number of messages from --throughput and taking precedence over --msgs (requires --throughput)
    #[arg(long, value_name = "DURATION", value_parser = duration::parse)]
    pub duration: Option<Duration>,
}

/// `kv get`.
#[derive(Debug, Clone, Args)]
pub struct KvGetArgs {
    /// Randomly get messages using keys between 0 and this number (set to 0 for sequential access)
    #[arg(long, default_value_t = 0)]
    pub randomize: u64,
}

impl KvCommonOpts {
    fn progress_enabled(&self) -> bool {
        use std::io::IsTerminal as _;
        if self.no_progress {
            false
        } else {
            self.progress || std::io::stderr().is_terminal()
        }
    }
}

/// Runs one KV benchmark (on the bench runtime).
pub async fn run(global: &GlobalOpts, mut a: KvArgs) -> anyhow::Result<()> {
    // natscli `processActionArgs`: --duration derives the count from --throughput.
    if let KvKind::Put(p) = &a.kind {
        if let Some(d) = p.duration.filter(|d| !d.is_zero()) {
            if p.throughput == 0 {
                bail!("--duration requires --throughput to be set");
            }
            let msgs = (p.throughput as f64 * d.as_secs_f64()).round() as u64;
            if msgs == 0 {
                bail!(
                    "the combination of --throughput={} and --duration={} results in zero messages",
                    p.throughput,
                    duration_string(d)
                );
            }
            a.common.msgs = msgs;
        }
    }
    let c = &a.common;
    if c.msgs == 0 {
        bail!("number of messages should be greater than 0");
    }
    if c.clients == 0 {
        bail!("number of clients should be greater than 0");
    }
    let sleep = c.sleep.unwrap_or_default();
    let mut pairs = vec![
        ("bucket", c.bucket.clone()),
        ("sleep", duration::humanize(sleep)),
    ];
    let (label, randomize, put) = match &a.kind {
        KvKind::Put(p) => {
            if p.history == 0 || i64::from(p.history) > kv::MAX_HISTORY {
                bail!("--history must be between 1 and 64");
            }
            pairs.push(("purge", p.purge.to_string()));
            pairs.push(("storage", p.storage_name().to_string()));
            pairs.push(("max-bytes", crate::kit::numbers::comma(p.maxbytes)));
            pairs.push((
                "replicas",
                crate::kit::numbers::comma(u64::from(p.replicas)),
            ));
            ("JetStream KV putter", p.randomize, Some(p))
        }
        KvKind::Get(g) => {
            pairs.push(("randomize", crate::kit::numbers::comma(g.randomize)));
            ("JetStream KV getter", g.randomize, None)
        }
    };
    let clients = match put {
        Some(_) => u64::from(c.clients).min(c.msgs) as u32,
        None => c.clients,
    };
    let body = payload(c.size, None)?;
    pairs.push(("msgs", crate::kit::numbers::comma(c.msgs)));
    pairs.push((
        "msg-size",
        rnats_proto::kit::format::ibytes(body.len() as u64),
    ));
    pairs.push(("clients", crate::kit::numbers::comma(u64::from(clients))));
    let throughput = put.map_or(0, |p| p.throughput);
    if throughput > 0 {
        pairs.push(("throughput", crate::kit::numbers::comma(throughput)));
        if let Some(d) = put.and_then(|p| p.duration).filter(|d| !d.is_zero()) {
            pairs.push(("duration", duration::humanize(d)));
        }
    }
    // natscli `perClientThroughput`: the aggregate rate split evenly over the clients.
    let per_client_rate = (throughput > 0).then(|| throughput as f64 / f64::from(clients));
    log_banner(label, pairs);

    let (opts, settings) = bench_settings(global)?;
    if let Some(p) = put {
        let admin = rnats_proto::client::connect(opts.clone())
            .await
            .context("connecting")?;
        let js = jsapi::context(admin, &settings, global.timeout);
        if p.purge {
            kv::delete_bucket(&js, &c.bucket)
                .await
                .with_context(|| format!("deleting bucket '{}'", c.bucket))?;
        }
        if c.bucket == DEFAULT_BUCKET {
            let cfg = KvConfig {
                history: i64::from(p.history),
                storage: p.storage.storage(),
                description: "nats bench bucket".to_string(),
                replicas: i64::from(p.replicas),
                max_bytes: i64::try_from(p.maxbytes).unwrap_or(i64::MAX),
                ..KvConfig::new(c.bucket.clone())
            };
            kv::create_bucket(&js, &cfg).await?;
        }
        js.client().close().await;
    }

    let conns = connect_clients(&opts, clients).await?;
    let counts = msgs_per_client(c.msgs, clients);
    let bars = Bars::new(c.progress_enabled());
    let barrier = Arc::new(Barrier::new(conns.len()));
    let mut tasks = Vec::new();
    let mut offset = 0;
    let verb = if put.is_some() {
        "publishing"
    } else {
        "trying to get"
    };
    for (i, client) in conns.into_iter().enumerate() {
        log(&format!(
            "[{}] Starting {label}, {verb} {} messages",
            i + 1,
            crate::kit::numbers::comma(counts[i])
        ));
        let js = jsapi::context(client, &settings, global.timeout);
        let store = kv::bucket(&js, &c.bucket)
            .await
            .with_context(|| format!("getting the kv bucket '{}'", c.bucket))?;
        let job = Job {
            store,
            count: counts[i],
            offset,
            randomize,
            sleep,
            rate: per_client_rate,
            body: put.map(|_| body.clone()),
            bar: bars.add(Some(counts[i])),
        };
        offset += counts[i];
        let barrier = barrier.clone();
        tasks.push(tokio::spawn(async move {
            barrier.wait().await;
            let start = Instant::now();
            let r = job.run().await;
            job.bar.finish();
            let sample = Sample {
                msgs: job.count,
                msg_size: job.body.as_ref().map_or(0, |b| b.len() as u64),
                start,
                end: Instant::now(),
            };
            r.map(|lat| (sample, lat))
        }));
    }
    let mut report = Report::default();
    let mut all = Vec::new();
    for (i, t) in tasks.into_iter().enumerate() {
        let (mut sample, lat) = t
            .await
            .context("benchmark task failed")?
            .with_context(|| format!("client {}", i + 1))?;
        if put.is_some() {
            report.pubs.samples.push(sample);
        } else {
            sample.msg_size = body.len() as u64;
            report.subs.samples.push(sample);
        }
        all.extend(lat);
    }
    bars.clear();
    report.latency = Some(Latencies::new(all));
    finish_to(&report, c.csv.as_deref())
}

impl KvPutArgs {
    fn storage_name(&self) -> &'static str {
        match self.storage.storage() {
            rnats_proto::jetstream::Storage::File => "file",
            rnats_proto::jetstream::Storage::Memory => "memory",
        }
    }
}

/// One client's share of a run.
struct Job {
    store: Store,
    count: u64,
    offset: u64,
    randomize: u64,
    sleep: Duration,
    /// Puts per second this client keeps to (`--throughput` / clients), if paced.
    rate: Option<f64>,
    /// The value to put; `None` for gets.
    body: Option<bytes::Bytes>,
    bar: ProgressBar,
}

impl Job {
    fn key(&self, i: u64) -> String {
        if self.randomize > 0 {
            fastrand::u64(0..self.randomize).to_string()
        } else {
            (self.offset + i).to_string()
        }
    }

    async fn run(&self) -> anyhow::Result<Vec<Duration>> {
        let mut latencies = Vec::with_capacity(self.count as usize);
        let paced_from = Instant::now();
        for i in 0..self.count {
            let key = self.key(i);
            let start = Instant::now();
            match &self.body {
                Some(b) => {
                    self.store.put(&key, b.clone()).await.context("putting")?;
                }
                None => {
                    self.store
                        .get(&key)
                        .await
                        .with_context(|| format!("getting key '{key}'"))?;
                }
            }
            latencies.push(start.elapsed());
            self.bar.inc(1);
            if !self.sleep.is_zero() {
                tokio::time::sleep(self.sleep).await;
            }
            if let Some(rate) = self.rate {
                // natscli's rate throttler: `i + 1` puts take at least (i + 1) / rate seconds
                // from the start.
                let due = Duration::from_secs_f64((i + 1) as f64 / rate);
                if let Some(wait) = due.checked_sub(paced_from.elapsed()) {
                    tokio::time::sleep(wait).await;
                }
            }
        }
        Ok(latencies)
    }
}
