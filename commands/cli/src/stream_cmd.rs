//! `nats stream` (aliases `str`, `st`, `ms`, `s`): JetStream stream management, as natscli's
//! `cli/stream_command.go` behaves: `add`, `ls`, `report`, `info`, `state`, `subjects`,
//! `edit`, `rm`, `purge`, `rmm`, `view`, `get`, `seal`, `gaps`, `copy` and `find` (jsm.go's
//! stream query filters).
//!
//! Everything goes through `rnats_proto::jetstream::JetStream` (the `$JS.API` of the context's
//! domain or API prefix). Output follows natscli: the columns report of `stream info`, the
//! rounded tables of `ls`, `report` and `subjects`, `--json` as indented JSON. Values a flag
//! did not give are asked for on a terminal only; otherwise the command fails with one line
//! naming the flag ([`crate::kit::prompt`]). Destructive commands ask for confirmation on a
//! terminal and otherwise require `-f`.

use std::collections::BTreeMap;
use std::io::Write as _;
use std::process::ExitCode;
use std::time::Duration;

use anyhow::{anyhow, bail, Context as _};
use clap::{Args, Subcommand};
use rnats_proto::jetstream::{
    Compression, Discard, JetStream, MsgGetRequest, PersistMode, PurgeRequest, Retention, Storage,
    StoredMsg, StreamConfig, StreamInfo, StreamInfoRequest,
};

use crate::kit::columns::{self, Columns};
use crate::kit::connect;
use crate::kit::duration;
use crate::kit::flags::{parse_bytes, parse_metadata, storage_name};
use crate::kit::jsapi;
use crate::kit::numbers::comma;
use crate::kit::numbers::comma_i64;
use crate::kit::output::{self, config_diff};
use crate::kit::pickers::{is_internal, pick_stream};
use crate::kit::prompt;
use crate::options::GlobalOpts;
use rnats_proto::jetstream::sourcing::{
    ExternalStream, RePublish, StreamConsumerSource, StreamSource, StreamSourceInfo,
    SubjectTransformConfig,
};
use rnats_proto::kit::format::duration_string;
use rnats_proto::kit::format::ibytes;

/// JetStream stream management
#[derive(Debug, Args)]
pub struct StreamArgs {
    /// The stream command.
    #[command(subcommand)]
    pub command: StreamCommand,
}

/// `nats stream` subcommands.
#[derive(Debug, Subcommand)]
pub enum StreamCommand {
    /// Create a new stream
    #[command(name = "add", visible_aliases = ["create", "new"])]
    Add(AddArgs),
    /// List all known streams
    #[command(name = "ls", visible_aliases = ["list", "l"])]
    Ls(LsArgs),
    /// Reports on stream statistics
    #[command(name = "report")]
    Report(ReportArgs),
    /// Stream information
    #[command(name = "info", visible_aliases = ["nfo", "i"])]
    Info(InfoArgs),
    /// Stream state
    #[command(name = "state")]
    State(StateArgs),
    /// Query subjects held in a stream
    #[command(name = "subjects", visible_alias = "subj")]
    Subjects(SubjectsArgs),
    /// Edits an existing stream
    #[command(name = "edit", visible_alias = "update")]
    Edit(EditArgs),
    /// Removes a stream
    #[command(name = "rm", visible_aliases = ["delete", "del"])]
    Rm(RmArgs),
    /// Bulk removes messages from a stream
    #[command(name = "purge")]
    Purge(PurgeArgs),
    /// Securely removes an individual message from a stream
    #[command(name = "rmm")]
    Rmm(RmmArgs),
    /// View messages in a stream
    #[command(name = "view")]
    View(ViewArgs),
    /// Retrieves a specific message from a Stream
    #[command(name = "get")]
    Get(GetArgs),
    /// Seals a stream preventing further updates
    #[command(name = "seal")]
    Seal(SealArgs),
    /// Detect gaps in the stream content that would be reported as deleted messages
    #[command(name = "gaps")]
    Gaps(GapsArgs),
    /// Creates a new stream based on the configuration of another, does not copy data
    #[command(name = "copy", visible_alias = "cp")]
    Copy(CopyArgs),
    /// Finds streams matching certain criteria
    #[command(name = "find", visible_alias = "query")]
    Find(FindArgs),
    /// Creates a backup of a stream over the NATS network
    #[command(name = "backup", visible_alias = "snapshot")]
    Backup(crate::backup_cmd::BackupArgs),
    /// Restore a stream over the NATS network
    #[command(name = "restore")]
    Restore(crate::backup_cmd::RestoreArgs),
    /// View a graph of stream activity
    #[command(name = "graph")]
    Graph(crate::graph::StreamGraphArgs),
}

/// `stream find`: natscli's filters (jsm.go's `QueryStreams`), applied in its order.
#[derive(Debug, Args)]
pub struct FindArgs {
    /// Display streams present on a regular expression matched server
    #[arg(long = "server-name", value_name = "SERVER-NAME")]
    pub server_name: Option<String>,
    /// Display streams present on a regular expression matched cluster
    #[arg(long, value_name = "CLUSTER")]
    pub cluster: Option<String>,
    /// Display streams with no messages
    #[arg(long)]
    pub empty: bool,
    /// Display streams with no new messages or consumer deliveries for a period
    #[arg(long, value_name = "DURATION", value_parser = duration::parse)]
    pub idle: Option<Duration>,
    /// Display streams created longer ago than duration
    #[arg(long, value_name = "DURATION", value_parser = duration::parse)]
    pub created: Option<Duration>,
    /// Display streams with fewer consumers than threshold
    #[arg(long, value_name = "THRESHOLD", default_value_t = -1, allow_hyphen_values = true)]
    pub consumers: i64,
    /// Filters streams by those with interest matching a subject or wildcard
    #[arg(long, value_name = "SUBJECT")]
    pub subject: Option<String>,
    /// Display streams with fewer or equal replicas than the value
    #[arg(long, value_name = "REPLICAS")]
    pub replicas: Option<u32>,
    /// Display that sources data from other streams
    #[arg(long)]
    pub sourced: bool,
    /// Display that mirrors data from other streams
    #[arg(long)]
    pub mirrored: bool,
    /// Display only clustered streams with a specific leader
    #[arg(long, value_name = "SERVER")]
    pub leader: Option<String>,
    /// Show just the stream names
    #[arg(short = 'n', long)]
    pub names: bool,
    /// Invert the check - before becomes after, with becomes without
    #[arg(long, overrides_with = "no_invert")]
    pub invert: bool,
    /// Do not invert the check
    #[arg(long = "no-invert", hide = true)]
    pub no_invert: bool,
    /// Match streams that support at least the given api level
    #[arg(long = "api-level", value_name = "API-LEVEL")]
    pub api_level: Option<i64>,
}

/// `stream copy`.
#[derive(Debug, Args)]
pub struct CopyArgs {
    /// Source stream to copy
    pub source: String,
    /// New stream to create
    pub destination: String,
    /// Configuration changes for the new stream.
    #[command(flatten)]
    pub cfg: ConfigFlags,
    /// Settings only a new stream takes.
    #[command(flatten)]
    pub add_only: AddOnlyFlags,
}

/// `stream gaps`.
#[derive(Debug, Args)]
pub struct GapsArgs {
    /// Stream to act on
    pub stream: Option<String>,
    /// Act without prompting
    #[arg(short = 'f', long)]
    pub force: bool,
    /// Enable progress bar (rnats asks the server for the deleted sequences instead of reading
    /// the whole stream, so there is no progress to show)
    #[arg(long, overrides_with = "no_progress")]
    pub progress: bool,
    /// Disable the progress bar
    #[arg(long = "no-progress", overrides_with = "progress")]
    pub no_progress: bool,
    /// Show detected gaps in JSON format
    #[arg(long)]
    pub json: bool,
}

/// `stream seal`.
#[derive(Debug, Args)]
pub struct SealArgs {
    /// The name of the stream to seal
    pub stream: String,
    /// Force sealing without prompting
    #[arg(short = 'f', long)]
    pub force: bool,
}

/// The stream configuration flags shared by `add` and `edit`.
#[derive(Debug, Clone, Default, Args)]
pub struct ConfigFlags {
    /// Subjects that are consumed by the stream
    #[arg(long, value_name = "SUBJECTS")]
    pub subjects: Vec<String>,
    /// Sets a contextual description for the stream
    #[arg(long)]
    pub description: Option<String>,
    /// Storage backend to use (file, memory)
    #[arg(long, value_parser = ["file", "f", "memory", "m"])]
    pub storage: Option<String>,
    /// Compression algorithm to use (file storage only)
    #[arg(long, value_parser = ["none", "s2"])]
    pub compression: Option<String>,
    /// When clustered, how many replicas of the data to create
    #[arg(long)]
    pub replicas: Option<i64>,
    /// Place the stream on servers that has specific tags (pass multiple times)
    #[arg(long = "tag", value_name = "TAG")]
    pub tag: Vec<String>,
    /// Backward compatibility only, use --tag
    #[arg(long = "tags", value_name = "TAG", hide = true)]
    pub tags: Vec<String>,
    /// Place the stream on a specific cluster
    #[arg(long, value_name = "CLUSTER")]
    pub cluster: Option<String>,
    /// Acknowledge publishes
    #[arg(long, overrides_with = "no_ack")]
    pub ack: bool,
    /// Do not acknowledge publishes
    #[arg(long = "no-ack", overrides_with = "ack")]
    pub no_ack: bool,
    /// Defines a retention policy (limits, interest, work)
    #[arg(long, value_parser = ["limits", "interest", "workq", "work"])]
    pub retention: Option<String>,
    /// Defines the discard policy (new, old)
    #[arg(long, value_parser = ["new", "old"])]
    pub discard: Option<String>,
    /// Sets the 'new' discard policy and applies it to every subject in the stream
    #[arg(long = "discard-per-subject")]
    pub discard_per_subject: bool,
    /// Maximum age of messages to keep
    #[arg(long = "max-age", allow_hyphen_values = true, value_name = "DURATION")]
    pub max_age: Option<String>,
    /// Maximum bytes to keep
    #[arg(long = "max-bytes", allow_hyphen_values = true, value_name = "BYTES")]
    pub max_bytes: Option<String>,
    /// Maximum number of consumers to allow
    #[arg(long = "max-consumers", allow_negative_numbers = true)]
    pub max_consumers: Option<i64>,
    /// Maximum size any 1 message may be
    #[arg(
        long = "max-msg-size",
        allow_hyphen_values = true,
        value_name = "BYTES"
    )]
    pub max_msg_size: Option<String>,
    /// Maximum amount of messages to keep
    #[arg(long = "max-msgs", allow_negative_numbers = true)]
    pub max_msgs: Option<i64>,
    /// Maximum amount of messages to keep per subject
    #[arg(long = "max-msgs-per-subject", allow_negative_numbers = true)]
    pub max_msgs_per_subject: Option<i64>,
    /// Duration of the duplicate message tracking window
    #[arg(long = "dupe-window", value_name = "DURATION")]
    pub dupe_window: Option<String>,
    /// Allows roll-ups to be done by publishing messages with special headers
    #[arg(long = "allow-rollup", overrides_with = "no_allow_rollup")]
    pub allow_rollup: bool,
    /// Disallows roll-ups
    #[arg(long = "no-allow-rollup", overrides_with = "allow_rollup", hide = true)]
    pub no_allow_rollup: bool,
    /// Deny messages from being deleted via the API
    #[arg(long = "deny-delete", overrides_with = "no_deny_delete")]
    pub deny_delete: bool,
    /// Allow messages to be deleted via the API
    #[arg(long = "no-deny-delete", overrides_with = "deny_delete", hide = true)]
    pub no_deny_delete: bool,
    /// Deny entire stream or subject purges via the API
    #[arg(long = "deny-purge", overrides_with = "no_deny_purge")]
    pub deny_purge: bool,
    /// Allow purges via the API
    #[arg(long = "no-deny-purge", overrides_with = "deny_purge", hide = true)]
    pub no_deny_purge: bool,
    /// Allows fast, direct, access to stream data via the direct get API
    #[arg(long = "allow-direct", overrides_with = "no_allow_direct")]
    pub allow_direct: bool,
    /// Disables the direct get API
    #[arg(long = "no-allow-direct", overrides_with = "allow_direct")]
    pub no_allow_direct: bool,
    /// Allows fast, direct, access to stream data via the direct get API on mirrors
    #[arg(
        long = "allow-mirror-direct",
        overrides_with = "no_allow_mirror_direct"
    )]
    pub allow_mirror_direct: bool,
    /// Disables direct gets on mirrors
    #[arg(
        long = "no-allow-mirror-direct",
        overrides_with = "allow_mirror_direct",
        hide = true
    )]
    pub no_allow_mirror_direct: bool,
    /// Allows per-message TTL handling
    #[arg(long = "allow-msg-ttl")]
    pub allow_msg_ttl: bool,
    /// Allows message schedules
    #[arg(long = "allow-schedules", overrides_with = "no_allow_schedules")]
    pub allow_schedules: bool,
    /// Disallows message schedules
    #[arg(
        long = "no-allow-schedules",
        overrides_with = "allow_schedules",
        hide = true
    )]
    pub no_allow_schedules: bool,
    /// How long delete markers should persist in the stream
    #[arg(long = "subject-del-markers-ttl", value_name = "DURATION")]
    pub subject_del_markers_ttl: Option<String>,
    /// Allow atomic batch publishing
    #[arg(long = "allow-batch", overrides_with = "no_allow_batch")]
    pub allow_batch: bool,
    /// Disallow atomic batch publishing
    #[arg(long = "no-allow-batch", overrides_with = "allow_batch", hide = true)]
    pub no_allow_batch: bool,
    /// Allow fast batch publishing
    #[arg(long = "allow-fast", overrides_with = "no_allow_fast")]
    pub allow_fast: bool,
    /// Disallow fast batch publishing
    #[arg(long = "no-allow-fast", overrides_with = "allow_fast", hide = true)]
    pub no_allow_fast: bool,
    /// Configures the stream as a distributed counter
    #[arg(long = "allow-counter")]
    pub allow_counter: bool,
    /// Completely mirror another stream
    #[arg(long, value_name = "STREAM")]
    pub mirror: Option<String>,
    /// Source data from other streams, merging into this one
    #[arg(long = "source", value_name = "STREAM")]
    pub sources: Vec<String>,
    /// Stream subject transform source
    #[arg(long = "transform-source", value_name = "SOURCE")]
    pub transform_source: Option<String>,
    /// Stream subject transform destination
    #[arg(long = "transform-destination", value_name = "DEST")]
    pub transform_destination: Option<String>,
    /// Republish messages to --republish-destination
    #[arg(long = "republish-source", value_name = "SOURCE")]
    pub republish_source: Option<String>,
    /// Republish destination for messages in --republish-source
    #[arg(long = "republish-destination", value_name = "DEST")]
    pub republish_destination: Option<String>,
    /// Republish only message headers, no bodies
    #[arg(long = "republish-headers")]
    pub republish_headers: bool,
    /// Adds metadata to the stream
    #[arg(long, value_name = "META")]
    pub metadata: Vec<String>,
    /// Produce JSON output
    #[arg(short = 'j', long)]
    pub json: bool,
}

