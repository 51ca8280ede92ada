//! `nats consumer` (aliases `con`, `obs`, `c`): natscli's JetStream consumer management.
//!
//! `add` builds a `ConsumerConfig` from natscli's flags (or `--config FILE`, a config or a
//! `consumer info --json` document), asking on a terminal for what the flags leave open and
//! otherwise failing with one line naming the flag; `--defaults` takes natscli's defaults
//! instead. The created consumer is shown as `info` shows it: natscli's columns report
//! (`Information for Consumer S > C created ...`, `Configuration:`, `State:`), or the
//! `ConsumerInfo` JSON with `--json`. `ls` prints natscli's table (or `--names`, `--json`),
//! `rm` deletes (asking for confirmation on a terminal unless `-f`), `next` pulls messages one
//! at a time and acknowledges, naks or terminates them, `sub` reads a push consumer's deliver
//! subject (or pulls one message from a pull consumer, as natscli does), `pause` and `resume`
//! use `$JS.API.CONSUMER.PAUSE` (nats-server 2.11+). natscli's other
//! consumer commands (`edit`, `copy`, `report`, ...) are refused with an
//! error, as are missing stream or consumer names when there is no terminal to ask on.

use crate::kit::columns::{self, Columns};
use crate::kit::connect::{self, Session};
use crate::kit::duration;
use crate::kit::jsapi;
use crate::kit::numbers::comma;
use crate::kit::numbers::comma_i64;
use crate::kit::output;
use crate::kit::pickers::{consumer_or_pick, stream_or_pick};
use crate::kit::prompt;
use crate::kit::pull;
use crate::options::GlobalOpts;
use anyhow::{bail, Context as _};
use clap::{Args, Subcommand, ValueEnum};
use rnats_proto::client::Message;
use rnats_proto::jetstream::{
    AckPolicy, ConsumerConfig, ConsumerInfo, DeliverPolicy, JetStream, JetStreamError, MsgMetadata,
    NextRequest, PriorityPolicy, ReplayPolicy,
};
use rnats_proto::kit::format::duration_string;
use rnats_proto::kit::format::ibytes;
use std::collections::BTreeMap;
use std::ffi::OsString;
use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

/// JetStream consumer management
#[derive(Debug, Clone, Args)]
pub struct ConsumerArgs {
    /// The consumer command.
    #[command(subcommand)]
    pub command: ConsumerCommand,
}

/// The consumer commands.
#[derive(Debug, Clone, Subcommand)]
pub enum ConsumerCommand {
    /// Creates a new consumer
    #[command(visible_aliases = ["create", "new"])]
    Add(Box<AddArgs>),
    /// List known consumers
    #[command(visible_alias = "list")]
    Ls(LsArgs),
    /// Consumer information
    #[command(visible_alias = "nfo")]
    Info(InfoArgs),
    /// Removes a consumer
    #[command(visible_aliases = ["delete", "del"])]
    Rm(RmArgs),
    /// Retrieves messages from Pull consumers without interactive prompts
    Next(NextArgs),
    /// Retrieves messages from consumers
    #[command(hide = true)]
    Sub(SubArgs),
    /// Consumer state
    State(StateArgs),
    /// Pause a consumer until a later time
    Pause(PauseArgs),
    /// Resume a paused consumer
    Resume(RmArgs),
    /// Edits the configuration of a consumer
    #[command(visible_alias = "update")]
    Edit(Box<EditArgs>),
    /// Creates a new consumer based on the configuration of another
    #[command(visible_alias = "cp")]
    Copy(Box<CopyArgs>),
    /// Reports on consumer statistics
    Report(ReportArgs),
    /// Unpin the current Pinned Client from a Priority Group
    Unpin(UnpinArgs),
    /// View a graph of consumer activity
    Graph(crate::graph::ConsumerGraphArgs),
    /// Finds consumers matching certain criteria
    #[command(visible_alias = "query")]
    Find(crate::consumer_find::FindArgs),
    /// natscli's other consumer commands, refused.
    #[command(external_subcommand)]
    Other(Vec<OsString>),
}

/// Ack policies `add` accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AckArg {
    /// No acknowledgements.
    None,
    /// Acknowledging one message acknowledges all before it.
    All,
    /// Every message is acknowledged.
    Explicit,
}

/// Replay policies `add` accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReplayArg {
    /// As fast as possible.
    Instant,
    /// At the pace the messages were stored.
    Original,
}

/// Backoff policies `add` can generate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum BackoffArg {
    /// Equal steps from --backoff-min to --backoff-max.
    Linear,
    /// No backoff.
    None,
}

/// Creates a new consumer
#[derive(Debug, Clone, Args)]
pub struct AddArgs {
    /// Stream name
    pub stream: Option<String>,

    /// Consumer name
    pub consumer: Option<String>,

    /// JSON file to read configuration from
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// Save configuration instead of creating
    #[arg(long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Accept default values for all prompts
    #[arg(long)]
    pub defaults: bool,

    /// Acknowledgment policy (none, all, explicit)
    #[arg(long, value_enum, value_name = "POLICY")]
    pub ack: Option<AckArg>,

    /// Restrict message delivery to a certain bit per second
    #[arg(long, default_value_t = 0, value_name = "BPS")]
    pub bps: u64,

    /// Creates a consumer backoff policy using a specific pre-written algorithm (none, linear)
    #[arg(long, value_enum, value_name = "MODE")]
    pub backoff: Option<BackoffArg>,

    /// Number of steps to use when creating the backoff policy
    #[arg(long = "backoff-steps", default_value_t = 10, value_name = "STEPS")]
    pub backoff_steps: u32,

    /// The shortest backoff period that will be generated
    #[arg(long = "backoff-min", default_value = "1m", value_name = "MIN", value_parser = duration::parse)]
    pub backoff_min: Duration,

    /// The longest backoff period that will be generated
    #[arg(long = "backoff-max", default_value = "20m", value_name = "MAX", value_parser = duration::parse)]
    pub backoff_max: Duration,

    /// Start policy (all, new, last, subject, 1h, msg sequence)
    #[arg(long, value_name = "POLICY")]
    pub deliver: Option<String>,

    /// Delivers push messages only to subscriptions matching this group
    #[arg(long = "deliver-group", value_name = "GROUP")]
    pub deliver_group: Option<String>,

    /// Sets a contextual description for the consumer
    #[arg(long, value_name = "DESCRIPTION")]
    pub description: Option<String>,

    /// Create an ephemeral consumer
    #[arg(long)]
    pub ephemeral: bool,

    /// Filter Stream by subjects
    #[arg(long, value_name = "SUBJECTS")]
    pub filter: Vec<String>,

    /// Enable Push consumer flow control
    #[arg(long = "flow-control")]
    pub flow_control: bool,

    /// Enable idle Push consumer heartbeats (-1 disable)
    #[arg(long, value_name = "HEARTBEAT", allow_hyphen_values = true)]
    pub heartbeat: Option<String>,

    /// Deliver only headers and no bodies
    #[arg(long = "headers-only", overrides_with = "no_headers_only")]
    pub headers_only: bool,

    /// Deliver headers and bodies
    #[arg(long = "no-headers-only")]
    pub no_headers_only: bool,

    /// Maximum amount of times a message will be delivered
    #[arg(long = "max-deliver", value_name = "TRIES", allow_hyphen_values = true)]
    pub max_deliver: Option<i64>,

    /// Maximum pending Acks before consumers are paused
    #[arg(
        long = "max-pending",
        visible_alias = "max-outstanding",
        value_name = "MAX",
        allow_hyphen_values = true
    )]
    pub max_pending: Option<i64>,

    /// Maximum number of outstanding pulls allowed
    #[arg(long = "max-waiting", value_name = "PULLS")]
    pub max_waiting: Option<i64>,

    /// Maximum size batch size for a pull request to accept
    #[arg(long = "max-pull-batch", value_name = "BATCH_SIZE")]
    pub max_pull_batch: Option<i64>,

    /// Maximum expire duration for a pull request to accept
    #[arg(long = "max-pull-expire", value_name = "EXPIRES", value_parser = duration::parse)]
    pub max_pull_expire: Option<Duration>,

    /// Maximum max bytes for a pull request to accept
    #[arg(long = "max-pull-bytes", value_name = "BYTES")]
    pub max_pull_bytes: Option<i64>,

    /// Deliver messages in 'pull' mode
    #[arg(long)]
    pub pull: bool,

    /// Replay Policy (instant, original)
    #[arg(long, value_enum, value_name = "POLICY")]
    pub replay: Option<ReplayArg>,

    /// Percentage of requests to sample for monitoring purposes
    #[arg(long, default_value_t = -1, value_name = "SAMPLE", allow_hyphen_values = true)]
    pub sample: i64,

    /// Push based delivery target subject
    #[arg(long, value_name = "SUBJECT")]
    pub target: Option<String>,

    /// Acknowledgment waiting time
    #[arg(long, value_name = "WAIT", value_parser = duration::parse)]
    pub wait: Option<Duration>,

    /// How long to allow an ephemeral consumer to be idle before removing it
    #[arg(long = "inactive-threshold", value_name = "THRESHOLD", value_parser = duration::parse)]
    pub inactive_threshold: Option<Duration>,

    /// Force the consumer state to be stored in memory rather than inherit from the stream
    #[arg(long)]
    pub memory: bool,

    /// Sets a custom replica count rather than inherit from the stream
    #[arg(long, value_name = "REPLICAS")]
    pub replicas: Option<i64>,

    /// Adds metadata to the consumer
    #[arg(long, value_name = "META", value_parser = parse_meta)]
    pub metadata: Vec<(String, String)>,

    /// Priority group flags.
    #[command(flatten)]
    pub priority: PriorityFlags,

    /// `--pause`.
    #[command(flatten)]
    pub pause: PauseFlag,
}

/// The priority group flags of `add` and `copy` (ADR-42).
#[derive(Debug, Clone, Default, Args)]
pub struct PriorityFlags {
    /// Create a Pinned Client consumer based on these groups
    #[arg(long = "pinned-groups", value_name = "GROUPS")]
    pub pinned_groups: Vec<String>,

    /// The time to allow for a client to pull before losing the pinned status
    #[arg(long = "pinned-ttl", value_name = "TTL", value_parser = duration::parse)]
    pub pinned_ttl: Option<Duration>,

    /// Create a Overflow consumer based on these groups
    #[arg(long = "overflow-groups", value_name = "GROUPS")]
    pub overflow_groups: Vec<String>,

