//! `nats stream backup` (alias `snapshot`) and `nats stream restore`, as natscli's
//! `backupAction`/`restoreAction` with jsm.go's `SnapshotToDirectory` and
//! `RestoreSnapshotFromDirectory` do them.
//!
//! A backup is a directory holding `backup.json` (`{"config": ..., "state": ...}` from the
//! snapshot response, indented) and `stream.tar.s2` (the server's snapshot bytes as they
//! arrived). The data is never interpreted here beyond counting its uncompressed size, so a
//! backup taken from nats-server restores on rnats and the other way round.

use std::io::{IsTerminal as _, Read as _, Write as _};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{anyhow, bail, Context as _};
use bytes::Bytes;
use clap::Args;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rnats_proto::jetstream::JetStream;
use serde_json::{json, Value};

use crate::kit::numbers::comma;
use rnats_proto::kit::format::duration_string;
use rnats_proto::kit::format::ibytes;

/// Chunk size asked of the server when `--chunk-size` is not given (jsm.go's default).
const DEFAULT_CHUNK: usize = 128 * 1024;
/// Chunk size of a restore upload (jsm.go's).
const RESTORE_CHUNK: usize = 64 * 1024;
/// How long a backup waits for the next chunk at least.
const IDLE_TIMEOUT: Duration = Duration::from_secs(5);

/// `stream backup`.
#[derive(Debug, Args)]
pub struct BackupArgs {
    /// Stream to backup
    pub stream: String,
    /// Directory to create the backup in
    pub target: PathBuf,
    /// Enables or disables progress reporting using a progress bar
    #[arg(long, overrides_with = "no_progress")]
    pub progress: bool,
    /// Disable progress reporting
    #[arg(long = "no-progress", overrides_with = "progress")]
    pub no_progress: bool,
    /// Checks the stream for health prior to backup
    #[arg(long)]
    pub check: bool,
    /// Enable or disable consumer backups
    #[arg(long, overrides_with = "no_consumers")]
    pub consumers: bool,
    /// Do not back up the consumers
    #[arg(long = "no-consumers", overrides_with = "consumers")]
    pub no_consumers: bool,
    /// Sets a specific chunk size that the server will send
    #[arg(long = "chunk-size", value_name = "CHUNK-SIZE")]
    pub chunk_size: Option<String>,
    /// Sets a specific window size that the server will send
    #[arg(long = "window-size", value_name = "WINDOW-SIZE")]
    pub window_size: Option<String>,
}

/// `stream restore`.
#[derive(Debug, Args)]
pub struct RestoreArgs {
    /// The directory holding the backup to restore
    pub file: PathBuf,
    /// Enables or disables progress reporting using a progress bar
    #[arg(long, overrides_with = "no_progress")]
    pub progress: bool,
    /// Disable progress reporting
    #[arg(long = "no-progress", overrides_with = "progress")]
    pub no_progress: bool,
    /// Load a different configuration when restoring the stream
    #[arg(long, value_name = "CONFIG")]
    pub config: Option<PathBuf>,
    /// Place the stream in a specific cluster
    #[arg(long, value_name = "CLUSTER")]
    pub cluster: Option<String>,
    /// Place the stream on servers that has specific tags (pass multiple times)
    #[arg(long = "tag", value_name = "TAG")]
    pub tags: Vec<String>,
    /// Override how many replicas of the data to create
    #[arg(long, value_name = "REPLICAS")]
    pub replicas: Option<i64>,
}

/// natscli's `ParseStringAsBytes` for the size flags.
fn parse_size(text: &str, flag: &str) -> anyhow::Result<i64> {
    let n = crate::kit::numbers::parse_size(text.trim())
        .map_err(|e| anyhow!("invalid value for --{flag}: {e}"))?;
    i64::try_from(n).map_err(|_| anyhow!("invalid value for --{flag}: {text} is too large"))
}