impl ConfigFlags {
    /// `--tag` and its hidden alias `--tags` (natscli fills one list from both); `None` when
    /// neither was given.
    fn placement_tags(&self) -> Option<Vec<String>> {
        if self.tag.is_empty() && self.tags.is_empty() {
            return None;
        }
        Some(self.tag.iter().chain(&self.tags).cloned().collect())
    }
}

/// The flags natscli has on `stream add` (and `copy`) only.
#[derive(Debug, Clone, Default, Args)]
pub struct AddOnlyFlags {
    /// The maximum Consumer inactive threshold the stream allows
    #[arg(long = "limit-consumer-inactive", value_name = "THRESHOLD")]
    pub limit_consumer_inactive: Option<String>,
    /// The maximum Consumer Ack Pending the stream Allows
    #[arg(
        long = "limit-consumer-max-pending",
        value_name = "PENDING",
        allow_negative_numbers = true
    )]
    pub limit_consumer_max_pending: Option<i64>,
    /// Configures the persistence mode
    #[arg(long = "persist-mode", value_name = "MODE", value_parser = ["default", "async"])]
    pub persist_mode: Option<String>,
}

/// The flags natscli has on `stream edit` only.
#[derive(Debug, Clone, Default, Args)]
pub struct EditOnlyFlags {
    /// Removes current mirror configuration
    #[arg(long = "no-mirror")]
    pub no_mirror: bool,
    /// Removes current subject transform configuration
    #[arg(long = "no-transform")]
    pub no_transform: bool,
    /// Removes current republish configuration
    #[arg(long = "no-republish")]
    pub no_republish: bool,
}

/// Resolves a `--x`/`--no-x` pair: `None` when neither was given.
fn pair(yes: bool, no: bool) -> Option<bool> {
    match (yes, no) {
        (true, _) => Some(true),
        (_, true) => Some(false),
        _ => None,
    }
}

/// `stream add`.
#[derive(Debug, Args)]
pub struct AddArgs {
    /// Stream name
    pub stream: Option<String>,
    /// JSON file to read configuration from
    #[arg(long, value_name = "FILE")]
    pub config: Option<std::path::PathBuf>,
    /// Save configuration instead of creating
    #[arg(long, value_name = "FILE")]
    pub output: Option<std::path::PathBuf>,
    /// Sets the starting sequence
    #[arg(long = "first-sequence")]
    pub first_sequence: Option<u64>,
    /// Accept default values for all prompts
    #[arg(long)]
    pub defaults: bool,
    /// Configuration.
    #[command(flatten)]
    pub cfg: ConfigFlags,
    /// Settings only a new stream takes.
    #[command(flatten)]
    pub add_only: AddOnlyFlags,
}

/// `stream ls`.
#[derive(Debug, Args)]
pub struct LsArgs {
    /// Limit the list to streams with matching subjects
    #[arg(long)]
    pub subject: Option<String>,
    /// Show just the stream names
    #[arg(short = 'n', long)]
    pub names: bool,
    /// Produce JSON output
    #[arg(short = 'j', long)]
    pub json: bool,
    /// When listing or selecting streams show all streams including system ones
    #[arg(short = 'a', long)]
    pub all: bool,
}

/// `stream report`.
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// Limit the report to streams with matching subjects
    #[arg(long)]
    pub subject: Option<String>,
    /// Sort by number of Consumers
    #[arg(short = 'o', long)]
    pub consumers: bool,
    /// Sort by number of Messages
    #[arg(short = 'm', long)]
    pub messages: bool,
    /// Sort by stream name
    #[arg(short = 'n', long)]
    pub name: bool,
    /// Sort by Storage type
    #[arg(short = 't', long)]
    pub storage: bool,
    /// Show un-formatted numbers
    #[arg(short = 'r', long)]
    pub raw: bool,
    /// Produce JSON output
    #[arg(short = 'j', long)]
    pub json: bool,
    /// When listing or selecting streams show all streams including system ones
    #[arg(short = 'a', long)]
    pub all: bool,
}

/// `stream info`.
#[derive(Debug, Args)]
pub struct InfoArgs {
    /// Stream to retrieve information for
    pub stream: Option<String>,
    /// Produce JSON output
    #[arg(short = 'j', long)]
    pub json: bool,
    /// Shows only the stream state
    #[arg(long)]
    pub state: bool,
    /// Do not select streams from a list
    #[arg(long = "no-select")]
    pub no_select: bool,
}

/// `stream state`.
#[derive(Debug, Args)]
pub struct StateArgs {
    /// Stream to retrieve state information for
    pub stream: Option<String>,
    /// Produce JSON output
    #[arg(short = 'j', long)]
    pub json: bool,
    /// Do not select streams from a list
    #[arg(long = "no-select")]
    pub no_select: bool,
}

/// `stream subjects`.
#[derive(Debug, Args)]
pub struct SubjectsArgs {
    /// Stream name
    pub stream: Option<String>,
    /// Limit the subjects to those matching a filter
    #[arg(default_value = ">")]
    pub filter: String,
    /// Produce JSON output
    #[arg(short = 'j', long)]
    pub json: bool,
    /// Adjusts the sorting order (name, messages)
    #[arg(long, default_value = "messages", value_parser = ["name", "subjects", "messages", "count"])]
    pub sort: String,
    /// Reverse sort servers
    #[arg(short = 'R', long)]
    pub reverse: bool,
    /// List only subject names
    #[arg(long)]
    pub names: bool,
}

/// `stream edit`.
#[derive(Debug, Args)]
pub struct EditArgs {
    /// Stream to retrieve edit
    pub stream: Option<String>,
    /// JSON file to read configuration from
    #[arg(long, value_name = "FILE")]
    pub config: Option<std::path::PathBuf>,
    /// Force edit without prompting
    #[arg(short = 'f', long)]
    pub force: bool,
    /// Only shows differences, do not edit the stream
    #[arg(long = "dry-run")]
    pub dry_run: bool,
    /// Configuration changes.
    #[command(flatten)]
    pub cfg: ConfigFlags,
    /// Removals.
    #[command(flatten)]
    pub edit_only: EditOnlyFlags,
}

/// `stream rm`.
#[derive(Debug, Args)]
pub struct RmArgs {
    /// Stream name
    pub stream: Option<String>,
    /// Force removal without prompting
    #[arg(short = 'f', long)]
    pub force: bool,
}

/// `stream purge`.
#[derive(Debug, Args)]
pub struct PurgeArgs {
    /// Stream name
    pub stream: Option<String>,
    /// Produce JSON output
    #[arg(short = 'j', long)]
    pub json: bool,
    /// Force removal without prompting
    #[arg(short = 'f', long)]
    pub force: bool,
    /// Limits the purge to a specific subject
    #[arg(long, value_name = "SUBJECT")]
    pub subject: Option<String>,
    /// Purge up to but not including a specific message sequence
    #[arg(long, value_name = "SEQUENCE")]
    pub seq: Option<u64>,
    /// Keeps a certain number of messages after the purge
    #[arg(long, value_name = "MESSAGES")]
    pub keep: Option<u64>,
}

/// `stream rmm`.
#[derive(Debug, Args)]
pub struct RmmArgs {
    /// Stream name
    pub stream: Option<String>,
    /// Message Sequence to remove
    pub id: Option<u64>,
    /// Force removal without prompting
    #[arg(short = 'f', long)]
    pub force: bool,
}

/// `stream view`.
#[derive(Debug, Args)]
pub struct ViewArgs {
    /// Stream name
    pub stream: Option<String>,
    /// Page size <= 25
    #[arg(default_value_t = 10)]
    pub size: usize,
    /// Start at a specific message Sequence
    #[arg(long)]
    pub id: Option<u64>,
    /// Delivers messages received since a duration like 1d3h5m2s
    #[arg(long, value_name = "SINCE", value_parser = duration::parse)]
    pub since: Option<Duration>,
    /// Show the raw data received
    #[arg(long)]
    pub raw: bool,
    /// Translate the message data by running it through the given command before output
    #[arg(long)]
    pub translate: Option<String>,
    /// Filter the stream using a subject
    #[arg(long)]
    pub subject: Option<String>,
}

/// `stream get`.
#[derive(Debug, Args)]
pub struct GetArgs {
    /// Stream name
    pub stream: Option<String>,
    /// Message Sequence to retrieve
    pub id: Option<u64>,
    /// Retrieves the message for a specific subject
    #[arg(short = 'S', long = "last-for", value_name = "SUBJECT")]
    pub last_for: Option<String>,
    /// Produce JSON output
    #[arg(short = 'j', long)]
    pub json: bool,
    /// Translate the message data by running it through the given command before output
    #[arg(long)]
    pub translate: Option<String>,
}

