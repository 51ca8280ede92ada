//! `nats kv`: the JetStream Key-Value store, as natscli's `cli/kv_command.go` behaves: `add`
//! (`new`), `edit`, `put`, `get`, `create`, `update`, `del` (`rm`), `purge`, `history`,
//! `revert`, `info` (`view`, `status`), `watch`, `ls` (`list`) and `compact`.
//!
//! Everything goes through `rnats_proto::jetstream::kv` (ADR-8 subjects, headers and stream
//! settings), so buckets are shared with every other NATS client. A value not given on the
//! command line is read from stdin (all of it, binary-safe) when stdin is not a terminal.
//! Output follows natscli: the columns report of `info`, rounded tables for `ls` and
//! `history`, values printed as text when printable ASCII and as base64 otherwise. `add
//! --mirror B [--mirror-domain D]` and `--source B` make mirror and sourcing buckets as the
//! official clients do; `edit --source B` adds a source and `edit --no-mirror` removes the
//! mirror.

use std::io::{IsTerminal as _, Read as _, Write as _};
use std::process::ExitCode;
use std::time::Duration;

use anyhow::{anyhow, bail};
use bytes::Bytes;
use clap::{Args, Subcommand};
use rnats_proto::jetstream::kv::{self, Entry, KvConfig, Operation, Store, WatchEvent};
use rnats_proto::jetstream::{JetStream, Storage, StreamInfo};

use crate::kit::columns::{self, Columns};
use crate::kit::connect;
use crate::kit::flags::{parse_bytes, parse_duration, parse_metadata, placement, storage_name};
use crate::kit::jsapi;
use crate::kit::output;
use crate::kit::prompt;
use crate::options::GlobalOpts;
use rnats_proto::kit::format::ibytes;

/// Interacts with a JetStream based Key-Value store
///
/// The JetStream Key-Value store uses streams to store key-value pairs for an indefinite
/// period or a per-bucket configured TTL.
#[derive(Debug, Args)]
pub struct KvArgs {
    /// The kv command.
    #[command(subcommand)]
    pub command: KvCommand,
}

/// `nats kv` subcommands.
#[derive(Debug, Subcommand)]
pub enum KvCommand {
    /// Adds a new KV Store Bucket
    #[command(name = "add", visible_alias = "new")]
    Add(AddArgs),
    /// Edits an existing KV Store Bucket
    #[command(name = "edit")]
    Edit(EditArgs),
    /// Puts a value into a key
    #[command(name = "put")]
    Put(PutArgs),
    /// Gets a value for a key
    #[command(name = "get")]
    Get(GetArgs),
    /// Puts a value into a key only if the key is new or it's last operation was a delete
    #[command(name = "create")]
    Create(CreateArgs),
    /// Updates a key with a new value if the previous value matches the given revision
    #[command(name = "update")]
    Update(UpdateArgs),
    /// Deletes a key or the entire bucket
    #[command(name = "del", visible_alias = "rm")]
    Del(DelArgs),
    /// Deletes a key from the bucket, clearing history before creating a delete marker
    #[command(name = "purge")]
    Purge(PurgeArgs),
    /// Shows the full history for a key
    #[command(name = "history")]
    History(KeyArgs),
    /// Reverts a value to a previous revision using put
    #[command(name = "revert")]
    Revert(RevertArgs),
    /// View the status of a KV store
    #[command(name = "info", visible_aliases = ["view", "status"])]
    Info(InfoArgs),
    /// Watch the bucket or a specific key for updated
    #[command(name = "watch")]
    Watch(WatchArgs),
    /// List available buckets or the keys in a bucket
    #[command(name = "ls", visible_alias = "list")]
    Ls(LsArgs),
    /// Reclaim space used by deleted keys
    #[command(name = "compact")]
    Compact(CompactArgs),
}