/// A byte progress bar on stderr, drawn only on a terminal.
fn progress_bar(wanted: bool, total: u64) -> ProgressBar {
    if !wanted || total == 0 || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr());
    bar.set_style(
        ProgressStyle::with_template(
            "{bytes:>10} / {total_bytes:<10} [{bar:40}] {binary_bytes_per_sec}",
        )
        .unwrap_or_else(|_| ProgressStyle::default_bar())
        .progress_chars("=> "),
    );
    bar
}

/// Go's `time.Duration.Round(unit).String()`.
fn rounded(d: Duration, unit: Duration) -> String {
    let u = unit.as_nanos().max(1);
    let n = (d.as_nanos() + u / 2) / u * u;
    duration_string(Duration::from_nanos(u64::try_from(n).unwrap_or(u64::MAX)))
}

/// The uncompressed size of an S2 stream (checks it decodes, too).
fn uncompressed_size(path: &Path) -> anyhow::Result<u64> {
    let f = std::fs::File::open(path)?;
    let mut r = minlz::Reader::new(std::io::BufReader::new(f));
    let mut buf = vec![0u8; 64 * 1024];
    let mut total = 0u64;
    loop {
        let n = r.read(&mut buf)?;
        if n == 0 {
            return Ok(total);
        }
        total += n as u64;
    }
}

/// Runs `stream backup`.
pub async fn backup(js: &JetStream, a: BackupArgs) -> anyhow::Result<()> {
    let info = js
        .stream_info(&a.stream)
        .await
        .context("could not request Stream info")?;
    if matches!(info.config.storage, rnats_proto::jetstream::Storage::Memory) {
        bail!("snapshot failed: memory streams do not support snapshots");
    }
    let chunk = match &a.chunk_size {
        Some(t) => parse_size(t, "chunk-size")?,
        None => 0,
    };
    let window = match &a.window_size {
        Some(t) => parse_size(t, "window-size")?,
        None => 0,
    };
    let chunk = if chunk == 0 {
        DEFAULT_CHUNK as i64
    } else {
        chunk
    };
    let client = js.client();
    let inbox = client.new_inbox();
    let mut req = json!({
        "deliver_subject": inbox,
        "no_consumers": a.no_consumers,
        "chunk_size": chunk,
    });
    if window > 0 {
        req["window_size"] = json!(window);
    }
    if a.check {
        req["jsck"] = json!(true);
    }
    let resp: Value = js
        .request(&format!("STREAM.SNAPSHOT.{}", a.stream), &req)
        .await
        .context("snapshot failed")?;
    let expected = resp
        .pointer("/state/bytes")
        .and_then(Value::as_u64)
        .unwrap_or(0);
    std::fs::create_dir_all(&a.target)
        .with_context(|| format!("snapshot failed: could not create {}", a.target.display()))?;
    let data_path = a.target.join("stream.tar.s2");
    let meta_path = a.target.join("backup.json");
    let mut data = std::fs::File::create(&data_path)
        .with_context(|| format!("snapshot failed: could not create {}", data_path.display()))?;
    std::fs::File::create(&meta_path)
        .with_context(|| format!("snapshot failed: could not create {}", meta_path.display()))?;

    let show_progress = !a.no_progress;
    println!(
        "Starting backup of Stream {:?} with {}",
        a.stream,
        ibytes(expected)
    );
    if show_progress {
        println!();
    }
    if a.check {
        println!(
            "Health Check was requested, this can take a long time without progress reports\n"
        );
    }
    let bar = progress_bar(show_progress, expected);
    let mut sub = client.subscribe(inbox.clone()).await?;
    let idle = IDLE_TIMEOUT.max(js.timeout());
    let start = Instant::now();
    let mut received = 0u64;
    let mut chunks = 0u64;
    loop {
        let msg = match tokio::time::timeout(idle, sub.next()).await {
            Ok(Some(m)) => m,
            Ok(None) => bail!("snapshot failed: connection closed"),
            Err(_) => {
                bar.finish_and_clear();
                bail!(
                    "snapshot failed: backup timed out after receiving no data for a long period"
                );
            }
        };
        if msg.payload.is_empty() {
            if let Some(status) = msg.status().filter(|s| *s != 204) {
                bar.finish_and_clear();
                bail!(
                    "snapshot failed: {status} {}",
                    msg.description().unwrap_or_default()
                );
            }
            break;
        }
        if let Some(reply) = &msg.reply {
            client.publish(reply.clone(), Bytes::new()).await?;
        }
        data.write_all(&msg.payload)
            .context("snapshot failed: writing the data file")?;
        received += msg.payload.len() as u64;
        chunks += 1;
        bar.set_position(received.min(expected));
    }
    let _ = sub.unsubscribe().await;
    data.flush()?;
    drop(data);
    bar.finish_and_clear();
    let elapsed = start.elapsed();
    let meta = json!({
        "config": resp.get("config").cloned().unwrap_or(Value::Null),
        "state": resp.get("state").cloned().unwrap_or(Value::Null),
    });
    std::fs::write(&meta_path, serde_json::to_vec_pretty(&meta)?)
        .with_context(|| format!("snapshot failed: could not write {}", meta_path.display()))?;
    let uncompressed = uncompressed_size(&data_path)
        .map_err(|e| anyhow!("snapshot failed: the received data does not decode: {e}"))?;
    println!();
    println!(
        "Received {} compressed data in {} chunks for stream {:?} in {}, {} uncompressed ",
        ibytes(received),
        comma(chunks),
        a.stream,
        rounded(elapsed, Duration::from_millis(1)),
        ibytes(uncompressed)
    );
    Ok(())
}