    /// Create a Prioritized consumer based on these groups
    #[arg(long = "prioritized-groups", value_name = "GROUPS")]
    pub prioritized_groups: Vec<String>,
}

impl PriorityFlags {
    /// Sets the policy and groups the flags ask for (natscli's `prepareConfig`); none given
    /// leaves `cfg` as it is.
    fn apply(&self, cfg: &mut ConsumerConfig) -> anyhow::Result<()> {
        let given = [
            !self.pinned_groups.is_empty(),
            !self.overflow_groups.is_empty(),
            !self.prioritized_groups.is_empty(),
        ];
        if given.iter().filter(|g| **g).count() > 1 {
            bail!(
                "setting more than one of pinned, overflow and prioritized groups is not supported"
            );
        }
        if self.pinned_ttl.is_some() && self.pinned_groups.is_empty() {
            bail!("--pinned-ttl needs --pinned-groups");
        }
        if !self.pinned_groups.is_empty() {
            cfg.priority_policy = PriorityPolicy::PinnedClient;
            cfg.priority_groups = self.pinned_groups.clone();
            cfg.priority_timeout = self.pinned_ttl.map_or(0, pull::nanos);
        } else if !self.overflow_groups.is_empty() {
            cfg.priority_policy = PriorityPolicy::Overflow;
            cfg.priority_groups = self.overflow_groups.clone();
        } else if !self.prioritized_groups.is_empty() {
            cfg.priority_policy = PriorityPolicy::Prioritized;
            cfg.priority_groups = self.prioritized_groups.clone();
        }
        Ok(())
    }
}

/// `--pause` of `add` and `copy`.
#[derive(Debug, Clone, Default, Args)]
pub struct PauseFlag {
    /// Pause the consumer for a duration after start or until a specific timestamp (eg
    /// 2006-01-02 15:04:05)
    #[arg(long, value_name = "PAUSE")]
    pub pause: Option<String>,
}

impl PauseFlag {
    /// Sets `pause_until` from a `2006-01-02 15:04:05` (UTC) time or a duration from now
    /// (natscli's `parsePauseUntil`).
    fn apply(&self, cfg: &mut ConsumerConfig) -> anyhow::Result<()> {
        if let Some(until) = self.pause.as_deref().filter(|p| !p.is_empty()) {
            let ts = parse_pause_until(until)?;
            cfg.pause_until = Some(ts.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true));
        }
        Ok(())
    }
}

/// Unpin the current Pinned Client from a Priority Group
#[derive(Debug, Clone, Args)]
pub struct UnpinArgs {
    /// Stream name
    pub stream: Option<String>,

    /// Consumer name
    pub consumer: Option<String>,

    /// The group to unpin
    pub group: Option<String>,

    /// Force unpin without prompting
    #[arg(short = 'f', long)]
    pub force: bool,
}

/// The flags `edit` and `copy` share: natscli's `addCreateFlags(_, true)` set.
#[derive(Debug, Clone, Args)]
pub struct EditFlags {
    /// Creates a consumer backoff policy using a specific pre-written algorithm (none, linear)
    #[arg(long, value_enum, value_name = "MODE")]
    pub backoff: Option<BackoffArg>,

    /// Number of steps to use when creating the backoff policy
    #[arg(long = "backoff-steps", default_value_t = 10, value_name = "STEPS")]
    pub backoff_steps: u32,

    /// The shortest backoff period that will be generated
    #[arg(long = "backoff-min", default_value = "1m", value_name = "MIN", value_parser = duration::parse)]
    pub backoff_min: Duration,

    /// The longest backoff period that will be generated
    #[arg(long = "backoff-max", default_value = "20m", value_name = "MAX", value_parser = duration::parse)]
    pub backoff_max: Duration,

    /// Sets a contextual description for the consumer
    #[arg(long, value_name = "DESCRIPTION")]
    pub description: Option<String>,

    /// Filter Stream by subjects
    #[arg(long, value_name = "SUBJECTS")]
    pub filter: Vec<String>,

    /// Deliver only headers and no bodies
    #[arg(long = "headers-only", overrides_with = "no_headers_only")]
    pub headers_only: bool,

    /// Deliver headers and bodies
    #[arg(long = "no-headers-only")]
    pub no_headers_only: bool,

    /// Maximum amount of times a message will be delivered
    #[arg(long = "max-deliver", value_name = "TRIES", allow_hyphen_values = true)]
    pub max_deliver: Option<i64>,

    /// Maximum pending Acks before consumers are paused
    #[arg(
        long = "max-pending",
        visible_alias = "max-outstanding",
        value_name = "MAX",
        allow_hyphen_values = true
    )]
    pub max_pending: Option<i64>,

    /// Maximum size batch size for a pull request to accept
    #[arg(long = "max-pull-batch", value_name = "BATCH_SIZE")]
    pub max_pull_batch: Option<i64>,

    /// Maximum expire duration for a pull request to accept
    #[arg(long = "max-pull-expire", value_name = "EXPIRES", value_parser = duration::parse)]
    pub max_pull_expire: Option<Duration>,

    /// Maximum max bytes for a pull request to accept
    #[arg(long = "max-pull-bytes", value_name = "BYTES")]
    pub max_pull_bytes: Option<i64>,

    /// Percentage of requests to sample for monitoring purposes
    #[arg(long, default_value_t = -1, value_name = "SAMPLE", allow_hyphen_values = true)]
    pub sample: i64,

    /// Push based delivery target subject
    #[arg(long, value_name = "SUBJECT")]
    pub target: Option<String>,

    /// Acknowledgment waiting time
    #[arg(long, value_name = "WAIT", value_parser = duration::parse)]
    pub wait: Option<Duration>,

    /// How long to allow an ephemeral consumer to be idle before removing it
    #[arg(long = "inactive-threshold", value_name = "THRESHOLD", value_parser = duration::parse)]
    pub inactive_threshold: Option<Duration>,

    /// Sets a custom replica count rather than inherit from the stream
    #[arg(long, value_name = "REPLICAS")]
    pub replicas: Option<i64>,

    /// Adds metadata to the consumer
    #[arg(long, value_name = "META", value_parser = parse_meta)]
    pub metadata: Vec<(String, String)>,
}

/// Edits the configuration of a consumer
#[derive(Debug, Clone, Args)]
pub struct EditArgs {
    /// Stream name
    pub stream: Option<String>,

    /// Consumer name
    pub consumer: Option<String>,

    /// JSON file to read configuration from
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// Force removal without prompting
    #[arg(short = 'f', long)]
    pub force: bool,

    /// Edit the configuring using your editor
    #[arg(short = 'i', long)]
    pub interactive: bool,

    /// Only shows differences, do not edit the stream
    #[arg(long = "dry-run")]
    pub dry_run: bool,

    /// The editable consumer settings.
    #[command(flatten)]
    pub flags: EditFlags,
}

/// Creates a new consumer based on the configuration of another
#[derive(Debug, Clone, Args)]
pub struct CopyArgs {
    /// Stream name
    pub stream: String,

    /// Source consumer name
    pub source: String,

    /// Destination consumer name
    pub destination: String,

    /// Acknowledgment policy (none, all, explicit)
    #[arg(long, value_enum, value_name = "POLICY")]
    pub ack: Option<AckArg>,

    /// Restrict message delivery to a certain bit per second
    #[arg(long, default_value_t = 0, value_name = "BPS")]
    pub bps: u64,

    /// Start policy (all, new, last, subject, 1h, msg sequence)
    #[arg(long, value_name = "POLICY")]
    pub deliver: Option<String>,

    /// Delivers push messages only to subscriptions matching this group
    #[arg(long = "deliver-group", value_name = "GROUP")]
    pub deliver_group: Option<String>,

    /// Create an ephemeral consumer
    #[arg(long)]
    pub ephemeral: bool,

    /// Enable Push consumer flow control
    #[arg(long = "flow-control")]
    pub flow_control: bool,

    /// Enable idle Push consumer heartbeats (-1 disable)
    #[arg(long, value_name = "HEARTBEAT", allow_hyphen_values = true)]
    pub heartbeat: Option<String>,

    /// Maximum number of outstanding pulls allowed
    #[arg(long = "max-waiting", value_name = "PULLS")]
    pub max_waiting: Option<i64>,

    /// Deliver messages in 'pull' mode
    #[arg(long)]
    pub pull: bool,

    /// Replay Policy (instant, original)
    #[arg(long, value_enum, value_name = "POLICY")]
    pub replay: Option<ReplayArg>,

    /// Force the consumer state to be stored in memory rather than inherit from the stream
    #[arg(long)]
    pub memory: bool,

    /// The settings `edit` can change too.
    #[command(flatten)]
    pub flags: EditFlags,

    /// Priority group flags.
    #[command(flatten)]
    pub priority: PriorityFlags,

    /// `--pause`.
    #[command(flatten)]
    pub pause: PauseFlag,
}

/// Reports on consumer statistics
#[derive(Debug, Clone, Args)]
pub struct ReportArgs {
    /// Stream name
    pub stream: Option<String>,

    /// Show un-formatted numbers
    #[arg(short = 'r', long)]
    pub raw: bool,

    /// Show details about the leaders
    #[arg(short = 'l', long)]
    pub leaders: bool,
}

/// List known consumers
#[derive(Debug, Clone, Args)]
pub struct LsArgs {
    /// Stream name
    pub stream: Option<String>,

    /// Produce JSON output
    #[arg(short = 'j', long)]
    pub json: bool,

    /// Show just the consumer names
    #[arg(short = 'n', long)]
    pub names: bool,
}

/// Consumer information
#[derive(Debug, Clone, Args)]
pub struct InfoArgs {
    /// Stream name
    pub stream: Option<String>,

    /// Consumer name
    pub consumer: Option<String>,

    /// Produce JSON output
    #[arg(short = 'j', long)]
    pub json: bool,
}

/// Removes a consumer
#[derive(Debug, Clone, Args)]
pub struct RmArgs {
    /// Stream name
    pub stream: Option<String>,

    /// Consumer name
    pub consumer: Option<String>,

    /// Force removal without prompting
    #[arg(short = 'f', long)]
    pub force: bool,
}

/// Consumer state
#[derive(Debug, Clone, Args)]
pub struct StateArgs {
    /// Stream to retrieve state information for
    pub stream: Option<String>,

