//! `nats object` (alias `obj`): the JetStream Object Store, as natscli's
//! `cli/object_command.go` behaves: `add`, `edit`, `put`, `get`, `del` (`rm`), `info` (`show`,
//! `i`), `ls`, `seal` and `watch`.
//!
//! Everything goes through `rnats_proto::jetstream::object` (ADR-20 subjects, chunking,
//! SHA-256 digests), so buckets are shared with every other NATS client. `put` streams a file
//! (or stdin, with `--name`) chunk by chunk and `get` streams the chunks into the output file,
//! so memory stays at a few chunks whatever the object's size; a digest mismatch removes the
//! partial file and fails. Progress bars (bytes, rate, ETA) are drawn on stderr only when it
//! is a terminal, for objects over 20 KiB, unless `--no-progress`.

use std::collections::BTreeMap;
use std::io::IsTerminal as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{anyhow, bail, Context as _};
use clap::{Args, Subcommand};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rnats_proto::jetstream::object::{
    self, ObjectInfo, ObjectMeta, ObjectMetaOptions, ObjectStore, ObjectStoreConfig,
    ObjectWatchEvent,
};
use rnats_proto::jetstream::{JetStream, Storage, StreamInfo};

use crate::kit::columns::{self, Columns};
use crate::kit::connect;
use crate::kit::duration;
use crate::kit::flags::{parse_duration, parse_metadata, placement, storage_name};
use crate::kit::jsapi;
use crate::kit::output;
use crate::kit::prompt;
use crate::options::GlobalOpts;
use rnats_proto::kit::format::ibytes;

/// natscli draws progress only for objects larger than this.
const PROGRESS_MIN: u64 = 20480;

/// Interacts with a JetStream based Object store
///
/// The JetStream Object store uses streams to store large objects for an indefinite period
/// or a per-bucket configured TTL.
#[derive(Debug, Args)]
pub struct ObjectArgs {
    /// The object command.
    #[command(subcommand)]
    pub command: ObjectCommand,
}

/// `nats object` subcommands.
#[derive(Debug, Subcommand)]
pub enum ObjectCommand {
    /// Adds a new Object Store Bucket
    #[command(name = "add")]
    Add(BucketConfigArgs),
    /// Edit an existing Object Store Bucket
    #[command(name = "edit")]
    Edit(BucketConfigArgs),
    /// Puts a file into the store
    #[command(name = "put")]
    Put(PutArgs),
    /// Deletes a file or bucket from the store
    #[command(name = "del", visible_alias = "rm")]
    Del(DelArgs),
    /// Retrieves a file from the store
    #[command(name = "get")]
    Get(GetArgs),
    /// Get information about a bucket or object
    #[command(name = "info", visible_aliases = ["show", "i"])]
    Info(InfoArgs),
    /// List buckets or contents of a specific bucket
    #[command(name = "ls")]
    Ls(LsArgs),
    /// Seals a bucket preventing further updates
    #[command(name = "seal")]
    Seal(SealArgs),
    /// Watch a bucket for changes
    #[command(name = "watch")]
    Watch(WatchArgs),
}

/// The bucket settings of `add` and `edit`.
#[derive(Debug, Args)]
pub struct BucketConfigArgs {
    /// The bucket to act on
    pub bucket: String,
    /// How long to keep objects for
    #[arg(long, value_name = "DURATION")]
    pub ttl: Option<String>,
    /// How many replicas of the data to store
    #[arg(long)]
    pub replicas: Option<i64>,
    /// Maximum size for the bucket
    #[arg(long = "max-bucket-size", value_name = "BYTES")]
    pub max_bucket_size: Option<String>,
    /// A description for the bucket
    #[arg(long)]
    pub description: Option<String>,
    /// Storage backend to use (file, memory)
    #[arg(long, value_parser = ["file", "f", "memory", "m"])]
    pub storage: Option<String>,
    /// Place the store on servers that has specific tags
    #[arg(long)]
    pub tags: Vec<String>,
    /// Place the store on a specific cluster
    #[arg(long)]
    pub cluster: Option<String>,
    /// Adds metadata to the bucket
    #[arg(long, value_name = "META")]
    pub metadata: Vec<String>,
    /// Compress the bucket data
    #[arg(long, overrides_with = "no_compress")]
    pub compress: bool,
    /// Do not compress the bucket data
    #[arg(long = "no-compress", overrides_with = "compress", hide = true)]
    pub no_compress: bool,
}