/// Runs `stream restore`; returns the restored stream's name for the info that follows.
pub async fn restore(js: &JetStream, a: RestoreArgs) -> anyhow::Result<String> {
    let meta_path = a.file.join("backup.json");
    let data_path = a.file.join("stream.tar.s2");
    if !a.file.is_dir() {
        bail!("restore failed: {} is not a directory", a.file.display());
    }
    let raw = std::fs::read(&meta_path)
        .with_context(|| format!("restore failed: could not read {}", meta_path.display()))?;
    let bm: Value = serde_json::from_slice(&raw)
        .with_context(|| format!("restore failed: {} is not valid JSON", meta_path.display()))?;
    let name = bm
        .pointer("/config/name")
        .and_then(Value::as_str)
        .filter(|n| !n.is_empty())
        .ok_or_else(|| anyhow!("restore failed: {} has no stream name", meta_path.display()))?
        .to_string();
    match js.stream_info(&name).await {
        Ok(_) => bail!("Stream {name:?} already exist"),
        Err(e) if e.err_code() == Some(10059) => {}
        Err(e) => return Err(anyhow!(e).context("Could not check if the stream already exist")),
    }
    let mut cfg = bm.get("config").cloned().unwrap_or_else(|| json!({}));
    if let Some(path) = &a.config {
        let text = std::fs::read(path)
            .with_context(|| format!("restore failed: could not read {}", path.display()))?;
        let c: Value = serde_json::from_slice(&text).with_context(|| {
            format!(
                "invalid input: {} is not a stream configuration",
                path.display()
            )
        })?;
        if c.get("name").and_then(Value::as_str) != Some(name.as_str()) {
            bail!("stream names may not be changed during restore");
        }
        cfg = c;
    }
    if a.cluster.is_some() || !a.tags.is_empty() {
        let mut p = json!({});
        if let Some(c) = &a.cluster {
            p["cluster"] = json!(c);
        }
        if !a.tags.is_empty() {
            p["tags"] = json!(a.tags);
        }
        cfg["placement"] = p;
    }
    if let Some(r) = a.replicas.filter(|r| *r > 0) {
        cfg["num_replicas"] = json!(r);
    }
    if cfg.get("storage").and_then(Value::as_str) == Some("memory") {
        bail!("restore failed: memory streams do not support snapshots");
    }
    println!(
        "Starting restore of Stream {name:?} from file {:?}\n",
        a.file.display().to_string()
    );
    let size = std::fs::metadata(&data_path)
        .with_context(|| format!("restore failed: could not read {}", data_path.display()))?
        .len();
    let mut data = std::fs::File::open(&data_path)
        .with_context(|| format!("restore failed: could not read {}", data_path.display()))?;
    let req = json!({ "config": cfg, "state": bm.get("state").cloned().unwrap_or(Value::Null) });
    let resp: Value = js
        .request(&format!("STREAM.RESTORE.{name}"), &req)
        .await
        .context("restore failed")?;
    let deliver = resp
        .get("deliver_subject")
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
        .ok_or_else(|| anyhow!("restore failed: the server gave no deliver subject"))?
        .to_string();
    let client = js.client();
    let bar = progress_bar(!a.no_progress, size);
    let start = Instant::now();
    let mut buf = vec![0u8; RESTORE_CHUNK];
    let mut sent = 0u64;
    loop {
        let n = data.read(&mut buf)?;
        if n == 0 {
            break;
        }
        let r = client
            .request_with(
                deliver.clone(),
                None,
                Bytes::copy_from_slice(&buf[..n]),
                js.timeout(),
            )
            .await
            .context("restore failed")?;
        if r.payload.starts_with(b"{")
            && serde_json::from_slice::<Value>(&r.payload)
                .ok()
                .and_then(|v| v.get("error").cloned())
                .is_some()
        {
            bar.finish_and_clear();
            bail!(
                "restore failed: restore failed: {:?}",
                String::from_utf8_lossy(&r.payload)
            );
        }
        sent += n as u64;
        bar.set_position(sent);
    }
    let r = client
        .request_with(deliver, None, Bytes::new(), Duration::from_secs(3600))
        .await
        .context("restore failed")?;
    bar.finish_and_clear();
    let v: Value = serde_json::from_slice(&r.payload)
        .map_err(|e| anyhow!("restore failed: invalid final response: {e}"))?;
    let kind = v.get("type").and_then(Value::as_str).unwrap_or_default();
    if kind != "io.nats.jetstream.api.v1.stream_create_response" {
        bail!("restore failed: invalid final response, expected a io.nats.jetstream.api.v1.stream_create_response message but got {kind:?}");
    }
    if let Some(e) = v.get("error") {
        let desc = e
            .get("description")
            .and_then(Value::as_str)
            .unwrap_or_default();
        let code = e.get("err_code").and_then(Value::as_u64).unwrap_or(0);
        bail!("restore failed: {desc} (error code {code})");
    }
    println!();
    println!(
        "Restored stream {name:?} in {}",
        rounded(start.elapsed(), Duration::from_secs(1))
    );
    println!();
    Ok(name)
}