    /// Consumer name
    pub consumer: Option<String>,

    /// Produce JSON output
    #[arg(short = 'j', long)]
    pub json: bool,

    /// Do not select streams from a list
    #[arg(long = "no-select")]
    pub no_select: bool,
}

/// Pause a consumer until a later time
#[derive(Debug, Clone, Args)]
pub struct PauseArgs {
    /// Stream name
    pub stream: Option<String>,

    /// Consumer name
    pub consumer: Option<String>,

    /// Pause until a specific time (eg 2006-01-02 15:04:05, UTC) or for a duration (eg 1h30m)
    #[arg(value_name = "TIME")]
    pub until: Option<String>,

    /// Force pause without prompting
    #[arg(short = 'f', long)]
    pub force: bool,
}

/// Retrieves messages from Pull consumers without interactive prompts
#[derive(Debug, Clone, Args)]
pub struct NextArgs {
    /// Stream name
    pub stream: String,

    /// Consumer name
    pub consumer: String,

    /// Acknowledge received message (default; --no-ack to leave it pending)
    #[arg(long, overrides_with = "no_ack")]
    pub ack: bool,

    /// Do not acknowledge received messages
    #[arg(long = "no-ack")]
    pub no_ack: bool,

    /// Perform a Negative Acknowledgement on the message
    #[arg(long)]
    pub nak: bool,

    /// Terms the message
    #[arg(long)]
    pub term: bool,

    /// Show only the message
    #[arg(short = 'r', long)]
    pub raw: bool,

    /// Wait up to this period to acknowledge messages
    #[arg(long, value_name = "WAIT", value_parser = duration::parse)]
    pub wait: Option<Duration>,

    /// Number of messages to try to fetch from the pull consumer
    #[arg(long, default_value_t = 1)]
    pub count: u64,
}

/// Retrieves messages from consumers
#[derive(Debug, Clone, Args)]
pub struct SubArgs {
    /// Stream name
    pub stream: Option<String>,

    /// Consumer name
    pub consumer: Option<String>,

    /// Acknowledge received message (default; --no-ack to leave it pending)
    #[arg(long, overrides_with = "no_ack")]
    pub ack: bool,

    /// Do not acknowledge received messages
    #[arg(long = "no-ack")]
    pub no_ack: bool,

    /// Show only the message
    #[arg(short = 'r', long)]
    pub raw: bool,

    /// Deliver group of the consumer
    #[arg(long = "deliver-group", value_name = "GROUP")]
    pub deliver_group: Option<String>,
}

fn parse_meta(text: &str) -> Result<(String, String), String> {
    text.split_once(['=', ':'])
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .ok_or_else(|| format!("expected KEY=VALUE, got {text:?}"))
}

/// Runs `nats consumer ...`.
pub async fn run(global: GlobalOpts, args: ConsumerArgs) -> anyhow::Result<ExitCode> {
    if let ConsumerCommand::Other(words) = &args.command {
        let name = words
            .first()
            .map(|w| w.to_string_lossy().into_owned())
            .unwrap_or_default();
        bail!("`consumer {name}` is not supported by rnats yet");
    }
    if let ConsumerCommand::Graph(a) = args.command {
        // natscli checks for a terminal before it connects.
        return crate::graph::consumer(&global, a).await;
    }
    let session = connect::connect(&global).await?;
    let js = jsapi::for_session(&session);
    let result = match args.command {
        ConsumerCommand::Add(a) => add(&js, *a).await,
        ConsumerCommand::Ls(a) => ls(&js, &session, a).await,
        ConsumerCommand::Info(a) => info(&js, a).await,
        ConsumerCommand::Rm(a) => rm(&js, a).await,
        ConsumerCommand::Next(a) => next(&js, &session, a).await,
        ConsumerCommand::Sub(a) => sub(&js, &session, a).await,
        ConsumerCommand::State(a) => state(&js, a).await,
        ConsumerCommand::Pause(a) => pause(&js, a).await,
        ConsumerCommand::Resume(a) => resume(&js, a).await,
        ConsumerCommand::Edit(a) => match edit(&js, *a).await {
            Ok(code) => {
                session.close().await;
                return Ok(code);
            }
            Err(e) => Err(e),
        },
        ConsumerCommand::Copy(a) => copy(&js, *a).await,
        ConsumerCommand::Report(a) => report_cmd(&js, &session, a).await,
        ConsumerCommand::Unpin(a) => unpin(&js, a).await,
        ConsumerCommand::Find(a) => crate::consumer_find::run(&js, a).await,
        ConsumerCommand::Other(_) | ConsumerCommand::Graph(_) => Ok(()),
    };
    session.close().await;
    result.map(|()| ExitCode::SUCCESS)
}

// ---- prompts ----------------------------------------------------------------------------

/// [`prompt::ask`] with the consumer family's wording when there is no terminal (`{flag} is
/// required: ...`); an empty `default` accepts an empty answer.
fn ask(label: &str, default: &str, flag: &str) -> anyhow::Result<String> {
    prompt::require_terminal(flag)?;
    prompt::ask(label, Some(default), flag)
}

/// [`prompt::confirm`] with the consumer family's wording when there is no terminal.
fn confirm(label: &str, default: bool, flag: &str) -> anyhow::Result<bool> {
    prompt::require_terminal(flag)?;
    prompt::confirm(label, default, flag)
}

// ---- add --------------------------------------------------------------------------------

/// natscli's `linear` backoff: `steps` periods from `min` to `max` in equal increments.
pub fn linear_backoff(steps: u32, min: Duration, max: Duration) -> anyhow::Result<Vec<Duration>> {
    if steps == 0 {
        bail!("steps must be more than 0");
    }
    if min >= max {
        bail!("minimum retry can not be greater or equal to maximum retry");
    }
    if steps == 1 {
        return Ok(vec![min]);
    }
    let stepsize = (max - min) / (steps - 1);
    Ok((0..steps).map(|i| min + stepsize * i).collect())
}

/// natscli's `--deliver`: all, new (next), last, subject (last_per_subject), a sequence, or a
/// duration back from now.
fn set_start_policy(cfg: &mut ConsumerConfig, policy: &str) -> anyhow::Result<()> {
    match policy {
        "" => {}
        "all" => cfg.deliver_policy = DeliverPolicy::All,
        "last" => cfg.deliver_policy = DeliverPolicy::Last,
        "new" | "next" => cfg.deliver_policy = DeliverPolicy::New,
        "subject" | "last_per_subject" => cfg.deliver_policy = DeliverPolicy::LastPerSubject,
        p if p.chars().all(|c| c.is_ascii_digit()) => {
            cfg.deliver_policy = DeliverPolicy::ByStartSequence;
            cfg.opt_start_seq = p.parse().context("invalid start sequence")?;
        }
        p => {
            let d = duration::parse(p)
                .map_err(|e| anyhow::anyhow!("could not parse starting delta: {e}"))?;
            let start =
                chrono::Utc::now() - chrono::Duration::from_std(d).context("delta too large")?;
            cfg.deliver_policy = DeliverPolicy::ByStartTime;
            cfg.opt_start_time = Some(start.to_rfc3339_opts(chrono::SecondsFormat::Nanos, true));
        }
    }
    Ok(())
}

/// Reads `--config FILE`: a consumer config, or a `consumer info --json` document.
fn load_config_file(path: &PathBuf) -> anyhow::Result<ConsumerConfig> {
    let text = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    let value: serde_json::Value = serde_json::from_slice(&text)?;
    let cfg = match value.get("config") {
        Some(c) => c.clone(),
        None => value,
    };
    Ok(serde_json::from_value(cfg)?)
}