/// The bucket settings of `add` and `edit`.
#[derive(Debug, Args)]
pub struct BucketConfigArgs {
    /// The bucket to act on
    pub bucket: String,
    /// A description for the bucket
    #[arg(long)]
    pub description: Option<String>,
    /// How many historic values to keep per key
    #[arg(long)]
    pub history: Option<i64>,
    /// Storage backend to use (file, memory)
    #[arg(long, value_parser = ["file", "f", "memory", "m"])]
    pub storage: Option<String>,
    /// How long to keep values for
    #[arg(long, value_name = "DURATION")]
    pub ttl: Option<String>,
    /// Enables Per-Key TTLs and Limit Markers
    #[arg(long = "marker-ttl", value_name = "DURATION")]
    pub marker_ttl: Option<String>,
    /// How many replicas of the data to store
    #[arg(long)]
    pub replicas: Option<i64>,
    /// Maximum size for any single value
    #[arg(long = "max-value-size", value_name = "BYTES")]
    pub max_value_size: Option<String>,
    /// Maximum size for the bucket
    #[arg(long = "max-bucket-size", value_name = "BYTES")]
    pub max_bucket_size: Option<String>,
    /// Place the bucket on servers that has specific tags
    #[arg(long)]
    pub tags: Vec<String>,
    /// Place the bucket on a specific cluster
    #[arg(long)]
    pub cluster: Option<String>,
    /// Compress the bucket data
    #[arg(long, overrides_with = "no_compress")]
    pub compress: bool,
    /// Do not compress the bucket data
    #[arg(long = "no-compress", overrides_with = "compress", hide = true)]
    pub no_compress: bool,
    /// Adds metadata to the stream
    #[arg(long, value_name = "META")]
    pub metadata: Vec<String>,
    /// Republish messages to --republish-destination
    #[arg(long = "republish-source", value_name = "SRC")]
    pub republish_source: Option<String>,
    /// Republish destination for messages in --republish-source
    #[arg(long = "republish-destination", value_name = "DEST")]
    pub republish_destination: Option<String>,
    /// Republish only message headers, no bodies
    #[arg(long = "republish-headers")]
    pub republish_headers: bool,
    /// Source from a different bucket
    #[arg(long, value_name = "BUCKET")]
    pub source: Vec<String>,
}

/// `kv add`: the bucket settings plus natscli's add-only mirror flags.
#[derive(Debug, Args)]
pub struct AddArgs {
    /// The bucket settings.
    #[command(flatten)]
    pub cfg: BucketConfigArgs,
    /// Creates a mirror of a different bucket
    #[arg(long)]
    pub mirror: Option<String>,
    /// When mirroring find the bucket in a different domain
    #[arg(long = "mirror-domain")]
    pub mirror_domain: Option<String>,
}

/// `kv edit`: the bucket settings plus natscli's edit-only `--no-mirror`.
#[derive(Debug, Args)]
pub struct EditArgs {
    /// The bucket settings.
    #[command(flatten)]
    pub cfg: BucketConfigArgs,
    /// Removes mirror configuration from a bucket
    #[arg(long = "no-mirror")]
    pub no_mirror: bool,
}

/// `put`.
#[derive(Debug, Args)]
pub struct PutArgs {
    /// The bucket to act on
    pub bucket: String,
    /// The key to act on
    pub key: String,
    /// The value to store, when empty reads STDIN
    pub value: Option<String>,
}

/// `get`.
#[derive(Debug, Args)]
pub struct GetArgs {
    /// The bucket to act on
    pub bucket: String,
    /// The key to act on
    pub key: String,
    /// Gets a specific revision
    #[arg(long)]
    pub revision: Option<u64>,
    /// Show only the value string
    #[arg(long)]
    pub raw: bool,
}

/// `create`.
#[derive(Debug, Args)]
pub struct CreateArgs {
    /// The bucket to act on
    pub bucket: String,
    /// The key to act on
    pub key: String,
    /// The value to store, when empty reads STDIN
    pub value: Option<String>,
    /// Sets a TTL for the key
    #[arg(long, value_name = "DURATION")]
    pub ttl: Option<String>,
}