/// Runs `nats stream ...`.
pub async fn run(global: GlobalOpts, args: StreamArgs) -> anyhow::Result<ExitCode> {
    let command = match args.command {
        // natscli checks for a terminal before it connects.
        StreamCommand::Graph(a) => return crate::graph::stream(&global, a).await,
        other => other,
    };
    let session = connect::connect(&global).await?;
    let js = jsapi::for_session(&session);
    let ok = |r: anyhow::Result<()>| r.map(|()| ExitCode::SUCCESS);
    let result = match command {
        StreamCommand::Graph(_) => Ok(ExitCode::SUCCESS),
        StreamCommand::Edit(a) => edit(&js, a).await,
        StreamCommand::Add(a) => ok(add(&js, a).await),
        StreamCommand::Ls(a) => ok(ls(&js, a).await),
        StreamCommand::Report(a) => ok(report(&js, a).await),
        StreamCommand::Info(a) => match no_select(a.no_select, a.stream.as_deref()) {
            Ok(()) => ok(info(&js, a.stream, a.json, a.state).await),
            Err(e) => Err(e),
        },
        StreamCommand::State(a) => match no_select(a.no_select, a.stream.as_deref()) {
            Ok(()) => ok(info(&js, a.stream, a.json, true).await),
            Err(e) => Err(e),
        },
        StreamCommand::Subjects(a) => ok(subjects(&js, a).await),
        StreamCommand::Rm(a) => ok(rm(&js, a).await),
        StreamCommand::Purge(a) => ok(purge(&js, a).await),
        StreamCommand::Rmm(a) => ok(rmm(&js, a).await),
        StreamCommand::View(a) => ok(view(&js, a).await),
        StreamCommand::Get(a) => ok(get(&js, a).await),
        StreamCommand::Seal(a) => ok(seal(&js, a).await),
        StreamCommand::Gaps(a) => ok(gaps(&js, a).await),
        StreamCommand::Copy(a) => ok(copy(&js, a).await),
        StreamCommand::Find(a) => ok(find(&js, a).await),
        StreamCommand::Backup(a) => ok(crate::backup_cmd::backup(&js, a).await),
        StreamCommand::Restore(a) => match crate::backup_cmd::restore(&js, a).await {
            Ok(name) => ok(info(&js, Some(name), false, false).await),
            Err(e) => Err(e),
        },
    };
    session.close().await;
    result
}

/// `--no-select`: no picker even on a terminal (natscli's `selectStream` with `force`).
fn no_select(no_select: bool, stream: Option<&str>) -> anyhow::Result<()> {
    if no_select && stream.is_none() && prompt::is_terminal() {
        bail!("could not pick a Stream to operate on: unknown stream \"\"");
    }
    Ok(())
}

/// A fisk duration, `-1` or `0` meaning unlimited (0).
fn parse_duration(text: &str, flag: &str) -> anyhow::Result<i64> {
    let t = text.trim();
    if t == "-1" || t == "0" || t.is_empty() {
        return Ok(0);
    }
    let d = duration::parse(t).map_err(|e| anyhow!("invalid value for {flag}: {e}"))?;
    i64::try_from(d.as_nanos()).map_err(|_| anyhow!("invalid value for {flag}: {text}"))
}

/// Splits `--subjects` values on commas and spaces (natscli's `SplitCLISubjects`).
fn split_subjects(values: &[String]) -> Vec<String> {
    values
        .iter()
        .flat_map(|v| v.split([',', ' ']))
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

fn parse_retention(s: &str) -> Retention {
    match s.to_ascii_lowercase().as_str() {
        "interest" => Retention::Interest,
        "work queue" | "workq" | "work" | "workqueue" => Retention::WorkQueue,
        _ => Retention::Limits,
    }
}

fn parse_storage(s: &str) -> Storage {
    match s.to_ascii_lowercase().as_str() {
        "memory" | "m" => Storage::Memory,
        _ => Storage::File,
    }
}

fn parse_discard(s: &str) -> Discard {
    if s.eq_ignore_ascii_case("new") {
        Discard::New
    } else {
        Discard::Old
    }
}

/// Reads a `--config` file: a `StreamConfig` in JSON.
fn load_config(path: &std::path::Path) -> anyhow::Result<StreamConfig> {
    let data = std::fs::read(path)
        .with_context(|| format!("invalid input: could not read {}", path.display()))?;
    let mut cfg: StreamConfig = serde_json::from_slice(&data).with_context(|| {
        format!(
            "invalid input: {} is not a stream configuration",
            path.display()
        )
    })?;
    cfg.metadata.retain(|k, _| !k.starts_with("_nats."));
    Ok(cfg)
}

/// Builds the config of `stream add` from flags, `--defaults` and prompts (natscli's
/// `prepareConfig`).
fn prepare_config(a: &AddArgs) -> anyhow::Result<StreamConfig> {
    let f = &a.cfg;
    if let Some(path) = &a.config {
        let mut cfg = load_config(path)?;
        if let Some(s) = &a.stream {
            cfg.name = s.clone();
        }
        if !f.subjects.is_empty() {
            cfg.subjects = split_subjects(&f.subjects);
        }
        if let Some(d) = &f.description {
            cfg.description = d.clone();
        }
        if let Some(r) = f.replicas.filter(|r| *r > 0) {
            cfg.num_replicas = r;
        }
        return Ok(cfg);
    }
    let dflt = a.defaults;
    let name = match &a.stream {
        Some(s) => s.clone(),
        None => prompt::ask("Stream Name", None, "the STREAM argument")?,
    };
    let mut subjects = split_subjects(&f.subjects);
    let sourcing = f.mirror.is_some() || !f.sources.is_empty();
    if subjects.is_empty() && !sourcing {
        let answer = prompt::ask("Subjects", None, "--subjects")?;
        subjects = split_subjects(&[answer]);
    }
    if f.mirror.is_some() && !subjects.is_empty() {
        bail!("mirrors cannot listen for messages on subjects");
    }
    let storage = match (&f.storage, dflt) {
        (Some(s), _) => s.clone(),
        (None, true) => "file".into(),
        (None, false) => prompt::select("Storage", &["file", "memory"], "file", "--storage")?,
    };
    let replicas = match (f.replicas, dflt) {
        (Some(r), _) => r,
        (None, true) => 1,
        (None, false) => prompt::ask("Replication", Some("1"), "--replicas")?
            .parse()
            .context("invalid input")?,
    };
    if replicas <= 0 {
        bail!("replicas should be >= 1");
    }
    let retention = match (&f.retention, dflt) {
        (Some(r), _) => r.clone(),
        (None, true) => "limits".into(),
        (None, false) => prompt::select(
            "Retention Policy",
            &["Limits", "Interest", "Work Queue"],
            "Limits",
            "--retention",
        )?,
    };
    let discard = match (&f.discard, dflt) {
        (Some(d), _) => d.clone(),
        (None, true) => "old".into(),
        (None, false) => prompt::select("Discard Policy", &["New", "Old"], "Old", "--discard")?,
    };
    let ask_int = |v: Option<i64>, label: &str, flag: &str| -> anyhow::Result<i64> {
        let n = match (v, dflt) {
            (Some(n), _) => n,
            (None, true) => -1,
            (None, false) => prompt::ask(label, Some("-1"), flag)?
                .parse()
                .context("invalid input")?,
        };
        Ok(if n <= 0 { -1 } else { n })
    };
    let max_msgs = ask_int(f.max_msgs, "Stream Messages Limit", "--max-msgs")?;
    let max_per_subject = ask_int(
        f.max_msgs_per_subject,
        "Per Subject Messages Limit",
        "--max-msgs-per-subject",
    )?;
    let ask_bytes = |v: &Option<String>, label: &str, flag: &str| -> anyhow::Result<i64> {
        let n = match (v, dflt) {
            (Some(s), _) => parse_bytes(s, flag)?,
            (None, true) => -1,
            (None, false) => parse_bytes(&prompt::ask(label, Some("-1"), flag)?, flag)?,
        };
        Ok(if n <= 0 { -1 } else { n })
    };
    let max_bytes = ask_bytes(&f.max_bytes, "Total Stream Size", "--max-bytes")?;
    let max_age = match (&f.max_age, dflt) {
        (Some(s), _) => parse_duration(s, "--max-age")?,
        (None, true) => 0,
        (None, false) => parse_duration(
            &prompt::ask("Message TTL", Some("-1"), "--max-age")?,
            "--max-age",
        )?,
    };
    let max_msg_size = ask_bytes(&f.max_msg_size, "Max Message Size", "--max-msg-size")?;
    if max_msg_size > i64::from(i32::MAX) {
        bail!(
            "max value size {} is too big maximum is {}",
            comma_i64(max_msg_size),
            comma_i64(i64::from(i32::MAX))
        );
    }
    let default_window = if max_age > 0 && max_age < 120_000_000_000 {
        max_age
    } else {
        120_000_000_000
    };
    let dupe_window = match (&f.dupe_window, dflt) {
        (Some(s), _) => parse_duration(s, "--dupe-window")?,
        // natscli asks for no window on mirrors and leaves it to the server.
        (None, _) if f.mirror.is_some() => 0,
        (None, true) => default_window,
        (None, false) => {
            let d = duration_string(Duration::from_nanos(default_window as u64));
            parse_duration(
                &prompt::ask("Duplicate tracking time window", Some(&d), "--dupe-window")?,
                "--dupe-window",
            )?
        }
    };
    let ask_bool = |v: Option<bool>, q: &str, default: bool, flag: &str| match (v, dflt) {
        (Some(b), _) => Ok(b),
        (None, true) => Ok(default),
        (None, false) => prompt::confirm(q, default, flag),
    };
    let allow_rollup = ask_bool(
        pair(f.allow_rollup, f.no_allow_rollup),
        "Allow message Roll-ups",
        false,
        "--allow-rollup",
    )?;
    let deny_delete = !ask_bool(
        pair(f.no_deny_delete, f.deny_delete),
        "Allow message deletion",
        true,
        "--deny-delete",
    )?;
    let deny_purge = !ask_bool(
        pair(f.no_deny_purge, f.deny_purge),
        "Allow purging subjects or the entire stream",
        true,
        "--deny-purge",
    )?;
    let mut cfg = StreamConfig {
        name,
        description: f.description.clone().unwrap_or_default(),
        subjects,
        retention: parse_retention(&retention),
        max_consumers: f.max_consumers.unwrap_or(-1),
        max_msgs,
        max_bytes,
        max_age,
        max_msgs_per_subject: max_per_subject,
        max_msg_size,
        discard: parse_discard(&discard),
        storage: parse_storage(&storage),
        num_replicas: replicas,
        no_ack: f.no_ack,
        duplicate_window: dupe_window,
        compression: match f.compression.as_deref() {
            Some("s2") => Compression::S2,
            _ => Compression::None,
        },
        first_seq: a.first_sequence.unwrap_or(0),
        allow_direct: !f.no_allow_direct,
        mirror_direct: f.allow_mirror_direct,
        sealed: false,
        deny_delete,
        deny_purge,
        allow_rollup_hdrs: allow_rollup,
        discard_new_per_subject: f.discard_per_subject,
        allow_msg_ttl: f.allow_msg_ttl,
        allow_msg_schedules: f.allow_schedules,
        subject_delete_marker_ttl: match &f.subject_del_markers_ttl {
            Some(t) => parse_duration(t, "--subject-del-markers-ttl")?,
            None => 0,
        },
        allow_atomic: f.allow_batch,
        allow_batched: f.allow_fast,
        allow_msg_counter: f.allow_counter,
        metadata: parse_metadata(&f.metadata)?,
        ..StreamConfig::default()
    };
    apply_sourcing_flags(f, &a.add_only, dflt, &mut cfg)?;
    Ok(cfg)
}

/// A `--mirror`/`--source` value given as a `StreamSource` JSON object (natscli
/// `parseStreamSource`).
fn parse_stream_source(v: &str, what: &str) -> anyhow::Result<StreamSource> {
    let src: StreamSource =
        serde_json::from_str(v.trim()).with_context(|| format!("invalid {what}"))?;
    if src.name.is_empty() {
        bail!("invalid {what}: name is required");
    }
    Ok(src)
}

/// Whether a flag value is a JSON object (natscli `IsJsonObjectString`).
fn is_json_object(v: &str) -> bool {
    let v = v.trim();
    v.starts_with('{') && v.ends_with('}')
}

/// natscli's mirror/source start and filter questions (`askMirror`, `askSource`): a durable
/// consumer, a start sequence or time, filters with transforms, and an origin in another
/// domain or account. `--defaults` takes the bare name; without a terminal nothing can be
/// asked, so the command fails naming the ways to answer.
fn ask_stream_source(name: &str, mirror: bool, defaults: bool) -> anyhow::Result<StreamSource> {
    let mut src = StreamSource {
        name: name.to_string(),
        ..StreamSource::default()
    };
    if defaults {
        return Ok(src);
    }
    let what = if mirror { "mirror" } else { "source" };
    if !prompt::is_terminal() {
        bail!(
            "Could not request {what} details: cannot ask for confirmation without a terminal, pass --defaults or a JSON StreamSource to --{what}"
        );
    }
    let ctx = || format!("Could not request {what} details");
    let (durable_q, start_q, filter_q) = if mirror {
        (
            "Configure a custom durable consumer".to_string(),
            "Adjust mirror start".to_string(),
            "Adjust mirror filter and transform".to_string(),
        )
    } else {
        (
            format!("Configure a custom durable consumer for {name:?}"),
            format!("Adjust source {name:?} start"),
            format!("Adjust source {name:?} filter and transform"),
        )
    };
    let durable = prompt::confirm(&durable_q, false, "--defaults").with_context(ctx)?;
    if durable {
        let cname =
            prompt::ask("Durable consumer name", None, "a JSON StreamSource").with_context(ctx)?;
        let deliver =
            prompt::ask("Delivery subject", None, "a JSON StreamSource").with_context(ctx)?;
        src.consumer = Some(StreamConsumerSource {
            name: cname,
            deliver_subject: deliver,
        });
    } else if prompt::confirm(&start_q, false, "--defaults").with_context(ctx)? {
        let (seq_label, time_label) = if mirror {
            (
                "Mirror Start Sequence".to_string(),
                "Mirror Start Time (YYYY:MM:DD HH:MM:SS)".to_string(),
            )
        } else {
            (
                format!("{name} Source Start Sequence"),
                format!("{name} Source UTC Time Stamp (YYYY:MM:DD HH:MM:SS)"),
            )
        };
        let seq = prompt::ask(&seq_label, Some("0"), "a JSON StreamSource")?;
        src.opt_start_seq = seq.trim().parse().context("Invalid sequence")?;
        // natscli asks a mirror for a time only when no sequence was given.
        if !mirror || src.opt_start_seq == 0 {
            let ts = prompt::ask(&time_label, Some(""), "a JSON StreamSource")
                .context("could not request start time")?;
            if !ts.is_empty() {
                let t = chrono::NaiveDateTime::parse_from_str(&ts, "%Y:%m:%d %H:%M:%S")
                    .context("invalid time format")?;
                src.opt_start_time = Some(
                    t.and_utc()
                        .to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true),
                );
            }
        }
    }
    if prompt::confirm(&filter_q, false, "--defaults").with_context(ctx)? {
        let filter_label = if mirror {
            "Filter mirror by subject (hit enter to finish)"
        } else {
            "Filter source by subject (hit enter to finish)"
        };
        loop {
            let f = prompt::ask(filter_label, Some(""), "a JSON StreamSource")
                .context("could not request filter")?;
            if f.is_empty() {
                break;
            }
            let dest = prompt::ask(
                "Subject transform destination",
                Some(""),
                "a JSON StreamSource",
            )
            .context("could not request transform destination")?;
            src.subject_transforms
                .push(SubjectTransformConfig { src: f, dest });
        }
    }
    if prompt::confirm(
        &format!("Import {what} from a different JetStream domain"),
        false,
        "--defaults",
    )
    .with_context(ctx)?
    {
        let domain = prompt::ask("Foreign JetStream domain name", None, "a JSON StreamSource")
            .with_context(ctx)?;
        let deliver = if durable {
            String::new()
        } else {
            prompt::ask("Delivery prefix", Some(""), "a JSON StreamSource").with_context(ctx)?
        };
        src.external = Some(ExternalStream {
            api: format!("$JS.{domain}.API"),
            deliver,
        });
    } else if prompt::confirm(
        &format!("Import {what} from a different account"),
        false,
        "--defaults",
    )
    .with_context(ctx)?
    {
        let api = prompt::ask("Foreign account API prefix", None, "a JSON StreamSource")
            .with_context(ctx)?;
        let deliver = if durable {
            String::new()
        } else {
            prompt::ask(
                "Foreign account delivery prefix",
                None,
                "a JSON StreamSource",
            )
            .with_context(ctx)?
        };
        src.external = Some(ExternalStream { api, deliver });
    }
    Ok(src)
}

