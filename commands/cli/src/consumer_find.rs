//! `nats consumer find` (`query`): the consumers of one stream that pass natscli's filters,
//! one name a line, sorted by name.
//!
//! The filters are jsm.go's consumer query (`consumer_query.go`), which natscli's
//! `consumer find` drives: each given filter must match, and `--invert` turns each one around
//! (fewer becomes more, older becomes newer, with becomes without). The quirks are jsm.go's
//! too: the count filters (`--waiting`, `--ack-pending`, `--pending`) never match a consumer
//! whose count is 0, `--idle D` keeps consumers that *did* deliver within D (without
//! `--invert`) and never one that has not delivered at all, and `--pinned` only ever matches
//! consumers with the `pinned_client` priority policy. `--expression` (natscli's expr
//! language) is refused ([`crate::unsupported`]).

use crate::kit::duration;
use crate::kit::prompt;
use anyhow::bail;
use clap::Args;
use rnats_proto::jetstream::{ConsumerInfo, JetStream, PriorityPolicy};
use std::io::Write as _;
use std::time::Duration;

/// Finds consumers matching certain criteria
#[derive(Debug, Clone, Args)]
pub struct FindArgs {
    /// Stream name
    pub stream: Option<String>,
    /// Display only pull based consumers
    #[arg(long)]
    pub pull: bool,
    /// Display only push based consumers
    #[arg(long)]
    pub push: bool,
    /// Display push-bound or pull consumers with waiting pulls
    #[arg(long)]
    pub bound: bool,
    /// Display consumers with fewer waiting pulls
    #[arg(
        long,
        value_name = "WAITING",
        default_value_t = 0,
        allow_hyphen_values = true
    )]
    pub waiting: i64,
    /// Display consumers with fewer pending acks
    #[arg(
        long = "ack-pending",
        value_name = "ACK-PENDING",
        default_value_t = 0,
        allow_hyphen_values = true
    )]
    pub ack_pending: i64,
    /// Display consumers with fewer unprocessed messages
    #[arg(long, value_name = "PENDING", default_value_t = 0)]
    pub pending: u64,
    /// Display consumers with no new deliveries for a period
    #[arg(long, value_name = "IDLE", value_parser = duration::parse)]
    pub idle: Option<Duration>,
    /// Display consumers created longer ago than duration
    #[arg(long, value_name = "DURATION", value_parser = duration::parse)]
    pub created: Option<Duration>,
    /// Display consumers with fewer or equal replicas than the value
    #[arg(long, value_name = "REPLICAS", default_value_t = 0)]
    pub replicas: u32,
    /// Display only clustered streams with a specific leader
    #[arg(long, value_name = "SERVER")]
    pub leader: Option<String>,
    /// Finds Pinned Client priority group consumers that are fully pinned
    #[arg(long)]
    pub pinned: bool,
    /// Invert the check - before becomes after, with becomes without
    #[arg(long, overrides_with = "no_invert")]
    pub invert: bool,
    /// Do not invert the check
    #[arg(long = "no-invert", hide = true)]
    pub no_invert: bool,
    /// Match consumers that support at least the given api level
    #[arg(
        long = "api-level",
        value_name = "API-LEVEL",
        default_value_t = 0,
        allow_hyphen_values = true
    )]
    pub api_level: i64,
}

/// The metadata key holding the API level an asset needs (ADR-44).
const REQUIRED_LEVEL: &str = "_nats.req.level";

/// Runs `consumer find`.
pub async fn run(js: &JetStream, a: FindArgs) -> anyhow::Result<()> {
    let stream = select_stream(js, a.stream.clone()).await?;
    if a.pull && a.push {
        bail!("cannot match pull and push concurrently");
    }
    let mut consumers = js.consumers(&stream).await?;
    consumers.retain(|c| matches(&a, c));
    consumers.sort_by(|x, y| x.name.cmp(&y.name));
    let mut out = std::io::stdout().lock();
    for c in &consumers {
        writeln!(out, "{}", c.name)?;
    }
    out.flush()?;
    Ok(())
}