/// `update`.
#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// The bucket to act on
    pub bucket: String,
    /// The key to act on
    pub key: String,
    /// The value to store
    pub value: String,
    /// The revision of the previous value in the bucket
    pub revision: u64,
}

/// `del`.
#[derive(Debug, Args)]
pub struct DelArgs {
    /// The bucket to act on
    pub bucket: String,
    /// The key to act on
    pub key: Option<String>,
    /// Act without confirmation
    #[arg(short = 'f', long)]
    pub force: bool,
}

/// `purge`.
#[derive(Debug, Args)]
pub struct PurgeArgs {
    /// The bucket to act on
    pub bucket: String,
    /// The key to act on
    pub key: String,
    /// Act without confirmation
    #[arg(short = 'f', long)]
    pub force: bool,
    /// Sets a TTL for the purge marker
    #[arg(long, value_name = "DURATION")]
    pub ttl: Option<String>,
}

/// `history`.
#[derive(Debug, Args)]
pub struct KeyArgs {
    /// The bucket to act on
    pub bucket: String,
    /// The key to act on
    pub key: String,
}

/// `revert`.
#[derive(Debug, Args)]
pub struct RevertArgs {
    /// The bucket to act on
    pub bucket: String,
    /// The key to act on
    pub key: String,
    /// The revision to revert to
    pub revision: u64,
    /// Force reverting without prompting
    #[arg(short = 'f', long)]
    pub force: bool,
}

/// `info`.
#[derive(Debug, Args)]
pub struct InfoArgs {
    /// The bucket to act on
    pub bucket: Option<String>,
}

/// `watch`.
#[derive(Debug, Args)]
pub struct WatchArgs {
    /// The bucket to act on
    pub bucket: String,
    /// The key to act on
    #[arg(default_value = ">")]
    pub key: String,
    /// Includes historic values
    #[arg(long)]
    pub history: bool,
    /// Includes deletes in watched values
    #[arg(long, overrides_with = "no_deletes")]
    pub deletes: bool,
    /// Excludes deletes from watched values
    #[arg(long = "no-deletes", overrides_with = "deletes")]
    pub no_deletes: bool,
    /// Only show new values written
    #[arg(long)]
    pub updates: bool,
    /// Starts from a certain revision
    #[arg(long)]
    pub revision: Option<u64>,
}

/// `ls`.
#[derive(Debug, Args)]
pub struct LsArgs {
    /// The bucket to list the keys
    pub bucket: Option<String>,
    /// The key to act on
    pub key: Option<String>,
    /// Show just the bucket names
    #[arg(short = 'n', long)]
    pub names: bool,
    /// Show detailed info about the key
    #[arg(short = 'v', long)]
    pub verbose: bool,
    /// Display value in verbose output (has no effect without 'verbose')
    #[arg(long = "display-value")]
    pub display_value: bool,
}

/// `compact`.
#[derive(Debug, Args)]
pub struct CompactArgs {
    /// The bucket to act on
    pub bucket: String,
    /// Act without confirmation
    #[arg(short = 'f', long)]
    pub force: bool,
}

/// Runs `nats kv ...`.
pub async fn run(global: GlobalOpts, args: KvArgs) -> anyhow::Result<ExitCode> {
    let session = connect::connect(&global).await?;
    let js = jsapi::for_session(&session);
    let scheme = session.settings.color_scheme.clone();
    let result = match args.command {
        KvCommand::Add(a) => add(&js, a).await,
        KvCommand::Edit(a) => edit(&js, a).await,
        KvCommand::Put(a) => put(&js, a).await,
        KvCommand::Get(a) => get(&js, a).await,
        KvCommand::Create(a) => create(&js, a).await,
        KvCommand::Update(a) => update(&js, a).await,
        KvCommand::Del(a) => del(&js, a).await,
        KvCommand::Purge(a) => purge(&js, a).await,
        KvCommand::History(a) => history(&js, &a.bucket, &a.key, &scheme).await,
        KvCommand::Revert(a) => revert(&js, a, &scheme).await,
        KvCommand::Info(a) => info(&js, a).await,
        KvCommand::Watch(a) => watch(&js, a).await,
        KvCommand::Ls(a) => ls(&js, a, &scheme).await,
        KvCommand::Compact(a) => compact(&js, a).await,
    };
    session.close().await;
    result.map(|()| ExitCode::SUCCESS)
}