/// `account backup`.
#[derive(Debug, Clone, Args)]
pub struct AccountBackupArgs {
    /// Directory to create the backup in
    pub target: PathBuf,
    /// Checks the Stream for health prior to backup
    #[arg(long)]
    pub check: bool,
    /// Enable or disable consumer backups
    #[arg(long, overrides_with = "no_consumers")]
    pub consumers: bool,
    /// Do not back up the consumers
    #[arg(long = "no-consumers", overrides_with = "consumers")]
    pub no_consumers: bool,
    /// Perform backup without prompting
    #[arg(short = 'f', long)]
    pub force: bool,
    /// Treat warnings as failures
    #[arg(short = 'w', long = "critical-warnings")]
    pub critical_warnings: bool,
}

/// `account restore`.
#[derive(Debug, Clone, Args)]
pub struct AccountRestoreArgs {
    /// The directory holding the account backup to restore
    pub directory: PathBuf,
    /// Place the stream in a specific cluster
    #[arg(long, value_name = "CLUSTER")]
    pub cluster: Option<String>,
    /// Place the stream on servers that has specific tags (pass multiple times)
    #[arg(long = "tag", value_name = "TAG")]
    pub tags: Vec<String>,
}

/// Runs `account backup`: every stream into `<target>/<stream>` (natscli's `backupAction`).
pub async fn account_backup(js: &JetStream, a: AccountBackupArgs) -> anyhow::Result<()> {
    let streams = js.streams(None).await?;
    if streams.is_empty() {
        bail!("no streams found");
    }
    let size: u64 = streams.iter().map(|s| s.state.bytes).sum();
    let consumers: u64 = streams.iter().map(|s| s.state.consumer_count).sum();
    let mut cols = crate::kit::columns::Columns::new(format!(
        "Performing backup of all streams to {}",
        a.target.display()
    ));
    cols.row("Streams", streams.len().to_string());
    cols.row("Size", ibytes(size));
    cols.row("Consumers:", consumers.to_string());
    println!("{}", cols.render());
    if !a.force && !crate::kit::prompt::confirm("Perform backup", false, "-f")? {
        return Ok(());
    }
    std::fs::create_dir_all(&a.target)
        .with_context(|| format!("could not create {}", a.target.display()))?;
    let mut errs = Vec::new();
    let mut warns = Vec::new();
    for s in &streams {
        let name = s.config.name.clone();
        if matches!(s.config.storage, rnats_proto::jetstream::Storage::Memory) {
            println!("Backup of {name} failed: memory streams do not support snapshots");
            warns.push(format!("{name}: memory streams do not support snapshots"));
            println!();
            continue;
        }
        let args = BackupArgs {
            stream: name.clone(),
            target: a.target.join(&name),
            progress: false,
            no_progress: true,
            check: a.check,
            consumers: !a.no_consumers,
            no_consumers: a.no_consumers,
            chunk_size: None,
            window_size: None,
        };
        if let Err(e) = backup(js, args).await {
            println!("Backup of {name} failed: {e:#}");
            errs.push(format!("{name}: {e:#}"));
        }
        println!();
    }
    if !warns.is_empty() {
        println!("Backup Warnings: ");
        for w in &warns {
            println!("  {w}");
        }
        println!();
    }
    if !errs.is_empty() {
        println!("Backup failures: ");
        for e in &errs {
            println!("  {e}");
        }
        println!();
    }
    if !errs.is_empty() || (!warns.is_empty() && a.critical_warnings) {
        bail!("backup failed");
    }
    Ok(())
}