/// `put`.
#[derive(Debug, Args)]
pub struct PutArgs {
    /// The bucket to act on
    pub bucket: String,
    /// The file to put
    pub file: Option<PathBuf>,
    /// Override the name supplied to the object store
    #[arg(long)]
    pub name: Option<String>,
    /// Sets an optional description for the object
    #[arg(long)]
    pub description: Option<String>,
    /// Adds headers to the object using K:V format
    #[arg(short = 'H', long = "header")]
    pub header: Vec<String>,
    /// Sets the chunk size for the file
    #[arg(long = "chunk-size")]
    pub chunk_size: Option<u32>,
    /// Show progress bars (on a terminal)
    #[arg(long, overrides_with = "no_progress", hide = true)]
    pub progress: bool,
    /// Disable progress bars
    #[arg(long = "no-progress", overrides_with = "progress")]
    pub no_progress: bool,
    /// Act without confirmation
    #[arg(short = 'f', long)]
    pub force: bool,
}

/// `del`.
#[derive(Debug, Args)]
pub struct DelArgs {
    /// The bucket to act on
    pub bucket: String,
    /// The file to retrieve
    pub file: Option<String>,
    /// Act without confirmation
    #[arg(short = 'f', long)]
    pub force: bool,
}

/// `get`.
#[derive(Debug, Args)]
pub struct GetArgs {
    /// The bucket to act on
    pub bucket: String,
    /// The file to retrieve
    pub file: String,
    /// Override the output file name
    #[arg(short = 'O', long)]
    pub output: Option<PathBuf>,
    /// Show progress bars (on a terminal)
    #[arg(long, overrides_with = "no_progress", hide = true)]
    pub progress: bool,
    /// Disable progress bars
    #[arg(long = "no-progress", overrides_with = "progress")]
    pub no_progress: bool,
    /// Act without confirmation
    #[arg(short = 'f', long)]
    pub force: bool,
}

/// `info`.
#[derive(Debug, Args)]
pub struct InfoArgs {
    /// The bucket to act on
    pub bucket: Option<String>,
    /// The file to retrieve
    pub file: Option<String>,
}

/// `ls`.
#[derive(Debug, Args)]
pub struct LsArgs {
    /// The bucket to act on
    pub bucket: Option<String>,
    /// When listing buckets, show just the bucket names
    #[arg(short = 'n', long)]
    pub names: bool,
}

/// `seal`.
#[derive(Debug, Args)]
pub struct SealArgs {
    /// The bucket to act on
    pub bucket: String,
    /// Force sealing without prompting
    #[arg(short = 'f', long)]
    pub force: bool,
}

/// `watch`.
#[derive(Debug, Args)]
pub struct WatchArgs {
    /// The bucket to act on
    pub bucket: String,
}

/// Runs `nats object ...`.
pub async fn run(global: GlobalOpts, args: ObjectArgs) -> anyhow::Result<ExitCode> {
    let session = connect::connect(&global).await?;
    let js = jsapi::for_session(&session);
    let scheme = session.settings.color_scheme.clone();
    let show_progress = !session.trace;
    let result = match args.command {
        ObjectCommand::Add(a) => add(&js, a).await,
        ObjectCommand::Edit(a) => edit(&js, a).await,
        ObjectCommand::Put(a) => put(&js, a, show_progress).await,
        ObjectCommand::Get(a) => get(&js, a, show_progress).await,
        ObjectCommand::Del(a) => del(&js, a).await,
        ObjectCommand::Info(a) => info(&js, a).await,
        ObjectCommand::Ls(a) => ls(&js, a, &scheme).await,
        ObjectCommand::Seal(a) => seal(&js, a).await,
        ObjectCommand::Watch(a) => watch(&js, a).await,
    };
    session.close().await;
    result.map(|()| ExitCode::SUCCESS)
}