/// Applies the flags given to `cfg` (all of them for `add`, only those set for `edit`).
fn apply_flags(cfg: &mut KvConfig, a: &BucketConfigArgs) -> anyhow::Result<()> {
    if let Some(d) = &a.description {
        cfg.description = d.clone();
    }
    if let Some(h) = a.history {
        if !(1..=kv::MAX_HISTORY).contains(&h) {
            bail!("invalid value for --history: must be between 1 and 64");
        }
        cfg.history = h;
    }
    if let Some(s) = &a.storage {
        cfg.storage = if s.starts_with('m') {
            Storage::Memory
        } else {
            Storage::File
        };
    }
    if let Some(t) = &a.ttl {
        cfg.ttl = parse_duration(t, "--ttl")?;
    }
    if let Some(t) = &a.marker_ttl {
        cfg.limit_marker_ttl = parse_duration(t, "--marker-ttl")?;
    }
    if let Some(r) = a.replicas {
        cfg.replicas = r;
    }
    if let Some(s) = &a.max_value_size {
        cfg.max_value_size = parse_bytes(s, "--max-value-size")?;
    }
    if let Some(s) = &a.max_bucket_size {
        cfg.max_bytes = parse_bytes(s, "--max-bucket-size")?;
    }
    if a.cluster.is_some() || !a.tags.is_empty() {
        cfg.placement = placement(&a.cluster, &a.tags);
    }
    if a.compress {
        cfg.compression = true;
    }
    if a.no_compress {
        cfg.compression = false;
    }
    if !a.metadata.is_empty() {
        cfg.metadata = parse_metadata(&a.metadata)?;
    }
    if let Some(dest) = &a.republish_destination {
        cfg.republish = serde_json::json!({
            "src": a.republish_source.clone().unwrap_or_default(),
            "dest": dest,
            "headers_only": a.republish_headers,
        });
    }
    Ok(())
}

async fn add(js: &JetStream, a: AddArgs) -> anyhow::Result<()> {
    let mut cfg = KvConfig::new(a.cfg.bucket.clone());
    apply_flags(&mut cfg, &a.cfg)?;
    // natscli: `--mirror B [--mirror-domain D]` and `--source B` (repeatable); a domain becomes
    // the external API prefix `$JS.<domain>.API`, as the official clients do.
    let external = |domain: &Option<String>| {
        domain
            .as_ref()
            .filter(|d| !d.is_empty())
            .map(|d| serde_json::json!({ "api": format!("$JS.{d}.API") }))
    };
    if let Some(m) = &a.mirror {
        let mut src = serde_json::json!({ "name": m });
        if let Some(ext) = external(&a.mirror_domain) {
            src["external"] = ext;
        }
        cfg.mirror = src;
    } else if a.mirror_domain.is_some() {
        bail!("--mirror-domain needs --mirror");
    }
    cfg.sources = a
        .cfg
        .source
        .iter()
        .map(|b| serde_json::json!({ "name": b }))
        .collect();
    let store = kv::create_bucket(js, &cfg).await?;
    show_status(&store).await
}