/// Runs `account restore`: every `<directory>/<stream>` backup (natscli's `restoreAction`).
pub async fn account_restore(js: &JetStream, a: AccountRestoreArgs) -> anyhow::Result<()> {
    let existing = js.stream_names(None).await?;
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&a.directory)
        .with_context(|| format!("setup failed: could not read {}", a.directory.display()))?
        .flatten()
        .map(|e| e.path())
        .collect();
    dirs.sort();
    for d in &dirs {
        let name = d
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if !d.is_dir() {
            bail!("expected a directory {name:?}");
        }
        if existing.contains(&name) {
            bail!("stream {name:?} exists already");
        }
        if !d.join("backup.json").is_file() {
            bail!(
                "expected backup.json: {} does not exist",
                d.join("backup.json").display()
            );
        }
    }
    println!(
        "Restoring backup of all {} streams in directory {:?}\n",
        dirs.len(),
        a.directory.display().to_string()
    );
    for d in dirs {
        let name = d
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let args = RestoreArgs {
            file: d,
            progress: false,
            no_progress: true,
            config: None,
            cluster: a.cluster.clone(),
            tags: a.tags.clone(),
            replicas: None,
        };
        let n = restore(js, args)
            .await
            .with_context(|| format!("restore for {name} failed"))?;
        crate::stream_cmd::info(js, Some(n), false, false).await?;
    }
    Ok(())
}