fn apply_flags(cfg: &mut ObjectStoreConfig, a: &BucketConfigArgs) -> anyhow::Result<()> {
    if let Some(t) = &a.ttl {
        cfg.ttl = parse_duration(t, "--ttl")?;
    }
    if let Some(r) = a.replicas {
        cfg.replicas = r;
    }
    if let Some(s) = &a.max_bucket_size {
        let t = s.trim();
        cfg.max_bytes = if t == "-1" {
            -1
        } else {
            let n = crate::kit::numbers::parse_size(t)
                .map_err(|e| anyhow!("invalid value for --max-bucket-size: {e}"))?;
            i64::try_from(n).map_err(|_| anyhow!("invalid value for --max-bucket-size: {s}"))?
        };
    }
    if let Some(d) = &a.description {
        cfg.description = d.clone();
    }
    if let Some(s) = &a.storage {
        cfg.storage = if s.starts_with('m') {
            Storage::Memory
        } else {
            Storage::File
        };
    }
    if a.cluster.is_some() || !a.tags.is_empty() {
        cfg.placement = placement(&a.cluster, &a.tags);
    }
    if !a.metadata.is_empty() {
        cfg.metadata = parse_metadata(&a.metadata)?;
    }
    if a.compress {
        cfg.compression = true;
    }
    if a.no_compress {
        cfg.compression = false;
    }
    Ok(())
}

async fn add(js: &JetStream, a: BucketConfigArgs) -> anyhow::Result<()> {
    let mut cfg = ObjectStoreConfig::new(a.bucket.clone());
    apply_flags(&mut cfg, &a)?;
    let store = object::create_bucket(js, &cfg).await?;
    show_bucket_info(&store).await
}

async fn edit(js: &JetStream, a: BucketConfigArgs) -> anyhow::Result<()> {
    let store = object::bucket(js, &a.bucket).await?;
    let nfo = store.status().await?;
    let mut cfg = ObjectStoreConfig::from_stream(&nfo.config);
    apply_flags(&mut cfg, &a)?;
    let mut scfg = cfg.stream_config()?;
    scfg.sealed = nfo.config.sealed;
    js.update_stream(&scfg).await?;
    show_bucket_info(&store).await
}

/// A progress bar on stderr for `total` bytes, hidden unless wanted and on a terminal.
fn progress_bar(wanted: bool, total: Option<u64>) -> ProgressBar {
    let Some(total) = total.filter(|t| wanted && *t > PROGRESS_MIN) else {
        return ProgressBar::hidden();
    };
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr());
    bar.set_style(
        ProgressStyle::with_template(
            "{bytes:>10} / {total_bytes:<10} [{bar:40}] {binary_bytes_per_sec} ETA {eta}",
        )
        .unwrap_or_else(|_| ProgressStyle::default_bar())
        .progress_chars("=> "),
    );
    bar
}

/// `K:V` headers (natscli's `ParseStringsToHeader`).
fn parse_headers(items: &[String]) -> anyhow::Result<BTreeMap<String, Vec<String>>> {
    let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for h in items {
        let Some((k, v)) = h.split_once(':') else {
            bail!("invalid header {h:?}");
        };
        out.entry(k.trim().to_string())
            .or_default()
            .push(v.trim().to_string());
    }
    Ok(out)
}

/// Go's `filepath.Clean` for the common cases: repeated separators, `.` elements and
/// trailing separators removed.
fn clean_path(p: &str) -> String {
    let abs = p.starts_with('/');
    let mut parts: Vec<&str> = Vec::new();
    for part in p.split('/') {
        match part {
            "" | "." => {}
            ".." if parts.last().is_some_and(|l| *l != "..") => {
                parts.pop();
            }
            ".." if abs => {}
            other => parts.push(other),
        }
    }
    let joined = parts.join("/");
    match (abs, joined.is_empty()) {
        (true, _) => format!("/{joined}"),
        (false, true) => ".".to_string(),
        (false, false) => joined,
    }
}