/// natscli's `kv edit`: the bucket's settings with the given flags over them; `--source`
/// adds buckets to those already sourced and `--no-mirror` turns a mirror into a bucket of
/// its own (nats-server 2.12+ allows removing a mirror).
async fn edit(js: &JetStream, a: EditArgs) -> anyhow::Result<()> {
    let store = kv::bucket(js, &a.cfg.bucket).await?;
    let info = store.status().await?;
    let mut cfg = KvConfig::from_stream(&info.config);
    apply_flags(&mut cfg, &a.cfg)?;
    cfg.sources.extend(
        a.cfg
            .source
            .iter()
            .map(|b| serde_json::json!({ "name": b })),
    );
    if a.no_mirror {
        cfg.mirror = serde_json::Value::Null;
    }
    let mut scfg = cfg.stream_config()?;
    // Unchanged sourcing stays exactly as the stream has it.
    if a.cfg.source.is_empty() {
        scfg.sources = info.config.sources.clone();
    }
    if !a.no_mirror {
        scfg.mirror = info.config.mirror.clone();
    }
    js.update_stream(&scfg).await?;
    show_status(&store).await
}

/// The value argument, else all of stdin when it is not a terminal (natscli's
/// `valOrReadVal`).
fn value_or_stdin(value: Option<&str>) -> anyhow::Result<Bytes> {
    match value {
        Some(v) if !v.is_empty() => Ok(Bytes::copy_from_slice(v.as_bytes())),
        _ if std::io::stdin().is_terminal() => Ok(Bytes::new()),
        _ => {
            let mut buf = Vec::new();
            std::io::stdin().lock().read_to_end(&mut buf)?;
            Ok(Bytes::from(buf))
        }
    }
}

async fn put(js: &JetStream, a: PutArgs) -> anyhow::Result<()> {
    let store = kv::bucket(js, &a.bucket).await?;
    let val = value_or_stdin(a.value.as_deref())?;
    store.put(&a.key, val).await?;
    println!("{}", a.value.unwrap_or_default());
    Ok(())
}

async fn create(js: &JetStream, a: CreateArgs) -> anyhow::Result<()> {
    let store = kv::bucket(js, &a.bucket).await?;
    let val = value_or_stdin(a.value.as_deref())?;
    let ttl = a
        .ttl
        .as_deref()
        .map(|t| parse_duration(t, "--ttl"))
        .transpose()?;
    store.create(&a.key, val, ttl).await?;
    println!("{}", a.value.unwrap_or_default());
    Ok(())
}

async fn update(js: &JetStream, a: UpdateArgs) -> anyhow::Result<()> {
    let store = kv::bucket(js, &a.bucket).await?;
    let val = value_or_stdin(Some(&a.value))?;
    store.update(&a.key, val, a.revision).await?;
    println!("{}", a.value);
    Ok(())
}

/// natscli's `Base64IfNotPrintable`: printable ASCII as is, anything else as base64.
pub(crate) fn printable_or_base64(v: &[u8]) -> String {
    if v.iter().all(|&b| (0x20..0x7f).contains(&b)) {
        String::from_utf8_lossy(v).into_owned()
    } else {
        data_encoding::BASE64.encode(v)
    }
}

/// natscli's `f(time.Time)`: local `2006-01-02 15:04:05`.
fn time(t: &chrono::DateTime<chrono::Utc>) -> String {
    t.with_timezone(&chrono::Local)
        .format("%Y-%m-%d %H:%M:%S")
        .to_string()
}

async fn get(js: &JetStream, a: GetArgs) -> anyhow::Result<()> {
    let store = kv::bucket(js, &a.bucket).await?;
    let e = match a.revision.filter(|r| *r > 0) {
        Some(r) => store.get_revision(&a.key, r).await?,
        None => store.get(&a.key).await?,
    };
    let mut out = std::io::stdout().lock();
    if a.raw {
        out.write_all(&e.value)?;
        out.flush()?;
        return Ok(());
    }
    writeln!(
        out,
        "{} > {} revision: {} created @ {}\n",
        e.bucket,
        e.key,
        e.revision,
        time(&e.created)
    )?;
    let pv = printable_or_base64(&e.value);
    if pv.len() > 120 {
        writeln!(
            out,
            "Showing first 120 bytes of {}, use --raw for full data\n",
            crate::kit::numbers::comma(pv.len() as u64)
        )?;
        writeln!(out, "{}", &pv[..120])?;
    } else {
        writeln!(out, "{pv}")?;
    }
    writeln!(out)?;
    Ok(())
}