/// natscli `checkRepubTransform`: the republish and transform flags come in pairs.
fn check_repub_transform(f: &ConfigFlags) -> anyhow::Result<()> {
    let (rs, rd) = (&f.republish_source, &f.republish_destination);
    if rs.is_some() != rd.is_some() || (f.republish_headers && (rs.is_none() || rd.is_none())) {
        let mut msg =
            "must specify both --republish-source and --republish-destination".to_string();
        if f.republish_headers {
            msg.push_str(" when using --headers-only");
        }
        bail!(msg);
    }
    if f.transform_source.is_some() != f.transform_destination.is_some() {
        bail!("must specify both --transform-source and --transform-destination");
    }
    Ok(())
}

/// The `RePublish` of `--republish-*`, when both subjects are given.
fn republish_of(f: &ConfigFlags) -> anyhow::Result<Option<serde_json::Value>> {
    match (&f.republish_source, &f.republish_destination) {
        (Some(src), Some(dest)) if !src.is_empty() && !dest.is_empty() => {
            Ok(Some(serde_json::to_value(RePublish {
                src: src.clone(),
                dest: dest.clone(),
                headers_only: f.republish_headers,
            })?))
        }
        _ => Ok(None),
    }
}

/// The `SubjectTransformConfig` of `--transform-*`, when both subjects are given.
fn transform_of(f: &ConfigFlags) -> anyhow::Result<Option<serde_json::Value>> {
    match (&f.transform_source, &f.transform_destination) {
        (Some(src), Some(dest)) if !src.is_empty() && !dest.is_empty() => {
            Ok(Some(serde_json::to_value(SubjectTransformConfig {
                src: src.clone(),
                dest: dest.clone(),
            })?))
        }
        _ => Ok(None),
    }
}

/// A placement object with upstream's `omitempty` fields, or null when both are empty.
fn placement_value(cluster: &str, tags: &[String]) -> serde_json::Value {
    let mut p = serde_json::Map::new();
    if !cluster.is_empty() {
        p.insert("cluster".into(), cluster.into());
    }
    if !tags.is_empty() {
        p.insert("tags".into(), tags.to_vec().into());
    }
    if p.is_empty() {
        serde_json::Value::Null
    } else {
        serde_json::Value::Object(p)
    }
}

/// Applies the sourcing, republish, transform, placement and add-only flags of `stream add`
/// (the end of natscli's `prepareConfig`).
fn apply_sourcing_flags(
    f: &ConfigFlags,
    add_only: &AddOnlyFlags,
    defaults: bool,
    cfg: &mut StreamConfig,
) -> anyhow::Result<()> {
    apply_add_only(add_only, cfg)?;
    let tags = f.placement_tags().unwrap_or_default();
    let cluster = f.cluster.clone().unwrap_or_default();
    if !cluster.is_empty() || !tags.is_empty() {
        cfg.placement = placement_value(&cluster, &tags);
    }
    if let Some(m) = &f.mirror {
        let src = if is_json_object(m) {
            parse_stream_source(m, "mirror")?
        } else {
            ask_stream_source(m, true, defaults)?
        };
        cfg.mirror = serde_json::to_value(src)?;
    }
    if !f.sources.is_empty() {
        let mut list = Vec::new();
        for s in &f.sources {
            let src = if is_json_object(s) {
                parse_stream_source(s, "source")?
            } else {
                ask_stream_source(s, false, defaults)?
            };
            list.push(serde_json::to_value(src)?);
        }
        cfg.sources = serde_json::Value::Array(list);
    }
    check_repub_transform(f)?;
    if let Some(r) = republish_of(f)? {
        cfg.republish = r;
    }
    if let Some(t) = transform_of(f)? {
        cfg.subject_transform = t;
    }
    Ok(())
}

/// `--limit-consumer-inactive`, `--limit-consumer-max-pending` and `--persist-mode async`.
fn apply_add_only(add_only: &AddOnlyFlags, cfg: &mut StreamConfig) -> anyhow::Result<()> {
    if let Some(t) = &add_only.limit_consumer_inactive {
        let t = parse_duration(t, "--limit-consumer-inactive")?;
        cfg_consumer_limit(cfg, "inactive_threshold", t);
    }
    if let Some(p) = add_only.limit_consumer_max_pending {
        cfg_consumer_limit(cfg, "max_ack_pending", p);
    }
    if add_only.persist_mode.as_deref() == Some("async") {
        cfg.persist_mode = PersistMode::Async;
    }
    Ok(())
}

/// Sets one positive `consumer_limits` field (natscli sets only values above zero).
fn cfg_consumer_limit(cfg: &mut StreamConfig, key: &str, value: i64) {
    if value <= 0 {
        return;
    }
    if !cfg.consumer_limits.is_object() {
        cfg.consumer_limits = serde_json::Value::Object(serde_json::Map::new());
    }
    if let Some(m) = cfg.consumer_limits.as_object_mut() {
        m.insert(key.into(), value.into());
    }
}

/// Applies the sourcing, republish, transform and placement flags of `stream edit` and
/// `copy` (natscli's `copyAndEditStream`): mirrors and sources cannot be changed from flags;
/// `--no-mirror`, `--no-transform` and `--no-republish` remove what the stream has.
fn edit_sourcing_flags(
    f: &ConfigFlags,
    removals: &EditOnlyFlags,
    cfg: &mut StreamConfig,
) -> anyhow::Result<()> {
    check_repub_transform(f)?;
    // natscli: an explicitly empty `--cluster ""` or `--tag ""` removes that constraint.
    if f.cluster.is_some() || f.placement_tags().is_some() {
        let mut cluster = cfg
            .placement
            .get("cluster")
            .and_then(|c| c.as_str())
            .unwrap_or_default()
            .to_string();
        let mut tags: Vec<String> = cfg
            .placement
            .get("tags")
            .and_then(|t| serde_json::from_value(t.clone()).ok())
            .unwrap_or_default();
        if let Some(c) = &f.cluster {
            cluster = c.clone();
        }
        if let Some(t) = f.placement_tags() {
            tags = if t.len() == 1 && t[0].is_empty() {
                Vec::new()
            } else {
                t
            };
        }
        cfg.placement = placement_value(&cluster, &tags);
    }
    if f.mirror.is_some() || !f.sources.is_empty() {
        bail!("cannot edit mirrors, or sources using the CLI, use --config instead");
    }
    if let Some(b) = pair(f.allow_mirror_direct, f.no_allow_mirror_direct) {
        cfg.mirror_direct = b;
    }
    if removals.no_republish {
        cfg.republish = serde_json::Value::Null;
    } else if let Some(r) = republish_of(f)? {
        cfg.republish = r;
    }
    if removals.no_transform {
        cfg.subject_transform = serde_json::Value::Null;
    } else if let Some(t) = transform_of(f)? {
        cfg.subject_transform = t;
    }
    if removals.no_mirror {
        cfg.mirror = serde_json::Value::Null;
    }
    Ok(())
}

async fn add(js: &JetStream, a: AddArgs) -> anyhow::Result<()> {
    let cfg = prepare_config(&a)?;
    if let Some(out) = &a.output {
        let text = output::go_pretty_json(&cfg);
        std::fs::write(out, text).with_context(|| format!("could not write {}", out.display()))?;
        return Ok(());
    }
    let info = js
        .create_stream(&cfg)
        .await
        .context("could not create Stream")?;
    if !a.cfg.json {
        println!("Stream {} was created\n", cfg.name);
    }
    show_info(&info, a.cfg.json, false)
}

async fn ls(js: &JetStream, a: LsArgs) -> anyhow::Result<()> {
    if a.names {
        let names = js.stream_names(a.subject.as_deref()).await?;
        if a.json {
            return output::print_json(&names);
        }
        for n in names {
            println!("{n}");
        }
        return Ok(());
    }
    let all = js
        .streams(a.subject.as_deref())
        .await
        .map_err(|e| anyhow!("could not list streams: {e}"))?;
    let total = all.len();
    let mut streams: Vec<StreamInfo> = all
        .into_iter()
        .filter(|s| a.all || !is_internal(&s.config.name))
        .collect();
    if a.json {
        let names: Vec<&str> = streams.iter().map(|s| s.config.name.as_str()).collect();
        return output::print_json(&names);
    }
    if streams.is_empty() {
        if total > 0 {
            println!("No Streams defined, pass -a to include system streams");
        } else {
            println!("No Streams defined");
        }
        return Ok(());
    }
    streams.sort_by_key(|s| s.state.bytes);
    let title = match &a.subject {
        Some(s) => format!("Streams matching {s}"),
        None => "Streams".to_string(),
    };
    let rows: Vec<Vec<String>> = streams
        .iter()
        .map(|s| {
            vec![
                s.config.name.clone(),
                s.config.description.clone(),
                columns::time(&s.created),
                comma(s.state.messages),
                ibytes(s.state.bytes),
                columns::since(&s.state.last_ts, s.ts.as_deref()),
            ]
        })
        .collect();
    println!(
        "{}",
        output::table(
            &title,
            &[
                "Name",
                "Description",
                "Created",
                "Messages",
                "Size",
                "Last Message"
            ],
            &rows,
            "rounded"
        )
    );
    Ok(())
}