/// natscli's `selectStream`: the named stream when it exists, else one picked on a terminal.
async fn select_stream(js: &JetStream, stream: Option<String>) -> anyhow::Result<String> {
    if let Some(s) = stream.as_deref().filter(|s| !s.is_empty()) {
        if js.stream_info(s).await.is_ok() {
            return Ok(s.to_string());
        }
    }
    if !prompt::is_terminal() {
        bail!("cannot pick a Stream without a terminal and no Stream name supplied");
    }
    let names = js.stream_names(None).await?;
    let names: Vec<&str> = names
        .iter()
        .map(String::as_str)
        .filter(|n| !crate::kit::pickers::is_internal(n))
        .collect();
    if names.is_empty() {
        bail!("no Streams are defined");
    }
    prompt::select("Select a Stream", &names, names[0], "the STREAM argument")
}

/// Whether `c` passes every filter `a` sets.
fn matches(a: &FindArgs, c: &ConsumerInfo) -> bool {
    let inv = a.invert;
    // `hit` when not inverted, its opposite when inverted.
    let keep = |hit: bool| hit != inv;
    // jsm.go's "fewer than" filters: a count of 0 never matches.
    let fewer =
        |count: u64, limit: u64| count > 0 && if inv { count > limit } else { count < limit };
    let pull = c.config.deliver_subject.is_empty();

    if a.pull && !keep(pull) {
        return false;
    }
    if a.push && !keep(!pull) {
        return false;
    }
    if a.bound && !keep(c.push_bound || c.num_waiting > 0) {
        return false;
    }
    if a.pinned {
        if c.config.priority_policy != PriorityPolicy::PinnedClient {
            return false;
        }
        let pinned = c
            .priority_groups
            .iter()
            .filter(|g| !g.pinned_client_id.is_empty())
            .count();
        if !keep(pinned == c.config.priority_groups.len()) {
            return false;
        }
    }
    if a.ack_pending > 0 && !fewer(c.num_ack_pending, a.ack_pending as u64) {
        return false;
    }
    if a.waiting > 0 && !fewer(c.num_waiting, a.waiting as u64) {
        return false;
    }
    if a.pending > 0 && !fewer(c.num_pending, a.pending) {
        return false;
    }
    if let Some(limit) = a.created.filter(|d| !d.is_zero()) {
        let Some(age) = since(&c.created) else {
            return false;
        };
        if !keep(age >= limit) {
            return false;
        }
    }
    if let Some(limit) = a.idle.filter(|d| !d.is_zero()) {
        let Some(last) = c.delivered.last_active.as_deref() else {
            return false;
        };
        // Go's zero time is long ago.
        let age = since(last).unwrap_or(Duration::MAX);
        let hit = if inv { age > limit } else { age < limit };
        if !hit {
            return false;
        }
    }
    if a.replicas > 0 {
        let r = i64::from(a.replicas);
        let n = c.config.num_replicas;
        if !(if inv { n >= r } else { n <= r }) {
            return false;
        }
    }
    if let Some(leader) = a.leader.as_deref().filter(|l| !l.is_empty()) {
        let Some(cluster) = &c.cluster else {
            return false;
        };
        if !keep(cluster.leader.as_deref().unwrap_or_default() == leader) {
            return false;
        }
    }
    if a.api_level > 0 {
        let level: i64 = c
            .config
            .metadata
            .get(REQUIRED_LEVEL)
            .and_then(|v| v.parse().ok())
            .unwrap_or(0);
        if !keep(level >= a.api_level) {
            return false;
        }
    }
    true
}