async fn del(js: &JetStream, a: DelArgs) -> anyhow::Result<()> {
    let Some(key) = a.key.filter(|k| !k.is_empty()) else {
        if !a.force && !prompt::confirm(&format!("Delete bucket {}?", a.bucket), false, "-f")? {
            println!("Skipping delete");
            return Ok(());
        }
        kv::delete_bucket(js, &a.bucket).await?;
        return Ok(());
    };
    let store = kv::bucket(js, &a.bucket).await?;
    if !a.force && !prompt::confirm(&format!("Delete key {} > {key}?", a.bucket), false, "-f")? {
        println!("Skipping delete");
        return Ok(());
    }
    store.delete(&key).await?;
    Ok(())
}

async fn purge(js: &JetStream, a: PurgeArgs) -> anyhow::Result<()> {
    let store = kv::bucket(js, &a.bucket).await?;
    if !a.force && !prompt::confirm(&format!("Purge key {} > {}?", a.bucket, a.key), false, "-f")? {
        println!("Skipping purge");
        return Ok(());
    }
    let ttl = a
        .ttl
        .as_deref()
        .map(|t| parse_duration(t, "--ttl"))
        .transpose()?;
    store.purge(&a.key, ttl).await?;
    Ok(())
}

/// A value shortened as natscli's history shows it.
fn short_value(v: &[u8]) -> String {
    let val = printable_or_base64(v);
    if val.len() > 40 {
        format!("{}...{}", &val[..15], &val[val.len() - 15..])
    } else {
        val
    }
}

async fn history(js: &JetStream, bucket: &str, key: &str, scheme: &str) -> anyhow::Result<()> {
    let store = kv::bucket(js, bucket).await?;
    let entries = store.history(key).await?;
    let rows: Vec<Vec<String>> = entries
        .iter()
        .map(|e| {
            vec![
                e.key.clone(),
                e.revision.to_string(),
                e.operation.as_str().to_string(),
                time(&e.created),
                crate::kit::numbers::comma(e.value.len() as u64),
                short_value(&e.value),
            ]
        })
        .collect();
    println!(
        "{}",
        output::table(
            &format!("History for {bucket} > {key}"),
            &["Key", "Revision", "Op", "Created", "Length", "Value"],
            &rows,
            scheme
        )
    );
    Ok(())
}

async fn revert(js: &JetStream, a: RevertArgs, scheme: &str) -> anyhow::Result<()> {
    let store = kv::bucket(js, &a.bucket).await?;
    let hist = store.history(&a.key).await?;
    if hist.len() <= 1 {
        bail!("cannot revert key in a bucket where history=1");
    }
    let rev = store.get_revision(&a.key, a.revision).await?;
    if !a.force {
        println!(
            "Revision: {}\n\n{}\n",
            rev.revision,
            short_value(&rev.value)
        );
        if !prompt::confirm(
            &format!("Really revert to revision {}", a.revision),
            false,
            "--force",
        )? {
            return Ok(());
        }
    }
    let latest = hist.last().map_or(0, |e| e.revision);
    store.update(&a.key, rev.value, latest).await?;
    history(js, &a.bucket, &a.key, scheme).await
}

async fn info(js: &JetStream, a: InfoArgs) -> anyhow::Result<()> {
    let bucket = match a.bucket {
        Some(b) => b,
        None => pick_bucket(js).await?,
    };
    let store = kv::bucket(js, &bucket).await?;
    show_status(&store).await
}

/// The bucket to act on when none was given: picked on a terminal.
async fn pick_bucket(js: &JetStream) -> anyhow::Result<String> {
    let known: Vec<String> = kv::buckets(js)
        .await?
        .into_iter()
        .map(|s| kv::bucket_of(&s.config.name).to_string())
        .collect();
    if known.is_empty() {
        bail!("no KV buckets found");
    }
    let opts: Vec<&str> = known.iter().map(String::as_str).collect();
    prompt::select("Select a Bucket", &opts, opts[0], "the BUCKET argument")
}