/// natscli's `prepareConfig`.
fn prepare_config(a: &AddArgs) -> anyhow::Result<ConsumerConfig> {
    if let Some(path) = &a.config {
        let mut cfg = load_config_file(path)?;
        if let Some(name) = a.consumer.as_deref().filter(|n| !n.is_empty()) {
            if !cfg.durable_name.is_empty() && cfg.durable_name != name {
                cfg.durable_name = name.to_string();
            }
        }
        if let Some(t) = a.target.as_deref().filter(|t| !t.is_empty()) {
            if !cfg.deliver_subject.is_empty() {
                cfg.deliver_subject = t.to_string();
            }
        }
        cfg.metadata.retain(|k, _| !k.starts_with("_nats."));
        return Ok(cfg);
    }
    let mut cfg = ConsumerConfig {
        ack_policy: AckPolicy::Explicit,
        replay_policy: ReplayPolicy::Instant,
        description: a.description.clone().unwrap_or_default(),
        ..ConsumerConfig::default()
    };
    let mut name = a.consumer.clone().unwrap_or_default();
    if name.is_empty() && !a.ephemeral {
        name = ask("Consumer name", "", "a CONSUMER name argument")?;
        if name.is_empty() {
            bail!("a consumer name is required");
        }
    }
    if a.ephemeral {
        cfg.name = name;
    } else {
        if name.contains(['.', '*', '>']) {
            bail!("durable name can not contain '.', '*', '>'");
        }
        cfg.durable_name = name;
    }

    let mut target = a.target.clone().unwrap_or_default();
    if !a.pull && target.is_empty() {
        target = ask(
            "Delivery target (empty for Pull Consumers)",
            "",
            "--pull or --target",
        )?;
    }
    cfg.deliver_subject = target.clone();
    let push = !target.is_empty();

    let mut group = a.deliver_group.clone();
    let mut start = a.deliver.clone().unwrap_or_default();
    let mut ack = a.ack;
    let mut replay = a.replay;
    let mut max_deliver = a.max_deliver;
    let mut max_pending = a.max_pending;
    let mut heartbeat = a.heartbeat.clone();
    let mut flow_control = a.flow_control.then_some(true);
    let mut headers_only = if a.headers_only {
        Some(true)
    } else if a.no_headers_only {
        Some(false)
    } else {
        None
    };
    if a.defaults {
        group.get_or_insert_with(String::new);
        if start.is_empty() {
            start = "all".to_string();
        }
        ack.get_or_insert(if push { AckArg::None } else { AckArg::Explicit });
        max_deliver.get_or_insert(-1);
        max_pending.get_or_insert(0);
        replay.get_or_insert(ReplayArg::Instant);
        heartbeat.get_or_insert_with(|| "-1".to_string());
        headers_only.get_or_insert(false);
        if push {
            replay = Some(ReplayArg::Instant);
            flow_control.get_or_insert(false);
        }
    }

    if push && group.is_none() {
        group = Some(ask("Delivery Queue Group", "", "--deliver-group")?);
    }
    cfg.deliver_group = group.unwrap_or_default();

    if start.is_empty() {
        start = ask(
            "Start policy (all, new, last, subject, 1h, msg sequence)",
            "all",
            "--deliver",
        )?;
    }
    set_start_policy(&mut cfg, &start)?;

    let ack = match ack {
        Some(a) => a,
        None => {
            let dflt = if push { "none" } else { "explicit" };
            let answer = ask("Acknowledgment policy (explicit, all, none)", dflt, "--ack")?;
            AckArg::from_str(&answer, true)
                .map_err(|e| anyhow::anyhow!("invalid ack policy '{answer}': {e}"))?
        }
    };
    let replay = match replay {
        Some(r) => r,
        None => {
            let answer = ask("Replay policy (instant, original)", "instant", "--replay")?;
            ReplayArg::from_str(&answer, true)
                .map_err(|e| anyhow::anyhow!("invalid replay policy '{answer}': {e}"))?
        }
    };
    cfg.ack_policy = match ack {
        AckArg::None => AckPolicy::None,
        AckArg::All => AckPolicy::All,
        AckArg::Explicit => AckPolicy::Explicit,
    };
    cfg.replay_policy = match replay {
        ReplayArg::Instant => ReplayPolicy::Instant,
        ReplayArg::Original => ReplayPolicy::Original,
    };
    if cfg.ack_policy == AckPolicy::None {
        cfg.max_deliver = -1;
    }
    if let Some(w) = a.wait.filter(|w| !w.is_zero()) {
        cfg.ack_wait = pull::nanos(w);
    }
    if a.sample > 0 {
        if a.sample > 100 {
            bail!("sample percent is not between 0 and 100");
        }
        cfg.sample_freq = a.sample.to_string();
    }

    let mut filters: Vec<String> = a
        .filter
        .iter()
        .flat_map(|f| f.split([',', ' ']))
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect();
    if filters.is_empty() && !a.defaults {
        let answer = ask("Filter Stream by subjects (blank for all)", "", "--filter")?;
        filters = answer
            .split([',', ' '])
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect();
    }
    match filters.len() {
        0 => {}
        1 => cfg.filter_subject = filters[0].clone(),
        _ => cfg.filter_subjects = filters.clone(),
    }
    if filters.is_empty() && cfg.deliver_policy == DeliverPolicy::LastPerSubject {
        cfg.filter_subject = ">".to_string();
    }

    if cfg.ack_policy != AckPolicy::None {
        if max_deliver.is_none() {
            let answer = ask("Maximum Allowed Deliveries", "-1", "--max-deliver")?;
            max_deliver = Some(answer.parse().context("invalid maximum deliveries")?);
        }
        if max_pending.is_none() {
            let answer = ask("Maximum Acknowledgments Pending", "0", "--max-pending")?;
            max_pending = Some(answer.parse().context("invalid maximum pending")?);
        }
    }

    if push {
        let hb = match heartbeat.as_deref() {
            Some(h) => h.to_string(),
            None => ask("Idle Heartbeat", "0s", "--heartbeat")?,
        };
        if hb != "-1" {
            cfg.idle_heartbeat = pull::nanos(
                duration::parse(&hb)
                    .map_err(|e| anyhow::anyhow!("invalid heartbeat duration: {e}"))?,
            );
        }
        let fc = match flow_control {
            Some(fc) => fc,
            None => confirm(
                "Enable Flow Control, ie --flow-control",
                false,
                "--flow-control",
            )?,
        };
        cfg.flow_control = fc;
    }

    cfg.headers_only = match headers_only {
        Some(h) => h,
        None => confirm(
            "Deliver headers only without bodies",
            false,
            "--headers-only or --no-headers-only",
        )?,
    };

    let mut backoff = a.backoff;
    let (mut bmin, mut bmax, mut bsteps) = (a.backoff_min, a.backoff_max, a.backoff_steps);
    if cfg.ack_policy != AckPolicy::None
        && !a.defaults
        && backoff.is_none()
        && confirm("Add a Retry Backoff Policy", false, "--backoff")?
    {
        let mode = ask("Backoff policy (linear, none)", "none", "--backoff")?;
        if mode == "linear" {
            backoff = Some(BackoffArg::Linear);
            bmin = duration::parse(&ask("Minimum retry time", "1m", "--backoff-min")?)
                .map_err(anyhow::Error::msg)?;
            bmax = duration::parse(&ask("Maximum retry time", "10m", "--backoff-max")?)
                .map_err(anyhow::Error::msg)?;
            bsteps = ask(
                "Number of steps to generate in the policy",
                "20",
                "--backoff-steps",
            )?
            .parse()
            .context("invalid number of steps")?;
        }
    }
    if backoff == Some(BackoffArg::Linear) {
        let periods =
            linear_backoff(bsteps, bmin, bmax).context("could not determine backoff policy")?;
        cfg.backoff = periods.iter().map(|d| pull::nanos(*d)).collect();
        if max_deliver == Some(-1) && !cfg.backoff.is_empty() {
            max_deliver = Some(cfg.backoff.len() as i64 + 1);
        }
    }

    cfg.max_ack_pending = match max_pending {
        Some(-1) | None => 0,
        Some(n) => n,
    };
    if let Some(t) = a.inactive_threshold {
        cfg.inactive_threshold = pull::nanos(t);
    }
    if let Some(n) = a.max_pull_batch.filter(|n| *n > 0) {
        cfg.max_batch = n;
    }
    if let Some(d) = a.max_pull_expire.filter(|d| !d.is_zero()) {
        cfg.max_expires = pull::nanos(d);
    }
    if let Some(n) = a.max_pull_bytes.filter(|n| *n > 0) {
        cfg.max_bytes = n;
    }
    if !push {
        cfg.max_waiting = a.max_waiting.unwrap_or(0);
    }
    if let Some(n) = max_deliver.filter(|n| *n != 0) {
        if cfg.ack_policy != AckPolicy::None {
            cfg.max_deliver = n;
        }
    }
    if a.bps > 0 && !push {
        bail!("rate limits are only possible on Push consumers");
    }
    if !push
        && heartbeat
            .as_deref()
            .is_some_and(|h| !h.is_empty() && h != "-1")
    {
        bail!("pull subscribers does not support idle heartbeats");
    }
    cfg.rate_limit_bps = a.bps;
    a.priority.apply(&mut cfg)?;
    a.pause.apply(&mut cfg)?;
    cfg.num_replicas = a.replicas.unwrap_or(0);
    cfg.mem_storage = a.memory;
    if !a.metadata.is_empty() {
        cfg.metadata = a.metadata.iter().cloned().collect::<BTreeMap<_, _>>();
    }
    cfg.metadata.retain(|k, _| !k.starts_with("_nats."));
    Ok(cfg)
}

async fn add(js: &JetStream, a: AddArgs) -> anyhow::Result<()> {
    let stream = stream_or_pick(js, a.stream.clone()).await?;
    let cfg = prepare_config(&a)?;
    if let Some(out) = &a.output {
        let json = output::go_pretty_json(&cfg);
        write_private(out, json.as_bytes())
            .with_context(|| format!("writing {}", out.display()))?;
        return Ok(());
    }
    let created = js
        .create_consumer(&stream, &cfg)
        .await
        .map_err(anyhow::Error::new)
        .context("Consumer creation failed")?;
    show_info(&created, false)
}

fn write_private(path: &PathBuf, data: &[u8]) -> std::io::Result<()> {
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        opts.mode(0o600);
    }
    opts.open(path)?.write_all(data)
}

// ---- edit / copy / report ---------------------------------------------------------------

/// natscli's `backoffPolicy`: `none` clears the policy, `linear` generates one.
fn backoff_policy(f: &EditFlags) -> anyhow::Result<Option<Vec<i64>>> {
    let Some(mode) = f.backoff else {
        return Ok(None);
    };
    let periods = match mode {
        BackoffArg::None => Vec::new(),
        BackoffArg::Linear => linear_backoff(f.backoff_steps, f.backoff_min, f.backoff_max)
            .context("could not determine backoff policy")?,
    };
    Ok(Some(periods.iter().map(|d| pull::nanos(*d)).collect()))
}

/// natscli's `copyAndEditConsumer`: the flags given on the command line applied to `cfg`.
fn apply_edit_flags(mut cfg: ConsumerConfig, f: &EditFlags) -> anyhow::Result<ConsumerConfig> {
    if let Some(d) = f.description.as_deref().filter(|d| !d.is_empty()) {
        cfg.description = d.to_string();
    }
    if let Some(t) = f.inactive_threshold.filter(|t| !t.is_zero()) {
        cfg.inactive_threshold = pull::nanos(t);
    }
    if let Some(n) = f.max_deliver.filter(|n| *n != 0) {
        cfg.max_deliver = n;
    }
    if let Some(n) = f.max_pending.filter(|n| *n != -1) {
        cfg.max_ack_pending = n;
    }
    if let Some(w) = f.wait {
        cfg.ack_wait = pull::nanos(w);
    }
    if f.sample != -1 {
        if !(0..=100).contains(&f.sample) {
            bail!("sample percent is not between 0 and 100");
        }
        cfg.sample_freq = if f.sample == 0 {
            String::new()
        } else {
            f.sample.to_string()
        };
    }
    if let Some(n) = f.max_pull_batch.filter(|n| *n > 0) {
        cfg.max_batch = n;
    }
    if let Some(d) = f.max_pull_expire.filter(|d| !d.is_zero()) {
        cfg.max_expires = pull::nanos(d);
    }
    if let Some(n) = f.max_pull_bytes.filter(|n| *n > 0) {
        cfg.max_bytes = n;
    }
    if let Some(b) = backoff_policy(f)? {
        cfg.backoff = b;
    }
    if let Some(t) = f.target.as_deref().filter(|t| !t.is_empty()) {
        cfg.deliver_subject = t.to_string();
    }
    if f.headers_only {
        cfg.headers_only = true;
    } else if f.no_headers_only {
        cfg.headers_only = false;
    }
    let filters: Vec<String> = f
        .filter
        .iter()
        .flat_map(|f| f.split([',', ' ']))
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect();
    match filters.len() {
        0 => {}
        1 => {
            cfg.filter_subject = filters[0].clone();
            cfg.filter_subjects.clear();
        }
        _ => {
            cfg.filter_subject.clear();
            cfg.filter_subjects = filters;
        }
    }
    if let Some(r) = f.replicas.filter(|r| *r > 0) {
        cfg.num_replicas = r;
    }
    if !f.metadata.is_empty() {
        cfg.metadata = f.metadata.iter().cloned().collect::<BTreeMap<_, _>>();
    }
    Ok(cfg)
}