/// Time since an RFC 3339 time; `None` for Go's zero time or text that is not a time.
fn since(text: &str) -> Option<Duration> {
    let t = chrono::DateTime::parse_from_rfc3339(text).ok()?;
    if t.timestamp() <= -62_135_596_800 {
        return None;
    }
    Some(
        (chrono::Utc::now() - t.with_timezone(&chrono::Utc))
            .to_std()
            .unwrap_or_default(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser as _;

    #[derive(clap::Parser)]
    struct Cli {
        #[command(flatten)]
        find: FindArgs,
    }

    fn args(flags: &[&str]) -> FindArgs {
        let mut argv = vec!["find"];
        argv.extend_from_slice(flags);
        match Cli::try_parse_from(argv) {
            Ok(c) => c.find,
            Err(e) => panic!("{e}"),
        }
    }

    fn consumer(name: &str) -> ConsumerInfo {
        ConsumerInfo {
            name: name.into(),
            created: chrono::Utc::now().to_rfc3339(),
            ..ConsumerInfo::default()
        }
    }

    #[test]
    fn pull_and_push_and_their_inversion() {
        let pull = consumer("P");
        let mut push = consumer("Q");
        push.config.deliver_subject = "out".into();
        assert!(matches(&args(&["--pull"]), &pull));
        assert!(!matches(&args(&["--pull"]), &push));
        assert!(matches(&args(&["--pull", "--invert"]), &push));
        assert!(matches(&args(&["--push"]), &push));
        assert!(!matches(&args(&["--push", "--invert"]), &push));
        assert!(matches(
            &args(&["--pull", "--invert", "--no-invert"]),
            &pull
        ));
    }

    #[test]
    fn counts_of_zero_never_match() {
        let mut c = consumer("C");
        assert!(!matches(&args(&["--pending", "10"]), &c));
        assert!(!matches(&args(&["--pending", "10", "--invert"]), &c));
        c.num_pending = 5;
        assert!(matches(&args(&["--pending", "10"]), &c));
        assert!(!matches(&args(&["--pending", "5"]), &c));
        assert!(matches(&args(&["--pending", "4", "--invert"]), &c));
        c.num_ack_pending = 2;
        assert!(matches(&args(&["--ack-pending", "3"]), &c));
        // A limit of 0 or less is no filter.
        assert!(matches(&args(&["--waiting", "-1"]), &c));
    }

    #[test]
    fn idle_keeps_recent_deliveries() {
        let mut c = consumer("C");
        assert!(!matches(&args(&["--idle", "1h"]), &c));
        assert!(!matches(&args(&["--idle", "1h", "--invert"]), &c));
        c.delivered.last_active = Some(chrono::Utc::now().to_rfc3339());
        assert!(matches(&args(&["--idle", "1h"]), &c));
        assert!(!matches(&args(&["--idle", "1h", "--invert"]), &c));
    }

    #[test]
    fn created_age() {
        let c = consumer("C");
        assert!(!matches(&args(&["--created", "1h"]), &c));
        assert!(matches(&args(&["--created", "1h", "--invert"]), &c));
        let mut old = consumer("O");
        old.created = "0001-01-01T00:00:00Z".into();
        assert!(!matches(&args(&["--created", "1h"]), &old));
    }

    #[test]
    fn pinned_needs_the_pinned_policy() {
        let mut c = consumer("C");
        assert!(!matches(&args(&["--pinned", "--invert"]), &c));
        c.config.priority_policy = PriorityPolicy::PinnedClient;
        c.config.priority_groups = vec!["A".into()];
        assert!(!matches(&args(&["--pinned"]), &c));
        assert!(matches(&args(&["--pinned", "--invert"]), &c));
        c.priority_groups = vec![rnats_proto::jetstream::PriorityGroupState {
            group: "A".into(),
            pinned_client_id: "x".into(),
            pinned_ts: None,
        }];
        assert!(matches(&args(&["--pinned"]), &c));
    }

    #[test]
    fn replicas_leader_and_api_level() {
        let mut c = consumer("C");
        c.config.num_replicas = 1;
        assert!(matches(&args(&["--replicas", "1"]), &c));
        assert!(!matches(&args(&["--replicas", "2", "--invert"]), &c));
        assert!(!matches(&args(&["--leader", "n1"]), &c));
        c.cluster = Some(rnats_proto::jetstream::ClusterInfo {
            leader: Some("n1".into()),
            ..Default::default()
        });
        assert!(matches(&args(&["--leader", "n1"]), &c));
        assert!(matches(&args(&["--leader", "n2", "--invert"]), &c));
        assert!(!matches(&args(&["--api-level", "1"]), &c));
        c.config.metadata.insert(REQUIRED_LEVEL.into(), "2".into());
        assert!(matches(&args(&["--api-level", "1"]), &c));
        assert!(matches(&args(&["--api-level", "3", "--invert"]), &c));
    }
}