async fn put(js: &JetStream, a: PutArgs, progress: bool) -> anyhow::Result<()> {
    let store = object::bucket(js, &a.bucket).await?;
    let file = a.file.as_ref().map(|f| f.to_string_lossy().into_owned());
    let name = match (&a.name, &file) {
        (Some(n), _) if !n.is_empty() => n.clone(),
        (_, Some(f)) if !f.is_empty() => f.clone(),
        _ => bail!("--name is required when reading from stdin"),
    };
    if let Some(f) = &a.file {
        if !f.is_file() {
            bail!("path '{}' does not exist", f.display());
        }
    }
    if !a.force {
        if let Ok(nfo) = store.info(&name).await {
            print!("{}", object_info_report(&nfo));
            println!();
            if !prompt::confirm(
                &format!("Replace existing file {} > {name}", a.bucket),
                false,
                "-f",
            )? {
                return Ok(());
            }
            println!();
        }
    }
    let meta = ObjectMeta {
        name: clean_path(&name),
        description: a.description.clone().unwrap_or_default(),
        headers: parse_headers(&a.header)?,
        metadata: BTreeMap::new(),
        options: a.chunk_size.map(|c| ObjectMetaOptions {
            link: None,
            max_chunk_size: c,
        }),
    };
    let nfo = match &a.file {
        Some(path) => {
            let mut f = tokio::fs::File::open(path)
                .await
                .with_context(|| format!("open {}", path.display()))?;
            let size = f.metadata().await.map(|m| m.len()).ok();
            let bar = progress_bar(progress && !a.no_progress, size);
            let r = store.put(meta, &mut f, |n| bar.set_position(n)).await;
            finish(&bar);
            r?
        }
        None => {
            let mut stdin = tokio::io::stdin();
            store.put(meta, &mut stdin, |_| {}).await?
        }
    };
    println!();
    print!("{}", object_info_report(&nfo));
    Ok(())
}

fn finish(bar: &ProgressBar) {
    if !bar.is_hidden() {
        bar.finish();
        eprintln!();
    }
}

async fn get(js: &JetStream, a: GetArgs, progress: bool) -> anyhow::Result<()> {
    let store = object::bucket(js, &a.bucket).await?;
    let nfo = store.info(&a.file).await?;
    let out = match &a.output {
        Some(o) => o.clone(),
        None => PathBuf::from(
            Path::new(nfo.name())
                .file_name()
                .map(|n| n.to_os_string())
                .unwrap_or_else(|| nfo.name().into()),
        ),
    };
    let out = std::path::absolute(&out).unwrap_or(out);
    if !a.force
        && out.exists()
        && !prompt::confirm(
            &format!("Replace existing target file {}", out.display()),
            false,
            "-f",
        )?
    {
        return Ok(());
    }
    let mut f = tokio::fs::File::create(&out)
        .await
        .with_context(|| format!("create {}", out.display()))?;
    let bar = progress_bar(progress && !a.no_progress, Some(nfo.size));
    let start = Instant::now();
    let r = store.get(&a.file, &mut f, |n| bar.set_position(n)).await;
    finish(&bar);
    drop(f);
    let got = match r {
        Ok(i) => i,
        Err(e) => {
            let _ = std::fs::remove_file(&out);
            return Err(e.into());
        }
    };
    let elapsed = start.elapsed();
    let size = ibytes(got.size);
    if elapsed.as_secs_f64() > 2.0 {
        let bps = got.size as f64 / elapsed.as_secs_f64();
        println!(
            "Wrote: {size} to {} in {} average {}/s",
            out.display(),
            duration::humanize(elapsed),
            ibytes(bps as u64)
        );
    } else {
        println!(
            "Wrote: {size} to {} in {}",
            out.display(),
            duration::humanize(elapsed)
        );
    }
    Ok(())
}

async fn del(js: &JetStream, a: DelArgs) -> anyhow::Result<()> {
    let Some(file) = a.file.filter(|f| !f.is_empty()) else {
        if !a.force
            && !prompt::confirm(
                &format!("Delete bucket {} and all its files?", a.bucket),
                false,
                "-f",
            )?
        {
            println!("Skipping delete");
            return Ok(());
        }
        object::delete_bucket(js, &a.bucket).await?;
        return Ok(());
    };
    let store = object::bucket(js, &a.bucket).await?;
    if !a.force {
        let nfo = store.info(&file).await?;
        if !prompt::confirm(
            &format!(
                "Delete {} byte file {} > {file}?",
                ibytes(nfo.size),
                a.bucket
            ),
            false,
            "-f",
        )? {
            println!("Skipping delete");
            return Ok(());
        }
    }
    store.delete(&file).await?;
    println!("Removed {} > {file}", a.bucket);
    show_bucket_info(&store).await
}