/// One `stream find` filter: `hit` is the plain test, flipped by `--invert`.
fn keep(invert: bool, hit: bool) -> bool {
    hit != invert
}

/// Time since an RFC 3339 time; unparsable (Go's zero time) counts as long ago.
fn age(text: &str) -> Duration {
    match chrono::DateTime::parse_from_rfc3339(text) {
        Ok(t) => (chrono::Utc::now() - t.with_timezone(&chrono::Utc))
            .to_std()
            .unwrap_or_default(),
        Err(_) => Duration::MAX,
    }
}

/// `stream find`: jsm.go's stream query filters in its order, then `ls`'s table or the names.
async fn find(js: &JetStream, a: FindArgs) -> anyhow::Result<()> {
    let regex = |flag: &str, re: &Option<String>| -> anyhow::Result<Option<regex::Regex>> {
        re.as_deref()
            .filter(|r| !r.is_empty())
            .map(|r| regex::Regex::new(r).with_context(|| format!("invalid --{flag} expression")))
            .transpose()
    };
    let server = regex("server-name", &a.server_name)?;
    let cluster = regex("cluster", &a.cluster)?;
    let mut streams = js
        .streams(None)
        .await
        .map_err(|e| anyhow!("could not list streams: {e}"))?;
    let inv = a.invert;
    if let Some(p) = a.created {
        streams.retain(|s| {
            let age = age(&s.created);
            if inv {
                age <= p
            } else {
                age >= p
            }
        });
    }
    if let Some(p) = a.idle {
        streams.retain(|s| keep(inv, age(&s.state.last_ts) > p));
    }
    if a.empty {
        streams.retain(|s| keep(inv, s.state.messages == 0));
    }
    if a.consumers >= 0 {
        let limit = a.consumers as u64;
        streams.retain(|s| {
            if inv {
                s.state.consumer_count >= limit
            } else {
                s.state.consumer_count <= limit
            }
        });
    }
    if let Some(re) = &cluster {
        streams.retain(|s| {
            let hit = s
                .cluster
                .as_ref()
                .is_some_and(|c| re.is_match(c.name.as_deref().unwrap_or_default()));
            keep(inv, hit)
        });
    }
    if let Some(subject) = a.subject.as_deref().filter(|s| !s.is_empty()) {
        streams.retain(|s| {
            let mut hits =
                s.config.subjects.iter().map(|subj| {
                    rnats_proto::subject::is_subset(subj.as_bytes(), subject.as_bytes())
                });
            // jsm.go: with --invert a stream matches when any of its subjects falls outside.
            if inv {
                hits.any(|h| !h)
            } else {
                hits.any(|h| h)
            }
        });
    }
    if let Some(re) = &server {
        streams.retain(|s| {
            let hit = s.cluster.as_ref().is_some_and(|c| {
                c.replicas.iter().any(|r| re.is_match(&r.name))
                    || re.is_match(c.leader.as_deref().unwrap_or_default())
            });
            keep(inv, hit)
        });
    }
    if let Some(r) = a.replicas.filter(|r| *r > 0) {
        let r = i64::from(r);
        streams.retain(|s| {
            if inv {
                s.config.num_replicas >= r
            } else {
                s.config.num_replicas <= r
            }
        });
    }
    if a.sourced {
        streams.retain(|s| {
            let sourced = s.config.sources.as_array().is_some_and(|v| !v.is_empty());
            keep(inv, sourced)
        });
    }
    if a.mirrored {
        streams.retain(|s| keep(inv, !s.config.mirror.is_null()));
    }
    if let Some(leader) = a.leader.as_deref().filter(|l| !l.is_empty()) {
        streams.retain(|s| {
            s.cluster
                .as_ref()
                .is_some_and(|c| keep(inv, c.leader.as_deref() == Some(leader)))
        });
    }
    if let Some(level) = a.api_level.filter(|l| *l > 0) {
        let mut kept = Vec::new();
        for s in streams {
            let required = match s.config.metadata.get("_nats.req.level") {
                Some(v) if !v.is_empty() => v
                    .parse::<i64>()
                    .map_err(|e| anyhow!("invalid _nats.req.level metadata value {v:?}: {e}"))?,
                _ => 0,
            };
            if keep(inv, required >= level) {
                kept.push(s);
            }
        }
        streams = kept;
    }

    if a.names {
        let mut names: Vec<&str> = streams.iter().map(|s| s.config.name.as_str()).collect();
        names.sort_unstable();
        println!("{}", names.join("\n"));
        return Ok(());
    }
    streams.sort_by_key(|s| s.state.bytes);
    let title = match a.subject.as_deref().filter(|s| !s.is_empty()) {
        Some(s) => format!("Streams matching {s}"),
        None => "Streams".to_string(),
    };
    let rows: Vec<Vec<String>> = streams
        .iter()
        .map(|s| {
            vec![
                s.config.name.clone(),
                s.config.description.clone(),
                columns::time(&s.created),
                comma(s.state.messages),
                ibytes(s.state.bytes),
                columns::since(&s.state.last_ts, s.ts.as_deref()),
            ]
        })
        .collect();
    let table = output::table(
        &title,
        &[
            "Name",
            "Description",
            "Created",
            "Messages",
            "Size",
            "Last Message",
        ],
        &rows,
        "rounded",
    );
    println!("{table}\n");
    Ok(())
}

/// natscli's `renderCluster`: the leader marked `*`, then the replicas (`!` when not current).
fn render_cluster(info: &StreamInfo) -> String {
    let Some(c) = &info.cluster else {
        return String::new();
    };
    let mut peers = Vec::new();
    if let Some(l) = c.leader.as_deref().filter(|l| !l.is_empty()) {
        peers.push(format!("{l}*"));
    }
    for r in &c.replicas {
        if r.offline || !r.current {
            peers.push(format!("{}!", r.name));
        } else {
            peers.push(r.name.clone());
        }
    }
    peers.join(", ")
}

async fn report(js: &JetStream, a: ReportArgs) -> anyhow::Result<()> {
    if !a.json {
        print!("Obtaining Stream stats\n\n");
    }
    let mut streams: Vec<StreamInfo> = js
        .streams(a.subject.as_deref())
        .await?
        .into_iter()
        .filter(|s| a.all || !is_internal(&s.config.name))
        .collect();
    if streams.is_empty() {
        if !a.json {
            println!("No Streams defined");
        }
        return Ok(());
    }
    if a.consumers {
        streams.sort_by_key(|s| s.state.consumer_count);
    } else if a.messages {
        streams.sort_by_key(|s| s.state.messages);
    } else if a.name {
        streams.sort_by(|x, y| x.config.name.cmp(&y.config.name));
    } else if a.storage {
        streams.sort_by_key(|s| storage_name(s.config.storage));
    } else {
        streams.sort_by_key(|s| s.state.bytes);
    }
    if a.json {
        return output::print_json(&streams);
    }
    let rows: Vec<Vec<String>> = streams
        .iter()
        .map(|s| {
            let st = &s.state;
            let deleted = if st.deleted.is_empty() {
                st.num_deleted
            } else {
                st.deleted.len() as u64
            };
            let lost = st.lost.as_ref().filter(|l| !l.msgs.is_empty());
            let api_level = s
                .config
                .metadata
                .get("_nats.req.level")
                .cloned()
                .unwrap_or_else(|| "0".into());
            let (num, bytes): (NumFmt, NumFmt) = if a.raw {
                (|n| n.to_string(), |n| n.to_string())
            } else {
                (comma, ibytes)
            };
            vec![
                s.config.name.clone(),
                storage_name(s.config.storage).to_string(),
                report_placement(&s.config.placement),
                num(s.state.consumer_count),
                num(s.state.messages),
                bytes(s.state.bytes),
                lost.map_or_else(
                    || "0".to_string(),
                    |l| format!("{} ({})", num(l.msgs.len() as u64), bytes(l.bytes)),
                ),
                num(deleted),
                api_level,
                render_cluster(s),
            ]
        })
        .collect();
    println!(
        "{}",
        output::table(
            "Stream Report",
            &[
                "Stream",
                "Storage",
                "Placement",
                "Consumers",
                "Messages",
                "Bytes",
                "Lost",
                "Deleted",
                "API Level",
                "Replicas"
            ],
            &rows,
            "rounded"
        )
    );
    let replication = replication_rows(&streams, a.raw);
    if !replication.is_empty() {
        println!(
            "{}",
            output::table(
                "Replication Report",
                &[
                    "Stream",
                    "Kind",
                    "API Prefix",
                    "Source Stream",
                    "Filters and Transforms",
                    "Active",
                    "Lag",
                    "Error"
                ],
                &replication,
                "rounded"
            )
        );
    }
    Ok(())
}

/// jsm's `ApiError.Error()`: `description (err_code)`.
fn api_error_text(e: &serde_json::Value) -> String {
    let description = e["description"].as_str().unwrap_or_default();
    let code = e["code"].as_i64().unwrap_or(0);
    let err_code = e["err_code"].as_i64().unwrap_or(0);
    match (description.is_empty(), code) {
        (true, 0) => "unknown JetStream Error".into(),
        (true, c) => format!("unknown JetStream {c} Error ({err_code})"),
        _ => format!("{description} ({err_code})"),
    }
}

/// The rows of natscli's "Replication Report": one per mirror and per source of each stream.
fn replication_rows(streams: &[StreamInfo], raw: bool) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    for s in streams {
        let parse =
            |v: &serde_json::Value| serde_json::from_value::<StreamSourceInfo>(v.clone()).ok();
        let mirror = s.mirror.as_ref().and_then(parse);
        let sources: Vec<StreamSourceInfo> = s
            .sources
            .as_ref()
            .and_then(|v| v.as_array())
            .map(|list| list.iter().filter_map(parse).collect())
            .unwrap_or_default();
        let row = |kind: &str, src: &StreamSourceInfo, filters: String| {
            let (active, lag) = if raw {
                (
                    duration_string(Duration::from_nanos(src.active.max(0) as u64)),
                    src.lag.to_string(),
                )
            } else {
                (columns::nanos(src.active), comma(src.lag))
            };
            vec![
                s.config.name.clone(),
                kind.to_string(),
                src.external
                    .as_ref()
                    .map(|e| e.api.clone())
                    .unwrap_or_default(),
                src.name.clone(),
                filters,
                active,
                lag,
                src.error.as_ref().map(api_error_text).unwrap_or_default(),
            ]
        };
        if let Some(m) = &mirror {
            rows.push(row("Mirror", m, String::new()));
        }
        for src in &sources {
            let mut filters: Vec<String> = src
                .subject_transforms
                .iter()
                .map(|t| format!("{} to {}", t.src, t.dest))
                .collect();
            if filters.is_empty() && !src.filter_subject.is_empty() {
                filters.push(format!("{} untransformed", src.filter_subject));
            }
            rows.push(row("Source", src, filters.join(", ")));
        }
    }
    rows
}

/// A number formatter of the report (raw or humanized).
type NumFmt = fn(u64) -> String;

fn retention_name(r: Retention) -> &'static str {
    match r {
        Retention::Limits => "Limits",
        Retention::Interest => "Interest",
        Retention::WorkQueue => "WorkQueue",
    }
}