/// A config as `edit` compares it: without the server's `_nats.` metadata.
fn without_reserved_metadata(mut cfg: ConsumerConfig) -> ConsumerConfig {
    cfg.metadata.retain(|k, _| !k.starts_with("_nats."));
    cfg
}

/// `consumer edit`: exit code 1 after a `--dry-run` that found differences (as natscli).
async fn edit(js: &JetStream, a: EditArgs) -> anyhow::Result<ExitCode> {
    if a.interactive {
        // Refused before parsing reaches here (the `declared` entry in `unsupported_table`).
        bail!("`nats consumer edit --interactive` is not supported by rnats yet");
    }
    let stream = stream_or_pick(js, a.stream.clone()).await?;
    let consumer = consumer_or_pick(js, &stream, a.consumer.clone()).await?;
    let current = js
        .consumer_info(&stream, &consumer)
        .await
        .map_err(anyhow::Error::new)
        .context("could not load Consumer")?;
    if current.config.durable_name.is_empty() {
        bail!("only durable consumers can be edited");
    }
    let old = without_reserved_metadata(current.config.clone());
    let new = match &a.config {
        Some(path) => load_config_file(path)?,
        None => apply_edit_flags(old.clone(), &a.flags).with_context(|| {
            format!("could not create new configuration for Consumer {consumer}")
        })?,
    };
    let new = without_reserved_metadata(new);
    if !new.backoff.is_empty() && new.ack_wait != old.ack_wait {
        bail!("consumers with backoff policies do not support editing Ack Wait");
    }
    let diff = crate::kit::output::config_diff(&old, &new)?;
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
    if !a.force
        && !confirm(
            &format!("Really edit Consumer {stream} > {consumer}"),
            false,
            "-f/--force",
        )
        .context("could not obtain confirmation")?
    {
        return Ok(ExitCode::SUCCESS);
    }
    let updated = js
        .create_consumer_with(
            &stream,
            &new,
            rnats_proto::jetstream::ConsumerAction::Update,
        )
        .await
        .map_err(anyhow::Error::new)?;
    show_info(&updated, false)?;
    Ok(ExitCode::SUCCESS)
}

/// `consumer copy STREAM SOURCE DEST`: SOURCE's config with natscli's `cpAction` overrides.
async fn copy(js: &JetStream, a: CopyArgs) -> anyhow::Result<()> {
    let source = js
        .consumer_info(&a.stream, &a.source)
        .await
        .map_err(anyhow::Error::new)
        .context("could not load source Consumer")?;
    let mut cfg = apply_edit_flags(without_reserved_metadata(source.config), &a.flags)?;
    if let Some(start) = a.deliver.as_deref().filter(|d| !d.is_empty()) {
        cfg.opt_start_seq = 0;
        cfg.opt_start_time = None;
        set_start_policy(&mut cfg, start)?;
    }
    cfg.name.clear();
    cfg.durable_name = if a.ephemeral {
        String::new()
    } else {
        a.destination.clone()
    };
    if a.pull {
        cfg.deliver_subject.clear();
        cfg.max_waiting = a.max_waiting.unwrap_or(0);
    }
    if let Some(ack) = a.ack {
        cfg.ack_policy = match ack {
            AckArg::None => AckPolicy::None,
            AckArg::All => AckPolicy::All,
            AckArg::Explicit => AckPolicy::Explicit,
        };
    }
    if let Some(r) = a.replay {
        cfg.replay_policy = match r {
            ReplayArg::Instant => ReplayPolicy::Instant,
            ReplayArg::Original => ReplayPolicy::Original,
        };
    }
    if a.bps != 0 {
        cfg.rate_limit_bps = a.bps;
    }
    a.priority.apply(&mut cfg)?;
    a.pause.apply(&mut cfg)?;
    if let Some(hb) = a
        .heartbeat
        .as_deref()
        .filter(|h| !h.is_empty() && *h != "-1")
    {
        cfg.idle_heartbeat = pull::nanos(
            duration::parse(hb).map_err(|e| anyhow::anyhow!("Invalid heartbeat duration: {e}"))?,
        );
    }
    if a.flow_control {
        cfg.flow_control = true;
    }
    if a.memory {
        cfg.mem_storage = true;
    }
    if cfg.deliver_subject.is_empty() {
        cfg.idle_heartbeat = 0;
        cfg.flow_control = false;
    }
    // natscli keeps the source's deliver group only when both --target and --deliver-group
    // are given.
    cfg.deliver_group = match (&a.flags.target, &a.deliver_group) {
        (Some(t), Some(g)) if !t.is_empty() => g.clone(),
        _ => String::new(),
    };
    let created = js
        .create_consumer(&a.stream, &cfg)
        .await
        .map_err(anyhow::Error::new)
        .context("Consumer creation failed")?;
    if cfg.durable_name.is_empty() {
        return Ok(());
    }
    show_info(&created, false)
}