async fn info(js: &JetStream, a: InfoArgs) -> anyhow::Result<()> {
    let bucket = match a.bucket.filter(|b| !b.is_empty()) {
        Some(b) => b,
        None => pick_bucket(js).await?,
    };
    let store = object::bucket(js, &bucket).await?;
    match a.file.filter(|f| !f.is_empty()) {
        None => show_bucket_info(&store).await,
        Some(f) => {
            let nfo = store.info(&f).await?;
            print!("{}", object_info_report(&nfo));
            Ok(())
        }
    }
}

async fn pick_bucket(js: &JetStream) -> anyhow::Result<String> {
    let known: Vec<String> = object::buckets(js)
        .await?
        .into_iter()
        .map(|s| object::bucket_of(&s.config.name).to_string())
        .collect();
    if known.is_empty() {
        bail!("no Object buckets found");
    }
    let opts: Vec<&str> = known.iter().map(String::as_str).collect();
    prompt::select("Select a Bucket", &opts, opts[0], "the BUCKET argument")
}

async fn show_bucket_info(store: &ObjectStore) -> anyhow::Result<()> {
    let nfo = store.status().await?;
    print!("{}", bucket_report(&nfo));
    Ok(())
}

/// natscli's `showBucketInfo`.
fn bucket_report(nfo: &StreamInfo) -> String {
    let cfg = &nfo.config;
    let bucket = object::bucket_of(&cfg.name);
    let mut cols = Columns::new(format!(
        "Information for Object Store Bucket {bucket} created {}",
        columns::time(&nfo.created)
    ));
    cols.title("Configuration");
    cols.row("Bucket Name", bucket);
    cols.row_if_not_empty("Description", &cfg.description);
    cols.row("Replicas", cfg.num_replicas.to_string());
    cols.row(
        "TTL",
        if cfg.max_age <= 0 {
            "unlimited".to_string()
        } else {
            columns::nanos(cfg.max_age)
        },
    );
    cols.row("Sealed", cfg.sealed.to_string());
    cols.row("Size", ibytes(nfo.state.bytes));
    cols.row(
        "Maximum Bucket Size",
        if cfg.max_bytes == -1 {
            "unlimited".to_string()
        } else {
            ibytes(cfg.max_bytes.max(0) as u64)
        },
    );
    cols.row("Storage", storage_name(cfg.storage));
    cols.row("Backing Store Kind", "JetStream");
    cols.row("JetStream Stream", cfg.name.clone());
    let meta: Vec<String> = cfg
        .metadata
        .iter()
        .filter(|(k, _)| !k.starts_with("_nats"))
        .map(|(k, v)| format!("{k}: {v}"))
        .collect();
    for (i, m) in meta.iter().enumerate() {
        cols.row(if i == 0 { "Metadata" } else { "" }, m.clone());
    }
    if let Some(c) = &nfo.cluster {
        cols.title("Cluster Information");
        cols.row("Name", c.name.clone().unwrap_or_default());
        cols.row("Leader", c.leader.clone().unwrap_or_default());
    }
    cols.render()
}

/// natscli's `showObjectInfo`.
fn object_info_report(nfo: &ObjectInfo) -> String {
    let mut cols = Columns::new(format!(
        "Object information for {} > {}",
        nfo.bucket,
        nfo.name()
    ));
    cols.row_if_not_empty("Description", &nfo.meta.description);
    cols.row("Size", ibytes(nfo.size));
    cols.row("Modification Time", columns::time(&nfo.mtime));
    cols.row("Chunks", crate::kit::numbers::comma(u64::from(nfo.chunks)));
    let digest = match nfo.digest_bytes() {
        Some((alg, bytes)) => format!(
            "{alg} {}",
            bytes.iter().map(|b| format!("{b:02x}")).collect::<String>()
        ),
        None => nfo.digest.clone(),
    };
    cols.row("Digest", digest);
    cols.row_if("Deleted", "true", nfo.deleted);
    let headers: Vec<String> = nfo
        .meta
        .headers
        .iter()
        .flat_map(|(k, vs)| vs.iter().map(move |v| format!("{k}: {v}")))
        .collect();
    for (i, h) in headers.iter().enumerate() {
        cols.row(if i == 0 { "Headers" } else { "" }, h.clone());
    }
    if !nfo.meta.metadata.is_empty() {
        cols.title("Metadata");
        for (k, v) in &nfo.meta.metadata {
            cols.row(k, v.clone());
        }
    }
    cols.render()
}