/// The config part of `stream info` (natscli's `showStreamConfig`).
fn config_columns(cols: &mut Columns, cfg: &StreamConfig) {
    cols.row_if_not_empty("Description", &cfg.description);
    cols.row_if(
        "Subjects",
        cfg.subjects.join(", "),
        !cfg.subjects.is_empty(),
    );
    cols.row("Replicas", comma_i64(cfg.num_replicas));
    cols.row_if("Sealed", "true", cfg.sealed);
    cols.row("Storage", storage_name(cfg.storage));
    cols.row_if(
        "Compression",
        "S2 Compression",
        cfg.compression == Compression::S2,
    );
    cols.row_if(
        "Persistence Mode",
        "Async",
        cfg.persist_mode == PersistMode::Async,
    );
    if cfg.first_seq > 0 {
        cols.row("First Sequence", comma(cfg.first_seq));
    }
    placement_columns(cols, &cfg.placement);
    cols.title("Options");
    if let Ok(Some(t)) =
        serde_json::from_value::<Option<SubjectTransformConfig>>(cfg.subject_transform.clone())
    {
        if !t.dest.is_empty() {
            let src = if t.src.is_empty() {
                ">"
            } else {
                t.src.as_str()
            };
            cols.row("Subject Transform", format!("{src} to {}", t.dest));
        }
    }
    if let Ok(Some(r)) = serde_json::from_value::<Option<RePublish>>(cfg.republish.clone()) {
        let label = if r.headers_only {
            "Republishing Headers"
        } else {
            "Republishing"
        };
        cols.row(label, format!("{} to {}", r.src, r.dest));
    }
    cols.row("Retention", retention_name(cfg.retention));
    cols.row("Acknowledgments", (!cfg.no_ack).to_string());
    let discard = match (cfg.discard_new_per_subject, cfg.discard) {
        (true, _) => "New Per Subject",
        (false, Discard::New) => "New",
        (false, Discard::Old) => "Old",
    };
    cols.row("Discard Policy", discard);
    cols.row("Duplicate Window", columns::nanos(cfg.duplicate_window));
    cols.row_if("Direct Get", "true", cfg.allow_direct);
    cols.row_if("Mirror Direct Get", "true", cfg.mirror_direct);
    cols.row("Allows Atomic Batch Publish", cfg.allow_atomic.to_string());
    cols.row("Allows Fast Batch Publish", cfg.allow_batched.to_string());
    cols.row("Allows Counters", cfg.allow_msg_counter.to_string());
    cols.row("Allows Msg Delete", (!cfg.deny_delete).to_string());
    cols.row("Allows Per-Message TTL", cfg.allow_msg_ttl.to_string());
    cols.row("Allows Purge", (!cfg.deny_purge).to_string());
    cols.row("Allows Schedules", cfg.allow_msg_schedules.to_string());
    if cfg.allow_msg_ttl && cfg.subject_delete_marker_ttl > 0 {
        cols.row(
            "Subject Delete Markers TTL",
            columns::nanos(cfg.subject_delete_marker_ttl),
        );
    }
    cols.row("Allows Rollups", cfg.allow_rollup_hdrs.to_string());
    cols.title("Limits");
    let unlimited = |v: i64, s: String| if v <= -1 { "unlimited".to_string() } else { s };
    cols.row(
        "Maximum Messages",
        unlimited(cfg.max_msgs, comma_i64(cfg.max_msgs)),
    );
    cols.row(
        "Maximum Per Subject",
        if cfg.max_msgs_per_subject <= 0 {
            "unlimited".into()
        } else {
            comma_i64(cfg.max_msgs_per_subject)
        },
    );
    cols.row(
        "Maximum Bytes",
        unlimited(cfg.max_bytes, ibytes(cfg.max_bytes.max(0) as u64)),
    );
    cols.row(
        "Maximum Age",
        if cfg.max_age <= 0 {
            "unlimited".into()
        } else {
            columns::nanos(cfg.max_age)
        },
    );
    cols.row(
        "Maximum Message Size",
        unlimited(cfg.max_msg_size, ibytes(cfg.max_msg_size.max(0) as u64)),
    );
    cols.row(
        "Maximum Consumers",
        unlimited(cfg.max_consumers, comma_i64(cfg.max_consumers)),
    );
    let limit = |k: &str| {
        cfg.consumer_limits
            .get(k)
            .and_then(serde_json::Value::as_i64)
    };
    if let Some(t) = limit("inactive_threshold").filter(|t| *t > 0) {
        cols.row("Consumer Inactive Threshold", columns::nanos(t));
    }
    if let Some(p) = limit("max_ack_pending").filter(|p| *p > 0) {
        cols.row("Consumer Max Ack Pending", comma_i64(p));
    }
    let meta: Vec<(&String, &String)> = cfg
        .metadata
        .iter()
        .filter(|(k, _)| !k.starts_with("_nats."))
        .collect();
    if !meta.is_empty() {
        cols.title("Metadata");
        for (k, v) in meta {
            cols.row(k, v.as_str());
        }
    }
    let mirror = serde_json::from_value::<Option<StreamSource>>(cfg.mirror.clone())
        .ok()
        .flatten();
    let mut sources = serde_json::from_value::<Option<Vec<StreamSource>>>(cfg.sources.clone())
        .ok()
        .flatten()
        .unwrap_or_default();
    if mirror.is_some() || !sources.is_empty() {
        cols.title("Replication");
    }
    if let Some(m) = &mirror {
        cols.row("Mirror", render_source(m));
    }
    sources.sort_by(|a, b| a.name.cmp(&b.name));
    for (i, s) in sources.iter().enumerate() {
        cols.row(if i == 0 { "Sources" } else { "" }, render_source(s));
    }
    cols.line("");
}

/// The Placement column of natscli's stream report: `cluster: C tags: a, b`.
fn report_placement(placement: &serde_json::Value) -> String {
    let mut out = String::new();
    if let Some(c) = placement
        .get("cluster")
        .and_then(|c| c.as_str())
        .filter(|c| !c.is_empty())
    {
        out = format!("cluster: {c} ");
    }
    let tags: Vec<String> = placement
        .get("tags")
        .and_then(|t| serde_json::from_value(t.clone()).ok())
        .unwrap_or_default();
    if !tags.is_empty() {
        out = format!("{out}tags: {}", tags.join(", "));
    }
    out
}

/// `Placement Cluster` and `Placement Tags` of natscli's `showStreamConfig`.
fn placement_columns(cols: &mut Columns, placement: &serde_json::Value) {
    let cluster = placement
        .get("cluster")
        .and_then(|c| c.as_str())
        .unwrap_or_default();
    cols.row_if_not_empty("Placement Cluster", cluster);
    let tags: Vec<String> = placement
        .get("tags")
        .and_then(|t| serde_json::from_value(t.clone()).ok())
        .unwrap_or_default();
    cols.row_if("Placement Tags", tags.join(", "), !tags.is_empty());
}

/// One mirror or source in the config part (natscli `renderSource`).
fn render_source(s: &StreamSource) -> String {
    let mut parts = vec![s.name.clone()];
    if s.opt_start_seq > 0 {
        parts.push(format!("Start Seq: {}", comma(s.opt_start_seq)));
    }
    if let Some(t) = &s.opt_start_time {
        let time = match chrono::DateTime::parse_from_rfc3339(t) {
            Ok(t) => rnats_proto::kit::format::time_string(&t),
            Err(_) => t.to_string(),
        };
        parts.push(format!("Start Time: {time}"));
    }
    if let Some(e) = &s.external {
        if !e.api.is_empty() {
            parts.push(format!("API Prefix: {}", e.api));
        }
        if !e.deliver.is_empty() {
            parts.push(format!("Delivery Prefix: {}", e.deliver));
        }
    }
    if let Some(c) = &s.consumer {
        if c.deliver_subject.is_empty() {
            parts.push(format!("Consumer Name: {}", c.name));
        } else {
            parts.push(format!("Consumer Name: {} ({})", c.name, c.deliver_subject));
        }
    }
    parts.join(", ")
}

/// The state of one mirror or source (natscli `showStreamInfo`'s `showSource`).
fn source_columns(cols: &mut Columns, s: &serde_json::Value) {
    let Ok(s) = serde_json::from_value::<StreamSourceInfo>(s.clone()) else {
        return;
    };
    cols.row("Stream Name", s.name.as_str());
    if !s.filter_subject.is_empty() {
        cols.row("Subject Filter", s.filter_subject.as_str());
    } else {
        let n = s.subject_transforms.len();
        for (i, t) in s.subject_transforms.iter().enumerate() {
            let label = match (i, n) {
                (0, 1) => "Subject Filter and Transform",
                (0, _) => "Subject Filters and Transforms",
                _ => "",
            };
            if t.dest.is_empty() {
                cols.row(label, format!("{} untransformed", t.src));
            } else {
                cols.row(label, format!("{} to {}", t.src, t.dest));
            }
        }
    }
    cols.row("Lag", comma(s.lag));
    if s.active > 0 && s.active < i64::MAX {
        cols.row("Last Seen", columns::nanos(s.active));
    } else {
        cols.row("Last Seen", "never");
    }
    if let Some(e) = &s.external {
        cols.row("Ext. API Prefix", e.api.as_str());
        if !e.deliver.is_empty() {
            cols.row("Ext. Delivery Prefix", e.deliver.as_str());
        }
    }
    if let Some(d) = s
        .error
        .as_ref()
        .and_then(|e| e.get("description"))
        .and_then(|d| d.as_str())
    {
        cols.row("Error", d);
    }
}

/// Prints a stream's info as natscli's `showStreamInfo` does (or as JSON).
fn show_info(info: &StreamInfo, json: bool, state_only: bool) -> anyhow::Result<()> {
    if json {
        let mut i = info.clone();
        i.did_create = None;
        i.total = None;
        i.offset = None;
        i.limit = None;
        return output::print_json(&i);
    }
    let name = &info.config.name;
    let created = columns::time(&info.created);
    let mut cols = if state_only {
        Columns::new(format!("State for Stream {name} created {created}"))
    } else {
        let mut c = Columns::new(format!("Information for Stream {name} created {created}"));
        config_columns(&mut c, &info.config);
        c
    };
    if let Some(cl) = info
        .cluster
        .as_ref()
        .filter(|c| c.name.as_deref().is_some_and(|n| !n.is_empty()))
    {
        cols.title("Cluster Information");
        cols.row("Name", cl.name.clone().unwrap_or_default());
        cols.row_if_not_empty("Cluster Group", cl.raft_group.as_deref().unwrap_or(""));
        let leader = cl.leader.clone().unwrap_or_default();
        match &cl.leader_since {
            Some(since) => cols.row(
                "Leader",
                format!("{leader} ({})", columns::since(since, info.ts.as_deref())),
            ),
            None => cols.row("Leader", leader),
        }
        for r in &cl.replicas {
            let mut state = vec![
                r.name.clone(),
                if r.current { "current" } else { "outdated" }.to_string(),
            ];
            if r.offline {
                state.push("OFFLINE".into());
            }
            if r.active > 0 && r.active < i64::MAX {
                state.push(format!("seen {} ago", columns::nanos(r.active)));
            } else {
                state.push("not seen".into());
            }
            match r.lag {
                0 => {}
                1 => state.push("1 operation behind".into()),
                n => state.push(format!("{} operations behind", comma(n))),
            }
            cols.row("Replica", state.join(", "));
        }
        cols.line("");
    }
    if let Some(m) = &info.mirror {
        cols.title("Mirror Information");
        source_columns(&mut cols, m);
    }
    if let Some(list) = info.sources.as_ref().and_then(|s| s.as_array()) {
        if !list.is_empty() {
            cols.title("Source Information");
            for s in list {
                source_columns(&mut cols, s);
                cols.line("");
            }
        }
    }
    cols.title("State");
    let meta = &info.config.metadata;
    if let Some(v) = meta.get("_nats.ver") {
        cols.row("Host Version", v.as_str());
    }
    let level = meta.get("_nats.level");
    let required = meta.get("_nats.req.level");
    if level.is_some() || required.is_some() {
        cols.row(
            "Required API Level",
            format!(
                "{} hosted at level {}",
                required.map_or("0", String::as_str),
                level.map_or("", String::as_str)
            ),
        );
    }
    let st = &info.state;
    cols.row("Messages", comma(st.messages));
    cols.row("Bytes", ibytes(st.bytes));
    if let Some(l) = st.lost.as_ref().filter(|l| !l.msgs.is_empty()) {
        cols.row(
            "Lost Messages",
            format!("{} ({})", comma(l.msgs.len() as u64), ibytes(l.bytes)),
        );
    }
    let seq = |n: u64, t: &str| match columns::parse_time(t) {
        Some(_) => format!("{} @ {}", comma(n), columns::time(t)),
        None => comma(n),
    };
    cols.row("First Sequence", seq(st.first_seq, &st.first_ts));
    cols.row("Last Sequence", seq(st.last_seq, &st.last_ts));
    if !st.deleted.is_empty() {
        cols.row("Deleted Messages", comma(st.deleted.len() as u64));
    } else if st.num_deleted > 0 {
        cols.row("Deleted Messages", comma(st.num_deleted));
    }
    cols.row("Active Consumers", comma(st.consumer_count));
    if st.num_subjects > 0 {
        cols.row("Number of Subjects", comma(st.num_subjects));
    }
    print!("{}", cols.render());
    Ok(())
}

/// `stream info` (also shown after a restore).
pub(crate) async fn info(
    js: &JetStream,
    stream: Option<String>,
    json: bool,
    state_only: bool,
) -> anyhow::Result<()> {
    let stream = pick_stream(js, stream).await?;
    let info = js
        .stream_info(&stream)
        .await
        .context("could not request Stream info")?;
    show_info(&info, json, state_only)?;
    println!();
    Ok(())
}