async fn show_status(store: &Store) -> anyhow::Result<()> {
    let nfo = store.status().await?;
    print!("{}", status_report(&nfo));
    Ok(())
}

/// natscli's `showStatus` report.
fn status_report(nfo: &StreamInfo) -> String {
    let cfg = &nfo.config;
    let bucket = kv::bucket_of(&cfg.name);
    let mut cols = Columns::new(format!(
        "Information for Key-Value Store Bucket {bucket} created {}",
        columns::time(&nfo.created)
    ));
    cols.title("Configuration");
    cols.row("Bucket Name", bucket);
    cols.row("History Kept", cfg.max_msgs_per_subject.to_string());
    cols.row(
        "Values Stored",
        crate::kit::numbers::comma(nfo.state.messages),
    );
    cols.row(
        "Compressed",
        (cfg.compression == rnats_proto::jetstream::Compression::S2).to_string(),
    );
    let marker = cfg.subject_delete_marker_ttl;
    cols.row("Per-Key TTL Supported", (marker > 0).to_string());
    cols.row_if("Limit Marker TTL", columns::nanos(marker), marker > 0);
    cols.row("Backing Store Kind", "JetStream");
    cols.row_if_not_empty("Description", &cfg.description);
    cols.row("Bucket Size", ibytes(nfo.state.bytes));
    cols.row(
        "Maximum Bucket Size",
        if cfg.max_bytes == -1 {
            "unlimited".to_string()
        } else {
            ibytes(cfg.max_bytes.max(0) as u64)
        },
    );
    cols.row(
        "Maximum Value Size",
        if cfg.max_msg_size == -1 {
            "unlimited".to_string()
        } else {
            ibytes(cfg.max_msg_size.max(0) as u64)
        },
    );
    cols.row(
        "Maximum Age",
        if cfg.max_age <= 0 {
            "unlimited".to_string()
        } else {
            columns::nanos(cfg.max_age)
        },
    );
    cols.row("JetStream Stream", cfg.name.clone());
    cols.row("Storage", storage_name(cfg.storage));
    if let Some(r) = cfg.republish.as_object() {
        let src = r.get("src").and_then(|v| v.as_str()).unwrap_or_default();
        let dest = r.get("dest").and_then(|v| v.as_str()).unwrap_or_default();
        let label = if r.get("headers_only").and_then(|v| v.as_bool()) == Some(true) {
            "Republishing Headers"
        } else {
            "Republishing"
        };
        cols.row(label, format!("{src} to {dest}"));
    }
    let meta: Vec<(&String, &String)> = cfg
        .metadata
        .iter()
        .filter(|(k, _)| !k.starts_with("_nats"))
        .collect();
    if !meta.is_empty() {
        cols.title("Metadata");
        for (k, v) in meta {
            cols.row(k, v.clone());
        }
    }
    if let Some(c) = &nfo.cluster {
        cols.title("Cluster Information");
        cols.row("Name", c.name.clone().unwrap_or_default());
        cols.row("Leader", c.leader.clone().unwrap_or_default());
    }
    cols.render()
}

async fn watch(js: &JetStream, a: WatchArgs) -> anyhow::Result<()> {
    let store = kv::bucket(js, &a.bucket).await?;
    let opts = kv::WatchOptions {
        include_history: a.history,
        ignore_deletes: a.no_deletes,
        updates_only: a.updates,
        meta_only: false,
        resume_from_revision: a.revision.unwrap_or(0),
    };
    let mut w = store.watch(&a.key, opts).await?;
    loop {
        let ev = tokio::select! {
            ev = w.next() => ev?,
            () = connect::interrupted() => break,
        };
        match ev {
            None => break,
            Some(WatchEvent::EndOfInitialData) => {}
            Some(WatchEvent::Entry(e)) => print_watch(&e)?,
        }
    }
    w.stop().await;
    Ok(())
}