async fn ls(js: &JetStream, a: LsArgs, scheme: &str) -> anyhow::Result<()> {
    let Some(bucket) = a.bucket.filter(|b| !b.is_empty()) else {
        return ls_buckets(js, a.names, scheme).await;
    };
    let store = object::bucket(js, &bucket).await?;
    let contents = store.list().await?;
    if a.names {
        for i in &contents {
            println!("{}", i.name());
        }
        return Ok(());
    }
    if contents.is_empty() {
        println!("No entries found");
        return Ok(());
    }
    let rows: Vec<Vec<String>> = contents
        .iter()
        .map(|i| {
            vec![
                i.name().to_string(),
                ibytes(i.size),
                columns::time(&i.mtime),
            ]
        })
        .collect();
    println!(
        "{}",
        output::table("Bucket Contents", &["Name", "Size", "Time"], &rows, scheme)
    );
    Ok(())
}

async fn ls_buckets(js: &JetStream, names: bool, scheme: &str) -> anyhow::Result<()> {
    let mut found = object::buckets(js).await?;
    if found.is_empty() {
        if !names {
            println!("No Object Store buckets found");
        }
        return Ok(());
    }
    if names {
        for s in &found {
            println!("{}", object::bucket_of(&s.config.name));
        }
        return Ok(());
    }
    found.sort_by_key(|s| s.state.bytes);
    let rows: Vec<Vec<String>> = found
        .iter()
        .map(|s| {
            vec![
                object::bucket_of(&s.config.name).to_string(),
                s.config.description.clone(),
                columns::time(&s.created),
                ibytes(s.state.bytes),
                columns::since(&s.state.last_ts, s.ts.as_deref()),
            ]
        })
        .collect();
    println!(
        "{}",
        output::table(
            "Object Store Buckets",
            &["Bucket", "Description", "Created", "Size", "Last Update"],
            &rows,
            scheme
        )
    );
    Ok(())
}

async fn seal(js: &JetStream, a: SealArgs) -> anyhow::Result<()> {
    if !a.force
        && !prompt::confirm(
            &format!(
                "Really seal Bucket {}, sealed buckets can not be unsealed or modified",
                a.bucket
            ),
            false,
            "-f",
        )?
    {
        return Ok(());
    }
    let store = object::bucket(js, &a.bucket).await?;
    store.seal().await?;
    println!("{} has been sealed", a.bucket);
    show_bucket_info(&store).await
}

async fn watch(js: &JetStream, a: WatchArgs) -> anyhow::Result<()> {
    use std::io::Write as _;
    let store = object::bucket(js, &a.bucket).await?;
    let mut w = store.watch(true).await?;
    loop {
        let ev = tokio::select! {
            ev = w.next() => ev?,
            () = connect::interrupted() => break,
        };
        let i = match ev {
            None => break,
            Some(ObjectWatchEvent::EndOfInitialData) => continue,
            Some(ObjectWatchEvent::Info(i)) => i,
        };
        let mut out = std::io::stdout().lock();
        if i.deleted {
            writeln!(
                out,
                "[{}] DEL {} > {}",
                columns::time(&i.mtime),
                i.bucket,
                i.name()
            )?;
        } else {
            writeln!(
                out,
                "[{}] PUT {} > {}: {} bytes in {} chunks",
                columns::time(&i.mtime),
                i.bucket,
                i.name(),
                ibytes(i.size),
                crate::kit::numbers::comma(u64::from(i.chunks))
            )?;
        }
        out.flush()?;
    }
    w.stop().await;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_clean_like_go() {
        assert_eq!(clean_path("a//b/./c/"), "a/b/c");
        assert_eq!(clean_path("/x/../y"), "/y");
        assert_eq!(clean_path("./"), ".");
        assert_eq!(clean_path("../a"), "../a");
    }

    #[test]
    fn headers_parse_k_v() {
        let h = parse_headers(&["A: 1".into(), "A:2".into(), "B : x:y".into()]).expect("headers");
        assert_eq!(h["A"], ["1", "2"]);
        assert_eq!(h["B"], ["x:y"]);
        assert!(parse_headers(&["nocolon".into()]).is_err());
    }
}