/// A consumer's cluster cell (natscli's `renderCluster`): leader starred, lagging peers `!`.
fn render_cluster(c: Option<&rnats_proto::jetstream::ClusterInfo>) -> String {
    let Some(c) = c else {
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

/// `consumer report`: natscli's table over a stream's consumers.
async fn report_cmd(js: &JetStream, session: &Session, a: ReportArgs) -> anyhow::Result<()> {
    let stream = stream_or_pick(js, a.stream).await?;
    let si = js.stream_info(&stream).await.map_err(anyhow::Error::new)?;
    let mut infos = js.consumers(&stream).await.map_err(anyhow::Error::new)?;
    infos.sort_by(|x, y| x.name.cmp(&y.name));
    let msgs = si.state.messages;
    let rows: Vec<Vec<String>> = infos
        .iter()
        .map(|c| {
            let mode = if c.config.deliver_subject.is_empty() {
                "Pull"
            } else {
                "Push"
            };
            let api_level = c
                .config
                .metadata
                .get("_nats.req.level")
                .cloned()
                .unwrap_or_else(|| "0".to_string());
            let (wait, ack_pending, redelivered, unprocessed, floor) = if a.raw {
                (
                    columns::nanos(c.config.ack_wait),
                    c.num_ack_pending.to_string(),
                    c.num_redelivered.to_string(),
                    c.num_pending.to_string(),
                    c.ack_floor.stream_seq.to_string(),
                )
            } else {
                let unprocessed = if c.num_pending > 0 {
                    let pct = if msgs == 0 {
                        100.0
                    } else {
                        (c.num_pending as f64 / msgs as f64 * 100.0)
                            .floor()
                            .min(100.0)
                    };
                    format!("{} / {pct:.0}%", comma(c.num_pending))
                } else {
                    "0".to_string()
                };
                (
                    columns::nanos(c.config.ack_wait),
                    comma(c.num_ack_pending),
                    comma(c.num_redelivered),
                    unprocessed,
                    comma(c.ack_floor.stream_seq),
                )
            };
            vec![
                c.name.clone(),
                mode.to_string(),
                ack_name(c.config.ack_policy).to_string(),
                wait,
                ack_pending,
                redelivered,
                unprocessed,
                floor,
                api_level,
                render_cluster(c.cluster.as_ref()),
            ]
        })
        .collect();
    let table = output::table(
        &format!(
            "Consumer report for {stream} with {} consumers",
            comma(si.state.consumer_count)
        ),
        &[
            "Consumer",
            "Mode",
            "Ack Policy",
            "Ack Wait",
            "Ack Pending",
            "Redelivered",
            "Unprocessed",
            "Ack Floor",
            "API Level",
            "Cluster",
        ],
        &rows,
        &session.settings.color_scheme,
    );
    println!("{table}");
    if let Some(leaders) = a
        .leaders
        .then(|| raft_leaders(&infos, &session.settings.color_scheme))
        .flatten()
    {
        println!("{leaders}");
    }
    Ok(())
}

/// natscli's `renderRaftLeaders` for `report -l`: consumers led per server, with a ten-star
/// distribution per cluster; nothing when no consumer reports a leader (a single server).
fn raft_leaders(infos: &[ConsumerInfo], scheme: &str) -> Option<String> {
    // (server, cluster) -> groups led
    let mut leaders: BTreeMap<(String, String), u64> = BTreeMap::new();
    for c in infos {
        let Some(cl) = &c.cluster else { continue };
        let Some(leader) = cl.leader.as_deref().filter(|l| !l.is_empty()) else {
            continue;
        };
        let key = (leader.to_string(), cl.name.clone().unwrap_or_default());
        *leaders.entry(key).or_default() += 1;
    }
    if leaders.is_empty() {
        return None;
    }
    let mut per_cluster: BTreeMap<&str, u64> = BTreeMap::new();
    for ((_, cluster), n) in &leaders {
        *per_cluster.entry(cluster.as_str()).or_default() += n;
    }
    let mut list: Vec<(&String, &String, u64)> = leaders
        .iter()
        .map(|((server, cluster), n)| (server, cluster, *n))
        .collect();
    list.sort_by(|x, y| (x.1, x.2, x.0).cmp(&(y.1, y.2, y.0)));
    let rows: Vec<Vec<String>> = list
        .iter()
        .map(|(server, cluster, n)| {
            let total = per_cluster
                .get(cluster.as_str())
                .copied()
                .unwrap_or(1)
                .max(1);
            let dots = ((*n as f64 / total as f64 * 100.0) / 10.0).round().max(1.0) as usize;
            vec![
                (*server).clone(),
                (*cluster).clone(),
                comma(*n),
                "*".repeat(dots),
            ]
        })
        .collect();
    Some(output::table(
        "RAFT Leader Report",
        &["Server", "Cluster", "Consumers", "Distribution"],
        &rows,
        scheme,
    ))
}

// ---- ls / info / rm ---------------------------------------------------------------------

async fn ls(js: &JetStream, session: &Session, a: LsArgs) -> anyhow::Result<()> {
    let stream = stream_or_pick(js, a.stream).await?;
    js.stream_info(&stream)
        .await
        .map_err(anyhow::Error::new)
        .context("could not load Consumers")?;
    let mut names = js
        .consumer_names(&stream)
        .await
        .map_err(anyhow::Error::new)
        .context("could not load Consumers")?;
    names.sort();
    if a.json {
        return output::print_json(&names);
    }
    let mut out = std::io::stdout().lock();
    if a.names {
        for n in &names {
            writeln!(out, "{n}")?;
        }
        return Ok(());
    }
    if names.is_empty() {
        writeln!(out, "No Consumers defined")?;
        return Ok(());
    }
    let mut infos = js
        .consumers(&stream)
        .await
        .map_err(anyhow::Error::new)
        .context("could not load Consumers")?;
    infos.sort_by(|x, y| x.name.cmp(&y.name));
    let rows: Vec<Vec<String>> = infos
        .iter()
        .map(|c| {
            let reference = c.ts.as_deref();
            let last = match c.delivered.last_active.as_deref() {
                Some(t) => columns::since(t, reference),
                None => "never".to_string(),
            };
            vec![
                c.name.clone(),
                c.config.description.clone(),
                columns::time(&c.created),
                c.num_ack_pending.to_string(),
                c.num_pending.to_string(),
                last,
            ]
        })
        .collect();
    let table = output::table(
        "Consumers",
        &[
            "Name",
            "Description",
            "Created",
            "Ack Pending",
            "Unprocessed",
            "Last Delivery",
        ],
        &rows,
        &session.settings.color_scheme,
    );
    writeln!(out, "{table}")?;
    writeln!(out)?;
    Ok(())
}

async fn info(js: &JetStream, a: InfoArgs) -> anyhow::Result<()> {
    let stream = stream_or_pick(js, a.stream).await?;
    let consumer = consumer_or_pick(js, &stream, a.consumer).await?;
    let info = js
        .consumer_info(&stream, &consumer)
        .await
        .map_err(anyhow::Error::new)
        .with_context(|| format!("could not load Consumer {stream} > {consumer}"))?;
    show_info(&info, a.json)
}

async fn state(js: &JetStream, a: StateArgs) -> anyhow::Result<()> {
    if a.no_select && (a.stream.is_none() || a.consumer.is_none()) {
        bail!("--no-select requires a stream and consumer name");
    }
    let stream = stream_or_pick(js, a.stream).await?;
    let consumer = consumer_or_pick(js, &stream, a.consumer).await?;
    let info = js
        .consumer_info(&stream, &consumer)
        .await
        .map_err(anyhow::Error::new)
        .with_context(|| format!("could not load Consumer {stream} > {consumer}"))?;
    show(&info, a.json, true)
}

async fn rm(js: &JetStream, a: RmArgs) -> anyhow::Result<()> {
    if a.force {
        let (Some(stream), Some(consumer)) = (a.stream, a.consumer) else {
            bail!("--force requires a stream and consumer name");
        };
        js.delete_consumer(&stream, &consumer).await?;
        return Ok(());
    }
    let stream = stream_or_pick(js, a.stream).await?;
    let consumer = consumer_or_pick(js, &stream, a.consumer).await?;
    let ok = confirm(
        &format!("Really delete Consumer {stream} > {consumer}"),
        false,
        "-f/--force",
    )
    .context("could not obtain confirmation")?;
    if !ok {
        return Ok(());
    }
    js.consumer_info(&stream, &consumer)
        .await
        .map_err(anyhow::Error::new)
        .context("could not load Consumer")?;
    js.delete_consumer(&stream, &consumer).await?;
    Ok(())
}

// ---- pause and resume ------------------------------------------------------------------

/// natscli's `parsePauseUntil`: `2006-01-02 15:04:05` (UTC) or a duration from now.
fn parse_pause_until(until: &str) -> anyhow::Result<chrono::DateTime<chrono::Utc>> {
    if until.is_empty() {
        bail!("time not given");
    }
    if let Ok(t) = chrono::NaiveDateTime::parse_from_str(until, "%Y-%m-%d %H:%M:%S") {
        return Ok(t.and_utc());
    }
    let d = crate::kit::duration::parse(until).map_err(|_| {
        anyhow::anyhow!("could not parse the pause time as either timestamp or duration")
    })?;
    let d = chrono::Duration::from_std(d).context("pause time out of range")?;
    Ok(chrono::Utc::now() + d)
}

/// A nanosecond count rounded to whole seconds, in Go's duration format.
fn round_secs(ns: i64) -> String {
    let secs = (ns.max(0) as u64 + 500_000_000) / 1_000_000_000;
    duration_string(Duration::from_secs(secs))
}

async fn pause(js: &JetStream, a: PauseArgs) -> anyhow::Result<()> {
    let stream = stream_or_pick(js, a.stream).await?;
    let consumer = consumer_or_pick(js, &stream, a.consumer).await?;
    let until = match a.until.filter(|u| !u.is_empty()) {
        Some(u) => u,
        None => {
            let dflt = (chrono::Local::now() + chrono::Duration::hours(1))
                .format("%Y-%m-%d %H:%M:%S")
                .to_string();
            ask("Pause until (time or duration)", &dflt, "TIME")?
        }
    };
    let ts = parse_pause_until(&until)?;
    let rfc = ts.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true);
    if !a.force {
        let ok = confirm(
            &format!(
                "Really pause Consumer {stream} > {consumer} until {}",
                columns::time(&rfc)
            ),
            false,
            "-f/--force",
        )
        .context("could not obtain confirmation")?;
        if !ok {
            return Ok(());
        }
    }
    let resp = js.pause_consumer(&stream, &consumer, Some(&rfc)).await?;
    if !resp.paused {
        bail!("consumer failed to pause, perhaps a time in the past was given");
    }
    println!(
        "Paused {stream} > {consumer} until {} ({})",
        columns::time(&resp.pause_until),
        round_secs(resp.pause_remaining)
    );
    Ok(())
}

/// `consumer unpin STREAM CONSUMER [GROUP]` (natscli's `unpinAction`).
async fn unpin(js: &JetStream, a: UnpinArgs) -> anyhow::Result<()> {
    let stream = stream_or_pick(js, a.stream).await?;
    let consumer = consumer_or_pick(js, &stream, a.consumer).await?;
    let info = js.consumer_info(&stream, &consumer).await?;
    if info.config.priority_policy != PriorityPolicy::PinnedClient {
        bail!("consumer is not a pinned priority consumer");
    }
    let pinned: BTreeMap<String, String> = info
        .priority_groups
        .iter()
        .filter(|g| !g.pinned_client_id.is_empty())
        .map(|g| (g.group.clone(), g.pinned_client_id.clone()))
        .collect();
    if pinned.is_empty() {
        bail!("no priority groups have pinned clients");
    }
    let group = match a.group.filter(|g| !g.is_empty()) {
        Some(g) => g,
        None => {
            let names: Vec<&str> = pinned.keys().map(String::as_str).collect();
            prompt::select("Select a Group", &names, names[0], "a GROUP argument")?
        }
    };
    if !a.force {
        let ok = confirm(
            &format!("Really unpin client from group {stream} > {consumer} > {group}"),
            false,
            "-f/--force",
        )
        .context("could not obtain confirmation")?;
        if !ok {
            return Ok(());
        }
    }
    js.unpin_consumer(&stream, &consumer, &group).await?;
    println!(
        "Unpinned client {} from Priority Group {stream} > {consumer} > {group}",
        pinned.get(&group).map_or("", String::as_str)
    );
    Ok(())
}

async fn resume(js: &JetStream, a: RmArgs) -> anyhow::Result<()> {
    let stream = stream_or_pick(js, a.stream).await?;
    let consumer = consumer_or_pick(js, &stream, a.consumer).await?;
    let state = js.consumer_info(&stream, &consumer).await?;
    if !state.paused {
        bail!("consumer is not paused");
    }
    if !a.force {
        let ok = confirm(
            &format!("Really resume Consumer {stream} > {consumer}"),
            false,
            "-f/--force",
        )
        .context("could not obtain confirmation")?;
        if !ok {
            return Ok(());
        }
    }
    js.pause_consumer(&stream, &consumer, None).await?;
    let was = state
        .ts
        .as_deref()
        .and_then(columns::parse_time)
        .map(|t| {
            (t + chrono::Duration::nanoseconds(state.pause_remaining))
                .format("%Y-%m-%d %H:%M:%S")
                .to_string()
        })
        .unwrap_or_default();
    println!("Consumer {stream} > {consumer} was resumed while previously paused until {was}");
    Ok(())
}

// ---- the report -------------------------------------------------------------------------

/// jsm's names of the policies (`Explicit`, `Instant`, ...).
fn ack_name(p: AckPolicy) -> &'static str {
    match p {
        AckPolicy::None => "None",
        AckPolicy::All => "All",
        AckPolicy::Explicit => "Explicit",
        AckPolicy::FlowControl => "Flow Control",
    }
}

fn replay_name(p: ReplayPolicy) -> &'static str {
    match p {
        ReplayPolicy::Instant => "Instant",
        ReplayPolicy::Original => "Original",
    }
}

/// natscli's `showInfo`: the columns report of a consumer, or its JSON.
fn show_info(info: &ConsumerInfo, json: bool) -> anyhow::Result<()> {
    show(info, json, false)
}

/// `consumer info` or, with `state_only`, `consumer state`.
fn show(info: &ConsumerInfo, json: bool, state_only: bool) -> anyhow::Result<()> {
    if json {
        return output::print_json(info);
    }
    let mut out = std::io::stdout().lock();
    write!(out, "{}", report(info, state_only))?;
    out.flush()?;
    Ok(())
}

/// The text of `consumer info` (`state_only`: of `consumer state`, without the configuration).
fn report(info: &ConsumerInfo, state_only: bool) -> String {
    let mut cols = Columns::new(format!(
        "{} for Consumer {} > {} created {}",
        if state_only { "State" } else { "Information" },
        info.stream_name,
        info.name,
        columns::time(&info.created)
    ));
    if !state_only {
        config_rows(&mut cols, info);
    }
    state_rows(&mut cols, info);
    cols.render()
}

/// The paused time left, rounded to seconds as Go's `Round(time.Second)`.
fn pause_left(info: &ConsumerInfo) -> String {
    round_secs(info.pause_remaining)
}