async fn subjects(js: &JetStream, a: SubjectsArgs) -> anyhow::Result<()> {
    let stream = pick_stream(js, a.stream).await?;
    let mut all: BTreeMap<String, u64> = BTreeMap::new();
    let mut offset = 0;
    loop {
        let info = js
            .stream_info_with(
                &stream,
                &StreamInfoRequest {
                    subjects_filter: Some(a.filter.clone()),
                    offset,
                    ..StreamInfoRequest::default()
                },
            )
            .await?;
        let page = info.state.subjects.unwrap_or_default();
        let n = page.len() as u64;
        all.extend(page);
        offset += n;
        if n == 0 || info.total.is_none_or(|t| offset >= t) {
            break;
        }
    }
    if a.json {
        return output::print_json(&all);
    }
    if all.is_empty() {
        println!("No subjects found matching {}", a.filter);
        return Ok(());
    }
    let mut names: Vec<&String> = all.keys().collect();
    if a.sort == "name" || a.sort == "subjects" {
        names.sort();
    } else {
        names.sort_by_key(|n| all[*n]);
    }
    if a.reverse {
        names.reverse();
    }
    if a.names {
        for n in names {
            println!("{n}");
        }
        return Ok(());
    }
    let longest = names.iter().map(|n| n.len()).max().unwrap_or(0);
    let most = all.values().copied().max().unwrap_or(0);
    let width = comma(most).len();
    let cols = if longest + width < 20 {
        3
    } else if longest + width < 30 {
        2
    } else {
        1
    };
    let headers: Vec<&str> = ["Subject", "Count"].repeat(cols);
    let count = |n: u64| if n == 0 { String::new() } else { comma(n) };
    let rows: Vec<Vec<String>> = names
        .chunks(cols)
        .map(|group| {
            let mut row = Vec::new();
            for i in 0..cols {
                match group.get(i) {
                    Some(n) => {
                        row.push((*n).clone());
                        row.push(count(all[*n]));
                    }
                    None => {
                        row.push(String::new());
                        row.push(String::new());
                    }
                }
            }
            row
        })
        .collect();
    let title = format!("{} Subjects in stream {stream}", all.len());
    println!("{}", output::table(&title, &headers, &rows, "rounded"));
    Ok(())
}

/// Applies the flags given to `stream edit` over the current config.
fn edit_config(
    mut cfg: StreamConfig,
    f: &ConfigFlags,
    removals: &EditOnlyFlags,
) -> anyhow::Result<StreamConfig> {
    if !f.subjects.is_empty() {
        cfg.subjects = split_subjects(&f.subjects);
    }
    if let Some(d) = &f.description {
        cfg.description = d.clone();
    }
    if let Some(s) = &f.storage {
        cfg.storage = parse_storage(s);
    }
    if let Some(c) = &f.compression {
        cfg.compression = if c == "s2" {
            Compression::S2
        } else {
            Compression::None
        };
    }
    if let Some(r) = f.replicas {
        cfg.num_replicas = r;
    }
    if let Some(ack) = pair(f.ack, f.no_ack) {
        cfg.no_ack = !ack;
    }
    if let Some(r) = &f.retention {
        cfg.retention = parse_retention(r);
    }
    if let Some(d) = &f.discard {
        cfg.discard = parse_discard(d);
    }
    if f.discard_per_subject {
        cfg.discard = Discard::New;
        cfg.discard_new_per_subject = true;
    }
    if let Some(s) = &f.max_age {
        cfg.max_age = parse_duration(s, "--max-age")?;
    }
    if let Some(s) = &f.max_bytes {
        cfg.max_bytes = parse_bytes(s, "--max-bytes")?;
    }
    if let Some(n) = f.max_consumers {
        cfg.max_consumers = n;
    }
    if let Some(s) = &f.max_msg_size {
        cfg.max_msg_size = parse_bytes(s, "--max-msg-size")?;
    }
    if let Some(n) = f.max_msgs {
        cfg.max_msgs = n;
    }
    if let Some(n) = f.max_msgs_per_subject {
        cfg.max_msgs_per_subject = n;
    }
    if let Some(s) = &f.dupe_window {
        cfg.duplicate_window = parse_duration(s, "--dupe-window")?;
    }
    if let Some(b) = pair(f.allow_rollup, f.no_allow_rollup) {
        cfg.allow_rollup_hdrs = b;
    }
    if let Some(b) = pair(f.deny_delete, f.no_deny_delete) {
        cfg.deny_delete = b;
    }
    if let Some(b) = pair(f.deny_purge, f.no_deny_purge) {
        cfg.deny_purge = b;
    }
    if let Some(b) = pair(f.allow_direct, f.no_allow_direct) {
        cfg.allow_direct = b;
    }
    if f.allow_msg_ttl {
        cfg.allow_msg_ttl = true;
    }
    if let Some(b) = pair(f.allow_schedules, f.no_allow_schedules) {
        cfg.allow_msg_schedules = b;
    }
    if let Some(t) = &f.subject_del_markers_ttl {
        cfg.subject_delete_marker_ttl = parse_duration(t, "--subject-del-markers-ttl")?;
    }
    if let Some(b) = pair(f.allow_batch, f.no_allow_batch) {
        cfg.allow_atomic = b;
    }
    if let Some(b) = pair(f.allow_fast, f.no_allow_fast) {
        cfg.allow_batched = b;
    }
    if f.allow_counter {
        cfg.allow_msg_counter = true;
    }
    if !f.metadata.is_empty() {
        cfg.metadata = parse_metadata(&f.metadata)?;
    }
    edit_sourcing_flags(f, removals, &mut cfg)?;
    Ok(cfg)
}

/// `stream edit`: exit code 1 after a `--dry-run` that found differences (as natscli).
async fn edit(js: &JetStream, a: EditArgs) -> anyhow::Result<ExitCode> {
    let stream = pick_stream(js, a.stream.clone()).await?;
    let current = js
        .stream_info(&stream)
        .await
        .with_context(|| format!("could not request Stream {stream} configuration"))?;
    let input = current.config.without_server_metadata();
    let new = match &a.config {
        Some(path) => {
            let mut c = load_config(path)?;
            c.name = stream.clone();
            c
        }
        // natscli checks the pairs before anything else, failing without context.
        None => {
            check_repub_transform(&a.cfg)?;
            edit_config(input.clone(), &a.cfg, &a.edit_only).with_context(|| {
                format!("could not create new configuration for Stream {stream}")
            })?
        }
    };
    let diff = config_diff(&input, &new)?;
    if diff.is_empty() {
        if !a.dry_run {
            println!("No difference in configuration");
        }
        return Ok(ExitCode::SUCCESS);
    }
    println!("Differences (-old +new):");
    for l in &diff {
        println!("{l}");
    }
    if a.dry_run {
        return Ok(ExitCode::FAILURE);
    }
    if !a.force && !prompt::confirm(&format!("Really edit Stream {stream}"), false, "-f")? {
        return Ok(ExitCode::SUCCESS);
    }
    let info = js
        .update_stream(&new)
        .await
        .with_context(|| format!("could not edit Stream {stream}"))?;
    if !a.cfg.json {
        println!("Stream {stream} was updated\n");
    }
    show_info(&info, a.cfg.json, false)?;
    Ok(ExitCode::SUCCESS)
}

/// `stream copy SOURCE DEST`: SOURCE's config with the flags applied, created as DEST.
async fn copy(js: &JetStream, a: CopyArgs) -> anyhow::Result<()> {
    if a.source == a.destination {
        bail!("source and destination Stream names cannot be the same");
    }
    let source = js
        .stream_info(&a.source)
        .await
        .with_context(|| format!("could not request Stream {} configuration", a.source))?;
    check_repub_transform(&a.cfg)?;
    let mut cfg = edit_config(
        source.config.without_server_metadata(),
        &a.cfg,
        &EditOnlyFlags::default(),
    )
    .and_then(|mut c| apply_add_only(&a.add_only, &mut c).map(|()| c))
    .with_context(|| format!("could not copy Stream {}", a.source))?;
    cfg.name = a.destination.clone();
    let info = js
        .create_stream(&cfg)
        .await
        .context("could not create Stream")?;
    if !a.cfg.json {
        println!("Stream {} was created\n", cfg.name);
    }
    show_info(&info, a.cfg.json, false)
}

/// Runs of consecutive sequences, as `[first, last]` pairs.
fn gap_ranges(deleted: &[u64]) -> Vec<[u64; 2]> {
    let mut sorted = deleted.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    let mut out: Vec<[u64; 2]> = Vec::new();
    for seq in sorted {
        match out.last_mut() {
            Some(last) if last[1] + 1 == seq => last[1] = seq,
            _ => out.push([seq, seq]),
        }
    }
    out
}

/// `stream gaps`: the deleted sequences as ranges. natscli reads the whole stream to find
/// them; the server's `deleted_details` list gives the same ranges.
async fn gaps(js: &JetStream, a: GapsArgs) -> anyhow::Result<()> {
    let stream = pick_stream(js, a.stream).await?;
    let info = js.stream_info(&stream).await?;
    if info.state.num_deleted == 0 {
        if a.json {
            println!("{{}}");
        }
        println!("No deleted messages in {stream}");
        return Ok(());
    }
    if !a.force {
        println!(
            "WARNING: Detecting gaps in a stream consumes the entire stream and can be resource \
             intensive on the Server, Client and Network.\n"
        );
        let ok = prompt::confirm(
            &format!(
                "Really detect gaps in stream {stream} with {} messages and {} bytes",
                comma(info.state.messages),
                ibytes(info.state.bytes)
            ),
            false,
            "-f",
        )
        .context("could not obtain confirmation")?;
        if !ok {
            return Ok(());
        }
    }
    let req = StreamInfoRequest {
        deleted_details: true,
        ..StreamInfoRequest::default()
    };
    let detailed = js.stream_info_with(&stream, &req).await?;
    let found = gap_ranges(&detailed.state.deleted);
    if a.json {
        return output::print_json(&found);
    }
    if found.is_empty() {
        println!("No deleted messages in {stream}");
        return Ok(());
    }
    let title = if found.len() == 1 {
        format!("1 gap found in Stream {stream}")
    } else {
        format!(
            "{} gaps found in Stream {stream}",
            comma(found.len() as u64)
        )
    };
    let rows: Vec<Vec<String>> = found
        .iter()
        .map(|g| vec![comma(g[0]), comma(g[1])])
        .collect();
    println!(
        "{}",
        output::table(&title, &["First Message", "Last Message"], &rows, "")
    );
    Ok(())
}

/// `stream seal`: the current config with `sealed` set, then the stream's report.
async fn seal(js: &JetStream, a: SealArgs) -> anyhow::Result<()> {
    let stream = a.stream;
    if !a.force
        && !prompt::confirm(
            &format!("Really seal Stream {stream}, sealed streams can not be unsealed or modified"),
            false,
            "-f",
        )
        .context("could not obtain confirmation")?
    {
        return Ok(());
    }
    let current = js
        .stream_info(&stream)
        .await
        .context("could not seal Stream")?;
    let mut cfg = current.config.without_server_metadata();
    cfg.sealed = true;
    let info = js
        .update_stream(&cfg)
        .await
        .context("could not seal Stream")?;
    show_info(&info, false, false)
}

async fn rm(js: &JetStream, a: RmArgs) -> anyhow::Result<()> {
    if a.force {
        let Some(stream) = a.stream else {
            bail!("--force requires a stream name");
        };
        return js.delete_stream(&stream).await.map_err(|e| {
            if matches!(e, rnats_proto::jetstream::JetStreamError::Timeout) {
                println!("Delete failed due to timeout, the stream might not exist or be in an unmanageable state");
            }
            anyhow!(e)
        });
    }
    let stream = pick_stream(js, a.stream).await?;
    if !prompt::confirm(&format!("Really delete Stream {stream}"), false, "-f")? {
        return Ok(());
    }
    js.delete_stream(&stream)
        .await
        .context("could not remove Stream")?;
    Ok(())
}

async fn purge(js: &JetStream, a: PurgeArgs) -> anyhow::Result<()> {
    let stream = pick_stream(js, a.stream).await?;
    if !a.force && !prompt::confirm(&format!("Really purge Stream {stream}"), false, "-f")? {
        return Ok(());
    }
    let (seq, keep) = (a.seq.unwrap_or(0), a.keep.unwrap_or(0));
    if seq > 0 && keep > 0 {
        bail!("sequence and keep cannot be combined when purging");
    }
    let req = PurgeRequest {
        filter: a.subject.clone(),
        seq,
        keep,
    };
    let purged = js
        .purge_stream(&stream, &req)
        .await
        .context("could not purge Stream")?;
    if !a.json {
        println!("Purged {purged} messages from {stream}\n");
    }
    let info = js
        .stream_info(&stream)
        .await
        .context("could not purge Stream")?;
    show_info(&info, a.json, true)
}