fn print_watch(e: &Entry) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    match e.operation {
        Operation::Delete | Operation::Purge => writeln!(
            out,
            "[{}] {} {} > {}",
            time(&e.created),
            e.operation.as_str(),
            e.bucket,
            e.key
        )?,
        Operation::Put => {
            write!(
                out,
                "[{}] {} {} > {}: ",
                time(&e.created),
                e.operation.as_str(),
                e.bucket,
                e.key
            )?;
            out.write_all(&e.value)?;
            writeln!(out)?;
        }
    }
    out.flush()?;
    Ok(())
}

async fn ls(js: &JetStream, a: LsArgs, scheme: &str) -> anyhow::Result<()> {
    let Some(bucket) = a.bucket.filter(|b| !b.is_empty()) else {
        return ls_buckets(js, a.names, scheme).await;
    };
    let store = kv::bucket(js, &bucket).await?;
    let keys = store
        .keys(a.key.as_deref().filter(|k| !k.is_empty()))
        .await?;
    if keys.is_empty() {
        if !a.names {
            println!("No keys found in bucket");
        }
        return Ok(());
    }
    if !a.verbose {
        let mut out = std::io::stdout().lock();
        for k in keys {
            writeln!(out, "{k}")?;
        }
        return Ok(());
    }
    let mut rows = Vec::new();
    for k in keys {
        let e = store
            .get(&k)
            .await
            .map_err(|e| anyhow!("unable to display key info: unable to fetch key {k}: {e}"))?;
        let mut row = vec![
            e.key.clone(),
            time(&e.created),
            e.delta.to_string(),
            e.revision.to_string(),
        ];
        if a.display_value {
            row.push(String::from_utf8_lossy(&e.value).into_owned());
        }
        rows.push(row);
    }
    let mut headers = vec!["Key", "Created", "Delta", "Revision"];
    if a.display_value {
        headers.push("Value");
    }
    println!(
        "{}",
        output::table(
            &format!("Contents for bucket '{bucket}'"),
            &headers,
            &rows,
            scheme
        )
    );
    Ok(())
}

async fn ls_buckets(js: &JetStream, names: bool, scheme: &str) -> anyhow::Result<()> {
    let mut found = kv::buckets(js).await?;
    if names {
        for s in &found {
            println!("{}", kv::bucket_of(&s.config.name));
        }
        return Ok(());
    }
    if found.is_empty() {
        println!("No Key-Value buckets found");
        return Ok(());
    }
    found.sort_by_key(|s| s.state.bytes);
    let rows: Vec<Vec<String>> = found
        .iter()
        .map(|s| {
            vec![
                kv::bucket_of(&s.config.name).to_string(),
                s.config.description.clone(),
                columns::time(&s.created),
                ibytes(s.state.bytes),
                crate::kit::numbers::comma(s.state.messages),
                columns::since(&s.state.last_ts, s.ts.as_deref()),
            ]
        })
        .collect();
    println!(
        "{}",
        output::table(
            "Key-Value Buckets",
            &[
                "Bucket",
                "Description",
                "Created",
                "Size",
                "Values",
                "Last Update"
            ],
            &rows,
            scheme
        )
    );
    Ok(())
}

async fn compact(js: &JetStream, a: CompactArgs) -> anyhow::Result<()> {
    let store = kv::bucket(js, &a.bucket).await?;
    if !a.force
        && !prompt::confirm(
            &format!(
                "Purge all historic values and audit trails for deleted keys in bucket {}?",
                a.bucket
            ),
            false,
            "-f",
        )?
    {
        println!("Skipping delete");
        return Ok(());
    }
    store.purge_deletes(Duration::from_secs(30 * 60)).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_print_like_natscli() {
        assert_eq!(printable_or_base64(b"hello world"), "hello world");
        assert_eq!(printable_or_base64(b"a\nb"), "YQpi");
        assert_eq!(printable_or_base64(&[0xff, 0]), "/wA=");
        assert_eq!(
            short_value(&[b'x'; 50]),
            format!("{}...{}", "x".repeat(15), "x".repeat(15))
        );
    }
}