/// `Configuration:` and `Metadata:` of the report.
fn config_rows(cols: &mut Columns, info: &ConsumerInfo) {
    let c = &info.config;
    cols.title("Configuration");
    cols.row_if("Name", c.name.clone(), !c.name.is_empty());
    cols.row_if(
        "Durable Name",
        c.durable_name.clone(),
        !c.durable_name.is_empty() && c.durable_name != c.name,
    );
    cols.row_if(
        "Description",
        c.description.clone(),
        !c.description.is_empty(),
    );
    if c.deliver_subject.is_empty() {
        cols.row("Pull Mode", "true");
    } else {
        cols.row("Delivery Subject", c.deliver_subject.clone());
    }
    if !c.filter_subject.is_empty() {
        cols.row("Filter Subject", c.filter_subject.clone());
    } else if !c.filter_subjects.is_empty() {
        cols.row("Filter Subjects", c.filter_subjects.join(", "));
    }
    let deliver = match c.deliver_policy {
        DeliverPolicy::All => "All".to_string(),
        DeliverPolicy::Last => "Last".to_string(),
        DeliverPolicy::New => "New".to_string(),
        DeliverPolicy::LastPerSubject => "Last Per Subject".to_string(),
        DeliverPolicy::ByStartTime => {
            format!("Since {}", c.opt_start_time.as_deref().unwrap_or_default())
        }
        DeliverPolicy::ByStartSequence => format!("From Sequence {}", c.opt_start_seq),
    };
    cols.row("Deliver Policy", deliver);
    cols.row_if(
        "Deliver Queue Group",
        c.deliver_group.clone(),
        !c.deliver_group.is_empty() && !c.deliver_subject.is_empty(),
    );
    cols.row("Ack Policy", ack_name(c.ack_policy));
    cols.row_if(
        "Ack Wait",
        columns::nanos(c.ack_wait),
        c.ack_policy != AckPolicy::None,
    );
    cols.row("Replay Policy", replay_name(c.replay_policy));
    cols.row_if(
        "Maximum Deliveries",
        comma_i64(c.max_deliver),
        c.max_deliver != -1,
    );
    cols.row_if(
        "Sampling Rate",
        c.sample_freq.clone(),
        !c.sample_freq.is_empty(),
    );
    cols.row_if(
        "Rate Limit",
        format!("{} / second", ibytes(c.rate_limit_bps / 8)),
        c.rate_limit_bps > 0,
    );
    cols.row_if(
        "Max Ack Pending",
        comma_i64(c.max_ack_pending),
        c.max_ack_pending > 0,
    );
    cols.row_if(
        "Max Waiting Pulls",
        comma_i64(c.max_waiting),
        c.max_waiting > 0,
    );
    cols.row_if(
        "Idle Heartbeat",
        columns::nanos(c.idle_heartbeat),
        c.idle_heartbeat > 0,
    );
    cols.row_if(
        "Flow Control",
        c.flow_control.to_string(),
        !c.deliver_subject.is_empty(),
    );
    cols.row_if("Headers Only", "true", c.headers_only);
    cols.row_if(
        "Inactive Threshold",
        columns::nanos(c.inactive_threshold),
        c.inactive_threshold > 0 && c.deliver_subject.is_empty(),
    );
    cols.row_if(
        "Max Pull Expire",
        columns::nanos(c.max_expires),
        c.max_expires > 0,
    );
    cols.row_if("Max Pull Batch", comma_i64(c.max_batch), c.max_batch > 0);
    cols.row_if("Max Pull MaxBytes", comma_i64(c.max_bytes), c.max_bytes > 0);
    if !c.backoff.is_empty() {
        let times: Vec<String> = c
            .backoff
            .iter()
            .map(|ns| duration_string(Duration::from_nanos((*ns).max(0) as u64)))
            .collect();
        let text = if times.len() > 15 {
            let mut short: Vec<String> = times[..5].to_vec();
            short.push("...".into());
            short.extend_from_slice(&times[times.len() - 5..]);
            format!("{} ({} total)", short.join(", "), times.len())
        } else {
            times.join(", ")
        };
        cols.row("Backoff", text);
    }
    cols.row_if("Replicas", comma_i64(c.num_replicas), c.num_replicas > 0);
    cols.row_if("Memory Storage", "true", c.mem_storage);
    if let Some(until) = c.pause_until.as_deref() {
        if info.paused {
            cols.row(
                "Paused Until Deadline",
                format!("{} ({} remaining)", columns::time(until), pause_left(info)),
            );
        } else if columns::parse_time(until).is_some() {
            cols.row(
                "Paused Until Deadline",
                format!("{} (passed)", columns::time(until)),
            );
        }
    }
    if c.priority_policy != PriorityPolicy::None {
        let policy = match c.priority_policy {
            PriorityPolicy::Overflow => "Overflow",
            PriorityPolicy::PinnedClient => "Pinned Client",
            PriorityPolicy::Prioritized => "Prioritized",
            PriorityPolicy::None => "None",
        };
        cols.row("Priority Policy", policy);
        cols.row("Priority Groups", c.priority_groups.join(", "));
        cols.row_if(
            "Pinned TTL",
            columns::nanos(c.priority_timeout),
            c.priority_policy == PriorityPolicy::PinnedClient,
        );
    }
    let user_meta: Vec<(&String, &String)> = c
        .metadata
        .iter()
        .filter(|(k, _)| !k.starts_with("_nats."))
        .collect();
    if !user_meta.is_empty() {
        cols.title("Metadata");
        for (k, v) in user_meta {
            cols.row(k, v.clone());
        }
    }
}

/// `State:` of the report.
fn state_rows(cols: &mut Columns, info: &ConsumerInfo) {
    let c = &info.config;
    cols.title("State");
    let version = c.metadata.get("_nats.ver");
    let level = c.metadata.get("_nats.level");
    let required = c.metadata.get("_nats.req.level");
    if let Some(v) = version.filter(|v| !v.is_empty()) {
        cols.row("Host Version", v.clone());
    }
    if level.is_some_and(|l| !l.is_empty()) || required.is_some_and(|r| !r.is_empty()) {
        cols.row(
            "Required API Level",
            format!(
                "{} hosted at level {}",
                required
                    .filter(|r| !r.is_empty())
                    .map_or("0", |r| r.as_str()),
                level.map_or("", |l| l.as_str())
            ),
        );
    }
    let reference = info.ts.as_deref();
    let seqs = |consumer: u64, stream: u64| {
        format!(
            "Consumer sequence: {} Stream sequence: {}",
            comma(consumer),
            comma(stream)
        )
    };
    let d = &info.delivered;
    cols.row(
        "Last Delivered Message",
        match d.last_active.as_deref() {
            None => seqs(d.consumer_seq, d.stream_seq),
            Some(t) => format!(
                "{} Last delivery: {} ago",
                seqs(d.consumer_seq, d.stream_seq),
                columns::since(t, reference)
            ),
        },
    );
    if c.ack_policy != AckPolicy::None {
        let f = &info.ack_floor;
        cols.row(
            "Acknowledgment Floor",
            match f.last_active.as_deref() {
                None => seqs(f.consumer_seq, f.stream_seq),
                Some(t) => format!(
                    "{} Last Ack: {} ago",
                    seqs(f.consumer_seq, f.stream_seq),
                    columns::since(t, reference)
                ),
            },
        );
        if c.max_ack_pending > 0 {
            cols.row(
                "Outstanding Acks",
                format!(
                    "{} out of maximum {}",
                    comma(info.num_ack_pending),
                    comma_i64(c.max_ack_pending)
                ),
            );
        } else {
            cols.row("Outstanding Acks", comma(info.num_ack_pending));
        }
        cols.row("Redelivered Messages", comma(info.num_redelivered));
    }
    cols.row("Unprocessed Messages", comma(info.num_pending));
    if c.deliver_subject.is_empty() {
        if c.max_waiting > 0 {
            cols.row(
                "Waiting Pulls",
                format!(
                    "{} of maximum {}",
                    comma(info.num_waiting),
                    comma_i64(c.max_waiting)
                ),
            );
        } else {
            cols.row(
                "Waiting Pulls",
                format!("{} of unlimited", comma(info.num_waiting)),
            );
        }
    } else if info.push_bound {
        if c.deliver_group.is_empty() {
            cols.row("Active Interest", "Active");
        } else {
            cols.row(
                "Active Interest",
                format!("Active using Queue Group {}", c.deliver_group),
            );
        }
    } else {
        cols.row("Active Interest", "No interest");
    }
    if info.paused {
        let until = info
            .ts
            .as_deref()
            .and_then(columns::parse_time)
            .map(|t| {
                (t + chrono::Duration::nanoseconds(info.pause_remaining))
                    .format("%Y-%m-%d %H:%M:%S")
                    .to_string()
            })
            .unwrap_or_default();
        cols.row(
            "Paused Until",
            format!("{until} ({} remaining)", pause_left(info)),
        );
    }
    if !info.priority_groups.is_empty() && c.priority_policy == PriorityPolicy::PinnedClient {
        // natscli's `AddMapStringsAsValue`: sorted, keys right-aligned, one line each.
        let mut groups: Vec<(&str, String)> = info
            .priority_groups
            .iter()
            .map(|g| {
                let state = if g.pinned_client_id.is_empty() {
                    "No client".to_string()
                } else {
                    format!(
                        "pinned {} at {}",
                        g.pinned_client_id,
                        columns::time(g.pinned_ts.as_deref().unwrap_or_default())
                    )
                };
                (g.group.as_str(), state)
            })
            .collect();
        groups.sort();
        let longest = groups
            .iter()
            .map(|(g, _)| g.chars().count())
            .max()
            .unwrap_or(0);
        for (i, (g, state)) in groups.iter().enumerate() {
            let pad = " ".repeat(longest - g.chars().count());
            let label = if i == 0 { "Priority Groups" } else { "" };
            cols.row(label, format!("{pad}{g}: {state}"));
        }
    }
}

// ---- next / sub -------------------------------------------------------------------------