async fn rmm(js: &JetStream, a: RmmArgs) -> anyhow::Result<()> {
    let stream = pick_stream(js, a.stream).await?;
    let id = match a.id {
        Some(id) => id,
        None => prompt::ask("Message Sequence to remove", None, "the ID argument")?
            .parse()
            .context("invalid number")?,
    };
    if id == 0 {
        bail!("positive message ID required");
    }
    js.stream_info(&stream)
        .await
        .with_context(|| format!("could not load Stream {stream}"))?;
    if !a.force
        && !prompt::confirm(
            &format!("Really remove message {id} from Stream {stream}"),
            false,
            "-f",
        )?
    {
        return Ok(());
    }
    js.delete_msg(&stream, id, true).await?;
    Ok(())
}

/// Prints a message's headers (as natscli's `stream get`/`view`).
fn print_headers(msg: &StoredMsg, skip_internal: bool) {
    let Some(h) = msg.headers() else {
        return;
    };
    for (k, v) in h.iter() {
        if skip_internal
            && matches!(
                k,
                "Nats-Subject"
                    | "Nats-Stream"
                    | "Nats-Sequence"
                    | "Nats-Time-Stamp"
                    | "Nats-Num-Pending"
                    | "Nats-Last-Sequence"
            )
        {
            continue;
        }
        println!("  {k}: {v}");
    }
}

/// natscli's `outPutMSGBody`: `nil body` for an empty body, else the (translated) body, then
/// a blank line.
fn print_body(data: &[u8], translate: Option<&str>, subject: &str) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    if data.is_empty() && translate.is_none() {
        writeln!(out, "nil body\n")?;
        return Ok(());
    }
    let Some(data) = output::translated(&mut out, data, translate, subject)? else {
        return Ok(());
    };
    out.write_all(&data)?;
    if !data.ends_with(b"\n") {
        writeln!(out)?;
    }
    writeln!(out)?;
    if !data.ends_with(b"\n") {
        writeln!(out)?;
    }
    Ok(())
}

async fn get(js: &JetStream, a: GetArgs) -> anyhow::Result<()> {
    let stream = pick_stream(js, a.stream).await?;
    let req = match (a.id, &a.last_for) {
        (Some(id), _) => MsgGetRequest::seq(id),
        (None, Some(s)) => MsgGetRequest::last_for(s.clone()),
        (None, None) => {
            let id = prompt::ask(
                "Message Sequence to retrieve",
                Some("-1"),
                "the ID argument or --last-for",
            )?;
            match id.trim() {
                "-1" => MsgGetRequest::last_for(prompt::ask(
                    "Subject to retrieve last message for",
                    None,
                    "--last-for",
                )?),
                n => MsgGetRequest::seq(n.parse().context("invalid number")?),
            }
        }
    };
    let msg = js.get_msg(&stream, &req).await.with_context(|| {
        format!(
            "could not retrieve {stream}#{}",
            a.id.map_or("-1".to_string(), |i| i.to_string())
        )
    })?;
    if a.json {
        return output::print_json(&msg);
    }
    println!(
        "Item: {stream}#{} received {} ({}) on Subject {}\n",
        msg.seq,
        columns::time(&msg.time),
        columns::since(&msg.time, None),
        msg.subject
    );
    // natscli prints the heading for any stored block, decodable or not.
    if !msg.hdrs.is_empty() {
        println!("Headers:");
        print_headers(&msg, false);
        println!();
    }
    print_body(&msg.data, a.translate.as_deref(), &msg.subject)
}

/// The first sequence stored at or after `since` ago (jsm's `PagerStartDelta`), found by a
/// binary search over direct gets, as stored times grow with sequences; past the last
/// message when none is that recent.
async fn first_seq_since(
    js: &JetStream,
    stream: &str,
    info: &StreamInfo,
    since: Duration,
) -> anyhow::Result<u64> {
    let since = chrono::Duration::from_std(since).context("--since is too large")?;
    let cutoff = chrono::Utc::now() - since;
    let (mut lo, mut hi) = (info.state.first_seq.max(1), info.state.last_seq + 1);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        match js.get_msg(stream, &MsgGetRequest::next_for(">", mid)).await {
            Ok(m) => {
                let at = chrono::DateTime::parse_from_rfc3339(&m.time)
                    .with_context(|| format!("invalid message time {:?}", m.time))?;
                if at >= cutoff {
                    hi = mid;
                } else {
                    lo = m.seq + 1;
                }
            }
            Err(e) if e.err_code() == Some(10037) => hi = mid,
            Err(e) => return Err(e.into()),
        }
    }
    Ok(lo)
}

async fn view(js: &JetStream, a: ViewArgs) -> anyhow::Result<()> {
    if !prompt::is_terminal() {
        bail!("interactive stream paging requires a valid terminal");
    }
    let mut size = a.size.max(1);
    if size > 25 {
        output::log("Page size is limited to 25, setting to 25...");
        size = 25;
    }
    let stream = pick_stream(js, a.stream).await?;
    let info = js.stream_info(&stream).await?;
    let filter = a.subject.clone().unwrap_or_else(|| ">".to_string());
    // natscli's pager: `--since` wins over `--id`.
    let mut seq = match a.since.filter(|d| !d.is_zero()) {
        Some(since) => first_seq_since(js, &stream, &info, since).await?,
        None => a.id.unwrap_or(info.state.first_seq).max(1),
    };
    loop {
        for _ in 0..size {
            let msg = match js
                .get_msg(&stream, &MsgGetRequest::next_for(filter.clone(), seq))
                .await
            {
                Ok(m) => m,
                Err(e) if e.err_code() == Some(10037) => {
                    output::log("Reached apparent end of data");
                    return Ok(());
                }
                Err(e) => return Err(e.into()),
            };
            seq = msg.seq + 1;
            if a.raw {
                println!("{}", String::from_utf8_lossy(&msg.data));
                continue;
            }
            println!(
                "[{}] Subject: {} Received: {}",
                msg.seq,
                msg.subject,
                columns::time(&msg.time)
            );
            if msg.headers().is_some_and(|h| !h.is_empty()) {
                println!();
                print_headers(&msg, true);
            }
            print_body(&msg.data, a.translate.as_deref(), &msg.subject)?;
        }
        if !prompt::confirm("Next Page", true, "--id")? {
            return Ok(());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gaps_are_runs_of_deleted_sequences() {
        assert_eq!(gap_ranges(&[]), Vec::<[u64; 2]>::new());
        assert_eq!(gap_ranges(&[5, 2, 3, 9]), vec![[2, 3], [5, 5], [9, 9]]);
    }

    #[test]
    fn subjects_split_on_commas_and_spaces() {
        assert_eq!(
            split_subjects(&["a, b".into(), "c,d".into()]),
            vec!["a", "b", "c", "d"]
        );
    }

    #[test]
    fn sizes_and_durations() {
        assert_eq!(parse_bytes("-1", "--max-bytes").ok(), Some(-1));
        assert_eq!(parse_bytes("1KB", "--max-bytes").ok(), Some(1024));
        assert!(parse_bytes("x", "--max-bytes").is_err());
        assert_eq!(parse_duration("1m", "--max-age").ok(), Some(60_000_000_000));
        assert_eq!(parse_duration("-1", "--max-age").ok(), Some(0));
    }

    #[test]
    fn defaults_give_natscli_config() {
        let a = AddArgs {
            stream: Some("S".into()),
            config: None,
            output: None,
            first_sequence: None,
            defaults: true,
            cfg: ConfigFlags {
                subjects: vec!["a.>".into()],
                ..ConfigFlags::default()
            },
            add_only: AddOnlyFlags::default(),
        };
        let c = prepare_config(&a).expect("config");
        assert_eq!((c.max_msgs, c.max_bytes, c.max_consumers), (-1, -1, -1));
        assert_eq!(c.duplicate_window, 120_000_000_000);
        assert!(c.allow_direct && !c.no_ack && !c.deny_delete);
    }

    #[test]
    fn edit_applies_only_given_flags() {
        let old = StreamConfig::new("S");
        let flags = ConfigFlags {
            max_msgs: Some(10),
            deny_purge: true,
            ..ConfigFlags::default()
        };
        let new = edit_config(old.clone(), &flags, &EditOnlyFlags::default()).expect("edit");
        assert_eq!((new.max_msgs, new.deny_purge), (10, true));
        let diff = config_diff(&old, &new).expect("diff");
        assert_eq!(
            diff,
            vec![
                "-  deny_purge: false",
                "+  deny_purge: true",
                "-  max_msgs: 0",
                "+  max_msgs: 10"
            ]
        );
    }

    #[test]
    fn json_sources_need_a_name() {
        let err = parse_stream_source(r#"{"filter_subject":"a"}"#, "mirror").expect_err("no name");
        assert_eq!(err.to_string(), "invalid mirror: name is required");
        let s = parse_stream_source(r#" {"name":"O","opt_start_seq":3} "#, "source").expect("ok");
        assert_eq!((s.name.as_str(), s.opt_start_seq), ("O", 3));
    }

    #[test]
    fn sources_render_as_natscli() {
        let s = StreamSource {
            name: "O".into(),
            opt_start_seq: 1200,
            consumer: Some(StreamConsumerSource {
                name: "D".into(),
                deliver_subject: "dlv".into(),
            }),
            external: Some(ExternalStream {
                api: "$JS.hub.API".into(),
                deliver: String::new(),
            }),
            ..StreamSource::default()
        };
        assert_eq!(
            render_source(&s),
            "O, Start Seq: 1,200, API Prefix: $JS.hub.API, Consumer Name: D (dlv)"
        );
    }

    #[test]
    fn add_flags_build_natscli_json() {
        let a = AddArgs {
            stream: Some("S".into()),
            config: None,
            output: None,
            first_sequence: None,
            defaults: true,
            cfg: ConfigFlags {
                subjects: vec!["a.>".into()],
                tag: vec!["x".into()],
                tags: vec!["y".into()],
                cluster: Some("c1".into()),
                allow_mirror_direct: true,
                ..ConfigFlags::default()
            },
            add_only: AddOnlyFlags {
                limit_consumer_inactive: Some("1m".into()),
                limit_consumer_max_pending: Some(10),
                persist_mode: Some("async".into()),
            },
        };
        let c = prepare_config(&a).expect("config");
        assert_eq!(
            c.placement,
            serde_json::json!({"cluster": "c1", "tags": ["x", "y"]})
        );
        assert_eq!(
            c.consumer_limits,
            serde_json::json!({"inactive_threshold": 60_000_000_000_i64, "max_ack_pending": 10})
        );
        assert_eq!(c.persist_mode, PersistMode::Async);
        assert!(c.mirror_direct);
    }

    #[test]
    fn edit_removes_and_refuses_like_natscli() {
        let mut old = StreamConfig::new("S");
        old.placement = serde_json::json!({"cluster": "c1", "tags": ["x"]});
        old.republish = serde_json::json!({"src": ">", "dest": "r.>"});
        old.subject_transform = serde_json::json!({"src": ">", "dest": "t.>"});
        old.mirror = serde_json::json!({"name": "O"});
        let removals = EditOnlyFlags {
            no_mirror: true,
            no_transform: true,
            no_republish: true,
        };
        let flags = ConfigFlags {
            tag: vec![String::new()],
            ..ConfigFlags::default()
        };
        let new = edit_config(old.clone(), &flags, &removals).expect("edit");
        assert_eq!(new.placement, serde_json::json!({"cluster": "c1"}));
        assert!(new.mirror.is_null() && new.republish.is_null());
        assert!(new.subject_transform.is_null());
        let flags = ConfigFlags {
            cluster: Some(String::new()),
            tag: vec![String::new()],
            ..ConfigFlags::default()
        };
        let new = edit_config(old.clone(), &flags, &EditOnlyFlags::default()).expect("edit");
        assert!(new.placement.is_null());
        let flags = ConfigFlags {
            sources: vec!["X".into()],
            ..ConfigFlags::default()
        };
        let err = edit_config(old, &flags, &EditOnlyFlags::default()).expect_err("refused");
        assert_eq!(
            err.to_string(),
            "cannot edit mirrors, or sources using the CLI, use --config instead"
        );
    }
}