/// natscli's per-message header line and body for `next` and `sub`.
fn print_message(msg: &Message, raw: bool, header_indent: &str) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    if raw {
        writeln!(out, "{}", String::from_utf8_lossy(&msg.payload))?;
        return Ok(());
    }
    let now = chrono::Local::now().format("%H:%M:%S");
    match msg.reply.as_deref().and_then(MsgMetadata::from_reply) {
        Some(m) => writeln!(
            out,
            "[{now}] subj: {} / tries: {} / cons seq: {} / str seq: {} / pending: {}",
            msg.subject,
            m.delivered,
            m.consumer_seq,
            m.stream_seq,
            comma(m.pending)
        )?,
        None => match msg.reply.as_deref().filter(|r| !r.is_empty()) {
            None => writeln!(out, "--- subject: {}", msg.subject)?,
            Some(r) => writeln!(out, "--- subject: {} reply: {r}", msg.subject)?,
        },
    }
    let headers = output::header_entries(msg.headers.as_ref());
    if !headers.is_empty() {
        writeln!(out)?;
        writeln!(out, "Headers:")?;
        writeln!(out)?;
        for (k, v) in headers {
            writeln!(out, "{header_indent}{k}: {v}")?;
        }
        writeln!(out)?;
        writeln!(out, "Data:")?;
        writeln!(out)?;
    }
    writeln!(out)?;
    writeln!(out, "{}", String::from_utf8_lossy(&msg.payload))?;
    out.flush()?;
    Ok(())
}

/// One pull of one message (natscli's `getNextMsgDirect`), printed and acknowledged.
async fn next_one(
    js: &JetStream,
    session: &Session,
    stream: &str,
    consumer: &str,
    ack: bool,
    a: &NextArgs,
) -> anyhow::Result<()> {
    let req = NextRequest {
        batch: 1,
        expires: pull::nanos(session.timeout),
        ..NextRequest::default()
    };
    let got = js.fetch(stream, consumer, &req).await;
    let not_pull = || async {
        if let Ok(info) = js.consumer_info(stream, consumer).await {
            if info.config.is_push() {
                bail!(
                    "consumer {} is not a Pull consumer",
                    rnats_proto::kit::format::go_quote(consumer)
                );
            }
        }
        Ok(())
    };
    let msg = match got {
        Ok(mut msgs) if !msgs.is_empty() => msgs.remove(0),
        Ok(_) | Err(JetStreamError::Timeout) => {
            not_pull().await?;
            bail!("no message received: nats: timeout");
        }
        Err(e) => {
            not_pull().await?;
            return Err(anyhow::Error::new(e).context("no message received"));
        }
    };
    print_message(&msg, a.raw, "  ")?;
    if a.term {
        pull::ack(js, &msg, "+TERM", false).await?;
        js.client().flush().await?;
        println!("\nTerminated message");
    }
    if ack || a.nak {
        let mut delay = Duration::ZERO;
        if let Some(w) = a.wait.filter(|w| !w.is_zero()) {
            delay =
                Duration::from_nanos(fastrand::u64(0..w.as_nanos().min(u64::MAX as u128) as u64));
            tokio::time::sleep(delay).await;
        }
        let body = if a.nak { "-NAK" } else { "+ACK" };
        if session.trace {
            output::log(&format!(
                ">>> {}: {body}",
                msg.reply.as_deref().unwrap_or_default()
            ));
        }
        pull::ack(js, &msg, body, false)
            .await
            .context("could not Acknowledge message")?;
        js.client().flush().await?;
        if !a.raw {
            let neg = if a.nak { "Negative " } else { "" };
            if delay.is_zero() {
                println!("\n{neg}Acknowledged message");
            } else {
                println!(
                    "\n{neg}Acknowledged message after {} delay",
                    duration_string(delay)
                );
            }
            println!();
        }
    }
    Ok(())
}

/// Whether `next` acknowledges: natscli's `--ack` default true, off with `--term` unless
/// `--ack` was given, and never together with `--term`.
fn next_ack(a: &NextArgs) -> anyhow::Result<bool> {
    let mut ack = !a.no_ack;
    if a.term {
        if !a.ack {
            ack = false;
        }
        if ack || a.nak {
            bail!("can not both Acknowledge and Terminate message");
        }
    }
    Ok(ack)
}

async fn next(js: &JetStream, session: &Session, a: NextArgs) -> anyhow::Result<()> {
    let ack = next_ack(&a)?;
    for _ in 0..a.count.max(1) {
        next_one(js, session, &a.stream, &a.consumer, ack, &a).await?;
    }
    Ok(())
}

async fn sub(js: &JetStream, session: &Session, a: SubArgs) -> anyhow::Result<()> {
    let stream = stream_or_pick(js, a.stream.clone()).await?;
    let consumer = consumer_or_pick(js, &stream, a.consumer.clone()).await?;
    let info = js
        .consumer_info(&stream, &consumer)
        .await
        .map_err(anyhow::Error::new)
        .context("could not load Consumer")?;
    let ack = !a.no_ack && info.config.ack_policy != AckPolicy::None;
    if !info.config.is_push() {
        let next = NextArgs {
            stream: stream.clone(),
            consumer: consumer.clone(),
            ack: false,
            no_ack: !ack,
            nak: false,
            term: false,
            raw: a.raw,
            wait: None,
            count: 1,
        };
        return next_one(js, session, &stream, &consumer, ack, &next).await;
    }
    if !a.raw {
        let mut out = std::io::stdout().lock();
        writeln!(
            out,
            "Subscribing to topic {} auto acknowledgment: {ack}\n",
            info.config.deliver_subject
        )?;
        writeln!(out, "Consumer Info:")?;
        writeln!(out, "  Ack Policy: {}", ack_name(info.config.ack_policy))?;
        if info.config.ack_policy != AckPolicy::None {
            writeln!(
                out,
                "    Ack Wait: {}",
                duration_string(Duration::from_nanos(info.config.ack_wait.max(0) as u64))
            )?;
        }
        writeln!(out)?;
        out.flush()?;
    }
    // natscli declares `--deliver-group` but subscribes with the consumer's own group; rnats
    // subscribes with the group given, so the flag is not silently dropped.
    let mut info = info;
    if let Some(g) = a.deliver_group.as_ref().filter(|g| !g.is_empty()) {
        info.config.deliver_group = g.clone();
    }
    let mut reader = pull::Consumer::start(js, &info, 1, None).await?;
    let interrupted = connect::interrupted();
    tokio::pin!(interrupted);
    loop {
        let msg = tokio::select! {
            m = reader.next() => m?,
            _ = &mut interrupted => break,
        };
        let Some(msg) = msg else { break };
        print_push_message(&msg, a.raw)?;
        if ack {
            if let Err(e) = pull::ack(js, &msg, "", false).await {
                println!(
                    "Acknowledging message via subject {} failed: {e:#}",
                    msg.reply.as_deref().unwrap_or_default()
                );
            }
        }
    }
    Ok(())
}

/// natscli's `subscribeConsumer` handler output.
fn print_push_message(msg: &Message, raw: bool) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    let body = String::from_utf8_lossy(&msg.payload);
    if raw {
        writeln!(out, "{body}")?;
        return Ok(());
    }
    let now = chrono::Local::now().format("%H:%M:%S");
    match msg.reply.as_deref().and_then(MsgMetadata::from_reply) {
        Some(m) => writeln!(
            out,
            "[{now}] subj: {} / tries: {} / cons seq: {} / str seq: {} / pending: {}",
            msg.subject,
            m.delivered,
            m.consumer_seq,
            m.stream_seq,
            comma(m.pending)
        )?,
        None => writeln!(
            out,
            "[{now}] {} reply: {}",
            msg.subject,
            msg.reply.as_deref().unwrap_or_default()
        )?,
    }
    let headers = output::header_entries(msg.headers.as_ref());
    if !headers.is_empty() {
        writeln!(out)?;
        writeln!(out, "Headers:")?;
        writeln!(out)?;
        for (k, v) in headers {
            writeln!(out, "   {k}: {v}")?;
        }
        writeln!(out)?;
        writeln!(out, "Data:")?;
    }
    writeln!(out, "{body}")?;
    if !body.ends_with('\n') {
        writeln!(out)?;
    }
    out.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raft_leaders_count_groups_per_server() {
        let led = |leader: &str| ConsumerInfo {
            cluster: Some(rnats_proto::jetstream::ClusterInfo {
                name: Some("C1".to_string()),
                leader: Some(leader.to_string()),
                ..Default::default()
            }),
            ..Default::default()
        };
        assert_eq!(raft_leaders(&[ConsumerInfo::default()], "rounded"), None);
        let table = raft_leaders(&[led("n1"), led("n2"), led("n1"), led("n1")], "rounded")
            .expect("leaders");
        assert!(table.contains("RAFT Leader Report"), "{table}");
        let rows: Vec<Vec<&str>> = table
            .lines()
            .filter(|l| l.starts_with("│ n"))
            .map(|l| l.split('│').map(str::trim).collect())
            .collect();
        assert_eq!(rows[0][1..5], ["n2", "C1", "1", "***"], "{table}");
        assert_eq!(rows[1][1..5], ["n1", "C1", "3", "********"], "{table}");
    }

    #[test]
    fn linear_backoff_like_jsm() {
        let p =
            linear_backoff(3, Duration::from_secs(60), Duration::from_secs(180)).expect("valid");
        assert_eq!(p, [60, 120, 180].map(Duration::from_secs).to_vec());
        assert!(linear_backoff(0, Duration::from_secs(1), Duration::from_secs(2)).is_err());
        assert!(linear_backoff(2, Duration::from_secs(2), Duration::from_secs(1)).is_err());
    }

    #[test]
    fn start_policies() {
        let mut c = ConsumerConfig::default();
        set_start_policy(&mut c, "42").expect("seq");
        assert_eq!(
            (c.deliver_policy, c.opt_start_seq),
            (DeliverPolicy::ByStartSequence, 42)
        );
        set_start_policy(&mut c, "next").expect("new");
        assert_eq!(c.deliver_policy, DeliverPolicy::New);
        set_start_policy(&mut c, "subject").expect("lps");
        assert_eq!(c.deliver_policy, DeliverPolicy::LastPerSubject);
        set_start_policy(&mut c, "1h").expect("time");
        assert_eq!(c.deliver_policy, DeliverPolicy::ByStartTime);
        assert!(c.opt_start_time.is_some());
        assert!(set_start_policy(&mut c, "soon").is_err());
    }

    #[test]
    fn term_excludes_ack() {
        let base = NextArgs {
            stream: "S".into(),
            consumer: "C".into(),
            ack: false,
            no_ack: false,
            nak: false,
            term: false,
            raw: false,
            wait: None,
            count: 1,
        };
        assert!(next_ack(&base).expect("ok"));
        let term = NextArgs {
            term: true,
            ..base.clone()
        };
        assert!(!next_ack(&term).expect("term alone"));
        let both = NextArgs { ack: true, ..term };
        assert!(next_ack(&both).is_err());
    }
}
